//! Go programs with hand-written assembly (`testdata/mixed/NAME/`: Go files
//! plus `.s` files in one `package main`), against the natively built
//! program. Go calls the assembly through the ABIInternal→ABI0 wrappers the
//! compiler emits when `-symabis` says which functions the assembly
//! defines, and the assembly calls Go through ABI0→ABIInternal wrappers;
//! the assembly includes the compiler's `go_asm.h`.
//!
//! * Offline: goasm runs the committed listing (`expected/main.S`) linked
//!   with the package's `.s` files (with `expected/go_asm.h` on the include
//!   path) and must agree with the committed native run
//!   (`expected/run.*`, made by `scripts/regen-mixed`), in the sense of
//!   `goasm_testkit::gorun`.
//! * Live: `goasm run NAME/` compiles the package itself with the toolchain
//!   and must agree with a fresh native build.

use goasm_testkit::gorun::{Outcome, essence, read_expected, run_with_timeout};
use goasm_testkit::{go_command, go_or_skip, scratch_dir, workspace_root};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(60);

fn programs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(workspace_root().join("testdata/mixed"))
        .expect("testdata/mixed")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 6, "expected the mixed corpus, found {dirs:?}");
    dirs
}

fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

fn name(dir: &Path) -> String {
    dir.file_name().unwrap().to_string_lossy().into_owned()
}

/// Compares and collects a one-line reason per mismatch.
fn check(dir: &Path, want: &Outcome, got: &Outcome, failures: &mut Vec<String>) {
    if let Some(why) = essence(got).mismatch(&essence(want), &got.stderr) {
        failures.push(format!(
            "{}: {why}\n--- goasm stderr:\n{}",
            name(dir),
            String::from_utf8_lossy(&got.stderr)
        ));
    }
}

#[test]
fn committed_listings_with_assembly_behave_like_the_native_build() {
    let mut failures = Vec::new();
    for dir in programs() {
        let expected = dir.join("expected");
        let want = read_expected(&expected, "run").expect("expected/run.* (scripts/regen-mixed)");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_goasm"));
        cmd.arg("run")
            .arg("-I")
            .arg(&expected)
            .arg(expected.join("main.S"))
            .args(files_with(&dir, "s"))
            .env_remove("GOASM_GO");
        let got = run_with_timeout(cmd, TIMEOUT);
        check(&dir, &want, &got, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn go_packages_with_assembly_run_like_go_build() {
    let Some(go) = go_or_skip("go_packages_with_assembly_run_like_go_build") else {
        return;
    };
    let scratch = scratch_dir("mixed-live");
    let mut failures = Vec::new();
    for dir in programs() {
        let n = name(&dir);
        // A module holding a copy of the package, built natively.
        let module = scratch.join(&n);
        std::fs::create_dir_all(&module).unwrap();
        for f in files_with(&dir, "go")
            .into_iter()
            .chain(files_with(&dir, "s"))
        {
            std::fs::copy(&f, module.join(f.file_name().unwrap())).unwrap();
        }
        std::fs::write(
            module.join("go.mod"),
            format!("module goasm.test/{n}\n\ngo 1.27\n"),
        )
        .unwrap();
        let exe = scratch.join(format!("{n}.exe"));
        let out = go_command(&go)
            .current_dir(&module)
            .args(["build", "-trimpath", "-o"])
            .arg(&exe)
            .arg(".")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{n}: go build: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut native = Command::new(&exe);
        native.env("GOMAXPROCS", "1");
        let want = run_with_timeout(native, TIMEOUT);
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_goasm"));
        cmd.arg("run").arg(&dir).env("GOASM_GO", &go);
        let got = run_with_timeout(cmd, TIMEOUT);
        check(&dir, &want, &got, &mut failures);
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `testdata/abi-mismatch`: a listing compiled without `-symabis` calls
/// assembly functions as ABIInternal and has no wrappers. Go's linker
/// rejects the program (`link.err` is its output); goasm must too, with
/// every one of the linker's messages. (Go's linker reports fewer: it drops
/// unreachable functions first, so goasm's extra message about callTwice's
/// own call is not in Go's list.)
#[test]
fn abi_mismatch_is_rejected_like_gos_linker() {
    let dir = workspace_root().join("testdata/abi-mismatch");
    let out = Command::new(env!("CARGO_BIN_EXE_goasm"))
        .arg("run")
        .arg(dir.join("main.S"))
        .arg(dir.join("asm.s"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let want = std::fs::read_to_string(dir.join("link.err")).unwrap();
    assert!(want.lines().count() >= 2, "link.err: {want}");
    for line in want.lines() {
        assert!(
            stderr.contains(line),
            "goasm does not say {line:?}:\n{stderr}"
        );
    }
    assert!(
        stderr.contains("main.go:13:1: main.main: relocation target main.seven"),
        "messages carry the referring instruction's position:\n{stderr}"
    );
}

/// The committed `link.err` is what Go's linker says today: compile
/// without symabis, assemble, pack, link against the runtime.
#[test]
fn abi_mismatch_fixture_is_gos_linker_output() {
    let Some(go) = go_or_skip("abi_mismatch_fixture_is_gos_linker_output") else {
        return;
    };
    let dir = workspace_root().join("testdata/abi-mismatch");
    let work = scratch_dir("abi-mismatch");
    let goroot = goasm_testkit::goroot(&go);
    let run = |args: &[&std::ffi::OsStr]| {
        go_command(&go)
            .current_dir(&dir)
            .args(args)
            .output()
            .unwrap()
    };
    let os = |s: &str| std::ffi::OsString::from(s);
    let (main_o, asm_o, pkg, cfg) = (
        work.join("main.o"),
        work.join("asm.o"),
        work.join("main.a"),
        work.join("importcfg"),
    );
    for args in [
        vec![
            os("tool"),
            os("compile"),
            os("-p"),
            os("main"),
            os("-o"),
            main_o.clone().into(),
            os("main.go"),
        ],
        vec![
            os("tool"),
            os("asm"),
            os("-p"),
            os("main"),
            os("-I"),
            goroot.join("pkg/include").into(),
            os("-o"),
            asm_o.clone().into(),
            os("asm.s"),
        ],
        vec![
            os("tool"),
            os("pack"),
            os("c"),
            pkg.clone().into(),
            main_o.into(),
            asm_o.into(),
        ],
    ] {
        let refs: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        let out = run(&refs);
        assert!(
            out.status.success(),
            "go {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let deps = run(&[
        "list".as_ref(),
        "-export".as_ref(),
        "-f".as_ref(),
        "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}".as_ref(),
        "-deps".as_ref(),
        "runtime".as_ref(),
    ]);
    std::fs::write(&cfg, &deps.stdout).unwrap();
    let link = run(&[
        "tool".as_ref(),
        "link".as_ref(),
        "-importcfg".as_ref(),
        cfg.as_os_str(),
        "-o".as_ref(),
        work.join("x").as_os_str(),
        pkg.as_os_str(),
    ]);
    let _ = std::fs::remove_dir_all(&work);
    assert!(!link.status.success());
    let want = std::fs::read_to_string(dir.join("link.err")).unwrap();
    assert_eq!(String::from_utf8_lossy(&link.stderr), want);
}
