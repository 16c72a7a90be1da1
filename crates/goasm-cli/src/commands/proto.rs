//! `goasm proto`: infer the Go prototype of each TEXT symbol from assembly
//! (ABI0 FP references) or from a compiler listing (ABIInternal registers
//! and argument info).

use super::input::SourceOpts;
use clap::Args;
use goasm_check::proto::{self, Options, Proto};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct ProtoArgs {
    #[command(flatten)]
    source: SourceOpts,
    /// Ignore `// func name(...)` comments above TEXT lines (by default one
    /// is used when it agrees with the FP references and $-argsize).
    #[arg(long)]
    no_comments: bool,
    /// Assembly (.s) files or compiler listings (go tool compile -S output).
    /// Assembly files are read together, so a wrapper that tail-jumps to a
    /// function in another file takes that function's frame.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

impl ProtoArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let config = self.source.config();
        let opts = Options {
            doc_comments: !self.no_comments,
        };
        // (name, listing prototypes or parsed assembly), in argument order.
        let mut inputs = Vec::new();
        for path in &self.files {
            let bytes =
                std::fs::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let text = String::from_utf8_lossy(&bytes);
            let name = path.display().to_string();
            if goasm_syntax::looks_like_listing(&text) {
                let mut sources = goasm_syntax::SourceMap::new();
                let id = sources.add(name.clone(), text.as_ref());
                let (lst, _) = goasm_syntax::parse_listing(&text, id);
                inputs.push((name, Ok(proto::infer_listing(&lst))));
            } else {
                inputs.push((
                    name.clone(),
                    Err(goasm_syntax::parse_str(&name, &text, &config)),
                ));
            }
        }
        let asm: Vec<(&str, &goasm_syntax::Parsed)> = inputs
            .iter()
            .filter_map(|(_, i)| i.as_ref().err().map(|p| ("", p)))
            .collect();
        let mut inferred = proto::infer_files_with(&asm, opts).into_iter();
        let mut failed = false;
        for (name, input) in &inputs {
            let protos: Vec<Proto> = match input {
                Ok(protos) => protos.clone(),
                Err(parsed) => {
                    if !parsed.diags.is_empty() {
                        eprint!("{}", parsed.render_diags());
                        failed = true;
                    }
                    inferred.next().unwrap_or_default()
                }
            };
            for p in protos {
                print!("{name}:{}: {}", p.line, p.render());
            }
        }
        Ok(if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        })
    }
}
