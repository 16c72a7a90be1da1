//! Statements: labels, instructions and the TEXT/DATA/GLOBL directives, one
//! logical line at a time (several per line when separated by `;`). An error
//! skips only the statement it is in, so one pass reports every bad line.

use crate::ast::{
    Base, Data, File, Globl, Insn, Mem, Operand, OperandKind, Stmt, StmtKind, SymRef, Text,
};
use crate::diag::Diagnostic;
use crate::expr::{self, Cursor};
use crate::headers;
use crate::lexer::{TokKind, Token};
use crate::preprocess::Line;
use crate::span::Span;

type R<T> = Result<T, Diagnostic>;

/// Parses preprocessed lines into a file, collecting diagnostics.
pub fn parse_lines(lines: &[Line], diags: &mut Vec<Diagnostic>) -> File {
    let mut file = File::default();
    for line in lines {
        for seg in line.split(|t| t.is_punct(";")) {
            if let Err(d) = statement(seg, &mut file.stmts) {
                diags.push(d);
            }
        }
    }
    file
}

/// Parses one `;`-separated piece of a line, pushing what it finds.
pub fn statement(mut seg: &[Token], out: &mut Vec<Stmt>) -> R<()> {
    // Leading labels: `loop:` possibly followed by an instruction.
    while seg.len() >= 2 && seg[0].kind == TokKind::Ident && seg[1].is_punct(":") {
        out.push(Stmt {
            span: seg[0].span,
            kind: StmtKind::Label(seg[0].text.clone()),
        });
        seg = &seg[2..];
    }
    let Some(word) = seg.first() else {
        return Ok(());
    };
    if word.kind != TokKind::Ident {
        return Err(Diagnostic::new(
            word.span,
            format!("expected instruction, found {:?}", word.text),
        ));
    }
    // Mnemonic suffixes: VADDPD.RU_SAE.Z
    let mut rest = &seg[1..];
    let mut suffixes = Vec::new();
    while rest.len() >= 2
        && rest[0].is_punct(".")
        && rest[1].kind == TokKind::Ident
        && !rest[0].space_before
    {
        suffixes.push(rest[1].text.clone());
        rest = &rest[2..];
    }
    let end_span = seg.last().map_or(word.span, |t| t.span);
    let operands = split_operands(rest);
    let kind = match word.text.as_str() {
        "TEXT" => StmtKind::Text(text(word, &operands, end_span)?),
        "DATA" => StmtKind::Data(data(word, &operands, end_span)?),
        "GLOBL" => StmtKind::Globl(globl(word, &operands, end_span)?),
        name => {
            let info = goasm_isa::lookup(name).ok_or_else(|| {
                Diagnostic::new(word.span, format!("unrecognized instruction {name:?}"))
            })?;
            let _ = info;
            for (s, tok) in suffixes.iter().zip(rest.iter().skip(1).step_by(2)) {
                if !goasm_isa::is_suffix(s) {
                    return Err(Diagnostic::new(
                        tok.span,
                        format!("unknown instruction suffix .{s}"),
                    ));
                }
            }
            let mut ops = Vec::with_capacity(operands.len());
            for o in &operands {
                ops.push(operand(o, end_span)?);
            }
            StmtKind::Insn(Insn {
                mnemonic: name.to_string(),
                suffixes,
                operands: ops,
            })
        }
    };
    out.push(Stmt {
        span: word.span,
        kind,
    });
    Ok(())
}

/// Splits at commas outside parentheses and brackets.
pub fn split_operands(toks: &[Token]) -> Vec<&[Token]> {
    if toks.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.is_punct("(") || t.is_punct("[") {
            depth += 1;
        } else if t.is_punct(")") || t.is_punct("]") {
            depth -= 1;
        } else if t.is_punct(",") && depth == 0 {
            out.push(&toks[start..i]);
            start = i + 1;
        }
    }
    out.push(&toks[start..]);
    out
}

fn operand(toks: &[Token], end_span: Span) -> R<Operand> {
    let span = toks.first().map_or(end_span, |t| t.span);
    if toks.is_empty() {
        return Err(Diagnostic::new(span, "missing operand"));
    }
    let mut c = Cursor::new(toks, end_after(toks, end_span));
    let kind = crate::operand::parse_operand(&mut c)?;
    Ok(Operand { span, kind })
}

fn end_after(toks: &[Token], fallback: Span) -> Span {
    toks.last().map_or(fallback, |t| Span {
        col: t.span.col + t.text.len() as u32,
        ..t.span
    })
}

fn expect_count(word: &Token, ops: &[&[Token]], allowed: &[usize]) -> R<()> {
    if allowed.contains(&ops.len()) {
        return Ok(());
    }
    let want = allowed
        .iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" or ");
    Err(Diagnostic::new(
        word.span,
        format!("{} expects {want} operands, found {}", word.text, ops.len()),
    ))
}

/// The `sym(SB)` operand of TEXT and GLOBL (and DATA before its `/width`).
fn sb_symbol(word: &Token, toks: &[Token], end_span: Span) -> R<(SymRef, i64)> {
    let op = operand(toks, end_span)?;
    match op.kind {
        OperandKind::Mem(Mem {
            sym: Some(sym),
            offset,
            base: Some(Base::SB),
            index: None,
        }) => Ok((sym, offset)),
        _ => Err(Diagnostic::new(
            op.span,
            format!("{} requires a symbol(SB) operand", word.text),
        )),
    }
}

