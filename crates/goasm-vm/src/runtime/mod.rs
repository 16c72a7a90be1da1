//! The small piece of the Go runtime the VM core needs: the print builtins
//! (`print.rs`), goroutine stacks and `morestack` (`stack.rs`), and a bump
//! heap for values the host places in guest memory. Builtins are Rust
//! functions registered by their Go symbol name; hand-written assembly
//! calls them with ABI0 (arguments at 0(SP) of the caller's outgoing area).
//! A later goasm-rt crate takes this over; it is kept separate from the
//! VM proper so the interpreter holds no runtime policy.

pub mod format;
pub mod print;
pub mod stack;

use crate::memory::{Fault, HEAP_BASE, Memory};
use std::io::Write;

/// Builtins by linker name; the index is the id in `Op::RtCall`.
pub const BUILTINS: &[&str] = &[
    "runtime.printlock",
    "runtime.printunlock",
    "runtime.printnl",
    "runtime.printsp",
    "runtime.printint",
    "runtime.printuint",
    "runtime.printhex",
    "runtime.printpointer",
    "runtime.printbool",
    "runtime.printstring",
    "runtime.printfloat64",
    "runtime.printfloat32",
];

/// Where print output goes.
pub enum Output {
    /// Collected for the caller ([`crate::Machine::take_output`]).
    Buffer(Vec<u8>),
    Stream(Box<dyn Write + Send>),
}

impl Output {
    pub fn write(&mut self, b: &[u8]) {
        match self {
            Output::Buffer(v) => v.extend_from_slice(b),
            Output::Stream(w) => {
                let _ = w.write_all(b);
            }
        }
    }
}

pub struct Runtime {
    pub out: Output,
    /// Next free heap address.
    pub heap_next: u64,
    /// Next free address for a goroutine stack.
    pub stack_next: u64,
}

impl Runtime {
    pub fn new() -> Runtime {
        Runtime {
            out: Output::Buffer(Vec::new()),
            heap_next: HEAP_BASE,
            stack_next: crate::memory::STACK_BASE,
        }
    }

    /// Allocates zeroed, 8-byte aligned heap memory.
    pub fn alloc(&mut self, mem: &mut Memory, size: u64) -> Result<u64, Fault> {
        let size = size.max(1).div_ceil(8) * 8;
        let at = self.heap_next;
        mem.grow(HEAP_BASE, size)?;
        self.heap_next += size;
        Ok(at)
    }
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}
