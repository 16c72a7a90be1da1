//! The preprocessor: `#include`, `#define` (object- and function-like, with
//! `\` continuations handled by the lexer), `#undef`, `#ifdef`/`#ifndef`/
//! `#else`/`#endif`, and macro expansion. Its output is a list of logical
//! lines of tokens with every macro expanded; tokens a macro produced carry
//! the span of the macro's use, so errors point at the line the user wrote.
//!
//! Expansion is bounded (nesting depth, tokens per line, include depth) so
//! no input can make it loop or allocate without limit.

use crate::diag::Diagnostic;
use crate::headers;
use crate::lexer::{TokKind, Token, tokenize};
use crate::span::{FileId, SourceMap, Span};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const MAX_INCLUDE_DEPTH: usize = 32;
const MAX_EXPANSION_DEPTH: usize = 64;
const MAX_LINE_TOKENS: usize = 1 << 16;

/// Where `#include` looks and what is predefined.
#[derive(Debug, Clone)]
pub struct Config {
    /// `-I` directories, searched after the including file's directory.
    pub include_dirs: Vec<PathBuf>,
    /// Predefined object-like macros (name, body text); by default those
    /// `go build` passes for linux/amd64.
    pub defines: Vec<(String, String)>,
    /// Read includes from disk (off for in-memory parsing such as fuzzing).
    pub read_files: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            include_dirs: Vec::new(),
            defines: ["GOOS_linux", "GOARCH_amd64", "GOAMD64_v1"]
                .iter()
                .map(|n| (n.to_string(), "1".to_string()))
                .collect(),
            read_files: true,
        }
    }
}

#[derive(Debug, Clone)]
struct Macro {
    params: Option<Vec<String>>,
    body: Vec<Token>,
}

struct Source {
    tokens: Vec<Token>,
    pos: usize,
    dir: Option<PathBuf>,
}

struct Cond {
    /// This branch's own condition (flipped by #else).
    taken: bool,
    seen_else: bool,
    span: Span,
}

/// A logical line after preprocessing.
pub type Line = Vec<Token>;

pub struct Preprocessor<'a> {
    config: &'a Config,
    sources: &'a mut SourceMap,
    macros: HashMap<String, Macro>,
    stack: Vec<Source>,
    conds: Vec<Cond>,
    pub diags: Vec<Diagnostic>,
}

impl<'a> Preprocessor<'a> {
    pub fn new(config: &'a Config, sources: &'a mut SourceMap) -> Self {
        let mut pp = Preprocessor {
            config,
            sources,
            macros: HashMap::new(),
            stack: Vec::new(),
            conds: Vec::new(),
            diags: Vec::new(),
        };
        for (name, body) in &config.defines {
            let (body, _) = tokenize(body, FileId(u32::MAX));
            let body = body
                .into_iter()
                .filter(|t| t.kind != TokKind::Newline)
                .collect();
            pp.macros.insert(name.clone(), Macro { params: None, body });
        }
        pp
    }

    /// Preprocesses a file already added to the source map.
    pub fn run(mut self, file: FileId, dir: Option<PathBuf>) -> (Vec<Line>, Vec<Diagnostic>) {
        self.push_file(file, dir);
        let mut out = Vec::new();
        while let Some(line) = self.next_raw_line() {
            if line.first().is_some_and(|t| t.kind == TokKind::Hash) {
                self.directive(&line);
            } else if self.active() && !line.is_empty() {
                let mut expanded = Vec::new();
                let mut active = Vec::new();
                self.expand(&line, &mut expanded, &mut active);
                // A multi-line macro body expands to several lines.
                for piece in expanded.split(|t| t.kind == TokKind::Continuation) {
                    if !piece.is_empty() {
                        out.push(piece.to_vec());
                    }
                }
            }
        }
        for c in std::mem::take(&mut self.conds) {
            self.diags
                .push(Diagnostic::new(c.span, "unclosed #ifdef or #ifndef"));
        }
        (out, self.diags)
    }

    fn push_file(&mut self, file: FileId, dir: Option<PathBuf>) {
        let (tokens, diags) = tokenize(&self.sources.file(file).text, file);
        self.diags.extend(diags);
        self.stack.push(Source {
            tokens,
            pos: 0,
            dir,
        });
    }

    fn active(&self) -> bool {
        self.conds.iter().all(|c| c.taken)
    }

    /// The next line of the innermost source, popping finished includes.
    fn next_raw_line(&mut self) -> Option<Line> {
        loop {
            let src = self.stack.last_mut()?;
            if src.pos >= src.tokens.len() {
                self.stack.pop();
                continue;
            }
            let start = src.pos;
            while src.pos < src.tokens.len() && src.tokens[src.pos].kind != TokKind::Newline {
                src.pos += 1;
            }
            let line = src.tokens[start..src.pos].to_vec();
            src.pos += 1;
            return Some(line);
        }
    }

    fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(span, msg));
    }

    fn directive(&mut self, raw: &[Token]) {
        // Continuations matter only in a #define body.
        let is_define = raw.get(1).is_some_and(|t| t.is_ident("define"));
        let line: Vec<Token> = if is_define {
            raw.to_vec()
        } else {
            raw.iter()
                .filter(|t| t.kind != TokKind::Continuation)
                .cloned()
                .collect()
        };
        let line = line.as_slice();
        let hash = line[0].span;
        let Some(word) = line.get(1).filter(|t| t.kind == TokKind::Ident) else {
            if self.active() {
                self.error(hash, "expected directive name after #");
            }
            return;
        };
        let name_tok = line.get(2);
        match word.text.as_str() {
            "ifdef" | "ifndef" => {
                let defined = match name_tok {
                    Some(t) if t.kind == TokKind::Ident && line.len() == 3 => {
                        self.macros.contains_key(&t.text)
                    }
                    _ => {
                        if self.active() {
                            self.error(
                                word.span,
                                format!("#{} requires one macro name", word.text),
                            );
                        }
                        false
                    }
                };
                let taken = if word.text == "ifdef" {
                    defined
                } else {
                    !defined
                };
                self.conds.push(Cond {
                    taken,
                    seen_else: false,
                    span: hash,
                });
            }
            "if" | "elif" => {
                // Go's assembler has no #if; report it once and keep the
                // nesting balanced so the matching #else/#endif do not cascade.
                if self.active() {
                    self.error(
                        word.span,
                        format!("#{} is not supported (use #ifdef or #ifndef)", word.text),
                    );
                }
                if word.text == "if" {
                    self.conds.push(Cond {
                        taken: false,
                        seen_else: false,
                        span: hash,
                    });
                }
            }
            "else" => match self.conds.last_mut() {
                Some(c) if !c.seen_else => {
                    c.seen_else = true;
                    c.taken = !c.taken;
                }
                Some(_) => self.error(hash, "duplicate #else"),
                None => self.error(hash, "#else without #ifdef"),
            },
            "endif" => {
                if self.conds.pop().is_none() {
                    self.error(hash, "#endif without #ifdef");
                }
            }
            _ if !self.active() => {}
            "define" => self.define(line),
            "undef" => match name_tok {
                Some(t) if t.kind == TokKind::Ident => {
                    self.macros.remove(&t.text);
                }
                _ => self.error(word.span, "#undef requires a macro name"),
            },
            "include" => self.include(line),
            "line" => {}
            other => self.error(word.span, format!("unknown directive #{other}")),
        }
    }

    fn define(&mut self, line: &[Token]) {
        let Some(name) = line.get(2).filter(|t| t.kind == TokKind::Ident) else {
            self.error(line[1].span, "#define requires a macro name");
            return;
        };
        let mut rest = 3;
        let mut params = None;
        if line
            .get(3)
            .is_some_and(|t| t.is_punct("(") && !t.space_before)
        {
            let mut names = Vec::new();
            rest = 4;
            loop {
                match line.get(rest) {
                    Some(t) if t.is_punct(")") && names.is_empty() => {
                        rest += 1;
                        break;
                    }
                    Some(t) if t.kind == TokKind::Ident => {
                        names.push(t.text.clone());
                        rest += 1;
                        match line.get(rest) {
                            Some(t) if t.is_punct(",") => rest += 1,
                            Some(t) if t.is_punct(")") => {
                                rest += 1;
                                break;
                            }
                            Some(t) => {
                                let s = t.span;
                                self.error(s, "bad macro parameter list: expected , or )");
                                return;
                            }
                            None => {
                                self.error(name.span, "bad macro parameter list: missing )");
                                return;
                            }
                        }
                    }
                    Some(t) => {
                        let s = t.span;
                        self.error(s, "bad macro parameter list: expected a parameter name");
                        return;
                    }
                    None => {
                        self.error(name.span, "bad macro parameter list: missing )");
                        return;
                    }
                }
            }
            params = Some(names);
        }
        let mut body = line[rest..].to_vec();
        while body.last().is_some_and(|t| t.kind == TokKind::Continuation) {
            body.pop();
        }
        let lead = body
            .iter()
            .take_while(|t| t.kind == TokKind::Continuation)
            .count();
        body.drain(..lead);
        self.macros
            .insert(name.text.clone(), Macro { params, body });
    }

    fn include(&mut self, line: &[Token]) {
        let Some(arg) = line.get(2).filter(|t| t.kind == TokKind::Str) else {
            self.error(line[1].span, "#include requires a quoted file name");
            return;
        };
        let span = arg.span;
        let name = match crate::literal::unquote(&arg.text) {
            Ok(n) => n,
            Err(e) => {
                self.error(span, e);
                return;
            }
        };
        if self.stack.len() > MAX_INCLUDE_DEPTH {
            self.error(
                span,
                format!("#include nested too deeply ({MAX_INCLUDE_DEPTH} levels)"),
            );
            return;
        }
        match self.find_include(&name) {
            Some((display, text, dir)) => {
                let id = self.sources.add(display, text);
                self.push_file(id, dir);
            }
            None => {
                let hint = if name.ends_with("go_asm.h") {
                    " (it is generated by `go build`; pass its directory with -I)"
                } else {
                    ""
                };
                self.error(span, format!("#include: cannot find {name}{hint}"));
            }
        }
    }

    fn find_include(&self, name: &str) -> Option<(String, String, Option<PathBuf>)> {
        if self.config.read_files {
            let mut candidates = Vec::new();
            let path = Path::new(name);
            if path.is_absolute() {
                candidates.push(path.to_path_buf());
            } else {
                if let Some(dir) = self.stack.last().and_then(|s| s.dir.clone()) {
                    candidates.push(dir.join(path));
                }
                candidates.extend(self.config.include_dirs.iter().map(|d| d.join(path)));
            }
            for c in candidates {
                if let Ok(text) = std::fs::read_to_string(&c) {
                    let dir = c.parent().map(Path::to_path_buf);
                    return Some((c.display().to_string(), text, dir));
                }
            }
        }
        headers::builtin(name).map(|text| (format!("<built-in {name}>"), text, None))
    }

    /// Expands macros in `tokens` into `out`. `active` holds the macros being
    /// expanded, which are not expanded again inside themselves.
    fn expand(&mut self, tokens: &[Token], out: &mut Vec<Token>, active: &mut Vec<String>) {
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            i += 1;
            if out.len() > MAX_LINE_TOKENS {
                self.error(t.span, "macro expansion too large");
                return;
            }
            let Some(m) = (t.kind == TokKind::Ident && !active.contains(&t.text))
                .then(|| self.macros.get(&t.text))
                .flatten()
            else {
                out.push(t.clone());
                continue;
            };
            if active.len() >= MAX_EXPANSION_DEPTH {
                self.error(t.span, format!("macro {} expands too deeply", t.text));
                return;
            }
            let m = m.clone();
            let body = match &m.params {
                None => m.body.clone(),
                Some(params) => {
                    if !tokens.get(i).is_some_and(|n| n.is_punct("(")) {
                        out.push(t.clone());
                        continue;
                    }
                    let Some((args, next)) = collect_args(tokens, i + 1) else {
                        self.error(t.span, format!("missing ) in call of macro {}", t.text));
                        return;
                    };
                    i = next;
                    let args = if params.is_empty() && args.len() == 1 && args[0].is_empty() {
                        Vec::new()
                    } else {
                        args
                    };
                    if args.len() != params.len() {
                        self.error(
                            t.span,
                            format!(
                                "macro {} takes {} arguments, given {}",
                                t.text,
                                params.len(),
                                args.len()
                            ),
                        );
                        return;
                    }
                    let mut expanded_args = Vec::with_capacity(args.len());
                    for a in &args {
                        let mut e = Vec::new();
                        self.expand(a, &mut e, active);
                        expanded_args.push(e);
                    }
                    substitute(&m.body, params, &expanded_args)
                }
            };
            let body: Vec<Token> = body
                .into_iter()
                .enumerate()
                .map(|(k, mut b)| {
                    b.span = t.span;
                    if k == 0 {
                        b.space_before = t.space_before;
                    }
                    b
                })
                .collect();
            active.push(t.text.clone());
            self.expand(&body, out, active);
            active.pop();
        }
    }
}

