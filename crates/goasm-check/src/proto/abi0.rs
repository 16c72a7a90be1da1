//! Prototype inference for ABI0 assembly from its FP references.

use super::{Confidence, Proto, Shape, Value};
use crate::extra::{FuncBody, functions, writes_operand};
use crate::scan::operand_sizes;
use goasm_syntax::ast::{Base, OperandKind};
use goasm_syntax::{Config, Parsed};
use std::collections::BTreeMap;

/// Header words vet names, with their offset inside the value.
const PARTS: &[(&str, u64)] = &[
    ("base", 0),
    ("len", 8),
    ("cap", 16),
    ("type", 0),
    ("itable", 0),
    ("data", 8),
    ("real", 0),
];

#[derive(Default)]
struct Evidence {
    offset: Option<u64>,
    parts: Vec<&'static str>,
    /// Widest access of the value itself (not a part).
    width: u64,
    /// Width of a `_real`/`_imag` access.
    part_width: u64,
    float: bool,
    /// First plain access was a write (before any read).
    written_first: Option<bool>,
    only_address: bool,
}

/// Infers the prototypes of every TEXT symbol in assembly source.
pub fn infer_source(name: &str, text: &str, config: &Config) -> Vec<Proto> {
    infer_file(&goasm_syntax::parse_str(name, text, config))
}

/// Infers the prototypes of every TEXT symbol of a parsed file (see
/// [`infer_files`] for tail calls).
pub fn infer_file(parsed: &Parsed) -> Vec<Proto> {
    infer_files(&[("", parsed)]).pop().unwrap_or_default()
}

