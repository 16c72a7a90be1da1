//! Constant expressions, evaluated as Go's assembler does: uint64 arithmetic
//! with wrap-around and Go's precedence (`* / % << >> &` bind tighter than
//! `+ - | ^`); unary `+ - ~`; parentheses; integer and character literals.

use crate::diag::Diagnostic;
use crate::lexer::{TokKind, Token};
use crate::literal;
use crate::span::Span;

/// A cursor over the tokens of one operand.
pub struct Cursor<'t> {
    pub toks: &'t [Token],
    pub pos: usize,
    /// Span to report at when the tokens run out.
    pub end_span: Span,
}

impl<'t> Cursor<'t> {
    pub fn new(toks: &'t [Token], end_span: Span) -> Self {
        Cursor {
            toks,
            pos: 0,
            end_span,
        }
    }
    pub fn peek(&self) -> Option<&'t Token> {
        self.toks.get(self.pos)
    }
    pub fn peek_at(&self, k: usize) -> Option<&'t Token> {
        self.toks.get(self.pos + k)
    }
    pub fn bump(&mut self) -> Option<&'t Token> {
        let t = self.toks.get(self.pos);
        if t.is_some() {
            self.pos += 1;
        }
        t
    }
    pub fn at_punct(&self, p: &str) -> bool {
        self.peek().is_some_and(|t| t.is_punct(p))
    }
    pub fn eat_punct(&mut self, p: &str) -> bool {
        let yes = self.at_punct(p);
        if yes {
            self.pos += 1;
        }
        yes
    }
    pub fn at_end(&self) -> bool {
        self.pos >= self.toks.len()
    }
    /// Span of the next token, or of the end of the operand.
    pub fn span(&self) -> Span {
        self.peek().map_or(self.end_span, |t| t.span)
    }
    pub fn err(&self, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.span(), msg)
    }
    pub fn expect_punct(&mut self, p: &str) -> Result<(), Diagnostic> {
        if self.eat_punct(p) {
            Ok(())
        } else {
            Err(self.err(format!("expected {p}, found {}", self.describe_next())))
        }
    }
    pub fn describe_next(&self) -> String {
        match self.peek() {
            None => "end of operand".to_string(),
            Some(t) => format!("{:?}", t.text),
        }
    }
}

/// How identifiers inside an expression are resolved (the TEXT/GLOBL flag
/// operand accepts textflag names even without `#include "textflag.h"`).
pub type IdentResolver<'r> = &'r dyn Fn(&str) -> Option<u64>;

fn no_idents(_: &str) -> Option<u64> {
    None
}

/// Evaluates `expr` at the cursor.
pub fn eval(c: &mut Cursor<'_>) -> Result<u64, Diagnostic> {
    eval_with(c, &no_idents)
}

pub fn eval_with(c: &mut Cursor<'_>, idents: IdentResolver<'_>) -> Result<u64, Diagnostic> {
    Evaluator { idents, depth: 0 }.expr(c)
}

struct Evaluator<'r> {
    idents: IdentResolver<'r>,
    depth: u32,
}

const MAX_DEPTH: u32 = 200;

