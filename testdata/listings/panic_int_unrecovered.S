funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_int_unrecovered.go:18)	TEXT	main.main(SB), ABIInternal, $40-0
     0        00000 (panic_int_unrecovered.go:18)	TEXT	main.main(SB), ABIInternal, $40-0
     0     -1 00000 (panic_int_unrecovered.go:18)	CMPQ	SP, 16(R14)
     4        00004 (panic_int_unrecovered.go:18)	PCDATA	$0, $-2
     4        00004 (panic_int_unrecovered.go:18)	JLS	131
     6        00006 (panic_int_unrecovered.go:18)	PCDATA	$0, $-1
     6        00006 (panic_int_unrecovered.go:18)	PUSHQ	BP
     7        00007 (panic_int_unrecovered.go:18)	MOVQ	SP, BP
     a        00010 (panic_int_unrecovered.go:18)	SUBQ	$32, SP
     e        00014 (panic_int_unrecovered.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_int_unrecovered.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_int_unrecovered.go:18)	XORL	AX, AX
    10        00016 (panic_int_unrecovered.go:19)	JMP	119
    12        00018 (panic_int_unrecovered.go:19)	MOVQ	AX, main.i+16(SP)
    17        00023 (panic_int_unrecovered.go:20)	PCDATA	$1, $0
    17        00023 (panic_int_unrecovered.go:20)	CALL	main.level1(SB)
    1c        00028 (panic_int_unrecovered.go:20)	MOVQ	AX, main..autotmp_2+24(SP)
    21        00033 (panic_int_unrecovered.go:20)	CALL	runtime.printlock(SB)
    26        00038 (panic_int_unrecovered.go:20)	LEAQ	go:string."level1 "(SB), AX
    2d        00045 (panic_int_unrecovered.go:20)	MOVL	$7, BX
    32        00050 (panic_int_unrecovered.go:20)	CALL	runtime.printstring(SB)
    37        00055 (panic_int_unrecovered.go:20)	MOVQ	main.i+16(SP), AX
    3c        00060 (panic_int_unrecovered.go:20)	NOP
    40        00064 (panic_int_unrecovered.go:20)	CALL	runtime.printint(SB)
    45        00069 (panic_int_unrecovered.go:20)	LEAQ	go:string." = "(SB), AX
    4c        00076 (panic_int_unrecovered.go:20)	MOVL	$3, BX
    51        00081 (panic_int_unrecovered.go:20)	CALL	runtime.printstring(SB)
    56        00086 (panic_int_unrecovered.go:20)	MOVQ	main..autotmp_2+24(SP), AX
    5b        00091 (panic_int_unrecovered.go:20)	NOP
    60        00096 (panic_int_unrecovered.go:20)	CALL	runtime.printint(SB)
    65        00101 (panic_int_unrecovered.go:20)	CALL	runtime.printnl(SB)
    6a        00106 (panic_int_unrecovered.go:20)	CALL	runtime.printunlock(SB)
    6f        00111 (panic_int_unrecovered.go:19)	MOVQ	main.i+16(SP), AX
    74        00116 (panic_int_unrecovered.go:19)	INCQ	AX
    77        00119 (panic_int_unrecovered.go:19)	CMPQ	AX, $5
    7b        00123 (panic_int_unrecovered.go:19)	JLT	18
    7d        00125 (panic_int_unrecovered.go:22)	ADDQ	$32, SP
    81        00129 (panic_int_unrecovered.go:22)	POPQ	BP
    82        00130 (panic_int_unrecovered.go:22)	RET
    83        00131 (panic_int_unrecovered.go:22)	NOP
    83        00131 (panic_int_unrecovered.go:18)	PCDATA	$1, $-1
    83        00131 (panic_int_unrecovered.go:18)	PCDATA	$0, $-2
    83        00131 (panic_int_unrecovered.go:18)	CALL	runtime.morestack_noctxt(SB)
    88        00136 (panic_int_unrecovered.go:18)	PCDATA	$0, $-1
    88        00136 (panic_int_unrecovered.go:18)	JMP	0
    8d done
wrote 4 bytes to 0x0
 00 8d 01 00
