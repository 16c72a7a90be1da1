//! Comparing a printed prototype with a Go declaration.
//!
//! What "the exact declared signature" can mean for assembly: the printed
//! prototype, read back as Go, lays out the same ABI0 frame as the
//! declaration — the same parameters and results in the same order, at the
//! same offsets, each of the same size and class (integer word of that size,
//! float, string, slice, empty or non-empty interface, complex, other
//! aggregate) — and, for the stricter figure, under the same names (vet's
//! names: unnamed parameters are `arg`, `arg1`, ..., unnamed results `ret`,
//! `ret1`, ...). Go types that lay out alike (`int`, `uintptr`, `*T`) are one
//! class: nothing in an ABI0 frame tells them apart.

use goasm_abi::ast::{SourceFile, TypeDecl, TypeExpr, TypeExprKind};
use goasm_abi::{Basic, Pos, Signature, Type, TypeEnv};

use super::Proto;

/// The frame key of a signature, `(name@offset:class,...)(results...)`
/// (ignoring the receiver: the frame of a TEXT symbol has none).
pub fn declared_shape_key(sig: &Signature) -> String {
    let plain = Signature {
        recv: None,
        ..sig.clone()
    };
    let l = goasm_abi::abi0::layout(&plain);
    let key = |t: &Type, size: u64| -> String {
        match t.underlying() {
            Type::Basic(Basic::String) => "string".into(),
            Type::Basic(b) if b.is_complex() => format!("complex{size}"),
            Type::Basic(b) if b.is_float() => format!("f{size}"),
            Type::Slice(_) => "slice".into(),
            Type::Interface { empty: true, .. } => "eface".into(),
            Type::Interface { empty: false, .. } => "iface".into(),
            Type::Struct(_) | Type::Array(..) => format!("bytes{size}"),
            _ => format!("{size}"),
        }
    };
    let list = |ss: &[goasm_abi::Abi0Slot]| {
        ss.iter()
            .map(|s| format!("{}@{}:{}", s.name, s.offset, key(&s.ty, s.size)))
            .collect::<Vec<_>>()
            .join(",")
    };
    format!("({})({})", list(&l.params), list(&l.results))
}

/// A frame key without the names: what Go's type identity compares
/// (`func(a int)` and `func(b int)` are the same type).
pub fn unnamed_key(key: &str) -> String {
    let mut out = String::new();
    let mut skip = false;
    for c in key.chars() {
        match c {
            '(' | ')' | ',' => {
                skip = false;
                out.push(c);
            }
            '@' => skip = true,
            _ if skip => out.push(c),
            _ => {}
        }
    }
    out
}

/// Reads a `func Name(...) ...` declaration without its package: names
/// of other types become opaque, usable behind a pointer (or in a slice,
/// map, chan, func) but not by value, and `pkg.T` is read as a local name.
pub fn loose_signature(src: &str) -> Result<Signature, String> {
    loose_signature_with(src, false).map(|(s, _)| s)
}

/// [`loose_signature`], but with `assume_words` an unknown type used by
/// value is taken to be one machine word (`type Word uint`), and the names
/// so assumed are returned: a hypothesis the caller must check against the
/// code.
pub fn loose_signature_with(
    src: &str,
    assume_words: bool,
) -> Result<(Signature, Vec<String>), String> {
    let src = unqualify(src);
    let decl = goasm_abi::parse_func("<proto>", &src).map_err(|e| e.msg)?;
    // Unknown names: false = opaque, true = assumed one word.
    let mut unknown: Vec<(String, bool)> = Vec::new();
    for _ in 0..32 {
        let mut env = TypeEnv::new();
        let placeholders = SourceFile {
            file: "<opaque>".into(),
            package: None,
            types: unknown
                .iter()
                .map(|(name, word)| TypeDecl {
                    pos: Pos::default(),
                    name: name.clone(),
                    alias: false,
                    ty: TypeExpr {
                        pos: Pos::default(),
                        kind: TypeExprKind::Name(if *word {
                            "uintptr".to_string()
                        } else {
                            format!("{name} (opaque)")
                        }),
                    },
                    generic: false,
                })
                .collect(),
            funcs: Vec::new(),
        };
        env.add_file(&placeholders).map_err(|e| e.msg)?;
        let e = match env.signature("<proto>", &decl) {
            Ok(sig) => {
                let words = unknown.into_iter().filter(|(_, w)| *w).map(|(n, _)| n);
                return Ok((sig, words.collect()));
            }
            Err(e) => e,
        };
        let Some(name) = e.msg.strip_prefix("undefined: ") else {
            return Err(e.msg);
        };
        match name.split_once(' ') {
            None => unknown.push((name.to_string(), false)),
            Some((name, _)) if assume_words => {
                for u in unknown.iter_mut().filter(|(n, _)| n == name) {
                    u.1 = true;
                }
            }
            Some((name, _)) => {
                return Err(format!("{name} is used by value and its layout is unknown"));
            }
        }
    }
    Err("too many unknown type names".into())
}

