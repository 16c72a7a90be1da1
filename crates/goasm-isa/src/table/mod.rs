//! The instruction table: one row per mnemonic Go's amd64 assembler accepts.
//!
//! Rows are written by family, one file each, as short builder expressions
//! over a handful of macros (a width-suffix expander, a condition-suffix
//! expander and a plain name list). The table is assembled once on first
//! use: family rows in order, then alias rows, which copy their canonical
//! row's metadata so an alias can never disagree with what it stands for.
//! Lookup goes through a hash index; the row index doubles as a compact id
//! ([`InsnId`]) for IR that must not hold strings.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::flags::{Cond, FlagEffect, Flags};
use crate::info::{Form, InsnClass, InsnInfo, Opnd, Width};

/// Expands a base mnemonic into width-suffixed `(name, width)` pairs:
/// `sized!("ADD"; B W L Q)`.
macro_rules! sized {
    ($base:literal; $($w:ident)+) => {
        &[$((concat!($base, stringify!($w)), $crate::Width::$w)),+]
    };
}

/// Expands a base mnemonic into the sixteen `(name, condition)` pairs:
/// `conds!("SET")` gives SETOS, SETOC, ... SETGT.
macro_rules! conds {
    ($base:literal) => {
        conds!(@ $base; OS OC CS CC EQ NE LS HI MI PL PS PC LT GE LE GT)
    };
    (@ $base:literal; $($c:ident)+) => {
        &[$((concat!($base, stringify!($c)), $crate::Cond::$c)),+]
    };
}

/// A list of mnemonics written as bare words.
macro_rules! names {
    ($($n:ident)*) => {
        &[$(stringify!($n)),*]
    };
}

mod avx;
mod avx512;
mod branch;
mod integer;
mod moves;
mod sse;
mod system;
mod x87;

/// Operand kinds and forms shared by the family files.
#[allow(dead_code)]
mod kinds {
    use super::*;
    pub const R: Opnd = Opnd::R;
    pub const M: Opnd = Opnd::M;
    pub const I: Opnd = Opnd::I;
    pub const X: Opnd = Opnd::X;
    pub const T: Opnd = Opnd::T;
    pub const CL: Opnd = Opnd::CL;
    pub const MM: Opnd = Opnd::MM;
    pub const SEG: Opnd = Opnd::SEG;
    pub const SYS: Opnd = Opnd::SYS;
    pub const RM: Opnd = Opnd::R.or(Opnd::M);
    pub const IR: Opnd = Opnd::I.or(Opnd::R);
    pub const IRM: Opnd = Opnd::I.or(Opnd::R).or(Opnd::M);
    pub const XM: Opnd = Opnd::X.or(Opnd::M);
    pub const ICL: Opnd = Opnd::I.or(Opnd::CL);

    /// No operands.
    pub const NULLARY: &[Form] = &[&[]];
    /// `OP r/m` (NEG, NOT, INC, MUL, DIV, SETcc ...).
    pub const UNARY_RM: &[Form] = &[&[RM]];
    /// `OP src, dst` with any source into a register, or imm/reg into memory.
    pub const ALU2: &[Form] = &[&[IRM, R], &[IR, M]];
    /// `OP r/m, reg`.
    pub const RM_R: &[Form] = &[&[RM, R]];
    /// `OP xmm/m, xmm`.
    pub const XM_X: &[Form] = &[&[XM, X]];
}

