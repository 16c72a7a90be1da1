//! Conformance against the Go distribution (a live oracle: it reads the
//! installed toolchain's GOROOT at test time; nothing from it is copied).
//!
//! * Every `.s` file that is part of a linux/amd64 build of std and cmd
//!   (as `go list` reports them, so build constraints are Go's own) parses
//!   with zero errors. Packages whose assembly includes the generated
//!   `go_asm.h` get the real header: the test builds those packages with
//!   `go build -a -work -x` and reads the `-asmhdr` file of each.
//! * cmd/asm's amd64 test inputs parse with zero errors; every instruction
//!   line's mnemonic is in goasm-isa's table (the parser rejects any other).
//! * parse -> print -> parse gives the same tree for all of them.

use goasm_syntax::{Config, parse_path, parse_str, print_file};
use goasm_testkit::{go_command, go_or_skip, goroot};
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Pkg {
    import: String,
    dir: PathBuf,
    files: Vec<String>,
}

fn list_packages(go: &Path, root: &Path) -> Vec<Pkg> {
    let mut pkgs = Vec::new();
    let mut seen = std::collections::HashSet::new();
    // With and without cgo: runtime/cgo's assembly is only in cgo builds.
    for (pattern, dir, cgo) in [
        ("std", root.join("src"), "0"),
        ("std", root.join("src"), "1"),
        ("cmd", root.join("src/cmd"), "0"),
    ] {
        let mut cmd = go_command(go);
        cmd.env("CGO_ENABLED", cgo).current_dir(&dir);
        cmd.args([
            "list",
            "-e",
            "-f",
            "{{.ImportPath}}\t{{.Dir}}\t{{join .SFiles \" \"}}",
            pattern,
        ]);
        let out = cmd.output().expect("go list");
        let out = String::from_utf8_lossy(&out.stdout);
        for line in out.lines() {
            if !seen.insert(line.to_string()) {
                continue;
            }
            let mut parts = line.split('\t');
            let (Some(import), Some(dir), Some(files)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            if files.trim().is_empty() {
                continue;
            }
            pkgs.push(Pkg {
                import: import.to_string(),
                dir: PathBuf::from(dir),
                // .S files are GNU assembler input for cgo (C preprocessor), not Go assembly.
                files: files
                    .split(' ')
                    .filter(|f| f.ends_with(".s"))
                    .map(str::to_string)
                    .collect(),
            });
        }
    }
    pkgs
}

fn round_trip(name: &str, file: &goasm_syntax::File) -> Result<(), String> {
    let printed = print_file(file);
    let again = parse_str(&format!("{name} (printed)"), &printed, &Config::default());
    if !again.diags.is_empty() {
        return Err(format!(
            "printed form does not parse:\n{}",
            again.render_diags()
        ));
    }
    if again.file.without_spans() != file.without_spans() {
        let a = file.without_spans();
        let b = again.file.without_spans();
        let first = a.stmts.iter().zip(&b.stmts).position(|(x, y)| x != y);
        return Err(format!(
            "round trip changed the tree at statement {first:?}: {:?} vs {:?}",
            first.map(|i| &a.stmts[i]),
            first.map(|i| &b.stmts[i])
        ));
    }
    Ok(())
}

#[test]
fn go_distribution_assembly_parses_and_round_trips() {
    let Some(go) = go_or_skip("go_distribution_assembly_parses_and_round_trips") else {
        return;
    };
    let root = goroot(&go);
    let pkgs = list_packages(&go, &root);
    let needs_header: Vec<&Pkg> = pkgs
        .iter()
        .filter(|p| {
            p.files.iter().any(|f| {
                std::fs::read_to_string(p.dir.join(f)).is_ok_and(|t| t.contains("go_asm.h"))
            })
        })
        .collect();
    let imports: Vec<&str> = needs_header.iter().map(|p| p.import.as_str()).collect();
    let (headers, work) = goasm_testkit::asm_headers(&go, &root, &imports);
    let start = Instant::now();
    let (mut files, mut insns, mut failures) = (0usize, 0usize, Vec::new());
    for p in &pkgs {
        let mut include = Vec::new();
        if let Some(h) = headers.get(&p.import) {
            include.push(h.clone());
        }
        include.push(root.join("pkg/include"));
        let config = Config {
            include_dirs: include,
            ..Config::default()
        };
        for f in &p.files {
            let path = p.dir.join(f);
            let parsed = parse_path(&path, &config).expect("read");
            files += 1;
            insns += parsed.file.stats().insns;
            if !parsed.diags.is_empty() {
                failures.push(parsed.render_diags());
                continue;
            }
            if let Err(e) = round_trip(&path.display().to_string(), &parsed.file) {
                failures.push(format!("{}: {e}", path.display()));
            }
        }
    }
    if let Some(w) = work {
        let _ = std::fs::remove_dir_all(w);
    }
    println!(
        "Go distribution: {files} linux/amd64 .s files in {} packages, {insns} instructions, parsed and round-tripped in {:.2}s, {} failures",
        pkgs.len(),
        start.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} files failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        files > 50,
        "expected the whole distribution, found only {files} files"
    );
}

#[test]
fn cmd_asm_amd64_testdata_parses_and_round_trips() {
    let Some(go) = go_or_skip("cmd_asm_amd64_testdata_parses_and_round_trips") else {
        return;
    };
    let dir = goroot(&go).join("src/cmd/asm/internal/asm/testdata");
    let mut total = 0;
    for name in ["amd64.s", "amd64enc.s", "amd64enc_extra.s"] {
        let path = dir.join(name);
        let parsed = parse_path(&path, &Config::default()).expect("read");
        assert!(
            parsed.diags.is_empty(),
            "{name}:\n{}",
            parsed.render_diags()
        );
        // Every instruction line must have produced a statement: count lines
        // that start with an indented mnemonic and compare.
        let text = std::fs::read_to_string(&path).expect("read");
        let insn_lines = text
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .filter(|l| {
                l.starts_with(['\t', ' '])
                    && l.trim()
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_uppercase())
            })
            .count();
        let stats = parsed.file.stats();
        assert_eq!(stats.insns, insn_lines, "{name}: instruction count");
        total += stats.insns;
        round_trip(name, &parsed.file).unwrap();
    }
    println!(
        "cmd/asm amd64 testdata: {total} instructions parsed, all mnemonics known to goasm-isa, round trip OK"
    );
    assert!(total > 10_000);
}
