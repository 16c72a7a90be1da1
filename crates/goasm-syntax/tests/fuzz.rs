//! Fuzz properties run under stable `cargo test` with arbtest. Each runs for
//! a short budget by default; set `GOASM_FUZZ_SECS=600` for a long campaign.
//! A failure prints the seed, which arbtest can replay.

use arbitrary::Unstructured;
use goasm_syntax::{Config, FileId, parse_listing, parse_str, print_file};
use std::time::Duration;

fn budget() -> Duration {
    let secs = std::env::var("GOASM_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    Duration::from_secs(secs)
}

fn config() -> Config {
    Config {
        read_files: false,
        ..Config::default()
    }
}

const SEEDS: &[&str] = &[
    "#include \"textflag.h\"\nTEXT ·Swap(SB), NOSPLIT, $0-32\n\tMOVQ a+0(FP), AX\n\tMOVQ b+8(FP), BX\n\tMOVQ BX, ret+16(FP)\n\tMOVQ AX, ret1+24(FP)\n\tRET\n",
    "#define SWAP(x, y, t) MOVQ x, t; MOVQ y, x; MOVQ t, y\nTEXT ·f(SB), $16-8\nloop: SWAP(AX, BX, CX)\n\tJNE loop\n\tLEAQ tab<>+8(SB)(CX*8), DX\n\tRET\nDATA tab<>+0(SB)/8, $(1<<3)\nGLOBL tab<>(SB), 8, $16\n",
    "#ifdef X\n#define A B\n#else\n#define A(x) x+x\n#endif\n\tVADDPD.RU_SAE.Z Z1, Z2, K1, Z3\n\tV4FMADDPS 17(SP), [Z0-Z3], K2, Z0\n\tSHLL CX, R11:AX\n",
    "main.add STEXT nosplit size=4 args=0x10 locals=0x0 funcid=0x0 align=0x0\n\t0x0000 00000 (p.go:8)\tTEXT\tmain.add(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16\n\t0x0000 00000 (p.go:8)\tADDQ\tBX, AX\n\t0x0003 00003 (p.go:8)\tRET\n\t0x0000 48 01 d8 c3                                      H...\n\trel 3+4 t=R_CALL runtime.printlock+0\ngo:string.\"hi\" SRODATA dupok size=2 align=0x1\n\t0x0000 68 69                                            hi\n",
];

fn parse_everything(text: &str) {
    let p = parse_str("fuzz.s", text, &config());
    for d in &p.diags {
        let _ = d.render(&p.sources);
    }
    let _ = print_file(&p.file);
    let _ = parse_listing(text, FileId(0));
}

#[test]
fn no_input_panics_the_parser() {
    arbtest::arbtest(|u| {
        let bytes: Vec<u8> = u.arbitrary()?;
        parse_everything(&String::from_utf8_lossy(&bytes));
        Ok(())
    })
    .budget(budget());
}

/// Mutations of real inputs reach deeper than random bytes: splice tokens
/// that matter to the grammar into valid programs.
#[test]
fn mutated_programs_never_panic_or_hang() {
    const PIECES: &[&str] = &[
        "(",
        ")",
        "$",
        "*",
        ",",
        ";",
        ":",
        "<>",
        "<ABIInternal>",
        "\\\n",
        "#define A A A\n",
        "#define B(x) B(x) x\n",
        "B(",
        "A",
        "#ifdef A\n",
        "#else\n",
        "#endif\n",
        "#include \"textflag.h\"\n",
        "/*",
        "*/",
        "//",
        "\"",
        "'",
        "(SB)",
        "(FP)",
        "(SP)",
        "(PC)",
        "+8",
        "-8",
        "<<",
        ">>",
        "1.5",
        "0x",
        "·",
        "∕",
        "\n",
        "TEXT ",
        "DATA ",
        "GLOBL ",
        "/8",
        "[Z0-Z3]",
        "R11:AX",
        "(AX)(BX*8)",
        "\t0x0000 00000 (x.go:1)\t",
        "rel 1+4 t=R_ADDR x+0\n",
        " STEXT size=1\n",
    ];
    arbtest::arbtest(|u: &mut Unstructured<'_>| {
        let seed = SEEDS[u.choose_index(SEEDS.len())?];
        let mut text = seed.to_string();
        for _ in 0..u.int_in_range(1..=8)? {
            let mut at = u.int_in_range(0..=text.len())?;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match u.int_in_range(0..=2)? {
                0 => text.insert_str(at, PIECES[u.choose_index(PIECES.len())?]),
                1 => {
                    let mut end = (at + u.int_in_range(0..=12)?).min(text.len());
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    text.replace_range(at..end, "");
                }
                _ => {
                    let copy: String = text[at..].chars().take(40).collect();
                    text.insert_str(at, &copy);
                }
            }
        }
        parse_everything(&text);
        Ok(())
    })
    .budget(budget());
}

