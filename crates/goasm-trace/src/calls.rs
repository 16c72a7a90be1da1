//! Following calls and returns from the instruction stream: a shadow stack
//! of the frames the guest entered (each with the SP of its return-address
//! slot), turned into [`Event`]s. Calls are recognised at the callee's entry
//! (so a CALL into a builtin stub, a tail JMP and an entry by the runtime
//! all look alike), returns at the RET whose SP is a frame's return slot.
//! Frames the guest leaves without a RET (a recovered panic moves SP up)
//! are dropped as "unwound" once SP has moved above them.

use crate::args::{self, Side};
use crate::catalog::{ArgPlan, Catalog};
use crate::event::{Bounds, CallKind, Captured, Closure, Event, ItabSlot};
use crate::value::Ctx;
use goasm_vm::consts::{G_STACK_HI, G_STACK_LO, G_STACKGUARD0};
use goasm_vm::cpu::{DX, SP};
use goasm_vm::ir::{Insn, Loc, Op};
use goasm_vm::memory::TEXT_BASE;
use goasm_vm::trace::View;

/// A frame on the shadow stack.
#[derive(Clone, Debug)]
pub struct Frame {
    /// Index in `image.funcs` (and the catalog).
    pub func: usize,
    /// Address of its return-address slot (SP at entry).
    pub entry_sp: u64,
    pub kind: CallKind,
}

/// What a CALL told us about the entry that follows it.
#[derive(Clone, Debug)]
struct Expect {
    target: u32,
    from: u32,
    kind: CallKind,
    itab: Option<ItabSlot>,
}

/// A builtin that has been called and not yet come back.
#[derive(Clone, Debug)]
struct PendingBuiltin {
    id: u16,
    abi0: bool,
    /// Where its ABI0 arguments and results are.
    base: u64,
    /// Where it returns to.
    back: u32,
    /// Shadow frames when it was called.
    frames: usize,
    /// The depth its events show at.
    depth: usize,
}

/// The last `MOVQ off(base), reg` into each register.
#[derive(Clone, Copy, Debug)]
struct Load {
    base: u64,
    disp: i64,
    addr: u64,
}

pub struct Tracker {
    pub cat: Catalog,
    pub stack: Vec<Frame>,
    /// Function index per instruction (u32::MAX outside functions).
    func_of: Vec<u32>,
    expect: Option<Expect>,
    builtins: Vec<PendingBuiltin>,
    morestack: Option<(Bounds, usize)>,
    last: Option<(u32, Op)>,
    loads: [Option<Load>; 16],
}

/// The current goroutine's stack bounds (zeros when there is no g yet).
pub fn bounds(v: &View<'_>) -> Bounds {
    let g = v.cpu.g;
    let rd = |off| {
        if g == 0 {
            0
        } else {
            v.mem.read(g + off, 8).unwrap_or(0)
        }
    };
    Bounds {
        lo: rd(G_STACK_LO),
        hi: rd(G_STACK_HI),
        stackguard0: rd(G_STACKGUARD0),
    }
}

impl Tracker {
    pub fn new(cat: Catalog, image: &goasm_vm::Image) -> Tracker {
        let mut func_of = vec![u32::MAX; image.code.len()];
        for (i, f) in image.funcs.iter().enumerate() {
            for slot in func_of
                .get_mut(f.entry as usize..f.end as usize)
                .unwrap_or(&mut [])
            {
                *slot = i as u32;
            }
        }
        Tracker {
            cat,
            stack: Vec::new(),
            func_of,
            expect: None,
            builtins: Vec::new(),
            morestack: None,
            last: None,
            loads: [None; 16],
        }
    }

    /// The depth of the next event: one level per open frame and per
    /// builtin that has not returned yet (guest code a builtin runs, such
    /// as a deferred call, shows beneath it).
    pub fn depth(&self) -> usize {
        self.stack.len() + self.builtins.len()
    }

    /// The function containing instruction `pc`.
    pub fn func_of(&self, pc: u32) -> Option<usize> {
        match self.func_of.get(pc as usize) {
            Some(&f) if f != u32::MAX => Some(f as usize),
            _ => None,
        }
    }

    pub fn name(&self, func: usize) -> &str {
        self.cat.funcs.get(func).map_or("?", |f| f.name.as_str())
    }

    /// `sym+off` of instruction `pc`.
    pub fn at(&self, v: &View<'_>, pc: u32) -> String {
        v.image.symbolize(TEXT_BASE + pc as u64)
    }

