funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (array_value_semantics.go:9)	TEXT	main.main(SB), ABIInternal, $408-0
     0        00000 (array_value_semantics.go:9)	TEXT	main.main(SB), ABIInternal, $408-0
     0     -1 00000 (array_value_semantics.go:9)	LEAQ	-280(SP), R12
     8        00008 (array_value_semantics.go:9)	CMPQ	R12, 16(R14)
     c        00012 (array_value_semantics.go:9)	PCDATA	$0, $-2
     c        00012 (array_value_semantics.go:9)	JLS	1127
    12        00018 (array_value_semantics.go:9)	PCDATA	$0, $-1
    12        00018 (array_value_semantics.go:9)	PUSHQ	BP
    13        00019 (array_value_semantics.go:9)	MOVQ	SP, BP
    16        00022 (array_value_semantics.go:9)	SUBQ	$400, SP
    1d        00029 (array_value_semantics.go:9)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (array_value_semantics.go:9)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (array_value_semantics.go:10)	LEAQ	main.a+224(SP), AX
    25        00037 (array_value_semantics.go:10)	LEAQ	main..stmp_0(SB), CX
    2c        00044 (array_value_semantics.go:10)	MOVUPS	(CX), X14
    30        00048 (array_value_semantics.go:10)	MOVUPS	X14, (AX)
    34        00052 (array_value_semantics.go:10)	MOVUPS	16(CX), X14
    39        00057 (array_value_semantics.go:10)	MOVUPS	X14, 16(AX)
    3e        00062 (array_value_semantics.go:11)	LEAQ	main.b+272(SP), CX
    46        00070 (array_value_semantics.go:11)	MOVUPS	(AX), X14
    4a        00074 (array_value_semantics.go:11)	MOVUPS	X14, (CX)
    4e        00078 (array_value_semantics.go:11)	MOVUPS	16(AX), X14
    53        00083 (array_value_semantics.go:11)	MOVUPS	X14, 16(CX)
    58        00088 (array_value_semantics.go:12)	MOVQ	$20, main.b+280(SP)
    64        00100 (array_value_semantics.go:13)	MOVQ	main.a+224(SP), AX
    6c        00108 (array_value_semantics.go:13)	MOVQ	main.a+232(SP), CX
    74        00116 (array_value_semantics.go:13)	MOVQ	CX, main..autotmp_42+264(SP)
    7c        00124 (array_value_semantics.go:13)	NOP
    80        00128 (array_value_semantics.go:13)	CMPQ	main.b+272(SP), AX
    88        00136 (array_value_semantics.go:13)	JNE	191
    8a        00138 (array_value_semantics.go:13)	CMPQ	CX, $20
    8e        00142 (array_value_semantics.go:13)	JNE	191
    90        00144 (array_value_semantics.go:13)	MOVQ	main.a+240(SP), AX
    98        00152 (array_value_semantics.go:13)	NOP
    a0        00160 (array_value_semantics.go:13)	CMPQ	main.b+288(SP), AX
    a8        00168 (array_value_semantics.go:13)	JNE	191
    aa        00170 (array_value_semantics.go:13)	MOVQ	main.a+248(SP), AX
    b2        00178 (array_value_semantics.go:13)	CMPQ	main.b+296(SP), AX
    ba        00186 (array_value_semantics.go:13)	SETEQ	AL
    bd        00189 (array_value_semantics.go:13)	JMP	193
    bf        00191 (array_value_semantics.go:13)	XORL	AX, AX
    c1        00193 (array_value_semantics.go:13)	MOVB	AL, main..autotmp_43+71(SP)
    c5        00197 (array_value_semantics.go:13)	PCDATA	$1, $0
    c5        00197 (array_value_semantics.go:13)	CALL	runtime.printlock(SB)
    ca        00202 (array_value_semantics.go:13)	MOVQ	main..autotmp_42+264(SP), AX
    d2        00210 (array_value_semantics.go:13)	CALL	runtime.printint(SB)
    d7        00215 (array_value_semantics.go:13)	CALL	runtime.printsp(SB)
    dc        00220 (array_value_semantics.go:13)	MOVL	$20, AX
    e1        00225 (array_value_semantics.go:13)	CALL	runtime.printint(SB)
    e6        00230 (array_value_semantics.go:13)	CALL	runtime.printsp(SB)
    eb        00235 (array_value_semantics.go:13)	MOVBLZX	main..autotmp_43+71(SP), AX
    f0        00240 (array_value_semantics.go:13)	CALL	runtime.printbool(SB)
    f5        00245 (array_value_semantics.go:13)	CALL	runtime.printnl(SB)
    fa        00250 (array_value_semantics.go:13)	CALL	runtime.printunlock(SB)
    ff        00255 (array_value_semantics.go:14)	MOVQ	SP, AX
   102        00258 (array_value_semantics.go:14)	LEAQ	main.a+224(SP), CX
   10a        00266 (array_value_semantics.go:14)	MOVUPS	(CX), X14
   10e        00270 (array_value_semantics.go:14)	MOVUPS	X14, (AX)
   112        00274 (array_value_semantics.go:14)	MOVUPS	16(CX), X14
   117        00279 (array_value_semantics.go:14)	MOVUPS	X14, 16(AX)
   11c        00284 (array_value_semantics.go:14)	NOP
   120        00288 (array_value_semantics.go:14)	CALL	main.zeroFirst(SB)
   125        00293 (array_value_semantics.go:15)	MOVQ	main.a+224(SP), AX
   12d        00301 (array_value_semantics.go:15)	MOVQ	AX, main..autotmp_42+264(SP)
   135        00309 (array_value_semantics.go:15)	MOVQ	32(SP), AX
   13a        00314 (array_value_semantics.go:15)	MOVQ	AX, main..autotmp_44+256(SP)
   142        00322 (array_value_semantics.go:15)	CALL	runtime.printlock(SB)
   147        00327 (array_value_semantics.go:15)	MOVQ	main..autotmp_42+264(SP), AX
   14f        00335 (array_value_semantics.go:15)	CALL	runtime.printint(SB)
   154        00340 (array_value_semantics.go:15)	CALL	runtime.printsp(SB)
   159        00345 (array_value_semantics.go:15)	MOVQ	main..autotmp_44+256(SP), AX
   161        00353 (array_value_semantics.go:15)	CALL	runtime.printint(SB)
   166        00358 (array_value_semantics.go:15)	CALL	runtime.printnl(SB)
   16b        00363 (array_value_semantics.go:15)	CALL	runtime.printunlock(SB)
   170        00368 (array_value_semantics.go:16)	XCHGL	AX, AX
   171      0 00369 (array_value_semantics.go:16)	MOVQ	$0, main.a+224(SP)
   17d        00381 (array_value_semantics.go:16)	NOP
   180     -1 00384 (array_value_semantics.go:17)	CALL	runtime.printlock(SB)
   185        00389 (array_value_semantics.go:17)	XORL	AX, AX
   187        00391 (array_value_semantics.go:17)	CALL	runtime.printint(SB)
   18c        00396 (array_value_semantics.go:17)	CALL	runtime.printsp(SB)
   191        00401 (array_value_semantics.go:17)	MOVL	$4, AX
   196        00406 (array_value_semantics.go:17)	CALL	runtime.printint(SB)
   19b        00411 (array_value_semantics.go:17)	NOP
   1a0        00416 (array_value_semantics.go:17)	CALL	runtime.printnl(SB)
   1a5        00421 (array_value_semantics.go:17)	CALL	runtime.printunlock(SB)
   1aa        00426 (array_value_semantics.go:19)	LEAQ	main.grid+128(SP), AX
   1b2        00434 (array_value_semantics.go:19)	MOVUPS	X15, (AX)
   1b6        00438 (array_value_semantics.go:19)	MOVUPS	X15, 16(AX)
   1bb        00443 (array_value_semantics.go:19)	MOVUPS	X15, 32(AX)
   1c0        00448 (array_value_semantics.go:19)	MOVUPS	X15, 48(AX)
   1c5        00453 (array_value_semantics.go:19)	MOVUPS	X15, 64(AX)
   1ca        00458 (array_value_semantics.go:19)	MOVUPS	X15, 80(AX)
   1cf        00463 (array_value_semantics.go:20)	XORL	AX, AX
   1d1        00465 (array_value_semantics.go:20)	JMP	471
   1d3        00467 (array_value_semantics.go:20)	LEAQ	1(DX), AX
   1d7        00471 (array_value_semantics.go:20)	CMPQ	AX, $3
   1db        00475 (array_value_semantics.go:20)	JGE	523
   1dd        00477 (array_value_semantics.go:22)	LEAQ	(AX)(AX*1), CX
   1e1        00481 (array_value_semantics.go:22)	MOVQ	AX, DX
   1e4        00484 (array_value_semantics.go:22)	SHLQ	$5, AX
   1e8        00488 (array_value_semantics.go:22)	LEAQ	(CX)(CX*4), CX
   1ec        00492 (array_value_semantics.go:21)	XORL	BX, BX
   1ee        00494 (array_value_semantics.go:21)	JMP	515
   1f0        00496 (array_value_semantics.go:22)	LEAQ	main.grid+128(SP)(AX*1), SI
   1f8        00504 (array_value_semantics.go:22)	LEAQ	(CX)(BX*1), DI
   1fc        00508 (array_value_semantics.go:22)	MOVQ	DI, (SI)(BX*8)
   200        00512 (array_value_semantics.go:21)	INCQ	BX
   203        00515 (array_value_semantics.go:21)	CMPQ	BX, $4
   207        00519 (array_value_semantics.go:21)	JLT	496
   209        00521 (array_value_semantics.go:21)	JMP	467
   20b        00523 (array_value_semantics.go:27)	MOVQ	main.grid+160(SP), AX
   213        00531 (array_value_semantics.go:27)	MOVQ	AX, main..autotmp_42+264(SP)
   21b        00539 (array_value_semantics.go:27)	MOVQ	main.grid+216(SP), AX
   223        00547 (array_value_semantics.go:27)	MOVQ	AX, main..autotmp_44+256(SP)
   22b        00555 (array_value_semantics.go:27)	CALL	runtime.printlock(SB)
   230        00560 (array_value_semantics.go:27)	MOVQ	main..autotmp_42+264(SP), AX
   238        00568 (array_value_semantics.go:27)	CALL	runtime.printint(SB)
   23d        00573 (array_value_semantics.go:27)	NOP
   240        00576 (array_value_semantics.go:27)	CALL	runtime.printsp(SB)
   245        00581 (array_value_semantics.go:27)	MOVQ	$-1, AX
   24c        00588 (array_value_semantics.go:27)	CALL	runtime.printint(SB)
   251        00593 (array_value_semantics.go:27)	CALL	runtime.printsp(SB)
   256        00598 (array_value_semantics.go:27)	MOVQ	main..autotmp_44+256(SP), AX
   25e        00606 (array_value_semantics.go:27)	NOP
   260        00608 (array_value_semantics.go:27)	CALL	runtime.printint(SB)
   265        00613 (array_value_semantics.go:27)	CALL	runtime.printnl(SB)
   26a        00618 (array_value_semantics.go:27)	CALL	runtime.printunlock(SB)
   26f        00623 (array_value_semantics.go:29)	LEAQ	main..autotmp_16+304(SP), AX
   277        00631 (array_value_semantics.go:29)	LEAQ	main.grid+128(SP), CX
   27f        00639 (array_value_semantics.go:29)	MOVUPS	(CX), X14
   283        00643 (array_value_semantics.go:29)	MOVUPS	X14, (AX)
   287        00647 (array_value_semantics.go:29)	MOVUPS	16(CX), X14
   28c        00652 (array_value_semantics.go:29)	MOVUPS	X14, 16(AX)
   291        00657 (array_value_semantics.go:29)	MOVUPS	32(CX), X14
   296        00662 (array_value_semantics.go:29)	MOVUPS	X14, 32(AX)
   29b        00667 (array_value_semantics.go:29)	MOVUPS	48(CX), X14
   2a0        00672 (array_value_semantics.go:29)	MOVUPS	X14, 48(AX)
   2a5        00677 (array_value_semantics.go:29)	MOVUPS	64(CX), X14
   2aa        00682 (array_value_semantics.go:29)	MOVUPS	X14, 64(AX)
   2af        00687 (array_value_semantics.go:29)	MOVUPS	80(CX), X14
   2b4        00692 (array_value_semantics.go:29)	MOVUPS	X14, 80(AX)
   2b9        00697 (array_value_semantics.go:29)	XORL	CX, CX
   2bb        00699 (array_value_semantics.go:29)	XORL	DX, DX
   2bd        00701 (array_value_semantics.go:29)	JMP	710
   2bf        00703 (array_value_semantics.go:29)	ADDQ	$32, AX
   2c3        00707 (array_value_semantics.go:29)	INCQ	DX
   2c6        00710 (array_value_semantics.go:29)	CMPQ	DX, $3
   2ca        00714 (array_value_semantics.go:29)	JGE	789
   2cc        00716 (array_value_semantics.go:29)	LEAQ	main.r+88(SP), BX
   2d1        00721 (array_value_semantics.go:29)	MOVUPS	(AX), X14
   2d5        00725 (array_value_semantics.go:29)	MOVUPS	X14, (BX)
   2d9        00729 (array_value_semantics.go:29)	MOVUPS	16(AX), X14
   2de        00734 (array_value_semantics.go:29)	MOVUPS	X14, 16(BX)
   2e3        00739 (array_value_semantics.go:30)	LEAQ	main..autotmp_17+272(SP), SI
   2eb        00747 (array_value_semantics.go:30)	MOVUPS	(BX), X14
   2ef        00751 (array_value_semantics.go:30)	MOVUPS	X14, (SI)
   2f3        00755 (array_value_semantics.go:30)	MOVUPS	16(BX), X14
   2f8        00760 (array_value_semantics.go:30)	MOVUPS	X14, 16(SI)
   2fd        00765 (array_value_semantics.go:30)	XORL	BX, BX
   2ff        00767 (array_value_semantics.go:30)	NOP
   300        00768 (array_value_semantics.go:30)	JMP	781
   302        00770 (array_value_semantics.go:31)	ADDQ	main..autotmp_17+272(SP)(BX*8), CX
   30a        00778 (array_value_semantics.go:30)	INCQ	BX
   30d        00781 (array_value_semantics.go:30)	CMPQ	BX, $4
   311        00785 (array_value_semantics.go:30)	JLT	770
   313        00787 (array_value_semantics.go:30)	JMP	703
   315        00789 (array_value_semantics.go:29)	MOVQ	CX, main.sum+80(SP)
   31a        00794 (array_value_semantics.go:34)	CALL	runtime.printlock(SB)
   31f        00799 (array_value_semantics.go:34)	LEAQ	go:string."sum "(SB), AX
   326        00806 (array_value_semantics.go:34)	MOVL	$4, BX
   32b        00811 (array_value_semantics.go:34)	CALL	runtime.printstring(SB)
   330        00816 (array_value_semantics.go:34)	MOVQ	main.sum+80(SP), AX
   335        00821 (array_value_semantics.go:34)	CALL	runtime.printint(SB)
   33a        00826 (array_value_semantics.go:34)	CALL	runtime.printnl(SB)
   33f        00831 (array_value_semantics.go:34)	NOP
   340        00832 (array_value_semantics.go:34)	CALL	runtime.printunlock(SB)
   345        00837 (array_value_semantics.go:37)	CALL	runtime.printlock(SB)
   34a        00842 (array_value_semantics.go:37)	MOVL	$6, AX
   34f        00847 (array_value_semantics.go:37)	CALL	runtime.printint(SB)
   354        00852 (array_value_semantics.go:37)	CALL	runtime.printsp(SB)
   359        00857 (array_value_semantics.go:37)	LEAQ	go:string."two"(SB), AX
   360        00864 (array_value_semantics.go:37)	MOVL	$3, BX
   365        00869 (array_value_semantics.go:37)	CALL	runtime.printstring(SB)
   36a        00874 (array_value_semantics.go:37)	CALL	runtime.printsp(SB)
   36f        00879 (array_value_semantics.go:37)	LEAQ	go:string."five"(SB), AX
   376        00886 (array_value_semantics.go:37)	MOVL	$4, BX
   37b        00891 (array_value_semantics.go:37)	NOP
   380        00896 (array_value_semantics.go:37)	CALL	runtime.printstring(SB)
   385        00901 (array_value_semantics.go:37)	CALL	runtime.printsp(SB)
   38a        00906 (array_value_semantics.go:37)	MOVL	$1, AX
   38f        00911 (array_value_semantics.go:37)	CALL	runtime.printbool(SB)
   394        00916 (array_value_semantics.go:37)	CALL	runtime.printnl(SB)
   399        00921 (array_value_semantics.go:37)	CALL	runtime.printunlock(SB)
   39e        00926 (array_value_semantics.go:40)	MOVQ	$100, main.grid+200(SP)
   3aa        00938 (array_value_semantics.go:41)	CALL	runtime.printlock(SB)
   3af        00943 (array_value_semantics.go:41)	MOVL	$100, AX
   3b4        00948 (array_value_semantics.go:41)	CALL	runtime.printint(SB)
   3b9        00953 (array_value_semantics.go:41)	CALL	runtime.printnl(SB)
   3be        00958 (array_value_semantics.go:41)	NOP
   3c0        00960 (array_value_semantics.go:41)	CALL	runtime.printunlock(SB)
   3c5        00965 (array_value_semantics.go:41)	XORL	AX, AX
   3c7        00967 (array_value_semantics.go:42)	JMP	1057
   3c9        00969 (array_value_semantics.go:42)	MOVQ	AX, main.i+120(SP)
   3ce        00974 (array_value_semantics.go:42)	MOVQ	main.a+224(SP)(AX*8), AX
   3d6        00982 (array_value_semantics.go:42)	MOVQ	AX, main.v+72(SP)
   3db        00987 (array_value_semantics.go:42)	NOP
   3e0        00992 (array_value_semantics.go:43)	CALL	runtime.printlock(SB)
   3e5        00997 (array_value_semantics.go:43)	MOVQ	main.i+120(SP), AX
   3ea        01002 (array_value_semantics.go:43)	CALL	runtime.printint(SB)
   3ef        01007 (array_value_semantics.go:43)	LEAQ	go:string.":"(SB), AX
   3f6        01014 (array_value_semantics.go:43)	MOVL	$1, BX
   3fb        01019 (array_value_semantics.go:43)	NOP
   400        01024 (array_value_semantics.go:43)	CALL	runtime.printstring(SB)
   405        01029 (array_value_semantics.go:43)	MOVQ	main.v+72(SP), AX
   40a        01034 (array_value_semantics.go:43)	CALL	runtime.printint(SB)
   40f        01039 (array_value_semantics.go:43)	CALL	runtime.printsp(SB)
   414        01044 (array_value_semantics.go:43)	CALL	runtime.printunlock(SB)
   419        01049 (array_value_semantics.go:42)	MOVQ	main.i+120(SP), AX
   41e        01054 (array_value_semantics.go:42)	INCQ	AX
   421        01057 (array_value_semantics.go:42)	CMPQ	AX, $4
   425        01061 (array_value_semantics.go:42)	JLT	969
   427        01063 (array_value_semantics.go:45)	CALL	runtime.printlock(SB)
   42c        01068 (array_value_semantics.go:45)	CALL	runtime.printnl(SB)
   431        01073 (array_value_semantics.go:45)	CALL	runtime.printunlock(SB)
   436        01078 (array_value_semantics.go:48)	CALL	runtime.printlock(SB)
   43b        01083 (array_value_semantics.go:48)	XORL	AX, AX
   43d        01085 (array_value_semantics.go:48)	NOP
   440        01088 (array_value_semantics.go:48)	CALL	runtime.printbool(SB)
   445        01093 (array_value_semantics.go:48)	CALL	runtime.printsp(SB)
   44a        01098 (array_value_semantics.go:48)	MOVL	$1, AX
   44f        01103 (array_value_semantics.go:48)	CALL	runtime.printbool(SB)
   454        01108 (array_value_semantics.go:48)	CALL	runtime.printnl(SB)
   459        01113 (array_value_semantics.go:48)	CALL	runtime.printunlock(SB)
   45e        01118 (array_value_semantics.go:49)	ADDQ	$400, SP
   465        01125 (array_value_semantics.go:49)	POPQ	BP
   466        01126 (array_value_semantics.go:49)	RET
   467        01127 (array_value_semantics.go:49)	NOP
   467        01127 (array_value_semantics.go:9)	PCDATA	$1, $-1
   467        01127 (array_value_semantics.go:9)	PCDATA	$0, $-2
   467        01127 (array_value_semantics.go:9)	CALL	runtime.morestack_noctxt(SB)
   46c        01132 (array_value_semantics.go:9)	PCDATA	$0, $-1
   46c        01132 (array_value_semantics.go:9)	JMP	0
   471 done
