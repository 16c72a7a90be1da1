//! Regenerates `testdata/cpu/<family>.{s,go,expected}` by running every
//! generated case on the real CPU through the Go toolchain.
//!
//! ```text
//! cargo run -p goasm-cpu-oracle --bin regen-cpu-fixtures --release [family ...]
//! ```

use std::collections::BTreeSet;
use std::time::Instant;

use goasm_cpu_oracle::{fixture, generator, native};

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let families: Vec<&str> = if args.is_empty() {
        generator::FAMILIES.to_vec()
    } else {
        args.iter().map(String::as_str).collect()
    };
    let go =
        goasm_testkit::find_go().ok_or("no Go toolchain (GOASM_GO, .tools/go/bin/go or PATH)")?;

    let t0 = Instant::now();
    let generated: Vec<(&str, Vec<_>)> = families
        .iter()
        .map(|f| (*f, generator::family(f)))
        .collect();
    let t_gen = t0.elapsed();

    let t1 = Instant::now();
    let dir = goasm_testkit::scratch_dir("cpu-oracle");
    let views: Vec<(&str, &[_])> = generated.iter().map(|(f, c)| (*f, c.as_slice())).collect();
    let outputs = native::run(&go, &dir, &views)?;
    let t_native = t1.elapsed();

    let out_dir = fixture::fixture_dir();
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    let (mut total_forms, mut total_cases) = (0, 0);
    for ((family, cases), outs) in generated.iter().zip(&outputs) {
        let write = |ext: &str, text: String| {
            std::fs::write(out_dir.join(format!("{family}.{ext}")), text).map_err(|e| e.to_string())
        };
        write("s", fixture::render_asm(family, cases))?;
        write("go", fixture::render_decls(cases))?;
        write("expected", fixture::render_expected(family, cases, outs))?;
        let forms: BTreeSet<&str> = cases.iter().map(|c| c.key.as_str()).collect();
        println!(
            "{family:>9}: {:>4} forms {:>7} cases",
            forms.len(),
            cases.len()
        );
        total_forms += forms.len();
        total_cases += cases.len();
    }
    println!(
        "{:>9}: {total_forms:>4} forms {total_cases:>7} cases; generate {:.1}s, native build+run {:.1}s",
        "total",
        t_gen.as_secs_f64(),
        t_native.as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
