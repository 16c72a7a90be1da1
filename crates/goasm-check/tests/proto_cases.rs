//! `goasm proto` on small hand-written files (`tests/proto_cases/*.s`),
//! each function followed by `// want: func ...`, the prototype goasm must
//! print. The oracle is go vet: the wanted prototypes, written as Go
//! declarations next to the assembly, must pass `go vet` (asmdecl) with the
//! real toolchain, so a want that disagrees with the assembly's frame fails.

use goasm_check::proto;
use goasm_testkit::{go_command, go_or_skip, scratch_dir, workspace_root};
use std::path::PathBuf;

fn cases() -> Vec<(PathBuf, String)> {
    let dir = workspace_root().join("crates/goasm-check/tests/proto_cases");
    let mut out: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .expect("proto_cases dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "s"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read case");
            (p, text)
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no cases in {}", dir.display());
    out
}

fn wants(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("// want: "))
        .map(str::to_string)
        .collect()
}

#[test]
fn proto_prints_the_wanted_prototypes() {
    let mut failures = Vec::new();
    for (path, text) in cases() {
        let name = path.display().to_string();
        let got: Vec<String> = proto::infer_source(&name, &text, &Default::default())
            .iter()
            .map(|p| p.signature())
            .collect();
        let want = wants(&text);
        if got != want {
            failures.push(format!("{name}:\n  want {want:#?}\n  got  {got:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Writes the cases and their wanted prototypes as one Go package and
/// returns go vet's verdict (success, output).
fn go_vet_cases(
    go: &std::path::Path,
    tag: &str,
    edit: impl Fn(String) -> String,
) -> (bool, String) {
    let dir = scratch_dir(&format!("proto-cases-{tag}"));
    let mut decls =
        String::from("package protocases\n\nimport \"unsafe\"\n\nvar _ unsafe.Pointer\n\n");
    for (path, text) in cases() {
        std::fs::write(dir.join(path.file_name().unwrap()), &text).unwrap();
        for w in wants(&text) {
            decls.push_str(&edit(w));
            decls.push('\n');
        }
    }
    std::fs::write(dir.join("decls.go"), decls).unwrap();
    std::fs::write(dir.join("go.mod"), "module protocases\n\ngo 1.21\n").unwrap();
    let out = go_command(go)
        .current_dir(&dir)
        .args(["vet", "."])
        .output()
        .expect("go vet");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
    (out.status.success(), text)
}

#[test]
fn wanted_prototypes_pass_go_vet() {
    let Some(go) = go_or_skip("wanted_prototypes_pass_go_vet") else {
        return;
    };
    let (ok, out) = go_vet_cases(&go, "ok", |w| w);
    assert!(
        ok && out.trim().is_empty(),
        "go vet rejects a wanted prototype:\n{out}"
    );
    // The oracle can fail: a renamed parameter is caught.
    let (ok, out) = go_vet_cases(&go, "renamed", |w| {
        w.replacen("func Add(a, b", "func Add(x, b", 1)
    });
    assert!(
        !ok && out.contains("unknown variable a"),
        "go vet accepted a wrong name:\n{out}"
    );
}
