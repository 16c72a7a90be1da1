//! Structural invariants of the table; the Go-derived name checks live in
//! `tests/go_oracle.rs`.

use super::*;
use crate::flags::{Cond, FlagEffect, Flags};
use crate::info::Control;
use std::collections::HashSet;

#[test]
fn names_are_unique() {
    let mut seen = HashSet::new();
    for r in all() {
        assert!(seen.insert(r.name), "duplicate row {}", r.name);
    }
}

#[test]
fn lookup_finds_every_row_and_nothing_else() {
    for (i, r) in all().iter().enumerate() {
        assert_eq!(lookup(r.name).map(|x| x.name), Some(r.name));
        assert_eq!(InsnId::from_name(r.name).map(InsnId::index), Some(i as u16));
    }
    for bogus in ["", "movq", "MOVQ ", "EAX", "MOVSXD", "SHLD", "JMPQ"] {
        assert!(lookup(bogus).is_none(), "{bogus:?}");
    }
}

#[test]
fn aliases_point_at_canonical_rows_and_share_their_metadata() {
    let mut count = 0;
    for r in all().iter().filter(|r| r.is_alias()) {
        count += 1;
        let c = lookup(r.canonical().unwrap()).expect("canonical row exists");
        assert!(!c.is_alias(), "{} -> alias {}", r.name, c.name);
        assert_eq!(
            r.with_name(c.name).with_canonical("x"),
            c.with_canonical("x")
        );
        assert_eq!(
            InsnId::from_name(r.name).unwrap().resolve().info().name,
            c.name
        );
    }
    assert_eq!(count, 40);
}

#[test]
fn insn_info_stays_small() {
    assert!(
        std::mem::size_of::<InsnInfo>() <= 56,
        "InsnInfo grew to {} bytes",
        std::mem::size_of::<InsnInfo>()
    );
    assert_eq!(std::mem::size_of::<InsnId>(), 2);
    assert_eq!(std::mem::size_of::<Option<Width>>(), 1);
}

#[test]
fn suffixes() {
    for s in ["Z", "BCST", "SAE", "RN_SAE", "RZ_SAE", "RU_SAE", "RD_SAE"] {
        assert!(is_suffix(s), "{s}");
    }
    for s in ["", "z", "X", "RNE_SAE", "Z.BCST"] {
        assert!(!is_suffix(s), "{s}");
    }
}

#[test]
fn conditional_rows_read_their_condition_flags() {
    let mut n = 0;
    for r in all() {
        if let Some(c) = r.cond() {
            n += 1;
            assert!(r.flags_read().contains(c.reads()), "{}", r.name);
            if r.name.len() > 3 && r.class != InsnClass::X87 && !r.name.starts_with("LOOP") {
                assert!(r.name.ends_with(c.suffix()) || r.is_alias(), "{}", r.name);
            }
        }
    }
    // 16 Jcc + 48 CMOVcc + 16 SETcc + 14 FCMOVcc + 2 LOOPcc + 29 jump aliases.
    assert_eq!(n, 16 + 48 + 16 + 14 + 2 + 29);
}

#[test]
fn suffixed_integer_rows_carry_their_width() {
    use InsnClass::*;
    for r in all() {
        let integer = matches!(
            r.class,
            Arith | Logic | MulDiv | Shift | Bit | Exchange | String | CondMove
        );
        // CMPXCHG8B/16B name a memory size in bytes, not a suffix width.
        let sized_by_bytes =
            r.name.starts_with("CMPXCHG") && r.name.ends_with("8B") || r.name.ends_with("16B");
        if !integer || r.is_alias() || r.name.starts_with("CMOV") || sized_by_bytes {
            continue;
        }
        let w = r
            .width()
            .unwrap_or_else(|| panic!("{} has no width", r.name));
        assert_eq!(r.name.chars().last(), Some(w.suffix()), "{}", r.name);
    }
    for r in all().iter().filter(|r| r.name.starts_with("CMOV")) {
        assert_eq!(r.name[4..].chars().next(), r.width().map(Width::suffix));
    }
}

