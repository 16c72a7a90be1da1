main.fold STEXT size=154 align=0x0 args=0x28 locals=0x20 funcid=0x0
	0x0000 00000 (closures.go:7)	TEXT	main.fold(SB), ABIInternal, $32-40
	0x0000 00000 (closures.go:7)	CMPQ	SP, 16(R14)
	0x0004 00004 (closures.go:7)	PCDATA	$0, $-2
	0x0004 00004 (closures.go:7)	JLS	94
	0x0006 00006 (closures.go:7)	PCDATA	$0, $-1
	0x0006 00006 (closures.go:7)	PUSHQ	BP
	0x0007 00007 (closures.go:7)	MOVQ	SP, BP
	0x000a 00010 (closures.go:7)	SUBQ	$24, SP
	0x000e 00014 (closures.go:7)	FUNCDATA	$0, gclocals·WUxwEKTiDLcppffQ18DAHw==(SB)
	0x000e 00014 (closures.go:7)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closures.go:7)	FUNCDATA	$5, main.fold.arginfo1(SB)
	0x000e 00014 (closures.go:7)	FUNCDATA	$6, main.fold.argliveinfo(SB)
	0x000e 00014 (closures.go:7)	PCDATA	$3, $1
	0x000e 00014 (closures.go:8)	MOVQ	SI, main.f+72(SP)
	0x0013 00019 (closures.go:8)	MOVQ	BX, main.xs+48(SP)
	0x0018 00024 (closures.go:8)	MOVQ	AX, main.xs+40(SP)
	0x001d 00029 (closures.go:8)	PCDATA	$3, $2
	0x001d 00029 (closures.go:8)	XORL	CX, CX
	0x001f 00031 (closures.go:8)	NOP
	0x0020 00032 (closures.go:8)	JMP	80
	0x0022 00034 (closures.go:8)	MOVQ	CX, main..autotmp_8+16(SP)
	0x0027 00039 (closures.go:8)	MOVQ	(AX)(CX*8), BX
	0x002b 00043 (closures.go:9)	MOVQ	(SI), CX
	0x002e 00046 (closures.go:9)	MOVQ	DI, AX
	0x0031 00049 (closures.go:9)	MOVQ	SI, DX
	0x0034 00052 (closures.go:9)	PCDATA	$1, $0
	0x0034 00052 (closures.go:9)	CALL	CX
	0x0036 00054 (closures.go:8)	MOVQ	main..autotmp_8+16(SP), CX
	0x003b 00059 (closures.go:8)	INCQ	CX
	0x003e 00062 (closures.go:8)	MOVQ	main.xs+48(SP), BX
	0x0043 00067 (closures.go:9)	MOVQ	main.f+72(SP), SI
	0x0048 00072 (closures.go:8)	MOVQ	AX, DI
	0x004b 00075 (closures.go:8)	MOVQ	main.xs+40(SP), AX
	0x0050 00080 (closures.go:8)	CMPQ	BX, CX
	0x0053 00083 (closures.go:8)	JGT	34
	0x0055 00085 (closures.go:11)	MOVQ	DI, AX
	0x0058 00088 (closures.go:11)	ADDQ	$24, SP
	0x005c 00092 (closures.go:11)	POPQ	BP
	0x005d 00093 (closures.go:11)	RET
	0x005e 00094 (closures.go:11)	NOP
	0x005e 00094 (closures.go:7)	PCDATA	$1, $-1
	0x005e 00094 (closures.go:7)	PCDATA	$0, $-2
	0x005e 00094 (closures.go:7)	MOVQ	AX, 8(SP)
	0x0063 00099 (closures.go:7)	MOVQ	BX, 16(SP)
	0x0068 00104 (closures.go:7)	MOVQ	CX, 24(SP)
	0x006d 00109 (closures.go:7)	MOVQ	DI, 32(SP)
	0x0072 00114 (closures.go:7)	MOVQ	SI, 40(SP)
	0x0077 00119 (closures.go:7)	CALL	runtime.morestack_noctxt(SB)
	0x007c 00124 (closures.go:7)	PCDATA	$0, $-1
	0x007c 00124 (closures.go:7)	MOVQ	8(SP), AX
	0x0081 00129 (closures.go:7)	MOVQ	16(SP), BX
	0x0086 00134 (closures.go:7)	MOVQ	24(SP), CX
	0x008b 00139 (closures.go:7)	MOVQ	32(SP), DI
	0x0090 00144 (closures.go:7)	MOVQ	40(SP), SI
	0x0095 00149 (closures.go:7)	JMP	0
	0x0000 49 3b 66 10 76 58 55 48 89 e5 48 83 ec 18 48 89  I;f.vXUH..H...H.
	0x0010 74 24 48 48 89 5c 24 30 48 89 44 24 28 31 c9 90  t$HH.\$0H.D$(1..
	0x0020 eb 2e 48 89 4c 24 10 48 8b 1c c8 48 8b 0e 48 89  ..H.L$.H...H..H.
	0x0030 f8 48 89 f2 ff d1 48 8b 4c 24 10 48 ff c1 48 8b  .H....H.L$.H..H.
	0x0040 5c 24 30 48 8b 74 24 48 48 89 c7 48 8b 44 24 28  \$0H.t$HH..H.D$(
	0x0050 48 39 cb 7f cd 48 89 f8 48 83 c4 18 5d c3 48 89  H9...H..H...].H.
	0x0060 44 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c  D$.H.\$.H.L$.H.|
	0x0070 24 20 48 89 74 24 28 e8 00 00 00 00 48 8b 44 24  $ H.t$(.....H.D$
	0x0080 08 48 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20  .H.\$.H.L$.H.|$ 
	0x0090 48 8b 74 24 28 e9 66 ff ff ff                    H.t$(.f...
	rel 52+0 t=R_CALLIND +0
	rel 120+4 t=R_CALL runtime.morestack_noctxt+0
main.compose STEXT size=148 align=0x0 args=0x10 locals=0x28 funcid=0x0
	0x0000 00000 (closures.go:14)	TEXT	main.compose(SB), ABIInternal, $40-16
	0x0000 00000 (closures.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (closures.go:14)	PCDATA	$0, $-2
	0x0004 00004 (closures.go:14)	JLS	114
	0x0006 00006 (closures.go:14)	PCDATA	$0, $-1
	0x0006 00006 (closures.go:14)	PUSHQ	BP
	0x0007 00007 (closures.go:14)	MOVQ	SP, BP
	0x000a 00010 (closures.go:14)	SUBQ	$32, SP
	0x000e 00014 (closures.go:14)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (closures.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closures.go:14)	FUNCDATA	$5, main.compose.arginfo1(SB)
	0x000e 00014 (closures.go:14)	FUNCDATA	$6, main.compose.argliveinfo(SB)
	0x000e 00014 (closures.go:14)	PCDATA	$3, $1
	0x000e 00014 (closures.go:15)	MOVQ	AX, main.f+48(SP)
	0x0013 00019 (closures.go:15)	MOVQ	BX, main.g+56(SP)
	0x0018 00024 (closures.go:15)	PCDATA	$3, $-1
	0x0018 00024 (closures.go:15)	MOVL	$24, AX
	0x001d 00029 (closures.go:15)	LEAQ	type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int }(SB), BX
	0x0024 00036 (closures.go:15)	MOVL	$1, CX
	0x0029 00041 (closures.go:15)	PCDATA	$1, $0
	0x0029 00041 (closures.go:15)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x002e 00046 (closures.go:15)	LEAQ	main.compose.func1(SB), DX
	0x0035 00053 (closures.go:15)	MOVQ	DX, (AX)
	0x0038 00056 (closures.go:15)	CMPL	runtime.writeBarrier(SB), $0
	0x003f 00063 (closures.go:15)	PCDATA	$0, $-2
	0x003f 00063 (closures.go:15)	NOP
	0x0040 00064 (closures.go:15)	JNE	78
	0x0042 00066 (closures.go:15)	MOVQ	main.f+48(SP), CX
	0x0047 00071 (closures.go:15)	MOVQ	main.g+56(SP), DX
	0x004c 00076 (closures.go:15)	JMP	100
	0x004e 00078 (closures.go:15)	CALL	runtime.gcWriteBarrier2(SB)
	0x0053 00083 (closures.go:15)	MOVQ	main.f+48(SP), CX
	0x0058 00088 (closures.go:15)	MOVQ	CX, (R11)
	0x005b 00091 (closures.go:15)	MOVQ	main.g+56(SP), DX
	0x0060 00096 (closures.go:15)	MOVQ	DX, 8(R11)
	0x0064 00100 (closures.go:15)	MOVQ	CX, 8(AX)
	0x0068 00104 (closures.go:15)	MOVQ	DX, 16(AX)
	0x006c 00108 (closures.go:15)	PCDATA	$0, $-1
	0x006c 00108 (closures.go:15)	ADDQ	$32, SP
	0x0070 00112 (closures.go:15)	POPQ	BP
	0x0071 00113 (closures.go:15)	RET
	0x0072 00114 (closures.go:15)	NOP
	0x0072 00114 (closures.go:14)	PCDATA	$1, $-1
	0x0072 00114 (closures.go:14)	PCDATA	$0, $-2
	0x0072 00114 (closures.go:14)	MOVQ	AX, 8(SP)
	0x0077 00119 (closures.go:14)	MOVQ	BX, 16(SP)
	0x007c 00124 (closures.go:14)	NOP
	0x0080 00128 (closures.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (closures.go:14)	PCDATA	$0, $-1
	0x0085 00133 (closures.go:14)	MOVQ	8(SP), AX
	0x008a 00138 (closures.go:14)	MOVQ	16(SP), BX
	0x008f 00143 (closures.go:14)	JMP	0
	0x0000 49 3b 66 10 76 6c 55 48 89 e5 48 83 ec 20 48 89  I;f.vlUH..H.. H.
	0x0010 44 24 30 48 89 5c 24 38 b8 18 00 00 00 48 8d 1d  D$0H.\$8.....H..
	0x0020 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48 8d  ..............H.
	0x0030 15 00 00 00 00 48 89 10 83 3d 00 00 00 00 00 90  .....H...=......
	0x0040 75 0c 48 8b 4c 24 30 48 8b 54 24 38 eb 16 e8 00  u.H.L$0H.T$8....
	0x0050 00 00 00 48 8b 4c 24 30 49 89 0b 48 8b 54 24 38  ...H.L$0I..H.T$8
	0x0060 49 89 53 08 48 89 48 08 48 89 50 10 48 83 c4 20  I.S.H.H.H.P.H.. 
	0x0070 5d c3 48 89 44 24 08 48 89 5c 24 10 0f 1f 40 00  ].H.D$.H.\$...@.
	0x0080 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 e9  .....H.D$.H.\$..
	0x0090 6c ff ff ff                                      l...
	rel 32+4 t=R_PCREL type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int }+0
	rel 42+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 49+4 t=R_PCREL main.compose.func1+0
	rel 58+4 t=R_PCREL runtime.writeBarrier+-1
	rel 79+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 129+4 t=R_CALL runtime.morestack_noctxt+0
main.compose.func1 STEXT size=68 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (closures.go:15)	TEXT	main.compose.func1(SB), NEEDCTXT|ABIInternal, $24-8
	0x0000 00000 (closures.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (closures.go:15)	PCDATA	$0, $-2
	0x0004 00004 (closures.go:15)	JLS	51
	0x0006 00006 (closures.go:15)	PCDATA	$0, $-1
	0x0006 00006 (closures.go:15)	PUSHQ	BP
	0x0007 00007 (closures.go:15)	MOVQ	SP, BP
	0x000a 00010 (closures.go:15)	SUBQ	$16, SP
	0x000e 00014 (closures.go:15)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closures.go:15)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (closures.go:15)	FUNCDATA	$5, main.compose.func1.arginfo1(SB)
	0x000e 00014 (closures.go:15)	FUNCDATA	$6, main.compose.func1.argliveinfo(SB)
	0x000e 00014 (closures.go:15)	PCDATA	$3, $1
	0x000e 00014 (closures.go:15)	MOVQ	16(DX), CX
	0x0012 00018 (closures.go:15)	MOVQ	8(DX), BX
	0x0016 00022 (closures.go:15)	MOVQ	BX, main.f+8(SP)
	0x001b 00027 (closures.go:15)	MOVQ	(CX), BX
	0x001e 00030 (closures.go:15)	MOVQ	CX, DX
	0x0021 00033 (closures.go:15)	PCDATA	$1, $1
	0x0021 00033 (closures.go:15)	CALL	BX
	0x0023 00035 (closures.go:15)	MOVQ	main.f+8(SP), DX
	0x0028 00040 (closures.go:15)	MOVQ	(DX), CX
	0x002b 00043 (closures.go:15)	PCDATA	$1, $0
	0x002b 00043 (closures.go:15)	CALL	CX
	0x002d 00045 (closures.go:15)	ADDQ	$16, SP
	0x0031 00049 (closures.go:15)	POPQ	BP
	0x0032 00050 (closures.go:15)	RET
	0x0033 00051 (closures.go:15)	NOP
	0x0033 00051 (closures.go:15)	PCDATA	$1, $-1
	0x0033 00051 (closures.go:15)	PCDATA	$0, $-2
	0x0033 00051 (closures.go:15)	MOVQ	AX, 8(SP)
	0x0038 00056 (closures.go:15)	CALL	runtime.morestack(SB)
	0x003d 00061 (closures.go:15)	PCDATA	$0, $-1
	0x003d 00061 (closures.go:15)	MOVQ	8(SP), AX
	0x0042 00066 (closures.go:15)	JMP	0
	0x0000 49 3b 66 10 76 2d 55 48 89 e5 48 83 ec 10 48 8b  I;f.v-UH..H...H.
	0x0010 4a 10 48 8b 5a 08 48 89 5c 24 08 48 8b 19 48 89  J.H.Z.H.\$.H..H.
	0x0020 ca ff d3 48 8b 54 24 08 48 8b 0a ff d1 48 83 c4  ...H.T$.H....H..
	0x0030 10 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  .].H.D$......H.D
	0x0040 24 08 eb bc                                      $...
	rel 33+0 t=R_CALLIND +0
	rel 43+0 t=R_CALLIND +0
	rel 57+4 t=R_CALL runtime.morestack+0
main.adder STEXT size=83 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (closures.go:18)	TEXT	main.adder(SB), ABIInternal, $40-8
	0x0000 00000 (closures.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (closures.go:18)	PCDATA	$0, $-2
	0x0004 00004 (closures.go:18)	JLS	66
	0x0006 00006 (closures.go:18)	PCDATA	$0, $-1
	0x0006 00006 (closures.go:18)	PUSHQ	BP
	0x0007 00007 (closures.go:18)	MOVQ	SP, BP
	0x000a 00010 (closures.go:18)	SUBQ	$32, SP
	0x000e 00014 (closures.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (closures.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (closures.go:18)	FUNCDATA	$5, main.adder.arginfo1(SB)
	0x000e 00014 (closures.go:18)	FUNCDATA	$6, main.adder.argliveinfo(SB)
	0x000e 00014 (closures.go:18)	PCDATA	$3, $1
	0x000e 00014 (closures.go:19)	MOVQ	AX, main.k+48(SP)
	0x0013 00019 (closures.go:19)	PCDATA	$3, $-1
	0x0013 00019 (closures.go:19)	MOVL	$16, AX
	0x0018 00024 (closures.go:19)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
	0x001f 00031 (closures.go:19)	MOVL	$1, CX
	0x0024 00036 (closures.go:19)	PCDATA	$1, $0
	0x0024 00036 (closures.go:19)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0029 00041 (closures.go:19)	LEAQ	main.adder.func1(SB), DX
	0x0030 00048 (closures.go:19)	MOVQ	DX, (AX)
	0x0033 00051 (closures.go:19)	MOVQ	main.k+48(SP), DX
	0x0038 00056 (closures.go:19)	MOVQ	DX, 8(AX)
	0x003c 00060 (closures.go:19)	ADDQ	$32, SP
	0x0040 00064 (closures.go:19)	POPQ	BP
	0x0041 00065 (closures.go:19)	RET
	0x0042 00066 (closures.go:19)	NOP
	0x0042 00066 (closures.go:18)	PCDATA	$1, $-1
	0x0042 00066 (closures.go:18)	PCDATA	$0, $-2
	0x0042 00066 (closures.go:18)	MOVQ	AX, 8(SP)
	0x0047 00071 (closures.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x004c 00076 (closures.go:18)	PCDATA	$0, $-1
	0x004c 00076 (closures.go:18)	MOVQ	8(SP), AX
	0x0051 00081 (closures.go:18)	JMP	0
	0x0000 49 3b 66 10 76 3c 55 48 89 e5 48 83 ec 20 48 89  I;f.v<UH..H.. H.
	0x0010 44 24 30 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9  D$0.....H.......
	0x0020 01 00 00 00 e8 00 00 00 00 48 8d 15 00 00 00 00  .........H......
	0x0030 48 89 10 48 8b 54 24 30 48 89 50 08 48 83 c4 20  H..H.T$0H.P.H.. 
	0x0040 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  ].H.D$......H.D$
	0x0050 08 eb ad                                         ...
	rel 27+4 t=R_PCREL type:noalg.struct { F uintptr; X0 int }+0
	rel 37+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 44+4 t=R_PCREL main.adder.func1+0
	rel 72+4 t=R_CALL runtime.morestack_noctxt+0
main.adder.func1 STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (closures.go:19)	TEXT	main.adder.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (closures.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closures.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closures.go:19)	FUNCDATA	$5, main.adder.func1.arginfo1(SB)
	0x0000 00000 (closures.go:19)	FUNCDATA	$6, main.adder.func1.argliveinfo(SB)
	0x0000 00000 (closures.go:19)	PCDATA	$3, $1
	0x0000 00000 (closures.go:19)	ADDQ	8(DX), AX
	0x0004 00004 (closures.go:19)	RET
	0x0000 48 03 42 08 c3                                   H.B..
main.main STEXT size=413 align=0x0 args=0x0 locals=0x1fd0 funcid=0x0
	0x0000 00000 (closures.go:22)	TEXT	main.main(SB), ABIInternal, $8144-0
	0x0000 00000 (closures.go:22)	MOVQ	SP, R12
	0x0003 00003 (closures.go:22)	PCDATA	$0, $-2
	0x0003 00003 (closures.go:22)	SUBQ	$8016, R12
	0x000a 00010 (closures.go:22)	JCS	403
	0x0010 00016 (closures.go:22)	CMPQ	R12, 16(R14)
	0x0014 00020 (closures.go:22)	JLS	403
	0x001a 00026 (closures.go:22)	PCDATA	$0, $-1
	0x001a 00026 (closures.go:22)	PUSHQ	BP
	0x001b 00027 (closures.go:22)	MOVQ	SP, BP
	0x001e 00030 (closures.go:22)	SUBQ	$8136, SP
	0x0025 00037 (closures.go:22)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0025 00037 (closures.go:22)	FUNCDATA	$1, gclocals·/9is4gq24Q1h4ArwHiu1tg==(SB)
	0x0025 00037 (closures.go:22)	FUNCDATA	$2, main.main.stkobj(SB)
	0x0025 00037 (closures.go:23)	LEAQ	main..autotmp_15+88(SP), DI
	0x002a 00042 (closures.go:23)	MOVL	$1000, CX
	0x002f 00047 (closures.go:23)	XORL	AX, AX
	0x0031 00049 (closures.go:23)	REP
	0x0032 00050 (closures.go:23)	STOSQ
	0x0034 00052 (closures.go:24)	XORL	DX, DX
	0x0036 00054 (closures.go:24)	JMP	76
	0x0038 00056 (closures.go:25)	LEAQ	(DX)(DX*2), R8
	0x003c 00060 (closures.go:25)	LEAQ	(DX)(R8*2), R8
	0x0040 00064 (closures.go:25)	LEAQ	3(R8), R8
	0x0044 00068 (closures.go:25)	MOVQ	R8, main..autotmp_15+88(SP)(DX*8)
	0x0049 00073 (closures.go:24)	INCQ	DX
	0x004c 00076 (closures.go:24)	CMPQ	DX, $1000
	0x0053 00083 (closures.go:24)	JLT	56
	0x0055 00085 (closures.go:24)	XORL	AX, AX
	0x0057 00087 (closures.go:24)	XORL	CX, CX
	0x0059 00089 (closures.go:24)	JMP	339
	0x005e 00094 (closures.go:28)	MOVQ	AX, main.round+48(SP)
	0x0063 00099 (closures.go:28)	MOVQ	AX, CX
	0x0066 00102 (closures.go:29)	MOVQ	$-7094901566811366006, AX
	0x0070 00112 (closures.go:29)	MULQ	CX
	0x0073 00115 (closures.go:29)	SHRQ	$3, DX
	0x0077 00119 (closures.go:29)	LEAQ	(DX)(DX*2), R8
	0x007b 00123 (closures.go:29)	LEAQ	(DX)(R8*4), DX
	0x007f 00127 (closures.go:29)	MOVQ	CX, DI
	0x0082 00130 (closures.go:29)	SUBQ	DX, CX
	0x0085 00133 (closures.go:29)	LEAQ	1(CX), DX
	0x0089 00137 (closures.go:30)	MOVQ	DX, R8
	0x008c 00140 (closures.go:30)	NEGQ	DX
	0x008f 00143 (<unknown line number>)	NOP
	0x008f 00143 (closures.go:19)	LEAQ	main.adder.func1#RMgI/RZtu4k=#(SB), R9
	0x0096 00150 (closures.go:19)	MOVQ	R9, main..autotmp_19+72(SP)
	0x009b 00155 (closures.go:19)	MOVQ	DI, main..autotmp_19+80(SP)
	0x00a0 00160 (<unknown line number>)	NOP
	0x00a0 00160 (closures.go:19)	LEAQ	main.adder.func1#8Wum+mHaM5g=#(SB), R9
	0x00a7 00167 (closures.go:19)	MOVQ	R9, main..autotmp_21+56(SP)
	0x00ac 00172 (closures.go:19)	MOVQ	DX, main..autotmp_21+64(SP)
	0x00b1 00177 (<unknown line number>)	NOP
	0x00b1 00177 (closures.go:15)	LEAQ	main.compose.func1#f3dLtG5+NCo=#(SB), DX
	0x00b8 00184 (closures.go:15)	MOVQ	DX, main..autotmp_23+8088(SP)
	0x00c0 00192 (closures.go:15)	LEAQ	main..autotmp_19+72(SP), DX
	0x00c5 00197 (closures.go:15)	MOVQ	DX, main..autotmp_23+8096(SP)
	0x00cd 00205 (closures.go:15)	LEAQ	main..autotmp_21+56(SP), DX
	0x00d2 00210 (closures.go:15)	MOVQ	DX, main..autotmp_23+8104(SP)
	0x00da 00218 (closures.go:31)	LEAQ	main.main.func1(SB), DX
	0x00e1 00225 (closures.go:31)	MOVQ	DX, main..autotmp_14+8112(SP)
	0x00e9 00233 (closures.go:31)	MOVQ	R8, main..autotmp_14+8120(SP)
	0x00f1 00241 (closures.go:31)	LEAQ	main..autotmp_23+8088(SP), DX
	0x00f9 00249 (closures.go:31)	MOVQ	DX, main..autotmp_14+8128(SP)
	0x0101 00257 (closures.go:31)	LEAQ	main..autotmp_15+88(SP), AX
	0x0106 00262 (closures.go:31)	MOVL	$1000, BX
	0x010b 00267 (closures.go:31)	MOVL	BX, CX
	0x010d 00269 (closures.go:31)	LEAQ	main..autotmp_14+8112(SP), SI
	0x0115 00277 (closures.go:31)	PCDATA	$1, $0
	0x0115 00277 (closures.go:31)	CALL	main.fold(SB)
	0x011a 00282 (closures.go:34)	MOVQ	main.total+40(SP), DX
	0x011f 00287 (closures.go:34)	LEAQ	(AX)(DX*1), CX
	0x0123 00291 (closures.go:34)	MOVQ	$-8543223828751151131, AX
	0x012d 00301 (closures.go:34)	IMULQ	CX
	0x0130 00304 (closures.go:34)	ADDQ	CX, DX
	0x0133 00307 (closures.go:34)	SARQ	$29, DX
	0x0137 00311 (closures.go:34)	MOVQ	CX, R8
	0x013a 00314 (closures.go:34)	SARQ	$63, R8
	0x013e 00318 (closures.go:34)	SUBQ	R8, DX
	0x0141 00321 (closures.go:34)	IMUL3Q	$1000000007, DX, DX
	0x0148 00328 (closures.go:34)	SUBQ	DX, CX
	0x014b 00331 (closures.go:28)	MOVQ	main.round+48(SP), AX
	0x0150 00336 (closures.go:28)	INCQ	AX
	0x0153 00339 (closures.go:28)	MOVQ	CX, main.total+40(SP)
	0x0158 00344 (closures.go:28)	NOP
	0x0160 00352 (closures.go:28)	CMPQ	AX, $2000
	0x0166 00358 (closures.go:28)	JLT	94
	0x016c 00364 (closures.go:36)	CALL	runtime.printlock(SB)
	0x0171 00369 (closures.go:36)	MOVQ	main.total+40(SP), AX
	0x0176 00374 (closures.go:36)	CALL	runtime.printint(SB)
	0x017b 00379 (closures.go:36)	NOP
	0x0180 00384 (closures.go:36)	CALL	runtime.printnl(SB)
	0x0185 00389 (closures.go:36)	CALL	runtime.printunlock(SB)
	0x018a 00394 (closures.go:37)	ADDQ	$8136, SP
	0x0191 00401 (closures.go:37)	POPQ	BP
	0x0192 00402 (closures.go:37)	RET
	0x0193 00403 (closures.go:37)	NOP
	0x0193 00403 (closures.go:22)	PCDATA	$1, $-1
	0x0193 00403 (closures.go:22)	PCDATA	$0, $-2
	0x0193 00403 (closures.go:22)	CALL	runtime.morestack_noctxt(SB)
	0x0198 00408 (closures.go:22)	PCDATA	$0, $-1
	0x0198 00408 (closures.go:22)	JMP	0
	0x0000 49 89 e4 49 81 ec 50 1f 00 00 0f 82 83 01 00 00  I..I..P.........
	0x0010 4d 3b 66 10 0f 86 79 01 00 00 55 48 89 e5 48 81  M;f...y...UH..H.
	0x0020 ec c8 1f 00 00 48 8d 7c 24 58 b9 e8 03 00 00 31  .....H.|$X.....1
	0x0030 c0 f3 48 ab 31 d2 eb 14 4c 8d 04 52 4e 8d 04 42  ..H.1...L..RN..B
	0x0040 4d 8d 40 03 4c 89 44 d4 58 48 ff c2 48 81 fa e8  M.@.L.D.XH..H...
	0x0050 03 00 00 7c e3 31 c0 31 c9 e9 f5 00 00 00 48 89  ...|.1.1......H.
	0x0060 44 24 30 48 89 c1 48 b8 8a 9d d8 89 9d d8 89 9d  D$0H..H.........
	0x0070 48 f7 e1 48 c1 ea 03 4c 8d 04 52 4a 8d 14 82 48  H..H...L..RJ...H
	0x0080 89 cf 48 29 d1 48 8d 51 01 49 89 d0 48 f7 da 4c  ..H).H.Q.I..H..L
	0x0090 8d 0d 00 00 00 00 4c 89 4c 24 48 48 89 7c 24 50  ......L.L$HH.|$P
	0x00a0 4c 8d 0d 00 00 00 00 4c 89 4c 24 38 48 89 54 24  L......L.L$8H.T$
	0x00b0 40 48 8d 15 00 00 00 00 48 89 94 24 98 1f 00 00  @H......H..$....
	0x00c0 48 8d 54 24 48 48 89 94 24 a0 1f 00 00 48 8d 54  H.T$HH..$....H.T
	0x00d0 24 38 48 89 94 24 a8 1f 00 00 48 8d 15 00 00 00  $8H..$....H.....
	0x00e0 00 48 89 94 24 b0 1f 00 00 4c 89 84 24 b8 1f 00  .H..$....L..$...
	0x00f0 00 48 8d 94 24 98 1f 00 00 48 89 94 24 c0 1f 00  .H..$....H..$...
	0x0100 00 48 8d 44 24 58 bb e8 03 00 00 89 d9 48 8d b4  .H.D$X.......H..
	0x0110 24 b0 1f 00 00 e8 00 00 00 00 48 8b 54 24 28 48  $.........H.T$(H
	0x0120 8d 0c 10 48 b8 e5 8f a2 12 31 5f 70 89 48 f7 e9  ...H.....1_p.H..
	0x0130 48 01 ca 48 c1 fa 1d 49 89 c8 49 c1 f8 3f 4c 29  H..H...I..I..?L)
	0x0140 c2 48 69 d2 07 ca 9a 3b 48 29 d1 48 8b 44 24 30  .Hi....;H).H.D$0
	0x0150 48 ff c0 48 89 4c 24 28 0f 1f 84 00 00 00 00 00  H..H.L$(........
	0x0160 48 3d d0 07 00 00 0f 8c f2 fe ff ff e8 00 00 00  H=..............
	0x0170 00 48 8b 44 24 28 e8 00 00 00 00 0f 1f 44 00 00  .H.D$(.......D..
	0x0180 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 c8 1f 00  ..........H.....
	0x0190 00 5d c3 e8 00 00 00 00 e9 63 fe ff ff           .].......c...
	rel 146+4 t=R_PCREL main.adder.func1#RMgI/RZtu4k=#+0
	rel 163+4 t=R_PCREL main.adder.func1#8Wum+mHaM5g=#+0
	rel 180+4 t=R_PCREL main.compose.func1#f3dLtG5+NCo=#+0
	rel 221+4 t=R_PCREL main.main.func1+0
	rel 278+4 t=R_CALL main.fold+0
	rel 365+4 t=R_CALL runtime.printlock+0
	rel 375+4 t=R_CALL runtime.printint+0
	rel 385+4 t=R_CALL runtime.printnl+0
	rel 390+4 t=R_CALL runtime.printunlock+0
	rel 404+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1 STEXT size=127 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (closures.go:31)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $24-16
	0x0000 00000 (closures.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (closures.go:31)	PCDATA	$0, $-2
	0x0004 00004 (closures.go:31)	JLS	100
	0x0006 00006 (closures.go:31)	PCDATA	$0, $-1
	0x0006 00006 (closures.go:31)	PUSHQ	BP
	0x0007 00007 (closures.go:31)	MOVQ	SP, BP
	0x000a 00010 (closures.go:31)	SUBQ	$16, SP
	0x000e 00014 (closures.go:31)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (closures.go:31)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (closures.go:31)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
	0x000e 00014 (closures.go:31)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
	0x000e 00014 (closures.go:31)	PCDATA	$3, $1
	0x000e 00014 (closures.go:31)	MOVQ	16(DX), CX
	0x0012 00018 (closures.go:31)	MOVQ	8(DX), SI
	0x0016 00022 (closures.go:32)	IMULQ	AX, SI
	0x001a 00026 (closures.go:32)	MOVQ	SI, main..autotmp_6+8(SP)
	0x001f 00031 (closures.go:32)	MOVQ	(CX), SI
	0x0022 00034 (closures.go:32)	MOVQ	BX, AX
	0x0025 00037 (closures.go:32)	MOVQ	CX, DX
	0x0028 00040 (closures.go:32)	PCDATA	$1, $0
	0x0028 00040 (closures.go:32)	CALL	SI
	0x002a 00042 (closures.go:32)	MOVQ	main..autotmp_6+8(SP), CX
	0x002f 00047 (closures.go:32)	ADDQ	AX, CX
	0x0032 00050 (closures.go:32)	MOVQ	CX, BX
	0x0035 00053 (closures.go:32)	SARQ	$63, CX
	0x0039 00057 (closures.go:32)	MOVQ	$-8775366530925146571, AX
	0x0043 00067 (closures.go:32)	IMULQ	BX
	0x0046 00070 (closures.go:32)	LEAQ	(DX)(BX*1), SI
	0x004a 00074 (closures.go:32)	SARQ	$19, SI
	0x004e 00078 (closures.go:32)	SUBQ	CX, SI
	0x0051 00081 (closures.go:32)	IMUL3Q	$1000003, SI, CX
	0x0058 00088 (closures.go:32)	SUBQ	CX, BX
	0x005b 00091 (closures.go:32)	MOVQ	BX, AX
	0x005e 00094 (closures.go:32)	ADDQ	$16, SP
	0x0062 00098 (closures.go:32)	POPQ	BP
	0x0063 00099 (closures.go:32)	RET
	0x0064 00100 (closures.go:32)	NOP
	0x0064 00100 (closures.go:31)	PCDATA	$1, $-1
	0x0064 00100 (closures.go:31)	PCDATA	$0, $-2
	0x0064 00100 (closures.go:31)	MOVQ	AX, 8(SP)
	0x0069 00105 (closures.go:31)	MOVQ	BX, 16(SP)
	0x006e 00110 (closures.go:31)	CALL	runtime.morestack(SB)
	0x0073 00115 (closures.go:31)	PCDATA	$0, $-1
	0x0073 00115 (closures.go:31)	MOVQ	8(SP), AX
	0x0078 00120 (closures.go:31)	MOVQ	16(SP), BX
	0x007d 00125 (closures.go:31)	JMP	0
	0x0000 49 3b 66 10 76 5e 55 48 89 e5 48 83 ec 10 48 8b  I;f.v^UH..H...H.
	0x0010 4a 10 48 8b 72 08 48 0f af f0 48 89 74 24 08 48  J.H.r.H...H.t$.H
	0x0020 8b 31 48 89 d8 48 89 ca ff d6 48 8b 4c 24 08 48  .1H..H....H.L$.H
	0x0030 01 c1 48 89 cb 48 c1 f9 3f 48 b8 35 ce 5a 4e a2  ..H..H..?H.5.ZN.
	0x0040 a2 37 86 48 f7 eb 48 8d 34 1a 48 c1 fe 13 48 29  .7.H..H.4.H...H)
	0x0050 ce 48 69 ce 43 42 0f 00 48 29 cb 48 89 d8 48 83  .Hi.CB..H).H..H.
	0x0060 c4 10 5d c3 48 89 44 24 08 48 89 5c 24 10 e8 00  ..].H.D$.H.\$...
	0x0070 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 eb 81     ...H.D$.H.\$...
	rel 40+0 t=R_CALLIND +0
	rel 111+4 t=R_CALL runtime.morestack+0
main.compose.func1#f3dLtG5+NCo=# STEXT size=68 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (closures.go:15)	TEXT	main.compose.func1#f3dLtG5+NCo=#(SB), NEEDCTXT|ABIInternal, $24-8
	0x0000 00000 (closures.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (closures.go:15)	PCDATA	$0, $-2
	0x0004 00004 (closures.go:15)	JLS	51
	0x0006 00006 (closures.go:15)	PCDATA	$0, $-1
	0x0006 00006 (closures.go:15)	PUSHQ	BP
	0x0007 00007 (closures.go:15)	MOVQ	SP, BP
	0x000a 00010 (closures.go:15)	SUBQ	$16, SP
	0x000e 00014 (closures.go:15)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closures.go:15)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (closures.go:15)	FUNCDATA	$5, main.compose.func1#f3dLtG5+NCo=#.arginfo1(SB)
	0x000e 00014 (closures.go:15)	FUNCDATA	$6, main.compose.func1#f3dLtG5+NCo=#.argliveinfo(SB)
	0x000e 00014 (closures.go:15)	PCDATA	$3, $1
	0x000e 00014 (closures.go:15)	MOVQ	16(DX), CX
	0x0012 00018 (closures.go:15)	MOVQ	8(DX), BX
	0x0016 00022 (closures.go:15)	MOVQ	BX, main.f+8(SP)
	0x001b 00027 (closures.go:15)	MOVQ	(CX), BX
	0x001e 00030 (closures.go:15)	MOVQ	CX, DX
	0x0021 00033 (closures.go:15)	PCDATA	$1, $1
	0x0021 00033 (closures.go:15)	CALL	BX
	0x0023 00035 (closures.go:15)	MOVQ	main.f+8(SP), DX
	0x0028 00040 (closures.go:15)	MOVQ	(DX), CX
	0x002b 00043 (closures.go:15)	PCDATA	$1, $0
	0x002b 00043 (closures.go:15)	CALL	CX
	0x002d 00045 (closures.go:15)	ADDQ	$16, SP
	0x0031 00049 (closures.go:15)	POPQ	BP
	0x0032 00050 (closures.go:15)	RET
	0x0033 00051 (closures.go:15)	NOP
	0x0033 00051 (closures.go:15)	PCDATA	$1, $-1
	0x0033 00051 (closures.go:15)	PCDATA	$0, $-2
	0x0033 00051 (closures.go:15)	MOVQ	AX, 8(SP)
	0x0038 00056 (closures.go:15)	CALL	runtime.morestack(SB)
	0x003d 00061 (closures.go:15)	PCDATA	$0, $-1
	0x003d 00061 (closures.go:15)	MOVQ	8(SP), AX
	0x0042 00066 (closures.go:15)	JMP	0
	0x0000 49 3b 66 10 76 2d 55 48 89 e5 48 83 ec 10 48 8b  I;f.v-UH..H...H.
	0x0010 4a 10 48 8b 5a 08 48 89 5c 24 08 48 8b 19 48 89  J.H.Z.H.\$.H..H.
	0x0020 ca ff d3 48 8b 54 24 08 48 8b 0a ff d1 48 83 c4  ...H.T$.H....H..
	0x0030 10 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  .].H.D$......H.D
	0x0040 24 08 eb bc                                      $...
	rel 33+0 t=R_CALLIND +0
	rel 43+0 t=R_CALLIND +0
	rel 57+4 t=R_CALL runtime.morestack+0
