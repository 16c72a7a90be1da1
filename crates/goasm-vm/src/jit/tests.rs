//! The block compiler against the interpreter: random programs with
//! calls, returns, loops, pushes and pops, memory operands in and around
//! several regions (faults at region edges, stores to read-only data,
//! wild returns, division by zero) and random step limits must end with
//! the same stop, pc, registers, defined flags, memory and step count
//! whether the interpreter runs them alone or with compiled blocks.
//!
//! `GOASM_JIT_CASES=N` runs N programs instead of the default.

use super::{Ctx, Jit};
use crate::cpu::Cpu;
use crate::exec::{Stop, mixed, run};
use crate::flags::{CF, OF, PF, SF, ZF};
use crate::ir::{Insn, Loc, MemRef, NO_REG, Op, sse};
use crate::lower::{fast::specialize, liveness::flags_live_in};
use crate::memory::{Memory, Perm, Region, TEXT_BASE};

const DATA: u64 = 0x10_0000;
const DATA_LEN: u64 = 128;
/// Read-only, right after DATA: an access across the boundary faults.
const RODATA: u64 = DATA + DATA_LEN;
const RODATA_LEN: u64 = 64;
const STACK: u64 = 0x20_0000;
const STACK_LEN: u64 = 512;

/// BX: the data base; R10: a small index; SP: the stack. Never written
/// by generated code except through push/pop/call/ret.
const DATA_REG: u8 = 3;
const INDEX_REG: u8 = 10;
const DESTS: [u8; 9] = [0, 1, 2, 5, 6, 7, 8, 9, 11];
const SRCS: [u8; 11] = [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11];

/// Flags every compared instruction defines (AF is left out: the logic
/// ops leave it undefined, and no generated instruction reads it).
const DEFINED: u64 = CF | PF | ZF | SF | OF;

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }

    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
}

/// A memory operand: mostly inside DATA or the stack, sometimes across a
/// region edge, into read-only data or into unmapped space.
fn mem_operand(r: &mut Rng) -> Loc {
    let m = if r.chance(3) {
        MemRef {
            disp: r.below(80) as i32 - 16,
            base: 4,
            index: NO_REG,
            scale: 1,
        }
    } else {
        let far = r.chance(8);
        MemRef {
            disp: if far {
                r.below(400) as i32 - 100
            } else {
                r.below(DATA_LEN - 8) as i32
            },
            base: DATA_REG,
            index: if r.chance(3) { INDEX_REG } else { NO_REG },
            scale: r.pick(&[0, 1, 2, 4, 8]),
        }
    };
    Loc::Mem(m)
}

/// Does `op` leave any of the compared flags undefined?
fn leaves_flags_undefined(op: Op) -> bool {
    matches!(
        op,
        Op::Imul2
            | Op::Imul1
            | Op::Mul
            | Op::Div
            | Op::Idiv
            | Op::Shl
            | Op::Shr
            | Op::Sar
            | Op::Rol
            | Op::Ror
            | Op::Rcl
            | Op::Rcr
            | Op::Bt
            | Op::Bts
            | Op::Btr
            | Op::Btc
    )
}