#[test]
fn control_flow_kinds() {
    let ctl = |n: &str| lookup(n).unwrap().control();
    assert_eq!(ctl("JMP"), Control::Jump);
    assert_eq!(ctl("CALL"), Control::Call);
    assert_eq!(ctl("RET"), Control::Ret);
    assert_eq!(ctl("JEQ"), Control::CondJump);
    assert_eq!(ctl("JZ"), Control::CondJump);
    assert_eq!(ctl("UNDEF"), Control::Trap);
    assert_eq!(ctl("UD2"), Control::Trap);
    assert_eq!(ctl("ADDQ"), Control::Next);
    assert!(lookup("JMP").unwrap().is_terminator());
    assert!(!lookup("CALL").unwrap().is_terminator());
    assert!(lookup("JLT").unwrap().is_branch());
    // Every row whose name starts with J is a jump (Go's own rule for
    // parsing jump operands), and every conditional one has a condition.
    for r in all().iter().filter(|r| r.name.starts_with('J')) {
        assert!(r.is_branch(), "{}", r.name);
    }
}

/// The instructions the VM executes (see the crate's hand-off notes): each
/// must have a complete row — operand forms, and flags read/written/undefined.
const VM_SUBSET: &[&str] = &[
    "MOVB",
    "MOVW",
    "MOVL",
    "MOVQ",
    "MOVBLZX",
    "MOVBQZX",
    "MOVWLZX",
    "MOVWQZX",
    "MOVBLSX",
    "MOVBQSX",
    "MOVWLSX",
    "MOVWQSX",
    "MOVLQSX",
    "MOVLQZX",
    "LEAL",
    "LEAQ",
    "ANDNL",
    "ANDNQ",
    "IMULB",
    "IMULW",
    "IMULL",
    "IMULQ",
    "IMUL3W",
    "IMUL3L",
    "IMUL3Q",
    "MULXL",
    "MULXQ",
    "CQO",
    "CDQ",
    "CWD",
    "CBW",
    "CWDE",
    "CDQE",
    "SHLXL",
    "SHLXQ",
    "SHRXL",
    "SHRXQ",
    "SARXL",
    "SARXQ",
    "RORXL",
    "RORXQ",
    "BSWAPL",
    "BSWAPQ",
    "JMP",
    "CALL",
    "RET",
    "PUSHFQ",
    "POPFQ",
    "LOCK",
    "NOP",
    "PCALIGN",
    "CPUID",
    "RDTSC",
    "MOVSS",
    "MOVSD",
    "ADDSS",
    "ADDSD",
    "SUBSS",
    "SUBSD",
    "MULSS",
    "MULSD",
    "DIVSS",
    "DIVSD",
    "SQRTSS",
    "SQRTSD",
    "MINSS",
    "MINSD",
    "MAXSS",
    "MAXSD",
    "UCOMISS",
    "UCOMISD",
    "COMISS",
    "COMISD",
    "CVTSL2SS",
    "CVTSL2SD",
    "CVTSQ2SS",
    "CVTSQ2SD",
    "CVTSS2SL",
    "CVTSS2SQ",
    "CVTSD2SL",
    "CVTSD2SQ",
    "CVTTSS2SL",
    "CVTTSS2SQ",
    "CVTTSD2SL",
    "CVTTSD2SQ",
    "CVTSS2SD",
    "CVTSD2SS",
    "XORPS",
    "ANDPS",
    "ORPS",
    "ANDNPS",
    "XORPD",
    "ANDPD",
    "ORPD",
    "ANDNPD",
    "ROUNDSD",
    "ROUNDSS",
    "PXOR",
    "MOVUPS",
    "MOVOU",
    "MOVO",
    "MOVOA",
];

/// Width-suffixed families in the VM subset.
const VM_SIZED: &[(&str, &str)] = &[
    ("ADD", "BWLQ"),
    ("SUB", "BWLQ"),
    ("ADC", "BWLQ"),
    ("SBB", "BWLQ"),
    ("INC", "BWLQ"),
    ("DEC", "BWLQ"),
    ("NEG", "BWLQ"),
    ("NOT", "BWLQ"),
    ("AND", "BWLQ"),
    ("OR", "BWLQ"),
    ("XOR", "BWLQ"),
    ("MUL", "BWLQ"),
    ("DIV", "BWLQ"),
    ("IDIV", "BWLQ"),
    ("SHL", "BWLQ"),
    ("SHR", "BWLQ"),
    ("SAR", "BWLQ"),
    ("SAL", "BWLQ"),
    ("ROL", "BWLQ"),
    ("ROR", "BWLQ"),
    ("RCL", "BWLQ"),
    ("RCR", "BWLQ"),
    ("BT", "WLQ"),
    ("BTS", "WLQ"),
    ("BTR", "WLQ"),
    ("BTC", "WLQ"),
    ("BSF", "WLQ"),
    ("BSR", "WLQ"),
    ("TZCNT", "WLQ"),
    ("LZCNT", "WLQ"),
    ("POPCNT", "WLQ"),
    ("CMP", "BWLQ"),
    ("TEST", "BWLQ"),
    ("XCHG", "BWLQ"),
    ("XADD", "BWLQ"),
    ("CMPXCHG", "BWLQ"),
    ("PUSH", "WLQ"),
    ("POP", "WLQ"),
];

