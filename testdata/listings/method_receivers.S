funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (method_receivers.go:29)	TEXT	main.main(SB), ABIInternal, $208-0
     0        00000 (method_receivers.go:29)	TEXT	main.main(SB), ABIInternal, $208-0
     0     -1 00000 (method_receivers.go:29)	LEAQ	-80(SP), R12
     5        00005 (method_receivers.go:29)	CMPQ	R12, 16(R14)
     9        00009 (method_receivers.go:29)	PCDATA	$0, $-2
     9        00009 (method_receivers.go:29)	JLS	787
     f        00015 (method_receivers.go:29)	PCDATA	$0, $-1
     f        00015 (method_receivers.go:29)	PUSHQ	BP
    10        00016 (method_receivers.go:29)	MOVQ	SP, BP
    13        00019 (method_receivers.go:29)	SUBQ	$200, SP
    1a        00026 (method_receivers.go:29)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    1a        00026 (method_receivers.go:29)	FUNCDATA	$1, gclocals·tl3Bsa87Onp877jxgXlfpg==(SB)
    1a        00026 (method_receivers.go:29)	FUNCDATA	$2, main.main.stkobj(SB)
    1a        00026 (method_receivers.go:30)	LEAQ	go:string."c"(SB), AX
    21        00033 (method_receivers.go:30)	MOVQ	AX, main.c+128(SP)
    29        00041 (method_receivers.go:30)	MOVQ	$1, main.c+136(SP)
    35        00053 (method_receivers.go:30)	MOVQ	$0, main.c+144(SP)
    41        00065 (method_receivers.go:31)	PCDATA	$1, $1
    41        00065 (method_receivers.go:31)	CALL	runtime.printlock(SB)
    46        00070 (method_receivers.go:31)	MOVL	$1, AX
    4b        00075 (method_receivers.go:31)	CALL	runtime.printint(SB)
    50        00080 (method_receivers.go:31)	CALL	runtime.printsp(SB)
    55        00085 (method_receivers.go:31)	MOVL	$1, AX
    5a        00090 (method_receivers.go:31)	CALL	runtime.printint(SB)
    5f        00095 (method_receivers.go:31)	NOP
    60        00096 (method_receivers.go:31)	CALL	runtime.printsp(SB)
    65        00101 (method_receivers.go:31)	XORL	AX, AX
    67        00103 (method_receivers.go:31)	CALL	runtime.printint(SB)
    6c        00108 (method_receivers.go:31)	CALL	runtime.printnl(SB)
    71        00113 (method_receivers.go:31)	CALL	runtime.printunlock(SB)
    76      0 00118 (method_receivers.go:32)	MOVQ	main.c+144(SP), AX
    7e        00126 (method_receivers.go:32)	LEAQ	1(AX), CX
    82        00130 (method_receivers.go:32)	MOVQ	CX, main..autotmp_75+96(SP)
    87      1 00135 (method_receivers.go:32)	ADDQ	$2, AX
    8b        00139 (method_receivers.go:32)	MOVQ	AX, main..autotmp_76+88(SP)
    90        00144 (<unknown line number>)	NOP
    90        00144 (<unknown line number>)	NOP
    90        00144 (method_receivers.go:32)	MOVQ	AX, main.c+144(SP)
    98     -1 00152 (method_receivers.go:32)	CALL	runtime.printlock(SB)
    9d        00157 (method_receivers.go:32)	MOVQ	main..autotmp_75+96(SP), AX
    a2        00162 (method_receivers.go:32)	CALL	runtime.printint(SB)
    a7        00167 (method_receivers.go:32)	CALL	runtime.printsp(SB)
    ac        00172 (method_receivers.go:32)	MOVQ	main..autotmp_76+88(SP), AX
    b1        00177 (method_receivers.go:32)	CALL	runtime.printint(SB)
    b6        00182 (method_receivers.go:32)	CALL	runtime.printsp(SB)
    bb        00187 (method_receivers.go:32)	MOVQ	main..autotmp_76+88(SP), AX
    c0        00192 (method_receivers.go:32)	CALL	runtime.printint(SB)
    c5        00197 (method_receivers.go:32)	CALL	runtime.printnl(SB)
    ca        00202 (method_receivers.go:32)	CALL	runtime.printunlock(SB)
    cf        00207 (method_receivers.go:35)	MOVQ	main.c+144(SP), AX
    d7        00215 (method_receivers.go:35)	MOVQ	AX, main..autotmp_75+96(SP)
    dc      2 00220 (method_receivers.go:35)	INCQ	AX
    df        00223 (method_receivers.go:35)	MOVQ	AX, main.cn+80(SP)
    e4        00228 (<unknown line number>)	NOP
    e4     -1 00228 (method_receivers.go:35)	CALL	runtime.printlock(SB)
    e9        00233 (method_receivers.go:35)	MOVQ	main.cn+80(SP), AX
    ee        00238 (method_receivers.go:35)	CALL	runtime.printint(SB)
    f3        00243 (method_receivers.go:35)	CALL	runtime.printsp(SB)
    f8        00248 (method_receivers.go:35)	MOVQ	main..autotmp_75+96(SP), AX
    fd        00253 (method_receivers.go:35)	NOP
   100        00256 (method_receivers.go:35)	CALL	runtime.printint(SB)
   105        00261 (method_receivers.go:35)	CALL	runtime.printnl(SB)
   10a        00266 (method_receivers.go:35)	CALL	runtime.printunlock(SB)
   10f      3 00271 (method_receivers.go:36)	MOVQ	main.c+144(SP), AX
   117        00279 (method_receivers.go:36)	INCQ	AX
   11a        00282 (method_receivers.go:36)	MOVQ	AX, main..autotmp_75+96(SP)
   11f     -1 00287 (method_receivers.go:36)	XCHGL	AX, AX
   120      3 00288 (method_receivers.go:36)	MOVQ	AX, main.c+144(SP)
   128        00296 (method_receivers.go:37)	PCDATA	$1, $0
   128     -1 00296 (method_receivers.go:37)	CALL	runtime.printlock(SB)
   12d        00301 (method_receivers.go:37)	MOVQ	main..autotmp_75+96(SP), AX
   132        00306 (method_receivers.go:37)	CALL	runtime.printint(SB)
   137        00311 (method_receivers.go:37)	CALL	runtime.printnl(SB)
   13c        00316 (method_receivers.go:37)	NOP
   140        00320 (method_receivers.go:37)	CALL	runtime.printunlock(SB)
   145        00325 (method_receivers.go:39)	LEAQ	main..autotmp_47+152(SP), AX
   14d        00333 (method_receivers.go:39)	MOVUPS	X15, (AX)
   151        00337 (method_receivers.go:39)	MOVUPS	X15, 16(AX)
   156        00342 (method_receivers.go:39)	MOVUPS	X15, 32(AX)
   15b        00347 (method_receivers.go:39)	MOVQ	$1, main..autotmp_47+160(SP)
   167        00359 (method_receivers.go:39)	LEAQ	go:string."a"(SB), AX
   16e        00366 (method_receivers.go:39)	MOVQ	AX, main..autotmp_47+152(SP)
   176        00374 (method_receivers.go:39)	MOVQ	$1, main..autotmp_47+184(SP)
   182        00386 (method_receivers.go:39)	LEAQ	go:string."b"(SB), AX
   189        00393 (method_receivers.go:39)	MOVQ	AX, main..autotmp_47+176(SP)
   191        00401 (method_receivers.go:39)	MOVQ	$10, main..autotmp_47+192(SP)
   19d        00413 (method_receivers.go:40)	XORL	AX, AX
   19f        00415 (method_receivers.go:40)	NOP
   1a0        00416 (method_receivers.go:40)	JMP	448
   1a2        00418 (<unknown line number>)	NOP
   1a2        00418 (method_receivers.go:41)	TESTQ	AX, AX
   1a5        00421 (method_receivers.go:41)	MOVL	$0, CX
   1aa        00426 (method_receivers.go:41)	MOVL	$24, DX
   1af        00431 (method_receivers.go:41)	CMOVQNE	DX, CX
   1b3      4 00435 (method_receivers.go:41)	INCQ	main..autotmp_47+168(SP)(CX*1)
   1bb     -1 00443 (method_receivers.go:40)	INCQ	AX
   1be        00446 (method_receivers.go:40)	NOP
   1c0        00448 (method_receivers.go:40)	CMPQ	AX, $2
   1c4        00452 (method_receivers.go:40)	JLT	418
   1c6        00454 (method_receivers.go:43)	XORL	AX, AX
   1c8        00456 (method_receivers.go:43)	JMP	461
   1ca        00458 (method_receivers.go:43)	INCQ	AX
   1cd        00461 (method_receivers.go:43)	CMPQ	AX, $2
   1d1        00465 (method_receivers.go:43)	JLT	458
   1d3        00467 (method_receivers.go:46)	MOVQ	main..autotmp_47+168(SP), AX
   1db        00475 (method_receivers.go:46)	MOVQ	AX, main..autotmp_75+96(SP)
   1e0        00480 (method_receivers.go:46)	MOVQ	main..autotmp_47+192(SP), AX
   1e8        00488 (method_receivers.go:46)	MOVQ	AX, main..autotmp_76+88(SP)
   1ed        00493 (method_receivers.go:46)	CALL	runtime.printlock(SB)
   1f2        00498 (method_receivers.go:46)	MOVQ	main..autotmp_75+96(SP), AX
   1f7        00503 (method_receivers.go:46)	CALL	runtime.printint(SB)
   1fc        00508 (method_receivers.go:46)	NOP
   200        00512 (method_receivers.go:46)	CALL	runtime.printsp(SB)
   205        00517 (method_receivers.go:46)	MOVQ	main..autotmp_76+88(SP), AX
   20a        00522 (method_receivers.go:46)	CALL	runtime.printint(SB)
   20f        00527 (method_receivers.go:46)	CALL	runtime.printnl(SB)
   214        00532 (method_receivers.go:46)	CALL	runtime.printunlock(SB)
   219        00537 (method_receivers.go:49)	CALL	runtime.printlock(SB)
   21e        00542 (method_receivers.go:49)	MOVL	$212, AX
   223        00547 (method_receivers.go:49)	CALL	runtime.printint(SB)
   228        00552 (method_receivers.go:49)	CALL	runtime.printsp(SB)
   22d        00557 (method_receivers.go:49)	MOVQ	$-40, AX
   234        00564 (method_receivers.go:49)	CALL	runtime.printint(SB)
   239        00569 (method_receivers.go:49)	CALL	runtime.printnl(SB)
   23e        00574 (method_receivers.go:49)	NOP
   240        00576 (method_receivers.go:49)	CALL	runtime.printunlock(SB)
   245        00581 (method_receivers.go:51)	MOVQ	$0, main.l+104(SP)
   24e        00590 (method_receivers.go:51)	MOVUPS	X15, main.l+112(SP)
   254        00596 (method_receivers.go:52)	MOVL	$1, AX
   259        00601 (method_receivers.go:52)	JMP	624
   25b      5 00603 (method_receivers.go:53)	MOVQ	BX, main.l+112(SP)
   260     -1 00608 (method_receivers.go:53)	LEAQ	(AX)(AX*1), R8
   264        00612 (method_receivers.go:53)	LEAQ	(R8)(R8*4), R8
   268      5 00616 (method_receivers.go:53)	MOVQ	R8, -8(DX)(BX*8)
   26d     -1 00621 (method_receivers.go:52)	INCQ	AX
   270        00624 (method_receivers.go:52)	CMPQ	AX, $5
   274        00628 (method_receivers.go:52)	JGT	698
   276      5 00630 (method_receivers.go:53)	MOVQ	main.l+120(SP), CX
   27b        00635 (method_receivers.go:53)	MOVQ	main.l+112(SP), BX
   280        00640 (method_receivers.go:53)	INCQ	BX
   283        00643 (<unknown line number>)	NOP
   283        00643 (method_receivers.go:53)	MOVQ	main.l+104(SP), DX
   288        00648 (method_receivers.go:53)	CMPQ	CX, BX
   28b        00651 (method_receivers.go:53)	JCC	603
   28d     -1 00653 (method_receivers.go:52)	MOVQ	AX, main.i+72(SP)
   292      5 00658 (method_receivers.go:53)	MOVQ	DX, AX
   295        00661 (method_receivers.go:53)	MOVL	$1, DI
   29a        00666 (method_receivers.go:53)	LEAQ	type:int(SB), SI
   2a1        00673 (method_receivers.go:53)	PCDATA	$1, $2
   2a1        00673 (method_receivers.go:53)	CALL	runtime.growslice(SB)
   2a6        00678 (method_receivers.go:53)	MOVQ	CX, main.l+120(SP)
   2ab        00683 (method_receivers.go:53)	MOVQ	AX, main.l+104(SP)
   2b0     -1 00688 (method_receivers.go:53)	MOVQ	AX, DX
   2b3        00691 (method_receivers.go:53)	MOVQ	main.i+72(SP), AX
   2b8      5 00696 (method_receivers.go:53)	JMP	603
   2ba     -1 00698 (method_receivers.go:55)	MOVQ	main.l+112(SP), AX
   2bf        00703 (method_receivers.go:55)	MOVQ	main.l+104(SP), CX
   2c4        00708 (<unknown line number>)	NOP
   2c4      6 00708 (method_receivers.go:55)	XORL	DX, DX
   2c6        00710 (method_receivers.go:55)	XORL	BX, BX
   2c8        00712 (method_receivers.go:55)	JMP	721
   2ca        00714 (method_receivers.go:55)	ADDQ	(CX)(BX*8), DX
   2ce        00718 (method_receivers.go:55)	INCQ	BX
   2d1        00721 (method_receivers.go:55)	CMPQ	BX, AX
   2d4        00724 (method_receivers.go:55)	JLT	714
   2d6     -1 00726 (method_receivers.go:55)	MOVQ	AX, main..autotmp_75+96(SP)
   2db      6 00731 (method_receivers.go:55)	MOVQ	DX, main.s+64(SP)
   2e0        00736 (method_receivers.go:55)	PCDATA	$1, $0
   2e0     -1 00736 (method_receivers.go:55)	CALL	runtime.printlock(SB)
   2e5        00741 (method_receivers.go:55)	MOVQ	main..autotmp_75+96(SP), AX
   2ea        00746 (method_receivers.go:55)	CALL	runtime.printint(SB)
   2ef        00751 (method_receivers.go:55)	CALL	runtime.printsp(SB)
   2f4        00756 (method_receivers.go:55)	MOVQ	main.s+64(SP), AX
   2f9        00761 (method_receivers.go:55)	CALL	runtime.printint(SB)
   2fe        00766 (method_receivers.go:55)	NOP
   300        00768 (method_receivers.go:55)	CALL	runtime.printnl(SB)
   305        00773 (method_receivers.go:55)	CALL	runtime.printunlock(SB)
   30a        00778 (method_receivers.go:56)	ADDQ	$200, SP
   311        00785 (method_receivers.go:56)	POPQ	BP
   312        00786 (method_receivers.go:56)	RET
   313        00787 (method_receivers.go:56)	NOP
   313        00787 (method_receivers.go:29)	PCDATA	$1, $-1
   313        00787 (method_receivers.go:29)	PCDATA	$0, $-2
   313        00787 (method_receivers.go:29)	CALL	runtime.morestack_noctxt(SB)
   318        00792 (method_receivers.go:29)	PCDATA	$0, $-1
   318        00792 (method_receivers.go:29)	JMP	0
   31d done
