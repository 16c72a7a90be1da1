//! Byte strings for map keys that need no heap allocation when short.
//! Almost every key a Go program uses (integers, pointers, short strings,
//! small structs) has a canonical form of at most [`INLINE`] bytes; those
//! live inside the value, so building a key for a lookup and storing it in
//! the index costs no allocation. Longer keys spill to a `Vec`.
//!
//! Equality and hashing are by content alone, whatever the representation:
//! two inline keys compare as fixed-size arrays (the bytes past `len` are
//! always zero), anything else compares as slices.

use std::hash::{Hash, Hasher};

/// The longest key kept inline; with the tag and length byte the value is
/// 32 bytes.
pub const INLINE: usize = 30;

#[derive(Clone)]
enum Repr {
    /// Bytes past `len` are zero (nothing ever shrinks an inline key).
    Inline {
        len: u8,
        buf: [u8; INLINE],
    },
    Heap(Vec<u8>),
}

/// A key's canonical bytes.
#[derive(Clone)]
pub struct KeyBytes(Repr);

impl KeyBytes {
    pub const fn new() -> KeyBytes {
        KeyBytes(Repr::Inline {
            len: 0,
            buf: [0; INLINE],
        })
    }

    pub fn as_slice(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, buf } => &buf[..*len as usize],
            Repr::Heap(v) => v,
        }
    }

    pub fn len(&self) -> usize {
        self.as_slice().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends `n` zero bytes and returns them to be filled in.
    pub fn extend_zeroed(&mut self, n: usize) -> &mut [u8] {
        let old = self.len();
        let new_len = old + n;
        if new_len > INLINE
            && let Repr::Inline { buf, .. } = &self.0
        {
            let mut v = Vec::with_capacity(new_len);
            v.extend_from_slice(&buf[..old]);
            self.0 = Repr::Heap(v);
        }
        match &mut self.0 {
            Repr::Inline { len, buf } => {
                *len = new_len as u8;
                &mut buf[old..new_len]
            }
            Repr::Heap(v) => {
                v.resize(new_len, 0);
                &mut v[old..]
            }
        }
    }

    pub fn extend_from_slice(&mut self, bytes: &[u8]) {
        self.extend_zeroed(bytes.len()).copy_from_slice(bytes);
    }

    /// A heap key whatever its length (tests of the mixed comparisons).
    #[cfg(test)]
    fn heap(bytes: &[u8]) -> KeyBytes {
        KeyBytes(Repr::Heap(bytes.to_vec()))
    }

    #[cfg(test)]
    fn is_inline(&self) -> bool {
        matches!(self.0, Repr::Inline { .. })
    }
}

impl Default for KeyBytes {
    fn default() -> KeyBytes {
        KeyBytes::new()
    }
}

impl From<&[u8]> for KeyBytes {
    fn from(bytes: &[u8]) -> KeyBytes {
        let mut k = KeyBytes::new();
        k.extend_from_slice(bytes);
        k
    }
}

/// Fixed-size keys (the `_fast32`/`_fast64` forms) skip the length checks.
impl<const N: usize> From<&[u8; N]> for KeyBytes {
    fn from(bytes: &[u8; N]) -> KeyBytes {
        if N > INLINE {
            return KeyBytes(Repr::Heap(bytes.to_vec()));
        }
        let mut buf = [0; INLINE];
        buf[..N].copy_from_slice(bytes);
        KeyBytes(Repr::Inline { len: N as u8, buf })
    }
}

impl PartialEq for KeyBytes {
    fn eq(&self, other: &KeyBytes) -> bool {
        match (&self.0, &other.0) {
            (Repr::Inline { len: a, buf: x }, Repr::Inline { len: b, buf: y }) => a == b && x == y,
            _ => self.as_slice() == other.as_slice(),
        }
    }
}

impl Eq for KeyBytes {}

impl Hash for KeyBytes {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl std::fmt::Debug for KeyBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeyBytes({:02x?})", self.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    fn hash(k: &KeyBytes) -> u64 {
        rustc_hash::FxBuildHasher.hash_one(k)
    }

    #[test]
    fn a_key_is_32_bytes() {
        assert_eq!(std::mem::size_of::<KeyBytes>(), 32);
    }

    #[test]
    fn inline_and_heap_keys_of_the_same_bytes_are_equal_and_hash_alike() {
        for n in [0, 1, 8, 16, INLINE] {
            let bytes: Vec<u8> = (0..n as u8).map(|i| i.wrapping_mul(37) ^ 0x5a).collect();
            let inline = KeyBytes::from(&bytes[..]);
            let heap = KeyBytes::heap(&bytes);
            assert!(inline.is_inline());
            assert!(!heap.is_inline());
            assert_eq!(inline, heap);
            assert_eq!(heap, inline);
            assert_eq!(hash(&inline), hash(&heap));
        }
    }

    #[test]
    fn keys_at_and_past_the_inline_limit_round_trip() {
        for n in [16, 17, INLINE - 1, INLINE, INLINE + 1, 100] {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 7 + 1) as u8).collect();
            let k = KeyBytes::from(&bytes[..]);
            assert_eq!(k.as_slice(), &bytes[..], "length {n}");
            assert_eq!(k.is_inline(), n <= INLINE, "length {n}");
            // Built in pieces across the spill point: the same key.
            let mut pieces = KeyBytes::new();
            for chunk in bytes.chunks(7) {
                pieces.extend_from_slice(chunk);
            }
            assert_eq!(pieces, k, "length {n}");
            assert_eq!(hash(&pieces), hash(&k), "length {n}");
        }
    }

    #[test]
    fn keys_differing_in_length_or_a_byte_differ() {
        let a = KeyBytes::from(b"abc");
        assert_ne!(a, KeyBytes::from(b"abc\0"));
        assert_ne!(a, KeyBytes::from(b"abd"));
        assert_ne!(KeyBytes::heap(b"abc"), KeyBytes::from(b"abc\0"));
        let long = [9u8; 40];
        let mut other = long;
        other[39] = 8;
        assert_ne!(KeyBytes::from(&long), KeyBytes::from(&other));
    }

    #[test]
    fn array_and_slice_constructors_agree() {
        let word = 0x0102_0304_0506_0708u64.to_le_bytes();
        assert_eq!(KeyBytes::from(&word), KeyBytes::from(&word[..]));
        assert!(KeyBytes::from(&word).is_inline());
        let long = [3u8; INLINE + 1];
        assert_eq!(KeyBytes::from(&long), KeyBytes::from(&long[..]));
        assert!(!KeyBytes::from(&long).is_inline());
    }

    #[test]
    fn extend_zeroed_hands_back_zeroes_to_fill() {
        let mut k = KeyBytes::from(b"xy");
        let tail = k.extend_zeroed(3);
        assert_eq!(tail, [0, 0, 0]);
        tail[2] = 7;
        assert_eq!(k.as_slice(), b"xy\0\0\x07");
        let tail = k.extend_zeroed(INLINE);
        assert!(tail.iter().all(|&b| b == 0));
        assert_eq!(k.len(), 5 + INLINE);
        assert_eq!(&k.as_slice()[..5], b"xy\0\0\x07");
    }
}
