//! Diagnostics: a message at a place, printed the way Go's tools print them
//! (`file:line:col: message`), followed by the source line and a caret.

use crate::span::{SourceMap, Span};
use std::fmt::Write;

/// One error found in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
        }
    }

    /// `file:line:col: message` only.
    pub fn headline(&self, sources: &SourceMap) -> String {
        format!("{}: {}", sources.describe(self.span), self.message)
    }

    /// The headline, the source line and a caret under the column. Tabs in
    /// the line are kept in the caret's indentation so it lines up.
    pub fn render(&self, sources: &SourceMap) -> String {
        let mut out = self.headline(sources);
        if let Some(line) = sources.line_text(self.span) {
            let col = (self.span.col.max(1) - 1) as usize;
            let pad: String = line
                .char_indices()
                .take_while(|(i, _)| *i < col)
                .map(|(_, c)| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = write!(out, "\n\t{line}\n\t{pad}^");
        }
        out
    }
}

/// Renders a list of diagnostics, one block each.
pub fn render_all(diags: &[Diagnostic], sources: &SourceMap) -> String {
    let mut out = String::new();
    for d in diags {
        out.push_str(&d.render(sources));
        out.push('\n');
    }
    out
}
