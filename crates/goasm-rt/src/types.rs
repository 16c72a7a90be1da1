//! Go's type descriptors (`internal/abi.Type`) as compiled code and the
//! runtime read them: the layout, the kinds, and the descriptors of the
//! predeclared types, which live in the runtime package rather than in a
//! program's listing (`type:int`, `type:string`, ...).

use goasm_vm::DataDef;

/// Go's spelling of the type at a descriptor address (for panic messages).
pub use crate::typeread::type_name;

/// Byte offsets in `abi.Type`.
pub const SIZE: u64 = 0;
pub const PTRDATA: u64 = 8;
pub const HASH: u64 = 16;
pub const TFLAG: u64 = 20;
pub const ALIGN: u64 = 21;
pub const FIELD_ALIGN: u64 = 22;
pub const KIND: u64 = 23;
pub const EQUAL: u64 = 24;
pub const GCDATA: u64 = 32;
pub const STR: u64 = 40;
pub const PTR_TO_THIS: u64 = 44;
/// Size of the common part; kind-specific fields follow (e.g. a pointer's
/// or slice's element type at +48).
pub const COMMON_SIZE: u64 = 48;

/// `TFlagDirectIface`: the value is stored directly in an interface word.
pub const TFLAG_DIRECT_IFACE: u8 = 1 << 5;

/// `abi.Kind` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Bool = 1,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    Array,
    Chan,
    Func,
    Interface,
    Map,
    Pointer,
    Slice,
    String,
    Struct,
    UnsafePointer,
}

/// The predeclared types the runtime package defines, by linker name:
/// (name, kind, size, pointer-bearing prefix, alignment).
pub const PREDECLARED: &[(&str, Kind, u64, u64, u8)] = &[
    ("type:bool", Kind::Bool, 1, 0, 1),
    ("type:int", Kind::Int, 8, 0, 8),
    ("type:int8", Kind::Int8, 1, 0, 1),
    ("type:int16", Kind::Int16, 2, 0, 2),
    ("type:int32", Kind::Int32, 4, 0, 4),
    ("type:int64", Kind::Int64, 8, 0, 8),
    ("type:uint", Kind::Uint, 8, 0, 8),
    ("type:uint8", Kind::Uint8, 1, 0, 1),
    ("type:uint16", Kind::Uint16, 2, 0, 2),
    ("type:uint32", Kind::Uint32, 4, 0, 4),
    ("type:uint64", Kind::Uint64, 8, 0, 8),
    ("type:uintptr", Kind::Uintptr, 8, 0, 8),
    ("type:float32", Kind::Float32, 4, 0, 4),
    ("type:float64", Kind::Float64, 8, 0, 8),
    ("type:complex64", Kind::Complex64, 8, 0, 4),
    ("type:complex128", Kind::Complex128, 16, 0, 8),
    ("type:string", Kind::String, 16, 8, 8),
    ("type:unsafe.Pointer", Kind::UnsafePointer, 8, 8, 8),
];

/// A descriptor's common part. The name is not stored: the runtime knows
/// the types it defines by name (see [`runtime_type`]).
fn common(name: &str, kind: Kind, size: u64, ptrdata: u64, align: u8, extra: u64) -> Vec<u8> {
    let mut d = vec![0u8; (COMMON_SIZE + extra) as usize];
    d[SIZE as usize..8].copy_from_slice(&size.to_le_bytes());
    d[PTRDATA as usize..16].copy_from_slice(&ptrdata.to_le_bytes());
    // The compiler's hash of the type, which type switches compare.
    let hash = crate::sha256::type_hash(name.strip_prefix("type:").unwrap_or(name));
    d[HASH as usize..20].copy_from_slice(&hash.to_le_bytes());
    let pointer_shaped = matches!(kind, Kind::UnsafePointer | Kind::Pointer);
    d[TFLAG as usize] = if pointer_shaped {
        TFLAG_DIRECT_IFACE
    } else {
        0
    };
    d[ALIGN as usize] = align;
    d[FIELD_ALIGN as usize] = align;
    d[KIND as usize] = kind as u8;
    d
}

