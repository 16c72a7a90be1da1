//! Finding and running the real Go toolchain (the oracle).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub use goasm_testkit::go_or_skip;

pub fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata")
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
