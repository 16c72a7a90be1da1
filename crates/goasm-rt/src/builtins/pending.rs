//! Go runtime functions compiled code calls that goasm does not model yet.
//! They are registered so programs that merely *reference* them (equality
//! and hash functions in type descriptors, say) link and run; a program
//! that *calls* one stops with a clear message naming it and exit code 2,
//! never a wrong answer.

pub const NAMES: &[&str] = &[
    "runtime.f32hash",
    "runtime.f64hash",
    "runtime.c64hash",
    "runtime.c128hash",
    "runtime.gcWriteBarrier1",
    "runtime.gcWriteBarrier2",
    "runtime.gcWriteBarrier3",
    "runtime.gcWriteBarrier4",
    "runtime.gcWriteBarrier5",
    "runtime.gcWriteBarrier6",
    "runtime.gcWriteBarrier7",
    "runtime.gcWriteBarrier8",
    "runtime.interhash",
    "runtime.nilinterhash",
    "runtime.memhash",
    "runtime.memhash0",
    "runtime.memhash8",
    "runtime.memhash16",
    "runtime.memhash32",
    "runtime.memhash64",
    "runtime.memhash128",
    "runtime.memhash_varlen",
    "runtime.panicExtend",
    "runtime.panicunsafeslicelen",
    "runtime.panicunsafeslicenilptr",
    "runtime.panicunsafestringlen",
    "runtime.panicunsafestringnilptr",
    "runtime.strhash",
];
