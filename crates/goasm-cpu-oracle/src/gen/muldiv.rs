//! MUL, IMUL (one, two and three operands), MULX, DIV, IDIV.
//!
//! Division inputs are built so the instruction never faults: the divisor
//! is non-zero and the quotient fits the destination (for IDIV the
//! dividend is made as `q*d + r` from a quotient `q` that fits). Faulting
//! inputs are not generated: a #DE in the native harness would kill the run.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::{Forms, WIDTHS, isa_defined};
use crate::case::{Builder, Gp};
use crate::values::{self, mask, sext};

pub(super) fn add(f: &mut Forms) {
    for (w, bits) in WIDTHS {
        one_operand(f, &format!("MUL{w}"), bits);
        one_operand(f, &format!("IMUL{w}"), bits);
    }
    for (w, bits) in [('W', 16), ('L', 32), ('Q', 64)] {
        two_operand(f, &format!("IMUL{w}"), bits);
        three_operand(f, &format!("IMUL3{w}"), bits);
    }
    for (w, bits) in [('L', 32), ('Q', 64)] {
        mulx(f, &format!("MULX{w}"), bits);
    }
    for (w, bits) in WIDTHS {
        divide(f, &format!("DIV{w}"), bits, false);
        divide(f, &format!("IDIV{w}"), bits, true);
    }
}

fn reg(b: &mut Builder<'_>, bits: u32) -> Gp {
    let r = b.pick(&[]);
    let v = values::int(b.rng, bits);
    b.gp(r, v)
}

/// AX (and DX) implicit: `MULQ src` gives DX:AX = AX * src.
fn one_operand(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    f.form(&format!("{m}/r"), |b| {
        let v = values::int(b.rng, bits);
        b.gp(Gp::AX, v);
        let v = b.rng.r#gen();
        b.gp(Gp::DX, v);
        let s = b.pick_or_same(Gp::AX, &[]);
        let v = values::int(b.rng, bits);
        b.gp(s, v);
        let s = b.spell(s, bits);
        b.insn(format!("{m} {s}"));
        b.defined(def);
    });
    f.form(&format!("{m}/m"), |b| {
        let v = values::int(b.rng, bits);
        b.gp(Gp::AX, v);
        let v = b.rng.r#gen();
        b.gp(Gp::DX, v);
        let v = values::int(b.rng, bits);
        let s = b.slot(v);
        b.insn(format!("{m} {s}"));
        b.defined(def);
    });
}

/// `IMULQ src, dst`: dst = dst * src, truncated.
fn two_operand(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    f.form(&format!("{m}/rr"), |b| {
        let s = reg(b, bits);
        let d = b.pick_or_same(s, &[]);
        let v = values::int(b.rng, bits);
        b.gp(d, v);
        b.insn(format!("{m} {}, {}", s.name(), d.name()));
        b.defined(def);
    });
    f.form(&format!("{m}/mr"), |b| {
        let v = values::int(b.rng, bits);
        let s = b.slot(v);
        let d = reg(b, bits);
        b.insn(format!("{m} {s}, {}", d.name()));
        b.defined(def);
    });
    f.form(&format!("{m}/ir"), |b| {
        let i = values::imm(b.rng, bits);
        let d = reg(b, bits);
        b.insn(format!("{m} ${i}, {}", d.name()));
        b.defined(def);
    });
}

/// `IMUL3Q $imm, src, dst`: dst = src * imm.
fn three_operand(f: &mut Forms, m: &str, bits: u32) {
    let def = isa_defined(m);
    f.form(&format!("{m}/irr"), |b| {
        let i = values::imm(b.rng, bits);
        let s = reg(b, bits);
        let d = b.pick_or_same(s, &[]);
        let v = b.rng.r#gen();
        b.gp(d, v);
        b.insn(format!("{m} ${i}, {}, {}", s.name(), d.name()));
        b.defined(def);
    });
    f.form(&format!("{m}/imr"), |b| {
        let i = values::imm(b.rng, bits);
        let v = values::int(b.rng, bits);
        let s = b.slot(v);
        let d = reg(b, 64);
        b.insn(format!("{m} ${i}, {s}, {}", d.name()));
        b.defined(def);
    });
}

