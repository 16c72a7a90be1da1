funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:17)	TEXT	main.main(SB), ABIInternal, $64-0
     0        00000 (recover_divzero.go:17)	TEXT	main.main(SB), ABIInternal, $64-0
     0     -1 00000 (recover_divzero.go:17)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:17)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:17)	JLS	452
     a        00010 (recover_divzero.go:17)	PCDATA	$0, $-1
     a        00010 (recover_divzero.go:17)	PUSHQ	BP
     b        00011 (recover_divzero.go:17)	MOVQ	SP, BP
     e        00014 (recover_divzero.go:17)	SUBQ	$56, SP
    12        00018 (recover_divzero.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (recover_divzero.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (recover_divzero.go:19)	LEAQ	main.main.func1(SB), DX
    19        00025 (recover_divzero.go:19)	MOVQ	DX, main..autotmp_5+40(SP)
    1e        00030 (recover_divzero.go:19)	MOVQ	$10, main..autotmp_5+48(SP)
    27        00039 (recover_divzero.go:19)	LEAQ	go:string."int div"(SB), AX
    2e        00046 (recover_divzero.go:19)	MOVL	$7, BX
    33        00051 (recover_divzero.go:19)	LEAQ	main..autotmp_5+40(SP), CX
    38        00056 (recover_divzero.go:19)	PCDATA	$1, $0
    38        00056 (recover_divzero.go:19)	CALL	main.try(SB)
    3d        00061 (recover_divzero.go:20)	LEAQ	main.main.func2(SB), DX
    44        00068 (recover_divzero.go:20)	MOVQ	DX, main..autotmp_5+40(SP)
    49        00073 (recover_divzero.go:20)	MOVQ	$10, main..autotmp_5+48(SP)
    52        00082 (recover_divzero.go:20)	LEAQ	go:string."int mod"(SB), AX
    59        00089 (recover_divzero.go:20)	MOVL	$7, BX
    5e        00094 (recover_divzero.go:20)	LEAQ	main..autotmp_5+40(SP), CX
    63        00099 (recover_divzero.go:20)	CALL	main.try(SB)
    68        00104 (recover_divzero.go:21)	LEAQ	main.main.func3(SB), DX
    6f        00111 (recover_divzero.go:21)	MOVQ	DX, main..autotmp_5+40(SP)
    74        00116 (recover_divzero.go:21)	MOVQ	$10, main..autotmp_5+48(SP)
    7d        00125 (recover_divzero.go:21)	LEAQ	go:string."int8 div"(SB), AX
    84        00132 (recover_divzero.go:21)	MOVL	$8, BX
    89        00137 (recover_divzero.go:21)	LEAQ	main..autotmp_5+40(SP), CX
    8e        00142 (recover_divzero.go:21)	CALL	main.try(SB)
    93        00147 (recover_divzero.go:22)	LEAQ	main.main.func4(SB), DX
    9a        00154 (recover_divzero.go:22)	MOVQ	DX, main..autotmp_5+40(SP)
    9f        00159 (recover_divzero.go:22)	MOVQ	$10, main..autotmp_5+48(SP)
    a8        00168 (recover_divzero.go:22)	LEAQ	go:string."uint32 div"(SB), AX
    af        00175 (recover_divzero.go:22)	MOVL	$10, BX
    b4        00180 (recover_divzero.go:22)	LEAQ	main..autotmp_5+40(SP), CX
    b9        00185 (recover_divzero.go:22)	CALL	main.try(SB)
    be        00190 (recover_divzero.go:23)	LEAQ	main.main.func5(SB), DX
    c5        00197 (recover_divzero.go:23)	MOVQ	DX, main..autotmp_5+40(SP)
    ca        00202 (recover_divzero.go:23)	MOVQ	$10, main..autotmp_5+48(SP)
    d3        00211 (recover_divzero.go:23)	LEAQ	go:string."uint64 mod"(SB), AX
    da        00218 (recover_divzero.go:23)	MOVL	$10, BX
    df        00223 (recover_divzero.go:23)	LEAQ	main..autotmp_5+40(SP), CX
    e4        00228 (recover_divzero.go:23)	CALL	main.try(SB)
    e9        00233 (recover_divzero.go:24)	LEAQ	main.main.func6(SB), DX
    f0        00240 (recover_divzero.go:24)	MOVQ	DX, main..autotmp_5+40(SP)
    f5        00245 (recover_divzero.go:24)	MOVQ	$10, main..autotmp_5+48(SP)
    fe        00254 (recover_divzero.go:24)	LEAQ	go:string."int16 mod"(SB), AX
   105        00261 (recover_divzero.go:24)	MOVL	$9, BX
   10a        00266 (recover_divzero.go:24)	LEAQ	main..autotmp_5+40(SP), CX
   10f        00271 (recover_divzero.go:24)	CALL	main.try(SB)
   114        00276 (recover_divzero.go:25)	LEAQ	go:string."float div"(SB), AX
   11b        00283 (recover_divzero.go:25)	MOVL	$9, BX
   120        00288 (recover_divzero.go:25)	LEAQ	main.main.func7·f(SB), CX
   127        00295 (recover_divzero.go:25)	CALL	main.try(SB)
   12c        00300 (recover_divzero.go:26)	LEAQ	main.main.func8(SB), DX
   133        00307 (recover_divzero.go:26)	MOVQ	DX, main..autotmp_5+40(SP)
   138        00312 (recover_divzero.go:26)	MOVQ	$10, main..autotmp_5+48(SP)
   141        00321 (recover_divzero.go:26)	LEAQ	go:string."nonzero"(SB), AX
   148        00328 (recover_divzero.go:26)	MOVL	$7, BX
   14d        00333 (recover_divzero.go:26)	LEAQ	main..autotmp_5+40(SP), CX
   152        00338 (recover_divzero.go:26)	CALL	main.try(SB)
   157        00343 (recover_divzero.go:27)	MOVQ	$0, main.total+24(SP)
   160        00352 (recover_divzero.go:27)	MOVQ	$-3, AX
   167        00359 (recover_divzero.go:27)	MOVL	$1, CX
   16c        00364 (recover_divzero.go:28)	JMP	388
   16e        00366 (recover_divzero.go:28)	MOVQ	BX, main.i+32(SP)
   173        00371 (recover_divzero.go:36)	LEAQ	main.total+24(SP), AX
   178        00376 (recover_divzero.go:36)	CALL	main.main.func9(SB)
   17d        00381 (<unknown line number>)	MOVQ	main.i+32(SP), AX
   182        00386 (<unknown line number>)	XORL	CX, CX
   184        00388 (recover_divzero.go:28)	XORL	$1, CX
   187        00391 (recover_divzero.go:28)	MOVBLZX	CL, CX
   18a        00394 (recover_divzero.go:28)	LEAQ	(AX)(CX*1), BX
   18e        00398 (recover_divzero.go:28)	CMPQ	BX, $3
   192        00402 (recover_divzero.go:28)	JLE	366
   194        00404 (recover_divzero.go:38)	CALL	runtime.printlock(SB)
   199        00409 (recover_divzero.go:38)	LEAQ	go:string."total "(SB), AX
   1a0        00416 (recover_divzero.go:38)	MOVL	$6, BX
   1a5        00421 (recover_divzero.go:38)	CALL	runtime.printstring(SB)
   1aa        00426 (recover_divzero.go:38)	MOVQ	main.total+24(SP), AX
   1af        00431 (recover_divzero.go:38)	CALL	runtime.printint(SB)
   1b4        00436 (recover_divzero.go:38)	CALL	runtime.printnl(SB)
   1b9        00441 (recover_divzero.go:38)	CALL	runtime.printunlock(SB)
   1be        00446 (recover_divzero.go:39)	ADDQ	$56, SP
   1c2        00450 (recover_divzero.go:39)	POPQ	BP
   1c3        00451 (recover_divzero.go:39)	RET
   1c4        00452 (recover_divzero.go:39)	NOP
   1c4        00452 (recover_divzero.go:17)	PCDATA	$1, $-1
   1c4        00452 (recover_divzero.go:17)	PCDATA	$0, $-2
   1c4        00452 (recover_divzero.go:17)	CALL	runtime.morestack_noctxt(SB)
   1c9        00457 (recover_divzero.go:17)	PCDATA	$0, $-1
   1c9        00457 (recover_divzero.go:17)	JMP	0
   1ce done
wrote 4 bytes to 0x0
 00 ce 03 00
funcpctab main.main.func9 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:29)	TEXT	main.main.func9(SB), ABIInternal, $40-16
     0        00000 (recover_divzero.go:29)	TEXT	main.main.func9(SB), ABIInternal, $40-16
     0     -1 00000 (recover_divzero.go:29)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:29)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:29)	JLS	121
     6        00006 (recover_divzero.go:29)	PCDATA	$0, $-1
     6        00006 (recover_divzero.go:29)	PUSHQ	BP
     7        00007 (recover_divzero.go:29)	MOVQ	SP, BP
     a        00010 (recover_divzero.go:29)	SUBQ	$32, SP
     e        00014 (recover_divzero.go:29)	MOVQ	X15, 24(SP)
    15        00021 (recover_divzero.go:29)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    15        00021 (recover_divzero.go:29)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
    15        00021 (recover_divzero.go:29)	FUNCDATA	$2, main.main.func9.stkobj(SB)
    15        00021 (recover_divzero.go:29)	FUNCDATA	$5, main.main.func9.arginfo1(SB)
    15        00021 (recover_divzero.go:29)	FUNCDATA	$6, main.main.func9.argliveinfo(SB)
    15        00021 (recover_divzero.go:29)	FUNCDATA	$4, main.main.func9.opendefer(SB)
    15        00021 (recover_divzero.go:29)	PCDATA	$3, $1
    15        00021 (recover_divzero.go:29)	MOVB	$0, main..autotmp_4+7(SP)
    1a        00026 (recover_divzero.go:30)	LEAQ	main.main.func9.1(SB), CX
    21        00033 (recover_divzero.go:30)	MOVQ	CX, main..autotmp_3+8(SP)
    26        00038 (recover_divzero.go:30)	MOVQ	AX, main..autotmp_3+16(SP)
    2b        00043 (recover_divzero.go:30)	LEAQ	main..autotmp_3+8(SP), DX
    30        00048 (recover_divzero.go:30)	MOVQ	DX, main..autotmp_5+24(SP)
    35        00053 (recover_divzero.go:30)	MOVB	$1, main..autotmp_4+7(SP)
    3a        00058 (recover_divzero.go:35)	TESTQ	BX, BX
    3d        00061 (recover_divzero.go:35)	JEQ	104
    3f        00063 (recover_divzero.go:35)	MOVQ	AX, CX
    42        00066 (recover_divzero.go:35)	MOVL	$60, AX
    47        00071 (recover_divzero.go:35)	CQO
    49        00073 (recover_divzero.go:35)	IDIVQ	BX
    4c        00076 (recover_divzero.go:35)	ADDQ	AX, (CX)
    4f        00079 (recover_divzero.go:36)	MOVB	$0, main..autotmp_4+7(SP)
    54        00084 (recover_divzero.go:36)	MOVQ	main..autotmp_3+8(SP), CX
    59        00089 (recover_divzero.go:36)	LEAQ	main..autotmp_3+8(SP), DX
    5e        00094 (recover_divzero.go:36)	PCDATA	$1, $1
    5e        00094 (recover_divzero.go:36)	NOP
    60        00096 (recover_divzero.go:36)	CALL	CX
    62        00098 (recover_divzero.go:36)	ADDQ	$32, SP
    66        00102 (recover_divzero.go:36)	POPQ	BP
    67        00103 (recover_divzero.go:36)	RET
    68        00104 (recover_divzero.go:35)	CALL	runtime.panicdivide(SB)
    6d        00109 (recover_divzero.go:35)	XCHGL	AX, AX
    6e        00110 (recover_divzero.go:35)	CALL	runtime.deferreturn(SB)
    73        00115 (recover_divzero.go:35)	ADDQ	$32, SP
    77        00119 (recover_divzero.go:35)	POPQ	BP
    78        00120 (recover_divzero.go:35)	RET
    79        00121 (recover_divzero.go:35)	NOP
    79        00121 (recover_divzero.go:29)	PCDATA	$1, $-1
    79        00121 (recover_divzero.go:29)	PCDATA	$0, $-2
    79        00121 (recover_divzero.go:29)	MOVQ	AX, 8(SP)
    7e        00126 (recover_divzero.go:29)	MOVQ	BX, 16(SP)
    83        00131 (recover_divzero.go:29)	CALL	runtime.morestack_noctxt(SB)
    88        00136 (recover_divzero.go:29)	PCDATA	$0, $-1
    88        00136 (recover_divzero.go:29)	MOVQ	8(SP), AX
    8d        00141 (recover_divzero.go:29)	MOVQ	16(SP), BX
    92        00146 (recover_divzero.go:29)	JMP	0
    97 done
wrote 4 bytes to 0x0
 00 97 01 00
funcpctab main.main.func9.1 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:30)	TEXT	main.main.func9.1(SB), NEEDCTXT|ABIInternal, $16-0
     0        00000 (recover_divzero.go:30)	TEXT	main.main.func9.1(SB), NEEDCTXT|ABIInternal, $16-0
     0     -1 00000 (recover_divzero.go:30)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:30)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:30)	JLS	54
     6        00006 (recover_divzero.go:30)	PCDATA	$0, $-1
     6        00006 (recover_divzero.go:30)	PUSHQ	BP
     7        00007 (recover_divzero.go:30)	MOVQ	SP, BP
     a        00010 (recover_divzero.go:30)	SUBQ	$8, SP
     e        00014 (recover_divzero.go:30)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (recover_divzero.go:30)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (recover_divzero.go:30)	MOVQ	8(DX), AX
    12        00018 (recover_divzero.go:30)	MOVQ	AX, main.&total(SP)
    16        00022 (recover_divzero.go:31)	PCDATA	$1, $1
    16        00022 (recover_divzero.go:31)	CALL	runtime.gorecover(SB)
    1b        00027 (recover_divzero.go:31)	NOP
    20        00032 (recover_divzero.go:31)	TESTQ	AX, AX
    23        00035 (recover_divzero.go:31)	JEQ	48
    25        00037 (recover_divzero.go:32)	MOVQ	main.&total(SP), AX
    29        00041 (recover_divzero.go:32)	ADDQ	$1000, (AX)
    30        00048 (recover_divzero.go:34)	ADDQ	$8, SP
    34        00052 (recover_divzero.go:34)	POPQ	BP
    35        00053 (recover_divzero.go:34)	RET
    36        00054 (recover_divzero.go:34)	NOP
    36        00054 (recover_divzero.go:30)	PCDATA	$1, $-1
    36        00054 (recover_divzero.go:30)	PCDATA	$0, $-2
    36        00054 (recover_divzero.go:30)	CALL	runtime.morestack(SB)
    3b        00059 (recover_divzero.go:30)	PCDATA	$0, $-1
    3b        00059 (recover_divzero.go:30)	JMP	0
    3d done
wrote 3 bytes to 0x0
 00 3d 00
