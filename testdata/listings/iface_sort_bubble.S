funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (iface_sort_bubble.go:43)	TEXT	main.main(SB), ABIInternal, $128-0
     0        00000 (iface_sort_bubble.go:43)	TEXT	main.main(SB), ABIInternal, $128-0
     0     -1 00000 (iface_sort_bubble.go:43)	CMPQ	SP, 16(R14)
     4        00004 (iface_sort_bubble.go:43)	PCDATA	$0, $-2
     4        00004 (iface_sort_bubble.go:43)	JLS	694
     a        00010 (iface_sort_bubble.go:43)	PCDATA	$0, $-1
     a        00010 (iface_sort_bubble.go:43)	PUSHQ	BP
     b        00011 (iface_sort_bubble.go:43)	MOVQ	SP, BP
     e        00014 (iface_sort_bubble.go:43)	SUBQ	$120, SP
    12        00018 (iface_sort_bubble.go:43)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
    12        00018 (iface_sort_bubble.go:43)	FUNCDATA	$1, gclocals·F46HKjSQ3JLZB8roDamUrw==(SB)
    12        00018 (iface_sort_bubble.go:43)	FUNCDATA	$2, main.main.stkobj(SB)
    12        00018 (iface_sort_bubble.go:44)	MOVL	$80, AX
    17        00023 (iface_sort_bubble.go:44)	LEAQ	type:[10]int(SB), BX
    1e        00030 (iface_sort_bubble.go:44)	MOVL	$1, CX
    23        00035 (iface_sort_bubble.go:44)	PCDATA	$1, $0
    23        00035 (iface_sort_bubble.go:44)	CALL	runtime.mallocgcSmallNoScanSC7(SB)
    28        00040 (iface_sort_bubble.go:44)	MOVQ	AX, main..autotmp_34+112(SP)
    2d        00045 (iface_sort_bubble.go:44)	MOVQ	$5, (AX)
    34        00052 (iface_sort_bubble.go:44)	MOVQ	$2, 8(AX)
    3c        00060 (iface_sort_bubble.go:44)	MOVQ	$9, 16(AX)
    44        00068 (iface_sort_bubble.go:44)	MOVQ	$-1, 24(AX)
    4c        00076 (iface_sort_bubble.go:44)	MOVQ	$7, 32(AX)
    54        00084 (iface_sort_bubble.go:44)	MOVQ	$3, 40(AX)
    5c        00092 (iface_sort_bubble.go:44)	MOVQ	$3, 48(AX)
    64        00100 (iface_sort_bubble.go:44)	MOVQ	$0, 56(AX)
    6c        00108 (iface_sort_bubble.go:44)	MOVQ	$12, 64(AX)
    74        00116 (iface_sort_bubble.go:44)	MOVQ	$-8, 72(AX)
    7c        00124 (iface_sort_bubble.go:45)	MOVL	$10, BX
    81        00129 (iface_sort_bubble.go:45)	MOVL	BX, CX
    83        00131 (iface_sort_bubble.go:45)	PCDATA	$1, $1
    83        00131 (iface_sort_bubble.go:45)	CALL	runtime.convTslice(SB)
    88        00136 (iface_sort_bubble.go:45)	MOVQ	AX, BX
    8b        00139 (iface_sort_bubble.go:45)	LEAQ	go:itab.main.Ints,main.Interface(SB), AX
    92        00146 (iface_sort_bubble.go:45)	CALL	main.bubbleUp(SB)
    97        00151 (iface_sort_bubble.go:45)	XORL	AX, AX
    99        00153 (iface_sort_bubble.go:46)	JMP	210
    9b        00155 (iface_sort_bubble.go:46)	MOVQ	AX, main..autotmp_35+64(SP)
    a0        00160 (iface_sort_bubble.go:46)	MOVQ	main..autotmp_34+112(SP), CX
    a5        00165 (iface_sort_bubble.go:46)	MOVQ	(CX)(AX*8), AX
    a9        00169 (iface_sort_bubble.go:46)	MOVQ	AX, main.v+40(SP)
    ae        00174 (iface_sort_bubble.go:47)	CALL	runtime.printlock(SB)
    b3        00179 (iface_sort_bubble.go:47)	MOVQ	main.v+40(SP), AX
    b8        00184 (iface_sort_bubble.go:47)	CALL	runtime.printint(SB)
    bd        00189 (iface_sort_bubble.go:47)	NOP
    c0        00192 (iface_sort_bubble.go:47)	CALL	runtime.printsp(SB)
    c5        00197 (iface_sort_bubble.go:47)	CALL	runtime.printunlock(SB)
    ca        00202 (iface_sort_bubble.go:46)	MOVQ	main..autotmp_35+64(SP), AX
    cf        00207 (iface_sort_bubble.go:46)	INCQ	AX
    d2        00210 (iface_sort_bubble.go:46)	CMPQ	AX, $10
    d6        00214 (iface_sort_bubble.go:46)	JLT	155
    d8        00216 (iface_sort_bubble.go:49)	CALL	runtime.printlock(SB)
    dd        00221 (iface_sort_bubble.go:49)	NOP
    e0        00224 (iface_sort_bubble.go:49)	CALL	runtime.printnl(SB)
    e5        00229 (iface_sort_bubble.go:49)	CALL	runtime.printunlock(SB)
    ea        00234 (iface_sort_bubble.go:51)	MOVUPS	X15, main..autotmp_6+72(SP)
    f0        00240 (iface_sort_bubble.go:51)	MOVQ	main..autotmp_34+112(SP), AX
    f5        00245 (iface_sort_bubble.go:51)	MOVL	$10, BX
    fa        00250 (iface_sort_bubble.go:51)	MOVL	BX, CX
    fc        00252 (iface_sort_bubble.go:51)	NOP
   100        00256 (iface_sort_bubble.go:51)	CALL	runtime.convTslice(SB)
   105        00261 (iface_sort_bubble.go:51)	LEAQ	go:itab.main.Ints,main.Interface(SB), CX
   10c        00268 (iface_sort_bubble.go:51)	MOVQ	CX, main..autotmp_6+72(SP)
   111        00273 (iface_sort_bubble.go:51)	MOVQ	AX, main..autotmp_6+80(SP)
   116        00278 (iface_sort_bubble.go:51)	LEAQ	type:main.Reverse(SB), AX
   11d        00285 (iface_sort_bubble.go:51)	LEAQ	main..autotmp_6+72(SP), BX
   122        00290 (iface_sort_bubble.go:51)	CALL	runtime.convT(SB)
   127        00295 (iface_sort_bubble.go:51)	MOVQ	AX, BX
   12a        00298 (iface_sort_bubble.go:51)	LEAQ	go:itab.main.Reverse,main.Interface(SB), AX
   131        00305 (iface_sort_bubble.go:51)	CALL	main.bubbleUp(SB)
   136        00310 (iface_sort_bubble.go:51)	XORL	AX, AX
   138        00312 (iface_sort_bubble.go:52)	JMP	370
   13a        00314 (iface_sort_bubble.go:52)	MOVQ	AX, main..autotmp_35+64(SP)
   13f        00319 (iface_sort_bubble.go:52)	MOVQ	main..autotmp_34+112(SP), CX
   144        00324 (iface_sort_bubble.go:52)	MOVQ	(CX)(AX*8), AX
   148        00328 (iface_sort_bubble.go:52)	MOVQ	AX, main.v+32(SP)
   14d        00333 (iface_sort_bubble.go:53)	CALL	runtime.printlock(SB)
   152        00338 (iface_sort_bubble.go:53)	MOVQ	main.v+32(SP), AX
   157        00343 (iface_sort_bubble.go:53)	CALL	runtime.printint(SB)
   15c        00348 (iface_sort_bubble.go:53)	NOP
   160        00352 (iface_sort_bubble.go:53)	CALL	runtime.printsp(SB)
   165        00357 (iface_sort_bubble.go:53)	CALL	runtime.printunlock(SB)
   16a        00362 (iface_sort_bubble.go:52)	MOVQ	main..autotmp_35+64(SP), AX
   16f        00367 (iface_sort_bubble.go:52)	INCQ	AX
   172        00370 (iface_sort_bubble.go:52)	CMPQ	AX, $10
   176        00374 (iface_sort_bubble.go:52)	JLT	314
   178        00376 (iface_sort_bubble.go:55)	PCDATA	$1, $0
   178        00376 (iface_sort_bubble.go:55)	CALL	runtime.printlock(SB)
   17d        00381 (iface_sort_bubble.go:55)	NOP
   180        00384 (iface_sort_bubble.go:55)	CALL	runtime.printnl(SB)
   185        00389 (iface_sort_bubble.go:55)	CALL	runtime.printunlock(SB)
   18a        00394 (iface_sort_bubble.go:57)	LEAQ	type:[5]main.Person(SB), AX
   191        00401 (iface_sort_bubble.go:57)	CALL	runtime.newobject(SB)
   196        00406 (iface_sort_bubble.go:57)	MOVQ	AX, main..autotmp_36+104(SP)
   19b        00411 (iface_sort_bubble.go:57)	MOVQ	$3, 8(AX)
   1a3        00419 (iface_sort_bubble.go:57)	LEAQ	go:string."Eve"(SB), CX
   1aa        00426 (iface_sort_bubble.go:57)	MOVQ	CX, (AX)
   1ad        00429 (iface_sort_bubble.go:57)	MOVQ	$31, 16(AX)
   1b5        00437 (iface_sort_bubble.go:57)	MOVQ	$3, 32(AX)
   1bd        00445 (iface_sort_bubble.go:57)	LEAQ	go:string."Bob"(SB), CX
   1c4        00452 (iface_sort_bubble.go:57)	MOVQ	CX, 24(AX)
   1c8        00456 (iface_sort_bubble.go:57)	MOVQ	$25, 40(AX)
   1d0        00464 (iface_sort_bubble.go:57)	MOVQ	$2, 56(AX)
   1d8        00472 (iface_sort_bubble.go:57)	LEAQ	go:string."Al"(SB), CX
   1df        00479 (iface_sort_bubble.go:57)	MOVQ	CX, 48(AX)
   1e3        00483 (iface_sort_bubble.go:57)	MOVQ	$31, 64(AX)
   1eb        00491 (iface_sort_bubble.go:57)	MOVQ	$2, 80(AX)
   1f3        00499 (iface_sort_bubble.go:57)	LEAQ	go:string."Cy"(SB), CX
   1fa        00506 (iface_sort_bubble.go:57)	MOVQ	CX, 72(AX)
   1fe        00510 (iface_sort_bubble.go:57)	MOVQ	$19, 88(AX)
   206        00518 (iface_sort_bubble.go:57)	MOVQ	$3, 104(AX)
   20e        00526 (iface_sort_bubble.go:57)	LEAQ	go:string."Dee"(SB), CX
   215        00533 (iface_sort_bubble.go:57)	MOVQ	CX, 96(AX)
   219        00537 (iface_sort_bubble.go:57)	MOVQ	$25, 112(AX)
   221        00545 (iface_sort_bubble.go:58)	MOVL	$5, BX
   226        00550 (iface_sort_bubble.go:58)	MOVL	BX, CX
   228        00552 (iface_sort_bubble.go:58)	PCDATA	$1, $2
   228        00552 (iface_sort_bubble.go:58)	CALL	runtime.convTslice(SB)
   22d        00557 (iface_sort_bubble.go:58)	MOVQ	AX, BX
   230        00560 (iface_sort_bubble.go:58)	LEAQ	go:itab.main.ByAge,main.Interface(SB), AX
   237        00567 (iface_sort_bubble.go:58)	CALL	main.bubbleUp(SB)
   23c        00572 (iface_sort_bubble.go:59)	MOVQ	main..autotmp_36+104(SP), AX
   241        00577 (iface_sort_bubble.go:59)	XORL	CX, CX
   243        00579 (iface_sort_bubble.go:59)	JMP	682
   245        00581 (iface_sort_bubble.go:59)	MOVQ	CX, main..autotmp_35+64(SP)
   24a        00586 (iface_sort_bubble.go:59)	MOVQ	AX, main..autotmp_37+96(SP)
   24f        00591 (iface_sort_bubble.go:59)	MOVQ	(AX), CX
   252        00594 (iface_sort_bubble.go:59)	MOVQ	CX, main..autotmp_38+88(SP)
   257        00599 (iface_sort_bubble.go:59)	MOVQ	8(AX), CX
   25b        00603 (iface_sort_bubble.go:59)	MOVQ	CX, main..autotmp_39+56(SP)
   260        00608 (iface_sort_bubble.go:59)	MOVQ	16(AX), AX
   264        00612 (iface_sort_bubble.go:59)	MOVQ	AX, main..autotmp_40+48(SP)
   269        00617 (iface_sort_bubble.go:60)	PCDATA	$1, $3
   269        00617 (iface_sort_bubble.go:60)	CALL	runtime.printlock(SB)
   26e        00622 (iface_sort_bubble.go:60)	MOVQ	main..autotmp_38+88(SP), AX
   273        00627 (iface_sort_bubble.go:60)	MOVQ	main..autotmp_39+56(SP), BX
   278        00632 (iface_sort_bubble.go:60)	PCDATA	$1, $4
   278        00632 (iface_sort_bubble.go:60)	CALL	runtime.printstring(SB)
   27d        00637 (iface_sort_bubble.go:60)	NOP
   280        00640 (iface_sort_bubble.go:60)	CALL	runtime.printsp(SB)
   285        00645 (iface_sort_bubble.go:60)	MOVQ	main..autotmp_40+48(SP), AX
   28a        00650 (iface_sort_bubble.go:60)	CALL	runtime.printint(SB)
   28f        00655 (iface_sort_bubble.go:60)	CALL	runtime.printnl(SB)
   294        00660 (iface_sort_bubble.go:60)	CALL	runtime.printunlock(SB)
   299        00665 (iface_sort_bubble.go:59)	MOVQ	main..autotmp_37+96(SP), AX
   29e        00670 (iface_sort_bubble.go:59)	ADDQ	$24, AX
   2a2        00674 (iface_sort_bubble.go:59)	MOVQ	main..autotmp_35+64(SP), CX
   2a7        00679 (iface_sort_bubble.go:59)	INCQ	CX
   2aa        00682 (iface_sort_bubble.go:59)	CMPQ	CX, $5
   2ae        00686 (iface_sort_bubble.go:59)	JLT	581
   2b0        00688 (iface_sort_bubble.go:62)	ADDQ	$120, SP
   2b4        00692 (iface_sort_bubble.go:62)	POPQ	BP
   2b5        00693 (iface_sort_bubble.go:62)	RET
   2b6        00694 (iface_sort_bubble.go:62)	NOP
   2b6        00694 (iface_sort_bubble.go:43)	PCDATA	$1, $-1
   2b6        00694 (iface_sort_bubble.go:43)	PCDATA	$0, $-2
   2b6        00694 (iface_sort_bubble.go:43)	CALL	runtime.morestack_noctxt(SB)
   2bb        00699 (iface_sort_bubble.go:43)	PCDATA	$0, $-1
   2bb        00699 (iface_sort_bubble.go:43)	NOP
   2c0        00704 (iface_sort_bubble.go:43)	JMP	0
   2c5 done
wrote 4 bytes to 0x0
 00 c5 05 00
funcpctab main.(*ByAge).Less [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*ByAge).Less(SB), DUPOK|WRAPPER|ABIInternal, $40-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*ByAge).Less(SB), DUPOK|WRAPPER|ABIInternal, $40-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	123
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$32, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*ByAge).Less.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*ByAge).Less.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	117
    13        00019 (<autogenerated>:1)	MOVQ	8(AX), DX
    17        00023 (<unknown line number>)	NOP
    17      0 00023 (<autogenerated>:1)	CMPQ	BX, DX
    1a        00026 (<autogenerated>:1)	JCC	112
    1c     -1 00028 (<autogenerated>:1)	MOVQ	(AX), SI
    1f      0 00031 (<autogenerated>:1)	LEAQ	(BX)(BX*2), R8
    23        00035 (<autogenerated>:1)	MOVQ	16(SI)(R8*8), R9
    28        00040 (<autogenerated>:1)	CMPQ	CX, DX
    2b        00043 (<autogenerated>:1)	JCC	107
    2d        00045 (<autogenerated>:1)	LEAQ	(CX)(CX*2), DX
    31        00049 (<autogenerated>:1)	MOVQ	16(SI)(DX*8), R10
    36        00054 (<autogenerated>:1)	CMPQ	R10, R9
    39        00057 (<autogenerated>:1)	JLE	66
    3b        00059 (<autogenerated>:1)	MOVL	$1, AX
    40        00064 (<autogenerated>:1)	JMP	101
    42        00066 (<autogenerated>:1)	JEQ	72
    44        00068 (<autogenerated>:1)	XORL	AX, AX
    46        00070 (<autogenerated>:1)	JMP	101
    48        00072 (<autogenerated>:1)	MOVQ	(SI)(R8*8), AX
    4c        00076 (<autogenerated>:1)	MOVQ	8(SI)(R8*8), BX
    51        00081 (<autogenerated>:1)	MOVQ	(SI)(DX*8), CX
    55        00085 (<autogenerated>:1)	MOVQ	8(SI)(DX*8), DI
    5a        00090 (<autogenerated>:1)	PCDATA	$1, $1
    5a        00090 (<autogenerated>:1)	CALL	runtime.cmpstring(SB)
    5f        00095 (<autogenerated>:1)	TESTQ	AX, AX
    62        00098 (<autogenerated>:1)	SETLT	AL
    65     -1 00101 (<autogenerated>:1)	ADDQ	$32, SP
    69        00105 (<autogenerated>:1)	POPQ	BP
    6a        00106 (<autogenerated>:1)	RET
    6b        00107 (<autogenerated>:1)	PCDATA	$4, $2439
    6b      0 00107 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    70        00112 (<autogenerated>:1)	PCDATA	$4, $2583
    70        00112 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    75     -1 00117 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    7a        00122 (<autogenerated>:1)	XCHGL	AX, AX
    7b        00123 (<autogenerated>:1)	NOP
    7b        00123 (<autogenerated>:1)	PCDATA	$1, $-1
    7b        00123 (<autogenerated>:1)	PCDATA	$0, $-2
    7b        00123 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    80        00128 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    85        00133 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    8a        00138 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    8f        00143 (<autogenerated>:1)	PCDATA	$0, $-1
    8f        00143 (<autogenerated>:1)	MOVQ	8(SP), AX
    94        00148 (<autogenerated>:1)	MOVQ	16(SP), BX
    99        00153 (<autogenerated>:1)	MOVQ	24(SP), CX
    9e        00158 (<autogenerated>:1)	NOP
    a0        00160 (<autogenerated>:1)	JMP	0
    a5 done
wrote 15 bytes to 0x0
 00 17 02 05 01 03 02 46 01 06 02 0a 01 30 00
-- inlining tree for main.(*ByAge).Less:
0 | -1 | main.ByAge.Less (<autogenerated>:1) pc=14
--
funcpctab main.(*Reverse).Less [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Reverse).Less(SB), DUPOK|WRAPPER|ABIInternal, $32-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Reverse).Less(SB), DUPOK|WRAPPER|ABIInternal, $32-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	56
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Reverse).Less.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Reverse).Less.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	50
    13        00019 (<autogenerated>:1)	MOVQ	8(AX), DX
    17        00023 (<autogenerated>:1)	MOVQ	(AX), SI
    1a      0 00026 (<autogenerated>:1)	MOVQ	32(SI), SI
    1e        00030 (<unknown line number>)	NOP
    1e        00030 (<autogenerated>:1)	MOVQ	DX, AX
    21     -1 00033 (<autogenerated>:1)	MOVQ	BX, DX
    24      0 00036 (<autogenerated>:1)	MOVQ	CX, BX
    27        00039 (<autogenerated>:1)	MOVQ	DX, CX
    2a        00042 (<autogenerated>:1)	PCDATA	$1, $1
    2a        00042 (<autogenerated>:1)	CALL	SI
    2c     -1 00044 (<autogenerated>:1)	ADDQ	$24, SP
    30        00048 (<autogenerated>:1)	POPQ	BP
    31        00049 (<autogenerated>:1)	RET
    32        00050 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    37        00055 (<autogenerated>:1)	XCHGL	AX, AX
    38        00056 (<autogenerated>:1)	NOP
    38        00056 (<autogenerated>:1)	PCDATA	$1, $-1
    38        00056 (<autogenerated>:1)	PCDATA	$0, $-2
    38        00056 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    3d        00061 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    42        00066 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    47        00071 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    4c        00076 (<autogenerated>:1)	PCDATA	$0, $-1
    4c        00076 (<autogenerated>:1)	MOVQ	8(SP), AX
    51        00081 (<autogenerated>:1)	MOVQ	16(SP), BX
    56        00086 (<autogenerated>:1)	MOVQ	24(SP), CX
    5b        00091 (<autogenerated>:1)	JMP	0
    5d done
wrote 11 bytes to 0x0
 00 1a 02 07 01 03 02 08 01 31 00
-- inlining tree for main.(*Reverse).Less:
0 | -1 | main.Reverse.Less (<autogenerated>:1) pc=14
--
funcpctab main.(*Ints).Less [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Ints).Less(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Ints).Less(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-24
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Ints).Less.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Ints).Less.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	52
     9        00009 (<autogenerated>:1)	MOVQ	8(AX), DX
     d        00013 (<unknown line number>)	NOP
     d      0 00013 (<autogenerated>:1)	CMPQ	BX, DX
    10        00016 (<autogenerated>:1)	JCC	47
    12     -1 00018 (<autogenerated>:1)	MOVQ	(AX), SI
    15      0 00021 (<autogenerated>:1)	MOVQ	(SI)(BX*8), BX
    19        00025 (<autogenerated>:1)	CMPQ	CX, DX
    1c        00028 (<autogenerated>:1)	JCC	42
    1e        00030 (<autogenerated>:1)	MOVQ	(SI)(CX*8), CX
    22        00034 (<autogenerated>:1)	CMPQ	CX, BX
    25        00037 (<autogenerated>:1)	SETGT	AL
    28     -1 00040 (<autogenerated>:1)	POPQ	BP
    29        00041 (<autogenerated>:1)	RET
    2a        00042 (<autogenerated>:1)	PCDATA	$1, $1
    2a        00042 (<autogenerated>:1)	PCDATA	$4, $2439
    2a      0 00042 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    2f        00047 (<autogenerated>:1)	PCDATA	$4, $2583
    2f        00047 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    34     -1 00052 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    39        00057 (<autogenerated>:1)	XCHGL	AX, AX
    3a done
wrote 15 bytes to 0x0
 00 0d 02 05 01 03 02 13 01 02 02 0a 01 06 00
-- inlining tree for main.(*Ints).Less:
0 | -1 | main.Ints.Less (<autogenerated>:1) pc=4
--
funcpctab main.(*ByAge).Len [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*ByAge).Len(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*ByAge).Len(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*ByAge).Len.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*ByAge).Len.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	15
     9        00009 (<autogenerated>:1)	MOVQ	8(AX), AX
     d        00013 (<autogenerated>:1)	POPQ	BP
     e        00014 (<autogenerated>:1)	RET
     f        00015 (<autogenerated>:1)	PCDATA	$1, $1
     f        00015 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    14        00020 (<autogenerated>:1)	XCHGL	AX, AX
    15 done
wrote 3 bytes to 0x0
 00 15 00
funcpctab main.(*Ints).Len [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Ints).Len(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Ints).Len(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Ints).Len.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Ints).Len.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	15
     9        00009 (<autogenerated>:1)	MOVQ	8(AX), AX
     d        00013 (<autogenerated>:1)	POPQ	BP
     e        00014 (<autogenerated>:1)	RET
     f        00015 (<autogenerated>:1)	PCDATA	$1, $1
     f        00015 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    14        00020 (<autogenerated>:1)	XCHGL	AX, AX
    15 done
wrote 3 bytes to 0x0
 00 15 00
