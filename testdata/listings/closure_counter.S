funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:32)	TEXT	main.main(SB), ABIInternal, $136-0
     0        00000 (closure_counter.go:32)	TEXT	main.main(SB), ABIInternal, $136-0
     0     -1 00000 (closure_counter.go:32)	LEAQ	-8(SP), R12
     5        00005 (closure_counter.go:32)	CMPQ	R12, 16(R14)
     9        00009 (closure_counter.go:32)	PCDATA	$0, $-2
     9        00009 (closure_counter.go:32)	JLS	523
     f        00015 (closure_counter.go:32)	PCDATA	$0, $-1
     f        00015 (closure_counter.go:32)	PUSHQ	BP
    10        00016 (closure_counter.go:32)	MOVQ	SP, BP
    13        00019 (closure_counter.go:32)	ADDQ	$-128, SP
    17        00023 (closure_counter.go:32)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
    17        00023 (closure_counter.go:32)	FUNCDATA	$1, gclocals·Mi7wmrUoyPfdl01h3zx6bA==(SB)
    17        00023 (closure_counter.go:33)	XCHGL	AX, AX
    18      0 00024 (closure_counter.go:33)	MOVQ	$0, main.n+32(SP)
    21     -1 00033 (closure_counter.go:34)	XCHGL	AX, AX
    22      1 00034 (closure_counter.go:34)	MOVQ	$100, main.n+24(SP)
    2b        00043 (closure_counter.go:34)	XORL	AX, AX
    2d     -1 00045 (closure_counter.go:35)	JMP	141
    2f        00047 (closure_counter.go:35)	MOVQ	AX, main.i+56(SP)
    34      2 00052 (closure_counter.go:36)	MOVQ	main.n+32(SP), AX
    39        00057 (closure_counter.go:36)	INCQ	AX
    3c        00060 (closure_counter.go:36)	MOVQ	AX, main..autotmp_37+88(SP)
    41        00065 (<unknown line number>)	NOP
    41        00065 (closure_counter.go:36)	MOVQ	AX, main.n+32(SP)
    46      3 00070 (closure_counter.go:36)	MOVQ	main.n+24(SP), AX
    4b        00075 (closure_counter.go:36)	ADDQ	$-10, AX
    4f        00079 (closure_counter.go:36)	MOVQ	AX, main..autotmp_38+80(SP)
    54        00084 (<unknown line number>)	NOP
    54        00084 (closure_counter.go:36)	MOVQ	AX, main.n+24(SP)
    59        00089 (closure_counter.go:36)	PCDATA	$1, $0
    59     -1 00089 (closure_counter.go:36)	CALL	runtime.printlock(SB)
    5e        00094 (closure_counter.go:36)	MOVQ	main..autotmp_37+88(SP), AX
    63        00099 (closure_counter.go:36)	CALL	runtime.printint(SB)
    68        00104 (closure_counter.go:36)	CALL	runtime.printsp(SB)
    6d        00109 (closure_counter.go:36)	MOVQ	main..autotmp_38+80(SP), AX
    72        00114 (closure_counter.go:36)	CALL	runtime.printint(SB)
    77        00119 (closure_counter.go:36)	CALL	runtime.printnl(SB)
    7c        00124 (closure_counter.go:36)	NOP
    80        00128 (closure_counter.go:36)	CALL	runtime.printunlock(SB)
    85        00133 (closure_counter.go:35)	MOVQ	main.i+56(SP), AX
    8a        00138 (closure_counter.go:35)	INCQ	AX
    8d        00141 (closure_counter.go:35)	CMPQ	AX, $3
    91        00145 (closure_counter.go:35)	JLT	47
    93      4 00147 (closure_counter.go:38)	MOVQ	main.n+32(SP), AX
    98        00152 (closure_counter.go:38)	INCQ	AX
    9b        00155 (closure_counter.go:38)	MOVQ	AX, main..autotmp_37+88(SP)
    a0        00160 (<unknown line number>)	NOP
    a0        00160 (closure_counter.go:38)	MOVQ	AX, main.n+32(SP)
    a5     -1 00165 (closure_counter.go:38)	CALL	runtime.printlock(SB)
    aa        00170 (closure_counter.go:38)	LEAQ	go:string."c1 again "(SB), AX
    b1        00177 (closure_counter.go:38)	MOVL	$9, BX
    b6        00182 (closure_counter.go:38)	CALL	runtime.printstring(SB)
    bb        00187 (closure_counter.go:38)	MOVQ	main..autotmp_37+88(SP), AX
    c0        00192 (closure_counter.go:38)	CALL	runtime.printint(SB)
    c5        00197 (closure_counter.go:38)	CALL	runtime.printnl(SB)
    ca        00202 (closure_counter.go:38)	CALL	runtime.printunlock(SB)
    cf        00207 (closure_counter.go:40)	XCHGL	AX, AX
    d0      5 00208 (closure_counter.go:40)	MOVQ	$0, main.a+72(SP)
    d9        00217 (closure_counter.go:40)	MOVQ	$1, main.b+64(SP)
    e2        00226 (closure_counter.go:40)	XORL	AX, AX
    e4     -1 00228 (closure_counter.go:41)	JMP	301
    e6        00230 (closure_counter.go:41)	MOVQ	AX, main.i+48(SP)
    eb      6 00235 (closure_counter.go:42)	MOVQ	main.a+72(SP), AX
    f0        00240 (closure_counter.go:42)	MOVQ	AX, main.r+16(SP)
    f5        00245 (closure_counter.go:42)	MOVQ	main.b+64(SP), CX
    fa        00250 (closure_counter.go:42)	ADDQ	CX, AX
    fd        00253 (<unknown line number>)	NOP
    fd        00253 (closure_counter.go:42)	MOVQ	CX, main.a+72(SP)
   102        00258 (closure_counter.go:42)	MOVQ	AX, main.b+64(SP)
   107     -1 00263 (closure_counter.go:42)	CALL	runtime.printlock(SB)
   10c        00268 (closure_counter.go:42)	MOVQ	main.r+16(SP), AX
   111        00273 (closure_counter.go:42)	CALL	runtime.printint(SB)
   116        00278 (closure_counter.go:42)	CALL	runtime.printsp(SB)
   11b        00283 (closure_counter.go:42)	NOP
   120        00288 (closure_counter.go:42)	CALL	runtime.printunlock(SB)
   125        00293 (closure_counter.go:41)	MOVQ	main.i+48(SP), AX
   12a        00298 (closure_counter.go:41)	INCQ	AX
   12d        00301 (closure_counter.go:41)	CMPQ	AX, $15
   131        00305 (closure_counter.go:41)	JLT	230
   133        00307 (closure_counter.go:44)	CALL	runtime.printlock(SB)
   138        00312 (closure_counter.go:44)	CALL	runtime.printnl(SB)
   13d        00317 (closure_counter.go:44)	NOP
   140        00320 (closure_counter.go:44)	CALL	runtime.printunlock(SB)
   145        00325 (closure_counter.go:46)	CALL	main.newAcc(SB)
   14a        00330 (closure_counter.go:46)	MOVQ	AX, main..autotmp_39+120(SP)
   14f        00335 (closure_counter.go:46)	MOVQ	BX, main..autotmp_40+112(SP)
   154        00340 (closure_counter.go:47)	PCDATA	$1, $1
   154        00340 (closure_counter.go:47)	CALL	main.newAcc(SB)
   159        00345 (closure_counter.go:47)	MOVQ	AX, main..autotmp_41+104(SP)
   15e        00350 (closure_counter.go:47)	MOVQ	BX, main..autotmp_42+96(SP)
   163        00355 (closure_counter.go:47)	MOVL	$1, CX
   168        00360 (closure_counter.go:48)	JMP	420
   16a        00362 (closure_counter.go:48)	MOVQ	CX, main.i+40(SP)
   16f        00367 (closure_counter.go:49)	MOVQ	main..autotmp_39+120(SP), DX
   174        00372 (closure_counter.go:49)	MOVQ	(DX), BX
   177        00375 (closure_counter.go:49)	MOVQ	CX, AX
   17a        00378 (closure_counter.go:49)	PCDATA	$1, $2
   17a        00378 (closure_counter.go:49)	CALL	BX
   17c        00380 (closure_counter.go:50)	MOVQ	main..autotmp_41+104(SP), DX
   181        00385 (closure_counter.go:50)	MOVQ	(DX), CX
   184        00388 (closure_counter.go:50)	MOVQ	main.i+40(SP), AX
   189        00393 (closure_counter.go:50)	MOVQ	AX, BX
   18c        00396 (closure_counter.go:50)	IMULQ	BX, AX
   190        00400 (closure_counter.go:50)	CALL	CX
   192        00402 (closure_counter.go:48)	MOVQ	main.i+40(SP), CX
   197        00407 (closure_counter.go:48)	INCQ	CX
   19a        00410 (closure_counter.go:50)	MOVQ	main..autotmp_41+104(SP), AX
   19f        00415 (closure_counter.go:52)	MOVQ	main..autotmp_42+96(SP), BX
   1a4        00420 (closure_counter.go:48)	CMPQ	CX, $10
   1a8        00424 (closure_counter.go:48)	JLE	362
   1aa        00426 (closure_counter.go:52)	MOVQ	main..autotmp_40+112(SP), DX
   1af        00431 (closure_counter.go:52)	MOVQ	(DX), AX
   1b2        00434 (closure_counter.go:52)	PCDATA	$1, $3
   1b2        00434 (closure_counter.go:52)	CALL	AX
   1b4        00436 (closure_counter.go:52)	MOVQ	AX, main..autotmp_37+88(SP)
   1b9        00441 (closure_counter.go:52)	MOVQ	main..autotmp_42+96(SP), DX
   1be        00446 (closure_counter.go:52)	MOVQ	(DX), AX
   1c1        00449 (closure_counter.go:52)	PCDATA	$1, $0
   1c1        00449 (closure_counter.go:52)	CALL	AX
   1c3        00451 (closure_counter.go:52)	MOVQ	AX, main..autotmp_38+80(SP)
   1c8        00456 (closure_counter.go:52)	CALL	runtime.printlock(SB)
   1cd        00461 (closure_counter.go:52)	LEAQ	go:string."totals "(SB), AX
   1d4        00468 (closure_counter.go:52)	MOVL	$7, BX
   1d9        00473 (closure_counter.go:52)	CALL	runtime.printstring(SB)
   1de        00478 (closure_counter.go:52)	MOVQ	main..autotmp_37+88(SP), AX
   1e3        00483 (closure_counter.go:52)	CALL	runtime.printint(SB)
   1e8        00488 (closure_counter.go:52)	CALL	runtime.printsp(SB)
   1ed        00493 (closure_counter.go:52)	MOVQ	main..autotmp_38+80(SP), AX
   1f2        00498 (closure_counter.go:52)	CALL	runtime.printint(SB)
   1f7        00503 (closure_counter.go:52)	CALL	runtime.printnl(SB)
   1fc        00508 (closure_counter.go:52)	NOP
   200        00512 (closure_counter.go:52)	CALL	runtime.printunlock(SB)
   205        00517 (closure_counter.go:53)	SUBQ	$-128, SP
   209        00521 (closure_counter.go:53)	POPQ	BP
   20a        00522 (closure_counter.go:53)	RET
   20b        00523 (closure_counter.go:53)	NOP
   20b        00523 (closure_counter.go:32)	PCDATA	$1, $-1
   20b        00523 (closure_counter.go:32)	PCDATA	$0, $-2
   20b        00523 (closure_counter.go:32)	CALL	runtime.morestack_noctxt(SB)
   210        00528 (closure_counter.go:32)	PCDATA	$0, $-1
   210        00528 (closure_counter.go:32)	JMP	0
   215 done
