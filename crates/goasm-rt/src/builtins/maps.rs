//! The map builtins (runtime/map*.go): creation, lookup, assignment (which
//! returns the element slot compiled code then writes), deletion, clear and
//! iteration, over the tables in [`crate::maps`]. The `_fast32`, `_fast64`
//! and `_faststr` forms take the key by value; the generic forms take a
//! pointer to it. All forms of one key type agree on the canonical key.

use crate::Runtime;
use crate::builtins::iface::{raise, zero_block};
use crate::builtins::{BuiltinFn, int_reg};
use crate::maps::key::{self, Canon};
use crate::maps::{
    ITER_CURSOR, ITER_ELEM, ITER_KEY, ITER_MAP, ITER_TYP, MAP_HEADER_SIZE, MAP_USED,
};
use crate::typeread;
use goasm_vm::memory::Fault;
use goasm_vm::{Flow, Machine};

fn arg(m: &Machine, i: u8) -> u64 {
    m.cpu.gp[int_reg(i)]
}

fn ret(m: &mut Machine, i: u8, v: u64) {
    m.cpu.gp[int_reg(i)] = v;
}

/// How the key is passed.
const PTR: u8 = 0;
const U32: u8 = 1;
const U64: u8 = 2;
const STR: u8 = 3;

/// Offsets in `abi.MapType`.
const MT_KEY: u64 = 48;
const MT_ELEM: u64 = 56;

/// A map type's key and element layout.
struct Layout {
    key_size: u64,
    elem_off: u64,
    elem_size: u64,
}

fn layout(m: &Machine, mt: u64) -> Result<Layout, Fault> {
    let kt = m.mem.read(mt + MT_KEY, 8)?;
    let et = m.mem.read(mt + MT_ELEM, 8)?;
    let key_size = typeread::size(m, kt)?.min(1 << 30);
    let align = typeread::align(m, et)?;
    Ok(Layout {
        key_size,
        elem_off: key_size.div_ceil(align) * align,
        elem_size: typeread::size(m, et)?.min(1 << 30),
    })
}

/// The key argument (third), as (canonical form, bytes to store).
fn key_arg<const F: u8>(m: &Machine, mt: u64, lay: &Layout) -> Result<(Canon, Vec<u8>), Fault> {
    let v = arg(m, 2);
    Ok(match F {
        U32 => {
            let raw = (v as u32).to_le_bytes().to_vec();
            (Canon::Key(raw.clone()), raw)
        }
        U64 => {
            let raw = v.to_le_bytes().to_vec();
            (Canon::Key(raw.clone()), raw)
        }
        STR => {
            let len = arg(m, 3);
            let mut content = vec![0u8; len.min(1 << 30) as usize];
            if len > 0 {
                m.mem.read_bytes(v, &mut content)?;
            }
            let mut raw = v.to_le_bytes().to_vec();
            raw.extend_from_slice(&len.to_le_bytes());
            (Canon::Key(key::string_key(&content)), raw)
        }
        _ => {
            let kt = m.mem.read(mt + MT_KEY, 8)?;
            let mut raw = vec![0u8; lay.key_size as usize];
            if !raw.is_empty() {
                m.mem.read_bytes(v, &mut raw)?;
            }
            (key::canon(m, kt, v)?, raw)
        }
    })
}

fn unhashable(rt: &mut Runtime, m: &mut Machine, name: &str) -> Result<Flow, Fault> {
    raise(
        rt,
        m,
        &format!("runtime error: hash of unhashable type {name}"),
    )
}

/// `mapaccess1*` (`TWO` = false) and `mapaccess2*`: the element's address
/// or the zero value's, and whether the key was there.
fn access<const F: u8, const TWO: bool>(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (mt, h) = (arg(m, 0), arg(m, 1));
    let lay = layout(m, mt)?;
    let mut found = None;
    if let Some(t) = rt.maps.existing(m, h)?
        && !t.is_empty()
    {
        match key_arg::<F>(m, mt, &lay)?.0 {
            Canon::Key(k) => found = t.get(&k),
            Canon::NaN => {}
            Canon::Unhashable(n) => return unhashable(rt, m, &n),
        }
    }
    let p = match found {
        Some(slot) => slot + lay.elem_off,
        None => zero_block(rt, m, lay.elem_size)?,
    };
    ret(m, 0, p);
    if TWO {
        ret(m, 1, found.is_some() as u64);
    }
    Ok(Flow::Return)
}

