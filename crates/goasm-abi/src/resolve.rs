//! Name resolution: turns type expressions into [`Type`]s using the predeclared
//! types plus the type declarations of the files the user passed, and func
//! declarations into [`Signature`]s.

use std::collections::HashMap;

use crate::ast::{
    FuncDecl, InterfaceElem, ParamDecl, SourceFile, TypeDecl, TypeExpr, TypeExprKind,
};
use crate::error::{Error, Pos, Result};
use crate::sizes;
use crate::types::{Basic, Field, FuncType, Param, Type};

/// Largest argument or type size goasm accepts (far above any real frame).
pub const MAX_TYPE_SIZE: u64 = 1 << 32;
const MAX_DEPTH: usize = 200;

/// A resolved function signature. The receiver, if any, is passed first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub name: String,
    pub recv: Option<Param>,
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    pub variadic: bool,
}

impl Signature {
    /// Receiver (if any) followed by the parameters: the order of the argument area.
    pub fn inputs(&self) -> impl Iterator<Item = &Param> {
        self.recv.iter().chain(self.params.iter())
    }

    /// The signature as Go source (`func (v T) Name(a int) (r bool)`).
    pub fn to_go(&self) -> String {
        let recv = match &self.recv {
            Some(Param { name: Some(n), ty }) => format!("({n} {ty}) "),
            Some(Param { name: None, ty }) => format!("({ty}) "),
            None => String::new(),
        };
        let ft = FuncType {
            params: self.params.clone(),
            results: self.results.clone(),
            variadic: self.variadic,
        };
        format!("func {recv}{}{ft}", self.name)
    }
}

/// The named types in scope: the user's declarations over the predeclared ones.
#[derive(Clone, Debug, Default)]
pub struct TypeEnv {
    decls: HashMap<String, (String, TypeDecl)>,
}

impl TypeEnv {
    pub fn new() -> Self {
        Self::default()
    }

    /// Add the type declarations of a parsed file. A name declared twice is an error.
    pub fn add_file(&mut self, f: &SourceFile) -> Result<()> {
        for d in &f.types {
            if d.name == "_" {
                continue;
            }
            if let Some((file, prev)) = self.decls.get(&d.name) {
                return Err(Error::new(
                    &f.file,
                    d.pos,
                    format!(
                        "{} redeclared in this block (other declaration at {file}:{}:{})",
                        d.name, prev.pos.line, prev.pos.col
                    ),
                ));
            }
            self.decls
                .insert(d.name.clone(), (f.file.clone(), d.clone()));
        }
        Ok(())
    }

    /// Resolve a type expression written in `file`.
    pub fn resolve(&self, file: &str, e: &TypeExpr) -> Result<Type> {
        let mut r = Resolver {
            env: self,
            stack: Vec::new(),
            depth: 0,
        };
        let t = r.ty(file, e, false)?;
        check_size(file, e.pos, &t)?;
        Ok(t)
    }

    /// Resolve a func declaration written in `file` into a signature.
    pub fn signature(&self, file: &str, d: &FuncDecl) -> Result<Signature> {
        if d.generic {
            return Err(Error::new(
                file,
                d.pos,
                format!("generic function {} is not supported", d.name),
            ));
        }
        let mut r = Resolver {
            env: self,
            stack: Vec::new(),
            depth: 0,
        };
        let recv = match &d.recv {
            Some(p) => Some(r.param(file, p, false)?.0),
            None => None,
        };
        let (params, variadic) = r.params(file, &d.ty.params)?;
        let (results, _) = r.params(file, &d.ty.results)?;
        let mut total = 0u64;
        for (p, decl) in recv.iter().zip(d.recv.iter()).chain(
            params
                .iter()
                .zip(&d.ty.params)
                .chain(results.iter().zip(&d.ty.results)),
        ) {
            check_size(file, decl.ty.pos, &p.ty)?;
            total += sizes::size_of(&p.ty) + 8;
            if total > MAX_TYPE_SIZE {
                return Err(Error::new(file, decl.ty.pos, "argument frame too large"));
            }
        }
        Ok(Signature {
            name: d.name.clone(),
            recv,
            params,
            results,
            variadic,
        })
    }
}

