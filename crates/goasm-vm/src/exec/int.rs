//! Integer moves, arithmetic, logic, multiply/divide and exchanges.

use super::{Res, Stop};
use crate::cpu::{AX, Cpu, DX, sext};
use crate::flags::{CF, Kind, OF, mask, szp};
use crate::ir::{Insn, Loc};
use crate::memory::{Fault, Memory};

#[inline]
pub fn mov(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let v = c.get(m, i.a, i.w, i.imm)?;
    c.set(m, i.b, i.w, v)?;
    Ok(())
}

pub fn movx(c: &mut Cpu, m: &mut Memory, i: Insn, signed: bool) -> Res {
    let v = c.get(m, i.a, i.x, i.imm)?;
    let v = if signed { sext(v, i.x) as u64 } else { v };
    c.set(m, i.b, i.w, v & mask(i.w))?;
    Ok(())
}

pub fn lea(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let Loc::Mem(r) = i.a else {
        return Err(Stop::Fault(Fault::Unmapped { addr: 0 }));
    };
    let v = c.ea(r);
    c.set(m, i.b, i.w, v & mask(i.w))?;
    Ok(())
}

/// ADD, SUB, ADC, SBB, AND, OR, XOR: `b = b op a`.
#[inline]
pub fn alu(c: &mut Cpu, m: &mut Memory, i: Insn, op: crate::ir::Op) -> Res {
    use crate::ir::Op;
    let a = c.get(m, i.a, i.w, i.imm)?;
    let b = c.get(m, i.b, i.w, i.imm)?;
    let (r, kind, carry) = match op {
        Op::Add => (b.wrapping_add(a), Kind::Add, false),
        Op::Sub => (b.wrapping_sub(a), Kind::Sub, false),
        Op::Adc => {
            let cf = c.flags.cf();
            (b.wrapping_add(a).wrapping_add(cf as u64), Kind::Add, cf)
        }
        Op::Sbb => {
            let cf = c.flags.cf();
            (b.wrapping_sub(a).wrapping_sub(cf as u64), Kind::Sub, cf)
        }
        Op::And => (b & a, Kind::Logic, false),
        Op::Or => (b | a, Kind::Logic, false),
        _ => (b ^ a, Kind::Logic, false),
    };
    // The store first: a faulting instruction changes nothing.
    c.set(m, i.b, i.w, r & mask(i.w))?;
    c.flags.set(kind, i.w, b, a, r, carry);
    Ok(())
}

/// CMP a, b (flags of a - b: Go keeps Intel order here) and TEST.
#[inline]
pub fn cmp(c: &mut Cpu, m: &Memory, i: Insn, test: bool) -> Res {
    let a = c.get(m, i.a, i.w, i.imm)?;
    let b = c.get(m, i.b, i.w, i.imm)?;
    if test {
        c.flags.set(Kind::Logic, i.w, a, b, a & b, false);
    } else {
        c.flags.set(Kind::Sub, i.w, a, b, a.wrapping_sub(b), false);
    }
    Ok(())
}

pub fn unary(c: &mut Cpu, m: &mut Memory, i: Insn, op: crate::ir::Op) -> Res {
    use crate::ir::Op;
    let v = c.get(m, i.b, i.w, 0)?;
    let cf = c.flags.cf();
    // (result, the flags it sets as (kind, a, b, carry)).
    let (r, flags) = match op {
        Op::Inc => {
            let r = v.wrapping_add(1);
            (r, Some((Kind::Inc, v, 1, cf)))
        }
        Op::Dec => {
            let r = v.wrapping_sub(1);
            (r, Some((Kind::Dec, v, 1, cf)))
        }
        Op::Neg => (0u64.wrapping_sub(v), Some((Kind::Sub, 0, v, false))),
        Op::Not => (!v, None),
        // BSWAP
        _ => match i.w {
            8 => (v.swap_bytes(), None),
            4 => ((v as u32).swap_bytes() as u64, None),
            _ => (0, None),
        },
    };
    // The store first: a faulting instruction changes nothing.
    c.set(m, i.b, i.w, r & mask(i.w))?;
    if let Some((kind, a, b, carry)) = flags {
        c.flags.set(kind, i.w, a, b, r, carry);
    }
    Ok(())
}

