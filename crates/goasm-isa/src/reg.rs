//! Registers as Go's assembler spells them. Go has no 16- or 32-bit register
//! names: the operand width comes from the instruction suffix (MOVL AX, BX).
//! The 8-bit names are AL..BL, SPB/BPB/SIB/DIB, R8B..R15B and AH..BH.

/// The family a register belongs to; it decides how operands are checked and
/// how the VM stores them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegClass {
    /// AL, CL, ..., R15B (low byte of a general register).
    Gp8Low,
    /// AH, CH, DH, BH.
    Gp8High,
    /// AX ... R15 (the instruction suffix selects the width).
    Gp64,
    /// X0..X31 (128-bit vector).
    Xmm,
    /// Y0..Y31 (256-bit vector).
    Ymm,
    /// Z0..Z31 (512-bit vector).
    Zmm,
    /// K0..K7 (AVX-512 opmask).
    Mask,
    /// M0..M7 (MMX).
    Mmx,
    /// F0..F7 (x87 stack).
    X87,
    /// CS, SS, DS, ES, FS, GS.
    Segment,
    /// GDTR, IDTR, LDTR, MSW, TASK, CR0..CR15, DR0..DR7, TR0..TR7.
    System,
    /// TLS: the thread-local base used to reach g in ABI0 code.
    Tls,
}

/// A machine register. The number is dense and stable so the VM can index
/// its register file with it: general registers are 0..16 in hardware order
/// (AX CX DX BX SP BP SI DI R8..R15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reg(u16);

const GP64: [&str; 16] = [
    "AX", "CX", "DX", "BX", "SP", "BP", "SI", "DI", "R8", "R9", "R10", "R11", "R12", "R13", "R14",
    "R15",
];
const GP8: [&str; 16] = [
    "AL", "CL", "DL", "BL", "SPB", "BPB", "SIB", "DIB", "R8B", "R9B", "R10B", "R11B", "R12B",
    "R13B", "R14B", "R15B",
];
const GP8_HIGH: [&str; 4] = ["AH", "CH", "DH", "BH"];
const SEGMENT: [&str; 6] = ["CS", "SS", "DS", "ES", "FS", "GS"];
const SYSTEM_NAMED: [&str; 5] = ["GDTR", "IDTR", "LDTR", "MSW", "TASK"];

// Dense numbering: each class occupies a fixed range.
const BASE_GP64: u16 = 0;
const BASE_GP8: u16 = 16;
const BASE_GP8_HIGH: u16 = 32;
const BASE_XMM: u16 = 36;
const BASE_YMM: u16 = 68;
const BASE_ZMM: u16 = 100;
const BASE_MASK: u16 = 132;
const BASE_MMX: u16 = 140;
const BASE_X87: u16 = 148;
const BASE_SEGMENT: u16 = 156;
const BASE_SYSTEM_NAMED: u16 = 162;
const BASE_CR: u16 = 167;
const BASE_DR: u16 = 183;
const BASE_TR: u16 = 191;
const TLS: u16 = 199;
const END: u16 = 200;

impl Reg {
    pub const AX: Reg = Reg(0);
    pub const CX: Reg = Reg(1);
    pub const DX: Reg = Reg(2);
    pub const BX: Reg = Reg(3);
    pub const SP: Reg = Reg(4);
    pub const BP: Reg = Reg(5);
    pub const SI: Reg = Reg(6);
    pub const DI: Reg = Reg(7);
    pub const R14: Reg = Reg(14);
    pub const X15: Reg = Reg(BASE_XMM + 15);
    pub const TLS: Reg = Reg(TLS);

    /// Looks a register up by its Go spelling (case-sensitive, as in Go).
    /// `g` is Go's alias for R14 on amd64.
    pub fn from_name(name: &str) -> Option<Reg> {
        if name == "g" {
            return Some(Reg::R14);
        }
        if name == "TLS" {
            return Some(Reg::TLS);
        }
        let find = |list: &[&str], base: u16| {
            list.iter()
                .position(|n| *n == name)
                .map(|i| Reg(base + i as u16))
        };
        if let Some(r) = find(&GP64, BASE_GP64)
            .or_else(|| find(&GP8, BASE_GP8))
            .or_else(|| find(&GP8_HIGH, BASE_GP8_HIGH))
            .or_else(|| find(&SEGMENT, BASE_SEGMENT))
            .or_else(|| find(&SYSTEM_NAMED, BASE_SYSTEM_NAMED))
        {
            return Some(r);
        }
        let numbered = |prefix: &str, count: u16, base: u16| -> Option<Reg> {
            let digits = name.strip_prefix(prefix)?;
            if digits.is_empty() || (digits.len() > 1 && digits.starts_with('0')) {
                return None;
            }
            let n: u16 = digits.parse().ok()?;
            (n < count).then_some(Reg(base + n))
        };
        numbered("X", 32, BASE_XMM)
            .or_else(|| numbered("Y", 32, BASE_YMM))
            .or_else(|| numbered("Z", 32, BASE_ZMM))
            .or_else(|| numbered("K", 8, BASE_MASK))
            .or_else(|| numbered("M", 8, BASE_MMX))
            .or_else(|| numbered("F", 8, BASE_X87))
            .or_else(|| numbered("CR", 16, BASE_CR))
            .or_else(|| numbered("DR", 8, BASE_DR))
            .or_else(|| numbered("TR", 8, BASE_TR))
    }

