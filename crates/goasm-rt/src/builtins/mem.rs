//! Allocation, slices and raw memory (runtime/malloc.go, slice.go,
//! mbarrier.go, stubs.go): `newobject`, `mallocgc` and the size-class
//! specialised entry points the compiler calls directly, `makeslice`,
//! `growslice` with Go's exact capacity policy, and the memmove/memclr
//! family. The heap is goasm's bump allocator (memory comes zeroed), so
//! `needzero` never costs anything; capacities still follow Go's size
//! classes because programs print `cap()`.

use crate::Runtime;
use crate::builtins::{BuiltinFn, int_reg};
use crate::types;
use goasm_vm::memory::Fault;
use goasm_vm::{Flow, Machine};

/// Integer argument `i` (ABIInternal order AX BX CX DI SI R8 ...).
pub fn arg(m: &Machine, i: u8) -> u64 {
    m.cpu.gp[int_reg(i)]
}

/// Sets integer result `i`.
pub fn ret(m: &mut Machine, i: u8, v: u64) {
    m.cpu.gp[int_reg(i)] = v;
}

/// `maxAlloc` on linux/amd64: the 48-bit heap address space.
pub const MAX_ALLOC: u64 = 1 << 48;
const MAX_SMALL_SIZE: u64 = 32768;
const MALLOC_HEADER_SIZE: u64 = 8;
/// Objects with pointers larger than this carry a malloc header.
const MIN_SIZE_FOR_MALLOC_HEADER: u64 = 8 * 64;
const PAGE_SIZE: u64 = 8192;

/// Go's small-object size classes (internal/runtime/gc/sizeclasses.go);
/// every class above 1024 is 1024 plus a multiple of 128 and every class is
/// a multiple of 8, so "the smallest class that fits" is exactly what Go's
/// two lookup tables compute.
const SIZE_CLASSES: [u16; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// `roundupsize`: the usable size of the block mallocgc hands out for a
/// request of `size` bytes (minus the malloc header, if the object has one).
pub fn roundupsize(size: u64, noscan: bool) -> u64 {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let mut req = size;
        if !noscan && req > MIN_SIZE_FOR_MALLOC_HEADER {
            req += MALLOC_HEADER_SIZE;
        }
        if req == 0 {
            return 0; // size class 0
        }
        let class = SIZE_CLASSES
            .iter()
            .map(|&c| u64::from(c))
            .find(|&c| c >= req)
            .unwrap_or(MAX_SMALL_SIZE);
        return class - (req - size);
    }
    match size.checked_add(PAGE_SIZE - 1) {
        Some(r) => r & !(PAGE_SIZE - 1),
        None => size,
    }
}

/// `nextslicecap`: double small slices, then grow by ~1.25x with a smooth
/// transition from 256 elements.
pub fn nextslicecap(new_len: i64, old_cap: i64) -> i64 {
    let mut newcap = old_cap;
    let doublecap = newcap.wrapping_add(newcap);
    if new_len > doublecap {
        return new_len;
    }
    const THRESHOLD: i64 = 256;
    if old_cap < THRESHOLD {
        return doublecap;
    }
    loop {
        newcap = newcap.wrapping_add((newcap.wrapping_add(3 * THRESHOLD)) >> 2);
        if newcap as u64 >= new_len as u64 {
            break;
        }
    }
    if newcap <= 0 { new_len } else { newcap }
}

/// The capacity (in elements) and byte size growslice allocates, or `None`
/// when Go panics with "growslice: len out of range".
pub fn grow_plan(new_len: i64, old_cap: i64, elem_size: u64, noscan: bool) -> Option<(u64, u64)> {
    if new_len < 0 {
        return None;
    }
    let newcap = nextslicecap(new_len, old_cap) as u64;
    let (capmem, overflow) = newcap.overflowing_mul(elem_size);
    let overflow = overflow || newcap > MAX_ALLOC / elem_size;
    let capmem = roundupsize(capmem, noscan);
    let newcap = capmem / elem_size;
    let capmem = newcap * elem_size;
    if overflow || capmem > MAX_ALLOC {
        return None;
    }
    Some((newcap, capmem))
}

/// Address of `runtime.zerobase`, what zero-size allocations return.
fn zerobase(m: &mut Machine) -> Result<u64, Fault> {
    match m.image.data.iter().find(|d| d.name == "runtime.zerobase") {
        Some(d) => Ok(d.addr),
        None => m.alloc(8),
    }
}

