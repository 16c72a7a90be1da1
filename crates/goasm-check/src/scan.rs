//! Line-level matchers for the vet-compatible pass.
//!
//! `go vet` reads assembly as text, one raw line at a time (no macro
//! expansion, `//` comments cut, block comments kept), so reproducing its
//! findings means recognising exactly the shapes it recognises: the TEXT
//! header, `name+off(FP)`, bare `off(FP)` and `off(SP)`, and the leading
//! opcode. Each matcher here is a small hand-written scanner that returns
//! the same matches, leftmost first and non-overlapping, as vet's patterns.

/// Byte range of a match plus its captured pieces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedRef<'a> {
    /// The whole reference as written (`$x+8(FP)`, `ret+24(FP)`).
    pub expr: &'a str,
    pub name: &'a str,
    pub off: &'a str,
}

/// `off(REG)` with a bare number: `expr` is `8(FP)`, `16(SP)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BareRef<'a> {
    pub expr: &'a str,
    pub off: &'a str,
    pub reg: &'a str,
}

/// The parts of a TEXT header vet reads; absent parts are empty strings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header<'a> {
    /// Text before the `·` (a package path for `pkg·name`), untrimmed.
    pub pkg: &'a str,
    pub name: &'a str,
    pub flag: &'a str,
    pub frame: &'a str,
    pub args: &'a str,
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

/// Name characters of vet's named-FP pattern: ASCII word characters and
/// every code point from U+00FF up.
fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c as u32 >= 0xFF
}

fn digits_at(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// Cuts a `//` comment (anywhere, even inside a string, as vet does).
pub fn strip_comment(line: &str) -> &str {
    match line.find("//") {
        Some(i) => &line[..i],
        None => line,
    }
}

/// `TEXT [pkg]·name(SB)[, flags][, $frame[-args]]`.
pub fn text_header(line: &str) -> Option<Header<'_>> {
    let b = line.as_bytes();
    let mut from = 0;
    while let Some(k) = line[from..].find("TEXT") {
        let t = from + k;
        from = t + 1;
        let before_ok = t == 0 || !is_word(b[t - 1]);
        let after_ok = t + 4 >= b.len() || !is_word(b[t + 4]);
        if !(before_ok && after_ok) {
            continue;
        }
        let rest = &line[t + 4..];
        // `.*` is greedy and stops at a newline: the rightmost `·` whose
        // name (no `(`) is followed by `(SB)` wins.
        let span = &rest[..rest.find('\n').unwrap_or(rest.len())];
        let dots: Vec<usize> = span.match_indices('·').map(|(i, _)| i).collect();
        for &d in dots.iter().rev() {
            let after = &rest[d + '·'.len_utf8()..];
            let Some(p) = after.find('(') else { continue };
            if p == 0 || !after[p..].starts_with("(SB)") {
                continue;
            }
            let (flag, frame, args) = header_tail(&after[p + 4..]);
            return Some(Header {
                pkg: &rest[..d],
                name: &after[..p],
                flag,
                frame,
                args,
            });
        }
    }
    None
}

fn skip_sep(s: &str) -> Option<&str> {
    let s = s.trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8));
    let s = s.strip_prefix(',')?;
    Some(s.trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8)))
}

fn header_tail(s: &str) -> (&str, &str, &str) {
    let mut flag = "";
    let mut rest = s;
    if let Some(r) = skip_sep(s) {
        let n = r
            .bytes()
            .take_while(|&c| c.is_ascii_digit() || c.is_ascii_uppercase() || b"|+()".contains(&c))
            .count();
        if n > 0 {
            flag = &r[..n];
            rest = &r[n..];
        }
    }
    let Some(r) = skip_sep(rest).and_then(|r| r.strip_prefix('$')) else {
        return (flag, "", "");
    };
    let b = r.as_bytes();
    let st = usize::from(b.first() == Some(&b'-'));
    let end = digits_at(b, st);
    if end == st {
        return (flag, "", "");
    }
    let frame = &r[..end];
    if b.get(end) == Some(&b'-') {
        let aend = digits_at(b, end + 1);
        if aend > end + 1 {
            return (flag, frame, &r[end + 1..aend]);
        }
    }
    (flag, frame, "")
}