/// `MULXQ src, lo, hi`: hi:lo = DX * src, flags untouched. When lo and
/// hi are the same register it receives the high half.
fn mulx(f: &mut Forms, m: &str, bits: u32) {
    f.form(&format!("{m}/rrr"), |b| {
        let v = values::int(b.rng, bits);
        b.gp(Gp::DX, v);
        let s = b.pick_or_same(Gp::DX, &[]);
        let v = values::int(b.rng, bits);
        b.gp(s, v);
        let lo = b.pick_or_same(Gp::DX, &[]);
        let v = b.rng.r#gen();
        b.gp(lo, v);
        let hi = b.pick_or_same(lo, &[]);
        let v = b.rng.r#gen();
        b.gp(hi, v);
        b.insn(format!("{m} {}, {}, {}", s.name(), lo.name(), hi.name()));
    });
    f.form(&format!("{m}/mrr"), |b| {
        let v = values::int(b.rng, bits);
        b.gp(Gp::DX, v);
        let v = values::int(b.rng, bits);
        let s = b.slot(v);
        let lo = reg(b, 64);
        let hi = b.pick(&[]);
        let v = b.rng.r#gen();
        b.gp(hi, v);
        b.insn(format!("{m} {s}, {}, {}", lo.name(), hi.name()));
    });
}

/// Dividend (high, low) and divisor, each in the low `bits`, such that
/// the division does not fault.
fn div_inputs(rng: &mut ChaCha8Rng, bits: u32, signed: bool) -> (u64, u64, u64) {
    let m = mask(bits);
    let mut d = 0;
    while d == 0 {
        d = values::int(rng, bits) & m;
    }
    if !signed {
        let hi = match rng.gen_range(0..4) {
            0 => 0,
            1 => d - 1,
            _ => rng.r#gen::<u64>() % d,
        };
        return (hi, values::int(rng, bits) & m, d);
    }
    let ds = i128::from(sext(d, bits));
    let q = i128::from(sext(values::int(rng, bits), bits));
    let r_mag = i128::from(rng.r#gen::<u64>()) % ds.abs();
    let base = q * ds;
    let r = if base > 0 || (base == 0 && rng.gen_bool(0.5)) {
        r_mag
    } else {
        -r_mag
    };
    let dividend = base + r;
    assert_eq!(dividend / ds, q, "IDIV input construction");
    let lo = (dividend as u128 as u64) & m;
    let hi = ((dividend >> bits) as u128 as u64) & m;
    (hi, lo, d)
}

fn divide(f: &mut Forms, m: &str, bits: u32, signed: bool) {
    let def = isa_defined(m);
    // Places the dividend: AX for bytes, DX:AX otherwise (upper bits random).
    let setup = |b: &mut Builder<'_>| -> u64 {
        let (hi, lo, d) = div_inputs(b.rng, bits, signed);
        let (ax, dx): (u64, u64) = (b.rng.r#gen(), b.rng.r#gen());
        if bits == 8 {
            b.gp(Gp::AX, (ax & !0xffff) | hi << 8 | lo);
            b.gp(Gp::DX, dx);
        } else {
            b.gp(Gp::AX, (ax & !mask(bits)) | lo);
            b.gp(Gp::DX, (dx & !mask(bits)) | hi);
        }
        d
    };
    f.form(&format!("{m}/r"), |b| {
        let d = setup(b);
        let s = b.pick(&[]);
        let v = (b.rng.r#gen::<u64>() & !mask(bits)) | d;
        b.gp(s, v);
        let s = b.spell(s, bits);
        b.insn(format!("{m} {s}"));
        b.defined(def);
    });
    f.form(&format!("{m}/m"), |b| {
        let d = setup(b);
        let v = (b.rng.r#gen::<u64>() & !mask(bits)) | d;
        let s = b.slot(v);
        b.insn(format!("{m} {s}"));
        b.defined(def);
    });
}
