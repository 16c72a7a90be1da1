//! goasm's print formatting vs the real runtime's `println`.
//!
//! `testdata/print_values.txt` holds, per line, a value's kind and bits and
//! what a natively built Go program printed for it (made by this test with
//! `GOASM_REGEN=1`). Offline, every line is checked against goasm's
//! formatting; with Go present the native output is recomputed and must
//! equal the committed file, so the fixture can never drift from the oracle.

use goasm_rt::print;
use goasm_testkit::{go_command, go_or_skip, scratch_dir, workspace_root};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

enum Value {
    F64(u64),
    F32(u32),
    C128(u64, u64),
    C64(u32, u32),
    Int(i64),
    Uint(u64),
}

fn values() -> Vec<Value> {
    let mut rng = ChaCha8Rng::seed_from_u64(0x0090_1a5e);
    let mut v = Vec::new();
    let specials64 = [
        0.0f64,
        -0.0,
        1.0,
        -1.0,
        0.1,
        0.5,
        1e6,
        999999.0,
        1e21,
        1e-4,
        1e-5,
        123456.789,
        5e-324,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        2.5e-308,
        100.0,
        1e15,
        1e16,
    ];
    for s in specials64 {
        v.push(Value::F64(s.to_bits()));
    }
    let specials32 = [
        0.0f32,
        -0.0,
        0.1,
        16777216.0,
        3.4028235e38,
        1e-45,
        f32::MIN_POSITIVE,
        f32::INFINITY,
        f32::NAN,
        1e6,
        1e-5,
    ];
    for s in specials32 {
        v.push(Value::F32(s.to_bits()));
    }
    for _ in 0..2000 {
        v.push(Value::F64(rng.r#gen()));
        // Values of everyday magnitude, where the plain/exponent switch happens.
        let e: i32 = rng.gen_range(-8..10);
        let m: f64 = rng.gen_range(-10.0..10.0);
        v.push(Value::F64((m * 10f64.powi(e)).to_bits()));
        let round: i64 = rng.gen_range(-2_000_000..2_000_000);
        v.push(Value::F64((round as f64 / 8.0).to_bits()));
    }
    for _ in 0..1000 {
        v.push(Value::F32(rng.r#gen()));
        v.push(Value::F32((rng.gen_range(-1e7f32..1e7) / 16.0).to_bits()));
    }
    for _ in 0..300 {
        v.push(Value::C128(rng.r#gen(), rng.r#gen()));
        v.push(Value::C128(
            (rng.gen_range(-9i32..9) as f64).to_bits(),
            (rng.gen_range(-9i32..9) as f64 / 4.0).to_bits(),
        ));
        v.push(Value::C64(rng.r#gen(), rng.r#gen()));
    }
    for x in [0, 1, -1, i64::MIN, i64::MAX] {
        v.push(Value::Int(x));
    }
    for _ in 0..300 {
        v.push(Value::Int(rng.r#gen()));
        v.push(Value::Uint(rng.r#gen()));
    }
    v.push(Value::Uint(u64::MAX));
    v
}

fn key(v: &Value) -> String {
    match v {
        Value::F64(b) => format!("f64 {b:016x}"),
        Value::F32(b) => format!("f32 {b:08x}"),
        Value::C128(a, b) => format!("c128 {a:016x} {b:016x}"),
        Value::C64(a, b) => format!("c64 {a:08x} {b:08x}"),
        Value::Int(x) => format!("int {x}"),
        Value::Uint(x) => format!("uint {x}"),
    }
}

fn goasm_format(v: &Value) -> String {
    match v {
        Value::F64(b) => print::float64(f64::from_bits(*b)),
        Value::F32(b) => print::float32(f32::from_bits(*b)),
        Value::C128(a, b) => print::complex128(f64::from_bits(*a), f64::from_bits(*b)),
        Value::C64(a, b) => print::complex64(f32::from_bits(*a), f32::from_bits(*b)),
        Value::Int(x) => print::int(*x),
        Value::Uint(x) => format!("{} {}", print::uint(*x), print::hex(*x)),
    }
}

fn go_expr(v: &Value) -> String {
    match v {
        Value::F64(b) => format!("math.Float64frombits(0x{b:x})"),
        Value::F32(b) => format!("math.Float32frombits(0x{b:x})"),
        Value::C128(a, b) => {
            format!("complex(math.Float64frombits(0x{a:x}), math.Float64frombits(0x{b:x}))")
        }
        Value::C64(a, b) => {
            format!("complex(math.Float32frombits(0x{a:x}), math.Float32frombits(0x{b:x}))")
        }
        Value::Int(x) => format!("int64({x})"),
        Value::Uint(x) => format!("uint64({x}), unsafe.Pointer(uintptr({x}))"),
    }
}

fn fixture_path() -> std::path::PathBuf {
    workspace_root().join("crates/goasm-rt/testdata/print_values.txt")
}

/// Builds and runs a Go program printing every value; returns "key => output" lines.
fn native(go: &std::path::Path) -> String {
    let dir = scratch_dir("print-oracle");
    let vals = values();
    let mut src = String::from(
        "package main\n\nimport (\n\t\"math\"\n\t\"unsafe\"\n)\n\nvar _ = math.Pi\nvar _ unsafe.Pointer\n\nfunc main() {\n",
    );
    for v in &vals {
        src.push_str(&format!("\tprintln({})\n", go_expr(v)));
    }
    src.push_str("}\n");
    std::fs::write(dir.join("main.go"), src).unwrap();
    std::fs::write(dir.join("go.mod"), "module printoracle\n\ngo 1.27\n").unwrap();
    let out = go_command(go)
        .current_dir(&dir)
        .args(["run", "."])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), vals.len());
    let _ = std::fs::remove_dir_all(&dir);
    vals.iter()
        .zip(lines)
        .map(|(v, l)| format!("{} => {l}\n", key(v)))
        .collect()
}

#[test]
fn print_formatting_matches_the_go_runtime() {
    let committed = std::fs::read_to_string(fixture_path()).unwrap_or_default();
    if std::env::var("GOASM_REGEN").is_ok_and(|v| v == "1") {
        let go = go_or_skip("print oracle regeneration").expect("Go needed to regenerate");
        std::fs::write(fixture_path(), native(&go)).unwrap();
        return;
    }
    let vals = values();
    let lines: Vec<&str> = committed.lines().collect();
    assert_eq!(
        lines.len(),
        vals.len(),
        "fixture out of date: run with GOASM_REGEN=1"
    );
    let mut bad = Vec::new();
    for (v, line) in vals.iter().zip(&lines) {
        let (k, want) = line.split_once(" => ").unwrap();
        assert_eq!(k, key(v), "fixture out of date: run with GOASM_REGEN=1");
        let got = goasm_format(v);
        if got != want {
            bad.push(format!("{k}: Go printed {want:?}, goasm {got:?}"));
        }
    }
    println!(
        "print formatting: {} values checked against the Go runtime, {} mismatches",
        vals.len(),
        bad.len()
    );
    assert!(
        bad.is_empty(),
        "{}",
        bad.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn committed_print_fixture_is_what_go_prints() {
    let Some(go) = go_or_skip("committed_print_fixture_is_what_go_prints") else {
        return;
    };
    let committed = std::fs::read_to_string(fixture_path()).unwrap();
    assert!(
        native(&go) == committed,
        "testdata/print_values.txt differs from the Go runtime's output"
    );
}
