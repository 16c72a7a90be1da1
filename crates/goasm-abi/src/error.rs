//! Errors with a place: every message points at `file:line:col`, like the Go tools.

use std::fmt;

/// A position in a source text (1-based line and column, column counted in bytes
/// as the Go tools do).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// A parse or type-resolution error, printed as `file:line:col: message`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct Error {
    pub file: String,
    pub pos: Pos,
    pub msg: String,
}

impl Error {
    pub(crate) fn new(file: &str, pos: Pos, msg: impl Into<String>) -> Self {
        Error {
            file: file.to_string(),
            pos,
            msg: msg.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.pos.line, self.pos.col, self.msg
        )
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