wrote 55 bytes to 0x0
 00 76 02 11 02 11 03 44 06 08 05 2b 08 10 07 01 08 08 07 8b 01 0a 08 09 a0 01 0c 05 0b 08 0c 05 0b 09 0c 17 0b 05 0c 1e 0b 08 0c 02 0b 0a 0e 12 0d 05 0e 05 0d 3d 00
-- inlining tree for main.main:
0 | -1 | main.(*Counter).IncPtr (method_receivers.go:32:18) pc=152
1 | -1 | main.(*Counter).IncPtr (method_receivers.go:32:30) pc=152
2 | -1 | main.Counter.IncValue (method_receivers.go:35:21) pc=207
3 | -1 | main.(*Counter).IncPtr (method_receivers.go:36:11) pc=287
4 | -1 | main.(*Counter).IncPtr (method_receivers.go:41:16) pc=418
5 | -1 | main.(*IntList).Push (method_receivers.go:53:9) pc=608
6 | -1 | main.IntList.Sum (method_receivers.go:55:23) pc=698
--
funcpctab main.(*IntList).Sum [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*IntList).Sum(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*IntList).Sum(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*IntList).Sum.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*IntList).Sum.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	39
     9        00009 (<autogenerated>:1)	MOVQ	(AX), CX
     c        00012 (<autogenerated>:1)	MOVQ	8(AX), DX
    10        00016 (<unknown line number>)	NOP
    10      0 00016 (<autogenerated>:1)	XORL	BX, BX
    12        00018 (<autogenerated>:1)	XORL	AX, AX
    14        00020 (<autogenerated>:1)	JMP	32
    16        00022 (<autogenerated>:1)	ADDQ	(CX)(BX*8), AX
    1a        00026 (<autogenerated>:1)	INCQ	BX
    1d        00029 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	BX, DX
    23        00035 (<autogenerated>:1)	JLT	22
    25     -1 00037 (<autogenerated>:1)	POPQ	BP
    26        00038 (<autogenerated>:1)	RET
    27        00039 (<autogenerated>:1)	PCDATA	$1, $1
    27        00039 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    2c        00044 (<autogenerated>:1)	XCHGL	AX, AX
    2d done
wrote 7 bytes to 0x0
 00 10 02 15 01 08 00
-- inlining tree for main.(*IntList).Sum:
0 | -1 | main.IntList.Sum (<autogenerated>:1) pc=4
--
funcpctab main.(*Counter).IncValue [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Counter).IncValue(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Counter).IncValue(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Counter).IncValue.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Counter).IncValue.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	18
     9        00009 (<autogenerated>:1)	MOVQ	16(AX), AX
     d      0 00013 (<autogenerated>:1)	INCQ	AX
    10        00016 (<unknown line number>)	NOP
    10     -1 00016 (<autogenerated>:1)	POPQ	BP
    11        00017 (<autogenerated>:1)	RET
    12        00018 (<autogenerated>:1)	PCDATA	$1, $1
    12        00018 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    17        00023 (<autogenerated>:1)	XCHGL	AX, AX
    18 done
wrote 7 bytes to 0x0
 00 0d 02 03 01 08 00
-- inlining tree for main.(*Counter).IncValue:
0 | -1 | main.Counter.IncValue (<autogenerated>:1) pc=4
--
funcpctab main.(*Celsius).Fahrenheit [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Celsius).Fahrenheit(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Celsius).Fahrenheit(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Celsius).Fahrenheit.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Celsius).Fahrenheit.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	51
     9        00009 (<autogenerated>:1)	MOVSD	(AX), X0
     d      0 00013 (<autogenerated>:1)	MOVSD	$f64.4022000000000000(SB), X1
    15        00021 (<autogenerated>:1)	MULSD	X1, X0
    19        00025 (<autogenerated>:1)	MOVSD	$f64.4014000000000000(SB), X1
    21        00033 (<autogenerated>:1)	DIVSD	X1, X0
    25        00037 (<autogenerated>:1)	MOVSD	$f64.4040000000000000(SB), X1
    2d        00045 (<autogenerated>:1)	ADDSD	X1, X0
    31        00049 (<unknown line number>)	NOP
    31     -1 00049 (<autogenerated>:1)	POPQ	BP
    32        00050 (<autogenerated>:1)	RET
    33        00051 (<autogenerated>:1)	PCDATA	$1, $1
    33        00051 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    38        00056 (<autogenerated>:1)	XCHGL	AX, AX
    39 done
wrote 7 bytes to 0x0
 00 0d 02 24 01 08 00
-- inlining tree for main.(*Celsius).Fahrenheit:
0 | -1 | main.Celsius.Fahrenheit (<autogenerated>:1) pc=4
--
funcpctab main.(*Counter).Get [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Counter).Get(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Counter).Get(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Counter).Get.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Counter).Get.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	15
     9        00009 (<autogenerated>:1)	MOVQ	16(AX), AX
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
funcpctab main.IntList.Sum [valfunc=pctoinline]
     0     -1 00000 (method_receivers.go:19)	TEXT	main.IntList.Sum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (method_receivers.go:19)	TEXT	main.IntList.Sum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (method_receivers.go:19)	MOVQ	AX, main.l+8(FP)
     5        00005 (method_receivers.go:19)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (method_receivers.go:19)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (method_receivers.go:19)	FUNCDATA	$5, main.IntList.Sum.arginfo1(SB)
     5        00005 (method_receivers.go:19)	FUNCDATA	$6, main.IntList.Sum.argliveinfo(SB)
     5        00005 (method_receivers.go:19)	PCDATA	$3, $1
     5        00005 (method_receivers.go:21)	XORL	CX, CX
     7        00007 (method_receivers.go:21)	XORL	DX, DX
     9        00009 (method_receivers.go:21)	JMP	18
     b        00011 (method_receivers.go:22)	ADDQ	(AX)(CX*8), DX
     f        00015 (method_receivers.go:21)	INCQ	CX
    12        00018 (method_receivers.go:21)	CMPQ	BX, CX
    15        00021 (method_receivers.go:21)	JGT	11
    17        00023 (method_receivers.go:24)	MOVQ	DX, AX
    1a        00026 (method_receivers.go:24)	RET
    1b done
wrote 3 bytes to 0x0
 00 1b 00
