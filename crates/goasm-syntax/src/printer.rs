//! The canonical printer behind `goasm fmt`. It prints the tree after
//! preprocessing: macros are expanded and constants evaluated, so the output
//! is plain Go assembly that parses back to the same tree. Flag bits print
//! as textflag.h names, with the `#include` they need.

use crate::ast::{Base, File, Mem, Operand, OperandKind, StmtKind, SymRef};
use crate::headers::TEXT_FLAGS;
use crate::literal::quote_bytes;
use std::fmt::Write;

/// Prints a whole file.
pub fn print_file(file: &File) -> String {
    let mut out = String::new();
    let needs_flags = file.stmts.iter().any(|s| match &s.kind {
        StmtKind::Text(t) => t.flags != 0,
        StmtKind::Globl(g) => g.flags != 0,
        _ => false,
    });
    if needs_flags {
        out.push_str("#include \"textflag.h\"\n");
    }
    // Blank line before each TEXT, and before data that follows code.
    let mut after_code = false;
    for s in &file.stmts {
        match &s.kind {
            StmtKind::Label(l) => {
                let _ = writeln!(out, "{l}:");
                after_code = true;
            }
            StmtKind::Text(t) => {
                if !out.is_empty() {
                    out.push('\n');
                }
                let _ = write!(out, "TEXT {}(SB), ", sym(&t.sym));
                if t.flags != 0 {
                    let _ = write!(out, "{}, ", flags(t.flags));
                }
                let _ = write!(out, "${}", t.frame);
                if let Some(a) = t.args {
                    let _ = write!(out, "-{a}");
                }
                out.push('\n');
                after_code = true;
            }
            StmtKind::Data(d) => {
                if std::mem::take(&mut after_code) {
                    out.push('\n');
                }
                let mem = Mem {
                    sym: Some(d.sym.clone()),
                    offset: d.offset,
                    base: Some(Base::SB),
                    index: None,
                };
                let value = operand_kind(&d.value.kind);
                let _ = writeln!(out, "DATA {}/{}, {value}", mem_text(&mem), d.width);
            }
            StmtKind::Globl(g) => {
                if std::mem::take(&mut after_code) {
                    out.push('\n');
                }
                let _ = write!(out, "GLOBL {}(SB), ", sym(&g.sym));
                if g.flags != 0 {
                    let _ = write!(out, "{}, ", flags(g.flags));
                }
                let _ = writeln!(out, "${}", g.size);
            }
            StmtKind::Insn(i) => {
                out.push('\t');
                out.push_str(&i.mnemonic);
                for s in &i.suffixes {
                    out.push('.');
                    out.push_str(s);
                }
                for (k, o) in i.operands.iter().enumerate() {
                    out.push_str(if k == 0 { "\t" } else { ", " });
                    out.push_str(&operand(o));
                }
                out.push('\n');
                after_code = true;
            }
        }
    }
    out
}

/// Flag bits as `NOSPLIT|NOFRAME`; unknown bits are kept as a number.
pub fn flags(v: i64) -> String {
    let mut parts = Vec::new();
    let mut rest = v;
    for (name, bit) in TEXT_FLAGS {
        if rest & bit != 0 {
            parts.push(name.to_string());
            rest &= !bit;
        }
    }
    if rest != 0 || parts.is_empty() {
        parts.push(rest.to_string());
    }
    parts.join("|")
}

pub fn sym(s: &SymRef) -> String {
    let mut out = s.name.clone();
    if s.is_static {
        out.push_str("<>");
    }
    if let Some(abi) = &s.abi {
        let _ = write!(out, "<{abi}>");
    }
    out
}

pub fn operand(o: &Operand) -> String {
    operand_kind(&o.kind)
}

pub fn operand_kind(k: &OperandKind) -> String {
    match k {
        OperandKind::Reg(r) => r.name(),
        OperandKind::RegPair(a, b) => format!("{}:{}", a.name(), b.name()),
        OperandKind::RegList(a, b) => format!("[{}-{}]", a.name(), b.name()),
        OperandKind::Imm(v) => format!("${v}"),
        OperandKind::FloatImm(bits) => format!("$({})", float_text(f64::from_bits(*bits))),
        OperandKind::StrImm(s) => format!("${}", quote_bytes(s)),
        OperandKind::Addr(m) => format!("${}", mem_text(m)),
        OperandKind::Mem(m) => mem_text(m),
        OperandKind::Label(l) => l.clone(),
        OperandKind::PcRel(n) => format!("{n}(PC)"),
    }
}

/// A float literal that reads back to the same bits.
fn float_text(f: f64) -> String {
    if f.is_infinite() {
        return if f > 0.0 {
            "1e999".into()
        } else {
            "-1e999".into()
        };
    }
    let s = format!("{f:?}");
    if s.contains(['.', 'e']) {
        s
    } else {
        format!("{s}.0")
    }
}

pub fn mem_text(m: &Mem) -> String {
    let mut out = String::new();
    match &m.sym {
        Some(s) => {
            out.push_str(&sym(s));
            let always = matches!(m.base, Some(Base::FP) | Some(Base::PseudoSP));
            if m.offset > 0 || (m.offset == 0 && always) {
                let _ = write!(out, "+{}", m.offset);
            } else if m.offset < 0 {
                let _ = write!(out, "{}", m.offset);
            }
        }
        None => {
            if m.offset != 0 || (m.base.is_none() && m.index.is_none()) {
                let _ = write!(out, "{}", m.offset);
            }
        }
    }
    match m.base {
        Some(Base::Reg(r)) => {
            let _ = write!(out, "({})", r.name());
        }
        Some(Base::SB) => out.push_str("(SB)"),
        Some(Base::FP) => out.push_str("(FP)"),
        Some(Base::PseudoSP) => out.push_str("(SP)"),
        None => {}
    }
    if let Some((r, s)) = m.index {
        let _ = write!(out, "({}*{s})", r.name());
    }
    out
}
