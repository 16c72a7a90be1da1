// A NOSPLIT chain over the limit, a cycle of NOSPLIT functions (JMP is a call
// to the check) and an indirect call.
#include "textflag.h"

TEXT ·f(SB), NOSPLIT, $200-0
	CALL ·g(SB)
	PUSHQ AX
	CALL ·loop(SB)
	POPQ AX
	CALL AX
	RET

TEXT ·g(SB), NOSPLIT, $600-0
	CALL ·h(SB)
	RET

TEXT ·h(SB), NOSPLIT, $16-0
	RET

TEXT ·loop(SB), NOSPLIT, $16-0
	CALL ·loop2(SB)
	RET

TEXT ·loop2(SB), NOSPLIT, $16-0
	JMP ·loop(SB)
