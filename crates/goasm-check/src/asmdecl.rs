//! The checks `go vet`'s asmdecl pass makes, reproduced finding for finding.
//!
//! vet defines these checks on raw text: it walks the lines of each `.s`
//! file, tracks the current TEXT symbol, and matches references in each
//! line. Macro invocations are not expanded and a `#define` body is checked
//! as a line of whatever function precedes it. Compatibility with vet's
//! output means keeping that model, so this pass is a line-driven state
//! machine over [`crate::scan`]'s matchers; goasm's own checks, which want
//! the real instruction stream, run on the parsed tree instead
//! ([`crate::extra`]).

use crate::decls::{Decl, Declarations};
use crate::scan::{self, atoi};
use crate::vars::{FrameVars, Kind, Var};
use crate::{Check, Finding};

/// Architectures vet recognises by file-name suffix or `+build` line; files
/// for any but amd64 are not checked (goasm models amd64 only).
const ARCHES: &[&str] = &[
    "386", "arm", "arm64", "amd64", "mips", "mipsle", "mips64", "mips64le", "ppc64", "ppc64le",
    "riscv64", "s390x", "wasm", "loong64",
];

/// The architecture vet would use for a file: `Ok(true)` for amd64,
/// `Ok(false)` for another one (file skipped).
fn arch_from_name(path: &str) -> Option<&'static str> {
    ARCHES
        .iter()
        .find(|a| path.ends_with(&format!("_{a}.s")))
        .copied()
}

fn arch_from_plus_build(line: &str) -> Option<&'static str> {
    let i = line.find("//")?;
    let rest = &line[i + 2..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    if trimmed.len() == rest.len() {
        return None;
    }
    let rest = trimmed.strip_prefix("+build")?;
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let cands: Vec<&'static str> = rest
        .split_whitespace()
        .filter_map(|f| ARCHES.iter().find(|a| **a == f).copied())
        .collect();
    if cands.contains(&"amd64") {
        Some("amd64")
    } else {
        cands.first().copied()
    }
}

/// Per-function state while walking lines.
#[derive(Default)]
struct Func<'d> {
    name: String,
    abi: String,
    vars: Option<&'d FrameVars>,
    local_size: i64,
    arg_size: i64,
    wrote_sp: bool,
    noframe: bool,
    have_ret: bool,
}

struct Pass<'a, 'd> {
    path: &'a str,
    out: Vec<Finding>,
    f: Func<'d>,
    ret_lines: Vec<usize>,
}

impl Pass<'_, '_> {
    fn report(&mut self, line: usize, msg: String) {
        self.out.push(Finding {
            file: self.path.to_string(),
            line,
            col: 1,
            arch: "amd64",
            func: self.f.name.clone(),
            message: msg,
            check: Check::Vet,
        });
    }

    fn flush_ret(&mut self) {
        let lines = std::mem::take(&mut self.ret_lines);
        let Some(vars) = self.f.vars else { return };
        let Some(ret) = vars.by_name("ret") else {
            return;
        };
        if self.f.have_ret {
            return;
        }
        let what = if self.f.abi == "ABIInternal" {
            "result register".to_string()
        } else {
            format!("{}-byte ret+{}(FP)", ret.size, ret.off)
        };
        for l in lines {
            self.report(l, format!("RET without writing to {what}"));
        }
    }
}

