//! panic and recover (runtime/panic.go's model): a panic walks the stack
//! from the panicking frame outwards and runs each frame's pending deferred
//! calls (as nested guest calls, [`Machine::call_guest`]); a deferred call
//! that calls `recover` stops the panic, and execution resumes in the
//! deferring frame at its `deferreturn` call, which runs the frame's
//! remaining defers before the frame returns normally. If no defer
//! recovers, the runtime prints the panic chain and the traceback, exit 2.
//!
//! Runtime errors (bounds, division, nil dereference) are panics whose
//! value is known by its message only; `recover` hands them back as a
//! string (an approximation: Go's value is a `runtime.Error`).

use super::defer::{self, DeferRec};
use super::traceback::{self, CallCtx, Frame};
use crate::Runtime;
use goasm_vm::cpu::{AX, BP, BX, CX, SP};
use goasm_vm::memory::{Fault, TEXT_BASE};
use goasm_vm::{Flow, GuestReturn, Machine};

/// One active panic.
#[derive(Clone, Debug)]
pub struct Panic {
    /// The value as an `any` (type word, data word); type 0 with `msg`
    /// for runtime errors.
    pub typ: u64,
    pub data: u64,
    /// The text Go prints after `panic: ` (computed when it starts).
    pub msg: String,
    /// `[signal ...]` line for panics that came from a hardware fault.
    pub signal: Option<String>,
    pub recovered: bool,
    /// Where it started: the call (or faulting) instruction, BP, SP.
    pub start: CallCtx,
}

/// The runtime's panic/defer state.
#[derive(Default)]
pub struct PanicState {
    /// Active panics, oldest first.
    pub panics: Vec<Panic>,
    /// `deferproc` records, newest last.
    pub defers: Vec<DeferRec>,
    /// Guest calls the runtime is making, innermost last (for tracebacks).
    pub ctx: Vec<CallCtx>,
    /// Type word of `deferrangefunc`'s tokens (made on first use).
    pub range_token_type: u64,
}

/// How a nested guest call ended, from a builtin's point of view.
pub enum Outcome {
    Returned,
    /// Stop the builtin with this flow (a recovery resumed elsewhere, the
    /// program exited).
    Stop(Flow),
}

/// Maps a [`GuestReturn`] to what the calling builtin does next.
pub fn outcome(r: GuestReturn) -> Result<Outcome, Fault> {
    match r {
        GuestReturn::Returned => Ok(Outcome::Returned),
        GuestReturn::Unwound => Ok(Outcome::Stop(Flow::Resume)),
        GuestReturn::Exit(c) => Ok(Outcome::Stop(Flow::Exit(c))),
        GuestReturn::Fault(g) => Err(g.fault),
        GuestReturn::StepLimit { .. } => Err(Fault::OutOfMemory),
    }
}

pub const BUILTINS: &[(&str, &str, super::BuiltinFn)] = &[
    (
        "runtime.gopanic",
        "func(typ uintptr, data uintptr)",
        gopanic,
    ),
    ("runtime.gorecover", "func() (uintptr, uintptr)", gorecover),
    ("runtime.panicdivide", "func()", panicdivide),
    ("runtime.panicshift", "func()", panicshift),
    ("runtime.panicBounds", "func()", panic_bounds),
    ("runtime.panicwrap", "func()", panicwrap),
    (
        "runtime.panicrangestate",
        "func(state int)",
        panicrangestate,
    ),
    (
        "runtime.panicdottypeE",
        "func(have, want, iface unsafe.Pointer)",
        panicdottype_e,
    ),
    (
        "runtime.panicdottypeI",
        "func(have, want, iface unsafe.Pointer)",
        panicdottype_i,
    ),
    (
        "runtime.panicnildottype",
        "func(want unsafe.Pointer)",
        panicnildottype,
    ),
];

/// A panic whose value is a runtime error with exactly this message
/// (`interface conversion: ...`, `assignment to entry in nil map`): it prints
/// as `panic: <msg>` and recovers as an error value.
pub fn error_panic(rt: &mut Runtime, m: &mut Machine, msg: String) -> Result<Flow, Fault> {
    let start = call_site(m);
    start_panic(
        rt,
        m,
        Panic {
            typ: 0,
            data: 0,
            msg,
            signal: None,
            recovered: false,
            start,
        },
    )
}

