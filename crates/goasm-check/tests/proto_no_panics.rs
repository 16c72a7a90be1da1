//! Bad input never panics `goasm proto`: the proto cases (doc comments,
//! tail calls, multi-word values) and a compiler listing with argument info,
//! mutated line by line. `GOASM_FUZZ_BUDGET_MS` lengthens the campaign.

use arbtest::arbtest;
use goasm_check::proto::{self, Options};

fn budget() -> u64 {
    std::env::var("GOASM_FUZZ_BUDGET_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000)
}

const SEEDS: &[&str] = &[
    include_str!("proto_cases/scalars_amd64.s"),
    include_str!("proto_cases/headers_amd64.s"),
    include_str!("proto_cases/comments_amd64.s"),
];

/// A listing in the compiler's format (`go tool compile -S` of a function
/// `Mix(x float64, n int, s string) (float64, bool)`), with its argument info.
const LISTING: &str = "\
p.Mix STEXT nosplit size=23 align=0x0 args=0x20 locals=0x0 funcid=0x0
\t0x0000 00000 (p.go:5)\tTEXT\tp.Mix(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
\t0x0000 00000 (p.go:5)\tMOVQ\tBX, p.s+24(FP)
\t0x0005 00005 (p.go:5)\tFUNCDATA\t$5, p.Mix.arginfo1(SB)
\t0x0005 00005 (p.go:6)\tCMPQ\tAX, CX
\t0x0008 00008 (p.go:6)\tJLE\t20
\t0x000a 00010 (p.go:7)\tADDSD\tX0, X0
\t0x000e 00014 (p.go:7)\tMOVL\t$1, AX
\t0x0013 00019 (p.go:7)\tRET
\t0x0014 00020 (p.go:9)\tXORL\tAX, AX
\t0x0016 00022 (p.go:9)\tRET
\t0x0000 48 89 5c 24 18 48 39 c8 7e 0a f2 0f 58 c0 b8 01  H.\\$.H9.~...X...
\t0x0010 00 00 00 c3 31 c0 c3                             ....1..
p.Mix.arginfo1 SRODATA static dupok size=11 align=0x1
\t0x0000 00 08 08 08 fe 10 08 18 08 fd ff                 ...........
";

const PIECES: &[&str] = &[
    "// func F(",
    "// func Add(a, b ",
    ")",
    "(",
    "*T",
    "[]Word",
    " ...int",
    "abi.RegArgs",
    "JMP ·Add(SB)",
    "$0-0",
    "SETLT ret+16(FP)",
    "CMOVQLT",
    "REP; MOVSB",
    "fe",
    "fd",
    "ff",
    "fc",
    "0x0000 ",
    "arginfo1",
];

/// The seed with a few lines deleted, duplicated or spliced with pieces.
fn mutate(u: &mut arbitrary::Unstructured<'_>, seed: &str) -> arbitrary::Result<String> {
    let mut lines: Vec<String> = seed.lines().map(str::to_string).collect();
    for _ in 0..u.int_in_range(1..=6)? {
        if lines.is_empty() {
            break;
        }
        let i = u.choose_index(lines.len())?;
        match u.int_in_range(0..=3)? {
            0 => {
                lines.remove(i);
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 => {
                let cut = lines[i]
                    .char_indices()
                    .map(|(k, _)| k)
                    .nth(u.int_in_range(0..=12)?)
                    .unwrap_or(lines[i].len());
                let piece = u.choose(PIECES)?;
                lines[i].insert_str(cut, piece);
            }
            _ => lines[i] = u.choose(PIECES)?.to_string(),
        }
    }
    Ok(lines.join("\n") + "\n")
}

#[test]
fn no_input_panics_proto() {
    arbtest(|u| {
        let seed = if u.ratio(1, 3)? {
            LISTING
        } else {
            *u.choose(SEEDS)?
        };
        let text = mutate(u, seed)?;
        for doc_comments in [true, false] {
            let parsed = goasm_syntax::parse_str("x.s", &text, &Default::default());
            let protos = proto::infer_files_with(&[("", &parsed)], Options { doc_comments });
            for p in protos.iter().flatten() {
                let _ = p.render();
            }
        }
        let mut sources = goasm_syntax::SourceMap::new();
        let id = sources.add("x.lst", text.as_str());
        let (lst, _) = goasm_syntax::parse_listing(&text, id);
        for p in proto::infer_listing(&lst) {
            let _ = p.render();
        }
        Ok(())
    })
    .budget_ms(budget());
}

/// The unmutated listing seed: the argument info gives three parameters of
/// 8, 8 and 16 bytes, the registers read (X0, AX, CX) make the first the
/// float, BX's spill names `s`. Of the results only AX shows: the path
/// that returns `x` unchanged never writes X0, and a bool result is a
/// word in a register.
#[test]
fn listing_seed_prints_its_argument_info_shape() {
    let mut sources = goasm_syntax::SourceMap::new();
    let id = sources.add("x.lst", LISTING);
    let (lst, _) = goasm_syntax::parse_listing(LISTING, id);
    let p = &proto::infer_listing(&lst)[0];
    assert_eq!(
        p.signature(),
        "func Mix(p0 float64, p1 uint64, s string) uint64"
    );
}
