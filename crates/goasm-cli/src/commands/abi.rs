//! `goasm abi`: show how a Go function's arguments and results are passed under
//! ABI0 (FP offsets with go vet's names), ABIInternal (registers, stack, spill
//! slots) and optionally System V, with frame diagrams; `--json` for tools.

use anyhow::Context;
use clap::Args;
use goasm_abi::{Analysis, Decls, report};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct AbiArgs {
    /// Go files whose type declarations (and func declarations) are in scope.
    #[arg(long = "decls", value_name = "FILE.go")]
    decls: Vec<PathBuf>,
    /// Also show the System V AMD64 (C) assignment for comparison.
    #[arg(long)]
    sysv: bool,
    /// Print JSON (abi0, abiinternal, sysv) instead of text.
    #[arg(long)]
    json: bool,
    /// A func declaration (`func Swap(a, b int) (int, int)`), or the name of a
    /// func declared in a --decls file (`Swap`, `T.M`, `(*T).M`).
    signature: String,
}

impl AbiArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let mut decls = Decls::new();
        for path in &self.decls {
            let src =
                std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?;
            if let Err(e) = decls.add(&path.display().to_string(), &src) {
                eprintln!("{e}");
                return Ok(ExitCode::from(1));
            }
        }
        let text = self.signature.trim();
        let sig = if text.starts_with("func") {
            goasm_abi::parse_func("<arg>", text).and_then(|d| decls.env.signature("<arg>", &d))
        } else {
            match decls.signature(text) {
                Some(r) => r,
                None => anyhow::bail!(
                    "no func {text} in the --decls files (or write a declaration: 'func {text}(...)')"
                ),
            }
        };
        let sig = match sig {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{e}");
                return Ok(ExitCode::from(1));
            }
        };
        let analysis = Analysis::new(sig);
        if self.json {
            println!("{}", report::json_string(&analysis));
        } else {
            print!("{}", report::text(&analysis, self.sysv));
        }
        Ok(ExitCode::SUCCESS)
    }
}
