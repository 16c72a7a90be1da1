//! `--insn`: each executed instruction as the pre-decoded IR says it (an
//! operation, its width, its operands in Go order), where it came from, and
//! what it changed: general and XMM registers, the status flags, and the
//! memory operand it wrote.

use crate::event::Change;
use goasm_vm::cpu::Cpu;
use goasm_vm::flags::{AF, CF, DF, OF, PF, SF, ZF};
use goasm_vm::ir::{Insn, Loc, MemRef, NO_REG, Op};
use goasm_vm::memory::{Memory, TEXT_BASE};

/// Register names in hardware order.
pub const GP_NAMES: [&str; 16] = [
    "AX", "CX", "DX", "BX", "SP", "BP", "SI", "DI", "R8", "R9", "R10", "R11", "R12", "R13", "R14",
    "R15",
];

fn mem(m: MemRef) -> String {
    let mut s = if m.disp != 0 || m.base == NO_REG {
        format!("{}", m.disp)
    } else {
        String::new()
    };
    if m.base != NO_REG {
        s.push_str(&format!("({})", GP_NAMES[m.base as usize % 16]));
    }
    if m.index != NO_REG {
        s.push_str(&format!(
            "({}*{})",
            GP_NAMES[m.index as usize % 16],
            m.scale
        ));
    }
    s
}

fn loc(l: Loc, imm: i64) -> Option<String> {
    Some(match l {
        Loc::None => return None,
        Loc::Reg(r) => GP_NAMES[r as usize % 16].to_string(),
        Loc::High(r) => format!("{}H", &GP_NAMES[r as usize % 4][..1]),
        Loc::Xmm(x) => format!("X{x}"),
        Loc::Imm => format!("${imm}"),
        Loc::Mem(m) => mem(m),
    })
}

/// The IR instruction as text: `ADD/8 BX, AX`, `CALL main.f`, `JMP 12`.
pub fn disasm(i: Insn, image: &goasm_vm::Image) -> String {
    let name = format!("{:?}", i.op).to_uppercase();
    let target = |idx: i64| image.symbolize(TEXT_BASE + idx as u64);
    match i.op {
        Op::Call | Op::Jmp | Op::Jcc => format!("{name} {}", target(i.imm)),
        Op::RtCall | Op::RtJmp => format!("{name} builtin#{}", i.imm),
        _ => {
            let ops: Vec<String> = [loc(i.a, i.imm), loc(i.b, i.imm)]
                .into_iter()
                .flatten()
                .collect();
            format!("{name}/{} {}", i.w, ops.join(", "))
                .trim_end()
                .to_string()
        }
    }
}

const FLAGS: [(u64, &str); 7] = [
    (CF, "CF"),
    (PF, "PF"),
    (AF, "AF"),
    (ZF, "ZF"),
    (SF, "SF"),
    (OF, "OF"),
    (DF, "DF"),
];

/// What executing `i` changed, from the CPU before and after.
pub fn changes(i: Insn, before: &Cpu, after: &Cpu, m: &Memory) -> Vec<Change> {
    let mut out = Vec::new();
    for (name, (b, a)) in GP_NAMES.iter().zip(before.gp.iter().zip(&after.gp)) {
        if b != a {
            out.push(Change {
                what: (*name).into(),
                before: format!("{b:#x}"),
                after: format!("{a:#x}"),
            });
        }
    }
    for x in 0..16 {
        if before.xmm[x] != after.xmm[x] {
            out.push(Change {
                what: format!("X{x}"),
                before: format!("{:#x}", before.xmm[x]),
                after: format!("{:#x}", after.xmm[x]),
            });
        }
    }
    let (fb, fa) = (before.flags.get(), after.flags.get());
    if fb != fa {
        let show = |f: u64| {
            FLAGS
                .iter()
                .filter(|(bit, _)| (fb ^ fa) & bit != 0)
                .map(|(bit, n)| format!("{n}={}", (f & bit != 0) as u8))
                .collect::<Vec<_>>()
                .join(" ")
        };
        out.push(Change {
            what: "flags".into(),
            before: show(fb),
            after: show(fa),
        });
    }
    if let Loc::Mem(r) = i.b
        && i.w <= 8
        && !matches!(i.op, Op::Cmp | Op::Test | Op::Bt)
    {
        let addr = before.ea(r);
        if let Ok(v) = m.read(addr, i.w.max(1)) {
            out.push(Change {
                what: format!("[{addr:#x}]"),
                before: String::new(),
                after: format!("{v:#x}"),
            });
        }
    }
    out
}
