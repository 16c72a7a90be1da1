//! Shifts and rotates: SHL SHR SAR ROL ROR RCL RCR (count in CL or an
//! immediate, register or memory destination), the double shifts SHLD/SHRD
//! (Go's three-operand SHLQ/SHRQ), and the BMI2 flagless SHLX SHRX SARX
//! RORX.
//!
//! Which flags are compared depends on the masked count `c`: none change
//! for `c == 0`; OF is defined only for `c == 1` (goasm-isa marks it written
//! *and* undefined); AF is undefined otherwise. The Intel manual also leaves
//! CF undefined for SHL/SHR when `c` is at least the operand width (possible
//! for bytes and words, whose count is masked to 5 bits); goasm-isa has no
//! way to say that, so it is applied here. SHLD/SHRD leave the result
//! undefined when `c` exceeds the width (words only), so such counts are not
//! generated.

use rand::Rng;

use super::{Forms, WIDTHS, isa_conditional, isa_defined, rf};
use crate::case::{Builder, Gp, STATUS_MASK};
use crate::values;

pub(super) fn add(f: &mut Forms) {
    for op in ["SHL", "SHR", "SAR", "ROL", "ROR", "RCL", "RCR"] {
        for (w, bits) in WIDTHS {
            single(f, &format!("{op}{w}"), op, bits);
        }
    }
    for op in ["SHL", "SHR"] {
        for (w, bits) in [('W', 16), ('L', 32), ('Q', 64)] {
            double(f, &format!("{op}{w}"), bits);
        }
    }
    for (w, bits) in [('L', 32), ('Q', 64)] {
        for op in ["SHLX", "SHRX", "SARX"] {
            bmi2(f, &format!("{op}{w}"), bits);
        }
        rorx(f, &format!("RORX{w}"), bits);
    }
}

/// The flags compared after `mnemonic` shifted by `count`.
fn defined(mnemonic: &str, base: &str, bits: u32, count: u64) -> u64 {
    let c = count & if bits == 64 { 63 } else { 31 };
    if c == 0 {
        return STATUS_MASK;
    }
    let mut def = isa_defined(mnemonic);
    if c == 1 {
        def |= isa_conditional(mnemonic);
    }
    if matches!(base, "SHL" | "SHR") && c >= u64::from(bits) {
        def &= !rf::CF;
    }
    def
}

