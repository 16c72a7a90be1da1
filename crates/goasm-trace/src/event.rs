//! Trace events: what `goasm trace` prints, one per line, as text or as JSON
//! (the schema is `schema/trace-event.schema.json` in this crate).
//! Addresses are hex strings so no JSON reader rounds them.

use crate::args::Arg;
use serde::Serialize;

/// How a function was entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CallKind {
    /// `CALL sym(SB)`.
    Direct,
    /// Through a func value: the code pointer from the funcval DX points at.
    Closure,
    /// Through an interface's itab method slot.
    Interface,
    /// Through a code address in a register or memory (not a funcval/itab).
    Indirect,
    /// A `JMP` into another function (its frame replaces the jumper's).
    Tail,
    /// Started by goasm or the runtime (the entry function, deferred calls,
    /// methods the runtime calls), not by a CALL instruction.
    Runtime,
}

/// A closure call's context: DX and the captured words the body reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Closure {
    /// DX: the funcval.
    pub context: String,
    /// The funcval's symbol, for a static one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// `(offset from DX, value)` of each word the body loads from `off(DX)`.
    pub captured: Vec<Captured>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Captured {
    pub offset: i64,
    pub value: String,
}

/// The itab method slot an interface call went through.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItabSlot {
    pub itab: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// Byte offset in the itab (24 is `fun[0]`).
    pub offset: i64,
    /// Index in `fun`.
    pub method: i64,
}

/// A goroutine stack's bounds and guard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Bounds {
    #[serde(serialize_with = "hex")]
    pub lo: u64,
    #[serde(serialize_with = "hex")]
    pub hi: u64,
    #[serde(serialize_with = "hex")]
    pub stackguard0: u64,
}

impl Bounds {
    pub fn text(&self) -> String {
        format!(
            "[{:#x}, {:#x}) {} bytes",
            self.lo,
            self.hi,
            self.hi - self.lo
        )
    }
}

/// A register, XMM register or flag an instruction changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub what: String,
    pub before: String,
    pub after: String,
}

pub fn hex<S: serde::Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{v:#x}"))
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// A function was entered; `args` as the convention passed them.
    Call {
        depth: usize,
        func: String,
        kind: CallKind,
        /// `sym+off` of the CALL (or JMP), when there was one.
        #[serde(skip_serializing_if = "Option::is_none")]
        from: Option<String>,
        /// SP at entry (the return address slot).
        #[serde(serialize_with = "hex")]
        sp: u64,
        /// Whether the values are typed from a Go declaration.
        typed: bool,
        args: Vec<Arg>,
        #[serde(skip_serializing_if = "Option::is_none")]
        closure: Option<Closure>,
        #[serde(skip_serializing_if = "Option::is_none")]
        itab: Option<ItabSlot>,
    },
    /// It returned; `results` is absent when the function is untyped.
    Return {
        depth: usize,
        func: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        results: Option<Vec<Arg>>,
    },
    /// Its frame was abandoned without a RET (a panic unwound it).
    Unwind { depth: usize, func: String },
    /// A call into a runtime builtin (`tail`: a JMP to it).
    Builtin {
        depth: usize,
        func: String,
        tail: bool,
        /// The caller is ABI0 code: the arguments are on its stack.
        abi0: bool,
        args: Vec<Arg>,
    },
    /// A builtin with results returned.
    BuiltinReturn {
        depth: usize,
        func: String,
        results: Vec<Arg>,
    },
    /// A builtin did not return to its caller: execution went on elsewhere.
    BuiltinResumed {
        depth: usize,
        func: String,
        at: String,
    },
    /// The stack split check failed and the stack was grown by copying.
    Morestack {
        depth: usize,
        func: String,
        old: Bounds,
        new: Bounds,
    },
    /// One executed instruction (`--insn`).
    Insn {
        depth: usize,
        #[serde(serialize_with = "hex")]
        pc: u64,
        at: String,
        source: String,
        text: String,
        changes: Vec<Change>,
    },
    /// The trace was cut short (`--max-lines`).
    Truncated { lines: u64 },
}

