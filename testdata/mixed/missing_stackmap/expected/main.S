main.big STEXT size=197 align=0x0 args=0x8 locals=0x10008 funcid=0x0
	0x0000 00000 (main.go:12)	TEXT	main.big(SB), ABIInternal, $65544-8
	0x0000 00000 (main.go:12)	MOVQ	SP, R12
	0x0003 00003 (main.go:12)	PCDATA	$0, $-2
	0x0003 00003 (main.go:12)	SUBQ	$65416, R12
	0x000a 00010 (main.go:12)	JCS	176
	0x0010 00016 (main.go:12)	CMPQ	R12, 16(R14)
	0x0014 00020 (main.go:12)	JLS	176
	0x001a 00026 (main.go:12)	PCDATA	$0, $-1
	0x001a 00026 (main.go:12)	PUSHQ	BP
	0x001b 00027 (main.go:12)	MOVQ	SP, BP
	0x001e 00030 (main.go:12)	SUBQ	$65536, SP
	0x0025 00037 (main.go:12)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0025 00037 (main.go:12)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0025 00037 (main.go:12)	FUNCDATA	$5, main.big.arginfo1(SB)
	0x0025 00037 (main.go:12)	FUNCDATA	$6, main.big.argliveinfo(SB)
	0x0025 00037 (main.go:12)	PCDATA	$3, $1
	0x0025 00037 (main.go:13)	LEAQ	main.pad(SP), DI
	0x0029 00041 (main.go:13)	MOVL	$8192, CX
	0x002e 00046 (main.go:14)	MOVQ	AX, DX
	0x0031 00049 (main.go:13)	XORL	AX, AX
	0x0033 00051 (main.go:13)	REP
	0x0034 00052 (main.go:13)	STOSQ
	0x0036 00054 (main.go:14)	MOVQ	DX, BX
	0x0039 00057 (main.go:14)	SARQ	$63, DX
	0x003d 00061 (main.go:14)	SHRQ	$51, DX
	0x0041 00065 (main.go:14)	ADDQ	BX, DX
	0x0044 00068 (main.go:14)	ANDQ	$-8192, DX
	0x004b 00075 (main.go:14)	MOVQ	BX, SI
	0x004e 00078 (main.go:14)	SUBQ	DX, BX
	0x0051 00081 (main.go:14)	CMPQ	BX, $8192
	0x0058 00088 (main.go:14)	JCC	165
	0x005a 00090 (main.go:14)	MOVQ	SI, main.pad(SP)(BX*8)
	0x005e 00094 (main.go:15)	LEAQ	(SI)(SI*2), CX
	0x0062 00098 (main.go:15)	LEAQ	(SI)(CX*2), CX
	0x0066 00102 (main.go:15)	MOVQ	CX, DX
	0x0069 00105 (main.go:15)	SARQ	$63, CX
	0x006d 00109 (main.go:15)	SHRQ	$51, CX
	0x0071 00113 (main.go:15)	ADDQ	DX, CX
	0x0074 00116 (main.go:15)	ANDQ	$-8192, CX
	0x007b 00123 (main.go:15)	SUBQ	CX, DX
	0x007e 00126 (main.go:15)	NOP
	0x0080 00128 (main.go:15)	CMPQ	DX, $8192
	0x0087 00135 (main.go:15)	JCC	154
	0x0089 00137 (main.go:15)	MOVQ	main.pad(SP)(DX*8), CX
	0x008d 00141 (main.go:15)	LEAQ	(CX)(SI*1), AX
	0x0091 00145 (main.go:15)	ADDQ	$65536, SP
	0x0098 00152 (main.go:15)	POPQ	BP
	0x0099 00153 (main.go:15)	RET
	0x009a 00154 (main.go:15)	PCDATA	$1, $0
	0x009a 00154 (main.go:15)	MOVQ	$8192, AX
	0x009f 00159 (main.go:15)	PCDATA	$4, $207
	0x009f 00159 (main.go:15)	NOP
	0x00a0 00160 (main.go:15)	CALL	runtime.panicBounds(SB)
	0x00a5 00165 (main.go:14)	MOVQ	$8192, AX
	0x00aa 00170 (main.go:14)	PCDATA	$4, $279
	0x00aa 00170 (main.go:14)	CALL	runtime.panicBounds(SB)
	0x00af 00175 (main.go:14)	XCHGL	AX, AX
	0x00b0 00176 (main.go:14)	NOP
	0x00b0 00176 (main.go:12)	PCDATA	$1, $-1
	0x00b0 00176 (main.go:12)	PCDATA	$0, $-2
	0x00b0 00176 (main.go:12)	MOVQ	AX, 8(SP)
	0x00b5 00181 (main.go:12)	CALL	runtime.morestack_noctxt(SB)
	0x00ba 00186 (main.go:12)	PCDATA	$0, $-1
	0x00ba 00186 (main.go:12)	MOVQ	8(SP), AX
	0x00bf 00191 (main.go:12)	NOP
	0x00c0 00192 (main.go:12)	JMP	0
	0x0000 49 89 e4 49 81 ec 88 ff 00 00 0f 82 a0 00 00 00  I..I............
	0x0010 4d 3b 66 10 0f 86 96 00 00 00 55 48 89 e5 48 81  M;f.......UH..H.
	0x0020 ec 00 00 01 00 48 8d 3c 24 b9 00 20 00 00 48 89  .....H.<$.. ..H.
	0x0030 c2 31 c0 f3 48 ab 48 89 d3 48 c1 fa 3f 48 c1 ea  .1..H.H..H..?H..
	0x0040 33 48 01 da 48 81 e2 00 e0 ff ff 48 89 de 48 29  3H..H......H..H)
	0x0050 d3 48 81 fb 00 20 00 00 73 4b 48 89 34 dc 48 8d  .H... ..sKH.4.H.
	0x0060 0c 76 48 8d 0c 4e 48 89 ca 48 c1 f9 3f 48 c1 e9  .vH..NH..H..?H..
	0x0070 33 48 01 d1 48 81 e1 00 e0 ff ff 48 29 ca 66 90  3H..H......H).f.
	0x0080 48 81 fa 00 20 00 00 73 11 48 8b 0c d4 48 8d 04  H... ..s.H...H..
	0x0090 31 48 81 c4 00 00 01 00 5d c3 b8 00 20 00 00 90  1H......]... ...
	0x00a0 e8 00 00 00 00 b8 00 20 00 00 e8 00 00 00 00 90  ....... ........
	0x00b0 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 90  H.D$......H.D$..
	0x00c0 e9 3b ff ff ff                                   .;...
	rel 161+4 t=R_CALL runtime.panicBounds+0
	rel 171+4 t=R_CALL runtime.panicBounds+0
	rel 182+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=108 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (main.go:18)	TEXT	main.main(SB), ABIInternal, $24-0
	0x0000 00000 (main.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (main.go:18)	PCDATA	$0, $-2
	0x0004 00004 (main.go:18)	JLS	101
	0x0006 00006 (main.go:18)	PCDATA	$0, $-1
	0x0006 00006 (main.go:18)	PUSHQ	BP
	0x0007 00007 (main.go:18)	MOVQ	SP, BP
	0x000a 00010 (main.go:18)	SUBQ	$16, SP
	0x000e 00014 (main.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (main.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (main.go:19)	PCDATA	$1, $0
	0x000e 00014 (main.go:19)	CALL	runtime.printlock(SB)
	0x0013 00019 (main.go:19)	LEAQ	go:string."start\n"(SB), AX
	0x001a 00026 (main.go:19)	MOVL	$6, BX
	0x001f 00031 (main.go:19)	NOP
	0x0020 00032 (main.go:19)	CALL	runtime.printstring(SB)
	0x0025 00037 (main.go:19)	CALL	runtime.printunlock(SB)
	0x002a 00042 (main.go:20)	MOVQ	$200, (SP)
	0x0032 00050 (main.go:20)	CALL	main.viaAsm(SB)
	0x0037 00055 (main.go:20)	XORPS	X15, X15
	0x003b 00059 (main.go:20)	MOVQ	(TLS), R14
	0x0044 00068 (main.go:21)	CALL	runtime.printlock(SB)
	0x0049 00073 (main.go:21)	LEAQ	go:string."not reached\n"(SB), AX
	0x0050 00080 (main.go:21)	MOVL	$12, BX
	0x0055 00085 (main.go:21)	CALL	runtime.printstring(SB)
	0x005a 00090 (main.go:21)	CALL	runtime.printunlock(SB)
	0x005f 00095 (main.go:22)	ADDQ	$16, SP
	0x0063 00099 (main.go:22)	POPQ	BP
	0x0064 00100 (main.go:22)	RET
	0x0065 00101 (main.go:22)	NOP
	0x0065 00101 (main.go:18)	PCDATA	$1, $-1
	0x0065 00101 (main.go:18)	PCDATA	$0, $-2
	0x0065 00101 (main.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x006a 00106 (main.go:18)	PCDATA	$0, $-1
	0x006a 00106 (main.go:18)	JMP	0
	0x0000 49 3b 66 10 76 5f 55 48 89 e5 48 83 ec 10 e8 00  I;f.v_UH..H.....
	0x0010 00 00 00 48 8d 05 00 00 00 00 bb 06 00 00 00 90  ...H............
	0x0020 e8 00 00 00 00 e8 00 00 00 00 48 c7 04 24 c8 00  ..........H..$..
	0x0030 00 00 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25  .......E.W.dL.4%
	0x0040 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0050 bb 0c 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0060 83 c4 10 5d c3 e8 00 00 00 00 eb 94              ...]........
	rel 15+4 t=R_CALL runtime.printlock+0
	rel 22+4 t=R_PCREL go:string."start\n"+0
	rel 33+4 t=R_CALL runtime.printstring+0
	rel 38+4 t=R_CALL runtime.printunlock+0
	rel 51+4 t=R_CALL main.viaAsm+0
	rel 64+4 t=R_TLS_LE TLS+0
	rel 69+4 t=R_CALL runtime.printlock+0
	rel 76+4 t=R_PCREL go:string."not reached\n"+0
	rel 86+4 t=R_CALL runtime.printstring+0
	rel 91+4 t=R_CALL runtime.printunlock+0
	rel 102+4 t=R_CALL runtime.morestack_noctxt+0
main.viaAsm STEXT dupok nosplit size=36 align=0x0 args=0x8 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.viaAsm(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $16-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$8, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.viaAsm.arginfo1(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$6, main.viaAsm.argliveinfo(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$3, $1
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	PCDATA	$1, $0
	0x000c 00012 (<autogenerated>:1)	CALL	main.viaAsm(SB)
	0x0011 00017 (<autogenerated>:1)	XORPS	X15, X15
	0x0015 00021 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x001e 00030 (<autogenerated>:1)	ADDQ	$8, SP
	0x0022 00034 (<autogenerated>:1)	POPQ	BP
	0x0023 00035 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 08 48 89 04 24 e8 00 00 00  UH..H...H..$....
	0x0010 00 45 0f 57 ff 64 4c 8b 34 25 00 00 00 00 48 83  .E.W.dL.4%....H.
	0x0020 c4 08 5d c3                                      ..].
	rel 13+4 t=R_CALL main.viaAsm+0
	rel 26+4 t=R_TLS_LE TLS+0
main.big STEXT dupok nosplit size=42 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.big(SB), DUPOK|NOSPLIT|ABIWRAPPER, $16-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$8, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.big.arginfo0(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	main.n+24(SP), AX
	0x000d 00013 (<autogenerated>:1)	PCDATA	$1, $0
	0x000d 00013 (<autogenerated>:1)	XORPS	X15, X15
	0x0011 00017 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x001a 00026 (<autogenerated>:1)	CALL	main.big(SB)
	0x001f 00031 (<autogenerated>:1)	MOVQ	AX, main.~r0+32(SP)
	0x0024 00036 (<autogenerated>:1)	ADDQ	$8, SP
	0x0028 00040 (<autogenerated>:1)	POPQ	BP
	0x0029 00041 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 08 48 8b 44 24 18 45 0f 57  UH..H...H.D$.E.W
	0x0010 ff 64 4c 8b 34 25 00 00 00 00 e8 00 00 00 00 48  .dL.4%.........H
	0x0020 89 44 24 20 48 83 c4 08 5d c3                    .D$ H...].
	rel 22+4 t=R_TLS_LE TLS+0
	rel 27+4 t=R_CALL main.big+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
main.viaAsm.args_stackmap SRODATA size=9 align=0x0
	0x0000 01 00 00 00 01 00 00 00 00                       .........
main.viaAsm.arginfo0 SRODATA size=3 align=0x1
	0x0000 00 08 ff                                         ...
go:string."start" SRODATA dupok size=5 align=0x1
	0x0000 73 74 61 72 74                                   start
go:string."start\n" SRODATA dupok size=6 align=0x1
	0x0000 73 74 61 72 74 0a                                start.
go:string."not reached" SRODATA dupok size=11 align=0x1
	0x0000 6e 6f 74 20 72 65 61 63 68 65 64                 not reached
go:string."not reached\n" SRODATA dupok size=12 align=0x1
	0x0000 6e 6f 74 20 72 65 61 63 68 65 64 0a              not reached.
type:.eqfunc.M65536 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 01 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*[8192]int64- SRODATA dupok size=14 align=0x1
	0x0000 00 0c 2a 5b 38 31 39 32 5d 69 6e 74 36 34        ..*[8192]int64
type:*[8192]int64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c5 f4 19 3d 28 08 08 16 00 00 00 00 00 00 00 00  ...=(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8192]int64-+0
	rel 48+8 t=R_ADDR type:[8192]int64+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[8192]int64 SRODATA dupok size=72 align=0x8
	0x0000 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 bc 39 ce 57 0a 08 08 11 00 00 00 00 00 00 00 00  .9.W............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 20 00 00 00 00 00 00                          . ......
	rel 24+8 t=R_ADDR type:.eqfunc.M65536+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8192]int64-+0
	rel 44+4 t=RelocType(-32763) type:*[8192]int64+0
	rel 48+8 t=R_ADDR type:int64+0
	rel 56+8 t=R_ADDR type:[]int64+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.big.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.big.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.viaAsm.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.viaAsm.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.big.arginfo0 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
