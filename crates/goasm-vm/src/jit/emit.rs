//! Translation of the generic IR into host code (see the module docs in
//! `jit/mod.rs` for the rules it keeps).
//!
//! Host registers while compiled code runs: rbx = `&mut Cpu`, r12 = `&mut
//! Ctx`, r13 = steps left, r14/r15 = the stack region's guest base and host
//! address. rax, rcx, rdx, rsi, rdi are scratch; an instruction's memory
//! operand is translated first (into a host address in rsi), because the
//! slow path calls Rust and clobbers every caller-saved register.

mod control;
mod int;
mod mem;
mod sse;

use super::Ctx;
use super::x64::{
    Alu, Asm, Patch, R12, R13, R14, R15, RAX, RBP, RBX, RCX, RDX, RSI, RSP, Rm, Shift, mem,
};
use crate::cpu::{AX, CX, Cpu, DX, SP};
use crate::ir::{Insn, Loc, Op};
use std::mem::offset_of;

pub struct Output {
    pub code: Vec<u8>,
    /// (instruction index, byte offset of its block's entry).
    pub entries: Vec<(u32, usize)>,
    pub blocks: usize,
    pub covered: usize,
}

const GP: i32 = offset_of!(Cpu, gp) as i32;

/// Guest register `r`'s slot in `Cpu::gp`.
fn g(r: u8) -> Rm {
    mem(RBX, GP + 8 * (r & 15) as i32)
}

fn ctx(off: usize) -> Rm {
    mem(R12, off as i32)
}

const SAVED: usize = offset_of!(Ctx, saved_flags);
const EXIT_PC: usize = offset_of!(Ctx, exit_pc);
const TMP: usize = offset_of!(Ctx, tmp);
const TABLE: usize = offset_of!(Ctx, table);
const NCODE: usize = offset_of!(Ctx, ncode);

/// Condition codes (the low nibble of Jcc's opcode).
const CC_O: u8 = 0;
const CC_B: u8 = 2;
const CC_AE: u8 = 3;
const CC_E: u8 = 4;
const CC_NE: u8 = 5;
const CC_BE: u8 = 6;

/// An operand once any memory operand is translated.
#[derive(Clone, Copy, PartialEq, Eq)]
enum P {
    /// A guest register's slot.
    G(u8),
    /// AH..BH: byte 1 of a guest register's slot.
    H(u8),
    /// The translated memory operand, at `[rsi]`.
    M,
    I(i64),
}

impl P {
    fn rm(self) -> Option<Rm> {
        match self {
            P::G(r) => Some(g(r)),
            P::H(r) => Some(mem(RBX, GP + 8 * (r & 15) as i32 + 1)),
            P::M => Some(mem(RSI, 0)),
            P::I(_) => None,
        }
    }
}

/// Where compiled code leaves for the interpreter: at `pc`, giving back
/// the steps of the instructions from `k` to the block's end (none when
/// `k` is `None`), with the guest flags put back first when `restore`.
#[derive(Clone, Copy)]
struct Exit {
    pc: u32,
    refund_from: Option<u32>,
    restore: bool,
}

enum Stub {
    /// A memory access's slow path: resumes at `resume` with the host
    /// address in rsi, or leaves through `exit`.
    Slow {
        from: Patch,
        resume: usize,
        info: u32,
        /// Which region the inline check tried (see [`Cx::translate`]).
        on_stack: bool,
        exit: Exit,
    },
    Exit {
        from: Patch,
        exit: Exit,
    },
}

enum Flow {
    Next,
    /// Control left the block (a jump, call or return was emitted).
    End,
}

struct Cx<'a> {
    a: Asm,
    live_in: &'a [bool],
    /// Jumps to the block starting at an instruction, patched at the end.
    jumps: Vec<(Patch, u32)>,
    stubs: Vec<Stub>,
    epilogue: usize,
    /// The host has LAHF/SAHF in 64-bit mode (see [`Cx::save_flags`]).
    lahf: bool,
}

