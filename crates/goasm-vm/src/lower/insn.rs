//! Choosing the IR instruction for a source instruction, from its goasm-isa
//! row (canonical name, width, condition).

use super::{FnLower, Opd};
use crate::ir::{Insn, Loc, Op};
use goasm_isa::Control;
use goasm_syntax::ast;

fn unsupported(name: &str) -> String {
    format!("instruction {name} is not supported yet")
}

/// The mnemonic without its B/W/L/Q width suffix.
fn base_of(name: &str, w: Option<goasm_isa::Width>) -> &str {
    match w {
        Some(w) if name.ends_with(w.suffix()) => &name[..name.len() - 1],
        _ => name,
    }
}

impl FnLower<'_, '_> {
    pub(crate) fn lower_insn(&mut self, insn: &ast::Insn) -> Result<(), String> {
        let info = goasm_isa::lookup(&insn.mnemonic).ok_or_else(|| unsupported(&insn.mnemonic))?;
        let info = match info.canonical() {
            Some(c) => goasm_isa::lookup(c).unwrap_or(info),
            None => info,
        };
        let name = info.name();
        // Pseudo-instructions that emit nothing.
        if matches!(name, "NOP" | "PCDATA" | "FUNCDATA" | "PCALIGN" | "LOCK") {
            if let [a, b] = insn.operands.as_slice()
                && name == "PCDATA"
                && a.kind == ast::OperandKind::Imm(4)
                && let ast::OperandKind::Imm(v) = b.kind
            {
                let next = self.image.code.len() as u32;
                self.image.panic_bounds.insert(next, v);
            }
            // `PCDATA $1, $v` in hand-written assembly (GO_RESULTS_INITIALIZED
            // is `$1, $1`): the stack map index from here on, passed to
            // `frames.rs` as a label like a listing's (which has them already).
            if let [a, b] = insn.operands.as_slice()
                && name == "PCDATA"
                && a.kind == ast::OperandKind::Imm(1)
                && let ast::OperandKind::Imm(v) = b.kind
                && !self
                    .l
                    .listing_file
                    .get(self.t.file)
                    .copied()
                    .unwrap_or(false)
            {
                let next = self.image.code.len() as u32;
                let seq = self.labels.len();
                self.labels
                    .insert(format!("{}{v}:{seq}", crate::link::MAP_INDEX_LABEL), next);
            }
            if let [a, b] = insn.operands.as_slice()
                && name == "FUNCDATA"
                && a.kind == ast::OperandKind::Imm(4)
                && let ast::OperandKind::Mem(ast::Mem { sym: Some(sym), .. }) = &b.kind
            {
                let next = self.image.code.len() as u32;
                self.image.open_defer.insert(next, sym.name.clone());
            }
            return Ok(());
        }
        // REP is a prefix, written as its own instruction (`REP; STOSQ`).
        let rep = std::mem::take(&mut self.rep);
        if name == "REP" {
            self.rep = true;
            return Ok(());
        }
        let base = base_of(name, info.width());
        if matches!(base, "STOS" | "MOVS") && insn.operands.is_empty() {
            let op = if base == "STOS" { Op::Stos } else { Op::Movs };
            let mut i = Insn::new(op, info.width().map_or(8, |w| w.bytes()));
            i.y = u8::from(rep);
            self.emit(i);
            return Ok(());
        }
        if rep {
            return Err("REP is only supported before STOS and MOVS".into());
        }
        if !insn.suffixes.is_empty() {
            return Err(unsupported(&format!("{name}.{}", insn.suffixes.join("."))));
        }
        let ops: Vec<Opd> = insn
            .operands
            .iter()
            .map(|o| self.operand(o))
            .collect::<Result<_, _>>()?;
        let w = info.width().map_or(8, |w| w.bytes());
        let n = ops.len();
        if let Some(c) = info.cond() {
            let code = c.code();
            if info.control() == Control::CondJump && name.starts_with('J') && name != "JCXZ" {
                return self.branch(Op::Jcc, code, &ops, insn);
            }
            if name.starts_with("SET") {
                return self.unary(Op::Setcc, 1, code, &ops);
            }
            if name.starts_with("CMOV") {
                return self.binary(Op::Cmovcc, w, code, &ops);
            }
            return Err(unsupported(name));
        }
        if ops.iter().any(|o| matches!(o, Opd::Xmm(_))) || super::sse::is_sse(name) {
            return self.lower_sse(name, &ops);
        }
        let ext = |op| (op, info.src_width().map_or(1, |s| s.bytes()));
        let zx_sx = match name {
            "MOVBWZX" | "MOVBLZX" | "MOVBQZX" | "MOVWLZX" | "MOVWQZX" | "MOVLQZX" => {
                Some(ext(Op::MovZx))
            }
            "MOVBWSX" | "MOVBLSX" | "MOVBQSX" | "MOVWLSX" | "MOVWQSX" | "MOVLQSX" => {
                Some(ext(Op::MovSx))
            }
            _ => None,
        };
        if let Some((op, sw)) = zx_sx {
            return self.binary(op, w, sw, &ops);
        }
        match name {
            "CWD" => return self.emit0(Op::SignDx, 2),
            "CDQ" => return self.emit0(Op::SignDx, 4),
            "CQO" => return self.emit0(Op::SignDx, 8),
            "CBW" => return self.emit0(Op::SignAx, 2),
            "CWDE" => return self.emit0(Op::SignAx, 4),
            "CDQE" => return self.emit0(Op::SignAx, 8),
            "CPUID" => return self.emit0(Op::Cpuid, 8),
            "RDTSC" => return self.emit0(Op::Rdtsc, 8),
            "CLC" => return self.emit0(Op::Clc, 8),
            "STC" => return self.emit0(Op::Stc, 8),
            "CMC" => return self.emit0(Op::Cmc, 8),
            "PUSHFQ" => {
                self.emit0(Op::Pushf, 8)?;
                self.deltasp += 8;
                return Ok(());
            }
            "POPFQ" => {
                self.emit0(Op::Popf, 8)?;
                self.deltasp -= 8;
                return Ok(());
            }
            "ADJSP" => {
                let Some(Opd::Imm(v)) = ops.first() else {
                    return Err("ADJSP needs a constant".into());
                };
                let v = *v;
                // More than any goroutine stack: reject before the SP
                // bookkeeping below could overflow.
                if v.unsigned_abs() > 1 << 31 {
                    return Err(format!("ADJSP ${v} is beyond any stack"));
                }
                self.adjsp_pub(v);
                self.deltasp += v;
                return Ok(());
            }
            "RET" => {
                if n != 0 {
                    return Err(unsupported("RET with an operand"));
                }
                self.epilogue_ret();
                return Ok(());
            }
            "JMP" => return self.branch(Op::Jmp, 0, &ops, insn),
            "CALL" => return self.branch(Op::Call, 0, &ops, insn),
            "UNDEF" | "UD2" => return Err(unsupported(name)),
            _ => {}
        }
        match base {
            "MOV" => {
                if let [Opd::AddrOf(m), dst] = ops.as_slice() {
                    let (m, dst) = (*m, dst.clone());
                    return self.binary(Op::Lea, w, 0, &[Opd::Mem(m, None), dst]);
                }
                self.binary(Op::Mov, w, 0, &ops)
            }
            "LEA" => self.binary(Op::Lea, w, 0, &ops),
            "ADD" => self.binary(Op::Add, w, 0, &ops),
            "SUB" => self.binary(Op::Sub, w, 0, &ops),
            "ADC" => self.binary(Op::Adc, w, 0, &ops),
            "SBB" => self.binary(Op::Sbb, w, 0, &ops),
            "AND" => self.binary(Op::And, w, 0, &ops),
            "OR" => self.binary(Op::Or, w, 0, &ops),
            "XOR" => self.binary(Op::Xor, w, 0, &ops),
            "CMP" => self.binary_read(Op::Cmp, w, &ops),
            "TEST" => self.binary_read(Op::Test, w, &ops),
            "XCHG" => self.binary(Op::Xchg, w, 0, &ops),
            "XADD" => self.binary(Op::Xadd, w, 0, &ops),
            "CMPXCHG" => self.binary(Op::Cmpxchg, w, 0, &ops),
            "INC" => self.unary(Op::Inc, w, 0, &ops),
            "DEC" => self.unary(Op::Dec, w, 0, &ops),
            "NEG" => self.unary(Op::Neg, w, 0, &ops),
            "NOT" => self.unary(Op::Not, w, 0, &ops),
            "BSWAP" => self.unary(Op::Bswap, w, 0, &ops),
            "MUL" => self.unary_src(Op::Mul, w, &ops),
            "DIV" => self.unary_src(Op::Div, w, &ops),
            "IDIV" => self.unary_src(Op::Idiv, w, &ops),
            "IMUL" if n == 1 => self.unary_src(Op::Imul1, w, &ops),
            "IMUL" => self.binary(Op::Imul2, w, 0, &ops),
            "IMUL3" => match ops.as_slice() {
                [Opd::Imm(v), src, dst] => {
                    let (v, src, dst) = (*v, src.clone(), dst.clone());
                    self.emit_ab(Op::Imul2, w, 1, 0, &src, &dst, Some(v))
                }
                _ => Err("IMUL3 needs $imm, src, dst".into()),
            },
            "ANDN" => self.vex3(Op::Andn, w, &ops),
            "MULX" => self.vex3(Op::Mulx, w, &ops),
            "SHLX" | "SHRX" | "SARX" => {
                let op = match base {
                    "SHLX" => Op::Shlx,
                    "SHRX" => Op::Shrx,
                    _ => Op::Sarx,
                };
                // Go order: count register, source r/m, destination.
                match ops.as_slice() {
                    [Opd::Gp(cnt), src, dst] => {
                        let (cnt, src, dst) = (*cnt, src.clone(), dst.clone());
                        self.emit_ab(op, w, cnt, 0, &src, &dst, None)
                    }
                    _ => Err(format!(
                        "{name} needs a count register, a source and a destination"
                    )),
                }
            }
            "RORX" => match ops.as_slice() {
                [Opd::Imm(v), src, dst] => {
                    let (v, src, dst) = (*v, src.clone(), dst.clone());
                    self.emit_ab(Op::Rorx, w, 0, 0, &src, &dst, Some(v))
                }
                _ => Err("RORX needs $imm, src, dst".into()),
            },
            "SHL" | "SAL" | "SHR" if n == 3 => {
                let op = if base == "SHR" { Op::Shrd } else { Op::Shld };
                let (cnt, src, dst) = (ops[0].clone(), ops[1].clone(), ops[2].clone());
                let (x, imm) = count(&cnt)?;
                self.emit_ab(op, w, x, 0, &src, &dst, imm)
            }
            "SHL" | "SAL" | "SHR" | "SAR" | "ROL" | "ROR" | "RCL" | "RCR" => {
                let op = match base {
                    "SHL" | "SAL" => Op::Shl,
                    "SHR" => Op::Shr,
                    "SAR" => Op::Sar,
                    "ROL" => Op::Rol,
                    "ROR" => Op::Ror,
                    "RCL" => Op::Rcl,
                    _ => Op::Rcr,
                };
                let [cnt, dst] = ops.as_slice() else {
                    return Err(format!("{name} needs a count and a destination"));
                };
                let (cnt, dst) = (cnt.clone(), dst.clone());
                let (x, imm) = count(&cnt)?;
                let mut i = Insn::new(op, w);
                i.x = x;
                i.imm = imm.unwrap_or(0);
                let mut unused = 0;
                i.b = self.place(&dst, &mut unused, false)?;
                if i.b == Loc::Imm {
                    return Err("the destination cannot be an immediate".into());
                }
                self.emit(i);
                Ok(())
            }
            "BT" => self.binary_read(Op::Bt, w, &ops),
            "BTS" => self.binary(Op::Bts, w, 0, &ops),
            "BTR" => self.binary(Op::Btr, w, 0, &ops),
            "BTC" => self.binary(Op::Btc, w, 0, &ops),
            "BSF" => self.binary(Op::Bsf, w, 0, &ops),
            "BSR" => self.binary(Op::Bsr, w, 0, &ops),
            "TZCNT" => self.binary(Op::Tzcnt, w, 0, &ops),
            "LZCNT" => self.binary(Op::Lzcnt, w, 0, &ops),
            "POPCNT" => self.binary(Op::Popcnt, w, 0, &ops),
            "PUSH" => {
                self.unary_src(Op::Push, w, &ops)?;
                self.deltasp += w as i64;
                Ok(())
            }
            "POP" => {
                self.unary(Op::Pop, w, 0, &ops)?;
                self.deltasp -= w as i64;
                Ok(())
            }
            _ => Err(unsupported(name)),
        }
    }

