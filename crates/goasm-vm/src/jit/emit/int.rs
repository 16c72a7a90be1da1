//! One-operand multiply and divide, and the bit tests.
//!
//! A divide runs on the host only when it cannot fault: the divisor is
//! not zero and the quotient fits (unsigned: DX below the divisor; signed:
//! DX only AX's sign and not MIN / -1). Anything else leaves for the
//! interpreter before the instruction, which computes the rare wide
//! dividend or raises the divide error. Flags: DIV leaves them undefined
//! and the interpreter keeps them, so live flags are saved around it; MUL
//! and BT set CF (and MUL OF) exactly and the rest as the host does (the
//! manual leaves them undefined).

use super::{CC_E, CC_NE, Cx, Exit, P, g};
use crate::cpu::{AX, DX};
use crate::ir::{Insn, Loc, Op};
use crate::jit::x64::{Alu, RAX, RCX, RDI, RDX, Rm, Shift};

/// CC_AE: unsigned above or equal.
const CC_AE: u8 = 3;

impl Cx<'_> {
    /// Writes the host rax and rdx (results of width `w`) to the guest AX
    /// and DX, with x86's register width rules.
    fn store_ax_dx(&mut self, w: u8) {
        let bytes = if w == 4 { 8 } else { w };
        self.a.mov_rm_r(bytes, g(AX as u8), RAX);
        self.a.mov_rm_r(bytes, g(DX as u8), RDX);
    }

    /// MUL/IMUL (one operand): DX:AX = AX * a.
    pub(super) fn mul1(&mut self, k: u32, i: &Insn, signed: bool) -> Option<()> {
        let w = i.w;
        if !matches!(w, 2 | 4 | 8) || matches!(i.a, Loc::Imm | Loc::None) {
            return None;
        }
        let (a, _, _) = self.begin(k, i, w, false)?;
        self.a.mov_r_rm(8, RAX, g(AX as u8));
        self.a.mov_r_rm(8, RDX, g(DX as u8));
        self.a.muldiv(w, if signed { 5 } else { 4 }, a.rm()?);
        self.store_ax_dx(w);
        Some(())
    }

    /// DIV/IDIV: AX = DX:AX / a, DX = the remainder.
    pub(super) fn div(&mut self, k: u32, i: &Insn, signed: bool) -> Option<()> {
        let w = i.w;
        if !matches!(w, 2 | 4 | 8) || matches!(i.a, Loc::Imm | Loc::None) {
            return None;
        }
        let live = self.flags_live(k);
        if live {
            self.save_flags();
        }
        let a = match i.a {
            Loc::Reg(r) if r < 16 => P::G(r),
            l => self.operand(k, l, w, false, live)?,
        };
        let exit = Exit {
            pc: k,
            refund_from: Some(k),
            restore: live,
        };
        self.a.load_zx(w, RCX, a.rm()?);
        self.a.mov_r_rm(8, RAX, g(AX as u8));
        self.a.mov_r_rm(8, RDX, g(DX as u8));
        self.a.test_rm_r(w, Rm::Reg(RCX), RCX);
        self.exit_jcc(CC_E, exit);
        if signed {
            // DX must be AX's sign (the dividend fits in `w` bytes) ...
            self.a.mov_r_rm(8, RDI, Rm::Reg(RAX));
            self.a.shift_i(Shift::Sar, w, Rm::Reg(RDI), w * 8 - 1);
            self.a.alu_r_rm(Alu::Cmp, w, RDI, Rm::Reg(RDX));
            self.exit_jcc(CC_NE, exit);
            // ... and not MIN / -1, the one such quotient that overflows.
            self.a.mov_r_i64(RDI, 1u64 << (w * 8 - 1));
            self.a.alu_r_rm(Alu::Cmp, w, RDI, Rm::Reg(RAX));
            let not_min = self.a.jcc(CC_NE);
            self.a.alu_rm_i(Alu::Cmp, w, Rm::Reg(RCX), -1);
            self.exit_jcc(CC_E, exit);
            let here = self.a.pos();
            self.a.patch(not_min, here);
        } else {
            self.a.alu_r_rm(Alu::Cmp, w, RDX, Rm::Reg(RCX));
            self.exit_jcc(CC_AE, exit);
        }
        self.a.muldiv(w, if signed { 7 } else { 6 }, Rm::Reg(RCX));
        self.store_ax_dx(w);
        if live {
            self.restore_flags();
        }
        Some(())
    }

    /// BT/BTS/BTR/BTC with the bit index `a` and the base `b` (a register,
    /// or memory with a constant index: a register index would address
    /// any bit relative to the memory operand, left to the interpreter).
    pub(super) fn bt(&mut self, k: u32, i: &Insn) -> Option<()> {
        let w = i.w;
        if !matches!(w, 2 | 4 | 8) {
            return None;
        }
        let (reg_op, imm_ext) = match i.op {
            Op::Bt => (0xa3, 4),
            Op::Bts => (0xab, 5),
            Op::Btr => (0xb3, 6),
            _ => (0xbb, 7),
        };
        let writes = i.op != Op::Bt;
        match (i.a, i.b) {
            (Loc::Imm, Loc::Mem(_)) => {
                let (_, b, _) = self.begin(k, i, w, writes)?;
                self.a.bt_rm_i(imm_ext, w, b.rm()?, i.imm as u8);
            }
            (Loc::Imm | Loc::Reg(_), Loc::Reg(r)) if r < 16 => {
                // Through rax: a 32-bit write clears the upper half.
                self.a.mov_r_rm(8, RAX, g(r));
                match i.a {
                    Loc::Imm => self.a.bt_rm_i(imm_ext, w, Rm::Reg(RAX), i.imm as u8),
                    Loc::Reg(x) if x < 16 => {
                        self.a.mov_r_rm(8, RCX, g(x));
                        self.a.bt_rm_r(reg_op, w, Rm::Reg(RAX), RCX);
                    }
                    _ => return None,
                }
                if writes {
                    self.a.mov_rm_r(if w == 4 { 8 } else { w }, g(r), RAX);
                }
            }
            _ => return None,
        }
        Some(())
    }
}
