//! Build constraints for linux/amd64, as the go command applies them to a
//! package's files: the `_GOOS`/`_GOARCH` file-name suffixes and the
//! `//go:build` expression before the package clause. Also the import table
//! of a Go file (to spell imported type names as go/types does).

use std::collections::HashMap;

const GOOSES: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];
const GOARCHES: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// Whether a build tag holds for a linux/amd64 (v1), cgo-disabled, gc build.
pub fn tag_holds(tag: &str) -> bool {
    match tag {
        "linux" | "amd64" | "unix" | "gc" => true,
        t if t.starts_with("go1.") => true,
        t if t.starts_with("amd64.v") => t == "amd64.v1",
        _ => false,
    }
}

/// Whether the file-name suffixes allow linux/amd64.
pub fn name_matches(path: &str) -> bool {
    let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = base.split('.').next().unwrap_or(base);
    let mut parts: Vec<&str> = stem.split('_').collect();
    if parts.len() > 1 && parts.last() == Some(&"test") {
        parts.pop();
    }
    if parts.len() < 2 {
        return true;
    }
    let last = parts[parts.len() - 1];
    let prev = if parts.len() >= 3 {
        Some(parts[parts.len() - 2])
    } else {
        None
    };
    if GOARCHES.contains(&last) {
        if last != "amd64" {
            return false;
        }
        if let Some(p) = prev.filter(|p| GOOSES.contains(p)) {
            return p == "linux";
        }
        return true;
    }
    if GOOSES.contains(&last) {
        return last == "linux";
    }
    true
}

/// File name plus `//go:build` line (old `// +build` lines are ignored, as
/// modern Go requires a `//go:build` line beside them).
pub fn go_file_matches(path: &str, text: &str) -> bool {
    if !name_matches(path) {
        return false;
    }
    for line in text.lines() {
        let t = line.trim();
        if let Some(expr) = t.strip_prefix("//go:build") {
            return eval(expr).unwrap_or(true);
        }
        if t.starts_with("package ") {
            break;
        }
    }
    true
}

/// Evaluates a `//go:build` expression; `None` when it does not parse.
pub fn eval(expr: &str) -> Option<bool> {
    let toks = tokens(expr);
    let mut p = Expr {
        toks,
        i: 0,
        depth: 0,
    };
    let v = p.or()?;
    (p.i == p.toks.len()).then_some(v)
}

fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() {
            i += 1;
        } else if (c == '&' || c == '|') && cs.get(i + 1) == Some(&c) {
            out.push(format!("{c}{c}"));
            i += 2;
        } else if c == '!' || c == '(' || c == ')' {
            out.push(c.to_string());
            i += 1;
        } else {
            let st = i;
            while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_' || cs[i] == '.') {
                i += 1;
            }
            if i == st {
                out.push(c.to_string());
                i += 1;
            } else {
                out.push(cs[st..i].iter().collect());
            }
        }
    }
    out
}

struct Expr {
    toks: Vec<String>,
    i: usize,
    depth: usize,
}

impl Expr {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.i).map(String::as_str)
    }
    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.i += 1;
            v |= self.and()?;
        }
        Some(v)
    }
    fn and(&mut self) -> Option<bool> {
        let mut v = self.not()?;
        while self.peek() == Some("&&") {
            self.i += 1;
            v &= self.not()?;
        }
        Some(v)
    }
    fn not(&mut self) -> Option<bool> {
        self.depth += 1;
        if self.depth > 100 {
            return None;
        }
        let r = match self.peek()? {
            "!" => {
                self.i += 1;
                self.not().map(|v| !v)
            }
            "(" => {
                self.i += 1;
                let v = self.or()?;
                (self.peek() == Some(")")).then(|| {
                    self.i += 1;
                    v
                })
            }
            t if t
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.') =>
            {
                let v = tag_holds(t);
                self.i += 1;
                Some(v)
            }
            _ => None,
        };
        self.depth -= 1;
        r
    }
}

/// `name -> import path` for a Go file's imports (the name is the alias, or
/// the path's last element, skipping a `/vN` major-version element).
pub fn imports(text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut in_block = false;
    for line in text.lines() {
        let t = line.trim();
        let spec = if in_block {
            if t.starts_with(')') {
                in_block = false;
                continue;
            }
            t
        } else if let Some(rest) = t.strip_prefix("import") {
            let rest = rest.trim();
            if let Some(r) = rest.strip_prefix('(') {
                in_block = true;
                r.trim()
            } else {
                rest
            }
        } else if t.starts_with("func ") || t.starts_with("type ") {
            break;
        } else {
            continue;
        };
        let Some(q) = spec.find('"') else { continue };
        let Some(end) = spec[q + 1..].find('"') else {
            continue;
        };
        let path = &spec[q + 1..q + 1 + end];
        let alias = spec[..q].trim();
        let name = if alias.is_empty() {
            let mut els = path.rsplit('/');
            let last = els.next().unwrap_or(path);
            let is_major = last.len() > 1
                && last.starts_with('v')
                && last[1..].chars().all(|c| c.is_ascii_digit());
            if is_major {
                els.next().unwrap_or(last)
            } else {
                last
            }
        } else {
            alias
        };
        if name != "_" && name != "." {
            out.insert(name.to_string(), path.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraints() {
        assert_eq!(eval(" linux && amd64"), Some(true));
        assert_eq!(eval("!amd64 || (windows && arm64)"), Some(false));
        assert_eq!(eval("amd64 &&"), None);
        assert!(name_matches("x/asm_amd64.s"));
        assert!(!name_matches("x/asm_arm64.go"));
        assert!(!name_matches("x/sys_darwin_amd64.go"));
        assert!(name_matches("x/sys_linux_amd64_test.go"));
        assert!(name_matches("x/amd64.go"));
    }

    #[test]
    fn import_names() {
        let m = imports(
            "package p\nimport (\n\t\"internal/abi\"\n\tr \"math/rand/v2\"\n)\nimport \"unsafe\"\n",
        );
        assert_eq!(m["abi"], "internal/abi");
        assert_eq!(m["r"], "math/rand/v2");
        assert_eq!(m["unsafe"], "unsafe");
    }
}
