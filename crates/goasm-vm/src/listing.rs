//! Compiler listings (`go tool compile -S`) become the same syntax tree
//! hand-written assembly does, so one linker and one lowering serve both.
//! What differs, and is rewritten here:
//!
//! * The listing shows code *after* the assembler's rewriting: prologue,
//!   stack-split check, frame setup and epilogue are already instructions.
//!   Functions are therefore loaded as NOFRAME|NOSPLIT with a zero frame so
//!   nothing is inserted twice.
//! * `name+off(SP)` and `name+off(FP)` print final hardware-SP offsets; they
//!   become plain `off(SP)`.
//! * Branch targets are byte offsets in the function (`JLS 171`); they
//!   become labels at the instruction with that pc.
//! * Data symbols come as bytes plus relocations; they become GLOBL and
//!   DATA statements (`R_ADDR` as `$sym+add(SB)` words).
//! * Constant-pool symbols (`$f64.3ff8000000000000`) are referenced but never
//!   listed; they are synthesised from their names.
//!
//! Each instruction keeps the Go source position (file and line) from the
//! listing as its span, which is what tracebacks print.

use crate::host::DataDef;
use goasm_syntax::ast::{
    Base, Data, File, Globl, Mem, Operand, OperandKind, Stmt, StmtKind, SymRef, Text,
};
use goasm_syntax::headers::{DUPOK, NOFRAME, NOPTR, NOSPLIT, RODATA};
use goasm_syntax::listing::{DataSym, Listing, ListingFunc};
use goasm_syntax::{Diagnostic, FileId, Parsed, SourceMap, Span};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Converts a parsed listing (`name` is the listing file, `text` its
/// contents) into the tree the linker reads. `extra_data` are symbols the
/// runtime provides (name, size), defined only if the listing uses them.
pub fn to_parsed(
    lst: &Listing,
    name: &str,
    text: &str,
    diags: Vec<Diagnostic>,
    runtime_data: &dyn Fn(&str) -> Option<DataDef>,
) -> Parsed {
    let mut sources = SourceMap::new();
    let listing_file = sources.add(name, text);
    // Go source files: spans of instructions point into them (text unknown).
    let go_files: Vec<FileId> = lst
        .files
        .iter()
        .map(|f| sources.add(f.clone(), String::new()))
        .collect();
    let mut stmts = Vec::new();
    let mut referenced = BTreeSet::new();
    // Code addresses inside functions that data holds (jump tables of
    // switches): `R_ADDR f+pc` becomes the address of a label at that pc.
    let bodies: HashSet<&str> = lst
        .funcs
        .iter()
        .filter(|f| f.text.is_some())
        .map(|f| f.header.name.as_str())
        .collect();
    let mut code_refs: HashMap<&str, HashSet<i64>> = HashMap::new();
    for d in &lst.data {
        for r in &d.relocs {
            if is_addr(&r.kind) && r.size == 8 && r.add != 0 && bodies.contains(r.sym.as_str()) {
                code_refs.entry(r.sym.as_str()).or_default().insert(r.add);
            }
        }
    }
    for f in &lst.funcs {
        let extra = code_refs.get(f.header.name.as_str());
        func(
            f,
            extra,
            listing_file,
            &go_files,
            &mut stmts,
            &mut referenced,
        );
    }
    let mut defined: HashSet<&str> = lst.funcs.iter().map(|f| f.header.name.as_str()).collect();
    for d in &lst.data {
        defined.insert(d.header.name.as_str());
        data(d, &bodies, &mut stmts, &mut referenced);
    }
    // Symbols used but not defined: constant-pool entries, and what the
    // runtime defines (which may refer to further runtime symbols).
    let mut todo: Vec<String> = referenced.iter().cloned().collect();
    let mut done: HashSet<String> = HashSet::new();
    while let Some(sym) = todo.pop() {
        let sym = &sym;
        if defined.contains(sym.as_str()) || !done.insert(sym.clone()) {
            continue;
        }
        if let Some((width, bits)) = const_pool(sym) {
            let span = Span::new(listing_file, 0, 0);
            stmts.push(globl(span, sym, RODATA | NOPTR | DUPOK, width as i64));
            stmts.push(data_word(
                span,
                sym,
                0,
                width as i64,
                OperandKind::Imm(bits as i64),
            ));
        } else if let Some(def) = runtime_data(sym) {
            let span = Span::new(listing_file, 0, 0);
            let flags = if def.rodata {
                RODATA | DUPOK
            } else {
                NOPTR | DUPOK
            };
            stmts.push(globl(span, sym, flags, def.bytes.len() as i64));
            for (off, target) in &def.addrs {
                let mem = Mem {
                    sym: Some(SymRef::new(target.clone())),
                    offset: 0,
                    base: Some(Base::SB),
                    index: None,
                };
                stmts.push(data_word(span, sym, *off as i64, 8, OperandKind::Addr(mem)));
                todo.push(target.clone());
            }
            for (off, target) in &def.offs {
                stmts.push(offset_word(span, sym, *off as i64, target, 0));
                todo.push(target.clone());
            }
            for (k, chunk) in def.bytes.chunks(8).enumerate() {
                if chunk.iter().any(|&b| b != 0) {
                    let mut buf = [0u8; 8];
                    buf[..chunk.len()].copy_from_slice(chunk);
                    let word = OperandKind::Imm(i64::from_le_bytes(buf));
                    stmts.push(data_word(span, sym, 8 * k as i64, chunk.len() as i64, word));
                }
            }
        }
    }
    Parsed {
        file: File { stmts },
        sources,
        diags,
    }
}

/// `$f64.<16 hex digits>` / `$f32.<8 hex digits>`: a float constant whose
/// name is its bits.
fn const_pool(name: &str) -> Option<(u64, u64)> {
    let (width, hex) = if let Some(h) = name.strip_prefix("$f64.") {
        (8, h)
    } else if let Some(h) = name.strip_prefix("$f32.") {
        (4, h)
    } else if let Some(h) = name.strip_prefix("$i64.") {
        (8, h)
    } else {
        return None;
    };
    u64::from_str_radix(hex, 16).ok().map(|b| (width, b))
}

fn globl(span: Span, name: &str, flags: i64, size: i64) -> Stmt {
    Stmt {
        span,
        kind: StmtKind::Globl(Globl {
            sym: SymRef::new(name),
            flags,
            size,
        }),
    }
}

fn data_word(span: Span, name: &str, offset: i64, width: i64, value: OperandKind) -> Stmt {
    Stmt {
        span,
        kind: StmtKind::Data(Data {
            sym: SymRef::new(name),
            offset,
            width,
            value: Operand { span, kind: value },
        }),
    }
}

fn is_branch(mnemonic: &str) -> bool {
    goasm_isa::lookup(mnemonic).is_some_and(|i| i.is_branch() && !i.is_call())
}

/// A bare number as a branch operand: the listing's absolute pc.
fn branch_pc(o: &Operand) -> Option<i64> {
    match &o.kind {
        OperandKind::Mem(Mem {
            sym: None,
            offset,
            base: None,
            index: None,
        }) => Some(*offset),
        _ => None,
    }
}

fn label(pc: i64) -> String {
    format!("pc{pc}")
}

fn func(
    f: &ListingFunc,
    code_refs: Option<&HashSet<i64>>,
    listing: FileId,
    go_files: &[FileId],
    out: &mut Vec<Stmt>,
    referenced: &mut BTreeSet<String>,
) {
    let Some(text) = &f.text else {
        return; // inlined everywhere: size=0, no body
    };
    let head_span = Span::new(listing, f.header.span.line, 1);
    let mut targets: HashSet<i64> = f
        .insns
        .iter()
        .filter_map(|i| match &i.kind {
            StmtKind::Insn(ins) if is_branch(&ins.mnemonic) => {
                ins.operands.first().and_then(branch_pc)
            }
            _ => None,
        })
        .collect();
    targets.extend(code_refs.into_iter().flatten());
    out.push(Stmt {
        span: head_span,
        kind: StmtKind::Text(Text {
            sym: SymRef::new(f.header.name.clone()),
            flags: text.flags | NOSPLIT | NOFRAME,
            frame: 0,
            args: text.args,
            abi_internal: text.abi_internal,
        }),
    });
    // The frame size the listing's own prologue builds, and the stack map
    // index changes (`PCDATA $1`), for the stack copier: as labels whose
    // names carry the value (read back by the linker).
    out.push(Stmt {
        span: head_span,
        kind: StmtKind::Label(format!(
            "{}{}:{}",
            crate::link::FRAME_LABEL,
            text.frame,
            u8::from(text.flags & NOSPLIT != 0)
        )),
    });
    let mut labelled = HashSet::new();
    let marks = inline_marks(f);
    let mut inline_index = None;
    for (seq, li) in f.insns.iter().enumerate() {
        let StmtKind::Insn(ins) = &li.kind else {
            continue;
        };
        if let Some(dump) = &f.inline {
            // The tree index in force here, and the inline marks the tree's
            // parent pcs name, as labels the linker turns into instruction
            // indexes (see `inline.rs`).
            let v = dump.index_at(li.pc);
            if inline_index != Some(v) {
                inline_index = Some(v);
                out.push(Stmt {
                    span: head_span,
                    kind: StmtKind::Label(format!("{}{v}:{seq}", crate::link::INLINE_LABEL)),
                });
            }
            for node in marks.get(&seq).into_iter().flatten() {
                out.push(Stmt {
                    span: head_span,
                    kind: StmtKind::Label(format!("{}{node}", crate::link::INLINE_PARENT_LABEL)),
                });
            }
        }
        if ins.mnemonic == "PCDATA"
            && let [a, b] = ins.operands.as_slice()
            && a.kind == OperandKind::Imm(1)
            && let OperandKind::Imm(v) = b.kind
        {
            out.push(Stmt {
                span: head_span,
                kind: StmtKind::Label(format!("{}{v}:{seq}", crate::link::MAP_INDEX_LABEL)),
            });
        }
        let pc = li.pc as i64;
        if targets.contains(&pc) && labelled.insert(pc) {
            out.push(Stmt {
                span: head_span,
                kind: StmtKind::Label(label(pc)),
            });
        }
        let span = match li.pos {
            Some((file, line)) => Span::new(go_files[file as usize], line, 1),
            None => Span::new(listing, li.span.line, li.span.col),
        };
        let mut ins = ins.clone();
        let branch = is_branch(&ins.mnemonic);
        for (k, o) in ins.operands.iter_mut().enumerate() {
            rewrite(o, k == 0 && branch, referenced);
        }
        out.push(Stmt {
            span,
            kind: StmtKind::Insn(ins),
        });
    }
}

/// For each inline tree node, the instruction (by position in
/// `ListingFunc::insns`) at its parent pc: the last one there, which is the
/// one Go's pc tables describe (the pseudo-instructions before it take no
/// bytes); or the first after it if none starts exactly there.
fn inline_marks(f: &ListingFunc) -> HashMap<usize, Vec<usize>> {
    let mut out: HashMap<usize, Vec<usize>> = HashMap::new();
    let Some(dump) = &f.inline else {
        return out;
    };
    let insns: Vec<(usize, u32)> = f
        .insns
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i.kind, StmtKind::Insn(_)))
        .map(|(seq, i)| (seq, i.pc))
        .collect();
    for (node, n) in dump.tree.iter().enumerate() {
        let exact = insns.iter().rev().find(|&&(_, pc)| pc == n.parent_pc);
        let after = || insns.iter().find(|&&(_, pc)| pc > n.parent_pc);
        if let Some(&(seq, _)) = exact.or_else(after) {
            out.entry(seq).or_default().push(node);
        }
    }
    out
}

