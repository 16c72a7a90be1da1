main.MyErr.Error STEXT size=441 align=0x0 args=0x8 locals=0xa0 funcid=0x0
	0x0000 00000 (panic_recover_basic.go:6)	TEXT	main.MyErr.Error(SB), ABIInternal, $160-8
	0x0000 00000 (panic_recover_basic.go:6)	LEAQ	-32(SP), R12
	0x0005 00005 (panic_recover_basic.go:6)	CMPQ	R12, 16(R14)
	0x0009 00009 (panic_recover_basic.go:6)	PCDATA	$0, $-2
	0x0009 00009 (panic_recover_basic.go:6)	JLS	421
	0x000f 00015 (panic_recover_basic.go:6)	PCDATA	$0, $-1
	0x000f 00015 (panic_recover_basic.go:6)	PUSHQ	BP
	0x0010 00016 (panic_recover_basic.go:6)	MOVQ	SP, BP
	0x0013 00019 (panic_recover_basic.go:6)	SUBQ	$152, SP
	0x001a 00026 (panic_recover_basic.go:6)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x001a 00026 (panic_recover_basic.go:6)	FUNCDATA	$1, gclocals·HM78BBKmj/74hKeYGEnXLw==(SB)
	0x001a 00026 (panic_recover_basic.go:6)	FUNCDATA	$5, main.MyErr.Error.arginfo1(SB)
	0x001a 00026 (panic_recover_basic.go:6)	FUNCDATA	$6, main.MyErr.Error.argliveinfo(SB)
	0x001a 00026 (panic_recover_basic.go:6)	PCDATA	$3, $1
	0x001a 00026 (<unknown line number>)	NOP
	0x001a 00026 (panic_recover_basic.go:9)	TESTQ	AX, AX
	0x001d 00029 (panic_recover_basic.go:9)	JEQ	61
	0x001f 00031 (panic_recover_basic.go:9)	MOVQ	AX, main..autotmp_19+128(SP)
	0x0027 00039 (panic_recover_basic.go:14)	MOVQ	AX, DX
	0x002a 00042 (panic_recover_basic.go:14)	NEGQ	AX
	0x002d 00045 (panic_recover_basic.go:9)	TESTQ	DX, DX
	0x0030 00048 (panic_recover_basic.go:16)	MOVQ	DX, R8
	0x0033 00051 (panic_recover_basic.go:16)	CMOVQLT	AX, DX
	0x0037 00055 (panic_recover_basic.go:16)	XORL	AX, AX
	0x0039 00057 (panic_recover_basic.go:16)	XORL	CX, CX
	0x003b 00059 (panic_recover_basic.go:13)	JMP	169
	0x003d 00061 (panic_recover_basic.go:13)	MOVL	$1, AX
	0x0042 00066 (panic_recover_basic.go:13)	LEAQ	go:string."0"(SB), CX
	0x0049 00073 (panic_recover_basic.go:6)	LEAQ	go:string."myerr "(SB), BX
	0x0050 00080 (panic_recover_basic.go:6)	MOVQ	CX, DI
	0x0053 00083 (panic_recover_basic.go:6)	MOVQ	AX, SI
	0x0056 00086 (panic_recover_basic.go:6)	XORL	AX, AX
	0x0058 00088 (panic_recover_basic.go:6)	MOVL	$6, CX
	0x005d 00093 (panic_recover_basic.go:6)	PCDATA	$1, $0
	0x005d 00093 (panic_recover_basic.go:6)	NOP
	0x0060 00096 (panic_recover_basic.go:6)	CALL	runtime.concatstring2(SB)
	0x0065 00101 (panic_recover_basic.go:6)	ADDQ	$152, SP
	0x006c 00108 (panic_recover_basic.go:6)	POPQ	BP
	0x006d 00109 (panic_recover_basic.go:6)	RET
	0x006e 00110 (panic_recover_basic.go:18)	MOVQ	CX, main..autotmp_21+144(SP)
	0x0076 00118 (panic_recover_basic.go:18)	MOVQ	AX, main.b.len+112(SP)
	0x007b 00123 (panic_recover_basic.go:18)	LEAQ	1(CX), AX
	0x007f 00127 (panic_recover_basic.go:18)	MOVQ	BX, CX
	0x0082 00130 (panic_recover_basic.go:18)	MOVQ	main.b.ptr+136(SP), BX
	0x008a 00138 (panic_recover_basic.go:18)	PCDATA	$1, $1
	0x008a 00138 (panic_recover_basic.go:18)	CALL	runtime.memmove(SB)
	0x008f 00143 (panic_recover_basic.go:9)	MOVQ	main..autotmp_19+128(SP), R8
	0x0097 00151 (panic_recover_basic.go:17)	MOVQ	main..autotmp_20+120(SP), DX
	0x009c 00156 (panic_recover_basic.go:17)	MOVQ	main.b.len+112(SP), AX
	0x00a1 00161 (panic_recover_basic.go:17)	MOVQ	main..autotmp_21+144(SP), CX
	0x00a9 00169 (panic_recover_basic.go:17)	TESTQ	DX, DX
	0x00ac 00172 (panic_recover_basic.go:17)	JLE	341
	0x00b2 00178 (panic_recover_basic.go:17)	MOVQ	DX, main.n+104(SP)
	0x00b7 00183 (panic_recover_basic.go:17)	MOVQ	AX, main.b.len+112(SP)
	0x00bc 00188 (panic_recover_basic.go:17)	MOVQ	CX, main.b.ptr+136(SP)
	0x00c4 00196 (panic_recover_basic.go:18)	MOVL	$1, AX
	0x00c9 00201 (panic_recover_basic.go:18)	LEAQ	type:[1]uint8(SB), BX
	0x00d0 00208 (panic_recover_basic.go:18)	MOVL	$1, CX
	0x00d5 00213 (panic_recover_basic.go:18)	PCDATA	$1, $2
	0x00d5 00213 (panic_recover_basic.go:18)	CALL	runtime.mallocgcTinySC2(SB)
	0x00da 00218 (panic_recover_basic.go:18)	MOVQ	main.b.len+112(SP), BX
	0x00df 00223 (panic_recover_basic.go:18)	LEAQ	1(BX), DX
	0x00e3 00227 (panic_recover_basic.go:18)	MOVQ	AX, CX
	0x00e6 00230 (panic_recover_basic.go:18)	MOVQ	$-3689348814741910323, AX
	0x00f0 00240 (panic_recover_basic.go:18)	MOVQ	main.n+104(SP), SI
	0x00f5 00245 (panic_recover_basic.go:18)	MOVQ	DX, DI
	0x00f8 00248 (panic_recover_basic.go:18)	MULQ	SI
	0x00fb 00251 (panic_recover_basic.go:18)	SHRQ	$3, DX
	0x00ff 00255 (panic_recover_basic.go:18)	MOVQ	DX, main..autotmp_20+120(SP)
	0x0104 00260 (panic_recover_basic.go:18)	LEAQ	(DX)(DX*1), R8
	0x0108 00264 (panic_recover_basic.go:18)	LEAQ	(R8)(R8*4), R8
	0x010c 00268 (panic_recover_basic.go:18)	SUBQ	R8, SI
	0x010f 00271 (panic_recover_basic.go:18)	ADDQ	$48, SI
	0x0113 00275 (panic_recover_basic.go:18)	MOVB	SIB, (CX)
	0x0116 00278 (panic_recover_basic.go:18)	CMPQ	DI, $1
	0x011a 00282 (panic_recover_basic.go:18)	JHI	294
	0x011c 00284 (panic_recover_basic.go:18)	MOVL	$1, AX
	0x0121 00289 (panic_recover_basic.go:18)	JMP	110
	0x0126 00294 (panic_recover_basic.go:18)	MOVQ	CX, AX
	0x0129 00297 (panic_recover_basic.go:18)	MOVL	$1, CX
	0x012e 00302 (panic_recover_basic.go:18)	LEAQ	type:uint8(SB), SI
	0x0135 00309 (panic_recover_basic.go:17)	MOVQ	BX, DX
	0x0138 00312 (panic_recover_basic.go:18)	MOVQ	DI, BX
	0x013b 00315 (panic_recover_basic.go:18)	MOVQ	DX, DI
	0x013e 00318 (panic_recover_basic.go:18)	NOP
	0x0140 00320 (panic_recover_basic.go:18)	CALL	runtime.growslice(SB)
	0x0145 00325 (panic_recover_basic.go:18)	MOVQ	AX, CX
	0x0148 00328 (panic_recover_basic.go:18)	MOVQ	BX, AX
	0x014b 00331 (panic_recover_basic.go:18)	MOVQ	main.b.len+112(SP), BX
	0x0150 00336 (panic_recover_basic.go:18)	JMP	110
	0x0155 00341 (panic_recover_basic.go:9)	TESTQ	R8, R8
	0x0158 00344 (panic_recover_basic.go:21)	JGE	389
	0x015a 00346 (panic_recover_basic.go:22)	LEAQ	go:string."-"(SB), BX
	0x0161 00353 (panic_recover_basic.go:22)	MOVQ	CX, DI
	0x0164 00356 (panic_recover_basic.go:22)	MOVQ	AX, SI
	0x0167 00359 (panic_recover_basic.go:22)	LEAQ	main..autotmp_12+72(SP), AX
	0x016c 00364 (panic_recover_basic.go:22)	MOVL	$1, CX
	0x0171 00369 (panic_recover_basic.go:22)	PCDATA	$1, $0
	0x0171 00369 (panic_recover_basic.go:22)	CALL	runtime.concatstring2(SB)
	0x0176 00374 (panic_recover_basic.go:6)	MOVQ	AX, CX
	0x0179 00377 (panic_recover_basic.go:6)	MOVQ	BX, AX
	0x017c 00380 (panic_recover_basic.go:6)	NOP
	0x0180 00384 (panic_recover_basic.go:6)	JMP	73
	0x0185 00389 (panic_recover_basic.go:24)	MOVQ	CX, BX
	0x0188 00392 (panic_recover_basic.go:24)	MOVQ	AX, CX
	0x018b 00395 (panic_recover_basic.go:24)	LEAQ	main..autotmp_13+40(SP), AX
	0x0190 00400 (panic_recover_basic.go:24)	CALL	runtime.slicebytetostring(SB)
	0x0195 00405 (panic_recover_basic.go:6)	MOVQ	AX, CX
	0x0198 00408 (panic_recover_basic.go:6)	MOVQ	BX, AX
	0x019b 00411 (panic_recover_basic.go:6)	NOP
	0x01a0 00416 (panic_recover_basic.go:6)	JMP	73
	0x01a5 00421 (panic_recover_basic.go:6)	NOP
	0x01a5 00421 (panic_recover_basic.go:6)	PCDATA	$1, $-1
	0x01a5 00421 (panic_recover_basic.go:6)	PCDATA	$0, $-2
	0x01a5 00421 (panic_recover_basic.go:6)	MOVQ	AX, 8(SP)
	0x01aa 00426 (panic_recover_basic.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x01af 00431 (panic_recover_basic.go:6)	PCDATA	$0, $-1
	0x01af 00431 (panic_recover_basic.go:6)	MOVQ	8(SP), AX
	0x01b4 00436 (panic_recover_basic.go:6)	JMP	0
	0x0000 4c 8d 64 24 e0 4d 3b 66 10 0f 86 96 01 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 98 00 00 00 48 85 c0 74 1e 48  H..H......H..t.H
	0x0020 89 84 24 80 00 00 00 48 89 c2 48 f7 d8 48 85 d2  ..$....H..H..H..
	0x0030 49 89 d0 48 0f 4c d0 31 c0 31 c9 eb 6c b8 01 00  I..H.L.1.1..l...
	0x0040 00 00 48 8d 0d 00 00 00 00 48 8d 1d 00 00 00 00  ..H......H......
	0x0050 48 89 cf 48 89 c6 31 c0 b9 06 00 00 00 0f 1f 00  H..H..1.........
	0x0060 e8 00 00 00 00 48 81 c4 98 00 00 00 5d c3 48 89  .....H......].H.
	0x0070 8c 24 90 00 00 00 48 89 44 24 70 48 8d 41 01 48  .$....H.D$pH.A.H
	0x0080 89 d9 48 8b 9c 24 88 00 00 00 e8 00 00 00 00 4c  ..H..$.........L
	0x0090 8b 84 24 80 00 00 00 48 8b 54 24 78 48 8b 44 24  ..$....H.T$xH.D$
	0x00a0 70 48 8b 8c 24 90 00 00 00 48 85 d2 0f 8e a3 00  pH..$....H......
	0x00b0 00 00 48 89 54 24 68 48 89 44 24 70 48 89 8c 24  ..H.T$hH.D$pH..$
	0x00c0 88 00 00 00 b8 01 00 00 00 48 8d 1d 00 00 00 00  .........H......
	0x00d0 b9 01 00 00 00 e8 00 00 00 00 48 8b 5c 24 70 48  ..........H.\$pH
	0x00e0 8d 53 01 48 89 c1 48 b8 cd cc cc cc cc cc cc cc  .S.H..H.........
	0x00f0 48 8b 74 24 68 48 89 d7 48 f7 e6 48 c1 ea 03 48  H.t$hH..H..H...H
	0x0100 89 54 24 78 4c 8d 04 12 4f 8d 04 80 4c 29 c6 48  .T$xL...O...L).H
	0x0110 83 c6 30 40 88 31 48 83 ff 01 77 0a b8 01 00 00  ..0@.1H...w.....
	0x0120 00 e9 48 ff ff ff 48 89 c8 b9 01 00 00 00 48 8d  ..H...H.......H.
	0x0130 35 00 00 00 00 48 89 da 48 89 fb 48 89 d7 66 90  5....H..H..H..f.
	0x0140 e8 00 00 00 00 48 89 c1 48 89 d8 48 8b 5c 24 70  .....H..H..H.\$p
	0x0150 e9 19 ff ff ff 4d 85 c0 7d 2b 48 8d 1d 00 00 00  .....M..}+H.....
	0x0160 00 48 89 cf 48 89 c6 48 8d 44 24 48 b9 01 00 00  .H..H..H.D$H....
	0x0170 00 e8 00 00 00 00 48 89 c1 48 89 d8 0f 1f 40 00  ......H..H....@.
	0x0180 e9 c4 fe ff ff 48 89 cb 48 89 c1 48 8d 44 24 28  .....H..H..H.D$(
	0x0190 e8 00 00 00 00 48 89 c1 48 89 d8 0f 1f 44 00 00  .....H..H....D..
	0x01a0 e9 a4 fe ff ff 48 89 44 24 08 e8 00 00 00 00 48  .....H.D$......H
	0x01b0 8b 44 24 08 e9 47 fe ff ff                       .D$..G...
	rel 69+4 t=R_PCREL go:string."0"+0
	rel 76+4 t=R_PCREL go:string."myerr "+0
	rel 97+4 t=R_CALL runtime.concatstring2+0
	rel 139+4 t=R_CALL runtime.memmove+0
	rel 204+4 t=R_PCREL type:[1]uint8+0
	rel 214+4 t=R_CALL runtime.mallocgcTinySC2+0
	rel 305+4 t=R_PCREL type:uint8+0
	rel 321+4 t=R_CALL runtime.growslice+0
	rel 349+4 t=R_PCREL go:string."-"+0
	rel 370+4 t=R_CALL runtime.concatstring2+0
	rel 401+4 t=R_CALL runtime.slicebytetostring+0
	rel 427+4 t=R_CALL runtime.morestack_noctxt+0
main.itoa STEXT size=367 align=0x0 args=0x8 locals=0x50 funcid=0x0
	0x0000 00000 (panic_recover_basic.go:8)	TEXT	main.itoa(SB), ABIInternal, $80-8
	0x0000 00000 (panic_recover_basic.go:8)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_recover_basic.go:8)	PCDATA	$0, $-2
	0x0004 00004 (panic_recover_basic.go:8)	JLS	343
	0x000a 00010 (panic_recover_basic.go:8)	PCDATA	$0, $-1
	0x000a 00010 (panic_recover_basic.go:8)	PUSHQ	BP
	0x000b 00011 (panic_recover_basic.go:8)	MOVQ	SP, BP
	0x000e 00014 (panic_recover_basic.go:8)	SUBQ	$72, SP
	0x0012 00018 (panic_recover_basic.go:8)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (panic_recover_basic.go:8)	FUNCDATA	$1, gclocals·HM78BBKmj/74hKeYGEnXLw==(SB)
	0x0012 00018 (panic_recover_basic.go:8)	FUNCDATA	$5, main.itoa.arginfo1(SB)
	0x0012 00018 (panic_recover_basic.go:8)	FUNCDATA	$6, main.itoa.argliveinfo(SB)
	0x0012 00018 (panic_recover_basic.go:8)	PCDATA	$3, $1
	0x0012 00018 (panic_recover_basic.go:9)	TESTQ	AX, AX
	0x0015 00021 (panic_recover_basic.go:9)	JEQ	50
	0x0017 00023 (panic_recover_basic.go:9)	MOVQ	AX, main.n+88(SP)
	0x001c 00028 (panic_recover_basic.go:9)	PCDATA	$3, $-1
	0x001c 00028 (panic_recover_basic.go:14)	MOVQ	AX, DX
	0x001f 00031 (panic_recover_basic.go:14)	NEGQ	AX
	0x0022 00034 (panic_recover_basic.go:9)	TESTQ	DX, DX
	0x0025 00037 (panic_recover_basic.go:16)	MOVQ	DX, R8
	0x0028 00040 (panic_recover_basic.go:16)	CMOVQLT	AX, DX
	0x002c 00044 (panic_recover_basic.go:16)	XORL	AX, AX
	0x002e 00046 (panic_recover_basic.go:16)	XORL	CX, CX
	0x0030 00048 (panic_recover_basic.go:13)	JMP	115
	0x0032 00050 (panic_recover_basic.go:13)	PCDATA	$3, $1
	0x0032 00050 (panic_recover_basic.go:10)	LEAQ	go:string."0"(SB), AX
	0x0039 00057 (panic_recover_basic.go:10)	MOVL	$1, BX
	0x003e 00062 (panic_recover_basic.go:10)	ADDQ	$72, SP
	0x0042 00066 (panic_recover_basic.go:10)	POPQ	BP
	0x0043 00067 (panic_recover_basic.go:10)	RET
	0x0044 00068 (panic_recover_basic.go:10)	PCDATA	$3, $-1
	0x0044 00068 (panic_recover_basic.go:18)	MOVQ	AX, main.b.len+40(SP)
	0x0049 00073 (panic_recover_basic.go:18)	MOVQ	CX, main..autotmp_14+64(SP)
	0x004e 00078 (panic_recover_basic.go:18)	LEAQ	1(CX), AX
	0x0052 00082 (panic_recover_basic.go:18)	MOVQ	BX, CX
	0x0055 00085 (panic_recover_basic.go:18)	MOVQ	main.b.ptr+56(SP), BX
	0x005a 00090 (panic_recover_basic.go:18)	PCDATA	$1, $1
	0x005a 00090 (panic_recover_basic.go:18)	CALL	runtime.memmove(SB)
	0x005f 00095 (panic_recover_basic.go:9)	MOVQ	main.n+88(SP), R8
	0x0064 00100 (panic_recover_basic.go:17)	MOVQ	main..autotmp_13+48(SP), DX
	0x0069 00105 (panic_recover_basic.go:17)	MOVQ	main.b.len+40(SP), AX
	0x006e 00110 (panic_recover_basic.go:17)	MOVQ	main..autotmp_14+64(SP), CX
	0x0073 00115 (panic_recover_basic.go:17)	TESTQ	DX, DX
	0x0076 00118 (panic_recover_basic.go:17)	JLE	288
	0x007c 00124 (panic_recover_basic.go:17)	MOVQ	DX, main..autotmp_13+48(SP)
	0x0081 00129 (panic_recover_basic.go:17)	MOVQ	AX, main.b.len+40(SP)
	0x0086 00134 (panic_recover_basic.go:17)	MOVQ	CX, main.b.ptr+56(SP)
	0x008b 00139 (panic_recover_basic.go:18)	MOVL	$1, AX
	0x0090 00144 (panic_recover_basic.go:18)	LEAQ	type:[1]uint8(SB), BX
	0x0097 00151 (panic_recover_basic.go:18)	MOVL	$1, CX
	0x009c 00156 (panic_recover_basic.go:18)	PCDATA	$1, $2
	0x009c 00156 (panic_recover_basic.go:18)	NOP
	0x00a0 00160 (panic_recover_basic.go:18)	CALL	runtime.mallocgcTinySC2(SB)
	0x00a5 00165 (panic_recover_basic.go:18)	MOVQ	main.b.len+40(SP), BX
	0x00aa 00170 (panic_recover_basic.go:18)	LEAQ	1(BX), DX
	0x00ae 00174 (panic_recover_basic.go:18)	MOVQ	AX, CX
	0x00b1 00177 (panic_recover_basic.go:18)	MOVQ	$-3689348814741910323, AX
	0x00bb 00187 (panic_recover_basic.go:18)	MOVQ	main..autotmp_13+48(SP), SI
	0x00c0 00192 (panic_recover_basic.go:18)	MOVQ	DX, DI
	0x00c3 00195 (panic_recover_basic.go:18)	MULQ	SI
	0x00c6 00198 (panic_recover_basic.go:18)	SHRQ	$3, DX
	0x00ca 00202 (panic_recover_basic.go:18)	MOVQ	DX, main..autotmp_13+48(SP)
	0x00cf 00207 (panic_recover_basic.go:18)	LEAQ	(DX)(DX*1), R8
	0x00d3 00211 (panic_recover_basic.go:18)	LEAQ	(R8)(R8*4), R8
	0x00d7 00215 (panic_recover_basic.go:18)	SUBQ	R8, SI
	0x00da 00218 (panic_recover_basic.go:18)	ADDQ	$48, SI
	0x00de 00222 (panic_recover_basic.go:18)	MOVB	SIB, (CX)
	0x00e1 00225 (panic_recover_basic.go:18)	CMPQ	DI, $1
	0x00e5 00229 (panic_recover_basic.go:18)	JHI	241
	0x00e7 00231 (panic_recover_basic.go:18)	MOVL	$1, AX
	0x00ec 00236 (panic_recover_basic.go:18)	JMP	68
	0x00f1 00241 (panic_recover_basic.go:18)	MOVQ	CX, AX
	0x00f4 00244 (panic_recover_basic.go:18)	MOVL	$1, CX
	0x00f9 00249 (panic_recover_basic.go:18)	LEAQ	type:uint8(SB), SI
	0x0100 00256 (panic_recover_basic.go:17)	MOVQ	BX, DX
	0x0103 00259 (panic_recover_basic.go:18)	MOVQ	DI, BX
	0x0106 00262 (panic_recover_basic.go:18)	MOVQ	DX, DI
	0x0109 00265 (panic_recover_basic.go:18)	CALL	runtime.growslice(SB)
	0x010e 00270 (panic_recover_basic.go:18)	MOVQ	AX, CX
	0x0111 00273 (panic_recover_basic.go:18)	MOVQ	BX, AX
	0x0114 00276 (panic_recover_basic.go:18)	MOVQ	main.b.len+40(SP), BX
	0x0119 00281 (panic_recover_basic.go:18)	JMP	68
	0x011e 00286 (panic_recover_basic.go:18)	NOP
	0x0120 00288 (panic_recover_basic.go:9)	TESTQ	R8, R8
	0x0123 00291 (panic_recover_basic.go:21)	JGE	324
	0x0125 00293 (panic_recover_basic.go:22)	LEAQ	go:string."-"(SB), BX
	0x012c 00300 (panic_recover_basic.go:22)	MOVQ	CX, DI
	0x012f 00303 (panic_recover_basic.go:22)	MOVQ	AX, SI
	0x0132 00306 (panic_recover_basic.go:22)	XORL	AX, AX
	0x0134 00308 (panic_recover_basic.go:22)	MOVL	$1, CX
	0x0139 00313 (panic_recover_basic.go:22)	PCDATA	$1, $0
	0x0139 00313 (panic_recover_basic.go:22)	CALL	runtime.concatstring2(SB)
	0x013e 00318 (panic_recover_basic.go:22)	ADDQ	$72, SP
	0x0142 00322 (panic_recover_basic.go:22)	POPQ	BP
	0x0143 00323 (panic_recover_basic.go:22)	RET
	0x0144 00324 (panic_recover_basic.go:24)	MOVQ	CX, BX
	0x0147 00327 (panic_recover_basic.go:24)	MOVQ	AX, CX
	0x014a 00330 (panic_recover_basic.go:24)	XORL	AX, AX
	0x014c 00332 (panic_recover_basic.go:24)	CALL	runtime.slicebytetostring(SB)
	0x0151 00337 (panic_recover_basic.go:24)	ADDQ	$72, SP
	0x0155 00341 (panic_recover_basic.go:24)	POPQ	BP
	0x0156 00342 (panic_recover_basic.go:24)	RET
	0x0157 00343 (panic_recover_basic.go:24)	NOP
	0x0157 00343 (panic_recover_basic.go:8)	PCDATA	$1, $-1
	0x0157 00343 (panic_recover_basic.go:8)	PCDATA	$0, $-2
	0x0157 00343 (panic_recover_basic.go:8)	MOVQ	AX, 8(SP)
	0x015c 00348 (panic_recover_basic.go:8)	NOP
	0x0160 00352 (panic_recover_basic.go:8)	CALL	runtime.morestack_noctxt(SB)
	0x0165 00357 (panic_recover_basic.go:8)	PCDATA	$0, $-1
	0x0165 00357 (panic_recover_basic.go:8)	MOVQ	8(SP), AX
	0x016a 00362 (panic_recover_basic.go:8)	JMP	0
	0x0000 49 3b 66 10 0f 86 4d 01 00 00 55 48 89 e5 48 83  I;f...M...UH..H.
	0x0010 ec 48 48 85 c0 74 1b 48 89 44 24 58 48 89 c2 48  .HH..t.H.D$XH..H
	0x0020 f7 d8 48 85 d2 49 89 d0 48 0f 4c d0 31 c0 31 c9  ..H..I..H.L.1.1.
	0x0030 eb 41 48 8d 05 00 00 00 00 bb 01 00 00 00 48 83  .AH...........H.
	0x0040 c4 48 5d c3 48 89 44 24 28 48 89 4c 24 40 48 8d  .H].H.D$(H.L$@H.
	0x0050 41 01 48 89 d9 48 8b 5c 24 38 e8 00 00 00 00 4c  A.H..H.\$8.....L
	0x0060 8b 44 24 58 48 8b 54 24 30 48 8b 44 24 28 48 8b  .D$XH.T$0H.D$(H.
	0x0070 4c 24 40 48 85 d2 0f 8e a4 00 00 00 48 89 54 24  L$@H........H.T$
	0x0080 30 48 89 44 24 28 48 89 4c 24 38 b8 01 00 00 00  0H.D$(H.L$8.....
	0x0090 48 8d 1d 00 00 00 00 b9 01 00 00 00 0f 1f 40 00  H.............@.
	0x00a0 e8 00 00 00 00 48 8b 5c 24 28 48 8d 53 01 48 89  .....H.\$(H.S.H.
	0x00b0 c1 48 b8 cd cc cc cc cc cc cc cc 48 8b 74 24 30  .H.........H.t$0
	0x00c0 48 89 d7 48 f7 e6 48 c1 ea 03 48 89 54 24 30 4c  H..H..H...H.T$0L
	0x00d0 8d 04 12 4f 8d 04 80 4c 29 c6 48 83 c6 30 40 88  ...O...L).H..0@.
	0x00e0 31 48 83 ff 01 77 0a b8 01 00 00 00 e9 53 ff ff  1H...w.......S..
	0x00f0 ff 48 89 c8 b9 01 00 00 00 48 8d 35 00 00 00 00  .H.......H.5....
	0x0100 48 89 da 48 89 fb 48 89 d7 e8 00 00 00 00 48 89  H..H..H.......H.
	0x0110 c1 48 89 d8 48 8b 5c 24 28 e9 26 ff ff ff 66 90  .H..H.\$(.&...f.
	0x0120 4d 85 c0 7d 1f 48 8d 1d 00 00 00 00 48 89 cf 48  M..}.H......H..H
	0x0130 89 c6 31 c0 b9 01 00 00 00 e8 00 00 00 00 48 83  ..1...........H.
	0x0140 c4 48 5d c3 48 89 cb 48 89 c1 31 c0 e8 00 00 00  .H].H..H..1.....
	0x0150 00 48 83 c4 48 5d c3 48 89 44 24 08 0f 1f 40 00  .H..H].H.D$...@.
	0x0160 e8 00 00 00 00 48 8b 44 24 08 e9 91 fe ff ff     .....H.D$......
	rel 53+4 t=R_PCREL go:string."0"+0
	rel 91+4 t=R_CALL runtime.memmove+0
	rel 147+4 t=R_PCREL type:[1]uint8+0
	rel 161+4 t=R_CALL runtime.mallocgcTinySC2+0
	rel 252+4 t=R_PCREL type:uint8+0
	rel 266+4 t=R_CALL runtime.growslice+0
	rel 296+4 t=R_PCREL go:string."-"+0
	rel 314+4 t=R_CALL runtime.concatstring2+0
	rel 333+4 t=R_CALL runtime.slicebytetostring+0
	rel 353+4 t=R_CALL runtime.morestack_noctxt+0
main.protect STEXT size=197 align=0x0 args=0x10 locals=0x48 funcid=0x0
	0x0000 00000 (panic_recover_basic.go:27)	TEXT	main.protect(SB), ABIInternal, $72-16
	0x0000 00000 (panic_recover_basic.go:27)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_recover_basic.go:27)	PCDATA	$0, $-2
	0x0004 00004 (panic_recover_basic.go:27)	JLS	167
	0x000a 00010 (panic_recover_basic.go:27)	PCDATA	$0, $-1
	0x000a 00010 (panic_recover_basic.go:27)	PUSHQ	BP
	0x000b 00011 (panic_recover_basic.go:27)	MOVQ	SP, BP
	0x000e 00014 (panic_recover_basic.go:27)	SUBQ	$64, SP
	0x0012 00018 (panic_recover_basic.go:27)	MOVQ	AX, main.v+80(FP)
	0x0017 00023 (panic_recover_basic.go:27)	MOVQ	BX, main.v+88(FP)
	0x001c 00028 (panic_recover_basic.go:27)	MOVQ	X15, 56(SP)
	0x0023 00035 (panic_recover_basic.go:27)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0023 00035 (panic_recover_basic.go:27)	FUNCDATA	$1, gclocals·TggWaExUwDZc5d5PnqhOxw==(SB)
	0x0023 00035 (panic_recover_basic.go:27)	FUNCDATA	$2, main.protect.stkobj(SB)
	0x0023 00035 (panic_recover_basic.go:27)	FUNCDATA	$5, main.protect.arginfo1(SB)
	0x0023 00035 (panic_recover_basic.go:27)	FUNCDATA	$6, main.protect.argliveinfo(SB)
	0x0023 00035 (panic_recover_basic.go:27)	FUNCDATA	$4, main.protect.opendefer(SB)
	0x0023 00035 (panic_recover_basic.go:27)	PCDATA	$3, $1
	0x0023 00035 (panic_recover_basic.go:27)	MOVB	$0, main..autotmp_4+23(SP)
	0x0028 00040 (panic_recover_basic.go:27)	MOVUPS	X15, main.result+24(SP)
	0x002e 00046 (panic_recover_basic.go:28)	LEAQ	main.protect.func1(SB), CX
	0x0035 00053 (panic_recover_basic.go:28)	MOVQ	CX, main..autotmp_3+40(SP)
	0x003a 00058 (panic_recover_basic.go:28)	LEAQ	main.result+24(SP), CX
	0x003f 00063 (panic_recover_basic.go:28)	MOVQ	CX, main..autotmp_3+48(SP)
	0x0044 00068 (panic_recover_basic.go:28)	LEAQ	main..autotmp_3+40(SP), CX
	0x0049 00073 (panic_recover_basic.go:28)	MOVQ	CX, main..autotmp_5+56(SP)
	0x004e 00078 (panic_recover_basic.go:28)	MOVB	$1, main..autotmp_4+23(SP)
	0x0053 00083 (panic_recover_basic.go:43)	TESTQ	AX, AX
	0x0056 00086 (panic_recover_basic.go:43)	JNE	140
	0x0058 00088 (panic_recover_basic.go:46)	LEAQ	go:string."normal"(SB), AX
	0x005f 00095 (panic_recover_basic.go:46)	MOVQ	AX, main.result+24(SP)
	0x0064 00100 (panic_recover_basic.go:46)	MOVQ	$6, main.result+32(SP)
	0x006d 00109 (panic_recover_basic.go:46)	MOVB	$0, main..autotmp_4+23(SP)
	0x0072 00114 (panic_recover_basic.go:46)	MOVQ	main..autotmp_5+56(SP), DX
	0x0077 00119 (panic_recover_basic.go:46)	MOVQ	(DX), AX
	0x007a 00122 (panic_recover_basic.go:46)	PCDATA	$1, $1
	0x007a 00122 (panic_recover_basic.go:46)	CALL	AX
	0x007c 00124 (panic_recover_basic.go:46)	MOVQ	main.result+24(SP), AX
	0x0081 00129 (panic_recover_basic.go:46)	MOVQ	main.result+32(SP), BX
	0x0086 00134 (panic_recover_basic.go:46)	ADDQ	$64, SP
	0x008a 00138 (panic_recover_basic.go:46)	POPQ	BP
	0x008b 00139 (panic_recover_basic.go:46)	RET
	0x008c 00140 (panic_recover_basic.go:44)	CALL	runtime.gopanic(SB)
	0x0091 00145 (panic_recover_basic.go:44)	XCHGL	AX, AX
	0x0092 00146 (panic_recover_basic.go:44)	CALL	runtime.deferreturn(SB)
	0x0097 00151 (panic_recover_basic.go:44)	MOVQ	main.result+24(SP), AX
	0x009c 00156 (panic_recover_basic.go:44)	MOVQ	main.result+32(SP), BX
	0x00a1 00161 (panic_recover_basic.go:44)	ADDQ	$64, SP
	0x00a5 00165 (panic_recover_basic.go:44)	POPQ	BP
	0x00a6 00166 (panic_recover_basic.go:44)	RET
	0x00a7 00167 (panic_recover_basic.go:44)	NOP
	0x00a7 00167 (panic_recover_basic.go:27)	PCDATA	$1, $-1
	0x00a7 00167 (panic_recover_basic.go:27)	PCDATA	$0, $-2
	0x00a7 00167 (panic_recover_basic.go:27)	MOVQ	AX, 8(SP)
	0x00ac 00172 (panic_recover_basic.go:27)	MOVQ	BX, 16(SP)
	0x00b1 00177 (panic_recover_basic.go:27)	CALL	runtime.morestack_noctxt(SB)
	0x00b6 00182 (panic_recover_basic.go:27)	PCDATA	$0, $-1
	0x00b6 00182 (panic_recover_basic.go:27)	MOVQ	8(SP), AX
	0x00bb 00187 (panic_recover_basic.go:27)	MOVQ	16(SP), BX
	0x00c0 00192 (panic_recover_basic.go:27)	JMP	0
	0x0000 49 3b 66 10 0f 86 9d 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 89 44 24 50 48 89 5c 24 58 66 44 0f d6  .@H.D$PH.\$XfD..
	0x0020 7c 24 38 c6 44 24 17 00 44 0f 11 7c 24 18 48 8d  |$8.D$..D..|$.H.
	0x0030 0d 00 00 00 00 48 89 4c 24 28 48 8d 4c 24 18 48  .....H.L$(H.L$.H
	0x0040 89 4c 24 30 48 8d 4c 24 28 48 89 4c 24 38 c6 44  .L$0H.L$(H.L$8.D
	0x0050 24 17 01 48 85 c0 75 34 48 8d 05 00 00 00 00 48  $..H..u4H......H
	0x0060 89 44 24 18 48 c7 44 24 20 06 00 00 00 c6 44 24  .D$.H.D$ .....D$
	0x0070 17 00 48 8b 54 24 38 48 8b 02 ff d0 48 8b 44 24  ..H.T$8H....H.D$
	0x0080 18 48 8b 5c 24 20 48 83 c4 40 5d c3 e8 00 00 00  .H.\$ H..@].....
	0x0090 00 90 e8 00 00 00 00 48 8b 44 24 18 48 8b 5c 24  .......H.D$.H.\$
	0x00a0 20 48 83 c4 40 5d c3 48 89 44 24 08 48 89 5c 24   H..@].H.D$.H.\$
	0x00b0 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x00c0 e9 3b ff ff ff                                   .;...
	rel 49+4 t=R_PCREL main.protect.func1+0
	rel 91+4 t=R_PCREL go:string."normal"+0
	rel 122+0 t=R_CALLIND +0
	rel 141+4 t=R_CALL runtime.gopanic+0
	rel 147+4 t=R_CALL runtime.deferreturn+0
	rel 178+4 t=R_CALL runtime.morestack_noctxt+0