/// The text of Go's TypeAssertionError (runtime/error.go): a failed `x.(T)`.
fn type_assertion_message(m: &Machine, iface: u64, have: u64, want: u64) -> String {
    let name = |t| crate::typeread::type_name(m, t);
    let inter = if iface == 0 {
        "interface".to_string()
    } else {
        name(iface)
    };
    let want = name(want);
    if have == 0 {
        return format!("interface conversion: {inter} is nil, not {want}");
    }
    let have = name(have);
    let mut msg = format!("interface conversion: {inter} is {have}, not {want}");
    if have == want {
        msg.push_str(" (types from different scopes)");
    }
    msg
}

fn panicdottype_e(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (have, want, iface) = (m.cpu.gp[AX], m.cpu.gp[BX], m.cpu.gp[CX]);
    let msg = type_assertion_message(m, iface, have, want);
    error_panic(rt, m, msg)
}

/// Like panicdottypeE with the dynamic itab: its concrete type is at +8.
fn panicdottype_i(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (tab, want, iface) = (m.cpu.gp[AX], m.cpu.gp[BX], m.cpu.gp[CX]);
    let have = if tab == 0 { 0 } else { m.mem.read(tab + 8, 8)? };
    let msg = type_assertion_message(m, iface, have, want);
    error_panic(rt, m, msg)
}

fn panicnildottype(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let want = m.cpu.gp[AX];
    let msg = type_assertion_message(m, 0, 0, want);
    error_panic(rt, m, msg)
}

/// Where a builtin call came from: the call instruction and the caller's BP/SP.
pub fn call_site(m: &Machine) -> CallCtx {
    CallCtx {
        name: "panic",
        idx: m.cpu.pc.saturating_sub(1),
        bp: m.cpu.gp[BP],
        sp: m.cpu.gp[SP],
        ..Default::default()
    }
}

fn gopanic(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (typ, data) = (m.cpu.gp[AX], m.cpu.gp[BX]);
    let start = call_site(m);
    let msg = super::panicval::render(rt, m, typ, data, &start)?;
    start_panic(
        rt,
        m,
        Panic {
            typ,
            data,
            msg,
            signal: None,
            recovered: false,
            start,
        },
    )
}

/// A runtime error panic (`runtime error: ...`) raised from `site`.
pub fn runtime_error(
    rt: &mut Runtime,
    m: &mut Machine,
    what: &str,
    site: CallCtx,
    signal: Option<String>,
) -> Result<Flow, Fault> {
    let p = Panic {
        typ: 0,
        data: 0,
        msg: format!("runtime error: {what}"),
        signal,
        recovered: false,
        start: site,
    };
    start_panic(rt, m, p)
}

fn panicdivide(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let site = call_site(m);
    runtime_error(rt, m, "integer divide by zero", site, None)
}

fn panicshift(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let site = call_site(m);
    runtime_error(rt, m, "negative shift amount", site, None)
}

fn panicwrap(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    // Go names the method ("value method main.T.M called using nil *T
    // pointer"): the wrapper is the calling function.
    let site = call_site(m);
    let name = m
        .image
        .func_at(site.idx)
        .map_or(String::new(), |f| f.name.clone());
    let msg = match (name.find(".(*"), name.rfind(").")) {
        (Some(a), Some(b)) if a < b => {
            let (pkg, ty, meth) = (&name[..a], &name[a + 3..b], &name[b + 2..]);
            format!("value method {pkg}.{ty}.{meth} called using nil *{ty} pointer")
        }
        _ => "value method called using nil pointer".into(),
    };
    runtime_error(rt, m, &msg, site, None)
}

fn panicrangestate(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let site = call_site(m);
    let what = match m.cpu.gp[AX] as i64 {
        2 => "range function continued iteration after function for loop body returned false",
        3 => "range function continued iteration after whole loop exit",
        4 => "range function continued iteration after loop body panic",
        5 => "range function recovered a loop body panic and did not resume panicking",
        _ => "range function continued iteration after loop body exited",
    };
    runtime_error(rt, m, what, site, None)
}

