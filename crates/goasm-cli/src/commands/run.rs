//! `goasm run FILE.s... [stub.go] [--entry sym]`: link the files and run the
//! entry function (default `main·main`) on a fresh goroutine; print builtins
//! write to stderr like Go's `print`. Exit code: 0 when the entry returns,
//! 2 on a guest fault or when --max-steps runs out (with pc, symbol and
//! file:line).

use super::input::SourceOpts;
use anyhow::{Context, bail};
use clap::Args;
use goasm_vm::{CallOutcome, Machine};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Options shared by `run` and `call`: inputs and limits.
#[derive(Args, Debug, Clone)]
pub struct VmOpts {
    /// Package name for `·` symbols (default: the Go stub's package clause, else `main`).
    #[arg(long)]
    pub pkg: Option<String>,
    /// Stop after this many guest instructions.
    #[arg(long, default_value_t = goasm_vm::DEFAULT_MAX_STEPS)]
    pub max_steps: u64,
    /// Guest memory limit in bytes.
    #[arg(long, default_value_t = goasm_vm::DEFAULT_MAX_MEMORY)]
    pub max_memory: u64,
    /// A goroutine stack may not grow beyond this many bytes (Go's limit:
    /// `runtime: goroutine stack exceeds N-byte limit`, `fatal error: stack
    /// overflow`, exit 2).
    #[arg(long, default_value_t = goasm_vm::consts::MAX_STACK)]
    pub max_stack: u64,
    /// After the run, print the number of guest instructions executed and
    /// the rate to stderr.
    #[arg(long)]
    pub stats: bool,
    /// Run every instruction in the interpreter, without the block
    /// compiler (which turns straight-line code into host x86-64 code on
    /// x86-64 Linux and macOS hosts).
    #[arg(long)]
    pub no_jit: bool,
    #[command(flatten)]
    pub source: SourceOpts,
}

impl VmOpts {
    /// Puts the limits and the engine choice on a loaded machine.
    pub fn apply(&self, machine: &mut Machine) {
        machine.max_steps = self.max_steps;
        machine.set_max_memory(self.max_memory);
        machine.max_stack = self.max_stack;
        if self.no_jit {
            machine.disable_jit();
        }
    }
}

