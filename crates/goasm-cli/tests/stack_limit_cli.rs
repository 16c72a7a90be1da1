//! `--max-stack`: a goroutine stack that would grow past the limit ends the
//! program with Go's lines (`testdata/expected/stack_overflow_infinite.stderr`
//! has go run's for the default 1 GB limit; programs.rs compares that one)
//! and exit code 2, from compiled code and from hand-written assembly.

use assert_cmd::Command;
use goasm_testkit::workspace_root;
use predicates::str::{contains, starts_with};

#[test]
fn max_stack_flag_sets_the_limit_go_reports() {
    let listing = workspace_root().join("testdata/listings/stack_overflow_infinite.S");
    Command::cargo_bin("goasm")
        .unwrap()
        .args(["run", "--max-stack", "100000"])
        .arg(&listing)
        .assert()
        .code(2)
        .stderr(starts_with(
            "start\nruntime: goroutine stack exceeds 100000-byte limit\nruntime: sp=0x",
        ))
        .stderr(contains(
            "fatal error: stack overflow\n\nruntime stack:\nruntime.throw(",
        ))
        .stderr(contains(
            "main.down(...)\n\t./stack_overflow_infinite.go:8 +0x",
        ));
}

#[test]
fn hand_written_recursion_overflows_like_go() {
    let dir = std::env::temp_dir().join(format!("goasm-stack-limit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("inf.s");
    std::fs::write(
        &f,
        "TEXT ·inf(SB), $16-0\n\tCALL ·inf(SB)\n\tRET\n\nTEXT main·main(SB), $8-0\n\tCALL ·inf(SB)\n\tRET\n",
    )
    .unwrap();
    Command::cargo_bin("goasm")
        .unwrap()
        .args(["run", "--max-stack", "65536"])
        .arg(&f)
        .assert()
        .code(2)
        .stderr(starts_with(
            "runtime: goroutine stack exceeds 65536-byte limit\n",
        ))
        .stderr(contains("fatal error: stack overflow\n"))
        .stderr(contains("main.inf()\n"));
    let _ = std::fs::remove_dir_all(&dir);
}
