//! A Go lexer, complete enough to walk over any Go file: identifiers, numbers,
//! strings (interpreted and raw), runes, comments, operators, and Go's automatic
//! semicolons. The parser only interprets type and func declarations; everything
//! else is skipped token by token, so the lexer must never lose its place.

use crate::error::{Error, Pos, Result};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    Ident,
    Int,
    /// Floating-point or imaginary literal (never part of a type).
    Number,
    Str,
    Char,
    Punct,
    /// `;` written or inserted at a line end.
    Semi,
    Eof,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'a> {
    pub kind: Tok,
    pub text: &'a str,
    pub pos: Pos,
}

/// Multi-character operators, longest first so that the first prefix match wins.
const PUNCTS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "~", "+", "-", "*", "/", "%", "&",
    "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ".", ":",
];

pub(crate) fn lex<'a>(file: &str, src: &'a str) -> Result<Vec<Token<'a>>> {
    let mut lx = Lexer {
        file,
        src,
        i: 0,
        line: 1,
        line_start: 0,
        toks: Vec::new(),
    };
    lx.run()?;
    Ok(lx.toks)
}

struct Lexer<'a, 'f> {
    file: &'f str,
    src: &'a str,
    i: usize,
    line: u32,
    line_start: usize,
    toks: Vec<Token<'a>>,
}

