//! Live oracle: the installed Go toolchain's own sources decide which
//! mnemonics exist. Nothing from Go is stored in this repository; the test
//! reads the installed GOROOT at run time (see ORACLES.md).
//!
//! Go's assembler accepts a mnemonic when it is in the neutral name list
//! (cmd/internal/obj), the x86 name list (cmd/internal/obj/x86), or the
//! alias map built for amd64 (cmd/asm/internal/arch); DATA and GLOBL are
//! recognised by the parser itself. Two entries of those lists are
//! sentinels, not instructions, and are left out of our table on purpose.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Placeholders in Go's lists that name no instruction: the zero value of
/// the opcode type and the end marker of the x86 list.
const SENTINELS: [&str; 2] = ["XXX", "LAST"];
/// Words the assembler's parser handles before looking in the lists.
const PARSER_DIRECTIVES: [&str; 2] = ["DATA", "GLOBL"];

/// GOROOT of the oracle toolchain, or `None` after printing SKIPPED
/// (a failure instead when GOASM_REQUIRE_ORACLE=1).
fn goroot(test: &str) -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(go) = std::env::var_os("GOASM_GO") {
        candidates.push(go.into());
    }
    candidates.push(root.join(".tools/go/bin/go"));
    candidates.push("go".into());
    for go in candidates {
        let Ok(out) = Command::new(&go).args(["env", "GOROOT"]).output() else {
            continue;
        };
        let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if out.status.success() && Path::new(&dir).join("src").is_dir() {
            return Some(PathBuf::from(dir));
        }
    }
    let msg = format!("SKIPPED: {test}: no Go toolchain (set GOASM_GO or install .tools/go)");
    if std::env::var("GOASM_REQUIRE_ORACLE").as_deref() == Ok("1") {
        panic!("{msg}, but GOASM_REQUIRE_ORACLE=1");
    }
    println!("{msg}");
    None
}

fn read(goroot: &Path, rel: &str) -> String {
    let path = goroot.join("src").join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The quoted strings inside the first `var Anames = []string{ ... }` block.
fn string_list(src: &str) -> Vec<String> {
    let start = src
        .find("var Anames = []string{")
        .expect("name list not found");
    let body = &src[start..];
    let body = &body[..body.find("\n}").expect("unterminated name list")];
    body.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// `instructions["ALIAS"] = x86.ATARGET` pairs inside the amd64 setup function.
fn alias_map(src: &str) -> BTreeMap<String, String> {
    let start = src.find("func archX86(").expect("archX86 not found");
    let body = &src[start..];
    let body = &body[..body[1..].find("\nfunc ").map_or(body.len(), |i| i + 1)];
    let mut map = BTreeMap::new();
    for line in body.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("instructions[\"") else {
            continue;
        };
        let Some((name, rhs)) = rest.split_once("\"]") else {
            continue;
        };
        let Some(target) = rhs.trim_start_matches([' ', '=']).strip_prefix("x86.A") else {
            continue;
        };
        let target: String = target
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        map.insert(name.to_string(), target);
    }
    map
}

#[test]
fn table_names_equal_go_assembler_names() {
    let Some(goroot) = goroot("table_names_equal_go_assembler_names") else {
        return;
    };
    let neutral = string_list(&read(&goroot, "cmd/internal/obj/util.go"));
    let x86 = string_list(&read(&goroot, "cmd/internal/obj/x86/anames.go"));
    let aliases = alias_map(&read(&goroot, "cmd/asm/internal/arch/arch.go"));
    assert!(neutral.len() > 10 && x86.len() > 1000 && aliases.len() > 30);
    for s in SENTINELS {
        assert!(
            neutral.iter().chain(&x86).any(|n| n == s),
            "sentinel {s} no longer in Go's lists: drop it from SENTINELS"
        );
    }

    let go: BTreeSet<&str> = neutral
        .iter()
        .chain(&x86)
        .map(String::as_str)
        .chain(aliases.keys().map(String::as_str))
        .chain(PARSER_DIRECTIVES)
        .filter(|n| !SENTINELS.contains(n))
        .collect();
    let ours: BTreeSet<&str> = goasm_isa::all().iter().map(|r| r.name).collect();
    let missing: Vec<_> = go.difference(&ours).collect();
    let extra: Vec<_> = ours.difference(&go).collect();
    println!(
        "go: {} names, ours: {} rows; missing {}, extra {}",
        go.len(),
        ours.len(),
        missing.len(),
        extra.len()
    );
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing from our table ({}): {missing:?}\nnot accepted by Go ({}): {extra:?}",
        missing.len(),
        extra.len()
    );

    // Every alias in Go's map is an alias row pointing at the same target;
    // names that map to themselves are canonical rows.
    let mut wrong = Vec::new();
    for (name, target) in &aliases {
        let row = goasm_isa::lookup(name).expect("checked above");
        let expect = (name != target).then_some(target.as_str());
        if row.canonical() != expect {
            wrong.push(format!("{name}: ours {:?}, Go {expect:?}", row.canonical()));
        }
    }
    for row in goasm_isa::all().iter().filter(|r| r.is_alias()) {
        if !aliases.contains_key(row.name) {
            wrong.push(format!("{}: alias in our table only", row.name));
        }
    }
    assert!(wrong.is_empty(), "alias mismatches: {wrong:#?}");
}

