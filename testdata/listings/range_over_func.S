funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:51)	TEXT	main.main(SB), ABIInternal, $136-0
     0        00000 (range_over_func.go:51)	TEXT	main.main(SB), ABIInternal, $136-0
     0     -1 00000 (range_over_func.go:51)	LEAQ	-8(SP), R12
     5        00005 (range_over_func.go:51)	CMPQ	R12, 16(R14)
     9        00009 (range_over_func.go:51)	PCDATA	$0, $-2
     9        00009 (range_over_func.go:51)	JLS	569
     f        00015 (range_over_func.go:51)	PCDATA	$0, $-1
     f        00015 (range_over_func.go:51)	PUSHQ	BP
    10        00016 (range_over_func.go:51)	MOVQ	SP, BP
    13        00019 (range_over_func.go:51)	ADDQ	$-128, SP
    17        00023 (range_over_func.go:51)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    17        00023 (range_over_func.go:51)	FUNCDATA	$1, gclocals·vLia5sSjP7dFvVRaeKQyLQ==(SB)
    17        00023 (range_over_func.go:51)	FUNCDATA	$2, main.main.stkobj(SB)
    17        00023 (range_over_func.go:53)	XCHGL	AX, AX
    18      0 00024 (range_over_func.go:53)	XORL	CX, CX
    1a        00026 (range_over_func.go:53)	MOVL	$1, DX
    1f        00031 (range_over_func.go:53)	XORL	AX, AX
    21        00033 (range_over_func.go:53)	JMP	40
    23        00035 (range_over_func.go:53)	INCQ	CX
    26        00038 (range_over_func.go:53)	MOVL	BX, DX
    28        00040 (range_over_func.go:53)	CMPQ	CX, $10
    2c        00044 (range_over_func.go:53)	JGE	103
    2e        00046 (<unknown line number>)	NOP
    2e      1 00046 (range_over_func.go:53)	CMPQ	DX, $1
    32        00050 (range_over_func.go:53)	JNE	560
    38        00056 (range_over_func.go:53)	CMPQ	CX, $7
    3c        00060 (range_over_func.go:53)	JNE	68
    3e        00062 (range_over_func.go:53)	XORL	DX, DX
    40        00064 (range_over_func.go:53)	XORL	BX, BX
    42      0 00066 (range_over_func.go:53)	JMP	99
    44      1 00068 (range_over_func.go:53)	BTL	$0, CX
    48        00072 (range_over_func.go:53)	JCS	86
    4a        00074 (range_over_func.go:53)	MOVL	$1, DX
    4f        00079 (range_over_func.go:53)	MOVL	$1, BX
    54      0 00084 (range_over_func.go:53)	JMP	99
    56      1 00086 (range_over_func.go:53)	ADDQ	CX, AX
    59        00089 (range_over_func.go:53)	MOVL	$1, DX
    5e        00094 (range_over_func.go:53)	MOVL	$1, BX
    63      0 00099 (range_over_func.go:53)	TESTB	DL, DL
    65        00101 (range_over_func.go:53)	JNE	35
    67     -1 00103 (range_over_func.go:61)	MOVQ	AX, main.s+32(SP)
    6c        00108 (range_over_func.go:62)	PCDATA	$1, $0
    6c        00108 (range_over_func.go:62)	CALL	runtime.printlock(SB)
    71        00113 (range_over_func.go:62)	LEAQ	go:string."sum "(SB), AX
    78        00120 (range_over_func.go:62)	MOVL	$4, BX
    7d        00125 (range_over_func.go:62)	NOP
    80        00128 (range_over_func.go:62)	CALL	runtime.printstring(SB)
    85        00133 (range_over_func.go:62)	MOVQ	main.s+32(SP), AX
    8a        00138 (range_over_func.go:62)	CALL	runtime.printint(SB)
    8f        00143 (range_over_func.go:62)	CALL	runtime.printnl(SB)
    94        00148 (range_over_func.go:62)	CALL	runtime.printunlock(SB)
    99        00153 (range_over_func.go:63)	MOVQ	$1, main..autotmp_52+88(SP)
    a2        00162 (range_over_func.go:63)	LEAQ	go:string."a"(SB), AX
    a9        00169 (range_over_func.go:63)	MOVQ	AX, main..autotmp_52+80(SP)
    ae        00174 (range_over_func.go:63)	MOVQ	$1, main..autotmp_52+104(SP)
    b7        00183 (range_over_func.go:63)	LEAQ	go:string."b"(SB), AX
    be        00190 (range_over_func.go:63)	MOVQ	AX, main..autotmp_52+96(SP)
    c3        00195 (range_over_func.go:63)	MOVQ	$1, main..autotmp_52+120(SP)
    cc        00204 (range_over_func.go:63)	LEAQ	go:string."c"(SB), AX
    d3        00211 (range_over_func.go:63)	MOVQ	AX, main..autotmp_52+112(SP)
    d8        00216 (<unknown line number>)	NOP
    d8      2 00216 (range_over_func.go:63)	LEAQ	main..autotmp_52+80(SP), AX
    dd        00221 (range_over_func.go:63)	XORL	CX, CX
    df        00223 (range_over_func.go:63)	NOP
    e0        00224 (range_over_func.go:63)	JMP	320
    e2        00226 (range_over_func.go:63)	MOVQ	CX, main.i+40(SP)
    e7        00231 (range_over_func.go:63)	MOVQ	AX, main..autotmp_70+72(SP)
    ec        00236 (range_over_func.go:63)	MOVQ	(AX), CX
    ef        00239 (range_over_func.go:63)	MOVQ	CX, main.x.ptr+64(SP)
    f4        00244 (range_over_func.go:63)	MOVQ	8(AX), AX
    f8        00248 (range_over_func.go:63)	MOVQ	AX, main.x.len+16(SP)
    fd        00253 (range_over_func.go:63)	XCHGL	AX, AX
    fe        00254 (range_over_func.go:63)	PCDATA	$1, $1
    fe      3 00254 (range_over_func.go:63)	NOP
   100        00256 (range_over_func.go:63)	CALL	runtime.printlock(SB)
   105        00261 (range_over_func.go:63)	MOVQ	main.i+40(SP), AX
   10a        00266 (range_over_func.go:63)	CALL	runtime.printint(SB)
   10f        00271 (range_over_func.go:63)	CALL	runtime.printsp(SB)
   114        00276 (range_over_func.go:63)	MOVQ	main.x.ptr+64(SP), AX
   119        00281 (range_over_func.go:63)	MOVQ	main.x.len+16(SP), BX
   11e        00286 (range_over_func.go:63)	PCDATA	$1, $2
   11e        00286 (range_over_func.go:63)	NOP
   120        00288 (range_over_func.go:63)	CALL	runtime.printstring(SB)
   125        00293 (range_over_func.go:63)	CALL	runtime.printnl(SB)
   12a        00298 (range_over_func.go:63)	CALL	runtime.printunlock(SB)
   12f      2 00303 (range_over_func.go:63)	MOVQ	main..autotmp_70+72(SP), AX
   134        00308 (range_over_func.go:63)	ADDQ	$16, AX
   138        00312 (range_over_func.go:63)	MOVQ	main.i+40(SP), CX
   13d        00317 (range_over_func.go:63)	INCQ	CX
   140        00320 (range_over_func.go:63)	CMPQ	CX, $3
   144        00324 (range_over_func.go:63)	JLT	226
   146     -1 00326 (range_over_func.go:66)	XCHGL	AX, AX
   147      4 00327 (range_over_func.go:66)	XCHGL	AX, AX
   148      5 00328 (range_over_func.go:66)	XORL	AX, AX
   14a        00330 (range_over_func.go:66)	JMP	335
   14c        00332 (range_over_func.go:66)	INCQ	AX
   14f        00335 (range_over_func.go:66)	CMPQ	AX, $20
   153        00339 (range_over_func.go:66)	JGE	426
   155      7 00341 (range_over_func.go:66)	MOVQ	$-6148914691236517205, CX
   15f        00351 (range_over_func.go:66)	IMULQ	AX, CX
   163        00355 (range_over_func.go:66)	ROLQ	$63, CX
   167      5 00359 (range_over_func.go:66)	XCHGL	AX, AX
   168        00360 (<unknown line number>)	NOP
   168      7 00360 (range_over_func.go:66)	MOVQ	$3074457345618258602, DX
   172        00370 (range_over_func.go:66)	CMPQ	DX, CX
   175      6 00373 (range_over_func.go:66)	JCS	332
   177        00375 (<unknown line number>)	NOP
   177      5 00375 (range_over_func.go:66)	MOVQ	AX, main.v+24(SP)
   17c        00380 (range_over_func.go:66)	PCDATA	$1, $0
   17c      8 00380 (range_over_func.go:66)	NOP
   180        00384 (range_over_func.go:66)	CALL	runtime.printlock(SB)
   185        00389 (range_over_func.go:66)	MOVQ	main.v+24(SP), AX
   18a        00394 (range_over_func.go:66)	CALL	runtime.printint(SB)
   18f        00399 (range_over_func.go:66)	CALL	runtime.printsp(SB)
   194        00404 (range_over_func.go:66)	CALL	runtime.printunlock(SB)
   199      5 00409 (range_over_func.go:66)	MOVQ	main.v+24(SP), AX
   19e      7 00414 (range_over_func.go:66)	MOVQ	$3074457345618258602, DX
   1a8      6 00424 (range_over_func.go:66)	JMP	332
   1aa     -1 00426 (range_over_func.go:69)	CALL	runtime.printlock(SB)
   1af        00431 (range_over_func.go:69)	CALL	runtime.printnl(SB)
   1b4        00436 (range_over_func.go:69)	CALL	runtime.printunlock(SB)
   1b9        00441 (range_over_func.go:70)	MOVL	$50, AX
   1be        00446 (range_over_func.go:70)	NOP
   1c0        00448 (range_over_func.go:70)	CALL	main.firstOver(SB)
   1c5        00453 (range_over_func.go:70)	MOVQ	AX, main..autotmp_71+56(SP)
   1ca        00458 (range_over_func.go:70)	MOVL	$1000000, AX
   1cf        00463 (range_over_func.go:70)	CALL	main.firstOver(SB)
   1d4        00468 (range_over_func.go:70)	MOVQ	AX, main..autotmp_72+48(SP)
   1d9        00473 (range_over_func.go:70)	CALL	runtime.printlock(SB)
   1de        00478 (range_over_func.go:70)	MOVQ	main..autotmp_71+56(SP), AX
   1e3        00483 (range_over_func.go:70)	CALL	runtime.printint(SB)
   1e8        00488 (range_over_func.go:70)	CALL	runtime.printsp(SB)
   1ed        00493 (range_over_func.go:70)	MOVQ	main..autotmp_72+48(SP), AX
   1f2        00498 (range_over_func.go:70)	CALL	runtime.printint(SB)
   1f7        00503 (range_over_func.go:70)	CALL	runtime.printnl(SB)
   1fc        00508 (range_over_func.go:70)	NOP
   200        00512 (range_over_func.go:70)	CALL	runtime.printunlock(SB)
   205        00517 (range_over_func.go:71)	CALL	main.withDefer(SB)
   20a        00522 (range_over_func.go:71)	MOVQ	AX, main..autotmp_71+56(SP)
   20f        00527 (range_over_func.go:71)	CALL	runtime.printlock(SB)
   214        00532 (range_over_func.go:71)	MOVQ	main..autotmp_71+56(SP), AX
   219        00537 (range_over_func.go:71)	CALL	runtime.printint(SB)
   21e        00542 (range_over_func.go:71)	NOP
   220        00544 (range_over_func.go:71)	CALL	runtime.printnl(SB)
   225        00549 (range_over_func.go:71)	CALL	runtime.printunlock(SB)
   22a        00554 (range_over_func.go:72)	SUBQ	$-128, SP
   22e        00558 (range_over_func.go:72)	POPQ	BP
   22f        00559 (range_over_func.go:72)	RET
   230      1 00560 (range_over_func.go:53)	MOVQ	DX, AX
   233        00563 (range_over_func.go:53)	CALL	runtime.panicrangestate(SB)
   238        00568 (range_over_func.go:53)	XCHGL	AX, AX
   239        00569 (range_over_func.go:53)	NOP
   239        00569 (range_over_func.go:51)	PCDATA	$1, $-1
   239        00569 (range_over_func.go:51)	PCDATA	$0, $-2
   239     -1 00569 (range_over_func.go:51)	CALL	runtime.morestack_noctxt(SB)
   23e        00574 (range_over_func.go:51)	PCDATA	$0, $-1
   23e        00574 (range_over_func.go:51)	NOP
   240        00576 (range_over_func.go:51)	JMP	0
   245 done
wrote 56 bytes to 0x0
 00 18 02 16 02 14 01 02 02 10 01 02 02 0d 01 04 01 71 06 26 02 31 01 17 05 01 0a 01 02 0d 04 12 03 01 04 0d 01 02 01 05 06 1d 05 05 04 0a 01 02 0d 86 01 04 09 03 0c 00
-- inlining tree for main.main:
0 | -1 | main.Count.func1#s4obnG1cEaI=# (range_over_func.go:53:2) pc=23
1 | 0 | main.main-range1 (range_over_func.go:7:13) pc=66
2 | -1 | main.Enumerate.func1#BvZHsVe4VXo=# (range_over_func.go:63:2) pc=153
3 | 2 | main.main-range2 (range_over_func.go:17:13) pc=253
4 | -1 | main.Filter.func1#t09LGZbLbXE=# (range_over_func.go:66:2) pc=326
5 | 4 | main.Count.func1#VUTeKbHKruY=# (range_over_func.go:26:3) pc=327
6 | 5 | main.Filter.func1-range1#XPl/3YLu2ZI=# (range_over_func.go:7:13) pc=359
7 | 6 | main.main.func1 (range_over_func.go:27:11) pc=373
8 | 6 | main.main-range3 (range_over_func.go:27:24) pc=373
--
funcpctab main.Filter.func1#t09LGZbLbXE=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:25)	TEXT	main.Filter.func1#t09LGZbLbXE=#(SB), NEEDCTXT|ABIInternal, $72-8
     0        00000 (range_over_func.go:25)	TEXT	main.Filter.func1#t09LGZbLbXE=#(SB), NEEDCTXT|ABIInternal, $72-8
     0     -1 00000 (range_over_func.go:25)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:25)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:25)	JLS	147
     a        00010 (range_over_func.go:25)	PCDATA	$0, $-1
     a        00010 (range_over_func.go:25)	PUSHQ	BP
     b        00011 (range_over_func.go:25)	MOVQ	SP, BP
     e        00014 (range_over_func.go:25)	SUBQ	$64, SP
    12        00018 (range_over_func.go:25)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    12        00018 (range_over_func.go:25)	FUNCDATA	$1, gclocals·96qQE2UDdRMqcDPlq2MDXg==(SB)
    12        00018 (range_over_func.go:25)	FUNCDATA	$2, main.Filter.func1#t09LGZbLbXE=#.stkobj(SB)
    12        00018 (range_over_func.go:25)	FUNCDATA	$5, main.Filter.func1#t09LGZbLbXE=#.arginfo1(SB)
    12        00018 (range_over_func.go:25)	FUNCDATA	$6, main.Filter.func1#t09LGZbLbXE=#.argliveinfo(SB)
    12        00018 (range_over_func.go:25)	PCDATA	$3, $1
    12        00018 (range_over_func.go:25)	MOVQ	16(DX), CX
    16        00022 (range_over_func.go:25)	MOVQ	8(DX), BX
    1a        00026 (range_over_func.go:26)	MOVQ	$0, main.#next+16(SP)
    23        00035 (range_over_func.go:26)	MOVQ	$1, main.#state1+8(SP)
    2c        00044 (range_over_func.go:26)	LEAQ	main.Filter.func1#t09LGZbLbXE=#-range1(SB), SI
    33        00051 (range_over_func.go:26)	MOVQ	SI, main..autotmp_5+24(SP)
    38        00056 (range_over_func.go:26)	LEAQ	main.#state1+8(SP), SI
    3d        00061 (range_over_func.go:26)	MOVQ	SI, main..autotmp_5+32(SP)
    42        00066 (range_over_func.go:26)	MOVQ	BX, main..autotmp_5+40(SP)
    47        00071 (range_over_func.go:26)	MOVQ	AX, main..autotmp_5+48(SP)
    4c        00076 (range_over_func.go:26)	LEAQ	main.#next+16(SP), BX
    51        00081 (range_over_func.go:26)	MOVQ	BX, main..autotmp_5+56(SP)
    56        00086 (range_over_func.go:26)	MOVQ	(CX), BX
    59        00089 (range_over_func.go:26)	LEAQ	main..autotmp_5+24(SP), AX
    5e        00094 (range_over_func.go:26)	MOVQ	CX, DX
    61        00097 (range_over_func.go:26)	PCDATA	$1, $1
    61        00097 (range_over_func.go:26)	CALL	BX
    63        00099 (range_over_func.go:30)	CMPQ	main.#state1+8(SP), $2
    69        00105 (range_over_func.go:30)	JEQ	136
    6b        00107 (range_over_func.go:30)	MOVQ	$3, main.#state1+8(SP)
    74        00116 (range_over_func.go:30)	CMPQ	main.#next+16(SP), $-1
    7a        00122 (range_over_func.go:30)	JNE	130
    7c        00124 (range_over_func.go:30)	ADDQ	$64, SP
    80        00128 (range_over_func.go:30)	POPQ	BP
    81        00129 (range_over_func.go:30)	RET
    82        00130 (range_over_func.go:31)	ADDQ	$64, SP
    86        00134 (range_over_func.go:31)	POPQ	BP
    87        00135 (range_over_func.go:31)	RET
    88        00136 (range_over_func.go:30)	MOVL	$4, AX
    8d        00141 (range_over_func.go:30)	CALL	runtime.panicrangestate(SB)
    92        00146 (range_over_func.go:30)	XCHGL	AX, AX
    93        00147 (range_over_func.go:30)	NOP
    93        00147 (range_over_func.go:25)	PCDATA	$1, $-1
    93        00147 (range_over_func.go:25)	PCDATA	$0, $-2
    93        00147 (range_over_func.go:25)	MOVQ	AX, 8(SP)
    98        00152 (range_over_func.go:25)	CALL	runtime.morestack(SB)
    9d        00157 (range_over_func.go:25)	PCDATA	$0, $-1
    9d        00157 (range_over_func.go:25)	MOVQ	8(SP), AX
    a2        00162 (range_over_func.go:25)	JMP	0
    a7 done
wrote 4 bytes to 0x0
 00 a7 01 00
funcpctab main.Filter.func1#t09LGZbLbXE=#-range1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:26)	TEXT	main.Filter.func1#t09LGZbLbXE=#-range1(SB), NEEDCTXT|ABIInternal, $40-8
     0        00000 (range_over_func.go:26)	TEXT	main.Filter.func1#t09LGZbLbXE=#-range1(SB), NEEDCTXT|ABIInternal, $40-8
     0     -1 00000 (range_over_func.go:26)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:26)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:26)	JLS	166
     a        00010 (range_over_func.go:26)	PCDATA	$0, $-1
     a        00010 (range_over_func.go:26)	PUSHQ	BP
     b        00011 (range_over_func.go:26)	MOVQ	SP, BP
     e        00014 (range_over_func.go:26)	SUBQ	$32, SP
    12        00018 (range_over_func.go:26)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (range_over_func.go:26)	FUNCDATA	$1, gclocals·mebMOeRFbxp/67ataQQfIA==(SB)
    12        00018 (range_over_func.go:26)	FUNCDATA	$5, main.Filter.func1#t09LGZbLbXE=#-range1.arginfo1(SB)
    12        00018 (range_over_func.go:26)	FUNCDATA	$6, main.Filter.func1#t09LGZbLbXE=#-range1.argliveinfo(SB)
    12        00018 (range_over_func.go:26)	PCDATA	$3, $1
    12        00018 (range_over_func.go:26)	MOVQ	8(DX), CX
    16        00022 (range_over_func.go:26)	MOVQ	(CX), BX
    19        00025 (range_over_func.go:26)	MOVQ	16(DX), SI
    1d        00029 (range_over_func.go:26)	MOVQ	24(DX), DI
    21        00033 (range_over_func.go:26)	MOVQ	32(DX), R8
    25        00037 (range_over_func.go:26)	MOVQ	$2, (CX)
    2c        00044 (range_over_func.go:26)	CMPQ	BX, $1
    30        00048 (range_over_func.go:26)	JNE	157
    32        00050 (range_over_func.go:26)	MOVQ	AX, main.v+48(SP)
    37        00055 (range_over_func.go:26)	PCDATA	$3, $-1
    37        00055 (range_over_func.go:26)	MOVQ	CX, main.&#state1+16(SP)
    3c        00060 (range_over_func.go:26)	MOVQ	DI, main.yield+8(SP)
    41        00065 (range_over_func.go:26)	MOVQ	R8, main.&#next+24(SP)
    46        00070 (range_over_func.go:27)	MOVQ	(SI), CX
    49        00073 (range_over_func.go:27)	MOVQ	SI, DX
    4c        00076 (range_over_func.go:27)	PCDATA	$1, $1
    4c        00076 (range_over_func.go:27)	CALL	CX
    4e        00078 (range_over_func.go:27)	TESTB	AL, AL
    50        00080 (range_over_func.go:27)	JEQ	102
    52        00082 (range_over_func.go:27)	MOVQ	main.yield+8(SP), DX
    57        00087 (range_over_func.go:27)	MOVQ	(DX), CX
    5a        00090 (range_over_func.go:27)	MOVQ	main.v+48(SP), AX
    5f        00095 (range_over_func.go:27)	PCDATA	$1, $2
    5f        00095 (range_over_func.go:27)	NOP
    60        00096 (range_over_func.go:27)	CALL	CX
    62        00098 (range_over_func.go:27)	TESTB	AL, AL
    64        00100 (range_over_func.go:27)	JEQ	125
    66        00102 (range_over_func.go:30)	MOVQ	main.&#state1+16(SP), CX
    6b        00107 (range_over_func.go:30)	MOVQ	$1, (CX)
    72        00114 (range_over_func.go:30)	MOVL	$1, AX
    77        00119 (range_over_func.go:30)	ADDQ	$32, SP
    7b        00123 (range_over_func.go:30)	POPQ	BP
    7c        00124 (range_over_func.go:30)	RET
    7d        00125 (range_over_func.go:28)	MOVQ	main.&#next+24(SP), CX
    82        00130 (range_over_func.go:28)	MOVQ	$-1, (CX)
    89        00137 (range_over_func.go:28)	MOVQ	main.&#state1+16(SP), CX
    8e        00142 (range_over_func.go:28)	MOVQ	$0, (CX)
    95        00149 (range_over_func.go:28)	XORL	AX, AX
    97        00151 (range_over_func.go:28)	ADDQ	$32, SP
    9b        00155 (range_over_func.go:28)	POPQ	BP
    9c        00156 (range_over_func.go:28)	RET
    9d        00157 (range_over_func.go:28)	PCDATA	$3, $1
    9d        00157 (range_over_func.go:26)	MOVQ	BX, AX
    a0        00160 (range_over_func.go:26)	PCDATA	$1, $0
    a0        00160 (range_over_func.go:26)	CALL	runtime.panicrangestate(SB)
    a5        00165 (range_over_func.go:26)	XCHGL	AX, AX
    a6        00166 (range_over_func.go:26)	NOP
    a6        00166 (range_over_func.go:26)	PCDATA	$1, $-1
    a6        00166 (range_over_func.go:26)	PCDATA	$0, $-2
    a6        00166 (range_over_func.go:26)	MOVQ	AX, 8(SP)
    ab        00171 (range_over_func.go:26)	CALL	runtime.morestack(SB)
    b0        00176 (range_over_func.go:26)	PCDATA	$0, $-1
    b0        00176 (range_over_func.go:26)	MOVQ	8(SP), AX
    b5        00181 (range_over_func.go:26)	JMP	0
    ba done
wrote 4 bytes to 0x0
 00 ba 01 00
funcpctab main.Count.func1#VUTeKbHKruY=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:5)	TEXT	main.Count.func1#VUTeKbHKruY=#(SB), NEEDCTXT|ABIInternal, $32-8
     0        00000 (range_over_func.go:5)	TEXT	main.Count.func1#VUTeKbHKruY=#(SB), NEEDCTXT|ABIInternal, $32-8
     0     -1 00000 (range_over_func.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:5)	JLS	92
     6        00006 (range_over_func.go:5)	PCDATA	$0, $-1
     6        00006 (range_over_func.go:5)	PUSHQ	BP
     7        00007 (range_over_func.go:5)	MOVQ	SP, BP
     a        00010 (range_over_func.go:5)	SUBQ	$24, SP
     e        00014 (range_over_func.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$5, main.Count.func1#VUTeKbHKruY=#.arginfo1(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$6, main.Count.func1#VUTeKbHKruY=#.argliveinfo(SB)
     e        00014 (range_over_func.go:5)	PCDATA	$3, $1
     e        00014 (range_over_func.go:6)	MOVQ	AX, main.yield+40(SP)
    13        00019 (range_over_func.go:6)	PCDATA	$3, $-1
    13        00019 (range_over_func.go:5)	MOVQ	8(DX), CX
    17        00023 (range_over_func.go:5)	MOVQ	CX, main.n+8(SP)
    1c        00028 (range_over_func.go:5)	XORL	DX, DX
    1e        00030 (range_over_func.go:5)	NOP
    20        00032 (range_over_func.go:6)	JMP	52
    22        00034 (range_over_func.go:6)	MOVQ	main.i+16(SP), DX
    27        00039 (range_over_func.go:6)	INCQ	DX
    2a        00042 (range_over_func.go:7)	MOVQ	main.yield+40(SP), AX
    2f        00047 (range_over_func.go:6)	MOVQ	main.n+8(SP), CX
    34        00052 (range_over_func.go:6)	CMPQ	DX, CX
    37        00055 (range_over_func.go:6)	JGE	86
    39        00057 (range_over_func.go:6)	MOVQ	DX, main.i+16(SP)
    3e        00062 (range_over_func.go:7)	MOVQ	(AX), CX
    41        00065 (range_over_func.go:6)	MOVQ	AX, BX
    44        00068 (range_over_func.go:7)	MOVQ	DX, AX
    47        00071 (range_over_func.go:7)	MOVQ	BX, DX
    4a        00074 (range_over_func.go:7)	PCDATA	$1, $0
    4a        00074 (range_over_func.go:7)	CALL	CX
    4c        00076 (range_over_func.go:7)	TESTB	AL, AL
    4e        00078 (range_over_func.go:7)	JNE	34
    50        00080 (range_over_func.go:8)	ADDQ	$24, SP
    54        00084 (range_over_func.go:8)	POPQ	BP
    55        00085 (range_over_func.go:8)	RET
    56        00086 (range_over_func.go:11)	ADDQ	$24, SP
    5a        00090 (range_over_func.go:11)	POPQ	BP
    5b        00091 (range_over_func.go:11)	RET
    5c        00092 (range_over_func.go:11)	NOP
    5c        00092 (range_over_func.go:5)	PCDATA	$1, $-1
    5c        00092 (range_over_func.go:5)	PCDATA	$0, $-2
    5c        00092 (range_over_func.go:5)	MOVQ	AX, 8(SP)
    61        00097 (range_over_func.go:5)	CALL	runtime.morestack(SB)
    66        00102 (range_over_func.go:5)	PCDATA	$0, $-1
    66        00102 (range_over_func.go:5)	MOVQ	8(SP), AX
    6b        00107 (range_over_func.go:5)	JMP	0
    6d done
wrote 3 bytes to 0x0
 00 6d 00
funcpctab main.Enumerate.func1#BvZHsVe4VXo=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:15)	TEXT	main.Enumerate.func1#BvZHsVe4VXo=#(SB), NEEDCTXT|ABIInternal, $56-8
     0        00000 (range_over_func.go:15)	TEXT	main.Enumerate.func1#BvZHsVe4VXo=#(SB), NEEDCTXT|ABIInternal, $56-8
     0     -1 00000 (range_over_func.go:15)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:15)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:15)	JLS	116
     6        00006 (range_over_func.go:15)	PCDATA	$0, $-1
     6        00006 (range_over_func.go:15)	PUSHQ	BP
     7        00007 (range_over_func.go:15)	MOVQ	SP, BP
     a        00010 (range_over_func.go:15)	SUBQ	$48, SP
     e        00014 (range_over_func.go:15)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
     e        00014 (range_over_func.go:15)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
     e        00014 (range_over_func.go:15)	FUNCDATA	$5, main.Enumerate.func1#BvZHsVe4VXo=#.arginfo1(SB)
     e        00014 (range_over_func.go:15)	FUNCDATA	$6, main.Enumerate.func1#BvZHsVe4VXo=#.argliveinfo(SB)
     e        00014 (range_over_func.go:15)	PCDATA	$3, $1
     e        00014 (range_over_func.go:16)	MOVQ	AX, main.yield+64(SP)
    13        00019 (range_over_func.go:16)	PCDATA	$3, $-1
    13        00019 (range_over_func.go:15)	MOVQ	8(DX), SI
    17        00023 (range_over_func.go:15)	MOVQ	16(DX), DI
    1b        00027 (range_over_func.go:15)	MOVQ	DI, main.xs.len+24(SP)
    20        00032 (range_over_func.go:16)	XORL	CX, CX
    22        00034 (range_over_func.go:16)	JMP	64
    24        00036 (range_over_func.go:16)	MOVQ	main..autotmp_15+40(SP), SI
    29        00041 (range_over_func.go:16)	ADDQ	$16, SI
    2d        00045 (range_over_func.go:16)	MOVQ	main.i+32(SP), CX
    32        00050 (range_over_func.go:16)	INCQ	CX
    35        00053 (range_over_func.go:17)	MOVQ	main.yield+64(SP), AX
    3a        00058 (range_over_func.go:16)	MOVQ	main.xs.len+24(SP), DI
    3f        00063 (range_over_func.go:16)	NOP
    40        00064 (range_over_func.go:16)	CMPQ	CX, DI
    43        00067 (range_over_func.go:16)	JGE	110
    45        00069 (range_over_func.go:16)	MOVQ	CX, main.i+32(SP)
    4a        00074 (range_over_func.go:16)	MOVQ	SI, main..autotmp_15+40(SP)
    4f        00079 (range_over_func.go:16)	MOVQ	(SI), BX
    52        00082 (range_over_func.go:16)	MOVQ	8(SI), SI
    56        00086 (range_over_func.go:17)	MOVQ	(AX), DI
    59        00089 (range_over_func.go:17)	MOVQ	AX, DX
    5c        00092 (range_over_func.go:17)	MOVQ	CX, AX
    5f        00095 (range_over_func.go:17)	MOVQ	SI, CX
    62        00098 (range_over_func.go:17)	PCDATA	$1, $1
    62        00098 (range_over_func.go:17)	CALL	DI
    64        00100 (range_over_func.go:17)	TESTB	AL, AL
    66        00102 (range_over_func.go:17)	JNE	36
    68        00104 (range_over_func.go:18)	ADDQ	$48, SP
    6c        00108 (range_over_func.go:18)	POPQ	BP
    6d        00109 (range_over_func.go:18)	RET
    6e        00110 (range_over_func.go:21)	ADDQ	$48, SP
    72        00114 (range_over_func.go:21)	POPQ	BP
    73        00115 (range_over_func.go:21)	RET
    74        00116 (range_over_func.go:21)	NOP
    74        00116 (range_over_func.go:15)	PCDATA	$1, $-1
    74        00116 (range_over_func.go:15)	PCDATA	$0, $-2
    74        00116 (range_over_func.go:15)	MOVQ	AX, 8(SP)
    79        00121 (range_over_func.go:15)	CALL	runtime.morestack(SB)
    7e        00126 (range_over_func.go:15)	PCDATA	$0, $-1
    7e        00126 (range_over_func.go:15)	MOVQ	8(SP), AX
    83        00131 (range_over_func.go:15)	JMP	0
    88 done
