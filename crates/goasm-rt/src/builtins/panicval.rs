//! How Go prints a panic value (runtime/error.go `printpanicval` and
//! panic.go `preprintpanics`): an error's `Error()` text, a Stringer's
//! `String()`, predeclared basic values as `print` shows them, named basic
//! types as `main.T(5)` / `main.S("x")`, anything else as `(T) 0xADDR`.
//!
//! The type's name comes from its descriptor's symbol (`type:*main.E`);
//! the method is the function the compiler emitted for the pointer method
//! set (`main.(*E).Error`, a wrapper when the method has a value receiver),
//! which takes the interface's data word as its receiver in both cases.

use super::traceback::CallCtx;
use crate::{Runtime, print};
use goasm_vm::cpu::{AX, BX};
use goasm_vm::memory::{Fault, TEXT_BASE};
use goasm_vm::{GuestReturn, Machine};

/// The descriptor symbol's type name (`int`, `*main.E`), if `typ` is one.
pub fn type_name(m: &Machine, typ: u64) -> Option<String> {
    m.image
        .data
        .iter()
        .find(|d| d.addr == typ && d.name.starts_with("type:"))
        .map(|d| d.name["type:".len()..].to_string())
}

/// `main.(*E).Error` for type `*main.E` or `main.E`.
fn method_symbol(ty: &str, method: &str) -> Option<String> {
    let base = ty.strip_prefix('*').unwrap_or(ty);
    let dot = base.rfind('.')?;
    Some(format!("{}.(*{}).{method}", &base[..dot], &base[dot + 1..]))
}

/// Calls the `func() string` method `method` of the value, if it has one.
fn call_string_method(
    rt: &mut Runtime,
    m: &mut Machine,
    ty: &str,
    data: u64,
    method: &str,
    site: &CallCtx,
) -> Result<Option<String>, Fault> {
    let Some(sym) = method_symbol(ty, method) else {
        return Ok(None);
    };
    let Some(entry) = m
        .image
        .func_index
        .get(&sym)
        .map(|&i| m.image.funcs[i].entry)
    else {
        return Ok(None);
    };
    let saved = (m.cpu.gp, m.cpu.pc);
    m.cpu.gp[AX] = data;
    rt.panic.ctx.push(CallCtx {
        name: "panic",
        ..site.clone()
    });
    let mark = super::stack::moves(rt);
    let r = m.call_guest(rt, TEXT_BASE + entry as u64);
    rt.panic.ctx.pop();
    let (ptr, len) = (m.cpu.gp[AX], m.cpu.gp[BX]);
    (m.cpu.gp, m.cpu.pc) = saved;
    // The method may have grown (moved) the stack.
    for r in [goasm_vm::cpu::SP, goasm_vm::cpu::BP] {
        m.cpu.gp[r] = super::stack::relocate(rt, m.cpu.gp[r], mark);
    }
    if r != GuestReturn::Returned {
        return Ok(None);
    }
    let bytes = super::print::guest_bytes(m, ptr, len)?;
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

/// The text after `panic: ` for the value (typ, data).
pub fn render(
    rt: &mut Runtime,
    m: &mut Machine,
    typ: u64,
    data: u64,
    site: &CallCtx,
) -> Result<String, Fault> {
    if typ == 0 {
        return Ok(
            "panic called with nil argument (use GODEBUG=panicnil=1 to override)".to_string(),
        );
    }
    let name = type_name(m, typ).unwrap_or_else(|| "?".into());
    for method in ["Error", "String"] {
        if let Some(s) = call_string_method(rt, m, &name, data, method, site)? {
            return Ok(s);
        }
    }
    let kind = m.mem.read(typ + crate::types::KIND, 1)? & 0x1f;
    let rd = |w: u8| m.mem.read(data, w);
    let sx = |v: u64, w: u32| (((v << (64 - 8 * w)) as i64) >> (64 - 8 * w)).to_string();
    let text = match kind {
        1 => print::bool(rd(1)? != 0).to_string(),
        2 | 6 => sx(rd(8)?, 8),
        3 => sx(rd(1)?, 1),
        4 => sx(rd(2)?, 2),
        5 => sx(rd(4)?, 4),
        7 | 11 | 12 => rd(8)?.to_string(),
        8 => rd(1)?.to_string(),
        9 => rd(2)?.to_string(),
        10 => rd(4)?.to_string(),
        13 => print::float32(f32::from_bits(rd(4)? as u32)),
        14 => print::float64(f64::from_bits(rd(8)?)),
        15 => print::complex64(
            f32::from_bits(rd(4)? as u32),
            f32::from_bits(m.mem.read(data + 4, 4)? as u32),
        ),
        16 => print::complex128(
            f64::from_bits(rd(8)?),
            f64::from_bits(m.mem.read(data + 8, 8)?),
        ),
        24 => {
            let (p, l) = (rd(8)?, m.mem.read(data + 8, 8)?);
            let s = String::from_utf8_lossy(&super::print::guest_bytes(m, p, l)?).into_owned();
            if name.contains('.') {
                return Ok(format!("{name}(\"{s}\")"));
            }
            return Ok(s);
        }
        _ => return Ok(format!("({name}) {data:#x}")),
    };
    Ok(if name.contains('.') {
        format!("{name}({text})")
    } else {
        text
    })
}