funcpctab main.(*Counter).IncPtr [valfunc=pctoinline]
     0     -1 00000 (method_receivers.go:10)	TEXT	main.(*Counter).IncPtr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (method_receivers.go:10)	TEXT	main.(*Counter).IncPtr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (method_receivers.go:10)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (method_receivers.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (method_receivers.go:10)	FUNCDATA	$5, main.(*Counter).IncPtr.arginfo1(SB)
     0        00000 (method_receivers.go:10)	FUNCDATA	$6, main.(*Counter).IncPtr.argliveinfo(SB)
     0        00000 (method_receivers.go:10)	PCDATA	$3, $1
     0     -1 00000 (method_receivers.go:10)	MOVQ	16(AX), CX
     4        00004 (method_receivers.go:10)	INCQ	CX
     7        00007 (method_receivers.go:10)	MOVQ	CX, 16(AX)
     b        00011 (method_receivers.go:10)	MOVQ	CX, AX
     e        00014 (method_receivers.go:10)	RET
     f done
wrote 3 bytes to 0x0
 00 0f 00
funcpctab main.Counter.IncValue [valfunc=pctoinline]
     0     -1 00000 (method_receivers.go:9)	TEXT	main.Counter.IncValue(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (method_receivers.go:9)	TEXT	main.Counter.IncValue(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (method_receivers.go:9)	MOVQ	AX, main.c+8(FP)
     5        00005 (method_receivers.go:9)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (method_receivers.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (method_receivers.go:9)	FUNCDATA	$5, main.Counter.IncValue.arginfo1(SB)
     5        00005 (method_receivers.go:9)	FUNCDATA	$6, main.Counter.IncValue.argliveinfo(SB)
     5        00005 (method_receivers.go:9)	PCDATA	$3, $1
     5        00005 (method_receivers.go:9)	LEAQ	1(CX), AX
     9        00009 (method_receivers.go:9)	RET
     a done
wrote 3 bytes to 0x0
 00 0a 00
funcpctab main.(*IntList).Push [valfunc=pctoinline]
     0     -1 00000 (method_receivers.go:27)	TEXT	main.(*IntList).Push(SB), ABIInternal, $72-16
     0        00000 (method_receivers.go:27)	TEXT	main.(*IntList).Push(SB), ABIInternal, $72-16
     0     -1 00000 (method_receivers.go:27)	CMPQ	SP, 16(R14)
     4        00004 (method_receivers.go:27)	PCDATA	$0, $-2
     4        00004 (method_receivers.go:27)	JLS	140
     a        00010 (method_receivers.go:27)	PCDATA	$0, $-1
     a        00010 (method_receivers.go:27)	PUSHQ	BP
     b        00011 (method_receivers.go:27)	MOVQ	SP, BP
     e        00014 (method_receivers.go:27)	SUBQ	$64, SP
    12        00018 (method_receivers.go:27)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    12        00018 (method_receivers.go:27)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (method_receivers.go:27)	FUNCDATA	$5, main.(*IntList).Push.arginfo1(SB)
    12        00018 (method_receivers.go:27)	FUNCDATA	$6, main.(*IntList).Push.argliveinfo(SB)
    12        00018 (method_receivers.go:27)	PCDATA	$3, $1
    12        00018 (method_receivers.go:27)	MOVQ	16(AX), CX
    16        00022 (method_receivers.go:27)	MOVQ	8(AX), DX
    1a        00026 (method_receivers.go:27)	INCQ	DX
    1d        00029 (method_receivers.go:27)	MOVQ	(AX), R8
    20        00032 (method_receivers.go:27)	CMPQ	CX, DX
    23        00035 (method_receivers.go:27)	JCC	125
    25        00037 (method_receivers.go:27)	MOVQ	AX, main.l+80(SP)
    2a        00042 (method_receivers.go:27)	MOVQ	BX, main.v+88(SP)
    2f        00047 (method_receivers.go:27)	PCDATA	$3, $-1
    2f        00047 (method_receivers.go:27)	MOVQ	R8, AX
    32        00050 (method_receivers.go:27)	MOVQ	DX, BX
    35        00053 (method_receivers.go:27)	MOVL	$1, DI
    3a        00058 (method_receivers.go:27)	LEAQ	type:int(SB), SI
    41        00065 (method_receivers.go:27)	PCDATA	$1, $0
    41        00065 (method_receivers.go:27)	CALL	runtime.growslice(SB)
    46        00070 (method_receivers.go:27)	MOVQ	main.l+80(SP), DX
    4b        00075 (method_receivers.go:27)	MOVQ	CX, 16(DX)
    4f        00079 (method_receivers.go:27)	CMPL	runtime.writeBarrier(SB), $0
    56        00086 (method_receivers.go:27)	PCDATA	$0, $-2
    56        00086 (method_receivers.go:27)	JEQ	108
    58        00088 (method_receivers.go:27)	MOVQ	(DX), CX
    5b        00091 (method_receivers.go:27)	NOP
    60        00096 (method_receivers.go:27)	CALL	runtime.gcWriteBarrier2(SB)
    65        00101 (method_receivers.go:27)	MOVQ	AX, (R11)
    68        00104 (method_receivers.go:27)	MOVQ	CX, 8(R11)
    6c        00108 (method_receivers.go:27)	MOVQ	AX, (DX)
    6f        00111 (method_receivers.go:27)	PCDATA	$0, $-1
    6f        00111 (method_receivers.go:27)	MOVQ	AX, R8
    72        00114 (method_receivers.go:27)	MOVQ	DX, AX
    75        00117 (method_receivers.go:27)	MOVQ	BX, DX
    78        00120 (method_receivers.go:27)	MOVQ	main.v+88(SP), BX
    7d        00125 (method_receivers.go:27)	PCDATA	$3, $1
    7d        00125 (method_receivers.go:27)	MOVQ	DX, 8(AX)
    81        00129 (method_receivers.go:27)	MOVQ	BX, -8(R8)(DX*8)
    86        00134 (method_receivers.go:27)	ADDQ	$64, SP
    8a        00138 (method_receivers.go:27)	POPQ	BP
    8b        00139 (method_receivers.go:27)	RET
    8c        00140 (method_receivers.go:27)	NOP
    8c        00140 (method_receivers.go:27)	PCDATA	$1, $-1
    8c        00140 (method_receivers.go:27)	PCDATA	$0, $-2
    8c        00140 (method_receivers.go:27)	MOVQ	AX, 8(SP)
    91        00145 (method_receivers.go:27)	MOVQ	BX, 16(SP)
    96        00150 (method_receivers.go:27)	CALL	runtime.morestack_noctxt(SB)
    9b        00155 (method_receivers.go:27)	PCDATA	$0, $-1
    9b        00155 (method_receivers.go:27)	MOVQ	8(SP), AX
    a0        00160 (method_receivers.go:27)	MOVQ	16(SP), BX
    a5        00165 (method_receivers.go:27)	JMP	0
    aa done
wrote 4 bytes to 0x0
 00 aa 01 00
funcpctab main.Celsius.Fahrenheit [valfunc=pctoinline]
     0     -1 00000 (method_receivers.go:15)	TEXT	main.Celsius.Fahrenheit(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (method_receivers.go:15)	TEXT	main.Celsius.Fahrenheit(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (method_receivers.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (method_receivers.go:15)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (method_receivers.go:15)	FUNCDATA	$5, main.Celsius.Fahrenheit.arginfo1(SB)
     0        00000 (method_receivers.go:15)	FUNCDATA	$6, main.Celsius.Fahrenheit.argliveinfo(SB)
     0        00000 (method_receivers.go:15)	PCDATA	$3, $1
     0     -1 00000 (method_receivers.go:15)	MOVSD	$f64.4022000000000000(SB), X1
     8        00008 (method_receivers.go:15)	MULSD	X1, X0
     c        00012 (method_receivers.go:15)	MOVSD	$f64.4014000000000000(SB), X1
    14        00020 (method_receivers.go:15)	DIVSD	X1, X0
    18        00024 (method_receivers.go:15)	MOVSD	$f64.4040000000000000(SB), X1
    20        00032 (method_receivers.go:15)	ADDSD	X1, X0
    24        00036 (method_receivers.go:15)	RET
    25 done
wrote 3 bytes to 0x0
 00 25 00
funcpctab main.Counter.Get [valfunc=pctoinline]
     0     -1 00000 (method_receivers.go:11)	TEXT	main.Counter.Get(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (method_receivers.go:11)	TEXT	main.Counter.Get(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (method_receivers.go:11)	MOVQ	AX, main.c+8(FP)
     5        00005 (method_receivers.go:11)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (method_receivers.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (method_receivers.go:11)	FUNCDATA	$5, main.Counter.Get.arginfo1(SB)
     5        00005 (method_receivers.go:11)	FUNCDATA	$6, main.Counter.Get.argliveinfo(SB)
     5        00005 (method_receivers.go:11)	PCDATA	$3, $1
     5        00005 (method_receivers.go:11)	MOVQ	CX, AX
     8        00008 (method_receivers.go:11)	RET
     9 done
wrote 3 bytes to 0x0
 00 09 00
main.Counter.IncValue STEXT nosplit size=10 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (method_receivers.go:9)	TEXT	main.Counter.IncValue(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (method_receivers.go:9)	MOVQ	AX, main.c+8(FP)
	0x0005 00005 (method_receivers.go:9)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (method_receivers.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (method_receivers.go:9)	FUNCDATA	$5, main.Counter.IncValue.arginfo1(SB)
	0x0005 00005 (method_receivers.go:9)	FUNCDATA	$6, main.Counter.IncValue.argliveinfo(SB)
	0x0005 00005 (method_receivers.go:9)	PCDATA	$3, $1
	0x0005 00005 (method_receivers.go:9)	LEAQ	1(CX), AX
	0x0009 00009 (method_receivers.go:9)	RET
	0x0000 48 89 44 24 08 48 8d 41 01 c3                    H.D$.H.A..
main.(*Counter).IncPtr STEXT nosplit size=15 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (method_receivers.go:10)	TEXT	main.(*Counter).IncPtr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (method_receivers.go:10)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (method_receivers.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (method_receivers.go:10)	FUNCDATA	$5, main.(*Counter).IncPtr.arginfo1(SB)
	0x0000 00000 (method_receivers.go:10)	FUNCDATA	$6, main.(*Counter).IncPtr.argliveinfo(SB)
	0x0000 00000 (method_receivers.go:10)	PCDATA	$3, $1
	0x0000 00000 (method_receivers.go:10)	MOVQ	16(AX), CX
	0x0004 00004 (method_receivers.go:10)	INCQ	CX
	0x0007 00007 (method_receivers.go:10)	MOVQ	CX, 16(AX)
	0x000b 00011 (method_receivers.go:10)	MOVQ	CX, AX
	0x000e 00014 (method_receivers.go:10)	RET
	0x0000 48 8b 48 10 48 ff c1 48 89 48 10 48 89 c8 c3     H.H.H..H.H.H...
main.Counter.Get STEXT nosplit size=9 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (method_receivers.go:11)	TEXT	main.Counter.Get(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (method_receivers.go:11)	MOVQ	AX, main.c+8(FP)
	0x0005 00005 (method_receivers.go:11)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (method_receivers.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (method_receivers.go:11)	FUNCDATA	$5, main.Counter.Get.arginfo1(SB)
	0x0005 00005 (method_receivers.go:11)	FUNCDATA	$6, main.Counter.Get.argliveinfo(SB)
	0x0005 00005 (method_receivers.go:11)	PCDATA	$3, $1
	0x0005 00005 (method_receivers.go:11)	MOVQ	CX, AX
	0x0008 00008 (method_receivers.go:11)	RET
	0x0000 48 89 44 24 08 48 89 c8 c3                       H.D$.H...
main.Celsius.Fahrenheit STEXT nosplit size=37 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (method_receivers.go:15)	TEXT	main.Celsius.Fahrenheit(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (method_receivers.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (method_receivers.go:15)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (method_receivers.go:15)	FUNCDATA	$5, main.Celsius.Fahrenheit.arginfo1(SB)
	0x0000 00000 (method_receivers.go:15)	FUNCDATA	$6, main.Celsius.Fahrenheit.argliveinfo(SB)
	0x0000 00000 (method_receivers.go:15)	PCDATA	$3, $1
	0x0000 00000 (method_receivers.go:15)	MOVSD	$f64.4022000000000000(SB), X1
	0x0008 00008 (method_receivers.go:15)	MULSD	X1, X0
	0x000c 00012 (method_receivers.go:15)	MOVSD	$f64.4014000000000000(SB), X1
	0x0014 00020 (method_receivers.go:15)	DIVSD	X1, X0
	0x0018 00024 (method_receivers.go:15)	MOVSD	$f64.4040000000000000(SB), X1
	0x0020 00032 (method_receivers.go:15)	ADDSD	X1, X0
	0x0024 00036 (method_receivers.go:15)	RET
	0x0000 f2 0f 10 0d 00 00 00 00 f2 0f 59 c1 f2 0f 10 0d  ..........Y.....
	0x0010 00 00 00 00 f2 0f 5e c1 f2 0f 10 0d 00 00 00 00  ......^.........
	0x0020 f2 0f 58 c1 c3                                   ..X..
	rel 4+4 t=R_PCREL $f64.4022000000000000+0
	rel 16+4 t=R_PCREL $f64.4014000000000000+0
	rel 28+4 t=R_PCREL $f64.4040000000000000+0
main.IntList.Sum STEXT nosplit size=27 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (method_receivers.go:19)	TEXT	main.IntList.Sum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (method_receivers.go:19)	MOVQ	AX, main.l+8(FP)
	0x0005 00005 (method_receivers.go:19)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (method_receivers.go:19)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (method_receivers.go:19)	FUNCDATA	$5, main.IntList.Sum.arginfo1(SB)
	0x0005 00005 (method_receivers.go:19)	FUNCDATA	$6, main.IntList.Sum.argliveinfo(SB)
	0x0005 00005 (method_receivers.go:19)	PCDATA	$3, $1
	0x0005 00005 (method_receivers.go:21)	XORL	CX, CX
	0x0007 00007 (method_receivers.go:21)	XORL	DX, DX
	0x0009 00009 (method_receivers.go:21)	JMP	18
	0x000b 00011 (method_receivers.go:22)	ADDQ	(AX)(CX*8), DX
	0x000f 00015 (method_receivers.go:21)	INCQ	CX
	0x0012 00018 (method_receivers.go:21)	CMPQ	BX, CX
	0x0015 00021 (method_receivers.go:21)	JGT	11
	0x0017 00023 (method_receivers.go:24)	MOVQ	DX, AX
	0x001a 00026 (method_receivers.go:24)	RET
	0x0000 48 89 44 24 08 31 c9 31 d2 eb 07 48 03 14 c8 48  H.D$.1.1...H...H
	0x0010 ff c1 48 39 cb 7f f4 48 89 d0 c3                 ..H9...H...
main.(*IntList).Push STEXT size=170 align=0x0 args=0x10 locals=0x48 funcid=0x0
	0x0000 00000 (method_receivers.go:27)	TEXT	main.(*IntList).Push(SB), ABIInternal, $72-16
	0x0000 00000 (method_receivers.go:27)	CMPQ	SP, 16(R14)
	0x0004 00004 (method_receivers.go:27)	PCDATA	$0, $-2
	0x0004 00004 (method_receivers.go:27)	JLS	140
	0x000a 00010 (method_receivers.go:27)	PCDATA	$0, $-1
	0x000a 00010 (method_receivers.go:27)	PUSHQ	BP
	0x000b 00011 (method_receivers.go:27)	MOVQ	SP, BP
	0x000e 00014 (method_receivers.go:27)	SUBQ	$64, SP
	0x0012 00018 (method_receivers.go:27)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0012 00018 (method_receivers.go:27)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (method_receivers.go:27)	FUNCDATA	$5, main.(*IntList).Push.arginfo1(SB)
	0x0012 00018 (method_receivers.go:27)	FUNCDATA	$6, main.(*IntList).Push.argliveinfo(SB)
	0x0012 00018 (method_receivers.go:27)	PCDATA	$3, $1
	0x0012 00018 (method_receivers.go:27)	MOVQ	16(AX), CX
	0x0016 00022 (method_receivers.go:27)	MOVQ	8(AX), DX
	0x001a 00026 (method_receivers.go:27)	INCQ	DX
	0x001d 00029 (method_receivers.go:27)	MOVQ	(AX), R8
	0x0020 00032 (method_receivers.go:27)	CMPQ	CX, DX
	0x0023 00035 (method_receivers.go:27)	JCC	125
	0x0025 00037 (method_receivers.go:27)	MOVQ	AX, main.l+80(SP)
	0x002a 00042 (method_receivers.go:27)	MOVQ	BX, main.v+88(SP)
	0x002f 00047 (method_receivers.go:27)	PCDATA	$3, $-1
	0x002f 00047 (method_receivers.go:27)	MOVQ	R8, AX
	0x0032 00050 (method_receivers.go:27)	MOVQ	DX, BX
	0x0035 00053 (method_receivers.go:27)	MOVL	$1, DI
	0x003a 00058 (method_receivers.go:27)	LEAQ	type:int(SB), SI
	0x0041 00065 (method_receivers.go:27)	PCDATA	$1, $0
	0x0041 00065 (method_receivers.go:27)	CALL	runtime.growslice(SB)
	0x0046 00070 (method_receivers.go:27)	MOVQ	main.l+80(SP), DX
	0x004b 00075 (method_receivers.go:27)	MOVQ	CX, 16(DX)
	0x004f 00079 (method_receivers.go:27)	CMPL	runtime.writeBarrier(SB), $0
	0x0056 00086 (method_receivers.go:27)	PCDATA	$0, $-2
	0x0056 00086 (method_receivers.go:27)	JEQ	108
	0x0058 00088 (method_receivers.go:27)	MOVQ	(DX), CX
	0x005b 00091 (method_receivers.go:27)	NOP
	0x0060 00096 (method_receivers.go:27)	CALL	runtime.gcWriteBarrier2(SB)
	0x0065 00101 (method_receivers.go:27)	MOVQ	AX, (R11)
	0x0068 00104 (method_receivers.go:27)	MOVQ	CX, 8(R11)
	0x006c 00108 (method_receivers.go:27)	MOVQ	AX, (DX)
	0x006f 00111 (method_receivers.go:27)	PCDATA	$0, $-1
	0x006f 00111 (method_receivers.go:27)	MOVQ	AX, R8
	0x0072 00114 (method_receivers.go:27)	MOVQ	DX, AX
	0x0075 00117 (method_receivers.go:27)	MOVQ	BX, DX
	0x0078 00120 (method_receivers.go:27)	MOVQ	main.v+88(SP), BX
	0x007d 00125 (method_receivers.go:27)	PCDATA	$3, $1
	0x007d 00125 (method_receivers.go:27)	MOVQ	DX, 8(AX)
	0x0081 00129 (method_receivers.go:27)	MOVQ	BX, -8(R8)(DX*8)
	0x0086 00134 (method_receivers.go:27)	ADDQ	$64, SP
	0x008a 00138 (method_receivers.go:27)	POPQ	BP
	0x008b 00139 (method_receivers.go:27)	RET
	0x008c 00140 (method_receivers.go:27)	NOP
	0x008c 00140 (method_receivers.go:27)	PCDATA	$1, $-1
	0x008c 00140 (method_receivers.go:27)	PCDATA	$0, $-2
	0x008c 00140 (method_receivers.go:27)	MOVQ	AX, 8(SP)
	0x0091 00145 (method_receivers.go:27)	MOVQ	BX, 16(SP)
	0x0096 00150 (method_receivers.go:27)	CALL	runtime.morestack_noctxt(SB)
	0x009b 00155 (method_receivers.go:27)	PCDATA	$0, $-1
	0x009b 00155 (method_receivers.go:27)	MOVQ	8(SP), AX
	0x00a0 00160 (method_receivers.go:27)	MOVQ	16(SP), BX
	0x00a5 00165 (method_receivers.go:27)	JMP	0
	0x0000 49 3b 66 10 0f 86 82 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 8b 48 10 48 8b 50 08 48 ff c2 4c 8b 00  .@H.H.H.P.H..L..
	0x0020 48 39 d1 73 58 48 89 44 24 50 48 89 5c 24 58 4c  H9.sXH.D$PH.\$XL
	0x0030 89 c0 48 89 d3 bf 01 00 00 00 48 8d 35 00 00 00  ..H.......H.5...
	0x0040 00 e8 00 00 00 00 48 8b 54 24 50 48 89 4a 10 83  ......H.T$PH.J..
	0x0050 3d 00 00 00 00 00 74 14 48 8b 0a 0f 1f 44 00 00  =.....t.H....D..
	0x0060 e8 00 00 00 00 49 89 03 49 89 4b 08 48 89 02 49  .....I..I.K.H..I
	0x0070 89 c0 48 89 d0 48 89 da 48 8b 5c 24 58 48 89 50  ..H..H..H.\$XH.P
	0x0080 08 49 89 5c d0 f8 48 83 c4 40 5d c3 48 89 44 24  .I.\..H..@].H.D$
	0x0090 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08  .H.\$......H.D$.
	0x00a0 48 8b 5c 24 10 e9 56 ff ff ff                    H.\$..V...
	rel 61+4 t=R_PCREL type:int+0
	rel 66+4 t=R_CALL runtime.growslice+0
	rel 81+4 t=R_PCREL runtime.writeBarrier+-1
	rel 97+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 151+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=797 align=0x0 args=0x0 locals=0xd0 funcid=0x0
	0x0000 00000 (method_receivers.go:29)	TEXT	main.main(SB), ABIInternal, $208-0
	0x0000 00000 (method_receivers.go:29)	LEAQ	-80(SP), R12
	0x0005 00005 (method_receivers.go:29)	CMPQ	R12, 16(R14)
	0x0009 00009 (method_receivers.go:29)	PCDATA	$0, $-2
	0x0009 00009 (method_receivers.go:29)	JLS	787
	0x000f 00015 (method_receivers.go:29)	PCDATA	$0, $-1
	0x000f 00015 (method_receivers.go:29)	PUSHQ	BP
	0x0010 00016 (method_receivers.go:29)	MOVQ	SP, BP
	0x0013 00019 (method_receivers.go:29)	SUBQ	$200, SP
	0x001a 00026 (method_receivers.go:29)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x001a 00026 (method_receivers.go:29)	FUNCDATA	$1, gclocals·tl3Bsa87Onp877jxgXlfpg==(SB)
	0x001a 00026 (method_receivers.go:29)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001a 00026 (method_receivers.go:30)	LEAQ	go:string."c"(SB), AX
	0x0021 00033 (method_receivers.go:30)	MOVQ	AX, main.c+128(SP)
	0x0029 00041 (method_receivers.go:30)	MOVQ	$1, main.c+136(SP)
	0x0035 00053 (method_receivers.go:30)	MOVQ	$0, main.c+144(SP)
	0x0041 00065 (method_receivers.go:31)	PCDATA	$1, $1
	0x0041 00065 (method_receivers.go:31)	CALL	runtime.printlock(SB)
	0x0046 00070 (method_receivers.go:31)	MOVL	$1, AX
	0x004b 00075 (method_receivers.go:31)	CALL	runtime.printint(SB)
	0x0050 00080 (method_receivers.go:31)	CALL	runtime.printsp(SB)
	0x0055 00085 (method_receivers.go:31)	MOVL	$1, AX
	0x005a 00090 (method_receivers.go:31)	CALL	runtime.printint(SB)
	0x005f 00095 (method_receivers.go:31)	NOP
	0x0060 00096 (method_receivers.go:31)	CALL	runtime.printsp(SB)
	0x0065 00101 (method_receivers.go:31)	XORL	AX, AX
	0x0067 00103 (method_receivers.go:31)	CALL	runtime.printint(SB)
	0x006c 00108 (method_receivers.go:31)	CALL	runtime.printnl(SB)
	0x0071 00113 (method_receivers.go:31)	CALL	runtime.printunlock(SB)
	0x0076 00118 (method_receivers.go:10)	MOVQ	main.c+144(SP), AX
	0x007e 00126 (method_receivers.go:10)	LEAQ	1(AX), CX
	0x0082 00130 (method_receivers.go:10)	MOVQ	CX, main..autotmp_75+96(SP)
	0x0087 00135 (method_receivers.go:10)	ADDQ	$2, AX
	0x008b 00139 (method_receivers.go:10)	MOVQ	AX, main..autotmp_76+88(SP)
	0x0090 00144 (<unknown line number>)	NOP
	0x0090 00144 (<unknown line number>)	NOP
	0x0090 00144 (method_receivers.go:10)	MOVQ	AX, main.c+144(SP)
	0x0098 00152 (method_receivers.go:32)	CALL	runtime.printlock(SB)
	0x009d 00157 (method_receivers.go:32)	MOVQ	main..autotmp_75+96(SP), AX
	0x00a2 00162 (method_receivers.go:32)	CALL	runtime.printint(SB)
	0x00a7 00167 (method_receivers.go:32)	CALL	runtime.printsp(SB)
	0x00ac 00172 (method_receivers.go:32)	MOVQ	main..autotmp_76+88(SP), AX
	0x00b1 00177 (method_receivers.go:32)	CALL	runtime.printint(SB)
	0x00b6 00182 (method_receivers.go:32)	CALL	runtime.printsp(SB)
	0x00bb 00187 (method_receivers.go:32)	MOVQ	main..autotmp_76+88(SP), AX
	0x00c0 00192 (method_receivers.go:32)	CALL	runtime.printint(SB)
	0x00c5 00197 (method_receivers.go:32)	CALL	runtime.printnl(SB)
	0x00ca 00202 (method_receivers.go:32)	CALL	runtime.printunlock(SB)
	0x00cf 00207 (method_receivers.go:35)	MOVQ	main.c+144(SP), AX
	0x00d7 00215 (method_receivers.go:35)	MOVQ	AX, main..autotmp_75+96(SP)
	0x00dc 00220 (method_receivers.go:9)	INCQ	AX
	0x00df 00223 (method_receivers.go:9)	MOVQ	AX, main.cn+80(SP)
	0x00e4 00228 (<unknown line number>)	NOP
	0x00e4 00228 (method_receivers.go:35)	CALL	runtime.printlock(SB)
	0x00e9 00233 (method_receivers.go:35)	MOVQ	main.cn+80(SP), AX
	0x00ee 00238 (method_receivers.go:35)	CALL	runtime.printint(SB)
	0x00f3 00243 (method_receivers.go:35)	CALL	runtime.printsp(SB)
	0x00f8 00248 (method_receivers.go:35)	MOVQ	main..autotmp_75+96(SP), AX
	0x00fd 00253 (method_receivers.go:35)	NOP
	0x0100 00256 (method_receivers.go:35)	CALL	runtime.printint(SB)
	0x0105 00261 (method_receivers.go:35)	CALL	runtime.printnl(SB)
	0x010a 00266 (method_receivers.go:35)	CALL	runtime.printunlock(SB)
	0x010f 00271 (method_receivers.go:10)	MOVQ	main.c+144(SP), AX
	0x0117 00279 (method_receivers.go:10)	INCQ	AX
	0x011a 00282 (method_receivers.go:10)	MOVQ	AX, main..autotmp_75+96(SP)
	0x011f 00287 (method_receivers.go:36)	XCHGL	AX, AX
	0x0120 00288 (method_receivers.go:10)	MOVQ	AX, main.c+144(SP)
	0x0128 00296 (method_receivers.go:37)	PCDATA	$1, $0
	0x0128 00296 (method_receivers.go:37)	CALL	runtime.printlock(SB)
	0x012d 00301 (method_receivers.go:37)	MOVQ	main..autotmp_75+96(SP), AX
	0x0132 00306 (method_receivers.go:37)	CALL	runtime.printint(SB)
	0x0137 00311 (method_receivers.go:37)	CALL	runtime.printnl(SB)
	0x013c 00316 (method_receivers.go:37)	NOP
	0x0140 00320 (method_receivers.go:37)	CALL	runtime.printunlock(SB)
	0x0145 00325 (method_receivers.go:39)	LEAQ	main..autotmp_47+152(SP), AX
	0x014d 00333 (method_receivers.go:39)	MOVUPS	X15, (AX)
	0x0151 00337 (method_receivers.go:39)	MOVUPS	X15, 16(AX)
	0x0156 00342 (method_receivers.go:39)	MOVUPS	X15, 32(AX)
	0x015b 00347 (method_receivers.go:39)	MOVQ	$1, main..autotmp_47+160(SP)
	0x0167 00359 (method_receivers.go:39)	LEAQ	go:string."a"(SB), AX
	0x016e 00366 (method_receivers.go:39)	MOVQ	AX, main..autotmp_47+152(SP)
	0x0176 00374 (method_receivers.go:39)	MOVQ	$1, main..autotmp_47+184(SP)
	0x0182 00386 (method_receivers.go:39)	LEAQ	go:string."b"(SB), AX
	0x0189 00393 (method_receivers.go:39)	MOVQ	AX, main..autotmp_47+176(SP)
	0x0191 00401 (method_receivers.go:39)	MOVQ	$10, main..autotmp_47+192(SP)
	0x019d 00413 (method_receivers.go:40)	XORL	AX, AX
	0x019f 00415 (method_receivers.go:40)	NOP
	0x01a0 00416 (method_receivers.go:40)	JMP	448
	0x01a2 00418 (<unknown line number>)	NOP
	0x01a2 00418 (method_receivers.go:41)	TESTQ	AX, AX
	0x01a5 00421 (method_receivers.go:41)	MOVL	$0, CX
	0x01aa 00426 (method_receivers.go:41)	MOVL	$24, DX
	0x01af 00431 (method_receivers.go:41)	CMOVQNE	DX, CX
	0x01b3 00435 (method_receivers.go:10)	INCQ	main..autotmp_47+168(SP)(CX*1)
	0x01bb 00443 (method_receivers.go:40)	INCQ	AX
	0x01be 00446 (method_receivers.go:40)	NOP
	0x01c0 00448 (method_receivers.go:40)	CMPQ	AX, $2
	0x01c4 00452 (method_receivers.go:40)	JLT	418
	0x01c6 00454 (method_receivers.go:43)	XORL	AX, AX
	0x01c8 00456 (method_receivers.go:43)	JMP	461
	0x01ca 00458 (method_receivers.go:43)	INCQ	AX
	0x01cd 00461 (method_receivers.go:43)	CMPQ	AX, $2
	0x01d1 00465 (method_receivers.go:43)	JLT	458
	0x01d3 00467 (method_receivers.go:46)	MOVQ	main..autotmp_47+168(SP), AX
	0x01db 00475 (method_receivers.go:46)	MOVQ	AX, main..autotmp_75+96(SP)
	0x01e0 00480 (method_receivers.go:46)	MOVQ	main..autotmp_47+192(SP), AX
	0x01e8 00488 (method_receivers.go:46)	MOVQ	AX, main..autotmp_76+88(SP)
	0x01ed 00493 (method_receivers.go:46)	CALL	runtime.printlock(SB)
	0x01f2 00498 (method_receivers.go:46)	MOVQ	main..autotmp_75+96(SP), AX
	0x01f7 00503 (method_receivers.go:46)	CALL	runtime.printint(SB)
	0x01fc 00508 (method_receivers.go:46)	NOP
	0x0200 00512 (method_receivers.go:46)	CALL	runtime.printsp(SB)
	0x0205 00517 (method_receivers.go:46)	MOVQ	main..autotmp_76+88(SP), AX
	0x020a 00522 (method_receivers.go:46)	CALL	runtime.printint(SB)
	0x020f 00527 (method_receivers.go:46)	CALL	runtime.printnl(SB)
	0x0214 00532 (method_receivers.go:46)	CALL	runtime.printunlock(SB)
	0x0219 00537 (method_receivers.go:49)	CALL	runtime.printlock(SB)
	0x021e 00542 (method_receivers.go:49)	MOVL	$212, AX
	0x0223 00547 (method_receivers.go:49)	CALL	runtime.printint(SB)
	0x0228 00552 (method_receivers.go:49)	CALL	runtime.printsp(SB)
	0x022d 00557 (method_receivers.go:49)	MOVQ	$-40, AX
	0x0234 00564 (method_receivers.go:49)	CALL	runtime.printint(SB)
	0x0239 00569 (method_receivers.go:49)	CALL	runtime.printnl(SB)
	0x023e 00574 (method_receivers.go:49)	NOP
	0x0240 00576 (method_receivers.go:49)	CALL	runtime.printunlock(SB)
	0x0245 00581 (method_receivers.go:51)	MOVQ	$0, main.l+104(SP)
	0x024e 00590 (method_receivers.go:51)	MOVUPS	X15, main.l+112(SP)
	0x0254 00596 (method_receivers.go:52)	MOVL	$1, AX
	0x0259 00601 (method_receivers.go:52)	JMP	624
	0x025b 00603 (method_receivers.go:27)	MOVQ	BX, main.l+112(SP)
	0x0260 00608 (method_receivers.go:53)	LEAQ	(AX)(AX*1), R8
	0x0264 00612 (method_receivers.go:53)	LEAQ	(R8)(R8*4), R8
	0x0268 00616 (method_receivers.go:27)	MOVQ	R8, -8(DX)(BX*8)
	0x026d 00621 (method_receivers.go:52)	INCQ	AX
	0x0270 00624 (method_receivers.go:52)	CMPQ	AX, $5
	0x0274 00628 (method_receivers.go:52)	JGT	698
	0x0276 00630 (method_receivers.go:27)	MOVQ	main.l+120(SP), CX
	0x027b 00635 (method_receivers.go:27)	MOVQ	main.l+112(SP), BX
	0x0280 00640 (method_receivers.go:27)	INCQ	BX
	0x0283 00643 (<unknown line number>)	NOP
	0x0283 00643 (method_receivers.go:27)	MOVQ	main.l+104(SP), DX
	0x0288 00648 (method_receivers.go:27)	CMPQ	CX, BX
	0x028b 00651 (method_receivers.go:27)	JCC	603
	0x028d 00653 (method_receivers.go:52)	MOVQ	AX, main.i+72(SP)
	0x0292 00658 (method_receivers.go:27)	MOVQ	DX, AX
	0x0295 00661 (method_receivers.go:27)	MOVL	$1, DI
	0x029a 00666 (method_receivers.go:27)	LEAQ	type:int(SB), SI
	0x02a1 00673 (method_receivers.go:27)	PCDATA	$1, $2
	0x02a1 00673 (method_receivers.go:27)	CALL	runtime.growslice(SB)
	0x02a6 00678 (method_receivers.go:27)	MOVQ	CX, main.l+120(SP)
	0x02ab 00683 (method_receivers.go:27)	MOVQ	AX, main.l+104(SP)
	0x02b0 00688 (method_receivers.go:53)	MOVQ	AX, DX
	0x02b3 00691 (method_receivers.go:53)	MOVQ	main.i+72(SP), AX
	0x02b8 00696 (method_receivers.go:27)	JMP	603
	0x02ba 00698 (method_receivers.go:55)	MOVQ	main.l+112(SP), AX
	0x02bf 00703 (method_receivers.go:55)	MOVQ	main.l+104(SP), CX
	0x02c4 00708 (<unknown line number>)	NOP
	0x02c4 00708 (method_receivers.go:21)	XORL	DX, DX
	0x02c6 00710 (method_receivers.go:21)	XORL	BX, BX
	0x02c8 00712 (method_receivers.go:21)	JMP	721
	0x02ca 00714 (method_receivers.go:22)	ADDQ	(CX)(BX*8), DX
	0x02ce 00718 (method_receivers.go:21)	INCQ	BX
	0x02d1 00721 (method_receivers.go:21)	CMPQ	BX, AX
	0x02d4 00724 (method_receivers.go:21)	JLT	714
	0x02d6 00726 (method_receivers.go:55)	MOVQ	AX, main..autotmp_75+96(SP)
	0x02db 00731 (method_receivers.go:21)	MOVQ	DX, main.s+64(SP)
	0x02e0 00736 (method_receivers.go:55)	PCDATA	$1, $0
	0x02e0 00736 (method_receivers.go:55)	CALL	runtime.printlock(SB)
	0x02e5 00741 (method_receivers.go:55)	MOVQ	main..autotmp_75+96(SP), AX
	0x02ea 00746 (method_receivers.go:55)	CALL	runtime.printint(SB)
	0x02ef 00751 (method_receivers.go:55)	CALL	runtime.printsp(SB)
	0x02f4 00756 (method_receivers.go:55)	MOVQ	main.s+64(SP), AX
	0x02f9 00761 (method_receivers.go:55)	CALL	runtime.printint(SB)
	0x02fe 00766 (method_receivers.go:55)	NOP
	0x0300 00768 (method_receivers.go:55)	CALL	runtime.printnl(SB)
	0x0305 00773 (method_receivers.go:55)	CALL	runtime.printunlock(SB)
	0x030a 00778 (method_receivers.go:56)	ADDQ	$200, SP
	0x0311 00785 (method_receivers.go:56)	POPQ	BP
	0x0312 00786 (method_receivers.go:56)	RET
	0x0313 00787 (method_receivers.go:56)	NOP
	0x0313 00787 (method_receivers.go:29)	PCDATA	$1, $-1
	0x0313 00787 (method_receivers.go:29)	PCDATA	$0, $-2
	0x0313 00787 (method_receivers.go:29)	CALL	runtime.morestack_noctxt(SB)
	0x0318 00792 (method_receivers.go:29)	PCDATA	$0, $-1
	0x0318 00792 (method_receivers.go:29)	JMP	0
	0x0000 4c 8d 64 24 b0 4d 3b 66 10 0f 86 04 03 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec c8 00 00 00 48 8d 05 00 00 00  H..H......H.....
	0x0020 00 48 89 84 24 80 00 00 00 48 c7 84 24 88 00 00  .H..$....H..$...
	0x0030 00 01 00 00 00 48 c7 84 24 90 00 00 00 00 00 00  .....H..$.......
	0x0040 00 e8 00 00 00 00 b8 01 00 00 00 e8 00 00 00 00  ................
	0x0050 e8 00 00 00 00 b8 01 00 00 00 e8 00 00 00 00 90  ................
	0x0060 e8 00 00 00 00 31 c0 e8 00 00 00 00 e8 00 00 00  .....1..........
	0x0070 00 e8 00 00 00 00 48 8b 84 24 90 00 00 00 48 8d  ......H..$....H.
	0x0080 48 01 48 89 4c 24 60 48 83 c0 02 48 89 44 24 58  H.H.L$`H...H.D$X
	0x0090 48 89 84 24 90 00 00 00 e8 00 00 00 00 48 8b 44  H..$.........H.D
	0x00a0 24 60 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24  $`..........H.D$
	0x00b0 58 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 58  X..........H.D$X
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x00d0 8b 84 24 90 00 00 00 48 89 44 24 60 48 ff c0 48  ..$....H.D$`H..H
	0x00e0 89 44 24 50 e8 00 00 00 00 48 8b 44 24 50 e8 00  .D$P.....H.D$P..
	0x00f0 00 00 00 e8 00 00 00 00 48 8b 44 24 60 0f 1f 00  ........H.D$`...
	0x0100 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0110 8b 84 24 90 00 00 00 48 ff c0 48 89 44 24 60 90  ..$....H..H.D$`.
	0x0120 48 89 84 24 90 00 00 00 e8 00 00 00 00 48 8b 44  H..$.........H.D
	0x0130 24 60 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $`............@.
	0x0140 e8 00 00 00 00 48 8d 84 24 98 00 00 00 44 0f 11  .....H..$....D..
	0x0150 38 44 0f 11 78 10 44 0f 11 78 20 48 c7 84 24 a0  8D..x.D..x H..$.
	0x0160 00 00 00 01 00 00 00 48 8d 05 00 00 00 00 48 89  .......H......H.
	0x0170 84 24 98 00 00 00 48 c7 84 24 b8 00 00 00 01 00  .$....H..$......
	0x0180 00 00 48 8d 05 00 00 00 00 48 89 84 24 b0 00 00  ..H......H..$...
	0x0190 00 48 c7 84 24 c0 00 00 00 0a 00 00 00 31 c0 90  .H..$........1..
	0x01a0 eb 1e 48 85 c0 b9 00 00 00 00 ba 18 00 00 00 48  ..H............H
	0x01b0 0f 45 ca 48 ff 84 0c a8 00 00 00 48 ff c0 66 90  .E.H.......H..f.
	0x01c0 48 83 f8 02 7c dc 31 c0 eb 03 48 ff c0 48 83 f8  H...|.1...H..H..
	0x01d0 02 7c f7 48 8b 84 24 a8 00 00 00 48 89 44 24 60  .|.H..$....H.D$`
	0x01e0 48 8b 84 24 c0 00 00 00 48 89 44 24 58 e8 00 00  H..$....H.D$X...
	0x01f0 00 00 48 8b 44 24 60 e8 00 00 00 00 0f 1f 40 00  ..H.D$`.......@.
	0x0200 e8 00 00 00 00 48 8b 44 24 58 e8 00 00 00 00 e8  .....H.D$X......
	0x0210 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 d4  ................
	0x0220 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 c7 c0  .............H..
	0x0230 d8 ff ff ff e8 00 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0240 e8 00 00 00 00 48 c7 44 24 68 00 00 00 00 44 0f  .....H.D$h....D.
	0x0250 11 7c 24 70 b8 01 00 00 00 eb 15 48 89 5c 24 70  .|$p.......H.\$p
	0x0260 4c 8d 04 00 4f 8d 04 80 4c 89 44 da f8 48 ff c0  L...O...L.D..H..
	0x0270 48 83 f8 05 7f 44 48 8b 4c 24 78 48 8b 5c 24 70  H....DH.L$xH.\$p
	0x0280 48 ff c3 48 8b 54 24 68 48 39 d9 73 ce 48 89 44  H..H.T$hH9.s.H.D
	0x0290 24 48 48 89 d0 bf 01 00 00 00 48 8d 35 00 00 00  $HH.......H.5...
	0x02a0 00 e8 00 00 00 00 48 89 4c 24 78 48 89 44 24 68  ......H.L$xH.D$h
	0x02b0 48 89 c2 48 8b 44 24 48 eb a1 48 8b 44 24 70 48  H..H.D$H..H.D$pH
	0x02c0 8b 4c 24 68 31 d2 31 db eb 07 48 03 14 d9 48 ff  .L$h1.1...H...H.
	0x02d0 c3 48 39 c3 7c f4 48 89 44 24 60 48 89 54 24 40  .H9.|.H.D$`H.T$@
	0x02e0 e8 00 00 00 00 48 8b 44 24 60 e8 00 00 00 00 e8  .....H.D$`......
	0x02f0 00 00 00 00 48 8b 44 24 40 e8 00 00 00 00 66 90  ....H.D$@.....f.
	0x0300 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 c8 00 00  ..........H.....
	0x0310 00 5d c3 e8 00 00 00 00 e9 e3 fc ff ff           .]...........
	rel 29+4 t=R_PCREL go:string."c"+0
	rel 66+4 t=R_CALL runtime.printlock+0
	rel 76+4 t=R_CALL runtime.printint+0
	rel 81+4 t=R_CALL runtime.printsp+0
	rel 91+4 t=R_CALL runtime.printint+0
	rel 97+4 t=R_CALL runtime.printsp+0
	rel 104+4 t=R_CALL runtime.printint+0
	rel 109+4 t=R_CALL runtime.printnl+0
	rel 114+4 t=R_CALL runtime.printunlock+0
	rel 153+4 t=R_CALL runtime.printlock+0
	rel 163+4 t=R_CALL runtime.printint+0
	rel 168+4 t=R_CALL runtime.printsp+0
	rel 178+4 t=R_CALL runtime.printint+0
	rel 183+4 t=R_CALL runtime.printsp+0
	rel 193+4 t=R_CALL runtime.printint+0
	rel 198+4 t=R_CALL runtime.printnl+0
	rel 203+4 t=R_CALL runtime.printunlock+0
	rel 229+4 t=R_CALL runtime.printlock+0
	rel 239+4 t=R_CALL runtime.printint+0
	rel 244+4 t=R_CALL runtime.printsp+0
	rel 257+4 t=R_CALL runtime.printint+0
	rel 262+4 t=R_CALL runtime.printnl+0
	rel 267+4 t=R_CALL runtime.printunlock+0
	rel 297+4 t=R_CALL runtime.printlock+0
	rel 307+4 t=R_CALL runtime.printint+0
	rel 312+4 t=R_CALL runtime.printnl+0
	rel 321+4 t=R_CALL runtime.printunlock+0
	rel 362+4 t=R_PCREL go:string."a"+0
	rel 389+4 t=R_PCREL go:string."b"+0
	rel 494+4 t=R_CALL runtime.printlock+0
	rel 504+4 t=R_CALL runtime.printint+0
	rel 513+4 t=R_CALL runtime.printsp+0
	rel 523+4 t=R_CALL runtime.printint+0
	rel 528+4 t=R_CALL runtime.printnl+0
	rel 533+4 t=R_CALL runtime.printunlock+0
	rel 538+4 t=R_CALL runtime.printlock+0
	rel 548+4 t=R_CALL runtime.printint+0
	rel 553+4 t=R_CALL runtime.printsp+0
	rel 565+4 t=R_CALL runtime.printint+0
	rel 570+4 t=R_CALL runtime.printnl+0
	rel 577+4 t=R_CALL runtime.printunlock+0
	rel 669+4 t=R_PCREL type:int+0
	rel 674+4 t=R_CALL runtime.growslice+0
	rel 737+4 t=R_CALL runtime.printlock+0
	rel 747+4 t=R_CALL runtime.printint+0
	rel 752+4 t=R_CALL runtime.printsp+0
	rel 762+4 t=R_CALL runtime.printint+0
	rel 769+4 t=R_CALL runtime.printnl+0
	rel 774+4 t=R_CALL runtime.printunlock+0
	rel 788+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Counter).Get STEXT dupok nosplit size=21 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Counter).Get(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Counter).Get.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Counter).Get.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	15
	0x0009 00009 (<autogenerated>:1)	MOVQ	16(AX), AX
	0x000d 00013 (<autogenerated>:1)	POPQ	BP
	0x000e 00014 (<autogenerated>:1)	RET
	0x000f 00015 (<autogenerated>:1)	PCDATA	$1, $1
	0x000f 00015 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0014 00020 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 06 48 8b 40 10 5d c3 e8  UH..H..t.H.@.]..
	0x0010 00 00 00 00 90                                   .....
	rel 16+4 t=R_CALL runtime.panicwrap+0
main.(*Counter).IncValue STEXT dupok nosplit size=24 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Counter).IncValue(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Counter).IncValue.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Counter).IncValue.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	18
	0x0009 00009 (<autogenerated>:1)	MOVQ	16(AX), AX
	0x000d 00013 (method_receivers.go:9)	INCQ	AX
	0x0010 00016 (<unknown line number>)	NOP
	0x0010 00016 (<autogenerated>:1)	POPQ	BP
	0x0011 00017 (<autogenerated>:1)	RET
	0x0012 00018 (<autogenerated>:1)	PCDATA	$1, $1
	0x0012 00018 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0017 00023 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 09 48 8b 40 10 48 ff c0  UH..H..t.H.@.H..
	0x0010 5d c3 e8 00 00 00 00 90                          ].......
	rel 19+4 t=R_CALL runtime.panicwrap+0
main.(*Celsius).Fahrenheit STEXT dupok nosplit size=57 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Celsius).Fahrenheit(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Celsius).Fahrenheit.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Celsius).Fahrenheit.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	51
	0x0009 00009 (<autogenerated>:1)	MOVSD	(AX), X0
	0x000d 00013 (method_receivers.go:15)	MOVSD	$f64.4022000000000000(SB), X1
	0x0015 00021 (method_receivers.go:15)	MULSD	X1, X0
	0x0019 00025 (method_receivers.go:15)	MOVSD	$f64.4014000000000000(SB), X1
	0x0021 00033 (method_receivers.go:15)	DIVSD	X1, X0
	0x0025 00037 (method_receivers.go:15)	MOVSD	$f64.4040000000000000(SB), X1
	0x002d 00045 (method_receivers.go:15)	ADDSD	X1, X0
	0x0031 00049 (<unknown line number>)	NOP
	0x0031 00049 (<autogenerated>:1)	POPQ	BP
	0x0032 00050 (<autogenerated>:1)	RET
	0x0033 00051 (<autogenerated>:1)	PCDATA	$1, $1
	0x0033 00051 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0038 00056 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 2a f2 0f 10 00 f2 0f 10  UH..H..t*.......
	0x0010 0d 00 00 00 00 f2 0f 59 c1 f2 0f 10 0d 00 00 00  .......Y........
	0x0020 00 f2 0f 5e c1 f2 0f 10 0d 00 00 00 00 f2 0f 58  ...^...........X
	0x0030 c1 5d c3 e8 00 00 00 00 90                       .].......
	rel 17+4 t=R_PCREL $f64.4022000000000000+0
	rel 29+4 t=R_PCREL $f64.4014000000000000+0
	rel 41+4 t=R_PCREL $f64.4040000000000000+0
	rel 52+4 t=R_CALL runtime.panicwrap+0
main.(*IntList).Sum STEXT dupok nosplit size=45 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*IntList).Sum(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*IntList).Sum.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*IntList).Sum.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	39
	0x0009 00009 (<autogenerated>:1)	MOVQ	(AX), CX
	0x000c 00012 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x0010 00016 (<unknown line number>)	NOP
	0x0010 00016 (method_receivers.go:21)	XORL	BX, BX
	0x0012 00018 (method_receivers.go:21)	XORL	AX, AX
	0x0014 00020 (method_receivers.go:21)	JMP	32
	0x0016 00022 (method_receivers.go:22)	ADDQ	(CX)(BX*8), AX
	0x001a 00026 (method_receivers.go:21)	INCQ	BX
	0x001d 00029 (method_receivers.go:21)	NOP
	0x0020 00032 (method_receivers.go:21)	CMPQ	BX, DX
	0x0023 00035 (method_receivers.go:21)	JLT	22
	0x0025 00037 (<autogenerated>:1)	POPQ	BP
	0x0026 00038 (<autogenerated>:1)	RET
	0x0027 00039 (<autogenerated>:1)	PCDATA	$1, $1
	0x0027 00039 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x002c 00044 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 1e 48 8b 08 48 8b 50 08  UH..H..t.H..H.P.
	0x0010 31 db 31 c0 eb 0a 48 03 04 d9 48 ff c3 0f 1f 00  1.1...H...H.....
	0x0020 48 39 d3 7c f1 5d c3 e8 00 00 00 00 90           H9.|.].......
	rel 40+4 t=R_CALL runtime.panicwrap+0
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
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Counter.IncValue$abstract SDWARFABSFCN dupok size=35 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 6f 75 6e 74 65 72 2e 49 6e  .main.Counter.In
	0x0010 63 56 61 6c 75 65 00 01 09 01 22 63 00 00 00 00  cValue...."c....
	0x0020 00 00 00                                         ...
	rel 30+4 t=R_DWARFSECREF go:info.main.Counter+0
go:info.main.Counter.Get$abstract SDWARFABSFCN dupok size=30 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 6f 75 6e 74 65 72 2e 47 65  .main.Counter.Ge
	0x0010 74 00 01 0b 01 22 63 00 00 00 00 00 00 00        t...."c.......
	rel 25+4 t=R_DWARFSECREF go:info.main.Counter+0
go:info.main.(*Counter).IncPtr$abstract SDWARFABSFCN dupok size=36 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 43 6f 75 6e 74 65 72 29  .main.(*Counter)
	0x0010 2e 49 6e 63 50 74 72 00 01 0a 01 22 63 00 00 00  .IncPtr...."c...
	0x0020 00 00 00 00                                      ....
	rel 31+4 t=R_DWARFSECREF go:info.*main.Counter+0
go:info.main.Celsius.Fahrenheit$abstract SDWARFABSFCN dupok size=37 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 65 6c 73 69 75 73 2e 46 61  .main.Celsius.Fa
	0x0010 68 72 65 6e 68 65 69 74 00 01 0f 01 22 63 00 00  hrenheit...."c..
	0x0020 00 00 00 00 00                                   .....
	rel 32+4 t=R_DWARFSECREF go:info.main.Celsius+0
go:info.main.(*IntList).Push$abstract SDWARFABSFCN dupok size=42 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 49 6e 74 4c 69 73 74 29  .main.(*IntList)
	0x0010 2e 50 75 73 68 00 01 1b 01 22 6c 00 00 00 00 00  .Push...."l.....
	0x0020 00 22 76 00 00 00 00 00 00 00                    ."v.......
	rel 29+4 t=R_DWARFSECREF go:info.*main.IntList+0
	rel 37+4 t=R_DWARFSECREF go:info.int+0
go:info.main.IntList.Sum$abstract SDWARFABSFCN dupok size=46 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 6e 74 4c 69 73 74 2e 53 75  .main.IntList.Su
	0x0010 6d 00 01 13 01 22 6c 00 00 00 00 00 00 21 73 00  m...."l......!s.
	0x0020 14 00 00 00 00 21 76 00 15 00 00 00 00 00        .....!v.......
	rel 25+4 t=R_DWARFSECREF go:info.main.IntList+0
	rel 33+4 t=R_DWARFSECREF go:info.int+0
	rel 41+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.f64equal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.f64equal+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Celsius. SRODATA dupok size=15 align=0x1
	0x0000 01 0d 2a 6d 61 69 6e 2e 43 65 6c 73 69 75 73     ..*main.Celsius
type:.namedata.*func(*main.Celsius) float64- SRODATA dupok size=30 align=0x1
	0x0000 00 1c 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 43 65  ..*func(*main.Ce
	0x0010 6c 73 69 75 73 29 20 66 6c 6f 61 74 36 34        lsius) float64
type:*func(*main.Celsius) float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 97 ea 4d d4 28 08 08 16 00 00 00 00 00 00 00 00  ..M.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Celsius) float64-+0
	rel 48+8 t=R_ADDR type:func(*main.Celsius) float64+0
type:func(*main.Celsius) float64 SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5c c7 04 aa 22 08 08 13 00 00 00 00 00 00 00 00  \..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Celsius) float64-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Celsius) float64+0
	rel 56+8 t=R_ADDR type:*main.Celsius+0
	rel 64+8 t=R_ADDR type:float64+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Fahrenheit. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 46 61 68 72 65 6e 68 65 69 74              ..Fahrenheit
