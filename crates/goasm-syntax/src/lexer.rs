//! The tokenizer. Go assembly is line-based, so newlines are tokens; comments
//! vanish (a block comment spanning lines leaves no newline behind, as in Go's
//! own lexer), and a backslash before a newline joins the lines, which is how
//! multi-line `#define`s are written.
//!
//! Identifiers follow Go's assembler: letters, `_`, the middle dot `·` (which
//! stands for the `.` in `runtime·exit`) and the division slash `∕` (the `/`
//! in `runtime∕debug·f`), with digits allowed after the first character.

use crate::diag::Diagnostic;
use crate::span::{FileId, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Ident,
    Int,
    Float,
    Str,
    Char,
    /// Punctuation: `$`, `(`, `<<`, ...; the text says which.
    Punct,
    /// `#` at the start of a preprocessor directive.
    Hash,
    /// A backslash-newline. Inside a `#define` it separates the lines of a
    /// multi-line macro body, which expands to several lines.
    Continuation,
    Newline,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokKind,
    pub text: String,
    pub span: Span,
    /// Whether white space came right before it: `#define F(x)` (function-like)
    /// differs from `#define F (x)` (object-like).
    pub space_before: bool,
}

impl Token {
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokKind::Punct && self.text == p
    }
    pub fn is_ident(&self, name: &str) -> bool {
        self.kind == TokKind::Ident && self.text == name
    }
}

pub fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == '·' || c == '∕'
}

pub fn is_ident_continue(c: char) -> bool {
    is_ident_start(c) || c.is_ascii_digit() || (c.is_numeric() && c.is_alphanumeric())
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    line: u32,
    line_start: usize,
    file: FileId,
    tokens: Vec<Token>,
    diags: Vec<Diagnostic>,
    space_before: bool,
}

/// Splits a whole file into tokens. Never fails: problems become diagnostics
/// and the offending characters are skipped.
pub fn tokenize(src: &str, file: FileId) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut lx = Lexer {
        src,
        pos: 0,
        line: 1,
        line_start: 0,
        file,
        tokens: Vec::new(),
        diags: Vec::new(),
        space_before: true,
    };
    lx.run();
    (lx.tokens, lx.diags)
}

impl<'a> Lexer<'a> {
    fn span_at(&self, pos: usize) -> Span {
        Span::new(self.file, self.line, (pos - self.line_start + 1) as u32)
    }

