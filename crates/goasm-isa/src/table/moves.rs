//! Data movement: moves and extensions, LEA, conditional moves and sets,
//! exchanges, the stack, flag-register instructions, string instructions
//! and the prefixes Go lets you write as instructions.
//!
//! Go names extensions by source and destination width and kind:
//! MOVBQZX = zero-extend byte to quad (Intel MOVZX), MOVLQSX = MOVSXD.
//! MOVQ and MOVL also move between general and XMM registers (MOVD is an
//! alias of MOVQ). Sign-extending AX into DX is CWD/CDQ/CQO; widening
//! within AX is CBW/CWDE/CDQE.

use super::effects::*;
use super::kinds::*;
use super::{Rows, row};
use crate::flags::Flags;
use crate::info::{Form, InsnClass::*, Width};

const MOV_FORMS: &[Form] = &[&[IRM, R], &[IR, M]];
/// MOVL also moves to and from the low lane of an XMM register.
const MOVL_FORMS: &[Form] = &[&[IRM, R], &[IR, M], &[X.or(R).or(M), X], &[X, RM]];
/// MOVQ adds MMX registers (XMM <-> MMX is MOVQ2DQ/MOVDQ2Q) and the
/// control and debug registers.
const MOVQ_FORMS: &[Form] = &[
    &[IRM, R],
    &[IR, M],
    &[X.or(MM).or(R).or(M), X.or(MM)],
    &[X.or(MM), RM],
    &[RM, SYS],
    &[SYS, RM],
];

/// PUSHQ/POPQ also take FS and GS.
const PUSH_FORMS: &[Form] = &[&[IRM.or(SEG)]];
const POP_FORMS: &[Form] = &[&[RM.or(SEG)]];

pub(super) fn add(rows: &mut Rows) {
    moves(rows);
    conditional(rows);
    exchange(rows);
    stack(rows);
    flag_ops(rows);
    strings(rows);
    // LOCK stands alone (`LOCK` then the instruction, or `LOCK; XADDL ...`).
    rows.one(row(Prefix).with_name("LOCK").with_forms(NULLARY));
    rows.plain(Prefix, names!(REP REPN XACQUIRE XRELEASE));
}

fn moves(rows: &mut Rows) {
    let mov = row(Move).with_forms(MOV_FORMS).with_flags(NONE);
    rows.sized(sized!("MOV"; B W), mov);
    rows.one(
        mov.with_name("MOVL")
            .with_width(Width::L)
            .with_forms(MOVL_FORMS),
    );
    rows.one(
        mov.with_name("MOVQ")
            .with_width(Width::Q)
            .with_forms(MOVQ_FORMS),
    );
    // Truncating move, printed by the compiler; encodes as MOVL.
    rows.one(
        mov.with_name("MOVQL")
            .with_width(Width::L)
            .with_src(Width::Q),
    );

    let ext = row(Move).with_forms(RM_R).with_flags(NONE);
    for (name, src, dst) in [
        ("MOVBWZX", Width::B, Width::W),
        ("MOVBLZX", Width::B, Width::L),
        ("MOVBQZX", Width::B, Width::Q),
        ("MOVWLZX", Width::W, Width::L),
        ("MOVWQZX", Width::W, Width::Q),
        ("MOVLQZX", Width::L, Width::Q),
        ("MOVZWW", Width::W, Width::W),
        ("MOVBWSX", Width::B, Width::W),
        ("MOVBLSX", Width::B, Width::L),
        ("MOVBQSX", Width::B, Width::Q),
        ("MOVWLSX", Width::W, Width::L),
        ("MOVWQSX", Width::W, Width::Q),
        ("MOVLQSX", Width::L, Width::Q),
        ("MOVSWW", Width::W, Width::W),
    ] {
        rows.one(ext.with_name(name).with_width(dst).with_src(src));
    }

    rows.sized(
        sized!("LEA"; W L Q),
        row(Move).with_forms(&[&[M, R]]).with_flags(NONE),
    );
    rows.sized(
        sized!("BSWAP"; L Q),
        row(Move).with_forms(&[&[R]]).with_flags(NONE),
    );
    // Load/store with byte swap.
    rows.sized(
        sized!("MOVBE"; W L Q),
        row(Move).with_forms(&[&[M, R], &[R, M]]),
    );
    rows.alias("MOVBEWW", "MOVBEW");
    rows.alias("MOVBELL", "MOVBEL");
    rows.alias("MOVBEQQ", "MOVBEQ");
    // Non-temporal store of a general register.
    rows.sized(sized!("MOVNTI"; L Q), row(Move).with_forms(&[&[R, M]]));
    // Sign extension inside AX, then into DX.
    let cvt = row(Move).with_forms(NULLARY).with_flags(NONE);
    for (name, src, dst) in [
        ("CBW", Width::B, Width::W),
        ("CWDE", Width::W, Width::L),
        ("CDQE", Width::L, Width::Q),
        ("CWD", Width::W, Width::W),
        ("CDQ", Width::L, Width::L),
        ("CQO", Width::Q, Width::Q),
    ] {
        rows.one(cvt.with_name(name).with_width(dst).with_src(src));
    }
    // Table lookup AL = [BX + AL].
    rows.one(row(Move).with_name("XLAT"));
}

