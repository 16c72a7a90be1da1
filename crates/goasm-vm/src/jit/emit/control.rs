//! Control flow and the stack in compiled code: push and pop, direct and
//! indirect calls, returns, jumps between blocks, and the split check of
//! hand-written functions.

use super::{CC_AE, CC_BE, Cx, EXIT_PC, Exit, Flow, NCODE, P, TABLE, TMP, ctx, fits_i32, g};
use crate::consts::G_STACKGUARD0;
use crate::cpu::{Cpu, SP};
use crate::ir::{Insn, Loc};
use crate::jit::x64::{Alu, RAX, RBX, RCX, RDI, RDX, RSI, Rm, mem};
use crate::memory::TEXT_BASE;
use std::mem::offset_of;

impl Cx<'_> {
    /// SP -= 8 without touching the flags.
    pub(super) fn sp_add(&mut self, d: i32) {
        self.a.mov_r_rm(8, RAX, g(SP as u8));
        self.a.lea(RAX, mem(RAX, d));
        self.a.mov_rm_r(8, g(SP as u8), RAX);
    }

    /// The translated stack slot for a push (rsi) at instruction `k`.
    pub(super) fn push_slot(&mut self, k: u32, saved: bool) -> Option<()> {
        self.a.mov_r_rm(8, RSI, g(SP as u8));
        self.a.lea(RSI, mem(RSI, -8));
        self.translate(k, 8, true, saved, true)
    }

    /// The translated stack slot at SP for a pop or return (rsi) at
    /// instruction `k`.
    pub(super) fn pop_slot(&mut self, k: u32, saved: bool) -> Option<()> {
        self.a.mov_r_rm(8, RSI, g(SP as u8));
        self.translate(k, 8, false, saved, true)
    }

    pub(super) fn push(&mut self, k: u32, i: &Insn) -> Option<()> {
        if i.w != 8 {
            return None;
        }
        let v = match i.a {
            Loc::Reg(r) if r < 16 => P::G(r),
            Loc::Imm if fits_i32(i.imm) => P::I(i.imm),
            _ => return None,
        };
        let saved = self.flags_live(k);
        if saved {
            self.save_flags();
        }
        self.push_slot(k, saved)?;
        match v {
            P::I(x) => self.a.mov_rm_i(8, mem(RSI, 0), x),
            _ => {
                self.a.mov_r_rm(8, RAX, v.rm()?);
                self.a.mov_rm_r(8, mem(RSI, 0), RAX);
            }
        }
        self.sp_add(-8);
        if saved {
            self.restore_flags();
        }
        Some(())
    }

    pub(super) fn pop(&mut self, k: u32, i: &Insn) -> Option<()> {
        let Loc::Reg(d) = i.b else { return None };
        if i.w != 8 || d > 15 {
            return None;
        }
        let saved = self.flags_live(k);
        if saved {
            self.save_flags();
        }
        self.pop_slot(k, saved)?;
        self.a.mov_r_rm(8, RDI, mem(RSI, 0));
        self.sp_add(8);
        self.a.mov_rm_r(8, g(d), RDI);
        if saved {
            self.restore_flags();
        }
        Some(())
    }

    /// Jumps to the block at the instruction index in rcx, or leaves with
    /// that pc when it has no compiled code. Flags are untouched.
    pub(super) fn dispatch_rcx(&mut self) {
        self.a.mov_r_rm(8, RDX, Rm::Reg(RCX));
        self.a.mov_r_rm(8, RAX, ctx(TABLE));
        self.a.mov_r_rm(
            8,
            RCX,
            Rm::Mem {
                base: RAX,
                index: Some((RDX, 8)),
                disp: 0,
            },
        );
        // jrcxz over the 2-byte `jmp rcx`.
        self.a.jrcxz_over(2);
        self.a.jmp_rm(Rm::Reg(RCX));
        self.a.mov_rm_r(8, ctx(EXIT_PC), RDX);
        let p = self.a.jmp();
        self.a.patch(p, self.epilogue);
    }

    /// rcx = the instruction index of the code address in rax; leaves at
    /// `k` (not run) when it is not one.
    pub(super) fn code_index(&mut self, k: u32, saved: bool) {
        self.a.mov_r_rm(8, RCX, Rm::Reg(RAX));
        self.a.alu_rm_i(Alu::Sub, 8, Rm::Reg(RCX), TEXT_BASE as i64);
        self.a.alu_r_rm(Alu::Cmp, 8, RCX, ctx(NCODE));
        self.exit_jcc(
            CC_AE,
            Exit {
                pc: k,
                refund_from: Some(k),
                restore: saved,
            },
        );
    }

    pub(super) fn call(&mut self, k: u32, i: &Insn) -> Option<Flow> {
        let to = u32::try_from(i.imm).ok()?;
        let saved = self.flags_live(k);
        if saved {
            self.save_flags();
        }
        self.push_slot(k, saved)?;
        self.a
            .mov_rm_i(8, mem(RSI, 0), (TEXT_BASE + k as u64 + 1) as i64);
        self.sp_add(-8);
        if saved {
            self.restore_flags();
        }
        self.jump_to(to);
        Some(Flow::End)
    }

    pub(super) fn call_ind(&mut self, k: u32, i: &Insn) -> Option<Flow> {
        let Loc::Reg(r) = i.a else { return None };
        if r > 15 {
            return None;
        }
        let saved = self.flags_live(k);
        if saved {
            self.save_flags();
        }
        self.a.mov_r_rm(8, RAX, g(r));
        self.code_index(k, saved);
        self.a.mov_rm_r(8, ctx(TMP), RCX);
        self.push_slot(k, saved)?;
        self.a
            .mov_rm_i(8, mem(RSI, 0), (TEXT_BASE + k as u64 + 1) as i64);
        self.sp_add(-8);
        self.a.mov_r_rm(8, RCX, ctx(TMP));
        if saved {
            self.restore_flags();
        }
        self.dispatch_rcx();
        Some(Flow::End)
    }

    pub(super) fn ret(&mut self, k: u32) -> Option<Flow> {
        let saved = self.flags_live(k);
        if saved {
            self.save_flags();
        }
        self.pop_slot(k, saved)?;
        self.a.mov_r_rm(8, RAX, mem(RSI, 0));
        self.code_index(k, saved);
        self.a.mov_rm_r(8, ctx(TMP), RCX);
        self.sp_add(8);
        self.a.mov_r_rm(8, RCX, ctx(TMP));
        if saved {
            self.restore_flags();
        }
        self.dispatch_rcx();
        Some(Flow::End)
    }

    /// The split check the assembler puts before a hand-written body
    /// (`CMPQ SP-off, g.stackguard0; JLS morestack`), with g from `Cpu::g`
    /// (what TLS holds). The wrap-around form of frames above StackBig
    /// (x = 1) is left to the interpreter.
    pub(super) fn split_check(&mut self, k: u32, i: &Insn) -> Option<Flow> {
        let (Loc::Mem(m), 0) = (i.a, i.x) else {
            return None;
        };
        let to = u32::try_from(i.imm).ok()?;
        // The check rewrites every flag; they are kept only for a fault
        // while reading the guard.
        let saved = self.flags_live(k);
        if saved {
            self.save_flags();
        }
        self.a.mov_r_rm(8, RSI, mem(RBX, offset_of!(Cpu, g) as i32));
        self.a.lea(RSI, mem(RSI, G_STACKGUARD0 as i32));
        self.translate(k, 8, false, saved, false)?;
        self.a.mov_r_rm(8, RDX, mem(RSI, 0));
        self.ea(m)?;
        self.a.alu_r_rm(Alu::Cmp, 8, RSI, Rm::Reg(RDX));
        let p = self.a.jcc(CC_BE);
        self.jumps.push((p, to));
        self.jump_to(k + 1);
        Some(Flow::End)
    }

    pub(super) fn jump_to(&mut self, to: u32) {
        let p = self.a.jmp();
        self.jumps.push((p, to));
    }
}
