funcpctab main.process [valfunc=pctoinline]
     0     -1 00000 (panic_custom_error.go:27)	TEXT	main.process(SB), ABIInternal, $168-0
     0        00000 (panic_custom_error.go:27)	TEXT	main.process(SB), ABIInternal, $168-0
     0     -1 00000 (panic_custom_error.go:27)	LEAQ	-40(SP), R12
     5        00005 (panic_custom_error.go:27)	CMPQ	R12, 16(R14)
     9        00009 (panic_custom_error.go:27)	PCDATA	$0, $-2
     9        00009 (panic_custom_error.go:27)	JLS	412
     f        00015 (panic_custom_error.go:27)	PCDATA	$0, $-1
     f        00015 (panic_custom_error.go:27)	PUSHQ	BP
    10        00016 (panic_custom_error.go:27)	MOVQ	SP, BP
    13        00019 (panic_custom_error.go:27)	SUBQ	$160, SP
    1a        00026 (panic_custom_error.go:27)	MOVQ	X15, 152(SP)
    24        00036 (panic_custom_error.go:27)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    24        00036 (panic_custom_error.go:27)	FUNCDATA	$1, gclocals·koS6uZbcq7yAWZs2NKIi0w==(SB)
    24        00036 (panic_custom_error.go:27)	FUNCDATA	$2, main.process.stkobj(SB)
    24        00036 (panic_custom_error.go:27)	FUNCDATA	$4, main.process.opendefer(SB)
    24        00036 (panic_custom_error.go:27)	MOVB	$0, main..autotmp_23+31(SP)
    29        00041 (panic_custom_error.go:28)	LEAQ	main.process.deferwrap1·f(SB), DX
    30        00048 (panic_custom_error.go:28)	MOVQ	DX, main..autotmp_24+152(SP)
    38        00056 (panic_custom_error.go:28)	MOVB	$1, main..autotmp_23+31(SP)
    3d        00061 (panic_custom_error.go:29)	MOVQ	$1, main..autotmp_12+128(SP)
    49        00073 (panic_custom_error.go:29)	LEAQ	go:string."a"(SB), DX
    50        00080 (panic_custom_error.go:29)	MOVQ	DX, main..autotmp_12+120(SP)
    55        00085 (panic_custom_error.go:29)	MOVQ	$1, main..autotmp_12+144(SP)
    61        00097 (panic_custom_error.go:29)	LEAQ	go:string."b"(SB), DX
    68        00104 (panic_custom_error.go:29)	MOVQ	DX, main..autotmp_12+136(SP)
    70        00112 (<unknown line number>)	NOP
    70      0 00112 (panic_custom_error.go:29)	LEAQ	main..autotmp_12+120(SP), DX
    75        00117 (panic_custom_error.go:29)	XORL	AX, AX
    77        00119 (panic_custom_error.go:29)	JMP	160
    79        00121 (panic_custom_error.go:29)	MOVQ	AX, main.i+40(SP)
    7e        00126 (panic_custom_error.go:29)	MOVQ	DX, main..autotmp_35+48(SP)
    83        00131 (panic_custom_error.go:29)	MOVQ	(DX), BX
    86        00134 (panic_custom_error.go:29)	MOVQ	8(DX), CX
    8a        00138 (panic_custom_error.go:29)	PCDATA	$1, $1
    8a        00138 (panic_custom_error.go:29)	CALL	main.checkLine(SB)
    8f        00143 (panic_custom_error.go:29)	MOVQ	main..autotmp_35+48(SP), DX
    94        00148 (panic_custom_error.go:29)	ADDQ	$16, DX
    98        00152 (panic_custom_error.go:29)	MOVQ	main.i+40(SP), AX
    9d        00157 (panic_custom_error.go:29)	INCQ	AX
    a0        00160 (panic_custom_error.go:29)	CMPQ	AX, $2
    a4        00164 (panic_custom_error.go:29)	JLT	121
    a6        00166 (panic_custom_error.go:30)	PCDATA	$1, $2
    a6     -1 00166 (panic_custom_error.go:30)	CALL	runtime.printlock(SB)
    ab        00171 (panic_custom_error.go:30)	LEAQ	go:string."parsed "(SB), AX
    b2        00178 (panic_custom_error.go:30)	MOVL	$7, BX
    b7        00183 (panic_custom_error.go:30)	CALL	runtime.printstring(SB)
    bc        00188 (panic_custom_error.go:30)	MOVL	$2, AX
    c1        00193 (panic_custom_error.go:30)	CALL	runtime.printint(SB)
    c6        00198 (panic_custom_error.go:30)	CALL	runtime.printnl(SB)
    cb        00203 (panic_custom_error.go:30)	CALL	runtime.printunlock(SB)
    d0        00208 (panic_custom_error.go:31)	MOVQ	$1, main..autotmp_18+64(SP)
    d9        00217 (panic_custom_error.go:31)	LEAQ	go:string."a"(SB), AX
    e0        00224 (panic_custom_error.go:31)	MOVQ	AX, main..autotmp_18+56(SP)
    e5        00229 (panic_custom_error.go:31)	MOVQ	$1, main..autotmp_18+80(SP)
    ee        00238 (panic_custom_error.go:31)	LEAQ	go:string."b"(SB), AX
    f5        00245 (panic_custom_error.go:31)	MOVQ	AX, main..autotmp_18+72(SP)
    fa        00250 (panic_custom_error.go:31)	MOVUPS	X15, main..autotmp_18+88(SP)
   100        00256 (panic_custom_error.go:31)	MOVQ	$1, main..autotmp_18+112(SP)
   109        00265 (panic_custom_error.go:31)	LEAQ	go:string."d"(SB), AX
   110        00272 (panic_custom_error.go:31)	MOVQ	AX, main..autotmp_18+104(SP)
   115        00277 (<unknown line number>)	NOP
   115      1 00277 (panic_custom_error.go:31)	LEAQ	main..autotmp_18+56(SP), AX
   11a        00282 (panic_custom_error.go:31)	XORL	CX, CX
   11c        00284 (panic_custom_error.go:31)	JMP	331
   11e        00286 (panic_custom_error.go:31)	MOVQ	CX, main.i+32(SP)
   123        00291 (panic_custom_error.go:31)	MOVQ	AX, main..autotmp_35+48(SP)
   128        00296 (panic_custom_error.go:31)	MOVQ	(AX), BX
   12b        00299 (panic_custom_error.go:31)	MOVQ	8(AX), DX
   12f        00303 (panic_custom_error.go:31)	MOVQ	CX, AX
   132        00306 (panic_custom_error.go:31)	MOVQ	DX, CX
   135        00309 (panic_custom_error.go:31)	PCDATA	$1, $1
   135        00309 (panic_custom_error.go:31)	CALL	main.checkLine(SB)
   13a        00314 (panic_custom_error.go:31)	MOVQ	main..autotmp_35+48(SP), AX
   13f        00319 (panic_custom_error.go:31)	ADDQ	$16, AX
   143        00323 (panic_custom_error.go:31)	MOVQ	main.i+32(SP), CX
   148        00328 (panic_custom_error.go:31)	INCQ	CX
   14b        00331 (panic_custom_error.go:31)	CMPQ	CX, $4
   14f        00335 (panic_custom_error.go:31)	JLT	286
   151        00337 (panic_custom_error.go:32)	PCDATA	$1, $2
   151     -1 00337 (panic_custom_error.go:32)	CALL	runtime.printlock(SB)
   156        00342 (panic_custom_error.go:32)	LEAQ	go:string."never "(SB), AX
   15d        00349 (panic_custom_error.go:32)	MOVL	$6, BX
   162        00354 (panic_custom_error.go:32)	CALL	runtime.printstring(SB)
   167        00359 (panic_custom_error.go:32)	MOVL	$4, AX
   16c        00364 (panic_custom_error.go:32)	CALL	runtime.printint(SB)
   171        00369 (panic_custom_error.go:32)	CALL	runtime.printnl(SB)
   176        00374 (panic_custom_error.go:32)	CALL	runtime.printunlock(SB)
   17b        00379 (panic_custom_error.go:33)	MOVB	$0, main..autotmp_23+31(SP)
   180        00384 (panic_custom_error.go:33)	CALL	main.process.deferwrap1(SB)
   185        00389 (panic_custom_error.go:33)	ADDQ	$160, SP
   18c        00396 (panic_custom_error.go:33)	POPQ	BP
   18d        00397 (panic_custom_error.go:33)	RET
   18e        00398 (panic_custom_error.go:33)	CALL	runtime.deferreturn(SB)
   193        00403 (panic_custom_error.go:33)	ADDQ	$160, SP
   19a        00410 (panic_custom_error.go:33)	POPQ	BP
   19b        00411 (panic_custom_error.go:33)	RET
   19c        00412 (panic_custom_error.go:33)	NOP
   19c        00412 (panic_custom_error.go:27)	PCDATA	$1, $-1
   19c        00412 (panic_custom_error.go:27)	PCDATA	$0, $-2
   19c        00412 (panic_custom_error.go:27)	NOP
   1a0        00416 (panic_custom_error.go:27)	CALL	runtime.morestack_noctxt(SB)
   1a5        00421 (panic_custom_error.go:27)	PCDATA	$0, $-1
   1a5        00421 (panic_custom_error.go:27)	JMP	0
   1aa done
wrote 11 bytes to 0x0
 00 70 02 36 01 6f 04 3c 03 59 00