main.protect.func1 STEXT size=890 align=0x0 args=0x0 locals=0xa8 funcid=0x0
	0x0000 00000 (panic_recover_basic.go:28)	TEXT	main.protect.func1(SB), NEEDCTXT|ABIInternal, $168-0
	0x0000 00000 (panic_recover_basic.go:28)	LEAQ	-40(SP), R12
	0x0005 00005 (panic_recover_basic.go:28)	CMPQ	R12, 16(R14)
	0x0009 00009 (panic_recover_basic.go:28)	PCDATA	$0, $-2
	0x0009 00009 (panic_recover_basic.go:28)	JLS	880
	0x000f 00015 (panic_recover_basic.go:28)	PCDATA	$0, $-1
	0x000f 00015 (panic_recover_basic.go:28)	PUSHQ	BP
	0x0010 00016 (panic_recover_basic.go:28)	MOVQ	SP, BP
	0x0013 00019 (panic_recover_basic.go:28)	SUBQ	$160, SP
	0x001a 00026 (panic_recover_basic.go:28)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x001a 00026 (panic_recover_basic.go:28)	FUNCDATA	$1, gclocals·m3P/JINC2nYdD7ENS4oeKQ==(SB)
	0x001a 00026 (panic_recover_basic.go:28)	MOVQ	8(DX), AX
	0x001e 00030 (panic_recover_basic.go:28)	MOVQ	AX, main.&result+152(SP)
	0x0026 00038 (panic_recover_basic.go:29)	PCDATA	$1, $1
	0x0026 00038 (panic_recover_basic.go:29)	CALL	runtime.gorecover(SB)
	0x002b 00043 (panic_recover_basic.go:30)	TESTQ	AX, AX
	0x002e 00046 (panic_recover_basic.go:30)	JEQ	233
	0x0034 00052 (panic_recover_basic.go:30)	MOVL	16(AX), DX
	0x0037 00055 (panic_recover_basic.go:30)	CMPL	DX, $881633426
	0x003d 00061 (panic_recover_basic.go:30)	JNE	134
	0x003f 00063 (panic_recover_basic.go:33)	LEAQ	type:int(SB), R8
	0x0046 00070 (panic_recover_basic.go:33)	CMPQ	AX, R8
	0x0049 00073 (panic_recover_basic.go:33)	JNE	221
	0x004f 00079 (panic_recover_basic.go:33)	MOVQ	(BX), DX
	0x0052 00082 (<unknown line number>)	NOP
	0x0052 00082 (panic_recover_basic.go:9)	TESTQ	DX, DX
	0x0055 00085 (panic_recover_basic.go:9)	JEQ	117
	0x0057 00087 (panic_recover_basic.go:33)	MOVQ	DX, main.n+104(SP)
	0x005c 00092 (panic_recover_basic.go:14)	MOVQ	DX, R8
	0x005f 00095 (panic_recover_basic.go:14)	NEGQ	DX
	0x0062 00098 (panic_recover_basic.go:9)	TESTQ	R8, R8
	0x0065 00101 (panic_recover_basic.go:16)	MOVQ	R8, R9
	0x0068 00104 (panic_recover_basic.go:16)	CMOVQLT	DX, R8
	0x006c 00108 (panic_recover_basic.go:16)	XORL	AX, AX
	0x006e 00110 (panic_recover_basic.go:16)	XORL	CX, CX
	0x0070 00112 (panic_recover_basic.go:13)	JMP	625
	0x0075 00117 (panic_recover_basic.go:13)	MOVL	$1, AX
	0x007a 00122 (panic_recover_basic.go:13)	LEAQ	go:string."0"(SB), CX
	0x0081 00129 (panic_recover_basic.go:34)	JMP	500
	0x0086 00134 (panic_recover_basic.go:30)	CMPL	DX, $-125357384
	0x008c 00140 (panic_recover_basic.go:30)	JNE	221
	0x008e 00142 (panic_recover_basic.go:31)	LEAQ	type:string(SB), R8
	0x0095 00149 (panic_recover_basic.go:31)	CMPQ	AX, R8
	0x0098 00152 (panic_recover_basic.go:31)	JNE	221
	0x009a 00154 (panic_recover_basic.go:31)	MOVQ	(BX), DI
	0x009d 00157 (panic_recover_basic.go:31)	MOVQ	8(BX), SI
	0x00a1 00161 (panic_recover_basic.go:32)	XORL	AX, AX
	0x00a3 00163 (panic_recover_basic.go:32)	LEAQ	go:string."string: "(SB), BX
	0x00aa 00170 (panic_recover_basic.go:32)	MOVL	$8, CX
	0x00af 00175 (panic_recover_basic.go:32)	CALL	runtime.concatstring2(SB)
	0x00b4 00180 (panic_recover_basic.go:32)	MOVQ	main.&result+152(SP), DX
	0x00bc 00188 (panic_recover_basic.go:32)	MOVQ	BX, 8(DX)
	0x00c0 00192 (panic_recover_basic.go:32)	CMPL	runtime.writeBarrier(SB), $0
	0x00c7 00199 (panic_recover_basic.go:32)	PCDATA	$0, $-2
	0x00c7 00199 (panic_recover_basic.go:32)	JEQ	216
	0x00c9 00201 (panic_recover_basic.go:32)	MOVQ	(DX), CX
	0x00cc 00204 (panic_recover_basic.go:32)	CALL	runtime.gcWriteBarrier2(SB)
	0x00d1 00209 (panic_recover_basic.go:32)	MOVQ	AX, (R11)
	0x00d4 00212 (panic_recover_basic.go:32)	MOVQ	CX, 8(R11)
	0x00d8 00216 (panic_recover_basic.go:32)	MOVQ	AX, (DX)
	0x00db 00219 (panic_recover_basic.go:30)	PCDATA	$0, $-1
	0x00db 00219 (panic_recover_basic.go:30)	JMP	279
	0x00dd 00221 (panic_recover_basic.go:30)	MOVQ	main..interfaceSwitch.0(SB), CX
	0x00e4 00228 (panic_recover_basic.go:30)	MOVQ	(CX), SI
	0x00e7 00231 (panic_recover_basic.go:30)	JMP	289
	0x00e9 00233 (panic_recover_basic.go:38)	MOVQ	main.&result+152(SP), AX
	0x00f1 00241 (panic_recover_basic.go:38)	MOVQ	$7, 8(AX)
	0x00f9 00249 (panic_recover_basic.go:38)	CMPL	runtime.writeBarrier(SB), $0
	0x0100 00256 (panic_recover_basic.go:38)	PCDATA	$0, $-2
	0x0100 00256 (panic_recover_basic.go:38)	JEQ	269
	0x0102 00258 (panic_recover_basic.go:38)	MOVQ	(AX), CX
	0x0105 00261 (panic_recover_basic.go:38)	CALL	runtime.gcWriteBarrier1(SB)
	0x010a 00266 (panic_recover_basic.go:38)	MOVQ	CX, (R11)
	0x010d 00269 (panic_recover_basic.go:38)	LEAQ	go:string."nothing"(SB), CX
	0x0114 00276 (panic_recover_basic.go:38)	MOVQ	CX, (AX)
	0x0117 00279 (panic_recover_basic.go:42)	PCDATA	$0, $-1
	0x0117 00279 (panic_recover_basic.go:42)	ADDQ	$160, SP
	0x011e 00286 (panic_recover_basic.go:42)	POPQ	BP
	0x011f 00287 (panic_recover_basic.go:42)	NOP
	0x0120 00288 (panic_recover_basic.go:42)	RET
	0x0121 00289 (panic_recover_basic.go:30)	MOVQ	DX, DI
	0x0124 00292 (panic_recover_basic.go:30)	ANDQ	SI, DX
	0x0127 00295 (panic_recover_basic.go:30)	LEAQ	(DX)(DX*2), DX
	0x012b 00299 (panic_recover_basic.go:30)	MOVQ	8(CX)(DX*8), R8
	0x0130 00304 (panic_recover_basic.go:30)	CMPQ	AX, R8
	0x0133 00307 (panic_recover_basic.go:30)	JEQ	354
	0x0135 00309 (panic_recover_basic.go:30)	LEAQ	1(DI), DX
	0x0139 00313 (panic_recover_basic.go:30)	TESTQ	R8, R8
	0x013c 00316 (panic_recover_basic.go:30)	JNE	289
	0x013e 00318 (panic_recover_basic.go:29)	MOVQ	BX, main.r.data+128(SP)
	0x0146 00326 (panic_recover_basic.go:30)	MOVQ	AX, BX
	0x0149 00329 (panic_recover_basic.go:30)	LEAQ	main..interfaceSwitch.0(SB), AX
	0x0150 00336 (panic_recover_basic.go:30)	PCDATA	$1, $2
	0x0150 00336 (panic_recover_basic.go:30)	CALL	runtime.interfaceSwitch(SB)
	0x0155 00341 (panic_recover_basic.go:30)	MOVQ	BX, CX
	0x0158 00344 (panic_recover_basic.go:36)	MOVQ	main.r.data+128(SP), BX
	0x0160 00352 (panic_recover_basic.go:30)	JMP	364
	0x0162 00354 (panic_recover_basic.go:30)	MOVQ	16(CX)(DX*8), AX
	0x0167 00359 (panic_recover_basic.go:30)	MOVQ	24(CX)(DX*8), CX
	0x016c 00364 (panic_recover_basic.go:30)	TESTQ	AX, AX
	0x016f 00367 (panic_recover_basic.go:30)	JEQ	421
	0x0171 00369 (panic_recover_basic.go:40)	MOVQ	main.&result+152(SP), AX
	0x0179 00377 (panic_recover_basic.go:40)	MOVQ	$5, 8(AX)
	0x0181 00385 (panic_recover_basic.go:40)	CMPL	runtime.writeBarrier(SB), $0
	0x0188 00392 (panic_recover_basic.go:40)	PCDATA	$0, $-2
	0x0188 00392 (panic_recover_basic.go:40)	JEQ	405
	0x018a 00394 (panic_recover_basic.go:40)	MOVQ	(AX), CX
	0x018d 00397 (panic_recover_basic.go:40)	CALL	runtime.gcWriteBarrier1(SB)
	0x0192 00402 (panic_recover_basic.go:40)	MOVQ	CX, (R11)
	0x0195 00405 (panic_recover_basic.go:40)	LEAQ	go:string."other"(SB), CX
	0x019c 00412 (panic_recover_basic.go:40)	MOVQ	CX, (AX)
	0x019f 00415 (panic_recover_basic.go:30)	PCDATA	$0, $-1
	0x019f 00415 (panic_recover_basic.go:30)	NOP
	0x01a0 00416 (panic_recover_basic.go:30)	JMP	279
	0x01a5 00421 (panic_recover_basic.go:36)	MOVQ	24(CX), CX
	0x01a9 00425 (panic_recover_basic.go:36)	MOVQ	BX, AX
	0x01ac 00428 (panic_recover_basic.go:36)	PCDATA	$1, $1
	0x01ac 00428 (panic_recover_basic.go:36)	CALL	CX
	0x01ae 00430 (panic_recover_basic.go:36)	MOVL	$7, CX
	0x01b3 00435 (panic_recover_basic.go:36)	MOVQ	AX, DI
	0x01b6 00438 (panic_recover_basic.go:36)	MOVQ	BX, SI
	0x01b9 00441 (panic_recover_basic.go:36)	XORL	AX, AX
	0x01bb 00443 (panic_recover_basic.go:36)	LEAQ	go:string."error: "(SB), BX
	0x01c2 00450 (panic_recover_basic.go:36)	CALL	runtime.concatstring2(SB)
	0x01c7 00455 (panic_recover_basic.go:36)	MOVQ	main.&result+152(SP), CX
	0x01cf 00463 (panic_recover_basic.go:36)	MOVQ	BX, 8(CX)
	0x01d3 00467 (panic_recover_basic.go:36)	CMPL	runtime.writeBarrier(SB), $0
	0x01da 00474 (panic_recover_basic.go:36)	PCDATA	$0, $-2
	0x01da 00474 (panic_recover_basic.go:36)	JEQ	492
	0x01dc 00476 (panic_recover_basic.go:36)	MOVQ	(CX), DX
	0x01df 00479 (panic_recover_basic.go:36)	NOP
	0x01e0 00480 (panic_recover_basic.go:36)	CALL	runtime.gcWriteBarrier2(SB)
	0x01e5 00485 (panic_recover_basic.go:36)	MOVQ	AX, (R11)
	0x01e8 00488 (panic_recover_basic.go:36)	MOVQ	DX, 8(R11)
	0x01ec 00492 (panic_recover_basic.go:36)	MOVQ	AX, (CX)
	0x01ef 00495 (panic_recover_basic.go:30)	PCDATA	$0, $-1
	0x01ef 00495 (panic_recover_basic.go:30)	JMP	279
	0x01f4 00500 (panic_recover_basic.go:34)	LEAQ	go:string."int: "(SB), BX
	0x01fb 00507 (panic_recover_basic.go:34)	MOVQ	CX, DI
	0x01fe 00510 (panic_recover_basic.go:34)	MOVQ	AX, SI
	0x0201 00513 (panic_recover_basic.go:34)	XORL	AX, AX
	0x0203 00515 (panic_recover_basic.go:34)	MOVL	$5, CX
	0x0208 00520 (panic_recover_basic.go:34)	CALL	runtime.concatstring2(SB)
	0x020d 00525 (panic_recover_basic.go:34)	MOVQ	main.&result+152(SP), DX
	0x0215 00533 (panic_recover_basic.go:34)	MOVQ	BX, 8(DX)
	0x0219 00537 (panic_recover_basic.go:34)	CMPL	runtime.writeBarrier(SB), $0
	0x0220 00544 (panic_recover_basic.go:34)	PCDATA	$0, $-2
	0x0220 00544 (panic_recover_basic.go:34)	JEQ	561
	0x0222 00546 (panic_recover_basic.go:34)	MOVQ	(DX), CX
	0x0225 00549 (panic_recover_basic.go:34)	CALL	runtime.gcWriteBarrier2(SB)
	0x022a 00554 (panic_recover_basic.go:34)	MOVQ	AX, (R11)
	0x022d 00557 (panic_recover_basic.go:34)	MOVQ	CX, 8(R11)
	0x0231 00561 (panic_recover_basic.go:34)	MOVQ	AX, (DX)
	0x0234 00564 (panic_recover_basic.go:30)	PCDATA	$0, $-1
	0x0234 00564 (panic_recover_basic.go:30)	JMP	279
	0x0239 00569 (panic_recover_basic.go:18)	MOVQ	CX, main..autotmp_42+144(SP)
	0x0241 00577 (panic_recover_basic.go:18)	MOVQ	AX, main.b.len+112(SP)
	0x0246 00582 (panic_recover_basic.go:18)	LEAQ	1(CX), AX
	0x024a 00586 (panic_recover_basic.go:18)	MOVQ	BX, CX
	0x024d 00589 (panic_recover_basic.go:18)	MOVQ	main.b.ptr+136(SP), BX
	0x0255 00597 (panic_recover_basic.go:18)	PCDATA	$1, $3
	0x0255 00597 (panic_recover_basic.go:18)	CALL	runtime.memmove(SB)
	0x025a 00602 (panic_recover_basic.go:9)	MOVQ	main.n+104(SP), R9
	0x025f 00607 (panic_recover_basic.go:17)	MOVQ	main..autotmp_41+120(SP), R8
	0x0264 00612 (panic_recover_basic.go:17)	MOVQ	main.b.len+112(SP), AX
	0x0269 00617 (panic_recover_basic.go:17)	MOVQ	main..autotmp_42+144(SP), CX
	0x0271 00625 (panic_recover_basic.go:17)	TESTQ	R8, R8
	0x0274 00628 (panic_recover_basic.go:17)	JLE	800
	0x027a 00634 (panic_recover_basic.go:17)	MOVQ	R8, main..autotmp_41+120(SP)
	0x027f 00639 (panic_recover_basic.go:17)	MOVQ	CX, main.b.ptr+136(SP)
	0x0287 00647 (panic_recover_basic.go:17)	MOVQ	AX, main.b.len+112(SP)
	0x028c 00652 (panic_recover_basic.go:18)	MOVL	$1, AX
	0x0291 00657 (panic_recover_basic.go:18)	LEAQ	type:[1]uint8(SB), BX
	0x0298 00664 (panic_recover_basic.go:18)	MOVL	$1, CX
	0x029d 00669 (panic_recover_basic.go:18)	PCDATA	$1, $4
	0x029d 00669 (panic_recover_basic.go:18)	NOP
	0x02a0 00672 (panic_recover_basic.go:18)	CALL	runtime.mallocgcTinySC2(SB)
	0x02a5 00677 (panic_recover_basic.go:18)	MOVQ	main.b.len+112(SP), BX
	0x02aa 00682 (panic_recover_basic.go:18)	LEAQ	1(BX), DX
	0x02ae 00686 (panic_recover_basic.go:18)	MOVQ	AX, CX
	0x02b1 00689 (panic_recover_basic.go:18)	MOVQ	$-3689348814741910323, AX
	0x02bb 00699 (panic_recover_basic.go:18)	MOVQ	main..autotmp_41+120(SP), SI
	0x02c0 00704 (panic_recover_basic.go:18)	MOVQ	DX, DI
	0x02c3 00707 (panic_recover_basic.go:18)	MULQ	SI
	0x02c6 00710 (panic_recover_basic.go:18)	SHRQ	$3, DX
	0x02ca 00714 (panic_recover_basic.go:18)	MOVQ	DX, main..autotmp_41+120(SP)
	0x02cf 00719 (panic_recover_basic.go:18)	LEAQ	(DX)(DX*1), R8
	0x02d3 00723 (panic_recover_basic.go:18)	LEAQ	(R8)(R8*4), R8
	0x02d7 00727 (panic_recover_basic.go:18)	SUBQ	R8, SI
	0x02da 00730 (panic_recover_basic.go:18)	ADDQ	$48, SI
	0x02de 00734 (panic_recover_basic.go:18)	MOVB	SIB, (CX)
	0x02e1 00737 (panic_recover_basic.go:18)	CMPQ	DI, $1
	0x02e5 00741 (panic_recover_basic.go:18)	JHI	753
	0x02e7 00743 (panic_recover_basic.go:18)	MOVL	$1, AX
	0x02ec 00748 (panic_recover_basic.go:18)	JMP	569
	0x02f1 00753 (panic_recover_basic.go:18)	MOVQ	CX, AX
	0x02f4 00756 (panic_recover_basic.go:18)	MOVL	$1, CX
	0x02f9 00761 (panic_recover_basic.go:18)	LEAQ	type:uint8(SB), SI
	0x0300 00768 (panic_recover_basic.go:17)	MOVQ	BX, DX
	0x0303 00771 (panic_recover_basic.go:18)	MOVQ	DI, BX
	0x0306 00774 (panic_recover_basic.go:18)	MOVQ	DX, DI
	0x0309 00777 (panic_recover_basic.go:18)	CALL	runtime.growslice(SB)
	0x030e 00782 (panic_recover_basic.go:18)	MOVQ	AX, CX
	0x0311 00785 (panic_recover_basic.go:18)	MOVQ	BX, AX
	0x0314 00788 (panic_recover_basic.go:18)	MOVQ	main.b.len+112(SP), BX
	0x0319 00793 (panic_recover_basic.go:18)	JMP	569
	0x031e 00798 (panic_recover_basic.go:18)	NOP
	0x0320 00800 (panic_recover_basic.go:9)	TESTQ	R9, R9
	0x0323 00803 (panic_recover_basic.go:21)	JGE	848
	0x0325 00805 (panic_recover_basic.go:22)	LEAQ	go:string."-"(SB), BX
	0x032c 00812 (panic_recover_basic.go:22)	MOVQ	CX, DI
	0x032f 00815 (panic_recover_basic.go:22)	MOVQ	AX, SI
	0x0332 00818 (panic_recover_basic.go:22)	LEAQ	main..autotmp_23+72(SP), AX
	0x0337 00823 (panic_recover_basic.go:22)	MOVL	$1, CX
	0x033c 00828 (panic_recover_basic.go:22)	PCDATA	$1, $1
	0x033c 00828 (panic_recover_basic.go:22)	NOP
	0x0340 00832 (panic_recover_basic.go:22)	CALL	runtime.concatstring2(SB)
	0x0345 00837 (panic_recover_basic.go:34)	MOVQ	AX, CX
	0x0348 00840 (panic_recover_basic.go:34)	MOVQ	BX, AX
	0x034b 00843 (panic_recover_basic.go:34)	JMP	500
	0x0350 00848 (panic_recover_basic.go:24)	MOVQ	CX, BX
	0x0353 00851 (panic_recover_basic.go:24)	MOVQ	AX, CX
	0x0356 00854 (panic_recover_basic.go:24)	LEAQ	main..autotmp_24+40(SP), AX
	0x035b 00859 (panic_recover_basic.go:24)	NOP
	0x0360 00864 (panic_recover_basic.go:24)	CALL	runtime.slicebytetostring(SB)
	0x0365 00869 (panic_recover_basic.go:34)	MOVQ	AX, CX
	0x0368 00872 (panic_recover_basic.go:34)	MOVQ	BX, AX
	0x036b 00875 (panic_recover_basic.go:34)	JMP	500
	0x0370 00880 (panic_recover_basic.go:34)	NOP
	0x0370 00880 (panic_recover_basic.go:28)	PCDATA	$1, $-1
	0x0370 00880 (panic_recover_basic.go:28)	PCDATA	$0, $-2
	0x0370 00880 (panic_recover_basic.go:28)	CALL	runtime.morestack(SB)
	0x0375 00885 (panic_recover_basic.go:28)	PCDATA	$0, $-1
	0x0375 00885 (panic_recover_basic.go:28)	JMP	0
	0x0000 4c 8d 64 24 d8 4d 3b 66 10 0f 86 61 03 00 00 55  L.d$.M;f...a...U
	0x0010 48 89 e5 48 81 ec a0 00 00 00 48 8b 42 08 48 89  H..H......H.B.H.
	0x0020 84 24 98 00 00 00 e8 00 00 00 00 48 85 c0 0f 84  .$.........H....
	0x0030 b5 00 00 00 8b 50 10 81 fa 92 a8 8c 34 75 47 4c  .....P......4uGL
	0x0040 8d 05 00 00 00 00 4c 39 c0 0f 85 8e 00 00 00 48  ......L9.......H
	0x0050 8b 13 48 85 d2 74 1e 48 89 54 24 68 49 89 d0 48  ..H..t.H.T$hI..H
	0x0060 f7 da 4d 85 c0 4d 89 c1 4c 0f 4c c2 31 c0 31 c9  ..M..M..L.L.1.1.
	0x0070 e9 fc 01 00 00 b8 01 00 00 00 48 8d 0d 00 00 00  ..........H.....
	0x0080 00 e9 6e 01 00 00 81 fa b8 32 87 f8 75 4f 4c 8d  ..n......2..uOL.
	0x0090 05 00 00 00 00 4c 39 c0 75 43 48 8b 3b 48 8b 73  .....L9.uCH.;H.s
	0x00a0 08 31 c0 48 8d 1d 00 00 00 00 b9 08 00 00 00 e8  .1.H............
	0x00b0 00 00 00 00 48 8b 94 24 98 00 00 00 48 89 5a 08  ....H..$....H.Z.
	0x00c0 83 3d 00 00 00 00 00 74 0f 48 8b 0a e8 00 00 00  .=.....t.H......
	0x00d0 00 49 89 03 49 89 4b 08 48 89 02 eb 3a 48 8b 0d  .I..I.K.H...:H..
	0x00e0 00 00 00 00 48 8b 31 eb 38 48 8b 84 24 98 00 00  ....H.1.8H..$...
	0x00f0 00 48 c7 40 08 07 00 00 00 83 3d 00 00 00 00 00  .H.@......=.....
	0x0100 74 0b 48 8b 08 e8 00 00 00 00 49 89 0b 48 8d 0d  t.H.......I..H..
	0x0110 00 00 00 00 48 89 08 48 81 c4 a0 00 00 00 5d 90  ....H..H......].
	0x0120 c3 48 89 d7 48 21 f2 48 8d 14 52 4c 8b 44 d1 08  .H..H!.H..RL.D..
	0x0130 4c 39 c0 74 2d 48 8d 57 01 4d 85 c0 75 e3 48 89  L9.t-H.W.M..u.H.
	0x0140 9c 24 80 00 00 00 48 89 c3 48 8d 05 00 00 00 00  .$....H..H......
	0x0150 e8 00 00 00 00 48 89 d9 48 8b 9c 24 80 00 00 00  .....H..H..$....
	0x0160 eb 0a 48 8b 44 d1 10 48 8b 4c d1 18 48 85 c0 74  ..H.D..H.L..H..t
	0x0170 34 48 8b 84 24 98 00 00 00 48 c7 40 08 05 00 00  4H..$....H.@....
	0x0180 00 83 3d 00 00 00 00 00 74 0b 48 8b 08 e8 00 00  ..=.....t.H.....
	0x0190 00 00 49 89 0b 48 8d 0d 00 00 00 00 48 89 08 90  ..I..H......H...
	0x01a0 e9 72 ff ff ff 48 8b 49 18 48 89 d8 ff d1 b9 07  .r...H.I.H......
	0x01b0 00 00 00 48 89 c7 48 89 de 31 c0 48 8d 1d 00 00  ...H..H..1.H....
	0x01c0 00 00 e8 00 00 00 00 48 8b 8c 24 98 00 00 00 48  .......H..$....H
	0x01d0 89 59 08 83 3d 00 00 00 00 00 74 10 48 8b 11 90  .Y..=.....t.H...
	0x01e0 e8 00 00 00 00 49 89 03 49 89 53 08 48 89 01 e9  .....I..I.S.H...
	0x01f0 23 ff ff ff 48 8d 1d 00 00 00 00 48 89 cf 48 89  #...H......H..H.
	0x0200 c6 31 c0 b9 05 00 00 00 e8 00 00 00 00 48 8b 94  .1...........H..
	0x0210 24 98 00 00 00 48 89 5a 08 83 3d 00 00 00 00 00  $....H.Z..=.....
	0x0220 74 0f 48 8b 0a e8 00 00 00 00 49 89 03 49 89 4b  t.H.......I..I.K
	0x0230 08 48 89 02 e9 de fe ff ff 48 89 8c 24 90 00 00  .H.......H..$...
	0x0240 00 48 89 44 24 70 48 8d 41 01 48 89 d9 48 8b 9c  .H.D$pH.A.H..H..
	0x0250 24 88 00 00 00 e8 00 00 00 00 4c 8b 4c 24 68 4c  $.........L.L$hL
	0x0260 8b 44 24 78 48 8b 44 24 70 48 8b 8c 24 90 00 00  .D$xH.D$pH..$...
	0x0270 00 4d 85 c0 0f 8e a6 00 00 00 4c 89 44 24 78 48  .M........L.D$xH
	0x0280 89 8c 24 88 00 00 00 48 89 44 24 70 b8 01 00 00  ..$....H.D$p....
	0x0290 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 0f 1f 00  .H..............
	0x02a0 e8 00 00 00 00 48 8b 5c 24 70 48 8d 53 01 48 89  .....H.\$pH.S.H.
	0x02b0 c1 48 b8 cd cc cc cc cc cc cc cc 48 8b 74 24 78  .H.........H.t$x
	0x02c0 48 89 d7 48 f7 e6 48 c1 ea 03 48 89 54 24 78 4c  H..H..H...H.T$xL
	0x02d0 8d 04 12 4f 8d 04 80 4c 29 c6 48 83 c6 30 40 88  ...O...L).H..0@.
	0x02e0 31 48 83 ff 01 77 0a b8 01 00 00 00 e9 48 ff ff  1H...w.......H..
	0x02f0 ff 48 89 c8 b9 01 00 00 00 48 8d 35 00 00 00 00  .H.......H.5....
	0x0300 48 89 da 48 89 fb 48 89 d7 e8 00 00 00 00 48 89  H..H..H.......H.
	0x0310 c1 48 89 d8 48 8b 5c 24 70 e9 1b ff ff ff 66 90  .H..H.\$p.....f.
	0x0320 4d 85 c9 7d 2b 48 8d 1d 00 00 00 00 48 89 cf 48  M..}+H......H..H
	0x0330 89 c6 48 8d 44 24 48 b9 01 00 00 00 0f 1f 40 00  ..H.D$H.......@.
	0x0340 e8 00 00 00 00 48 89 c1 48 89 d8 e9 a4 fe ff ff  .....H..H.......
	0x0350 48 89 cb 48 89 c1 48 8d 44 24 28 0f 1f 44 00 00  H..H..H.D$(..D..
	0x0360 e8 00 00 00 00 48 89 c1 48 89 d8 e9 84 fe ff ff  .....H..H.......
	0x0370 e8 00 00 00 00 e9 86 fc ff ff                    ..........
	rel 3+0 t=R_USEIFACEMETHOD type:error+96
	rel 39+4 t=R_CALL runtime.gorecover+0
	rel 66+4 t=R_PCREL type:int+0
	rel 125+4 t=R_PCREL go:string."0"+0
	rel 145+4 t=R_PCREL type:string+0
	rel 166+4 t=R_PCREL go:string."string: "+0
	rel 176+4 t=R_CALL runtime.concatstring2+0
	rel 194+4 t=R_PCREL runtime.writeBarrier+-1
	rel 205+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 224+4 t=R_PCREL main..interfaceSwitch.0+0
	rel 251+4 t=R_PCREL runtime.writeBarrier+-1
	rel 262+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 272+4 t=R_PCREL go:string."nothing"+0
	rel 332+4 t=R_PCREL main..interfaceSwitch.0+0
	rel 337+4 t=R_CALL runtime.interfaceSwitch+0
	rel 387+4 t=R_PCREL runtime.writeBarrier+-1
	rel 398+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 408+4 t=R_PCREL go:string."other"+0
	rel 428+0 t=R_CALLIND +0
	rel 446+4 t=R_PCREL go:string."error: "+0
	rel 451+4 t=R_CALL runtime.concatstring2+0
	rel 469+4 t=R_PCREL runtime.writeBarrier+-1
	rel 481+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 503+4 t=R_PCREL go:string."int: "+0
	rel 521+4 t=R_CALL runtime.concatstring2+0
	rel 539+4 t=R_PCREL runtime.writeBarrier+-1
	rel 550+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 598+4 t=R_CALL runtime.memmove+0
	rel 660+4 t=R_PCREL type:[1]uint8+0
	rel 673+4 t=R_CALL runtime.mallocgcTinySC2+0
	rel 764+4 t=R_PCREL type:uint8+0
	rel 778+4 t=R_CALL runtime.growslice+0
	rel 808+4 t=R_PCREL go:string."-"+0
	rel 833+4 t=R_CALL runtime.concatstring2+0
	rel 865+4 t=R_CALL runtime.slicebytetostring+0
	rel 881+4 t=R_CALL runtime.morestack+0
main.main STEXT size=399 align=0x0 args=0x0 locals=0x30 funcid=0x0
	0x0000 00000 (panic_recover_basic.go:49)	TEXT	main.main(SB), ABIInternal, $48-0
	0x0000 00000 (panic_recover_basic.go:49)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_recover_basic.go:49)	PCDATA	$0, $-2
	0x0004 00004 (panic_recover_basic.go:49)	JLS	389
	0x000a 00010 (panic_recover_basic.go:49)	PCDATA	$0, $-1
	0x000a 00010 (panic_recover_basic.go:49)	PUSHQ	BP
	0x000b 00011 (panic_recover_basic.go:49)	MOVQ	SP, BP
	0x000e 00014 (panic_recover_basic.go:49)	SUBQ	$40, SP
	0x0012 00018 (panic_recover_basic.go:49)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (panic_recover_basic.go:49)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (panic_recover_basic.go:50)	LEAQ	type:string(SB), AX
	0x0019 00025 (panic_recover_basic.go:50)	LEAQ	main..stmp_0(SB), BX
	0x0020 00032 (panic_recover_basic.go:50)	PCDATA	$1, $0
	0x0020 00032 (panic_recover_basic.go:50)	CALL	main.protect(SB)
	0x0025 00037 (panic_recover_basic.go:50)	MOVQ	AX, main..autotmp_3+32(SP)
	0x002a 00042 (panic_recover_basic.go:50)	MOVQ	BX, main..autotmp_4+24(SP)
	0x002f 00047 (panic_recover_basic.go:50)	PCDATA	$1, $1
	0x002f 00047 (panic_recover_basic.go:50)	CALL	runtime.printlock(SB)
	0x0034 00052 (panic_recover_basic.go:50)	MOVQ	main..autotmp_3+32(SP), AX
	0x0039 00057 (panic_recover_basic.go:50)	MOVQ	main..autotmp_4+24(SP), BX
	0x003e 00062 (panic_recover_basic.go:50)	PCDATA	$1, $0
	0x003e 00062 (panic_recover_basic.go:50)	NOP
	0x0040 00064 (panic_recover_basic.go:50)	CALL	runtime.printstring(SB)
	0x0045 00069 (panic_recover_basic.go:50)	CALL	runtime.printnl(SB)
	0x004a 00074 (panic_recover_basic.go:50)	CALL	runtime.printunlock(SB)
	0x004f 00079 (panic_recover_basic.go:51)	LEAQ	type:int(SB), AX
	0x0056 00086 (panic_recover_basic.go:51)	LEAQ	main..stmp_1(SB), BX
	0x005d 00093 (panic_recover_basic.go:51)	NOP
	0x0060 00096 (panic_recover_basic.go:51)	CALL	main.protect(SB)
	0x0065 00101 (panic_recover_basic.go:51)	MOVQ	AX, main..autotmp_3+32(SP)
	0x006a 00106 (panic_recover_basic.go:51)	MOVQ	BX, main..autotmp_4+24(SP)
	0x006f 00111 (panic_recover_basic.go:51)	PCDATA	$1, $1
	0x006f 00111 (panic_recover_basic.go:51)	CALL	runtime.printlock(SB)
	0x0074 00116 (panic_recover_basic.go:51)	MOVQ	main..autotmp_3+32(SP), AX
	0x0079 00121 (panic_recover_basic.go:51)	MOVQ	main..autotmp_4+24(SP), BX
	0x007e 00126 (panic_recover_basic.go:51)	PCDATA	$1, $0
	0x007e 00126 (panic_recover_basic.go:51)	NOP
	0x0080 00128 (panic_recover_basic.go:51)	CALL	runtime.printstring(SB)
	0x0085 00133 (panic_recover_basic.go:51)	CALL	runtime.printnl(SB)
	0x008a 00138 (panic_recover_basic.go:51)	CALL	runtime.printunlock(SB)
	0x008f 00143 (panic_recover_basic.go:52)	LEAQ	type:main.MyErr(SB), AX
	0x0096 00150 (panic_recover_basic.go:52)	LEAQ	main..stmp_2(SB), BX
	0x009d 00157 (panic_recover_basic.go:52)	NOP
	0x00a0 00160 (panic_recover_basic.go:52)	CALL	main.protect(SB)
	0x00a5 00165 (panic_recover_basic.go:52)	MOVQ	AX, main..autotmp_3+32(SP)
	0x00aa 00170 (panic_recover_basic.go:52)	MOVQ	BX, main..autotmp_4+24(SP)
	0x00af 00175 (panic_recover_basic.go:52)	PCDATA	$1, $1
	0x00af 00175 (panic_recover_basic.go:52)	CALL	runtime.printlock(SB)
	0x00b4 00180 (panic_recover_basic.go:52)	MOVQ	main..autotmp_3+32(SP), AX
	0x00b9 00185 (panic_recover_basic.go:52)	MOVQ	main..autotmp_4+24(SP), BX
	0x00be 00190 (panic_recover_basic.go:52)	PCDATA	$1, $0
	0x00be 00190 (panic_recover_basic.go:52)	NOP
	0x00c0 00192 (panic_recover_basic.go:52)	CALL	runtime.printstring(SB)
	0x00c5 00197 (panic_recover_basic.go:52)	CALL	runtime.printnl(SB)
	0x00ca 00202 (panic_recover_basic.go:52)	CALL	runtime.printunlock(SB)
	0x00cf 00207 (panic_recover_basic.go:53)	LEAQ	type:float64(SB), AX
	0x00d6 00214 (panic_recover_basic.go:53)	LEAQ	main..stmp_3(SB), BX
	0x00dd 00221 (panic_recover_basic.go:53)	NOP
	0x00e0 00224 (panic_recover_basic.go:53)	CALL	main.protect(SB)
	0x00e5 00229 (panic_recover_basic.go:53)	MOVQ	AX, main..autotmp_3+32(SP)
	0x00ea 00234 (panic_recover_basic.go:53)	MOVQ	BX, main..autotmp_4+24(SP)
	0x00ef 00239 (panic_recover_basic.go:53)	PCDATA	$1, $1
	0x00ef 00239 (panic_recover_basic.go:53)	CALL	runtime.printlock(SB)
	0x00f4 00244 (panic_recover_basic.go:53)	MOVQ	main..autotmp_3+32(SP), AX
	0x00f9 00249 (panic_recover_basic.go:53)	MOVQ	main..autotmp_4+24(SP), BX
	0x00fe 00254 (panic_recover_basic.go:53)	PCDATA	$1, $0
	0x00fe 00254 (panic_recover_basic.go:53)	NOP
	0x0100 00256 (panic_recover_basic.go:53)	CALL	runtime.printstring(SB)
	0x0105 00261 (panic_recover_basic.go:53)	CALL	runtime.printnl(SB)
	0x010a 00266 (panic_recover_basic.go:53)	CALL	runtime.printunlock(SB)
	0x010f 00271 (panic_recover_basic.go:54)	XORL	AX, AX
	0x0111 00273 (panic_recover_basic.go:54)	XORL	BX, BX
	0x0113 00275 (panic_recover_basic.go:54)	CALL	main.protect(SB)
	0x0118 00280 (panic_recover_basic.go:54)	MOVQ	AX, main..autotmp_3+32(SP)
	0x011d 00285 (panic_recover_basic.go:54)	MOVQ	BX, main..autotmp_4+24(SP)
	0x0122 00290 (panic_recover_basic.go:54)	PCDATA	$1, $1
	0x0122 00290 (panic_recover_basic.go:54)	CALL	runtime.printlock(SB)
	0x0127 00295 (panic_recover_basic.go:54)	MOVQ	main..autotmp_3+32(SP), AX
	0x012c 00300 (panic_recover_basic.go:54)	MOVQ	main..autotmp_4+24(SP), BX
	0x0131 00305 (panic_recover_basic.go:54)	PCDATA	$1, $0
	0x0131 00305 (panic_recover_basic.go:54)	CALL	runtime.printstring(SB)
	0x0136 00310 (panic_recover_basic.go:54)	CALL	runtime.printnl(SB)
	0x013b 00315 (panic_recover_basic.go:54)	NOP
	0x0140 00320 (panic_recover_basic.go:54)	CALL	runtime.printunlock(SB)
	0x0145 00325 (panic_recover_basic.go:55)	CALL	runtime.gorecover(SB)
	0x014a 00330 (panic_recover_basic.go:55)	MOVQ	AX, main..autotmp_5+16(SP)
	0x014f 00335 (panic_recover_basic.go:55)	CALL	runtime.printlock(SB)
	0x0154 00340 (panic_recover_basic.go:55)	LEAQ	go:string."recover outside defer: "(SB), AX
	0x015b 00347 (panic_recover_basic.go:55)	MOVL	$23, BX
	0x0160 00352 (panic_recover_basic.go:55)	CALL	runtime.printstring(SB)
	0x0165 00357 (panic_recover_basic.go:55)	MOVQ	main..autotmp_5+16(SP), CX
	0x016a 00362 (panic_recover_basic.go:55)	TESTQ	CX, CX
	0x016d 00365 (panic_recover_basic.go:55)	SETEQ	AL
	0x0170 00368 (panic_recover_basic.go:55)	CALL	runtime.printbool(SB)
	0x0175 00373 (panic_recover_basic.go:55)	CALL	runtime.printnl(SB)
	0x017a 00378 (panic_recover_basic.go:55)	CALL	runtime.printunlock(SB)
	0x017f 00383 (panic_recover_basic.go:56)	ADDQ	$40, SP
	0x0183 00387 (panic_recover_basic.go:56)	POPQ	BP
	0x0184 00388 (panic_recover_basic.go:56)	RET
	0x0185 00389 (panic_recover_basic.go:56)	NOP
	0x0185 00389 (panic_recover_basic.go:49)	PCDATA	$1, $-1
	0x0185 00389 (panic_recover_basic.go:49)	PCDATA	$0, $-2
	0x0185 00389 (panic_recover_basic.go:49)	CALL	runtime.morestack_noctxt(SB)
	0x018a 00394 (panic_recover_basic.go:49)	PCDATA	$0, $-1
	0x018a 00394 (panic_recover_basic.go:49)	JMP	0
	0x0000 49 3b 66 10 0f 86 7b 01 00 00 55 48 89 e5 48 83  I;f...{...UH..H.
	0x0010 ec 28 48 8d 05 00 00 00 00 48 8d 1d 00 00 00 00  .(H......H......
	0x0020 e8 00 00 00 00 48 89 44 24 20 48 89 5c 24 18 e8  .....H.D$ H.\$..
	0x0030 00 00 00 00 48 8b 44 24 20 48 8b 5c 24 18 66 90  ....H.D$ H.\$.f.
	0x0040 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0050 8d 05 00 00 00 00 48 8d 1d 00 00 00 00 0f 1f 00  ......H.........
	0x0060 e8 00 00 00 00 48 89 44 24 20 48 89 5c 24 18 e8  .....H.D$ H.\$..
	0x0070 00 00 00 00 48 8b 44 24 20 48 8b 5c 24 18 66 90  ....H.D$ H.\$.f.
	0x0080 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0090 8d 05 00 00 00 00 48 8d 1d 00 00 00 00 0f 1f 00  ......H.........
	0x00a0 e8 00 00 00 00 48 89 44 24 20 48 89 5c 24 18 e8  .....H.D$ H.\$..
	0x00b0 00 00 00 00 48 8b 44 24 20 48 8b 5c 24 18 66 90  ....H.D$ H.\$.f.
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x00d0 8d 05 00 00 00 00 48 8d 1d 00 00 00 00 0f 1f 00  ......H.........
	0x00e0 e8 00 00 00 00 48 89 44 24 20 48 89 5c 24 18 e8  .....H.D$ H.\$..
	0x00f0 00 00 00 00 48 8b 44 24 20 48 8b 5c 24 18 66 90  ....H.D$ H.\$.f.
	0x0100 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x0110 c0 31 db e8 00 00 00 00 48 89 44 24 20 48 89 5c  .1......H.D$ H.\
	0x0120 24 18 e8 00 00 00 00 48 8b 44 24 20 48 8b 5c 24  $......H.D$ H.\$
	0x0130 18 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0140 e8 00 00 00 00 e8 00 00 00 00 48 89 44 24 10 e8  ..........H.D$..
	0x0150 00 00 00 00 48 8d 05 00 00 00 00 bb 17 00 00 00  ....H...........
	0x0160 e8 00 00 00 00 48 8b 4c 24 10 48 85 c9 0f 94 c0  .....H.L$.H.....
	0x0170 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0180 83 c4 28 5d c3 e8 00 00 00 00 e9 71 fe ff ff     ..(].......q...
	rel 3+0 t=R_USEIFACE type:string+0
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:main.MyErr+0
	rel 3+0 t=R_USEIFACE type:float64+0
	rel 21+4 t=R_PCREL type:string+0
	rel 28+4 t=R_PCREL main..stmp_0+0
	rel 33+4 t=R_CALL main.protect+0
	rel 48+4 t=R_CALL runtime.printlock+0
	rel 65+4 t=R_CALL runtime.printstring+0
	rel 70+4 t=R_CALL runtime.printnl+0
	rel 75+4 t=R_CALL runtime.printunlock+0
	rel 82+4 t=R_PCREL type:int+0
	rel 89+4 t=R_PCREL main..stmp_1+0
	rel 97+4 t=R_CALL main.protect+0
	rel 112+4 t=R_CALL runtime.printlock+0
	rel 129+4 t=R_CALL runtime.printstring+0
	rel 134+4 t=R_CALL runtime.printnl+0
	rel 139+4 t=R_CALL runtime.printunlock+0
	rel 146+4 t=R_PCREL type:main.MyErr+0
	rel 153+4 t=R_PCREL main..stmp_2+0
	rel 161+4 t=R_CALL main.protect+0
	rel 176+4 t=R_CALL runtime.printlock+0
	rel 193+4 t=R_CALL runtime.printstring+0
	rel 198+4 t=R_CALL runtime.printnl+0
	rel 203+4 t=R_CALL runtime.printunlock+0
	rel 210+4 t=R_PCREL type:float64+0
	rel 217+4 t=R_PCREL main..stmp_3+0
	rel 225+4 t=R_CALL main.protect+0
	rel 240+4 t=R_CALL runtime.printlock+0
	rel 257+4 t=R_CALL runtime.printstring+0
	rel 262+4 t=R_CALL runtime.printnl+0
	rel 267+4 t=R_CALL runtime.printunlock+0
	rel 276+4 t=R_CALL main.protect+0
	rel 291+4 t=R_CALL runtime.printlock+0
	rel 306+4 t=R_CALL runtime.printstring+0
	rel 311+4 t=R_CALL runtime.printnl+0
	rel 321+4 t=R_CALL runtime.printunlock+0
	rel 326+4 t=R_CALL runtime.gorecover+0
	rel 336+4 t=R_CALL runtime.printlock+0
	rel 343+4 t=R_PCREL go:string."recover outside defer: "+0
	rel 353+4 t=R_CALL runtime.printstring+0
	rel 369+4 t=R_CALL runtime.printbool+0
	rel 374+4 t=R_CALL runtime.printnl+0
	rel 379+4 t=R_CALL runtime.printunlock+0
	rel 390+4 t=R_CALL runtime.morestack_noctxt+0
main.(*MyErr).Error STEXT dupok size=463 align=0x0 args=0x8 locals=0xa0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*MyErr).Error(SB), DUPOK|WRAPPER|ABIInternal, $160-8
	0x0000 00000 (<autogenerated>:1)	LEAQ	-32(SP), R12
	0x0005 00005 (<autogenerated>:1)	CMPQ	R12, 16(R14)
	0x0009 00009 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0009 00009 (<autogenerated>:1)	JLS	439
	0x000f 00015 (<autogenerated>:1)	PCDATA	$0, $-1
	0x000f 00015 (<autogenerated>:1)	PUSHQ	BP
	0x0010 00016 (<autogenerated>:1)	MOVQ	SP, BP
	0x0013 00019 (<autogenerated>:1)	SUBQ	$152, SP
	0x001a 00026 (<autogenerated>:1)	FUNCDATA	$0, gclocals·HyXHvRNe0WdRNVzkQOA+qA==(SB)
	0x001a 00026 (<autogenerated>:1)	FUNCDATA	$1, gclocals·2OvamjSjJaSBCp9q3L5Aag==(SB)
	0x001a 00026 (<autogenerated>:1)	FUNCDATA	$5, main.(*MyErr).Error.arginfo1(SB)
	0x001a 00026 (<autogenerated>:1)	FUNCDATA	$6, main.(*MyErr).Error.argliveinfo(SB)
	0x001a 00026 (<autogenerated>:1)	PCDATA	$3, $1
	0x001a 00026 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	TESTQ	AX, AX
	0x0023 00035 (<autogenerated>:1)	JEQ	433
	0x0029 00041 (<autogenerated>:1)	MOVQ	(AX), DX
	0x002c 00044 (<unknown line number>)	NOP
	0x002c 00044 (<unknown line number>)	NOP
	0x002c 00044 (panic_recover_basic.go:9)	TESTQ	DX, DX
	0x002f 00047 (panic_recover_basic.go:9)	JEQ	79
	0x0031 00049 (<autogenerated>:1)	MOVQ	DX, main..autotmp_24+128(SP)
	0x0039 00057 (panic_recover_basic.go:14)	MOVQ	DX, R8
	0x003c 00060 (panic_recover_basic.go:14)	NEGQ	DX
	0x003f 00063 (panic_recover_basic.go:9)	TESTQ	R8, R8
	0x0042 00066 (panic_recover_basic.go:16)	MOVQ	R8, R9
	0x0045 00069 (panic_recover_basic.go:16)	CMOVQLT	DX, R8
	0x0049 00073 (panic_recover_basic.go:16)	XORL	AX, AX
	0x004b 00075 (panic_recover_basic.go:16)	XORL	CX, CX
	0x004d 00077 (panic_recover_basic.go:13)	JMP	192
	0x004f 00079 (panic_recover_basic.go:13)	MOVL	$1, AX
	0x0054 00084 (panic_recover_basic.go:13)	LEAQ	go:string."0"(SB), CX
	0x005b 00091 (panic_recover_basic.go:6)	LEAQ	go:string."myerr "(SB), BX
	0x0062 00098 (panic_recover_basic.go:6)	MOVQ	CX, DI
	0x0065 00101 (panic_recover_basic.go:6)	MOVQ	AX, SI
	0x0068 00104 (panic_recover_basic.go:6)	XORL	AX, AX
	0x006a 00106 (panic_recover_basic.go:6)	MOVL	$6, CX
	0x006f 00111 (panic_recover_basic.go:6)	PCDATA	$1, $1
	0x006f 00111 (panic_recover_basic.go:6)	CALL	runtime.concatstring2(SB)
	0x0074 00116 (<autogenerated>:1)	ADDQ	$152, SP
	0x007b 00123 (<autogenerated>:1)	POPQ	BP
	0x007c 00124 (<autogenerated>:1)	RET
	0x007d 00125 (panic_recover_basic.go:18)	MOVQ	AX, main.b.len+112(SP)
	0x0082 00130 (panic_recover_basic.go:18)	MOVQ	CX, main..autotmp_26+144(SP)
	0x008a 00138 (panic_recover_basic.go:18)	LEAQ	1(CX), AX
	0x008e 00142 (panic_recover_basic.go:18)	MOVQ	BX, CX
	0x0091 00145 (panic_recover_basic.go:18)	MOVQ	main.b.ptr+136(SP), BX
	0x0099 00153 (panic_recover_basic.go:18)	PCDATA	$1, $2
	0x0099 00153 (panic_recover_basic.go:18)	CALL	runtime.memmove(SB)
	0x009e 00158 (panic_recover_basic.go:9)	MOVQ	main..autotmp_24+128(SP), R9
	0x00a6 00166 (panic_recover_basic.go:17)	MOVQ	main..autotmp_25+120(SP), R8
	0x00ab 00171 (panic_recover_basic.go:17)	MOVQ	main.b.len+112(SP), AX
	0x00b0 00176 (panic_recover_basic.go:17)	MOVQ	main..autotmp_26+144(SP), CX
	0x00b8 00184 (panic_recover_basic.go:17)	NOP
	0x00c0 00192 (panic_recover_basic.go:17)	TESTQ	R8, R8
	0x00c3 00195 (panic_recover_basic.go:17)	JLE	362
	0x00c9 00201 (panic_recover_basic.go:17)	MOVQ	R8, main.n+104(SP)
	0x00ce 00206 (panic_recover_basic.go:17)	MOVQ	CX, main.b.ptr+136(SP)
	0x00d6 00214 (panic_recover_basic.go:17)	MOVQ	AX, main.b.len+112(SP)
	0x00db 00219 (panic_recover_basic.go:18)	MOVL	$1, AX
	0x00e0 00224 (panic_recover_basic.go:18)	LEAQ	type:[1]uint8(SB), BX
	0x00e7 00231 (panic_recover_basic.go:18)	MOVL	$1, CX
	0x00ec 00236 (panic_recover_basic.go:18)	PCDATA	$1, $3
	0x00ec 00236 (panic_recover_basic.go:18)	CALL	runtime.mallocgcTinySC2(SB)
	0x00f1 00241 (panic_recover_basic.go:18)	MOVQ	main.b.len+112(SP), BX
	0x00f6 00246 (panic_recover_basic.go:18)	LEAQ	1(BX), DX
	0x00fa 00250 (panic_recover_basic.go:18)	MOVQ	AX, CX
	0x00fd 00253 (panic_recover_basic.go:18)	MOVQ	$-3689348814741910323, AX
	0x0107 00263 (panic_recover_basic.go:18)	MOVQ	main.n+104(SP), SI
	0x010c 00268 (panic_recover_basic.go:18)	MOVQ	DX, DI
	0x010f 00271 (panic_recover_basic.go:18)	MULQ	SI
	0x0112 00274 (panic_recover_basic.go:18)	SHRQ	$3, DX
	0x0116 00278 (panic_recover_basic.go:18)	MOVQ	DX, main..autotmp_25+120(SP)
	0x011b 00283 (panic_recover_basic.go:18)	LEAQ	(DX)(DX*1), R8
	0x011f 00287 (panic_recover_basic.go:18)	LEAQ	(R8)(R8*4), R8
	0x0123 00291 (panic_recover_basic.go:18)	SUBQ	R8, SI
	0x0126 00294 (panic_recover_basic.go:18)	ADDQ	$48, SI
	0x012a 00298 (panic_recover_basic.go:18)	MOVB	SIB, (CX)
	0x012d 00301 (panic_recover_basic.go:18)	CMPQ	DI, $1
	0x0131 00305 (panic_recover_basic.go:18)	JHI	317
	0x0133 00307 (panic_recover_basic.go:18)	MOVL	$1, AX
	0x0138 00312 (panic_recover_basic.go:18)	JMP	125
	0x013d 00317 (panic_recover_basic.go:18)	MOVQ	CX, AX
	0x0140 00320 (panic_recover_basic.go:18)	MOVL	$1, CX
	0x0145 00325 (panic_recover_basic.go:18)	LEAQ	type:uint8(SB), SI
	0x014c 00332 (panic_recover_basic.go:17)	MOVQ	BX, DX
	0x014f 00335 (panic_recover_basic.go:18)	MOVQ	DI, BX
	0x0152 00338 (panic_recover_basic.go:18)	MOVQ	DX, DI
	0x0155 00341 (panic_recover_basic.go:18)	CALL	runtime.growslice(SB)
	0x015a 00346 (panic_recover_basic.go:18)	MOVQ	AX, CX
	0x015d 00349 (panic_recover_basic.go:18)	MOVQ	BX, AX
	0x0160 00352 (panic_recover_basic.go:18)	MOVQ	main.b.len+112(SP), BX
	0x0165 00357 (panic_recover_basic.go:18)	JMP	125
	0x016a 00362 (panic_recover_basic.go:9)	TESTQ	R9, R9
	0x016d 00365 (panic_recover_basic.go:21)	JGE	406
	0x016f 00367 (panic_recover_basic.go:22)	LEAQ	go:string."-"(SB), BX
	0x0176 00374 (panic_recover_basic.go:22)	MOVQ	CX, DI
	0x0179 00377 (panic_recover_basic.go:22)	MOVQ	AX, SI
	0x017c 00380 (panic_recover_basic.go:22)	LEAQ	main..autotmp_14+72(SP), AX
	0x0181 00385 (panic_recover_basic.go:22)	MOVL	$1, CX
	0x0186 00390 (panic_recover_basic.go:22)	PCDATA	$1, $1
	0x0186 00390 (panic_recover_basic.go:22)	CALL	runtime.concatstring2(SB)
	0x018b 00395 (<autogenerated>:1)	MOVQ	AX, CX
	0x018e 00398 (<autogenerated>:1)	MOVQ	BX, AX
	0x0191 00401 (panic_recover_basic.go:6)	JMP	91
	0x0196 00406 (panic_recover_basic.go:24)	MOVQ	CX, BX
	0x0199 00409 (panic_recover_basic.go:24)	MOVQ	AX, CX
	0x019c 00412 (panic_recover_basic.go:24)	LEAQ	main..autotmp_15+40(SP), AX
	0x01a1 00417 (panic_recover_basic.go:24)	CALL	runtime.slicebytetostring(SB)
	0x01a6 00422 (<autogenerated>:1)	MOVQ	AX, CX
	0x01a9 00425 (<autogenerated>:1)	MOVQ	BX, AX
	0x01ac 00428 (panic_recover_basic.go:6)	JMP	91
	0x01b1 00433 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x01b6 00438 (<autogenerated>:1)	XCHGL	AX, AX
	0x01b7 00439 (<autogenerated>:1)	NOP
	0x01b7 00439 (<autogenerated>:1)	PCDATA	$1, $-1
	0x01b7 00439 (<autogenerated>:1)	PCDATA	$0, $-2
	0x01b7 00439 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x01bc 00444 (<autogenerated>:1)	NOP
	0x01c0 00448 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x01c5 00453 (<autogenerated>:1)	PCDATA	$0, $-1
	0x01c5 00453 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x01ca 00458 (<autogenerated>:1)	JMP	0
	0x0000 4c 8d 64 24 e0 4d 3b 66 10 0f 86 a8 01 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 98 00 00 00 66 0f 1f 44 00 00  H..H......f..D..
	0x0020 48 85 c0 0f 84 88 01 00 00 48 8b 10 48 85 d2 74  H........H..H..t
	0x0030 1e 48 89 94 24 80 00 00 00 49 89 d0 48 f7 da 4d  .H..$....I..H..M
	0x0040 85 c0 4d 89 c1 4c 0f 4c c2 31 c0 31 c9 eb 71 b8  ..M..L.L.1.1..q.
	0x0050 01 00 00 00 48 8d 0d 00 00 00 00 48 8d 1d 00 00  ....H......H....
	0x0060 00 00 48 89 cf 48 89 c6 31 c0 b9 06 00 00 00 e8  ..H..H..1.......
	0x0070 00 00 00 00 48 81 c4 98 00 00 00 5d c3 48 89 44  ....H......].H.D
	0x0080 24 70 48 89 8c 24 90 00 00 00 48 8d 41 01 48 89  $pH..$....H.A.H.
	0x0090 d9 48 8b 9c 24 88 00 00 00 e8 00 00 00 00 4c 8b  .H..$.........L.
	0x00a0 8c 24 80 00 00 00 4c 8b 44 24 78 48 8b 44 24 70  .$....L.D$xH.D$p
	0x00b0 48 8b 8c 24 90 00 00 00 0f 1f 84 00 00 00 00 00  H..$............
	0x00c0 4d 85 c0 0f 8e a1 00 00 00 4c 89 44 24 68 48 89  M........L.D$hH.
	0x00d0 8c 24 88 00 00 00 48 89 44 24 70 b8 01 00 00 00  .$....H.D$p.....
	0x00e0 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00  H...............
	0x00f0 00 48 8b 5c 24 70 48 8d 53 01 48 89 c1 48 b8 cd  .H.\$pH.S.H..H..
	0x0100 cc cc cc cc cc cc cc 48 8b 74 24 68 48 89 d7 48  .......H.t$hH..H
	0x0110 f7 e6 48 c1 ea 03 48 89 54 24 78 4c 8d 04 12 4f  ..H...H.T$xL...O
	0x0120 8d 04 80 4c 29 c6 48 83 c6 30 40 88 31 48 83 ff  ...L).H..0@.1H..
	0x0130 01 77 0a b8 01 00 00 00 e9 40 ff ff ff 48 89 c8  .w.......@...H..
	0x0140 b9 01 00 00 00 48 8d 35 00 00 00 00 48 89 da 48  .....H.5....H..H
	0x0150 89 fb 48 89 d7 e8 00 00 00 00 48 89 c1 48 89 d8  ..H.......H..H..
	0x0160 48 8b 5c 24 70 e9 13 ff ff ff 4d 85 c9 7d 27 48  H.\$p.....M..}'H
	0x0170 8d 1d 00 00 00 00 48 89 cf 48 89 c6 48 8d 44 24  ......H..H..H.D$
	0x0180 48 b9 01 00 00 00 e8 00 00 00 00 48 89 c1 48 89  H..........H..H.
	0x0190 d8 e9 c5 fe ff ff 48 89 cb 48 89 c1 48 8d 44 24  ......H..H..H.D$
	0x01a0 28 e8 00 00 00 00 48 89 c1 48 89 d8 e9 aa fe ff  (.....H..H......
	0x01b0 ff e8 00 00 00 00 90 48 89 44 24 08 0f 1f 40 00  .......H.D$...@.
	0x01c0 e8 00 00 00 00 48 8b 44 24 08 e9 31 fe ff ff     .....H.D$..1...
	rel 87+4 t=R_PCREL go:string."0"+0
	rel 94+4 t=R_PCREL go:string."myerr "+0
	rel 112+4 t=R_CALL runtime.concatstring2+0
	rel 154+4 t=R_CALL runtime.memmove+0
	rel 227+4 t=R_PCREL type:[1]uint8+0
	rel 237+4 t=R_CALL runtime.mallocgcTinySC2+0
	rel 328+4 t=R_PCREL type:uint8+0
	rel 342+4 t=R_CALL runtime.growslice+0
	rel 370+4 t=R_PCREL go:string."-"+0
	rel 391+4 t=R_CALL runtime.concatstring2+0
	rel 418+4 t=R_CALL runtime.slicebytetostring+0
	rel 434+4 t=R_CALL runtime.panicwrap+0
	rel 449+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.itoa$abstract SDWARFABSFCN dupok size=41 align=0x0
	0x0000 05 6d 61 69 6e 2e 69 74 6f 61 00 01 08 01 22 6e  .main.itoa...."n
	0x0010 00 00 00 00 00 00 21 6e 65 67 00 0c 00 00 00 00  ......!neg......
	0x0020 21 62 00 10 00 00 00 00 00                       !b.......
	rel 18+4 t=R_DWARFSECREF go:info.int+0
	rel 28+4 t=R_DWARFSECREF go:info.bool+0
	rel 36+4 t=R_DWARFSECREF go:info.[]uint8+0
go:info.main.MyErr.Error$abstract SDWARFABSFCN dupok size=30 align=0x0
	0x0000 05 6d 61 69 6e 2e 4d 79 45 72 72 2e 45 72 72 6f  .main.MyErr.Erro
	0x0010 72 00 01 06 01 22 65 00 00 00 00 00 00 00        r...."e.......
	rel 25+4 t=R_DWARFSECREF go:info.main.MyErr+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.MyErr. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 4d 79 45 72 72           ..*main.MyErr
type:.namedata.*func(*main.MyErr) string- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 4d 79  ..*func(*main.My
	0x0010 45 72 72 29 20 73 74 72 69 6e 67                 Err) string
type:*func(*main.MyErr) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c2 96 00 b0 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.MyErr) string-+0
	rel 48+8 t=R_ADDR type:func(*main.MyErr) string+0
