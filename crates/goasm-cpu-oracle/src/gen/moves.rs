//! MOV, zero/sign extensions, LEA, BSWAP, the AX sign extensions (CBW ...
//! CQO), GP<->XMM moves, and PUSH/POP.
//!
//! BSWAPW is not accepted by the Go assembler (and its result is undefined
//! anyway). LEA never takes a frame address here: the address of the frame
//! differs between the CPU and the VM.

use rand::Rng;

use super::{Forms, WIDTHS};
use crate::case::{Builder, Gp};
use crate::values;

pub(super) fn add(f: &mut Forms) {
    for (w, bits) in WIDTHS {
        mov(f, &format!("MOV{w}"), bits);
    }
    for (m, sbits, dbits) in [
        ("MOVBLZX", 8, 32),
        ("MOVBQZX", 8, 64),
        ("MOVWLZX", 16, 32),
        ("MOVWQZX", 16, 64),
        ("MOVBLSX", 8, 32),
        ("MOVBQSX", 8, 64),
        ("MOVWLSX", 16, 32),
        ("MOVWQSX", 16, 64),
        ("MOVLQSX", 32, 64),
        ("MOVLQZX", 32, 64),
    ] {
        extend(f, m, sbits, dbits);
    }
    for (w, bits) in [('W', 16), ('L', 32), ('Q', 64)] {
        lea(f, &format!("LEA{w}"), bits);
    }
    for (w, bits) in [('L', 32), ('Q', 64)] {
        let m = format!("BSWAP{w}");
        f.form(&format!("{m}/r"), |b| {
            let d = reg(b, bits);
            b.insn(format!("{m} {}", d.name()));
        });
    }
    for m in ["CBW", "CWDE", "CDQE", "CWD", "CDQ", "CQO"] {
        f.form(&format!("{m}/-"), |b| {
            let v = values::int(b.rng, 32);
            b.gp(Gp::AX, v);
            let v = b.rng.r#gen();
            b.gp(Gp::DX, v);
            b.insn(m);
        });
    }
    xmm_moves(f);
    stack(f);
}

fn reg(b: &mut Builder<'_>, bits: u32) -> Gp {
    let r = b.pick(&[]);
    let v = values::int(b.rng, bits);
    b.gp(r, v)
}

fn mov(f: &mut Forms, m: &str, bits: u32) {
    f.form(&format!("{m}/rr"), |b| {
        let s = reg(b, bits);
        let d = b.pick_or_same(s, &[]);
        let v = b.rng.r#gen();
        b.gp(d, v);
        let (s, d) = (b.spell(s, bits), b.spell(d, bits));
        b.insn(format!("{m} {s}, {d}"));
    });
    f.form(&format!("{m}/ir"), |b| {
        // MOVQ takes a full 64-bit immediate into a register.
        let i = if bits == 64 && b.rng.gen_bool(0.5) {
            values::int(b.rng, 64) as i64
        } else {
            values::imm(b.rng, bits)
        };
        let d = reg(b, 64);
        let d = b.spell(d, bits);
        b.insn(format!("{m} ${i}, {d}"));
    });
    f.form(&format!("{m}/mr"), |b| {
        let v = values::int(b.rng, bits);
        let s = b.slot(v);
        let d = reg(b, 64);
        let d = b.spell(d, bits);
        b.insn(format!("{m} {s}, {d}"));
    });
    f.form(&format!("{m}/rm"), |b| {
        let s = reg(b, bits);
        let s = b.spell(s, bits);
        let v = b.rng.r#gen();
        let d = b.slot(v);
        b.insn(format!("{m} {s}, {d}"));
    });
    f.form(&format!("{m}/im"), |b| {
        let i = values::imm(b.rng, bits);
        let v = b.rng.r#gen();
        let d = b.slot(v);
        b.insn(format!("{m} ${i}, {d}"));
    });
}

fn extend(f: &mut Forms, m: &str, sbits: u32, dbits: u32) {
    f.form(&format!("{m}/rr"), |b| {
        let s = reg(b, sbits);
        let d = b.pick_or_same(s, &[]);
        let v = b.rng.r#gen();
        b.gp(d, v);
        let s = b.spell(s, sbits);
        b.insn(format!("{m} {s}, {}", d.name()));
        let _ = dbits;
    });
    f.form(&format!("{m}/mr"), |b| {
        let v = values::int(b.rng, sbits);
        let s = b.slot(v);
        let d = reg(b, 64);
        b.insn(format!("{m} {s}, {}", d.name()));
    });
}