/// `mapassign*`: the element slot for the key, made if new.
fn assign<const F: u8>(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (mt, h) = (arg(m, 0), arg(m, 1));
    if h == 0 {
        return raise(rt, m, "assignment to entry in nil map");
    }
    let lay = layout(m, mt)?;
    let (canon, raw) = key_arg::<F>(m, mt, &lay)?;
    let k = match canon {
        Canon::Key(k) => Some(k),
        Canon::NaN => None,
        Canon::Unhashable(n) => return unhashable(rt, m, &n),
    };
    let existing = match &k {
        Some(k) => rt.maps.table(m, h)?.get(k),
        None => None,
    };
    let slot = match existing {
        Some(slot) => slot,
        None => {
            // A zero-size element still gets an address inside the slot.
            let slot = m.alloc(lay.elem_off + lay.elem_size.max(1))?;
            let t = rt.maps.table(m, h)?;
            t.insert(k, slot);
            let n = t.len();
            m.mem.write(h + MAP_USED, 8, n)?;
            slot
        }
    };
    // The stored key follows the latest assignment (+0 after -0, say).
    m.mem.write_bytes(slot, &raw)?;
    ret(m, 0, slot + lay.elem_off);
    Ok(Flow::Return)
}

/// `mapdelete*`.
fn delete<const F: u8>(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (mt, h) = (arg(m, 0), arg(m, 1));
    if rt.maps.existing(m, h)?.is_none() {
        return Ok(Flow::Return);
    }
    let lay = layout(m, mt)?;
    match key_arg::<F>(m, mt, &lay)?.0 {
        Canon::Key(k) => {
            let t = rt.maps.table(m, h)?;
            t.remove(&k);
            let n = t.len();
            m.mem.write(h + MAP_USED, 8, n)?;
        }
        Canon::NaN => {}
        Canon::Unhashable(n) => return unhashable(rt, m, &n),
    }
    Ok(Flow::Return)
}

/// `mapclear(t, m)`.
fn clear(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let h = arg(m, 1);
    if rt.maps.existing(m, h)?.is_some() {
        rt.maps.table(m, h)?.clear();
        m.mem.write(h + MAP_USED, 8, 0)?;
    }
    Ok(Flow::Return)
}

/// `makemap(t, hint, m)`: uses the caller's header when it passes one.
fn makemap(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let mut h = arg(m, 2);
    if h == 0 {
        h = m.alloc(MAP_HEADER_SIZE)?;
    }
    rt.maps.table(m, h)?;
    ret(m, 0, h);
    Ok(Flow::Return)
}

fn makemap_small(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let h = m.alloc(MAP_HEADER_SIZE)?;
    rt.maps.table(m, h)?;
    ret(m, 0, h);
    Ok(Flow::Return)
}

/// Moves the iterator at `it` to the next live entry, or ends it (nil key).
fn advance(rt: &mut Runtime, m: &mut Machine, it: u64) -> Result<(), Fault> {
    let h = m.mem.read(it + ITER_MAP, 8)?;
    let cursor = m.mem.read(it + ITER_CURSOR, 8)?;
    let next = match rt.maps.existing(m, h)? {
        Some(t) => t.next(cursor),
        None => None,
    };
    match next {
        Some((i, slot)) => {
            let lay = layout(m, m.mem.read(it + ITER_TYP, 8)?)?;
            m.mem.write(it + ITER_KEY, 8, slot)?;
            m.mem.write(it + ITER_ELEM, 8, slot + lay.elem_off)?;
            m.mem.write(it + ITER_CURSOR, 8, i + 1)?;
        }
        None => {
            m.mem.write(it + ITER_KEY, 8, 0)?;
            m.mem.write(it + ITER_ELEM, 8, 0)?;
        }
    }
    Ok(())
}

/// `mapIterStart(t, m, it)`.
fn iter_start(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (mt, h, it) = (arg(m, 0), arg(m, 1), arg(m, 2));
    m.mem.write(it + ITER_TYP, 8, mt)?;
    m.mem.write(it + ITER_MAP, 8, h)?;
    m.mem.write(it + ITER_CURSOR, 8, 0)?;
    advance(rt, m, it)?;
    Ok(Flow::Return)
}

