//! Options shared by every command that reads assembly: include paths and
//! predefined macros, as `go tool asm` takes them.

use clap::Args;
use goasm_syntax::Config;
use std::path::PathBuf;

#[derive(Args, Debug, Clone, Default)]
pub struct SourceOpts {
    /// Directory to search for #include files (repeatable), e.g. the one holding go_asm.h.
    #[arg(short = 'I', value_name = "DIR")]
    pub include: Vec<PathBuf>,
    /// Predefine a macro: NAME or NAME=VALUE (repeatable).
    #[arg(short = 'D', value_name = "NAME[=VALUE]")]
    pub define: Vec<String>,
}

impl SourceOpts {
    pub fn config(&self) -> Config {
        let mut c = Config {
            include_dirs: self.include.clone(),
            ..Config::default()
        };
        for d in &self.define {
            let (n, v) = d.split_once('=').unwrap_or((d, "1"));
            c.defines.push((n.to_string(), v.to_string()));
        }
        c
    }
}
