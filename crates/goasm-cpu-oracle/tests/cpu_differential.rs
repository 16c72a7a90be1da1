//! The differential test: every committed CPU case runs in goasm-vm and
//! must produce the recorded words and compared flags.
//!
//! Known VM mismatches are listed, one per line with a reason, in
//! `testdata/cpu/known_mismatches.txt` (`KEY reason`, where KEY is a form
//! key such as `RCLB/cr`, a bare mnemonic such as `RCLB`, or the exact
//! instruction text in double quotes). They are printed on every run and do
//! not fail the test; anything else does. Entries that no longer mismatch
//! are reported as stale.
//!
//! Every family runs twice: with the block compiler (compiled code runs
//! each case's instruction under test as a host instruction, where it
//! compiles) and with the interpreter alone; both must agree with the CPU.
//!
//! A family file is loaded whole. If goasm rejects it, the load errors are
//! printed and the file is loaded again one form (200 functions) at a time,
//! so one unsupported form cannot hide the results of all the others; the
//! cases of a form that does not load count as mismatches.

use std::collections::{BTreeMap, BTreeSet};

use goasm_cpu_oracle::fixture::{self, Fixture, Recorded, differing_words, fixture_dir};

/// How many mismatches are printed in detail per family.
const DETAIL: usize = 20;

fn known_mismatches() -> Vec<(String, String)> {
    let path = fixture_dir().join("known_mismatches.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (k, r) = match l.strip_prefix('"').and_then(|q| q.split_once('"')) {
                Some((text, rest)) => (format!("\"{text}\""), rest),
                None => {
                    let (k, r) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
                    (k.to_string(), r)
                }
            };
            assert!(
                !r.trim().is_empty(),
                "known_mismatches.txt: {k} needs a reason"
            );
            (k, r.trim().to_string())
        })
        .collect()
}

fn entry_matches(entry: &str, rec: &Recorded) -> bool {
    entry == rec.key || entry == rec.mnemonic() || entry == format!("\"{}\"", rec.text)
}

fn is_known<'a>(known: &'a [(String, String)], rec: &Recorded) -> Option<&'a str> {
    known
        .iter()
        .find(|(k, _)| entry_matches(k, rec))
        .map(|(k, _)| k.as_str())
}

/// The family's machine(s): one for the whole file, or, when goasm
/// rejects it, one per form (`Err` for the forms that do not load).
enum Loaded {
    Whole(Box<goasm_vm::Machine>),
    PerForm(BTreeMap<String, Result<goasm_vm::Machine, String>>),
}

/// Splits a family `.s` into its header and one text per case function.
fn split_functions(src: &str) -> (String, Vec<String>) {
    let mut parts = src.split("\nTEXT ");
    let header = parts.next().unwrap_or_default().to_string() + "\n";
    (header, parts.map(|p| format!("TEXT {p}\n")).collect())
}

/// Loads a machine for `text`, interpreter-only unless `compiled`.
fn machine(
    file: &str,
    text: &str,
    compiled: bool,
) -> Result<goasm_vm::Machine, goasm_vm::LoadError> {
    let mut m = goasm_vm::load_sources(&[(file, text)], "main")?;
    if !compiled {
        m.disable_jit();
    }
    Ok(m)
}

fn load(name: &str, fx: &Fixture, src: &str, compiled: bool) -> Loaded {
    let file = format!("{name}.s");
    let err = match machine(&file, src, compiled) {
        Ok(m) => return Loaded::Whole(Box::new(m)),
        Err(e) => e,
    };
    let first: Vec<String> = err.messages.iter().take(5).cloned().collect();
    println!(
        "{file} does not load as a whole ({} errors, first: {first:?}); loading form by form",
        err.messages.len()
    );
    let (header, funcs) = split_functions(src);
    assert_eq!(funcs.len(), fx.cases.len(), "{file}: one function per case");
    let mut by_form: BTreeMap<String, String> = BTreeMap::new();
    for (rec, f) in fx.cases.iter().zip(&funcs) {
        by_form
            .entry(rec.key.clone())
            .or_insert_with(|| header.clone())
            .push_str(f);
    }
    Loaded::PerForm(
        by_form
            .into_iter()
            .map(|(key, text)| {
                let m = machine(&file, &text, compiled).map_err(|e| {
                    format!(
                        "does not load: {}",
                        e.messages.first().cloned().unwrap_or_default()
                    )
                });
                (key, m)
            })
            .collect(),
    )
}

/// Runs one case; the output words, or why there are none.
fn run_case(m: &mut goasm_vm::Machine, fx: &Fixture, rec: &Recorded) -> Result<Vec<u64>, String> {
    let mut frame = vec![0u8; fx.frame_bytes()];
    for (i, w) in rec.inputs.iter().enumerate() {
        frame[8 * i..8 * i + 8].copy_from_slice(&w.to_le_bytes());
    }
    match m.call_abi0(&format!("·{}", rec.name), &mut frame) {
        Ok(goasm_vm::CallOutcome::Returned) => Ok((0..rec.outputs.len())
            .map(|j| {
                let at = 8 * (fx.k + j);
                u64::from_le_bytes(frame[at..at + 8].try_into().expect("8 bytes"))
            })
            .collect()),
        Ok(other) => Err(format!("did not return: {other:?}")),
        Err(e) => Err(format!("run error: {e}")),
    }
}

