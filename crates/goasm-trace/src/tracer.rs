//! `goasm trace`: a [`Tracer`] that turns the [`Tracker`]'s events into a
//! call tree, one line per call and return indented by depth (a call whose
//! return follows at once is printed on one line: `f(a=1 [AX]) -> (2 [AX])`),
//! or into JSON lines. Filters: `--func` keeps what happens inside calls of
//! matching functions, `--depth` keeps shallow lines, `--max-lines` stops
//! the run once that many lines are out.

use crate::calls::Tracker;
use crate::event::{self, Event};
use crate::insn;
use goasm_vm::cpu::Cpu;
use goasm_vm::ir::{Insn, Op};
use goasm_vm::memory::TEXT_BASE;
use goasm_vm::trace::{Tracer, Verdict, View};
use std::io::Write;

/// What to show.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Every instruction, with what it changed.
    pub insns: bool,
    /// Only inside calls of functions matching this (`*` wildcards; without
    /// one, a substring).
    pub func: Option<String>,
    /// Only lines this deep (0: the entry function's own call).
    pub depth: Option<usize>,
    /// Stop after this many lines.
    pub max_lines: Option<u64>,
    /// JSON lines instead of text.
    pub json: bool,
}

/// Does `name` match a `--func` pattern?
pub fn matches(pattern: &str, name: &str) -> bool {
    if !pattern.contains('*') {
        return name.contains(pattern);
    }
    let parts: Vec<&str> = pattern.split('*').collect();
    let mut rest = name;
    for (i, p) in parts.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(p) else {
                return false;
            };
            rest = r;
        } else if i + 1 == parts.len() {
            return p.is_empty() || rest.ends_with(p);
        } else {
            match rest.find(p) {
                Some(at) => rest = &rest[at + p.len()..],
                None => return false,
            }
        }
    }
    rest.is_empty()
}

pub struct CallTracer {
    tracker: Tracker,
    opts: Options,
    out: Box<dyn Write>,
    lines: u64,
    /// A call line held back in case its return comes next: depth, the
    /// call and its notes.
    held: Option<(usize, String, String)>,
    /// Depth of the frame being executed, for `--insn` lines.
    insn_depth: usize,
    /// Returns seen before a RET executes, printed after its `--insn` line.
    deferred: Vec<Event>,
    /// Shadow-stack depths of the outermost frames that match `--func`.
    matched_at: Vec<usize>,
    halted: bool,
}

impl CallTracer {
    pub fn new(tracker: Tracker, opts: Options, out: Box<dyn Write>) -> CallTracer {
        CallTracer {
            tracker,
            opts,
            out,
            lines: 0,
            held: None,
            insn_depth: 0,
            deferred: Vec::new(),
            matched_at: Vec::new(),
            halted: false,
        }
    }

    /// Lines written so far.
    pub fn lines(&self) -> u64 {
        self.lines
    }

    /// Whether `--max-lines` stopped the run.
    pub fn halted(&self) -> bool {
        self.halted
    }

    /// The depth an event shows at, or `None` when a filter hides it.
    fn shown_depth(&mut self, e: &Event) -> Option<usize> {
        let depth = e.depth();
        if let Some(pat) = &self.opts.func {
            // Leave matches that returned or were unwound.
            while self.matched_at.last().is_some_and(|&d| d > depth) {
                self.matched_at.pop();
            }
            if let Event::Call { func, depth: d, .. } = e
                && self.matched_at.is_empty()
                && matches(pat, func)
            {
                self.matched_at.push(*d);
            }
            let base = *self.matched_at.first()?;
            if depth < base {
                return None;
            }
            if matches!(e, Event::Return { .. } | Event::Unwind { .. }) && depth == base {
                self.matched_at.clear();
                return Some(0);
            }
            return self.depth_ok(depth - base);
        }
        self.depth_ok(depth)
    }

    /// Whether an instruction line at `depth` would be shown (checked
    /// before the line is built: most are filtered out in a long run).
    fn insn_visible(&self, depth: usize) -> bool {
        let rel = match (&self.opts.func, self.matched_at.first()) {
            (Some(_), None) => return false,
            (Some(_), Some(&base)) if depth < base => return false,
            (Some(_), Some(&base)) => depth - base,
            (None, _) => depth,
        };
        self.depth_ok(rel).is_some()
    }

    fn depth_ok(&self, d: usize) -> Option<usize> {
        match self.opts.depth {
            Some(max) if d > max => None,
            _ => Some(d),
        }
    }

