// Integers: widths, grouping, sign and zero extension, SETcc bools,
// words used as addresses.
#include "textflag.h"

TEXT ·Add(SB), NOSPLIT, $0-24
	MOVQ	a+0(FP), AX
	ADDQ	b+8(FP), AX
	MOVQ	AX, ret+16(FP)
	RET
// want: func Add(a, b uint64) uint64

TEXT ·Widen(SB), NOSPLIT, $0-24
	MOVBQSX	s+0(FP), AX
	MOVWQZX	u+2(FP), BX
	MOVLQZX	w+4(FP), CX
	MOVQ	AX, lo+8(FP)
	ADDQ	CX, BX
	MOVQ	BX, hi+16(FP)
	RET
// want: func Widen(s int8, u uint16, w uint32) (lo, hi uint64)

TEXT ·Less(SB), NOSPLIT, $0-17
	MOVQ	a+0(FP), AX
	CMPQ	AX, b+8(FP)
	SETLT	ret+16(FP)
	RET
// want: func Less(a, b int64) bool

TEXT ·Load32(SB), NOSPLIT, $0-12
	MOVQ	p+0(FP), AX
	MOVL	(AX), BX
	MOVL	BX, ret+8(FP)
	RET
// want: func Load32(p unsafe.Pointer) uint32

TEXT ·Second(SB), NOSPLIT, $0-24
	MOVQ	b+8(FP), AX
	MOVQ	AX, ret+16(FP)
	RET
// want: func Second(_, b uint64) uint64

TEXT ·DivMod(SB), NOSPLIT, $0-32
	MOVQ	a+0(FP), AX
	MOVQ	b+8(FP), CX
	CQO
	IDIVQ	CX
	MOVQ	AX, ret+16(FP)
	MOVQ	DX, ret1+24(FP)
	RET
// want: func DivMod(a, b uint64) (uint64, uint64)

TEXT ·Find(SB), NOSPLIT, $0-25
	MOVQ	x+0(FP), AX
	CMPQ	AX, y+8(FP)
	SETEQ	ok+24(FP)
	MOVQ	AX, n+16(FP)
	RET
// want: func Find(x, y uint64) (n uint64, ok bool)

// A signed condition on a comparison makes the compared values signed.
TEXT ·Max32(SB), NOSPLIT, $0-12
	MOVL	a+0(FP), AX
	MOVL	b+4(FP), BX
	CMPL	AX, BX
	CMOVLLT	BX, AX
	MOVL	AX, ret+8(FP)
	RET
// want: func Max32(a, b int32) uint32

// A wrapper takes the frame of the function it jumps to.
TEXT ·AddAlias(SB), NOSPLIT, $0-24
	JMP	·Add(SB)
// want: func AddAlias(a, b uint64) uint64
