//! Go maps, held by the runtime. Compiled code reads only two things
//! directly: the entry count at offset 0 of the map header (`len(m)`), and
//! the key and element pointers at offsets 0 and 8 of the iterator
//! (`maps.Iter`). Everything else is ours: the header's `clearSeq` word
//! (offset 40, which compiled code zeroes when it builds a small map on the
//! stack) holds the table id + 1, so a header the compiler made is adopted
//! on first use and a moved stack keeps its map. Each entry lives in its
//! own heap slot (key, then element), so element pointers handed to
//! compiled code stay valid while the map grows. Entries are kept in
//! insertion order with holes for deleted ones, which is what makes
//! deleting during iteration safe: the iterator is an index.

pub mod key;
pub mod keybytes;

use crate::typeread;
use goasm_vm::Machine;
use goasm_vm::memory::Fault;
pub use keybytes::KeyBytes;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Offsets in the map header (`maps.Map`).
pub const MAP_USED: u64 = 0;
pub const MAP_ID: u64 = 40;
pub const MAP_HEADER_SIZE: u64 = 48;
/// Offsets in the iterator (`maps.Iter`).
pub const ITER_KEY: u64 = 0;
pub const ITER_ELEM: u64 = 8;
pub const ITER_TYP: u64 = 16;
pub const ITER_MAP: u64 = 24;
pub const ITER_CURSOR: u64 = 32;

/// Offsets in `abi.MapType`.
const MT_KEY: u64 = 48;
const MT_ELEM: u64 = 56;

/// Where a key's entry is: its index in insertion order and its slot (kept
/// here too, so a lookup never touches the entry list).
#[derive(Clone, Copy, Debug)]
struct Loc {
    index: usize,
    slot: u64,
}

/// The indexes hash with FxHash, not SipHash: the keys come from the guest
/// program, and the worst a program can do with keys chosen to collide is
/// slow itself down; nothing of the host is at stake.
type Index<K> = HashMap<K, Loc, rustc_hash::FxBuildHasher>;

/// One map's contents. Keys whose canonical form is one 8-byte word (every
/// `_fast64` map: ints, pointers, channels) are indexed by that word, in
/// half the memory per entry of the general index; keys of other lengths
/// can never equal them, so each index holds a disjoint part of the map.
#[derive(Default, Debug)]
pub struct Table {
    words: Index<u64>,
    index: Index<KeyBytes>,
    /// Each entry's slot in insertion order; `None` for deleted entries.
    entries: Vec<Option<u64>>,
    live: u64,
}

impl Table {
    /// The slot holding `k`.
    pub fn get(&self, k: &KeyBytes) -> Option<u64> {
        match word(k) {
            Some(w) => self.words.get(&w),
            None => self.index.get(k),
        }
        .map(|l| l.slot)
    }

    /// Records a new entry (the caller made its slot). `None` keys (NaN)
    /// never match, so each is a new entry. The caller knows `k` is not
    /// there yet (else it replaces the old entry's index record).
    pub fn insert(&mut self, k: Option<KeyBytes>, slot: u64) {
        let index = self.entries.len();
        if let Some(k) = k {
            let loc = Loc { index, slot };
            match word(&k) {
                Some(w) => self.words.insert(w, loc),
                None => self.index.insert(k, loc),
            };
        }
        self.entries.push(Some(slot));
        self.live += 1;
    }

    /// The slot of `k`, made by `make` and recorded as a new entry if `k`
    /// is not there; and whether it was made. One hash lookup either way.
    pub fn get_or_insert_with(
        &mut self,
        k: KeyBytes,
        make: impl FnOnce() -> Result<u64, Fault>,
    ) -> Result<(u64, bool), Fault> {
        match word(&k) {
            Some(w) => slot_or_insert(&mut self.words, w, &mut self.entries, make),
            None => slot_or_insert(&mut self.index, k, &mut self.entries, make),
        }
        .inspect(|&(_, made)| self.live += made as u64)
    }

    /// Removes `k`; true if it was there.
    pub fn remove(&mut self, k: &KeyBytes) -> bool {
        let removed = match word(k) {
            Some(w) => self.words.remove(&w),
            None => self.index.remove(k),
        };
        match removed {
            Some(l) => {
                if let Some(e) = self.entries.get_mut(l.index) {
                    *e = None;
                }
                self.live -= 1;
                true
            }
            None => false,
        }
    }

    /// Removes everything (entries under iteration are skipped from now on).
    pub fn clear(&mut self) {
        self.words.clear();
        self.index.clear();
        for e in &mut self.entries {
            *e = None;
        }
        self.live = 0;
    }

