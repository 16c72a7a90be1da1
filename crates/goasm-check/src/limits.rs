//! Go's stack constants for linux/amd64 that the nosplit check needs
//! (learned from `internal/abi/stack.go` and the linker's stack check).

/// `abi.StackNosplitBase` times the guard multiplier (1 without -race).
pub const STACK_NOSPLIT: i64 = 800;
/// Bytes a CALL pushes (the return address).
pub const CALL_SIZE: i64 = 8;
/// What a chain of NOSPLIT functions may use below a splittable caller's
/// guaranteed space: the linker's limit.
pub const NOSPLIT_LIMIT: i64 = STACK_NOSPLIT - CALL_SIZE;
/// Bytes the assembler's prologue adds for the saved BP in a function with
/// a frame.
pub const FRAME_POINTER_SLOT: i64 = 8;

/// textflag.h bits goasm-check reads.
pub const NOSPLIT: i64 = 4;
pub const NOFRAME: i64 = 512;
