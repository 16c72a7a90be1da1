//! ADD SUB ADC SBB AND OR XOR CMP TEST NEG NOT INC DEC ANDN.
//!
//! Form letters name the operands in Go order: `r` register, `i`
//! immediate, `m` memory (a frame slot). `ADDQ/rm` adds a register into
//! memory; `CMPQ/ri` compares a register with an immediate (Intel order).

use super::{Forms, WIDTHS, isa_defined};
use crate::case::Builder;
use crate::values;

pub(super) fn add(f: &mut Forms) {
    for op in ["ADD", "SUB", "ADC", "SBB", "AND", "OR", "XOR"] {
        for (w, bits) in WIDTHS {
            binary(f, &format!("{op}{w}"), bits);
        }
    }
    for (w, bits) in WIDTHS {
        compare(f, &format!("CMP{w}"), bits);
        test(f, &format!("TEST{w}"), bits);
    }
    for op in ["NEG", "NOT", "INC", "DEC"] {
        for (w, bits) in WIDTHS {
            unary(f, &format!("{op}{w}"), bits);
        }
    }
    for (w, bits) in [('L', 32), ('Q', 64)] {
        andn(f, &format!("ANDN{w}"), bits);
    }
}

/// `$imm` for an operand of `bits` (a 64-bit operand takes a sign-extended 32-bit immediate).
pub(super) fn imm(b: &mut Builder<'_>, bits: u32) -> String {
    format!("${}", values::imm(b.rng, bits))
}

/// A register loaded with a random value.
fn reg(b: &mut Builder<'_>, bits: u32) -> crate::case::Gp {
    let r = b.pick(&[]);
    let v = values::int(b.rng, bits);
    b.gp(r, v)
}

/// Either a register of the given width, aliasing `same` now and then.
fn reg_or_same(b: &mut Builder<'_>, same: crate::case::Gp, bits: u32) -> crate::case::Gp {
    let r = b.pick_or_same(same, &[]);
    let v = values::int(b.rng, bits);
    b.gp(r, v)
}

fn slot(b: &mut Builder<'_>, bits: u32) -> String {
    let v = values::int(b.rng, bits);
    b.slot(v)
}

fn binary(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    f.form(&format!("{m}/rr"), |b| {
        let s = reg(b, bits);
        let d = reg_or_same(b, s, bits);
        let (s, d) = (b.spell(s, bits), b.spell(d, bits));
        b.insn(format!("{m} {s}, {d}"));
        b.defined(def);
    });
    f.form(&format!("{m}/ir"), |b| {
        let i = imm(b, bits);
        let d = reg(b, bits);
        let d = b.spell(d, bits);
        b.insn(format!("{m} {i}, {d}"));
        b.defined(def);
    });
    f.form(&format!("{m}/mr"), |b| {
        let s = slot(b, bits);
        let d = reg(b, bits);
        let d = b.spell(d, bits);
        b.insn(format!("{m} {s}, {d}"));
        b.defined(def);
    });
    f.form(&format!("{m}/rm"), |b| {
        let s = reg(b, bits);
        let s = b.spell(s, bits);
        let d = slot(b, bits);
        b.insn(format!("{m} {s}, {d}"));
        b.defined(def);
    });
    f.form(&format!("{m}/im"), |b| {
        let i = imm(b, bits);
        let d = slot(b, bits);
        b.insn(format!("{m} {i}, {d}"));
        b.defined(def);
    });
}

/// CMP keeps Intel order: `CMPQ a, b` sets flags from a - b.
fn compare(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    f.form(&format!("{m}/rr"), |b| {
        let x = reg(b, bits);
        let y = reg_or_same(b, x, bits);
        let (x, y) = (b.spell(x, bits), b.spell(y, bits));
        b.insn(format!("{m} {x}, {y}"));
        b.defined(def);
    });
    f.form(&format!("{m}/ri"), |b| {
        let x = reg(b, bits);
        let x = b.spell(x, bits);
        let i = imm(b, bits);
        b.insn(format!("{m} {x}, {i}"));
        b.defined(def);
    });
    f.form(&format!("{m}/rm"), |b| {
        let x = reg(b, bits);
        let x = b.spell(x, bits);
        let y = slot(b, bits);
        b.insn(format!("{m} {x}, {y}"));
        b.defined(def);
    });
    f.form(&format!("{m}/mr"), |b| {
        let x = slot(b, bits);
        let y = reg(b, bits);
        let y = b.spell(y, bits);
        b.insn(format!("{m} {x}, {y}"));
        b.defined(def);
    });
    f.form(&format!("{m}/mi"), |b| {
        let x = slot(b, bits);
        let i = imm(b, bits);
        b.insn(format!("{m} {x}, {i}"));
        b.defined(def);
    });
}

fn test(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    f.form(&format!("{m}/rr"), |b| {
        let x = reg(b, bits);
        let y = reg_or_same(b, x, bits);
        let (x, y) = (b.spell(x, bits), b.spell(y, bits));
        b.insn(format!("{m} {x}, {y}"));
        b.defined(def);
    });
    f.form(&format!("{m}/ir"), |b| {
        let i = imm(b, bits);
        let y = reg(b, bits);
        let y = b.spell(y, bits);
        b.insn(format!("{m} {i}, {y}"));
        b.defined(def);
    });
    f.form(&format!("{m}/im"), |b| {
        let i = imm(b, bits);
        let y = slot(b, bits);
        b.insn(format!("{m} {i}, {y}"));
        b.defined(def);
    });
    f.form(&format!("{m}/rm"), |b| {
        let x = reg(b, bits);
        let x = b.spell(x, bits);
        let y = slot(b, bits);
        b.insn(format!("{m} {x}, {y}"));
        b.defined(def);
    });
    f.form(&format!("{m}/mr"), |b| {
        let x = slot(b, bits);
        let y = reg(b, bits);
        let y = b.spell(y, bits);
        b.insn(format!("{m} {x}, {y}"));
        b.defined(def);
    });
}

fn unary(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    f.form(&format!("{m}/r"), |b| {
        let d = reg(b, bits);
        let d = b.spell(d, bits);
        b.insn(format!("{m} {d}"));
        b.defined(def);
    });
    f.form(&format!("{m}/m"), |b| {
        let d = slot(b, bits);
        b.insn(format!("{m} {d}"));
        b.defined(def);
    });
}

/// `ANDNQ src2, src1, dst`: dst = ^src1 & src2.
fn andn(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    f.form(&format!("{m}/rrr"), |b| {
        let s2 = reg(b, bits);
        let s1 = reg_or_same(b, s2, bits);
        let d = reg_or_same(b, s1, bits);
        b.insn(format!("{m} {}, {}, {}", s2.name(), s1.name(), d.name()));
        b.defined(def);
    });
    f.form(&format!("{m}/mrr"), |b| {
        let s2 = slot(b, bits);
        let s1 = reg(b, bits);
        let d = reg_or_same(b, s1, bits);
        b.insn(format!("{m} {s2}, {}, {}", s1.name(), d.name()));
        b.defined(def);
    });
}
