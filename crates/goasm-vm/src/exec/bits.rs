//! Bit tests and bit scans.

use super::Res;
use crate::cpu::{Cpu, sext};
use crate::flags::{CF, ZF, mask};
use crate::ir::{Insn, Loc, Op};
use crate::memory::Memory;

/// BT/BTS/BTR/BTC: `a` is the bit index, `b` the base. With a memory base
/// and a register index the index selects any bit relative to the address.
pub fn bt(c: &mut Cpu, m: &mut Memory, i: Insn, op: Op) -> Res {
    let w = i.w;
    let bits = w as i64 * 8;
    let idx = c.get(m, i.a, w, i.imm)?;
    let (loc, bit) = match (i.b, i.a) {
        (Loc::Mem(r), Loc::Reg(_)) => {
            let off = sext(idx, w);
            let word = off.div_euclid(bits);
            let addr = c.ea(r).wrapping_add((word * w as i64) as u64);
            (addr, off.rem_euclid(bits) as u32)
        }
        (Loc::Mem(r), _) => (c.ea(r), (idx as i64 & (bits - 1)) as u32),
        _ => (0, (idx as i64 & (bits - 1)) as u32),
    };
    let v = match i.b {
        Loc::Mem(_) => m.read(loc, w)?,
        _ => c.get(m, i.b, w, 0)?,
    };
    let set = (v >> bit) & 1 == 1;
    let nv = match op {
        Op::Bts => Some(v | (1 << bit)),
        Op::Btr => Some(v & !(1 << bit)),
        Op::Btc => Some(v ^ (1 << bit)),
        _ => None,
    };
    // The store first: a faulting instruction changes nothing.
    match (nv, i.b) {
        (None, _) => {}
        (Some(nv), Loc::Mem(_)) => m.write(loc, w, nv)?,
        (Some(nv), b) => c.set(m, b, w, nv)?,
    }
    let old = c.flags.get();
    c.flags.set_raw((old & !CF) | if set { CF } else { 0 });
    Ok(())
}

/// BSF/BSR (dest unchanged for a zero source), TZCNT/LZCNT/POPCNT.
pub fn scan(c: &mut Cpu, m: &mut Memory, i: Insn, op: Op) -> Res {
    let w = i.w;
    let bits = w as u32 * 8;
    let v = c.get(m, i.a, w, i.imm)? & mask(w);
    let (r, f) = match op {
        Op::Bsf | Op::Bsr => {
            if v == 0 {
                c.flags.set_raw(ZF);
                return Ok(());
            }
            let r = if op == Op::Bsf {
                v.trailing_zeros()
            } else {
                63 - v.leading_zeros()
            };
            (r as u64, 0)
        }
        Op::Tzcnt => {
            let r = if v == 0 { bits } else { v.trailing_zeros() } as u64;
            (r, if v == 0 { CF } else { 0 } | if r == 0 { ZF } else { 0 })
        }
        Op::Lzcnt => {
            let r = (v.leading_zeros() - (64 - bits)) as u64;
            (r, if v == 0 { CF } else { 0 } | if r == 0 { ZF } else { 0 })
        }
        _ => (v.count_ones() as u64, if v == 0 { ZF } else { 0 }),
    };
    c.flags.set_raw(f);
    c.set(m, i.b, w, r)?;
    Ok(())
}
