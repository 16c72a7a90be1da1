//! Prototype inference for compiler listings (ABIInternal): integer
//! arguments arrive in AX, BX, CX, DI, SI, R8, R9, R10, R11 and floats in
//! X0–X14; results leave in the same registers.
//!
//! Evidence: an argument register read before anything writes it (before
//! the first CALL) is a parameter, and every earlier register of its class
//! is taken to be one too (registers are assigned in order). A register
//! the compiler spills to a named slot at entry (`MOVQ BX, p.s+24(FP)`)
//! takes that name, and consecutive registers spilled under one name are
//! one multi-word value. Results are the registers set on every path to a
//! RET, counted from AX and X0.

use super::arginfo::{self, ArgParam, Loc};
use super::{Confidence, Proto, Shape, Source, Value};
use crate::extra::writes_operand;
use goasm_isa::{Reg, RegClass};
use goasm_syntax::Listing;
use goasm_syntax::ast::{Base, Insn, OperandKind, StmtKind};
use goasm_syntax::listing::ListingFunc;
use std::collections::HashMap;

const INT_ARGS: &[&str] = &["AX", "BX", "CX", "DI", "SI", "R8", "R9", "R10", "R11"];
/// The same registers by hardware number (AX=0, CX=1, DX=2, BX=3, ...).
const INT_ARG_NUMBERS: &[u8] = &[0, 3, 1, 7, 6, 8, 9, 10, 11];
const FLOAT_ARGS: usize = 15;

/// (is float, index in its class's argument order).
type Slot = (bool, usize);

/// The argument slot of a register, through its aliases (AL is AX's low
/// byte, Y0 extends X0).
fn slot(r: Reg) -> Option<Slot> {
    match r.class() {
        RegClass::Gp64 | RegClass::Gp8Low => INT_ARG_NUMBERS
            .iter()
            .position(|&n| n == r.index())
            .map(|i| (false, i)),
        RegClass::Xmm | RegClass::Ymm | RegClass::Zmm => {
            ((r.index() as usize) < FLOAT_ARGS).then_some((true, r.index() as usize))
        }
        _ => None,
    }
}

fn reg_name((float, i): Slot) -> String {
    if float {
        format!("X{i}")
    } else {
        INT_ARGS[i].to_string()
    }
}

/// Infers each function of a listing.
pub fn infer_listing(l: &Listing) -> Vec<Proto> {
    l.funcs
        .iter()
        .map(|f| {
            let info = format!("{}.arginfo1", f.header.name);
            let arginfo = l
                .data
                .iter()
                .find(|d| d.header.name == info)
                .and_then(|d| arginfo::decode(&d.bytes));
            infer_func(f, arginfo.as_deref())
        })
        .collect()
}

/// Registers an instruction reads and writes (argument registers only).
fn reg_uses(insn: &Insn) -> (Vec<Slot>, Vec<Slot>) {
    let m = insn.mnemonic.as_str();
    let (mut reads, mut writes) = (Vec::new(), Vec::new());
    let self_xor = (m.starts_with("XOR") || m.starts_with("PXOR") || m.starts_with("SUB"))
        && insn.operands.len() == 2
        && insn.operands[0].kind == insn.operands[1].kind;
    for (i, o) in insn.operands.iter().enumerate() {
        match &o.kind {
            OperandKind::Reg(r) => {
                let Some(s) = slot(*r) else { continue };
                let w = writes_operand(insn, i);
                // A plain move, load-address, SETcc or zeroing idiom writes
                // its destination without reading it.
                let pure = w
                    && (m.starts_with("MOV") && !m.starts_with("MOVHL") && !m.starts_with("MOVLH")
                        || m.starts_with("LEA")
                        || m.starts_with("SET")
                        || m.starts_with("CVT")
                        || self_xor);
                // Zeroing (XORPS X1, X1) reads neither operand.
                if !pure && !self_xor {
                    reads.push(s);
                }
                if w {
                    writes.push(s);
                }
            }
            OperandKind::Mem(mm) | OperandKind::Addr(mm) => {
                let base = match mm.base {
                    Some(Base::Reg(r)) => Some(r),
                    _ => None,
                };
                reads.extend(
                    base.into_iter()
                        .chain(mm.index.map(|(r, _)| r))
                        .filter_map(slot),
                );
            }
            _ => {}
        }
    }
    (reads, writes)
}

