//! Reading Go type descriptors out of guest memory (`internal/abi`):
//! encoded names, a type's Go spelling, kind-specific fields, the uncommon
//! method table and an interface's method list. The runtime needs these to
//! build itabs at run time and to word panic messages; everything is read
//! defensively, since a descriptor is guest data.

use crate::types::{ALIGN, KIND, SIZE, STR, TFLAG};
use goasm_vm::Machine;
use goasm_vm::memory::{Fault, TEXT_BASE, TYPES_BASE};

/// `TFlagUncommon`: an `UncommonType` follows the kind-specific fields.
pub const TFLAG_UNCOMMON: u8 = 1 << 0;
/// `TFlagExtraStar`: the name in `Str` carries a '*' to drop.
pub const TFLAG_EXTRA_STAR: u8 = 1 << 1;
/// Mask of the kind in `Kind_`.
pub const KIND_MASK: u8 = 0x1f;

/// The parts of an encoded `abi.Name`: a flag byte, a varint length, the
/// bytes (tag and package path may follow; not needed here).
pub fn decode_name(bytes: &[u8]) -> Option<(u8, &[u8])> {
    let (&flags, rest) = bytes.split_first()?;
    let mut len = 0usize;
    let mut shift = 0;
    let mut i = 0;
    loop {
        let b = *rest.get(i)?;
        len |= ((b & 0x7f) as usize) << shift;
        i += 1;
        if b & 0x80 == 0 {
            break;
        }
        shift += 7;
        if shift > 28 {
            return None;
        }
    }
    let name = rest.get(i..i.checked_add(len)?)?;
    Some((flags, name))
}

/// Encodes a name as `abi.Name` does (flag byte, varint length, bytes).
pub fn encode_name(flags: u8, name: &[u8]) -> Vec<u8> {
    let mut out = vec![flags];
    let mut n = name.len();
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            break;
        }
        out.push(b | 0x80);
    }
    out.extend_from_slice(name);
    out
}

