//! String instructions: STOS and MOVS of every width, with REP (the forms
//! the compiler emits to zero and copy frames) and without.
//!
//! DI and SI point into a region of input slots (so every byte written, and
//! every byte not written, is compared); after the instruction they are
//! rewritten as offsets from the region's start with NOTQ and LEAQ, which
//! leave the flags alone, so the recorded words do not depend on where the
//! frame is. MOVS cases use one region for source and destination, so
//! overlapping copies check the element-by-element order. Left out: DF = 1
//! (Go code runs with DF clear and a case cannot return with it set).

use rand::Rng;

use super::{Forms, WIDTHS};
use crate::case::{Builder, Gp};
use crate::values;

/// Slots in the region (bytes = 8 * REGION).
const REGION: usize = 8;

const SI: Gp = Gp(4);
const DI: Gp = Gp(5);

pub(super) fn add(f: &mut Forms) {
    for (w, bits) in WIDTHS {
        for rep in [true, false] {
            let key = if rep { "rep" } else { "one" };
            f.form(&format!("STOS{w}/{key}"), |b| case(b, "STOS", w, bits, rep));
            f.form(&format!("MOVS{w}/{key}"), |b| case(b, "MOVS", w, bits, rep));
        }
    }
}

fn case(b: &mut Builder<'_>, op: &str, w: char, bits: u32, rep: bool) {
    let size = (bits / 8) as usize;
    let region = 8 * REGION;
    // The region's first slot offset from FP.
    let mut base = None;
    for _ in 0..REGION {
        let v = values::int(b.rng, 64);
        let s = b.slot(v);
        base.get_or_insert(s);
    }
    let base: usize = base
        .as_deref()
        .and_then(|s| s.strip_prefix("in+")?.strip_suffix("(FP)")?.parse().ok())
        .expect("slot operands are in+N(FP)");
    let movs = op == "MOVS";
    // Element-aligned offsets; the count keeps both pointers in the region.
    let slots = region / size;
    let dst = b.rng.gen_range(0..slots);
    let src = if movs { b.rng.gen_range(0..slots) } else { 0 };
    let room = slots - dst.max(src);
    let count = if rep {
        // Edge counts first: zero and the whole room.
        match b.index {
            0 => 0,
            1 => room,
            _ => b.rng.gen_range(0..=room),
        }
    } else {
        // Without REP, CX is neither a count nor changed.
        usize::MAX
    };
    let ax = values::int(b.rng, 64);
    b.gp(Gp::AX, ax);
    let cx = if rep {
        count as u64
    } else {
        values::int(b.rng, 64)
    };
    b.gp(Gp::CX, cx);
    b.gp(DI, 0);
    b.insn(format!("LEAQ in+{}(FP), DI", base + dst * size));
    if movs {
        b.gp(SI, 0);
        b.insn(format!("LEAQ in+{}(FP), SI", base + src * size));
    }
    if rep {
        b.insn("REP");
    }
    b.insn(format!("{op}{w}"));
    // DI (SI) - region start, without touching the flags.
    for reg in if movs { &["DI", "SI"][..] } else { &["DI"][..] } {
        b.insn(format!("LEAQ in+{base}(FP), R8"));
        b.insn("NOTQ R8");
        b.insn(format!("LEAQ 1({reg})(R8*1), {reg}"));
    }
}
