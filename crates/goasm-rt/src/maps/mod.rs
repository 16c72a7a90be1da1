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

use goasm_vm::Machine;
use goasm_vm::memory::Fault;
use std::collections::HashMap;

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

#[derive(Clone, Debug)]
struct Entry {
    /// Canonical key (see [`key`]); `None` for NaN keys, which match nothing.
    key: Option<Vec<u8>>,
    slot: u64,
}

/// One map's contents.
#[derive(Default, Debug)]
pub struct Table {
    index: HashMap<Vec<u8>, usize>,
    entries: Vec<Option<Entry>>,
    live: u64,
}

impl Table {
    /// The slot holding `k`.
    pub fn get(&self, k: &[u8]) -> Option<u64> {
        self.index
            .get(k)
            .and_then(|&i| self.entries[i].as_ref())
            .map(|e| e.slot)
    }

    /// Records a new entry (the caller made its slot). `None` keys (NaN)
    /// never match, so each is a new entry.
    pub fn insert(&mut self, k: Option<Vec<u8>>, slot: u64) {
        if let Some(k) = &k {
            self.index.insert(k.clone(), self.entries.len());
        }
        self.entries.push(Some(Entry { key: k, slot }));
        self.live += 1;
    }

    /// Removes `k`; true if it was there.
    pub fn remove(&mut self, k: &[u8]) -> bool {
        match self.index.remove(k) {
            Some(i) => {
                self.entries[i] = None;
                self.live -= 1;
                true
            }
            None => false,
        }
    }

    /// Removes everything (entries under iteration are skipped from now on).
    pub fn clear(&mut self) {
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
            .find_map(|(i, e)| e.as_ref().map(|e| ((start + i) as u64, e.slot)))
    }

    pub fn len(&self) -> u64 {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Whether the entry at `i` has this key (test support).
    pub fn key_at(&self, i: usize) -> Option<&[u8]> {
        self.entries.get(i)?.as_ref()?.key.as_deref()
    }
}

/// Every map of the program, and the generator behind `runtime.rand`.
pub struct Maps {
    tables: Vec<Table>,
    rng: u64,
}

impl Default for Maps {
    fn default() -> Maps {
        Maps {
            tables: Vec::new(),
            rng: 0x9e37_79b9_7f4a_7c15,
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

    #[test]
    fn insert_get_remove() {
        let mut t = Table::default();
        t.insert(Some(b"a".to_vec()), 100);
        t.insert(Some(b"b".to_vec()), 200);
        assert_eq!(t.get(b"a"), Some(100));
        assert_eq!(t.len(), 2);
        assert!(t.remove(b"a"));
        assert!(!t.remove(b"a"));
        assert_eq!(t.get(b"a"), None);
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
            t.insert(Some(k.to_vec()), i as u64);
        }
        let (i, _) = t.next(0).unwrap_or_default();
        assert_eq!(t.key_at(i as usize), Some(&b"x"[..]));
        assert!(t.remove(b"y"));
        assert_eq!(t.next(i + 1), Some((2, 2)));
        assert_eq!(t.next(3), None);
    }

    #[test]
    fn reinserted_key_gets_a_new_entry() {
        let mut t = Table::default();
        t.insert(Some(b"k".to_vec()), 1);
        t.remove(b"k");
        t.insert(Some(b"k".to_vec()), 2);
        assert_eq!(t.get(b"k"), Some(2));
        assert_eq!(t.next(0), Some((1, 2)));
    }

    #[test]
    fn rand_varies() {
        let mut m = Maps::default();
        let (a, b) = (m.rand(), m.rand());
        assert_ne!(a, b);
    }
}
