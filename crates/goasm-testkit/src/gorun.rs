//! Comparing a goasm run with a `go run` of the same program (ORACLES.md,
//! "whole programs"): what must agree is
//!
//! * stdout, byte for byte, and the exit code;
//! * stderr up to the panic (println output), byte for byte;
//! * the first `panic:`/`fatal error:` lines (the `[signal ...]` line up to
//!   its pc, which is an address in the binary; addresses in `runtime:`
//!   lines masked) and the `runtime stack:` frames of a fatal error;
//! * the traceback: function names in order, and file:line for frames in
//!   the program's own files and for the runtime's frames (goasm prints
//!   the toolchain's runtime lines from a generated table); paths are
//!   compared by base name (`runtime/` kept for the runtime's) since a
//!   build and goasm print them from different directories.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// What a process did.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub code: Option<i32>,
}

/// The parts of a run that must agree.
#[derive(Debug, PartialEq)]
pub struct Essence {
    pub stdout: Vec<u8>,
    pub code: Option<i32>,
    /// Raw bytes: programs print invalid UTF-8 on purpose.
    pub before_panic: Vec<u8>,
    pub panic_lines: Vec<String>,
    pub runtime_stack: Vec<(String, String)>,
    pub frames: Vec<(String, String)>,
}

impl Essence {
    /// Why `self` (goasm's run) differs from `want`, in one line.
    pub fn mismatch(&self, want: &Essence, got_stderr: &[u8]) -> Option<String> {
        if self == want {
            return None;
        }
        let first = String::from_utf8_lossy(got_stderr)
            .lines()
            .find(|l| !l.is_empty())
            .unwrap_or("")
            .to_string();
        Some(if self.code != want.code {
            format!("exit {:?} (want {:?}): {first}", self.code, want.code)
        } else if self.stdout != want.stdout {
            "stdout differs".to_string()
        } else if self.before_panic != want.before_panic {
            "printed output differs".to_string()
        } else if self.panic_lines != want.panic_lines {
            format!("panic {:?} (want {:?})", self.panic_lines, want.panic_lines)
        } else if self.runtime_stack != want.runtime_stack {
            format!(
                "runtime stack {:?} (want {:?})",
                self.runtime_stack, want.runtime_stack
            )
        } else {
            format!("traceback {:?} (want {:?})", self.frames, want.frames)
        })
    }
}

/// `main.(*T).M(0x1?, ...)` -> `main.(*T).M`: cut the argument list, the
/// parenthesised group that ends the line.
pub fn func_name(line: &str) -> String {
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
        // Runtime frames keep their directory (`runtime/stack.go:1207`):
        // goasm prints the toolchain's lines for them.
        let place = if file.starts_with("runtime/") || file.contains("/runtime/") {
            format!("runtime/{base}:{line}")
        } else {
            format!("{base}:{line}")
        };
        out.push((name, place));
        i += 2;
    }
    i
}

pub fn essence(o: &Outcome) -> Essence {
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

/// Runs `cmd` with piped output, killing it after `timeout` (then the
/// outcome has no exit code and says so on stderr).
pub fn run_with_timeout(mut cmd: Command, timeout: Duration) -> Outcome {
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id();
    // Drain both pipes on another thread (a full pipe would block the
    // child); kill the child if it outlives the timeout.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(timeout) {
        Ok(out) => out.expect("process output"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            let out = rx.recv().expect("process output").expect("process output");
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

/// The committed expectation `dir/NAME.{stdout,stderr,exitcode}`.
pub fn read_expected(dir: &Path, name: &str) -> std::io::Result<Outcome> {
    let read = |ext: &str| std::fs::read(dir.join(format!("{name}.{ext}")));
    Ok(Outcome {
        stdout: read("stdout")?,
        stderr: read("stderr")?,
        code: String::from_utf8_lossy(&read("exitcode")?)
            .trim()
            .parse()
            .ok(),
    })
}
