//! The pre-decoded instruction: everything that does not change at run time
//! (register numbers, operand width, absolute addresses of `sym(SB)`, label
//! targets as instruction indices, pseudo-register offsets rewritten to
//! hardware-SP offsets) is resolved by lowering, so the run loop only
//! matches on a one-byte opcode and reads plain integers.
//!
//! Operands keep Go's order: `a` is the (first) source, `b` the destination.
//! A third operand (IMUL3's immediate, SHLD's count, MULX's low output ...)
//! lives in `imm` or `x`.

/// A general-register number: AX=0 ... R15=15 (hardware order).
pub type GpReg = u8;

/// "No register" in a [`MemRef`].
pub const NO_REG: u8 = 0xff;

/// `[base + index*scale + disp]`, fully resolved: SB symbols are folded into
/// `disp`, FP and named-SP offsets are hardware-SP offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemRef {
    pub disp: i32,
    pub base: u8,
    pub index: u8,
    pub scale: u8,
}

/// One operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Loc {
    #[default]
    None,
    /// A general register viewed at the instruction's width.
    Reg(GpReg),
    /// AH, CH, DH, BH: bits 8..16 of AX, CX, DX, BX.
    High(GpReg),
    /// An XMM register.
    Xmm(u8),
    /// The instruction's `imm` field.
    Imm,
    Mem(MemRef),
}

