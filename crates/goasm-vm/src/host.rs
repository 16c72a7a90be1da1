//! The boundary between the VM and the Go runtime (ARCHITECTURE.md: the VM
//! holds no runtime policy). The runtime — goasm-rt — implements [`Host`]:
//! it names the builtins it provides (Go linker names such as
//! `runtime.printint`), and the VM calls it when guest code calls one of
//! them, handing over the whole machine (registers, memory, image).

use crate::Machine;
use crate::memory::Fault;

/// Contents of a runtime-defined data symbol: bytes, 8-byte absolute
/// addresses of other symbols at given offsets, and 4-byte offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataDef {
    pub bytes: Vec<u8>,
    pub addrs: Vec<(u64, String)>,
    /// 4-byte offsets of other symbols from the types base (`R_ADDROFF`:
    /// name and type offsets inside type descriptors).
    pub offs: Vec<(u64, String)>,
    pub rodata: bool,
}

/// What a builtin asks the VM to do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Return to the caller (the normal case).
    Return,
    /// The builtin set `cpu.pc` and the stack itself (panics, deferreturn,
    /// goroutine switches): continue from there.
    Resume,
    /// The program is over with this exit code (`os.Exit`, fatal errors,
    /// an unrecovered panic). The runtime has already written its output.
    Exit(i32),
}

/// The runtime the guest calls into.
pub trait Host {
    /// Linker names of the builtins, indexed by builtin id.
    fn builtin_names(&self) -> Vec<String>;

    /// Runs builtin `id`. A builtin call pushes no return address: on entry
    /// `cpu.pc` is the instruction after the call and SP is the caller's.
    /// `abi0_caller` says the call came from ABI0 code (hand-written
    /// assembly): the arguments are then in the caller's outgoing area at
    /// 0(SP), not in registers, and the host converts as Go's linker-made
    /// ABI wrappers do.
    fn call(&mut self, m: &mut Machine, id: u16, abi0_caller: bool) -> Result<Flow, Fault>;

    /// A data symbol the runtime defines, such as `runtime.writeBarrier` or
    /// `type:[]int` (the runtime package, not the program, owns descriptors
    /// of predeclared types and their slices and pointers). Asked for each
    /// symbol a program uses but does not define.
    fn data_symbol(&self, _name: &str) -> Option<DataDef> {
        None
    }

    /// A guest instruction faulted (`cpu.pc` is the faulting instruction,
    /// nothing of it has been executed). Go turns some hardware faults into
    /// panics (a nil dereference, `#DE` from a division); the runtime may do
    /// so and return `Flow::Resume` or `Flow::Exit`. The default keeps the
    /// fault: the run ends with [`crate::CallOutcome::Fault`].
    fn fault(&mut self, _m: &mut Machine, fault: Fault) -> Result<Flow, Fault> {
        Err(fault)
    }

    /// Grows the current goroutine's stack (runtime.morestack, from the
    /// split check the assembler adds to hand-written functions). The
    /// default copies the stack and adjusts the pointers into it that the
    /// frames hold ([`crate::stack::grow`]); an overflow is a fault. A
    /// runtime that keeps pointers into the stack itself adjusts those too,
    /// and may end the program the way Go does (`Flow::Exit`).
    fn morestack(&mut self, m: &mut Machine, needctxt: bool) -> Result<Flow, Fault> {
        crate::stack::morestack(m, needctxt).map(|_| Flow::Return)
    }
}

/// No runtime at all: programs that call none of Go's runtime functions
/// (instruction tests, pure leaf functions).
pub struct NoHost;

impl Host for NoHost {
    fn builtin_names(&self) -> Vec<String> {
        Vec::new()
    }
    fn call(&mut self, _m: &mut Machine, _id: u16, _abi0: bool) -> Result<Flow, Fault> {
        Err(Fault::BadJump { addr: 0 })
    }
}