main.adder.func1#8Wum+mHaM5g=# STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (closures.go:19)	TEXT	main.adder.func1#8Wum+mHaM5g=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (closures.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closures.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closures.go:19)	FUNCDATA	$5, main.adder.func1#8Wum+mHaM5g=#.arginfo1(SB)
	0x0000 00000 (closures.go:19)	FUNCDATA	$6, main.adder.func1#8Wum+mHaM5g=#.argliveinfo(SB)
	0x0000 00000 (closures.go:19)	PCDATA	$3, $1
	0x0000 00000 (closures.go:19)	ADDQ	8(DX), AX
	0x0004 00004 (closures.go:19)	RET
	0x0000 48 03 42 08 c3                                   H.B..
main.adder.func1#RMgI/RZtu4k=# STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (closures.go:19)	TEXT	main.adder.func1#RMgI/RZtu4k=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (closures.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closures.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closures.go:19)	FUNCDATA	$5, main.adder.func1#RMgI/RZtu4k=#.arginfo1(SB)
	0x0000 00000 (closures.go:19)	FUNCDATA	$6, main.adder.func1#RMgI/RZtu4k=#.argliveinfo(SB)
	0x0000 00000 (closures.go:19)	PCDATA	$3, $1
	0x0000 00000 (closures.go:19)	ADDQ	8(DX), AX
	0x0004 00004 (closures.go:19)	RET
	0x0000 48 03 42 08 c3                                   H.B..
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.adder$abstract SDWARFABSFCN dupok size=24 align=0x0
	0x0000 05 6d 61 69 6e 2e 61 64 64 65 72 00 01 12 01 22  .main.adder...."
	0x0010 6b 00 00 00 00 00 00 00                          k.......
	rel 19+4 t=R_DWARFSECREF go:info.int+0
