//! defer: the records `deferproc` makes, open-coded defers, and
//! `deferreturn`, which runs a frame's pending deferred calls.
//!
//! Open-coded defers (cmd/compile's ssagen): the function keeps a
//! deferBits byte and one closure slot per defer in its frame and runs the
//! defers inline at each return. Its `FUNCDATA $4` rodata holds two
//! uvarints: the offsets below the frame's varp (its BP) of the deferBits
//! byte and of the slots; slot i (bit i) is at slots + 8*i. When a panic
//! passes the frame the runtime runs the pending ones, highest bit first,
//! clearing each bit before the call.
//!
//! Range-over-func loops (runtime/panic.go, `deferrangefunc`): a `defer` in
//! the loop body belongs to the function containing the loop, but the body
//! is a separate closure. The enclosing function calls `deferrangefunc`,
//! which adds a marker record to its frame and returns a token (an `any`);
//! the body's `defer` calls `deferprocat(fn, token)`, which files `fn`
//! under that marker. The enclosing frame's defers then run in Go's order:
//! anything deferred after the loop first, then the loop's defers newest
//! first, then what came before the loop. Once the marker has been
//! consumed, a `deferprocat` for it is Go's fatal "defer after range func
//! returned".

use super::panic::{self, Outcome};
use crate::Runtime;
use goasm_vm::cpu::{AX, BP, BX, CX, DX};
use goasm_vm::memory::Fault;
use goasm_vm::{Flow, Machine};

/// A `deferproc` record: the closure and the deferring frame's BP.
#[derive(Clone, Debug)]
pub struct DeferRec {
    pub bp: u64,
    /// The deferred closure; 0 for a range-over-func marker.
    pub closure: u64,
    /// The range-over-func token this record belongs to (the marker's own,
    /// or the one `deferprocat` was given); 0 for an ordinary defer.
    pub range_token: u64,
}

pub const BUILTINS: &[(&str, &str, super::BuiltinFn)] = &[
    ("runtime.deferproc", "func(fn uintptr)", deferproc),
    ("runtime.deferprocStack", "func(d uintptr)", deferproc_stack),
    ("runtime.deferreturn", "func()", deferreturn),
    ("runtime.deferrangefunc", "func() any", deferrangefunc),
    (
        "runtime.deferprocat",
        "func(fn uintptr, frame any)",
        deferprocat,
    ),
];

/// `deferproc(fn *funcval)`: remember the closure for the caller's frame.
fn deferproc(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let closure = m.cpu.gp[AX];
    rt.panic.defers.push(DeferRec {
        bp: m.cpu.gp[BP],
        closure,
        range_token: 0,
    });
    m.cpu.gp[AX] = 0;
    Ok(Flow::Return)
}

/// `_defer.fn`'s offset (runtime2.go: heap, rangefunc bool; sp, pc; fn).
const DEFER_FN: u64 = 24;

/// `deferprocStack(d *_defer)`: like deferproc, with the closure in a
/// `_defer` record the compiler built in the caller's frame (the closure
/// itself may live there too; stack growth relocates it).
fn deferproc_stack(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let closure = m.mem.read(m.cpu.gp[AX] + DEFER_FN, 8)?;
    rt.panic.defers.push(DeferRec {
        bp: m.cpu.gp[BP],
        closure,
        range_token: 0,
    });
    Ok(Flow::Return)
}

/// `deferrangefunc() any`: a marker record in the caller's frame, and its
/// token. The token's data word is a fresh heap cell (its address is the
/// identity), its type word a pointer type the runtime makes; compiled code
/// only hands the pair back to `deferprocat`.
fn deferrangefunc(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let token = m.alloc(8)?;
    if rt.panic.range_token_type == 0 {
        rt.panic.range_token_type = crate::types::make_runtime_type(
            m,
            "*runtime.rangeDeferHead",
            crate::types::Kind::Pointer,
            8,
            8,
        )?;
    }
    rt.panic.defers.push(DeferRec {
        bp: m.cpu.gp[BP],
        closure: 0,
        range_token: token,
    });
    m.cpu.gp[AX] = rt.panic.range_token_type;
    m.cpu.gp[BX] = token;
    Ok(Flow::Return)
}

