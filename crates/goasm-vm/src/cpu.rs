//! Architectural state: 16 general registers, 16 XMM registers, lazy flags
//! and the program counter (an instruction index), plus operand access with
//! x86's width rules: 32-bit writes zero the upper half, 8- and 16-bit
//! writes keep it, AH..BH are bits 8..16.

use crate::flags::{LazyFlags, mask};
use crate::ir::{Loc, MemRef, NO_REG};
use crate::memory::{Fault, Memory};

pub const SP: usize = 4;
pub const BP: usize = 5;
pub const AX: usize = 0;
pub const CX: usize = 1;
pub const DX: usize = 2;
pub const BX: usize = 3;

#[derive(Clone, Debug, Default)]
pub struct Cpu {
    pub gp: [u64; 16],
    pub xmm: [u128; 16],
    pub flags: LazyFlags,
    /// Index of the next instruction.
    pub pc: u32,
    /// The current goroutine's g (what TLS holds; read by the split check).
    pub g: u64,
}

impl Cpu {
    #[inline]
    pub fn ea(&self, m: MemRef) -> u64 {
        let mut a = (m.disp as i64) as u64;
        if m.base != NO_REG {
            a = a.wrapping_add(self.gp[m.base as usize]);
        }
        if m.index != NO_REG {
            a = a.wrapping_add(self.gp[m.index as usize].wrapping_mul(m.scale as u64));
        }
        a
    }

    /// Reads an integer operand of width `w`, zero-extended.
    #[inline]
    pub fn get(&self, mem: &Memory, loc: Loc, w: u8, imm: i64) -> Result<u64, Fault> {
        Ok(match loc {
            Loc::Reg(r) => self.gp[r as usize] & mask(w),
            Loc::Imm => imm as u64 & mask(w),
            Loc::Mem(m) => mem.read(self.ea(m), w)?,
            Loc::High(r) => (self.gp[r as usize] >> 8) & 0xff,
            Loc::Xmm(x) => self.xmm[x as usize] as u64 & mask(w),
            Loc::None => 0,
        })
    }

    /// Writes an integer operand of width `w`.
    #[inline]
    pub fn set(&mut self, mem: &mut Memory, loc: Loc, w: u8, v: u64) -> Result<(), Fault> {
        match loc {
            Loc::Reg(r) => self.set_reg(r, w, v),
            Loc::Mem(m) => mem.write(self.ea(m), w, v)?,
            Loc::High(r) => {
                let g = &mut self.gp[r as usize];
                *g = (*g & !0xff00) | ((v & 0xff) << 8);
            }
            Loc::Xmm(x) => self.xmm[x as usize] = (v & mask(w)) as u128,
            Loc::Imm | Loc::None => {}
        }
        Ok(())
    }

    #[inline]
    pub fn set_reg(&mut self, r: u8, w: u8, v: u64) {
        let g = &mut self.gp[r as usize];
        *g = match w {
            8 => v,
            4 => v & 0xffff_ffff,
            _ => (*g & !mask(w)) | (v & mask(w)),
        };
    }

    #[inline(always)]
    pub fn push(&mut self, mem: &mut Memory, v: u64) -> Result<(), Fault> {
        let sp = self.gp[SP].wrapping_sub(8);
        mem.write(sp, 8, v)?;
        self.gp[SP] = sp;
        Ok(())
    }

    #[inline(always)]
    pub fn pop(&mut self, mem: &Memory) -> Result<u64, Fault> {
        let v = mem.read(self.gp[SP], 8)?;
        self.gp[SP] = self.gp[SP].wrapping_add(8);
        Ok(v)
    }
}

/// Sign-extends the low `w` bytes of `v`.
#[inline]
pub fn sext(v: u64, w: u8) -> i64 {
    let sh = 64 - w as u32 * 8;
    ((v << sh) as i64) >> sh
}
