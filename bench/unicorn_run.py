#!/usr/bin/env python3
"""Run one function's machine code from a Go compiler listing under Unicorn.

    unicorn_run.py LISTING FUNC [INT_ARG...]      e.g. bench/listings/fib.S main.fib 32
    unicorn_run.py --check LISTING FUNC           say whether FUNC can run here, and why not

The bytes are the ones `go tool compile -S` prints after each function's instructions.
Every TEXT symbol of the listing is loaded; the `rel OFF+SIZ t=TYPE SYM+ADD` lines are
applied like the linker would:

* R_CALL to a function of the listing: the rel32 points at that function (self-calls of a
  recursive function land on itself);
* R_CALL to anything else (the runtime): the rel32 points at a HLT stub of its own. The
  runtime calls this can tolerate are the ones a correct run never takes: the stack-growth
  call runtime.morestack_noctxt (unreachable because R14 holds a fake g whose stackguard0,
  at g+16, is 0, so `CMPQ SP, 16(R14); JLS` never jumps) and the panics. Reaching a stub is
  reported as an error naming the runtime function;
* R_PCREL to a float/int constant symbol ($f64.HEX, $f32.HEX, $i64.HEX, $i32.HEX): the
  constant is placed in a data page and the rel32 points at it.
Any other relocation (data symbols, type descriptors, itabs, indirect calls) means the
function needs the Go runtime or linker-made data, and it is refused.

Arguments follow ABIInternal: integer arguments in AX, BX, CX, DI, SI, R8, R9, R10, R11;
the integer result comes back in AX. The return address pushed on the stack is the
`until` address of emu_start, so the run ends when FUNC returns.

Prints the result (as Go's println prints an int) on stdout and the time spent inside
emu_start on stderr as `emu_seconds=S`.
"""

import re
import struct
import sys
import time

# Runtime functions a correct run never enters: they may appear as call targets.
UNREACHABLE_OK = re.compile(
    r"^runtime\.(morestack_noctxt|morestack|panicdivide|panicIndex\w*|panicSlice\w*|"
    r"panicBounds\w*|panicshift|panicoverflow|panicdottype\w*|panicmem\w*|goPanic\w*)$"
)
CONST_SYM = re.compile(r"^\$(f64|f32|i64|i32)\.([0-9a-f]+)$")

HEADER = re.compile(r"^(\S+) STEXT\b")
HEXLINE = re.compile(r"^\t0x([0-9a-f]{4,}) ((?:[0-9a-f]{2} ){0,15}[0-9a-f]{2})(?:  |\s*$)")
RELLINE = re.compile(r"^\trel (\d+)\+(\d+) t=(\S+) (.*?)([+-]\d+)$")

ARG_REGS = ["RAX", "RBX", "RCX", "RDI", "RSI", "R8", "R9", "R10", "R11"]

CODE_BASE = 0x0040_0000
STUB_BASE = 0x0030_0000  # one HLT per unresolved call target
DATA_BASE = 0x0020_0000  # float/int constants
G_BASE = 0x0010_0000  # fake g: stackguard0 at +16 is 0
STACK_TOP = 0x4000_0000
STACK_SIZE = 64 << 20


class Refused(Exception):
    """FUNC cannot run under Unicorn; the message says why."""


def parse_listing(path):
    """Return {symbol: (bytes, [(off, siz, type, sym, add)])} for every TEXT symbol."""
    funcs = {}
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            m = HEADER.match(line)
            if m:
                cur = funcs.setdefault(m.group(1), (bytearray(), []))
                continue
            if not line.startswith("\t"):
                cur = None
                continue
            if cur is None:
                continue
            m = HEXLINE.match(line)
            if m:
                off = int(m.group(1), 16)
                data = bytes.fromhex(m.group(2).replace(" ", ""))
                if off != len(cur[0]):
                    raise ValueError(f"{path}: hex dump out of order at {line!r}")
                cur[0].extend(data)
                continue
            m = RELLINE.match(line)
            if m:
                cur[1].append(
                    (int(m.group(1)), int(m.group(2)), m.group(3), m.group(4), int(m.group(5)))
                )
    return {k: (bytes(v[0]), v[1]) for k, v in funcs.items()}


def reachable(funcs, root):
    """The listing's functions FUNC can call directly or transitively, FUNC first."""
    seen, todo = [], [root]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.append(name)
        for _off, _siz, typ, sym, _add in funcs[name][1]:
            if typ == "R_CALL" and sym in funcs:
                todo.append(sym)
    return seen


