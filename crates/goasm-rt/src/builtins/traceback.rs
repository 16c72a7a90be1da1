//! Goroutine tracebacks the way Go prints them for an unrecovered panic,
//! and the frame walk the panic machinery shares with them.
//!
//! Compiled functions save BP (`PUSHQ BP; MOVQ SP, BP`), so the BP chain is
//! the call stack: at BP the caller's BP, at BP+8 the return address. A
//! frameless leaf (`$0`, NOFRAME) only matters as the top frame: its return
//! address is at SP. Where a frame returns to the exit sentinel it was
//! called by the runtime (a deferred call run by a panic or by
//! `deferreturn`): the walk continues in the frame that called that builtin,
//! which the runtime records as a [`CallCtx`].

use goasm_vm::Machine;
use goasm_vm::ir::{Loc, Op};
use goasm_vm::memory::TEXT_BASE;

/// A guest call the runtime is making (Go would show the runtime function
/// as a frame between the callee and the function that called it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallCtx {
    /// Go's name for the runtime frame in a traceback (`panic`,
    /// `runtime.deferreturn`).
    pub name: &'static str,
    /// The calling guest frame: the instruction that called the builtin (or
    /// faulted), its BP and SP.
    pub idx: u32,
    pub bp: u64,
    pub sp: u64,
    /// For `panic`: the panic value's two words, which Go prints as the
    /// frame's argument.
    pub value: (u64, u64),
}

/// The line of `runtime/panic.go` that Go's tracebacks show for a `panic`
/// frame: where gopanic calls a deferred function (generated from the
/// toolchain's sources, see `runtime_lines.rs`).
pub use super::runtime_lines::GOPANIC_DEFER_CALL as GOPANIC_DEFER_CALL_LINE;

/// textflag.h's WRAPPER bit.
const WRAPPER: i64 = 32;

/// One frame of a walk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Frame {
    /// A guest function: index into `image.funcs`, the instruction (the
    /// call, or the faulting one for the top frame), the frame's BP (its
    /// `varp`: where the open-coded defer offsets count from).
    Guest { func: usize, idx: u32, bp: u64 },
    /// A runtime function that called guest code.
    Runtime(CallCtx),
}

/// More frames than a 1 GB stack can hold (16 bytes per frame at least).
const MAX_FRAMES: usize = 1 << 26;

/// Walks the stack from the instruction `idx` with registers `bp`/`sp`,
/// crossing runtime calls through `ctx` (innermost last).
pub fn walk(m: &Machine, ctx: &[CallCtx], idx: u32, bp: u64, sp: u64) -> Vec<Frame> {
    let mut out = Vec::new();
    let (mut idx, mut bp, mut sp, mut top) = (idx, bp, sp, true);
    let mut ctxs = ctx.iter().rev();
    // Every frame: a panic looks for deferred calls all the way out, however
    // deep the recursion (the bound only stops a corrupted BP chain).
    while out.len() < MAX_FRAMES {
        let Some(fi) = m
            .image
            .funcs
            .iter()
            .position(|f| idx >= f.entry && idx < f.end)
        else {
            break;
        };
        let frameless = top && !has_frame(m, fi);
        out.push(Frame::Guest {
            func: fi,
            idx,
            bp: if frameless { 0 } else { bp },
        });
        let (ret, next_bp) = if frameless {
            (m.mem.read(sp, 8), Ok(bp))
        } else {
            (m.mem.read(bp.wrapping_add(8), 8), m.mem.read(bp, 8))
        };
        let (Ok(ret), Ok(next_bp)) = (ret, next_bp) else {
            break;
        };
        // Callers' frames lie above: a chain that does not climb is broken.
        if !frameless && next_bp <= bp && ret != TEXT_BASE {
            break;
        }
        if ret == TEXT_BASE {
            let Some(c) = ctxs.next() else {
                break;
            };
            out.push(Frame::Runtime(c.clone()));
            (idx, bp, sp, top) = (c.idx, c.bp, c.sp, true);
            continue;
        }
        let Some(r) = ret.checked_sub(TEXT_BASE + 1) else {
            break;
        };
        (idx, bp, top) = (r as u32, next_bp, false);
    }
    out
}