    /// The first live entry at or after `cursor`: (its index, its slot).
    pub fn next(&self, cursor: u64) -> Option<(u64, u64)> {
        let start = usize::try_from(cursor).ok()?;
        self.entries
            .get(start..)?
            .iter()
            .enumerate()
            .find_map(|(i, e)| e.map(|slot| ((start + i) as u64, slot)))
    }

    pub fn len(&self) -> u64 {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The key of the entry at `i` (test support: a linear search).
    pub fn key_at(&self, i: usize) -> Option<KeyBytes> {
        if let Some((w, _)) = self.words.iter().find(|(_, l)| l.index == i) {
            return Some(KeyBytes::from(&w.to_le_bytes()));
        }
        self.index
            .iter()
            .find(|(_, l)| l.index == i)
            .map(|(k, _)| k.clone())
    }
}

/// The word of an 8-byte key.
fn word(k: &KeyBytes) -> Option<u64> {
    Some(u64::from_le_bytes(k.as_slice().try_into().ok()?))
}

/// `index[k]`'s slot, or a new entry made by `make`: (slot, whether made).
fn slot_or_insert<K: std::hash::Hash + Eq>(
    index: &mut Index<K>,
    k: K,
    entries: &mut Vec<Option<u64>>,
    make: impl FnOnce() -> Result<u64, Fault>,
) -> Result<(u64, bool), Fault> {
    match index.entry(k) {
        Entry::Occupied(e) => Ok((e.get().slot, false)),
        Entry::Vacant(e) => {
            let slot = make()?;
            e.insert(Loc {
                index: entries.len(),
                slot,
            });
            entries.push(Some(slot));
            Ok((slot, true))
        }
    }
}

/// A map type's key and element layout.
#[derive(Clone, Copy, Debug, Default)]
pub struct Layout {
    /// The key's type descriptor.
    pub key_type: u64,
    pub key_size: u64,
    pub elem_off: u64,
    pub elem_size: u64,
}

impl Layout {
    fn read(m: &Machine, mt: u64) -> Result<Layout, Fault> {
        let kt = m.mem.read(mt + MT_KEY, 8)?;
        let et = m.mem.read(mt + MT_ELEM, 8)?;
        let key_size = typeread::size(m, kt)?.min(1 << 30);
        let align = typeread::align(m, et)?;
        Ok(Layout {
            key_type: kt,
            key_size,
            elem_off: key_size.div_ceil(align) * align,
            elem_size: typeread::size(m, et)?.min(1 << 30),
        })
    }
}

/// Every map of the program, and the generator behind `runtime.rand`.
pub struct Maps {
    tables: Vec<Table>,
    rng: u64,
    /// The last two map types decoded (type address, layout), most recent
    /// first. Map type descriptors are compiler-emitted rodata, which the
    /// guest cannot write, so a layout never goes stale; a program loops over one or two map
    /// types at a time, and the decode was a tenth of a map call.
    layouts: [(u64, Layout); 2],
}

impl Default for Maps {
    fn default() -> Maps {
        Maps {
            tables: Vec::new(),
            rng: 0x9e37_79b9_7f4a_7c15,
            layouts: [(0, Layout::default()); 2],
        }
    }
}

impl Maps {
    /// The table of the map header at `h`, adopting a fresh header.
    pub fn table(&mut self, m: &mut Machine, h: u64) -> Result<&mut Table, Fault> {
        let id = m.mem.read(h + MAP_ID, 8)?;
        let idx = match usize::try_from(id).ok().and_then(|i| i.checked_sub(1)) {
            Some(i) if i < self.tables.len() => i,
            _ => {
                self.tables.push(Table::default());
                let i = self.tables.len() - 1;
                m.mem.write(h + MAP_ID, 8, i as u64 + 1)?;
                m.mem.write(h + MAP_USED, 8, 0)?;
                i
            }
        };
        Ok(&mut self.tables[idx])
    }

    /// The table of `h` if it already has one (reads never adopt).
    pub fn existing(&self, m: &Machine, h: u64) -> Result<Option<&Table>, Fault> {
        if h == 0 {
            return Ok(None);
        }
        let id = m.mem.read(h + MAP_ID, 8)?;
        Ok(usize::try_from(id)
            .ok()
            .and_then(|i| i.checked_sub(1))
            .and_then(|i| self.tables.get(i)))
    }

