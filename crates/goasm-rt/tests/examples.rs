//! The programs under `examples/`: each runs in goasm (its `.s` files,
//! entry `main·main`) and must print exactly `expected.txt`. Where the
//! example is a valid Go package (`main.go.txt` holds an equivalent Go
//! `main`), the same assembly is also built and run with the real Go
//! toolchain, and its output must match `expected.txt` too: the expected
//! outputs are checked against Go, not against goasm.

use std::path::{Path, PathBuf};
use std::process::Command;

fn examples_dir() -> PathBuf {
    goasm_testkit::workspace_root().join("examples")
}

fn go_binary() -> Option<PathBuf> {
    goasm_testkit::find_go()
}

fn package_of(stub: &Path) -> Option<String> {
    let text = std::fs::read_to_string(stub).ok()?;
    text.lines()
        .find_map(|l| l.trim().strip_prefix("package "))
        .map(|p| p.trim().to_string())
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

fn run_in_goasm(dir: &Path) -> Result<String, String> {
    let parsed: Vec<_> = files(dir, "s")
        .iter()
        .map(|p| goasm_syntax::parse_path(p, &goasm_syntax::Config::default()).unwrap())
        .collect();
    let pkg = files(dir, "go")
        .first()
        .and_then(|s| package_of(s))
        .unwrap_or_else(|| "main".into());
    let (rt, out) = goasm_rt::Runtime::captured();
    let mut m = goasm_vm::load_parsed(&parsed, &pkg, Box::new(rt)).map_err(|e| e.to_string())?;
    let stubs: Vec<_> = files(dir, "go")
        .iter()
        .map(|p| {
            goasm_abi::parse_file(
                &p.display().to_string(),
                &std::fs::read_to_string(p).unwrap(),
            )
            .unwrap()
        })
        .collect();
    goasm_rt::declare_stubs(&mut m, &stubs);
    match m
        .call_abi0("main·main", &mut [])
        .map_err(|e| e.to_string())?
    {
        goasm_vm::CallOutcome::Returned => {
            Ok(String::from_utf8_lossy(&out.lock().unwrap()).into_owned())
        }
        other => Err(format!("{other:?}")),
    }
}

fn run_in_go(go: &Path, dir: &Path) -> Result<String, String> {
    let tmp = std::env::temp_dir().join(format!(
        "goasm-example-{}-{}",
        dir.file_name().unwrap().to_string_lossy(),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    for f in files(dir, "s").into_iter().chain(files(dir, "go")) {
        if f.file_name().is_some_and(|n| n == "main.s") {
            continue;
        }
        std::fs::copy(&f, tmp.join(f.file_name().unwrap())).unwrap();
    }
    std::fs::copy(dir.join("main.go.txt"), tmp.join("main.go")).unwrap();
    std::fs::write(tmp.join("go.mod"), "module example\n\ngo 1.21\n").unwrap();
    let out = Command::new(go)
        .arg("run")
        .arg(".")
        .current_dir(&tmp)
        .output()
        .map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&tmp);
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    // println writes to stderr.
    Ok(String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn examples_print_their_expected_output() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.txt").exists())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 8, "examples missing: {dirs:?}");
    let mut failures = Vec::new();
    for dir in &dirs {
        let want = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
        match run_in_goasm(dir) {
            Ok(got) if got == want => {}
            Ok(got) => failures.push(format!("{}: got {got:?}, want {want:?}", dir.display())),
            Err(e) => failures.push(format!("{}: {e}", dir.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn expected_outputs_match_real_go() {
    let Some(go) = go_binary() else {
        assert!(
            std::env::var("GOASM_REQUIRE_ORACLE").is_err(),
            "Go toolchain required (GOASM_REQUIRE_ORACLE=1) but not found"
        );
        eprintln!("SKIPPED: no Go toolchain (set GOASM_GO or install .tools/go)");
        return;
    };
    let mut checked = 0;
    let mut failures = Vec::new();
    for e in std::fs::read_dir(examples_dir()).unwrap() {
        let dir = e.unwrap().path();
        if !dir.join("main.go.txt").exists() {
            continue;
        }
        let want = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
        match run_in_go(&go, &dir) {
            Ok(got) if got == want => checked += 1,
            Ok(got) => failures.push(format!(
                "{}: go printed {got:?}, want {want:?}",
                dir.display()
            )),
            Err(e) => failures.push(format!("{}: go failed: {e}", dir.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 6, "only {checked} examples checked against Go");
}
