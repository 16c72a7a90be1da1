//! What one function's instructions say about its argument frame: every
//! named FP reference with its width, direction and the instruction's
//! hints (float, zero/sign extension, SETcc, a loaded word later used as an
//! address), and the target of a tail jump.

use super::Sign;
use crate::extra::{FuncBody, writes_operand};
use crate::scan::operand_sizes;
use goasm_isa::{Reg, RegClass};
use goasm_syntax::ast::{Base, Insn, OperandKind};
use std::collections::HashMap;

/// One `name+off(FP)` operand.
#[derive(Clone, Debug)]
pub struct FpRef {
    pub name: String,
    pub off: i64,
    /// Bytes moved (0 when the instruction's width is unknown).
    pub width: u64,
    /// `LEAQ x+8(FP), R` or `$x+8(FP)`: only the address is taken.
    pub addr: bool,
    pub write: bool,
    pub float: bool,
    pub sign: Sign,
    /// Written by a SETcc instruction.
    pub setcc: bool,
    /// The immediate written (`MOVB $1, ret+16(FP)`).
    pub imm: Option<i64>,
    /// Loaded into a register that is later used as an address base
    /// before being overwritten.
    pub deref: bool,
    /// Loaded into an X register, or into a register later copied into one.
    pub to_xmm: bool,
    /// Compared (directly or through the register it was loaded into), and
    /// the next condition read was a signed (LT, GE, LE, GT) or unsigned
    /// (CS, CC, HI, LS) one.
    pub cmp_sign: Sign,
}

/// The FP references of a function in program order, and the symbol of
/// its first `JMP sym(SB)` as written (`·f`, `pkg∕path·f`).
pub fn collect(f: &FuncBody<'_>) -> (Vec<FpRef>, Option<String>) {
    let mut refs: Vec<FpRef> = Vec::new();
    let mut tail = None;
    // Registers holding a value just loaded from the frame: ref index.
    let mut loaded: HashMap<Reg, usize> = HashMap::new();
    // Loaded registers changed by integer arithmetic since.
    let mut integer_math: Vec<Reg> = Vec::new();
    // Refs in the last comparison, waiting for the condition that reads it.
    let mut compared: Vec<usize> = Vec::new();
    for (_, insn) in &f.insns {
        let m = insn.mnemonic.as_str();
        if let Some(sign) = condition_sign(m) {
            for &i in &compared {
                refs[i].cmp_sign = merge(refs[i].cmp_sign, sign);
            }
            compared.clear();
        }
        if m == "JMP"
            && tail.is_none()
            && let Some(OperandKind::Mem(mm)) = insn.operands.first().map(|o| &o.kind)
            && mm.base == Some(Base::SB)
            && let Some(s) = &mm.sym
        {
            tail = Some(s.name.clone());
        }
        mark_address_bases(insn, &loaded, &mut refs);
        mark_moves_to_xmm(insn, &loaded, &integer_math, &mut refs);
        let before = refs.len();
        fp_refs(insn, &mut refs);
        if (m.starts_with("CMP") && !m.starts_with("CMPXCHG") && !insn.operands.is_empty())
            || m.starts_with("TEST")
        {
            compared = (before..refs.len()).collect();
            for o in &insn.operands {
                if let OperandKind::Reg(r) = o.kind
                    && let Some(&i) = loaded.get(&r)
                {
                    compared.push(i);
                }
            }
        }
        // Forget registers this instruction overwrites (an update in place,
        // ANDQ $mask, R or ADDQ $8, R, keeps what the value is), then
        // remember a plain load of a frame value.
        let updates_in_place = [
            "ADD", "SUB", "AND", "OR", "XOR", "SHL", "SHR", "SAR", "BTR", "BTS", "INC", "DEC",
            "NEG", "NOT",
        ]
        .iter()
        .any(|p| m.starts_with(p))
            && !(insn.operands.len() == 2 && insn.operands[0].kind == insn.operands[1].kind);
        // Integer arithmetic (not a bitwise mask) makes the bits an
        // integer's: moving them to an X register is then vector work.
        let bitwise = ["AND", "OR", "XOR", "BTR", "BTS", "NOT"]
            .iter()
            .any(|p| m.starts_with(p));
        for (i, o) in insn.operands.iter().enumerate() {
            if let OperandKind::Reg(r) = o.kind
                && writes_operand(insn, i)
            {
                if !updates_in_place {
                    loaded.remove(&r);
                    integer_math.retain(|x| *x != r);
                } else if !bitwise && loaded.contains_key(&r) {
                    integer_math.push(r);
                }
            }
        }
        if m == "CALL" {
            loaded.clear();
            integer_math.clear();
        }
        if m.starts_with("MOV")
            && refs.len() == before + 1
            && !refs[before].write
            && !refs[before].addr
            && let Some(OperandKind::Reg(r)) = insn.operands.get(1).map(|o| &o.kind)
        {
            loaded.insert(*r, before);
        }
    }
    (refs, tail)
}

