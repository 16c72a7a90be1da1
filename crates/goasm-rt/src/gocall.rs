//! Calling an ABI0 function with Go literals (`goasm call f.s f.go 'Swap(1, 2)'`):
//! literals are encoded into the argument area at the offsets goasm-abi
//! computes from the Go declaration (strings and slices get their backing
//! arrays on the guest heap), and results are printed the way `fmt.Println`
//! prints them.

use crate::print;
use goasm_abi::sizes::{field_offsets, size_of};
use goasm_abi::{Analysis, Basic, Type};
use goasm_vm::Machine;

/// Splits `Name(arg, arg...)` into the name and argument texts
/// (commas inside brackets, braces and quotes do not split).
pub fn split_call(expr: &str) -> Result<(String, Vec<String>), String> {
    let expr = expr.trim();
    let open = expr.find('(').ok_or("expected Name(args...)")?;
    let inner = expr[open + 1..]
        .strip_suffix(')')
        .ok_or("expected a closing parenthesis")?;
    let name = expr[..open].trim().to_string();
    let mut args = Vec::new();
    let (mut depth, mut quote, mut cur) = (0i32, None::<char>, String::new());
    let mut esc = false;
    for ch in inner.chars() {
        if let Some(q) = quote {
            cur.push(ch);
            if esc {
                esc = false;
            } else if ch == '\\' {
                esc = true;
            } else if ch == q {
                quote = None;
            }
            continue;
        }
        match ch {
            '"' | '`' | '\'' => quote = Some(ch),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                args.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(ch);
    }
    if !cur.trim().is_empty() {
        args.push(cur.trim().to_string());
    }
    Ok((name, args))
}

fn parse_int(t: &str) -> Result<i128, String> {
    let t = t.replace('_', "");
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.trim_start_matches('+').to_string()),
    };
    let v = if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        i128::from_str_radix(h, 16)
    } else if let Some(b) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        i128::from_str_radix(b, 2)
    } else if let Some(o) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        i128::from_str_radix(o, 8)
    } else if t.len() > 1 && t.starts_with('0') {
        i128::from_str_radix(&t[1..], 8)
    } else if t.starts_with('\'') && t.ends_with('\'') && t.len() >= 3 {
        Ok(t[1..t.len() - 1].chars().next().map_or(0, |c| c as i128))
    } else {
        t.parse::<i128>()
    }
    .map_err(|_| format!("{t:?} is not an integer literal"))?;
    Ok(if neg { -v } else { v })
}

fn unquote(t: &str) -> Result<Vec<u8>, String> {
    if let Some(raw) = t.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
        return Ok(raw.as_bytes().to_vec());
    }
    let inner = t
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .ok_or_else(|| format!("{t} is not a string literal"))?;
    let mut out = Vec::new();
    let mut it = inner.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            let mut b = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            continue;
        }
        match it.next() {
            Some('n') => out.push(b'\n'),
            Some('t') => out.push(b'\t'),
            Some('r') => out.push(b'\r'),
            Some('0') => out.push(0),
            Some('\\') => out.push(b'\\'),
            Some('"') => out.push(b'"'),
            Some('x') => {
                let h: String = it.by_ref().take(2).collect();
                out.push(u8::from_str_radix(&h, 16).map_err(|_| "bad \\x escape")?);
            }
            other => return Err(format!("unsupported escape \\{}", other.unwrap_or(' '))),
        }
    }
    Ok(out)
}

/// Encodes literal `text` of type `ty` into `out` (its slot bytes).
pub fn encode(m: &mut Machine, ty: &Type, text: &str, out: &mut [u8]) -> Result<(), String> {
    let text = text.trim();
    let u = ty.underlying();
    if text == "nil" {
        return match u {
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Func(_)
            | Type::Interface { .. } => {
                out.fill(0);
                Ok(())
            }
            Type::Basic(Basic::UnsafePointer) => {
                out.fill(0);
                Ok(())
            }
            _ => Err(format!("cannot use nil as {}", type_name(ty))),
        };
    }
    match u {
        Type::Basic(b) => {
            use Basic::*;
            match b {
                Bool => match text {
                    "true" => out[0] = 1,
                    "false" => out[0] = 0,
                    _ => return Err(format!("{text} is not a bool")),
                },
                Float32 => {
                    let v: f32 = text.parse().map_err(|_| format!("{text} is not a float"))?;
                    out.copy_from_slice(&v.to_bits().to_le_bytes());
                }
                Float64 => {
                    let v: f64 = text.parse().map_err(|_| format!("{text} is not a float"))?;
                    out.copy_from_slice(&v.to_bits().to_le_bytes());
                }
                String => {
                    let bytes = unquote(text)?;
                    let p = guest_bytes(m, &bytes)?;
                    out[..8].copy_from_slice(&p.to_le_bytes());
                    out[8..16].copy_from_slice(&(bytes.len() as u64).to_le_bytes());
                }
                Complex64 | Complex128 => {
                    return Err("complex literals are not supported yet".into());
                }
                _ => {
                    let v = parse_int(text)?;
                    let n = out.len();
                    let signed = matches!(b, Int | Int8 | Int16 | Int32 | Int64 | Rune);
                    let bits = n as u32 * 8;
                    let (lo, hi) = if signed {
                        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                    } else {
                        (0, (1i128 << bits) - 1)
                    };
                    if v < lo || v > hi {
                        return Err(format!("{text} overflows {}", type_name(ty)));
                    }
                    out.copy_from_slice(&v.to_le_bytes()[..n]);
                }
            }
            Ok(())
        }
        Type::Slice(elem) => {
            let body = text
                .find('{')
                .and_then(|i| text[i + 1..].strip_suffix('}'))
                .ok_or_else(|| {
                    format!("expected a slice literal like []int{{1, 2}}, got {text}")
                })?;
            let (_, items) = split_call(&format!("x({body})"))?;
            let es = size_of(elem);
            let mut buf = vec![0u8; es as usize * items.len()];
            for (i, it) in items.iter().enumerate() {
                let at = i * es as usize;
                encode(m, elem, it, &mut buf[at..at + es as usize])?;
            }
            let p = guest_bytes(m, &buf)?;
            out[..8].copy_from_slice(&p.to_le_bytes());
            out[8..16].copy_from_slice(&(items.len() as u64).to_le_bytes());
            out[16..24].copy_from_slice(&(items.len() as u64).to_le_bytes());
            Ok(())
        }
        _ => Err(format!(
            "literals of type {} are not supported yet",
            type_name(ty)
        )),
    }
}