wrote 9 bytes to 0x0
 00 f1 02 02 0f 01 f1 05 00
-- inlining tree for main.main:
0 | -1 | main.zeroFirstPtr (array_value_semantics.go:16:14) pc=368
--
funcpctab main.zeroFirst [valfunc=pctoinline]
     0     -1 00000 (array_value_semantics.go:5)	TEXT	main.zeroFirst(SB), NOSPLIT|NOFRAME|ABIInternal, $0-64
     0        00000 (array_value_semantics.go:5)	TEXT	main.zeroFirst(SB), NOSPLIT|NOFRAME|ABIInternal, $0-64
     0        00000 (array_value_semantics.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (array_value_semantics.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (array_value_semantics.go:5)	FUNCDATA	$5, main.zeroFirst.arginfo1(SB)
     0     -1 00000 (array_value_semantics.go:5)	LEAQ	main.~r0+40(SP), AX
     5        00005 (array_value_semantics.go:5)	MOVUPS	X15, (AX)
     9        00009 (array_value_semantics.go:5)	MOVUPS	X15, 16(AX)
     e        00014 (array_value_semantics.go:5)	MOVQ	$0, main.a+8(SP)
    17        00023 (array_value_semantics.go:5)	LEAQ	main.a+8(SP), CX
    1c        00028 (array_value_semantics.go:5)	MOVUPS	(CX), X14
    20        00032 (array_value_semantics.go:5)	MOVUPS	X14, (AX)
    24        00036 (array_value_semantics.go:5)	MOVUPS	16(CX), X14
    29        00041 (array_value_semantics.go:5)	MOVUPS	X14, 16(AX)
    2e        00046 (array_value_semantics.go:5)	RET
    2f done
wrote 3 bytes to 0x0
 00 2f 00
funcpctab main.zeroFirstPtr [valfunc=pctoinline]
     0     -1 00000 (array_value_semantics.go:7)	TEXT	main.zeroFirstPtr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (array_value_semantics.go:7)	TEXT	main.zeroFirstPtr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (array_value_semantics.go:7)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (array_value_semantics.go:7)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (array_value_semantics.go:7)	FUNCDATA	$5, main.zeroFirstPtr.arginfo1(SB)
     0        00000 (array_value_semantics.go:7)	FUNCDATA	$6, main.zeroFirstPtr.argliveinfo(SB)
     0        00000 (array_value_semantics.go:7)	PCDATA	$3, $1
     0     -1 00000 (array_value_semantics.go:7)	MOVQ	$0, (AX)
     7        00007 (array_value_semantics.go:7)	RET
     8 done
wrote 3 bytes to 0x0
 00 08 00
main.zeroFirst STEXT nosplit size=47 align=0x0 args=0x40 locals=0x0 funcid=0x0
	0x0000 00000 (array_value_semantics.go:5)	TEXT	main.zeroFirst(SB), NOSPLIT|NOFRAME|ABIInternal, $0-64
	0x0000 00000 (array_value_semantics.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (array_value_semantics.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (array_value_semantics.go:5)	FUNCDATA	$5, main.zeroFirst.arginfo1(SB)
	0x0000 00000 (array_value_semantics.go:5)	LEAQ	main.~r0+40(SP), AX
	0x0005 00005 (array_value_semantics.go:5)	MOVUPS	X15, (AX)
	0x0009 00009 (array_value_semantics.go:5)	MOVUPS	X15, 16(AX)
	0x000e 00014 (array_value_semantics.go:5)	MOVQ	$0, main.a+8(SP)
	0x0017 00023 (array_value_semantics.go:5)	LEAQ	main.a+8(SP), CX
	0x001c 00028 (array_value_semantics.go:5)	MOVUPS	(CX), X14
	0x0020 00032 (array_value_semantics.go:5)	MOVUPS	X14, (AX)
	0x0024 00036 (array_value_semantics.go:5)	MOVUPS	16(CX), X14
	0x0029 00041 (array_value_semantics.go:5)	MOVUPS	X14, 16(AX)
	0x002e 00046 (array_value_semantics.go:5)	RET
	0x0000 48 8d 44 24 28 44 0f 11 38 44 0f 11 78 10 48 c7  H.D$(D..8D..x.H.
	0x0010 44 24 08 00 00 00 00 48 8d 4c 24 08 44 0f 10 31  D$.....H.L$.D..1
	0x0020 44 0f 11 30 44 0f 10 71 10 44 0f 11 70 10 c3     D..0D..q.D..p..
main.zeroFirstPtr STEXT nosplit size=8 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (array_value_semantics.go:7)	TEXT	main.zeroFirstPtr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (array_value_semantics.go:7)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (array_value_semantics.go:7)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (array_value_semantics.go:7)	FUNCDATA	$5, main.zeroFirstPtr.arginfo1(SB)
	0x0000 00000 (array_value_semantics.go:7)	FUNCDATA	$6, main.zeroFirstPtr.argliveinfo(SB)
	0x0000 00000 (array_value_semantics.go:7)	PCDATA	$3, $1
	0x0000 00000 (array_value_semantics.go:7)	MOVQ	$0, (AX)
	0x0007 00007 (array_value_semantics.go:7)	RET
	0x0000 48 c7 00 00 00 00 00 c3                          H.......
main.main STEXT size=1137 align=0x0 args=0x0 locals=0x198 funcid=0x0
	0x0000 00000 (array_value_semantics.go:9)	TEXT	main.main(SB), ABIInternal, $408-0
	0x0000 00000 (array_value_semantics.go:9)	LEAQ	-280(SP), R12
	0x0008 00008 (array_value_semantics.go:9)	CMPQ	R12, 16(R14)
	0x000c 00012 (array_value_semantics.go:9)	PCDATA	$0, $-2
	0x000c 00012 (array_value_semantics.go:9)	JLS	1127
	0x0012 00018 (array_value_semantics.go:9)	PCDATA	$0, $-1
	0x0012 00018 (array_value_semantics.go:9)	PUSHQ	BP
	0x0013 00019 (array_value_semantics.go:9)	MOVQ	SP, BP
	0x0016 00022 (array_value_semantics.go:9)	SUBQ	$400, SP
	0x001d 00029 (array_value_semantics.go:9)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (array_value_semantics.go:9)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (array_value_semantics.go:10)	LEAQ	main.a+224(SP), AX
	0x0025 00037 (array_value_semantics.go:10)	LEAQ	main..stmp_0(SB), CX
	0x002c 00044 (array_value_semantics.go:10)	MOVUPS	(CX), X14
	0x0030 00048 (array_value_semantics.go:10)	MOVUPS	X14, (AX)
	0x0034 00052 (array_value_semantics.go:10)	MOVUPS	16(CX), X14
	0x0039 00057 (array_value_semantics.go:10)	MOVUPS	X14, 16(AX)
	0x003e 00062 (array_value_semantics.go:11)	LEAQ	main.b+272(SP), CX
	0x0046 00070 (array_value_semantics.go:11)	MOVUPS	(AX), X14
	0x004a 00074 (array_value_semantics.go:11)	MOVUPS	X14, (CX)
	0x004e 00078 (array_value_semantics.go:11)	MOVUPS	16(AX), X14
	0x0053 00083 (array_value_semantics.go:11)	MOVUPS	X14, 16(CX)
	0x0058 00088 (array_value_semantics.go:12)	MOVQ	$20, main.b+280(SP)
	0x0064 00100 (array_value_semantics.go:13)	MOVQ	main.a+224(SP), AX
	0x006c 00108 (array_value_semantics.go:13)	MOVQ	main.a+232(SP), CX
	0x0074 00116 (array_value_semantics.go:13)	MOVQ	CX, main..autotmp_42+264(SP)
	0x007c 00124 (array_value_semantics.go:13)	NOP
	0x0080 00128 (array_value_semantics.go:13)	CMPQ	main.b+272(SP), AX
	0x0088 00136 (array_value_semantics.go:13)	JNE	191
	0x008a 00138 (array_value_semantics.go:13)	CMPQ	CX, $20
	0x008e 00142 (array_value_semantics.go:13)	JNE	191
	0x0090 00144 (array_value_semantics.go:13)	MOVQ	main.a+240(SP), AX
	0x0098 00152 (array_value_semantics.go:13)	NOP
	0x00a0 00160 (array_value_semantics.go:13)	CMPQ	main.b+288(SP), AX
	0x00a8 00168 (array_value_semantics.go:13)	JNE	191
	0x00aa 00170 (array_value_semantics.go:13)	MOVQ	main.a+248(SP), AX
	0x00b2 00178 (array_value_semantics.go:13)	CMPQ	main.b+296(SP), AX
	0x00ba 00186 (array_value_semantics.go:13)	SETEQ	AL
	0x00bd 00189 (array_value_semantics.go:13)	JMP	193
	0x00bf 00191 (array_value_semantics.go:13)	XORL	AX, AX
	0x00c1 00193 (array_value_semantics.go:13)	MOVB	AL, main..autotmp_43+71(SP)
	0x00c5 00197 (array_value_semantics.go:13)	PCDATA	$1, $0
	0x00c5 00197 (array_value_semantics.go:13)	CALL	runtime.printlock(SB)
	0x00ca 00202 (array_value_semantics.go:13)	MOVQ	main..autotmp_42+264(SP), AX
	0x00d2 00210 (array_value_semantics.go:13)	CALL	runtime.printint(SB)
	0x00d7 00215 (array_value_semantics.go:13)	CALL	runtime.printsp(SB)
	0x00dc 00220 (array_value_semantics.go:13)	MOVL	$20, AX
	0x00e1 00225 (array_value_semantics.go:13)	CALL	runtime.printint(SB)
	0x00e6 00230 (array_value_semantics.go:13)	CALL	runtime.printsp(SB)
	0x00eb 00235 (array_value_semantics.go:13)	MOVBLZX	main..autotmp_43+71(SP), AX
	0x00f0 00240 (array_value_semantics.go:13)	CALL	runtime.printbool(SB)
	0x00f5 00245 (array_value_semantics.go:13)	CALL	runtime.printnl(SB)
	0x00fa 00250 (array_value_semantics.go:13)	CALL	runtime.printunlock(SB)
	0x00ff 00255 (array_value_semantics.go:14)	MOVQ	SP, AX
	0x0102 00258 (array_value_semantics.go:14)	LEAQ	main.a+224(SP), CX
	0x010a 00266 (array_value_semantics.go:14)	MOVUPS	(CX), X14
	0x010e 00270 (array_value_semantics.go:14)	MOVUPS	X14, (AX)
	0x0112 00274 (array_value_semantics.go:14)	MOVUPS	16(CX), X14
	0x0117 00279 (array_value_semantics.go:14)	MOVUPS	X14, 16(AX)
	0x011c 00284 (array_value_semantics.go:14)	NOP
	0x0120 00288 (array_value_semantics.go:14)	CALL	main.zeroFirst(SB)
	0x0125 00293 (array_value_semantics.go:15)	MOVQ	main.a+224(SP), AX
	0x012d 00301 (array_value_semantics.go:15)	MOVQ	AX, main..autotmp_42+264(SP)
	0x0135 00309 (array_value_semantics.go:15)	MOVQ	32(SP), AX
	0x013a 00314 (array_value_semantics.go:15)	MOVQ	AX, main..autotmp_44+256(SP)
	0x0142 00322 (array_value_semantics.go:15)	CALL	runtime.printlock(SB)
	0x0147 00327 (array_value_semantics.go:15)	MOVQ	main..autotmp_42+264(SP), AX
	0x014f 00335 (array_value_semantics.go:15)	CALL	runtime.printint(SB)
	0x0154 00340 (array_value_semantics.go:15)	CALL	runtime.printsp(SB)
	0x0159 00345 (array_value_semantics.go:15)	MOVQ	main..autotmp_44+256(SP), AX
	0x0161 00353 (array_value_semantics.go:15)	CALL	runtime.printint(SB)
	0x0166 00358 (array_value_semantics.go:15)	CALL	runtime.printnl(SB)
	0x016b 00363 (array_value_semantics.go:15)	CALL	runtime.printunlock(SB)
	0x0170 00368 (array_value_semantics.go:16)	XCHGL	AX, AX
	0x0171 00369 (array_value_semantics.go:7)	MOVQ	$0, main.a+224(SP)
	0x017d 00381 (array_value_semantics.go:7)	NOP
	0x0180 00384 (array_value_semantics.go:17)	CALL	runtime.printlock(SB)
	0x0185 00389 (array_value_semantics.go:17)	XORL	AX, AX
	0x0187 00391 (array_value_semantics.go:17)	CALL	runtime.printint(SB)
	0x018c 00396 (array_value_semantics.go:17)	CALL	runtime.printsp(SB)
	0x0191 00401 (array_value_semantics.go:17)	MOVL	$4, AX
	0x0196 00406 (array_value_semantics.go:17)	CALL	runtime.printint(SB)
	0x019b 00411 (array_value_semantics.go:17)	NOP
	0x01a0 00416 (array_value_semantics.go:17)	CALL	runtime.printnl(SB)
	0x01a5 00421 (array_value_semantics.go:17)	CALL	runtime.printunlock(SB)
	0x01aa 00426 (array_value_semantics.go:19)	LEAQ	main.grid+128(SP), AX
	0x01b2 00434 (array_value_semantics.go:19)	MOVUPS	X15, (AX)
	0x01b6 00438 (array_value_semantics.go:19)	MOVUPS	X15, 16(AX)
	0x01bb 00443 (array_value_semantics.go:19)	MOVUPS	X15, 32(AX)
	0x01c0 00448 (array_value_semantics.go:19)	MOVUPS	X15, 48(AX)
	0x01c5 00453 (array_value_semantics.go:19)	MOVUPS	X15, 64(AX)
	0x01ca 00458 (array_value_semantics.go:19)	MOVUPS	X15, 80(AX)
	0x01cf 00463 (array_value_semantics.go:20)	XORL	AX, AX
	0x01d1 00465 (array_value_semantics.go:20)	JMP	471
	0x01d3 00467 (array_value_semantics.go:20)	LEAQ	1(DX), AX
	0x01d7 00471 (array_value_semantics.go:20)	CMPQ	AX, $3
	0x01db 00475 (array_value_semantics.go:20)	JGE	523
	0x01dd 00477 (array_value_semantics.go:22)	LEAQ	(AX)(AX*1), CX
	0x01e1 00481 (array_value_semantics.go:22)	MOVQ	AX, DX
	0x01e4 00484 (array_value_semantics.go:22)	SHLQ	$5, AX
	0x01e8 00488 (array_value_semantics.go:22)	LEAQ	(CX)(CX*4), CX
	0x01ec 00492 (array_value_semantics.go:21)	XORL	BX, BX
	0x01ee 00494 (array_value_semantics.go:21)	JMP	515
	0x01f0 00496 (array_value_semantics.go:22)	LEAQ	main.grid+128(SP)(AX*1), SI
	0x01f8 00504 (array_value_semantics.go:22)	LEAQ	(CX)(BX*1), DI
	0x01fc 00508 (array_value_semantics.go:22)	MOVQ	DI, (SI)(BX*8)
	0x0200 00512 (array_value_semantics.go:21)	INCQ	BX
	0x0203 00515 (array_value_semantics.go:21)	CMPQ	BX, $4
	0x0207 00519 (array_value_semantics.go:21)	JLT	496
	0x0209 00521 (array_value_semantics.go:21)	JMP	467
	0x020b 00523 (array_value_semantics.go:27)	MOVQ	main.grid+160(SP), AX
	0x0213 00531 (array_value_semantics.go:27)	MOVQ	AX, main..autotmp_42+264(SP)
	0x021b 00539 (array_value_semantics.go:27)	MOVQ	main.grid+216(SP), AX
	0x0223 00547 (array_value_semantics.go:27)	MOVQ	AX, main..autotmp_44+256(SP)
	0x022b 00555 (array_value_semantics.go:27)	CALL	runtime.printlock(SB)
	0x0230 00560 (array_value_semantics.go:27)	MOVQ	main..autotmp_42+264(SP), AX
	0x0238 00568 (array_value_semantics.go:27)	CALL	runtime.printint(SB)
	0x023d 00573 (array_value_semantics.go:27)	NOP
	0x0240 00576 (array_value_semantics.go:27)	CALL	runtime.printsp(SB)
	0x0245 00581 (array_value_semantics.go:27)	MOVQ	$-1, AX
	0x024c 00588 (array_value_semantics.go:27)	CALL	runtime.printint(SB)
	0x0251 00593 (array_value_semantics.go:27)	CALL	runtime.printsp(SB)
	0x0256 00598 (array_value_semantics.go:27)	MOVQ	main..autotmp_44+256(SP), AX
	0x025e 00606 (array_value_semantics.go:27)	NOP
	0x0260 00608 (array_value_semantics.go:27)	CALL	runtime.printint(SB)
	0x0265 00613 (array_value_semantics.go:27)	CALL	runtime.printnl(SB)
	0x026a 00618 (array_value_semantics.go:27)	CALL	runtime.printunlock(SB)
	0x026f 00623 (array_value_semantics.go:29)	LEAQ	main..autotmp_16+304(SP), AX
	0x0277 00631 (array_value_semantics.go:29)	LEAQ	main.grid+128(SP), CX
	0x027f 00639 (array_value_semantics.go:29)	MOVUPS	(CX), X14
	0x0283 00643 (array_value_semantics.go:29)	MOVUPS	X14, (AX)
	0x0287 00647 (array_value_semantics.go:29)	MOVUPS	16(CX), X14
	0x028c 00652 (array_value_semantics.go:29)	MOVUPS	X14, 16(AX)
	0x0291 00657 (array_value_semantics.go:29)	MOVUPS	32(CX), X14
	0x0296 00662 (array_value_semantics.go:29)	MOVUPS	X14, 32(AX)
	0x029b 00667 (array_value_semantics.go:29)	MOVUPS	48(CX), X14
	0x02a0 00672 (array_value_semantics.go:29)	MOVUPS	X14, 48(AX)
	0x02a5 00677 (array_value_semantics.go:29)	MOVUPS	64(CX), X14
	0x02aa 00682 (array_value_semantics.go:29)	MOVUPS	X14, 64(AX)
	0x02af 00687 (array_value_semantics.go:29)	MOVUPS	80(CX), X14
	0x02b4 00692 (array_value_semantics.go:29)	MOVUPS	X14, 80(AX)
	0x02b9 00697 (array_value_semantics.go:29)	XORL	CX, CX
	0x02bb 00699 (array_value_semantics.go:29)	XORL	DX, DX
	0x02bd 00701 (array_value_semantics.go:29)	JMP	710
	0x02bf 00703 (array_value_semantics.go:29)	ADDQ	$32, AX
	0x02c3 00707 (array_value_semantics.go:29)	INCQ	DX
	0x02c6 00710 (array_value_semantics.go:29)	CMPQ	DX, $3
	0x02ca 00714 (array_value_semantics.go:29)	JGE	789
	0x02cc 00716 (array_value_semantics.go:29)	LEAQ	main.r+88(SP), BX
	0x02d1 00721 (array_value_semantics.go:29)	MOVUPS	(AX), X14
	0x02d5 00725 (array_value_semantics.go:29)	MOVUPS	X14, (BX)
	0x02d9 00729 (array_value_semantics.go:29)	MOVUPS	16(AX), X14
	0x02de 00734 (array_value_semantics.go:29)	MOVUPS	X14, 16(BX)
	0x02e3 00739 (array_value_semantics.go:30)	LEAQ	main..autotmp_17+272(SP), SI
	0x02eb 00747 (array_value_semantics.go:30)	MOVUPS	(BX), X14
	0x02ef 00751 (array_value_semantics.go:30)	MOVUPS	X14, (SI)
	0x02f3 00755 (array_value_semantics.go:30)	MOVUPS	16(BX), X14
	0x02f8 00760 (array_value_semantics.go:30)	MOVUPS	X14, 16(SI)
	0x02fd 00765 (array_value_semantics.go:30)	XORL	BX, BX
	0x02ff 00767 (array_value_semantics.go:30)	NOP
	0x0300 00768 (array_value_semantics.go:30)	JMP	781
	0x0302 00770 (array_value_semantics.go:31)	ADDQ	main..autotmp_17+272(SP)(BX*8), CX
	0x030a 00778 (array_value_semantics.go:30)	INCQ	BX
	0x030d 00781 (array_value_semantics.go:30)	CMPQ	BX, $4
	0x0311 00785 (array_value_semantics.go:30)	JLT	770
	0x0313 00787 (array_value_semantics.go:30)	JMP	703
	0x0315 00789 (array_value_semantics.go:29)	MOVQ	CX, main.sum+80(SP)
	0x031a 00794 (array_value_semantics.go:34)	CALL	runtime.printlock(SB)
	0x031f 00799 (array_value_semantics.go:34)	LEAQ	go:string."sum "(SB), AX
	0x0326 00806 (array_value_semantics.go:34)	MOVL	$4, BX
	0x032b 00811 (array_value_semantics.go:34)	CALL	runtime.printstring(SB)
	0x0330 00816 (array_value_semantics.go:34)	MOVQ	main.sum+80(SP), AX
	0x0335 00821 (array_value_semantics.go:34)	CALL	runtime.printint(SB)
	0x033a 00826 (array_value_semantics.go:34)	CALL	runtime.printnl(SB)
	0x033f 00831 (array_value_semantics.go:34)	NOP
	0x0340 00832 (array_value_semantics.go:34)	CALL	runtime.printunlock(SB)
	0x0345 00837 (array_value_semantics.go:37)	CALL	runtime.printlock(SB)
	0x034a 00842 (array_value_semantics.go:37)	MOVL	$6, AX
	0x034f 00847 (array_value_semantics.go:37)	CALL	runtime.printint(SB)
	0x0354 00852 (array_value_semantics.go:37)	CALL	runtime.printsp(SB)
	0x0359 00857 (array_value_semantics.go:37)	LEAQ	go:string."two"(SB), AX
	0x0360 00864 (array_value_semantics.go:37)	MOVL	$3, BX
	0x0365 00869 (array_value_semantics.go:37)	CALL	runtime.printstring(SB)
	0x036a 00874 (array_value_semantics.go:37)	CALL	runtime.printsp(SB)
	0x036f 00879 (array_value_semantics.go:37)	LEAQ	go:string."five"(SB), AX
	0x0376 00886 (array_value_semantics.go:37)	MOVL	$4, BX
	0x037b 00891 (array_value_semantics.go:37)	NOP
	0x0380 00896 (array_value_semantics.go:37)	CALL	runtime.printstring(SB)
	0x0385 00901 (array_value_semantics.go:37)	CALL	runtime.printsp(SB)
	0x038a 00906 (array_value_semantics.go:37)	MOVL	$1, AX
	0x038f 00911 (array_value_semantics.go:37)	CALL	runtime.printbool(SB)
	0x0394 00916 (array_value_semantics.go:37)	CALL	runtime.printnl(SB)
	0x0399 00921 (array_value_semantics.go:37)	CALL	runtime.printunlock(SB)
	0x039e 00926 (array_value_semantics.go:40)	MOVQ	$100, main.grid+200(SP)
	0x03aa 00938 (array_value_semantics.go:41)	CALL	runtime.printlock(SB)
	0x03af 00943 (array_value_semantics.go:41)	MOVL	$100, AX
	0x03b4 00948 (array_value_semantics.go:41)	CALL	runtime.printint(SB)
	0x03b9 00953 (array_value_semantics.go:41)	CALL	runtime.printnl(SB)
	0x03be 00958 (array_value_semantics.go:41)	NOP
	0x03c0 00960 (array_value_semantics.go:41)	CALL	runtime.printunlock(SB)
	0x03c5 00965 (array_value_semantics.go:41)	XORL	AX, AX
	0x03c7 00967 (array_value_semantics.go:42)	JMP	1057
	0x03c9 00969 (array_value_semantics.go:42)	MOVQ	AX, main.i+120(SP)
	0x03ce 00974 (array_value_semantics.go:42)	MOVQ	main.a+224(SP)(AX*8), AX
	0x03d6 00982 (array_value_semantics.go:42)	MOVQ	AX, main.v+72(SP)
	0x03db 00987 (array_value_semantics.go:42)	NOP
	0x03e0 00992 (array_value_semantics.go:43)	CALL	runtime.printlock(SB)
	0x03e5 00997 (array_value_semantics.go:43)	MOVQ	main.i+120(SP), AX
	0x03ea 01002 (array_value_semantics.go:43)	CALL	runtime.printint(SB)
	0x03ef 01007 (array_value_semantics.go:43)	LEAQ	go:string.":"(SB), AX
	0x03f6 01014 (array_value_semantics.go:43)	MOVL	$1, BX
	0x03fb 01019 (array_value_semantics.go:43)	NOP
	0x0400 01024 (array_value_semantics.go:43)	CALL	runtime.printstring(SB)
	0x0405 01029 (array_value_semantics.go:43)	MOVQ	main.v+72(SP), AX
	0x040a 01034 (array_value_semantics.go:43)	CALL	runtime.printint(SB)
	0x040f 01039 (array_value_semantics.go:43)	CALL	runtime.printsp(SB)
	0x0414 01044 (array_value_semantics.go:43)	CALL	runtime.printunlock(SB)
	0x0419 01049 (array_value_semantics.go:42)	MOVQ	main.i+120(SP), AX
	0x041e 01054 (array_value_semantics.go:42)	INCQ	AX
	0x0421 01057 (array_value_semantics.go:42)	CMPQ	AX, $4
	0x0425 01061 (array_value_semantics.go:42)	JLT	969
	0x0427 01063 (array_value_semantics.go:45)	CALL	runtime.printlock(SB)
	0x042c 01068 (array_value_semantics.go:45)	CALL	runtime.printnl(SB)
	0x0431 01073 (array_value_semantics.go:45)	CALL	runtime.printunlock(SB)
	0x0436 01078 (array_value_semantics.go:48)	CALL	runtime.printlock(SB)
	0x043b 01083 (array_value_semantics.go:48)	XORL	AX, AX
	0x043d 01085 (array_value_semantics.go:48)	NOP
	0x0440 01088 (array_value_semantics.go:48)	CALL	runtime.printbool(SB)
	0x0445 01093 (array_value_semantics.go:48)	CALL	runtime.printsp(SB)
	0x044a 01098 (array_value_semantics.go:48)	MOVL	$1, AX
	0x044f 01103 (array_value_semantics.go:48)	CALL	runtime.printbool(SB)
	0x0454 01108 (array_value_semantics.go:48)	CALL	runtime.printnl(SB)
	0x0459 01113 (array_value_semantics.go:48)	CALL	runtime.printunlock(SB)
	0x045e 01118 (array_value_semantics.go:49)	ADDQ	$400, SP
	0x0465 01125 (array_value_semantics.go:49)	POPQ	BP
	0x0466 01126 (array_value_semantics.go:49)	RET
	0x0467 01127 (array_value_semantics.go:49)	NOP
	0x0467 01127 (array_value_semantics.go:9)	PCDATA	$1, $-1
	0x0467 01127 (array_value_semantics.go:9)	PCDATA	$0, $-2
	0x0467 01127 (array_value_semantics.go:9)	CALL	runtime.morestack_noctxt(SB)
	0x046c 01132 (array_value_semantics.go:9)	PCDATA	$0, $-1
	0x046c 01132 (array_value_semantics.go:9)	JMP	0
	0x0000 4c 8d a4 24 e8 fe ff ff 4d 3b 66 10 0f 86 55 04  L..$....M;f...U.
	0x0010 00 00 55 48 89 e5 48 81 ec 90 01 00 00 48 8d 84  ..UH..H......H..
	0x0020 24 e0 00 00 00 48 8d 0d 00 00 00 00 44 0f 10 31  $....H......D..1
	0x0030 44 0f 11 30 44 0f 10 71 10 44 0f 11 70 10 48 8d  D..0D..q.D..p.H.
	0x0040 8c 24 10 01 00 00 44 0f 10 30 44 0f 11 31 44 0f  .$....D..0D..1D.
	0x0050 10 70 10 44 0f 11 71 10 48 c7 84 24 18 01 00 00  .p.D..q.H..$....
	0x0060 14 00 00 00 48 8b 84 24 e0 00 00 00 48 8b 8c 24  ....H..$....H..$
	0x0070 e8 00 00 00 48 89 8c 24 08 01 00 00 0f 1f 40 00  ....H..$......@.
	0x0080 48 39 84 24 10 01 00 00 75 35 48 83 f9 14 75 2f  H9.$....u5H...u/
	0x0090 48 8b 84 24 f0 00 00 00 0f 1f 84 00 00 00 00 00  H..$............
	0x00a0 48 39 84 24 20 01 00 00 75 15 48 8b 84 24 f8 00  H9.$ ...u.H..$..
	0x00b0 00 00 48 39 84 24 28 01 00 00 0f 94 c0 eb 02 31  ..H9.$(........1
	0x00c0 c0 88 44 24 47 e8 00 00 00 00 48 8b 84 24 08 01  ..D$G.....H..$..
	0x00d0 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 14 00 00  ................
	0x00e0 00 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24 47  .............D$G
	0x00f0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0100 89 e0 48 8d 8c 24 e0 00 00 00 44 0f 10 31 44 0f  ..H..$....D..1D.
	0x0110 11 30 44 0f 10 71 10 44 0f 11 70 10 0f 1f 40 00  .0D..q.D..p...@.
	0x0120 e8 00 00 00 00 48 8b 84 24 e0 00 00 00 48 89 84  .....H..$....H..
	0x0130 24 08 01 00 00 48 8b 44 24 20 48 89 84 24 00 01  $....H.D$ H..$..
	0x0140 00 00 e8 00 00 00 00 48 8b 84 24 08 01 00 00 e8  .......H..$.....
	0x0150 00 00 00 00 e8 00 00 00 00 48 8b 84 24 00 01 00  .........H..$...
	0x0160 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0170 90 48 c7 84 24 e0 00 00 00 00 00 00 00 0f 1f 00  .H..$...........
	0x0180 e8 00 00 00 00 31 c0 e8 00 00 00 00 e8 00 00 00  .....1..........
	0x0190 00 b8 04 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 48 8d 84 24 80 00  ..........H..$..
	0x01b0 00 00 44 0f 11 38 44 0f 11 78 10 44 0f 11 78 20  ..D..8D..x.D..x 
	0x01c0 44 0f 11 78 30 44 0f 11 78 40 44 0f 11 78 50 31  D..x0D..x@D..xP1
	0x01d0 c0 eb 04 48 8d 42 01 48 83 f8 03 7d 2e 48 8d 0c  ...H.B.H...}.H..
	0x01e0 00 48 89 c2 48 c1 e0 05 48 8d 0c 89 31 db eb 13  .H..H...H...1...
	0x01f0 48 8d b4 04 80 00 00 00 48 8d 3c 19 48 89 3c de  H.......H.<.H.<.
	0x0200 48 ff c3 48 83 fb 04 7c e7 eb c8 48 8b 84 24 a0  H..H...|...H..$.
	0x0210 00 00 00 48 89 84 24 08 01 00 00 48 8b 84 24 d8  ...H..$....H..$.
	0x0220 00 00 00 48 89 84 24 00 01 00 00 e8 00 00 00 00  ...H..$.........
	0x0230 48 8b 84 24 08 01 00 00 e8 00 00 00 00 0f 1f 00  H..$............
	0x0240 e8 00 00 00 00 48 c7 c0 ff ff ff ff e8 00 00 00  .....H..........
	0x0250 00 e8 00 00 00 00 48 8b 84 24 00 01 00 00 66 90  ......H..$....f.
	0x0260 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0270 8d 84 24 30 01 00 00 48 8d 8c 24 80 00 00 00 44  ..$0...H..$....D
	0x0280 0f 10 31 44 0f 11 30 44 0f 10 71 10 44 0f 11 70  ..1D..0D..q.D..p
	0x0290 10 44 0f 10 71 20 44 0f 11 70 20 44 0f 10 71 30  .D..q D..p D..q0
	0x02a0 44 0f 11 70 30 44 0f 10 71 40 44 0f 11 70 40 44  D..p0D..q@D..p@D
	0x02b0 0f 10 71 50 44 0f 11 70 50 31 c9 31 d2 eb 07 48  ..qPD..pP1.1...H
	0x02c0 83 c0 20 48 ff c2 48 83 fa 03 7d 49 48 8d 5c 24  .. H..H...}IH.\$
	0x02d0 58 44 0f 10 30 44 0f 11 33 44 0f 10 70 10 44 0f  XD..0D..3D..p.D.
	0x02e0 11 73 10 48 8d b4 24 10 01 00 00 44 0f 10 33 44  .s.H..$....D..3D
	0x02f0 0f 11 36 44 0f 10 73 10 44 0f 11 76 10 31 db 90  ..6D..s.D..v.1..
	0x0300 eb 0b 48 03 8c dc 10 01 00 00 48 ff c3 48 83 fb  ..H.......H..H..
	0x0310 04 7c ef eb aa 48 89 4c 24 50 e8 00 00 00 00 48  .|...H.L$P.....H
	0x0320 8d 05 00 00 00 00 bb 04 00 00 00 e8 00 00 00 00  ................
	0x0330 48 8b 44 24 50 e8 00 00 00 00 e8 00 00 00 00 90  H.D$P...........
	0x0340 e8 00 00 00 00 e8 00 00 00 00 b8 06 00 00 00 e8  ................
	0x0350 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0360 bb 03 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0370 8d 05 00 00 00 00 bb 04 00 00 00 0f 1f 44 00 00  .............D..
	0x0380 e8 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00 e8  ................
	0x0390 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 c7  ..............H.
	0x03a0 84 24 c8 00 00 00 64 00 00 00 e8 00 00 00 00 b8  .$....d.........
	0x03b0 64 00 00 00 e8 00 00 00 00 e8 00 00 00 00 66 90  d.............f.
	0x03c0 e8 00 00 00 00 31 c0 eb 58 48 89 44 24 78 48 8b  .....1..XH.D$xH.
	0x03d0 84 c4 e0 00 00 00 48 89 44 24 48 0f 1f 44 00 00  ......H.D$H..D..
	0x03e0 e8 00 00 00 00 48 8b 44 24 78 e8 00 00 00 00 48  .....H.D$x.....H
	0x03f0 8d 05 00 00 00 00 bb 01 00 00 00 0f 1f 44 00 00  .............D..
	0x0400 e8 00 00 00 00 48 8b 44 24 48 e8 00 00 00 00 e8  .....H.D$H......
	0x0410 00 00 00 00 e8 00 00 00 00 48 8b 44 24 78 48 ff  .........H.D$xH.
	0x0420 c0 48 83 f8 04 7c a2 e8 00 00 00 00 e8 00 00 00  .H...|..........
	0x0430 00 e8 00 00 00 00 e8 00 00 00 00 31 c0 0f 1f 00  ...........1....
	0x0440 e8 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00 e8  ................
	0x0450 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 81  ..............H.
	0x0460 c4 90 01 00 00 5d c3 e8 00 00 00 00 e9 8f fb ff  .....]..........
	0x0470 ff                                               .
	rel 40+4 t=R_PCREL main..stmp_0+0
	rel 198+4 t=R_CALL runtime.printlock+0
	rel 211+4 t=R_CALL runtime.printint+0
	rel 216+4 t=R_CALL runtime.printsp+0
	rel 226+4 t=R_CALL runtime.printint+0
	rel 231+4 t=R_CALL runtime.printsp+0
	rel 241+4 t=R_CALL runtime.printbool+0
	rel 246+4 t=R_CALL runtime.printnl+0
	rel 251+4 t=R_CALL runtime.printunlock+0
	rel 289+4 t=R_CALL main.zeroFirst+0
	rel 323+4 t=R_CALL runtime.printlock+0
	rel 336+4 t=R_CALL runtime.printint+0
	rel 341+4 t=R_CALL runtime.printsp+0
	rel 354+4 t=R_CALL runtime.printint+0
	rel 359+4 t=R_CALL runtime.printnl+0
	rel 364+4 t=R_CALL runtime.printunlock+0
	rel 385+4 t=R_CALL runtime.printlock+0
	rel 392+4 t=R_CALL runtime.printint+0
	rel 397+4 t=R_CALL runtime.printsp+0
	rel 407+4 t=R_CALL runtime.printint+0
	rel 417+4 t=R_CALL runtime.printnl+0
	rel 422+4 t=R_CALL runtime.printunlock+0
	rel 556+4 t=R_CALL runtime.printlock+0
	rel 569+4 t=R_CALL runtime.printint+0
	rel 577+4 t=R_CALL runtime.printsp+0
	rel 589+4 t=R_CALL runtime.printint+0
	rel 594+4 t=R_CALL runtime.printsp+0
	rel 609+4 t=R_CALL runtime.printint+0
	rel 614+4 t=R_CALL runtime.printnl+0
	rel 619+4 t=R_CALL runtime.printunlock+0
	rel 795+4 t=R_CALL runtime.printlock+0
	rel 802+4 t=R_PCREL go:string."sum "+0
	rel 812+4 t=R_CALL runtime.printstring+0
	rel 822+4 t=R_CALL runtime.printint+0
	rel 827+4 t=R_CALL runtime.printnl+0
	rel 833+4 t=R_CALL runtime.printunlock+0
	rel 838+4 t=R_CALL runtime.printlock+0
	rel 848+4 t=R_CALL runtime.printint+0
	rel 853+4 t=R_CALL runtime.printsp+0
	rel 860+4 t=R_PCREL go:string."two"+0
	rel 870+4 t=R_CALL runtime.printstring+0
	rel 875+4 t=R_CALL runtime.printsp+0
	rel 882+4 t=R_PCREL go:string."five"+0
	rel 897+4 t=R_CALL runtime.printstring+0
	rel 902+4 t=R_CALL runtime.printsp+0
	rel 912+4 t=R_CALL runtime.printbool+0
	rel 917+4 t=R_CALL runtime.printnl+0
	rel 922+4 t=R_CALL runtime.printunlock+0
	rel 939+4 t=R_CALL runtime.printlock+0
	rel 949+4 t=R_CALL runtime.printint+0
	rel 954+4 t=R_CALL runtime.printnl+0
	rel 961+4 t=R_CALL runtime.printunlock+0
	rel 993+4 t=R_CALL runtime.printlock+0
	rel 1003+4 t=R_CALL runtime.printint+0
	rel 1010+4 t=R_PCREL go:string.":"+0
	rel 1025+4 t=R_CALL runtime.printstring+0
	rel 1035+4 t=R_CALL runtime.printint+0
	rel 1040+4 t=R_CALL runtime.printsp+0
	rel 1045+4 t=R_CALL runtime.printunlock+0
	rel 1064+4 t=R_CALL runtime.printlock+0
	rel 1069+4 t=R_CALL runtime.printnl+0
	rel 1074+4 t=R_CALL runtime.printunlock+0
	rel 1079+4 t=R_CALL runtime.printlock+0
	rel 1089+4 t=R_CALL runtime.printbool+0
	rel 1094+4 t=R_CALL runtime.printsp+0
	rel 1104+4 t=R_CALL runtime.printbool+0
	rel 1109+4 t=R_CALL runtime.printnl+0
	rel 1114+4 t=R_CALL runtime.printunlock+0
	rel 1128+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.zeroFirstPtr$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 7a 65 72 6f 46 69 72 73 74 50  .main.zeroFirstP
	0x0010 74 72 00 01 07 01 22 61 00 00 00 00 00 00 00     tr...."a.......
	rel 26+4 t=R_DWARFSECREF go:info.*[4]int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.M32 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*[4]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 34 5d 69 6e 74                       ..*[4]int
type:*[4]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b4 cc 31 9a 28 08 08 16 00 00 00 00 00 00 00 00  ..1.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]int-+0
	rel 48+8 t=R_ADDR type:[4]int+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[4]int SRODATA dupok size=72 align=0x8
	0x0000 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0010 ba 6f 63 68 0a 08 08 11 00 00 00 00 00 00 00 00  .och............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M32+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]int-+0
	rel 44+4 t=RelocType(-32763) type:*[4]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
go:string."sum" SRODATA dupok size=3 align=0x1
	0x0000 73 75 6d                                         sum
go:string."sum " SRODATA dupok size=4 align=0x1
	0x0000 73 75 6d 20                                      sum 
go:string."two" SRODATA dupok size=3 align=0x1
	0x0000 74 77 6f                                         two
go:string."five" SRODATA dupok size=4 align=0x1
	0x0000 66 69 76 65                                      five
go:string.":" SRODATA dupok size=1 align=0x1
	0x0000 3a                                               :
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
main..stmp_0 SRODATA static size=32 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0010 03 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
type:.eqfunc.M96 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 60 00 00 00 00 00 00 00  ........`.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[3][4]int- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 33 5d 5b 34 5d 69 6e 74              ..*[3][4]int
type:*[3][4]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b9 cd 75 98 28 08 08 16 00 00 00 00 00 00 00 00  ..u.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3][4]int-+0
	rel 48+8 t=R_ADDR type:[3][4]int+0
type:.namedata.*[][4]int- SRODATA dupok size=11 align=0x1
	0x0000 00 09 2a 5b 5d 5b 34 5d 69 6e 74                 ..*[][4]int
type:*[][4]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ca 49 f8 e4 28 08 08 16 00 00 00 00 00 00 00 00  .I..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[][4]int-+0
	rel 48+8 t=R_ADDR type:[][4]int+0
type:[][4]int SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4b a3 5e 94 02 08 08 17 00 00 00 00 00 00 00 00  K.^.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[][4]int-+0
	rel 44+4 t=RelocType(-32763) type:*[][4]int+0
	rel 48+8 t=R_ADDR type:[4]int+0
type:[3][4]int SRODATA dupok size=72 align=0x8
	0x0000 60 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  `...............
	0x0010 0d 89 16 34 0a 08 08 11 00 00 00 00 00 00 00 00  ...4............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M96+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3][4]int-+0
	rel 44+4 t=RelocType(-32763) type:*[3][4]int+0
	rel 48+8 t=R_ADDR type:[4]int+0
	rel 56+8 t=R_ADDR type:[][4]int+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.zeroFirst.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 08 08 10 08 18 08 fd ff                 ...........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.zeroFirstPtr.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.zeroFirstPtr.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
