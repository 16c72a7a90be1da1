funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (complex_numbers.go:18)	TEXT	main.main(SB), ABIInternal, $128-0
     0        00000 (complex_numbers.go:18)	TEXT	main.main(SB), ABIInternal, $128-0
     0     -1 00000 (complex_numbers.go:18)	CMPQ	SP, 16(R14)
     4        00004 (complex_numbers.go:18)	PCDATA	$0, $-2
     4        00004 (complex_numbers.go:18)	JLS	1163
     a        00010 (complex_numbers.go:18)	PCDATA	$0, $-1
     a        00010 (complex_numbers.go:18)	PUSHQ	BP
     b        00011 (complex_numbers.go:18)	MOVQ	SP, BP
     e        00014 (complex_numbers.go:18)	SUBQ	$120, SP
    12        00018 (complex_numbers.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (complex_numbers.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (complex_numbers.go:21)	PCDATA	$1, $0
    12        00018 (complex_numbers.go:21)	CALL	runtime.printlock(SB)
    17        00023 (complex_numbers.go:21)	MOVSD	$f64.4008000000000000(SB), X0
    1f        00031 (complex_numbers.go:21)	MOVSD	$f64.4010000000000000(SB), X1
    27        00039 (complex_numbers.go:21)	CALL	runtime.printcomplex128(SB)
    2c        00044 (complex_numbers.go:21)	CALL	runtime.printsp(SB)
    31        00049 (complex_numbers.go:21)	MOVSD	$f64.3ff0000000000000(SB), X0
    39        00057 (complex_numbers.go:21)	MOVSD	$f64.c000000000000000(SB), X1
    41        00065 (complex_numbers.go:21)	CALL	runtime.printcomplex128(SB)
    46        00070 (complex_numbers.go:21)	CALL	runtime.printnl(SB)
    4b        00075 (complex_numbers.go:21)	CALL	runtime.printunlock(SB)
    50        00080 (complex_numbers.go:22)	MOVSD	$f64.4008000000000000(SB), X0
    58        00088 (complex_numbers.go:22)	MOVSD	$f64.4010000000000000(SB), X1
    60        00096 (complex_numbers.go:22)	MOVSD	$f64.3ff0000000000000(SB), X2
    68        00104 (complex_numbers.go:22)	MOVSD	$f64.c000000000000000(SB), X3
    70        00112 (complex_numbers.go:22)	CALL	main.mul(SB)
    75        00117 (complex_numbers.go:22)	MOVSD	X0, main..autotmp_70+112(SP)
    7b        00123 (complex_numbers.go:22)	MOVSD	X1, main..autotmp_71+104(SP)
    81        00129 (complex_numbers.go:22)	MOVSD	$f64.4008000000000000(SB), X0
    89        00137 (complex_numbers.go:22)	MOVSD	$f64.4010000000000000(SB), X1
    91        00145 (complex_numbers.go:22)	MOVSD	$f64.3ff0000000000000(SB), X2
    99        00153 (complex_numbers.go:22)	MOVSD	$f64.c000000000000000(SB), X3
    a1        00161 (complex_numbers.go:22)	CALL	main.div(SB)
    a6        00166 (complex_numbers.go:22)	MOVSD	X0, main..autotmp_72+96(SP)
    ac        00172 (complex_numbers.go:22)	MOVSD	X1, main..autotmp_73+88(SP)
    b2        00178 (complex_numbers.go:22)	CALL	runtime.printlock(SB)
    b7        00183 (complex_numbers.go:22)	MOVSD	$f64.4010000000000000(SB), X0
    bf        00191 (complex_numbers.go:22)	MOVSD	$f64.4000000000000000(SB), X1
    c7        00199 (complex_numbers.go:22)	CALL	runtime.printcomplex128(SB)
    cc        00204 (complex_numbers.go:22)	CALL	runtime.printsp(SB)
    d1        00209 (complex_numbers.go:22)	MOVSD	$f64.4000000000000000(SB), X0
    d9        00217 (complex_numbers.go:22)	MOVSD	$f64.4018000000000000(SB), X1
    e1        00225 (complex_numbers.go:22)	CALL	runtime.printcomplex128(SB)
    e6        00230 (complex_numbers.go:22)	CALL	runtime.printsp(SB)
    eb        00235 (complex_numbers.go:22)	MOVSD	main..autotmp_70+112(SP), X0
    f1        00241 (complex_numbers.go:22)	MOVSD	main..autotmp_71+104(SP), X1
    f7        00247 (complex_numbers.go:22)	CALL	runtime.printcomplex128(SB)
    fc        00252 (complex_numbers.go:22)	NOP
   100        00256 (complex_numbers.go:22)	CALL	runtime.printsp(SB)
   105        00261 (complex_numbers.go:22)	MOVSD	main..autotmp_72+96(SP), X0
   10b        00267 (complex_numbers.go:22)	MOVSD	main..autotmp_73+88(SP), X1
   111        00273 (complex_numbers.go:22)	CALL	runtime.printcomplex128(SB)
   116        00278 (complex_numbers.go:22)	CALL	runtime.printnl(SB)
   11b        00283 (complex_numbers.go:22)	NOP
   120        00288 (complex_numbers.go:22)	CALL	runtime.printunlock(SB)
   125        00293 (complex_numbers.go:23)	CALL	runtime.printlock(SB)
   12a        00298 (complex_numbers.go:23)	MOVSD	$f64.4008000000000000(SB), X0
   132        00306 (complex_numbers.go:23)	CALL	runtime.printfloat64(SB)
   137        00311 (complex_numbers.go:23)	CALL	runtime.printsp(SB)
   13c        00316 (complex_numbers.go:23)	MOVSD	$f64.4010000000000000(SB), X0
   144        00324 (complex_numbers.go:23)	CALL	runtime.printfloat64(SB)
   149        00329 (complex_numbers.go:23)	CALL	runtime.printsp(SB)
   14e        00334 (complex_numbers.go:23)	MOVSD	$f64.4039000000000000(SB), X0
   156        00342 (complex_numbers.go:23)	CALL	runtime.printfloat64(SB)
   15b        00347 (complex_numbers.go:23)	NOP
   160        00352 (complex_numbers.go:23)	CALL	runtime.printnl(SB)
   165        00357 (complex_numbers.go:23)	CALL	runtime.printunlock(SB)
   16a        00362 (complex_numbers.go:24)	CALL	runtime.printlock(SB)
   16f        00367 (complex_numbers.go:24)	MOVL	$1, AX
   174        00372 (complex_numbers.go:24)	CALL	runtime.printbool(SB)
   179        00377 (complex_numbers.go:24)	CALL	runtime.printsp(SB)
   17e        00382 (complex_numbers.go:24)	MOVL	$1, AX
   183        00387 (complex_numbers.go:24)	CALL	runtime.printbool(SB)
   188        00392 (complex_numbers.go:24)	CALL	runtime.printnl(SB)
   18d        00397 (complex_numbers.go:24)	CALL	runtime.printunlock(SB)
   192        00402 (<unknown line number>)	NOP
   192      0 00402 (complex_numbers.go:25)	MOVSD	$f64.3ff0000000000000(SB), X0
   19a        00410 (complex_numbers.go:25)	XORPS	X1, X1
   19d        00413 (complex_numbers.go:25)	XORL	AX, AX
   19f        00415 (complex_numbers.go:25)	NOP
   1a0        00416 (complex_numbers.go:25)	JMP	449
   1a2        00418 (complex_numbers.go:25)	XORPS	X2, X2
   1a5        00421 (complex_numbers.go:25)	MULSD	X1, X2
   1a9        00425 (complex_numbers.go:25)	XORPS	X3, X3
   1ac        00428 (complex_numbers.go:25)	MULSD	X0, X3
   1b0        00432 (complex_numbers.go:25)	SUBSD	X1, X3
   1b4        00436 (complex_numbers.go:25)	ADDSD	X0, X2
   1b8        00440 (complex_numbers.go:25)	INCQ	AX
   1bb        00443 (complex_numbers.go:25)	MOVUPS	X2, X1
   1be        00446 (complex_numbers.go:25)	MOVUPS	X3, X0
   1c1        00449 (complex_numbers.go:25)	CMPQ	AX, $2
   1c5        00453 (complex_numbers.go:25)	JLT	418
   1c7        00455 (<unknown line number>)	NOP
   1c7      1 00455 (complex_numbers.go:25)	XORPS	X2, X2
   1ca        00458 (complex_numbers.go:25)	XORL	AX, AX
   1cc        00460 (complex_numbers.go:25)	MOVSD	$f64.3ff0000000000000(SB), X3
   1d4        00468 (complex_numbers.go:25)	JMP	501
   1d6        00470 (complex_numbers.go:25)	XORPS	X4, X4
   1d9        00473 (complex_numbers.go:25)	MULSD	X2, X4
   1dd        00477 (complex_numbers.go:25)	XORPS	X5, X5
   1e0        00480 (complex_numbers.go:25)	MULSD	X3, X5
   1e4        00484 (complex_numbers.go:25)	SUBSD	X2, X5
   1e8        00488 (complex_numbers.go:25)	ADDSD	X3, X4
   1ec        00492 (complex_numbers.go:25)	INCQ	AX
   1ef        00495 (complex_numbers.go:25)	MOVUPS	X4, X2
   1f2        00498 (complex_numbers.go:25)	MOVUPS	X5, X3
   1f5        00501 (complex_numbers.go:25)	CMPQ	AX, $3
   1f9        00505 (complex_numbers.go:25)	JLT	470
   1fb        00507 (<unknown line number>)	NOP
   1fb      2 00507 (complex_numbers.go:25)	MOVSD	$f64.3ff0000000000000(SB), X4
   203        00515 (complex_numbers.go:25)	XORL	AX, AX
   205        00517 (complex_numbers.go:25)	XORPS	X5, X5
   208        00520 (complex_numbers.go:25)	JMP	544
   20a        00522 (complex_numbers.go:25)	MOVUPS	X5, X6
   20d        00525 (complex_numbers.go:25)	ADDSD	X4, X6
   211        00529 (complex_numbers.go:25)	SUBSD	X5, X4
   215        00533 (complex_numbers.go:25)	INCQ	AX
   218        00536 (complex_numbers.go:25)	MOVUPS	X6, X5
   21b        00539 (complex_numbers.go:25)	NOP
   220        00544 (complex_numbers.go:25)	CMPQ	AX, $8
   224        00548 (complex_numbers.go:25)	JLT	522
   226        00550 (complex_numbers.go:25)	MOVSD	X5, main.r.imag+56(SP)
   22c        00556 (complex_numbers.go:25)	MOVSD	X4, main.r.real+32(SP)
   232      0 00562 (complex_numbers.go:25)	MOVSD	X1, main.r.imag+72(SP)
   238      1 00568 (complex_numbers.go:25)	MOVSD	X2, main.r.imag+64(SP)
   23e        00574 (complex_numbers.go:25)	MOVSD	X3, main.r.real+40(SP)
   244      0 00580 (complex_numbers.go:25)	MOVSD	X0, main.r.real+48(SP)
   24a     -1 00586 (complex_numbers.go:25)	CALL	runtime.printlock(SB)
   24f        00591 (complex_numbers.go:25)	MOVSD	main.r.real+48(SP), X0
   255        00597 (complex_numbers.go:25)	MOVSD	main.r.imag+72(SP), X1
   25b        00603 (complex_numbers.go:25)	NOP
   260        00608 (complex_numbers.go:25)	CALL	runtime.printcomplex128(SB)
   265        00613 (complex_numbers.go:25)	CALL	runtime.printsp(SB)
   26a        00618 (complex_numbers.go:25)	MOVSD	main.r.real+40(SP), X0
   270        00624 (complex_numbers.go:25)	MOVSD	main.r.imag+64(SP), X1
   276        00630 (complex_numbers.go:25)	CALL	runtime.printcomplex128(SB)
   27b        00635 (complex_numbers.go:25)	NOP
   280        00640 (complex_numbers.go:25)	CALL	runtime.printsp(SB)
   285        00645 (complex_numbers.go:25)	MOVSD	main.r.real+32(SP), X0
   28b        00651 (complex_numbers.go:25)	MOVSD	main.r.imag+56(SP), X1
   291        00657 (complex_numbers.go:25)	CALL	runtime.printcomplex128(SB)
   296        00662 (complex_numbers.go:25)	CALL	runtime.printnl(SB)
   29b        00667 (complex_numbers.go:25)	NOP
   2a0        00672 (complex_numbers.go:25)	CALL	runtime.printunlock(SB)
   2a5        00677 (complex_numbers.go:28)	CALL	runtime.printlock(SB)
   2aa        00682 (complex_numbers.go:28)	MOVSS	$f32.3fc00000(SB), X0
   2b2        00690 (complex_numbers.go:28)	MOVSS	$f32.be800000(SB), X1
   2ba        00698 (complex_numbers.go:28)	CALL	runtime.printcomplex64(SB)
   2bf        00703 (complex_numbers.go:28)	NOP
   2c0        00704 (complex_numbers.go:28)	CALL	runtime.printsp(SB)
   2c5        00709 (complex_numbers.go:28)	MOVSS	$f32.400c0000(SB), X0
   2cd        00717 (complex_numbers.go:28)	MOVSS	$f32.bf400000(SB), X1
   2d5        00725 (complex_numbers.go:28)	CALL	runtime.printcomplex64(SB)
   2da        00730 (complex_numbers.go:28)	CALL	runtime.printsp(SB)
   2df        00735 (complex_numbers.go:28)	MOVSS	$f32.3fc00000(SB), X0
   2e7        00743 (complex_numbers.go:28)	CALL	runtime.printfloat32(SB)
   2ec        00748 (complex_numbers.go:28)	CALL	runtime.printnl(SB)
   2f1        00753 (complex_numbers.go:28)	CALL	runtime.printunlock(SB)
   2f6        00758 (complex_numbers.go:30)	CALL	runtime.printlock(SB)
   2fb        00763 (complex_numbers.go:30)	MOVL	$1, AX
   300        00768 (complex_numbers.go:30)	CALL	runtime.printbool(SB)
   305        00773 (complex_numbers.go:30)	CALL	runtime.printnl(SB)
   30a        00778 (complex_numbers.go:30)	CALL	runtime.printunlock(SB)
   30f        00783 (complex_numbers.go:33)	MOVSD	$f64.3ff0000000000000(SB), X0
   317        00791 (complex_numbers.go:33)	XORPS	X1, X1
   31a        00794 (complex_numbers.go:33)	MOVUPS	X1, X2
   31d        00797 (complex_numbers.go:33)	MOVUPS	X1, X3
   320        00800 (complex_numbers.go:33)	CALL	main.div(SB)
   325        00805 (complex_numbers.go:33)	MOVSD	X0, main..autotmp_70+112(SP)
   32b        00811 (complex_numbers.go:33)	MOVSD	X1, main..autotmp_71+104(SP)
   331        00817 (complex_numbers.go:33)	XORPS	X0, X0
   334        00820 (complex_numbers.go:33)	MOVUPS	X0, X1
   337        00823 (complex_numbers.go:33)	MOVUPS	X0, X2
   33a        00826 (complex_numbers.go:33)	MOVUPS	X0, X3
   33d        00829 (complex_numbers.go:33)	NOP
   340        00832 (complex_numbers.go:33)	CALL	main.div(SB)
   345        00837 (complex_numbers.go:33)	MOVSD	X0, main..autotmp_72+96(SP)
   34b        00843 (complex_numbers.go:33)	MOVSD	X1, main..autotmp_73+88(SP)
   351        00849 (complex_numbers.go:33)	CALL	runtime.printlock(SB)
   356        00854 (complex_numbers.go:33)	MOVSD	main..autotmp_70+112(SP), X0
   35c        00860 (complex_numbers.go:33)	MOVSD	main..autotmp_71+104(SP), X1
   362        00866 (complex_numbers.go:33)	CALL	runtime.printcomplex128(SB)
   367        00871 (complex_numbers.go:33)	CALL	runtime.printsp(SB)
   36c        00876 (complex_numbers.go:33)	MOVSD	main..autotmp_72+96(SP), X0
   372        00882 (complex_numbers.go:33)	MOVSD	main..autotmp_73+88(SP), X1
   378        00888 (complex_numbers.go:33)	CALL	runtime.printcomplex128(SB)
   37d        00893 (complex_numbers.go:33)	NOP
   380        00896 (complex_numbers.go:33)	CALL	runtime.printnl(SB)
   385        00901 (complex_numbers.go:33)	CALL	runtime.printunlock(SB)
   38a        00906 (complex_numbers.go:37)	XORL	AX, AX
   38c        00908 (complex_numbers.go:37)	MOVQ	$-10, CX
   393        00915 (complex_numbers.go:37)	JMP	928
   395        00917 (complex_numbers.go:37)	INCQ	CX
   398        00920 (complex_numbers.go:37)	NOP
   3a0        00928 (complex_numbers.go:37)	CMPQ	CX, $10
   3a4        00932 (complex_numbers.go:37)	JGT	1108
   3aa        00938 (complex_numbers.go:38)	MOVQ	$-20, DX
   3b1        00945 (complex_numbers.go:38)	JMP	960
   3b3        00947 (complex_numbers.go:48)	SETEQ	BL
   3b6        00950 (complex_numbers.go:48)	MOVBLZX	BL, BX
   3b9        00953 (complex_numbers.go:48)	ADDQ	BX, AX
   3bc        00956 (complex_numbers.go:38)	INCQ	DX
   3bf        00959 (complex_numbers.go:38)	NOP
   3c0        00960 (complex_numbers.go:38)	CMPQ	DX, $5
   3c4        00964 (complex_numbers.go:38)	JGT	917
   3c6        00966 (complex_numbers.go:39)	XORPS	X0, X0
   3c9        00969 (complex_numbers.go:39)	CVTSQ2SD	DX, X0
   3ce        00974 (complex_numbers.go:39)	XORPS	X1, X1
   3d1        00977 (complex_numbers.go:39)	CVTSQ2SD	CX, X1
   3d6        00982 (complex_numbers.go:39)	MOVSD	$f64.4024000000000000(SB), X2
   3de        00990 (complex_numbers.go:39)	DIVSD	X2, X0
   3e2        00994 (complex_numbers.go:39)	DIVSD	X2, X1
   3e6        00998 (complex_numbers.go:42)	XORL	BX, BX
   3e8        01000 (complex_numbers.go:42)	XORPS	X3, X3
   3eb        01003 (complex_numbers.go:42)	XORPS	X4, X4
   3ee        01006 (complex_numbers.go:42)	JMP	1017
   3f0        01008 (complex_numbers.go:42)	INCQ	BX
   3f3        01011 (complex_numbers.go:42)	MOVUPS	X5, X3
   3f6        01014 (complex_numbers.go:42)	MOVUPS	X6, X4
   3f9        01017 (complex_numbers.go:42)	CMPQ	BX, $50
   3fd        01021 (complex_numbers.go:42)	JGE	1095
   3ff        01023 (complex_numbers.go:43)	MOVUPS	X4, X5
   402        01026 (complex_numbers.go:43)	MULSD	X3, X4
   406        01030 (complex_numbers.go:43)	MULSD	X5, X5
   40a        01034 (complex_numbers.go:43)	ADDSD	X4, X4
   40e        01038 (complex_numbers.go:43)	MULSD	X3, X3
   412        01042 (complex_numbers.go:43)	SUBSD	X5, X3
   416        01046 (complex_numbers.go:43)	ADDSD	X0, X3
   41a        01050 (complex_numbers.go:43)	ADDSD	X1, X4
   41e        01054 (complex_numbers.go:44)	MOVUPS	X3, X5
   421        01057 (complex_numbers.go:44)	MULSD	X3, X3
   425        01061 (complex_numbers.go:44)	MOVUPS	X4, X6
   428        01064 (complex_numbers.go:44)	MULSD	X4, X4
   42c        01068 (complex_numbers.go:44)	ADDSD	X3, X4
   430        01072 (complex_numbers.go:44)	MOVSD	$f64.4010000000000000(SB), X3
   438        01080 (complex_numbers.go:44)	UCOMISD	X3, X4
   43c        01084 (complex_numbers.go:44)	JLS	1008
   43e        01086 (complex_numbers.go:42)	CMPQ	BX, $50
   442        01090 (complex_numbers.go:45)	JMP	947
   447        01095 (complex_numbers.go:45)	MOVSD	$f64.4010000000000000(SB), X3
   44f        01103 (complex_numbers.go:42)	JMP	947
   454        01108 (complex_numbers.go:37)	MOVQ	AX, main.inside+80(SP)
   459        01113 (complex_numbers.go:53)	CALL	runtime.printlock(SB)
   45e        01118 (complex_numbers.go:53)	LEAQ	go:string."inside "(SB), AX
   465        01125 (complex_numbers.go:53)	MOVL	$7, BX
   46a        01130 (complex_numbers.go:53)	CALL	runtime.printstring(SB)
   46f        01135 (complex_numbers.go:53)	MOVQ	main.inside+80(SP), AX
   474        01140 (complex_numbers.go:53)	CALL	runtime.printint(SB)
   479        01145 (complex_numbers.go:53)	CALL	runtime.printnl(SB)
   47e        01150 (complex_numbers.go:53)	NOP
   480        01152 (complex_numbers.go:53)	CALL	runtime.printunlock(SB)
   485        01157 (complex_numbers.go:54)	ADDQ	$120, SP
   489        01161 (complex_numbers.go:54)	POPQ	BP
   48a        01162 (complex_numbers.go:54)	RET
   48b        01163 (complex_numbers.go:54)	NOP
   48b        01163 (complex_numbers.go:18)	PCDATA	$1, $-1
   48b        01163 (complex_numbers.go:18)	PCDATA	$0, $-2
   48b        01163 (complex_numbers.go:18)	CALL	runtime.morestack_noctxt(SB)
   490        01168 (complex_numbers.go:18)	PCDATA	$0, $-1
   490        01168 (complex_numbers.go:18)	JMP	0
   495 done
wrote 19 bytes to 0x0
 00 92 03 02 35 02 34 02 37 03 06 02 0c 01 06 01 cb 04 00
-- inlining tree for main.main:
0 | -1 | main.pow (complex_numbers.go:25:13) pc=586
1 | -1 | main.pow (complex_numbers.go:25:25) pc=586
2 | -1 | main.pow (complex_numbers.go:25:37) pc=586
--
funcpctab main.pow [valfunc=pctoinline]
     0     -1 00000 (complex_numbers.go:10)	TEXT	main.pow(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (complex_numbers.go:10)	TEXT	main.pow(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (complex_numbers.go:10)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (complex_numbers.go:10)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (complex_numbers.go:10)	FUNCDATA	$5, main.pow.arginfo1(SB)
     0        00000 (complex_numbers.go:10)	FUNCDATA	$6, main.pow.argliveinfo(SB)
     0        00000 (complex_numbers.go:10)	PCDATA	$3, $1
     0     -1 00000 (complex_numbers.go:12)	XORPS	X2, X2
     3        00003 (complex_numbers.go:12)	MOVSD	$f64.3ff0000000000000(SB), X3
     b        00011 (complex_numbers.go:12)	JMP	46
     d        00013 (complex_numbers.go:13)	MOVUPS	X1, X4
    10        00016 (complex_numbers.go:13)	MULSD	X2, X4
    14        00020 (complex_numbers.go:13)	MOVUPS	X1, X5
    17        00023 (complex_numbers.go:13)	MULSD	X3, X5
    1b        00027 (complex_numbers.go:13)	MULSD	X0, X2
    1f        00031 (complex_numbers.go:13)	MULSD	X0, X3
    23        00035 (complex_numbers.go:13)	SUBSD	X4, X3
    27        00039 (complex_numbers.go:13)	ADDSD	X5, X2
    2b        00043 (complex_numbers.go:12)	DECQ	AX
    2e        00046 (complex_numbers.go:12)	TESTQ	AX, AX
    31        00049 (complex_numbers.go:12)	JGT	13
    33        00051 (complex_numbers.go:15)	MOVUPS	X3, X0
    36        00054 (complex_numbers.go:15)	MOVUPS	X2, X1
    39        00057 (complex_numbers.go:15)	RET
    3a done
wrote 3 bytes to 0x0
 00 3a 00
funcpctab main.div [valfunc=pctoinline]
     0     -1 00000 (complex_numbers.go:8)	TEXT	main.div(SB), ABIInternal, $40-32
     0        00000 (complex_numbers.go:8)	TEXT	main.div(SB), ABIInternal, $40-32
     0     -1 00000 (complex_numbers.go:8)	CMPQ	SP, 16(R14)
     4        00004 (complex_numbers.go:8)	PCDATA	$0, $-2
     4        00004 (complex_numbers.go:8)	JLS	25
     6        00006 (complex_numbers.go:8)	PCDATA	$0, $-1
     6        00006 (complex_numbers.go:8)	PUSHQ	BP
     7        00007 (complex_numbers.go:8)	MOVQ	SP, BP
     a        00010 (complex_numbers.go:8)	SUBQ	$32, SP
     e        00014 (complex_numbers.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (complex_numbers.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (complex_numbers.go:8)	FUNCDATA	$5, main.div.arginfo1(SB)
     e        00014 (complex_numbers.go:8)	FUNCDATA	$6, main.div.argliveinfo(SB)
     e        00014 (complex_numbers.go:8)	PCDATA	$3, $1
     e        00014 (complex_numbers.go:8)	PCDATA	$1, $0
     e        00014 (complex_numbers.go:8)	CALL	runtime.complex128div(SB)
    13        00019 (complex_numbers.go:8)	ADDQ	$32, SP
    17        00023 (complex_numbers.go:8)	POPQ	BP
    18        00024 (complex_numbers.go:8)	RET
    19        00025 (complex_numbers.go:8)	NOP
    19        00025 (complex_numbers.go:8)	PCDATA	$1, $-1
    19        00025 (complex_numbers.go:8)	PCDATA	$0, $-2
    19        00025 (complex_numbers.go:8)	MOVSD	X0, 8(SP)
    1f        00031 (complex_numbers.go:8)	MOVSD	X1, 16(SP)
    25        00037 (complex_numbers.go:8)	MOVSD	X2, 24(SP)
    2b        00043 (complex_numbers.go:8)	MOVSD	X3, 32(SP)
    31        00049 (complex_numbers.go:8)	CALL	runtime.morestack_noctxt(SB)
    36        00054 (complex_numbers.go:8)	PCDATA	$0, $-1
    36        00054 (complex_numbers.go:8)	MOVSD	8(SP), X0
    3c        00060 (complex_numbers.go:8)	MOVSD	16(SP), X1
    42        00066 (complex_numbers.go:8)	MOVSD	24(SP), X2
    48        00072 (complex_numbers.go:8)	MOVSD	32(SP), X3
    4e        00078 (complex_numbers.go:8)	JMP	0
    50 done
wrote 3 bytes to 0x0
 00 50 00
funcpctab main.mul [valfunc=pctoinline]
     0     -1 00000 (complex_numbers.go:5)	TEXT	main.mul(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
     0        00000 (complex_numbers.go:5)	TEXT	main.mul(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
     0        00000 (complex_numbers.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (complex_numbers.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (complex_numbers.go:5)	FUNCDATA	$5, main.mul.arginfo1(SB)
     0        00000 (complex_numbers.go:5)	FUNCDATA	$6, main.mul.argliveinfo(SB)
     0        00000 (complex_numbers.go:5)	PCDATA	$3, $1
     0     -1 00000 (complex_numbers.go:5)	MOVUPS	X1, X4
     3        00003 (complex_numbers.go:5)	MULSD	X3, X4
     7        00007 (complex_numbers.go:5)	MULSD	X0, X3
     b        00011 (complex_numbers.go:5)	MULSD	X2, X1
     f        00015 (complex_numbers.go:5)	ADDSD	X3, X1
    13        00019 (complex_numbers.go:5)	MULSD	X2, X0
    17        00023 (complex_numbers.go:5)	SUBSD	X4, X0
    1b        00027 (complex_numbers.go:5)	RET
    1c done
wrote 3 bytes to 0x0
 00 1c 00
main.mul STEXT nosplit size=28 align=0x0 args=0x20 locals=0x0 funcid=0x0
	0x0000 00000 (complex_numbers.go:5)	TEXT	main.mul(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (complex_numbers.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (complex_numbers.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (complex_numbers.go:5)	FUNCDATA	$5, main.mul.arginfo1(SB)
	0x0000 00000 (complex_numbers.go:5)	FUNCDATA	$6, main.mul.argliveinfo(SB)
	0x0000 00000 (complex_numbers.go:5)	PCDATA	$3, $1
	0x0000 00000 (complex_numbers.go:5)	MOVUPS	X1, X4
	0x0003 00003 (complex_numbers.go:5)	MULSD	X3, X4
	0x0007 00007 (complex_numbers.go:5)	MULSD	X0, X3
	0x000b 00011 (complex_numbers.go:5)	MULSD	X2, X1
	0x000f 00015 (complex_numbers.go:5)	ADDSD	X3, X1
	0x0013 00019 (complex_numbers.go:5)	MULSD	X2, X0
	0x0017 00023 (complex_numbers.go:5)	SUBSD	X4, X0
	0x001b 00027 (complex_numbers.go:5)	RET
	0x0000 0f 10 e1 f2 0f 59 e3 f2 0f 59 d8 f2 0f 59 ca f2  .....Y...Y...Y..
	0x0010 0f 58 cb f2 0f 59 c2 f2 0f 5c c4 c3              .X...Y...\..
main.div STEXT size=80 align=0x0 args=0x20 locals=0x28 funcid=0x0
	0x0000 00000 (complex_numbers.go:8)	TEXT	main.div(SB), ABIInternal, $40-32
	0x0000 00000 (complex_numbers.go:8)	CMPQ	SP, 16(R14)
	0x0004 00004 (complex_numbers.go:8)	PCDATA	$0, $-2
	0x0004 00004 (complex_numbers.go:8)	JLS	25
	0x0006 00006 (complex_numbers.go:8)	PCDATA	$0, $-1
	0x0006 00006 (complex_numbers.go:8)	PUSHQ	BP
	0x0007 00007 (complex_numbers.go:8)	MOVQ	SP, BP
	0x000a 00010 (complex_numbers.go:8)	SUBQ	$32, SP
	0x000e 00014 (complex_numbers.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (complex_numbers.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (complex_numbers.go:8)	FUNCDATA	$5, main.div.arginfo1(SB)
	0x000e 00014 (complex_numbers.go:8)	FUNCDATA	$6, main.div.argliveinfo(SB)
	0x000e 00014 (complex_numbers.go:8)	PCDATA	$3, $1
	0x000e 00014 (complex_numbers.go:8)	PCDATA	$1, $0
	0x000e 00014 (complex_numbers.go:8)	CALL	runtime.complex128div(SB)
	0x0013 00019 (complex_numbers.go:8)	ADDQ	$32, SP
	0x0017 00023 (complex_numbers.go:8)	POPQ	BP
	0x0018 00024 (complex_numbers.go:8)	RET
	0x0019 00025 (complex_numbers.go:8)	NOP
	0x0019 00025 (complex_numbers.go:8)	PCDATA	$1, $-1
	0x0019 00025 (complex_numbers.go:8)	PCDATA	$0, $-2
	0x0019 00025 (complex_numbers.go:8)	MOVSD	X0, 8(SP)
	0x001f 00031 (complex_numbers.go:8)	MOVSD	X1, 16(SP)
	0x0025 00037 (complex_numbers.go:8)	MOVSD	X2, 24(SP)
	0x002b 00043 (complex_numbers.go:8)	MOVSD	X3, 32(SP)
	0x0031 00049 (complex_numbers.go:8)	CALL	runtime.morestack_noctxt(SB)
	0x0036 00054 (complex_numbers.go:8)	PCDATA	$0, $-1
	0x0036 00054 (complex_numbers.go:8)	MOVSD	8(SP), X0
	0x003c 00060 (complex_numbers.go:8)	MOVSD	16(SP), X1
	0x0042 00066 (complex_numbers.go:8)	MOVSD	24(SP), X2
	0x0048 00072 (complex_numbers.go:8)	MOVSD	32(SP), X3
	0x004e 00078 (complex_numbers.go:8)	JMP	0
	0x0000 49 3b 66 10 76 13 55 48 89 e5 48 83 ec 20 e8 00  I;f.v.UH..H.. ..
	0x0010 00 00 00 48 83 c4 20 5d c3 f2 0f 11 44 24 08 f2  ...H.. ]....D$..
	0x0020 0f 11 4c 24 10 f2 0f 11 54 24 18 f2 0f 11 5c 24  ..L$....T$....\$
	0x0030 20 e8 00 00 00 00 f2 0f 10 44 24 08 f2 0f 10 4c   ........D$....L
	0x0040 24 10 f2 0f 10 54 24 18 f2 0f 10 5c 24 20 eb b0  $....T$....\$ ..
	rel 15+4 t=R_CALL runtime.complex128div+0
	rel 50+4 t=R_CALL runtime.morestack_noctxt+0
main.pow STEXT nosplit size=58 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (complex_numbers.go:10)	TEXT	main.pow(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (complex_numbers.go:10)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (complex_numbers.go:10)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (complex_numbers.go:10)	FUNCDATA	$5, main.pow.arginfo1(SB)
	0x0000 00000 (complex_numbers.go:10)	FUNCDATA	$6, main.pow.argliveinfo(SB)
	0x0000 00000 (complex_numbers.go:10)	PCDATA	$3, $1
	0x0000 00000 (complex_numbers.go:12)	XORPS	X2, X2
	0x0003 00003 (complex_numbers.go:12)	MOVSD	$f64.3ff0000000000000(SB), X3
	0x000b 00011 (complex_numbers.go:12)	JMP	46
	0x000d 00013 (complex_numbers.go:13)	MOVUPS	X1, X4
	0x0010 00016 (complex_numbers.go:13)	MULSD	X2, X4
	0x0014 00020 (complex_numbers.go:13)	MOVUPS	X1, X5
	0x0017 00023 (complex_numbers.go:13)	MULSD	X3, X5
	0x001b 00027 (complex_numbers.go:13)	MULSD	X0, X2
	0x001f 00031 (complex_numbers.go:13)	MULSD	X0, X3
	0x0023 00035 (complex_numbers.go:13)	SUBSD	X4, X3
	0x0027 00039 (complex_numbers.go:13)	ADDSD	X5, X2
	0x002b 00043 (complex_numbers.go:12)	DECQ	AX
	0x002e 00046 (complex_numbers.go:12)	TESTQ	AX, AX
	0x0031 00049 (complex_numbers.go:12)	JGT	13
	0x0033 00051 (complex_numbers.go:15)	MOVUPS	X3, X0
	0x0036 00054 (complex_numbers.go:15)	MOVUPS	X2, X1
	0x0039 00057 (complex_numbers.go:15)	RET
	0x0000 0f 57 d2 f2 0f 10 1d 00 00 00 00 eb 21 0f 10 e1  .W..........!...
	0x0010 f2 0f 59 e2 0f 10 e9 f2 0f 59 eb f2 0f 59 d0 f2  ..Y......Y...Y..
	0x0020 0f 59 d8 f2 0f 5c dc f2 0f 58 d5 48 ff c8 48 85  .Y...\...X.H..H.
	0x0030 c0 7f da 0f 10 c3 0f 10 ca c3                    ..........
	rel 7+4 t=R_PCREL $f64.3ff0000000000000+0
main.main STEXT size=1173 align=0x0 args=0x0 locals=0x80 funcid=0x0
	0x0000 00000 (complex_numbers.go:18)	TEXT	main.main(SB), ABIInternal, $128-0
	0x0000 00000 (complex_numbers.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (complex_numbers.go:18)	PCDATA	$0, $-2
	0x0004 00004 (complex_numbers.go:18)	JLS	1163
	0x000a 00010 (complex_numbers.go:18)	PCDATA	$0, $-1
	0x000a 00010 (complex_numbers.go:18)	PUSHQ	BP
	0x000b 00011 (complex_numbers.go:18)	MOVQ	SP, BP
	0x000e 00014 (complex_numbers.go:18)	SUBQ	$120, SP
	0x0012 00018 (complex_numbers.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (complex_numbers.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (complex_numbers.go:21)	PCDATA	$1, $0
	0x0012 00018 (complex_numbers.go:21)	CALL	runtime.printlock(SB)
	0x0017 00023 (complex_numbers.go:21)	MOVSD	$f64.4008000000000000(SB), X0
	0x001f 00031 (complex_numbers.go:21)	MOVSD	$f64.4010000000000000(SB), X1
	0x0027 00039 (complex_numbers.go:21)	CALL	runtime.printcomplex128(SB)
	0x002c 00044 (complex_numbers.go:21)	CALL	runtime.printsp(SB)
	0x0031 00049 (complex_numbers.go:21)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x0039 00057 (complex_numbers.go:21)	MOVSD	$f64.c000000000000000(SB), X1
	0x0041 00065 (complex_numbers.go:21)	CALL	runtime.printcomplex128(SB)
	0x0046 00070 (complex_numbers.go:21)	CALL	runtime.printnl(SB)
	0x004b 00075 (complex_numbers.go:21)	CALL	runtime.printunlock(SB)
	0x0050 00080 (complex_numbers.go:22)	MOVSD	$f64.4008000000000000(SB), X0
	0x0058 00088 (complex_numbers.go:22)	MOVSD	$f64.4010000000000000(SB), X1
	0x0060 00096 (complex_numbers.go:22)	MOVSD	$f64.3ff0000000000000(SB), X2
	0x0068 00104 (complex_numbers.go:22)	MOVSD	$f64.c000000000000000(SB), X3
	0x0070 00112 (complex_numbers.go:22)	CALL	main.mul(SB)
	0x0075 00117 (complex_numbers.go:22)	MOVSD	X0, main..autotmp_70+112(SP)
	0x007b 00123 (complex_numbers.go:22)	MOVSD	X1, main..autotmp_71+104(SP)
	0x0081 00129 (complex_numbers.go:22)	MOVSD	$f64.4008000000000000(SB), X0
	0x0089 00137 (complex_numbers.go:22)	MOVSD	$f64.4010000000000000(SB), X1
	0x0091 00145 (complex_numbers.go:22)	MOVSD	$f64.3ff0000000000000(SB), X2
	0x0099 00153 (complex_numbers.go:22)	MOVSD	$f64.c000000000000000(SB), X3
	0x00a1 00161 (complex_numbers.go:22)	CALL	main.div(SB)
	0x00a6 00166 (complex_numbers.go:22)	MOVSD	X0, main..autotmp_72+96(SP)
	0x00ac 00172 (complex_numbers.go:22)	MOVSD	X1, main..autotmp_73+88(SP)
	0x00b2 00178 (complex_numbers.go:22)	CALL	runtime.printlock(SB)
	0x00b7 00183 (complex_numbers.go:22)	MOVSD	$f64.4010000000000000(SB), X0
	0x00bf 00191 (complex_numbers.go:22)	MOVSD	$f64.4000000000000000(SB), X1
	0x00c7 00199 (complex_numbers.go:22)	CALL	runtime.printcomplex128(SB)
	0x00cc 00204 (complex_numbers.go:22)	CALL	runtime.printsp(SB)
	0x00d1 00209 (complex_numbers.go:22)	MOVSD	$f64.4000000000000000(SB), X0
	0x00d9 00217 (complex_numbers.go:22)	MOVSD	$f64.4018000000000000(SB), X1
	0x00e1 00225 (complex_numbers.go:22)	CALL	runtime.printcomplex128(SB)
	0x00e6 00230 (complex_numbers.go:22)	CALL	runtime.printsp(SB)
	0x00eb 00235 (complex_numbers.go:22)	MOVSD	main..autotmp_70+112(SP), X0
	0x00f1 00241 (complex_numbers.go:22)	MOVSD	main..autotmp_71+104(SP), X1
	0x00f7 00247 (complex_numbers.go:22)	CALL	runtime.printcomplex128(SB)
	0x00fc 00252 (complex_numbers.go:22)	NOP
	0x0100 00256 (complex_numbers.go:22)	CALL	runtime.printsp(SB)
	0x0105 00261 (complex_numbers.go:22)	MOVSD	main..autotmp_72+96(SP), X0
	0x010b 00267 (complex_numbers.go:22)	MOVSD	main..autotmp_73+88(SP), X1
	0x0111 00273 (complex_numbers.go:22)	CALL	runtime.printcomplex128(SB)
	0x0116 00278 (complex_numbers.go:22)	CALL	runtime.printnl(SB)
	0x011b 00283 (complex_numbers.go:22)	NOP
	0x0120 00288 (complex_numbers.go:22)	CALL	runtime.printunlock(SB)
	0x0125 00293 (complex_numbers.go:23)	CALL	runtime.printlock(SB)
	0x012a 00298 (complex_numbers.go:23)	MOVSD	$f64.4008000000000000(SB), X0
	0x0132 00306 (complex_numbers.go:23)	CALL	runtime.printfloat64(SB)
	0x0137 00311 (complex_numbers.go:23)	CALL	runtime.printsp(SB)
	0x013c 00316 (complex_numbers.go:23)	MOVSD	$f64.4010000000000000(SB), X0
	0x0144 00324 (complex_numbers.go:23)	CALL	runtime.printfloat64(SB)
	0x0149 00329 (complex_numbers.go:23)	CALL	runtime.printsp(SB)
	0x014e 00334 (complex_numbers.go:23)	MOVSD	$f64.4039000000000000(SB), X0
	0x0156 00342 (complex_numbers.go:23)	CALL	runtime.printfloat64(SB)
	0x015b 00347 (complex_numbers.go:23)	NOP
	0x0160 00352 (complex_numbers.go:23)	CALL	runtime.printnl(SB)
	0x0165 00357 (complex_numbers.go:23)	CALL	runtime.printunlock(SB)
	0x016a 00362 (complex_numbers.go:24)	CALL	runtime.printlock(SB)
	0x016f 00367 (complex_numbers.go:24)	MOVL	$1, AX
	0x0174 00372 (complex_numbers.go:24)	CALL	runtime.printbool(SB)
	0x0179 00377 (complex_numbers.go:24)	CALL	runtime.printsp(SB)
	0x017e 00382 (complex_numbers.go:24)	MOVL	$1, AX
	0x0183 00387 (complex_numbers.go:24)	CALL	runtime.printbool(SB)
	0x0188 00392 (complex_numbers.go:24)	CALL	runtime.printnl(SB)
	0x018d 00397 (complex_numbers.go:24)	CALL	runtime.printunlock(SB)
	0x0192 00402 (<unknown line number>)	NOP
	0x0192 00402 (complex_numbers.go:12)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x019a 00410 (complex_numbers.go:12)	XORPS	X1, X1
	0x019d 00413 (complex_numbers.go:12)	XORL	AX, AX
	0x019f 00415 (complex_numbers.go:12)	NOP
	0x01a0 00416 (complex_numbers.go:12)	JMP	449
	0x01a2 00418 (complex_numbers.go:13)	XORPS	X2, X2
	0x01a5 00421 (complex_numbers.go:13)	MULSD	X1, X2
	0x01a9 00425 (complex_numbers.go:13)	XORPS	X3, X3
	0x01ac 00428 (complex_numbers.go:13)	MULSD	X0, X3
	0x01b0 00432 (complex_numbers.go:13)	SUBSD	X1, X3
	0x01b4 00436 (complex_numbers.go:13)	ADDSD	X0, X2
	0x01b8 00440 (complex_numbers.go:12)	INCQ	AX
	0x01bb 00443 (complex_numbers.go:12)	MOVUPS	X2, X1
	0x01be 00446 (complex_numbers.go:12)	MOVUPS	X3, X0
	0x01c1 00449 (complex_numbers.go:12)	CMPQ	AX, $2
	0x01c5 00453 (complex_numbers.go:12)	JLT	418
	0x01c7 00455 (<unknown line number>)	NOP
	0x01c7 00455 (complex_numbers.go:12)	XORPS	X2, X2
	0x01ca 00458 (complex_numbers.go:12)	XORL	AX, AX
	0x01cc 00460 (complex_numbers.go:12)	MOVSD	$f64.3ff0000000000000(SB), X3
	0x01d4 00468 (complex_numbers.go:12)	JMP	501
	0x01d6 00470 (complex_numbers.go:13)	XORPS	X4, X4
	0x01d9 00473 (complex_numbers.go:13)	MULSD	X2, X4
	0x01dd 00477 (complex_numbers.go:13)	XORPS	X5, X5
	0x01e0 00480 (complex_numbers.go:13)	MULSD	X3, X5
	0x01e4 00484 (complex_numbers.go:13)	SUBSD	X2, X5
	0x01e8 00488 (complex_numbers.go:13)	ADDSD	X3, X4
	0x01ec 00492 (complex_numbers.go:12)	INCQ	AX
	0x01ef 00495 (complex_numbers.go:12)	MOVUPS	X4, X2
	0x01f2 00498 (complex_numbers.go:12)	MOVUPS	X5, X3
	0x01f5 00501 (complex_numbers.go:12)	CMPQ	AX, $3
	0x01f9 00505 (complex_numbers.go:12)	JLT	470
	0x01fb 00507 (<unknown line number>)	NOP
	0x01fb 00507 (complex_numbers.go:12)	MOVSD	$f64.3ff0000000000000(SB), X4
	0x0203 00515 (complex_numbers.go:12)	XORL	AX, AX
	0x0205 00517 (complex_numbers.go:12)	XORPS	X5, X5
	0x0208 00520 (complex_numbers.go:12)	JMP	544
	0x020a 00522 (complex_numbers.go:13)	MOVUPS	X5, X6
	0x020d 00525 (complex_numbers.go:13)	ADDSD	X4, X6
	0x0211 00529 (complex_numbers.go:13)	SUBSD	X5, X4
	0x0215 00533 (complex_numbers.go:12)	INCQ	AX
	0x0218 00536 (complex_numbers.go:12)	MOVUPS	X6, X5
	0x021b 00539 (complex_numbers.go:12)	NOP
	0x0220 00544 (complex_numbers.go:12)	CMPQ	AX, $8
	0x0224 00548 (complex_numbers.go:12)	JLT	522
	0x0226 00550 (complex_numbers.go:12)	MOVSD	X5, main.r.imag+56(SP)
	0x022c 00556 (complex_numbers.go:12)	MOVSD	X4, main.r.real+32(SP)
	0x0232 00562 (complex_numbers.go:12)	MOVSD	X1, main.r.imag+72(SP)
	0x0238 00568 (complex_numbers.go:12)	MOVSD	X2, main.r.imag+64(SP)
	0x023e 00574 (complex_numbers.go:12)	MOVSD	X3, main.r.real+40(SP)
	0x0244 00580 (complex_numbers.go:12)	MOVSD	X0, main.r.real+48(SP)
	0x024a 00586 (complex_numbers.go:25)	CALL	runtime.printlock(SB)
	0x024f 00591 (complex_numbers.go:25)	MOVSD	main.r.real+48(SP), X0
	0x0255 00597 (complex_numbers.go:25)	MOVSD	main.r.imag+72(SP), X1
	0x025b 00603 (complex_numbers.go:25)	NOP
	0x0260 00608 (complex_numbers.go:25)	CALL	runtime.printcomplex128(SB)
	0x0265 00613 (complex_numbers.go:25)	CALL	runtime.printsp(SB)
	0x026a 00618 (complex_numbers.go:25)	MOVSD	main.r.real+40(SP), X0
	0x0270 00624 (complex_numbers.go:25)	MOVSD	main.r.imag+64(SP), X1
	0x0276 00630 (complex_numbers.go:25)	CALL	runtime.printcomplex128(SB)
	0x027b 00635 (complex_numbers.go:25)	NOP
	0x0280 00640 (complex_numbers.go:25)	CALL	runtime.printsp(SB)
	0x0285 00645 (complex_numbers.go:25)	MOVSD	main.r.real+32(SP), X0
	0x028b 00651 (complex_numbers.go:25)	MOVSD	main.r.imag+56(SP), X1
	0x0291 00657 (complex_numbers.go:25)	CALL	runtime.printcomplex128(SB)
	0x0296 00662 (complex_numbers.go:25)	CALL	runtime.printnl(SB)
	0x029b 00667 (complex_numbers.go:25)	NOP
	0x02a0 00672 (complex_numbers.go:25)	CALL	runtime.printunlock(SB)
	0x02a5 00677 (complex_numbers.go:28)	CALL	runtime.printlock(SB)
	0x02aa 00682 (complex_numbers.go:28)	MOVSS	$f32.3fc00000(SB), X0
	0x02b2 00690 (complex_numbers.go:28)	MOVSS	$f32.be800000(SB), X1
	0x02ba 00698 (complex_numbers.go:28)	CALL	runtime.printcomplex64(SB)
	0x02bf 00703 (complex_numbers.go:28)	NOP
	0x02c0 00704 (complex_numbers.go:28)	CALL	runtime.printsp(SB)
	0x02c5 00709 (complex_numbers.go:28)	MOVSS	$f32.400c0000(SB), X0
	0x02cd 00717 (complex_numbers.go:28)	MOVSS	$f32.bf400000(SB), X1
	0x02d5 00725 (complex_numbers.go:28)	CALL	runtime.printcomplex64(SB)
	0x02da 00730 (complex_numbers.go:28)	CALL	runtime.printsp(SB)
	0x02df 00735 (complex_numbers.go:28)	MOVSS	$f32.3fc00000(SB), X0
	0x02e7 00743 (complex_numbers.go:28)	CALL	runtime.printfloat32(SB)
	0x02ec 00748 (complex_numbers.go:28)	CALL	runtime.printnl(SB)
	0x02f1 00753 (complex_numbers.go:28)	CALL	runtime.printunlock(SB)
	0x02f6 00758 (complex_numbers.go:30)	CALL	runtime.printlock(SB)
	0x02fb 00763 (complex_numbers.go:30)	MOVL	$1, AX
	0x0300 00768 (complex_numbers.go:30)	CALL	runtime.printbool(SB)
	0x0305 00773 (complex_numbers.go:30)	CALL	runtime.printnl(SB)
	0x030a 00778 (complex_numbers.go:30)	CALL	runtime.printunlock(SB)
	0x030f 00783 (complex_numbers.go:33)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x0317 00791 (complex_numbers.go:33)	XORPS	X1, X1
	0x031a 00794 (complex_numbers.go:33)	MOVUPS	X1, X2
	0x031d 00797 (complex_numbers.go:33)	MOVUPS	X1, X3
	0x0320 00800 (complex_numbers.go:33)	CALL	main.div(SB)
	0x0325 00805 (complex_numbers.go:33)	MOVSD	X0, main..autotmp_70+112(SP)
	0x032b 00811 (complex_numbers.go:33)	MOVSD	X1, main..autotmp_71+104(SP)
	0x0331 00817 (complex_numbers.go:33)	XORPS	X0, X0
	0x0334 00820 (complex_numbers.go:33)	MOVUPS	X0, X1
	0x0337 00823 (complex_numbers.go:33)	MOVUPS	X0, X2
	0x033a 00826 (complex_numbers.go:33)	MOVUPS	X0, X3
	0x033d 00829 (complex_numbers.go:33)	NOP
	0x0340 00832 (complex_numbers.go:33)	CALL	main.div(SB)
	0x0345 00837 (complex_numbers.go:33)	MOVSD	X0, main..autotmp_72+96(SP)
	0x034b 00843 (complex_numbers.go:33)	MOVSD	X1, main..autotmp_73+88(SP)
	0x0351 00849 (complex_numbers.go:33)	CALL	runtime.printlock(SB)
	0x0356 00854 (complex_numbers.go:33)	MOVSD	main..autotmp_70+112(SP), X0
	0x035c 00860 (complex_numbers.go:33)	MOVSD	main..autotmp_71+104(SP), X1
	0x0362 00866 (complex_numbers.go:33)	CALL	runtime.printcomplex128(SB)
	0x0367 00871 (complex_numbers.go:33)	CALL	runtime.printsp(SB)
	0x036c 00876 (complex_numbers.go:33)	MOVSD	main..autotmp_72+96(SP), X0
	0x0372 00882 (complex_numbers.go:33)	MOVSD	main..autotmp_73+88(SP), X1
	0x0378 00888 (complex_numbers.go:33)	CALL	runtime.printcomplex128(SB)
	0x037d 00893 (complex_numbers.go:33)	NOP
	0x0380 00896 (complex_numbers.go:33)	CALL	runtime.printnl(SB)
	0x0385 00901 (complex_numbers.go:33)	CALL	runtime.printunlock(SB)
	0x038a 00906 (complex_numbers.go:37)	XORL	AX, AX
	0x038c 00908 (complex_numbers.go:37)	MOVQ	$-10, CX
	0x0393 00915 (complex_numbers.go:37)	JMP	928
	0x0395 00917 (complex_numbers.go:37)	INCQ	CX
	0x0398 00920 (complex_numbers.go:37)	NOP
	0x03a0 00928 (complex_numbers.go:37)	CMPQ	CX, $10
	0x03a4 00932 (complex_numbers.go:37)	JGT	1108
	0x03aa 00938 (complex_numbers.go:38)	MOVQ	$-20, DX
	0x03b1 00945 (complex_numbers.go:38)	JMP	960
	0x03b3 00947 (complex_numbers.go:48)	SETEQ	BL
	0x03b6 00950 (complex_numbers.go:48)	MOVBLZX	BL, BX
	0x03b9 00953 (complex_numbers.go:48)	ADDQ	BX, AX
	0x03bc 00956 (complex_numbers.go:38)	INCQ	DX
	0x03bf 00959 (complex_numbers.go:38)	NOP
	0x03c0 00960 (complex_numbers.go:38)	CMPQ	DX, $5
	0x03c4 00964 (complex_numbers.go:38)	JGT	917
	0x03c6 00966 (complex_numbers.go:39)	XORPS	X0, X0
	0x03c9 00969 (complex_numbers.go:39)	CVTSQ2SD	DX, X0
	0x03ce 00974 (complex_numbers.go:39)	XORPS	X1, X1
	0x03d1 00977 (complex_numbers.go:39)	CVTSQ2SD	CX, X1
	0x03d6 00982 (complex_numbers.go:39)	MOVSD	$f64.4024000000000000(SB), X2
	0x03de 00990 (complex_numbers.go:39)	DIVSD	X2, X0
	0x03e2 00994 (complex_numbers.go:39)	DIVSD	X2, X1
	0x03e6 00998 (complex_numbers.go:42)	XORL	BX, BX
	0x03e8 01000 (complex_numbers.go:42)	XORPS	X3, X3
	0x03eb 01003 (complex_numbers.go:42)	XORPS	X4, X4
	0x03ee 01006 (complex_numbers.go:42)	JMP	1017
	0x03f0 01008 (complex_numbers.go:42)	INCQ	BX
	0x03f3 01011 (complex_numbers.go:42)	MOVUPS	X5, X3
	0x03f6 01014 (complex_numbers.go:42)	MOVUPS	X6, X4
	0x03f9 01017 (complex_numbers.go:42)	CMPQ	BX, $50
	0x03fd 01021 (complex_numbers.go:42)	JGE	1095
	0x03ff 01023 (complex_numbers.go:43)	MOVUPS	X4, X5
	0x0402 01026 (complex_numbers.go:43)	MULSD	X3, X4
	0x0406 01030 (complex_numbers.go:43)	MULSD	X5, X5
	0x040a 01034 (complex_numbers.go:43)	ADDSD	X4, X4
	0x040e 01038 (complex_numbers.go:43)	MULSD	X3, X3
	0x0412 01042 (complex_numbers.go:43)	SUBSD	X5, X3
	0x0416 01046 (complex_numbers.go:43)	ADDSD	X0, X3
	0x041a 01050 (complex_numbers.go:43)	ADDSD	X1, X4
	0x041e 01054 (complex_numbers.go:44)	MOVUPS	X3, X5
	0x0421 01057 (complex_numbers.go:44)	MULSD	X3, X3
	0x0425 01061 (complex_numbers.go:44)	MOVUPS	X4, X6
	0x0428 01064 (complex_numbers.go:44)	MULSD	X4, X4
	0x042c 01068 (complex_numbers.go:44)	ADDSD	X3, X4
	0x0430 01072 (complex_numbers.go:44)	MOVSD	$f64.4010000000000000(SB), X3
	0x0438 01080 (complex_numbers.go:44)	UCOMISD	X3, X4
	0x043c 01084 (complex_numbers.go:44)	JLS	1008
	0x043e 01086 (complex_numbers.go:42)	CMPQ	BX, $50
	0x0442 01090 (complex_numbers.go:45)	JMP	947
	0x0447 01095 (complex_numbers.go:45)	MOVSD	$f64.4010000000000000(SB), X3
	0x044f 01103 (complex_numbers.go:42)	JMP	947
	0x0454 01108 (complex_numbers.go:37)	MOVQ	AX, main.inside+80(SP)
	0x0459 01113 (complex_numbers.go:53)	CALL	runtime.printlock(SB)
	0x045e 01118 (complex_numbers.go:53)	LEAQ	go:string."inside "(SB), AX
	0x0465 01125 (complex_numbers.go:53)	MOVL	$7, BX
	0x046a 01130 (complex_numbers.go:53)	CALL	runtime.printstring(SB)
	0x046f 01135 (complex_numbers.go:53)	MOVQ	main.inside+80(SP), AX
	0x0474 01140 (complex_numbers.go:53)	CALL	runtime.printint(SB)
	0x0479 01145 (complex_numbers.go:53)	CALL	runtime.printnl(SB)
	0x047e 01150 (complex_numbers.go:53)	NOP
	0x0480 01152 (complex_numbers.go:53)	CALL	runtime.printunlock(SB)
	0x0485 01157 (complex_numbers.go:54)	ADDQ	$120, SP
	0x0489 01161 (complex_numbers.go:54)	POPQ	BP
	0x048a 01162 (complex_numbers.go:54)	RET
	0x048b 01163 (complex_numbers.go:54)	NOP
	0x048b 01163 (complex_numbers.go:18)	PCDATA	$1, $-1
	0x048b 01163 (complex_numbers.go:18)	PCDATA	$0, $-2
	0x048b 01163 (complex_numbers.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x0490 01168 (complex_numbers.go:18)	PCDATA	$0, $-1
	0x0490 01168 (complex_numbers.go:18)	JMP	0
	0x0000 49 3b 66 10 0f 86 81 04 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 78 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 f2  .x..............
	0x0020 0f 10 0d 00 00 00 00 e8 00 00 00 00 e8 00 00 00  ................
	0x0030 00 f2 0f 10 05 00 00 00 00 f2 0f 10 0d 00 00 00  ................
	0x0040 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0050 f2 0f 10 05 00 00 00 00 f2 0f 10 0d 00 00 00 00  ................
	0x0060 f2 0f 10 15 00 00 00 00 f2 0f 10 1d 00 00 00 00  ................
	0x0070 e8 00 00 00 00 f2 0f 11 44 24 70 f2 0f 11 4c 24  ........D$p...L$
	0x0080 68 f2 0f 10 05 00 00 00 00 f2 0f 10 0d 00 00 00  h...............
	0x0090 00 f2 0f 10 15 00 00 00 00 f2 0f 10 1d 00 00 00  ................
	0x00a0 00 e8 00 00 00 00 f2 0f 11 44 24 60 f2 0f 11 4c  .........D$`...L
	0x00b0 24 58 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 f2  $X..............
	0x00c0 0f 10 0d 00 00 00 00 e8 00 00 00 00 e8 00 00 00  ................
	0x00d0 00 f2 0f 10 05 00 00 00 00 f2 0f 10 0d 00 00 00  ................
	0x00e0 00 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24  ..............D$
	0x00f0 70 f2 0f 10 4c 24 68 e8 00 00 00 00 0f 1f 40 00  p...L$h.......@.
	0x0100 e8 00 00 00 00 f2 0f 10 44 24 60 f2 0f 10 4c 24  ........D$`...L$
	0x0110 58 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  X............D..
	0x0120 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x0130 00 00 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05  ................
	0x0140 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 f2 0f  ................
	0x0150 10 05 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0160 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0170 01 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 01  ................
	0x0180 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  ................
	0x0190 00 00 f2 0f 10 05 00 00 00 00 0f 57 c9 31 c0 90  ...........W.1..
	0x01a0 eb 1f 0f 57 d2 f2 0f 59 d1 0f 57 db f2 0f 59 d8  ...W...Y..W...Y.
	0x01b0 f2 0f 5c d9 f2 0f 58 d0 48 ff c0 0f 10 ca 0f 10  ..\...X.H.......
	0x01c0 c3 48 83 f8 02 7c db 0f 57 d2 31 c0 f2 0f 10 1d  .H...|..W.1.....
	0x01d0 00 00 00 00 eb 1f 0f 57 e4 f2 0f 59 e2 0f 57 ed  .......W...Y..W.
	0x01e0 f2 0f 59 eb f2 0f 5c ea f2 0f 58 e3 48 ff c0 0f  ..Y...\...X.H...
	0x01f0 10 d4 0f 10 dd 48 83 f8 03 7c db f2 0f 10 25 00  .....H...|....%.
	0x0200 00 00 00 31 c0 0f 57 ed eb 16 0f 10 f5 f2 0f 58  ...1..W........X
	0x0210 f4 f2 0f 5c e5 48 ff c0 0f 10 ee 0f 1f 44 00 00  ...\.H.......D..
	0x0220 48 83 f8 08 7c e4 f2 0f 11 6c 24 38 f2 0f 11 64  H...|....l$8...d
	0x0230 24 20 f2 0f 11 4c 24 48 f2 0f 11 54 24 40 f2 0f  $ ...L$H...T$@..
	0x0240 11 5c 24 28 f2 0f 11 44 24 30 e8 00 00 00 00 f2  .\$(...D$0......
	0x0250 0f 10 44 24 30 f2 0f 10 4c 24 48 0f 1f 44 00 00  ..D$0...L$H..D..
	0x0260 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24 28  .............D$(
	0x0270 f2 0f 10 4c 24 40 e8 00 00 00 00 0f 1f 44 00 00  ...L$@.......D..
	0x0280 e8 00 00 00 00 f2 0f 10 44 24 20 f2 0f 10 4c 24  ........D$ ...L$
	0x0290 38 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  8............D..
	0x02a0 e8 00 00 00 00 e8 00 00 00 00 f3 0f 10 05 00 00  ................
	0x02b0 00 00 f3 0f 10 0d 00 00 00 00 e8 00 00 00 00 90  ................
	0x02c0 e8 00 00 00 00 f3 0f 10 05 00 00 00 00 f3 0f 10  ................
	0x02d0 0d 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 f3  ................
	0x02e0 0f 10 05 00 00 00 00 e8 00 00 00 00 e8 00 00 00  ................
	0x02f0 00 e8 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00  ................
	0x0300 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 f2  ................
	0x0310 0f 10 05 00 00 00 00 0f 57 c9 0f 10 d1 0f 10 d9  ........W.......
	0x0320 e8 00 00 00 00 f2 0f 11 44 24 70 f2 0f 11 4c 24  ........D$p...L$
	0x0330 68 0f 57 c0 0f 10 c8 0f 10 d0 0f 10 d8 0f 1f 00  h.W.............
	0x0340 e8 00 00 00 00 f2 0f 11 44 24 60 f2 0f 11 4c 24  ........D$`...L$
	0x0350 58 e8 00 00 00 00 f2 0f 10 44 24 70 f2 0f 10 4c  X........D$p...L
	0x0360 24 68 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44  $h.............D
	0x0370 24 60 f2 0f 10 4c 24 58 e8 00 00 00 00 0f 1f 00  $`...L$X........
	0x0380 e8 00 00 00 00 e8 00 00 00 00 31 c0 48 c7 c1 f6  ..........1.H...
	0x0390 ff ff ff eb 0b 48 ff c1 0f 1f 84 00 00 00 00 00  .....H..........
	0x03a0 48 83 f9 0a 0f 8f aa 00 00 00 48 c7 c2 ec ff ff  H.........H.....
	0x03b0 ff eb 0d 0f 94 c3 0f b6 db 48 01 d8 48 ff c2 90  .........H..H...
	0x03c0 48 83 fa 05 7f cf 0f 57 c0 f2 48 0f 2a c2 0f 57  H......W..H.*..W
	0x03d0 c9 f2 48 0f 2a c9 f2 0f 10 15 00 00 00 00 f2 0f  ..H.*...........
	0x03e0 5e c2 f2 0f 5e ca 31 db 0f 57 db 0f 57 e4 eb 09  ^...^.1..W..W...
	0x03f0 48 ff c3 0f 10 dd 0f 10 e6 48 83 fb 32 7d 48 0f  H........H..2}H.
	0x0400 10 ec f2 0f 59 e3 f2 0f 59 ed f2 0f 58 e4 f2 0f  ....Y...Y...X...
	0x0410 59 db f2 0f 5c dd f2 0f 58 d8 f2 0f 58 e1 0f 10  Y...\...X...X...
	0x0420 eb f2 0f 59 db 0f 10 f4 f2 0f 59 e4 f2 0f 58 e3  ...Y......Y...X.
	0x0430 f2 0f 10 1d 00 00 00 00 66 0f 2e e3 76 b2 48 83  ........f...v.H.
	0x0440 fb 32 e9 6c ff ff ff f2 0f 10 1d 00 00 00 00 e9  .2.l............
	0x0450 5f ff ff ff 48 89 44 24 50 e8 00 00 00 00 48 8d  _...H.D$P.....H.
	0x0460 05 00 00 00 00 bb 07 00 00 00 e8 00 00 00 00 48  ...............H
	0x0470 8b 44 24 50 e8 00 00 00 00 e8 00 00 00 00 66 90  .D$P..........f.
	0x0480 e8 00 00 00 00 48 83 c4 78 5d c3 e8 00 00 00 00  .....H..x]......
	0x0490 e9 6b fb ff ff                                   .k...
	rel 19+4 t=R_CALL runtime.printlock+0
	rel 27+4 t=R_PCREL $f64.4008000000000000+0
	rel 35+4 t=R_PCREL $f64.4010000000000000+0
	rel 40+4 t=R_CALL runtime.printcomplex128+0
	rel 45+4 t=R_CALL runtime.printsp+0
	rel 53+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 61+4 t=R_PCREL $f64.c000000000000000+0
	rel 66+4 t=R_CALL runtime.printcomplex128+0
	rel 71+4 t=R_CALL runtime.printnl+0
	rel 76+4 t=R_CALL runtime.printunlock+0
	rel 84+4 t=R_PCREL $f64.4008000000000000+0
	rel 92+4 t=R_PCREL $f64.4010000000000000+0
	rel 100+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 108+4 t=R_PCREL $f64.c000000000000000+0
	rel 113+4 t=R_CALL main.mul+0
	rel 133+4 t=R_PCREL $f64.4008000000000000+0
	rel 141+4 t=R_PCREL $f64.4010000000000000+0
	rel 149+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 157+4 t=R_PCREL $f64.c000000000000000+0
	rel 162+4 t=R_CALL main.div+0
	rel 179+4 t=R_CALL runtime.printlock+0
	rel 187+4 t=R_PCREL $f64.4010000000000000+0
	rel 195+4 t=R_PCREL $f64.4000000000000000+0
	rel 200+4 t=R_CALL runtime.printcomplex128+0
	rel 205+4 t=R_CALL runtime.printsp+0
	rel 213+4 t=R_PCREL $f64.4000000000000000+0
	rel 221+4 t=R_PCREL $f64.4018000000000000+0
	rel 226+4 t=R_CALL runtime.printcomplex128+0
	rel 231+4 t=R_CALL runtime.printsp+0
	rel 248+4 t=R_CALL runtime.printcomplex128+0
	rel 257+4 t=R_CALL runtime.printsp+0
	rel 274+4 t=R_CALL runtime.printcomplex128+0
	rel 279+4 t=R_CALL runtime.printnl+0
	rel 289+4 t=R_CALL runtime.printunlock+0
	rel 294+4 t=R_CALL runtime.printlock+0
	rel 302+4 t=R_PCREL $f64.4008000000000000+0
	rel 307+4 t=R_CALL runtime.printfloat64+0
	rel 312+4 t=R_CALL runtime.printsp+0
	rel 320+4 t=R_PCREL $f64.4010000000000000+0
	rel 325+4 t=R_CALL runtime.printfloat64+0
	rel 330+4 t=R_CALL runtime.printsp+0
	rel 338+4 t=R_PCREL $f64.4039000000000000+0
	rel 343+4 t=R_CALL runtime.printfloat64+0
	rel 353+4 t=R_CALL runtime.printnl+0
	rel 358+4 t=R_CALL runtime.printunlock+0
	rel 363+4 t=R_CALL runtime.printlock+0
	rel 373+4 t=R_CALL runtime.printbool+0
	rel 378+4 t=R_CALL runtime.printsp+0
	rel 388+4 t=R_CALL runtime.printbool+0
	rel 393+4 t=R_CALL runtime.printnl+0
	rel 398+4 t=R_CALL runtime.printunlock+0
	rel 406+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 464+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 511+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 587+4 t=R_CALL runtime.printlock+0
	rel 609+4 t=R_CALL runtime.printcomplex128+0
	rel 614+4 t=R_CALL runtime.printsp+0
	rel 631+4 t=R_CALL runtime.printcomplex128+0
	rel 641+4 t=R_CALL runtime.printsp+0
	rel 658+4 t=R_CALL runtime.printcomplex128+0
	rel 663+4 t=R_CALL runtime.printnl+0
	rel 673+4 t=R_CALL runtime.printunlock+0
	rel 678+4 t=R_CALL runtime.printlock+0
	rel 686+4 t=R_PCREL $f32.3fc00000+0
	rel 694+4 t=R_PCREL $f32.be800000+0
	rel 699+4 t=R_CALL runtime.printcomplex64+0
	rel 705+4 t=R_CALL runtime.printsp+0
	rel 713+4 t=R_PCREL $f32.400c0000+0
	rel 721+4 t=R_PCREL $f32.bf400000+0
	rel 726+4 t=R_CALL runtime.printcomplex64+0
	rel 731+4 t=R_CALL runtime.printsp+0
	rel 739+4 t=R_PCREL $f32.3fc00000+0
	rel 744+4 t=R_CALL runtime.printfloat32+0
	rel 749+4 t=R_CALL runtime.printnl+0
	rel 754+4 t=R_CALL runtime.printunlock+0
	rel 759+4 t=R_CALL runtime.printlock+0
	rel 769+4 t=R_CALL runtime.printbool+0
	rel 774+4 t=R_CALL runtime.printnl+0
	rel 779+4 t=R_CALL runtime.printunlock+0
	rel 787+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 801+4 t=R_CALL main.div+0
	rel 833+4 t=R_CALL main.div+0
	rel 850+4 t=R_CALL runtime.printlock+0
	rel 867+4 t=R_CALL runtime.printcomplex128+0
	rel 872+4 t=R_CALL runtime.printsp+0
	rel 889+4 t=R_CALL runtime.printcomplex128+0
	rel 897+4 t=R_CALL runtime.printnl+0
	rel 902+4 t=R_CALL runtime.printunlock+0
	rel 986+4 t=R_PCREL $f64.4024000000000000+0
	rel 1076+4 t=R_PCREL $f64.4010000000000000+0
	rel 1099+4 t=R_PCREL $f64.4010000000000000+0
	rel 1114+4 t=R_CALL runtime.printlock+0
	rel 1121+4 t=R_PCREL go:string."inside "+0
	rel 1131+4 t=R_CALL runtime.printstring+0
	rel 1141+4 t=R_CALL runtime.printint+0
	rel 1146+4 t=R_CALL runtime.printnl+0
	rel 1153+4 t=R_CALL runtime.printunlock+0
	rel 1164+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.pow$abstract SDWARFABSFCN dupok size=46 align=0x0
	0x0000 05 6d 61 69 6e 2e 70 6f 77 00 01 0a 01 22 7a 00  .main.pow...."z.
	0x0010 00 00 00 00 00 22 6e 00 00 00 00 00 00 21 72 00  ....."n......!r.
	0x0020 0b 00 00 00 00 21 69 00 0c 00 00 00 00 00        .....!i.......
	rel 17+4 t=R_DWARFSECREF go:info.complex128+0
	rel 25+4 t=R_DWARFSECREF go:info.int+0
	rel 33+4 t=R_DWARFSECREF go:info.complex128+0
	rel 41+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."inside" SRODATA dupok size=6 align=0x1
	0x0000 69 6e 73 69 64 65                                inside
go:string."inside " SRODATA dupok size=7 align=0x1
	0x0000 69 6e 73 69 64 65 20                             inside 
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.mul.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 fd fe 10 08 18 08 fd ff           .............
main.mul.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.div.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 fd fe 10 08 18 08 fd ff           .............
main.div.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.pow.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 ff                       .........
main.pow.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f32.3fc00000 SRODATA size=4 align=0x4
	0x0000 00 00 c0 3f                                      ...?
$f32.400c0000 SRODATA size=4 align=0x4
	0x0000 00 00 0c 40                                      ...@
$f32.be800000 SRODATA size=4 align=0x4
	0x0000 00 00 80 be                                      ....
$f32.bf400000 SRODATA size=4 align=0x4
	0x0000 00 00 40 bf                                      ..@.
$f64.3ff0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
$f64.4000000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 40                          .......@
$f64.4008000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 08 40                          .......@
$f64.4010000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 10 40                          .......@
$f64.4018000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 18 40                          .......@
$f64.4024000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 24 40                          ......$@
$f64.4039000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 39 40                          ......9@
$f64.c000000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 c0                          ........
