#include "textflag.h"

TEXT ·sum(SB), NOSPLIT, $0-32
	MOVQ xs_base+0(FP), SI
	MOVQ xs_len+8(FP), CX
	XORQ AX, AX
loop:
	TESTQ CX, CX
	JZ done
	ADDQ (SI), AX
	ADDQ $8, SI
	DECQ CX
	JMP loop
done:
	MOVQ AX, ret+24(FP)
	RET

TEXT ·count(SB), NOSPLIT, $0-32
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), CX
	MOVB c+16(FP), DL
	XORQ AX, AX
next:
	TESTQ CX, CX
	JZ out
	CMPB (SI), DL
	JNE skip
	INCQ AX
skip:
	INCQ SI
	DECQ CX
	JMP next
out:
	MOVQ AX, ret+24(FP)
	RET

TEXT ·fill(SB), NOSPLIT, $0-40
	MOVQ b_base+0(FP), DI
	MOVQ b_len+8(FP), CX
	MOVQ CX, ret+32(FP)
	MOVB v+24(FP), AL
more:
	TESTQ CX, CX
	JZ filled
	MOVB AL, (DI)
	INCQ DI
	DECQ CX
	JMP more
filled:
	RET
