//! Recursive-descent parser for Go type and func declarations.
//!
//! A whole Go file is accepted: the package clause is read, imports, consts,
//! vars and func bodies are skipped by balanced brackets, and type declarations
//! plus every func signature (with or without a body) are kept. Nesting is
//! bounded so hostile input gets an error, never a stack overflow.

use crate::ast::*;
use crate::error::{Error, Pos, Result};
use crate::lexer::{Tok, Token, lex};

const MAX_DEPTH: usize = 100;

/// A parameter-list entry before grouping: optional name, optional type.
type Entry = (Option<(String, Pos)>, Option<TypeExpr>);

/// Parse a Go source file into its type and func declarations.
pub fn parse_file(file: &str, src: &str) -> Result<SourceFile> {
    let toks = lex(file, src)?;
    let mut p = Parser {
        file,
        toks,
        i: 0,
        depth: 0,
    };
    p.file()
}

/// Parse one func declaration written on its own, e.g. from the command line:
/// `func Swap(a, b int) (int, int)` or `func (s *S) M(x [2]int) S`. The name may
/// be omitted (`func(a int) bool`). A body, if present, is skipped.
pub fn parse_func(file: &str, src: &str) -> Result<FuncDecl> {
    let toks = lex(file, src)?;
    let mut p = Parser {
        file,
        toks,
        i: 0,
        depth: 0,
    };
    let pos = p.peek().pos;
    if !p.eat_ident("func") {
        return Err(p.unexpected("func declaration (func Name(params) results)"));
    }
    let decl = p.func_decl(pos, true)?;
    while p.peek().kind == Tok::Semi {
        p.i += 1;
    }
    if p.peek().kind != Tok::Eof {
        return Err(p.unexpected("end of declaration"));
    }
    Ok(decl)
}

fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "break"
            | "case"
            | "chan"
            | "const"
            | "continue"
            | "default"
            | "defer"
            | "else"
            | "fallthrough"
            | "for"
            | "func"
            | "go"
            | "goto"
            | "if"
            | "import"
            | "interface"
            | "map"
            | "package"
            | "range"
            | "return"
            | "select"
            | "struct"
            | "switch"
            | "type"
            | "var"
    )
}

struct Parser<'a, 'f> {
    file: &'f str,
    toks: Vec<Token<'a>>,
    i: usize,
    depth: usize,
}

