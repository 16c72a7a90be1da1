//! Generator of the mutant corpus: correct ABI0 functions for a spread of
//! signatures, and one mutation of one of them per mutant function. The
//! unmutated bases are in the package too, as controls go vet must accept.

use goasm_abi::{Basic, Type, analyze_str};
use std::fmt::Write;

/// Declarations of the base functions (`F` is replaced by the function name).
pub const BASES: &[&str] = &[
    "func F(a int, b int) int",
    "func F(x int32, y int8, z int16) (r uint64)",
    "func F(s string) int",
    "func F(b []byte, n int) (int, bool)",
    "func F(p *int, f float64) float64",
    "func F(f float32, d float64) float32",
    "func F(c complex128) complex128",
    "func F(c complex64, x int64) (re float32)",
    "func F(e interface{}) uintptr",
    "func F(err error) (ok bool)",
    "func F(a uint8, b uint16, c uint32, d uint64) (sum uint64)",
    "func F(s string, t string) (n int, eq bool)",
    "func F(dst, src []byte) int",
    "func F(m map[int]int, ch chan int) int",
    "func F(b bool, r rune, by byte) int32",
    "func F(t T) (n int32)",
    "func F(v [2]int64, w *T) int64",
    "func F(x uintptr, y *byte, z uint) (uintptr, *byte)",
    "func F(f func(int) int, n int) int",
    "func F(a int8, s []string, b int8) (e error)",
    "func F(a, b, c, d, e int16) int64",
    "func F(s string, i int) byte",
];

pub const TYPES: &str = "type T struct {\n\ta int32\n\tb string\n}\n";

/// One generated function: its Go declaration (None when the mutation is
/// to leave it out) and its assembly.
pub struct Func {
    pub name: String,
    pub decl: Option<String>,
    pub asm: String,
    pub what: String,
}

/// A reference line of a base body.
#[derive(Clone)]
struct Line {
    text: String,
    /// The reference's name and offset, for mutations.
    name: String,
    off: u64,
    result: bool,
    mnemonic: String,
}

fn mov_for(size: u64, float: bool) -> &'static str {
    match (size, float) {
        (4, true) => "MOVSS",
        (8, true) => "MOVSD",
        (1, _) => "MOVB",
        (2, _) => "MOVW",
        (4, _) => "MOVL",
        _ => "MOVQ",
    }
}

fn body(decl: &str) -> (Vec<Line>, u64) {
    let env = {
        let f = goasm_abi::parse_file("t.go", &format!("package p\n{TYPES}")).unwrap();
        let mut e = goasm_abi::TypeEnv::new();
        e.add_file(&f).unwrap();
        e
    };
    let a = analyze_str(decl, Some(&env)).unwrap();
    let mut lines = Vec::new();
    for (slot, result) in a
        .abi0
        .params
        .iter()
        .map(|s| (s, false))
        .chain(a.abi0.results.iter().map(|s| (s, true)))
    {
        // Scalar leaves only: composite values through their parts.
        for c in &slot.components {
            let leaf = matches!(c.kind, goasm_abi::VetKind::Scalar)
                && !slot
                    .components
                    .iter()
                    .any(|o| o.name.starts_with(&format!("{}_", c.name)));
            if !leaf {
                continue;
            }
            let float = c.type_name.starts_with("float")
                || c.type_name.starts_with("real(")
                || c.type_name.starts_with("imag(");
            let mov = mov_for(c.size, float);
            let reg = if float { "X0" } else { "AX" };
            let r = format!("{}+{}(FP)", c.name, c.offset);
            let text = if result {
                format!("\t{mov}\t{reg}, {r}\n")
            } else {
                format!("\t{mov}\t{r}, {reg}\n")
            };
            lines.push(Line {
                text,
                name: c.name.clone(),
                off: c.offset,
                result,
                mnemonic: mov.into(),
            });
        }
    }
    let _ = (Basic::Int, Type::any());
    (lines, a.abi0.argsize)
}

fn render(
    name: &str,
    flags: &str,
    frame: &str,
    argsize: Option<u64>,
    lines: &[String],
    tail: &str,
) -> String {
    let mut s = String::new();
    let args = argsize.map(|a| format!("-{a}")).unwrap_or_default();
    let _ = writeln!(s, "TEXT ·{name}(SB), {flags}, ${frame}{args}");
    for l in lines {
        s.push_str(l);
    }
    s.push_str(tail);
    s.push_str("\tRET\n\n");
    s
}