/// Does function `func` save BP (`PUSHQ BP` in its prologue)? Listings
/// carry the prologue themselves, so the code says it, not the TEXT frame.
pub fn has_frame(m: &Machine, func: usize) -> bool {
    let f = &m.image.funcs[func];
    let end = f.end.min(f.entry + 8);
    m.image.code[f.entry as usize..end as usize]
        .iter()
        .any(|x| x.op == Op::Push && (x.a == Loc::Reg(5) || x.b == Loc::Reg(5)))
}

/// The bytes the prologue subtracts from SP after saving BP (`SUBQ $n,
/// SP`): a frame's SP is its BP minus this.
pub fn locals_size(m: &Machine, func: usize) -> u64 {
    let f = &m.image.funcs[func];
    m.image.code[f.entry as usize..f.end as usize]
        .iter()
        .find(|x| {
            x.op == Op::Sub
                && (x.a == Loc::Reg(4) || x.b == Loc::Reg(4))
                && (x.a == Loc::Imm || x.b == Loc::Imm)
        })
        .map_or(0, |x| x.imm as u64)
}

/// `file` and `line` of instruction `idx` (from `file:line:col`).
fn position(m: &Machine, idx: u32) -> (String, u32) {
    let d = m.image.describe(idx);
    let mut parts = d.rsplitn(3, ':');
    let _col = parts.next();
    let line = parts.next().and_then(|l| l.parse().ok()).unwrap_or(0);
    (parts.next().unwrap_or("?").to_string(), line)
}

/// The function whose source lines contain `line` of `file`: functions
/// start at their TEXT line, so the one with the greatest start not after
/// `line` (inlined bodies keep their own positions in a listing). Closures
/// (`f.func1`) start inside their parent's lines and share their first and
/// last lines with it (`func() {` ... `}()`), so a closure owns only the
/// lines strictly inside its body; an inlined closure shows there.
fn owner_of(m: &Machine, file: &str, line: u32) -> Option<usize> {
    let mut best: Option<(u32, usize)> = None;
    for (i, f) in m.image.funcs.iter().enumerate() {
        // Wrappers (textflag WRAPPER) are positioned at what they wrap.
        if f.flags & WRAPPER != 0 {
            continue;
        }
        let (ff, fl) = position(m, f.entry);
        if ff != file || fl > line || best.is_some_and(|(bl, _)| fl <= bl) {
            continue;
        }
        let closure = f
            .name
            .rsplit('.')
            .next()
            .is_some_and(|l| l.starts_with("func"));
        if closure {
            let last = (f.entry..f.end)
                .map(|i| position(m, i))
                .filter(|(pf, _)| pf == file)
                .map(|(_, l)| l)
                .max()
                .unwrap_or(fl);
            if !(fl < line && line < last) {
                continue;
            }
        }
        best = Some((fl, i));
    }
    best.map(|(_, i)| i)
}

/// Is instruction `i` an inline mark (`XCHGL AX, AX`, which the compiler
/// places at an inlined call site, positioned at the call)?
fn is_inline_mark(m: &Machine, i: u32) -> bool {
    m.image
        .code
        .get(i as usize)
        .is_some_and(|x| x.op == Op::Xchg && x.w == 4 && x.a == Loc::Reg(0) && x.b == Loc::Reg(0))
}

/// Does execution never fall through instruction `i` to the next one
/// (an unconditional jump, a return, or the nop the compiler puts after a
/// call that does not return)?
fn ends_flow(m: &Machine, i: u32) -> bool {
    m.image
        .code
        .get(i as usize)
        .is_some_and(|x| matches!(x.op, Op::Jmp | Op::JmpInd | Op::Ret | Op::RtJmp))
        || is_inline_mark(m, i)
}

