//! Legacy-encoded vector instructions: MMX-only ones, SSE through SSE4.2,
//! and the AES/SHA/CLMUL/CRC32 extensions.
//!
//! Go's spellings differ from Intel's where Intel's name clashes or hides a
//! width: integer element sizes use L for doublewords (PADDL = PADDD,
//! PCMPEQL, PUNPCKLLQ), O is a 128-bit octword (MOVO = MOVDQA, MOVOU =
//! MOVDQU, PSLLO = PSLLDQ), and scalar conversions spell the integer width
//! (CVTSL2SD = CVTSI2SD with a 32-bit source, CVTTSD2SQ truncates to 64
//! bits). MOVSD and CMPSD here are the SSE2 scalar double instructions; the
//! string instructions are MOVSL/CMPSL.
//!
//! The scalar float subset the VM runs has complete rows: operand forms
//! and widths (the integer side of a conversion), and COMISS/UCOMISS-style
//! flag effects. Everything else here is flagless except PTEST and the
//! PCMP?STR? string compares.

use super::effects::*;
use super::kinds::*;
use super::{Rows, row};
use crate::flags::Flags;
use crate::info::{Form, InsnClass::*, Opnd, Width};

/// Loads and stores of a whole register.
const MOVE_FORMS: &[Form] = &[&[XM, X], &[X, M]];
/// Scalar loads and stores; the load also takes a float constant.
const SCALAR_MOVE_FORMS: &[Form] = &[&[XM.or(I), X], &[X, M]];
/// `OP xmm/m, xmm` or `OP $1.5, xmm` (float constant).
const CONST_XM_X: &[Form] = &[&[XM.or(I), X]];
/// `OP $imm, xmm/m, xmm` (ROUNDSD's rounding mode first).
const IMM_XM_X: &[Form] = &[&[I, XM, X]];
/// Integer ops that accept MMX as well as XMM registers.
const MMX_OR_XMM: &[Form] = &[&[XM, X], &[Opnd::MM.or(M), Opnd::MM]];

/// MOVQOZX also loads from an MMX register (MOVQ2DQ).
const MOVQOZX_FORMS: &[Form] = &[&[XM.or(Opnd::MM), X]];

pub(super) fn add(rows: &mut Rows) {
    scalar_float(rows);
    packed_float(rows);
    conversions(rows);
    float_moves(rows);
    integer_vectors(rows);
    rows.plain(Mmx, names!(EMMS MASKMOVQ MOVNTQ PSHUFW));
    crypto(rows);
}

fn scalar_float(rows: &mut Rows) {
    let op = row(Sse).with_forms(XM_X).with_flags(NONE);
    // These also take a float constant source (`ADDSD $1.0, X0`): the
    // assembler places it in read-only memory (and turns a MOVSD/MOVSS of
    // $0 into XORPS).
    let with_const = op.with_forms(CONST_XM_X);
    for name in [
        "ADDSS", "ADDSD", "SUBSS", "SUBSD", "MULSS", "MULSD", "DIVSS", "DIVSD",
    ] {
        rows.one(with_const.with_name(name));
    }
    for name in [
        "SQRTSS", "SQRTSD", "MINSS", "MINSD", "MAXSS", "MAXSD", "RCPSS", "RSQRTSS",
    ] {
        rows.one(op.with_name(name));
    }
    let compare = with_const.with_flags(FP_COMPARE);
    for name in ["COMISS", "COMISD", "UCOMISS", "UCOMISD"] {
        rows.one(compare.with_name(name));
    }
    rows.one(op.with_name("ROUNDSS").with_forms(IMM_XM_X));
    rows.one(op.with_name("ROUNDSD").with_forms(IMM_XM_X));
    // CMPSS/CMPSD write an all-ones/all-zeros mask: CMPSD src, dst, $pred.
    rows.plain(Sse, names!(CMPSS CMPSD));
    rows.one(op.with_name("MOVSS").with_forms(SCALAR_MOVE_FORMS));
    rows.one(op.with_name("MOVSD").with_forms(SCALAR_MOVE_FORMS));
}

