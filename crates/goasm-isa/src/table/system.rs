//! System and miscellaneous instructions: identification and timing,
//! randomness, segment bases, privileged control, I/O, fences and cache
//! control, extended-state save/restore, transactional memory, hints, and
//! the legacy instructions that 64-bit mode rejects.
//!
//! The VM executes only CPUID and RDTSC from this file (both flagless and
//! operand-free in Go syntax); the rest is here so every Go source parses.

use super::effects::*;
use super::kinds::*;
use super::{Rows, row};
use crate::flags::Flags;
use crate::info::{Control, InsnClass::*, Width};

pub(super) fn add(rows: &mut Rows) {
    let bare = row(System).with_forms(NULLARY).with_flags(NONE);
    rows.one(bare.with_name("CPUID"));
    rows.one(bare.with_name("RDTSC"));
    rows.one(bare.with_name("RDTSCP"));
    rows.plain(System, names!(RDPMC RDMSR WRMSR RDPID RDPKRU WRPKRU));
    // RDRAND/RDSEED: CF says whether a value was delivered, the rest cleared.
    let random = row(System)
        .with_forms(&[&[R]])
        .with_flags(writes(Flags::STATUS));
    rows.sized(sized!("RDRAND"; W L Q), random);
    rows.sized(sized!("RDSEED"; W L Q), random);
    for base in [
        sized!("RDFSBASE"; L Q),
        sized!("RDGSBASE"; L Q),
        sized!("WRFSBASE"; L Q),
        sized!("WRGSBASE"; L Q),
    ] {
        rows.sized(base, row(System));
    }

    // Entering and leaving the kernel, interrupts.
    rows.plain(
        System,
        names!(SYSCALL SYSENTER SYSENTER64 SYSEXIT SYSEXIT64 SWAPGS INT ICEBP RSM CLTS INVD WBINVD INVLPG INVPCID CLI STI CLAC STAC),
    );
    rows.one(row(System).with_name("SYSRET").with_control(Control::Ret));
    rows.one(row(System).with_name("HLT").with_control(Control::Trap));
    // Descriptor tables and segment checks.
    rows.plain(System, names!(LGDT LIDT LLDT LMSW LTR SGDT SIDT));
    for (base, flags) in [
        (sized!("SLDT"; W L Q), NONE),
        (sized!("SMSW"; W L Q), NONE),
        (sized!("STR"; W L Q), NONE),
        (sized!("LAR"; W L Q), writes(Flags::ZF)),
        (sized!("LSL"; W L Q), writes(Flags::ZF)),
        (sized!("LFS"; W L Q), NONE),
        (sized!("LGS"; W L Q), NONE),
        (sized!("LSS"; W L Q), NONE),
    ] {
        rows.sized(base, row(System).with_flags(flags));
    }
    rows.one(row(System).with_name("VERR").with_flags(writes(Flags::ZF)));
    rows.one(row(System).with_name("VERW").with_flags(writes(Flags::ZF)));
    // Port I/O.
    rows.sized(sized!("IN"; B W L), row(System));
    rows.sized(sized!("OUT"; B W L), row(System));

    // Fences, cache control, prefetch, waiting.
    rows.plain(
        System,
        names!(LFENCE MFENCE SFENCE CLFLUSH CLFLUSHOPT CLWB CLDEMOTE
               PREFETCHNTA PREFETCHT0 PREFETCHT1 PREFETCHT2
               MONITOR MWAIT UMONITOR),
    );
    rows.one(bare.with_name("PAUSE"));
    // UMWAIT/TPAUSE report a deadline expiry in CF.
    let wait = row(System).with_flags(writes(Flags::STATUS));
    rows.one(wait.with_name("UMWAIT"));
    rows.one(wait.with_name("TPAUSE"));

    // Extended processor state.
    rows.plain(
        System,
        names!(XSAVE XSAVE64 XSAVEC XSAVEC64 XSAVEOPT XSAVEOPT64 XSAVES XSAVES64
               XRSTOR XRSTOR64 XRSTORS XRSTORS64 XGETBV XSETBV
               FXSAVE FXSAVE64 FXRSTOR FXRSTOR64),
    );
    // Transactional memory: XBEGIN branches to its abort handler.
    rows.one(
        row(System)
            .with_name("XBEGIN")
            .with_control(Control::CondJump),
    );
    rows.plain(System, names!(XEND XABORT));
    rows.one(
        row(System)
            .with_name("XTEST")
            .with_flags(writes(Flags::STATUS)),
    );
    // Hints and traps.
    rows.one(row(System).with_name("ENDBR64").with_forms(NULLARY));
    rows.sized(sized!("NOP"; W L), row(System).with_forms(UNARY_RM));
    rows.one(row(System).with_name("UD1").with_control(Control::Trap));
    rows.one(
        row(System)
            .with_name("UD2")
            .with_control(Control::Trap)
            .with_forms(NULLARY),
    );

    // Invalid in 64-bit mode; kept so 32-bit-era sources still parse.
    rows.plain(Legacy, names!(AAA AAD AAM AAS DAA DAS ARPL INTO));
    rows.sized(sized!("BOUND"; W L), row(Legacy));
    rows.one(row(Legacy).with_name("PUSHAW").with_width(Width::W));
    rows.one(row(Legacy).with_name("PUSHAL").with_width(Width::L));
    rows.one(row(Legacy).with_name("POPAW").with_width(Width::W));
    rows.one(row(Legacy).with_name("POPAL").with_width(Width::L));
}
