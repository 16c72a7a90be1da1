#include "textflag.h"

// func Swap(a, b int) (int, int): arguments and results through FP.
TEXT ·Swap(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), AX
	MOVQ b+8(FP), BX
	MOVQ BX, ret+16(FP)
	MOVQ AX, ret1+24(FP)
	RET
