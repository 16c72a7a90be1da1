//! A small x86-64 encoder: just the forms the block compiler emits. Every
//! operand is either a host register or `[base + index*scale + disp]`;
//! widths are 1, 2, 4 or 8 bytes and pick the operand-size prefix, REX.W
//! or the byte opcode the way the manual's opcode tables do.

pub const RAX: u8 = 0;
pub const RCX: u8 = 1;
pub const RDX: u8 = 2;
pub const RBX: u8 = 3;
pub const RSP: u8 = 4;
pub const RBP: u8 = 5;
pub const RSI: u8 = 6;
pub const RDI: u8 = 7;
pub const R12: u8 = 12;
pub const R13: u8 = 13;
pub const R14: u8 = 14;
pub const R15: u8 = 15;

/// An r/m operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rm {
    Reg(u8),
    Mem {
        base: u8,
        /// `(register, scale)`.
        index: Option<(u8, u8)>,
        disp: i32,
    },
}

/// `[base + disp]`.
pub fn mem(base: u8, disp: i32) -> Rm {
    Rm::Mem {
        base,
        index: None,
        disp,
    }
}

/// The eight classic ALU operations, numbered as their `/digit` (and
/// `opcode >> 3`) in the manual.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alu {
    Add = 0,
    Or = 1,
    Adc = 2,
    Sbb = 3,
    And = 4,
    Sub = 5,
    Xor = 6,
    Cmp = 7,
}

/// Shift and rotate `/digit`s (group 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    Rol = 0,
    Ror = 1,
    Rcl = 2,
    Rcr = 3,
    Shl = 4,
    Shr = 5,
    Sar = 7,
}

/// A forward or backward jump whose rel32 is patched once its target is
/// known: the byte offset of the rel32 field.
#[derive(Clone, Copy, Debug)]
pub struct Patch(pub usize);

#[derive(Default)]
pub struct Asm {
    pub buf: Vec<u8>,
}

fn fits_i8(v: i64) -> bool {
    (-128..=127).contains(&v)
}

impl Asm {
    pub fn pos(&self) -> usize {
        self.buf.len()
    }

    fn byte(&mut self, b: u8) {
        self.buf.push(b);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }

    fn imm(&mut self, v: i64, size: u8) {
        self.bytes(&v.to_le_bytes()[..size as usize]);
    }

    /// Prefixes, opcode and ModRM/SIB/displacement of one instruction.
    /// `w` is the operand width (8 sets REX.W, 2 adds 0x66; 1 forces a REX
    /// when `reg` or an r/m register is SPL..DIL, so it is not AH..BH).
    fn op(&mut self, w: u8, opcode: &[u8], reg: u8, rm: Rm) {
        if w == 2 {
            self.byte(0x66);
        }
        let (b, x) = match rm {
            Rm::Reg(r) => (r, 0),
            Rm::Mem { base, index, .. } => (base, index.map_or(0, |(i, _)| i)),
        };
        let mut rex = 0x40 | ((reg >> 3) & 1) << 2 | ((x >> 3) & 1) << 1 | ((b >> 3) & 1);
        if w == 8 {
            rex |= 8;
        }
        let byte_reg = |r: u8| (4..8).contains(&r);
        let need =
            rex != 0x40 || (w == 1 && (byte_reg(reg) || matches!(rm, Rm::Reg(r) if byte_reg(r))));
        if need {
            self.byte(rex);
        }
        self.bytes(opcode);
        self.modrm(reg & 7, rm);
    }

    fn modrm(&mut self, reg: u8, rm: Rm) {
        match rm {
            Rm::Reg(r) => self.byte(0xc0 | reg << 3 | (r & 7)),
            Rm::Mem { base, index, disp } => {
                // rbp/r13 as a base need a displacement (mod 00 means
                // "no base" there); rsp/r12 as a base need a SIB byte.
                let md = if disp == 0 && base & 7 != 5 {
                    0
                } else if fits_i8(disp as i64) {
                    1
                } else {
                    2
                };
                if index.is_some() || base & 7 == 4 {
                    let (i, s) = index.unwrap_or((RSP, 1));
                    let ss = match s {
                        2 => 1,
                        4 => 2,
                        8 => 3,
                        _ => 0,
                    };
                    self.byte(md << 6 | reg << 3 | 4);
                    self.byte(ss << 6 | (i & 7) << 3 | (base & 7));
                } else {
                    self.byte(md << 6 | reg << 3 | (base & 7));
                }
                match md {
                    1 => self.byte(disp as i8 as u8),
                    2 => self.imm(disp as i64, 4),
                    _ => {}
                }
            }
        }
    }

