funcpctab main.work.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (panic_in_defer_unrecovered.go:11)	TEXT	main.work.deferwrap1(SB), WRAPPER|ABIInternal, $48-0
     0        00000 (panic_in_defer_unrecovered.go:11)	TEXT	main.work.deferwrap1(SB), WRAPPER|ABIInternal, $48-0
     0     -1 00000 (panic_in_defer_unrecovered.go:11)	CMPQ	SP, 16(R14)
     4        00004 (panic_in_defer_unrecovered.go:11)	PCDATA	$0, $-2
     4        00004 (panic_in_defer_unrecovered.go:11)	JLS	122
     6        00006 (panic_in_defer_unrecovered.go:11)	PCDATA	$0, $-1
     6        00006 (panic_in_defer_unrecovered.go:11)	PUSHQ	BP
     7        00007 (panic_in_defer_unrecovered.go:11)	MOVQ	SP, BP
     a        00010 (panic_in_defer_unrecovered.go:11)	SUBQ	$40, SP
     e        00014 (panic_in_defer_unrecovered.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_in_defer_unrecovered.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_in_defer_unrecovered.go:11)	FUNCDATA	$7, main.cleanup.wrapinfo(SB)
     e        00014 (panic_in_defer_unrecovered.go:11)	XCHGL	AX, AX
     f        00015 (panic_in_defer_unrecovered.go:11)	PCDATA	$1, $0
     f      0 00015 (panic_in_defer_unrecovered.go:11)	CALL	runtime.printlock(SB)
    14        00020 (panic_in_defer_unrecovered.go:11)	LEAQ	go:string."cleanup "(SB), AX
    1b        00027 (panic_in_defer_unrecovered.go:11)	MOVL	$8, BX
    20        00032 (panic_in_defer_unrecovered.go:11)	CALL	runtime.printstring(SB)
    25        00037 (panic_in_defer_unrecovered.go:11)	LEAQ	go:string."work"(SB), AX
    2c        00044 (panic_in_defer_unrecovered.go:11)	MOVL	$4, BX
    31        00049 (panic_in_defer_unrecovered.go:11)	CALL	runtime.printstring(SB)
    36        00054 (panic_in_defer_unrecovered.go:11)	CALL	runtime.printnl(SB)
    3b        00059 (panic_in_defer_unrecovered.go:11)	NOP
    40        00064 (panic_in_defer_unrecovered.go:11)	CALL	runtime.printunlock(SB)
    45        00069 (panic_in_defer_unrecovered.go:11)	XORL	AX, AX
    47        00071 (panic_in_defer_unrecovered.go:11)	LEAQ	go:string."cleanup failed: "(SB), BX
    4e        00078 (panic_in_defer_unrecovered.go:11)	MOVL	$16, CX
    53        00083 (panic_in_defer_unrecovered.go:11)	LEAQ	go:string."work"(SB), DI
    5a        00090 (panic_in_defer_unrecovered.go:11)	MOVL	$4, SI
    5f        00095 (panic_in_defer_unrecovered.go:11)	NOP
    60        00096 (panic_in_defer_unrecovered.go:11)	CALL	runtime.concatstring2(SB)
    65        00101 (panic_in_defer_unrecovered.go:11)	CALL	runtime.convTstring(SB)
    6a        00106 (panic_in_defer_unrecovered.go:11)	MOVQ	AX, BX
    6d        00109 (panic_in_defer_unrecovered.go:11)	LEAQ	type:string(SB), AX
    74        00116 (panic_in_defer_unrecovered.go:11)	CALL	runtime.gopanic(SB)
    79        00121 (panic_in_defer_unrecovered.go:11)	XCHGL	AX, AX
    7a        00122 (panic_in_defer_unrecovered.go:11)	NOP
    7a        00122 (panic_in_defer_unrecovered.go:11)	PCDATA	$1, $-1
    7a        00122 (panic_in_defer_unrecovered.go:11)	PCDATA	$0, $-2
    7a     -1 00122 (panic_in_defer_unrecovered.go:11)	CALL	runtime.morestack_noctxt(SB)
    7f        00127 (panic_in_defer_unrecovered.go:11)	PCDATA	$0, $-1
    7f        00127 (panic_in_defer_unrecovered.go:11)	NOP
    80        00128 (panic_in_defer_unrecovered.go:11)	JMP	0
    85 done
wrote 7 bytes to 0x0
 00 0f 02 6b 01 0b 00