/// Opcodes. One small executor function per family (see `exec/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Op {
    /// Stop: the return address of the outermost call lands here.
    Exit,
    Nop,
    Mov,
    /// Zero-extend `a` (width `x` bytes) into `b` (width `w`).
    MovZx,
    MovSx,
    Lea,
    Add,
    Sub,
    Adc,
    Sbb,
    Cmp,
    And,
    Or,
    Xor,
    Test,
    /// `b = !reg(x) & a`.
    Andn,
    Inc,
    Dec,
    Neg,
    Not,
    /// One-operand signed multiply into DX:AX.
    Imul1,
    /// `b *= a` (or `b = a * imm` when `x` = 1).
    Imul2,
    Mul,
    /// `hi(b):lo(reg x) = DX * a`.
    Mulx,
    Div,
    Idiv,
    /// Sign-extend AX into DX (CWD/CDQ/CQO by width).
    SignDx,
    /// Sign-extend within AX (CBW/CWDE/CDQE by width).
    SignAx,
    Shl,
    Shr,
    Sar,
    Rol,
    Ror,
    Rcl,
    Rcr,
    /// Double shifts: `b` shifted, bits from `a`, count in imm or CL (x = 1).
    Shld,
    Shrd,
    /// BMI2: `b = a op reg(x)` without flags.
    Shlx,
    Shrx,
    Sarx,
    Rorx,
    Bt,
    Bts,
    Btr,
    Btc,
    Bsf,
    Bsr,
    Tzcnt,
    Lzcnt,
    Popcnt,
    Bswap,
    /// `x` holds the condition code.
    Setcc,
    Cmovcc,
    Jcc,
    /// Direct jump to instruction `imm`.
    Jmp,
    /// Jump to the address in `a`.
    JmpInd,
    /// Direct call of instruction `imm`.
    Call,
    /// Call through the address in `a`.
    CallInd,
    /// Call of a runtime builtin (number in `imm`).
    RtCall,
    /// Tail jump into a runtime builtin: call it, then return.
    RtJmp,
    Ret,
    Push,
    Pop,
    Pushf,
    Popf,
    Xchg,
    Xadd,
    Cmpxchg,
    Cpuid,
    Rdtsc,
    Clc,
    Stc,
    Cmc,
    /// Stack-split check: flags of `CMPQ a-address, g.stackguard0` (x = 1: the
    /// underflow-guarded big form), then `JLS imm`.
    SplitCheck,
    /// Grow the stack (runtime.morestack); x = 1 keeps the DX context.
    Morestack,
    /// SSE scalar/packed; `x` selects the operation (see exec/sse.rs).
    Sse,
    /// STOS / MOVS of width `w`: store AX at DI (copy from SI to DI), both
    /// advanced by `w` in DF's direction; `y` = 1 with the REP prefix
    /// (repeat CX times, CX counts down to 0).
    Stos,
    Movs,

    // Specialised forms, made only by `lower::fast` from the generic ops
    // above (the linked `Image::code` never holds them): operands decoded
    // into plain fields so the run loop does not match on `Loc`. A source
    // register is in `x`, a destination register in `y`; register
    // destinations have width 4 or 8 (the whole register is written).
    /// `y = x`.
    MovRR,
    /// `y = imm` (already masked to the width).
    MovRI,
    /// `y = load(a)`.
    Load,
    /// `store(b) = x`.
    Store,
    /// `store(b) = imm`.
    StoreImm,
    /// `y = ea(a)`.
    LeaR,
    AddRR,
    AddRI,
    SubRR,
    SubRI,
    AndRR,
    AndRI,
    OrRR,
    OrRI,
    XorRR,
    XorRI,
    /// Flags of `x - y` / `x - imm` / `x & y` / `x & imm` (any width: they
    /// write no register).
    CmpRR,
    CmpRI,
    TestRR,
    TestRI,
    /// The same followed by the `Jcc` at the next index, executed as one
    /// step of the loop (the `Jcc` stays in place for jumps that land on it).
    CmpRRJ,
    CmpRIJ,
    TestRRJ,
    TestRIJ,
    /// CMP with a memory operand: `x` - mem(b), mem(a) - `y`, mem(a) - imm;
    /// the `J` forms are fused with the next `Jcc`.
    CmpRM,
    CmpMR,
    CmpMI,
    CmpRMJ,
    CmpMRJ,
    CmpMIJ,
    /// Generic CMP / TEST operands, fused with the next `Jcc`.
    CmpJ,
    TestJ,
    /// INC/DEC of register `y`; `imm` = 1 when the flags are dead (CF need
    /// not be preserved).
    IncR,
    DecR,
    /// `y *= x` (two-operand IMUL); `imm` = 1 when the flags are dead.
    ImulRR,
    /// SHL/SHR/SAR of register `y` by the count in `imm`, made only where
    /// the flags are dead (the generic op works them out).
    ShlRI,
    ShrRI,
    SarRI,
    /// PUSHQ/POPQ of a register (`x` / `y`).
    PushR,
    PopR,
    /// ALU ops with a memory operand: register `y` op= load(a); store(b)
    /// op= register `x`; store(b) op= imm.
    AddRM,
    SubRM,
    AndRM,
    OrRM,
    XorRM,
    AddMR,
    SubMR,
    AndMR,
    OrMR,
    XorMR,
    AddMI,
    SubMI,
    AndMI,
    OrMI,
    XorMI,
    /// The register ALU forms above where the flags are dead: no flag work.
    AddRRNf,
    AddRINf,
    SubRRNf,
    SubRINf,
    AndRRNf,
    AndRINf,
    OrRRNf,
    OrRINf,
    XorRRNf,
    XorRINf,
    /// Fused compares whose flags are dead after their `Jcc`: only the
    /// branch condition is worked out.
    CmpRRJn,
    CmpRIJn,
    TestRRJn,
    TestRIJn,
    CmpRMJn,
    CmpMRJn,
    CmpMIJn,
    /// IMUL3 of registers: `y = x * imm`.
    Imul3RR,
    /// One-operand 64-bit IMUL/MUL of register `x` into DX:AX.
    Imul1R,
    Mul1R,
    /// CALL through register `x`.
    CallR,
    /// Superinstructions (`lower::fuse`), each counted as the `x`
    /// instructions it stands for. `PUSHQ BP; MOVQ SP, BP` and, when x = 3,
    /// `SUBQ $imm, SP` (y = 1: its flags are dead).
    Enter,
    /// `ADDQ $imm, SP` when x = 3 (y = 1: its flags are dead), then
    /// `POPQ BP; RET`.
    LeaveRet,
    /// `MOVQ x, y` then `MOVQ imm & 0xff, imm >> 8`.
    MovRR2,
    /// A direct call (`imm`); when the callee starts with the compiler's
    /// split check, the check runs in the same step (`exec::call_checked`).
    CallChk,
    /// `CQO; IDIVQ x`.
    CqoIdivR,
    /// `MOVQ x, y` then CALL through register `imm`.
    MovCallR,
    /// Two 64-bit memory moves: `y` = load(a) then `x` = load(b); `y` =
    /// load(a) then store(b) = `x`; store(b) = `x` then `y` = load(a);
    /// store(b) = `x` then store(a) = `y`.
    Load2,
    LoadStore,
    StoreLoad,
    Store2,
    /// Scalar SSE forms (width `w` 4 or 8) with XMM registers `x` (source)
    /// and `y` (destination): ADDSx/SUBSx/MULSx/DIVSx, MOVSx load (`y` =
    /// load(a)), store (store(b) = `x`) and register move, 128-bit register
    /// move, XOR of a register with itself, UCOMISx/COMISx, and integer
    /// register `x` (width `imm`) to float.
    /// MOVBLZX-style loads: `y` = load(a) of width `x`, zero- or
    /// sign-extended to `w` (4 or 8).
    LoadZx,
    LoadSx,
    /// Register forms: `y` = the low `imm` bytes of `x`, extended.
    MovZxRR,
    MovSxRR,
    /// SETcc into the low byte of register `y`; `x` is the condition.
    SetccR,
    AddsXX,
    SubsXX,
    MulsXX,
    DivsXX,
    MovsLoad,
    MovsStore,
    MovsXX,
    Mov128XX,
    ZeroX,
    UcomiXX,
    CvtI2FX,
}