-- inlining tree for main.process:
0 | -1 | main.parse (panic_custom_error.go:29:12) pc=61
1 | -1 | main.parse (panic_custom_error.go:31:11) pc=208
--
funcpctab type:.eq.M8S [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.M8S(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.M8S(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	61
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M8S.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M8S.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	(AX), DX
    11        00017 (<autogenerated>:1)	CMPQ	(BX), DX
    14        00020 (<autogenerated>:1)	JNE	53
    16        00022 (<autogenerated>:1)	MOVQ	16(AX), CX
    1a        00026 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	16(BX), CX
    24        00036 (<autogenerated>:1)	JNE	53
    26        00038 (<autogenerated>:1)	MOVQ	8(AX), AX
    2a        00042 (<autogenerated>:1)	MOVQ	8(BX), BX
    2e        00046 (<autogenerated>:1)	PCDATA	$1, $1
    2e        00046 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    33        00051 (<autogenerated>:1)	JMP	55
    35        00053 (<autogenerated>:1)	XORL	AX, AX
    37        00055 (<autogenerated>:1)	ADDQ	$24, SP
    3b        00059 (<autogenerated>:1)	POPQ	BP
    3c        00060 (<autogenerated>:1)	RET
    3d        00061 (<autogenerated>:1)	NOP
    3d        00061 (<autogenerated>:1)	PCDATA	$1, $-1
    3d        00061 (<autogenerated>:1)	PCDATA	$0, $-2
    3d        00061 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    42        00066 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    47        00071 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    4c        00076 (<autogenerated>:1)	PCDATA	$0, $-1
    4c        00076 (<autogenerated>:1)	MOVQ	8(SP), AX
    51        00081 (<autogenerated>:1)	MOVQ	16(SP), BX
    56        00086 (<autogenerated>:1)	JMP	0
    58 done
wrote 3 bytes to 0x0
 00 58 00
funcpctab main.parse [valfunc=pctoinline]
     0     -1 00000 (panic_custom_error.go:20)	TEXT	main.parse(SB), ABIInternal, $48-24
     0        00000 (panic_custom_error.go:20)	TEXT	main.parse(SB), ABIInternal, $48-24
     0     -1 00000 (panic_custom_error.go:20)	CMPQ	SP, 16(R14)
     4        00004 (panic_custom_error.go:20)	PCDATA	$0, $-2
     4        00004 (panic_custom_error.go:20)	JLS	92
     6        00006 (panic_custom_error.go:20)	PCDATA	$0, $-1
     6        00006 (panic_custom_error.go:20)	PUSHQ	BP
     7        00007 (panic_custom_error.go:20)	MOVQ	SP, BP
     a        00010 (panic_custom_error.go:20)	SUBQ	$40, SP
     e        00014 (panic_custom_error.go:20)	MOVQ	AX, main.lines+56(FP)
    13        00019 (panic_custom_error.go:20)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    13        00019 (panic_custom_error.go:20)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    13        00019 (panic_custom_error.go:20)	FUNCDATA	$5, main.parse.arginfo1(SB)
    13        00019 (panic_custom_error.go:20)	FUNCDATA	$6, main.parse.argliveinfo(SB)
    13        00019 (panic_custom_error.go:20)	PCDATA	$3, $1
    13        00019 (panic_custom_error.go:21)	MOVQ	BX, main.lines+64(SP)
    18        00024 (panic_custom_error.go:21)	PCDATA	$3, $2
    18        00024 (panic_custom_error.go:21)	XORL	CX, CX
    1a        00026 (panic_custom_error.go:21)	JMP	78
    1c        00028 (panic_custom_error.go:21)	MOVQ	CX, main.i+24(SP)
    21        00033 (panic_custom_error.go:21)	MOVQ	AX, main..autotmp_12+32(SP)
    26        00038 (panic_custom_error.go:21)	MOVQ	(AX), BX
    29        00041 (panic_custom_error.go:21)	MOVQ	8(AX), DX
    2d        00045 (panic_custom_error.go:22)	MOVQ	CX, AX
    30        00048 (panic_custom_error.go:22)	MOVQ	DX, CX
    33        00051 (panic_custom_error.go:22)	PCDATA	$1, $1
    33        00051 (panic_custom_error.go:22)	CALL	main.checkLine(SB)
    38        00056 (panic_custom_error.go:21)	MOVQ	main..autotmp_12+32(SP), AX
    3d        00061 (panic_custom_error.go:21)	ADDQ	$16, AX
    41        00065 (panic_custom_error.go:21)	MOVQ	main.i+24(SP), CX
    46        00070 (panic_custom_error.go:21)	INCQ	CX
    49        00073 (panic_custom_error.go:21)	MOVQ	main.lines+64(SP), BX
    4e        00078 (panic_custom_error.go:21)	CMPQ	BX, CX
    51        00081 (panic_custom_error.go:21)	JGT	28
    53        00083 (panic_custom_error.go:24)	MOVQ	BX, AX
    56        00086 (panic_custom_error.go:24)	ADDQ	$40, SP
    5a        00090 (panic_custom_error.go:24)	POPQ	BP
    5b        00091 (panic_custom_error.go:24)	RET
    5c        00092 (panic_custom_error.go:24)	NOP
    5c        00092 (panic_custom_error.go:20)	PCDATA	$1, $-1
    5c        00092 (panic_custom_error.go:20)	PCDATA	$0, $-2
    5c        00092 (panic_custom_error.go:20)	MOVQ	AX, 8(SP)
    61        00097 (panic_custom_error.go:20)	MOVQ	BX, 16(SP)
    66        00102 (panic_custom_error.go:20)	MOVQ	CX, 24(SP)
    6b        00107 (panic_custom_error.go:20)	CALL	runtime.morestack_noctxt(SB)
    70        00112 (panic_custom_error.go:20)	PCDATA	$0, $-1
    70        00112 (panic_custom_error.go:20)	MOVQ	8(SP), AX
    75        00117 (panic_custom_error.go:20)	MOVQ	16(SP), BX
    7a        00122 (panic_custom_error.go:20)	MOVQ	24(SP), CX
    7f        00127 (panic_custom_error.go:20)	NOP
    80        00128 (panic_custom_error.go:20)	JMP	0
    85 done
wrote 4 bytes to 0x0
 00 85 01 00
funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_custom_error.go:35)	TEXT	main.main(SB), ABIInternal, $24-0
     0        00000 (panic_custom_error.go:35)	TEXT	main.main(SB), ABIInternal, $24-0
     0     -1 00000 (panic_custom_error.go:35)	CMPQ	SP, 16(R14)
     4        00004 (panic_custom_error.go:35)	PCDATA	$0, $-2
     4        00004 (panic_custom_error.go:35)	JLS	76
     6        00006 (panic_custom_error.go:35)	PCDATA	$0, $-1
     6        00006 (panic_custom_error.go:35)	PUSHQ	BP
     7        00007 (panic_custom_error.go:35)	MOVQ	SP, BP
     a        00010 (panic_custom_error.go:35)	SUBQ	$16, SP
     e        00014 (panic_custom_error.go:35)	MOVQ	X15, 8(SP)
    15        00021 (panic_custom_error.go:35)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    15        00021 (panic_custom_error.go:35)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    15        00021 (panic_custom_error.go:35)	FUNCDATA	$4, main.main.opendefer(SB)
    15        00021 (panic_custom_error.go:35)	MOVB	$0, main..autotmp_0+7(SP)
    1a        00026 (panic_custom_error.go:36)	LEAQ	main.main.deferwrap1·f(SB), AX
    21        00033 (panic_custom_error.go:36)	MOVQ	AX, main..autotmp_1+8(SP)
    26        00038 (panic_custom_error.go:36)	MOVB	$1, main..autotmp_0+7(SP)
    2b        00043 (panic_custom_error.go:37)	PCDATA	$1, $1
    2b        00043 (panic_custom_error.go:37)	CALL	main.process(SB)
    30        00048 (panic_custom_error.go:38)	MOVB	$0, main..autotmp_0+7(SP)
    35        00053 (panic_custom_error.go:38)	CALL	main.main.deferwrap1(SB)
    3a        00058 (panic_custom_error.go:38)	ADDQ	$16, SP
    3e        00062 (panic_custom_error.go:38)	POPQ	BP
    3f        00063 (panic_custom_error.go:38)	NOP
    40        00064 (panic_custom_error.go:38)	RET
    41        00065 (panic_custom_error.go:38)	CALL	runtime.deferreturn(SB)
    46        00070 (panic_custom_error.go:38)	ADDQ	$16, SP
    4a        00074 (panic_custom_error.go:38)	POPQ	BP
    4b        00075 (panic_custom_error.go:38)	RET
    4c        00076 (panic_custom_error.go:38)	NOP
    4c        00076 (panic_custom_error.go:35)	PCDATA	$1, $-1
    4c        00076 (panic_custom_error.go:35)	PCDATA	$0, $-2
    4c        00076 (panic_custom_error.go:35)	CALL	runtime.morestack_noctxt(SB)
    51        00081 (panic_custom_error.go:35)	PCDATA	$0, $-1
    51        00081 (panic_custom_error.go:35)	JMP	0
    53 done
wrote 3 bytes to 0x0
 00 53 00
funcpctab main.process.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (panic_custom_error.go:28)	TEXT	main.process.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
     0        00000 (panic_custom_error.go:28)	TEXT	main.process.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
     0     -1 00000 (panic_custom_error.go:28)	CMPQ	SP, 16(R14)
     4        00004 (panic_custom_error.go:28)	PCDATA	$0, $-2
     4        00004 (panic_custom_error.go:28)	JLS	48
     6        00006 (panic_custom_error.go:28)	PCDATA	$0, $-1
     6        00006 (panic_custom_error.go:28)	PUSHQ	BP
     7        00007 (panic_custom_error.go:28)	MOVQ	SP, BP
     a        00010 (panic_custom_error.go:28)	SUBQ	$16, SP
     e        00014 (panic_custom_error.go:28)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_custom_error.go:28)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_custom_error.go:28)	PCDATA	$1, $0
     e        00014 (panic_custom_error.go:28)	CALL	runtime.printlock(SB)
    13        00019 (panic_custom_error.go:28)	LEAQ	go:string."process: deferred cleanup\n"(SB), AX
    1a        00026 (panic_custom_error.go:28)	MOVL	$26, BX
    1f        00031 (panic_custom_error.go:28)	NOP
    20        00032 (panic_custom_error.go:28)	CALL	runtime.printstring(SB)
    25        00037 (panic_custom_error.go:28)	CALL	runtime.printunlock(SB)
    2a        00042 (panic_custom_error.go:28)	ADDQ	$16, SP
    2e        00046 (panic_custom_error.go:28)	POPQ	BP
    2f        00047 (panic_custom_error.go:28)	RET
    30        00048 (panic_custom_error.go:28)	NOP
    30        00048 (panic_custom_error.go:28)	PCDATA	$1, $-1
    30        00048 (panic_custom_error.go:28)	PCDATA	$0, $-2
    30        00048 (panic_custom_error.go:28)	CALL	runtime.morestack_noctxt(SB)
    35        00053 (panic_custom_error.go:28)	PCDATA	$0, $-1
    35        00053 (panic_custom_error.go:28)	JMP	0
    37 done
