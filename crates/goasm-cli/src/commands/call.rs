//! `goasm call FILE.s... stub.go 'Swap(1, 2)' [--frame]`: call one ABI0
//! function with Go literals laid out per its Go declaration and print the
//! results the way `fmt.Println` would. `--frame` draws the frame layout
//! (goasm-abi's ABI0 diagram), dumps the argument area at entry and at
//! return, and draws the live goroutine stack at both moments (goasm-trace's
//! frame diagram: the call runs with a frames tracer that takes a snapshot
//! at the function's first instruction and before its RET).

use super::run::{VmOpts, load, report};
use anyhow::{Context, bail};
use clap::Args;
use goasm_rt::gocall;
use goasm_trace::calls::Tracker;
use goasm_trace::catalog::{Catalog, Decls};
use goasm_trace::frames::{self, FramesTracer, Stop};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct CallArgs {
    /// Also draw the frame at entry and at return.
    #[arg(long)]
    frame: bool,
    #[command(flatten)]
    vm: VmOpts,
    /// Assembly files (.s), Go stubs (.go) declaring the function, then the call, e.g. 'Swap(1, 2)'.
    #[arg(required = true, num_args = 2..)]
    inputs: Vec<String>,
}

fn dump(frame: &[u8]) -> String {
    let mut out = String::new();
    for (i, chunk) in frame.chunks(8).enumerate() {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        out.push_str(&format!(
            "    {:>4}(FP)  {:#018x}\n",
            i * 8,
            u64::from_le_bytes(w)
        ));
    }
    out
}

impl CallArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let (expr, files) = self
            .inputs
            .split_last()
            .context("missing the call expression")?;
        let files: Vec<PathBuf> = files.iter().map(PathBuf::from).collect();
        let mut l = load(&files, &self.vm)?;
        let (name, args) = gocall::split_call(expr).map_err(anyhow::Error::msg)?;
        let mut env = goasm_abi::TypeEnv::new();
        for s in &l.stubs {
            env.add_file(s).map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        let (stub, decl) = l
            .stubs
            .iter()
            .flat_map(|s| s.funcs.iter().map(move |f| (s, f)))
            .find(|(_, f)| f.name == name && f.recv.is_none())
            .with_context(|| format!("no Go declaration of {name} in the stub files"))?;
        let sig = env
            .signature(&stub.file, decl)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let analysis = goasm_abi::Analysis::new(sig);
        let mut frame =
            gocall::build_frame(&mut l.machine, &analysis, &args).map_err(anyhow::Error::msg)?;
        if self.frame {
            print!("{}", goasm_abi::diagram::abi0(&analysis));
            println!("at entry:");
            print!("{}", dump(&frame));
        }
        if self.frame {
            let entry = l
                .machine
                .func(&format!("·{name}"))
                .map(|f| f.entry)
                .with_context(|| format!("no function ·{name}"))?;
            let decls = Decls::new(&l.stubs, &l.pkg);
            let builtins: Vec<(String, String)> = goasm_rt::builtins::table()
                .iter()
                .map(|b| (b.name.to_string(), b.sig.to_string()))
                .collect();
            let cat = Catalog::new(&l.machine, &decls, &builtins);
            let tracker = Tracker::new(cat, &l.machine.image);
            let stops = vec![Stop::At { pc: entry, hit: 1 }, Stop::RootReturn];
            l.machine
                .set_tracer(Box::new(FramesTracer::new(tracker, stops, false)));
        }
        let out = l.machine.call_abi0(&format!("·{name}"), &mut frame)?;
        let snapshots = goasm_trace::finish(&mut l.machine)
            .and_then(|t| t.downcast::<FramesTracer>().ok())
            .map(|t| t.snapshots)
            .unwrap_or_default();
        for (s, when) in snapshots.iter().zip(["stack at entry", "stack before RET"]) {
            println!("{when}:");
            print!("{}", frames::render(s));
        }
        if out != goasm_vm::CallOutcome::Returned {
            return Ok(report(&out));
        }
        if self.frame {
            println!("at return:");
            print!("{}", dump(&frame));
        }
        if analysis.abi0.results.is_empty() && !self.frame {
            return Ok(ExitCode::SUCCESS);
        }
        if !analysis.abi0.results.is_empty() {
            println!("{}", gocall::format_results(&l.machine, &analysis, &frame));
        }
        if files.is_empty() {
            bail!("no input files");
        }
        Ok(ExitCode::SUCCESS)
    }
}
