//! The linker: collects TEXT, GLOBL and DATA from every input file,
//! resolves names (`·f` gets the package, `<>` symbols are file-local,
//! `pkg∕path·f` becomes `pkg/path.f`), lays out rodata, data and bss, lowers
//! each function to IR and patches references to functions once every
//! function has its place.

use crate::abi::{Abi, AbiDefs, is_listing};
use crate::consts::{DUPOK, RODATA};
use crate::image::{DataSym, Func, Image, Section};
use crate::ir::{Insn, Op};
use crate::lower::{Fix, FixKind, FnLower};
use crate::memory::{RODATA_BASE, TEXT_BASE, TYPES_BASE};
use goasm_syntax::ast::{Data, Globl, OperandKind, Stmt, StmtKind, SymRef, Text};
use goasm_syntax::headers::ABIWRAPPER;
use goasm_syntax::{Parsed, Span};
use std::collections::HashMap;

/// Load-time errors, each `file:line:col: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .messages.join("\n"))]
pub struct LoadError {
    pub messages: Vec<String>,
}

/// What a name refers to.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Target {
    Func(usize),
    Data(u64),
    Builtin(u16),
}

pub(crate) struct Defn {
    pub target: Target,
    pub file: usize,
    pub span: Span,
}

/// Code address of builtin `id`'s stub: instruction 0 is the exit sentinel,
/// then one tail-jump stub per builtin, so a builtin has an address like
/// any function (funcvals such as `runtime.memequal64·f` point at it).
pub(crate) fn builtin_addr(id: u16) -> u64 {
    TEXT_BASE + 1 + id as u64
}

/// Marks a DATA operand `$sym(SB)` as a 4-byte *offset* relocation rather
/// than an address (listings only: `R_ADDROFF`, `R_METHODOFF`; the ':' can
/// never appear in a hand-written symbol). A data symbol becomes its offset
/// from the types base, which is the start of rodata where every type
/// descriptor and name lives (`memory::TYPES_BASE`); a function becomes its code
/// offset from `TEXT_BASE`; a symbol nobody defines (dead-code eliminated
/// methods, weak references, linker-made import paths) becomes -1.
pub(crate) const OFFSET_PREFIX: &str = "goasm.off:";

/// Marks a DATA operand `$f+pc(SB)` as the code address of the instruction
/// at byte offset `pc` of listing function `f` (switch jump tables): the
/// listing loader puts a label `pc<pc>` there, the linker looks it up.
pub(crate) const LABEL_PREFIX: &str = "goasm.label:";

/// A label `goasm.frame:<n>:<nosplit>` at the start of a listing function:
/// its prologue builds an `n`-byte frame, and the compiler marked it
/// NOSPLIT (1) or not (0) (see `frames.rs`).
pub(crate) const FRAME_LABEL: &str = "goasm.frame:";

/// A label `goasm.pcdata1:<v>:<seq>` in a listing function: `PCDATA $1, $v`
/// (the stack map index) from here on.
pub(crate) const MAP_INDEX_LABEL: &str = "goasm.pcdata1:";

/// A label `goasm.inl:<v>:<seq>` in a listing function: inline tree index
/// `v` (-1: none) in force from here on (see `inline.rs`).
pub(crate) const INLINE_LABEL: &str = "goasm.inl:";

/// A label `goasm.inlparent:<node>` in a listing function: the instruction
/// at inline tree node `node`'s parent pc (its inline mark).
pub(crate) const INLINE_PARENT_LABEL: &str = "goasm.inlparent:";

/// The linker name of a symbol reference.
pub(crate) fn link_name(sym: &SymRef, file: usize, pkg: &str) -> String {
    let mut n = sym.name.replace('∕', "/").replace('·', ".");
    if n.starts_with('.') {
        n = format!("{pkg}{n}");
    }
    if sym.is_static {
        format!("{n}<>#{file}")
    } else {
        n
    }
}

