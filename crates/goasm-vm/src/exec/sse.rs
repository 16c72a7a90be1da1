//! SSE/SSE2 scalar floating point with the hardware's NaN rules: an
//! arithmetic op returns the first (destination) operand's NaN quieted,
//! else the source's; an invalid operation gives the default NaN (negative,
//! quiet); MIN/MAX return the source when either is NaN or both are zero;
//! out-of-range conversions give the "integer indefinite" 0x80…0.

use super::{Res, Stop};
use crate::cpu::Cpu;
use crate::flags::{CF, PF, ZF, mask};
use crate::ir::{Insn, Loc, sse};
use crate::memory::{Fault, Memory};

/// A scalar float of width 4 or 8 held as raw bits.
#[derive(Clone, Copy)]
pub(crate) struct F {
    pub(crate) bits: u64,
    pub(crate) w: u8,
}

impl F {
    #[inline(always)]
    fn is_nan(self) -> bool {
        if self.w == 8 {
            f64::from_bits(self.bits).is_nan()
        } else {
            f32::from_bits(self.bits as u32).is_nan()
        }
    }
    #[inline(always)]
    fn quiet(self) -> u64 {
        self.bits | if self.w == 8 { 1 << 51 } else { 1 << 22 }
    }
    fn val(self) -> f64 {
        if self.w == 8 {
            f64::from_bits(self.bits)
        } else {
            f32::from_bits(self.bits as u32) as f64
        }
    }
}

fn default_nan(w: u8) -> u64 {
    if w == 8 {
        0xfff8_0000_0000_0000
    } else {
        0xffc0_0000
    }
}

fn from_f64(v: f64, w: u8) -> u64 {
    if w == 8 {
        v.to_bits()
    } else {
        (v as f32).to_bits() as u64
    }
}

fn read_x(c: &Cpu, m: &Memory, l: Loc, w: u8) -> Result<u64, Stop> {
    Ok(match l {
        Loc::Xmm(x) => c.xmm[x as usize] as u64 & mask(w),
        Loc::Mem(r) => m.read(c.ea(r), w)?,
        Loc::Reg(r) => c.gp[r as usize] & mask(w),
        _ => 0,
    })
}

fn read128(c: &Cpu, m: &Memory, l: Loc, aligned: bool) -> Result<u128, Stop> {
    Ok(match l {
        Loc::Xmm(x) => c.xmm[x as usize],
        Loc::Mem(r) => {
            let a = c.ea(r);
            if aligned && !a.is_multiple_of(16) {
                return Err(Stop::Fault(Fault::Misaligned { addr: a }));
            }
            m.read_u128(a)?
        }
        _ => 0,
    })
}

/// Replaces the low `w` bytes of XMM `x`.
#[inline(always)]
pub(crate) fn set_low(c: &mut Cpu, x: u8, w: u8, v: u64) {
    let m = mask(w) as u128;
    let r = &mut c.xmm[x as usize];
    *r = (*r & !m) | (v as u128 & m);
}

#[inline(always)]
pub(crate) fn arith(op: u8, d: F, s: F) -> u64 {
    let w = d.w;
    if op == sse::SQRT {
        if s.is_nan() {
            return s.quiet();
        }
        let r = if w == 8 {
            s.val().sqrt().to_bits()
        } else {
            (f32::from_bits(s.bits as u32)).sqrt().to_bits() as u64
        };
        return if (F { bits: r, w }).is_nan() {
            default_nan(w)
        } else {
            r
        };
    }
    if op == sse::MIN || op == sse::MAX {
        let (a, b) = (d.val(), s.val());
        let take_d = if op == sse::MIN { a < b } else { a > b };
        return if take_d { d.bits } else { s.bits };
    }
    if d.is_nan() {
        return d.quiet();
    }
    if s.is_nan() {
        return s.quiet();
    }
    let r = if w == 8 {
        let (a, b) = (f64::from_bits(d.bits), f64::from_bits(s.bits));
        match op {
            sse::ADD => a + b,
            sse::SUB => a - b,
            sse::MUL => a * b,
            _ => a / b,
        }
        .to_bits()
    } else {
        let (a, b) = (f32::from_bits(d.bits as u32), f32::from_bits(s.bits as u32));
        match op {
            sse::ADD => a + b,
            sse::SUB => a - b,
            sse::MUL => a * b,
            _ => a / b,
        }
        .to_bits() as u64
    };
    if (F { bits: r, w }).is_nan() {
        default_nan(w)
    } else {
        r
    }
}

/// Float (width fw) to integer (width w); `None` means integer indefinite.
fn to_int(f: F, w: u8, truncate: bool) -> u64 {
    let v = f.val();
    let v = if truncate {
        v.trunc()
    } else {
        v.round_ties_even()
    };
    let (lo, hi) = if w == 8 {
        (-9_223_372_036_854_775_808.0, 9_223_372_036_854_775_808.0)
    } else {
        (-2_147_483_648.0, 2_147_483_648.0)
    };
    if v.is_nan() || v < lo || v >= hi {
        return 1u64 << (w as u32 * 8 - 1);
    }
    (v as i64) as u64 & mask(w)
}