/// Sign-extends the low `w` bytes of `v`.
fn sext(v: i64, w: u8) -> i64 {
    let sh = 64 - 8 * w.min(8) as u32;
    (v << sh) >> sh
}

fn int_width(w: u8) -> Option<u8> {
    matches!(w, 1 | 2 | 4 | 8).then_some(w)
}

fn fits_i32(v: i64) -> bool {
    v == v as i32 as i64
}

impl Cx<'_> {
    /// Keeps the status flags in `Ctx::saved_flags` (clobbers rax). With
    /// LAHF/SAHF: AH holds SF, ZF, AF, PF and CF, AL gets OF; POPFQ, the
    /// fallback, is microcoded and several times slower, which shows in
    /// code that keeps a carry across loads (ADC chains).
    fn save_flags(&mut self) {
        if self.lahf {
            self.a.lahf();
            self.a.setcc(CC_O, Rm::Reg(RAX));
            self.a.mov_rm_r(2, ctx(SAVED), RAX);
        } else {
            self.a.pushfq();
            self.a.pop_rm(ctx(SAVED));
        }
    }

    /// Puts back what [`Cx::save_flags`] kept (clobbers rax).
    fn restore_flags(&mut self) {
        if self.lahf {
            self.a.mov_r_rm(2, RAX, ctx(SAVED));
            // AL + 0x7f overflows exactly when AL (OF) is 1; SAHF then
            // sets the other five from AH.
            self.a.alu_rm_i(Alu::Add, 1, Rm::Reg(RAX), 0x7f);
            self.a.sahf();
        } else {
            self.a.push_rm(ctx(SAVED));
            self.a.popfq();
        }
    }

    /// Leaves at `pc` with no instruction left to give back (the epilogue
    /// hands the host flags over as the guest's).
    fn exit_now(&mut self, pc: u32, refund: u32) {
        self.a.mov_rm_i(8, ctx(EXIT_PC), pc as i64);
        if refund > 0 {
            self.a.lea(R13, mem(R13, refund as i32));
        }
        let p = self.a.jmp();
        self.a.patch(p, self.epilogue);
    }

    /// A branch to the exit `e` (out of line).
    fn exit_jcc(&mut self, cc: u8, e: Exit) {
        let from = self.a.jcc(cc);
        self.stubs.push(Stub::Exit { from, exit: e });
    }

    /// Resolves an operand: a memory operand is translated (an access of
    /// `size` bytes; `write` when the instruction stores to it).
    fn operand(&mut self, k: u32, loc: Loc, size: u8, write: bool, saved: bool) -> Option<P> {
        Some(match loc {
            Loc::Reg(r) if r < 16 => P::G(r),
            Loc::High(r) if r < 4 => P::H(r),
            Loc::Mem(m) => {
                self.ea(m)?;
                self.translate(k, size, write, saved, m.base == SP as u8)?;
                P::M
            }
            _ => return None,
        })
    }

    /// Stores host register `r` (its low `w` bytes; for width 4 the whole
    /// register, whose upper half the 32-bit op that made it cleared) to
    /// the destination `p`, keeping x86's register width rules.
    fn store(&mut self, p: P, r: u8, w: u8) -> Option<()> {
        let rm = p.rm()?;
        match (p, w) {
            (P::G(_), 4) => self.a.mov_rm_r(8, rm, r),
            (P::M, 4) => self.a.mov_rm_r(4, rm, r),
            _ => self.a.mov_rm_r(w, rm, r),
        }
        Some(())
    }

    /// Prepares an instruction with an optional memory operand: translates
    /// it (saving live flags around the check), and returns the places.
    fn begin(&mut self, k: u32, i: &Insn, size: u8, write_b: bool) -> Option<(P, P, bool)> {
        let has_mem = matches!(i.a, Loc::Mem(_)) || matches!(i.b, Loc::Mem(_));
        let saved = has_mem && self.live_in.get(k as usize).copied().unwrap_or(true);
        if saved {
            self.save_flags();
        }
        let a = match i.a {
            Loc::Imm => P::I(i.imm),
            Loc::None => P::I(0),
            l => self.operand(k, l, size, false, saved)?,
        };
        let b = match i.b {
            Loc::Imm => P::I(i.imm),
            Loc::None => P::I(0),
            l => self.operand(k, l, size, write_b, saved)?,
        };
        if saved {
            self.restore_flags();
        }
        Some((a, b, saved))
    }

    /// `b = b op a` for the classic ALU ops; CMP computes `a - b` and TEST
    /// `a & b` without writing.
    fn alu(&mut self, k: u32, i: &Insn, op: Alu, writes: bool) -> Option<()> {
        let w = int_width(i.w)?;
        let (a, b, _) = self.begin(k, i, w, writes)?;
        let (dst, src) = if writes { (b, a) } else { (a, b) };
        self.alu_places(op, w, dst, src, writes, false)
    }

    fn alu_places(
        &mut self,
        op: Alu,
        w: u8,
        dst: P,
        src: P,
        writes: bool,
        test: bool,
    ) -> Option<()> {
        let emit_rm_r = |s: &mut Self, rm: Rm, r: u8| {
            if test {
                s.a.test_rm_r(w, rm, r)
            } else {
                s.a.alu_rm_r(op, w, rm, r)
            }
        };
        let emit_rm_i = |s: &mut Self, rm: Rm, v: i64| {
            if test {
                s.a.test_rm_i(w, rm, v)
            } else {
                s.a.alu_rm_i(op, w, rm, v)
            }
        };
        // The destination as an r/m: a 32-bit register destination goes
        // through eax so the upper half is cleared.
        let (dst_rm, via_eax) = match dst {
            P::I(v) => {
                // CMP/TEST with an immediate first operand.
                self.a.mov_r_i64(RAX, v as u64 & mask(w));
                (Rm::Reg(RAX), false)
            }
            P::G(_) if w == 4 && writes => {
                self.a.mov_r_rm(4, RAX, dst.rm()?);
                (Rm::Reg(RAX), true)
            }
            _ => (dst.rm()?, false),
        };
        match src {
            P::I(v) => {
                let v = sext(v, w);
                if w == 8 && !fits_i32(v) {
                    self.a.mov_r_i64(RCX, v as u64);
                    emit_rm_r(self, dst_rm, RCX);
                } else {
                    emit_rm_i(self, dst_rm, v);
                }
            }
            _ => {
                self.a.mov_r_rm(w, RCX, src.rm()?);
                emit_rm_r(self, dst_rm, RCX);
            }
        }
        if via_eax {
            self.a.mov_rm_r(8, dst.rm()?, RAX);
        }
        Some(())
    }

    /// One-operand ops on `b`.
    fn unary(&mut self, k: u32, i: &Insn) -> Option<()> {
        let w = int_width(i.w)?;
        let (_, b, _) = self.begin(k, i, w, true)?;
        let via = matches!(b, P::G(_)) && w == 4;
        let rm = if via {
            self.a.mov_r_rm(4, RAX, b.rm()?);
            Rm::Reg(RAX)
        } else {
            b.rm()?
        };
        match i.op {
            Op::Inc => self.a.incdec(w, false, rm),
            Op::Dec => self.a.incdec(w, true, rm),
            Op::Neg => self.a.notneg(w, true, rm),
            _ => self.a.notneg(w, false, rm),
        }
        if via {
            self.a.mov_rm_r(8, b.rm()?, RAX);
        }
        Some(())
    }

    fn shift(&mut self, k: u32, i: &Insn, s: Shift) -> Option<()> {
        let w = int_width(i.w)?;
        let (_, b, _) = self.begin(k, i, w, true)?;
        let via = matches!(b, P::G(_)) && w == 4;
        if i.x == 1 {
            self.a.mov_r_rm(8, RCX, g(CX as u8));
        }
        let rm = if via {
            self.a.mov_r_rm(4, RAX, b.rm()?);
            Rm::Reg(RAX)
        } else {
            b.rm()?
        };
        if i.x == 1 {
            self.a.shift_cl(s, w, rm);
        } else {
            self.a.shift_i(s, w, rm, i.imm as u8);
        }
        if via {
            self.a.mov_rm_r(8, b.rm()?, RAX);
        }
        Some(())
    }

    fn mov(&mut self, k: u32, i: &Insn) -> Option<()> {
        let w = int_width(i.w)?;
        let (a, b, _) = self.begin(k, i, w, true)?;
        if let P::I(v) = a {
            let v = sext(v, w);
            match (b, w) {
                (P::G(_), 4) => {
                    self.a.mov_r_i64(RAX, v as u64 & 0xffff_ffff);
                    self.a.mov_rm_r(8, b.rm()?, RAX);
                }
                (_, 8) if !fits_i32(v) => {
                    self.a.mov_r_i64(RAX, v as u64);
                    self.a.mov_rm_r(8, b.rm()?, RAX);
                }
                _ => self.a.mov_rm_i(w, b.rm()?, v),
            }
            return Some(());
        }
        self.a.mov_r_rm(w, RAX, a.rm()?);
        self.store(b, RAX, w)
    }

    fn movx(&mut self, k: u32, i: &Insn, signed: bool) -> Option<()> {
        let w = int_width(i.w)?;
        let from = int_width(i.x)?;
        if from >= w || !matches!(i.b, Loc::Reg(_)) {
            return None;
        }
        // The source is read at its own width.
        let (a, b, _) = {
            let mut src = *i;
            src.b = Loc::None;
            let (a, _, s) = self.begin(k, &src, from, false)?;
            let b = match i.b {
                Loc::Reg(r) if r < 16 => P::G(r),
                _ => return None,
            };
            (a, b, s)
        };
        let rm = a.rm()?;
        if signed {
            self.a.movsx(w.max(4), RAX, from, rm);
        } else if from == 4 {
            self.a.mov_r_rm(4, RAX, rm);
        } else {
            self.a.movzx(RAX, from, rm);
        }
        self.store(b, RAX, w)
    }

    fn lea(&mut self, i: &Insn) -> Option<()> {
        let w = int_width(i.w)?;
        let (Loc::Mem(m), Loc::Reg(d)) = (i.a, i.b) else {
            return None;
        };
        if w < 2 || d > 15 {
            return None;
        }
        self.ea(m)?;
        if w == 4 {
            self.a.mov_r_rm(4, RSI, Rm::Reg(RSI));
        }
        self.store(P::G(d), RSI, w)
    }

    fn imul2(&mut self, k: u32, i: &Insn) -> Option<()> {
        let w = int_width(i.w)?;
        if w == 1 || !matches!(i.b, Loc::Reg(_)) {
            return None;
        }
        let mut src = *i;
        src.b = Loc::None;
        let (a, _, _) = self.begin(k, &src, w, false)?;
        let Loc::Reg(d) = i.b else { return None };
        let d = P::G(d);
        let a_rm = match a {
            P::I(v) => {
                self.a.mov_r_i64(RCX, v as u64);
                Rm::Reg(RCX)
            }
            _ => a.rm()?,
        };
        if i.x == 1 {
            let v = sext(i.imm, w);
            if !fits_i32(v) {
                return None;
            }
            self.a.imul_r_rm_i(w, RAX, a_rm, v);
        } else {
            self.a.mov_r_rm(w, RAX, d.rm()?);
            self.a.imul_r_rm(w, RAX, a_rm);
        }
        self.store(d, RAX, w)
    }

    fn cmov(&mut self, k: u32, i: &Insn) -> Option<()> {
        let w = int_width(i.w)?;
        if w == 1 {
            return None;
        }
        let Loc::Reg(d) = i.b else { return None };
        let mut src = *i;
        src.b = Loc::None;
        let (a, _, _) = self.begin(k, &src, w, false)?;
        let d = P::G(d);
        self.a.load_zx(w, RAX, d.rm()?);
        self.a.cmovcc(i.x, w, RAX, a.rm()?);
        self.store(d, RAX, w)
    }

    fn setcc(&mut self, k: u32, i: &Insn) -> Option<()> {
        let mut dst = *i;
        dst.w = 1;
        let (_, b, _) = self.begin(k, &dst, 1, true)?;
        self.a.setcc(i.x, b.rm()?);
        Some(())
    }

    /// CWD/CDQ/CQO and CBW/CWDE/CDQE.
    fn sign(&mut self, i: &Insn, into_dx: bool) -> Option<()> {
        let w = int_width(i.w)?;
        if w == 1 {
            return None;
        }
        if into_dx {
            self.a.mov_r_rm(w, RAX, g(AX as u8));
            self.a.sign_dx(w);
            self.store(P::G(DX as u8), RDX, w)
        } else {
            let half = w / 2;
            self.a.mov_r_rm(half.max(2), RAX, g(AX as u8));
            self.a.sign_ax(w);
            self.store(P::G(AX as u8), RAX, w)
        }
    }

    fn flags_live(&self, k: u32) -> bool {
        self.live_in.get(k as usize).copied().unwrap_or(true)
    }

    /// Emits instruction `k`, or `None` (emitting garbage the caller rolls
    /// back) when the block compiler does not handle it.
    fn insn(&mut self, k: u32, i: &Insn) -> Option<Flow> {
        let next = Flow::Next;
        match i.op {
            Op::Nop => {}
            Op::Mov => self.mov(k, i)?,
            Op::MovZx => self.movx(k, i, false)?,
            Op::MovSx => self.movx(k, i, true)?,
            Op::Lea => self.lea(i)?,
            Op::Add => self.alu(k, i, Alu::Add, true)?,
            Op::Sub => self.alu(k, i, Alu::Sub, true)?,
            Op::Adc => self.alu(k, i, Alu::Adc, true)?,
            Op::Sbb => self.alu(k, i, Alu::Sbb, true)?,
            Op::And => self.alu(k, i, Alu::And, true)?,
            Op::Or => self.alu(k, i, Alu::Or, true)?,
            Op::Xor => self.alu(k, i, Alu::Xor, true)?,
            Op::Cmp => self.alu(k, i, Alu::Cmp, false)?,
            Op::Test => {
                let w = int_width(i.w)?;
                let (a, b, _) = self.begin(k, i, w, false)?;
                self.alu_places(Alu::And, w, a, b, false, true)?;
            }
            Op::Inc | Op::Dec | Op::Neg | Op::Not => self.unary(k, i)?,
            Op::Shl => self.shift(k, i, Shift::Shl)?,
            Op::Shr => self.shift(k, i, Shift::Shr)?,
            Op::Sar => self.shift(k, i, Shift::Sar)?,
            Op::Rol => self.shift(k, i, Shift::Rol)?,
            Op::Ror => self.shift(k, i, Shift::Ror)?,
            Op::Rcl => self.shift(k, i, Shift::Rcl)?,
            Op::Rcr => self.shift(k, i, Shift::Rcr)?,
            Op::Imul2 => self.imul2(k, i)?,
            Op::Setcc => self.setcc(k, i)?,
            Op::Cmovcc => self.cmov(k, i)?,
            Op::SignDx => self.sign(i, true)?,
            Op::SignAx => self.sign(i, false)?,
            Op::Push => self.push(k, i)?,
            Op::Pop => self.pop(k, i)?,
            Op::Jmp => {
                self.jump_to(u32::try_from(i.imm).ok()?);
                return Some(Flow::End);
            }
            Op::Jcc => {
                let to = u32::try_from(i.imm).ok()?;
                let p = self.a.jcc(i.x);
                self.jumps.push((p, to));
                self.jump_to(k + 1);
                return Some(Flow::End);
            }
            Op::Call => return self.call(k, i),
            Op::CallInd => return self.call_ind(k, i),
            Op::Ret => return self.ret(k),
            Op::SplitCheck => return self.split_check(k, i),
            Op::Sse => self.sse(k, i)?,
            Op::Mul => self.mul1(k, i, false)?,
            Op::Imul1 => self.mul1(k, i, true)?,
            Op::Div => self.div(k, i, false)?,
            Op::Idiv => self.div(k, i, true)?,
            Op::Bt | Op::Bts | Op::Btr | Op::Btc => self.bt(k, i)?,
            _ => return None,
        }
        Some(next)
    }
}

