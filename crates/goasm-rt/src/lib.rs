//! The Go runtime as compiled and hand-written assembly sees it. This crate
//! holds the runtime's *policy* — what Go prints, how it formats values and
//! panics — as plain Rust functions over bytes, so the VM can call them from
//! the builtins it registers by Go symbol name and tests can check them
//! against the real runtime's output without running any guest code.
//!
//! ```
//! use goasm_rt::print;
//! assert_eq!(print::float64(16777216.0), "1.6777216e+07");
//! assert_eq!(print::complex128(1.0, -1.0), "(1-1i)");
//! assert_eq!(print::hex(255), "0xff");
//! ```
#![forbid(unsafe_code)]

pub mod print;
