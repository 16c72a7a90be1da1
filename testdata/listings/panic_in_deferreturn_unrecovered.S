funcpctab main.use [valfunc=pctoinline]
     0     -1 00000 (panic_in_deferreturn_unrecovered.go:13)	TEXT	main.use(SB), ABIInternal, $136-16
     0        00000 (panic_in_deferreturn_unrecovered.go:13)	TEXT	main.use(SB), ABIInternal, $136-16
     0     -1 00000 (panic_in_deferreturn_unrecovered.go:13)	LEAQ	-8(SP), R12
     5        00005 (panic_in_deferreturn_unrecovered.go:13)	CMPQ	R12, 16(R14)
     9        00009 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$0, $-2
     9        00009 (panic_in_deferreturn_unrecovered.go:13)	JLS	230
     f        00015 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$0, $-1
     f        00015 (panic_in_deferreturn_unrecovered.go:13)	PUSHQ	BP
    10        00016 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	SP, BP
    13        00019 (panic_in_deferreturn_unrecovered.go:13)	ADDQ	$-128, SP
    17        00023 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	AX, main.name+144(FP)
    1f        00031 (panic_in_deferreturn_unrecovered.go:13)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    1f        00031 (panic_in_deferreturn_unrecovered.go:13)	FUNCDATA	$1, gclocals·EYsUeQHkIlelPup/TMZjqA==(SB)
    1f        00031 (panic_in_deferreturn_unrecovered.go:13)	FUNCDATA	$2, main.use.stkobj(SB)
    1f        00031 (panic_in_deferreturn_unrecovered.go:13)	FUNCDATA	$5, main.use.arginfo1(SB)
    1f        00031 (panic_in_deferreturn_unrecovered.go:13)	FUNCDATA	$6, main.use.argliveinfo(SB)
    1f        00031 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$3, $1
    1f        00031 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	BX, main.name+152(SP)
    27        00039 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$3, $2
    27        00039 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	$0, main.~r0+32(SP)
    30        00048 (panic_in_deferreturn_unrecovered.go:14)	MOVQ	BX, main..autotmp_9+104(SP)
    35        00053 (panic_in_deferreturn_unrecovered.go:14)	MOVQ	AX, main..autotmp_9+96(SP)
    3a        00058 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	main.use.deferwrap1(SB), CX
    41        00065 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	CX, main..autotmp_11+112(SP)
    46        00070 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	main..autotmp_9+96(SP), CX
    4b        00075 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	CX, main..autotmp_11+120(SP)
    50        00080 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	main..autotmp_11+112(SP), CX
    55        00085 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	CX, main..autotmp_13+72(SP)
    5a        00090 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	main..autotmp_13+48(SP), AX
    5f        00095 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$1, $0
    5f        00095 (panic_in_deferreturn_unrecovered.go:15)	NOP
    60        00096 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.deferprocStack(SB)
    65        00101 (panic_in_deferreturn_unrecovered.go:15)	XORL	AX, AX
    67        00103 (panic_in_deferreturn_unrecovered.go:15)	MOVL	$1, CX
    6c        00108 (panic_in_deferreturn_unrecovered.go:15)	JMP	133
    6e        00110 (panic_in_deferreturn_unrecovered.go:20)	PCDATA	$1, $1
    6e        00110 (panic_in_deferreturn_unrecovered.go:20)	CALL	runtime.deferreturn(SB)
    73        00115 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	main.~r0+32(SP), AX
    78        00120 (panic_in_deferreturn_unrecovered.go:20)	SUBQ	$-128, SP
    7c        00124 (panic_in_deferreturn_unrecovered.go:20)	POPQ	BP
    7d        00125 (panic_in_deferreturn_unrecovered.go:20)	RET
    7e        00126 (<unknown line number>)	MOVQ	main.i+40(SP), AX
    83        00131 (<unknown line number>)	XORL	CX, CX
    85        00133 (panic_in_deferreturn_unrecovered.go:16)	XORL	$1, CX
    88        00136 (panic_in_deferreturn_unrecovered.go:16)	MOVBLZX	CL, DX
    8b        00139 (panic_in_deferreturn_unrecovered.go:16)	ADDQ	AX, DX
    8e        00142 (panic_in_deferreturn_unrecovered.go:16)	CMPQ	DX, $3
    92        00146 (panic_in_deferreturn_unrecovered.go:16)	JGE	201
    94        00148 (panic_in_deferreturn_unrecovered.go:16)	MOVQ	DX, main.i+40(SP)
    99        00153 (panic_in_deferreturn_unrecovered.go:17)	MOVL	$16, AX
    9e        00158 (panic_in_deferreturn_unrecovered.go:17)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
    a5        00165 (panic_in_deferreturn_unrecovered.go:17)	MOVL	$1, CX
    aa        00170 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$1, $0
    aa        00170 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    af        00175 (panic_in_deferreturn_unrecovered.go:17)	LEAQ	main.use.func1(SB), DX
    b6        00182 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	DX, (AX)
    b9        00185 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	main.i+40(SP), DX
    be        00190 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	DX, 8(AX)
    c2        00194 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.deferproc(SB)
    c7        00199 (panic_in_deferreturn_unrecovered.go:17)	JMP	126
    c9        00201 (panic_in_deferreturn_unrecovered.go:19)	MOVQ	main.name+152(SP), AX
    d1        00209 (panic_in_deferreturn_unrecovered.go:19)	MOVQ	AX, main.~r0+32(SP)
    d6        00214 (panic_in_deferreturn_unrecovered.go:20)	PCDATA	$1, $1
    d6        00214 (panic_in_deferreturn_unrecovered.go:20)	CALL	runtime.deferreturn(SB)
    db        00219 (panic_in_deferreturn_unrecovered.go:19)	MOVQ	main.~r0+32(SP), AX
    e0        00224 (panic_in_deferreturn_unrecovered.go:20)	SUBQ	$-128, SP
    e4        00228 (panic_in_deferreturn_unrecovered.go:20)	POPQ	BP
    e5        00229 (panic_in_deferreturn_unrecovered.go:20)	RET
    e6        00230 (panic_in_deferreturn_unrecovered.go:20)	NOP
    e6        00230 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$1, $-1
    e6        00230 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$0, $-2
    e6        00230 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	AX, 8(SP)
    eb        00235 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	BX, 16(SP)
    f0        00240 (panic_in_deferreturn_unrecovered.go:13)	CALL	runtime.morestack_noctxt(SB)
    f5        00245 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$0, $-1
    f5        00245 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	8(SP), AX
    fa        00250 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	16(SP), BX
    ff        00255 (panic_in_deferreturn_unrecovered.go:13)	NOP
   100        00256 (panic_in_deferreturn_unrecovered.go:13)	JMP	0
   105 done
wrote 4 bytes to 0x0
 00 85 02 00
