//! `goasm vet` against `go vet` on generated mutants.
//!
//! tests/common/mutants.rs builds correct ABI0 functions for 22 signatures
//! and one mutation of one of them per function (shifted offsets, wrong
//! widths, renamed arguments, wrong argsize, dropped result writes, unnamed
//! and SP-relative references, missing declarations, plus the mistakes only
//! goasm looks for). The package and go vet's output for it are committed
//! under testdata/mutants/ so this runs without Go; regenerate with
//! `GOASM_REGEN=1 cargo test -p goasm-check --test vet_mutants`. When Go is
//! present the live test also re-runs go vet on a fresh copy.

mod common;

use common::mutants::{generate, package_sources};
use goasm_check::{Check, Package, vet};
use goasm_testkit::{go_command, go_or_skip, scratch_dir, workspace_root};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn fixture_dir() -> PathBuf {
    workspace_root().join("crates/goasm-check/testdata/mutants")
}

/// go vet's asmdecl findings for the package in `dir`, as
/// `file:line:col: message` with the file name relative to `dir`. (Text
/// output, not -json: with -json go vet exits 0 and caches the run, and a
/// cached run replays no diagnostics.)
fn run_go_vet(go: &Path, dir: &Path) -> Vec<String> {
    let out = go_command(go)
        .current_dir(dir)
        .args(["vet", "-asmdecl", "."])
        .output()
        .expect("go vet");
    let text = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<String> = text
        .lines()
        .filter(|l| l.contains(".s:"))
        .map(|l| l.trim_start_matches("./").to_string())
        .collect();
    assert!(
        out.status.success() == lines.is_empty(),
        "unexpected go vet result:\n{text}"
    );
    lines
}

fn write_package(dir: &Path) -> (String, String) {
    let (go, asm) = package_sources(&generate());
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(
        dir.join("go.mod"),
        "module example.com/mutants\n\ngo 1.22\n",
    )
    .unwrap();
    std::fs::write(dir.join("mutants.go"), &go).unwrap();
    std::fs::write(dir.join("mutants_amd64.s"), &asm).unwrap();
    (go, asm)
}

/// Function name of a finding line (`... [amd64] M012: message`).
fn func_of(line: &str) -> String {
    line.split("] ")
        .nth(1)
        .and_then(|r| r.split(':').next())
        .unwrap_or("")
        .to_string()
}

struct Tally {
    mutants: usize,
    vet_flags: usize,
    goasm_flags: usize,
    mismatches: Vec<String>,
    goasm_only: Vec<String>,
    /// Mutants of a goasm-only kind that goasm's own checks did not flag.
    missed_own: Vec<String>,
}

/// Mutations only goasm's own checks can see (each must be flagged).
const GOASM_ONLY_KINDS: &[&str] = &[
    "store over the return address",
    "store below the named frame",
    "BP clobbered across a CALL",
    "CALL from a $0 frame",
    "NOSPLIT frame over the limit",
];

