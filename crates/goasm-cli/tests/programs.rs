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
//! the list fails too, so the list always says exactly what works.

use goasm_testkit::workspace_root;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

#[derive(Debug, PartialEq)]
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: Option<i32>,
}

/// The parts of a run that must agree.
#[derive(Debug, PartialEq)]
struct Essence {
    stdout: Vec<u8>,
    code: Option<i32>,
    /// Raw bytes: programs print invalid UTF-8 on purpose.
    before_panic: Vec<u8>,
    panic_lines: Vec<String>,
    runtime_stack: Vec<(String, String)>,
    frames: Vec<(String, String)>,
}

/// `main.(*T).M(0x1?, ...)` -> `main.(*T).M`: cut the argument list, the
/// parenthesised group that ends the line.
fn func_name(line: &str) -> String {
    let line = line.trim_end();
    if !line.ends_with(')') {
        return line.to_string();
    }
    let mut depth = 0;
    for (i, c) in line.char_indices().rev() {
        match c {
            ')' | '}' => depth += 1,
            '(' | '{' => {
                depth -= 1;
                if depth == 0 {
                    return line[..i].to_string();
                }
            }
            _ => {}
        }
    }
    line.to_string()
}

/// Byte offset of the first line starting a panic or fatal error (with the
/// `runtime: ` lines the runtime prints just before a fatal error).
fn panic_start(stderr: &[u8]) -> Option<usize> {
    let mut at = 0;
    let mut runtime_lines_from = None;
    for line in stderr.split(|&b| b == b'\n') {
        if line.starts_with(b"panic: ") {
            return Some(at);
        }
        if line.starts_with(b"fatal error: ") {
            return Some(runtime_lines_from.unwrap_or(at));
        }
        if line.starts_with(b"runtime: ") {
            runtime_lines_from.get_or_insert(at);
        } else {
            runtime_lines_from = None;
        }
        at += line.len() + 1;
    }
    None
}

/// `0x3f2670c60320` -> `0x_`: addresses differ between goasm and Go.
fn mask_hex(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        out.push_str("0x_");
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

/// Traceback frames from `lines[i..]` (name line, then `\tfile:line ...`)
/// up to a blank line or the next goroutine: (function, place) pairs, and
/// the `...N frames elided...` line as it is. Returns where it stopped.
fn parse_frames(lines: &[&str], mut i: usize, out: &mut Vec<(String, String)>) -> usize {
    while i < lines.len() {
        let f = lines[i];
        if f.is_empty() || f.starts_with("goroutine ") || f.starts_with("exit status") {
            break;
        }
        if f.starts_with("...") && f.ends_with(" frames elided...") {
            out.push((f.to_string(), String::new()));
            i += 1;
            continue;
        }
        let name = func_name(f);
        let pos = lines.get(i + 1).map_or("", |l| l.trim());
        let pos = pos.split(" +0x").next().unwrap_or(pos);
        let (file, line) = pos.rsplit_once(':').unwrap_or((pos, ""));
        let base = Path::new(file)
            .file_name()
            .map_or(file.to_string(), |b| b.to_string_lossy().into_owned());
        let place = if file.starts_with("runtime/") || file.contains("/runtime/") {
            "runtime".to_string()
        } else {
            format!("{base}:{line}")
        };
        out.push((name, place));
        i += 2;
    }
    i
}

fn essence(o: &Outcome) -> Essence {
    let Some(cut) = panic_start(&o.stderr) else {
        return Essence {
            stdout: o.stdout.clone(),
            code: o.code,
            before_panic: o.stderr.clone(),
            panic_lines: Vec::new(),
            runtime_stack: Vec::new(),
            frames: Vec::new(),
        };
    };
    let before_panic = o.stderr[..cut].to_vec();
    let rest = String::from_utf8_lossy(&o.stderr[cut..]).into_owned();
    let lines: Vec<&str> = rest.lines().collect();
    let start = 0;
    let mut panic_lines = Vec::new();
    let mut runtime_stack = Vec::new();
    let mut i = start;
    while i < lines.len() && !lines[i].starts_with("goroutine ") {
        let l = lines[i];
        if l == "runtime stack:" {
            i = parse_frames(&lines, i + 1, &mut runtime_stack);
            continue;
        }
        if l.starts_with("runtime: ") {
            panic_lines.push(mask_hex(l));
        } else if !l.is_empty() {
            // The signal line's pc is an address in the binary.
            panic_lines.push(l.split(" pc=").next().unwrap_or(l).to_string());
        }
        i += 1;
    }
    let mut frames = Vec::new();
    parse_frames(&lines, i + 1, &mut frames);
    Essence {
        stdout: o.stdout.clone(),
        code: o.code,
        before_panic,
        panic_lines,
        runtime_stack,
        frames,
    }
}

fn run_goasm(listing: &Path, timeout: Duration) -> Outcome {
    let bin = env!("CARGO_BIN_EXE_goasm");
    let child = Command::new(bin)
        .arg("run")
        .arg(listing)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn goasm");
    let pid = child.id();
    // Drain both pipes on another thread (a full pipe would block the
    // child); kill the child if it outlives the timeout.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(timeout) {
        Ok(out) => out.expect("goasm output"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            let out = rx.recv().expect("goasm output").expect("goasm output");
            return Outcome {
                stdout: out.stdout,
                stderr: format!("(killed after {timeout:?})\n").into_bytes(),
                code: None,
            };
        }
    };
    Outcome {
        stdout: out.stdout,
        stderr: out.stderr,
        code: out.status.code(),
    }
}

#[test]
fn programs_behave_like_go_run() {
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
        let read = |ext: &str| std::fs::read(expected_dir.join(format!("{name}.{ext}"))).unwrap();
        let want = Outcome {
            stdout: read("stdout"),
            stderr: read("stderr"),
            code: String::from_utf8_lossy(&read("exitcode"))
                .trim()
                .parse()
                .ok(),
        };
        let got = run_goasm(
            &root.join(format!("testdata/listings/{name}.S")),
            Duration::from_secs(60),
        );
        let (w, g) = (essence(&want), essence(&got));
        if w == g {
            passed.push(name.clone());
            if !listed.contains(name) {
                unlisted.push(name.clone());
            }
        } else {
            let first = String::from_utf8_lossy(&got.stderr)
                .lines()
                .find(|l| !l.is_empty())
                .unwrap_or("")
                .to_string();
            let why = if g.code != w.code {
                format!("exit {:?} (want {:?}): {first}", g.code, w.code)
            } else if g.before_panic != w.before_panic {
                "printed output differs".to_string()
            } else if g.panic_lines != w.panic_lines {
                format!("panic {:?} (want {:?})", g.panic_lines, w.panic_lines)
            } else {
                format!("traceback {:?} (want {:?})", g.frames, w.frames)
            };
            if listed.contains(name) {
                regressions.push(format!("{name}: {why}"));
            } else {
                failing.push(format!("{name}: {why}"));
            }
        }
    }
    println!(
        "programs: {} of {} behave like go run",
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
            ("runtime.goexit".to_string(), "runtime".to_string()),
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
            ("panic".to_string(), "runtime".to_string()),
            ("...9 frames elided...".to_string(), String::new()),
            ("main.main".to_string(), "p.go:20".to_string()),
        ]
    );
}
