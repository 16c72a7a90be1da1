//! The Go files a user passes (`--decls`, stub files): their type declarations
//! form the scope for signatures, and their func declarations without a body are
//! "the Go declaration of each assembly function".

use crate::ast::{FuncDecl, SourceFile, TypeExprKind};
use crate::error::Result;
use crate::parse::parse_file;
use crate::resolve::{Signature, TypeEnv};

#[derive(Clone, Debug, Default)]
pub struct Decls {
    pub files: Vec<SourceFile>,
    pub env: TypeEnv,
}

impl Decls {
    pub fn new() -> Self {
        Self::default()
    }

    /// Parse a Go file and add its declarations.
    pub fn add(&mut self, file: &str, src: &str) -> Result<()> {
        let f = parse_file(file, src)?;
        self.env.add_file(&f)?;
        self.files.push(f);
        Ok(())
    }

    /// Every func declaration with the file it is in.
    pub fn funcs(&self) -> impl Iterator<Item = (&str, &FuncDecl)> {
        self.files
            .iter()
            .flat_map(|f| f.funcs.iter().map(move |d| (f.file.as_str(), d)))
    }

    /// Func declarations without a body: functions implemented in assembly.
    pub fn asm_funcs(&self) -> impl Iterator<Item = (&str, &FuncDecl)> {
        self.funcs().filter(|(_, d)| !d.has_body)
    }

    /// Find a func by `Name`, `Type.Name` or `(*Type).Name`.
    pub fn func(&self, name: &str) -> Option<(&str, &FuncDecl)> {
        let (recv, fname) = match name.rsplit_once('.') {
            Some((r, f)) => (Some(r.trim_start_matches("(*").trim_end_matches(')')), f),
            None => (None, name),
        };
        self.funcs().find(|(_, d)| {
            d.name == fname
                && match (recv, &d.recv) {
                    (None, _) => true,
                    (Some(r), Some(p)) => recv_type_name(&p.ty.kind) == Some(r),
                    (Some(_), None) => false,
                }
        })
    }

    /// Resolve the func declaration named `name` (see [`Decls::func`]).
    pub fn signature(&self, name: &str) -> Option<Result<Signature>> {
        self.func(name).map(|(file, d)| self.env.signature(file, d))
    }
}

fn recv_type_name(k: &TypeExprKind) -> Option<&str> {
    match k {
        TypeExprKind::Name(n) | TypeExprKind::Generic(n) => Some(n),
        TypeExprKind::Pointer(inner) => recv_type_name(&inner.kind),
        _ => None,
    }
}