/// The call line of the body of `inlined` that instruction `idx` of
/// `func` belongs to, when no inline mark says it: the compiler turned the
/// mark into a NOP and let some other instruction of the call line stand
/// for it, which the listing does not show. Two places in the layout point
/// at the call line: the caller's code that falls into the inlined body
/// (the arguments, `before`) and the caller's code the body falls through
/// to (the result's use, `after`). `before` is right unless an argument was
/// a plain variable loaded by an earlier line (a range variable, say); then
/// the loop was rotated and the result's use sits earlier in the layout
/// than the body. `after` is wrong when the result is unused or folded,
/// which shows as its line starting only after the body.
fn inferred_call_line(
    m: &Machine,
    func: usize,
    inlined: usize,
    idx: u32,
    file: &str,
) -> Option<u32> {
    let f = &m.image.funcs[func];
    let mut owners: std::collections::HashMap<u32, Option<usize>> = Default::default();
    // The owner of each instruction (None: no position in this file).
    let owner: Vec<Option<usize>> = (f.entry..f.end)
        .map(|i| {
            let (ff, line) = position(m, i);
            if line == 0 || ff != file {
                return None;
            }
            *owners
                .entry(line)
                .or_insert_with(|| owner_of(m, file, line))
        })
        .collect();
    let own = |i: u32| owner[(i - f.entry) as usize];
    struct Run {
        start: u32,
        last: u32,
        /// The caller's instruction that falls into the run.
        before: Option<u32>,
        /// The caller's instruction the run falls through to.
        after: Option<u32>,
    }
    let mut runs: Vec<Run> = Vec::new();
    let mut i = f.entry;
    while i < f.end {
        if own(i) != Some(inlined) {
            i += 1;
            continue;
        }
        let start = i;
        let before = (f.entry..start)
            .rev()
            .find(|&k| own(k).is_some())
            .filter(|&k| own(k) == Some(func) && !ends_flow(m, k));
        let (mut last, mut j, mut after) = (i, i + 1, None);
        while j < f.end {
            match own(j) {
                Some(o) if o == inlined => last = j,
                Some(o) => {
                    after = Some(j).filter(|_| o == func);
                    break;
                }
                None => {}
            }
            j += 1;
        }
        let after = after.filter(|_| (last..j).all(|k| !ends_flow(m, k)));
        runs.push(Run {
            start,
            last,
            before,
            after,
        });
        i = j;
    }
    // The run holding idx first, then the nearest ones before it, then any.
    let order: Vec<&Run> = runs
        .iter()
        .filter(|r| r.start <= idx && idx <= r.last)
        .chain(runs.iter().rev().filter(|r| r.last < idx))
        .chain(runs.iter())
        .collect();
    let entered = order.iter().find(|r| r.before.is_some());
    let before = entered.and_then(|r| r.before).map(|k| position(m, k).1);
    let after = order.iter().find_map(|r| r.after).map(|k| position(m, k).1);
    let body_start = entered.map_or(idx, |r| r.start);
    match (before, after) {
        (Some(b), Some(a))
            if a > b
                && (f.entry..body_start).any(|k| own(k) == Some(func) && position(m, k).1 == a) =>
        {
            Some(a)
        }
        (Some(b), _) => Some(b),
        (None, a) => a,
    }
}

/// The (function name, line) entries of one physical frame, innermost first:
/// a listing shows an inlined body at its own source lines, so a line that
/// belongs to another function is an inlined call, and the inline mark
/// before the first instruction of that body gives the call site.
pub fn logical_frames(m: &Machine, func: usize, idx: u32) -> Vec<(String, String, u32, bool)> {
    if let Some(frames) = m.image.inline_frames(func, idx) {
        return tree_frames(m, func, &frames);
    }
    let f = &m.image.funcs[func];
    let (file, mut line) = position(m, idx);
    let mut out = Vec::new();
    // Go hides wrapper frames (method-value wrappers, deferwrap closures),
    // showing only what is inlined into them.
    if f.flags & WRAPPER != 0 {
        if let Some(o) = owner_of(m, &file, line) {
            out.push((m.image.funcs[o].name.clone(), file, line, true));
        }
        return out;
    }
    for _ in 0..8 {
        let owner = owner_of(m, &file, line);
        match owner {
            Some(o) if o != func => {
                // The nearest inline mark before idx whose next instruction
                // lies in the inlined function's lines.
                let site = (f.entry..idx).rev().find(|&i| {
                    is_inline_mark(m, i)
                        && owner_of(m, &file, position(m, i + 1).1) == Some(o)
                        && position(m, i).1 != position(m, i + 1).1
                });
                let site_line = match site {
                    Some(i) => Some(position(m, i).1),
                    None => inferred_call_line(m, func, o, idx, &file),
                };
                let Some(site_line) = site_line else {
                    break;
                };
                out.push((m.image.funcs[o].name.clone(), file.clone(), line, true));
                line = site_line;
            }
            _ => match inlined_closure(m, func, idx, &file, line) {
                Some((name, site_line)) => {
                    out.push((name, file.clone(), line, true));
                    line = site_line;
                }
                None => break,
            },
        }
    }
    out.push((f.name.clone(), file, line, false));
    out
}