#[derive(Args)]
pub struct RunArgs {
    /// The function to run.
    #[arg(long, default_value = "main·main")]
    entry: String,
    #[command(flatten)]
    vm: VmOpts,
    /// Assembly files (.s) and optional Go stubs (.go).
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

/// A loaded program and the Go stubs that came with it.
pub struct Loaded {
    pub machine: Machine,
    pub stubs: Vec<goasm_abi::ast::SourceFile>,
    /// The package `·` symbols belong to.
    pub pkg: String,
}

/// Parses the inputs (assembly with -I/-D, `.go` stubs) and links them.
pub fn load(files: &[PathBuf], vm: &VmOpts) -> anyhow::Result<Loaded> {
    let config = vm.source.config();
    let mut parsed = Vec::new();
    let mut stubs = Vec::new();
    for path in files {
        if path.extension().is_some_and(|e| e == "go") {
            let text = read(path)?;
            let f = goasm_abi::parse_file(&path.display().to_string(), &text)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            stubs.push(f);
        } else {
            let p = goasm_syntax::parse_path(path, &config)
                .with_context(|| format!("{}", path.display()))?;
            if !p.diags.is_empty() {
                bail!("{}", p.render_diags().trim_end());
            }
            parsed.push(p);
        }
    }
    if parsed.is_empty() {
        bail!("no assembly files given");
    }
    let pkg = vm
        .pkg
        .clone()
        .or_else(|| stubs.iter().find_map(|s| s.package.clone()))
        .unwrap_or_else(|| "main".to_string());
    let runtime = goasm_rt::Runtime::new(Box::new(std::io::stderr()));
    let mut machine = goasm_vm::load_parsed(&parsed, &pkg, Box::new(runtime))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    vm.apply(&mut machine);
    goasm_rt::declare_stubs(&mut machine, &stubs);
    Ok(Loaded {
        machine,
        stubs,
        pkg,
    })
}

fn read(path: &Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("{}", path.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Prints why a call did not return; the exit code.
pub fn report(out: &CallOutcome) -> ExitCode {
    match out {
        CallOutcome::Returned => ExitCode::SUCCESS,
        CallOutcome::Exit(code) => ExitCode::from(*code as u8),
        CallOutcome::Fault(f) => {
            eprintln!("goasm: guest fault: {}", f.what());
            eprintln!("\tpc={:#x} {}", f.pc, f.symbol);
            eprintln!("\t{}", f.location);
            ExitCode::from(2)
        }
        CallOutcome::StepLimit { steps, at } => {
            eprintln!("goasm: stopped after {steps} instructions (--max-steps) at {at}");
            ExitCode::from(2)
        }
    }
}

impl RunArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let files = expand_dirs(&self.files)?;
        let mut go = Vec::new();
        let mut asm = Vec::new();
        let mut listings = Vec::new();
        for f in files {
            if f.extension().is_some_and(|e| e == "go") {
                go.push(f);
            } else if goasm_syntax::looks_like_listing(&read(&f)?) {
                listings.push(f);
            } else {
                asm.push(f);
            }
        }
        match (listings.as_slice(), go.is_empty()) {
            ([_, _, ..], _) => bail!("give at most one compiler listing"),
            ([listing], true) => {
                let text = read(listing)?;
                return run_listing(listing, &text, &asm, None, &self.vm);
            }
            ([listing], false) => bail!(
                "{}: give either the Go files or their listing, not both",
                listing.display()
            ),
            ([], false) if asm.is_empty() || has_main_body(&go)? => {
                let compiled = super::gotool::compile_package(&go, &asm)?;
                let header = compiled.asm_header_dir.as_ref().map(|d| d.0.clone());
                return run_listing(&go[0], &compiled.listing, &asm, header, &self.vm);
            }
            _ => {}
        }
        let mut l = load(&self.files, &self.vm)?;
        let start = std::time::Instant::now();
        let out = l.machine.call_abi0(&self.entry, &mut [])?;
        if self.vm.stats {
            print_stats(&l.machine, start.elapsed());
        }
        Ok(report(&out))
    }
}

/// A directory argument stands for its package: its `.go` files (tests
/// excluded) and its `.s` files.
fn expand_dirs(files: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for f in files {
        if !f.is_dir() {
            out.push(f.clone());
            continue;
        }
        let mut found: Vec<PathBuf> = std::fs::read_dir(f)
            .with_context(|| format!("{}", f.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                (name.ends_with(".go") && !name.ends_with("_test.go")) || name.ends_with(".s")
            })
            .collect();
        found.sort();
        if found.is_empty() {
            bail!("{}: no .go or .s files", f.display());
        }
        out.extend(found);
    }
    Ok(out)
}

/// Go files with `func main() {` are a program to compile; without one they
/// are declarations (stubs) for hand-written assembly whose entry is
/// `main·main` in assembly, which needs no Go toolchain.
fn has_main_body(go: &[PathBuf]) -> anyhow::Result<bool> {
    for f in go {
        let text = read(f)?;
        if text.lines().any(|l| {
            l.strip_prefix("func main()")
                .is_some_and(|rest| rest.trim_start().starts_with('{'))
        }) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Runs a compiler listing, linked with the package's hand-written assembly
/// (`asm`, which may include the compiler's go_asm.h from `header_dir`):
/// its `main.main` with the ABIInternal convention.
fn run_listing(
    file: &Path,
    text: &str,
    asm: &[PathBuf],
    header_dir: Option<PathBuf>,
    vm: &VmOpts,
) -> anyhow::Result<ExitCode> {
    let mut config = vm.source.config();
    config.include_dirs.extend(header_dir);
    let mut parsed = Vec::new();
    for path in asm {
        // Absolute, as Go's tracebacks print assembly positions.
        let path = &path.canonicalize().unwrap_or_else(|_| path.clone());
        let p = goasm_syntax::parse_path(path, &config)
            .with_context(|| format!("{}", path.display()))?;
        if !p.diags.is_empty() {
            bail!("{}", p.render_diags().trim_end());
        }
        parsed.push(p);
    }
    let runtime = goasm_rt::Runtime::new(Box::new(std::io::stderr()));
    let name = file.display().to_string();
    let mut machine = goasm_vm::load_listing_with(&name, text, parsed, Box::new(runtime))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    vm.apply(&mut machine);
    machine.stack_reserve = goasm_vm::consts::GO_MAIN_RESERVE;
    let start = std::time::Instant::now();
    // Package initialisation first, as runtime.main does.
    let mut out = goasm_rt::run_package_init(&mut machine)?;
    if out == goasm_vm::CallOutcome::Returned {
        out = machine.call_internal("main.main")?;
    }
    if vm.stats {
        print_stats(&machine, start.elapsed());
    }
    Ok(report(&out))
}

/// `--stats`: guest instructions executed, the rate, and how many of them
/// ran as compiled code.
pub fn print_stats(machine: &Machine, took: std::time::Duration) {
    let secs = took.as_secs_f64().max(1e-9);
    let steps = machine.steps;
    let compiled = match machine.jit_coverage() {
        Some(_) => format!(
            ", {:.1}% of them compiled",
            100.0 * machine.compiled_steps() as f64 / steps.max(1) as f64
        ),
        None => String::new(),
    };
    eprintln!(
        "goasm: {steps} guest instructions in {secs:.3} s ({:.1} M instructions/s{compiled})",
        steps as f64 / secs / 1e6
    );
}
