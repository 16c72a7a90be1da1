//! The two headers every Go assembly file may include without a search path:
//! `textflag.h` (TEXT/GLOBL flag bits) and `funcdata.h` (PCDATA/FUNCDATA
//! table numbers and the GC-map macros). The values are the ones Go's
//! toolchain uses (cmd/internal/obj/textflag.go, internal/abi/symtab.go);
//! goasm's own flag names for printing come from the same table.

pub const NOPROF: i64 = 1;
pub const DUPOK: i64 = 2;
pub const NOSPLIT: i64 = 4;
pub const RODATA: i64 = 8;
pub const NOPTR: i64 = 16;
pub const WRAPPER: i64 = 32;
pub const NEEDCTXT: i64 = 64;
pub const TLSBSS: i64 = 256;
pub const NOFRAME: i64 = 512;
pub const REFLECTMETHOD: i64 = 1024;
pub const TOPFRAME: i64 = 2048;
pub const ABIWRAPPER: i64 = 4096;
pub const PKGINIT: i64 = 8192;

/// TEXT/GLOBL/DATA flag names and bits, in the order goasm prints them.
pub const TEXT_FLAGS: &[(&str, i64)] = &[
    ("NOPROF", NOPROF),
    ("DUPOK", DUPOK),
    ("NOSPLIT", NOSPLIT),
    ("RODATA", RODATA),
    ("NOPTR", NOPTR),
    ("WRAPPER", WRAPPER),
    ("NEEDCTXT", NEEDCTXT),
    ("TLSBSS", TLSBSS),
    ("NOFRAME", NOFRAME),
    ("REFLECTMETHOD", REFLECTMETHOD),
    ("TOPFRAME", TOPFRAME),
    ("ABIWRAPPER", ABIWRAPPER),
    ("PKGINIT", PKGINIT),
];

/// The bit value of a flag name, if it is one.
pub fn flag_value(name: &str) -> Option<i64> {
    TEXT_FLAGS.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// Header text for a built-in include, by file name.
pub fn builtin(name: &str) -> Option<String> {
    let base = name.rsplit('/').next().unwrap_or(name);
    match base {
        "textflag.h" => {
            let mut text = String::from("// goasm built-in textflag.h\n");
            for (n, v) in TEXT_FLAGS {
                text.push_str(&format!("#define {n} {v}\n"));
            }
            Some(text)
        }
        "funcdata.h" => Some(FUNCDATA_H.to_string()),
        _ => None,
    }
}

const FUNCDATA_H: &str = "// goasm built-in funcdata.h
#define PCDATA_UnsafePoint 0
#define PCDATA_StackMapIndex 1
#define PCDATA_InlTreeIndex 2
#define PCDATA_ArgLiveIndex 3
#define PCDATA_PanicBounds 4
#define FUNCDATA_ArgsPointerMaps 0
#define FUNCDATA_LocalsPointerMaps 1
#define FUNCDATA_StackObjects 2
#define FUNCDATA_InlTree 3
#define FUNCDATA_OpenCodedDeferInfo 4
#define FUNCDATA_ArgInfo 5
#define FUNCDATA_ArgLiveInfo 6
#define FUNCDATA_WrapInfo 7
#define GO_ARGS FUNCDATA $FUNCDATA_ArgsPointerMaps, go_args_stackmap(SB)
#define GO_RESULTS_INITIALIZED PCDATA $PCDATA_StackMapIndex, $1
#define NO_LOCAL_POINTERS FUNCDATA $FUNCDATA_LocalsPointerMaps, no_pointers_stackmap(SB)
#define ArgsSizeUnknown 0x80000000
";
