// NOSPLIT chains that stay within the limit: no report.
#include "textflag.h"

TEXT ·a(SB), NOSPLIT, $400-0
	CALL ·b(SB)
	RET

TEXT ·b(SB), NOSPLIT, $200-0
	CALL ·c(SB)
	RET

TEXT ·c(SB), NOSPLIT, $96-0
	RET

// A splittable function may call deep NOSPLIT chains: it checks first.
TEXT ·s(SB), $600-0
	CALL ·a(SB)
	RET
