//! The linker's NOSPLIT check (facts from `cmd/link/internal/ld/stackcheck.go`):
//! a function without a split check may only use the stack a splittable
//! caller guarantees, `StackNosplit` minus the word a CALL pushes (792
//! bytes on linux/amd64), counting every chain of NOSPLIT callees. Each
//! function's *height* is the most stack it and its callees can take
//! without a split check: for a splittable function the call to morestack
//! (8); for a NOSPLIT one the maximum over its calls of the SP depth at the
//! call plus 8 plus the callee's height, and its own deepest SP. An
//! indirect call is assumed to reach a splittable function.
//!
//! Over the limit, the report is Go's: `f: nosplit stack over 792 byte
//! limit`, then every over-limit path from each root of the call graph,
//! one `grows N bytes, calls g<0>` line per step indented by depth, ending
//! with `N bytes over limit` or `infinite cycle`.

use crate::consts::STACK_NOSPLIT;
use crate::link::{Linker, Target, TextBody, display_name, link_name};
use crate::prologue;
use goasm_syntax::ast::{Base, Mem, OperandKind, StmtKind};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The bytes a CALL pushes.
const CALL_SIZE: i64 = 8;
/// Heights saturate here (Go keeps them in an int16); also the mark of a
/// function whose height is being computed (a cycle).
const CYCLE: i64 = (1 << 15) - 1;

/// A node of the call graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Node {
    /// The end of a local stack growth (no call).
    Leaf,
    /// A TEXT symbol, by its index among the linked TEXTs.
    Text(usize),
    /// A runtime function goasm provides in Rust (by builtin id): assumed
    /// splittable, as Go's runtime functions mostly are.
    Builtin(u16),
    /// `runtime.duffzero`/`duffcopy`: NOSPLIT, no frame.
    Duff,
    Morestack,
    Indirect,
}

/// One function as the check sees it.
struct Func {
    name: String,
    nosplit: bool,
    /// (SP depth at the call + CALL_SIZE, callee) in program order.
    calls: Vec<(i64, Node)>,
    /// The deepest SP the function reaches itself.
    local: i64,
}

struct Check<'a> {
    funcs: &'a [Func],
    builtins: &'a [String],
    height: HashMap<Node, i64>,
    graph: Option<BTreeMap<Node, Vec<(i64, Node)>>>,
}