/// The logical frames the inline tree gives (see
/// [`goasm_vm::Image::inline_frames`]), with the frames Go's traceback
/// hides left out: a wrapper whose callee is an ordinary function (the
/// function inlined into it stands for it), and unexported runtime functions.
fn tree_frames(
    m: &Machine,
    func: usize,
    frames: &[goasm_vm::inline::InlineFrame],
) -> Vec<(String, String, u32, bool)> {
    let f = &m.image.funcs[func];
    let tree = m.image.inline.get(&func);
    let mut out = Vec::new();
    // Whether the frame inside the current one is an ordinary function
    // (not a panic function): only then is a wrapper hidden. For the
    // innermost frame the callee is not known here; wrappers are hidden
    // there too, as before the tree was read.
    let mut callee_ordinary = true;
    for fr in frames {
        let (file, line) = position(m, fr.idx);
        let (name, wrapper) = match fr.node {
            Some(k) => {
                let node = tree.and_then(|t| t.nodes.get(k));
                let Some(node) = node.filter(|n| !n.name.is_empty()) else {
                    continue;
                };
                (
                    node.name.clone(),
                    node.funcid == goasm_vm::inline::FUNCID_WRAPPER,
                )
            }
            None => (f.name.clone(), f.flags & WRAPPER != 0),
        };
        let hidden = (wrapper && callee_ordinary) || is_hidden_runtime(&name);
        callee_ordinary = !matches!(
            name.as_str(),
            "runtime.gopanic" | "runtime.sigpanic" | "runtime.panicwrap"
        );
        if !hidden {
            out.push((name, file, line, fr.node.is_some()));
        }
    }
    out
}

/// Go's tracebacks show only functions with a package (a `.` in the name)
/// and, of the runtime, only exported functions.
fn is_hidden_runtime(name: &str) -> bool {
    match name.strip_prefix("runtime.") {
        Some(rest) => !rest.starts_with(|c: char| c.is_ascii_uppercase()),
        None => !name.contains('.'),
    }
}

/// A closure of `func` without a TEXT of its own (inlined everywhere) whose
/// body holds `line` at instruction `idx`: the nearest inline mark before
/// `idx` sits at the call (`}()`, below the body) and is followed by the
/// body (above it), and the closure is the one declared last before the
/// body ([`goasm_vm::Image::inlined_funcs`]). Returns its name and the
/// call line.
fn inlined_closure(
    m: &Machine,
    func: usize,
    idx: u32,
    file: &str,
    line: u32,
) -> Option<(String, u32)> {
    let f = &m.image.funcs[func];
    let prefix = format!("{}.func", f.name);
    let mark = (f.entry..idx).rev().find(|&i| is_inline_mark(m, i))?;
    let (call, body) = (position(m, mark), position(m, mark + 1));
    if call.0 != file || body.0 != file || !(body.1 <= line && line < call.1) {
        return None;
    }
    let has_text = |name: &str| {
        m.image
            .funcs
            .iter()
            .any(|g| g.name == name && g.end > g.entry)
    };
    m.image
        .inlined_funcs
        .iter()
        .filter(|(name, decl)| name.starts_with(&prefix) && *decl < body.1 && !has_text(name))
        .max_by_key(|(_, decl)| *decl)
        .map(|(name, _)| (name.clone(), call.1))
}

