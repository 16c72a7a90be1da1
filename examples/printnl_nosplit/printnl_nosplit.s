#include "textflag.h"

// A NOSPLIT function with a frame that calls into the runtime: the
// assembler still saves BP (the frame is non-zero) but emits no split check.
TEXT ·printnl_nosplit(SB), NOSPLIT, $8-0
	CALL runtime·printnl(SB)
	RET

GLOBL msg<>(SB), RODATA, $5
DATA msg<>+0(SB)/5, $"hello"

TEXT main·main(SB), $16-0
	MOVQ $msg<>(SB), AX
	MOVQ AX, 0(SP)
	MOVQ $5, 8(SP)
	CALL runtime·printstring(SB)
	CALL ·printnl_nosplit(SB)
	RET
