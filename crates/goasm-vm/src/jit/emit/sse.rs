//! SSE instructions run as the same host SSE instructions on the guest's
//! XMM slots in `Cpu::xmm`: the host's arithmetic, NaN propagation,
//! conversions and UCOMISD flags are the real CPU's (the interpreter's
//! oracle), under the MXCSR every host thread starts with (round to
//! nearest, exceptions masked), which is Go's. ROUNDSS/ROUNDSD (SSE4.1,
//! which a host may lack) stay with the interpreter.

use super::{CC_NE, Cx, Exit, g};
use crate::cpu::{Cpu, SP};
use crate::ir::{Insn, Loc, sse};
use crate::jit::x64::{RAX, RBX, RSI, Rm, mem};
use std::mem::offset_of;

const XMM: i32 = offset_of!(Cpu, xmm) as i32;
const X0: u8 = 0;
const X1: u8 = 1;

/// Guest XMM register `r`'s slot (its low and high 8 bytes).
fn x(r: u8) -> Rm {
    mem(RBX, XMM + 16 * (r & 15) as i32)
}

fn x_hi(r: u8) -> Rm {
    mem(RBX, XMM + 16 * (r & 15) as i32 + 8)
}

/// The mandatory prefix of a scalar op: F2 for double, F3 for single.
fn scalar(w: u8) -> Option<u8> {
    Some(if w == 8 { 0xf2 } else { 0xf3 })
}

fn float_width(w: u8) -> Option<u8> {
    matches!(w, 4 | 8).then_some(w)
}

