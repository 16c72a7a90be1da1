//! Jumps, calls, returns, the stack, flag instructions, the split check,
//! CPUID and RDTSC. Calls push a guest return address and move the pc: the
//! host stack never grows with guest call depth.

use super::{Res, Stop};
use crate::consts::G_STACKGUARD0;
use crate::cpu::{AX, BX, CX, Cpu, DX, SP};
use crate::flags::{CF, DF, Kind, STATUS};
use crate::ir::Insn;
use crate::memory::{Fault, Memory, TEXT_BASE};

/// The instruction index for a code address.
#[inline]
pub fn target(addr: u64, ncode: usize) -> Result<u32, Stop> {
    let idx = addr.wrapping_sub(TEXT_BASE);
    if idx < ncode as u64 {
        Ok(idx as u32)
    } else {
        Err(Stop::Fault(Fault::BadJump { addr }))
    }
}

#[inline(always)]
pub fn call(c: &mut Cpu, m: &mut Memory, to: u32) -> Res {
    let ret = TEXT_BASE + c.pc as u64;
    c.push(m, ret)?;
    c.pc = to;
    Ok(())
}

#[inline(always)]
pub fn ret(c: &mut Cpu, m: &Memory, ncode: usize) -> Res {
    let addr = c.pop(m)?;
    c.pc = target(addr, ncode)?;
    Ok(())
}

pub fn push(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let v = c.get(m, i.a, i.w, i.imm)?;
    let sp = c.gp[SP].wrapping_sub(i.w as u64);
    m.write(sp, i.w, v)?;
    c.gp[SP] = sp;
    Ok(())
}

pub fn pop(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let v = m.read(c.gp[SP], i.w)?;
    // A memory destination's address is computed with SP already moved
    // (as on x86); a faulting store leaves SP where it was.
    let sp = c.gp[SP];
    c.gp[SP] = sp.wrapping_add(i.w as u64);
    if let Err(f) = c.set(m, i.b, i.w, v) {
        c.gp[SP] = sp;
        return Err(f.into());
    }
    Ok(())
}

/// RFLAGS as PUSHFQ stores it: status flags, DF, the always-one bit 1 and IF.
pub fn rflags(c: &Cpu) -> u64 {
    (c.flags.get() & (STATUS | DF)) | 0x202
}

pub fn popf(c: &mut Cpu, m: &Memory) -> Res {
    let v = c.pop(m)?;
    c.flags.bits = v & DF;
    c.flags.set_raw(v & STATUS);
    Ok(())
}

pub fn carry_op(c: &mut Cpu, op: crate::ir::Op) {
    let f = c.flags.get();
    let nf = match op {
        crate::ir::Op::Clc => f & !CF,
        crate::ir::Op::Stc => f | CF,
        _ => f ^ CF,
    };
    c.flags.set_raw(nf);
}

/// The split check: flags of `CMPQ ea(a), g.stackguard0`, then `JLS imm`;
/// the big form also branches when `SP - (framesize - StackSmall)` wraps.
pub fn split_check(c: &mut Cpu, m: &Memory, i: Insn) -> Res {
    let crate::ir::Loc::Mem(r) = i.a else {
        return Ok(());
    };
    let v = c.ea(r);
    let guard = m.read(c.g.wrapping_add(G_STACKGUARD0), 8)?;
    let wrapped = i.x == 1 && (r.disp as i64).unsigned_abs() > c.gp[SP];
    c.flags
        .set(Kind::Sub, 8, v, guard, v.wrapping_sub(guard), false);
    if wrapped || v <= guard {
        c.pc = i.imm as u32;
    }
    Ok(())
}

/// CPUID with a fixed, documented feature set: vendor "GoAsmVirtual",
/// family 6; SSE, SSE2, SSE3, SSSE3, SSE4.1, SSE4.2, POPCNT, CMOV, TSC,
/// BMI1, BMI2, LZCNT (ABM). No AVX, no x87 state beyond what Go needs.
pub fn cpuid(c: &mut Cpu) {
    let leaf = c.gp[AX] as u32;
    let (a, b, cc, d): (u32, u32, u32, u32) = match leaf {
        0 => (
            7,
            u32::from_le_bytes(*b"GoAs"),
            u32::from_le_bytes(*b"tual"),
            u32::from_le_bytes(*b"mVir"),
        ),
        1 => (
            0x0006_06a0,
            0,
            1 | 1 << 9 | 1 << 19 | 1 << 20 | 1 << 23,
            1 << 4 | 1 << 15 | 1 << 25 | 1 << 26,
        ),
        7 => (0, 1 << 3 | 1 << 8, 0, 0),
        0x8000_0000 => (0x8000_0001, 0, 0, 0),
        0x8000_0001 => (0, 0, 1 << 5, 1 << 29),
        _ => (0, 0, 0, 0),
    };
    c.gp[AX] = a as u64;
    c.gp[BX] = b as u64;
    c.gp[CX] = cc as u64;
    c.gp[DX] = d as u64;
}

/// RDTSC reads a virtual clock: the number of instructions executed.
pub fn rdtsc(c: &mut Cpu, steps: u64) {
    c.gp[AX] = steps & 0xffff_ffff;
    c.gp[DX] = steps >> 32;
}
