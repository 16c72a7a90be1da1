//! Lowering one TEXT body to IR: the assembler-inserted prologue and
//! epilogue (see `prologue.rs`), operands resolved once (`operand.rs`), and
//! one IR instruction per source instruction chosen from the goasm-isa row
//! (`insn.rs`, `sse.rs`). Anything outside the supported subset is a
//! load-time error at the instruction's file:line:col.

pub mod fast;
mod fuse;
mod insn;
pub mod liveness;
mod operand;
mod sse;

use crate::image::Image;
use crate::ir::{Insn, Loc, MemRef, NO_REG, Op};
use crate::link::{Linker, TextBody};
use crate::prologue::{self, Frame};
use goasm_syntax::Span;
use goasm_syntax::ast::StmtKind;
use std::collections::HashMap;

pub(crate) use operand::Opd;

#[derive(Clone, Copy, Debug)]
pub(crate) enum FixKind {
    /// `imm` is the target instruction index of a function.
    Target,
    /// `imm` is the function's address plus addend.
    Imm,
    /// operand `a`'s displacement is the function's address plus addend.
    Disp,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Fix {
    pub insn: u32,
    pub func: usize,
    pub addend: i64,
    pub kind: FixKind,
}

pub(crate) struct FnLower<'l, 'a> {
    pub l: &'l mut Linker<'a>,
    pub image: &'l mut Image,
    pub fixups: &'l mut Vec<Fix>,
    pub t: &'l TextBody<'a>,
    pub frame: Frame,
    pub autoffset: i64,
    pub deltasp: i64,
    pub span: Span,
    /// Label name -> absolute IR index (the linker keeps them for jump tables).
    pub(crate) labels: HashMap<String, u32>,
    label_refs: Vec<(u32, String, Span)>,
    /// IR index of each source instruction (pseudo-ops included, as Go counts them for `n(PC)`).
    progs: Vec<u32>,
    pc_refs: Vec<(u32, i64, Span)>,
    split_refs: Vec<u32>,
    /// Fixups for the instruction being built.
    pending: Vec<(FixKind, usize, i64)>,
    /// A REP prefix waits for its string instruction.
    rep: bool,
}

pub(crate) fn sp_mem(disp: i64) -> Loc {
    Loc::Mem(MemRef {
        disp: disp as i32,
        base: crate::cpu::SP as u8,
        index: NO_REG,
        scale: 1,
    })
}

impl<'l, 'a> FnLower<'l, 'a> {
    pub fn new(
        l: &'l mut Linker<'a>,
        image: &'l mut Image,
        fixups: &'l mut Vec<Fix>,
        t: &'l TextBody<'a>,
    ) -> Self {
        let frame = prologue::frame(t.text, &t.body);
        FnLower {
            l,
            image,
            fixups,
            t,
            frame,
            autoffset: frame.autoffset,
            deltasp: 0,
            span: t.span,
            labels: HashMap::new(),
            label_refs: Vec::new(),
            progs: Vec::new(),
            pc_refs: Vec::new(),
            split_refs: Vec::new(),
            pending: Vec::new(),
            rep: false,
        }
    }

    fn here(&self) -> u32 {
        self.image.code.len() as u32
    }

    /// Appends an instruction with the pending fixups.
    pub fn emit(&mut self, insn: Insn) -> u32 {
        let idx = self.here();
        for (kind, func, addend) in self.pending.drain(..) {
            self.fixups.push(Fix {
                insn: idx,
                func,
                addend,
                kind,
            });
        }
        self.image.code.push(insn);
        self.image.locs.push((self.t.file as u32, self.span));
        idx
    }

    pub fn err(&mut self, span: Span, msg: impl std::fmt::Display) {
        self.l.err(self.t.file, span, msg);
    }

    fn adjsp(&mut self, v: i64) {
        if let Some((add, n)) = prologue::adjsp(v) {
            let mut i = Insn::new(if add { Op::Add } else { Op::Sub }, 8);
            i.a = Loc::Imm;
            i.b = Loc::Reg(crate::cpu::SP as u8);
            i.imm = n;
            self.emit(i);
        }
    }

    pub fn epilogue_ret(&mut self) {
        if self.frame.autoffset != 0 {
            self.adjsp(-self.frame.locals());
            if self.frame.bpsize > 0 {
                let mut i = Insn::new(Op::Pop, 8);
                i.b = Loc::Reg(crate::cpu::BP as u8);
                self.emit(i);
            }
        }
        self.emit(Insn::new(Op::Ret, 8));
    }

    pub fn lower(&mut self) {
        let fr = self.frame;
        let start = self.here();
        if !fr.nosplit {
            let mut chk = Insn::new(Op::SplitCheck, 8);
            let fs = fr.autoffset;
            if fs <= crate::consts::STACK_SMALL {
                chk.a = sp_mem(0);
            } else {
                chk.a = sp_mem(-(fs - crate::consts::STACK_SMALL));
                chk.x = u8::from(fs > crate::consts::STACK_BIG);
            }
            let i = self.emit(chk);
            self.split_refs.push(i);
        }
        if fr.bpsize > 0 {
            let mut p = Insn::new(Op::Push, 8);
            p.a = Loc::Reg(crate::cpu::BP as u8);
            self.emit(p);
            let mut m = Insn::new(Op::Mov, 8);
            m.a = Loc::Reg(crate::cpu::SP as u8);
            m.b = Loc::Reg(crate::cpu::BP as u8);
            self.emit(m);
        }
        self.adjsp(fr.locals());
        self.deltasp = fr.autoffset;
        let body = self.t.body.clone();
        for s in body {
            self.span = s.span;
            match &s.kind {
                StmtKind::Label(name) => {
                    let here = self.here();
                    if self.labels.insert(name.clone(), here).is_some() {
                        self.err(s.span, format!("label {name} multiply defined"));
                    }
                }
                StmtKind::Insn(insn) => {
                    self.progs.push(self.here());
                    if let Err(msg) = self.lower_insn(insn) {
                        self.pending.clear();
                        self.err(s.span, msg);
                    }
                }
                _ => {}
            }
        }
        self.progs.push(self.here());
        // The morestack stub goes after the body, as obj6 places it.
        if !fr.nosplit {
            let stub = self.here();
            let mut ms = Insn::new(Op::Morestack, 8);
            ms.x = u8::from(self.t.text.flags & crate::consts::NEEDCTXT != 0);
            self.emit(ms);
            let mut j = Insn::new(Op::Jmp, 8);
            j.imm = start as i64;
            self.emit(j);
            for &i in &self.split_refs {
                self.image.code[i as usize].imm = stub as i64;
            }
        }
        for (i, name, span) in std::mem::take(&mut self.label_refs) {
            match self.labels.get(&name) {
                Some(&t) => self.image.code[i as usize].imm = t as i64,
                None => self.err(span, format!("undefined label {name}")),
            }
        }
        for (i, target, span) in std::mem::take(&mut self.pc_refs) {
            match usize::try_from(target).ok().and_then(|t| self.progs.get(t)) {
                Some(&t) => self.image.code[i as usize].imm = t as i64,
                None => self.err(span, "branch target out of the function"),
            }
        }
    }

    /// Records a branch to a label or `n(PC)` for patching.
    pub fn branch_to_label(&mut self, insn: u32, name: &str, span: Span) {
        self.label_refs.push((insn, name.to_string(), span));
    }

    pub fn branch_to_pcrel(&mut self, insn: u32, n: i64, span: Span) {
        let me = self.progs.len() as i64 - 1;
        self.pc_refs.push((insn, me + n, span));
    }
}
