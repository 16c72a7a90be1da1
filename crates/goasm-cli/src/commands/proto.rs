//! `goasm proto`: infer the Go prototype of each TEXT symbol from assembly
//! (ABI0 FP references) or from a compiler listing (ABIInternal registers).

use super::input::SourceOpts;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct ProtoArgs {
    #[command(flatten)]
    source: SourceOpts,
    /// Assembly (.s) files or compiler listings (go tool compile -S output).
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

impl ProtoArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let config = self.source.config();
        for path in &self.files {
            let bytes =
                std::fs::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let text = String::from_utf8_lossy(&bytes);
            let name = path.display().to_string();
            let protos = if goasm_syntax::looks_like_listing(&text) {
                let mut sources = goasm_syntax::SourceMap::new();
                let id = sources.add(name.clone(), text.as_ref());
                let (lst, _) = goasm_syntax::parse_listing(&text, id);
                goasm_check::proto::infer_listing(&lst)
            } else {
                goasm_check::proto::infer_source(&name, &text, &config)
            };
            for p in protos {
                print!("{name}:{}: {}", p.line, p.render());
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}
