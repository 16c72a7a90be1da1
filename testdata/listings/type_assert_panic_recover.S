funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:27)	TEXT	main.main(SB), ABIInternal, $80-0
     0        00000 (type_assert_panic_recover.go:27)	TEXT	main.main(SB), ABIInternal, $80-0
     0     -1 00000 (type_assert_panic_recover.go:27)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:27)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:27)	JLS	485
     a        00010 (type_assert_panic_recover.go:27)	PCDATA	$0, $-1
     a        00010 (type_assert_panic_recover.go:27)	PUSHQ	BP
     b        00011 (type_assert_panic_recover.go:27)	MOVQ	SP, BP
     e        00014 (type_assert_panic_recover.go:27)	SUBQ	$72, SP
    12        00018 (type_assert_panic_recover.go:27)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (type_assert_panic_recover.go:27)	FUNCDATA	$1, gclocals·/9is4gq24Q1h4ArwHiu1tg==(SB)
    12        00018 (type_assert_panic_recover.go:27)	FUNCDATA	$2, main.main.stkobj(SB)
    12        00018 (type_assert_panic_recover.go:29)	LEAQ	main.main.func1(SB), DX
    19        00025 (type_assert_panic_recover.go:29)	MOVQ	DX, main..autotmp_4+48(SP)
    1e        00030 (type_assert_panic_recover.go:29)	LEAQ	type:string(SB), DX
    25        00037 (type_assert_panic_recover.go:29)	MOVQ	DX, main..autotmp_4+56(SP)
    2a        00042 (type_assert_panic_recover.go:29)	LEAQ	main..stmp_0(SB), DX
    31        00049 (type_assert_panic_recover.go:29)	MOVQ	DX, main..autotmp_4+64(SP)
    36        00054 (type_assert_panic_recover.go:29)	LEAQ	go:string."string->int"(SB), AX
    3d        00061 (type_assert_panic_recover.go:29)	MOVL	$11, BX
    42        00066 (type_assert_panic_recover.go:29)	LEAQ	main..autotmp_4+48(SP), CX
    47        00071 (type_assert_panic_recover.go:29)	PCDATA	$1, $0
    47        00071 (type_assert_panic_recover.go:29)	CALL	main.try(SB)
    4c        00076 (type_assert_panic_recover.go:30)	LEAQ	main.main.func2(SB), DX
    53        00083 (type_assert_panic_recover.go:30)	MOVQ	DX, main..autotmp_4+48(SP)
    58        00088 (type_assert_panic_recover.go:30)	LEAQ	type:string(SB), DX
    5f        00095 (type_assert_panic_recover.go:30)	MOVQ	DX, main..autotmp_4+56(SP)
    64        00100 (type_assert_panic_recover.go:30)	LEAQ	main..stmp_0(SB), DX
    6b        00107 (type_assert_panic_recover.go:30)	MOVQ	DX, main..autotmp_4+64(SP)
    70        00112 (type_assert_panic_recover.go:30)	LEAQ	go:string."string->string"(SB), AX
    77        00119 (type_assert_panic_recover.go:30)	MOVL	$14, BX
    7c        00124 (type_assert_panic_recover.go:30)	LEAQ	main..autotmp_4+48(SP), CX
    81        00129 (type_assert_panic_recover.go:30)	CALL	main.try(SB)
    86        00134 (type_assert_panic_recover.go:33)	LEAQ	main.main.func3(SB), DX
    8d        00141 (type_assert_panic_recover.go:33)	MOVQ	DX, main..autotmp_5+24(SP)
    92        00146 (type_assert_panic_recover.go:33)	LEAQ	go:itab.main.Box,main.Shape(SB), DX
    99        00153 (type_assert_panic_recover.go:33)	MOVQ	DX, main..autotmp_5+32(SP)
    9e        00158 (type_assert_panic_recover.go:33)	LEAQ	main..stmp_1(SB), DX
    a5        00165 (type_assert_panic_recover.go:33)	MOVQ	DX, main..autotmp_5+40(SP)
    aa        00170 (type_assert_panic_recover.go:33)	LEAQ	go:string."Shape->Named"(SB), AX
    b1        00177 (type_assert_panic_recover.go:33)	MOVL	$12, BX
    b6        00182 (type_assert_panic_recover.go:33)	LEAQ	main..autotmp_5+24(SP), CX
    bb        00187 (type_assert_panic_recover.go:33)	NOP
    c0        00192 (type_assert_panic_recover.go:33)	CALL	main.try(SB)
    c5        00197 (type_assert_panic_recover.go:34)	LEAQ	main.main.func4(SB), DX
    cc        00204 (type_assert_panic_recover.go:34)	MOVQ	DX, main..autotmp_5+24(SP)
    d1        00209 (type_assert_panic_recover.go:34)	LEAQ	go:itab.main.Box,main.Shape(SB), DX
    d8        00216 (type_assert_panic_recover.go:34)	MOVQ	DX, main..autotmp_5+32(SP)
    dd        00221 (type_assert_panic_recover.go:34)	LEAQ	main..stmp_1(SB), DX
    e4        00228 (type_assert_panic_recover.go:34)	MOVQ	DX, main..autotmp_5+40(SP)
    e9        00233 (type_assert_panic_recover.go:34)	LEAQ	go:string."Shape->Box"(SB), AX
    f0        00240 (type_assert_panic_recover.go:34)	MOVL	$10, BX
    f5        00245 (type_assert_panic_recover.go:34)	LEAQ	main..autotmp_5+24(SP), CX
    fa        00250 (type_assert_panic_recover.go:34)	CALL	main.try(SB)
    ff        00255 (type_assert_panic_recover.go:35)	LEAQ	main.main.func5(SB), DX
   106        00262 (type_assert_panic_recover.go:35)	MOVQ	DX, main..autotmp_5+24(SP)
   10b        00267 (type_assert_panic_recover.go:35)	LEAQ	go:itab.main.Box,main.Shape(SB), DX
   112        00274 (type_assert_panic_recover.go:35)	MOVQ	DX, main..autotmp_5+32(SP)
   117        00279 (type_assert_panic_recover.go:35)	LEAQ	main..stmp_1(SB), DX
   11e        00286 (type_assert_panic_recover.go:35)	MOVQ	DX, main..autotmp_5+40(SP)
   123        00291 (type_assert_panic_recover.go:35)	LEAQ	go:string."Shape->*Box"(SB), AX
   12a        00298 (type_assert_panic_recover.go:35)	MOVL	$11, BX
   12f        00303 (type_assert_panic_recover.go:35)	LEAQ	main..autotmp_5+24(SP), CX
   134        00308 (type_assert_panic_recover.go:35)	CALL	main.try(SB)
   139        00313 (type_assert_panic_recover.go:38)	LEAQ	main.main.func6(SB), DX
   140        00320 (type_assert_panic_recover.go:38)	MOVQ	DX, main..autotmp_5+24(SP)
   145        00325 (type_assert_panic_recover.go:38)	MOVUPS	X15, main..autotmp_5+32(SP)
   14b        00331 (type_assert_panic_recover.go:38)	LEAQ	go:string."nil->Box"(SB), AX
   152        00338 (type_assert_panic_recover.go:38)	MOVL	$8, BX
   157        00343 (type_assert_panic_recover.go:38)	LEAQ	main..autotmp_5+24(SP), CX
   15c        00348 (type_assert_panic_recover.go:38)	NOP
   160        00352 (type_assert_panic_recover.go:38)	CALL	main.try(SB)
   165        00357 (type_assert_panic_recover.go:39)	LEAQ	main.main.func7(SB), DX
   16c        00364 (type_assert_panic_recover.go:39)	MOVQ	DX, main..autotmp_5+24(SP)
   171        00369 (type_assert_panic_recover.go:39)	MOVUPS	X15, main..autotmp_5+32(SP)
   177        00375 (type_assert_panic_recover.go:39)	LEAQ	go:string."nil->Named"(SB), AX
   17e        00382 (type_assert_panic_recover.go:39)	MOVL	$10, BX
   183        00387 (type_assert_panic_recover.go:39)	LEAQ	main..autotmp_5+24(SP), CX
   188        00392 (type_assert_panic_recover.go:39)	CALL	main.try(SB)
   18d        00397 (type_assert_panic_recover.go:42)	LEAQ	main.main.func8(SB), DX
   194        00404 (type_assert_panic_recover.go:42)	MOVQ	DX, main..autotmp_4+48(SP)
   199        00409 (type_assert_panic_recover.go:42)	LEAQ	type:main.T(SB), DX
   1a0        00416 (type_assert_panic_recover.go:42)	MOVQ	DX, main..autotmp_4+56(SP)
   1a5        00421 (type_assert_panic_recover.go:42)	LEAQ	runtime.zerobase(SB), DX
   1ac        00428 (type_assert_panic_recover.go:42)	MOVQ	DX, main..autotmp_4+64(SP)
   1b1        00433 (type_assert_panic_recover.go:42)	LEAQ	go:string."T->Shape"(SB), AX
   1b8        00440 (type_assert_panic_recover.go:42)	MOVL	$8, BX
   1bd        00445 (type_assert_panic_recover.go:42)	LEAQ	main..autotmp_4+48(SP), CX
   1c2        00450 (type_assert_panic_recover.go:42)	CALL	main.try(SB)
   1c7        00455 (type_assert_panic_recover.go:43)	LEAQ	go:string."int->float64"(SB), AX
   1ce        00462 (type_assert_panic_recover.go:43)	MOVL	$12, BX
   1d3        00467 (type_assert_panic_recover.go:43)	LEAQ	main.main.func9·f(SB), CX
   1da        00474 (type_assert_panic_recover.go:43)	CALL	main.try(SB)
   1df        00479 (type_assert_panic_recover.go:44)	ADDQ	$72, SP
   1e3        00483 (type_assert_panic_recover.go:44)	POPQ	BP
   1e4        00484 (type_assert_panic_recover.go:44)	RET
   1e5        00485 (type_assert_panic_recover.go:44)	NOP
   1e5        00485 (type_assert_panic_recover.go:27)	PCDATA	$1, $-1
   1e5        00485 (type_assert_panic_recover.go:27)	PCDATA	$0, $-2
   1e5        00485 (type_assert_panic_recover.go:27)	CALL	runtime.morestack_noctxt(SB)
   1ea        00490 (type_assert_panic_recover.go:27)	PCDATA	$0, $-1
   1ea        00490 (type_assert_panic_recover.go:27)	JMP	0
   1ef done
wrote 4 bytes to 0x0
 00 ef 03 00
funcpctab main.main.func8 [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:42)	TEXT	main.main.func8(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (type_assert_panic_recover.go:42)	TEXT	main.main.func8(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (type_assert_panic_recover.go:42)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:42)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:42)	JLS	102
     6        00006 (type_assert_panic_recover.go:42)	PCDATA	$0, $-1
     6        00006 (type_assert_panic_recover.go:42)	PUSHQ	BP
     7        00007 (type_assert_panic_recover.go:42)	MOVQ	SP, BP
     a        00010 (type_assert_panic_recover.go:42)	SUBQ	$24, SP
     e        00014 (type_assert_panic_recover.go:42)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:42)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:42)	MOVQ	8(DX), BX
    12        00018 (type_assert_panic_recover.go:42)	TESTQ	BX, BX
    15        00021 (type_assert_panic_recover.go:42)	JEQ	87
    17        00023 (type_assert_panic_recover.go:42)	MOVQ	main..typeAssert.1(SB), CX
    1e        00030 (type_assert_panic_recover.go:42)	MOVQ	(CX), DX
    21        00033 (type_assert_panic_recover.go:42)	MOVL	16(BX), SI
    24        00036 (type_assert_panic_recover.go:42)	JMP	41
    26        00038 (type_assert_panic_recover.go:42)	MOVQ	DI, SI
    29        00041 (type_assert_panic_recover.go:42)	MOVQ	SI, DI
    2c        00044 (type_assert_panic_recover.go:42)	ANDQ	DX, SI
    2f        00047 (type_assert_panic_recover.go:42)	SHLQ	$4, SI
    33        00051 (type_assert_panic_recover.go:42)	MOVQ	8(SI)(CX*1), SI
    38        00056 (type_assert_panic_recover.go:42)	CMPQ	SI, BX
    3b        00059 (type_assert_panic_recover.go:42)	JEQ	81
    3d        00061 (type_assert_panic_recover.go:42)	INCQ	DI
    40        00064 (type_assert_panic_recover.go:42)	TESTQ	SI, SI
    43        00067 (type_assert_panic_recover.go:42)	JNE	38
    45        00069 (type_assert_panic_recover.go:42)	LEAQ	main..typeAssert.1(SB), AX
    4c        00076 (type_assert_panic_recover.go:42)	PCDATA	$1, $0
    4c        00076 (type_assert_panic_recover.go:42)	CALL	runtime.typeAssert(SB)
    51        00081 (type_assert_panic_recover.go:42)	ADDQ	$24, SP
    55        00085 (type_assert_panic_recover.go:42)	POPQ	BP
    56        00086 (type_assert_panic_recover.go:42)	RET
    57        00087 (type_assert_panic_recover.go:42)	LEAQ	type:main.Shape(SB), AX
    5e        00094 (type_assert_panic_recover.go:42)	NOP
    60        00096 (type_assert_panic_recover.go:42)	CALL	runtime.panicnildottype(SB)
    65        00101 (type_assert_panic_recover.go:42)	XCHGL	AX, AX
    66        00102 (type_assert_panic_recover.go:42)	NOP
    66        00102 (type_assert_panic_recover.go:42)	PCDATA	$1, $-1
    66        00102 (type_assert_panic_recover.go:42)	PCDATA	$0, $-2
    66        00102 (type_assert_panic_recover.go:42)	CALL	runtime.morestack(SB)
    6b        00107 (type_assert_panic_recover.go:42)	PCDATA	$0, $-1
    6b        00107 (type_assert_panic_recover.go:42)	JMP	0
    6d done
wrote 3 bytes to 0x0
 00 6d 00
funcpctab main.main.func7 [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:39)	TEXT	main.main.func7(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (type_assert_panic_recover.go:39)	TEXT	main.main.func7(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (type_assert_panic_recover.go:39)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:39)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:39)	JLS	108
     6        00006 (type_assert_panic_recover.go:39)	PCDATA	$0, $-1
     6        00006 (type_assert_panic_recover.go:39)	PUSHQ	BP
     7        00007 (type_assert_panic_recover.go:39)	MOVQ	SP, BP
     a        00010 (type_assert_panic_recover.go:39)	SUBQ	$24, SP
     e        00014 (type_assert_panic_recover.go:39)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:39)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:39)	MOVQ	8(DX), CX
    12        00018 (type_assert_panic_recover.go:39)	TESTQ	CX, CX
    15        00021 (type_assert_panic_recover.go:39)	JEQ	95
    17        00023 (type_assert_panic_recover.go:39)	MOVQ	8(CX), BX
    1b        00027 (type_assert_panic_recover.go:39)	MOVQ	main..typeAssert.2(SB), DX
    22        00034 (type_assert_panic_recover.go:39)	MOVQ	(DX), SI
    25        00037 (type_assert_panic_recover.go:39)	MOVL	16(CX), CX
    28        00040 (type_assert_panic_recover.go:39)	JMP	45
    2a        00042 (type_assert_panic_recover.go:39)	MOVQ	DI, CX
    2d        00045 (type_assert_panic_recover.go:39)	MOVQ	CX, DI
    30        00048 (type_assert_panic_recover.go:39)	ANDQ	SI, CX
    33        00051 (type_assert_panic_recover.go:39)	SHLQ	$4, CX
    37        00055 (type_assert_panic_recover.go:39)	MOVQ	8(CX)(DX*1), CX
    3c        00060 (type_assert_panic_recover.go:39)	NOP
    40        00064 (type_assert_panic_recover.go:39)	CMPQ	CX, BX
    43        00067 (type_assert_panic_recover.go:39)	JEQ	89
    45        00069 (type_assert_panic_recover.go:39)	INCQ	DI
    48        00072 (type_assert_panic_recover.go:39)	TESTQ	CX, CX
    4b        00075 (type_assert_panic_recover.go:39)	JNE	42
    4d        00077 (type_assert_panic_recover.go:39)	LEAQ	main..typeAssert.2(SB), AX
    54        00084 (type_assert_panic_recover.go:39)	PCDATA	$1, $0
    54        00084 (type_assert_panic_recover.go:39)	CALL	runtime.typeAssert(SB)
    59        00089 (type_assert_panic_recover.go:39)	ADDQ	$24, SP
    5d        00093 (type_assert_panic_recover.go:39)	POPQ	BP
    5e        00094 (type_assert_panic_recover.go:39)	RET
    5f        00095 (type_assert_panic_recover.go:39)	LEAQ	type:main.Named(SB), AX
    66        00102 (type_assert_panic_recover.go:39)	CALL	runtime.panicnildottype(SB)
    6b        00107 (type_assert_panic_recover.go:39)	XCHGL	AX, AX
    6c        00108 (type_assert_panic_recover.go:39)	NOP
    6c        00108 (type_assert_panic_recover.go:39)	PCDATA	$1, $-1
    6c        00108 (type_assert_panic_recover.go:39)	PCDATA	$0, $-2
    6c        00108 (type_assert_panic_recover.go:39)	CALL	runtime.morestack(SB)
    71        00113 (type_assert_panic_recover.go:39)	PCDATA	$0, $-1
    71        00113 (type_assert_panic_recover.go:39)	JMP	0
    73 done