/// `MOVQ BX, p.s+24(FP)`: the spilled register and the slot's name.
fn spill(insn: &Insn) -> Option<(Slot, String)> {
    if !insn.mnemonic.starts_with("MOV") || insn.operands.len() != 2 {
        return None;
    }
    let OperandKind::Reg(r) = insn.operands[0].kind else {
        return None;
    };
    let OperandKind::Mem(mm) = &insn.operands[1].kind else {
        return None;
    };
    if mm.base != Some(Base::FP) {
        return None;
    }
    let name = mm.sym.as_ref()?.name.rsplit('.').next()?.to_string();
    let ok = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    ok.then(|| slot(r).map(|s| (s, name)))?
}

fn infer_func(f: &ListingFunc, arginfo: Option<&[ArgParam]>) -> Proto {
    let mut written: Vec<Slot> = Vec::new();
    let mut read_first: Vec<Slot> = Vec::new();
    let mut names: HashMap<Slot, String> = HashMap::new();
    let mut at_entry = true;
    // Per register, whether its last access since the last RET/CALL was a
    // write; results are the registers last written on every path to a RET
    // (a register written and then read is a temporary).
    let mut last_write: HashMap<Slot, bool> = HashMap::new();
    let mut set_at_every_ret: Option<Vec<Slot>> = None;
    for li in &f.insns {
        let StmtKind::Insn(insn) = &li.kind else {
            continue;
        };
        match insn.mnemonic.as_str() {
            "CALL" => {
                at_entry = false;
                last_write.clear();
                continue;
            }
            "RET" => {
                let set: Vec<Slot> = last_write
                    .iter()
                    .filter(|(_, w)| **w)
                    .map(|(s, _)| *s)
                    .collect();
                let every = set_at_every_ret.get_or_insert_with(|| set.clone());
                every.retain(|s| set.contains(s));
                last_write.clear();
                continue;
            }
            _ => {}
        }
        if at_entry
            && let Some((s, name)) = spill(insn)
            && !written.contains(&s)
        {
            names.entry(s).or_insert(name);
        }
        let (reads, writes) = reg_uses(insn);
        for &s in &reads {
            if at_entry && !written.contains(&s) && !read_first.contains(&s) {
                read_first.push(s);
            }
            last_write.insert(s, false);
        }
        for s in writes {
            if !written.contains(&s) {
                written.push(s);
            }
            last_write.insert(s, true);
        }
    }
    let params = match arginfo {
        Some(a) => arginfo_values(a, &read_first, &names),
        None => param_values(&read_first, &names),
    };
    let results = result_values(&set_at_every_ret.unwrap_or_default());
    let name = f
        .header
        .name
        .rsplit_once('.')
        .map_or(f.header.name.as_str(), |(_, n)| n);
    Proto {
        name: name.to_string(),
        line: f.header.span.line as usize,
        params,
        results,
        argsize: f
            .text
            .as_ref()
            .and_then(|t| t.args)
            .map(|a| a.max(0) as u64),
        source: Source::References,
        rejected_comment: None,
    }
}

fn param_values(read_first: &[Slot], names: &HashMap<Slot, String>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for float in [false, true] {
        let count = read_first
            .iter()
            .filter(|s| s.0 == float)
            .map(|s| s.1 + 1)
            .max()
            .unwrap_or(0);
        // (name, registers) runs: consecutive registers spilled under one
        // name are one value.
        let mut runs: Vec<(Option<&String>, Vec<Slot>)> = Vec::new();
        for i in 0..count {
            let s = (float, i);
            let name = names.get(&s);
            match runs.last_mut() {
                Some((Some(n), regs)) if name == Some(*n) && !float => regs.push(s),
                _ => runs.push((name, vec![s])),
            }
        }
        for (name, regs) in runs {
            let regs_text = regs
                .iter()
                .map(|&s| reg_name(s))
                .collect::<Vec<_>>()
                .join(", ");
            let read = regs.iter().any(|s| read_first.contains(s));
            let (shape, note) = match (float, regs.len()) {
                (true, _) => (Shape::Float(8), format!("{regs_text}, float register")),
                (false, 1) => (Shape::int(8), regs_text.clone()),
                (false, 2) => (
                    Shape::String,
                    format!("{regs_text} spilled as one value: two words (string or interface)"),
                ),
                (false, 3) => (
                    Shape::Slice,
                    format!("{regs_text} spilled as one value: three words (slice)"),
                ),
                (false, n) => (
                    Shape::Bytes(8 * n as u64),
                    format!("{regs_text} spilled as one value"),
                ),
            };
            let how = if read {
                "read before written at entry"
            } else {
                "assumed: a later register is read"
            };
            out.push(Value {
                name: name
                    .cloned()
                    .unwrap_or_else(|| format!("p{}_{}", out.len(), reg_name(regs[0]))),
                offset: 0,
                shape,
                declared_type: None,
                registers: Some(regs_text.clone()),
                confidence: match (read, name.is_some()) {
                    (true, true) => Confidence::High,
                    (true, false) => Confidence::Medium,
                    _ => Confidence::Low,
                },
                note: format!(
                    "{note}, {how}{}",
                    if name.is_some() {
                        ", named by its spill slot"
                    } else {
                        ""
                    }
                ),
            });
        }
    }
    out
}