/// Display form of a linker name (drops the file tag of statics).
pub(crate) fn display_name(n: &str) -> &str {
    n.split_once('#').map_or(n, |(a, _)| a)
}

/// A data symbol's name in the image: statics lose their file tag, but a
/// compiler name with `#hash#` (`main.f.func1#kFf4nreaSqI=#.opendefer`, one
/// per specialised copy of a closure) stays whole, since the runtime looks
/// such symbols up by the name the code references.
fn data_name(n: &str) -> &str {
    if n.contains("<>#") {
        display_name(n)
    } else {
        n
    }
}

pub(crate) struct TextBody<'a> {
    pub file: usize,
    pub span: Span,
    pub text: &'a Text,
    pub body: Vec<&'a Stmt>,
}

pub(crate) struct Linker<'a> {
    pub inputs: &'a [Parsed],
    pub pkg: &'a str,
    /// The runtime's builtins by id (their linker names).
    pub builtin_names: &'a [String],
    pub syms: HashMap<String, Defn>,
    pub errors: Vec<String>,
    /// Every function definition by name and ABI (a name can have both: an
    /// assembly function and the compiler's ABI wrapper for it).
    pub abi_defs: HashMap<String, AbiDefs>,
    /// Per input file: is it a compiler listing (references from it want
    /// ABIInternal) rather than hand-written assembly (references want ABI0)?
    pub listing_file: Vec<bool>,
}

impl<'a> Linker<'a> {
    pub fn err(&mut self, file: usize, span: Span, msg: impl std::fmt::Display) {
        let at = self.inputs[file].sources.describe(span);
        self.errors.push(format!("{at}: {msg}"));
    }

    /// Which definition a reference to function `name` made with ABI `want`
    /// binds to. Like Go's linker, a name defined only for the other ABI is
    /// an error: the compiler emits the wrapper when it is told (symabis).
    /// `from` names the referring symbol, as Go's linker's message does.
    pub fn func_for(&self, name: &str, want: Abi, from: &str) -> Result<usize, String> {
        let Some(defs) = self.abi_defs.get(name) else {
            return Err(format!("undefined: {}", display_name(name)));
        };
        defs.get(want).ok_or_else(|| {
            format!(
                "{}: relocation target {} not defined for {} (but is defined for {})",
                display_name(from),
                display_name(name),
                want.name(),
                want.other().name()
            )
        })
    }

    /// The ABI a reference to function `name` (as written: `sym`) wants
    /// when it appears in file `file`, in an instruction (`code`) or in
    /// DATA. Hand-written assembly refers to ABI0 unless a selector says
    /// otherwise. Compiled code calls a function in the ABI it is defined
    /// with (the compiler knows from symabis that an assembly function is
    /// ABI0 and passes its arguments on the stack), so an instruction binds
    /// to the definition that is not an ABI wrapper — which also sends a
    /// wrapper's call of its own name to the other ABI; func values in
    /// compiled data are ABIInternal.
    pub fn ref_abi(&self, name: &str, sym: &SymRef, file: usize, code: bool) -> Abi {
        if let Some(a) = sym.abi.as_deref().and_then(Abi::parse) {
            return a;
        }
        if !self.listing_file.get(file).copied().unwrap_or(false) {
            return Abi::Abi0;
        }
        match self.abi_defs.get(name) {
            Some(defs) if code => defs.call_abi(),
            _ => Abi::Internal,
        }
    }

