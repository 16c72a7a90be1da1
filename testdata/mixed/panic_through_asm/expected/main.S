main.check STEXT size=67 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (main.go:7)	TEXT	main.check(SB), ABIInternal, $24-8
	0x0000 00000 (main.go:7)	CMPQ	SP, 16(R14)
	0x0004 00004 (main.go:7)	PCDATA	$0, $-2
	0x0004 00004 (main.go:7)	JLS	50
	0x0006 00006 (main.go:7)	PCDATA	$0, $-1
	0x0006 00006 (main.go:7)	PUSHQ	BP
	0x0007 00007 (main.go:7)	MOVQ	SP, BP
	0x000a 00010 (main.go:7)	SUBQ	$16, SP
	0x000e 00014 (main.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (main.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (main.go:7)	FUNCDATA	$5, main.check.arginfo1(SB)
	0x000e 00014 (main.go:7)	FUNCDATA	$6, main.check.argliveinfo(SB)
	0x000e 00014 (main.go:7)	PCDATA	$3, $1
	0x000e 00014 (main.go:8)	CMPQ	AX, $10
	0x0012 00018 (main.go:8)	JGT	30
	0x0014 00020 (main.go:11)	LEAQ	(AX)(AX*2), AX
	0x0018 00024 (main.go:11)	ADDQ	$16, SP
	0x001c 00028 (main.go:11)	POPQ	BP
	0x001d 00029 (main.go:11)	RET
	0x001e 00030 (main.go:9)	LEAQ	type:string(SB), AX
	0x0025 00037 (main.go:9)	LEAQ	main..stmp_0(SB), BX
	0x002c 00044 (main.go:9)	PCDATA	$1, $0
	0x002c 00044 (main.go:9)	CALL	runtime.gopanic(SB)
	0x0031 00049 (main.go:9)	XCHGL	AX, AX
	0x0032 00050 (main.go:9)	NOP
	0x0032 00050 (main.go:7)	PCDATA	$1, $-1
	0x0032 00050 (main.go:7)	PCDATA	$0, $-2
	0x0032 00050 (main.go:7)	MOVQ	AX, 8(SP)
	0x0037 00055 (main.go:7)	CALL	runtime.morestack_noctxt(SB)
	0x003c 00060 (main.go:7)	PCDATA	$0, $-1
	0x003c 00060 (main.go:7)	MOVQ	8(SP), AX
	0x0041 00065 (main.go:7)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 83 ec 10 48 83  I;f.v,UH..H...H.
	0x0010 f8 0a 7f 0a 48 8d 04 40 48 83 c4 10 5d c3 48 8d  ....H..@H...].H.
	0x0020 05 00 00 00 00 48 8d 1d 00 00 00 00 e8 00 00 00  .....H..........
	0x0030 00 90 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  ..H.D$......H.D$
	0x0040 08 eb bd                                         ...
	rel 2+0 t=R_USEIFACE type:string+0
	rel 33+4 t=R_PCREL type:string+0
	rel 40+4 t=R_PCREL main..stmp_0+0
	rel 45+4 t=R_CALL runtime.gopanic+0
	rel 56+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=159 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (main.go:14)	TEXT	main.main(SB), ABIInternal, $32-0
	0x0000 00000 (main.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (main.go:14)	PCDATA	$0, $-2
	0x0004 00004 (main.go:14)	JLS	149
	0x000a 00010 (main.go:14)	PCDATA	$0, $-1
	0x000a 00010 (main.go:14)	PUSHQ	BP
	0x000b 00011 (main.go:14)	MOVQ	SP, BP
	0x000e 00014 (main.go:14)	SUBQ	$24, SP
	0x0012 00018 (main.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (main.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (main.go:15)	MOVQ	$2, (SP)
	0x001a 00026 (main.go:15)	PCDATA	$1, $0
	0x001a 00026 (main.go:15)	CALL	main.viaAsm(SB)
	0x001f 00031 (main.go:15)	XORPS	X15, X15
	0x0023 00035 (main.go:15)	MOVQ	(TLS), R14
	0x002c 00044 (main.go:15)	MOVQ	8(SP), AX
	0x0031 00049 (main.go:15)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0036 00054 (main.go:15)	CALL	runtime.printlock(SB)
	0x003b 00059 (main.go:15)	MOVQ	main..autotmp_1+16(SP), AX
	0x0040 00064 (main.go:15)	CALL	runtime.printint(SB)
	0x0045 00069 (main.go:15)	CALL	runtime.printnl(SB)
	0x004a 00074 (main.go:15)	CALL	runtime.printunlock(SB)
	0x004f 00079 (main.go:16)	MOVQ	$11, (SP)
	0x0057 00087 (main.go:16)	CALL	main.viaAsm(SB)
	0x005c 00092 (main.go:16)	XORPS	X15, X15
	0x0060 00096 (main.go:16)	MOVQ	(TLS), R14
	0x0069 00105 (main.go:16)	MOVQ	8(SP), AX
	0x006e 00110 (main.go:16)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0073 00115 (main.go:16)	CALL	runtime.printlock(SB)
	0x0078 00120 (main.go:16)	MOVQ	main..autotmp_1+16(SP), AX
	0x007d 00125 (main.go:16)	NOP
	0x0080 00128 (main.go:16)	CALL	runtime.printint(SB)
	0x0085 00133 (main.go:16)	CALL	runtime.printnl(SB)
	0x008a 00138 (main.go:16)	CALL	runtime.printunlock(SB)
	0x008f 00143 (main.go:17)	ADDQ	$24, SP
	0x0093 00147 (main.go:17)	POPQ	BP
	0x0094 00148 (main.go:17)	RET
	0x0095 00149 (main.go:17)	NOP
	0x0095 00149 (main.go:14)	PCDATA	$1, $-1
	0x0095 00149 (main.go:14)	PCDATA	$0, $-2
	0x0095 00149 (main.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x009a 00154 (main.go:14)	PCDATA	$0, $-1
	0x009a 00154 (main.go:14)	JMP	0
	0x0000 49 3b 66 10 0f 86 8b 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 18 48 c7 04 24 02 00 00 00 e8 00 00 00 00 45  ..H..$.........E
	0x0020 0f 57 ff 64 4c 8b 34 25 00 00 00 00 48 8b 44 24  .W.dL.4%....H.D$
	0x0030 08 48 89 44 24 10 e8 00 00 00 00 48 8b 44 24 10  .H.D$......H.D$.
	0x0040 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0050 c7 04 24 0b 00 00 00 e8 00 00 00 00 45 0f 57 ff  ..$.........E.W.
	0x0060 64 4c 8b 34 25 00 00 00 00 48 8b 44 24 08 48 89  dL.4%....H.D$.H.
	0x0070 44 24 10 e8 00 00 00 00 48 8b 44 24 10 0f 1f 00  D$......H.D$....
	0x0080 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0090 83 c4 18 5d c3 e8 00 00 00 00 e9 61 ff ff ff     ...].......a...
	rel 27+4 t=R_CALL main.viaAsm+0
	rel 40+4 t=R_TLS_LE TLS+0
	rel 55+4 t=R_CALL runtime.printlock+0
	rel 65+4 t=R_CALL runtime.printint+0
	rel 70+4 t=R_CALL runtime.printnl+0
	rel 75+4 t=R_CALL runtime.printunlock+0
	rel 88+4 t=R_CALL main.viaAsm+0
	rel 101+4 t=R_TLS_LE TLS+0
	rel 116+4 t=R_CALL runtime.printlock+0
	rel 129+4 t=R_CALL runtime.printint+0
	rel 134+4 t=R_CALL runtime.printnl+0
	rel 139+4 t=R_CALL runtime.printunlock+0
	rel 150+4 t=R_CALL runtime.morestack_noctxt+0
main.viaAsm STEXT dupok nosplit size=41 align=0x0 args=0x8 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.viaAsm(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $24-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$16, SP
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
	0x001e 00030 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0023 00035 (<autogenerated>:1)	ADDQ	$16, SP
	0x0027 00039 (<autogenerated>:1)	POPQ	BP
	0x0028 00040 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 10 48 89 04 24 e8 00 00 00  UH..H...H..$....
	0x0010 00 45 0f 57 ff 64 4c 8b 34 25 00 00 00 00 48 8b  .E.W.dL.4%....H.
	0x0020 44 24 08 48 83 c4 10 5d c3                       D$.H...].
	rel 13+4 t=R_CALL main.viaAsm+0
	rel 26+4 t=R_TLS_LE TLS+0
main.check STEXT dupok nosplit size=42 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.check(SB), DUPOK|NOSPLIT|ABIWRAPPER, $16-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$8, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.check.arginfo0(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	main.x+24(SP), AX
	0x000d 00013 (<autogenerated>:1)	PCDATA	$1, $0
	0x000d 00013 (<autogenerated>:1)	XORPS	X15, X15
	0x0011 00017 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x001a 00026 (<autogenerated>:1)	CALL	main.check(SB)
	0x001f 00031 (<autogenerated>:1)	MOVQ	AX, main.~r0+32(SP)
	0x0024 00036 (<autogenerated>:1)	ADDQ	$8, SP
	0x0028 00040 (<autogenerated>:1)	POPQ	BP
	0x0029 00041 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 08 48 8b 44 24 18 45 0f 57  UH..H...H.D$.E.W
	0x0010 ff 64 4c 8b 34 25 00 00 00 00 e8 00 00 00 00 48  .dL.4%.........H
	0x0020 89 44 24 20 48 83 c4 08 5d c3                    .D$ H...].
	rel 22+4 t=R_TLS_LE TLS+0
	rel 27+4 t=R_CALL main.check+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
main.viaAsm.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 02 00 00 00 00 00                    ..........
main.viaAsm.arginfo0 SRODATA size=3 align=0x1
	0x0000 00 08 ff                                         ...
go:string."too big" SRODATA dupok size=7 align=0x1
	0x0000 74 6f 6f 20 62 69 67                             too big
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 07 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."too big"+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.check.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.check.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.viaAsm.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.viaAsm.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.check.arginfo0 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