fn compare(vet_lines: &[String]) -> Tally {
    let funcs = generate();
    let (go, asm) = package_sources(&funcs);
    let pkg = Package {
        path: "example.com/mutants".into(),
        asm: vec![("mutants_amd64.s".into(), asm)],
        go: vec![("mutants.go".into(), go)],
        ..Package::default()
    };
    let rep = vet(&pkg);
    let mut theirs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for l in vet_lines {
        theirs.entry(func_of(l)).or_default().insert(l.clone());
    }
    let mut ours: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut own: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in &rep.findings {
        match f.check {
            Check::Vet => {
                ours.entry(f.func.clone()).or_default().insert(format!(
                    "{}:{}:{}: [{}] {}: {}",
                    f.file, f.line, f.col, f.arch, f.func, f.message
                ));
            }
            Check::Goasm => own
                .entry(f.func.clone())
                .or_default()
                .push(f.message.clone()),
        }
    }
    let mut t = Tally {
        mutants: 0,
        vet_flags: 0,
        goasm_flags: 0,
        mismatches: Vec::new(),
        goasm_only: Vec::new(),
        missed_own: Vec::new(),
    };
    let empty = BTreeSet::new();
    for f in &funcs {
        let v = theirs.get(&f.name).unwrap_or(&empty);
        let o = ours.get(&f.name).unwrap_or(&empty);
        let extra = own.get(&f.name);
        if f.what.starts_with("base") {
            if !v.is_empty() || !o.is_empty() || extra.is_some() {
                t.mismatches.push(format!(
                    "{} (base) should be clean: vet {v:?}, goasm {o:?} {extra:?}",
                    f.name
                ));
            }
            continue;
        }
        t.mutants += 1;
        if !v.is_empty() {
            t.vet_flags += 1;
        }
        if !o.is_empty() || extra.is_some() {
            t.goasm_flags += 1;
        }
        if v != o {
            t.mismatches.push(format!(
                "{} ({}): go vet {v:?} vs goasm {o:?}",
                f.name, f.what
            ));
        }
        if GOASM_ONLY_KINDS.iter().any(|k| f.what.starts_with(k)) && extra.is_none() {
            t.missed_own.push(format!("{} ({})", f.name, f.what));
        }
        if v.is_empty()
            && let Some(e) = extra
        {
            t.goasm_only
                .push(format!("{} ({}): {}", f.name, f.what, e.join("; ")));
        }
    }
    t
}

fn check_tally(t: &Tally, source: &str) {
    println!(
        "mutants ({source}): {} mutants; go vet flags {}; goasm flags {}; message mismatches {}; go vet misses, goasm catches {}",
        t.mutants,
        t.vet_flags,
        t.goasm_flags,
        t.mismatches.len(),
        t.goasm_only.len()
    );
    for m in &t.goasm_only {
        println!("  goasm only: {m}");
    }
    assert!(t.mutants >= 300, "only {} mutants", t.mutants);
    assert!(
        t.mismatches.is_empty(),
        "mismatches:\n{}",
        t.mismatches.join("\n")
    );
    assert!(
        t.missed_own.is_empty(),
        "goasm's own checks missed:\n{}",
        t.missed_own.join("\n")
    );
    assert!(
        t.goasm_only.len() >= 110,
        "only {} mutants caught by goasm alone",
        t.goasm_only.len()
    );
}

#[test]
fn vet_matches_committed_go_vet_output_on_mutants() {
    let dir = fixture_dir();
    if std::env::var("GOASM_REGEN").is_ok_and(|v| v == "1") {
        let go = go_or_skip("regenerating mutants").expect("GOASM_REGEN=1 needs Go");
        write_package(&dir);
        let lines = run_go_vet(&go, &dir);
        std::fs::write(dir.join("go_vet.txt"), lines.join("\n") + "\n").unwrap();
    }
    let (go_src, asm_src) = package_sources(&generate());
    let committed_go =
        std::fs::read_to_string(dir.join("mutants.go")).expect("testdata/mutants/mutants.go");
    let committed_asm = std::fs::read_to_string(dir.join("mutants_amd64.s")).unwrap();
    assert!(
        committed_go == go_src && committed_asm == asm_src,
        "testdata/mutants is stale: regenerate with GOASM_REGEN=1"
    );
    let vet_out = std::fs::read_to_string(dir.join("go_vet.txt")).unwrap();
    let lines: Vec<String> = vet_out
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    check_tally(&compare(&lines), "committed go vet output");
}

#[test]
fn vet_matches_live_go_vet_on_mutants() {
    let Some(go) = go_or_skip("vet_matches_live_go_vet_on_mutants") else {
        return;
    };
    let dir = scratch_dir("vet-mutants");
    write_package(&dir);
    let lines = run_go_vet(&go, &dir);
    check_tally(&compare(&lines), "live go vet");
    let _ = std::fs::remove_dir_all(&dir);
}
