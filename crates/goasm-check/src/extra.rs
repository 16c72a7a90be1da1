//! goasm's own checks, beyond what `go vet` reports. They read the parsed
//! tree (macros expanded, operands typed) rather than raw lines:
//!
//! * `RET` in a function none of whose *named* results is ever written (vet
//!   only tracks a result literally called `ret`);
//! * BP overwritten in a function whose frame makes the assembler save and
//!   restore BP: frame-pointer unwinding (profilers, tracers) breaks while
//!   it is clobbered;
//! * a NOSPLIT chain deeper than the linker's nosplit limit;
//! * CALL from a function declared with a zero frame (`$0`, not NOFRAME):
//!   arguments stored at `0(SP)` overwrite its own return address;
//! * stores outside the declared frame: `x-8(SP)` below `-frame` or at or
//!   above 0, and hardware `off(SP)` over the return address or below SP.

use crate::decls::{Decl, Declarations};
use crate::limits;
use crate::{Check, Finding};
use goasm_isa::Reg;
use goasm_syntax::ast::{Base, Insn, Mem, OperandKind, Stmt, StmtKind, Text};
use goasm_syntax::{FileId, Parsed};
use std::collections::HashMap;

/// One TEXT symbol and its statements.
pub struct FuncBody<'a> {
    pub text: &'a Text,
    pub line: usize,
    pub name: String,
    pub pkg: String,
    pub insns: Vec<(&'a Stmt, &'a Insn)>,
}

/// Splits a file into functions.
pub fn functions(parsed: &Parsed) -> Vec<FuncBody<'_>> {
    let mut out: Vec<FuncBody<'_>> = Vec::new();
    for s in &parsed.file.stmts {
        match &s.kind {
            StmtKind::Text(t) => {
                let (pkg, name) = match t.sym.name.rsplit_once('·') {
                    Some((p, n)) => (p.replace('∕', "/"), n.to_string()),
                    None => (String::new(), t.sym.name.clone()),
                };
                out.push(FuncBody {
                    text: t,
                    line: s.span.line as usize,
                    name,
                    pkg,
                    insns: Vec::new(),
                });
            }
            StmtKind::Insn(i) => {
                if let Some(f) = out.last_mut() {
                    f.insns.push((s, i));
                }
            }
            _ => {}
        }
    }
    out
}

fn sp() -> Reg {
    Reg::from_name("SP").expect("SP")
}
fn bp() -> Reg {
    Reg::from_name("BP").expect("BP")
}

/// Whether operand `i` of `insn` is (also) written.
pub fn writes_operand(insn: &Insn, i: usize) -> bool {
    let m = insn.mnemonic.as_str();
    let n = insn.operands.len();
    let read_only = [
        "CMP", "TEST", "BT", "UCOMIS", "COMIS", "PUSH", "PTEST", "PREFETCH", "NOP",
    ]
    .iter()
    .any(|p| m.starts_with(p))
        || m.starts_with('J')
        || m == "CALL"
        || m == "RET"
        || m == "PCDATA"
        || m == "FUNCDATA";
    if read_only {
        return false;
    }
    if m.starts_with("XCHG") || m.starts_with("XADD") || m.starts_with("CMPXCHG") {
        return true;
    }
    i + 1 == n
}

fn width_of(insn: &Insn) -> i64 {
    goasm_isa::lookup(&insn.mnemonic)
        .and_then(|i| i.width())
        .map_or(8, |w| w.bytes() as i64)
}

