//! `goasm vet` against `go vet` on the Go distribution's linux/amd64
//! assembly (a live oracle: the installed GOROOT is read at test time).
//!
//! For every std package with `.s` files, the real `go vet -asmdecl` runs
//! on the package and goasm vet runs on the same files (`go list`'s
//! SFiles plus GoFiles and TestGoFiles, which is what vet's test variant
//! sees). The vet-compatible findings must be the same set; goasm's own
//! findings must be empty except for the justified exceptions listed in
//! [`JUSTIFIED`].

mod common;

use common::distro::distro;
use goasm_check::{Check, vet};
use goasm_testkit::{go_command, go_or_skip};
use std::collections::BTreeSet;

use std::path::Path;

/// goasm-only findings on the distribution that are real (the code does
/// what the check describes) and deliberate in Go's sources, as
/// `file-suffix:line-substring` pairs with the reason.
const JUSTIFIED: &[(&str, &str, &str)] = &[];

/// `go vet -asmdecl` on the packages: "abs-file:line:col: message" lines.
/// (Text output, not -json: with -json go vet exits 0 and caches the run,
/// and a cached run replays no diagnostics.)
fn go_vet(go: &Path, root: &Path, imports: &[&str]) -> BTreeSet<String> {
    let src = root.join("src");
    let out = go_command(go)
        .current_dir(&src)
        .args(["vet", "-asmdecl"])
        .args(imports)
        .output()
        .expect("go vet");
    let text = String::from_utf8_lossy(&out.stderr);
    let lines: BTreeSet<String> = text
        .lines()
        .filter(|l| l.contains(".s:"))
        .map(|l| {
            let l = l.trim_start_matches("./");
            if l.starts_with('/') {
                l.to_string()
            } else {
                format!("{}/{l}", src.display())
            }
        })
        .collect();
    assert!(
        out.status.success() == lines.is_empty(),
        "unexpected go vet result:\n{text}"
    );
    lines
}

#[test]
fn vet_matches_go_vet_on_distribution() {
    let Some(go) = go_or_skip("vet_matches_go_vet_on_distribution") else {
        return;
    };
    let st = distro(&go);
    let (root, pkgs, headers) = (&st.root, &st.pkgs, &st.headers);
    let imports: Vec<&str> = pkgs.iter().map(|p| p.import.as_str()).collect();
    let oracle = go_vet(&go, root, &imports);
    let (mut files, mut funcs, mut vet_findings) = (0, 0, 0);
    let mut missing = Vec::new();
    let mut extra_vet = Vec::new();
    let mut own = Vec::new();
    let mut notes = 0;
    let (mut known, mut unknown) = (0usize, 0usize);
    for p in pkgs {
        let pkg = common::distro::package(root, p, headers);
        files += pkg.asm.len();
        funcs += pkg
            .asm
            .iter()
            .map(|(_, t)| t.matches("TEXT").count())
            .sum::<usize>();
        let rep = vet(&pkg);
        let decls = goasm_check::Declarations::from_go_files(&pkg.path, &pkg.go);
        for d in decls.funcs.values() {
            match d {
                goasm_check::Decl::Known(_) => known += 1,
                goasm_check::Decl::Unknown(_) => unknown += 1,
            }
        }
        notes += rep.notes.len();
        let ours: BTreeSet<String> = rep
            .findings
            .iter()
            .filter(|f| f.check == Check::Vet)
            .map(|f| f.to_string())
            .collect();
        let theirs: BTreeSet<String> = oracle
            .iter()
            .filter(|l| {
                p.sfiles
                    .iter()
                    .any(|f| l.starts_with(&format!("{}/{f}:", p.dir.display())))
            })
            .cloned()
            .collect();
        vet_findings += theirs.len();
        missing.extend(theirs.difference(&ours).cloned());
        extra_vet.extend(ours.difference(&theirs).cloned());
        for f in rep.findings.iter().filter(|f| f.check == Check::Goasm) {
            let justified = JUSTIFIED
                .iter()
                .any(|(file, msg, _)| f.file.ends_with(file) && f.message.contains(msg));
            if !justified {
                own.push(f.to_string());
            }
        }
    }
    println!(
        "distribution: {} packages, {files} .s files, ~{funcs} TEXT symbols; go vet findings {vet_findings}; \
         missed {}; vet-check false positives {}; goasm-only findings {} (+{} justified); {notes} notes",
        pkgs.len(),
        missing.len(),
        extra_vet.len(),
        own.len(),
        JUSTIFIED.len()
    );
    println!(
        "declarations without a body: {known} laid out and checked, {unknown} declared but not laid out \
         (imported types by value, constant array lengths, generics): checked for presence only"
    );
    for m in &missing {
        println!("MISSED (go vet reports): {m}");
    }
    for m in &extra_vet {
        println!("FALSE POSITIVE (vet check): {m}");
    }
    for m in &own {
        println!("FALSE POSITIVE (goasm check): {m}");
    }
    assert!(
        files > 50,
        "expected the whole distribution, found {files} files"
    );
    assert!(missing.is_empty() && extra_vet.is_empty() && own.is_empty());
}