/// One random instruction at index `at` of a function spanning
/// `[lo, hi)`; `callee` is a function entry it may call.
fn insn(r: &mut Rng, at: usize, lo: usize, hi: usize, callee: usize) -> Insn {
    const OPS: [Op; 45] = [
        Op::Mov,
        Op::Mov,
        Op::Mov,
        Op::Add,
        Op::Sub,
        Op::Adc,
        Op::Sbb,
        Op::And,
        Op::Or,
        Op::Xor,
        Op::Cmp,
        Op::Cmp,
        Op::Test,
        Op::Inc,
        Op::Dec,
        Op::Neg,
        Op::Not,
        Op::Shl,
        Op::Shr,
        Op::Sar,
        Op::Rol,
        Op::Rcr,
        Op::Imul2,
        Op::Imul1,
        Op::Mul,
        Op::Div,
        Op::Idiv,
        Op::Bts,
        Op::SignDx,
        Op::SignAx,
        Op::MovZx,
        Op::MovSx,
        Op::Lea,
        Op::Setcc,
        Op::Cmovcc,
        Op::Push,
        Op::Pop,
        Op::Jcc,
        Op::Jmp,
        Op::Call,
        Op::SplitCheck,
        Op::Sse,
        Op::Sse,
        Op::Sse,
        Op::Sse,
    ];
    let op = r.pick(&OPS);
    let w = r.pick(&[1u8, 2, 4, 8, 8]);
    let d = r.pick(&DESTS);
    let s = r.pick(&SRCS);
    let mut i = Insn::new(op, w);
    i.imm = (r.below(u64::MAX) as i64) >> r.below(64);
    (i.a, i.b) = match r.below(4) {
        0 => (Loc::Reg(s), Loc::Reg(d)),
        1 => (Loc::Imm, Loc::Reg(d)),
        2 => (mem_operand(r), Loc::Reg(d)),
        _ => (Loc::Reg(s), mem_operand(r)),
    };
    match op {
        Op::Add | Op::Sub | Op::And | Op::Or | Op::Xor | Op::Cmp if r.chance(4) => {
            (i.a, i.b) = (Loc::Imm, mem_operand(r));
        }
        Op::Cmp | Op::Test if r.chance(3) => (i.a, i.b) = (Loc::Reg(s), Loc::Imm),
        Op::Inc | Op::Dec | Op::Neg | Op::Not => i.a = Loc::None,
        Op::Shl | Op::Shr | Op::Sar | Op::Rol | Op::Rcr => {
            i.a = Loc::None;
            // Count in CL (x = 1) or an immediate.
            if r.chance(2) {
                i.x = 1;
            } else {
                i.imm = r.below(70) as i64;
            }
        }
        Op::Imul2 => {
            i.w = w.max(2);
            if matches!(i.b, Loc::Mem(_)) {
                i.b = Loc::Reg(d);
            }
            if r.chance(2) {
                // Three operands: b = a * imm32.
                i.x = 1;
                i.imm = r.below(1 << 20) as i64 - (1 << 19);
                if i.a == Loc::Imm {
                    i.a = Loc::Reg(s);
                }
            } else if i.a == Loc::Imm {
                i.a = Loc::Reg(s);
            }
        }
        Op::Imul1 | Op::Mul | Op::Div | Op::Idiv => {
            i.w = w.max(2);
            i.b = Loc::None;
            if i.a == Loc::Imm {
                i.a = Loc::Reg(s);
            }
        }
        Op::Bts => {
            i.w = w.max(2);
            if r.chance(2) {
                (i.a, i.b) = (Loc::Imm, mem_operand(r));
                i.imm = r.below(64) as i64;
            } else {
                (i.a, i.b) = (Loc::Reg(s), Loc::Reg(d));
            }
        }
        Op::SignDx | Op::SignAx => {
            i.w = w.max(2);
            (i.a, i.b) = (Loc::None, Loc::None);
        }
        Op::MovZx | Op::MovSx => {
            i.w = r.pick(&[2u8, 4, 8]);
            i.x = r.pick(&[1u8, 2, 4]).min(i.w / 2);
            if !matches!(i.a, Loc::Mem(_)) {
                i.a = Loc::Reg(s);
            }
            i.b = Loc::Reg(d);
        }
        Op::Lea => {
            i.w = r.pick(&[4u8, 8]);
            (i.a, i.b) = (mem_operand(r), Loc::Reg(d));
        }
        Op::Setcc => {
            (i.w, i.x, i.a) = (1, r.below(16) as u8, Loc::None);
            if r.chance(2) {
                i.b = Loc::Reg(d);
            }
        }
        Op::Cmovcc => {
            i.w = w.max(2);
            i.x = r.below(16) as u8;
            if i.a == Loc::Imm {
                i.a = Loc::Reg(s);
            }
            i.b = Loc::Reg(d);
        }
        Op::Push => {
            i.w = 8;
            i.b = Loc::None;
            if i.a == Loc::Imm || matches!(i.a, Loc::Mem(_)) {
                i.a = Loc::Reg(s);
            }
        }
        Op::Pop => (i.w, i.a, i.b) = (8, Loc::None, Loc::Reg(d)),
        Op::SplitCheck => {
            // SP - off against g.stackguard0; the wrap-around form (x = 1)
            // now and then. The target as for a jump.
            let m = MemRef {
                disp: -(r.below(300) as i32),
                base: 4,
                index: NO_REG,
                scale: 1,
            };
            (i.w, i.a, i.b, i.x) = (8, Loc::Mem(m), Loc::None, u8::from(r.chance(5)));
            i.imm = (lo + r.below((hi - lo) as u64) as usize) as i64;
        }
        Op::Jcc | Op::Jmp => {
            // Mostly forward; backward jumps make loops that the step
            // limit or a fault ends.
            let back = r.chance(4);
            let to = if back {
                lo + r.below((at - lo + 1) as u64) as usize
            } else {
                at + 1 + r.below((hi - at) as u64) as usize
            };
            i.imm = to.min(hi - 1) as i64;
            i.x = r.below(16) as u8;
            (i.w, i.a, i.b) = (8, Loc::None, Loc::None);
        }
        Op::Call => {
            (i.w, i.a, i.b) = (8, Loc::None, Loc::None);
            if r.chance(2) {
                i.imm = callee as i64;
            } else {
                // Through a register loaded just before (see `program`).
                i.op = Op::CallInd;
                i.a = Loc::Reg(d);
            }
        }
        _ => {}
    }
    if op == Op::Sse {
        return sse_insn(r, i);
    }
    if matches!(i.a, Loc::Mem(_)) && matches!(i.b, Loc::Mem(_)) {
        i.a = Loc::Reg(s);
    }
    i
}

