#include "textflag.h"
#include "go_asm.h"

TEXT ·norm2(SB), NOSPLIT, $0-16
	MOVQ p+0(FP), SI
	MOVSD Point_X(SI), X0
	MULSD X0, X0
	MOVSD Point_Y(SI), X1
	MULSD X1, X1
	ADDSD X1, X0
	MOVQ $const_scale, AX
	CVTSQ2SD AX, X1
	MULSD X1, X0
	MOVSD X0, ret+8(FP)
	RET

TEXT ·mid(SB), NOSPLIT, $0-24
	MOVSD a+0(FP), X0
	ADDSD b+8(FP), X0
	MOVQ $0x3fe0000000000000, AX
	MOVQ AX, X1
	MULSD X1, X0
	MOVSD X0, ret+16(FP)
	RET