impl Evaluator<'_> {
    fn expr(&mut self, c: &mut Cursor<'_>) -> Result<u64, Diagnostic> {
        let mut v = self.term(c)?;
        loop {
            if c.eat_punct("+") {
                v = v.wrapping_add(self.term(c)?);
            } else if c.eat_punct("-") {
                v = v.wrapping_sub(self.term(c)?);
            } else if c.eat_punct("|") {
                v |= self.term(c)?;
            } else if c.eat_punct("^") {
                v ^= self.term(c)?;
            } else {
                return Ok(v);
            }
        }
    }

    fn term(&mut self, c: &mut Cursor<'_>) -> Result<u64, Diagnostic> {
        let mut v = self.factor(c)?;
        loop {
            let span = c.span();
            if c.eat_punct("*") {
                v = v.wrapping_mul(self.factor(c)?);
            } else if c.eat_punct("/") || c.at_punct("%") {
                let is_mod = c.eat_punct("%");
                let d = self.factor(c)?;
                if (v as i64) < 0 {
                    return Err(Diagnostic::new(span, "divide of value with high bit set"));
                }
                if d == 0 {
                    return Err(Diagnostic::new(span, "division by zero"));
                }
                v = if is_mod { v % d } else { v / d };
            } else if c.eat_punct("<<") {
                let s = self.factor(c)?;
                if (s as i64) < 0 {
                    return Err(Diagnostic::new(span, "negative left shift count"));
                }
                // Go returns right after a left shift: `a<<b*c` is `a<<b`, then `*c` is an error.
                return Ok(if s >= 64 { 0 } else { v << s });
            } else if c.eat_punct(">>") {
                let s = self.term(c)?;
                if (s as i64) < 0 {
                    return Err(Diagnostic::new(span, "negative right shift count"));
                }
                if (v as i64) < 0 {
                    return Err(Diagnostic::new(
                        span,
                        "right shift of value with high bit set",
                    ));
                }
                v = if s >= 64 { 0 } else { v >> s };
            } else if c.eat_punct("&") {
                v &= self.factor(c)?;
            } else {
                return Ok(v);
            }
        }
    }

    fn factor(&mut self, c: &mut Cursor<'_>) -> Result<u64, Diagnostic> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(c.err("expression nested too deeply"));
        }
        let r = self.factor_inner(c);
        self.depth -= 1;
        r
    }

    fn factor_inner(&mut self, c: &mut Cursor<'_>) -> Result<u64, Diagnostic> {
        let Some(t) = c.bump() else {
            return Err(c.err("expected expression, found end of operand"));
        };
        let bad = |m: String| Diagnostic::new(t.span, m);
        match t.kind {
            TokKind::Int => literal::parse_int(&t.text).map_err(bad),
            TokKind::Char => literal::char_value(&t.text).map_err(bad),
            TokKind::Punct if t.text == "+" => self.factor(c),
            TokKind::Punct if t.text == "-" => Ok(self.factor(c)?.wrapping_neg()),
            TokKind::Punct if t.text == "~" => Ok(!self.factor(c)?),
            TokKind::Punct if t.text == "(" => {
                let v = self.expr(c)?;
                if !c.eat_punct(")") {
                    return Err(c.err("missing closing paren"));
                }
                Ok(v)
            }
            TokKind::Ident => (self.idents)(&t.text).ok_or_else(|| {
                bad(format!(
                    "undefined symbol {} in constant expression",
                    t.text
                ))
            }),
            TokKind::Float => Err(bad(format!(
                "floating-point constant {} where an integer is expected",
                t.text
            ))),
            _ => Err(bad(format!(
                "unexpected {:?} evaluating expression",
                t.text
            ))),
        }
    }
}

/// Float expressions: a float or integer literal with unary signs and parens.
pub fn eval_float(c: &mut Cursor<'_>, depth: u32) -> Result<f64, Diagnostic> {
    if depth > MAX_DEPTH {
        return Err(c.err("expression nested too deeply"));
    }
    let Some(t) = c.bump() else {
        return Err(c.err("expected floating-point constant"));
    };
    match t.kind {
        TokKind::Float => literal::parse_float(&t.text).map_err(|m| Diagnostic::new(t.span, m)),
        TokKind::Int => literal::parse_int(&t.text)
            .map(|v| v as f64)
            .map_err(|m| Diagnostic::new(t.span, m)),
        TokKind::Punct if t.text == "+" => eval_float(c, depth + 1),
        TokKind::Punct if t.text == "-" => Ok(-eval_float(c, depth + 1)?),
        TokKind::Punct if t.text == "(" => {
            let v = eval_float(c, depth + 1)?;
            if !c.eat_punct(")") {
                return Err(c.err("missing closing paren"));
            }
            Ok(v)
        }
        _ => Err(Diagnostic::new(
            t.span,
            format!("unexpected {:?} in floating-point constant", t.text),
        )),
    }
}
