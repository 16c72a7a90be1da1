//! Interfaces (runtime/iface.go, runtime/alg.go): boxing values into
//! interface data words (`convT*`), building itabs at run time by matching
//! an interface's method names and types against a concrete type's
//! uncommon method table (`typeAssert`, `interfaceSwitch`, `assertE2I`),
//! and interface equality. Itabs are built once per (interface, type) pair
//! and cached, as Go's itab table does, so identical pairs share one itab.

use crate::Runtime;
use crate::builtins::{BuiltinFn, int_reg};
use crate::maps::key;
use crate::typeread::{self, Method};
use goasm_vm::memory::Fault;
use goasm_vm::{Flow, Machine};
use std::collections::HashMap;

/// The runtime's itab table: (interface type, concrete type) -> itab
/// address, or `None` when the type lacks a method (then the name of the
/// first missing one).
#[derive(Default)]
pub struct Itabs {
    table: HashMap<(u64, u64), Result<u64, String>>,
    /// Whether the listing's static `go:itab.*` symbols are in `table`.
    statics_loaded: bool,
    /// Descriptor of the runtime's own error type (see [`error_value`]).
    error_type: u64,
}

/// The builtins that are the methods of [`error_value`]'s type, by method
/// name (sorted, as an interface's method list is): `Error` returns the
/// message, `RuntimeError` marks it as a `runtime.Error`.
const ERROR_METHODS: [(&str, &str); 2] = [
    ("Error", "runtime.(*errorString).Error"),
    ("RuntimeError", "runtime.(*errorString).RuntimeError"),
];

/// A Go runtime error as an interface value (type word, data word): what
/// `recover()` returns for a runtime panic, so that `r.(error)` and
/// `r.(interface{ Error() string })` hold, and so does an assertion to an
/// interface with `RuntimeError()`, as for Go's `runtime.Error` values.
/// Its type is a string type the runtime makes (no program names it) whose
/// methods ([`ERROR_METHODS`]) are builtins; `Error` returns `msg` as given.
pub fn error_value(rt: &mut Runtime, m: &mut Machine, msg: &str) -> Result<(u64, u64), Fault> {
    if rt.itabs.error_type == 0 {
        rt.itabs.error_type = crate::types::make_runtime_type(
            m,
            "runtime.errorString",
            crate::types::Kind::String,
            16,
            8,
        )?;
    }
    let bytes = m.alloc(msg.len() as u64)?;
    m.mem.write_bytes(bytes, msg.as_bytes())?;
    let data = m.alloc(16)?;
    m.mem.write(data, 8, bytes)?;
    m.mem.write(data + 8, 8, msg.len() as u64)?;
    Ok((rt.itabs.error_type, data))
}

/// The itab methods of [`error_value`]'s type for an interface wanting
/// `want`, or the first method it lacks.
fn error_itab(m: &Machine, want: &[(String, Option<u64>)]) -> Result<Vec<u64>, String> {
    want.iter()
        .map(|(name, _)| {
            ERROR_METHODS
                .iter()
                .find(|(method, _)| method == name)
                .and_then(|(_, sym)| m.image.funcs.iter().find(|f| f.name == *sym))
                .map(|f| goasm_vm::memory::TEXT_BASE + f.entry as u64)
                .ok_or_else(|| name.clone())
        })
        .collect()
}

fn arg(m: &Machine, i: u8) -> u64 {
    m.cpu.gp[int_reg(i)]
}

fn ret(m: &mut Machine, i: u8, v: u64) {
    m.cpu.gp[int_reg(i)] = v;
}

/// Itab offsets (runtime/iface.go): inter, _type, hash, fun[].
const ITAB_TYPE: u64 = 8;
const ITAB_HASH: u64 = 16;
const ITAB_FUN: u64 = 24;