-- inlining tree for main.work.deferwrap1:
0 | -1 | main.cleanup (panic_in_defer_unrecovered.go:11:15) pc=14
--
funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_in_defer_unrecovered.go:16)	TEXT	main.main(SB), ABIInternal, $40-0
     0        00000 (panic_in_defer_unrecovered.go:16)	TEXT	main.main(SB), ABIInternal, $40-0
     0     -1 00000 (panic_in_defer_unrecovered.go:16)	CMPQ	SP, 16(R14)
     4        00004 (panic_in_defer_unrecovered.go:16)	PCDATA	$0, $-2
     4        00004 (panic_in_defer_unrecovered.go:16)	JLS	107
     6        00006 (panic_in_defer_unrecovered.go:16)	PCDATA	$0, $-1
     6        00006 (panic_in_defer_unrecovered.go:16)	PUSHQ	BP
     7        00007 (panic_in_defer_unrecovered.go:16)	MOVQ	SP, BP
     a        00010 (panic_in_defer_unrecovered.go:16)	SUBQ	$32, SP
     e        00014 (panic_in_defer_unrecovered.go:16)	MOVQ	X15, 24(SP)
    15        00021 (panic_in_defer_unrecovered.go:16)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    15        00021 (panic_in_defer_unrecovered.go:16)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    15        00021 (panic_in_defer_unrecovered.go:16)	FUNCDATA	$4, main.main.opendefer(SB)
    15        00021 (panic_in_defer_unrecovered.go:16)	MOVB	$0, main..autotmp_0+23(SP)
    1a        00026 (panic_in_defer_unrecovered.go:17)	LEAQ	main.main.deferwrap1·f(SB), AX
    21        00033 (panic_in_defer_unrecovered.go:17)	MOVQ	AX, main..autotmp_1+24(SP)
    26        00038 (panic_in_defer_unrecovered.go:17)	MOVB	$1, main..autotmp_0+23(SP)
    2b        00043 (panic_in_defer_unrecovered.go:18)	PCDATA	$1, $1
    2b        00043 (panic_in_defer_unrecovered.go:18)	CALL	runtime.printlock(SB)
    30        00048 (panic_in_defer_unrecovered.go:18)	LEAQ	go:string."main start\n"(SB), AX
    37        00055 (panic_in_defer_unrecovered.go:18)	MOVL	$11, BX
    3c        00060 (panic_in_defer_unrecovered.go:18)	NOP
    40        00064 (panic_in_defer_unrecovered.go:18)	CALL	runtime.printstring(SB)
    45        00069 (panic_in_defer_unrecovered.go:18)	CALL	runtime.printunlock(SB)
    4a        00074 (panic_in_defer_unrecovered.go:19)	CALL	main.work(SB)
    4f        00079 (panic_in_defer_unrecovered.go:20)	MOVB	$0, main..autotmp_0+23(SP)
    54        00084 (panic_in_defer_unrecovered.go:20)	CALL	main.main.deferwrap1(SB)
    59        00089 (panic_in_defer_unrecovered.go:20)	ADDQ	$32, SP
    5d        00093 (panic_in_defer_unrecovered.go:20)	POPQ	BP
    5e        00094 (panic_in_defer_unrecovered.go:20)	RET
    5f        00095 (panic_in_defer_unrecovered.go:20)	NOP
    60        00096 (panic_in_defer_unrecovered.go:20)	CALL	runtime.deferreturn(SB)
    65        00101 (panic_in_defer_unrecovered.go:20)	ADDQ	$32, SP
    69        00105 (panic_in_defer_unrecovered.go:20)	POPQ	BP
    6a        00106 (panic_in_defer_unrecovered.go:20)	RET
    6b        00107 (panic_in_defer_unrecovered.go:20)	NOP
    6b        00107 (panic_in_defer_unrecovered.go:16)	PCDATA	$1, $-1
    6b        00107 (panic_in_defer_unrecovered.go:16)	PCDATA	$0, $-2
    6b        00107 (panic_in_defer_unrecovered.go:16)	CALL	runtime.morestack_noctxt(SB)
    70        00112 (panic_in_defer_unrecovered.go:16)	PCDATA	$0, $-1
    70        00112 (panic_in_defer_unrecovered.go:16)	JMP	0
    72 done
wrote 3 bytes to 0x0
 00 72 00
funcpctab main.work [valfunc=pctoinline]
     0     -1 00000 (panic_in_defer_unrecovered.go:10)	TEXT	main.work(SB), ABIInternal, $40-0
     0        00000 (panic_in_defer_unrecovered.go:10)	TEXT	main.work(SB), ABIInternal, $40-0
     0     -1 00000 (panic_in_defer_unrecovered.go:10)	CMPQ	SP, 16(R14)
     4        00004 (panic_in_defer_unrecovered.go:10)	PCDATA	$0, $-2
     4        00004 (panic_in_defer_unrecovered.go:10)	JLS	107
     6        00006 (panic_in_defer_unrecovered.go:10)	PCDATA	$0, $-1
     6        00006 (panic_in_defer_unrecovered.go:10)	PUSHQ	BP
     7        00007 (panic_in_defer_unrecovered.go:10)	MOVQ	SP, BP
     a        00010 (panic_in_defer_unrecovered.go:10)	SUBQ	$32, SP
     e        00014 (panic_in_defer_unrecovered.go:10)	MOVQ	X15, 24(SP)
    15        00021 (panic_in_defer_unrecovered.go:10)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    15        00021 (panic_in_defer_unrecovered.go:10)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    15        00021 (panic_in_defer_unrecovered.go:10)	FUNCDATA	$4, main.work.opendefer(SB)
    15        00021 (panic_in_defer_unrecovered.go:10)	MOVB	$0, main..autotmp_0+23(SP)
    1a        00026 (panic_in_defer_unrecovered.go:11)	LEAQ	main.work.deferwrap1·f(SB), AX
    21        00033 (panic_in_defer_unrecovered.go:11)	MOVQ	AX, main..autotmp_1+24(SP)
    26        00038 (panic_in_defer_unrecovered.go:11)	MOVB	$1, main..autotmp_0+23(SP)
    2b        00043 (panic_in_defer_unrecovered.go:12)	PCDATA	$1, $1
    2b        00043 (panic_in_defer_unrecovered.go:12)	CALL	runtime.printlock(SB)
    30        00048 (panic_in_defer_unrecovered.go:12)	LEAQ	go:string."working\n"(SB), AX
    37        00055 (panic_in_defer_unrecovered.go:12)	MOVL	$8, BX
    3c        00060 (panic_in_defer_unrecovered.go:12)	NOP
    40        00064 (panic_in_defer_unrecovered.go:12)	CALL	runtime.printstring(SB)
    45        00069 (panic_in_defer_unrecovered.go:12)	CALL	runtime.printunlock(SB)
    4a        00074 (panic_in_defer_unrecovered.go:13)	LEAQ	type:string(SB), AX
    51        00081 (panic_in_defer_unrecovered.go:13)	LEAQ	main..stmp_0(SB), BX
    58        00088 (panic_in_defer_unrecovered.go:13)	CALL	runtime.gopanic(SB)
    5d        00093 (panic_in_defer_unrecovered.go:13)	XCHGL	AX, AX
    5e        00094 (panic_in_defer_unrecovered.go:13)	NOP
    60        00096 (panic_in_defer_unrecovered.go:13)	CALL	runtime.deferreturn(SB)
    65        00101 (panic_in_defer_unrecovered.go:13)	ADDQ	$32, SP
    69        00105 (panic_in_defer_unrecovered.go:13)	POPQ	BP
    6a        00106 (panic_in_defer_unrecovered.go:13)	RET
    6b        00107 (panic_in_defer_unrecovered.go:13)	NOP
    6b        00107 (panic_in_defer_unrecovered.go:10)	PCDATA	$1, $-1
    6b        00107 (panic_in_defer_unrecovered.go:10)	PCDATA	$0, $-2
    6b        00107 (panic_in_defer_unrecovered.go:10)	CALL	runtime.morestack_noctxt(SB)
    70        00112 (panic_in_defer_unrecovered.go:10)	PCDATA	$0, $-1
    70        00112 (panic_in_defer_unrecovered.go:10)	JMP	0
    72 done