/// Every base and every mutant, in a fixed order.
pub fn generate() -> Vec<Func> {
    let mut out = Vec::new();
    let mut n = 0;
    let mut next = |out: &mut Vec<Func>,
                    base: &str,
                    what: String,
                    decl: bool,
                    asm: &dyn Fn(&str) -> String| {
        n += 1;
        let name = format!("M{n:03}");
        out.push(Func {
            decl: decl.then(|| base.replacen("func F", &format!("func {name}"), 1)),
            asm: asm(&name),
            name,
            what,
        });
    };
    for (bi, base) in BASES.iter().enumerate() {
        let (lines, argsize) = body(base);
        let texts: Vec<String> = lines.iter().map(|l| l.text.clone()).collect();
        let with = |i: usize, new: String| {
            let mut t = texts.clone();
            t[i] = new;
            t
        };
        let flags = "0";
        next(&mut out, base, "base (correct)".into(), true, &|nm| {
            render(nm, flags, "0", Some(argsize), &texts, "")
        });
        let params: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].result).collect();
        let results: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].result).collect();
        let pick = |v: &[usize], k: usize| v.get((bi + k) % v.len().max(1)).copied();
        // Shifted offsets.
        for (k, delta) in [(0, 8i64), (1, 4), (2, -8), (3, 16)] {
            if let Some(i) = pick(&params, k).or_else(|| pick(&results, k)) {
                let l = &lines[i];
                let off = l.off as i64 + delta;
                if off < 0 {
                    continue;
                }
                let t = with(
                    i,
                    l.text.replace(
                        &format!("{}+{}(FP)", l.name, l.off),
                        &format!("{}+{off}(FP)", l.name),
                    ),
                );
                next(
                    &mut out,
                    base,
                    format!("shift {} by {delta}", l.name),
                    true,
                    &|nm| render(nm, flags, "0", Some(argsize), &t, ""),
                );
            }
        }
        // Wrong widths.
        for k in 0..3 {
            if let Some(i) = pick(&params, k).or_else(|| pick(&results, k)) {
                let l = &lines[i];
                let other = match (l.mnemonic.as_str(), k) {
                    ("MOVQ", 0) => "MOVL",
                    ("MOVQ", 1) => "MOVB",
                    ("MOVQ", _) => "MOVW",
                    ("MOVL", 0) => "MOVQ",
                    ("MOVL", _) => "MOVW",
                    ("MOVW", _) => "MOVL",
                    ("MOVB", _) => "MOVW",
                    ("MOVSD", 0) => "MOVSS",
                    ("MOVSD", _) => "MOVL",
                    ("MOVSS", _) => "MOVSD",
                    _ => "MOVO",
                };
                let t = with(i, l.text.replacen(&l.mnemonic, other, 1));
                next(
                    &mut out,
                    base,
                    format!("{} of {} as {other}", l.mnemonic, l.name),
                    true,
                    &|nm| render(nm, flags, "0", Some(argsize), &t, ""),
                );
            }
        }
        // Renamed arguments.
        for (k, new) in [(0, "x"), (1, "arg9")] {
            if let Some(i) = pick(&params, k) {
                let l = &lines[i];
                let renamed = if new == "x" {
                    format!("{}x", l.name)
                } else {
                    new.to_string()
                };
                let t = with(
                    i,
                    l.text
                        .replace(&format!("{}+", l.name), &format!("{renamed}+")),
                );
                next(
                    &mut out,
                    base,
                    format!("rename {} to {renamed}", l.name),
                    true,
                    &|nm| render(nm, flags, "0", Some(argsize), &t, ""),
                );
            }
        }
        // Wrong argument size.
        for (what, size, fl) in [
            ("argsize +8", Some(argsize + 8), "0"),
            ("argsize -8", argsize.checked_sub(8), "0"),
            ("argsize missing", None, "0"),
            ("argsize missing, NOSPLIT", None, "NOSPLIT"),
            ("argsize 0, NOSPLIT", Some(0), "NOSPLIT"),
        ] {
            if size == Some(argsize) {
                continue;
            }
            let body = format!("#include \"textflag.h\"\n{}", "");
            let _ = body;
            next(&mut out, base, what.into(), true, &|nm| {
                render(nm, fl, "0", size, &texts, "")
            });
        }
        // Dropped result writes.
        if !results.is_empty() {
            let t: Vec<String> = (0..lines.len())
                .filter(|i| !lines[*i].result)
                .map(|i| texts[i].clone())
                .collect();
            next(
                &mut out,
                base,
                "drop all result writes".into(),
                true,
                &|nm| render(nm, flags, "0", Some(argsize), &t, ""),
            );
            let first = results[0];
            let t: Vec<String> = (0..lines.len())
                .filter(|i| *i != first)
                .map(|i| texts[i].clone())
                .collect();
            next(
                &mut out,
                base,
                format!("drop the write of {}", lines[first].name),
                true,
                &|nm| render(nm, flags, "0", Some(argsize), &t, ""),
            );
        }
        // Unnamed and SP-relative references.
        if let Some(i) = pick(&params, 0) {
            let l = &lines[i];
            let r = format!("{}+{}(FP)", l.name, l.off);
            let t = with(i, l.text.replace(&r, &format!("{}(FP)", l.off)));
            next(&mut out, base, format!("{} unnamed", l.name), true, &|nm| {
                render(nm, flags, "0", Some(argsize), &t, "")
            });
            let t = with(i, l.text.replace(&r, &format!("{}(SP)", l.off + 8)));
            next(
                &mut out,
                base,
                format!("{} through SP", l.name),
                true,
                &|nm| render(nm, flags, "0", Some(argsize), &t, ""),
            );
            let t = with(i, l.text.replace(&r, &format!("{}(SP)", argsize + 24)));
            next(
                &mut out,
                base,
                format!("{} beyond the frame via SP", l.name),
                true,
                &|nm| render(nm, flags, "0", Some(argsize), &t, ""),
            );
            let t = with(i, format!("\tLEAQ\t{}+{}(FP), AX\n", l.name, l.off + 1));
            next(
                &mut out,
                base,
                format!("LEAQ of {} at a wrong offset", l.name),
                true,
                &|nm| render(nm, flags, "0", Some(argsize), &t, ""),
            );
        }
        // Missing Go declaration.
        next(&mut out, base, "no Go declaration".into(), false, &|nm| {
            render(nm, flags, "0", Some(argsize), &texts, "")
        });
        // goasm-only: stores outside the frame, BP across a CALL, CALL
        // with a $0 frame storing an argument, NOSPLIT over the limit.
        next(
            &mut out,
            base,
            "store over the return address".into(),
            true,
            &|nm| {
                render(
                    nm,
                    flags,
                    "16",
                    Some(argsize),
                    &texts,
                    "\tMOVQ\tAX, 16(SP)\n",
                )
            },
        );
        next(
            &mut out,
            base,
            "store below the named frame".into(),
            true,
            &|nm| {
                render(
                    nm,
                    flags,
                    "16",
                    Some(argsize),
                    &texts,
                    "\tMOVQ\tAX, tmp-24(SP)\n",
                )
            },
        );
        next(
            &mut out,
            base,
            "BP clobbered across a CALL".into(),
            true,
            &|nm| {
                render(
                    nm,
                    flags,
                    "16",
                    Some(argsize),
                    &texts,
                    "\tMOVQ\t$0, BP\n\tCALL\t·helper2(SB)\n",
                )
            },
        );
        next(
            &mut out,
            base,
            "CALL from a $0 frame with an argument at 0(SP)".into(),
            true,
            &|nm| {
                render(
                    nm,
                    flags,
                    "0",
                    Some(argsize),
                    &texts,
                    "\tMOVQ\tAX, 0(SP)\n\tCALL\t·helper(SB)\n",
                )
            },
        );
        next(
            &mut out,
            base,
            "NOSPLIT frame over the limit".into(),
            true,
            &|nm| render(nm, "NOSPLIT", "800", Some(argsize), &texts, ""),
        );
    }
    out
}

/// The package sources: (Go file, assembly file).
pub fn package_sources(funcs: &[Func]) -> (String, String) {
    let mut go = String::from(
        "// Code generated by goasm-check's mutant corpus (tests/vet_mutants.rs); DO NOT EDIT.\n\npackage mutants\n\n",
    );
    go.push_str(TYPES);
    go.push_str("\nfunc helper()\n\nfunc helper2()\n\n");
    let mut asm = String::from(
        "// Code generated by goasm-check's mutant corpus (tests/vet_mutants.rs); DO NOT EDIT.\n\n#include \"textflag.h\"\n\nTEXT ·helper(SB), NOSPLIT, $0-0\n\tRET\n\nTEXT ·helper2(SB), $8-0\n\tCALL\t·helper(SB)\n\tRET\n\n",
    );
    for f in funcs {
        if let Some(d) = &f.decl {
            let _ = writeln!(go, "// {}\n{d}\n", f.what);
        }
        let _ = write!(asm, "// {}: {}\n{}", f.name, f.what, f.asm);
    }
    (go, asm)
}