wrote 30 bytes to 0x0
 00 18 02 09 01 01 04 0b 03 07 06 12 02 13 07 3a 0a 12 09 2b 0c 14 0b 07 0e 1c 0d 8e 02 00
-- inlining tree for main.main:
0 | -1 | main.counter (closure_counter.go:33:15) pc=23
1 | -1 | main.counter (closure_counter.go:34:15) pc=33
2 | -1 | main.counter.func1#RMgI/RZtu4k=# (closure_counter.go:36:13) pc=89
3 | -1 | main.counter.func1#8Wum+mHaM5g=# (closure_counter.go:36:19) pc=89
4 | -1 | main.counter.func1#RMgI/RZtu4k=# (closure_counter.go:38:24) pc=165
5 | -1 | main.fibGen (closure_counter.go:40:13) pc=207
6 | -1 | main.fibGen.func1#s4obnG1cEaI=# (closure_counter.go:42:10) pc=263
--
funcpctab main.fibGen.func1#s4obnG1cEaI=# [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:14)	TEXT	main.fibGen.func1#s4obnG1cEaI=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:14)	TEXT	main.fibGen.func1#s4obnG1cEaI=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_counter.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (closure_counter.go:14)	MOVQ	16(DX), CX
     4        00004 (closure_counter.go:14)	MOVQ	8(DX), DX
     8        00008 (closure_counter.go:15)	MOVQ	(DX), AX
     b        00011 (closure_counter.go:16)	MOVQ	(CX), BX
     e        00014 (closure_counter.go:16)	MOVQ	BX, (DX)
    11        00017 (closure_counter.go:16)	LEAQ	(AX)(BX*1), DX
    15        00021 (closure_counter.go:16)	MOVQ	DX, (CX)
    18        00024 (closure_counter.go:17)	RET
    19 done
wrote 3 bytes to 0x0
 00 19 00
funcpctab main.counter.func1#8Wum+mHaM5g=# [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:6)	TEXT	main.counter.func1#8Wum+mHaM5g=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:6)	TEXT	main.counter.func1#8Wum+mHaM5g=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_counter.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (closure_counter.go:6)	MOVQ	8(DX), CX
     4        00004 (closure_counter.go:7)	MOVQ	(CX), AX
     7        00007 (closure_counter.go:7)	ADDQ	16(DX), AX
     b        00011 (closure_counter.go:7)	MOVQ	AX, (CX)
     e        00014 (closure_counter.go:8)	RET
     f done
wrote 3 bytes to 0x0
 00 0f 00
funcpctab main.counter.func1#RMgI/RZtu4k=# [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:6)	TEXT	main.counter.func1#RMgI/RZtu4k=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:6)	TEXT	main.counter.func1#RMgI/RZtu4k=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_counter.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (closure_counter.go:6)	MOVQ	8(DX), CX
     4        00004 (closure_counter.go:7)	MOVQ	(CX), AX
     7        00007 (closure_counter.go:7)	ADDQ	16(DX), AX
     b        00011 (closure_counter.go:7)	MOVQ	AX, (CX)
     e        00014 (closure_counter.go:8)	RET
     f done
wrote 3 bytes to 0x0
 00 0f 00
funcpctab main.fibGen [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:12)	TEXT	main.fibGen(SB), ABIInternal, $48-0
     0        00000 (closure_counter.go:12)	TEXT	main.fibGen(SB), ABIInternal, $48-0
     0     -1 00000 (closure_counter.go:12)	CMPQ	SP, 16(R14)
     4        00004 (closure_counter.go:12)	PCDATA	$0, $-2
     4        00004 (closure_counter.go:12)	JLS	124
     6        00006 (closure_counter.go:12)	PCDATA	$0, $-1
     6        00006 (closure_counter.go:12)	PUSHQ	BP
     7        00007 (closure_counter.go:12)	MOVQ	SP, BP
     a        00010 (closure_counter.go:12)	SUBQ	$40, SP
     e        00014 (closure_counter.go:12)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (closure_counter.go:12)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (closure_counter.go:13)	MOVL	$16, AX
    13        00019 (closure_counter.go:13)	XORL	BX, BX
    15        00021 (closure_counter.go:13)	MOVL	$1, CX
    1a        00026 (closure_counter.go:13)	PCDATA	$1, $0
    1a        00026 (closure_counter.go:13)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    1f        00031 (closure_counter.go:13)	MOVQ	AX, main..autotmp_6+32(SP)
    24        00036 (closure_counter.go:13)	MOVQ	$1, 8(AX)
    2c        00044 (closure_counter.go:14)	MOVL	$24, AX
    31        00049 (closure_counter.go:14)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 *int }(SB), BX
    38        00056 (closure_counter.go:14)	MOVL	$1, CX
    3d        00061 (closure_counter.go:14)	PCDATA	$1, $1
    3d        00061 (closure_counter.go:14)	NOP
    40        00064 (closure_counter.go:14)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    45        00069 (closure_counter.go:14)	LEAQ	main.fibGen.func1(SB), DX
    4c        00076 (closure_counter.go:14)	MOVQ	DX, (AX)
    4f        00079 (closure_counter.go:13)	MOVQ	main..autotmp_6+32(SP), DX
    54        00084 (closure_counter.go:13)	LEAQ	8(DX), SI
    58        00088 (closure_counter.go:14)	CMPL	runtime.writeBarrier(SB), $0
    5f        00095 (closure_counter.go:14)	PCDATA	$0, $-2
    5f        00095 (closure_counter.go:14)	NOP
    60        00096 (closure_counter.go:14)	JEQ	110
    62        00098 (closure_counter.go:14)	CALL	runtime.gcWriteBarrier2(SB)
    67        00103 (closure_counter.go:14)	MOVQ	DX, (R11)
    6a        00106 (closure_counter.go:14)	MOVQ	SI, 8(R11)
    6e        00110 (closure_counter.go:14)	MOVQ	DX, 8(AX)
    72        00114 (closure_counter.go:14)	MOVQ	SI, 16(AX)
    76        00118 (closure_counter.go:14)	PCDATA	$0, $-1
    76        00118 (closure_counter.go:14)	ADDQ	$40, SP
    7a        00122 (closure_counter.go:14)	POPQ	BP
    7b        00123 (closure_counter.go:14)	RET
    7c        00124 (closure_counter.go:14)	NOP
    7c        00124 (closure_counter.go:12)	PCDATA	$1, $-1
    7c        00124 (closure_counter.go:12)	PCDATA	$0, $-2
    7c        00124 (closure_counter.go:12)	NOP
    80        00128 (closure_counter.go:12)	CALL	runtime.morestack_noctxt(SB)
    85        00133 (closure_counter.go:12)	PCDATA	$0, $-1
    85        00133 (closure_counter.go:12)	JMP	0
    8a done
wrote 4 bytes to 0x0
 00 8a 01 00
funcpctab main.fibGen.func1 [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:14)	TEXT	main.fibGen.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:14)	TEXT	main.fibGen.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_counter.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (closure_counter.go:14)	MOVQ	16(DX), CX
     4        00004 (closure_counter.go:14)	MOVQ	8(DX), DX
     8        00008 (closure_counter.go:15)	MOVQ	(DX), AX
     b        00011 (closure_counter.go:16)	MOVQ	(CX), BX
     e        00014 (closure_counter.go:16)	MOVQ	BX, (DX)
    11        00017 (closure_counter.go:16)	LEAQ	(AX)(BX*1), DX
    15        00021 (closure_counter.go:16)	MOVQ	DX, (CX)
    18        00024 (closure_counter.go:17)	RET
    19 done
wrote 3 bytes to 0x0
 00 19 00
