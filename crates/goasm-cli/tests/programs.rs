//! Whole programs against `go run` (ORACLES.md, "whole programs"): each
//! `testdata/programs/P.go` was compiled and run natively by
//! `scripts/regen-programs`; goasm runs the committed listing
//! `testdata/listings/P.S` and must give
//!
//! * the same stdout, byte for byte;
//! * the same exit code;
//! * the same stderr up to the panic (println output), byte for byte;
//! * the same first `panic:`/`fatal error:` line (and the `[signal ...]`
//!   line up to its pc, which differs by nature);
//! * the same traceback: function names in order, and file:line for frames
//!   in the program's own files (runtime frames' lines belong to Go's
//!   runtime sources, which goasm does not have);
//! * for a fatal error, also the `runtime: ...` lines before it with their
//!   hex addresses masked, the `runtime stack:` block's frames compared
//!   like the traceback's, and the `...N frames elided...` line of a long
//!   traceback.
//!
//! `testdata/programs/PASSING` lists the programs that must pass; a listed
//! program that fails is a regression, and a passing program missing from
//! the list fails too, so the list always says exactly what works. Every
//! program runs twice: with the block compiler (the default on x86-64
//! hosts) and with `--no-jit` (the interpreter alone, as on other hosts).

use goasm_testkit::gorun::{Outcome, essence, read_expected, run_with_timeout};
use goasm_testkit::workspace_root;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

fn run_goasm(listing: &Path, extra: &[&str], timeout: Duration) -> Outcome {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goasm"));
    cmd.arg("run").args(extra).arg(listing);
    run_with_timeout(cmd, timeout)
}

#[test]
fn programs_behave_like_go_run() {
    check_programs(&[]);
}

#[test]
fn programs_behave_like_go_run_interpreted() {
    check_programs(&["--no-jit"]);
}

fn check_programs(extra: &[&str]) {
    let root = workspace_root();
    let expected_dir = root.join("testdata/expected");
    let passing_file = root.join("testdata/programs/PASSING");
    let listed: BTreeSet<String> = std::fs::read_to_string(&passing_file)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let mut names: Vec<String> = std::fs::read_dir(root.join("testdata/listings"))
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "S").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    assert!(
        names.len() >= 40,
        "need at least 40 programs, found {}",
        names.len()
    );
    let (mut passed, mut regressions, mut unlisted, mut failing) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for name in &names {
        let want = read_expected(&expected_dir, name).expect("expected output");
        let got = run_goasm(
            &root.join(format!("testdata/listings/{name}.S")),
            extra,
            Duration::from_secs(60),
        );
        let (w, g) = (essence(&want), essence(&got));
        if let Some(why) = g.mismatch(&w, &got.stderr) {
            if listed.contains(name) {
                regressions.push(format!("{name}: {why}"));
            } else {
                failing.push(format!("{name}: {why}"));
            }
        } else {
            passed.push(name.clone());
            if !listed.contains(name) {
                unlisted.push(name.clone());
            }
        }
    }
    println!(
        "programs (goasm run {extra:?}): {} of {} behave like go run",
        passed.len(),
        names.len()
    );
    for f in &failing {
        println!("  not yet: {}", f.chars().take(200).collect::<String>());
    }
    assert!(
        regressions.is_empty(),
        "listed in PASSING but failing:\n{}",
        regressions.join("\n")
    );
    assert!(
        unlisted.is_empty(),
        "these now pass; add them to testdata/programs/PASSING:\n{}",
        unlisted.join("\n")
    );
    let stale: Vec<_> = listed.iter().filter(|n| !names.contains(n)).collect();
    assert!(
        stale.is_empty(),
        "PASSING names programs that do not exist: {stale:?}"
    );
}

#[test]
fn fatal_errors_compare_without_addresses() {
    // go1.27.3's output for infinite recursion, cut short.
    let go = "start\nruntime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x3f2670c60320 stack=[0x3f2670c60000, 0x3f2690c60000]\nfatal error: stack overflow\n\nruntime stack:\nruntime.throw({0x47f5f3?, 0x417a01?})\n\truntime/panic.go:1243 +0x48 fp=0x3f2650be7e98 sp=0x3f2650be7e68 pc=0x476148\nruntime.morestack()\n\truntime/asm_amd64.s:650 +0x7b fp=0x3f2650be7fd0 sp=0x3f2650be7fc8 pc=0x47963b\n\ngoroutine 1 gp=0x3f2650b921e0 m=2 mp=0x3f2650bcc808 [running]:\nmain.down(0x33332b?, 0x3f2670c60340?)\n\t./inf.go:6 +0xa7 fp=0x3f2670c60330 sp=0x3f2670c60328 pc=0x47dba7\n...3355339 frames elided...\nmain.main()\n\t./inf.go:15 +0x71 fp=0x3f2690c5feb8 sp=0x3f2690c5fe10 pc=0x47dc31\nruntime.goexit({})\n\truntime/asm_amd64.s:1264 +0x1 fp=0x3f2690c5ffe8 sp=0x3f2690c5ffe0 pc=0x47aea1\n\ngoroutine 2 gp=0x3f2650b92780 m=nil [force gc (idle)]:\n";
    let o = |s: &str| Outcome {
        stdout: Vec::new(),
        stderr: s.as_bytes().to_vec(),
        code: Some(2),
    };
    let e = essence(&o(go));
    assert_eq!(e.before_panic, b"start\n");
    assert_eq!(
        e.panic_lines,
        [
            "runtime: goroutine stack exceeds 1000000000-byte limit",
            "runtime: sp=0x_ stack=[0x_, 0x_]",
            "fatal error: stack overflow"
        ]
    );
    assert_eq!(e.runtime_stack.len(), 2);
    assert_eq!(
        e.frames,
        [
            ("main.down".to_string(), "inf.go:6".to_string()),
            ("...3355339 frames elided...".to_string(), String::new()),
            ("main.main".to_string(), "inf.go:15".to_string()),
            (
                "runtime.goexit".to_string(),
                "runtime/asm_amd64.s:1264".to_string()
            ),
        ]
    );
    // A different count of elided frames is a difference.
    let other = go.replace("3355339", "3355341");
    assert_ne!(essence(&o(&other)), e);
}

#[test]
fn essence_extracts_what_must_agree() {
    let o = Outcome {
        stdout: Vec::new(),
        stderr: b"hi\npanic: boom\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47d5e5]\n\ngoroutine 1 [running]:\nmain.(*T).M(0x1?, {0x2, 0x3})\n\t./p.go:7 +0x36\npanic({0x517378?, 0x485f50?})\n\truntime/panic.go:859 +0x125\n...9 frames elided...\nmain.main()\n\t/x/y/p.go:20 +0x1c\nexit status 2\n".to_vec(),
        code: Some(2),
    };
    let e = essence(&o);
    assert_eq!(e.before_panic, b"hi\n");
    assert_eq!(
        e.panic_lines,
        [
            "panic: boom",
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0"
        ]
    );
    assert_eq!(
        e.frames,
        [
            ("main.(*T).M".to_string(), "p.go:7".to_string()),
            ("panic".to_string(), "runtime/panic.go:859".to_string()),
            ("...9 frames elided...".to_string(), String::new()),
            ("main.main".to_string(), "p.go:20".to_string()),
        ]
    );
}