/// `mallocgc`: zeroed heap memory (zero-size requests share zerobase).
pub fn malloc(m: &mut Machine, size: u64) -> Result<u64, Fault> {
    if size == 0 {
        return zerobase(m);
    }
    if size > MAX_ALLOC {
        return Err(Fault::OutOfMemory);
    }
    m.alloc(size)
}

/// Copies `n` bytes, overlapping regions allowed (memmove semantics).
pub fn memmove(m: &mut Machine, dst: u64, src: u64, n: u64) -> Result<(), Fault> {
    if n == 0 || dst == src {
        return Ok(());
    }
    if n > 1 << 32 {
        return Err(Fault::Unmapped { addr: src });
    }
    let mut buf = vec![0u8; n as usize];
    m.mem.read_bytes(src, &mut buf)?;
    m.mem.write_bytes(dst, &buf)
}

/// Zeroes `n` bytes.
pub fn memclr(m: &mut Machine, ptr: u64, n: u64) -> Result<(), Fault> {
    const CHUNK: u64 = 1 << 16;
    let zeros = vec![0u8; CHUNK.min(n) as usize];
    let mut done = 0;
    while done < n {
        let k = CHUNK.min(n - done);
        m.mem.write_bytes(ptr + done, &zeros[..k as usize])?;
        done += k;
    }
    Ok(())
}

/// A type descriptor's size and whether it holds pointers.
pub fn type_info(m: &Machine, typ: u64) -> Result<(u64, bool), Fault> {
    let size = m.mem.read(typ + types::SIZE, 8)?;
    let ptrdata = m.mem.read(typ + types::PTRDATA, 8)?;
    Ok((size, ptrdata != 0))
}

/// A runtime-error panic raised inside the runtime
/// (`panic(errorString(msg))`, printed as `runtime error: msg`): an
/// ordinary Go panic, recoverable as a `runtime.Error`.
pub fn runtime_panic(rt: &mut Runtime, m: &mut Machine, msg: &str) -> Result<Flow, Fault> {
    let site = super::panic::call_site(m);
    super::panic::runtime_error(rt, m, msg, site, None)
}

fn mallocgc(_: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let p = malloc(m, arg(m, 0))?;
    ret(m, 0, p);
    Ok(Flow::Return)
}

fn newobject(_: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (size, _) = type_info(m, arg(m, 0))?;
    let p = malloc(m, size)?;
    ret(m, 0, p);
    Ok(Flow::Return)
}

/// `makeslice(et, len, cap)`; makeslice64 has the same checks on amd64.
fn makeslice(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (size, _) = type_info(m, arg(m, 0))?;
    let (len, cap) = (arg(m, 1) as i64, arg(m, 2) as i64);
    let bytes = |n: i64| {
        (n as u64)
            .checked_mul(size)
            .filter(|&b| b <= MAX_ALLOC && n >= 0)
    };
    let Some(mem) = bytes(cap).filter(|_| len >= 0 && len <= cap) else {
        return match bytes(len) {
            None => runtime_panic(rt, m, "makeslice: len out of range"),
            Some(_) => runtime_panic(rt, m, "makeslice: cap out of range"),
        };
    };
    let p = malloc(m, mem)?;
    ret(m, 0, p);
    Ok(Flow::Return)
}

/// `makeslicecopy(et, tolen, fromlen, from)`: make + copy in one call.
fn makeslicecopy(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (size, _) = type_info(m, arg(m, 0))?;
    let (tolen, fromlen, from) = (arg(m, 1), arg(m, 2), arg(m, 3));
    let (tomem, copymem) = if tolen > fromlen {
        match tolen.checked_mul(size) {
            Some(t) if t <= MAX_ALLOC && (tolen as i64) >= 0 => (t, size.wrapping_mul(fromlen)),
            _ => return runtime_panic(rt, m, "makeslice: len out of range"),
        }
    } else {
        let t = size.wrapping_mul(tolen);
        (t, t)
    };
    let to = malloc(m, tomem)?;
    memmove(m, to, from, copymem)?;
    ret(m, 0, to);
    Ok(Flow::Return)
}

