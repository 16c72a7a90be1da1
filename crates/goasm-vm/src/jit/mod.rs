//! The block compiler: guest basic blocks translated once, at load time,
//! into host x86-64 code (on x86-64 Unix hosts; elsewhere the interpreter
//! runs everything).
//!
//! Why it is faithful: the guest ISA is the host ISA, so an ADD, CMP or
//! SETcc of the guest runs as the same host instruction on the same
//! values, and its result and every status flag are the real CPU's (the
//! oracle the interpreter is tested against). What stays in Rust's hands:
//!
//! - **Guest state lives where the interpreter keeps it**: guest registers
//!   are read and written in `Cpu::gp` through a base register, so leaving
//!   compiled code at any instruction hands the interpreter an exact state.
//! - **Every memory access is checked** against the guest regions: the
//!   current goroutine stack inline, every other region through a Rust
//!   helper. When an access would fault, compiled code leaves *before* the
//!   instruction has any effect and the interpreter runs it, so faults,
//!   their pc and the runtime's view of them are the interpreter's.
//! - **Anything not compiled** (runtime calls, division, string ops, SSE
//!   forms not listed here, ...) ends the block: compiled code leaves with
//!   the pc of that instruction and the interpreter runs it.
//! - **Steps are counted exactly**: a block takes its length from a budget
//!   on entry (and leaves untouched when the budget is short), an early
//!   exit gives back the instructions it did not run, so `--max-steps`,
//!   `--stats` and preemption see the interpreter's counts.
//! - **Flags** are the host's own RFLAGS while compiled code runs; they are
//!   handed over in both directions on entry and exit, and saved around
//!   the compiler's own bookkeeping where flag liveness says the guest
//!   still needs them.

#![allow(unsafe_code)]

mod buffer;
mod emit;
#[cfg(test)]
mod tests;
pub mod x64;

use crate::cpu::{Cpu, SP};
use crate::flags::STATUS;
use crate::ir::Insn;
use crate::memory::Memory;
use buffer::ExecBuf;

/// The state compiled code reads and writes besides the CPU (offsets are
/// fixed by `repr(C)`; the code addresses fields with `offset_of!`).
#[repr(C)]
#[derive(Default)]
pub struct Ctx {
    /// The goroutine stack region: guest base, host address of its first
    /// byte, and for access sizes 1, 2, 4, 8, 16 the first offset that no
    /// longer fits (0 when there is no stack region).
    stack_lo: u64,
    stack_ptr: u64,
    stack_end: [u64; 5],
    steps_left: u64,
    rflags: u64,
    exit_pc: u64,
    saved_flags: u64,
    tmp: u64,
    table: u64,
    ncode: u64,
    mem: u64,
    /// The last non-stack regions the helper found, most recent first
    /// (checked inline by compiled code, so a program that alternates
    /// between heap and read-only data never calls Rust for it).
    other: [Slot; OTHER_SLOTS],
    /// The memory generation the region slots above were filled under
    /// (0: never), and the stack region's size.
    generation: u64,
    stack_len: u64,
    /// Steps run by compiled code so far (kept by the run loop).
    pub compiled_steps: u64,
}

/// How many non-stack regions compiled code checks inline.
pub const OTHER_SLOTS: usize = 3;

/// A region compiled code may access without calling Rust: an access of
/// `SIZES[k]` bytes at guest address `a` hits when `a - lo < read_end[k]`
/// (or `write_end[k]` for a store); the host address is then `ptr + (a -
/// lo)`. An empty slot has every end 0, so nothing hits it.
#[repr(C)]
#[derive(Default, Clone, Copy)]
pub struct Slot {
    lo: u64,
    ptr: u64,
    read_end: [u64; 5],
    write_end: [u64; 5],
}

/// Access sizes by class (the index of `Slot::read_end` and `Ctx::stack_end`).
pub const SIZES: [u64; 5] = [1, 2, 4, 8, 16];

impl Slot {
    /// The first offset at which a `size`-byte access no longer fits in
    /// `len` bytes, for each size class (0 when the access is not allowed).
    fn ends(len: u64, allowed: bool) -> [u64; 5] {
        SIZES.map(|size| {
            if allowed {
                (len + 1).saturating_sub(size)
            } else {
                0
            }
        })
    }
}

/// Compiled code for a program.
pub struct Jit {
    buf: ExecBuf,
    /// Host address of each block's entry by instruction index (0: none).
    table: Vec<u64>,
    /// Blocks compiled and instructions they cover (for `--stats`).
    pub blocks: usize,
    pub covered: usize,
}

impl std::fmt::Debug for Jit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Jit({} blocks, {:?})", self.blocks, self.buf)
    }
}

type Trampoline = unsafe extern "sysv64" fn(cpu: *mut Cpu, ctx: *mut Ctx, entry: u64);

