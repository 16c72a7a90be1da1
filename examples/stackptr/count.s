#include "funcdata.h"

// func count(n int, p *int): adds 1 to *p n times, one recursion level per
// increment. p points into the caller's stack; when the stack grows by
// copying, the pointer in every frame's argument area must be moved with it
// (goasm knows p is a pointer from the Go declaration in count.go).
TEXT ·count(SB), $16-16
	NO_LOCAL_POINTERS
	MOVQ n+0(FP), AX
	CMPQ AX, $0
	JEQ done
	MOVQ p+8(FP), BX
	INCQ (BX)
	DECQ AX
	MOVQ AX, 0(SP)
	MOVQ BX, 8(SP)
	CALL ·count(SB)
done:
	RET