/// A descriptor the runtime makes at run time for a type no program names
/// (its own error and token types), in guest heap memory: the common part
/// only, with the compiler's hash of `name` and 8-byte alignment.
pub fn make_runtime_type(
    m: &mut goasm_vm::Machine,
    name: &str,
    kind: Kind,
    size: u64,
    ptrdata: u64,
) -> Result<u64, goasm_vm::Fault> {
    let bytes = common(name, kind, size, ptrdata, 8, 0);
    let t = m.alloc(bytes.len() as u64)?;
    m.mem.write_bytes(t, &bytes)?;
    Ok(t)
}

/// Descriptors the runtime package owns: the predeclared types, and slices
/// of, pointers to and arrays of them (`type:[]int`, `type:*uint8`,
/// `type:[4]int`, recursively), and the empty interface and `error`.
pub fn runtime_type(name: &str) -> Option<DataDef> {
    let t = name.strip_prefix("type:")?;
    let def = |bytes: Vec<u8>, addrs: Vec<(u64, String)>| {
        Some(DataDef {
            bytes,
            addrs,
            offs: Vec::new(),
            rodata: true,
        })
    };
    if let Some(&(_, kind, size, ptrdata, align)) = PREDECLARED.iter().find(|p| p.0 == name) {
        return def(common(name, kind, size, ptrdata, align, 0), Vec::new());
    }
    if let Some(n) = t.strip_prefix(".namedata.") {
        // An encoded name (`Error.`: exported; `-` suffix: not).
        let (text, flags) = match (n.strip_suffix('.'), n.strip_suffix('-')) {
            (Some(x), _) => (x, 1),
            (_, Some(x)) => (x, 0),
            _ => return None,
        };
        let bytes = crate::typeread::encode_name(flags, text.as_bytes());
        return Some(DataDef {
            bytes,
            rodata: true,
            ..DataDef::default()
        });
    }
    if t == "interface {}" {
        // Interface: pkgPath name (8) and the method slice (24) follow.
        return def(common(name, Kind::Interface, 16, 16, 8, 32), Vec::new());
    }
    if t == "error" {
        // One method, Error() string: the method slice (at +56) holds one
        // Imethod, defined as its own symbol below.
        let mut d = common(name, Kind::Interface, 16, 16, 8, 32);
        d[TFLAG as usize] |= 1 << 2; // named
        d[COMMON_SIZE as usize + 16..COMMON_SIZE as usize + 32]
            .copy_from_slice(&[1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
        return def(
            d,
            vec![(COMMON_SIZE + 8, "type:.imethods.error".to_string())],
        );
    }
    if t == ".imethods.error" {
        // Imethod{Name nameOff, Typ typeOff}.
        return Some(DataDef {
            bytes: vec![0; 8],
            offs: vec![
                (0, "type:.namedata.Error.".to_string()),
                (4, "type:func() string".to_string()),
            ],
            rodata: true,
            ..DataDef::default()
        });
    }
    if let Some(elem) = t.strip_prefix("[]") {
        runtime_type(&format!("type:{elem}"))?;
        return def(
            common(name, Kind::Slice, 24, 8, 8, 8),
            vec![(COMMON_SIZE, format!("type:{elem}"))],
        );
    }
    if let Some(elem) = t.strip_prefix('*') {
        runtime_type(&format!("type:{elem}"))?;
        return def(
            common(name, Kind::Pointer, 8, 8, 8, 8),
            vec![(COMMON_SIZE, format!("type:{elem}"))],
        );
    }
    if let Some(rest) = t.strip_prefix('[') {
        let (n, elem) = rest.split_once(']')?;
        let n: u64 = n.parse().ok()?;
        let e = runtime_type(&format!("type:{elem}"))?;
        let esize = u64::from_le_bytes(e.bytes[..8].try_into().ok()?);
        let eptr = u64::from_le_bytes(e.bytes[8..16].try_into().ok()?);
        let align = e.bytes[ALIGN as usize];
        let ptrdata = if eptr == 0 || n == 0 {
            0
        } else {
            esize * (n - 1) + eptr
        };
        let mut d = common(name, Kind::Array, esize * n, ptrdata, align, 24);
        d[COMMON_SIZE as usize + 16..COMMON_SIZE as usize + 24].copy_from_slice(&n.to_le_bytes());
        let addrs = vec![
            (COMMON_SIZE, format!("type:{elem}")),
            (COMMON_SIZE + 8, format!("type:[]{elem}")),
        ];
        return def(d, addrs);
    }
    None
}