impl Jit {
    /// Compiles `code` (the generic IR). `live_in[idx]`: the status flags
    /// may be read after reaching `idx`; `entries`: where control may
    /// arrive from outside a block (function entries). `None` when no
    /// executable memory can be had or the code is too large for rel32
    /// jumps: the interpreter then runs everything.
    pub fn compile(code: &[Insn], live_in: &[bool], entries: &[u32]) -> Option<Jit> {
        let out = emit::compile(code, live_in, entries);
        // Jumps inside the code are rel32: a program too large for them
        // (tens of millions of instructions) runs interpreted.
        if out.code.len() > i32::MAX as usize {
            return None;
        }
        let buf = ExecBuf::new(&out.code)?;
        let mut table = vec![0u64; code.len()];
        for (idx, off) in out.entries {
            table[idx as usize] = buf.at(off);
        }
        Some(Jit {
            buf,
            table,
            blocks: out.blocks,
            covered: out.covered,
        })
    }

    /// Is there compiled code starting at `pc`?
    #[inline(always)]
    pub fn has(&self, pc: u32) -> bool {
        self.table.get(pc as usize).is_some_and(|&a| a != 0)
    }

    /// Runs compiled code from `c.pc` (which [`Jit::has`]) until it leaves:
    /// `c.pc` is then the next instruction for the interpreter. Returns the
    /// new step count; it equals `steps` when the first block did not fit
    /// in `max_steps`. `ctx` is kept by the caller from one entry to the
    /// next, so the regions it found stay found.
    pub fn enter(
        &self,
        ctx: &mut Ctx,
        c: &mut Cpu,
        m: &mut Memory,
        steps: u64,
        max_steps: u64,
    ) -> u64 {
        let entry = self.table[c.pc as usize];
        ctx.steps_left = max_steps - steps;
        ctx.rflags = (c.flags.get() & STATUS) | 2;
        ctx.exit_pc = c.pc as u64;
        ctx.table = self.table.as_ptr() as u64;
        ctx.ncode = self.table.len() as u64;
        if ctx.generation != m.generation() {
            // Regions may have moved: forget both slots.
            ctx.generation = m.generation();
            ctx.stack_len = 0;
            ctx.stack_end = [0; 5];
            ctx.other = [Slot::default(); OTHER_SLOTS];
        }
        // The stack slot holds the region around SP (the slot below SP,
        // where a push writes, or SP itself): keep it while SP stays in it.
        let sp = c.gp[SP];
        if sp.wrapping_sub(8).wrapping_sub(ctx.stack_lo) >= ctx.stack_len {
            ctx.stack_len = 0;
            ctx.stack_end = [0; 5];
            if let Some(r) = m
                .raw_region(sp.wrapping_sub(8), 8)
                .or_else(|| m.raw_region(sp, 1))
                && r.writable
            {
                ctx.stack_lo = r.base;
                ctx.stack_ptr = r.ptr as u64;
                ctx.stack_len = r.len;
                ctx.stack_end = Slot::ends(r.len, true);
            }
        }
        ctx.mem = m as *mut Memory as u64;
        // SAFETY: offset 0 of the buffer is the trampoline `emit` writes
        // (System V: three pointer arguments, callee-saved registers
        // restored). The compiled code touches only `*c` (through the
        // offsets of `Cpu`'s fields), `ctx`, the table, and guest memory
        // through host pointers the region checks produced from `m`'s
        // regions, which nothing resizes while the code runs (only the
        // runtime maps or grows regions, and it runs outside).
        unsafe {
            let tramp: Trampoline = std::mem::transmute(self.buf.at(0) as *const u8);
            tramp(c as *mut Cpu, ctx, entry);
        }
        c.pc = ctx.exit_pc as u32;
        c.flags.set_raw(ctx.rflags);
        max_steps - ctx.steps_left
    }
}

// SAFETY: the buffer is immutable after `compile`; running it needs `&mut`
// access to a CPU and memory, which the caller provides.
unsafe impl Send for Jit {}
unsafe impl Sync for Jit {}

/// The slow half of a memory access, called when no slot holds it:
/// `addr` of `info & 0xff` bytes, a write when `info >> 8` is 1. Returns
/// the host address, or 0 when the access would fault (compiled code then
/// leaves, and the interpreter runs the instruction and reports the fault).
extern "sysv64" fn mem_slow(ctx: *mut Ctx, addr: u64, info: u64) -> u64 {
    // SAFETY: compiled code passes the `Ctx` that `enter` made, whose
    // `mem` is the `&mut Memory` lent to `enter` for this run.
    let ctx = unsafe { &mut *ctx };
    let size = info & 0xff;
    let write = info >> 8 != 0;
    // SAFETY: as above.
    let m = unsafe { &mut *(ctx.mem as *mut Memory) };
    let Some(r) = m.raw_region(addr, size) else {
        return 0;
    };
    if !(if write { r.writable } else { r.readable }) {
        return 0;
    }
    // The new region goes first; the least recent one is forgotten.
    ctx.other.copy_within(0..OTHER_SLOTS - 1, 1);
    ctx.other[0] = Slot {
        lo: r.base,
        ptr: r.ptr as u64,
        read_end: Slot::ends(r.len, r.readable),
        write_end: Slot::ends(r.len, r.writable),
    };
    r.ptr as u64 + (addr - r.base)
}