wrote 4 bytes to 0x0
 00 88 01 00
funcpctab main.Count.func1#s4obnG1cEaI=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:5)	TEXT	main.Count.func1#s4obnG1cEaI=#(SB), NEEDCTXT|ABIInternal, $32-8
     0        00000 (range_over_func.go:5)	TEXT	main.Count.func1#s4obnG1cEaI=#(SB), NEEDCTXT|ABIInternal, $32-8
     0     -1 00000 (range_over_func.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:5)	JLS	92
     6        00006 (range_over_func.go:5)	PCDATA	$0, $-1
     6        00006 (range_over_func.go:5)	PUSHQ	BP
     7        00007 (range_over_func.go:5)	MOVQ	SP, BP
     a        00010 (range_over_func.go:5)	SUBQ	$24, SP
     e        00014 (range_over_func.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$5, main.Count.func1#s4obnG1cEaI=#.arginfo1(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$6, main.Count.func1#s4obnG1cEaI=#.argliveinfo(SB)
     e        00014 (range_over_func.go:5)	PCDATA	$3, $1
     e        00014 (range_over_func.go:6)	MOVQ	AX, main.yield+40(SP)
    13        00019 (range_over_func.go:6)	PCDATA	$3, $-1
    13        00019 (range_over_func.go:5)	MOVQ	8(DX), CX
    17        00023 (range_over_func.go:5)	MOVQ	CX, main.n+8(SP)
    1c        00028 (range_over_func.go:5)	XORL	DX, DX
    1e        00030 (range_over_func.go:5)	NOP
    20        00032 (range_over_func.go:6)	JMP	52
    22        00034 (range_over_func.go:6)	MOVQ	main.i+16(SP), DX
    27        00039 (range_over_func.go:6)	INCQ	DX
    2a        00042 (range_over_func.go:7)	MOVQ	main.yield+40(SP), AX
    2f        00047 (range_over_func.go:6)	MOVQ	main.n+8(SP), CX
    34        00052 (range_over_func.go:6)	CMPQ	DX, CX
    37        00055 (range_over_func.go:6)	JGE	86
    39        00057 (range_over_func.go:6)	MOVQ	DX, main.i+16(SP)
    3e        00062 (range_over_func.go:7)	MOVQ	(AX), CX
    41        00065 (range_over_func.go:6)	MOVQ	AX, BX
    44        00068 (range_over_func.go:7)	MOVQ	DX, AX
    47        00071 (range_over_func.go:7)	MOVQ	BX, DX
    4a        00074 (range_over_func.go:7)	PCDATA	$1, $0
    4a        00074 (range_over_func.go:7)	CALL	CX
    4c        00076 (range_over_func.go:7)	TESTB	AL, AL
    4e        00078 (range_over_func.go:7)	JNE	34
    50        00080 (range_over_func.go:8)	ADDQ	$24, SP
    54        00084 (range_over_func.go:8)	POPQ	BP
    55        00085 (range_over_func.go:8)	RET
    56        00086 (range_over_func.go:11)	ADDQ	$24, SP
    5a        00090 (range_over_func.go:11)	POPQ	BP
    5b        00091 (range_over_func.go:11)	RET
    5c        00092 (range_over_func.go:11)	NOP
    5c        00092 (range_over_func.go:5)	PCDATA	$1, $-1
    5c        00092 (range_over_func.go:5)	PCDATA	$0, $-2
    5c        00092 (range_over_func.go:5)	MOVQ	AX, 8(SP)
    61        00097 (range_over_func.go:5)	CALL	runtime.morestack(SB)
    66        00102 (range_over_func.go:5)	PCDATA	$0, $-1
    66        00102 (range_over_func.go:5)	MOVQ	8(SP), AX
    6b        00107 (range_over_func.go:5)	JMP	0
    6d done
wrote 3 bytes to 0x0
 00 6d 00
funcpctab main.firstOver [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:35)	TEXT	main.firstOver(SB), ABIInternal, $16-8
     0        00000 (range_over_func.go:35)	TEXT	main.firstOver(SB), ABIInternal, $16-8
     0     -1 00000 (range_over_func.go:35)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:35)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:35)	JLS	138
     a        00010 (range_over_func.go:35)	PCDATA	$0, $-1
     a        00010 (range_over_func.go:35)	PUSHQ	BP
     b        00011 (range_over_func.go:35)	MOVQ	SP, BP
     e        00014 (range_over_func.go:35)	SUBQ	$8, SP
    12        00018 (range_over_func.go:35)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (range_over_func.go:35)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (range_over_func.go:35)	FUNCDATA	$5, main.firstOver.arginfo1(SB)
    12        00018 (range_over_func.go:35)	FUNCDATA	$6, main.firstOver.argliveinfo(SB)
    12        00018 (range_over_func.go:35)	PCDATA	$3, $1
    12        00018 (range_over_func.go:36)	XCHGL	AX, AX
    13      0 00019 (range_over_func.go:36)	XORL	CX, CX
    15        00021 (range_over_func.go:36)	MOVL	$1, DX
    1a        00026 (range_over_func.go:36)	XORL	BX, BX
    1c        00028 (range_over_func.go:36)	XORL	SI, SI
    1e        00030 (range_over_func.go:36)	NOP
    20        00032 (range_over_func.go:36)	JMP	51
    22        00034 (range_over_func.go:36)	SETGE	DIB
    26        00038 (range_over_func.go:36)	MOVBLZX	DIB, DI
    2a        00042 (range_over_func.go:36)	INCQ	CX
    2d        00045 (range_over_func.go:36)	MOVQ	DX, BX
    30        00048 (range_over_func.go:36)	MOVQ	DI, DX
    33        00051 (range_over_func.go:36)	CMPQ	CX, $100
    37        00055 (range_over_func.go:36)	JGE	98
    39        00057 (<unknown line number>)	NOP
    39      1 00057 (range_over_func.go:36)	CMPQ	DX, $1
    3d        00061 (range_over_func.go:36)	JNE	129
    3f        00063 (range_over_func.go:36)	MOVQ	CX, DX
    42        00066 (range_over_func.go:36)	IMULQ	CX, CX
    46        00070 (range_over_func.go:36)	CMPQ	AX, CX
    49        00073 (range_over_func.go:36)	JGE	87
    4b      0 00075 (range_over_func.go:36)	MOVQ	DX, CX
    4e        00078 (range_over_func.go:36)	MOVQ	$-1, SI
    55        00085 (range_over_func.go:36)	JMP	93
    57        00087 (range_over_func.go:36)	MOVQ	DX, CX
    5a        00090 (range_over_func.go:36)	MOVQ	BX, DX
    5d        00093 (range_over_func.go:36)	JGE	34
    5f        00095 (range_over_func.go:36)	NOP
    60        00096 (range_over_func.go:36)	JMP	101
    62     -1 00098 (range_over_func.go:40)	MOVQ	BX, DX
    65        00101 (range_over_func.go:40)	CMPQ	SI, $-1
    69        00105 (range_over_func.go:40)	JNE	116
    6b        00107 (range_over_func.go:40)	MOVQ	DX, AX
    6e        00110 (range_over_func.go:40)	ADDQ	$8, SP
    72        00114 (range_over_func.go:40)	POPQ	BP
    73        00115 (range_over_func.go:40)	RET
    74        00116 (range_over_func.go:41)	MOVQ	$-1, AX
    7b        00123 (range_over_func.go:41)	ADDQ	$8, SP
    7f        00127 (range_over_func.go:41)	POPQ	BP
    80        00128 (range_over_func.go:41)	RET
    81      1 00129 (range_over_func.go:36)	MOVQ	DX, AX
    84        00132 (range_over_func.go:36)	PCDATA	$1, $0
    84        00132 (range_over_func.go:36)	CALL	runtime.panicrangestate(SB)
    89        00137 (range_over_func.go:36)	XCHGL	AX, AX
    8a        00138 (range_over_func.go:36)	NOP
    8a        00138 (range_over_func.go:35)	PCDATA	$1, $-1
    8a        00138 (range_over_func.go:35)	PCDATA	$0, $-2
    8a     -1 00138 (range_over_func.go:35)	MOVQ	AX, 8(SP)
    8f        00143 (range_over_func.go:35)	CALL	runtime.morestack_noctxt(SB)
    94        00148 (range_over_func.go:35)	PCDATA	$0, $-1
    94        00148 (range_over_func.go:35)	MOVQ	8(SP), AX
    99        00153 (range_over_func.go:35)	JMP	0
    9e done
wrote 15 bytes to 0x0
 00 13 02 26 02 12 01 17 01 1f 04 09 03 14 00
-- inlining tree for main.firstOver:
0 | -1 | main.Count.func1#RMgI/RZtu4k=# (range_over_func.go:36:2) pc=18
1 | 0 | main.firstOver-range1 (range_over_func.go:7:13) pc=34
--
funcpctab main.Count.func1#RMgI/RZtu4k=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:5)	TEXT	main.Count.func1#RMgI/RZtu4k=#(SB), NEEDCTXT|ABIInternal, $32-8
     0        00000 (range_over_func.go:5)	TEXT	main.Count.func1#RMgI/RZtu4k=#(SB), NEEDCTXT|ABIInternal, $32-8
     0     -1 00000 (range_over_func.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:5)	JLS	92
     6        00006 (range_over_func.go:5)	PCDATA	$0, $-1
     6        00006 (range_over_func.go:5)	PUSHQ	BP
     7        00007 (range_over_func.go:5)	MOVQ	SP, BP
     a        00010 (range_over_func.go:5)	SUBQ	$24, SP
     e        00014 (range_over_func.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$5, main.Count.func1#RMgI/RZtu4k=#.arginfo1(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$6, main.Count.func1#RMgI/RZtu4k=#.argliveinfo(SB)
     e        00014 (range_over_func.go:5)	PCDATA	$3, $1
     e        00014 (range_over_func.go:6)	MOVQ	AX, main.yield+40(SP)
    13        00019 (range_over_func.go:6)	PCDATA	$3, $-1
    13        00019 (range_over_func.go:5)	MOVQ	8(DX), CX
    17        00023 (range_over_func.go:5)	MOVQ	CX, main.n+8(SP)
    1c        00028 (range_over_func.go:5)	XORL	DX, DX
    1e        00030 (range_over_func.go:5)	NOP
    20        00032 (range_over_func.go:6)	JMP	52
    22        00034 (range_over_func.go:6)	MOVQ	main.i+16(SP), DX
    27        00039 (range_over_func.go:6)	INCQ	DX
    2a        00042 (range_over_func.go:7)	MOVQ	main.yield+40(SP), AX
    2f        00047 (range_over_func.go:6)	MOVQ	main.n+8(SP), CX
    34        00052 (range_over_func.go:6)	CMPQ	DX, CX
    37        00055 (range_over_func.go:6)	JGE	86
    39        00057 (range_over_func.go:6)	MOVQ	DX, main.i+16(SP)
    3e        00062 (range_over_func.go:7)	MOVQ	(AX), CX
    41        00065 (range_over_func.go:6)	MOVQ	AX, BX
    44        00068 (range_over_func.go:7)	MOVQ	DX, AX
    47        00071 (range_over_func.go:7)	MOVQ	BX, DX
    4a        00074 (range_over_func.go:7)	PCDATA	$1, $0
    4a        00074 (range_over_func.go:7)	CALL	CX
    4c        00076 (range_over_func.go:7)	TESTB	AL, AL
    4e        00078 (range_over_func.go:7)	JNE	34
    50        00080 (range_over_func.go:8)	ADDQ	$24, SP
    54        00084 (range_over_func.go:8)	POPQ	BP
    55        00085 (range_over_func.go:8)	RET
    56        00086 (range_over_func.go:11)	ADDQ	$24, SP
    5a        00090 (range_over_func.go:11)	POPQ	BP
    5b        00091 (range_over_func.go:11)	RET
    5c        00092 (range_over_func.go:11)	NOP
    5c        00092 (range_over_func.go:5)	PCDATA	$1, $-1
    5c        00092 (range_over_func.go:5)	PCDATA	$0, $-2
    5c        00092 (range_over_func.go:5)	MOVQ	AX, 8(SP)
    61        00097 (range_over_func.go:5)	CALL	runtime.morestack(SB)
    66        00102 (range_over_func.go:5)	PCDATA	$0, $-1
    66        00102 (range_over_func.go:5)	MOVQ	8(SP), AX
    6b        00107 (range_over_func.go:5)	JMP	0
    6d done
wrote 3 bytes to 0x0
 00 6d 00
funcpctab main.withDefer [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:44)	TEXT	main.withDefer(SB), ABIInternal, $88-0
     0        00000 (range_over_func.go:44)	TEXT	main.withDefer(SB), ABIInternal, $88-0
     0     -1 00000 (range_over_func.go:44)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:44)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:44)	JLS	223
     a        00010 (range_over_func.go:44)	PCDATA	$0, $-1
     a        00010 (range_over_func.go:44)	PUSHQ	BP
     b        00011 (range_over_func.go:44)	MOVQ	SP, BP
     e        00014 (range_over_func.go:44)	SUBQ	$80, SP
    12        00018 (range_over_func.go:44)	MOVQ	X15, 72(SP)
    19        00025 (range_over_func.go:44)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    19        00025 (range_over_func.go:44)	FUNCDATA	$1, gclocals·jqc6pV/XbHm22UFhfS17iQ==(SB)
    19        00025 (range_over_func.go:44)	FUNCDATA	$2, main.withDefer.stkobj(SB)
    19        00025 (range_over_func.go:44)	LEAQ	type:int(SB), AX
    20        00032 (range_over_func.go:44)	PCDATA	$1, $1
    20        00032 (range_over_func.go:44)	CALL	runtime.newobject(SB)
    25        00037 (range_over_func.go:44)	MOVQ	AX, main.&out+72(SP)
    2a        00042 (range_over_func.go:45)	CALL	runtime.deferrangefunc(SB)
    2f        00047 (range_over_func.go:45)	MOVQ	$1, main.#state1+24(SP)
    38        00056 (range_over_func.go:45)	LEAQ	main.withDefer-range1(SB), CX
    3f        00063 (range_over_func.go:45)	MOVQ	CX, main..autotmp_11+32(SP)
    44        00068 (range_over_func.go:45)	LEAQ	main.#state1+24(SP), CX
    49        00073 (range_over_func.go:45)	MOVQ	CX, main..autotmp_11+40(SP)
    4e        00078 (range_over_func.go:45)	MOVQ	main.&out+72(SP), CX
    53        00083 (range_over_func.go:45)	MOVQ	CX, main..autotmp_11+48(SP)
    58        00088 (range_over_func.go:45)	MOVQ	AX, main..autotmp_11+56(SP)
    5d        00093 (range_over_func.go:45)	MOVQ	BX, main..autotmp_11+64(SP)
    62        00098 (<unknown line number>)	NOP
    62        00098 (range_over_func.go:45)	XORL	AX, AX
    64      0 00100 (range_over_func.go:45)	JMP	134
    66     -1 00102 (range_over_func.go:49)	CALL	runtime.deferreturn(SB)
    6b        00107 (range_over_func.go:45)	MOVQ	main.&out+72(SP), AX
    70        00112 (range_over_func.go:45)	MOVQ	(AX), AX
    73        00115 (range_over_func.go:49)	ADDQ	$80, SP
    77        00119 (range_over_func.go:49)	POPQ	BP
    78        00120 (range_over_func.go:49)	RET
    79      0 00121 (range_over_func.go:45)	MOVQ	main.i+16(SP), AX
    7e        00126 (range_over_func.go:45)	INCQ	AX
    81     -1 00129 (range_over_func.go:48)	MOVQ	main.&out+72(SP), CX
    86      0 00134 (range_over_func.go:45)	CMPQ	AX, $3
    8a        00138 (range_over_func.go:45)	JGE	169
    8c        00140 (range_over_func.go:45)	MOVQ	AX, main.i+16(SP)
    91        00145 (range_over_func.go:45)	MOVQ	main..autotmp_11+32(SP), CX
    96        00150 (range_over_func.go:45)	LEAQ	main..autotmp_11+32(SP), DX
    9b        00155 (range_over_func.go:45)	PCDATA	$1, $2
    9b        00155 (range_over_func.go:45)	CALL	CX
    9d        00157 (range_over_func.go:45)	NOP
    a0        00160 (range_over_func.go:45)	TESTB	AL, AL
    a2        00162 (range_over_func.go:45)	JNE	121
    a4     -1 00164 (range_over_func.go:48)	MOVQ	main.&out+72(SP), CX
    a9        00169 (range_over_func.go:47)	CMPQ	main.#state1+24(SP), $2
    af        00175 (range_over_func.go:47)	JEQ	212
    b1        00177 (range_over_func.go:47)	MOVQ	$3, main.#state1+24(SP)
    ba        00186 (range_over_func.go:48)	MOVQ	$0, (CX)
    c1        00193 (range_over_func.go:49)	PCDATA	$1, $1
    c1        00193 (range_over_func.go:49)	CALL	runtime.deferreturn(SB)
    c6        00198 (range_over_func.go:48)	MOVQ	main.&out+72(SP), AX
    cb        00203 (range_over_func.go:48)	MOVQ	(AX), AX
    ce        00206 (range_over_func.go:49)	ADDQ	$80, SP
    d2        00210 (range_over_func.go:49)	POPQ	BP
    d3        00211 (range_over_func.go:49)	RET
    d4        00212 (range_over_func.go:47)	MOVL	$4, AX
    d9        00217 (range_over_func.go:47)	CALL	runtime.panicrangestate(SB)
    de        00222 (range_over_func.go:47)	XCHGL	AX, AX
    df        00223 (range_over_func.go:47)	NOP
    df        00223 (range_over_func.go:44)	PCDATA	$1, $-1
    df        00223 (range_over_func.go:44)	PCDATA	$0, $-2
    df        00223 (range_over_func.go:44)	NOP
    e0        00224 (range_over_func.go:44)	CALL	runtime.morestack_noctxt(SB)
    e5        00229 (range_over_func.go:44)	PCDATA	$0, $-1
    e5        00229 (range_over_func.go:44)	JMP	0
    ea done
wrote 15 bytes to 0x0
 00 64 02 02 01 13 02 08 01 05 02 1e 01 46 00
-- inlining tree for main.withDefer:
0 | -1 | main.Count.func1#TvuX58xFILk=# (range_over_func.go:45:2) pc=42
--
funcpctab main.Count.func1#TvuX58xFILk=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:5)	TEXT	main.Count.func1#TvuX58xFILk=#(SB), NEEDCTXT|ABIInternal, $32-8
     0        00000 (range_over_func.go:5)	TEXT	main.Count.func1#TvuX58xFILk=#(SB), NEEDCTXT|ABIInternal, $32-8
     0     -1 00000 (range_over_func.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:5)	JLS	92
     6        00006 (range_over_func.go:5)	PCDATA	$0, $-1
     6        00006 (range_over_func.go:5)	PUSHQ	BP
     7        00007 (range_over_func.go:5)	MOVQ	SP, BP
     a        00010 (range_over_func.go:5)	SUBQ	$24, SP
     e        00014 (range_over_func.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$5, main.Count.func1#TvuX58xFILk=#.arginfo1(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$6, main.Count.func1#TvuX58xFILk=#.argliveinfo(SB)
     e        00014 (range_over_func.go:5)	PCDATA	$3, $1
     e        00014 (range_over_func.go:6)	MOVQ	AX, main.yield+40(SP)
    13        00019 (range_over_func.go:6)	PCDATA	$3, $-1
    13        00019 (range_over_func.go:5)	MOVQ	8(DX), CX
    17        00023 (range_over_func.go:5)	MOVQ	CX, main.n+8(SP)
    1c        00028 (range_over_func.go:5)	XORL	DX, DX
    1e        00030 (range_over_func.go:5)	NOP
    20        00032 (range_over_func.go:6)	JMP	52
    22        00034 (range_over_func.go:6)	MOVQ	main.i+16(SP), DX
    27        00039 (range_over_func.go:6)	INCQ	DX
    2a        00042 (range_over_func.go:7)	MOVQ	main.yield+40(SP), AX
    2f        00047 (range_over_func.go:6)	MOVQ	main.n+8(SP), CX
    34        00052 (range_over_func.go:6)	CMPQ	DX, CX
    37        00055 (range_over_func.go:6)	JGE	86
    39        00057 (range_over_func.go:6)	MOVQ	DX, main.i+16(SP)
    3e        00062 (range_over_func.go:7)	MOVQ	(AX), CX
    41        00065 (range_over_func.go:6)	MOVQ	AX, BX
    44        00068 (range_over_func.go:7)	MOVQ	DX, AX
    47        00071 (range_over_func.go:7)	MOVQ	BX, DX
    4a        00074 (range_over_func.go:7)	PCDATA	$1, $0
    4a        00074 (range_over_func.go:7)	CALL	CX
    4c        00076 (range_over_func.go:7)	TESTB	AL, AL
    4e        00078 (range_over_func.go:7)	JNE	34
    50        00080 (range_over_func.go:8)	ADDQ	$24, SP
    54        00084 (range_over_func.go:8)	POPQ	BP
    55        00085 (range_over_func.go:8)	RET
    56        00086 (range_over_func.go:11)	ADDQ	$24, SP
    5a        00090 (range_over_func.go:11)	POPQ	BP
    5b        00091 (range_over_func.go:11)	RET
    5c        00092 (range_over_func.go:11)	NOP
    5c        00092 (range_over_func.go:5)	PCDATA	$1, $-1
    5c        00092 (range_over_func.go:5)	PCDATA	$0, $-2
    5c        00092 (range_over_func.go:5)	MOVQ	AX, 8(SP)
    61        00097 (range_over_func.go:5)	CALL	runtime.morestack(SB)
    66        00102 (range_over_func.go:5)	PCDATA	$0, $-1
    66        00102 (range_over_func.go:5)	MOVQ	8(SP), AX
    6b        00107 (range_over_func.go:5)	JMP	0
    6d done
wrote 3 bytes to 0x0
 00 6d 00
funcpctab main.withDefer-range1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:45)	TEXT	main.withDefer-range1(SB), NEEDCTXT|ABIInternal, $80-8
     0        00000 (range_over_func.go:45)	TEXT	main.withDefer-range1(SB), NEEDCTXT|ABIInternal, $80-8
     0     -1 00000 (range_over_func.go:45)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:45)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:45)	JLS	234
     a        00010 (range_over_func.go:45)	PCDATA	$0, $-1
     a        00010 (range_over_func.go:45)	PUSHQ	BP
     b        00011 (range_over_func.go:45)	MOVQ	SP, BP
     e        00014 (range_over_func.go:45)	SUBQ	$72, SP
    12        00018 (range_over_func.go:45)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (range_over_func.go:45)	FUNCDATA	$1, gclocals·hTGAYHoQxrU2HM6tt9Bxpw==(SB)
    12        00018 (range_over_func.go:45)	FUNCDATA	$5, main.withDefer-range1.arginfo1(SB)
    12        00018 (range_over_func.go:45)	FUNCDATA	$6, main.withDefer-range1.argliveinfo(SB)
    12        00018 (range_over_func.go:45)	PCDATA	$3, $1
    12        00018 (range_over_func.go:45)	MOVQ	8(DX), SI
    16        00022 (range_over_func.go:45)	MOVQ	16(DX), DI
    1a        00026 (range_over_func.go:45)	MOVQ	24(DX), R8
    1e        00030 (range_over_func.go:45)	MOVQ	32(DX), DX
    22        00034 (range_over_func.go:45)	MOVB	$0, go:builtin.#r+39(SP)
    27        00039 (range_over_func.go:45)	MOVQ	(SI), R9
    2a        00042 (range_over_func.go:45)	MOVQ	$2, (SI)
    31        00049 (range_over_func.go:45)	CMPQ	R9, $1
    35        00053 (range_over_func.go:45)	JNE	225
    3b        00059 (range_over_func.go:45)	MOVQ	AX, main.v+88(SP)
    40        00064 (range_over_func.go:45)	PCDATA	$3, $-1
    40        00064 (range_over_func.go:45)	MOVQ	SI, main.&#state1+56(SP)
    45        00069 (range_over_func.go:45)	MOVQ	DI, main.&out+48(SP)
    4a        00074 (range_over_func.go:45)	MOVQ	R8, main.#defers.type+40(SP)
    4f        00079 (range_over_func.go:45)	MOVQ	DX, main.#defers.data+64(SP)
    54        00084 (range_over_func.go:46)	MOVL	$24, AX
    59        00089 (range_over_func.go:46)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 int }(SB), BX
    60        00096 (range_over_func.go:46)	MOVL	$1, CX
    65        00101 (range_over_func.go:46)	PCDATA	$1, $1
    65        00101 (range_over_func.go:46)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    6a        00106 (range_over_func.go:46)	LEAQ	main.withDefer-range1.1(SB), DX
    71        00113 (range_over_func.go:46)	MOVQ	DX, (AX)
    74        00116 (range_over_func.go:46)	CMPL	runtime.writeBarrier(SB), $0
    7b        00123 (range_over_func.go:46)	PCDATA	$0, $-2
    7b        00123 (range_over_func.go:46)	JNE	132
    7d        00125 (range_over_func.go:46)	MOVQ	main.&out+48(SP), DX
    82        00130 (range_over_func.go:46)	JMP	145
    84        00132 (range_over_func.go:46)	CALL	runtime.gcWriteBarrier1(SB)
    89        00137 (range_over_func.go:46)	MOVQ	main.&out+48(SP), DX
    8e        00142 (range_over_func.go:46)	MOVQ	DX, (R11)
    91        00145 (range_over_func.go:46)	MOVQ	DX, 8(AX)
    95        00149 (range_over_func.go:46)	PCDATA	$0, $-1
    95        00149 (range_over_func.go:46)	MOVQ	main.v+88(SP), DX
    9a        00154 (range_over_func.go:46)	MOVQ	DX, 16(AX)
    9e        00158 (range_over_func.go:46)	MOVQ	main.#defers.type+40(SP), BX
    a3        00163 (range_over_func.go:46)	MOVQ	main.#defers.data+64(SP), CX
    a8        00168 (range_over_func.go:46)	PCDATA	$1, $2
    a8        00168 (range_over_func.go:46)	CALL	runtime.deferprocat(SB)
    ad        00173 (range_over_func.go:47)	MOVQ	main.&#state1+56(SP), AX
    b2        00178 (range_over_func.go:47)	MOVQ	$1, (AX)
    b9        00185 (range_over_func.go:47)	MOVB	$1, go:builtin.#r+39(SP)
    be        00190 (range_over_func.go:47)	PCDATA	$1, $0
    be        00190 (range_over_func.go:47)	NOP
    c0        00192 (range_over_func.go:47)	CALL	runtime.deferreturn(SB)
    c5        00197 (range_over_func.go:47)	MOVBLZX	go:builtin.#r+39(SP), AX
    ca        00202 (range_over_func.go:47)	ADDQ	$72, SP
    ce        00206 (range_over_func.go:47)	POPQ	BP
    cf        00207 (range_over_func.go:47)	RET
    d0        00208 (range_over_func.go:47)	CALL	runtime.deferreturn(SB)
    d5        00213 (range_over_func.go:46)	MOVBLZX	go:builtin.#r+39(SP), AX
    da        00218 (range_over_func.go:47)	ADDQ	$72, SP
    de        00222 (range_over_func.go:47)	POPQ	BP
    df        00223 (range_over_func.go:47)	NOP
    e0        00224 (range_over_func.go:47)	RET
    e1        00225 (range_over_func.go:47)	PCDATA	$3, $1
    e1        00225 (range_over_func.go:45)	MOVQ	R9, AX
    e4        00228 (range_over_func.go:45)	CALL	runtime.panicrangestate(SB)
    e9        00233 (range_over_func.go:45)	XCHGL	AX, AX
    ea        00234 (range_over_func.go:45)	NOP
    ea        00234 (range_over_func.go:45)	PCDATA	$1, $-1
    ea        00234 (range_over_func.go:45)	PCDATA	$0, $-2
    ea        00234 (range_over_func.go:45)	MOVQ	AX, 8(SP)
    ef        00239 (range_over_func.go:45)	CALL	runtime.morestack(SB)
    f4        00244 (range_over_func.go:45)	PCDATA	$0, $-1
    f4        00244 (range_over_func.go:45)	MOVQ	8(SP), AX
    f9        00249 (range_over_func.go:45)	JMP	0
    fe done