/// The itab for `t` implementing `inter`, or the first missing method.
pub fn getitab(
    rt: &mut Runtime,
    m: &mut Machine,
    inter: u64,
    t: u64,
) -> Result<Result<u64, String>, Fault> {
    if !rt.itabs.statics_loaded {
        load_static_itabs(rt, m)?;
    }
    if let Some(r) = rt.itabs.table.get(&(inter, t)) {
        return Ok(r.clone());
    }
    let r = build_itab(rt, m, inter, t)?;
    rt.itabs.table.insert((inter, t), r.clone());
    Ok(r)
}

/// A new itab for `t` implementing `inter` (inter, _type, hash, fun[] in
/// the interface's method order), or the first missing method.
fn build_itab(
    rt: &mut Runtime,
    m: &mut Machine,
    inter: u64,
    t: u64,
) -> Result<Result<u64, String>, Fault> {
    let want = typeread::imethods(m, inter)?;
    let have: Vec<Method> = if t == rt.itabs.error_type {
        Vec::new()
    } else {
        typeread::methods(m, t)?
    };
    let mut fun = Vec::with_capacity(want.len());
    let mut missing = None;
    if t == rt.itabs.error_type {
        match error_itab(m, &want) {
            Ok(f) => fun = f,
            Err(name) => missing = Some(name),
        }
    }
    for (name, typ) in want.iter().filter(|_| t != rt.itabs.error_type) {
        let found = have
            .iter()
            .find(|mt| &mt.name == name && (typ.is_none() || mt.typ.is_none() || mt.typ == *typ));
        match found.and_then(|mt| mt.ifn) {
            Some(f) => fun.push(f),
            None => {
                missing = Some(name.clone());
                break;
            }
        }
    }
    let r = match missing {
        Some(name) => Err(name),
        None => {
            let tab = m.alloc(ITAB_FUN + 8 * fun.len().max(1) as u64)?;
            m.mem.write(tab, 8, inter)?;
            m.mem.write(tab + ITAB_TYPE, 8, t)?;
            let hash = m.mem.read(t + crate::types::HASH, 4)?;
            m.mem.write(tab + ITAB_HASH, 4, hash)?;
            for (i, f) in fun.iter().enumerate() {
                m.mem.write(tab + ITAB_FUN + 8 * i as u64, 8, *f)?;
            }
            Ok(tab)
        }
    };
    Ok(r)
}

/// Seeds the itab table with the itabs the compiler emitted (`go:itab.T,I`
/// data symbols): compiled code compares itab pointers against those
/// symbols' addresses, so a run-time lookup of the same (interface, type)
/// pair must return exactly that itab, as Go's linker-registered itabs do.
fn load_static_itabs(rt: &mut Runtime, m: &Machine) -> Result<(), Fault> {
    rt.itabs.statics_loaded = true;
    for d in m
        .image
        .data
        .iter()
        .filter(|d| d.name.starts_with("go:itab."))
    {
        if d.size < ITAB_FUN {
            continue;
        }
        let inter = m.mem.read(d.addr, 8)?;
        let t = m.mem.read(d.addr + ITAB_TYPE, 8)?;
        if inter != 0 && t != 0 {
            rt.itabs.table.entry((inter, t)).or_insert(Ok(d.addr));
        }
    }
    Ok(())
}

/// Go's message for a failed assertion to a non-empty interface.
pub fn missing_method_message(m: &Machine, t: u64, inter: u64, method: &str) -> String {
    format!(
        "interface conversion: {} is not {}: missing method {method}",
        typeread::type_name(m, t),
        typeread::type_name(m, inter)
    )
}

/// Raises a Go panic with a runtime `TypeAssertionError` message. Until
/// the panic machinery can carry runtime errors, the program ends as an
/// unrecovered panic would.
/// Raises a recoverable runtime-error panic with this message.
pub(crate) fn raise(rt: &mut Runtime, m: &mut Machine, msg: &str) -> Result<Flow, Fault> {
    super::panic::error_panic(rt, m, msg.to_string())
}