wrote 3 bytes to 0x0
 00 73 00
funcpctab main.main.func6 [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:38)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (type_assert_panic_recover.go:38)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (type_assert_panic_recover.go:38)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:38)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:38)	JLS	56
     6        00006 (type_assert_panic_recover.go:38)	PCDATA	$0, $-1
     6        00006 (type_assert_panic_recover.go:38)	PUSHQ	BP
     7        00007 (type_assert_panic_recover.go:38)	MOVQ	SP, BP
     a        00010 (type_assert_panic_recover.go:38)	SUBQ	$24, SP
     e        00014 (type_assert_panic_recover.go:38)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:38)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:38)	MOVQ	8(DX), AX
    12        00018 (type_assert_panic_recover.go:38)	LEAQ	go:itab.main.Box,main.Shape(SB), DX
    19        00025 (type_assert_panic_recover.go:38)	CMPQ	AX, DX
    1c        00028 (type_assert_panic_recover.go:38)	JNE	36
    1e        00030 (type_assert_panic_recover.go:38)	ADDQ	$24, SP
    22        00034 (type_assert_panic_recover.go:38)	POPQ	BP
    23        00035 (type_assert_panic_recover.go:38)	RET
    24        00036 (type_assert_panic_recover.go:38)	LEAQ	type:main.Box(SB), BX
    2b        00043 (type_assert_panic_recover.go:38)	LEAQ	type:main.Shape(SB), CX
    32        00050 (type_assert_panic_recover.go:38)	PCDATA	$1, $0
    32        00050 (type_assert_panic_recover.go:38)	CALL	runtime.panicdottypeI(SB)
    37        00055 (type_assert_panic_recover.go:38)	XCHGL	AX, AX
    38        00056 (type_assert_panic_recover.go:38)	NOP
    38        00056 (type_assert_panic_recover.go:38)	PCDATA	$1, $-1
    38        00056 (type_assert_panic_recover.go:38)	PCDATA	$0, $-2
    38        00056 (type_assert_panic_recover.go:38)	CALL	runtime.morestack(SB)
    3d        00061 (type_assert_panic_recover.go:38)	PCDATA	$0, $-1
    3d        00061 (type_assert_panic_recover.go:38)	JMP	0
    3f done
wrote 3 bytes to 0x0
 00 3f 00
funcpctab main.main.func5 [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:35)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (type_assert_panic_recover.go:35)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (type_assert_panic_recover.go:35)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:35)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:35)	JLS	56
     6        00006 (type_assert_panic_recover.go:35)	PCDATA	$0, $-1
     6        00006 (type_assert_panic_recover.go:35)	PUSHQ	BP
     7        00007 (type_assert_panic_recover.go:35)	MOVQ	SP, BP
     a        00010 (type_assert_panic_recover.go:35)	SUBQ	$24, SP
     e        00014 (type_assert_panic_recover.go:35)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:35)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:35)	MOVQ	8(DX), AX
    12        00018 (type_assert_panic_recover.go:35)	LEAQ	go:itab.*main.Box,main.Shape(SB), DX
    19        00025 (type_assert_panic_recover.go:35)	CMPQ	AX, DX
    1c        00028 (type_assert_panic_recover.go:35)	JNE	36
    1e        00030 (type_assert_panic_recover.go:35)	ADDQ	$24, SP
    22        00034 (type_assert_panic_recover.go:35)	POPQ	BP
    23        00035 (type_assert_panic_recover.go:35)	RET
    24        00036 (type_assert_panic_recover.go:35)	LEAQ	type:*main.Box(SB), BX
    2b        00043 (type_assert_panic_recover.go:35)	LEAQ	type:main.Shape(SB), CX
    32        00050 (type_assert_panic_recover.go:35)	PCDATA	$1, $0
    32        00050 (type_assert_panic_recover.go:35)	CALL	runtime.panicdottypeI(SB)
    37        00055 (type_assert_panic_recover.go:35)	XCHGL	AX, AX
    38        00056 (type_assert_panic_recover.go:35)	NOP
    38        00056 (type_assert_panic_recover.go:35)	PCDATA	$1, $-1
    38        00056 (type_assert_panic_recover.go:35)	PCDATA	$0, $-2
    38        00056 (type_assert_panic_recover.go:35)	CALL	runtime.morestack(SB)
    3d        00061 (type_assert_panic_recover.go:35)	PCDATA	$0, $-1
    3d        00061 (type_assert_panic_recover.go:35)	JMP	0
    3f done
wrote 3 bytes to 0x0
 00 3f 00
funcpctab main.main.func4 [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:34)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $40-0
     0        00000 (type_assert_panic_recover.go:34)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $40-0
     0     -1 00000 (type_assert_panic_recover.go:34)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:34)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:34)	JLS	95
     6        00006 (type_assert_panic_recover.go:34)	PCDATA	$0, $-1
     6        00006 (type_assert_panic_recover.go:34)	PUSHQ	BP
     7        00007 (type_assert_panic_recover.go:34)	MOVQ	SP, BP
     a        00010 (type_assert_panic_recover.go:34)	SUBQ	$32, SP
     e        00014 (type_assert_panic_recover.go:34)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:34)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:34)	MOVQ	8(DX), AX
    12        00018 (type_assert_panic_recover.go:34)	LEAQ	go:itab.main.Box,main.Shape(SB), SI
    19        00025 (type_assert_panic_recover.go:34)	CMPQ	AX, SI
    1c        00028 (type_assert_panic_recover.go:34)	JNE	75
    1e        00030 (type_assert_panic_recover.go:34)	MOVQ	16(DX), AX
    22        00034 (type_assert_panic_recover.go:34)	MOVQ	(AX), AX
    25        00037 (type_assert_panic_recover.go:34)	MOVQ	AX, main..autotmp_5+24(SP)
    2a        00042 (type_assert_panic_recover.go:34)	PCDATA	$1, $0
    2a        00042 (type_assert_panic_recover.go:34)	CALL	runtime.printlock(SB)
    2f        00047 (type_assert_panic_recover.go:34)	MOVQ	main..autotmp_5+24(SP), AX
    34        00052 (type_assert_panic_recover.go:34)	CALL	runtime.printint(SB)
    39        00057 (type_assert_panic_recover.go:34)	CALL	runtime.printnl(SB)
    3e        00062 (type_assert_panic_recover.go:34)	NOP
    40        00064 (type_assert_panic_recover.go:34)	CALL	runtime.printunlock(SB)
    45        00069 (type_assert_panic_recover.go:34)	ADDQ	$32, SP
    49        00073 (type_assert_panic_recover.go:34)	POPQ	BP
    4a        00074 (type_assert_panic_recover.go:34)	RET
    4b        00075 (type_assert_panic_recover.go:34)	LEAQ	type:main.Box(SB), BX
    52        00082 (type_assert_panic_recover.go:34)	LEAQ	type:main.Shape(SB), CX
    59        00089 (type_assert_panic_recover.go:34)	CALL	runtime.panicdottypeI(SB)
    5e        00094 (type_assert_panic_recover.go:34)	XCHGL	AX, AX
    5f        00095 (type_assert_panic_recover.go:34)	NOP
    5f        00095 (type_assert_panic_recover.go:34)	PCDATA	$1, $-1
    5f        00095 (type_assert_panic_recover.go:34)	PCDATA	$0, $-2
    5f        00095 (type_assert_panic_recover.go:34)	NOP
    60        00096 (type_assert_panic_recover.go:34)	CALL	runtime.morestack(SB)
    65        00101 (type_assert_panic_recover.go:34)	PCDATA	$0, $-1
    65        00101 (type_assert_panic_recover.go:34)	JMP	0
    67 done
wrote 3 bytes to 0x0
 00 67 00
funcpctab main.main.func3 [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:33)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (type_assert_panic_recover.go:33)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (type_assert_panic_recover.go:33)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:33)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:33)	JLS	108
     6        00006 (type_assert_panic_recover.go:33)	PCDATA	$0, $-1
     6        00006 (type_assert_panic_recover.go:33)	PUSHQ	BP
     7        00007 (type_assert_panic_recover.go:33)	MOVQ	SP, BP
     a        00010 (type_assert_panic_recover.go:33)	SUBQ	$24, SP
     e        00014 (type_assert_panic_recover.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:33)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:33)	MOVQ	8(DX), CX
    12        00018 (type_assert_panic_recover.go:33)	TESTQ	CX, CX
    15        00021 (type_assert_panic_recover.go:33)	JEQ	95
    17        00023 (type_assert_panic_recover.go:33)	MOVQ	8(CX), BX
    1b        00027 (type_assert_panic_recover.go:33)	MOVQ	main..typeAssert.3(SB), DX
    22        00034 (type_assert_panic_recover.go:33)	MOVQ	(DX), SI
    25        00037 (type_assert_panic_recover.go:33)	MOVL	16(CX), CX
    28        00040 (type_assert_panic_recover.go:33)	JMP	45
    2a        00042 (type_assert_panic_recover.go:33)	MOVQ	DI, CX
    2d        00045 (type_assert_panic_recover.go:33)	MOVQ	CX, DI
    30        00048 (type_assert_panic_recover.go:33)	ANDQ	SI, CX
    33        00051 (type_assert_panic_recover.go:33)	SHLQ	$4, CX
    37        00055 (type_assert_panic_recover.go:33)	MOVQ	8(CX)(DX*1), CX
    3c        00060 (type_assert_panic_recover.go:33)	NOP
    40        00064 (type_assert_panic_recover.go:33)	CMPQ	CX, BX
    43        00067 (type_assert_panic_recover.go:33)	JEQ	89
    45        00069 (type_assert_panic_recover.go:33)	INCQ	DI
    48        00072 (type_assert_panic_recover.go:33)	TESTQ	CX, CX
    4b        00075 (type_assert_panic_recover.go:33)	JNE	42
    4d        00077 (type_assert_panic_recover.go:33)	LEAQ	main..typeAssert.3(SB), AX
    54        00084 (type_assert_panic_recover.go:33)	PCDATA	$1, $0
    54        00084 (type_assert_panic_recover.go:33)	CALL	runtime.typeAssert(SB)
    59        00089 (type_assert_panic_recover.go:33)	ADDQ	$24, SP
    5d        00093 (type_assert_panic_recover.go:33)	POPQ	BP
    5e        00094 (type_assert_panic_recover.go:33)	RET
    5f        00095 (type_assert_panic_recover.go:33)	LEAQ	type:main.Named(SB), AX
    66        00102 (type_assert_panic_recover.go:33)	CALL	runtime.panicnildottype(SB)
    6b        00107 (type_assert_panic_recover.go:33)	XCHGL	AX, AX
    6c        00108 (type_assert_panic_recover.go:33)	NOP
    6c        00108 (type_assert_panic_recover.go:33)	PCDATA	$1, $-1
    6c        00108 (type_assert_panic_recover.go:33)	PCDATA	$0, $-2
    6c        00108 (type_assert_panic_recover.go:33)	CALL	runtime.morestack(SB)
    71        00113 (type_assert_panic_recover.go:33)	PCDATA	$0, $-1
    71        00113 (type_assert_panic_recover.go:33)	JMP	0
    73 done
wrote 3 bytes to 0x0
 00 73 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:30)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $48-0
     0        00000 (type_assert_panic_recover.go:30)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $48-0
     0     -1 00000 (type_assert_panic_recover.go:30)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:30)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:30)	JLS	102
     6        00006 (type_assert_panic_recover.go:30)	PCDATA	$0, $-1
     6        00006 (type_assert_panic_recover.go:30)	PUSHQ	BP
     7        00007 (type_assert_panic_recover.go:30)	MOVQ	SP, BP
     a        00010 (type_assert_panic_recover.go:30)	SUBQ	$40, SP
     e        00014 (type_assert_panic_recover.go:30)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (type_assert_panic_recover.go:30)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (type_assert_panic_recover.go:30)	MOVQ	8(DX), AX
    12        00018 (type_assert_panic_recover.go:30)	LEAQ	type:string(SB), BX
    19        00025 (type_assert_panic_recover.go:30)	CMPQ	AX, BX
    1c        00028 (type_assert_panic_recover.go:30)	JNE	87
    1e        00030 (type_assert_panic_recover.go:30)	MOVQ	16(DX), AX
    22        00034 (type_assert_panic_recover.go:30)	MOVQ	(AX), CX
    25        00037 (type_assert_panic_recover.go:30)	MOVQ	CX, main..autotmp_4+32(SP)
    2a        00042 (type_assert_panic_recover.go:30)	MOVQ	8(AX), AX
    2e        00046 (type_assert_panic_recover.go:30)	MOVQ	AX, main..autotmp_5+24(SP)
    33        00051 (type_assert_panic_recover.go:30)	PCDATA	$1, $1
    33        00051 (type_assert_panic_recover.go:30)	CALL	runtime.printlock(SB)
    38        00056 (type_assert_panic_recover.go:30)	MOVQ	main..autotmp_4+32(SP), AX
    3d        00061 (type_assert_panic_recover.go:30)	MOVQ	main..autotmp_5+24(SP), BX
    42        00066 (type_assert_panic_recover.go:30)	PCDATA	$1, $0
    42        00066 (type_assert_panic_recover.go:30)	CALL	runtime.printstring(SB)
    47        00071 (type_assert_panic_recover.go:30)	CALL	runtime.printnl(SB)
    4c        00076 (type_assert_panic_recover.go:30)	CALL	runtime.printunlock(SB)
    51        00081 (type_assert_panic_recover.go:30)	ADDQ	$40, SP
    55        00085 (type_assert_panic_recover.go:30)	POPQ	BP
    56        00086 (type_assert_panic_recover.go:30)	RET
    57        00087 (type_assert_panic_recover.go:30)	LEAQ	type:interface {}(SB), CX
    5e        00094 (type_assert_panic_recover.go:30)	NOP
    60        00096 (type_assert_panic_recover.go:30)	CALL	runtime.panicdottypeE(SB)
    65        00101 (type_assert_panic_recover.go:30)	XCHGL	AX, AX
    66        00102 (type_assert_panic_recover.go:30)	NOP
    66        00102 (type_assert_panic_recover.go:30)	PCDATA	$1, $-1
    66        00102 (type_assert_panic_recover.go:30)	PCDATA	$0, $-2
    66        00102 (type_assert_panic_recover.go:30)	CALL	runtime.morestack(SB)
    6b        00107 (type_assert_panic_recover.go:30)	PCDATA	$0, $-1
    6b        00107 (type_assert_panic_recover.go:30)	JMP	0
    6d done
wrote 3 bytes to 0x0
 00 6d 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:29)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (type_assert_panic_recover.go:29)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (type_assert_panic_recover.go:29)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:29)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:29)	JLS	49
     6        00006 (type_assert_panic_recover.go:29)	PCDATA	$0, $-1
     6        00006 (type_assert_panic_recover.go:29)	PUSHQ	BP
     7        00007 (type_assert_panic_recover.go:29)	MOVQ	SP, BP
     a        00010 (type_assert_panic_recover.go:29)	SUBQ	$24, SP
     e        00014 (type_assert_panic_recover.go:29)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:29)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:29)	MOVQ	8(DX), AX
    12        00018 (type_assert_panic_recover.go:29)	LEAQ	type:int(SB), BX
    19        00025 (type_assert_panic_recover.go:29)	CMPQ	AX, BX
    1c        00028 (type_assert_panic_recover.go:29)	JNE	36
    1e        00030 (type_assert_panic_recover.go:29)	ADDQ	$24, SP
    22        00034 (type_assert_panic_recover.go:29)	POPQ	BP
    23        00035 (type_assert_panic_recover.go:29)	RET
    24        00036 (type_assert_panic_recover.go:29)	LEAQ	type:interface {}(SB), CX
    2b        00043 (type_assert_panic_recover.go:29)	PCDATA	$1, $0
    2b        00043 (type_assert_panic_recover.go:29)	CALL	runtime.panicdottypeE(SB)
    30        00048 (type_assert_panic_recover.go:29)	XCHGL	AX, AX
    31        00049 (type_assert_panic_recover.go:29)	NOP
    31        00049 (type_assert_panic_recover.go:29)	PCDATA	$1, $-1
    31        00049 (type_assert_panic_recover.go:29)	PCDATA	$0, $-2
    31        00049 (type_assert_panic_recover.go:29)	CALL	runtime.morestack(SB)
    36        00054 (type_assert_panic_recover.go:29)	PCDATA	$0, $-1
    36        00054 (type_assert_panic_recover.go:29)	JMP	0
    38 done
wrote 3 bytes to 0x0
 00 38 00
funcpctab main.(*Box).Area [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Box).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Box).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Box).Area.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Box).Area.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	18
     9        00009 (<autogenerated>:1)	MOVQ	(AX), AX
     c      0 00012 (<autogenerated>:1)	IMULQ	AX, AX
    10        00016 (<unknown line number>)	NOP
    10     -1 00016 (<autogenerated>:1)	POPQ	BP
    11        00017 (<autogenerated>:1)	RET
    12        00018 (<autogenerated>:1)	PCDATA	$1, $1
    12        00018 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    17        00023 (<autogenerated>:1)	XCHGL	AX, AX
    18 done