wrote 3 bytes to 0x0
 00 72 00
funcpctab main.cleanup [valfunc=pctoinline]
     0     -1 00000 (panic_in_defer_unrecovered.go:4)	TEXT	main.cleanup(SB), ABIInternal, $48-16
     0        00000 (panic_in_defer_unrecovered.go:4)	TEXT	main.cleanup(SB), ABIInternal, $48-16
     0     -1 00000 (panic_in_defer_unrecovered.go:4)	CMPQ	SP, 16(R14)
     4        00004 (panic_in_defer_unrecovered.go:4)	PCDATA	$0, $-2
     4        00004 (panic_in_defer_unrecovered.go:4)	JLS	124
     6        00006 (panic_in_defer_unrecovered.go:4)	PCDATA	$0, $-1
     6        00006 (panic_in_defer_unrecovered.go:4)	PUSHQ	BP
     7        00007 (panic_in_defer_unrecovered.go:4)	MOVQ	SP, BP
     a        00010 (panic_in_defer_unrecovered.go:4)	SUBQ	$40, SP
     e        00014 (panic_in_defer_unrecovered.go:4)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (panic_in_defer_unrecovered.go:4)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_in_defer_unrecovered.go:4)	FUNCDATA	$5, main.cleanup.arginfo1(SB)
     e        00014 (panic_in_defer_unrecovered.go:4)	FUNCDATA	$6, main.cleanup.argliveinfo(SB)
     e        00014 (panic_in_defer_unrecovered.go:4)	PCDATA	$3, $1
     e        00014 (panic_in_defer_unrecovered.go:6)	MOVQ	AX, main.name+56(SP)
    13        00019 (panic_in_defer_unrecovered.go:6)	MOVQ	BX, main.name+64(SP)
    18        00024 (panic_in_defer_unrecovered.go:6)	PCDATA	$3, $-1
    18        00024 (panic_in_defer_unrecovered.go:5)	PCDATA	$1, $0
    18        00024 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printlock(SB)
    1d        00029 (panic_in_defer_unrecovered.go:5)	LEAQ	go:string."cleanup "(SB), AX
    24        00036 (panic_in_defer_unrecovered.go:5)	MOVL	$8, BX
    29        00041 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printstring(SB)
    2e        00046 (panic_in_defer_unrecovered.go:5)	MOVQ	main.name+56(SP), AX
    33        00051 (panic_in_defer_unrecovered.go:5)	MOVQ	main.name+64(SP), BX
    38        00056 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printstring(SB)
    3d        00061 (panic_in_defer_unrecovered.go:5)	NOP
    40        00064 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printnl(SB)
    45        00069 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printunlock(SB)
    4a        00074 (panic_in_defer_unrecovered.go:6)	XORL	AX, AX
    4c        00076 (panic_in_defer_unrecovered.go:6)	LEAQ	go:string."cleanup failed: "(SB), BX
    53        00083 (panic_in_defer_unrecovered.go:6)	MOVL	$16, CX
    58        00088 (panic_in_defer_unrecovered.go:6)	MOVQ	main.name+56(SP), DI
    5d        00093 (panic_in_defer_unrecovered.go:6)	MOVQ	main.name+64(SP), SI
    62        00098 (panic_in_defer_unrecovered.go:6)	PCDATA	$1, $1
    62        00098 (panic_in_defer_unrecovered.go:6)	CALL	runtime.concatstring2(SB)
    67        00103 (panic_in_defer_unrecovered.go:6)	CALL	runtime.convTstring(SB)
    6c        00108 (panic_in_defer_unrecovered.go:6)	MOVQ	AX, BX
    6f        00111 (panic_in_defer_unrecovered.go:6)	LEAQ	type:string(SB), AX
    76        00118 (panic_in_defer_unrecovered.go:6)	CALL	runtime.gopanic(SB)
    7b        00123 (panic_in_defer_unrecovered.go:6)	XCHGL	AX, AX
    7c        00124 (panic_in_defer_unrecovered.go:6)	NOP
    7c        00124 (panic_in_defer_unrecovered.go:4)	PCDATA	$1, $-1
    7c        00124 (panic_in_defer_unrecovered.go:4)	PCDATA	$0, $-2
    7c        00124 (panic_in_defer_unrecovered.go:4)	MOVQ	AX, 8(SP)
    81        00129 (panic_in_defer_unrecovered.go:4)	MOVQ	BX, 16(SP)
    86        00134 (panic_in_defer_unrecovered.go:4)	CALL	runtime.morestack_noctxt(SB)
    8b        00139 (panic_in_defer_unrecovered.go:4)	PCDATA	$0, $-1
    8b        00139 (panic_in_defer_unrecovered.go:4)	MOVQ	8(SP), AX
    90        00144 (panic_in_defer_unrecovered.go:4)	MOVQ	16(SP), BX
    95        00149 (panic_in_defer_unrecovered.go:4)	JMP	0
    9a done
wrote 4 bytes to 0x0
 00 9a 01 00