/// `growslice(oldPtr, newLen, oldCap, num, et) slice`, result in AX BX CX.
fn growslice(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (old_ptr, new_len, old_cap, num, et) =
        (arg(m, 0), arg(m, 1), arg(m, 2), arg(m, 3), arg(m, 4));
    let (new_len, old_cap) = (new_len as i64, old_cap as i64);
    let old_len = new_len.wrapping_sub(num as i64);
    let (size, pointers) = type_info(m, et)?;
    if new_len < 0 {
        return runtime_panic(rt, m, "growslice: len out of range");
    }
    if size == 0 {
        let z = zerobase(m)?;
        ret(m, 0, z);
        ret(m, 1, new_len as u64);
        ret(m, 2, new_len as u64);
        return Ok(Flow::Return);
    }
    let Some((newcap, capmem)) = grow_plan(new_len, old_cap, size, !pointers) else {
        return runtime_panic(rt, m, "growslice: len out of range");
    };
    let p = malloc(m, capmem)?;
    memmove(m, p, old_ptr, (old_len as u64).wrapping_mul(size))?;
    ret(m, 0, p);
    ret(m, 1, new_len as u64);
    ret(m, 2, newcap);
    Ok(Flow::Return)
}

/// `moveSliceNoCap(et, old, len)` / `moveSliceNoCapNoScan(elemSize, old,
/// len)`: copy a stack-backed slice to the heap with a size-class capacity.
fn move_slice_no_cap(m: &mut Machine, size: u64, noscan: bool) -> Result<Flow, Fault> {
    let (old, len) = (arg(m, 1), arg(m, 2));
    if len == 0 {
        let p = if old != 0 { zerobase(m)? } else { 0 };
        ret(m, 0, p);
        ret(m, 1, 0);
        ret(m, 2, 0);
        return Ok(Flow::Return);
    }
    let lenmem = len.checked_mul(size).ok_or(Fault::OutOfMemory)?;
    let capmem = roundupsize(lenmem, noscan);
    let cap = capmem.checked_div(size).unwrap_or(0);
    let p = malloc(m, cap * size)?;
    memmove(m, p, old, lenmem)?;
    ret(m, 0, p);
    ret(m, 1, len);
    ret(m, 2, cap);
    Ok(Flow::Return)
}

const MALLOC_SIG: &str = "func(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer";

