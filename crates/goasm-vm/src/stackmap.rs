//! Precise stack maps of compiled frames, as the compiler emits them and
//! the runtime reads them when it copies a stack (facts from
//! `runtime/symtab.go`'s `stackmap`, `runtime/stkframe.go`'s
//! `getStackMap` and `runtime/stack.go`'s `adjustframe`):
//!
//! * `FUNCDATA $0` (args) and `FUNCDATA $1` (locals) name `gclocals·*`
//!   rodata: an int32 count of bitmaps, an int32 bit count, then the
//!   bitmaps, each `(nbit+7)/8` bytes, one bit per pointer-sized word.
//!   Args bitmaps describe the words from the frame's argp (just above the
//!   return address), locals bitmaps the `nbit` words just below its varp
//!   (the saved-BP slot).
//! * `PCDATA $1, $n` selects bitmap `n` from that pc on; a call uses the
//!   value in effect at the call instruction; -1 (the prologue) means 0.
//! * `FUNCDATA $2` names the frame's stack objects (address-taken
//!   variables): a uintptr count, then per object the int32 offset (from
//!   varp when negative, from argp otherwise), size, pointer bytes, and an
//!   `R_ADDROFF` offset of the object type's pointer bitmap (`gcbits`).
//!   The runtime adjusts their pointer words whether live or not.
//!
//! * Hand-written assembly gets the same maps from the assembler: an ABI0
//!   function's args map is the compiler's `<name>.args_stackmap` from its
//!   Go declaration (bitmap 0: the arguments; bitmap 1: arguments and
//!   results, selected by `GO_RESULTS_INITIALIZED`, i.e. `PCDATA $1, $1`),
//!   and `NO_LOCAL_POINTERS` names two empty locals bitmaps. A frame with
//!   locals and no locals map stops a stack copy (`missing stackmap`).
//!
//! The linker decodes these once (a malformed map is a load error) and
//! keeps one [`FrameInfo`] per function; the stack copier asks it which
//! words of a frame hold pointers.

/// One decoded `gclocals·*` symbol: `n` bitmaps of `nbit` bits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StackMap {
    pub nbit: u32,
    bitmaps: Vec<Vec<u8>>,
}

impl StackMap {
    /// Decodes the symbol's bytes (little-endian int32 n, int32 nbit,
    /// bitmaps).
    pub fn decode(bytes: &[u8]) -> Result<StackMap, String> {
        let word = |at: usize| -> Result<i32, String> {
            let b = bytes
                .get(at..at + 4)
                .ok_or_else(|| format!("stack map of {} bytes has no header", bytes.len()))?;
            Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let (n, nbit) = (word(0)?, word(4)?);
        if n < 0 || nbit < 0 {
            return Err(format!("stack map with {n} bitmaps of {nbit} bits"));
        }
        let len = (nbit as usize).div_ceil(8);
        let need = 8 + n as usize * len;
        if bytes.len() < need {
            return Err(format!(
                "stack map with {n} bitmaps of {nbit} bits needs {need} bytes, has {}",
                bytes.len()
            ));
        }
        let bitmaps = (0..n as usize)
            .map(|i| bytes[8 + i * len..8 + (i + 1) * len].to_vec())
            .collect();
        Ok(StackMap {
            nbit: nbit as u32,
            bitmaps,
        })
    }

    /// How many bitmaps.
    pub fn len(&self) -> usize {
        self.bitmaps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bitmaps.is_empty()
    }

    /// Word indexes with their bit set in bitmap `index` (none for an
    /// index out of range, where Go's runtime would throw).
    pub fn pointer_words(&self, index: usize) -> impl Iterator<Item = u64> + '_ {
        let bm: &[u8] = self.bitmaps.get(index).map_or(&[], |b| b.as_slice());
        let nbit = if bm.is_empty() { 0 } else { self.nbit as u64 };
        (0..nbit).filter(move |&w| bm[(w / 8) as usize] >> (w % 8) & 1 != 0)
    }
}

/// One stack object of a frame (`FUNCDATA $2`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackObject {
    /// From varp when negative, from argp otherwise.
    pub off: i32,
    /// Byte offsets of the pointer words inside the object.
    pub pointers: Vec<u64>,
}

/// What the stack copier knows about one function's frames.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrameInfo {
    /// Bytes the frame occupies below the return address at a call site
    /// (the listing's `$frame`, saved BP included; obj6's `autoffset` for
    /// hand-written assembly).
    pub frame_size: u64,
    /// Argument area size (`$frame-args`).
    pub args_size: u64,
    pub args: Option<StackMap>,
    pub locals: Option<StackMap>,
    pub objects: Vec<StackObject>,
    /// `PCDATA $1` changes: (first instruction index, value), ascending.
    pub map_index: Vec<(u32, i32)>,
}

impl FrameInfo {
    /// The stack map index in effect at instruction `idx` (-1 before any).
    pub fn index_at(&self, idx: u32) -> i32 {
        match self.map_index.partition_point(|&(at, _)| at <= idx) {
            0 => -1,
            k => self.map_index[k - 1].1,
        }
    }
}

