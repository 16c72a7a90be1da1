//! Directives, pseudo-instructions and control flow.
//!
//! The architecture-neutral words (TEXT, CALL, JMP, RET, NOP, PCALIGN ...)
//! come first; then the x86 jumps. Go names conditional jumps by the flag
//! test (JEQ, JHI, JCS) and accepts the Intel spellings (JE, JA, JB ...) as
//! aliases, so those are alias rows pointing at the canonical jump.

use super::effects::*;
use super::kinds::*;
use super::{Rows, row};
use crate::flags::Cond;
use crate::info::{Control, InsnClass::*};

/// A direct target, or an indirect one through a register or memory.
const TARGET: &[crate::info::Form] = &[&[T.or(R).or(M)]];
const RET_FORMS: &[crate::info::Form] = &[&[], &[I.or(T).or(M)]];

pub(super) fn add(rows: &mut Rows) {
    // Directives the parser handles itself, and their neutral companions.
    rows.plain(
        Pseudo,
        names!(TEXT DATA GLOBL PCDATA FUNCDATA PCALIGNMAX END GETCALLERPC),
    );
    rows.one(row(Pseudo).with_name("PCALIGN").with_forms(&[&[I]]));
    rows.one(
        row(Pseudo)
            .with_name("NOP")
            .with_forms(&[&[], &[IRM], &[IRM, IRM]]),
    );
    // Adjusts SP by a constant and tells the assembler's SP tracking.
    rows.one(row(Pseudo).with_name("ADJSP").with_forms(&[&[I]]));
    // Duff's-device entry points, emitted by the compiler as calls.
    rows.one(
        row(Pseudo)
            .with_name("DUFFCOPY")
            .with_control(Control::Call),
    );
    rows.one(
        row(Pseudo)
            .with_name("DUFFZERO")
            .with_control(Control::Call),
    );
    rows.one(
        row(Pseudo)
            .with_name("UNDEF")
            .with_control(Control::Trap)
            .with_forms(NULLARY),
    );
    rows.plain(Data, names!(BYTE WORD LONG QUAD));

    rows.one(
        row(Branch)
            .with_name("JMP")
            .with_control(Control::Jump)
            .with_forms(TARGET),
    );
    rows.one(
        row(Branch)
            .with_name("CALL")
            .with_control(Control::Call)
            .with_forms(TARGET),
    );
    // Go writes RET bare; the frame teardown is the assembler's job. The
    // assembler also takes an operand (`RET foo(SB)` parses), which the VM ignores.
    rows.one(
        row(Branch)
            .with_name("RET")
            .with_control(Control::Ret)
            .with_forms(RET_FORMS),
    );
    rows.conds(
        conds!("J"),
        row(Branch)
            .with_control(Control::CondJump)
            .with_forms(&[&[T]]),
    );
    // Jump if CX/ECX/RCX is zero; decrement-and-branch loops.
    rows.sized(
        sized!("JCXZ"; W L Q),
        row(Branch).with_control(Control::CondJump),
    );
    rows.one(
        row(Branch)
            .with_name("LOOP")
            .with_control(Control::CondJump),
    );
    rows.one(
        row(Branch)
            .with_name("LOOPEQ")
            .with_control(Control::CondJump)
            .with_cond(Cond::EQ),
    );
    rows.one(
        row(Branch)
            .with_name("LOOPNE")
            .with_control(Control::CondJump)
            .with_cond(Cond::NE),
    );
    rows.sized(
        sized!("RETF"; W L Q),
        row(Branch).with_control(Control::Ret),
    );
    rows.sized(
        sized!("IRET"; W L Q),
        row(Branch).with_control(Control::Ret).with_flags(WRITE_ALL),
    );

    // Intel's condition spellings for the canonical Go jumps.
    for (alias, canonical) in [
        ("JO", "JOS"),
        ("JNO", "JOC"),
        ("JB", "JCS"),
        ("JC", "JCS"),
        ("JNAE", "JCS"),
        ("JLO", "JCS"),
        ("JAE", "JCC"),
        ("JNB", "JCC"),
        ("JNC", "JCC"),
        ("JHS", "JCC"),
        ("JE", "JEQ"),
        ("JZ", "JEQ"),
        ("JNZ", "JNE"),
        ("JBE", "JLS"),
        ("JNA", "JLS"),
        ("JA", "JHI"),
        ("JNBE", "JHI"),
        ("JS", "JMI"),
        ("JNS", "JPL"),
        ("JP", "JPS"),
        ("JPE", "JPS"),
        ("JNP", "JPC"),
        ("JPO", "JPC"),
        ("JL", "JLT"),
        ("JNGE", "JLT"),
        ("JNL", "JGE"),
        ("JNG", "JLE"),
        ("JG", "JGT"),
        ("JNLE", "JGT"),
    ] {
        rows.alias(alias, canonical);
    }
}
