//! System V AMD64 (the C calling convention), for comparison with Go's two ABIs.
//!
//! Each Go value is given its C equivalent and classified per eightbyte:
//! INTEGER (integers, pointers, header words) or SSE (floats); a value larger
//! than 16 bytes is MEMORY (passed on the stack, returned through a hidden
//! pointer in DI). Arguments take DI SI DX CX R8 R9 and X0–X7; a value whose
//! eightbytes do not all fit goes to the stack whole. Go types without a C
//! counterpart (string, slice, interface, map, chan, func) are shown as the
//! equivalent struct or opaque pointer, and several Go results as one struct.

use crate::abi0::vet_name;
use crate::resolve::Signature;
use crate::sizes::{align_up, field_offsets, size_of};
use crate::types::{Basic, Type};

pub const INT_ARG_REGS: [&str; 6] = ["DI", "SI", "DX", "CX", "R8", "R9"];
pub const SSE_ARG_REGS: [&str; 8] = ["X0", "X1", "X2", "X3", "X4", "X5", "X6", "X7"];
pub const INT_RET_REGS: [&str; 2] = ["AX", "DX"];
pub const SSE_RET_REGS: [&str; 2] = ["X0", "X1"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Class {
    Integer,
    Sse,
    Memory,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    Registers(Vec<&'static str>),
    /// Offset from the stack pointer at the call (0(SP) before CALL pushes).
    Stack(u64),
    /// Zero-size: C has no such value, nothing is passed.
    Nothing,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SysvValue {
    pub name: String,
    pub go_type: String,
    pub c_type: String,
    /// Why the C type differs from the Go type, if it does.
    pub note: Option<String>,
    pub classes: Vec<Class>,
    pub location: Location,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SysvLayout {
    pub params: Vec<SysvValue>,
    /// The single C return value (several Go results become one struct); `None` for void.
    pub ret: Option<SysvValue>,
    /// Bytes of stack arguments.
    pub stack_size: u64,
}

/// The C spelling of a Go type, and a note when C has no real counterpart.
pub fn c_type(t: &Type) -> (String, Option<String>) {
    let none = |c: &str, what: &str| {
        (
            c.to_string(),
            Some(format!(
                "{what} has no C counterpart; shown as the equivalent C type"
            )),
        )
    };
    match t.underlying() {
        Type::Basic(b) => match b {
            Basic::Bool => ("_Bool".into(), None),
            Basic::Int | Basic::Int64 => ("int64_t".into(), None),
            Basic::Uint | Basic::Uint64 => ("uint64_t".into(), None),
            Basic::Int8 => ("int8_t".into(), None),
            Basic::Int16 => ("int16_t".into(), None),
            Basic::Int32 | Basic::Rune => ("int32_t".into(), None),
            Basic::Uint8 | Basic::Byte => ("uint8_t".into(), None),
            Basic::Uint16 => ("uint16_t".into(), None),
            Basic::Uint32 => ("uint32_t".into(), None),
            Basic::Uintptr => ("uintptr_t".into(), None),
            Basic::Float32 => ("float".into(), None),
            Basic::Float64 => ("double".into(), None),
            Basic::Complex64 => ("float _Complex".into(), None),
            Basic::Complex128 => ("double _Complex".into(), None),
            Basic::UnsafePointer => ("void *".into(), None),
            Basic::String => none("struct { const char *p; ptrdiff_t n; }", "string"),
        },
        Type::Pointer(_) | Type::Named { .. } => ("void *".into(), None),
        Type::Map(..) => none("void *", "map"),
        Type::Chan(..) => none("void *", "chan"),
        Type::Func(_) => none("void *", "func"),
        Type::Slice(_) => none("struct { void *data; ptrdiff_t len, cap; }", "slice"),
        Type::Interface { .. } => none("struct { void *tab; void *data; }", "interface"),
        Type::Array(n, e) => (
            format!("struct {{ {} e[{n}]; }}", c_type(e).0),
            Some("C passes no array by value; shown as a struct wrapping it".into()),
        ),
        Type::Struct(fields) => {
            let fs: Vec<String> = fields
                .iter()
                .map(|f| format!("{} {};", c_type(&f.ty).0, f.name))
                .collect();
            let note = (size_of(t) > 0 && fields.last().is_some_and(|f| size_of(&f.ty) == 0))
                .then(|| "Go pads a struct ending in a zero-size field, C does not (classified here with Go's layout)".to_string());
            (format!("struct {{ {} }}", fs.join(" ")), note)
        }
    }
}

/// Scalar leaves of a value: (offset, is_float).
fn leaves(t: &Type, off: u64, out: &mut Vec<(u64, bool)>) {
    match t.underlying() {
        Type::Basic(b) if b.is_complex() => {
            let half = size_of(t) / 2;
            out.push((off, true));
            out.push((off + half, true));
        }
        Type::Basic(b) if b.is_float() => out.push((off, true)),
        Type::Basic(Basic::String) | Type::Interface { .. } => {
            out.push((off, false));
            out.push((off + 8, false));
        }
        Type::Slice(_) => {
            for k in 0..3 {
                out.push((off + 8 * k, false));
            }
        }
        Type::Array(n, e) => {
            let es = size_of(e);
            for i in 0..(*n).min(16) {
                leaves(e, off + i * es, out);
            }
        }
        Type::Struct(fields) => {
            for (f, fo) in fields.iter().zip(field_offsets(fields)) {
                leaves(&f.ty, off + fo, out);
            }
        }
        _ => out.push((off, false)),
    }
}

/// Classes of each eightbyte (MEMORY alone for values over 16 bytes). Eightbytes
/// holding only padding get no class and use no register.
pub fn classify(t: &Type) -> Vec<Class> {
    let size = size_of(t);
    if size == 0 {
        return Vec::new();
    }
    if size > 16 {
        return vec![Class::Memory];
    }
    let mut ls = Vec::new();
    leaves(t, 0, &mut ls);
    let mut classes: Vec<Option<Class>> = vec![None; size.div_ceil(8) as usize];
    for (off, float) in ls {
        let slot = &mut classes[(off / 8) as usize];
        *slot = match (*slot, float) {
            (Some(Class::Integer), _) | (_, false) => Some(Class::Integer),
            _ => Some(Class::Sse),
        };
    }
    classes.into_iter().flatten().collect()
}

fn value(name: String, t: &Type) -> SysvValue {
    let (c, note) = c_type(t);
    SysvValue {
        name,
        go_type: t.to_string(),
        c_type: c,
        note,
        classes: classify(t),
        location: Location::Nothing,
    }
}

pub fn layout(sig: &Signature) -> SysvLayout {
    let (mut ni, mut nf, mut stack) = (0usize, 0usize, 0u64);
    // The return value first: a MEMORY return takes DI for its hidden pointer.
    let ret = match sig.results.as_slice() {
        [] => None,
        [r] => Some(value(vet_name(r.name.as_deref(), 0, true), &r.ty)),
        rs => {
            let fields = rs
                .iter()
                .enumerate()
                .map(|(i, r)| crate::types::Field {
                    name: vet_name(r.name.as_deref(), i, true),
                    embedded: false,
                    ty: r.ty.clone(),
                })
                .collect();
            let mut v = value("ret".into(), &Type::Struct(fields));
            v.note = Some("C returns one value: the Go results are shown as one struct".into());
            Some(v)
        }
    };
    let ret = ret.map(|mut v| {
        v.location = if v.classes.is_empty() {
            Location::Nothing
        } else if v.classes == [Class::Memory] {
            ni = 1;
            let why = "MEMORY: the caller passes the result address in DI; it comes back in AX";
            v.note = Some(
                v.note
                    .take()
                    .map_or(why.to_string(), |n| format!("{n}; {why}")),
            );
            Location::Registers(vec!["AX"])
        } else {
            let (mut i, mut f) = (0, 0);
            let regs = v
                .classes
                .iter()
                .map(|c| match c {
                    Class::Sse => {
                        f += 1;
                        SSE_RET_REGS[f - 1]
                    }
                    _ => {
                        i += 1;
                        INT_RET_REGS[i - 1]
                    }
                })
                .collect();
            Location::Registers(regs)
        };
        v
    });
    let inputs = sig
        .recv
        .iter()
        .map(|r| (r.name.clone().unwrap_or_else(|| "recv".into()), &r.ty))
        .chain(
            sig.params
                .iter()
                .enumerate()
                .map(|(i, p)| (vet_name(p.name.as_deref(), i, false), &p.ty)),
        );
    let mut params = Vec::new();
    for (name, t) in inputs {
        let mut v = value(name, t);
        let need_i = v.classes.iter().filter(|c| **c == Class::Integer).count();
        let need_f = v.classes.iter().filter(|c| **c == Class::Sse).count();
        v.location = if v.classes.is_empty() {
            Location::Nothing
        } else if v.classes != [Class::Memory]
            && ni + need_i <= INT_ARG_REGS.len()
            && nf + need_f <= SSE_ARG_REGS.len()
        {
            let regs = v
                .classes
                .iter()
                .map(|c| {
                    if *c == Class::Sse {
                        nf += 1;
                        SSE_ARG_REGS[nf - 1]
                    } else {
                        ni += 1;
                        INT_ARG_REGS[ni - 1]
                    }
                })
                .collect();
            Location::Registers(regs)
        } else {
            let at = stack;
            stack = align_up(stack + size_of(t), 8);
            Location::Stack(at)
        };
        params.push(v);
    }
    SysvLayout {
        params,
        ret,
        stack_size: stack,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lay(src: &str) -> SysvLayout {
        layout(&crate::analyze_str(src, None).unwrap().sig)
    }

    #[test]
    fn small_structs_split_by_eightbyte() {
        let l = lay(
            "func F(a struct{x float32; y int32}, b struct{x, y float64}, s string, xs []int) float64",
        );
        assert_eq!(l.params[0].location, Location::Registers(vec!["DI"]));
        assert_eq!(l.params[1].location, Location::Registers(vec!["X0", "X1"]));
        assert_eq!(l.params[2].location, Location::Registers(vec!["SI", "DX"]));
        assert_eq!(l.params[3].location, Location::Stack(0));
        assert_eq!(l.ret.unwrap().location, Location::Registers(vec!["X0"]));
    }

    #[test]
    fn memory_return_takes_di() {
        let l = lay("func F(a int) (x, y, z int)");
        assert_eq!(l.ret.unwrap().classes, [Class::Memory]);
        assert_eq!(l.params[0].location, Location::Registers(vec!["SI"]));
    }
}
