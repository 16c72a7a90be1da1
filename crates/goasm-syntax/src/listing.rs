//! Compiler listings: the text `go tool compile -S` (and `go build
//! -gcflags=-S`) prints. Each symbol starts with a header line at column 1:
//!
//! ```text
//! main.add STEXT nosplit size=4 args=0x10 locals=0x0 funcid=0x0 align=0x0
//!     0x0000 00000 (/tmp/p.go:8)  TEXT  main.add(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
//!     0x0000 00000 (/tmp/p.go:8)  ADDQ  BX, AX
//!     0x0000 48 01 d8 c3                 H...
//!     rel 3+4 t=R_CALL runtime.printlock+0
//! ```
//!
//! followed by instruction lines (pc, source position, instruction), the
//! hex dump of the bytes, and `rel` relocation lines. Data symbols (SRODATA,
//! SNOPTRDATA, ...) have only the dump and relocations.
//!
//! Symbol names in listings are not assembler identifiers: they contain
//! `.`, `:`, `*`, quotes, brackets, spaces and even parentheses
//! (`main.(*T).M`, `go:string."hi"`, `type:func(int, string)`). The
//! instruction parser therefore glues each name into one identifier token
//! before the ordinary operand parser sees it.

use crate::ast::{StmtKind, Text};
use crate::diag::Diagnostic;
use crate::lexer::{TokKind, Token, tokenize};
use crate::parser;
use crate::pctab::{Dumps, InlineDump};
use crate::span::{FileId, Span};
use goasm_isa::Reg;

/// A whole listing.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub funcs: Vec<ListingFunc>,
    pub data: Vec<DataSym>,
    /// Source file names referenced by instruction positions.
    pub files: Vec<String>,
}

/// A symbol's header line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymHeader {
    pub name: String,
    /// STEXT, SRODATA, SNOPTRDATA, SDATA, SBSS, SNOPTRBSS, SDWARF*, ...
    pub kind: String,
    /// Flag words such as `dupok`, `nosplit`, `static`.
    pub attrs: Vec<String>,
    pub size: u64,
    pub align: u64,
    pub args: Option<u64>,
    pub locals: Option<u64>,
    pub funcid: Option<u64>,
    pub span: Span,
}

impl SymHeader {
    pub fn has(&self, attr: &str) -> bool {
        self.attrs.iter().any(|a| a == attr)
    }
}

#[derive(Debug, Clone)]
pub struct ListingFunc {
    pub header: SymHeader,
    /// The TEXT pseudo-instruction (flags, frame, argument size, ABI).
    pub text: Option<Text>,
    pub insns: Vec<ListingInsn>,
    /// The machine code from the hex dump.
    pub code: Vec<u8>,
    pub relocs: Vec<Reloc>,
    /// The inline tree and pc table, when the listing carries the
    /// compiler's `-d=pctab=pctoinline` dump for this function.
    pub inline: Option<InlineDump>,
}

#[derive(Debug, Clone)]
pub struct ListingInsn {
    /// Offset from the function start.
    pub pc: u32,
    /// Source position: index into [`Listing::files`] and line, if known.
    pub pos: Option<(u32, u32)>,
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Debug, Clone)]
pub struct DataSym {
    pub header: SymHeader,
    pub bytes: Vec<u8>,
    pub relocs: Vec<Reloc>,
}

/// `rel 24+8 t=R_ADDR type:main.T+0`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reloc {
    pub offset: u32,
    pub size: u32,
    pub kind: String,
    pub sym: String,
    pub add: i64,
}

/// Whether text looks like a compiler listing rather than assembly source.
pub fn looks_like_listing(text: &str) -> bool {
    let first = text.lines().find(|l| !l.trim().is_empty());
    first.is_some_and(|l| {
        l.starts_with("funcpctab ")
            || !l.starts_with([' ', '\t', '#', '/']) && parse_header(l, Span::default()).is_ok()
    })
}

