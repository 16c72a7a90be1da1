//! Status flags and condition codes.
//!
//! The VM computes flags lazily (ARCHITECTURE.md decision 3), so it needs to
//! know, per instruction, which flags are read, which are given a defined
//! value, and which the Intel manual leaves undefined (the CPU oracle must
//! ignore those). A one-byte bitset keeps the table rows small; it converts
//! to and from the hardware RFLAGS bit positions for PUSHFQ/POPFQ.

use std::fmt;

/// A set of arithmetic status flags (plus DF, which string ops read).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Flags(u8);

/// (flag, RFLAGS bit, name) in our bit order.
const BITS: [(Flags, u32, &str); 7] = [
    (Flags::CF, 0, "CF"),
    (Flags::PF, 2, "PF"),
    (Flags::AF, 4, "AF"),
    (Flags::ZF, 6, "ZF"),
    (Flags::SF, 7, "SF"),
    (Flags::DF, 10, "DF"),
    (Flags::OF, 11, "OF"),
];

impl Flags {
    pub const NONE: Flags = Flags(0);
    pub const CF: Flags = Flags(1 << 0);
    pub const PF: Flags = Flags(1 << 1);
    pub const AF: Flags = Flags(1 << 2);
    pub const ZF: Flags = Flags(1 << 3);
    pub const SF: Flags = Flags(1 << 4);
    pub const OF: Flags = Flags(1 << 5);
    /// Direction flag: not a status flag, but string instructions read it.
    pub const DF: Flags = Flags(1 << 6);
    /// The six arithmetic status flags.
    pub const STATUS: Flags = Flags(0b11_1111);
    /// Status flags and DF.
    pub const ALL: Flags = Flags(0b111_1111);

    /// Union, usable in constants.
    pub const fn or(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }

    /// Set difference, usable in constants.
    pub const fn without(self, other: Flags) -> Flags {
        Flags(self.0 & !other.0)
    }

    pub const fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    pub const fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub const fn bits(self) -> u8 {
        self.0
    }

    /// The flags set in an RFLAGS value (other bits are ignored).
    pub fn from_rflags(rflags: u64) -> Flags {
        BITS.iter()
            .filter(|(_, bit, _)| rflags >> bit & 1 == 1)
            .fold(Flags::NONE, |acc, (f, _, _)| acc.or(*f))
    }

    /// These flags as an RFLAGS mask (hardware bit positions).
    pub fn to_rflags(self) -> u64 {
        BITS.iter()
            .filter(|(f, _, _)| self.contains(*f))
            .fold(0, |acc, (_, bit, _)| acc | 1 << bit)
    }

    /// Parses `"CF|ZF"` style text (as printed by `Debug`); `""` is empty.
    pub fn parse(text: &str) -> Option<Flags> {
        text.split('|')
            .filter(|s| !s.is_empty())
            .try_fold(Flags::NONE, |acc, name| {
                let (f, _, _) = BITS.iter().find(|(_, _, n)| *n == name.trim())?;
                Some(acc.or(*f))
            })
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, rhs: Flags) -> Flags {
        self.or(rhs)
    }
}

impl fmt::Debug for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = BITS
            .iter()
            .filter(|(b, _, _)| self.contains(*b))
            .map(|(_, _, n)| *n)
            .collect();
        if names.is_empty() {
            f.write_str("-")
        } else {
            f.write_str(&names.join("|"))
        }
    }
}

/// What an instruction does to the flags.
///
/// `written` flags get a value the manual defines; `undefined` flags may hold
/// anything afterwards. A flag can be in both when the manual makes it depend
/// on an operand: after a shift, OF is defined only for a count of 1, and a
/// count of 0 leaves every flag alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct FlagEffect {
    pub read: Flags,
    pub written: Flags,
    pub undefined: Flags,
}

impl FlagEffect {
    pub const NONE: FlagEffect = FlagEffect {
        read: Flags::NONE,
        written: Flags::NONE,
        undefined: Flags::NONE,
    };

    pub const fn new(read: Flags, written: Flags, undefined: Flags) -> FlagEffect {
        FlagEffect {
            read,
            written,
            undefined,
        }
    }

    /// Flags whose old value may be lost: written or made undefined.
    pub const fn clobbered(self) -> Flags {
        self.written.or(self.undefined)
    }
}

/// The sixteen x86 conditions, named the way Go suffixes them
/// (JEQ, SETHI, CMOVQLT ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cond {
    /// Overflow set (OF=1).
    OS,
    /// Overflow clear.
    OC,
    /// Carry set: unsigned below (CF=1).
    CS,
    /// Carry clear: unsigned above or equal.
    CC,
    /// Equal (ZF=1).
    EQ,
    /// Not equal.
    NE,
    /// Lower or same, unsigned (CF=1 or ZF=1).
    LS,
    /// Higher, unsigned (CF=0 and ZF=0).
    HI,
    /// Minus (SF=1).
    MI,
    /// Plus (SF=0).
    PL,
    /// Parity set (PF=1).
    PS,
    /// Parity clear.
    PC,
    /// Less, signed (SF!=OF).
    LT,
    /// Greater or equal, signed (SF=OF).
    GE,
    /// Less or equal, signed (ZF=1 or SF!=OF).
    LE,
    /// Greater, signed (ZF=0 and SF=OF).
    GT,
}