    /// `op rm, reg` (the destination is `rm`).
    pub fn alu_rm_r(&mut self, a: Alu, w: u8, rm: Rm, reg: u8) {
        let base = (a as u8) << 3;
        self.op(w, &[if w == 1 { base } else { base + 1 }], reg, rm);
    }

    /// `op reg, rm` (the destination is `reg`).
    pub fn alu_r_rm(&mut self, a: Alu, w: u8, reg: u8, rm: Rm) {
        let base = (a as u8) << 3;
        self.op(w, &[if w == 1 { base + 2 } else { base + 3 }], reg, rm);
    }

    /// `op rm, imm` (imm already fits the width; 64-bit takes a
    /// sign-extended imm32).
    pub fn alu_rm_i(&mut self, a: Alu, w: u8, rm: Rm, v: i64) {
        let d = a as u8;
        if w == 1 {
            self.op(1, &[0x80], d, rm);
            self.imm(v, 1);
        } else if fits_i8(v) {
            self.op(w, &[0x83], d, rm);
            self.imm(v, 1);
        } else {
            self.op(w, &[0x81], d, rm);
            self.imm(v, if w == 2 { 2 } else { 4 });
        }
    }

    pub fn test_rm_r(&mut self, w: u8, rm: Rm, reg: u8) {
        self.op(w, &[if w == 1 { 0x84 } else { 0x85 }], reg, rm);
    }

    pub fn test_rm_i(&mut self, w: u8, rm: Rm, v: i64) {
        self.op(w, &[if w == 1 { 0xf6 } else { 0xf7 }], 0, rm);
        self.imm(v, w.min(4));
    }

    /// `mov rm, reg`.
    pub fn mov_rm_r(&mut self, w: u8, rm: Rm, reg: u8) {
        self.op(w, &[if w == 1 { 0x88 } else { 0x89 }], reg, rm);
    }

    /// `mov reg, rm` (1- and 2-byte loads keep the register's other bits:
    /// use [`Asm::movzx`] to get a clean value).
    pub fn mov_r_rm(&mut self, w: u8, reg: u8, rm: Rm) {
        self.op(w, &[if w == 1 { 0x8a } else { 0x8b }], reg, rm);
    }

    /// `mov rm, imm` (64-bit: sign-extended imm32).
    pub fn mov_rm_i(&mut self, w: u8, rm: Rm, v: i64) {
        self.op(w, &[if w == 1 { 0xc6 } else { 0xc7 }], 0, rm);
        self.imm(v, w.min(4));
    }

    /// Any 64-bit constant into a register.
    pub fn mov_r_i64(&mut self, reg: u8, v: u64) {
        if v <= u32::MAX as u64 {
            // mov r32, imm32 zero-extends.
            if reg >= 8 {
                self.byte(0x41);
            }
            self.byte(0xb8 + (reg & 7));
            self.imm(v as i64, 4);
        } else if (v as i64) >= i32::MIN as i64 && (v as i64) < 0 {
            self.mov_rm_i(8, Rm::Reg(reg), v as i64);
        } else {
            self.byte(0x48 | (reg >> 3) & 1);
            self.byte(0xb8 + (reg & 7));
            self.imm(v as i64, 8);
        }
    }

    /// Zero-extending load of `from` (1 or 2) bytes into a 32-bit register.
    pub fn movzx(&mut self, reg: u8, from: u8, rm: Rm) {
        self.op(4, &[0x0f, if from == 1 { 0xb6 } else { 0xb7 }], reg, rm);
    }

