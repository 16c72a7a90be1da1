//! The front end for Go's amd64 assembly: a hand-written lexer, a
//! preprocessor (`#include`, `#define`, `#ifdef`, built-in `textflag.h` and
//! `funcdata.h`), a recursive-descent parser producing a tree whose every
//! node has a span, a canonical printer (`goasm fmt`), and a parser for the
//! listings the Go compiler prints with `-S`.
//!
//! ```
//! use goasm_syntax::{parse_str, Config, ast::StmtKind};
//! let src = "#include \"textflag.h\"\nTEXT ·Swap(SB), NOSPLIT, $0-32\n\tMOVQ a+0(FP), AX\n\tRET\n";
//! let parsed = parse_str("swap.s", src, &Config::default());
//! assert!(parsed.diags.is_empty());
//! let StmtKind::Text(t) = &parsed.file.stmts[0].kind else { panic!() };
//! assert_eq!((t.sym.name.as_str(), t.flags, t.frame, t.args), ("·Swap", 4, 0, Some(32)));
//! // Printing and parsing again gives the same tree.
//! let again = parse_str("swap2.s", &goasm_syntax::print_file(&parsed.file), &Config::default());
//! assert_eq!(again.file.without_spans(), parsed.file.without_spans());
//! ```
#![forbid(unsafe_code)]

pub mod ast;
pub mod diag;
pub mod expr;
pub mod headers;
pub mod lexer;
pub mod listing;
pub mod literal;
mod operand;
pub mod parser;
pub mod pctab;
pub mod preprocess;
pub mod printer;
pub mod span;

pub use ast::File;
pub use diag::Diagnostic;
pub use listing::{Listing, looks_like_listing, parse_listing};
pub use preprocess::Config;
pub use printer::print_file;
pub use span::{FileId, SourceMap, Span};

use std::path::Path;

/// A parsed assembly file with the sources it read and what went wrong.
#[derive(Debug)]
pub struct Parsed {
    pub file: File,
    pub sources: SourceMap,
    pub diags: Vec<Diagnostic>,
}

impl Parsed {
    /// Every diagnostic rendered with its source line and caret.
    pub fn render_diags(&self) -> String {
        diag::render_all(&self.diags, &self.sources)
    }
}

/// Parses assembly source held in memory. `name` is used in diagnostics and
/// its directory (if it has one) for relative `#include`s.
pub fn parse_str(name: &str, text: &str, config: &Config) -> Parsed {
    let mut sources = SourceMap::new();
    let id = sources.add(name, text);
    let dir = Path::new(name).parent().map(Path::to_path_buf);
    parse_in(&mut sources, id, dir, config)
}

/// Reads and parses a file from disk.
pub fn parse_path(path: &Path, config: &Config) -> std::io::Result<Parsed> {
    let bytes = std::fs::read(path)?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Ok(parse_str(&path.display().to_string(), &text, config))
}

fn parse_in(
    sources: &mut SourceMap,
    id: FileId,
    dir: Option<std::path::PathBuf>,
    config: &Config,
) -> Parsed {
    let (lines, mut diags) = preprocess::Preprocessor::new(config, sources).run(id, dir);
    let file = parser::parse_lines(&lines, &mut diags);
    Parsed {
        file,
        sources: std::mem::take(sources),
        diags,
    }
}
