#include "textflag.h"

// func (m MyInt) Twice() MyInt: the receiver is the first argument.
// (goasm-only: the Go toolchain cannot yet wrap an assembly method for
// ABIInternal callers — "makeABIWrapper support for wrapping methods not
// implemented" — so this example has no main.go.txt.)
TEXT ·MyInt·Twice(SB), NOSPLIT, $0-16
	MOVQ m+0(FP), AX
	ADDQ AX, AX
	MOVQ AX, ret+8(FP)
	RET
