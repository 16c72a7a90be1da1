funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (iface_heap_sort.go:56)	TEXT	main.main(SB), ABIInternal, $112-0
     0        00000 (iface_heap_sort.go:56)	TEXT	main.main(SB), ABIInternal, $112-0
     0     -1 00000 (iface_heap_sort.go:56)	CMPQ	SP, 16(R14)
     4        00004 (iface_heap_sort.go:56)	PCDATA	$0, $-2
     4        00004 (iface_heap_sort.go:56)	JLS	725
     a        00010 (iface_heap_sort.go:56)	PCDATA	$0, $-1
     a        00010 (iface_heap_sort.go:56)	PUSHQ	BP
     b        00011 (iface_heap_sort.go:56)	MOVQ	SP, BP
     e        00014 (iface_heap_sort.go:56)	SUBQ	$104, SP
    12        00018 (iface_heap_sort.go:56)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
    12        00018 (iface_heap_sort.go:56)	FUNCDATA	$1, gclocals·fZgxiqGlELKv79sPvFP/jg==(SB)
    12        00018 (iface_heap_sort.go:57)	LEAQ	type:[8]string(SB), AX
    19        00025 (iface_heap_sort.go:57)	PCDATA	$1, $0
    19        00025 (iface_heap_sort.go:57)	CALL	runtime.newobject(SB)
    1e        00030 (iface_heap_sort.go:57)	MOVQ	AX, main..autotmp_26+96(SP)
    23        00035 (iface_heap_sort.go:57)	MOVQ	$4, 8(AX)
    2b        00043 (iface_heap_sort.go:57)	LEAQ	go:string."pear"(SB), CX
    32        00050 (iface_heap_sort.go:57)	MOVQ	CX, (AX)
    35        00053 (iface_heap_sort.go:57)	MOVQ	$3, 24(AX)
    3d        00061 (iface_heap_sort.go:57)	LEAQ	go:string."fig"(SB), CX
    44        00068 (iface_heap_sort.go:57)	MOVQ	CX, 16(AX)
    48        00072 (iface_heap_sort.go:57)	MOVQ	$6, 40(AX)
    50        00080 (iface_heap_sort.go:57)	LEAQ	go:string."banana"(SB), CX
    57        00087 (iface_heap_sort.go:57)	MOVQ	CX, 32(AX)
    5b        00091 (iface_heap_sort.go:57)	MOVQ	$4, 56(AX)
    63        00099 (iface_heap_sort.go:57)	LEAQ	go:string."kiwi"(SB), CX
    6a        00106 (iface_heap_sort.go:57)	MOVQ	CX, 48(AX)
    6e        00110 (iface_heap_sort.go:57)	MOVQ	$5, 72(AX)
    76        00118 (iface_heap_sort.go:57)	LEAQ	go:string."apple"(SB), CX
    7d        00125 (iface_heap_sort.go:57)	MOVQ	CX, 64(AX)
    81        00129 (iface_heap_sort.go:57)	MOVQ	$4, 88(AX)
    89        00137 (iface_heap_sort.go:57)	LEAQ	go:string."date"(SB), CX
    90        00144 (iface_heap_sort.go:57)	MOVQ	CX, 80(AX)
    94        00148 (iface_heap_sort.go:57)	MOVQ	$4, 104(AX)
    9c        00156 (iface_heap_sort.go:57)	LEAQ	go:string."plum"(SB), CX
    a3        00163 (iface_heap_sort.go:57)	MOVQ	CX, 96(AX)
    a7        00167 (iface_heap_sort.go:57)	MOVQ	$6, 120(AX)
    af        00175 (iface_heap_sort.go:57)	LEAQ	go:string."cherry"(SB), CX
    b6        00182 (iface_heap_sort.go:57)	MOVQ	CX, 112(AX)
    ba        00186 (iface_heap_sort.go:58)	MOVL	$8, BX
    bf        00191 (iface_heap_sort.go:58)	MOVL	BX, CX
    c1        00193 (iface_heap_sort.go:58)	PCDATA	$1, $1
    c1        00193 (iface_heap_sort.go:58)	CALL	runtime.convTslice(SB)
    c6        00198 (iface_heap_sort.go:58)	MOVQ	AX, BX
    c9        00201 (iface_heap_sort.go:58)	LEAQ	go:itab.main.Strs,main.Interface(SB), AX
    d0        00208 (iface_heap_sort.go:58)	CALL	main.heapSort(SB)
    d5        00213 (iface_heap_sort.go:59)	MOVQ	main..autotmp_26+96(SP), CX
    da        00218 (iface_heap_sort.go:59)	XORL	AX, AX
    dc        00220 (iface_heap_sort.go:59)	JMP	296
    de        00222 (iface_heap_sort.go:59)	MOVQ	AX, main..autotmp_27+56(SP)
    e3        00227 (iface_heap_sort.go:59)	MOVQ	CX, main..autotmp_28+88(SP)
    e8        00232 (iface_heap_sort.go:59)	MOVQ	(CX), AX
    eb        00235 (iface_heap_sort.go:59)	MOVQ	AX, main.w.ptr+64(SP)
    f0        00240 (iface_heap_sort.go:59)	MOVQ	8(CX), AX
    f4        00244 (iface_heap_sort.go:59)	MOVQ	AX, main.w.len+32(SP)
    f9        00249 (iface_heap_sort.go:60)	PCDATA	$1, $2
    f9        00249 (iface_heap_sort.go:60)	CALL	runtime.printlock(SB)
    fe        00254 (iface_heap_sort.go:60)	MOVQ	main.w.ptr+64(SP), AX
   103        00259 (iface_heap_sort.go:60)	MOVQ	main.w.len+32(SP), BX
   108        00264 (iface_heap_sort.go:60)	PCDATA	$1, $3
   108        00264 (iface_heap_sort.go:60)	CALL	runtime.printstring(SB)
   10d        00269 (iface_heap_sort.go:60)	CALL	runtime.printsp(SB)
   112        00274 (iface_heap_sort.go:60)	CALL	runtime.printunlock(SB)
   117        00279 (iface_heap_sort.go:59)	MOVQ	main..autotmp_28+88(SP), CX
   11c        00284 (iface_heap_sort.go:59)	ADDQ	$16, CX
   120        00288 (iface_heap_sort.go:59)	MOVQ	main..autotmp_27+56(SP), AX
   125        00293 (iface_heap_sort.go:59)	INCQ	AX
   128        00296 (iface_heap_sort.go:59)	CMPQ	AX, $8
   12c        00300 (iface_heap_sort.go:59)	JLT	222
   12e        00302 (iface_heap_sort.go:62)	PCDATA	$1, $0
   12e        00302 (iface_heap_sort.go:62)	CALL	runtime.printlock(SB)
   133        00307 (iface_heap_sort.go:62)	CALL	runtime.printnl(SB)
   138        00312 (iface_heap_sort.go:62)	CALL	runtime.printunlock(SB)
   13d        00317 (iface_heap_sort.go:64)	MOVL	$32, AX
   142        00322 (iface_heap_sort.go:64)	LEAQ	type:main.Floats(SB), BX
   149        00329 (iface_heap_sort.go:64)	MOVL	$1, CX
   14e        00334 (iface_heap_sort.go:64)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
   153        00339 (iface_heap_sort.go:64)	MOVQ	AX, main.f+72(SP)
   158        00344 (iface_heap_sort.go:64)	MOVL	$64, AX
   15d        00349 (iface_heap_sort.go:64)	LEAQ	type:[8]float64(SB), BX
   164        00356 (iface_heap_sort.go:64)	MOVL	$1, CX
   169        00361 (iface_heap_sort.go:64)	PCDATA	$1, $4
   169        00361 (iface_heap_sort.go:64)	CALL	runtime.mallocgcSmallNoScanSC6(SB)
   16e        00366 (iface_heap_sort.go:64)	MOVQ	$4615063718147915776, CX
   178        00376 (iface_heap_sort.go:64)	MOVQ	CX, (AX)
   17b        00379 (iface_heap_sort.go:64)	MOVQ	$-4615063718147915776, DX
   185        00389 (iface_heap_sort.go:64)	MOVQ	DX, 8(AX)
   189        00393 (iface_heap_sort.go:64)	MOVQ	$4611686018427387904, DX
   193        00403 (iface_heap_sort.go:64)	MOVQ	DX, 16(AX)
   197        00407 (iface_heap_sort.go:64)	MOVQ	$4621819117588971520, DX
   1a1        00417 (iface_heap_sort.go:64)	MOVQ	DX, 24(AX)
   1a5        00421 (iface_heap_sort.go:64)	MOVQ	$4602678819172646912, DX
   1af        00431 (iface_heap_sort.go:64)	MOVQ	DX, 32(AX)
   1b3        00435 (iface_heap_sort.go:64)	MOVQ	$-4603804719079489536, DX
   1bd        00445 (iface_heap_sort.go:64)	MOVQ	DX, 40(AX)
   1c1        00449 (iface_heap_sort.go:64)	MOVQ	CX, 48(AX)
   1c5        00453 (iface_heap_sort.go:64)	MOVQ	$4620693217682128896, CX
   1cf        00463 (iface_heap_sort.go:64)	MOVQ	CX, 56(AX)
   1d3        00467 (iface_heap_sort.go:64)	MOVQ	main.f+72(SP), BX
   1d8        00472 (iface_heap_sort.go:64)	MOVQ	$8, 8(BX)
   1e0        00480 (iface_heap_sort.go:64)	MOVQ	$8, 16(BX)
   1e8        00488 (iface_heap_sort.go:64)	CMPL	runtime.writeBarrier(SB), $0
   1ef        00495 (iface_heap_sort.go:64)	PCDATA	$0, $-2
   1ef        00495 (iface_heap_sort.go:64)	JEQ	512
   1f1        00497 (iface_heap_sort.go:64)	MOVQ	(BX), CX
   1f4        00500 (iface_heap_sort.go:64)	CALL	runtime.gcWriteBarrier2(SB)
   1f9        00505 (iface_heap_sort.go:64)	MOVQ	AX, (R11)
   1fc        00508 (iface_heap_sort.go:64)	MOVQ	CX, 8(R11)
   200        00512 (iface_heap_sort.go:64)	MOVQ	AX, (BX)
   203        00515 (iface_heap_sort.go:65)	PCDATA	$0, $-1
   203        00515 (iface_heap_sort.go:65)	LEAQ	go:itab.*main.Floats,main.Interface(SB), AX
   20a        00522 (iface_heap_sort.go:65)	CALL	main.heapSort(SB)
   20f        00527 (iface_heap_sort.go:66)	MOVQ	main.f+72(SP), CX
   214        00532 (iface_heap_sort.go:66)	MOVQ	(CX), DX
   217        00535 (iface_heap_sort.go:66)	MOVQ	DX, main..autotmp_29+80(SP)
   21c        00540 (iface_heap_sort.go:66)	MOVQ	8(CX), SI
   220        00544 (iface_heap_sort.go:66)	MOVQ	SI, main..autotmp_27+56(SP)
   225        00549 (iface_heap_sort.go:66)	XORL	AX, AX
   227        00551 (iface_heap_sort.go:66)	JMP	640
   229        00553 (iface_heap_sort.go:66)	MOVQ	AX, main..autotmp_30+48(SP)
   22e        00558 (iface_heap_sort.go:66)	MOVSD	(DX)(AX*8), X0
   233        00563 (iface_heap_sort.go:66)	MOVSD	X0, main.v+40(SP)
   239        00569 (iface_heap_sort.go:67)	PCDATA	$1, $5
   239        00569 (iface_heap_sort.go:67)	CALL	runtime.printlock(SB)
   23e        00574 (iface_heap_sort.go:67)	MOVSD	main.v+40(SP), X0
   244        00580 (iface_heap_sort.go:67)	MOVSD	$f64.4059000000000000(SB), X1
   24c        00588 (iface_heap_sort.go:67)	MULSD	X1, X0
   250        00592 (iface_heap_sort.go:67)	CVTTSD2SQ	X0, AX
   255        00597 (iface_heap_sort.go:67)	CALL	runtime.printint(SB)
   25a        00602 (iface_heap_sort.go:67)	CALL	runtime.printsp(SB)
   25f        00607 (iface_heap_sort.go:67)	NOP
   260        00608 (iface_heap_sort.go:67)	CALL	runtime.printunlock(SB)
   265        00613 (iface_heap_sort.go:66)	MOVQ	main..autotmp_30+48(SP), AX
   26a        00618 (iface_heap_sort.go:66)	INCQ	AX
   26d        00621 (iface_heap_sort.go:70)	MOVQ	main.f+72(SP), CX
   272        00626 (iface_heap_sort.go:66)	MOVQ	main..autotmp_29+80(SP), DX
   277        00631 (iface_heap_sort.go:66)	MOVQ	main..autotmp_27+56(SP), SI
   27c        00636 (iface_heap_sort.go:66)	NOP
   280        00640 (iface_heap_sort.go:66)	CMPQ	AX, SI
   283        00643 (iface_heap_sort.go:66)	JLT	553
   285        00645 (iface_heap_sort.go:69)	PCDATA	$1, $4
   285        00645 (iface_heap_sort.go:69)	CALL	runtime.printlock(SB)
   28a        00650 (iface_heap_sort.go:69)	CALL	runtime.printnl(SB)
   28f        00655 (iface_heap_sort.go:69)	CALL	runtime.printunlock(SB)
   294        00660 (iface_heap_sort.go:70)	MOVQ	main.f+72(SP), AX
   299        00665 (iface_heap_sort.go:70)	MOVQ	24(AX), AX
   29d        00669 (iface_heap_sort.go:70)	MOVQ	AX, main..autotmp_27+56(SP)
   2a2        00674 (iface_heap_sort.go:70)	PCDATA	$1, $0
   2a2        00674 (iface_heap_sort.go:70)	CALL	runtime.printlock(SB)
   2a7        00679 (iface_heap_sort.go:70)	LEAQ	go:string."swaps "(SB), AX
   2ae        00686 (iface_heap_sort.go:70)	MOVL	$6, BX
   2b3        00691 (iface_heap_sort.go:70)	CALL	runtime.printstring(SB)
   2b8        00696 (iface_heap_sort.go:70)	MOVQ	main..autotmp_27+56(SP), AX
   2bd        00701 (iface_heap_sort.go:70)	NOP
   2c0        00704 (iface_heap_sort.go:70)	CALL	runtime.printint(SB)
   2c5        00709 (iface_heap_sort.go:70)	CALL	runtime.printnl(SB)
   2ca        00714 (iface_heap_sort.go:70)	CALL	runtime.printunlock(SB)
   2cf        00719 (iface_heap_sort.go:71)	ADDQ	$104, SP
   2d3        00723 (iface_heap_sort.go:71)	POPQ	BP
   2d4        00724 (iface_heap_sort.go:71)	RET
   2d5        00725 (iface_heap_sort.go:71)	NOP
   2d5        00725 (iface_heap_sort.go:56)	PCDATA	$1, $-1
   2d5        00725 (iface_heap_sort.go:56)	PCDATA	$0, $-2
   2d5        00725 (iface_heap_sort.go:56)	CALL	runtime.morestack_noctxt(SB)
   2da        00730 (iface_heap_sort.go:56)	PCDATA	$0, $-1
   2da        00730 (iface_heap_sort.go:56)	JMP	0
   2df done
wrote 4 bytes to 0x0
 00 df 05 00
funcpctab main.(*Strs).Less [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Strs).Less(SB), DUPOK|WRAPPER|ABIInternal, $40-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Strs).Less(SB), DUPOK|WRAPPER|ABIInternal, $40-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	118
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$32, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Strs).Less.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Strs).Less.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	112
    13        00019 (<autogenerated>:1)	MOVQ	8(AX), DX
    17        00023 (<unknown line number>)	NOP
    17      0 00023 (<autogenerated>:1)	CMPQ	BX, DX
    1a        00026 (<autogenerated>:1)	JCC	107
    1c     -1 00028 (<autogenerated>:1)	MOVQ	(AX), SI
    1f      0 00031 (<autogenerated>:1)	SHLQ	$4, BX
    23        00035 (<autogenerated>:1)	MOVQ	8(BX)(SI*1), R8
    28        00040 (<autogenerated>:1)	MOVQ	(BX)(SI*1), AX
    2c        00044 (<autogenerated>:1)	CMPQ	CX, DX
    2f        00047 (<autogenerated>:1)	JCC	102
    31        00049 (<autogenerated>:1)	SHLQ	$4, CX
    35        00053 (<autogenerated>:1)	MOVQ	8(SI)(CX*1), DI
    3a        00058 (<autogenerated>:1)	MOVQ	(SI)(CX*1), CX
    3e        00062 (<autogenerated>:1)	NOP
    40        00064 (<autogenerated>:1)	CMPQ	R8, DI
    43        00067 (<autogenerated>:1)	JGE	76
    45        00069 (<autogenerated>:1)	MOVL	$1, AX
    4a        00074 (<autogenerated>:1)	JMP	96
    4c        00076 (<autogenerated>:1)	JEQ	82
    4e        00078 (<autogenerated>:1)	XORL	AX, AX
    50        00080 (<autogenerated>:1)	JMP	96
    52        00082 (<autogenerated>:1)	MOVQ	R8, BX
    55        00085 (<autogenerated>:1)	PCDATA	$1, $1
    55        00085 (<autogenerated>:1)	CALL	runtime.cmpstring(SB)
    5a        00090 (<autogenerated>:1)	TESTQ	AX, AX
    5d        00093 (<autogenerated>:1)	SETLT	AL
    60     -1 00096 (<autogenerated>:1)	ADDQ	$32, SP
    64        00100 (<autogenerated>:1)	POPQ	BP
    65        00101 (<autogenerated>:1)	RET
    66        00102 (<autogenerated>:1)	PCDATA	$4, $2439
    66      0 00102 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    6b        00107 (<autogenerated>:1)	PCDATA	$4, $2583
    6b        00107 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    70     -1 00112 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    75        00117 (<autogenerated>:1)	XCHGL	AX, AX
    76        00118 (<autogenerated>:1)	NOP
    76        00118 (<autogenerated>:1)	PCDATA	$1, $-1
    76        00118 (<autogenerated>:1)	PCDATA	$0, $-2
    76        00118 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    7b        00123 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    80        00128 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    85        00133 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    8a        00138 (<autogenerated>:1)	PCDATA	$0, $-1
    8a        00138 (<autogenerated>:1)	MOVQ	8(SP), AX
    8f        00143 (<autogenerated>:1)	MOVQ	16(SP), BX
    94        00148 (<autogenerated>:1)	MOVQ	24(SP), CX
    99        00153 (<autogenerated>:1)	JMP	0
    9e done
wrote 15 bytes to 0x0
 00 17 02 05 01 03 02 41 01 06 02 0a 01 2e 00
