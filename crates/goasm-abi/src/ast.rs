//! Syntax of the Go declarations goasm reads: type expressions, type declarations
//! and func declarations, each with its position. Names are not resolved here
//! (see `resolve`), so a declarations file can refer to types declared later.

use crate::error::Pos;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeExpr {
    pub pos: Pos,
    pub kind: TypeExprKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeExprKind {
    /// `int`, `S`, `error`.
    Name(String),
    /// `pkg.Name`, e.g. `unsafe.Pointer`.
    Qualified(String, String),
    Pointer(Box<TypeExpr>),
    Slice(Box<TypeExpr>),
    Array(u64, Box<TypeExpr>),
    /// `...T`, only valid as the type of the last parameter.
    Ellipsis(Box<TypeExpr>),
    Struct(Vec<FieldDecl>),
    Map(Box<TypeExpr>, Box<TypeExpr>),
    Chan(ChanDir, Box<TypeExpr>),
    Func(Box<FuncTypeExpr>),
    Interface(Vec<InterfaceElem>),
    /// `G[T]`: an instantiated generic type, which goasm does not lay out.
    Generic(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDecl {
    /// Empty for an embedded field.
    pub names: Vec<(String, Pos)>,
    pub ty: TypeExpr,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InterfaceElem {
    Method(String),
    Embed(TypeExpr),
    /// A type-set term (`~int | string`): only valid in constraints.
    Constraint(Pos),
}

/// One parameter or result; `name` is `None` when the list is unnamed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamDecl {
    pub name: Option<(String, Pos)>,
    pub ty: TypeExpr,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncTypeExpr {
    pub params: Vec<ParamDecl>,
    pub results: Vec<ParamDecl>,
}

/// A `func` declaration. Stub files declare assembly functions without bodies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncDecl {
    pub pos: Pos,
    pub name: String,
    pub recv: Option<ParamDecl>,
    pub ty: FuncTypeExpr,
    pub has_body: bool,
    /// Declared with type parameters; goasm cannot lay these out.
    pub generic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeDecl {
    pub pos: Pos,
    pub name: String,
    /// `type A = B`.
    pub alias: bool,
    pub ty: TypeExpr,
    pub generic: bool,
}

/// What goasm keeps of a Go file: its package name, type and func declarations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceFile {
    pub file: String,
    pub package: Option<String>,
    pub types: Vec<TypeDecl>,
    pub funcs: Vec<FuncDecl>,
}