/// `abi.RegArgs` -> `abi__RegArgs` (except `unsafe.Pointer`).
fn unqualify(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(src.len());
    for (i, &c) in chars.iter().enumerate() {
        let qualified_dot = c == '.'
            && i > 0
            && ident(chars[i - 1])
            && chars
                .get(i + 1)
                .is_some_and(|&n| n.is_alphabetic() || n == '_');
        if qualified_dot {
            let start = chars[..i]
                .iter()
                .rposition(|&p| !ident(p))
                .map_or(0, |p| p + 1);
            let pkg: String = chars[start..i].iter().collect();
            let rest: String = chars[i + 1..].iter().take_while(|&&n| ident(n)).collect();
            if !(pkg == "unsafe" && rest == "Pointer") {
                out.push_str("__");
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// How a printed prototype compares with a declaration.
#[derive(Clone, Debug)]
pub struct FrameMatch {
    pub declared: String,
    /// The frame key of the printed prototype read back as Go, or why it
    /// could not be read.
    pub printed: Result<String, String>,
}

impl FrameMatch {
    /// Same frame, same names.
    pub fn named(&self) -> bool {
        self.printed.as_ref() == Ok(&self.declared)
    }
    /// Same frame (Go type identity ignores names).
    pub fn unnamed(&self) -> bool {
        self.printed
            .as_ref()
            .is_ok_and(|p| unnamed_key(p) == unnamed_key(&self.declared))
    }
}

/// Reads back what [`Proto::signature`] prints and compares its frame with
/// the declaration's.
pub fn compare(proto: &Proto, decl: &Signature) -> FrameMatch {
    FrameMatch {
        declared: declared_shape_key(decl),
        // Types spelled by a checked doc comment (`Word`) are read the way
        // the check read them.
        printed: loose_signature_with(&proto.signature(), true)
            .map(|(s, _)| declared_shape_key(&s)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_signature_accepts_foreign_pointers_but_not_foreign_values() {
        let s = loose_signature("func F(p *abi.RegArgs, q *gcm, n int) (ok bool)").unwrap();
        assert_eq!(declared_shape_key(&s), "(p@0:8,q@8:8,n@16:8)(ok@24:1)");
        let e = loose_signature("func F(v gcm)").unwrap_err();
        assert!(e.contains("gcm is used by value"), "{e}");
        assert!(loose_signature("func F(p unsafe.Pointer, x ...int)").is_ok());
        let (s, words) = loose_signature_with("func F(z []Word, c Word) Word", true).unwrap();
        assert_eq!(words, ["Word"]);
        assert_eq!(declared_shape_key(&s), "(z@0:slice,c@24:8)(ret@32:8)");
    }

    #[test]
    fn floats_are_their_own_class() {
        let f = loose_signature("func F(x float64) float32").unwrap();
        let i = loose_signature("func F(x uint64) int32").unwrap();
        assert_eq!(declared_shape_key(&f), "(x@0:f8)(ret@8:f4)");
        assert_ne!(declared_shape_key(&f), declared_shape_key(&i));
    }
}