/// Runs the vet-compatible checks on one `.s` file. Files for another
/// architecture give no findings.
pub fn check_file(path: &str, text: &str, decls: &Declarations) -> Vec<Finding> {
    let mut arch = arch_from_name(path);
    if arch.is_some_and(|a| a != "amd64") {
        return Vec::new();
    }
    let mut p = Pass {
        path,
        out: Vec::new(),
        f: Func::default(),
        ret_lines: Vec::new(),
    };
    for (idx, raw) in text.split_inclusive('\n').enumerate() {
        let lineno = idx + 1;
        if arch.is_none() {
            arch = arch_from_plus_build(raw);
        }
        let line = scan::strip_comment(raw);
        if let Some(h) = scan::text_header(line) {
            p.flush_ret();
            match arch {
                None => arch = Some("amd64"),
                Some("amd64") => {}
                Some(_) => return Vec::new(),
            }
            p.f = Func::default();
            let pkg = h.pkg.trim().replace('∕', "/");
            if !pkg.is_empty() && pkg != decls.pkg_path {
                // Another package's function: vet cannot check it.
                continue;
            }
            let (name, abi) = split_abi(h.name);
            p.f.name = name.to_string();
            p.f.abi = abi.to_string();
            let decl = decls.lookup(name);
            let vars = match decl {
                Some(Decl::Known(info)) => Some(&info.vars),
                _ => None,
            };
            let nosplit = h.flag == "7" || h.flag.contains("NOSPLIT");
            if let Some(v) = vars {
                let size = atoi(h.args);
                if size != v.size && (!nosplit || size != 0) {
                    p.report(
                        lineno,
                        format!("wrong argument size {size}; expected $...-{}", v.size),
                    );
                }
            }
            p.f.vars = vars;
            p.f.local_size = atoi(h.frame).saturating_add(8);
            p.f.arg_size = atoi(h.args);
            p.f.noframe = h.flag.contains("NOFRAME");
            if decl.is_none() && !name.contains("<>") && !p.f.noframe {
                p.report(lineno, format!("function {name} missing Go declaration"));
            }
            continue;
        } else if line.contains("TEXT") && line.contains("SB") {
            // A symbol Go cannot see: stop checking until the next TEXT.
            p.flush_ret();
            p.f = Func::default();
            continue;
        }
        if line.contains("RET") && !line.contains("(SB)") {
            p.ret_lines.push(lineno);
        }
        if p.f.name.is_empty() {
            continue;
        }
        if has_word(line, "DATA") || has_word(line, "GLOBL") {
            p.f.vars = None;
        }
        if [", SP", ",\tSP", "NOP SP", "NOP\tSP"]
            .iter()
            .any(|s| line.contains(s))
        {
            p.f.wrote_sp = true;
            continue;
        }
        if p.f.abi == "ABIInternal"
            && !p.f.have_ret
            && ["SYSCALL", "AX", "X0"].iter().any(|s| line.contains(s))
        {
            p.f.have_ret = true;
        }
        check_sp_refs(&mut p, lineno, line);
        let Some(vars) = p.f.vars else { continue };
        for r in scan::unnamed_fp_refs(line) {
            let off = atoi(r.off);
            let msg = match vars.by_offset(off) {
                Some(v) => format!(
                    "use of unnamed argument {}; offset {off} is {}+{}(FP)",
                    r.expr, v.name, v.off
                ),
                None => format!("use of unnamed argument {}", r.expr),
            };
            p.report(lineno, msg);
        }
        for r in scan::named_fp_refs(line) {
            let off = atoi(r.off);
            if r.name == "ret" || r.name.starts_with("ret_") {
                p.f.have_ret = true;
            }
            let Some(v) = vars.by_name(r.name) else {
                if r.name == "argframe" && off == 0 {
                    continue;
                }
                let msg = match vars.by_offset(off) {
                    Some(v) => format!(
                        "unknown variable {}; offset {off} is {}+{}(FP)",
                        r.name, v.name, v.off
                    ),
                    None => format!("unknown variable {}", r.name),
                };
                p.report(lineno, msg);
                continue;
            };
            if let Some(msg) = check_var(vars, line, r.expr, off, v) {
                p.report(lineno, msg);
            }
        }
    }
    p.flush_ret();
    p.out
}

fn has_word(line: &str, w: &str) -> bool {
    let b = line.as_bytes();
    line.match_indices(w).any(|(i, _)| {
        let before = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        let j = i + w.len();
        let after = j >= b.len() || !(b[j].is_ascii_alphanumeric() || b[j] == b'_');
        before && after
    })
}

