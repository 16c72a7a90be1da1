//! What the tracer knows about each function's arguments, decided once
//! before the run: the Go declaration's layout when there is one (a `.go`
//! stub for hand-written ABI0 code, the program's source for a compiler
//! listing), else the compiler's argument info (`FUNCDATA $5`, the words
//! Go's own traceback prints), else just the `$frame-argsize` of the TEXT
//! line. Also the builtins' Go signatures and, per function, the words a
//! closure body reads from its context register (its captured variables).

use goasm_abi::ast::{SourceFile, TypeExprKind};
use goasm_abi::{Analysis, TypeEnv};
use goasm_vm::Machine;
use goasm_vm::image::Image;
use goasm_vm::ir::{Loc, Op};
use std::collections::HashMap;
use std::rc::Rc;

/// How a function's arguments are found and typed.
#[derive(Clone, Debug)]
pub enum ArgPlan {
    /// From the Go declaration. `abi_internal`: registers (compiled code),
    /// else the ABI0 frame.
    Typed {
        analysis: Box<Analysis>,
        abi_internal: bool,
    },
    /// From the listing's argument info: untyped words at offsets of the
    /// spill area, `{`/`}` marking aggregates.
    ArgInfo(Vec<ArgWord>),
    /// Only the size of the ABI0 argument area is known.
    Raw { argsize: u64 },
    /// Nothing is known (an ABIInternal function without argument info).
    Unknown,
}

/// One item of `FUNCDATA $5` argument info.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgWord {
    Word {
        offset: u8,
        size: u8,
    },
    StartAgg,
    EndAgg,
    /// More arguments than the compiler listed.
    Elided,
}

/// One function as the tracer sees it.
#[derive(Clone, Debug)]
pub struct FuncInfo {
    pub name: String,
    pub plan: ArgPlan,
    /// `(offset, width)` of the loads from `off(DX)` (off ≥ 8) its body makes
    /// before anything overwrites DX: a closure's captured variables.
    pub captured: Vec<(i64, u8)>,
}

/// A runtime builtin: its name and (when its signature parses) layout.
#[derive(Clone, Debug)]
pub struct BuiltinInfo {
    pub name: String,
    pub analysis: Option<Analysis>,
}

/// Everything known before the run.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    /// Indexed like `image.funcs`.
    pub funcs: Vec<Rc<FuncInfo>>,
    /// Function index by entry instruction.
    pub by_entry: HashMap<u32, usize>,
    /// Indexed by builtin id.
    pub builtins: Vec<BuiltinInfo>,
}

/// The Go declarations available: stub files or a program's source.
#[derive(Default)]
pub struct Decls {
    env: TypeEnv,
    /// Linker name -> (file, declaration).
    funcs: HashMap<String, (String, goasm_abi::ast::FuncDecl)>,
}

impl Decls {
    /// Declarations from parsed Go files of package `pkg` (the linker names
    /// are `pkg.F`, `pkg.T.M`, `pkg.(*T).M`). Generic functions are left out:
    /// their compiled instances take a dictionary the declaration does not show.
    pub fn new(files: &[SourceFile], pkg: &str) -> Decls {
        let mut env = TypeEnv::new();
        for f in files {
            let _ = env.add_file(f);
        }
        let mut funcs = HashMap::new();
        for f in files {
            for d in f.funcs.iter().filter(|d| !d.generic) {
                let name = match &d.recv {
                    None => format!("{pkg}.{}", d.name),
                    Some(r) => match &r.ty.kind {
                        TypeExprKind::Pointer(inner) => match &inner.kind {
                            TypeExprKind::Name(t) => format!("{pkg}.(*{t}).{}", d.name),
                            _ => continue,
                        },
                        TypeExprKind::Name(t) => format!("{pkg}.{t}.{}", d.name),
                        _ => continue,
                    },
                };
                funcs.insert(name, (f.file.clone(), d.clone()));
            }
        }
        Decls { env, funcs }
    }

