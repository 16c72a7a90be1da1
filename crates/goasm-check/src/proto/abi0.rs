//! Prototype inference for ABI0 assembly from its FP references.

use super::evidence::{FpRef, collect};
use super::{Confidence, Options, Proto, Shape, Sign, Source, Value, comment};
use crate::extra::{FuncBody, functions};
use goasm_syntax::{Config, Parsed};
use std::collections::{BTreeMap, HashMap};

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

/// Everything the references say about one named value.
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
    signed: bool,
    unsigned: bool,
    /// Compared, then read with a signed / unsigned condition.
    cmp_signed: bool,
    cmp_unsigned: bool,
    deref: bool,
    /// An 8-byte word moved into an X register.
    to_xmm: bool,
    writes: usize,
    /// Writes by SETcc or of the constants 0 and 1.
    setcc: bool,
    imm_other: bool,
    imm: [bool; 2],
}

impl Evidence {
    /// Extension instructions first; comparisons when they say nothing.
    fn sign(&self) -> (Sign, &'static str) {
        match (
            self.signed,
            self.unsigned,
            self.cmp_signed,
            self.cmp_unsigned,
        ) {
            (true, false, ..) => (Sign::Signed, "sign-extended"),
            (false, true, ..) => (Sign::Unsigned, "zero-extended"),
            (false, false, true, false) => (Sign::Signed, "signed comparison"),
            (false, false, false, true) => (Sign::Unsigned, "unsigned comparison"),
            _ => (Sign::Unknown, "operand width"),
        }
    }
    /// Every write stores a condition: SETcc, or both constants 0 and 1.
    fn boolean(&self) -> bool {
        let plain = self.writes > 0 && !self.imm_other;
        plain && (self.setcc || self.imm == [true, true])
    }
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

/// [`infer_files_with`] with the default [`Options`].
pub fn infer_files(files: &[(&str, &Parsed)]) -> Vec<Vec<Proto>> {
    infer_files_with(files, Options::default())
}

/// Index key prefix for functions of files whose package is unknown.
const UNKNOWN_PKG: &str = "?";

/// One function while the files are inferred together.
struct Inferred {
    proto: Proto,
    /// The frame rests on something of its own (references or a comment).
    grounded: bool,
    /// `pkg.name` of a tail-jump target.
    tail: Option<String>,
}

/// Infers the prototypes of several files at once, each with its package
/// import path (empty: unknown). A function that never touches its frame
/// and tail-jumps (`JMP ·g(SB)`, `JMP other∕pkg·g(SB)`) to a function
/// defined in one of the files takes that function's frame: the callee
/// reads the very same argument words (names come from the callee).
pub fn infer_files_with(files: &[(&str, &Parsed)], opts: Options) -> Vec<Vec<Proto>> {
    let mut all: Vec<Vec<Inferred>> = Vec::new();
    let mut index: HashMap<String, (usize, usize)> = HashMap::new();
    for (fi, (pkg, parsed)) in files.iter().enumerate() {
        let bodies = functions(parsed);
        let mut inferred = Vec::new();
        for (i, b) in bodies.iter().enumerate() {
            let own = if b.pkg.is_empty() { *pkg } else { &b.pkg };
            let (refs, tail) = collect(b);
            let mut proto = infer_func(b, &refs);
            let mut grounded = !refs.is_empty();
            if opts.doc_comments
                && let Some(doc) = comment::find(parsed, b)
            {
                match comment::apply(&doc, &refs, stated_argsize(b)) {
                    Ok((params, results)) => {
                        proto.params = params;
                        proto.results = results;
                        proto.source = Source::DocComment(doc.line);
                        grounded = true;
                    }
                    Err(why) => {
                        proto.rejected_comment = Some(format!("line {}: {why}", doc.line));
                    }
                }
            }
            index
                .entry(format!("{own}.{}", proto.name))
                .or_insert((fi, i));
            if own.is_empty() {
                // Package unknown (files given on the command line): a jump
                // to `any∕pkg·name` may land here.
                index
                    .entry(format!("{UNKNOWN_PKG}.{}", proto.name))
                    .or_insert((fi, i));
            }
            inferred.push(Inferred {
                proto,
                grounded,
                tail: tail.map(|t| qualify(&t, own)),
            });
        }
        all.push(inferred);
    }
    resolve_tail_calls(&mut all, &index);
    all.into_iter()
        .map(|v| v.into_iter().map(|i| i.proto).collect())
        .collect()
}

/// The `$-argsize` a TEXT line states; like go vet, a NOSPLIT function's
/// `$0-0` states nothing.
fn stated_argsize(f: &FuncBody<'_>) -> Option<u64> {
    let nosplit = f.text.flags & goasm_syntax::headers::NOSPLIT != 0;
    match f.text.args {
        Some(0) if nosplit => None,
        a => a.map(|a| a.max(0) as u64),
    }
}

/// `·f` -> `pkg.f`, `a∕b·f` -> `a/b.f`.
fn qualify(sym: &str, own: &str) -> String {
    let (pkg, n) = sym.rsplit_once('·').unwrap_or(("", sym));
    let pkg = if pkg.is_empty() {
        own.to_string()
    } else {
        pkg.replace('∕', "/")
    };
    format!("{pkg}.{n}")
}

fn resolve_tail_calls(all: &mut [Vec<Inferred>], index: &HashMap<String, (usize, usize)>) {
    // Chains of wrappers resolve one link per round.
    for _ in 0..8 {
        let mut changed = false;
        for fi in 0..all.len() {
            for i in 0..all[fi].len() {
                let f = &all[fi][i];
                let Some(target) = f.tail.clone() else {
                    continue;
                };
                if f.grounded {
                    continue;
                }
                let bare = format!("{UNKNOWN_PKG}.{}", target.rsplit('.').next().unwrap_or(""));
                let Some(&(tf, ti)) = index.get(&target).or_else(|| index.get(&bare)) else {
                    continue;
                };
                let src = &all[tf][ti];
                if !src.grounded
                    || (src.proto.argsize != f.proto.argsize && f.proto.argsize.is_some())
                {
                    continue;
                }
                let (params, results) = (src.proto.params.clone(), src.proto.results.clone());
                let short = target.rsplit('.').next().unwrap_or(&target).to_string();
                let note = |mut v: Value| {
                    v.confidence = v.confidence.min(Confidence::Medium);
                    v.note = format!("{} (from tail call to {short})", v.note);
                    v
                };
                let f = &mut all[fi][i];
                f.proto.params = params.into_iter().map(note).collect();
                f.proto.results = results.into_iter().map(note).collect();
                f.proto.source = Source::TailCall(target);
                f.grounded = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
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

/// Folds the references into one [`Evidence`] per named value, in order
/// of first reference.
fn gather(refs: &[FpRef]) -> (Vec<String>, BTreeMap<String, Evidence>) {
    let mut ev: BTreeMap<String, Evidence> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for r in refs {
        let off = r.off as u64;
        let (base, part) = split(&r.name);
        if !ev.contains_key(base) {
            order.push(base.to_string());
        }
        let e = ev.entry(base.to_string()).or_default();
        let value_off = match part {
            Some("imag") => off.checked_sub(r.width.max(1)),
            Some(p) => {
                let at = PARTS.iter().find(|(q, _)| *q == p).map_or(0, |(_, a)| *a);
                off.checked_sub(at)
            }
            None => Some(off),
        };
        if e.offset.is_none() {
            e.offset = value_off;
        }
        if let Some(p) = part {
            if !e.parts.contains(&p) {
                e.parts.push(p);
            }
            if matches!(p, "real" | "imag") && !r.addr {
                e.part_width = e.part_width.max(r.width);
            }
        } else if !r.addr {
            e.width = e.width.max(r.width);
            e.float |= r.float;
            e.to_xmm |= r.to_xmm && r.width == 8;
            e.signed |= r.sign == Sign::Signed;
            e.unsigned |= r.sign == Sign::Unsigned;
            e.cmp_signed |= r.cmp_sign == Sign::Signed;
            e.cmp_unsigned |= r.cmp_sign == Sign::Unsigned;
            e.deref |= r.deref;
            if r.write {
                e.writes += 1;
                e.setcc |= r.setcc;
                match r.imm {
                    Some(v @ 0..=1) => e.imm[v as usize] = true,
                    Some(_) => e.imm_other = true,
                    None if !r.setcc => e.imm_other = true,
                    None => {}
                }
            }
        }
        if !r.addr && e.written_first.is_none() {
            e.written_first = Some(r.write);
        }
    }
    (order, ev)
}

/// The shape a value's evidence supports, how sure it is, and why.
fn classify(e: &Evidence) -> (Shape, Confidence, &'static str) {
    let has = |p: &str| e.parts.contains(&p);
    if has("cap") {
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
        (Shape::int(8), Confidence::Low, "no sized access")
    } else if e.width > 8 {
        (
            Shape::Bytes(e.width),
            Confidence::Medium,
            "wide vector access",
        )
    } else if e.float {
        (Shape::Float(e.width), Confidence::High, "float instruction")
    } else if e.to_xmm && e.width == 8 && !e.deref {
        (
            Shape::Float(8),
            Confidence::Medium,
            "word moved into an X register",
        )
    } else if e.width == 1 && e.boolean() {
        (
            Shape::Bool,
            Confidence::Medium,
            "byte written by SETcc or as 0/1",
        )
    } else if e.width == 8 && e.deref && !e.signed && !e.unsigned {
        (
            Shape::Pointer,
            Confidence::Medium,
            "word used as an address",
        )
    } else {
        let (sign, why) = e.sign();
        (Shape::Int(e.width, sign), Confidence::High, why)
    }
}

fn infer_func(f: &FuncBody<'_>, refs: &[FpRef]) -> Proto {
    let (order, ev) = gather(refs);
    let argsize = f.text.args.map(|a| a.max(0) as u64);
    // Classify and order by offset.
    let mut vals: Vec<(Value, bool)> = Vec::new();
    for name in &order {
        let e = &ev[name];
        let Some(offset) = e.offset else { continue };
        let (shape, confidence, note) = classify(e);
        let result = name == "ret"
            || name.starts_with("ret") && name[3..].chars().all(|c| c.is_ascii_digit())
            || e.written_first == Some(true);
        vals.push((
            Value {
                name: name.clone(),
                offset,
                shape,
                declared_type: None,
                registers: None,
                confidence,
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
        let word = matches!(v.shape, Shape::Int(8, _) | Shape::Pointer);
        if word && v.offset.is_multiple_of(8) && next == Some(v.offset + 24) {
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
    fill_gaps(&mut params, &mut results, res_start, argsize);
    Proto {
        name: crate::asmdecl::split_abi(&f.name).0.to_string(),
        line: f.line,
        params,
        results,
        argsize,
        source: Source::References,
        rejected_comment: None,
    }
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
            Shape::int(n)
        } else {
            Shape::Bytes(n)
        },
        declared_type: None,
        registers: None,
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
    use crate::proto::compare;

    /// The declaration is the oracle: its layout is goasm-abi's, which is
    /// checked against go vet.
    fn check(decl: &str, asm: &str) {
        let sig = goasm_abi::analyze_str(decl, None).unwrap().sig;
        let protos = infer_source("t.s", asm, &Config::default());
        let m = compare(protos.last().unwrap(), &sig);
        assert!(m.named(), "{decl}: {m:?}");
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
    fn tail_call_into_a_file_of_unknown_package() {
        let callee = goasm_syntax::parse_str(
            "a.s",
            "TEXT ·Xchg(SB), 4, $0-20\n\tMOVQ ptr+0(FP), BX\n\tMOVL new+8(FP), AX\n\tXCHGL AX, 0(BX)\n\tMOVL AX, ret+16(FP)\n\tRET\n",
            &Config::default(),
        );
        let wrapper = goasm_syntax::parse_str(
            "b.s",
            "TEXT ·Swap(SB), 4, $0\n\tJMP internal∕runtime∕atomic·Xchg(SB)\n",
            &Config::default(),
        );
        let protos = infer_files(&[("", &wrapper), ("", &callee)]);
        assert_eq!(
            protos[0][0].signature(),
            "func Swap(ptr unsafe.Pointer, new uint32) uint32"
        );
        // With known packages, only the named package's function is taken.
        let protos = infer_files(&[("sync/atomic", &wrapper), ("other", &callee)]);
        assert_eq!(protos[0][0].signature(), "func Swap()");
    }

    #[test]
    fn unreferenced_parameter_is_a_gap() {
        let protos = infer_source(
            "t.s",
            "TEXT ·F(SB), 4, $0-24\n\tMOVQ b+8(FP), AX\n\tMOVQ AX, ret+16(FP)\n\tRET\n",
            &Config::default(),
        );
        assert_eq!(protos[0].signature(), "func F(_, b uint64) uint64");
        assert_eq!(protos[0].params[0].confidence, Confidence::Low);
    }
}
