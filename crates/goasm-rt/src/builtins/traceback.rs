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
#[derive(Clone, Debug)]
pub struct CallCtx {
    /// Go's name for the runtime frame in a traceback (`panic`,
    /// `runtime.deferreturn`).
    pub name: &'static str,
    /// The calling guest frame: the instruction that called the builtin (or
    /// faulted), its BP and SP.
    pub idx: u32,
    pub bp: u64,
    pub sp: u64,
}

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
    Runtime(&'static str),
}

/// Walks the stack from the instruction `idx` with registers `bp`/`sp`,
/// crossing runtime calls through `ctx` (innermost last).
pub fn walk(m: &Machine, ctx: &[CallCtx], idx: u32, bp: u64, sp: u64) -> Vec<Frame> {
    let mut out = Vec::new();
    let (mut idx, mut bp, mut sp, mut top) = (idx, bp, sp, true);
    let mut ctxs = ctx.iter().rev();
    while out.len() < 1000 {
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
        if ret == TEXT_BASE {
            let Some(c) = ctxs.next() else {
                break;
            };
            out.push(Frame::Runtime(c.name));
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
/// `line` (inlined bodies keep their own positions in a listing).
fn owner_of(m: &Machine, file: &str, line: u32) -> Option<usize> {
    let mut best: Option<(u32, usize)> = None;
    // Wrappers (textflag WRAPPER) are positioned at what they wrap;
    // closures (`f.func1`) start inside their parent's lines.
    let candidate = |f: &goasm_vm::image::Func| {
        f.flags & WRAPPER == 0
            && !f
                .name
                .rsplit('.')
                .next()
                .is_some_and(|l| l.starts_with("func"))
    };
    for (i, f) in m
        .image
        .funcs
        .iter()
        .enumerate()
        .filter(|(_, f)| candidate(f))
    {
        let (ff, fl) = position(m, f.entry);
        if ff == file && fl <= line && best.is_none_or(|(bl, _)| fl > bl) {
            best = Some((fl, i));
        }
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

/// The (function name, line) entries of one physical frame, innermost first:
/// a listing shows an inlined body at its own source lines, so a line that
/// belongs to another function is an inlined call, and the inline mark
/// before the first instruction of that body gives the call site.
pub fn logical_frames(m: &Machine, func: usize, idx: u32) -> Vec<(String, String, u32, bool)> {
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
                // No mark (it became a NOP): the last instruction of this
                // function's own lines before the inlined code.
                let site = site.or_else(|| {
                    (f.entry..idx)
                        .rev()
                        .find(|&i| owner_of(m, &file, position(m, i).1) == Some(func))
                });
                let Some(site) = site else {
                    break;
                };
                out.push((m.image.funcs[o].name.clone(), file.clone(), line, true));
                line = position(m, site).1;
            }
            _ => break,
        }
    }
    out.push((f.name.clone(), file, line, false));
    out
}

/// The `goroutine 1 [running]:` block for `frames`.
pub fn format(m: &Machine, frames: &[Frame]) -> String {
    let mut s = String::from("goroutine 1 [running]:\n");
    for fr in frames {
        match fr {
            Frame::Runtime(name) => {
                s.push_str(&format!("{name}(...)\n\truntime/panic.go:0 +0x0\n"));
            }
            // ABI wrappers are invisible in Go's tracebacks.
            Frame::Guest { func, .. }
                if m.image.funcs[*func].flags & goasm_syntax::headers::ABIWRAPPER != 0 => {}
            Frame::Guest { func, idx, .. } => {
                let off = idx - m.image.funcs[*func].entry;
                for (name, file, line, inlined) in logical_frames(m, *func, *idx) {
                    // Relative positions print as a -trimpath build shows them (./p.go).
                    let dot = if file.starts_with('/') { "" } else { "./" };
                    if inlined {
                        s.push_str(&format!("{name}(...)\n\t{dot}{file}:{line}\n"));
                    } else {
                        s.push_str(&format!("{name}(...)\n\t{dot}{file}:{line} +{off:#x}\n"));
                    }
                }
            }
        }
    }
    s
}
