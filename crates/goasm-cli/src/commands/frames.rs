//! `goasm frames PROGRAM --at SYMBOL[+LABEL|+N|:LINE]`: run the program to
//! that instruction and draw every frame of the goroutine's stack (see
//! goasm-trace's `frames`). The run stops there.

use super::program::ProgramOpts;
use super::run::report;
use anyhow::bail;
use clap::Args;
use goasm_trace::frames::{self, FramesTracer, Stop};
use std::io::Write;
use std::process::ExitCode;

#[derive(Args)]
pub struct FramesArgs {
    /// Where to stop: SYMBOL (its first instruction), SYMBOL+LABEL, SYMBOL+N (N-th instruction, as traces count) or SYMBOL:LINE.
    #[arg(long, value_name = "SPEC")]
    at: String,
    /// Stop the N-th time it is reached.
    #[arg(long, default_value_t = 1, value_name = "N")]
    hit: u64,
    /// JSON instead of the diagram.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    program: ProgramOpts,
}

impl FramesArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let mut p = self.program.load()?;
        let pc = frames::resolve_at(&p.machine, &self.at).map_err(anyhow::Error::msg)?;
        let stops = vec![Stop::At { pc, hit: self.hit }];
        p.machine
            .set_tracer(Box::new(FramesTracer::new(p.tracker(), stops, true)));
        let outcome = p.run()?;
        let t = goasm_trace::finish(&mut p.machine).and_then(|t| t.downcast::<FramesTracer>().ok());
        let Some(snap) = t.and_then(|t| t.snapshots.into_iter().next()) else {
            let code = report(&outcome);
            bail!(
                "the run ended without reaching {} (hit {}); exit {code:?}",
                self.at,
                self.hit
            );
        };
        let text = if self.json {
            serde_json::to_string_pretty(&snap)? + "\n"
        } else {
            frames::render(&snap)
        };
        // A closed pipe (`| head`) is not an error worth a panic.
        let _ = std::io::stdout().write_all(text.as_bytes());
        Ok(ExitCode::SUCCESS)
    }
}
