//! Strings and the equality helpers type descriptors point at
//! (runtime/string.go, utf8.go, alg.go, complex.go): concatenation,
//! conversions between strings, byte slices and rune slices, comparison,
//! the `for range` decoder, `memequal*`/`strequal`/float equality, and
//! complex division. String headers are (ptr, len) in two integer
//! registers, slices (ptr, len, cap) in three.

use crate::builtins::BuiltinFn;
use crate::builtins::mem::{arg, malloc, memclr, ret, roundupsize};
use crate::builtins::print::guest_bytes;
use crate::print::decode_rune;
use goasm_vm::memory::Fault;
use goasm_vm::{Flow, Machine};
use std::cmp::Ordering;

/// `tmpStringBufSize`: the stack buffer the compiler may pass as `buf`.
const TMP_BUF: u64 = 32;

fn float(m: &Machine, i: usize) -> f64 {
    f64::from_bits(m.cpu.xmm[i] as u64)
}

fn set_bool(m: &mut Machine, v: bool) -> Result<Flow, Fault> {
    ret(m, 0, u64::from(v));
    Ok(Flow::Return)
}

/// Returns a string header in AX BX.
fn ret_string(m: &mut Machine, ptr: u64, len: u64) -> Result<Flow, Fault> {
    ret(m, 0, ptr);
    ret(m, 1, len);
    Ok(Flow::Return)
}

/// A new string holding `bytes`: the stack buffer when it fits (as Go's
/// rawstringtmp does), otherwise fresh heap memory.
fn new_string(m: &mut Machine, buf: u64, bytes: &[u8]) -> Result<Flow, Fault> {
    if bytes.is_empty() {
        return ret_string(m, 0, 0);
    }
    let n = bytes.len() as u64;
    let p = if buf != 0 && n <= TMP_BUF {
        buf
    } else {
        malloc(m, n)?
    };
    m.mem.write_bytes(p, bytes)?;
    ret_string(m, p, n)
}

/// Reads string `i` of a string list in guest memory (`[]string` backing).
fn string_at(m: &Machine, base: u64, i: u64) -> Result<Vec<u8>, Fault> {
    let ptr = m.mem.read(base + 16 * i, 8)?;
    let len = m.mem.read(base + 16 * i + 8, 8)?;
    guest_bytes(m, ptr, len)
}

/// `concatstringN(buf, a0, ..., aN-1)`: the strings follow buf as register
/// pairs; concatstring5's last string does not fit the nine integer
/// registers, so ABIInternal passes it on the stack at the caller's 0(SP).
fn concat_n(m: &mut Machine, n: u8) -> Result<Flow, Fault> {
    let mut parts = Vec::new();
    for i in 0..n {
        let (ptr, len) = if 2 * i + 2 < 9 {
            (arg(m, 2 * i + 1), arg(m, 2 * i + 2))
        } else {
            let sp = m.cpu.gp[goasm_vm::cpu::SP];
            (m.mem.read(sp, 8)?, m.mem.read(sp + 8, 8)?)
        };
        parts.push(guest_bytes(m, ptr, len)?);
    }
    let buf = arg(m, 0);
    new_string(m, buf, &parts.concat())
}

/// Go's `encoderune`: runes outside Unicode or surrogates become U+FFFD.
fn encode_rune(r: i64, out: &mut Vec<u8>) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    let mut b = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

/// The runes of `s` as `for range` sees them.
pub fn runes(s: &[u8]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (c, w) = decode_rune(&s[i..]);
        out.push(c as u32);
        i += w.max(1);
    }
    out
}

/// `decoderune(s, k)`: the rune at byte `k` and the index after it.
pub fn decoderune(s: &[u8], k: u64) -> (u32, u64) {
    match usize::try_from(k).ok().and_then(|k| s.get(k..)) {
        Some(rest) if !rest.is_empty() => {
            let (c, w) = decode_rune(rest);
            (c as u32, k + w as u64)
        }
        _ => (char::REPLACEMENT_CHARACTER as u32, k.wrapping_add(1)),
    }
}

