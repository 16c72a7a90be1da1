//! goasm-vm: links Go amd64 assembly, lowers it to a compact pre-decoded IR
//! and runs it with exact amd64 semantics on a checked guest address space.
//!
//! The Go assembler's additions to a TEXT body (frame allocation with BP
//! save, the stack-split prologue and morestack stub, FP and named-SP
//! offsets) are applied at load time exactly as `cmd/internal/obj/x86`
//! does, so a function sees the same stack layout it would natively.
//!
//! ```
//! let src = "#include \"textflag.h\"\n\
//!     TEXT ·Swap(SB), NOSPLIT, $0-32\n\
//!     MOVQ a+0(FP), AX\n MOVQ b+8(FP), BX\n\
//!     MOVQ BX, ret+16(FP)\n MOVQ AX, ret1+24(FP)\n RET\n";
//! let mut m = goasm_vm::load_sources(&[("swap.s", src)], "main").unwrap();
//! let mut frame = [0u8; 32];
//! frame[..8].copy_from_slice(&1u64.to_le_bytes());
//! frame[8..16].copy_from_slice(&2u64.to_le_bytes());
//! let out = m.call_abi0("·Swap", &mut frame).unwrap();
//! assert!(matches!(out, goasm_vm::CallOutcome::Returned));
//! assert_eq!(frame[16], 2);
//! assert_eq!(frame[24], 1);
//! ```
// Unsafe code is denied everywhere but `jit`, which runs the machine code it
// generates (and says why each block is sound).
#![deny(unsafe_code)]

pub mod abi;
pub mod consts;
pub mod cpu;
pub mod exec;
pub mod flags;
mod frames;
pub mod host;
pub mod image;
pub mod inline;
pub mod ir;
#[cfg(all(target_arch = "x86_64", unix))]
pub mod jit;
mod link;
pub mod listing;
mod lower;
pub mod memory;
pub mod prologue;
pub mod stack;
mod stackcheck;
pub mod stackmap;
pub mod trace;
// The traced loop lives beside the fast one but is declared here, so the
// fast loop's module (exec/mod.rs) stays untouched by tracing.
#[path = "exec/traced.rs"]
mod traced;

use exec::Stop;
use goasm_syntax::Parsed;
pub use host::{DataDef, Flow, Host, NoHost};
pub use image::Image;
pub use link::LoadError;
pub use memory::Fault;

use crate::cpu::{Cpu, SP};
use crate::memory::{Memory, Perm, Region, TEXT_BASE};

/// Default `--max-steps`.
pub const DEFAULT_MAX_STEPS: u64 = 10_000_000_000;
/// Default `--max-memory` (bytes of guest memory mapped at once).
pub const DEFAULT_MAX_MEMORY: u64 = 4 << 30;

/// A fault in the guest, with where it happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuestFault {
    pub fault: Fault,
    /// Guest address of the faulting instruction.
    pub pc: u64,
    /// `symbol+offset` (offset in IR instructions).
    pub symbol: String,
    /// `file:line:col` of the source instruction.
    pub location: String,
}

impl GuestFault {
    /// What went wrong, in Go's words where Go has them.
    pub fn what(&self) -> String {
        match self.fault {
            Fault::Unmapped { addr } => {
                format!("invalid memory address or nil pointer dereference (addr={addr:#x})")
            }
            Fault::ReadOnly { addr } => format!("write to read-only memory (addr={addr:#x})"),
            Fault::DivideError => "integer divide by zero or overflow (#DE)".into(),
            Fault::Misaligned { addr } => format!("misaligned 16-byte access (addr={addr:#x})"),
            Fault::BadJump { addr } => format!("jump to non-code address {addr:#x}"),
            Fault::OutOfMemory => "out of memory (--max-memory)".into(),
            Fault::StackOverflow => {
                "stack overflow: goroutine stack exceeds 1000000000-byte limit".into()
            }
        }
    }
}

impl std::fmt::Display for GuestFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "guest fault: {} at pc={:#x} {} ({})",
            self.what(),
            self.pc,
            self.symbol,
            self.location
        )
    }
}

/// How a call ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallOutcome {
    /// The function returned; the frame holds its results.
    Returned,
    Fault(GuestFault),
    /// The runtime ended the program (an unrecovered panic, a fatal error,
    /// `os.Exit`) with this exit code; its output is already written.
    Exit(i32),
    /// `max_steps` instructions ran without the call finishing.
    StepLimit {
        steps: u64,
        at: String,
    },
}

