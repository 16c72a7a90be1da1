//! Operand syntax, following the shape Go's assembler accepts:
//!
//! ```text
//! [$|*] [sym[<>|<ABI>]] [±offset] [(base)] [(index*scale)]
//! R   R:R   [Zlo-Zhi]   $const   $1.5   $"str"   label   n(PC)
//! ```
//!
//! A name in front of `(SP)` makes it the pseudo-SP; without a name `(SP)`
//! is the hardware register. `*` (indirect jump) is accepted and dropped, as
//! Go's assembler treats `JMP *(AX)` as `JMP (AX)`.

use crate::ast::{Base, Mem, OperandKind, SymRef};
use crate::diag::Diagnostic;
use crate::expr::{self, Cursor};
use crate::lexer::TokKind;
use crate::literal;
use goasm_isa::{Reg, RegClass};

type R<T> = Result<T, Diagnostic>;

fn reg_named(name: &str) -> Option<Reg> {
    Reg::from_name(name)
}

/// Parses one whole operand; the cursor must end exactly at its end.
pub fn parse_operand(c: &mut Cursor<'_>) -> R<OperandKind> {
    let op = operand(c)?;
    if !c.at_end() {
        return Err(c.err(format!("unexpected {} after operand", c.describe_next())));
    }
    Ok(op)
}

fn operand(c: &mut Cursor<'_>) -> R<OperandKind> {
    let mut prefix = None;
    if c.at_punct("$") || c.at_punct("*") {
        prefix = c.bump().map(|t| t.text.clone());
    }
    let dollar = prefix.as_deref() == Some("$");
    let Some(first) = c.peek() else {
        return Err(c.err("missing operand"));
    };
    if first.is_punct("[") {
        if prefix.is_some() {
            return Err(c.err("illegal use of register list"));
        }
        return reg_list(c);
    }
    if first.kind == TokKind::Ident {
        if let Some(r) = reg_named(&first.text) {
            c.bump();
            if c.eat_punct(":") {
                let t = c.bump().filter(|t| t.kind == TokKind::Ident);
                let r2 = t
                    .and_then(|t| reg_named(&t.text))
                    .ok_or_else(|| c.err("expected register after :"))?;
                return Ok(OperandKind::RegPair(r, r2));
            }
            if dollar {
                return Err(Diagnostic::new(
                    first.span,
                    format!("register {} cannot be an immediate", first.text),
                ));
            }
            return Ok(OperandKind::Reg(r));
        }
        return symbol_operand(c, dollar);
    }
    // Constants, and (reg) forms.
    let starts_constant = match first.kind {
        TokKind::Int | TokKind::Float | TokKind::Str | TokKind::Char => true,
        TokKind::Punct => match first.text.as_str() {
            "+" | "-" | "~" => true,
            "(" => c.peek_at(1).is_none_or(|t| {
                t.kind != TokKind::Ident || reg_named(&t.text).is_none() && !is_pseudo(&t.text)
            }),
            _ => false,
        },
        _ => false,
    };
    let mut mem = Mem::default();
    if starts_constant {
        if first.kind == TokKind::Str {
            let t = c.bump().unwrap_or(first);
            if !dollar {
                return Err(Diagnostic::new(
                    t.span,
                    "string constant must be an immediate",
                ));
            }
            let bytes = literal::unquote_bytes(&t.text).map_err(|m| Diagnostic::new(t.span, m))?;
            return Ok(OperandKind::StrImm(bytes));
        }
        if c.toks[c.pos..].iter().any(|t| t.kind == TokKind::Float) {
            if !dollar {
                return Err(c.err("floating-point constant must be an immediate"));
            }
            let v = expr::eval_float(c, 0)?;
            return Ok(OperandKind::FloatImm(v.to_bits()));
        }
        mem.offset = expr::eval(c)? as i64;
        if !c.at_punct("(") {
            return Ok(if dollar {
                OperandKind::Imm(mem.offset)
            } else {
                OperandKind::Mem(mem)
            });
        }
    } else if !first.is_punct("(") {
        return Err(c.err(format!(
            "unexpected {} at start of operand",
            c.describe_next()
        )));
    }
    // ( base ) [ ( index * scale ) ]
    let span = c.span();
    c.expect_punct("(")?;
    let name_tok = c
        .bump()
        .filter(|t| t.kind == TokKind::Ident)
        .ok_or_else(|| Diagnostic::new(span, "indirect through non-register"))?;
    match name_tok.text.as_str() {
        "PC" => {
            c.expect_punct(")")?;
            if prefix.is_some() {
                return Err(Diagnostic::new(
                    name_tok.span,
                    "illegal addressing mode for PC",
                ));
            }
            return Ok(OperandKind::PcRel(mem.offset));
        }
        "SB" => mem.base = Some(Base::SB),
        "FP" => mem.base = Some(Base::FP),
        name => {
            let r = reg_named(name).ok_or_else(|| {
                Diagnostic::new(
                    name_tok.span,
                    format!("indirect through non-register {name}"),
                )
            })?;
            check_address_reg(r, name_tok.span, name)?;
            if c.eat_punct("*") {
                // (index*scale) with no base
                let scale = scale(c)?;
                mem.index = Some((r, scale));
            } else {
                mem.base = Some(Base::Reg(r));
            }
        }
    }
    c.expect_punct(")")?;
    if c.at_punct("(") {
        index(c, &mut mem)?;
    }
    Ok(if dollar {
        OperandKind::Addr(mem)
    } else {
        OperandKind::Mem(mem)
    })
}