    /// Looks at the instruction about to execute; appends what happened.
    pub fn observe(&mut self, v: &View<'_>, pc: u32, insn: Insn, out: &mut Vec<Event>) {
        if insn.op == Op::Exit {
            // The return sentinel of a goasm or runtime call: not guest code.
            self.last = Some((pc, insn.op));
            return;
        }
        let ctx = Ctx {
            mem: v.mem,
            image: v.image,
        };
        let sp = v.cpu.gp[SP];
        if let Some((old, depth)) = self.morestack.take() {
            let new = bounds(v);
            let delta = new.hi.wrapping_sub(old.hi);
            for f in &mut self.stack {
                if f.entry_sp >= old.lo && f.entry_sp < old.hi {
                    f.entry_sp = f.entry_sp.wrapping_add(delta);
                }
            }
            for b in &mut self.builtins {
                if b.base >= old.lo && b.base < old.hi {
                    b.base = b.base.wrapping_add(delta);
                }
            }
            let func = self.func_of(pc).map_or("?", |f| self.name(f)).to_string();
            out.push(Event::Morestack {
                depth: depth + self.builtins.len(),
                func,
                old,
                new,
            });
        }
        let expect = self.expect.take();
        // The function's first instruction (an index lookup, not a hash:
        // this runs for every instruction).
        if let Some(fi) = self
            .func_of(pc)
            .filter(|&f| v.image.funcs.get(f).is_some_and(|f| f.entry == pc))
        {
            let last_func = self.last.and_then(|(l, _)| self.func_of(l));
            let entered = match expect {
                Some(e) if e.target == pc => Some((e.kind, Some(e.from), e.itab)),
                _ if last_func == Some(fi) => None,
                _ => match self.last {
                    Some((l, Op::Jmp | Op::JmpInd)) => Some((CallKind::Tail, Some(l), None)),
                    _ => Some((CallKind::Runtime, None, None)),
                },
            };
            if let Some((kind, from, itab)) = entered {
                self.enter(v, &ctx, fi, kind, from, itab, out);
            }
        }
        self.resolve_builtins(v, &ctx, pc, out);
        match insn.op {
            Op::Call => {
                let target = insn.imm as u32;
                if !self.is_stub(v, target) {
                    self.expect = Some(Expect {
                        target,
                        from: pc,
                        kind: CallKind::Direct,
                        itab: None,
                    });
                }
            }
            Op::CallInd => self.indirect(v, &ctx, pc, insn),
            Op::RtCall | Op::RtJmp if self.is_morestack(insn.imm) => {
                // Compiled code calls morestack itself (the listing has the
                // stub): the same event as the assembler-made stub's.
                self.morestack = Some((bounds(v), self.stack.len()));
            }
            Op::RtCall | Op::RtJmp => {
                let id = insn.imm as u16;
                let abi0 = insn.y == 1;
                let tail = insn.op == Op::RtJmp;
                let back = if tail {
                    v.mem
                        .read(sp, 8)
                        .ok()
                        .and_then(|a| a.checked_sub(TEXT_BASE))
                        .map_or(u32::MAX, |i| i as u32)
                } else {
                    pc + 1
                };
                let (name, args) = match self.cat.builtins.get(id as usize) {
                    Some(b) => (
                        b.name.clone(),
                        b.analysis.as_ref().map_or_else(Vec::new, |a| {
                            args::typed(&ctx, v.cpu, a, !abi0, sp, Side::Inputs)
                        }),
                    ),
                    None => (format!("builtin#{id}"), Vec::new()),
                };
                // A CALL to a builtin's stub: the call happened at the stub.
                let from_stub = tail && self.func_of(pc).is_some_and(|f| self.name(f) == name);
                let depth = self.depth();
                out.push(Event::Builtin {
                    depth,
                    func: name,
                    tail: tail && !from_stub,
                    abi0,
                    args,
                });
                self.builtins.push(PendingBuiltin {
                    id,
                    abi0,
                    base: sp,
                    back,
                    frames: self.stack.len(),
                    depth,
                });
            }
            Op::Morestack => self.morestack = Some((bounds(v), self.stack.len())),
            Op::Ret => self.ret(v, &ctx, sp, out),
            Op::Mov if insn.w == 8 => {
                if let (Loc::Mem(m), Loc::Reg(r)) = (insn.a, insn.b) {
                    let addr = v.cpu.ea(m);
                    self.loads[r as usize % 16] = Some(Load {
                        base: addr.wrapping_sub(m.disp as i64 as u64),
                        disp: m.disp as i64,
                        addr,
                    });
                }
            }
            _ => {}
        }
        self.last = Some((pc, insn.op));
    }

    fn is_morestack(&self, id: i64) -> bool {
        u16::try_from(id)
            .ok()
            .and_then(|id| self.cat.builtins.get(id as usize))
            .is_some_and(|b| b.name.starts_with("runtime.morestack"))
    }

    fn is_stub(&self, v: &View<'_>, target: u32) -> bool {
        v.image
            .code
            .get(target as usize)
            .is_some_and(|i| i.op == Op::RtJmp)
    }