/// Splits `f(a, (b, c), d)` arguments at top-level commas, starting after `(`.
/// Returns the arguments and the index after the closing `)`.
fn collect_args(tokens: &[Token], mut i: usize) -> Option<(Vec<Vec<Token>>, usize)> {
    let mut args = vec![Vec::new()];
    let mut depth = 0usize;
    while let Some(t) = tokens.get(i) {
        i += 1;
        if t.is_punct("(") {
            depth += 1;
        } else if t.is_punct(")") {
            if depth == 0 {
                return Some((args, i));
            }
            depth -= 1;
        } else if t.is_punct(",") && depth == 0 {
            args.push(Vec::new());
            continue;
        }
        args.last_mut()?.push(t.clone());
    }
    None
}

fn substitute(body: &[Token], params: &[String], args: &[Vec<Token>]) -> Vec<Token> {
    let mut out = Vec::new();
    for b in body {
        match params
            .iter()
            .position(|p| b.kind == TokKind::Ident && *p == b.text)
        {
            Some(k) => {
                let mut first = true;
                for a in &args[k] {
                    let mut a = a.clone();
                    if first {
                        a.space_before = b.space_before;
                        first = false;
                    }
                    out.push(a);
                }
            }
            None => out.push(b.clone()),
        }
    }
    out
}