/// Host-side failures (bad requests, not guest behaviour).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RunError {
    #[error("no function named {0}")]
    UnknownSymbol(String),
    #[error("internal error: {0}")]
    Internal(String),
}

/// A loaded program with its memory and CPU, and the runtime it calls.
pub struct Machine {
    pub image: Image,
    pub cpu: Cpu,
    pub mem: Memory,
    /// Stop after this many instructions in total.
    pub max_steps: u64,
    /// Instructions executed so far.
    pub steps: u64,
    /// Next free heap address (the bump allocator behind [`Machine::alloc`]).
    pub heap_next: u64,
    /// Next free address for a goroutine stack.
    pub stack_next: u64,
    /// A frame with locals but no locals pointer map is fatal when the
    /// stack is copied (Go's `missing stackmap`). Set for programs built
    /// the way `go build` builds them (listings); `goasm run FILE.s
    /// stub.go` programs, whose `main·main` is hand-written, stay lenient.
    pub strict_stack_maps: bool,
    /// A goroutine stack may not grow beyond this many bytes (`--max-stack`).
    pub max_stack: u64,
    /// Bytes left unused at the top of the stack above an entry call's
    /// frame (`goasm run` of a listing sets [`consts::GO_MAIN_RESERVE`]).
    pub stack_reserve: u64,
    host: Option<Box<dyn Host>>,
    pkg: String,
    /// Open [`Machine::call_guest`] calls: each one's sentinel slot as a
    /// distance below the stack top, and `cpu.pc` when it was made (the
    /// instruction after the builtin call that made it).
    nest: Vec<(u64, u32)>,
    /// When set, runs use the traced loop (see [`trace`]).
    tracer: Option<Box<dyn trace::Tracer>>,
    /// Compiled blocks (see [`jit`]); `None` runs the interpreter alone.
    #[cfg(all(target_arch = "x86_64", unix))]
    jit: Option<std::sync::Arc<jit::Jit>>,
    /// What compiled code keeps between entries (the regions it found).
    #[cfg(all(target_arch = "x86_64", unix))]
    jit_ctx: jit::Ctx,
}

/// Loads assembly source(s) and links them (package name for `·` symbols:
/// `pkg`), with no runtime: calls into Go's runtime fail to link.
pub fn load_sources(sources: &[(&str, &str)], pkg: &str) -> Result<Machine, LoadError> {
    let parsed: Vec<Parsed> = sources
        .iter()
        .map(|(name, text)| goasm_syntax::parse_str(name, text, &goasm_syntax::Config::default()))
        .collect();
    load_parsed(&parsed, pkg, Box::new(NoHost))
}

/// Loads a compiler listing (`go tool compile -S` output) against the
/// runtime `host`. Returns the parse diagnostics as a load error.
pub fn load_listing(name: &str, text: &str, host: Box<dyn Host>) -> Result<Machine, LoadError> {
    load_listing_with(name, text, Vec::new(), host)
}

/// Loads a compiler listing together with the package's hand-written
/// assembly (already parsed, with go_asm.h on the include path): Go code
/// calls the assembly through the ABI wrappers the compiler put in the
/// listing, and the assembly calls Go the same way.
pub fn load_listing_with(
    name: &str,
    text: &str,
    asm: Vec<Parsed>,
    host: Box<dyn Host>,
) -> Result<Machine, LoadError> {
    let (lst, diags) = goasm_syntax::parse_listing(text, goasm_syntax::FileId(0));
    if !diags.is_empty() {
        let mut sources = goasm_syntax::SourceMap::new();
        sources.add(name, text);
        return Err(LoadError {
            messages: diags.iter().map(|d| d.headline(&sources)).collect(),
        });
    }
    let parsed = listing::to_parsed(&lst, name, text, Vec::new(), &|s| host.data_symbol(s));
    let pkg = lst
        .funcs
        .iter()
        .find_map(|f| f.header.name.split_once('.').map(|(p, _)| p.to_string()))
        .unwrap_or_else(|| "main".into());
    let mut all = vec![parsed];
    all.extend(asm);
    let mut m = load_parsed(&all, &pkg, host)?;
    m.strict_stack_maps = true;
    m.image.inlined_funcs = listing::abstract_funcs(&lst);
    listing::name_inline_nodes(&lst, &mut m.image);
    Ok(m)
}