impl Cx<'_> {
    /// An operand as host r/m: an XMM or general register slot, or the
    /// translated memory operand (`size` bytes; checked for 16-byte
    /// alignment of the guest address when `aligned`).
    fn sse_place(
        &mut self,
        k: u32,
        loc: Loc,
        size: u8,
        write: bool,
        aligned: bool,
        saved: bool,
    ) -> Option<Rm> {
        Some(match loc {
            Loc::Xmm(r) if r < 16 => x(r),
            Loc::Reg(r) if r < 16 => g(r),
            Loc::Mem(m) => {
                self.ea(m)?;
                if aligned {
                    self.a.test_rm_i(1, Rm::Reg(RSI), 15);
                    let e = Exit {
                        pc: k,
                        refund_from: Some(k),
                        restore: saved,
                    };
                    self.exit_jcc(CC_NE, e);
                }
                self.translate(k, size, write, saved, m.base == SP as u8)?;
                mem(RSI, 0)
            }
            _ => return None,
        })
    }

    /// Both operands of `i` (source `a` of `size_a` bytes, destination `b`
    /// of `size_b`), keeping live guest flags across the memory check.
    fn sse_places(
        &mut self,
        k: u32,
        i: &Insn,
        size_a: u8,
        size_b: u8,
        aligned: bool,
    ) -> Option<(Rm, Rm)> {
        let has_mem = matches!(i.a, Loc::Mem(_)) || matches!(i.b, Loc::Mem(_));
        let saved = has_mem && self.flags_live(k);
        if saved {
            self.save_flags();
        }
        let writes_b = !matches!(i.x, sse::UCOMI | sse::COMI);
        let a = self.sse_place(k, i.a, size_a, false, aligned, saved)?;
        let b = self.sse_place(k, i.b, size_b, writes_b, aligned, saved)?;
        if saved {
            self.restore_flags();
        }
        Some((a, b))
    }

    /// Stores rax (from an op of width `w`) to a general register slot
    /// (a 32-bit result clears the upper half) or to memory.
    fn sse_store_int(&mut self, loc: Loc, to: Rm, w: u8) {
        let bytes = if matches!(loc, Loc::Reg(_)) { 8 } else { w };
        self.a.mov_rm_r(bytes, to, RAX);
    }

    /// Writes rax to XMM `r`'s low 8 bytes and zeroes the rest.
    fn set_xmm_zx(&mut self, r: Loc) -> Option<()> {
        let Loc::Xmm(r) = r else { return None };
        self.a.mov_rm_r(8, x(r), RAX);
        self.a.mov_rm_i(8, x_hi(r), 0);
        Some(())
    }

    pub(super) fn sse(&mut self, k: u32, i: &Insn) -> Option<()> {
        let w = i.w;
        let xmm = |l: Loc| matches!(l, Loc::Xmm(_));
        match i.x {
            sse::MOVS => {
                let w = float_width(w)?;
                let (a, b) = self.sse_places(k, i, w, w, false)?;
                if xmm(i.b) && !xmm(i.a) {
                    // A load zeroes the rest of the register.
                    self.a.load_zx(w, RAX, a);
                    self.set_xmm_zx(i.b)?;
                } else {
                    self.a.mov_r_rm(w, RAX, a);
                    self.a.mov_rm_r(w, b, RAX);
                }
            }
            sse::ADD | sse::SUB | sse::MUL | sse::DIV | sse::SQRT | sse::MIN | sse::MAX => {
                let w = float_width(w)?;
                if !xmm(i.b) || matches!(i.a, Loc::Reg(_)) {
                    return None;
                }
                let op = match i.x {
                    sse::ADD => 0x58,
                    sse::SUB => 0x5c,
                    sse::MUL => 0x59,
                    sse::DIV => 0x5e,
                    sse::SQRT => 0x51,
                    sse::MIN => 0x5d,
                    _ => 0x5f,
                };
                let (a, b) = self.sse_places(k, i, w, w, false)?;
                self.a.sse(scalar(w), 0x10, false, X0, b);
                self.a.sse(scalar(w), op, false, X0, a);
                self.a.sse(scalar(w), 0x11, false, X0, b);
            }
            sse::UCOMI | sse::COMI => {
                let w = float_width(w)?;
                if !xmm(i.b) || matches!(i.a, Loc::Reg(_)) {
                    return None;
                }
                let (a, b) = self.sse_places(k, i, w, w, false)?;
                self.a.sse(scalar(w), 0x10, false, X0, b);
                let prefix = (w == 8).then_some(0x66);
                let op = if i.x == sse::UCOMI { 0x2e } else { 0x2f };
                self.a.sse(prefix, op, false, X0, a);
            }
            sse::CVT_I2F => {
                let (w, y) = (float_width(w)?, float_width(i.y)?);
                if !xmm(i.b) || xmm(i.a) {
                    return None;
                }
                let (a, b) = self.sse_places(k, i, y, w, false)?;
                self.a.sse(scalar(w), 0x2a, y == 8, X0, a);
                self.a.sse(scalar(w), 0x11, false, X0, b);
            }
            sse::CVTT_F2I | sse::CVT_F2I => {
                let (w, y) = (float_width(w)?, float_width(i.y)?);
                if xmm(i.b) || matches!(i.a, Loc::Reg(_)) {
                    return None;
                }
                let (a, b) = self.sse_places(k, i, y, w, false)?;
                let op = if i.x == sse::CVTT_F2I { 0x2c } else { 0x2d };
                self.a.sse(scalar(y), op, w == 8, RAX, a);
                self.sse_store_int(i.b, b, w);
            }
            sse::CVT_F2F => {
                let (w, y) = (float_width(w)?, float_width(i.y)?);
                // (Lowering makes only CVTSS2SD and CVTSD2SS.)
                if w == y || !xmm(i.b) || matches!(i.a, Loc::Reg(_)) {
                    return None;
                }
                let (a, b) = self.sse_places(k, i, y, w, false)?;
                self.a.sse(scalar(y), 0x5a, false, X0, a);
                self.a.sse(scalar(w), 0x11, false, X0, b);
            }
            sse::LOGIC => {
                if !xmm(i.b) || matches!(i.a, Loc::Reg(_)) {
                    return None;
                }
                let op = [0x54, 0x56, 0x57, 0x55][(i.y & 3) as usize];
                let (a, b) = self.sse_places(k, i, 16, 16, true)?;
                self.a.sse(None, 0x10, false, X0, b);
                self.a.sse(None, 0x10, false, X1, a);
                self.a.sse(None, op, false, X0, Rm::Reg(X1));
                self.a.sse(None, 0x11, false, X0, b);
            }
            sse::TO_X => {
                let w = float_width(w)?;
                if !xmm(i.b) || xmm(i.a) {
                    return None;
                }
                let (a, _) = self.sse_places(k, i, w, w, false)?;
                self.a.load_zx(w, RAX, a);
                self.set_xmm_zx(i.b)?;
            }
            sse::FROM_X => {
                let w = float_width(w)?;
                if !xmm(i.a) || xmm(i.b) {
                    return None;
                }
                let (a, b) = self.sse_places(k, i, w, w, false)?;
                self.a.load_zx(w, RAX, a);
                self.sse_store_int(i.b, b, w);
            }
            sse::MOV128 => {
                if matches!(i.a, Loc::Reg(_)) || matches!(i.b, Loc::Reg(_)) {
                    return None;
                }
                let (a, b) = self.sse_places(k, i, 16, 16, i.y == 1)?;
                self.a.sse(None, 0x10, false, X0, a);
                self.a.sse(None, 0x11, false, X0, b);
            }
            sse::MOVQ_XX => {
                if !xmm(i.a) || !xmm(i.b) {
                    return None;
                }
                let (a, _) = self.sse_places(k, i, 8, 8, false)?;
                self.a.mov_r_rm(8, RAX, a);
                self.set_xmm_zx(i.b)?;
            }
            _ => return None,
        }
        Some(())
    }
}