wrote 7 bytes to 0x0
 00 0c 02 04 01 08 00
-- inlining tree for main.(*Box).Area:
0 | -1 | main.Box.Area (<autogenerated>:1) pc=4
--
funcpctab main.main.func9 [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:43)	TEXT	main.main.func9(SB), ABIInternal, $32-0
     0        00000 (type_assert_panic_recover.go:43)	TEXT	main.main.func9(SB), ABIInternal, $32-0
     0     -1 00000 (type_assert_panic_recover.go:43)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:43)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:43)	JLS	41
     6        00006 (type_assert_panic_recover.go:43)	PCDATA	$0, $-1
     6        00006 (type_assert_panic_recover.go:43)	PUSHQ	BP
     7        00007 (type_assert_panic_recover.go:43)	MOVQ	SP, BP
     a        00010 (type_assert_panic_recover.go:43)	SUBQ	$24, SP
     e        00014 (type_assert_panic_recover.go:43)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:43)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (type_assert_panic_recover.go:43)	LEAQ	type:int(SB), AX
    15        00021 (type_assert_panic_recover.go:43)	LEAQ	type:float64(SB), BX
    1c        00028 (type_assert_panic_recover.go:43)	LEAQ	type:interface {}(SB), CX
    23        00035 (type_assert_panic_recover.go:43)	PCDATA	$1, $0
    23        00035 (type_assert_panic_recover.go:43)	CALL	runtime.panicdottypeE(SB)
    28        00040 (type_assert_panic_recover.go:43)	XCHGL	AX, AX
    29        00041 (type_assert_panic_recover.go:43)	NOP
    29        00041 (type_assert_panic_recover.go:43)	PCDATA	$1, $-1
    29        00041 (type_assert_panic_recover.go:43)	PCDATA	$0, $-2
    29        00041 (type_assert_panic_recover.go:43)	CALL	runtime.morestack_noctxt(SB)
    2e        00046 (type_assert_panic_recover.go:43)	PCDATA	$0, $-1
    2e        00046 (type_assert_panic_recover.go:43)	JMP	0
    30 done
wrote 3 bytes to 0x0
 00 30 00
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
funcpctab main.Named.Name [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Named.Name(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Named.Name(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	40
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$8, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Named.Name.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Named.Name.argliveinfo(SB)
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
funcpctab main.Shape.Area [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	40
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$8, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Area.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Area.argliveinfo(SB)
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
funcpctab main.try [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:13)	TEXT	main.try(SB), ABIInternal, $48-24
     0        00000 (type_assert_panic_recover.go:13)	TEXT	main.try(SB), ABIInternal, $48-24
     0     -1 00000 (type_assert_panic_recover.go:13)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:13)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:13)	JLS	108
     6        00006 (type_assert_panic_recover.go:13)	PCDATA	$0, $-1
     6        00006 (type_assert_panic_recover.go:13)	PUSHQ	BP
     7        00007 (type_assert_panic_recover.go:13)	MOVQ	SP, BP
     a        00010 (type_assert_panic_recover.go:13)	SUBQ	$40, SP
     e        00014 (type_assert_panic_recover.go:13)	MOVQ	AX, main.label+56(FP)
    13        00019 (type_assert_panic_recover.go:13)	MOVQ	X15, 32(SP)
    1a        00026 (type_assert_panic_recover.go:13)	FUNCDATA	$0, gclocals·itaneJMpbAudh9zNu5JnHA==(SB)
    1a        00026 (type_assert_panic_recover.go:13)	FUNCDATA	$1, gclocals·yRSFT8nx6Snl7YO719L3pw==(SB)
    1a        00026 (type_assert_panic_recover.go:13)	FUNCDATA	$2, main.try.stkobj(SB)
    1a        00026 (type_assert_panic_recover.go:13)	FUNCDATA	$5, main.try.arginfo1(SB)
    1a        00026 (type_assert_panic_recover.go:13)	FUNCDATA	$6, main.try.argliveinfo(SB)
    1a        00026 (type_assert_panic_recover.go:13)	FUNCDATA	$4, main.try.opendefer(SB)
    1a        00026 (type_assert_panic_recover.go:13)	PCDATA	$3, $1
    1a        00026 (type_assert_panic_recover.go:13)	MOVB	$0, main..autotmp_4+7(SP)
    1f        00031 (type_assert_panic_recover.go:14)	LEAQ	main.try.func1(SB), SI
    26        00038 (type_assert_panic_recover.go:14)	MOVQ	SI, main..autotmp_3+8(SP)
    2b        00043 (type_assert_panic_recover.go:14)	MOVQ	BX, main..autotmp_3+24(SP)
    30        00048 (type_assert_panic_recover.go:14)	MOVQ	AX, main..autotmp_3+16(SP)
    35        00053 (type_assert_panic_recover.go:14)	LEAQ	main..autotmp_3+8(SP), AX
    3a        00058 (type_assert_panic_recover.go:14)	MOVQ	AX, main..autotmp_5+32(SP)
    3f        00063 (type_assert_panic_recover.go:14)	MOVB	$1, main..autotmp_4+7(SP)
    44        00068 (type_assert_panic_recover.go:24)	MOVQ	(CX), AX
    47        00071 (type_assert_panic_recover.go:24)	MOVQ	CX, DX
    4a        00074 (type_assert_panic_recover.go:24)	PCDATA	$1, $1
    4a        00074 (type_assert_panic_recover.go:24)	CALL	AX
    4c        00076 (type_assert_panic_recover.go:25)	MOVB	$0, main..autotmp_4+7(SP)
    51        00081 (type_assert_panic_recover.go:25)	MOVQ	main..autotmp_5+32(SP), DX
    56        00086 (type_assert_panic_recover.go:25)	MOVQ	(DX), AX
    59        00089 (type_assert_panic_recover.go:25)	CALL	AX
    5b        00091 (type_assert_panic_recover.go:25)	ADDQ	$40, SP
    5f        00095 (type_assert_panic_recover.go:25)	POPQ	BP
    60        00096 (type_assert_panic_recover.go:25)	RET
    61        00097 (type_assert_panic_recover.go:25)	CALL	runtime.deferreturn(SB)
    66        00102 (type_assert_panic_recover.go:25)	ADDQ	$40, SP
    6a        00106 (type_assert_panic_recover.go:25)	POPQ	BP
    6b        00107 (type_assert_panic_recover.go:25)	RET
    6c        00108 (type_assert_panic_recover.go:25)	NOP
    6c        00108 (type_assert_panic_recover.go:13)	PCDATA	$1, $-1
    6c        00108 (type_assert_panic_recover.go:13)	PCDATA	$0, $-2
    6c        00108 (type_assert_panic_recover.go:13)	MOVQ	AX, 8(SP)
    71        00113 (type_assert_panic_recover.go:13)	MOVQ	BX, 16(SP)
    76        00118 (type_assert_panic_recover.go:13)	MOVQ	CX, 24(SP)
    7b        00123 (type_assert_panic_recover.go:13)	NOP
    80        00128 (type_assert_panic_recover.go:13)	CALL	runtime.morestack_noctxt(SB)
    85        00133 (type_assert_panic_recover.go:13)	PCDATA	$0, $-1
    85        00133 (type_assert_panic_recover.go:13)	MOVQ	8(SP), AX
    8a        00138 (type_assert_panic_recover.go:13)	MOVQ	16(SP), BX
    8f        00143 (type_assert_panic_recover.go:13)	MOVQ	24(SP), CX
    94        00148 (type_assert_panic_recover.go:13)	JMP	0
    99 done
wrote 4 bytes to 0x0
 00 99 01 00
funcpctab main.try.func1 [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:14)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $80-0
     0        00000 (type_assert_panic_recover.go:14)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $80-0
     0     -1 00000 (type_assert_panic_recover.go:14)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_panic_recover.go:14)	PCDATA	$0, $-2
     4        00004 (type_assert_panic_recover.go:14)	JLS	357
     a        00010 (type_assert_panic_recover.go:14)	PCDATA	$0, $-1
     a        00010 (type_assert_panic_recover.go:14)	PUSHQ	BP
     b        00011 (type_assert_panic_recover.go:14)	MOVQ	SP, BP
     e        00014 (type_assert_panic_recover.go:14)	SUBQ	$72, SP
    12        00018 (type_assert_panic_recover.go:14)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
    12        00018 (type_assert_panic_recover.go:14)	FUNCDATA	$1, gclocals·lVFAk+px1WDZq7CxWzeXwg==(SB)
    12        00018 (type_assert_panic_recover.go:14)	MOVQ	8(DX), AX
    16        00022 (type_assert_panic_recover.go:14)	MOVQ	AX, main.label.ptr+56(SP)
    1b        00027 (type_assert_panic_recover.go:14)	MOVQ	16(DX), AX
    1f        00031 (type_assert_panic_recover.go:14)	MOVQ	AX, main.label.len+32(SP)
    24        00036 (type_assert_panic_recover.go:15)	PCDATA	$1, $1
    24        00036 (type_assert_panic_recover.go:15)	CALL	runtime.gorecover(SB)
    29        00041 (type_assert_panic_recover.go:16)	TESTQ	AX, AX
    2c        00044 (type_assert_panic_recover.go:16)	JEQ	69
    2e        00046 (type_assert_panic_recover.go:16)	MOVQ	main..typeAssert.0(SB), CX
    35        00053 (type_assert_panic_recover.go:16)	MOVQ	(CX), DX
    38        00056 (type_assert_panic_recover.go:16)	MOVL	16(AX), SI
    3b        00059 (type_assert_panic_recover.go:16)	NOP
    40        00064 (type_assert_panic_recover.go:16)	JMP	267
    45        00069 (type_assert_panic_recover.go:15)	MOVQ	AX, CX
    48        00072 (type_assert_panic_recover.go:16)	TESTQ	AX, AX
    4b        00075 (type_assert_panic_recover.go:16)	JNE	177
    4d        00077 (type_assert_panic_recover.go:16)	TESTQ	CX, CX
    50        00080 (type_assert_panic_recover.go:18)	JEQ	133
    52        00082 (type_assert_panic_recover.go:19)	CALL	runtime.printlock(SB)
    57        00087 (type_assert_panic_recover.go:19)	MOVQ	main.label.ptr+56(SP), AX
    5c        00092 (type_assert_panic_recover.go:19)	MOVQ	main.label.len+32(SP), BX
    61        00097 (type_assert_panic_recover.go:19)	PCDATA	$1, $0
    61        00097 (type_assert_panic_recover.go:19)	CALL	runtime.printstring(SB)
    66        00102 (type_assert_panic_recover.go:19)	LEAQ	go:string." recovered non-error\n"(SB), AX
    6d        00109 (type_assert_panic_recover.go:19)	MOVL	$21, BX
    72        00114 (type_assert_panic_recover.go:19)	CALL	runtime.printstring(SB)
    77        00119 (type_assert_panic_recover.go:19)	CALL	runtime.printunlock(SB)
    7c        00124 (type_assert_panic_recover.go:19)	NOP
    80        00128 (type_assert_panic_recover.go:19)	JMP	261
    85        00133 (type_assert_panic_recover.go:21)	PCDATA	$1, $1
    85        00133 (type_assert_panic_recover.go:21)	CALL	runtime.printlock(SB)
    8a        00138 (type_assert_panic_recover.go:21)	MOVQ	main.label.ptr+56(SP), AX
    8f        00143 (type_assert_panic_recover.go:21)	MOVQ	main.label.len+32(SP), BX
    94        00148 (type_assert_panic_recover.go:21)	PCDATA	$1, $0
    94        00148 (type_assert_panic_recover.go:21)	CALL	runtime.printstring(SB)
    99        00153 (type_assert_panic_recover.go:21)	LEAQ	go:string." no panic\n"(SB), AX
    a0        00160 (type_assert_panic_recover.go:21)	MOVL	$10, BX
    a5        00165 (type_assert_panic_recover.go:21)	CALL	runtime.printstring(SB)
    aa        00170 (type_assert_panic_recover.go:21)	CALL	runtime.printunlock(SB)
    af        00175 (type_assert_panic_recover.go:21)	JMP	261
    b1        00177 (type_assert_panic_recover.go:17)	MOVQ	24(AX), CX
    b5        00181 (type_assert_panic_recover.go:17)	MOVQ	BX, AX
    b8        00184 (type_assert_panic_recover.go:17)	PCDATA	$1, $1
    b8        00184 (type_assert_panic_recover.go:17)	CALL	CX
    ba        00186 (type_assert_panic_recover.go:17)	MOVQ	AX, main..autotmp_15+64(SP)
    bf        00191 (type_assert_panic_recover.go:17)	MOVQ	BX, main..autotmp_16+40(SP)
    c4        00196 (type_assert_panic_recover.go:17)	PCDATA	$1, $2
    c4        00196 (type_assert_panic_recover.go:17)	CALL	runtime.printlock(SB)
    c9        00201 (type_assert_panic_recover.go:17)	MOVQ	main.label.ptr+56(SP), AX
    ce        00206 (type_assert_panic_recover.go:17)	MOVQ	main.label.len+32(SP), BX
    d3        00211 (type_assert_panic_recover.go:17)	PCDATA	$1, $3
    d3        00211 (type_assert_panic_recover.go:17)	CALL	runtime.printstring(SB)
    d8        00216 (type_assert_panic_recover.go:17)	LEAQ	go:string." recovered: "(SB), AX
    df        00223 (type_assert_panic_recover.go:17)	MOVL	$12, BX
    e4        00228 (type_assert_panic_recover.go:17)	CALL	runtime.printstring(SB)
    e9        00233 (type_assert_panic_recover.go:17)	MOVQ	main..autotmp_15+64(SP), AX
    ee        00238 (type_assert_panic_recover.go:17)	MOVQ	main..autotmp_16+40(SP), BX
    f3        00243 (type_assert_panic_recover.go:17)	PCDATA	$1, $0
    f3        00243 (type_assert_panic_recover.go:17)	CALL	runtime.printstring(SB)
    f8        00248 (type_assert_panic_recover.go:17)	CALL	runtime.printnl(SB)
    fd        00253 (type_assert_panic_recover.go:17)	NOP
   100        00256 (type_assert_panic_recover.go:17)	CALL	runtime.printunlock(SB)
   105        00261 (type_assert_panic_recover.go:23)	ADDQ	$72, SP
   109        00265 (type_assert_panic_recover.go:23)	POPQ	BP
   10a        00266 (type_assert_panic_recover.go:23)	RET
   10b        00267 (type_assert_panic_recover.go:16)	MOVQ	SI, DI
   10e        00270 (type_assert_panic_recover.go:16)	ANDQ	DX, SI
   111        00273 (type_assert_panic_recover.go:16)	SHLQ	$4, SI
   115        00277 (type_assert_panic_recover.go:16)	MOVQ	8(SI)(CX*1), R8
   11a        00282 (type_assert_panic_recover.go:16)	CMPQ	AX, R8
   11d        00285 (type_assert_panic_recover.go:16)	JEQ	340
   11f        00287 (type_assert_panic_recover.go:16)	LEAQ	1(DI), SI
   123        00291 (type_assert_panic_recover.go:16)	TESTQ	R8, R8
   126        00294 (type_assert_panic_recover.go:16)	JNE	267
   128        00296 (type_assert_panic_recover.go:15)	MOVQ	AX, main.r.type+24(SP)
   12d        00301 (type_assert_panic_recover.go:15)	MOVQ	BX, main.r.data+48(SP)
   132        00306 (type_assert_panic_recover.go:16)	MOVQ	AX, BX
   135        00309 (type_assert_panic_recover.go:16)	LEAQ	main..typeAssert.0(SB), AX
   13c        00316 (type_assert_panic_recover.go:16)	PCDATA	$1, $4
   13c        00316 (type_assert_panic_recover.go:16)	NOP
   140        00320 (type_assert_panic_recover.go:16)	CALL	runtime.typeAssert(SB)
   145        00325 (type_assert_panic_recover.go:16)	MOVQ	main.r.type+24(SP), CX
   14a        00330 (type_assert_panic_recover.go:17)	MOVQ	main.r.data+48(SP), BX
   14f        00335 (type_assert_panic_recover.go:16)	JMP	72
   154        00340 (type_assert_panic_recover.go:16)	MOVQ	16(SI)(CX*1), DX
   159        00345 (type_assert_panic_recover.go:16)	MOVQ	AX, CX
   15c        00348 (type_assert_panic_recover.go:16)	MOVQ	DX, AX
   15f        00351 (type_assert_panic_recover.go:16)	NOP
   160        00352 (type_assert_panic_recover.go:16)	JMP	72
   165        00357 (type_assert_panic_recover.go:16)	NOP
   165        00357 (type_assert_panic_recover.go:14)	PCDATA	$1, $-1
   165        00357 (type_assert_panic_recover.go:14)	PCDATA	$0, $-2
   165        00357 (type_assert_panic_recover.go:14)	CALL	runtime.morestack(SB)
   16a        00362 (type_assert_panic_recover.go:14)	PCDATA	$0, $-1
   16a        00362 (type_assert_panic_recover.go:14)	JMP	0
   16f done
wrote 4 bytes to 0x0
 00 ef 02 00
funcpctab main.Box.Area [valfunc=pctoinline]
     0     -1 00000 (type_assert_panic_recover.go:9)	TEXT	main.Box.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (type_assert_panic_recover.go:9)	TEXT	main.Box.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (type_assert_panic_recover.go:9)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (type_assert_panic_recover.go:9)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (type_assert_panic_recover.go:9)	FUNCDATA	$5, main.Box.Area.arginfo1(SB)
     0        00000 (type_assert_panic_recover.go:9)	FUNCDATA	$6, main.Box.Area.argliveinfo(SB)
     0        00000 (type_assert_panic_recover.go:9)	PCDATA	$3, $1
     0     -1 00000 (type_assert_panic_recover.go:9)	IMULQ	AX, AX
     4        00004 (type_assert_panic_recover.go:9)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
main.Box.Area STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:9)	TEXT	main.Box.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (type_assert_panic_recover.go:9)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (type_assert_panic_recover.go:9)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (type_assert_panic_recover.go:9)	FUNCDATA	$5, main.Box.Area.arginfo1(SB)
	0x0000 00000 (type_assert_panic_recover.go:9)	FUNCDATA	$6, main.Box.Area.argliveinfo(SB)
	0x0000 00000 (type_assert_panic_recover.go:9)	PCDATA	$3, $1
	0x0000 00000 (type_assert_panic_recover.go:9)	IMULQ	AX, AX
	0x0004 00004 (type_assert_panic_recover.go:9)	RET
	0x0000 48 0f af c0 c3                                   H....