/// Effects shared by the family files (Intel SDM, "Flags Affected").
#[allow(dead_code)]
mod effects {
    use super::*;
    const N: Flags = Flags::NONE;
    pub const NONE: FlagEffect = FlagEffect::NONE;
    /// ADD, SUB, CMP, NEG, XADD, CMPXCHG: all six status flags.
    pub const ARITH: FlagEffect = FlagEffect::new(N, Flags::STATUS, N);
    /// ADC, SBB: also read the carry.
    pub const ARITH_CARRY: FlagEffect = FlagEffect::new(Flags::CF, Flags::STATUS, N);
    /// INC, DEC: CF is preserved.
    pub const INC_DEC: FlagEffect = FlagEffect::new(N, Flags::STATUS.without(Flags::CF), N);
    /// AND, OR, XOR, TEST: OF and CF cleared, AF undefined.
    pub const LOGIC: FlagEffect = FlagEffect::new(N, Flags::STATUS.without(Flags::AF), Flags::AF);
    /// MUL, IMUL: CF and OF say whether the high half is significant.
    pub const MUL: FlagEffect = FlagEffect::new(
        N,
        Flags::CF.or(Flags::OF),
        Flags::SF.or(Flags::ZF).or(Flags::AF).or(Flags::PF),
    );
    /// DIV, IDIV: every status flag undefined.
    pub const DIV: FlagEffect = FlagEffect::new(N, N, Flags::STATUS);
    /// SHL, SHR, SAR, SHLD, SHRD: AF undefined; OF defined only for a count of 1.
    pub const SHIFT: FlagEffect =
        FlagEffect::new(N, Flags::STATUS.without(Flags::AF), Flags::AF.or(Flags::OF));
    /// ROL, ROR: CF and OF only (OF only for a count of 1).
    pub const ROTATE: FlagEffect = FlagEffect::new(N, Flags::CF.or(Flags::OF), Flags::OF);
    /// RCL, RCR: rotate through the carry.
    pub const ROTATE_CARRY: FlagEffect =
        FlagEffect::new(Flags::CF, Flags::CF.or(Flags::OF), Flags::OF);
    /// BT, BTS, BTR, BTC: the selected bit goes to CF; ZF preserved.
    pub const BIT_TEST: FlagEffect = FlagEffect::new(
        N,
        Flags::CF,
        Flags::OF.or(Flags::SF).or(Flags::AF).or(Flags::PF),
    );
    /// BSF, BSR: ZF says whether the source was zero.
    pub const BIT_SCAN: FlagEffect =
        FlagEffect::new(N, Flags::ZF, Flags::STATUS.without(Flags::ZF));
    /// TZCNT, LZCNT: CF for a zero source, ZF for a zero result.
    pub const COUNT_ZEROS: FlagEffect = FlagEffect::new(
        N,
        Flags::CF.or(Flags::ZF),
        Flags::OF.or(Flags::SF).or(Flags::PF).or(Flags::AF),
    );
    /// POPCNT: ZF for a zero source, the rest cleared.
    pub const POPCNT: FlagEffect = FlagEffect::new(N, Flags::STATUS, N);
    /// ANDN, BLSI, BLSMSK, BLSR, BZHI: SF/ZF from the result, OF cleared,
    /// CF instruction-specific; AF and PF undefined.
    pub const BMI: FlagEffect = FlagEffect::new(
        N,
        Flags::SF.or(Flags::ZF).or(Flags::OF).or(Flags::CF),
        Flags::AF.or(Flags::PF),
    );
    /// BEXTR: ZF from the result, CF and OF cleared; AF SF PF undefined.
    pub const BEXTR: FlagEffect = FlagEffect::new(
        N,
        Flags::ZF.or(Flags::CF).or(Flags::OF),
        Flags::AF.or(Flags::SF).or(Flags::PF),
    );
    /// COMISS/UCOMISS and friends: ZF PF CF from the comparison, OF SF AF cleared.
    pub const FP_COMPARE: FlagEffect = FlagEffect::new(N, Flags::STATUS, N);
    /// PUSHF: reads every flag.
    pub const READ_ALL: FlagEffect = FlagEffect::new(Flags::ALL, N, N);
    /// POPF: writes every flag.
    pub const WRITE_ALL: FlagEffect = FlagEffect::new(N, Flags::ALL, N);
    /// Writes exactly the given flags.
    pub const fn writes(f: Flags) -> FlagEffect {
        FlagEffect::new(N, f, N)
    }
}