/// The first word of each instruction in a Go assembly file, with labels
/// and comments removed (`x: JMP x; RET` gives JMP and RET).
fn mnemonics(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_block_comment = false;
    for (n, line) in text.lines().enumerate() {
        let mut line = line.to_string();
        if in_block_comment {
            match line.find("*/") {
                Some(i) => {
                    line = line[i + 2..].to_string();
                    in_block_comment = false;
                }
                None => continue,
            }
        }
        if let Some(i) = line.find("/*") {
            in_block_comment = !line[i..].contains("*/");
            line.truncate(i);
        }
        if let Some(i) = line.find("//") {
            line.truncate(i);
        }
        if line.trim_start().starts_with('#') {
            continue;
        }
        for stmt in line.split(';') {
            let mut stmt = stmt.trim();
            // Strip any number of leading `label:`.
            while let Some((head, tail)) = stmt.split_once(':') {
                if !head.is_empty() && head.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    stmt = tail.trim_start();
                } else {
                    break;
                }
            }
            let word: String = stmt
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
                .collect();
            if !word.is_empty() {
                out.push((n + 1, word));
            }
        }
    }
    out
}

#[test]
fn every_mnemonic_in_go_asm_testdata_is_in_table() {
    let Some(goroot) = goroot("every_mnemonic_in_go_asm_testdata_is_in_table") else {
        return;
    };
    let mut unknown = Vec::new();
    let mut seen = BTreeSet::new();
    for file in ["amd64.s", "amd64enc.s", "amd64enc_extra.s"] {
        let text = read(&goroot, &format!("cmd/asm/internal/asm/testdata/{file}"));
        for (line, word) in mnemonics(&text) {
            let mut parts = word.split('.');
            let base = parts.next().unwrap_or_default();
            let bad_suffix = parts.any(|s| !goasm_isa::is_suffix(s));
            if goasm_isa::lookup(base).is_none() || bad_suffix {
                unknown.push(format!("{file}:{line}: {word}"));
            }
            seen.insert(base.to_string());
        }
    }
    println!("{} distinct mnemonics checked", seen.len());
    assert!(
        seen.len() > 1000,
        "suspiciously few mnemonics: {}",
        seen.len()
    );
    assert!(unknown.is_empty(), "unknown mnemonics: {unknown:#?}");
}

#[test]
fn mnemonic_scanner_strips_labels_comments_and_suffixes() {
    let got = mnemonics("x: JMP x; RET // c\n\t/* a\nb */ VADDPD.RU_SAE.Z X1, X2\n#define Y 1\n");
    let words: Vec<&str> = got.iter().map(|(_, w)| w.as_str()).collect();
    assert_eq!(words, ["JMP", "RET", "VADDPD.RU_SAE.Z"]);
}

/// Drops a leading `label:` (but not a register pair like `R11:AX`).
fn strip_label(line: &str) -> &str {
    match line.split_once(':') {
        Some((head, tail))
            if !head.is_empty() && head.chars().all(|c| c.is_alphanumeric() || c == '_') =>
        {
            tail.trim()
        }
        _ => line,
    }
}

