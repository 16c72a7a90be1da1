//! Status-flag liveness over the whole linked program, so the executable
//! form can skip storing flags that nothing will read (ARCHITECTURE.md
//! decision 3: "where flags are provably dead, skip them").
//!
//! A backward data-flow pass: the flags are live before an instruction when
//! some path from it reads them before an instruction that writes all of
//! them. The six status flags are one unit; an instruction that writes only
//! some (INC/DEC keep CF) passes liveness through.
//!
//! Calls and returns: Go's calling conventions keep no flags across a call
//! or return, so in compiled code (ABIInternal functions from listings) a
//! call, return or runtime call ends every flag lifetime. Hand-written
//! assembly gets the conservative reading: a direct call continues into the
//! callee, and anything whose successor is unknown reads the flags.

use crate::ir::{Insn, Op, sse};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Effect {
    /// Writes every status flag without reading any.
    Write,
    /// May read them (or we cannot tell).
    Read,
    /// Neither: liveness flows through from the successors.
    Pass,
}

fn effect(i: &Insn, compiled: bool) -> Effect {
    use Effect::*;
    match i.op {
        Op::Add
        | Op::Sub
        | Op::Cmp
        | Op::Test
        | Op::And
        | Op::Or
        | Op::Xor
        | Op::Neg
        | Op::Andn
        | Op::Xadd
        | Op::Imul1
        | Op::Imul2
        | Op::Mul
        | Op::Popf
        | Op::SplitCheck => Write,
        // A constant count of zero changes no flag; a count in CL may be zero.
        Op::Shl | Op::Shr | Op::Sar if i.x == 0 => {
            let n = i.imm & if i.w == 8 { 63 } else { 31 };
            if n == 0 { Pass } else { Write }
        }
        Op::Sse if matches!(i.x, sse::UCOMI | sse::COMI) => Write,
        Op::Sse
        | Op::Mov
        | Op::MovZx
        | Op::MovSx
        | Op::Lea
        | Op::Nop
        | Op::Not
        | Op::Bswap
        | Op::Push
        | Op::Pop
        | Op::SignDx
        | Op::SignAx
        | Op::Shlx
        | Op::Shrx
        | Op::Sarx
        | Op::Rorx
        | Op::Mulx
        | Op::Xchg
        | Op::Div
        | Op::Idiv
        | Op::Stos
        | Op::Movs
        | Op::Cpuid
        | Op::Rdtsc
        // INC/DEC keep CF: live after them means CF is live before.
        | Op::Inc
        | Op::Dec
        | Op::Jmp => Pass,
        Op::Call => {
            if compiled {
                Write
            } else {
                Pass
            }
        }
        Op::Ret
        | Op::JmpInd
        | Op::CallInd
        | Op::RtCall
        | Op::RtJmp
        | Op::Morestack
            if compiled =>
        {
            Write
        }
        _ => Read,
    }
}

/// The instructions control may go to after `i` at `idx` (at most two).
fn successors(i: &Insn, idx: usize, compiled: bool) -> [Option<usize>; 2] {
    let next = Some(idx + 1);
    let target = Some(i.imm as usize);
    match i.op {
        Op::Jmp => [target, None],
        Op::Jcc | Op::SplitCheck => [next, target],
        Op::Call if !compiled => [target, None],
        Op::Ret | Op::JmpInd | Op::RtJmp | Op::Exit => [None, None],
        _ => [next, None],
    }
}

/// Sweeps before giving up on a fixed point (then nothing counts as dead).
const MAX_SWEEPS: usize = 64;

/// For each instruction: are the status flags dead right after it (no path
/// from its successors reads them before they are all rewritten)?
/// `compiled[idx]` tells whether instruction `idx` is compiled Go code.
pub fn flags_dead_after(code: &[Insn], compiled: &[bool]) -> Vec<bool> {
    let is_compiled = |idx: usize| compiled.get(idx).copied().unwrap_or(false);
    let Some(live_in) = flags_live_in(code, compiled) else {
        return vec![false; code.len()];
    };
    let live_at = |live_in: &[bool], s: Option<usize>| match s {
        Some(s) => live_in.get(s).copied().unwrap_or(true),
        None => false,
    };
    code.iter()
        .enumerate()
        .map(|(idx, i)| {
            let c = is_compiled(idx);
            // What a write by `i` flows into: for a call in compiled code the
            // callee (which, by the ABI, does not read it) is not a reader.
            let succ = match i.op {
                Op::Call if c => [None, None],
                Op::Ret | Op::JmpInd | Op::CallInd | Op::RtCall | Op::RtJmp | Op::Morestack
                    if c =>
                {
                    [None, None]
                }
                Op::Ret | Op::JmpInd | Op::CallInd | Op::RtCall | Op::RtJmp | Op::Exit => {
                    return false;
                }
                _ => successors(i, idx, c),
            };
            !succ.iter().any(|&s| live_at(&live_in, s))
        })
        .collect()
}

