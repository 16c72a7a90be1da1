//! Every operand and directive form the issue lists, checked against trees
//! written by hand (not against goasm's own printing).

use goasm_isa::Reg;
use goasm_syntax::ast::{Base, Mem, OperandKind as K, StmtKind, SymRef};
use goasm_syntax::{Config, parse_str};

fn r(n: &str) -> Reg {
    Reg::from_name(n).unwrap()
}

fn sym(n: &str) -> Option<SymRef> {
    Some(SymRef::new(n))
}

fn operand(text: &str) -> K {
    let src = format!("TEXT f(SB), $0\n\tMOVQ\t{text}, AX\n");
    let p = parse_str("t.s", &src, &Config::default());
    assert!(p.diags.is_empty(), "{text}: {}", p.render_diags());
    match &p.file.stmts[1].kind {
        StmtKind::Insn(i) => i.operands[0].kind.clone(),
        other => panic!("{other:?}"),
    }
}

fn mem(sym_: Option<SymRef>, offset: i64, base: Option<Base>, index: Option<(Reg, u8)>) -> Mem {
    Mem {
        sym: sym_,
        offset,
        base,
        index,
    }
}

#[test]
fn registers_as_go_spells_them() {
    for name in [
        "AX", "R15", "AL", "R8B", "SPB", "AH", "X15", "Y31", "Z7", "K3", "CS", "TLS",
    ] {
        assert_eq!(operand(name), K::Reg(r(name)), "{name}");
    }
    assert_eq!(operand("g"), K::Reg(r("R14")));
    assert_eq!(operand("R11:DX"), K::RegPair(r("R11"), r("DX")));
    assert_eq!(operand("[Z0-Z3]"), K::RegList(r("Z0"), r("Z3")));
}

#[test]
fn immediates_with_constant_expressions() {
    let cases: &[(&str, i64)] = &[
        ("$1", 1),
        ("$-1", -1),
        ("$~0", -1),
        ("$(1<<3)", 8),
        ("$0x10", 16),
        ("$010", 8),
        ("$0b11", 3),
        ("$'a'", 97),
        ("$'\\n'", 10),
        ("$(3+4*2)", 11),
        ("$(7&^0)", 7),
        ("$(1<<63)", i64::MIN),
        ("$(20/3)", 6),
        ("$(20%3)", 2),
        ("$(0xF0|0x0F)", 255),
        ("$(0xFF^0x0F)", 240),
        ("$(256>>4)", 16),
        ("$-(2)", -2),
    ];
    for (text, want) in cases {
        if text.contains("&^") {
            continue; // not Go assembler syntax; listed to document that
        }
        assert_eq!(operand(text), K::Imm(*want), "{text}");
    }
    assert_eq!(operand("$1.5"), K::FloatImm(1.5f64.to_bits()));
    assert_eq!(operand("$(-0.25)"), K::FloatImm((-0.25f64).to_bits()));
    assert_eq!(operand("$\"hi\\x00\""), K::StrImm(b"hi\0".to_vec()));
}

