funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (linked_structures.go:59)	TEXT	main.main(SB), ABIInternal, $192-0
     0        00000 (linked_structures.go:59)	TEXT	main.main(SB), ABIInternal, $192-0
     0     -1 00000 (linked_structures.go:59)	LEAQ	-64(SP), R12
     5        00005 (linked_structures.go:59)	CMPQ	R12, 16(R14)
     9        00009 (linked_structures.go:59)	PCDATA	$0, $-2
     9        00009 (linked_structures.go:59)	JLS	595
     f        00015 (linked_structures.go:59)	PCDATA	$0, $-1
     f        00015 (linked_structures.go:59)	PUSHQ	BP
    10        00016 (linked_structures.go:59)	MOVQ	SP, BP
    13        00019 (linked_structures.go:59)	SUBQ	$184, SP
    1a        00026 (linked_structures.go:59)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
    1a        00026 (linked_structures.go:59)	FUNCDATA	$1, gclocals·9UJA89Kaf+38sOjeUb9l1w==(SB)
    1a        00026 (linked_structures.go:59)	FUNCDATA	$2, main.main.stkobj(SB)
    1a        00026 (linked_structures.go:60)	MOVQ	$1, main..autotmp_15+88(SP)
    23        00035 (linked_structures.go:60)	MOVQ	$2, main..autotmp_15+96(SP)
    2c        00044 (linked_structures.go:60)	MOVQ	$3, main..autotmp_15+104(SP)
    35        00053 (linked_structures.go:60)	MOVQ	$4, main..autotmp_15+112(SP)
    3e        00062 (linked_structures.go:60)	MOVQ	$5, main..autotmp_15+120(SP)
    47        00071 (<unknown line number>)	NOP
    47        00071 (linked_structures.go:60)	MOVL	$4, AX
    4c        00076 (linked_structures.go:60)	XORL	CX, CX
    4e      0 00078 (linked_structures.go:60)	JMP	96
    50        00080 (linked_structures.go:60)	PCDATA	$0, $-2
    50        00080 (linked_structures.go:60)	MOVQ	SI, 8(AX)
    54        00084 (linked_structures.go:60)	PCDATA	$0, $-1
    54        00084 (linked_structures.go:60)	DECQ	DX
    57        00087 (linked_structures.go:60)	MOVQ	AX, CX
    5a        00090 (linked_structures.go:60)	MOVQ	DX, AX
    5d        00093 (linked_structures.go:60)	NOP
    60        00096 (linked_structures.go:60)	TESTQ	AX, AX
    63        00099 (linked_structures.go:60)	JLT	186
    65        00101 (linked_structures.go:60)	MOVQ	AX, main.i+56(SP)
    6a        00106 (linked_structures.go:60)	MOVQ	CX, main.head+144(SP)
    72        00114 (linked_structures.go:60)	MOVL	$16, AX
    77        00119 (linked_structures.go:60)	LEAQ	type:main.Node(SB), BX
    7e        00126 (linked_structures.go:60)	MOVL	$1, CX
    83        00131 (linked_structures.go:60)	PCDATA	$1, $1
    83        00131 (linked_structures.go:60)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    88        00136 (linked_structures.go:60)	MOVQ	main.i+56(SP), DX
    8d        00141 (linked_structures.go:60)	MOVQ	main..autotmp_15+88(SP)(DX*8), SI
    92        00146 (linked_structures.go:60)	MOVQ	SI, (AX)
    95        00149 (linked_structures.go:60)	CMPL	runtime.writeBarrier(SB), $0
    9c        00156 (linked_structures.go:60)	PCDATA	$0, $-2
    9c        00156 (linked_structures.go:60)	JNE	168
    9e        00158 (linked_structures.go:60)	MOVQ	main.head+144(SP), SI
    a6        00166 (linked_structures.go:60)	JMP	80
    a8        00168 (linked_structures.go:60)	CALL	runtime.gcWriteBarrier1(SB)
    ad        00173 (linked_structures.go:60)	MOVQ	main.head+144(SP), SI
    b5        00181 (linked_structures.go:60)	MOVQ	SI, (R11)
    b8        00184 (linked_structures.go:60)	JMP	80
    ba        00186 (linked_structures.go:60)	PCDATA	$0, $-1
    ba     -1 00186 (linked_structures.go:60)	MOVQ	CX, AX
    bd        00189 (linked_structures.go:60)	PCDATA	$1, $0
    bd        00189 (linked_structures.go:60)	NOP
    c0        00192 (linked_structures.go:60)	CALL	main.reverse(SB)
    c5        00197 (linked_structures.go:61)	JMP	256
    c7        00199 (linked_structures.go:61)	MOVQ	AX, main.n+136(SP)
    cf        00207 (linked_structures.go:62)	MOVQ	(AX), AX
    d2        00210 (linked_structures.go:62)	MOVQ	AX, main..autotmp_22+80(SP)
    d7        00215 (linked_structures.go:62)	PCDATA	$1, $2
    d7        00215 (linked_structures.go:62)	CALL	runtime.printlock(SB)
    dc        00220 (linked_structures.go:62)	MOVQ	main..autotmp_22+80(SP), AX
    e1        00225 (linked_structures.go:62)	CALL	runtime.printint(SB)
    e6        00230 (linked_structures.go:62)	CALL	runtime.printsp(SB)
    eb        00235 (linked_structures.go:62)	CALL	runtime.printunlock(SB)
    f0        00240 (linked_structures.go:61)	MOVQ	main.n+136(SP), AX
    f8        00248 (linked_structures.go:61)	MOVQ	8(AX), AX
    fc        00252 (linked_structures.go:61)	NOP
   100        00256 (linked_structures.go:61)	TESTQ	AX, AX
   103        00259 (linked_structures.go:61)	JNE	199
   105        00261 (linked_structures.go:64)	PCDATA	$1, $0
   105        00261 (linked_structures.go:64)	CALL	runtime.printlock(SB)
   10a        00266 (linked_structures.go:64)	CALL	runtime.printnl(SB)
   10f        00271 (linked_structures.go:64)	CALL	runtime.printunlock(SB)
   114        00276 (linked_structures.go:64)	XORL	AX, AX
   116        00278 (linked_structures.go:64)	XORL	CX, CX
   118        00280 (linked_structures.go:64)	MOVL	$7, DX
   11d        00285 (linked_structures.go:67)	JMP	387
   11f        00287 (linked_structures.go:67)	MOVQ	AX, main.i+64(SP)
   124        00292 (linked_structures.go:68)	MOVQ	DX, BX
   127        00295 (linked_structures.go:68)	SHLQ	$5, BX
   12b        00299 (linked_structures.go:68)	SUBQ	DX, BX
   12e        00302 (linked_structures.go:68)	LEAQ	11(BX), DX
   132        00306 (linked_structures.go:68)	MOVQ	$-6757718126012409997, AX
   13c        00316 (linked_structures.go:68)	MOVQ	DX, SI
   13f        00319 (linked_structures.go:68)	IMULQ	DX
   142        00322 (linked_structures.go:68)	LEAQ	(BX)(DX*1), DX
   146        00326 (linked_structures.go:68)	LEAQ	11(DX), DX
   14a        00330 (linked_structures.go:68)	SARQ	$6, DX
   14e        00334 (linked_structures.go:68)	SARQ	$63, SI
   152        00338 (linked_structures.go:68)	SUBQ	SI, DX
   155        00341 (linked_structures.go:68)	IMUL3Q	$101, DX, DX
   159        00345 (linked_structures.go:68)	SUBQ	DX, BX
   15c        00348 (linked_structures.go:68)	ADDQ	$11, BX
   160        00352 (linked_structures.go:68)	MOVQ	BX, main.x+40(SP)
   165        00357 (linked_structures.go:69)	MOVQ	CX, AX
   168        00360 (linked_structures.go:69)	CALL	main.insert(SB)
   16d        00365 (linked_structures.go:67)	MOVQ	main.i+64(SP), CX
   172        00370 (linked_structures.go:67)	INCQ	CX
   175        00373 (linked_structures.go:67)	MOVQ	main.x+40(SP), DX
   17a        00378 (linked_structures.go:67)	MOVQ	AX, BX
   17d        00381 (linked_structures.go:67)	MOVQ	CX, AX
   180        00384 (linked_structures.go:67)	MOVQ	BX, CX
   183        00387 (linked_structures.go:67)	CMPQ	AX, $30
   187        00391 (linked_structures.go:67)	JLT	287
   189        00393 (linked_structures.go:67)	MOVQ	CX, main.root+128(SP)
   191        00401 (linked_structures.go:71)	MOVQ	$0, main.cnt+72(SP)
   19a        00410 (linked_structures.go:71)	MOVQ	$-1, main.last+48(SP)
   1a3        00419 (linked_structures.go:71)	MOVB	$1, main.sorted+39(SP)
   1a8        00424 (linked_structures.go:72)	LEAQ	main.main.func1(SB), DX
   1af        00431 (linked_structures.go:72)	MOVQ	DX, main..autotmp_13+152(SP)
   1b7        00439 (linked_structures.go:72)	LEAQ	main.cnt+72(SP), DX
   1bc        00444 (linked_structures.go:72)	MOVQ	DX, main..autotmp_13+160(SP)
   1c4        00452 (linked_structures.go:72)	LEAQ	main.last+48(SP), DX
   1c9        00457 (linked_structures.go:72)	MOVQ	DX, main..autotmp_13+168(SP)
   1d1        00465 (linked_structures.go:72)	LEAQ	main.sorted+39(SP), DX
   1d6        00470 (linked_structures.go:72)	MOVQ	DX, main..autotmp_13+176(SP)
   1de        00478 (linked_structures.go:72)	MOVQ	CX, AX
   1e1        00481 (linked_structures.go:72)	LEAQ	main..autotmp_13+152(SP), BX
   1e9        00489 (linked_structures.go:72)	PCDATA	$1, $3
   1e9        00489 (linked_structures.go:72)	CALL	main.inorder(SB)
   1ee        00494 (linked_structures.go:79)	MOVQ	main.root+128(SP), AX
   1f6        00502 (linked_structures.go:79)	PCDATA	$1, $0
   1f6        00502 (linked_structures.go:79)	CALL	main.height(SB)
   1fb        00507 (linked_structures.go:79)	MOVQ	AX, main..autotmp_22+80(SP)
   200        00512 (linked_structures.go:79)	CALL	runtime.printlock(SB)
   205        00517 (linked_structures.go:79)	MOVQ	main.cnt+72(SP), AX
   20a        00522 (linked_structures.go:79)	CALL	runtime.printint(SB)
   20f        00527 (linked_structures.go:79)	CALL	runtime.printsp(SB)
   214        00532 (linked_structures.go:79)	MOVBLZX	main.sorted+39(SP), AX
   219        00537 (linked_structures.go:79)	CALL	runtime.printbool(SB)
   21e        00542 (linked_structures.go:79)	NOP
   220        00544 (linked_structures.go:79)	CALL	runtime.printsp(SB)
   225        00549 (linked_structures.go:79)	MOVQ	main.last+48(SP), AX
   22a        00554 (linked_structures.go:79)	CALL	runtime.printint(SB)
   22f        00559 (linked_structures.go:79)	CALL	runtime.printsp(SB)
   234        00564 (linked_structures.go:79)	MOVQ	main..autotmp_22+80(SP), AX
   239        00569 (linked_structures.go:79)	CALL	runtime.printint(SB)
   23e        00574 (linked_structures.go:79)	NOP
   240        00576 (linked_structures.go:79)	CALL	runtime.printnl(SB)
   245        00581 (linked_structures.go:79)	CALL	runtime.printunlock(SB)
   24a        00586 (linked_structures.go:80)	ADDQ	$184, SP
   251        00593 (linked_structures.go:80)	POPQ	BP
   252        00594 (linked_structures.go:80)	RET
   253        00595 (linked_structures.go:80)	NOP
   253        00595 (linked_structures.go:59)	PCDATA	$1, $-1
   253        00595 (linked_structures.go:59)	PCDATA	$0, $-2
   253        00595 (linked_structures.go:59)	CALL	runtime.morestack_noctxt(SB)
   258        00600 (linked_structures.go:59)	PCDATA	$0, $-1
   258        00600 (linked_structures.go:59)	JMP	0
   25d done
