//! Link-time collection of each function's [`FrameInfo`]: its frame size,
//! its `FUNCDATA $0/$1/$2` stack maps (decoded from rodata once every DATA
//! statement is in place) and its `PCDATA $1` index changes as instruction
//! indexes. A listing's functions carry their prologue as code (the linker
//! sees a zero frame), so the listing loader passes the real frame size and
//! the index changes as labels whose names hold the values
//! ([`crate::link::FRAME_LABEL`], [`crate::link::MAP_INDEX_LABEL`]).

use crate::abi::Abi;
use crate::link::{FRAME_LABEL, Linker, MAP_INDEX_LABEL, Target, TextBody, link_name};
use crate::stackmap::{FrameInfo, StackMap, decode_objects};
use goasm_syntax::ast::{Mem, OperandKind, StmtKind};
use std::collections::HashMap;

/// Where rodata sits and what it holds, to read FUNCDATA symbols from.
pub(crate) struct Rodata<'a> {
    pub base: u64,
    pub bytes: &'a [u8],
    /// Data symbol sizes by address.
    pub sizes: &'a HashMap<u64, u64>,
    pub types_base: u64,
}

impl Rodata<'_> {
    fn read(&self, addr: u64, len: usize) -> Option<Vec<u8>> {
        let off = usize::try_from(addr.checked_sub(self.base)?).ok()?;
        self.bytes
            .get(off..off.checked_add(len)?)
            .map(<[u8]>::to_vec)
    }

    fn symbol(&self, addr: u64) -> Option<Vec<u8>> {
        self.read(addr, *self.sizes.get(&addr)? as usize)
    }
}

/// A listing function's frame size and whether the compiler marked it
/// NOSPLIT, from its `goasm.frame:<size>:<0|1>` label.
pub(crate) fn listing_frame(labels: &HashMap<String, u32>) -> Option<(u64, bool)> {
    labels.keys().find_map(|name| {
        let mut parts = name.strip_prefix(FRAME_LABEL)?.split(':');
        let size = parts.next()?.parse().ok()?;
        Some((size, parts.next() == Some("1")))
    })
}

/// The frame information of TEXT `t` (lowered with `labels`, frame size
/// `autoffset` as the assembler computed it), or `None` when it has
/// nothing beyond that frame size. Errors are `file:line:col: message`.
pub(crate) fn collect(
    l: &mut Linker<'_>,
    t: &TextBody<'_>,
    labels: &HashMap<String, u32>,
    autoffset: i64,
    ro: &Rodata<'_>,
) -> Option<FrameInfo> {
    let mut info = FrameInfo {
        frame_size: autoffset.max(0) as u64,
        args_size: t.text.args.unwrap_or(0).max(0) as u64,
        ..FrameInfo::default()
    };
    let mut found = false;
    let listing = listing_frame(labels);
    if let Some((size, _)) = listing {
        info.frame_size = size;
        found = true;
    }
    // Several changes at one instruction: the last one written wins, and
    // the label's sequence number says which that is.
    let seq = |n: &str| {
        n.rsplit(':')
            .next()
            .and_then(|s| s.parse::<u32>().ok())
            .unwrap_or(0)
    };
    let mut by_seq: Vec<(u32, u32, i32)> = labels
        .iter()
        .filter(|(n, _)| n.starts_with(MAP_INDEX_LABEL))
        .filter_map(|(n, &idx)| {
            let v = n[MAP_INDEX_LABEL.len()..].split(':').next()?.parse().ok()?;
            Some((idx, seq(n), v))
        })
        .collect();
    by_seq.sort_unstable();
    info.map_index = by_seq.into_iter().map(|(idx, _, v)| (idx, v)).collect();
    info.map_index.dedup_by(|later, earlier| {
        if later.0 == earlier.0 {
            earlier.1 = later.1;
            true
        } else {
            false
        }
    });
    for s in &t.body {
        let StmtKind::Insn(insn) = &s.kind else {
            continue;
        };
        if insn.mnemonic != "FUNCDATA" {
            continue;
        }
        let [k, sym] = insn.operands.as_slice() else {
            continue;
        };
        let (OperandKind::Imm(k), OperandKind::Mem(Mem { sym: Some(sym), .. })) =
            (&k.kind, &sym.kind)
        else {
            continue;
        };
        if !matches!(k, 0..=2) {
            continue;
        }
        // The assembler's two names for maps it makes (cmd/internal/obj's
        // Flushplist): `no_pointers_stackmap` is two empty bitmaps (one per
        // argument map: without and with results), `go_args_stackmap` the
        // compiler's map from the function's Go declaration.
        let name = match sym.name.as_str() {
            "no_pointers_stackmap" if *k == 1 => {
                info.locals = StackMap::decode(&NO_POINTERS).ok();
                found = true;
                continue;
            }
            "go_args_stackmap" if *k == 0 => {
                format!("{}.args_stackmap", link_name(&t.text.sym, t.file, l.pkg))
            }
            _ => link_name(sym, t.file, l.pkg),
        };
        let Some(Target::Data(addr)) = l.syms.get(&name).map(|d| d.target) else {
            continue;
        };
        let Some(bytes) = ro.symbol(addr) else {
            continue;
        };
        let decoded = match k {
            0 => StackMap::decode(&bytes).map(|m| info.args = Some(m)),
            1 => StackMap::decode(&bytes).map(|m| info.locals = Some(m)),
            _ => decode_objects(&bytes, ro.types_base, &|a, n| ro.read(a, n))
                .map(|o| info.objects = o),
        };
        match decoded {
            Ok(()) => found = true,
            Err(e) => l.err(t.file, s.span, format!("FUNCDATA ${k}, {}: {e}", sym.name)),
        }
    }
    // The assembler gives every ABI0 function of the package without an
    // args map its declaration's map (`<name>.args_stackmap`, which the
    // compiler writes for each bodyless Go function: the arguments, then
    // the arguments and the results). Without a listing there is none.
    if listing.is_none() && info.args.is_none() && Abi::of(t.text) == Abi::Abi0 {
        let name = link_name(&t.text.sym, t.file, l.pkg);
        if name.starts_with(&format!("{}.", l.pkg))
            && let Some(Target::Data(addr)) = l
                .syms
                .get(&format!("{name}.args_stackmap"))
                .map(|d| d.target)
            && let Some(bytes) = ro.symbol(addr)
        {
            match StackMap::decode(&bytes) {
                Ok(m) => {
                    info.args = Some(m);
                    found = true;
                }
                Err(e) => l.err(t.file, t.span, format!("{name}.args_stackmap: {e}")),
            }
        }
    }
    found.then_some(info)
}

/// `no_pointers_stackmap`: the assembler's `[]uint32{2, 0}`.
const NO_POINTERS: [u8; 8] = [2, 0, 0, 0, 0, 0, 0, 0];
