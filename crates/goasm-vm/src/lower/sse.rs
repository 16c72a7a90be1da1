//! SSE/SSE2 scalar floating point, 128-bit logic and moves, and MOVQ/MOVL
//! between general and XMM registers.

use super::{FnLower, Opd};
use crate::ir::{Insn, Loc, Op, sse};

/// Mnemonics handled here even without an XMM operand in sight.
pub(super) fn is_sse(name: &str) -> bool {
    name.starts_with("CVT")
        || matches!(
            name,
            "MOVSS"
                | "MOVSD"
                | "MOVUPS"
                | "MOVUPD"
                | "MOVAPS"
                | "MOVAPD"
                | "MOVO"
                | "MOVOU"
                | "PXOR"
                | "POR"
                | "PAND"
                | "PANDN"
        )
}

impl FnLower<'_, '_> {
    pub(super) fn lower_sse(&mut self, name: &str, ops: &[Opd]) -> Result<(), String> {
        let unsupported = || format!("instruction {name} is not supported yet");
        let (x, w, y): (u8, u8, u8) = match name {
            "MOVSS" => (sse::MOVS, 4, 0),
            "MOVSD" => (sse::MOVS, 8, 0),
            "ADDSS" => (sse::ADD, 4, 0),
            "ADDSD" => (sse::ADD, 8, 0),
            "SUBSS" => (sse::SUB, 4, 0),
            "SUBSD" => (sse::SUB, 8, 0),
            "MULSS" => (sse::MUL, 4, 0),
            "MULSD" => (sse::MUL, 8, 0),
            "DIVSS" => (sse::DIV, 4, 0),
            "DIVSD" => (sse::DIV, 8, 0),
            "SQRTSS" => (sse::SQRT, 4, 0),
            "SQRTSD" => (sse::SQRT, 8, 0),
            "MINSS" => (sse::MIN, 4, 0),
            "MINSD" => (sse::MIN, 8, 0),
            "MAXSS" => (sse::MAX, 4, 0),
            "MAXSD" => (sse::MAX, 8, 0),
            "UCOMISS" => (sse::UCOMI, 4, 0),
            "UCOMISD" => (sse::UCOMI, 8, 0),
            "COMISS" => (sse::COMI, 4, 0),
            "COMISD" => (sse::COMI, 8, 0),
            "CVTSL2SS" => (sse::CVT_I2F, 4, 4),
            "CVTSL2SD" => (sse::CVT_I2F, 8, 4),
            "CVTSQ2SS" => (sse::CVT_I2F, 4, 8),
            "CVTSQ2SD" => (sse::CVT_I2F, 8, 8),
            "CVTTSS2SL" => (sse::CVTT_F2I, 4, 4),
            "CVTTSS2SQ" => (sse::CVTT_F2I, 8, 4),
            "CVTTSD2SL" => (sse::CVTT_F2I, 4, 8),
            "CVTTSD2SQ" => (sse::CVTT_F2I, 8, 8),
            "CVTSS2SL" => (sse::CVT_F2I, 4, 4),
            "CVTSS2SQ" => (sse::CVT_F2I, 8, 4),
            "CVTSD2SL" => (sse::CVT_F2I, 4, 8),
            "CVTSD2SQ" => (sse::CVT_F2I, 8, 8),
            "CVTSS2SD" => (sse::CVT_F2F, 8, 4),
            "CVTSD2SS" => (sse::CVT_F2F, 4, 8),
            // 128-bit bitwise logic: the PS/PD/integer forms compute the same bits.
            "ANDPS" | "ANDPD" | "PAND" => (sse::LOGIC, 16, 0),
            "ORPS" | "ORPD" | "POR" => (sse::LOGIC, 16, 1),
            "XORPS" | "XORPD" | "PXOR" => (sse::LOGIC, 16, 2),
            "ANDNPS" | "ANDNPD" | "PANDN" => (sse::LOGIC, 16, 3),
            "MOVUPS" | "MOVUPD" | "MOVOU" => (sse::MOV128, 16, 0),
            "MOVAPS" | "MOVAPD" | "MOVO" => (sse::MOV128, 16, 1),
            "ROUNDSS" => (sse::ROUND, 4, 0),
            "ROUNDSD" => (sse::ROUND, 8, 0),
            "MOVQ" | "MOVL" => {
                let w = if name == "MOVQ" { 8 } else { 4 };
                match ops {
                    [Opd::Xmm(_), Opd::Xmm(_)] if w == 8 => (sse::MOVQ_XX, 8, 0),
                    [_, Opd::Xmm(_)] => (sse::TO_X, w, 0),
                    [Opd::Xmm(_), _] => (sse::FROM_X, w, 0),
                    _ => return Err(unsupported()),
                }
            }
            _ => return Err(unsupported()),
        };
        let mut i = Insn::new(Op::Sse, w);
        i.x = x;
        i.y = y;
        let (src, dst, imm) = match ops {
            [a, b] => (a, b, None),
            [Opd::Imm(v), a, b] if x == sse::ROUND => (a, b, Some(*v)),
            _ => return Err(format!("{name}: wrong number of operands")),
        };
        i.a = self.place(src, &mut i.imm, true)?;
        let mut unused = 0;
        i.b = self.place(dst, &mut unused, x == sse::UCOMI || x == sse::COMI)?;
        if let Some(v) = imm {
            i.imm = v;
        }
        // Operand kinds per family.
        let xmm = |l: Loc| matches!(l, Loc::Xmm(_));
        let mem = |l: Loc| matches!(l, Loc::Mem(_));
        let gp = |l: Loc| matches!(l, Loc::Reg(_));
        let ok = match x {
            sse::MOVS | sse::MOV128 => {
                (xmm(i.a) || mem(i.a)) && (xmm(i.b) || mem(i.b)) && !(mem(i.a) && mem(i.b))
            }
            sse::CVT_I2F => (gp(i.a) || mem(i.a)) && xmm(i.b),
            sse::CVTT_F2I | sse::CVT_F2I => (xmm(i.a) || mem(i.a)) && gp(i.b),
            sse::TO_X => (gp(i.a) || mem(i.a)) && xmm(i.b),
            sse::FROM_X => xmm(i.a) && (gp(i.b) || mem(i.b)),
            sse::MOVQ_XX => true,
            _ => (xmm(i.a) || mem(i.a)) && xmm(i.b),
        };
        if !ok {
            return Err(format!("{name}: unsupported operand combination"));
        }
        self.emit(i);
        Ok(())
    }
}