/// Shared body of `typeAssert` and `assertE2I{,2}`.
fn assert_to(
    rt: &mut Runtime,
    m: &mut Machine,
    inter: u64,
    t: u64,
    can_fail: bool,
) -> Result<Flow, Fault> {
    if t == 0 {
        if can_fail {
            ret(m, 0, 0);
            return Ok(Flow::Return);
        }
        let msg = format!(
            "interface conversion: interface is nil, not {}",
            typeread::type_name(m, inter)
        );
        return raise(rt, m, &msg);
    }
    match getitab(rt, m, inter, t)? {
        Ok(tab) => {
            ret(m, 0, tab);
            Ok(Flow::Return)
        }
        Err(_) if can_fail => {
            ret(m, 0, 0);
            Ok(Flow::Return)
        }
        Err(name) => {
            let msg = missing_method_message(m, t, inter, &name);
            raise(rt, m, &msg)
        }
    }
}

/// `typeAssert(s *abi.TypeAssert, t *_type) *itab`: s is {Cache, Inter, CanFail}.
fn type_assert(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let s = arg(m, 0);
    let t = arg(m, 1);
    let inter = m.mem.read(s + 8, 8)?;
    let can_fail = m.mem.read(s + 16, 1)? != 0;
    assert_to(rt, m, inter, t, can_fail)
}

/// `interfaceSwitch(s *abi.InterfaceSwitch, t *_type) (int, *itab)`: the
/// first case `t` implements, or (NCases, nil).
fn interface_switch(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let s = arg(m, 0);
    let t = arg(m, 1);
    let n = m.mem.read(s + 8, 8)?;
    let (mut case, mut tab) = (n, 0);
    for i in 0..n.min(1 << 16) {
        let inter = m.mem.read(s + 16 + 8 * i, 8)?;
        if t != 0
            && let Ok(it) = getitab(rt, m, inter, t)?
        {
            (case, tab) = (i, it);
            break;
        }
    }
    ret(m, 0, case);
    ret(m, 1, tab);
    Ok(Flow::Return)
}

/// Address of a zeroed block of at least `n` bytes that nobody writes
/// (Go's `zeroVal`): boxed zero values point at it.
pub fn zero_block(rt: &mut Runtime, m: &mut Machine, n: u64) -> Result<u64, Fault> {
    if rt.zero_block.1 < n {
        let size = n.max(1024);
        rt.zero_block = (m.alloc(size)?, size);
    }
    Ok(rt.zero_block.0)
}

/// Boxes `n` bytes read from registers' value `v` (little-endian).
fn box_word(m: &mut Machine, v: u64, n: u8) -> Result<u64, Fault> {
    // Small values share runtime.staticuint64s, as in Go.
    if v < 256
        && let Some(d) = m
            .image
            .data
            .iter()
            .find(|d| d.name == "runtime.staticuint64s")
    {
        return Ok(d.addr + 8 * v);
    }
    let p = m.alloc(n as u64)?;
    m.mem.write(p, n, v)?;
    Ok(p)
}

/// `convT(t, v)` / `convTnoptr(t, v)`: a heap copy of the value at `v`.
fn conv_t(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (t, v) = (arg(m, 0), arg(m, 1));
    let size = typeread::size(m, t)?.min(1 << 30);
    if size == 0 {
        let z = zero_block(rt, m, 8)?;
        ret(m, 0, z);
        return Ok(Flow::Return);
    }
    let p = m.alloc(size)?;
    let mut buf = vec![0u8; size as usize];
    m.mem.read_bytes(v, &mut buf)?;
    m.mem.write_bytes(p, &buf)?;
    ret(m, 0, p);
    Ok(Flow::Return)
}

fn conv_n<const N: u8>(_: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let mask = if N == 8 {
        u64::MAX
    } else {
        (1u64 << (8 * N)) - 1
    };
    let p = box_word(m, arg(m, 0) & mask, N)?;
    ret(m, 0, p);
    Ok(Flow::Return)
}

