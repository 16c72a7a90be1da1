//! Superinstructions: short sequences the Go compiler emits in every
//! function run as one step of the interpreter loop (one dispatch instead
//! of two or three). Like the fused compare-and-branch, a superinstruction
//! replaces only the first instruction of its sequence: the others stay in
//! place, so a jump into the middle runs them one by one, and indices,
//! return addresses and line tables do not change.
//!
//! - `Enter`: the frame prologue `PUSHQ BP; MOVQ SP, BP[; SUBQ $n, SP]`.
//! - `LeaveRet`: the epilogue `[ADDQ $n, SP;] POPQ BP; RET`.
//! - `MovRR2`: two 64-bit register moves in a row (argument shuffles).
//! - `Load2`, `LoadStore`, `StoreLoad`, `Store2`: two 64-bit register
//!   loads/stores in a row (spills, reloads, closure contexts).
//! - `MovCallR`: `MOVQ x, y; CALL r` (a closure call: context into DX).
//! - `CqoIdivR`: `CQO; IDIVQ r` (Go's signed 64-bit `/` and `%`).
//! - `CallChk`: a direct call, run together with the callee's split check
//!   `CMPQ SP, 16(R14); JLS` when it has one.

use crate::cpu::{BP, SP};
use crate::ir::{Insn, Loc, Op};

const BPR: Loc = Loc::Reg(BP as u8);
const SPR: Loc = Loc::Reg(SP as u8);

fn is(i: Option<&Insn>, op: Op, a: Loc, b: Loc) -> bool {
    i.is_some_and(|i| i.op == op && i.w == 8 && i.a == a && i.b == b)
}

/// Rewrites `out` (the executable form of `code`, index for index) with
/// superinstructions; `dead[idx]`: the flags are dead after `code[idx]`.
pub fn fuse(code: &[Insn], out: &mut [Insn], dead: &[bool]) {
    for idx in 0..code.len() {
        let at = |k: usize| code.get(idx + k);
        if is(at(0), Op::Push, BPR, Loc::None) && is(at(1), Op::Mov, SPR, BPR) {
            let mut f = Insn::new(Op::Enter, 8);
            f.x = 2;
            if is(at(2), Op::Sub, Loc::Imm, SPR) {
                f.x = 3;
                f.imm = code[idx + 2].imm;
                f.y = u8::from(dead[idx + 2]);
            }
            out[idx] = f;
        } else if is(at(0), Op::Add, Loc::Imm, SPR)
            && is(at(1), Op::Pop, Loc::None, BPR)
            && at(2).is_some_and(|i| i.op == Op::Ret)
        {
            let mut f = Insn::new(Op::LeaveRet, 8);
            (f.x, f.imm, f.y) = (3, code[idx].imm, u8::from(dead[idx]));
            out[idx] = f;
        } else if is(at(0), Op::Pop, Loc::None, BPR) && at(1).is_some_and(|i| i.op == Op::Ret) {
            let mut f = Insn::new(Op::LeaveRet, 8);
            f.x = 2;
            out[idx] = f;
        } else if code[idx].op == Op::SignDx
            && code[idx].w == 8
            && let Some(&Insn {
                op: Op::Idiv,
                w: 8,
                a: Loc::Reg(r),
                ..
            }) = at(1)
        {
            let mut f = Insn::new(Op::CqoIdivR, 8);
            f.x = r;
            out[idx] = f;
        } else if code[idx].op == Op::Call {
            // Whether the callee starts with a split check is decided when
            // the call runs (a look at the target's executable form).
            out[idx].op = Op::CallChk;
        } else if out[idx].op == Op::MovRR
            && out[idx].w == 8
            && let Some(&Insn {
                op: Op::CallR,
                x: r,
                ..
            }) = out.get(idx + 1)
        {
            // A closure call: the context into DX, then the call.
            out[idx].op = Op::MovCallR;
            out[idx].imm = i64::from(r);
        } else if let Some(f) = memory_pair(&out[idx], out.get(idx + 1)) {
            out[idx] = f;
        } else if out[idx].op == Op::MovRR
            && out[idx].w == 8
            && out
                .get(idx + 1)
                .is_some_and(|j| j.op == Op::MovRR && j.w == 8)
        {
            let j = out[idx + 1];
            out[idx].op = Op::MovRR2;
            out[idx].imm = i64::from(j.x) | i64::from(j.y) << 8;
        }
    }
}

