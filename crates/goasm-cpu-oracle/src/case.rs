//! One test case: inputs, the instruction(s) under test, and the harness
//! that moves words between the frame and the machine state.
//!
//! A case is rendered as an ABI0 function `func cN(in [K]uint64) (out
//! [M]uint64)`. The harness uses only MOVQ/MOVOU, PUSHQ in+0(FP) + POPFQ
//! before, and PUSHFQ + POPQ reg after the instruction under test, so a VM
//! that gets those right can be judged on everything else. Input word 0 is
//! RFLAGS, output word 0 is RFLAGS after the instruction. Results are
//! stored through a scratch register the case does not use, never with
//! `POPQ x(FP)`: a pop to an SP-relative operand computes its address after
//! the pop, while the assembler's FP offsets assume the SP from before.

use std::fmt::Write as _;

use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// General registers a case may use. SP and BP keep the frame; R14 (g) and
/// R15 (GOT base under dynamic linking) are left alone.
pub const GP: [(&str, &str); 12] = [
    ("AX", "AL"),
    ("BX", "BL"),
    ("CX", "CL"),
    ("DX", "DL"),
    ("SI", "SIB"),
    ("DI", "DIB"),
    ("R8", "R8B"),
    ("R9", "R9B"),
    ("R10", "R10B"),
    ("R11", "R11B"),
    ("R12", "R12B"),
    ("R13", "R13B"),
];

/// A general register, as an index into [`GP`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gp(pub u8);

impl Gp {
    pub const AX: Gp = Gp(0);
    pub const BX: Gp = Gp(1);
    pub const CX: Gp = Gp(2);
    pub const DX: Gp = Gp(3);

    pub fn name(self) -> &'static str {
        GP[self.0 as usize].0
    }

    pub fn byte_name(self) -> &'static str {
        GP[self.0 as usize].1
    }
}

/// Where a word of machine state lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    Gp(Gp),
    /// An XMM register (two words: low, high). X15 is never used: ABIInternal
    /// keeps it zero.
    Xmm(u8),
    /// An input word used as a memory operand (`in+8*i(FP)`).
    Slot(usize),
}

impl Loc {
    fn words(self) -> usize {
        match self {
            Loc::Xmm(_) => 2,
            _ => 1,
        }
    }

    /// Output word labels, as recorded in the fixtures.
    fn labels(self) -> Vec<String> {
        match self {
            Loc::Gp(r) => vec![r.name().to_string()],
            Loc::Xmm(n) => vec![format!("X{n}lo"), format!("X{n}hi")],
            Loc::Slot(i) => vec![format!("in{i}")],
        }
    }
}

/// The RFLAGS bits a case may set and compares: CF PF AF ZF SF OF.
pub const STATUS_MASK: u64 = 0x8d5;

/// A generated case, before or after the native run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// `MNEMONIC/form`, e.g. `ADDQ/rm` (register source, memory destination).
    pub key: String,
    /// The instruction(s) under test, one per line.
    pub text: Vec<String>,
    /// Input words; word 0 is RFLAGS.
    pub inputs: Vec<u64>,
    /// Register loads: location and the input word it comes from.
    pub loads: Vec<(Loc, usize)>,
    /// What is stored after the flags word, in order.
    pub stores: Vec<Loc>,
    /// RFLAGS bits the comparison checks (defined or preserved flags).
    pub defined: u64,
    /// Output words the manual leaves undefined for these inputs.
    pub ignore: Vec<usize>,
}

impl Case {
    /// Number of output words (flags included).
    pub fn out_words(&self) -> usize {
        1 + self.stores.iter().map(|l| l.words()).sum::<usize>()
    }

    /// A label per output word: `flags`, then register or slot names.
    pub fn out_labels(&self) -> Vec<String> {
        let mut v = vec!["flags".to_string()];
        v.extend(self.stores.iter().flat_map(|l| l.labels()));
        v
    }

    /// The output word index where `loc`'s first word lands.
    pub fn out_index(&self, loc: Loc) -> Option<usize> {
        let mut at = 1;
        for l in &self.stores {
            if *l == loc {
                return Some(at);
            }
            at += l.words();
        }
        None
    }

    /// A general register the case neither loads nor stores.
    fn scratch(&self) -> Gp {
        (0..GP.len() as u8)
            .map(Gp)
            .find(|r| !self.stores.contains(&Loc::Gp(*r)))
            .expect("a case uses fewer than all registers")
    }

    /// The ABI0 function body for this case, with the frame shape `k`/`m`
    /// (in words) shared by its family.
    pub fn render(&self, name: &str, k: usize, m: usize) -> String {
        let mut s = String::new();
        let out = |j: usize| format!("out+{}(FP)", 8 * (k + j));
        let _ = writeln!(s, "TEXT ·{name}(SB), NOSPLIT, $0-{}", 8 * (k + m));
        for (loc, i) in &self.loads {
            match loc {
                Loc::Gp(r) => {
                    let _ = writeln!(s, "\tMOVQ in+{}(FP), {}", 8 * i, r.name());
                }
                Loc::Xmm(n) => {
                    let _ = writeln!(s, "\tMOVOU in+{}(FP), X{n}", 8 * i);
                }
                Loc::Slot(_) => {}
            }
        }
        s.push_str("\tPUSHQ in+0(FP)\n\tPOPFQ\n");
        for line in &self.text {
            let _ = writeln!(s, "\t{line}");
        }
        // POPQ to an SP-relative operand addresses memory after the pop, but
        // the assembler adjusts FP offsets as of before it: results go
        // through a register the case does not use.
        let t = self.scratch().name();
        let _ = writeln!(s, "\tPUSHFQ\n\tPOPQ {t}\n\tMOVQ {t}, {}", out(0));
        let mut j = 1;
        for loc in &self.stores {
            match loc {
                Loc::Gp(r) => {
                    let _ = writeln!(s, "\tMOVQ {}, {}", r.name(), out(j));
                }
                Loc::Xmm(n) => {
                    let _ = writeln!(s, "\tMOVOU X{n}, {}", out(j));
                }
                Loc::Slot(i) => {
                    let _ = writeln!(s, "\tMOVQ in+{}(FP), {t}\n\tMOVQ {t}, {}", 8 * i, out(j));
                }
            }
            j += loc.words();
        }
        s.push_str("\tRET\n\n");
        s
    }
}