main.try STEXT size=153 align=0x0 args=0x18 locals=0x30 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:13)	TEXT	main.try(SB), ABIInternal, $48-24
	0x0000 00000 (type_assert_panic_recover.go:13)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:13)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:13)	JLS	108
	0x0006 00006 (type_assert_panic_recover.go:13)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_panic_recover.go:13)	PUSHQ	BP
	0x0007 00007 (type_assert_panic_recover.go:13)	MOVQ	SP, BP
	0x000a 00010 (type_assert_panic_recover.go:13)	SUBQ	$40, SP
	0x000e 00014 (type_assert_panic_recover.go:13)	MOVQ	AX, main.label+56(FP)
	0x0013 00019 (type_assert_panic_recover.go:13)	MOVQ	X15, 32(SP)
	0x001a 00026 (type_assert_panic_recover.go:13)	FUNCDATA	$0, gclocals·itaneJMpbAudh9zNu5JnHA==(SB)
	0x001a 00026 (type_assert_panic_recover.go:13)	FUNCDATA	$1, gclocals·yRSFT8nx6Snl7YO719L3pw==(SB)
	0x001a 00026 (type_assert_panic_recover.go:13)	FUNCDATA	$2, main.try.stkobj(SB)
	0x001a 00026 (type_assert_panic_recover.go:13)	FUNCDATA	$5, main.try.arginfo1(SB)
	0x001a 00026 (type_assert_panic_recover.go:13)	FUNCDATA	$6, main.try.argliveinfo(SB)
	0x001a 00026 (type_assert_panic_recover.go:13)	FUNCDATA	$4, main.try.opendefer(SB)
	0x001a 00026 (type_assert_panic_recover.go:13)	PCDATA	$3, $1
	0x001a 00026 (type_assert_panic_recover.go:13)	MOVB	$0, main..autotmp_4+7(SP)
	0x001f 00031 (type_assert_panic_recover.go:14)	LEAQ	main.try.func1(SB), SI
	0x0026 00038 (type_assert_panic_recover.go:14)	MOVQ	SI, main..autotmp_3+8(SP)
	0x002b 00043 (type_assert_panic_recover.go:14)	MOVQ	BX, main..autotmp_3+24(SP)
	0x0030 00048 (type_assert_panic_recover.go:14)	MOVQ	AX, main..autotmp_3+16(SP)
	0x0035 00053 (type_assert_panic_recover.go:14)	LEAQ	main..autotmp_3+8(SP), AX
	0x003a 00058 (type_assert_panic_recover.go:14)	MOVQ	AX, main..autotmp_5+32(SP)
	0x003f 00063 (type_assert_panic_recover.go:14)	MOVB	$1, main..autotmp_4+7(SP)
	0x0044 00068 (type_assert_panic_recover.go:24)	MOVQ	(CX), AX
	0x0047 00071 (type_assert_panic_recover.go:24)	MOVQ	CX, DX
	0x004a 00074 (type_assert_panic_recover.go:24)	PCDATA	$1, $1
	0x004a 00074 (type_assert_panic_recover.go:24)	CALL	AX
	0x004c 00076 (type_assert_panic_recover.go:25)	MOVB	$0, main..autotmp_4+7(SP)
	0x0051 00081 (type_assert_panic_recover.go:25)	MOVQ	main..autotmp_5+32(SP), DX
	0x0056 00086 (type_assert_panic_recover.go:25)	MOVQ	(DX), AX
	0x0059 00089 (type_assert_panic_recover.go:25)	CALL	AX
	0x005b 00091 (type_assert_panic_recover.go:25)	ADDQ	$40, SP
	0x005f 00095 (type_assert_panic_recover.go:25)	POPQ	BP
	0x0060 00096 (type_assert_panic_recover.go:25)	RET
	0x0061 00097 (type_assert_panic_recover.go:25)	CALL	runtime.deferreturn(SB)
	0x0066 00102 (type_assert_panic_recover.go:25)	ADDQ	$40, SP
	0x006a 00106 (type_assert_panic_recover.go:25)	POPQ	BP
	0x006b 00107 (type_assert_panic_recover.go:25)	RET
	0x006c 00108 (type_assert_panic_recover.go:25)	NOP
	0x006c 00108 (type_assert_panic_recover.go:13)	PCDATA	$1, $-1
	0x006c 00108 (type_assert_panic_recover.go:13)	PCDATA	$0, $-2
	0x006c 00108 (type_assert_panic_recover.go:13)	MOVQ	AX, 8(SP)
	0x0071 00113 (type_assert_panic_recover.go:13)	MOVQ	BX, 16(SP)
	0x0076 00118 (type_assert_panic_recover.go:13)	MOVQ	CX, 24(SP)
	0x007b 00123 (type_assert_panic_recover.go:13)	NOP
	0x0080 00128 (type_assert_panic_recover.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (type_assert_panic_recover.go:13)	PCDATA	$0, $-1
	0x0085 00133 (type_assert_panic_recover.go:13)	MOVQ	8(SP), AX
	0x008a 00138 (type_assert_panic_recover.go:13)	MOVQ	16(SP), BX
	0x008f 00143 (type_assert_panic_recover.go:13)	MOVQ	24(SP), CX
	0x0094 00148 (type_assert_panic_recover.go:13)	JMP	0
	0x0000 49 3b 66 10 76 66 55 48 89 e5 48 83 ec 28 48 89  I;f.vfUH..H..(H.
	0x0010 44 24 38 66 44 0f d6 7c 24 20 c6 44 24 07 00 48  D$8fD..|$ .D$..H
	0x0020 8d 35 00 00 00 00 48 89 74 24 08 48 89 5c 24 18  .5....H.t$.H.\$.
	0x0030 48 89 44 24 10 48 8d 44 24 08 48 89 44 24 20 c6  H.D$.H.D$.H.D$ .
	0x0040 44 24 07 01 48 8b 01 48 89 ca ff d0 c6 44 24 07  D$..H..H.....D$.
	0x0050 00 48 8b 54 24 20 48 8b 02 ff d0 48 83 c4 28 5d  .H.T$ H....H..(]
	0x0060 c3 e8 00 00 00 00 48 83 c4 28 5d c3 48 89 44 24  ......H..(].H.D$
	0x0070 08 48 89 5c 24 10 48 89 4c 24 18 0f 1f 44 00 00  .H.\$.H.L$...D..
	0x0080 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x0090 8b 4c 24 18 e9 67 ff ff ff                       .L$..g...
	rel 34+4 t=R_PCREL main.try.func1+0
	rel 74+0 t=R_CALLIND +0
	rel 89+0 t=R_CALLIND +0
	rel 98+4 t=R_CALL runtime.deferreturn+0
	rel 129+4 t=R_CALL runtime.morestack_noctxt+0
main.try.func1 STEXT size=367 align=0x0 args=0x0 locals=0x50 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:14)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $80-0
	0x0000 00000 (type_assert_panic_recover.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:14)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:14)	JLS	357
	0x000a 00010 (type_assert_panic_recover.go:14)	PCDATA	$0, $-1
	0x000a 00010 (type_assert_panic_recover.go:14)	PUSHQ	BP
	0x000b 00011 (type_assert_panic_recover.go:14)	MOVQ	SP, BP
	0x000e 00014 (type_assert_panic_recover.go:14)	SUBQ	$72, SP
	0x0012 00018 (type_assert_panic_recover.go:14)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x0012 00018 (type_assert_panic_recover.go:14)	FUNCDATA	$1, gclocals·lVFAk+px1WDZq7CxWzeXwg==(SB)
	0x0012 00018 (type_assert_panic_recover.go:14)	MOVQ	8(DX), AX
	0x0016 00022 (type_assert_panic_recover.go:14)	MOVQ	AX, main.label.ptr+56(SP)
	0x001b 00027 (type_assert_panic_recover.go:14)	MOVQ	16(DX), AX
	0x001f 00031 (type_assert_panic_recover.go:14)	MOVQ	AX, main.label.len+32(SP)
	0x0024 00036 (type_assert_panic_recover.go:15)	PCDATA	$1, $1
	0x0024 00036 (type_assert_panic_recover.go:15)	CALL	runtime.gorecover(SB)
	0x0029 00041 (type_assert_panic_recover.go:16)	TESTQ	AX, AX
	0x002c 00044 (type_assert_panic_recover.go:16)	JEQ	69
	0x002e 00046 (type_assert_panic_recover.go:16)	MOVQ	main..typeAssert.0(SB), CX
	0x0035 00053 (type_assert_panic_recover.go:16)	MOVQ	(CX), DX
	0x0038 00056 (type_assert_panic_recover.go:16)	MOVL	16(AX), SI
	0x003b 00059 (type_assert_panic_recover.go:16)	NOP
	0x0040 00064 (type_assert_panic_recover.go:16)	JMP	267
	0x0045 00069 (type_assert_panic_recover.go:15)	MOVQ	AX, CX
	0x0048 00072 (type_assert_panic_recover.go:16)	TESTQ	AX, AX
	0x004b 00075 (type_assert_panic_recover.go:16)	JNE	177
	0x004d 00077 (type_assert_panic_recover.go:16)	TESTQ	CX, CX
	0x0050 00080 (type_assert_panic_recover.go:18)	JEQ	133
	0x0052 00082 (type_assert_panic_recover.go:19)	CALL	runtime.printlock(SB)
	0x0057 00087 (type_assert_panic_recover.go:19)	MOVQ	main.label.ptr+56(SP), AX
	0x005c 00092 (type_assert_panic_recover.go:19)	MOVQ	main.label.len+32(SP), BX
	0x0061 00097 (type_assert_panic_recover.go:19)	PCDATA	$1, $0
	0x0061 00097 (type_assert_panic_recover.go:19)	CALL	runtime.printstring(SB)
	0x0066 00102 (type_assert_panic_recover.go:19)	LEAQ	go:string." recovered non-error\n"(SB), AX
	0x006d 00109 (type_assert_panic_recover.go:19)	MOVL	$21, BX
	0x0072 00114 (type_assert_panic_recover.go:19)	CALL	runtime.printstring(SB)
	0x0077 00119 (type_assert_panic_recover.go:19)	CALL	runtime.printunlock(SB)
	0x007c 00124 (type_assert_panic_recover.go:19)	NOP
	0x0080 00128 (type_assert_panic_recover.go:19)	JMP	261
	0x0085 00133 (type_assert_panic_recover.go:21)	PCDATA	$1, $1
	0x0085 00133 (type_assert_panic_recover.go:21)	CALL	runtime.printlock(SB)
	0x008a 00138 (type_assert_panic_recover.go:21)	MOVQ	main.label.ptr+56(SP), AX
	0x008f 00143 (type_assert_panic_recover.go:21)	MOVQ	main.label.len+32(SP), BX
	0x0094 00148 (type_assert_panic_recover.go:21)	PCDATA	$1, $0
	0x0094 00148 (type_assert_panic_recover.go:21)	CALL	runtime.printstring(SB)
	0x0099 00153 (type_assert_panic_recover.go:21)	LEAQ	go:string." no panic\n"(SB), AX
	0x00a0 00160 (type_assert_panic_recover.go:21)	MOVL	$10, BX
	0x00a5 00165 (type_assert_panic_recover.go:21)	CALL	runtime.printstring(SB)
	0x00aa 00170 (type_assert_panic_recover.go:21)	CALL	runtime.printunlock(SB)
	0x00af 00175 (type_assert_panic_recover.go:21)	JMP	261
	0x00b1 00177 (type_assert_panic_recover.go:17)	MOVQ	24(AX), CX
	0x00b5 00181 (type_assert_panic_recover.go:17)	MOVQ	BX, AX
	0x00b8 00184 (type_assert_panic_recover.go:17)	PCDATA	$1, $1
	0x00b8 00184 (type_assert_panic_recover.go:17)	CALL	CX
	0x00ba 00186 (type_assert_panic_recover.go:17)	MOVQ	AX, main..autotmp_15+64(SP)
	0x00bf 00191 (type_assert_panic_recover.go:17)	MOVQ	BX, main..autotmp_16+40(SP)
	0x00c4 00196 (type_assert_panic_recover.go:17)	PCDATA	$1, $2
	0x00c4 00196 (type_assert_panic_recover.go:17)	CALL	runtime.printlock(SB)
	0x00c9 00201 (type_assert_panic_recover.go:17)	MOVQ	main.label.ptr+56(SP), AX
	0x00ce 00206 (type_assert_panic_recover.go:17)	MOVQ	main.label.len+32(SP), BX
	0x00d3 00211 (type_assert_panic_recover.go:17)	PCDATA	$1, $3
	0x00d3 00211 (type_assert_panic_recover.go:17)	CALL	runtime.printstring(SB)
	0x00d8 00216 (type_assert_panic_recover.go:17)	LEAQ	go:string." recovered: "(SB), AX
	0x00df 00223 (type_assert_panic_recover.go:17)	MOVL	$12, BX
	0x00e4 00228 (type_assert_panic_recover.go:17)	CALL	runtime.printstring(SB)
	0x00e9 00233 (type_assert_panic_recover.go:17)	MOVQ	main..autotmp_15+64(SP), AX
	0x00ee 00238 (type_assert_panic_recover.go:17)	MOVQ	main..autotmp_16+40(SP), BX
	0x00f3 00243 (type_assert_panic_recover.go:17)	PCDATA	$1, $0
	0x00f3 00243 (type_assert_panic_recover.go:17)	CALL	runtime.printstring(SB)
	0x00f8 00248 (type_assert_panic_recover.go:17)	CALL	runtime.printnl(SB)
	0x00fd 00253 (type_assert_panic_recover.go:17)	NOP
	0x0100 00256 (type_assert_panic_recover.go:17)	CALL	runtime.printunlock(SB)
	0x0105 00261 (type_assert_panic_recover.go:23)	ADDQ	$72, SP
	0x0109 00265 (type_assert_panic_recover.go:23)	POPQ	BP
	0x010a 00266 (type_assert_panic_recover.go:23)	RET
	0x010b 00267 (type_assert_panic_recover.go:16)	MOVQ	SI, DI
	0x010e 00270 (type_assert_panic_recover.go:16)	ANDQ	DX, SI
	0x0111 00273 (type_assert_panic_recover.go:16)	SHLQ	$4, SI
	0x0115 00277 (type_assert_panic_recover.go:16)	MOVQ	8(SI)(CX*1), R8
	0x011a 00282 (type_assert_panic_recover.go:16)	CMPQ	AX, R8
	0x011d 00285 (type_assert_panic_recover.go:16)	JEQ	340
	0x011f 00287 (type_assert_panic_recover.go:16)	LEAQ	1(DI), SI
	0x0123 00291 (type_assert_panic_recover.go:16)	TESTQ	R8, R8
	0x0126 00294 (type_assert_panic_recover.go:16)	JNE	267
	0x0128 00296 (type_assert_panic_recover.go:15)	MOVQ	AX, main.r.type+24(SP)
	0x012d 00301 (type_assert_panic_recover.go:15)	MOVQ	BX, main.r.data+48(SP)
	0x0132 00306 (type_assert_panic_recover.go:16)	MOVQ	AX, BX
	0x0135 00309 (type_assert_panic_recover.go:16)	LEAQ	main..typeAssert.0(SB), AX
	0x013c 00316 (type_assert_panic_recover.go:16)	PCDATA	$1, $4
	0x013c 00316 (type_assert_panic_recover.go:16)	NOP
	0x0140 00320 (type_assert_panic_recover.go:16)	CALL	runtime.typeAssert(SB)
	0x0145 00325 (type_assert_panic_recover.go:16)	MOVQ	main.r.type+24(SP), CX
	0x014a 00330 (type_assert_panic_recover.go:17)	MOVQ	main.r.data+48(SP), BX
	0x014f 00335 (type_assert_panic_recover.go:16)	JMP	72
	0x0154 00340 (type_assert_panic_recover.go:16)	MOVQ	16(SI)(CX*1), DX
	0x0159 00345 (type_assert_panic_recover.go:16)	MOVQ	AX, CX
	0x015c 00348 (type_assert_panic_recover.go:16)	MOVQ	DX, AX
	0x015f 00351 (type_assert_panic_recover.go:16)	NOP
	0x0160 00352 (type_assert_panic_recover.go:16)	JMP	72
	0x0165 00357 (type_assert_panic_recover.go:16)	NOP
	0x0165 00357 (type_assert_panic_recover.go:14)	PCDATA	$1, $-1
	0x0165 00357 (type_assert_panic_recover.go:14)	PCDATA	$0, $-2
	0x0165 00357 (type_assert_panic_recover.go:14)	CALL	runtime.morestack(SB)
	0x016a 00362 (type_assert_panic_recover.go:14)	PCDATA	$0, $-1
	0x016a 00362 (type_assert_panic_recover.go:14)	JMP	0
	0x0000 49 3b 66 10 0f 86 5b 01 00 00 55 48 89 e5 48 83  I;f...[...UH..H.
	0x0010 ec 48 48 8b 42 08 48 89 44 24 38 48 8b 42 10 48  .HH.B.H.D$8H.B.H
	0x0020 89 44 24 20 e8 00 00 00 00 48 85 c0 74 17 48 8b  .D$ .....H..t.H.
	0x0030 0d 00 00 00 00 48 8b 11 8b 70 10 0f 1f 44 00 00  .....H...p...D..
	0x0040 e9 c6 00 00 00 48 89 c1 48 85 c0 75 64 48 85 c9  .....H..H..udH..
	0x0050 74 33 e8 00 00 00 00 48 8b 44 24 38 48 8b 5c 24  t3.....H.D$8H.\$
	0x0060 20 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 15 00   .....H.........
	0x0070 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0080 e9 80 00 00 00 e8 00 00 00 00 48 8b 44 24 38 48  ..........H.D$8H
	0x0090 8b 5c 24 20 e8 00 00 00 00 48 8d 05 00 00 00 00  .\$ .....H......
	0x00a0 bb 0a 00 00 00 e8 00 00 00 00 e8 00 00 00 00 eb  ................
	0x00b0 54 48 8b 48 18 48 89 d8 ff d1 48 89 44 24 40 48  TH.H.H....H.D$@H
	0x00c0 89 5c 24 28 e8 00 00 00 00 48 8b 44 24 38 48 8b  .\$(.....H.D$8H.
	0x00d0 5c 24 20 e8 00 00 00 00 48 8d 05 00 00 00 00 bb  \$ .....H.......
	0x00e0 0c 00 00 00 e8 00 00 00 00 48 8b 44 24 40 48 8b  .........H.D$@H.
	0x00f0 5c 24 28 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  \$(.............
	0x0100 e8 00 00 00 00 48 83 c4 48 5d c3 48 89 f7 48 21  .....H..H].H..H!
	0x0110 d6 48 c1 e6 04 4c 8b 44 0e 08 4c 39 c0 74 35 48  .H...L.D..L9.t5H
	0x0120 8d 77 01 4d 85 c0 75 e3 48 89 44 24 18 48 89 5c  .w.M..u.H.D$.H.\
	0x0130 24 30 48 89 c3 48 8d 05 00 00 00 00 0f 1f 40 00  $0H..H........@.
	0x0140 e8 00 00 00 00 48 8b 4c 24 18 48 8b 5c 24 30 e9  .....H.L$.H.\$0.
	0x0150 f4 fe ff ff 48 8b 54 0e 10 48 89 c1 48 89 d0 90  ....H.T..H..H...
	0x0160 e9 e3 fe ff ff e8 00 00 00 00 e9 91 fe ff ff     ...............
	rel 4+0 t=R_USEIFACEMETHOD type:interface { Error() string }+80
	rel 37+4 t=R_CALL runtime.gorecover+0
	rel 49+4 t=R_PCREL main..typeAssert.0+0
	rel 83+4 t=R_CALL runtime.printlock+0
	rel 98+4 t=R_CALL runtime.printstring+0
	rel 105+4 t=R_PCREL go:string." recovered non-error\n"+0
	rel 115+4 t=R_CALL runtime.printstring+0
	rel 120+4 t=R_CALL runtime.printunlock+0
	rel 134+4 t=R_CALL runtime.printlock+0
	rel 149+4 t=R_CALL runtime.printstring+0
	rel 156+4 t=R_PCREL go:string." no panic\n"+0
	rel 166+4 t=R_CALL runtime.printstring+0
	rel 171+4 t=R_CALL runtime.printunlock+0
	rel 184+0 t=R_CALLIND +0
	rel 197+4 t=R_CALL runtime.printlock+0
	rel 212+4 t=R_CALL runtime.printstring+0
	rel 219+4 t=R_PCREL go:string." recovered: "+0
	rel 229+4 t=R_CALL runtime.printstring+0
	rel 244+4 t=R_CALL runtime.printstring+0
	rel 249+4 t=R_CALL runtime.printnl+0
	rel 257+4 t=R_CALL runtime.printunlock+0
	rel 312+4 t=R_PCREL main..typeAssert.0+0
	rel 321+4 t=R_CALL runtime.typeAssert+0
	rel 358+4 t=R_CALL runtime.morestack+0
main.main STEXT size=495 align=0x0 args=0x0 locals=0x50 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:27)	TEXT	main.main(SB), ABIInternal, $80-0
	0x0000 00000 (type_assert_panic_recover.go:27)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:27)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:27)	JLS	485
	0x000a 00010 (type_assert_panic_recover.go:27)	PCDATA	$0, $-1
	0x000a 00010 (type_assert_panic_recover.go:27)	PUSHQ	BP
	0x000b 00011 (type_assert_panic_recover.go:27)	MOVQ	SP, BP
	0x000e 00014 (type_assert_panic_recover.go:27)	SUBQ	$72, SP
	0x0012 00018 (type_assert_panic_recover.go:27)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (type_assert_panic_recover.go:27)	FUNCDATA	$1, gclocals·/9is4gq24Q1h4ArwHiu1tg==(SB)
	0x0012 00018 (type_assert_panic_recover.go:27)	FUNCDATA	$2, main.main.stkobj(SB)
	0x0012 00018 (type_assert_panic_recover.go:29)	LEAQ	main.main.func1(SB), DX
	0x0019 00025 (type_assert_panic_recover.go:29)	MOVQ	DX, main..autotmp_4+48(SP)
	0x001e 00030 (type_assert_panic_recover.go:29)	LEAQ	type:string(SB), DX
	0x0025 00037 (type_assert_panic_recover.go:29)	MOVQ	DX, main..autotmp_4+56(SP)
	0x002a 00042 (type_assert_panic_recover.go:29)	LEAQ	main..stmp_0(SB), DX
	0x0031 00049 (type_assert_panic_recover.go:29)	MOVQ	DX, main..autotmp_4+64(SP)
	0x0036 00054 (type_assert_panic_recover.go:29)	LEAQ	go:string."string->int"(SB), AX
	0x003d 00061 (type_assert_panic_recover.go:29)	MOVL	$11, BX
	0x0042 00066 (type_assert_panic_recover.go:29)	LEAQ	main..autotmp_4+48(SP), CX
	0x0047 00071 (type_assert_panic_recover.go:29)	PCDATA	$1, $0
	0x0047 00071 (type_assert_panic_recover.go:29)	CALL	main.try(SB)
	0x004c 00076 (type_assert_panic_recover.go:30)	LEAQ	main.main.func2(SB), DX
	0x0053 00083 (type_assert_panic_recover.go:30)	MOVQ	DX, main..autotmp_4+48(SP)
	0x0058 00088 (type_assert_panic_recover.go:30)	LEAQ	type:string(SB), DX
	0x005f 00095 (type_assert_panic_recover.go:30)	MOVQ	DX, main..autotmp_4+56(SP)
	0x0064 00100 (type_assert_panic_recover.go:30)	LEAQ	main..stmp_0(SB), DX
	0x006b 00107 (type_assert_panic_recover.go:30)	MOVQ	DX, main..autotmp_4+64(SP)
	0x0070 00112 (type_assert_panic_recover.go:30)	LEAQ	go:string."string->string"(SB), AX
	0x0077 00119 (type_assert_panic_recover.go:30)	MOVL	$14, BX
	0x007c 00124 (type_assert_panic_recover.go:30)	LEAQ	main..autotmp_4+48(SP), CX
	0x0081 00129 (type_assert_panic_recover.go:30)	CALL	main.try(SB)
	0x0086 00134 (type_assert_panic_recover.go:33)	LEAQ	main.main.func3(SB), DX
	0x008d 00141 (type_assert_panic_recover.go:33)	MOVQ	DX, main..autotmp_5+24(SP)
	0x0092 00146 (type_assert_panic_recover.go:33)	LEAQ	go:itab.main.Box,main.Shape(SB), DX
	0x0099 00153 (type_assert_panic_recover.go:33)	MOVQ	DX, main..autotmp_5+32(SP)
	0x009e 00158 (type_assert_panic_recover.go:33)	LEAQ	main..stmp_1(SB), DX
	0x00a5 00165 (type_assert_panic_recover.go:33)	MOVQ	DX, main..autotmp_5+40(SP)
	0x00aa 00170 (type_assert_panic_recover.go:33)	LEAQ	go:string."Shape->Named"(SB), AX
	0x00b1 00177 (type_assert_panic_recover.go:33)	MOVL	$12, BX
	0x00b6 00182 (type_assert_panic_recover.go:33)	LEAQ	main..autotmp_5+24(SP), CX
	0x00bb 00187 (type_assert_panic_recover.go:33)	NOP
	0x00c0 00192 (type_assert_panic_recover.go:33)	CALL	main.try(SB)
	0x00c5 00197 (type_assert_panic_recover.go:34)	LEAQ	main.main.func4(SB), DX
	0x00cc 00204 (type_assert_panic_recover.go:34)	MOVQ	DX, main..autotmp_5+24(SP)
	0x00d1 00209 (type_assert_panic_recover.go:34)	LEAQ	go:itab.main.Box,main.Shape(SB), DX
	0x00d8 00216 (type_assert_panic_recover.go:34)	MOVQ	DX, main..autotmp_5+32(SP)
	0x00dd 00221 (type_assert_panic_recover.go:34)	LEAQ	main..stmp_1(SB), DX
	0x00e4 00228 (type_assert_panic_recover.go:34)	MOVQ	DX, main..autotmp_5+40(SP)
	0x00e9 00233 (type_assert_panic_recover.go:34)	LEAQ	go:string."Shape->Box"(SB), AX
	0x00f0 00240 (type_assert_panic_recover.go:34)	MOVL	$10, BX
	0x00f5 00245 (type_assert_panic_recover.go:34)	LEAQ	main..autotmp_5+24(SP), CX
	0x00fa 00250 (type_assert_panic_recover.go:34)	CALL	main.try(SB)
	0x00ff 00255 (type_assert_panic_recover.go:35)	LEAQ	main.main.func5(SB), DX
	0x0106 00262 (type_assert_panic_recover.go:35)	MOVQ	DX, main..autotmp_5+24(SP)
	0x010b 00267 (type_assert_panic_recover.go:35)	LEAQ	go:itab.main.Box,main.Shape(SB), DX
	0x0112 00274 (type_assert_panic_recover.go:35)	MOVQ	DX, main..autotmp_5+32(SP)
	0x0117 00279 (type_assert_panic_recover.go:35)	LEAQ	main..stmp_1(SB), DX
	0x011e 00286 (type_assert_panic_recover.go:35)	MOVQ	DX, main..autotmp_5+40(SP)
	0x0123 00291 (type_assert_panic_recover.go:35)	LEAQ	go:string."Shape->*Box"(SB), AX
	0x012a 00298 (type_assert_panic_recover.go:35)	MOVL	$11, BX
	0x012f 00303 (type_assert_panic_recover.go:35)	LEAQ	main..autotmp_5+24(SP), CX
	0x0134 00308 (type_assert_panic_recover.go:35)	CALL	main.try(SB)
	0x0139 00313 (type_assert_panic_recover.go:38)	LEAQ	main.main.func6(SB), DX
	0x0140 00320 (type_assert_panic_recover.go:38)	MOVQ	DX, main..autotmp_5+24(SP)
	0x0145 00325 (type_assert_panic_recover.go:38)	MOVUPS	X15, main..autotmp_5+32(SP)
	0x014b 00331 (type_assert_panic_recover.go:38)	LEAQ	go:string."nil->Box"(SB), AX
	0x0152 00338 (type_assert_panic_recover.go:38)	MOVL	$8, BX
	0x0157 00343 (type_assert_panic_recover.go:38)	LEAQ	main..autotmp_5+24(SP), CX
	0x015c 00348 (type_assert_panic_recover.go:38)	NOP
	0x0160 00352 (type_assert_panic_recover.go:38)	CALL	main.try(SB)
	0x0165 00357 (type_assert_panic_recover.go:39)	LEAQ	main.main.func7(SB), DX
	0x016c 00364 (type_assert_panic_recover.go:39)	MOVQ	DX, main..autotmp_5+24(SP)
	0x0171 00369 (type_assert_panic_recover.go:39)	MOVUPS	X15, main..autotmp_5+32(SP)
	0x0177 00375 (type_assert_panic_recover.go:39)	LEAQ	go:string."nil->Named"(SB), AX
	0x017e 00382 (type_assert_panic_recover.go:39)	MOVL	$10, BX
	0x0183 00387 (type_assert_panic_recover.go:39)	LEAQ	main..autotmp_5+24(SP), CX
	0x0188 00392 (type_assert_panic_recover.go:39)	CALL	main.try(SB)
	0x018d 00397 (type_assert_panic_recover.go:42)	LEAQ	main.main.func8(SB), DX
	0x0194 00404 (type_assert_panic_recover.go:42)	MOVQ	DX, main..autotmp_4+48(SP)
	0x0199 00409 (type_assert_panic_recover.go:42)	LEAQ	type:main.T(SB), DX
	0x01a0 00416 (type_assert_panic_recover.go:42)	MOVQ	DX, main..autotmp_4+56(SP)
	0x01a5 00421 (type_assert_panic_recover.go:42)	LEAQ	runtime.zerobase(SB), DX
	0x01ac 00428 (type_assert_panic_recover.go:42)	MOVQ	DX, main..autotmp_4+64(SP)
	0x01b1 00433 (type_assert_panic_recover.go:42)	LEAQ	go:string."T->Shape"(SB), AX
	0x01b8 00440 (type_assert_panic_recover.go:42)	MOVL	$8, BX
	0x01bd 00445 (type_assert_panic_recover.go:42)	LEAQ	main..autotmp_4+48(SP), CX
	0x01c2 00450 (type_assert_panic_recover.go:42)	CALL	main.try(SB)
	0x01c7 00455 (type_assert_panic_recover.go:43)	LEAQ	go:string."int->float64"(SB), AX
	0x01ce 00462 (type_assert_panic_recover.go:43)	MOVL	$12, BX
	0x01d3 00467 (type_assert_panic_recover.go:43)	LEAQ	main.main.func9·f(SB), CX
	0x01da 00474 (type_assert_panic_recover.go:43)	CALL	main.try(SB)
	0x01df 00479 (type_assert_panic_recover.go:44)	ADDQ	$72, SP
	0x01e3 00483 (type_assert_panic_recover.go:44)	POPQ	BP
	0x01e4 00484 (type_assert_panic_recover.go:44)	RET
	0x01e5 00485 (type_assert_panic_recover.go:44)	NOP
	0x01e5 00485 (type_assert_panic_recover.go:27)	PCDATA	$1, $-1
	0x01e5 00485 (type_assert_panic_recover.go:27)	PCDATA	$0, $-2
	0x01e5 00485 (type_assert_panic_recover.go:27)	CALL	runtime.morestack_noctxt(SB)
	0x01ea 00490 (type_assert_panic_recover.go:27)	PCDATA	$0, $-1
	0x01ea 00490 (type_assert_panic_recover.go:27)	JMP	0
	0x0000 49 3b 66 10 0f 86 db 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 8d 15 00 00 00 00 48 89 54 24 30 48 8d  .HH......H.T$0H.
	0x0020 15 00 00 00 00 48 89 54 24 38 48 8d 15 00 00 00  .....H.T$8H.....
	0x0030 00 48 89 54 24 40 48 8d 05 00 00 00 00 bb 0b 00  .H.T$@H.........
	0x0040 00 00 48 8d 4c 24 30 e8 00 00 00 00 48 8d 15 00  ..H.L$0.....H...
	0x0050 00 00 00 48 89 54 24 30 48 8d 15 00 00 00 00 48  ...H.T$0H......H
	0x0060 89 54 24 38 48 8d 15 00 00 00 00 48 89 54 24 40  .T$8H......H.T$@
	0x0070 48 8d 05 00 00 00 00 bb 0e 00 00 00 48 8d 4c 24  H...........H.L$
	0x0080 30 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 54  0.....H......H.T
	0x0090 24 18 48 8d 15 00 00 00 00 48 89 54 24 20 48 8d  $.H......H.T$ H.
	0x00a0 15 00 00 00 00 48 89 54 24 28 48 8d 05 00 00 00  .....H.T$(H.....
	0x00b0 00 bb 0c 00 00 00 48 8d 4c 24 18 0f 1f 44 00 00  ......H.L$...D..
	0x00c0 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 54 24  .....H......H.T$
	0x00d0 18 48 8d 15 00 00 00 00 48 89 54 24 20 48 8d 15  .H......H.T$ H..
	0x00e0 00 00 00 00 48 89 54 24 28 48 8d 05 00 00 00 00  ....H.T$(H......
	0x00f0 bb 0a 00 00 00 48 8d 4c 24 18 e8 00 00 00 00 48  .....H.L$......H
	0x0100 8d 15 00 00 00 00 48 89 54 24 18 48 8d 15 00 00  ......H.T$.H....
	0x0110 00 00 48 89 54 24 20 48 8d 15 00 00 00 00 48 89  ..H.T$ H......H.
	0x0120 54 24 28 48 8d 05 00 00 00 00 bb 0b 00 00 00 48  T$(H...........H
	0x0130 8d 4c 24 18 e8 00 00 00 00 48 8d 15 00 00 00 00  .L$......H......
	0x0140 48 89 54 24 18 44 0f 11 7c 24 20 48 8d 05 00 00  H.T$.D..|$ H....
	0x0150 00 00 bb 08 00 00 00 48 8d 4c 24 18 0f 1f 40 00  .......H.L$...@.
	0x0160 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 54 24  .....H......H.T$
	0x0170 18 44 0f 11 7c 24 20 48 8d 05 00 00 00 00 bb 0a  .D..|$ H........
	0x0180 00 00 00 48 8d 4c 24 18 e8 00 00 00 00 48 8d 15  ...H.L$......H..
	0x0190 00 00 00 00 48 89 54 24 30 48 8d 15 00 00 00 00  ....H.T$0H......
	0x01a0 48 89 54 24 38 48 8d 15 00 00 00 00 48 89 54 24  H.T$8H......H.T$
	0x01b0 40 48 8d 05 00 00 00 00 bb 08 00 00 00 48 8d 4c  @H...........H.L
	0x01c0 24 30 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 0c  $0.....H........
	0x01d0 00 00 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 48  ...H...........H
	0x01e0 83 c4 48 5d c3 e8 00 00 00 00 e9 11 fe ff ff     ..H]...........
	rel 3+0 t=R_USEIFACE type:string+0
	rel 3+0 t=R_USEIFACE type:main.Box+0
	rel 3+0 t=R_USEIFACE type:main.T+0
	rel 21+4 t=R_PCREL main.main.func1+0
	rel 33+4 t=R_PCREL type:string+0
	rel 45+4 t=R_PCREL main..stmp_0+0
	rel 57+4 t=R_PCREL go:string."string->int"+0
	rel 72+4 t=R_CALL main.try+0
	rel 79+4 t=R_PCREL main.main.func2+0
	rel 91+4 t=R_PCREL type:string+0
	rel 103+4 t=R_PCREL main..stmp_0+0
	rel 115+4 t=R_PCREL go:string."string->string"+0
	rel 130+4 t=R_CALL main.try+0
	rel 137+4 t=R_PCREL main.main.func3+0
	rel 149+4 t=R_PCREL go:itab.main.Box,main.Shape+0
	rel 161+4 t=R_PCREL main..stmp_1+0
	rel 173+4 t=R_PCREL go:string."Shape->Named"+0
	rel 193+4 t=R_CALL main.try+0
	rel 200+4 t=R_PCREL main.main.func4+0
	rel 212+4 t=R_PCREL go:itab.main.Box,main.Shape+0
	rel 224+4 t=R_PCREL main..stmp_1+0
	rel 236+4 t=R_PCREL go:string."Shape->Box"+0
	rel 251+4 t=R_CALL main.try+0
	rel 258+4 t=R_PCREL main.main.func5+0
	rel 270+4 t=R_PCREL go:itab.main.Box,main.Shape+0
	rel 282+4 t=R_PCREL main..stmp_1+0
	rel 294+4 t=R_PCREL go:string."Shape->*Box"+0
	rel 309+4 t=R_CALL main.try+0
	rel 316+4 t=R_PCREL main.main.func6+0
	rel 334+4 t=R_PCREL go:string."nil->Box"+0
	rel 353+4 t=R_CALL main.try+0
	rel 360+4 t=R_PCREL main.main.func7+0
	rel 378+4 t=R_PCREL go:string."nil->Named"+0
	rel 393+4 t=R_CALL main.try+0
	rel 400+4 t=R_PCREL main.main.func8+0
	rel 412+4 t=R_PCREL type:main.T+0
	rel 424+4 t=R_PCREL runtime.zerobase+0
	rel 436+4 t=R_PCREL go:string."T->Shape"+0
	rel 451+4 t=R_CALL main.try+0
	rel 458+4 t=R_PCREL go:string."int->float64"+0
	rel 470+4 t=R_PCREL main.main.func9·f+0
	rel 475+4 t=R_CALL main.try+0
	rel 486+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func8 STEXT size=109 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:42)	TEXT	main.main.func8(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (type_assert_panic_recover.go:42)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:42)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:42)	JLS	102
	0x0006 00006 (type_assert_panic_recover.go:42)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_panic_recover.go:42)	PUSHQ	BP
	0x0007 00007 (type_assert_panic_recover.go:42)	MOVQ	SP, BP
	0x000a 00010 (type_assert_panic_recover.go:42)	SUBQ	$24, SP
	0x000e 00014 (type_assert_panic_recover.go:42)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:42)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:42)	MOVQ	8(DX), BX
	0x0012 00018 (type_assert_panic_recover.go:42)	TESTQ	BX, BX
	0x0015 00021 (type_assert_panic_recover.go:42)	JEQ	87
	0x0017 00023 (type_assert_panic_recover.go:42)	MOVQ	main..typeAssert.1(SB), CX
	0x001e 00030 (type_assert_panic_recover.go:42)	MOVQ	(CX), DX
	0x0021 00033 (type_assert_panic_recover.go:42)	MOVL	16(BX), SI
	0x0024 00036 (type_assert_panic_recover.go:42)	JMP	41
	0x0026 00038 (type_assert_panic_recover.go:42)	MOVQ	DI, SI
	0x0029 00041 (type_assert_panic_recover.go:42)	MOVQ	SI, DI
	0x002c 00044 (type_assert_panic_recover.go:42)	ANDQ	DX, SI
	0x002f 00047 (type_assert_panic_recover.go:42)	SHLQ	$4, SI
	0x0033 00051 (type_assert_panic_recover.go:42)	MOVQ	8(SI)(CX*1), SI
	0x0038 00056 (type_assert_panic_recover.go:42)	CMPQ	SI, BX
	0x003b 00059 (type_assert_panic_recover.go:42)	JEQ	81
	0x003d 00061 (type_assert_panic_recover.go:42)	INCQ	DI
	0x0040 00064 (type_assert_panic_recover.go:42)	TESTQ	SI, SI
	0x0043 00067 (type_assert_panic_recover.go:42)	JNE	38
	0x0045 00069 (type_assert_panic_recover.go:42)	LEAQ	main..typeAssert.1(SB), AX
	0x004c 00076 (type_assert_panic_recover.go:42)	PCDATA	$1, $0
	0x004c 00076 (type_assert_panic_recover.go:42)	CALL	runtime.typeAssert(SB)
	0x0051 00081 (type_assert_panic_recover.go:42)	ADDQ	$24, SP
	0x0055 00085 (type_assert_panic_recover.go:42)	POPQ	BP
	0x0056 00086 (type_assert_panic_recover.go:42)	RET
	0x0057 00087 (type_assert_panic_recover.go:42)	LEAQ	type:main.Shape(SB), AX
	0x005e 00094 (type_assert_panic_recover.go:42)	NOP
	0x0060 00096 (type_assert_panic_recover.go:42)	CALL	runtime.panicnildottype(SB)
	0x0065 00101 (type_assert_panic_recover.go:42)	XCHGL	AX, AX
	0x0066 00102 (type_assert_panic_recover.go:42)	NOP
	0x0066 00102 (type_assert_panic_recover.go:42)	PCDATA	$1, $-1
	0x0066 00102 (type_assert_panic_recover.go:42)	PCDATA	$0, $-2
	0x0066 00102 (type_assert_panic_recover.go:42)	CALL	runtime.morestack(SB)
	0x006b 00107 (type_assert_panic_recover.go:42)	PCDATA	$0, $-1
	0x006b 00107 (type_assert_panic_recover.go:42)	JMP	0
	0x0000 49 3b 66 10 76 60 55 48 89 e5 48 83 ec 18 48 8b  I;f.v`UH..H...H.
	0x0010 5a 08 48 85 db 74 40 48 8b 0d 00 00 00 00 48 8b  Z.H..t@H......H.
	0x0020 11 8b 73 10 eb 03 48 89 fe 48 89 f7 48 21 d6 48  ..s...H..H..H!.H
	0x0030 c1 e6 04 48 8b 74 0e 08 48 39 de 74 14 48 ff c7  ...H.t..H9.t.H..
	0x0040 48 85 f6 75 e1 48 8d 05 00 00 00 00 e8 00 00 00  H..u.H..........
	0x0050 00 48 83 c4 18 5d c3 48 8d 05 00 00 00 00 66 90  .H...].H......f.
	0x0060 e8 00 00 00 00 90 e8 00 00 00 00 eb 93           .............
	rel 26+4 t=R_PCREL main..typeAssert.1+0
	rel 72+4 t=R_PCREL main..typeAssert.1+0
	rel 77+4 t=R_CALL runtime.typeAssert+0
	rel 90+4 t=R_PCREL type:main.Shape+0
	rel 97+4 t=R_CALL runtime.panicnildottype+0
	rel 103+4 t=R_CALL runtime.morestack+0
main.main.func7 STEXT size=115 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:39)	TEXT	main.main.func7(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (type_assert_panic_recover.go:39)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:39)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:39)	JLS	108
	0x0006 00006 (type_assert_panic_recover.go:39)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_panic_recover.go:39)	PUSHQ	BP
	0x0007 00007 (type_assert_panic_recover.go:39)	MOVQ	SP, BP
	0x000a 00010 (type_assert_panic_recover.go:39)	SUBQ	$24, SP
	0x000e 00014 (type_assert_panic_recover.go:39)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:39)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:39)	MOVQ	8(DX), CX
	0x0012 00018 (type_assert_panic_recover.go:39)	TESTQ	CX, CX
	0x0015 00021 (type_assert_panic_recover.go:39)	JEQ	95
	0x0017 00023 (type_assert_panic_recover.go:39)	MOVQ	8(CX), BX
	0x001b 00027 (type_assert_panic_recover.go:39)	MOVQ	main..typeAssert.2(SB), DX
	0x0022 00034 (type_assert_panic_recover.go:39)	MOVQ	(DX), SI
	0x0025 00037 (type_assert_panic_recover.go:39)	MOVL	16(CX), CX
	0x0028 00040 (type_assert_panic_recover.go:39)	JMP	45
	0x002a 00042 (type_assert_panic_recover.go:39)	MOVQ	DI, CX
	0x002d 00045 (type_assert_panic_recover.go:39)	MOVQ	CX, DI
	0x0030 00048 (type_assert_panic_recover.go:39)	ANDQ	SI, CX
	0x0033 00051 (type_assert_panic_recover.go:39)	SHLQ	$4, CX
	0x0037 00055 (type_assert_panic_recover.go:39)	MOVQ	8(CX)(DX*1), CX
	0x003c 00060 (type_assert_panic_recover.go:39)	NOP
	0x0040 00064 (type_assert_panic_recover.go:39)	CMPQ	CX, BX
	0x0043 00067 (type_assert_panic_recover.go:39)	JEQ	89
	0x0045 00069 (type_assert_panic_recover.go:39)	INCQ	DI
	0x0048 00072 (type_assert_panic_recover.go:39)	TESTQ	CX, CX
	0x004b 00075 (type_assert_panic_recover.go:39)	JNE	42
	0x004d 00077 (type_assert_panic_recover.go:39)	LEAQ	main..typeAssert.2(SB), AX
	0x0054 00084 (type_assert_panic_recover.go:39)	PCDATA	$1, $0
	0x0054 00084 (type_assert_panic_recover.go:39)	CALL	runtime.typeAssert(SB)
	0x0059 00089 (type_assert_panic_recover.go:39)	ADDQ	$24, SP
	0x005d 00093 (type_assert_panic_recover.go:39)	POPQ	BP
	0x005e 00094 (type_assert_panic_recover.go:39)	RET
	0x005f 00095 (type_assert_panic_recover.go:39)	LEAQ	type:main.Named(SB), AX
	0x0066 00102 (type_assert_panic_recover.go:39)	CALL	runtime.panicnildottype(SB)
	0x006b 00107 (type_assert_panic_recover.go:39)	XCHGL	AX, AX
	0x006c 00108 (type_assert_panic_recover.go:39)	NOP
	0x006c 00108 (type_assert_panic_recover.go:39)	PCDATA	$1, $-1
	0x006c 00108 (type_assert_panic_recover.go:39)	PCDATA	$0, $-2
	0x006c 00108 (type_assert_panic_recover.go:39)	CALL	runtime.morestack(SB)
	0x0071 00113 (type_assert_panic_recover.go:39)	PCDATA	$0, $-1
	0x0071 00113 (type_assert_panic_recover.go:39)	JMP	0
	0x0000 49 3b 66 10 76 66 55 48 89 e5 48 83 ec 18 48 8b  I;f.vfUH..H...H.
	0x0010 4a 08 48 85 c9 74 48 48 8b 59 08 48 8b 15 00 00  J.H..tHH.Y.H....
	0x0020 00 00 48 8b 32 8b 49 10 eb 03 48 89 f9 48 89 cf  ..H.2.I...H..H..
	0x0030 48 21 f1 48 c1 e1 04 48 8b 4c 11 08 0f 1f 40 00  H!.H...H.L....@.
	0x0040 48 39 d9 74 14 48 ff c7 48 85 c9 75 dd 48 8d 05  H9.t.H..H..u.H..
	0x0050 00 00 00 00 e8 00 00 00 00 48 83 c4 18 5d c3 48  .........H...].H
	0x0060 8d 05 00 00 00 00 e8 00 00 00 00 90 e8 00 00 00  ................
	0x0070 00 eb 8d                                         ...
	rel 30+4 t=R_PCREL main..typeAssert.2+0
	rel 80+4 t=R_PCREL main..typeAssert.2+0
	rel 85+4 t=R_CALL runtime.typeAssert+0
	rel 98+4 t=R_PCREL type:main.Named+0
	rel 103+4 t=R_CALL runtime.panicnildottype+0
	rel 109+4 t=R_CALL runtime.morestack+0
main.main.func6 STEXT size=63 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:38)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (type_assert_panic_recover.go:38)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:38)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:38)	JLS	56
	0x0006 00006 (type_assert_panic_recover.go:38)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_panic_recover.go:38)	PUSHQ	BP
	0x0007 00007 (type_assert_panic_recover.go:38)	MOVQ	SP, BP
	0x000a 00010 (type_assert_panic_recover.go:38)	SUBQ	$24, SP
	0x000e 00014 (type_assert_panic_recover.go:38)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:38)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:38)	MOVQ	8(DX), AX
	0x0012 00018 (type_assert_panic_recover.go:38)	LEAQ	go:itab.main.Box,main.Shape(SB), DX
	0x0019 00025 (type_assert_panic_recover.go:38)	CMPQ	AX, DX
	0x001c 00028 (type_assert_panic_recover.go:38)	JNE	36
	0x001e 00030 (type_assert_panic_recover.go:38)	ADDQ	$24, SP
	0x0022 00034 (type_assert_panic_recover.go:38)	POPQ	BP
	0x0023 00035 (type_assert_panic_recover.go:38)	RET
	0x0024 00036 (type_assert_panic_recover.go:38)	LEAQ	type:main.Box(SB), BX
	0x002b 00043 (type_assert_panic_recover.go:38)	LEAQ	type:main.Shape(SB), CX
	0x0032 00050 (type_assert_panic_recover.go:38)	PCDATA	$1, $0
	0x0032 00050 (type_assert_panic_recover.go:38)	CALL	runtime.panicdottypeI(SB)
	0x0037 00055 (type_assert_panic_recover.go:38)	XCHGL	AX, AX
	0x0038 00056 (type_assert_panic_recover.go:38)	NOP
	0x0038 00056 (type_assert_panic_recover.go:38)	PCDATA	$1, $-1
	0x0038 00056 (type_assert_panic_recover.go:38)	PCDATA	$0, $-2
	0x0038 00056 (type_assert_panic_recover.go:38)	CALL	runtime.morestack(SB)
	0x003d 00061 (type_assert_panic_recover.go:38)	PCDATA	$0, $-1
	0x003d 00061 (type_assert_panic_recover.go:38)	JMP	0
	0x0000 49 3b 66 10 76 32 55 48 89 e5 48 83 ec 18 48 8b  I;f.v2UH..H...H.
	0x0010 42 08 48 8d 15 00 00 00 00 48 39 d0 75 06 48 83  B.H......H9.u.H.
	0x0020 c4 18 5d c3 48 8d 1d 00 00 00 00 48 8d 0d 00 00  ..].H......H....
	0x0030 00 00 e8 00 00 00 00 90 e8 00 00 00 00 eb c1     ...............
	rel 21+4 t=R_PCREL go:itab.main.Box,main.Shape+0
	rel 39+4 t=R_PCREL type:main.Box+0
	rel 46+4 t=R_PCREL type:main.Shape+0
	rel 51+4 t=R_CALL runtime.panicdottypeI+0
	rel 57+4 t=R_CALL runtime.morestack+0
main.main.func5 STEXT size=63 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:35)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (type_assert_panic_recover.go:35)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:35)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:35)	JLS	56
	0x0006 00006 (type_assert_panic_recover.go:35)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_panic_recover.go:35)	PUSHQ	BP
	0x0007 00007 (type_assert_panic_recover.go:35)	MOVQ	SP, BP
	0x000a 00010 (type_assert_panic_recover.go:35)	SUBQ	$24, SP
	0x000e 00014 (type_assert_panic_recover.go:35)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:35)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:35)	MOVQ	8(DX), AX
	0x0012 00018 (type_assert_panic_recover.go:35)	LEAQ	go:itab.*main.Box,main.Shape(SB), DX
	0x0019 00025 (type_assert_panic_recover.go:35)	CMPQ	AX, DX
	0x001c 00028 (type_assert_panic_recover.go:35)	JNE	36
	0x001e 00030 (type_assert_panic_recover.go:35)	ADDQ	$24, SP
	0x0022 00034 (type_assert_panic_recover.go:35)	POPQ	BP
	0x0023 00035 (type_assert_panic_recover.go:35)	RET
	0x0024 00036 (type_assert_panic_recover.go:35)	LEAQ	type:*main.Box(SB), BX
	0x002b 00043 (type_assert_panic_recover.go:35)	LEAQ	type:main.Shape(SB), CX
	0x0032 00050 (type_assert_panic_recover.go:35)	PCDATA	$1, $0
	0x0032 00050 (type_assert_panic_recover.go:35)	CALL	runtime.panicdottypeI(SB)
	0x0037 00055 (type_assert_panic_recover.go:35)	XCHGL	AX, AX
	0x0038 00056 (type_assert_panic_recover.go:35)	NOP
	0x0038 00056 (type_assert_panic_recover.go:35)	PCDATA	$1, $-1
	0x0038 00056 (type_assert_panic_recover.go:35)	PCDATA	$0, $-2
	0x0038 00056 (type_assert_panic_recover.go:35)	CALL	runtime.morestack(SB)
	0x003d 00061 (type_assert_panic_recover.go:35)	PCDATA	$0, $-1
	0x003d 00061 (type_assert_panic_recover.go:35)	JMP	0
	0x0000 49 3b 66 10 76 32 55 48 89 e5 48 83 ec 18 48 8b  I;f.v2UH..H...H.
	0x0010 42 08 48 8d 15 00 00 00 00 48 39 d0 75 06 48 83  B.H......H9.u.H.
	0x0020 c4 18 5d c3 48 8d 1d 00 00 00 00 48 8d 0d 00 00  ..].H......H....
	0x0030 00 00 e8 00 00 00 00 90 e8 00 00 00 00 eb c1     ...............
	rel 21+4 t=R_PCREL go:itab.*main.Box,main.Shape+0
	rel 39+4 t=R_PCREL type:*main.Box+0
	rel 46+4 t=R_PCREL type:main.Shape+0
	rel 51+4 t=R_CALL runtime.panicdottypeI+0
	rel 57+4 t=R_CALL runtime.morestack+0
main.main.func4 STEXT size=103 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:34)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $40-0
	0x0000 00000 (type_assert_panic_recover.go:34)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:34)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:34)	JLS	95
	0x0006 00006 (type_assert_panic_recover.go:34)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_panic_recover.go:34)	PUSHQ	BP
	0x0007 00007 (type_assert_panic_recover.go:34)	MOVQ	SP, BP
	0x000a 00010 (type_assert_panic_recover.go:34)	SUBQ	$32, SP
	0x000e 00014 (type_assert_panic_recover.go:34)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:34)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:34)	MOVQ	8(DX), AX
	0x0012 00018 (type_assert_panic_recover.go:34)	LEAQ	go:itab.main.Box,main.Shape(SB), SI
	0x0019 00025 (type_assert_panic_recover.go:34)	CMPQ	AX, SI
	0x001c 00028 (type_assert_panic_recover.go:34)	JNE	75
	0x001e 00030 (type_assert_panic_recover.go:34)	MOVQ	16(DX), AX
	0x0022 00034 (type_assert_panic_recover.go:34)	MOVQ	(AX), AX
	0x0025 00037 (type_assert_panic_recover.go:34)	MOVQ	AX, main..autotmp_5+24(SP)
	0x002a 00042 (type_assert_panic_recover.go:34)	PCDATA	$1, $0
	0x002a 00042 (type_assert_panic_recover.go:34)	CALL	runtime.printlock(SB)
	0x002f 00047 (type_assert_panic_recover.go:34)	MOVQ	main..autotmp_5+24(SP), AX
	0x0034 00052 (type_assert_panic_recover.go:34)	CALL	runtime.printint(SB)
	0x0039 00057 (type_assert_panic_recover.go:34)	CALL	runtime.printnl(SB)
	0x003e 00062 (type_assert_panic_recover.go:34)	NOP
	0x0040 00064 (type_assert_panic_recover.go:34)	CALL	runtime.printunlock(SB)
	0x0045 00069 (type_assert_panic_recover.go:34)	ADDQ	$32, SP
	0x0049 00073 (type_assert_panic_recover.go:34)	POPQ	BP
	0x004a 00074 (type_assert_panic_recover.go:34)	RET
	0x004b 00075 (type_assert_panic_recover.go:34)	LEAQ	type:main.Box(SB), BX
	0x0052 00082 (type_assert_panic_recover.go:34)	LEAQ	type:main.Shape(SB), CX
	0x0059 00089 (type_assert_panic_recover.go:34)	CALL	runtime.panicdottypeI(SB)
	0x005e 00094 (type_assert_panic_recover.go:34)	XCHGL	AX, AX
	0x005f 00095 (type_assert_panic_recover.go:34)	NOP
	0x005f 00095 (type_assert_panic_recover.go:34)	PCDATA	$1, $-1
	0x005f 00095 (type_assert_panic_recover.go:34)	PCDATA	$0, $-2
	0x005f 00095 (type_assert_panic_recover.go:34)	NOP
	0x0060 00096 (type_assert_panic_recover.go:34)	CALL	runtime.morestack(SB)
	0x0065 00101 (type_assert_panic_recover.go:34)	PCDATA	$0, $-1
	0x0065 00101 (type_assert_panic_recover.go:34)	JMP	0
	0x0000 49 3b 66 10 76 59 55 48 89 e5 48 83 ec 20 48 8b  I;f.vYUH..H.. H.
	0x0010 42 08 48 8d 35 00 00 00 00 48 39 f0 75 2d 48 8b  B.H.5....H9.u-H.
	0x0020 42 10 48 8b 00 48 89 44 24 18 e8 00 00 00 00 48  B.H..H.D$......H
	0x0030 8b 44 24 18 e8 00 00 00 00 e8 00 00 00 00 66 90  .D$...........f.
	0x0040 e8 00 00 00 00 48 83 c4 20 5d c3 48 8d 1d 00 00  .....H.. ].H....
	0x0050 00 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 90 90  ..H.............
	0x0060 e8 00 00 00 00 eb 99                             .......
	rel 21+4 t=R_PCREL go:itab.main.Box,main.Shape+0
	rel 43+4 t=R_CALL runtime.printlock+0
	rel 53+4 t=R_CALL runtime.printint+0
	rel 58+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 78+4 t=R_PCREL type:main.Box+0
	rel 85+4 t=R_PCREL type:main.Shape+0
	rel 90+4 t=R_CALL runtime.panicdottypeI+0
	rel 97+4 t=R_CALL runtime.morestack+0
main.main.func3 STEXT size=115 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:33)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (type_assert_panic_recover.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:33)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:33)	JLS	108
	0x0006 00006 (type_assert_panic_recover.go:33)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_panic_recover.go:33)	PUSHQ	BP
	0x0007 00007 (type_assert_panic_recover.go:33)	MOVQ	SP, BP
	0x000a 00010 (type_assert_panic_recover.go:33)	SUBQ	$24, SP
	0x000e 00014 (type_assert_panic_recover.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:33)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:33)	MOVQ	8(DX), CX
	0x0012 00018 (type_assert_panic_recover.go:33)	TESTQ	CX, CX
	0x0015 00021 (type_assert_panic_recover.go:33)	JEQ	95
	0x0017 00023 (type_assert_panic_recover.go:33)	MOVQ	8(CX), BX
	0x001b 00027 (type_assert_panic_recover.go:33)	MOVQ	main..typeAssert.3(SB), DX
	0x0022 00034 (type_assert_panic_recover.go:33)	MOVQ	(DX), SI
	0x0025 00037 (type_assert_panic_recover.go:33)	MOVL	16(CX), CX
	0x0028 00040 (type_assert_panic_recover.go:33)	JMP	45
	0x002a 00042 (type_assert_panic_recover.go:33)	MOVQ	DI, CX
	0x002d 00045 (type_assert_panic_recover.go:33)	MOVQ	CX, DI
	0x0030 00048 (type_assert_panic_recover.go:33)	ANDQ	SI, CX
	0x0033 00051 (type_assert_panic_recover.go:33)	SHLQ	$4, CX
	0x0037 00055 (type_assert_panic_recover.go:33)	MOVQ	8(CX)(DX*1), CX
	0x003c 00060 (type_assert_panic_recover.go:33)	NOP
	0x0040 00064 (type_assert_panic_recover.go:33)	CMPQ	CX, BX
	0x0043 00067 (type_assert_panic_recover.go:33)	JEQ	89
	0x0045 00069 (type_assert_panic_recover.go:33)	INCQ	DI
	0x0048 00072 (type_assert_panic_recover.go:33)	TESTQ	CX, CX
	0x004b 00075 (type_assert_panic_recover.go:33)	JNE	42
	0x004d 00077 (type_assert_panic_recover.go:33)	LEAQ	main..typeAssert.3(SB), AX
	0x0054 00084 (type_assert_panic_recover.go:33)	PCDATA	$1, $0
	0x0054 00084 (type_assert_panic_recover.go:33)	CALL	runtime.typeAssert(SB)
	0x0059 00089 (type_assert_panic_recover.go:33)	ADDQ	$24, SP
	0x005d 00093 (type_assert_panic_recover.go:33)	POPQ	BP
	0x005e 00094 (type_assert_panic_recover.go:33)	RET
	0x005f 00095 (type_assert_panic_recover.go:33)	LEAQ	type:main.Named(SB), AX
	0x0066 00102 (type_assert_panic_recover.go:33)	CALL	runtime.panicnildottype(SB)
	0x006b 00107 (type_assert_panic_recover.go:33)	XCHGL	AX, AX
	0x006c 00108 (type_assert_panic_recover.go:33)	NOP
	0x006c 00108 (type_assert_panic_recover.go:33)	PCDATA	$1, $-1
	0x006c 00108 (type_assert_panic_recover.go:33)	PCDATA	$0, $-2
	0x006c 00108 (type_assert_panic_recover.go:33)	CALL	runtime.morestack(SB)
	0x0071 00113 (type_assert_panic_recover.go:33)	PCDATA	$0, $-1
	0x0071 00113 (type_assert_panic_recover.go:33)	JMP	0
	0x0000 49 3b 66 10 76 66 55 48 89 e5 48 83 ec 18 48 8b  I;f.vfUH..H...H.
	0x0010 4a 08 48 85 c9 74 48 48 8b 59 08 48 8b 15 00 00  J.H..tHH.Y.H....
	0x0020 00 00 48 8b 32 8b 49 10 eb 03 48 89 f9 48 89 cf  ..H.2.I...H..H..
	0x0030 48 21 f1 48 c1 e1 04 48 8b 4c 11 08 0f 1f 40 00  H!.H...H.L....@.
	0x0040 48 39 d9 74 14 48 ff c7 48 85 c9 75 dd 48 8d 05  H9.t.H..H..u.H..
	0x0050 00 00 00 00 e8 00 00 00 00 48 83 c4 18 5d c3 48  .........H...].H
	0x0060 8d 05 00 00 00 00 e8 00 00 00 00 90 e8 00 00 00  ................
	0x0070 00 eb 8d                                         ...
	rel 30+4 t=R_PCREL main..typeAssert.3+0
	rel 80+4 t=R_PCREL main..typeAssert.3+0
	rel 85+4 t=R_CALL runtime.typeAssert+0
	rel 98+4 t=R_PCREL type:main.Named+0
	rel 103+4 t=R_CALL runtime.panicnildottype+0
	rel 109+4 t=R_CALL runtime.morestack+0
main.main.func2 STEXT size=109 align=0x0 args=0x0 locals=0x30 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:30)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $48-0
	0x0000 00000 (type_assert_panic_recover.go:30)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:30)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:30)	JLS	102
	0x0006 00006 (type_assert_panic_recover.go:30)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_panic_recover.go:30)	PUSHQ	BP
	0x0007 00007 (type_assert_panic_recover.go:30)	MOVQ	SP, BP
	0x000a 00010 (type_assert_panic_recover.go:30)	SUBQ	$40, SP
	0x000e 00014 (type_assert_panic_recover.go:30)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (type_assert_panic_recover.go:30)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (type_assert_panic_recover.go:30)	MOVQ	8(DX), AX
	0x0012 00018 (type_assert_panic_recover.go:30)	LEAQ	type:string(SB), BX
	0x0019 00025 (type_assert_panic_recover.go:30)	CMPQ	AX, BX
	0x001c 00028 (type_assert_panic_recover.go:30)	JNE	87
	0x001e 00030 (type_assert_panic_recover.go:30)	MOVQ	16(DX), AX
	0x0022 00034 (type_assert_panic_recover.go:30)	MOVQ	(AX), CX
	0x0025 00037 (type_assert_panic_recover.go:30)	MOVQ	CX, main..autotmp_4+32(SP)
	0x002a 00042 (type_assert_panic_recover.go:30)	MOVQ	8(AX), AX
	0x002e 00046 (type_assert_panic_recover.go:30)	MOVQ	AX, main..autotmp_5+24(SP)
	0x0033 00051 (type_assert_panic_recover.go:30)	PCDATA	$1, $1
	0x0033 00051 (type_assert_panic_recover.go:30)	CALL	runtime.printlock(SB)
	0x0038 00056 (type_assert_panic_recover.go:30)	MOVQ	main..autotmp_4+32(SP), AX
	0x003d 00061 (type_assert_panic_recover.go:30)	MOVQ	main..autotmp_5+24(SP), BX
	0x0042 00066 (type_assert_panic_recover.go:30)	PCDATA	$1, $0
	0x0042 00066 (type_assert_panic_recover.go:30)	CALL	runtime.printstring(SB)
	0x0047 00071 (type_assert_panic_recover.go:30)	CALL	runtime.printnl(SB)
	0x004c 00076 (type_assert_panic_recover.go:30)	CALL	runtime.printunlock(SB)
	0x0051 00081 (type_assert_panic_recover.go:30)	ADDQ	$40, SP
	0x0055 00085 (type_assert_panic_recover.go:30)	POPQ	BP
	0x0056 00086 (type_assert_panic_recover.go:30)	RET
	0x0057 00087 (type_assert_panic_recover.go:30)	LEAQ	type:interface {}(SB), CX
	0x005e 00094 (type_assert_panic_recover.go:30)	NOP
	0x0060 00096 (type_assert_panic_recover.go:30)	CALL	runtime.panicdottypeE(SB)
	0x0065 00101 (type_assert_panic_recover.go:30)	XCHGL	AX, AX
	0x0066 00102 (type_assert_panic_recover.go:30)	NOP
	0x0066 00102 (type_assert_panic_recover.go:30)	PCDATA	$1, $-1
	0x0066 00102 (type_assert_panic_recover.go:30)	PCDATA	$0, $-2
	0x0066 00102 (type_assert_panic_recover.go:30)	CALL	runtime.morestack(SB)
	0x006b 00107 (type_assert_panic_recover.go:30)	PCDATA	$0, $-1
	0x006b 00107 (type_assert_panic_recover.go:30)	JMP	0
	0x0000 49 3b 66 10 76 60 55 48 89 e5 48 83 ec 28 48 8b  I;f.v`UH..H..(H.
	0x0010 42 08 48 8d 1d 00 00 00 00 48 39 d8 75 39 48 8b  B.H......H9.u9H.
	0x0020 42 10 48 8b 08 48 89 4c 24 20 48 8b 40 08 48 89  B.H..H.L$ H.@.H.
	0x0030 44 24 18 e8 00 00 00 00 48 8b 44 24 20 48 8b 5c  D$......H.D$ H.\
	0x0040 24 18 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  $...............
	0x0050 00 48 83 c4 28 5d c3 48 8d 0d 00 00 00 00 66 90  .H..(].H......f.
	0x0060 e8 00 00 00 00 90 e8 00 00 00 00 eb 93           .............
	rel 21+4 t=R_PCREL type:string+0
	rel 52+4 t=R_CALL runtime.printlock+0
	rel 67+4 t=R_CALL runtime.printstring+0
	rel 72+4 t=R_CALL runtime.printnl+0
	rel 77+4 t=R_CALL runtime.printunlock+0
	rel 90+4 t=R_PCREL type:interface {}+0
	rel 97+4 t=R_CALL runtime.panicdottypeE+0
	rel 103+4 t=R_CALL runtime.morestack+0
main.main.func1 STEXT size=56 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:29)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (type_assert_panic_recover.go:29)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:29)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:29)	JLS	49
	0x0006 00006 (type_assert_panic_recover.go:29)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_panic_recover.go:29)	PUSHQ	BP
	0x0007 00007 (type_assert_panic_recover.go:29)	MOVQ	SP, BP
	0x000a 00010 (type_assert_panic_recover.go:29)	SUBQ	$24, SP
	0x000e 00014 (type_assert_panic_recover.go:29)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:29)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:29)	MOVQ	8(DX), AX
	0x0012 00018 (type_assert_panic_recover.go:29)	LEAQ	type:int(SB), BX
	0x0019 00025 (type_assert_panic_recover.go:29)	CMPQ	AX, BX
	0x001c 00028 (type_assert_panic_recover.go:29)	JNE	36
	0x001e 00030 (type_assert_panic_recover.go:29)	ADDQ	$24, SP
	0x0022 00034 (type_assert_panic_recover.go:29)	POPQ	BP
	0x0023 00035 (type_assert_panic_recover.go:29)	RET
	0x0024 00036 (type_assert_panic_recover.go:29)	LEAQ	type:interface {}(SB), CX
	0x002b 00043 (type_assert_panic_recover.go:29)	PCDATA	$1, $0
	0x002b 00043 (type_assert_panic_recover.go:29)	CALL	runtime.panicdottypeE(SB)
	0x0030 00048 (type_assert_panic_recover.go:29)	XCHGL	AX, AX
	0x0031 00049 (type_assert_panic_recover.go:29)	NOP
	0x0031 00049 (type_assert_panic_recover.go:29)	PCDATA	$1, $-1
	0x0031 00049 (type_assert_panic_recover.go:29)	PCDATA	$0, $-2
	0x0031 00049 (type_assert_panic_recover.go:29)	CALL	runtime.morestack(SB)
	0x0036 00054 (type_assert_panic_recover.go:29)	PCDATA	$0, $-1
	0x0036 00054 (type_assert_panic_recover.go:29)	JMP	0
	0x0000 49 3b 66 10 76 2b 55 48 89 e5 48 83 ec 18 48 8b  I;f.v+UH..H...H.
	0x0010 42 08 48 8d 1d 00 00 00 00 48 39 d8 75 06 48 83  B.H......H9.u.H.
	0x0020 c4 18 5d c3 48 8d 0d 00 00 00 00 e8 00 00 00 00  ..].H...........
	0x0030 90 e8 00 00 00 00 eb c8                          ........
	rel 21+4 t=R_PCREL type:int+0
	rel 39+4 t=R_PCREL type:interface {}+0
	rel 44+4 t=R_CALL runtime.panicdottypeE+0
	rel 50+4 t=R_CALL runtime.morestack+0
