//! Test support: locating the real Go toolchain (the oracle goasm is judged
//! against) and running it hermetically.
//!
//! Go is found through `GOASM_GO`, then `<workspace>/.tools/go/bin/go`, then
//! `go` on `PATH`. Live-oracle tests call [`go_or_skip`]: without Go they
//! print a `SKIPPED:` line and return `None`, unless `GOASM_REQUIRE_ORACLE=1`
//! (set by CI after installing Go), in which case a missing Go is a failure.
#![forbid(unsafe_code)]

pub mod gorun;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root (the directory holding the top-level Cargo.toml).
pub fn workspace_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| here.to_path_buf())
}

/// The Go binary, if one can be found.
pub fn find_go() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("GOASM_GO").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let local = workspace_root().join(".tools/go/bin/go");
    if local.exists() {
        return Some(local);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("go"))
        .find(|p| p.is_file())
}

/// Whether CI demands the oracle (`GOASM_REQUIRE_ORACLE=1`).
pub fn oracle_required() -> bool {
    std::env::var("GOASM_REQUIRE_ORACLE").is_ok_and(|v| v == "1")
}

/// Go for a live-oracle test, or `None` after printing why it is skipped.
/// Panics when the oracle is required but missing.
pub fn go_or_skip(test: &str) -> Option<PathBuf> {
    match find_go() {
        Some(go) => Some(go),
        None if oracle_required() => {
            panic!(
                "{test}: GOASM_REQUIRE_ORACLE=1 but no Go toolchain found (GOASM_GO, .tools/go/bin/go, PATH)"
            )
        }
        None => {
            println!("SKIPPED: {test}: no Go toolchain (set GOASM_GO or run scripts/install-go)");
            None
        }
    }
}

/// A `go` command that never touches the network or a user's settings:
/// local toolchain only, no proxy, a cache inside the workspace's target dir.
pub fn go_command(go: &Path) -> Command {
    let mut cmd = Command::new(go);
    let cache = workspace_root().join("target/go-cache");
    cmd.env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .env("GOFLAGS", "")
        .env("GO111MODULE", "auto")
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .env("GOAMD64", "v1")
        .env("CGO_ENABLED", "0")
        .env("GOCACHE", cache);
    cmd
}

/// Runs a go command and returns its stdout, panicking with stderr on failure.
pub fn go_output(go: &Path, args: &[&str], dir: Option<&Path>) -> String {
    let mut cmd = go_command(go);
    cmd.args(args);
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("running go {args:?}: {e}"));
    if !out.status.success() {
        panic!(
            "go {args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `go env GOROOT`.
pub fn goroot(go: &Path) -> PathBuf {
    PathBuf::from(go_output(go, &["env", "GOROOT"], None).trim())
}

/// A fresh scratch directory under the target dir (removed by the caller or left for inspection).
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = workspace_root()
        .join("target/scratch")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Generates the `go_asm.h` headers of std packages (import paths) by
/// building them with `go build -a -work -x` from `$GOROOT/src`, and returns
/// import path -> directory holding that package's header, plus the work
/// directory to remove when done.
pub fn asm_headers(
    go: &Path,
    goroot: &Path,
    imports: &[&str],
) -> (std::collections::HashMap<String, PathBuf>, Option<PathBuf>) {
    let mut headers = std::collections::HashMap::new();
    if imports.is_empty() {
        return (headers, None);
    }
    let mut cmd = go_command(go);
    cmd.current_dir(goroot.join("src"))
        .args(["build", "-a", "-work", "-x"])
        .args(imports);
    let out = cmd.output().expect("run go build");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "go build -asmhdr failed:\n{log}");
    let work = log
        .lines()
        .find_map(|l| l.strip_prefix("WORK="))
        .map(PathBuf::from);
    let work_s = work
        .as_ref()
        .map(|w| w.display().to_string())
        .unwrap_or_default();
    for line in log.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let get = |flag: &str| {
            words
                .iter()
                .position(|w| *w == flag)
                .and_then(|i| words.get(i + 1))
        };
        if let (Some(p), Some(h)) = (get("-p"), get("-asmhdr")) {
            let h = PathBuf::from(h.replace("$WORK", &work_s));
            headers.insert(
                p.to_string(),
                h.parent().map(Path::to_path_buf).unwrap_or_default(),
            );
        }
    }
    (headers, work)
}