fn mask(w: u8) -> u64 {
    crate::flags::mask(w)
}

/// Does control leave the straight line after `i`?
fn ends_block(i: &Insn) -> bool {
    matches!(
        i.op,
        Op::Jmp
            | Op::Jcc
            | Op::Call
            | Op::CallInd
            | Op::Ret
            | Op::JmpInd
            | Op::RtCall
            | Op::RtJmp
            | Op::Exit
            | Op::SplitCheck
            | Op::Morestack
    )
}

/// Does the host run LAHF/SAHF in 64-bit mode (CPUID 8000_0001h, ECX bit
/// 0; every x86-64 CPU but the first ones)?
fn has_lahf() -> bool {
    use std::arch::x86_64::__cpuid;
    #[allow(unused_unsafe)]
    // SAFETY: CPUID exists on every x86-64 CPU; leaf 8000_0000h tells
    // whether the extended leaf asked for next exists.
    let (max, ecx) = unsafe { (__cpuid(0x8000_0000).eax, __cpuid(0x8000_0001).ecx) };
    max >= 0x8000_0001 && ecx & 1 == 1
}

/// The entry trampoline (offset 0) and the shared epilogue.
fn prologue(a: &mut Asm) -> usize {
    use super::x64::RDI as ARG0;
    for r in [RBX, RBP, R12, R13, R14, R15] {
        a.push_r(r);
    }
    a.alu_rm_i(Alu::Sub, 8, Rm::Reg(RSP), 8);
    a.mov_r_rm(8, RBX, Rm::Reg(ARG0));
    a.mov_r_rm(8, R12, Rm::Reg(RSI));
    a.mov_r_rm(8, R13, ctx(offset_of!(Ctx, steps_left)));
    a.mov_r_rm(8, R14, ctx(offset_of!(Ctx, stack_lo)));
    a.mov_r_rm(8, R15, ctx(offset_of!(Ctx, stack_ptr)));
    a.push_rm(ctx(offset_of!(Ctx, rflags)));
    a.popfq();
    a.jmp_rm(Rm::Reg(RDX));
    let epilogue = a.pos();
    a.pushfq();
    a.pop_rm(ctx(offset_of!(Ctx, rflags)));
    a.mov_rm_r(8, ctx(offset_of!(Ctx, steps_left)), R13);
    a.alu_rm_i(Alu::Add, 8, Rm::Reg(RSP), 8);
    for r in [R15, R14, R13, R12, RBP, RBX] {
        a.pop_r(r);
    }
    a.ret();
    epilogue
}