/// Listing operands to assembler operands (see the module docs).
fn rewrite(o: &mut Operand, branch: bool, referenced: &mut BTreeSet<String>) {
    if branch && let Some(pc) = branch_pc(o) {
        o.kind = OperandKind::Label(label(pc));
        return;
    }
    if let OperandKind::Mem(m) | OperandKind::Addr(m) = &mut o.kind {
        match m.base {
            Some(Base::FP) | Some(Base::PseudoSP) => {
                m.base = Some(Base::Reg(goasm_isa::Reg::SP));
                m.sym = None;
            }
            Some(Base::SB) => {
                if let Some(s) = &m.sym {
                    referenced.insert(s.name.clone());
                }
            }
            _ => {}
        }
    }
}

/// How a 4-byte offset relocation is written: `R_ADDROFF` (a symbol's
/// offset from the types base: type names, method names, pointer-to types),
/// `R_METHODOFF` (a method's type offset or code offset in an uncommon
/// type's method table), and their weak forms (bit 0x8000: the target may
/// be absent, e.g. `PtrToThis` of a type nothing points to). Weak targets
/// are not asked of the runtime.
fn offset_reloc(kind: &str) -> Option<bool> {
    if kind == "R_ADDROFF" || kind == "R_METHODOFF" {
        return Some(false);
    }
    let k = kind
        .strip_prefix("RelocType(")
        .and_then(|k| k.strip_suffix(')'))
        .and_then(|k| k.parse::<i64>().ok())?;
    // R_ADDROFF is 5 (and R_METHODOFF is R_ADDROFF's sibling, printed by
    // name); the weak bit makes the number negative as an int16.
    (k & 0x7fff == 5).then_some(k & 0x8000 != 0)
}