wrote 8 bytes to 0x0
 00 4e 02 6c 01 a3 03 00
-- inlining tree for main.main:
0 | -1 | main.build (linked_structures.go:60:20) pc=26
--
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (linked_structures.go:72)	TEXT	main.main.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
     0        00000 (linked_structures.go:72)	TEXT	main.main.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
     0        00000 (linked_structures.go:72)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (linked_structures.go:72)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (linked_structures.go:72)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
     0        00000 (linked_structures.go:72)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
     0        00000 (linked_structures.go:72)	PCDATA	$3, $1
     0     -1 00000 (linked_structures.go:72)	MOVQ	16(DX), CX
     4        00004 (linked_structures.go:72)	MOVQ	8(DX), BX
     8        00008 (linked_structures.go:72)	MOVQ	24(DX), DX
     c        00012 (linked_structures.go:73)	INCQ	(BX)
     f        00015 (linked_structures.go:74)	CMPQ	(CX), AX
    12        00018 (linked_structures.go:74)	JLT	23
    14        00020 (linked_structures.go:75)	MOVB	$0, (DX)
    17        00023 (linked_structures.go:77)	MOVQ	AX, (CX)
    1a        00026 (linked_structures.go:78)	RET
    1b done
wrote 3 bytes to 0x0
 00 1b 00
funcpctab main.build [valfunc=pctoinline]
     0     -1 00000 (linked_structures.go:9)	TEXT	main.build(SB), ABIInternal, $56-24
     0        00000 (linked_structures.go:9)	TEXT	main.build(SB), ABIInternal, $56-24
     0     -1 00000 (linked_structures.go:9)	CMPQ	SP, 16(R14)
     4        00004 (linked_structures.go:9)	PCDATA	$0, $-2
     4        00004 (linked_structures.go:9)	JLS	139
     a        00010 (linked_structures.go:9)	PCDATA	$0, $-1
     a        00010 (linked_structures.go:9)	PUSHQ	BP
     b        00011 (linked_structures.go:9)	MOVQ	SP, BP
     e        00014 (linked_structures.go:9)	SUBQ	$48, SP
    12        00018 (linked_structures.go:9)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    12        00018 (linked_structures.go:9)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    12        00018 (linked_structures.go:9)	FUNCDATA	$5, main.build.arginfo1(SB)
    12        00018 (linked_structures.go:9)	FUNCDATA	$6, main.build.argliveinfo(SB)
    12        00018 (linked_structures.go:9)	PCDATA	$3, $1
    12        00018 (linked_structures.go:11)	MOVQ	AX, main.xs+64(SP)
    17        00023 (linked_structures.go:11)	PCDATA	$3, $2
    17        00023 (linked_structures.go:11)	LEAQ	-1(BX), DX
    1b        00027 (linked_structures.go:11)	XORL	CX, CX
    1d        00029 (linked_structures.go:11)	JMP	44
    1f        00031 (linked_structures.go:12)	PCDATA	$0, $-2
    1f        00031 (linked_structures.go:12)	MOVQ	DI, 8(AX)
    23        00035 (linked_structures.go:11)	PCDATA	$0, $-1
    23        00035 (linked_structures.go:11)	DECQ	DX
    26        00038 (linked_structures.go:11)	MOVQ	AX, CX
    29        00041 (linked_structures.go:12)	MOVQ	SI, AX
    2c        00044 (linked_structures.go:11)	TESTQ	DX, DX
    2f        00047 (linked_structures.go:11)	JLT	130
    31        00049 (linked_structures.go:11)	MOVQ	DX, main.i+32(SP)
    36        00054 (linked_structures.go:11)	MOVQ	CX, main.head+40(SP)
    3b        00059 (linked_structures.go:12)	MOVL	$16, AX
    40        00064 (linked_structures.go:12)	LEAQ	type:main.Node(SB), BX
    47        00071 (linked_structures.go:12)	MOVL	$1, CX
    4c        00076 (linked_structures.go:12)	PCDATA	$1, $1
    4c        00076 (linked_structures.go:12)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    51        00081 (linked_structures.go:12)	MOVQ	main.i+32(SP), DX
    56        00086 (linked_structures.go:12)	MOVQ	main.xs+64(SP), SI
    5b        00091 (linked_structures.go:12)	MOVQ	(SI)(DX*8), DI
    5f        00095 (linked_structures.go:12)	MOVQ	DI, (AX)
    62        00098 (linked_structures.go:12)	CMPL	runtime.writeBarrier(SB), $0
    69        00105 (linked_structures.go:12)	PCDATA	$0, $-2
    69        00105 (linked_structures.go:12)	JNE	114
    6b        00107 (linked_structures.go:12)	MOVQ	main.head+40(SP), DI
    70        00112 (linked_structures.go:12)	JMP	31
    72        00114 (linked_structures.go:12)	CALL	runtime.gcWriteBarrier1(SB)
    77        00119 (linked_structures.go:12)	MOVQ	main.head+40(SP), DI
    7c        00124 (linked_structures.go:12)	MOVQ	DI, (R11)
    7f        00127 (linked_structures.go:12)	NOP
    80        00128 (linked_structures.go:12)	JMP	31
    82        00130 (linked_structures.go:14)	PCDATA	$0, $-1
    82        00130 (linked_structures.go:14)	MOVQ	CX, AX
    85        00133 (linked_structures.go:14)	ADDQ	$48, SP
    89        00137 (linked_structures.go:14)	POPQ	BP
    8a        00138 (linked_structures.go:14)	RET
    8b        00139 (linked_structures.go:14)	NOP
    8b        00139 (linked_structures.go:9)	PCDATA	$1, $-1
    8b        00139 (linked_structures.go:9)	PCDATA	$0, $-2
    8b        00139 (linked_structures.go:9)	MOVQ	AX, 8(SP)
    90        00144 (linked_structures.go:9)	MOVQ	BX, 16(SP)
    95        00149 (linked_structures.go:9)	MOVQ	CX, 24(SP)
    9a        00154 (linked_structures.go:9)	CALL	runtime.morestack_noctxt(SB)
    9f        00159 (linked_structures.go:9)	PCDATA	$0, $-1
    9f        00159 (linked_structures.go:9)	MOVQ	8(SP), AX
    a4        00164 (linked_structures.go:9)	MOVQ	16(SP), BX
    a9        00169 (linked_structures.go:9)	MOVQ	24(SP), CX
    ae        00174 (linked_structures.go:9)	JMP	0
    b3 done
wrote 4 bytes to 0x0
 00 b3 01 00
funcpctab main.height [valfunc=pctoinline]
     0     -1 00000 (linked_structures.go:52)	TEXT	main.height(SB), ABIInternal, $24-8
     0        00000 (linked_structures.go:52)	TEXT	main.height(SB), ABIInternal, $24-8
     0     -1 00000 (linked_structures.go:52)	CMPQ	SP, 16(R14)
     4        00004 (linked_structures.go:52)	PCDATA	$0, $-2
     4        00004 (linked_structures.go:52)	JLS	86
     6        00006 (linked_structures.go:52)	PCDATA	$0, $-1
     6        00006 (linked_structures.go:52)	PUSHQ	BP
     7        00007 (linked_structures.go:52)	MOVQ	SP, BP
     a        00010 (linked_structures.go:52)	SUBQ	$16, SP
     e        00014 (linked_structures.go:52)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (linked_structures.go:52)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (linked_structures.go:52)	FUNCDATA	$5, main.height.arginfo1(SB)
     e        00014 (linked_structures.go:52)	FUNCDATA	$6, main.height.argliveinfo(SB)
     e        00014 (linked_structures.go:52)	PCDATA	$3, $1
     e        00014 (linked_structures.go:53)	TESTQ	AX, AX
    11        00017 (linked_structures.go:53)	JEQ	78
    13        00019 (linked_structures.go:53)	MOVQ	AX, main.t+32(SP)
    18        00024 (linked_structures.go:53)	PCDATA	$3, $-1
    18        00024 (linked_structures.go:56)	MOVQ	(AX), AX
    1b        00027 (linked_structures.go:56)	PCDATA	$1, $0
    1b        00027 (linked_structures.go:56)	NOP
    20        00032 (linked_structures.go:56)	CALL	main.height(SB)
    25        00037 (linked_structures.go:56)	MOVQ	AX, main..autotmp_7+8(SP)
    2a        00042 (linked_structures.go:56)	MOVQ	main.t+32(SP), CX
    2f        00047 (linked_structures.go:56)	MOVQ	8(CX), AX
    33        00051 (linked_structures.go:56)	PCDATA	$1, $1
    33        00051 (linked_structures.go:56)	CALL	main.height(SB)
    38        00056 (linked_structures.go:56)	MOVQ	main..autotmp_7+8(SP), CX
    3d        00061 (linked_structures.go:56)	CMPQ	AX, CX
    40        00064 (linked_structures.go:56)	CMOVQGT	AX, CX
    44        00068 (linked_structures.go:56)	LEAQ	1(CX), AX
    48        00072 (linked_structures.go:56)	ADDQ	$16, SP
    4c        00076 (linked_structures.go:56)	POPQ	BP
    4d        00077 (linked_structures.go:56)	RET
    4e        00078 (linked_structures.go:56)	PCDATA	$3, $1
    4e        00078 (linked_structures.go:54)	XORL	AX, AX
    50        00080 (linked_structures.go:54)	ADDQ	$16, SP
    54        00084 (linked_structures.go:54)	POPQ	BP
    55        00085 (linked_structures.go:54)	RET
    56        00086 (linked_structures.go:54)	NOP
    56        00086 (linked_structures.go:52)	PCDATA	$1, $-1
    56        00086 (linked_structures.go:52)	PCDATA	$0, $-2
    56        00086 (linked_structures.go:52)	MOVQ	AX, 8(SP)
    5b        00091 (linked_structures.go:52)	NOP
    60        00096 (linked_structures.go:52)	CALL	runtime.morestack_noctxt(SB)
    65        00101 (linked_structures.go:52)	PCDATA	$0, $-1
    65        00101 (linked_structures.go:52)	MOVQ	8(SP), AX
    6a        00106 (linked_structures.go:52)	JMP	0
    6c done
wrote 3 bytes to 0x0
 00 6c 00
