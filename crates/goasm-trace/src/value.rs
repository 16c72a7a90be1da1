//! Go values from their bytes: what a trace line or a frame slot shows for
//! an argument of a known type. Strings and slices are followed into guest
//! memory (a few elements, a few dozen bytes); anything unreadable shows as
//! its raw words rather than failing.

use goasm_abi::sizes::{field_offsets, size_of};
use goasm_abi::{Basic, Type};
use goasm_vm::image::Image;
use goasm_vm::memory::Memory;

/// How much of a string's contents a value shows.
const MAX_STRING: u64 = 48;
/// How many elements of a slice or array.
const MAX_ELEMS: u64 = 8;

/// Guest memory and the image (to name addresses of symbols).
pub struct Ctx<'a> {
    pub mem: &'a Memory,
    pub image: &'a Image,
}

fn word(b: &[u8], at: usize, size: usize) -> u64 {
    let mut w = [0u8; 8];
    let end = (at + size.min(8)).min(b.len());
    if at < end {
        w[..end - at].copy_from_slice(&b[at..end]);
    }
    u64::from_le_bytes(w)
}

fn sext(v: u64, size: u64) -> i64 {
    let sh = 64 - (size.clamp(1, 8) * 8) as u32;
    ((v << sh) as i64) >> sh
}

/// `0x1234`, or `nil`.
pub fn pointer(v: u64) -> String {
    if v == 0 {
        "nil".into()
    } else {
        format!("{v:#x}")
    }
}

/// A Go-like rendering of a float (`1.5`, `1e+21`, `NaN`, `+Inf`).
pub fn float(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        }
    } else if v != 0.0 && (v.abs() >= 1e21 || v.abs() < 1e-4) {
        let s = format!("{v:e}");
        match s.split_once('e') {
            Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e:0>2}"),
            Some((m, e)) => format!("{m}e-{:0>2}", &e[1..]),
            None => s,
        }
    } else {
        format!("{v}")
    }
}

