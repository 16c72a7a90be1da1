//! `goasm vet`: go vet's asmdecl checks (same messages, same format, same
//! exit status) plus goasm's own, over assembly files and their Go
//! declarations.

use super::input::SourceOpts;
use clap::Args;
use goasm_check::Package;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct VetArgs {
    /// Import path of the package (decides which `pkg·name` symbols are its
    /// own and how named types are spelled); default: the package clause.
    #[arg(long, value_name = "PATH")]
    pkg: Option<String>,
    /// Only the checks go vet makes.
    #[arg(long)]
    vet_only: bool,
    /// Also print what could not be checked (declarations goasm cannot lay out).
    #[arg(short, long)]
    verbose: bool,
    #[command(flatten)]
    source: SourceOpts,
    /// Assembly (.s) files and the package's Go files (.go) holding their declarations.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

impl VetArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let mut pkg = Package {
            path: self.pkg.unwrap_or_default(),
            config: self.source.config(),
            vet_only: self.vet_only,
            ..Package::default()
        };
        for path in &self.files {
            let bytes =
                std::fs::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let name = path.display().to_string();
            if name.ends_with(".go") {
                pkg.go.push((name, text));
            } else {
                pkg.asm.push((name, text));
            }
        }
        let report = goasm_check::vet(&pkg);
        if self.verbose {
            for n in &report.notes {
                eprintln!("goasm vet: note: {n}");
            }
        }
        for f in &report.findings {
            eprintln!("{f}");
        }
        Ok(if report.findings.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    }
}