/// Reads the name at guest address `addr`.
pub fn read_name(m: &Machine, addr: u64) -> Result<String, Fault> {
    let mut len = 0usize;
    let mut at = addr + 1;
    for k in 0..5 {
        let b = m.mem.read(at, 1)? as usize;
        at += 1;
        len |= (b & 0x7f) << (7 * k);
        if b & 0x80 == 0 {
            break;
        }
    }
    let mut buf = vec![0u8; len.min(1 << 20)];
    m.mem.read_bytes(at, &mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// Guest address of a `nameOff`/`typeOff` (-1 or 0 mean "none").
pub fn resolve_off(off: i32) -> Option<u64> {
    (off > 0).then(|| TYPES_BASE + off as u64)
}

/// Guest address of a `textOff` (-1: the method was not linked).
pub fn resolve_text(off: i32) -> Option<u64> {
    (off >= 0).then(|| TEXT_BASE + off as u64)
}

fn read_i32(m: &Machine, addr: u64) -> Result<i32, Fault> {
    Ok(m.mem.read(addr, 4)? as u32 as i32)
}

/// A type's kind (`abi.Kind`).
pub fn kind(m: &Machine, t: u64) -> Result<u8, Fault> {
    Ok(m.mem.read(t + KIND, 1)? as u8 & KIND_MASK)
}

/// A type's size in bytes.
pub fn size(m: &Machine, t: u64) -> Result<u64, Fault> {
    m.mem.read(t + SIZE, 8)
}

/// A type's alignment.
pub fn align(m: &Machine, t: u64) -> Result<u64, Fault> {
    Ok(m.mem.read(t + ALIGN, 1)?.max(1))
}

/// Go's spelling of a type (`main.T`, `*main.T`, `[]int`, `interface {}`):
/// from its `Str` name when it has one, else from the linker symbol at its
/// address (the runtime's own descriptors carry no name).
pub fn type_name(m: &Machine, t: u64) -> String {
    if t == 0 {
        return "nil".to_string();
    }
    let from_str = || -> Result<Option<String>, Fault> {
        let Some(addr) = resolve_off(read_i32(m, t + STR)?) else {
            return Ok(None);
        };
        let name = read_name(m, addr)?;
        let tflag = m.mem.read(t + TFLAG, 1)? as u8;
        Ok(Some(if tflag & TFLAG_EXTRA_STAR != 0 {
            name.strip_prefix('*').unwrap_or(&name).to_string()
        } else {
            name
        }))
    };
    if let Ok(Some(n)) = from_str()
        && !n.is_empty()
    {
        return n;
    }
    m.image
        .data
        .iter()
        .find(|d| d.addr == t && d.size > 0 && d.name.starts_with("type:"))
        .map(|d| d.name["type:".len()..].to_string())
        .unwrap_or_else(|| format!("<type {t:#x}>"))
}

/// Size of the kind-specific descriptor, where `UncommonType` starts.
fn uncommon_offset(kind: u8) -> u64 {
    match kind {
        25 | 20 => 80, // struct, interface: pkgPath + a slice
        22 | 23 => 56, // pointer, slice: one element pointer
        19 => 56,      // func: in/out counts, padded
        17 => 72,      // array: elem, slice, len
        18 => 64,      // chan: elem, dir
        21 => 136,     // map: MapType
        _ => 48,
    }
}

/// One method: its name, its type (descriptor address) and code address
/// (`None` when the linker dropped it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method {
    pub name: String,
    pub typ: Option<u64>,
    pub ifn: Option<u64>,
}

/// A concrete type's methods (its uncommon type's table, sorted by name).
pub fn methods(m: &Machine, t: u64) -> Result<Vec<Method>, Fault> {
    let tflag = m.mem.read(t + TFLAG, 1)? as u8;
    if tflag & TFLAG_UNCOMMON == 0 {
        return Ok(Vec::new());
    }
    let u = t + uncommon_offset(kind(m, t)?);
    let mcount = m.mem.read(u + 4, 2)?;
    let moff = m.mem.read(u + 8, 4)?;
    let mut out = Vec::new();
    for i in 0..mcount.min(4096) {
        let e = u + moff + 16 * i;
        let name = match resolve_off(read_i32(m, e)?) {
            Some(a) => read_name(m, a)?,
            None => continue,
        };
        out.push(Method {
            name,
            typ: resolve_off(read_i32(m, e + 4)?),
            ifn: resolve_text(read_i32(m, e + 8)?),
        });
    }
    Ok(out)
}

/// An interface type's methods: (name, type descriptor address).
pub fn imethods(m: &Machine, inter: u64) -> Result<Vec<(String, Option<u64>)>, Fault> {
    let ptr = m.mem.read(inter + 56, 8)?;
    let len = m.mem.read(inter + 64, 8)?;
    let mut out = Vec::new();
    for i in 0..len.min(4096) {
        let e = ptr + 8 * i;
        let name = match resolve_off(read_i32(m, e)?) {
            Some(a) => read_name(m, a)?,
            None => String::new(),
        };
        out.push((name, resolve_off(read_i32(m, e + 4)?)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        let n = encode_name(1, b"*main.Color");
        assert_eq!(n[..2], [1, 11]);
        assert_eq!(decode_name(&n), Some((1, &b"*main.Color"[..])));
        let long = vec![b'x'; 300];
        let n = encode_name(0, &long);
        assert_eq!(n[1..3], [0xac, 0x02]);
        assert_eq!(decode_name(&n).map(|x| x.1.len()), Some(300));
    }

    #[test]
    fn truncated_names_are_rejected() {
        assert_eq!(decode_name(&[1, 5, b'a']), None);
        assert_eq!(decode_name(&[1]), None);
        assert_eq!(decode_name(&[]), None);
        assert_eq!(decode_name(&[0, 0x80, 0x80, 0x80, 0x80, 0x80]), None);
    }

    #[test]
    fn offsets_resolve_against_the_bases() {
        assert_eq!(resolve_off(-1), None);
        assert_eq!(resolve_off(0), None);
        assert_eq!(resolve_off(16), Some(TYPES_BASE + 16));
        assert_eq!(resolve_text(-1), None);
        assert_eq!(resolve_text(3), Some(TEXT_BASE + 3));
    }
}
