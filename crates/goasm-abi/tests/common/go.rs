//! Finding and running the real Go toolchain (the oracle).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

pub fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata")
}

/// `GOASM_GO`, then `<workspace>/.tools/go/bin/go`, then `go` on PATH.
pub fn find_go() -> Option<PathBuf> {
    let works = |p: &Path| {
        Command::new(p)
            .arg("version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if let Some(p) = std::env::var_os("GOASM_GO") {
        let p = PathBuf::from(p);
        return works(&p).then_some(p);
    }
    let local = workspace_root().join(".tools/go/bin/go");
    if works(&local) {
        return Some(local);
    }
    let path = PathBuf::from("go");
    works(&path).then_some(path)
}

/// The Go toolchain, or `None` after printing `SKIPPED` (a failure when
/// `GOASM_REQUIRE_ORACLE=1`).
pub fn go_or_skip(test: &str) -> Option<PathBuf> {
    match find_go() {
        Some(go) => Some(go),
        None => {
            if std::env::var("GOASM_REQUIRE_ORACLE").as_deref() == Ok("1") {
                panic!("{test}: Go toolchain not found but GOASM_REQUIRE_ORACLE=1");
            }
            println!("SKIPPED: {test}: Go toolchain not found (set GOASM_GO or install .tools/go)");
            None
        }
    }
}

/// A fresh scratch directory holding a one-package module `p`.
pub fn scratch_module(tag: &str) -> PathBuf {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!("goasm-abi-{tag}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("go.mod"), "module p\n\ngo 1.27\n").unwrap();
    dir
}

/// Run the Go command offline with a private cache.
pub fn run_go(go: &Path, dir: &Path, args: &[&str]) -> Output {
    let cache = std::env::temp_dir().join("goasm-abi-gocache");
    Command::new(go)
        .args(args)
        .current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .env("GOFLAGS", "-mod=mod")
        .env("GOWORK", "off")
        .env("GO111MODULE", "on")
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .env("CGO_ENABLED", "0")
        .env("GOCACHE", cache)
        .output()
        .expect("running go")
}

/// Regenerate committed fixtures instead of comparing with them.
pub fn regen() -> bool {
    std::env::var("GOASM_REGEN_FIXTURES").as_deref() == Ok("1")
}
