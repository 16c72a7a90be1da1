// Over-limit leaves (a big frame; pushes and ADJSP below the frame) and two
// roots reported deepest first.
#include "textflag.h"

TEXT ·bigleaf(SB), NOSPLIT, $800-0
	RET

TEXT ·pusher(SB), NOSPLIT, $760-0
	PUSHQ AX
	PUSHQ BX
	ADJSP $16
	ADJSP $-16
	POPQ BX
	POPQ AX
	RET

TEXT ·caller(SB), NOSPLIT, $8-0
	CALL ·pusher(SB)
	CALL ·bigleaf(SB)
	RET

TEXT ·other(SB), NOSPLIT, $0-0
	CALL ·bigleaf(SB)
	RET
