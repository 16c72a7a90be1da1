#include "textflag.h"

// An interface value {tab, data} whose itab is built by hand: the method
// table fun[0] sits at offset 24 (after inter, _type, hash and padding).
GLOBL ·tripler_itab(SB), RODATA, $32
DATA ·tripler_itab+24(SB)/8, $·triple(SB)

// triple(p *int) int: the method, receiving the data word as its receiver.
TEXT ·triple(SB), NOSPLIT, $0-16
	MOVQ p+0(FP), AX
	MOVQ (AX), AX
	IMUL3Q $3, AX, AX
	MOVQ AX, ret+8(FP)
	RET

// func CallTripler(x int) int: builds i = {&tripler_itab, &x} and calls
// i.fun[0](i.data) the way compiled code calls an interface method.
TEXT ·CallTripler(SB), $32-16
	MOVQ $·tripler_itab(SB), AX
	MOVQ AX, itab-16(SP)
	LEAQ x+0(FP), BX
	MOVQ BX, data-8(SP)
	MOVQ itab-16(SP), AX
	MOVQ 24(AX), CX
	MOVQ data-8(SP), BX
	MOVQ BX, 0(SP)
	CALL CX
	MOVQ 8(SP), AX
	MOVQ AX, ret+8(FP)
	RET
