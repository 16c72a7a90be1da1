//! Stack growth called from compiled code: the prologue of a function whose
//! frame does not fit calls `runtime.morestack_noctxt` (or `morestack` for
//! closures, keeping DX) and then jumps back to its start. The builtin grows
//! the goroutine stack by copying; the call itself pushes nothing, so on
//! return execution continues at the jump with SP moved to the new stack.

use crate::Runtime;
use crate::builtins::BuiltinFn;
use goasm_vm::stack::bounds;
use goasm_vm::{Fault, Flow, Machine};

/// Grows the stack and moves the runtime's records of stack addresses
/// (defer records, panic sites, runtime-made calls) along with it.
pub fn grow(rt: &mut Runtime, m: &mut Machine) -> Result<(), Fault> {
    let (lo, hi) = bounds(m)?;
    goasm_vm::stack::morestack(m)?;
    let (_, new_hi) = bounds(m)?;
    rt.panic.relocate(lo, hi, new_hi.wrapping_sub(hi));
    Ok(())
}

pub const BUILTINS: &[(&str, &str, BuiltinFn)] = &[
    ("runtime.morestack_noctxt", "func()", |rt, m| {
        grow(rt, m).map(|()| Flow::Return)
    }),
    ("runtime.morestack", "func()", |rt, m| {
        grow(rt, m).map(|()| Flow::Return)
    }),
];