impl Event {
    pub fn depth(&self) -> usize {
        match self {
            Event::Call { depth, .. }
            | Event::Return { depth, .. }
            | Event::Unwind { depth, .. }
            | Event::Builtin { depth, .. }
            | Event::BuiltinReturn { depth, .. }
            | Event::BuiltinResumed { depth, .. }
            | Event::Morestack { depth, .. }
            | Event::Insn { depth, .. } => *depth,
            Event::Truncated { .. } => 0,
        }
    }
}

/// `(a [AX], b [BX])`.
pub fn arg_list(args: &[Arg]) -> String {
    let v: Vec<String> = args.iter().map(Arg::text).collect();
    format!("({})", v.join(", "))
}

/// A call's text in two parts: `f(args)` and the notes that follow it (a
/// return joined to its call goes between them).
pub fn call_parts(e: &Event) -> Option<(String, String)> {
    match e {
        Event::Call {
            func,
            kind,
            args,
            closure,
            itab,
            ..
        } => {
            let head = format!("{func}{}", arg_list(args));
            let mut s = String::new();
            if let Some(c) = closure {
                s.push_str(&format!("  [closure DX={}", c.context));
                if let Some(sym) = &c.symbol {
                    s.push_str(&format!(" ({sym})"));
                }
                for cap in &c.captured {
                    s.push_str(&format!(" {}(DX)={}", cap.offset, cap.value));
                }
                s.push(']');
            }
            if let Some(t) = itab {
                s.push_str(&format!(
                    "  [interface call: itab {}{} +{} = fun[{}]]",
                    t.itab,
                    t.symbol
                        .as_ref()
                        .map_or_else(String::new, |s| format!(" ({s})")),
                    t.offset,
                    t.method
                ));
            }
            match kind {
                CallKind::Tail => s.push_str("  [tail call]"),
                CallKind::Indirect => s.push_str("  [indirect call]"),
                CallKind::Runtime => s.push_str("  [entered by the runtime]"),
                _ => {}
            }
            Some((head, s))
        }
        _ => None,
    }
}

/// The text of one event, without indentation.
pub fn text(e: &Event) -> String {
    if let Some((head, notes)) = call_parts(e) {
        return head + &notes;
    }
    match e {
        Event::Call { .. } => unreachable!("handled by call_parts"),
        Event::Return { func, results, .. } => match results {
            Some(r) if !r.is_empty() => format!("<- {func} -> {}", arg_list(r)),
            _ => format!("<- {func}"),
        },
        Event::Unwind { func, .. } => format!("<- {func} (unwound by a panic)"),
        Event::Builtin {
            func, args, tail, ..
        } => {
            let t = if *tail { "  [tail call]" } else { "" };
            format!("{func}{}{t}", arg_list(args))
        }
        Event::BuiltinReturn { func, results, .. } => {
            format!("<- {func} -> {}", arg_list(results))
        }
        Event::BuiltinResumed { func, at, .. } => {
            format!("<- {func} did not return: resumed at {at}")
        }
        Event::Morestack { func, old, new, .. } => {
            format!(
                "morestack in {func}: stack {} -> {}, stackguard0 {:#x} -> {:#x}",
                old.text(),
                new.text(),
                old.stackguard0,
                new.stackguard0
            )
        }
        Event::Insn {
            at,
            source,
            text,
            changes,
            ..
        } => {
            let mut s = format!("{at:<22} {text:<28} {source}");
            if !changes.is_empty() {
                let c: Vec<String> = changes
                    .iter()
                    .map(|c| match c.before.as_str() {
                        "" => format!("{} = {}", c.what, c.after),
                        b => format!("{} {b} -> {}", c.what, c.after),
                    })
                    .collect();
                s = format!("{s:<80}  {}", c.join(", "));
            }
            s.trim_end().to_string()
        }
        Event::Truncated { lines } => format!("... (--max-lines {lines} reached: run stopped)"),
    }
}