funcpctab main.level1 [valfunc=pctoinline]
     0     -1 00000 (panic_int_unrecovered.go:16)	TEXT	main.level1(SB), ABIInternal, $16-8
     0        00000 (panic_int_unrecovered.go:16)	TEXT	main.level1(SB), ABIInternal, $16-8
     0     -1 00000 (panic_int_unrecovered.go:16)	CMPQ	SP, 16(R14)
     4        00004 (panic_int_unrecovered.go:16)	PCDATA	$0, $-2
     4        00004 (panic_int_unrecovered.go:16)	JLS	31
     6        00006 (panic_int_unrecovered.go:16)	PCDATA	$0, $-1
     6        00006 (panic_int_unrecovered.go:16)	PUSHQ	BP
     7        00007 (panic_int_unrecovered.go:16)	MOVQ	SP, BP
     a        00010 (panic_int_unrecovered.go:16)	SUBQ	$8, SP
     e        00014 (panic_int_unrecovered.go:16)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_int_unrecovered.go:16)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_int_unrecovered.go:16)	FUNCDATA	$5, main.level1.arginfo1(SB)
     e        00014 (panic_int_unrecovered.go:16)	FUNCDATA	$6, main.level1.argliveinfo(SB)
     e        00014 (panic_int_unrecovered.go:16)	PCDATA	$3, $1
     e        00014 (panic_int_unrecovered.go:16)	ADDQ	AX, AX
    11        00017 (panic_int_unrecovered.go:16)	PCDATA	$1, $0
    11        00017 (panic_int_unrecovered.go:16)	CALL	main.level2(SB)
    16        00022 (panic_int_unrecovered.go:16)	INCQ	AX
    19        00025 (panic_int_unrecovered.go:16)	ADDQ	$8, SP
    1d        00029 (panic_int_unrecovered.go:16)	POPQ	BP
    1e        00030 (panic_int_unrecovered.go:16)	RET
    1f        00031 (panic_int_unrecovered.go:16)	NOP
    1f        00031 (panic_int_unrecovered.go:16)	PCDATA	$1, $-1
    1f        00031 (panic_int_unrecovered.go:16)	PCDATA	$0, $-2
    1f        00031 (panic_int_unrecovered.go:16)	MOVQ	AX, 8(SP)
    24        00036 (panic_int_unrecovered.go:16)	CALL	runtime.morestack_noctxt(SB)
    29        00041 (panic_int_unrecovered.go:16)	PCDATA	$0, $-1
    29        00041 (panic_int_unrecovered.go:16)	MOVQ	8(SP), AX
    2e        00046 (panic_int_unrecovered.go:16)	JMP	0
    30 done
wrote 3 bytes to 0x0
 00 30 00
funcpctab main.level2 [valfunc=pctoinline]
     0     -1 00000 (panic_int_unrecovered.go:13)	TEXT	main.level2(SB), ABIInternal, $16-8
     0        00000 (panic_int_unrecovered.go:13)	TEXT	main.level2(SB), ABIInternal, $16-8
     0     -1 00000 (panic_int_unrecovered.go:13)	CMPQ	SP, 16(R14)
     4        00004 (panic_int_unrecovered.go:13)	PCDATA	$0, $-2
     4        00004 (panic_int_unrecovered.go:13)	JLS	33
     6        00006 (panic_int_unrecovered.go:13)	PCDATA	$0, $-1
     6        00006 (panic_int_unrecovered.go:13)	PUSHQ	BP
     7        00007 (panic_int_unrecovered.go:13)	MOVQ	SP, BP
     a        00010 (panic_int_unrecovered.go:13)	SUBQ	$8, SP
     e        00014 (panic_int_unrecovered.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_int_unrecovered.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_int_unrecovered.go:13)	FUNCDATA	$5, main.level2.arginfo1(SB)
     e        00014 (panic_int_unrecovered.go:13)	FUNCDATA	$6, main.level2.argliveinfo(SB)
     e        00014 (panic_int_unrecovered.go:13)	PCDATA	$3, $1
     e        00014 (panic_int_unrecovered.go:13)	ADDQ	$2, AX
    12        00018 (panic_int_unrecovered.go:13)	PCDATA	$1, $0
    12        00018 (panic_int_unrecovered.go:13)	CALL	main.level3(SB)
    17        00023 (panic_int_unrecovered.go:13)	INCQ	AX
    1a        00026 (panic_int_unrecovered.go:13)	ADDQ	$8, SP
    1e        00030 (panic_int_unrecovered.go:13)	POPQ	BP
    1f        00031 (panic_int_unrecovered.go:13)	NOP
    20        00032 (panic_int_unrecovered.go:13)	RET
    21        00033 (panic_int_unrecovered.go:13)	NOP
    21        00033 (panic_int_unrecovered.go:13)	PCDATA	$1, $-1
    21        00033 (panic_int_unrecovered.go:13)	PCDATA	$0, $-2
    21        00033 (panic_int_unrecovered.go:13)	MOVQ	AX, 8(SP)
    26        00038 (panic_int_unrecovered.go:13)	CALL	runtime.morestack_noctxt(SB)
    2b        00043 (panic_int_unrecovered.go:13)	PCDATA	$0, $-1
    2b        00043 (panic_int_unrecovered.go:13)	MOVQ	8(SP), AX
    30        00048 (panic_int_unrecovered.go:13)	JMP	0
    32 done
