//! Executors of the specialised SSE forms made by `lower::fast`: XMM
//! register numbers in `x` (source) and `y` (destination), scalar width in
//! `w`. Each does exactly what `sse::exec` does for that operand form.

use super::Res;
use super::sse::{F, arith, set_low};
use crate::cpu::Cpu;
use crate::flags::{CF, PF, ZF, mask};
use crate::ir::{Insn, Loc};
use crate::memory::{Fault, Memory};

#[inline(always)]
fn low(c: &Cpu, x: u8, w: u8) -> F {
    F {
        bits: c.xmm[(x & 15) as usize] as u64 & mask(w),
        w,
    }
}

/// ADDSD/SUBSD/MULSD/DIVSD (and the SS forms) of two XMM registers.
#[inline(always)]
pub fn arith_xx(c: &mut Cpu, i: &Insn, op: u8) {
    let r = arith(op, low(c, i.y, i.w), low(c, i.x, i.w));
    set_low(c, i.y & 15, i.w, r);
}

#[inline(always)]
fn ea(c: &Cpu, l: Loc) -> Result<u64, Fault> {
    match l {
        Loc::Mem(r) => Ok(c.ea(r)),
        _ => Err(Fault::Unmapped { addr: 0 }),
    }
}

/// MOVSS/MOVSD load: the upper bits are zeroed.
#[inline(always)]
pub fn load(c: &mut Cpu, m: &Memory, i: &Insn) -> Res {
    let v = m.read(ea(c, i.a)?, i.w)?;
    c.xmm[(i.y & 15) as usize] = v as u128;
    Ok(())
}

/// MOVSS/MOVSD store of the low bits.
#[inline(always)]
pub fn store(c: &mut Cpu, m: &mut Memory, i: &Insn) -> Res {
    let v = c.xmm[(i.x & 15) as usize] as u64;
    m.write(ea(c, i.b)?, i.w, v)?;
    Ok(())
}

/// UCOMISD/COMISD of two registers: Go order, `y` compared with `x`.
#[inline(always)]
pub fn ucomi_xx(c: &mut Cpu, i: &Insn) {
    let (s, d) = (low(c, i.x, i.w), low(c, i.y, i.w));
    let (sv, dv) = if i.w == 8 {
        (f64::from_bits(s.bits), f64::from_bits(d.bits))
    } else {
        (
            f32::from_bits(s.bits as u32) as f64,
            f32::from_bits(d.bits as u32) as f64,
        )
    };
    let f = if sv.is_nan() || dv.is_nan() {
        ZF | PF | CF
    } else if dv < sv {
        CF
    } else if dv == sv {
        ZF
    } else {
        0
    };
    c.flags.set_raw(f);
}

/// CVTSQ2SD (and the other integer-register-to-float forms).
#[inline(always)]
pub fn cvt_i2f(c: &mut Cpu, i: &Insn) {
    let v = c.gp[(i.x & 15) as usize];
    let src_w = (i.imm & 0xff) as u8;
    let r = match (src_w, i.w) {
        (8, 8) => (v as i64 as f64).to_bits(),
        (8, _) => (v as i64 as f32).to_bits() as u64,
        (_, 8) => (v as u32 as i32 as f64).to_bits(),
        _ => (v as u32 as i32 as f32).to_bits() as u64,
    };
    set_low(c, i.y & 15, i.w, r);
}
