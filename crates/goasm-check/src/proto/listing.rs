//! Prototype inference for compiler listings (ABIInternal): integer
//! arguments arrive in AX, BX, CX, DI, SI, R8, R9, R10, R11 and floats in
//! X0–X14; results leave in the same registers.

use super::{Confidence, Proto, Shape, Value};
use crate::extra::writes_operand;
use goasm_isa::{Reg, RegClass};
use goasm_syntax::Listing;
use goasm_syntax::ast::{OperandKind, StmtKind};

const INT_ARGS: &[&str] = &["AX", "BX", "CX", "DI", "SI", "R8", "R9", "R10", "R11"];

fn slot(r: Reg) -> Option<(bool, usize)> {
    let name = r.name();
    if let Some(i) = INT_ARGS.iter().position(|n| *n == name) {
        return Some((false, i));
    }
    if matches!(r.class(), RegClass::Xmm) && r.index() < 15 {
        return Some((true, r.index() as usize));
    }
    None
}

/// Infers each function of a listing.
pub fn infer_listing(l: &Listing) -> Vec<Proto> {
    l.funcs
        .iter()
        .map(|f| {
            let mut written = [[false; 15]; 2];
            let mut params = [[false; 15]; 2];
            let mut set_before_ret = [[false; 15]; 2];
            let mut entry = true;
            for li in &f.insns {
                let StmtKind::Insn(insn) = &li.kind else {
                    continue;
                };
                let m = insn.mnemonic.as_str();
                if m == "CALL" {
                    entry = false;
                    set_before_ret = [[false; 15]; 2];
                    continue;
                }
                if m == "RET" {
                    for k in 0..2 {
                        for i in 0..15 {
                            written[k][i] |= set_before_ret[k][i];
                        }
                    }
                    continue;
                }
                for (i, o) in insn.operands.iter().enumerate() {
                    let regs: Vec<Reg> = match &o.kind {
                        OperandKind::Reg(r) => vec![*r],
                        OperandKind::Mem(mm) | OperandKind::Addr(mm) => mm
                            .base
                            .iter()
                            .filter_map(|b| match b {
                                goasm_syntax::ast::Base::Reg(r) => Some(*r),
                                _ => None,
                            })
                            .chain(mm.index.map(|(r, _)| r))
                            .collect(),
                        _ => continue,
                    };
                    let is_reg = matches!(o.kind, OperandKind::Reg(_));
                    let w = is_reg && writes_operand(insn, i);
                    let pure_write = w
                        && (m.starts_with("MOV")
                            || m.starts_with("LEA")
                            || m.starts_with("XOR")
                                && insn.operands.len() == 2
                                && insn.operands[0] == insn.operands[1]);
                    for r in regs {
                        let Some((fl, k)) = slot(r) else { continue };
                        let fl = usize::from(fl);
                        if entry && !written[fl][k] && !set_before_ret[fl][k] && !pure_write {
                            params[fl][k] = true;
                        }
                        if w {
                            set_before_ret[fl][k] = true;
                        }
                    }
                }
                let _ = entry;
            }
            let count = |a: &[bool; 15]| a.iter().rposition(|&b| b).map_or(0, |i| i + 1);
            let mut ps = Vec::new();
            for (fl, n) in [(0usize, count(&params[0])), (1, count(&params[1]))] {
                for i in 0..n.min(if fl == 0 { 9 } else { 15 }) {
                    let reg = if fl == 0 {
                        INT_ARGS[i].to_string()
                    } else {
                        format!("X{i}")
                    };
                    ps.push(Value {
                        name: format!("p{}_{reg}", ps.len()),
                        offset: 0,
                        declared_type: None,
                        shape: if fl == 0 {
                            Shape::int(8)
                        } else {
                            Shape::Float(8)
                        },
                        confidence: if params[fl][i] {
                            Confidence::Medium
                        } else {
                            Confidence::Low
                        },
                        note: if params[fl][i] {
                            format!("{reg} read before written at entry")
                        } else {
                            format!("{reg} assumed (a later register is read)")
                        },
                    });
                }
            }
            let rs = if written[0][0] {
                vec![Value {
                    name: "r0_AX".into(),
                    offset: 0,
                    declared_type: None,
                    shape: Shape::int(8),
                    confidence: Confidence::Medium,
                    note: "AX set before RET".into(),
                }]
            } else if written[1][0] {
                vec![Value {
                    name: "r0_X0".into(),
                    offset: 0,
                    declared_type: None,
                    shape: Shape::Float(8),
                    confidence: Confidence::Medium,
                    note: "X0 set before RET".into(),
                }]
            } else {
                Vec::new()
            };
            let name = f
                .header
                .name
                .rsplit_once('.')
                .map_or(f.header.name.as_str(), |(_, n)| n);
            Proto {
                name: name.to_string(),
                line: f.header.span.line as usize,
                params: ps,
                results: rs,
                argsize: f.header.args,
                source: Default::default(),
                rejected_comment: None,
            }
        })
        .collect()
}
