//! `goasm frames`: stop a run at an instruction and draw every frame of the
//! current goroutine from `stack.hi` down to SP, one row per 8-byte word:
//! its address, its offset from SP and from the owning frame's FP, its
//! bytes, and what it is — an argument or result by name and part (from
//! the callee's Go declaration), a return address with its `symbol+offset`,
//! a saved BP (found by following the frame-pointer chain), a spill slot,
//! or a local — with frame boundaries and the g's stack bounds marked.
//!
//! Frames come from the [`Tracker`]'s shadow stack: each frame's extent is
//! exactly known from the SP its callee was entered with, whatever the
//! function's prologue did.

use crate::calls::{Tracker, bounds};
use crate::catalog::{ArgPlan, ArgWord};
use crate::event::{Bounds, CallKind};
use crate::value::Ctx;
use goasm_abi::VetKind;
use goasm_abi::abi0::components_of;
use goasm_abi::{Analysis, Assignment, Component};
use goasm_vm::cpu::{BP, SP};
use goasm_vm::ir::Insn;
use goasm_vm::memory::TEXT_BASE;
use goasm_vm::trace::{Tracer, Verdict, View};
use serde::Serialize;

/// At most this many words are drawn, the innermost ones (a deep
/// recursion's stack is huge); the rest is summarised in one line.
pub const MAX_WORDS: usize = 4096;

/// One frame of the snapshot, outermost first.
#[derive(Clone, Debug, Serialize)]
pub struct FrameInfo {
    pub func: String,
    pub kind: CallKind,
    /// Address of the return-address slot.
    #[serde(serialize_with = "crate::event::hex")]
    pub return_slot: u64,
    /// `0(FP)`: the first argument, just above the return address.
    #[serde(serialize_with = "crate::event::hex")]
    pub fp: u64,
}

/// One 8-byte word of the stack.
#[derive(Clone, Debug, Serialize)]
pub struct Word {
    #[serde(serialize_with = "crate::event::hex")]
    pub addr: u64,
    /// Offset from SP.
    pub sp_offset: i64,
    /// Index into `frames` of the frame the word belongs to (none: above
    /// the outermost frame).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<usize>,
    /// Offset from that frame's FP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fp_offset: Option<i64>,
    /// The bytes, lowest address first.
    pub bytes: String,
    /// What the word is: `return_address`, `saved_bp`, `argument`,
    /// `result`, `spill`, `local`, `entry`.
    pub slot: &'static str,
    pub meaning: String,
}

/// The goroutine's stack at a stop.
#[derive(Clone, Debug, Serialize)]
pub struct Snapshot {
    /// `sym+off (file:line:col)` of the instruction about to execute.
    pub at: String,
    #[serde(serialize_with = "crate::event::hex")]
    pub g: u64,
    pub stack: Bounds,
    #[serde(serialize_with = "crate::event::hex")]
    pub sp: u64,
    #[serde(serialize_with = "crate::event::hex")]
    pub bp: u64,
    pub frames: Vec<FrameInfo>,
    pub words: Vec<Word>,
    /// Words above the drawn ones left out (past [`MAX_WORDS`]).
    pub elided: usize,
}

/// Where to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// Before instruction `pc` executes (the `hit`-th time, from 1).
    At { pc: u32, hit: u64 },
    /// Before the entry function's RET (its results are written).
    RootReturn,
}

/// A tracer that takes snapshots at stops; with `halt` the run ends at the
/// first one.
pub struct FramesTracer {
    tracker: Tracker,
    stops: Vec<Stop>,
    halt: bool,
    /// Times each stop was reached.
    hits: Vec<u64>,
    pub snapshots: Vec<Snapshot>,
}

impl FramesTracer {
    pub fn new(tracker: Tracker, stops: Vec<Stop>, halt: bool) -> FramesTracer {
        FramesTracer {
            hits: vec![0; stops.len()],
            tracker,
            stops,
            halt,
            snapshots: Vec::new(),
        }
    }
}