/// Links already-parsed files against the runtime `host` (the CLI parses
/// with -I/-D options; goasm-rt provides the host).
pub fn load_parsed(
    parsed: &[Parsed],
    pkg: &str,
    host: Box<dyn Host>,
) -> Result<Machine, LoadError> {
    let image = link::link(parsed, pkg, &host.builtin_names())?;
    Machine::new(image, pkg, host).map_err(|f| LoadError {
        messages: vec![format!("cannot map the program: {f:?}")],
    })
}

impl Machine {
    fn new(mut image: Image, pkg: &str, host: Box<dyn Host>) -> Result<Machine, Fault> {
        let mut compiled = vec![false; image.code.len()];
        for f in image.funcs.iter().filter(|f| f.abi_internal) {
            let end = (f.end as usize).min(compiled.len());
            if let Some(part) = compiled.get_mut(f.entry as usize..end) {
                part.fill(true);
            }
        }
        image.fast = lower::fast::specialize(&image.code, &compiled);
        #[cfg(all(target_arch = "x86_64", unix))]
        let jit = Self::compile_blocks(&image, &compiled).map(std::sync::Arc::new);
        let mut mem = Memory::new(DEFAULT_MAX_MEMORY);
        mem.map(Region {
            name: "text",
            base: TEXT_BASE,
            data: vec![0xcc; image.code.len()],
            perm: Perm::RX,
        })?;
        for s in &image.sections {
            mem.map(Region {
                name: s.name,
                base: s.base,
                data: s.bytes.clone(),
                perm: if s.writable { Perm::RW } else { Perm::R },
            })?;
        }
        mem.map(Region {
            name: "heap",
            base: memory::HEAP_BASE,
            data: Vec::new(),
            perm: Perm::RW,
        })?;
        Ok(Machine {
            image,
            cpu: Cpu::default(),
            mem,
            max_steps: DEFAULT_MAX_STEPS,
            steps: 0,
            heap_next: memory::HEAP_BASE,
            stack_next: memory::STACK_BASE,
            strict_stack_maps: false,
            max_stack: consts::MAX_STACK,
            stack_reserve: 0,
            host: Some(host),
            pkg: pkg.to_string(),
            nest: Vec::new(),
            tracer: None,
            #[cfg(all(target_arch = "x86_64", unix))]
            jit,
            #[cfg(all(target_arch = "x86_64", unix))]
            jit_ctx: jit::Ctx::default(),
        })
    }

    /// The block compiler's code for `image`, unless `GOASM_NO_JIT` is set
    /// (then the interpreter runs everything, as on other hosts).
    #[cfg(all(target_arch = "x86_64", unix))]
    fn compile_blocks(image: &Image, compiled: &[bool]) -> Option<jit::Jit> {
        if std::env::var_os("GOASM_NO_JIT").is_some() {
            return None;
        }
        let live_in = lower::liveness::flags_live_in(&image.code, compiled)
            .unwrap_or_else(|| vec![true; image.code.len()]);
        let entries: Vec<u32> = image.funcs.iter().map(|f| f.entry).collect();
        jit::Jit::compile(&image.code, &live_in, &entries)
    }

    /// Turns the block compiler off: the interpreter then runs every
    /// instruction (`goasm run --no-jit`).
    pub fn disable_jit(&mut self) {
        #[cfg(all(target_arch = "x86_64", unix))]
        {
            self.jit = None;
        }
    }

    /// How many of the steps run so far ran as compiled code.
    pub fn compiled_steps(&self) -> u64 {
        #[cfg(all(target_arch = "x86_64", unix))]
        {
            self.jit_ctx.compiled_steps
        }
        #[cfg(not(all(target_arch = "x86_64", unix)))]
        {
            0
        }
    }

    /// Blocks compiled and the instructions they cover, when the block
    /// compiler runs.
    pub fn jit_coverage(&self) -> Option<(usize, usize)> {
        #[cfg(all(target_arch = "x86_64", unix))]
        {
            self.jit.as_ref().map(|j| (j.blocks, j.covered))
        }
        #[cfg(not(all(target_arch = "x86_64", unix)))]
        {
            None
        }
    }

