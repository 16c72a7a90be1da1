//! Map keys and `==` on interface values, by the key type's kind: a value
//! in guest memory becomes a canonical byte string such that two values are
//! equal under Go's `==` exactly when their strings are equal. Strings
//! compare by content, floats with +0 == -0, interfaces by dynamic type
//! then value, structs field by field (blank fields and padding skipped),
//! arrays element by element. A NaN anywhere makes the value equal to
//! nothing, itself included.

use super::KeyBytes;
use crate::typeread::{self, kind, size};
use goasm_vm::Machine;
use goasm_vm::memory::Fault;

/// A value's identity under `==`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Canon {
    Key(KeyBytes),
    /// Contains a NaN: equal to nothing.
    NaN,
    /// Holds a slice, map or func (the type's Go name): `==` panics.
    Unhashable(String),
}

enum Stop {
    NaN,
    Unhashable(String),
}

/// Canonical form of the value of type `t` at guest address `addr`.
pub fn canon(m: &Machine, t: u64, addr: u64) -> Result<Canon, Fault> {
    let mut out = KeyBytes::new();
    Ok(match walk(m, t, addr, &mut out, 0)? {
        None => Canon::Key(out),
        Some(Stop::NaN) => Canon::NaN,
        Some(Stop::Unhashable(n)) => Canon::Unhashable(n),
    })
}

/// Canonical form of a string key given by its contents (the `_faststr`
/// entry points), identical to [`canon`] of the string header.
pub fn string_key(bytes: &[u8]) -> KeyBytes {
    let mut out = KeyBytes::new();
    out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
    out.extend_from_slice(bytes);
    out
}

/// Appends the canonical form of a string of `len` bytes: its length, then
/// its contents, which `fill` writes into the space made for them.
pub fn push_string(
    out: &mut KeyBytes,
    len: u64,
    fill: impl FnOnce(&mut [u8]) -> Result<(), Fault>,
) -> Result<(), Fault> {
    let len = len.min(1 << 30);
    out.extend_from_slice(&len.to_le_bytes());
    let buf = out.extend_zeroed(len as usize);
    if buf.is_empty() { Ok(()) } else { fill(buf) }
}

/// +0 and -0 as one value; `None` for NaN.
pub fn float_bits(bits: u64, width: u8) -> Option<u64> {
    if width == 4 {
        let f = f32::from_bits(bits as u32);
        return (!f.is_nan()).then_some(if f == 0.0 { 0 } else { bits & 0xffff_ffff });
    }
    let f = f64::from_bits(bits);
    (!f.is_nan()).then_some(if f == 0.0 { 0 } else { bits })
}

fn walk(
    m: &Machine,
    t: u64,
    addr: u64,
    out: &mut KeyBytes,
    depth: u32,
) -> Result<Option<Stop>, Fault> {
    if depth > 64 {
        return Ok(Some(Stop::Unhashable(typeread::type_name(m, t))));
    }
    let k = kind(m, t)?;
    match k {
        // Float32, Float64, Complex64, Complex128.
        13..=16 => {
            let width = if k == 13 || k == 15 { 4 } else { 8 };
            let parts = if k >= 15 { 2 } else { 1 };
            for p in 0..parts {
                let bits = m.mem.read(addr + p * width as u64, width)?;
                match float_bits(bits, width) {
                    Some(b) => out.extend_from_slice(&b.to_le_bytes()[..width as usize]),
                    None => return Ok(Some(Stop::NaN)),
                }
            }
        }
        // String.
        24 => {
            let (ptr, len) = (m.mem.read(addr, 8)?, m.mem.read(addr + 8, 8)?);
            push_string(out, len, |buf| m.mem.read_bytes(ptr, buf))?;
        }
        // Interface: dynamic type, then the value.
        20 => {
            let w0 = m.mem.read(addr, 8)?;
            let data = m.mem.read(addr + 8, 8)?;
            let empty = m.mem.read(t + 64, 8)? == 0;
            let dyn_t = if empty || w0 == 0 {
                w0
            } else {
                m.mem.read(w0 + 8, 8)?
            };
            out.extend_from_slice(&dyn_t.to_le_bytes());
            if dyn_t != 0 {
                let tflag = m.mem.read(dyn_t + crate::types::TFLAG, 1)? as u8;
                if tflag & crate::types::TFLAG_DIRECT_IFACE != 0 {
                    out.extend_from_slice(&data.to_le_bytes());
                } else {
                    return walk(m, dyn_t, data, out, depth + 1);
                }
            }
        }
        // Array: element by element.
        17 => {
            let elem = m.mem.read(t + 48, 8)?;
            let n = m.mem.read(t + 64, 8)?;
            let es = size(m, elem)?;
            for i in 0..n.min(1 << 24) {
                if let Some(s) = walk(m, elem, addr + i * es, out, depth + 1)? {
                    return Ok(Some(s));
                }
            }
        }
        // Struct: field by field, blank fields skipped.
        25 => {
            let fields = m.mem.read(t + 56, 8)?;
            let n = m.mem.read(t + 64, 8)?;
            for i in 0..n.min(1 << 16) {
                let f = fields + 24 * i;
                let name_ptr = m.mem.read(f, 8)?;
                if name_ptr != 0 && typeread::read_name(m, name_ptr)? == "_" {
                    continue;
                }
                let ft = m.mem.read(f + 8, 8)?;
                let off = m.mem.read(f + 16, 8)?;
                if let Some(s) = walk(m, ft, addr + off, out, depth + 1)? {
                    return Ok(Some(s));
                }
            }
        }
        // Func, Map, Slice.
        19 | 21 | 23 => return Ok(Some(Stop::Unhashable(typeread::type_name(m, t)))),
        // Booleans, integers, pointers, channels: their bytes.
        _ => {
            let n = size(m, t)?.min(1 << 20) as usize;
            let buf = out.extend_zeroed(n);
            if n > 0 {
                m.mem.read_bytes(addr, buf)?;
            }
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_signs_agree_and_nan_is_no_key() {
        assert_eq!(float_bits((-0.0f64).to_bits(), 8), Some(0));
        assert_eq!(float_bits(0.0f64.to_bits(), 8), Some(0));
        assert_eq!(float_bits(f64::NAN.to_bits(), 8), None);
        assert_eq!(float_bits((-0.0f32).to_bits() as u64, 4), Some(0));
        assert_eq!(float_bits(f32::NAN.to_bits() as u64, 4), None);
        assert_eq!(float_bits(1.5f64.to_bits(), 8), Some(1.5f64.to_bits()));
    }

    #[test]
    fn string_keys_are_length_prefixed() {
        // "ab"+"c" and "a"+"bc" as struct fields must not collide.
        let mut x = string_key(b"ab");
        x.extend_from_slice(string_key(b"c").as_slice());
        let mut y = string_key(b"a");
        y.extend_from_slice(string_key(b"bc").as_slice());
        assert_ne!(x, y);
    }
}
