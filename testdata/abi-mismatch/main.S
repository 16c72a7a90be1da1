main.twice STEXT nosplit size=4 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (main.go:10)	TEXT	main.twice(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (main.go:10)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (main.go:10)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (main.go:10)	FUNCDATA	$5, main.twice.arginfo1(SB)
	0x0000 00000 (main.go:10)	FUNCDATA	$6, main.twice.argliveinfo(SB)
	0x0000 00000 (main.go:10)	PCDATA	$3, $1
	0x0000 00000 (main.go:10)	ADDQ	AX, AX
	0x0003 00003 (main.go:10)	RET
	0x0000 48 01 c0 c3                                      H...
main.main STEXT size=95 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (main.go:12)	TEXT	main.main(SB), ABIInternal, $32-0
	0x0000 00000 (main.go:12)	CMPQ	SP, 16(R14)
	0x0004 00004 (main.go:12)	PCDATA	$0, $-2
	0x0004 00004 (main.go:12)	JLS	88
	0x0006 00006 (main.go:12)	PCDATA	$0, $-1
	0x0006 00006 (main.go:12)	PUSHQ	BP
	0x0007 00007 (main.go:12)	MOVQ	SP, BP
	0x000a 00010 (main.go:12)	SUBQ	$24, SP
	0x000e 00014 (main.go:12)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (main.go:12)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (main.go:13)	PCDATA	$1, $0
	0x000e 00014 (main.go:13)	CALL	main.seven(SB)
	0x0013 00019 (main.go:13)	MOVQ	AX, main..autotmp_2+16(SP)
	0x0018 00024 (main.go:13)	MOVL	$3, AX
	0x001d 00029 (main.go:13)	NOP
	0x0020 00032 (main.go:13)	CALL	main.callTwice(SB)
	0x0025 00037 (main.go:13)	MOVQ	AX, main..autotmp_3+8(SP)
	0x002a 00042 (main.go:13)	CALL	runtime.printlock(SB)
	0x002f 00047 (main.go:13)	MOVQ	main..autotmp_2+16(SP), AX
	0x0034 00052 (main.go:13)	CALL	runtime.printint(SB)
	0x0039 00057 (main.go:13)	CALL	runtime.printsp(SB)
	0x003e 00062 (main.go:13)	MOVQ	main..autotmp_3+8(SP), AX
	0x0043 00067 (main.go:13)	CALL	runtime.printint(SB)
	0x0048 00072 (main.go:13)	CALL	runtime.printnl(SB)
	0x004d 00077 (main.go:13)	CALL	runtime.printunlock(SB)
	0x0052 00082 (main.go:14)	ADDQ	$24, SP
	0x0056 00086 (main.go:14)	POPQ	BP
	0x0057 00087 (main.go:14)	RET
	0x0058 00088 (main.go:14)	NOP
	0x0058 00088 (main.go:12)	PCDATA	$1, $-1
	0x0058 00088 (main.go:12)	PCDATA	$0, $-2
	0x0058 00088 (main.go:12)	CALL	runtime.morestack_noctxt(SB)
	0x005d 00093 (main.go:12)	PCDATA	$0, $-1
	0x005d 00093 (main.go:12)	JMP	0
	0x0000 49 3b 66 10 76 52 55 48 89 e5 48 83 ec 18 e8 00  I;f.vRUH..H.....
	0x0010 00 00 00 48 89 44 24 10 b8 03 00 00 00 0f 1f 00  ...H.D$.........
	0x0020 e8 00 00 00 00 48 89 44 24 08 e8 00 00 00 00 48  .....H.D$......H
	0x0030 8b 44 24 10 e8 00 00 00 00 e8 00 00 00 00 48 8b  .D$...........H.
	0x0040 44 24 08 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  D$..............
	0x0050 00 00 48 83 c4 18 5d c3 e8 00 00 00 00 eb a1     ..H...]........
	rel 15+4 t=R_CALL main.seven+0
	rel 33+4 t=R_CALL main.callTwice+0
	rel 43+4 t=R_CALL runtime.printlock+0
	rel 53+4 t=R_CALL runtime.printint+0
	rel 58+4 t=R_CALL runtime.printsp+0
	rel 68+4 t=R_CALL runtime.printint+0
	rel 73+4 t=R_CALL runtime.printnl+0
	rel 78+4 t=R_CALL runtime.printunlock+0
	rel 89+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.twice.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.twice.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