main.main.func9 STEXT size=48 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (type_assert_panic_recover.go:43)	TEXT	main.main.func9(SB), ABIInternal, $32-0
	0x0000 00000 (type_assert_panic_recover.go:43)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_panic_recover.go:43)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_panic_recover.go:43)	JLS	41
	0x0006 00006 (type_assert_panic_recover.go:43)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_panic_recover.go:43)	PUSHQ	BP
	0x0007 00007 (type_assert_panic_recover.go:43)	MOVQ	SP, BP
	0x000a 00010 (type_assert_panic_recover.go:43)	SUBQ	$24, SP
	0x000e 00014 (type_assert_panic_recover.go:43)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:43)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (type_assert_panic_recover.go:43)	LEAQ	type:int(SB), AX
	0x0015 00021 (type_assert_panic_recover.go:43)	LEAQ	type:float64(SB), BX
	0x001c 00028 (type_assert_panic_recover.go:43)	LEAQ	type:interface {}(SB), CX
	0x0023 00035 (type_assert_panic_recover.go:43)	PCDATA	$1, $0
	0x0023 00035 (type_assert_panic_recover.go:43)	CALL	runtime.panicdottypeE(SB)
	0x0028 00040 (type_assert_panic_recover.go:43)	XCHGL	AX, AX
	0x0029 00041 (type_assert_panic_recover.go:43)	NOP
	0x0029 00041 (type_assert_panic_recover.go:43)	PCDATA	$1, $-1
	0x0029 00041 (type_assert_panic_recover.go:43)	PCDATA	$0, $-2
	0x0029 00041 (type_assert_panic_recover.go:43)	CALL	runtime.morestack_noctxt(SB)
	0x002e 00046 (type_assert_panic_recover.go:43)	PCDATA	$0, $-1
	0x002e 00046 (type_assert_panic_recover.go:43)	JMP	0
	0x0000 49 3b 66 10 76 23 55 48 89 e5 48 83 ec 18 48 8d  I;f.v#UH..H...H.
	0x0010 05 00 00 00 00 48 8d 1d 00 00 00 00 48 8d 0d 00  .....H......H...
	0x0020 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00 eb d0  ................
	rel 2+0 t=R_USEIFACE type:int+0
	rel 17+4 t=R_PCREL type:int+0
	rel 24+4 t=R_PCREL type:float64+0
	rel 31+4 t=R_PCREL type:interface {}+0
	rel 36+4 t=R_CALL runtime.panicdottypeE+0
	rel 42+4 t=R_CALL runtime.morestack_noctxt+0
