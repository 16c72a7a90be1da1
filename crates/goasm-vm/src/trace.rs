//! Tracing hooks. The fast interpreter loop (`exec::run`) knows nothing of
//! tracing; when a [`Tracer`] is installed on the [`crate::Machine`], the
//! machine runs the separate loop in `exec/traced.rs` instead, which shows
//! every instruction to the tracer before it executes (and, when asked,
//! again after it executed) and runs it through the same per-instruction
//! `step` function. So tracing costs nothing when it is off: the only test
//! is one branch per stop of the loop (a runtime call, morestack, the end),
//! never per instruction.
//!
//! A tracer sees guest state only (registers, memory, the linked image). It
//! learns about runtime builtins and stack growth from the instruction that
//! stops the loop (`RtCall`, `RtJmp`, `Morestack`) and sees their effect at
//! the next instruction it is shown.

use crate::cpu::Cpu;
use crate::image::Image;
use crate::ir::Insn;
use crate::memory::Memory;

/// What a tracer may look at.
pub struct View<'a> {
    pub image: &'a Image,
    pub cpu: &'a Cpu,
    pub mem: &'a Memory,
    /// Instructions executed so far.
    pub steps: u64,
}

/// What the traced loop does after showing an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Execute it and go on.
    Continue,
    /// Stop the run before executing it (a breakpoint, an output limit). The
    /// run ends as if `--max-steps` ran out; the tracer knows why.
    Halt,
}

/// An observer of a run. `Any` so the owner can take it back after the run
/// ([`crate::Machine::take_tracer`]) and downcast it to read what it saw.
pub trait Tracer: std::any::Any {
    /// Called before the instruction at `pc` executes (`cpu.pc` is `pc`).
    fn before(&mut self, v: &View<'_>, pc: u32, insn: Insn) -> Verdict;

    /// Whether [`Tracer::after`] should be called (it costs a copy of the
    /// CPU state per instruction).
    fn wants_after(&self) -> bool {
        false
    }

    /// Called after the instruction at `pc` executed without stopping the
    /// loop; `before` is the CPU as it was.
    fn after(&mut self, _v: &View<'_>, _pc: u32, _insn: Insn, _before: &Cpu) {}
}