type:func(*main.MyErr) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 56 0f ac 1d 22 08 08 13 00 00 00 00 00 00 00 00  V..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.MyErr) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.MyErr) string+0
	rel 56+8 t=R_ADDR type:*main.MyErr+0
	rel 64+8 t=R_ADDR type:string+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Error. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 72 72 6f 72                             ..Error
type:.namedata.*func() string- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 66 75 6e 63 28 29 20 73 74 72 69 6e 67  ..*func() string
type:*func() string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 38 65 5b 28 28 08 08 16 00 00 00 00 00 00 00 00  8e[((...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() string-+0
	rel 48+8 t=R_ADDR type:func() string+0
type:func() string SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 01 1f 55 63 22 08 08 13 00 00 00 00 00 00 00 00  ..Uc"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() string-+0
	rel 44+4 t=RelocType(-32763) type:*func() string+0
	rel 56+8 t=R_ADDR type:string+0
type:*main.MyErr SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 48 04 56 a9 29 08 08 16 00 00 00 00 00 00 00 00  H.V.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.MyErr.+0
	rel 48+8 t=R_ADDR type:main.MyErr+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*MyErr).Error+0
	rel 84+4 t=R_METHODOFF main.(*MyErr).Error+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.code- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 6f 64 65                                ..code
type:.namedata.*func(main.MyErr) string- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 6d 61 69 6e 2e 4d 79 45  ..*func(main.MyE
	0x0010 72 72 29 20 73 74 72 69 6e 67                    rr) string
type:*func(main.MyErr) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 40 2f f3 1c 28 08 08 16 00 00 00 00 00 00 00 00  @/..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.MyErr) string-+0
	rel 48+8 t=R_ADDR type:func(main.MyErr) string+0
type:func(main.MyErr) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 83 34 fa 36 22 08 08 13 00 00 00 00 00 00 00 00  .4.6"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.MyErr) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.MyErr) string+0
	rel 56+8 t=R_ADDR type:main.MyErr+0
	rel 64+8 t=R_ADDR type:string+0
type:main.MyErr SRODATA size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 61 81 9d 35 0f 08 08 19 00 00 00 00 00 00 00 00  a..5............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.MyErr.+0
	rel 44+4 t=R_ADDROFF type:*main.MyErr+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.MyErr+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.code-+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 124+4 t=R_METHODOFF type:func() string+0
	rel 128+4 t=R_METHODOFF main.(*MyErr).Error+0
	rel 132+4 t=R_METHODOFF main.MyErr.Error+0
go:string."0" SRODATA dupok size=1 align=0x1
	0x0000 30                                               0
go:string."-" SRODATA dupok size=1 align=0x1
	0x0000 2d                                               -
go:string."myerr " SRODATA dupok size=6 align=0x1
	0x0000 6d 79 65 72 72 20                                myerr 
go:string."normal" SRODATA dupok size=6 align=0x1
	0x0000 6e 6f 72 6d 61 6c                                normal
main..interfaceSwitch.0 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.emptyInterfaceSwitchCache+0
	rel 16+8 t=R_ADDR type:error+0
go:string."string: " SRODATA dupok size=8 align=0x1
	0x0000 73 74 72 69 6e 67 3a 20                          string: 
go:string."int: " SRODATA dupok size=5 align=0x1
	0x0000 69 6e 74 3a 20                                   int: 
go:string."error: " SRODATA dupok size=7 align=0x1
	0x0000 65 72 72 6f 72 3a 20                             error: 
go:string."nothing" SRODATA dupok size=7 align=0x1
	0x0000 6e 6f 74 68 69 6e 67                             nothing
go:string."other" SRODATA dupok size=5 align=0x1
	0x0000 6f 74 68 65 72                                   other
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }- SRODATA dupok size=400 align=0x1
	0x0000 00 8d 03 2a 73 74 72 75 63 74 20 7b 20 43 61 63  ...*struct { Cac
	0x0010 68 65 20 2a 73 74 72 75 63 74 20 7b 20 4d 61 73  he *struct { Mas
	0x0020 6b 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69  k uintptr; Entri
	0x0030 65 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  es [1]struct { T
	0x0040 79 70 20 75 69 6e 74 70 74 72 3b 20 43 61 73 65  yp uintptr; Case
	0x0050 20 69 6e 74 3b 20 49 74 61 62 20 75 69 6e 74 70   int; Itab uintp
	0x0060 74 72 20 7d 20 7d 3b 20 4e 43 61 73 65 73 20 69  tr } }; NCases i
	0x0070 6e 74 3b 20 43 61 73 65 73 20 5b 31 5d 2a 73 74  nt; Cases [1]*st
	0x0080 72 75 63 74 20 7b 20 54 79 70 65 20 73 74 72 75  ruct { Type stru
	0x0090 63 74 20 7b 20 53 69 7a 65 5f 20 75 69 6e 74 70  ct { Size_ uintp
	0x00a0 74 72 3b 20 50 74 72 42 79 74 65 73 20 75 69 6e  tr; PtrBytes uin
	0x00b0 74 70 74 72 3b 20 48 61 73 68 20 75 69 6e 74 33  tptr; Hash uint3
	0x00c0 32 3b 20 54 46 6c 61 67 20 75 69 6e 74 38 3b 20  2; TFlag uint8; 
	0x00d0 41 6c 69 67 6e 5f 20 75 69 6e 74 38 3b 20 46 69  Align_ uint8; Fi
	0x00e0 65 6c 64 41 6c 69 67 6e 5f 20 75 69 6e 74 38 3b  eldAlign_ uint8;
	0x00f0 20 4b 69 6e 64 5f 20 75 69 6e 74 38 3b 20 45 71   Kind_ uint8; Eq
	0x0100 75 61 6c 20 75 6e 73 61 66 65 2e 50 6f 69 6e 74  ual unsafe.Point
	0x0110 65 72 3b 20 47 43 44 61 74 61 20 2a 75 69 6e 74  er; GCData *uint
	0x0120 38 3b 20 53 74 72 20 69 6e 74 33 32 3b 20 50 74  8; Str int32; Pt
	0x0130 72 54 6f 54 68 69 73 20 69 6e 74 33 32 20 7d 3b  rToThis int32 };
	0x0140 20 50 6b 67 50 61 74 68 20 73 74 72 75 63 74 20   PkgPath struct 
	0x0150 7b 20 42 79 74 65 73 20 2a 75 69 6e 74 38 20 7d  { Bytes *uint8 }
	0x0160 3b 20 4d 65 74 68 6f 64 73 20 5b 5d 73 74 72 75  ; Methods []stru
	0x0170 63 74 20 7b 20 4e 61 6d 65 20 69 6e 74 33 32 3b  ct { Name int32;
	0x0180 20 54 79 70 20 69 6e 74 33 32 20 7d 20 7d 20 7d   Typ int32 } } }
