//! Package initialisation, as `runtime.main` does it before `main.main`:
//! the compiler gathers a package's initialisation work in its
//! `P..inittask` record (a state word, the number of functions, then their
//! addresses): `P.init` for package-level variables in dependency order,
//! then the package's `init` functions in source order. A single-package
//! program has one such record, `main..inittask`.

use goasm_vm::memory::TEXT_BASE;
use goasm_vm::{CallOutcome, Machine, RunError};

/// `inittask` layout: state (u32), nfns (u32), then nfns code addresses.
const NFNS: u64 = 4;
const FNS: u64 = 8;
/// The state Go stores once a package is initialised.
const DONE: u64 = 2;

/// Runs the functions of `main..inittask` in order. Stops at the first that
/// does not return (an unrecovered panic ends the program there, as in Go)
/// and hands back that outcome; `Returned` when all ran (or there are none).
pub fn run_package_init(m: &mut Machine) -> Result<CallOutcome, RunError> {
    let Some((task, size)) = m
        .image
        .data
        .iter()
        .find(|d| d.name == "main..inittask")
        .map(|d| (d.addr, d.size))
    else {
        return Ok(CallOutcome::Returned);
    };
    let bad = |what: &str| RunError::Internal(format!("main..inittask: {what}"));
    let n = m.mem.read(task + NFNS, 4).map_err(|_| bad("unreadable"))?;
    if FNS + 8 * n > size {
        return Err(bad("more functions than the record holds"));
    }
    for i in 0..n {
        let addr = m
            .mem
            .read(task + FNS + 8 * i, 8)
            .map_err(|_| bad("unreadable"))?;
        let name = addr
            .checked_sub(TEXT_BASE)
            .and_then(|idx| m.image.func_at(u32::try_from(idx).ok()?))
            .filter(|f| TEXT_BASE + f.entry as u64 == addr)
            .map(|f| f.name.clone())
            .ok_or_else(|| bad(&format!("{addr:#x} is not a function")))?;
        match m.call_internal(&name)? {
            CallOutcome::Returned => {}
            other => return Ok(other),
        }
    }
    let _ = m.mem.write(task, 4, DONE);
    Ok(CallOutcome::Returned)
}
