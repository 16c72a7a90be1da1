//! BT BTS BTR BTC, BSF BSR, TZCNT LZCNT POPCNT.
//!
//! The Go assembler rejects a BT immediate above 127, so immediates stay in
//! 0..=127. With a register bit index and a memory operand, BT addresses a
//! bit string that may reach far outside the operand; indexes are kept
//! inside the slot so the native run touches only its own frame. BSF/BSR
//! leave the destination undefined for a zero source; those words are not
//! compared.

use rand::Rng;

use super::{Forms, isa_defined};
use crate::case::{Builder, Gp, Loc};
use crate::values::{self, mask};

pub(super) fn add(f: &mut Forms) {
    for (w, bits) in [('W', 16), ('L', 32), ('Q', 64)] {
        for op in ["BT", "BTS", "BTR", "BTC"] {
            bit_test(f, &format!("{op}{w}"), bits);
        }
        for op in ["BSF", "BSR", "TZCNT", "LZCNT", "POPCNT"] {
            scan(f, &format!("{op}{w}"), op, bits);
        }
    }
}

fn reg(b: &mut Builder<'_>, bits: u32) -> Gp {
    let r = b.pick(&[]);
    let v = values::int(b.rng, bits);
    b.gp(r, v)
}

fn bit_test(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    f.form(&format!("{m}/ir"), |b| {
        let i = b.rng.gen_range(0..128);
        let d = reg(b, bits);
        b.insn(format!("{m} ${i}, {}", d.name()));
        b.defined(def);
    });
    f.form(&format!("{m}/rr"), |b| {
        let s = reg(b, 64);
        let d = b.pick_or_same(s, &[]);
        let v = values::int(b.rng, bits);
        b.gp(d, v);
        b.insn(format!("{m} {}, {}", s.name(), d.name()));
        b.defined(def);
    });
    f.form(&format!("{m}/im"), |b| {
        let i = b.rng.gen_range(0..128);
        let v = values::int(b.rng, bits);
        let d = b.slot(v);
        b.insn(format!("{m} ${i}, {d}"));
        b.defined(def);
    });
    f.form(&format!("{m}/rm"), |b| {
        let s = b.pick(&[]);
        let i = b.rng.gen_range(0..u64::from(bits));
        let v = (b.rng.r#gen::<u64>() & !mask(bits)) | i;
        // The index is the whole (sign-extended) register: keep the upper
        // bits clear so it stays inside the slot.
        let v = if bits == 16 { v } else { i };
        b.gp(s, v);
        let v = values::int(b.rng, bits);
        let d = b.slot(v);
        b.insn(format!("{m} {}, {d}", s.name()));
        b.defined(def);
    });
}

fn scan(f: &mut Forms, m: &str, op: &str, bits: u32) {
    let def = isa_defined(m);
    let zero_undefined = matches!(op, "BSF" | "BSR");
    let source = |b: &mut Builder<'_>| {
        let v = values::int(b.rng, bits);
        if b.rng.gen_ratio(1, 10) {
            v & !mask(bits)
        } else {
            v
        }
    };
    f.form(&format!("{m}/rr"), |b| {
        let v = source(b);
        let s = b.pick(&[]);
        b.gp(s, v);
        let d = b.pick_or_same(s, &[]);
        let dv = b.rng.r#gen();
        b.gp(d, dv);
        b.insn(format!("{m} {}, {}", s.name(), d.name()));
        b.defined(def);
        if zero_undefined && v & mask(bits) == 0 {
            b.ignore(Loc::Gp(d));
        }
    });
    f.form(&format!("{m}/mr"), |b| {
        let v = source(b);
        let s = b.slot(v);
        let d = reg(b, 64);
        b.insn(format!("{m} {s}, {}", d.name()));
        b.defined(def);
        if zero_undefined && v & mask(bits) == 0 {
            b.ignore(Loc::Gp(d));
        }
    });
}