#[test]
fn macro_expansion_is_bounded() {
    // Each level doubles the expansion: 2^40 tokens if unbounded.
    let mut src = String::from("#define M0 AX\n");
    for i in 1..=40 {
        src.push_str(&format!("#define M{i} M{} M{}\n", i - 1, i - 1));
    }
    src.push_str(
        "\tMOVQ M40, BX\n#define R R R\n\tMOVQ R, AX\n#define F(x) F(x) F(x)\n\tMOVQ F(1), AX\n",
    );
    let start = std::time::Instant::now();
    let p = parse_str("bomb.s", &src, &config());
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "took {:?}",
        start.elapsed()
    );
    assert!(
        p.diags
            .iter()
            .any(|d| d.message.contains("too large") || d.message.contains("too deeply"))
    );
}

/// Random valid programs: parse -> print -> parse gives the same tree.
#[test]
fn printed_form_round_trips() {
    const REGS: &[&str] = &[
        "AX", "BX", "R8", "R15", "SI", "X3", "Y9", "Z17", "K1", "AL", "R9B", "AH",
    ];
    const MNEM: &[&str] = &[
        "MOVQ", "ADDL", "VPADDD", "CMPQ", "LEAQ", "JMP", "SHLQ", "MOVSD", "NOP", "PCDATA",
    ];
    arbtest::arbtest(|u| {
        let mut src = String::from("TEXT ·f(SB), NOSPLIT|DUPOK, $16-8\n");
        for _ in 0..u.int_in_range(1..=30)? {
            let m = MNEM[u.choose_index(MNEM.len())?];
            let mut ops = Vec::new();
            for _ in 0..u.int_in_range(0..=3)? {
                let v: i64 = u.arbitrary()?;
                let f: f64 = u.arbitrary()?;
                let r = REGS[u.choose_index(REGS.len())?];
                ops.push(match u.int_in_range(0..=9)? {
                    0 => r.to_string(),
                    1 => format!("${v}"),
                    2 if f.is_finite() => format!("$({f:?})"),
                    3 => format!("{}(SP)", v % 4096),
                    4 => format!("x{}+{}(FP)", u.int_in_range(0..=9)?, v.rem_euclid(64)),
                    5 => format!(
                        "·t<>+{}(SB)(CX*{})",
                        v.rem_euclid(99),
                        [1, 2, 4, 8][u.choose_index(4)?]
                    ),
                    6 => format!("{}(R12)(R13*8)", v % 100),
                    7 => format!("$\"{}\"", "ab\\n\\x01"),
                    8 => "$~(1<<7)".to_string(),
                    _ => format!("{}(PC)", v % 10),
                });
            }
            if u.ratio(1, 8)? {
                src.push_str(&format!("l{}:\n", u.int_in_range(0..=99)?));
            }
            src.push_str(&format!("\t{m} {}\n", ops.join(", ")));
        }
        src.push_str("DATA ·t<>+0(SB)/8, $7\nGLOBL ·t<>(SB), RODATA, $8\n");
        let p = parse_str("gen.s", &src, &config());
        assert!(p.diags.is_empty(), "{src}\n{}", p.render_diags());
        let printed = print_file(&p.file);
        let q = parse_str("printed.s", &printed, &config());
        assert!(q.diags.is_empty(), "{printed}\n{}", q.render_diags());
        assert_eq!(
            q.file.without_spans(),
            p.file.without_spans(),
            "{src}\n---\n{printed}"
        );
        assert_eq!(print_file(&q.file), printed);
        Ok(())
    })
    .budget(budget());
}