/// Parses a listing. Bad lines become diagnostics; the rest is kept.
pub fn parse_listing(text: &str, file: FileId) -> (Listing, Vec<Diagnostic>) {
    let mut lst = Listing::default();
    let mut diags = Vec::new();
    enum Cur {
        None,
        Func(usize),
        Data(usize),
    }
    let mut cur = Cur::None;
    let mut dumps = Dumps::default();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.trim_end_matches('\r');
        let span = Span::new(file, i as u32 + 1, 1);
        if line.trim().is_empty() {
            continue;
        }
        // Body lines are tab-indented; everything else is a symbol header
        // (a DWARF variable symbol can even have an empty name: " SDWARFVAR ...").
        if !line.starts_with('\t') {
            if let Some(res) = dumps.line(line, span) {
                if let Err(d) = res {
                    diags.push(d);
                }
                continue;
            }
            match parse_header(line, span) {
                Ok(h) if h.kind == "STEXT" => {
                    lst.funcs.push(ListingFunc {
                        header: h,
                        text: None,
                        insns: Vec::new(),
                        code: Vec::new(),
                        relocs: Vec::new(),
                        inline: None,
                    });
                    cur = Cur::Func(lst.funcs.len() - 1);
                }
                Ok(h) => {
                    lst.data.push(DataSym {
                        header: h,
                        bytes: Vec::new(),
                        relocs: Vec::new(),
                    });
                    cur = Cur::Data(lst.data.len() - 1);
                }
                Err(d) => {
                    diags.push(d);
                    cur = Cur::None;
                }
            }
            continue;
        }
        let body = line.trim_start();
        let col = (line.len() - body.len()) as u32 + 1;
        let span = Span { col, ..span };
        let result = if let Some(rel) = body.strip_prefix("rel ") {
            parse_reloc(rel, span).map(|r| match cur {
                Cur::Func(k) => lst.funcs[k].relocs.push(r),
                Cur::Data(k) => lst.data[k].relocs.push(r),
                Cur::None => {}
            })
        } else if is_insn_line(body) {
            match cur {
                Cur::Func(k) => parse_insn_line(body, span, &mut lst.files).map(|(insn, stmts)| {
                    let f = &mut lst.funcs[k];
                    for s in stmts {
                        if let StmtKind::Text(t) = &s {
                            f.text = Some(t.clone());
                        }
                        f.insns.push(ListingInsn {
                            kind: s,
                            ..insn.clone()
                        });
                    }
                }),
                _ => Err(Diagnostic::new(span, "instruction line outside a function")),
            }
        } else if body.starts_with("0x") {
            parse_dump(body, span).map(|bytes| match cur {
                Cur::Func(k) => lst.funcs[k].code.extend(bytes),
                Cur::Data(k) => lst.data[k].bytes.extend(bytes),
                Cur::None => {}
            })
        } else {
            Err(Diagnostic::new(span, "unrecognized listing line"))
        };
        if let Err(d) = result {
            diags.push(d);
        }
    }
    // Each dump belongs to the one function of its name with a body.
    for (name, dump) in dumps.funcs {
        let mut bodies = lst
            .funcs
            .iter_mut()
            .filter(|f| f.header.name == name && f.text.is_some());
        if let (Some(f), None) = (bodies.next(), bodies.next())
            && !dumps.dups.contains(&name)
        {
            f.inline = Some(dump);
        }
    }
    // The dump stops at the last byte the compiler wrote; the rest of the
    // symbol is zero. Keep every symbol exactly its declared size (DWARF
    // symbols print contents with size=0 and are left as printed).
    for d in &mut lst.data {
        let size = d.header.size as usize;
        if d.header.kind.starts_with("SDWARF") {
            continue;
        }
        if d.bytes.len() > size {
            let msg = format!(
                "{} has {} bytes of contents but size={}",
                d.header.name,
                d.bytes.len(),
                size
            );
            diags.push(Diagnostic::new(d.header.span, msg));
        } else if size <= MAX_ZERO_FILL {
            d.bytes.resize(size, 0);
        }
    }
    (lst, diags)
}

