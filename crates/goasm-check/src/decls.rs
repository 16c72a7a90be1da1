//! The Go side of `goasm vet`: the package's `.go` files, filtered by build
//! constraints for linux/amd64 like the go command does, and every `func`
//! declared without a body, laid out as vet sees it.
//!
//! Types from other packages cannot be laid out without their source, but
//! behind a pointer (or in a slice, map, chan or func) only their name
//! matters, so such names become opaque placeholders; a declaration that
//! needs an imported type by value is kept as *declared but unknown*, which
//! silences "missing Go declaration" without guessing offsets.

use crate::vars::FrameVars;
use goasm_abi::ast::{
    FieldDecl, FuncDecl, InterfaceElem, SourceFile, TypeDecl, TypeExpr, TypeExprKind,
};
use goasm_abi::{Pos, Signature, TypeEnv};
use std::collections::HashMap;
use std::sync::Arc;

/// What vet knows about one assembly function's Go declaration.
#[derive(Clone, Debug)]
pub enum Decl {
    Known(Arc<FuncInfo>),
    /// Declared, but goasm could not lay it out (the reason says why).
    Unknown(String),
}

#[derive(Clone, Debug)]
pub struct FuncInfo {
    pub sig: Signature,
    pub vars: FrameVars,
}

/// The declarations of one package.
#[derive(Clone, Debug, Default)]
pub struct Declarations {
    /// Import path of the package (`runtime`, `internal/bytealg`), used to
    /// tell own from foreign `pkg·name` TEXT symbols and to spell types.
    pub pkg_path: String,
    /// Package clause name, if a file had one.
    pub pkg_name: Option<String>,
    pub funcs: HashMap<String, Decl>,
    /// Go files that could not be read as declarations (path: error).
    pub errors: Vec<String>,
    /// Go files skipped by build constraints.
    pub skipped: Vec<String>,
}

impl Declarations {
    pub fn lookup(&self, name: &str) -> Option<&Decl> {
        self.funcs.get(name)
    }

    /// Reads Go files (path, text). `pkg_path` may be empty: the package
    /// clause name stands in for it then.
    pub fn from_go_files(pkg_path: &str, files: &[(String, String)]) -> Declarations {
        let mut d = Declarations {
            pkg_path: pkg_path.to_string(),
            ..Declarations::default()
        };
        let mut parsed = Vec::new();
        let mut imports: HashMap<String, String> = HashMap::new();
        let mut unreadable: Vec<(String, String)> = Vec::new();
        for (path, text) in files {
            if !crate::build::go_file_matches(path, text) {
                d.skipped.push(path.clone());
                continue;
            }
            match goasm_abi::parse_file(path, text) {
                Ok(f) => {
                    if d.pkg_name.is_none() {
                        d.pkg_name = f.package.clone();
                    }
                    for (k, v) in crate::build::imports(text) {
                        imports.entry(k).or_insert(v);
                    }
                    parsed.push(f);
                }
                Err(e) => {
                    // Keep what can be read: each body-less func on its own.
                    d.errors
                        .push(format!("{e} (reading its func declarations one by one)"));
                    if d.pkg_name.is_none() {
                        d.pkg_name = package_clause(text);
                    }
                    for (k, v) in crate::build::imports(text) {
                        imports.entry(k).or_insert(v);
                    }
                    let funcs = bodiless_funcs(text)
                        .into_iter()
                        .filter_map(|(name, src)| match goasm_abi::parse_func(path, &src) {
                            Ok(fd) => Some(fd),
                            Err(e) => {
                                unreadable.push((name, e.msg));
                                None
                            }
                        })
                        .collect();
                    parsed.push(SourceFile {
                        file: path.clone(),
                        package: None,
                        types: Vec::new(),
                        funcs,
                    });
                }
            }
        }
        if d.pkg_path.is_empty() {
            d.pkg_path = d.pkg_name.clone().unwrap_or_default();
        }
        let mut foreign: Vec<String> = Vec::new();
        for f in &mut parsed {
            for t in &mut f.types {
                opaque_foreign(&mut t.ty, &mut foreign);
            }
            for fd in &mut f.funcs {
                opaque_func(fd, &mut foreign);
            }
        }
        let mut env = TypeEnv::new();
        foreign.sort();
        foreign.dedup();
        let placeholders = SourceFile {
            file: "<imported>".into(),
            package: None,
            types: foreign
                .iter()
                .map(|n| TypeDecl {
                    pos: Pos::default(),
                    name: n.clone(),
                    alias: false,
                    // Undefined on purpose: only the name may be used.
                    ty: TypeExpr {
                        pos: Pos::default(),
                        kind: TypeExprKind::Name(format!("{n} (imported type used by value)")),
                    },
                    generic: false,
                })
                .collect(),
            funcs: Vec::new(),
        };
        let _ = env.add_file(&placeholders);
        for f in &parsed {
            if let Err(e) = env.add_file(f) {
                d.errors.push(format!("{e}"));
            }
        }
        let pkg = d.pkg_path.clone();
        let qualify = move |name: &str| qualify(name, &pkg, &imports);
        for f in &parsed {
            for fd in f.funcs.iter().filter(|fd| !fd.has_body) {
                let decl = match env.signature(&f.file, fd) {
                    Ok(sig) => {
                        let vars = FrameVars::build(&sig, &qualify);
                        Decl::Known(Arc::new(FuncInfo { sig, vars }))
                    }
                    Err(e) => Decl::Unknown(e.msg),
                };
                d.funcs.insert(fd.name.clone(), decl);
            }
        }
        for (name, why) in unreadable {
            d.funcs.entry(name).or_insert(Decl::Unknown(why));
        }
        d
    }
}

