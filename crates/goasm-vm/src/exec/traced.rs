//! The traced interpreter loop: [`crate::exec::run`] with a [`Tracer`]
//! looking at every instruction. Kept apart so the fast loop has no tracing
//! branch at all; both execute instructions through the same `step`.

use crate::cpu::Cpu;
use crate::exec::{Stop, step};
use crate::image::Image;
use crate::memory::{Fault, Memory, TEXT_BASE};
use crate::trace::{Tracer, Verdict, View};

/// Runs until a stop, like [`crate::exec::run`], showing each instruction to
/// `tracer`. A [`Verdict::Halt`] stops before the instruction with
/// [`Stop::StepLimit`].
pub fn run(
    image: &Image,
    c: &mut Cpu,
    m: &mut Memory,
    steps: &mut u64,
    max_steps: u64,
    tracer: &mut dyn Tracer,
) -> Stop {
    // The generic code (not `image.fast`): one source instruction per step,
    // so the tracer sees each compare and each branch on its own.
    let code = &image.code;
    let wants_after = tracer.wants_after();
    loop {
        if *steps >= max_steps {
            return Stop::StepLimit;
        }
        let pc = c.pc;
        let Some(&i) = code.get(pc as usize) else {
            return Stop::Fault(Fault::BadJump {
                addr: TEXT_BASE + pc as u64,
            });
        };
        let view = View {
            image,
            cpu: c,
            mem: m,
            steps: *steps,
        };
        if tracer.before(&view, pc, i) == Verdict::Halt {
            return Stop::StepLimit;
        }
        let saved = wants_after.then(|| c.clone());
        c.pc = pc + 1;
        *steps += 1;
        if let Err(stop) = step(code, c, m, &i, steps) {
            if matches!(stop, Stop::Fault(_)) {
                c.pc = pc;
            }
            return stop;
        }
        if let Some(saved) = saved {
            let view = View {
                image,
                cpu: c,
                mem: m,
                steps: *steps,
            };
            tracer.after(&view, pc, i, &saved);
        }
    }
}