fn vm_rows() -> Vec<&'static InsnInfo> {
    let mut names: Vec<String> = VM_SUBSET.iter().map(|s| s.to_string()).collect();
    for (base, widths) in VM_SIZED {
        names.extend(widths.chars().map(|w| format!("{base}{w}")));
    }
    let conds = Cond::ALL.iter().map(|c| c.suffix());
    for c in conds {
        names.push(format!("SET{c}"));
        names.push(format!("J{c}"));
        for w in ["W", "L", "Q"] {
            names.push(format!("CMOV{w}{c}"));
        }
    }
    let mut rows: Vec<_> = names
        .iter()
        .map(|n| lookup(n).unwrap_or_else(|| panic!("VM row {n} missing")))
        .collect();
    rows.extend(
        all()
            .iter()
            .filter(|r| r.name.starts_with('J') && r.is_alias()),
    );
    rows
}

#[test]
fn vm_subset_rows_are_complete() {
    let rows = vm_rows();
    let mut unique = HashSet::new();
    for r in &rows {
        assert!(unique.insert(r.name), "{} listed twice", r.name);
    }
    assert_eq!(rows.len(), 352);
    for r in &rows {
        assert!(r.forms().is_some(), "{} has no operand forms", r.name);
        let f = r.flags();
        assert!(f.read.bits() & !Flags::ALL.bits() == 0, "{}", r.name);
        // A flag the manual leaves undefined is never also only "read".
        assert!(
            !f.undefined.intersects(f.read.without(f.written)) || f.undefined.is_empty(),
            "{}",
            r.name
        );
    }
    // Every described row is either in the VM subset or a documented extra.
    let described = all().iter().filter(|r| r.forms().is_some()).count();
    assert!(described >= rows.len(), "{described}");
}

#[test]
fn flag_effects_follow_the_intel_manual() {
    let fx = |n: &str| lookup(n).unwrap().flags();
    let fl = |s: &str| Flags::parse(s).unwrap();
    let check = |n: &str, read: &str, written: &str, undefined: &str| {
        assert_eq!(
            fx(n),
            FlagEffect::new(fl(read), fl(written), fl(undefined)),
            "{n}"
        );
    };
    check("ADDQ", "", "CF|PF|AF|ZF|SF|OF", "");
    check("SUBB", "", "CF|PF|AF|ZF|SF|OF", "");
    check("CMPL", "", "CF|PF|AF|ZF|SF|OF", "");
    check("NEGW", "", "CF|PF|AF|ZF|SF|OF", "");
    check("ADCQ", "CF", "CF|PF|AF|ZF|SF|OF", "");
    check("SBBL", "CF", "CF|PF|AF|ZF|SF|OF", "");
    check("INCQ", "", "PF|AF|ZF|SF|OF", "");
    check("DECB", "", "PF|AF|ZF|SF|OF", "");
    check("ANDQ", "", "CF|PF|ZF|SF|OF", "AF");
    check("TESTB", "", "CF|PF|ZF|SF|OF", "AF");
    check("NOTQ", "", "", "");
    check("MULQ", "", "CF|OF", "PF|AF|ZF|SF");
    check("IMULQ", "", "CF|OF", "PF|AF|ZF|SF");
    check("IMUL3L", "", "CF|OF", "PF|AF|ZF|SF");
    check("DIVQ", "", "", "CF|PF|AF|ZF|SF|OF");
    check("IDIVB", "", "", "CF|PF|AF|ZF|SF|OF");
    check("MULXQ", "", "", "");
    check("SHLQ", "", "CF|PF|ZF|SF|OF", "AF|OF");
    check("SARL", "", "CF|PF|ZF|SF|OF", "AF|OF");
    check("ROLQ", "", "CF|OF", "OF");
    check("RCRB", "CF", "CF|OF", "OF");
    check("SHRXQ", "", "", "");
    check("BTQ", "", "CF", "PF|AF|SF|OF");
    check("BTSL", "", "CF", "PF|AF|SF|OF");
    check("BSFQ", "", "ZF", "CF|PF|AF|SF|OF");
    check("TZCNTQ", "", "CF|ZF", "PF|AF|SF|OF");
    check("POPCNTL", "", "CF|PF|AF|ZF|SF|OF", "");
    check("ANDNQ", "", "CF|ZF|SF|OF", "PF|AF");
    check("UCOMISD", "", "CF|PF|AF|ZF|SF|OF", "");
    check("PUSHFQ", "CF|PF|AF|ZF|SF|DF|OF", "", "");
    check("POPFQ", "", "CF|PF|AF|ZF|SF|DF|OF", "");
    check("XADDQ", "", "CF|PF|AF|ZF|SF|OF", "");
    check("CMPXCHGL", "", "CF|PF|AF|ZF|SF|OF", "");
    check("SETHI", "CF|ZF", "", "");
    check("CMOVQLT", "SF|OF", "", "");
    check("JGT", "ZF|SF|OF", "", "");
    check("JA", "CF|ZF", "", "");
    for n in [
        "MOVQ", "LEAQ", "MOVBQSX", "CQO", "BSWAPQ", "XCHGQ", "CVTSQ2SD", "CPUID",
    ] {
        check(n, "", "", "");
    }
}