funcpctab type:.eq.SM8 [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.SM8(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.SM8(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	59
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SM8.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SM8.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	8(AX), CX
    12        00018 (<autogenerated>:1)	CMPQ	8(BX), CX
    16        00022 (<autogenerated>:1)	JNE	51
    18        00024 (<autogenerated>:1)	MOVQ	16(AX), DX
    1c        00028 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	16(BX), DX
    24        00036 (<autogenerated>:1)	JNE	51
    26        00038 (<autogenerated>:1)	MOVQ	(AX), AX
    29        00041 (<autogenerated>:1)	MOVQ	(BX), BX
    2c        00044 (<autogenerated>:1)	PCDATA	$1, $1
    2c        00044 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    31        00049 (<autogenerated>:1)	JMP	53
    33        00051 (<autogenerated>:1)	XORL	AX, AX
    35        00053 (<autogenerated>:1)	ADDQ	$24, SP
    39        00057 (<autogenerated>:1)	POPQ	BP
    3a        00058 (<autogenerated>:1)	RET
    3b        00059 (<autogenerated>:1)	NOP
    3b        00059 (<autogenerated>:1)	PCDATA	$1, $-1
    3b        00059 (<autogenerated>:1)	PCDATA	$0, $-2
    3b        00059 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    40        00064 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    45        00069 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    4a        00074 (<autogenerated>:1)	PCDATA	$0, $-1
    4a        00074 (<autogenerated>:1)	MOVQ	8(SP), AX
    4f        00079 (<autogenerated>:1)	MOVQ	16(SP), BX
    54        00084 (<autogenerated>:1)	JMP	0
    56 done
wrote 3 bytes to 0x0
 00 56 00
funcpctab main.(*ByAge).Swap [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*ByAge).Swap(SB), DUPOK|WRAPPER|ABIInternal, $8-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*ByAge).Swap(SB), DUPOK|WRAPPER|ABIInternal, $8-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	166
     a        00010 (<autogenerated>:1)	PCDATA	$0, $-1
     a        00010 (<autogenerated>:1)	PUSHQ	BP
     b        00011 (<autogenerated>:1)	MOVQ	SP, BP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*ByAge).Swap.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*ByAge).Swap.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	160
    17        00023 (<autogenerated>:1)	MOVQ	8(AX), DX
    1b        00027 (<unknown line number>)	NOP
    1b        00027 (<unknown line number>)	NOP
    20      0 00032 (<autogenerated>:1)	CMPQ	BX, DX
    23        00035 (<autogenerated>:1)	JCC	153
    25     -1 00037 (<autogenerated>:1)	MOVQ	(AX), AX
    28      0 00040 (<autogenerated>:1)	LEAQ	(BX)(BX*2), BX
    2c        00044 (<autogenerated>:1)	MOVQ	(AX)(BX*8), SI
    30        00048 (<autogenerated>:1)	MOVQ	8(AX)(BX*8), DI
    35        00053 (<autogenerated>:1)	MOVQ	16(AX)(BX*8), R8
    3a        00058 (<autogenerated>:1)	CMPQ	CX, DX
    3d        00061 (<autogenerated>:1)	JCC	148
    3f        00063 (<autogenerated>:1)	LEAQ	(CX)(CX*2), CX
    43        00067 (<autogenerated>:1)	MOVQ	8(AX)(CX*8), DX
    48        00072 (<autogenerated>:1)	MOVQ	16(AX)(CX*8), R9
    4d        00077 (<autogenerated>:1)	MOVQ	(AX)(CX*8), R10
    51        00081 (<autogenerated>:1)	MOVQ	DX, 8(AX)(BX*8)
    56        00086 (<autogenerated>:1)	MOVQ	R9, 16(AX)(BX*8)
    5b        00091 (<autogenerated>:1)	CMPL	runtime.writeBarrier(SB), $0
    62        00098 (<autogenerated>:1)	PCDATA	$0, $-2
    62        00098 (<autogenerated>:1)	JEQ	128
    64        00100 (<autogenerated>:1)	MOVQ	(AX)(BX*8), DX
    68        00104 (<autogenerated>:1)	MOVQ	(AX)(CX*8), R9
    6c        00108 (<autogenerated>:1)	CALL	runtime.gcWriteBarrier4(SB)
    71        00113 (<autogenerated>:1)	MOVQ	R10, (R11)
    74        00116 (<autogenerated>:1)	MOVQ	DX, 8(R11)
    78        00120 (<autogenerated>:1)	MOVQ	SI, 16(R11)
    7c        00124 (<autogenerated>:1)	MOVQ	R9, 24(R11)
    80        00128 (<autogenerated>:1)	MOVQ	R10, (AX)(BX*8)
    84        00132 (<autogenerated>:1)	MOVQ	DI, 8(AX)(CX*8)
    89        00137 (<autogenerated>:1)	MOVQ	R8, 16(AX)(CX*8)
    8e        00142 (<autogenerated>:1)	MOVQ	SI, (AX)(CX*8)
    92        00146 (<autogenerated>:1)	PCDATA	$0, $-1
    92     -1 00146 (<autogenerated>:1)	POPQ	BP
    93        00147 (<autogenerated>:1)	RET
    94        00148 (<autogenerated>:1)	PCDATA	$1, $1
    94        00148 (<autogenerated>:1)	PCDATA	$4, $2439
    94      0 00148 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    99        00153 (<autogenerated>:1)	PCDATA	$4, $2583
    99        00153 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    9e        00158 (<autogenerated>:1)	NOP
    a0     -1 00160 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    a5        00165 (<autogenerated>:1)	XCHGL	AX, AX
    a6        00166 (<autogenerated>:1)	NOP
    a6        00166 (<autogenerated>:1)	PCDATA	$1, $-1
    a6        00166 (<autogenerated>:1)	PCDATA	$0, $-2
    a6        00166 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    ab        00171 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    b0        00176 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    b5        00181 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    ba        00186 (<autogenerated>:1)	PCDATA	$0, $-1
    ba        00186 (<autogenerated>:1)	MOVQ	8(SP), AX
    bf        00191 (<autogenerated>:1)	MOVQ	16(SP), BX
    c4        00196 (<autogenerated>:1)	MOVQ	24(SP), CX
    c9        00201 (<autogenerated>:1)	JMP	0
    ce done
wrote 15 bytes to 0x0
 00 20 02 05 01 03 02 6a 01 02 02 0c 01 2e 00
-- inlining tree for main.(*ByAge).Swap:
0 | -1 | main.ByAge.Swap (<autogenerated>:1) pc=14
--
funcpctab main.(*Ints).Swap [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Ints).Swap(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Ints).Swap(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-24
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Ints).Swap.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Ints).Swap.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	54
     9        00009 (<autogenerated>:1)	MOVQ	8(AX), DX
     d        00013 (<unknown line number>)	NOP
     d      0 00013 (<autogenerated>:1)	CMPQ	BX, DX
    10        00016 (<autogenerated>:1)	JCC	49
    12     -1 00018 (<autogenerated>:1)	MOVQ	(AX), AX
    15      0 00021 (<autogenerated>:1)	MOVQ	(AX)(BX*8), SI
    19        00025 (<autogenerated>:1)	CMPQ	CX, DX
    1c        00028 (<autogenerated>:1)	JCC	44
    1e        00030 (<autogenerated>:1)	MOVQ	(AX)(CX*8), DX
    22        00034 (<autogenerated>:1)	MOVQ	DX, (AX)(BX*8)
    26        00038 (<autogenerated>:1)	MOVQ	SI, (AX)(CX*8)
    2a     -1 00042 (<autogenerated>:1)	POPQ	BP
    2b        00043 (<autogenerated>:1)	RET
    2c        00044 (<autogenerated>:1)	PCDATA	$1, $1
    2c        00044 (<autogenerated>:1)	PCDATA	$4, $2439
    2c      0 00044 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    31        00049 (<autogenerated>:1)	PCDATA	$4, $2583
    31        00049 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    36     -1 00054 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    3b        00059 (<autogenerated>:1)	XCHGL	AX, AX
    3c done
wrote 15 bytes to 0x0
 00 0d 02 05 01 03 02 15 01 02 02 0a 01 06 00
