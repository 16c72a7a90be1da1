// Multi-word values named by vet's parts, and floats.
#include "textflag.h"

TEXT ·Count(SB), NOSPLIT, $0-80
	MOVQ	s_base+0(FP), SI
	MOVQ	s_len+8(FP), CX
	MOVQ	b_base+16(FP), DI
	MOVQ	b_len+24(FP), DX
	MOVQ	b_cap+32(FP), R8
	MOVQ	e_type+40(FP), R9
	MOVQ	e_data+48(FP), R10
	MOVQ	i_itable+56(FP), R11
	MOVQ	i_data+64(FP), R12
	MOVQ	CX, ret+72(FP)
	RET
// want: func Count(s string, b []byte, e any, i interface{ M() }) uint64

TEXT ·Mag(SB), NOSPLIT, $0-32
	MOVSD	c_real+0(FP), X0
	MOVSD	c_imag+8(FP), X1
	MOVSS	f+16(FP), X2
	MULSD	X0, X0
	MULSD	X1, X1
	ADDSD	X1, X0
	MOVSD	X0, ret+24(FP)
	RET
// want: func Mag(c complex128, f float32) float64

TEXT ·Abs(SB), NOSPLIT, $0-16
	MOVQ	x+0(FP), AX
	MOVQ	AX, X0
	MOVQ	$~(1<<63), BX
	MOVQ	BX, X1
	ANDPD	X1, X0
	MOVSD	X0, ret+8(FP)
	RET
// want: func Abs(x float64) float64

TEXT ·Len(SB), NOSPLIT, $0-32
	MOVQ	p+0(FP), AX
	MOVQ	AX, ret+24(FP)
	RET
// want: func Len(p []byte) uint64

// Integer arithmetic before the move to an X register: vector lanes, not
// a float's bits.
TEXT ·Lanes(SB), NOSPLIT, $0-16
	MOVQ	a+0(FP), AX
	SHLQ	$3, AX
	MOVQ	AX, X0
	MOVQ	b+8(FP), CX
	PINSRQ	$1, CX, X0
	RET
// want: func Lanes(a, b uint64)