#[test]
fn memory_forms_and_pseudo_registers() {
    use Base::*;
    assert_eq!(operand("a+0(FP)"), K::Mem(mem(sym("a"), 0, Some(FP), None)));
    assert_eq!(
        operand("ret+24(FP)"),
        K::Mem(mem(sym("ret"), 24, Some(FP), None))
    );
    // Named SP is the pseudo-register; unnamed SP is the hardware register.
    assert_eq!(
        operand("x-8(SP)"),
        K::Mem(mem(sym("x"), -8, Some(PseudoSP), None))
    );
    assert_eq!(
        operand("8(SP)"),
        K::Mem(mem(None, 8, Some(Reg(r("SP"))), None))
    );
    assert_eq!(
        operand("(SP)"),
        K::Mem(mem(None, 0, Some(Reg(r("SP"))), None))
    );
    assert_eq!(
        operand("-16(BP)"),
        K::Mem(mem(None, -16, Some(Reg(r("BP"))), None))
    );
    assert_eq!(
        operand("8(AX)(BX*8)"),
        K::Mem(mem(None, 8, Some(Reg(r("AX"))), Some((r("BX"), 8))))
    );
    assert_eq!(
        operand("(R12)(R13*4)"),
        K::Mem(mem(None, 0, Some(Reg(r("R12"))), Some((r("R13"), 4))))
    );
    assert_eq!(
        operand("(AX*4)"),
        K::Mem(mem(None, 0, None, Some((r("AX"), 4))))
    );
    assert_eq!(
        operand("·tab(SB)(CX*8)"),
        K::Mem(mem(sym("·tab"), 0, Some(SB), Some((r("CX"), 8))))
    );
    assert_eq!(
        operand("runtime·x+8(SB)"),
        K::Mem(mem(sym("runtime·x"), 8, Some(SB), None))
    );
    assert_eq!(
        operand("pkg∕path·name(SB)"),
        K::Mem(mem(sym("pkg∕path·name"), 0, Some(SB), None))
    );
    let local = SymRef {
        name: "tab".into(),
        is_static: true,
        abi: None,
    };
    assert_eq!(
        operand("tab<>+16(SB)"),
        K::Mem(mem(Some(local), 16, Some(SB), None))
    );
    let abi = SymRef {
        name: "·f".into(),
        is_static: false,
        abi: Some("ABIInternal".into()),
    };
    assert_eq!(
        operand("$·f<ABIInternal>(SB)"),
        K::Addr(mem(Some(abi), 0, Some(SB), None))
    );
    assert_eq!(
        operand("$x+8(FP)"),
        K::Addr(mem(sym("x"), 8, Some(FP), None))
    );
    assert_eq!(
        operand("(TLS)"),
        K::Mem(mem(None, 0, Some(Reg(r("TLS"))), None))
    );
    assert_eq!(
        operand("0(CX)(TLS*1)"),
        K::Mem(mem(None, 0, Some(Reg(r("CX"))), Some((r("TLS"), 1))))
    );
    assert_eq!(
        operand("(BP)(X7*2)"),
        K::Mem(mem(None, 0, Some(Reg(r("BP"))), Some((r("X7"), 2))))
    );
    assert_eq!(
        operand("*(AX)"),
        K::Mem(mem(None, 0, Some(Reg(r("AX"))), None))
    );
    assert_eq!(operand("2(PC)"), K::PcRel(2));
    assert_eq!(operand("loop"), K::Label("loop".into()));
    assert_eq!(operand("4"), K::Mem(mem(None, 4, None, None)));
}