-- inlining tree for main.(*Ints).Swap:
0 | -1 | main.Ints.Swap (<autogenerated>:1) pc=4
--
funcpctab main.bubbleUp [valfunc=pctoinline]
     0     -1 00000 (iface_sort_bubble.go:11)	TEXT	main.bubbleUp(SB), ABIInternal, $56-16
     0        00000 (iface_sort_bubble.go:11)	TEXT	main.bubbleUp(SB), ABIInternal, $56-16
     0     -1 00000 (iface_sort_bubble.go:11)	CMPQ	SP, 16(R14)
     4        00004 (iface_sort_bubble.go:11)	PCDATA	$0, $-2
     4        00004 (iface_sort_bubble.go:11)	JLS	208
     a        00010 (iface_sort_bubble.go:11)	PCDATA	$0, $-1
     a        00010 (iface_sort_bubble.go:11)	PUSHQ	BP
     b        00011 (iface_sort_bubble.go:11)	MOVQ	SP, BP
     e        00014 (iface_sort_bubble.go:11)	SUBQ	$48, SP
    12        00018 (iface_sort_bubble.go:11)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    12        00018 (iface_sort_bubble.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (iface_sort_bubble.go:11)	FUNCDATA	$5, main.bubbleUp.arginfo1(SB)
    12        00018 (iface_sort_bubble.go:11)	FUNCDATA	$6, main.bubbleUp.argliveinfo(SB)
    12        00018 (iface_sort_bubble.go:11)	PCDATA	$3, $1
    12        00018 (iface_sort_bubble.go:13)	MOVQ	AX, main.x+64(SP)
    17        00023 (iface_sort_bubble.go:13)	MOVQ	BX, main.x+72(SP)
    1c        00028 (iface_sort_bubble.go:13)	PCDATA	$3, $-1
    1c        00028 (iface_sort_bubble.go:12)	MOVQ	24(AX), CX
    20        00032 (iface_sort_bubble.go:12)	MOVQ	BX, AX
    23        00035 (iface_sort_bubble.go:12)	PCDATA	$1, $0
    23        00035 (iface_sort_bubble.go:12)	CALL	CX
    25        00037 (iface_sort_bubble.go:12)	MOVQ	AX, main.n+24(SP)
    2a        00042 (iface_sort_bubble.go:13)	MOVL	$1, CX
    2f        00047 (iface_sort_bubble.go:13)	MOVQ	main.x+64(SP), DX
    34        00052 (iface_sort_bubble.go:13)	MOVQ	main.x+72(SP), BX
    39        00057 (iface_sort_bubble.go:13)	JMP	64
    3b        00059 (iface_sort_bubble.go:13)	LEAQ	1(SI), CX
    3f        00063 (iface_sort_bubble.go:13)	NOP
    40        00064 (iface_sort_bubble.go:13)	CMPQ	AX, CX
    43        00067 (iface_sort_bubble.go:13)	JLE	202
    49        00073 (iface_sort_bubble.go:13)	MOVQ	CX, main.j+32(SP)
    4e        00078 (iface_sort_bubble.go:13)	MOVQ	CX, SI
    51        00081 (iface_sort_bubble.go:14)	JMP	132
    53        00083 (iface_sort_bubble.go:15)	MOVQ	40(DX), DX
    57        00087 (iface_sort_bubble.go:14)	LEAQ	-1(CX), SI
    5b        00091 (iface_sort_bubble.go:14)	MOVQ	SI, main..autotmp_6+40(SP)
    60        00096 (iface_sort_bubble.go:15)	MOVQ	BX, AX
    63        00099 (iface_sort_bubble.go:15)	MOVQ	CX, BX
    66        00102 (iface_sort_bubble.go:15)	MOVQ	SI, CX
    69        00105 (iface_sort_bubble.go:15)	CALL	DX
    6b        00107 (iface_sort_bubble.go:13)	MOVQ	main.n+24(SP), AX
    70        00112 (iface_sort_bubble.go:15)	MOVQ	main.x+64(SP), DX
    75        00117 (iface_sort_bubble.go:15)	MOVQ	main.x+72(SP), BX
    7a        00122 (iface_sort_bubble.go:13)	MOVQ	main.j+32(SP), SI
    7f        00127 (iface_sort_bubble.go:14)	MOVQ	main..autotmp_6+40(SP), CX
    84        00132 (iface_sort_bubble.go:14)	TESTQ	CX, CX
    87        00135 (iface_sort_bubble.go:14)	JGT	141
    89        00137 (iface_sort_bubble.go:14)	XORL	DI, DI
    8b        00139 (iface_sort_bubble.go:14)	JMP	192
    8d        00141 (iface_sort_bubble.go:14)	MOVQ	CX, main..autotmp_6+40(SP)
    92        00146 (iface_sort_bubble.go:14)	MOVQ	32(DX), DX
    96        00150 (iface_sort_bubble.go:14)	LEAQ	-1(CX), SI
    9a        00154 (iface_sort_bubble.go:14)	MOVQ	BX, AX
    9d        00157 (iface_sort_bubble.go:14)	MOVQ	CX, BX
    a0        00160 (iface_sort_bubble.go:14)	MOVQ	SI, CX
    a3        00163 (iface_sort_bubble.go:14)	CALL	DX
    a5        00165 (iface_sort_bubble.go:14)	MOVQ	main..autotmp_6+40(SP), CX
    aa        00170 (iface_sort_bubble.go:15)	MOVQ	main.x+64(SP), DX
    af        00175 (iface_sort_bubble.go:15)	MOVQ	main.x+72(SP), BX
    b4        00180 (iface_sort_bubble.go:13)	MOVQ	main.j+32(SP), SI
    b9        00185 (iface_sort_bubble.go:14)	MOVL	AX, DI
    bb        00187 (iface_sort_bubble.go:13)	MOVQ	main.n+24(SP), AX
    c0        00192 (iface_sort_bubble.go:14)	TESTB	DIB, DIB
    c3        00195 (iface_sort_bubble.go:14)	JNE	83
    c5        00197 (iface_sort_bubble.go:14)	JMP	59
    ca        00202 (iface_sort_bubble.go:18)	ADDQ	$48, SP
    ce        00206 (iface_sort_bubble.go:18)	POPQ	BP
    cf        00207 (iface_sort_bubble.go:18)	RET
    d0        00208 (iface_sort_bubble.go:18)	NOP
    d0        00208 (iface_sort_bubble.go:11)	PCDATA	$1, $-1
    d0        00208 (iface_sort_bubble.go:11)	PCDATA	$0, $-2
    d0        00208 (iface_sort_bubble.go:11)	MOVQ	AX, 8(SP)
    d5        00213 (iface_sort_bubble.go:11)	MOVQ	BX, 16(SP)
    da        00218 (iface_sort_bubble.go:11)	CALL	runtime.morestack_noctxt(SB)
    df        00223 (iface_sort_bubble.go:11)	PCDATA	$0, $-1
    df        00223 (iface_sort_bubble.go:11)	MOVQ	8(SP), AX
    e4        00228 (iface_sort_bubble.go:11)	MOVQ	16(SP), BX
    e9        00233 (iface_sort_bubble.go:11)	JMP	0
    ee done
wrote 4 bytes to 0x0
 00 ee 01 00
funcpctab main.ByAge.Less [valfunc=pctoinline]
     0     -1 00000 (iface_sort_bubble.go:34)	TEXT	main.ByAge.Less(SB), ABIInternal, $40-40
     0        00000 (iface_sort_bubble.go:34)	TEXT	main.ByAge.Less(SB), ABIInternal, $40-40
     0     -1 00000 (iface_sort_bubble.go:34)	CMPQ	SP, 16(R14)
     4        00004 (iface_sort_bubble.go:34)	PCDATA	$0, $-2
     4        00004 (iface_sort_bubble.go:34)	JLS	115
     6        00006 (iface_sort_bubble.go:34)	PCDATA	$0, $-1
     6        00006 (iface_sort_bubble.go:34)	PUSHQ	BP
     7        00007 (iface_sort_bubble.go:34)	MOVQ	SP, BP
     a        00010 (iface_sort_bubble.go:34)	SUBQ	$32, SP
     e        00014 (iface_sort_bubble.go:34)	MOVQ	AX, main.a+48(FP)
    13        00019 (iface_sort_bubble.go:34)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    13        00019 (iface_sort_bubble.go:34)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    13        00019 (iface_sort_bubble.go:34)	FUNCDATA	$5, main.ByAge.Less.arginfo1(SB)
    13        00019 (iface_sort_bubble.go:34)	FUNCDATA	$6, main.ByAge.Less.argliveinfo(SB)
    13        00019 (iface_sort_bubble.go:34)	PCDATA	$3, $1
    13        00019 (iface_sort_bubble.go:35)	CMPQ	BX, DI
    16        00022 (iface_sort_bubble.go:35)	JLS	109
    18        00024 (iface_sort_bubble.go:35)	LEAQ	(DI)(DI*2), DX
    1c        00028 (iface_sort_bubble.go:35)	MOVQ	16(AX)(DX*8), R8
    21        00033 (iface_sort_bubble.go:35)	CMPQ	BX, SI
    24        00036 (iface_sort_bubble.go:35)	JLS	104
    26        00038 (iface_sort_bubble.go:35)	LEAQ	(SI)(SI*2), SI
    2a        00042 (iface_sort_bubble.go:35)	MOVQ	16(AX)(SI*8), R9
    2f        00047 (iface_sort_bubble.go:35)	CMPQ	R9, R8
    32        00050 (iface_sort_bubble.go:35)	JLE	59
    34        00052 (iface_sort_bubble.go:35)	MOVL	$1, AX
    39        00057 (iface_sort_bubble.go:35)	JMP	98
    3b        00059 (iface_sort_bubble.go:35)	JEQ	66
    3d        00061 (iface_sort_bubble.go:35)	XORL	AX, AX
    3f        00063 (iface_sort_bubble.go:35)	NOP
    40        00064 (iface_sort_bubble.go:35)	JMP	98
    42        00066 (iface_sort_bubble.go:35)	MOVQ	(AX)(DX*8), R8
    46        00070 (iface_sort_bubble.go:35)	MOVQ	8(AX)(DX*8), BX
    4b        00075 (iface_sort_bubble.go:35)	MOVQ	(AX)(SI*8), CX
    4f        00079 (iface_sort_bubble.go:35)	MOVQ	8(AX)(SI*8), DI
    54        00084 (iface_sort_bubble.go:35)	MOVQ	R8, AX
    57        00087 (iface_sort_bubble.go:35)	PCDATA	$1, $1
    57        00087 (iface_sort_bubble.go:35)	CALL	runtime.cmpstring(SB)
    5c        00092 (iface_sort_bubble.go:35)	TESTQ	AX, AX
    5f        00095 (iface_sort_bubble.go:35)	SETLT	AL
    62        00098 (iface_sort_bubble.go:35)	ADDQ	$32, SP
    66        00102 (iface_sort_bubble.go:35)	POPQ	BP
    67        00103 (iface_sort_bubble.go:35)	RET
    68        00104 (iface_sort_bubble.go:35)	PCDATA	$4, $3951
    68        00104 (iface_sort_bubble.go:35)	CALL	runtime.panicBounds(SB)
    6d        00109 (iface_sort_bubble.go:35)	PCDATA	$4, $4023
    6d        00109 (iface_sort_bubble.go:35)	CALL	runtime.panicBounds(SB)
    72        00114 (iface_sort_bubble.go:35)	XCHGL	AX, AX
    73        00115 (iface_sort_bubble.go:35)	NOP
    73        00115 (iface_sort_bubble.go:34)	PCDATA	$1, $-1
    73        00115 (iface_sort_bubble.go:34)	PCDATA	$0, $-2
    73        00115 (iface_sort_bubble.go:34)	MOVQ	AX, 8(SP)
    78        00120 (iface_sort_bubble.go:34)	MOVQ	BX, 16(SP)
    7d        00125 (iface_sort_bubble.go:34)	MOVQ	CX, 24(SP)
    82        00130 (iface_sort_bubble.go:34)	MOVQ	DI, 32(SP)
    87        00135 (iface_sort_bubble.go:34)	MOVQ	SI, 40(SP)
    8c        00140 (iface_sort_bubble.go:34)	CALL	runtime.morestack_noctxt(SB)
    91        00145 (iface_sort_bubble.go:34)	PCDATA	$0, $-1
    91        00145 (iface_sort_bubble.go:34)	MOVQ	8(SP), AX
    96        00150 (iface_sort_bubble.go:34)	MOVQ	16(SP), BX
    9b        00155 (iface_sort_bubble.go:34)	MOVQ	24(SP), CX
    a0        00160 (iface_sort_bubble.go:34)	MOVQ	32(SP), DI
    a5        00165 (iface_sort_bubble.go:34)	MOVQ	40(SP), SI
    aa        00170 (iface_sort_bubble.go:34)	JMP	0
    af done
wrote 4 bytes to 0x0
 00 af 01 00
funcpctab main.Interface.Len [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Interface.Len(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Interface.Len(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Interface.Len.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Interface.Len.argliveinfo(SB)
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
funcpctab main.Reverse.Less [valfunc=pctoinline]
     0     -1 00000 (iface_sort_bubble.go:41)	TEXT	main.Reverse.Less(SB), ABIInternal, $32-32
     0        00000 (iface_sort_bubble.go:41)	TEXT	main.Reverse.Less(SB), ABIInternal, $32-32
     0     -1 00000 (iface_sort_bubble.go:41)	CMPQ	SP, 16(R14)
     4        00004 (iface_sort_bubble.go:41)	PCDATA	$0, $-2
     4        00004 (iface_sort_bubble.go:41)	JLS	42
     6        00006 (iface_sort_bubble.go:41)	PCDATA	$0, $-1
     6        00006 (iface_sort_bubble.go:41)	PUSHQ	BP
     7        00007 (iface_sort_bubble.go:41)	MOVQ	SP, BP
     a        00010 (iface_sort_bubble.go:41)	SUBQ	$24, SP
     e        00014 (iface_sort_bubble.go:41)	MOVQ	AX, main.r+40(FP)
    13        00019 (iface_sort_bubble.go:41)	MOVQ	BX, main.r+48(FP)
    18        00024 (iface_sort_bubble.go:41)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (iface_sort_bubble.go:41)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (iface_sort_bubble.go:41)	FUNCDATA	$5, main.Reverse.Less.arginfo1(SB)
    18        00024 (iface_sort_bubble.go:41)	FUNCDATA	$6, main.Reverse.Less.argliveinfo(SB)
    18        00024 (iface_sort_bubble.go:41)	PCDATA	$3, $1
    18        00024 (iface_sort_bubble.go:41)	MOVQ	32(AX), DX
    1c        00028 (iface_sort_bubble.go:41)	MOVQ	BX, AX
    1f        00031 (iface_sort_bubble.go:41)	MOVQ	DI, BX
    22        00034 (iface_sort_bubble.go:41)	PCDATA	$1, $1
    22        00034 (iface_sort_bubble.go:41)	CALL	DX
    24        00036 (iface_sort_bubble.go:41)	ADDQ	$24, SP
    28        00040 (iface_sort_bubble.go:41)	POPQ	BP
    29        00041 (iface_sort_bubble.go:41)	RET
    2a        00042 (iface_sort_bubble.go:41)	NOP
    2a        00042 (iface_sort_bubble.go:41)	PCDATA	$1, $-1
    2a        00042 (iface_sort_bubble.go:41)	PCDATA	$0, $-2
    2a        00042 (iface_sort_bubble.go:41)	MOVQ	AX, 8(SP)
    2f        00047 (iface_sort_bubble.go:41)	MOVQ	BX, 16(SP)
    34        00052 (iface_sort_bubble.go:41)	MOVQ	CX, 24(SP)
    39        00057 (iface_sort_bubble.go:41)	MOVQ	DI, 32(SP)
    3e        00062 (iface_sort_bubble.go:41)	NOP
    40        00064 (iface_sort_bubble.go:41)	CALL	runtime.morestack_noctxt(SB)
    45        00069 (iface_sort_bubble.go:41)	PCDATA	$0, $-1
    45        00069 (iface_sort_bubble.go:41)	MOVQ	8(SP), AX
    4a        00074 (iface_sort_bubble.go:41)	MOVQ	16(SP), BX
    4f        00079 (iface_sort_bubble.go:41)	MOVQ	24(SP), CX
    54        00084 (iface_sort_bubble.go:41)	MOVQ	32(SP), DI
    59        00089 (iface_sort_bubble.go:41)	JMP	0
    5b done
wrote 3 bytes to 0x0
 00 5b 00
funcpctab main.Ints.Len [valfunc=pctoinline]
     0     -1 00000 (iface_sort_bubble.go:22)	TEXT	main.Ints.Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (iface_sort_bubble.go:22)	TEXT	main.Ints.Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (iface_sort_bubble.go:22)	MOVQ	AX, main.a+8(FP)
     5        00005 (iface_sort_bubble.go:22)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (iface_sort_bubble.go:22)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (iface_sort_bubble.go:22)	FUNCDATA	$5, main.Ints.Len.arginfo1(SB)
     5        00005 (iface_sort_bubble.go:22)	FUNCDATA	$6, main.Ints.Len.argliveinfo(SB)
     5        00005 (iface_sort_bubble.go:22)	PCDATA	$3, $1
     5        00005 (iface_sort_bubble.go:22)	MOVQ	BX, AX
     8        00008 (iface_sort_bubble.go:22)	RET
     9 done
wrote 3 bytes to 0x0
 00 09 00
funcpctab main.ByAge.Len [valfunc=pctoinline]
     0     -1 00000 (iface_sort_bubble.go:33)	TEXT	main.ByAge.Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (iface_sort_bubble.go:33)	TEXT	main.ByAge.Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (iface_sort_bubble.go:33)	MOVQ	AX, main.a+8(FP)
     5        00005 (iface_sort_bubble.go:33)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (iface_sort_bubble.go:33)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (iface_sort_bubble.go:33)	FUNCDATA	$5, main.ByAge.Len.arginfo1(SB)
     5        00005 (iface_sort_bubble.go:33)	FUNCDATA	$6, main.ByAge.Len.argliveinfo(SB)
     5        00005 (iface_sort_bubble.go:33)	PCDATA	$3, $1
     5        00005 (iface_sort_bubble.go:33)	MOVQ	BX, AX
     8        00008 (iface_sort_bubble.go:33)	RET
     9 done
wrote 3 bytes to 0x0
 00 09 00
funcpctab main.Reverse.Len [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Reverse.Len(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Reverse.Len(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Reverse.Len.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Reverse.Len.argliveinfo(SB)
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
funcpctab main.Interface.Less [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Interface.Less(SB), DUPOK|WRAPPER|ABIInternal, $32-32
     0        00000 (<autogenerated>:1)	TEXT	main.Interface.Less(SB), DUPOK|WRAPPER|ABIInternal, $32-32
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	45
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Interface.Less.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Interface.Less.argliveinfo(SB)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $1
    18        00024 (<autogenerated>:1)	MOVQ	32(AX), DX
    1c        00028 (<autogenerated>:1)	MOVQ	BX, AX
    1f        00031 (<autogenerated>:1)	MOVQ	CX, BX
    22        00034 (<autogenerated>:1)	MOVQ	DI, CX
    25        00037 (<autogenerated>:1)	PCDATA	$1, $1
    25        00037 (<autogenerated>:1)	CALL	DX
    27        00039 (<autogenerated>:1)	ADDQ	$24, SP
    2b        00043 (<autogenerated>:1)	POPQ	BP
    2c        00044 (<autogenerated>:1)	RET
    2d        00045 (<autogenerated>:1)	NOP
    2d        00045 (<autogenerated>:1)	PCDATA	$1, $-1
    2d        00045 (<autogenerated>:1)	PCDATA	$0, $-2
    2d        00045 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    32        00050 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    37        00055 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    3c        00060 (<autogenerated>:1)	MOVQ	DI, 32(SP)
    41        00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    46        00070 (<autogenerated>:1)	PCDATA	$0, $-1
    46        00070 (<autogenerated>:1)	MOVQ	8(SP), AX
    4b        00075 (<autogenerated>:1)	MOVQ	16(SP), BX
    50        00080 (<autogenerated>:1)	MOVQ	24(SP), CX
    55        00085 (<autogenerated>:1)	MOVQ	32(SP), DI
    5a        00090 (<autogenerated>:1)	JMP	0
    5c done
wrote 3 bytes to 0x0
 00 5c 00
funcpctab main.(*Reverse).Len [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Reverse).Len(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Reverse).Len(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Reverse).Len.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Reverse).Len.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVQ	(AX), CX
     3        00003 (<autogenerated>:1)	MOVQ	8(AX), AX
     7        00007 (<autogenerated>:1)	MOVQ	24(CX), CX
     b        00011 (<autogenerated>:1)	PCDATA	$1, $0
     b        00011 (<autogenerated>:1)	JMP	CX
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.Reverse.Swap [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Reverse.Swap(SB), DUPOK|WRAPPER|ABIInternal, $32-32
     0        00000 (<autogenerated>:1)	TEXT	main.Reverse.Swap(SB), DUPOK|WRAPPER|ABIInternal, $32-32
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	45
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Reverse.Swap.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Reverse.Swap.argliveinfo(SB)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $1
    18        00024 (<autogenerated>:1)	MOVQ	40(AX), DX
    1c        00028 (<autogenerated>:1)	MOVQ	BX, AX
    1f        00031 (<autogenerated>:1)	MOVQ	CX, BX
    22        00034 (<autogenerated>:1)	MOVQ	DI, CX
    25        00037 (<autogenerated>:1)	PCDATA	$1, $1
    25        00037 (<autogenerated>:1)	CALL	DX
    27        00039 (<autogenerated>:1)	ADDQ	$24, SP
    2b        00043 (<autogenerated>:1)	POPQ	BP
    2c        00044 (<autogenerated>:1)	RET
    2d        00045 (<autogenerated>:1)	NOP
    2d        00045 (<autogenerated>:1)	PCDATA	$1, $-1
    2d        00045 (<autogenerated>:1)	PCDATA	$0, $-2
    2d        00045 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    32        00050 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    37        00055 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    3c        00060 (<autogenerated>:1)	MOVQ	DI, 32(SP)
    41        00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    46        00070 (<autogenerated>:1)	PCDATA	$0, $-1
    46        00070 (<autogenerated>:1)	MOVQ	8(SP), AX
    4b        00075 (<autogenerated>:1)	MOVQ	16(SP), BX
    50        00080 (<autogenerated>:1)	MOVQ	24(SP), CX
    55        00085 (<autogenerated>:1)	MOVQ	32(SP), DI
    5a        00090 (<autogenerated>:1)	JMP	0
    5c done
wrote 3 bytes to 0x0
 00 5c 00
funcpctab main.(*Reverse).Swap [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Reverse).Swap(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Reverse).Swap(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Reverse).Swap.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Reverse).Swap.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVQ	(AX), DX
     3        00003 (<autogenerated>:1)	MOVQ	8(AX), AX
     7        00007 (<autogenerated>:1)	MOVQ	40(DX), DX
     b        00011 (<autogenerated>:1)	PCDATA	$1, $0
     b        00011 (<autogenerated>:1)	JMP	DX
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.Ints.Swap [valfunc=pctoinline]
     0     -1 00000 (iface_sort_bubble.go:24)	TEXT	main.Ints.Swap(SB), NOSPLIT|ABIInternal, $8-40
     0        00000 (iface_sort_bubble.go:24)	TEXT	main.Ints.Swap(SB), NOSPLIT|ABIInternal, $8-40
     0     -1 00000 (iface_sort_bubble.go:24)	PUSHQ	BP
     1        00001 (iface_sort_bubble.go:24)	MOVQ	SP, BP
     4        00004 (iface_sort_bubble.go:24)	MOVQ	AX, main.a+16(FP)
     9        00009 (iface_sort_bubble.go:24)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     9        00009 (iface_sort_bubble.go:24)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     9        00009 (iface_sort_bubble.go:24)	FUNCDATA	$5, main.Ints.Swap.arginfo1(SB)
     9        00009 (iface_sort_bubble.go:24)	FUNCDATA	$6, main.Ints.Swap.argliveinfo(SB)
     9        00009 (iface_sort_bubble.go:24)	PCDATA	$3, $1
     9        00009 (iface_sort_bubble.go:24)	CMPQ	BX, DI
     c        00012 (iface_sort_bubble.go:24)	JLS	42
     e        00014 (iface_sort_bubble.go:24)	MOVQ	(AX)(DI*8), CX
    12        00018 (iface_sort_bubble.go:24)	CMPQ	BX, SI
    15        00021 (iface_sort_bubble.go:24)	JLS	37
    17        00023 (iface_sort_bubble.go:24)	MOVQ	(AX)(SI*8), DX
    1b        00027 (iface_sort_bubble.go:24)	MOVQ	DX, (AX)(DI*8)
    1f        00031 (iface_sort_bubble.go:24)	MOVQ	CX, (AX)(SI*8)
    23        00035 (iface_sort_bubble.go:24)	POPQ	BP
    24        00036 (iface_sort_bubble.go:24)	RET
    25        00037 (iface_sort_bubble.go:24)	PCDATA	$1, $1
    25        00037 (iface_sort_bubble.go:24)	PCDATA	$4, $3951
    25        00037 (iface_sort_bubble.go:24)	CALL	runtime.panicBounds(SB)
    2a        00042 (iface_sort_bubble.go:24)	PCDATA	$4, $4023
    2a        00042 (iface_sort_bubble.go:24)	CALL	runtime.panicBounds(SB)
    2f        00047 (iface_sort_bubble.go:24)	XCHGL	AX, AX
    30 done
wrote 3 bytes to 0x0
 00 30 00
funcpctab main.Ints.Less [valfunc=pctoinline]
     0     -1 00000 (iface_sort_bubble.go:23)	TEXT	main.Ints.Less(SB), NOSPLIT|ABIInternal, $8-40
     0        00000 (iface_sort_bubble.go:23)	TEXT	main.Ints.Less(SB), NOSPLIT|ABIInternal, $8-40
     0     -1 00000 (iface_sort_bubble.go:23)	PUSHQ	BP
     1        00001 (iface_sort_bubble.go:23)	MOVQ	SP, BP
     4        00004 (iface_sort_bubble.go:23)	MOVQ	AX, main.a+16(FP)
     9        00009 (iface_sort_bubble.go:23)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     9        00009 (iface_sort_bubble.go:23)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     9        00009 (iface_sort_bubble.go:23)	FUNCDATA	$5, main.Ints.Less.arginfo1(SB)
     9        00009 (iface_sort_bubble.go:23)	FUNCDATA	$6, main.Ints.Less.argliveinfo(SB)
     9        00009 (iface_sort_bubble.go:23)	PCDATA	$3, $1
     9        00009 (iface_sort_bubble.go:23)	CMPQ	BX, DI
     c        00012 (iface_sort_bubble.go:23)	JLS	40
     e        00014 (iface_sort_bubble.go:23)	MOVQ	(AX)(DI*8), CX
    12        00018 (iface_sort_bubble.go:23)	CMPQ	BX, SI
    15        00021 (iface_sort_bubble.go:23)	JLS	35
    17        00023 (iface_sort_bubble.go:23)	MOVQ	(AX)(SI*8), DX
    1b        00027 (iface_sort_bubble.go:23)	CMPQ	DX, CX
    1e        00030 (iface_sort_bubble.go:23)	SETGT	AL
    21        00033 (iface_sort_bubble.go:23)	POPQ	BP
    22        00034 (iface_sort_bubble.go:23)	RET
    23        00035 (iface_sort_bubble.go:23)	PCDATA	$1, $1
    23        00035 (iface_sort_bubble.go:23)	PCDATA	$4, $3951
    23        00035 (iface_sort_bubble.go:23)	CALL	runtime.panicBounds(SB)
    28        00040 (iface_sort_bubble.go:23)	PCDATA	$4, $4023
    28        00040 (iface_sort_bubble.go:23)	CALL	runtime.panicBounds(SB)
    2d        00045 (iface_sort_bubble.go:23)	XCHGL	AX, AX
    2e done
wrote 3 bytes to 0x0
 00 2e 00
funcpctab main.ByAge.Swap [valfunc=pctoinline]
     0     -1 00000 (iface_sort_bubble.go:37)	TEXT	main.ByAge.Swap(SB), ABIInternal, $8-40
     0        00000 (iface_sort_bubble.go:37)	TEXT	main.ByAge.Swap(SB), ABIInternal, $8-40
     0     -1 00000 (iface_sort_bubble.go:37)	CMPQ	SP, 16(R14)
     4        00004 (iface_sort_bubble.go:37)	PCDATA	$0, $-2
     4        00004 (iface_sort_bubble.go:37)	JLS	147
     a        00010 (iface_sort_bubble.go:37)	PCDATA	$0, $-1
     a        00010 (iface_sort_bubble.go:37)	PUSHQ	BP
     b        00011 (iface_sort_bubble.go:37)	MOVQ	SP, BP
     e        00014 (iface_sort_bubble.go:37)	MOVQ	AX, main.a+16(FP)
    13        00019 (iface_sort_bubble.go:37)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    13        00019 (iface_sort_bubble.go:37)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    13        00019 (iface_sort_bubble.go:37)	FUNCDATA	$5, main.ByAge.Swap.arginfo1(SB)
    13        00019 (iface_sort_bubble.go:37)	FUNCDATA	$6, main.ByAge.Swap.argliveinfo(SB)
    13        00019 (iface_sort_bubble.go:37)	PCDATA	$3, $1
    13        00019 (iface_sort_bubble.go:37)	CMPQ	BX, DI
    16        00022 (iface_sort_bubble.go:37)	JLS	141
    18        00024 (iface_sort_bubble.go:37)	LEAQ	(DI)(DI*2), CX
    1c        00028 (iface_sort_bubble.go:37)	MOVQ	(AX)(CX*8), DX
    20        00032 (iface_sort_bubble.go:37)	MOVQ	8(AX)(CX*8), DI
    25        00037 (iface_sort_bubble.go:37)	MOVQ	16(AX)(CX*8), R8
    2a        00042 (iface_sort_bubble.go:37)	CMPQ	BX, SI
    2d        00045 (iface_sort_bubble.go:37)	JLS	136
    2f        00047 (iface_sort_bubble.go:37)	LEAQ	(SI)(SI*2), BX
    33        00051 (iface_sort_bubble.go:37)	MOVQ	8(AX)(BX*8), SI
    38        00056 (iface_sort_bubble.go:37)	MOVQ	16(AX)(BX*8), R9
    3d        00061 (iface_sort_bubble.go:37)	MOVQ	(AX)(BX*8), R10
    41        00065 (iface_sort_bubble.go:37)	MOVQ	SI, 8(AX)(CX*8)
    46        00070 (iface_sort_bubble.go:37)	MOVQ	R9, 16(AX)(CX*8)
    4b        00075 (iface_sort_bubble.go:37)	CMPL	runtime.writeBarrier(SB), $0
    52        00082 (iface_sort_bubble.go:37)	PCDATA	$0, $-2
    52        00082 (iface_sort_bubble.go:37)	JEQ	116
    54        00084 (iface_sort_bubble.go:37)	MOVQ	(AX)(CX*8), SI
    58        00088 (iface_sort_bubble.go:37)	MOVQ	(AX)(BX*8), R9
    5c        00092 (iface_sort_bubble.go:37)	NOP
    60        00096 (iface_sort_bubble.go:37)	CALL	runtime.gcWriteBarrier4(SB)
    65        00101 (iface_sort_bubble.go:37)	MOVQ	R10, (R11)
    68        00104 (iface_sort_bubble.go:37)	MOVQ	SI, 8(R11)
    6c        00108 (iface_sort_bubble.go:37)	MOVQ	DX, 16(R11)
    70        00112 (iface_sort_bubble.go:37)	MOVQ	R9, 24(R11)
    74        00116 (iface_sort_bubble.go:37)	MOVQ	R10, (AX)(CX*8)
    78        00120 (iface_sort_bubble.go:37)	MOVQ	DI, 8(AX)(BX*8)
    7d        00125 (iface_sort_bubble.go:37)	MOVQ	R8, 16(AX)(BX*8)
    82        00130 (iface_sort_bubble.go:37)	MOVQ	DX, (AX)(BX*8)
    86        00134 (iface_sort_bubble.go:37)	PCDATA	$0, $-1
    86        00134 (iface_sort_bubble.go:37)	POPQ	BP
    87        00135 (iface_sort_bubble.go:37)	RET
    88        00136 (iface_sort_bubble.go:37)	PCDATA	$1, $1
    88        00136 (iface_sort_bubble.go:37)	PCDATA	$4, $3951
    88        00136 (iface_sort_bubble.go:37)	CALL	runtime.panicBounds(SB)
    8d        00141 (iface_sort_bubble.go:37)	PCDATA	$4, $4023
    8d        00141 (iface_sort_bubble.go:37)	CALL	runtime.panicBounds(SB)
    92        00146 (iface_sort_bubble.go:37)	XCHGL	AX, AX
    93        00147 (iface_sort_bubble.go:37)	NOP
    93        00147 (iface_sort_bubble.go:37)	PCDATA	$1, $-1
    93        00147 (iface_sort_bubble.go:37)	PCDATA	$0, $-2
    93        00147 (iface_sort_bubble.go:37)	MOVQ	AX, 8(SP)
    98        00152 (iface_sort_bubble.go:37)	MOVQ	BX, 16(SP)
    9d        00157 (iface_sort_bubble.go:37)	MOVQ	CX, 24(SP)
    a2        00162 (iface_sort_bubble.go:37)	MOVQ	DI, 32(SP)
    a7        00167 (iface_sort_bubble.go:37)	MOVQ	SI, 40(SP)
    ac        00172 (iface_sort_bubble.go:37)	CALL	runtime.morestack_noctxt(SB)
    b1        00177 (iface_sort_bubble.go:37)	PCDATA	$0, $-1
    b1        00177 (iface_sort_bubble.go:37)	MOVQ	8(SP), AX
    b6        00182 (iface_sort_bubble.go:37)	MOVQ	16(SP), BX
    bb        00187 (iface_sort_bubble.go:37)	MOVQ	24(SP), CX
    c0        00192 (iface_sort_bubble.go:37)	MOVQ	32(SP), DI
    c5        00197 (iface_sort_bubble.go:37)	MOVQ	40(SP), SI
    ca        00202 (iface_sort_bubble.go:37)	JMP	0
    cf done
wrote 4 bytes to 0x0
 00 cf 01 00
funcpctab main.Interface.Swap [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Interface.Swap(SB), DUPOK|WRAPPER|ABIInternal, $32-32
     0        00000 (<autogenerated>:1)	TEXT	main.Interface.Swap(SB), DUPOK|WRAPPER|ABIInternal, $32-32
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	45
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Interface.Swap.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Interface.Swap.argliveinfo(SB)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $1
    18        00024 (<autogenerated>:1)	MOVQ	40(AX), DX
    1c        00028 (<autogenerated>:1)	MOVQ	BX, AX
    1f        00031 (<autogenerated>:1)	MOVQ	CX, BX
    22        00034 (<autogenerated>:1)	MOVQ	DI, CX
    25        00037 (<autogenerated>:1)	PCDATA	$1, $1
    25        00037 (<autogenerated>:1)	CALL	DX
    27        00039 (<autogenerated>:1)	ADDQ	$24, SP
    2b        00043 (<autogenerated>:1)	POPQ	BP
    2c        00044 (<autogenerated>:1)	RET
    2d        00045 (<autogenerated>:1)	NOP
    2d        00045 (<autogenerated>:1)	PCDATA	$1, $-1
    2d        00045 (<autogenerated>:1)	PCDATA	$0, $-2
    2d        00045 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    32        00050 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    37        00055 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    3c        00060 (<autogenerated>:1)	MOVQ	DI, 32(SP)
    41        00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    46        00070 (<autogenerated>:1)	PCDATA	$0, $-1
    46        00070 (<autogenerated>:1)	MOVQ	8(SP), AX
    4b        00075 (<autogenerated>:1)	MOVQ	16(SP), BX
    50        00080 (<autogenerated>:1)	MOVQ	24(SP), CX
    55        00085 (<autogenerated>:1)	MOVQ	32(SP), DI
    5a        00090 (<autogenerated>:1)	JMP	0
    5c done
wrote 3 bytes to 0x0
 00 5c 00
funcpctab type:.eq.[5SM8] [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.[5SM8](SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.[5SM8](SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	92
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.[5SM8].arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.[5SM8].argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $-1
    18        00024 (<autogenerated>:1)	XORL	CX, CX
    1a        00026 (<autogenerated>:1)	JMP	47
    1c        00028 (<autogenerated>:1)	MOVQ	main..autotmp_7+16(SP), CX
    21        00033 (<autogenerated>:1)	ADDQ	$24, CX
    25        00037 (<autogenerated>:1)	MOVQ	main.p+40(SP), AX
    2a        00042 (<autogenerated>:1)	MOVQ	main.q+48(SP), BX
    2f        00047 (<autogenerated>:1)	CMPQ	CX, $120
    33        00051 (<autogenerated>:1)	JCC	81
    35        00053 (<autogenerated>:1)	MOVQ	CX, main..autotmp_7+16(SP)
    3a        00058 (<autogenerated>:1)	ADDQ	CX, AX
    3d        00061 (<autogenerated>:1)	ADDQ	CX, BX
    40        00064 (<autogenerated>:1)	PCDATA	$1, $0
    40        00064 (<autogenerated>:1)	CALL	type:.eq.SM8(SB)
    45        00069 (<autogenerated>:1)	TESTB	AL, AL
    47        00071 (<autogenerated>:1)	JNE	28
    49        00073 (<autogenerated>:1)	XORL	AX, AX
    4b        00075 (<autogenerated>:1)	ADDQ	$24, SP
    4f        00079 (<autogenerated>:1)	POPQ	BP
    50        00080 (<autogenerated>:1)	RET
    51        00081 (<autogenerated>:1)	MOVL	$1, AX
    56        00086 (<autogenerated>:1)	ADDQ	$24, SP
    5a        00090 (<autogenerated>:1)	POPQ	BP
    5b        00091 (<autogenerated>:1)	RET
    5c        00092 (<autogenerated>:1)	NOP
    5c        00092 (<autogenerated>:1)	PCDATA	$1, $-1
    5c        00092 (<autogenerated>:1)	PCDATA	$0, $-2
    5c        00092 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    61        00097 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    66        00102 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    6b        00107 (<autogenerated>:1)	PCDATA	$0, $-1
    6b        00107 (<autogenerated>:1)	MOVQ	8(SP), AX
    70        00112 (<autogenerated>:1)	MOVQ	16(SP), BX
    75        00117 (<autogenerated>:1)	JMP	0
    77 done
wrote 3 bytes to 0x0
 00 77 00
main.bubbleUp STEXT size=238 align=0x0 args=0x10 locals=0x38 funcid=0x0
	0x0000 00000 (iface_sort_bubble.go:11)	TEXT	main.bubbleUp(SB), ABIInternal, $56-16
	0x0000 00000 (iface_sort_bubble.go:11)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_sort_bubble.go:11)	PCDATA	$0, $-2
	0x0004 00004 (iface_sort_bubble.go:11)	JLS	208
	0x000a 00010 (iface_sort_bubble.go:11)	PCDATA	$0, $-1
	0x000a 00010 (iface_sort_bubble.go:11)	PUSHQ	BP
	0x000b 00011 (iface_sort_bubble.go:11)	MOVQ	SP, BP
	0x000e 00014 (iface_sort_bubble.go:11)	SUBQ	$48, SP
	0x0012 00018 (iface_sort_bubble.go:11)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0012 00018 (iface_sort_bubble.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (iface_sort_bubble.go:11)	FUNCDATA	$5, main.bubbleUp.arginfo1(SB)
	0x0012 00018 (iface_sort_bubble.go:11)	FUNCDATA	$6, main.bubbleUp.argliveinfo(SB)
	0x0012 00018 (iface_sort_bubble.go:11)	PCDATA	$3, $1
	0x0012 00018 (iface_sort_bubble.go:13)	MOVQ	AX, main.x+64(SP)
	0x0017 00023 (iface_sort_bubble.go:13)	MOVQ	BX, main.x+72(SP)
	0x001c 00028 (iface_sort_bubble.go:13)	PCDATA	$3, $-1
	0x001c 00028 (iface_sort_bubble.go:12)	MOVQ	24(AX), CX
	0x0020 00032 (iface_sort_bubble.go:12)	MOVQ	BX, AX
	0x0023 00035 (iface_sort_bubble.go:12)	PCDATA	$1, $0
	0x0023 00035 (iface_sort_bubble.go:12)	CALL	CX
	0x0025 00037 (iface_sort_bubble.go:12)	MOVQ	AX, main.n+24(SP)
	0x002a 00042 (iface_sort_bubble.go:13)	MOVL	$1, CX
	0x002f 00047 (iface_sort_bubble.go:13)	MOVQ	main.x+64(SP), DX
	0x0034 00052 (iface_sort_bubble.go:13)	MOVQ	main.x+72(SP), BX
	0x0039 00057 (iface_sort_bubble.go:13)	JMP	64
	0x003b 00059 (iface_sort_bubble.go:13)	LEAQ	1(SI), CX
	0x003f 00063 (iface_sort_bubble.go:13)	NOP
	0x0040 00064 (iface_sort_bubble.go:13)	CMPQ	AX, CX
	0x0043 00067 (iface_sort_bubble.go:13)	JLE	202
	0x0049 00073 (iface_sort_bubble.go:13)	MOVQ	CX, main.j+32(SP)
	0x004e 00078 (iface_sort_bubble.go:13)	MOVQ	CX, SI
	0x0051 00081 (iface_sort_bubble.go:14)	JMP	132
	0x0053 00083 (iface_sort_bubble.go:15)	MOVQ	40(DX), DX
	0x0057 00087 (iface_sort_bubble.go:14)	LEAQ	-1(CX), SI
	0x005b 00091 (iface_sort_bubble.go:14)	MOVQ	SI, main..autotmp_6+40(SP)
	0x0060 00096 (iface_sort_bubble.go:15)	MOVQ	BX, AX
	0x0063 00099 (iface_sort_bubble.go:15)	MOVQ	CX, BX
	0x0066 00102 (iface_sort_bubble.go:15)	MOVQ	SI, CX
	0x0069 00105 (iface_sort_bubble.go:15)	CALL	DX
	0x006b 00107 (iface_sort_bubble.go:13)	MOVQ	main.n+24(SP), AX
	0x0070 00112 (iface_sort_bubble.go:15)	MOVQ	main.x+64(SP), DX
	0x0075 00117 (iface_sort_bubble.go:15)	MOVQ	main.x+72(SP), BX
	0x007a 00122 (iface_sort_bubble.go:13)	MOVQ	main.j+32(SP), SI
	0x007f 00127 (iface_sort_bubble.go:14)	MOVQ	main..autotmp_6+40(SP), CX
	0x0084 00132 (iface_sort_bubble.go:14)	TESTQ	CX, CX
	0x0087 00135 (iface_sort_bubble.go:14)	JGT	141
	0x0089 00137 (iface_sort_bubble.go:14)	XORL	DI, DI
	0x008b 00139 (iface_sort_bubble.go:14)	JMP	192
	0x008d 00141 (iface_sort_bubble.go:14)	MOVQ	CX, main..autotmp_6+40(SP)
	0x0092 00146 (iface_sort_bubble.go:14)	MOVQ	32(DX), DX
	0x0096 00150 (iface_sort_bubble.go:14)	LEAQ	-1(CX), SI
	0x009a 00154 (iface_sort_bubble.go:14)	MOVQ	BX, AX
	0x009d 00157 (iface_sort_bubble.go:14)	MOVQ	CX, BX
	0x00a0 00160 (iface_sort_bubble.go:14)	MOVQ	SI, CX
	0x00a3 00163 (iface_sort_bubble.go:14)	CALL	DX
	0x00a5 00165 (iface_sort_bubble.go:14)	MOVQ	main..autotmp_6+40(SP), CX
	0x00aa 00170 (iface_sort_bubble.go:15)	MOVQ	main.x+64(SP), DX
	0x00af 00175 (iface_sort_bubble.go:15)	MOVQ	main.x+72(SP), BX
	0x00b4 00180 (iface_sort_bubble.go:13)	MOVQ	main.j+32(SP), SI
	0x00b9 00185 (iface_sort_bubble.go:14)	MOVL	AX, DI
	0x00bb 00187 (iface_sort_bubble.go:13)	MOVQ	main.n+24(SP), AX
	0x00c0 00192 (iface_sort_bubble.go:14)	TESTB	DIB, DIB
	0x00c3 00195 (iface_sort_bubble.go:14)	JNE	83
	0x00c5 00197 (iface_sort_bubble.go:14)	JMP	59
	0x00ca 00202 (iface_sort_bubble.go:18)	ADDQ	$48, SP
	0x00ce 00206 (iface_sort_bubble.go:18)	POPQ	BP
	0x00cf 00207 (iface_sort_bubble.go:18)	RET
	0x00d0 00208 (iface_sort_bubble.go:18)	NOP
	0x00d0 00208 (iface_sort_bubble.go:11)	PCDATA	$1, $-1
	0x00d0 00208 (iface_sort_bubble.go:11)	PCDATA	$0, $-2
	0x00d0 00208 (iface_sort_bubble.go:11)	MOVQ	AX, 8(SP)
	0x00d5 00213 (iface_sort_bubble.go:11)	MOVQ	BX, 16(SP)
	0x00da 00218 (iface_sort_bubble.go:11)	CALL	runtime.morestack_noctxt(SB)
	0x00df 00223 (iface_sort_bubble.go:11)	PCDATA	$0, $-1
	0x00df 00223 (iface_sort_bubble.go:11)	MOVQ	8(SP), AX
	0x00e4 00228 (iface_sort_bubble.go:11)	MOVQ	16(SP), BX
	0x00e9 00233 (iface_sort_bubble.go:11)	JMP	0
	0x0000 49 3b 66 10 0f 86 c6 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 89 44 24 40 48 89 5c 24 48 48 8b 48 18  .0H.D$@H.\$HH.H.
	0x0020 48 89 d8 ff d1 48 89 44 24 18 b9 01 00 00 00 48  H....H.D$......H
	0x0030 8b 54 24 40 48 8b 5c 24 48 eb 05 48 8d 4e 01 90  .T$@H.\$H..H.N..
	0x0040 48 39 c8 0f 8e 81 00 00 00 48 89 4c 24 20 48 89  H9.......H.L$ H.
	0x0050 ce eb 31 48 8b 52 28 48 8d 71 ff 48 89 74 24 28  ..1H.R(H.q.H.t$(
	0x0060 48 89 d8 48 89 cb 48 89 f1 ff d2 48 8b 44 24 18  H..H..H....H.D$.
	0x0070 48 8b 54 24 40 48 8b 5c 24 48 48 8b 74 24 20 48  H.T$@H.\$HH.t$ H
	0x0080 8b 4c 24 28 48 85 c9 7f 04 31 ff eb 33 48 89 4c  .L$(H....1..3H.L
	0x0090 24 28 48 8b 52 20 48 8d 71 ff 48 89 d8 48 89 cb  $(H.R H.q.H..H..
	0x00a0 48 89 f1 ff d2 48 8b 4c 24 28 48 8b 54 24 40 48  H....H.L$(H.T$@H
	0x00b0 8b 5c 24 48 48 8b 74 24 20 89 c7 48 8b 44 24 18  .\$HH.t$ ..H.D$.
	0x00c0 40 84 ff 75 8e e9 71 ff ff ff 48 83 c4 30 5d c3  @..u..q...H..0].
	0x00d0 48 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48  H.D$.H.\$......H
	0x00e0 8b 44 24 08 48 8b 5c 24 10 e9 12 ff ff ff        .D$.H.\$......
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+96
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+104
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+112
	rel 35+0 t=R_CALLIND +0
	rel 105+0 t=R_CALLIND +0
	rel 163+0 t=R_CALLIND +0
	rel 219+4 t=R_CALL runtime.morestack_noctxt+0
main.Ints.Len STEXT nosplit size=9 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (iface_sort_bubble.go:22)	TEXT	main.Ints.Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (iface_sort_bubble.go:22)	MOVQ	AX, main.a+8(FP)
	0x0005 00005 (iface_sort_bubble.go:22)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (iface_sort_bubble.go:22)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (iface_sort_bubble.go:22)	FUNCDATA	$5, main.Ints.Len.arginfo1(SB)
	0x0005 00005 (iface_sort_bubble.go:22)	FUNCDATA	$6, main.Ints.Len.argliveinfo(SB)
	0x0005 00005 (iface_sort_bubble.go:22)	PCDATA	$3, $1
	0x0005 00005 (iface_sort_bubble.go:22)	MOVQ	BX, AX
	0x0008 00008 (iface_sort_bubble.go:22)	RET
	0x0000 48 89 44 24 08 48 89 d8 c3                       H.D$.H...
main.Ints.Less STEXT nosplit size=46 align=0x0 args=0x28 locals=0x8 funcid=0x0
	0x0000 00000 (iface_sort_bubble.go:23)	TEXT	main.Ints.Less(SB), NOSPLIT|ABIInternal, $8-40
	0x0000 00000 (iface_sort_bubble.go:23)	PUSHQ	BP
	0x0001 00001 (iface_sort_bubble.go:23)	MOVQ	SP, BP
	0x0004 00004 (iface_sort_bubble.go:23)	MOVQ	AX, main.a+16(FP)
	0x0009 00009 (iface_sort_bubble.go:23)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0009 00009 (iface_sort_bubble.go:23)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0009 00009 (iface_sort_bubble.go:23)	FUNCDATA	$5, main.Ints.Less.arginfo1(SB)
	0x0009 00009 (iface_sort_bubble.go:23)	FUNCDATA	$6, main.Ints.Less.argliveinfo(SB)
	0x0009 00009 (iface_sort_bubble.go:23)	PCDATA	$3, $1
	0x0009 00009 (iface_sort_bubble.go:23)	CMPQ	BX, DI
	0x000c 00012 (iface_sort_bubble.go:23)	JLS	40
	0x000e 00014 (iface_sort_bubble.go:23)	MOVQ	(AX)(DI*8), CX
	0x0012 00018 (iface_sort_bubble.go:23)	CMPQ	BX, SI
	0x0015 00021 (iface_sort_bubble.go:23)	JLS	35
	0x0017 00023 (iface_sort_bubble.go:23)	MOVQ	(AX)(SI*8), DX
	0x001b 00027 (iface_sort_bubble.go:23)	CMPQ	DX, CX
	0x001e 00030 (iface_sort_bubble.go:23)	SETGT	AL
	0x0021 00033 (iface_sort_bubble.go:23)	POPQ	BP
	0x0022 00034 (iface_sort_bubble.go:23)	RET
	0x0023 00035 (iface_sort_bubble.go:23)	PCDATA	$1, $1
	0x0023 00035 (iface_sort_bubble.go:23)	PCDATA	$4, $3951
	0x0023 00035 (iface_sort_bubble.go:23)	CALL	runtime.panicBounds(SB)
	0x0028 00040 (iface_sort_bubble.go:23)	PCDATA	$4, $4023
	0x0028 00040 (iface_sort_bubble.go:23)	CALL	runtime.panicBounds(SB)
	0x002d 00045 (iface_sort_bubble.go:23)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 89 44 24 10 48 39 fb 76 1a 48 8b  UH..H.D$.H9.v.H.
	0x0010 0c f8 48 39 f3 76 0c 48 8b 14 f0 48 39 ca 0f 9f  ..H9.v.H...H9...
	0x0020 c0 5d c3 e8 00 00 00 00 e8 00 00 00 00 90        .]............
	rel 36+4 t=R_CALL runtime.panicBounds+0
	rel 41+4 t=R_CALL runtime.panicBounds+0
main.Ints.Swap STEXT nosplit size=48 align=0x0 args=0x28 locals=0x8 funcid=0x0
	0x0000 00000 (iface_sort_bubble.go:24)	TEXT	main.Ints.Swap(SB), NOSPLIT|ABIInternal, $8-40
	0x0000 00000 (iface_sort_bubble.go:24)	PUSHQ	BP
	0x0001 00001 (iface_sort_bubble.go:24)	MOVQ	SP, BP
	0x0004 00004 (iface_sort_bubble.go:24)	MOVQ	AX, main.a+16(FP)
	0x0009 00009 (iface_sort_bubble.go:24)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0009 00009 (iface_sort_bubble.go:24)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0009 00009 (iface_sort_bubble.go:24)	FUNCDATA	$5, main.Ints.Swap.arginfo1(SB)
	0x0009 00009 (iface_sort_bubble.go:24)	FUNCDATA	$6, main.Ints.Swap.argliveinfo(SB)
	0x0009 00009 (iface_sort_bubble.go:24)	PCDATA	$3, $1
	0x0009 00009 (iface_sort_bubble.go:24)	CMPQ	BX, DI
	0x000c 00012 (iface_sort_bubble.go:24)	JLS	42
	0x000e 00014 (iface_sort_bubble.go:24)	MOVQ	(AX)(DI*8), CX
	0x0012 00018 (iface_sort_bubble.go:24)	CMPQ	BX, SI
	0x0015 00021 (iface_sort_bubble.go:24)	JLS	37
	0x0017 00023 (iface_sort_bubble.go:24)	MOVQ	(AX)(SI*8), DX
	0x001b 00027 (iface_sort_bubble.go:24)	MOVQ	DX, (AX)(DI*8)
	0x001f 00031 (iface_sort_bubble.go:24)	MOVQ	CX, (AX)(SI*8)
	0x0023 00035 (iface_sort_bubble.go:24)	POPQ	BP
	0x0024 00036 (iface_sort_bubble.go:24)	RET
	0x0025 00037 (iface_sort_bubble.go:24)	PCDATA	$1, $1
	0x0025 00037 (iface_sort_bubble.go:24)	PCDATA	$4, $3951
	0x0025 00037 (iface_sort_bubble.go:24)	CALL	runtime.panicBounds(SB)
	0x002a 00042 (iface_sort_bubble.go:24)	PCDATA	$4, $4023
	0x002a 00042 (iface_sort_bubble.go:24)	CALL	runtime.panicBounds(SB)
	0x002f 00047 (iface_sort_bubble.go:24)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 89 44 24 10 48 39 fb 76 1c 48 8b  UH..H.D$.H9.v.H.
	0x0010 0c f8 48 39 f3 76 0e 48 8b 14 f0 48 89 14 f8 48  ..H9.v.H...H...H
	0x0020 89 0c f0 5d c3 e8 00 00 00 00 e8 00 00 00 00 90  ...]............
	rel 38+4 t=R_CALL runtime.panicBounds+0
	rel 43+4 t=R_CALL runtime.panicBounds+0
main.ByAge.Len STEXT nosplit size=9 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (iface_sort_bubble.go:33)	TEXT	main.ByAge.Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (iface_sort_bubble.go:33)	MOVQ	AX, main.a+8(FP)
	0x0005 00005 (iface_sort_bubble.go:33)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (iface_sort_bubble.go:33)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (iface_sort_bubble.go:33)	FUNCDATA	$5, main.ByAge.Len.arginfo1(SB)
	0x0005 00005 (iface_sort_bubble.go:33)	FUNCDATA	$6, main.ByAge.Len.argliveinfo(SB)
	0x0005 00005 (iface_sort_bubble.go:33)	PCDATA	$3, $1
	0x0005 00005 (iface_sort_bubble.go:33)	MOVQ	BX, AX
	0x0008 00008 (iface_sort_bubble.go:33)	RET
	0x0000 48 89 44 24 08 48 89 d8 c3                       H.D$.H...
main.ByAge.Less STEXT size=175 align=0x0 args=0x28 locals=0x28 funcid=0x0
	0x0000 00000 (iface_sort_bubble.go:34)	TEXT	main.ByAge.Less(SB), ABIInternal, $40-40
	0x0000 00000 (iface_sort_bubble.go:34)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_sort_bubble.go:34)	PCDATA	$0, $-2
	0x0004 00004 (iface_sort_bubble.go:34)	JLS	115
	0x0006 00006 (iface_sort_bubble.go:34)	PCDATA	$0, $-1
	0x0006 00006 (iface_sort_bubble.go:34)	PUSHQ	BP
	0x0007 00007 (iface_sort_bubble.go:34)	MOVQ	SP, BP
	0x000a 00010 (iface_sort_bubble.go:34)	SUBQ	$32, SP
	0x000e 00014 (iface_sort_bubble.go:34)	MOVQ	AX, main.a+48(FP)
	0x0013 00019 (iface_sort_bubble.go:34)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0013 00019 (iface_sort_bubble.go:34)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0013 00019 (iface_sort_bubble.go:34)	FUNCDATA	$5, main.ByAge.Less.arginfo1(SB)
	0x0013 00019 (iface_sort_bubble.go:34)	FUNCDATA	$6, main.ByAge.Less.argliveinfo(SB)
	0x0013 00019 (iface_sort_bubble.go:34)	PCDATA	$3, $1
	0x0013 00019 (iface_sort_bubble.go:35)	CMPQ	BX, DI
	0x0016 00022 (iface_sort_bubble.go:35)	JLS	109
	0x0018 00024 (iface_sort_bubble.go:35)	LEAQ	(DI)(DI*2), DX
	0x001c 00028 (iface_sort_bubble.go:35)	MOVQ	16(AX)(DX*8), R8
	0x0021 00033 (iface_sort_bubble.go:35)	CMPQ	BX, SI
	0x0024 00036 (iface_sort_bubble.go:35)	JLS	104
	0x0026 00038 (iface_sort_bubble.go:35)	LEAQ	(SI)(SI*2), SI
	0x002a 00042 (iface_sort_bubble.go:35)	MOVQ	16(AX)(SI*8), R9
	0x002f 00047 (iface_sort_bubble.go:35)	CMPQ	R9, R8
	0x0032 00050 (iface_sort_bubble.go:35)	JLE	59
	0x0034 00052 (iface_sort_bubble.go:35)	MOVL	$1, AX
	0x0039 00057 (iface_sort_bubble.go:35)	JMP	98
	0x003b 00059 (iface_sort_bubble.go:35)	JEQ	66
	0x003d 00061 (iface_sort_bubble.go:35)	XORL	AX, AX
	0x003f 00063 (iface_sort_bubble.go:35)	NOP
	0x0040 00064 (iface_sort_bubble.go:35)	JMP	98
	0x0042 00066 (iface_sort_bubble.go:35)	MOVQ	(AX)(DX*8), R8
	0x0046 00070 (iface_sort_bubble.go:35)	MOVQ	8(AX)(DX*8), BX
	0x004b 00075 (iface_sort_bubble.go:35)	MOVQ	(AX)(SI*8), CX
	0x004f 00079 (iface_sort_bubble.go:35)	MOVQ	8(AX)(SI*8), DI
	0x0054 00084 (iface_sort_bubble.go:35)	MOVQ	R8, AX
	0x0057 00087 (iface_sort_bubble.go:35)	PCDATA	$1, $1
	0x0057 00087 (iface_sort_bubble.go:35)	CALL	runtime.cmpstring(SB)
	0x005c 00092 (iface_sort_bubble.go:35)	TESTQ	AX, AX
	0x005f 00095 (iface_sort_bubble.go:35)	SETLT	AL
	0x0062 00098 (iface_sort_bubble.go:35)	ADDQ	$32, SP
	0x0066 00102 (iface_sort_bubble.go:35)	POPQ	BP
	0x0067 00103 (iface_sort_bubble.go:35)	RET
	0x0068 00104 (iface_sort_bubble.go:35)	PCDATA	$4, $3951
	0x0068 00104 (iface_sort_bubble.go:35)	CALL	runtime.panicBounds(SB)
	0x006d 00109 (iface_sort_bubble.go:35)	PCDATA	$4, $4023
	0x006d 00109 (iface_sort_bubble.go:35)	CALL	runtime.panicBounds(SB)
	0x0072 00114 (iface_sort_bubble.go:35)	XCHGL	AX, AX
	0x0073 00115 (iface_sort_bubble.go:35)	NOP
	0x0073 00115 (iface_sort_bubble.go:34)	PCDATA	$1, $-1
	0x0073 00115 (iface_sort_bubble.go:34)	PCDATA	$0, $-2
	0x0073 00115 (iface_sort_bubble.go:34)	MOVQ	AX, 8(SP)
	0x0078 00120 (iface_sort_bubble.go:34)	MOVQ	BX, 16(SP)
	0x007d 00125 (iface_sort_bubble.go:34)	MOVQ	CX, 24(SP)
	0x0082 00130 (iface_sort_bubble.go:34)	MOVQ	DI, 32(SP)
	0x0087 00135 (iface_sort_bubble.go:34)	MOVQ	SI, 40(SP)
	0x008c 00140 (iface_sort_bubble.go:34)	CALL	runtime.morestack_noctxt(SB)
	0x0091 00145 (iface_sort_bubble.go:34)	PCDATA	$0, $-1
	0x0091 00145 (iface_sort_bubble.go:34)	MOVQ	8(SP), AX
	0x0096 00150 (iface_sort_bubble.go:34)	MOVQ	16(SP), BX
	0x009b 00155 (iface_sort_bubble.go:34)	MOVQ	24(SP), CX
	0x00a0 00160 (iface_sort_bubble.go:34)	MOVQ	32(SP), DI
	0x00a5 00165 (iface_sort_bubble.go:34)	MOVQ	40(SP), SI
	0x00aa 00170 (iface_sort_bubble.go:34)	JMP	0
	0x0000 49 3b 66 10 76 6d 55 48 89 e5 48 83 ec 20 48 89  I;f.vmUH..H.. H.
	0x0010 44 24 30 48 39 fb 76 55 48 8d 14 7f 4c 8b 44 d0  D$0H9.vUH...L.D.
	0x0020 10 48 39 f3 76 42 48 8d 34 76 4c 8b 4c f0 10 4d  .H9.vBH.4vL.L..M
	0x0030 39 c1 7e 07 b8 01 00 00 00 eb 27 74 05 31 c0 90  9.~.......'t.1..
	0x0040 eb 20 4c 8b 04 d0 48 8b 5c d0 08 48 8b 0c f0 48  . L...H.\..H...H
	0x0050 8b 7c f0 08 4c 89 c0 e8 00 00 00 00 48 85 c0 0f  .|..L.......H...
	0x0060 9c c0 48 83 c4 20 5d c3 e8 00 00 00 00 e8 00 00  ..H.. ].........
	0x0070 00 00 90 48 89 44 24 08 48 89 5c 24 10 48 89 4c  ...H.D$.H.\$.H.L
	0x0080 24 18 48 89 7c 24 20 48 89 74 24 28 e8 00 00 00  $.H.|$ H.t$(....
	0x0090 00 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18  .H.D$.H.\$.H.L$.
	0x00a0 48 8b 7c 24 20 48 8b 74 24 28 e9 51 ff ff ff     H.|$ H.t$(.Q...
	rel 88+4 t=R_CALL runtime.cmpstring+0
	rel 105+4 t=R_CALL runtime.panicBounds+0
	rel 110+4 t=R_CALL runtime.panicBounds+0
	rel 141+4 t=R_CALL runtime.morestack_noctxt+0
main.ByAge.Swap STEXT size=207 align=0x0 args=0x28 locals=0x8 funcid=0x0
	0x0000 00000 (iface_sort_bubble.go:37)	TEXT	main.ByAge.Swap(SB), ABIInternal, $8-40
	0x0000 00000 (iface_sort_bubble.go:37)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_sort_bubble.go:37)	PCDATA	$0, $-2
	0x0004 00004 (iface_sort_bubble.go:37)	JLS	147
	0x000a 00010 (iface_sort_bubble.go:37)	PCDATA	$0, $-1
	0x000a 00010 (iface_sort_bubble.go:37)	PUSHQ	BP
	0x000b 00011 (iface_sort_bubble.go:37)	MOVQ	SP, BP
	0x000e 00014 (iface_sort_bubble.go:37)	MOVQ	AX, main.a+16(FP)
	0x0013 00019 (iface_sort_bubble.go:37)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0013 00019 (iface_sort_bubble.go:37)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0013 00019 (iface_sort_bubble.go:37)	FUNCDATA	$5, main.ByAge.Swap.arginfo1(SB)
	0x0013 00019 (iface_sort_bubble.go:37)	FUNCDATA	$6, main.ByAge.Swap.argliveinfo(SB)
	0x0013 00019 (iface_sort_bubble.go:37)	PCDATA	$3, $1
	0x0013 00019 (iface_sort_bubble.go:37)	CMPQ	BX, DI
	0x0016 00022 (iface_sort_bubble.go:37)	JLS	141
	0x0018 00024 (iface_sort_bubble.go:37)	LEAQ	(DI)(DI*2), CX
	0x001c 00028 (iface_sort_bubble.go:37)	MOVQ	(AX)(CX*8), DX
	0x0020 00032 (iface_sort_bubble.go:37)	MOVQ	8(AX)(CX*8), DI
	0x0025 00037 (iface_sort_bubble.go:37)	MOVQ	16(AX)(CX*8), R8
	0x002a 00042 (iface_sort_bubble.go:37)	CMPQ	BX, SI
	0x002d 00045 (iface_sort_bubble.go:37)	JLS	136
	0x002f 00047 (iface_sort_bubble.go:37)	LEAQ	(SI)(SI*2), BX
	0x0033 00051 (iface_sort_bubble.go:37)	MOVQ	8(AX)(BX*8), SI
	0x0038 00056 (iface_sort_bubble.go:37)	MOVQ	16(AX)(BX*8), R9
	0x003d 00061 (iface_sort_bubble.go:37)	MOVQ	(AX)(BX*8), R10
	0x0041 00065 (iface_sort_bubble.go:37)	MOVQ	SI, 8(AX)(CX*8)
	0x0046 00070 (iface_sort_bubble.go:37)	MOVQ	R9, 16(AX)(CX*8)
	0x004b 00075 (iface_sort_bubble.go:37)	CMPL	runtime.writeBarrier(SB), $0
	0x0052 00082 (iface_sort_bubble.go:37)	PCDATA	$0, $-2
	0x0052 00082 (iface_sort_bubble.go:37)	JEQ	116
	0x0054 00084 (iface_sort_bubble.go:37)	MOVQ	(AX)(CX*8), SI
	0x0058 00088 (iface_sort_bubble.go:37)	MOVQ	(AX)(BX*8), R9
	0x005c 00092 (iface_sort_bubble.go:37)	NOP
	0x0060 00096 (iface_sort_bubble.go:37)	CALL	runtime.gcWriteBarrier4(SB)
	0x0065 00101 (iface_sort_bubble.go:37)	MOVQ	R10, (R11)
	0x0068 00104 (iface_sort_bubble.go:37)	MOVQ	SI, 8(R11)
	0x006c 00108 (iface_sort_bubble.go:37)	MOVQ	DX, 16(R11)
	0x0070 00112 (iface_sort_bubble.go:37)	MOVQ	R9, 24(R11)
	0x0074 00116 (iface_sort_bubble.go:37)	MOVQ	R10, (AX)(CX*8)
	0x0078 00120 (iface_sort_bubble.go:37)	MOVQ	DI, 8(AX)(BX*8)
	0x007d 00125 (iface_sort_bubble.go:37)	MOVQ	R8, 16(AX)(BX*8)
	0x0082 00130 (iface_sort_bubble.go:37)	MOVQ	DX, (AX)(BX*8)
	0x0086 00134 (iface_sort_bubble.go:37)	PCDATA	$0, $-1
	0x0086 00134 (iface_sort_bubble.go:37)	POPQ	BP
	0x0087 00135 (iface_sort_bubble.go:37)	RET
	0x0088 00136 (iface_sort_bubble.go:37)	PCDATA	$1, $1
	0x0088 00136 (iface_sort_bubble.go:37)	PCDATA	$4, $3951
	0x0088 00136 (iface_sort_bubble.go:37)	CALL	runtime.panicBounds(SB)
	0x008d 00141 (iface_sort_bubble.go:37)	PCDATA	$4, $4023
	0x008d 00141 (iface_sort_bubble.go:37)	CALL	runtime.panicBounds(SB)
	0x0092 00146 (iface_sort_bubble.go:37)	XCHGL	AX, AX
	0x0093 00147 (iface_sort_bubble.go:37)	NOP
	0x0093 00147 (iface_sort_bubble.go:37)	PCDATA	$1, $-1
	0x0093 00147 (iface_sort_bubble.go:37)	PCDATA	$0, $-2
	0x0093 00147 (iface_sort_bubble.go:37)	MOVQ	AX, 8(SP)
	0x0098 00152 (iface_sort_bubble.go:37)	MOVQ	BX, 16(SP)
	0x009d 00157 (iface_sort_bubble.go:37)	MOVQ	CX, 24(SP)
	0x00a2 00162 (iface_sort_bubble.go:37)	MOVQ	DI, 32(SP)
	0x00a7 00167 (iface_sort_bubble.go:37)	MOVQ	SI, 40(SP)
	0x00ac 00172 (iface_sort_bubble.go:37)	CALL	runtime.morestack_noctxt(SB)
	0x00b1 00177 (iface_sort_bubble.go:37)	PCDATA	$0, $-1
	0x00b1 00177 (iface_sort_bubble.go:37)	MOVQ	8(SP), AX
	0x00b6 00182 (iface_sort_bubble.go:37)	MOVQ	16(SP), BX
	0x00bb 00187 (iface_sort_bubble.go:37)	MOVQ	24(SP), CX
	0x00c0 00192 (iface_sort_bubble.go:37)	MOVQ	32(SP), DI
	0x00c5 00197 (iface_sort_bubble.go:37)	MOVQ	40(SP), SI
	0x00ca 00202 (iface_sort_bubble.go:37)	JMP	0
	0x0000 49 3b 66 10 0f 86 89 00 00 00 55 48 89 e5 48 89  I;f.......UH..H.
	0x0010 44 24 10 48 39 fb 76 75 48 8d 0c 7f 48 8b 14 c8  D$.H9.vuH...H...
	0x0020 48 8b 7c c8 08 4c 8b 44 c8 10 48 39 f3 76 59 48  H.|..L.D..H9.vYH
	0x0030 8d 1c 76 48 8b 74 d8 08 4c 8b 4c d8 10 4c 8b 14  ..vH.t..L.L..L..
	0x0040 d8 48 89 74 c8 08 4c 89 4c c8 10 83 3d 00 00 00  .H.t..L.L...=...
	0x0050 00 00 74 20 48 8b 34 c8 4c 8b 0c d8 0f 1f 40 00  ..t H.4.L.....@.
	0x0060 e8 00 00 00 00 4d 89 13 49 89 73 08 49 89 53 10  .....M..I.s.I.S.
	0x0070 4d 89 4b 18 4c 89 14 c8 48 89 7c d8 08 4c 89 44  M.K.L...H.|..L.D
	0x0080 d8 10 48 89 14 d8 5d c3 e8 00 00 00 00 e8 00 00  ..H...].........
	0x0090 00 00 90 48 89 44 24 08 48 89 5c 24 10 48 89 4c  ...H.D$.H.\$.H.L
	0x00a0 24 18 48 89 7c 24 20 48 89 74 24 28 e8 00 00 00  $.H.|$ H.t$(....
	0x00b0 00 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18  .H.D$.H.\$.H.L$.
	0x00c0 48 8b 7c 24 20 48 8b 74 24 28 e9 31 ff ff ff     H.|$ H.t$(.1...
	rel 77+4 t=R_PCREL runtime.writeBarrier+-1
	rel 97+4 t=R_CALL runtime.gcWriteBarrier4+0
	rel 137+4 t=R_CALL runtime.panicBounds+0
	rel 142+4 t=R_CALL runtime.panicBounds+0
	rel 173+4 t=R_CALL runtime.morestack_noctxt+0
main.Reverse.Less STEXT size=91 align=0x0 args=0x20 locals=0x20 funcid=0x0
	0x0000 00000 (iface_sort_bubble.go:41)	TEXT	main.Reverse.Less(SB), ABIInternal, $32-32
	0x0000 00000 (iface_sort_bubble.go:41)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_sort_bubble.go:41)	PCDATA	$0, $-2
	0x0004 00004 (iface_sort_bubble.go:41)	JLS	42
	0x0006 00006 (iface_sort_bubble.go:41)	PCDATA	$0, $-1
	0x0006 00006 (iface_sort_bubble.go:41)	PUSHQ	BP
	0x0007 00007 (iface_sort_bubble.go:41)	MOVQ	SP, BP
	0x000a 00010 (iface_sort_bubble.go:41)	SUBQ	$24, SP
	0x000e 00014 (iface_sort_bubble.go:41)	MOVQ	AX, main.r+40(FP)
	0x0013 00019 (iface_sort_bubble.go:41)	MOVQ	BX, main.r+48(FP)
	0x0018 00024 (iface_sort_bubble.go:41)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (iface_sort_bubble.go:41)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (iface_sort_bubble.go:41)	FUNCDATA	$5, main.Reverse.Less.arginfo1(SB)
	0x0018 00024 (iface_sort_bubble.go:41)	FUNCDATA	$6, main.Reverse.Less.argliveinfo(SB)
	0x0018 00024 (iface_sort_bubble.go:41)	PCDATA	$3, $1
	0x0018 00024 (iface_sort_bubble.go:41)	MOVQ	32(AX), DX
	0x001c 00028 (iface_sort_bubble.go:41)	MOVQ	BX, AX
	0x001f 00031 (iface_sort_bubble.go:41)	MOVQ	DI, BX
	0x0022 00034 (iface_sort_bubble.go:41)	PCDATA	$1, $1
	0x0022 00034 (iface_sort_bubble.go:41)	CALL	DX
	0x0024 00036 (iface_sort_bubble.go:41)	ADDQ	$24, SP
	0x0028 00040 (iface_sort_bubble.go:41)	POPQ	BP
	0x0029 00041 (iface_sort_bubble.go:41)	RET
	0x002a 00042 (iface_sort_bubble.go:41)	NOP
	0x002a 00042 (iface_sort_bubble.go:41)	PCDATA	$1, $-1
	0x002a 00042 (iface_sort_bubble.go:41)	PCDATA	$0, $-2
	0x002a 00042 (iface_sort_bubble.go:41)	MOVQ	AX, 8(SP)
	0x002f 00047 (iface_sort_bubble.go:41)	MOVQ	BX, 16(SP)
	0x0034 00052 (iface_sort_bubble.go:41)	MOVQ	CX, 24(SP)
	0x0039 00057 (iface_sort_bubble.go:41)	MOVQ	DI, 32(SP)
	0x003e 00062 (iface_sort_bubble.go:41)	NOP
	0x0040 00064 (iface_sort_bubble.go:41)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (iface_sort_bubble.go:41)	PCDATA	$0, $-1
	0x0045 00069 (iface_sort_bubble.go:41)	MOVQ	8(SP), AX
	0x004a 00074 (iface_sort_bubble.go:41)	MOVQ	16(SP), BX
	0x004f 00079 (iface_sort_bubble.go:41)	MOVQ	24(SP), CX
	0x0054 00084 (iface_sort_bubble.go:41)	MOVQ	32(SP), DI
	0x0059 00089 (iface_sort_bubble.go:41)	JMP	0
	0x0000 49 3b 66 10 76 24 55 48 89 e5 48 83 ec 18 48 89  I;f.v$UH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 48 8b 50 20 48 89 d8 48  D$(H.\$0H.P H..H
	0x0020 89 fb ff d2 48 83 c4 18 5d c3 48 89 44 24 08 48  ....H...].H.D$.H
	0x0030 89 5c 24 10 48 89 4c 24 18 48 89 7c 24 20 66 90  .\$.H.L$.H.|$ f.
	0x0040 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x0050 8b 4c 24 18 48 8b 7c 24 20 eb a5                 .L$.H.|$ ..
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+104
	rel 34+0 t=R_CALLIND +0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=709 align=0x0 args=0x0 locals=0x80 funcid=0x0
	0x0000 00000 (iface_sort_bubble.go:43)	TEXT	main.main(SB), ABIInternal, $128-0
	0x0000 00000 (iface_sort_bubble.go:43)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_sort_bubble.go:43)	PCDATA	$0, $-2
	0x0004 00004 (iface_sort_bubble.go:43)	JLS	694
	0x000a 00010 (iface_sort_bubble.go:43)	PCDATA	$0, $-1
	0x000a 00010 (iface_sort_bubble.go:43)	PUSHQ	BP
	0x000b 00011 (iface_sort_bubble.go:43)	MOVQ	SP, BP
	0x000e 00014 (iface_sort_bubble.go:43)	SUBQ	$120, SP
	0x0012 00018 (iface_sort_bubble.go:43)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x0012 00018 (iface_sort_bubble.go:43)	FUNCDATA	$1, gclocals·F46HKjSQ3JLZB8roDamUrw==(SB)
	0x0012 00018 (iface_sort_bubble.go:43)	FUNCDATA	$2, main.main.stkobj(SB)
	0x0012 00018 (iface_sort_bubble.go:44)	MOVL	$80, AX
	0x0017 00023 (iface_sort_bubble.go:44)	LEAQ	type:[10]int(SB), BX
	0x001e 00030 (iface_sort_bubble.go:44)	MOVL	$1, CX
	0x0023 00035 (iface_sort_bubble.go:44)	PCDATA	$1, $0
	0x0023 00035 (iface_sort_bubble.go:44)	CALL	runtime.mallocgcSmallNoScanSC7(SB)
	0x0028 00040 (iface_sort_bubble.go:44)	MOVQ	AX, main..autotmp_34+112(SP)
	0x002d 00045 (iface_sort_bubble.go:44)	MOVQ	$5, (AX)
	0x0034 00052 (iface_sort_bubble.go:44)	MOVQ	$2, 8(AX)
	0x003c 00060 (iface_sort_bubble.go:44)	MOVQ	$9, 16(AX)
	0x0044 00068 (iface_sort_bubble.go:44)	MOVQ	$-1, 24(AX)
	0x004c 00076 (iface_sort_bubble.go:44)	MOVQ	$7, 32(AX)
	0x0054 00084 (iface_sort_bubble.go:44)	MOVQ	$3, 40(AX)
	0x005c 00092 (iface_sort_bubble.go:44)	MOVQ	$3, 48(AX)
	0x0064 00100 (iface_sort_bubble.go:44)	MOVQ	$0, 56(AX)
	0x006c 00108 (iface_sort_bubble.go:44)	MOVQ	$12, 64(AX)
	0x0074 00116 (iface_sort_bubble.go:44)	MOVQ	$-8, 72(AX)
	0x007c 00124 (iface_sort_bubble.go:45)	MOVL	$10, BX
	0x0081 00129 (iface_sort_bubble.go:45)	MOVL	BX, CX
	0x0083 00131 (iface_sort_bubble.go:45)	PCDATA	$1, $1
	0x0083 00131 (iface_sort_bubble.go:45)	CALL	runtime.convTslice(SB)
	0x0088 00136 (iface_sort_bubble.go:45)	MOVQ	AX, BX
	0x008b 00139 (iface_sort_bubble.go:45)	LEAQ	go:itab.main.Ints,main.Interface(SB), AX
	0x0092 00146 (iface_sort_bubble.go:45)	CALL	main.bubbleUp(SB)
	0x0097 00151 (iface_sort_bubble.go:45)	XORL	AX, AX
	0x0099 00153 (iface_sort_bubble.go:46)	JMP	210
	0x009b 00155 (iface_sort_bubble.go:46)	MOVQ	AX, main..autotmp_35+64(SP)
	0x00a0 00160 (iface_sort_bubble.go:46)	MOVQ	main..autotmp_34+112(SP), CX
	0x00a5 00165 (iface_sort_bubble.go:46)	MOVQ	(CX)(AX*8), AX
	0x00a9 00169 (iface_sort_bubble.go:46)	MOVQ	AX, main.v+40(SP)
	0x00ae 00174 (iface_sort_bubble.go:47)	CALL	runtime.printlock(SB)
	0x00b3 00179 (iface_sort_bubble.go:47)	MOVQ	main.v+40(SP), AX
	0x00b8 00184 (iface_sort_bubble.go:47)	CALL	runtime.printint(SB)
	0x00bd 00189 (iface_sort_bubble.go:47)	NOP
	0x00c0 00192 (iface_sort_bubble.go:47)	CALL	runtime.printsp(SB)
	0x00c5 00197 (iface_sort_bubble.go:47)	CALL	runtime.printunlock(SB)
	0x00ca 00202 (iface_sort_bubble.go:46)	MOVQ	main..autotmp_35+64(SP), AX
	0x00cf 00207 (iface_sort_bubble.go:46)	INCQ	AX
	0x00d2 00210 (iface_sort_bubble.go:46)	CMPQ	AX, $10
	0x00d6 00214 (iface_sort_bubble.go:46)	JLT	155
	0x00d8 00216 (iface_sort_bubble.go:49)	CALL	runtime.printlock(SB)
	0x00dd 00221 (iface_sort_bubble.go:49)	NOP
	0x00e0 00224 (iface_sort_bubble.go:49)	CALL	runtime.printnl(SB)
	0x00e5 00229 (iface_sort_bubble.go:49)	CALL	runtime.printunlock(SB)
	0x00ea 00234 (iface_sort_bubble.go:51)	MOVUPS	X15, main..autotmp_6+72(SP)
	0x00f0 00240 (iface_sort_bubble.go:51)	MOVQ	main..autotmp_34+112(SP), AX
	0x00f5 00245 (iface_sort_bubble.go:51)	MOVL	$10, BX
	0x00fa 00250 (iface_sort_bubble.go:51)	MOVL	BX, CX
	0x00fc 00252 (iface_sort_bubble.go:51)	NOP
	0x0100 00256 (iface_sort_bubble.go:51)	CALL	runtime.convTslice(SB)
	0x0105 00261 (iface_sort_bubble.go:51)	LEAQ	go:itab.main.Ints,main.Interface(SB), CX
	0x010c 00268 (iface_sort_bubble.go:51)	MOVQ	CX, main..autotmp_6+72(SP)
	0x0111 00273 (iface_sort_bubble.go:51)	MOVQ	AX, main..autotmp_6+80(SP)
	0x0116 00278 (iface_sort_bubble.go:51)	LEAQ	type:main.Reverse(SB), AX
	0x011d 00285 (iface_sort_bubble.go:51)	LEAQ	main..autotmp_6+72(SP), BX
	0x0122 00290 (iface_sort_bubble.go:51)	CALL	runtime.convT(SB)
	0x0127 00295 (iface_sort_bubble.go:51)	MOVQ	AX, BX
	0x012a 00298 (iface_sort_bubble.go:51)	LEAQ	go:itab.main.Reverse,main.Interface(SB), AX
	0x0131 00305 (iface_sort_bubble.go:51)	CALL	main.bubbleUp(SB)
	0x0136 00310 (iface_sort_bubble.go:51)	XORL	AX, AX
	0x0138 00312 (iface_sort_bubble.go:52)	JMP	370
	0x013a 00314 (iface_sort_bubble.go:52)	MOVQ	AX, main..autotmp_35+64(SP)
	0x013f 00319 (iface_sort_bubble.go:52)	MOVQ	main..autotmp_34+112(SP), CX
	0x0144 00324 (iface_sort_bubble.go:52)	MOVQ	(CX)(AX*8), AX
	0x0148 00328 (iface_sort_bubble.go:52)	MOVQ	AX, main.v+32(SP)
	0x014d 00333 (iface_sort_bubble.go:53)	CALL	runtime.printlock(SB)
	0x0152 00338 (iface_sort_bubble.go:53)	MOVQ	main.v+32(SP), AX
	0x0157 00343 (iface_sort_bubble.go:53)	CALL	runtime.printint(SB)
	0x015c 00348 (iface_sort_bubble.go:53)	NOP
	0x0160 00352 (iface_sort_bubble.go:53)	CALL	runtime.printsp(SB)
	0x0165 00357 (iface_sort_bubble.go:53)	CALL	runtime.printunlock(SB)
	0x016a 00362 (iface_sort_bubble.go:52)	MOVQ	main..autotmp_35+64(SP), AX
	0x016f 00367 (iface_sort_bubble.go:52)	INCQ	AX
	0x0172 00370 (iface_sort_bubble.go:52)	CMPQ	AX, $10
	0x0176 00374 (iface_sort_bubble.go:52)	JLT	314
	0x0178 00376 (iface_sort_bubble.go:55)	PCDATA	$1, $0
	0x0178 00376 (iface_sort_bubble.go:55)	CALL	runtime.printlock(SB)
	0x017d 00381 (iface_sort_bubble.go:55)	NOP
	0x0180 00384 (iface_sort_bubble.go:55)	CALL	runtime.printnl(SB)
	0x0185 00389 (iface_sort_bubble.go:55)	CALL	runtime.printunlock(SB)
	0x018a 00394 (iface_sort_bubble.go:57)	LEAQ	type:[5]main.Person(SB), AX
	0x0191 00401 (iface_sort_bubble.go:57)	CALL	runtime.newobject(SB)
	0x0196 00406 (iface_sort_bubble.go:57)	MOVQ	AX, main..autotmp_36+104(SP)
	0x019b 00411 (iface_sort_bubble.go:57)	MOVQ	$3, 8(AX)
	0x01a3 00419 (iface_sort_bubble.go:57)	LEAQ	go:string."Eve"(SB), CX
	0x01aa 00426 (iface_sort_bubble.go:57)	MOVQ	CX, (AX)
	0x01ad 00429 (iface_sort_bubble.go:57)	MOVQ	$31, 16(AX)
	0x01b5 00437 (iface_sort_bubble.go:57)	MOVQ	$3, 32(AX)
	0x01bd 00445 (iface_sort_bubble.go:57)	LEAQ	go:string."Bob"(SB), CX
	0x01c4 00452 (iface_sort_bubble.go:57)	MOVQ	CX, 24(AX)
	0x01c8 00456 (iface_sort_bubble.go:57)	MOVQ	$25, 40(AX)
	0x01d0 00464 (iface_sort_bubble.go:57)	MOVQ	$2, 56(AX)
	0x01d8 00472 (iface_sort_bubble.go:57)	LEAQ	go:string."Al"(SB), CX
	0x01df 00479 (iface_sort_bubble.go:57)	MOVQ	CX, 48(AX)
	0x01e3 00483 (iface_sort_bubble.go:57)	MOVQ	$31, 64(AX)
	0x01eb 00491 (iface_sort_bubble.go:57)	MOVQ	$2, 80(AX)
	0x01f3 00499 (iface_sort_bubble.go:57)	LEAQ	go:string."Cy"(SB), CX
	0x01fa 00506 (iface_sort_bubble.go:57)	MOVQ	CX, 72(AX)
	0x01fe 00510 (iface_sort_bubble.go:57)	MOVQ	$19, 88(AX)
	0x0206 00518 (iface_sort_bubble.go:57)	MOVQ	$3, 104(AX)
	0x020e 00526 (iface_sort_bubble.go:57)	LEAQ	go:string."Dee"(SB), CX
	0x0215 00533 (iface_sort_bubble.go:57)	MOVQ	CX, 96(AX)
	0x0219 00537 (iface_sort_bubble.go:57)	MOVQ	$25, 112(AX)
	0x0221 00545 (iface_sort_bubble.go:58)	MOVL	$5, BX
	0x0226 00550 (iface_sort_bubble.go:58)	MOVL	BX, CX
	0x0228 00552 (iface_sort_bubble.go:58)	PCDATA	$1, $2
	0x0228 00552 (iface_sort_bubble.go:58)	CALL	runtime.convTslice(SB)
	0x022d 00557 (iface_sort_bubble.go:58)	MOVQ	AX, BX
	0x0230 00560 (iface_sort_bubble.go:58)	LEAQ	go:itab.main.ByAge,main.Interface(SB), AX
	0x0237 00567 (iface_sort_bubble.go:58)	CALL	main.bubbleUp(SB)
	0x023c 00572 (iface_sort_bubble.go:59)	MOVQ	main..autotmp_36+104(SP), AX
	0x0241 00577 (iface_sort_bubble.go:59)	XORL	CX, CX
	0x0243 00579 (iface_sort_bubble.go:59)	JMP	682
	0x0245 00581 (iface_sort_bubble.go:59)	MOVQ	CX, main..autotmp_35+64(SP)
	0x024a 00586 (iface_sort_bubble.go:59)	MOVQ	AX, main..autotmp_37+96(SP)
	0x024f 00591 (iface_sort_bubble.go:59)	MOVQ	(AX), CX
	0x0252 00594 (iface_sort_bubble.go:59)	MOVQ	CX, main..autotmp_38+88(SP)
	0x0257 00599 (iface_sort_bubble.go:59)	MOVQ	8(AX), CX
	0x025b 00603 (iface_sort_bubble.go:59)	MOVQ	CX, main..autotmp_39+56(SP)
	0x0260 00608 (iface_sort_bubble.go:59)	MOVQ	16(AX), AX
	0x0264 00612 (iface_sort_bubble.go:59)	MOVQ	AX, main..autotmp_40+48(SP)
	0x0269 00617 (iface_sort_bubble.go:60)	PCDATA	$1, $3
	0x0269 00617 (iface_sort_bubble.go:60)	CALL	runtime.printlock(SB)
	0x026e 00622 (iface_sort_bubble.go:60)	MOVQ	main..autotmp_38+88(SP), AX
	0x0273 00627 (iface_sort_bubble.go:60)	MOVQ	main..autotmp_39+56(SP), BX
	0x0278 00632 (iface_sort_bubble.go:60)	PCDATA	$1, $4
	0x0278 00632 (iface_sort_bubble.go:60)	CALL	runtime.printstring(SB)
	0x027d 00637 (iface_sort_bubble.go:60)	NOP
	0x0280 00640 (iface_sort_bubble.go:60)	CALL	runtime.printsp(SB)
	0x0285 00645 (iface_sort_bubble.go:60)	MOVQ	main..autotmp_40+48(SP), AX
	0x028a 00650 (iface_sort_bubble.go:60)	CALL	runtime.printint(SB)
	0x028f 00655 (iface_sort_bubble.go:60)	CALL	runtime.printnl(SB)
	0x0294 00660 (iface_sort_bubble.go:60)	CALL	runtime.printunlock(SB)
	0x0299 00665 (iface_sort_bubble.go:59)	MOVQ	main..autotmp_37+96(SP), AX
	0x029e 00670 (iface_sort_bubble.go:59)	ADDQ	$24, AX
	0x02a2 00674 (iface_sort_bubble.go:59)	MOVQ	main..autotmp_35+64(SP), CX
	0x02a7 00679 (iface_sort_bubble.go:59)	INCQ	CX
	0x02aa 00682 (iface_sort_bubble.go:59)	CMPQ	CX, $5
	0x02ae 00686 (iface_sort_bubble.go:59)	JLT	581
	0x02b0 00688 (iface_sort_bubble.go:62)	ADDQ	$120, SP
	0x02b4 00692 (iface_sort_bubble.go:62)	POPQ	BP
	0x02b5 00693 (iface_sort_bubble.go:62)	RET
	0x02b6 00694 (iface_sort_bubble.go:62)	NOP
	0x02b6 00694 (iface_sort_bubble.go:43)	PCDATA	$1, $-1
	0x02b6 00694 (iface_sort_bubble.go:43)	PCDATA	$0, $-2
	0x02b6 00694 (iface_sort_bubble.go:43)	CALL	runtime.morestack_noctxt(SB)
	0x02bb 00699 (iface_sort_bubble.go:43)	PCDATA	$0, $-1
	0x02bb 00699 (iface_sort_bubble.go:43)	NOP
	0x02c0 00704 (iface_sort_bubble.go:43)	JMP	0
	0x0000 49 3b 66 10 0f 86 ac 02 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 78 b8 50 00 00 00 48 8d 1d 00 00 00 00 b9 01  .x.P...H........
	0x0020 00 00 00 e8 00 00 00 00 48 89 44 24 70 48 c7 00  ........H.D$pH..
	0x0030 05 00 00 00 48 c7 40 08 02 00 00 00 48 c7 40 10  ....H.@.....H.@.
	0x0040 09 00 00 00 48 c7 40 18 ff ff ff ff 48 c7 40 20  ....H.@.....H.@ 
	0x0050 07 00 00 00 48 c7 40 28 03 00 00 00 48 c7 40 30  ....H.@(....H.@0
	0x0060 03 00 00 00 48 c7 40 38 00 00 00 00 48 c7 40 40  ....H.@8....H.@@
	0x0070 0c 00 00 00 48 c7 40 48 f8 ff ff ff bb 0a 00 00  ....H.@H........
	0x0080 00 89 d9 e8 00 00 00 00 48 89 c3 48 8d 05 00 00  ........H..H....
	0x0090 00 00 e8 00 00 00 00 31 c0 eb 37 48 89 44 24 40  .......1..7H.D$@
	0x00a0 48 8b 4c 24 70 48 8b 04 c1 48 89 44 24 28 e8 00  H.L$pH...H.D$(..
	0x00b0 00 00 00 48 8b 44 24 28 e8 00 00 00 00 0f 1f 00  ...H.D$(........
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 40 48  ..........H.D$@H
	0x00d0 ff c0 48 83 f8 0a 7c c3 e8 00 00 00 00 0f 1f 00  ..H...|.........
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 44 0f 11 7c 24 48  ..........D..|$H
	0x00f0 48 8b 44 24 70 bb 0a 00 00 00 89 d9 0f 1f 40 00  H.D$p.........@.
	0x0100 e8 00 00 00 00 48 8d 0d 00 00 00 00 48 89 4c 24  .....H......H.L$
	0x0110 48 48 89 44 24 50 48 8d 05 00 00 00 00 48 8d 5c  HH.D$PH......H.\
	0x0120 24 48 e8 00 00 00 00 48 89 c3 48 8d 05 00 00 00  $H.....H..H.....
	0x0130 00 e8 00 00 00 00 31 c0 eb 38 48 89 44 24 40 48  ......1..8H.D$@H
	0x0140 8b 4c 24 70 48 8b 04 c1 48 89 44 24 20 e8 00 00  .L$pH...H.D$ ...
	0x0150 00 00 48 8b 44 24 20 e8 00 00 00 00 0f 1f 40 00  ..H.D$ .......@.
	0x0160 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 40 48  ..........H.D$@H
	0x0170 ff c0 48 83 f8 0a 7c c2 e8 00 00 00 00 0f 1f 00  ..H...|.........
	0x0180 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x0190 00 e8 00 00 00 00 48 89 44 24 68 48 c7 40 08 03  ......H.D$hH.@..
	0x01a0 00 00 00 48 8d 0d 00 00 00 00 48 89 08 48 c7 40  ...H......H..H.@
	0x01b0 10 1f 00 00 00 48 c7 40 20 03 00 00 00 48 8d 0d  .....H.@ ....H..
	0x01c0 00 00 00 00 48 89 48 18 48 c7 40 28 19 00 00 00  ....H.H.H.@(....
	0x01d0 48 c7 40 38 02 00 00 00 48 8d 0d 00 00 00 00 48  H.@8....H......H
	0x01e0 89 48 30 48 c7 40 40 1f 00 00 00 48 c7 40 50 02  .H0H.@@....H.@P.
	0x01f0 00 00 00 48 8d 0d 00 00 00 00 48 89 48 48 48 c7  ...H......H.HHH.
	0x0200 40 58 13 00 00 00 48 c7 40 68 03 00 00 00 48 8d  @X....H.@h....H.
	0x0210 0d 00 00 00 00 48 89 48 60 48 c7 40 70 19 00 00  .....H.H`H.@p...
	0x0220 00 bb 05 00 00 00 89 d9 e8 00 00 00 00 48 89 c3  .............H..
	0x0230 48 8d 05 00 00 00 00 e8 00 00 00 00 48 8b 44 24  H...........H.D$
	0x0240 68 31 c9 eb 65 48 89 4c 24 40 48 89 44 24 60 48  h1..eH.L$@H.D$`H
	0x0250 8b 08 48 89 4c 24 58 48 8b 48 08 48 89 4c 24 38  ..H.L$XH.H.H.L$8
	0x0260 48 8b 40 10 48 89 44 24 30 e8 00 00 00 00 48 8b  H.@.H.D$0.....H.
	0x0270 44 24 58 48 8b 5c 24 38 e8 00 00 00 00 0f 1f 00  D$XH.\$8........
	0x0280 e8 00 00 00 00 48 8b 44 24 30 e8 00 00 00 00 e8  .....H.D$0......
	0x0290 00 00 00 00 e8 00 00 00 00 48 8b 44 24 60 48 83  .........H.D$`H.
	0x02a0 c0 18 48 8b 4c 24 40 48 ff c1 48 83 f9 05 7c 95  ..H.L$@H..H...|.
	0x02b0 48 83 c4 78 5d c3 e8 00 00 00 00 0f 1f 44 00 00  H..x]........D..
	0x02c0 e9 3b fd ff ff                                   .;...
	rel 3+0 t=R_USEIFACE type:main.Ints+0
	rel 3+0 t=R_USEIFACE type:main.Ints+0
	rel 3+0 t=R_USEIFACE type:main.Reverse+0
	rel 3+0 t=R_USEIFACE type:main.ByAge+0
	rel 26+4 t=R_PCREL type:[10]int+0
	rel 36+4 t=R_CALL runtime.mallocgcSmallNoScanSC7+0
	rel 132+4 t=R_CALL runtime.convTslice+0
	rel 142+4 t=R_PCREL go:itab.main.Ints,main.Interface+0
	rel 147+4 t=R_CALL main.bubbleUp+0
	rel 175+4 t=R_CALL runtime.printlock+0
	rel 185+4 t=R_CALL runtime.printint+0
	rel 193+4 t=R_CALL runtime.printsp+0
	rel 198+4 t=R_CALL runtime.printunlock+0
	rel 217+4 t=R_CALL runtime.printlock+0
	rel 225+4 t=R_CALL runtime.printnl+0
	rel 230+4 t=R_CALL runtime.printunlock+0
	rel 257+4 t=R_CALL runtime.convTslice+0
	rel 264+4 t=R_PCREL go:itab.main.Ints,main.Interface+0
	rel 281+4 t=R_PCREL type:main.Reverse+0
	rel 291+4 t=R_CALL runtime.convT+0
	rel 301+4 t=R_PCREL go:itab.main.Reverse,main.Interface+0
	rel 306+4 t=R_CALL main.bubbleUp+0
	rel 334+4 t=R_CALL runtime.printlock+0
	rel 344+4 t=R_CALL runtime.printint+0
	rel 353+4 t=R_CALL runtime.printsp+0
	rel 358+4 t=R_CALL runtime.printunlock+0
	rel 377+4 t=R_CALL runtime.printlock+0
	rel 385+4 t=R_CALL runtime.printnl+0
	rel 390+4 t=R_CALL runtime.printunlock+0
	rel 397+4 t=R_PCREL type:[5]main.Person+0
	rel 402+4 t=R_CALL runtime.newobject+0
	rel 422+4 t=R_PCREL go:string."Eve"+0
	rel 448+4 t=R_PCREL go:string."Bob"+0
	rel 475+4 t=R_PCREL go:string."Al"+0
	rel 502+4 t=R_PCREL go:string."Cy"+0
	rel 529+4 t=R_PCREL go:string."Dee"+0
	rel 553+4 t=R_CALL runtime.convTslice+0
	rel 563+4 t=R_PCREL go:itab.main.ByAge,main.Interface+0
	rel 568+4 t=R_CALL main.bubbleUp+0
	rel 618+4 t=R_CALL runtime.printlock+0
	rel 633+4 t=R_CALL runtime.printstring+0
	rel 641+4 t=R_CALL runtime.printsp+0
	rel 651+4 t=R_CALL runtime.printint+0
	rel 656+4 t=R_CALL runtime.printnl+0
	rel 661+4 t=R_CALL runtime.printunlock+0
	rel 695+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.SM8 STEXT dupok size=86 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.SM8(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	59
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SM8.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SM8.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	8(AX), CX
	0x0012 00018 (<autogenerated>:1)	CMPQ	8(BX), CX
	0x0016 00022 (<autogenerated>:1)	JNE	51
	0x0018 00024 (<autogenerated>:1)	MOVQ	16(AX), DX
	0x001c 00028 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	16(BX), DX
	0x0024 00036 (<autogenerated>:1)	JNE	51
	0x0026 00038 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0029 00041 (<autogenerated>:1)	MOVQ	(BX), BX
	0x002c 00044 (<autogenerated>:1)	PCDATA	$1, $1
	0x002c 00044 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0031 00049 (<autogenerated>:1)	JMP	53
	0x0033 00051 (<autogenerated>:1)	XORL	AX, AX
	0x0035 00053 (<autogenerated>:1)	ADDQ	$24, SP
	0x0039 00057 (<autogenerated>:1)	POPQ	BP
	0x003a 00058 (<autogenerated>:1)	RET
	0x003b 00059 (<autogenerated>:1)	NOP
	0x003b 00059 (<autogenerated>:1)	PCDATA	$1, $-1
	0x003b 00059 (<autogenerated>:1)	PCDATA	$0, $-2
	0x003b 00059 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0040 00064 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0045 00069 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004a 00074 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004a 00074 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004f 00079 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0054 00084 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 35 55 48 89 e5 48 83 ec 18 48 8b  I;f.v5UH..H...H.
	0x0010 48 08 48 39 4b 08 75 1b 48 8b 50 10 0f 1f 40 00  H.H9K.u.H.P...@.
	0x0020 48 39 53 10 75 0d 48 8b 00 48 8b 1b e8 00 00 00  H9S.u.H..H......
	0x0030 00 eb 02 31 c0 48 83 c4 18 5d c3 48 89 44 24 08  ...1.H...].H.D$.
	0x0040 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08 48  H.\$......H.D$.H
	0x0050 8b 5c 24 10 eb aa                                .\$...
	rel 45+4 t=R_CALL runtime.memequal+0
	rel 70+4 t=R_CALL runtime.morestack_noctxt+0
main.Interface.Len STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Interface.Len(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Interface.Len.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Interface.Len.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.Interface.Less STEXT dupok size=92 align=0x0 args=0x20 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Interface.Less(SB), DUPOK|WRAPPER|ABIInternal, $32-32
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	45
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Interface.Less.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Interface.Less.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	32(AX), DX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	MOVQ	CX, BX
	0x0022 00034 (<autogenerated>:1)	MOVQ	DI, CX
	0x0025 00037 (<autogenerated>:1)	PCDATA	$1, $1
	0x0025 00037 (<autogenerated>:1)	CALL	DX
	0x0027 00039 (<autogenerated>:1)	ADDQ	$24, SP
	0x002b 00043 (<autogenerated>:1)	POPQ	BP
	0x002c 00044 (<autogenerated>:1)	RET
	0x002d 00045 (<autogenerated>:1)	NOP
	0x002d 00045 (<autogenerated>:1)	PCDATA	$1, $-1
	0x002d 00045 (<autogenerated>:1)	PCDATA	$0, $-2
	0x002d 00045 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0032 00050 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0037 00055 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x0041 00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0046 00070 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004b 00075 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0050 00080 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0055 00085 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x005a 00090 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 27 55 48 89 e5 48 83 ec 18 48 89  I;f.v'UH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 48 8b 50 20 48 89 d8 48  D$(H.\$0H.P H..H
	0x0020 89 cb 48 89 f9 ff d2 48 83 c4 18 5d c3 48 89 44  ..H....H...].H.D
	0x0030 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24  $.H.\$.H.L$.H.|$
	0x0040 20 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10   .....H.D$.H.\$.
	0x0050 48 8b 4c 24 18 48 8b 7c 24 20 eb a4              H.L$.H.|$ ..
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+104
	rel 37+0 t=R_CALLIND +0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
main.Interface.Swap STEXT dupok size=92 align=0x0 args=0x20 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Interface.Swap(SB), DUPOK|WRAPPER|ABIInternal, $32-32
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	45
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Interface.Swap.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Interface.Swap.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	40(AX), DX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	MOVQ	CX, BX
	0x0022 00034 (<autogenerated>:1)	MOVQ	DI, CX
	0x0025 00037 (<autogenerated>:1)	PCDATA	$1, $1
	0x0025 00037 (<autogenerated>:1)	CALL	DX
	0x0027 00039 (<autogenerated>:1)	ADDQ	$24, SP
	0x002b 00043 (<autogenerated>:1)	POPQ	BP
	0x002c 00044 (<autogenerated>:1)	RET
	0x002d 00045 (<autogenerated>:1)	NOP
	0x002d 00045 (<autogenerated>:1)	PCDATA	$1, $-1
	0x002d 00045 (<autogenerated>:1)	PCDATA	$0, $-2
	0x002d 00045 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0032 00050 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0037 00055 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x0041 00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0046 00070 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004b 00075 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0050 00080 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0055 00085 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x005a 00090 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 27 55 48 89 e5 48 83 ec 18 48 89  I;f.v'UH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 48 8b 50 28 48 89 d8 48  D$(H.\$0H.P(H..H
	0x0020 89 cb 48 89 f9 ff d2 48 83 c4 18 5d c3 48 89 44  ..H....H...].H.D
	0x0030 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24  $.H.\$.H.L$.H.|$
	0x0040 20 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10   .....H.D$.H.\$.
	0x0050 48 8b 4c 24 18 48 8b 7c 24 20 eb a4              H.L$.H.|$ ..
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+112
	rel 37+0 t=R_CALLIND +0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Ints).Len STEXT dupok nosplit size=21 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Ints).Len(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Ints).Len.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Ints).Len.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	15
	0x0009 00009 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x000d 00013 (<autogenerated>:1)	POPQ	BP
	0x000e 00014 (<autogenerated>:1)	RET
	0x000f 00015 (<autogenerated>:1)	PCDATA	$1, $1
	0x000f 00015 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0014 00020 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 06 48 8b 40 08 5d c3 e8  UH..H..t.H.@.]..
	0x0010 00 00 00 00 90                                   .....
	rel 16+4 t=R_CALL runtime.panicwrap+0
main.(*Ints).Less STEXT dupok nosplit size=58 align=0x0 args=0x18 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Ints).Less(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-24
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Ints).Less.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Ints).Less.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	52
	0x0009 00009 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x000d 00013 (<unknown line number>)	NOP
	0x000d 00013 (iface_sort_bubble.go:23)	CMPQ	BX, DX
	0x0010 00016 (iface_sort_bubble.go:23)	JCC	47
	0x0012 00018 (<autogenerated>:1)	MOVQ	(AX), SI
	0x0015 00021 (iface_sort_bubble.go:23)	MOVQ	(SI)(BX*8), BX
	0x0019 00025 (iface_sort_bubble.go:23)	CMPQ	CX, DX
	0x001c 00028 (iface_sort_bubble.go:23)	JCC	42
	0x001e 00030 (iface_sort_bubble.go:23)	MOVQ	(SI)(CX*8), CX
	0x0022 00034 (iface_sort_bubble.go:23)	CMPQ	CX, BX
	0x0025 00037 (iface_sort_bubble.go:23)	SETGT	AL
	0x0028 00040 (<autogenerated>:1)	POPQ	BP
	0x0029 00041 (<autogenerated>:1)	RET
	0x002a 00042 (iface_sort_bubble.go:23)	PCDATA	$1, $1
	0x002a 00042 (iface_sort_bubble.go:23)	PCDATA	$4, $2439
	0x002a 00042 (iface_sort_bubble.go:23)	CALL	runtime.panicBounds(SB)
	0x002f 00047 (iface_sort_bubble.go:23)	PCDATA	$4, $2583
	0x002f 00047 (iface_sort_bubble.go:23)	CALL	runtime.panicBounds(SB)
	0x0034 00052 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0039 00057 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 2b 48 8b 50 08 48 39 d3  UH..H..t+H.P.H9.
	0x0010 73 1d 48 8b 30 48 8b 1c de 48 39 d1 73 0c 48 8b  s.H.0H...H9.s.H.
	0x0020 0c ce 48 39 d9 0f 9f c0 5d c3 e8 00 00 00 00 e8  ..H9....].......
	0x0030 00 00 00 00 e8 00 00 00 00 90                    ..........
	rel 43+4 t=R_CALL runtime.panicBounds+0
	rel 48+4 t=R_CALL runtime.panicBounds+0
	rel 53+4 t=R_CALL runtime.panicwrap+0
main.(*Ints).Swap STEXT dupok nosplit size=60 align=0x0 args=0x18 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Ints).Swap(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-24
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Ints).Swap.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Ints).Swap.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	54
	0x0009 00009 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x000d 00013 (<unknown line number>)	NOP
	0x000d 00013 (iface_sort_bubble.go:24)	CMPQ	BX, DX
	0x0010 00016 (iface_sort_bubble.go:24)	JCC	49
	0x0012 00018 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0015 00021 (iface_sort_bubble.go:24)	MOVQ	(AX)(BX*8), SI
	0x0019 00025 (iface_sort_bubble.go:24)	CMPQ	CX, DX
	0x001c 00028 (iface_sort_bubble.go:24)	JCC	44
	0x001e 00030 (iface_sort_bubble.go:24)	MOVQ	(AX)(CX*8), DX
	0x0022 00034 (iface_sort_bubble.go:24)	MOVQ	DX, (AX)(BX*8)
	0x0026 00038 (iface_sort_bubble.go:24)	MOVQ	SI, (AX)(CX*8)
	0x002a 00042 (<autogenerated>:1)	POPQ	BP
	0x002b 00043 (<autogenerated>:1)	RET
	0x002c 00044 (iface_sort_bubble.go:24)	PCDATA	$1, $1
	0x002c 00044 (iface_sort_bubble.go:24)	PCDATA	$4, $2439
	0x002c 00044 (iface_sort_bubble.go:24)	CALL	runtime.panicBounds(SB)
	0x0031 00049 (iface_sort_bubble.go:24)	PCDATA	$4, $2583
	0x0031 00049 (iface_sort_bubble.go:24)	CALL	runtime.panicBounds(SB)
	0x0036 00054 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x003b 00059 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 2d 48 8b 50 08 48 39 d3  UH..H..t-H.P.H9.
	0x0010 73 1f 48 8b 00 48 8b 34 d8 48 39 d1 73 0e 48 8b  s.H..H.4.H9.s.H.
	0x0020 14 c8 48 89 14 d8 48 89 34 c8 5d c3 e8 00 00 00  ..H...H.4.].....
	0x0030 00 e8 00 00 00 00 e8 00 00 00 00 90              ............
	rel 45+4 t=R_CALL runtime.panicBounds+0
	rel 50+4 t=R_CALL runtime.panicBounds+0
	rel 55+4 t=R_CALL runtime.panicwrap+0
main.(*ByAge).Len STEXT dupok nosplit size=21 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*ByAge).Len(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*ByAge).Len.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*ByAge).Len.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	15
	0x0009 00009 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x000d 00013 (<autogenerated>:1)	POPQ	BP
	0x000e 00014 (<autogenerated>:1)	RET
	0x000f 00015 (<autogenerated>:1)	PCDATA	$1, $1
	0x000f 00015 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0014 00020 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 06 48 8b 40 08 5d c3 e8  UH..H..t.H.@.]..
	0x0010 00 00 00 00 90                                   .....
	rel 16+4 t=R_CALL runtime.panicwrap+0
main.(*ByAge).Less STEXT dupok size=165 align=0x0 args=0x18 locals=0x28 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*ByAge).Less(SB), DUPOK|WRAPPER|ABIInternal, $40-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	123
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$32, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*ByAge).Less.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*ByAge).Less.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	117
	0x0013 00019 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x0017 00023 (<unknown line number>)	NOP
	0x0017 00023 (iface_sort_bubble.go:35)	CMPQ	BX, DX
	0x001a 00026 (iface_sort_bubble.go:35)	JCC	112
	0x001c 00028 (<autogenerated>:1)	MOVQ	(AX), SI
	0x001f 00031 (iface_sort_bubble.go:35)	LEAQ	(BX)(BX*2), R8
	0x0023 00035 (iface_sort_bubble.go:35)	MOVQ	16(SI)(R8*8), R9
	0x0028 00040 (iface_sort_bubble.go:35)	CMPQ	CX, DX
	0x002b 00043 (iface_sort_bubble.go:35)	JCC	107
	0x002d 00045 (iface_sort_bubble.go:35)	LEAQ	(CX)(CX*2), DX
	0x0031 00049 (iface_sort_bubble.go:35)	MOVQ	16(SI)(DX*8), R10
	0x0036 00054 (iface_sort_bubble.go:35)	CMPQ	R10, R9
	0x0039 00057 (iface_sort_bubble.go:35)	JLE	66
	0x003b 00059 (iface_sort_bubble.go:35)	MOVL	$1, AX
	0x0040 00064 (iface_sort_bubble.go:35)	JMP	101
	0x0042 00066 (iface_sort_bubble.go:35)	JEQ	72
	0x0044 00068 (iface_sort_bubble.go:35)	XORL	AX, AX
	0x0046 00070 (iface_sort_bubble.go:35)	JMP	101
	0x0048 00072 (iface_sort_bubble.go:35)	MOVQ	(SI)(R8*8), AX
	0x004c 00076 (iface_sort_bubble.go:35)	MOVQ	8(SI)(R8*8), BX
	0x0051 00081 (iface_sort_bubble.go:35)	MOVQ	(SI)(DX*8), CX
	0x0055 00085 (iface_sort_bubble.go:35)	MOVQ	8(SI)(DX*8), DI
	0x005a 00090 (iface_sort_bubble.go:35)	PCDATA	$1, $1
	0x005a 00090 (iface_sort_bubble.go:35)	CALL	runtime.cmpstring(SB)
	0x005f 00095 (iface_sort_bubble.go:35)	TESTQ	AX, AX
	0x0062 00098 (iface_sort_bubble.go:35)	SETLT	AL
	0x0065 00101 (<autogenerated>:1)	ADDQ	$32, SP
	0x0069 00105 (<autogenerated>:1)	POPQ	BP
	0x006a 00106 (<autogenerated>:1)	RET
	0x006b 00107 (iface_sort_bubble.go:35)	PCDATA	$4, $2439
	0x006b 00107 (iface_sort_bubble.go:35)	CALL	runtime.panicBounds(SB)
	0x0070 00112 (iface_sort_bubble.go:35)	PCDATA	$4, $2583
	0x0070 00112 (iface_sort_bubble.go:35)	CALL	runtime.panicBounds(SB)
	0x0075 00117 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x007a 00122 (<autogenerated>:1)	XCHGL	AX, AX
	0x007b 00123 (<autogenerated>:1)	NOP
	0x007b 00123 (<autogenerated>:1)	PCDATA	$1, $-1
	0x007b 00123 (<autogenerated>:1)	PCDATA	$0, $-2
	0x007b 00123 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0080 00128 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0085 00133 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x008a 00138 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x008f 00143 (<autogenerated>:1)	PCDATA	$0, $-1
	0x008f 00143 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0094 00148 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0099 00153 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x009e 00158 (<autogenerated>:1)	NOP
	0x00a0 00160 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 75 55 48 89 e5 48 83 ec 20 48 85  I;f.vuUH..H.. H.
	0x0010 c0 74 62 48 8b 50 08 48 39 d3 73 54 48 8b 30 4c  .tbH.P.H9.sTH.0L
	0x0020 8d 04 5b 4e 8b 4c c6 10 48 39 d1 73 3e 48 8d 14  ..[N.L..H9.s>H..
	0x0030 49 4c 8b 54 d6 10 4d 39 ca 7e 07 b8 01 00 00 00  IL.T..M9.~......
	0x0040 eb 23 74 04 31 c0 eb 1d 4a 8b 04 c6 4a 8b 5c c6  .#t.1...J...J.\.
	0x0050 08 48 8b 0c d6 48 8b 7c d6 08 e8 00 00 00 00 48  .H...H.|.......H
	0x0060 85 c0 0f 9c c0 48 83 c4 20 5d c3 e8 00 00 00 00  .....H.. ]......
	0x0070 e8 00 00 00 00 e8 00 00 00 00 90 48 89 44 24 08  ...........H.D$.
	0x0080 48 89 5c 24 10 48 89 4c 24 18 e8 00 00 00 00 48  H.\$.H.L$......H
	0x0090 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18 66 90  .D$.H.\$.H.L$.f.
	0x00a0 e9 5b ff ff ff                                   .[...
	rel 91+4 t=R_CALL runtime.cmpstring+0
	rel 108+4 t=R_CALL runtime.panicBounds+0
	rel 113+4 t=R_CALL runtime.panicBounds+0
	rel 118+4 t=R_CALL runtime.panicwrap+0
	rel 139+4 t=R_CALL runtime.morestack_noctxt+0
main.(*ByAge).Swap STEXT dupok size=206 align=0x0 args=0x18 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*ByAge).Swap(SB), DUPOK|WRAPPER|ABIInternal, $8-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	166
	0x000a 00010 (<autogenerated>:1)	PCDATA	$0, $-1
	0x000a 00010 (<autogenerated>:1)	PUSHQ	BP
	0x000b 00011 (<autogenerated>:1)	MOVQ	SP, BP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*ByAge).Swap.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*ByAge).Swap.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	160
	0x0017 00023 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x001b 00027 (<unknown line number>)	NOP
	0x001b 00027 (<unknown line number>)	NOP
	0x0020 00032 (iface_sort_bubble.go:37)	CMPQ	BX, DX
	0x0023 00035 (iface_sort_bubble.go:37)	JCC	153
	0x0025 00037 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0028 00040 (iface_sort_bubble.go:37)	LEAQ	(BX)(BX*2), BX
	0x002c 00044 (iface_sort_bubble.go:37)	MOVQ	(AX)(BX*8), SI
	0x0030 00048 (iface_sort_bubble.go:37)	MOVQ	8(AX)(BX*8), DI
	0x0035 00053 (iface_sort_bubble.go:37)	MOVQ	16(AX)(BX*8), R8
	0x003a 00058 (iface_sort_bubble.go:37)	CMPQ	CX, DX
	0x003d 00061 (iface_sort_bubble.go:37)	JCC	148
	0x003f 00063 (iface_sort_bubble.go:37)	LEAQ	(CX)(CX*2), CX
	0x0043 00067 (iface_sort_bubble.go:37)	MOVQ	8(AX)(CX*8), DX
	0x0048 00072 (iface_sort_bubble.go:37)	MOVQ	16(AX)(CX*8), R9
	0x004d 00077 (iface_sort_bubble.go:37)	MOVQ	(AX)(CX*8), R10
	0x0051 00081 (iface_sort_bubble.go:37)	MOVQ	DX, 8(AX)(BX*8)
	0x0056 00086 (iface_sort_bubble.go:37)	MOVQ	R9, 16(AX)(BX*8)
	0x005b 00091 (iface_sort_bubble.go:37)	CMPL	runtime.writeBarrier(SB), $0
	0x0062 00098 (iface_sort_bubble.go:37)	PCDATA	$0, $-2
	0x0062 00098 (iface_sort_bubble.go:37)	JEQ	128
	0x0064 00100 (iface_sort_bubble.go:37)	MOVQ	(AX)(BX*8), DX
	0x0068 00104 (iface_sort_bubble.go:37)	MOVQ	(AX)(CX*8), R9
	0x006c 00108 (iface_sort_bubble.go:37)	CALL	runtime.gcWriteBarrier4(SB)
	0x0071 00113 (iface_sort_bubble.go:37)	MOVQ	R10, (R11)
	0x0074 00116 (iface_sort_bubble.go:37)	MOVQ	DX, 8(R11)
	0x0078 00120 (iface_sort_bubble.go:37)	MOVQ	SI, 16(R11)
	0x007c 00124 (iface_sort_bubble.go:37)	MOVQ	R9, 24(R11)
	0x0080 00128 (iface_sort_bubble.go:37)	MOVQ	R10, (AX)(BX*8)
	0x0084 00132 (iface_sort_bubble.go:37)	MOVQ	DI, 8(AX)(CX*8)
	0x0089 00137 (iface_sort_bubble.go:37)	MOVQ	R8, 16(AX)(CX*8)
	0x008e 00142 (iface_sort_bubble.go:37)	MOVQ	SI, (AX)(CX*8)
	0x0092 00146 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0092 00146 (<autogenerated>:1)	POPQ	BP
	0x0093 00147 (<autogenerated>:1)	RET
	0x0094 00148 (iface_sort_bubble.go:37)	PCDATA	$1, $1
	0x0094 00148 (iface_sort_bubble.go:37)	PCDATA	$4, $2439
	0x0094 00148 (iface_sort_bubble.go:37)	CALL	runtime.panicBounds(SB)
	0x0099 00153 (iface_sort_bubble.go:37)	PCDATA	$4, $2583
	0x0099 00153 (iface_sort_bubble.go:37)	CALL	runtime.panicBounds(SB)
	0x009e 00158 (iface_sort_bubble.go:37)	NOP
	0x00a0 00160 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x00a5 00165 (<autogenerated>:1)	XCHGL	AX, AX
	0x00a6 00166 (<autogenerated>:1)	NOP
	0x00a6 00166 (<autogenerated>:1)	PCDATA	$1, $-1
	0x00a6 00166 (<autogenerated>:1)	PCDATA	$0, $-2
	0x00a6 00166 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x00ab 00171 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x00b0 00176 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x00b5 00181 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x00ba 00186 (<autogenerated>:1)	PCDATA	$0, $-1
	0x00ba 00186 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x00bf 00191 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x00c4 00196 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x00c9 00201 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 0f 86 9c 00 00 00 55 48 89 e5 48 85  I;f.......UH..H.
	0x0010 c0 0f 84 89 00 00 00 48 8b 50 08 0f 1f 44 00 00  .......H.P...D..
	0x0020 48 39 d3 73 74 48 8b 00 48 8d 1c 5b 48 8b 34 d8  H9.stH..H..[H.4.
	0x0030 48 8b 7c d8 08 4c 8b 44 d8 10 48 39 d1 73 55 48  H.|..L.D..H9.sUH
	0x0040 8d 0c 49 48 8b 54 c8 08 4c 8b 4c c8 10 4c 8b 14  ..IH.T..L.L..L..
	0x0050 c8 48 89 54 d8 08 4c 89 4c d8 10 83 3d 00 00 00  .H.T..L.L...=...
	0x0060 00 00 74 1c 48 8b 14 d8 4c 8b 0c c8 e8 00 00 00  ..t.H...L.......
	0x0070 00 4d 89 13 49 89 53 08 49 89 73 10 4d 89 4b 18  .M..I.S.I.s.M.K.
	0x0080 4c 89 14 d8 48 89 7c c8 08 4c 89 44 c8 10 48 89  L...H.|..L.D..H.
	0x0090 34 c8 5d c3 e8 00 00 00 00 e8 00 00 00 00 66 90  4.]...........f.
	0x00a0 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x00b0 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08 48  H.L$......H.D$.H
	0x00c0 8b 5c 24 10 48 8b 4c 24 18 e9 32 ff ff ff        .\$.H.L$..2...
	rel 93+4 t=R_PCREL runtime.writeBarrier+-1
	rel 109+4 t=R_CALL runtime.gcWriteBarrier4+0
	rel 149+4 t=R_CALL runtime.panicBounds+0
	rel 154+4 t=R_CALL runtime.panicBounds+0
	rel 161+4 t=R_CALL runtime.panicwrap+0
	rel 182+4 t=R_CALL runtime.morestack_noctxt+0
main.Reverse.Len STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Reverse.Len(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Reverse.Len.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Reverse.Len.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Reverse).Len STEXT dupok nosplit size=13 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Reverse).Len(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Reverse).Len.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Reverse).Len.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVQ	(AX), CX
	0x0003 00003 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x0007 00007 (<autogenerated>:1)	MOVQ	24(CX), CX
	0x000b 00011 (<autogenerated>:1)	PCDATA	$1, $0
	0x000b 00011 (<autogenerated>:1)	JMP	CX
	0x0000 48 8b 08 48 8b 40 08 48 8b 49 18 ff e1           H..H.@.H.I...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+96
main.(*Reverse).Less STEXT dupok size=93 align=0x0 args=0x18 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Reverse).Less(SB), DUPOK|WRAPPER|ABIInternal, $32-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	56
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Reverse).Less.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Reverse).Less.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	50
	0x0013 00019 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x0017 00023 (<autogenerated>:1)	MOVQ	(AX), SI
	0x001a 00026 (iface_sort_bubble.go:41)	MOVQ	32(SI), SI
	0x001e 00030 (<unknown line number>)	NOP
	0x001e 00030 (iface_sort_bubble.go:41)	MOVQ	DX, AX
	0x0021 00033 (<autogenerated>:1)	MOVQ	BX, DX
	0x0024 00036 (iface_sort_bubble.go:41)	MOVQ	CX, BX
	0x0027 00039 (iface_sort_bubble.go:41)	MOVQ	DX, CX
	0x002a 00042 (iface_sort_bubble.go:41)	PCDATA	$1, $1
	0x002a 00042 (iface_sort_bubble.go:41)	CALL	SI
	0x002c 00044 (<autogenerated>:1)	ADDQ	$24, SP
	0x0030 00048 (<autogenerated>:1)	POPQ	BP
	0x0031 00049 (<autogenerated>:1)	RET
	0x0032 00050 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0037 00055 (<autogenerated>:1)	XCHGL	AX, AX
	0x0038 00056 (<autogenerated>:1)	NOP
	0x0038 00056 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0038 00056 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0038 00056 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003d 00061 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0042 00066 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0047 00071 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004c 00076 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004c 00076 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0051 00081 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0056 00086 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x005b 00091 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 32 55 48 89 e5 48 83 ec 18 48 85  I;f.v2UH..H...H.
	0x0010 c0 74 1f 48 8b 50 08 48 8b 30 48 8b 76 20 48 89  .t.H.P.H.0H.v H.
	0x0020 d0 48 89 da 48 89 cb 48 89 d1 ff d6 48 83 c4 18  .H..H..H....H...
	0x0030 5d c3 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c  ].......H.D$.H.\
	0x0040 24 10 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24  $.H.L$......H.D$
	0x0050 08 48 8b 5c 24 10 48 8b 4c 24 18 eb a3           .H.\$.H.L$...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+104
	rel 42+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.panicwrap+0
	rel 72+4 t=R_CALL runtime.morestack_noctxt+0
main.Reverse.Swap STEXT dupok size=92 align=0x0 args=0x20 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Reverse.Swap(SB), DUPOK|WRAPPER|ABIInternal, $32-32
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	45
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Reverse.Swap.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Reverse.Swap.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	40(AX), DX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	MOVQ	CX, BX
	0x0022 00034 (<autogenerated>:1)	MOVQ	DI, CX
	0x0025 00037 (<autogenerated>:1)	PCDATA	$1, $1
	0x0025 00037 (<autogenerated>:1)	CALL	DX
	0x0027 00039 (<autogenerated>:1)	ADDQ	$24, SP
	0x002b 00043 (<autogenerated>:1)	POPQ	BP
	0x002c 00044 (<autogenerated>:1)	RET
	0x002d 00045 (<autogenerated>:1)	NOP
	0x002d 00045 (<autogenerated>:1)	PCDATA	$1, $-1
	0x002d 00045 (<autogenerated>:1)	PCDATA	$0, $-2
	0x002d 00045 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0032 00050 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0037 00055 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x0041 00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0046 00070 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004b 00075 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0050 00080 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0055 00085 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x005a 00090 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 27 55 48 89 e5 48 83 ec 18 48 89  I;f.v'UH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 48 8b 50 28 48 89 d8 48  D$(H.\$0H.P(H..H
	0x0020 89 cb 48 89 f9 ff d2 48 83 c4 18 5d c3 48 89 44  ..H....H...].H.D
	0x0030 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24  $.H.\$.H.L$.H.|$
	0x0040 20 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10   .....H.D$.H.\$.
	0x0050 48 8b 4c 24 18 48 8b 7c 24 20 eb a4              H.L$.H.|$ ..
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+112
	rel 37+0 t=R_CALLIND +0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Reverse).Swap STEXT dupok nosplit size=13 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Reverse).Swap(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Reverse).Swap.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Reverse).Swap.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0003 00003 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x0007 00007 (<autogenerated>:1)	MOVQ	40(DX), DX
	0x000b 00011 (<autogenerated>:1)	PCDATA	$1, $0
	0x000b 00011 (<autogenerated>:1)	JMP	DX
	0x0000 48 8b 10 48 8b 40 08 48 8b 52 28 ff e2           H..H.@.H.R(..
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+112
type:.eq.[5SM8] STEXT dupok size=119 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.[5SM8](SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	92
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.[5SM8].arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.[5SM8].argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $-1
	0x0018 00024 (<autogenerated>:1)	XORL	CX, CX
	0x001a 00026 (<autogenerated>:1)	JMP	47
	0x001c 00028 (<autogenerated>:1)	MOVQ	main..autotmp_7+16(SP), CX
	0x0021 00033 (<autogenerated>:1)	ADDQ	$24, CX
	0x0025 00037 (<autogenerated>:1)	MOVQ	main.p+40(SP), AX
	0x002a 00042 (<autogenerated>:1)	MOVQ	main.q+48(SP), BX
	0x002f 00047 (<autogenerated>:1)	CMPQ	CX, $120
	0x0033 00051 (<autogenerated>:1)	JCC	81
	0x0035 00053 (<autogenerated>:1)	MOVQ	CX, main..autotmp_7+16(SP)
	0x003a 00058 (<autogenerated>:1)	ADDQ	CX, AX
	0x003d 00061 (<autogenerated>:1)	ADDQ	CX, BX
	0x0040 00064 (<autogenerated>:1)	PCDATA	$1, $0
	0x0040 00064 (<autogenerated>:1)	CALL	type:.eq.SM8(SB)
	0x0045 00069 (<autogenerated>:1)	TESTB	AL, AL
	0x0047 00071 (<autogenerated>:1)	JNE	28
	0x0049 00073 (<autogenerated>:1)	XORL	AX, AX
	0x004b 00075 (<autogenerated>:1)	ADDQ	$24, SP
	0x004f 00079 (<autogenerated>:1)	POPQ	BP
	0x0050 00080 (<autogenerated>:1)	RET
	0x0051 00081 (<autogenerated>:1)	MOVL	$1, AX
	0x0056 00086 (<autogenerated>:1)	ADDQ	$24, SP
	0x005a 00090 (<autogenerated>:1)	POPQ	BP
	0x005b 00091 (<autogenerated>:1)	RET
	0x005c 00092 (<autogenerated>:1)	NOP
	0x005c 00092 (<autogenerated>:1)	PCDATA	$1, $-1
	0x005c 00092 (<autogenerated>:1)	PCDATA	$0, $-2
	0x005c 00092 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0061 00097 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0066 00102 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x006b 00107 (<autogenerated>:1)	PCDATA	$0, $-1
	0x006b 00107 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0070 00112 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0075 00117 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 18 48 89  I;f.vVUH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 31 c9 eb 13 48 8b 4c 24  D$(H.\$01...H.L$
	0x0020 10 48 83 c1 18 48 8b 44 24 28 48 8b 5c 24 30 48  .H...H.D$(H.\$0H
	0x0030 83 f9 78 73 1c 48 89 4c 24 10 48 01 c8 48 01 cb  ..xs.H.L$.H..H..
	0x0040 e8 00 00 00 00 84 c0 75 d3 31 c0 48 83 c4 18 5d  .......u.1.H...]
	0x0050 c3 b8 01 00 00 00 48 83 c4 18 5d c3 48 89 44 24  ......H...].H.D$
	0x0060 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08  .H.\$......H.D$.
	0x0070 48 8b 5c 24 10 eb 89                             H.\$...
	rel 65+4 t=R_CALL type:.eq.SM8+0
	rel 103+4 t=R_CALL runtime.morestack_noctxt+0
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
type:.namedata.*main.Interface. SRODATA dupok size=17 align=0x1
	0x0000 01 0f 2a 6d 61 69 6e 2e 49 6e 74 65 72 66 61 63  ..*main.Interfac
	0x0010 65                                               e
type:*main.Interface SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d4 6e a4 3d 28 08 08 16 00 00 00 00 00 00 00 00  .n.=(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Interface.+0
	rel 48+8 t=R_ADDR type:main.Interface+0
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
type:.namedata.*func(int, int) bool- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 66 75 6e 63 28 69 6e 74 2c 20 69 6e 74  ..*func(int, int
	0x0010 29 20 62 6f 6f 6c                                ) bool
type:*func(int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0f 6d 7f cf 28 08 08 16 00 00 00 00 00 00 00 00  .m..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(int, int) bool+0
type:func(int, int) bool SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0e 2b 4a 63 22 08 08 13 00 00 00 00 00 00 00 00  .+Jc"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(int, int) bool+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:bool+0
type:.namedata.*func(int, int)- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 66 75 6e 63 28 69 6e 74 2c 20 69 6e 74  ..*func(int, int
	0x0010 29                                               )
type:*func(int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2c d4 38 07 28 08 08 16 00 00 00 00 00 00 00 00  ,.8.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int)-+0
	rel 48+8 t=R_ADDR type:func(int, int)+0
type:func(int, int) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e2 4c 79 5c 22 08 08 13 00 00 00 00 00 00 00 00  .Ly\"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(int, int)+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Len. SRODATA dupok size=5 align=0x1
	0x0000 01 03 4c 65 6e                                   ..Len
type:.namedata.Less. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4c 65 73 73                                ..Less
type:.namedata.Swap. SRODATA dupok size=6 align=0x1
	0x0000 01 04 53 77 61 70                                ..Swap
type:main.Interface SRODATA size=120 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 de 96 47 22 07 08 08 14 00 00 00 00 00 00 00 00  ..G"............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Interface.+0
	rel 44+4 t=R_ADDROFF type:*main.Interface+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Interface+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 100+4 t=R_ADDROFF type:func() int+0
	rel 104+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 108+4 t=R_ADDROFF type:func(int, int) bool+0
	rel 112+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 116+4 t=R_ADDROFF type:func(int, int)+0
type:.namedata.*main.Ints. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 49 6e 74 73              ..*main.Ints
type:.namedata.*func(*main.Ints) int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 49 6e  ..*func(*main.In
	0x0010 74 73 29 20 69 6e 74                             ts) int
type:*func(*main.Ints) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a5 c7 7b 42 28 08 08 16 00 00 00 00 00 00 00 00  ..{B(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Ints) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Ints) int+0
type:func(*main.Ints) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a7 20 19 00 22 08 08 13 00 00 00 00 00 00 00 00  . .."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Ints) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Ints) int+0
	rel 56+8 t=R_ADDR type:*main.Ints+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Ints, int, int) bool- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 49 6e  . *func(*main.In
	0x0010 74 73 2c 20 69 6e 74 2c 20 69 6e 74 29 20 62 6f  ts, int, int) bo
	0x0020 6f 6c                                            ol
type:*func(*main.Ints, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 04 34 4a d3 28 08 08 16 00 00 00 00 00 00 00 00  .4J.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Ints, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(*main.Ints, int, int) bool+0
type:func(*main.Ints, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 74 15 7b a9 22 08 08 13 00 00 00 00 00 00 00 00  t.{."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Ints, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Ints, int, int) bool+0
	rel 56+8 t=R_ADDR type:*main.Ints+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(*main.Ints, int, int)- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 49 6e  ..*func(*main.In
	0x0010 74 73 2c 20 69 6e 74 2c 20 69 6e 74 29           ts, int, int)
type:*func(*main.Ints, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 61 a9 f8 65 28 08 08 16 00 00 00 00 00 00 00 00  a..e(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Ints, int, int)-+0
	rel 48+8 t=R_ADDR type:func(*main.Ints, int, int)+0
type:func(*main.Ints, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b9 79 f2 a8 22 08 08 13 00 00 00 00 00 00 00 00  .y.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Ints, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Ints, int, int)+0
	rel 56+8 t=R_ADDR type:*main.Ints+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:*main.Ints SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 93 65 27 15 29 08 08 16 00 00 00 00 00 00 00 00  .e'.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Ints.+0
	rel 48+8 t=R_ADDR type:main.Ints+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Ints).Len+0
	rel 84+4 t=R_METHODOFF main.(*Ints).Len+0
	rel 88+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 92+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 96+4 t=R_METHODOFF main.(*Ints).Less+0
	rel 100+4 t=R_METHODOFF main.(*Ints).Less+0
	rel 104+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 108+4 t=R_METHODOFF type:func(int, int)+0
	rel 112+4 t=R_METHODOFF main.(*Ints).Swap+0
	rel 116+4 t=R_METHODOFF main.(*Ints).Swap+0
type:.namedata.*func(main.Ints) int- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 66 75 6e 63 28 6d 61 69 6e 2e 49 6e 74  ..*func(main.Int
	0x0010 73 29 20 69 6e 74                                s) int
type:*func(main.Ints) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e0 4b 6c 83 28 08 08 16 00 00 00 00 00 00 00 00  .Kl.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Ints) int-+0
	rel 48+8 t=R_ADDR type:func(main.Ints) int+0
type:func(main.Ints) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 af e0 84 a8 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Ints) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Ints) int+0
	rel 56+8 t=R_ADDR type:main.Ints+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(main.Ints, int, int) bool- SRODATA dupok size=33 align=0x1
	0x0000 00 1f 2a 66 75 6e 63 28 6d 61 69 6e 2e 49 6e 74  ..*func(main.Int
	0x0010 73 2c 20 69 6e 74 2c 20 69 6e 74 29 20 62 6f 6f  s, int, int) boo
	0x0020 6c                                               l
type:*func(main.Ints, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 56 ea e0 81 28 08 08 16 00 00 00 00 00 00 00 00  V...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Ints, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(main.Ints, int, int) bool+0
type:func(main.Ints, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 13 8b 07 fb 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Ints, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Ints, int, int) bool+0
	rel 56+8 t=R_ADDR type:main.Ints+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(main.Ints, int, int)- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 66 75 6e 63 28 6d 61 69 6e 2e 49 6e 74  ..*func(main.Int
	0x0010 73 2c 20 69 6e 74 2c 20 69 6e 74 29              s, int, int)
type:*func(main.Ints, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c9 de 75 32 28 08 08 16 00 00 00 00 00 00 00 00  ..u2(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Ints, int, int)-+0
	rel 48+8 t=R_ADDR type:func(main.Ints, int, int)+0
type:func(main.Ints, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ef 1e f2 51 22 08 08 13 00 00 00 00 00 00 00 00  ...Q"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Ints, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Ints, int, int)+0
	rel 56+8 t=R_ADDR type:main.Ints+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:main.Ints SRODATA size=120 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 57 75 4e 57 07 08 08 17 00 00 00 00 00 00 00 00  WuNW............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Ints.+0
	rel 44+4 t=R_ADDROFF type:*main.Ints+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Ints).Len+0
	rel 84+4 t=R_METHODOFF main.Ints.Len+0
	rel 88+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 92+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 96+4 t=R_METHODOFF main.(*Ints).Less+0
	rel 100+4 t=R_METHODOFF main.Ints.Less+0
	rel 104+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 108+4 t=R_METHODOFF type:func(int, int)+0
	rel 112+4 t=R_METHODOFF main.(*Ints).Swap+0
	rel 116+4 t=R_METHODOFF main.Ints.Swap+0
go:itab.main.Ints,main.Interface SRODATA dupok size=48 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 57 75 4e 57 00 00 00 00 00 00 00 00 00 00 00 00  WuNW............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:main.Interface+0
	rel 8+8 t=R_ADDR type:main.Ints+0
	rel 24+8 t=RelocType(-32767) main.(*Ints).Len+0
	rel 32+8 t=RelocType(-32767) main.(*Ints).Less+0
	rel 40+8 t=RelocType(-32767) main.(*Ints).Swap+0
type:.namedata.*main.Reverse. SRODATA dupok size=15 align=0x1
	0x0000 01 0d 2a 6d 61 69 6e 2e 52 65 76 65 72 73 65     ..*main.Reverse
type:.namedata.*func(*main.Reverse) int- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 52 65  ..*func(*main.Re
	0x0010 76 65 72 73 65 29 20 69 6e 74                    verse) int
type:*func(*main.Reverse) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 95 21 71 74 28 08 08 16 00 00 00 00 00 00 00 00  .!qt(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Reverse) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Reverse) int+0
type:func(*main.Reverse) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 26 ce c1 1d 22 08 08 13 00 00 00 00 00 00 00 00  &..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Reverse) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Reverse) int+0
	rel 56+8 t=R_ADDR type:*main.Reverse+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Reverse, int, int) bool- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 52 65  .#*func(*main.Re
	0x0010 76 65 72 73 65 2c 20 69 6e 74 2c 20 69 6e 74 29  verse, int, int)
	0x0020 20 62 6f 6f 6c                                    bool
type:*func(*main.Reverse, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3b 82 75 e6 28 08 08 16 00 00 00 00 00 00 00 00  ;.u.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Reverse, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(*main.Reverse, int, int) bool+0
type:func(*main.Reverse, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 80 c0 6e 29 22 08 08 13 00 00 00 00 00 00 00 00  ..n)"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Reverse, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Reverse, int, int) bool+0
	rel 56+8 t=R_ADDR type:*main.Reverse+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(*main.Reverse, int, int)- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 52 65  ..*func(*main.Re
	0x0010 76 65 72 73 65 2c 20 69 6e 74 2c 20 69 6e 74 29  verse, int, int)
type:*func(*main.Reverse, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 90 ed 24 1b 28 08 08 16 00 00 00 00 00 00 00 00  ..$.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Reverse, int, int)-+0
	rel 48+8 t=R_ADDR type:func(*main.Reverse, int, int)+0
type:func(*main.Reverse, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 51 b2 67 19 22 08 08 13 00 00 00 00 00 00 00 00  Q.g."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Reverse, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Reverse, int, int)+0
	rel 56+8 t=R_ADDR type:*main.Reverse+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:*main.Reverse SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 92 f3 9e d5 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Reverse.+0
	rel 48+8 t=R_ADDR type:main.Reverse+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Reverse).Len+0
	rel 84+4 t=R_METHODOFF main.(*Reverse).Len+0
	rel 88+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 92+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 96+4 t=R_METHODOFF main.(*Reverse).Less+0
	rel 100+4 t=R_METHODOFF main.(*Reverse).Less+0
	rel 104+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 108+4 t=R_METHODOFF type:func(int, int)+0
	rel 112+4 t=R_METHODOFF main.(*Reverse).Swap+0
	rel 116+4 t=R_METHODOFF main.(*Reverse).Swap+0
type:.namedata.Interface..embedded SRODATA dupok size=11 align=0x1
	0x0000 09 09 49 6e 74 65 72 66 61 63 65                 ..Interface
type:.namedata.*func(main.Reverse) int- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 6d 61 69 6e 2e 52 65 76  ..*func(main.Rev
	0x0010 65 72 73 65 29 20 69 6e 74                       erse) int
type:*func(main.Reverse) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 00 19 01 6b 28 08 08 16 00 00 00 00 00 00 00 00  ...k(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Reverse) int-+0
	rel 48+8 t=R_ADDR type:func(main.Reverse) int+0
type:func(main.Reverse) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 23 8b f0 1a 22 08 08 13 00 00 00 00 00 00 00 00  #..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Reverse) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Reverse) int+0
	rel 56+8 t=R_ADDR type:main.Reverse+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(main.Reverse, int, int) bool- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 66 75 6e 63 28 6d 61 69 6e 2e 52 65 76  ."*func(main.Rev
	0x0010 65 72 73 65 2c 20 69 6e 74 2c 20 69 6e 74 29 20  erse, int, int) 
	0x0020 62 6f 6f 6c                                      bool
type:*func(main.Reverse, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6e fe fa cf 28 08 08 16 00 00 00 00 00 00 00 00  n...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Reverse, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(main.Reverse, int, int) bool+0
type:func(main.Reverse, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a1 32 0e 05 22 08 08 13 00 00 00 00 00 00 00 00  .2.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Reverse, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Reverse, int, int) bool+0
	rel 56+8 t=R_ADDR type:main.Reverse+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(main.Reverse, int, int)- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 66 75 6e 63 28 6d 61 69 6e 2e 52 65 76  ..*func(main.Rev
	0x0010 65 72 73 65 2c 20 69 6e 74 2c 20 69 6e 74 29     erse, int, int)
type:*func(main.Reverse, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 63 d3 40 ee 28 08 08 16 00 00 00 00 00 00 00 00  c.@.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Reverse, int, int)-+0
	rel 48+8 t=R_ADDR type:func(main.Reverse, int, int)+0
type:func(main.Reverse, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b4 db 03 57 22 08 08 13 00 00 00 00 00 00 00 00  ...W"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Reverse, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Reverse, int, int)+0
	rel 56+8 t=R_ADDR type:main.Reverse+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:main.Reverse SRODATA size=168 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 9a 43 07 c0 07 08 08 19 00 00 00 00 00 00 00 00  .C..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 03 00 03 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Reverse.+0
	rel 44+4 t=R_ADDROFF type:*main.Reverse+0
	rel 56+8 t=R_ADDR type:main.Reverse+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Interface..embedded+0
	rel 104+8 t=R_ADDR type:main.Interface+0
	rel 120+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 124+4 t=R_METHODOFF type:func() int+0
	rel 128+4 t=R_METHODOFF main.(*Reverse).Len+0
	rel 132+4 t=R_METHODOFF main.Reverse.Len+0
	rel 136+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 140+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 144+4 t=R_METHODOFF main.(*Reverse).Less+0
	rel 148+4 t=R_METHODOFF main.Reverse.Less+0
	rel 152+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 156+4 t=R_METHODOFF type:func(int, int)+0
	rel 160+4 t=R_METHODOFF main.(*Reverse).Swap+0
	rel 164+4 t=R_METHODOFF main.Reverse.Swap+0
go:itab.main.Reverse,main.Interface SRODATA dupok size=48 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 9a 43 07 c0 00 00 00 00 00 00 00 00 00 00 00 00  .C..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:main.Interface+0
	rel 8+8 t=R_ADDR type:main.Reverse+0
	rel 24+8 t=RelocType(-32767) main.(*Reverse).Len+0
	rel 32+8 t=RelocType(-32767) main.(*Reverse).Less+0
	rel 40+8 t=RelocType(-32767) main.(*Reverse).Swap+0
type:.namedata.*main.ByAge. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 42 79 41 67 65           ..*main.ByAge
type:.namedata.*func(*main.ByAge) int- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 42 79  ..*func(*main.By
	0x0010 41 67 65 29 20 69 6e 74                          Age) int
type:*func(*main.ByAge) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c4 8e 14 21 28 08 08 16 00 00 00 00 00 00 00 00  ...!(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.ByAge) int-+0
	rel 48+8 t=R_ADDR type:func(*main.ByAge) int+0
type:func(*main.ByAge) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5c 5e d7 16 22 08 08 13 00 00 00 00 00 00 00 00  \^.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.ByAge) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.ByAge) int+0
	rel 56+8 t=R_ADDR type:*main.ByAge+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.ByAge, int, int) bool- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 42 79  .!*func(*main.By
	0x0010 41 67 65 2c 20 69 6e 74 2c 20 69 6e 74 29 20 62  Age, int, int) b
	0x0020 6f 6f 6c                                         ool
type:*func(*main.ByAge, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ff cf 75 12 28 08 08 16 00 00 00 00 00 00 00 00  ..u.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.ByAge, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(*main.ByAge, int, int) bool+0
type:func(*main.ByAge, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9f ff 16 eb 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.ByAge, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.ByAge, int, int) bool+0
	rel 56+8 t=R_ADDR type:*main.ByAge+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(*main.ByAge, int, int)- SRODATA dupok size=30 align=0x1
	0x0000 00 1c 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 42 79  ..*func(*main.By
	0x0010 41 67 65 2c 20 69 6e 74 2c 20 69 6e 74 29        Age, int, int)
type:*func(*main.ByAge, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8b 87 90 32 28 08 08 16 00 00 00 00 00 00 00 00  ...2(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.ByAge, int, int)-+0
	rel 48+8 t=R_ADDR type:func(*main.ByAge, int, int)+0
type:func(*main.ByAge, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9c 70 4f 8a 22 08 08 13 00 00 00 00 00 00 00 00  .pO."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.ByAge, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.ByAge, int, int)+0
	rel 56+8 t=R_ADDR type:*main.ByAge+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:*main.ByAge SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b1 62 34 a0 29 08 08 16 00 00 00 00 00 00 00 00  .b4.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.ByAge.+0
	rel 48+8 t=R_ADDR type:main.ByAge+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*ByAge).Len+0
	rel 84+4 t=R_METHODOFF main.(*ByAge).Len+0
	rel 88+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 92+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 96+4 t=R_METHODOFF main.(*ByAge).Less+0
	rel 100+4 t=R_METHODOFF main.(*ByAge).Less+0
	rel 104+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 108+4 t=R_METHODOFF type:func(int, int)+0
	rel 112+4 t=R_METHODOFF main.(*ByAge).Swap+0
	rel 116+4 t=R_METHODOFF main.(*ByAge).Swap+0
type:.eqfunc.SM8 SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.SM8+0
type:.namedata.*main.Person. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 50 65 72 73 6f 6e        ..*main.Person
type:*main.Person SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f4 8e b5 70 28 08 08 16 00 00 00 00 00 00 00 00  ...p(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Person.+0
	rel 48+8 t=R_ADDR type:main.Person+0
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:.namedata.Age. SRODATA dupok size=5 align=0x1
	0x0000 01 03 41 67 65                                   ..Age
type:main.Person SRODATA size=144 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 32 d2 40 9f 07 08 08 19 00 00 00 00 00 00 00 00  2.@.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.SM8+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Person.+0
	rel 44+4 t=R_ADDROFF type:*main.Person+0
	rel 56+8 t=R_ADDR type:main.Person+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Name.+0
	rel 104+8 t=R_ADDR type:string+0
	rel 120+8 t=R_ADDR type:.namedata.Age.+0
	rel 128+8 t=R_ADDR type:int+0
type:.namedata.*func(main.ByAge) int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 6d 61 69 6e 2e 42 79 41  ..*func(main.ByA
	0x0010 67 65 29 20 69 6e 74                             ge) int
type:*func(main.ByAge) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6b 83 0d 18 28 08 08 16 00 00 00 00 00 00 00 00  k...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.ByAge) int-+0
	rel 48+8 t=R_ADDR type:func(main.ByAge) int+0
type:func(main.ByAge) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 79 af 16 0b 22 08 08 13 00 00 00 00 00 00 00 00  y..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.ByAge) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.ByAge) int+0
	rel 56+8 t=R_ADDR type:main.ByAge+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(main.ByAge, int, int) bool- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 66 75 6e 63 28 6d 61 69 6e 2e 42 79 41  . *func(main.ByA
	0x0010 67 65 2c 20 69 6e 74 2c 20 69 6e 74 29 20 62 6f  ge, int, int) bo
	0x0020 6f 6c                                            ol
type:*func(main.ByAge, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 04 cd 59 9e 28 08 08 16 00 00 00 00 00 00 00 00  ..Y.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.ByAge, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(main.ByAge, int, int) bool+0
type:func(main.ByAge, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 37 9c 54 c0 22 08 08 13 00 00 00 00 00 00 00 00  7.T."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.ByAge, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.ByAge, int, int) bool+0
	rel 56+8 t=R_ADDR type:main.ByAge+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(main.ByAge, int, int)- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 66 75 6e 63 28 6d 61 69 6e 2e 42 79 41  ..*func(main.ByA
	0x0010 67 65 2c 20 69 6e 74 2c 20 69 6e 74 29           ge, int, int)
type:*func(main.ByAge, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7e ee d6 0e 28 08 08 16 00 00 00 00 00 00 00 00  ~...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.ByAge, int, int)-+0
	rel 48+8 t=R_ADDR type:func(main.ByAge, int, int)+0
type:func(main.ByAge, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d8 7c a2 83 22 08 08 13 00 00 00 00 00 00 00 00  .|.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.ByAge, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.ByAge, int, int)+0
	rel 56+8 t=R_ADDR type:main.ByAge+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:main.ByAge SRODATA size=120 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fb a3 79 e6 07 08 08 17 00 00 00 00 00 00 00 00  ..y.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.ByAge.+0
	rel 44+4 t=R_ADDROFF type:*main.ByAge+0
	rel 48+8 t=R_ADDR type:main.Person+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*ByAge).Len+0
	rel 84+4 t=R_METHODOFF main.ByAge.Len+0
	rel 88+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 92+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 96+4 t=R_METHODOFF main.(*ByAge).Less+0
	rel 100+4 t=R_METHODOFF main.ByAge.Less+0
	rel 104+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 108+4 t=R_METHODOFF type:func(int, int)+0
	rel 112+4 t=R_METHODOFF main.(*ByAge).Swap+0
	rel 116+4 t=R_METHODOFF main.ByAge.Swap+0
go:itab.main.ByAge,main.Interface SRODATA dupok size=48 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 fb a3 79 e6 00 00 00 00 00 00 00 00 00 00 00 00  ..y.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:main.Interface+0
	rel 8+8 t=R_ADDR type:main.ByAge+0
	rel 24+8 t=RelocType(-32767) main.(*ByAge).Len+0
	rel 32+8 t=RelocType(-32767) main.(*ByAge).Less+0
	rel 40+8 t=RelocType(-32767) main.(*ByAge).Swap+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Ints.Len$abstract SDWARFABSFCN dupok size=27 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 6e 74 73 2e 4c 65 6e 00 01  .main.Ints.Len..
	0x0010 16 01 22 61 00 00 00 00 00 00 00                 .."a.......
	rel 22+4 t=R_DWARFSECREF go:info.main.Ints+0
go:info.main.Ints.Less$abstract SDWARFABSFCN dupok size=44 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 6e 74 73 2e 4c 65 73 73 00  .main.Ints.Less.
	0x0010 01 17 01 22 61 00 00 00 00 00 00 22 69 00 00 00  ..."a......"i...
	0x0020 00 00 00 22 6a 00 00 00 00 00 00 00              ..."j.......
	rel 23+4 t=R_DWARFSECREF go:info.main.Ints+0
	rel 31+4 t=R_DWARFSECREF go:info.int+0
	rel 39+4 t=R_DWARFSECREF go:info.int+0
go:info.main.Ints.Swap$abstract SDWARFABSFCN dupok size=44 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 6e 74 73 2e 53 77 61 70 00  .main.Ints.Swap.
	0x0010 01 18 01 22 61 00 00 00 00 00 00 22 69 00 00 00  ..."a......"i...
	0x0020 00 00 00 22 6a 00 00 00 00 00 00 00              ..."j.......
	rel 23+4 t=R_DWARFSECREF go:info.main.Ints+0
	rel 31+4 t=R_DWARFSECREF go:info.int+0
	rel 39+4 t=R_DWARFSECREF go:info.int+0
go:info.main.ByAge.Len$abstract SDWARFABSFCN dupok size=28 align=0x0
	0x0000 05 6d 61 69 6e 2e 42 79 41 67 65 2e 4c 65 6e 00  .main.ByAge.Len.
	0x0010 01 21 01 22 61 00 00 00 00 00 00 00              .!."a.......
	rel 23+4 t=R_DWARFSECREF go:info.main.ByAge+0
go:info.main.ByAge.Less$abstract SDWARFABSFCN dupok size=45 align=0x0
	0x0000 05 6d 61 69 6e 2e 42 79 41 67 65 2e 4c 65 73 73  .main.ByAge.Less
	0x0010 00 01 22 01 22 61 00 00 00 00 00 00 22 69 00 00  .."."a......"i..
	0x0020 00 00 00 00 22 6a 00 00 00 00 00 00 00           ...."j.......
	rel 24+4 t=R_DWARFSECREF go:info.main.ByAge+0
	rel 32+4 t=R_DWARFSECREF go:info.int+0
	rel 40+4 t=R_DWARFSECREF go:info.int+0
go:info.main.ByAge.Swap$abstract SDWARFABSFCN dupok size=45 align=0x0
	0x0000 05 6d 61 69 6e 2e 42 79 41 67 65 2e 53 77 61 70  .main.ByAge.Swap
	0x0010 00 01 25 01 22 61 00 00 00 00 00 00 22 69 00 00  ..%."a......"i..
	0x0020 00 00 00 00 22 6a 00 00 00 00 00 00 00           ...."j.......
	rel 24+4 t=R_DWARFSECREF go:info.main.ByAge+0
	rel 32+4 t=R_DWARFSECREF go:info.int+0
	rel 40+4 t=R_DWARFSECREF go:info.int+0
go:info.main.Reverse.Less$abstract SDWARFABSFCN dupok size=47 align=0x0
	0x0000 05 6d 61 69 6e 2e 52 65 76 65 72 73 65 2e 4c 65  .main.Reverse.Le
	0x0010 73 73 00 01 29 01 22 72 00 00 00 00 00 00 22 69  ss..)."r......"i
	0x0020 00 00 00 00 00 00 22 6a 00 00 00 00 00 00 00     ......"j.......
	rel 26+4 t=R_DWARFSECREF go:info.main.Reverse+0
	rel 34+4 t=R_DWARFSECREF go:info.int+0
	rel 42+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."Eve" SRODATA dupok size=3 align=0x1
	0x0000 45 76 65                                         Eve
go:string."Bob" SRODATA dupok size=3 align=0x1
	0x0000 42 6f 62                                         Bob
go:string."Al" SRODATA dupok size=2 align=0x1
	0x0000 41 6c                                            Al
go:string."Cy" SRODATA dupok size=2 align=0x1
	0x0000 43 79                                            Cy
go:string."Dee" SRODATA dupok size=3 align=0x1
	0x0000 44 65 65                                         Dee
type:.eqfunc.M80 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 50 00 00 00 00 00 00 00  ........P.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[10]int- SRODATA dupok size=10 align=0x1
	0x0000 00 08 2a 5b 31 30 5d 69 6e 74                    ..*[10]int
type:*[10]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a0 1e 74 c8 28 08 08 16 00 00 00 00 00 00 00 00  ..t.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[10]int-+0
	rel 48+8 t=R_ADDR type:[10]int+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[10]int SRODATA dupok size=72 align=0x8
	0x0000 50 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  P...............
	0x0010 fc f9 83 13 0a 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 0a 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M80+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[10]int-+0
	rel 44+4 t=RelocType(-32763) type:*[10]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:.eqfunc.[5SM8] SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.[5SM8]+0
type:.namedata.*[5]main.Person- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 5b 35 5d 6d 61 69 6e 2e 50 65 72 73 6f  ..*[5]main.Perso
	0x0010 6e                                               n
type:*[5]main.Person SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5c cd b1 aa 28 08 08 16 00 00 00 00 00 00 00 00  \...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[5]main.Person-+0
	rel 48+8 t=R_ADDR type:[5]main.Person+0
runtime.gcbits.4912000000000000 SRODATA dupok size=8 align=0x8
	0x0000 49 12 00 00 00 00 00 00                          I.......
type:.namedata.*[]main.Person- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 5b 5d 6d 61 69 6e 2e 50 65 72 73 6f 6e  ..*[]main.Person
type:*[]main.Person SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 55 86 60 31 28 08 08 16 00 00 00 00 00 00 00 00  U.`1(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Person-+0
	rel 48+8 t=R_ADDR type:[]main.Person+0
type:[]main.Person SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ec b8 2d dc 02 08 08 17 00 00 00 00 00 00 00 00  ..-.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Person-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.Person+0
	rel 48+8 t=R_ADDR type:main.Person+0
type:[5]main.Person SRODATA dupok size=72 align=0x8
	0x0000 78 00 00 00 00 00 00 00 68 00 00 00 00 00 00 00  x.......h.......
	0x0010 68 f4 73 b2 02 08 08 11 00 00 00 00 00 00 00 00  h.s.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 05 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.[5SM8]+0
	rel 32+8 t=R_ADDR runtime.gcbits.4912000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[5]main.Person-+0
	rel 44+4 t=RelocType(-32763) type:*[5]main.Person+0
	rel 48+8 t=R_ADDR type:main.Person+0
	rel 56+8 t=R_ADDR type:[]main.Person+0
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.bubbleUp.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.bubbleUp.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.Ints.Len.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.Ints.Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Ints.Less.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.Ints.Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Ints.Swap.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.Ints.Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.ByAge.Len.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.ByAge.Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.ByAge.Less.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.ByAge.Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.ByAge.Swap.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.ByAge.Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Reverse.Less.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe fe 00 08 08 08 fd fd 10 08 18 08 ff           .............
main.Reverse.Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Dj7m7VTqKq6fxJqfrrXabg== SRODATA dupok size=8 align=0x4
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·F46HKjSQ3JLZB8roDamUrw== SRODATA dupok size=13 align=0x4
	0x0000 05 00 00 00 06 00 00 00 00 20 10 0c 08           ......... ...
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 d0 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.SM8.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SM8.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Interface.Len.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Interface.Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Interface.Less.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 18 08 ff                 ...........
main.Interface.Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Interface.Swap.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 18 08 ff                 ...........
main.Interface.Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Ints).Len.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Ints).Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Ints).Less.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*Ints).Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Ints).Swap.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*Ints).Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*ByAge).Len.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*ByAge).Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*ByAge).Less.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*ByAge).Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*ByAge).Swap.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*ByAge).Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Reverse.Len.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe fe 00 08 08 08 fd fd ff                       .........
main.Reverse.Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Reverse).Len.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Reverse).Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Reverse).Less.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*Reverse).Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Reverse.Swap.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe fe 00 08 08 08 fd fd 10 08 18 08 ff           .............
main.Reverse.Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Reverse).Swap.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*Reverse).Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.[5SM8].arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
type:.eq.[5SM8].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
