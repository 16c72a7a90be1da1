//! Diagnostic test vectors: each `tests/diagnostics/*.s` marks the lines that
//! must produce an error with `// want: <substring>`; no other line may.

use goasm_syntax::{Config, parse_str};
use std::collections::BTreeMap;

#[test]
fn every_marked_line_errors_and_no_other() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "s") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let parsed = parse_str(
            "malformed.s",
            &text,
            &Config {
                read_files: false,
                ..Config::default()
            },
        );
        let mut got: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        for d in &parsed.diags {
            got.entry(d.span.line).or_default().push(d.message.clone());
        }
        let mut problems = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let n = i as u32 + 1;
            let msgs = got.remove(&n).unwrap_or_default();
            match line.split_once("// want: ") {
                Some((_, want)) => {
                    checked += 1;
                    if !msgs.iter().any(|m| m.contains(want.trim())) {
                        problems.push(format!("line {n}: want {want:?}, got {msgs:?}"));
                    }
                }
                None if !msgs.is_empty() => problems.push(format!("line {n}: unexpected {msgs:?}")),
                None => {}
            }
        }
        for (n, msgs) in got {
            problems.push(format!("line {n} (no such source line): {msgs:?}"));
        }
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            path.display(),
            problems.join("\n")
        );
    }
    assert!(checked >= 25, "only {checked} expectations found");
}

#[test]
fn rendered_diagnostics_have_place_line_and_caret() {
    let src = "TEXT ·f(SB), $0\n\tMOVQ\t(AX)(BX*3), CX\n\tFOO\n";
    let parsed = parse_str("x.s", src, &Config::default());
    let want = "x.s:2:15: bad scale: 3\n\t\tMOVQ\t(AX)(BX*3), CX\n\t\t    \t        ^\n\
                x.s:3:2: unrecognized instruction \"FOO\"\n\t\tFOO\n\t\t^\n";
    assert_eq!(parsed.render_diags(), want);
}