/// Larger zero-filled symbols (big BSS arrays) keep their short contents
/// rather than allocating; consumers zero-fill at load time.
const MAX_ZERO_FILL: usize = 1 << 24;

fn parse_num(s: &str) -> Option<u64> {
    match s.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16).ok(),
        None => s.parse().ok(),
    }
}

/// `NAME KIND attr... key=value...`; the name may contain spaces, so the
/// attributes are peeled off from the right.
fn parse_header(line: &str, span: Span) -> Result<SymHeader, Diagnostic> {
    let words: Vec<&str> = line.split(' ').collect();
    let is_attr = |w: &str| {
        let key = w.split('=').next().unwrap_or("");
        !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase())
    };
    let mut k = words.len();
    while k > 0 && is_attr(words[k - 1]) {
        k -= 1;
    }
    let bad = || Diagnostic::new(span, "malformed symbol header line");
    if k < 2 {
        return Err(bad());
    }
    let kind = words[k - 1];
    if !(kind.len() > 1
        && kind.starts_with('S')
        && kind
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
    {
        return Err(bad());
    }
    let mut h = SymHeader {
        name: words[..k - 1].join(" "),
        kind: kind.to_string(),
        attrs: Vec::new(),
        size: 0,
        align: 0,
        args: None,
        locals: None,
        funcid: None,
        span,
    };
    for w in &words[k..] {
        match w.split_once('=') {
            Some((key, v)) => {
                let v = parse_num(v)
                    .ok_or_else(|| Diagnostic::new(span, format!("bad value in {w}")))?;
                match key {
                    "size" => h.size = v,
                    "align" => h.align = v,
                    "args" => h.args = Some(v),
                    "locals" => h.locals = Some(v),
                    "funcid" => h.funcid = Some(v),
                    _ => h.attrs.push(w.to_string()),
                }
            }
            None => h.attrs.push(w.to_string()),
        }
    }
    if h.name.is_empty() && !h.kind.starts_with("SDWARF") {
        return Err(bad());
    }
    Ok(h)
}

/// `0x0000 00000 (file:line)` starts an instruction line.
fn is_insn_line(body: &str) -> bool {
    let mut it = body.splitn(3, ' ');
    let (Some(hex), Some(dec), Some(rest)) = (it.next(), it.next(), it.next()) else {
        return false;
    };
    hex.starts_with("0x")
        && dec.len() == 5
        && dec.bytes().all(|b| b.is_ascii_digit())
        && rest.starts_with('(')
}