/// A DATA word holding a 4-byte offset of `target` (see [`offset_reloc`]).
pub(crate) fn offset_word(span: Span, name: &str, offset: i64, target: &str, add: i64) -> Stmt {
    let mem = Mem {
        sym: Some(SymRef::new(format!(
            "{}{target}",
            crate::link::OFFSET_PREFIX
        ))),
        offset: add,
        base: Some(Base::SB),
        index: None,
    };
    data_word(span, name, offset, 4, OperandKind::Addr(mem))
}

/// `R_ADDR`, or its weak form (itab method slots print as
/// `RelocType(-32767)`: R_ADDR with the weak bit 0x8000 set).
fn is_addr(kind: &str) -> bool {
    kind == "R_ADDR"
        || kind
            .strip_prefix("RelocType(")
            .and_then(|k| k.strip_suffix(')'))
            .and_then(|k| k.parse::<i64>().ok())
            .is_some_and(|k| k & 0x7fff == 1)
}

fn data(
    d: &DataSym,
    bodies: &HashSet<&str>,
    out: &mut Vec<Stmt>,
    referenced: &mut BTreeSet<String>,
) {
    let h = &d.header;
    if h.kind.starts_with("SDWARF") || h.name.is_empty() {
        return;
    }
    let span = Span::new(FileId(0), h.span.line, 1);
    let mut flags = 0;
    if h.kind == "SRODATA" {
        flags |= RODATA;
    }
    if h.kind.starts_with("SNOPTR") {
        flags |= NOPTR;
    }
    if h.has("dupok") {
        flags |= DUPOK;
    }
    out.push(globl(span, &h.name, flags, h.size as i64));
    // Contents as 8-byte words (zero words need no statement). Relocated
    // fields print as zero bytes and their DATA statements come after, so
    // a word sharing bytes with a 4-byte field keeps its other half.
    let mut off = 0usize;
    while off < d.bytes.len() {
        let w = (d.bytes.len() - off).min(8);
        let w = if w == 8 {
            8
        } else if w >= 4 {
            4
        } else if w >= 2 {
            2
        } else {
            1
        };
        let chunk = &d.bytes[off..off + w];
        if chunk.iter().any(|&b| b != 0) {
            let mut buf = [0u8; 8];
            buf[..w].copy_from_slice(chunk);
            out.push(data_word(
                span,
                &h.name,
                off as i64,
                w as i64,
                OperandKind::Imm(i64::from_le_bytes(buf)),
            ));
        }
        off += w;
    }
    for r in &d.relocs {
        if let Some(weak) = offset_reloc(&r.kind)
            && r.size == 4
            && !r.sym.is_empty()
        {
            if !weak {
                referenced.insert(r.sym.clone());
            }
            out.push(offset_word(span, &h.name, r.offset as i64, &r.sym, r.add));
            continue;
        }
        if is_addr(&r.kind) && r.size == 8 && r.add != 0 && bodies.contains(r.sym.as_str()) {
            let target = Mem {
                sym: Some(SymRef::new(format!(
                    "{}{}",
                    crate::link::LABEL_PREFIX,
                    r.sym
                ))),
                offset: r.add,
                base: Some(Base::SB),
                index: None,
            };
            let word = OperandKind::Addr(target);
            out.push(data_word(span, &h.name, r.offset as i64, 8, word));
            continue;
        }
        if is_addr(&r.kind) && r.size == 8 && !r.sym.is_empty() {
            referenced.insert(r.sym.clone());
            let target = Mem {
                sym: Some(SymRef::new(r.sym.clone())),
                offset: r.add,
                base: Some(Base::SB),
                index: None,
            };
            out.push(data_word(
                span,
                &h.name,
                r.offset as i64,
                8,
                OperandKind::Addr(target),
            ));
        }
    }
}