funcpctab main.main.func8 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:26)	TEXT	main.main.func8(SB), NEEDCTXT|ABIInternal, $40-0
     0        00000 (recover_divzero.go:26)	TEXT	main.main.func8(SB), NEEDCTXT|ABIInternal, $40-0
     0     -1 00000 (recover_divzero.go:26)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:26)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:26)	JLS	235
     a        00010 (recover_divzero.go:26)	PCDATA	$0, $-1
     a        00010 (recover_divzero.go:26)	PUSHQ	BP
     b        00011 (recover_divzero.go:26)	MOVQ	SP, BP
     e        00014 (recover_divzero.go:26)	SUBQ	$32, SP
    12        00018 (recover_divzero.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (recover_divzero.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (recover_divzero.go:26)	MOVQ	8(DX), AX
    16        00022 (recover_divzero.go:26)	MOVQ	AX, main.a+8(SP)
    1b        00027 (recover_divzero.go:26)	PCDATA	$1, $0
    1b        00027 (recover_divzero.go:26)	NOP
    20        00032 (recover_divzero.go:26)	CALL	runtime.printlock(SB)
    25        00037 (recover_divzero.go:26)	MOVQ	main.a+8(SP), AX
    2a        00042 (recover_divzero.go:26)	MOVQ	AX, CX
    2d        00045 (recover_divzero.go:26)	SARQ	$63, AX
    31        00049 (recover_divzero.go:26)	MOVQ	AX, DX
    34        00052 (recover_divzero.go:26)	MOVQ	$-6148914691236517205, AX
    3e        00062 (recover_divzero.go:26)	MOVQ	DX, BX
    41        00065 (recover_divzero.go:26)	IMULQ	CX
    44        00068 (recover_divzero.go:26)	LEAQ	(CX)(DX*1), AX
    48        00072 (recover_divzero.go:26)	SARQ	$1, AX
    4b        00075 (recover_divzero.go:26)	SUBQ	BX, AX
    4e        00078 (recover_divzero.go:26)	MOVQ	AX, main..autotmp_5+24(SP)
    53        00083 (recover_divzero.go:26)	CALL	runtime.printint(SB)
    58        00088 (recover_divzero.go:26)	CALL	runtime.printsp(SB)
    5d        00093 (recover_divzero.go:26)	MOVQ	main..autotmp_5+24(SP), AX
    62        00098 (recover_divzero.go:26)	LEAQ	(AX)(AX*2), AX
    66        00102 (recover_divzero.go:26)	MOVQ	main.a+8(SP), CX
    6b        00107 (recover_divzero.go:26)	SUBQ	AX, CX
    6e        00110 (recover_divzero.go:26)	MOVQ	CX, AX
    71        00113 (recover_divzero.go:26)	CALL	runtime.printint(SB)
    76        00118 (recover_divzero.go:26)	CALL	runtime.printsp(SB)
    7b        00123 (recover_divzero.go:26)	MOVQ	main.a+8(SP), AX
    80        00128 (recover_divzero.go:26)	MOVQ	AX, CX
    83        00131 (recover_divzero.go:26)	NEGQ	AX
    86        00134 (recover_divzero.go:26)	MOVQ	AX, main..autotmp_5+24(SP)
    8b        00139 (recover_divzero.go:26)	MOVQ	AX, DX
    8e        00142 (recover_divzero.go:26)	MOVQ	$-6148914691236517205, AX
    98        00152 (recover_divzero.go:26)	MOVQ	DX, BX
    9b        00155 (recover_divzero.go:26)	IMULQ	DX
    9e        00158 (recover_divzero.go:26)	SUBQ	CX, DX
    a1        00161 (recover_divzero.go:26)	SARQ	$1, DX
    a4        00164 (recover_divzero.go:26)	SARQ	$63, BX
    a8        00168 (recover_divzero.go:26)	SUBQ	BX, DX
    ab        00171 (recover_divzero.go:26)	MOVQ	DX, main..autotmp_6+16(SP)
    b0        00176 (recover_divzero.go:26)	MOVQ	DX, AX
    b3        00179 (recover_divzero.go:26)	CALL	runtime.printint(SB)
    b8        00184 (recover_divzero.go:26)	CALL	runtime.printsp(SB)
    bd        00189 (recover_divzero.go:26)	MOVQ	main..autotmp_6+16(SP), AX
    c2        00194 (recover_divzero.go:26)	LEAQ	(AX)(AX*2), AX
    c6        00198 (recover_divzero.go:26)	MOVQ	main..autotmp_5+24(SP), CX
    cb        00203 (recover_divzero.go:26)	SUBQ	AX, CX
    ce        00206 (recover_divzero.go:26)	MOVQ	CX, AX
    d1        00209 (recover_divzero.go:26)	CALL	runtime.printint(SB)
    d6        00214 (recover_divzero.go:26)	CALL	runtime.printnl(SB)
    db        00219 (recover_divzero.go:26)	NOP
    e0        00224 (recover_divzero.go:26)	CALL	runtime.printunlock(SB)
    e5        00229 (recover_divzero.go:26)	ADDQ	$32, SP
    e9        00233 (recover_divzero.go:26)	POPQ	BP
    ea        00234 (recover_divzero.go:26)	RET
    eb        00235 (recover_divzero.go:26)	NOP
    eb        00235 (recover_divzero.go:26)	PCDATA	$1, $-1
    eb        00235 (recover_divzero.go:26)	PCDATA	$0, $-2
    eb        00235 (recover_divzero.go:26)	CALL	runtime.morestack(SB)
    f0        00240 (recover_divzero.go:26)	PCDATA	$0, $-1
    f0        00240 (recover_divzero.go:26)	JMP	0
    f5 done
wrote 4 bytes to 0x0
 00 f5 01 00
funcpctab main.main.func6 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:24)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_divzero.go:24)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_divzero.go:24)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:24)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:24)	JLS	118
     6        00006 (recover_divzero.go:24)	PCDATA	$0, $-1
     6        00006 (recover_divzero.go:24)	PUSHQ	BP
     7        00007 (recover_divzero.go:24)	MOVQ	SP, BP
     a        00010 (recover_divzero.go:24)	SUBQ	$24, SP
     e        00014 (recover_divzero.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:24)	MOVQ	8(DX), AX
    12        00018 (recover_divzero.go:24)	MOVQ	AX, main.a+8(SP)
    17        00023 (recover_divzero.go:24)	PCDATA	$1, $0
    17        00023 (recover_divzero.go:24)	CALL	main.zero(SB)
    1c        00028 (recover_divzero.go:24)	NOP
    20        00032 (recover_divzero.go:24)	TESTW	AX, AX
    23        00035 (recover_divzero.go:24)	JEQ	112
    25        00037 (recover_divzero.go:24)	MOVQ	AX, main..autotmp_3+16(SP)
    2a        00042 (recover_divzero.go:24)	CALL	runtime.printlock(SB)
    2f        00047 (recover_divzero.go:24)	MOVQ	main.a+8(SP), AX
    34        00052 (recover_divzero.go:24)	NEGQ	AX
    37        00055 (recover_divzero.go:24)	MOVQ	main..autotmp_3+16(SP), CX
    3c        00060 (recover_divzero.go:24)	NOP
    40        00064 (recover_divzero.go:24)	CMPW	CX, $-1
    44        00068 (recover_divzero.go:24)	JNE	77
    46        00070 (recover_divzero.go:24)	NEGW	AX
    49        00073 (recover_divzero.go:24)	XORL	DX, DX
    4b        00075 (recover_divzero.go:24)	JMP	82
    4d        00077 (recover_divzero.go:24)	CWD
    4f        00079 (recover_divzero.go:24)	IDIVW	CX
    52        00082 (recover_divzero.go:24)	MOVWQSX	DX, AX
    56        00086 (recover_divzero.go:24)	CALL	runtime.printint(SB)
    5b        00091 (recover_divzero.go:24)	NOP
    60        00096 (recover_divzero.go:24)	CALL	runtime.printnl(SB)
    65        00101 (recover_divzero.go:24)	CALL	runtime.printunlock(SB)
    6a        00106 (recover_divzero.go:24)	ADDQ	$24, SP
    6e        00110 (recover_divzero.go:24)	POPQ	BP
    6f        00111 (recover_divzero.go:24)	RET
    70        00112 (recover_divzero.go:24)	CALL	runtime.panicdivide(SB)
    75        00117 (recover_divzero.go:24)	XCHGL	AX, AX
    76        00118 (recover_divzero.go:24)	NOP
    76        00118 (recover_divzero.go:24)	PCDATA	$1, $-1
    76        00118 (recover_divzero.go:24)	PCDATA	$0, $-2
    76        00118 (recover_divzero.go:24)	CALL	runtime.morestack(SB)
    7b        00123 (recover_divzero.go:24)	PCDATA	$0, $-1
    7b        00123 (recover_divzero.go:24)	JMP	0
    7d done
wrote 3 bytes to 0x0
 00 7d 00
funcpctab main.main.func5 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:23)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_divzero.go:23)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_divzero.go:23)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:23)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:23)	JLS	92
     6        00006 (recover_divzero.go:23)	PCDATA	$0, $-1
     6        00006 (recover_divzero.go:23)	PUSHQ	BP
     7        00007 (recover_divzero.go:23)	MOVQ	SP, BP
     a        00010 (recover_divzero.go:23)	SUBQ	$24, SP
     e        00014 (recover_divzero.go:23)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:23)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:23)	MOVQ	8(DX), AX
    12        00018 (recover_divzero.go:23)	MOVQ	AX, main.a+8(SP)
    17        00023 (recover_divzero.go:23)	PCDATA	$1, $0
    17        00023 (recover_divzero.go:23)	CALL	main.zero(SB)
    1c        00028 (recover_divzero.go:23)	NOP
    20        00032 (recover_divzero.go:23)	TESTQ	AX, AX
    23        00035 (recover_divzero.go:23)	JEQ	86
    25        00037 (recover_divzero.go:23)	MOVQ	AX, main..autotmp_3+16(SP)
    2a        00042 (recover_divzero.go:23)	CALL	runtime.printlock(SB)
    2f        00047 (recover_divzero.go:23)	MOVQ	main.a+8(SP), AX
    34        00052 (recover_divzero.go:23)	MOVQ	main..autotmp_3+16(SP), CX
    39        00057 (recover_divzero.go:23)	XORL	DX, DX
    3b        00059 (recover_divzero.go:23)	DIVQ	CX
    3e        00062 (recover_divzero.go:23)	MOVQ	DX, AX
    41        00065 (recover_divzero.go:23)	CALL	runtime.printuint(SB)
    46        00070 (recover_divzero.go:23)	CALL	runtime.printnl(SB)
    4b        00075 (recover_divzero.go:23)	CALL	runtime.printunlock(SB)
    50        00080 (recover_divzero.go:23)	ADDQ	$24, SP
    54        00084 (recover_divzero.go:23)	POPQ	BP
    55        00085 (recover_divzero.go:23)	RET
    56        00086 (recover_divzero.go:23)	CALL	runtime.panicdivide(SB)
    5b        00091 (recover_divzero.go:23)	XCHGL	AX, AX
    5c        00092 (recover_divzero.go:23)	NOP
    5c        00092 (recover_divzero.go:23)	PCDATA	$1, $-1
    5c        00092 (recover_divzero.go:23)	PCDATA	$0, $-2
    5c        00092 (recover_divzero.go:23)	NOP
    60        00096 (recover_divzero.go:23)	CALL	runtime.morestack(SB)
    65        00101 (recover_divzero.go:23)	PCDATA	$0, $-1
    65        00101 (recover_divzero.go:23)	JMP	0
    67 done
wrote 3 bytes to 0x0
 00 67 00
funcpctab main.main.func4 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:22)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_divzero.go:22)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_divzero.go:22)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:22)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:22)	JLS	91
     6        00006 (recover_divzero.go:22)	PCDATA	$0, $-1
     6        00006 (recover_divzero.go:22)	PUSHQ	BP
     7        00007 (recover_divzero.go:22)	MOVQ	SP, BP
     a        00010 (recover_divzero.go:22)	SUBQ	$24, SP
     e        00014 (recover_divzero.go:22)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:22)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:22)	MOVQ	8(DX), AX
    12        00018 (recover_divzero.go:22)	MOVQ	AX, main.a+8(SP)
    17        00023 (recover_divzero.go:22)	PCDATA	$1, $0
    17        00023 (recover_divzero.go:22)	CALL	main.zero(SB)
    1c        00028 (recover_divzero.go:22)	NOP
    20        00032 (recover_divzero.go:22)	TESTL	AX, AX
    22        00034 (recover_divzero.go:22)	JEQ	85
    24        00036 (recover_divzero.go:22)	MOVQ	AX, main..autotmp_3+16(SP)
    29        00041 (recover_divzero.go:22)	CALL	runtime.printlock(SB)
    2e        00046 (recover_divzero.go:22)	MOVQ	main.a+8(SP), AX
    33        00051 (recover_divzero.go:22)	MOVQ	main..autotmp_3+16(SP), CX
    38        00056 (recover_divzero.go:22)	XORL	DX, DX
    3a        00058 (recover_divzero.go:22)	DIVL	CX
    3c        00060 (recover_divzero.go:22)	MOVL	AX, AX
    3e        00062 (recover_divzero.go:22)	NOP
    40        00064 (recover_divzero.go:22)	CALL	runtime.printuint(SB)
    45        00069 (recover_divzero.go:22)	CALL	runtime.printnl(SB)
    4a        00074 (recover_divzero.go:22)	CALL	runtime.printunlock(SB)
    4f        00079 (recover_divzero.go:22)	ADDQ	$24, SP
    53        00083 (recover_divzero.go:22)	POPQ	BP
    54        00084 (recover_divzero.go:22)	RET
    55        00085 (recover_divzero.go:22)	CALL	runtime.panicdivide(SB)
    5a        00090 (recover_divzero.go:22)	XCHGL	AX, AX
    5b        00091 (recover_divzero.go:22)	NOP
    5b        00091 (recover_divzero.go:22)	PCDATA	$1, $-1
    5b        00091 (recover_divzero.go:22)	PCDATA	$0, $-2
    5b        00091 (recover_divzero.go:22)	NOP
    60        00096 (recover_divzero.go:22)	CALL	runtime.morestack(SB)
    65        00101 (recover_divzero.go:22)	PCDATA	$0, $-1
    65        00101 (recover_divzero.go:22)	JMP	0
    67 done
wrote 3 bytes to 0x0
 00 67 00
funcpctab main.main.func3 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:21)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_divzero.go:21)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_divzero.go:21)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:21)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:21)	JLS	118
     6        00006 (recover_divzero.go:21)	PCDATA	$0, $-1
     6        00006 (recover_divzero.go:21)	PUSHQ	BP
     7        00007 (recover_divzero.go:21)	MOVQ	SP, BP
     a        00010 (recover_divzero.go:21)	SUBQ	$24, SP
     e        00014 (recover_divzero.go:21)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:21)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:21)	MOVBQSX	8(DX), AX
    13        00019 (recover_divzero.go:21)	MOVW	AX, main..autotmp_3+14(SP)
    18        00024 (recover_divzero.go:21)	PCDATA	$1, $0
    18        00024 (recover_divzero.go:21)	CALL	main.zero(SB)
    1d        00029 (recover_divzero.go:21)	NOP
    20        00032 (recover_divzero.go:21)	TESTB	AL, AL
    22        00034 (recover_divzero.go:21)	JEQ	112
    24        00036 (recover_divzero.go:21)	MOVQ	AX, main..autotmp_4+16(SP)
    29        00041 (recover_divzero.go:21)	CALL	runtime.printlock(SB)
    2e        00046 (recover_divzero.go:21)	MOVQ	main..autotmp_4+16(SP), AX
    33        00051 (recover_divzero.go:21)	MOVBQSX	AL, AX
    37        00055 (recover_divzero.go:21)	MOVL	AX, CX
    39        00057 (recover_divzero.go:21)	MOVWLZX	main..autotmp_3+14(SP), AX
    3e        00062 (recover_divzero.go:21)	NOP
    40        00064 (recover_divzero.go:21)	CMPW	CX, $-1
    44        00068 (recover_divzero.go:21)	JNE	77
    46        00070 (recover_divzero.go:21)	NEGW	AX
    49        00073 (recover_divzero.go:21)	XORL	DX, DX
    4b        00075 (recover_divzero.go:21)	JMP	82
    4d        00077 (recover_divzero.go:21)	CWD
    4f        00079 (recover_divzero.go:21)	IDIVW	CX
    52        00082 (recover_divzero.go:21)	MOVBQSX	AL, AX
    56        00086 (recover_divzero.go:21)	CALL	runtime.printint(SB)
    5b        00091 (recover_divzero.go:21)	NOP
    60        00096 (recover_divzero.go:21)	CALL	runtime.printnl(SB)
    65        00101 (recover_divzero.go:21)	CALL	runtime.printunlock(SB)
    6a        00106 (recover_divzero.go:21)	ADDQ	$24, SP
    6e        00110 (recover_divzero.go:21)	POPQ	BP
    6f        00111 (recover_divzero.go:21)	RET
    70        00112 (recover_divzero.go:21)	CALL	runtime.panicdivide(SB)
    75        00117 (recover_divzero.go:21)	XCHGL	AX, AX
    76        00118 (recover_divzero.go:21)	NOP
    76        00118 (recover_divzero.go:21)	PCDATA	$1, $-1
    76        00118 (recover_divzero.go:21)	PCDATA	$0, $-2
    76        00118 (recover_divzero.go:21)	CALL	runtime.morestack(SB)
    7b        00123 (recover_divzero.go:21)	PCDATA	$0, $-1
    7b        00123 (recover_divzero.go:21)	JMP	0
    7d done
wrote 3 bytes to 0x0
 00 7d 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:20)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_divzero.go:20)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_divzero.go:20)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:20)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:20)	JLS	105
     6        00006 (recover_divzero.go:20)	PCDATA	$0, $-1
     6        00006 (recover_divzero.go:20)	PUSHQ	BP
     7        00007 (recover_divzero.go:20)	MOVQ	SP, BP
     a        00010 (recover_divzero.go:20)	SUBQ	$24, SP
     e        00014 (recover_divzero.go:20)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:20)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:20)	MOVQ	8(DX), AX
    12        00018 (recover_divzero.go:20)	MOVQ	AX, main.a+8(SP)
    17        00023 (recover_divzero.go:20)	PCDATA	$1, $0
    17        00023 (recover_divzero.go:20)	CALL	main.zero(SB)
    1c        00028 (recover_divzero.go:20)	NOP
    20        00032 (recover_divzero.go:20)	TESTQ	AX, AX
    23        00035 (recover_divzero.go:20)	JEQ	99
    25        00037 (recover_divzero.go:20)	MOVQ	AX, main..autotmp_3+16(SP)
    2a        00042 (recover_divzero.go:20)	CALL	runtime.printlock(SB)
    2f        00047 (recover_divzero.go:20)	MOVQ	main.a+8(SP), AX
    34        00052 (recover_divzero.go:20)	MOVQ	main..autotmp_3+16(SP), CX
    39        00057 (recover_divzero.go:20)	CMPQ	CX, $-1
    3d        00061 (recover_divzero.go:20)	JNE	70
    3f        00063 (recover_divzero.go:20)	NEGQ	AX
    42        00066 (recover_divzero.go:20)	XORL	DX, DX
    44        00068 (recover_divzero.go:20)	JMP	75
    46        00070 (recover_divzero.go:20)	CQO
    48        00072 (recover_divzero.go:20)	IDIVQ	CX
    4b        00075 (recover_divzero.go:20)	MOVQ	DX, AX
    4e        00078 (recover_divzero.go:20)	CALL	runtime.printint(SB)
    53        00083 (recover_divzero.go:20)	CALL	runtime.printnl(SB)
    58        00088 (recover_divzero.go:20)	CALL	runtime.printunlock(SB)
    5d        00093 (recover_divzero.go:20)	ADDQ	$24, SP
    61        00097 (recover_divzero.go:20)	POPQ	BP
    62        00098 (recover_divzero.go:20)	RET
    63        00099 (recover_divzero.go:20)	CALL	runtime.panicdivide(SB)
    68        00104 (recover_divzero.go:20)	XCHGL	AX, AX
    69        00105 (recover_divzero.go:20)	NOP
    69        00105 (recover_divzero.go:20)	PCDATA	$1, $-1
    69        00105 (recover_divzero.go:20)	PCDATA	$0, $-2
    69        00105 (recover_divzero.go:20)	CALL	runtime.morestack(SB)
    6e        00110 (recover_divzero.go:20)	PCDATA	$0, $-1
    6e        00110 (recover_divzero.go:20)	JMP	0
    70 done
