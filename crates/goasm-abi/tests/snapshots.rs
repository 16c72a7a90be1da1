//! Snapshots of `goasm abi`'s text and JSON output. The offsets and registers in
//! them are the ones the vet and compiler oracle tests check; re-accept with
//! `INSTA_UPDATE=always cargo test -p goasm-abi --test snapshots` after review.

use goasm_abi::{Analysis, Decls, report};

const DECLS: &str = r#"package p

type S struct {
	x int8
	y float64
	z struct{}
}

type MyInt int
"#;

fn analyze(sig: &str) -> Analysis {
    let mut d = Decls::new();
    d.add("types.go", DECLS).unwrap();
    let decl = goasm_abi::parse_func("<arg>", sig).unwrap();
    Analysis::new(d.env.signature("<arg>", &decl).unwrap())
}

#[test]
fn text_foo() {
    insta::assert_snapshot!(report::text(
        &analyze("func Foo(a bool, b int16) (c []byte)"),
        true
    ));
}

#[test]
fn text_swap() {
    insta::assert_snapshot!(report::text(
        &analyze("func Swap(a, b int) (int, int)"),
        false
    ));
}

#[test]
fn text_method_with_stack_array() {
    insta::assert_snapshot!(report::text(
        &analyze("func (s *S) M(x [2]int, f float32, c complex128) S"),
        true
    ));
}

#[test]
fn text_value_receiver_and_interfaces() {
    insta::assert_snapshot!(report::text(
        &analyze("func (v MyInt) Twice(e error, a any, s string, _ struct{}) int"),
        false
    ));
}

#[test]
fn json_foo() {
    insta::assert_snapshot!(report::json_string(&analyze(
        "func Foo(a bool, b int16) (c []byte)"
    )));
}