wrote 4 bytes to 0x0
 00 fe 01 00
funcpctab main.withDefer-range1.1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:46)	TEXT	main.withDefer-range1.1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (range_over_func.go:46)	TEXT	main.withDefer-range1.1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (range_over_func.go:46)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (range_over_func.go:46)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (range_over_func.go:46)	MOVQ	8(DX), AX
     4        00004 (range_over_func.go:46)	MOVQ	(AX), CX
     7        00007 (range_over_func.go:46)	ADDQ	CX, CX
     a        00010 (range_over_func.go:46)	LEAQ	(CX)(CX*4), CX
     e        00014 (range_over_func.go:46)	ADDQ	16(DX), CX
    12        00018 (range_over_func.go:46)	MOVQ	CX, (AX)
    15        00021 (range_over_func.go:46)	RET
    16 done
wrote 3 bytes to 0x0
 00 16 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:66)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (range_over_func.go:66)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (range_over_func.go:66)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (range_over_func.go:66)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (range_over_func.go:66)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
     0        00000 (range_over_func.go:66)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
     0        00000 (range_over_func.go:66)	PCDATA	$3, $1
     0     -1 00000 (range_over_func.go:66)	MOVQ	$-6148914691236517205, CX
     a        00010 (range_over_func.go:66)	IMULQ	CX, AX
     e        00014 (range_over_func.go:66)	MOVQ	$3074457345618258602, CX
    18        00024 (range_over_func.go:66)	LEAQ	(AX)(CX*1), DX
    1c        00028 (range_over_func.go:66)	ROLQ	$63, DX
    20        00032 (range_over_func.go:66)	CMPQ	CX, DX
    23        00035 (range_over_func.go:66)	SETCC	AL
    26        00038 (range_over_func.go:66)	RET
    27 done
wrote 3 bytes to 0x0
 00 27 00
funcpctab main.Filter [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:24)	TEXT	main.Filter(SB), ABIInternal, $40-16
     0        00000 (range_over_func.go:24)	TEXT	main.Filter(SB), ABIInternal, $40-16
     0     -1 00000 (range_over_func.go:24)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:24)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:24)	JLS	114
     6        00006 (range_over_func.go:24)	PCDATA	$0, $-1
     6        00006 (range_over_func.go:24)	PUSHQ	BP
     7        00007 (range_over_func.go:24)	MOVQ	SP, BP
     a        00010 (range_over_func.go:24)	SUBQ	$32, SP
     e        00014 (range_over_func.go:24)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (range_over_func.go:24)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (range_over_func.go:24)	FUNCDATA	$5, main.Filter.arginfo1(SB)
     e        00014 (range_over_func.go:24)	FUNCDATA	$6, main.Filter.argliveinfo(SB)
     e        00014 (range_over_func.go:24)	PCDATA	$3, $1
     e        00014 (range_over_func.go:25)	MOVQ	AX, main.seq+48(SP)
    13        00019 (range_over_func.go:25)	MOVQ	BX, main.pred+56(SP)
    18        00024 (range_over_func.go:25)	PCDATA	$3, $-1
    18        00024 (range_over_func.go:25)	MOVL	$24, AX
    1d        00029 (range_over_func.go:25)	LEAQ	type:noalg.struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) }(SB), BX
    24        00036 (range_over_func.go:25)	MOVL	$1, CX
    29        00041 (range_over_func.go:25)	PCDATA	$1, $0
    29        00041 (range_over_func.go:25)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    2e        00046 (range_over_func.go:25)	LEAQ	main.Filter.func1(SB), DX
    35        00053 (range_over_func.go:25)	MOVQ	DX, (AX)
    38        00056 (range_over_func.go:25)	CMPL	runtime.writeBarrier(SB), $0
    3f        00063 (range_over_func.go:25)	PCDATA	$0, $-2
    3f        00063 (range_over_func.go:25)	NOP
    40        00064 (range_over_func.go:25)	JNE	78
    42        00066 (range_over_func.go:25)	MOVQ	main.pred+56(SP), CX
    47        00071 (range_over_func.go:25)	MOVQ	main.seq+48(SP), DX
    4c        00076 (range_over_func.go:25)	JMP	100
    4e        00078 (range_over_func.go:25)	CALL	runtime.gcWriteBarrier2(SB)
    53        00083 (range_over_func.go:25)	MOVQ	main.pred+56(SP), CX
    58        00088 (range_over_func.go:25)	MOVQ	CX, (R11)
    5b        00091 (range_over_func.go:25)	MOVQ	main.seq+48(SP), DX
    60        00096 (range_over_func.go:25)	MOVQ	DX, 8(R11)
    64        00100 (range_over_func.go:25)	MOVQ	CX, 8(AX)
    68        00104 (range_over_func.go:25)	MOVQ	DX, 16(AX)
    6c        00108 (range_over_func.go:25)	PCDATA	$0, $-1
    6c        00108 (range_over_func.go:25)	ADDQ	$32, SP
    70        00112 (range_over_func.go:25)	POPQ	BP
    71        00113 (range_over_func.go:25)	RET
    72        00114 (range_over_func.go:25)	NOP
    72        00114 (range_over_func.go:24)	PCDATA	$1, $-1
    72        00114 (range_over_func.go:24)	PCDATA	$0, $-2
    72        00114 (range_over_func.go:24)	MOVQ	AX, 8(SP)
    77        00119 (range_over_func.go:24)	MOVQ	BX, 16(SP)
    7c        00124 (range_over_func.go:24)	NOP
    80        00128 (range_over_func.go:24)	CALL	runtime.morestack_noctxt(SB)
    85        00133 (range_over_func.go:24)	PCDATA	$0, $-1
    85        00133 (range_over_func.go:24)	MOVQ	8(SP), AX
    8a        00138 (range_over_func.go:24)	MOVQ	16(SP), BX
    8f        00143 (range_over_func.go:24)	JMP	0
    94 done
wrote 4 bytes to 0x0
 00 94 01 00
funcpctab main.Filter.func1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:25)	TEXT	main.Filter.func1(SB), NEEDCTXT|ABIInternal, $64-8
     0        00000 (range_over_func.go:25)	TEXT	main.Filter.func1(SB), NEEDCTXT|ABIInternal, $64-8
     0     -1 00000 (range_over_func.go:25)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:25)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:25)	JLS	238
     a        00010 (range_over_func.go:25)	PCDATA	$0, $-1
     a        00010 (range_over_func.go:25)	PUSHQ	BP
     b        00011 (range_over_func.go:25)	MOVQ	SP, BP
     e        00014 (range_over_func.go:25)	SUBQ	$56, SP
    12        00018 (range_over_func.go:25)	FUNCDATA	$0, gclocals·XiTExj79muetu+S/yRlJ0g==(SB)
    12        00018 (range_over_func.go:25)	FUNCDATA	$1, gclocals·rt5re7FYvD6w/q1TE0UzpQ==(SB)
    12        00018 (range_over_func.go:25)	FUNCDATA	$5, main.Filter.func1.arginfo1(SB)
    12        00018 (range_over_func.go:25)	FUNCDATA	$6, main.Filter.func1.argliveinfo(SB)
    12        00018 (range_over_func.go:25)	PCDATA	$3, $1
    12        00018 (range_over_func.go:30)	MOVQ	AX, main.yield+72(SP)
    17        00023 (range_over_func.go:30)	PCDATA	$3, $-1
    17        00023 (range_over_func.go:25)	MOVQ	16(DX), SI
    1b        00027 (range_over_func.go:25)	MOVQ	SI, main.seq+32(SP)
    20        00032 (range_over_func.go:25)	MOVQ	8(DX), DX
    24        00036 (range_over_func.go:25)	MOVQ	DX, main.pred+40(SP)
    29        00041 (range_over_func.go:26)	MOVL	$16, AX
    2e        00046 (range_over_func.go:26)	XORL	BX, BX
    30        00048 (range_over_func.go:26)	MOVL	$1, CX
    35        00053 (range_over_func.go:26)	PCDATA	$1, $1
    35        00053 (range_over_func.go:26)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    3a        00058 (range_over_func.go:26)	MOVQ	AX, main..autotmp_9+48(SP)
    3f        00063 (range_over_func.go:26)	MOVQ	$1, 8(AX)
    47        00071 (range_over_func.go:26)	MOVL	$40, AX
    4c        00076 (range_over_func.go:26)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int }(SB), BX
    53        00083 (range_over_func.go:26)	MOVL	$1, CX
    58        00088 (range_over_func.go:26)	PCDATA	$1, $2
    58        00088 (range_over_func.go:26)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
    5d        00093 (range_over_func.go:26)	LEAQ	main.Filter.func1-range1(SB), DX
    64        00100 (range_over_func.go:26)	MOVQ	DX, (AX)
    67        00103 (range_over_func.go:26)	MOVQ	main..autotmp_9+48(SP), DX
    6c        00108 (range_over_func.go:26)	LEAQ	8(DX), SI
    70        00112 (range_over_func.go:26)	CMPL	runtime.writeBarrier(SB), $0
    77        00119 (range_over_func.go:26)	PCDATA	$0, $-2
    77        00119 (range_over_func.go:26)	JNE	133
    79        00121 (range_over_func.go:26)	MOVQ	main.pred+40(SP), CX
    7e        00126 (range_over_func.go:26)	MOVQ	main.yield+72(SP), BX
    83        00131 (range_over_func.go:26)	JMP	163
    85        00133 (range_over_func.go:26)	CALL	runtime.gcWriteBarrier4(SB)
    8a        00138 (range_over_func.go:26)	MOVQ	SI, (R11)
    8d        00141 (range_over_func.go:26)	MOVQ	main.pred+40(SP), CX
    92        00146 (range_over_func.go:26)	MOVQ	CX, 8(R11)
    96        00150 (range_over_func.go:26)	MOVQ	main.yield+72(SP), BX
    9b        00155 (range_over_func.go:26)	MOVQ	BX, 16(R11)
    9f        00159 (range_over_func.go:26)	MOVQ	DX, 24(R11)
    a3        00163 (range_over_func.go:26)	MOVQ	SI, 8(AX)
    a7        00167 (range_over_func.go:26)	MOVQ	CX, 16(AX)
    ab        00171 (range_over_func.go:26)	MOVQ	BX, 24(AX)
    af        00175 (range_over_func.go:26)	MOVQ	DX, 32(AX)
    b3        00179 (range_over_func.go:26)	PCDATA	$0, $-1
    b3        00179 (range_over_func.go:26)	MOVQ	main.seq+32(SP), DX
    b8        00184 (range_over_func.go:26)	MOVQ	(DX), CX
    bb        00187 (range_over_func.go:26)	PCDATA	$1, $3
    bb        00187 (range_over_func.go:26)	CALL	CX
    bd        00189 (range_over_func.go:30)	MOVQ	main..autotmp_9+48(SP), CX
    c2        00194 (range_over_func.go:30)	CMPQ	8(CX), $2
    c7        00199 (range_over_func.go:30)	JEQ	227
    c9        00201 (range_over_func.go:30)	MOVQ	$3, 8(CX)
    d1        00209 (range_over_func.go:30)	CMPQ	(CX), $-1
    d5        00213 (range_over_func.go:30)	JNE	221
    d7        00215 (range_over_func.go:30)	ADDQ	$56, SP
    db        00219 (range_over_func.go:30)	POPQ	BP
    dc        00220 (range_over_func.go:30)	RET
    dd        00221 (range_over_func.go:31)	ADDQ	$56, SP
    e1        00225 (range_over_func.go:31)	POPQ	BP
    e2        00226 (range_over_func.go:31)	RET
    e3        00227 (range_over_func.go:30)	MOVL	$4, AX
    e8        00232 (range_over_func.go:30)	PCDATA	$1, $4
    e8        00232 (range_over_func.go:30)	CALL	runtime.panicrangestate(SB)
    ed        00237 (range_over_func.go:30)	XCHGL	AX, AX
    ee        00238 (range_over_func.go:30)	NOP
    ee        00238 (range_over_func.go:25)	PCDATA	$1, $-1
    ee        00238 (range_over_func.go:25)	PCDATA	$0, $-2
    ee        00238 (range_over_func.go:25)	MOVQ	AX, 8(SP)
    f3        00243 (range_over_func.go:25)	CALL	runtime.morestack(SB)
    f8        00248 (range_over_func.go:25)	PCDATA	$0, $-1
    f8        00248 (range_over_func.go:25)	MOVQ	8(SP), AX
    fd        00253 (range_over_func.go:25)	NOP
   100        00256 (range_over_func.go:25)	JMP	0
   105 done
wrote 4 bytes to 0x0
 00 85 02 00
funcpctab main.Filter.func1-range1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:26)	TEXT	main.Filter.func1-range1(SB), NEEDCTXT|ABIInternal, $40-8
     0        00000 (range_over_func.go:26)	TEXT	main.Filter.func1-range1(SB), NEEDCTXT|ABIInternal, $40-8
     0     -1 00000 (range_over_func.go:26)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:26)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:26)	JLS	166
     a        00010 (range_over_func.go:26)	PCDATA	$0, $-1
     a        00010 (range_over_func.go:26)	PUSHQ	BP
     b        00011 (range_over_func.go:26)	MOVQ	SP, BP
     e        00014 (range_over_func.go:26)	SUBQ	$32, SP
    12        00018 (range_over_func.go:26)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (range_over_func.go:26)	FUNCDATA	$1, gclocals·mebMOeRFbxp/67ataQQfIA==(SB)
    12        00018 (range_over_func.go:26)	FUNCDATA	$5, main.Filter.func1-range1.arginfo1(SB)
    12        00018 (range_over_func.go:26)	FUNCDATA	$6, main.Filter.func1-range1.argliveinfo(SB)
    12        00018 (range_over_func.go:26)	PCDATA	$3, $1
    12        00018 (range_over_func.go:26)	MOVQ	8(DX), CX
    16        00022 (range_over_func.go:26)	MOVQ	(CX), BX
    19        00025 (range_over_func.go:26)	MOVQ	16(DX), SI
    1d        00029 (range_over_func.go:26)	MOVQ	24(DX), DI
    21        00033 (range_over_func.go:26)	MOVQ	32(DX), R8
    25        00037 (range_over_func.go:26)	MOVQ	$2, (CX)
    2c        00044 (range_over_func.go:26)	CMPQ	BX, $1
    30        00048 (range_over_func.go:26)	JNE	157
    32        00050 (range_over_func.go:26)	MOVQ	AX, main.v+48(SP)
    37        00055 (range_over_func.go:26)	PCDATA	$3, $-1
    37        00055 (range_over_func.go:26)	MOVQ	CX, main.&#state1+16(SP)
    3c        00060 (range_over_func.go:26)	MOVQ	DI, main.yield+8(SP)
    41        00065 (range_over_func.go:26)	MOVQ	R8, main.&#next+24(SP)
    46        00070 (range_over_func.go:27)	MOVQ	(SI), CX
    49        00073 (range_over_func.go:27)	MOVQ	SI, DX
    4c        00076 (range_over_func.go:27)	PCDATA	$1, $1
    4c        00076 (range_over_func.go:27)	CALL	CX
    4e        00078 (range_over_func.go:27)	TESTB	AL, AL
    50        00080 (range_over_func.go:27)	JEQ	102
    52        00082 (range_over_func.go:27)	MOVQ	main.yield+8(SP), DX
    57        00087 (range_over_func.go:27)	MOVQ	(DX), CX
    5a        00090 (range_over_func.go:27)	MOVQ	main.v+48(SP), AX
    5f        00095 (range_over_func.go:27)	PCDATA	$1, $2
    5f        00095 (range_over_func.go:27)	NOP
    60        00096 (range_over_func.go:27)	CALL	CX
    62        00098 (range_over_func.go:27)	TESTB	AL, AL
    64        00100 (range_over_func.go:27)	JEQ	125
    66        00102 (range_over_func.go:30)	MOVQ	main.&#state1+16(SP), CX
    6b        00107 (range_over_func.go:30)	MOVQ	$1, (CX)
    72        00114 (range_over_func.go:30)	MOVL	$1, AX
    77        00119 (range_over_func.go:30)	ADDQ	$32, SP
    7b        00123 (range_over_func.go:30)	POPQ	BP
    7c        00124 (range_over_func.go:30)	RET
    7d        00125 (range_over_func.go:28)	MOVQ	main.&#next+24(SP), CX
    82        00130 (range_over_func.go:28)	MOVQ	$-1, (CX)
    89        00137 (range_over_func.go:28)	MOVQ	main.&#state1+16(SP), CX
    8e        00142 (range_over_func.go:28)	MOVQ	$0, (CX)
    95        00149 (range_over_func.go:28)	XORL	AX, AX
    97        00151 (range_over_func.go:28)	ADDQ	$32, SP
    9b        00155 (range_over_func.go:28)	POPQ	BP
    9c        00156 (range_over_func.go:28)	RET
    9d        00157 (range_over_func.go:28)	PCDATA	$3, $1
    9d        00157 (range_over_func.go:26)	MOVQ	BX, AX
    a0        00160 (range_over_func.go:26)	PCDATA	$1, $0
    a0        00160 (range_over_func.go:26)	CALL	runtime.panicrangestate(SB)
    a5        00165 (range_over_func.go:26)	XCHGL	AX, AX
    a6        00166 (range_over_func.go:26)	NOP
    a6        00166 (range_over_func.go:26)	PCDATA	$1, $-1
    a6        00166 (range_over_func.go:26)	PCDATA	$0, $-2
    a6        00166 (range_over_func.go:26)	MOVQ	AX, 8(SP)
    ab        00171 (range_over_func.go:26)	CALL	runtime.morestack(SB)
    b0        00176 (range_over_func.go:26)	PCDATA	$0, $-1
    b0        00176 (range_over_func.go:26)	MOVQ	8(SP), AX
    b5        00181 (range_over_func.go:26)	JMP	0
    ba done
wrote 4 bytes to 0x0
 00 ba 01 00
funcpctab main.Enumerate [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:14)	TEXT	main.Enumerate(SB), ABIInternal, $40-24
     0        00000 (range_over_func.go:14)	TEXT	main.Enumerate(SB), ABIInternal, $40-24
     0     -1 00000 (range_over_func.go:14)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:14)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:14)	JLS	119
     6        00006 (range_over_func.go:14)	PCDATA	$0, $-1
     6        00006 (range_over_func.go:14)	PUSHQ	BP
     7        00007 (range_over_func.go:14)	MOVQ	SP, BP
     a        00010 (range_over_func.go:14)	SUBQ	$32, SP
     e        00014 (range_over_func.go:14)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (range_over_func.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (range_over_func.go:14)	FUNCDATA	$5, main.Enumerate.arginfo1(SB)
     e        00014 (range_over_func.go:14)	FUNCDATA	$6, main.Enumerate.argliveinfo(SB)
     e        00014 (range_over_func.go:14)	PCDATA	$3, $1
     e        00014 (range_over_func.go:15)	MOVQ	CX, main.xs+64(SP)
    13        00019 (range_over_func.go:15)	MOVQ	BX, main.xs+56(SP)
    18        00024 (range_over_func.go:15)	MOVQ	AX, main.xs+48(SP)
    1d        00029 (range_over_func.go:15)	PCDATA	$3, $-1
    1d        00029 (range_over_func.go:15)	MOVL	$32, AX
    22        00034 (range_over_func.go:15)	LEAQ	type:noalg.struct { F uintptr; X0 []string }(SB), BX
    29        00041 (range_over_func.go:15)	MOVL	$1, CX
    2e        00046 (range_over_func.go:15)	PCDATA	$1, $0
    2e        00046 (range_over_func.go:15)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
    33        00051 (range_over_func.go:15)	LEAQ	main.Enumerate.func1(SB), DX
    3a        00058 (range_over_func.go:15)	MOVQ	DX, (AX)
    3d        00061 (range_over_func.go:15)	MOVQ	main.xs+56(SP), DX
    42        00066 (range_over_func.go:15)	MOVQ	DX, 16(AX)
    46        00070 (range_over_func.go:15)	MOVQ	main.xs+64(SP), DX
    4b        00075 (range_over_func.go:15)	MOVQ	DX, 24(AX)
    4f        00079 (range_over_func.go:15)	CMPL	runtime.writeBarrier(SB), $0
    56        00086 (range_over_func.go:15)	PCDATA	$0, $-2
    56        00086 (range_over_func.go:15)	JNE	96
    58        00088 (range_over_func.go:15)	MOVQ	main.xs+48(SP), CX
    5d        00093 (range_over_func.go:15)	JMP	109
    5f        00095 (range_over_func.go:15)	NOP
    60        00096 (range_over_func.go:15)	CALL	runtime.gcWriteBarrier1(SB)
    65        00101 (range_over_func.go:15)	MOVQ	main.xs+48(SP), CX
    6a        00106 (range_over_func.go:15)	MOVQ	CX, (R11)
    6d        00109 (range_over_func.go:15)	MOVQ	CX, 8(AX)
    71        00113 (range_over_func.go:15)	PCDATA	$0, $-1
    71        00113 (range_over_func.go:15)	ADDQ	$32, SP
    75        00117 (range_over_func.go:15)	POPQ	BP
    76        00118 (range_over_func.go:15)	RET
    77        00119 (range_over_func.go:15)	NOP
    77        00119 (range_over_func.go:14)	PCDATA	$1, $-1
    77        00119 (range_over_func.go:14)	PCDATA	$0, $-2
    77        00119 (range_over_func.go:14)	MOVQ	AX, 8(SP)
    7c        00124 (range_over_func.go:14)	MOVQ	BX, 16(SP)
    81        00129 (range_over_func.go:14)	MOVQ	CX, 24(SP)
    86        00134 (range_over_func.go:14)	CALL	runtime.morestack_noctxt(SB)
    8b        00139 (range_over_func.go:14)	PCDATA	$0, $-1
    8b        00139 (range_over_func.go:14)	MOVQ	8(SP), AX
    90        00144 (range_over_func.go:14)	MOVQ	16(SP), BX
    95        00149 (range_over_func.go:14)	MOVQ	24(SP), CX
    9a        00154 (range_over_func.go:14)	JMP	0
    9f done
wrote 4 bytes to 0x0
 00 9f 01 00
funcpctab main.Enumerate.func1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:15)	TEXT	main.Enumerate.func1(SB), NEEDCTXT|ABIInternal, $56-8
     0        00000 (range_over_func.go:15)	TEXT	main.Enumerate.func1(SB), NEEDCTXT|ABIInternal, $56-8
     0     -1 00000 (range_over_func.go:15)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:15)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:15)	JLS	116
     6        00006 (range_over_func.go:15)	PCDATA	$0, $-1
     6        00006 (range_over_func.go:15)	PUSHQ	BP
     7        00007 (range_over_func.go:15)	MOVQ	SP, BP
     a        00010 (range_over_func.go:15)	SUBQ	$48, SP
     e        00014 (range_over_func.go:15)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
     e        00014 (range_over_func.go:15)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
     e        00014 (range_over_func.go:15)	FUNCDATA	$5, main.Enumerate.func1.arginfo1(SB)
     e        00014 (range_over_func.go:15)	FUNCDATA	$6, main.Enumerate.func1.argliveinfo(SB)
     e        00014 (range_over_func.go:15)	PCDATA	$3, $1
     e        00014 (range_over_func.go:16)	MOVQ	AX, main.yield+64(SP)
    13        00019 (range_over_func.go:16)	PCDATA	$3, $-1
    13        00019 (range_over_func.go:15)	MOVQ	8(DX), SI
    17        00023 (range_over_func.go:15)	MOVQ	16(DX), DI
    1b        00027 (range_over_func.go:15)	MOVQ	DI, main.xs.len+24(SP)
    20        00032 (range_over_func.go:16)	XORL	CX, CX
    22        00034 (range_over_func.go:16)	JMP	64
    24        00036 (range_over_func.go:16)	MOVQ	main..autotmp_15+40(SP), SI
    29        00041 (range_over_func.go:16)	ADDQ	$16, SI
    2d        00045 (range_over_func.go:16)	MOVQ	main.i+32(SP), CX
    32        00050 (range_over_func.go:16)	INCQ	CX
    35        00053 (range_over_func.go:17)	MOVQ	main.yield+64(SP), AX
    3a        00058 (range_over_func.go:16)	MOVQ	main.xs.len+24(SP), DI
    3f        00063 (range_over_func.go:16)	NOP
    40        00064 (range_over_func.go:16)	CMPQ	CX, DI
    43        00067 (range_over_func.go:16)	JGE	110
    45        00069 (range_over_func.go:16)	MOVQ	CX, main.i+32(SP)
    4a        00074 (range_over_func.go:16)	MOVQ	SI, main..autotmp_15+40(SP)
    4f        00079 (range_over_func.go:16)	MOVQ	(SI), BX
    52        00082 (range_over_func.go:16)	MOVQ	8(SI), SI
    56        00086 (range_over_func.go:17)	MOVQ	(AX), DI
    59        00089 (range_over_func.go:17)	MOVQ	AX, DX
    5c        00092 (range_over_func.go:17)	MOVQ	CX, AX
    5f        00095 (range_over_func.go:17)	MOVQ	SI, CX
    62        00098 (range_over_func.go:17)	PCDATA	$1, $1
    62        00098 (range_over_func.go:17)	CALL	DI
    64        00100 (range_over_func.go:17)	TESTB	AL, AL
    66        00102 (range_over_func.go:17)	JNE	36
    68        00104 (range_over_func.go:18)	ADDQ	$48, SP
    6c        00108 (range_over_func.go:18)	POPQ	BP
    6d        00109 (range_over_func.go:18)	RET
    6e        00110 (range_over_func.go:21)	ADDQ	$48, SP
    72        00114 (range_over_func.go:21)	POPQ	BP
    73        00115 (range_over_func.go:21)	RET
    74        00116 (range_over_func.go:21)	NOP
    74        00116 (range_over_func.go:15)	PCDATA	$1, $-1
    74        00116 (range_over_func.go:15)	PCDATA	$0, $-2
    74        00116 (range_over_func.go:15)	MOVQ	AX, 8(SP)
    79        00121 (range_over_func.go:15)	CALL	runtime.morestack(SB)
    7e        00126 (range_over_func.go:15)	PCDATA	$0, $-1
    7e        00126 (range_over_func.go:15)	MOVQ	8(SP), AX
    83        00131 (range_over_func.go:15)	JMP	0
    88 done
wrote 4 bytes to 0x0
 00 88 01 00
funcpctab main.Count [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:4)	TEXT	main.Count(SB), ABIInternal, $40-8
     0        00000 (range_over_func.go:4)	TEXT	main.Count(SB), ABIInternal, $40-8
     0     -1 00000 (range_over_func.go:4)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:4)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:4)	JLS	66
     6        00006 (range_over_func.go:4)	PCDATA	$0, $-1
     6        00006 (range_over_func.go:4)	PUSHQ	BP
     7        00007 (range_over_func.go:4)	MOVQ	SP, BP
     a        00010 (range_over_func.go:4)	SUBQ	$32, SP
     e        00014 (range_over_func.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func.go:4)	FUNCDATA	$5, main.Count.arginfo1(SB)
     e        00014 (range_over_func.go:4)	FUNCDATA	$6, main.Count.argliveinfo(SB)
     e        00014 (range_over_func.go:4)	PCDATA	$3, $1
     e        00014 (range_over_func.go:5)	MOVQ	AX, main.n+48(SP)
    13        00019 (range_over_func.go:5)	PCDATA	$3, $-1
    13        00019 (range_over_func.go:5)	MOVL	$16, AX
    18        00024 (range_over_func.go:5)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
    1f        00031 (range_over_func.go:5)	MOVL	$1, CX
    24        00036 (range_over_func.go:5)	PCDATA	$1, $0
    24        00036 (range_over_func.go:5)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    29        00041 (range_over_func.go:5)	LEAQ	main.Count.func1(SB), DX
    30        00048 (range_over_func.go:5)	MOVQ	DX, (AX)
    33        00051 (range_over_func.go:5)	MOVQ	main.n+48(SP), DX
    38        00056 (range_over_func.go:5)	MOVQ	DX, 8(AX)
    3c        00060 (range_over_func.go:5)	ADDQ	$32, SP
    40        00064 (range_over_func.go:5)	POPQ	BP
    41        00065 (range_over_func.go:5)	RET
    42        00066 (range_over_func.go:5)	NOP
    42        00066 (range_over_func.go:4)	PCDATA	$1, $-1
    42        00066 (range_over_func.go:4)	PCDATA	$0, $-2
    42        00066 (range_over_func.go:4)	MOVQ	AX, 8(SP)
    47        00071 (range_over_func.go:4)	CALL	runtime.morestack_noctxt(SB)
    4c        00076 (range_over_func.go:4)	PCDATA	$0, $-1
    4c        00076 (range_over_func.go:4)	MOVQ	8(SP), AX
    51        00081 (range_over_func.go:4)	JMP	0
    53 done