/// Parameters from the argument info: exact count and sizes; registers
/// from the assignment that explains the registers read.
fn arginfo_values(
    params: &[ArgParam],
    read_first: &[Slot],
    names: &HashMap<Slot, String>,
) -> Vec<Value> {
    let locs = arginfo::assign(params, read_first);
    let mut out = Vec::new();
    for (i, (a, locs)) in params.iter().zip(&locs).enumerate() {
        let slots: Vec<Slot> = locs
            .iter()
            .filter_map(|l| match l {
                Loc::Int(i) => Some((false, *i)),
                Loc::Float(i) => Some((true, *i)),
                Loc::Stack => None,
            })
            .collect();
        let floats = slots.iter().filter(|s| s.0).count();
        let words = a.pieces.len();
        let start = a.pieces.first().map_or(0, |p| p.0);
        let end = a.pieces.last().map_or(0, |p| p.0 + p.1);
        let (shape, kind) = match (a.agg, words, floats) {
            (false, 1, 1) => (Shape::Float(a.pieces[0].1), "float"),
            (false, 1, _) => (Shape::int(a.pieces[0].1), "integer"),
            (true, 2, 2) if a.pieces[0].1 == a.pieces[1].1 => {
                (Shape::Complex(2 * a.pieces[0].1), "two floats (complex)")
            }
            (true, 2, 0) if a.pieces.iter().all(|p| p.1 == 8) => {
                (Shape::String, "two words (string or interface)")
            }
            (true, 3, 0) if a.pieces.iter().all(|p| p.1 == 8) => {
                (Shape::Slice, "three words (slice)")
            }
            _ => (Shape::Bytes(end - start), "aggregate"),
        };
        let regs_text = slots
            .iter()
            .map(|&s| reg_name(s))
            .collect::<Vec<_>>()
            .join(", ");
        let read = slots.iter().filter(|s| read_first.contains(s)).count();
        let name = slots.iter().find_map(|s| names.get(s));
        let place = if slots.is_empty() {
            "on the stack".to_string()
        } else {
            format!("in {regs_text} ({read} of {} read at entry)", slots.len())
        };
        out.push(Value {
            name: name.cloned().unwrap_or_else(|| format!("p{i}")),
            offset: start,
            shape,
            declared_type: None,
            registers: (!slots.is_empty()).then_some(regs_text),
            confidence: if read > 0 || floats == 0 {
                Confidence::High
            } else {
                Confidence::Medium
            },
            note: format!(
                "arginfo: {} bytes, {kind}, {place}{}",
                end - start,
                if name.is_some() {
                    ", named by its spill slot"
                } else {
                    ""
                }
            ),
        });
    }
    out
}

fn result_values(set: &[Slot]) -> Vec<Value> {
    let mut out = Vec::new();
    for float in [false, true] {
        let limit = if float { FLOAT_ARGS } else { INT_ARGS.len() };
        for i in (0..limit).take_while(|&i| set.contains(&(float, i))) {
            let n = out.len();
            out.push(Value {
                name: if n == 0 {
                    "ret".into()
                } else {
                    format!("ret{n}")
                },
                offset: 0,
                shape: if float {
                    Shape::Float(8)
                } else {
                    Shape::int(8)
                },
                declared_type: None,
                registers: Some(reg_name((float, i))),
                confidence: Confidence::Medium,
                note: format!("{} set on every path to RET", reg_name((float, i))),
            });
        }
    }
    out
}