/// Runs goasm's own checks on one parsed file.
pub fn check_parsed(path: &str, parsed: &Parsed, decls: &Declarations) -> Vec<Finding> {
    let funcs = functions(parsed);
    let main = FileId(0);
    let mut out = Vec::new();
    let mut report = |line: usize, func: &str, msg: String| {
        out.push(Finding {
            file: path.to_string(),
            line,
            col: 1,
            arch: "amd64",
            func: func.to_string(),
            message: msg,
            check: Check::Goasm,
        });
    };
    let heights = nosplit_heights(&funcs);
    // Frameless NOSPLIT leaves in this file: no unwinding can start inside
    // them, so calling one with BP in use is safe.
    let safe_leaves: Vec<&str> = funcs
        .iter()
        .filter(|f| {
            f.text.flags & limits::NOSPLIT != 0
                && f.text.frame <= 0
                && !f.insns.iter().any(|(_, i)| i.mnemonic == "CALL")
        })
        .map(|f| f.name.as_str())
        .collect();
    for f in &funcs {
        if !f.pkg.is_empty() && f.pkg != decls.pkg_path {
            continue;
        }
        let (name, _) = crate::asmdecl::split_abi(&f.name);
        let abi = f.text.sym.abi.as_deref().unwrap_or("");
        let t = f.text;
        let noframe = t.flags & limits::NOFRAME != 0;
        let has_frame = t.frame > 0 && !noframe;
        let at = |s: &Stmt| (s.span.file == main).then_some(s.span.line as usize);

        // Named results never written.
        if abi.is_empty()
            && let Some(Decl::Known(info)) = decls.lookup(name)
            && !info.vars.results.is_empty()
            && info.vars.by_name("ret").is_none()
        {
            let res: Vec<_> = info
                .vars
                .results
                .iter()
                .map(|&i| &info.vars.vars[i])
                .collect();
            let first = res[0];
            let res_off = first.off;
            let total: i64 = res.iter().map(|v| v.size).sum();
            let written = f.insns.iter().any(|(_, insn)| {
                insn.operands
                    .iter()
                    .enumerate()
                    .any(|(i, o)| match &o.kind {
                        OperandKind::Addr(m) => m.base == Some(Base::FP),
                        OperandKind::Mem(m) if m.base == Some(Base::FP) => {
                            let is_res = match &m.sym {
                                Some(s) => {
                                    info.vars.by_name(&s.name).is_some_and(|v| v.result)
                                        || s.name == "ret"
                                        || s.name.starts_with("ret_")
                                }
                                None => m.offset >= res_off,
                            } || m.offset >= res_off;
                            is_res && (writes_operand(insn, i) || insn.mnemonic == "LEAQ")
                        }
                        _ => false,
                    })
            });
            if total > 0 && !written {
                for (s, insn) in &f.insns {
                    if insn.mnemonic == "RET"
                        && insn.operands.is_empty()
                        && let Some(l) = at(s)
                    {
                        report(
                            l,
                            name,
                            format!(
                                "RET without writing to named result {}+{}(FP)",
                                first.name, first.off
                            ),
                        );
                    }
                }
            }
        }

        // Frame pointer clobbered across a CALL.
        if has_frame {
            let mut saved = false;
            let mut clobbered_at: Option<usize> = None;
            for (s, insn) in &f.insns {
                let is_bp =
                    |i: usize| matches!(insn.operands[i].kind, OperandKind::Reg(r) if r == bp());
                let n = insn.operands.len();
                let m = insn.mnemonic.as_str();
                if m == "PUSHQ" && n == 1 && is_bp(0) {
                    saved = true;
                    continue;
                }
                if m == "MOVQ"
                    && n == 2
                    && is_bp(0)
                    && matches!(insn.operands[1].kind, OperandKind::Mem(_))
                {
                    saved = true;
                    continue;
                }
                let restores = (m == "POPQ" && n == 1 && is_bp(0))
                    || (m == "MOVQ"
                        && n == 2
                        && is_bp(1)
                        && saved
                        && matches!(insn.operands[0].kind, OperandKind::Mem(_)))
                    || (m == "MOVQ"
                        && n == 2
                        && is_bp(1)
                        && matches!(insn.operands[0].kind, OperandKind::Reg(r) if r == sp()));
                if restores {
                    clobbered_at = None;
                    continue;
                }
                if (0..n).any(|i| is_bp(i) && writes_operand(insn, i)) {
                    clobbered_at.get_or_insert(s.span.line as usize);
                    continue;
                }
                if m == "CALL"
                    && !calls_one_of(insn, &safe_leaves)
                    && let Some(w) = clobbered_at
                    && let Some(l) = at(s)
                {
                    report(
                        l,
                        name,
                        format!(
                            "CALL while the frame pointer BP is clobbered (written at line {w}) in a function with a ${} frame: frame-pointer unwinding through the callee breaks",
                            t.frame
                        ),
                    );
                    break;
                }
            }
        }

        // NOSPLIT chain over the limit.
        if t.flags & limits::NOSPLIT != 0
            && let Some(&h) = heights.get(f.name.as_str())
            && h > limits::NOSPLIT_LIMIT
        {
            report(
                f.line,
                name,
                format!(
                    "nosplit stack over {} byte limit: frame plus callees use {h} bytes",
                    limits::NOSPLIT_LIMIT
                ),
            );
        }

        // CALL with a zero frame whose outgoing arguments sit on the return address.
        if t.frame == 0 && !noframe {
            let mut moved = false;
            let mut arg_store: Option<usize> = None;
            for (s, insn) in &f.insns {
                if moves_sp(insn) {
                    moved = true;
                }
                if !moved && arg_store.is_none() {
                    let stores = insn.operands.iter().enumerate().any(|(i, o)| {
                        matches!(&o.kind, OperandKind::Mem(m) if m.base == Some(Base::Reg(sp())) && m.sym.is_none() && m.offset >= 0)
                            && writes_operand(insn, i)
                    });
                    if stores {
                        arg_store = Some(s.span.line as usize);
                    }
                }
                if insn.mnemonic == "CALL"
                    && let Some(w) = arg_store
                    && let Some(l) = at(s)
                {
                    report(
                        l,
                        name,
                        format!(
                            "CALL in a function declared with a zero frame ($0): the argument stored at line {w} overwrites the return address; declare a frame"
                        ),
                    );
                    break;
                }
            }
        }

        // Stores outside the declared frame.
        let frame = if noframe { 0 } else { t.frame.max(0) };
        let mut sp_moved = false;
        for (s, insn) in &f.insns {
            if moves_sp(insn) {
                sp_moved = true;
            }
            for (i, o) in insn.operands.iter().enumerate() {
                if let OperandKind::Reg(r) = o.kind
                    && r == sp()
                    && writes_operand(insn, i)
                {
                    sp_moved = true;
                }
                let OperandKind::Mem(m) = &o.kind else {
                    continue;
                };
                if !writes_operand(insn, i) || m.index.is_some() {
                    continue;
                }
                let w = width_of(insn);
                let bad = match m.base {
                    Some(Base::PseudoSP) if m.sym.is_some() => {
                        m.offset < -frame || m.offset + w > 0
                    }
                    Some(Base::Reg(r)) if r == sp() && m.sym.is_none() && !sp_moved => {
                        m.offset < 0 || (m.offset < frame + 8 && m.offset + w > frame)
                    }
                    _ => false,
                };
                if bad && let Some(l) = at(s) {
                    report(
                        l,
                        name,
                        format!("{} writes outside the ${frame} frame", describe(m)),
                    );
                }
            }
        }
    }
    out
}

