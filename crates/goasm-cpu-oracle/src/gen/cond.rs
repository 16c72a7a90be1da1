//! SETcc and CMOVcc for all sixteen conditions. The random input flags
//! drive the condition; CMOVL must zero-extend its destination even when
//! the condition is false.

use rand::Rng;

use super::Forms;
use crate::case::Gp;
use crate::values;

pub(super) fn add(f: &mut Forms) {
    for c in goasm_isa::Cond::ALL {
        let m = format!("SET{}", c.suffix());
        f.form(&format!("{m}/r"), |b| {
            let d = b.pick(&[]);
            let v = b.rng.r#gen();
            b.gp(d, v);
            b.insn(format!("{m} {}", d.byte_name()));
        });
        f.form(&format!("{m}/m"), |b| {
            let v = b.rng.r#gen();
            let d = b.slot(v);
            b.insn(format!("{m} {d}"));
        });
    }
    for (w, bits) in [('W', 16), ('L', 32), ('Q', 64)] {
        for c in goasm_isa::Cond::ALL {
            let m = format!("CMOV{w}{}", c.suffix());
            f.form(&format!("{m}/rr"), |b| {
                let s = b.pick(&[]);
                let v = values::int(b.rng, bits);
                b.gp(s, v);
                let d: Gp = b.pick_or_same(s, &[]);
                let v = b.rng.r#gen();
                b.gp(d, v);
                b.insn(format!("{m} {}, {}", s.name(), d.name()));
            });
            f.form(&format!("{m}/mr"), |b| {
                let v = values::int(b.rng, bits);
                let s = b.slot(v);
                let d = b.pick(&[]);
                let v = b.rng.r#gen();
                b.gp(d, v);
                b.insn(format!("{m} {s}, {}", d.name()));
            });
        }
    }
}
