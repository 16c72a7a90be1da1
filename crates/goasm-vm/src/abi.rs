//! The two Go calling conventions as the linker sees them: every function
//! symbol is defined for one ABI, and every reference asks for one. Go's
//! toolchain keeps them apart (a hand-written `TEXT ·f(SB)` is ABI0, compiled
//! Go is ABIInternal) and bridges them with ABI wrappers that the compiler
//! emits when `-symabis` tells it which assembly functions exist; the linker
//! only matches names and ABIs, and so does goasm's.

use goasm_syntax::Parsed;
use goasm_syntax::ast::{StmtKind, Text};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abi {
    /// Arguments and results on the stack (hand-written assembly).
    Abi0,
    /// Arguments and results in registers (compiled Go).
    Internal,
}

impl Abi {
    /// The ABI a TEXT defines: ABIInternal for compiled functions and
    /// hand-written `·f<ABIInternal>`, ABI0 otherwise.
    pub fn of(t: &Text) -> Abi {
        if t.abi_internal || t.sym.abi.as_deref() == Some("ABIInternal") {
            Abi::Internal
        } else {
            Abi::Abi0
        }
    }

    /// A `<ABI0>`/`<ABIInternal>` selector.
    pub fn parse(s: &str) -> Option<Abi> {
        match s {
            "ABI0" => Some(Abi::Abi0),
            "ABIInternal" => Some(Abi::Internal),
            _ => None,
        }
    }

    pub fn other(self) -> Abi {
        match self {
            Abi::Abi0 => Abi::Internal,
            Abi::Internal => Abi::Abi0,
        }
    }

    /// Go's spelling, as its linker prints it.
    pub fn name(self) -> &'static str {
        match self {
            Abi::Abi0 => "ABI0",
            Abi::Internal => "ABIInternal",
        }
    }
}

/// A function name's definitions (text indices), at most one per ABI.
#[derive(Clone, Copy, Debug, Default)]
pub struct AbiDefs {
    abi0: Option<usize>,
    internal: Option<usize>,
    /// The ABI of the definition that is not an ABI wrapper (the one the
    /// compiler calls directly).
    real: Option<Abi>,
    /// Is one of the definitions in the compiler's listing (then the
    /// compiler knew the function's ABI)?
    compiled: bool,
}

impl AbiDefs {
    pub fn get(&self, abi: Abi) -> Option<usize> {
        match abi {
            Abi::Abi0 => self.abi0,
            Abi::Internal => self.internal,
        }
    }

    pub fn set(&mut self, abi: Abi, idx: usize, wrapper: bool, compiled: bool) {
        self.compiled |= compiled;
        match abi {
            Abi::Abi0 => self.abi0 = Some(idx),
            Abi::Internal => self.internal = Some(idx),
        }
        if !wrapper {
            self.real = Some(abi);
        }
    }

    /// The ABI direct calls from compiled code bind to: the real
    /// definition's when the compiler saw the function (it defined it, or
    /// symabis made it emit a wrapper); otherwise the compiler took it for
    /// a Go function and called it as ABIInternal.
    pub fn call_abi(&self) -> Abi {
        match self.real {
            Some(real) if self.compiled => real,
            _ => Abi::Internal,
        }
    }
}

/// A compiler listing defines at least one ABIInternal function (the
/// loader marks them); hand-written assembly never does without a selector.
pub fn is_listing(p: &Parsed) -> bool {
    p.file
        .stmts
        .iter()
        .any(|s| matches!(&s.kind, StmtKind::Text(t) if t.abi_internal))
}