type:.namedata.*func() float64- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 66 75 6e 63 28 29 20 66 6c 6f 61 74 36  ..*func() float6
	0x0010 34                                               4
type:*func() float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 01 8f 9f 59 28 08 08 16 00 00 00 00 00 00 00 00  ...Y(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() float64-+0
	rel 48+8 t=R_ADDR type:func() float64+0
type:func() float64 SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 89 d6 f1 7f 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() float64-+0
	rel 44+4 t=RelocType(-32763) type:*func() float64+0
	rel 56+8 t=R_ADDR type:float64+0
type:*main.Celsius SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b2 0a 34 b2 29 08 08 16 00 00 00 00 00 00 00 00  ..4.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Celsius.+0
	rel 48+8 t=R_ADDR type:main.Celsius+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Fahrenheit.+0
	rel 76+4 t=R_METHODOFF type:func() float64+0
	rel 80+4 t=R_METHODOFF main.(*Celsius).Fahrenheit+0
	rel 84+4 t=R_METHODOFF main.(*Celsius).Fahrenheit+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*func(main.Celsius) float64- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 66 75 6e 63 28 6d 61 69 6e 2e 43 65 6c  ..*func(main.Cel
	0x0010 73 69 75 73 29 20 66 6c 6f 61 74 36 34           sius) float64
type:*func(main.Celsius) float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fa 83 6a f3 28 08 08 16 00 00 00 00 00 00 00 00  ..j.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Celsius) float64-+0
	rel 48+8 t=R_ADDR type:func(main.Celsius) float64+0
