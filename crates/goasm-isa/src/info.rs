//! The shape of one table row and its small vocabulary types.
//!
//! A row is plain `Copy` data with `&'static` slices, so the whole table is
//! built once and shared; every consumer (parser, printer, lowering, VM)
//! reads the same row. Rows are constructed with `const fn` builder methods
//! in the family files under `table/`.

use crate::flags::{Cond, FlagEffect, Flags};

/// The family an instruction belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InsnClass {
    /// Assembler directives and pseudo-instructions (TEXT, DATA, GLOBL,
    /// PCDATA, FUNCDATA, PCALIGN, NOP, ADJSP ...).
    Pseudo,
    /// Raw data emitted into the instruction stream (BYTE, WORD, LONG, QUAD).
    Data,
    /// Prefixes written as their own instruction (LOCK, REP, XACQUIRE ...).
    Prefix,
    /// Integer add/subtract/compare family (ADD, SUB, ADC, SBB, CMP, NEG, INC, DEC, ADCX ...).
    Arith,
    /// Bitwise logic (AND, OR, XOR, NOT, TEST, ANDN).
    Logic,
    /// Multiply and divide (MUL, IMUL, IMUL3, MULX, DIV, IDIV).
    MulDiv,
    /// Shifts and rotates, including the BMI2 flagless ones.
    Shift,
    /// Single-bit and bit-scan operations (BT*, BSF, BSR, TZCNT, POPCNT, BMI1/2 field ops).
    Bit,
    /// Moves, extensions, LEA, BSWAP, MOVBE, sign-extension of AX (CQO ...).
    Move,
    /// Conditional moves (CMOVQEQ ...).
    CondMove,
    /// Set byte on condition (SETEQ ...).
    CondSet,
    /// Exchange and atomic read-modify-write (XCHG, XADD, CMPXCHG).
    Exchange,
    /// Stack manipulation (PUSH, POP, PUSHF, POPF, ENTER, LEAVE).
    Stack,
    /// Jumps, calls and returns.
    Branch,
    /// String instructions (MOVS, CMPS, SCAS, LODS, STOS, INS, OUTS).
    String,
    /// Instructions whose job is the flags themselves (CLC, STD, LAHF ...).
    FlagOp,
    /// The x87 floating-point stack.
    X87,
    /// MMX-only instructions (EMMS, MASKMOVQ, PSHUFW ...).
    Mmx,
    /// Legacy-encoded SSE through SSE4.2 (scalar and packed, float and integer).
    Sse,
    /// AES, SHA, carry-less multiply, CRC32.
    Crypto,
    /// VEX-encodable vector instructions (AVX, AVX2, FMA, F16C, VAES ...); many
    /// also take EVEX forms.
    Avx,
    /// Vector instructions that exist only with EVEX encoding (AVX-512).
    Avx512,
    /// AVX-512 opmask register instructions (KMOVW, KANDB ...).
    Mask,
    /// System, privileged, I/O, fences, cache control, state save, TSX, identification.
    System,
    /// Legacy instructions invalid in 64-bit mode (AAA, DAA, BOUND, ARPL ...).
    Legacy,
}

/// Integer operand width selected by Go's B/W/L/Q suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Width {
    B = 1,
    W = 2,
    L = 4,
    Q = 8,
}

impl Width {
    pub const fn bytes(self) -> u8 {
        self as u8
    }

    pub const fn bits(self) -> u32 {
        self as u32 * 8
    }

    /// Go's suffix letter.
    pub const fn suffix(self) -> char {
        match self {
            Width::B => 'B',
            Width::W => 'W',
            Width::L => 'L',
            Width::Q => 'Q',
        }
    }
}

/// How an instruction affects control flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Control {
    /// Falls through to the next instruction.
    Next,
    /// Unconditional jump (direct or indirect); a JMP to a function is a tail call.
    Jump,
    /// Conditional branch (Jcc, JCXZ, LOOP, XBEGIN's abort path).
    CondJump,
    /// Call: pushes a return address, resumes at the next instruction.
    Call,
    /// Return to the caller (RET, RETF, IRET, SYSRET ...).
    Ret,
    /// Never falls through and goes nowhere in the program: UNDEF, UD2, HLT.
    Trap,
}