fn parse_insn_line(
    body: &str,
    span: Span,
    files: &mut Vec<String>,
) -> Result<(ListingInsn, Vec<StmtKind>), Diagnostic> {
    let bad = |m: &str| Diagnostic::new(span, m.to_string());
    let mut it = body.splitn(3, ' ');
    let _hex = it.next();
    let pc: u32 = it
        .next()
        .and_then(|d| d.parse().ok())
        .ok_or_else(|| bad("bad pc"))?;
    let rest = it.next().unwrap_or("");
    // (file:line) — the file name may itself contain ':' or ')'.
    let close = rest
        .find(")\t")
        .or_else(|| rest.rfind(')'))
        .ok_or_else(|| bad("missing source position"))?;
    let postext = &rest[1..close];
    let pos = match postext.rsplit_once(':') {
        Some((f, l)) if l.bytes().all(|b| b.is_ascii_digit()) && !l.is_empty() => {
            let idx = match files.iter().position(|x| x == f) {
                Some(i) => i,
                None => {
                    files.push(f.to_string());
                    files.len() - 1
                }
            };
            Some((idx as u32, l.parse().unwrap_or(0)))
        }
        _ => None,
    };
    let insn_text = rest[close + 1..].trim_start_matches('\t');
    let insn_col = span.col + (body.len() - insn_text.len()) as u32;
    let insn_span = Span {
        col: insn_col,
        ..span
    };
    let (mnemonic, operands) = match insn_text.split_once('\t') {
        Some((m, o)) => (m, o),
        None => (insn_text, ""),
    };
    let mut toks = tokenize(mnemonic, span.file).0;
    toks.retain(|t| t.kind != TokKind::Newline);
    for t in &mut toks {
        t.span = Span {
            col: insn_col + t.span.col - 1,
            ..span
        };
    }
    let mut abi_internal = false;
    let op_col = insn_col + mnemonic.len() as u32 + 1;
    let ops = if mnemonic == "TEXT" {
        let cleaned: Vec<&str> = split_top(operands);
        let mut joined = Vec::new();
        for (i, o) in cleaned.iter().enumerate() {
            if i == 1 && cleaned.len() == 3 {
                let kept: Vec<&str> = o
                    .split('|')
                    .map(str::trim)
                    .filter(|f| {
                        let abi = *f == "ABIInternal";
                        abi_internal |= abi;
                        !abi && *f != "ABI0"
                    })
                    .collect();
                joined.push(if kept.is_empty() {
                    "0".to_string()
                } else {
                    kept.join("|")
                });
            } else {
                joined.push(o.to_string());
            }
        }
        listing_tokens(
            &joined.join(", "),
            Span {
                col: op_col,
                ..span
            },
        )
    } else {
        listing_tokens(
            operands,
            Span {
                col: op_col,
                ..span
            },
        )
    };
    toks.extend(ops);
    let mut stmts = Vec::new();
    parser::statement(&toks, &mut stmts)?;
    let kinds = stmts
        .into_iter()
        .map(|s| match s.kind {
            StmtKind::Text(mut t) => {
                t.abi_internal = abi_internal;
                StmtKind::Text(t)
            }
            k => k,
        })
        .collect();
    Ok((
        ListingInsn {
            pc,
            pos,
            span: insn_span,
            kind: StmtKind::Label(String::new()),
        },
        kinds,
    ))
}