type:func(main.Celsius) float64 SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 70 27 dc 23 22 08 08 13 00 00 00 00 00 00 00 00  p'.#"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Celsius) float64-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Celsius) float64+0
	rel 56+8 t=R_ADDR type:main.Celsius+0
	rel 64+8 t=R_ADDR type:float64+0
type:main.Celsius SRODATA size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 09 24 97 06 07 08 08 0e 00 00 00 00 00 00 00 00  .$..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 01 00 01 00 10 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.f64equal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Celsius.+0
	rel 44+4 t=R_ADDROFF type:*main.Celsius+0
	rel 48+4 t=R_ADDROFF type:.importpath.main.+0
	rel 64+4 t=R_ADDROFF type:.namedata.Fahrenheit.+0
	rel 68+4 t=R_METHODOFF type:func() float64+0
	rel 72+4 t=R_METHODOFF main.(*Celsius).Fahrenheit+0
	rel 76+4 t=R_METHODOFF main.Celsius.Fahrenheit+0
type:.eqfunc.SM8 SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.SM8+0
type:.namedata.*main.Counter. SRODATA dupok size=15 align=0x1
	0x0000 01 0d 2a 6d 61 69 6e 2e 43 6f 75 6e 74 65 72     ..*main.Counter
type:.namedata.*func(*main.Counter) int- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 43 6f  ..*func(*main.Co
	0x0010 75 6e 74 65 72 29 20 69 6e 74                    unter) int
