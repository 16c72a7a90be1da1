//! The real-CPU differential oracle for goasm's instruction semantics.
//!
//! goasm must execute every instruction the way the CPU does. This crate
//! generates test cases for the VM's instruction subset ([`generator`]),
//! runs them natively through the real Go toolchain ([`native`]), and keeps
//! the results as committed fixtures under `testdata/cpu/` ([`fixture`]), so
//! the differential test (`tests/cpu_differential.rs`) can run them in
//! goasm-vm on a machine without Go. Known VM mismatches are listed with a
//! reason in `testdata/cpu/known_mismatches.txt`; the test prints them on
//! every run and fails on any other.
//!
//! Each case is an ABI0 function that loads its input words into registers
//! and RFLAGS, runs the instruction under test, and stores RFLAGS and every
//! register it touched to its results ([`case`]). The comparison ignores
//! only what the Intel manual leaves undefined: flags per goasm-isa's
//! metadata (refined by operand, e.g. OF after a shift of more than one),
//! and the destination of BSF/BSR for a zero source.
//!
//! Regenerate the fixtures (needs Go; about a minute):
//!
//! ```text
//! cargo run -p goasm-cpu-oracle --bin regen-cpu-fixtures --release
//! ```
//!
//! ```
//! let cases = goasm_cpu_oracle::generator::family("alu");
//! assert!(cases.iter().any(|c| c.key == "ADDQ/rm"));
//! let asm = cases[0].render("c0", 4, 4);
//! assert!(asm.contains("POPFQ") && asm.contains("PUSHFQ"));
//! ```
#![forbid(unsafe_code)]

pub mod case;
pub mod fixture;
pub mod native;
mod values;

/// The case generator.
pub mod generator {
    pub use crate::r#gen::{CASES_PER_FORM, FAMILIES, family};
}

mod r#gen;
