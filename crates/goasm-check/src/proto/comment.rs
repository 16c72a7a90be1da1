//! Signatures documented in the assembly file: many hand-written functions
//! carry `// func name(args) results` just above their TEXT line. The
//! comment is the author's word, not the code's, so it is used only when
//! it agrees with the code: every FP reference must name a value of the
//! comment's frame at the same offset with a matching width, and
//! `$-argsize`, when given, must equal the comment's frame size. A comment
//! with nothing to check it against is not used.

use super::compare::loose_signature_with;
use super::evidence::FpRef;
use super::{Confidence, Shape, Sign, Value};
use crate::extra::FuncBody;
use crate::vars::{FrameVars, Kind};
use goasm_abi::{Basic, Signature, Type};
use goasm_syntax::Parsed;
use goasm_syntax::ast::StmtKind;

/// Lines of comment looked at above a TEXT line.
const MAX_LINES_ABOVE: u32 = 12;

/// A `func name(...)` comment for one function.
pub struct DocComment {
    /// Its first line.
    pub line: usize,
    /// `func name(...) ...`.
    pub decl: String,
}

/// The comment block directly above `f`'s TEXT line (blank lines allowed
/// between), if it has a `func <name>(` line; the declaration may continue
/// on the following comment lines.
pub fn find(parsed: &Parsed, f: &FuncBody<'_>) -> Option<DocComment> {
    let span = parsed.file.stmts.iter().find_map(|s| match &s.kind {
        StmtKind::Text(t) if std::ptr::eq(t, f.text) => Some(s.span),
        _ => None,
    })?;
    let text_of = |line: u32| {
        let mut sp = span;
        sp.line = line;
        parsed.sources.line_text(sp).map(str::trim)
    };
    // Only a TEXT line written in this file (not one a macro expands to).
    if !text_of(span.line)?.starts_with("TEXT") {
        return None;
    }
    let name = crate::asmdecl::split_abi(&f.name).0.to_string();
    let mut block: Vec<(u32, &str)> = Vec::new();
    let mut line = span.line;
    while line > 1 && span.line - line < MAX_LINES_ABOVE {
        line -= 1;
        let t = text_of(line)?;
        if let Some(c) = t.strip_prefix("//") {
            block.push((line, c.trim()));
        } else if !t.is_empty() || !block.is_empty() {
            break;
        }
    }
    block.reverse();
    let start = block.iter().position(|(_, c)| {
        c.strip_prefix("func ")
            .is_some_and(|r| r.trim_start_matches('·').starts_with(&format!("{name}(")))
    })?;
    let mut decl = String::new();
    for (_, c) in &block[start..] {
        decl.push_str(c);
        decl.push(' ');
        if decl.matches('(').count() <= decl.matches(')').count() {
            break;
        }
    }
    Some(DocComment {
        line: block[start].0 as usize,
        decl: decl.trim().replacen("func ·", "func ", 1),
    })
}

/// The comment's parameters and results, when the code agrees with them.
///
/// `argsize` is the size the TEXT line states: like go vet, a NOSPLIT
/// function's `$0-0` states nothing.
pub fn apply(
    doc: &DocComment,
    refs: &[FpRef],
    argsize: Option<u64>,
) -> Result<(Vec<Value>, Vec<Value>), String> {
    let (sig, words) = loose_signature_with(&doc.decl, true)?;
    let vars = FrameVars::build(&sig, &|n: &str| n.to_string());
    if refs.is_empty() && argsize.is_none() {
        return Err("no FP reference or $-argsize to check it against".into());
    }
    if let Some(a) = argsize
        && a as i64 != vars.size
    {
        return Err(format!(
            "$-argsize is {a}, the comment's frame is {} bytes",
            vars.size
        ));
    }
    for r in refs {
        let Some(v) = vars.by_name(&r.name) else {
            return Err(format!("{} is not in the comment's frame", r.name));
        };
        if v.off != r.off {
            return Err(format!(
                "{} is at +{} in the comment, +{} in the code",
                r.name, v.off, r.off
            ));
        }
        if let Kind::Size(s) = v.kind
            && !r.addr
            && r.width > 0
            && r.width as i64 != s
        {
            return Err(format!(
                "{} is {s} bytes in the comment, moved {} at a time",
                r.name, r.width
            ));
        }
    }
    let assumed = if words.is_empty() {
        String::new()
    } else {
        format!(" (taking {} as one word)", words.join(", "))
    };
    let why = format!(
        "comment, agrees with {} FP reference(s){}{assumed}",
        refs.len(),
        if argsize.is_some() {
            " and $-argsize"
        } else {
            ""
        }
    );
    let confidence = if refs.is_empty() {
        Confidence::Medium
    } else {
        Confidence::High
    };
    Ok(values(&sig, &why, confidence))
}

fn values(sig: &Signature, why: &str, confidence: Confidence) -> (Vec<Value>, Vec<Value>) {
    let layout = goasm_abi::abi0::layout(sig);
    let conv = |slots: &[goasm_abi::Abi0Slot]| {
        slots
            .iter()
            .map(|s| Value {
                name: s.name.clone(),
                offset: s.offset,
                shape: shape_of(&s.ty, s.size),
                declared_type: Some(s.ty.to_string().replace("__", ".")),
                registers: None,
                confidence,
                note: why.to_string(),
            })
            .collect()
    };
    (conv(&layout.params), conv(&layout.results))
}

/// The shape class of a declared type.
fn shape_of(t: &Type, size: u64) -> Shape {
    use Basic::*;
    match t.underlying() {
        Type::Basic(Bool) => Shape::Bool,
        Type::Basic(Float32 | Float64) => Shape::Float(size),
        Type::Basic(Complex64 | Complex128) => Shape::Complex(size),
        Type::Basic(String) => Shape::String,
        Type::Basic(UnsafePointer) => Shape::Pointer,
        Type::Basic(Int | Int8 | Int16 | Int32 | Int64 | Rune) => Shape::Int(size, Sign::Signed),
        Type::Basic(_) => Shape::Int(size, Sign::Unsigned),
        Type::Slice(_) => Shape::Slice,
        Type::Interface { empty: true, .. } => Shape::EmptyIface,
        Type::Interface { empty: false, .. } => Shape::Iface,
        Type::Struct(_) | Type::Array(..) => Shape::Bytes(size),
        _ => Shape::Pointer,
    }
}