    /// Defines function `name` (text index `idx`). The same name may be
    /// defined once per ABI; `syms` keeps the ABIInternal definition when
    /// there is one (func values and lookups by name mean the Go function).
    fn define_func(&mut self, name: String, idx: usize, file: usize, span: Span, t: &Text) {
        let abi = Abi::of(t);
        let defs = self.abi_defs.entry(name.clone()).or_default();
        let other_abi_only = defs.get(abi).is_none() && defs.get(abi.other()).is_some();
        if defs.get(abi).is_none() {
            let compiled = self.listing_file.get(file).copied().unwrap_or(false);
            defs.set(abi, idx, t.flags & ABIWRAPPER != 0, compiled);
        }
        let d = Defn {
            target: Target::Func(idx),
            file,
            span,
        };
        if other_abi_only {
            if abi == Abi::Internal {
                self.syms.insert(name, d);
            }
            return;
        }
        self.define(name, d, t.flags & DUPOK != 0);
    }

    fn define(&mut self, name: String, d: Defn, dupok: bool) {
        if let Some(old) = self.syms.get(&name) {
            if !dupok {
                let was = self.inputs[old.file].sources.describe(old.span);
                let (file, span) = (d.file, d.span);
                self.err(
                    file,
                    span,
                    format!(
                        "duplicate symbol {} (previous definition at {was})",
                        display_name(&name)
                    ),
                );
            }
            return;
        }
        self.syms.insert(name, d);
    }
}