wrote 3 bytes to 0x0
 00 53 00
funcpctab main.Count.func1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func.go:5)	TEXT	main.Count.func1(SB), NEEDCTXT|ABIInternal, $32-8
     0        00000 (range_over_func.go:5)	TEXT	main.Count.func1(SB), NEEDCTXT|ABIInternal, $32-8
     0     -1 00000 (range_over_func.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func.go:5)	JLS	92
     6        00006 (range_over_func.go:5)	PCDATA	$0, $-1
     6        00006 (range_over_func.go:5)	PUSHQ	BP
     7        00007 (range_over_func.go:5)	MOVQ	SP, BP
     a        00010 (range_over_func.go:5)	SUBQ	$24, SP
     e        00014 (range_over_func.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$5, main.Count.func1.arginfo1(SB)
     e        00014 (range_over_func.go:5)	FUNCDATA	$6, main.Count.func1.argliveinfo(SB)
     e        00014 (range_over_func.go:5)	PCDATA	$3, $1
     e        00014 (range_over_func.go:6)	MOVQ	AX, main.yield+40(SP)
    13        00019 (range_over_func.go:6)	PCDATA	$3, $-1
    13        00019 (range_over_func.go:5)	MOVQ	8(DX), CX
    17        00023 (range_over_func.go:5)	MOVQ	CX, main.n+8(SP)
    1c        00028 (range_over_func.go:5)	XORL	DX, DX
    1e        00030 (range_over_func.go:5)	NOP
    20        00032 (range_over_func.go:6)	JMP	52
    22        00034 (range_over_func.go:6)	MOVQ	main.i+16(SP), DX
    27        00039 (range_over_func.go:6)	INCQ	DX
    2a        00042 (range_over_func.go:7)	MOVQ	main.yield+40(SP), AX
    2f        00047 (range_over_func.go:6)	MOVQ	main.n+8(SP), CX
    34        00052 (range_over_func.go:6)	CMPQ	DX, CX
    37        00055 (range_over_func.go:6)	JGE	86
    39        00057 (range_over_func.go:6)	MOVQ	DX, main.i+16(SP)
    3e        00062 (range_over_func.go:7)	MOVQ	(AX), CX
    41        00065 (range_over_func.go:6)	MOVQ	AX, BX
    44        00068 (range_over_func.go:7)	MOVQ	DX, AX
    47        00071 (range_over_func.go:7)	MOVQ	BX, DX
    4a        00074 (range_over_func.go:7)	PCDATA	$1, $0
    4a        00074 (range_over_func.go:7)	CALL	CX
    4c        00076 (range_over_func.go:7)	TESTB	AL, AL
    4e        00078 (range_over_func.go:7)	JNE	34
    50        00080 (range_over_func.go:8)	ADDQ	$24, SP
    54        00084 (range_over_func.go:8)	POPQ	BP
    55        00085 (range_over_func.go:8)	RET
    56        00086 (range_over_func.go:11)	ADDQ	$24, SP
    5a        00090 (range_over_func.go:11)	POPQ	BP
    5b        00091 (range_over_func.go:11)	RET
    5c        00092 (range_over_func.go:11)	NOP
    5c        00092 (range_over_func.go:5)	PCDATA	$1, $-1
    5c        00092 (range_over_func.go:5)	PCDATA	$0, $-2
    5c        00092 (range_over_func.go:5)	MOVQ	AX, 8(SP)
    61        00097 (range_over_func.go:5)	CALL	runtime.morestack(SB)
    66        00102 (range_over_func.go:5)	PCDATA	$0, $-1
    66        00102 (range_over_func.go:5)	MOVQ	8(SP), AX
    6b        00107 (range_over_func.go:5)	JMP	0
    6d done
wrote 3 bytes to 0x0
 00 6d 00
main.firstOver-range1 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.main-range1 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.main-range2 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.main-range3 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.Filter.func1-range1#XPl/3YLu2ZI=# STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.Count STEXT size=83 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (range_over_func.go:4)	TEXT	main.Count(SB), ABIInternal, $40-8
	0x0000 00000 (range_over_func.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:4)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:4)	JLS	66
	0x0006 00006 (range_over_func.go:4)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func.go:4)	PUSHQ	BP
	0x0007 00007 (range_over_func.go:4)	MOVQ	SP, BP
	0x000a 00010 (range_over_func.go:4)	SUBQ	$32, SP
	0x000e 00014 (range_over_func.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func.go:4)	FUNCDATA	$5, main.Count.arginfo1(SB)
	0x000e 00014 (range_over_func.go:4)	FUNCDATA	$6, main.Count.argliveinfo(SB)
	0x000e 00014 (range_over_func.go:4)	PCDATA	$3, $1
	0x000e 00014 (range_over_func.go:5)	MOVQ	AX, main.n+48(SP)
	0x0013 00019 (range_over_func.go:5)	PCDATA	$3, $-1
	0x0013 00019 (range_over_func.go:5)	MOVL	$16, AX
	0x0018 00024 (range_over_func.go:5)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
	0x001f 00031 (range_over_func.go:5)	MOVL	$1, CX
	0x0024 00036 (range_over_func.go:5)	PCDATA	$1, $0
	0x0024 00036 (range_over_func.go:5)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0029 00041 (range_over_func.go:5)	LEAQ	main.Count.func1(SB), DX
	0x0030 00048 (range_over_func.go:5)	MOVQ	DX, (AX)
	0x0033 00051 (range_over_func.go:5)	MOVQ	main.n+48(SP), DX
	0x0038 00056 (range_over_func.go:5)	MOVQ	DX, 8(AX)
	0x003c 00060 (range_over_func.go:5)	ADDQ	$32, SP
	0x0040 00064 (range_over_func.go:5)	POPQ	BP
	0x0041 00065 (range_over_func.go:5)	RET
	0x0042 00066 (range_over_func.go:5)	NOP
	0x0042 00066 (range_over_func.go:4)	PCDATA	$1, $-1
	0x0042 00066 (range_over_func.go:4)	PCDATA	$0, $-2
	0x0042 00066 (range_over_func.go:4)	MOVQ	AX, 8(SP)
	0x0047 00071 (range_over_func.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x004c 00076 (range_over_func.go:4)	PCDATA	$0, $-1
	0x004c 00076 (range_over_func.go:4)	MOVQ	8(SP), AX
	0x0051 00081 (range_over_func.go:4)	JMP	0
	0x0000 49 3b 66 10 76 3c 55 48 89 e5 48 83 ec 20 48 89  I;f.v<UH..H.. H.
	0x0010 44 24 30 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9  D$0.....H.......
	0x0020 01 00 00 00 e8 00 00 00 00 48 8d 15 00 00 00 00  .........H......
	0x0030 48 89 10 48 8b 54 24 30 48 89 50 08 48 83 c4 20  H..H.T$0H.P.H.. 
	0x0040 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  ].H.D$......H.D$
	0x0050 08 eb ad                                         ...
	rel 27+4 t=R_PCREL type:noalg.struct { F uintptr; X0 int }+0
	rel 37+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 44+4 t=R_PCREL main.Count.func1+0
	rel 72+4 t=R_CALL runtime.morestack_noctxt+0
main.Count.func1 STEXT size=109 align=0x0 args=0x8 locals=0x20 funcid=0x0
	0x0000 00000 (range_over_func.go:5)	TEXT	main.Count.func1(SB), NEEDCTXT|ABIInternal, $32-8
	0x0000 00000 (range_over_func.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:5)	JLS	92
	0x0006 00006 (range_over_func.go:5)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func.go:5)	PUSHQ	BP
	0x0007 00007 (range_over_func.go:5)	MOVQ	SP, BP
	0x000a 00010 (range_over_func.go:5)	SUBQ	$24, SP
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$5, main.Count.func1.arginfo1(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$6, main.Count.func1.argliveinfo(SB)
	0x000e 00014 (range_over_func.go:5)	PCDATA	$3, $1
	0x000e 00014 (range_over_func.go:6)	MOVQ	AX, main.yield+40(SP)
	0x0013 00019 (range_over_func.go:6)	PCDATA	$3, $-1
	0x0013 00019 (range_over_func.go:5)	MOVQ	8(DX), CX
	0x0017 00023 (range_over_func.go:5)	MOVQ	CX, main.n+8(SP)
	0x001c 00028 (range_over_func.go:5)	XORL	DX, DX
	0x001e 00030 (range_over_func.go:5)	NOP
	0x0020 00032 (range_over_func.go:6)	JMP	52
	0x0022 00034 (range_over_func.go:6)	MOVQ	main.i+16(SP), DX
	0x0027 00039 (range_over_func.go:6)	INCQ	DX
	0x002a 00042 (range_over_func.go:7)	MOVQ	main.yield+40(SP), AX
	0x002f 00047 (range_over_func.go:6)	MOVQ	main.n+8(SP), CX
	0x0034 00052 (range_over_func.go:6)	CMPQ	DX, CX
	0x0037 00055 (range_over_func.go:6)	JGE	86
	0x0039 00057 (range_over_func.go:6)	MOVQ	DX, main.i+16(SP)
	0x003e 00062 (range_over_func.go:7)	MOVQ	(AX), CX
	0x0041 00065 (range_over_func.go:6)	MOVQ	AX, BX
	0x0044 00068 (range_over_func.go:7)	MOVQ	DX, AX
	0x0047 00071 (range_over_func.go:7)	MOVQ	BX, DX
	0x004a 00074 (range_over_func.go:7)	PCDATA	$1, $0
	0x004a 00074 (range_over_func.go:7)	CALL	CX
	0x004c 00076 (range_over_func.go:7)	TESTB	AL, AL
	0x004e 00078 (range_over_func.go:7)	JNE	34
	0x0050 00080 (range_over_func.go:8)	ADDQ	$24, SP
	0x0054 00084 (range_over_func.go:8)	POPQ	BP
	0x0055 00085 (range_over_func.go:8)	RET
	0x0056 00086 (range_over_func.go:11)	ADDQ	$24, SP
	0x005a 00090 (range_over_func.go:11)	POPQ	BP
	0x005b 00091 (range_over_func.go:11)	RET
	0x005c 00092 (range_over_func.go:11)	NOP
	0x005c 00092 (range_over_func.go:5)	PCDATA	$1, $-1
	0x005c 00092 (range_over_func.go:5)	PCDATA	$0, $-2
	0x005c 00092 (range_over_func.go:5)	MOVQ	AX, 8(SP)
	0x0061 00097 (range_over_func.go:5)	CALL	runtime.morestack(SB)
	0x0066 00102 (range_over_func.go:5)	PCDATA	$0, $-1
	0x0066 00102 (range_over_func.go:5)	MOVQ	8(SP), AX
	0x006b 00107 (range_over_func.go:5)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 18 48 89  I;f.vVUH..H...H.
	0x0010 44 24 28 48 8b 4a 08 48 89 4c 24 08 31 d2 66 90  D$(H.J.H.L$.1.f.
	0x0020 eb 12 48 8b 54 24 10 48 ff c2 48 8b 44 24 28 48  ..H.T$.H..H.D$(H
	0x0030 8b 4c 24 08 48 39 ca 7d 1d 48 89 54 24 10 48 8b  .L$.H9.}.H.T$.H.
	0x0040 08 48 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2  .H..H..H......u.
	0x0050 48 83 c4 18 5d c3 48 83 c4 18 5d c3 48 89 44 24  H...].H...].H.D$
	0x0060 08 e8 00 00 00 00 48 8b 44 24 08 eb 93           ......H.D$...
	rel 74+0 t=R_CALLIND +0
	rel 98+4 t=R_CALL runtime.morestack+0
main.Enumerate STEXT size=159 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (range_over_func.go:14)	TEXT	main.Enumerate(SB), ABIInternal, $40-24
	0x0000 00000 (range_over_func.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:14)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:14)	JLS	119
	0x0006 00006 (range_over_func.go:14)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func.go:14)	PUSHQ	BP
	0x0007 00007 (range_over_func.go:14)	MOVQ	SP, BP
	0x000a 00010 (range_over_func.go:14)	SUBQ	$32, SP
	0x000e 00014 (range_over_func.go:14)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (range_over_func.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (range_over_func.go:14)	FUNCDATA	$5, main.Enumerate.arginfo1(SB)
	0x000e 00014 (range_over_func.go:14)	FUNCDATA	$6, main.Enumerate.argliveinfo(SB)
	0x000e 00014 (range_over_func.go:14)	PCDATA	$3, $1
	0x000e 00014 (range_over_func.go:15)	MOVQ	CX, main.xs+64(SP)
	0x0013 00019 (range_over_func.go:15)	MOVQ	BX, main.xs+56(SP)
	0x0018 00024 (range_over_func.go:15)	MOVQ	AX, main.xs+48(SP)
	0x001d 00029 (range_over_func.go:15)	PCDATA	$3, $-1
	0x001d 00029 (range_over_func.go:15)	MOVL	$32, AX
	0x0022 00034 (range_over_func.go:15)	LEAQ	type:noalg.struct { F uintptr; X0 []string }(SB), BX
	0x0029 00041 (range_over_func.go:15)	MOVL	$1, CX
	0x002e 00046 (range_over_func.go:15)	PCDATA	$1, $0
	0x002e 00046 (range_over_func.go:15)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
	0x0033 00051 (range_over_func.go:15)	LEAQ	main.Enumerate.func1(SB), DX
	0x003a 00058 (range_over_func.go:15)	MOVQ	DX, (AX)
	0x003d 00061 (range_over_func.go:15)	MOVQ	main.xs+56(SP), DX
	0x0042 00066 (range_over_func.go:15)	MOVQ	DX, 16(AX)
	0x0046 00070 (range_over_func.go:15)	MOVQ	main.xs+64(SP), DX
	0x004b 00075 (range_over_func.go:15)	MOVQ	DX, 24(AX)
	0x004f 00079 (range_over_func.go:15)	CMPL	runtime.writeBarrier(SB), $0
	0x0056 00086 (range_over_func.go:15)	PCDATA	$0, $-2
	0x0056 00086 (range_over_func.go:15)	JNE	96
	0x0058 00088 (range_over_func.go:15)	MOVQ	main.xs+48(SP), CX
	0x005d 00093 (range_over_func.go:15)	JMP	109
	0x005f 00095 (range_over_func.go:15)	NOP
	0x0060 00096 (range_over_func.go:15)	CALL	runtime.gcWriteBarrier1(SB)
	0x0065 00101 (range_over_func.go:15)	MOVQ	main.xs+48(SP), CX
	0x006a 00106 (range_over_func.go:15)	MOVQ	CX, (R11)
	0x006d 00109 (range_over_func.go:15)	MOVQ	CX, 8(AX)
	0x0071 00113 (range_over_func.go:15)	PCDATA	$0, $-1
	0x0071 00113 (range_over_func.go:15)	ADDQ	$32, SP
	0x0075 00117 (range_over_func.go:15)	POPQ	BP
	0x0076 00118 (range_over_func.go:15)	RET
	0x0077 00119 (range_over_func.go:15)	NOP
	0x0077 00119 (range_over_func.go:14)	PCDATA	$1, $-1
	0x0077 00119 (range_over_func.go:14)	PCDATA	$0, $-2
	0x0077 00119 (range_over_func.go:14)	MOVQ	AX, 8(SP)
	0x007c 00124 (range_over_func.go:14)	MOVQ	BX, 16(SP)
	0x0081 00129 (range_over_func.go:14)	MOVQ	CX, 24(SP)
	0x0086 00134 (range_over_func.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x008b 00139 (range_over_func.go:14)	PCDATA	$0, $-1
	0x008b 00139 (range_over_func.go:14)	MOVQ	8(SP), AX
	0x0090 00144 (range_over_func.go:14)	MOVQ	16(SP), BX
	0x0095 00149 (range_over_func.go:14)	MOVQ	24(SP), CX
	0x009a 00154 (range_over_func.go:14)	JMP	0
	0x0000 49 3b 66 10 76 71 55 48 89 e5 48 83 ec 20 48 89  I;f.vqUH..H.. H.
	0x0010 4c 24 40 48 89 5c 24 38 48 89 44 24 30 b8 20 00  L$@H.\$8H.D$0. .
	0x0020 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00  ..H.............
	0x0030 00 00 00 48 8d 15 00 00 00 00 48 89 10 48 8b 54  ...H......H..H.T
	0x0040 24 38 48 89 50 10 48 8b 54 24 40 48 89 50 18 83  $8H.P.H.T$@H.P..
	0x0050 3d 00 00 00 00 00 75 08 48 8b 4c 24 30 eb 0e 90  =.....u.H.L$0...
	0x0060 e8 00 00 00 00 48 8b 4c 24 30 49 89 0b 48 89 48  .....H.L$0I..H.H
	0x0070 08 48 83 c4 20 5d c3 48 89 44 24 08 48 89 5c 24  .H.. ].H.D$.H.\$
	0x0080 10 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08  .H.L$......H.D$.
	0x0090 48 8b 5c 24 10 48 8b 4c 24 18 e9 61 ff ff ff     H.\$.H.L$..a...
	rel 37+4 t=R_PCREL type:noalg.struct { F uintptr; X0 []string }+0
	rel 47+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC4+0
	rel 54+4 t=R_PCREL main.Enumerate.func1+0
	rel 81+4 t=R_PCREL runtime.writeBarrier+-1
	rel 97+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 135+4 t=R_CALL runtime.morestack_noctxt+0
main.Enumerate.func1 STEXT size=136 align=0x0 args=0x8 locals=0x38 funcid=0x0
	0x0000 00000 (range_over_func.go:15)	TEXT	main.Enumerate.func1(SB), NEEDCTXT|ABIInternal, $56-8
	0x0000 00000 (range_over_func.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:15)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:15)	JLS	116
	0x0006 00006 (range_over_func.go:15)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func.go:15)	PUSHQ	BP
	0x0007 00007 (range_over_func.go:15)	MOVQ	SP, BP
	0x000a 00010 (range_over_func.go:15)	SUBQ	$48, SP
	0x000e 00014 (range_over_func.go:15)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x000e 00014 (range_over_func.go:15)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x000e 00014 (range_over_func.go:15)	FUNCDATA	$5, main.Enumerate.func1.arginfo1(SB)
	0x000e 00014 (range_over_func.go:15)	FUNCDATA	$6, main.Enumerate.func1.argliveinfo(SB)
	0x000e 00014 (range_over_func.go:15)	PCDATA	$3, $1
	0x000e 00014 (range_over_func.go:16)	MOVQ	AX, main.yield+64(SP)
	0x0013 00019 (range_over_func.go:16)	PCDATA	$3, $-1
	0x0013 00019 (range_over_func.go:15)	MOVQ	8(DX), SI
	0x0017 00023 (range_over_func.go:15)	MOVQ	16(DX), DI
	0x001b 00027 (range_over_func.go:15)	MOVQ	DI, main.xs.len+24(SP)
	0x0020 00032 (range_over_func.go:16)	XORL	CX, CX
	0x0022 00034 (range_over_func.go:16)	JMP	64
	0x0024 00036 (range_over_func.go:16)	MOVQ	main..autotmp_15+40(SP), SI
	0x0029 00041 (range_over_func.go:16)	ADDQ	$16, SI
	0x002d 00045 (range_over_func.go:16)	MOVQ	main.i+32(SP), CX
	0x0032 00050 (range_over_func.go:16)	INCQ	CX
	0x0035 00053 (range_over_func.go:17)	MOVQ	main.yield+64(SP), AX
	0x003a 00058 (range_over_func.go:16)	MOVQ	main.xs.len+24(SP), DI
	0x003f 00063 (range_over_func.go:16)	NOP
	0x0040 00064 (range_over_func.go:16)	CMPQ	CX, DI
	0x0043 00067 (range_over_func.go:16)	JGE	110
	0x0045 00069 (range_over_func.go:16)	MOVQ	CX, main.i+32(SP)
	0x004a 00074 (range_over_func.go:16)	MOVQ	SI, main..autotmp_15+40(SP)
	0x004f 00079 (range_over_func.go:16)	MOVQ	(SI), BX
	0x0052 00082 (range_over_func.go:16)	MOVQ	8(SI), SI
	0x0056 00086 (range_over_func.go:17)	MOVQ	(AX), DI
	0x0059 00089 (range_over_func.go:17)	MOVQ	AX, DX
	0x005c 00092 (range_over_func.go:17)	MOVQ	CX, AX
	0x005f 00095 (range_over_func.go:17)	MOVQ	SI, CX
	0x0062 00098 (range_over_func.go:17)	PCDATA	$1, $1
	0x0062 00098 (range_over_func.go:17)	CALL	DI
	0x0064 00100 (range_over_func.go:17)	TESTB	AL, AL
	0x0066 00102 (range_over_func.go:17)	JNE	36
	0x0068 00104 (range_over_func.go:18)	ADDQ	$48, SP
	0x006c 00108 (range_over_func.go:18)	POPQ	BP
	0x006d 00109 (range_over_func.go:18)	RET
	0x006e 00110 (range_over_func.go:21)	ADDQ	$48, SP
	0x0072 00114 (range_over_func.go:21)	POPQ	BP
	0x0073 00115 (range_over_func.go:21)	RET
	0x0074 00116 (range_over_func.go:21)	NOP
	0x0074 00116 (range_over_func.go:15)	PCDATA	$1, $-1
	0x0074 00116 (range_over_func.go:15)	PCDATA	$0, $-2
	0x0074 00116 (range_over_func.go:15)	MOVQ	AX, 8(SP)
	0x0079 00121 (range_over_func.go:15)	CALL	runtime.morestack(SB)
	0x007e 00126 (range_over_func.go:15)	PCDATA	$0, $-1
	0x007e 00126 (range_over_func.go:15)	MOVQ	8(SP), AX
	0x0083 00131 (range_over_func.go:15)	JMP	0
	0x0000 49 3b 66 10 76 6e 55 48 89 e5 48 83 ec 30 48 89  I;f.vnUH..H..0H.
	0x0010 44 24 40 48 8b 72 08 48 8b 7a 10 48 89 7c 24 18  D$@H.r.H.z.H.|$.
	0x0020 31 c9 eb 1c 48 8b 74 24 28 48 83 c6 10 48 8b 4c  1...H.t$(H...H.L
	0x0030 24 20 48 ff c1 48 8b 44 24 40 48 8b 7c 24 18 90  $ H..H.D$@H.|$..
	0x0040 48 39 f9 7d 29 48 89 4c 24 20 48 89 74 24 28 48  H9.})H.L$ H.t$(H
	0x0050 8b 1e 48 8b 76 08 48 8b 38 48 89 c2 48 89 c8 48  ..H.v.H.8H..H..H
	0x0060 89 f1 ff d7 84 c0 75 bc 48 83 c4 30 5d c3 48 83  ......u.H..0].H.
	0x0070 c4 30 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b  .0].H.D$......H.
	0x0080 44 24 08 e9 78 ff ff ff                          D$..x...
	rel 98+0 t=R_CALLIND +0
	rel 122+4 t=R_CALL runtime.morestack+0
main.Filter STEXT size=148 align=0x0 args=0x10 locals=0x28 funcid=0x0
	0x0000 00000 (range_over_func.go:24)	TEXT	main.Filter(SB), ABIInternal, $40-16
	0x0000 00000 (range_over_func.go:24)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:24)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:24)	JLS	114
	0x0006 00006 (range_over_func.go:24)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func.go:24)	PUSHQ	BP
	0x0007 00007 (range_over_func.go:24)	MOVQ	SP, BP
	0x000a 00010 (range_over_func.go:24)	SUBQ	$32, SP
	0x000e 00014 (range_over_func.go:24)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (range_over_func.go:24)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (range_over_func.go:24)	FUNCDATA	$5, main.Filter.arginfo1(SB)
	0x000e 00014 (range_over_func.go:24)	FUNCDATA	$6, main.Filter.argliveinfo(SB)
	0x000e 00014 (range_over_func.go:24)	PCDATA	$3, $1
	0x000e 00014 (range_over_func.go:25)	MOVQ	AX, main.seq+48(SP)
	0x0013 00019 (range_over_func.go:25)	MOVQ	BX, main.pred+56(SP)
	0x0018 00024 (range_over_func.go:25)	PCDATA	$3, $-1
	0x0018 00024 (range_over_func.go:25)	MOVL	$24, AX
	0x001d 00029 (range_over_func.go:25)	LEAQ	type:noalg.struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) }(SB), BX
	0x0024 00036 (range_over_func.go:25)	MOVL	$1, CX
	0x0029 00041 (range_over_func.go:25)	PCDATA	$1, $0
	0x0029 00041 (range_over_func.go:25)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x002e 00046 (range_over_func.go:25)	LEAQ	main.Filter.func1(SB), DX
	0x0035 00053 (range_over_func.go:25)	MOVQ	DX, (AX)
	0x0038 00056 (range_over_func.go:25)	CMPL	runtime.writeBarrier(SB), $0
	0x003f 00063 (range_over_func.go:25)	PCDATA	$0, $-2
	0x003f 00063 (range_over_func.go:25)	NOP
	0x0040 00064 (range_over_func.go:25)	JNE	78
	0x0042 00066 (range_over_func.go:25)	MOVQ	main.pred+56(SP), CX
	0x0047 00071 (range_over_func.go:25)	MOVQ	main.seq+48(SP), DX
	0x004c 00076 (range_over_func.go:25)	JMP	100
	0x004e 00078 (range_over_func.go:25)	CALL	runtime.gcWriteBarrier2(SB)
	0x0053 00083 (range_over_func.go:25)	MOVQ	main.pred+56(SP), CX
	0x0058 00088 (range_over_func.go:25)	MOVQ	CX, (R11)
	0x005b 00091 (range_over_func.go:25)	MOVQ	main.seq+48(SP), DX
	0x0060 00096 (range_over_func.go:25)	MOVQ	DX, 8(R11)
	0x0064 00100 (range_over_func.go:25)	MOVQ	CX, 8(AX)
	0x0068 00104 (range_over_func.go:25)	MOVQ	DX, 16(AX)
	0x006c 00108 (range_over_func.go:25)	PCDATA	$0, $-1
	0x006c 00108 (range_over_func.go:25)	ADDQ	$32, SP
	0x0070 00112 (range_over_func.go:25)	POPQ	BP
	0x0071 00113 (range_over_func.go:25)	RET
	0x0072 00114 (range_over_func.go:25)	NOP
	0x0072 00114 (range_over_func.go:24)	PCDATA	$1, $-1
	0x0072 00114 (range_over_func.go:24)	PCDATA	$0, $-2
	0x0072 00114 (range_over_func.go:24)	MOVQ	AX, 8(SP)
	0x0077 00119 (range_over_func.go:24)	MOVQ	BX, 16(SP)
	0x007c 00124 (range_over_func.go:24)	NOP
	0x0080 00128 (range_over_func.go:24)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (range_over_func.go:24)	PCDATA	$0, $-1
	0x0085 00133 (range_over_func.go:24)	MOVQ	8(SP), AX
	0x008a 00138 (range_over_func.go:24)	MOVQ	16(SP), BX
	0x008f 00143 (range_over_func.go:24)	JMP	0
	0x0000 49 3b 66 10 76 6c 55 48 89 e5 48 83 ec 20 48 89  I;f.vlUH..H.. H.
	0x0010 44 24 30 48 89 5c 24 38 b8 18 00 00 00 48 8d 1d  D$0H.\$8.....H..
	0x0020 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48 8d  ..............H.
	0x0030 15 00 00 00 00 48 89 10 83 3d 00 00 00 00 00 90  .....H...=......
	0x0040 75 0c 48 8b 4c 24 38 48 8b 54 24 30 eb 16 e8 00  u.H.L$8H.T$0....
	0x0050 00 00 00 48 8b 4c 24 38 49 89 0b 48 8b 54 24 30  ...H.L$8I..H.T$0
	0x0060 49 89 53 08 48 89 48 08 48 89 50 10 48 83 c4 20  I.S.H.H.H.P.H.. 
	0x0070 5d c3 48 89 44 24 08 48 89 5c 24 10 0f 1f 40 00  ].H.D$.H.\$...@.
	0x0080 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 e9  .....H.D$.H.\$..
	0x0090 6c ff ff ff                                      l...
	rel 32+4 t=R_PCREL type:noalg.struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) }+0
	rel 42+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 49+4 t=R_PCREL main.Filter.func1+0
	rel 58+4 t=R_PCREL runtime.writeBarrier+-1
	rel 79+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 129+4 t=R_CALL runtime.morestack_noctxt+0