/// Decodes a `FUNCDATA $2` symbol: `read(addr, len)` reads rodata (for the
/// objects' gcbits, at `types_base + offset`).
pub fn decode_objects(
    bytes: &[u8],
    types_base: u64,
    read: &dyn Fn(u64, usize) -> Option<Vec<u8>>,
) -> Result<Vec<StackObject>, String> {
    let count = bytes
        .get(..8)
        .map(|b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])))
        .ok_or("stack object table without a count")?;
    let mut out = Vec::new();
    for k in 0..count as usize {
        let rec = bytes
            .get(8 + 16 * k..8 + 16 * (k + 1))
            .ok_or_else(|| format!("stack object table too short for {count} objects"))?;
        let f = |i: usize| i32::from_le_bytes([rec[i], rec[i + 1], rec[i + 2], rec[i + 3]]);
        let (off, ptr_bytes, gcdata) = (f(0), f(8), f(12) as u32);
        let words = (ptr_bytes.max(0) as u64).div_ceil(8);
        let bits = if words == 0 {
            Vec::new()
        } else {
            read(types_base + gcdata as u64, words.div_ceil(8) as usize)
                .ok_or_else(|| format!("stack object {k}: pointer bitmap not in rodata"))?
        };
        let pointers = (0..words)
            .filter(|&w| bits[(w / 8) as usize] >> (w % 8) & 1 != 0)
            .map(|w| w * 8)
            .collect();
        out.push(StackObject { off, pointers });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `main.fill` of a Go 1.27 listing (`go tool compile -S`), a function
    /// `fill(depth int, arr *[16]int, parent *node) int` whose local
    /// `me node` (4 ints, then `next *node`) is address-taken:
    ///
    /// ```text
    /// gclocals·SlSwSWf6pDnB3BW4Msb2Gg== SRODATA dupok size=11 align=0x4
    ///     0x0000 03 00 00 00 03 00 00 00 06 02 00
    /// gclocals·NWwmDUMLCphmk8kxTtwd1A== SRODATA dupok size=11 align=0x4
    ///     0x0000 03 00 00 00 05 00 00 00 00 10 00
    /// main.fill.stkobj SRODATA static size=24 align=0x8
    ///     0x0000 01 00 00 00 00 00 00 00 d8 ff ff ff 28 00 00 00
    ///     0x0010 28 00 00 00 00 00 00 00
    ///     rel 20+4 t=R_ADDROFF runtime.gcbits.1000000000000000+0
    /// ```
    #[test]
    fn bitmaps_from_a_real_listing_decode() {
        let args = StackMap::decode(&[3, 0, 0, 0, 3, 0, 0, 0, 0x06, 0x02, 0x00]).unwrap();
        assert_eq!((args.len(), args.nbit), (3, 3));
        // Entry: arr and parent (words 1, 2); after the call only arr.
        assert_eq!(args.pointer_words(0).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(args.pointer_words(1).collect::<Vec<_>>(), [1]);
        assert_eq!(args.pointer_words(2).count(), 0);
        let locals = StackMap::decode(&[3, 0, 0, 0, 5, 0, 0, 0, 0x00, 0x10, 0x00]).unwrap();
        // At the recursive call: word 4 of 5 below varp, me.next.
        assert_eq!(locals.pointer_words(1).collect::<Vec<_>>(), [4]);
        assert_eq!(locals.pointer_words(3).count(), 0);
        let mut stkobj = vec![
            1, 0, 0, 0, 0, 0, 0, 0, 0xd8, 0xff, 0xff, 0xff, 0x28, 0, 0, 0,
        ];
        stkobj.extend([0x28, 0, 0, 0, 0x40, 0, 0, 0]);
        let read = |a: u64, n: usize| (a == 0x1040 && n == 1).then(|| vec![0x10]);
        let objs = decode_objects(&stkobj, 0x1000, &read).unwrap();
        assert_eq!(
            objs,
            [StackObject {
                off: -40,
                pointers: vec![32]
            }]
        );
    }

    #[test]
    fn malformed_maps_are_errors() {
        assert!(StackMap::decode(&[1, 0, 0]).is_err());
        assert!(StackMap::decode(&[2, 0, 0, 0, 9, 0, 0, 0, 0xff, 0xff, 0xff]).is_err());
        assert!(StackMap::decode(&[0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0]).is_err());
        assert!(decode_objects(&[2, 0, 0, 0, 0, 0, 0, 0], 0, &|_, _| None).is_err());
    }

    #[test]
    fn map_index_follows_pcdata() {
        let f = FrameInfo {
            map_index: vec![(10, 1), (20, 2), (30, -1)],
            ..FrameInfo::default()
        };
        assert_eq!(f.index_at(5), -1);
        assert_eq!(f.index_at(10), 1);
        assert_eq!(f.index_at(25), 2);
        assert_eq!(f.index_at(30), -1);
    }
}