impl<'a> Lexer<'a, '_> {
    fn pos_at(&self, i: usize) -> Pos {
        Pos {
            line: self.line,
            col: (i - self.line_start + 1) as u32,
        }
    }

    fn err(&self, i: usize, msg: impl Into<String>) -> Error {
        Error::new(self.file, self.pos_at(i), msg)
    }

    fn newline(&mut self, at: usize) {
        self.line += 1;
        self.line_start = at + 1;
    }

    /// Go's rule: a newline ends a statement after an identifier, a literal,
    /// one of the keywords break/continue/fallthrough/return, `++ -- ) ] }`.
    fn needs_semi(&self) -> bool {
        match self.toks.last() {
            Some(t) => match t.kind {
                Tok::Ident | Tok::Int | Tok::Number | Tok::Str | Tok::Char => true,
                Tok::Punct => matches!(t.text, "++" | "--" | ")" | "]" | "}"),
                Tok::Semi | Tok::Eof => false,
            },
            None => false,
        }
    }

    fn auto_semi(&mut self, i: usize) {
        if self.needs_semi() {
            let pos = self.pos_at(i);
            self.toks.push(Token {
                kind: Tok::Semi,
                text: "\n",
                pos,
            });
        }
    }

    fn push(&mut self, kind: Tok, start: usize, end: usize) {
        let pos = self.pos_at(start);
        self.toks.push(Token {
            kind,
            text: &self.src[start..end],
            pos,
        });
    }

    fn run(&mut self) -> Result<()> {
        let bytes = self.src.as_bytes();
        while self.i < bytes.len() {
            let start = self.i;
            let c = self.src[start..].chars().next().unwrap_or('\0');
            match c {
                '\n' => {
                    self.auto_semi(start);
                    self.newline(start);
                    self.i += 1;
                }
                ' ' | '\t' | '\r' | '\u{feff}' => self.i += c.len_utf8(),
                '/' if bytes.get(start + 1) == Some(&b'/') => {
                    let end = self.src[start..]
                        .find('\n')
                        .map_or(bytes.len(), |n| start + n);
                    self.i = end;
                }
                '/' if bytes.get(start + 1) == Some(&b'*') => {
                    let Some(n) = self.src[start + 2..].find("*/") else {
                        return Err(self.err(start, "comment not terminated"));
                    };
                    let end = start + 2 + n + 2;
                    let mut had_newline = false;
                    for (k, b) in bytes[start..end].iter().enumerate() {
                        if *b == b'\n' {
                            if !had_newline {
                                self.auto_semi(start);
                                had_newline = true;
                            }
                            self.newline(start + k);
                        }
                    }
                    self.i = end;
                }
                c if c == '_' || c.is_alphabetic() => {
                    let end = self.src[start..]
                        .char_indices()
                        .find(|&(_, ch)| !(ch == '_' || ch.is_alphanumeric()))
                        .map_or(bytes.len(), |(n, _)| start + n);
                    self.push(Tok::Ident, start, end);
                    self.i = end;
                }
                '0'..='9' => self.number(start)?,
                '.' if bytes.get(start + 1).is_some_and(u8::is_ascii_digit) => {
                    self.number(start)?
                }
                '"' => self.quoted(start, b'"', Tok::Str)?,
                '\'' => self.quoted(start, b'\'', Tok::Char)?,
                '`' => {
                    let Some(n) = self.src[start + 1..].find('`') else {
                        return Err(self.err(start, "raw string literal not terminated"));
                    };
                    let end = start + 1 + n + 1;
                    self.push(Tok::Str, start, end);
                    for (k, b) in bytes[start..end].iter().enumerate() {
                        if *b == b'\n' {
                            self.newline(start + k);
                        }
                    }
                    self.i = end;
                }
                ';' => {
                    self.push(Tok::Semi, start, start + 1);
                    self.i += 1;
                }
                _ => {
                    let rest = &self.src[start..];
                    let Some(p) = PUNCTS.iter().find(|p| rest.starts_with(**p)) else {
                        return Err(self.err(start, format!("invalid character {c:?}")));
                    };
                    self.push(Tok::Punct, start, start + p.len());
                    self.i += p.len();
                }
            }
        }
        let end = bytes.len();
        self.auto_semi(end);
        let pos = self.pos_at(end);
        self.toks.push(Token {
            kind: Tok::Eof,
            text: "",
            pos,
        });
        Ok(())
    }

    fn number(&mut self, start: usize) -> Result<()> {
        let bytes = self.src.as_bytes();
        let mut end = start;
        let mut is_int = true;
        while end < bytes.len() {
            let b = bytes[end];
            let prev = if end > start { bytes[end - 1] } else { 0 };
            let hex = bytes[start..].starts_with(b"0x") || bytes[start..].starts_with(b"0X");
            if b.is_ascii_alphanumeric() || b == b'_' {
                if b == b'i'
                    || (!hex && (b == b'e' || b == b'E'))
                    || (hex && (b == b'p' || b == b'P'))
                {
                    is_int = false;
                }
                end += 1;
            } else if b == b'.' {
                is_int = false;
                end += 1;
            } else if (b == b'+' || b == b'-')
                && ((!hex && (prev == b'e' || prev == b'E'))
                    || (hex && (prev == b'p' || prev == b'P')))
            {
                end += 1;
            } else {
                break;
            }
        }
        self.push(if is_int { Tok::Int } else { Tok::Number }, start, end);
        self.i = end;
        Ok(())
    }

    fn quoted(&mut self, start: usize, quote: u8, kind: Tok) -> Result<()> {
        let bytes = self.src.as_bytes();
        let mut k = start + 1;
        loop {
            match bytes.get(k) {
                None | Some(b'\n') => {
                    let what = if quote == b'"' { "string" } else { "rune" };
                    return Err(self.err(start, format!("{what} literal not terminated")));
                }
                Some(b'\\') => k += 2,
                Some(b) if *b == quote => break,
                Some(_) => k += 1,
            }
        }
        let end = (k + 1).min(bytes.len());
        // A backslash may have stepped into the middle of a multi-byte char.
        if !self.src.is_char_boundary(end) {
            return Err(self.err(start, "invalid escape in literal"));
        }
        self.push(kind, start, end);
        self.i = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(Tok, String)> {
        lex("t.go", src)
            .unwrap()
            .into_iter()
            .map(|t| (t.kind, t.text.to_string()))
            .collect()
    }

    #[test]
    fn inserts_semicolons_at_line_ends() {
        let k = kinds("type S int\nfunc F()\n");
        let semis = k.iter().filter(|(t, _)| *t == Tok::Semi).count();
        assert_eq!(semis, 2);
    }

    #[test]
    fn skips_comments_and_literals() {
        let k = kinds("x := `a\nb` /* c\n */ 'q' \"s\\\"\" 0x1p-2 1e+3 42");
        let texts: Vec<_> = k.iter().map(|(_, s)| s.as_str()).collect();
        assert!(texts.contains(&"`a\nb`"));
        assert!(texts.contains(&"0x1p-2"));
        assert!(k.contains(&(Tok::Int, "42".into())));
    }

    #[test]
    fn unterminated_string_has_a_place() {
        let e = lex("t.go", "a\n  \"abc").unwrap_err();
        assert_eq!(e.to_string(), "t.go:2:3: string literal not terminated");
    }
}
