//! goasm-trace: the calling convention made visible on a running program.
//!
//! * [`tracer::CallTracer`] (`goasm trace`): a call tree of the run, every
//!   call and return annotated with its ABI — `main.add(a=10 [AX], b=32
//!   [BX]) -> (42 [AX])` for compiled Go, `main.Swap(a=1 [+0(FP)], b=2
//!   [+8(FP)]) -> (2 [+16(FP)], 1 [+24(FP)])` for ABI0 assembly — closure
//!   contexts, itab slots, stack growth, runtime builtins, and with `--insn`
//!   every instruction with what it changed; as text or JSON lines.
//! * [`frames::FramesTracer`] (`goasm frames`): a stop at an instruction and
//!   a diagram of every frame of the goroutine's stack.
//!
//! Both are [`goasm_vm::trace::Tracer`]s: installing one makes the machine
//! run its traced loop; without one the fast loop runs untouched. Values
//! are typed from Go declarations ([`catalog`]).
//!
//! ```
//! use goasm_trace::{catalog::{Catalog, Decls}, calls::Tracker, tracer::{CallTracer, Options}};
//! let src = "TEXT ·Swap(SB), 4, $0-32\n MOVQ a+0(FP), AX\n MOVQ b+8(FP), BX\n\
//!            MOVQ BX, ret+16(FP)\n MOVQ AX, ret1+24(FP)\n RET\n";
//! let mut m = goasm_vm::load_sources(&[("swap.s", src)], "main").unwrap();
//! let stub = goasm_abi::parse_file("swap.go", "package main\nfunc Swap(a, b int) (int, int)\n").unwrap();
//! let cat = Catalog::new(&m, &Decls::new(&[stub], "main"), &[]);
//! let out = goasm_trace::SharedBuf::default();
//! let t = CallTracer::new(Tracker::new(cat, &m.image), Options::default(), Box::new(out.clone()));
//! m.set_tracer(Box::new(t));
//! let mut frame = [0u8; 32];
//! frame[0] = 1;
//! frame[8] = 2;
//! m.call_abi0("·Swap", &mut frame).unwrap();
//! goasm_trace::finish(&mut m);
//! assert_eq!(out.text(), "main.Swap(a=1 [+0(FP)], b=2 [+8(FP)]) -> (2 [+16(FP)], 1 [+24(FP)])  [entered by the runtime]\n");
//! ```
#![forbid(unsafe_code)]

pub mod args;
pub mod calls;
pub mod catalog;
pub mod event;
pub mod frames;
pub mod insn;
pub mod tracer;
pub mod value;

use std::cell::RefCell;
use std::rc::Rc;

/// An in-memory output the caller keeps a handle to.
#[derive(Clone, Default)]
pub struct SharedBuf(pub Rc<RefCell<Vec<u8>>>);

impl SharedBuf {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

impl std::io::Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Takes the machine's tracer back after a run and, for a call tracer,
/// writes what it still holds. Returns it for inspection.
pub fn finish(m: &mut goasm_vm::Machine) -> Option<Box<dyn std::any::Any>> {
    let t: Box<dyn std::any::Any> = m.take_tracer()?;
    match t.downcast::<tracer::CallTracer>() {
        Ok(mut ct) => {
            ct.finish();
            Some(ct)
        }
        Err(other) => Some(other),
    }
}
