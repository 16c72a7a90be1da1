//! `goasm call FILE.s... stub.go 'Swap(1, 2)' [--frame]`: call one ABI0
//! function with Go literals laid out per its Go declaration and print the
//! results the way `fmt.Println` would. `--frame` draws the frame layout
//! (goasm-abi's ABI0 diagram) and dumps the argument area at entry and at
//! return.

use super::run::{VmOpts, load, report};
use anyhow::{Context, bail};
use clap::Args;
use goasm_rt::gocall;
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
        let out = l.machine.call_abi0(&format!("·{name}"), &mut frame)?;
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
