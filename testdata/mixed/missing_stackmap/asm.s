#include "textflag.h"

// func viaAsm(n int64)
TEXT ·viaAsm(SB), $16-8
	MOVQ n+0(FP), AX
	MOVQ AX, 0(SP)
	CALL ·big(SB)
	RET