    /// Sign-extending load of `from` (1, 2, 4) bytes into a `w`-byte
    /// register (w 2, 4 or 8).
    pub fn movsx(&mut self, w: u8, reg: u8, from: u8, rm: Rm) {
        match from {
            4 => self.op(8, &[0x63], reg, rm),
            1 => self.op(w, &[0x0f, 0xbe], reg, rm),
            _ => self.op(w, &[0x0f, 0xbf], reg, rm),
        }
    }

    /// A load of `w` bytes zero-extended to 64 bits.
    pub fn load_zx(&mut self, w: u8, reg: u8, rm: Rm) {
        match w {
            1 | 2 => self.movzx(reg, w, rm),
            4 => self.mov_r_rm(4, reg, rm),
            _ => self.mov_r_rm(8, reg, rm),
        }
    }

    pub fn lea(&mut self, reg: u8, m: Rm) {
        self.op(8, &[0x8d], reg, m);
    }

    /// INC (0), DEC (1) of rm.
    pub fn incdec(&mut self, w: u8, dec: bool, rm: Rm) {
        self.op(w, &[if w == 1 { 0xfe } else { 0xff }], u8::from(dec), rm);
    }

    /// NOT (2) and NEG (3) of rm.
    pub fn notneg(&mut self, w: u8, neg: bool, rm: Rm) {
        self.op(
            w,
            &[if w == 1 { 0xf6 } else { 0xf7 }],
            2 + u8::from(neg),
            rm,
        );
    }

    /// The one-operand group (w 2, 4, 8): MUL (4), IMUL (5), DIV (6) and
    /// IDIV (7) of DX:AX by rm.
    pub fn muldiv(&mut self, w: u8, ext: u8, rm: Rm) {
        self.op(w, &[0xf7], ext, rm);
    }

    /// BT/BTS/BTR/BTC rm, reg (`opcode` 0xa3, 0xab, 0xb3, 0xbb).
    pub fn bt_rm_r(&mut self, opcode: u8, w: u8, rm: Rm, reg: u8) {
        self.op(w, &[0x0f, opcode], reg, rm);
    }

    /// BT/BTS/BTR/BTC rm, imm8 (`ext` 4, 5, 6, 7).
    pub fn bt_rm_i(&mut self, ext: u8, w: u8, rm: Rm, bit: u8) {
        self.op(w, &[0x0f, 0xba], ext, rm);
        self.byte(bit);
    }

    /// `imul reg, rm` (w 2, 4, 8).
    pub fn imul_r_rm(&mut self, w: u8, reg: u8, rm: Rm) {
        self.op(w, &[0x0f, 0xaf], reg, rm);
    }

    /// `imul reg, rm, imm` (w 2, 4, 8).
    pub fn imul_r_rm_i(&mut self, w: u8, reg: u8, rm: Rm, v: i64) {
        if fits_i8(v) {
            self.op(w, &[0x6b], reg, rm);
            self.imm(v, 1);
        } else {
            self.op(w, &[0x69], reg, rm);
            self.imm(v, if w == 2 { 2 } else { 4 });
        }
    }

    /// Shift or rotate rm by an immediate count.
    pub fn shift_i(&mut self, s: Shift, w: u8, rm: Rm, n: u8) {
        self.op(w, &[if w == 1 { 0xc0 } else { 0xc1 }], s as u8, rm);
        self.byte(n);
    }

    /// Shift or rotate rm by CL.
    pub fn shift_cl(&mut self, s: Shift, w: u8, rm: Rm) {
        self.op(w, &[if w == 1 { 0xd2 } else { 0xd3 }], s as u8, rm);
    }

    pub fn setcc(&mut self, cc: u8, rm: Rm) {
        self.op(1, &[0x0f, 0x90 + (cc & 15)], 0, rm);
    }

    /// `cmovcc reg, rm` (w 2, 4, 8).
    pub fn cmovcc(&mut self, cc: u8, w: u8, reg: u8, rm: Rm) {
        self.op(w, &[0x0f, 0x40 + (cc & 15)], reg, rm);
    }

    /// CWD/CDQ/CQO by width.
    pub fn sign_dx(&mut self, w: u8) {
        match w {
            8 => self.bytes(&[0x48, 0x99]),
            4 => self.byte(0x99),
            _ => self.bytes(&[0x66, 0x99]),
        }
    }