/// The message of a failed bounds check with PCDATA $4 value `v` (Go's
/// `abi.BoundsDecode` layout), reading register operands from `gp`.
pub fn bounds_message(v: i64, gp: &[u64; 16]) -> Option<String> {
    const CODES: i64 = 9;
    if v < 0 {
        return None;
    }
    let code = v % CODES;
    let mut c = v / CODES;
    let x_reg = c & 1 != 0;
    c >>= 1;
    let y_reg = c & 1 != 0;
    c >>= 1;
    let mut signed = false;
    let xv = if x_reg {
        signed = c & 1 != 0;
        c >>= 1;
        let r = c & 0xf;
        c >>= 4;
        gp[r as usize] as i64
    } else {
        let k = c & 0x1f;
        c >>= 5;
        k
    };
    let yv = if y_reg {
        gp[(c & 0xf) as usize] as i64
    } else {
        c & 0x1f
    };
    let x = if signed {
        xv.to_string()
    } else {
        (xv as u64).to_string()
    };
    let y = yv.to_string();
    let neg = signed && xv < 0;
    Some(match (code, neg) {
        (0, false) => format!("index out of range [{x}] with length {y}"),
        (0, true) => format!("index out of range [{x}]"),
        (1, false) => format!("slice bounds out of range [:{x}] with length {y}"),
        (2, false) => format!("slice bounds out of range [:{x}] with capacity {y}"),
        (1 | 2, true) => format!("slice bounds out of range [:{x}]"),
        (3, false) => format!("slice bounds out of range [{x}:{y}]"),
        (3, true) => format!("slice bounds out of range [{x}:]"),
        (4, false) => format!("slice bounds out of range [::{x}] with length {y}"),
        (5, false) => format!("slice bounds out of range [::{x}] with capacity {y}"),
        (4 | 5, true) => format!("slice bounds out of range [::{x}]"),
        (6, false) => format!("slice bounds out of range [:{x}:{y}]"),
        (6, true) => format!("slice bounds out of range [:{x}:]"),
        (7, false) => format!("slice bounds out of range [{x}:{y}:]"),
        (7, true) => format!("slice bounds out of range [{x}::]"),
        (8, false) => format!(
            "cannot convert slice with length {y} to array or pointer to array with length {x}"
        ),
        (8, true) => format!("cannot convert slice with length {x} to array or pointer to array"),
        _ => return None,
    })
}

fn panic_bounds(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let site = call_site(m);
    let v = m.image.panic_bounds.get(&site.idx).copied().unwrap_or(-1);
    let what = bounds_message(v, &m.cpu.gp).unwrap_or_else(|| "index out of range".into());
    runtime_error(rt, m, &what, site, None)
}

/// Turns a guest fault into Go's panic where Go does (the Host hook).
pub fn on_fault(rt: &mut Runtime, m: &mut Machine, fault: Fault) -> Result<Flow, Fault> {
    // In a Go program (compiled code, possibly calling assembly) a fault is
    // a panic wherever it happens, as with Go's signal handler; hand-written
    // assembly run on its own keeps the VM's fault report.
    let go_program = m.func("main.main").is_some_and(|f| f.abi_internal);
    if !go_program && !m.image.func_at(m.cpu.pc).is_some_and(|f| f.abi_internal) {
        return Err(fault);
    }
    let site = CallCtx {
        name: "panic",
        idx: m.cpu.pc,
        bp: m.cpu.gp[BP],
        sp: m.cpu.gp[SP],
        ..Default::default()
    };
    let pc = TEXT_BASE + m.cpu.pc as u64;
    match fault {
        Fault::Unmapped { addr } if addr < 0x1000 => {
            let sig = format!(
                "[signal SIGSEGV: segmentation violation code=0x1 addr={addr:#x} pc={pc:#x}]"
            );
            let what = "invalid memory address or nil pointer dereference";
            runtime_error(rt, m, what, site, Some(sig))
        }
        Fault::DivideError => runtime_error(rt, m, "integer divide by zero", site, None),
        f => Err(f),
    }
}

