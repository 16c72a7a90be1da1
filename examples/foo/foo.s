#include "textflag.h"

GLOBL ·buf(SB), NOPTR, $16
DATA ·buf+0(SB)/8, $0x0807060504030201

// func Foo(a bool, b int16) (c []byte)
// a at 0(FP) (1 byte), b at 2(FP) (2 bytes), c at 8(FP): base, len at 16, cap at 24.
// Returns buf[:b] when a is true, buf[:1] otherwise.
TEXT ·Foo(SB), NOSPLIT, $0-32
	MOVQ $·buf(SB), AX
	MOVQ AX, c_base+8(FP)
	MOVWQSX b+2(FP), BX
	MOVQ $1, CX
	MOVBLZX a+0(FP), DX
	TESTB DL, DL
	CMOVQNE BX, CX
	MOVQ CX, c_len+16(FP)
	MOVQ $16, c_cap+24(FP)
	RET
