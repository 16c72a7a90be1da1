//! Integer arithmetic, logic, multiply/divide, shifts and bit operations.
//!
//! Go puts the operand width in the mnemonic (ADDB/ADDW/ADDL/ADDQ), so each
//! base instruction expands to one row per width. Operand order is Go's:
//! sources first, destination last — except CMP, which keeps Intel order
//! (`CMPQ AX, $0` compares AX with 0).
//!
//! Flag notes the VM must honour (Intel SDM): a shift or rotate by a masked
//! count of 0 changes no flag; OF after a shift/rotate is defined only for a
//! count of 1 (so it is listed as both written and undefined); NEG sets CF
//! unless the operand is 0; ANDN/BLS*/BZHI clear OF and set CF per their own
//! rule.

use super::effects::*;
use super::kinds::*;
use super::{Rows, row};
use crate::info::{Form, InsnClass::*, Opnd, Width};

const SHIFT_FORMS: &[Form] = &[&[ICL, RM]];
/// SHLQ/SHRQ with three operands are Intel's SHLD/SHRD: count, source of
/// the shifted-in bits, destination.
const DOUBLE_SHIFT_FORMS: &[Form] = &[&[ICL, RM], &[ICL, R, RM], &[ICL, Opnd::PAIR]];
/// BMI forms: `OP r/m, reg, reg` (second source in VEX.vvvv, then destination).
const VEX3: &[Form] = &[&[RM, R, R]];

pub(super) fn add(rows: &mut Rows) {
    arith(rows);
    logic(rows);
    mul_div(rows);
    shifts(rows);
    bits(rows);
}

fn arith(rows: &mut Rows) {
    let alu = row(Arith).with_forms(ALU2).with_flags(ARITH);
    rows.sized(sized!("ADD"; B W L Q), alu);
    rows.sized(sized!("SUB"; B W L Q), alu);
    rows.sized(sized!("ADC"; B W L Q), alu.with_flags(ARITH_CARRY));
    rows.sized(sized!("SBB"; B W L Q), alu.with_flags(ARITH_CARRY));
    // Intel order, both operands read: reg/mem against reg/mem/imm.
    rows.sized(
        sized!("CMP"; B W L Q),
        alu.with_forms(&[&[RM, IR], &[R, M]]),
    );
    let unary = row(Arith).with_forms(UNARY_RM);
    rows.sized(sized!("NEG"; B W L Q), unary.with_flags(ARITH));
    rows.sized(sized!("INC"; B W L Q), unary.with_flags(INC_DEC));
    rows.sized(sized!("DEC"; B W L Q), unary.with_flags(INC_DEC));
    // ADX: add with carry through CF only, or through OF only.
    let adx = row(Arith).with_forms(RM_R);
    rows.sized(
        sized!("ADCX"; L Q),
        adx.with_flags(crate::FlagEffect::new(
            crate::Flags::CF,
            crate::Flags::CF,
            crate::Flags::NONE,
        )),
    );
    rows.sized(
        sized!("ADOX"; L Q),
        adx.with_flags(crate::FlagEffect::new(
            crate::Flags::OF,
            crate::Flags::OF,
            crate::Flags::NONE,
        )),
    );
}

fn logic(rows: &mut Rows) {
    let alu = row(Logic).with_forms(ALU2).with_flags(LOGIC);
    rows.sized(sized!("AND"; B W L Q), alu);
    rows.sized(sized!("OR"; B W L Q), alu);
    rows.sized(sized!("XOR"; B W L Q), alu);
    rows.sized(
        sized!("TEST"; B W L Q),
        alu.with_forms(&[&[I, RM], &[R, RM], &[M, R]]),
    );
    rows.sized(
        sized!("NOT"; B W L Q),
        row(Logic).with_forms(UNARY_RM).with_flags(NONE),
    );
    // BMI1 and-not: dst = ^src1 & src2 (Go: ANDNQ src2, src1, dst).
    rows.sized(
        sized!("ANDN"; L Q),
        row(Logic).with_forms(VEX3).with_flags(BMI),
    );
}