wrote 3 bytes to 0x0
 00 37 00
funcpctab main.main.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (panic_custom_error.go:36)	TEXT	main.main.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
     0        00000 (panic_custom_error.go:36)	TEXT	main.main.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
     0     -1 00000 (panic_custom_error.go:36)	CMPQ	SP, 16(R14)
     4        00004 (panic_custom_error.go:36)	PCDATA	$0, $-2
     4        00004 (panic_custom_error.go:36)	JLS	48
     6        00006 (panic_custom_error.go:36)	PCDATA	$0, $-1
     6        00006 (panic_custom_error.go:36)	PUSHQ	BP
     7        00007 (panic_custom_error.go:36)	MOVQ	SP, BP
     a        00010 (panic_custom_error.go:36)	SUBQ	$16, SP
     e        00014 (panic_custom_error.go:36)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_custom_error.go:36)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_custom_error.go:36)	PCDATA	$1, $0
     e        00014 (panic_custom_error.go:36)	CALL	runtime.printlock(SB)
    13        00019 (panic_custom_error.go:36)	LEAQ	go:string."main: deferred\n"(SB), AX
    1a        00026 (panic_custom_error.go:36)	MOVL	$15, BX
    1f        00031 (panic_custom_error.go:36)	NOP
    20        00032 (panic_custom_error.go:36)	CALL	runtime.printstring(SB)
    25        00037 (panic_custom_error.go:36)	CALL	runtime.printunlock(SB)
    2a        00042 (panic_custom_error.go:36)	ADDQ	$16, SP
    2e        00046 (panic_custom_error.go:36)	POPQ	BP
    2f        00047 (panic_custom_error.go:36)	RET
    30        00048 (panic_custom_error.go:36)	NOP
    30        00048 (panic_custom_error.go:36)	PCDATA	$1, $-1
    30        00048 (panic_custom_error.go:36)	PCDATA	$0, $-2
    30        00048 (panic_custom_error.go:36)	CALL	runtime.morestack_noctxt(SB)
    35        00053 (panic_custom_error.go:36)	PCDATA	$0, $-1
    35        00053 (panic_custom_error.go:36)	JMP	0
    37 done
wrote 3 bytes to 0x0
 00 37 00
funcpctab main.checkLine [valfunc=pctoinline]
     0     -1 00000 (panic_custom_error.go:14)	TEXT	main.checkLine(SB), ABIInternal, $40-24
     0        00000 (panic_custom_error.go:14)	TEXT	main.checkLine(SB), ABIInternal, $40-24
     0     -1 00000 (panic_custom_error.go:14)	CMPQ	SP, 16(R14)
     4        00004 (panic_custom_error.go:14)	PCDATA	$0, $-2
     4        00004 (panic_custom_error.go:14)	JLS	103
     6        00006 (panic_custom_error.go:14)	PCDATA	$0, $-1
     6        00006 (panic_custom_error.go:14)	PUSHQ	BP
     7        00007 (panic_custom_error.go:14)	MOVQ	SP, BP
     a        00010 (panic_custom_error.go:14)	SUBQ	$32, SP
     e        00014 (panic_custom_error.go:14)	MOVQ	BX, main.l+56(FP)
    13        00019 (panic_custom_error.go:14)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    13        00019 (panic_custom_error.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    13        00019 (panic_custom_error.go:14)	FUNCDATA	$5, main.checkLine.arginfo1(SB)
    13        00019 (panic_custom_error.go:14)	FUNCDATA	$6, main.checkLine.argliveinfo(SB)
    13        00019 (panic_custom_error.go:14)	PCDATA	$3, $1
    13        00019 (panic_custom_error.go:15)	TESTQ	CX, CX
    16        00022 (panic_custom_error.go:15)	JEQ	30
    18        00024 (panic_custom_error.go:18)	ADDQ	$32, SP
    1c        00028 (panic_custom_error.go:18)	POPQ	BP
    1d        00029 (panic_custom_error.go:18)	RET
    1e        00030 (panic_custom_error.go:15)	MOVQ	AX, main.i+48(SP)
    23        00035 (panic_custom_error.go:15)	PCDATA	$3, $2
    23        00035 (panic_custom_error.go:16)	MOVL	$24, AX
    28        00040 (panic_custom_error.go:16)	LEAQ	type:main.ParseError(SB), BX
    2f        00047 (panic_custom_error.go:16)	MOVL	$1, CX
    34        00052 (panic_custom_error.go:16)	PCDATA	$1, $1
    34        00052 (panic_custom_error.go:16)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    39        00057 (panic_custom_error.go:16)	MOVQ	main.i+48(SP), DX
    3e        00062 (panic_custom_error.go:16)	INCQ	DX
    41        00065 (panic_custom_error.go:16)	MOVQ	DX, (AX)
    44        00068 (panic_custom_error.go:16)	MOVQ	$10, 16(AX)
    4c        00076 (panic_custom_error.go:16)	LEAQ	go:string."empty line"(SB), DX
    53        00083 (panic_custom_error.go:16)	MOVQ	DX, 8(AX)
    57        00087 (panic_custom_error.go:16)	MOVQ	AX, BX
    5a        00090 (panic_custom_error.go:16)	LEAQ	type:*main.ParseError(SB), AX
    61        00097 (panic_custom_error.go:16)	CALL	runtime.gopanic(SB)
    66        00102 (panic_custom_error.go:16)	XCHGL	AX, AX
    67        00103 (panic_custom_error.go:16)	NOP
    67        00103 (panic_custom_error.go:14)	PCDATA	$1, $-1
    67        00103 (panic_custom_error.go:14)	PCDATA	$0, $-2
    67        00103 (panic_custom_error.go:14)	MOVQ	AX, 8(SP)
    6c        00108 (panic_custom_error.go:14)	MOVQ	BX, 16(SP)
    71        00113 (panic_custom_error.go:14)	MOVQ	CX, 24(SP)
    76        00118 (panic_custom_error.go:14)	CALL	runtime.morestack_noctxt(SB)
    7b        00123 (panic_custom_error.go:14)	PCDATA	$0, $-1
    7b        00123 (panic_custom_error.go:14)	MOVQ	8(SP), AX
    80        00128 (panic_custom_error.go:14)	MOVQ	16(SP), BX
    85        00133 (panic_custom_error.go:14)	MOVQ	24(SP), CX
    8a        00138 (panic_custom_error.go:14)	JMP	0
    8f done
wrote 4 bytes to 0x0
 00 8f 01 00
funcpctab main.(*ParseError).Error [valfunc=pctoinline]
     0     -1 00000 (panic_custom_error.go:9)	TEXT	main.(*ParseError).Error(SB), ABIInternal, $88-8
     0        00000 (panic_custom_error.go:9)	TEXT	main.(*ParseError).Error(SB), ABIInternal, $88-8
     0     -1 00000 (panic_custom_error.go:9)	CMPQ	SP, 16(R14)
     4        00004 (panic_custom_error.go:9)	PCDATA	$0, $-2
     4        00004 (panic_custom_error.go:9)	JLS	97
     6        00006 (panic_custom_error.go:9)	PCDATA	$0, $-1
     6        00006 (panic_custom_error.go:9)	PUSHQ	BP
     7        00007 (panic_custom_error.go:9)	MOVQ	SP, BP
     a        00010 (panic_custom_error.go:9)	SUBQ	$80, SP
     e        00014 (panic_custom_error.go:9)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (panic_custom_error.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_custom_error.go:9)	FUNCDATA	$5, main.(*ParseError).Error.arginfo1(SB)
     e        00014 (panic_custom_error.go:9)	FUNCDATA	$6, main.(*ParseError).Error.argliveinfo(SB)
     e        00014 (panic_custom_error.go:9)	PCDATA	$3, $1
     e        00014 (panic_custom_error.go:10)	MOVQ	AX, main.e+96(SP)
    13        00019 (panic_custom_error.go:10)	PCDATA	$3, $-1
    13        00019 (panic_custom_error.go:10)	MOVQ	(AX), CX
    16        00022 (panic_custom_error.go:10)	ADDQ	$48, CX
    1a        00026 (panic_custom_error.go:10)	MOVLQSX	CX, BX
    1d        00029 (panic_custom_error.go:10)	LEAQ	main..autotmp_2+76(SP), AX
    22        00034 (panic_custom_error.go:10)	PCDATA	$1, $0
    22        00034 (panic_custom_error.go:10)	CALL	runtime.intstring(SB)
    27        00039 (panic_custom_error.go:10)	MOVQ	main.e+96(SP), CX
    2c        00044 (panic_custom_error.go:10)	MOVQ	8(CX), R10
    30        00048 (panic_custom_error.go:10)	MOVQ	16(CX), R11
    34        00052 (panic_custom_error.go:10)	MOVL	$20, CX
    39        00057 (panic_custom_error.go:10)	MOVQ	AX, DI
    3c        00060 (panic_custom_error.go:10)	MOVQ	BX, SI
    3f        00063 (panic_custom_error.go:10)	LEAQ	go:string.": "(SB), R8
    46        00070 (panic_custom_error.go:10)	MOVL	$2, R9
    4c        00076 (panic_custom_error.go:10)	XORL	AX, AX
    4e        00078 (panic_custom_error.go:10)	LEAQ	go:string."parse error on line "(SB), BX
    55        00085 (panic_custom_error.go:10)	PCDATA	$1, $1
    55        00085 (panic_custom_error.go:10)	CALL	runtime.concatstring4(SB)
    5a        00090 (panic_custom_error.go:10)	ADDQ	$80, SP
    5e        00094 (panic_custom_error.go:10)	POPQ	BP
    5f        00095 (panic_custom_error.go:10)	NOP
    60        00096 (panic_custom_error.go:10)	RET
    61        00097 (panic_custom_error.go:10)	NOP
    61        00097 (panic_custom_error.go:9)	PCDATA	$1, $-1
    61        00097 (panic_custom_error.go:9)	PCDATA	$0, $-2
    61        00097 (panic_custom_error.go:9)	MOVQ	AX, 8(SP)
    66        00102 (panic_custom_error.go:9)	CALL	runtime.morestack_noctxt(SB)
    6b        00107 (panic_custom_error.go:9)	PCDATA	$0, $-1
    6b        00107 (panic_custom_error.go:9)	MOVQ	8(SP), AX
    70        00112 (panic_custom_error.go:9)	JMP	0
    72 done
wrote 3 bytes to 0x0
 00 72 00
main.(*ParseError).Error STEXT size=114 align=0x0 args=0x8 locals=0x58 funcid=0x0
	0x0000 00000 (panic_custom_error.go:9)	TEXT	main.(*ParseError).Error(SB), ABIInternal, $88-8
	0x0000 00000 (panic_custom_error.go:9)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_custom_error.go:9)	PCDATA	$0, $-2
	0x0004 00004 (panic_custom_error.go:9)	JLS	97
	0x0006 00006 (panic_custom_error.go:9)	PCDATA	$0, $-1
	0x0006 00006 (panic_custom_error.go:9)	PUSHQ	BP
	0x0007 00007 (panic_custom_error.go:9)	MOVQ	SP, BP
	0x000a 00010 (panic_custom_error.go:9)	SUBQ	$80, SP
	0x000e 00014 (panic_custom_error.go:9)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (panic_custom_error.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_custom_error.go:9)	FUNCDATA	$5, main.(*ParseError).Error.arginfo1(SB)
	0x000e 00014 (panic_custom_error.go:9)	FUNCDATA	$6, main.(*ParseError).Error.argliveinfo(SB)
	0x000e 00014 (panic_custom_error.go:9)	PCDATA	$3, $1
	0x000e 00014 (panic_custom_error.go:10)	MOVQ	AX, main.e+96(SP)
	0x0013 00019 (panic_custom_error.go:10)	PCDATA	$3, $-1
	0x0013 00019 (panic_custom_error.go:10)	MOVQ	(AX), CX
	0x0016 00022 (panic_custom_error.go:10)	ADDQ	$48, CX
	0x001a 00026 (panic_custom_error.go:10)	MOVLQSX	CX, BX
	0x001d 00029 (panic_custom_error.go:10)	LEAQ	main..autotmp_2+76(SP), AX
	0x0022 00034 (panic_custom_error.go:10)	PCDATA	$1, $0
	0x0022 00034 (panic_custom_error.go:10)	CALL	runtime.intstring(SB)
	0x0027 00039 (panic_custom_error.go:10)	MOVQ	main.e+96(SP), CX
	0x002c 00044 (panic_custom_error.go:10)	MOVQ	8(CX), R10
	0x0030 00048 (panic_custom_error.go:10)	MOVQ	16(CX), R11
	0x0034 00052 (panic_custom_error.go:10)	MOVL	$20, CX
	0x0039 00057 (panic_custom_error.go:10)	MOVQ	AX, DI
	0x003c 00060 (panic_custom_error.go:10)	MOVQ	BX, SI
	0x003f 00063 (panic_custom_error.go:10)	LEAQ	go:string.": "(SB), R8
	0x0046 00070 (panic_custom_error.go:10)	MOVL	$2, R9
	0x004c 00076 (panic_custom_error.go:10)	XORL	AX, AX
	0x004e 00078 (panic_custom_error.go:10)	LEAQ	go:string."parse error on line "(SB), BX
	0x0055 00085 (panic_custom_error.go:10)	PCDATA	$1, $1
	0x0055 00085 (panic_custom_error.go:10)	CALL	runtime.concatstring4(SB)
	0x005a 00090 (panic_custom_error.go:10)	ADDQ	$80, SP
	0x005e 00094 (panic_custom_error.go:10)	POPQ	BP
	0x005f 00095 (panic_custom_error.go:10)	NOP
	0x0060 00096 (panic_custom_error.go:10)	RET
	0x0061 00097 (panic_custom_error.go:10)	NOP
	0x0061 00097 (panic_custom_error.go:9)	PCDATA	$1, $-1
	0x0061 00097 (panic_custom_error.go:9)	PCDATA	$0, $-2
	0x0061 00097 (panic_custom_error.go:9)	MOVQ	AX, 8(SP)
	0x0066 00102 (panic_custom_error.go:9)	CALL	runtime.morestack_noctxt(SB)
	0x006b 00107 (panic_custom_error.go:9)	PCDATA	$0, $-1
	0x006b 00107 (panic_custom_error.go:9)	MOVQ	8(SP), AX
	0x0070 00112 (panic_custom_error.go:9)	JMP	0
	0x0000 49 3b 66 10 76 5b 55 48 89 e5 48 83 ec 50 48 89  I;f.v[UH..H..PH.
	0x0010 44 24 60 48 8b 08 48 83 c1 30 48 63 d9 48 8d 44  D$`H..H..0Hc.H.D
	0x0020 24 4c e8 00 00 00 00 48 8b 4c 24 60 4c 8b 51 08  $L.....H.L$`L.Q.
	0x0030 4c 8b 59 10 b9 14 00 00 00 48 89 c7 48 89 de 4c  L.Y......H..H..L
	0x0040 8d 05 00 00 00 00 41 b9 02 00 00 00 31 c0 48 8d  ......A.....1.H.
	0x0050 1d 00 00 00 00 e8 00 00 00 00 48 83 c4 50 5d 90  ..........H..P].
	0x0060 c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08  .H.D$......H.D$.
	0x0070 eb 8e                                            ..
	rel 35+4 t=R_CALL runtime.intstring+0
	rel 66+4 t=R_PCREL go:string.": "+0
	rel 81+4 t=R_PCREL go:string."parse error on line "+0
	rel 86+4 t=R_CALL runtime.concatstring4+0
	rel 103+4 t=R_CALL runtime.morestack_noctxt+0