impl Cond {
    /// All conditions in hardware encoding order (the low nibble of Jcc).
    pub const ALL: [Cond; 16] = [
        Cond::OS,
        Cond::OC,
        Cond::CS,
        Cond::CC,
        Cond::EQ,
        Cond::NE,
        Cond::LS,
        Cond::HI,
        Cond::MI,
        Cond::PL,
        Cond::PS,
        Cond::PC,
        Cond::LT,
        Cond::GE,
        Cond::LE,
        Cond::GT,
    ];

    /// The hardware condition number (0..16): `0x70 + n` is the short Jcc.
    pub fn code(self) -> u8 {
        Cond::ALL.iter().position(|c| *c == self).unwrap_or(0) as u8
    }

    /// The opposite condition (flip of the low encoding bit).
    pub fn negate(self) -> Cond {
        Cond::ALL[(self.code() ^ 1) as usize]
    }

    /// Go's suffix: "EQ", "HI", ...
    pub fn suffix(self) -> &'static str {
        match self {
            Cond::OS => "OS",
            Cond::OC => "OC",
            Cond::CS => "CS",
            Cond::CC => "CC",
            Cond::EQ => "EQ",
            Cond::NE => "NE",
            Cond::LS => "LS",
            Cond::HI => "HI",
            Cond::MI => "MI",
            Cond::PL => "PL",
            Cond::PS => "PS",
            Cond::PC => "PC",
            Cond::LT => "LT",
            Cond::GE => "GE",
            Cond::LE => "LE",
            Cond::GT => "GT",
        }
    }

    /// The flags the condition inspects.
    pub const fn reads(self) -> Flags {
        match self {
            Cond::OS | Cond::OC => Flags::OF,
            Cond::CS | Cond::CC => Flags::CF,
            Cond::EQ | Cond::NE => Flags::ZF,
            Cond::LS | Cond::HI => Flags::CF.or(Flags::ZF),
            Cond::MI | Cond::PL => Flags::SF,
            Cond::PS | Cond::PC => Flags::PF,
            Cond::LT | Cond::GE => Flags::SF.or(Flags::OF),
            Cond::LE | Cond::GT => Flags::ZF.or(Flags::SF).or(Flags::OF),
        }
    }

    /// Whether the condition holds when exactly the flags in `set` are 1.
    pub fn holds(self, set: Flags) -> bool {
        let f = |x| set.contains(x);
        let base = match self {
            Cond::OS | Cond::OC => f(Flags::OF),
            Cond::CS | Cond::CC => f(Flags::CF),
            Cond::EQ | Cond::NE => f(Flags::ZF),
            Cond::LS | Cond::HI => f(Flags::CF) || f(Flags::ZF),
            Cond::MI | Cond::PL => f(Flags::SF),
            Cond::PS | Cond::PC => f(Flags::PF),
            Cond::LT | Cond::GE => f(Flags::SF) != f(Flags::OF),
            Cond::LE | Cond::GT => f(Flags::ZF) || f(Flags::SF) != f(Flags::OF),
        };
        // Even codes are the "true" sense, odd codes its negation.
        base ^ (self.code() & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rflags_round_trip_uses_hardware_bits() {
        assert_eq!(Flags::CF.to_rflags(), 0x1);
        assert_eq!(Flags::ZF.to_rflags(), 0x40);
        assert_eq!(Flags::OF.to_rflags(), 0x800);
        assert_eq!(Flags::DF.to_rflags(), 0x400);
        assert_eq!(
            Flags::from_rflags(0x202 | 0x40 | 0x1),
            Flags::ZF | Flags::CF
        );
        assert_eq!(Flags::from_rflags(Flags::ALL.to_rflags()), Flags::ALL);
    }

    #[test]
    fn debug_text_parses_back() {
        for bits in 0..=Flags::ALL.bits() {
            let f = Flags(bits);
            let text = format!("{f:?}");
            let text = if text == "-" { String::new() } else { text };
            assert_eq!(Flags::parse(&text), Some(f));
        }
        assert_eq!(Flags::parse("XF"), None);
    }

    #[test]
    fn conditions_pair_up_and_read_what_they_test() {
        for c in Cond::ALL {
            assert_eq!(c.negate().negate(), c);
            assert_eq!(c.reads(), c.negate().reads());
            for bits in 0..=Flags::STATUS.bits() {
                let set = Flags(bits);
                assert_ne!(c.holds(set), c.negate().holds(set), "{c:?} {set:?}");
                // Flags outside reads() cannot change the outcome.
                let masked = Flags(bits & c.reads().bits());
                assert_eq!(c.holds(set), c.holds(masked), "{c:?} {set:?}");
            }
        }
        assert!(Cond::GT.holds(Flags::NONE));
        assert!(Cond::LT.holds(Flags::SF));
        assert!(!Cond::LT.holds(Flags::SF | Flags::OF));
        assert!(Cond::LS.holds(Flags::ZF));
        assert!(Cond::HI.holds(Flags::OF));
        assert_eq!(Cond::EQ.code(), 4);
        assert_eq!(Cond::GT.code(), 15);
    }
}