funcpctab main.newAcc [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:27)	TEXT	main.newAcc(SB), ABIInternal, $56-0
     0        00000 (closure_counter.go:27)	TEXT	main.newAcc(SB), ABIInternal, $56-0
     0     -1 00000 (closure_counter.go:27)	CMPQ	SP, 16(R14)
     4        00004 (closure_counter.go:27)	PCDATA	$0, $-2
     4        00004 (closure_counter.go:27)	JLS	184
     a        00010 (closure_counter.go:27)	PCDATA	$0, $-1
     a        00010 (closure_counter.go:27)	PUSHQ	BP
     b        00011 (closure_counter.go:27)	MOVQ	SP, BP
     e        00014 (closure_counter.go:27)	SUBQ	$48, SP
    12        00018 (closure_counter.go:27)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (closure_counter.go:27)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
    12        00018 (closure_counter.go:28)	LEAQ	type:int(SB), AX
    19        00025 (closure_counter.go:28)	PCDATA	$1, $0
    19        00025 (closure_counter.go:28)	CALL	runtime.newobject(SB)
    1e        00030 (closure_counter.go:28)	MOVQ	AX, main.&t+40(SP)
    23        00035 (closure_counter.go:29)	MOVL	$16, AX
    28        00040 (closure_counter.go:29)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
    2f        00047 (closure_counter.go:29)	MOVL	$1, CX
    34        00052 (closure_counter.go:29)	PCDATA	$1, $1
    34        00052 (closure_counter.go:29)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    39        00057 (closure_counter.go:29)	LEAQ	main.newAcc.func1(SB), CX
    40        00064 (closure_counter.go:29)	MOVQ	CX, (AX)
    43        00067 (closure_counter.go:29)	CMPL	runtime.writeBarrier(SB), $0
    4a        00074 (closure_counter.go:29)	PCDATA	$0, $-2
    4a        00074 (closure_counter.go:29)	JNE	83
    4c        00076 (closure_counter.go:29)	MOVQ	main.&t+40(SP), DX
    51        00081 (closure_counter.go:29)	JMP	96
    53        00083 (closure_counter.go:29)	CALL	runtime.gcWriteBarrier1(SB)
    58        00088 (closure_counter.go:29)	MOVQ	main.&t+40(SP), DX
    5d        00093 (closure_counter.go:29)	MOVQ	DX, (R11)
    60        00096 (closure_counter.go:29)	MOVQ	AX, main..autotmp_5+32(SP)
    65        00101 (closure_counter.go:29)	MOVQ	DX, 8(AX)
    69        00105 (closure_counter.go:29)	PCDATA	$0, $-1
    69        00105 (closure_counter.go:29)	MOVL	$16, AX
    6e        00110 (closure_counter.go:29)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
    75        00117 (closure_counter.go:29)	MOVL	$1, CX
    7a        00122 (closure_counter.go:29)	PCDATA	$1, $2
    7a        00122 (closure_counter.go:29)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    7f        00127 (closure_counter.go:29)	LEAQ	main.newAcc.func2(SB), DX
    86        00134 (closure_counter.go:29)	MOVQ	DX, (AX)
    89        00137 (closure_counter.go:29)	CMPL	runtime.writeBarrier(SB), $0
    90        00144 (closure_counter.go:29)	PCDATA	$0, $-2
    90        00144 (closure_counter.go:29)	JNE	153
    92        00146 (closure_counter.go:29)	MOVQ	main.&t+40(SP), CX
    97        00151 (closure_counter.go:29)	JMP	166
    99        00153 (closure_counter.go:29)	CALL	runtime.gcWriteBarrier1(SB)
    9e        00158 (closure_counter.go:29)	MOVQ	main.&t+40(SP), CX
    a3        00163 (closure_counter.go:29)	MOVQ	CX, (R11)
    a6        00166 (closure_counter.go:29)	MOVQ	CX, 8(AX)
    aa        00170 (closure_counter.go:29)	PCDATA	$0, $-1
    aa        00170 (closure_counter.go:29)	MOVQ	AX, BX
    ad        00173 (closure_counter.go:29)	MOVQ	main..autotmp_5+32(SP), AX
    b2        00178 (closure_counter.go:29)	ADDQ	$48, SP
    b6        00182 (closure_counter.go:29)	POPQ	BP
    b7        00183 (closure_counter.go:29)	RET
    b8        00184 (closure_counter.go:29)	NOP
    b8        00184 (closure_counter.go:27)	PCDATA	$1, $-1
    b8        00184 (closure_counter.go:27)	PCDATA	$0, $-2
    b8        00184 (closure_counter.go:27)	CALL	runtime.morestack_noctxt(SB)
    bd        00189 (closure_counter.go:27)	PCDATA	$0, $-1
    bd        00189 (closure_counter.go:27)	NOP
    c0        00192 (closure_counter.go:27)	JMP	0
    c5 done
wrote 4 bytes to 0x0
 00 c5 01 00
funcpctab main.newAcc.func2 [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:29)	TEXT	main.newAcc.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:29)	TEXT	main.newAcc.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:29)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_counter.go:29)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (closure_counter.go:29)	MOVQ	8(DX), CX
     4        00004 (closure_counter.go:29)	MOVQ	(CX), AX
     7        00007 (closure_counter.go:29)	RET
     8 done
wrote 3 bytes to 0x0
 00 08 00
funcpctab main.newAcc.func1 [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:29)	TEXT	main.newAcc.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_counter.go:29)	TEXT	main.newAcc.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_counter.go:29)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_counter.go:29)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_counter.go:29)	FUNCDATA	$5, main.newAcc.func1.arginfo1(SB)
     0        00000 (closure_counter.go:29)	FUNCDATA	$6, main.newAcc.func1.argliveinfo(SB)
     0        00000 (closure_counter.go:29)	PCDATA	$3, $1
     0     -1 00000 (closure_counter.go:29)	MOVQ	8(DX), CX
     4        00004 (closure_counter.go:29)	ADDQ	AX, (CX)
     7        00007 (closure_counter.go:29)	RET
     8 done
wrote 3 bytes to 0x0
 00 08 00
funcpctab main.counter [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:4)	TEXT	main.counter(SB), ABIInternal, $48-16
     0        00000 (closure_counter.go:4)	TEXT	main.counter(SB), ABIInternal, $48-16
     0     -1 00000 (closure_counter.go:4)	CMPQ	SP, 16(R14)
     4        00004 (closure_counter.go:4)	PCDATA	$0, $-2
     4        00004 (closure_counter.go:4)	JLS	130
     6        00006 (closure_counter.go:4)	PCDATA	$0, $-1
     6        00006 (closure_counter.go:4)	PUSHQ	BP
     7        00007 (closure_counter.go:4)	MOVQ	SP, BP
     a        00010 (closure_counter.go:4)	SUBQ	$40, SP
     e        00014 (closure_counter.go:4)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (closure_counter.go:4)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (closure_counter.go:4)	FUNCDATA	$5, main.counter.arginfo1(SB)
     e        00014 (closure_counter.go:4)	FUNCDATA	$6, main.counter.argliveinfo(SB)
     e        00014 (closure_counter.go:4)	PCDATA	$3, $1
     e        00014 (closure_counter.go:6)	MOVQ	AX, main.start+56(SP)
    13        00019 (closure_counter.go:6)	MOVQ	BX, main.step+64(SP)
    18        00024 (closure_counter.go:6)	PCDATA	$3, $-1
    18        00024 (closure_counter.go:5)	LEAQ	type:int(SB), AX
    1f        00031 (closure_counter.go:5)	PCDATA	$1, $0
    1f        00031 (closure_counter.go:5)	NOP
    20        00032 (closure_counter.go:5)	CALL	runtime.newobject(SB)
    25        00037 (closure_counter.go:5)	MOVQ	AX, main.&n+32(SP)
    2a        00042 (closure_counter.go:5)	MOVQ	main.start+56(SP), CX
    2f        00047 (closure_counter.go:5)	MOVQ	CX, (AX)
    32        00050 (closure_counter.go:6)	MOVL	$24, AX
    37        00055 (closure_counter.go:6)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 int }(SB), BX
    3e        00062 (closure_counter.go:6)	MOVL	$1, CX
    43        00067 (closure_counter.go:6)	PCDATA	$1, $1
    43        00067 (closure_counter.go:6)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    48        00072 (closure_counter.go:6)	LEAQ	main.counter.func1(SB), CX
    4f        00079 (closure_counter.go:6)	MOVQ	CX, (AX)
    52        00082 (closure_counter.go:6)	CMPL	runtime.writeBarrier(SB), $0
    59        00089 (closure_counter.go:6)	PCDATA	$0, $-2
    59        00089 (closure_counter.go:6)	JNE	98
    5b        00091 (closure_counter.go:6)	MOVQ	main.&n+32(SP), CX
    60        00096 (closure_counter.go:6)	JMP	111
    62        00098 (closure_counter.go:6)	CALL	runtime.gcWriteBarrier1(SB)
    67        00103 (closure_counter.go:6)	MOVQ	main.&n+32(SP), CX
    6c        00108 (closure_counter.go:6)	MOVQ	CX, (R11)
    6f        00111 (closure_counter.go:6)	MOVQ	CX, 8(AX)
    73        00115 (closure_counter.go:6)	PCDATA	$0, $-1
    73        00115 (closure_counter.go:6)	MOVQ	main.step+64(SP), CX
    78        00120 (closure_counter.go:6)	MOVQ	CX, 16(AX)
    7c        00124 (closure_counter.go:6)	ADDQ	$40, SP
    80        00128 (closure_counter.go:6)	POPQ	BP
    81        00129 (closure_counter.go:6)	RET
    82        00130 (closure_counter.go:6)	NOP
    82        00130 (closure_counter.go:4)	PCDATA	$1, $-1
    82        00130 (closure_counter.go:4)	PCDATA	$0, $-2
    82        00130 (closure_counter.go:4)	MOVQ	AX, 8(SP)
    87        00135 (closure_counter.go:4)	MOVQ	BX, 16(SP)
    8c        00140 (closure_counter.go:4)	CALL	runtime.morestack_noctxt(SB)
    91        00145 (closure_counter.go:4)	PCDATA	$0, $-1
    91        00145 (closure_counter.go:4)	MOVQ	8(SP), AX
    96        00150 (closure_counter.go:4)	MOVQ	16(SP), BX
    9b        00155 (closure_counter.go:4)	NOP
    a0        00160 (closure_counter.go:4)	JMP	0
    a5 done