/// A Go-quoted string of `bytes` (escapes for quotes, backslashes and
/// non-printable bytes).
pub fn quote(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Ctx<'_> {
    fn read(&self, addr: u64, len: u64) -> Option<Vec<u8>> {
        let mut buf = vec![0u8; len as usize];
        self.mem.read_bytes(addr, &mut buf).ok()?;
        Some(buf)
    }

    /// The data or text symbol at `addr`, if it starts one.
    pub fn symbol_at(&self, addr: u64) -> Option<String> {
        if let Some(d) = self.image.data.iter().find(|d| d.addr == addr) {
            return Some(d.name.clone());
        }
        let idx = u32::try_from(addr.checked_sub(goasm_vm::memory::TEXT_BASE)?).ok()?;
        self.image
            .funcs
            .iter()
            .find(|f| f.entry == idx)
            .map(|f| f.name.clone())
    }

    fn string(&self, base: u64, len: u64) -> String {
        if len == 0 {
            return "\"\"".into();
        }
        match self.read(base, len.min(MAX_STRING)) {
            Some(b) if len <= MAX_STRING => quote(&b),
            Some(b) => format!("{}... (len {len})", quote(&b)),
            None => format!("string(base={base:#x}, len={len})"),
        }
    }

    /// Elements of an array or slice of `elem` starting at `base`.
    fn elems(&self, elem: &Type, base: u64, n: u64, depth: u32) -> String {
        let size = size_of(elem);
        let shown = n.min(MAX_ELEMS);
        let mut parts = Vec::new();
        for i in 0..shown {
            match self.read(base + i * size, size.min(4096)) {
                Some(b) => parts.push(self.value_at(elem, &b, depth + 1)),
                None => return format!("@{base:#x}"),
            }
        }
        if n > shown {
            parts.push("...".into());
        }
        format!("[{}]", parts.join(" "))
    }

    /// Renders a value of type `t` from its bytes.
    pub fn value(&self, t: &Type, b: &[u8]) -> String {
        self.value_at(t, b, 0)
    }

    fn value_at(&self, t: &Type, b: &[u8], depth: u32) -> String {
        if depth > 4 {
            return "...".into();
        }
        let size = size_of(t);
        match t.underlying() {
            Type::Basic(k) => self.basic(*k, b, size),
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) => pointer(word(b, 0, 8)),
            Type::Func(_) => {
                let fv = word(b, 0, 8);
                match self
                    .read(fv, 8)
                    .and_then(|w| self.symbol_at(word(&w, 0, 8)))
                {
                    Some(name) if fv != 0 => format!("{fv:#x} (func {name})"),
                    _ => pointer(fv),
                }
            }
            Type::Slice(elem) => {
                let (base, len, cap) = (word(b, 0, 8), word(b, 8, 8), word(b, 16, 8));
                if base == 0 && len == 0 && cap == 0 {
                    return "nil".into();
                }
                let items = match elem.underlying() {
                    Type::Basic(_) | Type::Pointer(_) => self.elems(elem, base, len, depth),
                    _ => format!("@{base:#x}"),
                };
                format!("{items} len={len} cap={cap}")
            }
            Type::Array(n, elem) => {
                let esize = size_of(elem);
                let mut parts = Vec::new();
                for i in 0..(*n).min(MAX_ELEMS) {
                    let at = (i * esize) as usize;
                    let part = b.get(at..at + esize as usize).unwrap_or(&[]);
                    parts.push(self.value_at(elem, part, depth + 1));
                }
                if *n > MAX_ELEMS {
                    parts.push("...".into());
                }
                format!("[{}]", parts.join(" "))
            }
            Type::Struct(fields) => {
                let offs = field_offsets(fields);
                let parts: Vec<String> = fields
                    .iter()
                    .zip(offs)
                    .map(|(f, o)| {
                        let fs = size_of(&f.ty) as usize;
                        let part = b.get(o as usize..o as usize + fs).unwrap_or(&[]);
                        format!("{}:{}", f.name, self.value_at(&f.ty, part, depth + 1))
                    })
                    .collect();
                format!("{{{}}}", parts.join(" "))
            }
            Type::Interface { empty, .. } => {
                let (tab, data) = (word(b, 0, 8), word(b, 8, 8));
                if tab == 0 {
                    return "nil".into();
                }
                let what = if *empty { "type" } else { "itab" };
                let name = self
                    .symbol_at(tab)
                    .map_or_else(|| format!("{tab:#x}"), |s| s.to_string());
                format!("({what} {name}, data {})", pointer(data))
            }
            Type::Named { .. } => format!("{:#x}", word(b, 0, 8)),
        }
    }

    fn basic(&self, k: Basic, b: &[u8], size: u64) -> String {
        let v = word(b, 0, size as usize);
        use Basic::*;
        match k {
            Bool => match v & 0xff {
                0 => "false".into(),
                1 => "true".into(),
                x => format!("bool({x})"),
            },
            Int | Int8 | Int16 | Int32 | Int64 | Rune => sext(v, size).to_string(),
            Uint | Uint8 | Uint16 | Uint32 | Uint64 | Byte => v.to_string(),
            Uintptr => format!("{v:#x}"),
            UnsafePointer => pointer(v),
            Float32 => float(f32::from_bits(v as u32) as f64),
            Float64 => float(f64::from_bits(v)),
            Complex64 => format!(
                "({}{}i)",
                float(f32::from_bits(v as u32) as f64),
                signed(float(f32::from_bits((v >> 32) as u32) as f64))
            ),
            Complex128 => format!(
                "({}{}i)",
                float(f64::from_bits(v)),
                signed(float(f64::from_bits(word(b, 8, 8))))
            ),
            String => self.string(v, word(b, 8, 8)),
        }
    }
}

fn signed(s: String) -> String {
    if s.starts_with(['-', '+']) {
        s
    } else {
        format!("+{s}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_go() {
        assert_eq!(float(1.5), "1.5");
        assert_eq!(float(1e21), "1e+21");
        assert_eq!(float(0.00001), "1e-05");
        assert_eq!(float(f64::NAN), "NaN");
        assert_eq!(float(-0.0), "-0");
    }

    #[test]
    fn sign_extension_by_size() {
        assert_eq!(sext(0xff, 1), -1);
        assert_eq!(sext(0x7fff, 2), 32767);
        assert_eq!(sext(0xffff_fff8, 4), -8);
    }
}