    /// CBW/CWDE/CDQE by width.
    pub fn sign_ax(&mut self, w: u8) {
        match w {
            8 => self.bytes(&[0x48, 0x98]),
            4 => self.byte(0x98),
            _ => self.bytes(&[0x66, 0x98]),
        }
    }

    pub fn pushfq(&mut self) {
        self.byte(0x9c);
    }

    pub fn popfq(&mut self) {
        self.byte(0x9d);
    }

    /// AH = SF:ZF:0:AF:0:PF:1:CF.
    pub fn lahf(&mut self) {
        self.byte(0x9f);
    }

    /// SF, ZF, AF, PF, CF = AH's bits.
    pub fn sahf(&mut self) {
        self.byte(0x9e);
    }

    /// `push qword rm`.
    pub fn push_rm(&mut self, rm: Rm) {
        self.op(4, &[0xff], 6, rm);
    }

    /// `pop qword rm`.
    pub fn pop_rm(&mut self, rm: Rm) {
        self.op(4, &[0x8f], 0, rm);
    }

    pub fn push_r(&mut self, r: u8) {
        if r >= 8 {
            self.byte(0x41);
        }
        self.byte(0x50 + (r & 7));
    }

    pub fn pop_r(&mut self, r: u8) {
        if r >= 8 {
            self.byte(0x41);
        }
        self.byte(0x58 + (r & 7));
    }

    pub fn ret(&mut self) {
        self.byte(0xc3);
    }

    /// `call reg`.
    pub fn call_r(&mut self, r: u8) {
        self.op(4, &[0xff], 2, Rm::Reg(r));
    }

    /// `jmp rm` (64-bit target).
    pub fn jmp_rm(&mut self, rm: Rm) {
        self.op(4, &[0xff], 4, rm);
    }

    /// `jmp rel32` to be patched.
    pub fn jmp(&mut self) -> Patch {
        self.byte(0xe9);
        self.rel32()
    }

    /// `jcc rel32` to be patched.
    pub fn jcc(&mut self, cc: u8) -> Patch {
        self.bytes(&[0x0f, 0x80 + (cc & 15)]);
        self.rel32()
    }

    /// `jrcxz rel8` over the next `n` bytes (it reads no flags and writes
    /// none).
    pub fn jrcxz_over(&mut self, n: u8) {
        self.bytes(&[0xe3, n]);
    }

    fn rel32(&mut self) -> Patch {
        let at = self.pos();
        self.imm(0, 4);
        Patch(at)
    }

    /// Points the jump at `p` to `target` (a byte offset in this buffer).
    pub fn patch(&mut self, p: Patch, target: usize) {
        let rel = target as i64 - (p.0 as i64 + 4);
        self.buf[p.0..p.0 + 4].copy_from_slice(&(rel as i32).to_le_bytes());
    }