    fn analysis(&self, name: &str) -> Option<Analysis> {
        if let Some((file, d)) = self.funcs.get(name) {
            return Some(Analysis::new(self.env.signature(file, d).ok()?));
        }
        // `pkg.(*T).M` without a declaration of its own is the wrapper the
        // compiler makes for a value method `pkg.T.M`: the same signature
        // with a pointer receiver.
        let (pkg, rest) = name.split_once(".(*")?;
        let (t, m) = rest.split_once(").")?;
        let (file, d) = self.funcs.get(&format!("{pkg}.{t}.{m}"))?;
        let mut sig = self.env.signature(file, d).ok()?;
        let recv = sig.recv.take()?;
        sig.recv = Some(goasm_abi::Param {
            name: recv.name,
            ty: goasm_abi::Type::Pointer(Box::new(recv.ty)),
        });
        Some(Analysis::new(sig))
    }
}

impl Catalog {
    /// Builds the catalog for a loaded program. `builtins` are the runtime's
    /// builtins in id order with their Go signatures (`func(v int64)`).
    pub fn new(m: &Machine, decls: &Decls, builtins: &[(String, String)]) -> Catalog {
        let image = &m.image;
        let data: HashMap<&str, &goasm_vm::image::DataSym> =
            image.data.iter().map(|d| (d.name.as_str(), d)).collect();
        let mut funcs = Vec::with_capacity(image.funcs.len());
        let mut by_entry = HashMap::new();
        for (i, f) in image.funcs.iter().enumerate() {
            by_entry.entry(f.entry).or_insert(i);
            let plan = match decls.analysis(&f.name) {
                Some(a) => ArgPlan::Typed {
                    analysis: Box::new(a),
                    abi_internal: f.abi_internal,
                },
                None => {
                    let info = ["arginfo1", "arginfo0"]
                        .iter()
                        .find_map(|s| data.get(format!("{}.{s}", f.name).as_str()));
                    match (info, f.abi_internal) {
                        (Some(d), _) => ArgPlan::ArgInfo(read_arginfo(m, d.addr, d.size)),
                        (None, false) => ArgPlan::Raw {
                            argsize: f.args.unwrap_or(0).max(0) as u64,
                        },
                        (None, true) => ArgPlan::Unknown,
                    }
                }
            };
            funcs.push(Rc::new(FuncInfo {
                name: f.name.clone(),
                plan,
                captured: context_loads(image, f.entry, f.end),
            }));
        }
        let builtins = builtins
            .iter()
            .map(|(name, sig)| BuiltinInfo {
                name: name.clone(),
                analysis: builtin_analysis(sig),
            })
            .collect();
        Catalog {
            funcs,
            by_entry,
            builtins,
        }
    }

    /// The function whose entry is instruction `idx`.
    pub fn entry(&self, idx: u32) -> Option<usize> {
        self.by_entry.get(&idx).copied()
    }
}

/// The layout of a builtin's signature, written as a func type
/// (`func(a, b string) string`). It is given a name first: goasm-abi reads
/// a parenthesised list right after `func` as a method receiver.
fn builtin_analysis(sig: &str) -> Option<Analysis> {
    let named = match sig.trim().strip_prefix("func(") {
        Some(rest) => format!("func builtin({rest}"),
        None => sig.to_string(),
    };
    goasm_abi::analyze_str(&named, None).ok()
}

/// Decodes argument info (runtime/traceback.go's format: `off size` pairs,
/// 0xfe/0xfd around aggregates, 0xfc for "more", 0xfb for an offset too
/// large, 0xff at the end).
pub fn decode_arginfo(bytes: &[u8]) -> Vec<ArgWord> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            0xff => break,
            0xfe => out.push(ArgWord::StartAgg),
            0xfd => out.push(ArgWord::EndAgg),
            0xfc | 0xfb => out.push(ArgWord::Elided),
            off => {
                let Some(&size) = bytes.get(i) else { break };
                i += 1;
                out.push(ArgWord::Word { offset: off, size });
            }
        }
    }
    out
}