/// Two 64-bit loads or stores in a row as one instruction: a load uses
/// `a` and `y`, a store `b` and `x`, so any two fit once the second's
/// operand moves to the free fields.
fn memory_pair(first: &Insn, second: Option<&Insn>) -> Option<Insn> {
    let second = second?;
    if first.w != 8 || second.w != 8 {
        return None;
    }
    let mut f = *first;
    f.op = match (first.op, second.op) {
        (Op::Load, Op::Load) => {
            (f.b, f.x) = (second.a, second.y);
            Op::Load2
        }
        (Op::Load, Op::Store) => {
            (f.b, f.x) = (second.b, second.x);
            Op::LoadStore
        }
        (Op::Store, Op::Load) => {
            (f.a, f.y) = (second.a, second.y);
            Op::StoreLoad
        }
        (Op::Store, Op::Store) => {
            (f.a, f.y) = (second.b, second.x);
            Op::Store2
        }
        _ => return None,
    };
    Some(f)
}

#[cfg(test)]
mod tests {
    use crate::cpu::{BP, Cpu, SP};
    use crate::exec::{Stop, run};
    use crate::ir::{Insn, Loc, Op};
    use crate::lower::fast::specialize;
    use crate::memory::{Memory, Perm, Region};

    const STACK: u64 = 0x20_0000;

    fn ins(op: Op, a: Loc, b: Loc, imm: i64) -> Insn {
        let mut i = Insn::new(op, 8);
        (i.a, i.b, i.imm) = (a, b, imm);
        i
    }

    /// A call into a function with a frame: `k` bytes of locals, then a
    /// flag reader after the return. `smash_ret` overwrites the return
    /// address (to make RET fault).
    fn program(k: i64, smash_ret: bool) -> Vec<Insn> {
        let (bp, sp) = (Loc::Reg(BP as u8), Loc::Reg(SP as u8));
        let mut set = Insn::new(Op::Setcc, 1);
        (set.x, set.b) = (2, Loc::Reg(0));
        let mut code = vec![
            ins(Op::Call, Loc::None, Loc::None, 3),
            set,
            Insn::new(Op::Exit, 0),
            ins(Op::Push, bp, Loc::None, 0),
            ins(Op::Mov, sp, bp, 0),
            ins(Op::Sub, Loc::Imm, sp, k),
            ins(Op::Mov, Loc::Imm, Loc::Reg(1), 5),
        ];
        if smash_ret {
            let slot = crate::ir::MemRef {
                disp: 8,
                base: BP as u8,
                index: crate::ir::NO_REG,
                scale: 0,
            };
            code.push(ins(Op::Mov, Loc::Imm, Loc::Mem(slot), 7));
        }
        code.extend([
            ins(Op::Add, Loc::Imm, sp, k),
            ins(Op::Pop, Loc::None, bp, 0),
            Insn::new(Op::Ret, 8),
        ]);
        code
    }

    fn start(code: &[Insn], stack: usize, sp: u64) -> (Stop, u32, [u64; 16], u64, Vec<u8>, u64) {
        let mut m = Memory::new(1 << 20);
        let data = vec![0xa5; stack];
        m.map(Region {
            name: "stack",
            base: STACK,
            data,
            perm: Perm::RW,
        })
        .unwrap();
        let mut c = Cpu::default();
        c.gp[BP] = 0x1234;
        c.gp[SP] = sp;
        let mut steps = 0;
        let stop = run(code, &mut c, &mut m, &mut steps, 1000);
        let mut bytes = vec![0; stack];
        m.read_bytes(STACK, &mut bytes).unwrap();
        (stop, c.pc, c.gp, c.flags.get(), bytes, steps)
    }

