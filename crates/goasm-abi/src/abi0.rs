//! ABI0: the stack calling convention of hand-written assembly.
//!
//! Arguments and results live in the caller's frame, addressed from the FP
//! pseudo-register, laid out like a struct: each value at its type's alignment,
//! the first result re-aligned to the pointer size. The total (`$frame-N` in a
//! TEXT line) has no tail padding: that is what `go vet` (asmdecl) expects.
//!
//! Every value is also broken into the components `go vet` knows by name:
//! `s_base`/`s_len` (string), `x_base`/`x_len`/`x_cap` (slice),
//! `e_type`/`e_data` (empty interface), `i_itable`/`i_data` (other interfaces),
//! `c_real`/`c_imag` (complex), `v_field` (struct fields), `a_0`, `a_1` (array
//! elements), recursively. Unnamed parameters are `arg`, `arg1`, ...; unnamed
//! results `ret`, `ret1`, ...

use serde::Serialize;

use crate::resolve::Signature;
use crate::sizes::{PTR_SIZE, align_of, align_up, field_offsets, size_of};
use crate::types::{Basic, Type};

/// Stop expanding array elements into components beyond this many per value
/// (a `[1<<20]byte` argument would otherwise list a million names).
pub const MAX_COMPONENTS: usize = 4096;

/// The operand-size class `go vet` gives a component: its size in bytes for
/// scalars, or the composite kind (which a single MOV cannot access whole).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VetKind {
    Scalar,
    String,
    Slice,
    Interface,
    EmptyInterface,
    Complex,
    Struct,
    Array,
}

/// One name `go vet` accepts for a piece of the argument frame.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Component {
    /// e.g. `s_len`, `p_x_0`.
    pub name: String,
    pub kind: VetKind,
    /// Type, or a description such as `slice len` for header words.
    #[serde(rename = "type")]
    pub type_name: String,
    /// Offset from FP.
    pub offset: u64,
    pub size: u64,
}

/// One parameter or result in the ABI0 frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Abi0Slot {
    /// The vet name: as declared, or `arg`, `arg1`… / `ret`, `ret1`… when unnamed.
    pub name: String,
    pub ty: Type,
    /// Offset from FP.
    pub offset: u64,
    pub size: u64,
    pub align: u64,
    /// The value itself first, then every part, in vet's order.
    pub components: Vec<Component>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Abi0Layout {
    /// Receiver (if any) then parameters.
    pub params: Vec<Abi0Slot>,
    pub results: Vec<Abi0Slot>,
    /// Where results start (pointer-aligned end of the parameters).
    pub results_offset: u64,
    /// The `N` in `TEXT ·F(SB), $frame-N` (no tail padding).
    pub argsize: u64,
}

impl Abi0Layout {
    pub fn slots(&self) -> impl Iterator<Item = &Abi0Slot> {
        self.params.iter().chain(self.results.iter())
    }

    /// Look a vet name up (`x`, `x_len`, `ret1_f_0`…).
    pub fn component(&self, name: &str) -> Option<&Component> {
        self.slots()
            .flat_map(|s| s.components.iter())
            .find(|c| c.name == name)
    }
}

/// The name vet gives the i-th value of a list when it has none.
pub fn vet_name(name: Option<&str>, i: usize, result: bool) -> String {
    match name {
        Some(n) => n.to_string(),
        None => {
            let base = if result { "ret" } else { "arg" };
            if i == 0 {
                base.to_string()
            } else {
                format!("{base}{i}")
            }
        }
    }
}

pub fn layout(sig: &Signature) -> Abi0Layout {
    let mut off = 0u64;
    let mut params = Vec::new();
    if let Some(r) = &sig.recv {
        let name = r.name.clone().unwrap_or_else(|| "recv".into());
        params.push(slot(name, &r.ty, &mut off));
    }
    for (i, p) in sig.params.iter().enumerate() {
        params.push(slot(vet_name(p.name.as_deref(), i, false), &p.ty, &mut off));
    }
    let mut results = Vec::new();
    let results_offset = align_up(off, PTR_SIZE);
    if !sig.results.is_empty() {
        off = results_offset;
        for (i, p) in sig.results.iter().enumerate() {
            results.push(slot(vet_name(p.name.as_deref(), i, true), &p.ty, &mut off));
        }
    }
    Abi0Layout {
        params,
        results,
        results_offset,
        argsize: off,
    }
}