    /// The layout of map type `mt`, decoded once per run of calls on it.
    pub fn layout(&mut self, m: &Machine, mt: u64) -> Result<Layout, Fault> {
        let [a, b] = self.layouts;
        if mt != 0 {
            if a.0 == mt {
                return Ok(a.1);
            }
            if b.0 == mt {
                self.layouts = [b, a];
                return Ok(b.1);
            }
        }
        let lay = Layout::read(m, mt)?;
        self.layouts = [(mt, lay), a];
        Ok(lay)
    }

    /// A 64-bit random number (splitmix64).
    pub fn rand(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(b: &[u8]) -> KeyBytes {
        KeyBytes::from(b)
    }

    #[test]
    fn insert_get_remove() {
        let mut t = Table::default();
        t.insert(Some(k(b"a")), 100);
        t.insert(Some(k(b"b")), 200);
        assert_eq!(t.get(&k(b"a")), Some(100));
        assert_eq!(t.len(), 2);
        assert!(t.remove(&k(b"a")));
        assert!(!t.remove(&k(b"a")));
        assert_eq!(t.get(&k(b"a")), None);
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn nan_keys_are_distinct_entries_found_only_by_iteration() {
        let mut t = Table::default();
        t.insert(None, 1);
        t.insert(None, 2);
        assert_eq!(t.len(), 2);
        assert_eq!(t.next(0), Some((0, 1)));
        assert_eq!(t.next(1), Some((1, 2)));
        t.clear();
        assert_eq!(t.next(0), None);
        assert!(t.is_empty());
    }

    #[test]
    fn deleting_during_iteration_skips_the_deleted_entry() {
        let mut t = Table::default();
        for (i, k) in [b"x", b"y", b"z"].iter().enumerate() {
            t.insert(Some(KeyBytes::from(*k)), i as u64);
        }
        let (i, _) = t.next(0).unwrap_or_default();
        assert_eq!(t.key_at(i as usize), Some(k(b"x")));
        assert!(t.remove(&k(b"y")));
        assert_eq!(t.next(i + 1), Some((2, 2)));
        assert_eq!(t.next(3), None);
    }

    #[test]
    fn reinserted_key_gets_a_new_entry() {
        let mut t = Table::default();
        t.insert(Some(k(b"k")), 1);
        t.remove(&k(b"k"));
        t.insert(Some(k(b"k")), 2);
        assert_eq!(t.get(&k(b"k")), Some(2));
        assert_eq!(t.next(0), Some((1, 2)));
    }

    #[test]
    fn get_or_insert_makes_a_slot_only_for_a_new_key() {
        let mut t = Table::default();
        assert_eq!(t.get_or_insert_with(k(b"a"), || Ok(10)), Ok((10, true)));
        let mut called = false;
        let again = t.get_or_insert_with(k(b"a"), || {
            called = true;
            Ok(20)
        });
        assert_eq!(again, Ok((10, false)));
        assert!(!called);
        // A failed allocation records nothing.
        let fault = Fault::Unmapped { addr: 1 };
        assert_eq!(t.get_or_insert_with(k(b"b"), || Err(fault)), Err(fault));
        assert_eq!(t.get(&k(b"b")), None);
        assert_eq!((t.len(), t.next(1)), (1, None));
        assert_eq!(t.get_or_insert_with(k(b"b"), || Ok(30)), Ok((30, true)));
        assert_eq!(t.next(1), Some((1, 30)));
    }

    #[test]
    fn word_keys_and_other_keys_share_one_map() {
        let mut t = Table::default();
        let (four, eight, nine) = (k(b"abcd"), k(b"abcdefgh"), k(b"abcdefgh\0"));
        t.insert(Some(four.clone()), 1);
        assert_eq!(t.get_or_insert_with(eight.clone(), || Ok(2)), Ok((2, true)));
        t.insert(Some(nine.clone()), 3);
        assert_eq!(
            (t.get(&four), t.get(&eight), t.get(&nine)),
            (Some(1), Some(2), Some(3))
        );
        assert_eq!(t.get(&k(b"abcdefgi")), None);
        assert_eq!(t.key_at(1), Some(eight.clone()));
        assert_eq!(t.key_at(2), Some(nine.clone()));
        assert!(t.remove(&eight));
        assert!(!t.remove(&eight));
        assert_eq!((t.len(), t.next(1)), (2, Some((2, 3))));
        t.clear();
        assert_eq!((t.get(&four), t.get(&nine), t.next(0)), (None, None, None));
    }

    #[test]
    fn rand_varies() {
        let mut m = Maps::default();
        let (a, b) = (m.rand(), m.rand());
        assert_ne!(a, b);
    }
}