fn mul_flags(c: &mut Cpu, lo: u64, w: u8, overflow: bool) {
    c.flags
        .set_raw(szp(lo, w) | if overflow { CF | OF } else { 0 });
}

/// Writes a double-width result: AL/AH for bytes, DX:AX otherwise.
fn write_pair(c: &mut Cpu, w: u8, lo: u64, hi: u64) {
    if w == 1 {
        c.set_reg(AX as u8, 2, (lo & 0xff) | ((hi & 0xff) << 8));
    } else {
        c.set_reg(AX as u8, w, lo);
        c.set_reg(DX as u8, w, hi);
    }
}

pub fn mul(c: &mut Cpu, m: &Memory, i: Insn, signed: bool) -> Res {
    let w = i.w;
    let bits = w as u32 * 8;
    let s = c.get(m, i.a, w, i.imm)?;
    let ax = c.gp[AX] & mask(w);
    if signed {
        let p = sext(ax, w) as i128 * sext(s, w) as i128;
        let lo = p as u64 & mask(w);
        let hi = (p >> bits) as u64 & mask(w);
        write_pair(c, w, lo, hi);
        mul_flags(c, lo, w, p != sext(lo, w) as i128);
    } else {
        let p = ax as u128 * s as u128;
        let lo = p as u64 & mask(w);
        let hi = (p >> bits) as u64 & mask(w);
        write_pair(c, w, lo, hi);
        mul_flags(c, lo, w, hi != 0);
    }
    Ok(())
}

/// Two- and three-operand IMUL: `b = b * a` or `b = a * imm` (x = 1).
pub fn imul2(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let w = i.w;
    let a = c.get(m, i.a, w, i.imm)?;
    let b = if i.x == 1 {
        i.imm as u64
    } else {
        c.get(m, i.b, w, i.imm)?
    };
    let p = sext(a, w) as i128 * sext(b, w) as i128;
    let lo = p as u64 & mask(w);
    mul_flags(c, lo, w, p != sext(lo, w) as i128);
    c.set(m, i.b, w, lo)?;
    Ok(())
}

pub fn div(c: &mut Cpu, m: &Memory, i: Insn, signed: bool) -> Res {
    let w = i.w;
    let bits = w as u32 * 8;
    let d = c.get(m, i.a, w, i.imm)?;
    if d == 0 {
        return Err(Stop::Fault(Fault::DivideError));
    }
    if w == 8 {
        // The common case: a 64-bit dividend (DX only its sign or zero
        // extension) needs no 128-bit division.
        let (lo, hi) = (c.gp[AX], c.gp[DX]);
        if signed && hi == ((lo as i64) >> 63) as u64 {
            let (n, d) = (lo as i64, d as i64);
            let Some(q) = n.checked_div(d) else {
                return Err(Stop::Fault(Fault::DivideError));
            };
            write_pair(c, w, q as u64, n.wrapping_rem(d) as u64);
            return Ok(());
        }
        if !signed && hi == 0 {
            write_pair(c, w, lo / d, lo % d);
            return Ok(());
        }
    }
    let (lo, hi) = if w == 1 {
        (c.gp[AX] & 0xff, (c.gp[AX] >> 8) & 0xff)
    } else {
        (c.gp[AX] & mask(w), c.gp[DX] & mask(w))
    };
    let n = ((hi as u128) << bits) | lo as u128;
    let (q, r) = if signed {
        let n = ((n << (128 - 2 * bits)) as i128) >> (128 - 2 * bits);
        let d = sext(d, w) as i128;
        let (q, r) = (n / d, n % d);
        let lim = 1i128 << (bits - 1);
        if q >= lim || q < -lim {
            return Err(Stop::Fault(Fault::DivideError));
        }
        (q as u64 & mask(w), r as u64 & mask(w))
    } else {
        let q = n / d as u128;
        if q > mask(w) as u128 {
            return Err(Stop::Fault(Fault::DivideError));
        }
        (q as u64, (n % d as u128) as u64)
    };
    write_pair(c, w, q, r);
    Ok(())
}

