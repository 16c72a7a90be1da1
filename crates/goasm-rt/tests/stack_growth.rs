//! The corpus program `stack_deep_recursion` recurses a million calls deep
//! with a 104-byte frame: its goroutine stack must really grow past 64 MiB
//! by copying (and the program still print what `go run` printed).

use goasm_testkit::workspace_root;

#[test]
fn deep_recursion_grows_the_stack_past_64_mib() {
    let root = workspace_root();
    let path = root.join("testdata/listings/stack_deep_recursion.S");
    let text = std::fs::read_to_string(&path).unwrap();
    let (rt, out) = goasm_rt::Runtime::captured();
    let mut m = goasm_vm::load_listing(&path.display().to_string(), &text, Box::new(rt)).unwrap();
    assert_eq!(
        goasm_rt::run_package_init(&mut m).unwrap(),
        goasm_vm::CallOutcome::Returned
    );
    let r = m.call_internal("main.main").unwrap();
    assert_eq!(r, goasm_vm::CallOutcome::Returned);
    let (lo, hi) = goasm_vm::stack::bounds(&m).unwrap();
    assert!(hi - lo > 64 << 20, "stack is only {} bytes", hi - lo);
    let want = std::fs::read(root.join("testdata/expected/stack_deep_recursion.stderr")).unwrap();
    assert_eq!(*out.lock().unwrap(), want);
}