    fn peek_char(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn char_at(&self, pos: usize) -> Option<char> {
        self.src.get(pos..).and_then(|s| s.chars().next())
    }

    fn push(&mut self, kind: TokKind, start: usize, span: Span) {
        let text = self.src[start..self.pos].to_string();
        self.tokens.push(Token {
            kind,
            text,
            span,
            space_before: self.space_before,
        });
        self.space_before = false;
    }

    fn newline(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
    }

    fn run(&mut self) {
        while let Some(c) = self.peek_char() {
            let start = self.pos;
            let span = self.span_at(start);
            match c {
                '\n' => {
                    self.pos += 1;
                    self.tokens.push(Token {
                        kind: TokKind::Newline,
                        text: String::new(),
                        span,
                        space_before: self.space_before,
                    });
                    self.newline();
                    self.space_before = true;
                }
                ' ' | '\t' | '\r' | '\u{b}' | '\u{c}' => {
                    self.pos += 1;
                    self.space_before = true;
                }
                '\\' if matches!(self.char_at(self.pos + 1), Some('\n'))
                    || self.src[self.pos + 1..].starts_with("\r\n") =>
                {
                    self.pos += if self.char_at(self.pos + 1) == Some('\n') {
                        2
                    } else {
                        3
                    };
                    self.tokens.push(Token {
                        kind: TokKind::Continuation,
                        text: String::new(),
                        span,
                        space_before: true,
                    });
                    self.newline();
                    self.space_before = true;
                }
                '/' if self.char_at(self.pos + 1) == Some('/') => {
                    let end = self.src[self.pos..]
                        .find('\n')
                        .map_or(self.src.len(), |i| self.pos + i);
                    self.pos = end;
                    self.space_before = true;
                }
                '/' if self.char_at(self.pos + 1) == Some('*') => self.block_comment(span),
                '#' => {
                    self.pos += 1;
                    self.push(TokKind::Hash, start, span);
                }
                '"' => self.quoted(start, span, '"', TokKind::Str),
                '\'' => self.quoted(start, span, '\'', TokKind::Char),
                '`' => self.raw_string(start, span),
                c if c.is_ascii_digit() => self.number(start, span),
                '.' if self
                    .char_at(self.pos + 1)
                    .is_some_and(|d| d.is_ascii_digit()) =>
                {
                    self.number(start, span)
                }
                c if is_ident_start(c) => {
                    self.pos += c.len_utf8();
                    while let Some(d) = self.peek_char() {
                        if !is_ident_continue(d) {
                            break;
                        }
                        self.pos += d.len_utf8();
                    }
                    self.push(TokKind::Ident, start, span);
                }
                _ => self.punct(c, start, span),
            }
        }
    }

    fn block_comment(&mut self, span: Span) {
        self.pos += 2;
        loop {
            match self.peek_char() {
                None => {
                    self.diags
                        .push(Diagnostic::new(span, "comment not terminated"));
                    return;
                }
                Some('*') if self.char_at(self.pos + 1) == Some('/') => {
                    self.pos += 2;
                    self.space_before = true;
                    return;
                }
                Some('\n') => {
                    self.pos += 1;
                    self.newline();
                }
                Some(c) => self.pos += c.len_utf8(),
            }
        }
    }

    fn quoted(&mut self, start: usize, span: Span, quote: char, kind: TokKind) {
        self.pos += 1;
        loop {
            match self.peek_char() {
                None | Some('\n') => {
                    let what = if kind == TokKind::Str {
                        "string"
                    } else {
                        "character"
                    };
                    self.diags.push(Diagnostic::new(
                        span,
                        format!("{what} literal not terminated"),
                    ));
                    self.push(kind, start, span);
                    return;
                }
                Some('\\') => {
                    self.pos += 1;
                    if let Some(c) = self.peek_char()
                        && c != '\n'
                    {
                        self.pos += c.len_utf8();
                    }
                }
                Some(c) if c == quote => {
                    self.pos += 1;
                    self.push(kind, start, span);
                    return;
                }
                Some(c) => self.pos += c.len_utf8(),
            }
        }
    }

    fn raw_string(&mut self, start: usize, span: Span) {
        self.pos += 1;
        match self.src[self.pos..].find('`') {
            Some(i) => {
                for c in self.src[self.pos..self.pos + i].chars() {
                    if c == '\n' {
                        self.diags
                            .push(Diagnostic::new(span, "raw string spans lines"));
                        break;
                    }
                }
                self.pos += i + 1;
                self.push(TokKind::Str, start, span);
            }
            None => {
                self.diags
                    .push(Diagnostic::new(span, "raw string literal not terminated"));
                self.pos = self.src.len();
            }
        }
    }

    /// Integers (decimal, 0x, 0b, 0o, leading-0 octal, `_` separators) and
    /// floats (`1.5`, `.5`, `1e9`, hex floats). Validation of the digits is
    /// left to the parser, which reports bad literals with their span.
    fn number(&mut self, start: usize, span: Span) {
        let bytes = self.src.as_bytes();
        let mut is_float = false;
        let hex = bytes[self.pos] == b'0' && matches!(bytes.get(self.pos + 1), Some(b'x' | b'X'));
        if hex {
            self.pos += 2;
        }
        let digit = |b: u8| {
            if hex {
                b.is_ascii_hexdigit() || b == b'_'
            } else {
                b.is_ascii_alphanumeric() && !matches!(b, b'e' | b'E') || b == b'_'
            }
        };
        while self.pos < bytes.len() && digit(bytes[self.pos]) {
            self.pos += 1;
        }
        if self.pos < bytes.len() && bytes[self.pos] == b'.' {
            is_float = true;
            self.pos += 1;
            while self.pos < bytes.len() && digit(bytes[self.pos]) {
                self.pos += 1;
            }
        }
        let exp = if hex { [b'p', b'P'] } else { [b'e', b'E'] };
        if self.pos < bytes.len() && exp.contains(&bytes[self.pos]) {
            let mut p = self.pos + 1;
            if p < bytes.len() && matches!(bytes[p], b'+' | b'-') {
                p += 1;
            }
            if p < bytes.len() && bytes[p].is_ascii_digit() {
                is_float = true;
                while p < bytes.len() && bytes[p].is_ascii_digit() {
                    p += 1;
                }
                self.pos = p;
            }
        }
        let kind = if is_float {
            TokKind::Float
        } else {
            TokKind::Int
        };
        self.push(kind, start, span);
    }

    fn punct(&mut self, c: char, start: usize, span: Span) {
        let two = &self.src[self.pos..];
        if two.starts_with("<<") || two.starts_with(">>") {
            self.pos += 2;
            self.push(TokKind::Punct, start, span);
            return;
        }
        const SINGLE: &str = "$*(),:;+-~!/%&|^<>=[]{}.@?";
        self.pos += c.len_utf8();
        if SINGLE.contains(c) {
            self.push(TokKind::Punct, start, span);
        } else {
            self.diags
                .push(Diagnostic::new(span, format!("unexpected character {c:?}")));
            self.space_before = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(TokKind, String)> {
        tokenize(src, FileId(0))
            .0
            .into_iter()
            .map(|t| (t.kind, t.text))
            .collect()
    }

    #[test]
    fn identifiers_with_middle_dot_and_division_slash() {
        let toks = kinds("runtime∕debug·f ·Swap x1");
        assert_eq!(toks[0], (TokKind::Ident, "runtime∕debug·f".into()));
        assert_eq!(toks[1], (TokKind::Ident, "·Swap".into()));
        assert_eq!(toks[2], (TokKind::Ident, "x1".into()));
    }

    #[test]
    fn comments_and_continuations() {
        let toks = kinds("A /* x\n y */ B // c\n#define X \\\n 1\n");
        let texts: Vec<_> = toks.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(texts, ["A", "B", "", "#", "define", "X", "", "1", ""]);
    }

    #[test]
    fn numbers() {
        let toks = kinds("0x1F 017 1.5 .5 1e9 8(SP)");
        assert_eq!(
            toks.iter().map(|t| t.0).collect::<Vec<_>>()[..6],
            [
                TokKind::Int,
                TokKind::Int,
                TokKind::Float,
                TokKind::Float,
                TokKind::Float,
                TokKind::Int
            ]
        );
    }

    #[test]
    fn columns_are_one_based_bytes() {
        let (toks, _) = tokenize("\tMOVQ\tAX, BX", FileId(0));
        assert_eq!((toks[0].span.line, toks[0].span.col), (1, 2));
        assert_eq!(toks[1].span.col, 7);
    }
}
