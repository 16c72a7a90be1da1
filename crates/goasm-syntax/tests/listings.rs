//! Compiler listings of the test programs (`testdata/listings/*.S`, made by
//! `scripts/regen-programs` with the real compiler) parse with zero errors,
//! and what the parser keeps is consistent with what the listing declares:
//! each function's machine code is exactly `size=` bytes, each data symbol's
//! contents exactly its declared size, and every relocation lies inside its
//! symbol. A live check recompiles a few programs and compares the text.

use goasm_syntax::listing::Listing;
use goasm_syntax::{FileId, parse_listing};
use goasm_testkit::{go_or_skip, go_output, workspace_root};

fn listings() -> Vec<std::path::PathBuf> {
    let dir = workspace_root().join("testdata/listings");
    let mut v: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "S"))
        .collect();
    v.sort();
    v
}

fn check(name: &str, lst: &Listing) -> Vec<String> {
    let mut bad = Vec::new();
    for f in &lst.funcs {
        let h = &f.header;
        if f.code.len() as u64 != h.size {
            bad.push(format!(
                "{name}: {}: {} code bytes, header says size={}",
                h.name,
                f.code.len(),
                h.size
            ));
        }
        match &f.text {
            Some(t) if t.args.map(|a| a as u64) != h.args => bad.push(format!(
                "{name}: {}: TEXT args {:?} vs header args={:?}",
                h.name, t.args, h.args
            )),
            // Functions the compiler inlined everywhere are listed with size=0 and no body.
            None if h.size > 0 => bad.push(format!("{name}: {}: no TEXT line", h.name)),
            _ => {}
        }
        if f.insns.iter().any(|i| i.pc as u64 > h.size) {
            bad.push(format!("{name}: {}: instruction pc beyond size", h.name));
        }
        for r in &f.relocs {
            if (r.offset + r.size) as u64 > h.size {
                bad.push(format!(
                    "{name}: {}: relocation {r:?} outside the code",
                    h.name
                ));
            }
        }
    }
    for d in &lst.data {
        let h = &d.header;
        // DWARF symbols print their contents with size=0; BSS has no contents.
        if h.kind.starts_with("SDWARF") {
            continue;
        }
        if d.bytes.len() as u64 != h.size {
            bad.push(format!(
                "{name}: {}: {} bytes, header says size={}",
                h.name,
                d.bytes.len(),
                h.size
            ));
        }
        for r in &d.relocs {
            if (r.offset + r.size) as u64 > h.size {
                bad.push(format!(
                    "{name}: {}: relocation {r:?} outside the data",
                    h.name
                ));
            }
        }
    }
    bad
}

#[test]
fn compiler_listings_parse_with_consistent_sizes() {
    let paths = listings();
    assert!(
        paths.len() >= 20,
        "need at least 20 listings, found {}",
        paths.len()
    );
    let (mut funcs, mut data, mut insns, mut problems) = (0, 0, 0, Vec::new());
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            goasm_syntax::looks_like_listing(&text),
            "{name} not recognised as a listing"
        );
        let (lst, diags) = parse_listing(&text, FileId(0));
        let mut sources = goasm_syntax::SourceMap::new();
        sources.add(name.clone(), text.clone());
        problems.extend(diags.iter().map(|d| d.render(&sources)));
        problems.extend(check(&name, &lst));
        funcs += lst.funcs.len();
        data += lst.data.len();
        insns += lst.funcs.iter().map(|f| f.insns.len()).sum::<usize>();
        // Positions point into the program's own source file.
        let stem = path.file_stem().unwrap().to_string_lossy();
        assert!(
            lst.files.iter().any(|f| *f == format!("{stem}.go")),
            "{name}: files {:?}",
            lst.files
        );
    }
    println!(
        "{} listings: {funcs} functions, {insns} instructions, {data} data symbols",
        paths.len()
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn committed_listings_match_the_compiler() {
    let Some(go) = go_or_skip("committed_listings_match_the_compiler") else {
        return;
    };
    let dir = workspace_root().join("testdata/programs");
    for path in listings().iter().take(5) {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let src = format!("{stem}.go");
        let trim = format!("{}=>", dir.display());
        let obj = std::env::temp_dir().join(format!("goasm-listing-{}.o", std::process::id()));
        let obj = obj.display().to_string();
        let args = [
            "tool",
            "compile",
            "-S",
            "-d=pctab=pctoinline",
            "-p",
            "main",
            "-trimpath",
            &trim,
            "-o",
            &obj,
            &src,
        ];
        // As scripts/regen-programs does: the dump's heap addresses vary.
        let now: String = go_output(&go, &args, Some(&dir))
            .split_inclusive('\n')
            .map(|l| match l.split_once(" bytes to 0x") {
                Some((head, _)) if l.starts_with("wrote ") => format!("{head} bytes to 0x0\n"),
                _ => l.to_string(),
            })
            .collect();
        let _ = std::fs::remove_file(&obj);
        let committed = std::fs::read_to_string(path).unwrap();
        assert!(
            now == committed,
            "{stem}: testdata/listings is stale; run scripts/regen-programs"
        );
    }
}
