//! Lazy status flags (ARCHITECTURE.md decision 3): an arithmetic op records
//! its kind, width, operands and result; CF/PF/AF/ZF/SF/OF are computed only
//! when something reads them. Ops with unusual flag rules (shifts, bit
//! tests, multiplies) compute their flags eagerly and store them `Raw`.

/// RFLAGS bit positions.
pub const CF: u64 = 1 << 0;
pub const PF: u64 = 1 << 2;
pub const AF: u64 = 1 << 4;
pub const ZF: u64 = 1 << 6;
pub const SF: u64 = 1 << 7;
pub const DF: u64 = 1 << 10;
pub const OF: u64 = 1 << 11;
pub const STATUS: u64 = CF | PF | AF | ZF | SF | OF;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `res = a + b + carry`.
    Add,
    /// `res = a - b - carry` (also CMP, NEG with a = 0).
    Sub,
    /// AND/OR/XOR/TEST: CF = OF = 0.
    Logic,
    /// INC/DEC: like Add/Sub of 1, CF kept in `carry`.
    Inc,
    Dec,
    /// `bits` holds the flags.
    Raw,
}

#[derive(Clone, Copy, Debug)]
pub struct LazyFlags {
    pub kind: Kind,
    /// Width in bytes.
    pub w: u8,
    /// Carry-in for ADC/SBB, the preserved CF for INC/DEC.
    pub carry: bool,
    pub a: u64,
    pub b: u64,
    pub res: u64,
    /// Raw status bits (and DF, which lives here in every kind).
    pub bits: u64,
}

impl Default for LazyFlags {
    fn default() -> Self {
        LazyFlags {
            kind: Kind::Raw,
            w: 8,
            carry: false,
            a: 0,
            b: 0,
            res: 0,
            bits: 0,
        }
    }
}

/// The value mask of each width in bytes (a table: cheaper than shifts in
/// the interpreter's hot paths; widths above 8 mean all 64 bits).
const MASKS: [u64; 16] = {
    let mut t = [u64::MAX; 16];
    let mut w = 0;
    while w < 8 {
        t[w] = (1u64 << (w * 8)) - 1;
        w += 1;
    }
    t
};

#[inline(always)]
pub fn mask(w: u8) -> u64 {
    MASKS[w.min(15) as usize]
}

#[inline]
pub fn sign_bit(w: u8) -> u64 {
    1u64 << (w as u32 * 8 - 1)
}

/// PF, ZF and SF of a result (PF: even parity of the low byte).
#[inline]
pub fn szp(res: u64, w: u8) -> u64 {
    let r = res & mask(w);
    let mut f = 0;
    if (r as u8).count_ones().is_multiple_of(2) {
        f |= PF;
    }
    if r == 0 {
        f |= ZF;
    }
    if r & sign_bit(w) != 0 {
        f |= SF;
    }
    f
}

impl LazyFlags {
    #[inline]
    pub fn set(&mut self, kind: Kind, w: u8, a: u64, b: u64, res: u64, carry: bool) {
        self.kind = kind;
        self.w = w;
        self.a = a;
        self.b = b;
        self.res = res;
        self.carry = carry;
    }

    /// Replaces the status flags with `bits` (keeping DF).
    #[inline]
    pub fn set_raw(&mut self, bits: u64) {
        let df = self.bits & DF;
        self.kind = Kind::Raw;
        self.bits = (bits & STATUS) | df;
    }

    /// The status flags (RFLAGS positions) plus DF.
    pub fn get(&self) -> u64 {
        let w = self.w;
        let m = mask(w);
        let sb = sign_bit(w);
        let (a, b, res) = (self.a & m, self.b & m, self.res & m);
        let df = self.bits & DF;
        let f = match self.kind {
            Kind::Raw => return self.bits,
            Kind::Add => {
                let wide = a as u128 + b as u128 + self.carry as u128;
                let mut f = szp(res, w) | ((a ^ b ^ res) & 0x10);
                if wide > m as u128 {
                    f |= CF;
                }
                if (a ^ res) & (b ^ res) & sb != 0 {
                    f |= OF;
                }
                f
            }
            Kind::Sub => {
                let mut f = szp(res, w) | ((a ^ b ^ res) & 0x10);
                if (a as u128) < b as u128 + self.carry as u128 {
                    f |= CF;
                }
                if (a ^ b) & (a ^ res) & sb != 0 {
                    f |= OF;
                }
                f
            }
            Kind::Logic => szp(res, w),
            Kind::Inc => {
                let mut f = szp(res, w) | ((a ^ 1 ^ res) & 0x10) | self.carry as u64;
                if res == sb {
                    f |= OF;
                }
                f
            }
            Kind::Dec => {
                let mut f = szp(res, w) | ((a ^ 1 ^ res) & 0x10) | self.carry as u64;
                if res == sb - 1 && a == sb {
                    f |= OF;
                }
                f
            }
        };
        f | df
    }