/// `name<ABIInternal>` -> (`name`, `ABIInternal`).
pub fn split_abi(name: &str) -> (&str, &str) {
    if let Some(rest) = name.strip_suffix('>')
        && let Some(i) = rest.rfind('<')
        && i > 0
        && rest[i + 1..].starts_with("ABI")
    {
        return (&rest[..i], &rest[i + 1..]);
    }
    (name, "")
}

fn check_sp_refs(p: &mut Pass<'_, '_>, lineno: usize, line: &str) {
    for r in scan::bare_refs(line) {
        if r.reg != "SP" || p.f.wrote_sp || p.f.noframe {
            continue;
        }
        let off = atoi(r.off);
        let local = p.f.local_size;
        if off < local {
            continue;
        }
        let rel = off - local;
        if let Some(v) = p.f.vars.and_then(|vars| vars.by_offset(rel)) {
            let msg = format!("{} should be {}+{rel}(FP)", r.expr, v.name);
            p.report(lineno, msg);
            continue;
        }
        let msg = if off >= local.saturating_add(p.f.arg_size) {
            format!("use of {} points beyond argument frame", r.expr)
        } else {
            format!("use of {} to access argument frame", r.expr)
        };
        p.report(lineno, msg);
    }
}

/// Offset and operand-width check of one named reference.
fn check_var(fv: &FrameVars, line: &str, expr: &str, off: i64, v: &Var) -> Option<String> {
    let Some(op) = scan::opcode(line) else {
        return Some("cannot find assembly opcode".into());
    };
    let (src, dst, lea) = scan::operand_sizes(op);
    let addr = lea || expr.starts_with('$');
    let at = line.find(expr).map_or(-1, |i| i as i64);
    let comma = line.find(',').map_or(-1, |i| i as i64);
    let kind = if at > comma { dst } else { src };
    let inner = fv.inner(v);
    let (mut vk, mut vs, mut vt) = (v.kind, v.size, v.typ.as_str());
    let mut complex_whole = false;
    match v.kind {
        Kind::Interface | Kind::EmptyInterface | Kind::String | Kind::Slice => {
            if let Some(first) = inner.first() {
                (vk, vs, vt) = (first.kind, first.size, first.typ.as_str());
            }
        }
        Kind::Complex if kind == vs => complex_whole = true,
        _ => {}
    }
    if addr {
        (vk, vs, vt) = (Kind::Size(8), 8, "address");
    }
    if off != v.off {
        let mut s = String::new();
        for (i, w) in inner.iter().enumerate() {
            if inner.len() > 1 {
                s.push(',');
            }
            s.push(' ');
            if i == inner.len() - 1 {
                s.push_str("or ");
            }
            s.push_str(&format!("{}+{}(FP)", w.name, w.off));
        }
        return Some(format!(
            "invalid offset {expr}; expected {}+{}(FP){s}",
            v.name, v.off
        ));
    }
    if complex_whole {
        // A move of the whole complex value matches its kind (unless only
        // its address is taken).
        return (vk != Kind::Complex).then(|| width_message(op, expr, vt, vs, &inner));
    }
    (kind != 0 && Kind::Size(kind) != vk).then(|| width_message(op, expr, vt, vs, &inner))
}

fn width_message(op: &str, expr: &str, vt: &str, vs: i64, inner: &[&Var]) -> String {
    let mut s = String::new();
    if !inner.is_empty() {
        s.push_str(" containing");
        for (i, w) in inner.iter().enumerate() {
            if i > 0 && inner.len() > 2 {
                s.push(',');
            }
            s.push(' ');
            if i > 0 && i == inner.len() - 1 {
                s.push_str("and ");
            }
            s.push_str(&format!("{}+{}(FP)", w.name, w.off));
        }
    }
    format!("invalid {op} of {expr}; {vt} is {vs}-byte value{s}")
}