main.checkLine STEXT size=143 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (panic_custom_error.go:14)	TEXT	main.checkLine(SB), ABIInternal, $40-24
	0x0000 00000 (panic_custom_error.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_custom_error.go:14)	PCDATA	$0, $-2
	0x0004 00004 (panic_custom_error.go:14)	JLS	103
	0x0006 00006 (panic_custom_error.go:14)	PCDATA	$0, $-1
	0x0006 00006 (panic_custom_error.go:14)	PUSHQ	BP
	0x0007 00007 (panic_custom_error.go:14)	MOVQ	SP, BP
	0x000a 00010 (panic_custom_error.go:14)	SUBQ	$32, SP
	0x000e 00014 (panic_custom_error.go:14)	MOVQ	BX, main.l+56(FP)
	0x0013 00019 (panic_custom_error.go:14)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0013 00019 (panic_custom_error.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0013 00019 (panic_custom_error.go:14)	FUNCDATA	$5, main.checkLine.arginfo1(SB)
	0x0013 00019 (panic_custom_error.go:14)	FUNCDATA	$6, main.checkLine.argliveinfo(SB)
	0x0013 00019 (panic_custom_error.go:14)	PCDATA	$3, $1
	0x0013 00019 (panic_custom_error.go:15)	TESTQ	CX, CX
	0x0016 00022 (panic_custom_error.go:15)	JEQ	30
	0x0018 00024 (panic_custom_error.go:18)	ADDQ	$32, SP
	0x001c 00028 (panic_custom_error.go:18)	POPQ	BP
	0x001d 00029 (panic_custom_error.go:18)	RET
	0x001e 00030 (panic_custom_error.go:15)	MOVQ	AX, main.i+48(SP)
	0x0023 00035 (panic_custom_error.go:15)	PCDATA	$3, $2
	0x0023 00035 (panic_custom_error.go:16)	MOVL	$24, AX
	0x0028 00040 (panic_custom_error.go:16)	LEAQ	type:main.ParseError(SB), BX
	0x002f 00047 (panic_custom_error.go:16)	MOVL	$1, CX
	0x0034 00052 (panic_custom_error.go:16)	PCDATA	$1, $1
	0x0034 00052 (panic_custom_error.go:16)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x0039 00057 (panic_custom_error.go:16)	MOVQ	main.i+48(SP), DX
	0x003e 00062 (panic_custom_error.go:16)	INCQ	DX
	0x0041 00065 (panic_custom_error.go:16)	MOVQ	DX, (AX)
	0x0044 00068 (panic_custom_error.go:16)	MOVQ	$10, 16(AX)
	0x004c 00076 (panic_custom_error.go:16)	LEAQ	go:string."empty line"(SB), DX
	0x0053 00083 (panic_custom_error.go:16)	MOVQ	DX, 8(AX)
	0x0057 00087 (panic_custom_error.go:16)	MOVQ	AX, BX
	0x005a 00090 (panic_custom_error.go:16)	LEAQ	type:*main.ParseError(SB), AX
	0x0061 00097 (panic_custom_error.go:16)	CALL	runtime.gopanic(SB)
	0x0066 00102 (panic_custom_error.go:16)	XCHGL	AX, AX
	0x0067 00103 (panic_custom_error.go:16)	NOP
	0x0067 00103 (panic_custom_error.go:14)	PCDATA	$1, $-1
	0x0067 00103 (panic_custom_error.go:14)	PCDATA	$0, $-2
	0x0067 00103 (panic_custom_error.go:14)	MOVQ	AX, 8(SP)
	0x006c 00108 (panic_custom_error.go:14)	MOVQ	BX, 16(SP)
	0x0071 00113 (panic_custom_error.go:14)	MOVQ	CX, 24(SP)
	0x0076 00118 (panic_custom_error.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x007b 00123 (panic_custom_error.go:14)	PCDATA	$0, $-1
	0x007b 00123 (panic_custom_error.go:14)	MOVQ	8(SP), AX
	0x0080 00128 (panic_custom_error.go:14)	MOVQ	16(SP), BX
	0x0085 00133 (panic_custom_error.go:14)	MOVQ	24(SP), CX
	0x008a 00138 (panic_custom_error.go:14)	JMP	0
	0x0000 49 3b 66 10 76 61 55 48 89 e5 48 83 ec 20 48 89  I;f.vaUH..H.. H.
	0x0010 5c 24 38 48 85 c9 74 06 48 83 c4 20 5d c3 48 89  \$8H..t.H.. ].H.
	0x0020 44 24 30 b8 18 00 00 00 48 8d 1d 00 00 00 00 b9  D$0.....H.......
	0x0030 01 00 00 00 e8 00 00 00 00 48 8b 54 24 30 48 ff  .........H.T$0H.
	0x0040 c2 48 89 10 48 c7 40 10 0a 00 00 00 48 8d 15 00  .H..H.@.....H...
	0x0050 00 00 00 48 89 50 08 48 89 c3 48 8d 05 00 00 00  ...H.P.H..H.....
	0x0060 00 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24  .......H.D$.H.\$
	0x0070 10 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08  .H.L$......H.D$.
	0x0080 48 8b 5c 24 10 48 8b 4c 24 18 e9 71 ff ff ff     H.\$.H.L$..q...
	rel 2+0 t=R_USEIFACE type:*main.ParseError+0
	rel 43+4 t=R_PCREL type:main.ParseError+0
	rel 53+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 79+4 t=R_PCREL go:string."empty line"+0
	rel 93+4 t=R_PCREL type:*main.ParseError+0
	rel 98+4 t=R_CALL runtime.gopanic+0
	rel 119+4 t=R_CALL runtime.morestack_noctxt+0
main.parse STEXT size=133 align=0x0 args=0x18 locals=0x30 funcid=0x0
	0x0000 00000 (panic_custom_error.go:20)	TEXT	main.parse(SB), ABIInternal, $48-24
	0x0000 00000 (panic_custom_error.go:20)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_custom_error.go:20)	PCDATA	$0, $-2
	0x0004 00004 (panic_custom_error.go:20)	JLS	92
	0x0006 00006 (panic_custom_error.go:20)	PCDATA	$0, $-1
	0x0006 00006 (panic_custom_error.go:20)	PUSHQ	BP
	0x0007 00007 (panic_custom_error.go:20)	MOVQ	SP, BP
	0x000a 00010 (panic_custom_error.go:20)	SUBQ	$40, SP
	0x000e 00014 (panic_custom_error.go:20)	MOVQ	AX, main.lines+56(FP)
	0x0013 00019 (panic_custom_error.go:20)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0013 00019 (panic_custom_error.go:20)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0013 00019 (panic_custom_error.go:20)	FUNCDATA	$5, main.parse.arginfo1(SB)
	0x0013 00019 (panic_custom_error.go:20)	FUNCDATA	$6, main.parse.argliveinfo(SB)
	0x0013 00019 (panic_custom_error.go:20)	PCDATA	$3, $1
	0x0013 00019 (panic_custom_error.go:21)	MOVQ	BX, main.lines+64(SP)
	0x0018 00024 (panic_custom_error.go:21)	PCDATA	$3, $2
	0x0018 00024 (panic_custom_error.go:21)	XORL	CX, CX
	0x001a 00026 (panic_custom_error.go:21)	JMP	78
	0x001c 00028 (panic_custom_error.go:21)	MOVQ	CX, main.i+24(SP)
	0x0021 00033 (panic_custom_error.go:21)	MOVQ	AX, main..autotmp_12+32(SP)
	0x0026 00038 (panic_custom_error.go:21)	MOVQ	(AX), BX
	0x0029 00041 (panic_custom_error.go:21)	MOVQ	8(AX), DX
	0x002d 00045 (panic_custom_error.go:22)	MOVQ	CX, AX
	0x0030 00048 (panic_custom_error.go:22)	MOVQ	DX, CX
	0x0033 00051 (panic_custom_error.go:22)	PCDATA	$1, $1
	0x0033 00051 (panic_custom_error.go:22)	CALL	main.checkLine(SB)
	0x0038 00056 (panic_custom_error.go:21)	MOVQ	main..autotmp_12+32(SP), AX
	0x003d 00061 (panic_custom_error.go:21)	ADDQ	$16, AX
	0x0041 00065 (panic_custom_error.go:21)	MOVQ	main.i+24(SP), CX
	0x0046 00070 (panic_custom_error.go:21)	INCQ	CX
	0x0049 00073 (panic_custom_error.go:21)	MOVQ	main.lines+64(SP), BX
	0x004e 00078 (panic_custom_error.go:21)	CMPQ	BX, CX
	0x0051 00081 (panic_custom_error.go:21)	JGT	28
	0x0053 00083 (panic_custom_error.go:24)	MOVQ	BX, AX
	0x0056 00086 (panic_custom_error.go:24)	ADDQ	$40, SP
	0x005a 00090 (panic_custom_error.go:24)	POPQ	BP
	0x005b 00091 (panic_custom_error.go:24)	RET
	0x005c 00092 (panic_custom_error.go:24)	NOP
	0x005c 00092 (panic_custom_error.go:20)	PCDATA	$1, $-1
	0x005c 00092 (panic_custom_error.go:20)	PCDATA	$0, $-2
	0x005c 00092 (panic_custom_error.go:20)	MOVQ	AX, 8(SP)
	0x0061 00097 (panic_custom_error.go:20)	MOVQ	BX, 16(SP)
	0x0066 00102 (panic_custom_error.go:20)	MOVQ	CX, 24(SP)
	0x006b 00107 (panic_custom_error.go:20)	CALL	runtime.morestack_noctxt(SB)
	0x0070 00112 (panic_custom_error.go:20)	PCDATA	$0, $-1
	0x0070 00112 (panic_custom_error.go:20)	MOVQ	8(SP), AX
	0x0075 00117 (panic_custom_error.go:20)	MOVQ	16(SP), BX
	0x007a 00122 (panic_custom_error.go:20)	MOVQ	24(SP), CX
	0x007f 00127 (panic_custom_error.go:20)	NOP
	0x0080 00128 (panic_custom_error.go:20)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 28 48 89  I;f.vVUH..H..(H.
	0x0010 44 24 38 48 89 5c 24 40 31 c9 eb 32 48 89 4c 24  D$8H.\$@1..2H.L$
	0x0020 18 48 89 44 24 20 48 8b 18 48 8b 50 08 48 89 c8  .H.D$ H..H.P.H..
	0x0030 48 89 d1 e8 00 00 00 00 48 8b 44 24 20 48 83 c0  H.......H.D$ H..
	0x0040 10 48 8b 4c 24 18 48 ff c1 48 8b 5c 24 40 48 39  .H.L$.H..H.\$@H9
	0x0050 cb 7f c9 48 89 d8 48 83 c4 28 5d c3 48 89 44 24  ...H..H..(].H.D$
	0x0060 08 48 89 5c 24 10 48 89 4c 24 18 e8 00 00 00 00  .H.\$.H.L$......
	0x0070 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18 90  H.D$.H.\$.H.L$..
	0x0080 e9 7b ff ff ff                                   .{...
	rel 52+4 t=R_CALL main.checkLine+0
	rel 108+4 t=R_CALL runtime.morestack_noctxt+0
main.process STEXT size=426 align=0x0 args=0x0 locals=0xa8 funcid=0x0
	0x0000 00000 (panic_custom_error.go:27)	TEXT	main.process(SB), ABIInternal, $168-0
	0x0000 00000 (panic_custom_error.go:27)	LEAQ	-40(SP), R12
	0x0005 00005 (panic_custom_error.go:27)	CMPQ	R12, 16(R14)
	0x0009 00009 (panic_custom_error.go:27)	PCDATA	$0, $-2
	0x0009 00009 (panic_custom_error.go:27)	JLS	412
	0x000f 00015 (panic_custom_error.go:27)	PCDATA	$0, $-1
	0x000f 00015 (panic_custom_error.go:27)	PUSHQ	BP
	0x0010 00016 (panic_custom_error.go:27)	MOVQ	SP, BP
	0x0013 00019 (panic_custom_error.go:27)	SUBQ	$160, SP
	0x001a 00026 (panic_custom_error.go:27)	MOVQ	X15, 152(SP)
	0x0024 00036 (panic_custom_error.go:27)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0024 00036 (panic_custom_error.go:27)	FUNCDATA	$1, gclocals·koS6uZbcq7yAWZs2NKIi0w==(SB)
	0x0024 00036 (panic_custom_error.go:27)	FUNCDATA	$2, main.process.stkobj(SB)
	0x0024 00036 (panic_custom_error.go:27)	FUNCDATA	$4, main.process.opendefer(SB)
	0x0024 00036 (panic_custom_error.go:27)	MOVB	$0, main..autotmp_23+31(SP)
	0x0029 00041 (panic_custom_error.go:28)	LEAQ	main.process.deferwrap1·f(SB), DX
	0x0030 00048 (panic_custom_error.go:28)	MOVQ	DX, main..autotmp_24+152(SP)
	0x0038 00056 (panic_custom_error.go:28)	MOVB	$1, main..autotmp_23+31(SP)
	0x003d 00061 (panic_custom_error.go:29)	MOVQ	$1, main..autotmp_12+128(SP)
	0x0049 00073 (panic_custom_error.go:29)	LEAQ	go:string."a"(SB), DX
	0x0050 00080 (panic_custom_error.go:29)	MOVQ	DX, main..autotmp_12+120(SP)
	0x0055 00085 (panic_custom_error.go:29)	MOVQ	$1, main..autotmp_12+144(SP)
	0x0061 00097 (panic_custom_error.go:29)	LEAQ	go:string."b"(SB), DX
	0x0068 00104 (panic_custom_error.go:29)	MOVQ	DX, main..autotmp_12+136(SP)
	0x0070 00112 (<unknown line number>)	NOP
	0x0070 00112 (panic_custom_error.go:21)	LEAQ	main..autotmp_12+120(SP), DX
	0x0075 00117 (panic_custom_error.go:21)	XORL	AX, AX
	0x0077 00119 (panic_custom_error.go:21)	JMP	160
	0x0079 00121 (panic_custom_error.go:21)	MOVQ	AX, main.i+40(SP)
	0x007e 00126 (panic_custom_error.go:21)	MOVQ	DX, main..autotmp_35+48(SP)
	0x0083 00131 (panic_custom_error.go:21)	MOVQ	(DX), BX
	0x0086 00134 (panic_custom_error.go:21)	MOVQ	8(DX), CX
	0x008a 00138 (panic_custom_error.go:22)	PCDATA	$1, $1
	0x008a 00138 (panic_custom_error.go:22)	CALL	main.checkLine(SB)
	0x008f 00143 (panic_custom_error.go:21)	MOVQ	main..autotmp_35+48(SP), DX
	0x0094 00148 (panic_custom_error.go:21)	ADDQ	$16, DX
	0x0098 00152 (panic_custom_error.go:21)	MOVQ	main.i+40(SP), AX
	0x009d 00157 (panic_custom_error.go:21)	INCQ	AX
	0x00a0 00160 (panic_custom_error.go:21)	CMPQ	AX, $2
	0x00a4 00164 (panic_custom_error.go:21)	JLT	121
	0x00a6 00166 (panic_custom_error.go:30)	PCDATA	$1, $2
	0x00a6 00166 (panic_custom_error.go:30)	CALL	runtime.printlock(SB)
	0x00ab 00171 (panic_custom_error.go:30)	LEAQ	go:string."parsed "(SB), AX
	0x00b2 00178 (panic_custom_error.go:30)	MOVL	$7, BX
	0x00b7 00183 (panic_custom_error.go:30)	CALL	runtime.printstring(SB)
	0x00bc 00188 (panic_custom_error.go:30)	MOVL	$2, AX
	0x00c1 00193 (panic_custom_error.go:30)	CALL	runtime.printint(SB)
	0x00c6 00198 (panic_custom_error.go:30)	CALL	runtime.printnl(SB)
	0x00cb 00203 (panic_custom_error.go:30)	CALL	runtime.printunlock(SB)
	0x00d0 00208 (panic_custom_error.go:31)	MOVQ	$1, main..autotmp_18+64(SP)
	0x00d9 00217 (panic_custom_error.go:31)	LEAQ	go:string."a"(SB), AX
	0x00e0 00224 (panic_custom_error.go:31)	MOVQ	AX, main..autotmp_18+56(SP)
	0x00e5 00229 (panic_custom_error.go:31)	MOVQ	$1, main..autotmp_18+80(SP)
	0x00ee 00238 (panic_custom_error.go:31)	LEAQ	go:string."b"(SB), AX
	0x00f5 00245 (panic_custom_error.go:31)	MOVQ	AX, main..autotmp_18+72(SP)
	0x00fa 00250 (panic_custom_error.go:31)	MOVUPS	X15, main..autotmp_18+88(SP)
	0x0100 00256 (panic_custom_error.go:31)	MOVQ	$1, main..autotmp_18+112(SP)
	0x0109 00265 (panic_custom_error.go:31)	LEAQ	go:string."d"(SB), AX
	0x0110 00272 (panic_custom_error.go:31)	MOVQ	AX, main..autotmp_18+104(SP)
	0x0115 00277 (<unknown line number>)	NOP
	0x0115 00277 (panic_custom_error.go:21)	LEAQ	main..autotmp_18+56(SP), AX
	0x011a 00282 (panic_custom_error.go:21)	XORL	CX, CX
	0x011c 00284 (panic_custom_error.go:21)	JMP	331
	0x011e 00286 (panic_custom_error.go:21)	MOVQ	CX, main.i+32(SP)
	0x0123 00291 (panic_custom_error.go:21)	MOVQ	AX, main..autotmp_35+48(SP)
	0x0128 00296 (panic_custom_error.go:21)	MOVQ	(AX), BX
	0x012b 00299 (panic_custom_error.go:21)	MOVQ	8(AX), DX
	0x012f 00303 (panic_custom_error.go:22)	MOVQ	CX, AX
	0x0132 00306 (panic_custom_error.go:22)	MOVQ	DX, CX
	0x0135 00309 (panic_custom_error.go:22)	PCDATA	$1, $1
	0x0135 00309 (panic_custom_error.go:22)	CALL	main.checkLine(SB)
	0x013a 00314 (panic_custom_error.go:21)	MOVQ	main..autotmp_35+48(SP), AX
	0x013f 00319 (panic_custom_error.go:21)	ADDQ	$16, AX
	0x0143 00323 (panic_custom_error.go:21)	MOVQ	main.i+32(SP), CX
	0x0148 00328 (panic_custom_error.go:21)	INCQ	CX
	0x014b 00331 (panic_custom_error.go:21)	CMPQ	CX, $4
	0x014f 00335 (panic_custom_error.go:21)	JLT	286
	0x0151 00337 (panic_custom_error.go:32)	PCDATA	$1, $2
	0x0151 00337 (panic_custom_error.go:32)	CALL	runtime.printlock(SB)
	0x0156 00342 (panic_custom_error.go:32)	LEAQ	go:string."never "(SB), AX
	0x015d 00349 (panic_custom_error.go:32)	MOVL	$6, BX
	0x0162 00354 (panic_custom_error.go:32)	CALL	runtime.printstring(SB)
	0x0167 00359 (panic_custom_error.go:32)	MOVL	$4, AX
	0x016c 00364 (panic_custom_error.go:32)	CALL	runtime.printint(SB)
	0x0171 00369 (panic_custom_error.go:32)	CALL	runtime.printnl(SB)
	0x0176 00374 (panic_custom_error.go:32)	CALL	runtime.printunlock(SB)
	0x017b 00379 (panic_custom_error.go:33)	MOVB	$0, main..autotmp_23+31(SP)
	0x0180 00384 (panic_custom_error.go:33)	CALL	main.process.deferwrap1(SB)
	0x0185 00389 (panic_custom_error.go:33)	ADDQ	$160, SP
	0x018c 00396 (panic_custom_error.go:33)	POPQ	BP
	0x018d 00397 (panic_custom_error.go:33)	RET
	0x018e 00398 (panic_custom_error.go:33)	CALL	runtime.deferreturn(SB)
	0x0193 00403 (panic_custom_error.go:33)	ADDQ	$160, SP
	0x019a 00410 (panic_custom_error.go:33)	POPQ	BP
	0x019b 00411 (panic_custom_error.go:33)	RET
	0x019c 00412 (panic_custom_error.go:33)	NOP
	0x019c 00412 (panic_custom_error.go:27)	PCDATA	$1, $-1
	0x019c 00412 (panic_custom_error.go:27)	PCDATA	$0, $-2
	0x019c 00412 (panic_custom_error.go:27)	NOP
	0x01a0 00416 (panic_custom_error.go:27)	CALL	runtime.morestack_noctxt(SB)
	0x01a5 00421 (panic_custom_error.go:27)	PCDATA	$0, $-1
	0x01a5 00421 (panic_custom_error.go:27)	JMP	0
	0x0000 4c 8d 64 24 d8 4d 3b 66 10 0f 86 8d 01 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec a0 00 00 00 66 44 0f d6 bc 24  H..H......fD...$
	0x0020 98 00 00 00 c6 44 24 1f 00 48 8d 15 00 00 00 00  .....D$..H......
	0x0030 48 89 94 24 98 00 00 00 c6 44 24 1f 01 48 c7 84  H..$.....D$..H..
	0x0040 24 80 00 00 00 01 00 00 00 48 8d 15 00 00 00 00  $........H......
	0x0050 48 89 54 24 78 48 c7 84 24 90 00 00 00 01 00 00  H.T$xH..$.......
	0x0060 00 48 8d 15 00 00 00 00 48 89 94 24 88 00 00 00  .H......H..$....
	0x0070 48 8d 54 24 78 31 c0 eb 27 48 89 44 24 28 48 89  H.T$x1..'H.D$(H.
	0x0080 54 24 30 48 8b 1a 48 8b 4a 08 e8 00 00 00 00 48  T$0H..H.J......H
	0x0090 8b 54 24 30 48 83 c2 10 48 8b 44 24 28 48 ff c0  .T$0H...H.D$(H..
	0x00a0 48 83 f8 02 7c d3 e8 00 00 00 00 48 8d 05 00 00  H...|......H....
	0x00b0 00 00 bb 07 00 00 00 e8 00 00 00 00 b8 02 00 00  ................
	0x00c0 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x00d0 48 c7 44 24 40 01 00 00 00 48 8d 05 00 00 00 00  H.D$@....H......
	0x00e0 48 89 44 24 38 48 c7 44 24 50 01 00 00 00 48 8d  H.D$8H.D$P....H.
	0x00f0 05 00 00 00 00 48 89 44 24 48 44 0f 11 7c 24 58  .....H.D$HD..|$X
	0x0100 48 c7 44 24 70 01 00 00 00 48 8d 05 00 00 00 00  H.D$p....H......
	0x0110 48 89 44 24 68 48 8d 44 24 38 31 c9 eb 2d 48 89  H.D$hH.D$81..-H.
	0x0120 4c 24 20 48 89 44 24 30 48 8b 18 48 8b 50 08 48  L$ H.D$0H..H.P.H
	0x0130 89 c8 48 89 d1 e8 00 00 00 00 48 8b 44 24 30 48  ..H.......H.D$0H
	0x0140 83 c0 10 48 8b 4c 24 20 48 ff c1 48 83 f9 04 7c  ...H.L$ H..H...|
	0x0150 cd e8 00 00 00 00 48 8d 05 00 00 00 00 bb 06 00  ......H.........
	0x0160 00 00 e8 00 00 00 00 b8 04 00 00 00 e8 00 00 00  ................
	0x0170 00 e8 00 00 00 00 e8 00 00 00 00 c6 44 24 1f 00  ............D$..
	0x0180 e8 00 00 00 00 48 81 c4 a0 00 00 00 5d c3 e8 00  .....H......]...
	0x0190 00 00 00 48 81 c4 a0 00 00 00 5d c3 0f 1f 40 00  ...H......]...@.
	0x01a0 e8 00 00 00 00 e9 56 fe ff ff                    ......V...
	rel 44+4 t=R_PCREL main.process.deferwrap1·f+0
	rel 76+4 t=R_PCREL go:string."a"+0
	rel 100+4 t=R_PCREL go:string."b"+0
	rel 139+4 t=R_CALL main.checkLine+0
	rel 167+4 t=R_CALL runtime.printlock+0
	rel 174+4 t=R_PCREL go:string."parsed "+0
	rel 184+4 t=R_CALL runtime.printstring+0
	rel 194+4 t=R_CALL runtime.printint+0
	rel 199+4 t=R_CALL runtime.printnl+0
	rel 204+4 t=R_CALL runtime.printunlock+0
	rel 220+4 t=R_PCREL go:string."a"+0
	rel 241+4 t=R_PCREL go:string."b"+0
	rel 268+4 t=R_PCREL go:string."d"+0
	rel 310+4 t=R_CALL main.checkLine+0
	rel 338+4 t=R_CALL runtime.printlock+0
	rel 345+4 t=R_PCREL go:string."never "+0
	rel 355+4 t=R_CALL runtime.printstring+0
	rel 365+4 t=R_CALL runtime.printint+0
	rel 370+4 t=R_CALL runtime.printnl+0
	rel 375+4 t=R_CALL runtime.printunlock+0
	rel 385+4 t=R_CALL main.process.deferwrap1+0
	rel 399+4 t=R_CALL runtime.deferreturn+0
	rel 417+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=83 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (panic_custom_error.go:35)	TEXT	main.main(SB), ABIInternal, $24-0
	0x0000 00000 (panic_custom_error.go:35)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_custom_error.go:35)	PCDATA	$0, $-2
	0x0004 00004 (panic_custom_error.go:35)	JLS	76
	0x0006 00006 (panic_custom_error.go:35)	PCDATA	$0, $-1
	0x0006 00006 (panic_custom_error.go:35)	PUSHQ	BP
	0x0007 00007 (panic_custom_error.go:35)	MOVQ	SP, BP
	0x000a 00010 (panic_custom_error.go:35)	SUBQ	$16, SP
	0x000e 00014 (panic_custom_error.go:35)	MOVQ	X15, 8(SP)
	0x0015 00021 (panic_custom_error.go:35)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0015 00021 (panic_custom_error.go:35)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0015 00021 (panic_custom_error.go:35)	FUNCDATA	$4, main.main.opendefer(SB)
	0x0015 00021 (panic_custom_error.go:35)	MOVB	$0, main..autotmp_0+7(SP)
	0x001a 00026 (panic_custom_error.go:36)	LEAQ	main.main.deferwrap1·f(SB), AX
	0x0021 00033 (panic_custom_error.go:36)	MOVQ	AX, main..autotmp_1+8(SP)
	0x0026 00038 (panic_custom_error.go:36)	MOVB	$1, main..autotmp_0+7(SP)
	0x002b 00043 (panic_custom_error.go:37)	PCDATA	$1, $1
	0x002b 00043 (panic_custom_error.go:37)	CALL	main.process(SB)
	0x0030 00048 (panic_custom_error.go:38)	MOVB	$0, main..autotmp_0+7(SP)
	0x0035 00053 (panic_custom_error.go:38)	CALL	main.main.deferwrap1(SB)
	0x003a 00058 (panic_custom_error.go:38)	ADDQ	$16, SP
	0x003e 00062 (panic_custom_error.go:38)	POPQ	BP
	0x003f 00063 (panic_custom_error.go:38)	NOP
	0x0040 00064 (panic_custom_error.go:38)	RET
	0x0041 00065 (panic_custom_error.go:38)	CALL	runtime.deferreturn(SB)
	0x0046 00070 (panic_custom_error.go:38)	ADDQ	$16, SP
	0x004a 00074 (panic_custom_error.go:38)	POPQ	BP
	0x004b 00075 (panic_custom_error.go:38)	RET
	0x004c 00076 (panic_custom_error.go:38)	NOP
	0x004c 00076 (panic_custom_error.go:35)	PCDATA	$1, $-1
	0x004c 00076 (panic_custom_error.go:35)	PCDATA	$0, $-2
	0x004c 00076 (panic_custom_error.go:35)	CALL	runtime.morestack_noctxt(SB)
	0x0051 00081 (panic_custom_error.go:35)	PCDATA	$0, $-1
	0x0051 00081 (panic_custom_error.go:35)	JMP	0
	0x0000 49 3b 66 10 76 46 55 48 89 e5 48 83 ec 10 66 44  I;f.vFUH..H...fD
	0x0010 0f d6 7c 24 08 c6 44 24 07 00 48 8d 05 00 00 00  ..|$..D$..H.....
	0x0020 00 48 89 44 24 08 c6 44 24 07 01 e8 00 00 00 00  .H.D$..D$.......
	0x0030 c6 44 24 07 00 e8 00 00 00 00 48 83 c4 10 5d 90  .D$.......H...].
	0x0040 c3 e8 00 00 00 00 48 83 c4 10 5d c3 e8 00 00 00  ......H...].....
	0x0050 00 eb ad                                         ...
	rel 29+4 t=R_PCREL main.main.deferwrap1·f+0
	rel 44+4 t=R_CALL main.process+0
	rel 54+4 t=R_CALL main.main.deferwrap1+0
	rel 66+4 t=R_CALL runtime.deferreturn+0
	rel 77+4 t=R_CALL runtime.morestack_noctxt+0
