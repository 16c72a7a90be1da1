//! amd64 sizes and alignments: the one place these facts live.
//!
//! The rules follow the gc compiler (`cmd/compile/internal/types/size.go`) and
//! go/types' gc sizes, which agree on amd64:
//! - words are 8 bytes; `string` and interfaces are 2 words, slices 3;
//! - `complex64` is two float32s (size 8, align 4);
//! - an array has its element's alignment and `n * elem` size;
//! - a struct is aligned to its most-aligned field, its size rounded up to that;
//! - a struct of non-zero size whose last field has size zero gets one byte of
//!   padding before rounding, so `&s.last` never points past the object.

use crate::types::{Basic, Type};

pub const PTR_SIZE: u64 = 8;
pub const REG_SIZE: u64 = 8;

pub fn align_up(n: u64, a: u64) -> u64 {
    if a <= 1 { n } else { n.div_ceil(a) * a }
}

fn basic_size_align(b: Basic) -> (u64, u64) {
    use Basic::*;
    match b {
        Bool | Int8 | Uint8 | Byte => (1, 1),
        Int16 | Uint16 => (2, 2),
        Int32 | Uint32 | Float32 | Rune => (4, 4),
        Int | Int64 | Uint | Uint64 | Uintptr | Float64 | UnsafePointer => (8, 8),
        Complex64 => (8, 4),
        Complex128 => (16, 8),
        String => (16, 8),
    }
}

/// Size in bytes, or `None` if it overflows u64.
pub fn checked_size(t: &Type) -> Option<u64> {
    Some(match t.underlying() {
        Type::Basic(b) => basic_size_align(*b).0,
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) | Type::Named { .. } => {
            PTR_SIZE
        }
        Type::Slice(_) => 3 * PTR_SIZE,
        Type::Interface { .. } => 2 * PTR_SIZE,
        Type::Array(n, e) => checked_size(e)?.checked_mul(*n)?,
        Type::Struct(fields) => {
            let mut off = 0u64;
            let mut last_zero = false;
            for f in fields {
                let s = checked_size(&f.ty)?;
                off = align_up(off, align_of(&f.ty)).checked_add(s)?;
                last_zero = s == 0;
            }
            if off > 0 && last_zero {
                off += 1;
            }
            align_up(off, align_of(t))
        }
    })
}

/// Size in bytes. Types reaching layout code were size-checked at resolution.
pub fn size_of(t: &Type) -> u64 {
    checked_size(t).unwrap_or(u64::MAX)
}

pub fn align_of(t: &Type) -> u64 {
    match t.underlying() {
        Type::Basic(b) => basic_size_align(*b).1,
        Type::Array(_, e) => align_of(e),
        Type::Struct(fields) => fields.iter().map(|f| align_of(&f.ty)).max().unwrap_or(1),
        _ => PTR_SIZE,
    }
}

/// Offset of each field of a struct's field list.
pub fn field_offsets(fields: &[crate::types::Field]) -> Vec<u64> {
    let mut off = 0u64;
    fields
        .iter()
        .map(|f| {
            off = align_up(off, align_of(&f.ty));
            let at = off;
            off = off.saturating_add(size_of(&f.ty));
            at
        })
        .collect()
}