impl Check<'_> {
    fn name(&self, n: Node) -> String {
        match n {
            Node::Leaf => "leaf".into(),
            Node::Indirect => "indirect".into(),
            Node::Morestack => "runtime.morestack<0>".into(),
            Node::Duff => "runtime.duffzero<0>".into(),
            Node::Builtin(id) => format!("{}<0>", self.builtins[id as usize]),
            Node::Text(i) => format!("{}<0>", self.funcs[i].name),
        }
    }

    fn check(&mut self, n: Node) -> i64 {
        if let Some(&h) = self.height.get(&n) {
            return h;
        }
        self.height.insert(n, CYCLE);
        let (h, edges) = self.compute(n);
        let h = h.min(CYCLE);
        self.height.insert(n, h);
        if let Some(g) = &mut self.graph {
            g.insert(n, edges);
        }
        h
    }

    fn compute(&mut self, n: Node) -> (i64, Vec<(i64, Node)>) {
        let mut edges = Vec::new();
        let mut max = 0;
        let mut edge = |me: &mut Self, max: &mut i64, growth: i64, to: Node| {
            edges.push((growth, to));
            let h = growth.saturating_add(if to == Node::Leaf { 0 } else { me.check(to) });
            *max = (*max).max(h);
        };
        match n {
            Node::Morestack | Node::Leaf | Node::Duff => {}
            // Go answers for indirect calls without visiting morestack.
            Node::Indirect => return (CALL_SIZE, vec![(CALL_SIZE, Node::Morestack)]),
            Node::Builtin(_) => edge(self, &mut max, CALL_SIZE, Node::Morestack),
            Node::Text(i) => {
                let f = &self.funcs[i];
                if !f.nosplit {
                    edge(self, &mut max, CALL_SIZE, Node::Morestack);
                } else {
                    let calls = f.calls.clone();
                    let local = f.local;
                    for (growth, to) in calls {
                        edge(self, &mut max, growth, to);
                    }
                    // A leaf, or a function whose own deepest SP is deeper
                    // than every call chain: that growth is an edge too.
                    if local > max {
                        edge(self, &mut max, local, Node::Leaf);
                    }
                }
            }
        }
        (max, edges)
    }

    /// Functions not called by any other in the graph; for a cycle nobody
    /// enters, its lowest node. Deepest first.
    fn roots(&self) -> Vec<Node> {
        let g = self.graph.as_ref().expect("graph pass");
        let mut nodes: BTreeSet<Node> = g.keys().copied().collect();
        fn walk(
            g: &BTreeMap<Node, Vec<(i64, Node)>>,
            nodes: &mut BTreeSet<Node>,
            origin: Node,
            n: Node,
        ) -> (bool, Option<Node>) {
            if !nodes.remove(&n) {
                return (false, None);
            }
            if origin == n {
                return (true, Some(n));
            }
            let (mut cycle, mut lowest) = (false, None);
            for &(_, to) in g.get(&n).map_or(&[][..], |e| e.as_slice()) {
                let (c, l) = walk(g, nodes, origin, to);
                if c {
                    cycle = true;
                    lowest = Some(lowest.unwrap_or(n));
                    if let Some(l) = l
                        && Some(l) < lowest
                    {
                        lowest = Some(l);
                    }
                }
            }
            (cycle, lowest)
        }
        let all: Vec<Node> = nodes.iter().copied().collect();
        for k in all {
            if !nodes.contains(&k) {
                continue;
            }
            for &(_, to) in g.get(&k).map_or(&[][..], |e| e.as_slice()) {
                if let (true, Some(lowest)) = walk(g, &mut nodes, k, to) {
                    nodes.insert(lowest);
                }
            }
        }
        let mut roots: Vec<Node> = nodes.into_iter().collect();
        roots.sort_by_key(|n| (-self.height.get(n).copied().unwrap_or(0), *n));
        roots
    }

    fn report(
        &mut self,
        n: Node,
        depth: i64,
        chain: &mut Vec<(i64, Node, bool)>,
        out: &mut Vec<String>,
    ) {
        let g = self.graph.as_mut().expect("graph pass");
        let found = g.remove(&n);
        let is_cycle = found.is_none() && n != Node::Leaf;
        let edges = found.unwrap_or_default();
        for &(growth, to) in &edges {
            chain.push((growth, to, false));
            self.report(to, depth.saturating_sub(growth), chain, out);
            chain.pop();
        }
        let empty = edges.is_empty();
        self.graph.as_mut().expect("graph pass").insert(n, edges);
        if empty && (depth < 0 || is_cycle) {
            let mut indent = String::new();
            for (i, step) in chain.iter_mut().enumerate() {
                let (growth, to, printed) = *step;
                if printed {
                    continue;
                }
                step.2 = true;
                if i == 0 {
                    out.push(self.name(to));
                    continue;
                }
                indent = "    ".repeat(i);
                let mut line = format!("{indent}grows {growth} bytes");
                if to != Node::Leaf {
                    line.push_str(&format!(", calls {}", self.name(to)));
                }
                out.push(line);
            }
            out.push(if is_cycle {
                format!("{indent}infinite cycle")
            } else {
                format!("{indent}{} bytes over limit", depth.saturating_neg())
            });
        }
    }
}

