//! One module per subcommand. Each one is a clap `Args` struct with a `run`
//! method returning the process exit code.

use clap::Subcommand;
use std::process::ExitCode;

mod abi;
mod fmt;
mod input;
mod parse;

#[derive(Subcommand)]
pub enum Command {
    /// Parse assembly files or compiler listings and report errors (and counts with --stats).
    Parse(parse::ParseArgs),
    /// Print a file back in canonical Go-assembly form.
    Fmt(fmt::FmtArgs),
    /// Show how a Go function's arguments and results are passed (ABI0, ABIInternal, SysV) with frame diagrams.
    Abi(abi::AbiArgs),
}

impl Command {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        match self {
            Command::Parse(args) => args.run(),
            Command::Fmt(args) => args.run(),
            Command::Abi(args) => args.run(),
        }
    }
}