main.Filter.func1 STEXT size=261 align=0x0 args=0x8 locals=0x40 funcid=0x0
	0x0000 00000 (range_over_func.go:25)	TEXT	main.Filter.func1(SB), NEEDCTXT|ABIInternal, $64-8
	0x0000 00000 (range_over_func.go:25)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:25)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:25)	JLS	238
	0x000a 00010 (range_over_func.go:25)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func.go:25)	PUSHQ	BP
	0x000b 00011 (range_over_func.go:25)	MOVQ	SP, BP
	0x000e 00014 (range_over_func.go:25)	SUBQ	$56, SP
	0x0012 00018 (range_over_func.go:25)	FUNCDATA	$0, gclocals·XiTExj79muetu+S/yRlJ0g==(SB)
	0x0012 00018 (range_over_func.go:25)	FUNCDATA	$1, gclocals·rt5re7FYvD6w/q1TE0UzpQ==(SB)
	0x0012 00018 (range_over_func.go:25)	FUNCDATA	$5, main.Filter.func1.arginfo1(SB)
	0x0012 00018 (range_over_func.go:25)	FUNCDATA	$6, main.Filter.func1.argliveinfo(SB)
	0x0012 00018 (range_over_func.go:25)	PCDATA	$3, $1
	0x0012 00018 (range_over_func.go:30)	MOVQ	AX, main.yield+72(SP)
	0x0017 00023 (range_over_func.go:30)	PCDATA	$3, $-1
	0x0017 00023 (range_over_func.go:25)	MOVQ	16(DX), SI
	0x001b 00027 (range_over_func.go:25)	MOVQ	SI, main.seq+32(SP)
	0x0020 00032 (range_over_func.go:25)	MOVQ	8(DX), DX
	0x0024 00036 (range_over_func.go:25)	MOVQ	DX, main.pred+40(SP)
	0x0029 00041 (range_over_func.go:26)	MOVL	$16, AX
	0x002e 00046 (range_over_func.go:26)	XORL	BX, BX
	0x0030 00048 (range_over_func.go:26)	MOVL	$1, CX
	0x0035 00053 (range_over_func.go:26)	PCDATA	$1, $1
	0x0035 00053 (range_over_func.go:26)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x003a 00058 (range_over_func.go:26)	MOVQ	AX, main..autotmp_9+48(SP)
	0x003f 00063 (range_over_func.go:26)	MOVQ	$1, 8(AX)
	0x0047 00071 (range_over_func.go:26)	MOVL	$40, AX
	0x004c 00076 (range_over_func.go:26)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int }(SB), BX
	0x0053 00083 (range_over_func.go:26)	MOVL	$1, CX
	0x0058 00088 (range_over_func.go:26)	PCDATA	$1, $2
	0x0058 00088 (range_over_func.go:26)	CALL	runtime.mallocgcSmallScanNoHeaderSC5(SB)
	0x005d 00093 (range_over_func.go:26)	LEAQ	main.Filter.func1-range1(SB), DX
	0x0064 00100 (range_over_func.go:26)	MOVQ	DX, (AX)
	0x0067 00103 (range_over_func.go:26)	MOVQ	main..autotmp_9+48(SP), DX
	0x006c 00108 (range_over_func.go:26)	LEAQ	8(DX), SI
	0x0070 00112 (range_over_func.go:26)	CMPL	runtime.writeBarrier(SB), $0
	0x0077 00119 (range_over_func.go:26)	PCDATA	$0, $-2
	0x0077 00119 (range_over_func.go:26)	JNE	133
	0x0079 00121 (range_over_func.go:26)	MOVQ	main.pred+40(SP), CX
	0x007e 00126 (range_over_func.go:26)	MOVQ	main.yield+72(SP), BX
	0x0083 00131 (range_over_func.go:26)	JMP	163
	0x0085 00133 (range_over_func.go:26)	CALL	runtime.gcWriteBarrier4(SB)
	0x008a 00138 (range_over_func.go:26)	MOVQ	SI, (R11)
	0x008d 00141 (range_over_func.go:26)	MOVQ	main.pred+40(SP), CX
	0x0092 00146 (range_over_func.go:26)	MOVQ	CX, 8(R11)
	0x0096 00150 (range_over_func.go:26)	MOVQ	main.yield+72(SP), BX
	0x009b 00155 (range_over_func.go:26)	MOVQ	BX, 16(R11)
	0x009f 00159 (range_over_func.go:26)	MOVQ	DX, 24(R11)
	0x00a3 00163 (range_over_func.go:26)	MOVQ	SI, 8(AX)
	0x00a7 00167 (range_over_func.go:26)	MOVQ	CX, 16(AX)
	0x00ab 00171 (range_over_func.go:26)	MOVQ	BX, 24(AX)
	0x00af 00175 (range_over_func.go:26)	MOVQ	DX, 32(AX)
	0x00b3 00179 (range_over_func.go:26)	PCDATA	$0, $-1
	0x00b3 00179 (range_over_func.go:26)	MOVQ	main.seq+32(SP), DX
	0x00b8 00184 (range_over_func.go:26)	MOVQ	(DX), CX
	0x00bb 00187 (range_over_func.go:26)	PCDATA	$1, $3
	0x00bb 00187 (range_over_func.go:26)	CALL	CX
	0x00bd 00189 (range_over_func.go:30)	MOVQ	main..autotmp_9+48(SP), CX
	0x00c2 00194 (range_over_func.go:30)	CMPQ	8(CX), $2
	0x00c7 00199 (range_over_func.go:30)	JEQ	227
	0x00c9 00201 (range_over_func.go:30)	MOVQ	$3, 8(CX)
	0x00d1 00209 (range_over_func.go:30)	CMPQ	(CX), $-1
	0x00d5 00213 (range_over_func.go:30)	JNE	221
	0x00d7 00215 (range_over_func.go:30)	ADDQ	$56, SP
	0x00db 00219 (range_over_func.go:30)	POPQ	BP
	0x00dc 00220 (range_over_func.go:30)	RET
	0x00dd 00221 (range_over_func.go:31)	ADDQ	$56, SP
	0x00e1 00225 (range_over_func.go:31)	POPQ	BP
	0x00e2 00226 (range_over_func.go:31)	RET
	0x00e3 00227 (range_over_func.go:30)	MOVL	$4, AX
	0x00e8 00232 (range_over_func.go:30)	PCDATA	$1, $4
	0x00e8 00232 (range_over_func.go:30)	CALL	runtime.panicrangestate(SB)
	0x00ed 00237 (range_over_func.go:30)	XCHGL	AX, AX
	0x00ee 00238 (range_over_func.go:30)	NOP
	0x00ee 00238 (range_over_func.go:25)	PCDATA	$1, $-1
	0x00ee 00238 (range_over_func.go:25)	PCDATA	$0, $-2
	0x00ee 00238 (range_over_func.go:25)	MOVQ	AX, 8(SP)
	0x00f3 00243 (range_over_func.go:25)	CALL	runtime.morestack(SB)
	0x00f8 00248 (range_over_func.go:25)	PCDATA	$0, $-1
	0x00f8 00248 (range_over_func.go:25)	MOVQ	8(SP), AX
	0x00fd 00253 (range_over_func.go:25)	NOP
	0x0100 00256 (range_over_func.go:25)	JMP	0
	0x0000 49 3b 66 10 0f 86 e4 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 48 89 44 24 48 48 8b 72 10 48 89 74 24 20  .8H.D$HH.r.H.t$ 
	0x0020 48 8b 52 08 48 89 54 24 28 b8 10 00 00 00 31 db  H.R.H.T$(.....1.
	0x0030 b9 01 00 00 00 e8 00 00 00 00 48 89 44 24 30 48  ..........H.D$0H
	0x0040 c7 40 08 01 00 00 00 b8 28 00 00 00 48 8d 1d 00  .@......(...H...
	0x0050 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48 8d 15  .............H..
	0x0060 00 00 00 00 48 89 10 48 8b 54 24 30 48 8d 72 08  ....H..H.T$0H.r.
	0x0070 83 3d 00 00 00 00 00 75 0c 48 8b 4c 24 28 48 8b  .=.....u.H.L$(H.
	0x0080 5c 24 48 eb 1e e8 00 00 00 00 49 89 33 48 8b 4c  \$H.......I.3H.L
	0x0090 24 28 49 89 4b 08 48 8b 5c 24 48 49 89 5b 10 49  $(I.K.H.\$HI.[.I
	0x00a0 89 53 18 48 89 70 08 48 89 48 10 48 89 58 18 48  .S.H.p.H.H.H.X.H
	0x00b0 89 50 20 48 8b 54 24 20 48 8b 0a ff d1 48 8b 4c  .P H.T$ H....H.L
	0x00c0 24 30 48 83 79 08 02 74 1a 48 c7 41 08 03 00 00  $0H.y..t.H.A....
	0x00d0 00 48 83 39 ff 75 06 48 83 c4 38 5d c3 48 83 c4  .H.9.u.H..8].H..
	0x00e0 38 5d c3 b8 04 00 00 00 e8 00 00 00 00 90 48 89  8]............H.
	0x00f0 44 24 08 e8 00 00 00 00 48 8b 44 24 08 0f 1f 00  D$......H.D$....
	0x0100 e9 fb fe ff ff                                   .....
	rel 54+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 79+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int }+0
	rel 89+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC5+0
	rel 96+4 t=R_PCREL main.Filter.func1-range1+0
	rel 114+4 t=R_PCREL runtime.writeBarrier+-1
	rel 134+4 t=R_CALL runtime.gcWriteBarrier4+0
	rel 187+0 t=R_CALLIND +0
	rel 233+4 t=R_CALL runtime.panicrangestate+0
	rel 244+4 t=R_CALL runtime.morestack+0
main.Filter.func1-range1 STEXT size=186 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (range_over_func.go:26)	TEXT	main.Filter.func1-range1(SB), NEEDCTXT|ABIInternal, $40-8
	0x0000 00000 (range_over_func.go:26)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:26)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:26)	JLS	166
	0x000a 00010 (range_over_func.go:26)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func.go:26)	PUSHQ	BP
	0x000b 00011 (range_over_func.go:26)	MOVQ	SP, BP
	0x000e 00014 (range_over_func.go:26)	SUBQ	$32, SP
	0x0012 00018 (range_over_func.go:26)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (range_over_func.go:26)	FUNCDATA	$1, gclocals·mebMOeRFbxp/67ataQQfIA==(SB)
	0x0012 00018 (range_over_func.go:26)	FUNCDATA	$5, main.Filter.func1-range1.arginfo1(SB)
	0x0012 00018 (range_over_func.go:26)	FUNCDATA	$6, main.Filter.func1-range1.argliveinfo(SB)
	0x0012 00018 (range_over_func.go:26)	PCDATA	$3, $1
	0x0012 00018 (range_over_func.go:26)	MOVQ	8(DX), CX
	0x0016 00022 (range_over_func.go:26)	MOVQ	(CX), BX
	0x0019 00025 (range_over_func.go:26)	MOVQ	16(DX), SI
	0x001d 00029 (range_over_func.go:26)	MOVQ	24(DX), DI
	0x0021 00033 (range_over_func.go:26)	MOVQ	32(DX), R8
	0x0025 00037 (range_over_func.go:26)	MOVQ	$2, (CX)
	0x002c 00044 (range_over_func.go:26)	CMPQ	BX, $1
	0x0030 00048 (range_over_func.go:26)	JNE	157
	0x0032 00050 (range_over_func.go:26)	MOVQ	AX, main.v+48(SP)
	0x0037 00055 (range_over_func.go:26)	PCDATA	$3, $-1
	0x0037 00055 (range_over_func.go:26)	MOVQ	CX, main.&#state1+16(SP)
	0x003c 00060 (range_over_func.go:26)	MOVQ	DI, main.yield+8(SP)
	0x0041 00065 (range_over_func.go:26)	MOVQ	R8, main.&#next+24(SP)
	0x0046 00070 (range_over_func.go:27)	MOVQ	(SI), CX
	0x0049 00073 (range_over_func.go:27)	MOVQ	SI, DX
	0x004c 00076 (range_over_func.go:27)	PCDATA	$1, $1
	0x004c 00076 (range_over_func.go:27)	CALL	CX
	0x004e 00078 (range_over_func.go:27)	TESTB	AL, AL
	0x0050 00080 (range_over_func.go:27)	JEQ	102
	0x0052 00082 (range_over_func.go:27)	MOVQ	main.yield+8(SP), DX
	0x0057 00087 (range_over_func.go:27)	MOVQ	(DX), CX
	0x005a 00090 (range_over_func.go:27)	MOVQ	main.v+48(SP), AX
	0x005f 00095 (range_over_func.go:27)	PCDATA	$1, $2
	0x005f 00095 (range_over_func.go:27)	NOP
	0x0060 00096 (range_over_func.go:27)	CALL	CX
	0x0062 00098 (range_over_func.go:27)	TESTB	AL, AL
	0x0064 00100 (range_over_func.go:27)	JEQ	125
	0x0066 00102 (range_over_func.go:30)	MOVQ	main.&#state1+16(SP), CX
	0x006b 00107 (range_over_func.go:30)	MOVQ	$1, (CX)
	0x0072 00114 (range_over_func.go:30)	MOVL	$1, AX
	0x0077 00119 (range_over_func.go:30)	ADDQ	$32, SP
	0x007b 00123 (range_over_func.go:30)	POPQ	BP
	0x007c 00124 (range_over_func.go:30)	RET
	0x007d 00125 (range_over_func.go:28)	MOVQ	main.&#next+24(SP), CX
	0x0082 00130 (range_over_func.go:28)	MOVQ	$-1, (CX)
	0x0089 00137 (range_over_func.go:28)	MOVQ	main.&#state1+16(SP), CX
	0x008e 00142 (range_over_func.go:28)	MOVQ	$0, (CX)
	0x0095 00149 (range_over_func.go:28)	XORL	AX, AX
	0x0097 00151 (range_over_func.go:28)	ADDQ	$32, SP
	0x009b 00155 (range_over_func.go:28)	POPQ	BP
	0x009c 00156 (range_over_func.go:28)	RET
	0x009d 00157 (range_over_func.go:28)	PCDATA	$3, $1
	0x009d 00157 (range_over_func.go:26)	MOVQ	BX, AX
	0x00a0 00160 (range_over_func.go:26)	PCDATA	$1, $0
	0x00a0 00160 (range_over_func.go:26)	CALL	runtime.panicrangestate(SB)
	0x00a5 00165 (range_over_func.go:26)	XCHGL	AX, AX
	0x00a6 00166 (range_over_func.go:26)	NOP
	0x00a6 00166 (range_over_func.go:26)	PCDATA	$1, $-1
	0x00a6 00166 (range_over_func.go:26)	PCDATA	$0, $-2
	0x00a6 00166 (range_over_func.go:26)	MOVQ	AX, 8(SP)
	0x00ab 00171 (range_over_func.go:26)	CALL	runtime.morestack(SB)
	0x00b0 00176 (range_over_func.go:26)	PCDATA	$0, $-1
	0x00b0 00176 (range_over_func.go:26)	MOVQ	8(SP), AX
	0x00b5 00181 (range_over_func.go:26)	JMP	0
	0x0000 49 3b 66 10 0f 86 9c 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 48 8b 4a 08 48 8b 19 48 8b 72 10 48 8b 7a  . H.J.H..H.r.H.z
	0x0020 18 4c 8b 42 20 48 c7 01 02 00 00 00 48 83 fb 01  .L.B H......H...
	0x0030 75 6b 48 89 44 24 30 48 89 4c 24 10 48 89 7c 24  ukH.D$0H.L$.H.|$
	0x0040 08 4c 89 44 24 18 48 8b 0e 48 89 f2 ff d1 84 c0  .L.D$.H..H......
	0x0050 74 14 48 8b 54 24 08 48 8b 0a 48 8b 44 24 30 90  t.H.T$.H..H.D$0.
	0x0060 ff d1 84 c0 74 17 48 8b 4c 24 10 48 c7 01 01 00  ....t.H.L$.H....
	0x0070 00 00 b8 01 00 00 00 48 83 c4 20 5d c3 48 8b 4c  .......H.. ].H.L
	0x0080 24 18 48 c7 01 ff ff ff ff 48 8b 4c 24 10 48 c7  $.H......H.L$.H.
	0x0090 01 00 00 00 00 31 c0 48 83 c4 20 5d c3 48 89 d8  .....1.H.. ].H..
	0x00a0 e8 00 00 00 00 90 48 89 44 24 08 e8 00 00 00 00  ......H.D$......
	0x00b0 48 8b 44 24 08 e9 46 ff ff ff                    H.D$..F...
	rel 76+0 t=R_CALLIND +0
	rel 96+0 t=R_CALLIND +0
	rel 161+4 t=R_CALL runtime.panicrangestate+0
	rel 172+4 t=R_CALL runtime.morestack+0
main.firstOver STEXT size=158 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (range_over_func.go:35)	TEXT	main.firstOver(SB), ABIInternal, $16-8
	0x0000 00000 (range_over_func.go:35)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:35)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:35)	JLS	138
	0x000a 00010 (range_over_func.go:35)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func.go:35)	PUSHQ	BP
	0x000b 00011 (range_over_func.go:35)	MOVQ	SP, BP
	0x000e 00014 (range_over_func.go:35)	SUBQ	$8, SP
	0x0012 00018 (range_over_func.go:35)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (range_over_func.go:35)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (range_over_func.go:35)	FUNCDATA	$5, main.firstOver.arginfo1(SB)
	0x0012 00018 (range_over_func.go:35)	FUNCDATA	$6, main.firstOver.argliveinfo(SB)
	0x0012 00018 (range_over_func.go:35)	PCDATA	$3, $1
	0x0012 00018 (range_over_func.go:36)	XCHGL	AX, AX
	0x0013 00019 (range_over_func.go:6)	XORL	CX, CX
	0x0015 00021 (range_over_func.go:6)	MOVL	$1, DX
	0x001a 00026 (range_over_func.go:6)	XORL	BX, BX
	0x001c 00028 (range_over_func.go:6)	XORL	SI, SI
	0x001e 00030 (range_over_func.go:6)	NOP
	0x0020 00032 (range_over_func.go:6)	JMP	51
	0x0022 00034 (range_over_func.go:7)	SETGE	DIB
	0x0026 00038 (range_over_func.go:7)	MOVBLZX	DIB, DI
	0x002a 00042 (range_over_func.go:6)	INCQ	CX
	0x002d 00045 (range_over_func.go:6)	MOVQ	DX, BX
	0x0030 00048 (range_over_func.go:6)	MOVQ	DI, DX
	0x0033 00051 (range_over_func.go:6)	CMPQ	CX, $100
	0x0037 00055 (range_over_func.go:6)	JGE	98
	0x0039 00057 (<unknown line number>)	NOP
	0x0039 00057 (range_over_func.go:36)	CMPQ	DX, $1
	0x003d 00061 (range_over_func.go:36)	JNE	129
	0x003f 00063 (range_over_func.go:37)	MOVQ	CX, DX
	0x0042 00066 (range_over_func.go:37)	IMULQ	CX, CX
	0x0046 00070 (range_over_func.go:37)	CMPQ	AX, CX
	0x0049 00073 (range_over_func.go:37)	JGE	87
	0x004b 00075 (range_over_func.go:6)	MOVQ	DX, CX
	0x004e 00078 (range_over_func.go:6)	MOVQ	$-1, SI
	0x0055 00085 (range_over_func.go:7)	JMP	93
	0x0057 00087 (range_over_func.go:6)	MOVQ	DX, CX
	0x005a 00090 (range_over_func.go:7)	MOVQ	BX, DX
	0x005d 00093 (range_over_func.go:7)	JGE	34
	0x005f 00095 (range_over_func.go:7)	NOP
	0x0060 00096 (range_over_func.go:7)	JMP	101
	0x0062 00098 (range_over_func.go:40)	MOVQ	BX, DX
	0x0065 00101 (range_over_func.go:40)	CMPQ	SI, $-1
	0x0069 00105 (range_over_func.go:40)	JNE	116
	0x006b 00107 (range_over_func.go:40)	MOVQ	DX, AX
	0x006e 00110 (range_over_func.go:40)	ADDQ	$8, SP
	0x0072 00114 (range_over_func.go:40)	POPQ	BP
	0x0073 00115 (range_over_func.go:40)	RET
	0x0074 00116 (range_over_func.go:41)	MOVQ	$-1, AX
	0x007b 00123 (range_over_func.go:41)	ADDQ	$8, SP
	0x007f 00127 (range_over_func.go:41)	POPQ	BP
	0x0080 00128 (range_over_func.go:41)	RET
	0x0081 00129 (range_over_func.go:36)	MOVQ	DX, AX
	0x0084 00132 (range_over_func.go:36)	PCDATA	$1, $0
	0x0084 00132 (range_over_func.go:36)	CALL	runtime.panicrangestate(SB)
	0x0089 00137 (range_over_func.go:36)	XCHGL	AX, AX
	0x008a 00138 (range_over_func.go:36)	NOP
	0x008a 00138 (range_over_func.go:35)	PCDATA	$1, $-1
	0x008a 00138 (range_over_func.go:35)	PCDATA	$0, $-2
	0x008a 00138 (range_over_func.go:35)	MOVQ	AX, 8(SP)
	0x008f 00143 (range_over_func.go:35)	CALL	runtime.morestack_noctxt(SB)
	0x0094 00148 (range_over_func.go:35)	PCDATA	$0, $-1
	0x0094 00148 (range_over_func.go:35)	MOVQ	8(SP), AX
	0x0099 00153 (range_over_func.go:35)	JMP	0
	0x0000 49 3b 66 10 0f 86 80 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 08 90 31 c9 ba 01 00 00 00 31 db 31 f6 66 90  ...1......1.1.f.
	0x0020 eb 11 40 0f 9d c7 40 0f b6 ff 48 ff c1 48 89 d3  ..@...@...H..H..
	0x0030 48 89 fa 48 83 f9 64 7d 29 48 83 fa 01 75 42 48  H..H..d})H...uBH
	0x0040 89 ca 48 0f af c9 48 39 c8 7d 0c 48 89 d1 48 c7  ..H...H9.}.H..H.
	0x0050 c6 ff ff ff ff eb 06 48 89 d1 48 89 da 7d c3 90  .......H..H..}..
	0x0060 eb 03 48 89 da 48 83 fe ff 75 09 48 89 d0 48 83  ..H..H...u.H..H.
	0x0070 c4 08 5d c3 48 c7 c0 ff ff ff ff 48 83 c4 08 5d  ..].H......H...]
	0x0080 c3 48 89 d0 e8 00 00 00 00 90 48 89 44 24 08 e8  .H........H.D$..
	0x0090 00 00 00 00 48 8b 44 24 08 e9 62 ff ff ff        ....H.D$..b...
	rel 133+4 t=R_CALL runtime.panicrangestate+0
	rel 144+4 t=R_CALL runtime.morestack_noctxt+0
main.Count.func1#RMgI/RZtu4k=# STEXT size=109 align=0x0 args=0x8 locals=0x20 funcid=0x0
	0x0000 00000 (range_over_func.go:5)	TEXT	main.Count.func1#RMgI/RZtu4k=#(SB), NEEDCTXT|ABIInternal, $32-8
	0x0000 00000 (range_over_func.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:5)	JLS	92
	0x0006 00006 (range_over_func.go:5)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func.go:5)	PUSHQ	BP
	0x0007 00007 (range_over_func.go:5)	MOVQ	SP, BP
	0x000a 00010 (range_over_func.go:5)	SUBQ	$24, SP
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$5, main.Count.func1#RMgI/RZtu4k=#.arginfo1(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$6, main.Count.func1#RMgI/RZtu4k=#.argliveinfo(SB)
	0x000e 00014 (range_over_func.go:5)	PCDATA	$3, $1
	0x000e 00014 (range_over_func.go:6)	MOVQ	AX, main.yield+40(SP)
	0x0013 00019 (range_over_func.go:6)	PCDATA	$3, $-1
	0x0013 00019 (range_over_func.go:5)	MOVQ	8(DX), CX
	0x0017 00023 (range_over_func.go:5)	MOVQ	CX, main.n+8(SP)
	0x001c 00028 (range_over_func.go:5)	XORL	DX, DX
	0x001e 00030 (range_over_func.go:5)	NOP
	0x0020 00032 (range_over_func.go:6)	JMP	52
	0x0022 00034 (range_over_func.go:6)	MOVQ	main.i+16(SP), DX
	0x0027 00039 (range_over_func.go:6)	INCQ	DX
	0x002a 00042 (range_over_func.go:7)	MOVQ	main.yield+40(SP), AX
	0x002f 00047 (range_over_func.go:6)	MOVQ	main.n+8(SP), CX
	0x0034 00052 (range_over_func.go:6)	CMPQ	DX, CX
	0x0037 00055 (range_over_func.go:6)	JGE	86
	0x0039 00057 (range_over_func.go:6)	MOVQ	DX, main.i+16(SP)
	0x003e 00062 (range_over_func.go:7)	MOVQ	(AX), CX
	0x0041 00065 (range_over_func.go:6)	MOVQ	AX, BX
	0x0044 00068 (range_over_func.go:7)	MOVQ	DX, AX
	0x0047 00071 (range_over_func.go:7)	MOVQ	BX, DX
	0x004a 00074 (range_over_func.go:7)	PCDATA	$1, $0
	0x004a 00074 (range_over_func.go:7)	CALL	CX
	0x004c 00076 (range_over_func.go:7)	TESTB	AL, AL
	0x004e 00078 (range_over_func.go:7)	JNE	34
	0x0050 00080 (range_over_func.go:8)	ADDQ	$24, SP
	0x0054 00084 (range_over_func.go:8)	POPQ	BP
	0x0055 00085 (range_over_func.go:8)	RET
	0x0056 00086 (range_over_func.go:11)	ADDQ	$24, SP
	0x005a 00090 (range_over_func.go:11)	POPQ	BP
	0x005b 00091 (range_over_func.go:11)	RET
	0x005c 00092 (range_over_func.go:11)	NOP
	0x005c 00092 (range_over_func.go:5)	PCDATA	$1, $-1
	0x005c 00092 (range_over_func.go:5)	PCDATA	$0, $-2
	0x005c 00092 (range_over_func.go:5)	MOVQ	AX, 8(SP)
	0x0061 00097 (range_over_func.go:5)	CALL	runtime.morestack(SB)
	0x0066 00102 (range_over_func.go:5)	PCDATA	$0, $-1
	0x0066 00102 (range_over_func.go:5)	MOVQ	8(SP), AX
	0x006b 00107 (range_over_func.go:5)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 18 48 89  I;f.vVUH..H...H.
	0x0010 44 24 28 48 8b 4a 08 48 89 4c 24 08 31 d2 66 90  D$(H.J.H.L$.1.f.
	0x0020 eb 12 48 8b 54 24 10 48 ff c2 48 8b 44 24 28 48  ..H.T$.H..H.D$(H
	0x0030 8b 4c 24 08 48 39 ca 7d 1d 48 89 54 24 10 48 8b  .L$.H9.}.H.T$.H.
	0x0040 08 48 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2  .H..H..H......u.
	0x0050 48 83 c4 18 5d c3 48 83 c4 18 5d c3 48 89 44 24  H...].H...].H.D$
	0x0060 08 e8 00 00 00 00 48 8b 44 24 08 eb 93           ......H.D$...
	rel 74+0 t=R_CALLIND +0
	rel 98+4 t=R_CALL runtime.morestack+0
