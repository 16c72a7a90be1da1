//! The argument-frame variables `go vet` knows for one declaration: every
//! parameter and result by name, plus their parts (`s_base`, `x_cap`,
//! `c_imag`, `p_field`, `a_0`), each with a size class and the type string
//! vet prints in its messages. Offsets come from goasm-abi's ABI0 layout;
//! this module only adds vet's naming and go/types' spelling of types.

use goasm_abi::sizes::{field_offsets, size_of};
use goasm_abi::types::{FuncType, Param};
use goasm_abi::{Abi0Layout, Basic, Signature, Type};
use std::collections::HashMap;

/// Cap on the parts listed for one value (a `[1<<20]byte` argument would
/// otherwise name a million elements).
const MAX_VARS: usize = 1 << 16;

/// vet's size class of a variable: a byte size for scalars, or a composite
/// kind that no single move covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Size(i64),
    String,
    Slice,
    Array,
    Interface,
    EmptyInterface,
    Struct,
    Complex,
}

/// One named piece of the argument frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Var {
    pub name: String,
    pub kind: Kind,
    /// The type as go/types spells it (`*internal/abi.Type`), or a part's
    /// description (`slice len`).
    pub typ: String,
    pub off: i64,
    pub size: i64,
    /// Header words of a string, slice, interface or complex value.
    pub inner: Vec<usize>,
    /// True for results (and their parts).
    pub result: bool,
}

/// The variables of one function's frame with vet's lookups: by name (the
/// last declaration of a name wins) and by byte offset (the innermost part
/// covering that byte wins).
#[derive(Clone, Debug, Default)]
pub struct FrameVars {
    /// The argument size vet expects in `$frame-argsize`.
    pub size: i64,
    pub vars: Vec<Var>,
    by_name: HashMap<String, usize>,
    by_off: HashMap<i64, usize>,
    /// Indices of the top-level results, in order.
    pub results: Vec<usize>,
}

impl FrameVars {
    pub fn by_name(&self, name: &str) -> Option<&Var> {
        self.by_name.get(name).map(|&i| &self.vars[i])
    }
    pub fn by_offset(&self, off: i64) -> Option<&Var> {
        self.by_off.get(&off).map(|&i| &self.vars[i])
    }
    pub fn inner(&self, v: &Var) -> Vec<&Var> {
        v.inner.iter().map(|&i| &self.vars[i]).collect()
    }

    /// Builds the table from a signature whose receiver vet ignores (it lays
    /// out only the parameter and result lists). `qualify` spells named types.
    pub fn build(sig: &Signature, qualify: &dyn Fn(&str) -> String) -> FrameVars {
        let plain = Signature {
            recv: None,
            ..sig.clone()
        };
        let layout: Abi0Layout = goasm_abi::abi0::layout(&plain);
        let mut fv = FrameVars {
            size: layout.argsize as i64,
            ..FrameVars::default()
        };
        for (slot, result) in layout
            .params
            .iter()
            .map(|s| (s, false))
            .chain(layout.results.iter().map(|s| (s, true)))
        {
            if result {
                fv.results.push(fv.vars.len());
            }
            let mut w = Walker {
                fv: &mut fv,
                qualify,
                result,
            };
            w.add(&slot.ty, &slot.name, slot.offset as i64);
        }
        fv
    }

    fn push(&mut self, v: Var) -> usize {
        let i = self.vars.len();
        for b in v.off..v.off + v.size.min(1 << 20) {
            self.by_off.insert(b, i);
        }
        self.by_name.insert(v.name.clone(), i);
        self.vars.push(v);
        i
    }
}

/// A header word: suffix, description, offset in the value, size.
type Part<'a> = (&'a str, String, i64, i64);

struct Walker<'a> {
    fv: &'a mut FrameVars,
    qualify: &'a dyn Fn(&str) -> String,
    result: bool,
}