type:*func(*main.Counter) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0c f7 8f 49 28 08 08 16 00 00 00 00 00 00 00 00  ...I(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Counter) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Counter) int+0
type:func(*main.Counter) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 18 a9 08 d5 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Counter) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Counter) int+0
	rel 56+8 t=R_ADDR type:*main.Counter+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.Get. SRODATA dupok size=5 align=0x1
	0x0000 01 03 47 65 74                                   ..Get
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
type:.namedata.IncPtr. SRODATA dupok size=8 align=0x1
	0x0000 01 06 49 6e 63 50 74 72                          ..IncPtr
type:.namedata.IncValue. SRODATA dupok size=10 align=0x1
	0x0000 01 08 49 6e 63 56 61 6c 75 65                    ..IncValue
type:*main.Counter SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d4 11 9e c8 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Counter.+0
	rel 48+8 t=R_ADDR type:main.Counter+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Get.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Counter).Get+0
	rel 84+4 t=R_METHODOFF main.(*Counter).Get+0
	rel 88+4 t=R_ADDROFF type:.namedata.IncPtr.+0
	rel 92+4 t=R_METHODOFF type:func() int+0
	rel 96+4 t=R_METHODOFF main.(*Counter).IncPtr+0
	rel 100+4 t=R_METHODOFF main.(*Counter).IncPtr+0
	rel 104+4 t=R_ADDROFF type:.namedata.IncValue.+0
	rel 108+4 t=R_METHODOFF type:func() int+0
	rel 112+4 t=R_METHODOFF main.(*Counter).IncValue+0
	rel 116+4 t=R_METHODOFF main.(*Counter).IncValue+0