    #[test]
    fn frame_superinstructions_compute_what_their_sequences_compute() {
        for k in [0, 8, 24, 0x7fff_ffff] {
            for smash in [false, true] {
                let code = program(k, smash);
                for compiled in [false, true] {
                    let fast = specialize(&code, &vec![compiled; code.len()]);
                    assert_eq!(fast[3].op, Op::Enter);
                    assert_eq!(fast[fast.len() - 3].op, Op::LeaveRet);
                    for (stack, sp) in [(256, STACK + 200), (16, STACK + 8)] {
                        let generic = start(&code, stack, sp);
                        let fused = start(&fast, stack, sp);
                        // Specialised code may leave dead flags unset: in
                        // compiled code the SETCC after a return reads
                        // flags the ABI leaves undefined.
                        if compiled {
                            assert_eq!((generic.0, generic.1), (fused.0, fused.1));
                            assert_eq!(generic.4, fused.4, "k={k} smash={smash}");
                            assert_eq!(generic.5, fused.5);
                        } else {
                            assert_eq!(generic, fused, "k={k} smash={smash} stack={stack}");
                        }
                    }
                }
            }
        }
        // The faults happen at the same instruction: PUSH with no room, and
        // RET to a smashed return address.
        let code = program(8, true);
        let fast = specialize(&code, &vec![false; code.len()]);
        let (stop, pc, ..) = start(&fast, 16, STACK + 8);
        assert!(matches!(stop, Stop::Fault(_)));
        assert_eq!(pc, 3);
        let (stop, pc, ..) = start(&fast, 256, STACK + 200);
        assert_eq!(stop, Stop::Fault(crate::memory::Fault::BadJump { addr: 7 }));
        assert_eq!(pc, code.len() as u32 - 1);
    }

    /// Compiled-code calls: CALL, then the callee's `CMPQ SP, 16(R14); JLS`
    /// (taken or not), and `CQO; IDIVQ` with ordinary, DX and zero divisors.
    #[test]
    fn calls_with_split_checks_and_signed_division_match_their_sequences() {
        let sp = Loc::Reg(SP as u8);
        let guard = Loc::Mem(crate::ir::MemRef {
            disp: 16,
            base: 14,
            index: crate::ir::NO_REG,
            scale: 0,
        });
        let mut jls = Insn::new(Op::Jcc, 8);
        (jls.x, jls.imm) = (6, 8);
        let mut cqo = Insn::new(Op::SignDx, 8);
        cqo.w = 8;
        let idiv = |r: u8| {
            let mut i = Insn::new(Op::Idiv, 8);
            i.a = Loc::Reg(r);
            i
        };
        for divisor in [3u8, 2, 6] {
            let code = vec![
                ins(Op::Call, Loc::None, Loc::None, 3),
                Insn::new(Op::Exit, 0),
                Insn::new(Op::Nop, 0),
                ins(Op::Cmp, sp, guard, 0),
                jls,
                cqo,
                idiv(divisor),
                Insn::new(Op::Ret, 8),
                // The "morestack" path: mark BX and return.
                ins(Op::Mov, Loc::Imm, Loc::Reg(3), 99),
                Insn::new(Op::Ret, 8),
            ];
            for guard_at in [STACK + 16, STACK + 250] {
                for (ax, dx) in [(-7i64 as u64, 0), (1 << 40, 5)] {
                    let mut results = Vec::new();
                    for compiled in [false, true] {
                        let fast = specialize(&code, &vec![compiled; code.len()]);
                        assert_eq!(fast[0].op, Op::CallChk);
                        assert_eq!(fast[5].op, Op::CqoIdivR);
                        for prog in [&code, &fast] {
                            let mut m = Memory::new(1 << 20);
                            m.map(Region {
                                name: "stack",
                                base: STACK,
                                data: vec![0; 256],
                                perm: Perm::RW,
                            })
                            .unwrap();
                            m.write(STACK + 16, 8, guard_at).unwrap();
                            let mut c = Cpu::default();
                            c.gp[SP] = STACK + 200;
                            c.gp[14] = STACK;
                            (c.gp[0], c.gp[2], c.gp[6]) =
                                (ax, dx, if divisor == 6 { 0 } else { 3 });
                            let mut steps = 0;
                            let stop = run(prog, &mut c, &mut m, &mut steps, 1000);
                            results.push((stop, c.pc, c.gp, steps));
                        }
                    }
                    for r in &results[1..] {
                        assert_eq!(
                            *r, results[0],
                            "divisor {divisor} guard {guard_at:#x} ax {ax:#x}"
                        );
                    }
                    if divisor == 6 && guard_at < STACK + 200 {
                        // Zero divisor: the fault is at the IDIV.
                        assert_eq!(results[0].1, 6);
                    }
                }
            }
        }
    }