funcpctab main.use.func1 [valfunc=pctoinline]
     0     -1 00000 (panic_in_deferreturn_unrecovered.go:17)	TEXT	main.use.func1(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (panic_in_deferreturn_unrecovered.go:17)	TEXT	main.use.func1(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (panic_in_deferreturn_unrecovered.go:17)	CMPQ	SP, 16(R14)
     4        00004 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$0, $-2
     4        00004 (panic_in_deferreturn_unrecovered.go:17)	JLS	75
     6        00006 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$0, $-1
     6        00006 (panic_in_deferreturn_unrecovered.go:17)	PUSHQ	BP
     7        00007 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	SP, BP
     a        00010 (panic_in_deferreturn_unrecovered.go:17)	SUBQ	$24, SP
     e        00014 (panic_in_deferreturn_unrecovered.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_in_deferreturn_unrecovered.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	8(DX), AX
    12        00018 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	AX, main.i+16(SP)
    17        00023 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$1, $0
    17        00023 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.printlock(SB)
    1c        00028 (panic_in_deferreturn_unrecovered.go:17)	LEAQ	go:string."loop defer "(SB), AX
    23        00035 (panic_in_deferreturn_unrecovered.go:17)	MOVL	$11, BX
    28        00040 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.printstring(SB)
    2d        00045 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	main.i+16(SP), AX
    32        00050 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.printint(SB)
    37        00055 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.printnl(SB)
    3c        00060 (panic_in_deferreturn_unrecovered.go:17)	NOP
    40        00064 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.printunlock(SB)
    45        00069 (panic_in_deferreturn_unrecovered.go:17)	ADDQ	$24, SP
    49        00073 (panic_in_deferreturn_unrecovered.go:17)	POPQ	BP
    4a        00074 (panic_in_deferreturn_unrecovered.go:17)	RET
    4b        00075 (panic_in_deferreturn_unrecovered.go:17)	NOP
    4b        00075 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$1, $-1
    4b        00075 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$0, $-2
    4b        00075 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.morestack(SB)
    50        00080 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$0, $-1
    50        00080 (panic_in_deferreturn_unrecovered.go:17)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.use.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (panic_in_deferreturn_unrecovered.go:15)	TEXT	main.use.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $72-0
     0        00000 (panic_in_deferreturn_unrecovered.go:15)	TEXT	main.use.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $72-0
     0     -1 00000 (panic_in_deferreturn_unrecovered.go:15)	CMPQ	SP, 16(R14)
     4        00004 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$0, $-2
     4        00004 (panic_in_deferreturn_unrecovered.go:15)	JLS	171
     a        00010 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$0, $-1
     a        00010 (panic_in_deferreturn_unrecovered.go:15)	PUSHQ	BP
     b        00011 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	SP, BP
     e        00014 (panic_in_deferreturn_unrecovered.go:15)	SUBQ	$64, SP
    12        00018 (panic_in_deferreturn_unrecovered.go:15)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (panic_in_deferreturn_unrecovered.go:15)	FUNCDATA	$1, gclocals·9OMwlPjuGfijZ/i6wAXXKw==(SB)
    12        00018 (panic_in_deferreturn_unrecovered.go:15)	FUNCDATA	$7, main.(*resource).Close.wrapinfo(SB)
    12        00018 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	8(DX), AX
    16        00022 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	AX, main..autotmp_3+56(SP)
    1b      0 00027 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	(AX), CX
    1e        00030 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	CX, main..autotmp_6+48(SP)
    23        00035 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	8(AX), AX
    27        00039 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	AX, main..autotmp_7+40(SP)
    2c        00044 (<unknown line number>)	NOP
    2c        00044 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$1, $1
    2c        00044 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.printlock(SB)
    31        00049 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	go:string."closing "(SB), AX
    38        00056 (panic_in_deferreturn_unrecovered.go:15)	MOVL	$8, BX
    3d        00061 (panic_in_deferreturn_unrecovered.go:15)	NOP
    40        00064 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.printstring(SB)
    45        00069 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	main..autotmp_6+48(SP), AX
    4a        00074 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	main..autotmp_7+40(SP), BX
    4f        00079 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$1, $2
    4f        00079 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.printstring(SB)
    54        00084 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.printnl(SB)
    59        00089 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.printunlock(SB)
    5e        00094 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	main..autotmp_3+56(SP), AX
    63        00099 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	8(AX), SI
    67        00103 (panic_in_deferreturn_unrecovered.go:15)	CMPQ	SI, $3
    6b        00107 (panic_in_deferreturn_unrecovered.go:15)	JNE	125
    6d        00109 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	(AX), DI
    70        00112 (panic_in_deferreturn_unrecovered.go:15)	CMPW	(DI), $24930
    75        00117 (panic_in_deferreturn_unrecovered.go:15)	JNE	125
    77        00119 (panic_in_deferreturn_unrecovered.go:15)	CMPB	2(DI), $100
    7b        00123 (panic_in_deferreturn_unrecovered.go:15)	JEQ	131
    7d     -1 00125 (panic_in_deferreturn_unrecovered.go:15)	ADDQ	$64, SP
    81        00129 (panic_in_deferreturn_unrecovered.go:15)	POPQ	BP
    82        00130 (panic_in_deferreturn_unrecovered.go:15)	RET
    83      0 00131 (panic_in_deferreturn_unrecovered.go:15)	XORL	AX, AX
    85        00133 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	go:string."close failed: "(SB), BX
    8c        00140 (panic_in_deferreturn_unrecovered.go:15)	MOVL	$14, CX
    91        00145 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$1, $0
    91        00145 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.concatstring2(SB)
    96        00150 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.convTstring(SB)
    9b        00155 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	AX, BX
    9e        00158 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	type:string(SB), AX
    a5        00165 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.gopanic(SB)
    aa        00170 (panic_in_deferreturn_unrecovered.go:15)	XCHGL	AX, AX
    ab        00171 (panic_in_deferreturn_unrecovered.go:15)	NOP
    ab        00171 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$1, $-1
    ab        00171 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$0, $-2
    ab     -1 00171 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.morestack(SB)
    b0        00176 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$0, $-1
    b0        00176 (panic_in_deferreturn_unrecovered.go:15)	JMP	0
    b5 done
wrote 11 bytes to 0x0
 00 1b 02 62 01 06 02 28 01 0a 00
-- inlining tree for main.use.deferwrap1:
0 | -1 | main.(*resource).Close (panic_in_deferreturn_unrecovered.go:15:15) pc=18
--
funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_in_deferreturn_unrecovered.go:22)	TEXT	main.main(SB), ABIInternal, $32-0
     0        00000 (panic_in_deferreturn_unrecovered.go:22)	TEXT	main.main(SB), ABIInternal, $32-0
     0     -1 00000 (panic_in_deferreturn_unrecovered.go:22)	CMPQ	SP, 16(R14)
     4        00004 (panic_in_deferreturn_unrecovered.go:22)	PCDATA	$0, $-2
     4        00004 (panic_in_deferreturn_unrecovered.go:22)	JLS	117
     6        00006 (panic_in_deferreturn_unrecovered.go:22)	PCDATA	$0, $-1
     6        00006 (panic_in_deferreturn_unrecovered.go:22)	PUSHQ	BP
     7        00007 (panic_in_deferreturn_unrecovered.go:22)	MOVQ	SP, BP
     a        00010 (panic_in_deferreturn_unrecovered.go:22)	SUBQ	$24, SP
     e        00014 (panic_in_deferreturn_unrecovered.go:22)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_in_deferreturn_unrecovered.go:22)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_in_deferreturn_unrecovered.go:23)	LEAQ	go:string."good"(SB), AX
    15        00021 (panic_in_deferreturn_unrecovered.go:23)	MOVL	$4, BX
    1a        00026 (panic_in_deferreturn_unrecovered.go:23)	PCDATA	$1, $0
    1a        00026 (panic_in_deferreturn_unrecovered.go:23)	CALL	main.use(SB)
    1f        00031 (panic_in_deferreturn_unrecovered.go:23)	MOVQ	AX, main..autotmp_1+16(SP)
    24        00036 (panic_in_deferreturn_unrecovered.go:23)	CALL	runtime.printlock(SB)
    29        00041 (panic_in_deferreturn_unrecovered.go:23)	MOVQ	main..autotmp_1+16(SP), AX
    2e        00046 (panic_in_deferreturn_unrecovered.go:23)	CALL	runtime.printint(SB)
    33        00051 (panic_in_deferreturn_unrecovered.go:23)	CALL	runtime.printnl(SB)
    38        00056 (panic_in_deferreturn_unrecovered.go:23)	CALL	runtime.printunlock(SB)
    3d        00061 (panic_in_deferreturn_unrecovered.go:24)	LEAQ	go:string."bad"(SB), AX
    44        00068 (panic_in_deferreturn_unrecovered.go:24)	MOVL	$3, BX
    49        00073 (panic_in_deferreturn_unrecovered.go:24)	CALL	main.use(SB)
    4e        00078 (panic_in_deferreturn_unrecovered.go:24)	MOVQ	AX, main..autotmp_1+16(SP)
    53        00083 (panic_in_deferreturn_unrecovered.go:24)	CALL	runtime.printlock(SB)
    58        00088 (panic_in_deferreturn_unrecovered.go:24)	MOVQ	main..autotmp_1+16(SP), AX
    5d        00093 (panic_in_deferreturn_unrecovered.go:24)	NOP
    60        00096 (panic_in_deferreturn_unrecovered.go:24)	CALL	runtime.printint(SB)
    65        00101 (panic_in_deferreturn_unrecovered.go:24)	CALL	runtime.printnl(SB)
    6a        00106 (panic_in_deferreturn_unrecovered.go:24)	CALL	runtime.printunlock(SB)
    6f        00111 (panic_in_deferreturn_unrecovered.go:25)	ADDQ	$24, SP
    73        00115 (panic_in_deferreturn_unrecovered.go:25)	POPQ	BP
    74        00116 (panic_in_deferreturn_unrecovered.go:25)	RET
    75        00117 (panic_in_deferreturn_unrecovered.go:25)	NOP
    75        00117 (panic_in_deferreturn_unrecovered.go:22)	PCDATA	$1, $-1
    75        00117 (panic_in_deferreturn_unrecovered.go:22)	PCDATA	$0, $-2
    75        00117 (panic_in_deferreturn_unrecovered.go:22)	CALL	runtime.morestack_noctxt(SB)
    7a        00122 (panic_in_deferreturn_unrecovered.go:22)	PCDATA	$0, $-1
    7a        00122 (panic_in_deferreturn_unrecovered.go:22)	JMP	0
    7c done