main.main.deferwrap1 STEXT size=55 align=0x0 args=0x0 locals=0x18 funcid=0x17
	0x0000 00000 (panic_custom_error.go:36)	TEXT	main.main.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
	0x0000 00000 (panic_custom_error.go:36)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_custom_error.go:36)	PCDATA	$0, $-2
	0x0004 00004 (panic_custom_error.go:36)	JLS	48
	0x0006 00006 (panic_custom_error.go:36)	PCDATA	$0, $-1
	0x0006 00006 (panic_custom_error.go:36)	PUSHQ	BP
	0x0007 00007 (panic_custom_error.go:36)	MOVQ	SP, BP
	0x000a 00010 (panic_custom_error.go:36)	SUBQ	$16, SP
	0x000e 00014 (panic_custom_error.go:36)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_custom_error.go:36)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_custom_error.go:36)	PCDATA	$1, $0
	0x000e 00014 (panic_custom_error.go:36)	CALL	runtime.printlock(SB)
	0x0013 00019 (panic_custom_error.go:36)	LEAQ	go:string."main: deferred\n"(SB), AX
	0x001a 00026 (panic_custom_error.go:36)	MOVL	$15, BX
	0x001f 00031 (panic_custom_error.go:36)	NOP
	0x0020 00032 (panic_custom_error.go:36)	CALL	runtime.printstring(SB)
	0x0025 00037 (panic_custom_error.go:36)	CALL	runtime.printunlock(SB)
	0x002a 00042 (panic_custom_error.go:36)	ADDQ	$16, SP
	0x002e 00046 (panic_custom_error.go:36)	POPQ	BP
	0x002f 00047 (panic_custom_error.go:36)	RET
	0x0030 00048 (panic_custom_error.go:36)	NOP
	0x0030 00048 (panic_custom_error.go:36)	PCDATA	$1, $-1
	0x0030 00048 (panic_custom_error.go:36)	PCDATA	$0, $-2
	0x0030 00048 (panic_custom_error.go:36)	CALL	runtime.morestack_noctxt(SB)
	0x0035 00053 (panic_custom_error.go:36)	PCDATA	$0, $-1
	0x0035 00053 (panic_custom_error.go:36)	JMP	0
	0x0000 49 3b 66 10 76 2a 55 48 89 e5 48 83 ec 10 e8 00  I;f.v*UH..H.....
	0x0010 00 00 00 48 8d 05 00 00 00 00 bb 0f 00 00 00 90  ...H............
	0x0020 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3  ..........H...].
	0x0030 e8 00 00 00 00 eb c9                             .......
	rel 15+4 t=R_CALL runtime.printlock+0
	rel 22+4 t=R_PCREL go:string."main: deferred\n"+0
	rel 33+4 t=R_CALL runtime.printstring+0
	rel 38+4 t=R_CALL runtime.printunlock+0
	rel 49+4 t=R_CALL runtime.morestack_noctxt+0