/// `convTstring(s)` / `convTslice(s)`: empty values share the zero block.
fn conv_words<const WORDS: u8>(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let empty = if WORDS == 2 {
        arg(m, 1) == 0
    } else {
        arg(m, 0) == 0
    };
    let p = if empty {
        zero_block(rt, m, 8 * WORDS as u64)?
    } else {
        let p = m.alloc(8 * WORDS as u64)?;
        for i in 0..WORDS {
            m.mem.write(p + 8 * i as u64, 8, arg(m, i))?;
        }
        p
    };
    ret(m, 0, p);
    Ok(Flow::Return)
}

/// Whether the data words `x` and `y` of dynamic type `t` hold equal
/// values. `Err(name)`: the type is not comparable.
pub fn data_equal(m: &Machine, t: u64, x: u64, y: u64) -> Result<Result<bool, String>, Fault> {
    if t == 0 {
        return Ok(Ok(true));
    }
    if m.mem.read(t + crate::types::TFLAG, 1)? as u8 & crate::types::TFLAG_DIRECT_IFACE != 0 {
        return Ok(Ok(x == y));
    }
    match (key::canon(m, t, x)?, key::canon(m, t, y)?) {
        (key::Canon::Key(a), key::Canon::Key(b)) => Ok(Ok(a == b)),
        (key::Canon::Unhashable(name), _) | (_, key::Canon::Unhashable(name)) => Ok(Err(name)),
        _ => Ok(Ok(false)), // NaN somewhere
    }
}

fn bool_result(rt: &mut Runtime, m: &mut Machine, r: Result<bool, String>) -> Result<Flow, Fault> {
    match r {
        Ok(b) => {
            ret(m, 0, b as u64);
            Ok(Flow::Return)
        }
        Err(name) => {
            let msg = format!("runtime error: comparing uncomparable type {name}");
            raise(rt, m, &msg)
        }
    }
}

/// `efaceeq(t, x, y)`: the types are already known to be equal.
fn efaceeq(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let r = data_equal(m, arg(m, 0), arg(m, 1), arg(m, 2))?;
    bool_result(rt, m, r)
}

/// `ifaceeq(tab, x, y)`.
fn ifaceeq(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let tab = arg(m, 0);
    let t = if tab == 0 {
        0
    } else {
        m.mem.read(tab + ITAB_TYPE, 8)?
    };
    let r = data_equal(m, t, arg(m, 1), arg(m, 2))?;
    bool_result(rt, m, r)
}

/// `interequal(p, q)` / `nilinterequal(p, q)`: pointers to two interface
/// values; `ITAB` says whether the first word is an itab or a type.
fn interequal<const ITAB: bool>(rt: &mut Runtime, m: &mut Machine) -> Result<Flow, Fault> {
    let (p, q) = (arg(m, 0), arg(m, 1));
    let (w0, w1) = (m.mem.read(p, 8)?, m.mem.read(q, 8)?);
    if w0 != w1 {
        ret(m, 0, 0);
        return Ok(Flow::Return);
    }
    let t = if ITAB && w0 != 0 {
        m.mem.read(w0 + ITAB_TYPE, 8)?
    } else {
        w0
    };
    let r = data_equal(m, t, m.mem.read(p + 8, 8)?, m.mem.read(q + 8, 8)?)?;
    bool_result(rt, m, r)
}

