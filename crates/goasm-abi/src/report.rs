//! Text and JSON renderings of an [`Analysis`] (what `goasm abi` prints).
//!
//! The JSON shape is a contract other tools rely on:
//! `{"abi0": {"argsize", "params": [{"name","type","offset","size"}], "results"},
//!   "abiinternal": {"params": [{"name","type","regs"} | {"name","type","stack_offset"}],
//!                   "results", "spill": [{"name","offset","size"}]}, "sysv": {...}}`
//! plus extra keys (components, parts, sizes) that consumers may ignore.

use serde_json::{Value, json};

use crate::abiinternal::{AbiValue, Assignment, CONTEXT_REG, G_REG, ZERO_REG};
use crate::sysv::{self, Location, SysvLayout, SysvValue};
use crate::{Analysis, diagram};

fn table(rows: &[Vec<String>]) -> String {
    let n = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..n)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::from(" ");
        for (i, c) in r.iter().enumerate() {
            line.push_str(&format!(" {c:<w$}", w = widths[i]));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn header(cols: &[&str]) -> Vec<String> {
    cols.iter().map(|c| c.to_string()).collect()
}

pub fn abi0_text(a: &Analysis) -> String {
    let l = &a.abi0;
    let mut rows = vec![header(&["name", "type", "offset", "size"])];
    for s in l.slots() {
        rows.push(vec![
            s.name.clone(),
            s.ty.to_string(),
            format!("{}+{}(FP)", s.name, s.offset),
            s.size.to_string(),
        ]);
        for c in s.components.iter().skip(1) {
            rows.push(vec![
                format!("  {}", c.name),
                c.type_name.clone(),
                format!("{}+{}(FP)", c.name, c.offset),
                c.size.to_string(),
            ]);
        }
    }
    format!(
        "ABI0 (arguments and results in the caller's frame, from FP)\n{}  argsize {}: TEXT ·{}(SB), $framesize-{}\n",
        table(&rows),
        l.argsize,
        a.sig.name,
        l.argsize
    )
}

fn assignment(v: &AbiValue) -> String {
    match &v.assignment {
        Assignment::Registers(parts) => parts
            .iter()
            .map(|p| {
                if p.name == v.name {
                    p.reg.name().to_string()
                } else {
                    format!("{}={}", p.name, p.reg.name())
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
        Assignment::Stack(off) if v.size == 0 => format!("stack +{off} (zero size)"),
        Assignment::Stack(off) => format!("stack +{off}"),
    }
}

pub fn abiinternal_text(a: &Analysis) -> String {
    let l = &a.internal;
    let mut rows = vec![header(&["", "name", "type", "assignment", "spill"])];
    for (kind, vs) in [("param", &l.params), ("result", &l.results)] {
        for v in vs.iter() {
            let spill = v
                .spill
                .map_or(String::new(), |s| format!("+{s} size {}", v.size));
            rows.push(vec![
                kind.into(),
                v.name.clone(),
                v.ty.to_string(),
                assignment(v),
                spill,
            ]);
        }
    }
    format!(
        "ABIInternal (registers; stack offsets from the start of the argument area)\n{}  \
         stack arguments +0..+{}, stack results +{}..+{}, spill area +{}..+{}: args={:#x}\n  \
         fixed: {G_REG} = g, {ZERO_REG} = 0, {CONTEXT_REG} = closure context on calls through a func value\n",
        table(&rows),
        l.results_offset,
        l.results_offset,
        l.spill_offset,
        l.spill_offset,
        l.spill_offset + l.spill_size,
        l.args_size
    )
}

fn sysv_loc(v: &SysvValue) -> String {
    match &v.location {
        Location::Registers(r) => r.join(" "),
        Location::Stack(off) => format!("stack +{off}"),
        Location::Nothing => "(nothing: zero size)".into(),
    }
}

pub fn sysv_text(l: &SysvLayout) -> String {
    let mut rows = vec![header(&[
        "", "name", "Go type", "C type", "class", "location",
    ])];
    let mut notes = Vec::new();
    for (kind, v) in l
        .params
        .iter()
        .map(|v| ("param", v))
        .chain(l.ret.iter().map(|v| ("return", v)))
    {
        let classes: Vec<String> = v
            .classes
            .iter()
            .map(|c| format!("{c:?}").to_uppercase())
            .collect();
        rows.push(vec![
            kind.into(),
            v.name.clone(),
            v.go_type.clone(),
            v.c_type.clone(),
            classes.join(","),
            sysv_loc(v),
        ]);
        if let Some(n) = &v.note {
            notes.push(format!("  note: {}: {n}\n", v.name));
        }
    }
    format!(
        "System V AMD64 (C), for comparison\n{}{}",
        table(&rows),
        notes.concat()
    )
}

/// The full text report: signature, ABI0, ABIInternal, optional SysV, diagrams.
pub fn text(a: &Analysis, with_sysv: bool) -> String {
    let mut out = format!(
        "{}\n\n{}\n{}\n",
        a.sig.to_go(),
        abi0_text(a),
        abiinternal_text(a)
    );
    if with_sysv {
        out.push_str(&sysv_text(&sysv::layout(&a.sig)));
        out.push('\n');
    }
    out.push_str("ABI0 frame (addresses grow upward)\n");
    out.push_str(&diagram::abi0(a));
    out.push_str("\nABIInternal argument area (addresses grow upward)\n");
    out.push_str(&diagram::abiinternal(a));
    out
}

fn internal_json(v: &AbiValue) -> Value {
    match &v.assignment {
        Assignment::Registers(parts) => json!({
            "name": v.name, "type": v.ty.to_string(), "size": v.size,
            "regs": v.regs(),
            "parts": parts.iter().map(|p| json!({"name": p.name, "type": p.type_name, "reg": p.reg.name(), "offset": p.offset, "size": p.size})).collect::<Vec<_>>(),
        }),
        Assignment::Stack(off) => {
            json!({"name": v.name, "type": v.ty.to_string(), "size": v.size, "stack_offset": off})
        }
    }
}

fn sysv_json(v: &SysvValue) -> Value {
    let mut o = json!({"name": v.name, "type": v.go_type, "c_type": v.c_type, "classes": v.classes, "note": v.note});
    match &v.location {
        Location::Registers(r) => o["regs"] = json!(r),
        Location::Stack(off) => o["stack_offset"] = json!(off),
        Location::Nothing => o["passed"] = json!(false),
    }
    o
}

pub fn json(a: &Analysis) -> Value {
    let slot = |s: &crate::Abi0Slot| json!({"name": s.name, "type": s.ty.to_string(), "offset": s.offset, "size": s.size, "components": s.components});
    let l = &a.internal;
    let s = sysv::layout(&a.sig);
    json!({
        "signature": a.sig.to_go(),
        "abi0": {
            "argsize": a.abi0.argsize,
            "params": a.abi0.params.iter().map(slot).collect::<Vec<_>>(),
            "results": a.abi0.results.iter().map(slot).collect::<Vec<_>>(),
        },
        "abiinternal": {
            "params": l.params.iter().map(internal_json).collect::<Vec<_>>(),
            "results": l.results.iter().map(internal_json).collect::<Vec<_>>(),
            "spill": l.params.iter().filter_map(|v| v.spill.map(|o| json!({"name": v.name, "offset": o, "size": v.size}))).collect::<Vec<_>>(),
            "spill_offset": l.spill_offset,
            "spill_size": l.spill_size,
            "args_size": l.args_size,
        },
        "sysv": {
            "params": s.params.iter().map(sysv_json).collect::<Vec<_>>(),
            "return": s.ret.as_ref().map(sysv_json),
            "stack_size": s.stack_size,
        },
    })
}

/// [`json`] pretty-printed.
pub fn json_string(a: &Analysis) -> String {
    serde_json::to_string_pretty(&json(a)).unwrap_or_default()
}