main.process.deferwrap1 STEXT size=55 align=0x0 args=0x0 locals=0x18 funcid=0x17
	0x0000 00000 (panic_custom_error.go:28)	TEXT	main.process.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
	0x0000 00000 (panic_custom_error.go:28)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_custom_error.go:28)	PCDATA	$0, $-2
	0x0004 00004 (panic_custom_error.go:28)	JLS	48
	0x0006 00006 (panic_custom_error.go:28)	PCDATA	$0, $-1
	0x0006 00006 (panic_custom_error.go:28)	PUSHQ	BP
	0x0007 00007 (panic_custom_error.go:28)	MOVQ	SP, BP
	0x000a 00010 (panic_custom_error.go:28)	SUBQ	$16, SP
	0x000e 00014 (panic_custom_error.go:28)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_custom_error.go:28)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_custom_error.go:28)	PCDATA	$1, $0
	0x000e 00014 (panic_custom_error.go:28)	CALL	runtime.printlock(SB)
	0x0013 00019 (panic_custom_error.go:28)	LEAQ	go:string."process: deferred cleanup\n"(SB), AX
	0x001a 00026 (panic_custom_error.go:28)	MOVL	$26, BX
	0x001f 00031 (panic_custom_error.go:28)	NOP
	0x0020 00032 (panic_custom_error.go:28)	CALL	runtime.printstring(SB)
	0x0025 00037 (panic_custom_error.go:28)	CALL	runtime.printunlock(SB)
	0x002a 00042 (panic_custom_error.go:28)	ADDQ	$16, SP
	0x002e 00046 (panic_custom_error.go:28)	POPQ	BP
	0x002f 00047 (panic_custom_error.go:28)	RET
	0x0030 00048 (panic_custom_error.go:28)	NOP
	0x0030 00048 (panic_custom_error.go:28)	PCDATA	$1, $-1
	0x0030 00048 (panic_custom_error.go:28)	PCDATA	$0, $-2
	0x0030 00048 (panic_custom_error.go:28)	CALL	runtime.morestack_noctxt(SB)
	0x0035 00053 (panic_custom_error.go:28)	PCDATA	$0, $-1
	0x0035 00053 (panic_custom_error.go:28)	JMP	0
	0x0000 49 3b 66 10 76 2a 55 48 89 e5 48 83 ec 10 e8 00  I;f.v*UH..H.....
	0x0010 00 00 00 48 8d 05 00 00 00 00 bb 1a 00 00 00 90  ...H............
	0x0020 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3  ..........H...].
	0x0030 e8 00 00 00 00 eb c9                             .......
	rel 15+4 t=R_CALL runtime.printlock+0
	rel 22+4 t=R_PCREL go:string."process: deferred cleanup\n"+0
	rel 33+4 t=R_CALL runtime.printstring+0
	rel 38+4 t=R_CALL runtime.printunlock+0
	rel 49+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.M8S STEXT dupok size=88 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M8S(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	61
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M8S.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M8S.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0011 00017 (<autogenerated>:1)	CMPQ	(BX), DX
	0x0014 00020 (<autogenerated>:1)	JNE	53
	0x0016 00022 (<autogenerated>:1)	MOVQ	16(AX), CX
	0x001a 00026 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	16(BX), CX
	0x0024 00036 (<autogenerated>:1)	JNE	53
	0x0026 00038 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x002a 00042 (<autogenerated>:1)	MOVQ	8(BX), BX
	0x002e 00046 (<autogenerated>:1)	PCDATA	$1, $1
	0x002e 00046 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0033 00051 (<autogenerated>:1)	JMP	55
	0x0035 00053 (<autogenerated>:1)	XORL	AX, AX
	0x0037 00055 (<autogenerated>:1)	ADDQ	$24, SP
	0x003b 00059 (<autogenerated>:1)	POPQ	BP
	0x003c 00060 (<autogenerated>:1)	RET
	0x003d 00061 (<autogenerated>:1)	NOP
	0x003d 00061 (<autogenerated>:1)	PCDATA	$1, $-1
	0x003d 00061 (<autogenerated>:1)	PCDATA	$0, $-2
	0x003d 00061 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0042 00066 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0047 00071 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004c 00076 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004c 00076 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0051 00081 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0056 00086 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 37 55 48 89 e5 48 83 ec 18 48 8b  I;f.v7UH..H...H.
	0x0010 10 48 39 13 75 1f 48 8b 48 10 66 0f 1f 44 00 00  .H9.u.H.H.f..D..
	0x0020 48 39 4b 10 75 0f 48 8b 40 08 48 8b 5b 08 e8 00  H9K.u.H.@.H.[...
	0x0030 00 00 00 eb 02 31 c0 48 83 c4 18 5d c3 48 89 44  .....1.H...].H.D
	0x0040 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24  $.H.\$......H.D$
	0x0050 08 48 8b 5c 24 10 eb a8                          .H.\$...
	rel 47+4 t=R_CALL runtime.memequal+0
	rel 72+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.parse$abstract SDWARFABSFCN dupok size=44 align=0x0
	0x0000 05 6d 61 69 6e 2e 70 61 72 73 65 00 01 14 01 22  .main.parse...."
	0x0010 6c 69 6e 65 73 00 00 00 00 00 00 21 69 00 15 00  lines......!i...
	0x0020 00 00 00 21 6c 00 15 00 00 00 00 00              ...!l.......
	rel 23+4 t=R_DWARFSECREF go:info.[]string+0
	rel 31+4 t=R_DWARFSECREF go:info.int+0
	rel 39+4 t=R_DWARFSECREF go:info.string+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.ParseError. SRODATA dupok size=18 align=0x1
	0x0000 01 10 2a 6d 61 69 6e 2e 50 61 72 73 65 45 72 72  ..*main.ParseErr
	0x0010 6f 72                                            or
type:.eqfunc.M8S SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.M8S+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.Line. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4c 69 6e 65                                ..Line
type:.namedata.Msg. SRODATA dupok size=5 align=0x1
	0x0000 01 03 4d 73 67                                   ..Msg
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:main.ParseError SRODATA size=144 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 10 71 98 c3 07 08 08 19 00 00 00 00 00 00 00 00  .q..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M8S+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.ParseError.+0
	rel 44+4 t=R_ADDROFF type:*main.ParseError+0
	rel 56+8 t=R_ADDR type:main.ParseError+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Line.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.Msg.+0
	rel 128+8 t=R_ADDR type:string+0
type:.namedata.*func(*main.ParseError) string- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 50 61  ..*func(*main.Pa
	0x0010 72 73 65 45 72 72 6f 72 29 20 73 74 72 69 6e 67  rseError) string
type:*func(*main.ParseError) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 82 95 2b 4b 28 08 08 16 00 00 00 00 00 00 00 00  ..+K(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.ParseError) string-+0
	rel 48+8 t=R_ADDR type:func(*main.ParseError) string+0
type:func(*main.ParseError) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 74 8a ac b8 22 08 08 13 00 00 00 00 00 00 00 00  t..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.ParseError) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.ParseError) string+0
	rel 56+8 t=R_ADDR type:*main.ParseError+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.Error. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 72 72 6f 72                             ..Error
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
type:*main.ParseError SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d3 22 1a 88 29 08 08 16 00 00 00 00 00 00 00 00  ."..)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.ParseError.+0
	rel 48+8 t=R_ADDR type:main.ParseError+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*ParseError).Error+0
	rel 84+4 t=R_METHODOFF main.(*ParseError).Error+0
