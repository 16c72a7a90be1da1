//! The case generator, one file per instruction family.
//!
//! Every (mnemonic, width, operand form) is a *form* with its own
//! deterministic seed derived from its key, so adding or removing a form
//! never changes another form's cases. Each form gets [`CASES_PER_FORM`]
//! cases. Only forms the Go assembler accepts are generated; forms left out
//! on purpose are listed in the family files.

mod alu;
mod bits;
mod cond;
mod exchange;
mod moves;
mod muldiv;
mod shift;
mod sse;
mod string;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::case::{Builder, Case};

/// Cases per form.
pub const CASES_PER_FORM: usize = 200;

/// Bumped when the generator changes in a way that should reshuffle every case.
const SEED_BASE: u64 = 0x676f_6173_6d01;

/// The fixture families, in file order.
pub const FAMILIES: &[&str] = &[
    "alu", "moves", "muldiv", "shift", "bits", "cond", "exchange", "sse", "string",
];

/// Every case of one family, in order.
pub fn family(name: &str) -> Vec<Case> {
    let mut f = Forms { cases: Vec::new() };
    match name {
        "alu" => alu::add(&mut f),
        "moves" => moves::add(&mut f),
        "muldiv" => muldiv::add(&mut f),
        "shift" => shift::add(&mut f),
        "bits" => bits::add(&mut f),
        "cond" => cond::add(&mut f),
        "exchange" => exchange::add(&mut f),
        "sse" => sse::add(&mut f),
        "string" => string::add(&mut f),
        _ => panic!("unknown family {name}"),
    }
    f.cases
}

/// Collects the cases of a family.
pub(crate) struct Forms {
    cases: Vec<Case>,
}

impl Forms {
    /// Adds a form: `gen` builds one case and is run [`CASES_PER_FORM`] times.
    pub(crate) fn form(&mut self, key: &str, mut r#gen: impl FnMut(&mut Builder<'_>)) {
        let mut rng = ChaCha8Rng::seed_from_u64(seed(key));
        for i in 0..CASES_PER_FORM {
            let mut b = Builder::new(&mut rng, i);
            r#gen(&mut b);
            self.cases.push(b.finish(key));
        }
    }
}

/// FNV-1a of the key, mixed with the base seed.
fn seed(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325 ^ SEED_BASE, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// RFLAGS mask of the status flags `mnemonic` defines or preserves,
/// read from goasm-isa: everything but its `undefined` set. Flags that are
/// both written and undefined (OF after a shift) are operand-dependent;
/// the caller decides those, so they count as undefined here.
pub(crate) fn isa_defined(mnemonic: &str) -> u64 {
    let info = goasm_isa::lookup(mnemonic).unwrap_or_else(|| panic!("{mnemonic} not in goasm-isa"));
    crate::case::STATUS_MASK & !info.flags_undefined().to_rflags()
}

/// RFLAGS mask of flags that are both written and undefined: defined for
/// some operands only (the shift/rotate OF, for a count of 1).
pub(crate) fn isa_conditional(mnemonic: &str) -> u64 {
    let info = goasm_isa::lookup(mnemonic).unwrap_or_else(|| panic!("{mnemonic} not in goasm-isa"));
    info.flags_written().to_rflags() & info.flags_undefined().to_rflags()
}

/// RFLAGS bits by name.
pub(crate) mod rf {
    pub const CF: u64 = 0x1;
}

/// Go width suffixes with their bit counts.
pub(crate) const WIDTHS: [(char, u32); 4] = [('B', 8), ('W', 16), ('L', 32), ('Q', 64)];
