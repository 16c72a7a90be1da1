//! What the Go assembler adds to a TEXT body (facts from
//! `cmd/internal/obj/x86/obj6.go`, `preprocess` and `stacksplit`):
//!
//! - A frame pointer slot: unless NOFRAME, and unless the function has a
//!   zero frame and makes no call, 8 bytes are added to the frame and the
//!   prologue does `PUSHQ BP; MOVQ SP, BP`, then `ADJSP` by the rest.
//! - Functions whose frame is below StackSmall and that make no call are
//!   marked NOSPLIT automatically.
//! - Unless NOSPLIT, a split check compares SP (or SP-framesize+StackSmall,
//!   guarding underflow for frames above StackBig) with g.stackguard0 and
//!   jumps to a stub at the end: `CALL runtime·morestack_noctxt` (or
//!   `morestack` with NEEDCTXT) then `JMP` back to the check.
//! - RET becomes `ADJSP -locals; POPQ BP; RET`.
//! - Named-SP offsets become `off + deltasp - bpsize`, FP offsets
//!   `off + deltasp + 8`, where deltasp follows PUSH/POP/ADJSP in program order.

use crate::consts::{NOFRAME, NOSPLIT, STACK_SMALL};
use goasm_syntax::ast::{OperandKind, Stmt, StmtKind, Text};

/// The frame decisions for one function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    /// Frame size including the saved BP.
    pub autoffset: i64,
    /// 8 when BP is saved, else 0.
    pub bpsize: i64,
    pub nosplit: bool,
}

impl Frame {
    pub fn locals(&self) -> i64 {
        self.autoffset - self.bpsize
    }
}

fn zero_arg_runtime_call(stmt: &Stmt) -> bool {
    let StmtKind::Insn(i) = &stmt.kind else {
        return false;
    };
    i.operands.first().is_some_and(|o| match &o.kind {
        OperandKind::Mem(m) => m.sym.as_ref().is_some_and(|s| {
            matches!(
                s.name.as_str(),
                "runtime·panicdivide"
                    | "runtime·panicwrap"
                    | "runtime·panicshift"
                    | "runtime·panicBounds"
                    | "runtime·panicExtend"
            )
        }),
        _ => false,
    })
}

/// Computes the frame of a TEXT symbol from its flags, `$frame` and body.
pub fn frame(text: &Text, body: &[&Stmt]) -> Frame {
    let mut autoffset = text.frame.max(0);
    let calls: Vec<&Stmt> = body
        .iter()
        .copied()
        .filter(|s| {
            matches!(&s.kind, StmtKind::Insn(i) if matches!(i.mnemonic.as_str(), "CALL" | "DUFFCOPY" | "DUFFZERO"))
        })
        .collect();
    let has_call = !calls.is_empty();
    let bpsize = if text.flags & NOFRAME == 0 && (autoffset != 0 || has_call) {
        8
    } else {
        0
    };
    autoffset += bpsize;
    let mut nosplit = text.flags & NOSPLIT != 0;
    if autoffset < STACK_SMALL && !nosplit {
        let leaf = calls.iter().all(|s| {
            let is_call = matches!(&s.kind, StmtKind::Insn(i) if i.mnemonic == "CALL");
            (!is_call || zero_arg_runtime_call(s)) && autoffset < STACK_SMALL - 8
        });
        nosplit = leaf;
    }
    Frame {
        autoffset,
        bpsize,
        nosplit,
    }
}

/// How obj6 turns `ADJSP $v` into an add or subtract of SP:
/// `(is_add, amount)`, or `None` for a NOP.
pub fn adjsp(v: i64) -> Option<(bool, i64)> {
    match v {
        0 => None,
        v if v == 0x80 || (v < 0 && v != -0x80) => Some((true, -v)),
        v => Some((false, v)),
    }
}
