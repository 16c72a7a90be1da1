//! `goasm run` and `goasm call` end to end.

use assert_cmd::Command;
use predicates::str::contains;
use std::path::PathBuf;

fn ex(p: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(p)
}

#[test]
fn run_prints_to_stderr_and_exits_zero() {
    Command::cargo_bin("goasm")
        .unwrap()
        .arg("run")
        .args([ex("sum/sum.s"), ex("sum/main.s"), ex("sum/sum.go")])
        .assert()
        .success()
        .stderr("5000050000\n");
}

#[test]
fn guest_fault_reports_place_and_exits_two() {
    let dir = std::env::temp_dir().join(format!("goasm-run-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("div.s");
    std::fs::write(
        &f,
        "TEXT main·main(SB), 4, $0-0\n\tXORQ CX, CX\n\tDIVQ CX\n\tRET\n",
    )
    .unwrap();
    Command::cargo_bin("goasm")
        .unwrap()
        .arg("run")
        .arg(&f)
        .assert()
        .code(2)
        .stderr(contains("divide"))
        .stderr(contains("main.main+1"))
        .stderr(contains("div.s:3:2"));
    std::fs::write(&f, "TEXT main·main(SB), 4, $0-0\nl:\n\tJMP l\n").unwrap();
    Command::cargo_bin("goasm")
        .unwrap()
        .args(["run", "--max-steps", "1000"])
        .arg(&f)
        .assert()
        .code(2)
        .stderr(contains("--max-steps"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn call_prints_results_like_fmt_println() {
    Command::cargo_bin("goasm")
        .unwrap()
        .arg("call")
        .args([ex("swap/swap.s"), ex("swap/swap.go")])
        .arg("Swap(1, 2)")
        .assert()
        .success()
        .stdout("2 1\n");
    Command::cargo_bin("goasm")
        .unwrap()
        .args(["call", "--frame"])
        .args([ex("foo/foo.s"), ex("foo/foo.go")])
        .arg("Foo(true, 3)")
        .assert()
        .success()
        .stdout(contains("at entry:"))
        .stdout(contains("at return:"))
        .stdout(contains("[1 2 3]\n"));
}