    /// Installs a tracer: from now on runs use the traced loop.
    pub fn set_tracer(&mut self, tracer: Box<dyn trace::Tracer>) {
        self.tracer = Some(tracer);
    }

    /// Removes the tracer (runs go back to the fast loop) and hands it back.
    pub fn take_tracer(&mut self) -> Option<Box<dyn trace::Tracer>> {
        self.tracer.take()
    }

    /// Sets the guest memory limit (bytes mapped at once).
    pub fn set_max_memory(&mut self, bytes: u64) {
        self.mem.limit = bytes;
    }

    /// Allocates zeroed, 8-byte aligned memory on the guest heap.
    pub fn alloc(&mut self, size: u64) -> Result<u64, Fault> {
        let size = size.max(1).div_ceil(8) * 8;
        let at = self.heap_next;
        self.mem.grow(memory::HEAP_BASE, size)?;
        self.heap_next += size;
        Ok(at)
    }

    /// The runtime, to inspect its state (e.g. collected output) after a run.
    pub fn host_mut(&mut self) -> Option<&mut (dyn Host + 'static)> {
        self.host.as_deref_mut()
    }

    /// Hands the runtime back (consuming the machine's claim to it).
    pub fn take_host(&mut self) -> Option<Box<dyn Host>> {
        self.host.take()
    }

    /// The function for `·f`, `pkg·f`, `pkg.f` or `f`.
    pub fn func(&self, symbol: &str) -> Option<&image::Func> {
        let sym = goasm_syntax::ast::SymRef::new(symbol);
        let name = link::link_name(&sym, 0, &self.pkg);
        let idx = self.image.func_index.get(&name).or_else(|| {
            self.image
                .func_index
                .get(&format!("{}.{}", self.pkg, symbol))
        })?;
        self.image.funcs.get(*idx)
    }

    /// Gives hand-written function `symbol` the argument map its Go
    /// declaration implies (what the compiler writes as `args_stackmap`),
    /// unless it has one already.
    pub fn declare_args_map(&mut self, symbol: &str, map: stackmap::StackMap) {
        let sym = goasm_syntax::ast::SymRef::new(symbol);
        let name = link::link_name(&sym, 0, &self.pkg);
        let Some(&fi) = self.image.func_index.get(&name) else {
            return;
        };
        let f = &self.image.funcs[fi];
        let (frame_size, args_size) =
            (f.autoffset.max(0) as u64, f.args.unwrap_or(0).max(0) as u64);
        let info = self
            .image
            .frame_info
            .entry(fi)
            .or_insert_with(|| stackmap::FrameInfo {
                frame_size,
                args_size,
                ..stackmap::FrameInfo::default()
            });
        info.args.get_or_insert(map);
    }

    /// Calls the ABI0 function `symbol` (e.g. "·case17" or "main·case17") with `frame` as its
    /// argument area (arguments followed by results, exactly the bytes 0(FP)..argsize),
    /// running on a fresh goroutine stack; on return copies the argument area back into `frame`.
    pub fn call_abi0(&mut self, symbol: &str, frame: &mut [u8]) -> Result<CallOutcome, RunError> {
        self.call(symbol, frame, false)
    }

    /// Calls an ABIInternal function that takes and returns nothing (a
    /// compiled `main.main` or init function): R14 holds g, X15 is zero.
    pub fn call_internal(&mut self, symbol: &str) -> Result<CallOutcome, RunError> {
        self.call(symbol, &mut [], true)
    }