fn gorecover(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    // Only a deferred function the panic itself called may recover: its
    // frame returns to the exit sentinel and the runtime's innermost call
    // is a panic's.
    let direct = m.mem.read(m.cpu.gp[BP].wrapping_add(8), 8).ok() == Some(TEXT_BASE)
        && rt.panic.ctx.last().is_some_and(|c| c.name == "panic");
    let (mut typ, mut data) = (0, 0);
    if direct
        && let Some(p) = rt.panic.panics.last_mut()
        && !p.recovered
    {
        p.recovered = true;
        (typ, data) = (p.typ, p.data);
    }
    m.cpu.gp[AX] = typ;
    m.cpu.gp[BX] = data;
    Ok(Flow::Return)
}

/// Runs the panic `p`: deferred calls outward from its frame until one
/// recovers (resume there) or none is left (print and exit).
fn start_panic(rt: &mut Runtime, m: &mut Machine, mut p: Panic) -> Result<Flow, Fault> {
    // A runtime error (and `panic(nil)`, Go's PanicNilError) is an error
    // value whose Error() is the message, a `runtime.Error`, from the start:
    // `recover` returns it, and re-panicking it is recognisably the same.
    if p.typ == 0 {
        (p.typ, p.data) = super::iface::error_value(rt, m, &p.msg)?;
    }
    p.start.value = (p.typ, p.data);
    rt.panic.panics.push(p);
    let me = rt.panic.panics.len() - 1;
    loop {
        // Re-read each time: a deferred call may have grown (moved) the
        // stack, which relocates the runtime's records.
        let start = rt.panic.panics[me].start.clone();
        let frames = traceback::walk(m, &rt.panic.ctx, start.idx, start.bp, start.sp);
        let next = frames.iter().find_map(|fr| match fr {
            Frame::Guest { func, bp, .. } => {
                defer::take_next(rt, m, *func, *bp).map(|c| (c, *func, *bp))
            }
            Frame::Runtime(..) => None,
        });
        let Some((closure, func, bp)) = next else {
            return fatal(rt, m, &frames);
        };
        // The deferring frame's place, as a distance from the stack top
        // (what copying the stack keeps).
        let depth = stack_hi(m).wrapping_sub(bp);
        match defer::call_deferred(rt, m, closure, start)? {
            Outcome::Stop(flow) => return Ok(flow),
            Outcome::Returned => {}
        }
        if rt.panic.panics.get(me).is_some_and(|p| p.recovered) {
            let bp = stack_hi(m).wrapping_sub(depth);
            return recover_into(rt, m, func, bp);
        }
    }
}

/// The top of the current goroutine stack.
fn stack_hi(m: &Machine) -> u64 {
    goasm_vm::stack::bounds(m).map_or(0, |(_, hi)| hi)
}

/// Resumes the frame (function `func`, BP `bp`) whose deferred call
/// recovered, at its `deferreturn` call.
fn recover_into(rt: &mut Runtime, m: &mut Machine, func: usize, bp: u64) -> Result<Flow, Fault> {
    let f = &m.image.funcs[func];
    let id = rt.builtin_id("runtime.deferreturn");
    let at = (f.entry..f.end).rev().find(|&i| {
        let x = m.image.code[i as usize];
        x.op == goasm_vm::ir::Op::RtCall && Some(x.imm as u16) == id
    });
    let Some(at) = at else {
        return Err(Fault::BadJump { addr: 0 });
    };
    let sp = bp.wrapping_sub(traceback::locals_size(m, func));
    // The recovered panic and every panic started in frames being unwound.
    rt.panic.panics.pop();
    rt.panic.panics.retain(|p| p.start.sp > sp);
    m.cpu.pc = at;
    m.cpu.gp[SP] = sp;
    m.cpu.gp[BP] = bp;
    Ok(Flow::Resume)
}

/// The `panic: ...` lines of the active panics, oldest first. A panic
/// raised again with the very value of the one before it (`panic(r)` after
/// `r := recover()`) is not printed twice: the earlier line says
/// `[recovered, repanicked]`.
pub fn panic_lines(panics: &[Panic]) -> String {
    let mut s = String::new();
    let same = |a: &Panic, b: &Panic| (a.typ, a.data) == (b.typ, b.data);
    for (i, p) in panics.iter().enumerate() {
        if i > 0 && same(&panics[i - 1], p) {
            continue;
        }
        if i > 0 {
            s.push('\t');
        }
        s.push_str("panic: ");
        s.push_str(&p.msg.replace('\n', "\n\t"));
        let repanicked = panics.get(i + 1).is_some_and(|n| same(p, n));
        if p.recovered && repanicked {
            s.push_str(" [recovered, repanicked]");
        } else if p.recovered {
            s.push_str(" [recovered]");
        }
        s.push('\n');
    }
    if let Some(sig) = panics.iter().rev().find_map(|p| p.signal.as_ref()) {
        s.push_str(sig);
        s.push('\n');
    }
    s
}

