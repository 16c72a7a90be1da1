//! Go literal syntax used inside assembly: integers in every base Go accepts,
//! quoted strings and character constants with Go's escapes.

/// Parses an integer literal as Go's assembler does: the value is a uint64
/// (so `0xFFFFFFFFFFFFFFFF` is fine), `_` separators allowed.
pub fn parse_int(text: &str) -> Result<u64, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(h) = clean.strip_prefix("0x").or(clean.strip_prefix("0X")) {
        (h, 16)
    } else if let Some(b) = clean.strip_prefix("0b").or(clean.strip_prefix("0B")) {
        (b, 2)
    } else if let Some(o) = clean.strip_prefix("0o").or(clean.strip_prefix("0O")) {
        (o, 8)
    } else if clean.len() > 1 && clean.starts_with('0') {
        (&clean[1..], 8)
    } else {
        (clean.as_str(), 10)
    };
    if digits.is_empty() {
        return Err(format!("malformed integer constant {text}"));
    }
    u64::from_str_radix(digits, radix).map_err(|e| match e.kind() {
        std::num::IntErrorKind::PosOverflow => format!("integer constant {text} overflows 64 bits"),
        _ => format!("malformed integer constant {text}"),
    })
}

/// Parses a float literal (decimal or hexadecimal).
pub fn parse_float(text: &str) -> Result<f64, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    if let Some(hex) = clean.strip_prefix("0x").or(clean.strip_prefix("0X")) {
        return parse_hex_float(hex).ok_or_else(|| format!("malformed float constant {text}"));
    }
    clean
        .parse::<f64>()
        .map_err(|_| format!("malformed float constant {text}"))
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let (mant, exp) = match s.find(['p', 'P']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let mut v = 0f64;
    for c in int.chars() {
        v = v * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac.chars() {
        v += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    Some(v * 2f64.powi(exp))
}

/// Removes the quotes from a Go string literal ("..." or `...`) and
/// interprets escapes. Octal and \x escapes produce raw bytes, which is why
/// the result is bytes first.
pub fn unquote_bytes(lit: &str) -> Result<Vec<u8>, String> {
    if let Some(raw) = lit.strip_prefix('`') {
        return raw
            .strip_suffix('`')
            .map(|s| s.bytes().filter(|&b| b != b'\r').collect())
            .ok_or_else(|| "malformed raw string".to_string());
    }
    let quote = lit.chars().next().ok_or("empty literal")?;
    if quote != '"' && quote != '\'' {
        return Err(format!("not a quoted literal: {lit}"));
    }
    let inner = lit
        .strip_prefix(quote)
        .and_then(|s| s.strip_suffix(quote))
        .filter(|_| lit.len() >= 2)
        .ok_or_else(|| format!("literal not terminated: {lit}"))?;
    let mut out = Vec::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let e = chars.next().ok_or("escape at end of literal")?;
        match e {
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            't' => out.push(b'\t'),
            'v' => out.push(11),
            '\\' => out.push(b'\\'),
            '\'' if quote == '\'' => out.push(b'\''),
            '"' if quote == '"' => out.push(b'"'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    let d = chars
                        .next()
                        .and_then(|c| c.to_digit(8))
                        .ok_or("bad octal escape")?;
                    v = v * 8 + d;
                }
                out.push(u8::try_from(v).map_err(|_| "octal escape value > 255")?);
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    let d = chars
                        .next()
                        .and_then(|c| c.to_digit(16))
                        .ok_or("bad hex escape")?;
                    v = v * 16 + d;
                }
                if e == 'x' {
                    out.push(v as u8);
                } else {
                    let ch = char::from_u32(v).ok_or("escape is not a valid Unicode code point")?;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
            }
            other => return Err(format!("unknown escape sequence \\{other}")),
        }
    }
    Ok(out)
}

/// Like [`unquote_bytes`] for text that must be valid UTF-8 (file names).
pub fn unquote(lit: &str) -> Result<String, String> {
    String::from_utf8(unquote_bytes(lit)?).map_err(|_| "literal is not valid UTF-8".to_string())
}

/// The value of a character constant such as `'a'` or `'\n'`.
pub fn char_value(lit: &str) -> Result<u64, String> {
    let bytes = unquote_bytes(lit)?;
    let s = std::str::from_utf8(&bytes);
    match s.ok().map(|s| s.chars().collect::<Vec<_>>()) {
        Some(chars) if chars.len() == 1 => Ok(chars[0] as u64),
        _ if bytes.len() == 1 => Ok(bytes[0] as u64),
        _ => Err(format!("character constant {lit} must hold one character")),
    }
}

/// Quotes bytes as a Go string literal that [`unquote_bytes`] reads back.
pub fn quote_bytes(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    for &b in bytes {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_in_every_base() {
        assert_eq!(parse_int("0x1F"), Ok(31));
        assert_eq!(parse_int("017"), Ok(15));
        assert_eq!(parse_int("0b101"), Ok(5));
        assert_eq!(parse_int("1_000"), Ok(1000));
        assert_eq!(parse_int("0xFFFFFFFFFFFFFFFF"), Ok(u64::MAX));
        assert!(parse_int("0x1FFFFFFFFFFFFFFFF").is_err());
        assert!(parse_int("09").is_err());
    }

    #[test]
    fn strings_and_chars() {
        assert_eq!(unquote_bytes(r#""a\n\x00\101""#).unwrap(), b"a\n\x00A");
        assert_eq!(char_value("'a'"), Ok(97));
        assert_eq!(char_value(r"'\n'"), Ok(10));
        assert_eq!(char_value("'·'"), Ok(0xB7));
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(unquote_bytes(&quote_bytes(&all)).unwrap(), all);
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float("1.5"), Ok(1.5));
        assert_eq!(parse_float("0x1.8p1"), Ok(3.0));
    }
}