type:.namedata.name- SRODATA dupok size=6 align=0x1
	0x0000 00 04 6e 61 6d 65                                ..name
type:.namedata.n- SRODATA dupok size=3 align=0x1
	0x0000 00 01 6e                                         ..n
type:.namedata.*func(main.Counter) int- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 6d 61 69 6e 2e 43 6f 75  ..*func(main.Cou
	0x0010 6e 74 65 72 29 20 69 6e 74                       nter) int
type:*func(main.Counter) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 dd 90 79 18 28 08 08 16 00 00 00 00 00 00 00 00  ..y.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Counter) int-+0
	rel 48+8 t=R_ADDR type:func(main.Counter) int+0
type:func(main.Counter) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 67 c8 2d 3b 22 08 08 13 00 00 00 00 00 00 00 00  g.-;"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Counter) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Counter) int+0
	rel 56+8 t=R_ADDR type:main.Counter+0
	rel 64+8 t=R_ADDR type:int+0
type:main.Counter SRODATA size=176 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c8 46 48 7d 07 08 08 19 00 00 00 00 00 00 00 00  .FH}............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 02 00 02 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.SM8+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Counter.+0
	rel 44+4 t=R_ADDROFF type:*main.Counter+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Counter+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.name-+0
	rel 104+8 t=R_ADDR type:string+0
	rel 120+8 t=R_ADDR type:.namedata.n-+0
	rel 128+8 t=R_ADDR type:int+0
	rel 144+4 t=R_ADDROFF type:.namedata.Get.+0
	rel 148+4 t=R_METHODOFF type:func() int+0
	rel 152+4 t=R_METHODOFF main.(*Counter).Get+0
	rel 156+4 t=R_METHODOFF main.Counter.Get+0
	rel 160+4 t=R_ADDROFF type:.namedata.IncValue.+0
	rel 164+4 t=R_METHODOFF type:func() int+0
	rel 168+4 t=R_METHODOFF main.(*Counter).IncValue+0
	rel 172+4 t=R_METHODOFF main.Counter.IncValue+0
