#include "textflag.h"

// func addVV(z, x, y []uint64) uint64
TEXT ·addVV(SB), NOSPLIT, $0-80
	MOVQ z_base+0(FP), DI
	MOVQ x_base+24(FP), SI
	MOVQ y_base+48(FP), R8
	MOVQ z_len+8(FP), CX
	XORQ BX, BX          // the index; CF = 0
loop:
	MOVQ (SI)(BX*8), AX
	ADCQ (R8)(BX*8), AX  // the carry stays in CF from one limb to the next
	MOVQ AX, (DI)(BX*8)
	LEAQ 1(BX), BX       // LEAQ and DECQ leave CF alone
	DECQ CX
	JNZ loop
	SBBQ AX, AX
	NEGQ AX
	MOVQ AX, ret+72(FP)
	RET

// func mulAddVWW(z, x []uint64, y, r uint64) uint64
TEXT ·mulAddVWW(SB), NOSPLIT, $0-72
	MOVQ z_base+0(FP), DI
	MOVQ x_base+24(FP), SI
	MOVQ y+48(FP), R9
	MOVQ r+56(FP), CX    // the carry limb
	MOVQ z_len+8(FP), R11
	XORQ BX, BX
loop:
	MOVQ (SI)(BX*8), AX
	MULQ R9
	ADDQ CX, AX
	ADCQ $0, DX
	MOVQ AX, (DI)(BX*8)
	MOVQ DX, CX
	INCQ BX
	CMPQ BX, R11
	JLT loop
	MOVQ CX, ret+64(FP)
	RET