    /// A CALL through a register or memory: closure, interface or plain.
    fn indirect(&mut self, v: &View<'_>, ctx: &Ctx<'_>, pc: u32, insn: Insn) {
        let Ok(addr) = v.cpu.get(v.mem, insn.a, 8, insn.imm) else {
            return;
        };
        let Some(target) = addr
            .checked_sub(TEXT_BASE)
            .and_then(|i| u32::try_from(i).ok())
        else {
            return;
        };
        if self.is_stub(v, target) {
            return;
        }
        // Where the code pointer was loaded from.
        let source = match insn.a {
            Loc::Mem(m) => {
                let a = v.cpu.ea(m);
                Some((a.wrapping_sub(m.disp as i64 as u64), m.disp as i64))
            }
            Loc::Reg(r) => self.loads[r as usize % 16]
                .filter(|l| v.mem.read(l.addr, 8).ok() == Some(addr))
                .map(|l| (l.base, l.disp)),
            _ => None,
        };
        let dx = v.cpu.gp[DX];
        let closure = dx != 0 && v.mem.read(dx, 8).ok() == Some(addr);
        let itab = match source {
            Some((base, disp)) if disp >= 24 && (disp - 24) % 8 == 0 && base != dx => {
                Some(ItabSlot {
                    itab: format!("{base:#x}"),
                    symbol: ctx.symbol_at(base),
                    offset: disp,
                    method: (disp - 24) / 8,
                })
            }
            _ => None,
        };
        let kind = if itab.is_some() {
            CallKind::Interface
        } else if closure {
            CallKind::Closure
        } else {
            CallKind::Indirect
        };
        self.expect = Some(Expect {
            target,
            from: pc,
            kind,
            itab,
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn enter(
        &mut self,
        v: &View<'_>,
        ctx: &Ctx<'_>,
        fi: usize,
        kind: CallKind,
        from: Option<u32>,
        itab: Option<ItabSlot>,
        out: &mut Vec<Event>,
    ) {
        let sp = v.cpu.gp[SP];
        // Frames at or below this entry's return slot are gone: a tail
        // call replaced the top one, or a panic abandoned them.
        while let Some(top) = self.stack.last() {
            if top.entry_sp > sp {
                break;
            }
            let f = self.stack.pop().expect("checked");
            if !(kind == CallKind::Tail && f.entry_sp == sp) {
                out.push(Event::Unwind {
                    depth: self.depth(),
                    func: self.name(f.func).to_string(),
                });
            }
        }
        let info = self.cat.funcs[fi].clone();
        let fp = sp.wrapping_add(8);
        let args = args::read(ctx, v.cpu, &info.plan, fp, Side::Inputs).unwrap_or_default();
        let closure = (kind == CallKind::Closure).then(|| {
            let dx = v.cpu.gp[DX];
            Closure {
                context: format!("{dx:#x}"),
                symbol: ctx.symbol_at(dx),
                captured: args::captured(ctx, dx, &info.captured)
                    .into_iter()
                    .map(|(offset, value)| Captured { offset, value })
                    .collect(),
            }
        });
        out.push(Event::Call {
            depth: self.depth(),
            func: info.name.clone(),
            kind,
            from: from.map(|p| self.at(v, p)),
            sp,
            typed: matches!(info.plan, ArgPlan::Typed { .. }),
            args,
            closure,
            itab,
        });
        self.stack.push(Frame {
            func: fi,
            entry_sp: sp,
            kind,
        });
    }

    fn ret(&mut self, v: &View<'_>, ctx: &Ctx<'_>, sp: u64, out: &mut Vec<Event>) {
        let Some(k) = self.stack.iter().rposition(|f| f.entry_sp == sp) else {
            return;
        };
        while self.stack.len() > k + 1 {
            let f = self.stack.pop().expect("checked");
            out.push(Event::Unwind {
                depth: self.depth(),
                func: self.name(f.func).to_string(),
            });
        }
        let f = self.stack.pop().expect("checked");
        let info = self.cat.funcs[f.func].clone();
        let results = args::read(ctx, v.cpu, &info.plan, sp.wrapping_add(8), Side::Results);
        out.push(Event::Return {
            depth: self.depth(),
            func: info.name.clone(),
            results,
        });
    }

    /// Builtins whose call is over: the guest runs again at their level.
    fn resolve_builtins(&mut self, v: &View<'_>, ctx: &Ctx<'_>, pc: u32, out: &mut Vec<Event>) {
        while let Some(b) = self.builtins.last() {
            if self.stack.len() > b.frames {
                // Guest code the builtin called (a deferred function, a method).
                break;
            }
            let b = self.builtins.pop().expect("checked");
            let Some(info) = self.cat.builtins.get(b.id as usize) else {
                continue;
            };
            let depth = b.depth;
            if pc == b.back {
                if let Some(a) = &info.analysis
                    && !a.sig.results.is_empty()
                {
                    out.push(Event::BuiltinReturn {
                        depth,
                        func: info.name.clone(),
                        results: args::typed(ctx, v.cpu, a, !b.abi0, b.base, Side::Results),
                    });
                }
            } else {
                out.push(Event::BuiltinResumed {
                    depth,
                    func: info.name.clone(),
                    at: self.at(v, pc),
                });
            }
        }
    }
}