impl Tracer for FramesTracer {
    fn before(&mut self, v: &View<'_>, pc: u32, i: Insn) -> Verdict {
        if self.halt && !self.snapshots.is_empty() {
            return Verdict::Halt;
        }
        let root_ret = i.op == goasm_vm::ir::Op::Ret
            && self.tracker.stack.len() == 1
            && self.tracker.stack[0].entry_sp == v.cpu.gp[SP];
        if root_ret && self.stops.contains(&Stop::RootReturn) {
            self.snapshots.push(snapshot(&self.tracker, v, pc));
        }
        let mut events = Vec::new();
        self.tracker.observe(v, pc, i, &mut events);
        let mut stop = false;
        for (s, n) in self.stops.iter().zip(&mut self.hits) {
            if let Stop::At { pc: at, hit } = *s
                && at == pc
            {
                *n += 1;
                stop |= *n == hit;
            }
        }
        if stop {
            self.snapshots.push(snapshot(&self.tracker, v, pc));
            if self.halt {
                return Verdict::Halt;
            }
        }
        Verdict::Continue
    }
}

/// The labelled pieces of a callee's argument area: `(offset, size, slot,
/// label)` relative to its FP.
fn arg_labels(ctx: &Ctx<'_>, plan: &ArgPlan, fp: u64) -> Vec<(u64, u64, &'static str, String)> {
    let _ = (ctx, fp);
    let mut out = Vec::new();
    let leaves = |name: &str, ty: &goasm_abi::Type, off: u64| {
        let mut cs: Vec<Component> = Vec::new();
        components_of(ty, name, off, &mut cs);
        let n = cs.len();
        cs.into_iter()
            .enumerate()
            .filter(move |(i, c)| c.kind == VetKind::Scalar || (*i == 0 && n == 1))
            .map(|(_, c)| c)
            .collect::<Vec<_>>()
    };
    match plan {
        ArgPlan::Typed {
            analysis,
            abi_internal,
        } => {
            let a: &Analysis = analysis;
            if *abi_internal {
                for (v, result) in a
                    .internal
                    .params
                    .iter()
                    .map(|v| (v, false))
                    .chain(a.internal.results.iter().map(|v| (v, true)))
                {
                    let what = if result { "result" } else { "argument" };
                    match (&v.assignment, v.spill) {
                        (Assignment::Stack(off), _) => {
                            for c in leaves(&v.name, &v.ty, *off) {
                                out.push((
                                    c.offset,
                                    c.size,
                                    if result { "result" } else { "argument" },
                                    format!("{what} {} {}", c.name, c.type_name),
                                ));
                            }
                        }
                        (Assignment::Registers(parts), Some(sp)) => {
                            for p in parts {
                                out.push((
                                    sp + p.offset,
                                    p.size,
                                    "spill",
                                    format!(
                                        "spill slot of {} {} ({})",
                                        p.name,
                                        p.type_name,
                                        p.reg.name()
                                    ),
                                ));
                            }
                        }
                        _ => {}
                    }
                }
            } else {
                for (s, result) in a
                    .abi0
                    .params
                    .iter()
                    .map(|s| (s, false))
                    .chain(a.abi0.results.iter().map(|s| (s, true)))
                {
                    for c in leaves(&s.name, &s.ty, s.offset) {
                        out.push((
                            c.offset,
                            c.size,
                            if result { "result" } else { "argument" },
                            format!(
                                "{} {} {}",
                                if result { "result" } else { "argument" },
                                c.name,
                                c.type_name
                            ),
                        ));
                    }
                }
            }
        }
        ArgPlan::ArgInfo(words) => {
            let mut k = 0;
            for w in words {
                if let ArgWord::Word { offset, size } = *w {
                    out.push((
                        offset as u64,
                        size as u64,
                        "spill",
                        format!("argument word {k} (spill slot, untyped)"),
                    ));
                    k += 1;
                }
            }
        }
        ArgPlan::Raw { argsize } => {
            for off in (0..*argsize).step_by(8) {
                out.push((
                    off,
                    8.min(argsize - off),
                    "argument",
                    "argument area (no Go declaration)".into(),
                ));
            }
        }
        ArgPlan::Unknown => {}
    }
    out
}

fn bytes_of(v: &View<'_>, a: u64) -> (String, Option<u64>) {
    let mut b = [0u8; 8];
    match v.mem.read_bytes(a, &mut b) {
        Ok(()) => (
            b.iter()
                .map(|x| format!("{x:02x}"))
                .collect::<Vec<_>>()
                .join(" "),
            Some(u64::from_le_bytes(b)),
        ),
        Err(_) => ("?? ?? ?? ?? ?? ?? ?? ??".into(), None),
    }
}