/// Links parsed files into an image.
/// `builtins` are the runtime's functions (linker names); a reference to
/// one becomes a builtin call with its index as id.
pub fn link(inputs: &[Parsed], pkg: &str, builtins: &[String]) -> Result<Image, LoadError> {
    let mut l = Linker {
        inputs,
        pkg,
        builtin_names: builtins,
        syms: HashMap::new(),
        errors: Vec::new(),
        abi_defs: HashMap::new(),
        listing_file: inputs.iter().map(is_listing).collect(),
    };
    for p in inputs {
        if !p.diags.is_empty() {
            l.errors
                .extend(p.diags.iter().map(|d| d.headline(&p.sources)));
        }
    }
    for (name, id) in builtins.iter().zip(0u16..) {
        l.syms.insert(
            name.clone(),
            Defn {
                target: Target::Builtin(id),
                file: 0,
                span: Span::default(),
            },
        );
    }
    // Pass 1: split into functions, collect GLOBL and DATA.
    let mut texts: Vec<TextBody<'_>> = Vec::new();
    let mut globls: Vec<(usize, Span, &Globl)> = Vec::new();
    let mut datas: Vec<(usize, Span, &Data)> = Vec::new();
    for (fi, p) in inputs.iter().enumerate() {
        let mut cur: Option<usize> = None;
        for s in &p.file.stmts {
            match &s.kind {
                StmtKind::Text(t) => {
                    let name = link_name(&t.sym, fi, pkg);
                    let idx = texts.len();
                    texts.push(TextBody {
                        file: fi,
                        span: s.span,
                        text: t,
                        body: Vec::new(),
                    });
                    l.define_func(name, idx, fi, s.span, t);
                    cur = Some(idx);
                }
                StmtKind::Globl(g) => globls.push((fi, s.span, g)),
                StmtKind::Data(d) => datas.push((fi, s.span, d)),
                StmtKind::Label(_) | StmtKind::Insn(_) => match cur {
                    Some(i) => texts[i].body.push(s),
                    None => l.err(fi, s.span, "instruction outside of a TEXT block"),
                },
            }
        }
    }
    // Pass 2: data layout. Rodata first, then data, then bss.
    let has_data: std::collections::HashSet<String> = datas
        .iter()
        .map(|(f, _, d)| link_name(&d.sym, *f, pkg))
        .collect();
    let mut order: Vec<(u8, usize)> = globls
        .iter()
        .enumerate()
        .map(|(i, (f, _, g))| {
            let name = link_name(&g.sym, *f, pkg);
            let class = if g.flags & RODATA != 0 {
                0
            } else if has_data.contains(&name) {
                1
            } else {
                2
            };
            (class, i)
        })
        .collect();
    order.sort();
    let mut image = Image::default();
    // Offset 0 from the types base means "none" in type descriptors, so
    // nothing is placed there.
    let mut addr = TYPES_BASE + 8;
    let mut rodata_end = None;
    for &(class, i) in &order {
        let (f, span, g) = globls[i];
        if class > 0 && rodata_end.is_none() {
            rodata_end = Some(addr);
            addr = page_up(addr.max(RODATA_BASE + 1));
        }
        if g.size < 0 || g.size > 1 << 30 {
            l.err(f, span, format!("bad GLOBL size {}", g.size));
            continue;
        }
        let size = g.size as u64;
        let align = if size >= 16 {
            16
        } else {
            size.next_power_of_two().clamp(1, 8)
        };
        addr = addr.div_ceil(align) * align;
        let name = link_name(&g.sym, f, pkg);
        image.data.push(DataSym {
            name: data_name(&name).to_string(),
            addr,
            size,
            rodata: class == 0,
        });
        l.define(
            name,
            Defn {
                target: Target::Data(addr),
                file: f,
                span,
            },
            g.flags & DUPOK != 0,
        );
        addr += size;
    }
    let rodata_end = match rodata_end {
        Some(e) => e,
        None => {
            let e = addr;
            addr = page_up(addr.max(RODATA_BASE + 1));
            e
        }
    };
    let data_base = page_up(rodata_end.max(RODATA_BASE + 1));
    // TLS slot (holds g) at the end of the writable section.
    addr = addr.max(data_base).div_ceil(8) * 8;
    image.tls = addr;
    addr += 8;
    let mut rodata = vec![0u8; (rodata_end - RODATA_BASE) as usize];
    let mut data = vec![0u8; (addr - data_base) as usize];

    // Pass 3: lower the functions.
    let mut fixups: Vec<Fix> = Vec::new();
    image.code.push(Insn::new(Op::Exit, 0));
    image.locs.push((0, Span::default()));
    for (id, name) in builtins.iter().enumerate() {
        let mut stub = Insn::new(Op::RtJmp, 8);
        stub.imm = id as i64;
        let entry = image.code.len() as u32;
        debug_assert_eq!(TEXT_BASE + entry as u64, builtin_addr(id as u16));
        image.code.push(stub);
        image.locs.push((0, Span::default()));
        image.funcs.push(Func {
            name: name.clone(),
            entry,
            end: entry + 1,
            file: 0,
            span: Span::default(),
            frame: 0,
            args: None,
            flags: 0,
            autoffset: 0,
            abi_internal: true,
        });
    }
    // Entry of each TEXT, by its index in `texts` (Target::Func's index).
    let mut text_entries: Vec<u32> = Vec::with_capacity(texts.len());
    let mut text_labels: Vec<HashMap<String, u32>> = Vec::with_capacity(texts.len());
    let mut text_funcs: Vec<(usize, i64)> = Vec::with_capacity(texts.len());
    for t in &texts {
        let name = link_name(&t.text.sym, t.file, pkg);
        let entry = image.code.len() as u32;
        text_entries.push(entry);
        let autoffset = {
            let mut fl = FnLower::new(&mut l, &mut image, &mut fixups, t);
            fl.lower();
            text_labels.push(std::mem::take(&mut fl.labels));
            fl.autoffset
        };
        text_funcs.push((image.funcs.len(), autoffset));
        // Lookups by name mean the Go function: ABIInternal when both exist.
        let n = image.funcs.len();
        match image.func_index.entry(name.clone()) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(n);
            }
            std::collections::hash_map::Entry::Occupied(mut o) => {
                if Abi::of(t.text) == Abi::Internal && !image.funcs[*o.get()].abi_internal {
                    o.insert(n);
                }
            }
        }
        image.funcs.push(Func {
            name: display_name(&name).to_string(),
            entry,
            end: image.code.len() as u32,
            file: t.file as u32,
            span: t.span,
            frame: t.text.frame,
            args: t.text.args,
            flags: t.text.flags,
            autoffset,
            abi_internal: t.text.abi_internal,
        });
    }
    // Patch references to functions.
    let entries: Vec<u32> = texts
        .iter()
        .map(|t| {
            // DUPOK copies bind to the first definition of their name and ABI.
            let n = link_name(&t.text.sym, t.file, pkg);
            l.abi_defs
                .get(&n)
                .and_then(|d| d.get(Abi::of(t.text)))
                .map_or(0, |i| text_entries[i])
        })
        .collect();
    for fx in &fixups {
        let entry = entries[fx.func] as i64;
        let insn = &mut image.code[fx.insn as usize];
        match fx.kind {
            FixKind::Target => insn.imm = entry,
            FixKind::Imm => insn.imm = TEXT_BASE as i64 + entry + fx.addend,
            FixKind::Disp => {
                if let crate::ir::Loc::Mem(m) = &mut insn.a {
                    m.disp = (TEXT_BASE as i64 + entry + fx.addend) as i32;
                }
            }
        }
    }
    // Pass 4: DATA.
    // Zero-size symbols share an address with their neighbour: key by both.
    let by_addr: HashMap<(u64, String), usize> = image
        .data
        .iter()
        .enumerate()
        .map(|(i, s)| ((s.addr, s.name.clone()), i))
        .collect();
    for (f, span, d) in datas {
        let name = link_name(&d.sym, f, pkg);
        let found = match l.syms.get(&name).map(|x| x.target) {
            Some(Target::Data(a)) => by_addr
                .get(&(a, data_name(&name).to_string()))
                .map(|&i| image.data[i].clone()),
            _ => None,
        };
        let Some(sym) = found else {
            l.err(
                f,
                span,
                format!("DATA for {} without a GLOBL", display_name(&name)),
            );
            continue;
        };
        let w = d.width;
        if !(1..=8).contains(&w) && !matches!(d.value.kind, OperandKind::StrImm(_))
            || d.offset < 0
            || (d.offset + w) as u64 > sym.size
        {
            l.err(
                f,
                span,
                format!(
                    "DATA {}+{}/{} out of range of its {}-byte GLOBL",
                    sym.name, d.offset, w, sym.size
                ),
            );
            continue;
        }
        let bytes: Vec<u8> = match &d.value.kind {
            OperandKind::Imm(v) => v.to_le_bytes()[..w as usize].to_vec(),
            OperandKind::FloatImm(bits) => match w {
                4 => (f64::from_bits(*bits) as f32)
                    .to_bits()
                    .to_le_bytes()
                    .to_vec(),
                8 => bits.to_le_bytes().to_vec(),
                _ => {
                    l.err(f, span, "float DATA must be 4 or 8 bytes wide");
                    continue;
                }
            },
            OperandKind::StrImm(s) => {
                let mut b = s.clone();
                b.resize(w as usize, 0);
                b
            }
            OperandKind::Addr(m)
                if m.sym
                    .as_ref()
                    .is_some_and(|s| s.name.starts_with(LABEL_PREFIX)) =>
            {
                let func = m.sym.as_ref().map_or("", |s| &s.name[LABEL_PREFIX.len()..]);
                let func = link_name(&SymRef::new(func), f, pkg);
                let at = match l.syms.get(&func).map(|x| x.target) {
                    Some(Target::Func(i)) => {
                        text_labels[i].get(&format!("pc{}", m.offset)).copied()
                    }
                    _ => None,
                };
                let Some(at) = at else {
                    l.err(
                        f,
                        span,
                        format!("no instruction at {}+{}", display_name(&func), m.offset),
                    );
                    continue;
                };
                (TEXT_BASE + at as u64).to_le_bytes()[..w as usize].to_vec()
            }
            OperandKind::Addr(m)
                if m.sym
                    .as_ref()
                    .is_some_and(|s| s.name.starts_with(OFFSET_PREFIX)) =>
            {
                let target = m
                    .sym
                    .as_ref()
                    .map_or("", |s| &s.name[OFFSET_PREFIX.len()..]);
                let target = link_name(&SymRef::new(target), f, pkg);
                let off = match l.syms.get(&target).map(|x| x.target) {
                    Some(Target::Data(a)) => a as i64 - TYPES_BASE as i64 + m.offset,
                    Some(Target::Func(i)) => {
                        let want = l.ref_abi(&target, &SymRef::new(""), f, false);
                        let i = l.func_for(&target, want, "").unwrap_or(i);
                        entries[i] as i64 + m.offset
                    }
                    Some(Target::Builtin(id)) => (builtin_addr(id) - TEXT_BASE) as i64,
                    None => -1,
                };
                (off as i32).to_le_bytes()[..(w as usize).min(4)].to_vec()
            }
            OperandKind::Addr(m) if m.sym.is_some() => {
                let sref = m
                    .sym
                    .as_ref()
                    .map(|s| link_name(s, f, pkg))
                    .unwrap_or_default();
                let a = match l.syms.get(&sref).map(|x| x.target) {
                    Some(Target::Data(a)) => a as i64 + m.offset,
                    Some(Target::Func(_)) => {
                        let want = m
                            .sym
                            .as_ref()
                            .map_or(Abi::Abi0, |s| l.ref_abi(&sref, s, f, false));
                        match l.func_for(&sref, want, &link_name(&d.sym, f, pkg)) {
                            Ok(i) => TEXT_BASE as i64 + entries[i] as i64 + m.offset,
                            Err(e) => {
                                l.err(f, span, e);
                                continue;
                            }
                        }
                    }
                    Some(Target::Builtin(id)) => builtin_addr(id) as i64 + m.offset,
                    _ => {
                        l.err(f, span, format!("undefined: {}", display_name(&sref)));
                        continue;
                    }
                };
                a.to_le_bytes()[..w as usize].to_vec()
            }
            _ => {
                l.err(f, span, "unsupported DATA value");
                continue;
            }
        };
        let at = sym.addr + d.offset as u64;
        let (buf, base) = if sym.rodata {
            (&mut rodata, RODATA_BASE)
        } else {
            (&mut data, data_base)
        };
        let off = (at - base) as usize;
        buf[off..off + bytes.len()].copy_from_slice(&bytes);
    }
    let sizes: HashMap<u64, u64> = image
        .data
        .iter()
        .filter(|d| d.rodata)
        .map(|d| (d.addr, d.size))
        .collect();
    let ro = crate::frames::Rodata {
        base: RODATA_BASE,
        bytes: &rodata,
        sizes: &sizes,
        types_base: TYPES_BASE,
    };
    for (t, (labels, &(func, autoffset))) in texts.iter().zip(text_labels.iter().zip(&text_funcs)) {
        if let Some(info) = crate::frames::collect(&mut l, t, labels, autoffset, &ro) {
            image.frame_info.insert(func, info);
        }
        if let Some(tree) = crate::inline::collect(labels) {
            image.inline.insert(func, tree);
        }
    }
    if l.errors.is_empty() {
        let listing: Vec<Option<(u64, bool)>> = text_labels
            .iter()
            .map(crate::frames::listing_frame)
            .collect();
        l.errors
            .extend(crate::stackcheck::check(&l, &texts, &listing));
    }
    if !l.errors.is_empty() {
        return Err(LoadError { messages: l.errors });
    }
    image.sections.push(Section {
        name: "rodata",
        base: RODATA_BASE,
        bytes: rodata,
        writable: false,
    });
    image.sections.push(Section {
        name: "data",
        base: data_base,
        bytes: data,
        writable: true,
    });
    image.sources = inputs.iter().map(|p| p.sources.clone()).collect();
    Ok(image)
}

fn page_up(a: u64) -> u64 {
    a.div_ceil(4096) * 4096
}