main.Shape.Area STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Area.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Area.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.Named.Name STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Named.Name(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Named.Name.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Named.Name.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Named+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Box).Area STEXT dupok nosplit size=24 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Box).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Box).Area.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Box).Area.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	18
	0x0009 00009 (<autogenerated>:1)	MOVQ	(AX), AX
	0x000c 00012 (type_assert_panic_recover.go:9)	IMULQ	AX, AX
	0x0010 00016 (<unknown line number>)	NOP
	0x0010 00016 (<autogenerated>:1)	POPQ	BP
	0x0011 00017 (<autogenerated>:1)	RET
	0x0012 00018 (<autogenerated>:1)	PCDATA	$1, $1
	0x0012 00018 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0017 00023 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 09 48 8b 00 48 0f af c0  UH..H..t.H..H...
	0x0010 5d c3 e8 00 00 00 00 90                          ].......
	rel 19+4 t=R_CALL runtime.panicwrap+0
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
runtime.interequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.interequal+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Shape. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 53 68 61 70 65           ..*main.Shape
type:*main.Shape SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 64 b7 89 e8 28 08 08 16 00 00 00 00 00 00 00 00  d...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Shape.+0
	rel 48+8 t=R_ADDR type:main.Shape+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.*func() int- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 66 75 6e 63 28 29 20 69 6e 74           ..*func() int