    /// The dense register number (see the type's docs).
    pub fn number(self) -> u16 {
        self.0
    }

    /// The register with a dense number, if there is one.
    pub fn from_number(n: u16) -> Option<Reg> {
        (n < END).then_some(Reg(n))
    }

    /// Index within its class: AX=0 … R15=15, X7=7, K3=3.
    pub fn index(self) -> u8 {
        (self.0 - self.class_base()) as u8
    }

    fn class_base(self) -> u16 {
        match self.class() {
            RegClass::Gp64 => BASE_GP64,
            RegClass::Gp8Low => BASE_GP8,
            RegClass::Gp8High => BASE_GP8_HIGH,
            RegClass::Xmm => BASE_XMM,
            RegClass::Ymm => BASE_YMM,
            RegClass::Zmm => BASE_ZMM,
            RegClass::Mask => BASE_MASK,
            RegClass::Mmx => BASE_MMX,
            RegClass::X87 => BASE_X87,
            RegClass::Segment => BASE_SEGMENT,
            RegClass::System => BASE_SYSTEM_NAMED,
            RegClass::Tls => TLS,
        }
    }

    pub fn class(self) -> RegClass {
        match self.0 {
            n if n < BASE_GP8 => RegClass::Gp64,
            n if n < BASE_GP8_HIGH => RegClass::Gp8Low,
            n if n < BASE_XMM => RegClass::Gp8High,
            n if n < BASE_YMM => RegClass::Xmm,
            n if n < BASE_ZMM => RegClass::Ymm,
            n if n < BASE_MASK => RegClass::Zmm,
            n if n < BASE_MMX => RegClass::Mask,
            n if n < BASE_X87 => RegClass::Mmx,
            n if n < BASE_SEGMENT => RegClass::X87,
            n if n < BASE_SYSTEM_NAMED => RegClass::Segment,
            n if n < TLS => RegClass::System,
            _ => RegClass::Tls,
        }
    }

    /// The register's Go spelling.
    pub fn name(self) -> String {
        let i = self.0;
        match self.class() {
            RegClass::Gp64 => GP64[i as usize].to_string(),
            RegClass::Gp8Low => GP8[(i - BASE_GP8) as usize].to_string(),
            RegClass::Gp8High => GP8_HIGH[(i - BASE_GP8_HIGH) as usize].to_string(),
            RegClass::Xmm => format!("X{}", i - BASE_XMM),
            RegClass::Ymm => format!("Y{}", i - BASE_YMM),
            RegClass::Zmm => format!("Z{}", i - BASE_ZMM),
            RegClass::Mask => format!("K{}", i - BASE_MASK),
            RegClass::Mmx => format!("M{}", i - BASE_MMX),
            RegClass::X87 => format!("F{}", i - BASE_X87),
            RegClass::Segment => SEGMENT[(i - BASE_SEGMENT) as usize].to_string(),
            RegClass::System => match i {
                n if n < BASE_CR => SYSTEM_NAMED[(n - BASE_SYSTEM_NAMED) as usize].to_string(),
                n if n < BASE_DR => format!("CR{}", n - BASE_CR),
                n if n < BASE_TR => format!("DR{}", n - BASE_DR),
                n => format!("TR{}", n - BASE_TR),
            },
            RegClass::Tls => "TLS".to_string(),
        }
    }

    /// Every register, in number order.
    pub fn all() -> impl Iterator<Item = Reg> {
        (0..END).map(Reg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_register_name_round_trips() {
        for r in Reg::all() {
            assert_eq!(Reg::from_name(&r.name()), Some(r), "{}", r.name());
        }
        assert_eq!(Reg::all().count(), END as usize);
    }

    #[test]
    fn hardware_order_and_aliases() {
        assert_eq!(Reg::from_name("R8").unwrap().number(), 8);
        assert_eq!(Reg::from_name("g"), Some(Reg::R14));
        assert_eq!(Reg::from_name("X015"), None);
        assert_eq!(Reg::from_name("X32"), None);
        assert_eq!(Reg::from_name("EAX"), None);
        assert_eq!(Reg::from_name("Z31").unwrap().index(), 31);
    }
}