/// No deferred call recovered: print and end the program (exit 2).
fn fatal(rt: &mut Runtime, m: &mut Machine, frames: &[Frame]) -> Result<Flow, Fault> {
    let mut s = panic_lines(&rt.panic.panics);
    s.push('\n');
    s.push_str(&traceback::format(m, frames));
    rt.write(s.as_bytes());
    Ok(Flow::Exit(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> CallCtx {
        CallCtx {
            name: "panic",
            ..Default::default()
        }
    }

    /// A panic whose value's words stand for `msg` (equal messages, equal
    /// words: the same value raised again).
    fn p(msg: &str, recovered: bool, signal: Option<&str>) -> Panic {
        let data = msg
            .bytes()
            .fold(0u64, |h, b| h.wrapping_mul(131).wrapping_add(b as u64));
        Panic {
            typ: 1,
            data,
            msg: msg.into(),
            signal: signal.map(String::from),
            recovered,
            start: site(),
        }
    }

    /// Register operands: x in CX (1), y in DX (2), as PCDATA $4 encodes
    /// them (code + 9 * (xIsReg | yIsReg<<1 | signed<<2 | xReg<<3 | yReg<<7)).
    #[test]
    fn bounds_messages_match_go() {
        let mut gp = [0u64; 16];
        gp[1] = 2;
        gp[2] = 2;
        let enc = |code: i64, signed: i64| code + 9 * (1 | 2 | signed << 2 | 1 << 3 | 2 << 7);
        // testdata/expected/panic_index_unrecovered.stderr
        assert_eq!(
            bounds_message(enc(0, 1), &gp).unwrap(),
            "index out of range [2] with length 2"
        );
        gp[1] = 5;
        gp[2] = 3;
        assert_eq!(
            bounds_message(enc(1, 0), &gp).unwrap(),
            "slice bounds out of range [:5] with length 3"
        );
        gp[1] = (-1i64) as u64;
        assert_eq!(
            bounds_message(enc(0, 1), &gp).unwrap(),
            "index out of range [-1]"
        );
        // Constant x (5), register y: xIsReg clear, 5 bits of constant.
        let v = 9 * (2 | 5 << 2 | 2 << 7);
        assert_eq!(
            bounds_message(v, &gp).unwrap(),
            "index out of range [5] with length 3"
        );
        assert_eq!(bounds_message(-1, &gp), None);
    }

    #[test]
    fn panic_chain_prints_like_go() {
        // testdata/expected/panic_in_defer_unrecovered.stderr
        let chain = [
            p("work failed", false, None),
            p("cleanup failed: work", false, None),
        ];
        assert_eq!(
            panic_lines(&chain),
            "panic: work failed\n\tpanic: cleanup failed: work\n"
        );
        // testdata/expected/panic_nil_deref_unrecovered.stderr (up to pc=)
        let sig = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4000a7]";
        let nil = [p(
            "runtime error: invalid memory address or nil pointer dereference",
            false,
            Some(sig),
        )];
        assert!(panic_lines(&nil).starts_with(
            "panic: runtime error: invalid memory address or nil pointer dereference\n\
             [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc="
        ));
        assert_eq!(
            panic_lines(&[p("first", true, None), p("second", false, None)]),
            "panic: first [recovered]\n\tpanic: second\n"
        );
        // testdata/expected/panic_repanic_unrecovered.stderr: `panic(r)` of
        // the recovered value itself prints once.
        let msg = "runtime error: index out of range [3] with length 1";
        assert_eq!(
            panic_lines(&[p(msg, true, None), p(msg, false, None)]),
            format!("panic: {msg} [recovered, repanicked]\n")
        );
    }
}
