//! The interpreter: a plain `loop { match }` over pre-decoded instructions,
//! one small function per family. It stops with a [`Stop`] for anything the
//! runtime must handle (a builtin call, morestack, the end of the outermost
//! call, a fault, the step limit).

pub mod bits;
pub mod control;
pub mod fast;
pub mod fused;
pub mod int;
#[cfg(all(target_arch = "x86_64", unix))]
pub mod mixed;
pub mod shift;
pub mod sse;
pub mod sse_fast;
pub mod string;

use crate::cpu::{Cpu, sext};
use crate::flags::{cond_logic, cond_sub};
use crate::ir::{Insn, Loc, Op};
use crate::memory::{Fault, Memory};
use fast::Alu;

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
///
/// `code` is the executable form (`Image::fast`, see `lower::fast`); the
/// generic `Image::code` runs too, only slower. `steps` counts guest
/// instructions (a fused compare-and-branch counts as the two it is); the
/// limit is checked before every step, so a run stops at most one step
/// (a superinstruction counts as up to three) past `max_steps`.
pub fn run(code: &[Insn], c: &mut Cpu, m: &mut Memory, steps: &mut u64, max_steps: u64) -> Stop {
    let mut n = *steps;
    let stop = loop {
        if n >= max_steps {
            break Stop::StepLimit;
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

/// The condition code and target of the `Jcc` at `pc` (the second half
/// of a fused compare).
#[inline(always)]
fn jcc_at(code: &[Insn], pc: u32) -> (u8, u32) {
    code.get(pc as usize)
        .map_or((0, 0), |j| (j.x, j.imm as u32))
}

/// Finishes a fused compare: the `Jcc` (at `c.pc`) counts as an
/// instruction and jumps to `to` when `taken`.
#[inline(always)]
fn take(c: &mut Cpu, steps: &mut u64, taken: bool, to: u32) {
    *steps += 1;
    c.pc = if taken { to } else { c.pc + 1 };
}

/// A fused compare-and-branch arm: `$cc` is the `Jcc`'s condition code in
/// `$taken`.
macro_rules! fused {
    ($code:ident, $c:ident, $steps:ident, $cc:ident => $taken:expr) => {{
        let ($cc, to) = jcc_at($code, $c.pc);
        let taken = $taken;
        take($c, $steps, taken, to);
        Ok(())
    }};
}

/// A call that also runs the callee's stack-split check when the callee
/// starts with the compiler's `CMPQ SP, 16(R14); JLS` (fused): one step of
/// the loop for three instructions. Otherwise a plain call.
#[inline(always)]
fn call_checked(code: &[Insn], c: &mut Cpu, m: &mut Memory, to: u32, steps: &mut u64) -> Res {
    control::call(c, m, to)?;
    split_check_at_entry(code, c, m, steps);
    Ok(())
}

/// Just after a call (`c.pc` at the callee's entry): runs the callee's
/// fused split check in the same step, unless its `g` read would fault
/// (then the check runs, and faults, on its own).
#[inline(always)]
fn split_check_at_entry(code: &[Insn], c: &mut Cpu, m: &mut Memory, steps: &mut u64) {
    let to = c.pc;
    if let Some(t) = code.get(to as usize)
        && matches!(t.op, Op::CmpRMJ | Op::CmpRMJn)
        && t.x == crate::cpu::SP as u8
        && let Loc::Mem(r) = t.b
        && let Ok(guard) = m.read(c.ea(r), t.w)
    {
        *steps += 1;
        c.pc = to + 1;
        let sp = c.gp[crate::cpu::SP];
        let (cc, target) = jcc_at(code, c.pc);
        let taken = if t.op == Op::CmpRMJ {
            fast::compare(c, t, sp, guard, false, cc)
        } else {
            let mk = fast::wmask(t.w);
            cond_sub(sp & mk, guard & mk, t.w, cc)
        };
        take(c, steps, taken, target);
    }
}

/// Executes one instruction `i` (already fetched: `c.pc` points past it).
/// `steps` is the count including `i`; a fused compare-and-branch adds the
/// `Jcc` it executes.
#[inline(always)]
pub fn step(code: &[Insn], c: &mut Cpu, m: &mut Memory, i: &Insn, steps: &mut u64) -> Res {
    let n = code.len();
    let src = |c: &Cpu| c.gp[(i.x & 15) as usize];
    let imm = |_: &Cpu| i.imm as u64;
    match i.op {
        Op::MovRR => {
            c.gp[(i.y & 15) as usize] = c.gp[(i.x & 15) as usize] & fast::wmask(i.w);
            Ok(())
        }
        Op::MovRI => {
            c.gp[(i.y & 15) as usize] = i.imm as u64;
            Ok(())
        }
        Op::Load => fast::load(c, m, i),
        Op::Store => fast::store(c, m, i, c.gp[(i.x & 15) as usize]),
        Op::StoreImm => fast::store(c, m, i, i.imm as u64),
        Op::LeaR => fast::lea(c, i),
        Op::AddRR => {
            fast::alu(c, i, Alu::Add, src(c));
            Ok(())
        }
        Op::AddRI => {
            fast::alu(c, i, Alu::Add, i.imm as u64);
            Ok(())
        }
        Op::AddRM => {
            let a = fast::load_a(c, m, i)?;
            fast::alu(c, i, Alu::Add, a);
            Ok(())
        }
        Op::AddMR => fast::alu_mem(c, m, i, Alu::Add, src(c)),
        Op::AddMI => fast::alu_mem(c, m, i, Alu::Add, i.imm as u64),
        Op::SubRR => {
            fast::alu(c, i, Alu::Sub, src(c));
            Ok(())
        }
        Op::SubRI => {
            fast::alu(c, i, Alu::Sub, i.imm as u64);
            Ok(())
        }
        Op::SubRM => {
            let a = fast::load_a(c, m, i)?;
            fast::alu(c, i, Alu::Sub, a);
            Ok(())
        }
        Op::SubMR => fast::alu_mem(c, m, i, Alu::Sub, src(c)),
        Op::SubMI => fast::alu_mem(c, m, i, Alu::Sub, i.imm as u64),
        Op::AndRR => {
            fast::alu(c, i, Alu::And, src(c));
            Ok(())
        }
        Op::AndRI => {
            fast::alu(c, i, Alu::And, i.imm as u64);
            Ok(())
        }
        Op::AndRM => {
            let a = fast::load_a(c, m, i)?;
            fast::alu(c, i, Alu::And, a);
            Ok(())
        }
        Op::AndMR => fast::alu_mem(c, m, i, Alu::And, src(c)),
        Op::AndMI => fast::alu_mem(c, m, i, Alu::And, i.imm as u64),
        Op::OrRR => {
            fast::alu(c, i, Alu::Or, src(c));
            Ok(())
        }
        Op::OrRI => {
            fast::alu(c, i, Alu::Or, i.imm as u64);
            Ok(())
        }
        Op::OrRM => {
            let a = fast::load_a(c, m, i)?;
            fast::alu(c, i, Alu::Or, a);
            Ok(())
        }
        Op::OrMR => fast::alu_mem(c, m, i, Alu::Or, src(c)),
        Op::OrMI => fast::alu_mem(c, m, i, Alu::Or, i.imm as u64),
        Op::XorRR => {
            fast::alu(c, i, Alu::Xor, src(c));
            Ok(())
        }
        Op::XorRI => {
            fast::alu(c, i, Alu::Xor, i.imm as u64);
            Ok(())
        }
        Op::XorRM => {
            let a = fast::load_a(c, m, i)?;
            fast::alu(c, i, Alu::Xor, a);
            Ok(())
        }
        Op::XorMR => fast::alu_mem(c, m, i, Alu::Xor, src(c)),
        Op::XorMI => fast::alu_mem(c, m, i, Alu::Xor, i.imm as u64),
        Op::CmpRR => {
            let (a, b) = fast::rr(c, i);
            fast::compare_flags(c, i, a, b, false);
            Ok(())
        }
        Op::CmpRRJ => {
            let (a, b) = fast::rr(c, i);
            fused!(code, c, steps, cc => fast::compare(c, i, a, b, false, cc))
        }
        Op::CmpRRJn => {
            let (a, b) = fast::rr(c, i);
            fused!(code, c, steps, cc => cond_sub(a, b, i.w, cc))
        }
        Op::CmpRI => {
            let (a, b) = fast::ri(c, i);
            fast::compare_flags(c, i, a, b, false);
            Ok(())
        }
        Op::CmpRIJ => {
            let (a, b) = fast::ri(c, i);
            fused!(code, c, steps, cc => fast::compare(c, i, a, b, false, cc))
        }
        Op::CmpRIJn => {
            let (a, b) = fast::ri(c, i);
            fused!(code, c, steps, cc => cond_sub(a, b, i.w, cc))
        }
        Op::CmpRM => {
            let (a, b) = fast::rm(c, m, i)?;
            fast::compare_flags(c, i, a, b, false);
            Ok(())
        }
        Op::CmpRMJ => {
            let (a, b) = fast::rm(c, m, i)?;
            fused!(code, c, steps, cc => fast::compare(c, i, a, b, false, cc))
        }
        Op::CmpRMJn => {
            let (a, b) = fast::rm(c, m, i)?;
            fused!(code, c, steps, cc => cond_sub(a, b, i.w, cc))
        }
        Op::CmpMR => {
            let (a, b) = fast::mr(c, m, i)?;
            fast::compare_flags(c, i, a, b, false);
            Ok(())
        }
        Op::CmpMRJ => {
            let (a, b) = fast::mr(c, m, i)?;
            fused!(code, c, steps, cc => fast::compare(c, i, a, b, false, cc))
        }
        Op::CmpMRJn => {
            let (a, b) = fast::mr(c, m, i)?;
            fused!(code, c, steps, cc => cond_sub(a, b, i.w, cc))
        }
        Op::CmpMI => {
            let (a, b) = fast::mi(c, m, i)?;
            fast::compare_flags(c, i, a, b, false);
            Ok(())
        }
        Op::CmpMIJ => {
            let (a, b) = fast::mi(c, m, i)?;
            fused!(code, c, steps, cc => fast::compare(c, i, a, b, false, cc))
        }
        Op::CmpMIJn => {
            let (a, b) = fast::mi(c, m, i)?;
            fused!(code, c, steps, cc => cond_sub(a, b, i.w, cc))
        }
        Op::TestRR => {
            let (a, b) = fast::rr(c, i);
            fast::compare_flags(c, i, a, b, true);
            Ok(())
        }
        Op::TestRRJ => {
            let (a, b) = fast::rr(c, i);
            fused!(code, c, steps, cc => fast::compare(c, i, a, b, true, cc))
        }
        Op::TestRRJn => {
            let (a, b) = fast::rr(c, i);
            fused!(code, c, steps, cc => cond_logic(a & b, i.w, cc))
        }
        Op::TestRI => {
            let (a, b) = fast::ri(c, i);
            fast::compare_flags(c, i, a, b, true);
            Ok(())
        }
        Op::TestRIJ => {
            let (a, b) = fast::ri(c, i);
            fused!(code, c, steps, cc => fast::compare(c, i, a, b, true, cc))
        }
        Op::TestRIJn => {
            let (a, b) = fast::ri(c, i);
            fused!(code, c, steps, cc => cond_logic(a & b, i.w, cc))
        }
        Op::ShlRI | Op::ShrRI | Op::SarRI => {
            fast::shift(c, i);
            Ok(())
        }
        Op::CmpJ | Op::TestJ => {
            int::cmp(c, m, *i, i.op == Op::TestJ)?;
            fused!(code, c, steps, cc => c.flags.cond(cc))
        }
        Op::IncR | Op::DecR => {
            fast::inc_dec(c, i, i.op == Op::IncR);
            Ok(())
        }
        Op::ImulRR => {
            fast::imul(c, i);
            Ok(())
        }
        Op::PushR => {
            let v = c.gp[(i.x & 15) as usize];
            c.push(m, v)?;
            Ok(())
        }
        Op::PopR => {
            let v = c.pop(m)?;
            c.gp[(i.y & 15) as usize] = v;
            Ok(())
        }
        Op::AddRRNf => fast::alu_nf(c, i, src, |b, a| b.wrapping_add(a)),
        Op::AddRINf => fast::alu_nf(c, i, imm, |b, a| b.wrapping_add(a)),
        Op::SubRRNf => fast::alu_nf(c, i, src, |b, a| b.wrapping_sub(a)),
        Op::SubRINf => fast::alu_nf(c, i, imm, |b, a| b.wrapping_sub(a)),
        Op::AndRRNf => fast::alu_nf(c, i, src, |b, a| b & a),
        Op::AndRINf => fast::alu_nf(c, i, imm, |b, a| b & a),
        Op::OrRRNf => fast::alu_nf(c, i, src, |b, a| b | a),
        Op::OrRINf => fast::alu_nf(c, i, imm, |b, a| b | a),
        Op::XorRRNf => fast::alu_nf(c, i, src, |b, a| b ^ a),
        Op::XorRINf => fast::alu_nf(c, i, imm, |b, a| b ^ a),
        Op::Imul3RR => {
            fast::imul3(c, i);
            Ok(())
        }
        Op::Imul1R => {
            fast::mul1(c, i, true);
            Ok(())
        }
        Op::Mul1R => {
            fast::mul1(c, i, false);
            Ok(())
        }
        Op::CallR => {
            let to = control::target(c.gp[(i.x & 15) as usize], n)?;
            call_checked(code, c, m, to, steps)
        }
        Op::CallChk => call_checked(code, c, m, i.imm as u32, steps),
        Op::MovCallR => {
            c.gp[(i.y & 15) as usize] = c.gp[(i.x & 15) as usize];
            // When the call would fault (a bad target, no room to push),
            // the step ends after the move and the CALL faults on its own.
            let Ok(to) = control::target(c.gp[(i.imm & 15) as usize], n) else {
                return Ok(());
            };
            c.pc += 1;
            if control::call(c, m, to).is_err() {
                c.pc -= 1;
                return Ok(());
            }
            *steps += 1;
            split_check_at_entry(code, c, m, steps);
            Ok(())
        }
        Op::Load2 => fused::load2(c, m, i, steps),
        Op::LoadStore => fused::load_store(c, m, i, steps),
        Op::StoreLoad => fused::store_load(c, m, i, steps),
        Op::Store2 => fused::store2(c, m, i, steps),
        Op::CqoIdivR => {
            fused::cqo_idiv(c, i, steps);
            Ok(())
        }
        Op::Enter => fused::enter(c, m, i, steps),
        Op::LeaveRet => fused::leave_ret(c, m, i, n, steps),
        Op::MovRR2 => {
            fused::mov2(c, i, steps);
            Ok(())
        }
        Op::LoadZx => {
            let v = m.read(c.ea(fast::memref(i.a)?), i.x)?;
            c.gp[(i.y & 15) as usize] = v;
            Ok(())
        }
        Op::LoadSx => {
            let v = m.read(c.ea(fast::memref(i.a)?), i.x)?;
            c.gp[(i.y & 15) as usize] = sext(v, i.x) as u64 & fast::wmask(i.w);
            Ok(())
        }
        Op::MovZxRR => {
            let v = c.gp[(i.x & 15) as usize] & fast::wmask(i.imm as u8);
            c.gp[(i.y & 15) as usize] = v;
            Ok(())
        }
        Op::MovSxRR => {
            let v = sext(c.gp[(i.x & 15) as usize], i.imm as u8) as u64 & fast::wmask(i.w);
            c.gp[(i.y & 15) as usize] = v;
            Ok(())
        }
        Op::SetccR => {
            let v = u64::from(c.flags.cond(i.x));
            let r = &mut c.gp[(i.y & 15) as usize];
            *r = (*r & !0xff) | v;
            Ok(())
        }
        Op::AddsXX => {
            sse_fast::arith_xx(c, i, crate::ir::sse::ADD);
            Ok(())
        }
        Op::SubsXX => {
            sse_fast::arith_xx(c, i, crate::ir::sse::SUB);
            Ok(())
        }
        Op::MulsXX => {
            sse_fast::arith_xx(c, i, crate::ir::sse::MUL);
            Ok(())
        }
        Op::DivsXX => {
            sse_fast::arith_xx(c, i, crate::ir::sse::DIV);
            Ok(())
        }
        Op::MovsLoad => sse_fast::load(c, m, i),
        Op::MovsStore => sse_fast::store(c, m, i),
        Op::MovsXX => {
            let v = c.xmm[(i.x & 15) as usize] as u64 & fast::wmask(i.w);
            sse::set_low(c, i.y & 15, i.w, v);
            Ok(())
        }
        Op::Mov128XX => {
            c.xmm[(i.y & 15) as usize] = c.xmm[(i.x & 15) as usize];
            Ok(())
        }
        Op::ZeroX => {
            c.xmm[(i.y & 15) as usize] = 0;
            Ok(())
        }
        Op::UcomiXX => {
            sse_fast::ucomi_xx(c, i);
            Ok(())
        }
        Op::CvtI2FX => {
            sse_fast::cvt_i2f(c, i);
            Ok(())
        }
        Op::Mov => int::mov(c, m, *i),
        Op::Add | Op::Sub | Op::Adc | Op::Sbb | Op::And | Op::Or | Op::Xor => {
            int::alu(c, m, *i, i.op)
        }
        Op::Cmp => int::cmp(c, m, *i, false),
        Op::Test => int::cmp(c, m, *i, true),
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
        Op::Lea => int::lea(c, m, *i),
        Op::MovZx => int::movx(c, m, *i, false),
        Op::MovSx => int::movx(c, m, *i, true),
        Op::Inc | Op::Dec | Op::Neg | Op::Not | Op::Bswap => int::unary(c, m, *i, i.op),
        Op::Call => control::call(c, m, i.imm as u32),
        Op::Ret => control::ret(c, m, n),
        Op::Push => control::push(c, m, *i),
        Op::Pop => control::pop(c, m, *i),
        Op::Nop => Ok(()),
        Op::Exit => {
            c.pc -= 1;
            Err(Stop::Exit)
        }
        Op::Andn => int::andn(c, m, *i),
        Op::Imul1 => int::mul(c, m, *i, true),
        Op::Mul => int::mul(c, m, *i, false),
        Op::Imul2 => int::imul2(c, m, *i),
        Op::Mulx => int::mulx(c, m, *i),
        Op::Div => int::div(c, m, *i, false),
        Op::Idiv => int::div(c, m, *i, true),
        Op::SignDx => {
            int::sign(c, *i, true);
            Ok(())
        }
        Op::SignAx => {
            int::sign(c, *i, false);
            Ok(())
        }
        Op::Shl | Op::Shr | Op::Sar => shift::shift(c, m, *i, i.op),
        Op::Rol | Op::Ror | Op::Rcl | Op::Rcr => shift::rotate(c, m, *i, i.op),
        Op::Shld => shift::double(c, m, *i, true),
        Op::Shrd => shift::double(c, m, *i, false),
        Op::Shlx | Op::Shrx | Op::Sarx | Op::Rorx => shift::bmi2(c, m, *i, i.op),
        Op::Bt | Op::Bts | Op::Btr | Op::Btc => bits::bt(c, m, *i, i.op),
        Op::Bsf | Op::Bsr | Op::Tzcnt | Op::Lzcnt | Op::Popcnt => bits::scan(c, m, *i, i.op),
        Op::Setcc => int::setcc(c, m, *i),
        Op::Cmovcc => int::cmovcc(c, m, *i),
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
        Op::Xchg => int::xchg(c, m, *i),
        Op::Xadd => int::xadd(c, m, *i),
        Op::Cmpxchg => int::cmpxchg(c, m, *i),
        Op::Cpuid => {
            control::cpuid(c);
            Ok(())
        }
        Op::Rdtsc => {
            control::rdtsc(c, *steps);
            Ok(())
        }
        Op::Clc | Op::Stc | Op::Cmc => {
            control::carry_op(c, i.op);
            Ok(())
        }
        Op::SplitCheck => control::split_check(c, m, *i),
        Op::Morestack => Err(Stop::Morestack { ctxt: i.x == 1 }),
        Op::Sse => sse::exec(c, m, *i),
        Op::Stos => string::stos(c, m, i),
        Op::Movs => string::movs(c, m, i),
    }
}