/// A set of operand kinds allowed in one position, in Go operand order
/// (sources first, destination last).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Opnd(u16);

impl Opnd {
    /// A general register; the instruction's width picks AL/AX/... views.
    pub const R: Opnd = Opnd(1);
    /// A memory operand (`off(base)(index*scale)`, `sym(SB)`, `x+8(FP)`).
    pub const M: Opnd = Opnd(1 << 1);
    /// An immediate (`$3`, `$sym(SB)` for address-taking moves).
    pub const I: Opnd = Opnd(1 << 2);
    /// An XMM register.
    pub const X: Opnd = Opnd(1 << 3);
    /// A YMM register.
    pub const Y: Opnd = Opnd(1 << 4);
    /// A ZMM register.
    pub const Z: Opnd = Opnd(1 << 5);
    /// An AVX-512 opmask register.
    pub const K: Opnd = Opnd(1 << 6);
    /// An MMX register.
    pub const MM: Opnd = Opnd(1 << 7);
    /// An x87 stack register.
    pub const F: Opnd = Opnd(1 << 8);
    /// Only CX (CL): the variable shift count.
    pub const CL: Opnd = Opnd(1 << 9);
    /// A direct branch target: a label, `sym(SB)` or `n(PC)`.
    pub const T: Opnd = Opnd(1 << 10);
    /// A segment register (PUSHQ FS).
    pub const SEG: Opnd = Opnd(1 << 11);
    /// A control, debug or descriptor-table register (MOVQ CR3, AX).
    pub const SYS: Opnd = Opnd(1 << 12);
    /// A register pair `R11:AX`: Go's older spelling of the two registers of
    /// a double shift (`SHLL CX, R11:AX` = `SHLL CX, R11, AX`).
    pub const PAIR: Opnd = Opnd(1 << 13);

    /// Union, usable in constants.
    pub const fn or(self, other: Opnd) -> Opnd {
        Opnd(self.0 | other.0)
    }

    /// Every kind in `kind` is allowed here.
    pub const fn allows(self, kind: Opnd) -> bool {
        self.0 & kind.0 == kind.0
    }

    /// Some kind in `kind` is allowed here.
    pub const fn intersects(self, kind: Opnd) -> bool {
        self.0 & kind.0 != 0
    }

    pub const fn bits(self) -> u16 {
        self.0
    }
}

impl std::ops::BitOr for Opnd {
    type Output = Opnd;
    fn bitor(self, rhs: Opnd) -> Opnd {
        self.or(rhs)
    }
}

impl std::fmt::Debug for Opnd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const NAMES: [&str; 14] = [
            "r", "m", "imm", "x", "y", "z", "k", "mm", "f", "CL", "target", "seg", "sys", "pair",
        ];
        let parts: Vec<&str> = (0..NAMES.len())
            .filter(|i| self.0 >> i & 1 == 1)
            .map(|i| NAMES[i])
            .collect();
        f.write_str(&parts.join("/"))
    }
}

/// One accepted operand list: a kind set per position, Go order.
pub type Form = &'static [Opnd];

/// One row of the instruction table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InsnInfo {
    /// The mnemonic exactly as Go spells it.
    pub name: &'static str,
    pub class: InsnClass,
    pub(crate) width: Option<Width>,
    pub(crate) src_width: Option<Width>,
    pub(crate) control: Control,
    pub(crate) cond: Option<Cond>,
    pub(crate) flags: FlagEffect,
    pub(crate) forms: Option<&'static [Form]>,
    pub(crate) canonical: Option<&'static str>,
}

impl InsnInfo {
    pub(crate) const fn new(name: &'static str, class: InsnClass) -> InsnInfo {
        InsnInfo {
            name,
            class,
            width: None,
            src_width: None,
            control: Control::Next,
            cond: None,
            flags: FlagEffect::NONE,
            forms: None,
            canonical: None,
        }
    }

