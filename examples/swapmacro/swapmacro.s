#include "textflag.h"

// Exchange two registers through a temporary.
#define SWAP(x, y, t) MOVQ x, t; MOVQ y, x; MOVQ t, y


// func Sort3(a, b, c int) (int, int, int)
TEXT ·Sort3(SB), NOSPLIT, $0-48
	MOVQ a+0(FP), AX
	MOVQ b+8(FP), BX
	MOVQ c+16(FP), CX
	CMPQ AX, BX
	JLE ab
	SWAP(AX, BX, DX)
ab:
	CMPQ BX, CX
	JLE bc
	SWAP(BX, CX, DX)
bc:
	CMPQ AX, BX
	JLE done
	SWAP(AX, BX, DX)
done:
	MOVQ AX, ret+24(FP)
	MOVQ BX, ret1+32(FP)
	MOVQ CX, ret2+40(FP)
	RET