/// `deferprocat(fn func(), frame any)`: defer `fn` in the frame that made
/// the token, newest of that loop's defers.
fn deferprocat(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (closure, token) = (m.cpu.gp[AX], m.cpu.gp[CX]);
    let newest = rt
        .panic
        .defers
        .iter()
        .enumerate()
        .rfind(|(_, d)| token != 0 && d.range_token == token);
    let Some((last, bp)) = newest.map(|(i, d)| (i, d.bp)) else {
        rt.write(b"fatal error: defer after range func returned\n");
        return Ok(Flow::Exit(2));
    };
    rt.panic.defers.insert(
        last + 1,
        DeferRec {
            bp,
            closure,
            range_token: token,
        },
    );
    Ok(Flow::Return)
}

/// Reads a uvarint at `at`; returns the value and the next address.
fn uvarint(m: &Machine, mut at: u64) -> Result<(u64, u64), Fault> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = m.mem.read(at, 1)?;
        at += 1;
        v |= (b & 0x7f) << shift;
        if b & 0x80 == 0 {
            break;
        }
    }
    Ok((v, at))
}

/// Takes the next pending deferred call of the frame of function `func`
/// with base `bp` (clearing its bit or dropping its record): the closure.
pub fn take_next(rt: &mut Runtime, m: &mut Machine, func: usize, bp: u64) -> Option<u64> {
    if bp == 0 {
        return None;
    }
    // The frame's newest record; a range-over-func marker whose loop
    // defers have all run is dropped on the way.
    while let Some(pos) = rt.panic.defers.iter().rposition(|d| d.bp == bp) {
        let d = rt.panic.defers.remove(pos);
        if d.closure != 0 {
            return Some(d.closure);
        }
    }
    let f = m.image.funcs.get(func)?;
    let sym = m.image.open_defer_of(f)?;
    let addr = m.image.data.iter().find(|d| d.name == sym)?.addr;
    let (bits_off, next) = uvarint(m, addr).ok()?;
    let (slots_off, _) = uvarint(m, next).ok()?;
    let bits_at = bp.wrapping_sub(bits_off);
    let bits = m.mem.read(bits_at, 1).ok()? as u8;
    if bits == 0 {
        return None;
    }
    let i = 7 - bits.leading_zeros() as u64;
    m.mem.write(bits_at, 1, (bits & !(1 << i)) as u64).ok()?;
    m.mem.read(bp.wrapping_sub(slots_off) + 8 * i, 8).ok()
}

/// Calls the deferred closure `closure` (code pointer at +0, context in DX)
/// on behalf of the runtime frame `name`, called from instruction `idx`.
pub fn call_deferred(
    rt: &mut Runtime,
    m: &mut Machine,
    closure: u64,
    ctx: super::traceback::CallCtx,
) -> Result<Outcome, Fault> {
    let code = m.mem.read(closure, 8)?;
    m.cpu.gp[DX] = closure;
    rt.panic.ctx.push(ctx);
    let r = m.call_guest(rt, code);
    rt.panic.ctx.pop();
    panic::outcome(r)
}

/// `deferreturn()`: run the caller's pending deferred calls, then return
/// to it (it returns itself right after).
fn deferreturn(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let idx = m.cpu.pc.saturating_sub(1);
    let Some(func) = m
        .image
        .funcs
        .iter()
        .position(|f| idx >= f.entry && idx < f.end)
    else {
        return Ok(Flow::Return);
    };
    // BP and SP are read again after each call: a deferred call may have
    // moved the stack (the registers move with it).
    loop {
        let (bp, sp) = (m.cpu.gp[BP], m.cpu.gp[goasm_vm::cpu::SP]);
        let Some(closure) = take_next(rt, m, func, bp) else {
            break;
        };
        let ctx = super::traceback::CallCtx {
            name: "runtime.deferreturn",
            idx,
            bp,
            sp,
            ..Default::default()
        };
        match call_deferred(rt, m, closure, ctx)? {
            Outcome::Returned => {}
            Outcome::Stop(flow) => return Ok(flow),
        }
    }
    Ok(Flow::Return)
}
