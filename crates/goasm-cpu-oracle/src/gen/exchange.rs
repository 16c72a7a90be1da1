//! XCHG, XADD, CMPXCHG (plain and LOCK-prefixed memory forms).
//!
//! For CMPXCHG, half the cases make the accumulator equal the destination
//! so both outcomes (store and load) are exercised.

use rand::Rng;

use super::{Forms, WIDTHS, isa_defined};
use crate::case::{Builder, Gp};
use crate::values::{self, mask};

pub(super) fn add(f: &mut Forms) {
    for (w, bits) in WIDTHS {
        xchg(f, &format!("XCHG{w}"), bits);
        xadd(f, &format!("XADD{w}"), bits);
        cmpxchg(f, &format!("CMPXCHG{w}"), bits);
    }
}

fn reg(b: &mut Builder<'_>, bits: u32, avoid: &[Gp]) -> Gp {
    let r = b.pick(avoid);
    let v = values::int(b.rng, bits);
    b.gp(r, v)
}

fn xchg(f: &mut Forms, m: &str, bits: u32) {
    f.form(&format!("{m}/rr"), |b| {
        let s = reg(b, bits, &[]);
        let d = b.pick_or_same(s, &[]);
        let v = values::int(b.rng, bits);
        b.gp(d, v);
        let (s, d) = (b.spell(s, bits), b.spell(d, bits));
        b.insn(format!("{m} {s}, {d}"));
    });
    f.form(&format!("{m}/rm"), |b| {
        let s = reg(b, bits, &[]);
        let s = b.spell(s, bits);
        let v = values::int(b.rng, bits);
        let d = b.slot(v);
        b.insn(format!("{m} {s}, {d}"));
    });
    f.form(&format!("{m}/mr"), |b| {
        let v = values::int(b.rng, bits);
        let s = b.slot(v);
        let d = reg(b, bits, &[]);
        let d = b.spell(d, bits);
        b.insn(format!("{m} {s}, {d}"));
    });
}

/// `XADDQ src, dst`: dst += src, src = old dst.
fn xadd(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    f.form(&format!("{m}/rr"), |b| {
        let s = reg(b, bits, &[]);
        let d = b.pick_or_same(s, &[]);
        let v = values::int(b.rng, bits);
        b.gp(d, v);
        let (s, d) = (b.spell(s, bits), b.spell(d, bits));
        b.insn(format!("{m} {s}, {d}"));
        b.defined(def);
    });
    for lock in [false, true] {
        let key = if lock { "lock-rm" } else { "rm" };
        f.form(&format!("{m}/{key}"), |b| {
            let s = reg(b, bits, &[]);
            let s = b.spell(s, bits);
            let v = values::int(b.rng, bits);
            let d = b.slot(v);
            if lock {
                b.insn("LOCK");
            }
            b.insn(format!("{m} {s}, {d}"));
            b.defined(def);
        });
    }
}

/// `CMPXCHGQ src, dst`: if AX == dst { dst = src } else { AX = dst }.
fn cmpxchg(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    // AX, equal to `dst` in the low `bits` half the time.
    let ax = |b: &mut Builder<'_>, dst: u64| {
        let v = if b.rng.gen_bool(0.5) {
            (b.rng.r#gen::<u64>() & !mask(bits)) | (dst & mask(bits))
        } else {
            values::int(b.rng, bits)
        };
        b.gp(Gp::AX, v);
    };
    f.form(&format!("{m}/rr"), |b| {
        let dv = values::int(b.rng, bits);
        ax(b, dv);
        let s = b.pick_or_same(Gp::AX, &[]);
        let v = values::int(b.rng, bits);
        b.gp(s, v);
        let d = b.pick_or_same(s, &[]);
        b.gp(d, dv);
        let (s, d) = (b.spell(s, bits), b.spell(d, bits));
        b.insn(format!("{m} {s}, {d}"));
        b.defined(def);
    });
    for lock in [false, true] {
        let key = if lock { "lock-rm" } else { "rm" };
        f.form(&format!("{m}/{key}"), |b| {
            let dv = values::int(b.rng, bits);
            ax(b, dv);
            let s = b.pick_or_same(Gp::AX, &[]);
            let v = values::int(b.rng, bits);
            b.gp(s, v);
            let s = b.spell(s, bits);
            let d = b.slot(dv);
            if lock {
                b.insn("LOCK");
            }
            b.insn(format!("{m} {s}, {d}"));
            b.defined(def);
        });
    }
}
