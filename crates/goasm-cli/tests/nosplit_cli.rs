//! The NOSPLIT chain check at load time against Go's linker: each
//! `testdata/nosplit/NAME.s` loaded by goasm must report exactly what `go
//! build` reported for it (`NAME.want`, from `scripts/regen-nosplit`: a
//! package main whose main calls every TEXT symbol of the file), and the
//! live test builds the same package with the real toolchain now.

use assert_cmd::Command;
use goasm_testkit::{go_command, go_or_skip, scratch_dir, workspace_root};
use std::path::{Path, PathBuf};

fn cases() -> Vec<PathBuf> {
    let dir = workspace_root().join("testdata/nosplit");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "s").then_some(p)
        })
        .collect();
    v.sort();
    assert!(v.len() >= 3, "nosplit cases missing in {}", dir.display());
    v
}

/// goasm's report for a file: the load error's lines, or none.
fn goasm_report(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let name = path.display().to_string();
    match goasm_vm::load_sources(&[(&name, &text)], "main") {
        Ok(_) => String::new(),
        Err(e) => e.messages.iter().map(|m| format!("{m}\n")).collect(),
    }
}

#[test]
fn nosplit_reports_match_go_link() {
    for case in cases() {
        let want = std::fs::read_to_string(case.with_extension("want")).unwrap();
        assert_eq!(goasm_report(&case), want, "{}", case.display());
    }
}

#[test]
fn run_refuses_an_over_limit_chain() {
    let case = workspace_root().join("testdata/nosplit/chains.s");
    let out = Command::cargo_bin("goasm")
        .unwrap()
        .arg("run")
        .arg(&case)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("main.f: nosplit stack over 792 byte limit\nmain.f<0>\n    grows 216 bytes"),
        "{err}"
    );
}

/// What `go build` prints for the case (without its `# package` line).
fn go_report(go: &Path, case: &Path) -> String {
    let dir = scratch_dir(&format!(
        "nosplit-{}",
        case.file_stem().unwrap().to_string_lossy()
    ));
    let text = std::fs::read_to_string(case).unwrap();
    let funcs: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("TEXT"))
        .filter_map(|l| l.trim_start().strip_prefix('·'))
        .filter_map(|l| l.split_once("(SB)").map(|(n, _)| n))
        .collect();
    let mut main = String::from("package main\n");
    for f in &funcs {
        main.push_str(&format!("func {f}()\n"));
    }
    main.push_str("func main() {\n");
    for f in &funcs {
        main.push_str(&format!("\t{f}()\n"));
    }
    main.push_str("}\n");
    std::fs::write(dir.join("x.go"), main).unwrap();
    std::fs::write(dir.join("x_amd64.s"), &text).unwrap();
    std::fs::write(dir.join("go.mod"), "module nosplitcase\n\ngo 1.27\n").unwrap();
    let out = go_command(go)
        .current_dir(&dir)
        .args(["build", "-o", "/dev/null", "."])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    all.lines()
        .filter(|l| !l.starts_with("# "))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn nosplit_reports_match_go_link_live() {
    let Some(go) = go_or_skip("nosplit_reports_match_go_link_live") else {
        return;
    };
    for case in cases() {
        let want = go_report(&go, &case);
        assert_eq!(
            goasm_report(&case),
            want,
            "{} (go build now)",
            case.display()
        );
    }
}
