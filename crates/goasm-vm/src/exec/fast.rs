//! Executors of the specialised opcodes made by `lower::fast`: register
//! numbers come from `x` (source) and `y` (destination), immediates are
//! pre-masked, register destinations are 4 or 8 bytes wide and written
//! whole. Each does exactly what its generic op does for that form.

use super::{Res, Stop};
use crate::cpu::{Cpu, sext};
use crate::flags::{CF, Kind, OF, cond_logic, cond_sub, szp};
use crate::ir::{Insn, Loc, MemRef, Op};
use crate::memory::{Fault, Memory};

/// The value mask of width `w` (1..=8 bytes).
#[inline(always)]
pub fn wmask(w: u8) -> u64 {
    crate::flags::mask(w)
}

#[inline(always)]
fn src(c: &Cpu, i: &Insn) -> u64 {
    c.gp[(i.x & 15) as usize]
}

#[inline(always)]
fn dst<'c>(c: &'c mut Cpu, i: &Insn) -> &'c mut u64 {
    &mut c.gp[(i.y & 15) as usize]
}

/// The memory operand of a specialised load/store (lowering guarantees it).
#[inline(always)]
pub fn memref(l: Loc) -> Result<MemRef, Stop> {
    match l {
        Loc::Mem(r) => Ok(r),
        _ => Err(Stop::Fault(Fault::Unmapped { addr: 0 })),
    }
}

#[inline(always)]
pub fn load(c: &mut Cpu, m: &Memory, i: &Insn) -> Res {
    let v = m.read(c.ea(memref(i.a)?), i.w)?;
    *dst(c, i) = v;
    Ok(())
}

#[inline(always)]
pub fn store(c: &mut Cpu, m: &mut Memory, i: &Insn, v: u64) -> Res {
    m.write(c.ea(memref(i.b)?), i.w, v)?;
    Ok(())
}

#[inline(always)]
pub fn lea(c: &mut Cpu, i: &Insn) -> Res {
    let v = c.ea(memref(i.a)?) & wmask(i.w);
    *dst(c, i) = v;
    Ok(())
}

/// The five two-operand ALU operations of the specialised forms.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Alu {
    Add,
    Sub,
    And,
    Or,
    Xor,
}

/// `b op a` (Go order: `ADDQ a, b`) and the kind of flags it leaves.
#[inline(always)]
fn apply(op: Alu, b: u64, a: u64) -> (u64, Kind) {
    match op {
        Alu::Add => (b.wrapping_add(a), Kind::Add),
        Alu::Sub => (b.wrapping_sub(a), Kind::Sub),
        Alu::And => (b & a, Kind::Logic),
        Alu::Or => (b | a, Kind::Logic),
        Alu::Xor => (b ^ a, Kind::Logic),
    }
}

/// ALU op into register `y` with source value `a` (a register, an
/// immediate or a load), flags stored.
#[inline(always)]
pub fn alu(c: &mut Cpu, i: &Insn, op: Alu, a: u64) {
    let mk = wmask(i.w);
    let a = a & mk;
    let b = *dst(c, i) & mk;
    let (r, kind) = apply(op, b, a);
    let r = r & mk;
    c.flags.set(kind, i.w, b, a, r, false);
    *dst(c, i) = r;
}

/// ALU op into memory operand `b` with source value `a`, flags stored.
#[inline(always)]
pub fn alu_mem(c: &mut Cpu, m: &mut Memory, i: &Insn, op: Alu, a: u64) -> Res {
    let mk = wmask(i.w);
    let a = a & mk;
    let addr = c.ea(memref(i.b)?);
    let b = m.read(addr, i.w)?;
    let (r, kind) = apply(op, b, a);
    let r = r & mk;
    m.write(addr, i.w, r)?;
    c.flags.set(kind, i.w, b, a, r, false);
    Ok(())
}

/// The value of memory operand `a` (a specialised form's load).
#[inline(always)]
pub fn load_a(c: &Cpu, m: &Memory, i: &Insn) -> Result<u64, Stop> {
    Ok(m.read(c.ea(memref(i.a)?), i.w)?)
}

/// CMP a, b (flags of `a - b`) or TEST a, b: stores the flags only.
#[inline(always)]
pub fn compare_flags(c: &mut Cpu, i: &Insn, a: u64, b: u64, test: bool) {
    let mk = wmask(i.w);
    let (a, b) = (a & mk, b & mk);
    if test {
        c.flags.set(Kind::Logic, i.w, a, b, a & b, false);
    } else {
        c.flags.set(Kind::Sub, i.w, a, b, a.wrapping_sub(b), false);
    }
}

/// CMP a, b or TEST a, b, storing the flags; returns condition `cc` of the
/// result (for a fused `Jcc`).
#[inline(always)]
pub fn compare(c: &mut Cpu, i: &Insn, a: u64, b: u64, test: bool, cc: u8) -> bool {
    compare_flags(c, i, a, b, test);
    let mk = wmask(i.w);
    let (a, b) = (a & mk, b & mk);
    if test {
        cond_logic(a & b, i.w, cc)
    } else {
        cond_sub(a, b, i.w, cc)
    }
}

