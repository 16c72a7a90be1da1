use clap::Args;
use std::process::ExitCode;

#[derive(Args)]
pub struct FmtArgs {
    files: Vec<std::path::PathBuf>,
}

impl FmtArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let _ = self.files;
        anyhow::bail!("not yet")
    }
}