fn calls_one_of(insn: &Insn, names: &[&str]) -> bool {
    match insn.operands.first().map(|o| &o.kind) {
        Some(OperandKind::Mem(Mem {
            sym: Some(s),
            base: Some(Base::SB),
            ..
        })) => {
            let n = s.name.rsplit_once('·').map_or(s.name.as_str(), |(_, n)| n);
            names.contains(&n)
        }
        _ => false,
    }
}

/// PUSH/POP/ADJSP or any write to SP: later `off(SP)` offsets shift.
fn moves_sp(insn: &Insn) -> bool {
    let m = insn.mnemonic.as_str();
    m.starts_with("PUSH")
        || m.starts_with("POP")
        || m == "ADJSP"
        || insn.operands.iter().enumerate().any(|(i, o)| {
            matches!(o.kind, OperandKind::Reg(r) if r == sp()) && writes_operand(insn, i)
        })
}

fn describe(m: &Mem) -> String {
    match (&m.sym, m.base) {
        (Some(s), Some(Base::PseudoSP)) => format!("{}{:+}(SP)", s.name, m.offset),
        _ => format!("{}(SP)", m.offset),
    }
}

/// Stack height of each NOSPLIT function in the file, following direct
/// calls to NOSPLIT functions defined in the same file; any other callee
/// costs a CALL plus its morestack call, as the linker assumes.
fn nosplit_heights<'a>(funcs: &'a [FuncBody<'a>]) -> HashMap<&'a str, i64> {
    let by_name: HashMap<&str, &FuncBody<'_>> =
        funcs.iter().map(|f| (f.name.as_str(), f)).collect();
    let mut memo: HashMap<&str, i64> = HashMap::new();
    for f in funcs {
        height(f, &by_name, &mut memo, &mut Vec::new());
    }
    memo
}

fn height<'a>(
    f: &'a FuncBody<'a>,
    by_name: &HashMap<&str, &'a FuncBody<'a>>,
    memo: &mut HashMap<&'a str, i64>,
    stack: &mut Vec<&'a str>,
) -> i64 {
    if let Some(&h) = memo.get(f.name.as_str()) {
        return h;
    }
    if f.text.flags & limits::NOSPLIT == 0 {
        return limits::CALL_SIZE;
    }
    if stack.contains(&f.name.as_str()) || stack.len() > 64 {
        return 0;
    }
    stack.push(&f.name);
    let noframe = f.text.flags & limits::NOFRAME != 0;
    let mut cur = if f.text.frame > 0 && !noframe {
        f.text.frame + limits::FRAME_POINTER_SLOT
    } else {
        0
    };
    let mut max = cur;
    for (_, insn) in &f.insns {
        let m = insn.mnemonic.as_str();
        if m.starts_with("PUSH") {
            cur += if m.ends_with('W') { 2 } else { 8 };
        } else if m.starts_with("POP") {
            cur -= if m.ends_with('W') { 2 } else { 8 };
        } else if m == "CALL" {
            let callee = match insn.operands.first().map(|o| &o.kind) {
                Some(OperandKind::Mem(Mem {
                    sym: Some(s),
                    base: Some(Base::SB),
                    ..
                })) => {
                    let n = s.name.rsplit_once('·').map_or(s.name.as_str(), |(_, n)| n);
                    by_name.get(n).copied()
                }
                _ => None,
            };
            let h = match callee {
                Some(c) => height(c, by_name, memo, stack),
                None => limits::CALL_SIZE,
            };
            max = max.max(cur + limits::CALL_SIZE + h);
        }
        max = max.max(cur);
    }
    stack.pop();
    memo.insert(&f.name, max);
    max
}