fn mul_div(rows: &mut Rows) {
    // One operand: AX (and DX) implicit, double-width product / dividend.
    let implicit = row(MulDiv).with_forms(UNARY_RM);
    rows.sized(sized!("MUL"; B W L Q), implicit.with_flags(MUL));
    rows.sized(sized!("DIV"; B W L Q), implicit.with_flags(DIV));
    rows.sized(sized!("IDIV"; B W L Q), implicit.with_flags(DIV));
    rows.one(
        implicit
            .with_name("IMULB")
            .with_width(Width::B)
            .with_flags(MUL),
    );
    // IMUL W/L/Q: one operand (widening) or two (truncating, dst *= src).
    rows.sized(
        sized!("IMUL"; W L Q),
        row(MulDiv).with_forms(&[&[RM], &[IRM, R]]).with_flags(MUL),
    );
    // Three-operand IMUL: dst = src * imm.
    rows.sized(
        sized!("IMUL3"; W L Q),
        row(MulDiv).with_forms(&[&[I, RM, R]]).with_flags(MUL),
    );
    // BMI2 flagless unsigned multiply of DX by r/m: MULXQ src, lo, hi.
    rows.sized(
        sized!("MULX"; L Q),
        row(MulDiv).with_forms(VEX3).with_flags(NONE),
    );
}

fn shifts(rows: &mut Rows) {
    let shift = row(Shift).with_forms(SHIFT_FORMS).with_flags(SHIFT);
    rows.sized(sized!("SHL"; B), shift);
    rows.sized(sized!("SHR"; B), shift);
    rows.sized(sized!("SHL"; W L Q), shift.with_forms(DOUBLE_SHIFT_FORMS));
    rows.sized(sized!("SHR"; W L Q), shift.with_forms(DOUBLE_SHIFT_FORMS));
    // SAL is another name for the SHL encoding.
    rows.sized(sized!("SAL"; B W L Q), shift);
    rows.sized(sized!("SAR"; B W L Q), shift);
    rows.sized(sized!("ROL"; B W L Q), shift.with_flags(ROTATE));
    rows.sized(sized!("ROR"; B W L Q), shift.with_flags(ROTATE));
    rows.sized(sized!("RCL"; B W L Q), shift.with_flags(ROTATE_CARRY));
    rows.sized(sized!("RCR"; B W L Q), shift.with_flags(ROTATE_CARRY));
    // BMI2 flagless shifts: SHLXQ count, src, dst. RORX takes an immediate.
    let shx = row(Shift).with_forms(&[&[R, RM, R]]).with_flags(NONE);
    rows.sized(sized!("SHLX"; L Q), shx);
    rows.sized(sized!("SHRX"; L Q), shx);
    rows.sized(sized!("SARX"; L Q), shx);
    rows.sized(sized!("RORX"; L Q), shx.with_forms(&[&[I, RM, R]]));
}

fn bits(rows: &mut Rows) {
    // BTQ index, base: the index is an immediate or a register.
    let bt = row(Bit).with_forms(&[&[IR, RM]]).with_flags(BIT_TEST);
    rows.sized(sized!("BT"; W L Q), bt);
    rows.sized(sized!("BTS"; W L Q), bt);
    rows.sized(sized!("BTR"; W L Q), bt);
    rows.sized(sized!("BTC"; W L Q), bt);
    let scan = row(Bit).with_forms(RM_R);
    rows.sized(sized!("BSF"; W L Q), scan.with_flags(BIT_SCAN));
    rows.sized(sized!("BSR"; W L Q), scan.with_flags(BIT_SCAN));
    rows.sized(sized!("TZCNT"; W L Q), scan.with_flags(COUNT_ZEROS));
    rows.sized(sized!("LZCNT"; W L Q), scan.with_flags(COUNT_ZEROS));
    rows.sized(sized!("POPCNT"; W L Q), scan.with_flags(POPCNT));
    // BMI1/BMI2 bit-field operations.
    let bmi = row(Bit).with_flags(BMI);
    // BEXTR and BZHI take the control operand first: BEXTRQ ctl, src, dst.
    let ctl_first: &[Form] = &[&[R, RM, R]];
    rows.sized(
        sized!("BEXTR"; L Q),
        bmi.with_forms(ctl_first).with_flags(BEXTR),
    );
    rows.sized(sized!("BZHI"; L Q), bmi.with_forms(ctl_first));
    rows.sized(sized!("BLSI"; L Q), bmi.with_forms(RM_R));
    rows.sized(sized!("BLSMSK"; L Q), bmi.with_forms(RM_R));
    rows.sized(sized!("BLSR"; L Q), bmi.with_forms(RM_R));
    rows.sized(sized!("PDEP"; L Q), row(Bit).with_forms(VEX3));
    rows.sized(sized!("PEXT"; L Q), row(Bit).with_forms(VEX3));
}