    fn call(
        &mut self,
        symbol: &str,
        frame: &mut [u8],
        internal: bool,
    ) -> Result<CallOutcome, RunError> {
        let entry = self
            .func(symbol)
            .ok_or_else(|| RunError::UnknownSymbol(symbol.to_string()))?
            .entry;
        let args = (frame.len() as u64).div_ceil(8) * 8;
        // Room left unused above the frame, as Go's runtime.main leaves it.
        let args = args + self.stack_reserve;
        let size = (args + 1024).next_power_of_two().max(consts::STACK_MIN);
        let setup = (|| -> Result<u64, Fault> {
            if let Ok((lo, _)) = stack::bounds(self).map_err(|_| ())
                && self.cpu.g != 0
            {
                self.mem.unmap(lo);
            }
            let (lo, hi) = stack::new_stack(self, size)?;
            stack::set_stack(self, lo, hi)?;
            let argbase = hi - args;
            self.mem.write_bytes(argbase, frame)?;
            Ok(argbase)
        })();
        let argbase = match setup {
            Ok(a) => a,
            Err(f) => return Ok(CallOutcome::Fault(self.fault_at(f, entry))),
        };
        let g = self.cpu.g;
        self.cpu = Cpu {
            g,
            ..Cpu::default()
        };
        self.cpu.gp[SP] = argbase - 8;
        if internal {
            self.cpu.gp[14] = g;
        }
        // The return address: instruction 0, the Exit sentinel.
        if let Err(f) = self.mem.write(argbase - 8, 8, TEXT_BASE) {
            return Ok(CallOutcome::Fault(self.fault_at(f, entry)));
        }
        self.cpu.pc = entry;
        let out = self.run()?;
        if out == CallOutcome::Returned {
            // The stack may have moved: the frame sits at the top of the current one.
            let (_, hi) = stack::bounds(self).map_err(|f| RunError::Internal(format!("{f:?}")))?;
            self.mem
                .read_bytes(hi - args, frame)
                .map_err(|f| RunError::Internal(format!("{f:?}")))?;
        }
        Ok(out)
    }

    fn fault_at(&self, fault: Fault, idx: u32) -> GuestFault {
        GuestFault {
            fault,
            pc: TEXT_BASE + idx as u64,
            symbol: self.image.symbolize(TEXT_BASE + idx as u64),
            location: self.image.describe(idx),
        }
    }

    /// Runs from the current pc until the outermost call returns, handling
    /// runtime calls and stack growth along the way.
    pub fn run(&mut self) -> Result<CallOutcome, RunError> {
        let mut host = self.host.take().unwrap_or_else(|| Box::new(NoHost));
        let r = self.run_with(&mut *host);
        self.host = Some(host);
        match r? {
            Ended::Out(o) => Ok(o),
            Ended::Unwound => Err(RunError::Internal(
                "the stack was unwound past the outermost call".into(),
            )),
        }
    }

    /// Calls guest code from inside a builtin (Go's runtime calls deferred
    /// functions and `Error`/`String` methods this way): the caller has put
    /// the arguments in registers (and DX for a closure); this pushes the exit
    /// sentinel as return address, runs `code_addr` on the current goroutine
    /// stack until it returns to the sentinel, and restores `cpu.pc`. The
    /// host is passed in because the machine does not hold it during a
    /// builtin call.
    pub fn call_guest(&mut self, host: &mut dyn Host, code_addr: u64) -> GuestReturn {
        let Some(entry) = code_addr
            .checked_sub(TEXT_BASE)
            .and_then(|i| u32::try_from(i).ok())
            .filter(|&i| (i as usize) < self.image.code.len())
        else {
            return GuestReturn::Fault(
                self.fault_at(Fault::BadJump { addr: code_addr }, self.cpu.pc),
            );
        };
        let pc = self.cpu.pc;
        if let Err(f) = self.cpu.push(&mut self.mem, TEXT_BASE) {
            return GuestReturn::Fault(self.fault_at(f, pc));
        }
        // The floor, as a distance from the stack top: copying the stack
        // keeps it.
        let hi = stack::bounds(self).map_or(0, |(_, hi)| hi);
        self.nest.push((hi.wrapping_sub(self.cpu.gp[SP]), pc));
        self.cpu.pc = entry;
        let r = self.run_with(host);
        self.nest.pop();
        match r {
            Ok(Ended::Out(CallOutcome::Returned)) => {
                self.cpu.pc = pc;
                GuestReturn::Returned
            }
            Ok(Ended::Unwound) => GuestReturn::Unwound,
            Ok(Ended::Out(CallOutcome::Exit(c))) => GuestReturn::Exit(c),
            Ok(Ended::Out(CallOutcome::Fault(f))) => GuestReturn::Fault(f),
            Ok(Ended::Out(CallOutcome::StepLimit { steps, at })) => {
                GuestReturn::StepLimit { steps, at }
            }
            Err(e) => GuestReturn::Fault(GuestFault {
                fault: Fault::BadJump { addr: 0 },
                pc: TEXT_BASE + pc as u64,
                symbol: e.to_string(),
                location: String::new(),
            }),
        }
    }