    /// SSE: `prefix 0F op reg, rm` (e.g. F2 0F 58 = ADDSD); `w8` sets REX.W
    /// (CVTSI2SD from a 64-bit integer).
    pub fn sse(&mut self, prefix: Option<u8>, op: u8, w8: bool, reg: u8, rm: Rm) {
        if let Some(p) = prefix {
            self.byte(p);
        }
        self.op(if w8 { 8 } else { 4 }, &[0x0f, op], reg, rm);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(f: impl FnOnce(&mut Asm)) -> Vec<u8> {
        let mut a = Asm::default();
        f(&mut a);
        a.buf
    }

    /// Encodings checked by hand against the manual's opcode tables (and
    /// the bytes of Go listings, which print the machine code).
    #[test]
    fn encodings_match_the_manual() {
        // mov rax, [rbx+8]
        assert_eq!(
            enc(|a| a.mov_r_rm(8, RAX, mem(RBX, 8))),
            [0x48, 0x8b, 0x43, 0x08]
        );
        // The flag save and restore: lahf; seto al; add al, 0x7f; sahf.
        assert_eq!(
            enc(|a| {
                a.lahf();
                a.setcc(0, Rm::Reg(RAX));
                a.alu_rm_i(Alu::Add, 1, Rm::Reg(RAX), 0x7f);
                a.sahf();
            }),
            [0x9f, 0x0f, 0x90, 0xc0, 0x80, 0xc0, 0x7f, 0x9e]
        );
        // cmp rsp, [r14+16]: the split check, 49 3b 66 10 in listings.
        assert_eq!(
            enc(|a| a.alu_r_rm(Alu::Cmp, 8, RSP, mem(R14, 16))),
            [0x49, 0x3b, 0x66, 0x10]
        );
        // add qword [r12+0x80], 1 (r12 needs a SIB byte)
        assert_eq!(
            enc(|a| a.alu_rm_i(Alu::Add, 8, mem(R12, 0x80), 1)),
            [0x49, 0x83, 0x84, 0x24, 0x80, 0, 0, 0, 1]
        );
        // mov [r13+0], eax (r13 needs a displacement)
        assert_eq!(
            enc(|a| a.mov_rm_r(4, mem(R13, 0), RAX)),
            [0x41, 0x89, 0x45, 0x00]
        );
        // lea rsi, [r15+rdx*1]
        assert_eq!(
            enc(|a| a.lea(
                RSI,
                Rm::Mem {
                    base: R15,
                    index: Some((RDX, 1)),
                    disp: 0
                }
            )),
            [0x49, 0x8d, 0x34, 0x17]
        );
        // mov (AX)(DI*8), CX in a listing: 48 8b 0c f8 = mov rcx, [rax+rdi*8]
        assert_eq!(
            enc(|a| a.mov_r_rm(
                8,
                RCX,
                Rm::Mem {
                    base: RAX,
                    index: Some((RDI, 8)),
                    disp: 0
                }
            )),
            [0x48, 0x8b, 0x0c, 0xf8]
        );
        // setg byte [rbx] (SETGT AL in a listing is 0f 9f c0)
        assert_eq!(enc(|a| a.setcc(0xf, Rm::Reg(RAX))), [0x0f, 0x9f, 0xc0]);
        // mov byte [rsi], sil needs a REX so it is not DH
        assert_eq!(enc(|a| a.mov_rm_r(1, mem(RDI, 0), RSI)), [0x40, 0x88, 0x37]);
        // 16-bit: add word [rbx+8], 0x1234
        assert_eq!(
            enc(|a| a.alu_rm_i(Alu::Add, 2, mem(RBX, 8), 0x1234)),
            [0x66, 0x81, 0x43, 0x08, 0x34, 0x12]
        );
        // movabs rcx, 0x1122334455667788
        assert_eq!(
            enc(|a| a.mov_r_i64(RCX, 0x1122_3344_5566_7788)),
            [0x48, 0xb9, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11]
        );
        // movsxd rax, dword [rsi]; movzx eax, byte [rsi]
        assert_eq!(enc(|a| a.movsx(8, RAX, 4, mem(RSI, 0))), [0x48, 0x63, 0x06]);
        assert_eq!(enc(|a| a.movzx(RAX, 1, mem(RSI, 0))), [0x0f, 0xb6, 0x06]);
        // shl qword [rbx], 3; sar dword [rsi], cl
        assert_eq!(
            enc(|a| a.shift_i(Shift::Shl, 8, mem(RBX, 0), 3)),
            [0x48, 0xc1, 0x23, 3]
        );
        assert_eq!(
            enc(|a| a.shift_cl(Shift::Sar, 4, mem(RSI, 0))),
            [0xd3, 0x3e]
        );
        // push qword [r12+8]; popfq; pop r15
        assert_eq!(
            enc(|a| a.push_rm(mem(R12, 8))),
            [0x41, 0xff, 0x74, 0x24, 0x08]
        );
        assert_eq!(enc(|a| a.pop_r(R15)), [0x41, 0x5f]);
        // addsd xmm0, [rbx+0x90]
        assert_eq!(
            enc(|a| a.sse(Some(0xf2), 0x58, false, 0, mem(RBX, 0x90))),
            [0xf2, 0x0f, 0x58, 0x83, 0x90, 0, 0, 0]
        );
    }
}
