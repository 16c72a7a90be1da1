//! Stack growth: the prologue of a compiled function whose frame does not
//! fit calls `runtime.morestack_noctxt` (or `morestack` for closures,
//! keeping DX) and then jumps back to its start; hand-written functions get
//! the same check from the VM ([`goasm_vm::Host::morestack`]). The VM copies
//! the stack and adjusts the pointers the frames hold
//! ([`goasm_vm::stack::grow`]); the runtime adjusts the stack addresses it
//! keeps itself (active panics, the frames of the guest calls it is making,
//! `deferproc` records) and, past the limit, ends the program the way Go
//! does: `runtime: goroutine stack exceeds N-byte limit`, `fatal error:
//! stack overflow`, the runtime and goroutine tracebacks, exit 2.

use crate::Runtime;
use crate::builtins::BuiltinFn;
use crate::builtins::runtime_lines as lines;
use crate::builtins::traceback;
use goasm_vm::memory::{Fault, TEXT_BASE};
use goasm_vm::stack::{Growth, Moved};
use goasm_vm::{Flow, Machine};
use std::collections::HashMap;

pub const BUILTINS: &[(&str, &str, BuiltinFn)] = &[
    ("runtime.morestack_noctxt", "func()", |rt, m| {
        morestack(rt, m, false)
    }),
    ("runtime.morestack", "func()", |rt, m| {
        morestack(rt, m, true)
    }),
];

/// Grows the stack (`ctxt`: DX holds a closure context to keep).
pub fn morestack(rt: &mut Runtime, m: &mut Machine, ctxt: bool) -> Result<Flow, Fault> {
    match goasm_vm::stack::grow(m, ctxt)? {
        Growth::Moved(mv) => {
            adjust_runtime(rt, &mv);
            rt.stack_moves.push(mv);
            Ok(Flow::Return)
        }
        Growth::Overflow { sp, lo, hi } => {
            let out = overflow_report(m, sp, lo, hi);
            rt.write(out.as_bytes());
            Ok(Flow::Exit(2))
        }
        Growth::MissingStackmap {
            func,
            sp,
            size,
            entry_sp,
        } => {
            let out = missing_stackmap_report(m, func, sp, size, entry_sp);
            rt.write(out.as_bytes());
            Ok(Flow::Exit(2))
        }
    }
}

/// How many stack copies there have been (a mark for [`relocate`]).
pub fn moves(rt: &Runtime) -> usize {
    rt.stack_moves.len()
}

/// Where the stack address `addr`, taken when [`moves`] said `since`, is
/// now (a builtin that keeps a frame's address across a guest call, which
/// may grow the stack).
pub fn relocate(rt: &Runtime, addr: u64, since: usize) -> u64 {
    rt.stack_moves
        .get(since..)
        .unwrap_or(&[])
        .iter()
        .fold(addr, |a, mv| mv.adjust(a))
}

/// The stack addresses the runtime holds, moved with the stack.
fn adjust_runtime(rt: &mut Runtime, mv: &Moved) {
    let st = &mut rt.panic;
    for c in st
        .ctx
        .iter_mut()
        .chain(st.panics.iter_mut().map(|p| &mut p.start))
    {
        c.bp = mv.adjust(c.bp);
        c.sp = mv.adjust(c.sp);
    }
    for d in &mut st.defers {
        d.bp = mv.adjust(d.bp);
        // deferprocStack closures may live in the deferring frame.
        d.closure = mv.adjust(d.closure);
    }
}

/// Go's output for a stack that would exceed the limit (runtime/stack.go's
/// newstack, then throw's tracebacks at level 2: with frame addresses, and
/// the runtime's own frames shown). Addresses are goasm's; the runtime
/// frames' lines are the toolchain's ([`lines`]), their offsets and
/// addresses zero.
pub fn overflow_report(m: &Machine, sp: u64, lo: u64, hi: u64) -> String {
    let head = format!(
        "runtime: goroutine stack exceeds {}-byte limit\n\
         runtime: sp={sp:#x} stack=[{lo:#x}, {hi:#x}]\n\
         fatal error: stack overflow\n",
        m.max_stack
    );
    let runtime = [
        ("runtime.throw({0x0?, 0x0?})", "panic.go", lines::THROW),
        ("runtime.newstack()", "stack.go", lines::NEWSTACK_OVERFLOW),
        (
            "runtime.morestack()",
            "asm_amd64.s",
            lines::MORESTACK_NEWSTACK,
        ),
    ];
    fatal_report(m, &head, &runtime, "running", sp)
}

/// Go's output when a stack copy meets a frame with locals but no locals
/// pointer map (runtime/stkframe.go's getStackMap, called by adjustframe
/// while copystack walks the old stack): the frame's function, SP and
/// locals size, `fatal error: missing stackmap`, and the tracebacks of a
/// throw with the goroutine in its `copystack` state.
pub fn missing_stackmap_report(
    m: &Machine,
    func: usize,
    sp: u64,
    size: u64,
    entry_sp: u64,
) -> String {
    let name = m.image.funcs.get(func).map_or("?", |f| f.name.as_str());
    let head = format!(
        "runtime: frame {name} untyped locals {sp:#x}+{size:#x}\n\
         fatal error: missing stackmap\n"
    );
    let runtime = [
        ("runtime.throw({0x0?, 0x0?})", "panic.go", lines::THROW),
        (
            "runtime.(*stkframe).getStackMap(0x0, 0x0?)",
            "stkframe.go",
            lines::GETSTACKMAP_LOCALS,
        ),
        (
            "runtime.adjustframe(0x0, 0x0)",
            "stack.go",
            lines::ADJUSTFRAME_MAPS,
        ),
        (
            "runtime.copystack(0x0, 0x0?)",
            "stack.go",
            lines::COPYSTACK_ADJUST,
        ),
        ("runtime.newstack()", "stack.go", lines::NEWSTACK_COPY),
        (
            "runtime.morestack()",
            "asm_amd64.s",
            lines::MORESTACK_NEWSTACK,
        ),
    ];
    fatal_report(m, &head, &runtime, "copystack", entry_sp)
}

