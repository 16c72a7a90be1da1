//! Bad input never panics: any text through the parsers, resolver, layouts and
//! renderers gives a result or an error with a place.

use goasm_abi::{Analysis, Decls, report};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "func",
    "F",
    "(",
    ")",
    "a",
    "b",
    ",",
    "int",
    "string",
    "[",
    "]",
    "2",
    "0",
    "*",
    "...",
    "struct",
    "{",
    "}",
    "map",
    "chan",
    "<-",
    "interface",
    "error",
    "any",
    "unsafe.Pointer",
    ";",
    "\n",
    "type",
    "S",
    "=",
    "package p\n",
    "complex128",
    "float32",
    "_",
    "func()",
    "[1<<62]",
    "[99999999999]",
    "`tag`",
    "\"s",
    "/*",
    "//",
    "'",
    "import",
];

fn run(src: &str) {
    let mut d = Decls::new();
    let _ = d.add("x.go", src);
    for (file, decl) in d
        .funcs()
        .map(|(f, d)| (f.to_string(), d.clone()))
        .collect::<Vec<_>>()
    {
        if let Ok(sig) = d.env.signature(&file, &decl) {
            let a = Analysis::new(sig);
            let _ = report::text(&a, true);
        }
    }
    if let Ok(decl) = goasm_abi::parse_func("<arg>", src) {
        if let Ok(sig) = d.env.signature("<arg>", &decl) {
            let a = Analysis::new(sig);
            let _ = report::json_string(&a);
        }
    } else if let Err(e) = goasm_abi::parse_func("<arg>", src) {
        assert!(e.to_string().starts_with("<arg>:"), "{e}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn no_input_panics_the_signature_parser(s in ".{0,200}") {
        run(&s);
    }

    #[test]
    fn no_token_soup_panics_the_signature_parser(idx in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let s: Vec<&str> = idx.iter().map(|&i| PIECES[i]).collect();
        run(&s.join(" "));
        run(&format!("func F({})", s.join(" ")));
        run(&format!("package p\ntype S struct{{ {} }}\nfunc F(s S)", s.join(" ")));
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("func F(a {}int)", "*".repeat(100_000));
    assert!(goasm_abi::parse_func("<arg>", &deep).is_err());
    let deep = format!(
        "func F(a {}int{})",
        "struct{ x ".repeat(5000),
        "}".repeat(5000)
    );
    assert!(goasm_abi::parse_func("<arg>", &deep).is_err());
    let mut d = Decls::new();
    let chain: String = (0..1000)
        .map(|i| format!("type T{i} [1]T{}\n", i + 1))
        .collect();
    d.add("x.go", &format!("package p\n{chain}type T1000 int\n"))
        .unwrap();
    let decl = goasm_abi::parse_func("<arg>", "func F(t T0)").unwrap();
    assert!(d.env.signature("<arg>", &decl).is_err());
}

#[test]
fn errors_have_places() {
    let mut d = Decls::new();
    d.add(
        "types.go",
        "package p\ntype A [2]A\ntype B struct{ x Undefined }\n",
    )
    .unwrap();
    let cases = [
        ("func F(a A)", "types.go:2:6: invalid recursive type A"),
        ("func F(b B)", "types.go:3:18: undefined: Undefined"),
        ("func F(x Nope)", "<arg>:1:10: undefined: Nope"),
        (
            "func F(x [1<<3]int)",
            "<arg>:1:11: array length must be an integer literal",
        ),
        (
            "func F(x io.Reader)",
            "<arg>:1:10: unknown type io.Reader (goasm knows unsafe.Pointer only; declare other types with --decls)",
        ),
        (
            "func F(x [1099511627775]int)",
            "<arg>:1:10: type [1099511627775]int too large",
        ),
    ];
    for (src, want) in cases {
        let decl = goasm_abi::parse_func("<arg>", src).map_err(|e| e.to_string());
        let got = decl.and_then(|d0| {
            d.env
                .signature("<arg>", &d0)
                .map(|_| ())
                .map_err(|e| e.to_string())
        });
        assert_eq!(got.unwrap_err(), want, "{src}");
    }
}
