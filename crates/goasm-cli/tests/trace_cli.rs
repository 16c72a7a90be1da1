//! `goasm trace` and `goasm frames` end to end, on the classic examples and
//! on compiled programs of the corpus (listings in testdata/listings, their
//! Go source in testdata/programs).
//!
//! Every snapshot was checked by hand against the assembly or Go source;
//! what was checked is written next to each test. Independently of the
//! snapshots, every traced run must still print exactly the example's
//! expected output (the native Go program's), so tracing cannot change
//! what a program does. Re-accept after a deliberate change with
//! `cargo insta review` (or INSTA_UPDATE=always).

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The files of example `name` (assembly and Go stubs), relative to the
/// repository root so outputs name them the same everywhere.
fn example(name: &str) -> Vec<String> {
    let dir = root().join("examples").join(name);
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".s") || (f.ends_with(".go") && !f.ends_with(".go.txt")))
        .map(|f| format!("examples/{name}/{f}"))
        .collect();
    files.sort();
    files
}

fn listing(name: &str) -> Vec<String> {
    vec![
        format!("testdata/listings/{name}.S"),
        "--go".into(),
        format!("testdata/programs/{name}.go"),
    ]
}

/// Runs goasm in the repository root; (stdout, stderr, exit code).
fn goasm(args: &[&str], files: &[String]) -> (String, String, i32) {
    let out = Command::cargo_bin("goasm")
        .unwrap()
        .current_dir(root())
        .args(args)
        .args(files)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("examples").join(name).join("expected.txt")).unwrap()
}

/// Traces an example; its program output must be unchanged.
fn trace_example(name: &str, args: &[&str]) -> String {
    let (out, err, code) = goasm(&[&["trace"], args].concat(), &example(name));
    assert_eq!(code, 0, "{name}: {err}");
    if args.contains(&"--max-lines") {
        // Cut short: what it printed so far is the start of the output.
        assert!(expected(name).starts_with(&err), "{name}: {err}");
    } else {
        assert_eq!(err, expected(name), "{name}: tracing changed the output");
    }
    out
}

fn trace_listing(name: &str, args: &[&str]) -> String {
    let (out, err, code) = goasm(&[&["trace"], args].concat(), &listing(name));
    assert_eq!(code, 0, "{name}: {err}");
    if !args.contains(&"--max-lines") {
        // The program's own output is the native run's (print writes to stderr).
        let want = std::fs::read_to_string(root().join(format!("testdata/expected/{name}.stderr")))
            .unwrap();
        assert_eq!(err, want, "{name}: tracing changed the output");
    }
    out
}

#[test]
fn swap_abi0_values_at_fp_offsets() {
    // Checked: Swap(1, 2) from main.s; a at +0(FP), b at +8(FP), results at
    // +16/+24 — go vet's offsets for func Swap(a, b int) (int, int) — and
    // the results swapped (2, 1). The builtins' ABI0 arguments are at the
    // caller's 0(SP) (their +0(FP)): printint(2), printint(1).
    insta::assert_snapshot!(trace_example("swap", &[]));
}

#[test]
fn closure_calls_show_dx_and_the_captured_word() {
    // Checked: next() loads DX = &·counter and calls through 0(DX); double
    // reads 8(DX) — the captured X — which is 1, 2, 4 before each call
    // (DATA ·counter+8 = 1, doubled each time), and next returns 2, 4, 8.
    insta::assert_snapshot!(trace_example("closure", &[]));
}

#[test]
fn interface_call_shows_the_itab_slot() {
    // Checked: CallTripler loads 24(AX) from ·tripler_itab — offset 24 is
    // itab.fun[0] in Go's runtime layout (inter, _type, hash+pad, fun) — and
    // calls triple with the data word &x (x=14 at CallTripler's 0(FP)):
    // the pointer equals CallTripler's FP. triple has no Go declaration, so
    // its 16-byte ABI0 area shows as raw words; CallTripler returns 42.
    insta::assert_snapshot!(trace_example("itab", &[]));
}

