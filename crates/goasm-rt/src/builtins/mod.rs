//! Runtime builtins: Rust functions registered by their Go linker name, each
//! with the Go signature of the function it stands for. Builtins read and
//! write their arguments where ABIInternal puts them (AX, BX, ... X0 ...),
//! as compiled code calls them. When hand-written ABI0 code calls one, the
//! arguments are in the caller's outgoing area; [`Marshal`] moves them into
//! registers before the call and the results back after it, which is what
//! the ABI wrappers Go's linker generates do. The register/offset plan comes
//! from goasm-abi, computed once from the signature.

pub mod defer;
pub mod iface;
pub mod maps;
pub mod mem;
pub mod panic;
pub mod panicval;
pub mod pending;
pub mod print;
pub mod runtime_lines;
pub mod stack;
pub mod strings;
pub mod traceback;

use crate::Runtime;
use goasm_abi::abiinternal::Reg as AbiReg;
use goasm_abi::{Analysis, Assignment};
use goasm_vm::memory::Fault;
use goasm_vm::{Flow, Machine};

/// A builtin's body.
pub type BuiltinFn = fn(&mut Runtime, &mut Machine) -> Result<Flow, Fault>;

/// One registered builtin.
pub struct Builtin {
    /// Go linker name, e.g. `runtime.printint`.
    pub name: &'static str,
    /// The Go signature (`func(v int64)`), the source of its calling convention.
    pub sig: &'static str,
    /// `None`: known to goasm but not modelled yet (see [`pending`]).
    pub run: Option<BuiltinFn>,
}

/// Every builtin goasm provides.
pub fn table() -> Vec<Builtin> {
    let mut t = Vec::new();
    for group in [
        print::BUILTINS,
        stack::BUILTINS,
        mem::BUILTINS,
        strings::BUILTINS,
        iface::BUILTINS,
        maps::BUILTINS,
    ] {
        t.extend(group.iter().map(|&(name, sig, run)| Builtin {
            name,
            sig,
            run: Some(run),
        }));
    }
    for group in [panic::BUILTINS, defer::BUILTINS] {
        t.extend(group.iter().map(|&(name, sig, run)| Builtin {
            name,
            sig,
            run: Some(run),
        }));
    }
    // Everything implemented wins over the pending list.
    for &name in pending::NAMES {
        if !t.iter().any(|b| b.name == name) {
            t.push(Builtin {
                name,
                sig: "func()",
                run: None,
            });
        }
    }
    t
}

/// Hardware register number of an ABIInternal integer register
/// (AX BX CX DI SI R8 R9 R10 R11).
pub fn int_reg(i: u8) -> usize {
    [0, 3, 1, 7, 6, 8, 9, 10, 11][i as usize]
}

/// One part of a value: `size` bytes at `offset` in the ABI0 frame <-> a register.
#[derive(Clone, Copy, Debug)]
struct Move {
    offset: u64,
    size: u8,
    reg: AbiReg,
}

/// How to move a builtin's arguments and results between ABI0 stack slots
/// and ABIInternal registers.
#[derive(Clone, Debug, Default)]
pub struct Marshal {
    params: Vec<Move>,
    results: Vec<Move>,
}

impl Marshal {
    /// The plan for a signature (a builtin's signature is ours, so it parses).
    pub fn new(sig: &str) -> Marshal {
        let Ok(a) = goasm_abi::analyze_str(sig, None) else {
            return Marshal::default();
        };
        let moves = |slots: &[goasm_abi::Abi0Slot], values: &[goasm_abi::AbiValue]| {
            let mut out = Vec::new();
            for (slot, v) in slots.iter().zip(values) {
                if let Assignment::Registers(parts) = &v.assignment {
                    for p in parts {
                        out.push(Move {
                            offset: slot.offset + p.offset,
                            size: p.size as u8,
                            reg: p.reg,
                        });
                    }
                }
            }
            out
        };
        let a: Analysis = a;
        Marshal {
            params: moves(&a.abi0.params, &a.internal.params),
            results: moves(&a.abi0.results, &a.internal.results),
        }
    }

    /// ABI0 stack arguments (at the caller's 0(SP)) into registers.
    pub fn load_args(&self, m: &mut Machine) -> Result<(), Fault> {
        let sp = m.cpu.gp[goasm_vm::cpu::SP];
        for mv in &self.params {
            let v = m.mem.read(sp + mv.offset, mv.size)?;
            match mv.reg {
                AbiReg::Int(i) => m.cpu.gp[int_reg(i)] = v,
                AbiReg::Float(i) => m.cpu.xmm[i as usize] = v as u128,
            }
        }
        Ok(())
    }

    /// Result registers into the ABI0 result slots.
    pub fn store_results(&self, m: &mut Machine) -> Result<(), Fault> {
        let sp = m.cpu.gp[goasm_vm::cpu::SP];
        for mv in &self.results {
            let v = match mv.reg {
                AbiReg::Int(i) => m.cpu.gp[int_reg(i)],
                AbiReg::Float(i) => m.cpu.xmm[i as usize] as u64,
            };
            m.mem.write(sp + mv.offset, mv.size, v)?;
        }
        Ok(())
    }
}