type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 31 db 96 39 28 08 08 16 00 00 00 00 00 00 00 00  1..9(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }-+0
	rel 48+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }+0
runtime.gcbits.0500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 05 00 00 00 00 00 00 00                          ........
type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }- SRODATA dupok size=85 align=0x1
	0x0000 00 53 2a 73 74 72 75 63 74 20 7b 20 4d 61 73 6b  .S*struct { Mask
	0x0010 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69 65   uintptr; Entrie
	0x0020 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54 79  s [1]struct { Ty
	0x0030 70 20 75 69 6e 74 70 74 72 3b 20 43 61 73 65 20  p uintptr; Case 
	0x0040 69 6e 74 3b 20 49 74 61 62 20 75 69 6e 74 70 74  int; Itab uintpt
	0x0050 72 20 7d 20 7d                                   r } }
type:.eqfunc.M32 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[1]struct { Typ uintptr; Case int; Itab uintptr }- SRODATA dupok size=52 align=0x1
	0x0000 00 32 2a 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  .2*[1]struct { T
	0x0010 79 70 20 75 69 6e 74 70 74 72 3b 20 43 61 73 65  yp uintptr; Case
	0x0020 20 69 6e 74 3b 20 49 74 61 62 20 75 69 6e 74 70   int; Itab uintp
	0x0030 74 72 20 7d                                      tr }
