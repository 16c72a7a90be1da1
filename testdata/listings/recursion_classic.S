funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (recursion_classic.go:60)	TEXT	main.main(SB), ABIInternal, $120-0
     0        00000 (recursion_classic.go:60)	TEXT	main.main(SB), ABIInternal, $120-0
     0     -1 00000 (recursion_classic.go:60)	CMPQ	SP, 16(R14)
     4        00004 (recursion_classic.go:60)	PCDATA	$0, $-2
     4        00004 (recursion_classic.go:60)	JLS	459
     a        00010 (recursion_classic.go:60)	PCDATA	$0, $-1
     a        00010 (recursion_classic.go:60)	PUSHQ	BP
     b        00011 (recursion_classic.go:60)	MOVQ	SP, BP
     e        00014 (recursion_classic.go:60)	SUBQ	$112, SP
    12        00018 (recursion_classic.go:60)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (recursion_classic.go:60)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (recursion_classic.go:61)	MOVL	$25, AX
    17        00023 (recursion_classic.go:61)	PCDATA	$1, $0
    17        00023 (recursion_classic.go:61)	CALL	main.fib(SB)
    1c        00028 (recursion_classic.go:61)	MOVQ	AX, main..autotmp_10+104(SP)
    21        00033 (recursion_classic.go:61)	CALL	runtime.printlock(SB)
    26        00038 (recursion_classic.go:61)	LEAQ	go:string."fib(25) "(SB), AX
    2d        00045 (recursion_classic.go:61)	MOVL	$8, BX
    32        00050 (recursion_classic.go:61)	CALL	runtime.printstring(SB)
    37        00055 (recursion_classic.go:61)	MOVQ	main..autotmp_10+104(SP), AX
    3c        00060 (recursion_classic.go:61)	NOP
    40        00064 (recursion_classic.go:61)	CALL	runtime.printint(SB)
    45        00069 (recursion_classic.go:61)	CALL	runtime.printnl(SB)
    4a        00074 (recursion_classic.go:61)	CALL	runtime.printunlock(SB)
    4f        00079 (recursion_classic.go:62)	MOVL	$2, AX
    54        00084 (recursion_classic.go:62)	MOVL	$3, BX
    59        00089 (recursion_classic.go:62)	CALL	main.ack(SB)
    5e        00094 (recursion_classic.go:62)	MOVQ	AX, main..autotmp_10+104(SP)
    63        00099 (recursion_classic.go:62)	MOVL	$3, AX
    68        00104 (recursion_classic.go:62)	MOVL	AX, BX
    6a        00106 (recursion_classic.go:62)	CALL	main.ack(SB)
    6f        00111 (recursion_classic.go:62)	MOVQ	AX, main..autotmp_11+96(SP)
    74        00116 (recursion_classic.go:62)	CALL	runtime.printlock(SB)
    79        00121 (recursion_classic.go:62)	LEAQ	go:string."ack(2,3) "(SB), AX
    80        00128 (recursion_classic.go:62)	MOVL	$9, BX
    85        00133 (recursion_classic.go:62)	CALL	runtime.printstring(SB)
    8a        00138 (recursion_classic.go:62)	MOVQ	main..autotmp_10+104(SP), AX
    8f        00143 (recursion_classic.go:62)	CALL	runtime.printint(SB)
    94        00148 (recursion_classic.go:62)	LEAQ	go:string." ack(3,3) "(SB), AX
    9b        00155 (recursion_classic.go:62)	MOVL	$10, BX
    a0        00160 (recursion_classic.go:62)	CALL	runtime.printstring(SB)
    a5        00165 (recursion_classic.go:62)	MOVQ	main..autotmp_11+96(SP), AX
    aa        00170 (recursion_classic.go:62)	CALL	runtime.printint(SB)
    af        00175 (recursion_classic.go:62)	CALL	runtime.printnl(SB)
    b4        00180 (recursion_classic.go:62)	CALL	runtime.printunlock(SB)
    b9        00185 (recursion_classic.go:63)	MOVQ	$0, main.moves+48(SP)
    c2        00194 (recursion_classic.go:64)	MOVL	$16, AX
    c7        00199 (recursion_classic.go:64)	MOVL	$65, BX
    cc        00204 (recursion_classic.go:64)	MOVL	$67, CX
    d1        00209 (recursion_classic.go:64)	MOVL	$66, DI
    d6        00214 (recursion_classic.go:64)	LEAQ	main.moves+48(SP), SI
    db        00219 (recursion_classic.go:64)	NOP
    e0        00224 (recursion_classic.go:64)	CALL	main.hanoi(SB)
    e5        00229 (recursion_classic.go:65)	CALL	runtime.printlock(SB)
    ea        00234 (recursion_classic.go:65)	LEAQ	go:string."hanoi 16 moves "(SB), AX
    f1        00241 (recursion_classic.go:65)	MOVL	$15, BX
    f6        00246 (recursion_classic.go:65)	CALL	runtime.printstring(SB)
    fb        00251 (recursion_classic.go:65)	MOVQ	main.moves+48(SP), AX
   100        00256 (recursion_classic.go:65)	CALL	runtime.printint(SB)
   105        00261 (recursion_classic.go:65)	CALL	runtime.printnl(SB)
   10a        00266 (recursion_classic.go:65)	CALL	runtime.printunlock(SB)
   10f        00271 (recursion_classic.go:66)	MOVQ	$0, main.count+56(SP)
   118        00280 (recursion_classic.go:67)	MOVQ	$1, main..autotmp_6+64(SP)
   121        00289 (recursion_classic.go:67)	MOVQ	$2, main..autotmp_6+72(SP)
   12a        00298 (recursion_classic.go:67)	MOVQ	$3, main..autotmp_6+80(SP)
   133        00307 (recursion_classic.go:67)	MOVQ	$4, main..autotmp_6+88(SP)
   13c        00316 (recursion_classic.go:67)	LEAQ	main..autotmp_6+64(SP), AX
   141        00321 (recursion_classic.go:67)	MOVL	$4, BX
   146        00326 (recursion_classic.go:67)	MOVL	BX, CX
   148        00328 (recursion_classic.go:67)	XORL	DI, DI
   14a        00330 (recursion_classic.go:67)	LEAQ	main.count+56(SP), SI
   14f        00335 (recursion_classic.go:67)	CALL	main.permute(SB)
   154        00340 (recursion_classic.go:68)	CALL	runtime.printlock(SB)
   159        00345 (recursion_classic.go:68)	LEAQ	go:string."perms "(SB), AX
   160        00352 (recursion_classic.go:68)	MOVL	$6, BX
   165        00357 (recursion_classic.go:68)	CALL	runtime.printstring(SB)
   16a        00362 (recursion_classic.go:68)	MOVQ	main.count+56(SP), AX
   16f        00367 (recursion_classic.go:68)	CALL	runtime.printint(SB)
   174        00372 (recursion_classic.go:68)	CALL	runtime.printnl(SB)
   179        00377 (recursion_classic.go:68)	CALL	runtime.printunlock(SB)
   17e        00382 (<unknown line number>)	NOP
   17e      0 00382 (recursion_classic.go:69)	MOVL	$1000, AX
   183        00387 (recursion_classic.go:69)	CALL	main.isOdd(SB)
   188        00392 (recursion_classic.go:69)	MOVB	AL, main.~r0+46(SP)
   18c     -1 00396 (recursion_classic.go:69)	MOVL	$1001, AX
   191        00401 (recursion_classic.go:69)	CALL	main.isOdd(SB)
   196        00406 (recursion_classic.go:69)	MOVB	AL, main..autotmp_12+47(SP)
   19a        00410 (recursion_classic.go:69)	CALL	runtime.printlock(SB)
   19f        00415 (recursion_classic.go:69)	MOVBLZX	main.~r0+46(SP), AX
   1a4        00420 (recursion_classic.go:69)	CALL	runtime.printbool(SB)
   1a9        00425 (recursion_classic.go:69)	CALL	runtime.printsp(SB)
   1ae        00430 (recursion_classic.go:69)	MOVBLZX	main..autotmp_12+47(SP), AX
   1b3        00435 (recursion_classic.go:69)	CALL	runtime.printbool(SB)
   1b8        00440 (recursion_classic.go:69)	CALL	runtime.printnl(SB)
   1bd        00445 (recursion_classic.go:69)	NOP
   1c0        00448 (recursion_classic.go:69)	CALL	runtime.printunlock(SB)
   1c5        00453 (recursion_classic.go:70)	ADDQ	$112, SP
   1c9        00457 (recursion_classic.go:70)	POPQ	BP
   1ca        00458 (recursion_classic.go:70)	RET
   1cb        00459 (recursion_classic.go:70)	NOP
   1cb        00459 (recursion_classic.go:60)	PCDATA	$1, $-1
   1cb        00459 (recursion_classic.go:60)	PCDATA	$0, $-2
   1cb        00459 (recursion_classic.go:60)	CALL	runtime.morestack_noctxt(SB)
   1d0        00464 (recursion_classic.go:60)	PCDATA	$0, $-1
   1d0        00464 (recursion_classic.go:60)	JMP	0
   1d5 done
wrote 8 bytes to 0x0
 00 fe 02 02 0e 01 49 00
-- inlining tree for main.main:
0 | -1 | main.isEven (recursion_classic.go:69:16) pc=396
--
funcpctab main.isOdd [valfunc=pctoinline]
     0     -1 00000 (recursion_classic.go:53)	TEXT	main.isOdd(SB), ABIInternal, $16-8
     0        00000 (recursion_classic.go:53)	TEXT	main.isOdd(SB), ABIInternal, $16-8
     0     -1 00000 (recursion_classic.go:53)	CMPQ	SP, 16(R14)
     4        00004 (recursion_classic.go:53)	PCDATA	$0, $-2
     4        00004 (recursion_classic.go:53)	JLS	57
     6        00006 (recursion_classic.go:53)	PCDATA	$0, $-1
     6        00006 (recursion_classic.go:53)	PUSHQ	BP
     7        00007 (recursion_classic.go:53)	MOVQ	SP, BP
     a        00010 (recursion_classic.go:53)	SUBQ	$8, SP
     e        00014 (recursion_classic.go:53)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recursion_classic.go:53)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recursion_classic.go:53)	FUNCDATA	$5, main.isOdd.arginfo1(SB)
     e        00014 (recursion_classic.go:53)	FUNCDATA	$6, main.isOdd.argliveinfo(SB)
     e        00014 (recursion_classic.go:53)	PCDATA	$3, $1
     e        00014 (recursion_classic.go:54)	TESTQ	AX, AX
    11        00017 (recursion_classic.go:54)	JEQ	49
    13        00019 (<unknown line number>)	NOP
    13      0 00019 (recursion_classic.go:57)	CMPQ	AX, $1
    17        00023 (recursion_classic.go:57)	JNE	34
    19        00025 (recursion_classic.go:57)	MOVL	$1, AX
    1e        00030 (recursion_classic.go:57)	NOP
    20     -1 00032 (recursion_classic.go:57)	JMP	43
    22      0 00034 (recursion_classic.go:57)	ADDQ	$-2, AX
    26        00038 (recursion_classic.go:57)	PCDATA	$1, $0
    26        00038 (recursion_classic.go:57)	CALL	main.isOdd(SB)
    2b     -1 00043 (recursion_classic.go:57)	ADDQ	$8, SP
    2f        00047 (recursion_classic.go:57)	POPQ	BP
    30        00048 (recursion_classic.go:57)	RET
    31        00049 (recursion_classic.go:55)	XORL	AX, AX
    33        00051 (recursion_classic.go:55)	ADDQ	$8, SP
    37        00055 (recursion_classic.go:55)	POPQ	BP
    38        00056 (recursion_classic.go:55)	RET
    39        00057 (recursion_classic.go:55)	NOP
    39        00057 (recursion_classic.go:53)	PCDATA	$1, $-1
    39        00057 (recursion_classic.go:53)	PCDATA	$0, $-2
    39        00057 (recursion_classic.go:53)	MOVQ	AX, 8(SP)
    3e        00062 (recursion_classic.go:53)	NOP
    40        00064 (recursion_classic.go:53)	CALL	runtime.morestack_noctxt(SB)
    45        00069 (recursion_classic.go:53)	PCDATA	$0, $-1
    45        00069 (recursion_classic.go:53)	MOVQ	8(SP), AX
    4a        00074 (recursion_classic.go:53)	JMP	0
    4c done
