//! The print builtins behind Go's `print`/`println` (runtime/print.go):
//! arguments in ABIInternal registers, output through the runtime's writer
//! (stderr in `goasm run`), formatting from [`crate::print`].

use crate::Runtime;
use crate::builtins::{BuiltinFn, int_reg};
use crate::print as fmt;
use goasm_vm::memory::Fault;
use goasm_vm::{Flow, Machine};

fn int(m: &Machine, i: u8) -> u64 {
    m.cpu.gp[int_reg(i)]
}

fn float(m: &Machine, i: usize) -> u64 {
    m.cpu.xmm[i] as u64
}

fn out(rt: &mut Runtime, bytes: &[u8]) -> Result<Flow, Fault> {
    rt.write(bytes);
    Ok(Flow::Return)
}

/// Reads `len` bytes of guest memory (a string's or slice's contents). An
/// empty string or slice may carry a nil pointer, which is never read.
pub fn guest_bytes(m: &Machine, ptr: u64, len: u64) -> Result<Vec<u8>, Fault> {
    if len == 0 {
        return Ok(Vec::new());
    }
    // Only a range the guest can read gets a host buffer: a wild length
    // faults like the read would, instead of asking the host for it.
    let readable = m
        .mem
        .region_of(ptr)
        .is_some_and(|r| r.perm.read && len <= (r.data.len() as u64).saturating_sub(ptr - r.base));
    if !readable {
        return Err(Fault::Unmapped { addr: ptr });
    }
    let mut buf = vec![0u8; len as usize];
    m.mem.read_bytes(ptr, &mut buf)?;
    Ok(buf)
}

pub const BUILTINS: &[(&str, &str, BuiltinFn)] = &[
    ("runtime.printlock", "func()", |_, _| Ok(Flow::Return)),
    ("runtime.printunlock", "func()", |_, _| Ok(Flow::Return)),
    ("runtime.printnl", "func()", |rt, _| out(rt, b"\n")),
    ("runtime.printsp", "func()", |rt, _| out(rt, b" ")),
    ("runtime.printint", "func(v int64)", |rt, m| {
        out(rt, fmt::int(int(m, 0) as i64).as_bytes())
    }),
    ("runtime.printuint", "func(v uint64)", |rt, m| {
        out(rt, fmt::uint(int(m, 0)).as_bytes())
    }),
    ("runtime.printhex", "func(v uint64)", |rt, m| {
        out(rt, fmt::hex(int(m, 0)).as_bytes())
    }),
    ("runtime.printpointer", "func(p unsafe.Pointer)", |rt, m| {
        out(rt, fmt::hex(int(m, 0)).as_bytes())
    }),
    ("runtime.printuintptr", "func(p uintptr)", |rt, m| {
        out(rt, fmt::hex(int(m, 0)).as_bytes())
    }),
    ("runtime.printbool", "func(v bool)", |rt, m| {
        out(rt, fmt::bool(int(m, 0) as u8 != 0).as_bytes())
    }),
    ("runtime.printfloat64", "func(v float64)", |rt, m| {
        out(rt, fmt::float64(f64::from_bits(float(m, 0))).as_bytes())
    }),
    ("runtime.printfloat32", "func(v float32)", |rt, m| {
        out(
            rt,
            fmt::float32(f32::from_bits(float(m, 0) as u32)).as_bytes(),
        )
    }),
    ("runtime.printcomplex128", "func(c complex128)", |rt, m| {
        let (re, im) = (f64::from_bits(float(m, 0)), f64::from_bits(float(m, 1)));
        out(rt, fmt::complex128(re, im).as_bytes())
    }),
    ("runtime.printcomplex64", "func(c complex64)", |rt, m| {
        let (re, im) = (
            f32::from_bits(float(m, 0) as u32),
            f32::from_bits(float(m, 1) as u32),
        );
        out(rt, fmt::complex64(re, im).as_bytes())
    }),
    ("runtime.printstring", "func(s string)", |rt, m| {
        let b = guest_bytes(m, int(m, 0), int(m, 1))?;
        out(rt, &b)
    }),
    ("runtime.printslice", "func(s []byte)", |rt, m| {
        let text = format!("[{}/{}]{}", int(m, 1), int(m, 2), fmt::hex(int(m, 0)));
        out(rt, text.as_bytes())
    }),
    ("runtime.printeface", "func(e any)", |rt, m| {
        let text = format!("({},{})", fmt::hex(int(m, 0)), fmt::hex(int(m, 1)));
        out(rt, text.as_bytes())
    }),
    ("runtime.printiface", "func(i interface{ M() })", |rt, m| {
        let text = format!("({},{})", fmt::hex(int(m, 0)), fmt::hex(int(m, 1)));
        out(rt, text.as_bytes())
    }),
];

#[cfg(test)]
mod tests {
    use super::guest_bytes;
    use goasm_vm::memory::{Fault, Perm, Region};

    #[test]
    fn guest_bytes_reads_whole_ranges_and_faults_on_wild_lengths() {
        let src = "TEXT ·f(SB), 4, $0-0\n\tRET\n";
        let mut m = goasm_vm::load_sources(&[("a.s", src)], "main").unwrap();
        // Over 1 GiB (zero pages until written), to check nothing is cut.
        let (base, len) = (0x7000_0000u64, (1u64 << 30) + 16);
        m.mem
            .map(Region {
                name: "big",
                base,
                data: vec![0; len as usize],
                perm: Perm::RW,
            })
            .unwrap();
        m.mem.write_bytes(base + len - 3, b"end").unwrap();
        let all = guest_bytes(&m, base, len).unwrap();
        assert_eq!(all.len() as u64, len);
        assert_eq!(&all[all.len() - 3..], b"end");
        assert_eq!(guest_bytes(&m, base + len - 3, 3).unwrap(), b"end");
        for wild in [len + 1, u64::MAX / 2, u64::MAX] {
            assert_eq!(
                guest_bytes(&m, base, wild),
                Err(Fault::Unmapped { addr: base })
            );
        }
        assert_eq!(
            guest_bytes(&m, 0x10, 1),
            Err(Fault::Unmapped { addr: 0x10 })
        );
    }
}