fn packed_float(rows: &mut Rows) {
    // Bitwise ops the compiler uses for float negation, abs and zeroing.
    let logic = row(Sse).with_forms(XM_X).with_flags(NONE);
    for name in [
        "ANDPS", "ANDPD", "ANDNPS", "ANDNPD", "ORPS", "ORPD", "XORPS", "XORPD",
    ] {
        rows.one(logic.with_name(name));
    }
    rows.plain(
        Sse,
        names!(
            ADDPS ADDPD SUBPS SUBPD MULPS MULPD DIVPS DIVPD SQRTPS SQRTPD
            MINPS MINPD MAXPS MAXPD RCPPS RSQRTPS CMPPS CMPPD
            ADDSUBPS ADDSUBPD HADDPS HADDPD HSUBPS HSUBPD
            ROUNDPS ROUNDPD DPPS DPPD BLENDPS BLENDPD BLENDVPS BLENDVPD
            SHUFPS SHUFPD UNPCKHPS UNPCKHPD UNPCKLPS UNPCKLPD
            EXTRACTPS INSERTPS MOVMSKPS MOVMSKPD
        ),
    );
}

fn conversions(rows: &mut Rows) {
    let from_int = row(Sse).with_forms(&[&[RM, X]]).with_flags(NONE);
    for (name, src) in [
        ("CVTSL2SS", Width::L),
        ("CVTSL2SD", Width::L),
        ("CVTSQ2SS", Width::Q),
        ("CVTSQ2SD", Width::Q),
    ] {
        rows.one(from_int.with_name(name).with_src(src));
    }
    // Float to integer: rounding per MXCSR, or truncating (CVTT).
    let to_int = row(Sse).with_forms(&[&[XM, R]]).with_flags(NONE);
    for (name, dst) in [
        ("CVTSS2SL", Width::L),
        ("CVTSS2SQ", Width::Q),
        ("CVTSD2SL", Width::L),
        ("CVTSD2SQ", Width::Q),
        ("CVTTSS2SL", Width::L),
        ("CVTTSS2SQ", Width::Q),
        ("CVTTSD2SL", Width::L),
        ("CVTTSD2SQ", Width::Q),
    ] {
        rows.one(to_int.with_name(name).with_width(dst));
    }
    let float = row(Sse).with_forms(XM_X).with_flags(NONE);
    rows.one(float.with_name("CVTSS2SD"));
    rows.one(float.with_name("CVTSD2SS"));
    // Packed conversions (PL = packed int32).
    rows.plain(
        Sse,
        names!(
            CVTPS2PD CVTPD2PS CVTPL2PS CVTPL2PD CVTPS2PL CVTPD2PL
            CVTTPS2PL CVTTPD2PL
        ),
    );
}

fn float_moves(rows: &mut Rows) {
    let mov = row(Sse).with_forms(MOVE_FORMS).with_flags(NONE);
    for name in ["MOVUPS", "MOVUPD", "MOVAPS", "MOVAPD", "MOVO", "MOVOU"] {
        rows.one(mov.with_name(name));
    }
    rows.alias("MOVOA", "MOVO");
    // MOVQOZX: load 64 bits into an XMM register, zeroing the upper half.
    rows.one(row(Sse).with_name("MOVQOZX").with_forms(MOVQOZX_FORMS));
    rows.plain(
        Sse,
        names!(
            MOVHLPS MOVLHPS MOVHPS MOVHPD MOVLPS MOVLPD
            MOVDDUP MOVSHDUP MOVSLDUP LDDQU
            MOVNTPS MOVNTPD MOVNTO MOVNTDQA MASKMOVOU
            LDMXCSR STMXCSR
        ),
    );
    rows.alias("MOVNTDQ", "MOVNTO");
    rows.alias("MASKMOVDQU", "MASKMOVOU");
    // MOVQ between MMX registers is still MOVQ.
    rows.alias("MOVD", "MOVQ");
    rows.alias("MOVDQ2Q", "MOVQ");
}