fn guest_bytes(m: &mut Machine, bytes: &[u8]) -> Result<u64, String> {
    let p = m.alloc(bytes.len() as u64).map_err(|f| format!("{f:?}"))?;
    m.mem.write_bytes(p, bytes).map_err(|f| format!("{f:?}"))?;
    Ok(p)
}

fn type_name(t: &Type) -> String {
    format!("{t:?}")
}

fn le(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    u64::from_le_bytes(w)
}

/// Formats a value like `fmt.Print`'s `%v`.
pub fn format(m: &Machine, ty: &Type, b: &[u8]) -> String {
    use Basic::*;
    match ty.underlying() {
        Type::Basic(k) => match k {
            Bool => (b[0] != 0).to_string(),
            Int | Int64 => (le(b) as i64).to_string(),
            Int32 | Rune => (le(b) as u32 as i32).to_string(),
            Int16 => (le(b) as u16 as i16).to_string(),
            Int8 => (le(b) as u8 as i8).to_string(),
            Float64 => print::float64(f64::from_bits(le(b))),
            Float32 => print::float32(f32::from_bits(le(b) as u32)),
            String => {
                let (p, n) = (le(&b[..8]), le(&b[8..16]));
                let mut buf = vec![0u8; n.min(1 << 20) as usize];
                match m.mem.read_bytes(p, &mut buf) {
                    Ok(()) => std::string::String::from_utf8_lossy(&buf).into_owned(),
                    Err(_) => format!("<bad string {p:#x}/{n}>"),
                }
            }
            UnsafePointer | Uintptr if le(b) == 0 && *k == UnsafePointer => "<nil>".into(),
            Complex64 | Complex128 => "(complex)".into(),
            _ => le(b).to_string(),
        },
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
            let p = le(b);
            if p == 0 {
                "<nil>".into()
            } else {
                format!("{p:#x}")
            }
        }
        Type::Slice(elem) => {
            let (p, n) = (le(&b[..8]), le(&b[8..16]));
            let es = size_of(elem) as usize;
            let mut parts = Vec::new();
            for i in 0..n.min(1 << 16) {
                let mut eb = vec![0u8; es];
                if m.mem.read_bytes(p + i * es as u64, &mut eb).is_err() {
                    return format!("<bad slice {p:#x}/{n}>");
                }
                parts.push(format(m, elem, &eb));
            }
            format!("[{}]", parts.join(" "))
        }
        Type::Array(n, elem) => {
            let es = size_of(elem) as usize;
            let parts: Vec<std::string::String> = (0..*n as usize)
                .map(|i| format(m, elem, &b[i * es..(i + 1) * es]))
                .collect();
            format!("[{}]", parts.join(" "))
        }
        Type::Struct(fields) => {
            let offs = field_offsets(fields);
            let parts: Vec<std::string::String> = fields
                .iter()
                .zip(offs)
                .map(|(f, o)| format(m, &f.ty, &b[o as usize..(o + size_of(&f.ty)) as usize]))
                .collect();
            format!("{{{}}}", parts.join(" "))
        }
        Type::Interface { .. } => {
            if le(&b[..8]) == 0 {
                "<nil>".into()
            } else {
                format!("({:#x},{:#x})", le(&b[..8]), le(&b[8..16]))
            }
        }
        Type::Named { .. } => "?".into(),
    }
}

/// Encodes every argument of `a` into a fresh frame.
pub fn build_frame(m: &mut Machine, a: &Analysis, args: &[String]) -> Result<Vec<u8>, String> {
    let inputs: Vec<_> = a.abi0.params.iter().collect();
    if inputs.len() != args.len() {
        return Err(format!(
            "{} takes {} arguments, got {}",
            a.sig.name,
            inputs.len(),
            args.len()
        ));
    }
    let mut frame = vec![0u8; a.abi0.argsize as usize];
    for (slot, text) in inputs.iter().zip(args) {
        let (o, s) = (slot.offset as usize, slot.size as usize);
        encode(m, &slot.ty, text, &mut frame[o..o + s])?;
    }
    Ok(frame)
}

/// The results, space-separated as `fmt.Println` prints them.
pub fn format_results(m: &Machine, a: &Analysis, frame: &[u8]) -> String {
    a.abi0
        .results
        .iter()
        .map(|r| {
            format(
                m,
                &r.ty,
                &frame[r.offset as usize..(r.offset + r.size) as usize],
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}