wrote 3 bytes to 0x0
 00 32 00
funcpctab main.level3 [valfunc=pctoinline]
     0     -1 00000 (panic_int_unrecovered.go:5)	TEXT	main.level3(SB), ABIInternal, $24-8
     0        00000 (panic_int_unrecovered.go:5)	TEXT	main.level3(SB), ABIInternal, $24-8
     0     -1 00000 (panic_int_unrecovered.go:5)	CMPQ	SP, 16(R14)
     4        00004 (panic_int_unrecovered.go:5)	PCDATA	$0, $-2
     4        00004 (panic_int_unrecovered.go:5)	JLS	55
     6        00006 (panic_int_unrecovered.go:5)	PCDATA	$0, $-1
     6        00006 (panic_int_unrecovered.go:5)	PUSHQ	BP
     7        00007 (panic_int_unrecovered.go:5)	MOVQ	SP, BP
     a        00010 (panic_int_unrecovered.go:5)	SUBQ	$16, SP
     e        00014 (panic_int_unrecovered.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_int_unrecovered.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_int_unrecovered.go:5)	FUNCDATA	$5, main.level3.arginfo1(SB)
     e        00014 (panic_int_unrecovered.go:5)	FUNCDATA	$6, main.level3.argliveinfo(SB)
     e        00014 (panic_int_unrecovered.go:5)	PCDATA	$3, $1
     e        00014 (panic_int_unrecovered.go:6)	CMPQ	AX, $5
    12        00018 (panic_int_unrecovered.go:6)	JGT	26
    14        00020 (panic_int_unrecovered.go:9)	ADDQ	$16, SP
    18        00024 (panic_int_unrecovered.go:9)	POPQ	BP
    19        00025 (panic_int_unrecovered.go:9)	RET
    1a        00026 (panic_int_unrecovered.go:7)	LEAQ	(AX)(AX*2), CX
    1e        00030 (panic_int_unrecovered.go:7)	LEAQ	(AX)(CX*2), AX
    22        00034 (panic_int_unrecovered.go:7)	PCDATA	$1, $0
    22        00034 (panic_int_unrecovered.go:7)	CALL	runtime.convT64(SB)
    27        00039 (panic_int_unrecovered.go:7)	MOVQ	AX, BX
    2a        00042 (panic_int_unrecovered.go:7)	LEAQ	type:int(SB), AX
    31        00049 (panic_int_unrecovered.go:7)	CALL	runtime.gopanic(SB)
    36        00054 (panic_int_unrecovered.go:7)	XCHGL	AX, AX
    37        00055 (panic_int_unrecovered.go:7)	NOP
    37        00055 (panic_int_unrecovered.go:5)	PCDATA	$1, $-1
    37        00055 (panic_int_unrecovered.go:5)	PCDATA	$0, $-2
    37        00055 (panic_int_unrecovered.go:5)	MOVQ	AX, 8(SP)
    3c        00060 (panic_int_unrecovered.go:5)	NOP
    40        00064 (panic_int_unrecovered.go:5)	CALL	runtime.morestack_noctxt(SB)
    45        00069 (panic_int_unrecovered.go:5)	PCDATA	$0, $-1
    45        00069 (panic_int_unrecovered.go:5)	MOVQ	8(SP), AX
    4a        00074 (panic_int_unrecovered.go:5)	JMP	0
    4c done