fn read_arginfo(m: &Machine, addr: u64, size: u64) -> Vec<ArgWord> {
    let mut buf = vec![0u8; size.min(256) as usize];
    match m.mem.read_bytes(addr, &mut buf) {
        Ok(()) => decode_arginfo(&buf),
        Err(_) => Vec::new(),
    }
}

/// Whether executing `op` with destination `b` may change DX.
fn writes_dx(op: Op, b: Loc) -> bool {
    matches!(b, Loc::Reg(2) | Loc::High(2))
        || matches!(
            op,
            Op::Mul
                | Op::Imul1
                | Op::Div
                | Op::Idiv
                | Op::SignDx
                | Op::Cpuid
                | Op::Rdtsc
                | Op::Mulx
                | Op::Call
                | Op::CallInd
                | Op::RtCall
                | Op::Xchg
                | Op::Xadd
                | Op::Cmpxchg
        )
}

/// The `off(DX)` loads (off ≥ 8: past the funcval's code pointer) a body
/// makes, in a straight scan that stops where DX may be overwritten.
fn context_loads(image: &Image, entry: u32, end: u32) -> Vec<(i64, u8)> {
    let mut out: Vec<(i64, u8)> = Vec::new();
    for i in image.code.get(entry as usize..end as usize).unwrap_or(&[]) {
        if let Loc::Mem(r) = i.a
            && r.base == 2
            && r.index == goasm_vm::ir::NO_REG
            && r.disp >= 8
            && matches!(i.op, Op::Mov | Op::MovZx | Op::MovSx | Op::Lea)
        {
            let w = match i.op {
                Op::MovZx | Op::MovSx => i.x,
                Op::Lea => 8,
                _ => i.w,
            };
            if !out.iter().any(|(o, _)| *o == r.disp as i64) {
                out.push((r.disp as i64, w.min(8)));
            }
        }
        if writes_dx(i.op, i.b) {
            break;
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arginfo_of_two_strings_is_two_aggregates() {
        // The compiler's FUNCDATA $5 for `func swap(a, b string)`
        // (testdata/listings/multi_return.S, main.swap.arginfo1): each
        // string is an aggregate of base and len words at spill offsets
        // 0, 8 and 16, 24.
        let bytes = [
            0xfe, 0x00, 0x08, 0x08, 0x08, 0xfd, 0xfe, 0x10, 0x08, 0x18, 0x08, 0xfd, 0xff,
        ];
        use ArgWord::*;
        assert_eq!(
            decode_arginfo(&bytes),
            [
                StartAgg,
                Word { offset: 0, size: 8 },
                Word { offset: 8, size: 8 },
                EndAgg,
                StartAgg,
                Word {
                    offset: 16,
                    size: 8
                },
                Word {
                    offset: 24,
                    size: 8
                },
                EndAgg,
            ]
        );
    }

    #[test]
    fn builtin_signatures_with_several_parameters() {
        let a = builtin_analysis("func(buf unsafe.Pointer, a0, a1 string) string").unwrap();
        let regs: Vec<Vec<&str>> = a.internal.params.iter().map(|p| p.regs()).collect();
        // abi-internal.md: each string takes two integer registers in order.
        assert_eq!(regs, [vec!["AX"], vec!["BX", "CX"], vec!["DI", "SI"]]);
        assert_eq!(a.internal.results[0].regs(), ["AX", "BX"]);
        assert!(builtin_analysis("func()").is_some());
    }

    #[test]
    fn truncated_arginfo_does_not_panic() {
        assert_eq!(decode_arginfo(&[0x00]), []);
        assert_eq!(decode_arginfo(&[0xfc, 0x08]), [ArgWord::Elided]);
        assert_eq!(decode_arginfo(&[]), []);
    }
}
