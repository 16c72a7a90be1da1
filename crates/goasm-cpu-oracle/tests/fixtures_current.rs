//! The committed fixtures are exactly what the generator produces now:
//! same cases, same inputs, same compared-flag masks, same assembly. A
//! change to the generator without `regen-cpu-fixtures` fails here (no Go
//! needed).

use std::collections::BTreeMap;

use goasm_cpu_oracle::fixture::{self, fixture_dir};
use goasm_cpu_oracle::generator::{CASES_PER_FORM, FAMILIES, family};

const REGEN: &str = "run `cargo run -p goasm-cpu-oracle --bin regen-cpu-fixtures --release`";

#[test]
fn committed_fixtures_match_the_generator() {
    for name in FAMILIES {
        let cases = family(name);
        let fx = fixture::load_expected(name).unwrap_or_else(|e| panic!("{e}; {REGEN}"));
        assert_eq!(fx.cases.len(), cases.len(), "{name}: case count; {REGEN}");
        let (k, m) = fixture::frame_shape(&cases);
        assert_eq!((fx.k, fx.m), (k, m), "{name}: frame shape; {REGEN}");
        for (i, (c, r)) in cases.iter().zip(&fx.cases).enumerate() {
            let what = format!("{name} case {i} ({}); {REGEN}", c.key);
            assert_eq!(r.name, fixture::case_name(i), "{what}");
            assert_eq!(r.key, c.key, "{what}");
            assert_eq!(r.inputs, c.inputs, "{what}");
            assert_eq!(r.defined, c.defined, "{what}");
            assert_eq!(r.ignore, c.ignore, "{what}");
            assert_eq!(r.text, c.text.join("; "), "{what}");
            assert_eq!(r.labels, c.out_labels(), "{what}");
            assert_eq!(r.outputs.len(), c.out_words(), "{what}");
        }
        let read = |ext: &str| {
            std::fs::read_to_string(fixture_dir().join(format!("{name}.{ext}")))
                .unwrap_or_else(|e| panic!("{name}.{ext}: {e}; {REGEN}"))
        };
        assert!(
            read("s") == fixture::render_asm(name, &cases),
            "{name}.s is stale; {REGEN}"
        );
        assert!(
            read("go") == fixture::render_decls(&cases),
            "{name}.go is stale; {REGEN}"
        );
    }
}

#[test]
fn every_form_has_enough_cases() {
    let mut forms = 0;
    for name in FAMILIES {
        let mut count: BTreeMap<String, usize> = BTreeMap::new();
        for c in family(name) {
            *count.entry(c.key).or_default() += 1;
        }
        for (key, n) in &count {
            assert!(*n >= CASES_PER_FORM, "{key}: {n} cases");
        }
        forms += count.len();
    }
    println!("{forms} forms, {CASES_PER_FORM} cases each");
}

#[test]
fn recorded_outputs_keep_the_harness_invariants() {
    for name in FAMILIES {
        let fx = fixture::load_expected(name).unwrap();
        for r in &fx.cases {
            // The harness never sets TF, DF or reserved bits; the CPU reports bit 1 and IF.
            assert_eq!(
                r.outputs[0] & !0x8d5,
                0x202,
                "{name} {}: {:#x}",
                r.name,
                r.outputs[0]
            );
            assert_eq!(r.defined & !0x8d5, 0, "{name} {}", r.name);
            assert_eq!(r.labels.len(), r.outputs.len(), "{name} {}", r.name);
        }
    }
}
