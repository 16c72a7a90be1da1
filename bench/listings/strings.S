main.build STEXT size=217 align=0x0 args=0x8 locals=0x78 funcid=0x0
	0x0000 00000 (strings.go:6)	TEXT	main.build(SB), ABIInternal, $120-8
	0x0000 00000 (strings.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (strings.go:6)	PCDATA	$0, $-2
	0x0004 00004 (strings.go:6)	JLS	197
	0x000a 00010 (strings.go:6)	PCDATA	$0, $-1
	0x000a 00010 (strings.go:6)	PUSHQ	BP
	0x000b 00011 (strings.go:6)	MOVQ	SP, BP
	0x000e 00014 (strings.go:6)	SUBQ	$112, SP
	0x0012 00018 (strings.go:6)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (strings.go:6)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (strings.go:6)	FUNCDATA	$5, main.build.arginfo1(SB)
	0x0012 00018 (strings.go:6)	FUNCDATA	$6, main.build.argliveinfo(SB)
	0x0012 00018 (strings.go:6)	PCDATA	$3, $1
	0x0012 00018 (strings.go:8)	XORL	CX, CX
	0x0014 00020 (strings.go:8)	XORL	DX, DX
	0x0016 00022 (strings.go:8)	JMP	35
	0x0018 00024 (<unknown line number>)	MOVQ	BX, CX
	0x001b 00027 (<unknown line number>)	MOVQ	AX, DX
	0x001e 00030 (<unknown line number>)	MOVQ	main..autotmp_9+96(SP), AX
	0x0023 00035 (<unknown line number>)	MOVQ	AX, main.d+88(SP)
	0x0028 00040 (<unknown line number>)	MOVQ	DX, main.s.ptr+104(SP)
	0x002d 00045 (<unknown line number>)	MOVQ	CX, main.s.len+80(SP)
	0x0032 00050 (<unknown line number>)	MOVQ	AX, CX
	0x0035 00053 (strings.go:9)	MOVQ	$-3689348814741910323, AX
	0x003f 00063 (strings.go:9)	IMULQ	CX
	0x0042 00066 (strings.go:9)	ADDQ	CX, DX
	0x0045 00069 (strings.go:9)	SARQ	$3, DX
	0x0049 00073 (strings.go:9)	MOVQ	CX, SI
	0x004c 00076 (strings.go:9)	SARQ	$63, CX
	0x0050 00080 (strings.go:9)	SUBQ	CX, DX
	0x0053 00083 (strings.go:9)	MOVQ	DX, main..autotmp_9+96(SP)
	0x0058 00088 (strings.go:9)	LEAQ	(DX)(DX*1), CX
	0x005c 00092 (strings.go:9)	LEAQ	(CX)(CX*4), CX
	0x0060 00096 (strings.go:9)	SUBQ	CX, SI
	0x0063 00099 (strings.go:9)	LEAQ	48(SI), CX
	0x0067 00103 (strings.go:9)	MOVLQSX	CX, BX
	0x006a 00106 (strings.go:9)	LEAQ	main..autotmp_4+76(SP), AX
	0x006f 00111 (strings.go:9)	PCDATA	$1, $1
	0x006f 00111 (strings.go:9)	CALL	runtime.intstring(SB)
	0x0074 00116 (strings.go:9)	MOVQ	BX, CX
	0x0077 00119 (strings.go:9)	MOVQ	main.s.ptr+104(SP), DI
	0x007c 00124 (strings.go:9)	MOVQ	main.s.len+80(SP), SI
	0x0081 00129 (strings.go:9)	MOVQ	AX, BX
	0x0084 00132 (strings.go:9)	XORL	AX, AX
	0x0086 00134 (strings.go:9)	PCDATA	$1, $0
	0x0086 00134 (strings.go:9)	CALL	runtime.concatstring2(SB)
	0x008b 00139 (strings.go:10)	MOVQ	main.d+88(SP), CX
	0x0090 00144 (strings.go:10)	CMPQ	CX, $10
	0x0094 00148 (strings.go:10)	JGE	24
	0x0096 00150 (strings.go:14)	MOVL	$1, CX
	0x009b 00155 (strings.go:14)	MOVQ	AX, DI
	0x009e 00158 (strings.go:14)	MOVQ	BX, SI
	0x00a1 00161 (strings.go:14)	LEAQ	go:string."-"(SB), R8
	0x00a8 00168 (strings.go:14)	MOVL	CX, R9
	0x00ab 00171 (strings.go:14)	MOVQ	DI, R10
	0x00ae 00174 (strings.go:14)	MOVQ	SI, R11
	0x00b1 00177 (strings.go:14)	XORL	AX, AX
	0x00b3 00179 (strings.go:14)	LEAQ	go:string."k"(SB), BX
	0x00ba 00186 (strings.go:14)	CALL	runtime.concatstring4(SB)
	0x00bf 00191 (strings.go:14)	ADDQ	$112, SP
	0x00c3 00195 (strings.go:14)	POPQ	BP
	0x00c4 00196 (strings.go:14)	RET
	0x00c5 00197 (strings.go:14)	NOP
	0x00c5 00197 (strings.go:6)	PCDATA	$1, $-1
	0x00c5 00197 (strings.go:6)	PCDATA	$0, $-2
	0x00c5 00197 (strings.go:6)	MOVQ	AX, 8(SP)
	0x00ca 00202 (strings.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x00cf 00207 (strings.go:6)	PCDATA	$0, $-1
	0x00cf 00207 (strings.go:6)	MOVQ	8(SP), AX
	0x00d4 00212 (strings.go:6)	JMP	0
	0x0000 49 3b 66 10 0f 86 bb 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 70 31 c9 31 d2 eb 0b 48 89 d9 48 89 c2 48 8b  .p1.1...H..H..H.
	0x0020 44 24 60 48 89 44 24 58 48 89 54 24 68 48 89 4c  D$`H.D$XH.T$hH.L
	0x0030 24 50 48 89 c1 48 b8 cd cc cc cc cc cc cc cc 48  $PH..H.........H
	0x0040 f7 e9 48 01 ca 48 c1 fa 03 48 89 ce 48 c1 f9 3f  ..H..H...H..H..?
	0x0050 48 29 ca 48 89 54 24 60 48 8d 0c 12 48 8d 0c 89  H).H.T$`H...H...
	0x0060 48 29 ce 48 8d 4e 30 48 63 d9 48 8d 44 24 4c e8  H).H.N0Hc.H.D$L.
	0x0070 00 00 00 00 48 89 d9 48 8b 7c 24 68 48 8b 74 24  ....H..H.|$hH.t$
	0x0080 50 48 89 c3 31 c0 e8 00 00 00 00 48 8b 4c 24 58  PH..1......H.L$X
	0x0090 48 83 f9 0a 7d 82 b9 01 00 00 00 48 89 c7 48 89  H...}......H..H.
	0x00a0 de 4c 8d 05 00 00 00 00 41 89 c9 49 89 fa 49 89  .L......A..I..I.
	0x00b0 f3 31 c0 48 8d 1d 00 00 00 00 e8 00 00 00 00 48  .1.H...........H
	0x00c0 83 c4 70 5d c3 48 89 44 24 08 e8 00 00 00 00 48  ..p].H.D$......H
	0x00d0 8b 44 24 08 e9 27 ff ff ff                       .D$..'...
	rel 112+4 t=R_CALL runtime.intstring+0
	rel 135+4 t=R_CALL runtime.concatstring2+0
	rel 164+4 t=R_PCREL go:string."-"+0
	rel 182+4 t=R_PCREL go:string."k"+0
	rel 187+4 t=R_CALL runtime.concatstring4+0
	rel 203+4 t=R_CALL runtime.morestack_noctxt+0