type:.namedata.*main.IntList. SRODATA dupok size=15 align=0x1
	0x0000 01 0d 2a 6d 61 69 6e 2e 49 6e 74 4c 69 73 74     ..*main.IntList
type:.namedata.*func(*main.IntList, int)- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 49 6e  ..*func(*main.In
	0x0010 74 4c 69 73 74 2c 20 69 6e 74 29                 tList, int)
type:*func(*main.IntList, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 dc bb 20 df 28 08 08 16 00 00 00 00 00 00 00 00  .. .(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.IntList, int)-+0
	rel 48+8 t=R_ADDR type:func(*main.IntList, int)+0
type:func(*main.IntList, int) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 aa c4 b9 a9 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.IntList, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.IntList, int)+0
	rel 56+8 t=R_ADDR type:*main.IntList+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.IntList) int- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 49 6e  ..*func(*main.In
	0x0010 74 4c 69 73 74 29 20 69 6e 74                    tList) int
type:*func(*main.IntList) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 10 da e9 2c 28 08 08 16 00 00 00 00 00 00 00 00  ...,(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.IntList) int-+0
	rel 48+8 t=R_ADDR type:func(*main.IntList) int+0
type:func(*main.IntList) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 29 48 e4 5a 22 08 08 13 00 00 00 00 00 00 00 00  )H.Z"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.IntList) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.IntList) int+0
	rel 56+8 t=R_ADDR type:*main.IntList+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.Push. SRODATA dupok size=6 align=0x1
	0x0000 01 04 50 75 73 68                                ..Push
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
type:.namedata.Sum. SRODATA dupok size=5 align=0x1
	0x0000 01 03 53 75 6d                                   ..Sum
type:*main.IntList SRODATA size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e0 c9 fb 4d 29 08 08 16 00 00 00 00 00 00 00 00  ...M)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.IntList.+0
	rel 48+8 t=R_ADDR type:main.IntList+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Push.+0
	rel 76+4 t=R_METHODOFF type:func(int)+0
	rel 80+4 t=R_METHODOFF main.(*IntList).Push+0
	rel 84+4 t=R_METHODOFF main.(*IntList).Push+0
	rel 88+4 t=R_ADDROFF type:.namedata.Sum.+0
	rel 92+4 t=R_METHODOFF type:func() int+0
	rel 96+4 t=R_METHODOFF main.(*IntList).Sum+0
	rel 100+4 t=R_METHODOFF main.(*IntList).Sum+0
type:.namedata.*func(main.IntList) int- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 6d 61 69 6e 2e 49 6e 74  ..*func(main.Int
	0x0010 4c 69 73 74 29 20 69 6e 74                       List) int
type:*func(main.IntList) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9d 4f 81 7b 28 08 08 16 00 00 00 00 00 00 00 00  .O.{(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.IntList) int-+0
	rel 48+8 t=R_ADDR type:func(main.IntList) int+0
type:func(main.IntList) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5b 5b 0f 63 22 08 08 13 00 00 00 00 00 00 00 00  [[.c"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.IntList) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.IntList) int+0
	rel 56+8 t=R_ADDR type:main.IntList+0
	rel 64+8 t=R_ADDR type:int+0
type:main.IntList SRODATA size=88 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 dd 97 8b 0b 07 08 08 17 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.IntList.+0
	rel 44+4 t=R_ADDROFF type:*main.IntList+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Sum.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*IntList).Sum+0
	rel 84+4 t=R_METHODOFF main.IntList.Sum+0
go:string."c" SRODATA dupok size=1 align=0x1
	0x0000 63                                               c
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
type:.namedata.*[]main.Counter- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 5b 5d 6d 61 69 6e 2e 43 6f 75 6e 74 65  ..*[]main.Counte
	0x0010 72                                               r
type:*[]main.Counter SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e2 38 f4 55 28 08 08 16 00 00 00 00 00 00 00 00  .8.U(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Counter-+0
	rel 48+8 t=R_ADDR type:[]main.Counter+0
type:[]main.Counter SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 41 6d 31 88 02 08 08 17 00 00 00 00 00 00 00 00  Am1.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Counter-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.Counter+0
	rel 48+8 t=R_ADDR type:main.Counter+0
runtime.gcbits.0900000000000000 SRODATA dupok size=8 align=0x8
	0x0000 09 00 00 00 00 00 00 00                          ........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.Counter.IncValue.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe fe 00 08 08 08 fd 10 08 fd ff                 ...........
main.Counter.IncValue.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Counter).IncPtr.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Counter).IncPtr.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Counter.Get.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe fe 00 08 08 08 fd 10 08 fd ff                 ...........
main.Counter.Get.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Celsius.Fahrenheit.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Celsius.Fahrenheit.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.IntList.Sum.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.IntList.Sum.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*IntList).Push.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.(*IntList).Push.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·tl3Bsa87Onp877jxgXlfpg== SRODATA dupok size=14 align=0x4
	0x0000 03 00 00 00 0c 00 00 00 00 00 08 00 01 00        ..............
main.main.stkobj SRODATA static size=56 align=0x8
	0x0000 03 00 00 00 00 00 00 00 a0 ff ff ff 18 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 b8 ff ff ff 18 00 00 00  ................
	0x0020 08 00 00 00 00 00 00 00 d0 ff ff ff 30 00 00 00  ............0...
	0x0030 20 00 00 00 00 00 00 00                           .......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0900000000000000+0
main.(*Counter).Get.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Counter).Get.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Counter).IncValue.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Counter).IncValue.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Celsius).Fahrenheit.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Celsius).Fahrenheit.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*IntList).Sum.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*IntList).Sum.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.SM8.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SM8.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f64.4014000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 14 40                          .......@
$f64.4022000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 22 40                          ......"@
$f64.4040000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 40 40                          ......@@
