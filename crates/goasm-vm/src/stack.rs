//! Goroutine stacks and their growth. A goroutine starts on a small stack
//! (`stackMin`, 2 KiB); when a split check fails, [`grow`] allocates a
//! stack twice the size (or more, so the asking function's frame fits),
//! copies the used part to the top of the new one, adjusts every pointer
//! into the old stack that the frames hold, frees the old stack and lets
//! the function restart its prologue (the IR's stub jumps back to the
//! split check).
//!
//! Pointers are found as Go's `copystack`/`adjustframe` find them: the
//! frames are walked by return address (each function's frame size is
//! known), and in each frame the words its stack maps mark live at its
//! current pc (see `stackmap.rs`; hand-written functions get theirs from
//! their Go declaration), its stack objects and its saved BP. The saved-BP chain is followed as well, and SP,
//! BP and (for closures) DX are moved. Adjusting a word means: if it holds
//! an address inside the old stack, add the distance to the new one; a
//! word already adjusted points into the new stack, so a word reached
//! twice is adjusted once.

use crate::Machine;
use crate::consts::{G_SIZE, G_STACK_HI, G_STACK_LO, G_STACKGUARD0, STACK_GUARD};
use crate::cpu::{BP, DX, SP};
use crate::memory::{Fault, Memory, Perm, Region, TEXT_BASE};
use crate::stackmap::FrameInfo;

/// Maps a fresh stack of `size` bytes; returns (lo, hi).
pub fn new_stack(m: &mut Machine, size: u64) -> Result<(u64, u64), Fault> {
    // Refuse before allocating: the memory limit may be far below `size`.
    if m.mem.mapped.saturating_add(size) > m.mem.limit {
        return Err(Fault::OutOfMemory);
    }
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

/// A stack copy: every address in `[old_lo, old_hi)` moved by `delta`
/// (wrapping). The runtime adjusts what it keeps itself with [`Moved::adjust`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moved {
    pub old_lo: u64,
    pub old_hi: u64,
    pub delta: u64,
}

impl Moved {
    /// Where `addr` is now (unchanged if it was not in the old stack).
    pub fn adjust(&self, addr: u64) -> u64 {
        if addr >= self.old_lo && addr < self.old_hi {
            addr.wrapping_add(self.delta)
        } else {
            addr
        }
    }
}

/// What [`grow`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Growth {
    Moved(Moved),
    /// The new size would exceed `m.max_stack`: nothing was changed. `sp`
    /// is what Go prints (the asking function's SP minus the word the
    /// call to morestack took), `lo`/`hi` the current bounds.
    Overflow {
        sp: u64,
        lo: u64,
        hi: u64,
    },
    /// A frame on the stack has locals but no locals pointer map, so the
    /// copy cannot proceed (Go's `missing stackmap`): nothing was changed.
    /// `func` is the frame's function (index into `image.funcs`), `sp` its
    /// SP and `size` the bytes of its locals; `entry_sp` the asking
    /// function's SP as for `Overflow`.
    MissingStackmap {
        func: usize,
        sp: u64,
        size: u64,
        entry_sp: u64,
    },
}

/// runtime·morestack for the VM's own use (no runtime): grow, and turn an
/// overflow into [`Fault::StackOverflow`].
pub fn morestack(m: &mut Machine, ctxt: bool) -> Result<Moved, Fault> {
    match grow(m, ctxt)? {
        Growth::Moved(mv) => Ok(mv),
        Growth::Overflow { .. } | Growth::MissingStackmap { .. } => Err(Fault::StackOverflow),
    }
}