wrote 3 bytes to 0x0
 00 4c 00
main.level3 STEXT size=76 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (panic_int_unrecovered.go:5)	TEXT	main.level3(SB), ABIInternal, $24-8
	0x0000 00000 (panic_int_unrecovered.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_int_unrecovered.go:5)	PCDATA	$0, $-2
	0x0004 00004 (panic_int_unrecovered.go:5)	JLS	55
	0x0006 00006 (panic_int_unrecovered.go:5)	PCDATA	$0, $-1
	0x0006 00006 (panic_int_unrecovered.go:5)	PUSHQ	BP
	0x0007 00007 (panic_int_unrecovered.go:5)	MOVQ	SP, BP
	0x000a 00010 (panic_int_unrecovered.go:5)	SUBQ	$16, SP
	0x000e 00014 (panic_int_unrecovered.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_int_unrecovered.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_int_unrecovered.go:5)	FUNCDATA	$5, main.level3.arginfo1(SB)
	0x000e 00014 (panic_int_unrecovered.go:5)	FUNCDATA	$6, main.level3.argliveinfo(SB)
	0x000e 00014 (panic_int_unrecovered.go:5)	PCDATA	$3, $1
	0x000e 00014 (panic_int_unrecovered.go:6)	CMPQ	AX, $5
	0x0012 00018 (panic_int_unrecovered.go:6)	JGT	26
	0x0014 00020 (panic_int_unrecovered.go:9)	ADDQ	$16, SP
	0x0018 00024 (panic_int_unrecovered.go:9)	POPQ	BP
	0x0019 00025 (panic_int_unrecovered.go:9)	RET
	0x001a 00026 (panic_int_unrecovered.go:7)	LEAQ	(AX)(AX*2), CX
	0x001e 00030 (panic_int_unrecovered.go:7)	LEAQ	(AX)(CX*2), AX
	0x0022 00034 (panic_int_unrecovered.go:7)	PCDATA	$1, $0
	0x0022 00034 (panic_int_unrecovered.go:7)	CALL	runtime.convT64(SB)
	0x0027 00039 (panic_int_unrecovered.go:7)	MOVQ	AX, BX
	0x002a 00042 (panic_int_unrecovered.go:7)	LEAQ	type:int(SB), AX
	0x0031 00049 (panic_int_unrecovered.go:7)	CALL	runtime.gopanic(SB)
	0x0036 00054 (panic_int_unrecovered.go:7)	XCHGL	AX, AX
	0x0037 00055 (panic_int_unrecovered.go:7)	NOP
	0x0037 00055 (panic_int_unrecovered.go:5)	PCDATA	$1, $-1
	0x0037 00055 (panic_int_unrecovered.go:5)	PCDATA	$0, $-2
	0x0037 00055 (panic_int_unrecovered.go:5)	MOVQ	AX, 8(SP)
	0x003c 00060 (panic_int_unrecovered.go:5)	NOP
	0x0040 00064 (panic_int_unrecovered.go:5)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (panic_int_unrecovered.go:5)	PCDATA	$0, $-1
	0x0045 00069 (panic_int_unrecovered.go:5)	MOVQ	8(SP), AX
	0x004a 00074 (panic_int_unrecovered.go:5)	JMP	0
	0x0000 49 3b 66 10 76 31 55 48 89 e5 48 83 ec 10 48 83  I;f.v1UH..H...H.
	0x0010 f8 05 7f 06 48 83 c4 10 5d c3 48 8d 0c 40 48 8d  ....H...].H..@H.
	0x0020 04 48 e8 00 00 00 00 48 89 c3 48 8d 05 00 00 00  .H.....H..H.....
	0x0030 00 e8 00 00 00 00 90 48 89 44 24 08 0f 1f 40 00  .......H.D$...@.
	0x0040 e8 00 00 00 00 48 8b 44 24 08 eb b4              .....H.D$...
	rel 2+0 t=R_USEIFACE type:int+0
	rel 35+4 t=R_CALL runtime.convT64+0
	rel 45+4 t=R_PCREL type:int+0
	rel 50+4 t=R_CALL runtime.gopanic+0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
