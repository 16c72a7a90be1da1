use clap::Args;
use std::process::ExitCode;

#[derive(Args)]
pub struct ParseArgs {
    files: Vec<std::path::PathBuf>,
}

impl ParseArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let _ = self.files;
        anyhow::bail!("not yet")
    }
}
