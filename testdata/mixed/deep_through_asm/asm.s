#include "funcdata.h"
TEXT ·down(SB), $16-16
	NO_LOCAL_POINTERS
	MOVQ n+0(FP), AX
	MOVQ AX, 0(SP)
	CALL ·depth(SB)
	MOVQ 8(SP), AX
	MOVQ AX, ret+8(FP)
	RET
