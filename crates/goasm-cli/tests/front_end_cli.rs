//! `goasm parse` and `goasm fmt` as a user runs them.

use assert_cmd::Command;
use goasm_testkit::{go_or_skip, goroot, workspace_root};

fn goasm() -> Command {
    Command::cargo_bin("goasm").unwrap()
}

fn write(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("goasm-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn parse_reports_every_error_with_place_and_exits_1() {
    let p = write(
        "bad.s",
        "TEXT ·f(SB), $0\n\tMOVQ\t(AX)(BX*3), CX\n\tFOO AX\n\tRET\n\tADDQ $(1/0), AX\n",
    );
    let out = goasm().arg("parse").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    let name = p.display().to_string();
    for want in [
        format!("{name}:2:15: bad scale: 3"),
        format!("{name}:3:2: unrecognized instruction \"FOO\""),
        format!("{name}:5:10: division by zero"),
    ] {
        assert!(err.contains(&want), "missing {want:?} in:\n{err}");
    }
    assert!(
        err.contains("\t\tMOVQ\t(AX)(BX*3), CX\n"),
        "source line quoted:\n{err}"
    );
}

#[test]
fn fmt_prints_canonical_form() {
    let p = write(
        "swap.s",
        "#include \"textflag.h\"\n#define ARG(n) n*8\n// swap\nTEXT ·Swap(SB),NOSPLIT,$0-32\n  MOVQ a+0(FP),AX ; MOVQ b+ARG(1)(FP),BX\nRET\n",
    );
    let out = goasm().arg("fmt").arg(&p).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "#include \"textflag.h\"\n\nTEXT ·Swap(SB), NOSPLIT, $0-32\n\tMOVQ\ta+0(FP), AX\n\tMOVQ\tb+8(FP), BX\n\tRET\n"
    );
}

#[test]
fn parse_stats_on_listings_and_cmd_asm_testdata() {
    let mut files: Vec<_> = std::fs::read_dir(workspace_root().join("testdata/listings"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    if let Some(go) = go_or_skip("parse_stats_on_listings_and_cmd_asm_testdata (Go part)") {
        let td = goroot(&go).join("src/cmd/asm/internal/asm/testdata");
        files.extend(["amd64.s", "amd64enc.s", "amd64enc_extra.s"].map(|f| td.join(f)));
    }
    let out = goasm()
        .arg("parse")
        .arg("--stats")
        .args(&files)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    let total = stdout.lines().last().unwrap();
    println!("{total}");
    assert!(
        total.starts_with(&format!("total: files={} ", files.len())),
        "{total}"
    );
    assert!(total.contains(" errors=0 "), "{total}");
}

#[test]
fn missing_file_is_an_error_not_a_panic() {
    let out = goasm().args(["fmt", "/nonexistent/x.s"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.s"));
}