fn mark_address_bases(insn: &Insn, loaded: &HashMap<Reg, usize>, refs: &mut [FpRef]) {
    let m = insn.mnemonic.as_str();
    if m.starts_with("LEA") {
        // LEAQ 8(AX), BX is arithmetic as often as addressing.
        return;
    }
    // String instructions (MOVSB, STOSQ, CMPSB...) address through SI and DI.
    let string_op = insn.operands.is_empty()
        && ["MOVS", "STOS", "CMPS", "LODS", "SCAS"]
            .iter()
            .any(|p| m.starts_with(p));
    if string_op {
        for name in ["SI", "DI"] {
            if let Some(&i) = Reg::from_name(name).and_then(|r| loaded.get(&r)) {
                refs[i].deref = true;
            }
        }
    }
    for o in &insn.operands {
        if let OperandKind::Mem(mm) = &o.kind
            && let Some(Base::Reg(r)) = mm.base
            && let Some(&i) = loaded.get(&r)
        {
            refs[i].deref = true;
        }
    }
}

/// The signedness a conditional jump, set or move reads the flags with.
fn condition_sign(m: &str) -> Option<Sign> {
    let cond = if let Some(c) = m.strip_prefix("CMOV") {
        c.get(1..)?
    } else {
        m.strip_prefix("SET").or_else(|| m.strip_prefix('J'))?
    };
    match cond {
        "LT" | "GE" | "LE" | "GT" => Some(Sign::Signed),
        "CS" | "LO" | "CC" | "HS" | "HI" | "LS" => Some(Sign::Unsigned),
        _ => None,
    }
}

fn merge(a: Sign, b: Sign) -> Sign {
    match (a, b) {
        (Sign::Unknown, x) | (x, Sign::Unknown) => x,
        (x, y) if x == y => x,
        _ => Sign::Unknown,
    }
}

/// The instruction's last operand is an X register (MOVQ AX, X0).
fn is_xmm_dest(insn: &Insn) -> bool {
    insn.operands.len() == 2
        && matches!(insn.operands[1].kind, OperandKind::Reg(r) if r.class() == RegClass::Xmm)
}

/// `MOVQ x+0(FP), BX` ... `MOVQ BX, X0`: the word is a float64's bits.
fn mark_moves_to_xmm(
    insn: &Insn,
    loaded: &HashMap<Reg, usize>,
    integer_math: &[Reg],
    refs: &mut [FpRef],
) {
    if insn.mnemonic == "MOVQ"
        && is_xmm_dest(insn)
        && let OperandKind::Reg(r) = insn.operands[0].kind
        && !integer_math.contains(&r)
        && let Some(&i) = loaded.get(&r)
    {
        refs[i].to_xmm = true;
    }
}

fn fp_refs(insn: &Insn, refs: &mut Vec<FpRef>) {
    let m = insn.mnemonic.as_str();
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
    let sign = if m.starts_with("MOV") && m.contains("SX") {
        Sign::Signed
    } else if m.starts_with("MOV") && m.contains("ZX") {
        Sign::Unsigned
    } else {
        Sign::Unknown
    };
    let two = insn.operands.len() > 1;
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
        let write = !addr && writes_operand(insn, i);
        let imm = match insn.operands[0].kind {
            OperandKind::Imm(v) if write && i > 0 => Some(v),
            _ => None,
        };
        refs.push(FpRef {
            name: sym.name.clone(),
            off: mem.offset,
            width: if i > 0 && two { dst } else { src }.max(0) as u64,
            addr,
            write,
            float,
            sign: if write { Sign::Unknown } else { sign },
            setcc: write && m.starts_with("SET"),
            imm,
            deref: false,
            to_xmm: !write && is_xmm_dest(insn),
            cmp_sign: Sign::Unknown,
        });
    }
}
