//! The committed table of runtime lines (`src/builtins/runtime_lines.rs`)
//! must be what `scripts/regen-runtime-lines` finds in the installed
//! toolchain's runtime sources (live oracle; the offline check is the
//! programs' and mixed programs' tracebacks against the native runs).

use goasm_testkit::{go_or_skip, workspace_root};
use std::process::Command;

#[test]
fn runtime_lines_table_matches_the_installed_goroot() {
    let Some(go) = go_or_skip("runtime_lines_table_matches_the_installed_goroot") else {
        return;
    };
    let out = Command::new(workspace_root().join("scripts/regen-runtime-lines"))
        .arg("--check")
        .env("GOASM_GO", &go)
        .output()
        .expect("run scripts/regen-runtime-lines");
    assert!(
        out.status.success(),
        "the committed table differs from the installed GOROOT (rerun scripts/regen-runtime-lines):\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