/// Splits operand text at top-level commas, respecting quotes and brackets.
fn split_top(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start, mut quoted, mut esc) = (0i32, 0, false, false);
    for (i, c) in text.char_indices() {
        if quoted {
            match c {
                _ if esc => esc = false,
                '\\' => esc = true,
                '"' => quoted = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !text.trim().is_empty() {
        out.push(text[start..].trim());
    }
    out
}

/// Tokens for listing operands: symbol names become single identifiers.
fn listing_tokens(text: &str, span: Span) -> Vec<Token> {
    let mut toks = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut chunk_start = 0;
    let flush = |toks: &mut Vec<Token>, from: usize, to: usize| {
        if from < to {
            let (ts, _) = tokenize(&text[from..to], span.file);
            for mut t in ts.into_iter().filter(|t| t.kind != TokKind::Newline) {
                t.span = Span {
                    col: span.col + from as u32 + t.span.col - 1,
                    ..span
                };
                toks.push(t);
            }
        }
    };
    while i < bytes.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        let prev_ok = i == 0 || matches!(bytes[i - 1], b' ' | b',' | b'$' | b'\t' | b'*');
        let starts_sym =
            prev_ok && (crate::lexer::is_ident_start(c) || (c == '$' && is_const_sym(&text[i..])));
        if starts_sym && !is_register_here(&text[i..]) {
            let end = symbol_end(text, i);
            flush(&mut toks, chunk_start, i);
            toks.push(Token {
                kind: TokKind::Ident,
                text: text[i..end].to_string(),
                span: Span {
                    col: span.col + i as u32,
                    ..span
                },
                space_before: true,
            });
            i = end;
            chunk_start = end;
            continue;
        }
        i += c.len_utf8();
    }
    flush(&mut toks, chunk_start, text.len());
    toks
}

/// `$f64.3ff8000000000000` and friends: constant-pool symbols whose names start with `$`.
fn is_const_sym(s: &str) -> bool {
    ["$f64.", "$f32.", "$i64.", "$i32.", "$i128.", "$u64."]
        .iter()
        .any(|p| s.starts_with(p))
}

fn is_register_here(s: &str) -> bool {
    let word: String = s
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let next = s[word.len()..].chars().next();
    Reg::from_name(&word).is_some() && next.is_none_or(|c| matches!(c, ',' | ')' | ':' | '*' | ' '))
        || matches!(word.as_str(), "SB" | "FP" | "PC" | "SP") && next.is_none_or(|c| c == ')')
}

/// Where a listing symbol name that starts at `start` ends: before
/// `(SB)`/`(FP)`/`(SP)`, before a `+N(`/`-N(` offset, or at a top-level comma.
fn symbol_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    let mut depth = 0i32;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'(' if depth == 0 => {
                let rest = &text[i..];
                if ["(SB)", "(FP)", "(SP)", "(PC)"]
                    .iter()
                    .any(|p| rest.starts_with(p))
                {
                    return i;
                }
                depth += 1;
            }
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b'+' | b'-' if depth == 0 => {
                let digits = text[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
                if digits > 0 && text[i + 1 + digits..].starts_with('(') {
                    return i;
                }
            }
            // Operands are separated by ", "; a comma inside a name has no
            // space after it (`go:itab.*main.T,main.I`).
            b',' if depth == 0 && b.get(i + 1).is_none_or(|&c| c == b' ') => return i,
            b'|' if depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

fn parse_reloc(rel: &str, span: Span) -> Result<Reloc, Diagnostic> {
    let bad = || Diagnostic::new(span, format!("malformed relocation: rel {rel}"));
    let (place, rest) = rel.split_once(' ').ok_or_else(bad)?;
    let (off, size) = place.split_once('+').ok_or_else(bad)?;
    let rest = rest.strip_prefix("t=").ok_or_else(bad)?;
    let (kind, target) = rest.split_once(' ').ok_or_else(bad)?;
    // target is SYM+ADD; SYM may contain '+' or '-' and even be empty.
    let cut = target.rfind(['+', '-']).ok_or_else(bad)?;
    let add: i64 = target[cut..]
        .trim_start_matches('+')
        .parse()
        .map_err(|_| bad())?;
    Ok(Reloc {
        offset: off.parse().map_err(|_| bad())?,
        size: size.parse().map_err(|_| bad())?,
        kind: kind.to_string(),
        sym: target[..cut].to_string(),
        add,
    })
}

/// `0x0010 ec 30 66 44 ...  ascii`: up to 16 bytes after the offset.
fn parse_dump(body: &str, span: Span) -> Result<Vec<u8>, Diagnostic> {
    let rest = body.split_once(' ').map_or("", |x| x.1);
    let mut out = Vec::new();
    let b = rest.as_bytes();
    let mut i = 0;
    while out.len() < 16 && i + 2 <= b.len() {
        let (hi, lo) = (b[i], b[i + 1]);
        if !hi.is_ascii_hexdigit() || !lo.is_ascii_hexdigit() {
            break;
        }
        let digit = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
        out.push((digit(hi) << 4) | digit(lo));
        i += 2;
        if i < b.len() && b[i] == b' ' && b.get(i + 1) != Some(&b' ') {
            i += 1;
        } else {
            break;
        }
    }
    if out.is_empty() {
        return Err(Diagnostic::new(span, "malformed hex dump line"));
    }
    Ok(out)
}

/// Flags of a listing TEXT line printed back (for diagnostics and tools).
pub fn flags_text(flags: i64) -> String {
    crate::printer::flags(flags)
}
