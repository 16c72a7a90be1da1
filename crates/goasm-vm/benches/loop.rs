//! Guest instructions per second on a tight loop (sum of 1..n with a
//! compare-and-branch), plus a call-heavy loop.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SRC: &str = r#"
#include "textflag.h"
TEXT ·loop(SB), NOSPLIT, $0-16
	MOVQ n+0(FP), CX
	XORQ AX, AX
again:
	ADDQ CX, AX
	XORQ $0x55, AX
	DECQ CX
	JNE again
	MOVQ AX, ret+8(FP)
	RET

TEXT ·leaf(SB), NOSPLIT, $0-8
	INCQ AX
	RET

TEXT ·calls(SB), $8-16
	MOVQ n+0(FP), CX
	XORQ AX, AX
again:
	CALL ·leaf(SB)
	DECQ CX
	JNE again
	MOVQ AX, ret+8(FP)
	RET
"#;

const N: u64 = 1_000_000;

fn bench(c: &mut Criterion) {
    let mut m = goasm_vm::load_sources(&[("bench.s", SRC)], "main").unwrap();
    let mut g = c.benchmark_group("interp");
    // 4 instructions per iteration of the tight loop.
    g.throughput(Throughput::Elements(4 * N));
    g.bench_function("tight_loop_insns", |b| {
        b.iter(|| {
            let mut f = [0u8; 16];
            f[..8].copy_from_slice(&N.to_le_bytes());
            m.call_abi0("·loop", &mut f).unwrap()
        })
    });
    // CALL + INCQ + RET + DECQ + JNE per iteration.
    g.throughput(Throughput::Elements(5 * N));
    g.bench_function("call_loop_insns", |b| {
        b.iter(|| {
            let mut f = [0u8; 16];
            f[..8].copy_from_slice(&N.to_le_bytes());
            m.call_abi0("·calls", &mut f).unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