#[test]
fn recursion_with_morestack_depth_filtered() {
    // Checked: sum(100000) = 5000050000 (n(n+1)/2) at +8(FP), per
    // func sum(n int) int.
    insta::assert_snapshot!(trace_example("sum", &["--depth", "1"]));
}

#[test]
fn morestack_shows_old_and_new_bounds() {
    // Checked: the first split-check failure happens on a 2048-byte stack
    // (stackMin) and gives a 4096-byte one; stackguard0 is stack.lo + 928
    // (stackNosplit 800 + StackSmall 128) before and after. Each sum frame
    // is 32 bytes (16 locals + saved BP + return address) and the first
    // sum is entered with SP = hi - 0x28 (the entry's return address, then
    // main's saved BP and $16), so the 35th sum (n = 99966, shown at depth
    // 34) is entered with SP = 0x7d8 - 34*32 = 0x398 <= stackguard0 0x3a0
    // (the 34th had 0x3b8): its split check fails, and it continues on the
    // new stack.
    let out = trace_example("sum", &["--func", "main.sum", "--max-lines", "40"]);
    let ms: Vec<&str> = out.lines().filter(|l| l.contains("morestack")).collect();
    assert_eq!(ms.len(), 1, "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn slices_bools_and_small_ints_in_one_word() {
    // Checked: Foo(true, 5) -> buf[:5] with cap 16, buf bytes 01..05; Foo(false, 5)
    // -> buf[:1]. a bool at +0(FP), b int16 at +2(FP), c at +8(FP) (go vet's
    // layout for func Foo(a bool, b int16) (c []byte)).
    insta::assert_snapshot!(trace_example("foo", &[]));
}

#[test]
fn methods_pointers_and_macros() {
    // Checked: MyInt(21).Twice() = 42 with the receiver at +0(FP); count's p
    // points at main's x-8(SP) (SP 0x7d8 after main's $24 frame and saved
    // BP, + 24 - 8 = 0x7e8); Sort3(3, 1, 2) = (1, 2, 3) at +24/+32/+40(FP).
    let mut all = String::new();
    for (name, args) in [
        ("mytwice", &[][..]),
        ("stackptr", &["--depth", "1"][..]),
        ("swapmacro", &[][..]),
        ("printnl_nosplit", &[][..]),
    ] {
        all.push_str(&format!("== {name}\n{}", trace_example(name, args)));
    }
    insta::assert_snapshot!(all);
}

#[test]
fn insn_level_trace_shows_changes() {
    // Checked against swap.s and the assembler's prologue for main's $32-0
    // frame: SPLITCHECK, PUSHQ BP (SP -8), MOVQ SP, BP, SUBQ $32, SP; the
    // stores of 1 and 2 at 0(SP)/8(SP); CALL pushes (SP -8); Swap's loads
    // of a+0(FP)/b+8(FP) are 8(SP)/16(SP) in hardware terms.
    insta::assert_snapshot!(trace_example("swap", &["--insn", "--max-lines", "16"]));
}

#[test]
fn compiled_register_abi_values() {
    // Checked against multi_return.go: divmod(17, 5) = (3, 2) and
    // divmod(100, 7) = (14, 2) in AX/BX; add is inlined (prints 16);
    // minmax(4, -2, 9, 0) = (-2, 9, true) with xs in AX BX CX and the
    // results lo, hi, ok in AX, BX, CX; minmax() = (0, 0, false) with xs nil;
    // printstring gets "y" then "x" (swap inlined).
    insta::assert_snapshot!(trace_listing("multi_return", &[]));
}

#[test]
fn compiled_interface_calls_through_itab_slots() {
    // Checked against iface_sort_bubble.go: Interface has Len, Less, Swap;
    // an itab's methods are sorted by name, so fun[0] (+24) is Len, fun[1]
    // (+32) Less, fun[2] (+40) Swap. The callees are the compiler's
    // (*Ints) wrappers of the value methods, typed from Ints's methods with
    // a pointer receiver; Len returns 10 (the slice has 10 elements) and
    // Less(1, 0) compares the first two.
    insta::assert_snapshot!(trace_listing(
        "iface_sort_bubble",
        &["--func", "bubbleUp", "--max-lines", "8"]
    ));
}

#[test]
fn compiled_panic_recover_and_defer() {
    // Checked against panic_recover_basic.go: protect's deferred closure
    // runs under gopanic (entered by the runtime), recovers, and gopanic
    // does not return: execution resumes in protect (its deferreturn path),
    // which returns "string: boom" as its named result. The closure's
    // `"string: " + x` is concatstring2(buf nil, "string: ", "boom") with
    // the strings in BX CX and DI SI (abi-internal.md's register order).
    // The deferred closure runs under gopanic, so it is shown beneath it.
    insta::assert_snapshot!(trace_listing("panic_recover_basic", &["--max-lines", "16"]));
}

#[test]
fn compiled_closures_capture_by_reference() {
    // Checked against closure_counter.go: newAcc's two closures share the
    // escaped t, so a's add and total have the same captured pointer at
    // 8(DX) and b's another; add(10) and add(100) are the last calls
    // (i = 10: i and i*i), totals 55 and 385. Closure bodies have no
    // declaration: their argument is the untyped word from FUNCDATA $5.
    let out = trace_listing("closure_counter", &["--func", "main.newAcc.func*"]);
    let tail: Vec<&str> = out.lines().rev().take(4).collect();
    insta::assert_snapshot!(tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
}

#[test]
fn json_lines_snapshot() {
    insta::assert_snapshot!(trace_example("swap", &["--json"]));
}

/// Frames at an instruction.
fn frames(files: &[String], args: &[&str]) -> String {
    let (out, err, code) = goasm(&[&["frames"], args].concat(), files);
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn frames_of_swap_at_entry() {
    // Checked: main.main's $32 frame (4 words: Swap's a, b, ret, ret1 at
    // +0..+24(FP) of Swap, values 1 and 2 stored, results still 0) under its
    // saved BP (0: the entry's BP) and its return address (goasm's
    // sentinel, TEXT_BASE); Swap's return address main.main+7 is the
    // instruction after the CALL (main.s:6, MOVQ 16(SP), AX).
    insta::assert_snapshot!(frames(&example("swap"), &["--at", "Swap"]));
}

#[test]
fn frames_with_sub_word_arguments_and_labels() {
    // Checked: a bool at byte 0 and b int16 at byte 2 share Foo's first
    // word (01 00 05 00); Sort3+done stops at the first instruction after
    // the label (swapmacro.s:24, MOVQ AX, ret+24(FP)): the results are not
    // written yet, the arguments 3, 1, 2 are.
    let mut all = frames(&example("foo"), &["--at", "Foo"]);
    all.push_str(&frames(&example("swapmacro"), &["--at", "Sort3+done"]));
    insta::assert_snapshot!(all);
}

#[test]
fn frames_of_an_interface_call() {
    // Checked against itab.s: CallTripler ($32-16) has the itab pointer at
    // itab-16(SP) and the data pointer at data-8(SP) (locals), and the
    // outgoing argument 0(SP) = &x for triple; x = 14 is CallTripler's
    // argument +0(FP) in main's frame.
    insta::assert_snapshot!(frames(&example("itab"), &["--at", "triple"]));
}

#[test]
fn frames_of_a_recursion_and_of_compiled_code() {
    // Checked: the third entry of sum has three sum frames of 32 bytes
    // (n = 100000, 99999, 99998), each with a saved BP that links to the
    // one above; divmod's caller main.main has $168 of locals with the
    // spill slots for a (AX) and b (BX) at the bottom (args=0x10).
    let mut all = frames(&example("sum"), &["--at", "sum", "--hit", "3"]);
    all.push_str(&frames(&listing("multi_return"), &["--at", "main.divmod"]));
    all.push_str(&frames(
        &listing("multi_return"),
        &["--at", "main.minmax:14"],
    ));
    insta::assert_snapshot!(all);
}

#[test]
fn frames_name_locals_and_show_pointers_into_the_stack() {
    // stackptr: main's x-8(SP) sits right below its saved BP, and count's
    // argument p holds exactly that address; at the second entry of count
    // x has been incremented once.
    let out = frames(&example("stackptr"), &["--at", "count", "--hit", "2"]);
    let x = out
        .lines()
        .find(|l| l.contains("local x-8(SP) of main.main"))
        .expect(&out);
    assert!(x.contains("01 00 00 00 00 00 00 00"), "{x}");
    let addr = x.split_whitespace().next().unwrap();
    let p = out
        .lines()
        .find(|l| l.contains("argument p *int +8(FP) of main.count"))
        .expect(&out);
    let bytes: Vec<u8> = p
        .split_whitespace()
        .skip(3)
        .take(8)
        .map(|b| u8::from_str_radix(b, 16).unwrap())
        .collect();
    let value = u64::from_le_bytes(bytes.try_into().unwrap());
    assert_eq!(format!("{value:#018x}"), addr, "{out}");
}

#[test]
fn frames_inside_a_deferred_call_made_by_the_runtime() {
    // panic_recover_basic: protect's deferred closure runs from gopanic
    // (a builtin, no guest frame), on top of protect's frame; its return
    // address is the sentinel that leads back into the runtime, and
    // protect's spilled argument v is the interface {type:string, "boom"}.
    let out = frames(
        &listing("panic_recover_basic"),
        &["--at", "main.protect.func1"],
    );
    assert!(
        out.contains("return address of main.protect.func1 -> goasm's return sentinel (back into the runtime builtin"),
        "{out}"
    );
    assert!(
        out.contains("spill slot of v_type interface type (AX) +0(FP) of main.protect"),
        "{out}"
    );
    assert!(out.contains("frame #1 main.protect"), "{out}");
}

#[test]
fn frames_json_has_every_word() {
    let out = frames(&example("swap"), &["--at", "Swap", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let words = v["words"].as_array().unwrap();
    // stack.hi 0x...800 down to SP 0x...7c8: 7 words.
    assert_eq!(words.len(), 7);
    assert_eq!(words[6]["slot"], "return_address");
    assert_eq!(words[5]["meaning"], "argument a int +0(FP) of main.Swap");
    assert_eq!(v["frames"][1]["func"], "main.Swap");
}

#[test]
fn call_frame_draws_the_live_stack_at_entry_and_before_ret() {
    // Checked against foo.s: Foo(true, 3) gets a=1 at byte 0 and b=3 at
    // byte 2 of its first word; before its RET it has written c_base (the
    // address of ·buf), c_len = 3 (b, since a is true) and c_cap = 16.
    let (out, err, code) = goasm(
        &["call", "--frame"],
        &[
            "examples/foo/foo.s".into(),
            "examples/foo/foo.go".into(),
            "Foo(true, 3)".into(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let before_ret = out.split("stack before RET:").nth(1).expect(&out);
    for want in [
        "03 00 00 00 00 00 00 00   result c_len slice len +16(FP) of main.Foo",
        "10 00 00 00 00 00 00 00   result c_cap slice cap +24(FP) of main.Foo",
        "01 00 03 00 00 00 00 00   argument a bool +0(FP); argument b int16 +2(FP) (byte 2)",
        "return address of main.Foo -> goasm's return sentinel",
    ] {
        assert!(
            before_ret.contains(want),
            "missing {want:?} in\n{before_ret}"
        );
    }
    assert!(out.ends_with("[1 2 3]\n"), "{out}");
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    for (args, files, want) in [
        (
            vec!["frames", "--at", "nosuch"],
            example("swap"),
            "no function named nosuch",
        ),
        (
            vec!["frames", "--at", "Swap+nolabel"],
            example("swap"),
            "no label nolabel",
        ),
        (
            vec!["frames", "--at", "Swap:x"],
            example("swap"),
            "not a line",
        ),
        (
            vec!["frames", "--at", "Swap+99"],
            example("swap"),
            "instructions",
        ),
        (
            vec!["frames", "--at", "Swap", "--hit", "5"],
            example("swap"),
            "without reaching",
        ),
        (
            vec!["trace"],
            vec!["examples/swap/missing.s".to_string()],
            "missing.s",
        ),
    ] {
        let (_, err, code) = goasm(&args, &files);
        assert_ne!(code, 0, "{args:?}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
}

#[test]
fn a_faulting_program_traces_up_to_the_fault() {
    let dir = std::env::temp_dir().join(format!("goasm-trace-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("div.s");
    std::fs::write(
        &f,
        "TEXT main·main(SB), 4, $0-0\n\tXORQ CX, CX\n\tDIVQ CX\n\tRET\n",
    )
    .unwrap();
    let (out, err, code) = goasm(&["trace", "--insn"], &[f.display().to_string()]);
    assert_eq!(code, 2, "{err}");
    assert!(out.contains("XOR/8 CX, CX"), "{out}");
    assert!(err.contains("divide"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Validates every JSON line against the committed schema with Python's
/// `jsonschema` (an implementation independent of goasm); skipped, with a
/// note, where it is not installed.
#[test]
fn json_lines_validate_against_the_schema() {
    let schema = root().join("crates/goasm-trace/schema/trace-event.schema.json");
    let mut lines = String::new();
    lines.push_str(&trace_example("closure", &["--json"]));
    lines.push_str(&trace_example("itab", &["--json"]));
    lines.push_str(&trace_example("sum", &["--json", "--max-lines", "60"]));
    lines.push_str(&trace_example("swap", &["--json", "--insn"]));
    lines.push_str(&trace_listing("panic_recover_basic", &["--json"]));
    lines.push_str(&trace_listing(
        "iface_sort_bubble",
        &["--json", "--max-lines", "50"],
    ));
    // Every kind of event occurs at least once.
    for kind in [
        "call",
        "return",
        "builtin",
        "builtin_return",
        "builtin_resumed",
        "morestack",
        "insn",
        "truncated",
    ] {
        assert!(
            lines.contains(&format!("\"event\":\"{kind}\"")),
            "no {kind} event"
        );
    }
    for l in lines.lines() {
        serde_json::from_str::<serde_json::Value>(l).unwrap_or_else(|e| panic!("{e}: {l}"));
    }
    if let Some(Err(e)) = validate(&schema, &lines) {
        panic!("schema validation failed:\n{e}");
    }
    // The validator is live: a line that breaks the schema is refused.
    let bad = lines
        .lines()
        .next()
        .unwrap()
        .replace("\"depth\":0", "\"depth\":-1");
    assert!(
        !matches!(validate(&schema, &bad), Some(Ok(()))),
        "the schema accepted {bad}"
    );
}

/// Every program of the corpus that goasm runs like `go run` (PASSING):
/// traced, it prints exactly the native program's output and exits with
/// its code, and for a program that ends normally the call tree closes:
/// the last line is main.main's return (every call, panic, recovery and
/// deferred call on the way was matched). stack_deep_recursion and
/// stack_overflow_infinite are left out only for time (millions of calls).
#[test]
fn corpus_traces_close_and_keep_the_output() {
    let list = std::fs::read_to_string(root().join("testdata/programs/PASSING")).unwrap();
    let mut n = 0;
    for name in list.lines().map(str::trim).filter(|l| {
        !l.is_empty()
            && !l.starts_with('#')
            && !["stack_deep_recursion", "stack_overflow_infinite"].contains(l)
    }) {
        let (out, err, code) = goasm(&["trace", "--depth", "1"], &listing(name));
        let want_code: i32 =
            std::fs::read_to_string(root().join(format!("testdata/expected/{name}.exitcode")))
                .unwrap()
                .trim()
                .parse()
                .unwrap();
        assert_eq!(code, want_code, "{name}: {err}");
        // A Rust panic (Go's own "[recovered, repanicked]" is fine).
        assert!(!err.contains("' panicked at "), "{name}: {err}");
        if code == 0 {
            let want =
                std::fs::read(root().join(format!("testdata/expected/{name}.stderr"))).unwrap();
            assert_eq!(
                err,
                String::from_utf8_lossy(&want),
                "{name}: tracing changed the output"
            );
            assert_eq!(out.lines().last(), Some("<- main.main"), "{name}:\n{out}");
            assert!(
                !out.contains("unwound"),
                "{name}: a frame lost track:\n{out}"
            );
        }
        n += 1;
    }
    assert!(n >= 50, "only {n} programs");
}

/// Validates each line of `lines` (one JSON value per line) against
/// `schema` with Python's `jsonschema` (an implementation independent of
/// goasm); skipped, with a note, where it is not installed (unless
/// GOASM_REQUIRE_JSONSCHEMA=1; the Go oracle switch does not cover it, so a
/// machine without the module skips rather than fails).
fn validate(schema: &Path, lines: &str) -> Option<Result<(), String>> {
    let tmp = std::env::temp_dir().join(format!(
        "goasm-trace-json-{}-{}.jsonl",
        std::process::id(),
        schema.file_name().unwrap().to_string_lossy()
    ));
    std::fs::write(&tmp, lines).unwrap();
    let script = "import json, sys, jsonschema\n\
        schema = json.load(open(sys.argv[1]))\n\
        jsonschema.Draft202012Validator.check_schema(schema)\n\
        v = jsonschema.Draft202012Validator(schema)\n\
        n = 0\n\
        for line in open(sys.argv[2]):\n\
        \x20   errs = list(v.iter_errors(json.loads(line)))\n\
        \x20   if errs:\n\
        \x20       print(line.strip(), '->', errs[0].message)\n\
        \x20       sys.exit(1)\n\
        \x20   n += 1\n\
        print(n, 'lines valid')\n";
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(schema)
        .arg(&tmp)
        .output();
    let _ = std::fs::remove_file(&tmp);
    let require = std::env::var("GOASM_REQUIRE_JSONSCHEMA").is_ok_and(|v| v == "1");
    assert!(schema.is_file(), "no schema at {}", schema.display());
    match out {
        Ok(o) if String::from_utf8_lossy(&o.stderr).contains("No module named") && !require => {
            eprintln!("SKIPPED: schema validation needs Python's jsonschema module");
            None
        }
        Ok(o) if o.status.success() => {
            eprintln!("{}", String::from_utf8_lossy(&o.stdout).trim());
            Some(Ok(()))
        }
        Ok(o) => Some(Err(format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ))),
        Err(e) if !require => {
            eprintln!("SKIPPED: schema validation needs python3 with jsonschema ({e})");
            None
        }
        Err(e) => panic!("python3: {e}"),
    }
}

#[test]
fn frames_json_validates_against_its_schema() {
    let schema = root().join("crates/goasm-trace/schema/frames.schema.json");
    let mut lines = String::new();
    for (files, at) in [
        (example("swap"), "Swap"),
        (example("itab"), "triple"),
        (example("foo"), "Foo"),
        (listing("multi_return"), "main.minmax:14"),
    ] {
        let out = frames(&files, &["--at", at, "--json"]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        lines.push_str(&serde_json::to_string(&v).unwrap());
        lines.push('\n');
    }
    if let Some(Err(e)) = validate(&schema, &lines) {
        panic!("schema validation failed:\n{e}");
    }
    let bad = lines
        .lines()
        .next()
        .unwrap()
        .replace("\"slot\":\"", "\"slot\":\"x");
    assert!(
        !matches!(validate(&schema, &bad), Some(Ok(()))),
        "the schema accepted {bad}"
    );
}
