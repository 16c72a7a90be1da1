//! The compiler's inline-tree dump (`-d=pctab=pctoinline`): the fixture
//! `tests/pctab/closure_method_value.dump` is cut from the committed listing
//! of `testdata/programs/panic_closure_method_value.go` (made by the real
//! compiler through `scripts/regen-programs`); the expected values are read
//! off that dump by hand.

use goasm_syntax::pctab::{InlNode, parse_dumps, trim_inline_hash};
use goasm_syntax::{FileId, parse_listing};
use goasm_testkit::workspace_root;

fn fixture() -> String {
    std::fs::read_to_string(
        workspace_root().join("crates/goasm-syntax/tests/pctab/closure_method_value.dump"),
    )
    .unwrap()
}

#[test]
fn fixture_is_cut_from_a_real_listing() {
    let real = std::fs::read_to_string(
        workspace_root().join("testdata/listings/panic_closure_method_value.S"),
    )
    .unwrap();
    let fix = fixture();
    let (main, step) = fix.split_at(fix.find("funcpctab main.(*counter).step ").unwrap());
    assert!(real.contains(main) && real.contains(step));
}

#[test]
fn dump_gives_the_table_and_the_tree() {
    let (dumps, diags) = parse_dumps(&fixture(), FileId(0));
    assert!(diags.is_empty(), "{diags:?}");
    let names: Vec<&str> = dumps.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["main.main", "main.(*counter).step"]);
    let main = &dumps[0].1;
    let node = |parent, func: &str, call: &str, parent_pc| InlNode {
        parent,
        func: func.to_string(),
        call: format!("panic_closure_method_value.go:{call}"),
        parent_pc,
    };
    assert_eq!(
        main.tree,
        [
            node(-1, "main.apply", "24:7", 58),
            node(0, "main.apply.func1#8Wum+mHaM5g=#", "17:4", 104),
            node(-1, "main.(*counter).step", "27:6", 186),
            node(-1, "main.apply", "29:7", 250),
            node(3, "main.apply.func1#TvuX58xFILk=#", "17:4", 300),
            node(4, "main.main.func1", "16:5", 301),
        ]
    );
    for (pc, want) in [
        (0x0, -1),
        (0x56, -1),
        (0x57, 0),
        (0x63, 1),
        (0x68, 0),
        (0x12c, 3),
        (0x12d, 4),
        (0x133, 5),
        (0x135, 3),
        (0x146, -1),
        (0x16b, 2),
        (0x189, -1),
    ] {
        assert_eq!(main.index_at(pc), want, "pc {pc:#x}");
    }
    // A function with nothing inlined has a table and no tree.
    let step = &dumps[1].1;
    assert!(step.tree.is_empty());
    assert!((0..0x54).all(|pc| step.index_at(pc) == -1));
    assert_eq!(trim_inline_hash(&main.tree[4].func), "main.apply.func1");
}

#[test]
fn listing_attaches_dumps_to_functions_with_bodies() {
    let real = std::fs::read_to_string(
        workspace_root().join("testdata/listings/panic_closure_method_value.S"),
    )
    .unwrap();
    let (lst, diags) = parse_listing(&real, FileId(0));
    assert!(diags.is_empty());
    let f = |name: &str| lst.funcs.iter().find(|f| f.header.name == name).unwrap();
    assert_eq!(f("main.main").inline.as_ref().unwrap().tree.len(), 6);
    assert_eq!(
        f("main.(*counter).step-fm")
            .inline
            .as_ref()
            .unwrap()
            .tree
            .len(),
        1
    );
    assert!(
        f("main.(*counter).step")
            .inline
            .as_ref()
            .unwrap()
            .tree
            .is_empty()
    );
    // Inlined everywhere (size=0, no body): nothing to attach to.
    assert!(f("main.main.func1").inline.is_none());
}

#[test]
fn malformed_dump_lines_name_their_line() {
    let text = "funcpctab main.f [valfunc=pctoinline]\n     0     -1 00000 (p.go:3)\tTEXT\tmain.f(SB), $0-0\n     4   zz 00004 (p.go:3)\tRET\n     5 done\nwrote 2 bytes to 0xc000010000\n 00 05\n-- inlining tree for main.f:\n0 | x | main.g (p.go:4:2) pc=1\n--\n";
    let (lst, diags) = parse_listing(text, FileId(0));
    let lines: Vec<u32> = diags.iter().map(|d| d.span.line).collect();
    assert_eq!(lines, [3, 8], "{diags:?}");
    assert!(lst.funcs.is_empty());
}

#[test]
fn no_prefix_of_a_dump_panics_the_parser() {
    let fix = fixture();
    for end in (0..fix.len())
        .step_by(7)
        .filter(|&e| fix.is_char_boundary(e))
    {
        let _ = parse_listing(&fix[..end], FileId(0));
        let _ = parse_dumps(&fix[..end], FileId(0));
    }
}
