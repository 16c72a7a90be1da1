//! Reading a call's arguments and results where its calling convention puts
//! them: ABIInternal registers (AX BX CX DI SI R8–R11, X0–X14) and stack
//! slots, or the ABI0 frame at FP. Each value is typed from the plan the
//! [`crate::catalog`] chose.

use crate::catalog::{ArgPlan, ArgWord};
use crate::value::{Ctx, pointer};
use goasm_abi::abiinternal::{INT_REGS, Reg};
use goasm_abi::sizes::size_of;
use goasm_abi::{Analysis, Assignment, Param};
use goasm_vm::cpu::Cpu;
use serde::Serialize;

/// One argument or result as a trace shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Arg {
    /// The declared name (none for unnamed results and untyped words).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The Go type, when known.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub ty: Option<String>,
    /// The value, rendered.
    pub value: String,
    /// Where it is: registers (`AX BX`) or an FP offset (`+16(FP)`).
    pub loc: String,
}

impl Arg {
    /// `name=value [loc]`.
    pub fn text(&self) -> String {
        match &self.name {
            Some(n) => format!("{n}={} [{}]", self.value, self.loc),
            None => format!("{} [{}]", self.value, self.loc),
        }
    }
}

/// Hardware register number of ABIInternal integer register `i`.
pub fn int_reg(i: u8) -> usize {
    [0, 3, 1, 7, 6, 8, 9, 10, 11][i as usize % 9]
}

fn reg_bytes(cpu: &Cpu, r: Reg) -> [u8; 16] {
    match r {
        Reg::Int(i) => (cpu.gp[int_reg(i)] as u128).to_le_bytes(),
        Reg::Float(i) => cpu.xmm[i as usize % 16].to_le_bytes(),
    }
}

fn mem_bytes(ctx: &Ctx<'_>, addr: u64, size: u64) -> Option<Vec<u8>> {
    let mut b = vec![0u8; size.min(1 << 16) as usize];
    ctx.mem.read_bytes(addr, &mut b).ok()?;
    Some(b)
}

fn fp_loc(off: u64) -> String {
    format!("+{off}(FP)")
}

/// Which values to read: the inputs (receiver and parameters) or the results.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Inputs,
    Results,
}

/// Values of a typed call. `fp` is the callee's argument area (what is
/// 0(FP) to it: the caller's SP at the CALL).
pub fn typed(
    ctx: &Ctx<'_>,
    cpu: &Cpu,
    a: &Analysis,
    abi_internal: bool,
    fp: u64,
    side: Side,
) -> Vec<Arg> {
    let params: Vec<&Param> = match side {
        Side::Inputs => a.sig.inputs().collect(),
        Side::Results => a.sig.results.iter().collect(),
    };
    let mut out = Vec::new();
    if abi_internal {
        let values = match side {
            Side::Inputs => &a.internal.params,
            Side::Results => &a.internal.results,
        };
        for (p, v) in params.iter().zip(values) {
            let (bytes, loc) = match &v.assignment {
                Assignment::Registers(parts) => {
                    let mut b = vec![0u8; v.size as usize];
                    for part in parts {
                        let r = reg_bytes(cpu, part.reg);
                        let (o, s) = (part.offset as usize, part.size as usize);
                        if o + s <= b.len() && s <= 16 {
                            b[o..o + s].copy_from_slice(&r[..s]);
                        }
                    }
                    let loc = v.regs().join(" ");
                    (Some(b), if loc.is_empty() { "-".into() } else { loc })
                }
                Assignment::Stack(off) => (mem_bytes(ctx, fp + off, v.size), fp_loc(*off)),
            };
            out.push(make(ctx, p, bytes, loc));
        }
    } else {
        let slots = match side {
            Side::Inputs => &a.abi0.params,
            Side::Results => &a.abi0.results,
        };
        for (p, s) in params.iter().zip(slots) {
            let bytes = mem_bytes(ctx, fp + s.offset, s.size);
            out.push(make(ctx, p, bytes, fp_loc(s.offset)));
        }
    }
    out
}

