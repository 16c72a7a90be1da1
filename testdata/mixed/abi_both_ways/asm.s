#include "funcdata.h"
#include "textflag.h"

TEXT ·add(SB), NOSPLIT, $0-24
	MOVQ a+0(FP), AX
	ADDQ b+8(FP), AX
	MOVQ AX, ret+16(FP)
	SETGT ret1+24(FP)
	RET

// A frame of its own: the assembler inserts the stack-split check.
TEXT ·callTwice(SB), $16-16
	NO_LOCAL_POINTERS
	MOVQ x+0(FP), AX
	MOVQ AX, 0(SP)
	CALL ·twice(SB)
	MOVQ 8(SP), AX
	MOVQ AX, ret+8(FP)
	RET

TEXT ·mix(SB), NOSPLIT, $0-32
	MOVBQSX a+0(FP), AX
	ADDQ b+8(FP), AX
	MOVWQSX c+16(FP), BX
	ADDQ BX, AX
	MOVLQSX d+20(FP), BX
	ADDQ BX, AX
	MOVQ AX, r+24(FP)
	RET
