//! `goasm proto`: infer the Go prototype of each TEXT symbol from the
//! assembly alone.
//!
//! For hand-written ABI0 code the evidence is the FP references: vet's
//! naming convention turns `s_base`/`s_len` into a string, `x_cap` into a
//! slice, `e_type`/`e_data` into an interface, `c_real`/`c_imag` into a
//! complex number; operand widths give scalar sizes and the instruction
//! family tells floats from integers; results are the names `ret…` or
//! those written before they are read; `$frame-argsize` bounds the frame.
//! Go types beyond the frame shape (int vs uintptr vs *T) are not in the
//! assembly, so scalar types are spelled by size and the confidence note
//! says what the guess rests on.
//!
//! For compiler listings (ABIInternal), the evidence is register use: the
//! argument registers read before being written at entry, and the result
//! registers set before RET.

mod abi0;
mod listing;

pub use abi0::{infer_file, infer_files, infer_source};
pub use listing::infer_listing;

use std::fmt;

/// How sure the inference is about one value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Not referenced: only its space is known.
    Low,
    /// The kind rests on a gap or convention (slice vs string, result by
    /// first write, a tail call).
    Medium,
    /// Named, offset and width agree with a declaration's shape.
    High,
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        })
    }
}

/// The shape class of a value, which is what ABI0 fixes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    Int(u64),
    Float(u64),
    String,
    Slice,
    Iface,
    EmptyIface,
    Complex(u64),
    /// Unreferenced bytes.
    Bytes(u64),
}

impl Shape {
    pub fn size(&self) -> u64 {
        match self {
            Shape::Int(n) | Shape::Float(n) | Shape::Complex(n) | Shape::Bytes(n) => *n,
            Shape::String | Shape::Iface | Shape::EmptyIface => 16,
            Shape::Slice => 24,
        }
    }
    pub fn align(&self) -> u64 {
        match self {
            Shape::Int(n) | Shape::Float(n) => (*n).clamp(1, 8),
            Shape::Complex(n) => (n / 2).clamp(1, 8),
            Shape::Bytes(_) => 1,
            _ => 8,
        }
    }
    /// A Go type with this shape.
    pub fn go_type(&self) -> String {
        match self {
            Shape::Int(1) => "byte".into(),
            Shape::Int(n) => format!("int{}", n * 8),
            Shape::Float(n) => format!("float{}", n * 8),
            Shape::String => "string".into(),
            Shape::Slice => "[]byte".into(),
            Shape::Iface => "interface{ /* methods */ }".into(),
            Shape::EmptyIface => "any".into(),
            Shape::Complex(n) => format!("complex{}", n * 8),
            Shape::Bytes(n) => format!("[{n}]byte"),
        }
    }
    /// The shape key used to compare with a declaration.
    pub fn key(&self) -> String {
        match self {
            Shape::Int(n) | Shape::Float(n) => format!("{n}"),
            Shape::String => "string".into(),
            Shape::Slice => "slice".into(),
            Shape::Iface => "iface".into(),
            Shape::EmptyIface => "eface".into(),
            Shape::Complex(n) => format!("complex{n}"),
            Shape::Bytes(n) => format!("bytes{n}"),
        }
    }
}

/// One inferred parameter or result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Value {
    pub name: String,
    pub offset: u64,
    pub shape: Shape,
    pub confidence: Confidence,
    /// Why: the evidence in a few words.
    pub note: String,
}

/// An inferred prototype.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proto {
    pub name: String,
    /// Line of the TEXT statement.
    pub line: usize,
    pub params: Vec<Value>,
    pub results: Vec<Value>,
    /// Declared `$-argsize`, if any.
    pub argsize: Option<u64>,
}

impl Proto {
    /// `func Name(a int64, s string) (ret int64)`; a single result named
    /// `ret` prints bare.
    pub fn signature(&self) -> String {
        let list = |vs: &[Value]| {
            vs.iter()
                .map(|v| format!("{} {}", v.name, v.shape.go_type()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let res = match self.results.as_slice() {
            [] => String::new(),
            [v] if v.name == "ret" => format!(" {}", v.shape.go_type()),
            rs => format!(" ({})", list(rs)),
        };
        format!("func {}({}){res}", self.name, list(&self.params))
    }

    /// The signature plus one confidence line per value.
    pub fn render(&self) -> String {
        let mut s = self.signature();
        s.push('\n');
        for (what, v) in self
            .params
            .iter()
            .map(|v| ("param", v))
            .chain(self.results.iter().map(|v| ("result", v)))
        {
            s.push_str(&format!(
                "\t// {what} {} +{}: {} confidence: {}\n",
                v.name, v.offset, v.confidence, v.note
            ));
        }
        s
    }

    /// The frame shape (names, offsets, kinds) for comparison with a
    /// declaration's ABI0 layout.
    pub fn shape_key(&self) -> String {
        let list = |vs: &[Value]| {
            vs.iter()
                .map(|v| format!("{}@{}:{}", v.name, v.offset, v.shape.key()))
                .collect::<Vec<_>>()
                .join(",")
        };
        format!("({})({})", list(&self.params), list(&self.results))
    }
}

/// A shape key without the names: what Go's type identity compares
/// (`func(a int)` and `func(b int)` are the same type).
pub fn unnamed_key(key: &str) -> String {
    let mut out = String::new();
    let mut skip = false;
    for c in key.chars() {
        match c {
            '(' | ')' | ',' => {
                skip = false;
                out.push(c);
            }
            '@' => skip = true,
            _ if skip => out.push(c),
            _ => {}
        }
    }
    out.replace("@", "")
}

/// The shape key of a declared signature, in [`Proto::shape_key`]'s form
/// (ignoring the receiver, as the frame of a TEXT symbol has none).
pub fn declared_shape_key(sig: &goasm_abi::Signature) -> String {
    use goasm_abi::{Basic, Type};
    let plain = goasm_abi::Signature {
        recv: None,
        ..sig.clone()
    };
    let l = goasm_abi::abi0::layout(&plain);
    let key = |t: &Type, size: u64| -> String {
        match t.underlying() {
            Type::Basic(Basic::String) => "string".into(),
            Type::Basic(b) if b.is_complex() => format!("complex{size}"),
            Type::Slice(_) => "slice".into(),
            Type::Interface { empty: true, .. } => "eface".into(),
            Type::Interface { empty: false, .. } => "iface".into(),
            Type::Struct(_) | Type::Array(..) => format!("bytes{size}"),
            _ => format!("{size}"),
        }
    };
    let list = |ss: &[goasm_abi::Abi0Slot]| {
        ss.iter()
            .map(|s| format!("{}@{}:{}", s.name, s.offset, key(&s.ty, s.size)))
            .collect::<Vec<_>>()
            .join(",")
    };
    format!("({})({})", list(&l.params), list(&l.results))
}
