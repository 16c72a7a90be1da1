//! `goasm fmt`: print a file back in canonical Go-assembly form (macros
//! expanded, constants evaluated, one statement per line).

use super::input::SourceOpts;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct FmtArgs {
    #[command(flatten)]
    source: SourceOpts,
    /// The assembly file to print.
    file: PathBuf,
}

impl FmtArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let parsed = goasm_syntax::parse_path(&self.file, &self.source.config())
            .map_err(|e| anyhow::anyhow!("{}: {e}", self.file.display()))?;
        if !parsed.diags.is_empty() {
            eprint!("{}", parsed.render_diags());
            return Ok(ExitCode::from(1));
        }
        print!("{}", goasm_syntax::print_file(&parsed.file));
        Ok(ExitCode::SUCCESS)
    }
}