    pub(crate) const fn with_name(mut self, name: &'static str) -> InsnInfo {
        self.name = name;
        self
    }

    pub(crate) const fn with_width(mut self, w: Width) -> InsnInfo {
        self.width = Some(w);
        self
    }

    pub(crate) const fn with_src(mut self, w: Width) -> InsnInfo {
        self.src_width = Some(w);
        self
    }

    pub(crate) const fn with_control(mut self, c: Control) -> InsnInfo {
        self.control = c;
        self
    }

    /// Sets the condition and adds the flags it reads.
    pub(crate) const fn with_cond(mut self, c: Cond) -> InsnInfo {
        self.cond = Some(c);
        self.flags.read = self.flags.read.or(c.reads());
        self
    }

    pub(crate) const fn with_flags(mut self, f: FlagEffect) -> InsnInfo {
        self.flags = f;
        self
    }

    pub(crate) const fn with_forms(mut self, forms: &'static [Form]) -> InsnInfo {
        self.forms = Some(forms);
        self
    }

    pub(crate) const fn with_canonical(mut self, canonical: &'static str) -> InsnInfo {
        self.canonical = Some(canonical);
        self
    }

    /// The mnemonic as Go spells it.
    pub fn name(&self) -> &'static str {
        self.name
    }

    pub fn class(&self) -> InsnClass {
        self.class
    }

    /// Operand width from the B/W/L/Q suffix (the destination width for
    /// extensions and conversions); `None` when the mnemonic carries none.
    pub fn width(&self) -> Option<Width> {
        self.width
    }

    /// Source width where it differs from [`width`](Self::width): MOVBQZX has
    /// source B and width Q; CVTSL2SD has source L.
    pub fn src_width(&self) -> Option<Width> {
        self.src_width
    }

    pub fn control(&self) -> Control {
        self.control
    }

    /// The condition tested by Jcc, SETcc, CMOVcc and FCMOVcc rows.
    pub fn cond(&self) -> Option<Cond> {
        self.cond
    }

    pub fn flags(&self) -> FlagEffect {
        self.flags
    }

    pub fn flags_read(&self) -> Flags {
        self.flags.read
    }

    pub fn flags_written(&self) -> Flags {
        self.flags.written
    }

    pub fn flags_undefined(&self) -> Flags {
        self.flags.undefined
    }

    /// Accepted operand lists, when the row describes them (every row in the
    /// VM subset does); `None` means "not described", not "no operands".
    pub fn forms(&self) -> Option<&'static [Form]> {
        self.forms
    }

    /// Whether `kinds` (one set per operand, Go order) matches a described
    /// form. An operand's set names every kind it could be read as: CX is
    /// `R | CL`, `sym(SB)` is `M | T`; a position matches when it allows any
    /// of them. Rows without forms accept anything.
    pub fn accepts(&self, kinds: &[Opnd]) -> bool {
        match self.forms {
            None => true,
            Some(forms) => forms.iter().any(|form| {
                form.len() == kinds.len() && form.iter().zip(kinds).all(|(f, k)| f.intersects(*k))
            }),
        }
    }

    /// For an alias (JA, MOVD, MOVOA ...), the instruction it stands for.
    pub fn canonical(&self) -> Option<&'static str> {
        self.canonical
    }

    pub fn is_alias(&self) -> bool {
        self.canonical.is_some()
    }

    /// A jump, conditional or not.
    pub fn is_branch(&self) -> bool {
        matches!(self.control, Control::Jump | Control::CondJump)
    }

    pub fn is_call(&self) -> bool {
        self.control == Control::Call
    }

    pub fn is_ret(&self) -> bool {
        self.control == Control::Ret
    }

    /// Control never falls through to the next instruction.
    pub fn is_terminator(&self) -> bool {
        matches!(self.control, Control::Jump | Control::Ret | Control::Trap)
    }
}
