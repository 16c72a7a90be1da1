//! Property: no guest program panics the tracers. Random little programs
//! (calls through registers holding arbitrary values, returns with SP
//! pointing anywhere, pushes and pops, jumps, loads from the stack) run
//! under the call tracer with `--insn` and under a frames tracer stopping
//! at every instruction; faults, bad jumps and step limits are guest
//! events, never host panics.

use goasm_trace::SharedBuf;
use goasm_trace::calls::Tracker;
use goasm_trace::catalog::{Catalog, Decls};
use goasm_trace::frames::{FramesTracer, Stop};
use goasm_trace::tracer::{CallTracer, Options};

/// A small deterministic generator (xorshift), so a failure names its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn program(seed: u64) -> String {
    let mut r = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let regs = ["AX", "BX", "CX", "DX", "SI", "DI"];
    let mut body = String::new();
    for i in 0..(4 + r.next() % 12) {
        let reg = r.pick(&regs);
        let line = match r.next() % 11 {
            0 => format!("MOVQ ${}, {reg}", r.next() % 0x2000),
            1 => format!("MOVQ $·f(SB), {reg}"),
            2 => format!("CALL {reg}"),
            3 => "CALL ·f(SB)".to_string(),
            4 => "RET".to_string(),
            5 => format!("PUSHQ {reg}"),
            6 => format!("POPQ {reg}"),
            7 => format!("MOVQ {}(SP), {reg}", (r.next() % 8) * 8),
            8 => format!("ADDQ ${}, SP", (r.next() % 4) * 8),
            9 => format!("JMP l{}", r.next() % (i + 1)),
            _ => format!("MOVQ {reg}, 8(DX)"),
        };
        body.push_str(&format!("l{i}:\n\t{line}\n"));
    }
    format!(
        "TEXT ·f(SB), 4, $0-8\n\tMOVQ $7, ret+0(FP)\n\tRET\n\
         TEXT ·g(SB), $16-16\n{body}\tRET\n"
    )
}

fn decls() -> Decls {
    let stub = goasm_abi::parse_file(
        "g.go",
        "package main\nfunc f() int\nfunc g(a int, s string) int\n",
    )
    .unwrap();
    Decls::new(&[stub], "main")
}

#[test]
fn no_guest_program_panics_the_tracers() {
    let mut ran = 0;
    let mut snapshots = 0;
    for seed in 0..300u64 {
        let src = program(seed);
        let Ok(mut m) = goasm_vm::load_sources(&[("g.s", &src)], "main") else {
            continue;
        };
        ran += 1;
        m.max_steps = 500;
        let cat = Catalog::new(&m, &decls(), &[]);
        let tracker = Tracker::new(cat.clone(), &m.image);
        let opts = Options {
            insns: seed % 2 == 0,
            json: seed % 3 == 0,
            ..Options::default()
        };
        let out = SharedBuf::default();
        m.set_tracer(Box::new(CallTracer::new(tracker, opts, Box::new(out))));
        let mut frame = [0u8; 24];
        let _ = m.call_abi0("·g", &mut frame);
        goasm_trace::finish(&mut m);

        let Ok(mut m) = goasm_vm::load_sources(&[("g.s", &src)], "main") else {
            continue;
        };
        m.max_steps = 500;
        let tracker = Tracker::new(cat, &m.image);
        let stops: Vec<Stop> = (0..m.image.code.len() as u32)
            .map(|pc| Stop::At { pc, hit: 1 })
            .chain([Stop::RootReturn])
            .collect();
        m.set_tracer(Box::new(FramesTracer::new(tracker, stops, false)));
        let _ = m.call_abi0("·g", &mut frame);
        let t = goasm_trace::finish(&mut m).expect("tracer");
        let t = t.downcast::<FramesTracer>().expect("frames tracer");
        for s in &t.snapshots {
            let _ = goasm_trace::frames::render(s);
        }
        snapshots += t.snapshots.len();
    }
    assert!(ran >= 250, "only {ran} of 300 programs linked");
    assert!(snapshots >= 1000, "only {snapshots} snapshots");
}
