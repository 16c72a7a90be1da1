//! ABIInternal: the register calling convention of compiled Go (since 1.17),
//! following `$GOROOT/src/cmd/compile/abi-internal.md` for amd64.
//!
//! Each value is split into base parts (string -> base, len; slice -> base, len,
//! cap; interface -> two words; complex -> real, imag; structs by field; arrays of
//! length 0 or 1 by element) and the parts take the next integer registers
//! (AX BX CX DI SI R8 R9 R10 R11) or float registers (X0–X14). A value that does
//! not fit entirely, has zero size, or contains an array of length > 1 goes to
//! the stack whole, and the register counters stay where they were. Results
//! restart the counters at zero. The caller also reserves a spill slot for each
//! register-assigned argument, after the stack-assigned results.
//!
//! Fixed registers: R14 holds the current g, X15 is zero, DX carries the closure
//! context pointer on calls through a func value.

use crate::abi0::vet_name;
use crate::resolve::Signature;
use crate::sizes::{REG_SIZE, align_of, align_up, field_offsets, reg_counts, size_of};
use crate::types::{Basic, Type};

pub const INT_REGS: [&str; 9] = ["AX", "BX", "CX", "DI", "SI", "R8", "R9", "R10", "R11"];
pub const FLOAT_REGS: [&str; 15] = [
    "X0", "X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X9", "X10", "X11", "X12", "X13", "X14",
];
/// Register holding the closure context on a call through a func value.
pub const CONTEXT_REG: &str = "DX";
/// Register holding the current goroutine (g).
pub const G_REG: &str = "R14";
/// Register that is always zero in ABIInternal code.
pub const ZERO_REG: &str = "X15";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reg {
    /// Index into [`INT_REGS`].
    Int(u8),
    /// Index into [`FLOAT_REGS`].
    Float(u8),
}

impl Reg {
    /// The name as Go assembly spells it (`AX`, `R8`, `X3`).
    pub fn name(self) -> &'static str {
        match self {
            Reg::Int(i) => INT_REGS[i as usize],
            Reg::Float(i) => FLOAT_REGS[i as usize],
        }
    }
}