main.withDefer STEXT size=234 align=0x0 args=0x0 locals=0x58 funcid=0x0
	0x0000 00000 (range_over_func.go:44)	TEXT	main.withDefer(SB), ABIInternal, $88-0
	0x0000 00000 (range_over_func.go:44)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:44)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:44)	JLS	223
	0x000a 00010 (range_over_func.go:44)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func.go:44)	PUSHQ	BP
	0x000b 00011 (range_over_func.go:44)	MOVQ	SP, BP
	0x000e 00014 (range_over_func.go:44)	SUBQ	$80, SP
	0x0012 00018 (range_over_func.go:44)	MOVQ	X15, 72(SP)
	0x0019 00025 (range_over_func.go:44)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0019 00025 (range_over_func.go:44)	FUNCDATA	$1, gclocals·jqc6pV/XbHm22UFhfS17iQ==(SB)
	0x0019 00025 (range_over_func.go:44)	FUNCDATA	$2, main.withDefer.stkobj(SB)
	0x0019 00025 (range_over_func.go:44)	LEAQ	type:int(SB), AX
	0x0020 00032 (range_over_func.go:44)	PCDATA	$1, $1
	0x0020 00032 (range_over_func.go:44)	CALL	runtime.newobject(SB)
	0x0025 00037 (range_over_func.go:44)	MOVQ	AX, main.&out+72(SP)
	0x002a 00042 (range_over_func.go:45)	CALL	runtime.deferrangefunc(SB)
	0x002f 00047 (range_over_func.go:45)	MOVQ	$1, main.#state1+24(SP)
	0x0038 00056 (range_over_func.go:45)	LEAQ	main.withDefer-range1(SB), CX
	0x003f 00063 (range_over_func.go:45)	MOVQ	CX, main..autotmp_11+32(SP)
	0x0044 00068 (range_over_func.go:45)	LEAQ	main.#state1+24(SP), CX
	0x0049 00073 (range_over_func.go:45)	MOVQ	CX, main..autotmp_11+40(SP)
	0x004e 00078 (range_over_func.go:45)	MOVQ	main.&out+72(SP), CX
	0x0053 00083 (range_over_func.go:45)	MOVQ	CX, main..autotmp_11+48(SP)
	0x0058 00088 (range_over_func.go:45)	MOVQ	AX, main..autotmp_11+56(SP)
	0x005d 00093 (range_over_func.go:45)	MOVQ	BX, main..autotmp_11+64(SP)
	0x0062 00098 (<unknown line number>)	NOP
	0x0062 00098 (range_over_func.go:45)	XORL	AX, AX
	0x0064 00100 (range_over_func.go:6)	JMP	134
	0x0066 00102 (range_over_func.go:49)	CALL	runtime.deferreturn(SB)
	0x006b 00107 (range_over_func.go:45)	MOVQ	main.&out+72(SP), AX
	0x0070 00112 (range_over_func.go:45)	MOVQ	(AX), AX
	0x0073 00115 (range_over_func.go:49)	ADDQ	$80, SP
	0x0077 00119 (range_over_func.go:49)	POPQ	BP
	0x0078 00120 (range_over_func.go:49)	RET
	0x0079 00121 (range_over_func.go:6)	MOVQ	main.i+16(SP), AX
	0x007e 00126 (range_over_func.go:6)	INCQ	AX
	0x0081 00129 (range_over_func.go:48)	MOVQ	main.&out+72(SP), CX
	0x0086 00134 (range_over_func.go:6)	CMPQ	AX, $3
	0x008a 00138 (range_over_func.go:6)	JGE	169
	0x008c 00140 (range_over_func.go:6)	MOVQ	AX, main.i+16(SP)
	0x0091 00145 (range_over_func.go:7)	MOVQ	main..autotmp_11+32(SP), CX
	0x0096 00150 (range_over_func.go:7)	LEAQ	main..autotmp_11+32(SP), DX
	0x009b 00155 (range_over_func.go:7)	PCDATA	$1, $2
	0x009b 00155 (range_over_func.go:7)	CALL	CX
	0x009d 00157 (range_over_func.go:7)	NOP
	0x00a0 00160 (range_over_func.go:7)	TESTB	AL, AL
	0x00a2 00162 (range_over_func.go:7)	JNE	121
	0x00a4 00164 (range_over_func.go:48)	MOVQ	main.&out+72(SP), CX
	0x00a9 00169 (range_over_func.go:47)	CMPQ	main.#state1+24(SP), $2
	0x00af 00175 (range_over_func.go:47)	JEQ	212
	0x00b1 00177 (range_over_func.go:47)	MOVQ	$3, main.#state1+24(SP)
	0x00ba 00186 (range_over_func.go:48)	MOVQ	$0, (CX)
	0x00c1 00193 (range_over_func.go:49)	PCDATA	$1, $1
	0x00c1 00193 (range_over_func.go:49)	CALL	runtime.deferreturn(SB)
	0x00c6 00198 (range_over_func.go:48)	MOVQ	main.&out+72(SP), AX
	0x00cb 00203 (range_over_func.go:48)	MOVQ	(AX), AX
	0x00ce 00206 (range_over_func.go:49)	ADDQ	$80, SP
	0x00d2 00210 (range_over_func.go:49)	POPQ	BP
	0x00d3 00211 (range_over_func.go:49)	RET
	0x00d4 00212 (range_over_func.go:47)	MOVL	$4, AX
	0x00d9 00217 (range_over_func.go:47)	CALL	runtime.panicrangestate(SB)
	0x00de 00222 (range_over_func.go:47)	XCHGL	AX, AX
	0x00df 00223 (range_over_func.go:47)	NOP
	0x00df 00223 (range_over_func.go:44)	PCDATA	$1, $-1
	0x00df 00223 (range_over_func.go:44)	PCDATA	$0, $-2
	0x00df 00223 (range_over_func.go:44)	NOP
	0x00e0 00224 (range_over_func.go:44)	CALL	runtime.morestack_noctxt(SB)
	0x00e5 00229 (range_over_func.go:44)	PCDATA	$0, $-1
	0x00e5 00229 (range_over_func.go:44)	JMP	0
	0x0000 49 3b 66 10 0f 86 d5 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 50 66 44 0f d6 7c 24 48 48 8d 05 00 00 00 00  .PfD..|$HH......
	0x0020 e8 00 00 00 00 48 89 44 24 48 e8 00 00 00 00 48  .....H.D$H.....H
	0x0030 c7 44 24 18 01 00 00 00 48 8d 0d 00 00 00 00 48  .D$.....H......H
	0x0040 89 4c 24 20 48 8d 4c 24 18 48 89 4c 24 28 48 8b  .L$ H.L$.H.L$(H.
	0x0050 4c 24 48 48 89 4c 24 30 48 89 44 24 38 48 89 5c  L$HH.L$0H.D$8H.\
	0x0060 24 40 31 c0 eb 20 e8 00 00 00 00 48 8b 44 24 48  $@1.. .....H.D$H
	0x0070 48 8b 00 48 83 c4 50 5d c3 48 8b 44 24 10 48 ff  H..H..P].H.D$.H.
	0x0080 c0 48 8b 4c 24 48 48 83 f8 03 7d 1d 48 89 44 24  .H.L$HH...}.H.D$
	0x0090 10 48 8b 4c 24 20 48 8d 54 24 20 ff d1 0f 1f 00  .H.L$ H.T$ .....
	0x00a0 84 c0 75 d5 48 8b 4c 24 48 48 83 7c 24 18 02 74  ..u.H.L$HH.|$..t
	0x00b0 23 48 c7 44 24 18 03 00 00 00 48 c7 01 00 00 00  #H.D$.....H.....
	0x00c0 00 e8 00 00 00 00 48 8b 44 24 48 48 8b 00 48 83  ......H.D$HH..H.
	0x00d0 c4 50 5d c3 b8 04 00 00 00 e8 00 00 00 00 90 90  .P].............
	0x00e0 e8 00 00 00 00 e9 16 ff ff ff                    ..........
	rel 28+4 t=R_PCREL type:int+0
	rel 33+4 t=R_CALL runtime.newobject+0
	rel 43+4 t=R_CALL runtime.deferrangefunc+0
	rel 59+4 t=R_PCREL main.withDefer-range1+0
	rel 103+4 t=R_CALL runtime.deferreturn+0
	rel 155+0 t=R_CALLIND +0
	rel 194+4 t=R_CALL runtime.deferreturn+0
	rel 218+4 t=R_CALL runtime.panicrangestate+0
	rel 225+4 t=R_CALL runtime.morestack_noctxt+0
main.Count.func1#TvuX58xFILk=# STEXT size=109 align=0x0 args=0x8 locals=0x20 funcid=0x0
	0x0000 00000 (range_over_func.go:5)	TEXT	main.Count.func1#TvuX58xFILk=#(SB), NEEDCTXT|ABIInternal, $32-8
	0x0000 00000 (range_over_func.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:5)	JLS	92
	0x0006 00006 (range_over_func.go:5)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func.go:5)	PUSHQ	BP
	0x0007 00007 (range_over_func.go:5)	MOVQ	SP, BP
	0x000a 00010 (range_over_func.go:5)	SUBQ	$24, SP
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$5, main.Count.func1#TvuX58xFILk=#.arginfo1(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$6, main.Count.func1#TvuX58xFILk=#.argliveinfo(SB)
	0x000e 00014 (range_over_func.go:5)	PCDATA	$3, $1
	0x000e 00014 (range_over_func.go:6)	MOVQ	AX, main.yield+40(SP)
	0x0013 00019 (range_over_func.go:6)	PCDATA	$3, $-1
	0x0013 00019 (range_over_func.go:5)	MOVQ	8(DX), CX
	0x0017 00023 (range_over_func.go:5)	MOVQ	CX, main.n+8(SP)
	0x001c 00028 (range_over_func.go:5)	XORL	DX, DX
	0x001e 00030 (range_over_func.go:5)	NOP
	0x0020 00032 (range_over_func.go:6)	JMP	52
	0x0022 00034 (range_over_func.go:6)	MOVQ	main.i+16(SP), DX
	0x0027 00039 (range_over_func.go:6)	INCQ	DX
	0x002a 00042 (range_over_func.go:7)	MOVQ	main.yield+40(SP), AX
	0x002f 00047 (range_over_func.go:6)	MOVQ	main.n+8(SP), CX
	0x0034 00052 (range_over_func.go:6)	CMPQ	DX, CX
	0x0037 00055 (range_over_func.go:6)	JGE	86
	0x0039 00057 (range_over_func.go:6)	MOVQ	DX, main.i+16(SP)
	0x003e 00062 (range_over_func.go:7)	MOVQ	(AX), CX
	0x0041 00065 (range_over_func.go:6)	MOVQ	AX, BX
	0x0044 00068 (range_over_func.go:7)	MOVQ	DX, AX
	0x0047 00071 (range_over_func.go:7)	MOVQ	BX, DX
	0x004a 00074 (range_over_func.go:7)	PCDATA	$1, $0
	0x004a 00074 (range_over_func.go:7)	CALL	CX
	0x004c 00076 (range_over_func.go:7)	TESTB	AL, AL
	0x004e 00078 (range_over_func.go:7)	JNE	34
	0x0050 00080 (range_over_func.go:8)	ADDQ	$24, SP
	0x0054 00084 (range_over_func.go:8)	POPQ	BP
	0x0055 00085 (range_over_func.go:8)	RET
	0x0056 00086 (range_over_func.go:11)	ADDQ	$24, SP
	0x005a 00090 (range_over_func.go:11)	POPQ	BP
	0x005b 00091 (range_over_func.go:11)	RET
	0x005c 00092 (range_over_func.go:11)	NOP
	0x005c 00092 (range_over_func.go:5)	PCDATA	$1, $-1
	0x005c 00092 (range_over_func.go:5)	PCDATA	$0, $-2
	0x005c 00092 (range_over_func.go:5)	MOVQ	AX, 8(SP)
	0x0061 00097 (range_over_func.go:5)	CALL	runtime.morestack(SB)
	0x0066 00102 (range_over_func.go:5)	PCDATA	$0, $-1
	0x0066 00102 (range_over_func.go:5)	MOVQ	8(SP), AX
	0x006b 00107 (range_over_func.go:5)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 18 48 89  I;f.vVUH..H...H.
	0x0010 44 24 28 48 8b 4a 08 48 89 4c 24 08 31 d2 66 90  D$(H.J.H.L$.1.f.
	0x0020 eb 12 48 8b 54 24 10 48 ff c2 48 8b 44 24 28 48  ..H.T$.H..H.D$(H
	0x0030 8b 4c 24 08 48 39 ca 7d 1d 48 89 54 24 10 48 8b  .L$.H9.}.H.T$.H.
	0x0040 08 48 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2  .H..H..H......u.
	0x0050 48 83 c4 18 5d c3 48 83 c4 18 5d c3 48 89 44 24  H...].H...].H.D$
	0x0060 08 e8 00 00 00 00 48 8b 44 24 08 eb 93           ......H.D$...
	rel 74+0 t=R_CALLIND +0
	rel 98+4 t=R_CALL runtime.morestack+0
