//! The compiler's pc-table dumps (`go tool compile -S -d=pctab=pctoinline`),
//! which a listing may carry anywhere between its symbols:
//!
//! ```text
//! funcpctab main.main [valfunc=pctoinline]
//!      0     -1 00000 (p.go:21) TEXT main.main(SB), ABIInternal, $112-0
//!     57      0 00087 (p.go:24) JMP 120
//!     59        00089 (p.go:24) MOVQ AX, main..autotmp_35+16(SP)
//!    18a done
//! wrote 41 bytes to 0xc000123456
//!  00 57 02 0c ...
//! -- inlining tree for main.main:
//! 0 | -1 | main.apply (p.go:24:7) pc=58
//! 1 | 0 | main.apply.func1#8Wum+mHaM5g=# (p.go:17:4) pc=104
//! --
//! ```
//!
//! A table row is a pc (hex), the value in force from that pc on (blank:
//! unchanged) and the instruction. A plain `-S` listing has no inline tree
//! at all: this dump is the only place the compiler prints it, which is why
//! `goasm run` asks for it. Rows of other tables (`-d=pctab=pctoline`, ...)
//! are accepted and dropped. The `wrote N bytes to ADDR` line carries a
//! heap address that differs from run to run; nothing here reads it.

use crate::diag::Diagnostic;
use crate::span::Span;

/// What the dump says about one function's inlining.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InlineDump {
    /// `(pc, tree index)`: the index in force from `pc` on (-1: code of the
    /// function itself), in pc order.
    pub table: Vec<(u32, i32)>,
    /// The function's inline tree (empty: nothing inlined).
    pub tree: Vec<InlNode>,
}

impl InlineDump {
    /// The tree index in force at `pc`.
    pub fn index_at(&self, pc: u32) -> i32 {
        let n = self.table.partition_point(|&(p, _)| p <= pc);
        n.checked_sub(1).map_or(-1, |k| self.table[k].1)
    }
}

/// `index | parent | func (call position) pc=parent pc`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlNode {
    pub parent: i32,
    /// The inlined function as the compiler names it (closures inlined
    /// into different stacks carry a `#hash#`; see [`trim_inline_hash`]).
    pub func: String,
    /// `file:line:col` of the call.
    pub call: String,
    /// The pc, in the function the tree belongs to, of an instruction
    /// positioned at the call (the inline mark).
    pub parent_pc: u32,
}

/// The name the linker gives an inlined function: `f#<12 base64 chars>#g`
/// becomes `fg` (the hash tells apart inlined copies of one closure).
pub fn trim_inline_hash(name: &str) -> String {
    if let Some((a, b)) = name.split_once('#')
        && b.len() > 12
        && b.as_bytes()[12] == b'#'
        && b.is_char_boundary(12)
    {
        return format!("{a}{}", &b[13..]);
    }
    name.to_string()
}

/// Where a dump block is, line by line.
#[derive(Debug, Default)]
pub(crate) enum State {
    #[default]
    Outside,
    /// Rows of `funcpctab NAME [valfunc=KIND]` (kept for pctoinline only).
    Table { name: String, keep: bool },
    /// After `wrote N bytes to ADDR`: the encoded bytes may follow.
    Bytes,
    /// `-- inlining tree for NAME:` up to `--`.
    Tree { name: String },
}

/// Dumps collected so far, by function name.
#[derive(Debug, Default)]
pub(crate) struct Dumps {
    pub state: State,
    pub funcs: Vec<(String, InlineDump)>,
    /// Names dumped more than once (ABI variants of one function share a
    /// name): which dump is whose is unknown, so none is used.
    pub dups: Vec<String>,
}

impl Dumps {
    fn entry(&mut self, name: &str) -> &mut InlineDump {
        match self.funcs.iter().position(|(n, _)| n == name) {
            Some(k) => &mut self.funcs[k].1,
            None => {
                self.funcs.push((name.to_string(), InlineDump::default()));
                &mut self.funcs.last_mut().expect("just pushed").1
            }
        }
    }

