//! `goasm parse`: parse files (assembly or compiler listings), print every
//! diagnostic, and with `--stats` the statement counts and the time taken.

use super::input::SourceOpts;
use clap::Args;
use goasm_syntax::ast::Stats;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Args)]
pub struct ParseArgs {
    /// Print TEXT/DATA/GLOBL/instruction/error counts per file and in total.
    #[arg(long)]
    stats: bool,
    #[command(flatten)]
    source: SourceOpts,
    /// Assembly (.s) files or compiler listings (go tool compile -S output).
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

impl ParseArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let start = Instant::now();
        let config = self.source.config();
        let mut total = Stats::default();
        let mut errors = 0usize;
        for path in &self.files {
            let bytes =
                std::fs::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let text = String::from_utf8_lossy(&bytes);
            let (stats, diags_text, n) = if goasm_syntax::looks_like_listing(&text) {
                let mut sources = goasm_syntax::SourceMap::new();
                let id = sources.add(path.display().to_string(), text.as_ref());
                let (lst, diags) = goasm_syntax::parse_listing(&text, id);
                let st = Stats {
                    texts: lst.funcs.len(),
                    datas: lst.data.len(),
                    insns: lst.funcs.iter().map(|f| f.insns.len()).sum(),
                    ..Stats::default()
                };
                (
                    st,
                    goasm_syntax::diag::render_all(&diags, &sources),
                    diags.len(),
                )
            } else {
                let parsed = goasm_syntax::parse_str(&path.display().to_string(), &text, &config);
                (
                    parsed.file.stats(),
                    parsed.render_diags(),
                    parsed.diags.len(),
                )
            };
            eprint!("{diags_text}");
            errors += n;
            if self.stats {
                println!(
                    "{}: TEXT={} DATA={} GLOBL={} insns={} errors={n}",
                    path.display(),
                    stats.texts,
                    stats.datas,
                    stats.globls,
                    stats.insns
                );
            }
            total += stats;
        }
        if self.stats {
            println!(
                "total: files={} TEXT={} DATA={} GLOBL={} insns={} errors={errors} time={:.3}s",
                self.files.len(),
                total.texts,
                total.datas,
                total.globls,
                total.insns,
                start.elapsed().as_secs_f64()
            );
        }
        Ok(if errors == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    }
}
