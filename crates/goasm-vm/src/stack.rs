//! Goroutine stacks and their growth. A goroutine starts on a small stack
//! (`stackMin`, 2 KiB); when a split check fails, `morestack` allocates a
//! stack twice the size, copies the used part to the top of the new one,
//! moves SP and BP, relocates the saved-BP chain, frees the old stack and
//! lets the function restart its prologue (the IR's stub jumps back to the
//! split check).

use crate::Machine;
use crate::consts::{G_SIZE, G_STACK_HI, G_STACK_LO, G_STACKGUARD0, MAX_STACK, STACK_GUARD};
use crate::cpu::{BP, SP};
use crate::memory::{Fault, Perm, Region};

/// Maps a fresh stack of `size` bytes; returns (lo, hi).
pub fn new_stack(m: &mut Machine, size: u64) -> Result<(u64, u64), Fault> {
    let lo = m.stack_next;
    // Leave an unmapped gap between stacks so overruns fault.
    m.stack_next += size.div_ceil(4096) * 4096 + 4096;
    m.mem.map(Region {
        name: "stack",
        base: lo,
        data: vec![0; size as usize],
        perm: Perm::RW,
    })?;
    Ok((lo, lo + size))
}

/// Makes sure a g exists; returns its address.
pub fn ensure_g(m: &mut Machine) -> Result<u64, Fault> {
    if m.cpu.g == 0 {
        let g = m.alloc(G_SIZE)?;
        m.cpu.g = g;
        m.mem.write(m.image.tls, 8, g)?;
    }
    Ok(m.cpu.g)
}

/// Installs a stack in g.
pub fn set_stack(m: &mut Machine, lo: u64, hi: u64) -> Result<(), Fault> {
    let g = ensure_g(m)?;
    m.mem.write(g + G_STACK_LO, 8, lo)?;
    m.mem.write(g + G_STACK_HI, 8, hi)?;
    m.mem.write(g + G_STACKGUARD0, 8, lo + STACK_GUARD)?;
    Ok(())
}

/// The current stack bounds from g.
pub fn bounds(m: &Machine) -> Result<(u64, u64), Fault> {
    let g = m.cpu.g;
    Ok((
        m.mem.read(g + G_STACK_LO, 8)?,
        m.mem.read(g + G_STACK_HI, 8)?,
    ))
}

/// runtime·morestack: double the stack and copy.
pub fn morestack(m: &mut Machine) -> Result<(), Fault> {
    let (lo, hi) = bounds(m)?;
    let old = hi - lo;
    let size = old * 2;
    if size > MAX_STACK {
        return Err(Fault::StackOverflow);
    }
    let sp = m.cpu.gp[SP];
    if sp < lo || sp > hi {
        return Err(Fault::StackOverflow);
    }
    let (nlo, nhi) = new_stack(m, size)?;
    let used = hi - sp;
    let mut buf = vec![0u8; used as usize];
    m.mem.read_bytes(sp, &mut buf)?;
    let delta = nhi.wrapping_sub(hi);
    m.mem.write_bytes(nhi - used, &buf)?;
    let in_old = |a: u64| a >= sp && a < hi;
    adjust_arg_pointers(m, sp, hi, delta)?;
    // Relocate the frame-pointer chain: BP, then each saved BP it leads to.
    let mut bp = m.cpu.gp[BP];
    if in_old(bp) {
        bp = bp.wrapping_add(delta);
        m.cpu.gp[BP] = bp;
        while bp >= nlo && bp + 8 <= nhi {
            let saved = m.mem.read(bp, 8)?;
            if !in_old(saved) {
                break;
            }
            let moved = saved.wrapping_add(delta);
            m.mem.write(bp, 8, moved)?;
            if moved <= bp {
                break;
            }
            bp = moved;
        }
    }
    m.cpu.gp[SP] = sp.wrapping_add(delta);
    m.mem.unmap(lo);
    set_stack(m, nlo, nhi)
}

/// Adjusts argument and result words that point into the old stack, in the
/// frames whose functions have a known Go declaration (`arg_pointers`).
/// The function asking for more stack has not built its frame yet: its
/// arguments start above the return address at SP. Every frame above it is
/// found through the saved-BP chain: a frame's arguments start 16 bytes
/// above its saved BP (past the saved BP and the return address). Reads use
/// the old stack (still mapped), writes go to the copy.
fn adjust_arg_pointers(m: &mut Machine, sp: u64, hi: u64, delta: u64) -> Result<(), Fault> {
    if m.arg_pointers.is_empty() {
        return Ok(());
    }
    let in_old = |a: u64| a >= sp && a < hi;
    let func_entry = |m: &Machine, code_addr: u64| {
        let idx = u32::try_from(code_addr.wrapping_sub(crate::memory::TEXT_BASE)).ok()?;
        m.image.func_at(idx).map(|f| f.entry)
    };
    let mut frames = Vec::new();
    if let Some(f) = m.image.func_at(m.cpu.pc) {
        frames.push((f.entry, sp + 8));
    }
    let mut ret = m.mem.read(sp, 8)?;
    let mut bp = m.cpu.gp[BP];
    for _ in 0..1_000_000 {
        if !in_old(bp) {
            break;
        }
        if let Some(entry) = func_entry(m, ret) {
            frames.push((entry, bp + 16));
        }
        ret = m.mem.read(bp + 8, 8)?;
        let next = m.mem.read(bp, 8)?;
        if next <= bp {
            break;
        }
        bp = next;
    }
    for (entry, fp) in frames {
        let Some(offsets) = m.arg_pointers.get(&entry).cloned() else {
            continue;
        };
        for off in offsets {
            let at = fp + off;
            if !in_old(at) {
                continue;
            }
            let v = m.mem.read(at, 8)?;
            if in_old(v) {
                m.mem
                    .write(at.wrapping_add(delta), 8, v.wrapping_add(delta))?;
            }
        }
    }
    Ok(())
}
