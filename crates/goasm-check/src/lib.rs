//! goasm-check: static checks and inference over Go assembly.
//!
//! * [`vet`]: the checks `go vet`'s asmdecl pass makes, with byte-identical
//!   messages in vet's `file:line:col: [amd64] Func: message` format, plus
//!   goasm's own checks (named results never written, frame pointer
//!   clobbered, nosplit chains over the limit, CALL from a `$0` frame,
//!   stores outside the frame).
//! * [`proto`]: the Go prototype of each TEXT symbol inferred from the
//!   assembly alone (ABI0 files) or from register use (compiler listings).
//!
//! ```
//! use goasm_check::{vet, Package};
//! let pkg = Package {
//!     path: "example.com/p".into(),
//!     go: vec![("p.go".into(), "package p\nfunc Add(a, b int) int\n".into())],
//!     asm: vec![(
//!         "add_amd64.s".into(),
//!         "TEXT ·Add(SB), 4, $0-24\n\tMOVL a+0(FP), AX\n\tADDQ b+8(FP), AX\n\tRET\n".into(),
//!     )],
//!     ..Package::default()
//! };
//! let report = vet(&pkg);
//! let lines: Vec<String> = report.findings.iter().map(|f| f.to_string()).collect();
//! assert_eq!(lines, [
//!     "add_amd64.s:2:1: [amd64] Add: invalid MOVL of a+0(FP); int is 8-byte value",
//!     "add_amd64.s:4:1: [amd64] Add: RET without writing to 8-byte ret+16(FP)",
//! ]);
//!
//! let protos = goasm_check::proto::infer_source("add_amd64.s", &pkg.asm[0].1, &Default::default());
//! assert_eq!(protos[0].signature(), "func Add(a uint32, b uint64) uint64");
//! ```
#![forbid(unsafe_code)]

pub mod asmdecl;
pub mod build;
pub mod decls;
pub mod extra;
pub mod limits;
pub mod proto;
pub mod scan;
pub mod vars;

use std::fmt;

pub use decls::{Decl, Declarations};

/// Which checker produced a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Check {
    /// One of `go vet`'s asmdecl checks (same message text).
    Vet,
    /// A goasm-only check.
    Goasm,
}

/// One report, printed as `file:line:col: [arch] Func: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub arch: &'static str,
    pub func: String,
    pub message: String,
    pub check: Check,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: [{}] {}: {}",
            self.file, self.line, self.col, self.arch, self.func, self.message
        )
    }
}

/// A package to check: its assembly and its Go files (path, text).
#[derive(Clone, Debug, Default)]
pub struct Package {
    /// Import path; empty means "the package clause name".
    pub path: String,
    pub asm: Vec<(String, String)>,
    pub go: Vec<(String, String)>,
    /// Preprocessor settings for goasm's own checks (include dirs for
    /// `go_asm.h`); vet's checks read raw lines and need none.
    pub config: goasm_syntax::Config,
    /// Run only the vet-compatible checks.
    pub vet_only: bool,
}

/// Findings plus notes about what could not be checked.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// Declarations goasm could not lay out, Go files it could not read,
    /// assembly that did not parse (goasm's own checks skip such files).
    pub notes: Vec<String>,
}

/// Runs every check on a package. Findings are ordered by file (as given)
/// and line; vet's findings come before goasm's on the same line.
pub fn vet(pkg: &Package) -> Report {
    let decls = Declarations::from_go_files(&pkg.path, &pkg.go);
    vet_with(pkg, &decls)
}

/// [`vet`] with declarations already read.
pub fn vet_with(pkg: &Package, decls: &Declarations) -> Report {
    let mut rep = Report::default();
    rep.notes.extend(decls.errors.iter().cloned());
    let mut unknown: Vec<_> = decls
        .funcs
        .iter()
        .filter_map(|(n, d)| match d {
            Decl::Unknown(why) => Some(format!("{n}: not checked: {why}")),
            Decl::Known(_) => None,
        })
        .collect();
    unknown.sort();
    rep.notes.extend(unknown);
    for (fi, (path, text)) in pkg.asm.iter().enumerate() {
        if !path.ends_with(".s") {
            continue;
        }
        let mut found: Vec<(usize, Finding)> = asmdecl::check_file(path, text, decls)
            .into_iter()
            .map(|f| (fi, f))
            .collect();
        if !pkg.vet_only && asmdecl_arch_is_amd64(path) {
            let parsed = goasm_syntax::parse_str(path, text, &pkg.config);
            if parsed.diags.is_empty() {
                found.extend(
                    extra::check_parsed(path, &parsed, decls)
                        .into_iter()
                        .map(|f| (fi, f)),
                );
            } else {
                rep.notes.push(format!(
                    "{path}: goasm's own checks skipped: {} parse error(s)",
                    parsed.diags.len()
                ));
            }
        }
        found.sort_by_key(|(fi, f)| (*fi, f.line, f.check));
        rep.findings.extend(found.into_iter().map(|(_, f)| f));
    }
    rep
}

fn asmdecl_arch_is_amd64(path: &str) -> bool {
    let base = path.rsplit('/').next().unwrap_or(path);
    let stem = base.trim_end_matches(".s");
    match stem.rsplit_once('_') {
        Some((_, a)) if build::name_matches(&format!("x_{a}.go")) => true,
        Some(_) => false,
        None => true,
    }
}