wrote 3 bytes to 0x0
 00 70 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:19)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_divzero.go:19)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_divzero.go:19)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:19)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:19)	JLS	103
     6        00006 (recover_divzero.go:19)	PCDATA	$0, $-1
     6        00006 (recover_divzero.go:19)	PUSHQ	BP
     7        00007 (recover_divzero.go:19)	MOVQ	SP, BP
     a        00010 (recover_divzero.go:19)	SUBQ	$24, SP
     e        00014 (recover_divzero.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:19)	MOVQ	8(DX), AX
    12        00018 (recover_divzero.go:19)	MOVQ	AX, main.a+8(SP)
    17        00023 (recover_divzero.go:19)	PCDATA	$1, $0
    17        00023 (recover_divzero.go:19)	CALL	main.zero(SB)
    1c        00028 (recover_divzero.go:19)	NOP
    20        00032 (recover_divzero.go:19)	TESTQ	AX, AX
    23        00035 (recover_divzero.go:19)	JEQ	97
    25        00037 (recover_divzero.go:19)	MOVQ	AX, main..autotmp_3+16(SP)
    2a        00042 (recover_divzero.go:19)	CALL	runtime.printlock(SB)
    2f        00047 (recover_divzero.go:19)	MOVQ	main.a+8(SP), AX
    34        00052 (recover_divzero.go:19)	MOVQ	main..autotmp_3+16(SP), CX
    39        00057 (recover_divzero.go:19)	CMPQ	CX, $-1
    3d        00061 (recover_divzero.go:19)	JNE	70
    3f        00063 (recover_divzero.go:19)	NEGQ	AX
    42        00066 (recover_divzero.go:19)	XORL	DX, DX
    44        00068 (recover_divzero.go:19)	JMP	75
    46        00070 (recover_divzero.go:19)	CQO
    48        00072 (recover_divzero.go:19)	IDIVQ	CX
    4b        00075 (recover_divzero.go:19)	CALL	runtime.printint(SB)
    50        00080 (recover_divzero.go:19)	CALL	runtime.printnl(SB)
    55        00085 (recover_divzero.go:19)	CALL	runtime.printunlock(SB)
    5a        00090 (recover_divzero.go:19)	ADDQ	$24, SP
    5e        00094 (recover_divzero.go:19)	POPQ	BP
    5f        00095 (recover_divzero.go:19)	NOP
    60        00096 (recover_divzero.go:19)	RET
    61        00097 (recover_divzero.go:19)	CALL	runtime.panicdivide(SB)
    66        00102 (recover_divzero.go:19)	XCHGL	AX, AX
    67        00103 (recover_divzero.go:19)	NOP
    67        00103 (recover_divzero.go:19)	PCDATA	$1, $-1
    67        00103 (recover_divzero.go:19)	PCDATA	$0, $-2
    67        00103 (recover_divzero.go:19)	CALL	runtime.morestack(SB)
    6c        00108 (recover_divzero.go:19)	PCDATA	$0, $-1
    6c        00108 (recover_divzero.go:19)	JMP	0
    6e done
wrote 3 bytes to 0x0
 00 6e 00
funcpctab main.main.func7 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:25)	TEXT	main.main.func7(SB), ABIInternal, $32-0
     0        00000 (recover_divzero.go:25)	TEXT	main.main.func7(SB), ABIInternal, $32-0
     0     -1 00000 (recover_divzero.go:25)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:25)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:25)	JLS	117
     6        00006 (recover_divzero.go:25)	PCDATA	$0, $-1
     6        00006 (recover_divzero.go:25)	PUSHQ	BP
     7        00007 (recover_divzero.go:25)	MOVQ	SP, BP
     a        00010 (recover_divzero.go:25)	SUBQ	$24, SP
     e        00014 (recover_divzero.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_divzero.go:25)	PCDATA	$1, $0
     e        00014 (recover_divzero.go:25)	CALL	main.zero(SB)
    13        00019 (recover_divzero.go:25)	MOVQ	AX, main..autotmp_4+16(SP)
    18        00024 (recover_divzero.go:25)	CALL	runtime.printlock(SB)
    1d        00029 (recover_divzero.go:25)	MOVQ	main..autotmp_4+16(SP), AX
    22        00034 (recover_divzero.go:25)	XORPS	X0, X0
    25        00037 (recover_divzero.go:25)	CVTSQ2SD	AX, X0
    2a        00042 (recover_divzero.go:25)	MOVSD	X0, main.f+8(SP)
    30        00048 (recover_divzero.go:25)	MOVSD	$f64.3ff0000000000000(SB), X1
    38        00056 (recover_divzero.go:25)	DIVSD	X0, X1
    3c        00060 (recover_divzero.go:25)	MOVUPS	X1, X0
    3f        00063 (recover_divzero.go:25)	NOP
    40        00064 (recover_divzero.go:25)	CALL	runtime.printfloat64(SB)
    45        00069 (recover_divzero.go:25)	CALL	runtime.printsp(SB)
    4a        00074 (recover_divzero.go:25)	MOVSD	$f64.bff0000000000000(SB), X0
    52        00082 (recover_divzero.go:25)	MOVSD	main.f+8(SP), X1
    58        00088 (recover_divzero.go:25)	DIVSD	X1, X0
    5c        00092 (recover_divzero.go:25)	NOP
    60        00096 (recover_divzero.go:25)	CALL	runtime.printfloat64(SB)
    65        00101 (recover_divzero.go:25)	CALL	runtime.printnl(SB)
    6a        00106 (recover_divzero.go:25)	CALL	runtime.printunlock(SB)
    6f        00111 (recover_divzero.go:25)	ADDQ	$24, SP
    73        00115 (recover_divzero.go:25)	POPQ	BP
    74        00116 (recover_divzero.go:25)	RET
    75        00117 (recover_divzero.go:25)	NOP
    75        00117 (recover_divzero.go:25)	PCDATA	$1, $-1
    75        00117 (recover_divzero.go:25)	PCDATA	$0, $-2
    75        00117 (recover_divzero.go:25)	CALL	runtime.morestack_noctxt(SB)
    7a        00122 (recover_divzero.go:25)	PCDATA	$0, $-1
    7a        00122 (recover_divzero.go:25)	JMP	0
    7c done
wrote 3 bytes to 0x0
 00 7c 00
funcpctab main.try [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:4)	TEXT	main.try(SB), ABIInternal, $64-24
     0        00000 (recover_divzero.go:4)	TEXT	main.try(SB), ABIInternal, $64-24
     0     -1 00000 (recover_divzero.go:4)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:4)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:4)	JLS	159
     a        00010 (recover_divzero.go:4)	PCDATA	$0, $-1
     a        00010 (recover_divzero.go:4)	PUSHQ	BP
     b        00011 (recover_divzero.go:4)	MOVQ	SP, BP
     e        00014 (recover_divzero.go:4)	SUBQ	$56, SP
    12        00018 (recover_divzero.go:4)	MOVQ	X15, 48(SP)
    19        00025 (recover_divzero.go:4)	FUNCDATA	$0, gclocals·QDNDPDj3dRUSzU7zaTc1Bg==(SB)
    19        00025 (recover_divzero.go:4)	FUNCDATA	$1, gclocals·w7E7A4u13Ua3Tlm6A/av2Q==(SB)
    19        00025 (recover_divzero.go:4)	FUNCDATA	$2, main.try.stkobj(SB)
    19        00025 (recover_divzero.go:4)	FUNCDATA	$5, main.try.arginfo1(SB)
    19        00025 (recover_divzero.go:4)	FUNCDATA	$6, main.try.argliveinfo(SB)
    19        00025 (recover_divzero.go:4)	FUNCDATA	$4, main.try.opendefer(SB)
    19        00025 (recover_divzero.go:4)	PCDATA	$3, $1
    19        00025 (recover_divzero.go:12)	MOVQ	BX, main.label+80(SP)
    1e        00030 (recover_divzero.go:12)	MOVQ	AX, main.label+72(SP)
    23        00035 (recover_divzero.go:12)	PCDATA	$3, $2
    23        00035 (recover_divzero.go:4)	MOVB	$0, main..autotmp_4+23(SP)
    28        00040 (recover_divzero.go:5)	LEAQ	main.try.func1(SB), SI
    2f        00047 (recover_divzero.go:5)	MOVQ	SI, main..autotmp_3+24(SP)
    34        00052 (recover_divzero.go:5)	MOVQ	BX, main..autotmp_3+40(SP)
    39        00057 (recover_divzero.go:5)	MOVQ	AX, main..autotmp_3+32(SP)
    3e        00062 (recover_divzero.go:5)	LEAQ	main..autotmp_3+24(SP), AX
    43        00067 (recover_divzero.go:5)	MOVQ	AX, main..autotmp_5+48(SP)
    48        00072 (recover_divzero.go:5)	MOVB	$1, main..autotmp_4+23(SP)
    4d        00077 (recover_divzero.go:10)	MOVQ	(CX), AX
    50        00080 (recover_divzero.go:10)	MOVQ	CX, DX
    53        00083 (recover_divzero.go:10)	PCDATA	$1, $1
    53        00083 (recover_divzero.go:10)	CALL	AX
    55        00085 (recover_divzero.go:11)	CALL	runtime.printlock(SB)
    5a        00090 (recover_divzero.go:11)	MOVQ	main.label+72(SP), AX
    5f        00095 (recover_divzero.go:11)	MOVQ	main.label+80(SP), BX
    64        00100 (recover_divzero.go:11)	PCDATA	$1, $2
    64        00100 (recover_divzero.go:11)	CALL	runtime.printstring(SB)
    69        00105 (recover_divzero.go:11)	LEAQ	go:string." -> ok\n"(SB), AX
    70        00112 (recover_divzero.go:11)	MOVL	$7, BX
    75        00117 (recover_divzero.go:11)	CALL	runtime.printstring(SB)
    7a        00122 (recover_divzero.go:11)	CALL	runtime.printunlock(SB)
    7f        00127 (recover_divzero.go:12)	MOVB	$0, main..autotmp_4+23(SP)
    84        00132 (recover_divzero.go:12)	MOVQ	main..autotmp_5+48(SP), DX
    89        00137 (recover_divzero.go:12)	MOVQ	(DX), AX
    8c        00140 (recover_divzero.go:12)	CALL	AX
    8e        00142 (recover_divzero.go:12)	ADDQ	$56, SP
    92        00146 (recover_divzero.go:12)	POPQ	BP
    93        00147 (recover_divzero.go:12)	RET
    94        00148 (recover_divzero.go:12)	CALL	runtime.deferreturn(SB)
    99        00153 (recover_divzero.go:12)	ADDQ	$56, SP
    9d        00157 (recover_divzero.go:12)	POPQ	BP
    9e        00158 (recover_divzero.go:12)	RET
    9f        00159 (recover_divzero.go:12)	NOP
    9f        00159 (recover_divzero.go:4)	PCDATA	$1, $-1
    9f        00159 (recover_divzero.go:4)	PCDATA	$0, $-2
    9f        00159 (recover_divzero.go:4)	MOVQ	AX, 8(SP)
    a4        00164 (recover_divzero.go:4)	MOVQ	BX, 16(SP)
    a9        00169 (recover_divzero.go:4)	MOVQ	CX, 24(SP)
    ae        00174 (recover_divzero.go:4)	CALL	runtime.morestack_noctxt(SB)
    b3        00179 (recover_divzero.go:4)	PCDATA	$0, $-1
    b3        00179 (recover_divzero.go:4)	MOVQ	8(SP), AX
    b8        00184 (recover_divzero.go:4)	MOVQ	16(SP), BX
    bd        00189 (recover_divzero.go:4)	MOVQ	24(SP), CX
    c2        00194 (recover_divzero.go:4)	JMP	0
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.try.func1 [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:5)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0        00000 (recover_divzero.go:5)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0     -1 00000 (recover_divzero.go:5)	CMPQ	SP, 16(R14)
     4        00004 (recover_divzero.go:5)	PCDATA	$0, $-2
     4        00004 (recover_divzero.go:5)	JLS	221
     a        00010 (recover_divzero.go:5)	PCDATA	$0, $-1
     a        00010 (recover_divzero.go:5)	PUSHQ	BP
     b        00011 (recover_divzero.go:5)	MOVQ	SP, BP
     e        00014 (recover_divzero.go:5)	SUBQ	$64, SP
    12        00018 (recover_divzero.go:5)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
    12        00018 (recover_divzero.go:5)	FUNCDATA	$1, gclocals·cvO7BHZ/KlBpSG9rcBZWMg==(SB)
    12        00018 (recover_divzero.go:5)	MOVQ	8(DX), AX
    16        00022 (recover_divzero.go:5)	MOVQ	AX, main.label.ptr+48(SP)
    1b        00027 (recover_divzero.go:5)	MOVQ	16(DX), AX
    1f        00031 (recover_divzero.go:5)	MOVQ	AX, main.label.len+24(SP)
    24        00036 (recover_divzero.go:6)	PCDATA	$1, $1
    24        00036 (recover_divzero.go:6)	CALL	runtime.gorecover(SB)
    29        00041 (recover_divzero.go:6)	TESTQ	AX, AX
    2c        00044 (recover_divzero.go:6)	JEQ	61
    2e        00046 (recover_divzero.go:7)	MOVQ	main..typeAssert.0(SB), CX
    35        00053 (recover_divzero.go:7)	MOVQ	(CX), DX
    38        00056 (recover_divzero.go:7)	MOVL	16(AX), SI
    3b        00059 (recover_divzero.go:7)	JMP	67
    3d        00061 (recover_divzero.go:9)	ADDQ	$64, SP
    41        00065 (recover_divzero.go:9)	POPQ	BP
    42        00066 (recover_divzero.go:9)	RET
    43        00067 (recover_divzero.go:7)	MOVQ	SI, DI
    46        00070 (recover_divzero.go:7)	ANDQ	DX, SI
    49        00073 (recover_divzero.go:7)	SHLQ	$4, SI
    4d        00077 (recover_divzero.go:7)	MOVQ	8(SI)(CX*1), R8
    52        00082 (recover_divzero.go:7)	CMPQ	AX, R8
    55        00085 (recover_divzero.go:7)	JEQ	130
    57        00087 (recover_divzero.go:7)	LEAQ	1(DI), SI
    5b        00091 (recover_divzero.go:7)	NOP
    60        00096 (recover_divzero.go:7)	TESTQ	R8, R8
    63        00099 (recover_divzero.go:7)	JNE	67
    65        00101 (recover_divzero.go:6)	MOVQ	BX, main.r.data+40(SP)
    6a        00106 (recover_divzero.go:7)	MOVQ	AX, BX
    6d        00109 (recover_divzero.go:7)	LEAQ	main..typeAssert.0(SB), AX
    74        00116 (recover_divzero.go:7)	PCDATA	$1, $2
    74        00116 (recover_divzero.go:7)	CALL	runtime.typeAssert(SB)
    79        00121 (recover_divzero.go:7)	MOVQ	main.r.data+40(SP), BX
    7e        00126 (recover_divzero.go:7)	NOP
    80        00128 (recover_divzero.go:7)	JMP	135
    82        00130 (recover_divzero.go:7)	MOVQ	16(SI)(CX*1), AX
    87        00135 (recover_divzero.go:7)	MOVQ	24(AX), CX
    8b        00139 (recover_divzero.go:7)	MOVQ	BX, AX
    8e        00142 (recover_divzero.go:7)	PCDATA	$1, $1
    8e        00142 (recover_divzero.go:7)	CALL	CX
    90        00144 (recover_divzero.go:7)	MOVQ	AX, main..autotmp_8+56(SP)
    95        00149 (recover_divzero.go:7)	MOVQ	BX, main..autotmp_9+32(SP)
    9a        00154 (recover_divzero.go:7)	PCDATA	$1, $3
    9a        00154 (recover_divzero.go:7)	CALL	runtime.printlock(SB)
    9f        00159 (recover_divzero.go:7)	MOVQ	main.label.ptr+48(SP), AX
    a4        00164 (recover_divzero.go:7)	MOVQ	main.label.len+24(SP), BX
    a9        00169 (recover_divzero.go:7)	PCDATA	$1, $4
    a9        00169 (recover_divzero.go:7)	CALL	runtime.printstring(SB)
    ae        00174 (recover_divzero.go:7)	LEAQ	go:string." -> "(SB), AX
    b5        00181 (recover_divzero.go:7)	MOVL	$4, BX
    ba        00186 (recover_divzero.go:7)	CALL	runtime.printstring(SB)
    bf        00191 (recover_divzero.go:7)	MOVQ	main..autotmp_8+56(SP), AX
    c4        00196 (recover_divzero.go:7)	MOVQ	main..autotmp_9+32(SP), BX
    c9        00201 (recover_divzero.go:7)	PCDATA	$1, $0
    c9        00201 (recover_divzero.go:7)	CALL	runtime.printstring(SB)
    ce        00206 (recover_divzero.go:7)	CALL	runtime.printnl(SB)
    d3        00211 (recover_divzero.go:7)	CALL	runtime.printunlock(SB)
    d8        00216 (recover_divzero.go:7)	JMP	61
    dd        00221 (recover_divzero.go:7)	NOP
    dd        00221 (recover_divzero.go:5)	PCDATA	$1, $-1
    dd        00221 (recover_divzero.go:5)	PCDATA	$0, $-2
    dd        00221 (recover_divzero.go:5)	NOP
    e0        00224 (recover_divzero.go:5)	CALL	runtime.morestack(SB)
    e5        00229 (recover_divzero.go:5)	PCDATA	$0, $-1
    e5        00229 (recover_divzero.go:5)	JMP	0
    ea done
wrote 4 bytes to 0x0
 00 ea 01 00