pub const BUILTINS: &[(&str, &str, BuiltinFn)] = &[
    (
        ERROR_METHODS[0].1,
        "func(p unsafe.Pointer) string",
        |_, m| {
            let p = arg(m, 0);
            let (s, n) = (m.mem.read(p, 8)?, m.mem.read(p + 8, 8)?);
            ret(m, 0, s);
            ret(m, 1, n);
            Ok(Flow::Return)
        },
    ),
    (ERROR_METHODS[1].1, "func(p unsafe.Pointer)", |_, _| {
        Ok(Flow::Return)
    }),
    (
        "runtime.convT",
        "func(t unsafe.Pointer, v unsafe.Pointer) unsafe.Pointer",
        conv_t,
    ),
    (
        "runtime.convTnoptr",
        "func(t unsafe.Pointer, v unsafe.Pointer) unsafe.Pointer",
        conv_t,
    ),
    (
        "runtime.convT16",
        "func(v uint16) unsafe.Pointer",
        conv_n::<2>,
    ),
    (
        "runtime.convT32",
        "func(v uint32) unsafe.Pointer",
        conv_n::<4>,
    ),
    (
        "runtime.convT64",
        "func(v uint64) unsafe.Pointer",
        conv_n::<8>,
    ),
    (
        "runtime.convTstring",
        "func(s string) unsafe.Pointer",
        conv_words::<2>,
    ),
    (
        "runtime.convTslice",
        "func(s []byte) unsafe.Pointer",
        conv_words::<3>,
    ),
    (
        "runtime.typeAssert",
        "func(s unsafe.Pointer, t unsafe.Pointer) unsafe.Pointer",
        type_assert,
    ),
    (
        "runtime.interfaceSwitch",
        "func(s unsafe.Pointer, t unsafe.Pointer) (int, unsafe.Pointer)",
        interface_switch,
    ),
    (
        "runtime.assertE2I",
        "func(inter unsafe.Pointer, t unsafe.Pointer) unsafe.Pointer",
        |rt, m| assert_to(rt, m, arg(m, 0), arg(m, 1), false),
    ),
    (
        "runtime.assertE2I2",
        "func(inter unsafe.Pointer, t unsafe.Pointer) unsafe.Pointer",
        |rt, m| assert_to(rt, m, arg(m, 0), arg(m, 1), true),
    ),
    (
        "runtime.efaceeq",
        "func(t unsafe.Pointer, x unsafe.Pointer, y unsafe.Pointer) bool",
        efaceeq,
    ),
    (
        "runtime.ifaceeq",
        "func(t unsafe.Pointer, x unsafe.Pointer, y unsafe.Pointer) bool",
        ifaceeq,
    ),
    (
        "runtime.interequal",
        "func(p unsafe.Pointer, q unsafe.Pointer) bool",
        interequal::<true>,
    ),
    (
        "runtime.nilinterequal",
        "func(p unsafe.Pointer, q unsafe.Pointer) bool",
        interequal::<false>,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use goasm_vm::memory::TEXT_BASE;

    fn listing(name: &str) -> (String, String) {
        let path = format!(
            "{}/../../testdata/listings/{name}.S",
            env!("CARGO_MANIFEST_DIR")
        );
        (path.clone(), std::fs::read_to_string(&path).unwrap())
    }

    fn load(name: &str) -> Machine {
        let (path, text) = listing(name);
        goasm_vm::load_listing(&path, &text, Box::new(Runtime::captured().0)).unwrap()
    }

    fn func_name_at(m: &Machine, addr: u64) -> String {
        m.image
            .func_at((addr - TEXT_BASE) as u32)
            .map_or_else(|| format!("{addr:#x}"), |f| f.name.clone())
    }

    /// The compiler's own itabs are the oracle for the runtime's itab
    /// builder: for every static `go:itab.T,I` in the committed listings,
    /// the itab built at run time from the type descriptors must hold the
    /// same hash and the same methods in the same slots.
    #[test]
    fn runtime_built_itabs_match_the_compilers() {
        let dir = format!("{}/../../testdata/listings", env!("CARGO_MANIFEST_DIR"));
        let mut checked = 0;
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let mut m = load(&name);
            let mut rt = Runtime::captured().0;
            let statics: Vec<(String, u64, u64)> = m
                .image
                .data
                .iter()
                .filter(|d| d.name.starts_with("go:itab."))
                .map(|d| (d.name.clone(), d.addr, d.size))
                .collect();
            for (sym, addr, size) in statics {
                let inter = m.mem.read(addr, 8).unwrap();
                let t = m.mem.read(addr + ITAB_TYPE, 8).unwrap();
                let built = build_itab(&mut rt, &mut m, inter, t).unwrap();
                let tab = built.unwrap_or_else(|miss| panic!("{name}: {sym}: missing {miss}"));
                let word = |m: &Machine, a: u64, off: u64, w: u8| m.mem.read(a + off, w).unwrap();
                assert_eq!(
                    word(&m, tab, ITAB_HASH, 4),
                    word(&m, addr, ITAB_HASH, 4),
                    "{name}: {sym}: hash"
                );
                for off in (ITAB_FUN..size).step_by(8) {
                    let (want, got) = (word(&m, addr, off, 8), word(&m, tab, off, 8));
                    assert_eq!(
                        func_name_at(&m, got),
                        func_name_at(&m, want),
                        "{name}: {sym}: fun at +{off}"
                    );
                }
                checked += 1;
            }
        }
        assert!(checked >= 20, "only {checked} static itabs in the corpus");
    }

    /// `bubbleUp(x Interface)` with Interface = {Len, Less, Swap}: the
    /// compiled code loads each method from the itab at 24/32/40, and the
    /// runtime's itab for `Ints` has Len, Less and Swap exactly there.
    #[test]
    fn sort_interface_methods_sit_at_itab_offsets_24_32_40() {
        let (_, text) = listing("iface_sort_bubble");
        let body: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("main.bubbleUp STEXT"))
            .skip(1)
            .take_while(|l| l.starts_with('\t'))
            .collect();
        // For each indirect call, the displacement of the itab load that
        // produced the called register, with the call's source line.
        let mut calls = Vec::new();
        for (i, l) in body.iter().enumerate() {
            let Some(reg) = l.split('\t').nth(3).filter(|_| l.contains("\tCALL\t")) else {
                continue;
            };
            if reg.contains('(') {
                continue;
            }
            let load = body[..i].iter().rev().find_map(|p| {
                let ops = p.split('\t').nth(3)?;
                let (src, dst) = ops.split_once(", ")?;
                (p.contains("\tMOVQ\t") && dst == reg).then_some(src)
            });
            let line = l
                .split(':')
                .nth(1)
                .and_then(|x| x.split(')').next())
                .unwrap();
            calls.push((line.to_string(), load.unwrap_or("?").to_string()));
        }
        let disp = |line: &str| {
            calls
                .iter()
                .find(|c| c.0 == line)
                .map(|c| c.1.split('(').next().unwrap().to_string())
        };
        // iface_sort_bubble.go: line 12 x.Len(), 14 x.Less(j, j-1), 15 x.Swap(j, j-1).
        assert_eq!(disp("12").as_deref(), Some("24"), "{calls:?}");
        assert_eq!(disp("14").as_deref(), Some("32"), "{calls:?}");
        assert_eq!(disp("15").as_deref(), Some("40"), "{calls:?}");

        let mut m = load("iface_sort_bubble");
        let mut rt = Runtime::captured().0;
        let addr = |m: &Machine, n: &str| m.image.data.iter().find(|d| d.name == n).unwrap().addr;
        let (inter, t) = (addr(&m, "type:main.Interface"), addr(&m, "type:main.Ints"));
        let tab = build_itab(&mut rt, &mut m, inter, t).unwrap().unwrap();
        let names: Vec<String> = [24, 32, 40]
            .iter()
            .map(|off| func_name_at(&m, m.mem.read(tab + off, 8).unwrap()))
            .collect();
        assert_eq!(
            names,
            ["main.(*Ints).Len", "main.(*Ints).Less", "main.(*Ints).Swap"]
        );
        // And a lookup for a pair the listing defines returns its symbol.
        let got = getitab(&mut rt, &mut m, inter, t).unwrap().unwrap();
        assert_eq!(got, addr(&m, "go:itab.main.Ints,main.Interface"));
    }
}
