//! The syntax tree of a Go assembly file after preprocessing. Constants are
//! already evaluated (Go's assembler evaluates them while parsing, with
//! uint64 wrap-around), symbols keep their source spelling (`·Swap`,
//! `name<>`, `pkg∕path·f`), and the pseudo-registers keep the distinction
//! the assembler makes: `x-8(SP)` (named: the pseudo-SP of the local frame)
//! versus `8(SP)` (the hardware stack pointer).

use crate::span::Span;
use goasm_isa::Reg;

/// A parsed file: statements in source order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct File {
    pub stmts: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// `loop:`
    Label(String),
    Text(Text),
    Data(Data),
    Globl(Globl),
    /// Any instruction, including the pseudo-instructions PCDATA, FUNCDATA,
    /// PCALIGN and NOP.
    Insn(Insn),
}

/// A symbol reference as written: `·f`, `runtime·morestack_noctxt`,
/// `data<>` (file-local), `·f<ABIInternal>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SymRef {
    pub name: String,
    /// `<>`: visible only in this file.
    pub is_static: bool,
    /// `<ABI0>` / `<ABIInternal>` selector, if given.
    pub abi: Option<String>,
}

impl SymRef {
    pub fn new(name: impl Into<String>) -> SymRef {
        SymRef {
            name: name.into(),
            is_static: false,
            abi: None,
        }
    }
}

/// `TEXT sym(SB), flags, $frame-args`
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub sym: SymRef,
    /// Sum of textflag.h bits (0 when absent).
    pub flags: i64,
    /// Local frame size; negative (`$-8`) asks for no frame at all.
    pub frame: i64,
    /// Argument size, if given (`-32` in `$0-32`).
    pub args: Option<i64>,
    /// Listing only: the function is ABIInternal (the TEXT line's flag list
    /// says so; hand-written code selects ABIs in the symbol instead).
    pub abi_internal: bool,
}

/// `DATA sym+off(SB)/width, $value`
#[derive(Debug, Clone, PartialEq)]
pub struct Data {
    pub sym: SymRef,
    pub offset: i64,
    pub width: i64,
    pub value: Operand,
}

/// `GLOBL sym(SB), flags, $size`
#[derive(Debug, Clone, PartialEq)]
pub struct Globl {
    pub sym: SymRef,
    pub flags: i64,
    pub size: i64,
}

/// An instruction: `MOVQ a+0(FP), AX`, `VADDPD.RU_SAE.Z Z1, Z2, K1, Z3`.
#[derive(Debug, Clone, PartialEq)]
pub struct Insn {
    pub mnemonic: String,
    /// AVX-512 suffixes after the mnemonic (`RU_SAE`, `Z`, `BCST`).
    pub suffixes: Vec<String>,
    pub operands: Vec<Operand>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operand {
    pub span: Span,
    pub kind: OperandKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum OperandKind {
    /// `AX`, `X0`, `K1`
    Reg(Reg),
    /// `R11:AX`: the old two-register form of double shifts.
    RegPair(Reg, Reg),
    /// `[Z0-Z3]`: AVX-512 4-register blocks.
    RegList(Reg, Reg),
    /// `$4`, `$(1<<3)`, `$~0`, `$'a'`
    Imm(i64),
    /// `$1.5`; stored as bits so the tree has exact equality.
    FloatImm(u64),
    /// `$"abc"`
    StrImm(Vec<u8>),
    /// `$sym(SB)`, `$x+8(FP)`, `$16(SP)`: the address of a memory operand.
    Addr(Mem),
    /// Memory, or a bare number (`CMPPD X1, X2, 4`; `JLS 171` in listings).
    Mem(Mem),
    /// `loop` (a label, as a branch target).
    Label(String),
    /// `2(PC)`: relative branch in instructions.
    PcRel(i64),
}

/// `sym+off(base)(index*scale)`, every part optional.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mem {
    /// Symbol (for SB) or variable name (for FP and the pseudo SP).
    pub sym: Option<SymRef>,
    pub offset: i64,
    pub base: Option<Base>,
    pub index: Option<(Reg, u8)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// A machine register, including the hardware SP and TLS.
    Reg(Reg),
    /// Static base: global symbols.
    SB,
    /// Frame pointer pseudo-register: arguments.
    FP,
    /// The pseudo stack pointer (only with a name: `x-8(SP)`).
    PseudoSP,
}

impl File {
    /// A copy with every span zeroed, for comparing trees parsed from
    /// different texts (the round-trip property).
    pub fn without_spans(&self) -> File {
        let mut f = self.clone();
        for s in &mut f.stmts {
            s.span = Span::default();
            let ops: &mut [Operand] = match &mut s.kind {
                StmtKind::Insn(i) => &mut i.operands,
                StmtKind::Data(d) => std::slice::from_mut(&mut d.value),
                _ => &mut [],
            };
            for o in ops {
                o.span = Span::default();
            }
        }
        f
    }

    /// Counts for `goasm parse --stats`.
    pub fn stats(&self) -> Stats {
        let mut st = Stats::default();
        for s in &self.stmts {
            match &s.kind {
                StmtKind::Text(_) => st.texts += 1,
                StmtKind::Data(_) => st.datas += 1,
                StmtKind::Globl(_) => st.globls += 1,
                StmtKind::Insn(_) => st.insns += 1,
                StmtKind::Label(_) => st.labels += 1,
            }
        }
        st
    }
}

/// Statement counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub texts: usize,
    pub datas: usize,
    pub globls: usize,
    pub insns: usize,
    pub labels: usize,
}

impl std::ops::AddAssign for Stats {
    fn add_assign(&mut self, o: Stats) {
        self.texts += o.texts;
        self.datas += o.datas;
        self.globls += o.globls;
        self.insns += o.insns;
        self.labels += o.labels;
    }
}