wrote 4 bytes to 0x0
 00 a5 01 00
funcpctab main.counter.func1 [valfunc=pctoinline]
     0     -1 00000 (closure_counter.go:6)	TEXT	main.counter.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:6)	TEXT	main.counter.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_counter.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_counter.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (closure_counter.go:6)	MOVQ	8(DX), CX
     4        00004 (closure_counter.go:7)	MOVQ	(CX), AX
     7        00007 (closure_counter.go:7)	ADDQ	16(DX), AX
     b        00011 (closure_counter.go:7)	MOVQ	AX, (CX)
     e        00014 (closure_counter.go:8)	RET
     f done
wrote 3 bytes to 0x0
 00 0f 00
main.counter STEXT size=165 align=0x0 args=0x10 locals=0x30 funcid=0x0
	0x0000 00000 (closure_counter.go:4)	TEXT	main.counter(SB), ABIInternal, $48-16
	0x0000 00000 (closure_counter.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_counter.go:4)	PCDATA	$0, $-2
	0x0004 00004 (closure_counter.go:4)	JLS	130
	0x0006 00006 (closure_counter.go:4)	PCDATA	$0, $-1
	0x0006 00006 (closure_counter.go:4)	PUSHQ	BP
	0x0007 00007 (closure_counter.go:4)	MOVQ	SP, BP
	0x000a 00010 (closure_counter.go:4)	SUBQ	$40, SP
	0x000e 00014 (closure_counter.go:4)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closure_counter.go:4)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (closure_counter.go:4)	FUNCDATA	$5, main.counter.arginfo1(SB)
	0x000e 00014 (closure_counter.go:4)	FUNCDATA	$6, main.counter.argliveinfo(SB)
	0x000e 00014 (closure_counter.go:4)	PCDATA	$3, $1
	0x000e 00014 (closure_counter.go:6)	MOVQ	AX, main.start+56(SP)
	0x0013 00019 (closure_counter.go:6)	MOVQ	BX, main.step+64(SP)
	0x0018 00024 (closure_counter.go:6)	PCDATA	$3, $-1
	0x0018 00024 (closure_counter.go:5)	LEAQ	type:int(SB), AX
	0x001f 00031 (closure_counter.go:5)	PCDATA	$1, $0
	0x001f 00031 (closure_counter.go:5)	NOP
	0x0020 00032 (closure_counter.go:5)	CALL	runtime.newobject(SB)
	0x0025 00037 (closure_counter.go:5)	MOVQ	AX, main.&n+32(SP)
	0x002a 00042 (closure_counter.go:5)	MOVQ	main.start+56(SP), CX
	0x002f 00047 (closure_counter.go:5)	MOVQ	CX, (AX)
	0x0032 00050 (closure_counter.go:6)	MOVL	$24, AX
	0x0037 00055 (closure_counter.go:6)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 int }(SB), BX
	0x003e 00062 (closure_counter.go:6)	MOVL	$1, CX
	0x0043 00067 (closure_counter.go:6)	PCDATA	$1, $1
	0x0043 00067 (closure_counter.go:6)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x0048 00072 (closure_counter.go:6)	LEAQ	main.counter.func1(SB), CX
	0x004f 00079 (closure_counter.go:6)	MOVQ	CX, (AX)
	0x0052 00082 (closure_counter.go:6)	CMPL	runtime.writeBarrier(SB), $0
	0x0059 00089 (closure_counter.go:6)	PCDATA	$0, $-2
	0x0059 00089 (closure_counter.go:6)	JNE	98
	0x005b 00091 (closure_counter.go:6)	MOVQ	main.&n+32(SP), CX
	0x0060 00096 (closure_counter.go:6)	JMP	111
	0x0062 00098 (closure_counter.go:6)	CALL	runtime.gcWriteBarrier1(SB)
	0x0067 00103 (closure_counter.go:6)	MOVQ	main.&n+32(SP), CX
	0x006c 00108 (closure_counter.go:6)	MOVQ	CX, (R11)
	0x006f 00111 (closure_counter.go:6)	MOVQ	CX, 8(AX)
	0x0073 00115 (closure_counter.go:6)	PCDATA	$0, $-1
	0x0073 00115 (closure_counter.go:6)	MOVQ	main.step+64(SP), CX
	0x0078 00120 (closure_counter.go:6)	MOVQ	CX, 16(AX)
	0x007c 00124 (closure_counter.go:6)	ADDQ	$40, SP
	0x0080 00128 (closure_counter.go:6)	POPQ	BP
	0x0081 00129 (closure_counter.go:6)	RET
	0x0082 00130 (closure_counter.go:6)	NOP
	0x0082 00130 (closure_counter.go:4)	PCDATA	$1, $-1
	0x0082 00130 (closure_counter.go:4)	PCDATA	$0, $-2
	0x0082 00130 (closure_counter.go:4)	MOVQ	AX, 8(SP)
	0x0087 00135 (closure_counter.go:4)	MOVQ	BX, 16(SP)
	0x008c 00140 (closure_counter.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x0091 00145 (closure_counter.go:4)	PCDATA	$0, $-1
	0x0091 00145 (closure_counter.go:4)	MOVQ	8(SP), AX
	0x0096 00150 (closure_counter.go:4)	MOVQ	16(SP), BX
	0x009b 00155 (closure_counter.go:4)	NOP
	0x00a0 00160 (closure_counter.go:4)	JMP	0
	0x0000 49 3b 66 10 76 7c 55 48 89 e5 48 83 ec 28 48 89  I;f.v|UH..H..(H.
	0x0010 44 24 38 48 89 5c 24 40 48 8d 05 00 00 00 00 90  D$8H.\$@H.......
	0x0020 e8 00 00 00 00 48 89 44 24 20 48 8b 4c 24 38 48  .....H.D$ H.L$8H
	0x0030 89 08 b8 18 00 00 00 48 8d 1d 00 00 00 00 b9 01  .......H........
	0x0040 00 00 00 e8 00 00 00 00 48 8d 0d 00 00 00 00 48  ........H......H
	0x0050 89 08 83 3d 00 00 00 00 00 75 07 48 8b 4c 24 20  ...=.....u.H.L$ 
	0x0060 eb 0d e8 00 00 00 00 48 8b 4c 24 20 49 89 0b 48  .......H.L$ I..H
	0x0070 89 48 08 48 8b 4c 24 40 48 89 48 10 48 83 c4 28  .H.H.L$@H.H.H..(
	0x0080 5d c3 48 89 44 24 08 48 89 5c 24 10 e8 00 00 00  ].H.D$.H.\$.....
	0x0090 00 48 8b 44 24 08 48 8b 5c 24 10 0f 1f 44 00 00  .H.D$.H.\$...D..
	0x00a0 e9 5b ff ff ff                                   .[...
	rel 27+4 t=R_PCREL type:int+0
	rel 33+4 t=R_CALL runtime.newobject+0
	rel 58+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int; X1 int }+0
	rel 68+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 75+4 t=R_PCREL main.counter.func1+0
	rel 84+4 t=R_PCREL runtime.writeBarrier+-1
	rel 99+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 141+4 t=R_CALL runtime.morestack_noctxt+0
main.counter.func1 STEXT nosplit size=15 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (closure_counter.go:6)	TEXT	main.counter.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (closure_counter.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:6)	MOVQ	8(DX), CX
	0x0004 00004 (closure_counter.go:7)	MOVQ	(CX), AX
	0x0007 00007 (closure_counter.go:7)	ADDQ	16(DX), AX
	0x000b 00011 (closure_counter.go:7)	MOVQ	AX, (CX)
	0x000e 00014 (closure_counter.go:8)	RET
	0x0000 48 8b 4a 08 48 8b 01 48 03 42 10 48 89 01 c3     H.J.H..H.B.H...
main.fibGen STEXT size=138 align=0x0 args=0x0 locals=0x30 funcid=0x0
	0x0000 00000 (closure_counter.go:12)	TEXT	main.fibGen(SB), ABIInternal, $48-0
	0x0000 00000 (closure_counter.go:12)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_counter.go:12)	PCDATA	$0, $-2
	0x0004 00004 (closure_counter.go:12)	JLS	124
	0x0006 00006 (closure_counter.go:12)	PCDATA	$0, $-1
	0x0006 00006 (closure_counter.go:12)	PUSHQ	BP
	0x0007 00007 (closure_counter.go:12)	MOVQ	SP, BP
	0x000a 00010 (closure_counter.go:12)	SUBQ	$40, SP
	0x000e 00014 (closure_counter.go:12)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closure_counter.go:12)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (closure_counter.go:13)	MOVL	$16, AX
	0x0013 00019 (closure_counter.go:13)	XORL	BX, BX
	0x0015 00021 (closure_counter.go:13)	MOVL	$1, CX
	0x001a 00026 (closure_counter.go:13)	PCDATA	$1, $0
	0x001a 00026 (closure_counter.go:13)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x001f 00031 (closure_counter.go:13)	MOVQ	AX, main..autotmp_6+32(SP)
	0x0024 00036 (closure_counter.go:13)	MOVQ	$1, 8(AX)
	0x002c 00044 (closure_counter.go:14)	MOVL	$24, AX
	0x0031 00049 (closure_counter.go:14)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 *int }(SB), BX
	0x0038 00056 (closure_counter.go:14)	MOVL	$1, CX
	0x003d 00061 (closure_counter.go:14)	PCDATA	$1, $1
	0x003d 00061 (closure_counter.go:14)	NOP
	0x0040 00064 (closure_counter.go:14)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x0045 00069 (closure_counter.go:14)	LEAQ	main.fibGen.func1(SB), DX
	0x004c 00076 (closure_counter.go:14)	MOVQ	DX, (AX)
	0x004f 00079 (closure_counter.go:13)	MOVQ	main..autotmp_6+32(SP), DX
	0x0054 00084 (closure_counter.go:13)	LEAQ	8(DX), SI
	0x0058 00088 (closure_counter.go:14)	CMPL	runtime.writeBarrier(SB), $0
	0x005f 00095 (closure_counter.go:14)	PCDATA	$0, $-2
	0x005f 00095 (closure_counter.go:14)	NOP
	0x0060 00096 (closure_counter.go:14)	JEQ	110
	0x0062 00098 (closure_counter.go:14)	CALL	runtime.gcWriteBarrier2(SB)
	0x0067 00103 (closure_counter.go:14)	MOVQ	DX, (R11)
	0x006a 00106 (closure_counter.go:14)	MOVQ	SI, 8(R11)
	0x006e 00110 (closure_counter.go:14)	MOVQ	DX, 8(AX)
	0x0072 00114 (closure_counter.go:14)	MOVQ	SI, 16(AX)
	0x0076 00118 (closure_counter.go:14)	PCDATA	$0, $-1
	0x0076 00118 (closure_counter.go:14)	ADDQ	$40, SP
	0x007a 00122 (closure_counter.go:14)	POPQ	BP
	0x007b 00123 (closure_counter.go:14)	RET
	0x007c 00124 (closure_counter.go:14)	NOP
	0x007c 00124 (closure_counter.go:12)	PCDATA	$1, $-1
	0x007c 00124 (closure_counter.go:12)	PCDATA	$0, $-2
	0x007c 00124 (closure_counter.go:12)	NOP
	0x0080 00128 (closure_counter.go:12)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (closure_counter.go:12)	PCDATA	$0, $-1
	0x0085 00133 (closure_counter.go:12)	JMP	0
	0x0000 49 3b 66 10 76 76 55 48 89 e5 48 83 ec 28 b8 10  I;f.vvUH..H..(..
	0x0010 00 00 00 31 db b9 01 00 00 00 e8 00 00 00 00 48  ...1...........H
	0x0020 89 44 24 20 48 c7 40 08 01 00 00 00 b8 18 00 00  .D$ H.@.........
	0x0030 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 0f 1f 00  .H..............
	0x0040 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 10 48  .....H......H..H
	0x0050 8b 54 24 20 48 8d 72 08 83 3d 00 00 00 00 00 90  .T$ H.r..=......
	0x0060 74 0c e8 00 00 00 00 49 89 13 49 89 73 08 48 89  t......I..I.s.H.
	0x0070 50 08 48 89 70 10 48 83 c4 28 5d c3 0f 1f 40 00  P.H.p.H..(]...@.
	0x0080 e8 00 00 00 00 e9 76 ff ff ff                    ......v...
	rel 27+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 52+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int; X1 *int }+0
	rel 65+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 72+4 t=R_PCREL main.fibGen.func1+0
	rel 90+4 t=R_PCREL runtime.writeBarrier+-1
	rel 99+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 129+4 t=R_CALL runtime.morestack_noctxt+0