    /// Runs of 64-bit loads and stores (which pair up), some through a
    /// pointer register that may point outside memory: the paired code
    /// leaves the same registers, memory, stop, pc and step count.
    #[test]
    fn memory_pairs_compute_what_their_moves_compute() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut rnd = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..2000 {
            let mut code = Vec::new();
            for _ in 0..8 {
                // Base BX (the region) or CX (which some loads overwrite
                // with data, so later accesses may fault).
                let base = [3u8, 3, 3, 1][rnd(4) as usize];
                let mem = Loc::Mem(crate::ir::MemRef {
                    disp: (rnd(16) * 8) as i32,
                    base,
                    index: crate::ir::NO_REG,
                    scale: 0,
                });
                let r = [0u8, 1, 2, 6][rnd(4) as usize];
                code.push(if rnd(2) == 0 {
                    ins(Op::Mov, mem, Loc::Reg(r), 0)
                } else {
                    ins(Op::Mov, Loc::Reg(r), mem, 0)
                });
            }
            code.push(Insn::new(Op::Exit, 0));
            let fast = specialize(&code, &vec![true; code.len()]);
            let run_it = |prog: &[Insn]| {
                let mut m = Memory::new(1 << 20);
                let data: Vec<u8> = (0..128u32).map(|k| (k * 29 + 3) as u8).collect();
                m.map(Region {
                    name: "data",
                    base: STACK,
                    data,
                    perm: Perm::RW,
                })
                .unwrap();
                let mut c = Cpu::default();
                c.gp[3] = STACK;
                c.gp[1] = STACK + 8;
                let mut steps = 0;
                let stop = run(prog, &mut c, &mut m, &mut steps, 1000);
                let mut bytes = vec![0; 128];
                m.read_bytes(STACK, &mut bytes).unwrap();
                (stop, c.pc, c.gp, bytes, steps)
            };
            assert_eq!(run_it(&code), run_it(&fast), "{code:#?}");
        }
    }

    /// `MOVQ BX, DX; CALL SI` (a closure call) to a function with a split
    /// check, to a bad address, and with no room for the return address:
    /// the fused step gives what the two instructions give, faults at the
    /// CALL included.
    #[test]
    fn closure_calls_match_their_move_and_call() {
        let guard = Loc::Mem(crate::ir::MemRef {
            disp: 16,
            base: 14,
            index: crate::ir::NO_REG,
            scale: 0,
        });
        let mut jls = Insn::new(Op::Jcc, 8);
        (jls.x, jls.imm) = (6, 6);
        let mut call = Insn::new(Op::CallInd, 8);
        call.a = Loc::Reg(6);
        let code = vec![
            ins(Op::Mov, Loc::Reg(3), Loc::Reg(2), 0),
            call,
            Insn::new(Op::Exit, 0),
            ins(Op::Cmp, Loc::Reg(SP as u8), guard, 0),
            jls,
            Insn::new(Op::Ret, 8),
            ins(Op::Mov, Loc::Imm, Loc::Reg(0), 99),
            Insn::new(Op::Ret, 8),
        ];
        let fast = specialize(&code, &vec![true; code.len()]);
        assert_eq!(fast[0].op, Op::MovCallR);
        for target in [crate::memory::TEXT_BASE + 3, 0x1234] {
            for (sp, guard_at) in [
                (STACK + 200, STACK + 32),
                (STACK + 200, STACK + 250),
                (STACK, 0),
            ] {
                let mut results = Vec::new();
                for prog in [&code, &fast] {
                    let mut m = Memory::new(1 << 20);
                    m.map(Region {
                        name: "stack",
                        base: STACK,
                        data: vec![0; 256],
                        perm: Perm::RW,
                    })
                    .unwrap();
                    m.write(STACK + 16, 8, guard_at).unwrap();
                    let mut c = Cpu::default();
                    (c.gp[SP], c.gp[14], c.gp[3], c.gp[6]) = (sp, STACK, 0x77, target);
                    let mut steps = 0;
                    let stop = run(prog, &mut c, &mut m, &mut steps, 1000);
                    results.push((stop, c.pc, c.gp, steps));
                }
                assert_eq!(results[0], results[1], "target {target:#x} sp {sp:#x}");
                if target == 0x1234 || sp == STACK {
                    assert!(matches!(results[0].0, Stop::Fault(_)));
                    assert_eq!(results[0].1, 1, "the fault is at the CALL");
                }
            }
        }
    }
}
