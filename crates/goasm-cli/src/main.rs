//! `goasm`: a virtual machine and toolbox for Go's amd64 assembly.
//!
//! `main` only parses the command line and dispatches; each subcommand is a
//! small struct in `commands/` over library calls.

mod commands;

use clap::Parser;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "goasm", version, about = "Run and inspect Go's amd64 assembly")]
struct Cli {
    #[command(subcommand)]
    command: commands::Command,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command.run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("goasm: {err:#}");
            ExitCode::from(1)
        }
    }
}