wrote 3 bytes to 0x0
 00 7c 00
funcpctab main.(*resource).Close [valfunc=pctoinline]
     0     -1 00000 (panic_in_deferreturn_unrecovered.go:6)	TEXT	main.(*resource).Close(SB), ABIInternal, $64-8
     0        00000 (panic_in_deferreturn_unrecovered.go:6)	TEXT	main.(*resource).Close(SB), ABIInternal, $64-8
     0     -1 00000 (panic_in_deferreturn_unrecovered.go:6)	CMPQ	SP, 16(R14)
     4        00004 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$0, $-2
     4        00004 (panic_in_deferreturn_unrecovered.go:6)	JLS	166
     a        00010 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$0, $-1
     a        00010 (panic_in_deferreturn_unrecovered.go:6)	PUSHQ	BP
     b        00011 (panic_in_deferreturn_unrecovered.go:6)	MOVQ	SP, BP
     e        00014 (panic_in_deferreturn_unrecovered.go:6)	SUBQ	$56, SP
    12        00018 (panic_in_deferreturn_unrecovered.go:6)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    12        00018 (panic_in_deferreturn_unrecovered.go:6)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    12        00018 (panic_in_deferreturn_unrecovered.go:6)	FUNCDATA	$5, main.(*resource).Close.arginfo1(SB)
    12        00018 (panic_in_deferreturn_unrecovered.go:6)	FUNCDATA	$6, main.(*resource).Close.argliveinfo(SB)
    12        00018 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$3, $1
    12        00018 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	AX, main.r+72(SP)
    17        00023 (panic_in_deferreturn_unrecovered.go:8)	PCDATA	$3, $-1
    17        00023 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	(AX), CX
    1a        00026 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	CX, main..autotmp_5+48(SP)
    1f        00031 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	8(AX), AX
    23        00035 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	AX, main..autotmp_6+40(SP)
    28        00040 (panic_in_deferreturn_unrecovered.go:7)	PCDATA	$1, $1
    28        00040 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printlock(SB)
    2d        00045 (panic_in_deferreturn_unrecovered.go:7)	LEAQ	go:string."closing "(SB), AX
    34        00052 (panic_in_deferreturn_unrecovered.go:7)	MOVL	$8, BX
    39        00057 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printstring(SB)
    3e        00062 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	main..autotmp_5+48(SP), AX
    43        00067 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	main..autotmp_6+40(SP), BX
    48        00072 (panic_in_deferreturn_unrecovered.go:7)	PCDATA	$1, $0
    48        00072 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printstring(SB)
    4d        00077 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printnl(SB)
    52        00082 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printunlock(SB)
    57        00087 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	main.r+72(SP), AX
    5c        00092 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	8(AX), SI
    60        00096 (panic_in_deferreturn_unrecovered.go:8)	CMPQ	SI, $3
    64        00100 (panic_in_deferreturn_unrecovered.go:8)	JNE	118
    66        00102 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	(AX), DI
    69        00105 (panic_in_deferreturn_unrecovered.go:8)	CMPW	(DI), $24930
    6e        00110 (panic_in_deferreturn_unrecovered.go:8)	JNE	118
    70        00112 (panic_in_deferreturn_unrecovered.go:8)	CMPB	2(DI), $100
    74        00116 (panic_in_deferreturn_unrecovered.go:8)	JEQ	124
    76        00118 (panic_in_deferreturn_unrecovered.go:11)	ADDQ	$56, SP
    7a        00122 (panic_in_deferreturn_unrecovered.go:11)	POPQ	BP
    7b        00123 (panic_in_deferreturn_unrecovered.go:11)	RET
    7c        00124 (panic_in_deferreturn_unrecovered.go:9)	XORL	AX, AX
    7e        00126 (panic_in_deferreturn_unrecovered.go:9)	LEAQ	go:string."close failed: "(SB), BX
    85        00133 (panic_in_deferreturn_unrecovered.go:9)	MOVL	$14, CX
    8a        00138 (panic_in_deferreturn_unrecovered.go:9)	PCDATA	$1, $2
    8a        00138 (panic_in_deferreturn_unrecovered.go:9)	CALL	runtime.concatstring2(SB)
    8f        00143 (panic_in_deferreturn_unrecovered.go:9)	CALL	runtime.convTstring(SB)
    94        00148 (panic_in_deferreturn_unrecovered.go:9)	MOVQ	AX, BX
    97        00151 (panic_in_deferreturn_unrecovered.go:9)	LEAQ	type:string(SB), AX
    9e        00158 (panic_in_deferreturn_unrecovered.go:9)	NOP
    a0        00160 (panic_in_deferreturn_unrecovered.go:9)	CALL	runtime.gopanic(SB)
    a5        00165 (panic_in_deferreturn_unrecovered.go:9)	XCHGL	AX, AX
    a6        00166 (panic_in_deferreturn_unrecovered.go:9)	NOP
    a6        00166 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$1, $-1
    a6        00166 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$0, $-2
    a6        00166 (panic_in_deferreturn_unrecovered.go:6)	MOVQ	AX, 8(SP)
    ab        00171 (panic_in_deferreturn_unrecovered.go:6)	CALL	runtime.morestack_noctxt(SB)
    b0        00176 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$0, $-1
    b0        00176 (panic_in_deferreturn_unrecovered.go:6)	MOVQ	8(SP), AX
    b5        00181 (panic_in_deferreturn_unrecovered.go:6)	JMP	0
    ba done
