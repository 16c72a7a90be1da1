//! The inline tree of listing functions, as Go's runtime keeps it: per
//! instruction the index of the inlined call it belongs to, and per tree
//! node the inlined function and its inline mark. A listing only has it
//! when the compiler was asked for it (`-d=pctab=pctoinline`, see
//! `goasm_syntax::pctab`); the listing loader passes the pc table and the
//! marks to the linker as labels (like `PCDATA $1`), which become
//! instruction indexes here, and [`Image::inline_frames`] walks the tree the
//! way the runtime's inline unwinder does.

use crate::image::Image;
use crate::link::{INLINE_LABEL, INLINE_PARENT_LABEL};
use std::collections::HashMap;

/// One function's inline tree.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InlineTree {
    /// `(first instruction, tree index)`, in instruction order: the index
    /// in force from there on (-1: the function's own code).
    pub index: Vec<(u32, i32)>,
    pub nodes: Vec<InlineNode>,
}

/// An inlined call.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InlineNode {
    /// The inlined function, as tracebacks name it (inline hash trimmed).
    pub name: String,
    /// The compiler's funcid for it (`FUNCID_WRAPPER`, ...), if the listing
    /// has its header.
    pub funcid: u64,
    /// The instruction at the call (the inline mark), whose position is
    /// the caller's line and whose index is the caller's tree index.
    pub mark: Option<u32>,
}

/// internal/abi's FuncIDWrapper: compiler-generated code (method value
/// and method expression wrappers, ...) that tracebacks hide.
pub const FUNCID_WRAPPER: u64 = 23;

impl InlineTree {
    /// The tree index in force at instruction `idx`.
    pub fn index_at(&self, idx: u32) -> i32 {
        let n = self.index.partition_point(|&(i, _)| i <= idx);
        n.checked_sub(1).map_or(-1, |k| self.index[k].1)
    }
}

/// A function's tree from its lowered labels (nodes without names yet:
/// the loader fills them in from the listing), or `None` when the listing
/// had no dump for it.
pub(crate) fn collect(labels: &HashMap<String, u32>) -> Option<InlineTree> {
    let mut changes: Vec<(u32, u32, i32)> = Vec::new();
    let mut marks: Vec<(usize, u32)> = Vec::new();
    for (name, &idx) in labels {
        if let Some(rest) = name.strip_prefix(INLINE_LABEL) {
            let mut parts = rest.split(':');
            let v = parts.next().and_then(|v| v.parse().ok());
            let seq = parts.next().and_then(|s| s.parse().ok());
            if let (Some(v), Some(seq)) = (v, seq) {
                changes.push((idx, seq, v));
            }
        } else if let Some(Ok(node)) = name.strip_prefix(INLINE_PARENT_LABEL).map(str::parse) {
            marks.push((node, idx));
        }
    }
    if changes.is_empty() {
        return None;
    }
    // Several changes at one instruction (pseudo-instructions between):
    // the last one written wins.
    changes.sort_unstable();
    let mut index: Vec<(u32, i32)> = Vec::with_capacity(changes.len());
    for (idx, _, v) in changes {
        match index.last_mut() {
            Some(last) if last.0 == idx => last.1 = v,
            _ => index.push((idx, v)),
        }
    }
    let n = marks.iter().map(|&(k, _)| k + 1).max().unwrap_or(0);
    let mut nodes = vec![InlineNode::default(); n];
    for (k, idx) in marks {
        nodes[k].mark = Some(idx);
    }
    Some(InlineTree { index, nodes })
}

/// One logical frame of a physical one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlineFrame {
    /// The inlined call (`None`: the physical function itself).
    pub node: Option<usize>,
    /// The instruction whose position is this frame's line.
    pub idx: u32,
}

impl Image {
    /// The logical frames of function `func` stopped at instruction `idx`,
    /// innermost first and the physical function last, from the inline tree
    /// (`None` when the function has none: a plain `-S` listing). As in Go:
    /// the innermost frame's line is `idx`'s; each caller's is its inline
    /// mark's, and the tree index in force at the mark says who that caller is.
    pub fn inline_frames(&self, func: usize, idx: u32) -> Option<Vec<InlineFrame>> {
        let tree = self.inline.get(&func)?;
        let mut out = Vec::new();
        let mut at = idx;
        let mut k = tree.index_at(at);
        // A well-formed tree only goes up; the bound stops a cycle.
        while k >= 0 && out.len() <= tree.nodes.len() {
            let node = k as usize;
            out.push(InlineFrame {
                node: Some(node),
                idx: at,
            });
            let Some(mark) = tree.nodes.get(node).and_then(|n| n.mark) else {
                break;
            };
            at = mark;
            k = tree.index_at(at);
        }
        out.push(InlineFrame {
            node: None,
            idx: at,
        });
        Some(out)
    }
}