/// One instruction: 40 bytes, `Copy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Insn {
    pub op: Op,
    /// Operand width in bytes (1, 2, 4, 8; 16 for vector moves).
    pub w: u8,
    pub x: u8,
    pub y: u8,
    pub a: Loc,
    pub b: Loc,
    pub imm: i64,
}

impl Insn {
    pub const fn new(op: Op, w: u8) -> Insn {
        Insn {
            op,
            w,
            x: 0,
            y: 0,
            a: Loc::None,
            b: Loc::None,
            imm: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insn_is_small_and_copy() {
        assert_eq!(std::mem::size_of::<Loc>(), 12);
        assert_eq!(std::mem::size_of::<Insn>(), 40);
        fn is_copy<T: Copy>() {}
        is_copy::<Insn>();
    }
}

/// Sub-operations of [`Op::Sse`] (in `Insn::x`). Scalar ops take the float
/// width in `w` (4 or 8).
pub mod sse {
    /// MOVSS/MOVSD: register moves keep the upper bits, loads zero them.
    pub const MOVS: u8 = 0;
    pub const ADD: u8 = 1;
    pub const SUB: u8 = 2;
    pub const MUL: u8 = 3;
    pub const DIV: u8 = 4;
    pub const SQRT: u8 = 5;
    pub const MIN: u8 = 6;
    pub const MAX: u8 = 7;
    pub const UCOMI: u8 = 8;
    pub const COMI: u8 = 9;
    /// Integer (width `y`) to float (width `w`).
    pub const CVT_I2F: u8 = 10;
    /// Float (width `y`) to integer (width `w`), truncating.
    pub const CVTT_F2I: u8 = 11;
    /// Float to integer, rounding to nearest even (MXCSR default).
    pub const CVT_F2I: u8 = 12;
    /// Float (width `y`) to float (width `w`).
    pub const CVT_F2F: u8 = 13;
    /// 128-bit logic; `y`: 0 AND, 1 OR, 2 XOR, 3 ANDN.
    pub const LOGIC: u8 = 14;
    /// GP/memory (width `w`) into an XMM register, upper bits zeroed.
    pub const TO_X: u8 = 15;
    /// XMM low bits (width `w`) to GP/memory.
    pub const FROM_X: u8 = 16;
    /// 16-byte move; `y` = 1 requires 16-byte alignment.
    pub const MOV128: u8 = 17;
    /// ROUNDSS/ROUNDSD with the mode in `imm`.
    pub const ROUND: u8 = 18;
    /// MOVQ between XMM registers: low 64 bits, upper zeroed.
    pub const MOVQ_XX: u8 = 19;
}
