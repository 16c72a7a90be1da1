//! Guest memory: one flat 64-bit address space made of regions (text,
//! rodata, data, bss, heap, goroutine stacks), each with permissions. Every
//! access is bounds- and permission-checked; a bad access is a [`Fault`],
//! which the interpreter reports as a guest event, never a host panic.

use std::cell::Cell;

/// Where the sections live. All static addresses fit in 31 bits so a
/// `sym(SB)` displacement fits the IR's `i32`.
pub const TEXT_BASE: u64 = 0x0040_0000;
pub const RODATA_BASE: u64 = 0x0100_0000;
/// Base of the 4-byte `nameOff`/`typeOff` offsets in type descriptors
/// (Go's `moduledata.types`): rodata, where every descriptor and name lives.
pub const TYPES_BASE: u64 = RODATA_BASE;
pub const HEAP_BASE: u64 = 0xc0_0000_0000;
pub const STACK_BASE: u64 = 0xc1_0000_0000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Perm {
    pub read: bool,
    pub write: bool,
    pub exec: bool,
}

impl Perm {
    pub const RX: Perm = Perm {
        read: true,
        write: false,
        exec: true,
    };
    pub const R: Perm = Perm {
        read: true,
        write: false,
        exec: false,
    };
    pub const RW: Perm = Perm {
        read: true,
        write: true,
        exec: false,
    };
}

/// What went wrong with an access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// No region maps the address.
    Unmapped { addr: u64 },
    /// Writing read-only memory (text, rodata).
    ReadOnly { addr: u64 },
    /// Integer divide error (#DE).
    DivideError,
    /// An SSE aligned access (MOVO/MOVAPS) to a misaligned address (#GP).
    Misaligned { addr: u64 },
    /// Control went to an address that holds no instruction.
    BadJump { addr: u64 },
    /// The guest asked for more memory than --max-memory allows.
    OutOfMemory,
    /// The goroutine stack would exceed Go's 1 GB limit.
    StackOverflow,
}

#[derive(Clone, Debug)]
pub struct Region {
    pub name: &'static str,
    pub base: u64,
    pub data: Vec<u8>,
    pub perm: Perm,
}

/// A region seen by the block compiler (see [`Memory::raw_region`]).
pub(crate) struct RawRegion {
    pub base: u64,
    pub len: u64,
    pub ptr: *mut u8,
    pub readable: bool,
    pub writable: bool,
}

/// The address space.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    regions: Vec<Region>,
    /// Two recently used regions (a miss replaces the older): guest code
    /// mostly alternates between its stack and one other region.
    last: Cell<[usize; 2]>,
    /// Bytes currently mapped.
    pub mapped: u64,
    /// Upper bound on `mapped`.
    pub limit: u64,
    /// Changes whenever a region is mapped, removed or resized, which may
    /// move its bytes: the block compiler's cached host addresses are
    /// valid while this stays the same.
    generation: Generation,
}

/// A number no other memory state has had: drawn afresh on every change
/// and for every clone (whose bytes live elsewhere), so a cache keyed by it
/// can never be used with the wrong address space.
#[derive(Debug)]
struct Generation(u64);