/// `cmpstring`: -1, 0 or +1 by bytewise comparison.
pub fn cmpstring(a: &[u8], b: &[u8]) -> i64 {
    match a.cmp(b) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// `complex128div`: Smith's algorithm with C99's corrections for
/// infinities and zeros when both parts come out NaN (runtime/complex.go).
pub fn complex128div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let (a, b, c, d) = (n.0, n.1, m.0, m.1);
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf2one = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        let inf = f64::INFINITY;
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf2one(a), inf2one(b));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf2one(c), inf2one(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

/// Compares `n` bytes at `p` and `q`.
fn mem_eq(m: &Machine, p: u64, q: u64, n: u64) -> Result<bool, Fault> {
    if p == q || n == 0 {
        return Ok(true);
    }
    Ok(guest_bytes(m, p, n)? == guest_bytes(m, q, n)?)
}

fn memequal_n(m: &mut Machine, n: u64) -> Result<Flow, Fault> {
    let eq = mem_eq(m, arg(m, 0), arg(m, 1), n)?;
    set_bool(m, eq)
}

/// Float equality of `count` consecutive floats of `width` bytes.
fn float_eq(m: &mut Machine, width: u8, count: u64) -> Result<Flow, Fault> {
    let (p, q) = (arg(m, 0), arg(m, 1));
    let mut eq = true;
    for i in 0..count {
        let (x, y) = (
            m.mem.read(p + i * u64::from(width), width)?,
            m.mem.read(q + i * u64::from(width), width)?,
        );
        eq &= if width == 4 {
            f32::from_bits(x as u32) == f32::from_bits(y as u32)
        } else {
            f64::from_bits(x) == f64::from_bits(y)
        };
    }
    set_bool(m, eq)
}

pub const BUILTINS: &[(&str, &str, BuiltinFn)] = &[
    (
        "runtime.concatstring2",
        "func(buf unsafe.Pointer, a0, a1 string) string",
        |_, m| concat_n(m, 2),
    ),
    (
        "runtime.concatstring3",
        "func(buf unsafe.Pointer, a0, a1, a2 string) string",
        |_, m| concat_n(m, 3),
    ),
    (
        "runtime.concatstring4",
        "func(buf unsafe.Pointer, a0, a1, a2, a3 string) string",
        |_, m| concat_n(m, 4),
    ),
    (
        "runtime.concatstring5",
        "func(buf unsafe.Pointer, a0, a1, a2, a3, a4 string) string",
        |_, m| concat_n(m, 5),
    ),
    (
        "runtime.concatstrings",
        "func(buf unsafe.Pointer, a []string) string",
        |_, m| {
            let (buf, base, n) = (arg(m, 0), arg(m, 1), arg(m, 2));
            let mut all = Vec::new();
            for i in 0..n {
                all.extend(string_at(m, base, i)?);
            }
            new_string(m, buf, &all)
        },
    ),
    (
        "runtime.slicebytetostring",
        "func(buf unsafe.Pointer, ptr unsafe.Pointer, n int) string",
        |_, m| {
            let b = guest_bytes(m, arg(m, 1), arg(m, 2))?;
            new_string(m, arg(m, 0), &b)
        },
    ),
    (
        "runtime.slicebytetostringtmp",
        "func(ptr unsafe.Pointer, n int) string",
        |_, m| ret_string(m, arg(m, 0), arg(m, 1)),
    ),
    (
        "runtime.stringtoslicebyte",
        "func(buf unsafe.Pointer, s string) []byte",
        |_, m| {
            let (buf, s) = (arg(m, 0), guest_bytes(m, arg(m, 1), arg(m, 2))?);
            let n = s.len() as u64;
            // Go hands out the zeroed stack buffer (cap 32) when it fits,
            // else a size-class-rounded heap slice; cap() shows which.
            let (p, cap) = if buf != 0 && n <= TMP_BUF {
                memclr(m, buf, TMP_BUF)?;
                (buf, TMP_BUF)
            } else {
                let cap = roundupsize(n, true);
                (malloc(m, cap)?, cap)
            };
            m.mem.write_bytes(p, &s)?;
            ret(m, 0, p);
            ret(m, 1, n);
            ret(m, 2, cap);
            Ok(Flow::Return)
        },
    ),
    (
        "runtime.stringtoslicerune",
        "func(buf unsafe.Pointer, s string) []byte",
        |_, m| {
            let (buf, s) = (arg(m, 0), guest_bytes(m, arg(m, 1), arg(m, 2))?);
            let rs = runes(&s);
            let n = rs.len() as u64;
            let (p, cap) = if buf != 0 && n <= TMP_BUF {
                memclr(m, buf, TMP_BUF * 4)?;
                (buf, TMP_BUF)
            } else {
                let mem = roundupsize(n * 4, true);
                (malloc(m, mem)?, mem / 4)
            };
            let bytes: Vec<u8> = rs.iter().flat_map(|r| r.to_le_bytes()).collect();
            m.mem.write_bytes(p, &bytes)?;
            ret(m, 0, p);
            ret(m, 1, n);
            ret(m, 2, cap);
            Ok(Flow::Return)
        },
    ),
    (
        "runtime.slicerunetostring",
        "func(buf unsafe.Pointer, a []int32) string",
        |_, m| {
            let (ptr, n) = (arg(m, 1), arg(m, 2));
            let raw = guest_bytes(m, ptr, n.saturating_mul(4))?;
            let mut out = Vec::new();
            for c in raw.chunks_exact(4) {
                encode_rune(
                    i64::from(i32::from_le_bytes([c[0], c[1], c[2], c[3]])),
                    &mut out,
                );
            }
            new_string(m, arg(m, 0), &out)
        },
    ),
    (
        "runtime.intstring",
        "func(buf unsafe.Pointer, v int64) string",
        |_, m| {
            let mut out = Vec::new();
            encode_rune(arg(m, 1) as i64, &mut out);
            new_string(m, arg(m, 0), &out)
        },
    ),
    ("runtime.cmpstring", "func(a, b string) int", |_, m| {
        let a = guest_bytes(m, arg(m, 0), arg(m, 1))?;
        let b = guest_bytes(m, arg(m, 2), arg(m, 3))?;
        ret(m, 0, cmpstring(&a, &b) as u64);
        Ok(Flow::Return)
    }),
    (
        "runtime.decoderune",
        "func(s string, k uint) (r int32, pos uint)",
        |_, m| {
            let s = guest_bytes(m, arg(m, 0), arg(m, 1))?;
            let (r, pos) = decoderune(&s, arg(m, 2));
            ret(m, 0, u64::from(r));
            ret(m, 1, pos);
            Ok(Flow::Return)
        },
    ),
    (
        "runtime.memequal",
        "func(a, b unsafe.Pointer, size uintptr) bool",
        |_, m| memequal_n(m, arg(m, 2)),
    ),
    (
        "runtime.memequal0",
        "func(p, q unsafe.Pointer) bool",
        |_, m| set_bool(m, true),
    ),
    (
        "runtime.memequal8",
        "func(p, q unsafe.Pointer) bool",
        |_, m| memequal_n(m, 1),
    ),
    (
        "runtime.memequal16",
        "func(p, q unsafe.Pointer) bool",
        |_, m| memequal_n(m, 2),
    ),
    (
        "runtime.memequal32",
        "func(p, q unsafe.Pointer) bool",
        |_, m| memequal_n(m, 4),
    ),
    (
        "runtime.memequal64",
        "func(p, q unsafe.Pointer) bool",
        |_, m| memequal_n(m, 8),
    ),
    (
        "runtime.memequal128",
        "func(p, q unsafe.Pointer) bool",
        |_, m| memequal_n(m, 16),
    ),
    (
        "runtime.memequal_varlen",
        "func(a, b unsafe.Pointer) bool",
        |_, m| {
            // The closure {fn, size} arrives in DX.
            let size = m.mem.read(m.cpu.gp[goasm_vm::cpu::DX] + 8, 8)?;
            memequal_n(m, size)
        },
    ),
    (
        "runtime.strequal",
        "func(p, q unsafe.Pointer) bool",
        |_, m| {
            let (p, q) = (arg(m, 0), arg(m, 1));
            let (pl, ql) = (m.mem.read(p + 8, 8)?, m.mem.read(q + 8, 8)?);
            let eq = pl == ql && mem_eq(m, m.mem.read(p, 8)?, m.mem.read(q, 8)?, pl)?;
            set_bool(m, eq)
        },
    ),
    (
        "runtime.f32equal",
        "func(p, q unsafe.Pointer) bool",
        |_, m| float_eq(m, 4, 1),
    ),
    (
        "runtime.f64equal",
        "func(p, q unsafe.Pointer) bool",
        |_, m| float_eq(m, 8, 1),
    ),
    (
        "runtime.c64equal",
        "func(p, q unsafe.Pointer) bool",
        |_, m| float_eq(m, 4, 2),
    ),
    (
        "runtime.c128equal",
        "func(p, q unsafe.Pointer) bool",
        |_, m| float_eq(m, 8, 2),
    ),
    (
        "runtime.complex128div",
        "func(n complex128, m complex128) complex128",
        |_, m| {
            let (e, f) = complex128div((float(m, 0), float(m, 1)), (float(m, 2), float(m, 3)));
            m.cpu.xmm[0] = u128::from(e.to_bits());
            m.cpu.xmm[1] = u128::from(f.to_bits());
            Ok(Flow::Return)
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_and_decode() {
        assert_eq!(cmpstring(b"abc", b"abd"), -1);
        assert_eq!(cmpstring(b"abc", b"ab"), 1);
        assert_eq!(cmpstring(b"", b""), 0);
        assert_eq!(cmpstring(b"\xff", b"a"), 1);
        // "h€\xff": ASCII, a 3-byte rune, an invalid byte, then the end.
        let s = b"h\xe2\x82\xac\xff";
        assert_eq!(decoderune(s, 1), (0x20AC, 4));
        assert_eq!(decoderune(s, 4), (0xFFFD, 5));
        assert_eq!(decoderune(s, 5), (0xFFFD, 6));
        // A surrogate encoded in UTF-8 is invalid: one byte at a time.
        assert_eq!(decoderune(b"\xed\xa0\x80", 0), (0xFFFD, 1));
        assert_eq!(runes(b"a\xe2\x82"), vec![0x61, 0xFFFD, 0xFFFD]);
    }

    #[test]
    fn encode_invalid_runes() {
        let mut out = Vec::new();
        for r in [0x41, -1, 0xD800, 0x110000, 0x10FFFF] {
            encode_rune(r, &mut out);
        }
        assert_eq!(out, "A\u{FFFD}\u{FFFD}\u{FFFD}\u{10FFFF}".as_bytes());
    }

    #[test]
    fn complex_division() {
        assert_eq!(complex128div((1.0, 2.0), (3.0, 4.0)), (0.44, 0.08));
        let (e, f) = complex128div((1.0, 1.0), (0.0, 0.0));
        assert!(e.is_infinite() && e > 0.0 && f.is_infinite() && f > 0.0);
        let (e, f) = complex128div((1.0, 1.0), (f64::INFINITY, 0.0));
        assert_eq!((e, f), (0.0, 0.0));
        let (e, f) = complex128div((f64::INFINITY, 0.0), (1.0, 1.0));
        assert!(e == f64::INFINITY && f == f64::NEG_INFINITY);
        let (e, f) = complex128div((f64::NAN, f64::NAN), (0.0, 0.0));
        assert!(e.is_nan() && f.is_nan());
    }
}
