main.depth STEXT size=232 align=0x0 args=0x8 locals=0xa8 funcid=0x0
	0x0000 00000 (main.go:8)	TEXT	main.depth(SB), ABIInternal, $168-8
	0x0000 00000 (main.go:8)	LEAQ	-40(SP), R12
	0x0005 00005 (main.go:8)	CMPQ	R12, 16(R14)
	0x0009 00009 (main.go:8)	PCDATA	$0, $-2
	0x0009 00009 (main.go:8)	JLS	212
	0x000f 00015 (main.go:8)	PCDATA	$0, $-1
	0x000f 00015 (main.go:8)	PUSHQ	BP
	0x0010 00016 (main.go:8)	MOVQ	SP, BP
	0x0013 00019 (main.go:8)	SUBQ	$160, SP
	0x001a 00026 (main.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (main.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (main.go:8)	FUNCDATA	$5, main.depth.arginfo1(SB)
	0x001a 00026 (main.go:8)	FUNCDATA	$6, main.depth.argliveinfo(SB)
	0x001a 00026 (main.go:8)	PCDATA	$3, $1
	0x001a 00026 (main.go:9)	LEAQ	main.pad+16(SP), CX
	0x001f 00031 (main.go:9)	MOVUPS	X15, (CX)
	0x0023 00035 (main.go:9)	MOVUPS	X15, 16(CX)
	0x0028 00040 (main.go:9)	MOVUPS	X15, 32(CX)
	0x002d 00045 (main.go:9)	MOVUPS	X15, 48(CX)
	0x0032 00050 (main.go:9)	MOVUPS	X15, 64(CX)
	0x0037 00055 (main.go:9)	MOVUPS	X15, 80(CX)
	0x003c 00060 (main.go:9)	MOVUPS	X15, 96(CX)
	0x0041 00065 (main.go:9)	MOVUPS	X15, 112(CX)
	0x0046 00070 (main.go:10)	MOVQ	AX, CX
	0x0049 00073 (main.go:10)	SARQ	$63, AX
	0x004d 00077 (main.go:10)	SHRQ	$60, AX
	0x0051 00081 (main.go:10)	LEAQ	(CX)(AX*1), DX
	0x0055 00085 (main.go:10)	ANDQ	$-16, DX
	0x0059 00089 (main.go:10)	MOVQ	CX, BX
	0x005c 00092 (main.go:10)	SUBQ	DX, CX
	0x005f 00095 (main.go:10)	NOP
	0x0060 00096 (main.go:10)	CMPQ	CX, $16
	0x0064 00100 (main.go:10)	JCC	206
	0x0066 00102 (main.go:10)	MOVQ	BX, main.pad+16(SP)(CX*8)
	0x006b 00107 (main.go:11)	TESTQ	BX, BX
	0x006e 00110 (main.go:11)	JNE	123
	0x0070 00112 (main.go:12)	XORL	AX, AX
	0x0072 00114 (main.go:12)	ADDQ	$160, SP
	0x0079 00121 (main.go:12)	POPQ	BP
	0x007a 00122 (main.go:12)	RET
	0x007b 00123 (main.go:10)	MOVQ	BX, main..autotmp_7+152(SP)
	0x0083 00131 (main.go:10)	MOVQ	CX, main..autotmp_8+144(SP)
	0x008b 00139 (main.go:15)	LEAQ	-1(BX), AX
	0x008f 00143 (main.go:15)	MOVQ	AX, (SP)
	0x0093 00147 (main.go:15)	PCDATA	$1, $0
	0x0093 00147 (main.go:15)	CALL	main.down(SB)
	0x0098 00152 (main.go:15)	XORPS	X15, X15
	0x009c 00156 (main.go:15)	MOVQ	(TLS), R14
	0x00a5 00165 (main.go:16)	MOVQ	main..autotmp_8+144(SP), AX
	0x00ad 00173 (main.go:16)	MOVQ	main.pad+16(SP)(AX*8), AX
	0x00b2 00178 (main.go:16)	ADDQ	8(SP), AX
	0x00b7 00183 (main.go:16)	MOVQ	main..autotmp_7+152(SP), CX
	0x00bf 00191 (main.go:16)	SUBQ	CX, AX
	0x00c2 00194 (main.go:16)	INCQ	AX
	0x00c5 00197 (main.go:16)	ADDQ	$160, SP
	0x00cc 00204 (main.go:16)	POPQ	BP
	0x00cd 00205 (main.go:16)	RET
	0x00ce 00206 (main.go:10)	PCDATA	$4, $18549
	0x00ce 00206 (main.go:10)	CALL	runtime.panicBounds(SB)
	0x00d3 00211 (main.go:10)	XCHGL	AX, AX
	0x00d4 00212 (main.go:10)	NOP
	0x00d4 00212 (main.go:8)	PCDATA	$1, $-1
	0x00d4 00212 (main.go:8)	PCDATA	$0, $-2
	0x00d4 00212 (main.go:8)	MOVQ	AX, 8(SP)
	0x00d9 00217 (main.go:8)	CALL	runtime.morestack_noctxt(SB)
	0x00de 00222 (main.go:8)	PCDATA	$0, $-1
	0x00de 00222 (main.go:8)	MOVQ	8(SP), AX
	0x00e3 00227 (main.go:8)	JMP	0
	0x0000 4c 8d 64 24 d8 4d 3b 66 10 0f 86 c5 00 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec a0 00 00 00 48 8d 4c 24 10 44  H..H......H.L$.D
	0x0020 0f 11 39 44 0f 11 79 10 44 0f 11 79 20 44 0f 11  ..9D..y.D..y D..
	0x0030 79 30 44 0f 11 79 40 44 0f 11 79 50 44 0f 11 79  y0D..y@D..yPD..y
	0x0040 60 44 0f 11 79 70 48 89 c1 48 c1 f8 3f 48 c1 e8  `D..ypH..H..?H..
	0x0050 3c 48 8d 14 01 48 83 e2 f0 48 89 cb 48 29 d1 90  <H...H...H..H)..
	0x0060 48 83 f9 10 73 68 48 89 5c cc 10 48 85 db 75 0b  H...shH.\..H..u.
	0x0070 31 c0 48 81 c4 a0 00 00 00 5d c3 48 89 9c 24 98  1.H......].H..$.
	0x0080 00 00 00 48 89 8c 24 90 00 00 00 48 8d 43 ff 48  ...H..$....H.C.H
	0x0090 89 04 24 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34  ..$.....E.W.dL.4
	0x00a0 25 00 00 00 00 48 8b 84 24 90 00 00 00 48 8b 44  %....H..$....H.D
	0x00b0 c4 10 48 03 44 24 08 48 8b 8c 24 98 00 00 00 48  ..H.D$.H..$....H
	0x00c0 29 c8 48 ff c0 48 81 c4 a0 00 00 00 5d c3 e8 00  ).H..H......]...
	0x00d0 00 00 00 90 48 89 44 24 08 e8 00 00 00 00 48 8b  ....H.D$......H.
	0x00e0 44 24 08 e9 18 ff ff ff                          D$......
	rel 148+4 t=R_CALL main.down+0
	rel 161+4 t=R_TLS_LE TLS+0
	rel 207+4 t=R_CALL runtime.panicBounds+0
	rel 218+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=71 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (main.go:19)	TEXT	main.main(SB), ABIInternal, $24-0
	0x0000 00000 (main.go:19)	CMPQ	SP, 16(R14)
	0x0004 00004 (main.go:19)	PCDATA	$0, $-2
	0x0004 00004 (main.go:19)	JLS	63
	0x0006 00006 (main.go:19)	PCDATA	$0, $-1
	0x0006 00006 (main.go:19)	PUSHQ	BP
	0x0007 00007 (main.go:19)	MOVQ	SP, BP
	0x000a 00010 (main.go:19)	SUBQ	$16, SP
	0x000e 00014 (main.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (main.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (main.go:20)	MOVL	$50000, AX
	0x0013 00019 (main.go:20)	PCDATA	$1, $0
	0x0013 00019 (main.go:20)	CALL	main.depth(SB)
	0x0018 00024 (main.go:20)	MOVQ	AX, main..autotmp_1+8(SP)
	0x001d 00029 (main.go:20)	NOP
	0x0020 00032 (main.go:20)	CALL	runtime.printlock(SB)
	0x0025 00037 (main.go:20)	MOVQ	main..autotmp_1+8(SP), AX
	0x002a 00042 (main.go:20)	CALL	runtime.printint(SB)
	0x002f 00047 (main.go:20)	CALL	runtime.printnl(SB)
	0x0034 00052 (main.go:20)	CALL	runtime.printunlock(SB)
	0x0039 00057 (main.go:21)	ADDQ	$16, SP
	0x003d 00061 (main.go:21)	POPQ	BP
	0x003e 00062 (main.go:21)	RET
	0x003f 00063 (main.go:21)	NOP
	0x003f 00063 (main.go:19)	PCDATA	$1, $-1
	0x003f 00063 (main.go:19)	PCDATA	$0, $-2
	0x003f 00063 (main.go:19)	NOP
	0x0040 00064 (main.go:19)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (main.go:19)	PCDATA	$0, $-1
	0x0045 00069 (main.go:19)	JMP	0
	0x0000 49 3b 66 10 76 39 55 48 89 e5 48 83 ec 10 b8 50  I;f.v9UH..H....P
	0x0010 c3 00 00 e8 00 00 00 00 48 89 44 24 08 0f 1f 00  ........H.D$....
	0x0020 e8 00 00 00 00 48 8b 44 24 08 e8 00 00 00 00 e8  .....H.D$.......
	0x0030 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3 90  .........H...]..
	0x0040 e8 00 00 00 00 eb b9                             .......
	rel 20+4 t=R_CALL main.depth+0
	rel 33+4 t=R_CALL runtime.printlock+0
	rel 43+4 t=R_CALL runtime.printint+0
	rel 48+4 t=R_CALL runtime.printnl+0
	rel 53+4 t=R_CALL runtime.printunlock+0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
main.down STEXT dupok nosplit size=41 align=0x0 args=0x8 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.down(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $24-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$16, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.down.arginfo1(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$6, main.down.argliveinfo(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$3, $1
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	PCDATA	$1, $0
	0x000c 00012 (<autogenerated>:1)	CALL	main.down(SB)
	0x0011 00017 (<autogenerated>:1)	XORPS	X15, X15
	0x0015 00021 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x001e 00030 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0023 00035 (<autogenerated>:1)	ADDQ	$16, SP
	0x0027 00039 (<autogenerated>:1)	POPQ	BP
	0x0028 00040 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 10 48 89 04 24 e8 00 00 00  UH..H...H..$....
	0x0010 00 45 0f 57 ff 64 4c 8b 34 25 00 00 00 00 48 8b  .E.W.dL.4%....H.
	0x0020 44 24 08 48 83 c4 10 5d c3                       D$.H...].
	rel 13+4 t=R_CALL main.down+0
	rel 26+4 t=R_TLS_LE TLS+0
main.depth STEXT dupok nosplit size=42 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.depth(SB), DUPOK|NOSPLIT|ABIWRAPPER, $16-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$8, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.depth.arginfo0(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	main.n+24(SP), AX
	0x000d 00013 (<autogenerated>:1)	PCDATA	$1, $0
	0x000d 00013 (<autogenerated>:1)	XORPS	X15, X15
	0x0011 00017 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x001a 00026 (<autogenerated>:1)	CALL	main.depth(SB)
	0x001f 00031 (<autogenerated>:1)	MOVQ	AX, main.~r0+32(SP)
	0x0024 00036 (<autogenerated>:1)	ADDQ	$8, SP
	0x0028 00040 (<autogenerated>:1)	POPQ	BP
	0x0029 00041 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 08 48 8b 44 24 18 45 0f 57  UH..H...H.D$.E.W
	0x0010 ff 64 4c 8b 34 25 00 00 00 00 e8 00 00 00 00 48  .dL.4%.........H
	0x0020 89 44 24 20 48 83 c4 08 5d c3                    .D$ H...].
	rel 22+4 t=R_TLS_LE TLS+0
	rel 27+4 t=R_CALL main.depth+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
main.down.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 02 00 00 00 00 00                    ..........
main.down.arginfo0 SRODATA size=3 align=0x1
	0x0000 00 08 ff                                         ...
type:.eqfunc.M128 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 80 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*[16]int64- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 31 36 5d 69 6e 74 36 34              ..*[16]int64
type:*[16]int64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b2 1c f3 bb 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[16]int64-+0
	rel 48+8 t=R_ADDR type:[16]int64+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[16]int64 SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 08 5a 81 15 0a 08 08 11 00 00 00 00 00 00 00 00  .Z..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M128+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[16]int64-+0
	rel 44+4 t=RelocType(-32763) type:*[16]int64+0
	rel 48+8 t=R_ADDR type:int64+0
	rel 56+8 t=R_ADDR type:[]int64+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.depth.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.depth.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.down.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.down.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.depth.arginfo0 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
