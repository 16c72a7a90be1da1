//! The interpreter: a plain `loop { match }` over pre-decoded instructions,
//! one small function per family. It stops with a [`Stop`] for anything the
//! runtime must handle (a builtin call, morestack, the end of the outermost
//! call, a fault, the step limit).

pub mod bits;
pub mod control;
pub mod int;
pub mod shift;
pub mod sse;

use crate::cpu::Cpu;
use crate::ir::{Insn, Op};
use crate::memory::{Fault, Memory};

/// Why the loop stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// Returned to the sentinel: the outermost call is done.
    Exit,
    Fault(Fault),
    /// Call a runtime builtin (`jump` = tail call: return after it;
    /// `abi0`: the caller is ABI0 code, arguments are on the stack).
    Runtime {
        id: u16,
        jump: bool,
        abi0: bool,
    },
    /// The split check failed: grow the stack (`ctxt`: NEEDCTXT).
    Morestack {
        ctxt: bool,
    },
    StepLimit,
}

impl From<Fault> for Stop {
    fn from(f: Fault) -> Stop {
        Stop::Fault(f)
    }
}

pub type Res = Result<(), Stop>;

/// Runs until a stop. On a fault, `cpu.pc` is left at the faulting instruction.
pub fn run(code: &[Insn], c: &mut Cpu, m: &mut Memory, steps: &mut u64, max_steps: u64) -> Stop {
    let n = code.len();
    loop {
        if *steps >= max_steps {
            return Stop::StepLimit;
        }
        let pc = c.pc;
        let Some(&i) = code.get(pc as usize) else {
            return Stop::Fault(Fault::BadJump {
                addr: crate::memory::TEXT_BASE + pc as u64,
            });
        };
        c.pc = pc + 1;
        *steps += 1;
        if let Err(stop) = step(code, n, c, m, i, *steps) {
            if matches!(stop, Stop::Fault(_)) {
                c.pc = pc;
            }
            return stop;
        }
    }
}

#[inline(always)]
pub(crate) fn step(
    _code: &[Insn],
    n: usize,
    c: &mut Cpu,
    m: &mut Memory,
    i: Insn,
    steps: u64,
) -> Res {
    match i.op {
        Op::Mov => int::mov(c, m, i),
        Op::Add | Op::Sub | Op::Adc | Op::Sbb | Op::And | Op::Or | Op::Xor => {
            int::alu(c, m, i, i.op)
        }
        Op::Cmp => int::cmp(c, m, i, false),
        Op::Test => int::cmp(c, m, i, true),
        Op::Jcc => {
            if c.flags.cond(i.x) {
                c.pc = i.imm as u32;
            }
            Ok(())
        }
        Op::Jmp => {
            c.pc = i.imm as u32;
            Ok(())
        }
        Op::Lea => int::lea(c, m, i),
        Op::MovZx => int::movx(c, m, i, false),
        Op::MovSx => int::movx(c, m, i, true),
        Op::Inc | Op::Dec | Op::Neg | Op::Not | Op::Bswap => int::unary(c, m, i, i.op),
        Op::Call => control::call(c, m, i.imm as u32),
        Op::Ret => control::ret(c, m, n),
        Op::Push => control::push(c, m, i),
        Op::Pop => control::pop(c, m, i),
        Op::Nop => Ok(()),
        Op::Exit => {
            c.pc -= 1;
            Err(Stop::Exit)
        }
        Op::Andn => int::andn(c, m, i),
        Op::Imul1 => int::mul(c, m, i, true),
        Op::Mul => int::mul(c, m, i, false),
        Op::Imul2 => int::imul2(c, m, i),
        Op::Mulx => int::mulx(c, m, i),
        Op::Div => int::div(c, m, i, false),
        Op::Idiv => int::div(c, m, i, true),
        Op::SignDx => {
            int::sign(c, i, true);
            Ok(())
        }
        Op::SignAx => {
            int::sign(c, i, false);
            Ok(())
        }
        Op::Shl | Op::Shr | Op::Sar => shift::shift(c, m, i, i.op),
        Op::Rol | Op::Ror | Op::Rcl | Op::Rcr => shift::rotate(c, m, i, i.op),
        Op::Shld => shift::double(c, m, i, true),
        Op::Shrd => shift::double(c, m, i, false),
        Op::Shlx | Op::Shrx | Op::Sarx | Op::Rorx => shift::bmi2(c, m, i, i.op),
        Op::Bt | Op::Bts | Op::Btr | Op::Btc => bits::bt(c, m, i, i.op),
        Op::Bsf | Op::Bsr | Op::Tzcnt | Op::Lzcnt | Op::Popcnt => bits::scan(c, m, i, i.op),
        Op::Setcc => int::setcc(c, m, i),
        Op::Cmovcc => int::cmovcc(c, m, i),
        Op::JmpInd => {
            let a = c.get(m, i.a, 8, i.imm)?;
            c.pc = control::target(a, n)?;
            Ok(())
        }
        Op::CallInd => {
            let a = c.get(m, i.a, 8, i.imm)?;
            let to = control::target(a, n)?;
            control::call(c, m, to)
        }
        Op::RtCall => Err(Stop::Runtime {
            id: i.imm as u16,
            jump: false,
            abi0: i.y == 1,
        }),
        Op::RtJmp => Err(Stop::Runtime {
            id: i.imm as u16,
            jump: true,
            abi0: i.y == 1,
        }),
        Op::Pushf => {
            let f = control::rflags(c);
            c.push(m, f)?;
            Ok(())
        }
        Op::Popf => control::popf(c, m),
        Op::Xchg => int::xchg(c, m, i),
        Op::Xadd => int::xadd(c, m, i),
        Op::Cmpxchg => int::cmpxchg(c, m, i),
        Op::Cpuid => {
            control::cpuid(c);
            Ok(())
        }
        Op::Rdtsc => {
            control::rdtsc(c, steps);
            Ok(())
        }
        Op::Clc | Op::Stc | Op::Cmc => {
            control::carry_op(c, i.op);
            Ok(())
        }
        Op::SplitCheck => control::split_check(c, m, i),
        Op::Morestack => Err(Stop::Morestack { ctxt: i.x == 1 }),
        Op::Sse => sse::exec(c, m, i),
    }
}