/// What one TEXT body contributes: its calls with the SP depth at each, as
/// obj6 tracks it (the frame, then PUSH/POP/ADJSP in program order).
/// `frame`: a listing function's frame (its prologue is code), with its
/// original NOSPLIT flag.
fn scan(l: &Linker<'_>, t: &TextBody<'_>, listing: Option<(u64, bool)>) -> Func {
    let fr = prologue::frame(t.text, &t.body);
    let (base, nosplit) = match listing {
        Some((size, nosplit)) => (size.min(1 << 40) as i64, nosplit),
        None => (fr.autoffset, fr.nosplit),
    };
    let mut depth = base;
    let mut local = base;
    let mut calls = Vec::new();
    for s in &t.body {
        let StmtKind::Insn(i) = &s.kind else {
            continue;
        };
        let m = i.mnemonic.as_str();
        let imm = |k: usize| match i.operands.get(k).map(|o| &o.kind) {
            Some(OperandKind::Imm(v)) => Some(*v),
            _ => None,
        };
        // A listing's prologue and epilogue are code: its depth is its
        // frame throughout.
        let adjusts = listing.is_none();
        match m {
            _ if !adjusts && (m.starts_with("PUSH") || m.starts_with("POP") || m == "ADJSP") => {}
            "PUSHQ" | "PUSHFQ" => depth = depth.saturating_add(8),
            "PUSHL" | "PUSHFL" => depth = depth.saturating_add(4),
            "PUSHW" | "PUSHFW" => depth = depth.saturating_add(2),
            "POPQ" | "POPFQ" => depth = depth.saturating_sub(8),
            "POPL" | "POPFL" => depth = depth.saturating_sub(4),
            "POPW" | "POPFW" => depth = depth.saturating_sub(2),
            "ADJSP" => depth = depth.saturating_add(imm(0).unwrap_or(0)),
            "DUFFZERO" | "DUFFCOPY" => calls.push((depth.saturating_add(CALL_SIZE), Node::Duff)),
            "CALL" | "JMP" => {
                let target = match i.operands.first().map(|o| &o.kind) {
                    Some(OperandKind::Mem(Mem {
                        sym: Some(sym),
                        base: Some(Base::SB),
                        ..
                    })) => match l.syms.get(&link_name(sym, t.file, l.pkg)).map(|d| d.target) {
                        // The definition for the ABI the call binds to (an
                        // ABI wrapper's call of its own name is the other one).
                        Some(Target::Func(f)) => {
                            let name = link_name(sym, t.file, l.pkg);
                            let want = l.ref_abi(&name, sym, t.file, true);
                            Some(Node::Text(l.func_for(&name, want, "").unwrap_or(f)))
                        }
                        Some(Target::Builtin(id)) => {
                            let name = &l.builtin_names[id as usize];
                            if name.starts_with("runtime.morestack") {
                                None
                            } else {
                                Some(Node::Builtin(id))
                            }
                        }
                        _ => None,
                    },
                    // JMP to a label or a PC offset is a branch.
                    _ if m == "JMP" => None,
                    Some(_) => Some(Node::Indirect),
                    None => None,
                };
                if let Some(to) = target {
                    calls.push((depth.saturating_add(CALL_SIZE), to));
                }
            }
            _ => {}
        }
        local = local.max(depth);
        if m == "RET" && listing.is_none() {
            // Code after a RET is reached by a branch from inside the frame.
            depth = base;
        }
    }
    Func {
        name: display_name(&link_name(&t.text.sym, t.file, l.pkg)).to_string(),
        nosplit,
        calls,
        local,
    }
}

/// Runs the check over every TEXT (`listing[i]`: the frame and NOSPLIT
/// flag of a listing function). Returns the report lines, empty when every
/// chain fits.
pub(crate) fn check(
    l: &Linker<'_>,
    texts: &[TextBody<'_>],
    listing: &[Option<(u64, bool)>],
) -> Vec<String> {
    let funcs: Vec<Func> = texts
        .iter()
        .zip(listing)
        .map(|(t, &lst)| scan(l, t, lst))
        .collect();
    let limit = STACK_NOSPLIT as i64 - CALL_SIZE;
    let mut c = Check {
        funcs: &funcs,
        builtins: l.builtin_names,
        height: HashMap::new(),
        graph: None,
    };
    let failed: Vec<usize> = (0..funcs.len())
        .filter(|&i| c.check(Node::Text(i)) > limit)
        .collect();
    if failed.is_empty() {
        return Vec::new();
    }
    c.height.clear();
    c.graph = Some(BTreeMap::new());
    for &i in &failed {
        c.check(Node::Text(i));
    }
    let mut out = Vec::new();
    for root in c.roots() {
        let name = match root {
            Node::Text(i) => funcs[i].name.clone(),
            n => c.name(n),
        };
        out.push(format!("{name}: nosplit stack over {limit} byte limit"));
        let mut chain = vec![(0, root, false)];
        c.report(root, limit, &mut chain, &mut out);
    }
    out
}