#[test]
fn widths_of_extensions_and_conversions() {
    let w = |n: &str| {
        let r = lookup(n).unwrap();
        (r.src_width(), r.width())
    };
    assert_eq!(w("MOVBQZX"), (Some(Width::B), Some(Width::Q)));
    assert_eq!(w("MOVWLSX"), (Some(Width::W), Some(Width::L)));
    assert_eq!(w("MOVLQSX"), (Some(Width::L), Some(Width::Q)));
    assert_eq!(w("CQO"), (Some(Width::Q), Some(Width::Q)));
    assert_eq!(w("CWDE"), (Some(Width::W), Some(Width::L)));
    assert_eq!(w("CVTSL2SD"), (Some(Width::L), None));
    assert_eq!(w("CVTSQ2SS"), (Some(Width::Q), None));
    assert_eq!(w("CVTTSD2SQ"), (None, Some(Width::Q)));
    assert_eq!(w("CVTSS2SL"), (None, Some(Width::L)));
    assert_eq!(w("SETEQ").1, Some(Width::B));
    assert_eq!(w("CMOVLNE").1, Some(Width::L));
}

#[test]
fn operand_forms_match_go_operand_order() {
    use crate::info::Opnd;
    let ok = |n: &str, kinds: &[Opnd]| lookup(n).unwrap().accepts(kinds);
    let (r, m, i, x, cx) = (Opnd::R, Opnd::M, Opnd::I, Opnd::X, Opnd::R | Opnd::CL);
    assert!(ok("ADDQ", &[i, r]) && ok("ADDQ", &[m, r]) && ok("ADDQ", &[r, m]));
    assert!(!ok("ADDQ", &[m, m]) && !ok("ADDQ", &[r, i]) && !ok("ADDQ", &[r]));
    assert!(ok("CMPQ", &[r, i]) && ok("CMPQ", &[m, i]) && !ok("CMPQ", &[i, r]));
    assert!(ok("SHLQ", &[cx, r]) && ok("SHLQ", &[i, r]) && !ok("SHLQ", &[r, r]));
    assert!(ok("SHLQ", &[cx, r, m]) && !ok("SHLB", &[cx, r, m]));
    assert!(ok("IMULQ", &[r]) && ok("IMULQ", &[m, r]) && ok("IMUL3Q", &[i, m, r]));
    assert!(ok("MOVQ", &[x, r]) && ok("MOVQ", &[r, x]) && ok("MOVL", &[x, r]));
    assert!(!ok("MOVB", &[x, r]));
    assert!(ok("CVTSQ2SD", &[m, x]) && ok("CVTTSD2SQ", &[x, r]) && !ok("CVTTSD2SQ", &[x, x]));
    assert!(ok("ROUNDSD", &[i, x, x]) && ok("ADDSD", &[i, x]) && !ok("SQRTSD", &[i, x]));
    assert!(ok("LEAQ", &[m, r]) && !ok("LEAQ", &[r, r]));
    assert!(ok("JEQ", &[Opnd::T]) && ok("JMP", &[r]) && ok("CALL", &[m]));
    assert!(ok("RET", &[]) && ok("CPUID", &[]) && !ok("CPUID", &[r]));
}
