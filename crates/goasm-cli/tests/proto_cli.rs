//! `goasm proto` on the command line: the proto cases of goasm-check (whose
//! wanted prototypes go vet accepts), a doc comment used or ignored with
//! `--no-comments`, and bad input reported with its place and a non-zero
//! exit.

use assert_cmd::Command;
use goasm_testkit::workspace_root;

fn cases() -> std::path::PathBuf {
    workspace_root().join("crates/goasm-check/tests/proto_cases")
}

#[test]
fn proto_prints_one_prototype_per_text_symbol_with_notes() {
    let out = Command::cargo_bin("goasm")
        .unwrap()
        .current_dir(cases())
        .args(["proto", "scalars_amd64.s", "headers_amd64.s"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("scalars_amd64.s:5: func Add(a, b uint64) uint64\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "\t// result ret +16 bool: medium confidence: byte written by SETcc or as 0/1\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "headers_amd64.s:4: func Count(s string, b []byte, e any, i interface{ M() }) uint64\n"
        ),
        "{text}"
    );
}

#[test]
fn proto_uses_a_doc_comment_unless_told_not_to() {
    let run = |extra: &[&str]| {
        let out = Command::cargo_bin("goasm")
            .unwrap()
            .current_dir(cases())
            .arg("proto")
            .args(extra)
            .arg("comments_amd64.s")
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let with = run(&[]);
    assert!(
        with.contains("func XorInto(dst, src *byte, n int)\n"),
        "{with}"
    );
    assert!(with.contains("from the comment at line 4"), "{with}");
    assert!(
        with.contains(
            "comment not used: line 13: $-argsize is 16, the comment's frame is 12 bytes"
        ),
        "{with}"
    );
    let without = run(&["--no-comments"]);
    assert!(
        without.contains("func XorInto(dst, src, n uint64)\n"),
        "{without}"
    );
}

#[test]
fn proto_reports_bad_input_with_its_place() {
    let dir = std::env::temp_dir().join(format!("goasm-proto-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("bad.s"),
        "TEXT ·F(SB), 4, $0-8\n\tMOVQ a+0(FP\n\tRET\n",
    )
    .unwrap();
    let out = Command::cargo_bin("goasm")
        .unwrap()
        .current_dir(&dir)
        .args(["proto", "bad.s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.s:2:"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