fn integer_vectors(rows: &mut Rows) {
    rows.one(
        row(Sse)
            .with_name("PXOR")
            .with_forms(MMX_OR_XMM)
            .with_flags(NONE),
    );
    // Add/subtract, plain, signed-saturating and unsigned-saturating.
    rows.plain(
        Sse,
        names!(
            PADDB PADDW PADDL PADDQ PADDSB PADDSW PADDUSB PADDUSW
            PSUBB PSUBW PSUBL PSUBQ PSUBSB PSUBSW PSUBUSB PSUBUSW
            PHADDW PHADDD PHADDSW PHSUBW PHSUBD PHSUBSW
            PABSB PABSW PABSD PSIGNB PSIGNW PSIGND PAVGB PAVGW PSADBW MPSADBW
        ),
    );
    rows.alias("PADDD", "PADDL");
    // Multiplies.
    rows.plain(
        Sse,
        names!(
            PMULLW PMULLD PMULHW PMULHUW PMULHRSW PMULDQ PMULULQ
            PMADDWL PMADDUBSW
        ),
    );
    // Logic, compare, min/max.
    rows.plain(
        Sse,
        names!(
            PAND PANDN POR
            PCMPEQB PCMPEQW PCMPEQL PCMPEQQ PCMPGTB PCMPGTW PCMPGTL PCMPGTQ
            PMAXSB PMAXSW PMAXSD PMAXUB PMAXUW PMAXUD
            PMINSB PMINSW PMINSD PMINUB PMINUW PMINUD PHMINPOSUW
        ),
    );
    // PTEST sets ZF and CF from the AND/ANDN of its operands, clears the rest.
    rows.one(
        row(Sse)
            .with_name("PTEST")
            .with_flags(writes(Flags::STATUS)),
    );
    // SSE4.2 string compares: CF ZF SF OF from the match, AF PF cleared.
    let strcmp = row(Sse).with_flags(writes(Flags::STATUS));
    for name in ["PCMPESTRI", "PCMPESTRM", "PCMPISTRI", "PCMPISTRM"] {
        rows.one(strcmp.with_name(name));
    }
    // Shifts: L/Q/W elements, O for whole-register byte shifts.
    rows.plain(
        Sse,
        names!(PSLLW PSLLL PSLLQ PSLLO PSRLW PSRLL PSRLQ PSRLO PSRAW PSRAL),
    );
    rows.alias("PSLLDQ", "PSLLO");
    rows.alias("PSRLDQ", "PSRLO");
    // Shuffles, packs, unpacks, blends, inserts and extracts.
    rows.plain(
        Sse,
        names!(
            PSHUFB PSHUFD PSHUFL PSHUFHW PSHUFLW PALIGNR PBLENDW PBLENDVB
            PACKSSWB PACKSSLW PACKUSWB PACKUSDW
            PUNPCKLBW PUNPCKLWL PUNPCKLLQ PUNPCKLQDQ
            PUNPCKHBW PUNPCKHWL PUNPCKHLQ PUNPCKHQDQ
            PINSRB PINSRW PINSRD PINSRQ PEXTRB PEXTRW PEXTRD PEXTRQ
            PMOVMSKB
            PMOVSXBW PMOVSXBD PMOVSXBQ PMOVSXWD PMOVSXWQ PMOVSXDQ
            PMOVZXBW PMOVZXBD PMOVZXBQ PMOVZXWD PMOVZXWQ PMOVZXDQ
        ),
    );
}

fn crypto(rows: &mut Rows) {
    rows.plain(
        Crypto,
        names!(
            AESENC AESENCLAST AESDEC AESDECLAST AESIMC AESKEYGENASSIST
            PCLMULQDQ
            SHA1MSG1 SHA1MSG2 SHA1NEXTE SHA1RNDS4 SHA256MSG1 SHA256MSG2 SHA256RNDS2
        ),
    );
    // CRC32B/W/L/Q: accumulate the source (of that width) into a 32-bit CRC.
    rows.sized(
        sized!("CRC32"; B W L Q),
        row(Crypto).with_forms(RM_R).with_flags(NONE),
    );
}