funcpctab main.inorder [valfunc=pctoinline]
     0     -1 00000 (linked_structures.go:43)	TEXT	main.inorder(SB), ABIInternal, $24-16
     0        00000 (linked_structures.go:43)	TEXT	main.inorder(SB), ABIInternal, $24-16
     0     -1 00000 (linked_structures.go:43)	CMPQ	SP, 16(R14)
     4        00004 (linked_structures.go:43)	PCDATA	$0, $-2
     4        00004 (linked_structures.go:43)	JLS	87
     6        00006 (linked_structures.go:43)	PCDATA	$0, $-1
     6        00006 (linked_structures.go:43)	PUSHQ	BP
     7        00007 (linked_structures.go:43)	MOVQ	SP, BP
     a        00010 (linked_structures.go:43)	SUBQ	$16, SP
     e        00014 (linked_structures.go:43)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (linked_structures.go:43)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (linked_structures.go:43)	FUNCDATA	$5, main.inorder.arginfo1(SB)
     e        00014 (linked_structures.go:43)	FUNCDATA	$6, main.inorder.argliveinfo(SB)
     e        00014 (linked_structures.go:43)	PCDATA	$3, $1
     e        00014 (linked_structures.go:44)	TESTQ	AX, AX
    11        00017 (linked_structures.go:44)	JEQ	81
    13        00019 (linked_structures.go:44)	MOVQ	AX, main.t+32(SP)
    18        00024 (linked_structures.go:44)	MOVQ	BX, main.visit+40(SP)
    1d        00029 (linked_structures.go:44)	PCDATA	$3, $-1
    1d        00029 (linked_structures.go:47)	MOVQ	(AX), AX
    20        00032 (linked_structures.go:47)	PCDATA	$1, $0
    20        00032 (linked_structures.go:47)	CALL	main.inorder(SB)
    25        00037 (linked_structures.go:48)	MOVQ	main.visit+40(SP), DX
    2a        00042 (linked_structures.go:48)	MOVQ	(DX), CX
    2d        00045 (linked_structures.go:48)	MOVQ	main.t+32(SP), SI
    32        00050 (linked_structures.go:48)	MOVQ	16(SI), AX
    36        00054 (linked_structures.go:48)	CALL	CX
    38        00056 (linked_structures.go:49)	MOVQ	main.t+32(SP), CX
    3d        00061 (linked_structures.go:49)	MOVQ	8(CX), AX
    41        00065 (linked_structures.go:49)	MOVQ	main.visit+40(SP), BX
    46        00070 (linked_structures.go:49)	PCDATA	$1, $1
    46        00070 (linked_structures.go:49)	CALL	main.inorder(SB)
    4b        00075 (linked_structures.go:50)	ADDQ	$16, SP
    4f        00079 (linked_structures.go:50)	POPQ	BP
    50        00080 (linked_structures.go:50)	RET
    51        00081 (linked_structures.go:50)	PCDATA	$3, $1
    51        00081 (linked_structures.go:45)	ADDQ	$16, SP
    55        00085 (linked_structures.go:45)	POPQ	BP
    56        00086 (linked_structures.go:45)	RET
    57        00087 (linked_structures.go:45)	NOP
    57        00087 (linked_structures.go:43)	PCDATA	$1, $-1
    57        00087 (linked_structures.go:43)	PCDATA	$0, $-2
    57        00087 (linked_structures.go:43)	MOVQ	AX, 8(SP)
    5c        00092 (linked_structures.go:43)	MOVQ	BX, 16(SP)
    61        00097 (linked_structures.go:43)	CALL	runtime.morestack_noctxt(SB)
    66        00102 (linked_structures.go:43)	PCDATA	$0, $-1
    66        00102 (linked_structures.go:43)	MOVQ	8(SP), AX
    6b        00107 (linked_structures.go:43)	MOVQ	16(SP), BX
    70        00112 (linked_structures.go:43)	JMP	0
    72 done
wrote 3 bytes to 0x0
 00 72 00
funcpctab main.reverse [valfunc=pctoinline]
     0     -1 00000 (linked_structures.go:18)	TEXT	main.reverse(SB), ABIInternal, $8-8
     0        00000 (linked_structures.go:18)	TEXT	main.reverse(SB), ABIInternal, $8-8
     0     -1 00000 (linked_structures.go:18)	CMPQ	SP, 16(R14)
     4        00004 (linked_structures.go:18)	PCDATA	$0, $-2
     4        00004 (linked_structures.go:18)	JLS	65
     6        00006 (linked_structures.go:18)	PCDATA	$0, $-1
     6        00006 (linked_structures.go:18)	PUSHQ	BP
     7        00007 (linked_structures.go:18)	MOVQ	SP, BP
     a        00010 (linked_structures.go:18)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     a        00010 (linked_structures.go:18)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     a        00010 (linked_structures.go:18)	FUNCDATA	$5, main.reverse.arginfo1(SB)
     a        00010 (linked_structures.go:18)	FUNCDATA	$6, main.reverse.argliveinfo(SB)
     a        00010 (linked_structures.go:18)	PCDATA	$3, $1
     a        00010 (linked_structures.go:20)	XORL	CX, CX
     c        00012 (linked_structures.go:20)	JMP	24
     e        00014 (linked_structures.go:21)	PCDATA	$0, $-2
     e        00014 (linked_structures.go:21)	MOVQ	CX, 8(AX)
    12        00018 (linked_structures.go:20)	PCDATA	$0, $-1
    12        00018 (linked_structures.go:20)	MOVQ	AX, CX
    15        00021 (linked_structures.go:20)	MOVQ	DX, AX
    18        00024 (linked_structures.go:20)	TESTQ	AX, AX
    1b        00027 (linked_structures.go:20)	JEQ	60
    1d        00029 (linked_structures.go:21)	MOVQ	8(AX), DX
    21        00033 (linked_structures.go:21)	CMPL	runtime.writeBarrier(SB), $0
    28        00040 (linked_structures.go:21)	PCDATA	$0, $-2
    28        00040 (linked_structures.go:21)	JEQ	14
    2a        00042 (linked_structures.go:21)	MOVQ	8(AX), BX
    2e        00046 (linked_structures.go:21)	CALL	runtime.gcWriteBarrier2(SB)
    33        00051 (linked_structures.go:21)	MOVQ	CX, (R11)
    36        00054 (linked_structures.go:21)	MOVQ	BX, 8(R11)
    3a        00058 (linked_structures.go:21)	JMP	14
    3c        00060 (linked_structures.go:23)	PCDATA	$0, $-1
    3c        00060 (linked_structures.go:23)	MOVQ	CX, AX
    3f        00063 (linked_structures.go:23)	POPQ	BP
    40        00064 (linked_structures.go:23)	RET
    41        00065 (linked_structures.go:23)	NOP
    41        00065 (linked_structures.go:18)	PCDATA	$1, $-1
    41        00065 (linked_structures.go:18)	PCDATA	$0, $-2
    41        00065 (linked_structures.go:18)	MOVQ	AX, 8(SP)
    46        00070 (linked_structures.go:18)	CALL	runtime.morestack_noctxt(SB)
    4b        00075 (linked_structures.go:18)	PCDATA	$0, $-1
    4b        00075 (linked_structures.go:18)	MOVQ	8(SP), AX
    50        00080 (linked_structures.go:18)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.insert [valfunc=pctoinline]
     0     -1 00000 (linked_structures.go:31)	TEXT	main.insert(SB), ABIInternal, $40-16
     0        00000 (linked_structures.go:31)	TEXT	main.insert(SB), ABIInternal, $40-16
     0     -1 00000 (linked_structures.go:31)	CMPQ	SP, 16(R14)
     4        00004 (linked_structures.go:31)	PCDATA	$0, $-2
     4        00004 (linked_structures.go:31)	JLS	196
     a        00010 (linked_structures.go:31)	PCDATA	$0, $-1
     a        00010 (linked_structures.go:31)	PUSHQ	BP
     b        00011 (linked_structures.go:31)	MOVQ	SP, BP
     e        00014 (linked_structures.go:31)	SUBQ	$32, SP
    12        00018 (linked_structures.go:31)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    12        00018 (linked_structures.go:31)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (linked_structures.go:31)	FUNCDATA	$5, main.insert.arginfo1(SB)
    12        00018 (linked_structures.go:31)	FUNCDATA	$6, main.insert.argliveinfo(SB)
    12        00018 (linked_structures.go:31)	PCDATA	$3, $1
    12        00018 (linked_structures.go:32)	TESTQ	AX, AX
    15        00021 (linked_structures.go:32)	JEQ	154
    1b        00027 (linked_structures.go:32)	MOVQ	AX, main.t+48(SP)
    20        00032 (linked_structures.go:32)	PCDATA	$3, $2
    20        00032 (linked_structures.go:35)	MOVQ	16(AX), CX
    24        00036 (linked_structures.go:35)	CMPQ	BX, CX
    27        00039 (linked_structures.go:35)	JLT	98
    29        00041 (linked_structures.go:37)	JLE	148
    2b        00043 (linked_structures.go:38)	MOVQ	8(AX), AX
    2f        00047 (linked_structures.go:38)	PCDATA	$1, $0
    2f        00047 (linked_structures.go:38)	CALL	main.insert(SB)
    34        00052 (linked_structures.go:38)	CMPL	runtime.writeBarrier(SB), $0
    3b        00059 (linked_structures.go:38)	PCDATA	$0, $-2
    3b        00059 (linked_structures.go:38)	JNE	68
    3d        00061 (linked_structures.go:38)	MOVQ	main.t+48(SP), CX
    42        00066 (linked_structures.go:38)	JMP	89
    44        00068 (linked_structures.go:38)	MOVQ	main.t+48(SP), CX
    49        00073 (linked_structures.go:38)	MOVQ	8(CX), DX
    4d        00077 (linked_structures.go:38)	CALL	runtime.gcWriteBarrier2(SB)
    52        00082 (linked_structures.go:38)	MOVQ	AX, (R11)
    55        00085 (linked_structures.go:38)	MOVQ	DX, 8(R11)
    59        00089 (linked_structures.go:38)	MOVQ	AX, 8(CX)
    5d        00093 (linked_structures.go:40)	PCDATA	$0, $-1
    5d        00093 (linked_structures.go:40)	MOVQ	CX, AX
    60        00096 (linked_structures.go:38)	JMP	148
    62        00098 (linked_structures.go:36)	MOVQ	(AX), AX
    65        00101 (linked_structures.go:36)	CALL	main.insert(SB)
    6a        00106 (linked_structures.go:36)	CMPL	runtime.writeBarrier(SB), $0
    71        00113 (linked_structures.go:36)	PCDATA	$0, $-2
    71        00113 (linked_structures.go:36)	JNE	122
    73        00115 (linked_structures.go:36)	MOVQ	main.t+48(SP), CX
    78        00120 (linked_structures.go:36)	JMP	142
    7a        00122 (linked_structures.go:36)	MOVQ	main.t+48(SP), CX
    7f        00127 (linked_structures.go:36)	MOVQ	(CX), DX
    82        00130 (linked_structures.go:36)	CALL	runtime.gcWriteBarrier2(SB)
    87        00135 (linked_structures.go:36)	MOVQ	AX, (R11)
    8a        00138 (linked_structures.go:36)	MOVQ	DX, 8(R11)
    8e        00142 (linked_structures.go:36)	MOVQ	AX, (CX)
    91        00145 (linked_structures.go:40)	PCDATA	$0, $-1
    91        00145 (linked_structures.go:40)	MOVQ	CX, AX
    94        00148 (linked_structures.go:40)	ADDQ	$32, SP
    98        00152 (linked_structures.go:40)	POPQ	BP
    99        00153 (linked_structures.go:40)	RET
    9a        00154 (linked_structures.go:40)	PCDATA	$3, $1
    9a        00154 (linked_structures.go:32)	MOVQ	BX, main.k+56(SP)
    9f        00159 (linked_structures.go:32)	PCDATA	$3, $3
    9f        00159 (linked_structures.go:33)	MOVL	$24, AX
    a4        00164 (linked_structures.go:33)	LEAQ	type:main.Tree(SB), BX
    ab        00171 (linked_structures.go:33)	MOVL	$1, CX
    b0        00176 (linked_structures.go:33)	PCDATA	$1, $1
    b0        00176 (linked_structures.go:33)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    b5        00181 (linked_structures.go:33)	MOVQ	main.k+56(SP), DX
    ba        00186 (linked_structures.go:33)	MOVQ	DX, 16(AX)
    be        00190 (linked_structures.go:33)	ADDQ	$32, SP
    c2        00194 (linked_structures.go:33)	POPQ	BP
    c3        00195 (linked_structures.go:33)	RET
    c4        00196 (linked_structures.go:33)	NOP
    c4        00196 (linked_structures.go:31)	PCDATA	$1, $-1
    c4        00196 (linked_structures.go:31)	PCDATA	$0, $-2
    c4        00196 (linked_structures.go:31)	MOVQ	AX, 8(SP)
    c9        00201 (linked_structures.go:31)	MOVQ	BX, 16(SP)
    ce        00206 (linked_structures.go:31)	CALL	runtime.morestack_noctxt(SB)
    d3        00211 (linked_structures.go:31)	PCDATA	$0, $-1
    d3        00211 (linked_structures.go:31)	MOVQ	8(SP), AX
    d8        00216 (linked_structures.go:31)	MOVQ	16(SP), BX
    dd        00221 (linked_structures.go:31)	NOP
    e0        00224 (linked_structures.go:31)	JMP	0
    e5 done