funcpctab go:interface { Error() string }.Error [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	go:interface { Error() string }.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	go:interface { Error() string }.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	40
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$8, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, go:~p0+24(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, go:~p0+32(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, go:interface { Error() string }.Error.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, go:interface { Error() string }.Error.argliveinfo(SB)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $1
    18        00024 (<autogenerated>:1)	MOVQ	24(AX), CX
    1c        00028 (<autogenerated>:1)	MOVQ	BX, AX
    1f        00031 (<autogenerated>:1)	PCDATA	$1, $1
    1f        00031 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CALL	CX
    22        00034 (<autogenerated>:1)	ADDQ	$8, SP
    26        00038 (<autogenerated>:1)	POPQ	BP
    27        00039 (<autogenerated>:1)	RET
    28        00040 (<autogenerated>:1)	NOP
    28        00040 (<autogenerated>:1)	PCDATA	$1, $-1
    28        00040 (<autogenerated>:1)	PCDATA	$0, $-2
    28        00040 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    2d        00045 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    32        00050 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    37        00055 (<autogenerated>:1)	PCDATA	$0, $-1
    37        00055 (<autogenerated>:1)	MOVQ	8(SP), AX
    3c        00060 (<autogenerated>:1)	MOVQ	16(SP), BX
    41        00065 (<autogenerated>:1)	JMP	0
    43 done
wrote 3 bytes to 0x0
 00 43 00
funcpctab main.zero [valfunc=pctoinline]
     0     -1 00000 (recover_divzero.go:15)	TEXT	main.zero(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_divzero.go:15)	TEXT	main.zero(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_divzero.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_divzero.go:15)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (recover_divzero.go:15)	XORL	AX, AX
     2        00002 (recover_divzero.go:15)	RET
     3 done
wrote 3 bytes to 0x0
 00 03 00
main.try STEXT size=199 align=0x0 args=0x18 locals=0x40 funcid=0x0
	0x0000 00000 (recover_divzero.go:4)	TEXT	main.try(SB), ABIInternal, $64-24
	0x0000 00000 (recover_divzero.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:4)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:4)	JLS	159
	0x000a 00010 (recover_divzero.go:4)	PCDATA	$0, $-1
	0x000a 00010 (recover_divzero.go:4)	PUSHQ	BP
	0x000b 00011 (recover_divzero.go:4)	MOVQ	SP, BP
	0x000e 00014 (recover_divzero.go:4)	SUBQ	$56, SP
	0x0012 00018 (recover_divzero.go:4)	MOVQ	X15, 48(SP)
	0x0019 00025 (recover_divzero.go:4)	FUNCDATA	$0, gclocals·QDNDPDj3dRUSzU7zaTc1Bg==(SB)
	0x0019 00025 (recover_divzero.go:4)	FUNCDATA	$1, gclocals·w7E7A4u13Ua3Tlm6A/av2Q==(SB)
	0x0019 00025 (recover_divzero.go:4)	FUNCDATA	$2, main.try.stkobj(SB)
	0x0019 00025 (recover_divzero.go:4)	FUNCDATA	$5, main.try.arginfo1(SB)
	0x0019 00025 (recover_divzero.go:4)	FUNCDATA	$6, main.try.argliveinfo(SB)
	0x0019 00025 (recover_divzero.go:4)	FUNCDATA	$4, main.try.opendefer(SB)
	0x0019 00025 (recover_divzero.go:4)	PCDATA	$3, $1
	0x0019 00025 (recover_divzero.go:12)	MOVQ	BX, main.label+80(SP)
	0x001e 00030 (recover_divzero.go:12)	MOVQ	AX, main.label+72(SP)
	0x0023 00035 (recover_divzero.go:12)	PCDATA	$3, $2
	0x0023 00035 (recover_divzero.go:4)	MOVB	$0, main..autotmp_4+23(SP)
	0x0028 00040 (recover_divzero.go:5)	LEAQ	main.try.func1(SB), SI
	0x002f 00047 (recover_divzero.go:5)	MOVQ	SI, main..autotmp_3+24(SP)
	0x0034 00052 (recover_divzero.go:5)	MOVQ	BX, main..autotmp_3+40(SP)
	0x0039 00057 (recover_divzero.go:5)	MOVQ	AX, main..autotmp_3+32(SP)
	0x003e 00062 (recover_divzero.go:5)	LEAQ	main..autotmp_3+24(SP), AX
	0x0043 00067 (recover_divzero.go:5)	MOVQ	AX, main..autotmp_5+48(SP)
	0x0048 00072 (recover_divzero.go:5)	MOVB	$1, main..autotmp_4+23(SP)
	0x004d 00077 (recover_divzero.go:10)	MOVQ	(CX), AX
	0x0050 00080 (recover_divzero.go:10)	MOVQ	CX, DX
	0x0053 00083 (recover_divzero.go:10)	PCDATA	$1, $1
	0x0053 00083 (recover_divzero.go:10)	CALL	AX
	0x0055 00085 (recover_divzero.go:11)	CALL	runtime.printlock(SB)
	0x005a 00090 (recover_divzero.go:11)	MOVQ	main.label+72(SP), AX
	0x005f 00095 (recover_divzero.go:11)	MOVQ	main.label+80(SP), BX
	0x0064 00100 (recover_divzero.go:11)	PCDATA	$1, $2
	0x0064 00100 (recover_divzero.go:11)	CALL	runtime.printstring(SB)
	0x0069 00105 (recover_divzero.go:11)	LEAQ	go:string." -> ok\n"(SB), AX
	0x0070 00112 (recover_divzero.go:11)	MOVL	$7, BX
	0x0075 00117 (recover_divzero.go:11)	CALL	runtime.printstring(SB)
	0x007a 00122 (recover_divzero.go:11)	CALL	runtime.printunlock(SB)
	0x007f 00127 (recover_divzero.go:12)	MOVB	$0, main..autotmp_4+23(SP)
	0x0084 00132 (recover_divzero.go:12)	MOVQ	main..autotmp_5+48(SP), DX
	0x0089 00137 (recover_divzero.go:12)	MOVQ	(DX), AX
	0x008c 00140 (recover_divzero.go:12)	CALL	AX
	0x008e 00142 (recover_divzero.go:12)	ADDQ	$56, SP
	0x0092 00146 (recover_divzero.go:12)	POPQ	BP
	0x0093 00147 (recover_divzero.go:12)	RET
	0x0094 00148 (recover_divzero.go:12)	CALL	runtime.deferreturn(SB)
	0x0099 00153 (recover_divzero.go:12)	ADDQ	$56, SP
	0x009d 00157 (recover_divzero.go:12)	POPQ	BP
	0x009e 00158 (recover_divzero.go:12)	RET
	0x009f 00159 (recover_divzero.go:12)	NOP
	0x009f 00159 (recover_divzero.go:4)	PCDATA	$1, $-1
	0x009f 00159 (recover_divzero.go:4)	PCDATA	$0, $-2
	0x009f 00159 (recover_divzero.go:4)	MOVQ	AX, 8(SP)
	0x00a4 00164 (recover_divzero.go:4)	MOVQ	BX, 16(SP)
	0x00a9 00169 (recover_divzero.go:4)	MOVQ	CX, 24(SP)
	0x00ae 00174 (recover_divzero.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x00b3 00179 (recover_divzero.go:4)	PCDATA	$0, $-1
	0x00b3 00179 (recover_divzero.go:4)	MOVQ	8(SP), AX
	0x00b8 00184 (recover_divzero.go:4)	MOVQ	16(SP), BX
	0x00bd 00189 (recover_divzero.go:4)	MOVQ	24(SP), CX
	0x00c2 00194 (recover_divzero.go:4)	JMP	0
	0x0000 49 3b 66 10 0f 86 95 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 66 44 0f d6 7c 24 30 48 89 5c 24 50 48 89  .8fD..|$0H.\$PH.
	0x0020 44 24 48 c6 44 24 17 00 48 8d 35 00 00 00 00 48  D$H.D$..H.5....H
	0x0030 89 74 24 18 48 89 5c 24 28 48 89 44 24 20 48 8d  .t$.H.\$(H.D$ H.
	0x0040 44 24 18 48 89 44 24 30 c6 44 24 17 01 48 8b 01  D$.H.D$0.D$..H..
	0x0050 48 89 ca ff d0 e8 00 00 00 00 48 8b 44 24 48 48  H.........H.D$HH
	0x0060 8b 5c 24 50 e8 00 00 00 00 48 8d 05 00 00 00 00  .\$P.....H......
	0x0070 bb 07 00 00 00 e8 00 00 00 00 e8 00 00 00 00 c6  ................
	0x0080 44 24 17 00 48 8b 54 24 30 48 8b 02 ff d0 48 83  D$..H.T$0H....H.
	0x0090 c4 38 5d c3 e8 00 00 00 00 48 83 c4 38 5d c3 48  .8]......H..8].H
	0x00a0 89 44 24 08 48 89 5c 24 10 48 89 4c 24 18 e8 00  .D$.H.\$.H.L$...
	0x00b0 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c  ...H.D$.H.\$.H.L
	0x00c0 24 18 e9 39 ff ff ff                             $..9...
	rel 43+4 t=R_PCREL main.try.func1+0
	rel 83+0 t=R_CALLIND +0
	rel 86+4 t=R_CALL runtime.printlock+0
	rel 101+4 t=R_CALL runtime.printstring+0
	rel 108+4 t=R_PCREL go:string." -> ok\n"+0
	rel 118+4 t=R_CALL runtime.printstring+0
	rel 123+4 t=R_CALL runtime.printunlock+0
	rel 140+0 t=R_CALLIND +0
	rel 149+4 t=R_CALL runtime.deferreturn+0
	rel 175+4 t=R_CALL runtime.morestack_noctxt+0
main.try.func1 STEXT size=234 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (recover_divzero.go:5)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
	0x0000 00000 (recover_divzero.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:5)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:5)	JLS	221
	0x000a 00010 (recover_divzero.go:5)	PCDATA	$0, $-1
	0x000a 00010 (recover_divzero.go:5)	PUSHQ	BP
	0x000b 00011 (recover_divzero.go:5)	MOVQ	SP, BP
	0x000e 00014 (recover_divzero.go:5)	SUBQ	$64, SP
	0x0012 00018 (recover_divzero.go:5)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x0012 00018 (recover_divzero.go:5)	FUNCDATA	$1, gclocals·cvO7BHZ/KlBpSG9rcBZWMg==(SB)
	0x0012 00018 (recover_divzero.go:5)	MOVQ	8(DX), AX
	0x0016 00022 (recover_divzero.go:5)	MOVQ	AX, main.label.ptr+48(SP)
	0x001b 00027 (recover_divzero.go:5)	MOVQ	16(DX), AX
	0x001f 00031 (recover_divzero.go:5)	MOVQ	AX, main.label.len+24(SP)
	0x0024 00036 (recover_divzero.go:6)	PCDATA	$1, $1
	0x0024 00036 (recover_divzero.go:6)	CALL	runtime.gorecover(SB)
	0x0029 00041 (recover_divzero.go:6)	TESTQ	AX, AX
	0x002c 00044 (recover_divzero.go:6)	JEQ	61
	0x002e 00046 (recover_divzero.go:7)	MOVQ	main..typeAssert.0(SB), CX
	0x0035 00053 (recover_divzero.go:7)	MOVQ	(CX), DX
	0x0038 00056 (recover_divzero.go:7)	MOVL	16(AX), SI
	0x003b 00059 (recover_divzero.go:7)	JMP	67
	0x003d 00061 (recover_divzero.go:9)	ADDQ	$64, SP
	0x0041 00065 (recover_divzero.go:9)	POPQ	BP
	0x0042 00066 (recover_divzero.go:9)	RET
	0x0043 00067 (recover_divzero.go:7)	MOVQ	SI, DI
	0x0046 00070 (recover_divzero.go:7)	ANDQ	DX, SI
	0x0049 00073 (recover_divzero.go:7)	SHLQ	$4, SI
	0x004d 00077 (recover_divzero.go:7)	MOVQ	8(SI)(CX*1), R8
	0x0052 00082 (recover_divzero.go:7)	CMPQ	AX, R8
	0x0055 00085 (recover_divzero.go:7)	JEQ	130
	0x0057 00087 (recover_divzero.go:7)	LEAQ	1(DI), SI
	0x005b 00091 (recover_divzero.go:7)	NOP
	0x0060 00096 (recover_divzero.go:7)	TESTQ	R8, R8
	0x0063 00099 (recover_divzero.go:7)	JNE	67
	0x0065 00101 (recover_divzero.go:6)	MOVQ	BX, main.r.data+40(SP)
	0x006a 00106 (recover_divzero.go:7)	MOVQ	AX, BX
	0x006d 00109 (recover_divzero.go:7)	LEAQ	main..typeAssert.0(SB), AX
	0x0074 00116 (recover_divzero.go:7)	PCDATA	$1, $2
	0x0074 00116 (recover_divzero.go:7)	CALL	runtime.typeAssert(SB)
	0x0079 00121 (recover_divzero.go:7)	MOVQ	main.r.data+40(SP), BX
	0x007e 00126 (recover_divzero.go:7)	NOP
	0x0080 00128 (recover_divzero.go:7)	JMP	135
	0x0082 00130 (recover_divzero.go:7)	MOVQ	16(SI)(CX*1), AX
	0x0087 00135 (recover_divzero.go:7)	MOVQ	24(AX), CX
	0x008b 00139 (recover_divzero.go:7)	MOVQ	BX, AX
	0x008e 00142 (recover_divzero.go:7)	PCDATA	$1, $1
	0x008e 00142 (recover_divzero.go:7)	CALL	CX
	0x0090 00144 (recover_divzero.go:7)	MOVQ	AX, main..autotmp_8+56(SP)
	0x0095 00149 (recover_divzero.go:7)	MOVQ	BX, main..autotmp_9+32(SP)
	0x009a 00154 (recover_divzero.go:7)	PCDATA	$1, $3
	0x009a 00154 (recover_divzero.go:7)	CALL	runtime.printlock(SB)
	0x009f 00159 (recover_divzero.go:7)	MOVQ	main.label.ptr+48(SP), AX
	0x00a4 00164 (recover_divzero.go:7)	MOVQ	main.label.len+24(SP), BX
	0x00a9 00169 (recover_divzero.go:7)	PCDATA	$1, $4
	0x00a9 00169 (recover_divzero.go:7)	CALL	runtime.printstring(SB)
	0x00ae 00174 (recover_divzero.go:7)	LEAQ	go:string." -> "(SB), AX
	0x00b5 00181 (recover_divzero.go:7)	MOVL	$4, BX
	0x00ba 00186 (recover_divzero.go:7)	CALL	runtime.printstring(SB)
	0x00bf 00191 (recover_divzero.go:7)	MOVQ	main..autotmp_8+56(SP), AX
	0x00c4 00196 (recover_divzero.go:7)	MOVQ	main..autotmp_9+32(SP), BX
	0x00c9 00201 (recover_divzero.go:7)	PCDATA	$1, $0
	0x00c9 00201 (recover_divzero.go:7)	CALL	runtime.printstring(SB)
	0x00ce 00206 (recover_divzero.go:7)	CALL	runtime.printnl(SB)
	0x00d3 00211 (recover_divzero.go:7)	CALL	runtime.printunlock(SB)
	0x00d8 00216 (recover_divzero.go:7)	JMP	61
	0x00dd 00221 (recover_divzero.go:7)	NOP
	0x00dd 00221 (recover_divzero.go:5)	PCDATA	$1, $-1
	0x00dd 00221 (recover_divzero.go:5)	PCDATA	$0, $-2
	0x00dd 00221 (recover_divzero.go:5)	NOP
	0x00e0 00224 (recover_divzero.go:5)	CALL	runtime.morestack(SB)
	0x00e5 00229 (recover_divzero.go:5)	PCDATA	$0, $-1
	0x00e5 00229 (recover_divzero.go:5)	JMP	0
	0x0000 49 3b 66 10 0f 86 d3 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 8b 42 08 48 89 44 24 30 48 8b 42 10 48  .@H.B.H.D$0H.B.H
	0x0020 89 44 24 18 e8 00 00 00 00 48 85 c0 74 0f 48 8b  .D$......H..t.H.
	0x0030 0d 00 00 00 00 48 8b 11 8b 70 10 eb 06 48 83 c4  .....H...p...H..
	0x0040 40 5d c3 48 89 f7 48 21 d6 48 c1 e6 04 4c 8b 44  @].H..H!.H...L.D
	0x0050 0e 08 4c 39 c0 74 2b 48 8d 77 01 0f 1f 44 00 00  ..L9.t+H.w...D..
	0x0060 4d 85 c0 75 de 48 89 5c 24 28 48 89 c3 48 8d 05  M..u.H.\$(H..H..
	0x0070 00 00 00 00 e8 00 00 00 00 48 8b 5c 24 28 66 90  .........H.\$(f.
	0x0080 eb 05 48 8b 44 0e 10 48 8b 48 18 48 89 d8 ff d1  ..H.D..H.H.H....
	0x0090 48 89 44 24 38 48 89 5c 24 20 e8 00 00 00 00 48  H.D$8H.\$ .....H
	0x00a0 8b 44 24 30 48 8b 5c 24 18 e8 00 00 00 00 48 8d  .D$0H.\$......H.
	0x00b0 05 00 00 00 00 bb 04 00 00 00 e8 00 00 00 00 48  ...............H
	0x00c0 8b 44 24 38 48 8b 5c 24 20 e8 00 00 00 00 e8 00  .D$8H.\$ .......
	0x00d0 00 00 00 e8 00 00 00 00 e9 60 ff ff ff 0f 1f 00  .........`......
	0x00e0 e8 00 00 00 00 e9 16 ff ff ff                    ..........
	rel 3+0 t=R_USEIFACEMETHOD type:interface { Error() string }+80
	rel 37+4 t=R_CALL runtime.gorecover+0
	rel 49+4 t=R_PCREL main..typeAssert.0+0
	rel 112+4 t=R_PCREL main..typeAssert.0+0
	rel 117+4 t=R_CALL runtime.typeAssert+0
	rel 142+0 t=R_CALLIND +0
	rel 155+4 t=R_CALL runtime.printlock+0
	rel 170+4 t=R_CALL runtime.printstring+0
	rel 177+4 t=R_PCREL go:string." -> "+0
	rel 187+4 t=R_CALL runtime.printstring+0
	rel 202+4 t=R_CALL runtime.printstring+0
	rel 207+4 t=R_CALL runtime.printnl+0
	rel 212+4 t=R_CALL runtime.printunlock+0
	rel 225+4 t=R_CALL runtime.morestack+0
main.zero STEXT nosplit size=3 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (recover_divzero.go:15)	TEXT	main.zero(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (recover_divzero.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_divzero.go:15)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_divzero.go:15)	XORL	AX, AX
	0x0002 00002 (recover_divzero.go:15)	RET
	0x0000 31 c0 c3                                         1..
main.main STEXT size=462 align=0x0 args=0x0 locals=0x40 funcid=0x0
	0x0000 00000 (recover_divzero.go:17)	TEXT	main.main(SB), ABIInternal, $64-0
	0x0000 00000 (recover_divzero.go:17)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:17)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:17)	JLS	452
	0x000a 00010 (recover_divzero.go:17)	PCDATA	$0, $-1
	0x000a 00010 (recover_divzero.go:17)	PUSHQ	BP
	0x000b 00011 (recover_divzero.go:17)	MOVQ	SP, BP
	0x000e 00014 (recover_divzero.go:17)	SUBQ	$56, SP
	0x0012 00018 (recover_divzero.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (recover_divzero.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (recover_divzero.go:19)	LEAQ	main.main.func1(SB), DX
	0x0019 00025 (recover_divzero.go:19)	MOVQ	DX, main..autotmp_5+40(SP)
	0x001e 00030 (recover_divzero.go:19)	MOVQ	$10, main..autotmp_5+48(SP)
	0x0027 00039 (recover_divzero.go:19)	LEAQ	go:string."int div"(SB), AX
	0x002e 00046 (recover_divzero.go:19)	MOVL	$7, BX
	0x0033 00051 (recover_divzero.go:19)	LEAQ	main..autotmp_5+40(SP), CX
	0x0038 00056 (recover_divzero.go:19)	PCDATA	$1, $0
	0x0038 00056 (recover_divzero.go:19)	CALL	main.try(SB)
	0x003d 00061 (recover_divzero.go:20)	LEAQ	main.main.func2(SB), DX
	0x0044 00068 (recover_divzero.go:20)	MOVQ	DX, main..autotmp_5+40(SP)
	0x0049 00073 (recover_divzero.go:20)	MOVQ	$10, main..autotmp_5+48(SP)
	0x0052 00082 (recover_divzero.go:20)	LEAQ	go:string."int mod"(SB), AX
	0x0059 00089 (recover_divzero.go:20)	MOVL	$7, BX
	0x005e 00094 (recover_divzero.go:20)	LEAQ	main..autotmp_5+40(SP), CX
	0x0063 00099 (recover_divzero.go:20)	CALL	main.try(SB)
	0x0068 00104 (recover_divzero.go:21)	LEAQ	main.main.func3(SB), DX
	0x006f 00111 (recover_divzero.go:21)	MOVQ	DX, main..autotmp_5+40(SP)
	0x0074 00116 (recover_divzero.go:21)	MOVQ	$10, main..autotmp_5+48(SP)
	0x007d 00125 (recover_divzero.go:21)	LEAQ	go:string."int8 div"(SB), AX
	0x0084 00132 (recover_divzero.go:21)	MOVL	$8, BX
	0x0089 00137 (recover_divzero.go:21)	LEAQ	main..autotmp_5+40(SP), CX
	0x008e 00142 (recover_divzero.go:21)	CALL	main.try(SB)
	0x0093 00147 (recover_divzero.go:22)	LEAQ	main.main.func4(SB), DX
	0x009a 00154 (recover_divzero.go:22)	MOVQ	DX, main..autotmp_5+40(SP)
	0x009f 00159 (recover_divzero.go:22)	MOVQ	$10, main..autotmp_5+48(SP)
	0x00a8 00168 (recover_divzero.go:22)	LEAQ	go:string."uint32 div"(SB), AX
	0x00af 00175 (recover_divzero.go:22)	MOVL	$10, BX
	0x00b4 00180 (recover_divzero.go:22)	LEAQ	main..autotmp_5+40(SP), CX
	0x00b9 00185 (recover_divzero.go:22)	CALL	main.try(SB)
	0x00be 00190 (recover_divzero.go:23)	LEAQ	main.main.func5(SB), DX
	0x00c5 00197 (recover_divzero.go:23)	MOVQ	DX, main..autotmp_5+40(SP)
	0x00ca 00202 (recover_divzero.go:23)	MOVQ	$10, main..autotmp_5+48(SP)
	0x00d3 00211 (recover_divzero.go:23)	LEAQ	go:string."uint64 mod"(SB), AX
	0x00da 00218 (recover_divzero.go:23)	MOVL	$10, BX
	0x00df 00223 (recover_divzero.go:23)	LEAQ	main..autotmp_5+40(SP), CX
	0x00e4 00228 (recover_divzero.go:23)	CALL	main.try(SB)
	0x00e9 00233 (recover_divzero.go:24)	LEAQ	main.main.func6(SB), DX
	0x00f0 00240 (recover_divzero.go:24)	MOVQ	DX, main..autotmp_5+40(SP)
	0x00f5 00245 (recover_divzero.go:24)	MOVQ	$10, main..autotmp_5+48(SP)
	0x00fe 00254 (recover_divzero.go:24)	LEAQ	go:string."int16 mod"(SB), AX
	0x0105 00261 (recover_divzero.go:24)	MOVL	$9, BX
	0x010a 00266 (recover_divzero.go:24)	LEAQ	main..autotmp_5+40(SP), CX
	0x010f 00271 (recover_divzero.go:24)	CALL	main.try(SB)
	0x0114 00276 (recover_divzero.go:25)	LEAQ	go:string."float div"(SB), AX
	0x011b 00283 (recover_divzero.go:25)	MOVL	$9, BX
	0x0120 00288 (recover_divzero.go:25)	LEAQ	main.main.func7·f(SB), CX
	0x0127 00295 (recover_divzero.go:25)	CALL	main.try(SB)
	0x012c 00300 (recover_divzero.go:26)	LEAQ	main.main.func8(SB), DX
	0x0133 00307 (recover_divzero.go:26)	MOVQ	DX, main..autotmp_5+40(SP)
	0x0138 00312 (recover_divzero.go:26)	MOVQ	$10, main..autotmp_5+48(SP)
	0x0141 00321 (recover_divzero.go:26)	LEAQ	go:string."nonzero"(SB), AX
	0x0148 00328 (recover_divzero.go:26)	MOVL	$7, BX
	0x014d 00333 (recover_divzero.go:26)	LEAQ	main..autotmp_5+40(SP), CX
	0x0152 00338 (recover_divzero.go:26)	CALL	main.try(SB)
	0x0157 00343 (recover_divzero.go:27)	MOVQ	$0, main.total+24(SP)
	0x0160 00352 (recover_divzero.go:27)	MOVQ	$-3, AX
	0x0167 00359 (recover_divzero.go:27)	MOVL	$1, CX
	0x016c 00364 (recover_divzero.go:28)	JMP	388
	0x016e 00366 (recover_divzero.go:28)	MOVQ	BX, main.i+32(SP)
	0x0173 00371 (recover_divzero.go:36)	LEAQ	main.total+24(SP), AX
	0x0178 00376 (recover_divzero.go:36)	CALL	main.main.func9(SB)
	0x017d 00381 (<unknown line number>)	MOVQ	main.i+32(SP), AX
	0x0182 00386 (<unknown line number>)	XORL	CX, CX
	0x0184 00388 (recover_divzero.go:28)	XORL	$1, CX
	0x0187 00391 (recover_divzero.go:28)	MOVBLZX	CL, CX
	0x018a 00394 (recover_divzero.go:28)	LEAQ	(AX)(CX*1), BX
	0x018e 00398 (recover_divzero.go:28)	CMPQ	BX, $3
	0x0192 00402 (recover_divzero.go:28)	JLE	366
	0x0194 00404 (recover_divzero.go:38)	CALL	runtime.printlock(SB)
	0x0199 00409 (recover_divzero.go:38)	LEAQ	go:string."total "(SB), AX
	0x01a0 00416 (recover_divzero.go:38)	MOVL	$6, BX
	0x01a5 00421 (recover_divzero.go:38)	CALL	runtime.printstring(SB)
	0x01aa 00426 (recover_divzero.go:38)	MOVQ	main.total+24(SP), AX
	0x01af 00431 (recover_divzero.go:38)	CALL	runtime.printint(SB)
	0x01b4 00436 (recover_divzero.go:38)	CALL	runtime.printnl(SB)
	0x01b9 00441 (recover_divzero.go:38)	CALL	runtime.printunlock(SB)
	0x01be 00446 (recover_divzero.go:39)	ADDQ	$56, SP
	0x01c2 00450 (recover_divzero.go:39)	POPQ	BP
	0x01c3 00451 (recover_divzero.go:39)	RET
	0x01c4 00452 (recover_divzero.go:39)	NOP
	0x01c4 00452 (recover_divzero.go:17)	PCDATA	$1, $-1
	0x01c4 00452 (recover_divzero.go:17)	PCDATA	$0, $-2
	0x01c4 00452 (recover_divzero.go:17)	CALL	runtime.morestack_noctxt(SB)
	0x01c9 00457 (recover_divzero.go:17)	PCDATA	$0, $-1
	0x01c9 00457 (recover_divzero.go:17)	JMP	0
	0x0000 49 3b 66 10 0f 86 ba 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 48 8d 15 00 00 00 00 48 89 54 24 28 48 c7  .8H......H.T$(H.
	0x0020 44 24 30 0a 00 00 00 48 8d 05 00 00 00 00 bb 07  D$0....H........
	0x0030 00 00 00 48 8d 4c 24 28 e8 00 00 00 00 48 8d 15  ...H.L$(.....H..
	0x0040 00 00 00 00 48 89 54 24 28 48 c7 44 24 30 0a 00  ....H.T$(H.D$0..
	0x0050 00 00 48 8d 05 00 00 00 00 bb 07 00 00 00 48 8d  ..H...........H.
	0x0060 4c 24 28 e8 00 00 00 00 48 8d 15 00 00 00 00 48  L$(.....H......H
	0x0070 89 54 24 28 48 c7 44 24 30 0a 00 00 00 48 8d 05  .T$(H.D$0....H..
	0x0080 00 00 00 00 bb 08 00 00 00 48 8d 4c 24 28 e8 00  .........H.L$(..
	0x0090 00 00 00 48 8d 15 00 00 00 00 48 89 54 24 28 48  ...H......H.T$(H
	0x00a0 c7 44 24 30 0a 00 00 00 48 8d 05 00 00 00 00 bb  .D$0....H.......
	0x00b0 0a 00 00 00 48 8d 4c 24 28 e8 00 00 00 00 48 8d  ....H.L$(.....H.
	0x00c0 15 00 00 00 00 48 89 54 24 28 48 c7 44 24 30 0a  .....H.T$(H.D$0.
	0x00d0 00 00 00 48 8d 05 00 00 00 00 bb 0a 00 00 00 48  ...H...........H
	0x00e0 8d 4c 24 28 e8 00 00 00 00 48 8d 15 00 00 00 00  .L$(.....H......
	0x00f0 48 89 54 24 28 48 c7 44 24 30 0a 00 00 00 48 8d  H.T$(H.D$0....H.
	0x0100 05 00 00 00 00 bb 09 00 00 00 48 8d 4c 24 28 e8  ..........H.L$(.
	0x0110 00 00 00 00 48 8d 05 00 00 00 00 bb 09 00 00 00  ....H...........
	0x0120 48 8d 0d 00 00 00 00 e8 00 00 00 00 48 8d 15 00  H...........H...
	0x0130 00 00 00 48 89 54 24 28 48 c7 44 24 30 0a 00 00  ...H.T$(H.D$0...
	0x0140 00 48 8d 05 00 00 00 00 bb 07 00 00 00 48 8d 4c  .H...........H.L
	0x0150 24 28 e8 00 00 00 00 48 c7 44 24 18 00 00 00 00  $(.....H.D$.....
	0x0160 48 c7 c0 fd ff ff ff b9 01 00 00 00 eb 16 48 89  H.............H.
	0x0170 5c 24 20 48 8d 44 24 18 e8 00 00 00 00 48 8b 44  \$ H.D$......H.D
	0x0180 24 20 31 c9 83 f1 01 0f b6 c9 48 8d 1c 08 48 83  $ 1.......H...H.
	0x0190 fb 03 7e da e8 00 00 00 00 48 8d 05 00 00 00 00  ..~......H......
	0x01a0 bb 06 00 00 00 e8 00 00 00 00 48 8b 44 24 18 e8  ..........H.D$..
	0x01b0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 83  ..............H.
	0x01c0 c4 38 5d c3 e8 00 00 00 00 e9 32 fe ff ff        .8].......2...
	rel 21+4 t=R_PCREL main.main.func1+0
	rel 42+4 t=R_PCREL go:string."int div"+0
	rel 57+4 t=R_CALL main.try+0
	rel 64+4 t=R_PCREL main.main.func2+0
	rel 85+4 t=R_PCREL go:string."int mod"+0
	rel 100+4 t=R_CALL main.try+0
	rel 107+4 t=R_PCREL main.main.func3+0
	rel 128+4 t=R_PCREL go:string."int8 div"+0
	rel 143+4 t=R_CALL main.try+0
	rel 150+4 t=R_PCREL main.main.func4+0
	rel 171+4 t=R_PCREL go:string."uint32 div"+0
	rel 186+4 t=R_CALL main.try+0
	rel 193+4 t=R_PCREL main.main.func5+0
	rel 214+4 t=R_PCREL go:string."uint64 mod"+0
	rel 229+4 t=R_CALL main.try+0
	rel 236+4 t=R_PCREL main.main.func6+0
	rel 257+4 t=R_PCREL go:string."int16 mod"+0
	rel 272+4 t=R_CALL main.try+0
	rel 279+4 t=R_PCREL go:string."float div"+0
	rel 291+4 t=R_PCREL main.main.func7·f+0
	rel 296+4 t=R_CALL main.try+0
	rel 303+4 t=R_PCREL main.main.func8+0
	rel 324+4 t=R_PCREL go:string."nonzero"+0
	rel 339+4 t=R_CALL main.try+0
	rel 377+4 t=R_CALL main.main.func9+0
	rel 405+4 t=R_CALL runtime.printlock+0
	rel 412+4 t=R_PCREL go:string."total "+0
	rel 422+4 t=R_CALL runtime.printstring+0
	rel 432+4 t=R_CALL runtime.printint+0
	rel 437+4 t=R_CALL runtime.printnl+0
	rel 442+4 t=R_CALL runtime.printunlock+0
	rel 453+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func9 STEXT size=151 align=0x0 args=0x10 locals=0x28 funcid=0x0
	0x0000 00000 (recover_divzero.go:29)	TEXT	main.main.func9(SB), ABIInternal, $40-16
	0x0000 00000 (recover_divzero.go:29)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:29)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:29)	JLS	121
	0x0006 00006 (recover_divzero.go:29)	PCDATA	$0, $-1
	0x0006 00006 (recover_divzero.go:29)	PUSHQ	BP
	0x0007 00007 (recover_divzero.go:29)	MOVQ	SP, BP
	0x000a 00010 (recover_divzero.go:29)	SUBQ	$32, SP
	0x000e 00014 (recover_divzero.go:29)	MOVQ	X15, 24(SP)
	0x0015 00021 (recover_divzero.go:29)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0015 00021 (recover_divzero.go:29)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
	0x0015 00021 (recover_divzero.go:29)	FUNCDATA	$2, main.main.func9.stkobj(SB)
	0x0015 00021 (recover_divzero.go:29)	FUNCDATA	$5, main.main.func9.arginfo1(SB)
	0x0015 00021 (recover_divzero.go:29)	FUNCDATA	$6, main.main.func9.argliveinfo(SB)
	0x0015 00021 (recover_divzero.go:29)	FUNCDATA	$4, main.main.func9.opendefer(SB)
	0x0015 00021 (recover_divzero.go:29)	PCDATA	$3, $1
	0x0015 00021 (recover_divzero.go:29)	MOVB	$0, main..autotmp_4+7(SP)
	0x001a 00026 (recover_divzero.go:30)	LEAQ	main.main.func9.1(SB), CX
	0x0021 00033 (recover_divzero.go:30)	MOVQ	CX, main..autotmp_3+8(SP)
	0x0026 00038 (recover_divzero.go:30)	MOVQ	AX, main..autotmp_3+16(SP)
	0x002b 00043 (recover_divzero.go:30)	LEAQ	main..autotmp_3+8(SP), DX
	0x0030 00048 (recover_divzero.go:30)	MOVQ	DX, main..autotmp_5+24(SP)
	0x0035 00053 (recover_divzero.go:30)	MOVB	$1, main..autotmp_4+7(SP)
	0x003a 00058 (recover_divzero.go:35)	TESTQ	BX, BX
	0x003d 00061 (recover_divzero.go:35)	JEQ	104
	0x003f 00063 (recover_divzero.go:35)	MOVQ	AX, CX
	0x0042 00066 (recover_divzero.go:35)	MOVL	$60, AX
	0x0047 00071 (recover_divzero.go:35)	CQO
	0x0049 00073 (recover_divzero.go:35)	IDIVQ	BX
	0x004c 00076 (recover_divzero.go:35)	ADDQ	AX, (CX)
	0x004f 00079 (recover_divzero.go:36)	MOVB	$0, main..autotmp_4+7(SP)
	0x0054 00084 (recover_divzero.go:36)	MOVQ	main..autotmp_3+8(SP), CX
	0x0059 00089 (recover_divzero.go:36)	LEAQ	main..autotmp_3+8(SP), DX
	0x005e 00094 (recover_divzero.go:36)	PCDATA	$1, $1
	0x005e 00094 (recover_divzero.go:36)	NOP
	0x0060 00096 (recover_divzero.go:36)	CALL	CX
	0x0062 00098 (recover_divzero.go:36)	ADDQ	$32, SP
	0x0066 00102 (recover_divzero.go:36)	POPQ	BP
	0x0067 00103 (recover_divzero.go:36)	RET
	0x0068 00104 (recover_divzero.go:35)	CALL	runtime.panicdivide(SB)
	0x006d 00109 (recover_divzero.go:35)	XCHGL	AX, AX
	0x006e 00110 (recover_divzero.go:35)	CALL	runtime.deferreturn(SB)
	0x0073 00115 (recover_divzero.go:35)	ADDQ	$32, SP
	0x0077 00119 (recover_divzero.go:35)	POPQ	BP
	0x0078 00120 (recover_divzero.go:35)	RET
	0x0079 00121 (recover_divzero.go:35)	NOP
	0x0079 00121 (recover_divzero.go:29)	PCDATA	$1, $-1
	0x0079 00121 (recover_divzero.go:29)	PCDATA	$0, $-2
	0x0079 00121 (recover_divzero.go:29)	MOVQ	AX, 8(SP)
	0x007e 00126 (recover_divzero.go:29)	MOVQ	BX, 16(SP)
	0x0083 00131 (recover_divzero.go:29)	CALL	runtime.morestack_noctxt(SB)
	0x0088 00136 (recover_divzero.go:29)	PCDATA	$0, $-1
	0x0088 00136 (recover_divzero.go:29)	MOVQ	8(SP), AX
	0x008d 00141 (recover_divzero.go:29)	MOVQ	16(SP), BX
	0x0092 00146 (recover_divzero.go:29)	JMP	0
	0x0000 49 3b 66 10 76 73 55 48 89 e5 48 83 ec 20 66 44  I;f.vsUH..H.. fD
	0x0010 0f d6 7c 24 18 c6 44 24 07 00 48 8d 0d 00 00 00  ..|$..D$..H.....
	0x0020 00 48 89 4c 24 08 48 89 44 24 10 48 8d 54 24 08  .H.L$.H.D$.H.T$.
	0x0030 48 89 54 24 18 c6 44 24 07 01 48 85 db 74 29 48  H.T$..D$..H..t)H
	0x0040 89 c1 b8 3c 00 00 00 48 99 48 f7 fb 48 01 01 c6  ...<...H.H..H...
	0x0050 44 24 07 00 48 8b 4c 24 08 48 8d 54 24 08 66 90  D$..H.L$.H.T$.f.
	0x0060 ff d1 48 83 c4 20 5d c3 e8 00 00 00 00 90 e8 00  ..H.. ].........
	0x0070 00 00 00 48 83 c4 20 5d c3 48 89 44 24 08 48 89  ...H.. ].H.D$.H.
	0x0080 5c 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c  \$......H.D$.H.\
	0x0090 24 10 e9 69 ff ff ff                             $..i...
	rel 29+4 t=R_PCREL main.main.func9.1+0
	rel 96+0 t=R_CALLIND +0
	rel 105+4 t=R_CALL runtime.panicdivide+0
	rel 111+4 t=R_CALL runtime.deferreturn+0
	rel 132+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func9.1 STEXT size=61 align=0x0 args=0x0 locals=0x10 funcid=0x0
	0x0000 00000 (recover_divzero.go:30)	TEXT	main.main.func9.1(SB), NEEDCTXT|ABIInternal, $16-0
	0x0000 00000 (recover_divzero.go:30)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:30)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:30)	JLS	54
	0x0006 00006 (recover_divzero.go:30)	PCDATA	$0, $-1
	0x0006 00006 (recover_divzero.go:30)	PUSHQ	BP
	0x0007 00007 (recover_divzero.go:30)	MOVQ	SP, BP
	0x000a 00010 (recover_divzero.go:30)	SUBQ	$8, SP
	0x000e 00014 (recover_divzero.go:30)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (recover_divzero.go:30)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (recover_divzero.go:30)	MOVQ	8(DX), AX
	0x0012 00018 (recover_divzero.go:30)	MOVQ	AX, main.&total(SP)
	0x0016 00022 (recover_divzero.go:31)	PCDATA	$1, $1
	0x0016 00022 (recover_divzero.go:31)	CALL	runtime.gorecover(SB)
	0x001b 00027 (recover_divzero.go:31)	NOP
	0x0020 00032 (recover_divzero.go:31)	TESTQ	AX, AX
	0x0023 00035 (recover_divzero.go:31)	JEQ	48
	0x0025 00037 (recover_divzero.go:32)	MOVQ	main.&total(SP), AX
	0x0029 00041 (recover_divzero.go:32)	ADDQ	$1000, (AX)
	0x0030 00048 (recover_divzero.go:34)	ADDQ	$8, SP
	0x0034 00052 (recover_divzero.go:34)	POPQ	BP
	0x0035 00053 (recover_divzero.go:34)	RET
	0x0036 00054 (recover_divzero.go:34)	NOP
	0x0036 00054 (recover_divzero.go:30)	PCDATA	$1, $-1
	0x0036 00054 (recover_divzero.go:30)	PCDATA	$0, $-2
	0x0036 00054 (recover_divzero.go:30)	CALL	runtime.morestack(SB)
	0x003b 00059 (recover_divzero.go:30)	PCDATA	$0, $-1
	0x003b 00059 (recover_divzero.go:30)	JMP	0
	0x0000 49 3b 66 10 76 30 55 48 89 e5 48 83 ec 08 48 8b  I;f.v0UH..H...H.
	0x0010 42 08 48 89 04 24 e8 00 00 00 00 0f 1f 44 00 00  B.H..$.......D..
	0x0020 48 85 c0 74 0b 48 8b 04 24 48 81 00 e8 03 00 00  H..t.H..$H......
	0x0030 48 83 c4 08 5d c3 e8 00 00 00 00 eb c3           H...]........
	rel 23+4 t=R_CALL runtime.gorecover+0
	rel 55+4 t=R_CALL runtime.morestack+0
main.main.func8 STEXT size=245 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (recover_divzero.go:26)	TEXT	main.main.func8(SB), NEEDCTXT|ABIInternal, $40-0
	0x0000 00000 (recover_divzero.go:26)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:26)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:26)	JLS	235
	0x000a 00010 (recover_divzero.go:26)	PCDATA	$0, $-1
	0x000a 00010 (recover_divzero.go:26)	PUSHQ	BP
	0x000b 00011 (recover_divzero.go:26)	MOVQ	SP, BP
	0x000e 00014 (recover_divzero.go:26)	SUBQ	$32, SP
	0x0012 00018 (recover_divzero.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (recover_divzero.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (recover_divzero.go:26)	MOVQ	8(DX), AX
	0x0016 00022 (recover_divzero.go:26)	MOVQ	AX, main.a+8(SP)
	0x001b 00027 (recover_divzero.go:26)	PCDATA	$1, $0
	0x001b 00027 (recover_divzero.go:26)	NOP
	0x0020 00032 (recover_divzero.go:26)	CALL	runtime.printlock(SB)
	0x0025 00037 (recover_divzero.go:26)	MOVQ	main.a+8(SP), AX
	0x002a 00042 (recover_divzero.go:26)	MOVQ	AX, CX
	0x002d 00045 (recover_divzero.go:26)	SARQ	$63, AX
	0x0031 00049 (recover_divzero.go:26)	MOVQ	AX, DX
	0x0034 00052 (recover_divzero.go:26)	MOVQ	$-6148914691236517205, AX
	0x003e 00062 (recover_divzero.go:26)	MOVQ	DX, BX
	0x0041 00065 (recover_divzero.go:26)	IMULQ	CX
	0x0044 00068 (recover_divzero.go:26)	LEAQ	(CX)(DX*1), AX
	0x0048 00072 (recover_divzero.go:26)	SARQ	$1, AX
	0x004b 00075 (recover_divzero.go:26)	SUBQ	BX, AX
	0x004e 00078 (recover_divzero.go:26)	MOVQ	AX, main..autotmp_5+24(SP)
	0x0053 00083 (recover_divzero.go:26)	CALL	runtime.printint(SB)
	0x0058 00088 (recover_divzero.go:26)	CALL	runtime.printsp(SB)
	0x005d 00093 (recover_divzero.go:26)	MOVQ	main..autotmp_5+24(SP), AX
	0x0062 00098 (recover_divzero.go:26)	LEAQ	(AX)(AX*2), AX
	0x0066 00102 (recover_divzero.go:26)	MOVQ	main.a+8(SP), CX
	0x006b 00107 (recover_divzero.go:26)	SUBQ	AX, CX
	0x006e 00110 (recover_divzero.go:26)	MOVQ	CX, AX
	0x0071 00113 (recover_divzero.go:26)	CALL	runtime.printint(SB)
	0x0076 00118 (recover_divzero.go:26)	CALL	runtime.printsp(SB)
	0x007b 00123 (recover_divzero.go:26)	MOVQ	main.a+8(SP), AX
	0x0080 00128 (recover_divzero.go:26)	MOVQ	AX, CX
	0x0083 00131 (recover_divzero.go:26)	NEGQ	AX
	0x0086 00134 (recover_divzero.go:26)	MOVQ	AX, main..autotmp_5+24(SP)
	0x008b 00139 (recover_divzero.go:26)	MOVQ	AX, DX
	0x008e 00142 (recover_divzero.go:26)	MOVQ	$-6148914691236517205, AX
	0x0098 00152 (recover_divzero.go:26)	MOVQ	DX, BX
	0x009b 00155 (recover_divzero.go:26)	IMULQ	DX
	0x009e 00158 (recover_divzero.go:26)	SUBQ	CX, DX
	0x00a1 00161 (recover_divzero.go:26)	SARQ	$1, DX
	0x00a4 00164 (recover_divzero.go:26)	SARQ	$63, BX
	0x00a8 00168 (recover_divzero.go:26)	SUBQ	BX, DX
	0x00ab 00171 (recover_divzero.go:26)	MOVQ	DX, main..autotmp_6+16(SP)
	0x00b0 00176 (recover_divzero.go:26)	MOVQ	DX, AX
	0x00b3 00179 (recover_divzero.go:26)	CALL	runtime.printint(SB)
	0x00b8 00184 (recover_divzero.go:26)	CALL	runtime.printsp(SB)
	0x00bd 00189 (recover_divzero.go:26)	MOVQ	main..autotmp_6+16(SP), AX
	0x00c2 00194 (recover_divzero.go:26)	LEAQ	(AX)(AX*2), AX
	0x00c6 00198 (recover_divzero.go:26)	MOVQ	main..autotmp_5+24(SP), CX
	0x00cb 00203 (recover_divzero.go:26)	SUBQ	AX, CX
	0x00ce 00206 (recover_divzero.go:26)	MOVQ	CX, AX
	0x00d1 00209 (recover_divzero.go:26)	CALL	runtime.printint(SB)
	0x00d6 00214 (recover_divzero.go:26)	CALL	runtime.printnl(SB)
	0x00db 00219 (recover_divzero.go:26)	NOP
	0x00e0 00224 (recover_divzero.go:26)	CALL	runtime.printunlock(SB)
	0x00e5 00229 (recover_divzero.go:26)	ADDQ	$32, SP
	0x00e9 00233 (recover_divzero.go:26)	POPQ	BP
	0x00ea 00234 (recover_divzero.go:26)	RET
	0x00eb 00235 (recover_divzero.go:26)	NOP
	0x00eb 00235 (recover_divzero.go:26)	PCDATA	$1, $-1
	0x00eb 00235 (recover_divzero.go:26)	PCDATA	$0, $-2
	0x00eb 00235 (recover_divzero.go:26)	CALL	runtime.morestack(SB)
	0x00f0 00240 (recover_divzero.go:26)	PCDATA	$0, $-1
	0x00f0 00240 (recover_divzero.go:26)	JMP	0
	0x0000 49 3b 66 10 0f 86 e1 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 48 8b 42 08 48 89 44 24 08 0f 1f 44 00 00  . H.B.H.D$...D..
	0x0020 e8 00 00 00 00 48 8b 44 24 08 48 89 c1 48 c1 f8  .....H.D$.H..H..
	0x0030 3f 48 89 c2 48 b8 ab aa aa aa aa aa aa aa 48 89  ?H..H.........H.
	0x0040 d3 48 f7 e9 48 8d 04 11 48 d1 f8 48 29 d8 48 89  .H..H...H..H).H.
	0x0050 44 24 18 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  D$...........H.D
	0x0060 24 18 48 8d 04 40 48 8b 4c 24 08 48 29 c1 48 89  $.H..@H.L$.H).H.
	0x0070 c8 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 08  ...........H.D$.
	0x0080 48 89 c1 48 f7 d8 48 89 44 24 18 48 89 c2 48 b8  H..H..H.D$.H..H.
	0x0090 ab aa aa aa aa aa aa aa 48 89 d3 48 f7 ea 48 29  ........H..H..H)
	0x00a0 ca 48 d1 fa 48 c1 fb 3f 48 29 da 48 89 54 24 10  .H..H..?H).H.T$.
	0x00b0 48 89 d0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  H............H.D
	0x00c0 24 10 48 8d 04 40 48 8b 4c 24 18 48 29 c1 48 89  $.H..@H.L$.H).H.
	0x00d0 c8 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x00e0 e8 00 00 00 00 48 83 c4 20 5d c3 e8 00 00 00 00  .....H.. ]......
	0x00f0 e9 0b ff ff ff                                   .....
	rel 33+4 t=R_CALL runtime.printlock+0
	rel 84+4 t=R_CALL runtime.printint+0
	rel 89+4 t=R_CALL runtime.printsp+0
	rel 114+4 t=R_CALL runtime.printint+0
	rel 119+4 t=R_CALL runtime.printsp+0
	rel 180+4 t=R_CALL runtime.printint+0
	rel 185+4 t=R_CALL runtime.printsp+0
	rel 210+4 t=R_CALL runtime.printint+0
	rel 215+4 t=R_CALL runtime.printnl+0
	rel 225+4 t=R_CALL runtime.printunlock+0
	rel 236+4 t=R_CALL runtime.morestack+0
main.main.func6 STEXT size=125 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_divzero.go:24)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_divzero.go:24)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:24)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:24)	JLS	118
	0x0006 00006 (recover_divzero.go:24)	PCDATA	$0, $-1
	0x0006 00006 (recover_divzero.go:24)	PUSHQ	BP
	0x0007 00007 (recover_divzero.go:24)	MOVQ	SP, BP
	0x000a 00010 (recover_divzero.go:24)	SUBQ	$24, SP
	0x000e 00014 (recover_divzero.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:24)	MOVQ	8(DX), AX
	0x0012 00018 (recover_divzero.go:24)	MOVQ	AX, main.a+8(SP)
	0x0017 00023 (recover_divzero.go:24)	PCDATA	$1, $0
	0x0017 00023 (recover_divzero.go:24)	CALL	main.zero(SB)
	0x001c 00028 (recover_divzero.go:24)	NOP
	0x0020 00032 (recover_divzero.go:24)	TESTW	AX, AX
	0x0023 00035 (recover_divzero.go:24)	JEQ	112
	0x0025 00037 (recover_divzero.go:24)	MOVQ	AX, main..autotmp_3+16(SP)
	0x002a 00042 (recover_divzero.go:24)	CALL	runtime.printlock(SB)
	0x002f 00047 (recover_divzero.go:24)	MOVQ	main.a+8(SP), AX
	0x0034 00052 (recover_divzero.go:24)	NEGQ	AX
	0x0037 00055 (recover_divzero.go:24)	MOVQ	main..autotmp_3+16(SP), CX
	0x003c 00060 (recover_divzero.go:24)	NOP
	0x0040 00064 (recover_divzero.go:24)	CMPW	CX, $-1
	0x0044 00068 (recover_divzero.go:24)	JNE	77
	0x0046 00070 (recover_divzero.go:24)	NEGW	AX
	0x0049 00073 (recover_divzero.go:24)	XORL	DX, DX
	0x004b 00075 (recover_divzero.go:24)	JMP	82
	0x004d 00077 (recover_divzero.go:24)	CWD
	0x004f 00079 (recover_divzero.go:24)	IDIVW	CX
	0x0052 00082 (recover_divzero.go:24)	MOVWQSX	DX, AX
	0x0056 00086 (recover_divzero.go:24)	CALL	runtime.printint(SB)
	0x005b 00091 (recover_divzero.go:24)	NOP
	0x0060 00096 (recover_divzero.go:24)	CALL	runtime.printnl(SB)
	0x0065 00101 (recover_divzero.go:24)	CALL	runtime.printunlock(SB)
	0x006a 00106 (recover_divzero.go:24)	ADDQ	$24, SP
	0x006e 00110 (recover_divzero.go:24)	POPQ	BP
	0x006f 00111 (recover_divzero.go:24)	RET
	0x0070 00112 (recover_divzero.go:24)	CALL	runtime.panicdivide(SB)
	0x0075 00117 (recover_divzero.go:24)	XCHGL	AX, AX
	0x0076 00118 (recover_divzero.go:24)	NOP
	0x0076 00118 (recover_divzero.go:24)	PCDATA	$1, $-1
	0x0076 00118 (recover_divzero.go:24)	PCDATA	$0, $-2
	0x0076 00118 (recover_divzero.go:24)	CALL	runtime.morestack(SB)
	0x007b 00123 (recover_divzero.go:24)	PCDATA	$0, $-1
	0x007b 00123 (recover_divzero.go:24)	JMP	0
	0x0000 49 3b 66 10 76 70 55 48 89 e5 48 83 ec 18 48 8b  I;f.vpUH..H...H.
	0x0010 42 08 48 89 44 24 08 e8 00 00 00 00 0f 1f 40 00  B.H.D$........@.
	0x0020 66 85 c0 74 4b 48 89 44 24 10 e8 00 00 00 00 48  f..tKH.D$......H
	0x0030 8b 44 24 08 48 f7 d8 48 8b 4c 24 10 0f 1f 40 00  .D$.H..H.L$...@.
	0x0040 66 83 f9 ff 75 07 66 f7 d8 31 d2 eb 05 66 99 66  f...u.f..1...f.f
	0x0050 f7 f9 48 0f bf c2 e8 00 00 00 00 0f 1f 44 00 00  ..H..........D..
	0x0060 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 18 5d c3  ..........H...].
	0x0070 e8 00 00 00 00 90 e8 00 00 00 00 eb 83           .............
	rel 24+4 t=R_CALL main.zero+0
	rel 43+4 t=R_CALL runtime.printlock+0
	rel 87+4 t=R_CALL runtime.printint+0
	rel 97+4 t=R_CALL runtime.printnl+0
	rel 102+4 t=R_CALL runtime.printunlock+0
	rel 113+4 t=R_CALL runtime.panicdivide+0
	rel 119+4 t=R_CALL runtime.morestack+0
main.main.func5 STEXT size=103 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_divzero.go:23)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_divzero.go:23)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:23)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:23)	JLS	92
	0x0006 00006 (recover_divzero.go:23)	PCDATA	$0, $-1
	0x0006 00006 (recover_divzero.go:23)	PUSHQ	BP
	0x0007 00007 (recover_divzero.go:23)	MOVQ	SP, BP
	0x000a 00010 (recover_divzero.go:23)	SUBQ	$24, SP
	0x000e 00014 (recover_divzero.go:23)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:23)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:23)	MOVQ	8(DX), AX
	0x0012 00018 (recover_divzero.go:23)	MOVQ	AX, main.a+8(SP)
	0x0017 00023 (recover_divzero.go:23)	PCDATA	$1, $0
	0x0017 00023 (recover_divzero.go:23)	CALL	main.zero(SB)
	0x001c 00028 (recover_divzero.go:23)	NOP
	0x0020 00032 (recover_divzero.go:23)	TESTQ	AX, AX
	0x0023 00035 (recover_divzero.go:23)	JEQ	86
	0x0025 00037 (recover_divzero.go:23)	MOVQ	AX, main..autotmp_3+16(SP)
	0x002a 00042 (recover_divzero.go:23)	CALL	runtime.printlock(SB)
	0x002f 00047 (recover_divzero.go:23)	MOVQ	main.a+8(SP), AX
	0x0034 00052 (recover_divzero.go:23)	MOVQ	main..autotmp_3+16(SP), CX
	0x0039 00057 (recover_divzero.go:23)	XORL	DX, DX
	0x003b 00059 (recover_divzero.go:23)	DIVQ	CX
	0x003e 00062 (recover_divzero.go:23)	MOVQ	DX, AX
	0x0041 00065 (recover_divzero.go:23)	CALL	runtime.printuint(SB)
	0x0046 00070 (recover_divzero.go:23)	CALL	runtime.printnl(SB)
	0x004b 00075 (recover_divzero.go:23)	CALL	runtime.printunlock(SB)
	0x0050 00080 (recover_divzero.go:23)	ADDQ	$24, SP
	0x0054 00084 (recover_divzero.go:23)	POPQ	BP
	0x0055 00085 (recover_divzero.go:23)	RET
	0x0056 00086 (recover_divzero.go:23)	CALL	runtime.panicdivide(SB)
	0x005b 00091 (recover_divzero.go:23)	XCHGL	AX, AX
	0x005c 00092 (recover_divzero.go:23)	NOP
	0x005c 00092 (recover_divzero.go:23)	PCDATA	$1, $-1
	0x005c 00092 (recover_divzero.go:23)	PCDATA	$0, $-2
	0x005c 00092 (recover_divzero.go:23)	NOP
	0x0060 00096 (recover_divzero.go:23)	CALL	runtime.morestack(SB)
	0x0065 00101 (recover_divzero.go:23)	PCDATA	$0, $-1
	0x0065 00101 (recover_divzero.go:23)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 18 48 8b  I;f.vVUH..H...H.
	0x0010 42 08 48 89 44 24 08 e8 00 00 00 00 0f 1f 40 00  B.H.D$........@.
	0x0020 48 85 c0 74 31 48 89 44 24 10 e8 00 00 00 00 48  H..t1H.D$......H
	0x0030 8b 44 24 08 48 8b 4c 24 10 31 d2 48 f7 f1 48 89  .D$.H.L$.1.H..H.
	0x0040 d0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0050 48 83 c4 18 5d c3 e8 00 00 00 00 90 0f 1f 40 00  H...].........@.
	0x0060 e8 00 00 00 00 eb 99                             .......
	rel 24+4 t=R_CALL main.zero+0
	rel 43+4 t=R_CALL runtime.printlock+0
	rel 66+4 t=R_CALL runtime.printuint+0
	rel 71+4 t=R_CALL runtime.printnl+0
	rel 76+4 t=R_CALL runtime.printunlock+0
	rel 87+4 t=R_CALL runtime.panicdivide+0
	rel 97+4 t=R_CALL runtime.morestack+0
main.main.func4 STEXT size=103 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_divzero.go:22)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_divzero.go:22)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:22)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:22)	JLS	91
	0x0006 00006 (recover_divzero.go:22)	PCDATA	$0, $-1
	0x0006 00006 (recover_divzero.go:22)	PUSHQ	BP
	0x0007 00007 (recover_divzero.go:22)	MOVQ	SP, BP
	0x000a 00010 (recover_divzero.go:22)	SUBQ	$24, SP
	0x000e 00014 (recover_divzero.go:22)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:22)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:22)	MOVQ	8(DX), AX
	0x0012 00018 (recover_divzero.go:22)	MOVQ	AX, main.a+8(SP)
	0x0017 00023 (recover_divzero.go:22)	PCDATA	$1, $0
	0x0017 00023 (recover_divzero.go:22)	CALL	main.zero(SB)
	0x001c 00028 (recover_divzero.go:22)	NOP
	0x0020 00032 (recover_divzero.go:22)	TESTL	AX, AX
	0x0022 00034 (recover_divzero.go:22)	JEQ	85
	0x0024 00036 (recover_divzero.go:22)	MOVQ	AX, main..autotmp_3+16(SP)
	0x0029 00041 (recover_divzero.go:22)	CALL	runtime.printlock(SB)
	0x002e 00046 (recover_divzero.go:22)	MOVQ	main.a+8(SP), AX
	0x0033 00051 (recover_divzero.go:22)	MOVQ	main..autotmp_3+16(SP), CX
	0x0038 00056 (recover_divzero.go:22)	XORL	DX, DX
	0x003a 00058 (recover_divzero.go:22)	DIVL	CX
	0x003c 00060 (recover_divzero.go:22)	MOVL	AX, AX
	0x003e 00062 (recover_divzero.go:22)	NOP
	0x0040 00064 (recover_divzero.go:22)	CALL	runtime.printuint(SB)
	0x0045 00069 (recover_divzero.go:22)	CALL	runtime.printnl(SB)
	0x004a 00074 (recover_divzero.go:22)	CALL	runtime.printunlock(SB)
	0x004f 00079 (recover_divzero.go:22)	ADDQ	$24, SP
	0x0053 00083 (recover_divzero.go:22)	POPQ	BP
	0x0054 00084 (recover_divzero.go:22)	RET
	0x0055 00085 (recover_divzero.go:22)	CALL	runtime.panicdivide(SB)
	0x005a 00090 (recover_divzero.go:22)	XCHGL	AX, AX
	0x005b 00091 (recover_divzero.go:22)	NOP
	0x005b 00091 (recover_divzero.go:22)	PCDATA	$1, $-1
	0x005b 00091 (recover_divzero.go:22)	PCDATA	$0, $-2
	0x005b 00091 (recover_divzero.go:22)	NOP
	0x0060 00096 (recover_divzero.go:22)	CALL	runtime.morestack(SB)
	0x0065 00101 (recover_divzero.go:22)	PCDATA	$0, $-1
	0x0065 00101 (recover_divzero.go:22)	JMP	0
	0x0000 49 3b 66 10 76 55 55 48 89 e5 48 83 ec 18 48 8b  I;f.vUUH..H...H.
	0x0010 42 08 48 89 44 24 08 e8 00 00 00 00 0f 1f 40 00  B.H.D$........@.
	0x0020 85 c0 74 31 48 89 44 24 10 e8 00 00 00 00 48 8b  ..t1H.D$......H.
	0x0030 44 24 08 48 8b 4c 24 10 31 d2 f7 f1 89 c0 66 90  D$.H.L$.1.....f.
	0x0040 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0050 83 c4 18 5d c3 e8 00 00 00 00 90 0f 1f 44 00 00  ...].........D..
	0x0060 e8 00 00 00 00 eb 99                             .......
	rel 24+4 t=R_CALL main.zero+0
	rel 42+4 t=R_CALL runtime.printlock+0
	rel 65+4 t=R_CALL runtime.printuint+0
	rel 70+4 t=R_CALL runtime.printnl+0
	rel 75+4 t=R_CALL runtime.printunlock+0
	rel 86+4 t=R_CALL runtime.panicdivide+0
	rel 97+4 t=R_CALL runtime.morestack+0
main.main.func3 STEXT size=125 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_divzero.go:21)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_divzero.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:21)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:21)	JLS	118
	0x0006 00006 (recover_divzero.go:21)	PCDATA	$0, $-1
	0x0006 00006 (recover_divzero.go:21)	PUSHQ	BP
	0x0007 00007 (recover_divzero.go:21)	MOVQ	SP, BP
	0x000a 00010 (recover_divzero.go:21)	SUBQ	$24, SP
	0x000e 00014 (recover_divzero.go:21)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:21)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:21)	MOVBQSX	8(DX), AX
	0x0013 00019 (recover_divzero.go:21)	MOVW	AX, main..autotmp_3+14(SP)
	0x0018 00024 (recover_divzero.go:21)	PCDATA	$1, $0
	0x0018 00024 (recover_divzero.go:21)	CALL	main.zero(SB)
	0x001d 00029 (recover_divzero.go:21)	NOP
	0x0020 00032 (recover_divzero.go:21)	TESTB	AL, AL
	0x0022 00034 (recover_divzero.go:21)	JEQ	112
	0x0024 00036 (recover_divzero.go:21)	MOVQ	AX, main..autotmp_4+16(SP)
	0x0029 00041 (recover_divzero.go:21)	CALL	runtime.printlock(SB)
	0x002e 00046 (recover_divzero.go:21)	MOVQ	main..autotmp_4+16(SP), AX
	0x0033 00051 (recover_divzero.go:21)	MOVBQSX	AL, AX
	0x0037 00055 (recover_divzero.go:21)	MOVL	AX, CX
	0x0039 00057 (recover_divzero.go:21)	MOVWLZX	main..autotmp_3+14(SP), AX
	0x003e 00062 (recover_divzero.go:21)	NOP
	0x0040 00064 (recover_divzero.go:21)	CMPW	CX, $-1
	0x0044 00068 (recover_divzero.go:21)	JNE	77
	0x0046 00070 (recover_divzero.go:21)	NEGW	AX
	0x0049 00073 (recover_divzero.go:21)	XORL	DX, DX
	0x004b 00075 (recover_divzero.go:21)	JMP	82
	0x004d 00077 (recover_divzero.go:21)	CWD
	0x004f 00079 (recover_divzero.go:21)	IDIVW	CX
	0x0052 00082 (recover_divzero.go:21)	MOVBQSX	AL, AX
	0x0056 00086 (recover_divzero.go:21)	CALL	runtime.printint(SB)
	0x005b 00091 (recover_divzero.go:21)	NOP
	0x0060 00096 (recover_divzero.go:21)	CALL	runtime.printnl(SB)
	0x0065 00101 (recover_divzero.go:21)	CALL	runtime.printunlock(SB)
	0x006a 00106 (recover_divzero.go:21)	ADDQ	$24, SP
	0x006e 00110 (recover_divzero.go:21)	POPQ	BP
	0x006f 00111 (recover_divzero.go:21)	RET
	0x0070 00112 (recover_divzero.go:21)	CALL	runtime.panicdivide(SB)
	0x0075 00117 (recover_divzero.go:21)	XCHGL	AX, AX
	0x0076 00118 (recover_divzero.go:21)	NOP
	0x0076 00118 (recover_divzero.go:21)	PCDATA	$1, $-1
	0x0076 00118 (recover_divzero.go:21)	PCDATA	$0, $-2
	0x0076 00118 (recover_divzero.go:21)	CALL	runtime.morestack(SB)
	0x007b 00123 (recover_divzero.go:21)	PCDATA	$0, $-1
	0x007b 00123 (recover_divzero.go:21)	JMP	0
	0x0000 49 3b 66 10 76 70 55 48 89 e5 48 83 ec 18 48 0f  I;f.vpUH..H...H.
	0x0010 be 42 08 66 89 44 24 0e e8 00 00 00 00 0f 1f 00  .B.f.D$.........
	0x0020 84 c0 74 4c 48 89 44 24 10 e8 00 00 00 00 48 8b  ..tLH.D$......H.
	0x0030 44 24 10 48 0f be c0 89 c1 0f b7 44 24 0e 66 90  D$.H.......D$.f.
	0x0040 66 83 f9 ff 75 07 66 f7 d8 31 d2 eb 05 66 99 66  f...u.f..1...f.f
	0x0050 f7 f9 48 0f be c0 e8 00 00 00 00 0f 1f 44 00 00  ..H..........D..
	0x0060 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 18 5d c3  ..........H...].
	0x0070 e8 00 00 00 00 90 e8 00 00 00 00 eb 83           .............
	rel 25+4 t=R_CALL main.zero+0
	rel 42+4 t=R_CALL runtime.printlock+0
	rel 87+4 t=R_CALL runtime.printint+0
	rel 97+4 t=R_CALL runtime.printnl+0
	rel 102+4 t=R_CALL runtime.printunlock+0
	rel 113+4 t=R_CALL runtime.panicdivide+0
	rel 119+4 t=R_CALL runtime.morestack+0
main.main.func2 STEXT size=112 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_divzero.go:20)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_divzero.go:20)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:20)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:20)	JLS	105
	0x0006 00006 (recover_divzero.go:20)	PCDATA	$0, $-1
	0x0006 00006 (recover_divzero.go:20)	PUSHQ	BP
	0x0007 00007 (recover_divzero.go:20)	MOVQ	SP, BP
	0x000a 00010 (recover_divzero.go:20)	SUBQ	$24, SP
	0x000e 00014 (recover_divzero.go:20)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:20)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:20)	MOVQ	8(DX), AX
	0x0012 00018 (recover_divzero.go:20)	MOVQ	AX, main.a+8(SP)
	0x0017 00023 (recover_divzero.go:20)	PCDATA	$1, $0
	0x0017 00023 (recover_divzero.go:20)	CALL	main.zero(SB)
	0x001c 00028 (recover_divzero.go:20)	NOP
	0x0020 00032 (recover_divzero.go:20)	TESTQ	AX, AX
	0x0023 00035 (recover_divzero.go:20)	JEQ	99
	0x0025 00037 (recover_divzero.go:20)	MOVQ	AX, main..autotmp_3+16(SP)
	0x002a 00042 (recover_divzero.go:20)	CALL	runtime.printlock(SB)
	0x002f 00047 (recover_divzero.go:20)	MOVQ	main.a+8(SP), AX
	0x0034 00052 (recover_divzero.go:20)	MOVQ	main..autotmp_3+16(SP), CX
	0x0039 00057 (recover_divzero.go:20)	CMPQ	CX, $-1
	0x003d 00061 (recover_divzero.go:20)	JNE	70
	0x003f 00063 (recover_divzero.go:20)	NEGQ	AX
	0x0042 00066 (recover_divzero.go:20)	XORL	DX, DX
	0x0044 00068 (recover_divzero.go:20)	JMP	75
	0x0046 00070 (recover_divzero.go:20)	CQO
	0x0048 00072 (recover_divzero.go:20)	IDIVQ	CX
	0x004b 00075 (recover_divzero.go:20)	MOVQ	DX, AX
	0x004e 00078 (recover_divzero.go:20)	CALL	runtime.printint(SB)
	0x0053 00083 (recover_divzero.go:20)	CALL	runtime.printnl(SB)
	0x0058 00088 (recover_divzero.go:20)	CALL	runtime.printunlock(SB)
	0x005d 00093 (recover_divzero.go:20)	ADDQ	$24, SP
	0x0061 00097 (recover_divzero.go:20)	POPQ	BP
	0x0062 00098 (recover_divzero.go:20)	RET
	0x0063 00099 (recover_divzero.go:20)	CALL	runtime.panicdivide(SB)
	0x0068 00104 (recover_divzero.go:20)	XCHGL	AX, AX
	0x0069 00105 (recover_divzero.go:20)	NOP
	0x0069 00105 (recover_divzero.go:20)	PCDATA	$1, $-1
	0x0069 00105 (recover_divzero.go:20)	PCDATA	$0, $-2
	0x0069 00105 (recover_divzero.go:20)	CALL	runtime.morestack(SB)
	0x006e 00110 (recover_divzero.go:20)	PCDATA	$0, $-1
	0x006e 00110 (recover_divzero.go:20)	JMP	0
	0x0000 49 3b 66 10 76 63 55 48 89 e5 48 83 ec 18 48 8b  I;f.vcUH..H...H.
	0x0010 42 08 48 89 44 24 08 e8 00 00 00 00 0f 1f 40 00  B.H.D$........@.
	0x0020 48 85 c0 74 3e 48 89 44 24 10 e8 00 00 00 00 48  H..t>H.D$......H
	0x0030 8b 44 24 08 48 8b 4c 24 10 48 83 f9 ff 75 07 48  .D$.H.L$.H...u.H
	0x0040 f7 d8 31 d2 eb 05 48 99 48 f7 f9 48 89 d0 e8 00  ..1...H.H..H....
	0x0050 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 83 c4  .............H..
	0x0060 18 5d c3 e8 00 00 00 00 90 e8 00 00 00 00 eb 90  .]..............
	rel 24+4 t=R_CALL main.zero+0
	rel 43+4 t=R_CALL runtime.printlock+0
	rel 79+4 t=R_CALL runtime.printint+0
	rel 84+4 t=R_CALL runtime.printnl+0
	rel 89+4 t=R_CALL runtime.printunlock+0
	rel 100+4 t=R_CALL runtime.panicdivide+0
	rel 106+4 t=R_CALL runtime.morestack+0
main.main.func1 STEXT size=110 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_divzero.go:19)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_divzero.go:19)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:19)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:19)	JLS	103
	0x0006 00006 (recover_divzero.go:19)	PCDATA	$0, $-1
	0x0006 00006 (recover_divzero.go:19)	PUSHQ	BP
	0x0007 00007 (recover_divzero.go:19)	MOVQ	SP, BP
	0x000a 00010 (recover_divzero.go:19)	SUBQ	$24, SP
	0x000e 00014 (recover_divzero.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:19)	MOVQ	8(DX), AX
	0x0012 00018 (recover_divzero.go:19)	MOVQ	AX, main.a+8(SP)
	0x0017 00023 (recover_divzero.go:19)	PCDATA	$1, $0
	0x0017 00023 (recover_divzero.go:19)	CALL	main.zero(SB)
	0x001c 00028 (recover_divzero.go:19)	NOP
	0x0020 00032 (recover_divzero.go:19)	TESTQ	AX, AX
	0x0023 00035 (recover_divzero.go:19)	JEQ	97
	0x0025 00037 (recover_divzero.go:19)	MOVQ	AX, main..autotmp_3+16(SP)
	0x002a 00042 (recover_divzero.go:19)	CALL	runtime.printlock(SB)
	0x002f 00047 (recover_divzero.go:19)	MOVQ	main.a+8(SP), AX
	0x0034 00052 (recover_divzero.go:19)	MOVQ	main..autotmp_3+16(SP), CX
	0x0039 00057 (recover_divzero.go:19)	CMPQ	CX, $-1
	0x003d 00061 (recover_divzero.go:19)	JNE	70
	0x003f 00063 (recover_divzero.go:19)	NEGQ	AX
	0x0042 00066 (recover_divzero.go:19)	XORL	DX, DX
	0x0044 00068 (recover_divzero.go:19)	JMP	75
	0x0046 00070 (recover_divzero.go:19)	CQO
	0x0048 00072 (recover_divzero.go:19)	IDIVQ	CX
	0x004b 00075 (recover_divzero.go:19)	CALL	runtime.printint(SB)
	0x0050 00080 (recover_divzero.go:19)	CALL	runtime.printnl(SB)
	0x0055 00085 (recover_divzero.go:19)	CALL	runtime.printunlock(SB)
	0x005a 00090 (recover_divzero.go:19)	ADDQ	$24, SP
	0x005e 00094 (recover_divzero.go:19)	POPQ	BP
	0x005f 00095 (recover_divzero.go:19)	NOP
	0x0060 00096 (recover_divzero.go:19)	RET
	0x0061 00097 (recover_divzero.go:19)	CALL	runtime.panicdivide(SB)
	0x0066 00102 (recover_divzero.go:19)	XCHGL	AX, AX
	0x0067 00103 (recover_divzero.go:19)	NOP
	0x0067 00103 (recover_divzero.go:19)	PCDATA	$1, $-1
	0x0067 00103 (recover_divzero.go:19)	PCDATA	$0, $-2
	0x0067 00103 (recover_divzero.go:19)	CALL	runtime.morestack(SB)
	0x006c 00108 (recover_divzero.go:19)	PCDATA	$0, $-1
	0x006c 00108 (recover_divzero.go:19)	JMP	0
	0x0000 49 3b 66 10 76 61 55 48 89 e5 48 83 ec 18 48 8b  I;f.vaUH..H...H.
	0x0010 42 08 48 89 44 24 08 e8 00 00 00 00 0f 1f 40 00  B.H.D$........@.
	0x0020 48 85 c0 74 3c 48 89 44 24 10 e8 00 00 00 00 48  H..t<H.D$......H
	0x0030 8b 44 24 08 48 8b 4c 24 10 48 83 f9 ff 75 07 48  .D$.H.L$.H...u.H
	0x0040 f7 d8 31 d2 eb 05 48 99 48 f7 f9 e8 00 00 00 00  ..1...H.H.......
	0x0050 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 18 5d 90  ..........H...].
	0x0060 c3 e8 00 00 00 00 90 e8 00 00 00 00 eb 92        ..............
	rel 24+4 t=R_CALL main.zero+0
	rel 43+4 t=R_CALL runtime.printlock+0
	rel 76+4 t=R_CALL runtime.printint+0
	rel 81+4 t=R_CALL runtime.printnl+0
	rel 86+4 t=R_CALL runtime.printunlock+0
	rel 98+4 t=R_CALL runtime.panicdivide+0
	rel 104+4 t=R_CALL runtime.morestack+0
main.main.func7 STEXT size=124 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_divzero.go:25)	TEXT	main.main.func7(SB), ABIInternal, $32-0
	0x0000 00000 (recover_divzero.go:25)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_divzero.go:25)	PCDATA	$0, $-2
	0x0004 00004 (recover_divzero.go:25)	JLS	117
	0x0006 00006 (recover_divzero.go:25)	PCDATA	$0, $-1
	0x0006 00006 (recover_divzero.go:25)	PUSHQ	BP
	0x0007 00007 (recover_divzero.go:25)	MOVQ	SP, BP
	0x000a 00010 (recover_divzero.go:25)	SUBQ	$24, SP
	0x000e 00014 (recover_divzero.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_divzero.go:25)	PCDATA	$1, $0
	0x000e 00014 (recover_divzero.go:25)	CALL	main.zero(SB)
	0x0013 00019 (recover_divzero.go:25)	MOVQ	AX, main..autotmp_4+16(SP)
	0x0018 00024 (recover_divzero.go:25)	CALL	runtime.printlock(SB)
	0x001d 00029 (recover_divzero.go:25)	MOVQ	main..autotmp_4+16(SP), AX
	0x0022 00034 (recover_divzero.go:25)	XORPS	X0, X0
	0x0025 00037 (recover_divzero.go:25)	CVTSQ2SD	AX, X0
	0x002a 00042 (recover_divzero.go:25)	MOVSD	X0, main.f+8(SP)
	0x0030 00048 (recover_divzero.go:25)	MOVSD	$f64.3ff0000000000000(SB), X1
	0x0038 00056 (recover_divzero.go:25)	DIVSD	X0, X1
	0x003c 00060 (recover_divzero.go:25)	MOVUPS	X1, X0
	0x003f 00063 (recover_divzero.go:25)	NOP
	0x0040 00064 (recover_divzero.go:25)	CALL	runtime.printfloat64(SB)
	0x0045 00069 (recover_divzero.go:25)	CALL	runtime.printsp(SB)
	0x004a 00074 (recover_divzero.go:25)	MOVSD	$f64.bff0000000000000(SB), X0
	0x0052 00082 (recover_divzero.go:25)	MOVSD	main.f+8(SP), X1
	0x0058 00088 (recover_divzero.go:25)	DIVSD	X1, X0
	0x005c 00092 (recover_divzero.go:25)	NOP
	0x0060 00096 (recover_divzero.go:25)	CALL	runtime.printfloat64(SB)
	0x0065 00101 (recover_divzero.go:25)	CALL	runtime.printnl(SB)
	0x006a 00106 (recover_divzero.go:25)	CALL	runtime.printunlock(SB)
	0x006f 00111 (recover_divzero.go:25)	ADDQ	$24, SP
	0x0073 00115 (recover_divzero.go:25)	POPQ	BP
	0x0074 00116 (recover_divzero.go:25)	RET
	0x0075 00117 (recover_divzero.go:25)	NOP
	0x0075 00117 (recover_divzero.go:25)	PCDATA	$1, $-1
	0x0075 00117 (recover_divzero.go:25)	PCDATA	$0, $-2
	0x0075 00117 (recover_divzero.go:25)	CALL	runtime.morestack_noctxt(SB)
	0x007a 00122 (recover_divzero.go:25)	PCDATA	$0, $-1
	0x007a 00122 (recover_divzero.go:25)	JMP	0
	0x0000 49 3b 66 10 76 6f 55 48 89 e5 48 83 ec 18 e8 00  I;f.voUH..H.....
	0x0010 00 00 00 48 89 44 24 10 e8 00 00 00 00 48 8b 44  ...H.D$......H.D
	0x0020 24 10 0f 57 c0 f2 48 0f 2a c0 f2 0f 11 44 24 08  $..W..H.*....D$.
	0x0030 f2 0f 10 0d 00 00 00 00 f2 0f 5e c8 0f 10 c1 90  ..........^.....
	0x0040 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x0050 00 00 f2 0f 10 4c 24 08 f2 0f 5e c1 0f 1f 40 00  .....L$...^...@.
	0x0060 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0070 83 c4 18 5d c3 e8 00 00 00 00 eb 84              ...]........
	rel 15+4 t=R_CALL main.zero+0
	rel 25+4 t=R_CALL runtime.printlock+0
	rel 52+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 65+4 t=R_CALL runtime.printfloat64+0
	rel 70+4 t=R_CALL runtime.printsp+0
	rel 78+4 t=R_PCREL $f64.bff0000000000000+0
	rel 97+4 t=R_CALL runtime.printfloat64+0
	rel 102+4 t=R_CALL runtime.printnl+0
	rel 107+4 t=R_CALL runtime.printunlock+0
	rel 118+4 t=R_CALL runtime.morestack_noctxt+0
go:interface { Error() string }.Error STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	go:interface { Error() string }.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, go:~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, go:~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, go:interface { Error() string }.Error.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, go:interface { Error() string }.Error.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	24(AX), CX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	PCDATA	$1, $1
	0x001f 00031 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CALL	CX
	0x0022 00034 (<autogenerated>:1)	ADDQ	$8, SP
	0x0026 00038 (<autogenerated>:1)	POPQ	BP
	0x0027 00039 (<autogenerated>:1)	RET
	0x0028 00040 (<autogenerated>:1)	NOP
	0x0028 00040 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0028 00040 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0028 00040 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x002d 00045 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0032 00050 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0037 00055 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0037 00055 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x003c 00060 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0041 00065 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 22 55 48 89 e5 48 83 ec 08 48 89  I;f.v"UH..H...H.
	0x0010 44 24 18 48 89 5c 24 20 48 8b 48 18 48 89 d8 90  D$.H.\$ H.H.H...
	0x0020 ff d1 48 83 c4 08 5d c3 48 89 44 24 08 48 89 5c  ..H...].H.D$.H.\
	0x0030 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $......H.D$.H.\$
	0x0040 10 eb bd                                         ...
	rel 2+0 t=R_USEIFACEMETHOD type:interface { Error() string }+80
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.interequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.interequal+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*interface { Error() string }- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 69 6e 74 65 72 66 61 63 65 20 7b 20 45  ..*interface { E
	0x0010 72 72 6f 72 28 29 20 73 74 72 69 6e 67 20 7d     rror() string }
type:*interface { Error() string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 43 57 6a 56 28 08 08 16 00 00 00 00 00 00 00 00  CWjV(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*interface { Error() string }-+0
	rel 48+8 t=R_ADDR type:interface { Error() string }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
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
type:.namedata.Error. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 72 72 6f 72                             ..Error
type:interface { Error() string } SRODATA dupok size=88 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 79 b9 9c 4e 02 08 08 14 00 00 00 00 00 00 00 00  y..N............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*interface { Error() string }-+0
	rel 44+4 t=RelocType(-32763) type:*interface { Error() string }+0
	rel 56+8 t=R_ADDR type:interface { Error() string }+80
	rel 80+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 84+4 t=R_ADDROFF type:func() string+0
go:string."-> ok" SRODATA dupok size=5 align=0x1
	0x0000 2d 3e 20 6f 6b                                   -> ok
go:string." -> ok\n" SRODATA dupok size=7 align=0x1
	0x0000 20 2d 3e 20 6f 6b 0a                              -> ok.
main..typeAssert.0 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:interface { Error() string }+0
go:string."->" SRODATA dupok size=2 align=0x1
	0x0000 2d 3e                                            ->
go:string." -> " SRODATA dupok size=4 align=0x1
	0x0000 20 2d 3e 20                                       -> 
type:.eqfunc.M17 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 11 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }- SRODATA dupok size=389 align=0x1
	0x0000 00 82 03 2a 73 74 72 75 63 74 20 7b 20 43 61 63  ...*struct { Cac
	0x0010 68 65 20 2a 73 74 72 75 63 74 20 7b 20 4d 61 73  he *struct { Mas
	0x0020 6b 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69  k uintptr; Entri
	0x0030 65 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  es [1]struct { T
	0x0040 79 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62  yp uintptr; Itab
	0x0050 20 75 69 6e 74 70 74 72 20 7d 20 7d 3b 20 49 6e   uintptr } }; In
	0x0060 74 65 72 20 2a 73 74 72 75 63 74 20 7b 20 54 79  ter *struct { Ty
	0x0070 70 65 20 73 74 72 75 63 74 20 7b 20 53 69 7a 65  pe struct { Size
	0x0080 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42 79  _ uintptr; PtrBy
	0x0090 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61 73  tes uintptr; Has
	0x00a0 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67 20  h uint32; TFlag 
	0x00b0 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75 69  uint8; Align_ ui
	0x00c0 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e 5f  nt8; FieldAlign_
	0x00d0 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75 69   uint8; Kind_ ui
	0x00e0 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61 66  nt8; Equal unsaf
	0x00f0 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61 74  e.Pointer; GCDat
	0x0100 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69 6e  a *uint8; Str in
	0x0110 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20 69  t32; PtrToThis i
	0x0120 6e 74 33 32 20 7d 3b 20 50 6b 67 50 61 74 68 20  nt32 }; PkgPath 
	0x0130 73 74 72 75 63 74 20 7b 20 42 79 74 65 73 20 2a  struct { Bytes *
	0x0140 75 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f 64 73  uint8 }; Methods
	0x0150 20 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61 6d 65   []struct { Name
	0x0160 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33   int32; Typ int3
	0x0170 32 20 7d 20 7d 3b 20 43 61 6e 46 61 69 6c 20 62  2 } }; CanFail b
	0x0180 6f 6f 6c 20 7d                                   ool }
type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 06 49 a7 78 28 08 08 16 00 00 00 00 00 00 00 00  .I.x(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }-+0
	rel 48+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+0
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }- SRODATA dupok size=75 align=0x1
	0x0000 00 49 2a 73 74 72 75 63 74 20 7b 20 4d 61 73 6b  .I*struct { Mask
	0x0010 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69 65   uintptr; Entrie
	0x0020 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54 79  s [1]struct { Ty
	0x0030 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20  p uintptr; Itab 
	0x0040 75 69 6e 74 70 74 72 20 7d 20 7d                 uintptr } }
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  .(*[1]struct { T
	0x0010 79 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62  yp uintptr; Itab
	0x0020 20 75 69 6e 74 70 74 72 20 7d                     uintptr }
type:*[1]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 68 d6 05 da 28 08 08 16 00 00 00 00 00 00 00 00  h...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[1]struct { Typ uintptr; Itab uintptr }+0
type:.namedata.*struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 73 74 72 75 63 74 20 7b 20 54 79 70 20  .%*struct { Typ 
	0x0010 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20 75 69  uintptr; Itab ui
	0x0020 6e 74 70 74 72 20 7d                             ntptr }
type:*struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6a a8 34 30 28 08 08 16 00 00 00 00 00 00 00 00  j.40(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
type:.namedata.Typ. SRODATA dupok size=5 align=0x1
	0x0000 01 03 54 79 70                                   ..Typ
type:.namedata.Itab. SRODATA dupok size=6 align=0x1
	0x0000 01 04 49 74 61 62                                ..Itab
type:struct { Typ uintptr; Itab uintptr } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 db 85 a0 2a 0a 08 08 19 00 00 00 00 00 00 00 00  ...*............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Typ uintptr; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+80
	rel 80+8 t=R_ADDR type:.namedata.Typ.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Itab.+0
	rel 112+8 t=R_ADDR type:uintptr+0
type:.namedata.*[]struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=41 align=0x1
	0x0000 00 27 2a 5b 5d 73 74 72 75 63 74 20 7b 20 54 79  .'*[]struct { Ty
	0x0010 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20  p uintptr; Itab 
	0x0020 75 69 6e 74 70 74 72 20 7d                       uintptr }
type:*[]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c8 78 f2 9f 28 08 08 16 00 00 00 00 00 00 00 00  .x..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[]struct { Typ uintptr; Itab uintptr }+0
type:[]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a8 35 dd 88 02 08 08 17 00 00 00 00 00 00 00 00  .5..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Typ uintptr; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
type:[1]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=72 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 86 a7 6f bb 0a 08 08 11 00 00 00 00 00 00 00 00  ..o.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[1]struct { Typ uintptr; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:[]struct { Typ uintptr; Itab uintptr }+0
type:.namedata.Mask. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4d 61 73 6b                                ..Mask
type:.namedata.Entries. SRODATA dupok size=9 align=0x1
	0x0000 01 07 45 6e 74 72 69 65 73                       ..Entries
type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 e1 10 5d 01 0a 08 08 19 00 00 00 00 00 00 00 00  ..].............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
	rel 56+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+80
	rel 80+8 t=R_ADDR type:.namedata.Mask.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Entries.+0
	rel 112+8 t=R_ADDR type:[1]struct { Typ uintptr; Itab uintptr }+0
type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 10 2f 04 74 28 08 08 16 00 00 00 00 00 00 00 00  ./.t(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }-+0
	rel 48+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
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
type:.namedata.Cache. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 61 63 68 65                             ..Cache
type:.namedata.Inter. SRODATA dupok size=7 align=0x1
	0x0000 01 05 49 6e 74 65 72                             ..Inter
type:.namedata.CanFail. SRODATA dupok size=9 align=0x1
	0x0000 01 07 43 61 6e 46 61 69 6c                       ..CanFail
type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 01 09 29 f8 02 08 08 19 00 00 00 00 00 00 00 00  ..).............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M17+0
	rel 32+8 t=R_ADDR runtime.gcbits.0300000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+0
	rel 56+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+80
	rel 80+8 t=R_ADDR type:.namedata.Cache.+0
	rel 88+8 t=R_ADDR type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
	rel 104+8 t=R_ADDR type:.namedata.Inter.+0
	rel 112+8 t=R_ADDR type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 128+8 t=R_ADDR type:.namedata.CanFail.+0
	rel 136+8 t=R_ADDR type:bool+0
go:string."int div" SRODATA dupok size=7 align=0x1
	0x0000 69 6e 74 20 64 69 76                             int div
go:string."int mod" SRODATA dupok size=7 align=0x1
	0x0000 69 6e 74 20 6d 6f 64                             int mod
go:string."int8 div" SRODATA dupok size=8 align=0x1
	0x0000 69 6e 74 38 20 64 69 76                          int8 div
go:string."uint32 div" SRODATA dupok size=10 align=0x1
	0x0000 75 69 6e 74 33 32 20 64 69 76                    uint32 div
go:string."uint64 mod" SRODATA dupok size=10 align=0x1
	0x0000 75 69 6e 74 36 34 20 6d 6f 64                    uint64 mod
go:string."int16 mod" SRODATA dupok size=9 align=0x1
	0x0000 69 6e 74 31 36 20 6d 6f 64                       int16 mod
go:string."float div" SRODATA dupok size=9 align=0x1
	0x0000 66 6c 6f 61 74 20 64 69 76                       float div
go:string."nonzero" SRODATA dupok size=7 align=0x1
	0x0000 6e 6f 6e 7a 65 72 6f                             nonzero
go:string."total" SRODATA dupok size=5 align=0x1
	0x0000 74 6f 74 61 6c                                   total
go:string."total " SRODATA dupok size=6 align=0x1
	0x0000 74 6f 74 61 6c 20                                total 
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
main.main.func7·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func7+0
gclocals·QDNDPDj3dRUSzU7zaTc1Bg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 05 01 00                 ...........
gclocals·w7E7A4u13Ua3Tlm6A/av2Q== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 04 00 00 00 00 08 08                 ...........
main.try.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e0 ff ff ff 18 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.try.opendefer SRODATA dupok size=2 align=0x1
	0x0000 21 08                                            !.
main.try.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 ff                       .........
main.try.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 03                                         ...
gclocals·Dj7m7VTqKq6fxJqfrrXabg== SRODATA dupok size=8 align=0x4
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·cvO7BHZ/KlBpSG9rcBZWMg== SRODATA dupok size=13 align=0x4
	0x0000 05 00 00 00 03 00 00 00 00 02 03 06 04           .............
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·wSZsRWWmrOmngSuEx9VDDg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 00 04                    ..........
main.main.func9.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.main.func9.opendefer SRODATA dupok size=2 align=0x1
	0x0000 19 08                                            ..
main.main.func9.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.main.func9.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
go:interface { Error() string }.Error.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
go:interface { Error() string }.Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f64.3ff0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
$f64.bff0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 bf                          ........