/// For each instruction: may the status flags be read after control
/// reaches it (before they are all rewritten)? `None` when the analysis
/// did not settle (then treat every flag as live).
pub fn flags_live_in(code: &[Insn], compiled: &[bool]) -> Option<Vec<bool>> {
    let is_compiled = |idx: usize| compiled.get(idx).copied().unwrap_or(false);
    // live_in[idx]: the flags are live on entry to `idx`. Start from "dead
    // everywhere" and grow to the least fixed point.
    let mut live_in = vec![false; code.len()];
    let live_at = |live_in: &[bool], s: Option<usize>| match s {
        // Past the end, or out of range: assume a reader.
        Some(s) => live_in.get(s).copied().unwrap_or(true),
        None => false,
    };
    let mut stable = false;
    for _ in 0..MAX_SWEEPS {
        let mut changed = false;
        for idx in (0..code.len()).rev() {
            let i = &code[idx];
            let c = is_compiled(idx);
            let v = match effect(i, c) {
                Effect::Write => false,
                Effect::Read => true,
                Effect::Pass => successors(i, idx, c).iter().any(|&s| live_at(&live_in, s)),
            };
            if v != live_in[idx] {
                live_in[idx] = v;
                changed = true;
            }
        }
        if !changed {
            stable = true;
            break;
        }
    }
    stable.then_some(live_in)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Loc;

    fn op(op: Op) -> Insn {
        let mut i = Insn::new(op, 8);
        i.a = Loc::Reg(0);
        i.b = Loc::Reg(1);
        i
    }

    fn jump(o: Op, to: i64) -> Insn {
        let mut i = Insn::new(o, 8);
        i.imm = to;
        i
    }

    #[test]
    fn a_read_on_either_branch_keeps_flags_alive() {
        // 0 ADD; 1 JCC 4; 2 CMP; 3 JMP 5; 4 SETCC; 5 EXIT
        let code = [
            op(Op::Add),
            jump(Op::Jcc, 4),
            op(Op::Cmp),
            jump(Op::Jmp, 5),
            op(Op::Setcc),
            Insn::new(Op::Exit, 0),
        ];
        let dead = flags_dead_after(&code, &[false; 6]);
        // ADD's flags are read by the JCC.
        assert!(!dead[0]);
        // After CMP, the path goes to EXIT (a reader, conservatively).
        assert!(!dead[2]);
        let code = [
            op(Op::Add),
            op(Op::Mov),
            op(Op::Sub),
            Insn::new(Op::Exit, 0),
        ];
        let dead = flags_dead_after(&code, &[false; 4]);
        assert!(dead[0], "SUB overwrites ADD's flags");
        assert!(!dead[2]);
    }

    #[test]
    fn loops_reach_a_fixed_point() {
        // 0 INC; 1 MOV; 2 JMP 0: INC passes liveness; nothing reads: dead.
        let code = [op(Op::Inc), op(Op::Mov), jump(Op::Jmp, 0)];
        assert_eq!(flags_dead_after(&code, &[false; 3]), vec![true; 3]);
        // With a SETCC in the loop, everything before it is live.
        let code = [op(Op::Inc), op(Op::Setcc), jump(Op::Jmp, 0)];
        let dead = flags_dead_after(&code, &[false; 3]);
        assert!(!dead[0] && !dead[2]);
    }

    #[test]
    fn returns_end_flag_lifetimes_only_in_compiled_code() {
        let code = [op(Op::Add), Insn::new(Op::Ret, 8)];
        assert!(!flags_dead_after(&code, &[false; 2])[0]);
        assert!(flags_dead_after(&code, &[true; 2])[0]);
        // A hand-written call flows into the callee, which reads here.
        let code = [
            op(Op::Add),
            jump(Op::Call, 3),
            Insn::new(Op::Exit, 0),
            op(Op::Setcc),
        ];
        assert!(!flags_dead_after(&code, &[false; 4])[0]);
        assert!(flags_dead_after(&code, &[true; 4])[0]);
    }

    #[test]
    fn a_zero_constant_shift_writes_no_flag() {
        let mut shl = Insn::new(Op::Shl, 8);
        shl.imm = 64; // masked to 0
        let code = [op(Op::Add), shl, op(Op::Setcc)];
        assert!(!flags_dead_after(&code, &[false; 3])[0]);
        shl.imm = 3;
        let code = [op(Op::Add), shl, op(Op::Setcc)];
        assert!(flags_dead_after(&code, &[false; 3])[0]);
    }
}