/// Compiles every block of `code`.
pub fn compile(code: &[Insn], live_in: &[bool], entries: &[u32]) -> Output {
    let mut cx = Cx {
        a: Asm::default(),
        live_in,
        jumps: Vec::new(),
        stubs: Vec::new(),
        epilogue: 0,
        lahf: has_lahf(),
    };
    cx.epilogue = prologue(&mut cx.a);
    // Which instructions compile at all (each tried on its own).
    let supported: Vec<bool> = (0..code.len())
        .map(|k| {
            let mark = (cx.a.buf.len(), cx.jumps.len(), cx.stubs.len());
            let ok = cx.insn(k as u32, &code[k]).is_some();
            cx.a.buf.truncate(mark.0);
            cx.jumps.truncate(mark.1);
            cx.stubs.truncate(mark.2);
            ok
        })
        .collect();
    let mut leader = vec![false; code.len() + 1];
    leader[0] = true;
    for &e in entries {
        if let Some(l) = leader.get_mut(e as usize) {
            *l = true;
        }
    }
    for (k, i) in code.iter().enumerate() {
        if matches!(i.op, Op::Jmp | Op::Jcc | Op::Call | Op::SplitCheck)
            && let Some(l) = usize::try_from(i.imm).ok().and_then(|t| leader.get_mut(t))
        {
            *l = true;
        }
        if ends_block(i) || !supported[k] {
            leader[k + 1] = true;
        }
    }
    let mut out_entries = Vec::new();
    let mut covered = 0;
    for start in 0..code.len() {
        if !leader[start] || !supported[start] {
            continue;
        }
        let begin = cx.a.pos();
        out_entries.push((start as u32, begin));
        let saved = live_in.get(start).copied().unwrap_or(true);
        if saved {
            cx.save_flags();
        }
        // cmp r13, imm32 and sub r13, imm32, their imm32 patched below.
        cx.a.buf.extend_from_slice(&[0x49, 0x81, 0xfd, 0, 0, 0, 0]);
        let len_cmp = cx.a.pos() - 4;
        cx.exit_jcc(
            CC_B,
            Exit {
                pc: start as u32,
                refund_from: None,
                restore: saved,
            },
        );
        cx.a.buf.extend_from_slice(&[0x49, 0x81, 0xed, 0, 0, 0, 0]);
        let len_sub = cx.a.pos() - 4;
        if saved {
            cx.restore_flags();
        }
        let first_stub = cx.stubs.len() - 1;
        let mut k = start;
        loop {
            if k > start && leader[k] {
                cx.jump_to(k as u32);
                break;
            }
            if k >= code.len() || !supported[k] {
                cx.exit_now(k as u32, 0);
                break;
            }
            match cx.insn(k as u32, &code[k]) {
                Some(Flow::Next) => k += 1,
                Some(Flow::End) => {
                    k += 1;
                    break;
                }
                None => {
                    // `supported` said yes: cannot happen, but stay safe.
                    cx.exit_now(k as u32, 0);
                    break;
                }
            }
        }
        let end = k as u32;
        let len = (end - start as u32).to_le_bytes();
        cx.a.buf[len_cmp..len_cmp + 4].copy_from_slice(&len);
        cx.a.buf[len_sub..len_sub + 4].copy_from_slice(&len);
        covered += (end as usize).saturating_sub(start);
        let stubs: Vec<Stub> = cx.stubs.drain(first_stub..).collect();
        for s in stubs {
            emit_stub(&mut cx, s, end);
        }
    }
    // Jumps between blocks; a target without code gets a shared exit.
    let entry_of: std::collections::HashMap<u32, usize> = out_entries.iter().copied().collect();
    let mut exits: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    let jumps = std::mem::take(&mut cx.jumps);
    for (p, to) in jumps {
        let target = match entry_of.get(&to) {
            Some(&off) => off,
            None => *exits.entry(to).or_insert_with(|| {
                let at = cx.a.pos();
                cx.exit_now(to, 0);
                at
            }),
        };
        cx.a.patch(p, target);
    }
    Output {
        blocks: out_entries.len(),
        entries: out_entries,
        code: cx.a.buf,
        covered,
    }
}

fn emit_stub(cx: &mut Cx<'_>, s: Stub, end: u32) {
    let leave = |cx: &mut Cx<'_>, e: Exit| {
        if e.restore {
            cx.restore_flags();
        }
        let refund = e.refund_from.map_or(0, |k| end.saturating_sub(k));
        cx.exit_now(e.pc, refund);
    };
    match s {
        Stub::Exit { from, exit } => {
            let here = cx.a.pos();
            cx.a.patch(from, here);
            leave(cx, exit);
        }
        Stub::Slow {
            from,
            resume,
            info,
            on_stack,
            exit,
        } => {
            let fault = cx.slow_path(from, resume, info, on_stack);
            let here = cx.a.pos();
            cx.a.patch(fault, here);
            leave(cx, exit);
        }
    }
}