main.fibGen.func1 STEXT nosplit size=25 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (closure_counter.go:14)	TEXT	main.fibGen.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (closure_counter.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:14)	MOVQ	16(DX), CX
	0x0004 00004 (closure_counter.go:14)	MOVQ	8(DX), DX
	0x0008 00008 (closure_counter.go:15)	MOVQ	(DX), AX
	0x000b 00011 (closure_counter.go:16)	MOVQ	(CX), BX
	0x000e 00014 (closure_counter.go:16)	MOVQ	BX, (DX)
	0x0011 00017 (closure_counter.go:16)	LEAQ	(AX)(BX*1), DX
	0x0015 00021 (closure_counter.go:16)	MOVQ	DX, (CX)
	0x0018 00024 (closure_counter.go:17)	RET
	0x0000 48 8b 4a 10 48 8b 52 08 48 8b 02 48 8b 19 48 89  H.J.H.R.H..H..H.
	0x0010 1a 48 8d 14 18 48 89 11 c3                       .H...H...
main.newAcc STEXT size=197 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (closure_counter.go:27)	TEXT	main.newAcc(SB), ABIInternal, $56-0
	0x0000 00000 (closure_counter.go:27)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_counter.go:27)	PCDATA	$0, $-2
	0x0004 00004 (closure_counter.go:27)	JLS	184
	0x000a 00010 (closure_counter.go:27)	PCDATA	$0, $-1
	0x000a 00010 (closure_counter.go:27)	PUSHQ	BP
	0x000b 00011 (closure_counter.go:27)	MOVQ	SP, BP
	0x000e 00014 (closure_counter.go:27)	SUBQ	$48, SP
	0x0012 00018 (closure_counter.go:27)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (closure_counter.go:27)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
	0x0012 00018 (closure_counter.go:28)	LEAQ	type:int(SB), AX
	0x0019 00025 (closure_counter.go:28)	PCDATA	$1, $0
	0x0019 00025 (closure_counter.go:28)	CALL	runtime.newobject(SB)
	0x001e 00030 (closure_counter.go:28)	MOVQ	AX, main.&t+40(SP)
	0x0023 00035 (closure_counter.go:29)	MOVL	$16, AX
	0x0028 00040 (closure_counter.go:29)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
	0x002f 00047 (closure_counter.go:29)	MOVL	$1, CX
	0x0034 00052 (closure_counter.go:29)	PCDATA	$1, $1
	0x0034 00052 (closure_counter.go:29)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0039 00057 (closure_counter.go:29)	LEAQ	main.newAcc.func1(SB), CX
	0x0040 00064 (closure_counter.go:29)	MOVQ	CX, (AX)
	0x0043 00067 (closure_counter.go:29)	CMPL	runtime.writeBarrier(SB), $0
	0x004a 00074 (closure_counter.go:29)	PCDATA	$0, $-2
	0x004a 00074 (closure_counter.go:29)	JNE	83
	0x004c 00076 (closure_counter.go:29)	MOVQ	main.&t+40(SP), DX
	0x0051 00081 (closure_counter.go:29)	JMP	96
	0x0053 00083 (closure_counter.go:29)	CALL	runtime.gcWriteBarrier1(SB)
	0x0058 00088 (closure_counter.go:29)	MOVQ	main.&t+40(SP), DX
	0x005d 00093 (closure_counter.go:29)	MOVQ	DX, (R11)
	0x0060 00096 (closure_counter.go:29)	MOVQ	AX, main..autotmp_5+32(SP)
	0x0065 00101 (closure_counter.go:29)	MOVQ	DX, 8(AX)
	0x0069 00105 (closure_counter.go:29)	PCDATA	$0, $-1
	0x0069 00105 (closure_counter.go:29)	MOVL	$16, AX
	0x006e 00110 (closure_counter.go:29)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
	0x0075 00117 (closure_counter.go:29)	MOVL	$1, CX
	0x007a 00122 (closure_counter.go:29)	PCDATA	$1, $2
	0x007a 00122 (closure_counter.go:29)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x007f 00127 (closure_counter.go:29)	LEAQ	main.newAcc.func2(SB), DX
	0x0086 00134 (closure_counter.go:29)	MOVQ	DX, (AX)
	0x0089 00137 (closure_counter.go:29)	CMPL	runtime.writeBarrier(SB), $0
	0x0090 00144 (closure_counter.go:29)	PCDATA	$0, $-2
	0x0090 00144 (closure_counter.go:29)	JNE	153
	0x0092 00146 (closure_counter.go:29)	MOVQ	main.&t+40(SP), CX
	0x0097 00151 (closure_counter.go:29)	JMP	166
	0x0099 00153 (closure_counter.go:29)	CALL	runtime.gcWriteBarrier1(SB)
	0x009e 00158 (closure_counter.go:29)	MOVQ	main.&t+40(SP), CX
	0x00a3 00163 (closure_counter.go:29)	MOVQ	CX, (R11)
	0x00a6 00166 (closure_counter.go:29)	MOVQ	CX, 8(AX)
	0x00aa 00170 (closure_counter.go:29)	PCDATA	$0, $-1
	0x00aa 00170 (closure_counter.go:29)	MOVQ	AX, BX
	0x00ad 00173 (closure_counter.go:29)	MOVQ	main..autotmp_5+32(SP), AX
	0x00b2 00178 (closure_counter.go:29)	ADDQ	$48, SP
	0x00b6 00182 (closure_counter.go:29)	POPQ	BP
	0x00b7 00183 (closure_counter.go:29)	RET
	0x00b8 00184 (closure_counter.go:29)	NOP
	0x00b8 00184 (closure_counter.go:27)	PCDATA	$1, $-1
	0x00b8 00184 (closure_counter.go:27)	PCDATA	$0, $-2
	0x00b8 00184 (closure_counter.go:27)	CALL	runtime.morestack_noctxt(SB)
	0x00bd 00189 (closure_counter.go:27)	PCDATA	$0, $-1
	0x00bd 00189 (closure_counter.go:27)	NOP
	0x00c0 00192 (closure_counter.go:27)	JMP	0
	0x0000 49 3b 66 10 0f 86 ae 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 8d 05 00 00 00 00 e8 00 00 00 00 48 89  .0H...........H.
	0x0020 44 24 28 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9  D$(.....H.......
	0x0030 01 00 00 00 e8 00 00 00 00 48 8d 0d 00 00 00 00  .........H......
	0x0040 48 89 08 83 3d 00 00 00 00 00 75 07 48 8b 54 24  H...=.....u.H.T$
	0x0050 28 eb 0d e8 00 00 00 00 48 8b 54 24 28 49 89 13  (.......H.T$(I..
	0x0060 48 89 44 24 20 48 89 50 08 b8 10 00 00 00 48 8d  H.D$ H.P......H.
	0x0070 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48  ...............H
	0x0080 8d 15 00 00 00 00 48 89 10 83 3d 00 00 00 00 00  ......H...=.....
	0x0090 75 07 48 8b 4c 24 28 eb 0d e8 00 00 00 00 48 8b  u.H.L$(.......H.
	0x00a0 4c 24 28 49 89 0b 48 89 48 08 48 89 c3 48 8b 44  L$(I..H.H.H..H.D
	0x00b0 24 20 48 83 c4 30 5d c3 e8 00 00 00 00 0f 1f 00  $ H..0].........
	0x00c0 e9 3b ff ff ff                                   .;...
	rel 21+4 t=R_PCREL type:int+0
	rel 26+4 t=R_CALL runtime.newobject+0
	rel 43+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int }+0
	rel 53+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 60+4 t=R_PCREL main.newAcc.func1+0
	rel 69+4 t=R_PCREL runtime.writeBarrier+-1
	rel 84+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 113+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int }+0
	rel 123+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 130+4 t=R_PCREL main.newAcc.func2+0
	rel 139+4 t=R_PCREL runtime.writeBarrier+-1
	rel 154+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 185+4 t=R_CALL runtime.morestack_noctxt+0
main.newAcc.func2 STEXT nosplit size=8 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (closure_counter.go:29)	TEXT	main.newAcc.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (closure_counter.go:29)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:29)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:29)	MOVQ	8(DX), CX
	0x0004 00004 (closure_counter.go:29)	MOVQ	(CX), AX
	0x0007 00007 (closure_counter.go:29)	RET
	0x0000 48 8b 4a 08 48 8b 01 c3                          H.J.H...