fn iter_next(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    advance(rt, m, arg(m, 0))?;
    Ok(Flow::Return)
}

const MT3P: &str = "func(t unsafe.Pointer, m unsafe.Pointer, k unsafe.Pointer) unsafe.Pointer";
const MT3P2: &str =
    "func(t unsafe.Pointer, m unsafe.Pointer, k unsafe.Pointer) (unsafe.Pointer, bool)";
const MT32: &str = "func(t unsafe.Pointer, m unsafe.Pointer, k uint32) unsafe.Pointer";
const MT32_2: &str = "func(t unsafe.Pointer, m unsafe.Pointer, k uint32) (unsafe.Pointer, bool)";
const MT64: &str = "func(t unsafe.Pointer, m unsafe.Pointer, k uint64) unsafe.Pointer";
const MT64_2: &str = "func(t unsafe.Pointer, m unsafe.Pointer, k uint64) (unsafe.Pointer, bool)";
const MTS: &str = "func(t unsafe.Pointer, m unsafe.Pointer, k string) unsafe.Pointer";
const MTS2: &str = "func(t unsafe.Pointer, m unsafe.Pointer, k string) (unsafe.Pointer, bool)";

pub const BUILTINS: &[(&str, &str, BuiltinFn)] = &[
    (
        "runtime.makemap",
        "func(t unsafe.Pointer, hint int, m unsafe.Pointer) unsafe.Pointer",
        makemap,
    ),
    (
        "runtime.makemap64",
        "func(t unsafe.Pointer, hint int64, m unsafe.Pointer) unsafe.Pointer",
        makemap,
    ),
    (
        "runtime.makemap_small",
        "func() unsafe.Pointer",
        makemap_small,
    ),
    ("runtime.mapaccess1", MT3P, access::<PTR, false>),
    ("runtime.mapaccess1_fast32", MT32, access::<U32, false>),
    ("runtime.mapaccess1_fast64", MT64, access::<U64, false>),
    ("runtime.mapaccess1_faststr", MTS, access::<STR, false>),
    ("runtime.mapaccess2", MT3P2, access::<PTR, true>),
    ("runtime.mapaccess2_fast32", MT32_2, access::<U32, true>),
    ("runtime.mapaccess2_fast64", MT64_2, access::<U64, true>),
    ("runtime.mapaccess2_faststr", MTS2, access::<STR, true>),
    ("runtime.mapassign", MT3P, assign::<PTR>),
    ("runtime.mapassign_fast32", MT32, assign::<U32>),
    ("runtime.mapassign_fast32ptr", MT3P, assign::<U32>),
    ("runtime.mapassign_fast64", MT64, assign::<U64>),
    ("runtime.mapassign_fast64ptr", MT3P, assign::<U64>),
    ("runtime.mapassign_faststr", MTS, assign::<STR>),
    (
        "runtime.mapdelete",
        "func(t unsafe.Pointer, m unsafe.Pointer, k unsafe.Pointer)",
        delete::<PTR>,
    ),
    (
        "runtime.mapdelete_fast32",
        "func(t unsafe.Pointer, m unsafe.Pointer, k uint32)",
        delete::<U32>,
    ),
    (
        "runtime.mapdelete_fast64",
        "func(t unsafe.Pointer, m unsafe.Pointer, k uint64)",
        delete::<U64>,
    ),
    (
        "runtime.mapdelete_faststr",
        "func(t unsafe.Pointer, m unsafe.Pointer, k string)",
        delete::<STR>,
    ),
    (
        "runtime.mapclear",
        "func(t unsafe.Pointer, m unsafe.Pointer)",
        clear,
    ),
    (
        "runtime.mapIterStart",
        "func(t unsafe.Pointer, m unsafe.Pointer, it unsafe.Pointer)",
        iter_start,
    ),
    ("runtime.mapIterNext", "func(it unsafe.Pointer)", iter_next),
    ("runtime.rand", "func() uint64", |rt, m| {
        let v = rt.maps.rand();
        ret(m, 0, v);
        Ok(Flow::Return)
    }),
    ("runtime.rand32", "func() uint32", |rt, m| {
        let v = rt.maps.rand() as u32 as u64;
        ret(m, 0, v);
        Ok(Flow::Return)
    }),
];