wrote 4 bytes to 0x0
 00 ba 01 00
main.(*resource).Close STEXT size=186 align=0x0 args=0x8 locals=0x40 funcid=0x0
	0x0000 00000 (panic_in_deferreturn_unrecovered.go:6)	TEXT	main.(*resource).Close(SB), ABIInternal, $64-8
	0x0000 00000 (panic_in_deferreturn_unrecovered.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$0, $-2
	0x0004 00004 (panic_in_deferreturn_unrecovered.go:6)	JLS	166
	0x000a 00010 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$0, $-1
	0x000a 00010 (panic_in_deferreturn_unrecovered.go:6)	PUSHQ	BP
	0x000b 00011 (panic_in_deferreturn_unrecovered.go:6)	MOVQ	SP, BP
	0x000e 00014 (panic_in_deferreturn_unrecovered.go:6)	SUBQ	$56, SP
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:6)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:6)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:6)	FUNCDATA	$5, main.(*resource).Close.arginfo1(SB)
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:6)	FUNCDATA	$6, main.(*resource).Close.argliveinfo(SB)
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$3, $1
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	AX, main.r+72(SP)
	0x0017 00023 (panic_in_deferreturn_unrecovered.go:8)	PCDATA	$3, $-1
	0x0017 00023 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	(AX), CX
	0x001a 00026 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	CX, main..autotmp_5+48(SP)
	0x001f 00031 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	8(AX), AX
	0x0023 00035 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	AX, main..autotmp_6+40(SP)
	0x0028 00040 (panic_in_deferreturn_unrecovered.go:7)	PCDATA	$1, $1
	0x0028 00040 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printlock(SB)
	0x002d 00045 (panic_in_deferreturn_unrecovered.go:7)	LEAQ	go:string."closing "(SB), AX
	0x0034 00052 (panic_in_deferreturn_unrecovered.go:7)	MOVL	$8, BX
	0x0039 00057 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printstring(SB)
	0x003e 00062 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	main..autotmp_5+48(SP), AX
	0x0043 00067 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	main..autotmp_6+40(SP), BX
	0x0048 00072 (panic_in_deferreturn_unrecovered.go:7)	PCDATA	$1, $0
	0x0048 00072 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printstring(SB)
	0x004d 00077 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printnl(SB)
	0x0052 00082 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printunlock(SB)
	0x0057 00087 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	main.r+72(SP), AX
	0x005c 00092 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	8(AX), SI
	0x0060 00096 (panic_in_deferreturn_unrecovered.go:8)	CMPQ	SI, $3
	0x0064 00100 (panic_in_deferreturn_unrecovered.go:8)	JNE	118
	0x0066 00102 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	(AX), DI
	0x0069 00105 (panic_in_deferreturn_unrecovered.go:8)	CMPW	(DI), $24930
	0x006e 00110 (panic_in_deferreturn_unrecovered.go:8)	JNE	118
	0x0070 00112 (panic_in_deferreturn_unrecovered.go:8)	CMPB	2(DI), $100
	0x0074 00116 (panic_in_deferreturn_unrecovered.go:8)	JEQ	124
	0x0076 00118 (panic_in_deferreturn_unrecovered.go:11)	ADDQ	$56, SP
	0x007a 00122 (panic_in_deferreturn_unrecovered.go:11)	POPQ	BP
	0x007b 00123 (panic_in_deferreturn_unrecovered.go:11)	RET
	0x007c 00124 (panic_in_deferreturn_unrecovered.go:9)	XORL	AX, AX
	0x007e 00126 (panic_in_deferreturn_unrecovered.go:9)	LEAQ	go:string."close failed: "(SB), BX
	0x0085 00133 (panic_in_deferreturn_unrecovered.go:9)	MOVL	$14, CX
	0x008a 00138 (panic_in_deferreturn_unrecovered.go:9)	PCDATA	$1, $2
	0x008a 00138 (panic_in_deferreturn_unrecovered.go:9)	CALL	runtime.concatstring2(SB)
	0x008f 00143 (panic_in_deferreturn_unrecovered.go:9)	CALL	runtime.convTstring(SB)
	0x0094 00148 (panic_in_deferreturn_unrecovered.go:9)	MOVQ	AX, BX
	0x0097 00151 (panic_in_deferreturn_unrecovered.go:9)	LEAQ	type:string(SB), AX
	0x009e 00158 (panic_in_deferreturn_unrecovered.go:9)	NOP
	0x00a0 00160 (panic_in_deferreturn_unrecovered.go:9)	CALL	runtime.gopanic(SB)
	0x00a5 00165 (panic_in_deferreturn_unrecovered.go:9)	XCHGL	AX, AX
	0x00a6 00166 (panic_in_deferreturn_unrecovered.go:9)	NOP
	0x00a6 00166 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$1, $-1
	0x00a6 00166 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$0, $-2
	0x00a6 00166 (panic_in_deferreturn_unrecovered.go:6)	MOVQ	AX, 8(SP)
	0x00ab 00171 (panic_in_deferreturn_unrecovered.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x00b0 00176 (panic_in_deferreturn_unrecovered.go:6)	PCDATA	$0, $-1
	0x00b0 00176 (panic_in_deferreturn_unrecovered.go:6)	MOVQ	8(SP), AX
	0x00b5 00181 (panic_in_deferreturn_unrecovered.go:6)	JMP	0
	0x0000 49 3b 66 10 0f 86 9c 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 48 89 44 24 48 48 8b 08 48 89 4c 24 30 48  .8H.D$HH..H.L$0H
	0x0020 8b 40 08 48 89 44 24 28 e8 00 00 00 00 48 8d 05  .@.H.D$(.....H..
	0x0030 00 00 00 00 bb 08 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x0040 44 24 30 48 8b 5c 24 28 e8 00 00 00 00 e8 00 00  D$0H.\$(........
	0x0050 00 00 e8 00 00 00 00 48 8b 44 24 48 48 8b 70 08  .......H.D$HH.p.
	0x0060 48 83 fe 03 75 10 48 8b 38 66 81 3f 62 61 75 06  H...u.H.8f.?bau.
	0x0070 80 7f 02 64 74 06 48 83 c4 38 5d c3 31 c0 48 8d  ...dt.H..8].1.H.
	0x0080 1d 00 00 00 00 b9 0e 00 00 00 e8 00 00 00 00 e8  ................
	0x0090 00 00 00 00 48 89 c3 48 8d 05 00 00 00 00 66 90  ....H..H......f.
	0x00a0 e8 00 00 00 00 90 48 89 44 24 08 e8 00 00 00 00  ......H.D$......
	0x00b0 48 8b 44 24 08 e9 46 ff ff ff                    H.D$..F...
	rel 3+0 t=R_USEIFACE type:string+0
	rel 41+4 t=R_CALL runtime.printlock+0
	rel 48+4 t=R_PCREL go:string."closing "+0
	rel 58+4 t=R_CALL runtime.printstring+0
	rel 73+4 t=R_CALL runtime.printstring+0
	rel 78+4 t=R_CALL runtime.printnl+0
	rel 83+4 t=R_CALL runtime.printunlock+0
	rel 129+4 t=R_PCREL go:string."close failed: "+0
	rel 139+4 t=R_CALL runtime.concatstring2+0
	rel 144+4 t=R_CALL runtime.convTstring+0
	rel 154+4 t=R_PCREL type:string+0
	rel 161+4 t=R_CALL runtime.gopanic+0
	rel 172+4 t=R_CALL runtime.morestack_noctxt+0
main.use STEXT size=261 align=0x0 args=0x10 locals=0x88 funcid=0x0
	0x0000 00000 (panic_in_deferreturn_unrecovered.go:13)	TEXT	main.use(SB), ABIInternal, $136-16
	0x0000 00000 (panic_in_deferreturn_unrecovered.go:13)	LEAQ	-8(SP), R12
	0x0005 00005 (panic_in_deferreturn_unrecovered.go:13)	CMPQ	R12, 16(R14)
	0x0009 00009 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$0, $-2
	0x0009 00009 (panic_in_deferreturn_unrecovered.go:13)	JLS	230
	0x000f 00015 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$0, $-1
	0x000f 00015 (panic_in_deferreturn_unrecovered.go:13)	PUSHQ	BP
	0x0010 00016 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	SP, BP
	0x0013 00019 (panic_in_deferreturn_unrecovered.go:13)	ADDQ	$-128, SP
	0x0017 00023 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	AX, main.name+144(FP)
	0x001f 00031 (panic_in_deferreturn_unrecovered.go:13)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x001f 00031 (panic_in_deferreturn_unrecovered.go:13)	FUNCDATA	$1, gclocals·EYsUeQHkIlelPup/TMZjqA==(SB)
	0x001f 00031 (panic_in_deferreturn_unrecovered.go:13)	FUNCDATA	$2, main.use.stkobj(SB)
	0x001f 00031 (panic_in_deferreturn_unrecovered.go:13)	FUNCDATA	$5, main.use.arginfo1(SB)
	0x001f 00031 (panic_in_deferreturn_unrecovered.go:13)	FUNCDATA	$6, main.use.argliveinfo(SB)
	0x001f 00031 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$3, $1
	0x001f 00031 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	BX, main.name+152(SP)
	0x0027 00039 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$3, $2
	0x0027 00039 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	$0, main.~r0+32(SP)
	0x0030 00048 (panic_in_deferreturn_unrecovered.go:14)	MOVQ	BX, main..autotmp_9+104(SP)
	0x0035 00053 (panic_in_deferreturn_unrecovered.go:14)	MOVQ	AX, main..autotmp_9+96(SP)
	0x003a 00058 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	main.use.deferwrap1(SB), CX
	0x0041 00065 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	CX, main..autotmp_11+112(SP)
	0x0046 00070 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	main..autotmp_9+96(SP), CX
	0x004b 00075 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	CX, main..autotmp_11+120(SP)
	0x0050 00080 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	main..autotmp_11+112(SP), CX
	0x0055 00085 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	CX, main..autotmp_13+72(SP)
	0x005a 00090 (panic_in_deferreturn_unrecovered.go:15)	LEAQ	main..autotmp_13+48(SP), AX
	0x005f 00095 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$1, $0
	0x005f 00095 (panic_in_deferreturn_unrecovered.go:15)	NOP
	0x0060 00096 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.deferprocStack(SB)
	0x0065 00101 (panic_in_deferreturn_unrecovered.go:15)	XORL	AX, AX
	0x0067 00103 (panic_in_deferreturn_unrecovered.go:15)	MOVL	$1, CX
	0x006c 00108 (panic_in_deferreturn_unrecovered.go:15)	JMP	133
	0x006e 00110 (panic_in_deferreturn_unrecovered.go:20)	PCDATA	$1, $1
	0x006e 00110 (panic_in_deferreturn_unrecovered.go:20)	CALL	runtime.deferreturn(SB)
	0x0073 00115 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	main.~r0+32(SP), AX
	0x0078 00120 (panic_in_deferreturn_unrecovered.go:20)	SUBQ	$-128, SP
	0x007c 00124 (panic_in_deferreturn_unrecovered.go:20)	POPQ	BP
	0x007d 00125 (panic_in_deferreturn_unrecovered.go:20)	RET
	0x007e 00126 (<unknown line number>)	MOVQ	main.i+40(SP), AX
	0x0083 00131 (<unknown line number>)	XORL	CX, CX
	0x0085 00133 (panic_in_deferreturn_unrecovered.go:16)	XORL	$1, CX
	0x0088 00136 (panic_in_deferreturn_unrecovered.go:16)	MOVBLZX	CL, DX
	0x008b 00139 (panic_in_deferreturn_unrecovered.go:16)	ADDQ	AX, DX
	0x008e 00142 (panic_in_deferreturn_unrecovered.go:16)	CMPQ	DX, $3
	0x0092 00146 (panic_in_deferreturn_unrecovered.go:16)	JGE	201
	0x0094 00148 (panic_in_deferreturn_unrecovered.go:16)	MOVQ	DX, main.i+40(SP)
	0x0099 00153 (panic_in_deferreturn_unrecovered.go:17)	MOVL	$16, AX
	0x009e 00158 (panic_in_deferreturn_unrecovered.go:17)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
	0x00a5 00165 (panic_in_deferreturn_unrecovered.go:17)	MOVL	$1, CX
	0x00aa 00170 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$1, $0
	0x00aa 00170 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x00af 00175 (panic_in_deferreturn_unrecovered.go:17)	LEAQ	main.use.func1(SB), DX
	0x00b6 00182 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	DX, (AX)
	0x00b9 00185 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	main.i+40(SP), DX
	0x00be 00190 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	DX, 8(AX)
	0x00c2 00194 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.deferproc(SB)
	0x00c7 00199 (panic_in_deferreturn_unrecovered.go:17)	JMP	126
	0x00c9 00201 (panic_in_deferreturn_unrecovered.go:19)	MOVQ	main.name+152(SP), AX
	0x00d1 00209 (panic_in_deferreturn_unrecovered.go:19)	MOVQ	AX, main.~r0+32(SP)
	0x00d6 00214 (panic_in_deferreturn_unrecovered.go:20)	PCDATA	$1, $1
	0x00d6 00214 (panic_in_deferreturn_unrecovered.go:20)	CALL	runtime.deferreturn(SB)
	0x00db 00219 (panic_in_deferreturn_unrecovered.go:19)	MOVQ	main.~r0+32(SP), AX
	0x00e0 00224 (panic_in_deferreturn_unrecovered.go:20)	SUBQ	$-128, SP
	0x00e4 00228 (panic_in_deferreturn_unrecovered.go:20)	POPQ	BP
	0x00e5 00229 (panic_in_deferreturn_unrecovered.go:20)	RET
	0x00e6 00230 (panic_in_deferreturn_unrecovered.go:20)	NOP
	0x00e6 00230 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$1, $-1
	0x00e6 00230 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$0, $-2
	0x00e6 00230 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	AX, 8(SP)
	0x00eb 00235 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	BX, 16(SP)
	0x00f0 00240 (panic_in_deferreturn_unrecovered.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x00f5 00245 (panic_in_deferreturn_unrecovered.go:13)	PCDATA	$0, $-1
	0x00f5 00245 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	8(SP), AX
	0x00fa 00250 (panic_in_deferreturn_unrecovered.go:13)	MOVQ	16(SP), BX
	0x00ff 00255 (panic_in_deferreturn_unrecovered.go:13)	NOP
	0x0100 00256 (panic_in_deferreturn_unrecovered.go:13)	JMP	0
	0x0000 4c 8d 64 24 f8 4d 3b 66 10 0f 86 d7 00 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 83 c4 80 48 89 84 24 90 00 00 00 48  H..H...H..$....H
	0x0020 89 9c 24 98 00 00 00 48 c7 44 24 20 00 00 00 00  ..$....H.D$ ....
	0x0030 48 89 5c 24 68 48 89 44 24 60 48 8d 0d 00 00 00  H.\$hH.D$`H.....
	0x0040 00 48 89 4c 24 70 48 8d 4c 24 60 48 89 4c 24 78  .H.L$pH.L$`H.L$x
	0x0050 48 8d 4c 24 70 48 89 4c 24 48 48 8d 44 24 30 90  H.L$pH.L$HH.D$0.
	0x0060 e8 00 00 00 00 31 c0 b9 01 00 00 00 eb 17 e8 00  .....1..........
	0x0070 00 00 00 48 8b 44 24 20 48 83 ec 80 5d c3 48 8b  ...H.D$ H...].H.
	0x0080 44 24 28 31 c9 83 f1 01 0f b6 d1 48 01 c2 48 83  D$(1.......H..H.
	0x0090 fa 03 7d 35 48 89 54 24 28 b8 10 00 00 00 48 8d  ..}5H.T$(.....H.
	0x00a0 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48  ...............H
	0x00b0 8d 15 00 00 00 00 48 89 10 48 8b 54 24 28 48 89  ......H..H.T$(H.
	0x00c0 50 08 e8 00 00 00 00 eb b5 48 8b 84 24 98 00 00  P........H..$...
	0x00d0 00 48 89 44 24 20 e8 00 00 00 00 48 8b 44 24 20  .H.D$ .....H.D$ 
	0x00e0 48 83 ec 80 5d c3 48 89 44 24 08 48 89 5c 24 10  H...].H.D$.H.\$.
	0x00f0 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 90  .....H.D$.H.\$..
	0x0100 e9 fb fe ff ff                                   .....
	rel 61+4 t=R_PCREL main.use.deferwrap1+0
	rel 97+4 t=R_CALL runtime.deferprocStack+0
	rel 111+4 t=R_CALL runtime.deferreturn+0
	rel 161+4 t=R_PCREL type:noalg.struct { F uintptr; X0 int }+0
	rel 171+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 178+4 t=R_PCREL main.use.func1+0
	rel 195+4 t=R_CALL runtime.deferproc+0
	rel 215+4 t=R_CALL runtime.deferreturn+0
	rel 241+4 t=R_CALL runtime.morestack_noctxt+0
main.use.func1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (panic_in_deferreturn_unrecovered.go:17)	TEXT	main.use.func1(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (panic_in_deferreturn_unrecovered.go:17)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$0, $-2
	0x0004 00004 (panic_in_deferreturn_unrecovered.go:17)	JLS	75
	0x0006 00006 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$0, $-1
	0x0006 00006 (panic_in_deferreturn_unrecovered.go:17)	PUSHQ	BP
	0x0007 00007 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	SP, BP
	0x000a 00010 (panic_in_deferreturn_unrecovered.go:17)	SUBQ	$24, SP
	0x000e 00014 (panic_in_deferreturn_unrecovered.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_in_deferreturn_unrecovered.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	8(DX), AX
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	AX, main.i+16(SP)
	0x0017 00023 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$1, $0
	0x0017 00023 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.printlock(SB)
	0x001c 00028 (panic_in_deferreturn_unrecovered.go:17)	LEAQ	go:string."loop defer "(SB), AX
	0x0023 00035 (panic_in_deferreturn_unrecovered.go:17)	MOVL	$11, BX
	0x0028 00040 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.printstring(SB)
	0x002d 00045 (panic_in_deferreturn_unrecovered.go:17)	MOVQ	main.i+16(SP), AX
	0x0032 00050 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.printint(SB)
	0x0037 00055 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.printnl(SB)
	0x003c 00060 (panic_in_deferreturn_unrecovered.go:17)	NOP
	0x0040 00064 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.printunlock(SB)
	0x0045 00069 (panic_in_deferreturn_unrecovered.go:17)	ADDQ	$24, SP
	0x0049 00073 (panic_in_deferreturn_unrecovered.go:17)	POPQ	BP
	0x004a 00074 (panic_in_deferreturn_unrecovered.go:17)	RET
	0x004b 00075 (panic_in_deferreturn_unrecovered.go:17)	NOP
	0x004b 00075 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$1, $-1
	0x004b 00075 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$0, $-2
	0x004b 00075 (panic_in_deferreturn_unrecovered.go:17)	CALL	runtime.morestack(SB)
	0x0050 00080 (panic_in_deferreturn_unrecovered.go:17)	PCDATA	$0, $-1
	0x0050 00080 (panic_in_deferreturn_unrecovered.go:17)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 0b 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0030 24 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."loop defer "+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.use.deferwrap1 STEXT size=181 align=0x0 args=0x0 locals=0x48 funcid=0x17
	0x0000 00000 (panic_in_deferreturn_unrecovered.go:15)	TEXT	main.use.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $72-0
	0x0000 00000 (panic_in_deferreturn_unrecovered.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$0, $-2
	0x0004 00004 (panic_in_deferreturn_unrecovered.go:15)	JLS	171
	0x000a 00010 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$0, $-1
	0x000a 00010 (panic_in_deferreturn_unrecovered.go:15)	PUSHQ	BP
	0x000b 00011 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	SP, BP
	0x000e 00014 (panic_in_deferreturn_unrecovered.go:15)	SUBQ	$64, SP
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:15)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:15)	FUNCDATA	$1, gclocals·9OMwlPjuGfijZ/i6wAXXKw==(SB)
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:15)	FUNCDATA	$7, main.(*resource).Close.wrapinfo(SB)
	0x0012 00018 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	8(DX), AX
	0x0016 00022 (panic_in_deferreturn_unrecovered.go:15)	MOVQ	AX, main..autotmp_3+56(SP)
	0x001b 00027 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	(AX), CX
	0x001e 00030 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	CX, main..autotmp_6+48(SP)
	0x0023 00035 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	8(AX), AX
	0x0027 00039 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	AX, main..autotmp_7+40(SP)
	0x002c 00044 (<unknown line number>)	NOP
	0x002c 00044 (panic_in_deferreturn_unrecovered.go:7)	PCDATA	$1, $1
	0x002c 00044 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printlock(SB)
	0x0031 00049 (panic_in_deferreturn_unrecovered.go:7)	LEAQ	go:string."closing "(SB), AX
	0x0038 00056 (panic_in_deferreturn_unrecovered.go:7)	MOVL	$8, BX
	0x003d 00061 (panic_in_deferreturn_unrecovered.go:7)	NOP
	0x0040 00064 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printstring(SB)
	0x0045 00069 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	main..autotmp_6+48(SP), AX
	0x004a 00074 (panic_in_deferreturn_unrecovered.go:7)	MOVQ	main..autotmp_7+40(SP), BX
	0x004f 00079 (panic_in_deferreturn_unrecovered.go:7)	PCDATA	$1, $2
	0x004f 00079 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printstring(SB)
	0x0054 00084 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printnl(SB)
	0x0059 00089 (panic_in_deferreturn_unrecovered.go:7)	CALL	runtime.printunlock(SB)
	0x005e 00094 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	main..autotmp_3+56(SP), AX
	0x0063 00099 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	8(AX), SI
	0x0067 00103 (panic_in_deferreturn_unrecovered.go:8)	CMPQ	SI, $3
	0x006b 00107 (panic_in_deferreturn_unrecovered.go:8)	JNE	125
	0x006d 00109 (panic_in_deferreturn_unrecovered.go:8)	MOVQ	(AX), DI
	0x0070 00112 (panic_in_deferreturn_unrecovered.go:8)	CMPW	(DI), $24930
	0x0075 00117 (panic_in_deferreturn_unrecovered.go:8)	JNE	125
	0x0077 00119 (panic_in_deferreturn_unrecovered.go:8)	CMPB	2(DI), $100
	0x007b 00123 (panic_in_deferreturn_unrecovered.go:8)	JEQ	131
	0x007d 00125 (panic_in_deferreturn_unrecovered.go:15)	ADDQ	$64, SP
	0x0081 00129 (panic_in_deferreturn_unrecovered.go:15)	POPQ	BP
	0x0082 00130 (panic_in_deferreturn_unrecovered.go:15)	RET
	0x0083 00131 (panic_in_deferreturn_unrecovered.go:9)	XORL	AX, AX
	0x0085 00133 (panic_in_deferreturn_unrecovered.go:9)	LEAQ	go:string."close failed: "(SB), BX
	0x008c 00140 (panic_in_deferreturn_unrecovered.go:9)	MOVL	$14, CX
	0x0091 00145 (panic_in_deferreturn_unrecovered.go:9)	PCDATA	$1, $0
	0x0091 00145 (panic_in_deferreturn_unrecovered.go:9)	CALL	runtime.concatstring2(SB)
	0x0096 00150 (panic_in_deferreturn_unrecovered.go:9)	CALL	runtime.convTstring(SB)
	0x009b 00155 (panic_in_deferreturn_unrecovered.go:9)	MOVQ	AX, BX
	0x009e 00158 (panic_in_deferreturn_unrecovered.go:9)	LEAQ	type:string(SB), AX
	0x00a5 00165 (panic_in_deferreturn_unrecovered.go:9)	CALL	runtime.gopanic(SB)
	0x00aa 00170 (panic_in_deferreturn_unrecovered.go:9)	XCHGL	AX, AX
	0x00ab 00171 (panic_in_deferreturn_unrecovered.go:9)	NOP
	0x00ab 00171 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$1, $-1
	0x00ab 00171 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$0, $-2
	0x00ab 00171 (panic_in_deferreturn_unrecovered.go:15)	CALL	runtime.morestack(SB)
	0x00b0 00176 (panic_in_deferreturn_unrecovered.go:15)	PCDATA	$0, $-1
	0x00b0 00176 (panic_in_deferreturn_unrecovered.go:15)	JMP	0
	0x0000 49 3b 66 10 0f 86 a1 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 8b 42 08 48 89 44 24 38 48 8b 08 48 89  .@H.B.H.D$8H..H.
	0x0020 4c 24 30 48 8b 40 08 48 89 44 24 28 e8 00 00 00  L$0H.@.H.D$(....
	0x0030 00 48 8d 05 00 00 00 00 bb 08 00 00 00 0f 1f 00  .H..............
	0x0040 e8 00 00 00 00 48 8b 44 24 30 48 8b 5c 24 28 e8  .....H.D$0H.\$(.
	0x0050 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x0060 44 24 38 48 8b 70 08 48 83 fe 03 75 10 48 8b 38  D$8H.p.H...u.H.8
	0x0070 66 81 3f 62 61 75 06 80 7f 02 64 74 06 48 83 c4  f.?bau....dt.H..
	0x0080 40 5d c3 31 c0 48 8d 1d 00 00 00 00 b9 0e 00 00  @].1.H..........
	0x0090 00 e8 00 00 00 00 e8 00 00 00 00 48 89 c3 48 8d  ...........H..H.
	0x00a0 05 00 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00  ................
	0x00b0 e9 4b ff ff ff                                   .K...
	rel 3+0 t=R_USEIFACE type:string+0
	rel 45+4 t=R_CALL runtime.printlock+0
	rel 52+4 t=R_PCREL go:string."closing "+0
	rel 65+4 t=R_CALL runtime.printstring+0
	rel 80+4 t=R_CALL runtime.printstring+0
	rel 85+4 t=R_CALL runtime.printnl+0
	rel 90+4 t=R_CALL runtime.printunlock+0
	rel 136+4 t=R_PCREL go:string."close failed: "+0
	rel 146+4 t=R_CALL runtime.concatstring2+0
	rel 151+4 t=R_CALL runtime.convTstring+0
	rel 161+4 t=R_PCREL type:string+0
	rel 166+4 t=R_CALL runtime.gopanic+0
	rel 172+4 t=R_CALL runtime.morestack+0
main.main STEXT size=124 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (panic_in_deferreturn_unrecovered.go:22)	TEXT	main.main(SB), ABIInternal, $32-0
	0x0000 00000 (panic_in_deferreturn_unrecovered.go:22)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_in_deferreturn_unrecovered.go:22)	PCDATA	$0, $-2
	0x0004 00004 (panic_in_deferreturn_unrecovered.go:22)	JLS	117
	0x0006 00006 (panic_in_deferreturn_unrecovered.go:22)	PCDATA	$0, $-1
	0x0006 00006 (panic_in_deferreturn_unrecovered.go:22)	PUSHQ	BP
	0x0007 00007 (panic_in_deferreturn_unrecovered.go:22)	MOVQ	SP, BP
	0x000a 00010 (panic_in_deferreturn_unrecovered.go:22)	SUBQ	$24, SP
	0x000e 00014 (panic_in_deferreturn_unrecovered.go:22)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_in_deferreturn_unrecovered.go:22)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_in_deferreturn_unrecovered.go:23)	LEAQ	go:string."good"(SB), AX
	0x0015 00021 (panic_in_deferreturn_unrecovered.go:23)	MOVL	$4, BX
	0x001a 00026 (panic_in_deferreturn_unrecovered.go:23)	PCDATA	$1, $0
	0x001a 00026 (panic_in_deferreturn_unrecovered.go:23)	CALL	main.use(SB)
	0x001f 00031 (panic_in_deferreturn_unrecovered.go:23)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0024 00036 (panic_in_deferreturn_unrecovered.go:23)	CALL	runtime.printlock(SB)
	0x0029 00041 (panic_in_deferreturn_unrecovered.go:23)	MOVQ	main..autotmp_1+16(SP), AX
	0x002e 00046 (panic_in_deferreturn_unrecovered.go:23)	CALL	runtime.printint(SB)
	0x0033 00051 (panic_in_deferreturn_unrecovered.go:23)	CALL	runtime.printnl(SB)
	0x0038 00056 (panic_in_deferreturn_unrecovered.go:23)	CALL	runtime.printunlock(SB)
	0x003d 00061 (panic_in_deferreturn_unrecovered.go:24)	LEAQ	go:string."bad"(SB), AX
	0x0044 00068 (panic_in_deferreturn_unrecovered.go:24)	MOVL	$3, BX
	0x0049 00073 (panic_in_deferreturn_unrecovered.go:24)	CALL	main.use(SB)
	0x004e 00078 (panic_in_deferreturn_unrecovered.go:24)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0053 00083 (panic_in_deferreturn_unrecovered.go:24)	CALL	runtime.printlock(SB)
	0x0058 00088 (panic_in_deferreturn_unrecovered.go:24)	MOVQ	main..autotmp_1+16(SP), AX
	0x005d 00093 (panic_in_deferreturn_unrecovered.go:24)	NOP
	0x0060 00096 (panic_in_deferreturn_unrecovered.go:24)	CALL	runtime.printint(SB)
	0x0065 00101 (panic_in_deferreturn_unrecovered.go:24)	CALL	runtime.printnl(SB)
	0x006a 00106 (panic_in_deferreturn_unrecovered.go:24)	CALL	runtime.printunlock(SB)
	0x006f 00111 (panic_in_deferreturn_unrecovered.go:25)	ADDQ	$24, SP
	0x0073 00115 (panic_in_deferreturn_unrecovered.go:25)	POPQ	BP
	0x0074 00116 (panic_in_deferreturn_unrecovered.go:25)	RET
	0x0075 00117 (panic_in_deferreturn_unrecovered.go:25)	NOP
	0x0075 00117 (panic_in_deferreturn_unrecovered.go:22)	PCDATA	$1, $-1
	0x0075 00117 (panic_in_deferreturn_unrecovered.go:22)	PCDATA	$0, $-2
	0x0075 00117 (panic_in_deferreturn_unrecovered.go:22)	CALL	runtime.morestack_noctxt(SB)
	0x007a 00122 (panic_in_deferreturn_unrecovered.go:22)	PCDATA	$0, $-1
	0x007a 00122 (panic_in_deferreturn_unrecovered.go:22)	JMP	0
	0x0000 49 3b 66 10 76 6f 55 48 89 e5 48 83 ec 18 48 8d  I;f.voUH..H...H.
	0x0010 05 00 00 00 00 bb 04 00 00 00 e8 00 00 00 00 48  ...............H
	0x0020 89 44 24 10 e8 00 00 00 00 48 8b 44 24 10 e8 00  .D$......H.D$...
	0x0030 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 05  .............H..
	0x0040 00 00 00 00 bb 03 00 00 00 e8 00 00 00 00 48 89  ..............H.
	0x0050 44 24 10 e8 00 00 00 00 48 8b 44 24 10 0f 1f 00  D$......H.D$....
	0x0060 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0070 83 c4 18 5d c3 e8 00 00 00 00 eb 84              ...]........
	rel 17+4 t=R_PCREL go:string."good"+0
	rel 27+4 t=R_CALL main.use+0
	rel 37+4 t=R_CALL runtime.printlock+0
	rel 47+4 t=R_CALL runtime.printint+0
	rel 52+4 t=R_CALL runtime.printnl+0
	rel 57+4 t=R_CALL runtime.printunlock+0
	rel 64+4 t=R_PCREL go:string."bad"+0
	rel 74+4 t=R_CALL main.use+0
	rel 84+4 t=R_CALL runtime.printlock+0
	rel 97+4 t=R_CALL runtime.printint+0
	rel 102+4 t=R_CALL runtime.printnl+0
	rel 107+4 t=R_CALL runtime.printunlock+0
	rel 118+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.(*resource).Close$abstract SDWARFABSFCN dupok size=36 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 72 65 73 6f 75 72 63 65  .main.(*resource
	0x0010 29 2e 43 6c 6f 73 65 00 01 06 01 22 72 00 00 00  ).Close...."r...
	0x0020 00 00 00 00                                      ....
	rel 31+4 t=R_DWARFSECREF go:info.*main.resource+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.strequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strequal+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.resource- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 6d 61 69 6e 2e 72 65 73 6f 75 72 63 65  ..*main.resource
