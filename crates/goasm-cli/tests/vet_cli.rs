//! `goasm vet` prints exactly what `go vet` printed for the committed mutant
//! package (crates/goasm-check/testdata/mutants/go_vet.txt is go vet's own
//! output), in the same order, and exits 1 like go vet; `goasm proto` prints
//! one prototype per TEXT symbol.

use assert_cmd::Command;
use goasm_testkit::workspace_root;

fn mutants() -> std::path::PathBuf {
    workspace_root().join("crates/goasm-check/testdata/mutants")
}

#[test]
fn vet_output_and_status_match_go_vet() {
    let dir = mutants();
    let want = std::fs::read_to_string(dir.join("go_vet.txt")).unwrap();
    let out = Command::cargo_bin("goasm")
        .unwrap()
        .current_dir(&dir)
        .args([
            "vet",
            "--vet-only",
            "--pkg",
            "example.com/mutants",
            "mutants_amd64.s",
            "mutants.go",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let got = String::from_utf8_lossy(&out.stderr);
    let mut w: Vec<&str> = want.lines().filter(|l| !l.is_empty()).collect();
    let mut g: Vec<&str> = got.lines().collect();
    assert_eq!(g, w, "same lines in the same order");
    w.sort();
    g.sort();
    assert_eq!(g, w);
}

#[test]
fn vet_clean_package_exits_zero() {
    let dir = std::env::temp_dir().join(format!("goasm-vet-clean-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("p.go"), "package p\n\nfunc Add(a, b int) int\n").unwrap();
    std::fs::write(
        dir.join("add_amd64.s"),
        "#include \"textflag.h\"\n\nTEXT ·Add(SB), NOSPLIT, $0-24\n\tMOVQ a+0(FP), AX\n\tADDQ b+8(FP), AX\n\tMOVQ AX, ret+16(FP)\n\tRET\n",
    )
    .unwrap();
    Command::cargo_bin("goasm")
        .unwrap()
        .current_dir(&dir)
        .args(["vet", "add_amd64.s", "p.go"])
        .assert()
        .success()
        .stderr("");
    Command::cargo_bin("goasm")
        .unwrap()
        .current_dir(&dir)
        .args(["proto", "add_amd64.s"])
        .assert()
        .success()
        .stdout(predicates::str::starts_with(
            "add_amd64.s:3: func Add(a, b uint64) uint64\n",
        ));
    let _ = std::fs::remove_dir_all(&dir);
}
