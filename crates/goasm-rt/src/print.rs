//! What Go's `print`/`println` builtins write, byte for byte (the runtime's
//! printint, printuint, printhex, printfloat64/32, printcomplex128/64,
//! printbool, printquoted). Floats use strconv's shortest `'g'` form: the
//! shortest digits that round-trip, in `%e` form when the decimal exponent is
//! below -4 or at least 6 (`1e+06`, `1.5e-05`), else plain (`123456.5`), and
//! `+Inf`, `-Inf`, `NaN`.

/// `printint`
pub fn int(v: i64) -> String {
    v.to_string()
}

/// `printuint`
pub fn uint(v: u64) -> String {
    v.to_string()
}

/// `printhex` / `printpointer`: `0x` and lower-case digits, no padding.
pub fn hex(v: u64) -> String {
    format!("0x{v:x}")
}

/// `printbool`
pub fn bool(v: bool) -> &'static str {
    if v { "true" } else { "false" }
}

/// `printfloat64`
pub fn float64(v: f64) -> String {
    let a = v.abs();
    let digits = || {
        closest_shortest(&format!("{a:e}"), &format!("{a:.800e}"), |s| {
            s.parse::<f64>().ok() == Some(a)
        })
    };
    g_format(v.is_nan(), v.is_infinite(), v.is_sign_negative(), digits)
}

/// `printfloat32`: the shortest digits that round-trip as a float32.
pub fn float32(v: f32) -> String {
    let a = v.abs();
    let digits = || {
        closest_shortest(&format!("{a:e}"), &format!("{a:.200e}"), |s| {
            s.parse::<f32>().ok() == Some(a)
        })
    };
    g_format(v.is_nan(), v.is_infinite(), v.is_sign_negative(), digits)
}

/// The width-independent part: special values, then the `'g'` layout of
/// the shortest digits (`digits` gives them in `d.ddde±x` form).
fn g_format(nan: bool, inf: bool, negative: bool, digits: impl FnOnce() -> String) -> String {
    match (nan, inf, negative) {
        (true, _, _) => "NaN".into(),
        (_, true, false) => "+Inf".into(),
        (_, true, true) => "-Inf".into(),
        _ => shortest_g(negative, &digits()),
    }
}

/// Go picks, among the shortest digit strings that round-trip, the one
/// nearest the exact value, breaking ties to even; Rust's shortest form can
/// pick the other neighbour on a tie (`25745.3125` as float32 prints
/// `25745.312` in Go). So: take the digit count from Rust's shortest form,
/// round the exact expansion to that many digits half-to-even, and keep it if
/// it still round-trips.
fn closest_shortest(shortest: &str, exact: &str, round_trips: impl Fn(&str) -> bool) -> String {
    let count = |m: &str| m.chars().filter(char::is_ascii_digit).count();
    let (smant, _) = shortest.split_once('e').unwrap_or((shortest, "0"));
    let n = count(smant);
    let (emant, eexp) = exact.split_once('e').unwrap_or((exact, "0"));
    let Ok(mut exp) = eexp.parse::<i32>() else {
        return shortest.to_string();
    };
    let all: Vec<u8> = emant
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    if n == 0 || all.len() <= n {
        return shortest.to_string();
    }
    let (keep, rest) = all.split_at(n);
    let mut d = keep.to_vec();
    let up = match rest[0].cmp(&5) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => rest[1..].iter().any(|&x| x != 0) || d[n - 1] % 2 == 1,
    };
    if up {
        let mut i = n;
        loop {
            if i == 0 {
                d.insert(0, 1);
                d.pop();
                exp += 1;
                break;
            }
            i -= 1;
            if d[i] == 9 {
                d[i] = 0;
            } else {
                d[i] += 1;
                break;
            }
        }
    }
    let mut cand = String::new();
    cand.push((b'0' + d[0]) as char);
    if n > 1 {
        cand.push('.');
        cand.extend(d[1..].iter().map(|&x| (b'0' + x) as char));
    }
    cand.push_str(&format!("e{exp}"));
    if round_trips(&cand) {
        cand
    } else {
        shortest.to_string()
    }
}