/// Accumulates rows while the family files run.
pub(crate) struct Rows {
    rows: Vec<InsnInfo>,
    aliases: Vec<(&'static str, &'static str)>,
}

impl Rows {
    /// Rows that carry only a name and a class.
    fn plain(&mut self, class: InsnClass, names: &[&'static str]) {
        self.rows
            .extend(names.iter().map(|n| InsnInfo::new(n, class)));
    }

    fn one(&mut self, row: InsnInfo) {
        self.rows.push(row);
    }

    /// One row per width, each a copy of `proto` with its name and width.
    fn sized(&mut self, names: &[(&'static str, Width)], proto: InsnInfo) {
        self.rows
            .extend(names.iter().map(|(n, w)| proto.with_name(n).with_width(*w)));
    }

    /// One row per condition, each a copy of `proto` with its name and condition.
    fn conds(&mut self, names: &[(&'static str, Cond)], proto: InsnInfo) {
        self.rows
            .extend(names.iter().map(|(n, c)| proto.with_name(n).with_cond(*c)));
    }

    /// Another spelling of an existing row.
    fn alias(&mut self, alias: &'static str, canonical: &'static str) {
        self.aliases.push((alias, canonical));
    }
}

/// A row built from scratch, for the family files.
const fn row(class: InsnClass) -> InsnInfo {
    InsnInfo::new("", class)
}

struct Table {
    rows: Vec<InsnInfo>,
    index: HashMap<&'static str, u16>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> Table {
    let mut acc = Rows {
        rows: Vec::with_capacity(1700),
        aliases: Vec::new(),
    };
    branch::add(&mut acc);
    integer::add(&mut acc);
    moves::add(&mut acc);
    system::add(&mut acc);
    x87::add(&mut acc);
    sse::add(&mut acc);
    avx::add(&mut acc);
    avx512::add(&mut acc);
    let Rows { mut rows, aliases } = acc;
    for (alias, canonical) in aliases {
        // A missing canonical row is caught by the tests; skip it here so a
        // table bug cannot panic a parser.
        if let Some(base) = rows.iter().find(|r| r.name == canonical) {
            rows.push(base.with_name(alias).with_canonical(canonical));
        }
    }
    let index = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.name, i as u16))
        .collect();
    Table { rows, index }
}

/// Looks an instruction up by its Go mnemonic (without AVX-512 `.Z`-style suffixes).
pub fn lookup(name: &str) -> Option<&'static InsnInfo> {
    let t = table();
    t.index.get(name).map(|&i| &t.rows[i as usize])
}

/// All rows: family rows first, alias rows last.
pub fn all() -> &'static [InsnInfo] {
    &table().rows
}

/// A row's position in [`all`]: a two-byte handle for IR and dispatch.
/// Stable within one build of the crate, not across versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InsnId(u16);

impl InsnId {
    pub fn from_name(name: &str) -> Option<InsnId> {
        table().index.get(name).map(|&i| InsnId(i))
    }

    pub fn info(self) -> &'static InsnInfo {
        &table().rows[self.0 as usize]
    }

    pub fn index(self) -> u16 {
        self.0
    }

    /// For an alias, the id of its canonical row; otherwise itself.
    pub fn resolve(self) -> InsnId {
        match self.info().canonical {
            Some(c) => InsnId::from_name(c).unwrap_or(self),
            None => self,
        }
    }
}

/// AVX-512 mnemonic suffixes (`VADDPD.RU_SAE.Z`): zeroing, broadcast,
/// suppress-all-exceptions and the four static rounding modes.
pub const SUFFIXES: [&str; 7] = ["Z", "BCST", "SAE", "RN_SAE", "RZ_SAE", "RU_SAE", "RD_SAE"];

/// Whether `s` (without the dot) is an AVX-512 mnemonic suffix.
pub fn is_suffix(s: &str) -> bool {
    SUFFIXES.contains(&s)
}

#[cfg(test)]
mod tests;