go:info.main.compose$abstract SDWARFABSFCN dupok size=34 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6f 6d 70 6f 73 65 00 01 0e  .main.compose...
	0x0010 01 22 66 00 00 00 00 00 00 22 67 00 00 00 00 00  ."f......"g.....
	0x0020 00 00                                            ..
	rel 21+4 t=R_DWARFSECREF go:info.func(int) int+0
	rel 29+4 t=R_DWARFSECREF go:info.func(int) int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*func(int) int- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 66 75 6e 63 28 69 6e 74 29 20 69 6e 74  ..*func(int) int
type:*func(int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4f 01 6b 7d 28 08 08 16 00 00 00 00 00 00 00 00  O.k}(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) int-+0
	rel 48+8 t=R_ADDR type:func(int) int+0
type:func(int) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1d 4d ca 7e 22 08 08 13 00 00 00 00 00 00 00 00  .M.~"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(int) int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(int, int) int- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 66 75 6e 63 28 69 6e 74 2c 20 69 6e 74  ..*func(int, int
	0x0010 29 20 69 6e 74                                   ) int
type:*func(int, int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ec de d5 8f 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) int-+0
	rel 48+8 t=R_ADDR type:func(int, int) int+0
type:func(int, int) int SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 af e5 7d 4e 22 08 08 13 00 00 00 00 00 00 00 00  ..}N"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(int, int) int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:.namedata.*struct { F uintptr; X0 func(int) int; X1 func(int) int }- SRODATA dupok size=59 align=0x1
	0x0000 00 39 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .9*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 66 75 6e 63 28 69  ntptr; X0 func(i
	0x0020 6e 74 29 20 69 6e 74 3b 20 58 31 20 66 75 6e 63  nt) int; X1 func
	0x0030 28 69 6e 74 29 20 69 6e 74 20 7d                 (int) int }