/// One random SSE instruction, in the operand forms lowering makes.
fn sse_insn(r: &mut Rng, mut i: Insn) -> Insn {
    let xr = |r: &mut Rng| Loc::Xmm(r.below(16) as u8);
    let x_or_mem = |r: &mut Rng| if r.chance(3) { mem_operand(r) } else { xr(r) };
    let gp_or_mem = |r: &mut Rng| {
        if r.chance(3) {
            mem_operand(r)
        } else {
            Loc::Reg(r.pick(&DESTS))
        }
    };
    const FORMS: [u8; 19] = [
        sse::MOVS,
        sse::MOVS,
        sse::ADD,
        sse::SUB,
        sse::MUL,
        sse::DIV,
        sse::SQRT,
        sse::MIN,
        sse::MAX,
        sse::UCOMI,
        sse::COMI,
        sse::CVT_I2F,
        sse::CVTT_F2I,
        sse::CVT_F2I,
        sse::CVT_F2F,
        sse::LOGIC,
        sse::TO_X,
        sse::FROM_X,
        sse::MOV128,
    ];
    i.x = r.pick(&FORMS);
    i.w = r.pick(&[4u8, 8]);
    i.y = r.pick(&[4u8, 8]);
    (i.a, i.b) = (x_or_mem(r), xr(r));
    match i.x {
        sse::MOVS if r.chance(3) => (i.a, i.b) = (xr(r), x_or_mem(r)),
        sse::CVT_I2F => i.a = gp_or_mem(r),
        sse::CVTT_F2I | sse::CVT_F2I => i.b = Loc::Reg(r.pick(&DESTS)),
        sse::LOGIC => i.y = r.below(4) as u8,
        sse::TO_X => i.a = gp_or_mem(r),
        sse::FROM_X => (i.a, i.b) = (xr(r), gp_or_mem(r)),
        sse::MOV128 => {
            i.y = u8::from(r.chance(2));
            if r.chance(2) {
                (i.a, i.b) = (xr(r), x_or_mem(r));
            }
        }
        _ => {}
    }
    if r.chance(12) {
        (i.x, i.w, i.a, i.b) = (sse::MOVQ_XX, 8, xr(r), xr(r));
    }
    if matches!(i.a, Loc::Mem(_)) && matches!(i.b, Loc::Mem(_)) {
        i.a = xr(r);
    }
    i
}

/// `f` at 0 (ends in Ret), then main (ends in Exit; the entry), each
/// with a body of random instructions; both call `f`, so calls nest.
fn program(r: &mut Rng) -> (Vec<Insn>, Vec<u32>) {
    let mut code = Vec::new();
    let mut entries = Vec::new();
    for (len, last) in [(4 + r.below(16), Op::Ret), (8 + r.below(24), Op::Exit)] {
        let lo = code.len();
        entries.push(lo as u32);
        let hi = lo + len as usize;
        while code.len() < hi {
            let i = insn(r, code.len(), lo, hi, 0);
            if i.op == Op::CallInd {
                let mut load = Insn::new(Op::Mov, 8);
                (load.a, load.b) = (Loc::Imm, i.a);
                load.imm = TEXT_BASE as i64;
                // An address that is not an instruction now and then.
                if r.chance(6) {
                    load.imm += 5000;
                }
                code.push(load);
            }
            code.push(i);
            if leaves_flags_undefined(i.op) {
                let mut cmp = Insn::new(Op::Cmp, r.pick(&[4u8, 8]));
                (cmp.a, cmp.b) = (Loc::Reg(r.pick(&SRCS)), Loc::Reg(r.pick(&SRCS)));
                code.push(cmp);
            }
        }
        // The body may have grown past `hi`: every jump stays inside.
        let end = code.len();
        for i in &mut code[lo..] {
            if matches!(i.op, Op::Jcc | Op::Jmp | Op::SplitCheck) {
                i.imm = i.imm.clamp(lo as i64, end as i64);
            }
        }
        code.push(Insn::new(last, 8));
    }
    (code, entries)
}

