//! String instructions: STOS and MOVS, with or without REP. With REP the
//! count is all of RCX (64-bit addressing); registers are updated element
//! by element, so a fault part-way leaves them where the CPU would.

use super::Res;
use crate::cpu::{AX, CX, Cpu};
use crate::flags::DF;
use crate::ir::Insn;
use crate::memory::Memory;

const DI: usize = 7;
const SI: usize = 6;

/// The per-element step: `w` forward, or backward when DF is set.
fn stride(c: &Cpu, w: u8) -> u64 {
    if c.flags.bits & DF != 0 {
        (w as u64).wrapping_neg()
    } else {
        w as u64
    }
}

/// How many elements to do: CX with REP (counted down as they are done), else one.
fn count(c: &Cpu, i: &Insn) -> u64 {
    if i.y == 1 { c.gp[CX] } else { 1 }
}

fn done_one(c: &mut Cpu, i: &Insn) {
    if i.y == 1 {
        c.gp[CX] -= 1;
    }
}

pub fn stos(c: &mut Cpu, m: &mut Memory, i: &Insn) -> Res {
    let d = stride(c, i.w);
    let v = c.gp[AX];
    for _ in 0..count(c, i) {
        m.write(c.gp[DI], i.w, v)?;
        c.gp[DI] = c.gp[DI].wrapping_add(d);
        done_one(c, i);
    }
    Ok(())
}

pub fn movs(c: &mut Cpu, m: &mut Memory, i: &Insn) -> Res {
    let d = stride(c, i.w);
    for _ in 0..count(c, i) {
        let v = m.read(c.gp[SI], i.w)?;
        m.write(c.gp[DI], i.w, v)?;
        c.gp[SI] = c.gp[SI].wrapping_add(d);
        c.gp[DI] = c.gp[DI].wrapping_add(d);
        done_one(c, i);
    }
    Ok(())
}
