//! The instruction table. PLACEHOLDER: filled in by the ISA work; the API
//! (`lookup`, `all`, `InsnInfo`, `InsnClass`) is what the parser relies on.

/// Broad family of an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InsnClass {
    /// Assembler directives and pseudo-instructions (TEXT, DATA, GLOBL, PCDATA, FUNCDATA, PCALIGN, NOP...).
    Pseudo,
    /// Everything else until the table is written.
    Other,
}

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InsnInfo {
    pub name: &'static str,
    pub class: InsnClass,
}

const ROWS: &[InsnInfo] = &[];

/// Looks an instruction up by its Go mnemonic (without AVX-512 `.Z`-style suffixes).
pub fn lookup(name: &str) -> Option<&'static InsnInfo> {
    ROWS.iter().find(|r| r.name == name)
}

/// All rows.
pub fn all() -> &'static [InsnInfo] {
    ROWS
}