/// `goasm proto` on every ABI0 function of the distribution that has a Go
/// declaration goasm can lay out. Two figures: the inferred frame equals
/// the declared one in names, offsets, kinds and sizes ("exact with
/// names"), and the same ignoring parameter names, which Go's type
/// identity ignores too ("exact as a Go type"). Go type names beyond the
/// frame shape (int vs uintptr vs *T) are not in the assembly and are not
/// compared. All files are inferred together so tail calls (`JMP pkg·f(SB)`)
/// resolve across packages.
#[test]
fn proto_recovers_distribution_signatures() {
    let Some(go) = go_or_skip("proto_recovers_distribution_signatures") else {
        return;
    };
    let st = distro(&go);
    let mut files = Vec::new();
    for p in &st.pkgs {
        let pkg = common::distro::package(&st.root, p, &st.headers);
        let decls = goasm_check::Declarations::from_go_files(&pkg.path, &pkg.go);
        for (path, text) in &pkg.asm {
            let parsed = goasm_syntax::parse_str(path, text, &pkg.config);
            if parsed.diags.is_empty() {
                files.push((p.import.clone(), decls.clone(), path.clone(), parsed));
            }
        }
    }
    let inputs: Vec<(&str, &goasm_syntax::Parsed)> =
        files.iter().map(|(i, _, _, p)| (i.as_str(), p)).collect();
    let protos = goasm_check::proto::infer_files(&inputs);
    let (mut total, mut exact, mut unnamed) = (0usize, 0usize, 0usize);
    let mut misses: Vec<(String, String)> = Vec::new();
    for ((_, decls, path, parsed), protos) in files.iter().zip(&protos) {
        let bodies = goasm_check::extra::functions(parsed);
        for (f, proto) in bodies.iter().zip(protos) {
            if f.text.sym.abi.is_some() || (!f.pkg.is_empty() && f.pkg != decls.pkg_path) {
                continue;
            }
            let Some(goasm_check::Decl::Known(info)) = decls.lookup(&f.name) else {
                continue;
            };
            total += 1;
            let want = goasm_check::proto::declared_shape_key(&info.sig);
            let got = proto.shape_key();
            use goasm_check::proto::unnamed_key;
            if want == got {
                exact += 1;
                unnamed += 1;
                continue;
            }
            let same_type = unnamed_key(&want) == unnamed_key(&got);
            if same_type {
                unnamed += 1;
            }
            let reason = if same_type {
                "names differ (tail call to a function that names its frame differently, or a macro written for another function)".to_string()
            } else {
                miss_reason(&want, &got)
            };
            misses.push((
                reason,
                format!(
                    "{}:{} {}\n      declared {want}\n      inferred {got}",
                    path.rsplit("/src/").next().unwrap_or(path),
                    f.line,
                    f.name
                ),
            ));
        }
    }
    misses.sort();
    let mut by_reason: std::collections::BTreeMap<&str, usize> = Default::default();
    for (r, _) in &misses {
        *by_reason.entry(r.as_str()).or_default() += 1;
    }
    let pct = |n: usize| 100.0 * n as f64 / total.max(1) as f64;
    println!(
        "proto: {total} declared ABI0 functions; exact with names {exact} ({:.1}%); exact as a Go type (names ignored) {unnamed} ({:.1}%)",
        pct(exact),
        pct(unnamed)
    );
    for (r, n) in &by_reason {
        println!("  {n:4} miss(es): {r}");
    }
    for (r, m) in &misses {
        println!("MISS [{r}] {m}");
    }
    assert!(total > 200, "only {total} functions compared");
    // The floor guards against regressions; see the printed figures and
    // miss reasons for where the remaining functions fail.
    assert!(
        pct(exact) >= 65.0,
        "proto recovered only {:.1}% with names",
        pct(exact)
    );
    assert!(
        pct(unnamed) >= 90.0,
        "proto recovered only {:.1}% as Go types",
        pct(unnamed)
    );
}

/// A one-line classification of why an inferred shape differs.
fn miss_reason(want: &str, got: &str) -> String {
    let items = |s: &str| -> Vec<String> {
        s.replace(")(", ",|,")
            .trim_matches(['(', ')'])
            .split(',')
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (w, g) = (items(want), items(got));
    if g.iter().any(|x| x.starts_with("_@")) {
        return "a parameter is never referenced by name".into();
    }
    if g.iter()
        .any(|x| x.starts_with("ret@") && x.contains(":bytes"))
        || w.len() > g.len()
    {
        return "a result or parameter is never referenced by name".into();
    }
    for (a, b) in w.iter().zip(&g) {
        if a == b {
            continue;
        }
        let (an, ak) = a.split_once(':').unwrap_or((a, ""));
        let (bn, bk) = b.split_once(':').unwrap_or((b, ""));
        if an != bn {
            return "names or offsets differ (e.g. a result read before written, or a named result)".into();
        }
        return format!("kind differs: declared {ak}, inferred {bk}");
    }
    "other".into()
}