main.newAcc.func1 STEXT nosplit size=8 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (closure_counter.go:29)	TEXT	main.newAcc.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (closure_counter.go:29)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:29)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:29)	FUNCDATA	$5, main.newAcc.func1.arginfo1(SB)
	0x0000 00000 (closure_counter.go:29)	FUNCDATA	$6, main.newAcc.func1.argliveinfo(SB)
	0x0000 00000 (closure_counter.go:29)	PCDATA	$3, $1
	0x0000 00000 (closure_counter.go:29)	MOVQ	8(DX), CX
	0x0004 00004 (closure_counter.go:29)	ADDQ	AX, (CX)
	0x0007 00007 (closure_counter.go:29)	RET
	0x0000 48 8b 4a 08 48 01 01 c3                          H.J.H...
main.main STEXT size=533 align=0x0 args=0x0 locals=0x88 funcid=0x0
	0x0000 00000 (closure_counter.go:32)	TEXT	main.main(SB), ABIInternal, $136-0
	0x0000 00000 (closure_counter.go:32)	LEAQ	-8(SP), R12
	0x0005 00005 (closure_counter.go:32)	CMPQ	R12, 16(R14)
	0x0009 00009 (closure_counter.go:32)	PCDATA	$0, $-2
	0x0009 00009 (closure_counter.go:32)	JLS	523
	0x000f 00015 (closure_counter.go:32)	PCDATA	$0, $-1
	0x000f 00015 (closure_counter.go:32)	PUSHQ	BP
	0x0010 00016 (closure_counter.go:32)	MOVQ	SP, BP
	0x0013 00019 (closure_counter.go:32)	ADDQ	$-128, SP
	0x0017 00023 (closure_counter.go:32)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
	0x0017 00023 (closure_counter.go:32)	FUNCDATA	$1, gclocals·Mi7wmrUoyPfdl01h3zx6bA==(SB)
	0x0017 00023 (closure_counter.go:33)	XCHGL	AX, AX
	0x0018 00024 (closure_counter.go:5)	MOVQ	$0, main.n+32(SP)
	0x0021 00033 (closure_counter.go:34)	XCHGL	AX, AX
	0x0022 00034 (closure_counter.go:5)	MOVQ	$100, main.n+24(SP)
	0x002b 00043 (closure_counter.go:5)	XORL	AX, AX
	0x002d 00045 (closure_counter.go:35)	JMP	141
	0x002f 00047 (closure_counter.go:35)	MOVQ	AX, main.i+56(SP)
	0x0034 00052 (closure_counter.go:7)	MOVQ	main.n+32(SP), AX
	0x0039 00057 (closure_counter.go:7)	INCQ	AX
	0x003c 00060 (closure_counter.go:7)	MOVQ	AX, main..autotmp_37+88(SP)
	0x0041 00065 (<unknown line number>)	NOP
	0x0041 00065 (closure_counter.go:7)	MOVQ	AX, main.n+32(SP)
	0x0046 00070 (closure_counter.go:7)	MOVQ	main.n+24(SP), AX
	0x004b 00075 (closure_counter.go:7)	ADDQ	$-10, AX
	0x004f 00079 (closure_counter.go:7)	MOVQ	AX, main..autotmp_38+80(SP)
	0x0054 00084 (<unknown line number>)	NOP
	0x0054 00084 (closure_counter.go:7)	MOVQ	AX, main.n+24(SP)
	0x0059 00089 (closure_counter.go:36)	PCDATA	$1, $0
	0x0059 00089 (closure_counter.go:36)	CALL	runtime.printlock(SB)
	0x005e 00094 (closure_counter.go:36)	MOVQ	main..autotmp_37+88(SP), AX
	0x0063 00099 (closure_counter.go:36)	CALL	runtime.printint(SB)
	0x0068 00104 (closure_counter.go:36)	CALL	runtime.printsp(SB)
	0x006d 00109 (closure_counter.go:36)	MOVQ	main..autotmp_38+80(SP), AX
	0x0072 00114 (closure_counter.go:36)	CALL	runtime.printint(SB)
	0x0077 00119 (closure_counter.go:36)	CALL	runtime.printnl(SB)
	0x007c 00124 (closure_counter.go:36)	NOP
	0x0080 00128 (closure_counter.go:36)	CALL	runtime.printunlock(SB)
	0x0085 00133 (closure_counter.go:35)	MOVQ	main.i+56(SP), AX
	0x008a 00138 (closure_counter.go:35)	INCQ	AX
	0x008d 00141 (closure_counter.go:35)	CMPQ	AX, $3
	0x0091 00145 (closure_counter.go:35)	JLT	47
	0x0093 00147 (closure_counter.go:7)	MOVQ	main.n+32(SP), AX
	0x0098 00152 (closure_counter.go:7)	INCQ	AX
	0x009b 00155 (closure_counter.go:7)	MOVQ	AX, main..autotmp_37+88(SP)
	0x00a0 00160 (<unknown line number>)	NOP
	0x00a0 00160 (closure_counter.go:7)	MOVQ	AX, main.n+32(SP)
	0x00a5 00165 (closure_counter.go:38)	CALL	runtime.printlock(SB)
	0x00aa 00170 (closure_counter.go:38)	LEAQ	go:string."c1 again "(SB), AX
	0x00b1 00177 (closure_counter.go:38)	MOVL	$9, BX
	0x00b6 00182 (closure_counter.go:38)	CALL	runtime.printstring(SB)
	0x00bb 00187 (closure_counter.go:38)	MOVQ	main..autotmp_37+88(SP), AX
	0x00c0 00192 (closure_counter.go:38)	CALL	runtime.printint(SB)
	0x00c5 00197 (closure_counter.go:38)	CALL	runtime.printnl(SB)
	0x00ca 00202 (closure_counter.go:38)	CALL	runtime.printunlock(SB)
	0x00cf 00207 (closure_counter.go:40)	XCHGL	AX, AX
	0x00d0 00208 (closure_counter.go:13)	MOVQ	$0, main.a+72(SP)
	0x00d9 00217 (closure_counter.go:13)	MOVQ	$1, main.b+64(SP)
	0x00e2 00226 (closure_counter.go:13)	XORL	AX, AX
	0x00e4 00228 (closure_counter.go:41)	JMP	301
	0x00e6 00230 (closure_counter.go:41)	MOVQ	AX, main.i+48(SP)
	0x00eb 00235 (closure_counter.go:15)	MOVQ	main.a+72(SP), AX
	0x00f0 00240 (closure_counter.go:15)	MOVQ	AX, main.r+16(SP)
	0x00f5 00245 (closure_counter.go:16)	MOVQ	main.b+64(SP), CX
	0x00fa 00250 (closure_counter.go:16)	ADDQ	CX, AX
	0x00fd 00253 (<unknown line number>)	NOP
	0x00fd 00253 (closure_counter.go:16)	MOVQ	CX, main.a+72(SP)
	0x0102 00258 (closure_counter.go:16)	MOVQ	AX, main.b+64(SP)
	0x0107 00263 (closure_counter.go:42)	CALL	runtime.printlock(SB)
	0x010c 00268 (closure_counter.go:42)	MOVQ	main.r+16(SP), AX
	0x0111 00273 (closure_counter.go:42)	CALL	runtime.printint(SB)
	0x0116 00278 (closure_counter.go:42)	CALL	runtime.printsp(SB)
	0x011b 00283 (closure_counter.go:42)	NOP
	0x0120 00288 (closure_counter.go:42)	CALL	runtime.printunlock(SB)
	0x0125 00293 (closure_counter.go:41)	MOVQ	main.i+48(SP), AX
	0x012a 00298 (closure_counter.go:41)	INCQ	AX
	0x012d 00301 (closure_counter.go:41)	CMPQ	AX, $15
	0x0131 00305 (closure_counter.go:41)	JLT	230
	0x0133 00307 (closure_counter.go:44)	CALL	runtime.printlock(SB)
	0x0138 00312 (closure_counter.go:44)	CALL	runtime.printnl(SB)
	0x013d 00317 (closure_counter.go:44)	NOP
	0x0140 00320 (closure_counter.go:44)	CALL	runtime.printunlock(SB)
	0x0145 00325 (closure_counter.go:46)	CALL	main.newAcc(SB)
	0x014a 00330 (closure_counter.go:46)	MOVQ	AX, main..autotmp_39+120(SP)
	0x014f 00335 (closure_counter.go:46)	MOVQ	BX, main..autotmp_40+112(SP)
	0x0154 00340 (closure_counter.go:47)	PCDATA	$1, $1
	0x0154 00340 (closure_counter.go:47)	CALL	main.newAcc(SB)
	0x0159 00345 (closure_counter.go:47)	MOVQ	AX, main..autotmp_41+104(SP)
	0x015e 00350 (closure_counter.go:47)	MOVQ	BX, main..autotmp_42+96(SP)
	0x0163 00355 (closure_counter.go:47)	MOVL	$1, CX
	0x0168 00360 (closure_counter.go:48)	JMP	420
	0x016a 00362 (closure_counter.go:48)	MOVQ	CX, main.i+40(SP)
	0x016f 00367 (closure_counter.go:49)	MOVQ	main..autotmp_39+120(SP), DX
	0x0174 00372 (closure_counter.go:49)	MOVQ	(DX), BX
	0x0177 00375 (closure_counter.go:49)	MOVQ	CX, AX
	0x017a 00378 (closure_counter.go:49)	PCDATA	$1, $2
	0x017a 00378 (closure_counter.go:49)	CALL	BX
	0x017c 00380 (closure_counter.go:50)	MOVQ	main..autotmp_41+104(SP), DX
	0x0181 00385 (closure_counter.go:50)	MOVQ	(DX), CX
	0x0184 00388 (closure_counter.go:50)	MOVQ	main.i+40(SP), AX
	0x0189 00393 (closure_counter.go:50)	MOVQ	AX, BX
	0x018c 00396 (closure_counter.go:50)	IMULQ	BX, AX
	0x0190 00400 (closure_counter.go:50)	CALL	CX
	0x0192 00402 (closure_counter.go:48)	MOVQ	main.i+40(SP), CX
	0x0197 00407 (closure_counter.go:48)	INCQ	CX
	0x019a 00410 (closure_counter.go:50)	MOVQ	main..autotmp_41+104(SP), AX
	0x019f 00415 (closure_counter.go:52)	MOVQ	main..autotmp_42+96(SP), BX
	0x01a4 00420 (closure_counter.go:48)	CMPQ	CX, $10
	0x01a8 00424 (closure_counter.go:48)	JLE	362
	0x01aa 00426 (closure_counter.go:52)	MOVQ	main..autotmp_40+112(SP), DX
	0x01af 00431 (closure_counter.go:52)	MOVQ	(DX), AX
	0x01b2 00434 (closure_counter.go:52)	PCDATA	$1, $3
	0x01b2 00434 (closure_counter.go:52)	CALL	AX
	0x01b4 00436 (closure_counter.go:52)	MOVQ	AX, main..autotmp_37+88(SP)
	0x01b9 00441 (closure_counter.go:52)	MOVQ	main..autotmp_42+96(SP), DX
	0x01be 00446 (closure_counter.go:52)	MOVQ	(DX), AX
	0x01c1 00449 (closure_counter.go:52)	PCDATA	$1, $0
	0x01c1 00449 (closure_counter.go:52)	CALL	AX
	0x01c3 00451 (closure_counter.go:52)	MOVQ	AX, main..autotmp_38+80(SP)
	0x01c8 00456 (closure_counter.go:52)	CALL	runtime.printlock(SB)
	0x01cd 00461 (closure_counter.go:52)	LEAQ	go:string."totals "(SB), AX
	0x01d4 00468 (closure_counter.go:52)	MOVL	$7, BX
	0x01d9 00473 (closure_counter.go:52)	CALL	runtime.printstring(SB)
	0x01de 00478 (closure_counter.go:52)	MOVQ	main..autotmp_37+88(SP), AX
	0x01e3 00483 (closure_counter.go:52)	CALL	runtime.printint(SB)
	0x01e8 00488 (closure_counter.go:52)	CALL	runtime.printsp(SB)
	0x01ed 00493 (closure_counter.go:52)	MOVQ	main..autotmp_38+80(SP), AX
	0x01f2 00498 (closure_counter.go:52)	CALL	runtime.printint(SB)
	0x01f7 00503 (closure_counter.go:52)	CALL	runtime.printnl(SB)
	0x01fc 00508 (closure_counter.go:52)	NOP
	0x0200 00512 (closure_counter.go:52)	CALL	runtime.printunlock(SB)
	0x0205 00517 (closure_counter.go:53)	SUBQ	$-128, SP
	0x0209 00521 (closure_counter.go:53)	POPQ	BP
	0x020a 00522 (closure_counter.go:53)	RET
	0x020b 00523 (closure_counter.go:53)	NOP
	0x020b 00523 (closure_counter.go:32)	PCDATA	$1, $-1
	0x020b 00523 (closure_counter.go:32)	PCDATA	$0, $-2
	0x020b 00523 (closure_counter.go:32)	CALL	runtime.morestack_noctxt(SB)
	0x0210 00528 (closure_counter.go:32)	PCDATA	$0, $-1
	0x0210 00528 (closure_counter.go:32)	JMP	0
	0x0000 4c 8d 64 24 f8 4d 3b 66 10 0f 86 fc 01 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 83 c4 80 90 48 c7 44 24 20 00 00 00  H..H....H.D$ ...
	0x0020 00 90 48 c7 44 24 18 64 00 00 00 31 c0 eb 5e 48  ..H.D$.d...1..^H
	0x0030 89 44 24 38 48 8b 44 24 20 48 ff c0 48 89 44 24  .D$8H.D$ H..H.D$
	0x0040 58 48 89 44 24 20 48 8b 44 24 18 48 83 c0 f6 48  XH.D$ H.D$.H...H
	0x0050 89 44 24 50 48 89 44 24 18 e8 00 00 00 00 48 8b  .D$PH.D$......H.
	0x0060 44 24 58 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  D$X..........H.D
	0x0070 24 50 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $P............@.
	0x0080 e8 00 00 00 00 48 8b 44 24 38 48 ff c0 48 83 f8  .....H.D$8H..H..
	0x0090 03 7c 9c 48 8b 44 24 20 48 ff c0 48 89 44 24 58  .|.H.D$ H..H.D$X
	0x00a0 48 89 44 24 20 e8 00 00 00 00 48 8d 05 00 00 00  H.D$ .....H.....
	0x00b0 00 bb 09 00 00 00 e8 00 00 00 00 48 8b 44 24 58  ...........H.D$X
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x00d0 48 c7 44 24 48 00 00 00 00 48 c7 44 24 40 01 00  H.D$H....H.D$@..
	0x00e0 00 00 31 c0 eb 47 48 89 44 24 30 48 8b 44 24 48  ..1..GH.D$0H.D$H
	0x00f0 48 89 44 24 10 48 8b 4c 24 40 48 01 c8 48 89 4c  H.D$.H.L$@H..H.L
	0x0100 24 48 48 89 44 24 40 e8 00 00 00 00 48 8b 44 24  $HH.D$@.....H.D$
	0x0110 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0120 e8 00 00 00 00 48 8b 44 24 30 48 ff c0 48 83 f8  .....H.D$0H..H..
	0x0130 0f 7c b3 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  .|..............
	0x0140 e8 00 00 00 00 e8 00 00 00 00 48 89 44 24 78 48  ..........H.D$xH
	0x0150 89 5c 24 70 e8 00 00 00 00 48 89 44 24 68 48 89  .\$p.....H.D$hH.
	0x0160 5c 24 60 b9 01 00 00 00 eb 3a 48 89 4c 24 28 48  \$`......:H.L$(H
	0x0170 8b 54 24 78 48 8b 1a 48 89 c8 ff d3 48 8b 54 24  .T$xH..H....H.T$
	0x0180 68 48 8b 0a 48 8b 44 24 28 48 89 c3 48 0f af c3  hH..H.D$(H..H...
	0x0190 ff d1 48 8b 4c 24 28 48 ff c1 48 8b 44 24 68 48  ..H.L$(H..H.D$hH
	0x01a0 8b 5c 24 60 48 83 f9 0a 7e c0 48 8b 54 24 70 48  .\$`H...~.H.T$pH
	0x01b0 8b 02 ff d0 48 89 44 24 58 48 8b 54 24 60 48 8b  ....H.D$XH.T$`H.
	0x01c0 02 ff d0 48 89 44 24 50 e8 00 00 00 00 48 8d 05  ...H.D$P.....H..
	0x01d0 00 00 00 00 bb 07 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x01e0 44 24 58 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  D$X..........H.D
	0x01f0 24 50 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $P............@.
	0x0200 e8 00 00 00 00 48 83 ec 80 5d c3 e8 00 00 00 00  .....H...]......
	0x0210 e9 eb fd ff ff                                   .....
	rel 90+4 t=R_CALL runtime.printlock+0
	rel 100+4 t=R_CALL runtime.printint+0
	rel 105+4 t=R_CALL runtime.printsp+0
	rel 115+4 t=R_CALL runtime.printint+0
	rel 120+4 t=R_CALL runtime.printnl+0
	rel 129+4 t=R_CALL runtime.printunlock+0
	rel 166+4 t=R_CALL runtime.printlock+0
	rel 173+4 t=R_PCREL go:string."c1 again "+0
	rel 183+4 t=R_CALL runtime.printstring+0
	rel 193+4 t=R_CALL runtime.printint+0
	rel 198+4 t=R_CALL runtime.printnl+0
	rel 203+4 t=R_CALL runtime.printunlock+0
	rel 264+4 t=R_CALL runtime.printlock+0
	rel 274+4 t=R_CALL runtime.printint+0
	rel 279+4 t=R_CALL runtime.printsp+0
	rel 289+4 t=R_CALL runtime.printunlock+0
	rel 308+4 t=R_CALL runtime.printlock+0
	rel 313+4 t=R_CALL runtime.printnl+0
	rel 321+4 t=R_CALL runtime.printunlock+0
	rel 326+4 t=R_CALL main.newAcc+0
	rel 341+4 t=R_CALL main.newAcc+0
	rel 378+0 t=R_CALLIND +0
	rel 400+0 t=R_CALLIND +0
	rel 434+0 t=R_CALLIND +0
	rel 449+0 t=R_CALLIND +0
	rel 457+4 t=R_CALL runtime.printlock+0
	rel 464+4 t=R_PCREL go:string."totals "+0
	rel 474+4 t=R_CALL runtime.printstring+0
	rel 484+4 t=R_CALL runtime.printint+0
	rel 489+4 t=R_CALL runtime.printsp+0
	rel 499+4 t=R_CALL runtime.printint+0
	rel 504+4 t=R_CALL runtime.printnl+0
	rel 513+4 t=R_CALL runtime.printunlock+0
	rel 524+4 t=R_CALL runtime.morestack_noctxt+0
main.fibGen.func1#s4obnG1cEaI=# STEXT nosplit size=25 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (closure_counter.go:14)	TEXT	main.fibGen.func1#s4obnG1cEaI=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (closure_counter.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:14)	MOVQ	16(DX), CX
	0x0004 00004 (closure_counter.go:14)	MOVQ	8(DX), DX
	0x0008 00008 (closure_counter.go:15)	MOVQ	(DX), AX
	0x000b 00011 (closure_counter.go:16)	MOVQ	(CX), BX
	0x000e 00014 (closure_counter.go:16)	MOVQ	BX, (DX)
	0x0011 00017 (closure_counter.go:16)	LEAQ	(AX)(BX*1), DX
	0x0015 00021 (closure_counter.go:16)	MOVQ	DX, (CX)
	0x0018 00024 (closure_counter.go:17)	RET
	0x0000 48 8b 4a 10 48 8b 52 08 48 8b 02 48 8b 19 48 89  H.J.H.R.H..H..H.
	0x0010 1a 48 8d 14 18 48 89 11 c3                       .H...H...
main.counter.func1#8Wum+mHaM5g=# STEXT nosplit size=15 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (closure_counter.go:6)	TEXT	main.counter.func1#8Wum+mHaM5g=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (closure_counter.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:6)	MOVQ	8(DX), CX
	0x0004 00004 (closure_counter.go:7)	MOVQ	(CX), AX
	0x0007 00007 (closure_counter.go:7)	ADDQ	16(DX), AX
	0x000b 00011 (closure_counter.go:7)	MOVQ	AX, (CX)
	0x000e 00014 (closure_counter.go:8)	RET
	0x0000 48 8b 4a 08 48 8b 01 48 03 42 10 48 89 01 c3     H.J.H..H.B.H...
main.counter.func1#RMgI/RZtu4k=# STEXT nosplit size=15 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (closure_counter.go:6)	TEXT	main.counter.func1#RMgI/RZtu4k=#(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (closure_counter.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_counter.go:6)	MOVQ	8(DX), CX
	0x0004 00004 (closure_counter.go:7)	MOVQ	(CX), AX
	0x0007 00007 (closure_counter.go:7)	ADDQ	16(DX), AX
	0x000b 00011 (closure_counter.go:7)	MOVQ	AX, (CX)
	0x000e 00014 (closure_counter.go:8)	RET
	0x0000 48 8b 4a 08 48 8b 01 48 03 42 10 48 89 01 c3     H.J.H..H.B.H...
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.counter$abstract SDWARFABSFCN dupok size=49 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6f 75 6e 74 65 72 00 01 04  .main.counter...
	0x0010 01 22 73 74 61 72 74 00 00 00 00 00 00 22 73 74  ."start......"st
	0x0020 65 70 00 00 00 00 00 00 21 6e 00 05 00 00 00 00  ep......!n......
	0x0030 00                                               .
	rel 25+4 t=R_DWARFSECREF go:info.int+0
	rel 36+4 t=R_DWARFSECREF go:info.int+0
	rel 44+4 t=R_DWARFSECREF go:info.int+0
go:info.main.counter.func1#RMgI/RZtu4k=#$abstract SDWARFABSFCN dupok size=24 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6f 75 6e 74 65 72 2e 66 75  .main.counter.fu
	0x0010 6e 63 31 00 01 06 01 00                          nc1.....
go:info.main.counter.func1#8Wum+mHaM5g=#$abstract SDWARFABSFCN dupok size=24 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6f 75 6e 74 65 72 2e 66 75  .main.counter.fu
	0x0010 6e 63 31 00 01 06 01 00                          nc1.....
go:info.main.fibGen$abstract SDWARFABSFCN dupok size=33 align=0x0
	0x0000 05 6d 61 69 6e 2e 66 69 62 47 65 6e 00 01 0c 01  .main.fibGen....
	0x0010 21 61 00 0d 00 00 00 00 21 62 00 0d 00 00 00 00  !a......!b......
	0x0020 00                                               .
	rel 20+4 t=R_DWARFSECREF go:info.int+0
	rel 28+4 t=R_DWARFSECREF go:info.int+0
go:info.main.fibGen.func1#s4obnG1cEaI=#$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 66 69 62 47 65 6e 2e 66 75 6e  .main.fibGen.fun
	0x0010 63 31 00 01 0e 01 21 72 00 0f 00 00 00 00 00     c1....!r.......
	rel 26+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.acc- SRODATA dupok size=11 align=0x1
	0x0000 00 09 2a 6d 61 69 6e 2e 61 63 63                 ..*main.acc
type:*main.acc SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ae fb c5 4a 28 08 08 16 00 00 00 00 00 00 00 00  ...J(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.acc-+0
	rel 48+8 t=R_ADDR type:main.acc+0
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
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
type:.namedata.add- SRODATA dupok size=5 align=0x1
	0x0000 00 03 61 64 64                                   ..add
type:.namedata.total- SRODATA dupok size=7 align=0x1
	0x0000 00 05 74 6f 74 61 6c                             ..total
type:main.acc SRODATA size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 e4 e6 2e 9c 07 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0300000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.acc-+0
	rel 44+4 t=R_ADDROFF type:*main.acc+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.acc+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.add-+0
	rel 104+8 t=R_ADDR type:func(int)+0
	rel 120+8 t=R_ADDR type:.namedata.total-+0
	rel 128+8 t=R_ADDR type:func() int+0
go:string."c1 again" SRODATA dupok size=8 align=0x1
	0x0000 63 31 20 61 67 61 69 6e                          c1 again
go:string."c1 again " SRODATA dupok size=9 align=0x1
	0x0000 63 31 20 61 67 61 69 6e 20                       c1 again 
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."totals" SRODATA dupok size=6 align=0x1
	0x0000 74 6f 74 61 6c 73                                totals
go:string."totals " SRODATA dupok size=7 align=0x1
	0x0000 74 6f 74 61 6c 73 20                             totals 
type:.namedata.*struct { F uintptr; X0 *int }- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  ..*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 2a 69 6e 74 20 7d  ntptr; X0 *int }
type:noalg.*struct { F uintptr; X0 *int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 70 c1 ac 1c 20 08 08 16 00 00 00 00 00 00 00 00  p... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:noalg.struct { F uintptr; X0 *int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 79 19 0c e4 02 08 08 19 00 00 00 00 00 00 00 00  y...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 *int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:*int+0
type:.namedata.*struct { F uintptr; X0 *int; X1 *int }- SRODATA dupok size=41 align=0x1
	0x0000 00 27 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .'*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 2a 69 6e 74 3b 20  ntptr; X0 *int; 
	0x0020 58 31 20 2a 69 6e 74 20 7d                       X1 *int }
type:noalg.*struct { F uintptr; X0 *int; X1 *int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ea 77 d4 0b 20 08 08 16 00 00 00 00 00 00 00 00  .w.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int; X1 *int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int; X1 *int }+0
runtime.gcbits.0600000000000000 SRODATA dupok size=8 align=0x8
	0x0000 06 00 00 00 00 00 00 00                          ........
type:.namedata.X1. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 31                                      ..X1
type:noalg.struct { F uintptr; X0 *int; X1 *int } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0010 07 24 fd c6 02 08 08 19 00 00 00 00 00 00 00 00  .$..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0600000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int; X1 *int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 *int; X1 *int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int; X1 *int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:*int+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:*int+0
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
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.counter.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.counter.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·sfOxBcdnNBiCaiOXpthwPg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 02 03                 ...........
main.newAcc.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.newAcc.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·Mi7wmrUoyPfdl01h3zx6bA== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 04 00 00 00 00 0c 0f 01              ............
