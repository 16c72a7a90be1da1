//! Go's constants that the VM's layout and stack policy depend on, in one
//! place (facts from `internal/abi/stack.go` and `runtime/stack.go`).

/// Frames up to this size use the one-compare split check (`abi.StackSmall`).
pub const STACK_SMALL: i64 = 128;
/// Frames up to this size use the LEAQ form; larger ones guard underflow (`abi.StackBig`).
pub const STACK_BIG: i64 = 4096;
/// `abi.StackNosplitBase` (multiplier 1 on a non-race build).
pub const STACK_NOSPLIT: u64 = 800;
/// `stackGuard = stackNosplit + stackSystem + abi.StackSmall` (stackSystem is 0 on linux).
pub const STACK_GUARD: u64 = STACK_NOSPLIT + STACK_SMALL as u64;
/// The size of a new goroutine's stack (`stackMin`).
pub const STACK_MIN: u64 = 2048;
/// `maxstacksize` on 64-bit: a goroutine stack may not grow beyond this.
pub const MAX_STACK: u64 = 1_000_000_000;
/// Where Go 1.27 (linux/amd64) calls `main.main` from: `newproc` leaves 4
/// words at the top of the new goroutine's stack, the return address into
/// `goexit` takes one, and `runtime.main`'s frame 0x120 bytes; main.main's
/// return address is the next word down. Starting main.main at the same
/// depth makes a program hit the stack limit after as many frames as it
/// does natively.
pub const GO_MAIN_RESERVE: u64 = 4 * 8 + 8 + 0x120;

/// Byte offsets in the runtime's `g` struct.
pub const G_STACK_LO: u64 = 0;
pub const G_STACK_HI: u64 = 8;
pub const G_STACKGUARD0: u64 = 16;
/// Size reserved for the `g` struct in guest memory.
pub const G_SIZE: u64 = 64;

/// Textflag bits: the one table lives with the assembler syntax.
pub use goasm_syntax::headers::{
    DUPOK, NEEDCTXT, NOFRAME, NOPROF, NOPTR, NOSPLIT, RODATA, WRAPPER,
};
