main.loops STEXT nosplit size=94 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (loops.go:7)	TEXT	main.loops(SB), NOSPLIT|ABIInternal, $8-16
	0x0000 00000 (loops.go:7)	PUSHQ	BP
	0x0001 00001 (loops.go:7)	MOVQ	SP, BP
	0x0004 00004 (loops.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (loops.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (loops.go:7)	FUNCDATA	$5, main.loops.arginfo1(SB)
	0x0004 00004 (loops.go:7)	FUNCDATA	$6, main.loops.argliveinfo(SB)
	0x0004 00004 (loops.go:7)	PCDATA	$3, $1
	0x0004 00004 (loops.go:9)	XORL	CX, CX
	0x0006 00006 (loops.go:9)	XORL	DX, DX
	0x0008 00008 (loops.go:9)	JMP	13
	0x000a 00010 (loops.go:9)	INCQ	CX
	0x000d 00013 (loops.go:9)	CMPQ	AX, CX
	0x0010 00016 (loops.go:9)	JLE	83
	0x0012 00018 (loops.go:10)	XORL	SI, SI
	0x0014 00020 (loops.go:10)	JMP	64
	0x0016 00022 (loops.go:9)	MOVQ	AX, R8
	0x0019 00025 (loops.go:11)	MOVQ	CX, AX
	0x001c 00028 (loops.go:10)	MOVQ	DX, CX
	0x001f 00031 (loops.go:10)	NOP
	0x0020 00032 (loops.go:11)	CMPQ	BX, $-1
	0x0024 00036 (loops.go:11)	JNE	45
	0x0026 00038 (loops.go:11)	NEGQ	AX
	0x0029 00041 (loops.go:11)	XORL	DX, DX
	0x002b 00043 (loops.go:11)	JMP	50
	0x002d 00045 (loops.go:11)	CQO
	0x002f 00047 (loops.go:11)	IDIVQ	BX
	0x0032 00050 (loops.go:11)	ADDQ	CX, DX
	0x0035 00053 (loops.go:10)	INCQ	SI
	0x0038 00056 (loops.go:10)	MOVQ	R8, AX
	0x003b 00059 (loops.go:11)	MOVQ	DI, CX
	0x003e 00062 (loops.go:11)	NOP
	0x0040 00064 (loops.go:10)	CMPQ	AX, SI
	0x0043 00067 (loops.go:10)	JLE	10
	0x0045 00069 (loops.go:11)	MOVQ	CX, DI
	0x0048 00072 (loops.go:11)	IMULQ	SI, CX
	0x004c 00076 (loops.go:11)	TESTQ	BX, BX
	0x004f 00079 (loops.go:11)	JNE	22
	0x0051 00081 (loops.go:11)	JMP	88
	0x0053 00083 (loops.go:14)	MOVQ	DX, AX
	0x0056 00086 (loops.go:14)	POPQ	BP
	0x0057 00087 (loops.go:14)	RET
	0x0058 00088 (loops.go:11)	PCDATA	$1, $0
	0x0058 00088 (loops.go:11)	CALL	runtime.panicdivide(SB)
	0x005d 00093 (loops.go:11)	XCHGL	AX, AX
	0x0000 55 48 89 e5 31 c9 31 d2 eb 03 48 ff c1 48 39 c8  UH..1.1...H..H9.
	0x0010 7e 41 31 f6 eb 2a 49 89 c0 48 89 c8 48 89 d1 90  ~A1..*I..H..H...
	0x0020 48 83 fb ff 75 07 48 f7 d8 31 d2 eb 05 48 99 48  H...u.H..1...H.H
	0x0030 f7 fb 48 01 ca 48 ff c6 4c 89 c0 48 89 f9 66 90  ..H..H..L..H..f.
	0x0040 48 39 f0 7e c5 48 89 cf 48 0f af ce 48 85 db 75  H9.~.H..H...H..u
	0x0050 c5 eb 05 48 89 d0 5d c3 e8 00 00 00 00 90        ...H..].......
	rel 89+4 t=R_CALL runtime.panicdivide+0
main.main STEXT size=72 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (loops.go:17)	TEXT	main.main(SB), ABIInternal, $32-0
	0x0000 00000 (loops.go:17)	CMPQ	SP, 16(R14)
	0x0004 00004 (loops.go:17)	PCDATA	$0, $-2
	0x0004 00004 (loops.go:17)	JLS	65
	0x0006 00006 (loops.go:17)	PCDATA	$0, $-1
	0x0006 00006 (loops.go:17)	PUSHQ	BP
	0x0007 00007 (loops.go:17)	MOVQ	SP, BP
	0x000a 00010 (loops.go:17)	SUBQ	$24, SP
	0x000e 00014 (loops.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (loops.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (loops.go:18)	MOVL	$10000, AX
	0x0013 00019 (loops.go:18)	MOVL	$1009, BX
	0x0018 00024 (loops.go:18)	PCDATA	$1, $0
	0x0018 00024 (loops.go:18)	CALL	main.loops(SB)
	0x001d 00029 (loops.go:18)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0022 00034 (loops.go:18)	CALL	runtime.printlock(SB)
	0x0027 00039 (loops.go:18)	MOVQ	main..autotmp_1+16(SP), AX
	0x002c 00044 (loops.go:18)	CALL	runtime.printint(SB)
	0x0031 00049 (loops.go:18)	CALL	runtime.printnl(SB)
	0x0036 00054 (loops.go:18)	CALL	runtime.printunlock(SB)
	0x003b 00059 (loops.go:19)	ADDQ	$24, SP
	0x003f 00063 (loops.go:19)	POPQ	BP
	0x0040 00064 (loops.go:19)	RET
	0x0041 00065 (loops.go:19)	NOP
	0x0041 00065 (loops.go:17)	PCDATA	$1, $-1
	0x0041 00065 (loops.go:17)	PCDATA	$0, $-2
	0x0041 00065 (loops.go:17)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (loops.go:17)	PCDATA	$0, $-1
	0x0046 00070 (loops.go:17)	JMP	0
	0x0000 49 3b 66 10 76 3b 55 48 89 e5 48 83 ec 18 b8 10  I;f.v;UH..H.....
	0x0010 27 00 00 bb f1 03 00 00 e8 00 00 00 00 48 89 44  '............H.D
	0x0020 24 10 e8 00 00 00 00 48 8b 44 24 10 e8 00 00 00  $......H.D$.....
	0x0030 00 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 18 5d  ...........H...]
	0x0040 c3 e8 00 00 00 00 eb b8                          ........
	rel 25+4 t=R_CALL main.loops+0
	rel 35+4 t=R_CALL runtime.printlock+0
	rel 45+4 t=R_CALL runtime.printint+0
	rel 50+4 t=R_CALL runtime.printnl+0
	rel 55+4 t=R_CALL runtime.printunlock+0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.loops.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.loops.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