/// MULX: `hi:lo = DX * a`, lo to register x, hi to b (hi wins on a clash).
pub fn mulx(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let w = i.w;
    let a = c.get(m, i.a, w, i.imm)?;
    let p = (c.gp[DX] & mask(w)) as u128 * a as u128;
    c.set_reg(i.x, w, p as u64 & mask(w));
    c.set(m, i.b, w, (p >> (w as u32 * 8)) as u64 & mask(w))?;
    Ok(())
}

/// ANDN: `b = !reg(x) & a`; SF/ZF from the result, CF = OF = 0.
pub fn andn(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let a = c.get(m, i.a, i.w, i.imm)?;
    let r = !c.gp[i.x as usize] & a & mask(i.w);
    c.flags.set(Kind::Logic, i.w, 0, 0, r, false);
    c.set(m, i.b, i.w, r)?;
    Ok(())
}

/// CWD/CDQ/CQO (dx = true) and CBW/CWDE/CDQE.
pub fn sign(c: &mut Cpu, i: Insn, dx: bool) {
    let w = i.w;
    if dx {
        let neg = sext(c.gp[AX], w) < 0;
        c.set_reg(DX as u8, w, if neg { u64::MAX } else { 0 });
    } else {
        let half = w / 2;
        let v = sext(c.gp[AX], half) as u64;
        c.set_reg(AX as u8, w, v & mask(w));
    }
}

pub fn xchg(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    // XCHGL AX, AX is encoded as NOP (0x90): the upper half survives.
    if i.w == 4 && i.a == Loc::Reg(AX as u8) && i.b == Loc::Reg(AX as u8) {
        return Ok(());
    }
    let a = c.get(m, i.a, i.w, i.imm)?;
    let b = c.get(m, i.b, i.w, i.imm)?;
    // A memory operand first: when its store faults, nothing has changed.
    if matches!(i.a, Loc::Mem(_)) {
        c.set(m, i.a, i.w, b)?;
        c.set(m, i.b, i.w, a)?;
    } else {
        c.set(m, i.b, i.w, a)?;
        c.set(m, i.a, i.w, b)?;
    }
    Ok(())
}

pub fn xadd(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let a = c.get(m, i.a, i.w, i.imm)?;
    let b = c.get(m, i.b, i.w, i.imm)?;
    let r = b.wrapping_add(a);
    // The sum is written last (XADD r, r with one register keeps the
    // sum), except that a memory destination goes first: a faulting
    // instruction changes nothing.
    if matches!(i.b, Loc::Mem(_)) {
        c.set(m, i.b, i.w, r & mask(i.w))?;
        c.set(m, i.a, i.w, b)?;
    } else {
        c.set(m, i.a, i.w, b)?;
        c.set(m, i.b, i.w, r & mask(i.w))?;
    }
    c.flags.set(Kind::Add, i.w, b, a, r, false);
    Ok(())
}

pub fn cmpxchg(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let w = i.w;
    let src = c.get(m, i.a, w, i.imm)?;
    let dst = c.get(m, i.b, w, i.imm)?;
    let ax = c.gp[AX] & mask(w);
    // The store first: a faulting instruction changes nothing.
    if ax == dst {
        c.set(m, i.b, w, src)?;
    } else {
        if matches!(i.b, Loc::Mem(_)) {
            c.set(m, i.b, w, dst)?;
        }
        c.set_reg(AX as u8, w, dst);
    }
    c.flags
        .set(Kind::Sub, w, ax, dst, ax.wrapping_sub(dst), false);
    Ok(())
}

pub fn setcc(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let v = c.flags.cond(i.x) as u64;
    c.set(m, i.b, 1, v)?;
    Ok(())
}

pub fn cmovcc(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let v = c.get(m, i.a, i.w, i.imm)?;
    if c.flags.cond(i.x) {
        c.set(m, i.b, i.w, v)?;
    } else if let (4, Loc::Reg(r)) = (i.w, i.b) {
        // A 32-bit CMOV writes its destination even when the condition fails.
        c.gp[r as usize] &= 0xffff_ffff;
    }
    Ok(())
}