    /// After the runtime moved SP itself (a recovery): has it left the
    /// innermost [`Machine::call_guest`] (SP above its sentinel slot)?
    fn unwound(&self) -> bool {
        let Some(&(floor, _)) = self.nest.last() else {
            return false;
        };
        let hi = stack::bounds(self).map_or(0, |(_, hi)| hi);
        self.cpu.gp[SP] > hi.wrapping_sub(floor)
    }

    fn run_with(&mut self, host: &mut dyn Host) -> Result<Ended, RunError> {
        loop {
            let stop = match self.tracer.as_deref_mut() {
                #[cfg(all(target_arch = "x86_64", unix))]
                None if let Some(jit) = self.jit.as_deref() => exec::mixed::run(
                    &self.image.fast,
                    jit,
                    &mut self.jit_ctx,
                    &mut self.cpu,
                    &mut self.mem,
                    &mut self.steps,
                    self.max_steps,
                ),
                None => exec::run(
                    &self.image.fast,
                    &mut self.cpu,
                    &mut self.mem,
                    &mut self.steps,
                    self.max_steps,
                ),
                Some(t) => traced::run(
                    &self.image,
                    &mut self.cpu,
                    &mut self.mem,
                    &mut self.steps,
                    self.max_steps,
                    t,
                ),
            };
            let out = |o| Ok(Ended::Out(o));
            match stop {
                Stop::Exit => return out(CallOutcome::Returned),
                Stop::Fault(f) => {
                    let at = self.cpu.pc;
                    match host.fault(self, f) {
                        Ok(Flow::Resume) if self.unwound() => return Ok(Ended::Unwound),
                        Ok(Flow::Resume) => {}
                        Ok(Flow::Exit(code)) => return out(CallOutcome::Exit(code)),
                        Ok(Flow::Return) => {
                            return out(CallOutcome::Fault(self.fault_at(f, at)));
                        }
                        Err(f) => return out(CallOutcome::Fault(self.fault_at(f, at))),
                    }
                }
                Stop::StepLimit => {
                    return out(CallOutcome::StepLimit {
                        steps: self.steps,
                        at: format!(
                            "{} ({})",
                            self.image.symbolize(TEXT_BASE + self.cpu.pc as u64),
                            self.image.describe(self.cpu.pc)
                        ),
                    });
                }
                Stop::Morestack { ctxt } => match host.morestack(self, ctxt) {
                    Ok(Flow::Exit(code)) => return out(CallOutcome::Exit(code)),
                    Ok(_) => {}
                    Err(f) => {
                        let at = self.cpu.pc.saturating_sub(1);
                        return out(CallOutcome::Fault(self.fault_at(f, at)));
                    }
                },
                Stop::Runtime { id, jump, abi0 } => {
                    let at = self.cpu.pc.saturating_sub(1);
                    let r = host.call(self, id, abi0);
                    let r = r.and_then(|flow| match flow {
                        Flow::Return if jump => {
                            exec::control::ret(&mut self.cpu, &self.mem, self.image.code.len())
                                .map(|()| None)
                                .map_err(|s| match s {
                                    Stop::Fault(f) => f,
                                    _ => Fault::BadJump { addr: 0 },
                                })
                        }
                        Flow::Return => Ok(None),
                        Flow::Resume if self.unwound() => Ok(Some(None)),
                        Flow::Resume => Ok(None),
                        Flow::Exit(code) => Ok(Some(Some(code))),
                    });
                    match r {
                        Ok(None) => {}
                        Ok(Some(None)) => return Ok(Ended::Unwound),
                        Ok(Some(Some(code))) => return out(CallOutcome::Exit(code)),
                        Err(f) => return out(CallOutcome::Fault(self.fault_at(f, at))),
                    }
                }
            }
        }
    }
}

/// How a [`Machine::run_with`] loop ended.
enum Ended {
    Out(CallOutcome),
    /// The runtime resumed below the innermost nested call's sentinel.
    Unwound,
}

/// How a [`Machine::call_guest`] ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuestReturn {
    /// Returned normally; `cpu.pc` is back where it was.
    Returned,
    /// A recovery resumed in a frame older than the call: the call and the
    /// builtin that made it are abandoned; the CPU is already set to resume.
    Unwound,
    Exit(i32),
    Fault(GuestFault),
    StepLimit {
        steps: u64,
        at: String,
    },
}