/// Every `[$]name+off(FP)`.
pub fn named_fp_refs(line: &str) -> Vec<NamedRef<'_>> {
    let mut out = Vec::new();
    let b = line.as_bytes();
    let mut cursor = 0;
    let mut from = 0;
    while let Some(k) = line[from..].find("(FP)") {
        let fp = from + k;
        from = fp + 4;
        let mut i = fp;
        while i > cursor && b[i - 1].is_ascii_digit() {
            i -= 1;
        }
        if i == fp || i == cursor || b[i - 1] != b'+' {
            continue;
        }
        let plus = i - 1;
        let name_end = plus;
        let mut start = name_end;
        for (ci, c) in line[cursor..name_end].char_indices().rev() {
            if !is_name_char(c) {
                break;
            }
            start = cursor + ci;
        }
        if start == name_end {
            continue;
        }
        let expr_start = if start > cursor && b[start - 1] == b'$' {
            start - 1
        } else {
            start
        };
        out.push(NamedRef {
            expr: &line[expr_start..fp + 4],
            name: &line[start..name_end],
            off: &line[plus + 1..fp],
        });
        cursor = fp + 4;
    }
    out
}

/// Every `c digits(REG)` where `c` is not `+`, `-` or a digit (it is
/// consumed with the match, so two references need a separator between
/// them). `reg` is `[A-Z0-9]+`.
pub fn bare_refs(line: &str) -> Vec<BareRef<'_>> {
    let mut out = Vec::new();
    let b = line.as_bytes();
    let mut pos = 0;
    for (ci, c) in line.char_indices() {
        if ci < pos || c == '+' || c == '-' || c.is_ascii_digit() {
            continue;
        }
        let ds = ci + c.len_utf8();
        let de = digits_at(b, ds);
        if de == ds || b.get(de) != Some(&b'(') {
            continue;
        }
        let rs = de + 1;
        let mut re = rs;
        while re < b.len() && (b[re].is_ascii_uppercase() || b[re].is_ascii_digit()) {
            re += 1;
        }
        if re == rs || b.get(re) != Some(&b')') {
            continue;
        }
        out.push(BareRef {
            expr: &line[ds..re + 1],
            off: &line[ds..de],
            reg: &line[rs..re],
        });
        pos = re + 1;
    }
    out
}

/// Every bare `off(FP)`.
pub fn unnamed_fp_refs(line: &str) -> Vec<BareRef<'_>> {
    // Same shape as `bare_refs` but only FP can match, which changes what
    // counts as overlapping: run the scan with FP as the only register.
    let mut out = Vec::new();
    let b = line.as_bytes();
    let mut pos = 0;
    for (ci, c) in line.char_indices() {
        if ci < pos || c == '+' || c == '-' || c.is_ascii_digit() {
            continue;
        }
        let ds = ci + c.len_utf8();
        let de = digits_at(b, ds);
        if de == ds || !line[de..].starts_with("(FP)") {
            continue;
        }
        out.push(BareRef {
            expr: &line[ds..de + 4],
            off: &line[ds..de],
            reg: "FP",
        });
        pos = de + 4;
    }
    out
}

/// The leading opcode: an uppercase run after optional spaces and an
/// optional `label:`.
pub fn opcode(line: &str) -> Option<&str> {
    let s = line.trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8));
    fn upper(s: &str) -> Option<&str> {
        let n = s.bytes().take_while(u8::is_ascii_uppercase).count();
        (n > 0).then(|| &s[..n])
    }
    let lab = s.bytes().take_while(|&c| is_word(c)).count();
    if lab > 0 && s.as_bytes().get(lab) == Some(&b':') {
        let after = s[lab + 1..].trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8));
        if let Some(op) = upper(after) {
            return Some(op);
        }
    }
    upper(s)
}