/// The two operands of a specialised CMP/TEST, by form: registers `x`
/// and `y`, register `x` and `imm`, register `x` and memory `b`, memory
/// `a` and register `y`, memory `a` and `imm`.
#[inline(always)]
pub fn rr(c: &Cpu, i: &Insn) -> (u64, u64) {
    (src(c, i), c.gp[(i.y & 15) as usize])
}

#[inline(always)]
pub fn ri(c: &Cpu, i: &Insn) -> (u64, u64) {
    (src(c, i), i.imm as u64)
}

#[inline(always)]
pub fn rm(c: &Cpu, m: &Memory, i: &Insn) -> Result<(u64, u64), Stop> {
    Ok((src(c, i), m.read(c.ea(memref(i.b)?), i.w)?))
}

#[inline(always)]
pub fn mr(c: &Cpu, m: &Memory, i: &Insn) -> Result<(u64, u64), Stop> {
    Ok((m.read(c.ea(memref(i.a)?), i.w)?, c.gp[(i.y & 15) as usize]))
}

#[inline(always)]
pub fn mi(c: &Cpu, m: &Memory, i: &Insn) -> Result<(u64, u64), Stop> {
    Ok((m.read(c.ea(memref(i.a)?), i.w)?, i.imm as u64))
}

/// SHL/SHR/SAR of register `y` by `imm` (already masked), flags dead.
#[inline(always)]
pub fn shift(c: &mut Cpu, i: &Insn) {
    let mk = wmask(i.w);
    let n = i.imm as u32 & 63;
    let v = *dst(c, i) & mk;
    let r = match i.op {
        Op::ShlRI => v << n,
        Op::ShrRI => v >> n,
        _ => (sext(v, i.w) >> n) as u64,
    };
    *dst(c, i) = r & mk;
}

/// INC/DEC of register `y`.
#[inline(always)]
pub fn inc_dec(c: &mut Cpu, i: &Insn, inc: bool) {
    let mk = wmask(i.w);
    let v = *dst(c, i) & mk;
    // CF survives INC/DEC; when nothing reads it before the next flag
    // write (imm = 1), skip working it out.
    let carry = i.imm == 0 && c.flags.cf();
    let (r, kind) = if inc {
        (v.wrapping_add(1) & mk, Kind::Inc)
    } else {
        (v.wrapping_sub(1) & mk, Kind::Dec)
    };
    c.flags.set(kind, i.w, v, 1, r, carry);
    *dst(c, i) = r;
}

/// Two-operand IMUL of registers: `y *= x`.
#[inline(always)]
pub fn imul(c: &mut Cpu, i: &Insn) {
    let (a, b) = (src(c, i), *dst(c, i));
    let (lo, overflow) = if i.w == 8 {
        let (p, o) = (a as i64).overflowing_mul(b as i64);
        (p as u64, o)
    } else {
        let (p, o) = (sext(a, 4) as i32).overflowing_mul(sext(b, 4) as i32);
        (p as u32 as u64, o)
    };
    if i.imm == 0 {
        c.flags
            .set_raw(szp(lo, i.w) | if overflow { CF | OF } else { 0 });
    }
    *dst(c, i) = lo;
}

/// ADD/SUB/AND/OR/XOR of register `y` with the operand `a` gives, whose
/// flags are dead: the result only.
#[inline(always)]
pub fn alu_nf(
    c: &mut Cpu,
    i: &Insn,
    a: impl FnOnce(&Cpu) -> u64,
    f: impl FnOnce(u64, u64) -> u64,
) -> Res {
    let a = a(c);
    let r = f(*dst(c, i), a) & wmask(i.w);
    *dst(c, i) = r;
    Ok(())
}

/// IMUL3 of registers: `y = x * imm`, flags as the generic op sets them.
#[inline(always)]
pub fn imul3(c: &mut Cpu, i: &Insn) {
    let a = src(c, i);
    let (lo, overflow) = if i.w == 8 {
        let (p, o) = (a as i64).overflowing_mul(i.imm);
        (p as u64, o)
    } else {
        let (p, o) = (sext(a, 4) as i32).overflowing_mul(sext(i.imm as u64, 4) as i32);
        (p as u32 as u64, o)
    };
    c.flags
        .set_raw(szp(lo, i.w) | if overflow { CF | OF } else { 0 });
    *dst(c, i) = lo;
}

/// One-operand 64-bit IMUL/MUL: DX:AX = AX * x.
#[inline(always)]
pub fn mul1(c: &mut Cpu, i: &Insn, signed: bool) {
    let s = src(c, i);
    let ax = c.gp[crate::cpu::AX];
    let (lo, hi, overflow) = if signed {
        let p = (ax as i64 as i128) * (s as i64 as i128);
        let lo = p as u64;
        (lo, (p >> 64) as u64, p != lo as i64 as i128)
    } else {
        let p = ax as u128 * s as u128;
        let hi = (p >> 64) as u64;
        (p as u64, hi, hi != 0)
    };
    c.gp[crate::cpu::AX] = lo;
    c.gp[crate::cpu::DX] = hi;
    c.flags
        .set_raw(szp(lo, 8) | if overflow { CF | OF } else { 0 });
}