/// Grows the current goroutine's stack by copying. On entry SP is the
/// asking function's SP at its entry (its return address at 0(SP)) and
/// `cpu.pc` the instruction after its morestack call. `ctxt`: the function
/// is a closure, DX holds its context.
pub fn grow(m: &mut Machine, ctxt: bool) -> Result<Growth, Fault> {
    let (lo, hi) = bounds(m)?;
    let sp = m.cpu.gp[SP];
    if sp < lo || sp > hi {
        return Err(Fault::StackOverflow);
    }
    let used = hi - sp;
    let mut size = ((hi - lo) * 2).max(crate::consts::STACK_MIN);
    // Room for the asking function's whole frame (Go's funcMaxSPDelta).
    let at = m.cpu.pc.saturating_sub(1);
    if let Some(fi) = m
        .image
        .funcs
        .iter()
        .position(|f| at >= f.entry && at < f.end)
    {
        let needed = frame_size(m, fi) + STACK_GUARD;
        while size - used < needed {
            size *= 2;
        }
    }
    if size > m.max_stack {
        return Ok(Growth::Overflow {
            sp: sp.wrapping_sub(8),
            lo,
            hi,
        });
    }
    // The frames, walked on the old stack before anything moves (Go's
    // copier throws while it walks; goasm checks first, so a fatal report
    // sees the stack as it was).
    let frames = walk_frames(m, sp, hi)?;
    if m.strict_stack_maps
        && let Some(&(f, size)) = frames.iter().find(|(f, size)| {
            locals_size(*size) > 0
                && m.image
                    .frame_info
                    .get(&f.func)
                    .and_then(|i| i.locals.as_ref())
                    .is_none_or(|l| l.is_empty())
        })
    {
        return Ok(Growth::MissingStackmap {
            func: f.func,
            sp: f.sp,
            size: locals_size(size),
            entry_sp: sp.wrapping_sub(8),
        });
    }
    let (nlo, nhi) = new_stack(m, size)?;
    let mut buf = vec![0u8; used as usize];
    m.mem.read_bytes(sp, &mut buf)?;
    m.mem.write_bytes(nhi - used, &buf)?;
    drop(buf);
    m.mem.unmap(lo);
    let mv = Moved {
        old_lo: lo,
        old_hi: hi,
        delta: nhi.wrapping_sub(hi),
    };
    m.cpu.gp[SP] = sp.wrapping_add(mv.delta);
    m.cpu.gp[BP] = mv.adjust(m.cpu.gp[BP]);
    if ctxt {
        m.cpu.gp[DX] = mv.adjust(m.cpu.gp[DX]);
    }
    let adj = Adjuster { mv, nlo, nhi };
    adjust_frames(m, &adj, &frames)?;
    adjust_bp_chain(m, &adj)?;
    set_stack(m, nlo, nhi)?;
    Ok(Growth::Moved(mv))
}

/// Frame size of function `fi` at its call sites (saved BP included).
fn frame_size(m: &Machine, fi: usize) -> u64 {
    let size = match m.image.frame_info.get(&fi) {
        Some(info) => info.frame_size,
        None => m.image.funcs[fi].autoffset.max(0) as u64,
    };
    // No frame can be larger than a stack; keeps the arithmetic in range.
    size.min(1 << 40)
}

/// Adjusts words of the new stack.
struct Adjuster {
    mv: Moved,
    nlo: u64,
    nhi: u64,
}

impl Adjuster {
    fn word(&self, mem: &mut Memory, at: u64) -> Result<(), Fault> {
        if at < self.nlo || at.saturating_add(8) > self.nhi {
            return Ok(());
        }
        let v = mem.read(at, 8)?;
        let moved = self.mv.adjust(v);
        if moved != v {
            mem.write(at, 8, moved)?;
        }
        Ok(())
    }
}

/// Relocates the frame-pointer chain: each saved BP that BP leads to.
fn adjust_bp_chain(m: &mut Machine, adj: &Adjuster) -> Result<(), Fault> {
    let mut bp = m.cpu.gp[BP];
    while bp >= adj.nlo && bp.saturating_add(8) <= adj.nhi {
        adj.word(&mut m.mem, bp)?;
        let next = m.mem.read(bp, 8)?;
        if next <= bp {
            break;
        }
        bp = next;
    }
    Ok(())
}

/// One frame of the walk (addresses in the new stack).
#[derive(Clone, Copy, Debug)]
struct Frame {
    func: usize,
    /// The frame's SP.
    sp: u64,
    /// Instruction whose stack map applies (the call, or for the asking
    /// function its morestack call), and whether the frame is still at its
    /// entry (not allocated: only its arguments are live).
    idx: u32,
    at_entry: bool,
}

/// Function lookup by instruction, sorted once per copy.
struct Funcs(Vec<(u32, u32, usize)>);

impl Funcs {
    fn new(m: &Machine) -> Funcs {
        let mut v: Vec<_> = m
            .image
            .funcs
            .iter()
            .enumerate()
            .map(|(i, f)| (f.entry, f.end, i))
            .collect();
        v.sort_unstable();
        Funcs(v)
    }

    fn at(&self, idx: u32) -> Option<usize> {
        let k = self.0.partition_point(|&(entry, _, _)| entry <= idx);
        let &(entry, end, i) = self.0.get(k.checked_sub(1)?)?;
        (idx >= entry && idx < end).then_some(i)
    }
}

