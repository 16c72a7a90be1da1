//! The executable form of the linked code: the generic IR with its most
//! common instruction forms replaced by specialised opcodes (see the end of
//! `ir::Op`), so the run loop reads register numbers from plain fields
//! instead of matching on `Loc` for every access; a CMP/TEST directly
//! followed by a `Jcc` becomes one fused step; INC/DEC/IMUL whose flags are
//! overwritten before anything reads them skip the flag work.
//!
//! Indices never change (a specialised instruction replaces its generic one
//! in place), so branch targets, return addresses, pc->line tables and the
//! runtime's view of `Image::code` stay valid. A fused CMP leaves its `Jcc`
//! in place: a jump that lands on the `Jcc` runs it on its own.

use crate::flags::mask;
use crate::ir::{Insn, Loc, Op, sse};

/// Builds the executable form of `code`; `compiled[idx]` tells whether
/// instruction `idx` belongs to compiled Go code (see `liveness`).
pub fn specialize(code: &[Insn], compiled: &[bool]) -> Vec<Insn> {
    let dead = super::liveness::flags_dead_after(code, compiled);
    let mut out = code.to_vec();
    for (idx, &i) in code.iter().enumerate() {
        let next_is_jcc = code.get(idx + 1).is_some_and(|j| j.op == Op::Jcc);
        // The flags a fused compare writes are dead when nothing after its
        // `Jcc` reads them.
        let dead_after_jcc = next_is_jcc && dead[idx + 1];
        if let Some(mut f) = fast_form(i, || dead[idx]) {
            if matches!(f.op, Op::IncR | Op::DecR | Op::ImulRR) {
                f.imm = i64::from(dead[idx]);
            }
            if dead[idx] {
                f.op = without_flags(f.op);
            }
            if next_is_jcc {
                f.op = fused_with_jcc(f.op, dead_after_jcc);
            }
            out[idx] = f;
        } else if next_is_jcc && i.op == Op::Cmp {
            out[idx].op = Op::CmpJ;
        } else if next_is_jcc && i.op == Op::Test {
            out[idx].op = Op::TestJ;
        }
    }
    super::fuse::fuse(code, &mut out, &dead);
    out
}

/// The form of a register ALU op that stores no flags.
fn without_flags(op: Op) -> Op {
    match op {
        Op::AddRR => Op::AddRRNf,
        Op::AddRI => Op::AddRINf,
        Op::SubRR => Op::SubRRNf,
        Op::SubRI => Op::SubRINf,
        Op::AndRR => Op::AndRRNf,
        Op::AndRI => Op::AndRINf,
        Op::OrRR => Op::OrRRNf,
        Op::OrRI => Op::OrRINf,
        Op::XorRR => Op::XorRRNf,
        Op::XorRI => Op::XorRINf,
        op => op,
    }
}

/// A compare fused with the `Jcc` after it (`dead`: the flags are dead
/// after the `Jcc`, so only the branch condition is worked out).
fn fused_with_jcc(op: Op, dead: bool) -> Op {
    match (op, dead) {
        (Op::CmpRR, false) => Op::CmpRRJ,
        (Op::CmpRI, false) => Op::CmpRIJ,
        (Op::TestRR, false) => Op::TestRRJ,
        (Op::TestRI, false) => Op::TestRIJ,
        (Op::CmpRM, false) => Op::CmpRMJ,
        (Op::CmpMR, false) => Op::CmpMRJ,
        (Op::CmpMI, false) => Op::CmpMIJ,
        (Op::CmpRR, true) => Op::CmpRRJn,
        (Op::CmpRI, true) => Op::CmpRIJn,
        (Op::TestRR, true) => Op::TestRRJn,
        (Op::TestRI, true) => Op::TestRIJn,
        (Op::CmpRM, true) => Op::CmpRMJn,
        (Op::CmpMR, true) => Op::CmpMRJn,
        (Op::CmpMI, true) => Op::CmpMIJn,
        (op, _) => op,
    }
}

/// The form of ADD, SUB, AND, OR or XOR (in that order) in `forms`.
fn pick(op: Op, forms: [Op; 5]) -> Op {
    match op {
        Op::Add => forms[0],
        Op::Sub => forms[1],
        Op::And => forms[2],
        Op::Or => forms[3],
        _ => forms[4],
    }
}

