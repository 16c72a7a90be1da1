//! The runtime object the VM calls: it owns the output stream and the
//! builtin table, and implements [`goasm_vm::Host`].

use crate::builtins::{self, Builtin, Marshal};
use crate::types;
use goasm_vm::memory::Fault;
use goasm_vm::{DataDef, Flow, Host, Machine};
use std::io::Write;
use std::sync::{Arc, Mutex};

/// Where the program's runtime output (print/println, panics) goes.
pub enum Output {
    Stream(Box<dyn Write + Send>),
    /// Collected in memory, readable through the shared handle.
    Captured(Arc<Mutex<Vec<u8>>>),
}

/// Go's runtime as goasm models it.
pub struct Runtime {
    out: Output,
    builtins: Vec<Builtin>,
    marshal: Vec<Marshal>,
    /// Itabs built at run time (interface conversions, type switches).
    pub(crate) itabs: crate::builtins::iface::Itabs,
    /// Every map's contents, and `runtime.rand`'s state.
    pub(crate) maps: crate::maps::Maps,
    /// A zeroed block nobody writes (address, size): boxed and map zero values.
    pub(crate) zero_block: (u64, u64),
    /// Active panics, deferproc records, runtime-made guest calls.
    pub(crate) panic: crate::builtins::panic::PanicState,
    /// Every stack copy so far, oldest first: a builtin that holds a stack
    /// address across a guest call relocates it with
    /// [`crate::builtins::stack::relocate`].
    pub(crate) stack_moves: Vec<goasm_vm::stack::Moved>,
}

impl Runtime {
    /// A runtime writing its output to `w` (stderr for `goasm run`).
    pub fn new(w: Box<dyn Write + Send>) -> Runtime {
        Runtime::with(Output::Stream(w))
    }

    /// A runtime collecting its output; the handle reads it after the run.
    pub fn captured() -> (Runtime, Arc<Mutex<Vec<u8>>>) {
        let buf = Arc::new(Mutex::new(Vec::new()));
        (Runtime::with(Output::Captured(buf.clone())), buf)
    }

    fn with(out: Output) -> Runtime {
        let builtins = builtins::table();
        let marshal = builtins.iter().map(|b| Marshal::new(b.sig)).collect();
        Runtime {
            out,
            builtins,
            marshal,
            itabs: Default::default(),
            maps: Default::default(),
            zero_block: (0, 0),
            panic: Default::default(),
            stack_moves: Vec::new(),
        }
    }

    /// The id (index) of builtin `name`, as builtin calls in the IR carry it.
    pub fn builtin_id(&self, name: &str) -> Option<u16> {
        self.builtins
            .iter()
            .position(|b| b.name == name)
            .map(|i| i as u16)
    }

    /// Writes runtime output.
    pub fn write(&mut self, bytes: &[u8]) {
        match &mut self.out {
            Output::Stream(w) => {
                let _ = w.write_all(bytes);
            }
            Output::Captured(buf) => {
                if let Ok(mut b) = buf.lock() {
                    b.extend_from_slice(bytes);
                }
            }
        }
    }
}

impl Host for Runtime {
    fn builtin_names(&self) -> Vec<String> {
        self.builtins.iter().map(|b| b.name.to_string()).collect()
    }

    fn data_symbol(&self, name: &str) -> Option<DataDef> {
        // What compiled code reads directly: the write-barrier switch (off
        // until the GC issue), the zero-size allocation base, the zero-value
        // buffer, convT64's table of small integers, the empty type-assertion
        // caches; and the type descriptors the runtime package owns.
        let zeros = |n: usize| {
            Some(DataDef {
                bytes: vec![0; n],
                ..DataDef::default()
            })
        };
        match name {
            "runtime.writeBarrier" => zeros(16),
            "runtime.zerobase" => zeros(8),
            "runtime.zeroVal" => zeros(1024),
            "runtime.emptyTypeAssertCache" | "runtime.emptyInterfaceSwitchCache" => zeros(16),
            "runtime.staticuint64s" => Some(DataDef {
                bytes: (0u64..256).flat_map(|i| i.to_le_bytes()).collect(),
                ..DataDef::default()
            }),
            _ => types::runtime_type(name),
        }
    }

    fn morestack(&mut self, m: &mut Machine, needctxt: bool) -> Result<Flow, Fault> {
        crate::builtins::stack::morestack(self, m, needctxt)
    }

    fn fault(&mut self, m: &mut Machine, fault: Fault) -> Result<Flow, Fault> {
        crate::builtins::panic::on_fault(self, m, fault)
    }

    fn call(&mut self, m: &mut Machine, id: u16, abi0_caller: bool) -> Result<Flow, Fault> {
        let Some(b) = self.builtins.get(id as usize) else {
            return Err(Fault::BadJump { addr: 0 });
        };
        let Some(run) = b.run else {
            let msg = format!(
                "fatal error: goasm: {} is not implemented yet (called from {})\n",
                b.name,
                m.image.describe(m.cpu.pc.saturating_sub(1))
            );
            self.write(msg.as_bytes());
            return Ok(Flow::Exit(2));
        };
        if abi0_caller {
            self.marshal[id as usize].load_args(m)?;
        }
        let flow = run(self, m)?;
        if abi0_caller && flow == Flow::Return {
            self.marshal[id as usize].store_results(m)?;
        }
        Ok(flow)
    }
}
