//! Stack growth called from compiled code: the prologue of a function whose
//! frame does not fit calls `runtime.morestack_noctxt` (or `morestack` for
//! closures, keeping DX) and then jumps back to its start. The builtin grows
//! the goroutine stack by copying; the call itself pushes nothing, so on
//! return execution continues at the jump with SP moved to the new stack.

use crate::builtins::BuiltinFn;
use goasm_vm::Flow;

pub const BUILTINS: &[(&str, &str, BuiltinFn)] = &[
    ("runtime.morestack_noctxt", "func()", |_, m| {
        goasm_vm::stack::morestack(m).map(|()| Flow::Return)
    }),
    ("runtime.morestack", "func()", |_, m| {
        goasm_vm::stack::morestack(m).map(|()| Flow::Return)
    }),
];
