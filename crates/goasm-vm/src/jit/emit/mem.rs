//! Guest memory operands in compiled code: effective addresses, and their
//! translation to host addresses through the region checks (the goroutine
//! stack in r14/r15, the recently used regions in `Ctx::other`, then the
//! Rust helper `mem_slow`).

use super::{CC_AE, CC_E, Cx, Exit, Stub, ctx, g};
use crate::ir::{MemRef, NO_REG};
use crate::jit::x64::{Alu, Patch, R12, R14, R15, RAX, RCX, RDI, RDX, RSI, Rm, mem};
use crate::jit::{Ctx, OTHER_SLOTS, SIZES, Slot, mem_slow};
use std::mem::offset_of;

/// The index of an access size in `SIZES`.
pub(super) fn size_class(size: u8) -> Option<usize> {
    SIZES.iter().position(|&s| s == u64::from(size))
}

impl Cx<'_> {
    /// The guest address of `m` into rsi (uses rcx).
    pub(super) fn ea(&mut self, m: MemRef) -> Option<()> {
        let has_base = m.base != NO_REG;
        // Scale 0 drops the index, as `Cpu::ea` computes it.
        let has_index = m.index != NO_REG && m.scale != 0;
        if (has_base && m.base > 15) || (has_index && m.index > 15) {
            return None;
        }
        if has_base {
            self.a.mov_r_rm(8, RSI, g(m.base));
        } else {
            self.a.mov_r_i64(RSI, m.disp as i64 as u64);
        }
        let disp = if has_base { m.disp } else { 0 };
        if has_index {
            self.a.mov_r_rm(8, RCX, g(m.index));
            let scale = match m.scale {
                1 | 2 | 4 | 8 => m.scale,
                _ => return None,
            };
            self.a.lea(
                RSI,
                Rm::Mem {
                    base: RSI,
                    index: Some((RCX, scale)),
                    disp,
                },
            );
        } else if disp != 0 {
            self.a.lea(RSI, mem(RSI, disp));
        }
        Some(())
    }

    /// Turns the guest address in rsi into a host address for a `size`-byte
    /// access, or leaves at instruction `k` (not run) when it would fault.
    /// One region is checked inline: the goroutine stack for `on_stack`
    /// accesses (SP-based operands, push, pop, call, return), else the
    /// most recent other region; the rest are checked out of line.
    /// `None` for an access size the region slots have no class for.
    pub(super) fn translate(
        &mut self,
        k: u32,
        size: u8,
        write: bool,
        saved: bool,
        on_stack: bool,
    ) -> Option<()> {
        let cls = size_class(size)?;
        let from = if on_stack {
            self.check_stack(cls)
        } else {
            self.check_slot(0, cls, write)
        };
        let resume = self.a.pos();
        self.stubs.push(Stub::Slow {
            from,
            resume,
            info: size as u32 | u32::from(write) << 8,
            on_stack,
            exit: Exit {
                pc: k,
                refund_from: Some(k),
                restore: saved,
            },
        });
        Some(())
    }

    /// When the guest address in rsi is inside the stack region for an
    /// access of size class `cls`, rsi becomes its host address; else the
    /// returned jump is taken (rdx is scratch, the flags are clobbered).
    pub(super) fn check_stack(&mut self, cls: usize) -> Patch {
        let end = offset_of!(Ctx, stack_end) + 8 * cls;
        self.a.mov_r_rm(8, RDX, Rm::Reg(RSI));
        self.a.alu_rm_r(Alu::Sub, 8, Rm::Reg(RDX), R14);
        self.a.alu_r_rm(Alu::Cmp, 8, RDX, ctx(end));
        let miss = self.a.jcc(CC_AE);
        self.a.lea(
            RSI,
            Rm::Mem {
                base: R15,
                index: Some((RDX, 1)),
                disp: 0,
            },
        );
        miss
    }

    /// [`Cx::check_stack`] for region slot `s` (a read, or a write when
    /// `write`).
    pub(super) fn check_slot(&mut self, s: usize, cls: usize, write: bool) -> Patch {
        let slot = offset_of!(Ctx, other) + s * std::mem::size_of::<Slot>();
        let ends = if write {
            offset_of!(Slot, write_end)
        } else {
            offset_of!(Slot, read_end)
        };
        self.a.mov_r_rm(8, RDX, Rm::Reg(RSI));
        self.a
            .alu_r_rm(Alu::Sub, 8, RDX, ctx(slot + offset_of!(Slot, lo)));
        self.a
            .alu_r_rm(Alu::Cmp, 8, RDX, ctx(slot + ends + 8 * cls));
        let miss = self.a.jcc(CC_AE);
        self.a
            .alu_r_rm(Alu::Add, 8, RDX, ctx(slot + offset_of!(Slot, ptr)));
        self.a.mov_r_rm(8, RSI, Rm::Reg(RDX));
        miss
    }

    /// The out-of-line half of [`Cx::translate`], reached by `from`: the
    /// regions the inline check did not try (rdx scratch), then the Rust
    /// helper; resumes at `resume` with the host address in rsi, or takes
    /// the returned jump when the access would fault.
    pub(super) fn slow_path(
        &mut self,
        from: Patch,
        resume: usize,
        info: u32,
        on_stack: bool,
    ) -> Patch {
        let here = self.a.pos();
        self.a.patch(from, here);
        // `translate` made this stub only for a size with a class.
        let cls = size_class(info as u8).unwrap_or(4);
        let write = info >> 8 != 0;
        let hit = |cx: &mut Cx<'_>, miss: Patch| {
            let back = cx.a.jmp();
            cx.a.patch(back, resume);
            let here = cx.a.pos();
            cx.a.patch(miss, here);
        };
        if !on_stack {
            let miss = self.check_stack(cls);
            hit(self, miss);
        }
        for s in usize::from(!on_stack)..OTHER_SLOTS {
            let miss = self.check_slot(s, cls, write);
            hit(self, miss);
        }
        self.a.mov_r_rm(8, RDI, Rm::Reg(R12));
        self.a.mov_r_i64(RDX, info as u64);
        self.a.mov_r_i64(RAX, mem_slow as *const () as usize as u64);
        self.a.call_r(RAX);
        self.a.test_rm_r(8, Rm::Reg(RAX), RAX);
        let fault = self.a.jcc(CC_E);
        self.a.mov_r_rm(8, RSI, Rm::Reg(RAX));
        let back = self.a.jmp();
        self.a.patch(back, resume);
        fault
    }
}
