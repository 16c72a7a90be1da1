//! Bad input never panics: random and mutated assembly and Go text through
//! `vet` (both the vet-compatible and goasm's own checks) and `proto`.
//! `GOASM_FUZZ_BUDGET_MS` lengthens the campaign.

use arbtest::arbtest;
use goasm_check::{Package, proto, vet};

fn budget() -> u64 {
    std::env::var("GOASM_FUZZ_BUDGET_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

const SEED_ASM: &str = include_str!("../testdata/mutants/mutants_amd64.s");
const SEED_GO: &str = include_str!("../testdata/mutants/mutants.go");
const PIECES: &[&str] = &[
    "TEXT ·F(SB), NOSPLIT, $",
    "TEXT ·",
    "(SB)",
    "(FP)",
    "(SP)",
    "+",
    "-",
    "$",
    "·",
    "∕",
    "<>",
    "<ABIInternal>",
    "ret+8(FP)",
    "x_len+8(FP)",
    "8(FP)",
    "16(SP)",
    "RET",
    "CALL ·F(SB)",
    "MOVQ",
    "MOVL",
    "LEAQ",
    "DATA",
    "GLOBL",
    "\n",
    ", ",
    "BP",
    "SP",
    "//",
    "#define X ",
    "99999999999999999999",
    "func F(",
    ") (",
    "[]byte",
    "string",
    "complex64",
    "interface{}",
    "struct{a int}",
    "[1<<40]int",
    "package p\n",
    "import \"unsafe\"\n",
    "unsafe.Pointer",
    "abi.Type",
    "*",
    "...",
    "}",
    "{",
];

fn splice(u: &mut arbitrary::Unstructured<'_>, seed: &str) -> arbitrary::Result<String> {
    let mut s: Vec<char> = seed.chars().collect();
    for _ in 0..u.int_in_range(0..=20)? {
        if s.is_empty() {
            break;
        }
        let at = u.int_in_range(0..=s.len() - 1)?;
        match u.int_in_range(0..=2)? {
            0 => {
                let end = (at + u.int_in_range(1..=40)?).min(s.len());
                s.drain(at..end);
            }
            1 => {
                let p = u.choose(PIECES)?;
                for (k, c) in p.chars().enumerate() {
                    s.insert(at + k, c);
                }
            }
            _ => s[at] = char::from(u.int_in_range(0x20..=0x7e)?),
        }
    }
    Ok(s.into_iter().collect())
}

fn random_text(u: &mut arbitrary::Unstructured<'_>) -> arbitrary::Result<String> {
    let mut s = String::new();
    for _ in 0..u.int_in_range(0..=60)? {
        if u.ratio(1, 4)? {
            s.push_str(&String::arbitrary_take(u)?);
        } else {
            s.push_str(u.choose(PIECES)?);
        }
    }
    Ok(s)
}

use arbitrary::Arbitrary;
trait TakeStr {
    fn arbitrary_take(u: &mut arbitrary::Unstructured<'_>) -> arbitrary::Result<String>;
}
impl TakeStr for String {
    fn arbitrary_take(u: &mut arbitrary::Unstructured<'_>) -> arbitrary::Result<String> {
        let n = u.int_in_range(0..=8)?;
        (0..n).map(|_| char::arbitrary(u)).collect()
    }
}

#[test]
fn no_input_panics_vet() {
    arbtest(|u| {
        let (asm, go) = if u.ratio(1, 2)? {
            (splice(u, SEED_ASM)?, splice(u, SEED_GO)?)
        } else {
            (random_text(u)?, format!("package p\n{}", random_text(u)?))
        };
        let pkg = Package {
            path: "example.com/mutants".into(),
            asm: vec![("x_amd64.s".into(), asm.clone())],
            go: vec![("x.go".into(), go)],
            ..Package::default()
        };
        let _ = vet(&pkg);
        let _ = proto::infer_source("x.s", &asm, &Default::default());
        let mut sources = goasm_syntax::SourceMap::new();
        let id = sources.add("x.lst", asm.as_str());
        let (lst, _) = goasm_syntax::parse_listing(&asm, id);
        let _ = proto::infer_listing(&lst);
        Ok(())
    })
    .budget_ms(budget());
}