type:.namedata.*func(*main.resource)- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 72 65  ..*func(*main.re
	0x0010 73 6f 75 72 63 65 29                             source)
type:*func(*main.resource) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c3 4d 5f bf 28 08 08 16 00 00 00 00 00 00 00 00  .M_.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.resource)-+0
	rel 48+8 t=R_ADDR type:func(*main.resource)+0
type:func(*main.resource) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fa 22 03 6c 22 08 08 13 00 00 00 00 00 00 00 00  .".l"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.resource)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.resource)+0
	rel 56+8 t=R_ADDR type:*main.resource+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Close. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 6c 6f 73 65                             ..Close
type:.namedata.*func()- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 66 75 6e 63 28 29                       ..*func()
type:*func() SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 75 53 d6 d8 28 08 08 16 00 00 00 00 00 00 00 00  uS..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func()-+0
	rel 48+8 t=R_ADDR type:func()+0
type:func() SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fe 05 46 7f 22 08 08 13 00 00 00 00 00 00 00 00  ..F."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func()-+0
	rel 44+4 t=RelocType(-32763) type:*func()+0
type:*main.resource SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4d 77 e2 c3 29 08 08 16 00 00 00 00 00 00 00 00  Mw..)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.resource-+0
	rel 48+8 t=R_ADDR type:main.resource+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Close.+0
	rel 76+4 t=R_METHODOFF type:func()+0
	rel 80+4 t=R_METHODOFF main.(*resource).Close+0
	rel 84+4 t=R_METHODOFF main.(*resource).Close+0