    fn line(&mut self, s: &str) {
        if self.halted {
            return;
        }
        let _ = writeln!(self.out, "{s}");
        self.lines += 1;
        if self.opts.max_lines.is_some_and(|m| self.lines >= m) {
            self.halted = true;
            let note = Event::Truncated { lines: self.lines };
            let s = if self.opts.json {
                serde_json::to_string(&note).unwrap_or_default()
            } else {
                event::text(&note)
            };
            let _ = writeln!(self.out, "{s}");
        }
    }

    fn flush_held(&mut self) {
        if let Some((d, call, notes)) = self.held.take() {
            self.line(&format!("{}{call}{notes}", indent(d)));
        }
    }

    fn emit(&mut self, e: Event) {
        let Some(d) = self.shown_depth(&e) else {
            return;
        };
        if self.opts.json {
            let s = serde_json::to_string(&e).unwrap_or_default();
            self.line(&s);
            return;
        }
        // A return right after its call joins the call's line.
        if let (Event::Return { results, .. }, Some((hd, call, notes))) = (&e, &self.held)
            && *hd == d
        {
            let joined = match results {
                Some(r) if !r.is_empty() => {
                    format!("{call} -> {}{notes}", event::arg_list(r))
                }
                _ => format!("{call}{notes}"),
            };
            self.held = None;
            self.line(&format!("{}{joined}", indent(d)));
            return;
        }
        self.flush_held();
        if !self.opts.insns
            && let Some((call, notes)) = event::call_parts(&e)
        {
            self.held = Some((d, call, notes));
            return;
        }
        let text = event::text(&e);
        self.line(&format!("{}{text}", indent(d)));
    }

    /// Writes what is still held back (call at the end of the run).
    pub fn finish(&mut self) {
        for e in std::mem::take(&mut self.deferred) {
            self.emit(e);
        }
        self.flush_held();
        let _ = self.out.flush();
    }
}

impl Tracer for CallTracer {
    fn before(&mut self, v: &View<'_>, pc: u32, i: Insn) -> Verdict {
        if self.halted {
            return Verdict::Halt;
        }
        for e in std::mem::take(&mut self.deferred) {
            self.emit(e);
        }
        let mut events = Vec::new();
        self.tracker.observe(v, pc, i, &mut events);
        // A RET's own line belongs to the frame it leaves.
        let returned = events.iter().any(|e| matches!(e, Event::Return { .. }));
        self.insn_depth = self.tracker.depth() + returned as usize;
        for e in events {
            if self.opts.insns && i.op == Op::Ret && matches!(e, Event::Return { .. }) {
                self.deferred.push(e);
            } else {
                self.emit(e);
            }
        }
        if self.halted {
            Verdict::Halt
        } else {
            Verdict::Continue
        }
    }

    fn wants_after(&self) -> bool {
        self.opts.insns
    }

    fn after(&mut self, v: &View<'_>, pc: u32, i: Insn, before: &Cpu) {
        if i.op == Op::Exit || self.halted || !self.insn_visible(self.insn_depth) {
            return;
        }
        let e = Event::Insn {
            depth: self.insn_depth,
            pc: TEXT_BASE + pc as u64,
            at: v.image.symbolize(TEXT_BASE + pc as u64),
            source: short_location(&v.image.describe(pc)),
            text: insn::disasm(i, v.image),
            changes: insn::changes(i, before, v.cpu, v.mem),
        };
        self.emit(e);
    }
}

/// Indentation stops growing at this depth; deeper lines carry their depth.
const MAX_INDENT: usize = 24;

/// Two spaces per level; past [`MAX_INDENT`], `[depth] ` after the indent.
fn indent(d: usize) -> String {
    if d <= MAX_INDENT {
        "  ".repeat(d)
    } else {
        format!("{}[{d}] ", "  ".repeat(MAX_INDENT))
    }
}

/// `file.s:12` from `dir/file.s:12:3`.
fn short_location(s: &str) -> String {
    let base = s.rsplit('/').next().unwrap_or(s);
    match base.rsplit_once(':') {
        Some((a, col)) if col.chars().all(|c| c.is_ascii_digit()) && a.contains(':') => {
            a.to_string()
        }
        _ => base.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn func_patterns() {
        assert!(matches("add", "main.add"));
        assert!(matches("main.*", "main.add"));
        assert!(matches("*.add", "main.add"));
        assert!(!matches("*.add", "main.adder"));
        assert!(matches("main.*.func*", "main.main.func1"));
        assert!(!matches("runtime.*", "main.add"));
    }
}
