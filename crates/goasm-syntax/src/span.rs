//! Source positions. Every token and AST node carries a [`Span`] pointing at
//! the file, line and column where it was written (for text produced by a
//! macro, the place where the macro was used), so any later stage can report
//! `file:line:col: message` like the Go tools do.

/// Index of a file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A position: 1-based line and 1-based byte column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub file: FileId,
    pub line: u32,
    pub col: u32,
}

impl Span {
    pub fn new(file: FileId, line: u32, col: u32) -> Span {
        Span { file, line, col }
    }
}

/// One loaded source file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// All files read while parsing (the main file and everything it includes),
/// so diagnostics can quote the offending line.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        self.files.push(SourceFile {
            name: name.into(),
            text: text.into(),
        });
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn name(&self, id: FileId) -> &str {
        self.files
            .get(id.0 as usize)
            .map_or("<unknown>", |f| f.name.as_str())
    }

    /// The text of the line a span points at, without its newline.
    pub fn line_text(&self, span: Span) -> Option<&str> {
        let file = self.files.get(span.file.0 as usize)?;
        file.text
            .split('\n')
            .nth(span.line.checked_sub(1)? as usize)
            .map(|l| l.trim_end_matches('\r'))
    }

    /// `file:line:col`
    pub fn describe(&self, span: Span) -> String {
        format!("{}:{}:{}", self.name(span.file), span.line, span.col)
    }
}