wrote 11 bytes to 0x0
 00 13 02 0d 01 02 02 09 01 21 00
-- inlining tree for main.isOdd:
0 | -1 | main.isEven (recursion_classic.go:57:15) pc=32
--
funcpctab main.permute [valfunc=pctoinline]
     0     -1 00000 (recursion_classic.go:31)	TEXT	main.permute(SB), ABIInternal, $88-40
     0        00000 (recursion_classic.go:31)	TEXT	main.permute(SB), ABIInternal, $88-40
     0     -1 00000 (recursion_classic.go:31)	CMPQ	SP, 16(R14)
     4        00004 (recursion_classic.go:31)	PCDATA	$0, $-2
     4        00004 (recursion_classic.go:31)	JLS	376
     a        00010 (recursion_classic.go:31)	PCDATA	$0, $-1
     a        00010 (recursion_classic.go:31)	PUSHQ	BP
     b        00011 (recursion_classic.go:31)	MOVQ	SP, BP
     e        00014 (recursion_classic.go:31)	SUBQ	$80, SP
    12        00018 (recursion_classic.go:31)	MOVQ	AX, main.a+96(FP)
    17        00023 (recursion_classic.go:31)	FUNCDATA	$0, gclocals·WUxwEKTiDLcppffQ18DAHw==(SB)
    17        00023 (recursion_classic.go:31)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    17        00023 (recursion_classic.go:31)	FUNCDATA	$5, main.permute.arginfo1(SB)
    17        00023 (recursion_classic.go:31)	FUNCDATA	$6, main.permute.argliveinfo(SB)
    17        00023 (recursion_classic.go:31)	PCDATA	$3, $1
    17        00023 (recursion_classic.go:32)	CMPQ	BX, DI
    1a        00026 (recursion_classic.go:32)	JEQ	73
    1c        00028 (recursion_classic.go:32)	MOVQ	DI, main.k+120(SP)
    21        00033 (recursion_classic.go:32)	MOVQ	SI, main.count+128(SP)
    29        00041 (recursion_classic.go:32)	MOVQ	AX, main.a+96(SP)
    2e        00046 (recursion_classic.go:32)	MOVQ	CX, main.a+112(SP)
    33        00051 (recursion_classic.go:32)	MOVQ	BX, main.a+104(SP)
    38        00056 (recursion_classic.go:32)	PCDATA	$3, $-1
    38        00056 (recursion_classic.go:41)	LEAQ	1(DI), DX
    3c        00060 (recursion_classic.go:41)	MOVQ	DX, main..autotmp_11+72(SP)
    41        00065 (recursion_classic.go:32)	MOVQ	DI, R8
    44        00068 (recursion_classic.go:39)	JMP	352
    49        00073 (recursion_classic.go:39)	PCDATA	$3, $1
    49        00073 (recursion_classic.go:33)	MOVQ	(SI), CX
    4c        00076 (recursion_classic.go:33)	INCQ	CX
    4f        00079 (recursion_classic.go:33)	MOVQ	CX, (SI)
    52        00082 (recursion_classic.go:34)	CMPQ	CX, $3
    56        00086 (recursion_classic.go:34)	JGT	239
    5c        00092 (recursion_classic.go:34)	NOP
    60        00096 (recursion_classic.go:35)	TESTQ	BX, BX
    63        00099 (recursion_classic.go:35)	JLS	261
    69        00105 (recursion_classic.go:35)	CMPQ	BX, $1
    6d        00109 (recursion_classic.go:35)	JLS	255
    73        00115 (recursion_classic.go:35)	CMPQ	BX, $2
    77        00119 (recursion_classic.go:35)	JLS	250
    7d        00125 (recursion_classic.go:35)	NOP
    80        00128 (recursion_classic.go:35)	CMPQ	BX, $3
    84        00132 (recursion_classic.go:35)	JLS	245
    86        00134 (recursion_classic.go:35)	MOVQ	(AX), CX
    89        00137 (recursion_classic.go:35)	MOVQ	CX, main..autotmp_11+72(SP)
    8e        00142 (recursion_classic.go:35)	MOVQ	8(AX), CX
    92        00146 (recursion_classic.go:35)	MOVQ	CX, main..autotmp_12+64(SP)
    97        00151 (recursion_classic.go:35)	MOVQ	16(AX), CX
    9b        00155 (recursion_classic.go:35)	MOVQ	CX, main..autotmp_13+56(SP)
    a0        00160 (recursion_classic.go:35)	MOVQ	24(AX), AX
    a4        00164 (recursion_classic.go:35)	MOVQ	AX, main..autotmp_14+48(SP)
    a9        00169 (recursion_classic.go:35)	PCDATA	$1, $1
    a9        00169 (recursion_classic.go:35)	CALL	runtime.printlock(SB)
    ae        00174 (recursion_classic.go:35)	MOVQ	main..autotmp_11+72(SP), AX
    b3        00179 (recursion_classic.go:35)	CALL	runtime.printint(SB)
    b8        00184 (recursion_classic.go:35)	CALL	runtime.printsp(SB)
    bd        00189 (recursion_classic.go:35)	MOVQ	main..autotmp_12+64(SP), AX
    c2        00194 (recursion_classic.go:35)	CALL	runtime.printint(SB)
    c7        00199 (recursion_classic.go:35)	CALL	runtime.printsp(SB)
    cc        00204 (recursion_classic.go:35)	MOVQ	main..autotmp_13+56(SP), AX
    d1        00209 (recursion_classic.go:35)	CALL	runtime.printint(SB)
    d6        00214 (recursion_classic.go:35)	CALL	runtime.printsp(SB)
    db        00219 (recursion_classic.go:35)	MOVQ	main..autotmp_14+48(SP), AX
    e0        00224 (recursion_classic.go:35)	CALL	runtime.printint(SB)
    e5        00229 (recursion_classic.go:35)	CALL	runtime.printnl(SB)
    ea        00234 (recursion_classic.go:35)	CALL	runtime.printunlock(SB)
    ef        00239 (recursion_classic.go:37)	ADDQ	$80, SP
    f3        00243 (recursion_classic.go:37)	POPQ	BP
    f4        00244 (recursion_classic.go:37)	RET
    f5        00245 (recursion_classic.go:35)	PCDATA	$4, $3564
    f5        00245 (recursion_classic.go:35)	CALL	runtime.panicBounds(SB)
    fa        00250 (recursion_classic.go:35)	PCDATA	$4, $2376
    fa        00250 (recursion_classic.go:35)	CALL	runtime.panicBounds(SB)
    ff        00255 (recursion_classic.go:35)	PCDATA	$4, $1188
    ff        00255 (recursion_classic.go:35)	NOP
   100        00256 (recursion_classic.go:35)	CALL	runtime.panicBounds(SB)
   105        00261 (recursion_classic.go:35)	PCDATA	$4, $0
   105        00261 (recursion_classic.go:35)	CALL	runtime.panicBounds(SB)
   10a        00266 (recursion_classic.go:35)	PCDATA	$3, $-1
   10a        00266 (recursion_classic.go:39)	MOVQ	DI, main.i+40(SP)
   10f        00271 (recursion_classic.go:40)	MOVQ	(AX)(DI*8), R9
   113        00275 (recursion_classic.go:40)	MOVQ	(AX)(R8*8), R10
   117        00279 (recursion_classic.go:40)	MOVQ	R9, (AX)(R8*8)
   11b        00283 (recursion_classic.go:40)	MOVQ	R10, (AX)(DI*8)
   11f        00287 (recursion_classic.go:41)	MOVQ	DX, DI
   122        00290 (recursion_classic.go:41)	PCDATA	$1, $0
   122        00290 (recursion_classic.go:41)	CALL	main.permute(SB)
   127        00295 (recursion_classic.go:42)	MOVQ	main.i+40(SP), DI
   12c        00300 (recursion_classic.go:42)	MOVQ	main.a+96(SP), AX
   131        00305 (recursion_classic.go:42)	MOVQ	(AX)(DI*8), DX
   135        00309 (recursion_classic.go:42)	MOVQ	main.k+120(SP), R8
   13a        00314 (recursion_classic.go:42)	MOVQ	(AX)(R8*8), R9
   13e        00318 (recursion_classic.go:42)	MOVQ	DX, (AX)(R8*8)
   142        00322 (recursion_classic.go:42)	MOVQ	R9, (AX)(DI*8)
   146        00326 (recursion_classic.go:39)	INCQ	DI
   149        00329 (recursion_classic.go:41)	MOVQ	main.a+112(SP), CX
   14e        00334 (recursion_classic.go:41)	MOVQ	main..autotmp_11+72(SP), DX
   153        00339 (recursion_classic.go:39)	MOVQ	main.a+104(SP), BX
   158        00344 (recursion_classic.go:41)	MOVQ	main.count+128(SP), SI
   160        00352 (recursion_classic.go:39)	CMPQ	BX, DI
   163        00355 (recursion_classic.go:39)	JLE	364
   165        00357 (recursion_classic.go:32)	CMPQ	BX, R8
   168        00360 (recursion_classic.go:40)	JHI	266
   16a        00362 (recursion_classic.go:40)	JMP	370
   16c        00364 (recursion_classic.go:44)	ADDQ	$80, SP
   170        00368 (recursion_classic.go:44)	POPQ	BP
   171        00369 (recursion_classic.go:44)	RET
   172        00370 (recursion_classic.go:40)	PCDATA	$1, $1
   172        00370 (recursion_classic.go:40)	PCDATA	$4, $4095
   172        00370 (recursion_classic.go:40)	CALL	runtime.panicBounds(SB)
   177        00375 (recursion_classic.go:40)	XCHGL	AX, AX
   178        00376 (recursion_classic.go:40)	NOP
   178        00376 (recursion_classic.go:31)	PCDATA	$1, $-1
   178        00376 (recursion_classic.go:31)	PCDATA	$0, $-2
   178        00376 (recursion_classic.go:31)	MOVQ	AX, 8(SP)
   17d        00381 (recursion_classic.go:31)	MOVQ	BX, 16(SP)
   182        00386 (recursion_classic.go:31)	MOVQ	CX, 24(SP)
   187        00391 (recursion_classic.go:31)	MOVQ	DI, 32(SP)
   18c        00396 (recursion_classic.go:31)	MOVQ	SI, 40(SP)
   191        00401 (recursion_classic.go:31)	CALL	runtime.morestack_noctxt(SB)
   196        00406 (recursion_classic.go:31)	PCDATA	$0, $-1
   196        00406 (recursion_classic.go:31)	MOVQ	8(SP), AX
   19b        00411 (recursion_classic.go:31)	MOVQ	16(SP), BX
   1a0        00416 (recursion_classic.go:31)	MOVQ	24(SP), CX
   1a5        00421 (recursion_classic.go:31)	MOVQ	32(SP), DI
   1aa        00426 (recursion_classic.go:31)	MOVQ	40(SP), SI
   1af        00431 (recursion_classic.go:31)	JMP	0
   1b4 done
wrote 4 bytes to 0x0
 00 b4 03 00