/// How many integer and floating-point registers ABIInternal needs for a value of
/// this type, saturating at `u8::MAX` (which means "never in registers": any
/// array of length > 1 inside).
pub fn reg_counts(t: &Type) -> (u8, u8) {
    const NEVER: (u8, u8) = (u8::MAX, u8::MAX);
    match t.underlying() {
        Type::Basic(b) if b.is_complex() => (0, 2),
        Type::Basic(b) if b.is_float() => (0, 1),
        Type::Basic(Basic::String) => (2, 0),
        Type::Basic(_) => (1, 0),
        Type::Slice(_) => (3, 0),
        Type::Interface { .. } => (2, 0),
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) | Type::Named { .. } => {
            (1, 0)
        }
        Type::Array(0, _) => (0, 0),
        Type::Array(1, e) => reg_counts(e),
        Type::Array(..) => NEVER,
        Type::Struct(fields) => {
            let (mut i, mut f) = (0u64, 0u64);
            for fl in fields {
                let (a, b) = reg_counts(&fl.ty);
                i += a as u64;
                f += b as u64;
            }
            if i > u8::MAX as u64 || f > u8::MAX as u64 {
                NEVER
            } else {
                (i as u8, f as u8)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_func;
    use crate::resolve::TypeEnv;

    fn ty(src: &str) -> Type {
        let d = parse_func("t", &format!("func F(x {src})")).unwrap();
        TypeEnv::new().signature("t", &d).unwrap().params[0]
            .ty
            .clone()
    }

    #[test]
    fn basic_sizes() {
        for (src, size, align) in [
            ("bool", 1, 1),
            ("int16", 2, 2),
            ("rune", 4, 4),
            ("complex64", 8, 4),
            ("complex128", 16, 8),
            ("string", 16, 8),
            ("[]int", 24, 8),
            ("any", 16, 8),
            ("func()", 8, 8),
            ("[3]int16", 6, 2),
        ] {
            let t = ty(src);
            assert_eq!((size_of(&t), align_of(&t)), (size, align), "{src}");
        }
    }

    #[test]
    fn trailing_zero_size_field_is_padded() {
        assert_eq!(size_of(&ty("struct{a int8; b struct{}}")), 2);
        assert_eq!(size_of(&ty("struct{a int64; b [0]int8}")), 16);
        assert_eq!(size_of(&ty("struct{a struct{}; b [0]int64}")), 0);
        assert_eq!(size_of(&ty("struct{a [0]int64; b int8}")), 8);
        assert_eq!(size_of(&ty("struct{b struct{}; a int8}")), 1);
    }
}

/// Offsets (within a value of type `t`) of the words that hold pointers,
/// in increasing order: what a stack copy must adjust when a value lives on
/// a goroutine stack. Strings and slices point through their first word,
/// interfaces through their second; maps, channels, funcs and pointers are
/// pointers themselves.
pub fn pointer_offsets(t: &Type) -> Vec<u64> {
    let mut out = Vec::new();
    collect_pointers(t, 0, &mut out, 0);
    out
}

fn collect_pointers(t: &Type, base: u64, out: &mut Vec<u64>, depth: u32) {
    if depth > 64 || out.len() > 1 << 16 {
        return;
    }
    match t.underlying() {
        Type::Basic(Basic::String) | Type::Basic(Basic::UnsafePointer) | Type::Slice(_) => {
            out.push(base)
        }
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => out.push(base),
        // A name known only by reference is pointer-shaped (see `underlying`).
        Type::Named { .. } => out.push(base),
        Type::Interface { .. } => out.push(base + 8),
        Type::Struct(fields) => {
            for (f, off) in fields.iter().zip(field_offsets(fields)) {
                collect_pointers(&f.ty, base + off, out, depth + 1);
            }
        }
        Type::Array(n, elem) => {
            let size = size_of(elem);
            if size == 0 || size == u64::MAX {
                return;
            }
            let mut inner = Vec::new();
            collect_pointers(elem, 0, &mut inner, depth + 1);
            if inner.is_empty() {
                return;
            }
            for i in 0..(*n).min(1 << 16) {
                out.extend(inner.iter().map(|o| base + i * size + o));
            }
        }
        Type::Basic(_) => {}
    }
}

#[cfg(test)]
mod pointer_tests {
    use super::*;

    #[test]
    fn pointer_words_of_common_shapes() {
        let sig = crate::analyze_str(
            "func f(a int, p *int, s string, b []byte, e any, x [2]*int)",
            None,
        )
        .unwrap();
        let offs: Vec<Vec<u64>> = sig
            .abi0
            .params
            .iter()
            .map(|p| pointer_offsets(&p.ty))
            .collect();
        assert_eq!(
            offs,
            vec![vec![], vec![0], vec![0], vec![0], vec![8], vec![0, 8]]
        );
    }
}