fn package_clause(text: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.trim().strip_prefix("package "))
        .map(|n| n.trim().to_string())
}

/// `func Name(...) ...` declarations without a body, found textually (for
/// files the declaration parser rejects as a whole): name and source.
fn bodiless_funcs(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let Some(rest) = lines[i].strip_prefix("func ") else {
            i += 1;
            continue;
        };
        let mut src = lines[i].to_string();
        let mut depth: i32 =
            lines[i].matches('(').count() as i32 - lines[i].matches(')').count() as i32;
        while depth > 0 && i + 1 < lines.len() {
            i += 1;
            src.push('\n');
            src.push_str(lines[i]);
            depth += lines[i].matches('(').count() as i32 - lines[i].matches(')').count() as i32;
        }
        i += 1;
        let code = src.split("//").next().unwrap_or("");
        if rest.starts_with('(') || code.contains('{') {
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.push((name, code.to_string()));
        }
    }
    out
}

/// How go/types spells a named type: `T` declared here is `pkg/path.T`,
/// `abi.Type` is `internal/abi.Type`, predeclared names stay bare.
fn qualify(name: &str, pkg: &str, imports: &HashMap<String, String>) -> String {
    match name.split_once('.') {
        Some((p, n)) => match imports.get(p) {
            Some(path) => format!("{path}.{n}"),
            None => name.to_string(),
        },
        None if matches!(name, "error" | "comparable" | "any") => name.to_string(),
        None if pkg.is_empty() => name.to_string(),
        None => format!("{pkg}.{name}"),
    }
}

fn opaque_func(fd: &mut FuncDecl, out: &mut Vec<String>) {
    if let Some(r) = &mut fd.recv {
        opaque_foreign(&mut r.ty, out);
    }
    for p in fd.ty.params.iter_mut().chain(fd.ty.results.iter_mut()) {
        opaque_foreign(&mut p.ty, out);
    }
}

/// Turns `pkg.T` (other than `unsafe.Pointer`) into a placeholder name.
fn opaque_foreign(e: &mut TypeExpr, out: &mut Vec<String>) {
    match &mut e.kind {
        TypeExprKind::Qualified(p, n) if !(p == "unsafe" && n == "Pointer") => {
            let name = format!("{p}.{n}");
            out.push(name.clone());
            e.kind = TypeExprKind::Name(name);
        }
        TypeExprKind::Pointer(x)
        | TypeExprKind::Slice(x)
        | TypeExprKind::Array(_, x)
        | TypeExprKind::Ellipsis(x)
        | TypeExprKind::Chan(_, x) => opaque_foreign(x, out),
        TypeExprKind::Map(k, v) => {
            opaque_foreign(k, out);
            opaque_foreign(v, out);
        }
        TypeExprKind::Struct(fields) => {
            for FieldDecl { ty, .. } in fields {
                opaque_foreign(ty, out);
            }
        }
        TypeExprKind::Func(ft) => {
            for p in ft.params.iter_mut().chain(ft.results.iter_mut()) {
                opaque_foreign(&mut p.ty, out);
            }
        }
        TypeExprKind::Interface(elems) => {
            for el in elems {
                if let InterfaceElem::Embed(t) = el {
                    opaque_foreign(t, out);
                }
            }
        }
        _ => {}
    }
}
