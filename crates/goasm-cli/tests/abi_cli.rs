//! `goasm abi` end to end: text, JSON contract, --decls lookup, errors with places.

use assert_cmd::Command;
use predicates::prelude::*;

fn goasm() -> Command {
    Command::cargo_bin("goasm").unwrap()
}

#[test]
fn abi_text_shows_both_conventions_and_the_diagram() {
    goasm()
        .args(["abi", "func Foo(a bool, b int16) (c []byte)"])
        .assert()
        .success()
        .stdout(predicate::str::contains("b+2(FP)"))
        .stdout(predicate::str::contains("argsize 32"))
        .stdout(predicate::str::contains("c_base=AX c_len=BX c_cap=CX"))
        .stdout(predicate::str::contains("|  a bool"))
        .stdout(predicate::str::contains("+0(FP)   <- FP"));
}

#[test]
fn abi_json_follows_the_contract() {
    let out = goasm()
        .args(["abi", "--json", "func Swap(a, b int) (int, int)"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for want in [
        "\"argsize\": 32",
        "\"name\": \"ret1\"",
        "\"offset\": 24",
        "\"regs\": [\n          \"BX\"\n        ]",
        "\"spill\": [",
        "\"sysv\": {",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
}

#[test]
fn abi_finds_declarations_in_decls_files() {
    let dir = std::env::temp_dir().join(format!("goasm-abi-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("types.go");
    std::fs::write(
        &file,
        "package p\n\ntype S struct {\n\tx int8\n\ty float64\n}\n\nfunc Add(a, b int) int\n",
    )
    .unwrap();
    goasm()
        .args([
            "abi",
            "--decls",
            file.to_str().unwrap(),
            "func (s *S) M(x [2]int) S",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("ret_y+32(FP)"))
        .stdout(predicate::str::contains("stack +0"));
    goasm()
        .args(["abi", "--decls", file.to_str().unwrap(), "Add"])
        .assert()
        .success()
        .stdout(predicate::str::contains("argsize 24"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn abi_reports_bad_signatures_with_a_place() {
    goasm()
        .args(["abi", "func F(a int, b Nope)"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("<arg>:1:17: undefined: Nope"));
}