/// Takes the snapshot (before instruction `pc` executes).
pub fn snapshot(t: &Tracker, v: &View<'_>, pc: u32) -> Snapshot {
    let ctx = Ctx {
        mem: v.mem,
        image: v.image,
    };
    let b = bounds(v);
    let sp = v.cpu.gp[SP];
    let bp = v.cpu.gp[BP];
    let frames: Vec<FrameInfo> = t
        .stack
        .iter()
        .map(|f| FrameInfo {
            func: t.name(f.func).to_string(),
            kind: f.kind,
            return_slot: f.entry_sp,
            fp: f.entry_sp.wrapping_add(8),
        })
        .collect();
    // The frame-pointer chain: every slot holding a saved BP.
    let mut chain = std::collections::HashSet::new();
    let mut link = bp;
    while link >= sp && link < b.hi {
        chain.insert(link);
        match v.mem.read(link, 8) {
            Ok(next) if next > link => link = next,
            _ => break,
        }
    }
    // Argument labels of each frame, absolute.
    let labels: Vec<Vec<(u64, u64, &'static str, String)>> = t
        .stack
        .iter()
        .map(|f| {
            let fp = f.entry_sp.wrapping_add(8);
            arg_labels(&ctx, &t.cat.funcs[f.func].plan, fp)
                .into_iter()
                .map(|(o, s, k, l)| (fp + o, s, k, l))
                .collect()
        })
        .collect();
    // Named locals of hand-written frames, absolute.
    let locals: Vec<Vec<(i64, String)>> = t
        .stack
        .iter()
        .map(|f| {
            named_locals(v.image, f.func)
                .into_iter()
                .map(|(off, name)| (f.entry_sp as i64 + off, name))
                .collect()
        })
        .collect();
    let mut words = Vec::new();
    let top = b.hi.max(sp) & !7;
    let limit = (sp & !7).saturating_add(8 * MAX_WORDS as u64).min(top);
    let elided = ((top - limit) / 8) as usize;
    let mut a = limit.wrapping_sub(8);
    while a >= sp && a < limit {
        // The innermost frame whose return slot is at or above the word.
        let owner = frames.iter().rposition(|f| f.return_slot >= a);
        let (bytes, value) = bytes_of(v, a);
        // Argument words belong to the callee's declaration: the frame
        // below the owner (or the outermost frame's own, above it).
        let callee = match owner {
            Some(i) if i + 1 < frames.len() => Some(i + 1),
            Some(_) => None,
            None if !frames.is_empty() => Some(0),
            None => None,
        };
        let arg = callee.and_then(|c| {
            let hits: Vec<&(u64, u64, &'static str, String)> = labels[c]
                .iter()
                .filter(|(o, s, _, _)| *o < a + 8 && o + s > a)
                .collect();
            (!hits.is_empty()).then(|| {
                let parts: Vec<String> = hits
                    .iter()
                    .map(|(o, _, _, l)| {
                        let off = o - frames[c].fp;
                        let at = if o % 8 != 0 {
                            format!(" (byte {})", o - a)
                        } else {
                            String::new()
                        };
                        format!("{l} +{off}(FP){at}")
                    })
                    .collect();
                (
                    hits[0].2,
                    format!("{} of {}", parts.join("; "), frames[c].func),
                )
            })
        });
        let (slot, meaning) = if let Some(i) = owner.filter(|&i| frames[i].return_slot == a) {
            let what = match value {
                Some(TEXT_BASE) if i == 0 => {
                    "goasm's return sentinel (the end of the run)".to_string()
                }
                Some(TEXT_BASE) => {
                    "goasm's return sentinel (back into the runtime builtin that made this call)"
                        .to_string()
                }
                Some(r) => {
                    let idx = r.wrapping_sub(TEXT_BASE) as u32;
                    format!(
                        "{} ({})",
                        v.image.symbolize(r),
                        short(&v.image.describe(idx))
                    )
                }
                None => "?".into(),
            };
            (
                "return_address",
                format!("return address of {} -> {what}", frames[i].func),
            )
        } else if chain.contains(&a) {
            let saved = value.unwrap_or(0);
            (
                "saved_bp",
                format!(
                    "saved BP = {saved:#x}{}",
                    owner.map_or(String::new(), |i| format!(" (saved by {})", frames[i].func))
                ),
            )
        } else if let Some((slot, m)) = arg {
            (slot, m)
        } else if owner.is_none() {
            (
                "entry",
                "above the outermost frame (goasm's entry area)".into(),
            )
        } else if let Some(names) = owner.and_then(|i| {
            let hits: Vec<&String> = locals[i]
                .iter()
                .filter(|(at, _)| *at >= a as i64 && *at < a as i64 + 8)
                .map(|(_, n)| n)
                .collect();
            (!hits.is_empty()).then_some((i, hits))
        }) {
            let (i, hits) = names;
            let list: Vec<&str> = hits.iter().map(|s| s.as_str()).collect();
            (
                "local",
                format!("local {} of {}", list.join(", "), frames[i].func),
            )
        } else {
            let i = owner.unwrap_or(0);
            let m = if i + 1 == frames.len() {
                format!(
                    "local of {} (or outgoing arguments of its next call)",
                    frames[i].func
                )
            } else {
                format!("local of {}", frames[i].func)
            };
            ("local", m)
        };
        words.push(Word {
            addr: a,
            sp_offset: a.wrapping_sub(sp) as i64,
            frame: owner,
            // Above the outermost frame: relative to its FP (its arguments).
            fp_offset: owner
                .or((!frames.is_empty()).then_some(0))
                .map(|i| a.wrapping_sub(frames[i].fp) as i64),
            bytes,
            slot,
            meaning,
        });
        a = a.wrapping_sub(8);
    }
    Snapshot {
        at: format!(
            "{} ({})",
            v.image.symbolize(TEXT_BASE + pc as u64),
            short(&v.image.describe(pc))
        ),
        g: v.cpu.g,
        stack: b,
        sp,
        bp,
        frames,
        words,
        elided,
    }
}

/// The named-SP references (`x-8(SP)`) in a hand-written function's body,
/// as `(offset from the return-address slot, "x-8(SP)")`. After the
/// prologue the pseudo-SP is the hardware SP plus the frame size, i.e. the
/// return-address slot minus the saved BP (obj6 rewrites `off(SP)` with a
/// name to `off + framesize`), so `x-8(SP)` is the word just below the
/// saved BP.
pub fn named_locals(image: &goasm_vm::Image, func: usize) -> Vec<(i64, String)> {
    let Some(f) = image.funcs.get(func).filter(|f| !f.abi_internal) else {
        return Vec::new();
    };
    let Some(src) = image.sources.get(f.file as usize) else {
        return Vec::new();
    };
    let bpsize = f.autoffset - f.frame.max(0);
    let text = &src.file(f.span.file).text;
    let mut out: Vec<(i64, String)> = Vec::new();
    for line in text
        .lines()
        .skip(f.span.line as usize)
        .take_while(|l| !l.trim_start().starts_with("TEXT"))
    {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("(SP)") {
            let before = &rest[..at];
            rest = &rest[at + 4..];
            // NAME±OFF right before "(SP)".
            let start = before
                .rfind(|c: char| !(c.is_alphanumeric() || "_+-·.".contains(c)))
                .map_or(0, |i| i + 1);
            let word = &before[start..];
            let Some(sign) = word.rfind(['+', '-']).filter(|&i| i > 0) else {
                continue;
            };
            let (name, off) = word.split_at(sign);
            let Ok(off) = off.parse::<i64>() else {
                continue;
            };
            if off >= 0 {
                continue;
            }
            let at = off - bpsize;
            if !out.iter().any(|(o, n)| *o == at && n.starts_with(name)) {
                out.push((at, format!("{name}{off}(SP)")));
            }
        }
    }
    out
}

fn short(s: &str) -> String {
    s.rsplit('/').next().unwrap_or(s).to_string()
}

/// The snapshot as an ASCII diagram, high addresses first.
pub fn render(s: &Snapshot) -> String {
    let mut out = String::new();
    let size = s.stack.hi.saturating_sub(s.stack.lo);
    out.push_str(&format!("stopped at {}\n", s.at));
    out.push_str(&format!(
        "goroutine g={:#x}: stack [{:#x}, {:#x}) {size} bytes; SP={:#x} BP={:#x}\n\n",
        s.g, s.stack.lo, s.stack.hi, s.sp, s.bp
    ));
    out.push_str(&format!(
        "{:<18} {:>8} {:>6}   {:<23}   {}\n",
        "address", "SP+", "FP+", "bytes", "slot"
    ));
    let rule = |out: &mut String, text: &str| {
        out.push_str(&format!("+{}+ {text}\n", "-".repeat(62)));
    };
    rule(&mut out, &format!("stack.hi = {:#x}", s.stack.hi));
    if s.elided > 0 {
        out.push_str(&format!(
            "... {} words of outer frames not drawn ({} frames in all)\n",
            s.elided,
            s.frames.len()
        ));
    }
    let mut current: Option<Option<usize>> = None;
    for w in &s.words {
        if current != Some(w.frame) {
            if w.frame.is_none() {
                rule(
                    &mut out,
                    "the outermost frame's caller (goasm or the runtime): its arguments",
                );
            }
            if let Some(i) = w.frame {
                let f = &s.frames[i];
                rule(
                    &mut out,
                    &format!(
                        "frame #{} {} (FP={:#x}, {})",
                        s.frames.len() - 1 - i,
                        f.func,
                        f.fp,
                        match f.kind {
                            CallKind::Runtime => "entered by the runtime".to_string(),
                            k => format!(
                                "{} call",
                                serde_json::to_value(k)
                                    .ok()
                                    .and_then(|v| v.as_str().map(String::from))
                                    .unwrap_or_default()
                            ),
                        }
                    ),
                );
            }
            current = Some(w.frame);
        }
        let fp = w.fp_offset.map_or(String::new(), |o| format!("{o:+}"));
        let mark = if w.sp_offset == 0 { "  <- SP" } else { "" };
        out.push_str(&format!(
            "{:#018x} {:>8} {:>6}   {}   {}{mark}\n",
            w.addr,
            format!("+{}", w.sp_offset),
            fp,
            w.bytes,
            w.meaning
        ));
    }
    rule(
        &mut out,
        &format!("SP = {:#x}; free stack below, down to stack.lo", s.sp),
    );
    let guard = s.stack.stackguard0;
    out.push_str(&format!(
        "stackguard0 = {guard:#x} (stack.lo+{}): SP is {} bytes above it\n",
        guard.wrapping_sub(s.stack.lo),
        s.sp as i64 - guard as i64
    ));
    out.push_str(&format!("stack.lo    = {:#x}\n", s.stack.lo));
    out
}

/// Resolves `SYMBOL`, `SYMBOL+N` (IR instruction offset, as traces print),
/// `SYMBOL+LABEL` or `SYMBOL:LINE` to an instruction index.
pub fn resolve_at(m: &goasm_vm::Machine, spec: &str) -> Result<u32, String> {
    let (sym, rest) = match spec.find(['+', ':']) {
        Some(i) => (&spec[..i], Some((&spec[i..i + 1], &spec[i + 1..]))),
        None => (spec, None),
    };
    let f = m
        .func(sym)
        .or_else(|| m.func(&format!("·{sym}")))
        .ok_or_else(|| format!("--at {spec}: no function named {sym}"))?;
    let (entry, end) = (f.entry, f.end);
    let loc = |i: u32| m.image.locs.get(i as usize).copied();
    match rest {
        None => Ok(entry),
        Some(("+", n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => {
            let n: u32 = n.parse().map_err(|_| format!("--at {spec}: bad offset"))?;
            (entry.checked_add(n).filter(|&i| i < end))
                .ok_or_else(|| format!("--at {spec}: {sym} has {} instructions", end - entry))
        }
        Some(("+", label)) => {
            let (file, span) = (f.file as usize, f.span);
            let text = m
                .image
                .sources
                .get(file)
                .map(|s| s.file(span.file).text.as_str())
                .unwrap_or("");
            let line = text
                .lines()
                .enumerate()
                .skip(span.line as usize)
                .take_while(|(_, l)| !l.trim_start().starts_with("TEXT"))
                .find(|(_, l)| {
                    l.trim_start()
                        .strip_prefix(label)
                        .is_some_and(|r| r.trim_start().starts_with(':'))
                })
                .map(|(i, _)| i as u32 + 1)
                .ok_or_else(|| format!("--at {spec}: no label {label} in {sym}"))?;
            (entry..end)
                .find(|&i| {
                    loc(i).is_some_and(|(fi, s)| {
                        fi as usize == file && s.file == span.file && s.line > line
                    })
                })
                .ok_or_else(|| format!("--at {spec}: no instruction after label {label}"))
        }
        Some((_, line)) => {
            let n: u32 = line
                .parse()
                .map_err(|_| format!("--at {spec}: {line} is not a line number"))?;
            (entry..end)
                .find(|&i| loc(i).is_some_and(|(_, s)| s.line == n))
                .ok_or_else(|| format!("--at {spec}: no instruction of {sym} on line {n}"))
        }
    }
}