fn is_pseudo(name: &str) -> bool {
    matches!(name, "SB" | "FP" | "PC")
}

fn check_address_reg(r: Reg, span: crate::span::Span, name: &str) -> R<()> {
    match r.class() {
        RegClass::Gp64 | RegClass::Tls => Ok(()),
        // VSIB forms: (BP)(X7*2) index only, but X/Y/Z may not be a base.
        RegClass::Xmm | RegClass::Ymm | RegClass::Zmm => Ok(()),
        _ => Err(Diagnostic::new(
            span,
            format!("register {name} cannot be used in an address"),
        )),
    }
}

fn scale(c: &mut Cursor<'_>) -> R<u8> {
    let t = c
        .bump()
        .filter(|t| t.kind == TokKind::Int)
        .ok_or_else(|| c.err("expected scale"))?;
    match literal::parse_int(&t.text) {
        Ok(s @ (1 | 2 | 4 | 8)) => Ok(s as u8),
        _ => Err(Diagnostic::new(t.span, format!("bad scale: {}", t.text))),
    }
}

fn index(c: &mut Cursor<'_>, mem: &mut Mem) -> R<()> {
    c.expect_punct("(")?;
    let t = c
        .bump()
        .filter(|t| t.kind == TokKind::Ident)
        .ok_or_else(|| c.err("expected index register"))?;
    let r = reg_named(&t.text).ok_or_else(|| {
        Diagnostic::new(t.span, format!("expected index register, found {}", t.text))
    })?;
    check_address_reg(r, t.span, &t.text)?;
    c.expect_punct("*")?;
    let s = scale(c)?;
    c.expect_punct(")")?;
    if mem.index.is_some() {
        return Err(Diagnostic::new(t.span, "two index registers"));
    }
    mem.index = Some((r, s));
    Ok(())
}

fn symbol_operand(c: &mut Cursor<'_>, dollar: bool) -> R<OperandKind> {
    let t = c.bump().ok_or_else(|| c.err("missing symbol"))?;
    let mut sym = SymRef::new(t.text.clone());
    if c.eat_punct("<") {
        if c.eat_punct(">") {
            sym.is_static = true;
        } else {
            let abi = c
                .bump()
                .filter(|t| t.kind == TokKind::Ident)
                .ok_or_else(|| c.err("malformed ABI selector"))?;
            if abi.text != "ABI0" && abi.text != "ABIInternal" {
                return Err(Diagnostic::new(
                    abi.span,
                    format!(
                        "malformed ABI selector {:?} in reference to {:?}",
                        abi.text, sym.name
                    ),
                ));
            }
            sym.abi = Some(abi.text.clone());
            c.expect_punct(">")?;
        }
    }
    let mut mem = Mem::default();
    if c.at_punct("+") || c.at_punct("-") {
        mem.offset = expr::eval(c)? as i64;
    }
    if c.at_end() {
        if dollar || sym.is_static || sym.abi.is_some() || mem.offset != 0 {
            return Err(Diagnostic::new(
                t.span,
                format!("illegal or missing addressing mode for symbol {}", sym.name),
            ));
        }
        return Ok(OperandKind::Label(sym.name));
    }
    c.expect_punct("(")?;
    let reg = c
        .bump()
        .filter(|t| t.kind == TokKind::Ident)
        .ok_or_else(|| c.err("expected pseudo-register"))?;
    mem.base = Some(match reg.text.as_str() {
        "SB" => Base::SB,
        "FP" => Base::FP,
        "SP" => Base::PseudoSP,
        "PC" => {
            return Err(Diagnostic::new(
                reg.span,
                "a symbol cannot be used with PC; write n(PC) or a label",
            ));
        }
        other => {
            return Err(Diagnostic::new(
                reg.span,
                format!("expected pseudo-register (SB, FP or SP); found {other}"),
            ));
        }
    });
    if (sym.is_static || sym.abi.is_some()) && mem.base != Some(Base::SB) {
        return Err(Diagnostic::new(
            reg.span,
            format!("{} must be used with (SB)", sym.name),
        ));
    }
    c.expect_punct(")")?;
    mem.sym = Some(sym);
    if c.at_punct("(") {
        index(c, &mut mem)?;
    }
    Ok(if dollar {
        OperandKind::Addr(mem)
    } else {
        OperandKind::Mem(mem)
    })
}

fn reg_list(c: &mut Cursor<'_>) -> R<OperandKind> {
    c.expect_punct("[")?;
    let lo = c.bump().filter(|t| t.kind == TokKind::Ident);
    let lo = lo
        .and_then(|t| reg_named(&t.text))
        .ok_or_else(|| c.err("register list: bad low register"))?;
    c.expect_punct("-")?;
    let hi = c.bump().filter(|t| t.kind == TokKind::Ident);
    let hi = hi
        .and_then(|t| reg_named(&t.text))
        .ok_or_else(|| c.err("register list: bad high register"))?;
    c.expect_punct("]")?;
    if lo.class() != hi.class() || hi.number() < lo.number() {
        return Err(c.err("register list: registers must be of one kind, low to high"));
    }
    Ok(OperandKind::RegList(lo, hi))
}
