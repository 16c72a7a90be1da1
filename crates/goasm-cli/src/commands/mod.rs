//! One module per subcommand. Each one is a clap `Args` struct with a `run`
//! method returning the process exit code.

use clap::Subcommand;
use std::process::ExitCode;

mod abi;
mod call;
mod fmt;
mod frames;
mod gotool;
mod input;
mod parse;
mod program;
mod proto;
mod run;
mod trace;
mod vet;

#[derive(Subcommand)]
pub enum Command {
    /// Parse assembly files or compiler listings and report errors (and counts with --stats).
    Parse(parse::ParseArgs),
    /// Print a file back in canonical Go-assembly form.
    Fmt(fmt::FmtArgs),
    /// Show how a Go function's arguments and results are passed (ABI0, ABIInternal, SysV) with frame diagrams.
    Abi(abi::AbiArgs),
    /// Run a program whose entry (default main·main) is written in assembly.
    Run(run::RunArgs),
    /// Call one ABI0 function with Go literal arguments and print its results like fmt.Println.
    Call(call::CallArgs),
    /// Run a program and print its call tree, each call and return annotated with the ABI.
    Trace(trace::TraceArgs),
    /// Run a program to an instruction and draw every frame of the goroutine's stack.
    Frames(frames::FramesArgs),
    /// Check assembly against its Go declarations: go vet's asmdecl checks (same output) plus goasm's own.
    Vet(vet::VetArgs),
    /// Infer the Go prototype of each TEXT symbol from assembly or a compiler listing.
    Proto(proto::ProtoArgs),
}

impl Command {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        match self {
            Command::Parse(args) => args.run(),
            Command::Fmt(args) => args.run(),
            Command::Abi(args) => args.run(),
            Command::Run(args) => args.run(),
            Command::Call(args) => args.run(),
            Command::Trace(args) => args.run(),
            Command::Frames(args) => args.run(),
            Command::Vet(args) => args.run(),
            Command::Proto(args) => args.run(),
        }
    }
}