/// Builds one case; the family generators drive it.
pub struct Builder<'a> {
    pub rng: &'a mut ChaCha8Rng,
    /// Index of this case within its form (edge values come first).
    pub index: usize,
    case: Case,
    used_gp: Vec<Gp>,
    used_x: Vec<u8>,
}

impl<'a> Builder<'a> {
    pub fn new(rng: &'a mut ChaCha8Rng, index: usize) -> Builder<'a> {
        let flags = 0x202 | (rng.r#gen::<u64>() & STATUS_MASK);
        Builder {
            rng,
            index,
            case: Case {
                key: String::new(),
                text: Vec::new(),
                inputs: vec![flags],
                loads: Vec::new(),
                stores: Vec::new(),
                defined: STATUS_MASK,
                ignore: Vec::new(),
            },
            used_gp: Vec::new(),
            used_x: Vec::new(),
        }
    }

    /// The input RFLAGS.
    pub fn in_flags(&self) -> u64 {
        self.case.inputs[0]
    }

    /// Loads `reg` with `value` and stores it afterwards. A register used
    /// twice keeps its first value.
    pub fn gp(&mut self, reg: Gp, value: u64) -> Gp {
        if !self.used_gp.contains(&reg) {
            self.used_gp.push(reg);
            let i = self.push_input(value);
            self.case.loads.push((Loc::Gp(reg), i));
            self.case.stores.push(Loc::Gp(reg));
        }
        reg
    }

    /// The value a register was loaded with.
    pub fn gp_value(&self, reg: Gp) -> Option<u64> {
        self.case
            .loads
            .iter()
            .find(|(l, _)| *l == Loc::Gp(reg))
            .map(|(_, i)| self.case.inputs[*i])
    }

    /// Loads an XMM register (low and high quadwords) and stores it afterwards.
    pub fn xmm(&mut self, n: u8, lo: u64, hi: u64) -> u8 {
        if !self.used_x.contains(&n) {
            self.used_x.push(n);
            let i = self.push_input(lo);
            self.push_input(hi);
            self.case.loads.push((Loc::Xmm(n), i));
            self.case.stores.push(Loc::Xmm(n));
        }
        n
    }

    /// An input word used as a memory operand; it is copied to the output
    /// afterwards so writes (and the absence of writes) are checked.
    pub fn slot(&mut self, value: u64) -> String {
        let i = self.push_input(value);
        self.case.stores.push(Loc::Slot(i));
        format!("in+{}(FP)", 8 * i)
    }

    fn push_input(&mut self, v: u64) -> usize {
        self.case.inputs.push(v);
        self.case.inputs.len() - 1
    }

    /// A register from the pool not in `avoid` and not yet used.
    pub fn pick(&mut self, avoid: &[Gp]) -> Gp {
        let free: Vec<Gp> = (0..GP.len() as u8)
            .map(Gp)
            .filter(|r| !avoid.contains(r) && !self.used_gp.contains(r))
            .collect();
        free[self.rng.gen_range(0..free.len())]
    }

    /// Like [`pick`](Self::pick), but with probability 1/10 reuses `same`
    /// (so `ADDQ AX, AX` style aliasing is covered).
    pub fn pick_or_same(&mut self, same: Gp, avoid: &[Gp]) -> Gp {
        if !avoid.contains(&same) && self.rng.gen_ratio(1, 10) {
            same
        } else {
            self.pick(avoid)
        }
    }

    /// An unused XMM register (X0..X14).
    pub fn pick_x(&mut self) -> u8 {
        let free: Vec<u8> = (0..15).filter(|n| !self.used_x.contains(n)).collect();
        free[self.rng.gen_range(0..free.len())]
    }

    /// Go's spelling of `reg` at `bits` wide: byte ops take either `AL` or
    /// `AX` (both assemble to the low byte), wider ops the full name.
    pub fn spell(&mut self, reg: Gp, bits: u32) -> &'static str {
        if bits == 8 && self.rng.gen_bool(0.5) {
            reg.byte_name()
        } else {
            reg.name()
        }
    }

    pub fn insn(&mut self, text: impl Into<String>) {
        self.case.text.push(text.into());
    }

    /// Restricts the compared flags to `mask` (RFLAGS bits).
    pub fn defined(&mut self, mask: u64) {
        self.case.defined = mask & STATUS_MASK;
    }

    /// Excludes `loc`'s output words from the comparison.
    pub fn ignore(&mut self, loc: Loc) {
        let at = self
            .case
            .out_index(loc)
            .expect("ignored location is stored");
        for w in 0..loc.words() {
            self.case.ignore.push(at + w);
        }
    }

    pub fn finish(mut self, key: &str) -> Case {
        self.case.key = key.to_string();
        self.case
    }
}
