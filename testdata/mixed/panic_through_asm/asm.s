#include "funcdata.h"
TEXT ·viaAsm(SB), $16-16
	NO_LOCAL_POINTERS
	MOVQ x+0(FP), AX
	MOVQ AX, 0(SP)
	CALL ·check(SB)
	MOVQ 8(SP), AX
	MOVQ AX, ret+8(FP)
	RET