/// A fatal error raised on the system stack while the goroutine grew its
/// stack: `head` (the `runtime:` and `fatal error:` lines), the `runtime
/// stack:` frames (name, file under runtime/, line), then goroutine 1 in
/// `status` from the function that asked for more stack (its SP at the
/// morestack call `sp`) down to main.main and the runtime frames below it.
fn fatal_report(
    m: &Machine,
    head: &str,
    runtime: &[(&str, &str, u32)],
    status: &str,
    sp: u64,
) -> String {
    let mut s = format!("{head}\nruntime stack:\n");
    for (name, file, line) in runtime {
        s.push_str(&format!(
            "{name}\n\truntime/{file}:{line} +0x0 fp=0x0 sp=0x0 pc=0x0\n"
        ));
    }
    s.push_str(&format!(
        "\ngoroutine 1 gp={:#x} m=0 mp=0x0 [{status}]:\n",
        m.cpu.g
    ));
    // Logical frames (inlined calls expanded), innermost first; a deep
    // recursion repeats a few call sites, whose lines are made once.
    let mut memo: HashMap<u32, Vec<String>> = HashMap::new();
    let mut out = traceback::Elided::default();
    for f in Frames::new(m, sp + 8) {
        let lines = memo
            .entry(f.idx)
            .or_insert_with(|| traceback::frame_lines(m, f.func, f.idx));
        for l in lines.iter() {
            // Level-2 tracebacks give each physical frame's addresses.
            out.push(match l.strip_suffix('\n') {
                Some(l) if l.contains(" +0x") => {
                    format!("{l} fp={:#x} sp={:#x} pc={:#x}\n", f.fp, f.sp, f.pc)
                }
                _ => l.clone(),
            });
        }
    }
    // Below main.main, the runtime's frames that started it.
    out.push(format!(
        "runtime.main()\n\truntime/proc.go:{} +0x0 fp=0x0 sp=0x0 pc=0x0\n",
        lines::MAIN_CALL
    ));
    out.push(format!(
        "runtime.goexit({{}})\n\truntime/asm_amd64.s:{} +0x0 fp=0x0 sp=0x0 pc=0x0\n",
        lines::GOEXIT_NOP
    ));
    s.push_str(&out.finish());
    s
}

/// One physical guest frame for the report.
struct PhysFrame {
    func: usize,
    idx: u32,
    sp: u64,
    fp: u64,
    pc: u64,
}

/// The frames from the function that asked for more stack (SP `entry_sp`
/// at its entry, its morestack call just before `cpu.pc`) outwards, by the
/// saved-BP chain that compiled code keeps.
struct Frames<'m> {
    m: &'m Machine,
    next: Option<PhysFrame>,
    /// Where the next frame's return address is, and the BP it saved.
    ret_at: u64,
    bp: u64,
    last_func: usize,
}

impl<'m> Frames<'m> {
    fn new(m: &'m Machine, entry_sp: u64) -> Frames<'m> {
        let at = m.cpu.pc.saturating_sub(1);
        let func = m
            .image
            .funcs
            .iter()
            .position(|f| at >= f.entry && at < f.end);
        Frames {
            m,
            next: func.map(|func| PhysFrame {
                func,
                idx: at,
                sp: entry_sp,
                fp: entry_sp + 8,
                pc: TEXT_BASE + at as u64,
            }),
            ret_at: entry_sp,
            bp: m.cpu.gp[goasm_vm::cpu::BP],
            last_func: func.unwrap_or(0),
        }
    }
}

impl Iterator for Frames<'_> {
    type Item = PhysFrame;

    fn next(&mut self) -> Option<PhysFrame> {
        let cur = self.next.take()?;
        let m = self.m;
        let ret = m.mem.read(self.ret_at, 8).unwrap_or(0);
        let idx = ret
            .checked_sub(TEXT_BASE + 1)
            .and_then(|i| u32::try_from(i).ok());
        let sp = self.ret_at.wrapping_add(8);
        if let Some(idx) = idx
            && self.bp >= sp
        {
            let last = &m.image.funcs[self.last_func];
            let func = if last.entry <= idx && idx < last.end {
                Some(self.last_func)
            } else {
                m.image
                    .funcs
                    .iter()
                    .position(|f| idx >= f.entry && idx < f.end)
            };
            if let Some(func) = func {
                self.last_func = func;
                // The caller's frame: its BP is `bp`, its return address above it.
                self.next = Some(PhysFrame {
                    func,
                    idx,
                    sp,
                    fp: self.bp.wrapping_add(16),
                    pc: ret,
                });
                self.ret_at = self.bp.wrapping_add(8);
                self.bp = m.mem.read(self.bp, 8).unwrap_or(0);
            }
        }
        Some(cur)
    }
}