/// The bytes of a frame's locals: between its SP and its varp (below the
/// saved BP), as Go's `getStackMap` measures them.
fn locals_size(size: u64) -> u64 {
    size.saturating_sub(8)
}

/// Walks the frames of the stack with top `hi` from the asking function (SP
/// `sp` at its entry) outwards by return address (crossing guest calls the
/// runtime made, [`Machine::call_guest`], at their exit sentinels): each
/// frame with the bytes it occupies below its return address.
fn walk_frames(m: &Machine, sp: u64, hi: u64) -> Result<Vec<(Frame, u64)>, Fault> {
    let funcs = Funcs::new(m);
    let at = m.cpu.pc.saturating_sub(1);
    let mut out = Vec::new();
    let Some(func) = funcs.at(at) else {
        return Ok(out);
    };
    let mut frame = Frame {
        func,
        sp,
        idx: at,
        at_entry: true,
    };
    // Where the current frame's return address is.
    let mut ret_slot = frame.sp;
    let mut nests = m.nest.clone();
    loop {
        let size = if frame.at_entry {
            0
        } else {
            frame_size(m, frame.func)
        };
        out.push((frame, size));
        if !frame.at_entry {
            ret_slot = frame.sp.wrapping_add(size);
        }
        if ret_slot.saturating_add(8) > hi {
            break;
        }
        let ret = m.mem.read(ret_slot, 8)?;
        frame = if ret == TEXT_BASE {
            // A guest call the runtime made from inside a builtin: the
            // frame that called the builtin continues the walk.
            let Some((floor, pc)) = nests.pop() else {
                break;
            };
            let idx = pc.saturating_sub(1);
            let Some(func) = funcs.at(idx).or_else(|| funcs.at(pc)) else {
                break;
            };
            Frame {
                func,
                sp: hi.wrapping_sub(floor) + 8,
                idx,
                at_entry: false,
            }
        } else {
            let idx = match ret.checked_sub(TEXT_BASE + 1).map(u32::try_from) {
                Some(Ok(i)) => i,
                _ => break,
            };
            let Some(func) = funcs.at(idx) else {
                break;
            };
            Frame {
                func,
                sp: ret_slot + 8,
                idx,
                at_entry: false,
            }
        };
        if frame.sp >= hi {
            break;
        }
    }
    Ok(out)
}

/// Adjusts each frame of `frames` (walked on the old stack) in the new one.
fn adjust_frames(m: &mut Machine, adj: &Adjuster, frames: &[(Frame, u64)]) -> Result<(), Fault> {
    let empty = FrameInfo::default();
    for &(frame, size) in frames {
        let frame = Frame {
            sp: frame.sp.wrapping_add(adj.mv.delta),
            ..frame
        };
        let info = m.image.frame_info.get(&frame.func).unwrap_or(&empty);
        adjust_frame(&mut m.mem, adj, &frame, size, info)?;
    }
    Ok(())
}

/// Adjusts one frame of `size` bytes below its return address.
fn adjust_frame(
    mem: &mut Memory,
    adj: &Adjuster,
    frame: &Frame,
    size: u64,
    info: &FrameInfo,
) -> Result<(), Fault> {
    let sp = frame.sp;
    let argp = sp.wrapping_add(size).wrapping_add(8);
    let mut varp = argp - 8;
    if varp > sp {
        varp -= 8;
    }
    if argp - varp == 16 {
        adj.word(mem, varp)?;
    }
    let index = if frame.at_entry {
        -1
    } else {
        info.index_at(frame.idx)
    };
    let index = index.max(0) as usize;
    if varp > sp
        && let Some(locals) = &info.locals
    {
        let base = varp.wrapping_sub(locals.nbit as u64 * 8);
        for w in locals.pointer_words(index) {
            adj.word(mem, base.wrapping_add(w * 8))?;
        }
    }
    if info.args_size > 0
        && let Some(args) = &info.args
    {
        for w in args.pointer_words(index) {
            adj.word(mem, argp.wrapping_add(w * 8))?;
        }
    }
    for obj in &info.objects {
        let base = if obj.off < 0 { varp } else { argp };
        let p = base.wrapping_add(obj.off as i64 as u64);
        if p < sp {
            continue; // not allocated yet (the frame is at its entry)
        }
        for off in &obj.pointers {
            adj.word(mem, p.wrapping_add(*off))?;
        }
    }
    Ok(())
}