funcpctab main.hanoi [valfunc=pctoinline]
     0     -1 00000 (recursion_classic.go:22)	TEXT	main.hanoi(SB), ABIInternal, $40-24
     0        00000 (recursion_classic.go:22)	TEXT	main.hanoi(SB), ABIInternal, $40-24
     0     -1 00000 (recursion_classic.go:22)	CMPQ	SP, 16(R14)
     4        00004 (recursion_classic.go:22)	PCDATA	$0, $-2
     4        00004 (recursion_classic.go:22)	JLS	101
     6        00006 (recursion_classic.go:22)	PCDATA	$0, $-1
     6        00006 (recursion_classic.go:22)	PUSHQ	BP
     7        00007 (recursion_classic.go:22)	MOVQ	SP, BP
     a        00010 (recursion_classic.go:22)	SUBQ	$32, SP
     e        00014 (recursion_classic.go:22)	FUNCDATA	$0, gclocals·psbdpG2JvgWTgwMzSCvM6g==(SB)
     e        00014 (recursion_classic.go:22)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (recursion_classic.go:22)	FUNCDATA	$5, main.hanoi.arginfo1(SB)
     e        00014 (recursion_classic.go:22)	FUNCDATA	$6, main.hanoi.argliveinfo(SB)
     e        00014 (recursion_classic.go:22)	PCDATA	$3, $1
     e        00014 (recursion_classic.go:23)	TESTQ	AX, AX
    11        00017 (recursion_classic.go:23)	JNE	25
    13        00019 (recursion_classic.go:24)	ADDQ	$32, SP
    17        00023 (recursion_classic.go:24)	POPQ	BP
    18        00024 (recursion_classic.go:24)	RET
    19        00025 (recursion_classic.go:23)	MOVB	BL, main.from+56(SP)
    1d        00029 (recursion_classic.go:23)	MOVB	CL, main.to+57(SP)
    21        00033 (recursion_classic.go:23)	MOVB	DIB, main.via+58(SP)
    26        00038 (recursion_classic.go:23)	MOVQ	SI, main.moves+64(SP)
    2b        00043 (recursion_classic.go:23)	PCDATA	$3, $2
    2b        00043 (recursion_classic.go:26)	DECQ	AX
    2e        00046 (recursion_classic.go:26)	MOVQ	AX, main..autotmp_5+24(SP)
    33        00051 (recursion_classic.go:23)	MOVL	CX, DX
    35        00053 (recursion_classic.go:26)	MOVL	DI, CX
    37        00055 (recursion_classic.go:26)	MOVL	DX, DI
    39        00057 (recursion_classic.go:26)	PCDATA	$1, $0
    39        00057 (recursion_classic.go:26)	CALL	main.hanoi(SB)
    3e        00062 (recursion_classic.go:27)	MOVQ	main.moves+64(SP), SI
    43        00067 (recursion_classic.go:27)	INCQ	(SI)
    46        00070 (recursion_classic.go:28)	MOVQ	main..autotmp_5+24(SP), AX
    4b        00075 (recursion_classic.go:28)	MOVBLZX	main.via+58(SP), BX
    50        00080 (recursion_classic.go:28)	MOVBLZX	main.to+57(SP), CX
    55        00085 (recursion_classic.go:28)	MOVBLZX	main.from+56(SP), DI
    5a        00090 (recursion_classic.go:28)	PCDATA	$1, $1
    5a        00090 (recursion_classic.go:28)	CALL	main.hanoi(SB)
    5f        00095 (recursion_classic.go:29)	ADDQ	$32, SP
    63        00099 (recursion_classic.go:29)	POPQ	BP
    64        00100 (recursion_classic.go:29)	RET
    65        00101 (recursion_classic.go:29)	NOP
    65        00101 (recursion_classic.go:22)	PCDATA	$1, $-1
    65        00101 (recursion_classic.go:22)	PCDATA	$0, $-2
    65        00101 (recursion_classic.go:22)	MOVQ	AX, 8(SP)
    6a        00106 (recursion_classic.go:22)	MOVB	BL, 16(SP)
    6e        00110 (recursion_classic.go:22)	MOVB	CL, 17(SP)
    72        00114 (recursion_classic.go:22)	MOVB	DIB, 18(SP)
    77        00119 (recursion_classic.go:22)	MOVQ	SI, 24(SP)
    7c        00124 (recursion_classic.go:22)	NOP
    80        00128 (recursion_classic.go:22)	CALL	runtime.morestack_noctxt(SB)
    85        00133 (recursion_classic.go:22)	PCDATA	$0, $-1
    85        00133 (recursion_classic.go:22)	MOVQ	8(SP), AX
    8a        00138 (recursion_classic.go:22)	MOVBLZX	16(SP), BX
    8f        00143 (recursion_classic.go:22)	MOVBLZX	17(SP), CX
    94        00148 (recursion_classic.go:22)	MOVBLZX	18(SP), DI
    99        00153 (recursion_classic.go:22)	MOVQ	24(SP), SI
    9e        00158 (recursion_classic.go:22)	NOP
    a0        00160 (recursion_classic.go:22)	JMP	0
    a5 done
wrote 4 bytes to 0x0
 00 a5 01 00
funcpctab main.ack [valfunc=pctoinline]
     0     -1 00000 (recursion_classic.go:12)	TEXT	main.ack(SB), ABIInternal, $32-16
     0        00000 (recursion_classic.go:12)	TEXT	main.ack(SB), ABIInternal, $32-16
     0     -1 00000 (recursion_classic.go:12)	CMPQ	SP, 16(R14)
     4        00004 (recursion_classic.go:12)	PCDATA	$0, $-2
     4        00004 (recursion_classic.go:12)	JLS	89
     6        00006 (recursion_classic.go:12)	PCDATA	$0, $-1
     6        00006 (recursion_classic.go:12)	PUSHQ	BP
     7        00007 (recursion_classic.go:12)	MOVQ	SP, BP
     a        00010 (recursion_classic.go:12)	SUBQ	$24, SP
     e        00014 (recursion_classic.go:12)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recursion_classic.go:12)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recursion_classic.go:12)	FUNCDATA	$5, main.ack.arginfo1(SB)
     e        00014 (recursion_classic.go:12)	FUNCDATA	$6, main.ack.argliveinfo(SB)
     e        00014 (recursion_classic.go:12)	PCDATA	$3, $1
     e        00014 (recursion_classic.go:14)	TESTQ	AX, AX
    11        00017 (recursion_classic.go:14)	JEQ	79
    13        00019 (recursion_classic.go:16)	TESTQ	BX, BX
    16        00022 (recursion_classic.go:16)	JNE	43
    18        00024 (recursion_classic.go:17)	DECQ	AX
    1b        00027 (recursion_classic.go:17)	MOVL	$1, BX
    20        00032 (recursion_classic.go:17)	PCDATA	$1, $0
    20        00032 (recursion_classic.go:17)	CALL	main.ack(SB)
    25        00037 (recursion_classic.go:17)	ADDQ	$24, SP
    29        00041 (recursion_classic.go:17)	POPQ	BP
    2a        00042 (recursion_classic.go:17)	RET
    2b        00043 (recursion_classic.go:19)	LEAQ	-1(AX), CX
    2f        00047 (recursion_classic.go:19)	MOVQ	CX, main..autotmp_5+16(SP)
    34        00052 (recursion_classic.go:19)	DECQ	BX
    37        00055 (recursion_classic.go:19)	CALL	main.ack(SB)
    3c        00060 (recursion_classic.go:19)	MOVQ	AX, BX
    3f        00063 (recursion_classic.go:19)	MOVQ	main..autotmp_5+16(SP), AX
    44        00068 (recursion_classic.go:19)	CALL	main.ack(SB)
    49        00073 (recursion_classic.go:19)	ADDQ	$24, SP
    4d        00077 (recursion_classic.go:19)	POPQ	BP
    4e        00078 (recursion_classic.go:19)	RET
    4f        00079 (recursion_classic.go:15)	LEAQ	1(BX), AX
    53        00083 (recursion_classic.go:15)	ADDQ	$24, SP
    57        00087 (recursion_classic.go:15)	POPQ	BP
    58        00088 (recursion_classic.go:15)	RET
    59        00089 (recursion_classic.go:15)	NOP
    59        00089 (recursion_classic.go:12)	PCDATA	$1, $-1
    59        00089 (recursion_classic.go:12)	PCDATA	$0, $-2
    59        00089 (recursion_classic.go:12)	MOVQ	AX, 8(SP)
    5e        00094 (recursion_classic.go:12)	MOVQ	BX, 16(SP)
    63        00099 (recursion_classic.go:12)	CALL	runtime.morestack_noctxt(SB)
    68        00104 (recursion_classic.go:12)	PCDATA	$0, $-1
    68        00104 (recursion_classic.go:12)	MOVQ	8(SP), AX
    6d        00109 (recursion_classic.go:12)	MOVQ	16(SP), BX
    72        00114 (recursion_classic.go:12)	JMP	0
    74 done
wrote 3 bytes to 0x0
 00 74 00
funcpctab main.fib [valfunc=pctoinline]
     0     -1 00000 (recursion_classic.go:5)	TEXT	main.fib(SB), ABIInternal, $24-8
     0        00000 (recursion_classic.go:5)	TEXT	main.fib(SB), ABIInternal, $24-8
     0     -1 00000 (recursion_classic.go:5)	CMPQ	SP, 16(R14)
     4        00004 (recursion_classic.go:5)	PCDATA	$0, $-2
     4        00004 (recursion_classic.go:5)	JLS	72
     6        00006 (recursion_classic.go:5)	PCDATA	$0, $-1
     6        00006 (recursion_classic.go:5)	PUSHQ	BP
     7        00007 (recursion_classic.go:5)	MOVQ	SP, BP
     a        00010 (recursion_classic.go:5)	SUBQ	$16, SP
     e        00014 (recursion_classic.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recursion_classic.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recursion_classic.go:5)	FUNCDATA	$5, main.fib.arginfo1(SB)
     e        00014 (recursion_classic.go:5)	FUNCDATA	$6, main.fib.argliveinfo(SB)
     e        00014 (recursion_classic.go:5)	PCDATA	$3, $1
     e        00014 (recursion_classic.go:6)	CMPQ	AX, $2
    12        00018 (recursion_classic.go:6)	JGE	26
    14        00020 (recursion_classic.go:7)	ADDQ	$16, SP
    18        00024 (recursion_classic.go:7)	POPQ	BP
    19        00025 (recursion_classic.go:7)	RET
    1a        00026 (recursion_classic.go:6)	MOVQ	AX, main.n+32(SP)
    1f        00031 (recursion_classic.go:6)	PCDATA	$3, $-1
    1f        00031 (recursion_classic.go:9)	DECQ	AX
    22        00034 (recursion_classic.go:9)	PCDATA	$1, $0
    22        00034 (recursion_classic.go:9)	CALL	main.fib(SB)
    27        00039 (recursion_classic.go:9)	MOVQ	AX, main..autotmp_4+8(SP)
    2c        00044 (recursion_classic.go:9)	MOVQ	main.n+32(SP), AX
    31        00049 (recursion_classic.go:9)	ADDQ	$-2, AX
    35        00053 (recursion_classic.go:9)	CALL	main.fib(SB)
    3a        00058 (recursion_classic.go:9)	MOVQ	main..autotmp_4+8(SP), CX
    3f        00063 (recursion_classic.go:9)	ADDQ	CX, AX
    42        00066 (recursion_classic.go:9)	ADDQ	$16, SP
    46        00070 (recursion_classic.go:9)	POPQ	BP
    47        00071 (recursion_classic.go:9)	RET
    48        00072 (recursion_classic.go:9)	NOP
    48        00072 (recursion_classic.go:5)	PCDATA	$1, $-1
    48        00072 (recursion_classic.go:5)	PCDATA	$0, $-2
    48        00072 (recursion_classic.go:5)	MOVQ	AX, 8(SP)
    4d        00077 (recursion_classic.go:5)	CALL	runtime.morestack_noctxt(SB)
    52        00082 (recursion_classic.go:5)	PCDATA	$0, $-1
    52        00082 (recursion_classic.go:5)	MOVQ	8(SP), AX
    57        00087 (recursion_classic.go:5)	JMP	0
    59 done