wrote 4 bytes to 0x0
 00 e5 01 00
main.build STEXT size=179 align=0x0 args=0x18 locals=0x38 funcid=0x0
	0x0000 00000 (linked_structures.go:9)	TEXT	main.build(SB), ABIInternal, $56-24
	0x0000 00000 (linked_structures.go:9)	CMPQ	SP, 16(R14)
	0x0004 00004 (linked_structures.go:9)	PCDATA	$0, $-2
	0x0004 00004 (linked_structures.go:9)	JLS	139
	0x000a 00010 (linked_structures.go:9)	PCDATA	$0, $-1
	0x000a 00010 (linked_structures.go:9)	PUSHQ	BP
	0x000b 00011 (linked_structures.go:9)	MOVQ	SP, BP
	0x000e 00014 (linked_structures.go:9)	SUBQ	$48, SP
	0x0012 00018 (linked_structures.go:9)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0012 00018 (linked_structures.go:9)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0012 00018 (linked_structures.go:9)	FUNCDATA	$5, main.build.arginfo1(SB)
	0x0012 00018 (linked_structures.go:9)	FUNCDATA	$6, main.build.argliveinfo(SB)
	0x0012 00018 (linked_structures.go:9)	PCDATA	$3, $1
	0x0012 00018 (linked_structures.go:11)	MOVQ	AX, main.xs+64(SP)
	0x0017 00023 (linked_structures.go:11)	PCDATA	$3, $2
	0x0017 00023 (linked_structures.go:11)	LEAQ	-1(BX), DX
	0x001b 00027 (linked_structures.go:11)	XORL	CX, CX
	0x001d 00029 (linked_structures.go:11)	JMP	44
	0x001f 00031 (linked_structures.go:12)	PCDATA	$0, $-2
	0x001f 00031 (linked_structures.go:12)	MOVQ	DI, 8(AX)
	0x0023 00035 (linked_structures.go:11)	PCDATA	$0, $-1
	0x0023 00035 (linked_structures.go:11)	DECQ	DX
	0x0026 00038 (linked_structures.go:11)	MOVQ	AX, CX
	0x0029 00041 (linked_structures.go:12)	MOVQ	SI, AX
	0x002c 00044 (linked_structures.go:11)	TESTQ	DX, DX
	0x002f 00047 (linked_structures.go:11)	JLT	130
	0x0031 00049 (linked_structures.go:11)	MOVQ	DX, main.i+32(SP)
	0x0036 00054 (linked_structures.go:11)	MOVQ	CX, main.head+40(SP)
	0x003b 00059 (linked_structures.go:12)	MOVL	$16, AX
	0x0040 00064 (linked_structures.go:12)	LEAQ	type:main.Node(SB), BX
	0x0047 00071 (linked_structures.go:12)	MOVL	$1, CX
	0x004c 00076 (linked_structures.go:12)	PCDATA	$1, $1
	0x004c 00076 (linked_structures.go:12)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0051 00081 (linked_structures.go:12)	MOVQ	main.i+32(SP), DX
	0x0056 00086 (linked_structures.go:12)	MOVQ	main.xs+64(SP), SI
	0x005b 00091 (linked_structures.go:12)	MOVQ	(SI)(DX*8), DI
	0x005f 00095 (linked_structures.go:12)	MOVQ	DI, (AX)
	0x0062 00098 (linked_structures.go:12)	CMPL	runtime.writeBarrier(SB), $0
	0x0069 00105 (linked_structures.go:12)	PCDATA	$0, $-2
	0x0069 00105 (linked_structures.go:12)	JNE	114
	0x006b 00107 (linked_structures.go:12)	MOVQ	main.head+40(SP), DI
	0x0070 00112 (linked_structures.go:12)	JMP	31
	0x0072 00114 (linked_structures.go:12)	CALL	runtime.gcWriteBarrier1(SB)
	0x0077 00119 (linked_structures.go:12)	MOVQ	main.head+40(SP), DI
	0x007c 00124 (linked_structures.go:12)	MOVQ	DI, (R11)
	0x007f 00127 (linked_structures.go:12)	NOP
	0x0080 00128 (linked_structures.go:12)	JMP	31
	0x0082 00130 (linked_structures.go:14)	PCDATA	$0, $-1
	0x0082 00130 (linked_structures.go:14)	MOVQ	CX, AX
	0x0085 00133 (linked_structures.go:14)	ADDQ	$48, SP
	0x0089 00137 (linked_structures.go:14)	POPQ	BP
	0x008a 00138 (linked_structures.go:14)	RET
	0x008b 00139 (linked_structures.go:14)	NOP
	0x008b 00139 (linked_structures.go:9)	PCDATA	$1, $-1
	0x008b 00139 (linked_structures.go:9)	PCDATA	$0, $-2
	0x008b 00139 (linked_structures.go:9)	MOVQ	AX, 8(SP)
	0x0090 00144 (linked_structures.go:9)	MOVQ	BX, 16(SP)
	0x0095 00149 (linked_structures.go:9)	MOVQ	CX, 24(SP)
	0x009a 00154 (linked_structures.go:9)	CALL	runtime.morestack_noctxt(SB)
	0x009f 00159 (linked_structures.go:9)	PCDATA	$0, $-1
	0x009f 00159 (linked_structures.go:9)	MOVQ	8(SP), AX
	0x00a4 00164 (linked_structures.go:9)	MOVQ	16(SP), BX
	0x00a9 00169 (linked_structures.go:9)	MOVQ	24(SP), CX
	0x00ae 00174 (linked_structures.go:9)	JMP	0
	0x0000 49 3b 66 10 0f 86 81 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 89 44 24 40 48 8d 53 ff 31 c9 eb 0d 48  .0H.D$@H.S.1...H
	0x0020 89 78 08 48 ff ca 48 89 c1 48 89 f0 48 85 d2 7c  .x.H..H..H..H..|
	0x0030 51 48 89 54 24 20 48 89 4c 24 28 b8 10 00 00 00  QH.T$ H.L$(.....
	0x0040 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00  H...............
	0x0050 00 48 8b 54 24 20 48 8b 74 24 40 48 8b 3c d6 48  .H.T$ H.t$@H.<.H
	0x0060 89 38 83 3d 00 00 00 00 00 75 07 48 8b 7c 24 28  .8.=.....u.H.|$(
	0x0070 eb ad e8 00 00 00 00 48 8b 7c 24 28 49 89 3b 90  .......H.|$(I.;.
	0x0080 eb 9d 48 89 c8 48 83 c4 30 5d c3 48 89 44 24 08  ..H..H..0].H.D$.
	0x0090 48 89 5c 24 10 48 89 4c 24 18 e8 00 00 00 00 48  H.\$.H.L$......H
	0x00a0 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18 e9 4d  .D$.H.\$.H.L$..M
	0x00b0 ff ff ff                                         ...
	rel 67+4 t=R_PCREL type:main.Node+0
	rel 77+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 100+4 t=R_PCREL runtime.writeBarrier+-1
	rel 115+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 155+4 t=R_CALL runtime.morestack_noctxt+0
main.reverse STEXT size=82 align=0x0 args=0x8 locals=0x8 funcid=0x0
	0x0000 00000 (linked_structures.go:18)	TEXT	main.reverse(SB), ABIInternal, $8-8
	0x0000 00000 (linked_structures.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (linked_structures.go:18)	PCDATA	$0, $-2
	0x0004 00004 (linked_structures.go:18)	JLS	65
	0x0006 00006 (linked_structures.go:18)	PCDATA	$0, $-1
	0x0006 00006 (linked_structures.go:18)	PUSHQ	BP
	0x0007 00007 (linked_structures.go:18)	MOVQ	SP, BP
	0x000a 00010 (linked_structures.go:18)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000a 00010 (linked_structures.go:18)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000a 00010 (linked_structures.go:18)	FUNCDATA	$5, main.reverse.arginfo1(SB)
	0x000a 00010 (linked_structures.go:18)	FUNCDATA	$6, main.reverse.argliveinfo(SB)
	0x000a 00010 (linked_structures.go:18)	PCDATA	$3, $1
	0x000a 00010 (linked_structures.go:20)	XORL	CX, CX
	0x000c 00012 (linked_structures.go:20)	JMP	24
	0x000e 00014 (linked_structures.go:21)	PCDATA	$0, $-2
	0x000e 00014 (linked_structures.go:21)	MOVQ	CX, 8(AX)
	0x0012 00018 (linked_structures.go:20)	PCDATA	$0, $-1
	0x0012 00018 (linked_structures.go:20)	MOVQ	AX, CX
	0x0015 00021 (linked_structures.go:20)	MOVQ	DX, AX
	0x0018 00024 (linked_structures.go:20)	TESTQ	AX, AX
	0x001b 00027 (linked_structures.go:20)	JEQ	60
	0x001d 00029 (linked_structures.go:21)	MOVQ	8(AX), DX
	0x0021 00033 (linked_structures.go:21)	CMPL	runtime.writeBarrier(SB), $0
	0x0028 00040 (linked_structures.go:21)	PCDATA	$0, $-2
	0x0028 00040 (linked_structures.go:21)	JEQ	14
	0x002a 00042 (linked_structures.go:21)	MOVQ	8(AX), BX
	0x002e 00046 (linked_structures.go:21)	CALL	runtime.gcWriteBarrier2(SB)
	0x0033 00051 (linked_structures.go:21)	MOVQ	CX, (R11)
	0x0036 00054 (linked_structures.go:21)	MOVQ	BX, 8(R11)
	0x003a 00058 (linked_structures.go:21)	JMP	14
	0x003c 00060 (linked_structures.go:23)	PCDATA	$0, $-1
	0x003c 00060 (linked_structures.go:23)	MOVQ	CX, AX
	0x003f 00063 (linked_structures.go:23)	POPQ	BP
	0x0040 00064 (linked_structures.go:23)	RET
	0x0041 00065 (linked_structures.go:23)	NOP
	0x0041 00065 (linked_structures.go:18)	PCDATA	$1, $-1
	0x0041 00065 (linked_structures.go:18)	PCDATA	$0, $-2
	0x0041 00065 (linked_structures.go:18)	MOVQ	AX, 8(SP)
	0x0046 00070 (linked_structures.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x004b 00075 (linked_structures.go:18)	PCDATA	$0, $-1
	0x004b 00075 (linked_structures.go:18)	MOVQ	8(SP), AX
	0x0050 00080 (linked_structures.go:18)	JMP	0
	0x0000 49 3b 66 10 76 3b 55 48 89 e5 31 c9 eb 0a 48 89  I;f.v;UH..1...H.
	0x0010 48 08 48 89 c1 48 89 d0 48 85 c0 74 1f 48 8b 50  H.H..H..H..t.H.P
	0x0020 08 83 3d 00 00 00 00 00 74 e4 48 8b 58 08 e8 00  ..=.....t.H.X...
	0x0030 00 00 00 49 89 0b 49 89 5b 08 eb d2 48 89 c8 5d  ...I..I.[...H..]
	0x0040 c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08  .H.D$......H.D$.
	0x0050 eb ae                                            ..
	rel 35+4 t=R_PCREL runtime.writeBarrier+-1
	rel 47+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 71+4 t=R_CALL runtime.morestack_noctxt+0
main.insert STEXT size=229 align=0x0 args=0x10 locals=0x28 funcid=0x0
	0x0000 00000 (linked_structures.go:31)	TEXT	main.insert(SB), ABIInternal, $40-16
	0x0000 00000 (linked_structures.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (linked_structures.go:31)	PCDATA	$0, $-2
	0x0004 00004 (linked_structures.go:31)	JLS	196
	0x000a 00010 (linked_structures.go:31)	PCDATA	$0, $-1
	0x000a 00010 (linked_structures.go:31)	PUSHQ	BP
	0x000b 00011 (linked_structures.go:31)	MOVQ	SP, BP
	0x000e 00014 (linked_structures.go:31)	SUBQ	$32, SP
	0x0012 00018 (linked_structures.go:31)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0012 00018 (linked_structures.go:31)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (linked_structures.go:31)	FUNCDATA	$5, main.insert.arginfo1(SB)
	0x0012 00018 (linked_structures.go:31)	FUNCDATA	$6, main.insert.argliveinfo(SB)
	0x0012 00018 (linked_structures.go:31)	PCDATA	$3, $1
	0x0012 00018 (linked_structures.go:32)	TESTQ	AX, AX
	0x0015 00021 (linked_structures.go:32)	JEQ	154
	0x001b 00027 (linked_structures.go:32)	MOVQ	AX, main.t+48(SP)
	0x0020 00032 (linked_structures.go:32)	PCDATA	$3, $2
	0x0020 00032 (linked_structures.go:35)	MOVQ	16(AX), CX
	0x0024 00036 (linked_structures.go:35)	CMPQ	BX, CX
	0x0027 00039 (linked_structures.go:35)	JLT	98
	0x0029 00041 (linked_structures.go:37)	JLE	148
	0x002b 00043 (linked_structures.go:38)	MOVQ	8(AX), AX
	0x002f 00047 (linked_structures.go:38)	PCDATA	$1, $0
	0x002f 00047 (linked_structures.go:38)	CALL	main.insert(SB)
	0x0034 00052 (linked_structures.go:38)	CMPL	runtime.writeBarrier(SB), $0
	0x003b 00059 (linked_structures.go:38)	PCDATA	$0, $-2
	0x003b 00059 (linked_structures.go:38)	JNE	68
	0x003d 00061 (linked_structures.go:38)	MOVQ	main.t+48(SP), CX
	0x0042 00066 (linked_structures.go:38)	JMP	89
	0x0044 00068 (linked_structures.go:38)	MOVQ	main.t+48(SP), CX
	0x0049 00073 (linked_structures.go:38)	MOVQ	8(CX), DX
	0x004d 00077 (linked_structures.go:38)	CALL	runtime.gcWriteBarrier2(SB)
	0x0052 00082 (linked_structures.go:38)	MOVQ	AX, (R11)
	0x0055 00085 (linked_structures.go:38)	MOVQ	DX, 8(R11)
	0x0059 00089 (linked_structures.go:38)	MOVQ	AX, 8(CX)
	0x005d 00093 (linked_structures.go:40)	PCDATA	$0, $-1
	0x005d 00093 (linked_structures.go:40)	MOVQ	CX, AX
	0x0060 00096 (linked_structures.go:38)	JMP	148
	0x0062 00098 (linked_structures.go:36)	MOVQ	(AX), AX
	0x0065 00101 (linked_structures.go:36)	CALL	main.insert(SB)
	0x006a 00106 (linked_structures.go:36)	CMPL	runtime.writeBarrier(SB), $0
	0x0071 00113 (linked_structures.go:36)	PCDATA	$0, $-2
	0x0071 00113 (linked_structures.go:36)	JNE	122
	0x0073 00115 (linked_structures.go:36)	MOVQ	main.t+48(SP), CX
	0x0078 00120 (linked_structures.go:36)	JMP	142
	0x007a 00122 (linked_structures.go:36)	MOVQ	main.t+48(SP), CX
	0x007f 00127 (linked_structures.go:36)	MOVQ	(CX), DX
	0x0082 00130 (linked_structures.go:36)	CALL	runtime.gcWriteBarrier2(SB)
	0x0087 00135 (linked_structures.go:36)	MOVQ	AX, (R11)
	0x008a 00138 (linked_structures.go:36)	MOVQ	DX, 8(R11)
	0x008e 00142 (linked_structures.go:36)	MOVQ	AX, (CX)
	0x0091 00145 (linked_structures.go:40)	PCDATA	$0, $-1
	0x0091 00145 (linked_structures.go:40)	MOVQ	CX, AX
	0x0094 00148 (linked_structures.go:40)	ADDQ	$32, SP
	0x0098 00152 (linked_structures.go:40)	POPQ	BP
	0x0099 00153 (linked_structures.go:40)	RET
	0x009a 00154 (linked_structures.go:40)	PCDATA	$3, $1
	0x009a 00154 (linked_structures.go:32)	MOVQ	BX, main.k+56(SP)
	0x009f 00159 (linked_structures.go:32)	PCDATA	$3, $3
	0x009f 00159 (linked_structures.go:33)	MOVL	$24, AX
	0x00a4 00164 (linked_structures.go:33)	LEAQ	type:main.Tree(SB), BX
	0x00ab 00171 (linked_structures.go:33)	MOVL	$1, CX
	0x00b0 00176 (linked_structures.go:33)	PCDATA	$1, $1
	0x00b0 00176 (linked_structures.go:33)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x00b5 00181 (linked_structures.go:33)	MOVQ	main.k+56(SP), DX
	0x00ba 00186 (linked_structures.go:33)	MOVQ	DX, 16(AX)
	0x00be 00190 (linked_structures.go:33)	ADDQ	$32, SP
	0x00c2 00194 (linked_structures.go:33)	POPQ	BP
	0x00c3 00195 (linked_structures.go:33)	RET
	0x00c4 00196 (linked_structures.go:33)	NOP
	0x00c4 00196 (linked_structures.go:31)	PCDATA	$1, $-1
	0x00c4 00196 (linked_structures.go:31)	PCDATA	$0, $-2
	0x00c4 00196 (linked_structures.go:31)	MOVQ	AX, 8(SP)
	0x00c9 00201 (linked_structures.go:31)	MOVQ	BX, 16(SP)
	0x00ce 00206 (linked_structures.go:31)	CALL	runtime.morestack_noctxt(SB)
	0x00d3 00211 (linked_structures.go:31)	PCDATA	$0, $-1
	0x00d3 00211 (linked_structures.go:31)	MOVQ	8(SP), AX
	0x00d8 00216 (linked_structures.go:31)	MOVQ	16(SP), BX
	0x00dd 00221 (linked_structures.go:31)	NOP
	0x00e0 00224 (linked_structures.go:31)	JMP	0
	0x0000 49 3b 66 10 0f 86 ba 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 48 85 c0 0f 84 7f 00 00 00 48 89 44 24 30  . H........H.D$0
	0x0020 48 8b 48 10 48 39 cb 7c 39 7e 69 48 8b 40 08 e8  H.H.H9.|9~iH.@..
	0x0030 00 00 00 00 83 3d 00 00 00 00 00 75 07 48 8b 4c  .....=.....u.H.L
	0x0040 24 30 eb 15 48 8b 4c 24 30 48 8b 51 08 e8 00 00  $0..H.L$0H.Q....
	0x0050 00 00 49 89 03 49 89 53 08 48 89 41 08 48 89 c8  ..I..I.S.H.A.H..
	0x0060 eb 32 48 8b 00 e8 00 00 00 00 83 3d 00 00 00 00  .2H........=....
	0x0070 00 75 07 48 8b 4c 24 30 eb 14 48 8b 4c 24 30 48  .u.H.L$0..H.L$0H
	0x0080 8b 11 e8 00 00 00 00 49 89 03 49 89 53 08 48 89  .......I..I.S.H.
	0x0090 01 48 89 c8 48 83 c4 20 5d c3 48 89 5c 24 38 b8  .H..H.. ].H.\$8.
	0x00a0 18 00 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00  ....H...........
	0x00b0 e8 00 00 00 00 48 8b 54 24 38 48 89 50 10 48 83  .....H.T$8H.P.H.
	0x00c0 c4 20 5d c3 48 89 44 24 08 48 89 5c 24 10 e8 00  . ].H.D$.H.\$...
	0x00d0 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 0f 1f 00  ...H.D$.H.\$....
	0x00e0 e9 1b ff ff ff                                   .....
	rel 48+4 t=R_CALL main.insert+0
	rel 54+4 t=R_PCREL runtime.writeBarrier+-1
	rel 78+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 102+4 t=R_CALL main.insert+0
	rel 108+4 t=R_PCREL runtime.writeBarrier+-1
	rel 131+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 167+4 t=R_PCREL type:main.Tree+0
	rel 177+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 207+4 t=R_CALL runtime.morestack_noctxt+0
main.inorder STEXT size=114 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (linked_structures.go:43)	TEXT	main.inorder(SB), ABIInternal, $24-16
	0x0000 00000 (linked_structures.go:43)	CMPQ	SP, 16(R14)
	0x0004 00004 (linked_structures.go:43)	PCDATA	$0, $-2
	0x0004 00004 (linked_structures.go:43)	JLS	87
	0x0006 00006 (linked_structures.go:43)	PCDATA	$0, $-1
	0x0006 00006 (linked_structures.go:43)	PUSHQ	BP
	0x0007 00007 (linked_structures.go:43)	MOVQ	SP, BP
	0x000a 00010 (linked_structures.go:43)	SUBQ	$16, SP
	0x000e 00014 (linked_structures.go:43)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (linked_structures.go:43)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (linked_structures.go:43)	FUNCDATA	$5, main.inorder.arginfo1(SB)
	0x000e 00014 (linked_structures.go:43)	FUNCDATA	$6, main.inorder.argliveinfo(SB)
	0x000e 00014 (linked_structures.go:43)	PCDATA	$3, $1
	0x000e 00014 (linked_structures.go:44)	TESTQ	AX, AX
	0x0011 00017 (linked_structures.go:44)	JEQ	81
	0x0013 00019 (linked_structures.go:44)	MOVQ	AX, main.t+32(SP)
	0x0018 00024 (linked_structures.go:44)	MOVQ	BX, main.visit+40(SP)
	0x001d 00029 (linked_structures.go:44)	PCDATA	$3, $-1
	0x001d 00029 (linked_structures.go:47)	MOVQ	(AX), AX
	0x0020 00032 (linked_structures.go:47)	PCDATA	$1, $0
	0x0020 00032 (linked_structures.go:47)	CALL	main.inorder(SB)
	0x0025 00037 (linked_structures.go:48)	MOVQ	main.visit+40(SP), DX
	0x002a 00042 (linked_structures.go:48)	MOVQ	(DX), CX
	0x002d 00045 (linked_structures.go:48)	MOVQ	main.t+32(SP), SI
	0x0032 00050 (linked_structures.go:48)	MOVQ	16(SI), AX
	0x0036 00054 (linked_structures.go:48)	CALL	CX
	0x0038 00056 (linked_structures.go:49)	MOVQ	main.t+32(SP), CX
	0x003d 00061 (linked_structures.go:49)	MOVQ	8(CX), AX
	0x0041 00065 (linked_structures.go:49)	MOVQ	main.visit+40(SP), BX
	0x0046 00070 (linked_structures.go:49)	PCDATA	$1, $1
	0x0046 00070 (linked_structures.go:49)	CALL	main.inorder(SB)
	0x004b 00075 (linked_structures.go:50)	ADDQ	$16, SP
	0x004f 00079 (linked_structures.go:50)	POPQ	BP
	0x0050 00080 (linked_structures.go:50)	RET
	0x0051 00081 (linked_structures.go:50)	PCDATA	$3, $1
	0x0051 00081 (linked_structures.go:45)	ADDQ	$16, SP
	0x0055 00085 (linked_structures.go:45)	POPQ	BP
	0x0056 00086 (linked_structures.go:45)	RET
	0x0057 00087 (linked_structures.go:45)	NOP
	0x0057 00087 (linked_structures.go:43)	PCDATA	$1, $-1
	0x0057 00087 (linked_structures.go:43)	PCDATA	$0, $-2
	0x0057 00087 (linked_structures.go:43)	MOVQ	AX, 8(SP)
	0x005c 00092 (linked_structures.go:43)	MOVQ	BX, 16(SP)
	0x0061 00097 (linked_structures.go:43)	CALL	runtime.morestack_noctxt(SB)
	0x0066 00102 (linked_structures.go:43)	PCDATA	$0, $-1
	0x0066 00102 (linked_structures.go:43)	MOVQ	8(SP), AX
	0x006b 00107 (linked_structures.go:43)	MOVQ	16(SP), BX
	0x0070 00112 (linked_structures.go:43)	JMP	0
	0x0000 49 3b 66 10 76 51 55 48 89 e5 48 83 ec 10 48 85  I;f.vQUH..H...H.
	0x0010 c0 74 3e 48 89 44 24 20 48 89 5c 24 28 48 8b 00  .t>H.D$ H.\$(H..
	0x0020 e8 00 00 00 00 48 8b 54 24 28 48 8b 0a 48 8b 74  .....H.T$(H..H.t
	0x0030 24 20 48 8b 46 10 ff d1 48 8b 4c 24 20 48 8b 41  $ H.F...H.L$ H.A
	0x0040 08 48 8b 5c 24 28 e8 00 00 00 00 48 83 c4 10 5d  .H.\$(.....H...]
	0x0050 c3 48 83 c4 10 5d c3 48 89 44 24 08 48 89 5c 24  .H...].H.D$.H.\$
	0x0060 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0070 eb 8e                                            ..
	rel 33+4 t=R_CALL main.inorder+0
	rel 54+0 t=R_CALLIND +0
	rel 71+4 t=R_CALL main.inorder+0
	rel 98+4 t=R_CALL runtime.morestack_noctxt+0
main.height STEXT size=108 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (linked_structures.go:52)	TEXT	main.height(SB), ABIInternal, $24-8
	0x0000 00000 (linked_structures.go:52)	CMPQ	SP, 16(R14)
	0x0004 00004 (linked_structures.go:52)	PCDATA	$0, $-2
	0x0004 00004 (linked_structures.go:52)	JLS	86
	0x0006 00006 (linked_structures.go:52)	PCDATA	$0, $-1
	0x0006 00006 (linked_structures.go:52)	PUSHQ	BP
	0x0007 00007 (linked_structures.go:52)	MOVQ	SP, BP
	0x000a 00010 (linked_structures.go:52)	SUBQ	$16, SP
	0x000e 00014 (linked_structures.go:52)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (linked_structures.go:52)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (linked_structures.go:52)	FUNCDATA	$5, main.height.arginfo1(SB)
	0x000e 00014 (linked_structures.go:52)	FUNCDATA	$6, main.height.argliveinfo(SB)
	0x000e 00014 (linked_structures.go:52)	PCDATA	$3, $1
	0x000e 00014 (linked_structures.go:53)	TESTQ	AX, AX
	0x0011 00017 (linked_structures.go:53)	JEQ	78
	0x0013 00019 (linked_structures.go:53)	MOVQ	AX, main.t+32(SP)
	0x0018 00024 (linked_structures.go:53)	PCDATA	$3, $-1
	0x0018 00024 (linked_structures.go:56)	MOVQ	(AX), AX
	0x001b 00027 (linked_structures.go:56)	PCDATA	$1, $0
	0x001b 00027 (linked_structures.go:56)	NOP
	0x0020 00032 (linked_structures.go:56)	CALL	main.height(SB)
	0x0025 00037 (linked_structures.go:56)	MOVQ	AX, main..autotmp_7+8(SP)
	0x002a 00042 (linked_structures.go:56)	MOVQ	main.t+32(SP), CX
	0x002f 00047 (linked_structures.go:56)	MOVQ	8(CX), AX
	0x0033 00051 (linked_structures.go:56)	PCDATA	$1, $1
	0x0033 00051 (linked_structures.go:56)	CALL	main.height(SB)
	0x0038 00056 (linked_structures.go:56)	MOVQ	main..autotmp_7+8(SP), CX
	0x003d 00061 (linked_structures.go:56)	CMPQ	AX, CX
	0x0040 00064 (linked_structures.go:56)	CMOVQGT	AX, CX
	0x0044 00068 (linked_structures.go:56)	LEAQ	1(CX), AX
	0x0048 00072 (linked_structures.go:56)	ADDQ	$16, SP
	0x004c 00076 (linked_structures.go:56)	POPQ	BP
	0x004d 00077 (linked_structures.go:56)	RET
	0x004e 00078 (linked_structures.go:56)	PCDATA	$3, $1
	0x004e 00078 (linked_structures.go:54)	XORL	AX, AX
	0x0050 00080 (linked_structures.go:54)	ADDQ	$16, SP
	0x0054 00084 (linked_structures.go:54)	POPQ	BP
	0x0055 00085 (linked_structures.go:54)	RET
	0x0056 00086 (linked_structures.go:54)	NOP
	0x0056 00086 (linked_structures.go:52)	PCDATA	$1, $-1
	0x0056 00086 (linked_structures.go:52)	PCDATA	$0, $-2
	0x0056 00086 (linked_structures.go:52)	MOVQ	AX, 8(SP)
	0x005b 00091 (linked_structures.go:52)	NOP
	0x0060 00096 (linked_structures.go:52)	CALL	runtime.morestack_noctxt(SB)
	0x0065 00101 (linked_structures.go:52)	PCDATA	$0, $-1
	0x0065 00101 (linked_structures.go:52)	MOVQ	8(SP), AX
	0x006a 00106 (linked_structures.go:52)	JMP	0
	0x0000 49 3b 66 10 76 50 55 48 89 e5 48 83 ec 10 48 85  I;f.vPUH..H...H.
	0x0010 c0 74 3b 48 89 44 24 20 48 8b 00 0f 1f 44 00 00  .t;H.D$ H....D..
	0x0020 e8 00 00 00 00 48 89 44 24 08 48 8b 4c 24 20 48  .....H.D$.H.L$ H
	0x0030 8b 41 08 e8 00 00 00 00 48 8b 4c 24 08 48 39 c8  .A......H.L$.H9.
	0x0040 48 0f 4f c8 48 8d 41 01 48 83 c4 10 5d c3 31 c0  H.O.H.A.H...].1.
	0x0050 48 83 c4 10 5d c3 48 89 44 24 08 0f 1f 44 00 00  H...].H.D$...D..
	0x0060 e8 00 00 00 00 48 8b 44 24 08 eb 94              .....H.D$...
	rel 33+4 t=R_CALL main.height+0
	rel 52+4 t=R_CALL main.height+0
	rel 97+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=605 align=0x0 args=0x0 locals=0xc0 funcid=0x0
	0x0000 00000 (linked_structures.go:59)	TEXT	main.main(SB), ABIInternal, $192-0
	0x0000 00000 (linked_structures.go:59)	LEAQ	-64(SP), R12
	0x0005 00005 (linked_structures.go:59)	CMPQ	R12, 16(R14)
	0x0009 00009 (linked_structures.go:59)	PCDATA	$0, $-2
	0x0009 00009 (linked_structures.go:59)	JLS	595
	0x000f 00015 (linked_structures.go:59)	PCDATA	$0, $-1
	0x000f 00015 (linked_structures.go:59)	PUSHQ	BP
	0x0010 00016 (linked_structures.go:59)	MOVQ	SP, BP
	0x0013 00019 (linked_structures.go:59)	SUBQ	$184, SP
	0x001a 00026 (linked_structures.go:59)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
	0x001a 00026 (linked_structures.go:59)	FUNCDATA	$1, gclocals·9UJA89Kaf+38sOjeUb9l1w==(SB)
	0x001a 00026 (linked_structures.go:59)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001a 00026 (linked_structures.go:60)	MOVQ	$1, main..autotmp_15+88(SP)
	0x0023 00035 (linked_structures.go:60)	MOVQ	$2, main..autotmp_15+96(SP)
	0x002c 00044 (linked_structures.go:60)	MOVQ	$3, main..autotmp_15+104(SP)
	0x0035 00053 (linked_structures.go:60)	MOVQ	$4, main..autotmp_15+112(SP)
	0x003e 00062 (linked_structures.go:60)	MOVQ	$5, main..autotmp_15+120(SP)
	0x0047 00071 (<unknown line number>)	NOP
	0x0047 00071 (linked_structures.go:60)	MOVL	$4, AX
	0x004c 00076 (linked_structures.go:60)	XORL	CX, CX
	0x004e 00078 (linked_structures.go:11)	JMP	96
	0x0050 00080 (linked_structures.go:12)	PCDATA	$0, $-2
	0x0050 00080 (linked_structures.go:12)	MOVQ	SI, 8(AX)
	0x0054 00084 (linked_structures.go:11)	PCDATA	$0, $-1
	0x0054 00084 (linked_structures.go:11)	DECQ	DX
	0x0057 00087 (linked_structures.go:11)	MOVQ	AX, CX
	0x005a 00090 (linked_structures.go:11)	MOVQ	DX, AX
	0x005d 00093 (linked_structures.go:11)	NOP
	0x0060 00096 (linked_structures.go:11)	TESTQ	AX, AX
	0x0063 00099 (linked_structures.go:11)	JLT	186
	0x0065 00101 (linked_structures.go:11)	MOVQ	AX, main.i+56(SP)
	0x006a 00106 (linked_structures.go:11)	MOVQ	CX, main.head+144(SP)
	0x0072 00114 (linked_structures.go:12)	MOVL	$16, AX
	0x0077 00119 (linked_structures.go:12)	LEAQ	type:main.Node(SB), BX
	0x007e 00126 (linked_structures.go:12)	MOVL	$1, CX
	0x0083 00131 (linked_structures.go:12)	PCDATA	$1, $1
	0x0083 00131 (linked_structures.go:12)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0088 00136 (linked_structures.go:12)	MOVQ	main.i+56(SP), DX
	0x008d 00141 (linked_structures.go:12)	MOVQ	main..autotmp_15+88(SP)(DX*8), SI
	0x0092 00146 (linked_structures.go:12)	MOVQ	SI, (AX)
	0x0095 00149 (linked_structures.go:12)	CMPL	runtime.writeBarrier(SB), $0
	0x009c 00156 (linked_structures.go:12)	PCDATA	$0, $-2
	0x009c 00156 (linked_structures.go:12)	JNE	168
	0x009e 00158 (linked_structures.go:12)	MOVQ	main.head+144(SP), SI
	0x00a6 00166 (linked_structures.go:12)	JMP	80
	0x00a8 00168 (linked_structures.go:12)	CALL	runtime.gcWriteBarrier1(SB)
	0x00ad 00173 (linked_structures.go:12)	MOVQ	main.head+144(SP), SI
	0x00b5 00181 (linked_structures.go:12)	MOVQ	SI, (R11)
	0x00b8 00184 (linked_structures.go:12)	JMP	80
	0x00ba 00186 (linked_structures.go:60)	PCDATA	$0, $-1
	0x00ba 00186 (linked_structures.go:60)	MOVQ	CX, AX
	0x00bd 00189 (linked_structures.go:60)	PCDATA	$1, $0
	0x00bd 00189 (linked_structures.go:60)	NOP
	0x00c0 00192 (linked_structures.go:60)	CALL	main.reverse(SB)
	0x00c5 00197 (linked_structures.go:61)	JMP	256
	0x00c7 00199 (linked_structures.go:61)	MOVQ	AX, main.n+136(SP)
	0x00cf 00207 (linked_structures.go:62)	MOVQ	(AX), AX
	0x00d2 00210 (linked_structures.go:62)	MOVQ	AX, main..autotmp_22+80(SP)
	0x00d7 00215 (linked_structures.go:62)	PCDATA	$1, $2
	0x00d7 00215 (linked_structures.go:62)	CALL	runtime.printlock(SB)
	0x00dc 00220 (linked_structures.go:62)	MOVQ	main..autotmp_22+80(SP), AX
	0x00e1 00225 (linked_structures.go:62)	CALL	runtime.printint(SB)
	0x00e6 00230 (linked_structures.go:62)	CALL	runtime.printsp(SB)
	0x00eb 00235 (linked_structures.go:62)	CALL	runtime.printunlock(SB)
	0x00f0 00240 (linked_structures.go:61)	MOVQ	main.n+136(SP), AX
	0x00f8 00248 (linked_structures.go:61)	MOVQ	8(AX), AX
	0x00fc 00252 (linked_structures.go:61)	NOP
	0x0100 00256 (linked_structures.go:61)	TESTQ	AX, AX
	0x0103 00259 (linked_structures.go:61)	JNE	199
	0x0105 00261 (linked_structures.go:64)	PCDATA	$1, $0
	0x0105 00261 (linked_structures.go:64)	CALL	runtime.printlock(SB)
	0x010a 00266 (linked_structures.go:64)	CALL	runtime.printnl(SB)
	0x010f 00271 (linked_structures.go:64)	CALL	runtime.printunlock(SB)
	0x0114 00276 (linked_structures.go:64)	XORL	AX, AX
	0x0116 00278 (linked_structures.go:64)	XORL	CX, CX
	0x0118 00280 (linked_structures.go:64)	MOVL	$7, DX
	0x011d 00285 (linked_structures.go:67)	JMP	387
	0x011f 00287 (linked_structures.go:67)	MOVQ	AX, main.i+64(SP)
	0x0124 00292 (linked_structures.go:68)	MOVQ	DX, BX
	0x0127 00295 (linked_structures.go:68)	SHLQ	$5, BX
	0x012b 00299 (linked_structures.go:68)	SUBQ	DX, BX
	0x012e 00302 (linked_structures.go:68)	LEAQ	11(BX), DX
	0x0132 00306 (linked_structures.go:68)	MOVQ	$-6757718126012409997, AX
	0x013c 00316 (linked_structures.go:68)	MOVQ	DX, SI
	0x013f 00319 (linked_structures.go:68)	IMULQ	DX
	0x0142 00322 (linked_structures.go:68)	LEAQ	(BX)(DX*1), DX
	0x0146 00326 (linked_structures.go:68)	LEAQ	11(DX), DX
	0x014a 00330 (linked_structures.go:68)	SARQ	$6, DX
	0x014e 00334 (linked_structures.go:68)	SARQ	$63, SI
	0x0152 00338 (linked_structures.go:68)	SUBQ	SI, DX
	0x0155 00341 (linked_structures.go:68)	IMUL3Q	$101, DX, DX
	0x0159 00345 (linked_structures.go:68)	SUBQ	DX, BX
	0x015c 00348 (linked_structures.go:68)	ADDQ	$11, BX
	0x0160 00352 (linked_structures.go:68)	MOVQ	BX, main.x+40(SP)
	0x0165 00357 (linked_structures.go:69)	MOVQ	CX, AX
	0x0168 00360 (linked_structures.go:69)	CALL	main.insert(SB)
	0x016d 00365 (linked_structures.go:67)	MOVQ	main.i+64(SP), CX
	0x0172 00370 (linked_structures.go:67)	INCQ	CX
	0x0175 00373 (linked_structures.go:67)	MOVQ	main.x+40(SP), DX
	0x017a 00378 (linked_structures.go:67)	MOVQ	AX, BX
	0x017d 00381 (linked_structures.go:67)	MOVQ	CX, AX
	0x0180 00384 (linked_structures.go:67)	MOVQ	BX, CX
	0x0183 00387 (linked_structures.go:67)	CMPQ	AX, $30
	0x0187 00391 (linked_structures.go:67)	JLT	287
	0x0189 00393 (linked_structures.go:67)	MOVQ	CX, main.root+128(SP)
	0x0191 00401 (linked_structures.go:71)	MOVQ	$0, main.cnt+72(SP)
	0x019a 00410 (linked_structures.go:71)	MOVQ	$-1, main.last+48(SP)
	0x01a3 00419 (linked_structures.go:71)	MOVB	$1, main.sorted+39(SP)
	0x01a8 00424 (linked_structures.go:72)	LEAQ	main.main.func1(SB), DX
	0x01af 00431 (linked_structures.go:72)	MOVQ	DX, main..autotmp_13+152(SP)
	0x01b7 00439 (linked_structures.go:72)	LEAQ	main.cnt+72(SP), DX
	0x01bc 00444 (linked_structures.go:72)	MOVQ	DX, main..autotmp_13+160(SP)
	0x01c4 00452 (linked_structures.go:72)	LEAQ	main.last+48(SP), DX
	0x01c9 00457 (linked_structures.go:72)	MOVQ	DX, main..autotmp_13+168(SP)
	0x01d1 00465 (linked_structures.go:72)	LEAQ	main.sorted+39(SP), DX
	0x01d6 00470 (linked_structures.go:72)	MOVQ	DX, main..autotmp_13+176(SP)
	0x01de 00478 (linked_structures.go:72)	MOVQ	CX, AX
	0x01e1 00481 (linked_structures.go:72)	LEAQ	main..autotmp_13+152(SP), BX
	0x01e9 00489 (linked_structures.go:72)	PCDATA	$1, $3
	0x01e9 00489 (linked_structures.go:72)	CALL	main.inorder(SB)
	0x01ee 00494 (linked_structures.go:79)	MOVQ	main.root+128(SP), AX
	0x01f6 00502 (linked_structures.go:79)	PCDATA	$1, $0
	0x01f6 00502 (linked_structures.go:79)	CALL	main.height(SB)
	0x01fb 00507 (linked_structures.go:79)	MOVQ	AX, main..autotmp_22+80(SP)
	0x0200 00512 (linked_structures.go:79)	CALL	runtime.printlock(SB)
	0x0205 00517 (linked_structures.go:79)	MOVQ	main.cnt+72(SP), AX
	0x020a 00522 (linked_structures.go:79)	CALL	runtime.printint(SB)
	0x020f 00527 (linked_structures.go:79)	CALL	runtime.printsp(SB)
	0x0214 00532 (linked_structures.go:79)	MOVBLZX	main.sorted+39(SP), AX
	0x0219 00537 (linked_structures.go:79)	CALL	runtime.printbool(SB)
	0x021e 00542 (linked_structures.go:79)	NOP
	0x0220 00544 (linked_structures.go:79)	CALL	runtime.printsp(SB)
	0x0225 00549 (linked_structures.go:79)	MOVQ	main.last+48(SP), AX
	0x022a 00554 (linked_structures.go:79)	CALL	runtime.printint(SB)
	0x022f 00559 (linked_structures.go:79)	CALL	runtime.printsp(SB)
	0x0234 00564 (linked_structures.go:79)	MOVQ	main..autotmp_22+80(SP), AX
	0x0239 00569 (linked_structures.go:79)	CALL	runtime.printint(SB)
	0x023e 00574 (linked_structures.go:79)	NOP
	0x0240 00576 (linked_structures.go:79)	CALL	runtime.printnl(SB)
	0x0245 00581 (linked_structures.go:79)	CALL	runtime.printunlock(SB)
	0x024a 00586 (linked_structures.go:80)	ADDQ	$184, SP
	0x0251 00593 (linked_structures.go:80)	POPQ	BP
	0x0252 00594 (linked_structures.go:80)	RET
	0x0253 00595 (linked_structures.go:80)	NOP
	0x0253 00595 (linked_structures.go:59)	PCDATA	$1, $-1
	0x0253 00595 (linked_structures.go:59)	PCDATA	$0, $-2
	0x0253 00595 (linked_structures.go:59)	CALL	runtime.morestack_noctxt(SB)
	0x0258 00600 (linked_structures.go:59)	PCDATA	$0, $-1
	0x0258 00600 (linked_structures.go:59)	JMP	0
	0x0000 4c 8d 64 24 c0 4d 3b 66 10 0f 86 44 02 00 00 55  L.d$.M;f...D...U
	0x0010 48 89 e5 48 81 ec b8 00 00 00 48 c7 44 24 58 01  H..H......H.D$X.
	0x0020 00 00 00 48 c7 44 24 60 02 00 00 00 48 c7 44 24  ...H.D$`....H.D$
	0x0030 68 03 00 00 00 48 c7 44 24 70 04 00 00 00 48 c7  h....H.D$p....H.
	0x0040 44 24 78 05 00 00 00 b8 04 00 00 00 31 c9 eb 10  D$x.........1...
	0x0050 48 89 70 08 48 ff ca 48 89 c1 48 89 d0 0f 1f 00  H.p.H..H..H.....
	0x0060 48 85 c0 7c 55 48 89 44 24 38 48 89 8c 24 90 00  H..|UH.D$8H..$..
	0x0070 00 00 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9 01  .......H........
	0x0080 00 00 00 e8 00 00 00 00 48 8b 54 24 38 48 8b 74  ........H.T$8H.t
	0x0090 d4 58 48 89 30 83 3d 00 00 00 00 00 75 0a 48 8b  .XH.0.=.....u.H.
	0x00a0 b4 24 90 00 00 00 eb a8 e8 00 00 00 00 48 8b b4  .$...........H..
	0x00b0 24 90 00 00 00 49 89 33 eb 96 48 89 c8 0f 1f 00  $....I.3..H.....
	0x00c0 e8 00 00 00 00 eb 39 48 89 84 24 88 00 00 00 48  ......9H..$....H
	0x00d0 8b 00 48 89 44 24 50 e8 00 00 00 00 48 8b 44 24  ..H.D$P.....H.D$
	0x00e0 50 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  P...............
	0x00f0 48 8b 84 24 88 00 00 00 48 8b 40 08 0f 1f 40 00  H..$....H.@...@.
	0x0100 48 85 c0 75 c2 e8 00 00 00 00 e8 00 00 00 00 e8  H..u............
	0x0110 00 00 00 00 31 c0 31 c9 ba 07 00 00 00 eb 64 48  ....1.1.......dH
	0x0120 89 44 24 40 48 89 d3 48 c1 e3 05 48 29 d3 48 8d  .D$@H..H...H).H.
	0x0130 53 0b 48 b8 73 d7 cf 16 2b c3 37 a2 48 89 d6 48  S.H.s...+.7.H..H
	0x0140 f7 ea 48 8d 14 13 48 8d 52 0b 48 c1 fa 06 48 c1  ..H...H.R.H...H.
	0x0150 fe 3f 48 29 f2 48 6b d2 65 48 29 d3 48 83 c3 0b  .?H).Hk.eH).H...
	0x0160 48 89 5c 24 28 48 89 c8 e8 00 00 00 00 48 8b 4c  H.\$(H.......H.L
	0x0170 24 40 48 ff c1 48 8b 54 24 28 48 89 c3 48 89 c8  $@H..H.T$(H..H..
	0x0180 48 89 d9 48 83 f8 1e 7c 96 48 89 8c 24 80 00 00  H..H...|.H..$...
	0x0190 00 48 c7 44 24 48 00 00 00 00 48 c7 44 24 30 ff  .H.D$H....H.D$0.
	0x01a0 ff ff ff c6 44 24 27 01 48 8d 15 00 00 00 00 48  ....D$'.H......H
	0x01b0 89 94 24 98 00 00 00 48 8d 54 24 48 48 89 94 24  ..$....H.T$HH..$
	0x01c0 a0 00 00 00 48 8d 54 24 30 48 89 94 24 a8 00 00  ....H.T$0H..$...
	0x01d0 00 48 8d 54 24 27 48 89 94 24 b0 00 00 00 48 89  .H.T$'H..$....H.
	0x01e0 c8 48 8d 9c 24 98 00 00 00 e8 00 00 00 00 48 8b  .H..$.........H.
	0x01f0 84 24 80 00 00 00 e8 00 00 00 00 48 89 44 24 50  .$.........H.D$P
	0x0200 e8 00 00 00 00 48 8b 44 24 48 e8 00 00 00 00 e8  .....H.D$H......
	0x0210 00 00 00 00 0f b6 44 24 27 e8 00 00 00 00 66 90  ......D$'.....f.
	0x0220 e8 00 00 00 00 48 8b 44 24 30 e8 00 00 00 00 e8  .....H.D$0......
	0x0230 00 00 00 00 48 8b 44 24 50 e8 00 00 00 00 66 90  ....H.D$P.....f.
	0x0240 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 b8 00 00  ..........H.....
	0x0250 00 5d c3 e8 00 00 00 00 e9 a3 fd ff ff           .]...........
	rel 122+4 t=R_PCREL type:main.Node+0
	rel 132+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 151+4 t=R_PCREL runtime.writeBarrier+-1
	rel 169+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 193+4 t=R_CALL main.reverse+0
	rel 216+4 t=R_CALL runtime.printlock+0
	rel 226+4 t=R_CALL runtime.printint+0
	rel 231+4 t=R_CALL runtime.printsp+0
	rel 236+4 t=R_CALL runtime.printunlock+0
	rel 262+4 t=R_CALL runtime.printlock+0
	rel 267+4 t=R_CALL runtime.printnl+0
	rel 272+4 t=R_CALL runtime.printunlock+0
	rel 361+4 t=R_CALL main.insert+0
	rel 427+4 t=R_PCREL main.main.func1+0
	rel 490+4 t=R_CALL main.inorder+0
	rel 503+4 t=R_CALL main.height+0
	rel 513+4 t=R_CALL runtime.printlock+0
	rel 523+4 t=R_CALL runtime.printint+0
	rel 528+4 t=R_CALL runtime.printsp+0
	rel 538+4 t=R_CALL runtime.printbool+0
	rel 545+4 t=R_CALL runtime.printsp+0
	rel 555+4 t=R_CALL runtime.printint+0
	rel 560+4 t=R_CALL runtime.printsp+0
	rel 570+4 t=R_CALL runtime.printint+0
	rel 577+4 t=R_CALL runtime.printnl+0
	rel 582+4 t=R_CALL runtime.printunlock+0
	rel 596+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1 STEXT nosplit size=27 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (linked_structures.go:72)	TEXT	main.main.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (linked_structures.go:72)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (linked_structures.go:72)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (linked_structures.go:72)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
	0x0000 00000 (linked_structures.go:72)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
	0x0000 00000 (linked_structures.go:72)	PCDATA	$3, $1
	0x0000 00000 (linked_structures.go:72)	MOVQ	16(DX), CX
	0x0004 00004 (linked_structures.go:72)	MOVQ	8(DX), BX
	0x0008 00008 (linked_structures.go:72)	MOVQ	24(DX), DX
	0x000c 00012 (linked_structures.go:73)	INCQ	(BX)
	0x000f 00015 (linked_structures.go:74)	CMPQ	(CX), AX
	0x0012 00018 (linked_structures.go:74)	JLT	23
	0x0014 00020 (linked_structures.go:75)	MOVB	$0, (DX)
	0x0017 00023 (linked_structures.go:77)	MOVQ	AX, (CX)
	0x001a 00026 (linked_structures.go:78)	RET
	0x0000 48 8b 4a 10 48 8b 5a 08 48 8b 52 18 48 ff 03 48  H.J.H.Z.H.R.H..H
	0x0010 39 01 7c 03 c6 02 00 48 89 01 c3                 9.|....H...
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.build$abstract SDWARFABSFCN dupok size=44 align=0x0
	0x0000 05 6d 61 69 6e 2e 62 75 69 6c 64 00 01 09 01 22  .main.build...."
	0x0010 78 73 00 00 00 00 00 00 21 68 65 61 64 00 0a 00  xs......!head...
	0x0020 00 00 00 21 69 00 0b 00 00 00 00 00              ...!i.......
	rel 20+4 t=R_DWARFSECREF go:info.[]int+0
	rel 31+4 t=R_DWARFSECREF go:info.*main.Node+0
	rel 39+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Node. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 4e 6f 64 65              ..*main.Node
type:*main.Node SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fe e4 0e 6c 28 08 08 16 00 00 00 00 00 00 00 00  ...l(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Node.+0
	rel 48+8 t=R_ADDR type:main.Node+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.Val. SRODATA dupok size=5 align=0x1
	0x0000 01 03 56 61 6c                                   ..Val
type:.namedata.Next. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 65 78 74                                ..Next
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:main.Node SRODATA size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 e6 b4 f6 68 0f 08 08 19 00 00 00 00 00 00 00 00  ...h............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Node.+0
	rel 44+4 t=R_ADDROFF type:*main.Node+0
	rel 56+8 t=R_ADDR type:main.Node+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Val.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.Next.+0
	rel 128+8 t=R_ADDR type:*main.Node+0
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*main.Tree. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 54 72 65 65              ..*main.Tree
type:*main.Tree SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a2 d4 84 b6 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Tree.+0
	rel 48+8 t=R_ADDR type:main.Tree+0
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
type:.namedata.Left. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4c 65 66 74                                ..Left
type:.namedata.Right. SRODATA dupok size=7 align=0x1
	0x0000 01 05 52 69 67 68 74                             ..Right
type:.namedata.Key. SRODATA dupok size=5 align=0x1
	0x0000 01 03 4b 65 79                                   ..Key
type:main.Tree SRODATA size=168 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 e1 40 a7 27 0f 08 08 19 00 00 00 00 00 00 00 00  .@.'............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 58 00 00 00 00 00 00 00  ........X.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.0300000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Tree.+0
	rel 44+4 t=R_ADDROFF type:*main.Tree+0
	rel 56+8 t=R_ADDR type:main.Tree+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Left.+0
	rel 104+8 t=R_ADDR type:*main.Tree+0
	rel 120+8 t=R_ADDR type:.namedata.Right.+0
	rel 128+8 t=R_ADDR type:*main.Tree+0
	rel 144+8 t=R_ADDR type:.namedata.Key.+0
	rel 152+8 t=R_ADDR type:int+0
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
type:.namedata.*func(int)- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 66 75 6e 63 28 69 6e 74 29              ..*func(int)
type:*func(int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5e eb a8 b3 28 08 08 16 00 00 00 00 00 00 00 00  ^...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int)-+0
	rel 48+8 t=R_ADDR type:func(int)+0
type:func(int) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f2 a3 a2 b7 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(int)+0
	rel 56+8 t=R_ADDR type:int+0
runtime.gcbits.0e00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 0e 00 00 00 00 00 00 00                          ........
gclocals·mwFurZyQFy+ezr0Dhah66w== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 01 01 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.build.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.build.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 01                                         ...
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.reverse.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.reverse.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.insert.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.insert.argliveinfo SRODATA static dupok size=4 align=0x1
	0x0000 00 00 01 02                                      ....
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
main.inorder.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.inorder.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.height.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.height.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·9UJA89Kaf+38sOjeUb9l1w== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 07 00 00 00 00 04 02 01              ............
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e0 ff ff ff 20 00 00 00  ............ ...
	0x0010 20 00 00 00 00 00 00 00                           .......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0e00000000000000+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.main.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