fn make(ctx: &Ctx<'_>, p: &Param, bytes: Option<Vec<u8>>, loc: String) -> Arg {
    let value = match bytes {
        Some(b) if b.len() as u64 == size_of(&p.ty) => ctx.value(&p.ty, &b),
        _ => "<unreadable>".into(),
    };
    Arg {
        name: p.name.clone().filter(|n| n != "_"),
        ty: Some(p.ty.to_string()),
        value,
        loc,
    }
}

/// A call's inputs by its plan; `None` for results that cannot be known
/// (untyped functions).
pub fn read(ctx: &Ctx<'_>, cpu: &Cpu, plan: &ArgPlan, fp: u64, side: Side) -> Option<Vec<Arg>> {
    match plan {
        ArgPlan::Typed {
            analysis,
            abi_internal,
        } => Some(typed(ctx, cpu, analysis, *abi_internal, fp, side)),
        _ if side == Side::Results => None,
        ArgPlan::ArgInfo(words) => Some(arginfo(cpu, words)),
        ArgPlan::Raw { argsize } => Some(
            (0..argsize.div_ceil(8))
                .map(|i| {
                    let v = mem_bytes(ctx, fp + i * 8, 8)
                        .map(|b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])));
                    Arg {
                        name: None,
                        ty: None,
                        value: v.map_or("<unreadable>".into(), |v| format!("{v:#x}")),
                        loc: fp_loc(i * 8),
                    }
                })
                .collect(),
        ),
        ArgPlan::Unknown => Some(Vec::new()),
    }
}

/// Untyped words of argument info, taken from the integer argument
/// registers in order (what they hold for integer and pointer words; a
/// float argument would be in an X register instead). Aggregates are
/// bracketed as Go's traceback prints them.
fn arginfo(cpu: &Cpu, words: &[ArgWord]) -> Vec<Arg> {
    let mut out = Vec::new();
    let mut next = 0usize;
    let mut prefix = String::new();
    for w in words {
        match *w {
            ArgWord::StartAgg => prefix.push('{'),
            ArgWord::EndAgg => {
                if let Some(last) = out.last_mut() {
                    let a: &mut Arg = last;
                    a.value.push('}');
                }
            }
            ArgWord::Elided => out.push(Arg {
                name: None,
                ty: None,
                value: "...".into(),
                loc: "-".into(),
            }),
            ArgWord::Word { size, .. } => {
                let (value, loc) = match INT_REGS.get(next) {
                    Some(r) => {
                        let v = cpu.gp[int_reg(next as u8)];
                        let v = if size < 8 {
                            v & ((1u64 << (size as u32 * 8)) - 1)
                        } else {
                            v
                        };
                        (format!("{v:#x}"), r.to_string())
                    }
                    None => ("?".into(), "stack".into()),
                };
                next += 1;
                out.push(Arg {
                    name: None,
                    ty: None,
                    value: format!("{}{value}", std::mem::take(&mut prefix)),
                    loc,
                });
            }
        }
    }
    out
}

/// The captured words of a closure call: `(offset, value)` from DX.
pub fn captured(ctx: &Ctx<'_>, dx: u64, loads: &[(i64, u8)]) -> Vec<(i64, String)> {
    loads
        .iter()
        .map(|&(off, w)| {
            let v = mem_bytes(ctx, dx.wrapping_add(off as u64), w as u64).map(|b| {
                let mut x = [0u8; 8];
                x[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
                u64::from_le_bytes(x)
            });
            (off, v.map_or("<unreadable>".into(), pointer_or_int))
        })
        .collect()
}

fn pointer_or_int(v: u64) -> String {
    if v > 0xffff_ffff {
        pointer(v)
    } else {
        v.to_string()
    }
}
