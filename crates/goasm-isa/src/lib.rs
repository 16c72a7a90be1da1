//! The one source of truth for Go's amd64 instruction set as goasm sees it:
//! register names and numbers ([`Reg`]) and the instruction table
//! ([`lookup`], [`all`]). The parser validates mnemonics against it, the
//! printer spells registers from it, and the VM lowers and dispatches from
//! it, so a fact about an instruction (its width, the flags it reads and
//! writes, its operand forms, whether it ends a block) lives in exactly one
//! row.
//!
//! ```
//! use goasm_isa::{Control, Flags, InsnClass, Reg, RegClass, Width};
//! let r = Reg::from_name("R14").unwrap();
//! assert_eq!(r.class(), RegClass::Gp64);
//! assert_eq!(r.name(), "R14");
//!
//! let add = goasm_isa::lookup("ADDQ").unwrap();
//! assert_eq!(add.class(), InsnClass::Arith);
//! assert_eq!(add.width(), Some(Width::Q));
//! assert!(add.flags_written().contains(Flags::CF | Flags::OF));
//!
//! // Go's Intel-style jump spellings are aliases of the canonical rows.
//! let ja = goasm_isa::lookup("JA").unwrap();
//! assert_eq!(ja.canonical(), Some("JHI"));
//! assert_eq!(ja.control(), Control::CondJump);
//!
//! // AVX-512 suffixes are validated separately from the mnemonic.
//! assert!(goasm_isa::lookup("VADDPD").is_some() && goasm_isa::is_suffix("RU_SAE"));
//! assert!(goasm_isa::lookup("EAX").is_none());
//! ```
#![forbid(unsafe_code)]

mod flags;
mod info;
mod reg;
mod table;

pub use flags::{Cond, FlagEffect, Flags};
pub use info::{Control, Form, InsnClass, InsnInfo, Opnd, Width};
pub use reg::{Reg, RegClass};
pub use table::{InsnId, SUFFIXES, all, is_suffix, lookup};