fn f2f(f: F, w: u8) -> u64 {
    if f.is_nan() {
        return if w == 4 {
            // f64 -> f32: keep sign and the top 22 payload bits, quiet.
            let sign = (f.bits >> 63) << 31;
            let payload = (f.bits >> 29) & 0x3f_ffff;
            sign | 0x7fc0_0000 | payload
        } else {
            let sign = ((f.bits >> 31) & 1) << 63;
            let payload = (f.bits & 0x3f_ffff) << 29;
            sign | 0x7ff8_0000_0000_0000 | payload
        };
    }
    from_f64(f.val(), w)
}

pub fn exec(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    let w = i.w;
    match i.x {
        sse::MOVS => match (i.a, i.b) {
            (Loc::Xmm(s), Loc::Xmm(d)) => {
                let v = c.xmm[s as usize] as u64 & mask(w);
                set_low(c, d, w, v);
            }
            (Loc::Mem(r), Loc::Xmm(d)) => c.xmm[d as usize] = m.read(c.ea(r), w)? as u128,
            (Loc::Xmm(s), Loc::Mem(r)) => m.write(c.ea(r), w, c.xmm[s as usize] as u64)?,
            _ => {}
        },
        sse::ADD | sse::SUB | sse::MUL | sse::DIV | sse::SQRT | sse::MIN | sse::MAX => {
            let s = F {
                bits: read_x(c, m, i.a, w)?,
                w,
            };
            let Loc::Xmm(d) = i.b else { return Ok(()) };
            let dv = F {
                bits: c.xmm[d as usize] as u64 & mask(w),
                w,
            };
            set_low(c, d, w, arith(i.x, dv, s));
        }
        sse::UCOMI | sse::COMI => {
            // Go order: UCOMISD src, dst compares dst with src.
            let s = F {
                bits: read_x(c, m, i.a, w)?,
                w,
            };
            let d = F {
                bits: read_x(c, m, i.b, w)?,
                w,
            };
            let f = if s.is_nan() || d.is_nan() {
                ZF | PF | CF
            } else if d.val() < s.val() {
                CF
            } else if d.val() == s.val() {
                ZF
            } else {
                0
            };
            c.flags.set_raw(f);
        }
        sse::CVT_I2F => {
            let v = read_x(c, m, i.a, i.y)?;
            let r = if i.y == 8 {
                let v = v as i64;
                if w == 8 {
                    (v as f64).to_bits()
                } else {
                    (v as f32).to_bits() as u64
                }
            } else {
                let v = v as u32 as i32;
                if w == 8 {
                    (v as f64).to_bits()
                } else {
                    (v as f32).to_bits() as u64
                }
            };
            if let Loc::Xmm(d) = i.b {
                set_low(c, d, w, r);
            }
        }
        sse::CVTT_F2I | sse::CVT_F2I => {
            let f = F {
                bits: read_x(c, m, i.a, i.y)?,
                w: i.y,
            };
            let r = to_int(f, w, i.x == sse::CVTT_F2I);
            c.set(m, i.b, w, r)?;
        }
        sse::CVT_F2F => {
            let f = F {
                bits: read_x(c, m, i.a, i.y)?,
                w: i.y,
            };
            if let Loc::Xmm(d) = i.b {
                set_low(c, d, w, f2f(f, w));
            }
        }
        sse::LOGIC => {
            let s = read128(c, m, i.a, true)?;
            let Loc::Xmm(d) = i.b else { return Ok(()) };
            let dv = c.xmm[d as usize];
            c.xmm[d as usize] = match i.y {
                0 => dv & s,
                1 => dv | s,
                2 => dv ^ s,
                _ => !dv & s,
            };
        }
        sse::TO_X => {
            let v = read_x(c, m, i.a, w)?;
            if let Loc::Xmm(d) = i.b {
                c.xmm[d as usize] = v as u128;
            }
        }
        sse::FROM_X => {
            let Loc::Xmm(s) = i.a else { return Ok(()) };
            let v = c.xmm[s as usize] as u64 & mask(w);
            c.set(m, i.b, w, v)?;
        }
        sse::MOV128 => {
            let v = read128(c, m, i.a, i.y == 1)?;
            match i.b {
                Loc::Xmm(d) => c.xmm[d as usize] = v,
                Loc::Mem(r) => {
                    let a = c.ea(r);
                    if i.y == 1 && !a.is_multiple_of(16) {
                        return Err(Stop::Fault(Fault::Misaligned { addr: a }));
                    }
                    m.write_u128(a, v)?;
                }
                _ => {}
            }
        }
        sse::ROUND => {
            let f = F {
                bits: read_x(c, m, i.a, w)?,
                w,
            };
            let r = if f.is_nan() {
                f.quiet()
            } else {
                let v = f.val();
                let mode = if i.imm & 4 != 0 { 0 } else { i.imm & 3 };
                let v = match mode {
                    0 => v.round_ties_even(),
                    1 => v.floor(),
                    2 => v.ceil(),
                    _ => v.trunc(),
                };
                // Keep the sign of zero results (e.g. ceil(-0.5) = -0).
                let v = if v == 0.0 && f.val().is_sign_negative() {
                    -0.0
                } else {
                    v
                };
                from_f64(v, w)
            };
            if let Loc::Xmm(d) = i.b {
                set_low(c, d, w, r);
            }
        }
        sse::MOVQ_XX => {
            let v = read_x(c, m, i.a, 8)?;
            if let Loc::Xmm(d) = i.b {
                c.xmm[d as usize] = v as u128;
            }
        }
        _ => {}
    }
    Ok(())
}