/// Infers the prototypes of several files at once, each with its package
/// import path (empty: unknown). A function that never touches its frame
/// and tail-jumps (`JMP ·g(SB)`, `JMP other∕pkg·g(SB)`) to a function
/// defined in one of the files takes that function's frame: the callee
/// reads the very same argument words (names come from the callee).
pub fn infer_files(files: &[(&str, &Parsed)]) -> Vec<Vec<Proto>> {
    let mut all: Vec<Vec<(Proto, bool, Option<String>)>> = Vec::new();
    let mut index: std::collections::HashMap<String, (usize, usize)> = Default::default();
    for (fi, (pkg, parsed)) in files.iter().enumerate() {
        let bodies = functions(parsed);
        let inferred: Vec<_> = bodies.iter().map(|b| infer_func(b, pkg)).collect();
        for (i, b) in bodies.iter().enumerate() {
            let own = if b.pkg.is_empty() {
                pkg.to_string()
            } else {
                b.pkg.clone()
            };
            index
                .entry(format!("{own}.{}", inferred[i].0.name))
                .or_insert((fi, i));
        }
        all.push(inferred);
    }
    for _ in 0..8 {
        let mut changed = false;
        for fi in 0..all.len() {
            for i in 0..all[fi].len() {
                let (_, refs, Some(target)) = &all[fi][i] else {
                    continue;
                };
                if *refs {
                    continue;
                }
                let target = target.clone();
                let Some(&(tf, ti)) = index.get(&target) else {
                    continue;
                };
                let (src, src_refs, _) = &all[tf][ti];
                if !src_refs
                    || (src.argsize != all[fi][i].0.argsize && all[fi][i].0.argsize.is_some())
                {
                    continue;
                }
                let (params, results) = (src.params.clone(), src.results.clone());
                let short = target.rsplit('.').next().unwrap_or(&target).to_string();
                let note = |mut v: Value| {
                    v.confidence = v.confidence.min(Confidence::Medium);
                    v.note = format!("{} (from tail call to {short})", v.note);
                    v
                };
                let p = &mut all[fi][i];
                p.0.params = params.into_iter().map(note).collect();
                p.0.results = results.into_iter().map(note).collect();
                p.1 = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    all.into_iter()
        .map(|v| v.into_iter().map(|(p, _, _)| p).collect())
        .collect()
}

fn split(name: &str) -> (&str, Option<&'static str>) {
    if let Some((b, s)) = name.rsplit_once('_')
        && !b.is_empty()
        && let Some((p, _)) = PARTS
            .iter()
            .chain([("imag", 0)].iter())
            .find(|(p, _)| *p == s)
    {
        return (b, Some(p));
    }
    (name, None)
}

fn infer_func(f: &FuncBody<'_>, file_pkg: &str) -> (Proto, bool, Option<String>) {
    let mut ev: BTreeMap<String, Evidence> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut tail = None;
    for (_, insn) in &f.insns {
        let m = insn.mnemonic.as_str();
        if m == "JMP"
            && tail.is_none()
            && let Some(OperandKind::Mem(mm)) = insn.operands.first().map(|o| &o.kind)
            && mm.base == Some(Base::SB)
            && let Some(s) = &mm.sym
        {
            let (pkg, n) = s.name.rsplit_once('·').unwrap_or(("", s.name.as_str()));
            let pkg = if pkg.is_empty() {
                if f.pkg.is_empty() {
                    file_pkg.to_string()
                } else {
                    f.pkg.clone()
                }
            } else {
                pkg.replace('∕', "/")
            };
            tail = Some(format!("{pkg}.{n}"));
        }
        let (vsrc, vdst, lea) = operand_sizes(m);
        // The instruction table knows widths vet's suffix rule does not
        // (MOVLQZX reads 4 bytes).
        let info = goasm_isa::lookup(m);
        let src = info
            .and_then(|i| i.src_width().or(i.width()))
            .map_or(vsrc, |w| w.bytes() as i64);
        let dst = info
            .and_then(|i| i.width())
            .map_or(vdst, |w| w.bytes() as i64);
        let float = m.ends_with("SD") || m.ends_with("SS");
        let comma_after_first = insn.operands.len() > 1;
        for (i, o) in insn.operands.iter().enumerate() {
            let (mem, addr) = match &o.kind {
                OperandKind::Mem(mm) => (mm, lea),
                OperandKind::Addr(mm) => (mm, true),
                _ => continue,
            };
            if mem.base != Some(Base::FP) {
                continue;
            }
            let Some(sym) = &mem.sym else { continue };
            if mem.offset < 0 || sym.name == "argframe" {
                continue;
            }
            let off = mem.offset as u64;
            let (base, part) = split(&sym.name);
            if !ev.contains_key(base) {
                order.push(base.to_string());
            }
            let e = ev.entry(base.to_string()).or_default();
            let width = if i > 0 && comma_after_first { dst } else { src }.max(0) as u64;
            let value_off = match part {
                Some("imag") => off.checked_sub(width.max(1)),
                Some(p) => {
                    let at = PARTS.iter().find(|(q, _)| *q == p).map_or(0, |(_, a)| *a);
                    off.checked_sub(at)
                }
                None => Some(off),
            };
            if e.offset.is_none() {
                e.offset = value_off;
            }
            e.only_address =
                (e.only_address || e.written_first.is_none()) && addr && e.parts.is_empty();
            if let Some(p) = part {
                if !e.parts.contains(&p) {
                    e.parts.push(p);
                }
                if matches!(p, "real" | "imag") && !addr {
                    e.part_width = e.part_width.max(width);
                }
            } else if !addr {
                e.width = e.width.max(width);
                e.float |= float;
            }
            if !addr && e.written_first.is_none() {
                e.written_first = Some(writes_operand(insn, i));
            }
        }
    }
    let argsize = f.text.args.map(|a| a.max(0) as u64);
    // Classify and order by offset.
    let mut vals: Vec<(Value, bool)> = Vec::new();
    for name in &order {
        let e = &ev[name];
        let Some(offset) = e.offset else { continue };
        let has = |p: &str| e.parts.contains(&p);
        let (shape, conf, note) = if has("cap") {
            (Shape::Slice, Confidence::High, "x_cap part")
        } else if has("itable") {
            (Shape::Iface, Confidence::High, "x_itable part")
        } else if has("type") {
            (Shape::EmptyIface, Confidence::High, "x_type part")
        } else if has("real") || has("imag") {
            let w = if e.part_width == 4 { 8 } else { 16 };
            (Shape::Complex(w), Confidence::High, "x_real/x_imag parts")
        } else if has("len") || has("base") {
            (Shape::String, Confidence::Medium, "x_base/x_len parts")
        } else if has("data") {
            (Shape::EmptyIface, Confidence::Medium, "x_data part only")
        } else if e.width == 0 {
            (Shape::Int(8), Confidence::Low, "no sized access")
        } else if e.width > 8 {
            (
                Shape::Bytes(e.width),
                Confidence::Medium,
                "wide vector access",
            )
        } else if e.float {
            (Shape::Float(e.width), Confidence::High, "float instruction")
        } else {
            (Shape::Int(e.width), Confidence::High, "operand width")
        };
        let result = name == "ret"
            || name.starts_with("ret") && name[3..].chars().all(|c| c.is_ascii_digit())
            || e.written_first == Some(true);
        vals.push((
            Value {
                name: name.clone(),
                offset,
                shape,
                confidence: conf,
                note: note.to_string(),
            },
            result,
        ));
    }
    vals.sort_by_key(|(v, _)| v.offset);
    let res_start = vals.iter().filter(|(_, r)| *r).map(|(v, _)| v.offset).min();
    let (mut params, mut results): (Vec<Value>, Vec<Value>) = (Vec::new(), Vec::new());
    for (v, _) in vals {
        match res_start {
            Some(rs) if v.offset >= rs => results.push(v),
            _ => params.push(v),
        }
    }
    // Slice or string: a value with base/len parts is a slice when the
    // 8 bytes after its length are not anything else.
    let ends: Vec<u64> = params
        .iter()
        .chain(results.iter())
        .map(|v| v.offset)
        .collect();
    // A pointer-sized value read by its bare name and followed by exactly 16
    // unreferenced bytes is a slice whose length and capacity go unused.
    for v in params.iter_mut() {
        let next = ends.iter().copied().filter(|&o| o > v.offset).min();
        if v.shape == Shape::Int(8) && v.offset.is_multiple_of(8) && next == Some(v.offset + 24) {
            v.shape = Shape::Slice;
            v.confidence = Confidence::Medium;
            v.note = "bare 8-byte access followed by 16 unreferenced bytes".into();
        }
    }
    let frame_end = argsize.unwrap_or(0);
    for v in params.iter_mut().chain(results.iter_mut()) {
        if v.shape == Shape::String {
            let next = ends.iter().copied().filter(|&o| o > v.offset).min();
            let room = next.unwrap_or(frame_end.max(res_start.unwrap_or(0)));
            if room >= v.offset + 24 {
                v.shape = Shape::Slice;
                v.note = "x_base/x_len parts, 8 unreferenced bytes after".into();
            }
        }
    }
    let refs = !params.is_empty() || !results.is_empty();
    fill_gaps(&mut params, &mut results, res_start, argsize);
    let proto = Proto {
        name: crate::asmdecl::split_abi(&f.name).0.to_string(),
        line: f.line,
        params,
        results,
        argsize,
    };
    (proto, refs, tail)
}

fn align(n: u64, a: u64) -> u64 {
    n.div_ceil(a.max(1)) * a.max(1)
}

/// Names the space no reference covers: unreferenced parameters, and an
/// unreferenced result at the end of `$-argsize`.
fn fill_gaps(
    params: &mut Vec<Value>,
    results: &mut Vec<Value>,
    res_start: Option<u64>,
    argsize: Option<u64>,
) {
    let gap = |name: String, offset: u64, n: u64, what: &str| Value {
        name,
        offset,
        shape: if matches!(n, 1 | 2 | 4 | 8) {
            Shape::Int(n)
        } else {
            Shape::Bytes(n)
        },
        confidence: Confidence::Low,
        note: what.to_string(),
    };
    let mut filled = Vec::new();
    let mut end = 0u64;
    for v in params.drain(..) {
        let start = v.offset;
        if start > align(end, v.shape.align()) {
            // Sized like its left neighbour when the next value's alignment
            // explains the rest (uint32 fields travel in groups).
            let n = start - end;
            let size = match filled.last().map(|p: &Value| p.shape.size()) {
                Some(s)
                    if matches!(s, 1 | 2 | 4)
                        && s < n
                        && end.is_multiple_of(s)
                        && align(end + s, v.shape.align()) == start =>
                {
                    s
                }
                _ => n,
            };
            filled.push(gap("_".into(), end, size, "unreferenced bytes"));
        }
        end = v.offset + v.shape.size();
        filled.push(v);
    }
    *params = filled;
    let params_end = align(end, 8);
    match (res_start, argsize) {
        (Some(rs), _) if rs > params_end => {
            params.push(gap(
                "_".into(),
                end,
                rs - end,
                "unreferenced bytes before the results",
            ));
        }
        (None, Some(a)) if a > end => {
            let rs = params_end;
            if a > rs && !params.is_empty() || a >= 8 && params.is_empty() {
                results.push(gap(
                    "ret".into(),
                    rs,
                    a - rs,
                    "unreferenced space at the end of $-argsize",
                ));
            } else {
                params.push(gap("_".into(), end, a - end, "unreferenced bytes"));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::declared_shape_key;

    /// The declaration is the oracle: its layout is goasm-abi's, which is
    /// checked against go vet.
    fn check(decl: &str, asm: &str) {
        let sig = goasm_abi::analyze_str(decl, None).unwrap().sig;
        let protos = infer_source("t.s", asm, &Config::default());
        assert_eq!(
            protos.last().unwrap().shape_key(),
            declared_shape_key(&sig),
            "{decl}"
        );
    }

    #[test]
    fn recovers_headers_floats_and_named_results() {
        check(
            "func F(s string, b []byte, c complex128, f float32) (n int, ok bool)",
            "TEXT ·F(SB), 4, $0-73\n\tMOVQ s_base+0(FP), SI\n\tMOVQ s_len+8(FP), CX\n\tMOVQ b_base+16(FP), DI\n\tMOVQ b_len+24(FP), DX\n\tMOVSD c_real+40(FP), X0\n\tMOVSD c_imag+48(FP), X1\n\tMOVSS f+56(FP), X2\n\tMOVQ CX, n+64(FP)\n\tMOVB $1, ok+72(FP)\n\tRET\n",
        );
    }

    #[test]
    fn tail_call_takes_the_callee_frame() {
        check(
            "func G(p *uint32, v uint32) uint32",
            "TEXT ·H(SB), 4, $0-20\n\tMOVQ p+0(FP), BX\n\tMOVL v+8(FP), AX\n\tXADDL AX, 0(BX)\n\tMOVL AX, ret+16(FP)\n\tRET\nTEXT ·G(SB), 4, $0-20\n\tJMP ·H(SB)\n",
        );
    }

    #[test]
    fn unreferenced_parameter_is_a_gap() {
        let protos = infer_source(
            "t.s",
            "TEXT ·F(SB), 4, $0-24\n\tMOVQ b+8(FP), AX\n\tMOVQ AX, ret+16(FP)\n\tRET\n",
            &Config::default(),
        );
        assert_eq!(protos[0].signature(), "func F(_ int64, b int64) int64");
        assert_eq!(protos[0].params[0].confidence, Confidence::Low);
    }
}