wrote 3 bytes to 0x0
 00 59 00
funcpctab main.isEven [valfunc=pctoinline]
     0     -1 00000 (recursion_classic.go:46)	TEXT	main.isEven(SB), ABIInternal, $16-8
     0        00000 (recursion_classic.go:46)	TEXT	main.isEven(SB), ABIInternal, $16-8
     0     -1 00000 (recursion_classic.go:46)	CMPQ	SP, 16(R14)
     4        00004 (recursion_classic.go:46)	PCDATA	$0, $-2
     4        00004 (recursion_classic.go:46)	JLS	44
     6        00006 (recursion_classic.go:46)	PCDATA	$0, $-1
     6        00006 (recursion_classic.go:46)	PUSHQ	BP
     7        00007 (recursion_classic.go:46)	MOVQ	SP, BP
     a        00010 (recursion_classic.go:46)	SUBQ	$8, SP
     e        00014 (recursion_classic.go:46)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recursion_classic.go:46)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recursion_classic.go:46)	FUNCDATA	$5, main.isEven.arginfo1(SB)
     e        00014 (recursion_classic.go:46)	FUNCDATA	$6, main.isEven.argliveinfo(SB)
     e        00014 (recursion_classic.go:46)	PCDATA	$3, $1
     e        00014 (recursion_classic.go:47)	TESTQ	AX, AX
    11        00017 (recursion_classic.go:47)	JNE	30
    13        00019 (recursion_classic.go:48)	MOVL	$1, AX
    18        00024 (recursion_classic.go:48)	ADDQ	$8, SP
    1c        00028 (recursion_classic.go:48)	POPQ	BP
    1d        00029 (recursion_classic.go:48)	RET
    1e        00030 (recursion_classic.go:50)	DECQ	AX
    21        00033 (recursion_classic.go:50)	PCDATA	$1, $0
    21        00033 (recursion_classic.go:50)	CALL	main.isOdd(SB)
    26        00038 (recursion_classic.go:50)	ADDQ	$8, SP
    2a        00042 (recursion_classic.go:50)	POPQ	BP
    2b        00043 (recursion_classic.go:50)	RET
    2c        00044 (recursion_classic.go:50)	NOP
    2c        00044 (recursion_classic.go:46)	PCDATA	$1, $-1
    2c        00044 (recursion_classic.go:46)	PCDATA	$0, $-2
    2c        00044 (recursion_classic.go:46)	MOVQ	AX, 8(SP)
    31        00049 (recursion_classic.go:46)	CALL	runtime.morestack_noctxt(SB)
    36        00054 (recursion_classic.go:46)	PCDATA	$0, $-1
    36        00054 (recursion_classic.go:46)	MOVQ	8(SP), AX
    3b        00059 (recursion_classic.go:46)	JMP	0
    3d done
wrote 3 bytes to 0x0
 00 3d 00
main.fib STEXT size=89 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (recursion_classic.go:5)	TEXT	main.fib(SB), ABIInternal, $24-8
	0x0000 00000 (recursion_classic.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (recursion_classic.go:5)	PCDATA	$0, $-2
	0x0004 00004 (recursion_classic.go:5)	JLS	72
	0x0006 00006 (recursion_classic.go:5)	PCDATA	$0, $-1
	0x0006 00006 (recursion_classic.go:5)	PUSHQ	BP
	0x0007 00007 (recursion_classic.go:5)	MOVQ	SP, BP
	0x000a 00010 (recursion_classic.go:5)	SUBQ	$16, SP
	0x000e 00014 (recursion_classic.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recursion_classic.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recursion_classic.go:5)	FUNCDATA	$5, main.fib.arginfo1(SB)
	0x000e 00014 (recursion_classic.go:5)	FUNCDATA	$6, main.fib.argliveinfo(SB)
	0x000e 00014 (recursion_classic.go:5)	PCDATA	$3, $1
	0x000e 00014 (recursion_classic.go:6)	CMPQ	AX, $2
	0x0012 00018 (recursion_classic.go:6)	JGE	26
	0x0014 00020 (recursion_classic.go:7)	ADDQ	$16, SP
	0x0018 00024 (recursion_classic.go:7)	POPQ	BP
	0x0019 00025 (recursion_classic.go:7)	RET
	0x001a 00026 (recursion_classic.go:6)	MOVQ	AX, main.n+32(SP)
	0x001f 00031 (recursion_classic.go:6)	PCDATA	$3, $-1
	0x001f 00031 (recursion_classic.go:9)	DECQ	AX
	0x0022 00034 (recursion_classic.go:9)	PCDATA	$1, $0
	0x0022 00034 (recursion_classic.go:9)	CALL	main.fib(SB)
	0x0027 00039 (recursion_classic.go:9)	MOVQ	AX, main..autotmp_4+8(SP)
	0x002c 00044 (recursion_classic.go:9)	MOVQ	main.n+32(SP), AX
	0x0031 00049 (recursion_classic.go:9)	ADDQ	$-2, AX
	0x0035 00053 (recursion_classic.go:9)	CALL	main.fib(SB)
	0x003a 00058 (recursion_classic.go:9)	MOVQ	main..autotmp_4+8(SP), CX
	0x003f 00063 (recursion_classic.go:9)	ADDQ	CX, AX
	0x0042 00066 (recursion_classic.go:9)	ADDQ	$16, SP
	0x0046 00070 (recursion_classic.go:9)	POPQ	BP
	0x0047 00071 (recursion_classic.go:9)	RET
	0x0048 00072 (recursion_classic.go:9)	NOP
	0x0048 00072 (recursion_classic.go:5)	PCDATA	$1, $-1
	0x0048 00072 (recursion_classic.go:5)	PCDATA	$0, $-2
	0x0048 00072 (recursion_classic.go:5)	MOVQ	AX, 8(SP)
	0x004d 00077 (recursion_classic.go:5)	CALL	runtime.morestack_noctxt(SB)
	0x0052 00082 (recursion_classic.go:5)	PCDATA	$0, $-1
	0x0052 00082 (recursion_classic.go:5)	MOVQ	8(SP), AX
	0x0057 00087 (recursion_classic.go:5)	JMP	0
	0x0000 49 3b 66 10 76 42 55 48 89 e5 48 83 ec 10 48 83  I;f.vBUH..H...H.
	0x0010 f8 02 7d 06 48 83 c4 10 5d c3 48 89 44 24 20 48  ..}.H...].H.D$ H
	0x0020 ff c8 e8 00 00 00 00 48 89 44 24 08 48 8b 44 24  .......H.D$.H.D$
	0x0030 20 48 83 c0 fe e8 00 00 00 00 48 8b 4c 24 08 48   H........H.L$.H
	0x0040 01 c8 48 83 c4 10 5d c3 48 89 44 24 08 e8 00 00  ..H...].H.D$....
	0x0050 00 00 48 8b 44 24 08 eb a7                       ..H.D$...
	rel 35+4 t=R_CALL main.fib+0
	rel 54+4 t=R_CALL main.fib+0
	rel 78+4 t=R_CALL runtime.morestack_noctxt+0
main.ack STEXT size=116 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (recursion_classic.go:12)	TEXT	main.ack(SB), ABIInternal, $32-16
	0x0000 00000 (recursion_classic.go:12)	CMPQ	SP, 16(R14)
	0x0004 00004 (recursion_classic.go:12)	PCDATA	$0, $-2
	0x0004 00004 (recursion_classic.go:12)	JLS	89
	0x0006 00006 (recursion_classic.go:12)	PCDATA	$0, $-1
	0x0006 00006 (recursion_classic.go:12)	PUSHQ	BP
	0x0007 00007 (recursion_classic.go:12)	MOVQ	SP, BP
	0x000a 00010 (recursion_classic.go:12)	SUBQ	$24, SP
	0x000e 00014 (recursion_classic.go:12)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recursion_classic.go:12)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recursion_classic.go:12)	FUNCDATA	$5, main.ack.arginfo1(SB)
	0x000e 00014 (recursion_classic.go:12)	FUNCDATA	$6, main.ack.argliveinfo(SB)
	0x000e 00014 (recursion_classic.go:12)	PCDATA	$3, $1
	0x000e 00014 (recursion_classic.go:14)	TESTQ	AX, AX
	0x0011 00017 (recursion_classic.go:14)	JEQ	79
	0x0013 00019 (recursion_classic.go:16)	TESTQ	BX, BX
	0x0016 00022 (recursion_classic.go:16)	JNE	43
	0x0018 00024 (recursion_classic.go:17)	DECQ	AX
	0x001b 00027 (recursion_classic.go:17)	MOVL	$1, BX
	0x0020 00032 (recursion_classic.go:17)	PCDATA	$1, $0
	0x0020 00032 (recursion_classic.go:17)	CALL	main.ack(SB)
	0x0025 00037 (recursion_classic.go:17)	ADDQ	$24, SP
	0x0029 00041 (recursion_classic.go:17)	POPQ	BP
	0x002a 00042 (recursion_classic.go:17)	RET
	0x002b 00043 (recursion_classic.go:19)	LEAQ	-1(AX), CX
	0x002f 00047 (recursion_classic.go:19)	MOVQ	CX, main..autotmp_5+16(SP)
	0x0034 00052 (recursion_classic.go:19)	DECQ	BX
	0x0037 00055 (recursion_classic.go:19)	CALL	main.ack(SB)
	0x003c 00060 (recursion_classic.go:19)	MOVQ	AX, BX
	0x003f 00063 (recursion_classic.go:19)	MOVQ	main..autotmp_5+16(SP), AX
	0x0044 00068 (recursion_classic.go:19)	CALL	main.ack(SB)
	0x0049 00073 (recursion_classic.go:19)	ADDQ	$24, SP
	0x004d 00077 (recursion_classic.go:19)	POPQ	BP
	0x004e 00078 (recursion_classic.go:19)	RET
	0x004f 00079 (recursion_classic.go:15)	LEAQ	1(BX), AX
	0x0053 00083 (recursion_classic.go:15)	ADDQ	$24, SP
	0x0057 00087 (recursion_classic.go:15)	POPQ	BP
	0x0058 00088 (recursion_classic.go:15)	RET
	0x0059 00089 (recursion_classic.go:15)	NOP
	0x0059 00089 (recursion_classic.go:12)	PCDATA	$1, $-1
	0x0059 00089 (recursion_classic.go:12)	PCDATA	$0, $-2
	0x0059 00089 (recursion_classic.go:12)	MOVQ	AX, 8(SP)
	0x005e 00094 (recursion_classic.go:12)	MOVQ	BX, 16(SP)
	0x0063 00099 (recursion_classic.go:12)	CALL	runtime.morestack_noctxt(SB)
	0x0068 00104 (recursion_classic.go:12)	PCDATA	$0, $-1
	0x0068 00104 (recursion_classic.go:12)	MOVQ	8(SP), AX
	0x006d 00109 (recursion_classic.go:12)	MOVQ	16(SP), BX
	0x0072 00114 (recursion_classic.go:12)	JMP	0
	0x0000 49 3b 66 10 76 53 55 48 89 e5 48 83 ec 18 48 85  I;f.vSUH..H...H.
	0x0010 c0 74 3c 48 85 db 75 13 48 ff c8 bb 01 00 00 00  .t<H..u.H.......
	0x0020 e8 00 00 00 00 48 83 c4 18 5d c3 48 8d 48 ff 48  .....H...].H.H.H
	0x0030 89 4c 24 10 48 ff cb e8 00 00 00 00 48 89 c3 48  .L$.H.......H..H
	0x0040 8b 44 24 10 e8 00 00 00 00 48 83 c4 18 5d c3 48  .D$......H...].H
	0x0050 8d 43 01 48 83 c4 18 5d c3 48 89 44 24 08 48 89  .C.H...].H.D$.H.
	0x0060 5c 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c  \$......H.D$.H.\
	0x0070 24 10 eb 8c                                      $...
	rel 33+4 t=R_CALL main.ack+0
	rel 56+4 t=R_CALL main.ack+0
	rel 69+4 t=R_CALL main.ack+0
	rel 100+4 t=R_CALL runtime.morestack_noctxt+0