main.withDefer-range1 STEXT size=254 align=0x0 args=0x8 locals=0x50 funcid=0x0
	0x0000 00000 (range_over_func.go:45)	TEXT	main.withDefer-range1(SB), NEEDCTXT|ABIInternal, $80-8
	0x0000 00000 (range_over_func.go:45)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:45)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:45)	JLS	234
	0x000a 00010 (range_over_func.go:45)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func.go:45)	PUSHQ	BP
	0x000b 00011 (range_over_func.go:45)	MOVQ	SP, BP
	0x000e 00014 (range_over_func.go:45)	SUBQ	$72, SP
	0x0012 00018 (range_over_func.go:45)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (range_over_func.go:45)	FUNCDATA	$1, gclocals·hTGAYHoQxrU2HM6tt9Bxpw==(SB)
	0x0012 00018 (range_over_func.go:45)	FUNCDATA	$5, main.withDefer-range1.arginfo1(SB)
	0x0012 00018 (range_over_func.go:45)	FUNCDATA	$6, main.withDefer-range1.argliveinfo(SB)
	0x0012 00018 (range_over_func.go:45)	PCDATA	$3, $1
	0x0012 00018 (range_over_func.go:45)	MOVQ	8(DX), SI
	0x0016 00022 (range_over_func.go:45)	MOVQ	16(DX), DI
	0x001a 00026 (range_over_func.go:45)	MOVQ	24(DX), R8
	0x001e 00030 (range_over_func.go:45)	MOVQ	32(DX), DX
	0x0022 00034 (range_over_func.go:45)	MOVB	$0, go:builtin.#r+39(SP)
	0x0027 00039 (range_over_func.go:45)	MOVQ	(SI), R9
	0x002a 00042 (range_over_func.go:45)	MOVQ	$2, (SI)
	0x0031 00049 (range_over_func.go:45)	CMPQ	R9, $1
	0x0035 00053 (range_over_func.go:45)	JNE	225
	0x003b 00059 (range_over_func.go:45)	MOVQ	AX, main.v+88(SP)
	0x0040 00064 (range_over_func.go:45)	PCDATA	$3, $-1
	0x0040 00064 (range_over_func.go:45)	MOVQ	SI, main.&#state1+56(SP)
	0x0045 00069 (range_over_func.go:45)	MOVQ	DI, main.&out+48(SP)
	0x004a 00074 (range_over_func.go:45)	MOVQ	R8, main.#defers.type+40(SP)
	0x004f 00079 (range_over_func.go:45)	MOVQ	DX, main.#defers.data+64(SP)
	0x0054 00084 (range_over_func.go:46)	MOVL	$24, AX
	0x0059 00089 (range_over_func.go:46)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 int }(SB), BX
	0x0060 00096 (range_over_func.go:46)	MOVL	$1, CX
	0x0065 00101 (range_over_func.go:46)	PCDATA	$1, $1
	0x0065 00101 (range_over_func.go:46)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x006a 00106 (range_over_func.go:46)	LEAQ	main.withDefer-range1.1(SB), DX
	0x0071 00113 (range_over_func.go:46)	MOVQ	DX, (AX)
	0x0074 00116 (range_over_func.go:46)	CMPL	runtime.writeBarrier(SB), $0
	0x007b 00123 (range_over_func.go:46)	PCDATA	$0, $-2
	0x007b 00123 (range_over_func.go:46)	JNE	132
	0x007d 00125 (range_over_func.go:46)	MOVQ	main.&out+48(SP), DX
	0x0082 00130 (range_over_func.go:46)	JMP	145
	0x0084 00132 (range_over_func.go:46)	CALL	runtime.gcWriteBarrier1(SB)
	0x0089 00137 (range_over_func.go:46)	MOVQ	main.&out+48(SP), DX
	0x008e 00142 (range_over_func.go:46)	MOVQ	DX, (R11)
	0x0091 00145 (range_over_func.go:46)	MOVQ	DX, 8(AX)
	0x0095 00149 (range_over_func.go:46)	PCDATA	$0, $-1
	0x0095 00149 (range_over_func.go:46)	MOVQ	main.v+88(SP), DX
	0x009a 00154 (range_over_func.go:46)	MOVQ	DX, 16(AX)
	0x009e 00158 (range_over_func.go:46)	MOVQ	main.#defers.type+40(SP), BX
	0x00a3 00163 (range_over_func.go:46)	MOVQ	main.#defers.data+64(SP), CX
	0x00a8 00168 (range_over_func.go:46)	PCDATA	$1, $2
	0x00a8 00168 (range_over_func.go:46)	CALL	runtime.deferprocat(SB)
	0x00ad 00173 (range_over_func.go:47)	MOVQ	main.&#state1+56(SP), AX
	0x00b2 00178 (range_over_func.go:47)	MOVQ	$1, (AX)
	0x00b9 00185 (range_over_func.go:47)	MOVB	$1, go:builtin.#r+39(SP)
	0x00be 00190 (range_over_func.go:47)	PCDATA	$1, $0
	0x00be 00190 (range_over_func.go:47)	NOP
	0x00c0 00192 (range_over_func.go:47)	CALL	runtime.deferreturn(SB)
	0x00c5 00197 (range_over_func.go:47)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x00ca 00202 (range_over_func.go:47)	ADDQ	$72, SP
	0x00ce 00206 (range_over_func.go:47)	POPQ	BP
	0x00cf 00207 (range_over_func.go:47)	RET
	0x00d0 00208 (range_over_func.go:47)	CALL	runtime.deferreturn(SB)
	0x00d5 00213 (range_over_func.go:46)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x00da 00218 (range_over_func.go:47)	ADDQ	$72, SP
	0x00de 00222 (range_over_func.go:47)	POPQ	BP
	0x00df 00223 (range_over_func.go:47)	NOP
	0x00e0 00224 (range_over_func.go:47)	RET
	0x00e1 00225 (range_over_func.go:47)	PCDATA	$3, $1
	0x00e1 00225 (range_over_func.go:45)	MOVQ	R9, AX
	0x00e4 00228 (range_over_func.go:45)	CALL	runtime.panicrangestate(SB)
	0x00e9 00233 (range_over_func.go:45)	XCHGL	AX, AX
	0x00ea 00234 (range_over_func.go:45)	NOP
	0x00ea 00234 (range_over_func.go:45)	PCDATA	$1, $-1
	0x00ea 00234 (range_over_func.go:45)	PCDATA	$0, $-2
	0x00ea 00234 (range_over_func.go:45)	MOVQ	AX, 8(SP)
	0x00ef 00239 (range_over_func.go:45)	CALL	runtime.morestack(SB)
	0x00f4 00244 (range_over_func.go:45)	PCDATA	$0, $-1
	0x00f4 00244 (range_over_func.go:45)	MOVQ	8(SP), AX
	0x00f9 00249 (range_over_func.go:45)	JMP	0
	0x0000 49 3b 66 10 0f 86 e0 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 8b 72 08 48 8b 7a 10 4c 8b 42 18 48 8b  .HH.r.H.z.L.B.H.
	0x0020 52 20 c6 44 24 27 00 4c 8b 0e 48 c7 06 02 00 00  R .D$'.L..H.....
	0x0030 00 49 83 f9 01 0f 85 a6 00 00 00 48 89 44 24 58  .I.........H.D$X
	0x0040 48 89 74 24 38 48 89 7c 24 30 4c 89 44 24 28 48  H.t$8H.|$0L.D$(H
	0x0050 89 54 24 40 b8 18 00 00 00 48 8d 1d 00 00 00 00  .T$@.....H......
	0x0060 b9 01 00 00 00 e8 00 00 00 00 48 8d 15 00 00 00  ..........H.....
	0x0070 00 48 89 10 83 3d 00 00 00 00 00 75 07 48 8b 54  .H...=.....u.H.T
	0x0080 24 30 eb 0d e8 00 00 00 00 48 8b 54 24 30 49 89  $0.......H.T$0I.
	0x0090 13 48 89 50 08 48 8b 54 24 58 48 89 50 10 48 8b  .H.P.H.T$XH.P.H.
	0x00a0 5c 24 28 48 8b 4c 24 40 e8 00 00 00 00 48 8b 44  \$(H.L$@.....H.D
	0x00b0 24 38 48 c7 00 01 00 00 00 c6 44 24 27 01 66 90  $8H.......D$'.f.
	0x00c0 e8 00 00 00 00 0f b6 44 24 27 48 83 c4 48 5d c3  .......D$'H..H].
	0x00d0 e8 00 00 00 00 0f b6 44 24 27 48 83 c4 48 5d 90  .......D$'H..H].
	0x00e0 c3 4c 89 c8 e8 00 00 00 00 90 48 89 44 24 08 e8  .L........H.D$..
	0x00f0 00 00 00 00 48 8b 44 24 08 e9 02 ff ff ff        ....H.D$......
	rel 92+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int; X1 int }+0
	rel 102+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 109+4 t=R_PCREL main.withDefer-range1.1+0
	rel 118+4 t=R_PCREL runtime.writeBarrier+-1
	rel 133+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 169+4 t=R_CALL runtime.deferprocat+0
	rel 193+4 t=R_CALL runtime.deferreturn+0
	rel 209+4 t=R_CALL runtime.deferreturn+0
	rel 229+4 t=R_CALL runtime.panicrangestate+0
	rel 240+4 t=R_CALL runtime.morestack+0
main.withDefer-range1.1 STEXT nosplit size=22 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (range_over_func.go:46)	TEXT	main.withDefer-range1.1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (range_over_func.go:46)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (range_over_func.go:46)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (range_over_func.go:46)	MOVQ	8(DX), AX
	0x0004 00004 (range_over_func.go:46)	MOVQ	(AX), CX
	0x0007 00007 (range_over_func.go:46)	ADDQ	CX, CX
	0x000a 00010 (range_over_func.go:46)	LEAQ	(CX)(CX*4), CX
	0x000e 00014 (range_over_func.go:46)	ADDQ	16(DX), CX
	0x0012 00018 (range_over_func.go:46)	MOVQ	CX, (AX)
	0x0015 00021 (range_over_func.go:46)	RET
	0x0000 48 8b 42 08 48 8b 08 48 01 c9 48 8d 0c 89 48 03  H.B.H..H..H...H.
	0x0010 4a 10 48 89 08 c3                                J.H...
main.main STEXT size=581 align=0x0 args=0x0 locals=0x88 funcid=0x0
	0x0000 00000 (range_over_func.go:51)	TEXT	main.main(SB), ABIInternal, $136-0
	0x0000 00000 (range_over_func.go:51)	LEAQ	-8(SP), R12
	0x0005 00005 (range_over_func.go:51)	CMPQ	R12, 16(R14)
	0x0009 00009 (range_over_func.go:51)	PCDATA	$0, $-2
	0x0009 00009 (range_over_func.go:51)	JLS	569
	0x000f 00015 (range_over_func.go:51)	PCDATA	$0, $-1
	0x000f 00015 (range_over_func.go:51)	PUSHQ	BP
	0x0010 00016 (range_over_func.go:51)	MOVQ	SP, BP
	0x0013 00019 (range_over_func.go:51)	ADDQ	$-128, SP
	0x0017 00023 (range_over_func.go:51)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0017 00023 (range_over_func.go:51)	FUNCDATA	$1, gclocals·vLia5sSjP7dFvVRaeKQyLQ==(SB)
	0x0017 00023 (range_over_func.go:51)	FUNCDATA	$2, main.main.stkobj(SB)
	0x0017 00023 (range_over_func.go:53)	XCHGL	AX, AX
	0x0018 00024 (range_over_func.go:6)	XORL	CX, CX
	0x001a 00026 (range_over_func.go:6)	MOVL	$1, DX
	0x001f 00031 (range_over_func.go:6)	XORL	AX, AX
	0x0021 00033 (range_over_func.go:6)	JMP	40
	0x0023 00035 (range_over_func.go:6)	INCQ	CX
	0x0026 00038 (range_over_func.go:6)	MOVL	BX, DX
	0x0028 00040 (range_over_func.go:6)	CMPQ	CX, $10
	0x002c 00044 (range_over_func.go:6)	JGE	103
	0x002e 00046 (<unknown line number>)	NOP
	0x002e 00046 (range_over_func.go:53)	CMPQ	DX, $1
	0x0032 00050 (range_over_func.go:53)	JNE	560
	0x0038 00056 (range_over_func.go:54)	CMPQ	CX, $7
	0x003c 00060 (range_over_func.go:54)	JNE	68
	0x003e 00062 (range_over_func.go:54)	XORL	DX, DX
	0x0040 00064 (range_over_func.go:54)	XORL	BX, BX
	0x0042 00066 (range_over_func.go:7)	JMP	99
	0x0044 00068 (range_over_func.go:57)	BTL	$0, CX
	0x0048 00072 (range_over_func.go:57)	JCS	86
	0x004a 00074 (range_over_func.go:57)	MOVL	$1, DX
	0x004f 00079 (range_over_func.go:57)	MOVL	$1, BX
	0x0054 00084 (range_over_func.go:7)	JMP	99
	0x0056 00086 (range_over_func.go:60)	ADDQ	CX, AX
	0x0059 00089 (range_over_func.go:60)	MOVL	$1, DX
	0x005e 00094 (range_over_func.go:60)	MOVL	$1, BX
	0x0063 00099 (range_over_func.go:7)	TESTB	DL, DL
	0x0065 00101 (range_over_func.go:7)	JNE	35
	0x0067 00103 (range_over_func.go:61)	MOVQ	AX, main.s+32(SP)
	0x006c 00108 (range_over_func.go:62)	PCDATA	$1, $0
	0x006c 00108 (range_over_func.go:62)	CALL	runtime.printlock(SB)
	0x0071 00113 (range_over_func.go:62)	LEAQ	go:string."sum "(SB), AX
	0x0078 00120 (range_over_func.go:62)	MOVL	$4, BX
	0x007d 00125 (range_over_func.go:62)	NOP
	0x0080 00128 (range_over_func.go:62)	CALL	runtime.printstring(SB)
	0x0085 00133 (range_over_func.go:62)	MOVQ	main.s+32(SP), AX
	0x008a 00138 (range_over_func.go:62)	CALL	runtime.printint(SB)
	0x008f 00143 (range_over_func.go:62)	CALL	runtime.printnl(SB)
	0x0094 00148 (range_over_func.go:62)	CALL	runtime.printunlock(SB)
	0x0099 00153 (range_over_func.go:63)	MOVQ	$1, main..autotmp_52+88(SP)
	0x00a2 00162 (range_over_func.go:63)	LEAQ	go:string."a"(SB), AX
	0x00a9 00169 (range_over_func.go:63)	MOVQ	AX, main..autotmp_52+80(SP)
	0x00ae 00174 (range_over_func.go:63)	MOVQ	$1, main..autotmp_52+104(SP)
	0x00b7 00183 (range_over_func.go:63)	LEAQ	go:string."b"(SB), AX
	0x00be 00190 (range_over_func.go:63)	MOVQ	AX, main..autotmp_52+96(SP)
	0x00c3 00195 (range_over_func.go:63)	MOVQ	$1, main..autotmp_52+120(SP)
	0x00cc 00204 (range_over_func.go:63)	LEAQ	go:string."c"(SB), AX
	0x00d3 00211 (range_over_func.go:63)	MOVQ	AX, main..autotmp_52+112(SP)
	0x00d8 00216 (<unknown line number>)	NOP
	0x00d8 00216 (range_over_func.go:16)	LEAQ	main..autotmp_52+80(SP), AX
	0x00dd 00221 (range_over_func.go:16)	XORL	CX, CX
	0x00df 00223 (range_over_func.go:16)	NOP
	0x00e0 00224 (range_over_func.go:16)	JMP	320
	0x00e2 00226 (range_over_func.go:16)	MOVQ	CX, main.i+40(SP)
	0x00e7 00231 (range_over_func.go:16)	MOVQ	AX, main..autotmp_70+72(SP)
	0x00ec 00236 (range_over_func.go:16)	MOVQ	(AX), CX
	0x00ef 00239 (range_over_func.go:16)	MOVQ	CX, main.x.ptr+64(SP)
	0x00f4 00244 (range_over_func.go:16)	MOVQ	8(AX), AX
	0x00f8 00248 (range_over_func.go:16)	MOVQ	AX, main.x.len+16(SP)
	0x00fd 00253 (range_over_func.go:17)	XCHGL	AX, AX
	0x00fe 00254 (range_over_func.go:64)	PCDATA	$1, $1
	0x00fe 00254 (range_over_func.go:64)	NOP
	0x0100 00256 (range_over_func.go:64)	CALL	runtime.printlock(SB)
	0x0105 00261 (range_over_func.go:64)	MOVQ	main.i+40(SP), AX
	0x010a 00266 (range_over_func.go:64)	CALL	runtime.printint(SB)
	0x010f 00271 (range_over_func.go:64)	CALL	runtime.printsp(SB)
	0x0114 00276 (range_over_func.go:64)	MOVQ	main.x.ptr+64(SP), AX
	0x0119 00281 (range_over_func.go:64)	MOVQ	main.x.len+16(SP), BX
	0x011e 00286 (range_over_func.go:64)	PCDATA	$1, $2
	0x011e 00286 (range_over_func.go:64)	NOP
	0x0120 00288 (range_over_func.go:64)	CALL	runtime.printstring(SB)
	0x0125 00293 (range_over_func.go:64)	CALL	runtime.printnl(SB)
	0x012a 00298 (range_over_func.go:64)	CALL	runtime.printunlock(SB)
	0x012f 00303 (range_over_func.go:16)	MOVQ	main..autotmp_70+72(SP), AX
	0x0134 00308 (range_over_func.go:16)	ADDQ	$16, AX
	0x0138 00312 (range_over_func.go:16)	MOVQ	main.i+40(SP), CX
	0x013d 00317 (range_over_func.go:16)	INCQ	CX
	0x0140 00320 (range_over_func.go:16)	CMPQ	CX, $3
	0x0144 00324 (range_over_func.go:16)	JLT	226
	0x0146 00326 (range_over_func.go:66)	XCHGL	AX, AX
	0x0147 00327 (range_over_func.go:26)	XCHGL	AX, AX
	0x0148 00328 (range_over_func.go:6)	XORL	AX, AX
	0x014a 00330 (range_over_func.go:6)	JMP	335
	0x014c 00332 (range_over_func.go:6)	INCQ	AX
	0x014f 00335 (range_over_func.go:6)	CMPQ	AX, $20
	0x0153 00339 (range_over_func.go:6)	JGE	426
	0x0155 00341 (range_over_func.go:66)	MOVQ	$-6148914691236517205, CX
	0x015f 00351 (range_over_func.go:66)	IMULQ	AX, CX
	0x0163 00355 (range_over_func.go:66)	ROLQ	$63, CX
	0x0167 00359 (range_over_func.go:7)	XCHGL	AX, AX
	0x0168 00360 (<unknown line number>)	NOP
	0x0168 00360 (range_over_func.go:66)	MOVQ	$3074457345618258602, DX
	0x0172 00370 (range_over_func.go:66)	CMPQ	DX, CX
	0x0175 00373 (range_over_func.go:27)	JCS	332
	0x0177 00375 (<unknown line number>)	NOP
	0x0177 00375 (range_over_func.go:6)	MOVQ	AX, main.v+24(SP)
	0x017c 00380 (range_over_func.go:67)	PCDATA	$1, $0
	0x017c 00380 (range_over_func.go:67)	NOP
	0x0180 00384 (range_over_func.go:67)	CALL	runtime.printlock(SB)
	0x0185 00389 (range_over_func.go:67)	MOVQ	main.v+24(SP), AX
	0x018a 00394 (range_over_func.go:67)	CALL	runtime.printint(SB)
	0x018f 00399 (range_over_func.go:67)	CALL	runtime.printsp(SB)
	0x0194 00404 (range_over_func.go:67)	CALL	runtime.printunlock(SB)
	0x0199 00409 (range_over_func.go:6)	MOVQ	main.v+24(SP), AX
	0x019e 00414 (range_over_func.go:66)	MOVQ	$3074457345618258602, DX
	0x01a8 00424 (range_over_func.go:27)	JMP	332
	0x01aa 00426 (range_over_func.go:69)	CALL	runtime.printlock(SB)
	0x01af 00431 (range_over_func.go:69)	CALL	runtime.printnl(SB)
	0x01b4 00436 (range_over_func.go:69)	CALL	runtime.printunlock(SB)
	0x01b9 00441 (range_over_func.go:70)	MOVL	$50, AX
	0x01be 00446 (range_over_func.go:70)	NOP
	0x01c0 00448 (range_over_func.go:70)	CALL	main.firstOver(SB)
	0x01c5 00453 (range_over_func.go:70)	MOVQ	AX, main..autotmp_71+56(SP)
	0x01ca 00458 (range_over_func.go:70)	MOVL	$1000000, AX
	0x01cf 00463 (range_over_func.go:70)	CALL	main.firstOver(SB)
	0x01d4 00468 (range_over_func.go:70)	MOVQ	AX, main..autotmp_72+48(SP)
	0x01d9 00473 (range_over_func.go:70)	CALL	runtime.printlock(SB)
	0x01de 00478 (range_over_func.go:70)	MOVQ	main..autotmp_71+56(SP), AX
	0x01e3 00483 (range_over_func.go:70)	CALL	runtime.printint(SB)
	0x01e8 00488 (range_over_func.go:70)	CALL	runtime.printsp(SB)
	0x01ed 00493 (range_over_func.go:70)	MOVQ	main..autotmp_72+48(SP), AX
	0x01f2 00498 (range_over_func.go:70)	CALL	runtime.printint(SB)
	0x01f7 00503 (range_over_func.go:70)	CALL	runtime.printnl(SB)
	0x01fc 00508 (range_over_func.go:70)	NOP
	0x0200 00512 (range_over_func.go:70)	CALL	runtime.printunlock(SB)
	0x0205 00517 (range_over_func.go:71)	CALL	main.withDefer(SB)
	0x020a 00522 (range_over_func.go:71)	MOVQ	AX, main..autotmp_71+56(SP)
	0x020f 00527 (range_over_func.go:71)	CALL	runtime.printlock(SB)
	0x0214 00532 (range_over_func.go:71)	MOVQ	main..autotmp_71+56(SP), AX
	0x0219 00537 (range_over_func.go:71)	CALL	runtime.printint(SB)
	0x021e 00542 (range_over_func.go:71)	NOP
	0x0220 00544 (range_over_func.go:71)	CALL	runtime.printnl(SB)
	0x0225 00549 (range_over_func.go:71)	CALL	runtime.printunlock(SB)
	0x022a 00554 (range_over_func.go:72)	SUBQ	$-128, SP
	0x022e 00558 (range_over_func.go:72)	POPQ	BP
	0x022f 00559 (range_over_func.go:72)	RET
	0x0230 00560 (range_over_func.go:53)	MOVQ	DX, AX
	0x0233 00563 (range_over_func.go:53)	CALL	runtime.panicrangestate(SB)
	0x0238 00568 (range_over_func.go:53)	XCHGL	AX, AX
	0x0239 00569 (range_over_func.go:53)	NOP
	0x0239 00569 (range_over_func.go:51)	PCDATA	$1, $-1
	0x0239 00569 (range_over_func.go:51)	PCDATA	$0, $-2
	0x0239 00569 (range_over_func.go:51)	CALL	runtime.morestack_noctxt(SB)
	0x023e 00574 (range_over_func.go:51)	PCDATA	$0, $-1
	0x023e 00574 (range_over_func.go:51)	NOP
	0x0240 00576 (range_over_func.go:51)	JMP	0
	0x0000 4c 8d 64 24 f8 4d 3b 66 10 0f 86 2a 02 00 00 55  L.d$.M;f...*...U
	0x0010 48 89 e5 48 83 c4 80 90 31 c9 ba 01 00 00 00 31  H..H....1......1
	0x0020 c0 eb 05 48 ff c1 89 da 48 83 f9 0a 7d 39 48 83  ...H....H...}9H.
	0x0030 fa 01 0f 85 f8 01 00 00 48 83 f9 07 75 06 31 d2  ........H...u.1.
	0x0040 31 db eb 1f 0f ba e1 00 72 0c ba 01 00 00 00 bb  1.......r.......
	0x0050 01 00 00 00 eb 0d 48 01 c8 ba 01 00 00 00 bb 01  ......H.........
	0x0060 00 00 00 84 d2 75 bc 48 89 44 24 20 e8 00 00 00  .....u.H.D$ ....
	0x0070 00 48 8d 05 00 00 00 00 bb 04 00 00 00 0f 1f 00  .H..............
	0x0080 e8 00 00 00 00 48 8b 44 24 20 e8 00 00 00 00 e8  .....H.D$ ......
	0x0090 00 00 00 00 e8 00 00 00 00 48 c7 44 24 58 01 00  .........H.D$X..
	0x00a0 00 00 48 8d 05 00 00 00 00 48 89 44 24 50 48 c7  ..H......H.D$PH.
	0x00b0 44 24 68 01 00 00 00 48 8d 05 00 00 00 00 48 89  D$h....H......H.
	0x00c0 44 24 60 48 c7 44 24 78 01 00 00 00 48 8d 05 00  D$`H.D$x....H...
	0x00d0 00 00 00 48 89 44 24 70 48 8d 44 24 50 31 c9 90  ...H.D$pH.D$P1..
	0x00e0 eb 5e 48 89 4c 24 28 48 89 44 24 48 48 8b 08 48  .^H.L$(H.D$HH..H
	0x00f0 89 4c 24 40 48 8b 40 08 48 89 44 24 10 90 66 90  .L$@H.@.H.D$..f.
	0x0100 e8 00 00 00 00 48 8b 44 24 28 e8 00 00 00 00 e8  .....H.D$(......
	0x0110 00 00 00 00 48 8b 44 24 40 48 8b 5c 24 10 66 90  ....H.D$@H.\$.f.
	0x0120 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0130 8b 44 24 48 48 83 c0 10 48 8b 4c 24 28 48 ff c1  .D$HH...H.L$(H..
	0x0140 48 83 f9 03 7c 9c 90 90 31 c0 eb 03 48 ff c0 48  H...|...1...H..H
	0x0150 83 f8 14 7d 55 48 b9 ab aa aa aa aa aa aa aa 48  ...}UH.........H
	0x0160 0f af c8 48 c1 c1 3f 90 48 ba aa aa aa aa aa aa  ...H..?.H.......
	0x0170 aa 2a 48 39 ca 72 d5 48 89 44 24 18 0f 1f 40 00  .*H9.r.H.D$...@.
	0x0180 e8 00 00 00 00 48 8b 44 24 18 e8 00 00 00 00 e8  .....H.D$.......
	0x0190 00 00 00 00 e8 00 00 00 00 48 8b 44 24 18 48 ba  .........H.D$.H.
	0x01a0 aa aa aa aa aa aa aa 2a eb a2 e8 00 00 00 00 e8  .......*........
	0x01b0 00 00 00 00 e8 00 00 00 00 b8 32 00 00 00 66 90  ..........2...f.
	0x01c0 e8 00 00 00 00 48 89 44 24 38 b8 40 42 0f 00 e8  .....H.D$8.@B...
	0x01d0 00 00 00 00 48 89 44 24 30 e8 00 00 00 00 48 8b  ....H.D$0.....H.
	0x01e0 44 24 38 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  D$8..........H.D
	0x01f0 24 30 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $0............@.
	0x0200 e8 00 00 00 00 e8 00 00 00 00 48 89 44 24 38 e8  ..........H.D$8.
	0x0210 00 00 00 00 48 8b 44 24 38 e8 00 00 00 00 66 90  ....H.D$8.....f.
	0x0220 e8 00 00 00 00 e8 00 00 00 00 48 83 ec 80 5d c3  ..........H...].
	0x0230 48 89 d0 e8 00 00 00 00 90 e8 00 00 00 00 66 90  H.............f.
	0x0240 e9 bb fd ff ff                                   .....
	rel 109+4 t=R_CALL runtime.printlock+0
	rel 116+4 t=R_PCREL go:string."sum "+0
	rel 129+4 t=R_CALL runtime.printstring+0
	rel 139+4 t=R_CALL runtime.printint+0
	rel 144+4 t=R_CALL runtime.printnl+0
	rel 149+4 t=R_CALL runtime.printunlock+0
	rel 165+4 t=R_PCREL go:string."a"+0
	rel 186+4 t=R_PCREL go:string."b"+0
	rel 207+4 t=R_PCREL go:string."c"+0
	rel 257+4 t=R_CALL runtime.printlock+0
	rel 267+4 t=R_CALL runtime.printint+0
	rel 272+4 t=R_CALL runtime.printsp+0
	rel 289+4 t=R_CALL runtime.printstring+0
	rel 294+4 t=R_CALL runtime.printnl+0
	rel 299+4 t=R_CALL runtime.printunlock+0
	rel 385+4 t=R_CALL runtime.printlock+0
	rel 395+4 t=R_CALL runtime.printint+0
	rel 400+4 t=R_CALL runtime.printsp+0
	rel 405+4 t=R_CALL runtime.printunlock+0
	rel 427+4 t=R_CALL runtime.printlock+0
	rel 432+4 t=R_CALL runtime.printnl+0
	rel 437+4 t=R_CALL runtime.printunlock+0
	rel 449+4 t=R_CALL main.firstOver+0
	rel 464+4 t=R_CALL main.firstOver+0
	rel 474+4 t=R_CALL runtime.printlock+0
	rel 484+4 t=R_CALL runtime.printint+0
	rel 489+4 t=R_CALL runtime.printsp+0
	rel 499+4 t=R_CALL runtime.printint+0
	rel 504+4 t=R_CALL runtime.printnl+0
	rel 513+4 t=R_CALL runtime.printunlock+0
	rel 518+4 t=R_CALL main.withDefer+0
	rel 528+4 t=R_CALL runtime.printlock+0
	rel 538+4 t=R_CALL runtime.printint+0
	rel 545+4 t=R_CALL runtime.printnl+0
	rel 550+4 t=R_CALL runtime.printunlock+0
	rel 564+4 t=R_CALL runtime.panicrangestate+0
	rel 570+4 t=R_CALL runtime.morestack_noctxt+0
main.Filter.func1#t09LGZbLbXE=# STEXT size=167 align=0x0 args=0x8 locals=0x48 funcid=0x0
	0x0000 00000 (range_over_func.go:25)	TEXT	main.Filter.func1#t09LGZbLbXE=#(SB), NEEDCTXT|ABIInternal, $72-8
	0x0000 00000 (range_over_func.go:25)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:25)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:25)	JLS	147
	0x000a 00010 (range_over_func.go:25)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func.go:25)	PUSHQ	BP
	0x000b 00011 (range_over_func.go:25)	MOVQ	SP, BP
	0x000e 00014 (range_over_func.go:25)	SUBQ	$64, SP
	0x0012 00018 (range_over_func.go:25)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0012 00018 (range_over_func.go:25)	FUNCDATA	$1, gclocals·96qQE2UDdRMqcDPlq2MDXg==(SB)
	0x0012 00018 (range_over_func.go:25)	FUNCDATA	$2, main.Filter.func1#t09LGZbLbXE=#.stkobj(SB)
	0x0012 00018 (range_over_func.go:25)	FUNCDATA	$5, main.Filter.func1#t09LGZbLbXE=#.arginfo1(SB)
	0x0012 00018 (range_over_func.go:25)	FUNCDATA	$6, main.Filter.func1#t09LGZbLbXE=#.argliveinfo(SB)
	0x0012 00018 (range_over_func.go:25)	PCDATA	$3, $1
	0x0012 00018 (range_over_func.go:25)	MOVQ	16(DX), CX
	0x0016 00022 (range_over_func.go:25)	MOVQ	8(DX), BX
	0x001a 00026 (range_over_func.go:26)	MOVQ	$0, main.#next+16(SP)
	0x0023 00035 (range_over_func.go:26)	MOVQ	$1, main.#state1+8(SP)
	0x002c 00044 (range_over_func.go:26)	LEAQ	main.Filter.func1#t09LGZbLbXE=#-range1(SB), SI
	0x0033 00051 (range_over_func.go:26)	MOVQ	SI, main..autotmp_5+24(SP)
	0x0038 00056 (range_over_func.go:26)	LEAQ	main.#state1+8(SP), SI
	0x003d 00061 (range_over_func.go:26)	MOVQ	SI, main..autotmp_5+32(SP)
	0x0042 00066 (range_over_func.go:26)	MOVQ	BX, main..autotmp_5+40(SP)
	0x0047 00071 (range_over_func.go:26)	MOVQ	AX, main..autotmp_5+48(SP)
	0x004c 00076 (range_over_func.go:26)	LEAQ	main.#next+16(SP), BX
	0x0051 00081 (range_over_func.go:26)	MOVQ	BX, main..autotmp_5+56(SP)
	0x0056 00086 (range_over_func.go:26)	MOVQ	(CX), BX
	0x0059 00089 (range_over_func.go:26)	LEAQ	main..autotmp_5+24(SP), AX
	0x005e 00094 (range_over_func.go:26)	MOVQ	CX, DX
	0x0061 00097 (range_over_func.go:26)	PCDATA	$1, $1
	0x0061 00097 (range_over_func.go:26)	CALL	BX
	0x0063 00099 (range_over_func.go:30)	CMPQ	main.#state1+8(SP), $2
	0x0069 00105 (range_over_func.go:30)	JEQ	136
	0x006b 00107 (range_over_func.go:30)	MOVQ	$3, main.#state1+8(SP)
	0x0074 00116 (range_over_func.go:30)	CMPQ	main.#next+16(SP), $-1
	0x007a 00122 (range_over_func.go:30)	JNE	130
	0x007c 00124 (range_over_func.go:30)	ADDQ	$64, SP
	0x0080 00128 (range_over_func.go:30)	POPQ	BP
	0x0081 00129 (range_over_func.go:30)	RET
	0x0082 00130 (range_over_func.go:31)	ADDQ	$64, SP
	0x0086 00134 (range_over_func.go:31)	POPQ	BP
	0x0087 00135 (range_over_func.go:31)	RET
	0x0088 00136 (range_over_func.go:30)	MOVL	$4, AX
	0x008d 00141 (range_over_func.go:30)	CALL	runtime.panicrangestate(SB)
	0x0092 00146 (range_over_func.go:30)	XCHGL	AX, AX
	0x0093 00147 (range_over_func.go:30)	NOP
	0x0093 00147 (range_over_func.go:25)	PCDATA	$1, $-1
	0x0093 00147 (range_over_func.go:25)	PCDATA	$0, $-2
	0x0093 00147 (range_over_func.go:25)	MOVQ	AX, 8(SP)
	0x0098 00152 (range_over_func.go:25)	CALL	runtime.morestack(SB)
	0x009d 00157 (range_over_func.go:25)	PCDATA	$0, $-1
	0x009d 00157 (range_over_func.go:25)	MOVQ	8(SP), AX
	0x00a2 00162 (range_over_func.go:25)	JMP	0
	0x0000 49 3b 66 10 0f 86 89 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 8b 4a 10 48 8b 5a 08 48 c7 44 24 10 00  .@H.J.H.Z.H.D$..
	0x0020 00 00 00 48 c7 44 24 08 01 00 00 00 48 8d 35 00  ...H.D$.....H.5.
	0x0030 00 00 00 48 89 74 24 18 48 8d 74 24 08 48 89 74  ...H.t$.H.t$.H.t
	0x0040 24 20 48 89 5c 24 28 48 89 44 24 30 48 8d 5c 24  $ H.\$(H.D$0H.\$
	0x0050 10 48 89 5c 24 38 48 8b 19 48 8d 44 24 18 48 89  .H.\$8H..H.D$.H.
	0x0060 ca ff d3 48 83 7c 24 08 02 74 1d 48 c7 44 24 08  ...H.|$..t.H.D$.
	0x0070 03 00 00 00 48 83 7c 24 10 ff 75 06 48 83 c4 40  ....H.|$..u.H..@
	0x0080 5d c3 48 83 c4 40 5d c3 b8 04 00 00 00 e8 00 00  ].H..@].........
	0x0090 00 00 90 48 89 44 24 08 e8 00 00 00 00 48 8b 44  ...H.D$......H.D
	0x00a0 24 08 e9 59 ff ff ff                             $..Y...
	rel 47+4 t=R_PCREL main.Filter.func1#t09LGZbLbXE=#-range1+0
	rel 97+0 t=R_CALLIND +0
	rel 142+4 t=R_CALL runtime.panicrangestate+0
	rel 153+4 t=R_CALL runtime.morestack+0
main.Filter.func1#t09LGZbLbXE=#-range1 STEXT size=186 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (range_over_func.go:26)	TEXT	main.Filter.func1#t09LGZbLbXE=#-range1(SB), NEEDCTXT|ABIInternal, $40-8
	0x0000 00000 (range_over_func.go:26)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:26)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:26)	JLS	166
	0x000a 00010 (range_over_func.go:26)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func.go:26)	PUSHQ	BP
	0x000b 00011 (range_over_func.go:26)	MOVQ	SP, BP
	0x000e 00014 (range_over_func.go:26)	SUBQ	$32, SP
	0x0012 00018 (range_over_func.go:26)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (range_over_func.go:26)	FUNCDATA	$1, gclocals·mebMOeRFbxp/67ataQQfIA==(SB)
	0x0012 00018 (range_over_func.go:26)	FUNCDATA	$5, main.Filter.func1#t09LGZbLbXE=#-range1.arginfo1(SB)
	0x0012 00018 (range_over_func.go:26)	FUNCDATA	$6, main.Filter.func1#t09LGZbLbXE=#-range1.argliveinfo(SB)
	0x0012 00018 (range_over_func.go:26)	PCDATA	$3, $1
	0x0012 00018 (range_over_func.go:26)	MOVQ	8(DX), CX
	0x0016 00022 (range_over_func.go:26)	MOVQ	(CX), BX
	0x0019 00025 (range_over_func.go:26)	MOVQ	16(DX), SI
	0x001d 00029 (range_over_func.go:26)	MOVQ	24(DX), DI
	0x0021 00033 (range_over_func.go:26)	MOVQ	32(DX), R8
	0x0025 00037 (range_over_func.go:26)	MOVQ	$2, (CX)
	0x002c 00044 (range_over_func.go:26)	CMPQ	BX, $1
	0x0030 00048 (range_over_func.go:26)	JNE	157
	0x0032 00050 (range_over_func.go:26)	MOVQ	AX, main.v+48(SP)
	0x0037 00055 (range_over_func.go:26)	PCDATA	$3, $-1
	0x0037 00055 (range_over_func.go:26)	MOVQ	CX, main.&#state1+16(SP)
	0x003c 00060 (range_over_func.go:26)	MOVQ	DI, main.yield+8(SP)
	0x0041 00065 (range_over_func.go:26)	MOVQ	R8, main.&#next+24(SP)
	0x0046 00070 (range_over_func.go:27)	MOVQ	(SI), CX
	0x0049 00073 (range_over_func.go:27)	MOVQ	SI, DX
	0x004c 00076 (range_over_func.go:27)	PCDATA	$1, $1
	0x004c 00076 (range_over_func.go:27)	CALL	CX
	0x004e 00078 (range_over_func.go:27)	TESTB	AL, AL
	0x0050 00080 (range_over_func.go:27)	JEQ	102
	0x0052 00082 (range_over_func.go:27)	MOVQ	main.yield+8(SP), DX
	0x0057 00087 (range_over_func.go:27)	MOVQ	(DX), CX
	0x005a 00090 (range_over_func.go:27)	MOVQ	main.v+48(SP), AX
	0x005f 00095 (range_over_func.go:27)	PCDATA	$1, $2
	0x005f 00095 (range_over_func.go:27)	NOP
	0x0060 00096 (range_over_func.go:27)	CALL	CX
	0x0062 00098 (range_over_func.go:27)	TESTB	AL, AL
	0x0064 00100 (range_over_func.go:27)	JEQ	125
	0x0066 00102 (range_over_func.go:30)	MOVQ	main.&#state1+16(SP), CX
	0x006b 00107 (range_over_func.go:30)	MOVQ	$1, (CX)
	0x0072 00114 (range_over_func.go:30)	MOVL	$1, AX
	0x0077 00119 (range_over_func.go:30)	ADDQ	$32, SP
	0x007b 00123 (range_over_func.go:30)	POPQ	BP
	0x007c 00124 (range_over_func.go:30)	RET
	0x007d 00125 (range_over_func.go:28)	MOVQ	main.&#next+24(SP), CX
	0x0082 00130 (range_over_func.go:28)	MOVQ	$-1, (CX)
	0x0089 00137 (range_over_func.go:28)	MOVQ	main.&#state1+16(SP), CX
	0x008e 00142 (range_over_func.go:28)	MOVQ	$0, (CX)
	0x0095 00149 (range_over_func.go:28)	XORL	AX, AX
	0x0097 00151 (range_over_func.go:28)	ADDQ	$32, SP
	0x009b 00155 (range_over_func.go:28)	POPQ	BP
	0x009c 00156 (range_over_func.go:28)	RET
	0x009d 00157 (range_over_func.go:28)	PCDATA	$3, $1
	0x009d 00157 (range_over_func.go:26)	MOVQ	BX, AX
	0x00a0 00160 (range_over_func.go:26)	PCDATA	$1, $0
	0x00a0 00160 (range_over_func.go:26)	CALL	runtime.panicrangestate(SB)
	0x00a5 00165 (range_over_func.go:26)	XCHGL	AX, AX
	0x00a6 00166 (range_over_func.go:26)	NOP
	0x00a6 00166 (range_over_func.go:26)	PCDATA	$1, $-1
	0x00a6 00166 (range_over_func.go:26)	PCDATA	$0, $-2
	0x00a6 00166 (range_over_func.go:26)	MOVQ	AX, 8(SP)
	0x00ab 00171 (range_over_func.go:26)	CALL	runtime.morestack(SB)
	0x00b0 00176 (range_over_func.go:26)	PCDATA	$0, $-1
	0x00b0 00176 (range_over_func.go:26)	MOVQ	8(SP), AX
	0x00b5 00181 (range_over_func.go:26)	JMP	0
	0x0000 49 3b 66 10 0f 86 9c 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 48 8b 4a 08 48 8b 19 48 8b 72 10 48 8b 7a  . H.J.H..H.r.H.z
	0x0020 18 4c 8b 42 20 48 c7 01 02 00 00 00 48 83 fb 01  .L.B H......H...
	0x0030 75 6b 48 89 44 24 30 48 89 4c 24 10 48 89 7c 24  ukH.D$0H.L$.H.|$
	0x0040 08 4c 89 44 24 18 48 8b 0e 48 89 f2 ff d1 84 c0  .L.D$.H..H......
	0x0050 74 14 48 8b 54 24 08 48 8b 0a 48 8b 44 24 30 90  t.H.T$.H..H.D$0.
	0x0060 ff d1 84 c0 74 17 48 8b 4c 24 10 48 c7 01 01 00  ....t.H.L$.H....
	0x0070 00 00 b8 01 00 00 00 48 83 c4 20 5d c3 48 8b 4c  .......H.. ].H.L
	0x0080 24 18 48 c7 01 ff ff ff ff 48 8b 4c 24 10 48 c7  $.H......H.L$.H.
	0x0090 01 00 00 00 00 31 c0 48 83 c4 20 5d c3 48 89 d8  .....1.H.. ].H..
	0x00a0 e8 00 00 00 00 90 48 89 44 24 08 e8 00 00 00 00  ......H.D$......
	0x00b0 48 8b 44 24 08 e9 46 ff ff ff                    H.D$..F...
	rel 76+0 t=R_CALLIND +0
	rel 96+0 t=R_CALLIND +0
	rel 161+4 t=R_CALL runtime.panicrangestate+0
	rel 172+4 t=R_CALL runtime.morestack+0
main.Count.func1#VUTeKbHKruY=# STEXT size=109 align=0x0 args=0x8 locals=0x20 funcid=0x0
	0x0000 00000 (range_over_func.go:5)	TEXT	main.Count.func1#VUTeKbHKruY=#(SB), NEEDCTXT|ABIInternal, $32-8
	0x0000 00000 (range_over_func.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:5)	JLS	92
	0x0006 00006 (range_over_func.go:5)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func.go:5)	PUSHQ	BP
	0x0007 00007 (range_over_func.go:5)	MOVQ	SP, BP
	0x000a 00010 (range_over_func.go:5)	SUBQ	$24, SP
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$5, main.Count.func1#VUTeKbHKruY=#.arginfo1(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$6, main.Count.func1#VUTeKbHKruY=#.argliveinfo(SB)
	0x000e 00014 (range_over_func.go:5)	PCDATA	$3, $1
	0x000e 00014 (range_over_func.go:6)	MOVQ	AX, main.yield+40(SP)
	0x0013 00019 (range_over_func.go:6)	PCDATA	$3, $-1
	0x0013 00019 (range_over_func.go:5)	MOVQ	8(DX), CX
	0x0017 00023 (range_over_func.go:5)	MOVQ	CX, main.n+8(SP)
	0x001c 00028 (range_over_func.go:5)	XORL	DX, DX
	0x001e 00030 (range_over_func.go:5)	NOP
	0x0020 00032 (range_over_func.go:6)	JMP	52
	0x0022 00034 (range_over_func.go:6)	MOVQ	main.i+16(SP), DX
	0x0027 00039 (range_over_func.go:6)	INCQ	DX
	0x002a 00042 (range_over_func.go:7)	MOVQ	main.yield+40(SP), AX
	0x002f 00047 (range_over_func.go:6)	MOVQ	main.n+8(SP), CX
	0x0034 00052 (range_over_func.go:6)	CMPQ	DX, CX
	0x0037 00055 (range_over_func.go:6)	JGE	86
	0x0039 00057 (range_over_func.go:6)	MOVQ	DX, main.i+16(SP)
	0x003e 00062 (range_over_func.go:7)	MOVQ	(AX), CX
	0x0041 00065 (range_over_func.go:6)	MOVQ	AX, BX
	0x0044 00068 (range_over_func.go:7)	MOVQ	DX, AX
	0x0047 00071 (range_over_func.go:7)	MOVQ	BX, DX
	0x004a 00074 (range_over_func.go:7)	PCDATA	$1, $0
	0x004a 00074 (range_over_func.go:7)	CALL	CX
	0x004c 00076 (range_over_func.go:7)	TESTB	AL, AL
	0x004e 00078 (range_over_func.go:7)	JNE	34
	0x0050 00080 (range_over_func.go:8)	ADDQ	$24, SP
	0x0054 00084 (range_over_func.go:8)	POPQ	BP
	0x0055 00085 (range_over_func.go:8)	RET
	0x0056 00086 (range_over_func.go:11)	ADDQ	$24, SP
	0x005a 00090 (range_over_func.go:11)	POPQ	BP
	0x005b 00091 (range_over_func.go:11)	RET
	0x005c 00092 (range_over_func.go:11)	NOP
	0x005c 00092 (range_over_func.go:5)	PCDATA	$1, $-1
	0x005c 00092 (range_over_func.go:5)	PCDATA	$0, $-2
	0x005c 00092 (range_over_func.go:5)	MOVQ	AX, 8(SP)
	0x0061 00097 (range_over_func.go:5)	CALL	runtime.morestack(SB)
	0x0066 00102 (range_over_func.go:5)	PCDATA	$0, $-1
	0x0066 00102 (range_over_func.go:5)	MOVQ	8(SP), AX
	0x006b 00107 (range_over_func.go:5)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 18 48 89  I;f.vVUH..H...H.
	0x0010 44 24 28 48 8b 4a 08 48 89 4c 24 08 31 d2 66 90  D$(H.J.H.L$.1.f.
	0x0020 eb 12 48 8b 54 24 10 48 ff c2 48 8b 44 24 28 48  ..H.T$.H..H.D$(H
	0x0030 8b 4c 24 08 48 39 ca 7d 1d 48 89 54 24 10 48 8b  .L$.H9.}.H.T$.H.
	0x0040 08 48 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2  .H..H..H......u.
	0x0050 48 83 c4 18 5d c3 48 83 c4 18 5d c3 48 89 44 24  H...].H...].H.D$
	0x0060 08 e8 00 00 00 00 48 8b 44 24 08 eb 93           ......H.D$...
	rel 74+0 t=R_CALLIND +0
	rel 98+4 t=R_CALL runtime.morestack+0
main.Enumerate.func1#BvZHsVe4VXo=# STEXT size=136 align=0x0 args=0x8 locals=0x38 funcid=0x0
	0x0000 00000 (range_over_func.go:15)	TEXT	main.Enumerate.func1#BvZHsVe4VXo=#(SB), NEEDCTXT|ABIInternal, $56-8
	0x0000 00000 (range_over_func.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:15)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:15)	JLS	116
	0x0006 00006 (range_over_func.go:15)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func.go:15)	PUSHQ	BP
	0x0007 00007 (range_over_func.go:15)	MOVQ	SP, BP
	0x000a 00010 (range_over_func.go:15)	SUBQ	$48, SP
	0x000e 00014 (range_over_func.go:15)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x000e 00014 (range_over_func.go:15)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x000e 00014 (range_over_func.go:15)	FUNCDATA	$5, main.Enumerate.func1#BvZHsVe4VXo=#.arginfo1(SB)
	0x000e 00014 (range_over_func.go:15)	FUNCDATA	$6, main.Enumerate.func1#BvZHsVe4VXo=#.argliveinfo(SB)
	0x000e 00014 (range_over_func.go:15)	PCDATA	$3, $1
	0x000e 00014 (range_over_func.go:16)	MOVQ	AX, main.yield+64(SP)
	0x0013 00019 (range_over_func.go:16)	PCDATA	$3, $-1
	0x0013 00019 (range_over_func.go:15)	MOVQ	8(DX), SI
	0x0017 00023 (range_over_func.go:15)	MOVQ	16(DX), DI
	0x001b 00027 (range_over_func.go:15)	MOVQ	DI, main.xs.len+24(SP)
	0x0020 00032 (range_over_func.go:16)	XORL	CX, CX
	0x0022 00034 (range_over_func.go:16)	JMP	64
	0x0024 00036 (range_over_func.go:16)	MOVQ	main..autotmp_15+40(SP), SI
	0x0029 00041 (range_over_func.go:16)	ADDQ	$16, SI
	0x002d 00045 (range_over_func.go:16)	MOVQ	main.i+32(SP), CX
	0x0032 00050 (range_over_func.go:16)	INCQ	CX
	0x0035 00053 (range_over_func.go:17)	MOVQ	main.yield+64(SP), AX
	0x003a 00058 (range_over_func.go:16)	MOVQ	main.xs.len+24(SP), DI
	0x003f 00063 (range_over_func.go:16)	NOP
	0x0040 00064 (range_over_func.go:16)	CMPQ	CX, DI
	0x0043 00067 (range_over_func.go:16)	JGE	110
	0x0045 00069 (range_over_func.go:16)	MOVQ	CX, main.i+32(SP)
	0x004a 00074 (range_over_func.go:16)	MOVQ	SI, main..autotmp_15+40(SP)
	0x004f 00079 (range_over_func.go:16)	MOVQ	(SI), BX
	0x0052 00082 (range_over_func.go:16)	MOVQ	8(SI), SI
	0x0056 00086 (range_over_func.go:17)	MOVQ	(AX), DI
	0x0059 00089 (range_over_func.go:17)	MOVQ	AX, DX
	0x005c 00092 (range_over_func.go:17)	MOVQ	CX, AX
	0x005f 00095 (range_over_func.go:17)	MOVQ	SI, CX
	0x0062 00098 (range_over_func.go:17)	PCDATA	$1, $1
	0x0062 00098 (range_over_func.go:17)	CALL	DI
	0x0064 00100 (range_over_func.go:17)	TESTB	AL, AL
	0x0066 00102 (range_over_func.go:17)	JNE	36
	0x0068 00104 (range_over_func.go:18)	ADDQ	$48, SP
	0x006c 00108 (range_over_func.go:18)	POPQ	BP
	0x006d 00109 (range_over_func.go:18)	RET
	0x006e 00110 (range_over_func.go:21)	ADDQ	$48, SP
	0x0072 00114 (range_over_func.go:21)	POPQ	BP
	0x0073 00115 (range_over_func.go:21)	RET
	0x0074 00116 (range_over_func.go:21)	NOP
	0x0074 00116 (range_over_func.go:15)	PCDATA	$1, $-1
	0x0074 00116 (range_over_func.go:15)	PCDATA	$0, $-2
	0x0074 00116 (range_over_func.go:15)	MOVQ	AX, 8(SP)
	0x0079 00121 (range_over_func.go:15)	CALL	runtime.morestack(SB)
	0x007e 00126 (range_over_func.go:15)	PCDATA	$0, $-1
	0x007e 00126 (range_over_func.go:15)	MOVQ	8(SP), AX
	0x0083 00131 (range_over_func.go:15)	JMP	0
	0x0000 49 3b 66 10 76 6e 55 48 89 e5 48 83 ec 30 48 89  I;f.vnUH..H..0H.
	0x0010 44 24 40 48 8b 72 08 48 8b 7a 10 48 89 7c 24 18  D$@H.r.H.z.H.|$.
	0x0020 31 c9 eb 1c 48 8b 74 24 28 48 83 c6 10 48 8b 4c  1...H.t$(H...H.L
	0x0030 24 20 48 ff c1 48 8b 44 24 40 48 8b 7c 24 18 90  $ H..H.D$@H.|$..
	0x0040 48 39 f9 7d 29 48 89 4c 24 20 48 89 74 24 28 48  H9.})H.L$ H.t$(H
	0x0050 8b 1e 48 8b 76 08 48 8b 38 48 89 c2 48 89 c8 48  ..H.v.H.8H..H..H
	0x0060 89 f1 ff d7 84 c0 75 bc 48 83 c4 30 5d c3 48 83  ......u.H..0].H.
	0x0070 c4 30 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b  .0].H.D$......H.
	0x0080 44 24 08 e9 78 ff ff ff                          D$..x...
	rel 98+0 t=R_CALLIND +0
	rel 122+4 t=R_CALL runtime.morestack+0
main.Count.func1#s4obnG1cEaI=# STEXT size=109 align=0x0 args=0x8 locals=0x20 funcid=0x0
	0x0000 00000 (range_over_func.go:5)	TEXT	main.Count.func1#s4obnG1cEaI=#(SB), NEEDCTXT|ABIInternal, $32-8
	0x0000 00000 (range_over_func.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func.go:5)	JLS	92
	0x0006 00006 (range_over_func.go:5)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func.go:5)	PUSHQ	BP
	0x0007 00007 (range_over_func.go:5)	MOVQ	SP, BP
	0x000a 00010 (range_over_func.go:5)	SUBQ	$24, SP
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$5, main.Count.func1#s4obnG1cEaI=#.arginfo1(SB)
	0x000e 00014 (range_over_func.go:5)	FUNCDATA	$6, main.Count.func1#s4obnG1cEaI=#.argliveinfo(SB)
	0x000e 00014 (range_over_func.go:5)	PCDATA	$3, $1
	0x000e 00014 (range_over_func.go:6)	MOVQ	AX, main.yield+40(SP)
	0x0013 00019 (range_over_func.go:6)	PCDATA	$3, $-1
	0x0013 00019 (range_over_func.go:5)	MOVQ	8(DX), CX
	0x0017 00023 (range_over_func.go:5)	MOVQ	CX, main.n+8(SP)
	0x001c 00028 (range_over_func.go:5)	XORL	DX, DX
	0x001e 00030 (range_over_func.go:5)	NOP
	0x0020 00032 (range_over_func.go:6)	JMP	52
	0x0022 00034 (range_over_func.go:6)	MOVQ	main.i+16(SP), DX
	0x0027 00039 (range_over_func.go:6)	INCQ	DX
	0x002a 00042 (range_over_func.go:7)	MOVQ	main.yield+40(SP), AX
	0x002f 00047 (range_over_func.go:6)	MOVQ	main.n+8(SP), CX
	0x0034 00052 (range_over_func.go:6)	CMPQ	DX, CX
	0x0037 00055 (range_over_func.go:6)	JGE	86
	0x0039 00057 (range_over_func.go:6)	MOVQ	DX, main.i+16(SP)
	0x003e 00062 (range_over_func.go:7)	MOVQ	(AX), CX
	0x0041 00065 (range_over_func.go:6)	MOVQ	AX, BX
	0x0044 00068 (range_over_func.go:7)	MOVQ	DX, AX
	0x0047 00071 (range_over_func.go:7)	MOVQ	BX, DX
	0x004a 00074 (range_over_func.go:7)	PCDATA	$1, $0
	0x004a 00074 (range_over_func.go:7)	CALL	CX
	0x004c 00076 (range_over_func.go:7)	TESTB	AL, AL
	0x004e 00078 (range_over_func.go:7)	JNE	34
	0x0050 00080 (range_over_func.go:8)	ADDQ	$24, SP
	0x0054 00084 (range_over_func.go:8)	POPQ	BP
	0x0055 00085 (range_over_func.go:8)	RET
	0x0056 00086 (range_over_func.go:11)	ADDQ	$24, SP
	0x005a 00090 (range_over_func.go:11)	POPQ	BP
	0x005b 00091 (range_over_func.go:11)	RET
	0x005c 00092 (range_over_func.go:11)	NOP
	0x005c 00092 (range_over_func.go:5)	PCDATA	$1, $-1
	0x005c 00092 (range_over_func.go:5)	PCDATA	$0, $-2
	0x005c 00092 (range_over_func.go:5)	MOVQ	AX, 8(SP)
	0x0061 00097 (range_over_func.go:5)	CALL	runtime.morestack(SB)
	0x0066 00102 (range_over_func.go:5)	PCDATA	$0, $-1
	0x0066 00102 (range_over_func.go:5)	MOVQ	8(SP), AX
	0x006b 00107 (range_over_func.go:5)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 18 48 89  I;f.vVUH..H...H.
	0x0010 44 24 28 48 8b 4a 08 48 89 4c 24 08 31 d2 66 90  D$(H.J.H.L$.1.f.
	0x0020 eb 12 48 8b 54 24 10 48 ff c2 48 8b 44 24 28 48  ..H.T$.H..H.D$(H
	0x0030 8b 4c 24 08 48 39 ca 7d 1d 48 89 54 24 10 48 8b  .L$.H9.}.H.T$.H.
	0x0040 08 48 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2  .H..H..H......u.
	0x0050 48 83 c4 18 5d c3 48 83 c4 18 5d c3 48 89 44 24  H...].H...].H.D$
	0x0060 08 e8 00 00 00 00 48 8b 44 24 08 eb 93           ......H.D$...
	rel 74+0 t=R_CALLIND +0
	rel 98+4 t=R_CALL runtime.morestack+0
main.main.func1 STEXT nosplit size=39 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (range_over_func.go:66)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (range_over_func.go:66)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (range_over_func.go:66)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (range_over_func.go:66)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
	0x0000 00000 (range_over_func.go:66)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
	0x0000 00000 (range_over_func.go:66)	PCDATA	$3, $1
	0x0000 00000 (range_over_func.go:66)	MOVQ	$-6148914691236517205, CX
	0x000a 00010 (range_over_func.go:66)	IMULQ	CX, AX
	0x000e 00014 (range_over_func.go:66)	MOVQ	$3074457345618258602, CX
	0x0018 00024 (range_over_func.go:66)	LEAQ	(AX)(CX*1), DX
	0x001c 00028 (range_over_func.go:66)	ROLQ	$63, DX
	0x0020 00032 (range_over_func.go:66)	CMPQ	CX, DX
	0x0023 00035 (range_over_func.go:66)	SETCC	AL
	0x0026 00038 (range_over_func.go:66)	RET
	0x0000 48 b9 ab aa aa aa aa aa aa aa 48 0f af c1 48 b9  H.........H...H.
	0x0010 aa aa aa aa aa aa aa 2a 48 8d 14 08 48 c1 c2 3f  .......*H...H..?
	0x0020 48 39 d1 0f 93 c0 c3                             H9.....
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Count$abstract SDWARFABSFCN dupok size=24 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 6f 75 6e 74 00 01 04 01 22  .main.Count...."
	0x0010 6e 00 00 00 00 00 00 00                          n.......
	rel 19+4 t=R_DWARFSECREF go:info.int+0
go:info.main.Count.func1#RMgI/RZtu4k=#$abstract SDWARFABSFCN dupok size=42 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 6f 75 6e 74 2e 66 75 6e 63  .main.Count.func
	0x0010 31 00 01 05 01 22 79 69 65 6c 64 00 00 00 00 00  1...."yield.....
	0x0020 00 21 69 00 06 00 00 00 00 00                    .!i.......
	rel 29+4 t=R_DWARFSECREF go:info.func(int) bool+0
	rel 37+4 t=R_DWARFSECREF go:info.int+0
go:info.main.firstOver-range1$abstract SDWARFABSFCN dupok size=35 align=0x0
	0x0000 05 6d 61 69 6e 2e 66 69 72 73 74 4f 76 65 72 2d  .main.firstOver-
	0x0010 72 61 6e 67 65 31 00 01 24 01 22 76 00 00 00 00  range1..$."v....
	0x0020 00 00 00                                         ...
	rel 0+0 t=R_USETYPE type:int+0
	rel 30+4 t=R_DWARFSECREF go:info.int+0
go:info.main.Count.func1#TvuX58xFILk=#$abstract SDWARFABSFCN dupok size=42 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 6f 75 6e 74 2e 66 75 6e 63  .main.Count.func
	0x0010 31 00 01 05 01 22 79 69 65 6c 64 00 00 00 00 00  1...."yield.....
	0x0020 00 21 69 00 06 00 00 00 00 00                    .!i.......
	rel 29+4 t=R_DWARFSECREF go:info.func(int) bool+0
	rel 37+4 t=R_DWARFSECREF go:info.int+0
go:info.main.Count.func1#s4obnG1cEaI=#$abstract SDWARFABSFCN dupok size=42 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 6f 75 6e 74 2e 66 75 6e 63  .main.Count.func
	0x0010 31 00 01 05 01 22 79 69 65 6c 64 00 00 00 00 00  1...."yield.....
	0x0020 00 21 69 00 06 00 00 00 00 00                    .!i.......
	rel 29+4 t=R_DWARFSECREF go:info.func(int) bool+0
	rel 37+4 t=R_DWARFSECREF go:info.int+0
go:info.main.Enumerate$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 45 6e 75 6d 65 72 61 74 65 00  .main.Enumerate.
	0x0010 01 0e 01 22 78 73 00 00 00 00 00 00 00           ..."xs.......
	rel 24+4 t=R_DWARFSECREF go:info.[]string+0
go:info.main.Enumerate.func1#BvZHsVe4VXo=#$abstract SDWARFABSFCN dupok size=54 align=0x0
	0x0000 05 6d 61 69 6e 2e 45 6e 75 6d 65 72 61 74 65 2e  .main.Enumerate.
	0x0010 66 75 6e 63 31 00 01 0f 01 22 79 69 65 6c 64 00  func1...."yield.
	0x0020 00 00 00 00 00 21 69 00 10 00 00 00 00 21 78 00  .....!i......!x.
	0x0030 10 00 00 00 00 00                                ......
	rel 33+4 t=R_DWARFSECREF go:info.func(int, string) bool+0
	rel 41+4 t=R_DWARFSECREF go:info.int+0
	rel 49+4 t=R_DWARFSECREF go:info.string+0
go:info.main.Filter$abstract SDWARFABSFCN dupok size=38 align=0x0
	0x0000 05 6d 61 69 6e 2e 46 69 6c 74 65 72 00 01 18 01  .main.Filter....
	0x0010 22 73 65 71 00 00 00 00 00 00 22 70 72 65 64 00  "seq......"pred.
	0x0020 00 00 00 00 00 00                                ......
	rel 22+4 t=R_DWARFSECREF go:info.func(func(int) bool)+0
	rel 33+4 t=R_DWARFSECREF go:info.func(int) bool+0
go:info.main.Filter.func1#t09LGZbLbXE=#$abstract SDWARFABSFCN dupok size=49 align=0x0
	0x0000 05 6d 61 69 6e 2e 46 69 6c 74 65 72 2e 66 75 6e  .main.Filter.fun
	0x0010 63 31 00 01 19 01 22 79 69 65 6c 64 00 00 00 00  c1...."yield....
	0x0020 00 00 21 23 79 69 65 6c 64 31 00 00 00 00 00 00  ..!#yield1......
	0x0030 00                                               .
	rel 30+4 t=R_DWARFSECREF go:info.func(int) bool+0
	rel 44+4 t=R_DWARFSECREF go:info.func(int) bool+0
go:info.main.main-range1$abstract SDWARFABSFCN dupok size=30 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2d 72 61 6e 67 65  .main.main-range
	0x0010 31 00 01 35 01 22 76 00 00 00 00 00 00 00        1..5."v.......
	rel 0+0 t=R_USETYPE type:int+0
	rel 25+4 t=R_DWARFSECREF go:info.int+0
go:info.main.main-range2$abstract SDWARFABSFCN dupok size=38 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2d 72 61 6e 67 65  .main.main-range
	0x0010 32 00 01 3f 01 22 69 00 00 00 00 00 00 22 77 00  2..?."i......"w.
	0x0020 00 00 00 00 00 00                                ......
	rel 0+0 t=R_USETYPE type:int+0
	rel 0+0 t=R_USETYPE type:string+0
	rel 25+4 t=R_DWARFSECREF go:info.int+0
	rel 33+4 t=R_DWARFSECREF go:info.string+0
go:info.main.Count.func1#VUTeKbHKruY=#$abstract SDWARFABSFCN dupok size=42 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 6f 75 6e 74 2e 66 75 6e 63  .main.Count.func
	0x0010 31 00 01 05 01 22 79 69 65 6c 64 00 00 00 00 00  1...."yield.....
	0x0020 00 21 69 00 06 00 00 00 00 00                    .!i.......
	rel 29+4 t=R_DWARFSECREF go:info.func(int) bool+0
	rel 37+4 t=R_DWARFSECREF go:info.int+0
go:info.main.Filter.func1-range1#XPl/3YLu2ZI=#$abstract SDWARFABSFCN dupok size=38 align=0x0
	0x0000 05 6d 61 69 6e 2e 46 69 6c 74 65 72 2e 66 75 6e  .main.Filter.fun
	0x0010 63 31 2d 72 61 6e 67 65 31 00 01 1a 01 22 76 00  c1-range1...."v.
	0x0020 00 00 00 00 00 00                                ......
	rel 0+0 t=R_USETYPE type:int+0
	rel 33+4 t=R_DWARFSECREF go:info.int+0
go:info.main.main.func1$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 31  .main.main.func1
	0x0010 00 01 42 01 22 78 00 00 00 00 00 00 00           ..B."x.......
	rel 24+4 t=R_DWARFSECREF go:info.int+0
go:info.main.main-range3$abstract SDWARFABSFCN dupok size=30 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2d 72 61 6e 67 65  .main.main-range
	0x0010 33 00 01 42 01 22 76 00 00 00 00 00 00 00        3..B."v.......
	rel 0+0 t=R_USETYPE type:int+0
	rel 25+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."sum" SRODATA dupok size=3 align=0x1
	0x0000 73 75 6d                                         sum
go:string."sum " SRODATA dupok size=4 align=0x1
	0x0000 73 75 6d 20                                      sum 
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."c" SRODATA dupok size=1 align=0x1
	0x0000 63                                               c
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*func(func(int) bool)- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 66 75 6e 63 28 69 6e 74  ..*func(func(int
	0x0010 29 20 62 6f 6f 6c 29                             ) bool)
type:*func(func(int) bool) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fa 51 f2 92 28 08 08 16 00 00 00 00 00 00 00 00  .Q..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(func(int) bool)-+0
	rel 48+8 t=R_ADDR type:func(func(int) bool)+0
type:.namedata.*func(int) bool- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 66 75 6e 63 28 69 6e 74 29 20 62 6f 6f  ..*func(int) boo
	0x0010 6c                                               l
type:*func(int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 07 d2 7f d5 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) bool-+0
	rel 48+8 t=R_ADDR type:func(int) bool+0
type:func(int) bool SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a3 94 54 7e 22 08 08 13 00 00 00 00 00 00 00 00  ..T~"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(int) bool+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:bool+0
type:func(func(int) bool) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7a a4 46 ba 22 08 08 13 00 00 00 00 00 00 00 00  z.F."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(func(int) bool)-+0
	rel 44+4 t=RelocType(-32763) type:*func(func(int) bool)+0
	rel 56+8 t=R_ADDR type:func(int) bool+0
type:.namedata.*func(func(int, string) bool)- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 66 75 6e 63 28 66 75 6e 63 28 69 6e 74  ..*func(func(int
	0x0010 2c 20 73 74 72 69 6e 67 29 20 62 6f 6f 6c 29     , string) bool)
type:*func(func(int, string) bool) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4b bd b7 45 28 08 08 16 00 00 00 00 00 00 00 00  K..E(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(func(int, string) bool)-+0
	rel 48+8 t=R_ADDR type:func(func(int, string) bool)+0
type:.namedata.*func(int, string) bool- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 69 6e 74 2c 20 73 74 72  ..*func(int, str
	0x0010 69 6e 67 29 20 62 6f 6f 6c                       ing) bool
type:*func(int, string) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b4 39 6f f8 28 08 08 16 00 00 00 00 00 00 00 00  .9o.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, string) bool-+0
	rel 48+8 t=R_ADDR type:func(int, string) bool+0
type:func(int, string) bool SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 12 46 e3 1f 22 08 08 13 00 00 00 00 00 00 00 00  .F.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, string) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(int, string) bool+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:string+0
	rel 72+8 t=R_ADDR type:bool+0
type:func(func(int, string) bool) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ed 52 cb e2 22 08 08 13 00 00 00 00 00 00 00 00  .R.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(func(int, string) bool)-+0
	rel 44+4 t=RelocType(-32763) type:*func(func(int, string) bool)+0
	rel 56+8 t=R_ADDR type:func(int, string) bool+0
type:.namedata.*struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int }- SRODATA dupok size=79 align=0x1
	0x0000 00 4d 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .M*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 2a 69 6e 74 3b 20  ntptr; X0 *int; 
	0x0020 58 31 20 66 75 6e 63 28 69 6e 74 29 20 62 6f 6f  X1 func(int) boo
	0x0030 6c 3b 20 58 32 20 66 75 6e 63 28 69 6e 74 29 20  l; X2 func(int) 
	0x0040 62 6f 6f 6c 3b 20 58 33 20 2a 69 6e 74 20 7d     bool; X3 *int }
type:noalg.*struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c3 3b fe 6e 20 08 08 16 00 00 00 00 00 00 00 00  .;.n ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int }+0
runtime.gcbits.1e00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 1e 00 00 00 00 00 00 00                          ........
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:.namedata.X1. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 31                                      ..X1
type:.namedata.X2. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 32                                      ..X2
type:.namedata.X3. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 33                                      ..X3
type:noalg.struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int } SRODATA dupok size=200 align=0x8
	0x0000 28 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  (.......(.......
	0x0010 69 d3 93 7e 02 08 08 19 00 00 00 00 00 00 00 00  i..~............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 05 00 00 00 00 00 00 00 05 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00c0 20 00 00 00 00 00 00 00                           .......
	rel 32+8 t=R_ADDR runtime.gcbits.1e00000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int; X1 func(int) bool; X2 func(int) bool; X3 *int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:*int+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:func(int) bool+0
	rel 152+8 t=R_ADDR type:.namedata.X2.+0
	rel 160+8 t=R_ADDR type:func(int) bool+0
	rel 176+8 t=R_ADDR type:.namedata.X3.+0
	rel 184+8 t=R_ADDR type:*int+0
type:.namedata.*struct { F uintptr; X0 *int; X1 int }- SRODATA dupok size=40 align=0x1
	0x0000 00 26 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .&*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 2a 69 6e 74 3b 20  ntptr; X0 *int; 
	0x0020 58 31 20 69 6e 74 20 7d                          X1 int }
type:noalg.*struct { F uintptr; X0 *int; X1 int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b6 a2 71 24 20 08 08 16 00 00 00 00 00 00 00 00  ..q$ ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int; X1 int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int; X1 int }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:noalg.struct { F uintptr; X0 *int; X1 int } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 79 bc ad 70 02 08 08 19 00 00 00 00 00 00 00 00  y..p............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int; X1 int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 *int; X1 int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int; X1 int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:*int+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:int+0
type:.namedata.*struct { F uintptr; X0 []string }- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  ."*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 5b 5d 73 74 72 69  ntptr; X0 []stri
	0x0020 6e 67 20 7d                                      ng }
type:noalg.*struct { F uintptr; X0 []string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 96 52 89 ed 20 08 08 16 00 00 00 00 00 00 00 00  .R.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 []string }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 []string }+0
type:noalg.struct { F uintptr; X0 []string } SRODATA dupok size=128 align=0x8
	0x0000 20 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00   ...............
	0x0010 d7 8d ca 74 02 08 08 19 00 00 00 00 00 00 00 00  ...t............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 []string }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 []string }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 []string }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:[]string+0
type:.namedata.*struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) }- SRODATA dupok size=67 align=0x1
	0x0000 00 41 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .A*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 66 75 6e 63 28 69  ntptr; X0 func(i
	0x0020 6e 74 29 20 62 6f 6f 6c 3b 20 58 31 20 66 75 6e  nt) bool; X1 fun
	0x0030 63 28 66 75 6e 63 28 69 6e 74 29 20 62 6f 6f 6c  c(func(int) bool
	0x0040 29 20 7d                                         ) }
type:noalg.*struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c2 ee 8f c2 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) }+0
runtime.gcbits.0600000000000000 SRODATA dupok size=8 align=0x8
	0x0000 06 00 00 00 00 00 00 00                          ........
type:noalg.struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0010 a5 44 5a ab 02 08 08 19 00 00 00 00 00 00 00 00  .DZ.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0600000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 func(int) bool; X1 func(func(int) bool) }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:func(int) bool+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:func(func(int) bool)+0
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
runtime.gcbits.1500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 15 00 00 00 00 00 00 00                          ........
runtime.gcbits.1600000000000000 SRODATA dupok size=8 align=0x8
	0x0000 16 00 00 00 00 00 00 00                          ........
main.main.func1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func1+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Count.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Count.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.Count.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Count.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Enumerate.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.Enumerate.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·mwFurZyQFy+ezr0Dhah66w== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 01 01 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.Enumerate.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Enumerate.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
main.Filter.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.Filter.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·XiTExj79muetu+S/yRlJ0g== SRODATA dupok size=13 align=0x4
	0x0000 05 00 00 00 01 00 00 00 01 01 01 00 00           .............
gclocals·rt5re7FYvD6w/q1TE0UzpQ== SRODATA dupok size=13 align=0x4
	0x0000 05 00 00 00 03 00 00 00 00 03 07 04 00           .............
main.Filter.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Filter.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·mebMOeRFbxp/67ataQQfIA== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 00 07 06                 ...........
main.Filter.func1-range1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Filter.func1-range1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.firstOver.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.firstOver.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Count.func1#RMgI/RZtu4k=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Count.func1#RMgI/RZtu4k=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·jqc6pV/XbHm22UFhfS17iQ== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 06 00 00 00 00 20 36                 ......... 6
main.withDefer.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 d0 ff ff ff 28 00 00 00  ............(...
	0x0010 28 00 00 00 00 00 00 00                          (.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.1600000000000000+0
main.Count.func1#TvuX58xFILk=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Count.func1#TvuX58xFILk=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·hTGAYHoQxrU2HM6tt9Bxpw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 00 07 02                 ...........
main.withDefer-range1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.withDefer-range1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·vLia5sSjP7dFvVRaeKQyLQ== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 08 00 00 00 00 03 02                 ...........
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 d0 ff ff ff 30 00 00 00  ............0...
	0x0010 28 00 00 00 00 00 00 00                          (.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.1500000000000000+0
gclocals·96qQE2UDdRMqcDPlq2MDXg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 05 00 00 00 00 00                    ..........
main.Filter.func1#t09LGZbLbXE=#.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 d8 ff ff ff 28 00 00 00  ............(...
	0x0010 28 00 00 00 00 00 00 00                          (.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.1e00000000000000+0
main.Filter.func1#t09LGZbLbXE=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Filter.func1#t09LGZbLbXE=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Filter.func1#t09LGZbLbXE=#-range1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Filter.func1#t09LGZbLbXE=#-range1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Count.func1#VUTeKbHKruY=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Count.func1#VUTeKbHKruY=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Enumerate.func1#BvZHsVe4VXo=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Enumerate.func1#BvZHsVe4VXo=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Count.func1#s4obnG1cEaI=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Count.func1#s4obnG1cEaI=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