impl Walker<'_> {
    fn var(&mut self, name: String, kind: Kind, typ: String, off: i64, size: i64) -> usize {
        self.fv.push(Var {
            name,
            kind,
            typ,
            off,
            size,
            inner: Vec::new(),
            result: self.result,
        })
    }

    fn add(&mut self, t: &Type, name: &str, off: i64) {
        if self.fv.vars.len() >= MAX_VARS {
            return;
        }
        let size = size_of(t) as i64;
        let typ = type_string(t, self.qualify);
        let word = |w: &mut Self, suffix: &str, what: &str, at: i64, sz: i64| {
            w.var(
                format!("{name}_{suffix}"),
                Kind::Size(sz),
                what.into(),
                off + at,
                sz,
            )
        };
        let parts: Option<(Kind, Vec<Part<'_>>)> = match t.underlying() {
            Type::Basic(Basic::String) => Some((
                Kind::String,
                vec![
                    ("base", "string base".into(), 0, 8),
                    ("len", "string len".into(), 8, 8),
                ],
            )),
            Type::Basic(b) if b.is_complex() => {
                let half = size / 2;
                let bits = size * 8;
                Some((
                    Kind::Complex,
                    vec![
                        ("real", format!("real(complex{bits})"), 0, half),
                        ("imag", format!("imag(complex{bits})"), half, half),
                    ],
                ))
            }
            Type::Slice(_) => Some((
                Kind::Slice,
                vec![
                    ("base", "slice base".into(), 0, 8),
                    ("len", "slice len".into(), 8, 8),
                    ("cap", "slice cap".into(), 16, 8),
                ],
            )),
            Type::Interface { empty, .. } => Some((
                if *empty {
                    Kind::EmptyInterface
                } else {
                    Kind::Interface
                },
                vec![
                    (
                        if *empty { "type" } else { "itable" },
                        if *empty {
                            "interface type".into()
                        } else {
                            "interface itable".into()
                        },
                        0,
                        8,
                    ),
                    ("data", "interface data".into(), 8, 8),
                ],
            )),
            _ => None,
        };
        if let Some((kind, words)) = parts {
            let me = self.var(name.to_string(), kind, typ, off, size);
            let inner: Vec<usize> = words
                .iter()
                .map(|(s, what, at, sz)| word(self, s, what, *at, *sz))
                .collect();
            self.fv.vars[me].inner = inner;
            return;
        }
        match t.underlying() {
            Type::Struct(fields) => {
                self.var(name.to_string(), Kind::Struct, typ, off, size);
                for (f, fo) in fields.iter().zip(field_offsets(fields)) {
                    self.add(&f.ty, &format!("{name}_{}", f.name), off + fo as i64);
                }
            }
            Type::Array(n, elem) => {
                self.var(name.to_string(), Kind::Array, typ, off, size);
                let es = size_of(elem) as i64;
                for i in 0..*n {
                    if self.fv.vars.len() >= MAX_VARS {
                        break;
                    }
                    self.add(elem, &format!("{name}_{i}"), off + i as i64 * es);
                }
            }
            _ => {
                self.var(name.to_string(), Kind::Size(size), typ, off, size);
            }
        }
    }
}

/// A type as go/types prints it (`TypeString` without a qualifier): named
/// types carry their package path.
pub fn type_string(t: &Type, q: &dyn Fn(&str) -> String) -> String {
    let mut s = String::new();
    write_type(&mut s, t, q);
    s
}

fn write_type(s: &mut String, t: &Type, q: &dyn Fn(&str) -> String) {
    match t {
        Type::Basic(b) => s.push_str(b.name()),
        Type::Pointer(e) => {
            s.push('*');
            write_type(s, e, q);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            write_type(s, e, q);
        }
        Type::Array(n, e) => {
            s.push_str(&format!("[{n}]"));
            write_type(s, e, q);
        }
        Type::Struct(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.embedded {
                    s.push_str(&f.name);
                    s.push(' ');
                }
                write_type(s, &f.ty, q);
            }
            s.push('}');
        }
        Type::Map(k, v) => {
            s.push_str("map[");
            write_type(s, k, q);
            s.push(']');
            write_type(s, v, q);
        }
        Type::Chan(d, e) => {
            s.push_str(match d {
                goasm_abi::ast::ChanDir::Both => "chan ",
                goasm_abi::ast::ChanDir::Send => "chan<- ",
                goasm_abi::ast::ChanDir::Recv => "<-chan ",
            });
            write_type(s, e, q);
        }
        Type::Func(ft) => {
            s.push_str("func");
            write_sig(s, ft, q);
        }
        Type::Interface { text, .. } => s.push_str(text),
        Type::Named { name, .. } => s.push_str(&q(name)),
    }
}

fn write_params(s: &mut String, ps: &[Param], variadic: bool, q: &dyn Fn(&str) -> String) {
    for (i, p) in ps.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(n) = &p.name {
            s.push_str(n);
            s.push(' ');
        }
        match (&p.ty, variadic && i + 1 == ps.len()) {
            (Type::Slice(e), true) => {
                s.push_str("...");
                write_type(s, e, q);
            }
            (t, _) => write_type(s, t, q),
        }
    }
}

fn write_sig(s: &mut String, ft: &FuncType, q: &dyn Fn(&str) -> String) {
    s.push('(');
    write_params(s, &ft.params, ft.variadic, q);
    s.push(')');
    match ft.results.as_slice() {
        [] => {}
        [Param { name: None, ty }] => {
            s.push(' ');
            write_type(s, ty, q);
        }
        rs => {
            s.push_str(" (");
            write_params(s, rs, false, q);
            s.push(')');
        }
    }
}