def problems(funcs, root):
    """What in root's call graph Unicorn cannot run: runtime calls, indirect calls, data."""
    calls, data, indirect = [], [], False
    for name in reachable(funcs, root):
        for _off, siz, typ, sym, _add in funcs[name][1]:
            if siz == 0 and typ.startswith("R_USE"):
                continue  # linker bookkeeping, no bytes
            if typ == "R_CALL" and (sym in funcs or UNREACHABLE_OK.match(sym)):
                continue
            if typ == "R_PCREL" and siz == 4 and CONST_SYM.match(sym):
                continue
            if typ == "R_CALL":
                if sym not in calls:
                    calls.append(sym)
            elif typ == "R_CALLIND":
                indirect = True
            else:
                kind = ("type descriptors" if sym.startswith("type:") else
                        "itabs" if sym.startswith("go:itab") else
                        "closure/func values" if ".func" in sym else
                        "string data" if sym.startswith("go:string") else
                        "runtime variables" if sym.startswith("runtime.") else "data symbols")
                if kind not in data:
                    data.append(kind)
    out = []
    if calls:
        # The print calls are in every main; list the interesting runtime calls first.
        calls.sort(key=lambda c: c.startswith("runtime.print"))
        shown = ", ".join(calls[:6]) + (", ..." if len(calls) > 6 else "")
        out.append(f"calls Go runtime code that is not in the listing ({shown})")
    if indirect:
        out.append("makes indirect calls (closures or interface methods)")
    if data:
        out.append("needs data laid out by the Go linker (" + ", ".join(data) + ")")
    return out


def check(funcs, root):
    """Raise Refused unless every relocation of root's call graph is one we can apply."""
    if root not in funcs:
        raise Refused(f"{root} is not a TEXT symbol of the listing")
    why = problems(funcs, root)
    if why:
        raise Refused(f"{root} " + "; ".join(why))


def const_bytes(sym):
    kind, hexval = CONST_SYM.match(sym).groups()
    v = int(hexval, 16)
    return struct.pack("<Q" if kind in ("f64", "i64") else "<I", v)


def run(path, root, args):
    from unicorn import UC_ARCH_X86, UC_MODE_64, UC_PROT_ALL, Uc
    from unicorn import x86_const as X

    funcs = parse_listing(path)
    check(funcs, root)
    names = reachable(funcs, root)

    # Lay out code, then resolve relocations.
    addr, code_at = CODE_BASE, {}
    for name in names:
        code_at[name] = addr
        addr += (len(funcs[name][0]) + 63) & ~63
    code_end = addr
    stubs, consts = {}, {}
    image = {}
    for name in names:
        code = bytearray(funcs[name][0])
        for off, siz, typ, sym, add in funcs[name][1]:
            if siz == 0:
                continue
            if typ == "R_CALL":
                if sym in code_at:
                    target = code_at[sym]
                else:
                    target = stubs.setdefault(sym, STUB_BASE + len(stubs))
            else:  # R_PCREL to a constant
                if sym not in consts:
                    consts[sym] = DATA_BASE + 16 * len(consts)
                target = consts[sym]
            site = code_at[name] + off
            rel = target + add - (site + siz)
            code[off : off + 4] = struct.pack("<i", rel)
        image[name] = bytes(code)

    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.mem_map(G_BASE, 0x1000, UC_PROT_ALL)  # zeroed: stackguard0 == 0
    uc.mem_map(DATA_BASE, 0x10000, UC_PROT_ALL)
    uc.mem_map(STUB_BASE, 0x10000, UC_PROT_ALL)
    uc.mem_write(STUB_BASE, b"\xf4" * 0x10000)  # HLT everywhere
    uc.mem_map(CODE_BASE, max(0x1000, (code_end - CODE_BASE + 0xFFF) & ~0xFFF) + 0x1000, UC_PROT_ALL)
    uc.mem_map(STACK_TOP - STACK_SIZE, STACK_SIZE, UC_PROT_ALL)
    for name, code in image.items():
        uc.mem_write(code_at[name], code)
    for sym, a in consts.items():
        uc.mem_write(a, const_bytes(sym))

    ret_addr = code_end  # inside the code mapping, never executed: emu_start stops there
    uc.mem_write(ret_addr, b"\xf4")
    sp = STACK_TOP - 4096
    sp -= 8
    uc.mem_write(sp, struct.pack("<Q", ret_addr))
    uc.reg_write(X.UC_X86_REG_RSP, sp)
    uc.reg_write(X.UC_X86_REG_RBP, 0)
    uc.reg_write(X.UC_X86_REG_R14, G_BASE)
    if len(args) > len(ARG_REGS):
        raise Refused("too many integer arguments for the ABIInternal registers")
    for reg, val in zip(ARG_REGS, args):
        uc.reg_write(getattr(X, "UC_X86_REG_" + reg), val & 0xFFFF_FFFF_FFFF_FFFF)

    t0 = time.perf_counter()
    uc.emu_start(code_at[root], ret_addr)
    dt = time.perf_counter() - t0
    pc = uc.reg_read(X.UC_X86_REG_RIP)
    if pc != ret_addr:
        hit = [s for s, a in stubs.items() if a in (pc, pc - 1)]
        what = hit[0] if hit else f"pc {pc:#x}"
        raise RuntimeError(f"stopped in {what}, not at the return address")
    ax = uc.reg_read(X.UC_X86_REG_RAX)
    if ax >= 1 << 63:
        ax -= 1 << 64
    return ax, dt


def main(argv):
    if len(argv) >= 3 and argv[0] == "--check":
        try:
            check(parse_listing(argv[1]), argv[2])
        except Refused as e:
            print(f"no: {e}")
            return 1
        print("yes")
        return 0
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path, root, args = argv[0], argv[1], [int(a, 0) for a in argv[2:]]
    try:
        ax, dt = run(path, root, args)
    except Refused as e:
        print(f"unicorn_run: cannot run {root}: {e}", file=sys.stderr)
        return 3
    print(ax)
    print(f"emu_seconds={dt:.6f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