funcpctab main.main.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (panic_in_defer_unrecovered.go:17)	TEXT	main.main.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
     0        00000 (panic_in_defer_unrecovered.go:17)	TEXT	main.main.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
     0     -1 00000 (panic_in_defer_unrecovered.go:17)	CMPQ	SP, 16(R14)
     4        00004 (panic_in_defer_unrecovered.go:17)	PCDATA	$0, $-2
     4        00004 (panic_in_defer_unrecovered.go:17)	JLS	48
     6        00006 (panic_in_defer_unrecovered.go:17)	PCDATA	$0, $-1
     6        00006 (panic_in_defer_unrecovered.go:17)	PUSHQ	BP
     7        00007 (panic_in_defer_unrecovered.go:17)	MOVQ	SP, BP
     a        00010 (panic_in_defer_unrecovered.go:17)	SUBQ	$16, SP
     e        00014 (panic_in_defer_unrecovered.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_in_defer_unrecovered.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_in_defer_unrecovered.go:17)	PCDATA	$1, $0
     e        00014 (panic_in_defer_unrecovered.go:17)	CALL	runtime.printlock(SB)
    13        00019 (panic_in_defer_unrecovered.go:17)	LEAQ	go:string."main deferred still runs\n"(SB), AX
    1a        00026 (panic_in_defer_unrecovered.go:17)	MOVL	$25, BX
    1f        00031 (panic_in_defer_unrecovered.go:17)	NOP
    20        00032 (panic_in_defer_unrecovered.go:17)	CALL	runtime.printstring(SB)
    25        00037 (panic_in_defer_unrecovered.go:17)	CALL	runtime.printunlock(SB)
    2a        00042 (panic_in_defer_unrecovered.go:17)	ADDQ	$16, SP
    2e        00046 (panic_in_defer_unrecovered.go:17)	POPQ	BP
    2f        00047 (panic_in_defer_unrecovered.go:17)	RET
    30        00048 (panic_in_defer_unrecovered.go:17)	NOP
    30        00048 (panic_in_defer_unrecovered.go:17)	PCDATA	$1, $-1
    30        00048 (panic_in_defer_unrecovered.go:17)	PCDATA	$0, $-2
    30        00048 (panic_in_defer_unrecovered.go:17)	CALL	runtime.morestack_noctxt(SB)
    35        00053 (panic_in_defer_unrecovered.go:17)	PCDATA	$0, $-1
    35        00053 (panic_in_defer_unrecovered.go:17)	JMP	0
    37 done
wrote 3 bytes to 0x0
 00 37 00