impl<'a> Parser<'a, '_> {
    fn peek(&self) -> Token<'a> {
        self.toks[self.i.min(self.toks.len() - 1)]
    }

    fn peek_at(&self, n: usize) -> Token<'a> {
        self.toks[(self.i + n).min(self.toks.len() - 1)]
    }

    fn next(&mut self) -> Token<'a> {
        let t = self.peek();
        if t.kind != Tok::Eof {
            self.i += 1;
        }
        t
    }

    fn is_punct(&self, s: &str) -> bool {
        let t = self.peek();
        t.kind == Tok::Punct && t.text == s
    }

    fn eat_punct(&mut self, s: &str) -> bool {
        if self.is_punct(s) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn eat_ident(&mut self, s: &str) -> bool {
        let t = self.peek();
        if t.kind == Tok::Ident && t.text == s {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn err(&self, pos: Pos, msg: impl Into<String>) -> Error {
        Error::new(self.file, pos, msg)
    }

    fn unexpected(&self, want: &str) -> Error {
        let t = self.peek();
        let found = match t.kind {
            Tok::Eof => "end of input".to_string(),
            Tok::Semi if t.text == "\n" => "newline".to_string(),
            _ => format!("{:?}", t.text),
        };
        self.err(t.pos, format!("expected {want}, found {found}"))
    }

    fn expect_punct(&mut self, s: &str) -> Result<Pos> {
        let pos = self.peek().pos;
        if self.eat_punct(s) {
            Ok(pos)
        } else {
            Err(self.unexpected(&format!("{s:?}")))
        }
    }

    fn ident(&mut self) -> Result<(String, Pos)> {
        let t = self.peek();
        if t.kind == Tok::Ident && !is_keyword(t.text) {
            self.i += 1;
            Ok((t.text.to_string(), t.pos))
        } else {
            Err(self.unexpected("name"))
        }
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(self.peek().pos, "declaration nested too deeply"));
        }
        Ok(())
    }

    /// Skip one bracketed group starting at an opening `(`, `[` or `{`.
    fn skip_group(&mut self) -> Result<()> {
        let open = self.next();
        let mut stack = vec![open];
        while let Some(top) = stack.last().copied() {
            let t = self.next();
            match (t.kind, t.text) {
                (Tok::Eof, _) => {
                    return Err(self.err(top.pos, format!("unclosed {:?}", top.text)));
                }
                (Tok::Punct, "(" | "[" | "{") => stack.push(t),
                (Tok::Punct, close @ (")" | "]" | "}")) => {
                    let want = match top.text {
                        "(" => ")",
                        "[" => "]",
                        _ => "}",
                    };
                    if close != want {
                        return Err(self.err(t.pos, format!("expected {want:?}, found {close:?}")));
                    }
                    stack.pop();
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Skip the rest of a declaration or statement up to its `;` at depth 0.
    fn skip_decl(&mut self) -> Result<()> {
        loop {
            let t = self.peek();
            match (t.kind, t.text) {
                (Tok::Eof, _) => return Ok(()),
                (Tok::Semi, _) => {
                    self.i += 1;
                    return Ok(());
                }
                (Tok::Punct, "(" | "[" | "{") => self.skip_group()?,
                (Tok::Punct, close @ (")" | "]" | "}")) => {
                    return Err(self.err(t.pos, format!("unexpected {close:?}")));
                }
                _ => self.i += 1,
            }
        }
    }

    fn end_decl(&mut self) -> Result<()> {
        match self.peek().kind {
            Tok::Semi => {
                self.i += 1;
                Ok(())
            }
            Tok::Eof => Ok(()),
            _ => Err(self.unexpected("newline or \";\" after declaration")),
        }
    }

    fn file(&mut self) -> Result<SourceFile> {
        let mut out = SourceFile {
            file: self.file.to_string(),
            ..SourceFile::default()
        };
        while self.peek().kind == Tok::Semi {
            self.i += 1;
        }
        if self.eat_ident("package") {
            out.package = Some(self.ident()?.0);
            self.end_decl()?;
        }
        loop {
            let t = self.peek();
            match (t.kind, t.text) {
                (Tok::Eof, _) => return Ok(out),
                (Tok::Semi, _) => self.i += 1,
                (Tok::Ident, "type") => {
                    self.i += 1;
                    if self.eat_punct("(") {
                        while !self.eat_punct(")") {
                            if self.peek().kind == Tok::Semi {
                                self.i += 1;
                                continue;
                            }
                            if self.peek().kind == Tok::Eof {
                                return Err(self.unexpected("\")\" closing type group"));
                            }
                            out.types.push(self.type_spec()?);
                            if !self.is_punct(")") {
                                self.end_decl()?;
                            }
                        }
                    } else {
                        out.types.push(self.type_spec()?);
                    }
                    self.end_decl()?;
                }
                (Tok::Ident, "func") => {
                    self.i += 1;
                    out.funcs.push(self.func_decl(t.pos, false)?);
                    self.end_decl()?;
                }
                (Tok::Ident, "import" | "const" | "var") => {
                    self.i += 1;
                    self.skip_decl()?;
                }
                _ => return Err(self.unexpected("declaration (type, func, const, var, import)")),
            }
        }
    }

    /// Does `[` here open a type-parameter list (`[T any]`) rather than an
    /// array length (`[4]`, `[N]`)?
    fn at_type_params(&self) -> bool {
        self.is_punct("[") && self.peek_at(1).kind == Tok::Ident && {
            let t = self.peek_at(2);
            !(t.kind == Tok::Punct && t.text == "]")
        }
    }

    fn type_spec(&mut self) -> Result<TypeDecl> {
        let (name, pos) = self.ident()?;
        let generic = self.at_type_params();
        if generic {
            self.skip_group()?;
        }
        let alias = self.eat_punct("=");
        let ty = self.type_expr()?;
        Ok(TypeDecl {
            pos,
            name,
            alias,
            ty,
            generic,
        })
    }

    /// After `func`: optional receiver, optional name, signature, optional body.
    fn func_decl(&mut self, pos: Pos, name_optional: bool) -> Result<FuncDecl> {
        let mut recv = None;
        if self.is_punct("(") {
            let save = self.i;
            let list = self.param_list()?;
            // `func(a int)` without a name is an anonymous signature, not a
            // receiver; so is `func(a, b T) R`, whose R is a result type: a
            // method name is followed by its parameters (or type parameters).
            let after = self.peek_at(1);
            let method_name = after.kind == Tok::Punct && (after.text == "(" || after.text == "[");
            if self.peek().kind == Tok::Ident
                && !is_keyword(self.peek().text)
                && (method_name || !name_optional)
            {
                if list.len() != 1 {
                    return Err(self.err(pos, "method has multiple receivers"));
                }
                recv = list.into_iter().next();
            } else {
                self.i = save;
            }
        }
        let mut name = String::new();
        if self.peek().kind == Tok::Ident && !is_keyword(self.peek().text) {
            name = self.ident()?.0;
        } else if !name_optional || recv.is_some() {
            return Err(self.unexpected("function name"));
        }
        let generic = self.at_type_params();
        if generic {
            self.skip_group()?;
        }
        let ty = self.signature()?;
        let has_body = self.is_punct("{");
        if has_body {
            self.skip_group()?;
        }
        Ok(FuncDecl {
            pos,
            name,
            recv,
            ty,
            has_body,
            generic,
        })
    }

    fn signature(&mut self) -> Result<FuncTypeExpr> {
        self.enter()?;
        if !self.is_punct("(") {
            return Err(self.unexpected("\"(\" starting the parameters"));
        }
        let params = self.param_list()?;
        let results = if self.is_punct("(") {
            self.param_list()?
        } else if self.starts_type() {
            vec![ParamDecl {
                name: None,
                ty: self.type_expr()?,
            }]
        } else {
            Vec::new()
        };
        self.depth -= 1;
        Ok(FuncTypeExpr { params, results })
    }

    fn starts_type(&self) -> bool {
        let t = self.peek();
        match t.kind {
            Tok::Ident => {
                !is_keyword(t.text)
                    || matches!(t.text, "func" | "map" | "chan" | "struct" | "interface")
            }
            Tok::Punct => matches!(t.text, "*" | "[" | "(" | "<-"),
            _ => false,
        }
    }

    /// `(a, b int, c string)` or `(int, string)`, trailing comma allowed.
    fn param_list(&mut self) -> Result<Vec<ParamDecl>> {
        self.expect_punct("(")?;
        // Each entry: a bare name-or-type identifier, or (optional name, type).
        let mut entries: Vec<Entry> = Vec::new();
        while !self.is_punct(")") {
            let t = self.peek();
            let next = self.peek_at(1);
            let bare = t.kind == Tok::Ident
                && !is_keyword(t.text)
                && (next.kind == Tok::Punct && matches!(next.text, "," | ")"));
            let named = t.kind == Tok::Ident
                && !is_keyword(t.text)
                && !(next.kind == Tok::Punct && matches!(next.text, "," | ")" | "."));
            if bare {
                self.i += 1;
                entries.push((Some((t.text.to_string(), t.pos)), None));
            } else if named {
                self.i += 1;
                let ty = self.param_type()?;
                entries.push((Some((t.text.to_string(), t.pos)), Some(ty)));
            } else {
                entries.push((None, Some(self.param_type()?)));
            }
            if !self.eat_punct(",") {
                break;
            }
        }
        self.expect_punct(")")?;
        let any_named = entries.iter().any(|(n, t)| n.is_some() && t.is_some());
        let mut out = Vec::new();
        if any_named {
            let mut pending: Vec<(String, Pos)> = Vec::new();
            for (name, ty) in entries {
                match (name, ty) {
                    (Some(n), None) => pending.push(n),
                    (Some(n), Some(ty)) => {
                        for p in pending.drain(..) {
                            out.push(ParamDecl {
                                name: Some(p),
                                ty: ty.clone(),
                            });
                        }
                        out.push(ParamDecl { name: Some(n), ty });
                    }
                    (None, Some(ty)) => {
                        return Err(self.err(ty.pos, "mixed named and unnamed parameters"));
                    }
                    (None, None) => {}
                }
            }
            if let Some((_, pos)) = pending.first() {
                return Err(self.err(*pos, "mixed named and unnamed parameters"));
            }
        } else {
            for (name, ty) in entries {
                let ty = match (name, ty) {
                    (Some((n, pos)), None) => TypeExpr {
                        pos,
                        kind: TypeExprKind::Name(n),
                    },
                    (_, Some(ty)) => ty,
                    (None, None) => continue,
                };
                out.push(ParamDecl { name: None, ty });
            }
        }
        for (i, p) in out.iter().enumerate() {
            if matches!(p.ty.kind, TypeExprKind::Ellipsis(_)) && i + 1 != out.len() {
                return Err(self.err(p.ty.pos, "can only use ... with final parameter in list"));
            }
        }
        Ok(out)
    }

    fn param_type(&mut self) -> Result<TypeExpr> {
        let pos = self.peek().pos;
        if self.eat_punct("...") {
            let elem = self.type_expr()?;
            return Ok(TypeExpr {
                pos,
                kind: TypeExprKind::Ellipsis(Box::new(elem)),
            });
        }
        self.type_expr()
    }

    pub(crate) fn type_expr(&mut self) -> Result<TypeExpr> {
        self.enter()?;
        let r = self.type_expr_inner();
        self.depth -= 1;
        r
    }

    fn type_expr_inner(&mut self) -> Result<TypeExpr> {
        let t = self.peek();
        let pos = t.pos;
        let boxed = |p: &mut Self| p.type_expr().map(Box::new);
        let kind = match (t.kind, t.text) {
            (Tok::Punct, "*") => {
                self.i += 1;
                TypeExprKind::Pointer(boxed(self)?)
            }
            (Tok::Punct, "(") => {
                self.i += 1;
                let inner = self.type_expr()?;
                self.expect_punct(")")?;
                return Ok(inner);
            }
            (Tok::Punct, "[") => {
                self.i += 1;
                if self.eat_punct("]") {
                    TypeExprKind::Slice(boxed(self)?)
                } else {
                    let n = self.array_len()?;
                    self.expect_punct("]")?;
                    TypeExprKind::Array(n, boxed(self)?)
                }
            }
            (Tok::Punct, "<-") => {
                self.i += 1;
                if !self.eat_ident("chan") {
                    return Err(self.unexpected("chan after <-"));
                }
                TypeExprKind::Chan(ChanDir::Recv, boxed(self)?)
            }
            (Tok::Ident, "chan") => {
                self.i += 1;
                let dir = if self.eat_punct("<-") {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                TypeExprKind::Chan(dir, boxed(self)?)
            }
            (Tok::Ident, "map") => {
                self.i += 1;
                self.expect_punct("[")?;
                let k = self.type_expr()?;
                self.expect_punct("]")?;
                TypeExprKind::Map(Box::new(k), boxed(self)?)
            }
            (Tok::Ident, "func") => {
                self.i += 1;
                TypeExprKind::Func(Box::new(self.signature()?))
            }
            (Tok::Ident, "struct") => {
                self.i += 1;
                TypeExprKind::Struct(self.struct_body()?)
            }
            (Tok::Ident, "interface") => {
                self.i += 1;
                TypeExprKind::Interface(self.interface_body()?)
            }
            (Tok::Ident, name) if !is_keyword(name) => {
                self.i += 1;
                let kind = if self.is_punct(".") && self.peek_at(1).kind == Tok::Ident {
                    self.i += 1;
                    let sel = self.ident()?.0;
                    TypeExprKind::Qualified(name.to_string(), sel)
                } else {
                    TypeExprKind::Name(name.to_string())
                };
                if self.is_punct("[")
                    && !(self.peek_at(1).kind == Tok::Punct && self.peek_at(1).text == "]")
                {
                    // Instantiation `G[int]` (an array type never follows a name).
                    self.skip_group()?;
                    TypeExprKind::Generic(name.to_string())
                } else {
                    kind
                }
            }
            _ => return Err(self.unexpected("type")),
        };
        Ok(TypeExpr { pos, kind })
    }

    fn array_len(&mut self) -> Result<u64> {
        let t = self.peek();
        if t.kind != Tok::Int {
            if t.kind == Tok::Punct && t.text == "..." {
                return Err(self.err(
                    t.pos,
                    "invalid use of [...] array (outside a composite literal)",
                ));
            }
            return Err(self.err(t.pos, "array length must be an integer literal"));
        }
        self.i += 1;
        if !self.is_punct("]") {
            return Err(self.err(t.pos, "array length must be an integer literal"));
        }
        let s: String = t.text.chars().filter(|&c| c != '_').collect();
        let (digits, radix) = if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X"))
        {
            (h, 16)
        } else if let Some(b) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
            (b, 2)
        } else if let Some(o) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
            (o, 8)
        } else if s.len() > 1 && s.starts_with('0') {
            (&s[1..], 8)
        } else {
            (s.as_str(), 10)
        };
        u64::from_str_radix(digits, radix)
            .ok()
            .filter(|n| *n < (1 << 40))
            .ok_or_else(|| self.err(t.pos, format!("invalid array length {}", t.text)))
    }

    fn struct_body(&mut self) -> Result<Vec<FieldDecl>> {
        self.expect_punct("{")?;
        let mut fields = Vec::new();
        loop {
            while self.peek().kind == Tok::Semi {
                self.i += 1;
            }
            if self.eat_punct("}") {
                return Ok(fields);
            }
            let t = self.peek();
            let next = self.peek_at(1);
            let embedded = match t.kind {
                Tok::Punct => t.text == "*",
                Tok::Ident => {
                    next.kind == Tok::Semi
                        || next.kind == Tok::Str
                        || (next.kind == Tok::Punct && matches!(next.text, "}" | "."))
                }
                _ => false,
            };
            if embedded {
                let ty = self.type_expr()?;
                fields.push(FieldDecl {
                    names: Vec::new(),
                    ty,
                });
            } else {
                let mut names = vec![self.ident()?];
                while self.eat_punct(",") {
                    names.push(self.ident()?);
                }
                let ty = self.type_expr()?;
                fields.push(FieldDecl { names, ty });
            }
            if self.peek().kind == Tok::Str {
                self.i += 1; // tag
            }
            if !self.is_punct("}") && self.peek().kind != Tok::Semi {
                return Err(self.unexpected("\";\" or \"}\" after field"));
            }
        }
    }

    fn interface_body(&mut self) -> Result<Vec<InterfaceElem>> {
        self.expect_punct("{")?;
        let mut elems = Vec::new();
        loop {
            while self.peek().kind == Tok::Semi {
                self.i += 1;
            }
            if self.eat_punct("}") {
                return Ok(elems);
            }
            let t = self.peek();
            if t.kind == Tok::Ident
                && self.peek_at(1).kind == Tok::Punct
                && self.peek_at(1).text == "("
            {
                self.i += 1;
                self.signature()?;
                elems.push(InterfaceElem::Method(t.text.to_string()));
            } else if self.is_punct("~") {
                elems.push(InterfaceElem::Constraint(t.pos));
                self.skip_decl_in_braces()?;
            } else {
                let ty = self.type_expr()?;
                if self.is_punct("|") {
                    elems.push(InterfaceElem::Constraint(t.pos));
                    self.skip_decl_in_braces()?;
                } else {
                    elems.push(InterfaceElem::Embed(ty));
                }
            }
            if !self.is_punct("}") && self.peek().kind != Tok::Semi {
                return Err(self.unexpected("\";\" or \"}\" in interface"));
            }
        }
    }

    /// Skip to the next `;` or the closing `}` of the enclosing body.
    fn skip_decl_in_braces(&mut self) -> Result<()> {
        loop {
            let t = self.peek();
            match (t.kind, t.text) {
                (Tok::Eof, _) | (Tok::Semi, _) | (Tok::Punct, "}") => return Ok(()),
                (Tok::Punct, "(" | "[" | "{") => self.skip_group()?,
                _ => self.i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_and_unnamed_params() {
        let f = parse_func("<arg>", "func Swap(a, b int) (int, int)").unwrap();
        assert_eq!(f.name, "Swap");
        assert_eq!(f.ty.params.len(), 2);
        assert_eq!(f.ty.params[1].name.as_ref().unwrap().0, "b");
        assert_eq!(f.ty.results.len(), 2);
        assert!(f.ty.results[0].name.is_none());
    }

    /// `func(a, b T) R` is a nameless signature with result R, not a method R
    /// with two receivers (runtime builtins are registered this way).
    #[test]
    fn nameless_signature_with_grouped_params_and_a_result() {
        let f = parse_func("<arg>", "func(a, b string) string").unwrap();
        assert!(f.recv.is_none() && f.name.is_empty());
        assert_eq!(f.ty.params.len(), 2);
        assert_eq!(f.ty.results.len(), 1);
        let m = parse_func("<arg>", "func (t T) M(x int) int").unwrap();
        assert_eq!(m.name, "M");
        assert!(m.recv.is_some());
        assert!(parse_func("<arg>", "func (a, b T) M()").is_err());
    }

    #[test]
    fn receiver_and_variadic() {
        let f = parse_func("<arg>", "func (v *MyInt) Sum(xs ...int) int").unwrap();
        assert_eq!(f.recv.unwrap().name.unwrap().0, "v");
        assert!(matches!(f.ty.params[0].ty.kind, TypeExprKind::Ellipsis(_)));
    }

    #[test]
    fn unnamed_type_list_with_keywords() {
        let f = parse_func(
            "<arg>",
            "func F(chan int, map[string]int, func(int) bool, unsafe.Pointer)",
        )
        .unwrap();
        assert_eq!(f.ty.params.len(), 4);
        assert!(f.ty.params.iter().all(|p| p.name.is_none()));
    }

    #[test]
    fn file_skips_everything_else() {
        let src = r#"// Copyright
package p

import (
    "fmt"
    "unsafe"
)

const (
    A = iota
    B
)

var x = map[string]int{"}": 1}

type (
    S struct {
        a, b int `json:"a"`
        _ [0]func()
        *T
    }
    T = S
)

type MyInt int

func (m MyInt) Twice() int { return int(m) * 2 }

//go:noescape
func Add(a, b int) int

func Body() { if true { fmt.Println("}") } }
"#;
        let f = parse_file("x.go", src).unwrap();
        assert_eq!(f.package.as_deref(), Some("p"));
        let names: Vec<_> = f.types.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["S", "T", "MyInt"]);
        assert!(f.types[1].alias);
        let funcs: Vec<_> = f
            .funcs
            .iter()
            .map(|f| (f.name.as_str(), f.has_body))
            .collect();
        assert_eq!(funcs, [("Twice", true), ("Add", false), ("Body", true)]);
    }

    #[test]
    fn bad_syntax_has_a_place() {
        let e = parse_func("<arg>", "func F(a int").unwrap_err();
        assert_eq!(e.to_string(), "<arg>:1:13: expected \")\", found newline");
        let e = parse_func("<arg>", "func F(a [x]int)").unwrap_err();
        assert_eq!(
            e.to_string(),
            "<arg>:1:11: array length must be an integer literal"
        );
    }
}
