//! Shifts and rotates. The count is masked to 5 bits (6 for 64-bit
//! operands); a masked count of 0 changes no flag. OF is architecturally
//! defined only for a count of 1; we compute the same formula for every
//! count (the CPU oracle ignores it when undefined).

use super::Res;
use crate::cpu::{CX, Cpu, sext};
use crate::flags::{AF, CF, OF, mask, sign_bit, szp};
use crate::ir::{Insn, Op};
use crate::memory::Memory;

fn count(c: &Cpu, i: Insn) -> u32 {
    let raw = if i.x == 1 { c.gp[CX] } else { i.imm as u64 };
    (raw & if i.w == 8 { 63 } else { 31 }) as u32
}

/// A zero count still writes a 32-bit register destination (upper half cleared).
fn touch(c: &mut Cpu, m: &mut Memory, i: Insn) -> Res {
    if i.w == 4
        && let crate::ir::Loc::Reg(r) = i.b
    {
        c.gp[r as usize] &= 0xffff_ffff;
    }
    let _ = m;
    Ok(())
}

pub fn shift(c: &mut Cpu, m: &mut Memory, i: Insn, op: Op) -> Res {
    let n = count(c, i);
    if n == 0 {
        return touch(c, m, i);
    }
    let w = i.w;
    let bits = w as u32 * 8;
    let v = c.get(m, i.b, w, 0)?;
    let sb = sign_bit(w);
    let (r, cf, of) = match op {
        Op::Shl => {
            let wide = (v as u128) << n;
            let r = wide as u64 & mask(w);
            let cf = (wide >> bits) & 1 == 1;
            (r, cf, (r & sb != 0) != cf)
        }
        Op::Shr => {
            let r = if n >= bits { 0 } else { v >> n };
            let cf = n <= bits && (v >> (n - 1)) & 1 == 1;
            (r, cf, v & sb != 0)
        }
        _ => {
            let s = sext(v, w);
            let r = (s >> n.min(63)) as u64 & mask(w);
            let cf = (s >> (n - 1).min(63)) & 1 == 1;
            (r, cf, false)
        }
    };
    let f = szp(r, w) | if cf { CF } else { 0 } | if of { OF } else { 0 };
    c.set(m, i.b, w, r)?;
    c.flags.set_raw(f);
    Ok(())
}

pub fn rotate(c: &mut Cpu, m: &mut Memory, i: Insn, op: Op) -> Res {
    let n = count(c, i);
    if n == 0 {
        return touch(c, m, i);
    }
    let w = i.w;
    let bits = w as u32 * 8;
    let v = c.get(m, i.b, w, 0)?;
    let sb = sign_bit(w);
    let old = c.flags.get();
    let old_cf = old & CF != 0;
    let (r, cf, of) = match op {
        Op::Rol => {
            let k = n % bits;
            let r = if k == 0 {
                v
            } else {
                ((v << k) | (v >> (bits - k))) & mask(w)
            };
            let cf = r & 1 == 1;
            (r, cf, (r & sb != 0) != cf)
        }
        Op::Ror => {
            let k = n % bits;
            let r = if k == 0 {
                v
            } else {
                ((v >> k) | (v << (bits - k))) & mask(w)
            };
            let cf = r & sb != 0;
            (r, cf, cf != (r & (sb >> 1) != 0))
        }
        Op::Rcl | Op::Rcr => {
            // Rotate the (bits+1)-bit value CF:v.
            let k = match w {
                1 => n % 9,
                2 => n % 17,
                _ => n,
            };
            let full = ((old_cf as u128) << bits) | v as u128;
            let span = bits + 1;
            let fm = (1u128 << span) - 1;
            let rot = if k == 0 {
                full
            } else if op == Op::Rcl {
                ((full << k) | (full >> (span - k))) & fm
            } else {
                ((full >> k) | (full << (span - k))) & fm
            };
            let r = rot as u64 & mask(w);
            let cf = (rot >> bits) & 1 == 1;
            let of = if op == Op::Rcl {
                (r & sb != 0) != cf
            } else {
                (v & sb != 0) != old_cf
            };
            (r, cf, of)
        }
        _ => unreachable_rotate(v),
    };
    let f = (old & !(CF | OF)) | if cf { CF } else { 0 } | if of { OF } else { 0 };
    c.set(m, i.b, w, r)?;
    c.flags.set_raw(f);
    Ok(())
}

fn unreachable_rotate(v: u64) -> (u64, bool, bool) {
    (v, false, false)
}

/// SHLD/SHRD (Go: SHLQ cnt, src, dst): `b` shifted with bits from `a`.
pub fn double(c: &mut Cpu, m: &mut Memory, i: Insn, left: bool) -> Res {
    let n = count(c, i);
    if n == 0 {
        return touch(c, m, i);
    }
    let w = i.w;
    let bits = w as u32 * 8;
    let src = c.get(m, i.a, w, 0)?;
    let dst = c.get(m, i.b, w, 0)?;
    let sb = sign_bit(w);
    // 16-bit counts above 16 (undefined) see the pattern dst:src:dst.
    let (r, cf) = if n > bits {
        let cat = ((dst as u128) << (2 * bits)) | ((src as u128) << bits) | dst as u128;
        if left {
            (
                (cat << n >> (2 * bits)) as u64 & mask(w),
                (cat >> (3 * bits - n)) & 1 == 1,
            )
        } else {
            ((cat >> n) as u64 & mask(w), (cat >> (n - 1)) & 1 == 1)
        }
    } else if left {
        let cat = ((dst as u128) << bits) | src as u128;
        (
            (cat << n >> bits) as u64 & mask(w),
            (cat >> (2 * bits - n)) & 1 == 1,
        )
    } else {
        let cat = ((src as u128) << bits) | dst as u128;
        ((cat >> n) as u64 & mask(w), (cat >> (n - 1)) & 1 == 1)
    };
    let of = (r & sb != 0) != (dst & sb != 0);
    let f = szp(r, w) | if cf { CF } else { 0 } | if of { OF } else { 0 };
    c.set(m, i.b, w, r)?;
    c.flags.set_raw(f & !AF);
    Ok(())
}

/// SHLX/SHRX/SARX (`b = a op reg(x)`) and RORX (`b = a ror imm`): no flags.
pub fn bmi2(c: &mut Cpu, m: &mut Memory, i: Insn, op: Op) -> Res {
    let w = i.w;
    let bits = w as u32 * 8;
    let v = c.get(m, i.a, w, i.imm)?;
    let cnt = if op == Op::Rorx {
        i.imm as u64
    } else {
        c.gp[i.x as usize]
    } as u32
        & (bits - 1);
    let r = match op {
        Op::Shlx => v << cnt,
        Op::Shrx => v >> cnt,
        Op::Sarx => (sext(v, w) >> cnt) as u64,
        _ => {
            if cnt == 0 {
                v
            } else {
                (v >> cnt) | (v << (bits - cnt))
            }
        }
    } & mask(w);
    c.set(m, i.b, w, r)?;
    Ok(())
}