type:*func() int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a8 d2 35 e7 28 08 08 16 00 00 00 00 00 00 00 00  ..5.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() int-+0
	rel 48+8 t=R_ADDR type:func() int+0
type:func() int SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bd 97 29 21 22 08 08 13 00 00 00 00 00 00 00 00  ..)!"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() int-+0
	rel 44+4 t=RelocType(-32763) type:*func() int+0
	rel 56+8 t=R_ADDR type:int+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Area. SRODATA dupok size=6 align=0x1
	0x0000 01 04 41 72 65 61                                ..Area
type:main.Shape SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 40 90 3c 62 07 08 08 14 00 00 00 00 00 00 00 00  @.<b............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Shape.+0
	rel 44+4 t=R_ADDROFF type:*main.Shape+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Shape+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 100+4 t=R_ADDROFF type:func() int+0
type:.namedata.*main.Box. SRODATA dupok size=11 align=0x1
	0x0000 01 09 2a 6d 61 69 6e 2e 42 6f 78                 ..*main.Box
type:.namedata.*func(*main.Box) int- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 42 6f  ..*func(*main.Bo
	0x0010 78 29 20 69 6e 74                                x) int
type:*func(*main.Box) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 32 25 4b 83 28 08 08 16 00 00 00 00 00 00 00 00  2%K.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Box) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Box) int+0
type:func(*main.Box) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bb f0 77 06 22 08 08 13 00 00 00 00 00 00 00 00  ..w."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Box) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Box) int+0
	rel 56+8 t=R_ADDR type:*main.Box+0
	rel 64+8 t=R_ADDR type:int+0