fn detail(rec: &Recorded, got: &Result<Vec<u64>, String>) -> String {
    let words = |v: &[u64]| {
        rec.labels
            .iter()
            .zip(v)
            .map(|(l, w)| format!("{l}={w:#x}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let got = match got {
        Ok(g) => {
            let diff = differing_words(rec, g);
            format!(
                "got      {}\n    differ   {:?}",
                words(g),
                diff.iter().map(|&j| &rec.labels[j]).collect::<Vec<_>>()
            )
        }
        Err(e) => e.clone(),
    };
    format!(
        "{} [{}] {}\n    inputs   {:x?}\n    expected {} (flags compared: {:#x})\n    {got}",
        rec.name,
        rec.key,
        rec.text,
        rec.inputs,
        words(&rec.outputs),
        rec.defined
    )
}

fn run_family(name: &str) {
    check_family(name, true);
    check_family(name, false);
}

fn compiled_steps(loaded: &Loaded) -> u64 {
    match loaded {
        Loaded::Whole(m) => m.compiled_steps(),
        Loaded::PerForm(forms) => forms.values().flatten().map(|m| m.compiled_steps()).sum(),
    }
}

fn check_family(name: &str, compiled: bool) {
    let engine = if compiled { "compiled" } else { "interpreted" };
    let fx = fixture::load_expected(name).unwrap_or_else(|e| panic!("{e}"));
    let src = std::fs::read_to_string(fixture_dir().join(format!("{name}.s"))).expect("fixture .s");
    let mut loaded = load(name, &fx, &src, compiled);
    let known = known_mismatches();
    let mut forms = BTreeSet::new();
    let mut by_mnemonic: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    let (mut unknown, mut known_hits) = (Vec::new(), BTreeMap::<&str, usize>::new());
    for rec in &fx.cases {
        forms.insert(rec.key.as_str());
        let got = match &mut loaded {
            Loaded::Whole(m) => run_case(m, &fx, rec),
            Loaded::PerForm(forms) => match forms.get_mut(&rec.key) {
                Some(Ok(m)) => run_case(m, &fx, rec),
                Some(Err(e)) => Err(e.clone()),
                None => Err("form missing from the split file".into()),
            },
        };
        let bad = match &got {
            Ok(g) => !differing_words(rec, g).is_empty(),
            Err(_) => true,
        };
        if !bad {
            continue;
        }
        let hit = is_known(&known, rec);
        let e = by_mnemonic.entry(rec.mnemonic().to_string()).or_default();
        e.0 += 1;
        e.1 = hit.is_some();
        match hit {
            Some(k) => *known_hits.entry(k).or_default() += 1,
            None => unknown.push(detail(rec, &got)),
        }
    }
    let ran_compiled = compiled_steps(&loaded);
    println!(
        "cpu differential {name} ({engine}, {ran_compiled} steps compiled): {} forms, {} cases, {} mismatches ({} known, {} new)",
        forms.len(),
        fx.cases.len(),
        by_mnemonic.values().map(|v| v.0).sum::<usize>(),
        known_hits.values().sum::<usize>(),
        unknown.len()
    );
    for (mn, (n, k)) in &by_mnemonic {
        println!("  {mn}: {n} mismatches{}", if *k { " (known)" } else { "" });
    }
    let mut stale = Vec::new();
    for (k, reason) in &known {
        if let Some(n) = known_hits.get(k.as_str()) {
            println!("  known: {k}: {n} cases: {reason}");
        } else if fx.cases.iter().any(|r| entry_matches(k, r)) {
            println!("  stale known_mismatches entry (now passes): {k}");
            stale.push(k.clone());
        }
    }
    // A fixed mismatch must leave the list, so the list stays the truth.
    assert!(
        stale.is_empty(),
        "{name}: remove fixed entries from known_mismatches.txt: {stale:?}"
    );
    for d in unknown.iter().take(DETAIL) {
        println!("  MISMATCH {d}");
    }
    assert!(
        unknown.is_empty(),
        "{name} ({engine}): {} cases disagree with the CPU (see above)",
        unknown.len()
    );
    // Where the block compiler exists it must have run these cases (the
    // string family's instructions all stay with the interpreter).
    if cfg!(all(target_arch = "x86_64", unix)) && compiled && name != "string" {
        assert!(ran_compiled > 0, "{name}: no step ran as compiled code");
    }
    if !compiled {
        assert_eq!(
            ran_compiled, 0,
            "{name}: the interpreter-only machine ran compiled code"
        );
    }
}

macro_rules! families {
    ($($f:ident)*) => {
        $(#[test]
        fn $f() {
            run_family(stringify!($f));
        })*

        #[test]
        fn every_family_is_tested() {
            let tested = [$(stringify!($f)),*];
            assert_eq!(&tested[..], goasm_cpu_oracle::generator::FAMILIES);
        }
    };
}

families!(alu moves muldiv shift bits cond exchange sse string);
