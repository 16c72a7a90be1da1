//! Structural invariants of the table; the Go-derived name checks live in
//! `tests/go_oracle.rs`.

use super::*;
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