main.cleanup STEXT size=154 align=0x0 args=0x10 locals=0x30 funcid=0x0
	0x0000 00000 (panic_in_defer_unrecovered.go:4)	TEXT	main.cleanup(SB), ABIInternal, $48-16
	0x0000 00000 (panic_in_defer_unrecovered.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_in_defer_unrecovered.go:4)	PCDATA	$0, $-2
	0x0004 00004 (panic_in_defer_unrecovered.go:4)	JLS	124
	0x0006 00006 (panic_in_defer_unrecovered.go:4)	PCDATA	$0, $-1
	0x0006 00006 (panic_in_defer_unrecovered.go:4)	PUSHQ	BP
	0x0007 00007 (panic_in_defer_unrecovered.go:4)	MOVQ	SP, BP
	0x000a 00010 (panic_in_defer_unrecovered.go:4)	SUBQ	$40, SP
	0x000e 00014 (panic_in_defer_unrecovered.go:4)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (panic_in_defer_unrecovered.go:4)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_in_defer_unrecovered.go:4)	FUNCDATA	$5, main.cleanup.arginfo1(SB)
	0x000e 00014 (panic_in_defer_unrecovered.go:4)	FUNCDATA	$6, main.cleanup.argliveinfo(SB)
	0x000e 00014 (panic_in_defer_unrecovered.go:4)	PCDATA	$3, $1
	0x000e 00014 (panic_in_defer_unrecovered.go:6)	MOVQ	AX, main.name+56(SP)
	0x0013 00019 (panic_in_defer_unrecovered.go:6)	MOVQ	BX, main.name+64(SP)
	0x0018 00024 (panic_in_defer_unrecovered.go:6)	PCDATA	$3, $-1
	0x0018 00024 (panic_in_defer_unrecovered.go:5)	PCDATA	$1, $0
	0x0018 00024 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printlock(SB)
	0x001d 00029 (panic_in_defer_unrecovered.go:5)	LEAQ	go:string."cleanup "(SB), AX
	0x0024 00036 (panic_in_defer_unrecovered.go:5)	MOVL	$8, BX
	0x0029 00041 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printstring(SB)
	0x002e 00046 (panic_in_defer_unrecovered.go:5)	MOVQ	main.name+56(SP), AX
	0x0033 00051 (panic_in_defer_unrecovered.go:5)	MOVQ	main.name+64(SP), BX
	0x0038 00056 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printstring(SB)
	0x003d 00061 (panic_in_defer_unrecovered.go:5)	NOP
	0x0040 00064 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printnl(SB)
	0x0045 00069 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printunlock(SB)
	0x004a 00074 (panic_in_defer_unrecovered.go:6)	XORL	AX, AX
	0x004c 00076 (panic_in_defer_unrecovered.go:6)	LEAQ	go:string."cleanup failed: "(SB), BX
	0x0053 00083 (panic_in_defer_unrecovered.go:6)	MOVL	$16, CX
	0x0058 00088 (panic_in_defer_unrecovered.go:6)	MOVQ	main.name+56(SP), DI
	0x005d 00093 (panic_in_defer_unrecovered.go:6)	MOVQ	main.name+64(SP), SI
	0x0062 00098 (panic_in_defer_unrecovered.go:6)	PCDATA	$1, $1
	0x0062 00098 (panic_in_defer_unrecovered.go:6)	CALL	runtime.concatstring2(SB)
	0x0067 00103 (panic_in_defer_unrecovered.go:6)	CALL	runtime.convTstring(SB)
	0x006c 00108 (panic_in_defer_unrecovered.go:6)	MOVQ	AX, BX
	0x006f 00111 (panic_in_defer_unrecovered.go:6)	LEAQ	type:string(SB), AX
	0x0076 00118 (panic_in_defer_unrecovered.go:6)	CALL	runtime.gopanic(SB)
	0x007b 00123 (panic_in_defer_unrecovered.go:6)	XCHGL	AX, AX
	0x007c 00124 (panic_in_defer_unrecovered.go:6)	NOP
	0x007c 00124 (panic_in_defer_unrecovered.go:4)	PCDATA	$1, $-1
	0x007c 00124 (panic_in_defer_unrecovered.go:4)	PCDATA	$0, $-2
	0x007c 00124 (panic_in_defer_unrecovered.go:4)	MOVQ	AX, 8(SP)
	0x0081 00129 (panic_in_defer_unrecovered.go:4)	MOVQ	BX, 16(SP)
	0x0086 00134 (panic_in_defer_unrecovered.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x008b 00139 (panic_in_defer_unrecovered.go:4)	PCDATA	$0, $-1
	0x008b 00139 (panic_in_defer_unrecovered.go:4)	MOVQ	8(SP), AX
	0x0090 00144 (panic_in_defer_unrecovered.go:4)	MOVQ	16(SP), BX
	0x0095 00149 (panic_in_defer_unrecovered.go:4)	JMP	0
	0x0000 49 3b 66 10 76 76 55 48 89 e5 48 83 ec 28 48 89  I;f.vvUH..H..(H.
	0x0010 44 24 38 48 89 5c 24 40 e8 00 00 00 00 48 8d 05  D$8H.\$@.....H..
	0x0020 00 00 00 00 bb 08 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x0030 44 24 38 48 8b 5c 24 40 e8 00 00 00 00 0f 1f 00  D$8H.\$@........
	0x0040 e8 00 00 00 00 e8 00 00 00 00 31 c0 48 8d 1d 00  ..........1.H...
	0x0050 00 00 00 b9 10 00 00 00 48 8b 7c 24 38 48 8b 74  ........H.|$8H.t
	0x0060 24 40 e8 00 00 00 00 e8 00 00 00 00 48 89 c3 48  $@..........H..H
	0x0070 8d 05 00 00 00 00 e8 00 00 00 00 90 48 89 44 24  ............H.D$
	0x0080 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08  .H.\$......H.D$.
	0x0090 48 8b 5c 24 10 e9 66 ff ff ff                    H.\$..f...
	rel 2+0 t=R_USEIFACE type:string+0
	rel 25+4 t=R_CALL runtime.printlock+0
	rel 32+4 t=R_PCREL go:string."cleanup "+0
	rel 42+4 t=R_CALL runtime.printstring+0
	rel 57+4 t=R_CALL runtime.printstring+0
	rel 65+4 t=R_CALL runtime.printnl+0
	rel 70+4 t=R_CALL runtime.printunlock+0
	rel 79+4 t=R_PCREL go:string."cleanup failed: "+0
	rel 99+4 t=R_CALL runtime.concatstring2+0
	rel 104+4 t=R_CALL runtime.convTstring+0
	rel 114+4 t=R_PCREL type:string+0
	rel 119+4 t=R_CALL runtime.gopanic+0
	rel 135+4 t=R_CALL runtime.morestack_noctxt+0
main.work STEXT size=114 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_in_defer_unrecovered.go:10)	TEXT	main.work(SB), ABIInternal, $40-0
	0x0000 00000 (panic_in_defer_unrecovered.go:10)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_in_defer_unrecovered.go:10)	PCDATA	$0, $-2
	0x0004 00004 (panic_in_defer_unrecovered.go:10)	JLS	107
	0x0006 00006 (panic_in_defer_unrecovered.go:10)	PCDATA	$0, $-1
	0x0006 00006 (panic_in_defer_unrecovered.go:10)	PUSHQ	BP
	0x0007 00007 (panic_in_defer_unrecovered.go:10)	MOVQ	SP, BP
	0x000a 00010 (panic_in_defer_unrecovered.go:10)	SUBQ	$32, SP
	0x000e 00014 (panic_in_defer_unrecovered.go:10)	MOVQ	X15, 24(SP)
	0x0015 00021 (panic_in_defer_unrecovered.go:10)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0015 00021 (panic_in_defer_unrecovered.go:10)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0015 00021 (panic_in_defer_unrecovered.go:10)	FUNCDATA	$4, main.work.opendefer(SB)
	0x0015 00021 (panic_in_defer_unrecovered.go:10)	MOVB	$0, main..autotmp_0+23(SP)
	0x001a 00026 (panic_in_defer_unrecovered.go:11)	LEAQ	main.work.deferwrap1·f(SB), AX
	0x0021 00033 (panic_in_defer_unrecovered.go:11)	MOVQ	AX, main..autotmp_1+24(SP)
	0x0026 00038 (panic_in_defer_unrecovered.go:11)	MOVB	$1, main..autotmp_0+23(SP)
	0x002b 00043 (panic_in_defer_unrecovered.go:12)	PCDATA	$1, $1
	0x002b 00043 (panic_in_defer_unrecovered.go:12)	CALL	runtime.printlock(SB)
	0x0030 00048 (panic_in_defer_unrecovered.go:12)	LEAQ	go:string."working\n"(SB), AX
	0x0037 00055 (panic_in_defer_unrecovered.go:12)	MOVL	$8, BX
	0x003c 00060 (panic_in_defer_unrecovered.go:12)	NOP
	0x0040 00064 (panic_in_defer_unrecovered.go:12)	CALL	runtime.printstring(SB)
	0x0045 00069 (panic_in_defer_unrecovered.go:12)	CALL	runtime.printunlock(SB)
	0x004a 00074 (panic_in_defer_unrecovered.go:13)	LEAQ	type:string(SB), AX
	0x0051 00081 (panic_in_defer_unrecovered.go:13)	LEAQ	main..stmp_0(SB), BX
	0x0058 00088 (panic_in_defer_unrecovered.go:13)	CALL	runtime.gopanic(SB)
	0x005d 00093 (panic_in_defer_unrecovered.go:13)	XCHGL	AX, AX
	0x005e 00094 (panic_in_defer_unrecovered.go:13)	NOP
	0x0060 00096 (panic_in_defer_unrecovered.go:13)	CALL	runtime.deferreturn(SB)
	0x0065 00101 (panic_in_defer_unrecovered.go:13)	ADDQ	$32, SP
	0x0069 00105 (panic_in_defer_unrecovered.go:13)	POPQ	BP
	0x006a 00106 (panic_in_defer_unrecovered.go:13)	RET
	0x006b 00107 (panic_in_defer_unrecovered.go:13)	NOP
	0x006b 00107 (panic_in_defer_unrecovered.go:10)	PCDATA	$1, $-1
	0x006b 00107 (panic_in_defer_unrecovered.go:10)	PCDATA	$0, $-2
	0x006b 00107 (panic_in_defer_unrecovered.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0070 00112 (panic_in_defer_unrecovered.go:10)	PCDATA	$0, $-1
	0x0070 00112 (panic_in_defer_unrecovered.go:10)	JMP	0
	0x0000 49 3b 66 10 76 65 55 48 89 e5 48 83 ec 20 66 44  I;f.veUH..H.. fD
	0x0010 0f d6 7c 24 18 c6 44 24 17 00 48 8d 05 00 00 00  ..|$..D$..H.....
	0x0020 00 48 89 44 24 18 c6 44 24 17 01 e8 00 00 00 00  .H.D$..D$.......
	0x0030 48 8d 05 00 00 00 00 bb 08 00 00 00 0f 1f 40 00  H.............@.
	0x0040 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x0050 00 48 8d 1d 00 00 00 00 e8 00 00 00 00 90 66 90  .H............f.
	0x0060 e8 00 00 00 00 48 83 c4 20 5d c3 e8 00 00 00 00  .....H.. ]......
	0x0070 eb 8e                                            ..
	rel 2+0 t=R_USEIFACE type:string+0
	rel 29+4 t=R_PCREL main.work.deferwrap1·f+0
	rel 44+4 t=R_CALL runtime.printlock+0
	rel 51+4 t=R_PCREL go:string."working\n"+0
	rel 65+4 t=R_CALL runtime.printstring+0
	rel 70+4 t=R_CALL runtime.printunlock+0
	rel 77+4 t=R_PCREL type:string+0
	rel 84+4 t=R_PCREL main..stmp_0+0
	rel 89+4 t=R_CALL runtime.gopanic+0
	rel 97+4 t=R_CALL runtime.deferreturn+0
	rel 108+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=114 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_in_defer_unrecovered.go:16)	TEXT	main.main(SB), ABIInternal, $40-0
	0x0000 00000 (panic_in_defer_unrecovered.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_in_defer_unrecovered.go:16)	PCDATA	$0, $-2
	0x0004 00004 (panic_in_defer_unrecovered.go:16)	JLS	107
	0x0006 00006 (panic_in_defer_unrecovered.go:16)	PCDATA	$0, $-1
	0x0006 00006 (panic_in_defer_unrecovered.go:16)	PUSHQ	BP
	0x0007 00007 (panic_in_defer_unrecovered.go:16)	MOVQ	SP, BP
	0x000a 00010 (panic_in_defer_unrecovered.go:16)	SUBQ	$32, SP
	0x000e 00014 (panic_in_defer_unrecovered.go:16)	MOVQ	X15, 24(SP)
	0x0015 00021 (panic_in_defer_unrecovered.go:16)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0015 00021 (panic_in_defer_unrecovered.go:16)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0015 00021 (panic_in_defer_unrecovered.go:16)	FUNCDATA	$4, main.main.opendefer(SB)
	0x0015 00021 (panic_in_defer_unrecovered.go:16)	MOVB	$0, main..autotmp_0+23(SP)
	0x001a 00026 (panic_in_defer_unrecovered.go:17)	LEAQ	main.main.deferwrap1·f(SB), AX
	0x0021 00033 (panic_in_defer_unrecovered.go:17)	MOVQ	AX, main..autotmp_1+24(SP)
	0x0026 00038 (panic_in_defer_unrecovered.go:17)	MOVB	$1, main..autotmp_0+23(SP)
	0x002b 00043 (panic_in_defer_unrecovered.go:18)	PCDATA	$1, $1
	0x002b 00043 (panic_in_defer_unrecovered.go:18)	CALL	runtime.printlock(SB)
	0x0030 00048 (panic_in_defer_unrecovered.go:18)	LEAQ	go:string."main start\n"(SB), AX
	0x0037 00055 (panic_in_defer_unrecovered.go:18)	MOVL	$11, BX
	0x003c 00060 (panic_in_defer_unrecovered.go:18)	NOP
	0x0040 00064 (panic_in_defer_unrecovered.go:18)	CALL	runtime.printstring(SB)
	0x0045 00069 (panic_in_defer_unrecovered.go:18)	CALL	runtime.printunlock(SB)
	0x004a 00074 (panic_in_defer_unrecovered.go:19)	CALL	main.work(SB)
	0x004f 00079 (panic_in_defer_unrecovered.go:20)	MOVB	$0, main..autotmp_0+23(SP)
	0x0054 00084 (panic_in_defer_unrecovered.go:20)	CALL	main.main.deferwrap1(SB)
	0x0059 00089 (panic_in_defer_unrecovered.go:20)	ADDQ	$32, SP
	0x005d 00093 (panic_in_defer_unrecovered.go:20)	POPQ	BP
	0x005e 00094 (panic_in_defer_unrecovered.go:20)	RET
	0x005f 00095 (panic_in_defer_unrecovered.go:20)	NOP
	0x0060 00096 (panic_in_defer_unrecovered.go:20)	CALL	runtime.deferreturn(SB)
	0x0065 00101 (panic_in_defer_unrecovered.go:20)	ADDQ	$32, SP
	0x0069 00105 (panic_in_defer_unrecovered.go:20)	POPQ	BP
	0x006a 00106 (panic_in_defer_unrecovered.go:20)	RET
	0x006b 00107 (panic_in_defer_unrecovered.go:20)	NOP
	0x006b 00107 (panic_in_defer_unrecovered.go:16)	PCDATA	$1, $-1
	0x006b 00107 (panic_in_defer_unrecovered.go:16)	PCDATA	$0, $-2
	0x006b 00107 (panic_in_defer_unrecovered.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x0070 00112 (panic_in_defer_unrecovered.go:16)	PCDATA	$0, $-1
	0x0070 00112 (panic_in_defer_unrecovered.go:16)	JMP	0
	0x0000 49 3b 66 10 76 65 55 48 89 e5 48 83 ec 20 66 44  I;f.veUH..H.. fD
	0x0010 0f d6 7c 24 18 c6 44 24 17 00 48 8d 05 00 00 00  ..|$..D$..H.....
	0x0020 00 48 89 44 24 18 c6 44 24 17 01 e8 00 00 00 00  .H.D$..D$.......
	0x0030 48 8d 05 00 00 00 00 bb 0b 00 00 00 0f 1f 40 00  H.............@.
	0x0040 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 c6  ................
	0x0050 44 24 17 00 e8 00 00 00 00 48 83 c4 20 5d c3 90  D$.......H.. ]..
	0x0060 e8 00 00 00 00 48 83 c4 20 5d c3 e8 00 00 00 00  .....H.. ]......
	0x0070 eb 8e                                            ..
	rel 29+4 t=R_PCREL main.main.deferwrap1·f+0
	rel 44+4 t=R_CALL runtime.printlock+0
	rel 51+4 t=R_PCREL go:string."main start\n"+0
	rel 65+4 t=R_CALL runtime.printstring+0
	rel 70+4 t=R_CALL runtime.printunlock+0
	rel 75+4 t=R_CALL main.work+0
	rel 85+4 t=R_CALL main.main.deferwrap1+0
	rel 97+4 t=R_CALL runtime.deferreturn+0
	rel 108+4 t=R_CALL runtime.morestack_noctxt+0