/// A base part of a register-assigned value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegPart {
    /// vet-style name of the part (`s_base`, `p_x`, `c_real`, or the value's own name).
    pub name: String,
    pub type_name: String,
    /// Offset of the part inside the value's memory layout.
    pub offset: u64,
    pub size: u64,
    pub reg: Reg,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Assignment {
    Registers(Vec<RegPart>),
    /// Offset from the start of the argument area (what is 0(FP) in the callee).
    Stack(u64),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AbiValue {
    pub name: String,
    pub ty: Type,
    pub size: u64,
    pub align: u64,
    pub assignment: Assignment,
    /// Spill slot (offset from the start of the argument area) for
    /// register-assigned arguments; results have none.
    pub spill: Option<u64>,
}

impl AbiValue {
    pub fn regs(&self) -> Vec<&'static str> {
        match &self.assignment {
            Assignment::Registers(parts) => parts.iter().map(|p| p.reg.name()).collect(),
            Assignment::Stack(_) => Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AbiInternalLayout {
    /// Receiver (if any) then parameters.
    pub params: Vec<AbiValue>,
    pub results: Vec<AbiValue>,
    /// Start of the stack-assigned results (pointer-aligned end of stack arguments).
    pub results_offset: u64,
    /// Start of the spill area (pointer-aligned end of stack results).
    pub spill_offset: u64,
    /// Size of the spill area, rounded up to the pointer size.
    pub spill_size: u64,
    /// Whole argument area: what the compiler prints as `args=` in `-S` output.
    pub args_size: u64,
}

struct State {
    ints: u8,
    floats: u8,
    stack: u64,
    spill: u64,
}

pub fn layout(sig: &Signature) -> AbiInternalLayout {
    let mut st = State {
        ints: 0,
        floats: 0,
        stack: 0,
        spill: 0,
    };
    let mut params = Vec::new();
    if let Some(r) = &sig.recv {
        let name = r.name.clone().unwrap_or_else(|| "recv".into());
        params.push(assign(&mut st, name, &r.ty, false));
    }
    for (i, p) in sig.params.iter().enumerate() {
        params.push(assign(
            &mut st,
            vet_name(p.name.as_deref(), i, false),
            &p.ty,
            false,
        ));
    }
    st.stack = align_up(st.stack, REG_SIZE);
    let results_offset = st.stack;
    st.ints = 0;
    st.floats = 0;
    let results = sig
        .results
        .iter()
        .enumerate()
        .map(|(i, p)| assign(&mut st, vet_name(p.name.as_deref(), i, true), &p.ty, true))
        .collect();
    let spill_offset = align_up(st.stack, REG_SIZE);
    let spill_size = align_up(st.spill, REG_SIZE);
    for p in &mut params {
        if let Some(s) = &mut p.spill {
            *s += spill_offset;
        }
    }
    AbiInternalLayout {
        params,
        results,
        results_offset,
        spill_offset,
        spill_size,
        args_size: spill_offset + spill_size,
    }
}

fn next_slot(at: &mut u64, ty: &Type) -> u64 {
    let off = align_up(*at, align_of(ty));
    *at = off + size_of(ty);
    off
}

fn assign(st: &mut State, name: String, ty: &Type, result: bool) -> AbiValue {
    let size = size_of(ty);
    let (ni, nf) = reg_counts(ty);
    let fits = size > 0
        && (ni as usize) <= INT_REGS.len() - st.ints as usize
        && (nf as usize) <= FLOAT_REGS.len() - st.floats as usize;
    let (assignment, spill) = if fits {
        let mut parts = Vec::new();
        alloc(st, ty, &name, 0, &mut parts);
        let spill = (!result).then(|| next_slot(&mut st.spill, ty));
        (Assignment::Registers(parts), spill)
    } else {
        (Assignment::Stack(next_slot(&mut st.stack, ty)), None)
    };
    AbiValue {
        name,
        ty: ty.clone(),
        size,
        align: align_of(ty),
        assignment,
        spill,
    }
}

/// Hand out registers to the base parts of `t` (known to fit).
fn alloc(st: &mut State, t: &Type, name: &str, off: u64, out: &mut Vec<RegPart>) {
    if size_of(t) == 0 {
        return;
    }
    let int =
        |st: &mut State, suffix: &str, what: String, at: u64, size: u64, out: &mut Vec<RegPart>| {
            let name = if suffix.is_empty() {
                name.to_string()
            } else {
                format!("{name}_{suffix}")
            };
            out.push(RegPart {
                name,
                type_name: what,
                offset: off + at,
                size,
                reg: Reg::Int(st.ints),
            });
            st.ints += 1;
        };
    match t.underlying() {
        Type::Basic(Basic::String) => {
            int(st, "base", "string base".into(), 0, 8, out);
            int(st, "len", "string len".into(), 8, 8, out);
        }
        Type::Slice(_) => {
            int(st, "base", "slice base".into(), 0, 8, out);
            int(st, "len", "slice len".into(), 8, 8, out);
            int(st, "cap", "slice cap".into(), 16, 8, out);
        }
        Type::Interface { empty, .. } => {
            let first = if *empty { "type" } else { "itable" };
            int(st, first, format!("interface {first}"), 0, 8, out);
            int(st, "data", "interface data".into(), 8, 8, out);
        }
        Type::Basic(b) if b.is_complex() => {
            let half = size_of(t) / 2;
            let bits = half * 16;
            for (k, part) in ["real", "imag"].into_iter().enumerate() {
                out.push(RegPart {
                    name: format!("{name}_{part}"),
                    type_name: format!("{part}(complex{bits})"),
                    offset: off + k as u64 * half,
                    size: half,
                    reg: Reg::Float(st.floats),
                });
                st.floats += 1;
            }
        }
        Type::Basic(b) if b.is_float() => {
            out.push(RegPart {
                name: name.to_string(),
                type_name: t.to_string(),
                offset: off,
                size: size_of(t),
                reg: Reg::Float(st.floats),
            });
            st.floats += 1;
        }
        Type::Struct(fields) => {
            for (f, fo) in fields.iter().zip(field_offsets(fields)) {
                alloc(st, &f.ty, &format!("{name}_{}", f.name), off + fo, out);
            }
        }
        Type::Array(_, elem) => alloc(st, elem, &format!("{name}_0"), off, out),
        _ => int(st, "", t.to_string(), 0, size_of(t), out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{parse::parse_func, resolve::TypeEnv};

    fn lay(src: &str) -> AbiInternalLayout {
        let d = parse_func("t", src).unwrap();
        layout(&TypeEnv::new().signature("t", &d).unwrap())
    }

    /// The example of abi-internal.md, on amd64's registers.
    #[test]
    fn design_doc_example() {
        let l = lay(
            "func f(a1 uint8, a2 [2]uintptr, a3 uint8) (r1 struct { x uintptr; y [2]uintptr }, r2 string)",
        );
        assert_eq!(l.params[0].regs(), ["AX"]);
        assert_eq!(l.params[1].assignment, Assignment::Stack(0));
        assert_eq!(l.params[2].regs(), ["BX"]);
        assert_eq!(l.results[0].assignment, Assignment::Stack(16));
        assert_eq!(l.results[1].regs(), ["AX", "BX"]);
        assert_eq!((l.params[0].spill, l.params[2].spill), (Some(40), Some(41)));
        assert_eq!(l.args_size, 48);
    }

    #[test]
    fn value_that_does_not_fit_goes_whole_to_the_stack() {
        let l = lay("func F(a, b, c, d, e int, s []int, t string, f int)");
        assert_eq!(l.params[5].regs(), ["R8", "R9", "R10"]);
        assert_eq!(l.params[6].assignment, Assignment::Stack(0));
        assert_eq!(l.params[7].regs(), ["R11"]);
    }
}
