// Doc comments: used when the code agrees with them, ignored otherwise.
#include "textflag.h"

// func XorInto(dst, src *byte, n int)
TEXT ·XorInto(SB), NOSPLIT, $0-24
	MOVQ	dst+0(FP), DI
	MOVQ	src+8(FP), SI
	MOVQ	n+16(FP), CX
	RET
// want: func XorInto(dst, src *byte, n int)

// The comment says 4 bytes; the code moves 8: the code wins.
// func Twice(x int32) int32
TEXT ·Twice(SB), NOSPLIT, $0-16
	MOVQ	x+0(FP), AX
	ADDQ	AX, AX
	MOVQ	AX, ret+8(FP)
	RET
// want: func Twice(x uint64) uint64