type:noalg.*struct { F uintptr; X0 func(int) int; X1 func(int) int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f7 f7 ee 96 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 func(int) int; X1 func(int) int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int }+0
runtime.gcbits.0600000000000000 SRODATA dupok size=8 align=0x8
	0x0000 06 00 00 00 00 00 00 00                          ........
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:.namedata.X1. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 31                                      ..X1
type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0010 59 ce 78 7a 02 08 08 19 00 00 00 00 00 00 00 00  Y.xz............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0600000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 func(int) int; X1 func(int) int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 func(int) int; X1 func(int) int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:func(int) int+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:func(int) int+0
type:.namedata.*struct { F uintptr; X0 int }- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  ..*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 69 6e 74 20 7d     ntptr; X0 int }
type:noalg.*struct { F uintptr; X0 int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 08 96 15 71 20 08 08 16 00 00 00 00 00 00 00 00  ...q ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 int }+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:noalg.struct { F uintptr; X0 int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 0a 46 a7 44 02 08 08 19 00 00 00 00 00 00 00 00  .F.D............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:int+0
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·WUxwEKTiDLcppffQ18DAHw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 05 00 00 00 11 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.fold.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.fold.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 13                                         ...
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
main.compose.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.compose.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.compose.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.compose.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.adder.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.adder.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.adder.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.adder.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·/9is4gq24Q1h4ArwHiu1tg== SRODATA dupok size=9 align=0x4
	0x0000 01 00 00 00 06 00 00 00 00                       .........
main.main.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d0 ff ff ff 18 00 00 00  ................
	0x0010 18 00 00 00 00 00 00 00 e8 ff ff ff 18 00 00 00  ................
	0x0020 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0600000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
main.main.func1.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.main.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.compose.func1#f3dLtG5+NCo=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.compose.func1#f3dLtG5+NCo=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.adder.func1#8Wum+mHaM5g=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.adder.func1#8Wum+mHaM5g=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.adder.func1#RMgI/RZtu4k=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.adder.func1#RMgI/RZtu4k=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
