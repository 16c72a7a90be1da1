#![allow(dead_code)]

pub mod corpus;
pub mod go;

use goasm_abi::{Signature, TypeEnv, ast::SourceFile, parse_file};

/// Seed of the random signature corpus shared by the oracle tests.
pub const SEED: u64 = 0x60a5_ab10;
pub const NTYPES: usize = 40;
pub const NSIGS: usize = 600;

/// Parse a Go file with goasm and resolve every func declaration in it.
pub fn signatures(file: &str, src: &str) -> (SourceFile, Vec<Signature>) {
    let f = parse_file(file, src).unwrap_or_else(|e| panic!("goasm cannot parse {file}: {e}"));
    let mut env = TypeEnv::new();
    env.add_file(&f).unwrap();
    let sigs = f
        .funcs
        .iter()
        .map(|d| env.signature(file, d).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    (f, sigs)
}

/// Compare two texts line by line; panic with the first differences.
pub fn assert_same_text(what: &str, want: &str, got: &str) {
    if want == got {
        return;
    }
    let mut msg = String::new();
    for (i, (a, b)) in want.lines().zip(got.lines()).enumerate() {
        if a != b {
            msg.push_str(&format!(
                "line {}:\n  fixture: {a}\n  goasm:   {b}\n",
                i + 1
            ));
            if msg.len() > 2000 {
                break;
            }
        }
    }
    panic!(
        "{what} differs from the committed fixture ({} vs {} lines)\n{msg}\n\
         (regenerate with GOASM_REGEN_FIXTURES=1 and Go installed if the generator changed)",
        want.lines().count(),
        got.lines().count()
    );
}

/// Greedy shrinking for oracle failures: drop parameters and results one at
/// a time while `fails` still holds; what is left is a minimal failing
/// signature, which the failure message prints.
pub fn shrink(sig: &corpus::SigSpec, fails: impl Fn(&corpus::SigSpec) -> bool) -> corpus::SigSpec {
    let mut cur = sig.clone();
    'outer: loop {
        for i in 0..cur.params.len() + cur.results.len() {
            let mut c = cur.clone();
            if i < c.params.len() {
                c.params.remove(i);
                c.variadic &= i + 1 != cur.params.len();
            } else {
                c.results.remove(i - c.params.len());
            }
            if fails(&c) {
                cur = c;
                continue 'outer;
            }
        }
        return cur;
    }
}