go:string."parse error on line " SRODATA dupok size=20 align=0x1
	0x0000 70 61 72 73 65 20 65 72 72 6f 72 20 6f 6e 20 6c  parse error on l
	0x0010 69 6e 65 20                                      ine 
go:string.": " SRODATA dupok size=2 align=0x1
	0x0000 3a 20                                            : 
go:string."empty line" SRODATA dupok size=10 align=0x1
	0x0000 65 6d 70 74 79 20 6c 69 6e 65                    empty line
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."parsed" SRODATA dupok size=6 align=0x1
	0x0000 70 61 72 73 65 64                                parsed
go:string."parsed " SRODATA dupok size=7 align=0x1
	0x0000 70 61 72 73 65 64 20                             parsed 
go:string."d" SRODATA dupok size=1 align=0x1
	0x0000 64                                               d
go:string."never" SRODATA dupok size=5 align=0x1
	0x0000 6e 65 76 65 72                                   never
go:string."never " SRODATA dupok size=6 align=0x1
	0x0000 6e 65 76 65 72 20                                never 
go:string."main: deferred" SRODATA dupok size=14 align=0x1
	0x0000 6d 61 69 6e 3a 20 64 65 66 65 72 72 65 64        main: deferred
go:string."main: deferred\n" SRODATA dupok size=15 align=0x1
	0x0000 6d 61 69 6e 3a 20 64 65 66 65 72 72 65 64 0a     main: deferred.