main.hash STEXT nosplit size=95 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (strings.go:18)	TEXT	main.hash(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (strings.go:18)	MOVQ	AX, main.s+8(FP)
	0x0005 00005 (strings.go:18)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (strings.go:18)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (strings.go:18)	FUNCDATA	$5, main.hash.arginfo1(SB)
	0x0005 00005 (strings.go:18)	FUNCDATA	$6, main.hash.argliveinfo(SB)
	0x0005 00005 (strings.go:18)	PCDATA	$3, $1
	0x0005 00005 (strings.go:20)	XORL	CX, CX
	0x0007 00007 (strings.go:20)	MOVL	$5381, DX
	0x000c 00012 (strings.go:20)	JMP	86
	0x000e 00014 (strings.go:21)	MOVQ	DX, SI
	0x0011 00017 (strings.go:21)	SHLQ	$2, DX
	0x0015 00021 (strings.go:21)	LEAQ	(SI)(DX*8), SI
	0x0019 00025 (strings.go:21)	MOVBLZX	(AX)(CX*1), DI
	0x001d 00029 (strings.go:21)	LEAQ	(DI)(SI*1), DX
	0x0021 00033 (strings.go:20)	MOVQ	AX, SI
	0x0024 00036 (strings.go:21)	MOVQ	$-8543223828751151131, AX
	0x002e 00046 (strings.go:21)	MOVQ	DX, DI
	0x0031 00049 (strings.go:21)	IMULQ	DX
	0x0034 00052 (strings.go:21)	LEAQ	(DX)(DI*1), R8
	0x0038 00056 (strings.go:21)	SARQ	$29, R8
	0x003c 00060 (strings.go:21)	MOVQ	DI, DX
	0x003f 00063 (strings.go:21)	SARQ	$63, DI
	0x0043 00067 (strings.go:21)	SUBQ	DI, R8
	0x0046 00070 (strings.go:21)	IMUL3Q	$1000000007, R8, DI
	0x004d 00077 (strings.go:21)	SUBQ	DI, DX
	0x0050 00080 (strings.go:20)	INCQ	CX
	0x0053 00083 (strings.go:21)	MOVQ	SI, AX
	0x0056 00086 (strings.go:20)	CMPQ	BX, CX
	0x0059 00089 (strings.go:20)	JGT	14
	0x005b 00091 (strings.go:23)	MOVQ	DX, AX
	0x005e 00094 (strings.go:23)	RET
	0x0000 48 89 44 24 08 31 c9 ba 05 15 00 00 eb 48 48 89  H.D$.1.......HH.
	0x0010 d6 48 c1 e2 02 48 8d 34 d6 0f b6 3c 08 48 8d 14  .H...H.4...<.H..
	0x0020 37 48 89 c6 48 b8 e5 8f a2 12 31 5f 70 89 48 89  7H..H.....1_p.H.
	0x0030 d7 48 f7 ea 4c 8d 04 3a 49 c1 f8 1d 48 89 fa 48  .H..L..:I...H..H
	0x0040 c1 ff 3f 49 29 f8 49 69 f8 07 ca 9a 3b 48 29 fa  ..?I).Ii....;H).
	0x0050 48 ff c1 48 89 f0 48 39 cb 7f b3 48 89 d0 c3     H..H..H9...H...
