//! Property: random instruction sequences from the supported set (random
//! registers, immediates, memory operands, widths and branches) never panic
//! the loader or the interpreter; they return, fault or hit the step limit.

use arbitrary::Unstructured;
use std::sync::atomic::{AtomicUsize, Ordering};

static LOADED: AtomicUsize = AtomicUsize::new(0);
static TRIED: AtomicUsize = AtomicUsize::new(0);

const GP: [&str; 14] = [
    "AX", "BX", "CX", "DX", "SI", "DI", "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15",
];
const B8: [&str; 6] = ["AL", "BL", "CL", "DH", "R9B", "SIB"];
const X: [&str; 4] = ["X0", "X1", "X7", "X15"];
const W: [&str; 4] = ["B", "W", "L", "Q"];
const ALU: [&str; 16] = [
    "ADD", "SUB", "ADC", "SBB", "AND", "OR", "XOR", "CMP", "TEST", "MOV", "XCHG", "XADD",
    "CMPXCHG", "BTS", "SHL", "ROR",
];
const UN: [&str; 9] = [
    "INC", "DEC", "NEG", "NOT", "MUL", "IMUL", "DIV", "IDIV", "BSWAP",
];
const QONLY: [&str; 12] = [
    "BSFQ", "BSRQ", "TZCNTQ", "LZCNTQ", "POPCNTQ", "MOVBQSX", "MOVWQZX", "MOVLQSX", "CMOVQLT",
    "LEAQ", "IMULQ", "BTQ",
];
const SSE: [&str; 14] = [
    "ADDSD", "SUBSS", "MULSD", "DIVSD", "SQRTSD", "MINSD", "MAXSS", "UCOMISD", "COMISS", "XORPS",
    "ANDNPD", "MOVSD", "MOVSS", "MOVOU",
];

fn pick<'a>(u: &mut Unstructured<'_>, xs: &[&'a str]) -> arbitrary::Result<&'a str> {
    Ok(xs[u.choose_index(xs.len())?])
}

fn mem(u: &mut Unstructured<'_>) -> arbitrary::Result<String> {
    Ok(match u.int_in_range(0..=4)? {
        0 => format!("a+{}(FP)", u.int_in_range(0..=3)? * 8),
        1 => format!("{}(SP)", u.int_in_range(-16..=64)?),
        2 => format!("{}({})", u.int_in_range(-8..=8)?, pick(u, &GP)?),
        3 => format!("buf<>+{}(SB)", u.int_in_range(0..=56)?),
        _ => format!(
            "({})({}*{})",
            pick(u, &GP)?,
            pick(u, &GP)?,
            pick(u, &["1", "2", "4", "8"])?
        ),
    })
}

fn operand(u: &mut Unstructured<'_>) -> arbitrary::Result<String> {
    Ok(match u.int_in_range(0..=5)? {
        0 | 1 => pick(u, &GP)?.to_string(),
        2 => pick(u, &B8)?.to_string(),
        3 => format!("${}", u.arbitrary::<i32>()?),
        _ => mem(u)?,
    })
}

fn line(u: &mut Unstructured<'_>, i: usize) -> arbitrary::Result<String> {
    Ok(match u.int_in_range(0..=9)? {
        0..=3 => format!(
            "{}{} {}, {}",
            pick(u, &ALU)?,
            pick(u, &W)?,
            operand(u)?,
            operand(u)?
        ),
        4 => format!("{}{} {}", pick(u, &UN)?, pick(u, &W)?, operand(u)?),
        5 => format!("{} {}, {}", pick(u, &QONLY)?, operand(u)?, pick(u, &GP)?),
        6 => format!("{} {}, {}", pick(u, &SSE)?, pick(u, &X)?, pick(u, &X)?),
        7 => format!(
            "{} {}(PC)",
            pick(u, &["JEQ", "JNE", "JLT", "JHI", "JMP", "JCS", "JPL"])?,
            u.int_in_range(-(i as i64)..=4)?
        ),
        8 => format!(
            "{} {}",
            pick(u, &["PUSHQ", "POPQ", "SETEQ", "SETGT"])?,
            pick(u, &GP)?
        ),
        _ => format!(
            "{} ${}, {}, {}",
            pick(u, &["IMUL3Q", "RORXQ", "SHLQ", "SHRQ"])?,
            u.int_in_range(0..=70)?,
            pick(u, &GP)?,
            pick(u, &GP)?
        ),
    })
}

#[test]
fn random_instruction_sequences_never_panic() {
    arbtest::arbtest(|u| {
        let n = u.int_in_range(1..=8)?;
        let mut src = String::from(
            "#include \"textflag.h\"\nGLOBL buf<>(SB), NOPTR, $64\nTEXT ·f(SB), $32-32\n",
        );
        for i in 0..n {
            src.push('\t');
            src.push_str(&line(u, i)?);
            src.push('\n');
        }
        src.push_str("\tRET\n");
        TRIED.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut m) = goasm_vm::load_sources(&[("r.s", &src)], "p") {
            LOADED.fetch_add(1, Ordering::Relaxed);
            m.max_steps = 10_000;
            let mut frame = [0u8; 32];
            for (i, b) in frame.iter_mut().enumerate() {
                *b = u.arbitrary().unwrap_or(i as u8);
            }
            let _ = m.call_abi0("·f", &mut frame);
        }
        Ok(())
    })
    .budget_ms(3_000);
    let (t, l) = (
        TRIED.load(Ordering::Relaxed),
        LOADED.load(Ordering::Relaxed),
    );
    eprintln!("{l} of {t} random programs loaded and ran");
    assert!(
        l * 20 >= t,
        "too few random programs load ({l} of {t}): the generator is off"
    );
}

/// Extreme stack adjustments are a load error, not an arithmetic overflow.
#[test]
fn huge_adjsp_is_a_load_error() {
    for v in ["0x7fffffffffffffff", "-0x7fffffffffffffff", "0x100000000"] {
        let src = format!("TEXT ·f(SB), 4, $0-0\n\tADJSP ${v}\n\tRET\n");
        let err = goasm_vm::load_sources(&[("a.s", &src)], "main")
            .err()
            .unwrap_or_else(|| panic!("ADJSP ${v} loaded"));
        assert!(err.to_string().contains("beyond any stack"), "{err}");
    }
}
