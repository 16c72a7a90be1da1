//! `goasm proto` on a compiler listing (ABIInternal). The oracle is the
//! compiler: `go tool compile -S` of `tests/proto_cases/listing_funcs.go`,
//! whose functions read every parameter and set every result on each path.
//! The registers goasm infers for parameters and results, in order, must be
//! the ones the ABIInternal assignment of the Go declaration gives
//! (goasm-abi's assignment, itself checked against the compiler's spills
//! elsewhere), the parameter sizes must be the declared ones, and the
//! printed prototype must read back as Go.

use goasm_check::proto;
use goasm_testkit::{go_command, go_or_skip, scratch_dir, workspace_root};

/// Registers of values, in order.
fn in_order<'a>(regs: impl Iterator<Item = &'a str>) -> Vec<String> {
    regs.map(str::to_string).collect()
}

#[test]
fn listing_registers_match_the_abiinternal_assignment() {
    let Some(go) = go_or_skip("listing_registers_match_the_abiinternal_assignment") else {
        return;
    };
    let src_path = workspace_root().join("crates/goasm-check/tests/proto_cases/listing_funcs.go");
    let src = std::fs::read_to_string(&src_path).unwrap();
    let dir = scratch_dir("proto-listing");
    std::fs::write(dir.join("p.go"), &src).unwrap();
    let out = go_command(&go)
        .current_dir(&dir)
        .args(["tool", "compile", "-p", "p", "-S", "-o", "p.o", "p.go"])
        .output()
        .expect("go tool compile");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listing = String::from_utf8_lossy(&out.stdout).into_owned();
    let _ = std::fs::remove_dir_all(&dir);

    let mut sources = goasm_syntax::SourceMap::new();
    let id = sources.add("p.lst", listing.as_str());
    let (lst, _) = goasm_syntax::parse_listing(&listing, id);
    let protos = proto::infer_listing(&lst);

    let file = goasm_abi::parse_file("listing_funcs.go", &src).unwrap();
    let mut env = goasm_abi::TypeEnv::new();
    env.add_file(&file).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for fd in &file.funcs {
        let sig = env.signature("listing_funcs.go", fd).unwrap();
        let want = goasm_abi::abiinternal::layout(&sig);
        let Some(p) = protos.iter().find(|p| p.name == fd.name) else {
            failures.push(format!("{}: not in the listing", fd.name));
            continue;
        };
        let regs = |vs: &[proto::Value]| {
            in_order(
                vs.iter()
                    .flat_map(|v| v.registers.as_deref().unwrap_or("").split(", "))
                    .filter(|r| !r.is_empty())
                    .collect::<Vec<_>>()
                    .into_iter(),
            )
        };
        let declared = |vs: &[goasm_abi::abiinternal::AbiValue]| {
            let all: Vec<&str> = vs.iter().flat_map(|v| v.regs()).collect();
            in_order(all.into_iter())
        };
        let (gp, gr) = (regs(&p.params), regs(&p.results));
        let (wp, wr) = (declared(&want.params), declared(&want.results));
        if gp != wp || gr != wr {
            failures.push(format!(
                "{}: params {gp:?} want {wp:?}; results {gr:?} want {wr:?}\n{}",
                fd.name,
                p.render()
            ));
        }
        // Parameter sizes come from the compiler's argument info.
        let sizes = |vs: &[proto::Value]| vs.iter().map(|v| v.shape.size()).collect::<Vec<_>>();
        let want_sizes: Vec<u64> = want.params.iter().map(|v| v.size).collect();
        if sizes(&p.params) != want_sizes {
            failures.push(format!(
                "{}: param sizes {:?} want {want_sizes:?}",
                fd.name,
                sizes(&p.params)
            ));
        }
        if let Err(e) = proto::loose_signature(&p.signature()) {
            failures.push(format!(
                "{}: printed {} is not Go: {e}",
                fd.name,
                p.signature()
            ));
        }
        println!("{}", p.render());
        checked += 1;
    }
    assert!(checked >= 9, "only {checked} functions checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
