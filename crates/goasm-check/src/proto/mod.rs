//! `goasm proto`: infer the Go prototype of each TEXT symbol from the
//! assembly alone.
//!
//! For hand-written ABI0 code the evidence is the FP references: vet's
//! naming convention turns `s_base`/`s_len` into a string, `x_cap` into a
//! slice, `e_type`/`e_data` into an interface, `c_real`/`c_imag` into a
//! complex number; operand widths give scalar sizes; the instruction tells
//! floats from integers, zero- from sign-extension and unsigned from signed
//! conditions after a comparison, a `SETcc` result from a byte (bool), and
//! a word later used as an address (or moved into an X register) is a
//! pointer (or a float64's bits); results are the names `ret…` or those written before
//! they are read; `$frame-argsize` bounds the frame. A `// func Name(...)`
//! comment above the TEXT line is used only when it agrees with every FP
//! reference and the argument size ([`Options::doc_comments`]).
//!
//! Go types beyond what the frame shows (`int` vs `uintptr` vs `*T`) are
//! not in the assembly, so such types are spelled by their evidence and the
//! confidence note says what the guess rests on.
//!
//! For compiler listings (ABIInternal), the evidence is the compiler's
//! argument info (parameter count and sizes) and register use: the
//! argument registers read before being written at entry, and the result
//! registers last written on every path to RET.

mod abi0;
mod arginfo;
mod comment;
mod compare;
mod evidence;
mod listing;
mod print;

pub use abi0::{infer_file, infer_files, infer_files_with, infer_source};
pub use compare::{
    FrameMatch, compare, declared_shape_key, loose_signature, loose_signature_with, unnamed_key,
};
pub use listing::infer_listing;

/// What the inference may use besides the instructions.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Use a `// func Name(...)` comment above the TEXT line when it agrees
    /// with the FP references and `$-argsize`.
    pub doc_comments: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { doc_comments: true }
    }
}

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

impl std::fmt::Display for Confidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        })
    }
}

/// Signedness of an integer, when an extension instruction shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    Unknown,
    Signed,
    Unsigned,
}

/// The shape class of a value, which is what ABI0 fixes, refined by what
/// the instructions show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    Int(u64, Sign),
    Bool,
    /// A word used as an address base.
    Pointer,
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
    pub fn int(n: u64) -> Shape {
        Shape::Int(n, Sign::Unknown)
    }
    pub fn size(&self) -> u64 {
        match self {
            Shape::Int(n, _) | Shape::Float(n) | Shape::Complex(n) | Shape::Bytes(n) => *n,
            Shape::Bool => 1,
            Shape::Pointer => 8,
            Shape::String | Shape::Iface | Shape::EmptyIface => 16,
            Shape::Slice => 24,
        }
    }
    pub fn align(&self) -> u64 {
        match self {
            Shape::Int(n, _) | Shape::Float(n) => (*n).clamp(1, 8),
            Shape::Complex(n) => (n / 2).clamp(1, 8),
            Shape::Bytes(_) | Shape::Bool => 1,
            _ => 8,
        }
    }
    /// A Go type with this shape. An integer whose sign neither an
    /// extension nor a signed/unsigned condition shows prints unsigned:
    /// assembly treats words as bits, and in the Go distribution's
    /// declarations such values are unsigned or pointers more often than
    /// signed (about 2:1 for words, 3:2 for 32-bit values).
    pub fn go_type(&self) -> String {
        match self {
            Shape::Int(1, Sign::Unknown | Sign::Unsigned) => "byte".into(),
            Shape::Int(n, Sign::Signed) => format!("int{}", n * 8),
            Shape::Int(n, _) => format!("uint{}", n * 8),
            Shape::Bool => "bool".into(),
            Shape::Pointer => "unsafe.Pointer".into(),
            Shape::Float(n) => format!("float{}", n * 8),
            Shape::String => "string".into(),
            Shape::Slice => "[]byte".into(),
            // A stand-in: the methods are not in the assembly.
            Shape::Iface => "interface{ M() }".into(),
            Shape::EmptyIface => "any".into(),
            Shape::Complex(n) => format!("complex{}", n * 8),
            Shape::Bytes(n) => format!("[{n}]byte"),
        }
    }
    /// The frame class used to compare with a declaration: what ABI0
    /// makes observable (size, float or not, header kind).
    pub fn key(&self) -> String {
        match self {
            Shape::Int(n, _) => format!("{n}"),
            Shape::Bool => "1".into(),
            Shape::Pointer => "8".into(),
            Shape::Float(n) => format!("f{n}"),
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
    /// The type as a verified doc comment spells it (overrides the shape's
    /// spelling).
    pub declared_type: Option<String>,
    pub confidence: Confidence,
    /// Why: the evidence in a few words.
    pub note: String,
    /// Registers holding it (ABIInternal listings); `None` for ABI0, where
    /// the offset says where it is.
    pub registers: Option<String>,
}

impl Value {
    pub fn go_type(&self) -> String {
        self.declared_type
            .clone()
            .unwrap_or_else(|| self.shape.go_type())
    }
}

/// Where the prototype came from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Source {
    /// The function's own FP references.
    #[default]
    References,
    /// The frame of the function it tail-jumps to.
    TailCall(String),
    /// A `// func ...` comment at this line, checked against the references.
    DocComment(usize),
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
    pub source: Source,
    /// A doc comment that was found but not used, and why.
    pub rejected_comment: Option<String>,
}

impl Proto {
    /// The frame shape (names, offsets, kinds) of the values as inferred.
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
