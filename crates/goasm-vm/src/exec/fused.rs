//! Executors of the superinstructions made by `lower::fuse`. Each does what
//! its sequence does one instruction at a time, and adds the instructions
//! past the first to the step count. When a later part would fault, only
//! the first instruction runs: the rest then runs one by one and faults at
//! its own index, as the unfused code would.

use super::Res;
use super::control::target;
use crate::cpu::{AX, BP, Cpu, DX, SP};
use crate::flags::Kind;
use crate::ir::{Insn, Loc};
use crate::memory::{Fault, Memory};

/// `PUSHQ BP; MOVQ SP, BP[; SUBQ $imm, SP]`.
#[inline(always)]
pub fn enter(c: &mut Cpu, m: &mut Memory, i: &Insn, steps: &mut u64) -> Res {
    let bp = c.gp[BP];
    c.push(m, bp)?;
    let sp = c.gp[SP];
    c.gp[BP] = sp;
    if i.x == 3 {
        let k = i.imm as u64;
        let r = sp.wrapping_sub(k);
        if i.y == 0 {
            c.flags.set(Kind::Sub, 8, sp, k, r, false);
        }
        c.gp[SP] = r;
    }
    let more = u32::from(i.x) - 1;
    c.pc += more;
    *steps += u64::from(more);
    Ok(())
}

/// `[ADDQ $imm, SP;] POPQ BP; RET`.
#[inline(always)]
pub fn leave_ret(c: &mut Cpu, m: &mut Memory, i: &Insn, ncode: usize, steps: &mut u64) -> Res {
    let sp = c.gp[SP];
    let k = i.imm as u64;
    let base = if i.x == 3 { sp.wrapping_add(k) } else { sp };
    let whole = m
        .read(base, 8)
        .and_then(|bp| Ok((bp, m.read(base.wrapping_add(8), 8)?)));
    let Some((bp, to)) = whole
        .ok()
        .and_then(|(bp, ret)| Some((bp, target(ret, ncode).ok()?)))
    else {
        // Run the first instruction alone; the rest fault in place.
        if i.x == 3 {
            c.flags.set(Kind::Add, 8, sp, k, base, false);
            c.gp[SP] = base;
        } else {
            let v = c.pop(m)?;
            c.gp[BP] = v;
        }
        return Ok(());
    };
    if i.x == 3 && i.y == 0 {
        c.flags.set(Kind::Add, 8, sp, k, base, false);
    }
    c.gp[BP] = bp;
    c.gp[SP] = base.wrapping_add(16);
    c.pc = to;
    *steps += u64::from(i.x) - 1;
    Ok(())
}

/// Two 64-bit register moves.
#[inline(always)]
pub fn mov2(c: &mut Cpu, i: &Insn, steps: &mut u64) {
    c.gp[(i.y & 15) as usize] = c.gp[(i.x & 15) as usize];
    let (x2, y2) = (i.imm as usize & 15, (i.imm >> 8) as usize & 15);
    c.gp[y2] = c.gp[x2];
    c.pc += 1;
    *steps += 1;
}

/// `CQO; IDIVQ r`: DX:AX = AX sign-extended, divided by register `x`. A
/// zero divisor or an overflowing quotient runs the CQO alone, so the
/// IDIV faults at its own index.
#[inline(always)]
pub fn cqo_idiv(c: &mut Cpu, i: &Insn, steps: &mut u64) {
    let n = c.gp[AX] as i64;
    let sign = (n >> 63) as u64;
    let x = (i.x & 15) as usize;
    // The divisor is read after CQO wrote DX.
    let d = if x == DX { sign } else { c.gp[x] } as i64;
    match n.checked_div(d) {
        Some(q) => {
            c.gp[AX] = q as u64;
            c.gp[DX] = n.wrapping_rem(d) as u64;
            c.pc += 1;
            *steps += 1;
        }
        None => c.gp[DX] = sign,
    }
}

/// The memory pairs (`lower::fuse::memory_pair`), one function per kind.
/// The first move runs; if the second would fault, the step ends there and
/// the second runs on its own next (faulting at its own index).
#[inline(always)]
fn mload(c: &Cpu, m: &Memory, l: Loc) -> Result<u64, Fault> {
    match l {
        Loc::Mem(r) => m.read(c.ea(r), 8),
        _ => Err(Fault::Unmapped { addr: 0 }),
    }
}

#[inline(always)]
fn mstore(c: &Cpu, m: &mut Memory, l: Loc, v: u64) -> Result<(), Fault> {
    match l {
        Loc::Mem(r) => m.write(c.ea(r), 8, v),
        _ => Err(Fault::Unmapped { addr: 0 }),
    }
}

#[inline(always)]
fn second_done(c: &mut Cpu, steps: &mut u64, ok: bool) -> Res {
    if ok {
        c.pc += 1;
        *steps += 1;
    }
    Ok(())
}

#[inline(always)]
pub fn load2(c: &mut Cpu, m: &mut Memory, i: &Insn, steps: &mut u64) -> Res {
    c.gp[(i.y & 15) as usize] = mload(c, m, i.a)?;
    let r = mload(c, m, i.b).map(|v| c.gp[(i.x & 15) as usize] = v);
    second_done(c, steps, r.is_ok())
}

#[inline(always)]
pub fn load_store(c: &mut Cpu, m: &mut Memory, i: &Insn, steps: &mut u64) -> Res {
    c.gp[(i.y & 15) as usize] = mload(c, m, i.a)?;
    let r = mstore(c, m, i.b, c.gp[(i.x & 15) as usize]);
    second_done(c, steps, r.is_ok())
}

#[inline(always)]
pub fn store_load(c: &mut Cpu, m: &mut Memory, i: &Insn, steps: &mut u64) -> Res {
    mstore(c, m, i.b, c.gp[(i.x & 15) as usize])?;
    let r = mload(c, m, i.a).map(|v| c.gp[(i.y & 15) as usize] = v);
    second_done(c, steps, r.is_ok())
}

#[inline(always)]
pub fn store2(c: &mut Cpu, m: &mut Memory, i: &Insn, steps: &mut u64) -> Res {
    mstore(c, m, i.b, c.gp[(i.x & 15) as usize])?;
    let r = mstore(c, m, i.a, c.gp[(i.y & 15) as usize]);
    second_done(c, steps, r.is_ok())
}