/// The operand kinds a piece of Go operand text could be.
fn classify(text: &str) -> Opnd {
    use goasm_isa::{Reg, RegClass};
    let t = text.trim().trim_start_matches('*');
    if t.starts_with('$') {
        return Opnd::I;
    }
    if t.ends_with("(PC)") {
        return Opnd::T;
    }
    if t.contains("(SB)") && !t.contains(")(") {
        return Opnd::M | Opnd::T;
    }
    if t.contains('(') {
        return Opnd::M;
    }
    if let Some((a, b)) = t.split_once(':')
        && Reg::from_name(a).is_some()
        && Reg::from_name(b).is_some()
    {
        return Opnd::PAIR;
    }
    match Reg::from_name(t).map(Reg::class) {
        Some(RegClass::Gp64 | RegClass::Gp8Low | RegClass::Gp8High) if t == "CX" || t == "CL" => {
            Opnd::R | Opnd::CL
        }
        Some(RegClass::Gp64 | RegClass::Gp8Low | RegClass::Gp8High | RegClass::Tls) => Opnd::R,
        Some(RegClass::Xmm) => Opnd::X,
        Some(RegClass::Ymm) => Opnd::Y,
        Some(RegClass::Zmm) => Opnd::Z,
        Some(RegClass::Mask) => Opnd::K,
        Some(RegClass::Mmx) => Opnd::MM,
        Some(RegClass::X87) => Opnd::F,
        Some(RegClass::Segment) => Opnd::SEG,
        Some(RegClass::System) => Opnd::SYS,
        None => Opnd::T,
    }
}

/// Splits an operand list at commas outside parentheses.
fn operands(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(text[start..].trim());
    }
    out
}

use goasm_isa::Opnd;

#[test]
fn described_operand_forms_accept_go_asm_testdata() {
    let Some(goroot) = goroot("described_operand_forms_accept_go_asm_testdata") else {
        return;
    };
    let (mut checked, mut rejected) = (0, Vec::new());
    for file in ["amd64.s", "amd64enc.s", "amd64enc_extra.s"] {
        let text = read(&goroot, &format!("cmd/asm/internal/asm/testdata/{file}"));
        for (n, line) in text.lines().enumerate() {
            let line = strip_label(line.split("//").next().unwrap_or_default().trim());
            let (word, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let Some(row) = goasm_isa::lookup(word) else {
                continue;
            };
            if row.forms().is_none() {
                continue;
            }
            let kinds: Vec<Opnd> = operands(rest).into_iter().map(classify).collect();
            checked += 1;
            if !row.accepts(&kinds) {
                rejected.push(format!("{file}:{}: {line}  kinds {kinds:?}", n + 1));
            }
        }
    }
    println!("{checked} instruction lines checked against described forms");
    assert!(checked > 1000, "too few lines checked: {checked}");
    assert!(
        rejected.is_empty(),
        "{} rejected:\n{}",
        rejected.len(),
        rejected.join("\n")
    );
}

/// Every `.s` file under GOROOT/src that is amd64-specific.
fn amd64_sources(goroot: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                if !p.ends_with("testdata") {
                    walk(&p, out);
                }
            } else if p.to_string_lossy().ends_with("_amd64.s") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&goroot.join("src"), &mut out);
    out.sort();
    out
}

#[test]
fn described_operand_forms_accept_goroot_amd64_sources() {
    let Some(goroot) = goroot("described_operand_forms_accept_goroot_amd64_sources") else {
        return;
    };
    let (mut checked, mut rejected) = (0, Vec::new());
    for path in amd64_sources(&goroot) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let mut in_macro = false;
        for (n, raw) in text.lines().enumerate() {
            // Skip #define bodies: their operands are macro parameters.
            let continued = raw.trim_end().ends_with('\\');
            if raw.trim_start().starts_with('#') || in_macro {
                in_macro = continued;
                continue;
            }
            for stmt in raw.split("//").next().unwrap_or_default().split(';') {
                let line = strip_label(stmt.trim());
                let (word, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
                let Some(row) = goasm_isa::lookup(word) else {
                    continue;
                };
                if row.forms().is_none() || row.is_branch() || row.is_call() {
                    continue;
                }
                let kinds: Vec<Opnd> = operands(rest).into_iter().map(classify).collect();
                // A bare identifier outside a branch is a macro argument or constant.
                if kinds.contains(&Opnd::T) {
                    continue;
                }
                checked += 1;
                if !row.accepts(&kinds) {
                    let rel = path.strip_prefix(&goroot).unwrap_or(&path);
                    rejected.push(format!(
                        "{}:{}: {line}  kinds {kinds:?}",
                        rel.display(),
                        n + 1
                    ));
                }
            }
        }
    }
    println!("{checked} instruction lines checked against described forms");
    assert!(checked > 10_000, "too few lines checked: {checked}");
    assert!(
        rejected.is_empty(),
        "{} rejected:\n{}",
        rejected.len(),
        rejected.join("\n")
    );
}