-- inlining tree for main.(*Strs).Less:
0 | -1 | main.Strs.Less (<autogenerated>:1) pc=14
--
funcpctab main.(*Strs).Len [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Strs).Len(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Strs).Len(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Strs).Len.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Strs).Len.argliveinfo(SB)
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
funcpctab main.(*Strs).Swap [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Strs).Swap(SB), DUPOK|WRAPPER|ABIInternal, $8-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Strs).Swap(SB), DUPOK|WRAPPER|ABIInternal, $8-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	139
     a        00010 (<autogenerated>:1)	PCDATA	$0, $-1
     a        00010 (<autogenerated>:1)	PUSHQ	BP
     b        00011 (<autogenerated>:1)	MOVQ	SP, BP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Strs).Swap.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Strs).Swap.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	133
    13        00019 (<autogenerated>:1)	MOVQ	8(AX), DX
    17        00023 (<unknown line number>)	NOP
    17      0 00023 (<autogenerated>:1)	CMPQ	BX, DX
    1a        00026 (<autogenerated>:1)	JCC	124
    1c     -1 00028 (<autogenerated>:1)	MOVQ	(AX), AX
    1f      0 00031 (<autogenerated>:1)	SHLQ	$4, BX
    23        00035 (<autogenerated>:1)	MOVQ	(BX)(AX*1), SI
    27        00039 (<autogenerated>:1)	MOVQ	8(BX)(AX*1), DI
    2c        00044 (<autogenerated>:1)	CMPQ	CX, DX
    2f        00047 (<autogenerated>:1)	JCC	119
    31        00049 (<autogenerated>:1)	SHLQ	$4, CX
    35        00053 (<autogenerated>:1)	MOVQ	8(AX)(CX*1), DX
    3a        00058 (<autogenerated>:1)	MOVQ	(AX)(CX*1), R8
    3e        00062 (<autogenerated>:1)	MOVQ	DX, 8(AX)(BX*1)
    43        00067 (<autogenerated>:1)	CMPL	runtime.writeBarrier(SB), $0
    4a        00074 (<autogenerated>:1)	PCDATA	$0, $-2
    4a        00074 (<autogenerated>:1)	JEQ	104
    4c        00076 (<autogenerated>:1)	MOVQ	(BX)(AX*1), DX
    50        00080 (<autogenerated>:1)	MOVQ	(AX)(CX*1), R9
    54        00084 (<autogenerated>:1)	CALL	runtime.gcWriteBarrier4(SB)
    59        00089 (<autogenerated>:1)	MOVQ	R8, (R11)
    5c        00092 (<autogenerated>:1)	MOVQ	DX, 8(R11)
    60        00096 (<autogenerated>:1)	MOVQ	SI, 16(R11)
    64        00100 (<autogenerated>:1)	MOVQ	R9, 24(R11)
    68        00104 (<autogenerated>:1)	MOVQ	R8, (AX)(BX*1)
    6c        00108 (<autogenerated>:1)	MOVQ	DI, 8(AX)(CX*1)
    71        00113 (<autogenerated>:1)	MOVQ	SI, (AX)(CX*1)
    75        00117 (<autogenerated>:1)	PCDATA	$0, $-1
    75     -1 00117 (<autogenerated>:1)	POPQ	BP
    76        00118 (<autogenerated>:1)	RET
    77        00119 (<autogenerated>:1)	PCDATA	$1, $1
    77        00119 (<autogenerated>:1)	PCDATA	$4, $2439
    77      0 00119 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    7c        00124 (<autogenerated>:1)	PCDATA	$4, $2583
    7c        00124 (<autogenerated>:1)	NOP
    80        00128 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    85     -1 00133 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    8a        00138 (<autogenerated>:1)	XCHGL	AX, AX
    8b        00139 (<autogenerated>:1)	NOP
    8b        00139 (<autogenerated>:1)	PCDATA	$1, $-1
    8b        00139 (<autogenerated>:1)	PCDATA	$0, $-2
    8b        00139 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    90        00144 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    95        00149 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    9a        00154 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    9f        00159 (<autogenerated>:1)	PCDATA	$0, $-1
    9f        00159 (<autogenerated>:1)	MOVQ	8(SP), AX
    a4        00164 (<autogenerated>:1)	MOVQ	16(SP), BX
    a9        00169 (<autogenerated>:1)	MOVQ	24(SP), CX
    ae        00174 (<autogenerated>:1)	JMP	0
    b3 done
wrote 15 bytes to 0x0
 00 17 02 05 01 03 02 56 01 02 02 0e 01 2e 00
-- inlining tree for main.(*Strs).Swap:
0 | -1 | main.Strs.Swap (<autogenerated>:1) pc=14
--
funcpctab main.heapSort [valfunc=pctoinline]
     0     -1 00000 (iface_heap_sort.go:28)	TEXT	main.heapSort(SB), ABIInternal, $64-16
     0        00000 (iface_heap_sort.go:28)	TEXT	main.heapSort(SB), ABIInternal, $64-16
     0     -1 00000 (iface_heap_sort.go:28)	CMPQ	SP, 16(R14)
     4        00004 (iface_heap_sort.go:28)	PCDATA	$0, $-2
     4        00004 (iface_heap_sort.go:28)	JLS	174
     a        00010 (iface_heap_sort.go:28)	PCDATA	$0, $-1
     a        00010 (iface_heap_sort.go:28)	PUSHQ	BP
     b        00011 (iface_heap_sort.go:28)	MOVQ	SP, BP
     e        00014 (iface_heap_sort.go:28)	SUBQ	$56, SP
    12        00018 (iface_heap_sort.go:28)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    12        00018 (iface_heap_sort.go:28)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (iface_heap_sort.go:28)	FUNCDATA	$5, main.heapSort.arginfo1(SB)
    12        00018 (iface_heap_sort.go:28)	FUNCDATA	$6, main.heapSort.argliveinfo(SB)
    12        00018 (iface_heap_sort.go:28)	PCDATA	$3, $1
    12        00018 (iface_heap_sort.go:30)	MOVQ	AX, main.x+72(SP)
    17        00023 (iface_heap_sort.go:30)	MOVQ	BX, main.x+80(SP)
    1c        00028 (iface_heap_sort.go:30)	PCDATA	$3, $-1
    1c        00028 (iface_heap_sort.go:29)	MOVQ	24(AX), CX
    20        00032 (iface_heap_sort.go:29)	MOVQ	BX, AX
    23        00035 (iface_heap_sort.go:29)	PCDATA	$1, $0
    23        00035 (iface_heap_sort.go:29)	CALL	CX
    25        00037 (iface_heap_sort.go:29)	MOVQ	AX, main.n+32(SP)
    2a        00042 (iface_heap_sort.go:30)	MOVQ	AX, CX
    2d        00045 (iface_heap_sort.go:30)	SHRQ	$63, AX
    31        00049 (iface_heap_sort.go:30)	LEAQ	(CX)(AX*1), DX
    35        00053 (iface_heap_sort.go:30)	SARQ	$1, DX
    38        00056 (iface_heap_sort.go:30)	DECQ	DX
    3b        00059 (iface_heap_sort.go:30)	JMP	100
    3d        00061 (iface_heap_sort.go:30)	MOVQ	DX, main.i+48(SP)
    42        00066 (iface_heap_sort.go:31)	MOVQ	main.x+72(SP), AX
    47        00071 (iface_heap_sort.go:31)	MOVQ	main.x+80(SP), BX
    4c        00076 (iface_heap_sort.go:31)	MOVQ	CX, DI
    4f        00079 (iface_heap_sort.go:31)	MOVQ	DX, CX
    52        00082 (iface_heap_sort.go:31)	CALL	main.siftDown(SB)
    57        00087 (iface_heap_sort.go:30)	MOVQ	main.i+48(SP), DX
    5c        00092 (iface_heap_sort.go:30)	DECQ	DX
    5f        00095 (iface_heap_sort.go:31)	MOVQ	main.n+32(SP), CX
    64        00100 (iface_heap_sort.go:30)	TESTQ	DX, DX
    67        00103 (iface_heap_sort.go:30)	JGE	61
    69        00105 (iface_heap_sort.go:33)	DECQ	CX
    6c        00108 (iface_heap_sort.go:33)	JMP	163
    6e        00110 (iface_heap_sort.go:33)	MOVQ	CX, main.i+40(SP)
    73        00115 (iface_heap_sort.go:34)	MOVQ	main.x+72(SP), DX
    78        00120 (iface_heap_sort.go:34)	MOVQ	40(DX), DX
    7c        00124 (iface_heap_sort.go:34)	MOVQ	main.x+80(SP), AX
    81        00129 (iface_heap_sort.go:34)	XORL	BX, BX
    83        00131 (iface_heap_sort.go:34)	CALL	DX
    85        00133 (iface_heap_sort.go:35)	MOVQ	main.x+72(SP), AX
    8a        00138 (iface_heap_sort.go:35)	MOVQ	main.x+80(SP), BX
    8f        00143 (iface_heap_sort.go:35)	XORL	CX, CX
    91        00145 (iface_heap_sort.go:35)	MOVQ	main.i+40(SP), DI
    96        00150 (iface_heap_sort.go:35)	CALL	main.siftDown(SB)
    9b        00155 (iface_heap_sort.go:33)	MOVQ	main.i+40(SP), CX
    a0        00160 (iface_heap_sort.go:33)	DECQ	CX
    a3        00163 (iface_heap_sort.go:33)	TESTQ	CX, CX
    a6        00166 (iface_heap_sort.go:33)	JGT	110
    a8        00168 (iface_heap_sort.go:37)	ADDQ	$56, SP
    ac        00172 (iface_heap_sort.go:37)	POPQ	BP
    ad        00173 (iface_heap_sort.go:37)	RET
    ae        00174 (iface_heap_sort.go:37)	NOP
    ae        00174 (iface_heap_sort.go:28)	PCDATA	$1, $-1
    ae        00174 (iface_heap_sort.go:28)	PCDATA	$0, $-2
    ae        00174 (iface_heap_sort.go:28)	MOVQ	AX, 8(SP)
    b3        00179 (iface_heap_sort.go:28)	MOVQ	BX, 16(SP)
    b8        00184 (iface_heap_sort.go:28)	CALL	runtime.morestack_noctxt(SB)
    bd        00189 (iface_heap_sort.go:28)	PCDATA	$0, $-1
    bd        00189 (iface_heap_sort.go:28)	MOVQ	8(SP), AX
    c2        00194 (iface_heap_sort.go:28)	MOVQ	16(SP), BX
    c7        00199 (iface_heap_sort.go:28)	JMP	0
    cc done
wrote 4 bytes to 0x0
 00 cc 01 00
funcpctab main.Strs.Less [valfunc=pctoinline]
     0     -1 00000 (iface_heap_sort.go:42)	TEXT	main.Strs.Less(SB), ABIInternal, $40-40
     0        00000 (iface_heap_sort.go:42)	TEXT	main.Strs.Less(SB), ABIInternal, $40-40
     0     -1 00000 (iface_heap_sort.go:42)	CMPQ	SP, 16(R14)
     4        00004 (iface_heap_sort.go:42)	PCDATA	$0, $-2
     4        00004 (iface_heap_sort.go:42)	JLS	108
     6        00006 (iface_heap_sort.go:42)	PCDATA	$0, $-1
     6        00006 (iface_heap_sort.go:42)	PUSHQ	BP
     7        00007 (iface_heap_sort.go:42)	MOVQ	SP, BP
     a        00010 (iface_heap_sort.go:42)	SUBQ	$32, SP
     e        00014 (iface_heap_sort.go:42)	MOVQ	AX, main.s+48(FP)
    13        00019 (iface_heap_sort.go:42)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    13        00019 (iface_heap_sort.go:42)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    13        00019 (iface_heap_sort.go:42)	FUNCDATA	$5, main.Strs.Less.arginfo1(SB)
    13        00019 (iface_heap_sort.go:42)	FUNCDATA	$6, main.Strs.Less.argliveinfo(SB)
    13        00019 (iface_heap_sort.go:42)	PCDATA	$3, $1
    13        00019 (iface_heap_sort.go:43)	CMPQ	BX, DI
    16        00022 (iface_heap_sort.go:43)	JLS	102
    18        00024 (iface_heap_sort.go:43)	SHLQ	$4, DI
    1c        00028 (iface_heap_sort.go:43)	MOVQ	8(DI)(AX*1), DX
    21        00033 (iface_heap_sort.go:43)	MOVQ	(DI)(AX*1), R8
    25        00037 (iface_heap_sort.go:43)	CMPQ	BX, SI
    28        00040 (iface_heap_sort.go:43)	JLS	97
    2a        00042 (iface_heap_sort.go:43)	SHLQ	$4, SI
    2e        00046 (iface_heap_sort.go:43)	MOVQ	8(SI)(AX*1), DI
    33        00051 (iface_heap_sort.go:43)	MOVQ	(SI)(AX*1), CX
    37        00055 (iface_heap_sort.go:43)	CMPQ	DI, DX
    3a        00058 (iface_heap_sort.go:43)	JLE	67
    3c        00060 (iface_heap_sort.go:43)	MOVL	$1, AX
    41        00065 (iface_heap_sort.go:43)	JMP	90
    43        00067 (iface_heap_sort.go:43)	JEQ	73
    45        00069 (iface_heap_sort.go:43)	XORL	AX, AX
    47        00071 (iface_heap_sort.go:43)	JMP	90
    49        00073 (iface_heap_sort.go:43)	MOVQ	R8, AX
    4c        00076 (iface_heap_sort.go:43)	MOVQ	DX, BX
    4f        00079 (iface_heap_sort.go:43)	PCDATA	$1, $1
    4f        00079 (iface_heap_sort.go:43)	CALL	runtime.cmpstring(SB)
    54        00084 (iface_heap_sort.go:43)	TESTQ	AX, AX
    57        00087 (iface_heap_sort.go:43)	SETLT	AL
    5a        00090 (iface_heap_sort.go:43)	ADDQ	$32, SP
    5e        00094 (iface_heap_sort.go:43)	POPQ	BP
    5f        00095 (iface_heap_sort.go:43)	NOP
    60        00096 (iface_heap_sort.go:43)	RET
    61        00097 (iface_heap_sort.go:43)	PCDATA	$4, $3951
    61        00097 (iface_heap_sort.go:43)	CALL	runtime.panicBounds(SB)
    66        00102 (iface_heap_sort.go:43)	PCDATA	$4, $4023
    66        00102 (iface_heap_sort.go:43)	CALL	runtime.panicBounds(SB)
    6b        00107 (iface_heap_sort.go:43)	XCHGL	AX, AX
    6c        00108 (iface_heap_sort.go:43)	NOP
    6c        00108 (iface_heap_sort.go:42)	PCDATA	$1, $-1
    6c        00108 (iface_heap_sort.go:42)	PCDATA	$0, $-2
    6c        00108 (iface_heap_sort.go:42)	MOVQ	AX, 8(SP)
    71        00113 (iface_heap_sort.go:42)	MOVQ	BX, 16(SP)
    76        00118 (iface_heap_sort.go:42)	MOVQ	CX, 24(SP)
    7b        00123 (iface_heap_sort.go:42)	MOVQ	DI, 32(SP)
    80        00128 (iface_heap_sort.go:42)	MOVQ	SI, 40(SP)
    85        00133 (iface_heap_sort.go:42)	CALL	runtime.morestack_noctxt(SB)
    8a        00138 (iface_heap_sort.go:42)	PCDATA	$0, $-1
    8a        00138 (iface_heap_sort.go:42)	MOVQ	8(SP), AX
    8f        00143 (iface_heap_sort.go:42)	MOVQ	16(SP), BX
    94        00148 (iface_heap_sort.go:42)	MOVQ	24(SP), CX
    99        00153 (iface_heap_sort.go:42)	MOVQ	32(SP), DI
    9e        00158 (iface_heap_sort.go:42)	MOVQ	40(SP), SI
    a3        00163 (iface_heap_sort.go:42)	JMP	0
    a8 done
wrote 4 bytes to 0x0
 00 a8 01 00
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
funcpctab main.Strs.Len [valfunc=pctoinline]
     0     -1 00000 (iface_heap_sort.go:41)	TEXT	main.Strs.Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (iface_heap_sort.go:41)	TEXT	main.Strs.Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (iface_heap_sort.go:41)	MOVQ	AX, main.s+8(FP)
     5        00005 (iface_heap_sort.go:41)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (iface_heap_sort.go:41)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (iface_heap_sort.go:41)	FUNCDATA	$5, main.Strs.Len.arginfo1(SB)
     5        00005 (iface_heap_sort.go:41)	FUNCDATA	$6, main.Strs.Len.argliveinfo(SB)
     5        00005 (iface_heap_sort.go:41)	PCDATA	$3, $1
     5        00005 (iface_heap_sort.go:41)	MOVQ	BX, AX
     8        00008 (iface_heap_sort.go:41)	RET
     9 done
wrote 3 bytes to 0x0
 00 09 00
funcpctab main.(*Floats).Swap [valfunc=pctoinline]
     0     -1 00000 (iface_heap_sort.go:54)	TEXT	main.(*Floats).Swap(SB), NOSPLIT|ABIInternal, $8-24
     0        00000 (iface_heap_sort.go:54)	TEXT	main.(*Floats).Swap(SB), NOSPLIT|ABIInternal, $8-24
     0     -1 00000 (iface_heap_sort.go:54)	PUSHQ	BP
     1        00001 (iface_heap_sort.go:54)	MOVQ	SP, BP
     4        00004 (iface_heap_sort.go:54)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (iface_heap_sort.go:54)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (iface_heap_sort.go:54)	FUNCDATA	$5, main.(*Floats).Swap.arginfo1(SB)
     4        00004 (iface_heap_sort.go:54)	FUNCDATA	$6, main.(*Floats).Swap.argliveinfo(SB)
     4        00004 (iface_heap_sort.go:54)	PCDATA	$3, $1
     4        00004 (iface_heap_sort.go:54)	MOVQ	8(AX), DX
     8        00008 (iface_heap_sort.go:54)	CMPQ	BX, DX
     b        00011 (iface_heap_sort.go:54)	JCC	52
     d        00013 (iface_heap_sort.go:54)	MOVQ	(AX), SI
    10        00016 (iface_heap_sort.go:54)	MOVSD	(SI)(BX*8), X0
    15        00021 (iface_heap_sort.go:54)	CMPQ	CX, DX
    18        00024 (iface_heap_sort.go:54)	JCC	47
    1a        00026 (iface_heap_sort.go:54)	MOVSD	(SI)(CX*8), X1
    1f        00031 (iface_heap_sort.go:54)	MOVSD	X1, (SI)(BX*8)
    24        00036 (iface_heap_sort.go:54)	MOVSD	X0, (SI)(CX*8)
    29        00041 (iface_heap_sort.go:54)	INCQ	24(AX)
    2d        00045 (iface_heap_sort.go:54)	POPQ	BP
    2e        00046 (iface_heap_sort.go:54)	RET
    2f        00047 (iface_heap_sort.go:54)	PCDATA	$1, $1
    2f        00047 (iface_heap_sort.go:54)	PCDATA	$4, $2439
    2f        00047 (iface_heap_sort.go:54)	CALL	runtime.panicBounds(SB)
    34        00052 (iface_heap_sort.go:54)	PCDATA	$4, $2583
    34        00052 (iface_heap_sort.go:54)	CALL	runtime.panicBounds(SB)
    39        00057 (iface_heap_sort.go:54)	XCHGL	AX, AX
    3a done
wrote 3 bytes to 0x0
 00 3a 00
funcpctab main.(*Floats).Len [valfunc=pctoinline]
     0     -1 00000 (iface_heap_sort.go:52)	TEXT	main.(*Floats).Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_heap_sort.go:52)	TEXT	main.(*Floats).Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_heap_sort.go:52)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (iface_heap_sort.go:52)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (iface_heap_sort.go:52)	FUNCDATA	$5, main.(*Floats).Len.arginfo1(SB)
     0        00000 (iface_heap_sort.go:52)	FUNCDATA	$6, main.(*Floats).Len.argliveinfo(SB)
     0        00000 (iface_heap_sort.go:52)	PCDATA	$3, $1
     0     -1 00000 (iface_heap_sort.go:52)	MOVQ	8(AX), AX
     4        00004 (iface_heap_sort.go:52)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
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
funcpctab main.(*Floats).Less [valfunc=pctoinline]
     0     -1 00000 (iface_heap_sort.go:53)	TEXT	main.(*Floats).Less(SB), NOSPLIT|ABIInternal, $8-24
     0        00000 (iface_heap_sort.go:53)	TEXT	main.(*Floats).Less(SB), NOSPLIT|ABIInternal, $8-24
     0     -1 00000 (iface_heap_sort.go:53)	PUSHQ	BP
     1        00001 (iface_heap_sort.go:53)	MOVQ	SP, BP
     4        00004 (iface_heap_sort.go:53)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (iface_heap_sort.go:53)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (iface_heap_sort.go:53)	FUNCDATA	$5, main.(*Floats).Less.arginfo1(SB)
     4        00004 (iface_heap_sort.go:53)	FUNCDATA	$6, main.(*Floats).Less.argliveinfo(SB)
     4        00004 (iface_heap_sort.go:53)	PCDATA	$3, $1
     4        00004 (iface_heap_sort.go:53)	MOVQ	8(AX), DX
     8        00008 (iface_heap_sort.go:53)	CMPQ	BX, DX
     b        00011 (iface_heap_sort.go:53)	JCC	45
     d        00013 (iface_heap_sort.go:53)	MOVQ	(AX), SI
    10        00016 (iface_heap_sort.go:53)	MOVSD	(SI)(BX*8), X0
    15        00021 (iface_heap_sort.go:53)	CMPQ	CX, DX
    18        00024 (iface_heap_sort.go:53)	JCC	40
    1a        00026 (iface_heap_sort.go:53)	MOVSD	(SI)(CX*8), X1
    1f        00031 (iface_heap_sort.go:53)	UCOMISD	X0, X1
    23        00035 (iface_heap_sort.go:53)	SETHI	AL
    26        00038 (iface_heap_sort.go:53)	POPQ	BP
    27        00039 (iface_heap_sort.go:53)	RET
    28        00040 (iface_heap_sort.go:53)	PCDATA	$1, $1
    28        00040 (iface_heap_sort.go:53)	PCDATA	$4, $2439
    28        00040 (iface_heap_sort.go:53)	CALL	runtime.panicBounds(SB)
    2d        00045 (iface_heap_sort.go:53)	PCDATA	$4, $2583
    2d        00045 (iface_heap_sort.go:53)	CALL	runtime.panicBounds(SB)
    32        00050 (iface_heap_sort.go:53)	XCHGL	AX, AX
    33 done