fn check_size(file: &str, pos: Pos, t: &Type) -> Result<()> {
    match sizes::checked_size(t) {
        Some(n) if n <= MAX_TYPE_SIZE => Ok(()),
        _ => Err(Error::new(file, pos, format!("type {t} too large"))),
    }
}

struct Resolver<'e> {
    env: &'e TypeEnv,
    /// Named types being expanded, to report `invalid recursive type`.
    stack: Vec<String>,
    depth: usize,
}

impl Resolver<'_> {
    fn params(&mut self, file: &str, ps: &[ParamDecl]) -> Result<(Vec<Param>, bool)> {
        let mut out = Vec::new();
        let mut variadic = false;
        for p in ps {
            let (param, v) = self.param(file, p, true)?;
            variadic |= v;
            out.push(param);
        }
        Ok((out, variadic))
    }

    fn param(&mut self, file: &str, p: &ParamDecl, allow_ellipsis: bool) -> Result<(Param, bool)> {
        let name = p.name.as_ref().map(|(n, _)| n.clone());
        if let TypeExprKind::Ellipsis(elem) = &p.ty.kind {
            if !allow_ellipsis {
                return Err(Error::new(file, p.ty.pos, "invalid use of ..."));
            }
            let elem = self.ty(file, elem, true)?;
            return Ok((
                Param {
                    name,
                    ty: Type::Slice(Box::new(elem)),
                },
                true,
            ));
        }
        Ok((
            Param {
                name,
                ty: self.ty(file, &p.ty, false)?,
            },
            false,
        ))
    }

    /// `shallow`: only the name of a named type is needed (behind a pointer etc.).
    fn ty(&mut self, file: &str, e: &TypeExpr, shallow: bool) -> Result<Type> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Error::new(file, e.pos, "type nested too deeply"));
        }
        let r = self.ty_inner(file, e, shallow);
        self.depth -= 1;
        r
    }

    fn ty_inner(&mut self, file: &str, e: &TypeExpr, shallow: bool) -> Result<Type> {
        let err = |msg: String| Error::new(file, e.pos, msg);
        Ok(match &e.kind {
            TypeExprKind::Name(n) => return self.named(file, e.pos, n, shallow),
            TypeExprKind::Qualified(pkg, n) if pkg == "unsafe" && n == "Pointer" => {
                Type::Basic(Basic::UnsafePointer)
            }
            TypeExprKind::Qualified(pkg, n) => {
                return Err(err(format!(
                    "unknown type {pkg}.{n} (goasm knows unsafe.Pointer only; declare other types with --decls)"
                )));
            }
            TypeExprKind::Pointer(el) => Type::Pointer(Box::new(self.ty(file, el, true)?)),
            TypeExprKind::Slice(el) => Type::Slice(Box::new(self.ty(file, el, true)?)),
            TypeExprKind::Array(n, el) => Type::Array(*n, Box::new(self.ty(file, el, shallow)?)),
            TypeExprKind::Ellipsis(_) => return Err(err("invalid use of ...".into())),
            TypeExprKind::Map(k, v) => Type::Map(
                Box::new(self.ty(file, k, true)?),
                Box::new(self.ty(file, v, true)?),
            ),
            TypeExprKind::Chan(d, el) => Type::Chan(*d, Box::new(self.ty(file, el, true)?)),
            TypeExprKind::Func(ft) => {
                let (params, variadic) = self.params(file, &ft.params)?;
                let (results, _) = self.params(file, &ft.results)?;
                Type::Func(Box::new(FuncType {
                    params,
                    results,
                    variadic,
                }))
            }
            TypeExprKind::Struct(fields) => {
                let mut out: Vec<Field> = Vec::new();
                for fd in fields {
                    let ty = self.ty(file, &fd.ty, shallow)?;
                    let names: Vec<(String, Pos, bool)> = if fd.names.is_empty() {
                        vec![(
                            embedded_name(&fd.ty).ok_or_else(|| {
                                Error::new(
                                    file,
                                    fd.ty.pos,
                                    "embedded field must be a type name or pointer to one",
                                )
                            })?,
                            fd.ty.pos,
                            true,
                        )]
                    } else {
                        fd.names
                            .iter()
                            .map(|(n, p)| (n.clone(), *p, false))
                            .collect()
                    };
                    for (name, pos, embedded) in names {
                        if name != "_" && out.iter().any(|f| f.name == name) {
                            return Err(Error::new(file, pos, format!("{name} redeclared")));
                        }
                        out.push(Field {
                            name,
                            embedded,
                            ty: ty.clone(),
                        });
                    }
                }
                Type::Struct(out)
            }
            TypeExprKind::Interface(elems) => {
                let mut methods = Vec::new();
                let mut empty = true;
                for el in elems {
                    match el {
                        InterfaceElem::Method(m) => {
                            methods.push(format!("{m}()"));
                            empty = false;
                        }
                        InterfaceElem::Embed(t) => {
                            let et = self.ty(file, t, false)?;
                            match et.underlying() {
                                Type::Interface { empty: e, .. } => empty &= *e,
                                _ => {
                                    return Err(Error::new(
                                        file,
                                        t.pos,
                                        format!(
                                            "cannot use {et} as an embedded interface (type sets are not supported)"
                                        ),
                                    ));
                                }
                            }
                            methods.push(et.to_string());
                        }
                        InterfaceElem::Constraint(pos) => {
                            return Err(Error::new(
                                file,
                                *pos,
                                "type-set interfaces (constraints) are not supported",
                            ));
                        }
                    }
                }
                let text = if methods.is_empty() {
                    "interface {}".to_string()
                } else {
                    format!("interface {{ {} }}", methods.join("; "))
                };
                Type::Interface { empty, text }
            }
            TypeExprKind::Generic(n) => {
                return Err(err(format!("generic type {n}[...] is not supported")));
            }
        })
    }

    fn named(&mut self, file: &str, pos: Pos, n: &str, shallow: bool) -> Result<Type> {
        if let Some((dfile, d)) = self.env.decls.get(n) {
            if d.generic {
                return Err(Error::new(
                    file,
                    pos,
                    format!("generic type {n} is not supported"),
                ));
            }
            if shallow && !d.alias {
                return Ok(Type::Named {
                    name: n.to_string(),
                    underlying: None,
                });
            }
            if self.stack.iter().any(|s| s == n) {
                return Err(Error::new(
                    dfile,
                    d.pos,
                    format!("invalid recursive type {n}"),
                ));
            }
            self.stack.push(n.to_string());
            let u = self.ty(dfile, &d.ty, shallow);
            self.stack.pop();
            let u = u?;
            return Ok(if d.alias {
                u
            } else {
                Type::Named {
                    name: n.to_string(),
                    underlying: Some(Box::new(u)),
                }
            });
        }
        if let Some(b) = Basic::from_name(n) {
            return Ok(Type::Basic(b));
        }
        match n {
            "error" => Ok(Type::error()),
            "any" => Ok(Type::any()),
            "_" => Err(Error::new(file, pos, "cannot use _ as value or type")),
            _ => Err(Error::new(file, pos, format!("undefined: {n}"))),
        }
    }
}

fn embedded_name(e: &TypeExpr) -> Option<String> {
    match &e.kind {
        TypeExprKind::Name(n) => Some(n.clone()),
        TypeExprKind::Qualified(_, n) => Some(n.clone()),
        TypeExprKind::Generic(n) => Some(n.clone()),
        TypeExprKind::Pointer(inner) => match &inner.kind {
            TypeExprKind::Name(n) | TypeExprKind::Qualified(_, n) => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }
}
