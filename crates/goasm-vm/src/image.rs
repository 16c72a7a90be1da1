//! The linked program: IR code, where every instruction came from, the
//! function table, the symbol table and the initial contents of the static
//! sections.

use crate::ir::Insn;
use crate::memory::TEXT_BASE;
use goasm_syntax::{SourceMap, Span};
use std::collections::HashMap;

/// One TEXT symbol.
#[derive(Clone, Debug)]
pub struct Func {
    /// Linker name: `main.Swap`, `runtime.foo`, `name<>`.
    pub name: String,
    /// First instruction (the split check or the first body instruction).
    pub entry: u32,
    /// One past the last instruction.
    pub end: u32,
    /// Input file index and TEXT line.
    pub file: u32,
    pub span: Span,
    /// `$frame` as written (negative: no frame) and the argument size.
    pub frame: i64,
    pub args: Option<i64>,
    pub flags: i64,
    /// Frame size including the saved BP (obj6's `autoffset`).
    pub autoffset: i64,
    /// Compiled Go code (ABIInternal) rather than hand-written ABI0 assembly.
    pub abi_internal: bool,
}

/// A data symbol's place.
#[derive(Clone, Debug)]
pub struct DataSym {
    pub name: String,
    pub addr: u64,
    pub size: u64,
    pub rodata: bool,
}

/// An initialised static section.
#[derive(Clone, Debug)]
pub struct Section {
    pub name: &'static str,
    pub base: u64,
    pub bytes: Vec<u8>,
    pub writable: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Image {
    /// The linked IR, in the generic forms that tools and the runtime read.
    pub code: Vec<Insn>,
    /// What the interpreter runs: `code` with its common forms specialised
    /// (`lower::fast`), index for index. Built when a machine is made.
    pub fast: Vec<Insn>,
    /// Per instruction: (input file, span).
    pub locs: Vec<(u32, Span)>,
    pub funcs: Vec<Func>,
    /// `PCDATA $4` (PCDATA_PanicBounds) values by the index of the
    /// instruction they annotate: how `runtime.panicBounds` finds which
    /// registers hold the index and length of a failed bounds check.
    pub panic_bounds: HashMap<u32, i64>,
    /// `FUNCDATA $4` (FUNCDATA_OpenCodedDeferInfo) symbols by the index of
    /// the instruction after them: a function with open-coded defers names
    /// the rodata that says where its deferBits byte and closure slots are,
    /// which the runtime needs to run those defers during a panic.
    pub open_defer: HashMap<u32, String>,
    /// Stack maps and frame sizes by function index, for functions that
    /// have them (listings' compiled code; see `stackmap.rs`).
    pub frame_info: HashMap<usize, crate::stackmap::FrameInfo>,
    pub data: Vec<DataSym>,
    pub sections: Vec<Section>,
    /// Linker name -> function index.
    pub func_index: HashMap<String, usize>,
    /// One source map per input file.
    pub sources: Vec<SourceMap>,
    /// Address of the TLS slot that holds the current g.
    pub tls: u64,
    /// Functions the compiler inlined somewhere, with their declaration
    /// lines (a listing's abstract DWARF entries, `go:info.F$abstract`). A
    /// closure inlined everywhere has no TEXT of its own: this is the only
    /// place its name and line appear.
    pub inlined_funcs: Vec<(String, u32)>,
    /// Inline trees by function index, for listing functions whose listing
    /// carries the compiler's dump of them (see `inline.rs`); the single
    /// source tracebacks read when present, `inlined_funcs` the fallback.
    pub inline: HashMap<usize, crate::inline::InlineTree>,
}

impl Image {
    /// The function containing instruction `idx`.
    pub fn func_at(&self, idx: u32) -> Option<&Func> {
        self.funcs.iter().find(|f| idx >= f.entry && idx < f.end)
    }

    /// `file:line:col` of instruction `idx`.
    pub fn describe(&self, idx: u32) -> String {
        match self.locs.get(idx as usize) {
            Some((f, span)) if (*f as usize) < self.sources.len() => {
                self.sources[*f as usize].describe(*span)
            }
            _ => "?".to_string(),
        }
    }

    /// `sym+off` for a guest pc (the offset counts IR instructions).
    pub fn symbolize(&self, pc: u64) -> String {
        let idx = pc.wrapping_sub(TEXT_BASE);
        match u32::try_from(idx)
            .ok()
            .and_then(|i| self.func_at(i).map(|f| (i, f)))
        {
            Some((i, f)) => format!("{}+{}", f.name, i - f.entry),
            None => format!("{pc:#x}"),
        }
    }

    /// The open-coded defer info symbol of function `f`, if it has one.
    pub fn open_defer_of(&self, f: &Func) -> Option<&str> {
        self.open_defer
            .iter()
            .find(|(i, _)| **i >= f.entry && **i < f.end)
            .map(|(_, s)| s.as_str())
    }

    pub fn pc_of(idx: u32) -> u64 {
        TEXT_BASE + idx as u64
    }
}