go:string."process: deferred cleanup" SRODATA dupok size=25 align=0x1
	0x0000 70 72 6f 63 65 73 73 3a 20 64 65 66 65 72 72 65  process: deferre
	0x0010 64 20 63 6c 65 61 6e 75 70                       d cleanup
go:string."process: deferred cleanup\n" SRODATA dupok size=26 align=0x1
	0x0000 70 72 6f 63 65 73 73 3a 20 64 65 66 65 72 72 65  process: deferre
	0x0010 64 20 63 6c 65 61 6e 75 70 0a                    d cleanup.
runtime.gcbits.0500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 05 00 00 00 00 00 00 00                          ........
runtime.gcbits.5500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 55 00 00 00 00 00 00 00                          U.......
main.main.deferwrap1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.deferwrap1+0
main.process.deferwrap1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.process.deferwrap1+0
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*ParseError).Error.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*ParseError).Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.checkLine.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 00 08 fe 08 08 10 08 fd ff                       .........
main.checkLine.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 01                                         ...
gclocals·mwFurZyQFy+ezr0Dhah66w== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 01 01 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.parse.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.parse.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 02                                         ...
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·koS6uZbcq7yAWZs2NKIi0w== SRODATA dupok size=14 align=0x4
	0x0000 03 00 00 00 0e 00 00 00 00 00 01 20 00 20        ........... . 
main.process.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 98 ff ff ff 40 00 00 00  ............@...
	0x0010 38 00 00 00 00 00 00 00 d8 ff ff ff 20 00 00 00  8........... ...
	0x0020 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.5500000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0500000000000000+0
main.process.opendefer SRODATA dupok size=3 align=0x1
	0x0000 81 01 08                                         ...
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.main.opendefer SRODATA dupok size=2 align=0x1
	0x0000 09 08                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.M8S.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.M8S.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
