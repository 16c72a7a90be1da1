//! Frame diagrams: the caller's argument area above the return address, the
//! callee's saved BP and locals below, addresses growing upward.

use crate::Analysis;
use crate::abiinternal::Assignment;

const BOX: usize = 34;

fn row(out: &mut String, label: &str, right: &str) {
    let mut label = label.to_string();
    if label.chars().count() > BOX - 4 {
        label = label.chars().take(BOX - 7).collect::<String>() + "...";
    }
    let line = format!("        |  {label:<w$}|  {right}", w = BOX - 2);
    out.push_str(line.trim_end());
    out.push('\n');
}

fn rule(out: &mut String, right: &str) {
    let line = format!("        +{}+  {right}", "-".repeat(BOX));
    out.push_str(line.trim_end());
    out.push('\n');
}

/// Rows from the highest offset down, with padding rows for gaps.
fn area_rows(items: &mut [(u64, u64, String)], out: &mut String, right: impl Fn(u64) -> String) {
    items.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let mut above: Option<u64> = None;
    for (off, size, label) in items.iter() {
        let end = off + size;
        if above.is_some_and(|top| top > end) {
            row(out, "(padding)", &right(end));
        }
        row(out, label, &right(*off));
        above = Some(*off);
    }
}

/// The ABI0 frame as seen by the caller (FP offsets) and the callee.
pub fn abi0(a: &Analysis) -> String {
    let l = &a.abi0;
    let mut out = String::from("        higher addresses\n");
    rule(&mut out, "caller's frame");
    let mut items: Vec<(u64, u64, String)> = l
        .slots()
        .map(|s| (s.offset, s.size, format!("{} {}", s.name, s.ty)))
        .collect();
    if items.is_empty() {
        row(&mut out, "(no arguments)", "");
    }
    area_rows(&mut items, &mut out, |off| {
        if off == 0 {
            "+0(FP)   <- FP".to_string()
        } else {
            format!("+{off}(FP)")
        }
    });
    rule(
        &mut out,
        &format!(
            "argsize {} (TEXT ·{}(SB), $framesize-{})",
            l.argsize, a.sig.name, l.argsize
        ),
    );
    row(&mut out, "return address", "0(SP) on entry, -8(FP)");
    row(&mut out, "saved BP (if framesize > 0)", "-8(SP) on entry");
    row(
        &mut out,
        "locals ($framesize bytes)",
        "x-8(SP) ... (pseudo-SP)",
    );
    rule(&mut out, "<- SP after the prologue (callee's frame)");
    out.push_str("        lower addresses\n");
    out
}

/// The ABIInternal argument area: stack arguments, stack results, spill slots.
pub fn abiinternal(a: &Analysis) -> String {
    let l = &a.internal;
    let mut items = Vec::new();
    for v in &l.params {
        match (&v.assignment, v.spill) {
            (Assignment::Stack(off), _) => {
                items.push((*off, v.size, format!("{} {}", v.name, v.ty)))
            }
            (_, Some(sp)) => items.push((
                sp,
                v.size,
                format!("spill {} ({})", v.name, v.regs().join(" ")),
            )),
            _ => {}
        }
    }
    for v in &l.results {
        if let Assignment::Stack(off) = v.assignment {
            items.push((off, v.size, format!("{} {} (result)", v.name, v.ty)));
        }
    }
    let mut out = String::from("        higher addresses\n");
    rule(&mut out, "caller's frame");
    if items.is_empty() {
        row(&mut out, "(empty argument area)", "");
    }
    area_rows(&mut items, &mut out, |off| {
        format!("+{off}   {}(SP) on entry", off + 8)
    });
    rule(&mut out, &format!("args={:#x}", l.args_size));
    row(&mut out, "return address", "0(SP) on entry");
    row(&mut out, "saved BP (if framesize > 0)", "-8(SP) on entry");
    row(&mut out, "locals", "");
    rule(&mut out, "<- SP after the prologue (callee's frame)");
    out.push_str("        lower addresses\n");
    out
}