/// Fills in the names and funcids of the inline tree nodes the linker
/// collected (it saw only their marks).
pub fn name_inline_nodes(lst: &Listing, image: &mut crate::Image) {
    let funcids: HashMap<&str, u64> = lst
        .funcs
        .iter()
        .filter_map(|f| Some((f.header.name.as_str(), f.header.funcid?)))
        .collect();
    for f in &lst.funcs {
        let Some(dump) = &f.inline else {
            continue;
        };
        let Some(func) = (0..image.funcs.len())
            .find(|i| image.funcs[*i].name == f.header.name && image.inline.contains_key(i))
        else {
            continue;
        };
        let Some(tree) = image.inline.get_mut(&func) else {
            continue;
        };
        tree.nodes.resize(dump.tree.len(), Default::default());
        for (node, n) in tree.nodes.iter_mut().zip(&dump.tree) {
            node.name = goasm_syntax::pctab::trim_inline_hash(&n.func);
            node.funcid = funcids.get(n.func.as_str()).copied().unwrap_or(0);
        }
    }
}

/// The functions a listing's abstract DWARF entries (`SDWARFABSFCN`)
/// describe, with their declaration lines. Each entry starts with its
/// abbreviation code (uleb128), the name (NUL-terminated), the
/// `DW_AT_inline` byte and the declaration line (uleb128).
pub fn abstract_funcs(lst: &goasm_syntax::Listing) -> Vec<(String, u32)> {
    fn uleb(b: &[u8], at: &mut usize) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let x = *b.get(*at)?;
            *at += 1;
            v |= u64::from(x & 0x7f) << shift;
            if x & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    let entry = |b: &[u8]| -> Option<(String, u32)> {
        let mut at = 0;
        uleb(b, &mut at)?;
        let len = b.get(at..)?.iter().position(|&c| c == 0)?;
        let name = String::from_utf8_lossy(&b[at..at + len]).into_owned();
        at += len + 2; // the NUL and DW_AT_inline
        let line = u32::try_from(uleb(b, &mut at)?).ok()?;
        Some((name, line))
    };
    lst.data
        .iter()
        .filter(|d| d.header.kind == "SDWARFABSFCN")
        .filter_map(|d| entry(&d.bytes))
        .collect()
}

#[cfg(test)]
mod tests {
    /// Every abstract function's declaration line is the line of its
    /// `func` in the Go source the listing was compiled from.
    #[test]
    fn abstract_funcs_name_their_declaration_lines() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../testdata");
        for (prog, want) in [
            ("panic_recovered_then_unrecovered", "main.mustCircle"),
            ("panic_inlined_closure", "main.check.func1"),
        ] {
            let text = std::fs::read_to_string(format!("{root}/listings/{prog}.S")).unwrap();
            let src = std::fs::read_to_string(format!("{root}/programs/{prog}.go")).unwrap();
            let (lst, _) = goasm_syntax::parse_listing(&text, goasm_syntax::FileId(0));
            let funcs = super::abstract_funcs(&lst);
            assert!(funcs.iter().any(|(n, _)| n == want), "{funcs:?}");
            for (name, line) in &funcs {
                let short = name.rsplit('.').next().unwrap();
                let text = src.lines().nth(*line as usize - 1).unwrap();
                // A closure (`f.func1`) is a function literal on that line.
                let ok = if short.starts_with("func") {
                    text.contains("func(")
                } else {
                    text.starts_with("func") && text.contains(short)
                };
                assert!(ok, "{name} at line {line}: {text}");
            }
        }
    }
}
