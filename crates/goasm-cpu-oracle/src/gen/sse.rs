//! SSE/SSE2/SSE4.1 scalar floating point: MOVSS/MOVSD, arithmetic, MIN/MAX,
//! SQRT, (U)COMIS*, conversions, ROUNDSS/ROUNDSD, and the bitwise ops the
//! compiler uses on floats (ANDPS ... PXOR).
//!
//! Every XMM register is loaded and stored whole (MOVOU), so preservation
//! of the upper lanes is checked. The packed bitwise ops are generated in
//! register form only: their memory form needs 16-byte alignment, which a
//! frame slot does not have (the native run faults).

use rand::Rng;

use super::{Forms, isa_defined};
use crate::case::{Builder, Gp};
use crate::values;

pub(super) fn add(f: &mut Forms) {
    for double in [false, true] {
        let s = if double { "SD" } else { "SS" };
        let mov = format!("MOV{s}");
        f.form(&format!("{mov}/xx"), |b| {
            let (x, y) = (xmm(b, double), xmm(b, double));
            b.insn(format!("{mov} X{x}, X{y}"));
        });
        f.form(&format!("{mov}/mx"), |b| {
            let m = slot(b, double);
            let x = xmm(b, double);
            b.insn(format!("{mov} {m}, X{x}"));
        });
        f.form(&format!("{mov}/xm"), |b| {
            let x = xmm(b, double);
            let v = b.rng.r#gen();
            let m = b.slot(v);
            b.insn(format!("{mov} X{x}, {m}"));
        });
        for op in [
            "ADD", "SUB", "MUL", "DIV", "SQRT", "MIN", "MAX", "UCOMI", "COMI",
        ] {
            let m = format!("{op}{s}");
            let def = isa_defined(&m);
            f.form(&format!("{m}/xx"), |b| {
                let x = xmm(b, double);
                let y = if b.rng.gen_ratio(1, 10) {
                    x
                } else {
                    xmm(b, double)
                };
                b.insn(format!("{m} X{x}, X{y}"));
                b.defined(def);
            });
            f.form(&format!("{m}/mx"), |b| {
                let mem = slot(b, double);
                let y = xmm(b, double);
                b.insn(format!("{m} {mem}, X{y}"));
                b.defined(def);
            });
        }
        for (w, bits) in [('L', 32), ('Q', 64)] {
            let m = format!("CVTS{w}2{s}");
            f.form(&format!("{m}/rx"), |b| {
                let r = b.pick(&[]);
                let v = values::int(b.rng, bits);
                b.gp(r, v);
                let x = xmm(b, double);
                b.insn(format!("{m} {}, X{x}", r.name()));
            });
            f.form(&format!("{m}/mx"), |b| {
                let v = values::int(b.rng, bits);
                let mem = b.slot(v);
                let x = xmm(b, double);
                b.insn(format!("{m} {mem}, X{x}"));
            });
            for t in ["", "T"] {
                let m = format!("CVT{t}{s}2S{w}");
                f.form(&format!("{m}/xr"), |b| {
                    let x = xmm(b, double);
                    let r = reg(b);
                    b.insn(format!("{m} X{x}, {}", r.name()));
                });
                f.form(&format!("{m}/mr"), |b| {
                    let mem = slot(b, double);
                    let r = reg(b);
                    b.insn(format!("{m} {mem}, {}", r.name()));
                });
            }
        }
        let (m, from_double) = if double {
            ("CVTSD2SS", true)
        } else {
            ("CVTSS2SD", false)
        };
        f.form(&format!("{m}/xx"), |b| {
            let x = xmm(b, from_double);
            let y = xmm(b, !from_double);
            b.insn(format!("{m} X{x}, X{y}"));
        });
        f.form(&format!("{m}/mx"), |b| {
            let mem = slot(b, from_double);
            let y = xmm(b, !from_double);
            b.insn(format!("{m} {mem}, X{y}"));
        });
        let m = format!("ROUND{s}");
        for mode in [0, 1, 2, 3, 4, 8, 9, 10, 11, 12] {
            f.form(&format!("{m}/i{mode}xx"), |b| {
                let x = xmm(b, double);
                let y = xmm(b, double);
                b.insn(format!("{m} ${mode}, X{x}, X{y}"));
            });
            f.form(&format!("{m}/i{mode}mx"), |b| {
                let mem = slot(b, double);
                let y = xmm(b, double);
                b.insn(format!("{m} ${mode}, {mem}, X{y}"));
            });
        }
    }
    for m in [
        "ANDPS", "ANDPD", "ANDNPS", "ANDNPD", "ORPS", "ORPD", "XORPS", "XORPD", "PXOR",
    ] {
        f.form(&format!("{m}/xx"), |b| {
            let double = b.rng.gen_bool(0.5);
            let x = xmm(b, double);
            let y = if b.rng.gen_ratio(1, 10) {
                x
            } else {
                xmm(b, double)
            };
            b.insn(format!("{m} X{x}, X{y}"));
        });
    }
}

/// An unused XMM register holding a float in its low lane, random above.
fn xmm(b: &mut Builder<'_>, double: bool) -> u8 {
    let n = b.pick_x();
    let lo = values::float_word(b.rng, double);
    let hi = b.rng.r#gen();
    b.xmm(n, lo, hi)
}

fn slot(b: &mut Builder<'_>, double: bool) -> String {
    let v = values::float_word(b.rng, double);
    b.slot(v)
}

fn reg(b: &mut Builder<'_>) -> Gp {
    let r = b.pick(&[]);
    let v = b.rng.r#gen();
    b.gp(r, v)
}