main.level2 STEXT size=50 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (panic_int_unrecovered.go:13)	TEXT	main.level2(SB), ABIInternal, $16-8
	0x0000 00000 (panic_int_unrecovered.go:13)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_int_unrecovered.go:13)	PCDATA	$0, $-2
	0x0004 00004 (panic_int_unrecovered.go:13)	JLS	33
	0x0006 00006 (panic_int_unrecovered.go:13)	PCDATA	$0, $-1
	0x0006 00006 (panic_int_unrecovered.go:13)	PUSHQ	BP
	0x0007 00007 (panic_int_unrecovered.go:13)	MOVQ	SP, BP
	0x000a 00010 (panic_int_unrecovered.go:13)	SUBQ	$8, SP
	0x000e 00014 (panic_int_unrecovered.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_int_unrecovered.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_int_unrecovered.go:13)	FUNCDATA	$5, main.level2.arginfo1(SB)
	0x000e 00014 (panic_int_unrecovered.go:13)	FUNCDATA	$6, main.level2.argliveinfo(SB)
	0x000e 00014 (panic_int_unrecovered.go:13)	PCDATA	$3, $1
	0x000e 00014 (panic_int_unrecovered.go:13)	ADDQ	$2, AX
	0x0012 00018 (panic_int_unrecovered.go:13)	PCDATA	$1, $0
	0x0012 00018 (panic_int_unrecovered.go:13)	CALL	main.level3(SB)
	0x0017 00023 (panic_int_unrecovered.go:13)	INCQ	AX
	0x001a 00026 (panic_int_unrecovered.go:13)	ADDQ	$8, SP
	0x001e 00030 (panic_int_unrecovered.go:13)	POPQ	BP
	0x001f 00031 (panic_int_unrecovered.go:13)	NOP
	0x0020 00032 (panic_int_unrecovered.go:13)	RET
	0x0021 00033 (panic_int_unrecovered.go:13)	NOP
	0x0021 00033 (panic_int_unrecovered.go:13)	PCDATA	$1, $-1
	0x0021 00033 (panic_int_unrecovered.go:13)	PCDATA	$0, $-2
	0x0021 00033 (panic_int_unrecovered.go:13)	MOVQ	AX, 8(SP)
	0x0026 00038 (panic_int_unrecovered.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x002b 00043 (panic_int_unrecovered.go:13)	PCDATA	$0, $-1
	0x002b 00043 (panic_int_unrecovered.go:13)	MOVQ	8(SP), AX
	0x0030 00048 (panic_int_unrecovered.go:13)	JMP	0
	0x0000 49 3b 66 10 76 1b 55 48 89 e5 48 83 ec 08 48 83  I;f.v.UH..H...H.
	0x0010 c0 02 e8 00 00 00 00 48 ff c0 48 83 c4 08 5d 90  .......H..H...].
	0x0020 c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08  .H.D$......H.D$.
	0x0030 eb ce                                            ..
	rel 19+4 t=R_CALL main.level3+0
	rel 39+4 t=R_CALL runtime.morestack_noctxt+0
