//! Inlined frames in tracebacks come from the compiler's inline tree when
//! the listing carries it (`-d=pctab=pctoinline`, as the committed listings
//! do) and from the abstract-DWARF heuristic when it does not (a plain
//! `go tool compile -S` listing). The same committed listing with its dump
//! blocks cut off is the plain listing.

use goasm_testkit::gorun::{essence, read_expected, run_with_timeout};
use goasm_testkit::{scratch_dir, workspace_root};
use std::process::Command;
use std::time::Duration;

/// The committed listing of `name` without its dump blocks (the compiler
/// prints them all before the first symbol).
fn plain_listing(name: &str) -> std::path::PathBuf {
    let full =
        std::fs::read_to_string(workspace_root().join(format!("testdata/listings/{name}.S")))
            .unwrap();
    let start = full
        .find(" STEXT ")
        .and_then(|k| full[..k].rfind('\n'))
        .unwrap();
    assert!(
        full[..start].starts_with("funcpctab "),
        "{name}: no dump to cut"
    );
    let plain = &full[start + 1..];
    assert!(!plain.contains("\nfuncpctab ") && !plain.contains("-- inlining tree"));
    let dir = scratch_dir(&format!("inline_tree_{name}"));
    let path = dir.join(format!("{name}.S"));
    std::fs::write(&path, plain).unwrap();
    path
}

/// Why goasm's run of `listing` differs from go run's for `name`, if it does.
fn mismatch(name: &str, listing: &std::path::Path) -> Option<String> {
    let want = read_expected(&workspace_root().join("testdata/expected"), name).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goasm"));
    cmd.arg("run").arg(listing);
    let got = run_with_timeout(cmd, Duration::from_secs(60));
    essence(&got).mismatch(&essence(&want), &got.stderr)
}

#[test]
fn plain_listing_keeps_the_heuristic_traceback() {
    let plain = plain_listing("panic_inlined_closure");
    assert_eq!(mismatch("panic_inlined_closure", &plain), None);
}

#[test]
fn the_tree_is_what_names_method_value_frames() {
    let name = "panic_closure_method_value";
    let full = workspace_root().join(format!("testdata/listings/{name}.S"));
    assert_eq!(mismatch(name, &full), None);
    // The heuristic alone gets this one wrong (two frames only).
    assert!(mismatch(name, &plain_listing(name)).is_some());
}
