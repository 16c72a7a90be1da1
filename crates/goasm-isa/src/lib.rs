//! The one source of truth for Go's amd64 instruction set as goasm sees it:
//! register names and numbers ([`Reg`]) and the instruction table
//! ([`lookup`]). The parser validates mnemonics against it, the printer
//! spells registers from it, and the VM lowers and dispatches from it.
//!
//! ```
//! use goasm_isa::{Reg, RegClass};
//! let r = Reg::from_name("R14").unwrap();
//! assert_eq!(r.class(), RegClass::Gp64);
//! assert_eq!(r.name(), "R14");
//! assert!(goasm_isa::lookup("MOVQ").is_some());
//! ```
#![forbid(unsafe_code)]

mod reg;
mod table;

pub use reg::{Reg, RegClass};
pub use table::{InsnClass, InsnInfo, all, lookup};
