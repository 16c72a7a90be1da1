//! Live oracle: re-runs a sample of every family on this CPU and checks it
//! still agrees with the committed fixtures (on the compared flags and
//! words). Prints SKIPPED without Go; fails without it when
//! GOASM_REQUIRE_ORACLE=1.

use goasm_cpu_oracle::fixture::{self, differing_words};
use goasm_cpu_oracle::generator::{FAMILIES, family};
use goasm_cpu_oracle::native;

/// One case in this many (plus the first of every form).
const STRIDE: usize = 53;

#[test]
fn native_cpu_agrees_with_committed_fixtures() {
    let Some(go) = goasm_testkit::go_or_skip("native_cpu_agrees_with_committed_fixtures") else {
        return;
    };
    let mut samples = Vec::new();
    for name in FAMILIES {
        let cases = family(name);
        let picked: Vec<usize> = (0..cases.len())
            .filter(|&i| i % STRIDE == 0 || i == 0 || cases[i].key != cases[i - 1].key)
            .collect();
        let sub: Vec<_> = picked.iter().map(|&i| cases[i].clone()).collect();
        samples.push((*name, picked, sub));
    }
    let views: Vec<(&str, &[_])> = samples.iter().map(|(n, _, s)| (*n, s.as_slice())).collect();
    let dir = goasm_testkit::scratch_dir("cpu-oracle-sample");
    let outputs = native::run(&go, &dir, &views).unwrap_or_else(|e| panic!("{e}"));
    let (mut ran, mut bad) = (0, Vec::new());
    for ((name, picked, _), outs) in samples.iter().zip(&outputs) {
        let fx = fixture::load_expected(name).unwrap();
        for (&i, got) in picked.iter().zip(outs) {
            let rec = &fx.cases[i];
            ran += 1;
            let diff = differing_words(rec, got);
            if !diff.is_empty() {
                bad.push(format!(
                    "{name} {} {}: words {diff:?}: fixture {:x?}, CPU {:x?}",
                    rec.name, rec.text, rec.outputs, got
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!("native sample: {ran} cases, {} disagreements", bad.len());
    assert!(
        bad.is_empty(),
        "CPU disagrees with fixtures:\n{}",
        bad.join("\n")
    );
}