/// Register destinations must be written whole (width 4 zero-extends).
fn whole(w: u8) -> bool {
    w == 4 || w == 8
}

/// The specialised form of `i`, if it has one (`dead`: are the flags it
/// writes dead?).
fn fast_form(i: Insn, dead: impl Fn() -> bool) -> Option<Insn> {
    let mut f = i;
    let w = i.w;
    let imm_w = (i.imm as u64 & mask(w)) as i64;
    match (i.op, i.a, i.b) {
        (Op::Mov, Loc::Reg(s), Loc::Reg(d)) if whole(w) => {
            f.op = Op::MovRR;
            (f.x, f.y) = (s, d);
        }
        (Op::Mov, Loc::Imm, Loc::Reg(d)) if whole(w) => {
            f.op = Op::MovRI;
            f.y = d;
            f.imm = imm_w;
        }
        (Op::Mov, Loc::Mem(_), Loc::Reg(d)) if whole(w) => {
            f.op = Op::Load;
            f.y = d;
        }
        (Op::Mov, Loc::Reg(s), Loc::Mem(_)) if w <= 8 => {
            f.op = Op::Store;
            f.x = s;
        }
        (Op::Mov, Loc::Imm, Loc::Mem(_)) if w <= 8 => {
            f.op = Op::StoreImm;
            f.imm = imm_w;
        }
        (Op::Lea, Loc::Mem(_), Loc::Reg(d)) if whole(w) => {
            f.op = Op::LeaR;
            f.y = d;
        }
        (Op::Add | Op::Sub | Op::And | Op::Or | Op::Xor, Loc::Reg(s), Loc::Reg(d)) if whole(w) => {
            f.op = match i.op {
                Op::Add => Op::AddRR,
                Op::Sub => Op::SubRR,
                Op::And => Op::AndRR,
                Op::Or => Op::OrRR,
                _ => Op::XorRR,
            };
            (f.x, f.y) = (s, d);
        }
        (Op::Add | Op::Sub | Op::And | Op::Or | Op::Xor, Loc::Imm, Loc::Reg(d)) if whole(w) => {
            f.op = match i.op {
                Op::Add => Op::AddRI,
                Op::Sub => Op::SubRI,
                Op::And => Op::AndRI,
                Op::Or => Op::OrRI,
                _ => Op::XorRI,
            };
            f.y = d;
            f.imm = imm_w;
        }
        (Op::Add | Op::Sub | Op::And | Op::Or | Op::Xor, Loc::Mem(_), Loc::Reg(d)) if whole(w) => {
            f.op = pick(i.op, [Op::AddRM, Op::SubRM, Op::AndRM, Op::OrRM, Op::XorRM]);
            f.y = d;
        }
        (Op::Add | Op::Sub | Op::And | Op::Or | Op::Xor, Loc::Reg(s), Loc::Mem(_)) if w <= 8 => {
            f.op = pick(i.op, [Op::AddMR, Op::SubMR, Op::AndMR, Op::OrMR, Op::XorMR]);
            f.x = s;
        }
        (Op::Add | Op::Sub | Op::And | Op::Or | Op::Xor, Loc::Imm, Loc::Mem(_)) if w <= 8 => {
            f.op = pick(i.op, [Op::AddMI, Op::SubMI, Op::AndMI, Op::OrMI, Op::XorMI]);
            f.imm = imm_w;
        }
        (Op::Cmp | Op::Test, Loc::Reg(a), Loc::Reg(b)) if w <= 8 => {
            f.op = if i.op == Op::Cmp {
                Op::CmpRR
            } else {
                Op::TestRR
            };
            (f.x, f.y) = (a, b);
        }
        (Op::Cmp | Op::Test, Loc::Reg(a), Loc::Imm) if w <= 8 => {
            f.op = if i.op == Op::Cmp {
                Op::CmpRI
            } else {
                Op::TestRI
            };
            f.x = a;
            f.imm = imm_w;
        }
        (Op::Cmp, Loc::Reg(a), Loc::Mem(_)) if w <= 8 => {
            f.op = Op::CmpRM;
            f.x = a;
        }
        (Op::Cmp, Loc::Mem(_), Loc::Reg(b)) if w <= 8 => {
            f.op = Op::CmpMR;
            f.y = b;
        }
        (Op::Cmp, Loc::Mem(_), Loc::Imm) if w <= 8 => {
            f.op = Op::CmpMI;
            f.imm = imm_w;
        }
        (Op::Shl | Op::Shr | Op::Sar, Loc::None, Loc::Reg(d)) if whole(w) && i.x == 0 && dead() => {
            f.op = match i.op {
                Op::Shl => Op::ShlRI,
                Op::Shr => Op::ShrRI,
                _ => Op::SarRI,
            };
            f.y = d;
            // The CPU masks the count to 5 bits (6 for 64-bit operands).
            f.imm = i.imm & if w == 8 { 63 } else { 31 };
        }
        (Op::Inc | Op::Dec, Loc::None, Loc::Reg(d)) if whole(w) => {
            f.op = if i.op == Op::Inc { Op::IncR } else { Op::DecR };
            f.y = d;
        }
        (Op::Imul2, Loc::Reg(s), Loc::Reg(d)) if whole(w) && i.x == 0 => {
            f.op = Op::ImulRR;
            (f.x, f.y) = (s, d);
        }
        (Op::Imul2, Loc::Reg(s), Loc::Reg(d)) if whole(w) && i.x == 1 => {
            f.op = Op::Imul3RR;
            (f.x, f.y) = (s, d);
        }
        (Op::Imul1 | Op::Mul, Loc::Reg(s), _) if w == 8 => {
            f.op = if i.op == Op::Imul1 {
                Op::Imul1R
            } else {
                Op::Mul1R
            };
            f.x = s;
        }
        (Op::CallInd, Loc::Reg(s), _) => {
            f.op = Op::CallR;
            f.x = s;
        }
        (Op::Sse, Loc::Xmm(s), Loc::Xmm(d)) => {
            let scalar = whole(w);
            f.op = match i.x {
                sse::ADD if scalar => Op::AddsXX,
                sse::SUB if scalar => Op::SubsXX,
                sse::MUL if scalar => Op::MulsXX,
                sse::DIV if scalar => Op::DivsXX,
                sse::MOVS if scalar => Op::MovsXX,
                sse::UCOMI | sse::COMI if scalar => Op::UcomiXX,
                sse::MOV128 => Op::Mov128XX,
                sse::LOGIC if i.y == 2 && s == d => Op::ZeroX,
                _ => return None,
            };
            (f.x, f.y) = (s, d);
        }
        (Op::Sse, Loc::Mem(_), Loc::Xmm(d)) if i.x == sse::MOVS && whole(w) => {
            f.op = Op::MovsLoad;
            f.y = d;
        }
        (Op::Sse, Loc::Xmm(s), Loc::Mem(_)) if i.x == sse::MOVS && whole(w) => {
            f.op = Op::MovsStore;
            f.x = s;
        }
        (Op::Sse, Loc::Reg(s), Loc::Xmm(d)) if i.x == sse::CVT_I2F && whole(i.y) && whole(w) => {
            f.op = Op::CvtI2FX;
            (f.x, f.y) = (s, d);
            f.imm = i64::from(i.y);
        }
        (Op::MovZx | Op::MovSx, Loc::Mem(_), Loc::Reg(d)) if whole(w) => {
            f.op = if i.op == Op::MovZx {
                Op::LoadZx
            } else {
                Op::LoadSx
            };
            f.y = d;
        }
        (Op::MovZx | Op::MovSx, Loc::Reg(s), Loc::Reg(d)) if whole(w) => {
            f.op = if i.op == Op::MovZx {
                Op::MovZxRR
            } else {
                Op::MovSxRR
            };
            f.imm = i64::from(i.x);
            (f.x, f.y) = (s, d);
        }
        (Op::Setcc, _, Loc::Reg(d)) => {
            f.op = Op::SetccR;
            f.y = d;
        }
        // XCHGL AX, AX is the one-byte NOP (see exec::int::xchg).
        (Op::Xchg, Loc::Reg(0), Loc::Reg(0)) if w == 4 => f.op = Op::Nop,
        (Op::Push, Loc::Reg(s), _) if w == 8 => {
            f.op = Op::PushR;
            f.x = s;
        }
        (Op::Pop, _, Loc::Reg(d)) if w == 8 => {
            f.op = Op::PopR;
            f.y = d;
        }
        _ => return None,
    }
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reg_reg(op: Op, w: u8, a: u8, b: u8) -> Insn {
        let mut i = Insn::new(op, w);
        i.a = Loc::Reg(a);
        i.b = Loc::Reg(b);
        i
    }

    #[test]
    fn indices_stay_and_jcc_stays_after_a_fused_compare() {
        let mut jcc = Insn::new(Op::Jcc, 8);
        jcc.x = 4;
        let code = [reg_reg(Op::Cmp, 8, 0, 1), jcc, reg_reg(Op::Mov, 2, 0, 1)];
        let f = specialize(&code, &[false; 3]);
        assert_eq!(f.len(), 3);
        assert_eq!(f[0].op, Op::CmpRRJ);
        assert_eq!((f[0].x, f[0].y), (0, 1));
        assert_eq!(f[1], jcc);
        // 16-bit register writes merge: they stay generic.
        assert_eq!(f[2].op, Op::Mov);
    }

    #[test]
    fn inc_flags_are_dead_only_when_overwritten_before_a_read() {
        let mut inc = Insn::new(Op::Inc, 8);
        inc.b = Loc::Reg(1);
        let mut jcc = Insn::new(Op::Jcc, 8);
        jcc.x = 4;
        let dead = specialize(
            &[inc, reg_reg(Op::Mov, 8, 0, 2), reg_reg(Op::Cmp, 8, 0, 1)],
            &[false; 3],
        );
        assert_eq!((dead[0].op, dead[0].imm), (Op::IncR, 1));
        let live = specialize(&[inc, reg_reg(Op::Mov, 8, 0, 2), jcc], &[false; 3]);
        assert_eq!((live[0].op, live[0].imm), (Op::IncR, 0));
        let unknown = specialize(&[inc, Insn::new(Op::Ret, 8)], &[false; 2]);
        assert_eq!(unknown[0].imm, 0);
    }

    /// Random straight-line code over the generic ops that `specialize`
    /// rewrites; each program must leave the same registers, flags and
    /// memory whether it runs generic or specialised.
    #[test]
    fn specialised_code_computes_what_generic_code_computes() {
        use crate::cpu::Cpu;
        use crate::exec::{Stop, run};
        use crate::ir::{MemRef, NO_REG};
        use crate::memory::{Memory, Perm, Region};

        const DATA: u64 = 0x10_0000;
        const STACK: u64 = 0x20_0000;
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut rnd = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        // BX holds the data base and SP the stack: never destinations.
        let dests = [0u8, 1, 2, 6, 7, 8, 9];
        for _ in 0..3000 {
            let mut code = Vec::new();
            for _ in 0..12 {
                let w = [1u8, 2, 4, 8][rnd(4) as usize];
                let d = dests[rnd(dests.len() as u64) as usize];
                let s = [0u8, 1, 2, 3, 6, 7, 8, 9][rnd(8) as usize];
                let mem = Loc::Mem(MemRef {
                    disp: rnd(56) as i32,
                    base: 3,
                    index: if rnd(2) == 0 { NO_REG } else { 3 },
                    scale: 0,
                });
                let ops = [
                    Op::Mov,
                    Op::Add,
                    Op::Sub,
                    Op::And,
                    Op::Or,
                    Op::Xor,
                    Op::Cmp,
                    Op::Test,
                    Op::Inc,
                    Op::Dec,
                    Op::Imul2,
                    Op::Shl,
                    Op::Shr,
                    Op::Sar,
                    Op::Lea,
                    Op::Push,
                    Op::Pop,
                    Op::Jcc,
                    Op::MovZx,
                    Op::MovSx,
                    Op::Setcc,
                    Op::Nop,
                    Op::Nop,
                ];
                let op = ops[rnd(ops.len() as u64) as usize];
                let mut i = Insn::new(op, w);
                i.imm = rnd(u64::MAX) as i64 >> rnd(64);
                let (a, b) = match rnd(4) {
                    0 => (Loc::Reg(s), Loc::Reg(d)),
                    1 => (Loc::Imm, Loc::Reg(d)),
                    2 => (mem, Loc::Reg(d)),
                    _ => (Loc::Reg(s), mem),
                };
                (i.a, i.b) = (a, b);
                match op {
                    Op::Inc | Op::Dec | Op::Shl | Op::Shr | Op::Sar | Op::Pop => {
                        i.a = Loc::None;
                        i.w = if op == Op::Pop { 8 } else { w };
                    }
                    Op::Push => (i.w, i.b) = (8, Loc::None),
                    Op::Lea => (i.a, i.b) = (mem, Loc::Reg(d)),
                    Op::Imul2 if i.w == 1 => i.w = 2,
                    Op::Cmp | Op::Test if rnd(2) == 0 => (i.a, i.b) = (Loc::Reg(s), Loc::Imm),
                    Op::Cmp if rnd(2) == 0 => (i.a, i.b) = (mem, Loc::Imm),
                    Op::Add | Op::Sub | Op::And | Op::Or | Op::Xor if rnd(3) == 0 => {
                        (i.a, i.b) = (Loc::Imm, mem);
                    }
                    Op::MovZx | Op::MovSx => {
                        // Source width below the destination's.
                        i.w = [2u8, 4, 8][rnd(3) as usize];
                        i.x = [1u8, 2, 4][rnd(3) as usize].min(i.w / 2);
                        if matches!(i.b, Loc::Mem(_)) {
                            (i.a, i.b) = (mem, Loc::Reg(d));
                        } else if i.a == Loc::Imm {
                            i.a = Loc::Reg(s);
                        }
                    }
                    Op::Setcc => {
                        (i.w, i.x, i.a) = (1, rnd(16) as u8, Loc::None);
                    }
                    Op::Jcc => {
                        // Skip one instruction (or none) on a condition.
                        i.x = rnd(16) as u8;
                        i.imm = code.len() as i64 + 1 + rnd(2) as i64;
                        (i.a, i.b) = (Loc::None, Loc::None);
                    }
                    _ => {}
                }
                if matches!(i.a, Loc::Mem(_)) && matches!(i.b, Loc::Mem(_)) {
                    i.a = Loc::Reg(s);
                }
                code.push(i);
            }
            let mut set = Insn::new(Op::Setcc, 1);
            set.x = rnd(16) as u8;
            set.b = Loc::Reg(0);
            code.push(set);
            code.push(Insn::new(Op::Exit, 0));

            let start = |code: &[Insn]| {
                let mut m = Memory::new(1 << 20);
                let mut data: Vec<u8> = (0..64).map(|k| (k * 37 + 11) as u8).collect();
                data.extend(vec![0; 64]);
                for (base, data) in [(DATA, data), (STACK, vec![0x5a; 256])] {
                    m.map(Region {
                        name: "t",
                        base,
                        data,
                        perm: Perm::RW,
                    })
                    .unwrap();
                }
                let mut c = Cpu::default();
                for (r, g) in c.gp.iter_mut().enumerate() {
                    *g = 0x0123_4567_89ab_cdefu64.rotate_left(r as u32 * 5);
                }
                c.gp[3] = DATA;
                c.gp[4] = STACK + 128;
                let mut steps = 0;
                let stop = run(code, &mut c, &mut m, &mut steps, 1000);
                let mut bytes = vec![0u8; 128];
                m.read_bytes(DATA, &mut bytes).unwrap();
                let mut stack = vec![0u8; 256];
                m.read_bytes(STACK, &mut stack).unwrap();
                (stop, c.gp, c.flags.get(), bytes, stack, steps)
            };
            let generic = start(&code);
            assert_eq!(generic.0, Stop::Exit);
            for compiled in [false, true] {
                let fast = start(&specialize(&code, &vec![compiled; code.len()]));
                assert_eq!(generic, fast, "{code:#?}");
            }
        }
    }
}