/// `printcomplex128`: `(re+imi)`, the imaginary part always signed.
pub fn complex128(re: f64, im: f64) -> String {
    complex(float64(re), float64(im))
}

/// `printcomplex64`
pub fn complex64(re: f32, im: f32) -> String {
    complex(float32(re), float32(im))
}

fn complex(re: String, im: String) -> String {
    let sign = if im.starts_with(['+', '-']) { "" } else { "+" };
    format!("({re}{sign}{im}i)")
}

/// Reformats Rust's `d.ddde±x` (shortest digits) the way Go's `'g'` with
/// precision -1 prints them.
fn shortest_g(negative: bool, sci: &str) -> String {
    let (mant, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if digits.is_empty() {
        out.push('0');
        return out;
    }
    let nd = digits.len() as i32;
    if !(-4..6).contains(&exp) {
        out.push_str(&digits[..1]);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
        return out;
    }
    // Plain form: dp digits before the point.
    let dp = exp + 1;
    if dp <= 0 {
        out.push_str("0.");
        for _ in 0..-dp {
            out.push('0');
        }
        out.push_str(digits);
    } else if dp >= nd {
        out.push_str(digits);
        for _ in 0..dp - nd {
            out.push('0');
        }
    } else {
        out.push_str(&digits[..dp as usize]);
        out.push('.');
        out.push_str(&digits[dp as usize..]);
    }
    out
}

/// `printquoted`: a Go-quoted string as the runtime prints panic values
/// inside `panic(fmt.Stringer)`-style messages (printable ASCII as is,
/// `\n \r \t \\ \"` escaped, invalid bytes as `\xNN`, other runes as
/// `\uNNNN`/`\UNNNNNNNN`).
pub fn quoted(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        match r {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\\' | '"' => {
                out.push('\\');
                out.push(r);
            }
            char::REPLACEMENT_CHARACTER if w == 1 => out.push_str(&format!("\\x{:02x}", s[i])),
            ' '..='~' => out.push(r),
            r if (r as u32) < 127 => out.push_str(&format!("\\x{:02x}", r as u32)),
            r if (r as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", r as u32)),
            r => out.push_str(&format!("\\U{:08x}", r as u32)),
        }
        i += w;
    }
    out.push('"');
    out
}

/// Decodes one UTF-8 rune as Go does: an invalid or truncated sequence is
/// U+FFFD of width 1.
pub fn decode_rune(s: &[u8]) -> (char, usize) {
    let Some(&b0) = s.first() else {
        return (char::REPLACEMENT_CHARACTER, 0);
    };
    if b0 < 0x80 {
        return (b0 as char, 1);
    }
    let len = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (char::REPLACEMENT_CHARACTER, 1),
    };
    match s.get(..len).and_then(|b| std::str::from_utf8(b).ok()) {
        Some(t) => (t.chars().next().unwrap_or(char::REPLACEMENT_CHARACTER), len),
        None => (char::REPLACEMENT_CHARACTER, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (-0.0, "-0"),
            (1.0, "1"),
            (0.1, "0.1"),
            (100000.0, "100000"),
            (1e6, "1e+06"),
            (123456.5, "123456.5"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1e100, "1e+100"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (0.30000000000000004, "0.30000000000000004"),
        ];
        for (v, want) in cases {
            assert_eq!(float64(*v), *want, "{v:e}");
        }
        assert_eq!(float32(16777216.0), "1.6777216e+07");
        assert_eq!(float32(0.1), "0.1");
        assert_eq!(complex128(f64::NAN, f64::INFINITY), "(NaN+Infi)");
        assert_eq!(complex128(1.5, -0.0), "(1.5-0i)");
        assert_eq!(
            quoted(b"a\n\"\xff\xe2\x82\xac\x01"),
            "\"a\\n\\\"\\xff\\u20ac\\x01\""
        );
    }
}