type:*[1]struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bc a4 d2 98 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[1]struct { Typ uintptr; Case int; Itab uintptr }+0
type:.namedata.*struct { Typ uintptr; Case int; Itab uintptr }- SRODATA dupok size=49 align=0x1
	0x0000 00 2f 2a 73 74 72 75 63 74 20 7b 20 54 79 70 20  ./*struct { Typ 
	0x0010 75 69 6e 74 70 74 72 3b 20 43 61 73 65 20 69 6e  uintptr; Case in
	0x0020 74 3b 20 49 74 61 62 20 75 69 6e 74 70 74 72 20  t; Itab uintptr 
	0x0030 7d                                               }
type:*struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fb fc 34 f9 28 08 08 16 00 00 00 00 00 00 00 00  ..4.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Case int; Itab uintptr }+0
type:.namedata.Typ. SRODATA dupok size=5 align=0x1
	0x0000 01 03 54 79 70                                   ..Typ
type:.namedata.Case. SRODATA dupok size=6 align=0x1
	0x0000 01 04 43 61 73 65                                ..Case
type:.namedata.Itab. SRODATA dupok size=6 align=0x1
	0x0000 01 04 49 74 61 62                                ..Itab
type:struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 f0 cf b3 8e 0a 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Typ uintptr; Case int; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:struct { Typ uintptr; Case int; Itab uintptr }+80
	rel 80+8 t=R_ADDR type:.namedata.Typ.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Case.+0
	rel 112+8 t=R_ADDR type:int+0
	rel 128+8 t=R_ADDR type:.namedata.Itab.+0
	rel 136+8 t=R_ADDR type:uintptr+0
type:.namedata.*[]struct { Typ uintptr; Case int; Itab uintptr }- SRODATA dupok size=51 align=0x1
	0x0000 00 31 2a 5b 5d 73 74 72 75 63 74 20 7b 20 54 79  .1*[]struct { Ty
	0x0010 70 20 75 69 6e 74 70 74 72 3b 20 43 61 73 65 20  p uintptr; Case 
	0x0020 69 6e 74 3b 20 49 74 61 62 20 75 69 6e 74 70 74  int; Itab uintpt
	0x0030 72 20 7d                                         r }
type:*[]struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8d a5 0c 90 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[]struct { Typ uintptr; Case int; Itab uintptr }+0
type:[]struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 90 fc ae 48 02 08 08 17 00 00 00 00 00 00 00 00  ...H............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Typ uintptr; Case int; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Case int; Itab uintptr }+0
type:[1]struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=72 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 9b fb 4f 4a 0a 08 08 11 00 00 00 00 00 00 00 00  ..OJ............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[1]struct { Typ uintptr; Case int; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Case int; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:[]struct { Typ uintptr; Case int; Itab uintptr }+0
type:.namedata.Mask. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4d 61 73 6b                                ..Mask
type:.namedata.Entries. SRODATA dupok size=9 align=0x1
	0x0000 01 07 45 6e 74 72 69 65 73                       ..Entries
type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } } SRODATA dupok size=128 align=0x8
	0x0000 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0010 22 0b 5c f8 0a 08 08 19 00 00 00 00 00 00 00 00  ".\.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M32+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }+0
	rel 56+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }+80
	rel 80+8 t=R_ADDR type:.namedata.Mask.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Entries.+0
	rel 112+8 t=R_ADDR type:[1]struct { Typ uintptr; Case int; Itab uintptr }+0
type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 aa 7f 66 39 28 08 08 16 00 00 00 00 00 00 00 00  ..f9(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }-+0
	rel 48+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }+0
type:.namedata.*[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }- SRODATA dupok size=280 align=0x1
	0x0000 00 95 02 2a 5b 31 5d 2a 73 74 72 75 63 74 20 7b  ...*[1]*struct {
	0x0010 20 54 79 70 65 20 73 74 72 75 63 74 20 7b 20 53   Type struct { S
	0x0020 69 7a 65 5f 20 75 69 6e 74 70 74 72 3b 20 50 74  ize_ uintptr; Pt
	0x0030 72 42 79 74 65 73 20 75 69 6e 74 70 74 72 3b 20  rBytes uintptr; 
	0x0040 48 61 73 68 20 75 69 6e 74 33 32 3b 20 54 46 6c  Hash uint32; TFl
	0x0050 61 67 20 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f  ag uint8; Align_
	0x0060 20 75 69 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69   uint8; FieldAli
	0x0070 67 6e 5f 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f  gn_ uint8; Kind_
	0x0080 20 75 69 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e   uint8; Equal un
	0x0090 73 61 66 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43  safe.Pointer; GC
	0x00a0 44 61 74 61 20 2a 75 69 6e 74 38 3b 20 53 74 72  Data *uint8; Str
	0x00b0 20 69 6e 74 33 32 3b 20 50 74 72 54 6f 54 68 69   int32; PtrToThi
	0x00c0 73 20 69 6e 74 33 32 20 7d 3b 20 50 6b 67 50 61  s int32 }; PkgPa
	0x00d0 74 68 20 73 74 72 75 63 74 20 7b 20 42 79 74 65  th struct { Byte
	0x00e0 73 20 2a 75 69 6e 74 38 20 7d 3b 20 4d 65 74 68  s *uint8 }; Meth
	0x00f0 6f 64 73 20 5b 5d 73 74 72 75 63 74 20 7b 20 4e  ods []struct { N
	0x0100 61 6d 65 20 69 6e 74 33 32 3b 20 54 79 70 20 69  ame int32; Typ i
	0x0110 6e 74 33 32 20 7d 20 7d                          nt32 } }
type:*[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 be 59 2c 9f 28 08 08 16 00 00 00 00 00 00 00 00  .Y,.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 48+8 t=R_ADDR type:[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }- SRODATA dupok size=276 align=0x1
	0x0000 00 91 02 2a 73 74 72 75 63 74 20 7b 20 54 79 70  ...*struct { Typ
	0x0010 65 20 73 74 72 75 63 74 20 7b 20 53 69 7a 65 5f  e struct { Size_
	0x0020 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42 79 74   uintptr; PtrByt
	0x0030 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61 73 68  es uintptr; Hash
	0x0040 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67 20 75   uint32; TFlag u
	0x0050 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75 69 6e  int8; Align_ uin
	0x0060 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e 5f 20  t8; FieldAlign_ 
	0x0070 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75 69 6e  uint8; Kind_ uin
	0x0080 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61 66 65  t8; Equal unsafe
	0x0090 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61 74 61  .Pointer; GCData
	0x00a0 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69 6e 74   *uint8; Str int
	0x00b0 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20 69 6e  32; PtrToThis in
	0x00c0 74 33 32 20 7d 3b 20 50 6b 67 50 61 74 68 20 73  t32 }; PkgPath s
	0x00d0 74 72 75 63 74 20 7b 20 42 79 74 65 73 20 2a 75  truct { Bytes *u
	0x00e0 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f 64 73 20  int8 }; Methods 
	0x00f0 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61 6d 65 20  []struct { Name 
	0x0100 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33 32  int32; Typ int32
	0x0110 20 7d 20 7d                                       } }
runtime.gcbits.d800000000000000 SRODATA dupok size=8 align=0x8
	0x0000 d8 00 00 00 00 00 00 00                          ........
type:.eqfunc.M48 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }- SRODATA dupok size=183 align=0x1
	0x0000 00 b4 01 2a 73 74 72 75 63 74 20 7b 20 53 69 7a  ...*struct { Siz
	0x0010 65 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42  e_ uintptr; PtrB
	0x0020 79 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61  ytes uintptr; Ha
	0x0030 73 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67  sh uint32; TFlag
	0x0040 20 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75   uint8; Align_ u
	0x0050 69 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e  int8; FieldAlign
	0x0060 5f 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75  _ uint8; Kind_ u
	0x0070 69 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61  int8; Equal unsa
	0x0080 66 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61  fe.Pointer; GCDa
	0x0090 74 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69  ta *uint8; Str i
	0x00a0 6e 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20  nt32; PtrToThis 
	0x00b0 69 6e 74 33 32 20 7d                             int32 }
type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 02 b5 e2 b8 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }-+0
	rel 48+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
runtime.gcbits.1800000000000000 SRODATA dupok size=8 align=0x8
	0x0000 18 00 00 00 00 00 00 00                          ........
type:.namedata.Size_. SRODATA dupok size=7 align=0x1
	0x0000 01 05 53 69 7a 65 5f                             ..Size_
type:.namedata.PtrBytes. SRODATA dupok size=10 align=0x1
	0x0000 01 08 50 74 72 42 79 74 65 73                    ..PtrBytes
type:.namedata.Hash. SRODATA dupok size=6 align=0x1
	0x0000 01 04 48 61 73 68                                ..Hash
type:.namedata.TFlag. SRODATA dupok size=7 align=0x1
	0x0000 01 05 54 46 6c 61 67                             ..TFlag
type:.namedata.Align_. SRODATA dupok size=8 align=0x1
	0x0000 01 06 41 6c 69 67 6e 5f                          ..Align_
type:.namedata.FieldAlign_. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 46 69 65 6c 64 41 6c 69 67 6e 5f           ..FieldAlign_
type:.namedata.Kind_. SRODATA dupok size=7 align=0x1
	0x0000 01 05 4b 69 6e 64 5f                             ..Kind_
type:.namedata.Equal. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 71 75 61 6c                             ..Equal
type:.namedata.GCData. SRODATA dupok size=8 align=0x1
	0x0000 01 06 47 43 44 61 74 61                          ..GCData
type:.namedata.Str. SRODATA dupok size=5 align=0x1
	0x0000 01 03 53 74 72                                   ..Str
type:.namedata.PtrToThis. SRODATA dupok size=11 align=0x1
	0x0000 01 09 50 74 72 54 6f 54 68 69 73                 ..PtrToThis
type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=344 align=0x8
	0x0000 30 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  0.......(.......
	0x0010 df 8b 27 19 0a 08 08 19 00 00 00 00 00 00 00 00  ..'.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 0b 00 00 00 00 00 00 00 0b 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 14 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00c0 15 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00d0 00 00 00 00 00 00 00 00 16 00 00 00 00 00 00 00  ................
	0x00e0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00f0 17 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0100 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0110 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0120 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0130 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0140 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0150 2c 00 00 00 00 00 00 00                          ,.......
	rel 24+8 t=R_ADDR type:.eqfunc.M48+0
	rel 32+8 t=R_ADDR runtime.gcbits.1800000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
	rel 56+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+80
	rel 80+8 t=R_ADDR type:.namedata.Size_.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.PtrBytes.+0
	rel 112+8 t=R_ADDR type:uintptr+0
	rel 128+8 t=R_ADDR type:.namedata.Hash.+0
	rel 136+8 t=R_ADDR type:uint32+0
	rel 152+8 t=R_ADDR type:.namedata.TFlag.+0
	rel 160+8 t=R_ADDR type:uint8+0
	rel 176+8 t=R_ADDR type:.namedata.Align_.+0
	rel 184+8 t=R_ADDR type:uint8+0
	rel 200+8 t=R_ADDR type:.namedata.FieldAlign_.+0
	rel 208+8 t=R_ADDR type:uint8+0
	rel 224+8 t=R_ADDR type:.namedata.Kind_.+0
	rel 232+8 t=R_ADDR type:uint8+0
	rel 248+8 t=R_ADDR type:.namedata.Equal.+0
	rel 256+8 t=R_ADDR type:unsafe.Pointer+0
	rel 272+8 t=R_ADDR type:.namedata.GCData.+0
	rel 280+8 t=R_ADDR type:*uint8+0
	rel 296+8 t=R_ADDR type:.namedata.Str.+0
	rel 304+8 t=R_ADDR type:int32+0
	rel 320+8 t=R_ADDR type:.namedata.PtrToThis.+0
	rel 328+8 t=R_ADDR type:int32+0
type:.namedata.*struct { Bytes *uint8 }- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 73 74 72 75 63 74 20 7b 20 42 79 74 65  ..*struct { Byte
	0x0010 73 20 2a 75 69 6e 74 38 20 7d                    s *uint8 }
type:*struct { Bytes *uint8 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ae f3 83 e0 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Bytes *uint8 }-+0
	rel 48+8 t=R_ADDR type:struct { Bytes *uint8 }+0
type:.namedata.Bytes. SRODATA dupok size=7 align=0x1
	0x0000 01 05 42 79 74 65 73                             ..Bytes
type:struct { Bytes *uint8 } SRODATA dupok size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5b b6 9b 9b 2a 08 08 19 00 00 00 00 00 00 00 00  [...*...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Bytes *uint8 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Bytes *uint8 }+0
	rel 56+8 t=R_ADDR type:struct { Bytes *uint8 }+80
	rel 80+8 t=R_ADDR type:.namedata.Bytes.+0
	rel 88+8 t=R_ADDR type:*uint8+0
type:.namedata.*[]struct { Name int32; Typ int32 }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61  .#*[]struct { Na
	0x0010 6d 65 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e  me int32; Typ in
	0x0020 74 33 32 20 7d                                   t32 }
type:*[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f3 48 29 f7 28 08 08 16 00 00 00 00 00 00 00 00  .H).(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Name int32; Typ int32 }-+0
	rel 48+8 t=R_ADDR type:[]struct { Name int32; Typ int32 }+0
type:.namedata.*struct { Name int32; Typ int32 }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 73 74 72 75 63 74 20 7b 20 4e 61 6d 65  .!*struct { Name
	0x0010 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33   int32; Typ int3
	0x0020 32 20 7d                                         2 }
type:*struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2b b2 f8 3c 28 08 08 16 00 00 00 00 00 00 00 00  +..<(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Name int32; Typ int32 }-+0
	rel 48+8 t=R_ADDR type:struct { Name int32; Typ int32 }+0
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:struct { Name int32; Typ int32 } SRODATA dupok size=128 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 70 40 f5 d0 0a 04 04 19 00 00 00 00 00 00 00 00  p@..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Name int32; Typ int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Name int32; Typ int32 }+0
	rel 56+8 t=R_ADDR type:struct { Name int32; Typ int32 }+80
	rel 80+8 t=R_ADDR type:.namedata.Name.+0
	rel 88+8 t=R_ADDR type:int32+0
	rel 104+8 t=R_ADDR type:.namedata.Typ.+0
	rel 112+8 t=R_ADDR type:int32+0
type:[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 14 9c 61 d5 02 08 08 17 00 00 00 00 00 00 00 00  ..a.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Name int32; Typ int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Name int32; Typ int32 }+0
	rel 48+8 t=R_ADDR type:struct { Name int32; Typ int32 }+0
type:.namedata.Type. SRODATA dupok size=6 align=0x1
	0x0000 01 04 54 79 70 65                                ..Type
type:.namedata.PkgPath. SRODATA dupok size=9 align=0x1
	0x0000 01 07 50 6b 67 50 61 74 68                       ..PkgPath
type:.namedata.Methods. SRODATA dupok size=9 align=0x1
	0x0000 01 07 4d 65 74 68 6f 64 73                       ..Methods
type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=152 align=0x8
	0x0000 50 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  P.......@.......
	0x0010 e5 c7 ba fd 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 38 00 00 00 00 00 00 00                          8.......
	rel 32+8 t=R_ADDR runtime.gcbits.d800000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 56+8 t=R_ADDR type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+80
	rel 80+8 t=R_ADDR type:.namedata.Type.+0
	rel 88+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
	rel 104+8 t=R_ADDR type:.namedata.PkgPath.+0
	rel 112+8 t=R_ADDR type:struct { Bytes *uint8 }+0
	rel 128+8 t=R_ADDR type:.namedata.Methods.+0
	rel 136+8 t=R_ADDR type:[]struct { Name int32; Typ int32 }+0
type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f0 fb ae 4a 28 08 08 16 00 00 00 00 00 00 00 00  ...J(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 48+8 t=R_ADDR type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:.namedata.*[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }- SRODATA dupok size=279 align=0x1
	0x0000 00 94 02 2a 5b 5d 2a 73 74 72 75 63 74 20 7b 20  ...*[]*struct { 
	0x0010 54 79 70 65 20 73 74 72 75 63 74 20 7b 20 53 69  Type struct { Si
	0x0020 7a 65 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72  ze_ uintptr; Ptr
	0x0030 42 79 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48  Bytes uintptr; H
	0x0040 61 73 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61  ash uint32; TFla
	0x0050 67 20 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20  g uint8; Align_ 
	0x0060 75 69 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67  uint8; FieldAlig
	0x0070 6e 5f 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20  n_ uint8; Kind_ 
	0x0080 75 69 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73  uint8; Equal uns
	0x0090 61 66 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44  afe.Pointer; GCD
	0x00a0 61 74 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20  ata *uint8; Str 
	0x00b0 69 6e 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73  int32; PtrToThis
	0x00c0 20 69 6e 74 33 32 20 7d 3b 20 50 6b 67 50 61 74   int32 }; PkgPat
	0x00d0 68 20 73 74 72 75 63 74 20 7b 20 42 79 74 65 73  h struct { Bytes
	0x00e0 20 2a 75 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f   *uint8 }; Metho
	0x00f0 64 73 20 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61  ds []struct { Na
	0x0100 6d 65 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e  me int32; Typ in
	0x0110 74 33 32 20 7d 20 7d                             t32 } }
type:*[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 af e2 4b 34 28 08 08 16 00 00 00 00 00 00 00 00  ..K4(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 48+8 t=R_ADDR type:[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 21 ab 94 8b 02 08 08 17 00 00 00 00 00 00 00 00  !...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 44+4 t=RelocType(-32763) type:*[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 48+8 t=R_ADDR type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2b 1e e1 23 2a 08 08 11 00 00 00 00 00 00 00 00  +..#*...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 44+4 t=RelocType(-32763) type:*[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 48+8 t=R_ADDR type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 56+8 t=R_ADDR type:[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:.namedata.Cache. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 61 63 68 65                             ..Cache
type:.namedata.NCases. SRODATA dupok size=8 align=0x1
	0x0000 01 06 4e 43 61 73 65 73                          ..NCases
type:.namedata.Cases. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 61 73 65 73                             ..Cases
type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0010 2f 43 c8 04 0a 08 08 19 00 00 00 00 00 00 00 00  /C..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.0500000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }+0
	rel 56+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }+80
	rel 80+8 t=R_ADDR type:.namedata.Cache.+0
	rel 88+8 t=R_ADDR type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }+0
	rel 104+8 t=R_ADDR type:.namedata.NCases.+0
	rel 112+8 t=R_ADDR type:int+0
	rel 128+8 t=R_ADDR type:.namedata.Cases.+0
	rel 136+8 t=R_ADDR type:[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
go:string."boom" SRODATA dupok size=4 align=0x1
	0x0000 62 6f 6f 6d                                      boom
go:string."recover outside defer:" SRODATA dupok size=22 align=0x1
	0x0000 72 65 63 6f 76 65 72 20 6f 75 74 73 69 64 65 20  recover outside 
	0x0010 64 65 66 65 72 3a                                defer:
go:string."recover outside defer: " SRODATA dupok size=23 align=0x1
	0x0000 72 65 63 6f 76 65 72 20 6f 75 74 73 69 64 65 20  recover outside 
	0x0010 64 65 66 65 72 3a 20                             defer: 
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."boom"+0
main..stmp_1 SRODATA static size=8 align=0x8
	0x0000 ef ff ff ff ff ff ff ff                          ........
main..stmp_2 SRODATA static size=8 align=0x8
	0x0000 94 01 00 00 00 00 00 00                          ........
main..stmp_3 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 0c 40                          .......@
runtime.memequal8·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal8+0
type:.namedata.*[1]uint8- SRODATA dupok size=11 align=0x1
	0x0000 00 09 2a 5b 31 5d 75 69 6e 74 38                 ..*[1]uint8
type:*[1]uint8 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 29 8c a6 64 28 08 08 16 00 00 00 00 00 00 00 00  )..d(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]uint8-+0
	rel 48+8 t=R_ADDR type:[1]uint8+0
type:[1]uint8 SRODATA dupok size=72 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 f0 ac 7a 00 0a 01 01 11 00 00 00 00 00 00 00 00  ..z.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal8·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]uint8-+0
	rel 44+4 t=RelocType(-32763) type:*[1]uint8+0
	rel 48+8 t=R_ADDR type:uint8+0
	rel 56+8 t=R_ADDR type:[]uint8+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·HM78BBKmj/74hKeYGEnXLw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 02 01                 ...........
main.MyErr.Error.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 fe 00 08 fd ff                                   .....
main.MyErr.Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.itoa.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.itoa.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
gclocals·TggWaExUwDZc5d5PnqhOxw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 05 00 00 00 00 11                    ..........
main.protect.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d8 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.protect.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
main.protect.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.protect.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Dj7m7VTqKq6fxJqfrrXabg== SRODATA dupok size=8 align=0x4
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·m3P/JINC2nYdD7ENS4oeKQ== SRODATA dupok size=13 align=0x4
	0x0000 05 00 00 00 04 00 00 00 00 08 09 0c 0a           .............
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·HyXHvRNe0WdRNVzkQOA+qA== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 01 00 00 00 01 00 00 00              ............
gclocals·2OvamjSjJaSBCp9q3L5Aag== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 02 00 00 00 00 00 02 01              ............
main.(*MyErr).Error.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*MyErr).Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
