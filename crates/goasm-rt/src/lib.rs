//! The Go runtime as compiled and hand-written assembly sees it. The VM
//! (goasm-vm) executes instructions; when the guest calls one of Go's
//! runtime functions, the VM hands the machine to this crate's [`Runtime`]
//! (a [`goasm_vm::Host`]), whose builtins are Rust functions registered by
//! Go linker name with the Go signature that fixes their calling convention.
//! The runtime's *policy* — what Go prints and how it formats values — is
//! kept in plain functions ([`print`]) so tests can check it against the
//! real runtime's output without running guest code.
//!
//! ```
//! use goasm_rt::{print, Runtime};
//! assert_eq!(print::float64(16777216.0), "1.6777216e+07");
//!
//! let src = "TEXT main·main(SB), $8-0\n\tMOVQ $42, 0(SP)\n\tCALL runtime·printint(SB)\n\tCALL runtime·printnl(SB)\n\tRET\n";
//! let parsed = goasm_syntax::parse_str("hello.s", src, &goasm_syntax::Config::default());
//! let (rt, out) = Runtime::captured();
//! let mut m = goasm_vm::load_parsed(&[parsed], "main", Box::new(rt)).unwrap();
//! m.call_abi0("main·main", &mut []).unwrap();
//! assert_eq!(out.lock().unwrap().as_slice(), b"42\n");
//! ```
#![forbid(unsafe_code)]

pub mod builtins;
pub mod gocall;
mod init;
pub mod maps;
pub mod print;
mod runtime;
mod sha256;
mod stubs;
pub mod typeread;
pub mod types;

pub use init::run_package_init;
pub use runtime::{Output, Runtime};
pub use stubs::declare_stubs;