main.level1 STEXT size=48 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (panic_int_unrecovered.go:16)	TEXT	main.level1(SB), ABIInternal, $16-8
	0x0000 00000 (panic_int_unrecovered.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_int_unrecovered.go:16)	PCDATA	$0, $-2
	0x0004 00004 (panic_int_unrecovered.go:16)	JLS	31
	0x0006 00006 (panic_int_unrecovered.go:16)	PCDATA	$0, $-1
	0x0006 00006 (panic_int_unrecovered.go:16)	PUSHQ	BP
	0x0007 00007 (panic_int_unrecovered.go:16)	MOVQ	SP, BP
	0x000a 00010 (panic_int_unrecovered.go:16)	SUBQ	$8, SP
	0x000e 00014 (panic_int_unrecovered.go:16)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_int_unrecovered.go:16)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_int_unrecovered.go:16)	FUNCDATA	$5, main.level1.arginfo1(SB)
	0x000e 00014 (panic_int_unrecovered.go:16)	FUNCDATA	$6, main.level1.argliveinfo(SB)
	0x000e 00014 (panic_int_unrecovered.go:16)	PCDATA	$3, $1
	0x000e 00014 (panic_int_unrecovered.go:16)	ADDQ	AX, AX
	0x0011 00017 (panic_int_unrecovered.go:16)	PCDATA	$1, $0
	0x0011 00017 (panic_int_unrecovered.go:16)	CALL	main.level2(SB)
	0x0016 00022 (panic_int_unrecovered.go:16)	INCQ	AX
	0x0019 00025 (panic_int_unrecovered.go:16)	ADDQ	$8, SP
	0x001d 00029 (panic_int_unrecovered.go:16)	POPQ	BP
	0x001e 00030 (panic_int_unrecovered.go:16)	RET
	0x001f 00031 (panic_int_unrecovered.go:16)	NOP
	0x001f 00031 (panic_int_unrecovered.go:16)	PCDATA	$1, $-1
	0x001f 00031 (panic_int_unrecovered.go:16)	PCDATA	$0, $-2
	0x001f 00031 (panic_int_unrecovered.go:16)	MOVQ	AX, 8(SP)
	0x0024 00036 (panic_int_unrecovered.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x0029 00041 (panic_int_unrecovered.go:16)	PCDATA	$0, $-1
	0x0029 00041 (panic_int_unrecovered.go:16)	MOVQ	8(SP), AX
	0x002e 00046 (panic_int_unrecovered.go:16)	JMP	0
	0x0000 49 3b 66 10 76 19 55 48 89 e5 48 83 ec 08 48 01  I;f.v.UH..H...H.
	0x0010 c0 e8 00 00 00 00 48 ff c0 48 83 c4 08 5d c3 48  ......H..H...].H
	0x0020 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 eb d0  .D$......H.D$...
	rel 18+4 t=R_CALL main.level2+0
	rel 37+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=141 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_int_unrecovered.go:18)	TEXT	main.main(SB), ABIInternal, $40-0
	0x0000 00000 (panic_int_unrecovered.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_int_unrecovered.go:18)	PCDATA	$0, $-2
	0x0004 00004 (panic_int_unrecovered.go:18)	JLS	131
	0x0006 00006 (panic_int_unrecovered.go:18)	PCDATA	$0, $-1
	0x0006 00006 (panic_int_unrecovered.go:18)	PUSHQ	BP
	0x0007 00007 (panic_int_unrecovered.go:18)	MOVQ	SP, BP
	0x000a 00010 (panic_int_unrecovered.go:18)	SUBQ	$32, SP
	0x000e 00014 (panic_int_unrecovered.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_int_unrecovered.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_int_unrecovered.go:18)	XORL	AX, AX
	0x0010 00016 (panic_int_unrecovered.go:19)	JMP	119
	0x0012 00018 (panic_int_unrecovered.go:19)	MOVQ	AX, main.i+16(SP)
	0x0017 00023 (panic_int_unrecovered.go:20)	PCDATA	$1, $0
	0x0017 00023 (panic_int_unrecovered.go:20)	CALL	main.level1(SB)
	0x001c 00028 (panic_int_unrecovered.go:20)	MOVQ	AX, main..autotmp_2+24(SP)
	0x0021 00033 (panic_int_unrecovered.go:20)	CALL	runtime.printlock(SB)
	0x0026 00038 (panic_int_unrecovered.go:20)	LEAQ	go:string."level1 "(SB), AX
	0x002d 00045 (panic_int_unrecovered.go:20)	MOVL	$7, BX
	0x0032 00050 (panic_int_unrecovered.go:20)	CALL	runtime.printstring(SB)
	0x0037 00055 (panic_int_unrecovered.go:20)	MOVQ	main.i+16(SP), AX
	0x003c 00060 (panic_int_unrecovered.go:20)	NOP
	0x0040 00064 (panic_int_unrecovered.go:20)	CALL	runtime.printint(SB)
	0x0045 00069 (panic_int_unrecovered.go:20)	LEAQ	go:string." = "(SB), AX
	0x004c 00076 (panic_int_unrecovered.go:20)	MOVL	$3, BX
	0x0051 00081 (panic_int_unrecovered.go:20)	CALL	runtime.printstring(SB)
	0x0056 00086 (panic_int_unrecovered.go:20)	MOVQ	main..autotmp_2+24(SP), AX
	0x005b 00091 (panic_int_unrecovered.go:20)	NOP
	0x0060 00096 (panic_int_unrecovered.go:20)	CALL	runtime.printint(SB)
	0x0065 00101 (panic_int_unrecovered.go:20)	CALL	runtime.printnl(SB)
	0x006a 00106 (panic_int_unrecovered.go:20)	CALL	runtime.printunlock(SB)
	0x006f 00111 (panic_int_unrecovered.go:19)	MOVQ	main.i+16(SP), AX
	0x0074 00116 (panic_int_unrecovered.go:19)	INCQ	AX
	0x0077 00119 (panic_int_unrecovered.go:19)	CMPQ	AX, $5
	0x007b 00123 (panic_int_unrecovered.go:19)	JLT	18
	0x007d 00125 (panic_int_unrecovered.go:22)	ADDQ	$32, SP
	0x0081 00129 (panic_int_unrecovered.go:22)	POPQ	BP
	0x0082 00130 (panic_int_unrecovered.go:22)	RET
	0x0083 00131 (panic_int_unrecovered.go:22)	NOP
	0x0083 00131 (panic_int_unrecovered.go:18)	PCDATA	$1, $-1
	0x0083 00131 (panic_int_unrecovered.go:18)	PCDATA	$0, $-2
	0x0083 00131 (panic_int_unrecovered.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x0088 00136 (panic_int_unrecovered.go:18)	PCDATA	$0, $-1
	0x0088 00136 (panic_int_unrecovered.go:18)	JMP	0
	0x0000 49 3b 66 10 76 7d 55 48 89 e5 48 83 ec 20 31 c0  I;f.v}UH..H.. 1.
	0x0010 eb 65 48 89 44 24 10 e8 00 00 00 00 48 89 44 24  .eH.D$......H.D$
	0x0020 18 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 07 00  ......H.........
	0x0030 00 00 e8 00 00 00 00 48 8b 44 24 10 0f 1f 40 00  .......H.D$...@.
	0x0040 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 03 00 00  .....H..........
	0x0050 00 e8 00 00 00 00 48 8b 44 24 18 0f 1f 44 00 00  ......H.D$...D..
	0x0060 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0070 8b 44 24 10 48 ff c0 48 83 f8 05 7c 95 48 83 c4  .D$.H..H...|.H..
	0x0080 20 5d c3 e8 00 00 00 00 e9 73 ff ff ff            ].......s...
	rel 24+4 t=R_CALL main.level1+0
	rel 34+4 t=R_CALL runtime.printlock+0
	rel 41+4 t=R_PCREL go:string."level1 "+0
	rel 51+4 t=R_CALL runtime.printstring+0
	rel 65+4 t=R_CALL runtime.printint+0
	rel 72+4 t=R_PCREL go:string." = "+0
	rel 82+4 t=R_CALL runtime.printstring+0
	rel 97+4 t=R_CALL runtime.printint+0
	rel 102+4 t=R_CALL runtime.printnl+0
	rel 107+4 t=R_CALL runtime.printunlock+0
	rel 132+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."level1" SRODATA dupok size=6 align=0x1
	0x0000 6c 65 76 65 6c 31                                level1
go:string."=" SRODATA dupok size=1 align=0x1
	0x0000 3d                                               =
go:string."level1 " SRODATA dupok size=7 align=0x1
	0x0000 6c 65 76 65 6c 31 20                             level1 
go:string." = " SRODATA dupok size=3 align=0x1
	0x0000 20 3d 20                                          = 
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.level3.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.level3.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.level2.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.level2.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.level1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.level1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