    #[inline]
    pub fn cf(&self) -> bool {
        self.get() & CF != 0
    }

    /// Evaluates a condition by its hardware code (0..16).
    #[inline(always)]
    pub fn cond(&self, code: u8) -> bool {
        // Fast paths: the common compare-and-branch, and tests.
        match self.kind {
            Kind::Sub if !self.carry => cond_sub(self.a, self.b, self.w, code),
            Kind::Logic => cond_logic(self.res, self.w, code),
            _ => self.cond_slow(code),
        }
    }

    #[inline(never)]
    fn cond_slow(&self, code: u8) -> bool {
        eval(self.get(), code)
    }
}

/// Condition `code` after `CMP`: the flags of `a - b` at width `w`.
#[inline(always)]
pub fn cond_sub(a: u64, b: u64, w: u8, code: u8) -> bool {
    let m = mask(w);
    let (a, b) = (a & m, b & m);
    let sh = 64 - w as u32 * 8;
    let (sa, sb) = (((a << sh) as i64) >> sh, ((b << sh) as i64) >> sh);
    let r = match code >> 1 {
        2 => a == b,
        1 => a < b,
        3 => a <= b,
        6 => sa < sb,
        7 => sa <= sb,
        4 => ((a.wrapping_sub(b) << sh) as i64) < 0,
        _ => {
            let mut f = LazyFlags::default();
            f.set(Kind::Sub, w, a, b, a.wrapping_sub(b), false);
            return eval(f.get(), code);
        }
    };
    r ^ (code & 1 == 1)
}

/// Condition `code` after a logic op (AND/OR/XOR/TEST) with result `res`:
/// CF = OF = 0.
#[inline(always)]
pub fn cond_logic(res: u64, w: u8, code: u8) -> bool {
    let r = res & mask(w);
    let sf = r & sign_bit(w) != 0;
    let base = match code >> 1 {
        0 | 1 => false,
        2 | 3 => r == 0,
        4 | 6 => sf,
        5 => (r as u8).count_ones().is_multiple_of(2),
        _ => r == 0 || sf,
    };
    base ^ (code & 1 == 1)
}

/// Whether condition `code` holds for RFLAGS value `f`.
pub fn eval(f: u64, code: u8) -> bool {
    let of = f & OF != 0;
    let sf = f & SF != 0;
    let zf = f & ZF != 0;
    let cf = f & CF != 0;
    let base = match code >> 1 {
        0 => of,
        1 => cf,
        2 => zf,
        3 => cf || zf,
        4 => sf,
        5 => f & PF != 0,
        6 => sf != of,
        _ => zf || sf != of,
    };
    base ^ (code & 1 == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_path_agrees_with_full_evaluation() {
        let vals = [
            0u64,
            1,
            2,
            0x7f,
            0x80,
            0xff,
            0x7fff_ffff,
            0x8000_0000,
            u64::MAX,
            1 << 63,
        ];
        for w in [1u8, 2, 4, 8] {
            for &a in &vals {
                for &b in &vals {
                    let mut f = LazyFlags::default();
                    f.set(Kind::Sub, w, a, b, a.wrapping_sub(b), false);
                    let full = f.get();
                    for code in 0..16 {
                        assert_eq!(f.cond(code), eval(full, code), "w{w} {a:x} {b:x} c{code}");
                    }
                    let r = a & b;
                    f.set(Kind::Logic, w, a, b, r, false);
                    let full = f.get();
                    for code in 0..16 {
                        assert_eq!(
                            f.cond(code),
                            eval(full, code),
                            "and w{w} {a:x} {b:x} c{code}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn add_and_sub_flags() {
        let mut f = LazyFlags::default();
        f.set(Kind::Add, 1, 0x7f, 1, 0x80, false);
        assert_eq!(f.get(), OF | SF | AF);
        f.set(Kind::Sub, 8, 0, 1, u64::MAX, false);
        assert_eq!(f.get(), CF | SF | AF | PF);
    }
}