main.main.deferwrap1 STEXT size=55 align=0x0 args=0x0 locals=0x18 funcid=0x17
	0x0000 00000 (panic_in_defer_unrecovered.go:17)	TEXT	main.main.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
	0x0000 00000 (panic_in_defer_unrecovered.go:17)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_in_defer_unrecovered.go:17)	PCDATA	$0, $-2
	0x0004 00004 (panic_in_defer_unrecovered.go:17)	JLS	48
	0x0006 00006 (panic_in_defer_unrecovered.go:17)	PCDATA	$0, $-1
	0x0006 00006 (panic_in_defer_unrecovered.go:17)	PUSHQ	BP
	0x0007 00007 (panic_in_defer_unrecovered.go:17)	MOVQ	SP, BP
	0x000a 00010 (panic_in_defer_unrecovered.go:17)	SUBQ	$16, SP
	0x000e 00014 (panic_in_defer_unrecovered.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_in_defer_unrecovered.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_in_defer_unrecovered.go:17)	PCDATA	$1, $0
	0x000e 00014 (panic_in_defer_unrecovered.go:17)	CALL	runtime.printlock(SB)
	0x0013 00019 (panic_in_defer_unrecovered.go:17)	LEAQ	go:string."main deferred still runs\n"(SB), AX
	0x001a 00026 (panic_in_defer_unrecovered.go:17)	MOVL	$25, BX
	0x001f 00031 (panic_in_defer_unrecovered.go:17)	NOP
	0x0020 00032 (panic_in_defer_unrecovered.go:17)	CALL	runtime.printstring(SB)
	0x0025 00037 (panic_in_defer_unrecovered.go:17)	CALL	runtime.printunlock(SB)
	0x002a 00042 (panic_in_defer_unrecovered.go:17)	ADDQ	$16, SP
	0x002e 00046 (panic_in_defer_unrecovered.go:17)	POPQ	BP
	0x002f 00047 (panic_in_defer_unrecovered.go:17)	RET
	0x0030 00048 (panic_in_defer_unrecovered.go:17)	NOP
	0x0030 00048 (panic_in_defer_unrecovered.go:17)	PCDATA	$1, $-1
	0x0030 00048 (panic_in_defer_unrecovered.go:17)	PCDATA	$0, $-2
	0x0030 00048 (panic_in_defer_unrecovered.go:17)	CALL	runtime.morestack_noctxt(SB)
	0x0035 00053 (panic_in_defer_unrecovered.go:17)	PCDATA	$0, $-1
	0x0035 00053 (panic_in_defer_unrecovered.go:17)	JMP	0
	0x0000 49 3b 66 10 76 2a 55 48 89 e5 48 83 ec 10 e8 00  I;f.v*UH..H.....
	0x0010 00 00 00 48 8d 05 00 00 00 00 bb 19 00 00 00 90  ...H............
	0x0020 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3  ..........H...].
	0x0030 e8 00 00 00 00 eb c9                             .......
	rel 15+4 t=R_CALL runtime.printlock+0
	rel 22+4 t=R_PCREL go:string."main deferred still runs\n"+0
	rel 33+4 t=R_CALL runtime.printstring+0
	rel 38+4 t=R_CALL runtime.printunlock+0
	rel 49+4 t=R_CALL runtime.morestack_noctxt+0