/// CX with `count` in CL, spelled CX or CL.
fn count_reg(b: &mut Builder<'_>, count: u64) -> &'static str {
    let v = (b.rng.r#gen::<u64>() & !0xff) | count;
    b.gp(Gp::CX, v);
    if b.rng.gen_bool(0.5) { "CX" } else { "CL" }
}

fn dest(b: &mut Builder<'_>, bits: u32) -> Gp {
    let r = b.pick(&[Gp::CX]);
    let v = values::int(b.rng, bits);
    b.gp(r, v)
}

fn single(f: &mut Forms, m: &str, base: &str, bits: u32) {
    f.form(&format!("{m}/cr"), |b| {
        let c = values::count(b.rng, bits);
        let cx = count_reg(b, c);
        // Now and then shift CX itself.
        let d = if b.rng.gen_ratio(1, 20) {
            Gp::CX
        } else {
            dest(b, bits)
        };
        let d = b.spell(d, bits);
        b.insn(format!("{m} {cx}, {d}"));
        b.defined(defined(m, base, bits, c));
    });
    f.form(&format!("{m}/ir"), |b| {
        let c = values::count(b.rng, bits);
        let d = dest(b, bits);
        let d = b.spell(d, bits);
        b.insn(format!("{m} ${c}, {d}"));
        b.defined(defined(m, base, bits, c));
    });
    f.form(&format!("{m}/cm"), |b| {
        let c = values::count(b.rng, bits);
        let cx = count_reg(b, c);
        let v = values::int(b.rng, bits);
        let d = b.slot(v);
        b.insn(format!("{m} {cx}, {d}"));
        b.defined(defined(m, base, bits, c));
    });
    f.form(&format!("{m}/im"), |b| {
        let c = values::count(b.rng, bits);
        let v = values::int(b.rng, bits);
        let d = b.slot(v);
        b.insn(format!("{m} ${c}, {d}"));
        b.defined(defined(m, base, bits, c));
    });
}

/// A double-shift count whose masked value does not exceed the width.
/// The Go assembler takes only 0..=127 as a three-operand immediate.
fn double_count(b: &mut Builder<'_>, bits: u32, imm: bool) -> u64 {
    loop {
        let c = values::count(b.rng, bits);
        if (bits != 16 || c & 31 <= 16) && (!imm || c <= 127) {
            return c;
        }
    }
}

/// `SHLQ count, src, dst` = Intel SHLD dst, src, count.
fn double(f: &mut Forms, m: &str, bits: u32) {
    let base = &m[..3];
    f.form(&format!("{m}/crr"), |b| {
        let c = double_count(b, bits, false);
        let cx = count_reg(b, c);
        let s = dest(b, bits);
        let d = b.pick_or_same(s, &[Gp::CX]);
        let v = values::int(b.rng, bits);
        b.gp(d, v);
        b.insn(format!("{m} {cx}, {}, {}", s.name(), d.name()));
        b.defined(defined(m, base, bits, c));
    });
    f.form(&format!("{m}/irr"), |b| {
        let c = double_count(b, bits, true);
        let s = dest(b, bits);
        let d = b.pick_or_same(s, &[Gp::CX]);
        let v = values::int(b.rng, bits);
        b.gp(d, v);
        b.insn(format!("{m} ${c}, {}, {}", s.name(), d.name()));
        b.defined(defined(m, base, bits, c));
    });
    f.form(&format!("{m}/crm"), |b| {
        let c = double_count(b, bits, false);
        let cx = count_reg(b, c);
        let s = dest(b, bits);
        let v = values::int(b.rng, bits);
        let d = b.slot(v);
        b.insn(format!("{m} {cx}, {}, {d}", s.name()));
        b.defined(defined(m, base, bits, c));
    });
    f.form(&format!("{m}/irm"), |b| {
        let c = double_count(b, bits, true);
        let s = dest(b, bits);
        let v = values::int(b.rng, bits);
        let d = b.slot(v);
        b.insn(format!("{m} ${c}, {}, {d}", s.name()));
        b.defined(defined(m, base, bits, c));
    });
}

/// `SHLXQ count, src, dst`: flags untouched, count masked to the width.
fn bmi2(f: &mut Forms, m: &str, bits: u32) {
    let count = |b: &mut Builder<'_>| {
        let c = values::count(b.rng, bits);
        let r = b.pick(&[]);
        let v = (b.rng.r#gen::<u64>() & !0xff) | c;
        b.gp(r, v)
    };
    f.form(&format!("{m}/rrr"), |b| {
        let c = count(b);
        let s = b.pick_or_same(c, &[]);
        let v = values::int(b.rng, bits);
        b.gp(s, v);
        let d = b.pick_or_same(s, &[]);
        let v = b.rng.r#gen();
        b.gp(d, v);
        b.insn(format!("{m} {}, {}, {}", c.name(), s.name(), d.name()));
    });
    f.form(&format!("{m}/rmr"), |b| {
        let c = count(b);
        let v = values::int(b.rng, bits);
        let s = b.slot(v);
        let d = b.pick_or_same(c, &[]);
        let v = b.rng.r#gen();
        b.gp(d, v);
        b.insn(format!("{m} {}, {s}, {}", c.name(), d.name()));
    });
}

/// `RORXQ $count, src, dst`.
fn rorx(f: &mut Forms, m: &str, bits: u32) {
    f.form(&format!("{m}/irr"), |b| {
        let c = values::count(b.rng, bits);
        let s = dest(b, bits);
        let d = b.pick_or_same(s, &[]);
        let v = b.rng.r#gen();
        b.gp(d, v);
        b.insn(format!("{m} ${c}, {}, {}", s.name(), d.name()));
    });
    f.form(&format!("{m}/imr"), |b| {
        let c = values::count(b.rng, bits);
        let v = values::int(b.rng, bits);
        let s = b.slot(v);
        let d = dest(b, 64);
        b.insn(format!("{m} ${c}, {s}, {}", d.name()));
    });
}
