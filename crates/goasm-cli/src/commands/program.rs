//! Loading a whole program for `trace` and `frames`: hand-written assembly
//! with Go stubs (run from `--entry`, ABI0), or a compiled program — a
//! `.go` file compiled to a listing, or a listing — run from `main.main`
//! (ABIInternal). The Go declarations that type the trace come from the
//! stubs, or for a listing from the program's source (`--go FILE`, or the
//! `.go` file beside the listing with the same name).

use super::run::{VmOpts, load};
use anyhow::Context;
use clap::Args;
use goasm_trace::calls::Tracker;
use goasm_trace::catalog::{Catalog, Decls};
use goasm_vm::{CallOutcome, Machine};
use std::path::{Path, PathBuf};

#[derive(Args, Debug, Clone)]
pub struct ProgramOpts {
    /// The function to run for assembly programs.
    #[arg(long, default_value = "main·main")]
    pub entry: String,
    /// The Go source of a listing, to type its functions' arguments.
    #[arg(long = "go", value_name = "FILE")]
    pub go_source: Option<PathBuf>,
    #[command(flatten)]
    pub vm: VmOpts,
    /// Assembly files (.s) and Go stubs (.go), or one listing (.S), or one Go program (.go).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

pub struct Program {
    pub machine: Machine,
    pub decls: Decls,
    listing: bool,
    entry: String,
    stats: bool,
}

fn read(path: &Path) -> anyhow::Result<String> {
    let b = std::fs::read(path).with_context(|| format!("{}", path.display()))?;
    Ok(String::from_utf8_lossy(&b).into_owned())
}

/// Declarations from a Go source file; a file goasm cannot parse leaves the
/// trace untyped (with a note), it does not stop it.
fn source_decls(path: &Path) -> Decls {
    let parsed = read(path).and_then(|t| {
        goasm_abi::parse_file(&path.display().to_string(), &t).map_err(|e| anyhow::anyhow!("{e}"))
    });
    match parsed {
        Ok(f) => {
            let pkg = f.package.clone().unwrap_or_else(|| "main".into());
            Decls::new(&[f], &pkg)
        }
        Err(e) => {
            eprintln!(
                "goasm: note: no Go declarations from {}: {e:#}",
                path.display()
            );
            Decls::default()
        }
    }
}

impl ProgramOpts {
    pub fn load(&self) -> anyhow::Result<Program> {
        if let [file] = self.files.as_slice() {
            let is_go = file.extension().is_some_and(|e| e == "go");
            let text = if is_go {
                Some(super::gotool::compile_listing(file)?)
            } else {
                let t = read(file)?;
                goasm_syntax::looks_like_listing(&t).then_some(t)
            };
            if let Some(text) = text {
                let runtime = goasm_rt::Runtime::new(Box::new(std::io::stderr()));
                let name = file.display().to_string();
                let mut machine = goasm_vm::load_listing(&name, &text, Box::new(runtime))
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                self.vm.apply(&mut machine);
                let source = if is_go {
                    Some(file.clone())
                } else {
                    self.go_source
                        .clone()
                        .or_else(|| Some(file.with_extension("go")).filter(|p| p.is_file()))
                };
                let decls = source.map_or_else(Decls::default, |p| source_decls(&p));
                return Ok(Program {
                    machine,
                    decls,
                    listing: true,
                    entry: "main.main".into(),
                    stats: self.vm.stats,
                });
            }
        }
        let l = load(&self.files, &self.vm)?;
        Ok(Program {
            machine: l.machine,
            decls: Decls::new(&l.stubs, &l.pkg),
            listing: false,
            entry: self.entry.clone(),
            stats: self.vm.stats,
        })
    }
}

impl Program {
    /// The call tracker for this program, with the runtime's builtins.
    pub fn tracker(&self) -> Tracker {
        let builtins: Vec<(String, String)> = goasm_rt::builtins::table()
            .iter()
            .map(|b| (b.name.to_string(), b.sig.to_string()))
            .collect();
        let cat = Catalog::new(&self.machine, &self.decls, &builtins);
        Tracker::new(cat, &self.machine.image)
    }

    /// Runs the program from its entry.
    pub fn run(&mut self) -> anyhow::Result<CallOutcome> {
        let start = std::time::Instant::now();
        let out = if self.listing {
            // Package initialisation first, as `goasm run` (and Go) does.
            match goasm_rt::run_package_init(&mut self.machine)? {
                CallOutcome::Returned => self.machine.call_internal(&self.entry)?,
                ended => ended,
            }
        } else {
            self.machine.call_abi0(&self.entry, &mut [])?
        };
        if self.stats {
            super::run::print_stats(&self.machine, start.elapsed());
        }
        Ok(out)
    }
}