impl Generation {
    fn fresh() -> Generation {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Generation(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

impl Default for Generation {
    fn default() -> Generation {
        Generation::fresh()
    }
}

impl Clone for Generation {
    fn clone(&self) -> Generation {
        Generation::fresh()
    }
}

impl Memory {
    pub fn new(limit: u64) -> Memory {
        Memory {
            limit,
            ..Memory::default()
        }
    }

    /// Maps a region; fails when the memory limit would be exceeded.
    pub fn map(&mut self, region: Region) -> Result<(), Fault> {
        let len = region.data.len() as u64;
        if self.mapped + len > self.limit {
            return Err(Fault::OutOfMemory);
        }
        self.mapped += len;
        self.generation = Generation::fresh();
        self.regions.push(region);
        Ok(())
    }

    /// Removes the region starting at `base`.
    pub fn unmap(&mut self, base: u64) {
        if let Some(i) = self.regions.iter().position(|r| r.base == base) {
            self.mapped -= self.regions[i].data.len() as u64;
            self.regions.swap_remove(i);
            self.generation = Generation::fresh();
            self.last.set([0, 0]);
        }
    }

    /// Grows the region at `base` by `extra` zero bytes (the heap).
    pub fn grow(&mut self, base: u64, extra: u64) -> Result<(), Fault> {
        if self.mapped + extra > self.limit {
            return Err(Fault::OutOfMemory);
        }
        let r = self
            .regions
            .iter_mut()
            .find(|r| r.base == base)
            .ok_or(Fault::Unmapped { addr: base })?;
        r.data.resize(r.data.len() + extra as usize, 0);
        self.mapped += extra;
        self.generation = Generation::fresh();
        Ok(())
    }

    #[inline(always)]
    fn find(&self, addr: u64, len: u64) -> Option<usize> {
        // `addr >= base && addr + len <= end`, in two compares: an address
        // below the base wraps to a huge offset.
        let hit = |r: &Region| {
            let size = r.data.len() as u64;
            len <= size && addr.wrapping_sub(r.base) <= size - len
        };
        let [first, second] = self.last.get();
        if let Some(r) = self.regions.get(first)
            && hit(r)
        {
            return Some(first);
        }
        // No reordering on a hit: code that alternates between its stack and
        // one other region hits both entries without writing the cache.
        if let Some(r) = self.regions.get(second)
            && hit(r)
        {
            return Some(second);
        }
        self.find_slow(first, hit)
    }

    #[cold]
    #[inline(never)]
    fn find_slow(&self, first: usize, hit: impl Fn(&Region) -> bool) -> Option<usize> {
        let i = self.regions.iter().position(hit)?;
        self.last.set([i, first]);
        Some(i)
    }

    /// The region holding all of `[addr, addr + len)`, as the block
    /// compiler needs it (see `jit`): its guest base and size, the host
    /// address of its first byte and its permissions.
    pub(crate) fn raw_region(&mut self, addr: u64, len: u64) -> Option<RawRegion> {
        let i = self.find(addr, len)?;
        let r = &mut self.regions[i];
        Some(RawRegion {
            base: r.base,
            len: r.data.len() as u64,
            ptr: r.data.as_mut_ptr(),
            readable: r.perm.read,
            writable: r.perm.write,
        })
    }

    /// See the field: changes whenever host addresses of guest bytes may.
    pub(crate) fn generation(&self) -> u64 {
        self.generation.0
    }

    /// The region holding `addr`, if any.
    pub fn region_of(&self, addr: u64) -> Option<&Region> {
        self.find(addr, 1).map(|i| &self.regions[i])
    }

    pub fn read_bytes(&self, addr: u64, out: &mut [u8]) -> Result<(), Fault> {
        let i = self
            .find(addr, out.len() as u64)
            .ok_or(Fault::Unmapped { addr })?;
        let r = &self.regions[i];
        if !r.perm.read {
            return Err(Fault::Unmapped { addr });
        }
        let off = (addr - r.base) as usize;
        out.copy_from_slice(&r.data[off..off + out.len()]);
        Ok(())
    }

    pub fn write_bytes(&mut self, addr: u64, src: &[u8]) -> Result<(), Fault> {
        let i = self
            .find(addr, src.len() as u64)
            .ok_or(Fault::Unmapped { addr })?;
        let r = &mut self.regions[i];
        if !r.perm.write {
            return Err(Fault::ReadOnly { addr });
        }
        let off = (addr - r.base) as usize;
        r.data[off..off + src.len()].copy_from_slice(src);
        Ok(())
    }

    /// Loads `size` (1, 2, 4, 8) bytes little-endian, zero-extended.
    #[inline(always)]
    pub fn read(&self, addr: u64, size: u8) -> Result<u64, Fault> {
        let fault = Fault::Unmapped { addr };
        let i = self.find(addr, size as u64).ok_or(fault)?;
        let r = &self.regions[i];
        if !r.perm.read {
            return Err(fault);
        }
        let s = r.data.get((addr - r.base) as usize..).ok_or(fault)?;
        let v = match size {
            8 => s.first_chunk::<8>().map(|b| u64::from_le_bytes(*b)),
            4 => s.first_chunk::<4>().map(|b| u32::from_le_bytes(*b) as u64),
            2 => s.first_chunk::<2>().map(|b| u16::from_le_bytes(*b) as u64),
            _ => s.first().map(|&b| b as u64),
        };
        v.ok_or(fault)
    }

    #[inline(always)]
    pub fn write(&mut self, addr: u64, size: u8, v: u64) -> Result<(), Fault> {
        let i = self
            .find(addr, size as u64)
            .ok_or(Fault::Unmapped { addr })?;
        let r = &mut self.regions[i];
        if !r.perm.write {
            return Err(Fault::ReadOnly { addr });
        }
        let off = (addr - r.base) as usize;
        let s = r.data.get_mut(off..).ok_or(Fault::Unmapped { addr })?;
        let ok = match size {
            8 => s.first_chunk_mut::<8>().map(|b| *b = v.to_le_bytes()),
            4 => s
                .first_chunk_mut::<4>()
                .map(|b| *b = (v as u32).to_le_bytes()),
            2 => s
                .first_chunk_mut::<2>()
                .map(|b| *b = (v as u16).to_le_bytes()),
            _ => s.first_mut().map(|b| *b = v as u8),
        };
        ok.ok_or(Fault::Unmapped { addr })
    }

    pub fn read_u128(&self, addr: u64) -> Result<u128, Fault> {
        let mut b = [0u8; 16];
        self.read_bytes(addr, &mut b)?;
        Ok(u128::from_le_bytes(b))
    }

    pub fn write_u128(&mut self, addr: u64, v: u128) -> Result<(), Fault> {
        self.write_bytes(addr, &v.to_le_bytes())
    }

    /// Writes ignoring permissions (the loader initialising rodata).
    pub fn poke(&mut self, addr: u64, src: &[u8]) -> Result<(), Fault> {
        let i = self
            .find(addr, src.len() as u64)
            .ok_or(Fault::Unmapped { addr })?;
        let r = &mut self.regions[i];
        let off = (addr - r.base) as usize;
        r.data[off..off + src.len()].copy_from_slice(src);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permissions_and_bounds_are_checked() {
        let mut m = Memory::new(1 << 20);
        m.map(Region {
            name: "rodata",
            base: 0x1000,
            data: vec![1, 2, 3, 4],
            perm: Perm::R,
        })
        .unwrap();
        m.map(Region {
            name: "data",
            base: 0x2000,
            data: vec![0; 16],
            perm: Perm::RW,
        })
        .unwrap();
        assert_eq!(m.read(0x1000, 4), Ok(0x0403_0201));
        assert_eq!(m.read(0x1002, 4), Err(Fault::Unmapped { addr: 0x1002 }));
        assert_eq!(m.write(0x1000, 1, 9), Err(Fault::ReadOnly { addr: 0x1000 }));
        m.write(0x2008, 8, u64::MAX).unwrap();
        assert_eq!(m.read(0x200c, 4), Ok(0xffff_ffff));
        assert_eq!(
            m.read(u64::MAX - 2, 8),
            Err(Fault::Unmapped { addr: u64::MAX - 2 })
        );
        assert!(
            m.map(Region {
                name: "big",
                base: 0x9000_0000,
                data: vec![0; 1 << 21],
                perm: Perm::RW
            })
            .is_err()
        );
    }

    #[test]
    fn the_region_cache_keeps_permissions_and_forgets_unmapped_and_grown_regions() {
        let region = |base, len, perm| Region {
            name: "r",
            base,
            data: vec![7; len],
            perm,
        };
        let mut m = Memory::new(1 << 20);
        m.map(region(0x1000, 16, Perm::R)).unwrap();
        m.map(region(0x2000, 16, Perm::RW)).unwrap();
        m.map(region(0x3000, 16, Perm::RW)).unwrap();
        // A cached read does not make the region writable.
        assert_eq!(m.read(0x1000, 8), Ok(0x0707_0707_0707_0707));
        assert_eq!(m.write(0x1000, 1, 0), Err(Fault::ReadOnly { addr: 0x1000 }));
        // More regions than cache entries, in turn: all still reachable.
        for _ in 0..3 {
            for base in [0x1000u64, 0x2000, 0x3000] {
                assert_eq!(m.read(base + 8, 8), Ok(0x0707_0707_0707_0707));
            }
        }
        m.write(0x3000, 8, 42).unwrap();
        // Unmapping moves another region into the freed index: the cache
        // must not send 0x1000 or 0x3000 to the wrong region.
        m.unmap(0x1000);
        assert_eq!(m.read(0x1000, 1), Err(Fault::Unmapped { addr: 0x1000 }));
        assert_eq!(m.read(0x3000, 8), Ok(42));
        // Growing a region makes its new bytes reachable.
        assert_eq!(m.read(0x2010, 1), Err(Fault::Unmapped { addr: 0x2010 }));
        m.grow(0x2000, 16).unwrap();
        assert_eq!(m.read(0x2010, 1), Ok(0));
        let mut buf = [0u8; 4];
        assert_eq!(
            m.read_bytes(0x201e, &mut buf),
            Err(Fault::Unmapped { addr: 0x201e })
        );
        assert_eq!(m.write_bytes(0x2000, &[1, 2]), Ok(()));
        assert_eq!(m.read(0x2000, 2), Ok(0x0201));
    }

    /// A goroutine stack is one region: beyond its guest bytes the VM keeps
    /// only this record for it (issue #7 allows 1 KiB).
    #[test]
    fn a_stack_costs_the_vm_one_small_record() {
        assert!(std::mem::size_of::<Region>() <= 64);
    }
}
