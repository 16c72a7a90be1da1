main.fib STEXT size=89 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (fib.go:7)	TEXT	main.fib(SB), ABIInternal, $24-8
	0x0000 00000 (fib.go:7)	CMPQ	SP, 16(R14)
	0x0004 00004 (fib.go:7)	PCDATA	$0, $-2
	0x0004 00004 (fib.go:7)	JLS	72
	0x0006 00006 (fib.go:7)	PCDATA	$0, $-1
	0x0006 00006 (fib.go:7)	PUSHQ	BP
	0x0007 00007 (fib.go:7)	MOVQ	SP, BP
	0x000a 00010 (fib.go:7)	SUBQ	$16, SP
	0x000e 00014 (fib.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (fib.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (fib.go:7)	FUNCDATA	$5, main.fib.arginfo1(SB)
	0x000e 00014 (fib.go:7)	FUNCDATA	$6, main.fib.argliveinfo(SB)
	0x000e 00014 (fib.go:7)	PCDATA	$3, $1
	0x000e 00014 (fib.go:8)	CMPQ	AX, $2
	0x0012 00018 (fib.go:8)	JGE	26
	0x0014 00020 (fib.go:9)	ADDQ	$16, SP
	0x0018 00024 (fib.go:9)	POPQ	BP
	0x0019 00025 (fib.go:9)	RET
	0x001a 00026 (fib.go:8)	MOVQ	AX, main.n+32(SP)
	0x001f 00031 (fib.go:8)	PCDATA	$3, $-1
	0x001f 00031 (fib.go:11)	DECQ	AX
	0x0022 00034 (fib.go:11)	PCDATA	$1, $0
	0x0022 00034 (fib.go:11)	CALL	main.fib(SB)
	0x0027 00039 (fib.go:11)	MOVQ	AX, main..autotmp_4+8(SP)
	0x002c 00044 (fib.go:11)	MOVQ	main.n+32(SP), AX
	0x0031 00049 (fib.go:11)	ADDQ	$-2, AX
	0x0035 00053 (fib.go:11)	CALL	main.fib(SB)
	0x003a 00058 (fib.go:11)	MOVQ	main..autotmp_4+8(SP), CX
	0x003f 00063 (fib.go:11)	ADDQ	CX, AX
	0x0042 00066 (fib.go:11)	ADDQ	$16, SP
	0x0046 00070 (fib.go:11)	POPQ	BP
	0x0047 00071 (fib.go:11)	RET
	0x0048 00072 (fib.go:11)	NOP
	0x0048 00072 (fib.go:7)	PCDATA	$1, $-1
	0x0048 00072 (fib.go:7)	PCDATA	$0, $-2
	0x0048 00072 (fib.go:7)	MOVQ	AX, 8(SP)
	0x004d 00077 (fib.go:7)	CALL	runtime.morestack_noctxt(SB)
	0x0052 00082 (fib.go:7)	PCDATA	$0, $-1
	0x0052 00082 (fib.go:7)	MOVQ	8(SP), AX
	0x0057 00087 (fib.go:7)	JMP	0
	0x0000 49 3b 66 10 76 42 55 48 89 e5 48 83 ec 10 48 83  I;f.vBUH..H...H.
	0x0010 f8 02 7d 06 48 83 c4 10 5d c3 48 89 44 24 20 48  ..}.H...].H.D$ H
	0x0020 ff c8 e8 00 00 00 00 48 89 44 24 08 48 8b 44 24  .......H.D$.H.D$
	0x0030 20 48 83 c0 fe e8 00 00 00 00 48 8b 4c 24 08 48   H........H.L$.H
	0x0040 01 c8 48 83 c4 10 5d c3 48 89 44 24 08 e8 00 00  ..H...].H.D$....
	0x0050 00 00 48 8b 44 24 08 eb a7                       ..H.D$...
	rel 35+4 t=R_CALL main.fib+0
	rel 54+4 t=R_CALL main.fib+0
	rel 78+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=71 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (fib.go:14)	TEXT	main.main(SB), ABIInternal, $24-0
	0x0000 00000 (fib.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (fib.go:14)	PCDATA	$0, $-2
	0x0004 00004 (fib.go:14)	JLS	63
	0x0006 00006 (fib.go:14)	PCDATA	$0, $-1
	0x0006 00006 (fib.go:14)	PUSHQ	BP
	0x0007 00007 (fib.go:14)	MOVQ	SP, BP
	0x000a 00010 (fib.go:14)	SUBQ	$16, SP
	0x000e 00014 (fib.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (fib.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (fib.go:15)	MOVL	$32, AX
	0x0013 00019 (fib.go:15)	PCDATA	$1, $0
	0x0013 00019 (fib.go:15)	CALL	main.fib(SB)
	0x0018 00024 (fib.go:15)	MOVQ	AX, main..autotmp_1+8(SP)
	0x001d 00029 (fib.go:15)	NOP
	0x0020 00032 (fib.go:15)	CALL	runtime.printlock(SB)
	0x0025 00037 (fib.go:15)	MOVQ	main..autotmp_1+8(SP), AX
	0x002a 00042 (fib.go:15)	CALL	runtime.printint(SB)
	0x002f 00047 (fib.go:15)	CALL	runtime.printnl(SB)
	0x0034 00052 (fib.go:15)	CALL	runtime.printunlock(SB)
	0x0039 00057 (fib.go:16)	ADDQ	$16, SP
	0x003d 00061 (fib.go:16)	POPQ	BP
	0x003e 00062 (fib.go:16)	RET
	0x003f 00063 (fib.go:16)	NOP
	0x003f 00063 (fib.go:14)	PCDATA	$1, $-1
	0x003f 00063 (fib.go:14)	PCDATA	$0, $-2
	0x003f 00063 (fib.go:14)	NOP
	0x0040 00064 (fib.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (fib.go:14)	PCDATA	$0, $-1
	0x0045 00069 (fib.go:14)	JMP	0
	0x0000 49 3b 66 10 76 39 55 48 89 e5 48 83 ec 10 b8 20  I;f.v9UH..H.... 
	0x0010 00 00 00 e8 00 00 00 00 48 89 44 24 08 0f 1f 00  ........H.D$....
	0x0020 e8 00 00 00 00 48 8b 44 24 08 e8 00 00 00 00 e8  .....H.D$.......
	0x0030 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3 90  .........H...]..
	0x0040 e8 00 00 00 00 eb b9                             .......
	rel 20+4 t=R_CALL main.fib+0
	rel 33+4 t=R_CALL runtime.printlock+0
	rel 43+4 t=R_CALL runtime.printint+0
	rel 48+4 t=R_CALL runtime.printnl+0
	rel 53+4 t=R_CALL runtime.printunlock+0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.fib.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.fib.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
