#include "textflag.h"
#include "funcdata.h"

// func after(p *int64, n int64) (r *int64)
TEXT ·after(SB), $8-24
	NO_LOCAL_POINTERS
	MOVQ p+0(FP), AX
	MOVQ AX, r+16(FP)
	GO_RESULTS_INITIALIZED
	MOVQ n+8(FP), AX
	MOVQ AX, 0(SP)
	CALL ·deep(SB)
	RET

// func before(p *int64, n int64) (r *int64)
TEXT ·before(SB), $8-24
	NO_LOCAL_POINTERS
	MOVQ p+0(FP), AX
	MOVQ AX, r+16(FP)
	MOVQ n+8(FP), AX
	MOVQ AX, 0(SP)
	CALL ·deep(SB)
	GO_RESULTS_INITIALIZED
	RET

// func param(p *int64, n int64) (r *int64)
TEXT ·param(SB), $8-24
	NO_LOCAL_POINTERS
	MOVQ n+8(FP), AX
	MOVQ AX, 0(SP)
	CALL ·deep(SB)
	MOVQ p+0(FP), AX
	MOVQ AX, r+16(FP)
	RET