type:*main.Box SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a9 26 3a 8e 29 08 08 16 00 00 00 00 00 00 00 00  .&:.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Box.+0
	rel 48+8 t=R_ADDR type:main.Box+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Box).Area+0
	rel 84+4 t=R_METHODOFF main.(*Box).Area+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.w- SRODATA dupok size=3 align=0x1
	0x0000 00 01 77                                         ..w
type:.namedata.*func(main.Box) int- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 66 75 6e 63 28 6d 61 69 6e 2e 42 6f 78  ..*func(main.Box
	0x0010 29 20 69 6e 74                                   ) int
type:*func(main.Box) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c6 65 30 0c 28 08 08 16 00 00 00 00 00 00 00 00  .e0.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Box) int-+0
	rel 48+8 t=R_ADDR type:func(main.Box) int+0
type:func(main.Box) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b4 25 49 45 22 08 08 13 00 00 00 00 00 00 00 00  .%IE"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Box) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Box) int+0
	rel 56+8 t=R_ADDR type:main.Box+0
	rel 64+8 t=R_ADDR type:int+0
type:main.Box SRODATA size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 ea 54 c5 e6 0f 08 08 19 00 00 00 00 00 00 00 00  .T..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Box.+0
	rel 44+4 t=R_ADDROFF type:*main.Box+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Box+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.w-+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 124+4 t=R_METHODOFF type:func() int+0
	rel 128+4 t=R_METHODOFF main.(*Box).Area+0
	rel 132+4 t=R_METHODOFF main.Box.Area+0
go:itab.main.Box,main.Shape SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 ea 54 c5 e6 00 00 00 00 00 00 00 00 00 00 00 00  .T..............
	rel 0+8 t=R_ADDR type:main.Shape+0
	rel 8+8 t=R_ADDR type:main.Box+0
	rel 24+8 t=RelocType(-32767) main.(*Box).Area+0
go:itab.*main.Box,main.Shape SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 a9 26 3a 8e 00 00 00 00 00 00 00 00 00 00 00 00  .&:.............
	rel 0+8 t=R_ADDR type:main.Shape+0
	rel 8+8 t=R_ADDR type:*main.Box+0
	rel 24+8 t=RelocType(-32767) main.(*Box).Area+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Box.Area$abstract SDWARFABSFCN dupok size=27 align=0x0
	0x0000 05 6d 61 69 6e 2e 42 6f 78 2e 41 72 65 61 00 01  .main.Box.Area..
	0x0010 09 01 22 62 00 00 00 00 00 00 00                 .."b.......
	rel 22+4 t=R_DWARFSECREF go:info.main.Box+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Named. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 4e 61 6d 65 64           ..*main.Named
type:*main.Named SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 da 47 94 98 28 08 08 16 00 00 00 00 00 00 00 00  .G..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Named.+0
	rel 48+8 t=R_ADDR type:main.Named+0
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
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:main.Named SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 3a 43 68 93 07 08 08 14 00 00 00 00 00 00 00 00  :Ch.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Named.+0
	rel 44+4 t=R_ADDROFF type:*main.Named+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Named+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Name.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
runtime.memequal0·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal0+0
type:.namedata.*main.T. SRODATA dupok size=9 align=0x1
	0x0000 01 07 2a 6d 61 69 6e 2e 54                       ..*main.T
type:*main.T SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 df e6 04 1d 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.T.+0
	rel 48+8 t=R_ADDR type:main.T+0
type:main.T SRODATA size=96 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 3f 50 ab 9e 0f 01 01 19 00 00 00 00 00 00 00 00  ?P..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.memequal0·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.T.+0
	rel 44+4 t=R_ADDROFF type:*main.T+0
	rel 56+8 t=R_ADDR type:main.T+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
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
main..typeAssert.0 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:interface { Error() string }+0
go:string."recovered:" SRODATA dupok size=10 align=0x1
	0x0000 72 65 63 6f 76 65 72 65 64 3a                    recovered:
go:string." recovered: " SRODATA dupok size=12 align=0x1
	0x0000 20 72 65 63 6f 76 65 72 65 64 3a 20               recovered: 
go:string."recovered non-error" SRODATA dupok size=19 align=0x1
	0x0000 72 65 63 6f 76 65 72 65 64 20 6e 6f 6e 2d 65 72  recovered non-er
	0x0010 72 6f 72                                         ror
go:string." recovered non-error\n" SRODATA dupok size=21 align=0x1
	0x0000 20 72 65 63 6f 76 65 72 65 64 20 6e 6f 6e 2d 65   recovered non-e
	0x0010 72 72 6f 72 0a                                   rror.
go:string."no panic" SRODATA dupok size=8 align=0x1
	0x0000 6e 6f 20 70 61 6e 69 63                          no panic
go:string." no panic\n" SRODATA dupok size=10 align=0x1
	0x0000 20 6e 6f 20 70 61 6e 69 63 0a                     no panic.
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
go:string."str" SRODATA dupok size=3 align=0x1
	0x0000 73 74 72                                         str
go:string."string->int" SRODATA dupok size=11 align=0x1
	0x0000 73 74 72 69 6e 67 2d 3e 69 6e 74                 string->int
go:string."string->string" SRODATA dupok size=14 align=0x1
	0x0000 73 74 72 69 6e 67 2d 3e 73 74 72 69 6e 67        string->string
go:string."Shape->Named" SRODATA dupok size=12 align=0x1
	0x0000 53 68 61 70 65 2d 3e 4e 61 6d 65 64              Shape->Named
go:string."Shape->Box" SRODATA dupok size=10 align=0x1
	0x0000 53 68 61 70 65 2d 3e 42 6f 78                    Shape->Box
go:string."Shape->*Box" SRODATA dupok size=11 align=0x1
	0x0000 53 68 61 70 65 2d 3e 2a 42 6f 78                 Shape->*Box
go:string."nil->Box" SRODATA dupok size=8 align=0x1
	0x0000 6e 69 6c 2d 3e 42 6f 78                          nil->Box
go:string."nil->Named" SRODATA dupok size=10 align=0x1
	0x0000 6e 69 6c 2d 3e 4e 61 6d 65 64                    nil->Named
go:string."T->Shape" SRODATA dupok size=8 align=0x1
	0x0000 54 2d 3e 53 68 61 70 65                          T->Shape
go:string."int->float64" SRODATA dupok size=12 align=0x1
	0x0000 69 6e 74 2d 3e 66 6c 6f 61 74 36 34              int->float64
main..typeAssert.1 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:main.Shape+0
main..typeAssert.2 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:main.Named+0
main..typeAssert.3 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:main.Named+0
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."str"+0
main..stmp_1 SRODATA static size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
main..stmp_2 SRODATA static size=0 align=0x1
main..stmp_3 SRODATA static size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
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
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
main.main.func9·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func9+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Box.Area.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 fe 00 08 fd ff                                   .....
main.Box.Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·itaneJMpbAudh9zNu5JnHA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 05 00                    ..........
gclocals·yRSFT8nx6Snl7YO719L3pw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 04 00 00 00 00 08                    ..........
main.try.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e0 ff ff ff 18 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.try.opendefer SRODATA dupok size=2 align=0x1
	0x0000 21 08                                            !.
main.try.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 ff                       .........
main.try.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Dj7m7VTqKq6fxJqfrrXabg== SRODATA dupok size=8 align=0x4
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·lVFAk+px1WDZq7CxWzeXwg== SRODATA dupok size=13 align=0x4
	0x0000 05 00 00 00 03 00 00 00 00 02 06 04 03           .............
gclocals·/9is4gq24Q1h4ArwHiu1tg== SRODATA dupok size=9 align=0x4
	0x0000 01 00 00 00 06 00 00 00 00                       .........
main.main.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d0 ff ff ff 18 00 00 00  ................
	0x0010 18 00 00 00 00 00 00 00 e8 ff ff ff 18 00 00 00  ................
	0x0020 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.Shape.Area.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Shape.Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Named.Name.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Named.Name.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.(*Box).Area.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Box).Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
go:interface { Error() string }.Error.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
go:interface { Error() string }.Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