fn slot(name: String, ty: &Type, off: &mut u64) -> Abi0Slot {
    let align = align_of(ty);
    let size = size_of(ty);
    let offset = align_up(*off, align);
    *off = offset + size;
    let mut components = Vec::new();
    components_of(ty, &name, offset, &mut components);
    Abi0Slot {
        name,
        ty: ty.clone(),
        offset,
        size,
        align,
        components,
    }
}

fn push(
    out: &mut Vec<Component>,
    name: String,
    kind: VetKind,
    type_name: String,
    offset: u64,
    size: u64,
) {
    out.push(Component {
        name,
        kind,
        type_name,
        offset,
        size,
    });
}

/// Append `t` and its parts, as vet's componentsOfType does for amd64.
pub fn components_of(t: &Type, name: &str, off: u64, out: &mut Vec<Component>) {
    let size = size_of(t);
    let ts = t.to_string();
    let word = |out: &mut Vec<Component>, suffix: &str, what: &str, at: u64| {
        push(
            out,
            format!("{name}_{suffix}"),
            VetKind::Scalar,
            what.to_string(),
            off + at,
            PTR_SIZE,
        );
    };
    match t.underlying() {
        Type::Basic(Basic::String) => {
            push(out, name.to_string(), VetKind::String, ts, off, size);
            word(out, "base", "string base", 0);
            word(out, "len", "string len", 8);
        }
        Type::Basic(b) if b.is_complex() => {
            push(out, name.to_string(), VetKind::Complex, ts, off, size);
            let half = size / 2;
            let bits = size * 8;
            push(
                out,
                format!("{name}_real"),
                VetKind::Scalar,
                format!("real(complex{bits})"),
                off,
                half,
            );
            push(
                out,
                format!("{name}_imag"),
                VetKind::Scalar,
                format!("imag(complex{bits})"),
                off + half,
                half,
            );
        }
        Type::Slice(_) => {
            push(out, name.to_string(), VetKind::Slice, ts, off, size);
            word(out, "base", "slice base", 0);
            word(out, "len", "slice len", 8);
            word(out, "cap", "slice cap", 16);
        }
        Type::Interface { empty: true, .. } => {
            push(
                out,
                name.to_string(),
                VetKind::EmptyInterface,
                ts,
                off,
                size,
            );
            word(out, "type", "interface type", 0);
            word(out, "data", "interface data", 8);
        }
        Type::Interface { empty: false, .. } => {
            push(out, name.to_string(), VetKind::Interface, ts, off, size);
            word(out, "itable", "interface itable", 0);
            word(out, "data", "interface data", 8);
        }
        Type::Struct(fields) => {
            push(out, name.to_string(), VetKind::Struct, ts, off, size);
            for (f, fo) in fields.iter().zip(field_offsets(fields)) {
                components_of(&f.ty, &format!("{name}_{}", f.name), off + fo, out);
            }
        }
        Type::Array(n, elem) => {
            push(out, name.to_string(), VetKind::Array, ts, off, size);
            let esize = size_of(elem);
            for i in 0..*n {
                if out.len() >= MAX_COMPONENTS {
                    break;
                }
                components_of(elem, &format!("{name}_{i}"), off + i * esize, out);
            }
        }
        _ => push(out, name.to_string(), VetKind::Scalar, ts, off, size),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{parse::parse_func, resolve::TypeEnv};

    fn lay(src: &str) -> Abi0Layout {
        let d = parse_func("t", src).unwrap();
        layout(&TypeEnv::new().signature("t", &d).unwrap())
    }

    #[test]
    fn swap_is_32_bytes() {
        let l = lay("func Swap(a, b int) (int, int)");
        assert_eq!(l.argsize, 32);
        let names: Vec<_> = l.slots().map(|s| (s.name.as_str(), s.offset)).collect();
        assert_eq!(names, [("a", 0), ("b", 8), ("ret", 16), ("ret1", 24)]);
    }

    #[test]
    fn results_realign_to_pointer_size() {
        let l = lay("func Foo(a bool, b int16) (c []byte)");
        let offs: Vec<_> = l
            .slots()
            .map(|s| (s.name.as_str(), s.offset, s.size))
            .collect();
        assert_eq!(offs, [("a", 0, 1), ("b", 2, 2), ("c", 8, 24)]);
        assert_eq!(l.argsize, 32);
        assert_eq!(l.component("c_cap").unwrap().offset, 24);
    }

    #[test]
    fn no_tail_padding_without_results() {
        assert_eq!(lay("func F(a int64, b bool)").argsize, 9);
    }
}