fn conditional(rows: &mut Rows) {
    for (w, names) in [
        (Width::W, conds!("CMOVW")),
        (Width::L, conds!("CMOVL")),
        (Width::Q, conds!("CMOVQ")),
    ] {
        rows.conds(names, row(CondMove).with_width(w).with_forms(RM_R));
    }
    rows.conds(
        conds!("SET"),
        row(CondSet).with_width(Width::B).with_forms(UNARY_RM),
    );
}

fn exchange(rows: &mut Rows) {
    rows.sized(
        sized!("XCHG"; B W L Q),
        row(Exchange)
            .with_forms(&[&[RM, R], &[R, M]])
            .with_flags(NONE),
    );
    // XADDQ src, dst: dst += src, src = old dst.
    rows.sized(
        sized!("XADD"; B W L Q),
        row(Exchange).with_forms(&[&[R, RM]]).with_flags(ARITH),
    );
    // CMPXCHGQ new, dst: compares dst with AX.
    rows.sized(
        sized!("CMPXCHG"; B W L Q),
        row(Exchange).with_forms(&[&[R, RM]]).with_flags(ARITH),
    );
    // Compare DX:AX with memory, swap in CX:BX.
    let wide = row(Exchange)
        .with_forms(&[&[M]])
        .with_flags(writes(Flags::ZF));
    rows.one(wide.with_name("CMPXCHG8B"));
    rows.one(wide.with_name("CMPXCHG16B"));
}

fn stack(rows: &mut Rows) {
    rows.sized(
        sized!("PUSH"; W L Q),
        row(Stack).with_forms(PUSH_FORMS).with_flags(NONE),
    );
    rows.sized(
        sized!("POP"; W L Q),
        row(Stack).with_forms(POP_FORMS).with_flags(NONE),
    );
    rows.sized(
        sized!("PUSHF"; W L Q),
        row(Stack).with_forms(NULLARY).with_flags(READ_ALL),
    );
    rows.sized(
        sized!("POPF"; W L Q),
        row(Stack).with_forms(NULLARY).with_flags(WRITE_ALL),
    );
    rows.one(row(Stack).with_name("ENTER"));
    rows.sized(sized!("LEAVE"; W L Q), row(Stack).with_flags(NONE));
}

fn flag_ops(rows: &mut Rows) {
    let op = |name, effect| {
        row(FlagOp)
            .with_name(name)
            .with_forms(NULLARY)
            .with_flags(effect)
    };
    rows.one(op("CLC", writes(Flags::CF)));
    rows.one(op("STC", writes(Flags::CF)));
    rows.one(op(
        "CMC",
        crate::FlagEffect::new(Flags::CF, Flags::CF, Flags::NONE),
    ));
    rows.one(op("CLD", writes(Flags::DF)));
    rows.one(op("STD", writes(Flags::DF)));
    let low = Flags::SF | Flags::ZF | Flags::AF | Flags::PF | Flags::CF;
    rows.one(op(
        "LAHF",
        crate::FlagEffect::new(low, Flags::NONE, Flags::NONE),
    ));
    rows.one(op("SAHF", writes(low)));
}

fn strings(rows: &mut Rows) {
    let reads_df = crate::FlagEffect::new(Flags::DF, Flags::NONE, Flags::NONE);
    let compares = crate::FlagEffect::new(Flags::DF, Flags::STATUS, Flags::NONE);
    let s = row(String).with_forms(NULLARY);
    rows.sized(sized!("MOVS"; B W L Q), s.with_flags(reads_df));
    rows.sized(sized!("STOS"; B W L Q), s.with_flags(reads_df));
    rows.sized(sized!("LODS"; B W L Q), s.with_flags(reads_df));
    rows.sized(sized!("CMPS"; B W L Q), s.with_flags(compares));
    rows.sized(sized!("SCAS"; B W L Q), s.with_flags(compares));
    rows.sized(sized!("INS"; B W L), s.with_flags(reads_df));
    rows.sized(sized!("OUTS"; B W L), s.with_flags(reads_df));
}