    fn adjsp_pub(&mut self, v: i64) {
        self.adjsp(v);
    }

    fn emit0(&mut self, op: Op, w: u8) -> Result<(), String> {
        self.emit(Insn::new(op, w));
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn emit_ab(
        &mut self,
        op: Op,
        w: u8,
        x: u8,
        y: u8,
        a: &Opd,
        b: &Opd,
        imm: Option<i64>,
    ) -> Result<(), String> {
        let mut i = Insn::new(op, w);
        i.x = x;
        i.y = y;
        i.a = self.place(a, &mut i.imm, true)?;
        let mut bimm = 0;
        i.b = self.place(b, &mut bimm, false)?;
        if i.b == Loc::Imm {
            return Err("the destination cannot be an immediate".into());
        }
        if matches!(i.a, Loc::Mem(_)) && matches!(i.b, Loc::Mem(_)) {
            return Err("at most one memory operand is allowed".into());
        }
        if let Some(v) = imm {
            if i.a == Loc::Imm {
                return Err("too many immediates".into());
            }
            i.imm = v;
        }
        if (matches!(i.a, Loc::High(_)) || matches!(i.b, Loc::High(_))) && w != 1 {
            return Err("AH/BH/CH/DH only work with byte instructions".into());
        }
        self.emit(i);
        Ok(())
    }

    /// `OP src, dst`.
    fn binary(&mut self, op: Op, w: u8, x: u8, ops: &[Opd]) -> Result<(), String> {
        match ops {
            [a, b] => self.emit_ab(op, w, x, 0, a, b, None),
            _ => Err("expected two operands".into()),
        }
    }

    /// CMP/TEST/BT: both operands read; the second may be an immediate.
    fn binary_read(&mut self, op: Op, w: u8, ops: &[Opd]) -> Result<(), String> {
        let [a, b] = ops else {
            return Err("expected two operands".into());
        };
        let mut i = Insn::new(op, w);
        i.a = self.place(a, &mut i.imm, true)?;
        let mut imm2 = i.imm;
        i.b = self.place(b, &mut imm2, true)?;
        if i.a == Loc::Imm && i.b == Loc::Imm {
            return Err("too many immediates".into());
        }
        if i.b == Loc::Imm {
            i.imm = imm2;
        }
        if matches!(i.a, Loc::Mem(_)) && matches!(i.b, Loc::Mem(_)) {
            return Err("at most one memory operand is allowed".into());
        }
        self.emit(i);
        Ok(())
    }

    /// `OP dst` (read-modify-write or write).
    fn unary(&mut self, op: Op, w: u8, x: u8, ops: &[Opd]) -> Result<(), String> {
        match ops {
            [b] => {
                let mut i = Insn::new(op, w);
                i.x = x;
                let mut imm = 0;
                i.b = self.place(b, &mut imm, false)?;
                if i.b == Loc::Imm {
                    return Err("the operand cannot be an immediate".into());
                }
                self.emit(i);
                Ok(())
            }
            _ => Err("expected one operand".into()),
        }
    }

    /// `OP src` (MUL, DIV, PUSH).
    fn unary_src(&mut self, op: Op, w: u8, ops: &[Opd]) -> Result<(), String> {
        match ops {
            [a] => {
                let mut i = Insn::new(op, w);
                i.a = self.place(a, &mut i.imm, true)?;
                if i.a == Loc::Imm && op != Op::Push {
                    return Err("the operand cannot be an immediate".into());
                }
                self.emit(i);
                Ok(())
            }
            _ => Err("expected one operand".into()),
        }
    }

    /// BMI forms `OP a, reg, dst`: `a` r/m, the middle register in `x`.
    fn vex3(&mut self, op: Op, w: u8, ops: &[Opd]) -> Result<(), String> {
        match ops {
            [a, Opd::Gp(r), b] => {
                let (a, r, b) = (a.clone(), *r, b.clone());
                self.emit_ab(op, w, r, 0, &a, &b, None)
            }
            _ => Err("expected r/m, register, register".into()),
        }
    }

    fn branch(&mut self, op: Op, cond: u8, ops: &[Opd], insn: &ast::Insn) -> Result<(), String> {
        let [t] = ops else {
            return Err("expected one branch target".into());
        };
        let span = insn.operands[0].span;
        let mut i = Insn::new(op, 8);
        i.x = cond;
        match t {
            Opd::Label(name) => {
                let at = self.emit(i);
                self.branch_to_label(at, name, span);
            }
            Opd::PcRel(n) => {
                let at = self.emit(i);
                self.branch_to_pcrel(at, *n, span);
            }
            Opd::Mem(_, Some((f, 0))) if op != Op::Jcc => {
                self.pending.push((super::FixKind::Target, *f, 0));
                self.emit(i);
            }
            Opd::Builtin(b) if op != Op::Jcc => {
                i.op = if op == Op::Call {
                    Op::RtCall
                } else {
                    Op::RtJmp
                };
                i.imm = *b as i64;
                // Hand-written assembly is ABI0: the host finds the
                // arguments on the stack (Go's linker would insert a wrapper).
                i.y = u8::from(!self.t.text.abi_internal);
                self.emit(i);
            }
            Opd::Gp(_) | Opd::Mem(_, None) if op != Op::Jcc => {
                i.op = if op == Op::Call {
                    Op::CallInd
                } else {
                    Op::JmpInd
                };
                i.a = self.place(t, &mut i.imm, true)?;
                self.emit(i);
            }
            _ => return Err("unsupported branch target".into()),
        }
        Ok(())
    }
}

/// A shift count: `$n` (imm) or CL (x = 1).
fn count(o: &Opd) -> Result<(u8, Option<i64>), String> {
    match o {
        Opd::Imm(v) => Ok((0, Some(*v))),
        Opd::Gp(1) => Ok((1, None)),
        _ => Err("shift count must be $imm or CX".into()),
    }
}