    /// Takes `line` if it belongs to a dump block: `None` when it does not
    /// (an ordinary listing line), `Some(Err)` for a malformed dump line.
    pub fn line(&mut self, line: &str, span: Span) -> Option<Result<(), Diagnostic>> {
        if let Some(rest) = line.strip_prefix("funcpctab ") {
            return Some(self.start_table(rest, span));
        }
        if let Some(rest) = line.strip_prefix("-- inlining tree for ") {
            let Some(name) = rest.strip_suffix(':') else {
                return Some(Err(bad(span, "inline tree header")));
            };
            // A function's tree follows its table; an empty tree means nothing inlined.
            self.entry(name);
            self.state = State::Tree {
                name: name.to_string(),
            };
            return Some(Ok(()));
        }
        match std::mem::take(&mut self.state) {
            State::Outside => None,
            State::Table { name, keep } => {
                if line.starts_with("wrote ") && line.contains(" bytes to ") {
                    self.state = State::Bytes;
                    return Some(Ok(()));
                }
                let res = parse_row(line, span);
                if let Ok(Some((pc, val))) = res
                    && keep
                {
                    self.entry(&name).table.push((pc, val));
                }
                self.state = State::Table { name, keep };
                Some(res.map(|_| ()))
            }
            State::Bytes => {
                let is_bytes = line.starts_with(' ')
                    && line
                        .split_ascii_whitespace()
                        .all(|w| w.len() == 2 && w.bytes().all(|b| b.is_ascii_hexdigit()));
                // Anything else ends the block and is an ordinary line.
                is_bytes.then_some(Ok(()))
            }
            State::Tree { name } => {
                if line == "--" {
                    return Some(Ok(()));
                }
                let res = parse_node(line, span).map(|n| self.entry(&name).tree.push(n));
                self.state = State::Tree { name };
                Some(res)
            }
        }
    }

    fn start_table(&mut self, rest: &str, span: Span) -> Result<(), Diagnostic> {
        let (name, kind) = rest
            .rsplit_once(" [valfunc=")
            .and_then(|(n, k)| Some((n, k.strip_suffix(']')?)))
            .ok_or_else(|| bad(span, "funcpctab header"))?;
        let keep = kind == "pctoinline";
        if keep && self.funcs.iter().any(|(n, _)| n == name) && !self.dups.iter().any(|n| n == name)
        {
            self.dups.push(name.to_string());
        }
        self.state = State::Table {
            name: name.to_string(),
            keep,
        };
        Ok(())
    }
}

/// Parses text holding only dump blocks (as the compiler prints them before
/// a listing): the dumps by function name, and a diagnostic for every line
/// that is not part of one.
pub fn parse_dumps(
    text: &str,
    file: crate::FileId,
) -> (Vec<(String, InlineDump)>, Vec<Diagnostic>) {
    let mut dumps = Dumps::default();
    let mut diags = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let span = Span::new(file, i as u32 + 1, 1);
        match dumps.line(line, span) {
            Some(Ok(())) => {}
            Some(Err(d)) => diags.push(d),
            None => diags.push(Diagnostic::new(span, "not a pc-table dump line")),
        }
    }
    (dumps.funcs, diags)
}

fn bad(span: Span, what: &str) -> Diagnostic {
    Diagnostic::new(span, format!("malformed pc-table dump line ({what})"))
}

/// `  57      0 00087 (pos)\tINSN` (a value), `  59        00089 (pos)\tINSN`
/// (unchanged: `None`) or `  18a done` (`None`).
fn parse_row(line: &str, span: Span) -> Result<Option<(u32, i32)>, Diagnostic> {
    let s = line.trim_start();
    let (hex, rest) = s.split_once(' ').ok_or_else(|| bad(span, "table row"))?;
    let pc = u32::from_str_radix(hex, 16).map_err(|_| bad(span, "table row pc"))?;
    let rest = rest.trim_start();
    if rest == "done" {
        return Ok(None);
    }
    let (first, after) = rest.split_once(' ').ok_or_else(|| bad(span, "table row"))?;
    let is_prog_pc = |w: &str| w.len() >= 5 && w.bytes().all(|b| b.is_ascii_digit());
    if after.starts_with('(') && is_prog_pc(first) {
        return Ok(None);
    }
    let val: i32 = first.parse().map_err(|_| bad(span, "table row value"))?;
    match after.split_once(' ') {
        Some((p, pos)) if is_prog_pc(p) && pos.starts_with('(') => Ok(Some((pc, val))),
        _ => Err(bad(span, "table row instruction")),
    }
}

/// `1 | 0 | main.apply.func1#8Wum+mHaM5g=# (p.go:17:4) pc=104`
fn parse_node(line: &str, span: Span) -> Result<InlNode, Diagnostic> {
    let e = || bad(span, "inline tree node");
    let mut parts = line.splitn(3, " | ");
    let (Some(_index), Some(parent), Some(rest)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(e());
    };
    let parent: i32 = parent.parse().map_err(|_| e())?;
    let (rest, pc) = rest.rsplit_once(") pc=").ok_or_else(e)?;
    let parent_pc: u32 = pc.parse().map_err(|_| e())?;
    let (func, call) = rest.rsplit_once(" (").ok_or_else(e)?;
    if func.is_empty() {
        return Err(e());
    }
    Ok(InlNode {
        parent,
        func: func.to_string(),
        call: call.to_string(),
        parent_pc,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_hash_is_trimmed_like_the_linker() {
        assert_eq!(
            trim_inline_hash("main.apply.func1#8Wum+mHaM5g=#"),
            "main.apply.func1"
        );
        assert_eq!(trim_inline_hash("main.f#short#"), "main.f#short#");
        assert_eq!(trim_inline_hash("main.(*T).M"), "main.(*T).M");
    }
}