/// The `goroutine 1 [running]:` block for `frames`.
pub fn format(m: &Machine, frames: &[Frame]) -> String {
    // One entry (two lines) per logical frame Go would show. Deep
    // recursion repeats the same few (function, pc) pairs: expand each once.
    let mut cache: std::collections::HashMap<(usize, u32), Vec<String>> = Default::default();
    let mut entries: Vec<String> = Vec::new();
    for fr in frames {
        match fr {
            // Go shows gopanic (as `panic`, with the value's words) and
            // hides the runtime's other frames (deferreturn).
            Frame::Runtime(c) if c.name == "panic" => {
                let (t, d) = c.value;
                entries.push(format!(
                    "panic({{{t:#x}?, {d:#x}?}})\n\truntime/panic.go:{GOPANIC_DEFER_CALL_LINE}\n"
                ));
            }
            Frame::Runtime(_) => {}
            // ABI wrappers are invisible in Go's tracebacks.
            Frame::Guest { func, .. }
                if m.image.funcs[*func].flags & goasm_syntax::headers::ABIWRAPPER != 0 => {}
            Frame::Guest { func, idx, .. } => {
                let expanded = cache
                    .entry((*func, *idx))
                    .or_insert_with(|| frame_lines(m, *func, *idx));
                entries.extend(expanded.iter().cloned());
            }
        }
    }
    let mut out = Elided::default();
    entries.into_iter().for_each(|e| out.push(e));
    format!("goroutine 1 [running]:\n{}", out.finish())
}

/// Go prints the innermost and the outermost 50 logical frames of a long
/// stack, with `...N frames elided...` between (runtime/traceback.go).
const INNER_FRAMES: usize = 50;
const OUTER_FRAMES: usize = 50;

/// A traceback's frame entries as they come, innermost first, printed the
/// way Go elides a long one.
#[derive(Default)]
pub struct Elided {
    inner: String,
    outer: std::collections::VecDeque<String>,
    total: usize,
}

impl Elided {
    pub fn push(&mut self, entry: String) {
        if self.total < INNER_FRAMES {
            self.inner.push_str(&entry);
        } else {
            if self.outer.len() == OUTER_FRAMES {
                self.outer.pop_front();
            }
            self.outer.push_back(entry);
        }
        self.total += 1;
    }

    pub fn finish(self) -> String {
        let mut s = self.inner;
        let elided = self.total.saturating_sub(INNER_FRAMES + OUTER_FRAMES);
        if elided > 0 {
            s.push_str(&format!("...{elided} frames elided...\n"));
        }
        s.extend(self.outer);
        s
    }
}

/// The `name(...)` / `\tfile:line [+off]` entries of one physical frame,
/// innermost logical frame first (only the physical one has `+off`).
pub fn frame_lines(m: &Machine, func: usize, idx: u32) -> Vec<String> {
    let f = &m.image.funcs[func];
    let off = idx - f.entry;
    // Argument words are not shown; a function without arguments prints
    // `()` as in Go.
    let args = if f.args == Some(0) { "()" } else { "(...)" };
    logical_frames(m, func, idx)
        .into_iter()
        .map(|(name, file, line, inlined)| {
            // Relative positions print as a -trimpath build shows them (./p.go).
            let dot = if file.starts_with('/') { "" } else { "./" };
            if inlined {
                format!("{name}(...)\n\t{dot}{file}:{line}\n")
            } else {
                format!("{name}{args}\n\t{dot}{file}:{line} +{off:#x}\n")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    /// The `panic` frame's line is the one go run printed for the corpus
    /// (the toolchain's runtime/panic.go).
    #[test]
    fn panic_frame_line_matches_go() {
        let expected = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../testdata/expected/panic_in_defer_unrecovered.stderr"
        ))
        .unwrap();
        let line = format!("\truntime/panic.go:{} ", super::GOPANIC_DEFER_CALL_LINE);
        assert!(expected.contains(&line), "{expected}");
    }
}