main.hanoi STEXT size=165 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (recursion_classic.go:22)	TEXT	main.hanoi(SB), ABIInternal, $40-24
	0x0000 00000 (recursion_classic.go:22)	CMPQ	SP, 16(R14)
	0x0004 00004 (recursion_classic.go:22)	PCDATA	$0, $-2
	0x0004 00004 (recursion_classic.go:22)	JLS	101
	0x0006 00006 (recursion_classic.go:22)	PCDATA	$0, $-1
	0x0006 00006 (recursion_classic.go:22)	PUSHQ	BP
	0x0007 00007 (recursion_classic.go:22)	MOVQ	SP, BP
	0x000a 00010 (recursion_classic.go:22)	SUBQ	$32, SP
	0x000e 00014 (recursion_classic.go:22)	FUNCDATA	$0, gclocals·psbdpG2JvgWTgwMzSCvM6g==(SB)
	0x000e 00014 (recursion_classic.go:22)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (recursion_classic.go:22)	FUNCDATA	$5, main.hanoi.arginfo1(SB)
	0x000e 00014 (recursion_classic.go:22)	FUNCDATA	$6, main.hanoi.argliveinfo(SB)
	0x000e 00014 (recursion_classic.go:22)	PCDATA	$3, $1
	0x000e 00014 (recursion_classic.go:23)	TESTQ	AX, AX
	0x0011 00017 (recursion_classic.go:23)	JNE	25
	0x0013 00019 (recursion_classic.go:24)	ADDQ	$32, SP
	0x0017 00023 (recursion_classic.go:24)	POPQ	BP
	0x0018 00024 (recursion_classic.go:24)	RET
	0x0019 00025 (recursion_classic.go:23)	MOVB	BL, main.from+56(SP)
	0x001d 00029 (recursion_classic.go:23)	MOVB	CL, main.to+57(SP)
	0x0021 00033 (recursion_classic.go:23)	MOVB	DIB, main.via+58(SP)
	0x0026 00038 (recursion_classic.go:23)	MOVQ	SI, main.moves+64(SP)
	0x002b 00043 (recursion_classic.go:23)	PCDATA	$3, $2
	0x002b 00043 (recursion_classic.go:26)	DECQ	AX
	0x002e 00046 (recursion_classic.go:26)	MOVQ	AX, main..autotmp_5+24(SP)
	0x0033 00051 (recursion_classic.go:23)	MOVL	CX, DX
	0x0035 00053 (recursion_classic.go:26)	MOVL	DI, CX
	0x0037 00055 (recursion_classic.go:26)	MOVL	DX, DI
	0x0039 00057 (recursion_classic.go:26)	PCDATA	$1, $0
	0x0039 00057 (recursion_classic.go:26)	CALL	main.hanoi(SB)
	0x003e 00062 (recursion_classic.go:27)	MOVQ	main.moves+64(SP), SI
	0x0043 00067 (recursion_classic.go:27)	INCQ	(SI)
	0x0046 00070 (recursion_classic.go:28)	MOVQ	main..autotmp_5+24(SP), AX
	0x004b 00075 (recursion_classic.go:28)	MOVBLZX	main.via+58(SP), BX
	0x0050 00080 (recursion_classic.go:28)	MOVBLZX	main.to+57(SP), CX
	0x0055 00085 (recursion_classic.go:28)	MOVBLZX	main.from+56(SP), DI
	0x005a 00090 (recursion_classic.go:28)	PCDATA	$1, $1
	0x005a 00090 (recursion_classic.go:28)	CALL	main.hanoi(SB)
	0x005f 00095 (recursion_classic.go:29)	ADDQ	$32, SP
	0x0063 00099 (recursion_classic.go:29)	POPQ	BP
	0x0064 00100 (recursion_classic.go:29)	RET
	0x0065 00101 (recursion_classic.go:29)	NOP
	0x0065 00101 (recursion_classic.go:22)	PCDATA	$1, $-1
	0x0065 00101 (recursion_classic.go:22)	PCDATA	$0, $-2
	0x0065 00101 (recursion_classic.go:22)	MOVQ	AX, 8(SP)
	0x006a 00106 (recursion_classic.go:22)	MOVB	BL, 16(SP)
	0x006e 00110 (recursion_classic.go:22)	MOVB	CL, 17(SP)
	0x0072 00114 (recursion_classic.go:22)	MOVB	DIB, 18(SP)
	0x0077 00119 (recursion_classic.go:22)	MOVQ	SI, 24(SP)
	0x007c 00124 (recursion_classic.go:22)	NOP
	0x0080 00128 (recursion_classic.go:22)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (recursion_classic.go:22)	PCDATA	$0, $-1
	0x0085 00133 (recursion_classic.go:22)	MOVQ	8(SP), AX
	0x008a 00138 (recursion_classic.go:22)	MOVBLZX	16(SP), BX
	0x008f 00143 (recursion_classic.go:22)	MOVBLZX	17(SP), CX
	0x0094 00148 (recursion_classic.go:22)	MOVBLZX	18(SP), DI
	0x0099 00153 (recursion_classic.go:22)	MOVQ	24(SP), SI
	0x009e 00158 (recursion_classic.go:22)	NOP
	0x00a0 00160 (recursion_classic.go:22)	JMP	0
	0x0000 49 3b 66 10 76 5f 55 48 89 e5 48 83 ec 20 48 85  I;f.v_UH..H.. H.
	0x0010 c0 75 06 48 83 c4 20 5d c3 88 5c 24 38 88 4c 24  .u.H.. ]..\$8.L$
	0x0020 39 40 88 7c 24 3a 48 89 74 24 40 48 ff c8 48 89  9@.|$:H.t$@H..H.
	0x0030 44 24 18 89 ca 89 f9 89 d7 e8 00 00 00 00 48 8b  D$............H.
	0x0040 74 24 40 48 ff 06 48 8b 44 24 18 0f b6 5c 24 3a  t$@H..H.D$...\$:
	0x0050 0f b6 4c 24 39 0f b6 7c 24 38 e8 00 00 00 00 48  ..L$9..|$8.....H
	0x0060 83 c4 20 5d c3 48 89 44 24 08 88 5c 24 10 88 4c  .. ].H.D$..\$..L
	0x0070 24 11 40 88 7c 24 12 48 89 74 24 18 0f 1f 40 00  $.@.|$.H.t$...@.
	0x0080 e8 00 00 00 00 48 8b 44 24 08 0f b6 5c 24 10 0f  .....H.D$...\$..
	0x0090 b6 4c 24 11 0f b6 7c 24 12 48 8b 74 24 18 66 90  .L$...|$.H.t$.f.
	0x00a0 e9 5b ff ff ff                                   .[...
	rel 58+4 t=R_CALL main.hanoi+0
	rel 91+4 t=R_CALL main.hanoi+0
	rel 129+4 t=R_CALL runtime.morestack_noctxt+0
main.permute STEXT size=436 align=0x0 args=0x28 locals=0x58 funcid=0x0
	0x0000 00000 (recursion_classic.go:31)	TEXT	main.permute(SB), ABIInternal, $88-40
	0x0000 00000 (recursion_classic.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (recursion_classic.go:31)	PCDATA	$0, $-2
	0x0004 00004 (recursion_classic.go:31)	JLS	376
	0x000a 00010 (recursion_classic.go:31)	PCDATA	$0, $-1
	0x000a 00010 (recursion_classic.go:31)	PUSHQ	BP
	0x000b 00011 (recursion_classic.go:31)	MOVQ	SP, BP
	0x000e 00014 (recursion_classic.go:31)	SUBQ	$80, SP
	0x0012 00018 (recursion_classic.go:31)	MOVQ	AX, main.a+96(FP)
	0x0017 00023 (recursion_classic.go:31)	FUNCDATA	$0, gclocals·WUxwEKTiDLcppffQ18DAHw==(SB)
	0x0017 00023 (recursion_classic.go:31)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0017 00023 (recursion_classic.go:31)	FUNCDATA	$5, main.permute.arginfo1(SB)
	0x0017 00023 (recursion_classic.go:31)	FUNCDATA	$6, main.permute.argliveinfo(SB)
	0x0017 00023 (recursion_classic.go:31)	PCDATA	$3, $1
	0x0017 00023 (recursion_classic.go:32)	CMPQ	BX, DI
	0x001a 00026 (recursion_classic.go:32)	JEQ	73
	0x001c 00028 (recursion_classic.go:32)	MOVQ	DI, main.k+120(SP)
	0x0021 00033 (recursion_classic.go:32)	MOVQ	SI, main.count+128(SP)
	0x0029 00041 (recursion_classic.go:32)	MOVQ	AX, main.a+96(SP)
	0x002e 00046 (recursion_classic.go:32)	MOVQ	CX, main.a+112(SP)
	0x0033 00051 (recursion_classic.go:32)	MOVQ	BX, main.a+104(SP)
	0x0038 00056 (recursion_classic.go:32)	PCDATA	$3, $-1
	0x0038 00056 (recursion_classic.go:41)	LEAQ	1(DI), DX
	0x003c 00060 (recursion_classic.go:41)	MOVQ	DX, main..autotmp_11+72(SP)
	0x0041 00065 (recursion_classic.go:32)	MOVQ	DI, R8
	0x0044 00068 (recursion_classic.go:39)	JMP	352
	0x0049 00073 (recursion_classic.go:39)	PCDATA	$3, $1
	0x0049 00073 (recursion_classic.go:33)	MOVQ	(SI), CX
	0x004c 00076 (recursion_classic.go:33)	INCQ	CX
	0x004f 00079 (recursion_classic.go:33)	MOVQ	CX, (SI)
	0x0052 00082 (recursion_classic.go:34)	CMPQ	CX, $3
	0x0056 00086 (recursion_classic.go:34)	JGT	239
	0x005c 00092 (recursion_classic.go:34)	NOP
	0x0060 00096 (recursion_classic.go:35)	TESTQ	BX, BX
	0x0063 00099 (recursion_classic.go:35)	JLS	261
	0x0069 00105 (recursion_classic.go:35)	CMPQ	BX, $1
	0x006d 00109 (recursion_classic.go:35)	JLS	255
	0x0073 00115 (recursion_classic.go:35)	CMPQ	BX, $2
	0x0077 00119 (recursion_classic.go:35)	JLS	250
	0x007d 00125 (recursion_classic.go:35)	NOP
	0x0080 00128 (recursion_classic.go:35)	CMPQ	BX, $3
	0x0084 00132 (recursion_classic.go:35)	JLS	245
	0x0086 00134 (recursion_classic.go:35)	MOVQ	(AX), CX
	0x0089 00137 (recursion_classic.go:35)	MOVQ	CX, main..autotmp_11+72(SP)
	0x008e 00142 (recursion_classic.go:35)	MOVQ	8(AX), CX
	0x0092 00146 (recursion_classic.go:35)	MOVQ	CX, main..autotmp_12+64(SP)
	0x0097 00151 (recursion_classic.go:35)	MOVQ	16(AX), CX
	0x009b 00155 (recursion_classic.go:35)	MOVQ	CX, main..autotmp_13+56(SP)
	0x00a0 00160 (recursion_classic.go:35)	MOVQ	24(AX), AX
	0x00a4 00164 (recursion_classic.go:35)	MOVQ	AX, main..autotmp_14+48(SP)
	0x00a9 00169 (recursion_classic.go:35)	PCDATA	$1, $1
	0x00a9 00169 (recursion_classic.go:35)	CALL	runtime.printlock(SB)
	0x00ae 00174 (recursion_classic.go:35)	MOVQ	main..autotmp_11+72(SP), AX
	0x00b3 00179 (recursion_classic.go:35)	CALL	runtime.printint(SB)
	0x00b8 00184 (recursion_classic.go:35)	CALL	runtime.printsp(SB)
	0x00bd 00189 (recursion_classic.go:35)	MOVQ	main..autotmp_12+64(SP), AX
	0x00c2 00194 (recursion_classic.go:35)	CALL	runtime.printint(SB)
	0x00c7 00199 (recursion_classic.go:35)	CALL	runtime.printsp(SB)
	0x00cc 00204 (recursion_classic.go:35)	MOVQ	main..autotmp_13+56(SP), AX
	0x00d1 00209 (recursion_classic.go:35)	CALL	runtime.printint(SB)
	0x00d6 00214 (recursion_classic.go:35)	CALL	runtime.printsp(SB)
	0x00db 00219 (recursion_classic.go:35)	MOVQ	main..autotmp_14+48(SP), AX
	0x00e0 00224 (recursion_classic.go:35)	CALL	runtime.printint(SB)
	0x00e5 00229 (recursion_classic.go:35)	CALL	runtime.printnl(SB)
	0x00ea 00234 (recursion_classic.go:35)	CALL	runtime.printunlock(SB)
	0x00ef 00239 (recursion_classic.go:37)	ADDQ	$80, SP
	0x00f3 00243 (recursion_classic.go:37)	POPQ	BP
	0x00f4 00244 (recursion_classic.go:37)	RET
	0x00f5 00245 (recursion_classic.go:35)	PCDATA	$4, $3564
	0x00f5 00245 (recursion_classic.go:35)	CALL	runtime.panicBounds(SB)
	0x00fa 00250 (recursion_classic.go:35)	PCDATA	$4, $2376
	0x00fa 00250 (recursion_classic.go:35)	CALL	runtime.panicBounds(SB)
	0x00ff 00255 (recursion_classic.go:35)	PCDATA	$4, $1188
	0x00ff 00255 (recursion_classic.go:35)	NOP
	0x0100 00256 (recursion_classic.go:35)	CALL	runtime.panicBounds(SB)
	0x0105 00261 (recursion_classic.go:35)	PCDATA	$4, $0
	0x0105 00261 (recursion_classic.go:35)	CALL	runtime.panicBounds(SB)
	0x010a 00266 (recursion_classic.go:35)	PCDATA	$3, $-1
	0x010a 00266 (recursion_classic.go:39)	MOVQ	DI, main.i+40(SP)
	0x010f 00271 (recursion_classic.go:40)	MOVQ	(AX)(DI*8), R9
	0x0113 00275 (recursion_classic.go:40)	MOVQ	(AX)(R8*8), R10
	0x0117 00279 (recursion_classic.go:40)	MOVQ	R9, (AX)(R8*8)
	0x011b 00283 (recursion_classic.go:40)	MOVQ	R10, (AX)(DI*8)
	0x011f 00287 (recursion_classic.go:41)	MOVQ	DX, DI
	0x0122 00290 (recursion_classic.go:41)	PCDATA	$1, $0
	0x0122 00290 (recursion_classic.go:41)	CALL	main.permute(SB)
	0x0127 00295 (recursion_classic.go:42)	MOVQ	main.i+40(SP), DI
	0x012c 00300 (recursion_classic.go:42)	MOVQ	main.a+96(SP), AX
	0x0131 00305 (recursion_classic.go:42)	MOVQ	(AX)(DI*8), DX
	0x0135 00309 (recursion_classic.go:42)	MOVQ	main.k+120(SP), R8
	0x013a 00314 (recursion_classic.go:42)	MOVQ	(AX)(R8*8), R9
	0x013e 00318 (recursion_classic.go:42)	MOVQ	DX, (AX)(R8*8)
	0x0142 00322 (recursion_classic.go:42)	MOVQ	R9, (AX)(DI*8)
	0x0146 00326 (recursion_classic.go:39)	INCQ	DI
	0x0149 00329 (recursion_classic.go:41)	MOVQ	main.a+112(SP), CX
	0x014e 00334 (recursion_classic.go:41)	MOVQ	main..autotmp_11+72(SP), DX
	0x0153 00339 (recursion_classic.go:39)	MOVQ	main.a+104(SP), BX
	0x0158 00344 (recursion_classic.go:41)	MOVQ	main.count+128(SP), SI
	0x0160 00352 (recursion_classic.go:39)	CMPQ	BX, DI
	0x0163 00355 (recursion_classic.go:39)	JLE	364
	0x0165 00357 (recursion_classic.go:32)	CMPQ	BX, R8
	0x0168 00360 (recursion_classic.go:40)	JHI	266
	0x016a 00362 (recursion_classic.go:40)	JMP	370
	0x016c 00364 (recursion_classic.go:44)	ADDQ	$80, SP
	0x0170 00368 (recursion_classic.go:44)	POPQ	BP
	0x0171 00369 (recursion_classic.go:44)	RET
	0x0172 00370 (recursion_classic.go:40)	PCDATA	$1, $1
	0x0172 00370 (recursion_classic.go:40)	PCDATA	$4, $4095
	0x0172 00370 (recursion_classic.go:40)	CALL	runtime.panicBounds(SB)
	0x0177 00375 (recursion_classic.go:40)	XCHGL	AX, AX
	0x0178 00376 (recursion_classic.go:40)	NOP
	0x0178 00376 (recursion_classic.go:31)	PCDATA	$1, $-1
	0x0178 00376 (recursion_classic.go:31)	PCDATA	$0, $-2
	0x0178 00376 (recursion_classic.go:31)	MOVQ	AX, 8(SP)
	0x017d 00381 (recursion_classic.go:31)	MOVQ	BX, 16(SP)
	0x0182 00386 (recursion_classic.go:31)	MOVQ	CX, 24(SP)
	0x0187 00391 (recursion_classic.go:31)	MOVQ	DI, 32(SP)
	0x018c 00396 (recursion_classic.go:31)	MOVQ	SI, 40(SP)
	0x0191 00401 (recursion_classic.go:31)	CALL	runtime.morestack_noctxt(SB)
	0x0196 00406 (recursion_classic.go:31)	PCDATA	$0, $-1
	0x0196 00406 (recursion_classic.go:31)	MOVQ	8(SP), AX
	0x019b 00411 (recursion_classic.go:31)	MOVQ	16(SP), BX
	0x01a0 00416 (recursion_classic.go:31)	MOVQ	24(SP), CX
	0x01a5 00421 (recursion_classic.go:31)	MOVQ	32(SP), DI
	0x01aa 00426 (recursion_classic.go:31)	MOVQ	40(SP), SI
	0x01af 00431 (recursion_classic.go:31)	JMP	0
	0x0000 49 3b 66 10 0f 86 6e 01 00 00 55 48 89 e5 48 83  I;f...n...UH..H.
	0x0010 ec 50 48 89 44 24 60 48 39 fb 74 2d 48 89 7c 24  .PH.D$`H9.t-H.|$
	0x0020 78 48 89 b4 24 80 00 00 00 48 89 44 24 60 48 89  xH..$....H.D$`H.
	0x0030 4c 24 70 48 89 5c 24 68 48 8d 57 01 48 89 54 24  L$pH.\$hH.W.H.T$
	0x0040 48 49 89 f8 e9 17 01 00 00 48 8b 0e 48 ff c1 48  HI.......H..H..H
	0x0050 89 0e 48 83 f9 03 0f 8f 93 00 00 00 0f 1f 40 00  ..H...........@.
	0x0060 48 85 db 0f 86 9c 00 00 00 48 83 fb 01 0f 86 8c  H........H......
	0x0070 00 00 00 48 83 fb 02 0f 86 7d 00 00 00 0f 1f 00  ...H.....}......
	0x0080 48 83 fb 03 76 6f 48 8b 08 48 89 4c 24 48 48 8b  H...voH..H.L$HH.
	0x0090 48 08 48 89 4c 24 40 48 8b 48 10 48 89 4c 24 38  H.H.L$@H.H.H.L$8
	0x00a0 48 8b 40 18 48 89 44 24 30 e8 00 00 00 00 48 8b  H.@.H.D$0.....H.
	0x00b0 44 24 48 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  D$H..........H.D
	0x00c0 24 40 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24  $@..........H.D$
	0x00d0 38 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 30  8..........H.D$0
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x00f0 83 c4 50 5d c3 e8 00 00 00 00 e8 00 00 00 00 90  ..P]............
	0x0100 e8 00 00 00 00 e8 00 00 00 00 48 89 7c 24 28 4c  ..........H.|$(L
	0x0110 8b 0c f8 4e 8b 14 c0 4e 89 0c c0 4c 89 14 f8 48  ...N...N...L...H
	0x0120 89 d7 e8 00 00 00 00 48 8b 7c 24 28 48 8b 44 24  .......H.|$(H.D$
	0x0130 60 48 8b 14 f8 4c 8b 44 24 78 4e 8b 0c c0 4a 89  `H...L.D$xN...J.
	0x0140 14 c0 4c 89 0c f8 48 ff c7 48 8b 4c 24 70 48 8b  ..L...H..H.L$pH.
	0x0150 54 24 48 48 8b 5c 24 68 48 8b b4 24 80 00 00 00  T$HH.\$hH..$....
	0x0160 48 39 fb 7e 07 4c 39 c3 77 a0 eb 06 48 83 c4 50  H9.~.L9.w...H..P
	0x0170 5d c3 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c  ].......H.D$.H.\
	0x0180 24 10 48 89 4c 24 18 48 89 7c 24 20 48 89 74 24  $.H.L$.H.|$ H.t$
	0x0190 28 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  (.....H.D$.H.\$.
	0x01a0 48 8b 4c 24 18 48 8b 7c 24 20 48 8b 74 24 28 e9  H.L$.H.|$ H.t$(.
	0x01b0 4c fe ff ff                                      L...
	rel 170+4 t=R_CALL runtime.printlock+0
	rel 180+4 t=R_CALL runtime.printint+0
	rel 185+4 t=R_CALL runtime.printsp+0
	rel 195+4 t=R_CALL runtime.printint+0
	rel 200+4 t=R_CALL runtime.printsp+0
	rel 210+4 t=R_CALL runtime.printint+0
	rel 215+4 t=R_CALL runtime.printsp+0
	rel 225+4 t=R_CALL runtime.printint+0
	rel 230+4 t=R_CALL runtime.printnl+0
	rel 235+4 t=R_CALL runtime.printunlock+0
	rel 246+4 t=R_CALL runtime.panicBounds+0
	rel 251+4 t=R_CALL runtime.panicBounds+0
	rel 257+4 t=R_CALL runtime.panicBounds+0
	rel 262+4 t=R_CALL runtime.panicBounds+0
	rel 291+4 t=R_CALL main.permute+0
	rel 371+4 t=R_CALL runtime.panicBounds+0
	rel 402+4 t=R_CALL runtime.morestack_noctxt+0
main.isEven STEXT size=61 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (recursion_classic.go:46)	TEXT	main.isEven(SB), ABIInternal, $16-8
	0x0000 00000 (recursion_classic.go:46)	CMPQ	SP, 16(R14)
	0x0004 00004 (recursion_classic.go:46)	PCDATA	$0, $-2
	0x0004 00004 (recursion_classic.go:46)	JLS	44
	0x0006 00006 (recursion_classic.go:46)	PCDATA	$0, $-1
	0x0006 00006 (recursion_classic.go:46)	PUSHQ	BP
	0x0007 00007 (recursion_classic.go:46)	MOVQ	SP, BP
	0x000a 00010 (recursion_classic.go:46)	SUBQ	$8, SP
	0x000e 00014 (recursion_classic.go:46)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recursion_classic.go:46)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recursion_classic.go:46)	FUNCDATA	$5, main.isEven.arginfo1(SB)
	0x000e 00014 (recursion_classic.go:46)	FUNCDATA	$6, main.isEven.argliveinfo(SB)
	0x000e 00014 (recursion_classic.go:46)	PCDATA	$3, $1
	0x000e 00014 (recursion_classic.go:47)	TESTQ	AX, AX
	0x0011 00017 (recursion_classic.go:47)	JNE	30
	0x0013 00019 (recursion_classic.go:48)	MOVL	$1, AX
	0x0018 00024 (recursion_classic.go:48)	ADDQ	$8, SP
	0x001c 00028 (recursion_classic.go:48)	POPQ	BP
	0x001d 00029 (recursion_classic.go:48)	RET
	0x001e 00030 (recursion_classic.go:50)	DECQ	AX
	0x0021 00033 (recursion_classic.go:50)	PCDATA	$1, $0
	0x0021 00033 (recursion_classic.go:50)	CALL	main.isOdd(SB)
	0x0026 00038 (recursion_classic.go:50)	ADDQ	$8, SP
	0x002a 00042 (recursion_classic.go:50)	POPQ	BP
	0x002b 00043 (recursion_classic.go:50)	RET
	0x002c 00044 (recursion_classic.go:50)	NOP
	0x002c 00044 (recursion_classic.go:46)	PCDATA	$1, $-1
	0x002c 00044 (recursion_classic.go:46)	PCDATA	$0, $-2
	0x002c 00044 (recursion_classic.go:46)	MOVQ	AX, 8(SP)
	0x0031 00049 (recursion_classic.go:46)	CALL	runtime.morestack_noctxt(SB)
	0x0036 00054 (recursion_classic.go:46)	PCDATA	$0, $-1
	0x0036 00054 (recursion_classic.go:46)	MOVQ	8(SP), AX
	0x003b 00059 (recursion_classic.go:46)	JMP	0
	0x0000 49 3b 66 10 76 26 55 48 89 e5 48 83 ec 08 48 85  I;f.v&UH..H...H.
	0x0010 c0 75 0b b8 01 00 00 00 48 83 c4 08 5d c3 48 ff  .u......H...].H.
	0x0020 c8 e8 00 00 00 00 48 83 c4 08 5d c3 48 89 44 24  ......H...].H.D$
	0x0030 08 e8 00 00 00 00 48 8b 44 24 08 eb c3           ......H.D$...
	rel 34+4 t=R_CALL main.isOdd+0
	rel 50+4 t=R_CALL runtime.morestack_noctxt+0
main.isOdd STEXT size=76 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (recursion_classic.go:53)	TEXT	main.isOdd(SB), ABIInternal, $16-8
	0x0000 00000 (recursion_classic.go:53)	CMPQ	SP, 16(R14)
	0x0004 00004 (recursion_classic.go:53)	PCDATA	$0, $-2
	0x0004 00004 (recursion_classic.go:53)	JLS	57
	0x0006 00006 (recursion_classic.go:53)	PCDATA	$0, $-1
	0x0006 00006 (recursion_classic.go:53)	PUSHQ	BP
	0x0007 00007 (recursion_classic.go:53)	MOVQ	SP, BP
	0x000a 00010 (recursion_classic.go:53)	SUBQ	$8, SP
	0x000e 00014 (recursion_classic.go:53)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recursion_classic.go:53)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recursion_classic.go:53)	FUNCDATA	$5, main.isOdd.arginfo1(SB)
	0x000e 00014 (recursion_classic.go:53)	FUNCDATA	$6, main.isOdd.argliveinfo(SB)
	0x000e 00014 (recursion_classic.go:53)	PCDATA	$3, $1
	0x000e 00014 (recursion_classic.go:54)	TESTQ	AX, AX
	0x0011 00017 (recursion_classic.go:54)	JEQ	49
	0x0013 00019 (<unknown line number>)	NOP
	0x0013 00019 (recursion_classic.go:47)	CMPQ	AX, $1
	0x0017 00023 (recursion_classic.go:47)	JNE	34
	0x0019 00025 (recursion_classic.go:47)	MOVL	$1, AX
	0x001e 00030 (recursion_classic.go:47)	NOP
	0x0020 00032 (recursion_classic.go:57)	JMP	43
	0x0022 00034 (recursion_classic.go:50)	ADDQ	$-2, AX
	0x0026 00038 (recursion_classic.go:50)	PCDATA	$1, $0
	0x0026 00038 (recursion_classic.go:50)	CALL	main.isOdd(SB)
	0x002b 00043 (recursion_classic.go:57)	ADDQ	$8, SP
	0x002f 00047 (recursion_classic.go:57)	POPQ	BP
	0x0030 00048 (recursion_classic.go:57)	RET
	0x0031 00049 (recursion_classic.go:55)	XORL	AX, AX
	0x0033 00051 (recursion_classic.go:55)	ADDQ	$8, SP
	0x0037 00055 (recursion_classic.go:55)	POPQ	BP
	0x0038 00056 (recursion_classic.go:55)	RET
	0x0039 00057 (recursion_classic.go:55)	NOP
	0x0039 00057 (recursion_classic.go:53)	PCDATA	$1, $-1
	0x0039 00057 (recursion_classic.go:53)	PCDATA	$0, $-2
	0x0039 00057 (recursion_classic.go:53)	MOVQ	AX, 8(SP)
	0x003e 00062 (recursion_classic.go:53)	NOP
	0x0040 00064 (recursion_classic.go:53)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (recursion_classic.go:53)	PCDATA	$0, $-1
	0x0045 00069 (recursion_classic.go:53)	MOVQ	8(SP), AX
	0x004a 00074 (recursion_classic.go:53)	JMP	0
	0x0000 49 3b 66 10 76 33 55 48 89 e5 48 83 ec 08 48 85  I;f.v3UH..H...H.
	0x0010 c0 74 1e 48 83 f8 01 75 09 b8 01 00 00 00 66 90  .t.H...u......f.
	0x0020 eb 09 48 83 c0 fe e8 00 00 00 00 48 83 c4 08 5d  ..H........H...]
	0x0030 c3 31 c0 48 83 c4 08 5d c3 48 89 44 24 08 66 90  .1.H...].H.D$.f.
	0x0040 e8 00 00 00 00 48 8b 44 24 08 eb b4              .....H.D$...
	rel 39+4 t=R_CALL main.isOdd+0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=469 align=0x0 args=0x0 locals=0x78 funcid=0x0
	0x0000 00000 (recursion_classic.go:60)	TEXT	main.main(SB), ABIInternal, $120-0
	0x0000 00000 (recursion_classic.go:60)	CMPQ	SP, 16(R14)
	0x0004 00004 (recursion_classic.go:60)	PCDATA	$0, $-2
	0x0004 00004 (recursion_classic.go:60)	JLS	459
	0x000a 00010 (recursion_classic.go:60)	PCDATA	$0, $-1
	0x000a 00010 (recursion_classic.go:60)	PUSHQ	BP
	0x000b 00011 (recursion_classic.go:60)	MOVQ	SP, BP
	0x000e 00014 (recursion_classic.go:60)	SUBQ	$112, SP
	0x0012 00018 (recursion_classic.go:60)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (recursion_classic.go:60)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (recursion_classic.go:61)	MOVL	$25, AX
	0x0017 00023 (recursion_classic.go:61)	PCDATA	$1, $0
	0x0017 00023 (recursion_classic.go:61)	CALL	main.fib(SB)
	0x001c 00028 (recursion_classic.go:61)	MOVQ	AX, main..autotmp_10+104(SP)
	0x0021 00033 (recursion_classic.go:61)	CALL	runtime.printlock(SB)
	0x0026 00038 (recursion_classic.go:61)	LEAQ	go:string."fib(25) "(SB), AX
	0x002d 00045 (recursion_classic.go:61)	MOVL	$8, BX
	0x0032 00050 (recursion_classic.go:61)	CALL	runtime.printstring(SB)
	0x0037 00055 (recursion_classic.go:61)	MOVQ	main..autotmp_10+104(SP), AX
	0x003c 00060 (recursion_classic.go:61)	NOP
	0x0040 00064 (recursion_classic.go:61)	CALL	runtime.printint(SB)
	0x0045 00069 (recursion_classic.go:61)	CALL	runtime.printnl(SB)
	0x004a 00074 (recursion_classic.go:61)	CALL	runtime.printunlock(SB)
	0x004f 00079 (recursion_classic.go:62)	MOVL	$2, AX
	0x0054 00084 (recursion_classic.go:62)	MOVL	$3, BX
	0x0059 00089 (recursion_classic.go:62)	CALL	main.ack(SB)
	0x005e 00094 (recursion_classic.go:62)	MOVQ	AX, main..autotmp_10+104(SP)
	0x0063 00099 (recursion_classic.go:62)	MOVL	$3, AX
	0x0068 00104 (recursion_classic.go:62)	MOVL	AX, BX
	0x006a 00106 (recursion_classic.go:62)	CALL	main.ack(SB)
	0x006f 00111 (recursion_classic.go:62)	MOVQ	AX, main..autotmp_11+96(SP)
	0x0074 00116 (recursion_classic.go:62)	CALL	runtime.printlock(SB)
	0x0079 00121 (recursion_classic.go:62)	LEAQ	go:string."ack(2,3) "(SB), AX
	0x0080 00128 (recursion_classic.go:62)	MOVL	$9, BX
	0x0085 00133 (recursion_classic.go:62)	CALL	runtime.printstring(SB)
	0x008a 00138 (recursion_classic.go:62)	MOVQ	main..autotmp_10+104(SP), AX
	0x008f 00143 (recursion_classic.go:62)	CALL	runtime.printint(SB)
	0x0094 00148 (recursion_classic.go:62)	LEAQ	go:string." ack(3,3) "(SB), AX
	0x009b 00155 (recursion_classic.go:62)	MOVL	$10, BX
	0x00a0 00160 (recursion_classic.go:62)	CALL	runtime.printstring(SB)
	0x00a5 00165 (recursion_classic.go:62)	MOVQ	main..autotmp_11+96(SP), AX
	0x00aa 00170 (recursion_classic.go:62)	CALL	runtime.printint(SB)
	0x00af 00175 (recursion_classic.go:62)	CALL	runtime.printnl(SB)
	0x00b4 00180 (recursion_classic.go:62)	CALL	runtime.printunlock(SB)
	0x00b9 00185 (recursion_classic.go:63)	MOVQ	$0, main.moves+48(SP)
	0x00c2 00194 (recursion_classic.go:64)	MOVL	$16, AX
	0x00c7 00199 (recursion_classic.go:64)	MOVL	$65, BX
	0x00cc 00204 (recursion_classic.go:64)	MOVL	$67, CX
	0x00d1 00209 (recursion_classic.go:64)	MOVL	$66, DI
	0x00d6 00214 (recursion_classic.go:64)	LEAQ	main.moves+48(SP), SI
	0x00db 00219 (recursion_classic.go:64)	NOP
	0x00e0 00224 (recursion_classic.go:64)	CALL	main.hanoi(SB)
	0x00e5 00229 (recursion_classic.go:65)	CALL	runtime.printlock(SB)
	0x00ea 00234 (recursion_classic.go:65)	LEAQ	go:string."hanoi 16 moves "(SB), AX
	0x00f1 00241 (recursion_classic.go:65)	MOVL	$15, BX
	0x00f6 00246 (recursion_classic.go:65)	CALL	runtime.printstring(SB)
	0x00fb 00251 (recursion_classic.go:65)	MOVQ	main.moves+48(SP), AX
	0x0100 00256 (recursion_classic.go:65)	CALL	runtime.printint(SB)
	0x0105 00261 (recursion_classic.go:65)	CALL	runtime.printnl(SB)
	0x010a 00266 (recursion_classic.go:65)	CALL	runtime.printunlock(SB)
	0x010f 00271 (recursion_classic.go:66)	MOVQ	$0, main.count+56(SP)
	0x0118 00280 (recursion_classic.go:67)	MOVQ	$1, main..autotmp_6+64(SP)
	0x0121 00289 (recursion_classic.go:67)	MOVQ	$2, main..autotmp_6+72(SP)
	0x012a 00298 (recursion_classic.go:67)	MOVQ	$3, main..autotmp_6+80(SP)
	0x0133 00307 (recursion_classic.go:67)	MOVQ	$4, main..autotmp_6+88(SP)
	0x013c 00316 (recursion_classic.go:67)	LEAQ	main..autotmp_6+64(SP), AX
	0x0141 00321 (recursion_classic.go:67)	MOVL	$4, BX
	0x0146 00326 (recursion_classic.go:67)	MOVL	BX, CX
	0x0148 00328 (recursion_classic.go:67)	XORL	DI, DI
	0x014a 00330 (recursion_classic.go:67)	LEAQ	main.count+56(SP), SI
	0x014f 00335 (recursion_classic.go:67)	CALL	main.permute(SB)
	0x0154 00340 (recursion_classic.go:68)	CALL	runtime.printlock(SB)
	0x0159 00345 (recursion_classic.go:68)	LEAQ	go:string."perms "(SB), AX
	0x0160 00352 (recursion_classic.go:68)	MOVL	$6, BX
	0x0165 00357 (recursion_classic.go:68)	CALL	runtime.printstring(SB)
	0x016a 00362 (recursion_classic.go:68)	MOVQ	main.count+56(SP), AX
	0x016f 00367 (recursion_classic.go:68)	CALL	runtime.printint(SB)
	0x0174 00372 (recursion_classic.go:68)	CALL	runtime.printnl(SB)
	0x0179 00377 (recursion_classic.go:68)	CALL	runtime.printunlock(SB)
	0x017e 00382 (<unknown line number>)	NOP
	0x017e 00382 (recursion_classic.go:50)	MOVL	$1000, AX
	0x0183 00387 (recursion_classic.go:50)	CALL	main.isOdd(SB)
	0x0188 00392 (recursion_classic.go:50)	MOVB	AL, main.~r0+46(SP)
	0x018c 00396 (recursion_classic.go:69)	MOVL	$1001, AX
	0x0191 00401 (recursion_classic.go:69)	CALL	main.isOdd(SB)
	0x0196 00406 (recursion_classic.go:69)	MOVB	AL, main..autotmp_12+47(SP)
	0x019a 00410 (recursion_classic.go:69)	CALL	runtime.printlock(SB)
	0x019f 00415 (recursion_classic.go:69)	MOVBLZX	main.~r0+46(SP), AX
	0x01a4 00420 (recursion_classic.go:69)	CALL	runtime.printbool(SB)
	0x01a9 00425 (recursion_classic.go:69)	CALL	runtime.printsp(SB)
	0x01ae 00430 (recursion_classic.go:69)	MOVBLZX	main..autotmp_12+47(SP), AX
	0x01b3 00435 (recursion_classic.go:69)	CALL	runtime.printbool(SB)
	0x01b8 00440 (recursion_classic.go:69)	CALL	runtime.printnl(SB)
	0x01bd 00445 (recursion_classic.go:69)	NOP
	0x01c0 00448 (recursion_classic.go:69)	CALL	runtime.printunlock(SB)
	0x01c5 00453 (recursion_classic.go:70)	ADDQ	$112, SP
	0x01c9 00457 (recursion_classic.go:70)	POPQ	BP
	0x01ca 00458 (recursion_classic.go:70)	RET
	0x01cb 00459 (recursion_classic.go:70)	NOP
	0x01cb 00459 (recursion_classic.go:60)	PCDATA	$1, $-1
	0x01cb 00459 (recursion_classic.go:60)	PCDATA	$0, $-2
	0x01cb 00459 (recursion_classic.go:60)	CALL	runtime.morestack_noctxt(SB)
	0x01d0 00464 (recursion_classic.go:60)	PCDATA	$0, $-1
	0x01d0 00464 (recursion_classic.go:60)	JMP	0
	0x0000 49 3b 66 10 0f 86 c1 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 70 b8 19 00 00 00 e8 00 00 00 00 48 89 44 24  .p..........H.D$
	0x0020 68 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 08 00  h.....H.........
	0x0030 00 00 e8 00 00 00 00 48 8b 44 24 68 0f 1f 40 00  .......H.D$h..@.
	0x0040 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0050 02 00 00 00 bb 03 00 00 00 e8 00 00 00 00 48 89  ..............H.
	0x0060 44 24 68 b8 03 00 00 00 89 c3 e8 00 00 00 00 48  D$h............H
	0x0070 89 44 24 60 e8 00 00 00 00 48 8d 05 00 00 00 00  .D$`.....H......
	0x0080 bb 09 00 00 00 e8 00 00 00 00 48 8b 44 24 68 e8  ..........H.D$h.
	0x0090 00 00 00 00 48 8d 05 00 00 00 00 bb 0a 00 00 00  ....H...........
	0x00a0 e8 00 00 00 00 48 8b 44 24 60 e8 00 00 00 00 e8  .....H.D$`......
	0x00b0 00 00 00 00 e8 00 00 00 00 48 c7 44 24 30 00 00  .........H.D$0..
	0x00c0 00 00 b8 10 00 00 00 bb 41 00 00 00 b9 43 00 00  ........A....C..
	0x00d0 00 bf 42 00 00 00 48 8d 74 24 30 0f 1f 44 00 00  ..B...H.t$0..D..
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x00f0 00 bb 0f 00 00 00 e8 00 00 00 00 48 8b 44 24 30  ...........H.D$0
	0x0100 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0110 c7 44 24 38 00 00 00 00 48 c7 44 24 40 01 00 00  .D$8....H.D$@...
	0x0120 00 48 c7 44 24 48 02 00 00 00 48 c7 44 24 50 03  .H.D$H....H.D$P.
	0x0130 00 00 00 48 c7 44 24 58 04 00 00 00 48 8d 44 24  ...H.D$X....H.D$
	0x0140 40 bb 04 00 00 00 89 d9 31 ff 48 8d 74 24 38 e8  @.......1.H.t$8.
	0x0150 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0160 bb 06 00 00 00 e8 00 00 00 00 48 8b 44 24 38 e8  ..........H.D$8.
	0x0170 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 e8  ................
	0x0180 03 00 00 e8 00 00 00 00 88 44 24 2e b8 e9 03 00  .........D$.....
	0x0190 00 e8 00 00 00 00 88 44 24 2f e8 00 00 00 00 0f  .......D$/......
	0x01a0 b6 44 24 2e e8 00 00 00 00 e8 00 00 00 00 0f b6  .D$.............
	0x01b0 44 24 2f e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  D$/.............
	0x01c0 e8 00 00 00 00 48 83 c4 70 5d c3 e8 00 00 00 00  .....H..p]......
	0x01d0 e9 2b fe ff ff                                   .+...
	rel 24+4 t=R_CALL main.fib+0
	rel 34+4 t=R_CALL runtime.printlock+0
	rel 41+4 t=R_PCREL go:string."fib(25) "+0
	rel 51+4 t=R_CALL runtime.printstring+0
	rel 65+4 t=R_CALL runtime.printint+0
	rel 70+4 t=R_CALL runtime.printnl+0
	rel 75+4 t=R_CALL runtime.printunlock+0
	rel 90+4 t=R_CALL main.ack+0
	rel 107+4 t=R_CALL main.ack+0
	rel 117+4 t=R_CALL runtime.printlock+0
	rel 124+4 t=R_PCREL go:string."ack(2,3) "+0
	rel 134+4 t=R_CALL runtime.printstring+0
	rel 144+4 t=R_CALL runtime.printint+0
	rel 151+4 t=R_PCREL go:string." ack(3,3) "+0
	rel 161+4 t=R_CALL runtime.printstring+0
	rel 171+4 t=R_CALL runtime.printint+0
	rel 176+4 t=R_CALL runtime.printnl+0
	rel 181+4 t=R_CALL runtime.printunlock+0
	rel 225+4 t=R_CALL main.hanoi+0
	rel 230+4 t=R_CALL runtime.printlock+0
	rel 237+4 t=R_PCREL go:string."hanoi 16 moves "+0
	rel 247+4 t=R_CALL runtime.printstring+0
	rel 257+4 t=R_CALL runtime.printint+0
	rel 262+4 t=R_CALL runtime.printnl+0
	rel 267+4 t=R_CALL runtime.printunlock+0
	rel 336+4 t=R_CALL main.permute+0
	rel 341+4 t=R_CALL runtime.printlock+0
	rel 348+4 t=R_PCREL go:string."perms "+0
	rel 358+4 t=R_CALL runtime.printstring+0
	rel 368+4 t=R_CALL runtime.printint+0
	rel 373+4 t=R_CALL runtime.printnl+0
	rel 378+4 t=R_CALL runtime.printunlock+0
	rel 388+4 t=R_CALL main.isOdd+0
	rel 402+4 t=R_CALL main.isOdd+0
	rel 411+4 t=R_CALL runtime.printlock+0
	rel 421+4 t=R_CALL runtime.printbool+0
	rel 426+4 t=R_CALL runtime.printsp+0
	rel 436+4 t=R_CALL runtime.printbool+0
	rel 441+4 t=R_CALL runtime.printnl+0
	rel 449+4 t=R_CALL runtime.printunlock+0
	rel 460+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.isEven$abstract SDWARFABSFCN dupok size=25 align=0x0
	0x0000 05 6d 61 69 6e 2e 69 73 45 76 65 6e 00 01 2e 01  .main.isEven....
	0x0010 22 6e 00 00 00 00 00 00 00                       "n.......
	rel 20+4 t=R_DWARFSECREF go:info.uint+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."fib(25)" SRODATA dupok size=7 align=0x1
	0x0000 66 69 62 28 32 35 29                             fib(25)
go:string."fib(25) " SRODATA dupok size=8 align=0x1
	0x0000 66 69 62 28 32 35 29 20                          fib(25) 
go:string."ack(2,3)" SRODATA dupok size=8 align=0x1
	0x0000 61 63 6b 28 32 2c 33 29                          ack(2,3)
go:string."ack(3,3)" SRODATA dupok size=8 align=0x1
	0x0000 61 63 6b 28 33 2c 33 29                          ack(3,3)
go:string."ack(2,3) " SRODATA dupok size=9 align=0x1
	0x0000 61 63 6b 28 32 2c 33 29 20                       ack(2,3) 
go:string." ack(3,3) " SRODATA dupok size=10 align=0x1
	0x0000 20 61 63 6b 28 33 2c 33 29 20                     ack(3,3) 
go:string."hanoi 16 moves" SRODATA dupok size=14 align=0x1
	0x0000 68 61 6e 6f 69 20 31 36 20 6d 6f 76 65 73        hanoi 16 moves
go:string."hanoi 16 moves " SRODATA dupok size=15 align=0x1
	0x0000 68 61 6e 6f 69 20 31 36 20 6d 6f 76 65 73 20     hanoi 16 moves 
go:string."perms" SRODATA dupok size=5 align=0x1
	0x0000 70 65 72 6d 73                                   perms
go:string."perms " SRODATA dupok size=6 align=0x1
	0x0000 70 65 72 6d 73 20                                perms 
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.fib.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.fib.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.ack.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.ack.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·psbdpG2JvgWTgwMzSCvM6g== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 04 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.hanoi.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 00 08 08 01 09 01 0a 01 10 08 ff                 ...........
main.hanoi.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 1e                                         ...
gclocals·WUxwEKTiDLcppffQ18DAHw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 05 00 00 00 11 00                    ..........
main.permute.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.permute.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.isEven.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.isEven.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.isOdd.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.isOdd.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