pub const BUILTINS: &[(&str, &str, BuiltinFn)] = &[
    ("runtime.mallocgc", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcTinySC1", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcTinySC2", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcTinySlowPath", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallNoScanSC2", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallNoScanSC3", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallNoScanSC4", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallNoScanSC5", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallNoScanSC6", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallNoScanSC7", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallNoScanSlowPath", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallScanNoHeaderSC1", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallScanNoHeaderSC2", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallScanNoHeaderSC3", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallScanNoHeaderSC4", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallScanNoHeaderSC5", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallScanNoHeaderSC6", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallScanNoHeaderSC7", MALLOC_SIG, mallocgc),
    ("runtime.mallocgcSmallScanSlowPath", MALLOC_SIG, mallocgc),
    (
        "runtime.newobject",
        "func(typ unsafe.Pointer) unsafe.Pointer",
        newobject,
    ),
    (
        "runtime.makeslice",
        "func(et unsafe.Pointer, len, cap int) unsafe.Pointer",
        makeslice,
    ),
    (
        "runtime.makeslice64",
        "func(et unsafe.Pointer, len64, cap64 int64) unsafe.Pointer",
        makeslice,
    ),
    (
        "runtime.makeslicecopy",
        "func(et unsafe.Pointer, tolen int, fromlen int, from unsafe.Pointer) unsafe.Pointer",
        makeslicecopy,
    ),
    (
        "runtime.growslice",
        "func(oldPtr unsafe.Pointer, newLen, oldCap, num int, et unsafe.Pointer) []byte",
        growslice,
    ),
    (
        "runtime.growsliceNoAlias",
        "func(oldPtr unsafe.Pointer, newLen, oldCap, num int, et unsafe.Pointer) []byte",
        growslice,
    ),
    (
        "runtime.moveSliceNoCap",
        "func(et unsafe.Pointer, old unsafe.Pointer, len int) (unsafe.Pointer, int, int)",
        |_, m| {
            let (size, pointers) = type_info(m, arg(m, 0))?;
            move_slice_no_cap(m, size, !pointers)
        },
    ),
    (
        "runtime.moveSliceNoCapNoScan",
        "func(elemSize uintptr, old unsafe.Pointer, len int) (unsafe.Pointer, int, int)",
        |_, m| move_slice_no_cap(m, arg(m, 0), true),
    ),
    (
        "runtime.memmove",
        "func(to, from unsafe.Pointer, n uintptr)",
        |_, m| memmove(m, arg(m, 0), arg(m, 1), arg(m, 2)).map(|()| Flow::Return),
    ),
    (
        "runtime.memclrNoHeapPointers",
        "func(ptr unsafe.Pointer, n uintptr)",
        |_, m| memclr(m, arg(m, 0), arg(m, 1)).map(|()| Flow::Return),
    ),
    (
        "runtime.memclrHasPointers",
        "func(ptr unsafe.Pointer, n uintptr)",
        |_, m| memclr(m, arg(m, 0), arg(m, 1)).map(|()| Flow::Return),
    ),
    (
        "runtime.typedmemmove",
        "func(typ unsafe.Pointer, dst, src unsafe.Pointer)",
        |_, m| {
            let (size, _) = type_info(m, arg(m, 0))?;
            memmove(m, arg(m, 1), arg(m, 2), size).map(|()| Flow::Return)
        },
    ),
    (
        "runtime.typedmemclr",
        "func(typ unsafe.Pointer, ptr unsafe.Pointer)",
        |_, m| {
            let (size, _) = type_info(m, arg(m, 0))?;
            memclr(m, arg(m, 1), size).map(|()| Flow::Return)
        },
    ),
    (
        "runtime.typedslicecopy",
        "func(typ unsafe.Pointer, dstPtr unsafe.Pointer, dstLen int, srcPtr unsafe.Pointer, srcLen int) int",
        |_, m| {
            let (size, _) = type_info(m, arg(m, 0))?;
            let (dst, dst_len, src, src_len) = (arg(m, 1), arg(m, 2), arg(m, 3), arg(m, 4));
            let n = (dst_len as i64).min(src_len as i64).max(0) as u64;
            memmove(m, dst, src, n.wrapping_mul(size))?;
            ret(m, 0, n);
            Ok(Flow::Return)
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The capacities `slice_append_growth` prints when appending 2000 ints
    /// one at a time, as real Go printed them.
    #[test]
    fn growslice_capacity_sequence_matches_go() {
        let expected = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../testdata/expected/slice_append_growth.stderr"
        ))
        .unwrap();
        let want: Vec<u64> = expected
            .lines()
            .next()
            .unwrap()
            .split_whitespace()
            .map(|w| w.parse().unwrap())
            .collect();
        // The compiler backs the first append of a non-escaping slice with
        // a 32-byte stack buffer (cap 4 ints, see the listing); growslice
        // takes over from there.
        let (mut len, mut cap, mut got) = (0i64, 4i64, vec![4u64]);
        for _ in 0..2000 {
            len += 1;
            if len > cap {
                cap = grow_plan(len, cap, 8, true).unwrap().0 as i64;
                got.push(cap as u64);
            }
        }
        assert_eq!(got, want);
        assert_eq!(want[..4], [4, 8, 16, 32][..], "fixture sanity");
    }

    #[test]
    fn size_classes_and_headers() {
        assert_eq!(roundupsize(0, true), 0);
        assert_eq!(roundupsize(1, true), 8);
        assert_eq!(roundupsize(33, true), 48);
        assert_eq!(roundupsize(1017, true), 1024);
        assert_eq!(roundupsize(1025, true), 1152);
        // A pointerful object over 512 bytes pays an 8-byte malloc header.
        assert_eq!(roundupsize(640, false), 696);
        assert_eq!(roundupsize(640, true), 640);
        assert_eq!(roundupsize(32768, true), 32768);
        assert_eq!(roundupsize(40000, true), 40960);
        // 40-byte structs: 64 elements (2560 bytes) round up to 2688, so
        // cap 67, then 134; slice_append_growth prints 134 after 100 appends.
        let (mut len, mut cap) = (0i64, 0i64);
        for _ in 0..100 {
            len += 1;
            if len > cap {
                cap = grow_plan(len, cap, 40, true).unwrap().0 as i64;
            }
        }
        assert_eq!(cap, 134);
        assert_eq!(grow_plan(-1, 0, 8, true), None);
        assert_eq!(grow_plan(1 << 50, 0, 8, true), None);
    }
}
