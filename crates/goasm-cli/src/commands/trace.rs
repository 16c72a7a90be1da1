//! `goasm trace PROGRAM`: run the program and print its call tree, each
//! call and return annotated with where the ABI put the values (see
//! goasm-trace). Exit code as `goasm run`'s, 0 when `--max-lines` cut the
//! run short.

use super::program::ProgramOpts;
use super::run::report;
use clap::Args;
use goasm_trace::tracer::{CallTracer, Options};
use std::process::ExitCode;

#[derive(Args)]
pub struct TraceArgs {
    /// Also every instruction, with the registers, flags and memory it changed.
    #[arg(long)]
    insn: bool,
    /// Only what happens inside calls of matching functions (`*` wildcards; else a substring).
    #[arg(long, value_name = "PATTERN")]
    func: Option<String>,
    /// Only lines at most this deep (0: the entry function).
    #[arg(long, value_name = "N")]
    depth: Option<usize>,
    /// Stop the run after this many lines.
    #[arg(long, value_name = "N")]
    max_lines: Option<u64>,
    /// JSON lines (schema: crates/goasm-trace/schema/trace-event.schema.json).
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    program: ProgramOpts,
}

impl TraceArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let mut p = self.program.load()?;
        let opts = Options {
            insns: self.insn,
            func: self.func,
            depth: self.depth,
            max_lines: self.max_lines,
            json: self.json,
        };
        let out = std::io::BufWriter::new(std::io::stdout());
        p.machine
            .set_tracer(Box::new(CallTracer::new(p.tracker(), opts, Box::new(out))));
        let outcome = p.run()?;
        let halted = goasm_trace::finish(&mut p.machine)
            .and_then(|t| t.downcast::<CallTracer>().ok())
            .is_some_and(|t| t.halted());
        if halted {
            return Ok(ExitCode::SUCCESS);
        }
        Ok(report(&outcome))
    }
}
