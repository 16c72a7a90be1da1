funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (multi_return.go:42)	TEXT	main.main(SB), ABIInternal, $168-0
     0        00000 (multi_return.go:42)	TEXT	main.main(SB), ABIInternal, $168-0
     0     -1 00000 (multi_return.go:42)	LEAQ	-40(SP), R12
     5        00005 (multi_return.go:42)	CMPQ	R12, 16(R14)
     9        00009 (multi_return.go:42)	PCDATA	$0, $-2
     9        00009 (multi_return.go:42)	JLS	741
     f        00015 (multi_return.go:42)	PCDATA	$0, $-1
     f        00015 (multi_return.go:42)	PUSHQ	BP
    10        00016 (multi_return.go:42)	MOVQ	SP, BP
    13        00019 (multi_return.go:42)	SUBQ	$160, SP
    1a        00026 (multi_return.go:42)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (multi_return.go:42)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (multi_return.go:43)	MOVL	$17, AX
    1f        00031 (multi_return.go:43)	MOVL	$5, BX
    24        00036 (multi_return.go:43)	PCDATA	$1, $0
    24        00036 (multi_return.go:43)	CALL	main.divmod(SB)
    29        00041 (multi_return.go:43)	MOVQ	AX, main.q+56(SP)
    2e        00046 (multi_return.go:43)	MOVQ	BX, main.r+48(SP)
    33        00051 (multi_return.go:44)	CALL	runtime.printlock(SB)
    38        00056 (multi_return.go:44)	MOVQ	main.q+56(SP), AX
    3d        00061 (multi_return.go:44)	NOP
    40        00064 (multi_return.go:44)	CALL	runtime.printint(SB)
    45        00069 (multi_return.go:44)	CALL	runtime.printsp(SB)
    4a        00074 (multi_return.go:44)	MOVQ	main.r+48(SP), AX
    4f        00079 (multi_return.go:44)	CALL	runtime.printint(SB)
    54        00084 (multi_return.go:44)	CALL	runtime.printnl(SB)
    59        00089 (multi_return.go:44)	CALL	runtime.printunlock(SB)
    5e        00094 (multi_return.go:45)	MOVL	$100, AX
    63        00099 (multi_return.go:45)	MOVL	$7, BX
    68        00104 (multi_return.go:45)	CALL	main.divmod(SB)
    6d      0 00109 (multi_return.go:45)	LEAQ	(AX)(BX*1), CX
    71        00113 (multi_return.go:45)	MOVQ	CX, main.~r0+32(SP)
    76        00118 (<unknown line number>)	NOP
    76     -1 00118 (multi_return.go:45)	CALL	runtime.printlock(SB)
    7b        00123 (multi_return.go:45)	MOVQ	main.~r0+32(SP), AX
    80        00128 (multi_return.go:45)	CALL	runtime.printint(SB)
    85        00133 (multi_return.go:45)	CALL	runtime.printnl(SB)
    8a        00138 (multi_return.go:45)	CALL	runtime.printunlock(SB)
    8f        00143 (multi_return.go:47)	CALL	runtime.printlock(SB)
    94        00148 (multi_return.go:47)	LEAQ	go:string."y"(SB), AX
    9b        00155 (multi_return.go:47)	MOVL	$1, BX
    a0        00160 (multi_return.go:47)	CALL	runtime.printstring(SB)
    a5        00165 (multi_return.go:47)	CALL	runtime.printsp(SB)
    aa        00170 (multi_return.go:47)	LEAQ	go:string."x"(SB), AX
    b1        00177 (multi_return.go:47)	MOVL	$1, BX
    b6        00182 (multi_return.go:47)	CALL	runtime.printstring(SB)
    bb        00187 (multi_return.go:47)	NOP
    c0        00192 (multi_return.go:47)	CALL	runtime.printnl(SB)
    c5        00197 (multi_return.go:47)	CALL	runtime.printunlock(SB)
    ca        00202 (multi_return.go:48)	LEAQ	main..autotmp_53+128(SP), AX
    d2        00210 (multi_return.go:48)	MOVUPS	X15, (AX)
    d6        00214 (multi_return.go:48)	MOVUPS	X15, 16(AX)
    db        00219 (multi_return.go:48)	MOVQ	$4, main..autotmp_53+128(SP)
    e7        00231 (multi_return.go:48)	MOVQ	$-2, main..autotmp_53+136(SP)
    f3        00243 (multi_return.go:48)	MOVQ	$9, main..autotmp_53+144(SP)
    ff        00255 (multi_return.go:48)	MOVL	$4, BX
   104        00260 (multi_return.go:48)	MOVL	BX, CX
   106        00262 (multi_return.go:48)	CALL	main.minmax(SB)
   10b        00267 (multi_return.go:48)	MOVQ	AX, main.lo+72(SP)
   110        00272 (multi_return.go:48)	MOVQ	BX, main.hi+80(SP)
   115        00277 (multi_return.go:48)	MOVB	CL, main.ok+31(SP)
   119        00281 (multi_return.go:49)	CALL	runtime.printlock(SB)
   11e        00286 (multi_return.go:49)	MOVQ	main.lo+72(SP), AX
   123        00291 (multi_return.go:49)	CALL	runtime.printint(SB)
   128        00296 (multi_return.go:49)	CALL	runtime.printsp(SB)
   12d        00301 (multi_return.go:49)	MOVQ	main.hi+80(SP), AX
   132        00306 (multi_return.go:49)	CALL	runtime.printint(SB)
   137        00311 (multi_return.go:49)	CALL	runtime.printsp(SB)
   13c        00316 (multi_return.go:49)	MOVBLZX	main.ok+31(SP), AX
   141        00321 (multi_return.go:49)	CALL	runtime.printbool(SB)
   146        00326 (multi_return.go:49)	CALL	runtime.printnl(SB)
   14b        00331 (multi_return.go:49)	CALL	runtime.printunlock(SB)
   150        00336 (multi_return.go:50)	XORL	AX, AX
   152        00338 (multi_return.go:50)	XORL	BX, BX
   154        00340 (multi_return.go:50)	MOVL	BX, CX
   156        00342 (multi_return.go:50)	CALL	main.minmax(SB)
   15b        00347 (multi_return.go:50)	MOVB	CL, main.ok+31(SP)
   15f        00351 (multi_return.go:50)	NOP
   160        00352 (multi_return.go:51)	CALL	runtime.printlock(SB)
   165        00357 (multi_return.go:51)	MOVBLZX	main.ok+31(SP), AX
   16a        00362 (multi_return.go:51)	CALL	runtime.printbool(SB)
   16f        00367 (multi_return.go:51)	CALL	runtime.printnl(SB)
   174        00372 (multi_return.go:51)	CALL	runtime.printunlock(SB)
   179        00377 (multi_return.go:52)	MOVQ	$4607182418800017408, CX
   183        00387 (multi_return.go:52)	MOVQ	CX, main..autotmp_59+96(SP)
   188        00392 (multi_return.go:52)	MOVQ	$4611686018427387904, CX
   192        00402 (multi_return.go:52)	MOVQ	CX, main..autotmp_59+104(SP)
   197        00407 (multi_return.go:52)	MOVQ	$4613937818241073152, CX
   1a1        00417 (multi_return.go:52)	MOVQ	CX, main..autotmp_59+112(SP)
   1a6        00422 (multi_return.go:52)	MOVQ	$4616189618054758400, CX
   1b0        00432 (multi_return.go:52)	MOVQ	CX, main..autotmp_59+120(SP)
   1b5        00437 (<unknown line number>)	NOP
   1b5      1 00437 (multi_return.go:52)	XORL	CX, CX
   1b7        00439 (multi_return.go:52)	XORPS	X0, X0
   1ba        00442 (multi_return.go:52)	XORPS	X1, X1
   1bd        00445 (multi_return.go:52)	JMP	471
   1bf        00447 (multi_return.go:52)	MOVSD	main..autotmp_59+96(SP)(CX*8), X2
   1c5        00453 (multi_return.go:52)	MOVUPS	X2, X3
   1c8        00456 (multi_return.go:52)	MULSD	X2, X2
   1cc        00460 (multi_return.go:52)	ADDSD	X3, X1
   1d0        00464 (multi_return.go:52)	ADDSD	X2, X0
   1d4        00468 (multi_return.go:52)	INCQ	CX
   1d7        00471 (multi_return.go:52)	CMPQ	CX, $4
   1db        00475 (multi_return.go:52)	JLT	447
   1dd        00477 (multi_return.go:52)	MOVSD	X0, main.s+40(SP)
   1e3        00483 (multi_return.go:52)	MOVSD	X1, main.mean+64(SP)
   1e9     -1 00489 (multi_return.go:53)	CALL	runtime.printlock(SB)
   1ee        00494 (multi_return.go:53)	MOVSD	main.s+40(SP), X0
   1f4        00500 (multi_return.go:53)	CVTTSD2SQ	X0, AX
   1f9        00505 (multi_return.go:53)	MOVQ	AX, main..autotmp_82+88(SP)
   1fe      1 00510 (multi_return.go:52)	MOVSD	main.mean+64(SP), X0
   204        00516 (multi_return.go:52)	MOVSD	$f64.3fd0000000000000(SB), X1
   20c        00524 (multi_return.go:52)	MULSD	X1, X0
   210     -1 00528 (multi_return.go:53)	MOVSD	$f64.4059000000000000(SB), X1
   218        00536 (multi_return.go:53)	MULSD	X0, X1
   21c        00540 (multi_return.go:53)	CVTTSD2SQ	X1, AX
   221        00545 (multi_return.go:53)	CALL	runtime.printint(SB)
   226        00550 (multi_return.go:53)	CALL	runtime.printsp(SB)
   22b        00555 (multi_return.go:53)	MOVQ	main..autotmp_82+88(SP), AX
   230        00560 (multi_return.go:53)	CALL	runtime.printint(SB)
   235        00565 (multi_return.go:53)	CALL	runtime.printsp(SB)
   23a        00570 (multi_return.go:53)	MOVL	$4, AX
   23f        00575 (multi_return.go:53)	NOP
   240        00576 (multi_return.go:53)	CALL	runtime.printint(SB)
   245        00581 (multi_return.go:53)	CALL	runtime.printnl(SB)
   24a        00586 (multi_return.go:53)	CALL	runtime.printunlock(SB)
   24f        00591 (multi_return.go:54)	CALL	runtime.printlock(SB)
   254        00596 (multi_return.go:54)	MOVQ	$-8, AX
   25b        00603 (multi_return.go:54)	NOP
   260        00608 (multi_return.go:54)	CALL	runtime.printint(SB)
   265        00613 (multi_return.go:54)	CALL	runtime.printsp(SB)
   26a        00618 (multi_return.go:54)	MOVL	$65535, AX
   26f        00623 (multi_return.go:54)	CALL	runtime.printuint(SB)
   274        00628 (multi_return.go:54)	CALL	runtime.printsp(SB)
   279        00633 (multi_return.go:54)	MOVQ	$-2147483648, AX
   280        00640 (multi_return.go:54)	CALL	runtime.printint(SB)
   285        00645 (multi_return.go:54)	CALL	runtime.printsp(SB)
   28a        00650 (multi_return.go:54)	MOVQ	$-1, AX
   291        00657 (multi_return.go:54)	CALL	runtime.printuint(SB)
   296        00662 (multi_return.go:54)	CALL	runtime.printsp(SB)
   29b        00667 (multi_return.go:54)	MOVL	$1, AX
   2a0        00672 (multi_return.go:54)	CALL	runtime.printbool(SB)
   2a5        00677 (multi_return.go:54)	CALL	runtime.printsp(SB)
   2aa        00682 (multi_return.go:54)	LEAQ	go:string."s"(SB), AX
   2b1        00689 (multi_return.go:54)	MOVL	$1, BX
   2b6        00694 (multi_return.go:54)	CALL	runtime.printstring(SB)
   2bb        00699 (multi_return.go:54)	NOP
   2c0        00704 (multi_return.go:54)	CALL	runtime.printsp(SB)
   2c5        00709 (multi_return.go:54)	MOVSS	$f32.3f000000(SB), X0
   2cd        00717 (multi_return.go:54)	CALL	runtime.printfloat32(SB)
   2d2        00722 (multi_return.go:54)	CALL	runtime.printnl(SB)
   2d7        00727 (multi_return.go:54)	CALL	runtime.printunlock(SB)
   2dc        00732 (multi_return.go:55)	ADDQ	$160, SP
   2e3        00739 (multi_return.go:55)	POPQ	BP
   2e4        00740 (multi_return.go:55)	RET
   2e5        00741 (multi_return.go:55)	NOP
   2e5        00741 (multi_return.go:42)	PCDATA	$1, $-1
   2e5        00741 (multi_return.go:42)	PCDATA	$0, $-2
   2e5        00741 (multi_return.go:42)	CALL	runtime.morestack_noctxt(SB)
   2ea        00746 (multi_return.go:42)	PCDATA	$0, $-1
   2ea        00746 (multi_return.go:42)	JMP	0
   2ef done
