//! Resolved Go types: what a layout needs to know, nothing more.
//!
//! Named types keep their name for display and carry their underlying type.
//! Behind a pointer, slice, map, chan or func the element's layout never matters,
//! so a named element there is kept by name only (`underlying: None`); this is
//! also what makes recursive types like `type L struct{ next *L }` finite.

use std::fmt;

pub use crate::ast::ChanDir;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    /// The alias `byte` (= uint8), kept apart only to print as written.
    Byte,
    /// The alias `rune` (= int32).
    Rune,
}

impl Basic {
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            Byte => "byte",
            Rune => "rune",
        }
    }

    /// Every predeclared basic type, by the name Go code spells it.
    pub fn from_name(s: &str) -> Option<Basic> {
        use Basic::*;
        Some(match s {
            "bool" => Bool,
            "int" => Int,
            "int8" => Int8,
            "int16" => Int16,
            "int32" => Int32,
            "int64" => Int64,
            "uint" => Uint,
            "uint8" => Uint8,
            "uint16" => Uint16,
            "uint32" => Uint32,
            "uint64" => Uint64,
            "uintptr" => Uintptr,
            "float32" => Float32,
            "float64" => Float64,
            "complex64" => Complex64,
            "complex128" => Complex128,
            "string" => String,
            "byte" => Byte,
            "rune" => Rune,
            _ => return None,
        })
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The field name; for an embedded field, the type's name (as go/types does).
    pub name: String,
    pub embedded: bool,
    pub ty: Type,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    /// `None` for an unnamed parameter or result.
    pub name: Option<String>,
    pub ty: Type,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncType {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Type {
    Basic(Basic),
    Pointer(Box<Type>),
    Slice(Box<Type>),
    Array(u64, Box<Type>),
    Struct(Vec<Field>),
    Map(Box<Type>, Box<Type>),
    Chan(ChanDir, Box<Type>),
    Func(Box<FuncType>),
    /// `empty` is true for `interface{}` / `any` (two words: type, data) and false
    /// for interfaces with methods (itab, data). `text` is how it was written.
    Interface {
        empty: bool,
        text: String,
    },
    Named {
        name: String,
        underlying: Option<Box<Type>>,
    },
}

impl Type {
    /// The type with all names peeled off. A name kept only by reference
    /// (behind a pointer) counts as a pointer-sized opaque type.
    pub fn underlying(&self) -> &Type {
        let mut t = self;
        while let Type::Named {
            underlying: Some(u),
            ..
        } = t
        {
            t = u;
        }
        t
    }

    pub fn error() -> Type {
        Type::Named {
            name: "error".into(),
            underlying: Some(Box::new(Type::Interface {
                empty: false,
                text: "interface { Error() string }".into(),
            })),
        }
    }

    pub fn any() -> Type {
        Type::Interface {
            empty: true,
            text: "any".into(),
        }
    }
}

fn write_params(f: &mut fmt::Formatter<'_>, ps: &[Param], variadic: bool) -> fmt::Result {
    for (i, p) in ps.iter().enumerate() {
        if i > 0 {
            write!(f, ", ")?;
        }
        if let Some(n) = &p.name {
            write!(f, "{n} ")?;
        }
        match (&p.ty, variadic && i + 1 == ps.len()) {
            (Type::Slice(e), true) => write!(f, "...{e}")?,
            (t, _) => write!(f, "{t}")?,
        }
    }
    Ok(())
}

impl fmt::Display for FuncType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "(")?;
        write_params(f, &self.params, self.variadic)?;
        write!(f, ")")?;
        match self.results.as_slice() {
            [] => Ok(()),
            [Param { name: None, ty }] => write!(f, " {ty}"),
            rs => {
                write!(f, " (")?;
                write_params(f, rs, false)?;
                write!(f, ")")
            }
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Basic(b) => write!(f, "{}", b.name()),
            Type::Pointer(e) => write!(f, "*{e}"),
            Type::Slice(e) => write!(f, "[]{e}"),
            Type::Array(n, e) => write!(f, "[{n}]{e}"),
            Type::Struct(fields) => {
                write!(f, "struct{{")?;
                for (i, fl) in fields.iter().enumerate() {
                    write!(f, "{}", if i == 0 { "" } else { "; " })?;
                    if fl.embedded {
                        write!(f, "{}", fl.ty)?;
                    } else {
                        write!(f, "{} {}", fl.name, fl.ty)?;
                    }
                }
                write!(f, "}}")
            }
            Type::Map(k, v) => write!(f, "map[{k}]{v}"),
            Type::Chan(ChanDir::Both, e) => write!(f, "chan {e}"),
            Type::Chan(ChanDir::Send, e) => write!(f, "chan<- {e}"),
            Type::Chan(ChanDir::Recv, e) => write!(f, "<-chan {e}"),
            Type::Func(ft) => write!(f, "func{ft}"),
            Type::Interface { text, .. } => write!(f, "{text}"),
            Type::Named { name, .. } => write!(f, "{name}"),
        }
    }
}
