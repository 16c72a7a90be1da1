//! The run loop with the block compiler: compiled code runs wherever a
//! block starts, the interpreter runs everything else (the instructions
//! the compiler leaves out, and the rest of a block whose budget did not
//! fit), one instruction at a time exactly as [`super::run`] does.

use super::{Stop, step};
use crate::cpu::Cpu;
use crate::ir::Insn;
use crate::jit::{Ctx, Jit};
use crate::memory::{Fault, Memory};

/// Like [`super::run`], with `jit` compiled from the generic form of
/// `code` (the same indices).
pub fn run(
    code: &[Insn],
    jit: &Jit,
    ctx: &mut Ctx,
    c: &mut Cpu,
    m: &mut Memory,
    steps: &mut u64,
    max_steps: u64,
) -> Stop {
    let mut n = *steps;
    let stop = loop {
        if n >= max_steps {
            break Stop::StepLimit;
        }
        if jit.has(c.pc) {
            let before = n;
            n = jit.enter(ctx, c, m, n, max_steps);
            if n != before {
                ctx.compiled_steps += n - before;
                continue;
            }
            // The block did not fit in the budget (or its first
            // instruction would fault): the interpreter takes it.
        }
        let pc = c.pc;
        let Some(i) = code.get(pc as usize) else {
            break Stop::Fault(Fault::BadJump {
                addr: crate::memory::TEXT_BASE + pc as u64,
            });
        };
        c.pc = pc + 1;
        n += 1;
        if let Err(stop) = step(code, c, m, i, &mut n) {
            if matches!(stop, Stop::Fault(_)) {
                c.pc = pc;
            }
            break stop;
        }
    };
    *steps = n;
    stop
}