type Outcome = (Stop, u32, [u64; 16], u64, Vec<u8>, u64, [u128; 16]);

fn machine(r: &mut Rng) -> (Cpu, Memory) {
    let mut m = Memory::new(1 << 20);
    let data: Vec<u8> = (0..DATA_LEN).map(|k| (k * 37 + 11) as u8).collect();
    let ro: Vec<u8> = (0..RODATA_LEN).map(|k| (k * 91 + 3) as u8).collect();
    for (base, data, perm) in [
        (DATA, data, Perm::RW),
        (RODATA, ro, Perm::R),
        (STACK, vec![0x5a; STACK_LEN as usize], Perm::RW),
    ] {
        m.map(Region {
            name: "t",
            base,
            data,
            perm,
        })
        .unwrap();
    }
    let mut c = Cpu::default();
    for g in c.gp.iter_mut() {
        *g = r.below(u64::MAX) >> r.below(64);
    }
    // Doubles of every kind in the low halves (small, huge, NaN, ...).
    for x in c.xmm.iter_mut() {
        let lo = match r.below(4) {
            0 => (r.below(2000) as f64 - 1000.0).to_bits(),
            1 => (r.below(1 << 20) as f32 / 7.0).to_bits() as u64,
            _ => r.below(u64::MAX),
        };
        *x = u128::from(r.below(u64::MAX)) << 64 | u128::from(lo);
    }
    c.gp[DATA_REG as usize] = DATA;
    c.gp[INDEX_REG as usize] = r.below(16);
    c.gp[4] = STACK + STACK_LEN / 2;
    c.flags.set_raw(r.below(1 << 12) & DEFINED);
    // g: its stackguard0 in DATA (below, near or above SP), or unmapped.
    c.g = DATA + r.below(DATA_LEN - 24);
    let near = STACK + r.below(STACK_LEN);
    let guard = r.pick(&[0, near, u64::MAX]);
    m.write(c.g + 16, 8, guard).unwrap();
    if r.chance(10) {
        c.g = 0x5000;
    }
    (c, m)
}

fn outcome(stop: Stop, c: &Cpu, m: &Memory, steps: u64) -> Outcome {
    let mut bytes = Vec::new();
    for (base, len) in [(DATA, DATA_LEN), (RODATA, RODATA_LEN), (STACK, STACK_LEN)] {
        let mut part = vec![0u8; len as usize];
        m.read_bytes(base, &mut part).unwrap();
        bytes.extend(part);
    }
    (
        stop,
        c.pc,
        c.gp,
        c.flags.get() & DEFINED,
        bytes,
        steps,
        c.xmm,
    )
}

