//! Source operands to resolved ones: registers to numbers, `sym(SB)` to
//! absolute addresses (or a fixup for functions), `x+8(FP)` and `y-8(SP)`
//! to hardware-SP offsets using the current SP delta.

use super::{FixKind, FnLower};
use crate::ir::{MemRef, NO_REG};
use crate::link::{Target, display_name, link_name};
use goasm_isa::{Reg, RegClass};
use goasm_syntax::ast::{Base, Mem, Operand, OperandKind};

/// A resolved operand, before it is placed into an IR slot.
#[derive(Clone, Debug)]
pub(crate) enum Opd {
    Gp(u8),
    High(u8),
    Xmm(u8),
    Imm(i64),
    /// `$f(SB)` of a function: its address, patched after layout.
    ImmFunc(usize, i64),
    /// A memory operand; `Some(func)` when it names a function (patched).
    Mem(MemRef, Option<(usize, i64)>),
    /// `$x+8(FP)`, `$8(SP)`: an address computed from registers.
    AddrOf(MemRef),
    Label(String),
    PcRel(i64),
    /// A runtime builtin named as `runtime·f(SB)`.
    Builtin(u16),
    /// The TLS pseudo-register as a source (`MOVQ TLS, CX`): reads as 0.
    Tls,
}

fn fits(v: i64) -> Result<i32, String> {
    i32::try_from(v).map_err(|_| format!("offset {v} does not fit in 32 bits"))
}

impl FnLower<'_, '_> {
    pub(crate) fn operand(&mut self, o: &Operand) -> Result<Opd, String> {
        Ok(match &o.kind {
            OperandKind::Reg(r) => reg(*r)?,
            OperandKind::RegPair(..) | OperandKind::RegList(..) => {
                return Err("register pairs and lists are not supported yet".into());
            }
            OperandKind::Imm(v) => Opd::Imm(*v),
            OperandKind::FloatImm(bits) => Opd::Imm(*bits as i64),
            OperandKind::StrImm(_) => return Err("string immediates only work in DATA".into()),
            OperandKind::Addr(m) => match self.mem(m)? {
                Opd::Mem(mr, None) if m.base == Some(Base::SB) => Opd::Imm(mr.disp as i64),
                Opd::Mem(_, Some((f, add))) => Opd::ImmFunc(f, add),
                Opd::Mem(mr, None) => Opd::AddrOf(mr),
                Opd::Builtin(id) => Opd::Imm(crate::link::builtin_addr(id) as i64),
                other => other,
            },
            OperandKind::Mem(m) => self.mem(m)?,
            OperandKind::Label(l) => Opd::Label(l.clone()),
            OperandKind::PcRel(n) => Opd::PcRel(*n),
        })
    }

    fn mem(&mut self, m: &Mem) -> Result<Opd, String> {
        let mut r = MemRef {
            disp: 0,
            base: NO_REG,
            index: NO_REG,
            scale: 1,
        };
        let mut disp = m.offset;
        let mut func = None;
        match m.base {
            None => {}
            Some(Base::SB) => {
                let Some(sym) = &m.sym else {
                    return Err("SB reference without a symbol".into());
                };
                let name = link_name(sym, self.t.file, self.l.pkg);
                match self.l.syms.get(&name).map(|d| d.target) {
                    Some(Target::Data(a)) => disp += a as i64,
                    Some(Target::Func(_)) => {
                        let want = self.l.ref_abi(&name, sym, self.t.file, true);
                        let from = link_name(&self.t.text.sym, self.t.file, self.l.pkg);
                        func = Some((self.l.func_for(&name, want, &from)?, disp));
                    }
                    Some(Target::Builtin(b)) => return Ok(Opd::Builtin(b)),
                    None => return Err(format!("undefined: {}", display_name(&name))),
                }
            }
            Some(Base::FP) => {
                disp += self.deltasp + 8;
                r.base = crate::cpu::SP as u8;
            }
            Some(Base::PseudoSP) => {
                disp += self.deltasp - self.frame.bpsize;
                r.base = crate::cpu::SP as u8;
            }
            Some(Base::Reg(b)) if b == Reg::TLS => disp += self.image.tls as i64,
            Some(Base::Reg(b)) => match b.class() {
                RegClass::Gp64 => r.base = b.index(),
                _ => return Err(format!("{} cannot be a base register", b.name())),
            },
        }
        if let Some((ix, scale)) = m.index {
            if ix == Reg::TLS {
                disp += self.image.tls as i64;
            } else if ix.class() == RegClass::Gp64 && matches!(scale, 1 | 2 | 4 | 8) {
                r.index = ix.index();
                r.scale = scale;
            } else {
                return Err(format!("bad index {}*{scale}", ix.name()));
            }
        }
        if func.is_none() {
            r.disp = fits(disp)?;
        }
        Ok(Opd::Mem(r, func))
    }

    /// Places an operand into an IR slot; immediates go to `imm`.
    pub(crate) fn place(
        &mut self,
        o: &Opd,
        imm: &mut i64,
        slot_a: bool,
    ) -> Result<crate::ir::Loc, String> {
        use crate::ir::Loc;
        Ok(match o {
            Opd::Gp(r) => Loc::Reg(*r),
            Opd::High(r) => Loc::High(*r),
            Opd::Xmm(x) => Loc::Xmm(*x),
            Opd::Imm(v) => {
                *imm = *v;
                Loc::Imm
            }
            Opd::Tls => {
                *imm = 0;
                Loc::Imm
            }
            Opd::ImmFunc(f, add) => {
                self.pending.push((FixKind::Imm, *f, *add));
                Loc::Imm
            }
            Opd::Mem(m, None) => Loc::Mem(*m),
            Opd::Mem(m, Some((f, add))) => {
                if !slot_a {
                    return Err("writing to a function's text is not allowed".into());
                }
                self.pending.push((FixKind::Disp, *f, *add));
                Loc::Mem(*m)
            }
            Opd::AddrOf(_) => {
                return Err(
                    "an address ($x(FP), $n(SP)) is only valid as the source of MOVQ/LEAQ".into(),
                );
            }
            Opd::Label(_) | Opd::PcRel(_) | Opd::Builtin(_) => {
                return Err("a branch target is not a data operand".into());
            }
        })
    }
}

fn reg(r: Reg) -> Result<Opd, String> {
    Ok(match r.class() {
        RegClass::Gp64 | RegClass::Gp8Low => Opd::Gp(r.index()),
        RegClass::Gp8High => Opd::High(r.index()),
        RegClass::Xmm if r.index() < 16 => Opd::Xmm(r.index()),
        RegClass::Tls => Opd::Tls,
        _ => return Err(format!("register {} is not supported yet", r.name())),
    })
}