fn flags_value(toks: &[Token], end_span: Span) -> R<i64> {
    let mut c = Cursor::new(toks, end_after(toks, end_span));
    let lookup = |name: &str| headers::flag_value(name).map(|v| v as u64);
    let v = expr::eval_with(&mut c, &lookup)?;
    if !c.at_end() {
        return Err(c.err(format!("unexpected {} in flags", c.describe_next())));
    }
    Ok(v as i64)
}

fn text(word: &Token, ops: &[&[Token]], end_span: Span) -> R<Text> {
    expect_count(word, ops, &[2, 3])?;
    let (sym, off) = sb_symbol(word, ops[0], end_span)?;
    if off != 0 {
        return Err(Diagnostic::new(
            ops[0][0].span,
            "TEXT symbol cannot have an offset",
        ));
    }
    let flags = if ops.len() == 3 {
        flags_value(ops[1], end_span)?
    } else {
        0
    };
    let size_toks = ops[ops.len() - 1];
    let (frame, args) = frame_size(size_toks, end_span, &sym.name)?;
    Ok(Text {
        sym,
        flags,
        frame,
        args,
        abi_internal: false,
    })
}

/// `$frame[-args]`: each part is a literal or a parenthesised expression,
/// and the `-` between them is a separator, not a subtraction.
fn frame_size(toks: &[Token], end_span: Span, name: &str) -> R<(i64, Option<i64>)> {
    let mut c = Cursor::new(toks, end_after(toks, end_span));
    if !c.eat_punct("$") {
        return Err(c.err(format!(
            "TEXT {name}: frame size must be an immediate constant"
        )));
    }
    let negative = c.eat_punct("-");
    let mut frame = size_part(&mut c, name, "frame")? as i64;
    if negative {
        frame = -frame;
    }
    let mut args = None;
    if c.eat_punct("-") {
        args = Some(size_part(&mut c, name, "argument")? as i64);
    }
    if !c.at_end() {
        return Err(c.err(format!(
            "TEXT {name}: argument size must be of form -integer"
        )));
    }
    Ok((frame, args))
}

fn size_part(c: &mut Cursor<'_>, name: &str, what: &str) -> R<u64> {
    match c.peek() {
        Some(t) if t.kind == TokKind::Int => {
            c.bump();
            crate::literal::parse_int(&t.text).map_err(|m| Diagnostic::new(t.span, m))
        }
        Some(t) if t.is_punct("(") => {
            c.bump();
            let v = expr::eval(c)?;
            c.expect_punct(")")?;
            Ok(v)
        }
        _ => Err(c.err(format!(
            "TEXT {name}: {what} size must be an integer constant"
        ))),
    }
}

fn data(word: &Token, ops: &[&[Token]], end_span: Span) -> R<Data> {
    expect_count(word, ops, &[2])?;
    let first = ops[0];
    let slash = first.iter().rposition(|t| t.is_punct("/")).ok_or_else(|| {
        Diagnostic::new(
            first.first().map_or(word.span, |t| t.span),
            "expect /size for DATA argument",
        )
    })?;
    let (sym, offset) = sb_symbol(word, &first[..slash], end_span)?;
    let width_toks = &first[slash + 1..];
    let mut c = Cursor::new(width_toks, end_after(first, end_span));
    let width = expr::eval(&mut c)? as i64;
    if !c.at_end() || width <= 0 {
        return Err(Diagnostic::new(
            first[slash].span,
            format!("bad DATA width {width}"),
        ));
    }
    let value = operand(ops[1], end_span)?;
    match &value.kind {
        OperandKind::Imm(_)
        | OperandKind::FloatImm(_)
        | OperandKind::StrImm(_)
        | OperandKind::Addr(_) => {}
        _ => {
            return Err(Diagnostic::new(
                value.span,
                "DATA value must be an immediate constant or address",
            ));
        }
    }
    if let OperandKind::StrImm(s) = &value.kind
        && s.len() as i64 > width
    {
        return Err(Diagnostic::new(
            value.span,
            format!("string of length {} does not fit in {width} bytes", s.len()),
        ));
    }
    Ok(Data {
        sym,
        offset,
        width,
        value,
    })
}

fn globl(word: &Token, ops: &[&[Token]], end_span: Span) -> R<Globl> {
    expect_count(word, ops, &[2, 3])?;
    let (sym, off) = sb_symbol(word, ops[0], end_span)?;
    if off != 0 {
        return Err(Diagnostic::new(
            ops[0][0].span,
            "GLOBL symbol cannot have an offset",
        ));
    }
    let flags = if ops.len() == 3 {
        flags_value(ops[1], end_span)?
    } else {
        0
    };
    let size_op = operand(ops[ops.len() - 1], end_span)?;
    let OperandKind::Imm(size) = size_op.kind else {
        return Err(Diagnostic::new(
            size_op.span,
            "GLOBL size must be an immediate constant",
        ));
    };
    if size < 0 {
        return Err(Diagnostic::new(
            size_op.span,
            "GLOBL size must not be negative",
        ));
    }
    Ok(Globl { sym, flags, size })
}