/// Runs `code` interpreted and with compiled blocks; the first
/// difference, if any.
fn differ(
    code: &[Insn],
    entries: &[u32],
    cpu: &Cpu,
    mem: &Memory,
    max_steps: u64,
) -> Option<String> {
    let reference = {
        let (mut c, mut m) = (cpu.clone(), mem.clone());
        let mut steps = 0;
        let stop = run(code, &mut c, &mut m, &mut steps, max_steps);
        outcome(stop, &c, &m, steps)
    };
    let all_live = vec![true; code.len()];
    let analysed = flags_live_in(code, &vec![false; code.len()]);
    let fast = specialize(code, &vec![false; code.len()]);
    for live in [Some(&all_live), analysed.as_ref()].into_iter().flatten() {
        let jit = Jit::compile(code, live, entries).expect("executable memory");
        // The interpreter half runs generic code (exact step counts at a
        // limit) and, when the run ends before the limit, specialised code.
        for (interp, name) in [(code, "generic"), (&fast[..], "specialised")] {
            if name == "specialised" && reference.0 == Stop::StepLimit {
                continue;
            }
            let (mut c, mut m) = (cpu.clone(), mem.clone());
            let mut ctx = Ctx::default();
            let mut steps = 0;
            let stop = mixed::run(
                interp, &jit, &mut ctx, &mut c, &mut m, &mut steps, max_steps,
            );
            let mut got = outcome(stop, &c, &m, steps);
            // Where liveness says no one reads the flags before they are
            // rewritten, compiled code need not keep them.
            // The same for specialised code, whose forms drop dead flags.
            let read = |l: &[bool]| l.get(got.1 as usize).copied().unwrap_or(true);
            let dead_in_fast =
                name == "specialised" && analysed.as_deref().is_some_and(|l| !read(l));
            // Right after an instruction that leaves flags undefined (a
            // step limit between it and the CMP after it), they may differ.
            let pc = got.1 as usize;
            let undefined = pc > 0
                && code
                    .get(pc - 1)
                    .is_some_and(|i| leaves_flags_undefined(i.op));
            if !read(live) || dead_in_fast || undefined {
                got.3 = reference.3;
            }
            if got != reference {
                let mem_diff = (0..got.4.len()).find(|&k| got.4[k] != reference.4[k]);
                let xmm_diff: Vec<String> = (0..16)
                    .filter(|&k| got.6[k] != reference.6[k])
                    .map(|k| format!("X{k} {:#x} vs {:#x}", got.6[k], reference.6[k]))
                    .collect();
                return Some(format!(
                    "with {name} code: compiled {:?} vs interpreted {:?}; pc {} vs {}; steps {} vs {}; \
                     flags {:#x} vs {:#x}; first memory difference at byte {mem_diff:?}; \
                     XMM differences {xmm_diff:?}\n\
                     gp  {:x?}\nvs  {:x?}",
                    got.0,
                    reference.0,
                    got.1,
                    reference.1,
                    got.5,
                    reference.5,
                    got.3,
                    reference.3,
                    got.2,
                    reference.2,
                ));
            }
        }
    }
    None
}

/// One line per instruction.
fn listing(code: &[Insn]) -> String {
    let loc = |l: Loc| match l {
        Loc::None => String::new(),
        Loc::Reg(r) => format!("r{r}"),
        Loc::High(r) => format!("h{r}"),
        Loc::Xmm(r) => format!("x{r}"),
        Loc::Imm => "$imm".into(),
        Loc::Mem(m) => format!(
            "{}(r{}{})",
            m.disp,
            m.base,
            if m.index == NO_REG {
                String::new()
            } else {
                format!("+r{}*{}", m.index, m.scale)
            }
        ),
    };
    code.iter()
        .enumerate()
        .filter(|(_, i)| i.op != Op::Nop)
        .map(|(k, i)| {
            format!(
                "{k:3}: {:?}/{} x={} y={} {}, {} imm={:#x}\n",
                i.op,
                i.w,
                i.x,
                i.y,
                loc(i.a),
                loc(i.b),
                i.imm
            )
        })
        .collect()
}

fn check(seed: u64) {
    let mut r = Rng(seed | 1);
    let (mut code, entries) = program(&mut r);
    let max_steps = 1 + r.below(300);
    let (mut cpu, mem) = machine(&mut r);
    cpu.pc = entries[1];
    let Some(mut why) = differ(&code, &entries, &cpu, &mem, max_steps) else {
        return;
    };
    // Shrink: instructions that the difference does not need become NOPs.
    for k in 0..code.len() {
        // (Keep the CMP that defines the flags after an instruction
        // that leaves some undefined.)
        let defines = k > 0 && leaves_flags_undefined(code[k - 1].op);
        if defines || matches!(code[k].op, Op::Nop | Op::Exit | Op::Ret) {
            continue;
        }
        let keep = code[k];
        code[k] = Insn::new(Op::Nop, 8);
        match differ(&code, &entries, &cpu, &mem, max_steps) {
            Some(w) => why = w,
            None => code[k] = keep,
        }
    }
    panic!(
        "seed {seed:#x}, max_steps {max_steps}, entry {}: {why}\nstart gp {:x?} flags {:#x}\n{}",
        cpu.pc,
        cpu.gp,
        cpu.flags.get() & DEFINED,
        listing(&code)
    );
}
#[test]
fn compiled_blocks_compute_what_the_interpreter_computes() {
    let cases: u64 = std::env::var("GOASM_JIT_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    for k in 0..cases {
        check(0x9e37_79b9_7f4a_7c15u64.wrapping_mul(k + 1));
    }
}
