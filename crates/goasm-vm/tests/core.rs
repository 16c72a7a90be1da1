//! Core behaviour through the public API: linking, the assembler-inserted
//! frame, calls, faults and load errors.

use goasm_vm::{CallOutcome, Fault, load_sources};

fn frame(words: &[u64], total: usize) -> Vec<u8> {
    let mut f = vec![0u8; total];
    for (i, w) in words.iter().enumerate() {
        f[i * 8..i * 8 + 8].copy_from_slice(&w.to_le_bytes());
    }
    f
}

fn word(f: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(f[i * 8..i * 8 + 8].try_into().unwrap())
}

const PROG: &str = r#"
#include "textflag.h"

// func add3(a, b, c int64) int64
TEXT ·add3(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), AX
	ADDQ b+8(FP), AX
	ADDQ c+16(FP), AX
	MOVQ AX, ret+24(FP)
	RET

// func sumTo(n int64) int64: loop with CMP/Jcc
TEXT ·sumTo(SB), NOSPLIT, $0-16
	MOVQ n+0(FP), CX
	XORQ AX, AX
loop:
	CMPQ CX, $0
	JLE done
	ADDQ CX, AX
	DECQ CX
	JMP loop
done:
	MOVQ AX, ret+8(FP)
	RET

// func twice(a int64) int64: calls add3 with a frame and locals
TEXT ·twice(SB), $40-16
	MOVQ a+0(FP), AX
	MOVQ AX, x-8(SP)
	MOVQ AX, 0(SP)
	MOVQ AX, 8(SP)
	MOVQ $0, 16(SP)
	CALL ·add3(SB)
	MOVQ 24(SP), AX
	MOVQ x-8(SP), BX
	CMPQ BX, a+0(FP)
	JNE bad
	MOVQ AX, ret+8(FP)
	RET
bad:
	MOVQ $-1, ret+8(FP)
	RET

TEXT ·div(SB), NOSPLIT, $0-24
	MOVQ a+0(FP), AX
	CQO
	IDIVQ b+8(FP)
	MOVQ AX, ret+16(FP)
	RET

TEXT ·nilderef(SB), NOSPLIT, $0-8
	MOVQ $0, AX
	MOVQ (AX), AX
	MOVQ AX, ret+0(FP)
	RET

GLOBL ·table<>(SB), RODATA, $16
DATA ·table<>+0(SB)/8, $7
DATA ·table<>+8(SB)/8, $·add3(SB)

TEXT ·readTable(SB), NOSPLIT, $0-8
	MOVQ ·table<>+0(SB), AX
	MOVQ AX, ret+0(FP)
	RET

TEXT ·writeRodata(SB), NOSPLIT, $0-0
	MOVQ $1, ·table<>+0(SB)
	RET

// Call through a function pointer stored in DATA.
TEXT ·indirect(SB), $32-8
	MOVQ $1, 0(SP)
	MOVQ $2, 8(SP)
	MOVQ $3, 16(SP)
	MOVQ ·table<>+8(SB), AX
	CALL AX
	MOVQ 24(SP), AX
	MOVQ AX, ret+0(FP)
	RET

TEXT ·spin(SB), NOSPLIT, $0-0
again:
	JMP again
"#;

fn machine() -> goasm_vm::Machine {
    load_sources(&[("prog.s", PROG)], "main").unwrap()
}

#[test]
fn fp_offsets_and_arithmetic() {
    let mut m = machine();
    let mut f = frame(&[1, 2, 3], 32);
    assert_eq!(m.call_abi0("·add3", &mut f).unwrap(), CallOutcome::Returned);
    assert_eq!(word(&f, 3), 6);
    let mut f = frame(&[100], 16);
    assert_eq!(
        m.call_abi0("main·sumTo", &mut f).unwrap(),
        CallOutcome::Returned
    );
    assert_eq!(word(&f, 1), 5050);
}

#[test]
fn framed_call_with_named_sp_locals() {
    let mut m = machine();
    let mut f = frame(&[21], 16);
    assert_eq!(
        m.call_abi0("·twice", &mut f).unwrap(),
        CallOutcome::Returned
    );
    assert_eq!(word(&f, 1), 42);
    let mut f = frame(&[0], 8);
    assert_eq!(
        m.call_abi0("·indirect", &mut f).unwrap(),
        CallOutcome::Returned
    );
    assert_eq!(word(&f, 0), 6);
    let mut f = frame(&[0], 8);
    m.call_abi0("·readTable", &mut f).unwrap();
    assert_eq!(word(&f, 0), 7);
}

#[test]
fn guest_faults_are_events() {
    let mut m = machine();
    let mut f = frame(&[7, 0], 24);
    let CallOutcome::Fault(g) = m.call_abi0("·div", &mut f).unwrap() else {
        panic!()
    };
    assert_eq!(g.fault, Fault::DivideError);
    assert!(g.location.starts_with("prog.s:47:"), "{}", g.location);
    assert!(g.symbol.starts_with("main.div+"), "{}", g.symbol);
    let mut f = frame(&[i64::MIN as u64, u64::MAX], 24);
    assert!(matches!(
        m.call_abi0("·div", &mut f).unwrap(),
        CallOutcome::Fault(_)
    ));
    let mut f = frame(&[-7i64 as u64, 2], 24);
    assert_eq!(m.call_abi0("·div", &mut f).unwrap(), CallOutcome::Returned);
    assert_eq!(word(&f, 2) as i64, -3);
    let mut f = frame(&[0], 8);
    let CallOutcome::Fault(g) = m.call_abi0("·nilderef", &mut f).unwrap() else {
        panic!()
    };
    assert_eq!(g.fault, Fault::Unmapped { addr: 0 });
    let CallOutcome::Fault(g) = m.call_abi0("·writeRodata", &mut []).unwrap() else {
        panic!()
    };
    assert!(matches!(g.fault, Fault::ReadOnly { .. }));
    m.max_steps = m.steps + 1000;
    assert!(matches!(
        m.call_abi0("·spin", &mut []).unwrap(),
        CallOutcome::StepLimit { .. }
    ));
}

#[test]
fn load_errors_have_places() {
    let e = load_sources(
        &[("a.s", "TEXT ·f(SB), 0, $0-0\n\tCALL ·g(SB)\n\tRET\n")],
        "p",
    )
    .err()
    .unwrap();
    assert_eq!(e.to_string(), "a.s:2:2: undefined: p.g");
    let e = load_sources(
        &[
            ("a.s", "TEXT ·f(SB), 0, $0-0\n\tRET\n"),
            ("b.s", "TEXT ·f(SB), 0, $0-0\n\tRET\n"),
        ],
        "p",
    )
    .err()
    .unwrap();
    assert_eq!(
        e.to_string(),
        "b.s:1:1: duplicate symbol p.f (previous definition at a.s:1:1)"
    );
    let e = load_sources(
        &[("a.s", "TEXT ·f(SB), 0, $0-0\n\tVADDPD Y1, Y2, Y3\n\tRET\n")],
        "p",
    )
    .err()
    .unwrap();
    assert!(e.to_string().starts_with("a.s:2:2: "), "{e}");
    assert!(e.to_string().contains("not supported yet"), "{e}");
    // File-local symbols do not clash across files.
    let ok = load_sources(
        &[
            ("a.s", "GLOBL x<>(SB), 8, $8\nTEXT ·f(SB), 4, $0-0\n\tRET\n"),
            ("b.s", "GLOBL x<>(SB), 8, $8\nTEXT ·g(SB), 4, $0-0\n\tRET\n"),
        ],
        "p",
    );
    assert!(ok.is_ok());
}