#[test]
fn directives() {
    let src = r#"#include "textflag.h"
TEXT ·Swap(SB), NOSPLIT|NOFRAME, $0-32
TEXT ·neg(SB), 4, $-8
TEXT ·expr(SB), NOSPLIT, $(8*4)-(2*8)
TEXT ·noargs(SB), $16
TEXT ·f<ABIInternal>(SB), NOSPLIT, $0
DATA ·x+0(SB)/8, $0x3fe0000000000000
DATA ·x+8(SB)/8, $1.5
DATA ·s<>+0(SB)/5, $"hello"
DATA ·p+0(SB)/8, $·x(SB)
GLOBL ·x(SB), RODATA|NOPTR, $16
GLOBL ·p(SB), $8
"#;
    let p = parse_str("d.s", src, &Config::default());
    assert!(p.diags.is_empty(), "{}", p.render_diags());
    let texts: Vec<_> = p
        .file
        .stmts
        .iter()
        .filter_map(|s| match &s.kind {
            StmtKind::Text(t) => Some((t.sym.name.clone(), t.flags, t.frame, t.args)),
            _ => None,
        })
        .collect();
    assert_eq!(
        texts,
        [
            ("·Swap".to_string(), 4 | 512, 0, Some(32)),
            ("·neg".to_string(), 4, -8, None),
            ("·expr".to_string(), 4, 32, Some(16)),
            ("·noargs".to_string(), 0, 16, None),
            ("·f".to_string(), 4, 0, None),
        ]
    );
    let datas: Vec<_> = p
        .file
        .stmts
        .iter()
        .filter_map(|s| match &s.kind {
            StmtKind::Data(d) => {
                Some((d.sym.name.clone(), d.offset, d.width, d.value.kind.clone()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(datas[0], ("·x".into(), 0, 8, K::Imm(0x3fe0000000000000)));
    assert_eq!(datas[1], ("·x".into(), 8, 8, K::FloatImm(1.5f64.to_bits())));
    assert_eq!(datas[2], ("·s".into(), 0, 5, K::StrImm(b"hello".to_vec())));
    assert_eq!(datas[3].3, K::Addr(mem(sym("·x"), 0, Some(Base::SB), None)));
    let globls: Vec<_> = p
        .file
        .stmts
        .iter()
        .filter_map(|s| match &s.kind {
            StmtKind::Globl(g) => Some((g.sym.name.clone(), g.flags, g.size)),
            _ => None,
        })
        .collect();
    assert_eq!(
        globls,
        [("·x".to_string(), 8 | 16, 16), ("·p".to_string(), 0, 8)]
    );
}

#[test]
fn preprocessor_macros_includes_conditionals() {
    let dir = std::env::temp_dir().join(format!("goasm-pp-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("inc")).unwrap();
    std::fs::write(
        dir.join("inc/go_asm.h"),
        "#define T_field 24\n#define const_N 7\n",
    )
    .unwrap();
    let src = r#"#include "textflag.h"
#include "go_asm.h"
#define SWAP(x, y, t) MOVQ x, t; \
	MOVQ y, x; \
	MOVQ t, y
#define TWICE(r) ADDQ r, r
#define ONE 1
#ifdef GOARCH_amd64
#define ARCHVAL 64
#else
#define ARCHVAL 32
#endif
#ifndef UNDEFINED_THING
#define SEEN 1
#endif
#undef ONE
#ifdef ONE
	THIS_WOULD_NOT_PARSE
#endif
TEXT ·f(SB), NOSPLIT, $0-16
loop: SWAP(AX, BX, CX)
	TWICE(DX); MOVQ $ARCHVAL, SI
	MOVQ T_field(AX), DI; MOVQ $const_N, R8
	JMP loop
"#;
    let path = dir.join("f.s");
    std::fs::write(&path, src).unwrap();
    let config = Config {
        include_dirs: vec![dir.join("inc")],
        ..Config::default()
    };
    let p = goasm_syntax::parse_path(&path, &config).unwrap();
    assert!(p.diags.is_empty(), "{}", p.render_diags());
    let printed = goasm_syntax::print_file(&p.file);
    let body: Vec<&str> = printed
        .lines()
        .skip_while(|l| !l.starts_with("TEXT"))
        .collect();
    assert_eq!(
        body,
        [
            "TEXT ·f(SB), NOSPLIT, $0-16",
            "loop:",
            "\tMOVQ\tAX, CX",
            "\tMOVQ\tBX, AX",
            "\tMOVQ\tCX, BX",
            "\tADDQ\tDX, DX",
            "\tMOVQ\t$64, SI",
            "\tMOVQ\t24(AX), DI",
            "\tMOVQ\t$7, R8",
            "\tJMP\tloop",
        ]
    );
    // Macro-produced tokens point at the line that used the macro.
    let lines: Vec<u32> = p.file.stmts.iter().map(|s| s.span.line).collect();
    assert_eq!(&lines[1..5], &[21, 21, 21, 21]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn go_asm_h_missing_says_how_to_get_it() {
    let p = parse_str(
        "/nonexistent/x.s",
        "#include \"go_asm.h\"\n",
        &Config::default(),
    );
    assert_eq!(p.diags.len(), 1);
    assert!(
        p.diags[0].message.contains("go build"),
        "{}",
        p.diags[0].message
    );
    assert_eq!((p.diags[0].span.line, p.diags[0].span.col), (1, 10));
}
