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
    ITER_CURSOR, ITER_ELEM, ITER_KEY, ITER_MAP, ITER_TYP, KeyBytes, Layout, MAP_HEADER_SIZE,
    MAP_USED,
};
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

/// The canonical form of the key argument (third).
fn key_canon<const F: u8>(m: &Machine, lay: &Layout) -> Result<Canon, Fault> {
    let v = arg(m, 2);
    Ok(match F {
        U32 => Canon::Key(KeyBytes::from(&(v as u32).to_le_bytes())),
        U64 => Canon::Key(KeyBytes::from(&v.to_le_bytes())),
        STR => {
            let mut k = KeyBytes::new();
            key::push_string(&mut k, arg(m, 3), |buf| m.mem.read_bytes(v, buf))?;
            Canon::Key(k)
        }
        _ => key::canon(m, lay.key_type, v)?,
    })
}

/// The key argument as stored in its slot: the key value's own bytes.
fn key_raw<const F: u8>(m: &Machine, lay: &Layout) -> Result<KeyBytes, Fault> {
    let v = arg(m, 2);
    Ok(match F {
        U32 => KeyBytes::from(&(v as u32).to_le_bytes()),
        U64 => KeyBytes::from(&v.to_le_bytes()),
        STR => {
            let mut k = KeyBytes::from(&v.to_le_bytes());
            k.extend_from_slice(&arg(m, 3).to_le_bytes());
            k
        }
        _ => {
            let mut k = KeyBytes::new();
            let buf = k.extend_zeroed(lay.key_size as usize);
            if !buf.is_empty() {
                m.mem.read_bytes(v, buf)?;
            }
            k
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
    let lay = rt.maps.layout(m, mt)?;
    let mut found = None;
    if let Some(t) = rt.maps.existing(m, h)?
        && !t.is_empty()
    {
        match key_canon::<F>(m, &lay)? {
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
    let lay = rt.maps.layout(m, mt)?;
    let canon = key_canon::<F>(m, &lay)?;
    let raw = key_raw::<F>(m, &lay)?;
    // A zero-size element still gets an address inside the slot.
    let size = lay.elem_off + lay.elem_size.max(1);
    let t = match canon {
        Canon::Unhashable(n) => return unhashable(rt, m, &n),
        _ => rt.maps.table(m, h)?,
    };
    let (slot, made) = match canon {
        Canon::Key(k) => t.get_or_insert_with(k, || m.alloc(size))?,
        _ => {
            let slot = m.alloc(size)?;
            t.insert(None, slot);
            (slot, true)
        }
    };
    if made {
        m.mem.write(h + MAP_USED, 8, t.len())?;
    }
    // The stored key follows the latest assignment (+0 after -0, say).
    m.mem.write_bytes(slot, raw.as_slice())?;
    ret(m, 0, slot + lay.elem_off);
    Ok(Flow::Return)
}

/// `mapdelete*`.
fn delete<const F: u8>(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (mt, h) = (arg(m, 0), arg(m, 1));
    if rt.maps.existing(m, h)?.is_none() {
        return Ok(Flow::Return);
    }
    let lay = rt.maps.layout(m, mt)?;
    match key_canon::<F>(m, &lay)? {
        Canon::Key(k) => {
            let t = rt.maps.table(m, h)?;
            if t.remove(&k) {
                m.mem.write(h + MAP_USED, 8, t.len())?;
            }
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
            let lay = rt.maps.layout(m, m.mem.read(it + ITER_TYP, 8)?)?;
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
