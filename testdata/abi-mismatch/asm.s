#include "funcdata.h"

TEXT ·seven(SB), 4, $0-8
	MOVQ $7, ret+0(FP)
	RET

TEXT ·callTwice(SB), $16-16
	NO_LOCAL_POINTERS
	MOVQ x+0(FP), AX
	MOVQ AX, 0(SP)
	CALL ·twice(SB)
	MOVQ 8(SP), AX
	MOVQ AX, ret+8(FP)
	RET