main.work.deferwrap1 STEXT size=133 align=0x0 args=0x0 locals=0x30 funcid=0x17
	0x0000 00000 (panic_in_defer_unrecovered.go:11)	TEXT	main.work.deferwrap1(SB), WRAPPER|ABIInternal, $48-0
	0x0000 00000 (panic_in_defer_unrecovered.go:11)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_in_defer_unrecovered.go:11)	PCDATA	$0, $-2
	0x0004 00004 (panic_in_defer_unrecovered.go:11)	JLS	122
	0x0006 00006 (panic_in_defer_unrecovered.go:11)	PCDATA	$0, $-1
	0x0006 00006 (panic_in_defer_unrecovered.go:11)	PUSHQ	BP
	0x0007 00007 (panic_in_defer_unrecovered.go:11)	MOVQ	SP, BP
	0x000a 00010 (panic_in_defer_unrecovered.go:11)	SUBQ	$40, SP
	0x000e 00014 (panic_in_defer_unrecovered.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_in_defer_unrecovered.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_in_defer_unrecovered.go:11)	FUNCDATA	$7, main.cleanup.wrapinfo(SB)
	0x000e 00014 (panic_in_defer_unrecovered.go:11)	XCHGL	AX, AX
	0x000f 00015 (panic_in_defer_unrecovered.go:5)	PCDATA	$1, $0
	0x000f 00015 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printlock(SB)
	0x0014 00020 (panic_in_defer_unrecovered.go:5)	LEAQ	go:string."cleanup "(SB), AX
	0x001b 00027 (panic_in_defer_unrecovered.go:5)	MOVL	$8, BX
	0x0020 00032 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printstring(SB)
	0x0025 00037 (panic_in_defer_unrecovered.go:5)	LEAQ	go:string."work"(SB), AX
	0x002c 00044 (panic_in_defer_unrecovered.go:5)	MOVL	$4, BX
	0x0031 00049 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printstring(SB)
	0x0036 00054 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printnl(SB)
	0x003b 00059 (panic_in_defer_unrecovered.go:5)	NOP
	0x0040 00064 (panic_in_defer_unrecovered.go:5)	CALL	runtime.printunlock(SB)
	0x0045 00069 (panic_in_defer_unrecovered.go:6)	XORL	AX, AX
	0x0047 00071 (panic_in_defer_unrecovered.go:6)	LEAQ	go:string."cleanup failed: "(SB), BX
	0x004e 00078 (panic_in_defer_unrecovered.go:6)	MOVL	$16, CX
	0x0053 00083 (panic_in_defer_unrecovered.go:6)	LEAQ	go:string."work"(SB), DI
	0x005a 00090 (panic_in_defer_unrecovered.go:6)	MOVL	$4, SI
	0x005f 00095 (panic_in_defer_unrecovered.go:6)	NOP
	0x0060 00096 (panic_in_defer_unrecovered.go:6)	CALL	runtime.concatstring2(SB)
	0x0065 00101 (panic_in_defer_unrecovered.go:6)	CALL	runtime.convTstring(SB)
	0x006a 00106 (panic_in_defer_unrecovered.go:6)	MOVQ	AX, BX
	0x006d 00109 (panic_in_defer_unrecovered.go:6)	LEAQ	type:string(SB), AX
	0x0074 00116 (panic_in_defer_unrecovered.go:6)	CALL	runtime.gopanic(SB)
	0x0079 00121 (panic_in_defer_unrecovered.go:6)	XCHGL	AX, AX
	0x007a 00122 (panic_in_defer_unrecovered.go:6)	NOP
	0x007a 00122 (panic_in_defer_unrecovered.go:11)	PCDATA	$1, $-1
	0x007a 00122 (panic_in_defer_unrecovered.go:11)	PCDATA	$0, $-2
	0x007a 00122 (panic_in_defer_unrecovered.go:11)	CALL	runtime.morestack_noctxt(SB)
	0x007f 00127 (panic_in_defer_unrecovered.go:11)	PCDATA	$0, $-1
	0x007f 00127 (panic_in_defer_unrecovered.go:11)	NOP
	0x0080 00128 (panic_in_defer_unrecovered.go:11)	JMP	0
	0x0000 49 3b 66 10 76 74 55 48 89 e5 48 83 ec 28 90 e8  I;f.vtUH..H..(..
	0x0010 00 00 00 00 48 8d 05 00 00 00 00 bb 08 00 00 00  ....H...........
	0x0020 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 04 00 00  .....H..........
	0x0030 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0040 e8 00 00 00 00 31 c0 48 8d 1d 00 00 00 00 b9 10  .....1.H........
	0x0050 00 00 00 48 8d 3d 00 00 00 00 be 04 00 00 00 90  ...H.=..........
	0x0060 e8 00 00 00 00 e8 00 00 00 00 48 89 c3 48 8d 05  ..........H..H..
	0x0070 00 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00 90  ................
	0x0080 e9 7b ff ff ff                                   .{...
	rel 3+0 t=R_USEIFACE type:string+0
	rel 16+4 t=R_CALL runtime.printlock+0
	rel 23+4 t=R_PCREL go:string."cleanup "+0
	rel 33+4 t=R_CALL runtime.printstring+0
	rel 40+4 t=R_PCREL go:string."work"+0
	rel 50+4 t=R_CALL runtime.printstring+0
	rel 55+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 74+4 t=R_PCREL go:string."cleanup failed: "+0
	rel 86+4 t=R_PCREL go:string."work"+0
	rel 97+4 t=R_CALL runtime.concatstring2+0
	rel 102+4 t=R_CALL runtime.convTstring+0
	rel 112+4 t=R_PCREL type:string+0
	rel 117+4 t=R_CALL runtime.gopanic+0
	rel 123+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.cleanup$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6c 65 61 6e 75 70 00 01 04  .main.cleanup...
	0x0010 01 22 6e 61 6d 65 00 00 00 00 00 00 00           ."name.......
	rel 24+4 t=R_DWARFSECREF go:info.string+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."cleanup" SRODATA dupok size=7 align=0x1
	0x0000 63 6c 65 61 6e 75 70                             cleanup
go:string."cleanup " SRODATA dupok size=8 align=0x1
	0x0000 63 6c 65 61 6e 75 70 20                          cleanup 
go:string."cleanup failed: " SRODATA dupok size=16 align=0x1
	0x0000 63 6c 65 61 6e 75 70 20 66 61 69 6c 65 64 3a 20  cleanup failed: 
go:string."work failed" SRODATA dupok size=11 align=0x1
	0x0000 77 6f 72 6b 20 66 61 69 6c 65 64                 work failed
go:string."working" SRODATA dupok size=7 align=0x1
	0x0000 77 6f 72 6b 69 6e 67                             working
go:string."working\n" SRODATA dupok size=8 align=0x1
	0x0000 77 6f 72 6b 69 6e 67 0a                          working.
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 0b 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."work failed"+0
go:string."main start" SRODATA dupok size=10 align=0x1
	0x0000 6d 61 69 6e 20 73 74 61 72 74                    main start
go:string."main start\n" SRODATA dupok size=11 align=0x1
	0x0000 6d 61 69 6e 20 73 74 61 72 74 0a                 main start.
go:string."main deferred still runs" SRODATA dupok size=24 align=0x1
	0x0000 6d 61 69 6e 20 64 65 66 65 72 72 65 64 20 73 74  main deferred st
	0x0010 69 6c 6c 20 72 75 6e 73                          ill runs
go:string."main deferred still runs\n" SRODATA dupok size=25 align=0x1
	0x0000 6d 61 69 6e 20 64 65 66 65 72 72 65 64 20 73 74  main deferred st
	0x0010 69 6c 6c 20 72 75 6e 73 0a                       ill runs.
go:string."work" SRODATA dupok size=4 align=0x1
	0x0000 77 6f 72 6b                                      work
main.main.deferwrap1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.deferwrap1+0
main.work.deferwrap1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.work.deferwrap1+0
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.cleanup.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.cleanup.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.work.opendefer SRODATA dupok size=2 align=0x1
	0x0000 09 08                                            ..
main.main.opendefer SRODATA dupok size=2 align=0x1
	0x0000 09 08                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.cleanup.wrapinfo SRODATA static dupok size=4 align=0x4
	0x0000 00 00 00 00                                      ....
	rel 0+4 t=R_ADDROFF main.cleanup+0
