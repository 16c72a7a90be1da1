//! goasm-abi: from Go declarations to amd64 frames.
//!
//! Parses the Go that stub files and users write (signatures, type declarations,
//! whole files whose other content is skipped), lays types out with amd64 sizes,
//! and computes both Go calling conventions exactly: ABI0 (FP offsets with the
//! names `go vet` uses) and ABIInternal (registers, stack slots, spill area),
//! plus the System V C convention for comparison and frame diagrams.
//!
//! ```
//! use goasm_abi::{analyze_str, Assignment};
//!
//! let a = analyze_str("func Foo(a bool, b int16) (c []byte)", None).unwrap();
//! assert_eq!(a.abi0.argsize, 32);
//! assert_eq!(a.abi0.component("b").unwrap().offset, 2);
//! assert_eq!(a.abi0.component("c_len").unwrap().offset, 16);
//! assert_eq!(a.internal.params[1].regs(), ["BX"]);
//! assert_eq!(a.internal.results[0].regs(), ["AX", "BX", "CX"]);
//! assert!(matches!(a.internal.params[0].assignment, Assignment::Registers(_)));
//! ```
#![forbid(unsafe_code)]

pub mod abi0;
pub mod abiinternal;
pub mod ast;
mod decls;
pub mod diagram;
mod error;
mod lexer;
pub mod parse;
pub mod report;
pub mod resolve;
pub mod sizes;
pub mod sysv;
pub mod types;

pub use abi0::{Abi0Layout, Abi0Slot, Component, VetKind};
pub use abiinternal::{AbiInternalLayout, AbiValue, Assignment, Reg, RegPart};
pub use decls::Decls;
pub use error::{Error, Pos, Result};
pub use parse::{parse_file, parse_func};
pub use resolve::{Signature, TypeEnv};
pub use types::{Basic, Field, Param, Type};

/// Everything goasm computes for one Go function.
#[derive(Clone, Debug)]
pub struct Analysis {
    pub sig: Signature,
    pub abi0: Abi0Layout,
    pub internal: AbiInternalLayout,
}

impl Analysis {
    pub fn new(sig: Signature) -> Self {
        Analysis {
            abi0: abi0::layout(&sig),
            internal: abiinternal::layout(&sig),
            sig,
        }
    }
}

/// Parse and analyze one func declaration (`file` names it in errors; the
/// command line uses `<arg>`), with named types from `env`.
pub fn analyze_decl(file: &str, src: &str, env: Option<&TypeEnv>) -> Result<Analysis> {
    let decl = parse_func(file, src)?;
    let empty = TypeEnv::new();
    let sig = env.unwrap_or(&empty).signature(file, &decl)?;
    Ok(Analysis::new(sig))
}

/// [`analyze_decl`] for a signature given on the command line (`<arg>`).
pub fn analyze_str(src: &str, env: Option<&TypeEnv>) -> Result<Analysis> {
    analyze_decl("<arg>", src, env)
}