/// vet's operand sizes for an amd64 opcode: (source, destination, whether
/// the memory operand is only an address). 0 means unknown.
pub fn operand_sizes(op: &str) -> (i64, i64, bool) {
    if op == "LEAQ" {
        return (0, 8, true);
    }
    let src = if op.starts_with('F') && (op.ends_with('D') || op.ends_with("DP")) {
        8
    } else if (op.starts_with('P') && op.ends_with("RD"))
        || (op.starts_with('F') && (op.ends_with('F') || op.ends_with("FP")))
    {
        // PINSRD, PEXTRD; FMOVF, FMOVFP
        4
    } else if op.ends_with("SD") {
        8
    } else if op.ends_with("SS") {
        4
    } else if op == "MOVO" || op == "MOVOU" {
        16
    } else if op.starts_with("SET") {
        1
    } else {
        match op.as_bytes().last() {
            Some(b'B') => 1,
            Some(b'W') => 2,
            Some(b'L') => 4,
            Some(b'D' | b'Q') => 8,
            _ => 0,
        }
    };
    (src, src, false)
}

/// Go's `strconv.Atoi` as vet uses it: digits only, out-of-range values
/// saturate, anything else is 0.
pub fn atoi(s: &str) -> i64 {
    let (neg, d) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if d.is_empty() || !d.bytes().all(|c| c.is_ascii_digit()) {
        return 0;
    }
    let mut v: i64 = 0;
    for c in d.bytes() {
        v = v.saturating_mul(10).saturating_add(i64::from(c - b'0'));
    }
    if neg { -v } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        let h = text_header("TEXT ·Swap(SB), NOSPLIT, $0-32\n").unwrap();
        assert_eq!(
            (h.pkg.trim(), h.name, h.flag, h.frame, h.args),
            ("", "Swap", "NOSPLIT", "0", "32")
        );
        let h = text_header("TEXT runtime·f<ABIInternal>(SB),NOSPLIT|NOFRAME,$-8").unwrap();
        assert_eq!(
            (h.pkg.trim(), h.name, h.flag, h.frame, h.args),
            ("runtime", "f<ABIInternal>", "NOSPLIT|NOFRAME", "-8", "")
        );
        let h = text_header("TEXT ·g(SB), $16-8").unwrap();
        assert_eq!((h.flag, h.frame, h.args), ("", "16", "8"));
        let h = text_header("TEXT ·g(SB), NOSPLIT | NOFRAME, $16-8").unwrap();
        assert_eq!((h.flag, h.frame, h.args), ("NOSPLIT", "", ""));
        assert!(text_header("TEXT _rt0(SB),7,$0").is_none());
        assert!(text_header("XTEXT ·f(SB)").is_none());
    }

    #[test]
    fn refs() {
        let r = named_fp_refs("\tMOVQ\t$a+8(FP), b_len+16(FP) x-8(FP) 1+2(FP)");
        let got: Vec<_> = r.iter().map(|r| (r.expr, r.name, r.off)).collect();
        assert_eq!(
            got,
            [
                ("$a+8(FP)", "a", "8"),
                ("b_len+16(FP)", "b_len", "16"),
                ("1+2(FP)", "1", "2")
            ]
        );
        let r = bare_refs(" 8(SP)16(SP), 24(SP) a+8(SP) x-8(SP) 0(AX)");
        let got: Vec<_> = r.iter().map(|r| (r.expr, r.reg)).collect();
        assert_eq!(got, [("8(SP)", "SP"), ("24(SP)", "SP"), ("0(AX)", "AX")]);
        let r = unnamed_fp_refs("MOVQ 8(FP), AX; x+8(FP)");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].expr, "8(FP)");
    }

    #[test]
    fn opcodes() {
        assert_eq!(opcode("\tMOVQ a+0(FP), AX"), Some("MOVQ"));
        assert_eq!(opcode("loop:\tADDL $1, AX"), Some("ADDL"));
        assert_eq!(opcode("LOOP: movq"), Some("LOOP"));
        assert_eq!(opcode("#define X MOVQ"), None);
        assert_eq!(operand_sizes("PINSRD"), (4, 4, false));
        assert_eq!(operand_sizes("MOVSD"), (8, 8, false));
        assert_eq!(operand_sizes("LEAQ"), (0, 8, true));
        assert_eq!(atoi("99999999999999999999"), i64::MAX);
    }
}
