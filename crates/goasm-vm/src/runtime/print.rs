//! The print builtins (`runtime/print.go`): the output format of Go's
//! `print`/`println`, written to the machine's output (stderr in `goasm run`).

use super::format::format_g;
use crate::Machine;
use crate::cpu::SP;
use crate::memory::Fault;

fn arg(m: &Machine, off: u64, w: u8) -> Result<u64, Fault> {
    m.mem.read(m.cpu.gp[SP].wrapping_add(off), w)
}

/// Runs builtin `id` with its ABI0 arguments at 0(SP).
pub fn call(m: &mut Machine, id: u8) -> Result<(), Fault> {
    let name = super::BUILTINS.get(id as usize).copied().unwrap_or("");
    let text: Vec<u8> = match name {
        "runtime.printlock" | "runtime.printunlock" => return Ok(()),
        "runtime.printnl" => b"\n".to_vec(),
        "runtime.printsp" => b" ".to_vec(),
        "runtime.printint" => (arg(m, 0, 8)? as i64).to_string().into_bytes(),
        "runtime.printuint" => arg(m, 0, 8)?.to_string().into_bytes(),
        "runtime.printhex" | "runtime.printpointer" => format!("{:#x}", arg(m, 0, 8)?).into_bytes(),
        "runtime.printbool" => {
            if arg(m, 0, 1)? != 0 {
                b"true".to_vec()
            } else {
                b"false".to_vec()
            }
        }
        "runtime.printstring" => {
            let (p, n) = (arg(m, 0, 8)?, arg(m, 8, 8)?);
            let mut buf = vec![0u8; n.min(1 << 30) as usize];
            m.mem.read_bytes(p, &mut buf)?;
            buf
        }
        "runtime.printfloat64" => format_g(f64::from_bits(arg(m, 0, 8)?), false).into_bytes(),
        "runtime.printfloat32" => {
            format_g(f32::from_bits(arg(m, 0, 4)? as u32) as f64, true).into_bytes()
        }
        _ => return Ok(()),
    };
    m.rt.out.write(&text);
    Ok(())
}
