#include "funcdata.h"

// func sum(n int) int: sum(n) = n + sum(n-1), recursing 100000 deep from a
// 2 KiB goroutine stack, so the split prologue calls morestack many times.
TEXT ·sum(SB), $16-16
	NO_LOCAL_POINTERS
	MOVQ n+0(FP), AX
	CMPQ AX, $0
	JEQ zero
	DECQ AX
	MOVQ AX, 0(SP)
	CALL ·sum(SB)
	MOVQ 8(SP), AX
	ADDQ n+0(FP), AX
	MOVQ AX, ret+8(FP)
	RET
zero:
	MOVQ $0, ret+8(FP)
	RET