wrote 3 bytes to 0x0
 00 33 00
funcpctab main.siftDown [valfunc=pctoinline]
     0     -1 00000 (iface_heap_sort.go:10)	TEXT	main.siftDown(SB), ABIInternal, $56-32
     0        00000 (iface_heap_sort.go:10)	TEXT	main.siftDown(SB), ABIInternal, $56-32
     0     -1 00000 (iface_heap_sort.go:10)	CMPQ	SP, 16(R14)
     4        00004 (iface_heap_sort.go:10)	PCDATA	$0, $-2
     4        00004 (iface_heap_sort.go:10)	JLS	223
     a        00010 (iface_heap_sort.go:10)	PCDATA	$0, $-1
     a        00010 (iface_heap_sort.go:10)	PUSHQ	BP
     b        00011 (iface_heap_sort.go:10)	MOVQ	SP, BP
     e        00014 (iface_heap_sort.go:10)	SUBQ	$48, SP
    12        00018 (iface_heap_sort.go:10)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    12        00018 (iface_heap_sort.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (iface_heap_sort.go:10)	FUNCDATA	$5, main.siftDown.arginfo1(SB)
    12        00018 (iface_heap_sort.go:10)	FUNCDATA	$6, main.siftDown.argliveinfo(SB)
    12        00018 (iface_heap_sort.go:10)	PCDATA	$3, $1
    12        00018 (iface_heap_sort.go:11)	MOVQ	DI, main.n+88(SP)
    17        00023 (iface_heap_sort.go:11)	MOVQ	AX, main.x+64(SP)
    1c        00028 (iface_heap_sort.go:11)	MOVQ	BX, main.x+72(SP)
    21        00033 (iface_heap_sort.go:11)	PCDATA	$3, $2
    21        00033 (iface_heap_sort.go:11)	JMP	81
    23        00035 (iface_heap_sort.go:22)	MOVQ	main.x+64(SP), DX
    28        00040 (iface_heap_sort.go:22)	MOVQ	40(DX), DX
    2c        00044 (iface_heap_sort.go:22)	MOVQ	main.x+72(SP), AX
    31        00049 (iface_heap_sort.go:22)	MOVQ	main..autotmp_6+40(SP), BX
    36        00054 (iface_heap_sort.go:22)	MOVQ	main..autotmp_7+32(SP), CX
    3b        00059 (iface_heap_sort.go:22)	PCDATA	$1, $0
    3b        00059 (iface_heap_sort.go:22)	CALL	DX
    3d        00061 (iface_heap_sort.go:19)	MOVQ	main.x+64(SP), AX
    42        00066 (iface_heap_sort.go:19)	MOVQ	main.x+72(SP), BX
    47        00071 (iface_heap_sort.go:13)	MOVQ	main.n+88(SP), DI
    4c        00076 (<unknown line number>)	MOVQ	main..autotmp_7+32(SP), CX
    51        00081 (iface_heap_sort.go:12)	LEAQ	(CX)(CX*1), DX
    55        00085 (iface_heap_sort.go:12)	LEAQ	1(DX), DX
    59        00089 (iface_heap_sort.go:13)	CMPQ	DI, DX
    5c        00092 (iface_heap_sort.go:13)	JLE	217
    5e        00094 (<unknown line number>)	MOVQ	CX, main..autotmp_6+40(SP)
    63        00099 (iface_heap_sort.go:16)	LEAQ	(CX)(CX*1), SI
    67        00103 (iface_heap_sort.go:16)	LEAQ	2(SI), SI
    6b        00107 (iface_heap_sort.go:16)	CMPQ	DI, SI
    6e        00110 (iface_heap_sort.go:16)	JLE	183
    70        00112 (iface_heap_sort.go:12)	MOVQ	DX, main.child+24(SP)
    75        00117 (iface_heap_sort.go:16)	MOVQ	SI, main..autotmp_7+32(SP)
    7a        00122 (iface_heap_sort.go:16)	MOVQ	32(AX), DI
    7e        00126 (iface_heap_sort.go:16)	MOVQ	BX, AX
    81        00129 (iface_heap_sort.go:16)	MOVQ	DX, BX
    84        00132 (iface_heap_sort.go:16)	MOVQ	SI, CX
    87        00135 (iface_heap_sort.go:16)	CALL	DI
    89        00137 (iface_heap_sort.go:16)	TESTB	AL, AL
    8b        00139 (iface_heap_sort.go:16)	JEQ	163
    8d        00141 (iface_heap_sort.go:19)	MOVQ	main.x+64(SP), AX
    92        00146 (iface_heap_sort.go:19)	MOVQ	main..autotmp_6+40(SP), CX
    97        00151 (iface_heap_sort.go:19)	MOVQ	main.x+72(SP), BX
    9c        00156 (iface_heap_sort.go:19)	MOVQ	main..autotmp_7+32(SP), DX
    a1        00161 (iface_heap_sort.go:17)	JMP	183
    a3        00163 (iface_heap_sort.go:19)	MOVQ	main.x+64(SP), AX
    a8        00168 (iface_heap_sort.go:19)	MOVQ	main..autotmp_6+40(SP), CX
    ad        00173 (iface_heap_sort.go:19)	MOVQ	main.x+72(SP), BX
    b2        00178 (iface_heap_sort.go:19)	MOVQ	main.child+24(SP), DX
    b7        00183 (iface_heap_sort.go:19)	MOVQ	DX, main..autotmp_7+32(SP)
    bc        00188 (iface_heap_sort.go:19)	MOVQ	32(AX), SI
    c0        00192 (iface_heap_sort.go:19)	MOVQ	BX, AX
    c3        00195 (iface_heap_sort.go:19)	MOVQ	CX, BX
    c6        00198 (iface_heap_sort.go:19)	MOVQ	DX, CX
    c9        00201 (iface_heap_sort.go:19)	CALL	SI
    cb        00203 (iface_heap_sort.go:19)	TESTB	AL, AL
    cd        00205 (iface_heap_sort.go:19)	JNE	35
    d3        00211 (iface_heap_sort.go:20)	ADDQ	$48, SP
    d7        00215 (iface_heap_sort.go:20)	POPQ	BP
    d8        00216 (iface_heap_sort.go:20)	RET
    d9        00217 (iface_heap_sort.go:14)	ADDQ	$48, SP
    dd        00221 (iface_heap_sort.go:14)	POPQ	BP
    de        00222 (iface_heap_sort.go:14)	RET
    df        00223 (iface_heap_sort.go:14)	NOP
    df        00223 (iface_heap_sort.go:10)	PCDATA	$1, $-1
    df        00223 (iface_heap_sort.go:10)	PCDATA	$0, $-2
    df        00223 (iface_heap_sort.go:10)	MOVQ	AX, 8(SP)
    e4        00228 (iface_heap_sort.go:10)	MOVQ	BX, 16(SP)
    e9        00233 (iface_heap_sort.go:10)	MOVQ	CX, 24(SP)
    ee        00238 (iface_heap_sort.go:10)	MOVQ	DI, 32(SP)
    f3        00243 (iface_heap_sort.go:10)	CALL	runtime.morestack_noctxt(SB)
    f8        00248 (iface_heap_sort.go:10)	PCDATA	$0, $-1
    f8        00248 (iface_heap_sort.go:10)	MOVQ	8(SP), AX
    fd        00253 (iface_heap_sort.go:10)	MOVQ	16(SP), BX
   102        00258 (iface_heap_sort.go:10)	MOVQ	24(SP), CX
   107        00263 (iface_heap_sort.go:10)	MOVQ	32(SP), DI
   10c        00268 (iface_heap_sort.go:10)	JMP	0
   111 done
wrote 4 bytes to 0x0
 00 91 02 00
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
funcpctab main.Strs.Swap [valfunc=pctoinline]
     0     -1 00000 (iface_heap_sort.go:45)	TEXT	main.Strs.Swap(SB), ABIInternal, $8-40
     0        00000 (iface_heap_sort.go:45)	TEXT	main.Strs.Swap(SB), ABIInternal, $8-40
     0     -1 00000 (iface_heap_sort.go:45)	CMPQ	SP, 16(R14)
     4        00004 (iface_heap_sort.go:45)	PCDATA	$0, $-2
     4        00004 (iface_heap_sort.go:45)	JLS	120
     6        00006 (iface_heap_sort.go:45)	PCDATA	$0, $-1
     6        00006 (iface_heap_sort.go:45)	PUSHQ	BP
     7        00007 (iface_heap_sort.go:45)	MOVQ	SP, BP
     a        00010 (iface_heap_sort.go:45)	MOVQ	AX, main.s+16(FP)
     f        00015 (iface_heap_sort.go:45)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     f        00015 (iface_heap_sort.go:45)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     f        00015 (iface_heap_sort.go:45)	FUNCDATA	$5, main.Strs.Swap.arginfo1(SB)
     f        00015 (iface_heap_sort.go:45)	FUNCDATA	$6, main.Strs.Swap.argliveinfo(SB)
     f        00015 (iface_heap_sort.go:45)	PCDATA	$3, $1
     f        00015 (iface_heap_sort.go:45)	CMPQ	BX, DI
    12        00018 (iface_heap_sort.go:45)	JLS	114
    14        00020 (iface_heap_sort.go:45)	SHLQ	$4, DI
    18        00024 (iface_heap_sort.go:45)	MOVQ	(DI)(AX*1), CX
    1c        00028 (iface_heap_sort.go:45)	MOVQ	8(DI)(AX*1), DX
    21        00033 (iface_heap_sort.go:45)	CMPQ	BX, SI
    24        00036 (iface_heap_sort.go:45)	JLS	109
    26        00038 (iface_heap_sort.go:45)	SHLQ	$4, SI
    2a        00042 (iface_heap_sort.go:45)	MOVQ	8(AX)(SI*1), BX
    2f        00047 (iface_heap_sort.go:45)	MOVQ	(AX)(SI*1), R8
    33        00051 (iface_heap_sort.go:45)	MOVQ	BX, 8(AX)(DI*1)
    38        00056 (iface_heap_sort.go:45)	CMPL	runtime.writeBarrier(SB), $0
    3f        00063 (iface_heap_sort.go:45)	PCDATA	$0, $-2
    3f        00063 (iface_heap_sort.go:45)	NOP
    40        00064 (iface_heap_sort.go:45)	JEQ	94
    42        00066 (iface_heap_sort.go:45)	MOVQ	(DI)(AX*1), BX
    46        00070 (iface_heap_sort.go:45)	MOVQ	(AX)(SI*1), R9
    4a        00074 (iface_heap_sort.go:45)	CALL	runtime.gcWriteBarrier4(SB)
    4f        00079 (iface_heap_sort.go:45)	MOVQ	R8, (R11)
    52        00082 (iface_heap_sort.go:45)	MOVQ	BX, 8(R11)
    56        00086 (iface_heap_sort.go:45)	MOVQ	CX, 16(R11)
    5a        00090 (iface_heap_sort.go:45)	MOVQ	R9, 24(R11)
    5e        00094 (iface_heap_sort.go:45)	MOVQ	R8, (AX)(DI*1)
    62        00098 (iface_heap_sort.go:45)	MOVQ	DX, 8(AX)(SI*1)
    67        00103 (iface_heap_sort.go:45)	MOVQ	CX, (AX)(SI*1)
    6b        00107 (iface_heap_sort.go:45)	PCDATA	$0, $-1
    6b        00107 (iface_heap_sort.go:45)	POPQ	BP
    6c        00108 (iface_heap_sort.go:45)	RET
    6d        00109 (iface_heap_sort.go:45)	PCDATA	$1, $1
    6d        00109 (iface_heap_sort.go:45)	PCDATA	$4, $3951
    6d        00109 (iface_heap_sort.go:45)	CALL	runtime.panicBounds(SB)
    72        00114 (iface_heap_sort.go:45)	PCDATA	$4, $4023
    72        00114 (iface_heap_sort.go:45)	CALL	runtime.panicBounds(SB)
    77        00119 (iface_heap_sort.go:45)	XCHGL	AX, AX
    78        00120 (iface_heap_sort.go:45)	NOP
    78        00120 (iface_heap_sort.go:45)	PCDATA	$1, $-1
    78        00120 (iface_heap_sort.go:45)	PCDATA	$0, $-2
    78        00120 (iface_heap_sort.go:45)	MOVQ	AX, 8(SP)
    7d        00125 (iface_heap_sort.go:45)	MOVQ	BX, 16(SP)
    82        00130 (iface_heap_sort.go:45)	MOVQ	CX, 24(SP)
    87        00135 (iface_heap_sort.go:45)	MOVQ	DI, 32(SP)
    8c        00140 (iface_heap_sort.go:45)	MOVQ	SI, 40(SP)
    91        00145 (iface_heap_sort.go:45)	CALL	runtime.morestack_noctxt(SB)
    96        00150 (iface_heap_sort.go:45)	PCDATA	$0, $-1
    96        00150 (iface_heap_sort.go:45)	MOVQ	8(SP), AX
    9b        00155 (iface_heap_sort.go:45)	MOVQ	16(SP), BX
    a0        00160 (iface_heap_sort.go:45)	MOVQ	24(SP), CX
    a5        00165 (iface_heap_sort.go:45)	MOVQ	32(SP), DI
    aa        00170 (iface_heap_sort.go:45)	MOVQ	40(SP), SI
    af        00175 (iface_heap_sort.go:45)	JMP	0
    b4 done
wrote 4 bytes to 0x0
 00 b4 01 00
funcpctab type:.eq.SS [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.SS(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.SS(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	100
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SS.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SS.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	8(AX), CX
    12        00018 (<autogenerated>:1)	CMPQ	8(BX), CX
    16        00022 (<autogenerated>:1)	JNE	92
    18        00024 (<autogenerated>:1)	MOVQ	24(AX), DX
    1c        00028 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	24(BX), DX
    24        00036 (<autogenerated>:1)	JNE	92
    26        00038 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
    2b        00043 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
    30        00048 (<autogenerated>:1)	PCDATA	$3, $-1
    30        00048 (<autogenerated>:1)	MOVQ	(AX), AX
    33        00051 (<autogenerated>:1)	MOVQ	(BX), BX
    36        00054 (<autogenerated>:1)	PCDATA	$1, $0
    36        00054 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    3b        00059 (<autogenerated>:1)	TESTB	AL, AL
    3d        00061 (<autogenerated>:1)	JEQ	92
    3f        00063 (<autogenerated>:1)	MOVQ	main.p+40(SP), DX
    44        00068 (<autogenerated>:1)	MOVQ	16(DX), AX
    48        00072 (<autogenerated>:1)	MOVQ	main.q+48(SP), SI
    4d        00077 (<autogenerated>:1)	MOVQ	16(SI), BX
    51        00081 (<autogenerated>:1)	MOVQ	24(DX), CX
    55        00085 (<autogenerated>:1)	PCDATA	$1, $1
    55        00085 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    5a        00090 (<autogenerated>:1)	JMP	94
    5c        00092 (<autogenerated>:1)	PCDATA	$3, $1
    5c        00092 (<autogenerated>:1)	XORL	AX, AX
    5e        00094 (<autogenerated>:1)	ADDQ	$24, SP
    62        00098 (<autogenerated>:1)	POPQ	BP
    63        00099 (<autogenerated>:1)	RET
    64        00100 (<autogenerated>:1)	NOP
    64        00100 (<autogenerated>:1)	PCDATA	$1, $-1
    64        00100 (<autogenerated>:1)	PCDATA	$0, $-2
    64        00100 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    69        00105 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    6e        00110 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    73        00115 (<autogenerated>:1)	PCDATA	$0, $-1
    73        00115 (<autogenerated>:1)	MOVQ	8(SP), AX
    78        00120 (<autogenerated>:1)	MOVQ	16(SP), BX
    7d        00125 (<autogenerated>:1)	JMP	0
    7f done
wrote 3 bytes to 0x0
 00 7f 00
funcpctab type:.eq.GGGG [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.GGGG(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.GGGG(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.GGGG.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.GGGG.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVSD	(BX), X0
     4        00004 (<autogenerated>:1)	MOVSD	(AX), X1
     8        00008 (<autogenerated>:1)	UCOMISD	X1, X0
     c        00012 (<autogenerated>:1)	JNE	77
     e        00014 (<autogenerated>:1)	JPS	77
    10        00016 (<autogenerated>:1)	MOVSD	8(AX), X0
    15        00021 (<autogenerated>:1)	MOVSD	8(BX), X1
    1a        00026 (<autogenerated>:1)	UCOMISD	X0, X1
    1e        00030 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	JNE	77
    22        00034 (<autogenerated>:1)	JPS	77
    24        00036 (<autogenerated>:1)	MOVSD	16(AX), X0
    29        00041 (<autogenerated>:1)	MOVSD	16(BX), X1
    2e        00046 (<autogenerated>:1)	UCOMISD	X1, X0
    32        00050 (<autogenerated>:1)	JNE	77
    34        00052 (<autogenerated>:1)	JPS	77
    36        00054 (<autogenerated>:1)	MOVSD	24(AX), X0
    3b        00059 (<autogenerated>:1)	MOVSD	24(BX), X1
    40        00064 (<autogenerated>:1)	UCOMISD	X0, X1
    44        00068 (<autogenerated>:1)	SETEQ	AL
    47        00071 (<autogenerated>:1)	SETPC	CL
    4a        00074 (<autogenerated>:1)	ANDL	CX, AX
    4c        00076 (<autogenerated>:1)	RET
    4d        00077 (<autogenerated>:1)	XORL	AX, AX
    4f        00079 (<autogenerated>:1)	RET
    50 done
wrote 3 bytes to 0x0
 00 50 00
funcpctab type:.eq.[4SS] [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.[4SS](SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.[4SS](SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	95
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.[4SS].arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.[4SS].argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $-1
    18        00024 (<autogenerated>:1)	XORL	CX, CX
    1a        00026 (<autogenerated>:1)	JMP	47
    1c        00028 (<autogenerated>:1)	MOVQ	main..autotmp_7+16(SP), CX
    21        00033 (<autogenerated>:1)	ADDQ	$32, CX
    25        00037 (<autogenerated>:1)	MOVQ	main.p+40(SP), AX
    2a        00042 (<autogenerated>:1)	MOVQ	main.q+48(SP), BX
    2f        00047 (<autogenerated>:1)	CMPQ	CX, $128
    36        00054 (<autogenerated>:1)	JCC	84
    38        00056 (<autogenerated>:1)	MOVQ	CX, main..autotmp_7+16(SP)
    3d        00061 (<autogenerated>:1)	ADDQ	CX, AX
    40        00064 (<autogenerated>:1)	ADDQ	CX, BX
    43        00067 (<autogenerated>:1)	PCDATA	$1, $0
    43        00067 (<autogenerated>:1)	CALL	type:.eq.SS(SB)
    48        00072 (<autogenerated>:1)	TESTB	AL, AL
    4a        00074 (<autogenerated>:1)	JNE	28
    4c        00076 (<autogenerated>:1)	XORL	AX, AX
    4e        00078 (<autogenerated>:1)	ADDQ	$24, SP
    52        00082 (<autogenerated>:1)	POPQ	BP
    53        00083 (<autogenerated>:1)	RET
    54        00084 (<autogenerated>:1)	MOVL	$1, AX
    59        00089 (<autogenerated>:1)	ADDQ	$24, SP
    5d        00093 (<autogenerated>:1)	POPQ	BP
    5e        00094 (<autogenerated>:1)	RET
    5f        00095 (<autogenerated>:1)	NOP
    5f        00095 (<autogenerated>:1)	PCDATA	$1, $-1
    5f        00095 (<autogenerated>:1)	PCDATA	$0, $-2
    5f        00095 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    64        00100 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    69        00105 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    6e        00110 (<autogenerated>:1)	PCDATA	$0, $-1
    6e        00110 (<autogenerated>:1)	MOVQ	8(SP), AX
    73        00115 (<autogenerated>:1)	MOVQ	16(SP), BX
    78        00120 (<autogenerated>:1)	JMP	0
    7a done
wrote 3 bytes to 0x0
 00 7a 00
funcpctab type:.eq.[2GGGG] [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.[2GGGG](SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.[2GGGG](SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	92
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.[2GGGG].arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.[2GGGG].argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $-1
    18        00024 (<autogenerated>:1)	XORL	CX, CX
    1a        00026 (<autogenerated>:1)	JMP	47
    1c        00028 (<autogenerated>:1)	MOVQ	main..autotmp_7+16(SP), CX
    21        00033 (<autogenerated>:1)	ADDQ	$32, CX
    25        00037 (<autogenerated>:1)	MOVQ	main.p+40(SP), AX
    2a        00042 (<autogenerated>:1)	MOVQ	main.q+48(SP), BX
    2f        00047 (<autogenerated>:1)	CMPQ	CX, $64
    33        00051 (<autogenerated>:1)	JCC	81
    35        00053 (<autogenerated>:1)	MOVQ	CX, main..autotmp_7+16(SP)
    3a        00058 (<autogenerated>:1)	ADDQ	CX, AX
    3d        00061 (<autogenerated>:1)	ADDQ	CX, BX
    40        00064 (<autogenerated>:1)	PCDATA	$1, $0
    40        00064 (<autogenerated>:1)	CALL	type:.eq.GGGG(SB)
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
main.siftDown STEXT size=273 align=0x0 args=0x20 locals=0x38 funcid=0x0
	0x0000 00000 (iface_heap_sort.go:10)	TEXT	main.siftDown(SB), ABIInternal, $56-32
	0x0000 00000 (iface_heap_sort.go:10)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_heap_sort.go:10)	PCDATA	$0, $-2
	0x0004 00004 (iface_heap_sort.go:10)	JLS	223
	0x000a 00010 (iface_heap_sort.go:10)	PCDATA	$0, $-1
	0x000a 00010 (iface_heap_sort.go:10)	PUSHQ	BP
	0x000b 00011 (iface_heap_sort.go:10)	MOVQ	SP, BP
	0x000e 00014 (iface_heap_sort.go:10)	SUBQ	$48, SP
	0x0012 00018 (iface_heap_sort.go:10)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0012 00018 (iface_heap_sort.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (iface_heap_sort.go:10)	FUNCDATA	$5, main.siftDown.arginfo1(SB)
	0x0012 00018 (iface_heap_sort.go:10)	FUNCDATA	$6, main.siftDown.argliveinfo(SB)
	0x0012 00018 (iface_heap_sort.go:10)	PCDATA	$3, $1
	0x0012 00018 (iface_heap_sort.go:11)	MOVQ	DI, main.n+88(SP)
	0x0017 00023 (iface_heap_sort.go:11)	MOVQ	AX, main.x+64(SP)
	0x001c 00028 (iface_heap_sort.go:11)	MOVQ	BX, main.x+72(SP)
	0x0021 00033 (iface_heap_sort.go:11)	PCDATA	$3, $2
	0x0021 00033 (iface_heap_sort.go:11)	JMP	81
	0x0023 00035 (iface_heap_sort.go:22)	MOVQ	main.x+64(SP), DX
	0x0028 00040 (iface_heap_sort.go:22)	MOVQ	40(DX), DX
	0x002c 00044 (iface_heap_sort.go:22)	MOVQ	main.x+72(SP), AX
	0x0031 00049 (iface_heap_sort.go:22)	MOVQ	main..autotmp_6+40(SP), BX
	0x0036 00054 (iface_heap_sort.go:22)	MOVQ	main..autotmp_7+32(SP), CX
	0x003b 00059 (iface_heap_sort.go:22)	PCDATA	$1, $0
	0x003b 00059 (iface_heap_sort.go:22)	CALL	DX
	0x003d 00061 (iface_heap_sort.go:19)	MOVQ	main.x+64(SP), AX
	0x0042 00066 (iface_heap_sort.go:19)	MOVQ	main.x+72(SP), BX
	0x0047 00071 (iface_heap_sort.go:13)	MOVQ	main.n+88(SP), DI
	0x004c 00076 (<unknown line number>)	MOVQ	main..autotmp_7+32(SP), CX
	0x0051 00081 (iface_heap_sort.go:12)	LEAQ	(CX)(CX*1), DX
	0x0055 00085 (iface_heap_sort.go:12)	LEAQ	1(DX), DX
	0x0059 00089 (iface_heap_sort.go:13)	CMPQ	DI, DX
	0x005c 00092 (iface_heap_sort.go:13)	JLE	217
	0x005e 00094 (<unknown line number>)	MOVQ	CX, main..autotmp_6+40(SP)
	0x0063 00099 (iface_heap_sort.go:16)	LEAQ	(CX)(CX*1), SI
	0x0067 00103 (iface_heap_sort.go:16)	LEAQ	2(SI), SI
	0x006b 00107 (iface_heap_sort.go:16)	CMPQ	DI, SI
	0x006e 00110 (iface_heap_sort.go:16)	JLE	183
	0x0070 00112 (iface_heap_sort.go:12)	MOVQ	DX, main.child+24(SP)
	0x0075 00117 (iface_heap_sort.go:16)	MOVQ	SI, main..autotmp_7+32(SP)
	0x007a 00122 (iface_heap_sort.go:16)	MOVQ	32(AX), DI
	0x007e 00126 (iface_heap_sort.go:16)	MOVQ	BX, AX
	0x0081 00129 (iface_heap_sort.go:16)	MOVQ	DX, BX
	0x0084 00132 (iface_heap_sort.go:16)	MOVQ	SI, CX
	0x0087 00135 (iface_heap_sort.go:16)	CALL	DI
	0x0089 00137 (iface_heap_sort.go:16)	TESTB	AL, AL
	0x008b 00139 (iface_heap_sort.go:16)	JEQ	163
	0x008d 00141 (iface_heap_sort.go:19)	MOVQ	main.x+64(SP), AX
	0x0092 00146 (iface_heap_sort.go:19)	MOVQ	main..autotmp_6+40(SP), CX
	0x0097 00151 (iface_heap_sort.go:19)	MOVQ	main.x+72(SP), BX
	0x009c 00156 (iface_heap_sort.go:19)	MOVQ	main..autotmp_7+32(SP), DX
	0x00a1 00161 (iface_heap_sort.go:17)	JMP	183
	0x00a3 00163 (iface_heap_sort.go:19)	MOVQ	main.x+64(SP), AX
	0x00a8 00168 (iface_heap_sort.go:19)	MOVQ	main..autotmp_6+40(SP), CX
	0x00ad 00173 (iface_heap_sort.go:19)	MOVQ	main.x+72(SP), BX
	0x00b2 00178 (iface_heap_sort.go:19)	MOVQ	main.child+24(SP), DX
	0x00b7 00183 (iface_heap_sort.go:19)	MOVQ	DX, main..autotmp_7+32(SP)
	0x00bc 00188 (iface_heap_sort.go:19)	MOVQ	32(AX), SI
	0x00c0 00192 (iface_heap_sort.go:19)	MOVQ	BX, AX
	0x00c3 00195 (iface_heap_sort.go:19)	MOVQ	CX, BX
	0x00c6 00198 (iface_heap_sort.go:19)	MOVQ	DX, CX
	0x00c9 00201 (iface_heap_sort.go:19)	CALL	SI
	0x00cb 00203 (iface_heap_sort.go:19)	TESTB	AL, AL
	0x00cd 00205 (iface_heap_sort.go:19)	JNE	35
	0x00d3 00211 (iface_heap_sort.go:20)	ADDQ	$48, SP
	0x00d7 00215 (iface_heap_sort.go:20)	POPQ	BP
	0x00d8 00216 (iface_heap_sort.go:20)	RET
	0x00d9 00217 (iface_heap_sort.go:14)	ADDQ	$48, SP
	0x00dd 00221 (iface_heap_sort.go:14)	POPQ	BP
	0x00de 00222 (iface_heap_sort.go:14)	RET
	0x00df 00223 (iface_heap_sort.go:14)	NOP
	0x00df 00223 (iface_heap_sort.go:10)	PCDATA	$1, $-1
	0x00df 00223 (iface_heap_sort.go:10)	PCDATA	$0, $-2
	0x00df 00223 (iface_heap_sort.go:10)	MOVQ	AX, 8(SP)
	0x00e4 00228 (iface_heap_sort.go:10)	MOVQ	BX, 16(SP)
	0x00e9 00233 (iface_heap_sort.go:10)	MOVQ	CX, 24(SP)
	0x00ee 00238 (iface_heap_sort.go:10)	MOVQ	DI, 32(SP)
	0x00f3 00243 (iface_heap_sort.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x00f8 00248 (iface_heap_sort.go:10)	PCDATA	$0, $-1
	0x00f8 00248 (iface_heap_sort.go:10)	MOVQ	8(SP), AX
	0x00fd 00253 (iface_heap_sort.go:10)	MOVQ	16(SP), BX
	0x0102 00258 (iface_heap_sort.go:10)	MOVQ	24(SP), CX
	0x0107 00263 (iface_heap_sort.go:10)	MOVQ	32(SP), DI
	0x010c 00268 (iface_heap_sort.go:10)	JMP	0
	0x0000 49 3b 66 10 0f 86 d5 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 89 7c 24 58 48 89 44 24 40 48 89 5c 24  .0H.|$XH.D$@H.\$
	0x0020 48 eb 2e 48 8b 54 24 40 48 8b 52 28 48 8b 44 24  H..H.T$@H.R(H.D$
	0x0030 48 48 8b 5c 24 28 48 8b 4c 24 20 ff d2 48 8b 44  HH.\$(H.L$ ..H.D
	0x0040 24 40 48 8b 5c 24 48 48 8b 7c 24 58 48 8b 4c 24  $@H.\$HH.|$XH.L$
	0x0050 20 48 8d 14 09 48 8d 52 01 48 39 d7 7e 7b 48 89   H...H.R.H9.~{H.
	0x0060 4c 24 28 48 8d 34 09 48 8d 76 02 48 39 f7 7e 47  L$(H.4.H.v.H9.~G
	0x0070 48 89 54 24 18 48 89 74 24 20 48 8b 78 20 48 89  H.T$.H.t$ H.x H.
	0x0080 d8 48 89 d3 48 89 f1 ff d7 84 c0 74 16 48 8b 44  .H..H......t.H.D
	0x0090 24 40 48 8b 4c 24 28 48 8b 5c 24 48 48 8b 54 24  $@H.L$(H.\$HH.T$
	0x00a0 20 eb 14 48 8b 44 24 40 48 8b 4c 24 28 48 8b 5c   ..H.D$@H.L$(H.\
	0x00b0 24 48 48 8b 54 24 18 48 89 54 24 20 48 8b 70 20  $HH.T$.H.T$ H.p 
	0x00c0 48 89 d8 48 89 cb 48 89 d1 ff d6 84 c0 0f 85 50  H..H..H........P
	0x00d0 ff ff ff 48 83 c4 30 5d c3 48 83 c4 30 5d c3 48  ...H..0].H..0].H
	0x00e0 89 44 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89  .D$.H.\$.H.L$.H.
	0x00f0 7c 24 20 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c  |$ .....H.D$.H.\
	0x0100 24 10 48 8b 4c 24 18 48 8b 7c 24 20 e9 ef fe ff  $.H.L$.H.|$ ....
	0x0110 ff                                               .
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+104
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+104
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+112
	rel 59+0 t=R_CALLIND +0
	rel 135+0 t=R_CALLIND +0
	rel 201+0 t=R_CALLIND +0
	rel 244+4 t=R_CALL runtime.morestack_noctxt+0
main.heapSort STEXT size=204 align=0x0 args=0x10 locals=0x40 funcid=0x0
	0x0000 00000 (iface_heap_sort.go:28)	TEXT	main.heapSort(SB), ABIInternal, $64-16
	0x0000 00000 (iface_heap_sort.go:28)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_heap_sort.go:28)	PCDATA	$0, $-2
	0x0004 00004 (iface_heap_sort.go:28)	JLS	174
	0x000a 00010 (iface_heap_sort.go:28)	PCDATA	$0, $-1
	0x000a 00010 (iface_heap_sort.go:28)	PUSHQ	BP
	0x000b 00011 (iface_heap_sort.go:28)	MOVQ	SP, BP
	0x000e 00014 (iface_heap_sort.go:28)	SUBQ	$56, SP
	0x0012 00018 (iface_heap_sort.go:28)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0012 00018 (iface_heap_sort.go:28)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (iface_heap_sort.go:28)	FUNCDATA	$5, main.heapSort.arginfo1(SB)
	0x0012 00018 (iface_heap_sort.go:28)	FUNCDATA	$6, main.heapSort.argliveinfo(SB)
	0x0012 00018 (iface_heap_sort.go:28)	PCDATA	$3, $1
	0x0012 00018 (iface_heap_sort.go:30)	MOVQ	AX, main.x+72(SP)
	0x0017 00023 (iface_heap_sort.go:30)	MOVQ	BX, main.x+80(SP)
	0x001c 00028 (iface_heap_sort.go:30)	PCDATA	$3, $-1
	0x001c 00028 (iface_heap_sort.go:29)	MOVQ	24(AX), CX
	0x0020 00032 (iface_heap_sort.go:29)	MOVQ	BX, AX
	0x0023 00035 (iface_heap_sort.go:29)	PCDATA	$1, $0
	0x0023 00035 (iface_heap_sort.go:29)	CALL	CX
	0x0025 00037 (iface_heap_sort.go:29)	MOVQ	AX, main.n+32(SP)
	0x002a 00042 (iface_heap_sort.go:30)	MOVQ	AX, CX
	0x002d 00045 (iface_heap_sort.go:30)	SHRQ	$63, AX
	0x0031 00049 (iface_heap_sort.go:30)	LEAQ	(CX)(AX*1), DX
	0x0035 00053 (iface_heap_sort.go:30)	SARQ	$1, DX
	0x0038 00056 (iface_heap_sort.go:30)	DECQ	DX
	0x003b 00059 (iface_heap_sort.go:30)	JMP	100
	0x003d 00061 (iface_heap_sort.go:30)	MOVQ	DX, main.i+48(SP)
	0x0042 00066 (iface_heap_sort.go:31)	MOVQ	main.x+72(SP), AX
	0x0047 00071 (iface_heap_sort.go:31)	MOVQ	main.x+80(SP), BX
	0x004c 00076 (iface_heap_sort.go:31)	MOVQ	CX, DI
	0x004f 00079 (iface_heap_sort.go:31)	MOVQ	DX, CX
	0x0052 00082 (iface_heap_sort.go:31)	CALL	main.siftDown(SB)
	0x0057 00087 (iface_heap_sort.go:30)	MOVQ	main.i+48(SP), DX
	0x005c 00092 (iface_heap_sort.go:30)	DECQ	DX
	0x005f 00095 (iface_heap_sort.go:31)	MOVQ	main.n+32(SP), CX
	0x0064 00100 (iface_heap_sort.go:30)	TESTQ	DX, DX
	0x0067 00103 (iface_heap_sort.go:30)	JGE	61
	0x0069 00105 (iface_heap_sort.go:33)	DECQ	CX
	0x006c 00108 (iface_heap_sort.go:33)	JMP	163
	0x006e 00110 (iface_heap_sort.go:33)	MOVQ	CX, main.i+40(SP)
	0x0073 00115 (iface_heap_sort.go:34)	MOVQ	main.x+72(SP), DX
	0x0078 00120 (iface_heap_sort.go:34)	MOVQ	40(DX), DX
	0x007c 00124 (iface_heap_sort.go:34)	MOVQ	main.x+80(SP), AX
	0x0081 00129 (iface_heap_sort.go:34)	XORL	BX, BX
	0x0083 00131 (iface_heap_sort.go:34)	CALL	DX
	0x0085 00133 (iface_heap_sort.go:35)	MOVQ	main.x+72(SP), AX
	0x008a 00138 (iface_heap_sort.go:35)	MOVQ	main.x+80(SP), BX
	0x008f 00143 (iface_heap_sort.go:35)	XORL	CX, CX
	0x0091 00145 (iface_heap_sort.go:35)	MOVQ	main.i+40(SP), DI
	0x0096 00150 (iface_heap_sort.go:35)	CALL	main.siftDown(SB)
	0x009b 00155 (iface_heap_sort.go:33)	MOVQ	main.i+40(SP), CX
	0x00a0 00160 (iface_heap_sort.go:33)	DECQ	CX
	0x00a3 00163 (iface_heap_sort.go:33)	TESTQ	CX, CX
	0x00a6 00166 (iface_heap_sort.go:33)	JGT	110
	0x00a8 00168 (iface_heap_sort.go:37)	ADDQ	$56, SP
	0x00ac 00172 (iface_heap_sort.go:37)	POPQ	BP
	0x00ad 00173 (iface_heap_sort.go:37)	RET
	0x00ae 00174 (iface_heap_sort.go:37)	NOP
	0x00ae 00174 (iface_heap_sort.go:28)	PCDATA	$1, $-1
	0x00ae 00174 (iface_heap_sort.go:28)	PCDATA	$0, $-2
	0x00ae 00174 (iface_heap_sort.go:28)	MOVQ	AX, 8(SP)
	0x00b3 00179 (iface_heap_sort.go:28)	MOVQ	BX, 16(SP)
	0x00b8 00184 (iface_heap_sort.go:28)	CALL	runtime.morestack_noctxt(SB)
	0x00bd 00189 (iface_heap_sort.go:28)	PCDATA	$0, $-1
	0x00bd 00189 (iface_heap_sort.go:28)	MOVQ	8(SP), AX
	0x00c2 00194 (iface_heap_sort.go:28)	MOVQ	16(SP), BX
	0x00c7 00199 (iface_heap_sort.go:28)	JMP	0
	0x0000 49 3b 66 10 0f 86 a4 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 48 89 44 24 48 48 89 5c 24 50 48 8b 48 18  .8H.D$HH.\$PH.H.
	0x0020 48 89 d8 ff d1 48 89 44 24 20 48 89 c1 48 c1 e8  H....H.D$ H..H..
	0x0030 3f 48 8d 14 01 48 d1 fa 48 ff ca eb 27 48 89 54  ?H...H..H...'H.T
	0x0040 24 30 48 8b 44 24 48 48 8b 5c 24 50 48 89 cf 48  $0H.D$HH.\$PH..H
	0x0050 89 d1 e8 00 00 00 00 48 8b 54 24 30 48 ff ca 48  .......H.T$0H..H
	0x0060 8b 4c 24 20 48 85 d2 7d d4 48 ff c9 eb 35 48 89  .L$ H..}.H...5H.
	0x0070 4c 24 28 48 8b 54 24 48 48 8b 52 28 48 8b 44 24  L$(H.T$HH.R(H.D$
	0x0080 50 31 db ff d2 48 8b 44 24 48 48 8b 5c 24 50 31  P1...H.D$HH.\$P1
	0x0090 c9 48 8b 7c 24 28 e8 00 00 00 00 48 8b 4c 24 28  .H.|$(.....H.L$(
	0x00a0 48 ff c9 48 85 c9 7f c6 48 83 c4 38 5d c3 48 89  H..H....H..8].H.
	0x00b0 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44  D$.H.\$......H.D
	0x00c0 24 08 48 8b 5c 24 10 e9 34 ff ff ff              $.H.\$..4...
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+96
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+112
	rel 35+0 t=R_CALLIND +0
	rel 83+4 t=R_CALL main.siftDown+0
	rel 131+0 t=R_CALLIND +0
	rel 151+4 t=R_CALL main.siftDown+0
	rel 185+4 t=R_CALL runtime.morestack_noctxt+0
main.Strs.Len STEXT nosplit size=9 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (iface_heap_sort.go:41)	TEXT	main.Strs.Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (iface_heap_sort.go:41)	MOVQ	AX, main.s+8(FP)
	0x0005 00005 (iface_heap_sort.go:41)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (iface_heap_sort.go:41)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (iface_heap_sort.go:41)	FUNCDATA	$5, main.Strs.Len.arginfo1(SB)
	0x0005 00005 (iface_heap_sort.go:41)	FUNCDATA	$6, main.Strs.Len.argliveinfo(SB)
	0x0005 00005 (iface_heap_sort.go:41)	PCDATA	$3, $1
	0x0005 00005 (iface_heap_sort.go:41)	MOVQ	BX, AX
	0x0008 00008 (iface_heap_sort.go:41)	RET
	0x0000 48 89 44 24 08 48 89 d8 c3                       H.D$.H...
main.Strs.Less STEXT size=168 align=0x0 args=0x28 locals=0x28 funcid=0x0
	0x0000 00000 (iface_heap_sort.go:42)	TEXT	main.Strs.Less(SB), ABIInternal, $40-40
	0x0000 00000 (iface_heap_sort.go:42)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_heap_sort.go:42)	PCDATA	$0, $-2
	0x0004 00004 (iface_heap_sort.go:42)	JLS	108
	0x0006 00006 (iface_heap_sort.go:42)	PCDATA	$0, $-1
	0x0006 00006 (iface_heap_sort.go:42)	PUSHQ	BP
	0x0007 00007 (iface_heap_sort.go:42)	MOVQ	SP, BP
	0x000a 00010 (iface_heap_sort.go:42)	SUBQ	$32, SP
	0x000e 00014 (iface_heap_sort.go:42)	MOVQ	AX, main.s+48(FP)
	0x0013 00019 (iface_heap_sort.go:42)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0013 00019 (iface_heap_sort.go:42)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0013 00019 (iface_heap_sort.go:42)	FUNCDATA	$5, main.Strs.Less.arginfo1(SB)
	0x0013 00019 (iface_heap_sort.go:42)	FUNCDATA	$6, main.Strs.Less.argliveinfo(SB)
	0x0013 00019 (iface_heap_sort.go:42)	PCDATA	$3, $1
	0x0013 00019 (iface_heap_sort.go:43)	CMPQ	BX, DI
	0x0016 00022 (iface_heap_sort.go:43)	JLS	102
	0x0018 00024 (iface_heap_sort.go:43)	SHLQ	$4, DI
	0x001c 00028 (iface_heap_sort.go:43)	MOVQ	8(DI)(AX*1), DX
	0x0021 00033 (iface_heap_sort.go:43)	MOVQ	(DI)(AX*1), R8
	0x0025 00037 (iface_heap_sort.go:43)	CMPQ	BX, SI
	0x0028 00040 (iface_heap_sort.go:43)	JLS	97
	0x002a 00042 (iface_heap_sort.go:43)	SHLQ	$4, SI
	0x002e 00046 (iface_heap_sort.go:43)	MOVQ	8(SI)(AX*1), DI
	0x0033 00051 (iface_heap_sort.go:43)	MOVQ	(SI)(AX*1), CX
	0x0037 00055 (iface_heap_sort.go:43)	CMPQ	DI, DX
	0x003a 00058 (iface_heap_sort.go:43)	JLE	67
	0x003c 00060 (iface_heap_sort.go:43)	MOVL	$1, AX
	0x0041 00065 (iface_heap_sort.go:43)	JMP	90
	0x0043 00067 (iface_heap_sort.go:43)	JEQ	73
	0x0045 00069 (iface_heap_sort.go:43)	XORL	AX, AX
	0x0047 00071 (iface_heap_sort.go:43)	JMP	90
	0x0049 00073 (iface_heap_sort.go:43)	MOVQ	R8, AX
	0x004c 00076 (iface_heap_sort.go:43)	MOVQ	DX, BX
	0x004f 00079 (iface_heap_sort.go:43)	PCDATA	$1, $1
	0x004f 00079 (iface_heap_sort.go:43)	CALL	runtime.cmpstring(SB)
	0x0054 00084 (iface_heap_sort.go:43)	TESTQ	AX, AX
	0x0057 00087 (iface_heap_sort.go:43)	SETLT	AL
	0x005a 00090 (iface_heap_sort.go:43)	ADDQ	$32, SP
	0x005e 00094 (iface_heap_sort.go:43)	POPQ	BP
	0x005f 00095 (iface_heap_sort.go:43)	NOP
	0x0060 00096 (iface_heap_sort.go:43)	RET
	0x0061 00097 (iface_heap_sort.go:43)	PCDATA	$4, $3951
	0x0061 00097 (iface_heap_sort.go:43)	CALL	runtime.panicBounds(SB)
	0x0066 00102 (iface_heap_sort.go:43)	PCDATA	$4, $4023
	0x0066 00102 (iface_heap_sort.go:43)	CALL	runtime.panicBounds(SB)
	0x006b 00107 (iface_heap_sort.go:43)	XCHGL	AX, AX
	0x006c 00108 (iface_heap_sort.go:43)	NOP
	0x006c 00108 (iface_heap_sort.go:42)	PCDATA	$1, $-1
	0x006c 00108 (iface_heap_sort.go:42)	PCDATA	$0, $-2
	0x006c 00108 (iface_heap_sort.go:42)	MOVQ	AX, 8(SP)
	0x0071 00113 (iface_heap_sort.go:42)	MOVQ	BX, 16(SP)
	0x0076 00118 (iface_heap_sort.go:42)	MOVQ	CX, 24(SP)
	0x007b 00123 (iface_heap_sort.go:42)	MOVQ	DI, 32(SP)
	0x0080 00128 (iface_heap_sort.go:42)	MOVQ	SI, 40(SP)
	0x0085 00133 (iface_heap_sort.go:42)	CALL	runtime.morestack_noctxt(SB)
	0x008a 00138 (iface_heap_sort.go:42)	PCDATA	$0, $-1
	0x008a 00138 (iface_heap_sort.go:42)	MOVQ	8(SP), AX
	0x008f 00143 (iface_heap_sort.go:42)	MOVQ	16(SP), BX
	0x0094 00148 (iface_heap_sort.go:42)	MOVQ	24(SP), CX
	0x0099 00153 (iface_heap_sort.go:42)	MOVQ	32(SP), DI
	0x009e 00158 (iface_heap_sort.go:42)	MOVQ	40(SP), SI
	0x00a3 00163 (iface_heap_sort.go:42)	JMP	0
	0x0000 49 3b 66 10 76 66 55 48 89 e5 48 83 ec 20 48 89  I;f.vfUH..H.. H.
	0x0010 44 24 30 48 39 fb 76 4e 48 c1 e7 04 48 8b 54 07  D$0H9.vNH...H.T.
	0x0020 08 4c 8b 04 07 48 39 f3 76 37 48 c1 e6 04 48 8b  .L...H9.v7H...H.
	0x0030 7c 06 08 48 8b 0c 06 48 39 d7 7e 07 b8 01 00 00  |..H...H9.~.....
	0x0040 00 eb 17 74 04 31 c0 eb 11 4c 89 c0 48 89 d3 e8  ...t.1...L..H...
	0x0050 00 00 00 00 48 85 c0 0f 9c c0 48 83 c4 20 5d 90  ....H.....H.. ].
	0x0060 c3 e8 00 00 00 00 e8 00 00 00 00 90 48 89 44 24  ............H.D$
	0x0070 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24 20  .H.\$.H.L$.H.|$ 
	0x0080 48 89 74 24 28 e8 00 00 00 00 48 8b 44 24 08 48  H.t$(.....H.D$.H
	0x0090 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20 48 8b  .\$.H.L$.H.|$ H.
	0x00a0 74 24 28 e9 58 ff ff ff                          t$(.X...
	rel 80+4 t=R_CALL runtime.cmpstring+0
	rel 98+4 t=R_CALL runtime.panicBounds+0
	rel 103+4 t=R_CALL runtime.panicBounds+0
	rel 134+4 t=R_CALL runtime.morestack_noctxt+0
main.Strs.Swap STEXT size=180 align=0x0 args=0x28 locals=0x8 funcid=0x0
	0x0000 00000 (iface_heap_sort.go:45)	TEXT	main.Strs.Swap(SB), ABIInternal, $8-40
	0x0000 00000 (iface_heap_sort.go:45)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_heap_sort.go:45)	PCDATA	$0, $-2
	0x0004 00004 (iface_heap_sort.go:45)	JLS	120
	0x0006 00006 (iface_heap_sort.go:45)	PCDATA	$0, $-1
	0x0006 00006 (iface_heap_sort.go:45)	PUSHQ	BP
	0x0007 00007 (iface_heap_sort.go:45)	MOVQ	SP, BP
	0x000a 00010 (iface_heap_sort.go:45)	MOVQ	AX, main.s+16(FP)
	0x000f 00015 (iface_heap_sort.go:45)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000f 00015 (iface_heap_sort.go:45)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000f 00015 (iface_heap_sort.go:45)	FUNCDATA	$5, main.Strs.Swap.arginfo1(SB)
	0x000f 00015 (iface_heap_sort.go:45)	FUNCDATA	$6, main.Strs.Swap.argliveinfo(SB)
	0x000f 00015 (iface_heap_sort.go:45)	PCDATA	$3, $1
	0x000f 00015 (iface_heap_sort.go:45)	CMPQ	BX, DI
	0x0012 00018 (iface_heap_sort.go:45)	JLS	114
	0x0014 00020 (iface_heap_sort.go:45)	SHLQ	$4, DI
	0x0018 00024 (iface_heap_sort.go:45)	MOVQ	(DI)(AX*1), CX
	0x001c 00028 (iface_heap_sort.go:45)	MOVQ	8(DI)(AX*1), DX
	0x0021 00033 (iface_heap_sort.go:45)	CMPQ	BX, SI
	0x0024 00036 (iface_heap_sort.go:45)	JLS	109
	0x0026 00038 (iface_heap_sort.go:45)	SHLQ	$4, SI
	0x002a 00042 (iface_heap_sort.go:45)	MOVQ	8(AX)(SI*1), BX
	0x002f 00047 (iface_heap_sort.go:45)	MOVQ	(AX)(SI*1), R8
	0x0033 00051 (iface_heap_sort.go:45)	MOVQ	BX, 8(AX)(DI*1)
	0x0038 00056 (iface_heap_sort.go:45)	CMPL	runtime.writeBarrier(SB), $0
	0x003f 00063 (iface_heap_sort.go:45)	PCDATA	$0, $-2
	0x003f 00063 (iface_heap_sort.go:45)	NOP
	0x0040 00064 (iface_heap_sort.go:45)	JEQ	94
	0x0042 00066 (iface_heap_sort.go:45)	MOVQ	(DI)(AX*1), BX
	0x0046 00070 (iface_heap_sort.go:45)	MOVQ	(AX)(SI*1), R9
	0x004a 00074 (iface_heap_sort.go:45)	CALL	runtime.gcWriteBarrier4(SB)
	0x004f 00079 (iface_heap_sort.go:45)	MOVQ	R8, (R11)
	0x0052 00082 (iface_heap_sort.go:45)	MOVQ	BX, 8(R11)
	0x0056 00086 (iface_heap_sort.go:45)	MOVQ	CX, 16(R11)
	0x005a 00090 (iface_heap_sort.go:45)	MOVQ	R9, 24(R11)
	0x005e 00094 (iface_heap_sort.go:45)	MOVQ	R8, (AX)(DI*1)
	0x0062 00098 (iface_heap_sort.go:45)	MOVQ	DX, 8(AX)(SI*1)
	0x0067 00103 (iface_heap_sort.go:45)	MOVQ	CX, (AX)(SI*1)
	0x006b 00107 (iface_heap_sort.go:45)	PCDATA	$0, $-1
	0x006b 00107 (iface_heap_sort.go:45)	POPQ	BP
	0x006c 00108 (iface_heap_sort.go:45)	RET
	0x006d 00109 (iface_heap_sort.go:45)	PCDATA	$1, $1
	0x006d 00109 (iface_heap_sort.go:45)	PCDATA	$4, $3951
	0x006d 00109 (iface_heap_sort.go:45)	CALL	runtime.panicBounds(SB)
	0x0072 00114 (iface_heap_sort.go:45)	PCDATA	$4, $4023
	0x0072 00114 (iface_heap_sort.go:45)	CALL	runtime.panicBounds(SB)
	0x0077 00119 (iface_heap_sort.go:45)	XCHGL	AX, AX
	0x0078 00120 (iface_heap_sort.go:45)	NOP
	0x0078 00120 (iface_heap_sort.go:45)	PCDATA	$1, $-1
	0x0078 00120 (iface_heap_sort.go:45)	PCDATA	$0, $-2
	0x0078 00120 (iface_heap_sort.go:45)	MOVQ	AX, 8(SP)
	0x007d 00125 (iface_heap_sort.go:45)	MOVQ	BX, 16(SP)
	0x0082 00130 (iface_heap_sort.go:45)	MOVQ	CX, 24(SP)
	0x0087 00135 (iface_heap_sort.go:45)	MOVQ	DI, 32(SP)
	0x008c 00140 (iface_heap_sort.go:45)	MOVQ	SI, 40(SP)
	0x0091 00145 (iface_heap_sort.go:45)	CALL	runtime.morestack_noctxt(SB)
	0x0096 00150 (iface_heap_sort.go:45)	PCDATA	$0, $-1
	0x0096 00150 (iface_heap_sort.go:45)	MOVQ	8(SP), AX
	0x009b 00155 (iface_heap_sort.go:45)	MOVQ	16(SP), BX
	0x00a0 00160 (iface_heap_sort.go:45)	MOVQ	24(SP), CX
	0x00a5 00165 (iface_heap_sort.go:45)	MOVQ	32(SP), DI
	0x00aa 00170 (iface_heap_sort.go:45)	MOVQ	40(SP), SI
	0x00af 00175 (iface_heap_sort.go:45)	JMP	0
	0x0000 49 3b 66 10 76 72 55 48 89 e5 48 89 44 24 10 48  I;f.vrUH..H.D$.H
	0x0010 39 fb 76 5e 48 c1 e7 04 48 8b 0c 07 48 8b 54 07  9.v^H...H...H.T.
	0x0020 08 48 39 f3 76 47 48 c1 e6 04 48 8b 5c 30 08 4c  .H9.vGH...H.\0.L
	0x0030 8b 04 30 48 89 5c 38 08 83 3d 00 00 00 00 00 90  ..0H.\8..=......
	0x0040 74 1c 48 8b 1c 07 4c 8b 0c 30 e8 00 00 00 00 4d  t.H...L..0.....M
	0x0050 89 03 49 89 5b 08 49 89 4b 10 4d 89 4b 18 4c 89  ..I.[.I.K.M.K.L.
	0x0060 04 38 48 89 54 30 08 48 89 0c 30 5d c3 e8 00 00  .8H.T0.H..0]....
	0x0070 00 00 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c  ........H.D$.H.\
	0x0080 24 10 48 89 4c 24 18 48 89 7c 24 20 48 89 74 24  $.H.L$.H.|$ H.t$
	0x0090 28 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  (.....H.D$.H.\$.
	0x00a0 48 8b 4c 24 18 48 8b 7c 24 20 48 8b 74 24 28 e9  H.L$.H.|$ H.t$(.
	0x00b0 4c ff ff ff                                      L...
	rel 58+4 t=R_PCREL runtime.writeBarrier+-1
	rel 75+4 t=R_CALL runtime.gcWriteBarrier4+0
	rel 110+4 t=R_CALL runtime.panicBounds+0
	rel 115+4 t=R_CALL runtime.panicBounds+0
	rel 146+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Floats).Len STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (iface_heap_sort.go:52)	TEXT	main.(*Floats).Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (iface_heap_sort.go:52)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (iface_heap_sort.go:52)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (iface_heap_sort.go:52)	FUNCDATA	$5, main.(*Floats).Len.arginfo1(SB)
	0x0000 00000 (iface_heap_sort.go:52)	FUNCDATA	$6, main.(*Floats).Len.argliveinfo(SB)
	0x0000 00000 (iface_heap_sort.go:52)	PCDATA	$3, $1
	0x0000 00000 (iface_heap_sort.go:52)	MOVQ	8(AX), AX
	0x0004 00004 (iface_heap_sort.go:52)	RET
	0x0000 48 8b 40 08 c3                                   H.@..
main.(*Floats).Less STEXT nosplit size=51 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (iface_heap_sort.go:53)	TEXT	main.(*Floats).Less(SB), NOSPLIT|ABIInternal, $8-24
	0x0000 00000 (iface_heap_sort.go:53)	PUSHQ	BP
	0x0001 00001 (iface_heap_sort.go:53)	MOVQ	SP, BP
	0x0004 00004 (iface_heap_sort.go:53)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (iface_heap_sort.go:53)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (iface_heap_sort.go:53)	FUNCDATA	$5, main.(*Floats).Less.arginfo1(SB)
	0x0004 00004 (iface_heap_sort.go:53)	FUNCDATA	$6, main.(*Floats).Less.argliveinfo(SB)
	0x0004 00004 (iface_heap_sort.go:53)	PCDATA	$3, $1
	0x0004 00004 (iface_heap_sort.go:53)	MOVQ	8(AX), DX
	0x0008 00008 (iface_heap_sort.go:53)	CMPQ	BX, DX
	0x000b 00011 (iface_heap_sort.go:53)	JCC	45
	0x000d 00013 (iface_heap_sort.go:53)	MOVQ	(AX), SI
	0x0010 00016 (iface_heap_sort.go:53)	MOVSD	(SI)(BX*8), X0
	0x0015 00021 (iface_heap_sort.go:53)	CMPQ	CX, DX
	0x0018 00024 (iface_heap_sort.go:53)	JCC	40
	0x001a 00026 (iface_heap_sort.go:53)	MOVSD	(SI)(CX*8), X1
	0x001f 00031 (iface_heap_sort.go:53)	UCOMISD	X0, X1
	0x0023 00035 (iface_heap_sort.go:53)	SETHI	AL
	0x0026 00038 (iface_heap_sort.go:53)	POPQ	BP
	0x0027 00039 (iface_heap_sort.go:53)	RET
	0x0028 00040 (iface_heap_sort.go:53)	PCDATA	$1, $1
	0x0028 00040 (iface_heap_sort.go:53)	PCDATA	$4, $2439
	0x0028 00040 (iface_heap_sort.go:53)	CALL	runtime.panicBounds(SB)
	0x002d 00045 (iface_heap_sort.go:53)	PCDATA	$4, $2583
	0x002d 00045 (iface_heap_sort.go:53)	CALL	runtime.panicBounds(SB)
	0x0032 00050 (iface_heap_sort.go:53)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 8b 50 08 48 39 d3 73 20 48 8b 30  UH..H.P.H9.s H.0
	0x0010 f2 0f 10 04 de 48 39 d1 73 0e f2 0f 10 0c ce 66  .....H9.s......f
	0x0020 0f 2e c8 0f 97 c0 5d c3 e8 00 00 00 00 e8 00 00  ......].........
	0x0030 00 00 90                                         ...
	rel 41+4 t=R_CALL runtime.panicBounds+0
	rel 46+4 t=R_CALL runtime.panicBounds+0
main.(*Floats).Swap STEXT nosplit size=58 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (iface_heap_sort.go:54)	TEXT	main.(*Floats).Swap(SB), NOSPLIT|ABIInternal, $8-24
	0x0000 00000 (iface_heap_sort.go:54)	PUSHQ	BP
	0x0001 00001 (iface_heap_sort.go:54)	MOVQ	SP, BP
	0x0004 00004 (iface_heap_sort.go:54)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (iface_heap_sort.go:54)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (iface_heap_sort.go:54)	FUNCDATA	$5, main.(*Floats).Swap.arginfo1(SB)
	0x0004 00004 (iface_heap_sort.go:54)	FUNCDATA	$6, main.(*Floats).Swap.argliveinfo(SB)
	0x0004 00004 (iface_heap_sort.go:54)	PCDATA	$3, $1
	0x0004 00004 (iface_heap_sort.go:54)	MOVQ	8(AX), DX
	0x0008 00008 (iface_heap_sort.go:54)	CMPQ	BX, DX
	0x000b 00011 (iface_heap_sort.go:54)	JCC	52
	0x000d 00013 (iface_heap_sort.go:54)	MOVQ	(AX), SI
	0x0010 00016 (iface_heap_sort.go:54)	MOVSD	(SI)(BX*8), X0
	0x0015 00021 (iface_heap_sort.go:54)	CMPQ	CX, DX
	0x0018 00024 (iface_heap_sort.go:54)	JCC	47
	0x001a 00026 (iface_heap_sort.go:54)	MOVSD	(SI)(CX*8), X1
	0x001f 00031 (iface_heap_sort.go:54)	MOVSD	X1, (SI)(BX*8)
	0x0024 00036 (iface_heap_sort.go:54)	MOVSD	X0, (SI)(CX*8)
	0x0029 00041 (iface_heap_sort.go:54)	INCQ	24(AX)
	0x002d 00045 (iface_heap_sort.go:54)	POPQ	BP
	0x002e 00046 (iface_heap_sort.go:54)	RET
	0x002f 00047 (iface_heap_sort.go:54)	PCDATA	$1, $1
	0x002f 00047 (iface_heap_sort.go:54)	PCDATA	$4, $2439
	0x002f 00047 (iface_heap_sort.go:54)	CALL	runtime.panicBounds(SB)
	0x0034 00052 (iface_heap_sort.go:54)	PCDATA	$4, $2583
	0x0034 00052 (iface_heap_sort.go:54)	CALL	runtime.panicBounds(SB)
	0x0039 00057 (iface_heap_sort.go:54)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 8b 50 08 48 39 d3 73 27 48 8b 30  UH..H.P.H9.s'H.0
	0x0010 f2 0f 10 04 de 48 39 d1 73 15 f2 0f 10 0c ce f2  .....H9.s.......
	0x0020 0f 11 0c de f2 0f 11 04 ce 48 ff 40 18 5d c3 e8  .........H.@.]..
	0x0030 00 00 00 00 e8 00 00 00 00 90                    ..........
	rel 48+4 t=R_CALL runtime.panicBounds+0
	rel 53+4 t=R_CALL runtime.panicBounds+0
main.main STEXT size=735 align=0x0 args=0x0 locals=0x70 funcid=0x0
	0x0000 00000 (iface_heap_sort.go:56)	TEXT	main.main(SB), ABIInternal, $112-0
	0x0000 00000 (iface_heap_sort.go:56)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_heap_sort.go:56)	PCDATA	$0, $-2
	0x0004 00004 (iface_heap_sort.go:56)	JLS	725
	0x000a 00010 (iface_heap_sort.go:56)	PCDATA	$0, $-1
	0x000a 00010 (iface_heap_sort.go:56)	PUSHQ	BP
	0x000b 00011 (iface_heap_sort.go:56)	MOVQ	SP, BP
	0x000e 00014 (iface_heap_sort.go:56)	SUBQ	$104, SP
	0x0012 00018 (iface_heap_sort.go:56)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
	0x0012 00018 (iface_heap_sort.go:56)	FUNCDATA	$1, gclocals·fZgxiqGlELKv79sPvFP/jg==(SB)
	0x0012 00018 (iface_heap_sort.go:57)	LEAQ	type:[8]string(SB), AX
	0x0019 00025 (iface_heap_sort.go:57)	PCDATA	$1, $0
	0x0019 00025 (iface_heap_sort.go:57)	CALL	runtime.newobject(SB)
	0x001e 00030 (iface_heap_sort.go:57)	MOVQ	AX, main..autotmp_26+96(SP)
	0x0023 00035 (iface_heap_sort.go:57)	MOVQ	$4, 8(AX)
	0x002b 00043 (iface_heap_sort.go:57)	LEAQ	go:string."pear"(SB), CX
	0x0032 00050 (iface_heap_sort.go:57)	MOVQ	CX, (AX)
	0x0035 00053 (iface_heap_sort.go:57)	MOVQ	$3, 24(AX)
	0x003d 00061 (iface_heap_sort.go:57)	LEAQ	go:string."fig"(SB), CX
	0x0044 00068 (iface_heap_sort.go:57)	MOVQ	CX, 16(AX)
	0x0048 00072 (iface_heap_sort.go:57)	MOVQ	$6, 40(AX)
	0x0050 00080 (iface_heap_sort.go:57)	LEAQ	go:string."banana"(SB), CX
	0x0057 00087 (iface_heap_sort.go:57)	MOVQ	CX, 32(AX)
	0x005b 00091 (iface_heap_sort.go:57)	MOVQ	$4, 56(AX)
	0x0063 00099 (iface_heap_sort.go:57)	LEAQ	go:string."kiwi"(SB), CX
	0x006a 00106 (iface_heap_sort.go:57)	MOVQ	CX, 48(AX)
	0x006e 00110 (iface_heap_sort.go:57)	MOVQ	$5, 72(AX)
	0x0076 00118 (iface_heap_sort.go:57)	LEAQ	go:string."apple"(SB), CX
	0x007d 00125 (iface_heap_sort.go:57)	MOVQ	CX, 64(AX)
	0x0081 00129 (iface_heap_sort.go:57)	MOVQ	$4, 88(AX)
	0x0089 00137 (iface_heap_sort.go:57)	LEAQ	go:string."date"(SB), CX
	0x0090 00144 (iface_heap_sort.go:57)	MOVQ	CX, 80(AX)
	0x0094 00148 (iface_heap_sort.go:57)	MOVQ	$4, 104(AX)
	0x009c 00156 (iface_heap_sort.go:57)	LEAQ	go:string."plum"(SB), CX
	0x00a3 00163 (iface_heap_sort.go:57)	MOVQ	CX, 96(AX)
	0x00a7 00167 (iface_heap_sort.go:57)	MOVQ	$6, 120(AX)
	0x00af 00175 (iface_heap_sort.go:57)	LEAQ	go:string."cherry"(SB), CX
	0x00b6 00182 (iface_heap_sort.go:57)	MOVQ	CX, 112(AX)
	0x00ba 00186 (iface_heap_sort.go:58)	MOVL	$8, BX
	0x00bf 00191 (iface_heap_sort.go:58)	MOVL	BX, CX
	0x00c1 00193 (iface_heap_sort.go:58)	PCDATA	$1, $1
	0x00c1 00193 (iface_heap_sort.go:58)	CALL	runtime.convTslice(SB)
	0x00c6 00198 (iface_heap_sort.go:58)	MOVQ	AX, BX
	0x00c9 00201 (iface_heap_sort.go:58)	LEAQ	go:itab.main.Strs,main.Interface(SB), AX
	0x00d0 00208 (iface_heap_sort.go:58)	CALL	main.heapSort(SB)
	0x00d5 00213 (iface_heap_sort.go:59)	MOVQ	main..autotmp_26+96(SP), CX
	0x00da 00218 (iface_heap_sort.go:59)	XORL	AX, AX
	0x00dc 00220 (iface_heap_sort.go:59)	JMP	296
	0x00de 00222 (iface_heap_sort.go:59)	MOVQ	AX, main..autotmp_27+56(SP)
	0x00e3 00227 (iface_heap_sort.go:59)	MOVQ	CX, main..autotmp_28+88(SP)
	0x00e8 00232 (iface_heap_sort.go:59)	MOVQ	(CX), AX
	0x00eb 00235 (iface_heap_sort.go:59)	MOVQ	AX, main.w.ptr+64(SP)
	0x00f0 00240 (iface_heap_sort.go:59)	MOVQ	8(CX), AX
	0x00f4 00244 (iface_heap_sort.go:59)	MOVQ	AX, main.w.len+32(SP)
	0x00f9 00249 (iface_heap_sort.go:60)	PCDATA	$1, $2
	0x00f9 00249 (iface_heap_sort.go:60)	CALL	runtime.printlock(SB)
	0x00fe 00254 (iface_heap_sort.go:60)	MOVQ	main.w.ptr+64(SP), AX
	0x0103 00259 (iface_heap_sort.go:60)	MOVQ	main.w.len+32(SP), BX
	0x0108 00264 (iface_heap_sort.go:60)	PCDATA	$1, $3
	0x0108 00264 (iface_heap_sort.go:60)	CALL	runtime.printstring(SB)
	0x010d 00269 (iface_heap_sort.go:60)	CALL	runtime.printsp(SB)
	0x0112 00274 (iface_heap_sort.go:60)	CALL	runtime.printunlock(SB)
	0x0117 00279 (iface_heap_sort.go:59)	MOVQ	main..autotmp_28+88(SP), CX
	0x011c 00284 (iface_heap_sort.go:59)	ADDQ	$16, CX
	0x0120 00288 (iface_heap_sort.go:59)	MOVQ	main..autotmp_27+56(SP), AX
	0x0125 00293 (iface_heap_sort.go:59)	INCQ	AX
	0x0128 00296 (iface_heap_sort.go:59)	CMPQ	AX, $8
	0x012c 00300 (iface_heap_sort.go:59)	JLT	222
	0x012e 00302 (iface_heap_sort.go:62)	PCDATA	$1, $0
	0x012e 00302 (iface_heap_sort.go:62)	CALL	runtime.printlock(SB)
	0x0133 00307 (iface_heap_sort.go:62)	CALL	runtime.printnl(SB)
	0x0138 00312 (iface_heap_sort.go:62)	CALL	runtime.printunlock(SB)
	0x013d 00317 (iface_heap_sort.go:64)	MOVL	$32, AX
	0x0142 00322 (iface_heap_sort.go:64)	LEAQ	type:main.Floats(SB), BX
	0x0149 00329 (iface_heap_sort.go:64)	MOVL	$1, CX
	0x014e 00334 (iface_heap_sort.go:64)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
	0x0153 00339 (iface_heap_sort.go:64)	MOVQ	AX, main.f+72(SP)
	0x0158 00344 (iface_heap_sort.go:64)	MOVL	$64, AX
	0x015d 00349 (iface_heap_sort.go:64)	LEAQ	type:[8]float64(SB), BX
	0x0164 00356 (iface_heap_sort.go:64)	MOVL	$1, CX
	0x0169 00361 (iface_heap_sort.go:64)	PCDATA	$1, $4
	0x0169 00361 (iface_heap_sort.go:64)	CALL	runtime.mallocgcSmallNoScanSC6(SB)
	0x016e 00366 (iface_heap_sort.go:64)	MOVQ	$4615063718147915776, CX
	0x0178 00376 (iface_heap_sort.go:64)	MOVQ	CX, (AX)
	0x017b 00379 (iface_heap_sort.go:64)	MOVQ	$-4615063718147915776, DX
	0x0185 00389 (iface_heap_sort.go:64)	MOVQ	DX, 8(AX)
	0x0189 00393 (iface_heap_sort.go:64)	MOVQ	$4611686018427387904, DX
	0x0193 00403 (iface_heap_sort.go:64)	MOVQ	DX, 16(AX)
	0x0197 00407 (iface_heap_sort.go:64)	MOVQ	$4621819117588971520, DX
	0x01a1 00417 (iface_heap_sort.go:64)	MOVQ	DX, 24(AX)
	0x01a5 00421 (iface_heap_sort.go:64)	MOVQ	$4602678819172646912, DX
	0x01af 00431 (iface_heap_sort.go:64)	MOVQ	DX, 32(AX)
	0x01b3 00435 (iface_heap_sort.go:64)	MOVQ	$-4603804719079489536, DX
	0x01bd 00445 (iface_heap_sort.go:64)	MOVQ	DX, 40(AX)
	0x01c1 00449 (iface_heap_sort.go:64)	MOVQ	CX, 48(AX)
	0x01c5 00453 (iface_heap_sort.go:64)	MOVQ	$4620693217682128896, CX
	0x01cf 00463 (iface_heap_sort.go:64)	MOVQ	CX, 56(AX)
	0x01d3 00467 (iface_heap_sort.go:64)	MOVQ	main.f+72(SP), BX
	0x01d8 00472 (iface_heap_sort.go:64)	MOVQ	$8, 8(BX)
	0x01e0 00480 (iface_heap_sort.go:64)	MOVQ	$8, 16(BX)
	0x01e8 00488 (iface_heap_sort.go:64)	CMPL	runtime.writeBarrier(SB), $0
	0x01ef 00495 (iface_heap_sort.go:64)	PCDATA	$0, $-2
	0x01ef 00495 (iface_heap_sort.go:64)	JEQ	512
	0x01f1 00497 (iface_heap_sort.go:64)	MOVQ	(BX), CX
	0x01f4 00500 (iface_heap_sort.go:64)	CALL	runtime.gcWriteBarrier2(SB)
	0x01f9 00505 (iface_heap_sort.go:64)	MOVQ	AX, (R11)
	0x01fc 00508 (iface_heap_sort.go:64)	MOVQ	CX, 8(R11)
	0x0200 00512 (iface_heap_sort.go:64)	MOVQ	AX, (BX)
	0x0203 00515 (iface_heap_sort.go:65)	PCDATA	$0, $-1
	0x0203 00515 (iface_heap_sort.go:65)	LEAQ	go:itab.*main.Floats,main.Interface(SB), AX
	0x020a 00522 (iface_heap_sort.go:65)	CALL	main.heapSort(SB)
	0x020f 00527 (iface_heap_sort.go:66)	MOVQ	main.f+72(SP), CX
	0x0214 00532 (iface_heap_sort.go:66)	MOVQ	(CX), DX
	0x0217 00535 (iface_heap_sort.go:66)	MOVQ	DX, main..autotmp_29+80(SP)
	0x021c 00540 (iface_heap_sort.go:66)	MOVQ	8(CX), SI
	0x0220 00544 (iface_heap_sort.go:66)	MOVQ	SI, main..autotmp_27+56(SP)
	0x0225 00549 (iface_heap_sort.go:66)	XORL	AX, AX
	0x0227 00551 (iface_heap_sort.go:66)	JMP	640
	0x0229 00553 (iface_heap_sort.go:66)	MOVQ	AX, main..autotmp_30+48(SP)
	0x022e 00558 (iface_heap_sort.go:66)	MOVSD	(DX)(AX*8), X0
	0x0233 00563 (iface_heap_sort.go:66)	MOVSD	X0, main.v+40(SP)
	0x0239 00569 (iface_heap_sort.go:67)	PCDATA	$1, $5
	0x0239 00569 (iface_heap_sort.go:67)	CALL	runtime.printlock(SB)
	0x023e 00574 (iface_heap_sort.go:67)	MOVSD	main.v+40(SP), X0
	0x0244 00580 (iface_heap_sort.go:67)	MOVSD	$f64.4059000000000000(SB), X1
	0x024c 00588 (iface_heap_sort.go:67)	MULSD	X1, X0
	0x0250 00592 (iface_heap_sort.go:67)	CVTTSD2SQ	X0, AX
	0x0255 00597 (iface_heap_sort.go:67)	CALL	runtime.printint(SB)
	0x025a 00602 (iface_heap_sort.go:67)	CALL	runtime.printsp(SB)
	0x025f 00607 (iface_heap_sort.go:67)	NOP
	0x0260 00608 (iface_heap_sort.go:67)	CALL	runtime.printunlock(SB)
	0x0265 00613 (iface_heap_sort.go:66)	MOVQ	main..autotmp_30+48(SP), AX
	0x026a 00618 (iface_heap_sort.go:66)	INCQ	AX
	0x026d 00621 (iface_heap_sort.go:70)	MOVQ	main.f+72(SP), CX
	0x0272 00626 (iface_heap_sort.go:66)	MOVQ	main..autotmp_29+80(SP), DX
	0x0277 00631 (iface_heap_sort.go:66)	MOVQ	main..autotmp_27+56(SP), SI
	0x027c 00636 (iface_heap_sort.go:66)	NOP
	0x0280 00640 (iface_heap_sort.go:66)	CMPQ	AX, SI
	0x0283 00643 (iface_heap_sort.go:66)	JLT	553
	0x0285 00645 (iface_heap_sort.go:69)	PCDATA	$1, $4
	0x0285 00645 (iface_heap_sort.go:69)	CALL	runtime.printlock(SB)
	0x028a 00650 (iface_heap_sort.go:69)	CALL	runtime.printnl(SB)
	0x028f 00655 (iface_heap_sort.go:69)	CALL	runtime.printunlock(SB)
	0x0294 00660 (iface_heap_sort.go:70)	MOVQ	main.f+72(SP), AX
	0x0299 00665 (iface_heap_sort.go:70)	MOVQ	24(AX), AX
	0x029d 00669 (iface_heap_sort.go:70)	MOVQ	AX, main..autotmp_27+56(SP)
	0x02a2 00674 (iface_heap_sort.go:70)	PCDATA	$1, $0
	0x02a2 00674 (iface_heap_sort.go:70)	CALL	runtime.printlock(SB)
	0x02a7 00679 (iface_heap_sort.go:70)	LEAQ	go:string."swaps "(SB), AX
	0x02ae 00686 (iface_heap_sort.go:70)	MOVL	$6, BX
	0x02b3 00691 (iface_heap_sort.go:70)	CALL	runtime.printstring(SB)
	0x02b8 00696 (iface_heap_sort.go:70)	MOVQ	main..autotmp_27+56(SP), AX
	0x02bd 00701 (iface_heap_sort.go:70)	NOP
	0x02c0 00704 (iface_heap_sort.go:70)	CALL	runtime.printint(SB)
	0x02c5 00709 (iface_heap_sort.go:70)	CALL	runtime.printnl(SB)
	0x02ca 00714 (iface_heap_sort.go:70)	CALL	runtime.printunlock(SB)
	0x02cf 00719 (iface_heap_sort.go:71)	ADDQ	$104, SP
	0x02d3 00723 (iface_heap_sort.go:71)	POPQ	BP
	0x02d4 00724 (iface_heap_sort.go:71)	RET
	0x02d5 00725 (iface_heap_sort.go:71)	NOP
	0x02d5 00725 (iface_heap_sort.go:56)	PCDATA	$1, $-1
	0x02d5 00725 (iface_heap_sort.go:56)	PCDATA	$0, $-2
	0x02d5 00725 (iface_heap_sort.go:56)	CALL	runtime.morestack_noctxt(SB)
	0x02da 00730 (iface_heap_sort.go:56)	PCDATA	$0, $-1
	0x02da 00730 (iface_heap_sort.go:56)	JMP	0
	0x0000 49 3b 66 10 0f 86 cb 02 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 68 48 8d 05 00 00 00 00 e8 00 00 00 00 48 89  .hH...........H.
	0x0020 44 24 60 48 c7 40 08 04 00 00 00 48 8d 0d 00 00  D$`H.@.....H....
	0x0030 00 00 48 89 08 48 c7 40 18 03 00 00 00 48 8d 0d  ..H..H.@.....H..
	0x0040 00 00 00 00 48 89 48 10 48 c7 40 28 06 00 00 00  ....H.H.H.@(....
	0x0050 48 8d 0d 00 00 00 00 48 89 48 20 48 c7 40 38 04  H......H.H H.@8.
	0x0060 00 00 00 48 8d 0d 00 00 00 00 48 89 48 30 48 c7  ...H......H.H0H.
	0x0070 40 48 05 00 00 00 48 8d 0d 00 00 00 00 48 89 48  @H....H......H.H
	0x0080 40 48 c7 40 58 04 00 00 00 48 8d 0d 00 00 00 00  @H.@X....H......
	0x0090 48 89 48 50 48 c7 40 68 04 00 00 00 48 8d 0d 00  H.HPH.@h....H...
	0x00a0 00 00 00 48 89 48 60 48 c7 40 78 06 00 00 00 48  ...H.H`H.@x....H
	0x00b0 8d 0d 00 00 00 00 48 89 48 70 bb 08 00 00 00 89  ......H.Hp......
	0x00c0 d9 e8 00 00 00 00 48 89 c3 48 8d 05 00 00 00 00  ......H..H......
	0x00d0 e8 00 00 00 00 48 8b 4c 24 60 31 c0 eb 4a 48 89  .....H.L$`1..JH.
	0x00e0 44 24 38 48 89 4c 24 58 48 8b 01 48 89 44 24 40  D$8H.L$XH..H.D$@
	0x00f0 48 8b 41 08 48 89 44 24 20 e8 00 00 00 00 48 8b  H.A.H.D$ .....H.
	0x0100 44 24 40 48 8b 5c 24 20 e8 00 00 00 00 e8 00 00  D$@H.\$ ........
	0x0110 00 00 e8 00 00 00 00 48 8b 4c 24 58 48 83 c1 10  .......H.L$XH...
	0x0120 48 8b 44 24 38 48 ff c0 48 83 f8 08 7c b0 e8 00  H.D$8H..H...|...
	0x0130 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 20 00  .............. .
	0x0140 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00  ..H.............
	0x0150 00 00 00 48 89 44 24 48 b8 40 00 00 00 48 8d 1d  ...H.D$H.@...H..
	0x0160 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48 b9  ..............H.
	0x0170 00 00 00 00 00 00 0c 40 48 89 08 48 ba 00 00 00  .......@H..H....
	0x0180 00 00 00 f4 bf 48 89 50 08 48 ba 00 00 00 00 00  .....H.P.H......
	0x0190 00 00 40 48 89 50 10 48 ba 00 00 00 00 00 00 24  ..@H.P.H.......$
	0x01a0 40 48 89 50 18 48 ba 00 00 00 00 00 00 e0 3f 48  @H.P.H........?H
	0x01b0 89 50 20 48 ba 00 00 00 00 00 00 1c c0 48 89 50  .P H.........H.P
	0x01c0 28 48 89 48 30 48 b9 00 00 00 00 00 00 20 40 48  (H.H0H....... @H
	0x01d0 89 48 38 48 8b 5c 24 48 48 c7 43 08 08 00 00 00  .H8H.\$HH.C.....
	0x01e0 48 c7 43 10 08 00 00 00 83 3d 00 00 00 00 00 74  H.C......=.....t
	0x01f0 0f 48 8b 0b e8 00 00 00 00 49 89 03 49 89 4b 08  .H.......I..I.K.
	0x0200 48 89 03 48 8d 05 00 00 00 00 e8 00 00 00 00 48  H..H...........H
	0x0210 8b 4c 24 48 48 8b 11 48 89 54 24 50 48 8b 71 08  .L$HH..H.T$PH.q.
	0x0220 48 89 74 24 38 31 c0 eb 57 48 89 44 24 30 f2 0f  H.t$81..WH.D$0..
	0x0230 10 04 c2 f2 0f 11 44 24 28 e8 00 00 00 00 f2 0f  ......D$(.......
	0x0240 10 44 24 28 f2 0f 10 0d 00 00 00 00 f2 0f 59 c1  .D$(..........Y.
	0x0250 f2 48 0f 2c c0 e8 00 00 00 00 e8 00 00 00 00 90  .H.,............
	0x0260 e8 00 00 00 00 48 8b 44 24 30 48 ff c0 48 8b 4c  .....H.D$0H..H.L
	0x0270 24 48 48 8b 54 24 50 48 8b 74 24 38 0f 1f 40 00  $HH.T$PH.t$8..@.
	0x0280 48 39 f0 7c a4 e8 00 00 00 00 e8 00 00 00 00 e8  H9.|............
	0x0290 00 00 00 00 48 8b 44 24 48 48 8b 40 18 48 89 44  ....H.D$HH.@.H.D
	0x02a0 24 38 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 06  $8.....H........
	0x02b0 00 00 00 e8 00 00 00 00 48 8b 44 24 38 0f 1f 00  ........H.D$8...
	0x02c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x02d0 83 c4 68 5d c3 e8 00 00 00 00 e9 21 fd ff ff     ..h].......!...
	rel 3+0 t=R_USEIFACE type:main.Strs+0
	rel 3+0 t=R_USEIFACE type:*main.Floats+0
	rel 21+4 t=R_PCREL type:[8]string+0
	rel 26+4 t=R_CALL runtime.newobject+0
	rel 46+4 t=R_PCREL go:string."pear"+0
	rel 64+4 t=R_PCREL go:string."fig"+0
	rel 83+4 t=R_PCREL go:string."banana"+0
	rel 102+4 t=R_PCREL go:string."kiwi"+0
	rel 121+4 t=R_PCREL go:string."apple"+0
	rel 140+4 t=R_PCREL go:string."date"+0
	rel 159+4 t=R_PCREL go:string."plum"+0
	rel 178+4 t=R_PCREL go:string."cherry"+0
	rel 194+4 t=R_CALL runtime.convTslice+0
	rel 204+4 t=R_PCREL go:itab.main.Strs,main.Interface+0
	rel 209+4 t=R_CALL main.heapSort+0
	rel 250+4 t=R_CALL runtime.printlock+0
	rel 265+4 t=R_CALL runtime.printstring+0
	rel 270+4 t=R_CALL runtime.printsp+0
	rel 275+4 t=R_CALL runtime.printunlock+0
	rel 303+4 t=R_CALL runtime.printlock+0
	rel 308+4 t=R_CALL runtime.printnl+0
	rel 313+4 t=R_CALL runtime.printunlock+0
	rel 325+4 t=R_PCREL type:main.Floats+0
	rel 335+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC4+0
	rel 352+4 t=R_PCREL type:[8]float64+0
	rel 362+4 t=R_CALL runtime.mallocgcSmallNoScanSC6+0
	rel 490+4 t=R_PCREL runtime.writeBarrier+-1
	rel 501+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 518+4 t=R_PCREL go:itab.*main.Floats,main.Interface+0
	rel 523+4 t=R_CALL main.heapSort+0
	rel 570+4 t=R_CALL runtime.printlock+0
	rel 584+4 t=R_PCREL $f64.4059000000000000+0
	rel 598+4 t=R_CALL runtime.printint+0
	rel 603+4 t=R_CALL runtime.printsp+0
	rel 609+4 t=R_CALL runtime.printunlock+0
	rel 646+4 t=R_CALL runtime.printlock+0
	rel 651+4 t=R_CALL runtime.printnl+0
	rel 656+4 t=R_CALL runtime.printunlock+0
	rel 675+4 t=R_CALL runtime.printlock+0
	rel 682+4 t=R_PCREL go:string."swaps "+0
	rel 692+4 t=R_CALL runtime.printstring+0
	rel 705+4 t=R_CALL runtime.printint+0
	rel 710+4 t=R_CALL runtime.printnl+0
	rel 715+4 t=R_CALL runtime.printunlock+0
	rel 726+4 t=R_CALL runtime.morestack_noctxt+0
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
main.(*Strs).Len STEXT dupok nosplit size=21 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Strs).Len(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Strs).Len.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Strs).Len.argliveinfo(SB)
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
main.(*Strs).Less STEXT dupok size=158 align=0x0 args=0x18 locals=0x28 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Strs).Less(SB), DUPOK|WRAPPER|ABIInternal, $40-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	118
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$32, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Strs).Less.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Strs).Less.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	112
	0x0013 00019 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x0017 00023 (<unknown line number>)	NOP
	0x0017 00023 (iface_heap_sort.go:43)	CMPQ	BX, DX
	0x001a 00026 (iface_heap_sort.go:43)	JCC	107
	0x001c 00028 (<autogenerated>:1)	MOVQ	(AX), SI
	0x001f 00031 (iface_heap_sort.go:43)	SHLQ	$4, BX
	0x0023 00035 (iface_heap_sort.go:43)	MOVQ	8(BX)(SI*1), R8
	0x0028 00040 (iface_heap_sort.go:43)	MOVQ	(BX)(SI*1), AX
	0x002c 00044 (iface_heap_sort.go:43)	CMPQ	CX, DX
	0x002f 00047 (iface_heap_sort.go:43)	JCC	102
	0x0031 00049 (iface_heap_sort.go:43)	SHLQ	$4, CX
	0x0035 00053 (iface_heap_sort.go:43)	MOVQ	8(SI)(CX*1), DI
	0x003a 00058 (iface_heap_sort.go:43)	MOVQ	(SI)(CX*1), CX
	0x003e 00062 (iface_heap_sort.go:43)	NOP
	0x0040 00064 (iface_heap_sort.go:43)	CMPQ	R8, DI
	0x0043 00067 (iface_heap_sort.go:43)	JGE	76
	0x0045 00069 (iface_heap_sort.go:43)	MOVL	$1, AX
	0x004a 00074 (iface_heap_sort.go:43)	JMP	96
	0x004c 00076 (iface_heap_sort.go:43)	JEQ	82
	0x004e 00078 (iface_heap_sort.go:43)	XORL	AX, AX
	0x0050 00080 (iface_heap_sort.go:43)	JMP	96
	0x0052 00082 (iface_heap_sort.go:43)	MOVQ	R8, BX
	0x0055 00085 (iface_heap_sort.go:43)	PCDATA	$1, $1
	0x0055 00085 (iface_heap_sort.go:43)	CALL	runtime.cmpstring(SB)
	0x005a 00090 (iface_heap_sort.go:43)	TESTQ	AX, AX
	0x005d 00093 (iface_heap_sort.go:43)	SETLT	AL
	0x0060 00096 (<autogenerated>:1)	ADDQ	$32, SP
	0x0064 00100 (<autogenerated>:1)	POPQ	BP
	0x0065 00101 (<autogenerated>:1)	RET
	0x0066 00102 (iface_heap_sort.go:43)	PCDATA	$4, $2439
	0x0066 00102 (iface_heap_sort.go:43)	CALL	runtime.panicBounds(SB)
	0x006b 00107 (iface_heap_sort.go:43)	PCDATA	$4, $2583
	0x006b 00107 (iface_heap_sort.go:43)	CALL	runtime.panicBounds(SB)
	0x0070 00112 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0075 00117 (<autogenerated>:1)	XCHGL	AX, AX
	0x0076 00118 (<autogenerated>:1)	NOP
	0x0076 00118 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0076 00118 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0076 00118 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x007b 00123 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0080 00128 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0085 00133 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x008a 00138 (<autogenerated>:1)	PCDATA	$0, $-1
	0x008a 00138 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x008f 00143 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0094 00148 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0099 00153 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 70 55 48 89 e5 48 83 ec 20 48 85  I;f.vpUH..H.. H.
	0x0010 c0 74 5d 48 8b 50 08 48 39 d3 73 4f 48 8b 30 48  .t]H.P.H9.sOH.0H
	0x0020 c1 e3 04 4c 8b 44 33 08 48 8b 04 33 48 39 d1 73  ...L.D3.H..3H9.s
	0x0030 35 48 c1 e1 04 48 8b 7c 0e 08 48 8b 0c 0e 66 90  5H...H.|..H...f.
	0x0040 49 39 f8 7d 07 b8 01 00 00 00 eb 14 74 04 31 c0  I9.}........t.1.
	0x0050 eb 0e 4c 89 c3 e8 00 00 00 00 48 85 c0 0f 9c c0  ..L.......H.....
	0x0060 48 83 c4 20 5d c3 e8 00 00 00 00 e8 00 00 00 00  H.. ]...........
	0x0070 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x0080 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08 48  H.L$......H.D$.H
	0x0090 8b 5c 24 10 48 8b 4c 24 18 e9 62 ff ff ff        .\$.H.L$..b...
	rel 86+4 t=R_CALL runtime.cmpstring+0
	rel 103+4 t=R_CALL runtime.panicBounds+0
	rel 108+4 t=R_CALL runtime.panicBounds+0
	rel 113+4 t=R_CALL runtime.panicwrap+0
	rel 134+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Strs).Swap STEXT dupok size=179 align=0x0 args=0x18 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Strs).Swap(SB), DUPOK|WRAPPER|ABIInternal, $8-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	139
	0x000a 00010 (<autogenerated>:1)	PCDATA	$0, $-1
	0x000a 00010 (<autogenerated>:1)	PUSHQ	BP
	0x000b 00011 (<autogenerated>:1)	MOVQ	SP, BP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Strs).Swap.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Strs).Swap.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	133
	0x0013 00019 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x0017 00023 (<unknown line number>)	NOP
	0x0017 00023 (iface_heap_sort.go:45)	CMPQ	BX, DX
	0x001a 00026 (iface_heap_sort.go:45)	JCC	124
	0x001c 00028 (<autogenerated>:1)	MOVQ	(AX), AX
	0x001f 00031 (iface_heap_sort.go:45)	SHLQ	$4, BX
	0x0023 00035 (iface_heap_sort.go:45)	MOVQ	(BX)(AX*1), SI
	0x0027 00039 (iface_heap_sort.go:45)	MOVQ	8(BX)(AX*1), DI
	0x002c 00044 (iface_heap_sort.go:45)	CMPQ	CX, DX
	0x002f 00047 (iface_heap_sort.go:45)	JCC	119
	0x0031 00049 (iface_heap_sort.go:45)	SHLQ	$4, CX
	0x0035 00053 (iface_heap_sort.go:45)	MOVQ	8(AX)(CX*1), DX
	0x003a 00058 (iface_heap_sort.go:45)	MOVQ	(AX)(CX*1), R8
	0x003e 00062 (iface_heap_sort.go:45)	MOVQ	DX, 8(AX)(BX*1)
	0x0043 00067 (iface_heap_sort.go:45)	CMPL	runtime.writeBarrier(SB), $0
	0x004a 00074 (iface_heap_sort.go:45)	PCDATA	$0, $-2
	0x004a 00074 (iface_heap_sort.go:45)	JEQ	104
	0x004c 00076 (iface_heap_sort.go:45)	MOVQ	(BX)(AX*1), DX
	0x0050 00080 (iface_heap_sort.go:45)	MOVQ	(AX)(CX*1), R9
	0x0054 00084 (iface_heap_sort.go:45)	CALL	runtime.gcWriteBarrier4(SB)
	0x0059 00089 (iface_heap_sort.go:45)	MOVQ	R8, (R11)
	0x005c 00092 (iface_heap_sort.go:45)	MOVQ	DX, 8(R11)
	0x0060 00096 (iface_heap_sort.go:45)	MOVQ	SI, 16(R11)
	0x0064 00100 (iface_heap_sort.go:45)	MOVQ	R9, 24(R11)
	0x0068 00104 (iface_heap_sort.go:45)	MOVQ	R8, (AX)(BX*1)
	0x006c 00108 (iface_heap_sort.go:45)	MOVQ	DI, 8(AX)(CX*1)
	0x0071 00113 (iface_heap_sort.go:45)	MOVQ	SI, (AX)(CX*1)
	0x0075 00117 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0075 00117 (<autogenerated>:1)	POPQ	BP
	0x0076 00118 (<autogenerated>:1)	RET
	0x0077 00119 (iface_heap_sort.go:45)	PCDATA	$1, $1
	0x0077 00119 (iface_heap_sort.go:45)	PCDATA	$4, $2439
	0x0077 00119 (iface_heap_sort.go:45)	CALL	runtime.panicBounds(SB)
	0x007c 00124 (iface_heap_sort.go:45)	PCDATA	$4, $2583
	0x007c 00124 (iface_heap_sort.go:45)	NOP
	0x0080 00128 (iface_heap_sort.go:45)	CALL	runtime.panicBounds(SB)
	0x0085 00133 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x008a 00138 (<autogenerated>:1)	XCHGL	AX, AX
	0x008b 00139 (<autogenerated>:1)	NOP
	0x008b 00139 (<autogenerated>:1)	PCDATA	$1, $-1
	0x008b 00139 (<autogenerated>:1)	PCDATA	$0, $-2
	0x008b 00139 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0090 00144 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0095 00149 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x009a 00154 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x009f 00159 (<autogenerated>:1)	PCDATA	$0, $-1
	0x009f 00159 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x00a4 00164 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x00a9 00169 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x00ae 00174 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 0f 86 81 00 00 00 55 48 89 e5 48 85  I;f.......UH..H.
	0x0010 c0 74 72 48 8b 50 08 48 39 d3 73 60 48 8b 00 48  .trH.P.H9.s`H..H
	0x0020 c1 e3 04 48 8b 34 03 48 8b 7c 03 08 48 39 d1 73  ...H.4.H.|..H9.s
	0x0030 46 48 c1 e1 04 48 8b 54 08 08 4c 8b 04 08 48 89  FH...H.T..L...H.
	0x0040 54 18 08 83 3d 00 00 00 00 00 74 1c 48 8b 14 03  T...=.....t.H...
	0x0050 4c 8b 0c 08 e8 00 00 00 00 4d 89 03 49 89 53 08  L........M..I.S.
	0x0060 49 89 73 10 4d 89 4b 18 4c 89 04 18 48 89 7c 08  I.s.M.K.L...H.|.
	0x0070 08 48 89 34 08 5d c3 e8 00 00 00 00 0f 1f 40 00  .H.4.]........@.
	0x0080 e8 00 00 00 00 e8 00 00 00 00 90 48 89 44 24 08  ...........H.D$.
	0x0090 48 89 5c 24 10 48 89 4c 24 18 e8 00 00 00 00 48  H.\$.H.L$......H
	0x00a0 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18 e9 4d  .D$.H.\$.H.L$..M
	0x00b0 ff ff ff                                         ...
	rel 69+4 t=R_PCREL runtime.writeBarrier+-1
	rel 85+4 t=R_CALL runtime.gcWriteBarrier4+0
	rel 120+4 t=R_CALL runtime.panicBounds+0
	rel 129+4 t=R_CALL runtime.panicBounds+0
	rel 134+4 t=R_CALL runtime.panicwrap+0
	rel 155+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.[2GGGG] STEXT dupok size=119 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.[2GGGG](SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	92
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.[2GGGG].arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.[2GGGG].argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $-1
	0x0018 00024 (<autogenerated>:1)	XORL	CX, CX
	0x001a 00026 (<autogenerated>:1)	JMP	47
	0x001c 00028 (<autogenerated>:1)	MOVQ	main..autotmp_7+16(SP), CX
	0x0021 00033 (<autogenerated>:1)	ADDQ	$32, CX
	0x0025 00037 (<autogenerated>:1)	MOVQ	main.p+40(SP), AX
	0x002a 00042 (<autogenerated>:1)	MOVQ	main.q+48(SP), BX
	0x002f 00047 (<autogenerated>:1)	CMPQ	CX, $64
	0x0033 00051 (<autogenerated>:1)	JCC	81
	0x0035 00053 (<autogenerated>:1)	MOVQ	CX, main..autotmp_7+16(SP)
	0x003a 00058 (<autogenerated>:1)	ADDQ	CX, AX
	0x003d 00061 (<autogenerated>:1)	ADDQ	CX, BX
	0x0040 00064 (<autogenerated>:1)	PCDATA	$1, $0
	0x0040 00064 (<autogenerated>:1)	CALL	type:.eq.GGGG(SB)
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
	0x0020 10 48 83 c1 20 48 8b 44 24 28 48 8b 5c 24 30 48  .H.. H.D$(H.\$0H
	0x0030 83 f9 40 73 1c 48 89 4c 24 10 48 01 c8 48 01 cb  ..@s.H.L$.H..H..
	0x0040 e8 00 00 00 00 84 c0 75 d3 31 c0 48 83 c4 18 5d  .......u.1.H...]
	0x0050 c3 b8 01 00 00 00 48 83 c4 18 5d c3 48 89 44 24  ......H...].H.D$
	0x0060 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08  .H.\$......H.D$.
	0x0070 48 8b 5c 24 10 eb 89                             H.\$...
	rel 65+4 t=R_CALL type:.eq.GGGG+0
	rel 103+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.GGGG STEXT dupok nosplit size=80 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.GGGG(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.GGGG.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.GGGG.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVSD	(BX), X0
	0x0004 00004 (<autogenerated>:1)	MOVSD	(AX), X1
	0x0008 00008 (<autogenerated>:1)	UCOMISD	X1, X0
	0x000c 00012 (<autogenerated>:1)	JNE	77
	0x000e 00014 (<autogenerated>:1)	JPS	77
	0x0010 00016 (<autogenerated>:1)	MOVSD	8(AX), X0
	0x0015 00021 (<autogenerated>:1)	MOVSD	8(BX), X1
	0x001a 00026 (<autogenerated>:1)	UCOMISD	X0, X1
	0x001e 00030 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	JNE	77
	0x0022 00034 (<autogenerated>:1)	JPS	77
	0x0024 00036 (<autogenerated>:1)	MOVSD	16(AX), X0
	0x0029 00041 (<autogenerated>:1)	MOVSD	16(BX), X1
	0x002e 00046 (<autogenerated>:1)	UCOMISD	X1, X0
	0x0032 00050 (<autogenerated>:1)	JNE	77
	0x0034 00052 (<autogenerated>:1)	JPS	77
	0x0036 00054 (<autogenerated>:1)	MOVSD	24(AX), X0
	0x003b 00059 (<autogenerated>:1)	MOVSD	24(BX), X1
	0x0040 00064 (<autogenerated>:1)	UCOMISD	X0, X1
	0x0044 00068 (<autogenerated>:1)	SETEQ	AL
	0x0047 00071 (<autogenerated>:1)	SETPC	CL
	0x004a 00074 (<autogenerated>:1)	ANDL	CX, AX
	0x004c 00076 (<autogenerated>:1)	RET
	0x004d 00077 (<autogenerated>:1)	XORL	AX, AX
	0x004f 00079 (<autogenerated>:1)	RET
	0x0000 f2 0f 10 03 f2 0f 10 08 66 0f 2e c1 75 3f 7a 3d  ........f...u?z=
	0x0010 f2 0f 10 40 08 f2 0f 10 4b 08 66 0f 2e c8 66 90  ...@....K.f...f.
	0x0020 75 2b 7a 29 f2 0f 10 40 10 f2 0f 10 4b 10 66 0f  u+z)...@....K.f.
	0x0030 2e c1 75 19 7a 17 f2 0f 10 40 18 f2 0f 10 4b 18  ..u.z....@....K.
	0x0040 66 0f 2e c8 0f 94 c0 0f 9b c1 21 c8 c3 31 c0 c3  f.........!..1..
type:.eq.[4SS] STEXT dupok size=122 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.[4SS](SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	95
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.[4SS].arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.[4SS].argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $-1
	0x0018 00024 (<autogenerated>:1)	XORL	CX, CX
	0x001a 00026 (<autogenerated>:1)	JMP	47
	0x001c 00028 (<autogenerated>:1)	MOVQ	main..autotmp_7+16(SP), CX
	0x0021 00033 (<autogenerated>:1)	ADDQ	$32, CX
	0x0025 00037 (<autogenerated>:1)	MOVQ	main.p+40(SP), AX
	0x002a 00042 (<autogenerated>:1)	MOVQ	main.q+48(SP), BX
	0x002f 00047 (<autogenerated>:1)	CMPQ	CX, $128
	0x0036 00054 (<autogenerated>:1)	JCC	84
	0x0038 00056 (<autogenerated>:1)	MOVQ	CX, main..autotmp_7+16(SP)
	0x003d 00061 (<autogenerated>:1)	ADDQ	CX, AX
	0x0040 00064 (<autogenerated>:1)	ADDQ	CX, BX
	0x0043 00067 (<autogenerated>:1)	PCDATA	$1, $0
	0x0043 00067 (<autogenerated>:1)	CALL	type:.eq.SS(SB)
	0x0048 00072 (<autogenerated>:1)	TESTB	AL, AL
	0x004a 00074 (<autogenerated>:1)	JNE	28
	0x004c 00076 (<autogenerated>:1)	XORL	AX, AX
	0x004e 00078 (<autogenerated>:1)	ADDQ	$24, SP
	0x0052 00082 (<autogenerated>:1)	POPQ	BP
	0x0053 00083 (<autogenerated>:1)	RET
	0x0054 00084 (<autogenerated>:1)	MOVL	$1, AX
	0x0059 00089 (<autogenerated>:1)	ADDQ	$24, SP
	0x005d 00093 (<autogenerated>:1)	POPQ	BP
	0x005e 00094 (<autogenerated>:1)	RET
	0x005f 00095 (<autogenerated>:1)	NOP
	0x005f 00095 (<autogenerated>:1)	PCDATA	$1, $-1
	0x005f 00095 (<autogenerated>:1)	PCDATA	$0, $-2
	0x005f 00095 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0064 00100 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0069 00105 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x006e 00110 (<autogenerated>:1)	PCDATA	$0, $-1
	0x006e 00110 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0073 00115 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0078 00120 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 59 55 48 89 e5 48 83 ec 18 48 89  I;f.vYUH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 31 c9 eb 13 48 8b 4c 24  D$(H.\$01...H.L$
	0x0020 10 48 83 c1 20 48 8b 44 24 28 48 8b 5c 24 30 48  .H.. H.D$(H.\$0H
	0x0030 81 f9 80 00 00 00 73 1c 48 89 4c 24 10 48 01 c8  ......s.H.L$.H..
	0x0040 48 01 cb e8 00 00 00 00 84 c0 75 d0 31 c0 48 83  H.........u.1.H.
	0x0050 c4 18 5d c3 b8 01 00 00 00 48 83 c4 18 5d c3 48  ..]......H...].H
	0x0060 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b  .D$.H.\$......H.
	0x0070 44 24 08 48 8b 5c 24 10 eb 86                    D$.H.\$...
	rel 68+4 t=R_CALL type:.eq.SS+0
	rel 106+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.SS STEXT dupok size=127 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.SS(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	100
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SS.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SS.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	8(AX), CX
	0x0012 00018 (<autogenerated>:1)	CMPQ	8(BX), CX
	0x0016 00022 (<autogenerated>:1)	JNE	92
	0x0018 00024 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x001c 00028 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	24(BX), DX
	0x0024 00036 (<autogenerated>:1)	JNE	92
	0x0026 00038 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x002b 00043 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
	0x0030 00048 (<autogenerated>:1)	PCDATA	$3, $-1
	0x0030 00048 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0033 00051 (<autogenerated>:1)	MOVQ	(BX), BX
	0x0036 00054 (<autogenerated>:1)	PCDATA	$1, $0
	0x0036 00054 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x003b 00059 (<autogenerated>:1)	TESTB	AL, AL
	0x003d 00061 (<autogenerated>:1)	JEQ	92
	0x003f 00063 (<autogenerated>:1)	MOVQ	main.p+40(SP), DX
	0x0044 00068 (<autogenerated>:1)	MOVQ	16(DX), AX
	0x0048 00072 (<autogenerated>:1)	MOVQ	main.q+48(SP), SI
	0x004d 00077 (<autogenerated>:1)	MOVQ	16(SI), BX
	0x0051 00081 (<autogenerated>:1)	MOVQ	24(DX), CX
	0x0055 00085 (<autogenerated>:1)	PCDATA	$1, $1
	0x0055 00085 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x005a 00090 (<autogenerated>:1)	JMP	94
	0x005c 00092 (<autogenerated>:1)	PCDATA	$3, $1
	0x005c 00092 (<autogenerated>:1)	XORL	AX, AX
	0x005e 00094 (<autogenerated>:1)	ADDQ	$24, SP
	0x0062 00098 (<autogenerated>:1)	POPQ	BP
	0x0063 00099 (<autogenerated>:1)	RET
	0x0064 00100 (<autogenerated>:1)	NOP
	0x0064 00100 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0064 00100 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0064 00100 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0069 00105 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x006e 00110 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0073 00115 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0073 00115 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0078 00120 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x007d 00125 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 5e 55 48 89 e5 48 83 ec 18 48 8b  I;f.v^UH..H...H.
	0x0010 48 08 48 39 4b 08 75 44 48 8b 50 18 0f 1f 40 00  H.H9K.uDH.P...@.
	0x0020 48 39 53 18 75 36 48 89 44 24 28 48 89 5c 24 30  H9S.u6H.D$(H.\$0
	0x0030 48 8b 00 48 8b 1b e8 00 00 00 00 84 c0 74 1d 48  H..H.........t.H
	0x0040 8b 54 24 28 48 8b 42 10 48 8b 74 24 30 48 8b 5e  .T$(H.B.H.t$0H.^
	0x0050 10 48 8b 4a 18 e8 00 00 00 00 eb 02 31 c0 48 83  .H.J........1.H.
	0x0060 c4 18 5d c3 48 89 44 24 08 48 89 5c 24 10 e8 00  ..].H.D$.H.\$...
	0x0070 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 eb 81     ...H.D$.H.\$...
	rel 55+4 t=R_CALL runtime.memequal+0
	rel 86+4 t=R_CALL runtime.memequal+0
	rel 111+4 t=R_CALL runtime.morestack_noctxt+0
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
type:.namedata.*main.Strs. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 53 74 72 73              ..*main.Strs
type:.namedata.*func(*main.Strs) int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 74  ..*func(*main.St
	0x0010 72 73 29 20 69 6e 74                             rs) int
type:*func(*main.Strs) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 53 70 e9 8e 28 08 08 16 00 00 00 00 00 00 00 00  Sp..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Strs) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Strs) int+0
type:func(*main.Strs) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3f b5 21 df 22 08 08 13 00 00 00 00 00 00 00 00  ?.!."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Strs) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Strs) int+0
	rel 56+8 t=R_ADDR type:*main.Strs+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Strs, int, int) bool- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 74  . *func(*main.St
	0x0010 72 73 2c 20 69 6e 74 2c 20 69 6e 74 29 20 62 6f  rs, int, int) bo
	0x0020 6f 6c                                            ol
type:*func(*main.Strs, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a4 23 f8 db 28 08 08 16 00 00 00 00 00 00 00 00  .#..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Strs, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(*main.Strs, int, int) bool+0
type:func(*main.Strs, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c3 b7 9a 12 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Strs, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Strs, int, int) bool+0
	rel 56+8 t=R_ADDR type:*main.Strs+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(*main.Strs, int, int)- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 74  ..*func(*main.St
	0x0010 72 73 2c 20 69 6e 74 2c 20 69 6e 74 29           rs, int, int)
type:*func(*main.Strs, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 50 14 61 8b 28 08 08 16 00 00 00 00 00 00 00 00  P.a.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Strs, int, int)-+0
	rel 48+8 t=R_ADDR type:func(*main.Strs, int, int)+0
type:func(*main.Strs, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 20 79 3d c2 22 08 08 13 00 00 00 00 00 00 00 00   y=."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Strs, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Strs, int, int)+0
	rel 56+8 t=R_ADDR type:*main.Strs+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:*main.Strs SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2b 5c 44 e3 29 08 08 16 00 00 00 00 00 00 00 00  +\D.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Strs.+0
	rel 48+8 t=R_ADDR type:main.Strs+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Strs).Len+0
	rel 84+4 t=R_METHODOFF main.(*Strs).Len+0
	rel 88+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 92+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 96+4 t=R_METHODOFF main.(*Strs).Less+0
	rel 100+4 t=R_METHODOFF main.(*Strs).Less+0
	rel 104+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 108+4 t=R_METHODOFF type:func(int, int)+0
	rel 112+4 t=R_METHODOFF main.(*Strs).Swap+0
	rel 116+4 t=R_METHODOFF main.(*Strs).Swap+0
type:.namedata.*func(main.Strs) int- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 66 75 6e 63 28 6d 61 69 6e 2e 53 74 72  ..*func(main.Str
	0x0010 73 29 20 69 6e 74                                s) int
type:*func(main.Strs) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 14 d1 ad 84 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Strs) int-+0
	rel 48+8 t=R_ADDR type:func(main.Strs) int+0
type:func(main.Strs) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d2 4c 44 29 22 08 08 13 00 00 00 00 00 00 00 00  .LD)"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Strs) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Strs) int+0
	rel 56+8 t=R_ADDR type:main.Strs+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(main.Strs, int, int) bool- SRODATA dupok size=33 align=0x1
	0x0000 00 1f 2a 66 75 6e 63 28 6d 61 69 6e 2e 53 74 72  ..*func(main.Str
	0x0010 73 2c 20 69 6e 74 2c 20 69 6e 74 29 20 62 6f 6f  s, int, int) boo
	0x0020 6c                                               l
type:*func(main.Strs, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 40 8f 76 7e 28 08 08 16 00 00 00 00 00 00 00 00  @.v~(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Strs, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(main.Strs, int, int) bool+0
type:func(main.Strs, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 95 25 b2 36 22 08 08 13 00 00 00 00 00 00 00 00  .%.6"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Strs, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Strs, int, int) bool+0
	rel 56+8 t=R_ADDR type:main.Strs+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(main.Strs, int, int)- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 66 75 6e 63 28 6d 61 69 6e 2e 53 74 72  ..*func(main.Str
	0x0010 73 2c 20 69 6e 74 2c 20 69 6e 74 29              s, int, int)
type:*func(main.Strs, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 54 30 b7 7d 28 08 08 16 00 00 00 00 00 00 00 00  T0.}(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Strs, int, int)-+0
	rel 48+8 t=R_ADDR type:func(main.Strs, int, int)+0
type:func(main.Strs, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a1 c3 ac a1 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Strs, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Strs, int, int)+0
	rel 56+8 t=R_ADDR type:main.Strs+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:main.Strs SRODATA size=120 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 80 c6 fe 3f 07 08 08 17 00 00 00 00 00 00 00 00  ...?............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Strs.+0
	rel 44+4 t=R_ADDROFF type:*main.Strs+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Strs).Len+0
	rel 84+4 t=R_METHODOFF main.Strs.Len+0
	rel 88+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 92+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 96+4 t=R_METHODOFF main.(*Strs).Less+0
	rel 100+4 t=R_METHODOFF main.Strs.Less+0
	rel 104+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 108+4 t=R_METHODOFF type:func(int, int)+0
	rel 112+4 t=R_METHODOFF main.(*Strs).Swap+0
	rel 116+4 t=R_METHODOFF main.Strs.Swap+0
go:itab.main.Strs,main.Interface SRODATA dupok size=48 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 80 c6 fe 3f 00 00 00 00 00 00 00 00 00 00 00 00  ...?............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:main.Interface+0
	rel 8+8 t=R_ADDR type:main.Strs+0
	rel 24+8 t=RelocType(-32767) main.(*Strs).Len+0
	rel 32+8 t=RelocType(-32767) main.(*Strs).Less+0
	rel 40+8 t=RelocType(-32767) main.(*Strs).Swap+0
type:.namedata.*main.Floats. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 46 6c 6f 61 74 73        ..*main.Floats
type:.namedata.v- SRODATA dupok size=3 align=0x1
	0x0000 00 01 76                                         ..v
type:.namedata.swaps- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 77 61 70 73                             ..swaps
type:main.Floats SRODATA size=144 align=0x8
	0x0000 20 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00   ...............
	0x0010 2a ed 9b d3 07 08 08 19 00 00 00 00 00 00 00 00  *...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Floats.+0
	rel 44+4 t=R_ADDROFF type:*main.Floats+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Floats+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.v-+0
	rel 104+8 t=R_ADDR type:[]float64+0
	rel 120+8 t=R_ADDR type:.namedata.swaps-+0
	rel 128+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Floats) int- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 46 6c  ..*func(*main.Fl
	0x0010 6f 61 74 73 29 20 69 6e 74                       oats) int
type:*func(*main.Floats) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5f 1e 7c 9b 28 08 08 16 00 00 00 00 00 00 00 00  _.|.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Floats) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Floats) int+0
type:func(*main.Floats) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1e 47 42 f2 22 08 08 13 00 00 00 00 00 00 00 00  .GB."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Floats) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Floats) int+0
	rel 56+8 t=R_ADDR type:*main.Floats+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Floats, int, int) bool- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 46 6c  ."*func(*main.Fl
	0x0010 6f 61 74 73 2c 20 69 6e 74 2c 20 69 6e 74 29 20  oats, int, int) 
	0x0020 62 6f 6f 6c                                      bool
type:*func(*main.Floats, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ec 65 ce c8 28 08 08 16 00 00 00 00 00 00 00 00  .e..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Floats, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(*main.Floats, int, int) bool+0
type:func(*main.Floats, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 29 44 7d ab 22 08 08 13 00 00 00 00 00 00 00 00  )D}."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Floats, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Floats, int, int) bool+0
	rel 56+8 t=R_ADDR type:*main.Floats+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(*main.Floats, int, int)- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 46 6c  ..*func(*main.Fl
	0x0010 6f 61 74 73 2c 20 69 6e 74 2c 20 69 6e 74 29     oats, int, int)
type:*func(*main.Floats, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 cc 08 a9 50 28 08 08 16 00 00 00 00 00 00 00 00  ...P(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Floats, int, int)-+0
	rel 48+8 t=R_ADDR type:func(*main.Floats, int, int)+0
type:func(*main.Floats, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 69 f4 f3 4b 22 08 08 13 00 00 00 00 00 00 00 00  i..K"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Floats, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Floats, int, int)+0
	rel 56+8 t=R_ADDR type:*main.Floats+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:*main.Floats SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a7 3e 86 48 29 08 08 16 00 00 00 00 00 00 00 00  .>.H)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Floats.+0
	rel 48+8 t=R_ADDR type:main.Floats+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Floats).Len+0
	rel 84+4 t=R_METHODOFF main.(*Floats).Len+0
	rel 88+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 92+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 96+4 t=R_METHODOFF main.(*Floats).Less+0
	rel 100+4 t=R_METHODOFF main.(*Floats).Less+0
	rel 104+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 108+4 t=R_METHODOFF type:func(int, int)+0
	rel 112+4 t=R_METHODOFF main.(*Floats).Swap+0
	rel 116+4 t=R_METHODOFF main.(*Floats).Swap+0
go:itab.*main.Floats,main.Interface SRODATA dupok size=48 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 a7 3e 86 48 00 00 00 00 00 00 00 00 00 00 00 00  .>.H............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:main.Interface+0
	rel 8+8 t=R_ADDR type:*main.Floats+0
	rel 24+8 t=RelocType(-32767) main.(*Floats).Len+0
	rel 32+8 t=RelocType(-32767) main.(*Floats).Less+0
	rel 40+8 t=RelocType(-32767) main.(*Floats).Swap+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Strs.Len$abstract SDWARFABSFCN dupok size=27 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 74 72 73 2e 4c 65 6e 00 01  .main.Strs.Len..
	0x0010 29 01 22 73 00 00 00 00 00 00 00                 )."s.......
	rel 22+4 t=R_DWARFSECREF go:info.main.Strs+0
go:info.main.Strs.Less$abstract SDWARFABSFCN dupok size=44 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 74 72 73 2e 4c 65 73 73 00  .main.Strs.Less.
	0x0010 01 2a 01 22 73 00 00 00 00 00 00 22 69 00 00 00  .*."s......"i...
	0x0020 00 00 00 22 6a 00 00 00 00 00 00 00              ..."j.......
	rel 23+4 t=R_DWARFSECREF go:info.main.Strs+0
	rel 31+4 t=R_DWARFSECREF go:info.int+0
	rel 39+4 t=R_DWARFSECREF go:info.int+0
go:info.main.Strs.Swap$abstract SDWARFABSFCN dupok size=44 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 74 72 73 2e 53 77 61 70 00  .main.Strs.Swap.
	0x0010 01 2d 01 22 73 00 00 00 00 00 00 22 69 00 00 00  .-."s......"i...
	0x0020 00 00 00 22 6a 00 00 00 00 00 00 00              ..."j.......
	rel 23+4 t=R_DWARFSECREF go:info.main.Strs+0
	rel 31+4 t=R_DWARFSECREF go:info.int+0
	rel 39+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."pear" SRODATA dupok size=4 align=0x1
	0x0000 70 65 61 72                                      pear
go:string."fig" SRODATA dupok size=3 align=0x1
	0x0000 66 69 67                                         fig
go:string."banana" SRODATA dupok size=6 align=0x1
	0x0000 62 61 6e 61 6e 61                                banana
go:string."kiwi" SRODATA dupok size=4 align=0x1
	0x0000 6b 69 77 69                                      kiwi
go:string."apple" SRODATA dupok size=5 align=0x1
	0x0000 61 70 70 6c 65                                   apple
go:string."date" SRODATA dupok size=4 align=0x1
	0x0000 64 61 74 65                                      date
go:string."plum" SRODATA dupok size=4 align=0x1
	0x0000 70 6c 75 6d                                      plum
go:string."cherry" SRODATA dupok size=6 align=0x1
	0x0000 63 68 65 72 72 79                                cherry
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."swaps" SRODATA dupok size=5 align=0x1
	0x0000 73 77 61 70 73                                   swaps
go:string."swaps " SRODATA dupok size=6 align=0x1
	0x0000 73 77 61 70 73 20                                swaps 
type:.eqfunc.[2GGGG] SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.[2GGGG]+0
type:.namedata.*[8]float64- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 38 5d 66 6c 6f 61 74 36 34           ..*[8]float64
type:*[8]float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 de c7 ea 71 28 08 08 16 00 00 00 00 00 00 00 00  ...q(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]float64-+0
	rel 48+8 t=R_ADDR type:[8]float64+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[8]float64 SRODATA dupok size=72 align=0x8
	0x0000 40 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  @...............
	0x0010 94 13 1b 51 02 08 08 11 00 00 00 00 00 00 00 00  ...Q............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.[2GGGG]+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]float64-+0
	rel 44+4 t=RelocType(-32763) type:*[8]float64+0
	rel 48+8 t=R_ADDR type:float64+0
	rel 56+8 t=R_ADDR type:[]float64+0
type:.eqfunc.[4SS] SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.[4SS]+0
type:.namedata.*[8]string- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 38 5d 73 74 72 69 6e 67              ..*[8]string
type:*[8]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e3 40 28 9c 28 08 08 16 00 00 00 00 00 00 00 00  .@(.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]string-+0
	rel 48+8 t=R_ADDR type:[8]string+0
runtime.gcbits.5555000000000000 SRODATA dupok size=8 align=0x8
	0x0000 55 55 00 00 00 00 00 00                          UU......
type:[8]string SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 78 00 00 00 00 00 00 00  ........x.......
	0x0010 0c e3 00 fb 02 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.[4SS]+0
	rel 32+8 t=R_ADDR runtime.gcbits.5555000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]string-+0
	rel 44+4 t=RelocType(-32763) type:*[8]string+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:[]string+0
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.siftDown.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 18 08 ff                 ...........
main.siftDown.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 0b                                         ...
main.heapSort.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.heapSort.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.Strs.Len.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.Strs.Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Strs.Less.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.Strs.Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Strs.Swap.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.Strs.Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Floats).Len.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Floats).Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Floats).Less.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*Floats).Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Floats).Swap.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*Floats).Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·3Nf0KxzcHw1JLr11btD+gA== SRODATA dupok size=8 align=0x4
	0x0000 06 00 00 00 00 00 00 00                          ........
gclocals·fZgxiqGlELKv79sPvFP/jg== SRODATA dupok size=14 align=0x4
	0x0000 06 00 00 00 05 00 00 00 00 10 09 08 02 06        ..............
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
main.(*Strs).Len.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Strs).Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Strs).Less.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*Strs).Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Strs).Swap.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*Strs).Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.[2GGGG].arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
type:.eq.[2GGGG].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.GGGG.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.GGGG.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.[4SS].arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
type:.eq.[4SS].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.SS.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SS.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f64.4059000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 59 40                          ......Y@