type:.namedata.name- SRODATA dupok size=6 align=0x1
	0x0000 00 04 6e 61 6d 65                                ..name
type:main.resource SRODATA size=120 align=0x8
	0x0000 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 99 12 85 07 08 08 19 00 00 00 00 00 00 00 00  6...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.strequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.resource-+0
	rel 44+4 t=R_ADDROFF type:*main.resource+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.resource+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.name-+0
	rel 104+8 t=R_ADDR type:string+0
go:string."closing" SRODATA dupok size=7 align=0x1
	0x0000 63 6c 6f 73 69 6e 67                             closing
go:string."closing " SRODATA dupok size=8 align=0x1
	0x0000 63 6c 6f 73 69 6e 67 20                          closing 
go:string."close failed: " SRODATA dupok size=14 align=0x1
	0x0000 63 6c 6f 73 65 20 66 61 69 6c 65 64 3a 20        close failed: 
go:string."loop defer" SRODATA dupok size=10 align=0x1
	0x0000 6c 6f 6f 70 20 64 65 66 65 72                    loop defer
go:string."loop defer " SRODATA dupok size=11 align=0x1
	0x0000 6c 6f 6f 70 20 64 65 66 65 72 20                 loop defer 
go:string."good" SRODATA dupok size=4 align=0x1
	0x0000 67 6f 6f 64                                      good
go:string."bad" SRODATA dupok size=3 align=0x1
	0x0000 62 61 64                                         bad
type:.namedata.*struct { F uintptr; X0 int }- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  ..*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 69 6e 74 20 7d     ntptr; X0 int }
type:noalg.*struct { F uintptr; X0 int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 08 96 15 71 20 08 08 16 00 00 00 00 00 00 00 00  ...q ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 int }+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:noalg.struct { F uintptr; X0 int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 0a 46 a7 44 02 08 08 19 00 00 00 00 00 00 00 00  .F.D............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:int+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·mwFurZyQFy+ezr0Dhah66w== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 01 01 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.(*resource).Close.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*resource).Close.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·EYsUeQHkIlelPup/TMZjqA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 04 00 00 00 00 00                    ..........
main.use.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 e0 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 f0 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.use.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.use.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 02                                         ...
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·9OMwlPjuGfijZ/i6wAXXKw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 03 02                 ...........
main.(*resource).Close.wrapinfo SRODATA static dupok size=4 align=0x4
	0x0000 00 00 00 00                                      ....
	rel 0+4 t=R_ADDROFF main.(*resource).Close+0
