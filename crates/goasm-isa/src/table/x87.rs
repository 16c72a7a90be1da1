//! The x87 floating-point stack.
//!
//! Go names x87 memory forms by operand type rather than Intel's separate
//! mnemonics: a D suffix is float64, F float32, L int32, W int16, V int64,
//! B packed BCD and X the 80-bit extended format; a P suffix pops the stack
//! (FADDDP = FADDP). FMOV* covers FLD/FST/FSTP/FILD/FIST/FISTP.
//! The VM does not execute x87; the rows exist for parsing.

use super::Rows;
use super::row;
use crate::flags::{Cond, FlagEffect, Flags};
use crate::info::InsnClass::X87;

pub(super) fn add(rows: &mut Rows) {
    // Arithmetic: each op in every memory-operand type, plus the popping form.
    rows.plain(
        X87,
        names!(
            FADDD FADDDP FADDF FADDL FADDW
            FSUBD FSUBDP FSUBF FSUBL FSUBW
            FSUBRD FSUBRDP FSUBRF FSUBRL FSUBRW
            FMULD FMULDP FMULF FMULL FMULW
            FDIVD FDIVDP FDIVF FDIVL FDIVW
            FDIVRD FDIVRDP FDIVRF FDIVRL FDIVRW
        ),
    );
    // Loads and stores.
    rows.plain(
        X87,
        names!(
            FMOVB FMOVBP FMOVD FMOVDP FMOVF FMOVFP FMOVL FMOVLP
            FMOVV FMOVVP FMOVW FMOVWP FMOVX FMOVXP
            FBLD FBSTP FXCHD FFREE FDECSTP FINCSTP
        ),
    );
    // Constants.
    rows.plain(X87, names!(FLD1 FLDZ FLDPI FLDL2E FLDL2T FLDLG2 FLDLN2));
    // Unary operations and transcendental functions.
    rows.plain(
        X87,
        names!(
            FABS FCHS FSQRT FRNDINT FSCALE FXTRACT FPREM FPREM1
            FSIN FCOS FSINCOS FPTAN FPATAN F2XM1 FYL2X FYL2XP1 FNOP
        ),
    );
    // Comparisons into the x87 status word.
    rows.plain(
        X87,
        names!(
            FCOMD FCOMDP FCOMDPP FCOMF FCOMFP FCOML FCOMLP FCOMW FCOMWP
            FUCOM FUCOMP FUCOMPP FTST FXAM
        ),
    );
    // Comparisons straight into EFLAGS: ZF PF CF, the rest cleared.
    let into_eflags = row(X87).with_flags(FlagEffect::new(Flags::NONE, Flags::STATUS, Flags::NONE));
    for name in ["FCOMI", "FCOMIP", "FUCOMI", "FUCOMIP"] {
        rows.one(into_eflags.with_name(name));
    }
    // Conditional moves: Go accepts both condition-code and Intel spellings.
    for (name, cond) in [
        ("FCMOVCS", Cond::CS),
        ("FCMOVB", Cond::CS),
        ("FCMOVCC", Cond::CC),
        ("FCMOVNB", Cond::CC),
        ("FCMOVEQ", Cond::EQ),
        ("FCMOVE", Cond::EQ),
        ("FCMOVNE", Cond::NE),
        ("FCMOVLS", Cond::LS),
        ("FCMOVBE", Cond::LS),
        ("FCMOVHI", Cond::HI),
        ("FCMOVNBE", Cond::HI),
        ("FCMOVU", Cond::PS),
        ("FCMOVUN", Cond::PS),
        ("FCMOVNU", Cond::PC),
    ] {
        rows.one(row(X87).with_name(name).with_cond(cond));
    }
    // Control and environment.
    rows.plain(
        X87,
        names!(FINIT FCLEX FLDCW FSTCW FSTSW FLDENV FSTENV FSAVE FRSTOR WAIT),
    );
}