main.main STEXT size=869 align=0x0 args=0x0 locals=0x108 funcid=0x0
	0x0000 00000 (strings.go:26)	TEXT	main.main(SB), ABIInternal, $264-0
	0x0000 00000 (strings.go:26)	LEAQ	-136(SP), R12
	0x0008 00008 (strings.go:26)	CMPQ	R12, 16(R14)
	0x000c 00012 (strings.go:26)	PCDATA	$0, $-2
	0x000c 00012 (strings.go:26)	JLS	857
	0x0012 00018 (strings.go:26)	PCDATA	$0, $-1
	0x0012 00018 (strings.go:26)	PUSHQ	BP
	0x0013 00019 (strings.go:26)	MOVQ	SP, BP
	0x0016 00022 (strings.go:26)	SUBQ	$256, SP
	0x001d 00029 (strings.go:26)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
	0x001d 00029 (strings.go:26)	FUNCDATA	$1, gclocals·Xc9dkfPY5JcruLVIdBgG6g==(SB)
	0x001d 00029 (strings.go:26)	XORL	AX, AX
	0x001f 00031 (strings.go:26)	XORL	CX, CX
	0x0021 00033 (strings.go:26)	XORL	DX, DX
	0x0023 00035 (strings.go:28)	JMP	140
	0x0025 00037 (strings.go:50)	PCDATA	$1, $0
	0x0025 00037 (strings.go:50)	CALL	main.hash(SB)
	0x002a 00042 (strings.go:50)	MOVQ	main.sum+104(SP), CX
	0x002f 00047 (strings.go:50)	LEAQ	(CX)(CX*2), DX
	0x0033 00051 (strings.go:50)	LEAQ	(CX)(DX*2), CX
	0x0037 00055 (strings.go:50)	ADDQ	AX, CX
	0x003a 00058 (strings.go:50)	MOVQ	main.fields+160(SP), DX
	0x0042 00066 (strings.go:50)	LEAQ	(DX)(DX*2), DX
	0x0046 00070 (strings.go:50)	ADDQ	DX, CX
	0x0049 00073 (strings.go:50)	MOVQ	main.less+136(SP), DX
	0x0051 00081 (strings.go:50)	ADDQ	DX, CX
	0x0054 00084 (strings.go:50)	MOVQ	CX, DX
	0x0057 00087 (strings.go:50)	SARQ	$63, DX
	0x005b 00091 (strings.go:50)	MOVQ	$-8543223828751151131, AX
	0x0065 00101 (strings.go:50)	MOVQ	DX, BX
	0x0068 00104 (strings.go:50)	IMULQ	CX
	0x006b 00107 (strings.go:50)	ADDQ	CX, DX
	0x006e 00110 (strings.go:50)	SARQ	$29, DX
	0x0072 00114 (strings.go:50)	SUBQ	BX, DX
	0x0075 00117 (strings.go:50)	IMUL3Q	$1000000007, DX, DX
	0x007c 00124 (strings.go:50)	SUBQ	DX, CX
	0x007f 00127 (strings.go:28)	MOVQ	main.round+120(SP), AX
	0x0084 00132 (strings.go:28)	INCQ	AX
	0x0087 00135 (strings.go:28)	MOVBLZX	main..autotmp_31+71(SP), DX
	0x008c 00140 (strings.go:28)	MOVQ	CX, main.sum+104(SP)
	0x0091 00145 (strings.go:28)	CMPQ	AX, $160
	0x0097 00151 (strings.go:28)	JGE	814
	0x009d 00157 (strings.go:28)	MOVQ	AX, main.round+120(SP)
	0x00a2 00162 (strings.go:28)	XORL	BX, BX
	0x00a4 00164 (strings.go:28)	XORL	SI, SI
	0x00a6 00166 (strings.go:28)	XORL	DI, DI
	0x00a8 00168 (strings.go:28)	XORL	R8, R8
	0x00ab 00171 (strings.go:30)	JMP	210
	0x00ad 00173 (strings.go:33)	MOVB	$44, -1(DX)(DI*1)
	0x00b2 00178 (strings.go:30)	MOVQ	main.i+152(SP), BX
	0x00ba 00186 (strings.go:30)	INCQ	BX
	0x00bd 00189 (strings.go:30)	MOVQ	DX, SI
	0x00c0 00192 (strings.go:30)	MOVQ	DI, R8
	0x00c3 00195 (strings.go:30)	MOVL	AX, DX
	0x00c5 00197 (strings.go:30)	MOVQ	CX, DI
	0x00c8 00200 (strings.go:31)	MOVQ	main.round+120(SP), AX
	0x00cd 00205 (strings.go:50)	MOVQ	main.sum+104(SP), CX
	0x00d2 00210 (strings.go:30)	MOVB	DL, main..autotmp_31+71(SP)
	0x00d6 00214 (strings.go:30)	NOP
	0x00e0 00224 (strings.go:30)	CMPQ	BX, $5000
	0x00e7 00231 (strings.go:30)	JGE	570
	0x00ed 00237 (strings.go:30)	MOVQ	BX, main.i+152(SP)
	0x00f5 00245 (strings.go:30)	MOVQ	SI, main.buf.len+168(SP)
	0x00fd 00253 (strings.go:30)	MOVQ	R8, main.buf.ptr+240(SP)
	0x0105 00261 (strings.go:30)	MOVQ	DI, main.buf.cap+176(SP)
	0x010d 00269 (strings.go:31)	ADDQ	BX, AX
	0x0110 00272 (strings.go:31)	PCDATA	$1, $1
	0x0110 00272 (strings.go:31)	CALL	main.build(SB)
	0x0115 00277 (strings.go:32)	MOVQ	main.buf.len+168(SP), CX
	0x011d 00285 (strings.go:32)	LEAQ	(CX)(BX*1), DX
	0x0121 00289 (strings.go:32)	MOVQ	main.buf.cap+176(SP), SI
	0x0129 00297 (strings.go:32)	CMPQ	SI, DX
	0x012c 00300 (strings.go:32)	JCS	312
	0x012e 00302 (strings.go:32)	MOVQ	main.buf.ptr+240(SP), DI
	0x0136 00310 (strings.go:32)	JMP	387
	0x0138 00312 (strings.go:31)	MOVQ	BX, main.s.len+112(SP)
	0x013d 00317 (strings.go:31)	MOVQ	AX, main.s.ptr+224(SP)
	0x0145 00325 (strings.go:32)	MOVQ	main.buf.ptr+240(SP), AX
	0x014d 00333 (strings.go:32)	MOVQ	SI, CX
	0x0150 00336 (strings.go:32)	MOVQ	BX, DI
	0x0153 00339 (strings.go:32)	LEAQ	type:uint8(SB), SI
	0x015a 00346 (strings.go:32)	MOVQ	DX, BX
	0x015d 00349 (strings.go:32)	PCDATA	$1, $2
	0x015d 00349 (strings.go:32)	NOP
	0x0160 00352 (strings.go:32)	CALL	runtime.growslice(SB)
	0x0165 00357 (strings.go:32)	MOVQ	BX, DX
	0x0168 00360 (strings.go:32)	MOVQ	CX, SI
	0x016b 00363 (strings.go:32)	MOVQ	AX, DI
	0x016e 00366 (strings.go:32)	MOVQ	main.s.ptr+224(SP), AX
	0x0176 00374 (strings.go:32)	MOVQ	main.buf.len+168(SP), CX
	0x017e 00382 (strings.go:32)	MOVQ	main.s.len+112(SP), BX
	0x0183 00387 (strings.go:32)	MOVQ	DX, main.buf.len+168(SP)
	0x018b 00395 (strings.go:32)	MOVQ	DI, main.buf.ptr+240(SP)
	0x0193 00403 (strings.go:32)	MOVQ	SI, main.buf.cap+176(SP)
	0x019b 00411 (strings.go:32)	LEAQ	(DI)(CX*1), DX
	0x019f 00415 (strings.go:32)	MOVQ	BX, CX
	0x01a2 00418 (strings.go:32)	MOVQ	AX, BX
	0x01a5 00421 (strings.go:32)	MOVQ	DX, AX
	0x01a8 00424 (strings.go:32)	PCDATA	$1, $1
	0x01a8 00424 (strings.go:32)	CALL	runtime.memmove(SB)
	0x01ad 00429 (strings.go:33)	MOVQ	main.buf.len+168(SP), BX
	0x01b5 00437 (strings.go:33)	LEAQ	1(BX), DX
	0x01b9 00441 (strings.go:33)	MOVQ	main.buf.cap+176(SP), CX
	0x01c1 00449 (strings.go:33)	CMPQ	CX, DX
	0x01c4 00452 (strings.go:33)	JCS	472
	0x01c6 00454 (strings.go:33)	MOVQ	main.buf.ptr+240(SP), DI
	0x01ce 00462 (strings.go:33)	MOVBLZX	main..autotmp_31+71(SP), AX
	0x01d3 00467 (strings.go:33)	JMP	173
	0x01d8 00472 (strings.go:33)	CMPQ	DX, $32
	0x01dc 00476 (strings.go:33)	JGT	526
	0x01de 00478 (strings.go:30)	MOVBLZX	main..autotmp_31+71(SP), R8
	0x01e4 00484 (strings.go:30)	TESTB	R8B, R8B
	0x01e7 00487 (strings.go:33)	JNE	526
	0x01e9 00489 (strings.go:33)	TESTQ	BX, BX
	0x01ec 00492 (strings.go:33)	JNE	526
	0x01ee 00494 (strings.go:33)	LEAQ	main..autotmp_18+192(SP), DI
	0x01f6 00502 (strings.go:33)	MOVUPS	X15, (DI)
	0x01fa 00506 (strings.go:33)	MOVUPS	X15, 16(DI)
	0x01ff 00511 (strings.go:33)	MOVL	$32, CX
	0x0204 00516 (strings.go:33)	MOVL	$1, AX
	0x0209 00521 (strings.go:33)	JMP	173
	0x020e 00526 (strings.go:33)	MOVQ	main.buf.ptr+240(SP), AX
	0x0216 00534 (strings.go:33)	MOVQ	DX, BX
	0x0219 00537 (strings.go:33)	MOVL	$1, DI
	0x021e 00542 (strings.go:33)	LEAQ	type:uint8(SB), SI
	0x0225 00549 (strings.go:33)	PCDATA	$1, $0
	0x0225 00549 (strings.go:33)	CALL	runtime.growslice(SB)
	0x022a 00554 (strings.go:33)	MOVQ	BX, DX
	0x022d 00557 (strings.go:33)	MOVQ	AX, DI
	0x0230 00560 (strings.go:33)	MOVBLZX	main..autotmp_31+71(SP), AX
	0x0235 00565 (strings.go:33)	JMP	173
	0x023a 00570 (strings.go:35)	LEAQ	main..autotmp_17+72(SP), AX
	0x023f 00575 (strings.go:35)	MOVQ	R8, BX
	0x0242 00578 (strings.go:35)	MOVQ	SI, CX
	0x0245 00581 (strings.go:35)	CALL	runtime.slicebytetostring(SB)
	0x024a 00586 (strings.go:35)	MOVQ	AX, main.all.ptr+248(SP)
	0x0252 00594 (strings.go:35)	MOVQ	BX, main.all.len+184(SP)
	0x025a 00602 (strings.go:39)	XORL	DX, DX
	0x025c 00604 (strings.go:39)	XORL	SI, SI
	0x025e 00606 (strings.go:39)	XORL	DI, DI
	0x0260 00608 (strings.go:39)	XORL	R8, R8
	0x0263 00611 (strings.go:39)	XORL	R9, R9
	0x0266 00614 (strings.go:39)	XORL	R10, R10
	0x0269 00617 (strings.go:39)	JMP	622
	0x026b 00619 (strings.go:39)	INCQ	R10
	0x026e 00622 (strings.go:39)	MOVQ	R9, main.less+136(SP)
	0x0276 00630 (strings.go:39)	MOVQ	DI, main.fields+160(SP)
	0x027e 00638 (strings.go:39)	NOP
	0x0280 00640 (strings.go:39)	CMPQ	BX, R10
	0x0283 00643 (strings.go:39)	JLE	37
	0x0289 00649 (strings.go:40)	MOVBLZX	(AX)(R10*1), R11
	0x028e 00654 (strings.go:40)	CMPB	R11B, $44
	0x0292 00658 (strings.go:40)	JNE	619
	0x0294 00660 (strings.go:41)	CMPQ	DX, R10
	0x0297 00663 (strings.go:41)	JHI	851
	0x029d 00669 (strings.go:39)	MOVQ	R10, main.i+144(SP)
	0x02a5 00677 (strings.go:41)	MOVQ	R10, BX
	0x02a8 00680 (strings.go:41)	SUBQ	DX, BX
	0x02ab 00683 (strings.go:41)	MOVQ	BX, main.prev.len+128(SP)
	0x02b3 00691 (strings.go:41)	MOVQ	BX, R9
	0x02b6 00694 (strings.go:41)	NEGQ	R9
	0x02b9 00697 (strings.go:41)	SARQ	$63, R9
	0x02bd 00701 (strings.go:41)	ANDQ	R9, DX
	0x02c0 00704 (strings.go:41)	ADDQ	DX, AX
	0x02c3 00707 (strings.go:41)	MOVQ	AX, main.prev.ptr+232(SP)
	0x02cb 00715 (strings.go:42)	MOVQ	R8, CX
	0x02ce 00718 (strings.go:42)	MOVQ	SI, DI
	0x02d1 00721 (strings.go:42)	PCDATA	$1, $3
	0x02d1 00721 (strings.go:42)	CALL	runtime.cmpstring(SB)
	0x02d6 00726 (strings.go:46)	MOVQ	main.fields+160(SP), DI
	0x02de 00734 (strings.go:46)	INCQ	DI
	0x02e1 00737 (strings.go:47)	MOVQ	main.i+144(SP), DX
	0x02e9 00745 (strings.go:47)	LEAQ	1(DX), SI
	0x02ed 00749 (strings.go:42)	TESTQ	AX, AX
	0x02f0 00752 (strings.go:42)	SETLT	R8B
	0x02f4 00756 (strings.go:45)	MOVBLZX	R8B, R8
	0x02f8 00760 (strings.go:45)	MOVQ	main.less+136(SP), R9
	0x0300 00768 (strings.go:45)	ADDQ	R8, R9
	0x0303 00771 (strings.go:40)	MOVQ	main.all.ptr+248(SP), AX
	0x030b 00779 (strings.go:39)	MOVQ	main.all.len+184(SP), BX
	0x0313 00787 (strings.go:39)	MOVQ	DX, R10
	0x0316 00790 (<unknown line number>)	MOVQ	SI, DX
	0x0319 00793 (<unknown line number>)	MOVQ	main.prev.len+128(SP), SI
	0x0321 00801 (<unknown line number>)	MOVQ	main.prev.ptr+232(SP), R8
	0x0329 00809 (strings.go:42)	JMP	619
	0x032e 00814 (strings.go:52)	PCDATA	$1, $0
	0x032e 00814 (strings.go:52)	CALL	runtime.printlock(SB)
	0x0333 00819 (strings.go:52)	MOVQ	main.sum+104(SP), AX
	0x0338 00824 (strings.go:52)	CALL	runtime.printint(SB)
	0x033d 00829 (strings.go:52)	NOP
	0x0340 00832 (strings.go:52)	CALL	runtime.printnl(SB)
	0x0345 00837 (strings.go:52)	CALL	runtime.printunlock(SB)
	0x034a 00842 (strings.go:53)	ADDQ	$256, SP
	0x0351 00849 (strings.go:53)	POPQ	BP
	0x0352 00850 (strings.go:53)	RET
	0x0353 00851 (strings.go:41)	PCDATA	$4, $11730
	0x0353 00851 (strings.go:41)	CALL	runtime.panicBounds(SB)
	0x0358 00856 (strings.go:41)	XCHGL	AX, AX
	0x0359 00857 (strings.go:41)	NOP
	0x0359 00857 (strings.go:26)	PCDATA	$1, $-1
	0x0359 00857 (strings.go:26)	PCDATA	$0, $-2
	0x0359 00857 (strings.go:26)	CALL	runtime.morestack_noctxt(SB)
	0x035e 00862 (strings.go:26)	PCDATA	$0, $-1
	0x035e 00862 (strings.go:26)	NOP
	0x0360 00864 (strings.go:26)	JMP	0
	0x0000 4c 8d a4 24 78 ff ff ff 4d 3b 66 10 0f 86 47 03  L..$x...M;f...G.
	0x0010 00 00 55 48 89 e5 48 81 ec 00 01 00 00 31 c0 31  ..UH..H......1.1
	0x0020 c9 31 d2 eb 67 e8 00 00 00 00 48 8b 4c 24 68 48  .1..g.....H.L$hH
	0x0030 8d 14 49 48 8d 0c 51 48 01 c1 48 8b 94 24 a0 00  ..IH..QH..H..$..
	0x0040 00 00 48 8d 14 52 48 01 d1 48 8b 94 24 88 00 00  ..H..RH..H..$...
	0x0050 00 48 01 d1 48 89 ca 48 c1 fa 3f 48 b8 e5 8f a2  .H..H..H..?H....
	0x0060 12 31 5f 70 89 48 89 d3 48 f7 e9 48 01 ca 48 c1  .1_p.H..H..H..H.
	0x0070 fa 1d 48 29 da 48 69 d2 07 ca 9a 3b 48 29 d1 48  ..H).Hi....;H).H
	0x0080 8b 44 24 78 48 ff c0 0f b6 54 24 47 48 89 4c 24  .D$xH....T$GH.L$
	0x0090 68 48 3d a0 00 00 00 0f 8d 91 02 00 00 48 89 44  hH=..........H.D
	0x00a0 24 78 31 db 31 f6 31 ff 45 31 c0 eb 25 c6 44 3a  $x1.1.1.E1..%.D:
	0x00b0 ff 2c 48 8b 9c 24 98 00 00 00 48 ff c3 48 89 d6  .,H..$....H..H..
	0x00c0 49 89 f8 89 c2 48 89 cf 48 8b 44 24 78 48 8b 4c  I....H..H.D$xH.L
	0x00d0 24 68 88 54 24 47 66 0f 1f 84 00 00 00 00 00 90  $h.T$Gf.........
	0x00e0 48 81 fb 88 13 00 00 0f 8d 4d 01 00 00 48 89 9c  H........M...H..
	0x00f0 24 98 00 00 00 48 89 b4 24 a8 00 00 00 4c 89 84  $....H..$....L..
	0x0100 24 f0 00 00 00 48 89 bc 24 b0 00 00 00 48 01 d8  $....H..$....H..
	0x0110 e8 00 00 00 00 48 8b 8c 24 a8 00 00 00 48 8d 14  .....H..$....H..
	0x0120 19 48 8b b4 24 b0 00 00 00 48 39 d6 72 0a 48 8b  .H..$....H9.r.H.
	0x0130 bc 24 f0 00 00 00 eb 4b 48 89 5c 24 70 48 89 84  .$.....KH.\$pH..
	0x0140 24 e0 00 00 00 48 8b 84 24 f0 00 00 00 48 89 f1  $....H..$....H..
	0x0150 48 89 df 48 8d 35 00 00 00 00 48 89 d3 0f 1f 00  H..H.5....H.....
	0x0160 e8 00 00 00 00 48 89 da 48 89 ce 48 89 c7 48 8b  .....H..H..H..H.
	0x0170 84 24 e0 00 00 00 48 8b 8c 24 a8 00 00 00 48 8b  .$....H..$....H.
	0x0180 5c 24 70 48 89 94 24 a8 00 00 00 48 89 bc 24 f0  \$pH..$....H..$.
	0x0190 00 00 00 48 89 b4 24 b0 00 00 00 48 8d 14 0f 48  ...H..$....H...H
	0x01a0 89 d9 48 89 c3 48 89 d0 e8 00 00 00 00 48 8b 9c  ..H..H.......H..
	0x01b0 24 a8 00 00 00 48 8d 53 01 48 8b 8c 24 b0 00 00  $....H.S.H..$...
	0x01c0 00 48 39 d1 72 12 48 8b bc 24 f0 00 00 00 0f b6  .H9.r.H..$......
	0x01d0 44 24 47 e9 d5 fe ff ff 48 83 fa 20 7f 30 44 0f  D$G.....H.. .0D.
	0x01e0 b6 44 24 47 45 84 c0 75 25 48 85 db 75 20 48 8d  .D$GE..u%H..u H.
	0x01f0 bc 24 c0 00 00 00 44 0f 11 3f 44 0f 11 7f 10 b9  .$....D..?D.....
	0x0200 20 00 00 00 b8 01 00 00 00 e9 9f fe ff ff 48 8b   .............H.
	0x0210 84 24 f0 00 00 00 48 89 d3 bf 01 00 00 00 48 8d  .$....H.......H.
	0x0220 35 00 00 00 00 e8 00 00 00 00 48 89 da 48 89 c7  5.........H..H..
	0x0230 0f b6 44 24 47 e9 73 fe ff ff 48 8d 44 24 48 4c  ..D$G.s...H.D$HL
	0x0240 89 c3 48 89 f1 e8 00 00 00 00 48 89 84 24 f8 00  ..H.......H..$..
	0x0250 00 00 48 89 9c 24 b8 00 00 00 31 d2 31 f6 31 ff  ..H..$....1.1.1.
	0x0260 45 31 c0 45 31 c9 45 31 d2 eb 03 49 ff c2 4c 89  E1.E1.E1...I..L.
	0x0270 8c 24 88 00 00 00 48 89 bc 24 a0 00 00 00 66 90  .$....H..$....f.
	0x0280 4c 39 d3 0f 8e 9c fd ff ff 46 0f b6 1c 10 41 80  L9.......F....A.
	0x0290 fb 2c 75 d7 4c 39 d2 0f 87 b6 00 00 00 4c 89 94  .,u.L9.......L..
	0x02a0 24 90 00 00 00 4c 89 d3 48 29 d3 48 89 9c 24 80  $....L..H).H..$.
	0x02b0 00 00 00 49 89 d9 49 f7 d9 49 c1 f9 3f 4c 21 ca  ...I..I..I..?L!.
	0x02c0 48 01 d0 48 89 84 24 e8 00 00 00 4c 89 c1 48 89  H..H..$....L..H.
	0x02d0 f7 e8 00 00 00 00 48 8b bc 24 a0 00 00 00 48 ff  ......H..$....H.
	0x02e0 c7 48 8b 94 24 90 00 00 00 48 8d 72 01 48 85 c0  .H..$....H.r.H..
	0x02f0 41 0f 9c c0 45 0f b6 c0 4c 8b 8c 24 88 00 00 00  A...E...L..$....
	0x0300 4d 01 c1 48 8b 84 24 f8 00 00 00 48 8b 9c 24 b8  M..H..$....H..$.
	0x0310 00 00 00 49 89 d2 48 89 f2 48 8b b4 24 80 00 00  ...I..H..H..$...
	0x0320 00 4c 8b 84 24 e8 00 00 00 e9 3d ff ff ff e8 00  .L..$.....=.....
	0x0330 00 00 00 48 8b 44 24 68 e8 00 00 00 00 0f 1f 00  ...H.D$h........
	0x0340 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 00 01 00  ..........H.....
	0x0350 00 5d c3 e8 00 00 00 00 90 e8 00 00 00 00 66 90  .]............f.
	0x0360 e9 9b fc ff ff                                   .....
	rel 38+4 t=R_CALL main.hash+0
	rel 273+4 t=R_CALL main.build+0
	rel 342+4 t=R_PCREL type:uint8+0
	rel 353+4 t=R_CALL runtime.growslice+0
	rel 425+4 t=R_CALL runtime.memmove+0
	rel 545+4 t=R_PCREL type:uint8+0
	rel 550+4 t=R_CALL runtime.growslice+0
	rel 582+4 t=R_CALL runtime.slicebytetostring+0
	rel 722+4 t=R_CALL runtime.cmpstring+0
	rel 815+4 t=R_CALL runtime.printlock+0
	rel 825+4 t=R_CALL runtime.printint+0
	rel 833+4 t=R_CALL runtime.printnl+0
	rel 838+4 t=R_CALL runtime.printunlock+0
	rel 852+4 t=R_CALL runtime.panicBounds+0
	rel 858+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."k" SRODATA dupok size=1 align=0x1
	0x0000 6b                                               k
go:string."-" SRODATA dupok size=1 align=0x1
	0x0000 2d                                               -
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.build.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.build.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.hash.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.hash.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·Xc9dkfPY5JcruLVIdBgG6g== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 04 00 00 00 00 04 01 0a              ............