/// `LEAQ disp(base), dst` and `LEAQ disp(base)(index*scale), dst`.
fn lea(f: &mut Forms, m: &str, bits: u32) {
    f.form(&format!("{m}/br"), |b| {
        let base = reg(b, 64);
        let d = b.pick_or_same(base, &[]);
        let v = b.rng.r#gen();
        b.gp(d, v);
        let disp = values::imm(b.rng, 32);
        b.insn(format!("{m} {disp}({}), {}", base.name(), d.name()));
        let _ = bits;
    });
    f.form(&format!("{m}/bir"), |b| {
        let base = reg(b, 64);
        let index = b.pick_or_same(base, &[]);
        let v = values::int(b.rng, 64);
        b.gp(index, v);
        let d = b.pick_or_same(index, &[]);
        let v = b.rng.r#gen();
        b.gp(d, v);
        let scale = [1, 2, 4, 8][b.rng.gen_range(0..4)];
        let disp = values::imm(b.rng, 32);
        b.insn(format!(
            "{m} {disp}({})({}*{scale}), {}",
            base.name(),
            index.name(),
            d.name()
        ));
    });
}

fn xmm(b: &mut Builder<'_>) -> u8 {
    let n = b.pick_x();
    let (lo, hi) = (values::float_word(b.rng, true), b.rng.r#gen());
    b.xmm(n, lo, hi)
}

/// MOVQ/MOVL between general and XMM registers (Intel MOVQ/MOVD), and
/// MOVQ between XMM registers (zeroes the high quadword).
fn xmm_moves(f: &mut Forms) {
    for (m, bits) in [("MOVQ", 64), ("MOVL", 32)] {
        f.form(&format!("{m}/rx"), |b| {
            let s = reg(b, bits);
            let x = xmm(b);
            b.insn(format!("{m} {}, X{x}", s.name()));
        });
        f.form(&format!("{m}/xr"), |b| {
            let x = xmm(b);
            let d = reg(b, 64);
            b.insn(format!("{m} X{x}, {}", d.name()));
        });
        f.form(&format!("{m}/mx"), |b| {
            let v = b.rng.r#gen();
            let s = b.slot(v);
            let x = xmm(b);
            b.insn(format!("{m} {s}, X{x}"));
        });
        f.form(&format!("{m}/xm"), |b| {
            let x = xmm(b);
            let v = b.rng.r#gen();
            let d = b.slot(v);
            b.insn(format!("{m} X{x}, {d}"));
        });
    }
    f.form("MOVQ/xx", |b| {
        let s = xmm(b);
        let d = xmm(b);
        b.insn(format!("MOVQ X{s}, X{d}"));
    });
}

/// A push and a pop, as one case: the value goes through the real stack.
fn stack(f: &mut Forms) {
    for (w, bits) in [('Q', 64), ('W', 16)] {
        let (push, pop) = (format!("PUSH{w}"), format!("POP{w}"));
        f.form(&format!("{push}/r+{pop}/r"), |b| {
            let s = reg(b, 64);
            let d = b.pick_or_same(s, &[]);
            let v = b.rng.r#gen();
            b.gp(d, v);
            b.insn(format!("{push} {}", s.name()));
            b.insn(format!("{pop} {}", d.name()));
        });
        f.form(&format!("{push}/i+{pop}/r"), |b| {
            let i = values::imm(b.rng, bits);
            let d = reg(b, 64);
            b.insn(format!("{push} ${i}"));
            b.insn(format!("{pop} {}", d.name()));
        });
        // POP to an FP slot is left out: the CPU computes the address after
        // the pop, so the assembler's FP offset lands one slot off.
        f.form(&format!("{push}/m+{pop}/r"), |b| {
            let v = values::int(b.rng, 64);
            let s = b.slot(v);
            let d = reg(b, 64);
            b.insn(format!("{push} {s}"));
            b.insn(format!("{pop} {}", d.name()));
        });
    }
}