wrote 17 bytes to 0x0
 00 6d 02 09 01 bf 02 04 34 03 15 04 12 03 df 01 00
-- inlining tree for main.main:
0 | -1 | main.add (multi_return.go:45:13) pc=94
1 | -1 | main.stats (multi_return.go:52:18) pc=377
--
funcpctab main.minmax [valfunc=pctoinline]
     0     -1 00000 (multi_return.go:10)	TEXT	main.minmax(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (multi_return.go:10)	TEXT	main.minmax(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (multi_return.go:10)	MOVQ	AX, main.xs+8(FP)
     5        00005 (multi_return.go:10)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (multi_return.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (multi_return.go:10)	FUNCDATA	$5, main.minmax.arginfo1(SB)
     5        00005 (multi_return.go:10)	FUNCDATA	$6, main.minmax.argliveinfo(SB)
     5        00005 (multi_return.go:10)	PCDATA	$3, $1
     5        00005 (multi_return.go:11)	TESTQ	BX, BX
     8        00008 (multi_return.go:11)	JEQ	42
     a        00010 (multi_return.go:15)	LEAQ	-1(CX), DX
     e        00014 (multi_return.go:15)	NEGQ	DX
    11        00017 (multi_return.go:15)	SARQ	$63, DX
    15        00021 (multi_return.go:15)	ANDL	$8, DX
    18        00024 (multi_return.go:14)	MOVQ	(AX), SI
    1b        00027 (multi_return.go:15)	ADDQ	AX, DX
    1e        00030 (multi_return.go:15)	LEAQ	-1(BX), DI
    22        00034 (multi_return.go:15)	XORL	R8, R8
    25        00037 (multi_return.go:15)	MOVQ	SI, AX
    28        00040 (multi_return.go:15)	JMP	70
    2a        00042 (multi_return.go:12)	XORL	AX, AX
    2c        00044 (multi_return.go:12)	MOVL	AX, BX
    2e        00046 (multi_return.go:12)	XORL	CX, CX
    30        00048 (multi_return.go:12)	RET
    31        00049 (multi_return.go:15)	MOVQ	(DX)(R8*8), BX
    35        00053 (multi_return.go:16)	CMPQ	AX, BX
    38        00056 (multi_return.go:19)	CMOVQGT	BX, AX
    3c        00060 (multi_return.go:19)	CMPQ	SI, BX
    3f        00063 (multi_return.go:19)	CMOVQLT	BX, SI
    43        00067 (multi_return.go:15)	INCQ	R8
    46        00070 (multi_return.go:15)	CMPQ	R8, DI
    49        00073 (multi_return.go:15)	JLT	49
    4b        00075 (multi_return.go:23)	MOVQ	SI, BX
    4e        00078 (multi_return.go:23)	MOVL	$1, CX
    53        00083 (multi_return.go:23)	RET
    54 done
wrote 3 bytes to 0x0
 00 54 00
funcpctab main.stats [valfunc=pctoinline]
     0     -1 00000 (multi_return.go:28)	TEXT	main.stats(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (multi_return.go:28)	TEXT	main.stats(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (multi_return.go:28)	MOVQ	AX, main.xs+8(FP)
     5        00005 (multi_return.go:28)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (multi_return.go:28)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (multi_return.go:28)	FUNCDATA	$5, main.stats.arginfo1(SB)
     5        00005 (multi_return.go:28)	FUNCDATA	$6, main.stats.argliveinfo(SB)
     5        00005 (multi_return.go:28)	PCDATA	$3, $1
     5        00005 (multi_return.go:29)	XORPS	X2, X2
     8        00008 (multi_return.go:29)	XORL	CX, CX
     a        00010 (multi_return.go:29)	XORPS	X0, X0
     d        00013 (multi_return.go:29)	JMP	38
     f        00015 (multi_return.go:29)	MOVSD	(AX)(CX*8), X1
    14        00020 (multi_return.go:31)	MOVUPS	X1, X3
    17        00023 (multi_return.go:31)	MULSD	X1, X1
    1b        00027 (multi_return.go:30)	ADDSD	X3, X0
    1f        00031 (multi_return.go:31)	ADDSD	X1, X2
    23        00035 (multi_return.go:29)	INCQ	CX
    26        00038 (multi_return.go:29)	CMPQ	BX, CX
    29        00041 (multi_return.go:29)	JGT	15
    2b        00043 (multi_return.go:34)	XORPS	X3, X3
    2e        00046 (multi_return.go:34)	CVTSQ2SD	BX, X3
    33        00051 (multi_return.go:34)	DIVSD	X3, X0
    37        00055 (multi_return.go:35)	MOVUPS	X2, X1
    3a        00058 (multi_return.go:35)	MOVQ	BX, AX
    3d        00061 (multi_return.go:35)	RET
    3e done
wrote 3 bytes to 0x0
 00 3e 00
funcpctab main.many [valfunc=pctoinline]
     0     -1 00000 (multi_return.go:38)	TEXT	main.many(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (multi_return.go:38)	TEXT	main.many(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (multi_return.go:38)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (multi_return.go:38)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (multi_return.go:39)	MOVL	$-8, AX
     5        00005 (multi_return.go:39)	MOVL	$-1, BX
     a        00010 (multi_return.go:39)	MOVL	$-2147483648, CX
     f        00015 (multi_return.go:39)	MOVQ	$-1, DI
    16        00022 (multi_return.go:39)	MOVL	$1, SI
    1b        00027 (multi_return.go:39)	LEAQ	go:string."s"(SB), R8
    22        00034 (multi_return.go:39)	MOVL	$1, R9
    28        00040 (multi_return.go:39)	MOVSS	$f32.3f000000(SB), X0
    30        00048 (multi_return.go:39)	RET
    31 done
wrote 3 bytes to 0x0
 00 31 00
funcpctab main.add [valfunc=pctoinline]
     0     -1 00000 (multi_return.go:26)	TEXT	main.add(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (multi_return.go:26)	TEXT	main.add(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (multi_return.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (multi_return.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (multi_return.go:26)	FUNCDATA	$5, main.add.arginfo1(SB)
     0        00000 (multi_return.go:26)	FUNCDATA	$6, main.add.argliveinfo(SB)
     0        00000 (multi_return.go:26)	PCDATA	$3, $1
     0     -1 00000 (multi_return.go:26)	ADDQ	BX, AX
     3        00003 (multi_return.go:26)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.swap [valfunc=pctoinline]
     0     -1 00000 (multi_return.go:7)	TEXT	main.swap(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
     0        00000 (multi_return.go:7)	TEXT	main.swap(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
     0     -1 00000 (multi_return.go:7)	MOVQ	AX, main.a+8(FP)
     5        00005 (multi_return.go:7)	MOVQ	CX, main.b+24(FP)
     a        00010 (multi_return.go:7)	FUNCDATA	$0, gclocals·itaneJMpbAudh9zNu5JnHA==(SB)
     a        00010 (multi_return.go:7)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     a        00010 (multi_return.go:7)	FUNCDATA	$5, main.swap.arginfo1(SB)
     a        00010 (multi_return.go:7)	FUNCDATA	$6, main.swap.argliveinfo(SB)
     a        00010 (multi_return.go:7)	PCDATA	$3, $1
     a        00010 (multi_return.go:7)	MOVQ	AX, DX
     d        00013 (multi_return.go:7)	MOVQ	CX, AX
    10        00016 (multi_return.go:7)	MOVQ	BX, SI
    13        00019 (multi_return.go:7)	MOVQ	DI, BX
    16        00022 (multi_return.go:7)	MOVQ	DX, CX
    19        00025 (multi_return.go:7)	MOVQ	SI, DI
    1c        00028 (multi_return.go:7)	RET
    1d done
wrote 3 bytes to 0x0
 00 1d 00
funcpctab main.divmod [valfunc=pctoinline]
     0     -1 00000 (multi_return.go:5)	TEXT	main.divmod(SB), NOSPLIT|ABIInternal, $8-16
     0        00000 (multi_return.go:5)	TEXT	main.divmod(SB), NOSPLIT|ABIInternal, $8-16
     0     -1 00000 (multi_return.go:5)	PUSHQ	BP
     1        00001 (multi_return.go:5)	MOVQ	SP, BP
     4        00004 (multi_return.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (multi_return.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (multi_return.go:5)	FUNCDATA	$5, main.divmod.arginfo1(SB)
     4        00004 (multi_return.go:5)	FUNCDATA	$6, main.divmod.argliveinfo(SB)
     4        00004 (multi_return.go:5)	PCDATA	$3, $1
     4        00004 (multi_return.go:5)	TESTQ	BX, BX
     7        00007 (multi_return.go:5)	JEQ	33
     9        00009 (multi_return.go:5)	CMPQ	BX, $-1
     d        00013 (multi_return.go:5)	JNE	22
     f        00015 (multi_return.go:5)	NEGQ	AX
    12        00018 (multi_return.go:5)	XORL	DX, DX
    14        00020 (multi_return.go:5)	JMP	27
    16        00022 (multi_return.go:5)	CQO
    18        00024 (multi_return.go:5)	IDIVQ	BX
    1b        00027 (multi_return.go:5)	MOVQ	DX, BX
    1e        00030 (multi_return.go:5)	POPQ	BP
    1f        00031 (multi_return.go:5)	NOP
    20        00032 (multi_return.go:5)	RET
    21        00033 (multi_return.go:5)	PCDATA	$1, $0
    21        00033 (multi_return.go:5)	CALL	runtime.panicdivide(SB)
    26        00038 (multi_return.go:5)	XCHGL	AX, AX
    27 done
wrote 3 bytes to 0x0
 00 27 00
main.divmod STEXT nosplit size=39 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (multi_return.go:5)	TEXT	main.divmod(SB), NOSPLIT|ABIInternal, $8-16
	0x0000 00000 (multi_return.go:5)	PUSHQ	BP
	0x0001 00001 (multi_return.go:5)	MOVQ	SP, BP
	0x0004 00004 (multi_return.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (multi_return.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (multi_return.go:5)	FUNCDATA	$5, main.divmod.arginfo1(SB)
	0x0004 00004 (multi_return.go:5)	FUNCDATA	$6, main.divmod.argliveinfo(SB)
	0x0004 00004 (multi_return.go:5)	PCDATA	$3, $1
	0x0004 00004 (multi_return.go:5)	TESTQ	BX, BX
	0x0007 00007 (multi_return.go:5)	JEQ	33
	0x0009 00009 (multi_return.go:5)	CMPQ	BX, $-1
	0x000d 00013 (multi_return.go:5)	JNE	22
	0x000f 00015 (multi_return.go:5)	NEGQ	AX
	0x0012 00018 (multi_return.go:5)	XORL	DX, DX
	0x0014 00020 (multi_return.go:5)	JMP	27
	0x0016 00022 (multi_return.go:5)	CQO
	0x0018 00024 (multi_return.go:5)	IDIVQ	BX
	0x001b 00027 (multi_return.go:5)	MOVQ	DX, BX
	0x001e 00030 (multi_return.go:5)	POPQ	BP
	0x001f 00031 (multi_return.go:5)	NOP
	0x0020 00032 (multi_return.go:5)	RET
	0x0021 00033 (multi_return.go:5)	PCDATA	$1, $0
	0x0021 00033 (multi_return.go:5)	CALL	runtime.panicdivide(SB)
	0x0026 00038 (multi_return.go:5)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 db 74 18 48 83 fb ff 75 07 48  UH..H..t.H...u.H
	0x0010 f7 d8 31 d2 eb 05 48 99 48 f7 fb 48 89 d3 5d 90  ..1...H.H..H..].
	0x0020 c3 e8 00 00 00 00 90                             .......
	rel 34+4 t=R_CALL runtime.panicdivide+0
main.swap STEXT nosplit size=29 align=0x0 args=0x20 locals=0x0 funcid=0x0
	0x0000 00000 (multi_return.go:7)	TEXT	main.swap(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (multi_return.go:7)	MOVQ	AX, main.a+8(FP)
	0x0005 00005 (multi_return.go:7)	MOVQ	CX, main.b+24(FP)
	0x000a 00010 (multi_return.go:7)	FUNCDATA	$0, gclocals·itaneJMpbAudh9zNu5JnHA==(SB)
	0x000a 00010 (multi_return.go:7)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000a 00010 (multi_return.go:7)	FUNCDATA	$5, main.swap.arginfo1(SB)
	0x000a 00010 (multi_return.go:7)	FUNCDATA	$6, main.swap.argliveinfo(SB)
	0x000a 00010 (multi_return.go:7)	PCDATA	$3, $1
	0x000a 00010 (multi_return.go:7)	MOVQ	AX, DX
	0x000d 00013 (multi_return.go:7)	MOVQ	CX, AX
	0x0010 00016 (multi_return.go:7)	MOVQ	BX, SI
	0x0013 00019 (multi_return.go:7)	MOVQ	DI, BX
	0x0016 00022 (multi_return.go:7)	MOVQ	DX, CX
	0x0019 00025 (multi_return.go:7)	MOVQ	SI, DI
	0x001c 00028 (multi_return.go:7)	RET
	0x0000 48 89 44 24 08 48 89 4c 24 18 48 89 c2 48 89 c8  H.D$.H.L$.H..H..
	0x0010 48 89 de 48 89 fb 48 89 d1 48 89 f7 c3           H..H..H..H...
main.minmax STEXT nosplit size=84 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (multi_return.go:10)	TEXT	main.minmax(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (multi_return.go:10)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (multi_return.go:10)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (multi_return.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (multi_return.go:10)	FUNCDATA	$5, main.minmax.arginfo1(SB)
	0x0005 00005 (multi_return.go:10)	FUNCDATA	$6, main.minmax.argliveinfo(SB)
	0x0005 00005 (multi_return.go:10)	PCDATA	$3, $1
	0x0005 00005 (multi_return.go:11)	TESTQ	BX, BX
	0x0008 00008 (multi_return.go:11)	JEQ	42
	0x000a 00010 (multi_return.go:15)	LEAQ	-1(CX), DX
	0x000e 00014 (multi_return.go:15)	NEGQ	DX
	0x0011 00017 (multi_return.go:15)	SARQ	$63, DX
	0x0015 00021 (multi_return.go:15)	ANDL	$8, DX
	0x0018 00024 (multi_return.go:14)	MOVQ	(AX), SI
	0x001b 00027 (multi_return.go:15)	ADDQ	AX, DX
	0x001e 00030 (multi_return.go:15)	LEAQ	-1(BX), DI
	0x0022 00034 (multi_return.go:15)	XORL	R8, R8
	0x0025 00037 (multi_return.go:15)	MOVQ	SI, AX
	0x0028 00040 (multi_return.go:15)	JMP	70
	0x002a 00042 (multi_return.go:12)	XORL	AX, AX
	0x002c 00044 (multi_return.go:12)	MOVL	AX, BX
	0x002e 00046 (multi_return.go:12)	XORL	CX, CX
	0x0030 00048 (multi_return.go:12)	RET
	0x0031 00049 (multi_return.go:15)	MOVQ	(DX)(R8*8), BX
	0x0035 00053 (multi_return.go:16)	CMPQ	AX, BX
	0x0038 00056 (multi_return.go:19)	CMOVQGT	BX, AX
	0x003c 00060 (multi_return.go:19)	CMPQ	SI, BX
	0x003f 00063 (multi_return.go:19)	CMOVQLT	BX, SI
	0x0043 00067 (multi_return.go:15)	INCQ	R8
	0x0046 00070 (multi_return.go:15)	CMPQ	R8, DI
	0x0049 00073 (multi_return.go:15)	JLT	49
	0x004b 00075 (multi_return.go:23)	MOVQ	SI, BX
	0x004e 00078 (multi_return.go:23)	MOVL	$1, CX
	0x0053 00083 (multi_return.go:23)	RET
	0x0000 48 89 44 24 08 48 85 db 74 20 48 8d 51 ff 48 f7  H.D$.H..t H.Q.H.
	0x0010 da 48 c1 fa 3f 83 e2 08 48 8b 30 48 01 c2 48 8d  .H..?...H.0H..H.
	0x0020 7b ff 45 31 c0 48 89 f0 eb 1c 31 c0 89 c3 31 c9  {.E1.H....1...1.
	0x0030 c3 4a 8b 1c c2 48 39 d8 48 0f 4f c3 48 39 de 48  .J...H9.H.O.H9.H
	0x0040 0f 4c f3 49 ff c0 49 39 f8 7c e6 48 89 f3 b9 01  .L.I..I9.|.H....
	0x0050 00 00 00 c3                                      ....
main.add STEXT nosplit size=4 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (multi_return.go:26)	TEXT	main.add(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (multi_return.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (multi_return.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (multi_return.go:26)	FUNCDATA	$5, main.add.arginfo1(SB)
	0x0000 00000 (multi_return.go:26)	FUNCDATA	$6, main.add.argliveinfo(SB)
	0x0000 00000 (multi_return.go:26)	PCDATA	$3, $1
	0x0000 00000 (multi_return.go:26)	ADDQ	BX, AX
	0x0003 00003 (multi_return.go:26)	RET
	0x0000 48 01 d8 c3                                      H...
main.stats STEXT nosplit size=62 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (multi_return.go:28)	TEXT	main.stats(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (multi_return.go:28)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (multi_return.go:28)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (multi_return.go:28)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (multi_return.go:28)	FUNCDATA	$5, main.stats.arginfo1(SB)
	0x0005 00005 (multi_return.go:28)	FUNCDATA	$6, main.stats.argliveinfo(SB)
	0x0005 00005 (multi_return.go:28)	PCDATA	$3, $1
	0x0005 00005 (multi_return.go:29)	XORPS	X2, X2
	0x0008 00008 (multi_return.go:29)	XORL	CX, CX
	0x000a 00010 (multi_return.go:29)	XORPS	X0, X0
	0x000d 00013 (multi_return.go:29)	JMP	38
	0x000f 00015 (multi_return.go:29)	MOVSD	(AX)(CX*8), X1
	0x0014 00020 (multi_return.go:31)	MOVUPS	X1, X3
	0x0017 00023 (multi_return.go:31)	MULSD	X1, X1
	0x001b 00027 (multi_return.go:30)	ADDSD	X3, X0
	0x001f 00031 (multi_return.go:31)	ADDSD	X1, X2
	0x0023 00035 (multi_return.go:29)	INCQ	CX
	0x0026 00038 (multi_return.go:29)	CMPQ	BX, CX
	0x0029 00041 (multi_return.go:29)	JGT	15
	0x002b 00043 (multi_return.go:34)	XORPS	X3, X3
	0x002e 00046 (multi_return.go:34)	CVTSQ2SD	BX, X3
	0x0033 00051 (multi_return.go:34)	DIVSD	X3, X0
	0x0037 00055 (multi_return.go:35)	MOVUPS	X2, X1
	0x003a 00058 (multi_return.go:35)	MOVQ	BX, AX
	0x003d 00061 (multi_return.go:35)	RET
	0x0000 48 89 44 24 08 0f 57 d2 31 c9 0f 57 c0 eb 17 f2  H.D$..W.1..W....
	0x0010 0f 10 0c c8 0f 10 d9 f2 0f 59 c9 f2 0f 58 c3 f2  .........Y...X..
	0x0020 0f 58 d1 48 ff c1 48 39 cb 7f e4 0f 57 db f2 48  .X.H..H9....W..H
	0x0030 0f 2a db f2 0f 5e c3 0f 10 ca 48 89 d8 c3        .*...^....H...
main.many STEXT nosplit size=49 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (multi_return.go:38)	TEXT	main.many(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (multi_return.go:38)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (multi_return.go:38)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (multi_return.go:39)	MOVL	$-8, AX
	0x0005 00005 (multi_return.go:39)	MOVL	$-1, BX
	0x000a 00010 (multi_return.go:39)	MOVL	$-2147483648, CX
	0x000f 00015 (multi_return.go:39)	MOVQ	$-1, DI
	0x0016 00022 (multi_return.go:39)	MOVL	$1, SI
	0x001b 00027 (multi_return.go:39)	LEAQ	go:string."s"(SB), R8
	0x0022 00034 (multi_return.go:39)	MOVL	$1, R9
	0x0028 00040 (multi_return.go:39)	MOVSS	$f32.3f000000(SB), X0
	0x0030 00048 (multi_return.go:39)	RET
	0x0000 b8 f8 ff ff ff bb ff ff ff ff b9 00 00 00 80 48  ...............H
	0x0010 c7 c7 ff ff ff ff be 01 00 00 00 4c 8d 05 00 00  ...........L....
	0x0020 00 00 41 b9 01 00 00 00 f3 0f 10 05 00 00 00 00  ..A.............
	0x0030 c3                                               .
	rel 30+4 t=R_PCREL go:string."s"+0
	rel 44+4 t=R_PCREL $f32.3f000000+0
main.main STEXT size=751 align=0x0 args=0x0 locals=0xa8 funcid=0x0
	0x0000 00000 (multi_return.go:42)	TEXT	main.main(SB), ABIInternal, $168-0
	0x0000 00000 (multi_return.go:42)	LEAQ	-40(SP), R12
	0x0005 00005 (multi_return.go:42)	CMPQ	R12, 16(R14)
	0x0009 00009 (multi_return.go:42)	PCDATA	$0, $-2
	0x0009 00009 (multi_return.go:42)	JLS	741
	0x000f 00015 (multi_return.go:42)	PCDATA	$0, $-1
	0x000f 00015 (multi_return.go:42)	PUSHQ	BP
	0x0010 00016 (multi_return.go:42)	MOVQ	SP, BP
	0x0013 00019 (multi_return.go:42)	SUBQ	$160, SP
	0x001a 00026 (multi_return.go:42)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (multi_return.go:42)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (multi_return.go:43)	MOVL	$17, AX
	0x001f 00031 (multi_return.go:43)	MOVL	$5, BX
	0x0024 00036 (multi_return.go:43)	PCDATA	$1, $0
	0x0024 00036 (multi_return.go:43)	CALL	main.divmod(SB)
	0x0029 00041 (multi_return.go:43)	MOVQ	AX, main.q+56(SP)
	0x002e 00046 (multi_return.go:43)	MOVQ	BX, main.r+48(SP)
	0x0033 00051 (multi_return.go:44)	CALL	runtime.printlock(SB)
	0x0038 00056 (multi_return.go:44)	MOVQ	main.q+56(SP), AX
	0x003d 00061 (multi_return.go:44)	NOP
	0x0040 00064 (multi_return.go:44)	CALL	runtime.printint(SB)
	0x0045 00069 (multi_return.go:44)	CALL	runtime.printsp(SB)
	0x004a 00074 (multi_return.go:44)	MOVQ	main.r+48(SP), AX
	0x004f 00079 (multi_return.go:44)	CALL	runtime.printint(SB)
	0x0054 00084 (multi_return.go:44)	CALL	runtime.printnl(SB)
	0x0059 00089 (multi_return.go:44)	CALL	runtime.printunlock(SB)
	0x005e 00094 (multi_return.go:45)	MOVL	$100, AX
	0x0063 00099 (multi_return.go:45)	MOVL	$7, BX
	0x0068 00104 (multi_return.go:45)	CALL	main.divmod(SB)
	0x006d 00109 (multi_return.go:26)	LEAQ	(AX)(BX*1), CX
	0x0071 00113 (multi_return.go:26)	MOVQ	CX, main.~r0+32(SP)
	0x0076 00118 (<unknown line number>)	NOP
	0x0076 00118 (multi_return.go:45)	CALL	runtime.printlock(SB)
	0x007b 00123 (multi_return.go:45)	MOVQ	main.~r0+32(SP), AX
	0x0080 00128 (multi_return.go:45)	CALL	runtime.printint(SB)
	0x0085 00133 (multi_return.go:45)	CALL	runtime.printnl(SB)
	0x008a 00138 (multi_return.go:45)	CALL	runtime.printunlock(SB)
	0x008f 00143 (multi_return.go:47)	CALL	runtime.printlock(SB)
	0x0094 00148 (multi_return.go:47)	LEAQ	go:string."y"(SB), AX
	0x009b 00155 (multi_return.go:47)	MOVL	$1, BX
	0x00a0 00160 (multi_return.go:47)	CALL	runtime.printstring(SB)
	0x00a5 00165 (multi_return.go:47)	CALL	runtime.printsp(SB)
	0x00aa 00170 (multi_return.go:47)	LEAQ	go:string."x"(SB), AX
	0x00b1 00177 (multi_return.go:47)	MOVL	$1, BX
	0x00b6 00182 (multi_return.go:47)	CALL	runtime.printstring(SB)
	0x00bb 00187 (multi_return.go:47)	NOP
	0x00c0 00192 (multi_return.go:47)	CALL	runtime.printnl(SB)
	0x00c5 00197 (multi_return.go:47)	CALL	runtime.printunlock(SB)
	0x00ca 00202 (multi_return.go:48)	LEAQ	main..autotmp_53+128(SP), AX
	0x00d2 00210 (multi_return.go:48)	MOVUPS	X15, (AX)
	0x00d6 00214 (multi_return.go:48)	MOVUPS	X15, 16(AX)
	0x00db 00219 (multi_return.go:48)	MOVQ	$4, main..autotmp_53+128(SP)
	0x00e7 00231 (multi_return.go:48)	MOVQ	$-2, main..autotmp_53+136(SP)
	0x00f3 00243 (multi_return.go:48)	MOVQ	$9, main..autotmp_53+144(SP)
	0x00ff 00255 (multi_return.go:48)	MOVL	$4, BX
	0x0104 00260 (multi_return.go:48)	MOVL	BX, CX
	0x0106 00262 (multi_return.go:48)	CALL	main.minmax(SB)
	0x010b 00267 (multi_return.go:48)	MOVQ	AX, main.lo+72(SP)
	0x0110 00272 (multi_return.go:48)	MOVQ	BX, main.hi+80(SP)
	0x0115 00277 (multi_return.go:48)	MOVB	CL, main.ok+31(SP)
	0x0119 00281 (multi_return.go:49)	CALL	runtime.printlock(SB)
	0x011e 00286 (multi_return.go:49)	MOVQ	main.lo+72(SP), AX
	0x0123 00291 (multi_return.go:49)	CALL	runtime.printint(SB)
	0x0128 00296 (multi_return.go:49)	CALL	runtime.printsp(SB)
	0x012d 00301 (multi_return.go:49)	MOVQ	main.hi+80(SP), AX
	0x0132 00306 (multi_return.go:49)	CALL	runtime.printint(SB)
	0x0137 00311 (multi_return.go:49)	CALL	runtime.printsp(SB)
	0x013c 00316 (multi_return.go:49)	MOVBLZX	main.ok+31(SP), AX
	0x0141 00321 (multi_return.go:49)	CALL	runtime.printbool(SB)
	0x0146 00326 (multi_return.go:49)	CALL	runtime.printnl(SB)
	0x014b 00331 (multi_return.go:49)	CALL	runtime.printunlock(SB)
	0x0150 00336 (multi_return.go:50)	XORL	AX, AX
	0x0152 00338 (multi_return.go:50)	XORL	BX, BX
	0x0154 00340 (multi_return.go:50)	MOVL	BX, CX
	0x0156 00342 (multi_return.go:50)	CALL	main.minmax(SB)
	0x015b 00347 (multi_return.go:50)	MOVB	CL, main.ok+31(SP)
	0x015f 00351 (multi_return.go:50)	NOP
	0x0160 00352 (multi_return.go:51)	CALL	runtime.printlock(SB)
	0x0165 00357 (multi_return.go:51)	MOVBLZX	main.ok+31(SP), AX
	0x016a 00362 (multi_return.go:51)	CALL	runtime.printbool(SB)
	0x016f 00367 (multi_return.go:51)	CALL	runtime.printnl(SB)
	0x0174 00372 (multi_return.go:51)	CALL	runtime.printunlock(SB)
	0x0179 00377 (multi_return.go:52)	MOVQ	$4607182418800017408, CX
	0x0183 00387 (multi_return.go:52)	MOVQ	CX, main..autotmp_59+96(SP)
	0x0188 00392 (multi_return.go:52)	MOVQ	$4611686018427387904, CX
	0x0192 00402 (multi_return.go:52)	MOVQ	CX, main..autotmp_59+104(SP)
	0x0197 00407 (multi_return.go:52)	MOVQ	$4613937818241073152, CX
	0x01a1 00417 (multi_return.go:52)	MOVQ	CX, main..autotmp_59+112(SP)
	0x01a6 00422 (multi_return.go:52)	MOVQ	$4616189618054758400, CX
	0x01b0 00432 (multi_return.go:52)	MOVQ	CX, main..autotmp_59+120(SP)
	0x01b5 00437 (<unknown line number>)	NOP
	0x01b5 00437 (multi_return.go:29)	XORL	CX, CX
	0x01b7 00439 (multi_return.go:29)	XORPS	X0, X0
	0x01ba 00442 (multi_return.go:29)	XORPS	X1, X1
	0x01bd 00445 (multi_return.go:29)	JMP	471
	0x01bf 00447 (multi_return.go:29)	MOVSD	main..autotmp_59+96(SP)(CX*8), X2
	0x01c5 00453 (multi_return.go:31)	MOVUPS	X2, X3
	0x01c8 00456 (multi_return.go:31)	MULSD	X2, X2
	0x01cc 00460 (multi_return.go:30)	ADDSD	X3, X1
	0x01d0 00464 (multi_return.go:31)	ADDSD	X2, X0
	0x01d4 00468 (multi_return.go:29)	INCQ	CX
	0x01d7 00471 (multi_return.go:29)	CMPQ	CX, $4
	0x01db 00475 (multi_return.go:29)	JLT	447
	0x01dd 00477 (multi_return.go:29)	MOVSD	X0, main.s+40(SP)
	0x01e3 00483 (multi_return.go:29)	MOVSD	X1, main.mean+64(SP)
	0x01e9 00489 (multi_return.go:53)	CALL	runtime.printlock(SB)
	0x01ee 00494 (multi_return.go:53)	MOVSD	main.s+40(SP), X0
	0x01f4 00500 (multi_return.go:53)	CVTTSD2SQ	X0, AX
	0x01f9 00505 (multi_return.go:53)	MOVQ	AX, main..autotmp_82+88(SP)
	0x01fe 00510 (multi_return.go:34)	MOVSD	main.mean+64(SP), X0
	0x0204 00516 (multi_return.go:34)	MOVSD	$f64.3fd0000000000000(SB), X1
	0x020c 00524 (multi_return.go:34)	MULSD	X1, X0
	0x0210 00528 (multi_return.go:53)	MOVSD	$f64.4059000000000000(SB), X1
	0x0218 00536 (multi_return.go:53)	MULSD	X0, X1
	0x021c 00540 (multi_return.go:53)	CVTTSD2SQ	X1, AX
	0x0221 00545 (multi_return.go:53)	CALL	runtime.printint(SB)
	0x0226 00550 (multi_return.go:53)	CALL	runtime.printsp(SB)
	0x022b 00555 (multi_return.go:53)	MOVQ	main..autotmp_82+88(SP), AX
	0x0230 00560 (multi_return.go:53)	CALL	runtime.printint(SB)
	0x0235 00565 (multi_return.go:53)	CALL	runtime.printsp(SB)
	0x023a 00570 (multi_return.go:53)	MOVL	$4, AX
	0x023f 00575 (multi_return.go:53)	NOP
	0x0240 00576 (multi_return.go:53)	CALL	runtime.printint(SB)
	0x0245 00581 (multi_return.go:53)	CALL	runtime.printnl(SB)
	0x024a 00586 (multi_return.go:53)	CALL	runtime.printunlock(SB)
	0x024f 00591 (multi_return.go:54)	CALL	runtime.printlock(SB)
	0x0254 00596 (multi_return.go:54)	MOVQ	$-8, AX
	0x025b 00603 (multi_return.go:54)	NOP
	0x0260 00608 (multi_return.go:54)	CALL	runtime.printint(SB)
	0x0265 00613 (multi_return.go:54)	CALL	runtime.printsp(SB)
	0x026a 00618 (multi_return.go:54)	MOVL	$65535, AX
	0x026f 00623 (multi_return.go:54)	CALL	runtime.printuint(SB)
	0x0274 00628 (multi_return.go:54)	CALL	runtime.printsp(SB)
	0x0279 00633 (multi_return.go:54)	MOVQ	$-2147483648, AX
	0x0280 00640 (multi_return.go:54)	CALL	runtime.printint(SB)
	0x0285 00645 (multi_return.go:54)	CALL	runtime.printsp(SB)
	0x028a 00650 (multi_return.go:54)	MOVQ	$-1, AX
	0x0291 00657 (multi_return.go:54)	CALL	runtime.printuint(SB)
	0x0296 00662 (multi_return.go:54)	CALL	runtime.printsp(SB)
	0x029b 00667 (multi_return.go:54)	MOVL	$1, AX
	0x02a0 00672 (multi_return.go:54)	CALL	runtime.printbool(SB)
	0x02a5 00677 (multi_return.go:54)	CALL	runtime.printsp(SB)
	0x02aa 00682 (multi_return.go:54)	LEAQ	go:string."s"(SB), AX
	0x02b1 00689 (multi_return.go:54)	MOVL	$1, BX
	0x02b6 00694 (multi_return.go:54)	CALL	runtime.printstring(SB)
	0x02bb 00699 (multi_return.go:54)	NOP
	0x02c0 00704 (multi_return.go:54)	CALL	runtime.printsp(SB)
	0x02c5 00709 (multi_return.go:54)	MOVSS	$f32.3f000000(SB), X0
	0x02cd 00717 (multi_return.go:54)	CALL	runtime.printfloat32(SB)
	0x02d2 00722 (multi_return.go:54)	CALL	runtime.printnl(SB)
	0x02d7 00727 (multi_return.go:54)	CALL	runtime.printunlock(SB)
	0x02dc 00732 (multi_return.go:55)	ADDQ	$160, SP
	0x02e3 00739 (multi_return.go:55)	POPQ	BP
	0x02e4 00740 (multi_return.go:55)	RET
	0x02e5 00741 (multi_return.go:55)	NOP
	0x02e5 00741 (multi_return.go:42)	PCDATA	$1, $-1
	0x02e5 00741 (multi_return.go:42)	PCDATA	$0, $-2
	0x02e5 00741 (multi_return.go:42)	CALL	runtime.morestack_noctxt(SB)
	0x02ea 00746 (multi_return.go:42)	PCDATA	$0, $-1
	0x02ea 00746 (multi_return.go:42)	JMP	0
	0x0000 4c 8d 64 24 d8 4d 3b 66 10 0f 86 d6 02 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec a0 00 00 00 b8 11 00 00 00 bb  H..H............
	0x0020 05 00 00 00 e8 00 00 00 00 48 89 44 24 38 48 89  .........H.D$8H.
	0x0030 5c 24 30 e8 00 00 00 00 48 8b 44 24 38 0f 1f 00  \$0.....H.D$8...
	0x0040 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 30 e8  ..........H.D$0.
	0x0050 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 64  ...............d
	0x0060 00 00 00 bb 07 00 00 00 e8 00 00 00 00 48 8d 0c  .............H..
	0x0070 18 48 89 4c 24 20 e8 00 00 00 00 48 8b 44 24 20  .H.L$ .....H.D$ 
	0x0080 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x0090 00 00 00 00 48 8d 05 00 00 00 00 bb 01 00 00 00  ....H...........
	0x00a0 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x00b0 00 bb 01 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 48 8d 84 24 80 00  ..........H..$..
	0x00d0 00 00 44 0f 11 38 44 0f 11 78 10 48 c7 84 24 80  ..D..8D..x.H..$.
	0x00e0 00 00 00 04 00 00 00 48 c7 84 24 88 00 00 00 fe  .......H..$.....
	0x00f0 ff ff ff 48 c7 84 24 90 00 00 00 09 00 00 00 bb  ...H..$.........
	0x0100 04 00 00 00 89 d9 e8 00 00 00 00 48 89 44 24 48  ...........H.D$H
	0x0110 48 89 5c 24 50 88 4c 24 1f e8 00 00 00 00 48 8b  H.\$P.L$......H.
	0x0120 44 24 48 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  D$H..........H.D
	0x0130 24 50 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24  $P............D$
	0x0140 1f e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0150 31 c0 31 db 89 d9 e8 00 00 00 00 88 4c 24 1f 90  1.1.........L$..
	0x0160 e8 00 00 00 00 0f b6 44 24 1f e8 00 00 00 00 e8  .......D$.......
	0x0170 00 00 00 00 e8 00 00 00 00 48 b9 00 00 00 00 00  .........H......
	0x0180 00 f0 3f 48 89 4c 24 60 48 b9 00 00 00 00 00 00  ..?H.L$`H.......
	0x0190 00 40 48 89 4c 24 68 48 b9 00 00 00 00 00 00 08  .@H.L$hH........
	0x01a0 40 48 89 4c 24 70 48 b9 00 00 00 00 00 00 10 40  @H.L$pH........@
	0x01b0 48 89 4c 24 78 31 c9 0f 57 c0 0f 57 c9 eb 18 f2  H.L$x1..W..W....
	0x01c0 0f 10 54 cc 60 0f 10 da f2 0f 59 d2 f2 0f 58 cb  ..T.`.....Y...X.
	0x01d0 f2 0f 58 c2 48 ff c1 48 83 f9 04 7c e2 f2 0f 11  ..X.H..H...|....
	0x01e0 44 24 28 f2 0f 11 4c 24 40 e8 00 00 00 00 f2 0f  D$(...L$@.......
	0x01f0 10 44 24 28 f2 48 0f 2c c0 48 89 44 24 58 f2 0f  .D$(.H.,.H.D$X..
	0x0200 10 44 24 40 f2 0f 10 0d 00 00 00 00 f2 0f 59 c1  .D$@..........Y.
	0x0210 f2 0f 10 0d 00 00 00 00 f2 0f 59 c8 f2 48 0f 2c  ..........Y..H.,
	0x0220 c1 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 58  ...........H.D$X
	0x0230 e8 00 00 00 00 e8 00 00 00 00 b8 04 00 00 00 90  ................
	0x0240 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x0250 00 00 00 00 48 c7 c0 f8 ff ff ff 0f 1f 44 00 00  ....H........D..
	0x0260 e8 00 00 00 00 e8 00 00 00 00 b8 ff ff 00 00 e8  ................
	0x0270 00 00 00 00 e8 00 00 00 00 48 c7 c0 00 00 00 80  .........H......
	0x0280 e8 00 00 00 00 e8 00 00 00 00 48 c7 c0 ff ff ff  ..........H.....
	0x0290 ff e8 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00  ................
	0x02a0 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x02b0 00 bb 01 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x02c0 e8 00 00 00 00 f3 0f 10 05 00 00 00 00 e8 00 00  ................
	0x02d0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 a0  ............H...
	0x02e0 00 00 00 5d c3 e8 00 00 00 00 e9 11 fd ff ff     ...]...........
	rel 37+4 t=R_CALL main.divmod+0
	rel 52+4 t=R_CALL runtime.printlock+0
	rel 65+4 t=R_CALL runtime.printint+0
	rel 70+4 t=R_CALL runtime.printsp+0
	rel 80+4 t=R_CALL runtime.printint+0
	rel 85+4 t=R_CALL runtime.printnl+0
	rel 90+4 t=R_CALL runtime.printunlock+0
	rel 105+4 t=R_CALL main.divmod+0
	rel 119+4 t=R_CALL runtime.printlock+0
	rel 129+4 t=R_CALL runtime.printint+0
	rel 134+4 t=R_CALL runtime.printnl+0
	rel 139+4 t=R_CALL runtime.printunlock+0
	rel 144+4 t=R_CALL runtime.printlock+0
	rel 151+4 t=R_PCREL go:string."y"+0
	rel 161+4 t=R_CALL runtime.printstring+0
	rel 166+4 t=R_CALL runtime.printsp+0
	rel 173+4 t=R_PCREL go:string."x"+0
	rel 183+4 t=R_CALL runtime.printstring+0
	rel 193+4 t=R_CALL runtime.printnl+0
	rel 198+4 t=R_CALL runtime.printunlock+0
	rel 263+4 t=R_CALL main.minmax+0
	rel 282+4 t=R_CALL runtime.printlock+0
	rel 292+4 t=R_CALL runtime.printint+0
	rel 297+4 t=R_CALL runtime.printsp+0
	rel 307+4 t=R_CALL runtime.printint+0
	rel 312+4 t=R_CALL runtime.printsp+0
	rel 322+4 t=R_CALL runtime.printbool+0
	rel 327+4 t=R_CALL runtime.printnl+0
	rel 332+4 t=R_CALL runtime.printunlock+0
	rel 343+4 t=R_CALL main.minmax+0
	rel 353+4 t=R_CALL runtime.printlock+0
	rel 363+4 t=R_CALL runtime.printbool+0
	rel 368+4 t=R_CALL runtime.printnl+0
	rel 373+4 t=R_CALL runtime.printunlock+0
	rel 490+4 t=R_CALL runtime.printlock+0
	rel 520+4 t=R_PCREL $f64.3fd0000000000000+0
	rel 532+4 t=R_PCREL $f64.4059000000000000+0
	rel 546+4 t=R_CALL runtime.printint+0
	rel 551+4 t=R_CALL runtime.printsp+0
	rel 561+4 t=R_CALL runtime.printint+0
	rel 566+4 t=R_CALL runtime.printsp+0
	rel 577+4 t=R_CALL runtime.printint+0
	rel 582+4 t=R_CALL runtime.printnl+0
	rel 587+4 t=R_CALL runtime.printunlock+0
	rel 592+4 t=R_CALL runtime.printlock+0
	rel 609+4 t=R_CALL runtime.printint+0
	rel 614+4 t=R_CALL runtime.printsp+0
	rel 624+4 t=R_CALL runtime.printuint+0
	rel 629+4 t=R_CALL runtime.printsp+0
	rel 641+4 t=R_CALL runtime.printint+0
	rel 646+4 t=R_CALL runtime.printsp+0
	rel 658+4 t=R_CALL runtime.printuint+0
	rel 663+4 t=R_CALL runtime.printsp+0
	rel 673+4 t=R_CALL runtime.printbool+0
	rel 678+4 t=R_CALL runtime.printsp+0
	rel 685+4 t=R_PCREL go:string."s"+0
	rel 695+4 t=R_CALL runtime.printstring+0
	rel 705+4 t=R_CALL runtime.printsp+0
	rel 713+4 t=R_PCREL $f32.3f000000+0
	rel 718+4 t=R_CALL runtime.printfloat32+0
	rel 723+4 t=R_CALL runtime.printnl+0
	rel 728+4 t=R_CALL runtime.printunlock+0
	rel 742+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.add$abstract SDWARFABSFCN dupok size=30 align=0x0
	0x0000 05 6d 61 69 6e 2e 61 64 64 00 01 1a 01 22 61 00  .main.add...."a.
	0x0010 00 00 00 00 00 22 62 00 00 00 00 00 00 00        ....."b.......
	rel 17+4 t=R_DWARFSECREF go:info.int+0
	rel 25+4 t=R_DWARFSECREF go:info.int+0
go:info.main.swap$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 73 77 61 70 00 01 07 01 22 61  .main.swap...."a
	0x0010 00 00 00 00 00 00 22 62 00 00 00 00 00 00 00     ......"b.......
	rel 18+4 t=R_DWARFSECREF go:info.string+0
	rel 26+4 t=R_DWARFSECREF go:info.string+0
go:info.main.stats$abstract SDWARFABSFCN dupok size=64 align=0x0
	0x0000 05 6d 61 69 6e 2e 73 74 61 74 73 00 01 1c 01 22  .main.stats...."
	0x0010 78 73 00 00 00 00 00 00 22 6d 65 61 6e 00 01 00  xs......"mean...
	0x0020 00 00 00 22 73 75 6d 73 71 00 01 00 00 00 00 22  ..."sumsq......"
	0x0030 6e 00 01 00 00 00 00 21 78 00 1d 00 00 00 00 00  n......!x.......
	rel 20+4 t=R_DWARFSECREF go:info.[]float64+0
	rel 31+4 t=R_DWARFSECREF go:info.float64+0
	rel 43+4 t=R_DWARFSECREF go:info.float64+0
	rel 51+4 t=R_DWARFSECREF go:info.int+0
	rel 59+4 t=R_DWARFSECREF go:info.float64+0
go:info.main.many$abstract SDWARFABSFCN dupok size=15 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 6e 79 00 01 26 01 00     .main.many..&..
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."s" SRODATA dupok size=1 align=0x1
	0x0000 73                                               s
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
go:string."y" SRODATA dupok size=1 align=0x1
	0x0000 79                                               y
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.divmod.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.divmod.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·itaneJMpbAudh9zNu5JnHA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 05 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.swap.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 fd fe 10 08 18 08 fd ff           .............
main.swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.minmax.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.minmax.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.add.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.add.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.stats.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.stats.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f32.3f000000 SRODATA size=4 align=0x4
	0x0000 00 00 00 3f                                      ...?
$f64.3fd0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 d0 3f                          .......?
$f64.4059000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 59 40                          ......Y@
