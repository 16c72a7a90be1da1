funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:34)	TEXT	main.main(SB), ABIInternal, $416-0
     0        00000 (closure_higher_order.go:34)	TEXT	main.main(SB), ABIInternal, $416-0
     0     -1 00000 (closure_higher_order.go:34)	LEAQ	-288(SP), R12
     8        00008 (closure_higher_order.go:34)	CMPQ	R12, 16(R14)
     c        00012 (closure_higher_order.go:34)	PCDATA	$0, $-2
     c        00012 (closure_higher_order.go:34)	JLS	1095
    12        00018 (closure_higher_order.go:34)	PCDATA	$0, $-1
    12        00018 (closure_higher_order.go:34)	PUSHQ	BP
    13        00019 (closure_higher_order.go:34)	MOVQ	SP, BP
    16        00022 (closure_higher_order.go:34)	SUBQ	$408, SP
    1d        00029 (closure_higher_order.go:34)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
    1d        00029 (closure_higher_order.go:34)	FUNCDATA	$1, gclocals·HJPlQ/0CCMxuEl3RqE80Jw==(SB)
    1d        00029 (closure_higher_order.go:34)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (closure_higher_order.go:35)	MOVQ	$1, main..autotmp_70+272(SP)
    29        00041 (closure_higher_order.go:35)	MOVQ	$2, main..autotmp_70+280(SP)
    35        00053 (closure_higher_order.go:35)	MOVQ	$3, main..autotmp_70+288(SP)
    41        00065 (closure_higher_order.go:35)	MOVQ	$4, main..autotmp_70+296(SP)
    4d        00077 (closure_higher_order.go:35)	MOVQ	$5, main..autotmp_70+304(SP)
    59        00089 (closure_higher_order.go:35)	MOVQ	$6, main..autotmp_70+312(SP)
    65        00101 (closure_higher_order.go:35)	MOVQ	$7, main..autotmp_70+320(SP)
    71        00113 (closure_higher_order.go:35)	MOVQ	$8, main..autotmp_70+328(SP)
    7d        00125 (closure_higher_order.go:35)	MOVQ	$9, main..autotmp_70+336(SP)
    89        00137 (closure_higher_order.go:35)	MOVQ	$10, main..autotmp_70+344(SP)
    95        00149 (closure_higher_order.go:36)	XCHGL	AX, AX
    96      0 00150 (closure_higher_order.go:36)	LEAQ	main..autotmp_71+192(SP), AX
    9e        00158 (closure_higher_order.go:36)	MOVUPS	X15, (AX)
    a2        00162 (closure_higher_order.go:36)	MOVUPS	X15, 16(AX)
    a7        00167 (closure_higher_order.go:36)	MOVUPS	X15, 32(AX)
    ac        00172 (closure_higher_order.go:36)	MOVUPS	X15, 48(AX)
    b1        00177 (closure_higher_order.go:36)	MOVUPS	X15, 64(AX)
    b6        00182 (closure_higher_order.go:36)	XORL	DX, DX
    b8        00184 (closure_higher_order.go:36)	MOVL	$10, R8
    be        00190 (closure_higher_order.go:36)	XORL	R9, R9
    c1        00193 (closure_higher_order.go:36)	XORL	CX, CX
    c3        00195 (closure_higher_order.go:36)	JMP	212
    c5      1 00197 (closure_higher_order.go:36)	IMULQ	R10, R10
    c9      0 00201 (closure_higher_order.go:36)	MOVQ	R10, -8(AX)(BX*8)
    ce        00206 (closure_higher_order.go:36)	INCQ	DX
    d1        00209 (closure_higher_order.go:36)	MOVQ	BX, CX
    d4        00212 (closure_higher_order.go:36)	CMPQ	DX, $10
    d8        00216 (closure_higher_order.go:36)	JGE	357
    de        00222 (closure_higher_order.go:36)	LEAQ	1(CX), BX
    e2        00226 (closure_higher_order.go:36)	MOVQ	main..autotmp_70+272(SP)(DX*8), R10
    ea        00234 (<unknown line number>)	NOP
    ea        00234 (closure_higher_order.go:36)	CMPQ	R8, BX
    ed        00237 (closure_higher_order.go:36)	JCC	197
    ef        00239 (closure_higher_order.go:36)	MOVQ	DX, main..autotmp_124+360(SP)
    f7        00247 (closure_higher_order.go:36)	MOVQ	R10, main.x+88(SP)
    fc        00252 (closure_higher_order.go:36)	MOVB	R9B, main..autotmp_125+71(SP)
   101        00257 (closure_higher_order.go:36)	CMPQ	BX, $4
   105        00261 (closure_higher_order.go:36)	JGT	304
   107        00263 (closure_higher_order.go:36)	TESTB	R9B, R9B
   10a        00266 (closure_higher_order.go:36)	JNE	304
   10c        00268 (closure_higher_order.go:36)	TESTQ	CX, CX
   10f        00271 (closure_higher_order.go:36)	JNE	304
   111        00273 (closure_higher_order.go:36)	LEAQ	main..autotmp_88+160(SP), AX
   119        00281 (closure_higher_order.go:36)	MOVUPS	X15, (AX)
   11d        00285 (closure_higher_order.go:36)	MOVUPS	X15, 16(AX)
   122        00290 (closure_higher_order.go:36)	MOVL	$4, R8
   128        00296 (closure_higher_order.go:36)	MOVL	$1, R9
   12e        00302 (closure_higher_order.go:36)	JMP	197
   130        00304 (closure_higher_order.go:36)	MOVQ	R8, CX
   133        00307 (closure_higher_order.go:36)	MOVL	$1, DI
   138        00312 (closure_higher_order.go:36)	LEAQ	type:int(SB), SI
   13f        00319 (closure_higher_order.go:36)	PCDATA	$1, $0
   13f        00319 (closure_higher_order.go:36)	NOP
   140        00320 (closure_higher_order.go:36)	CALL	runtime.growslice(SB)
   145        00325 (closure_higher_order.go:36)	MOVQ	main..autotmp_124+360(SP), DX
   14d      1 00333 (closure_higher_order.go:36)	MOVQ	main.x+88(SP), R10
   152      0 00338 (closure_higher_order.go:36)	MOVQ	CX, R8
   155        00341 (closure_higher_order.go:36)	MOVBLZX	main..autotmp_125+71(SP), R9
   15b        00347 (closure_higher_order.go:36)	NOP
   160        00352 (closure_higher_order.go:36)	JMP	197
   165        00357 (closure_higher_order.go:36)	MOVQ	CX, main.out.len+112(SP)
   16a        00362 (closure_higher_order.go:36)	MOVQ	AX, main.out.ptr+376(SP)
   172        00370 (<unknown line number>)	NOP
   172      2 00370 (closure_higher_order.go:37)	XORL	DX, DX
   174        00372 (closure_higher_order.go:37)	XORL	R8, R8
   177        00375 (closure_higher_order.go:37)	XORL	R9, R9
   17a        00378 (closure_higher_order.go:37)	XORL	R10, R10
   17d        00381 (closure_higher_order.go:37)	XORL	R11, R11
   180        00384 (closure_higher_order.go:37)	JMP	392
   182        00386 (closure_higher_order.go:37)	INCQ	R8
   185        00389 (closure_higher_order.go:37)	MOVQ	BX, R10
   188        00392 (closure_higher_order.go:37)	CMPQ	R8, CX
   18b        00395 (closure_higher_order.go:37)	JGE	575
   191        00401 (closure_higher_order.go:37)	MOVQ	(AX)(R8*8), R12
   195        00405 (<unknown line number>)	NOP
   195      3 00405 (closure_higher_order.go:37)	BTL	$0, R12
   19a        00410 (closure_higher_order.go:37)	NOP
   1a0      2 00416 (closure_higher_order.go:37)	JCS	567
   1a6        00422 (closure_higher_order.go:37)	LEAQ	1(R10), BX
   1aa        00426 (closure_higher_order.go:37)	CMPQ	R9, BX
   1ad        00429 (closure_higher_order.go:37)	JCC	557
   1b3        00435 (closure_higher_order.go:37)	MOVQ	R8, main..autotmp_124+360(SP)
   1bb        00443 (closure_higher_order.go:37)	MOVQ	R12, main.x+80(SP)
   1c0        00448 (closure_higher_order.go:37)	MOVB	DL, main..autotmp_126+70(SP)
   1c4        00452 (closure_higher_order.go:37)	CMPQ	BX, $4
   1c8        00456 (closure_higher_order.go:37)	JGT	497
   1ca        00458 (closure_higher_order.go:37)	TESTB	DL, DL
   1cc        00460 (closure_higher_order.go:37)	JNE	497
   1ce        00462 (closure_higher_order.go:37)	TESTQ	R10, R10
   1d1        00465 (closure_higher_order.go:37)	JNE	497
   1d3        00467 (closure_higher_order.go:37)	LEAQ	main..autotmp_90+128(SP), R11
   1db        00475 (closure_higher_order.go:37)	MOVUPS	X15, (R11)
   1df        00479 (closure_higher_order.go:37)	MOVUPS	X15, 16(R11)
   1e4        00484 (closure_higher_order.go:37)	MOVL	$4, R9
   1ea        00490 (closure_higher_order.go:37)	MOVL	$1, DX
   1ef        00495 (closure_higher_order.go:37)	JMP	557
   1f1        00497 (closure_higher_order.go:37)	MOVQ	R11, AX
   1f4        00500 (closure_higher_order.go:37)	MOVQ	R9, CX
   1f7        00503 (closure_higher_order.go:37)	MOVL	$1, DI
   1fc        00508 (closure_higher_order.go:37)	LEAQ	type:int(SB), SI
   203        00515 (closure_higher_order.go:37)	PCDATA	$1, $1
   203        00515 (closure_higher_order.go:37)	CALL	runtime.growslice(SB)
   208        00520 (closure_higher_order.go:37)	MOVQ	main..autotmp_124+360(SP), R8
   210        00528 (closure_higher_order.go:37)	MOVQ	main.x+80(SP), R12
   215        00533 (closure_higher_order.go:37)	MOVQ	AX, R11
   218        00536 (closure_higher_order.go:37)	MOVQ	CX, R9
   21b        00539 (closure_higher_order.go:37)	MOVBLZX	main..autotmp_126+70(SP), DX
   220        00544 (closure_higher_order.go:37)	MOVQ	main.out.ptr+376(SP), AX
   228        00552 (closure_higher_order.go:37)	MOVQ	main.out.len+112(SP), CX
   22d        00557 (closure_higher_order.go:37)	MOVQ	R12, -8(R11)(BX*8)
   232        00562 (closure_higher_order.go:37)	JMP	386
   237     -1 00567 (<unknown line number>)	MOVQ	R10, BX
   23a      2 00570 (closure_higher_order.go:37)	JMP	386
   23f     -1 00575 (closure_higher_order.go:37)	LEAQ	+424(FP), DX
   247        00583 (closure_higher_order.go:37)	SUBQ	SP, DX
   24a        00586 (closure_higher_order.go:37)	MOVQ	R11, BX
   24d        00589 (closure_higher_order.go:37)	SUBQ	SP, R11
   250        00592 (closure_higher_order.go:37)	CMPQ	R11, DX
   253        00595 (closure_higher_order.go:37)	JCC	619
   255        00597 (closure_higher_order.go:37)	MOVL	$8, AX
   25a        00602 (closure_higher_order.go:37)	MOVQ	R10, CX
   25d        00605 (closure_higher_order.go:37)	PCDATA	$1, $0
   25d        00605 (closure_higher_order.go:37)	NOP
   260        00608 (closure_higher_order.go:37)	CALL	runtime.moveSliceNoCapNoScan(SB)
   265        00613 (closure_higher_order.go:37)	MOVQ	BX, R10
   268        00616 (closure_higher_order.go:37)	MOVQ	AX, BX
   26b        00619 (closure_higher_order.go:38)	XCHGL	AX, AX
   26c      4 00620 (closure_higher_order.go:38)	XORL	AX, AX
   26e        00622 (closure_higher_order.go:38)	XORL	CX, CX
   270        00624 (closure_higher_order.go:38)	JMP	634
   272        00626 (closure_higher_order.go:38)	XCHGL	AX, AX
   273      5 00627 (closure_higher_order.go:38)	ADDQ	(BX)(CX*8), AX
   277      4 00631 (closure_higher_order.go:38)	INCQ	CX
   27a        00634 (closure_higher_order.go:38)	CMPQ	CX, R10
   27d        00637 (closure_higher_order.go:38)	JLT	626
   27f     -1 00639 (closure_higher_order.go:37)	MOVQ	BX, main.out.ptr+368(SP)
   287        00647 (closure_higher_order.go:37)	MOVQ	R10, main.out.len+104(SP)
   28c      4 00652 (closure_higher_order.go:38)	MOVQ	AX, main.acc+120(SP)
   291        00657 (closure_higher_order.go:39)	PCDATA	$1, $2
   291     -1 00657 (closure_higher_order.go:39)	CALL	runtime.printlock(SB)
   296        00662 (closure_higher_order.go:39)	LEAQ	go:string."even squares sum "(SB), AX
   29d        00669 (closure_higher_order.go:39)	MOVL	$17, BX
   2a2        00674 (closure_higher_order.go:39)	CALL	runtime.printstring(SB)
   2a7        00679 (closure_higher_order.go:39)	MOVQ	main.acc+120(SP), AX
   2ac        00684 (closure_higher_order.go:39)	CALL	runtime.printint(SB)
   2b1        00689 (closure_higher_order.go:39)	CALL	runtime.printnl(SB)
   2b6        00694 (closure_higher_order.go:39)	CALL	runtime.printunlock(SB)
   2bb        00699 (closure_higher_order.go:39)	XORL	AX, AX
   2bd        00701 (closure_higher_order.go:40)	JMP	764
   2bf        00703 (closure_higher_order.go:40)	MOVQ	AX, main..autotmp_124+360(SP)
   2c7        00711 (closure_higher_order.go:40)	MOVQ	main.out.ptr+368(SP), CX
   2cf        00719 (closure_higher_order.go:40)	MOVQ	(CX)(AX*8), AX
   2d3        00723 (closure_higher_order.go:40)	MOVQ	AX, main.v+96(SP)
   2d8        00728 (closure_higher_order.go:41)	CALL	runtime.printlock(SB)
   2dd        00733 (closure_higher_order.go:41)	MOVQ	main.v+96(SP), AX
   2e2        00738 (closure_higher_order.go:41)	CALL	runtime.printint(SB)
   2e7        00743 (closure_higher_order.go:41)	CALL	runtime.printsp(SB)
   2ec        00748 (closure_higher_order.go:41)	CALL	runtime.printunlock(SB)
   2f1        00753 (closure_higher_order.go:40)	MOVQ	main..autotmp_124+360(SP), AX
   2f9        00761 (closure_higher_order.go:40)	INCQ	AX
   2fc        00764 (closure_higher_order.go:40)	MOVQ	main.out.len+104(SP), CX
   301        00769 (closure_higher_order.go:40)	CMPQ	AX, CX
   304        00772 (closure_higher_order.go:40)	JLT	703
   306        00774 (closure_higher_order.go:43)	PCDATA	$1, $0
   306        00774 (closure_higher_order.go:43)	CALL	runtime.printlock(SB)
   30b        00779 (closure_higher_order.go:43)	CALL	runtime.printnl(SB)
   310        00784 (closure_higher_order.go:43)	CALL	runtime.printunlock(SB)
   315        00789 (closure_higher_order.go:46)	LEAQ	main.main.func4(SB), AX
   31c        00796 (closure_higher_order.go:46)	MOVQ	AX, main..autotmp_81+392(SP)
   324        00804 (closure_higher_order.go:46)	LEAQ	main.fact+384(SP), AX
   32c        00812 (closure_higher_order.go:46)	MOVQ	AX, main..autotmp_81+400(SP)
   334        00820 (closure_higher_order.go:46)	LEAQ	main..autotmp_81+392(SP), DX
   33c        00828 (closure_higher_order.go:46)	MOVQ	DX, main.fact+384(SP)
   344        00836 (closure_higher_order.go:52)	MOVQ	main..autotmp_81+392(SP), AX
   34c        00844 (closure_higher_order.go:52)	MOVQ	AX, CX
   34f        00847 (closure_higher_order.go:52)	MOVL	$10, AX
   354        00852 (closure_higher_order.go:52)	PCDATA	$1, $3
   354        00852 (closure_higher_order.go:52)	CALL	CX
   356        00854 (closure_higher_order.go:52)	MOVQ	AX, main..autotmp_124+360(SP)
   35e        00862 (closure_higher_order.go:52)	MOVQ	main.fact+384(SP), DX
   366        00870 (closure_higher_order.go:52)	MOVQ	(DX), AX
   369        00873 (closure_higher_order.go:52)	MOVQ	AX, CX
   36c        00876 (closure_higher_order.go:52)	MOVL	$20, AX
   371        00881 (closure_higher_order.go:52)	PCDATA	$1, $0
   371        00881 (closure_higher_order.go:52)	CALL	CX
   373        00883 (closure_higher_order.go:52)	MOVQ	AX, main..autotmp_127+352(SP)
   37b        00891 (closure_higher_order.go:52)	NOP
   380        00896 (closure_higher_order.go:52)	CALL	runtime.printlock(SB)
   385        00901 (closure_higher_order.go:52)	LEAQ	go:string."10! = "(SB), AX
   38c        00908 (closure_higher_order.go:52)	MOVL	$6, BX
   391        00913 (closure_higher_order.go:52)	CALL	runtime.printstring(SB)
   396        00918 (closure_higher_order.go:52)	MOVQ	main..autotmp_124+360(SP), AX
   39e        00926 (closure_higher_order.go:52)	NOP
   3a0        00928 (closure_higher_order.go:52)	CALL	runtime.printint(SB)
   3a5        00933 (closure_higher_order.go:52)	LEAQ	go:string." 20! = "(SB), AX
   3ac        00940 (closure_higher_order.go:52)	MOVL	$7, BX
   3b1        00945 (closure_higher_order.go:52)	CALL	runtime.printstring(SB)
   3b6        00950 (closure_higher_order.go:52)	MOVQ	main..autotmp_127+352(SP), AX
   3be        00958 (closure_higher_order.go:52)	NOP
   3c0        00960 (closure_higher_order.go:52)	CALL	runtime.printint(SB)
   3c5        00965 (closure_higher_order.go:52)	CALL	runtime.printnl(SB)
   3ca        00970 (closure_higher_order.go:52)	CALL	runtime.printunlock(SB)
   3cf      7 00975 (closure_higher_order.go:58)	MOVQ	main.main.func5·f(SB), AX
   3d6        00982 (<unknown line number>)	NOP
   3d6        00982 (<unknown line number>)	NOP
   3d6        00982 (<unknown line number>)	NOP
   3d6      8 00982 (closure_higher_order.go:58)	XCHGL	AX, AX
   3d7      9 00983 (closure_higher_order.go:58)	XCHGL	AX, AX
   3d8      6 00984 (closure_higher_order.go:58)	XCHGL	AX, AX
   3d9      7 00985 (closure_higher_order.go:58)	LEAQ	main.main.func5·f(SB), DX
   3e0        00992 (closure_higher_order.go:58)	MOVQ	AX, CX
   3e3        00995 (closure_higher_order.go:58)	MOVL	$1, AX
   3e8        01000 (closure_higher_order.go:58)	CALL	CX
   3ea     10 01002 (closure_higher_order.go:58)	MOVQ	main.main.func5·f(SB), CX
   3f1     11 01009 (closure_higher_order.go:58)	LEAQ	(AX)(AX*8), AX
   3f5      6 01013 (closure_higher_order.go:58)	XCHGL	AX, AX
   3f6        01014 (<unknown line number>)	NOP
   3f6     10 01014 (closure_higher_order.go:58)	LEAQ	main.main.func5·f(SB), DX
   3fd        01021 (closure_higher_order.go:58)	CALL	CX
   3ff        01023 (closure_higher_order.go:58)	MOVQ	AX, main.~r0+72(SP)
   404     -1 01028 (closure_higher_order.go:58)	CALL	runtime.printlock(SB)
   409        01033 (closure_higher_order.go:58)	MOVL	$16, AX
   40e        01038 (closure_higher_order.go:58)	CALL	runtime.printint(SB)
   413        01043 (closure_higher_order.go:58)	CALL	runtime.printsp(SB)
   418        01048 (closure_higher_order.go:58)	MOVL	$18, AX
   41d        01053 (closure_higher_order.go:58)	NOP
   420        01056 (closure_higher_order.go:58)	CALL	runtime.printint(SB)
   425        01061 (closure_higher_order.go:58)	CALL	runtime.printsp(SB)
   42a        01066 (closure_higher_order.go:58)	MOVQ	main.~r0+72(SP), AX
   42f        01071 (closure_higher_order.go:58)	CALL	runtime.printint(SB)
   434        01076 (closure_higher_order.go:58)	CALL	runtime.printnl(SB)
   439        01081 (closure_higher_order.go:58)	CALL	runtime.printunlock(SB)
   43e        01086 (closure_higher_order.go:59)	ADDQ	$408, SP
   445        01093 (closure_higher_order.go:59)	POPQ	BP
   446        01094 (closure_higher_order.go:59)	RET
   447        01095 (closure_higher_order.go:59)	NOP
   447        01095 (closure_higher_order.go:34)	PCDATA	$1, $-1
   447        01095 (closure_higher_order.go:34)	PCDATA	$0, $-2
   447        01095 (closure_higher_order.go:34)	CALL	runtime.morestack_noctxt(SB)
   44c        01100 (closure_higher_order.go:34)	PCDATA	$0, $-1
   44c        01100 (closure_higher_order.go:34)	JMP	0
   451 done
wrote 61 bytes to 0x0
 00 96 01 02 2f 02 04 01 84 01 02 05 01 20 04 23 02 0b 01 97 01 05 03 06 05 05 2d 0a 07 02 04 01 08 09 0d 0a 05 09 be 02 10 07 02 01 02 01 05 01 02 11 06 07 02 04 09 01 08 0e 15 4d 00
-- inlining tree for main.main:
0 | -1 | main.mapInts (closure_higher_order.go:36:15) pc=149
1 | 0 | main.main.func1 (closure_higher_order.go:7:22) pc=201
2 | -1 | main.filter (closure_higher_order.go:37:14) pc=575
3 | 2 | main.main.func2 (closure_higher_order.go:15:10) pc=416
4 | -1 | main.reduce (closure_higher_order.go:38:17) pc=619
5 | 4 | main.main.func3 (closure_higher_order.go:25:10) pc=626
6 | -1 | main.compose.func1#BvZHsVe4VXo=# (closure_higher_order.go:58:35) pc=1028
7 | 6 | main.compose.func1#kFf4nreaSqI=# (closure_higher_order.go:31:37) pc=984
8 | -1 | main.compose.func1#TvuX58xFILk=# (closure_higher_order.go:58:11) pc=1028
9 | -1 | main.compose.func1#kFf4nreaSqI=# (closure_higher_order.go:58:17) pc=1028
10 | 6 | main.compose.func1#TvuX58xFILk=# (closure_higher_order.go:31:35) pc=1013
11 | 10 | main.main.func6 (closure_higher_order.go:31:37) pc=1002
--
funcpctab main.compose.func1#BvZHsVe4VXo=# [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:31)	TEXT	main.compose.func1#BvZHsVe4VXo=#(SB), NEEDCTXT|ABIInternal, $24-8
     0        00000 (closure_higher_order.go:31)	TEXT	main.compose.func1#BvZHsVe4VXo=#(SB), NEEDCTXT|ABIInternal, $24-8
     0     -1 00000 (closure_higher_order.go:31)	CMPQ	SP, 16(R14)
     4        00004 (closure_higher_order.go:31)	PCDATA	$0, $-2
     4        00004 (closure_higher_order.go:31)	JLS	51
     6        00006 (closure_higher_order.go:31)	PCDATA	$0, $-1
     6        00006 (closure_higher_order.go:31)	PUSHQ	BP
     7        00007 (closure_higher_order.go:31)	MOVQ	SP, BP
     a        00010 (closure_higher_order.go:31)	SUBQ	$16, SP
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$5, main.compose.func1#BvZHsVe4VXo=#.arginfo1(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$6, main.compose.func1#BvZHsVe4VXo=#.argliveinfo(SB)
     e        00014 (closure_higher_order.go:31)	PCDATA	$3, $1
     e        00014 (closure_higher_order.go:31)	MOVQ	16(DX), CX
    12        00018 (closure_higher_order.go:31)	MOVQ	8(DX), BX
    16        00022 (closure_higher_order.go:31)	MOVQ	BX, main.f+8(SP)
    1b        00027 (closure_higher_order.go:31)	MOVQ	(CX), BX
    1e        00030 (closure_higher_order.go:31)	MOVQ	CX, DX
    21        00033 (closure_higher_order.go:31)	PCDATA	$1, $1
    21        00033 (closure_higher_order.go:31)	CALL	BX
    23        00035 (closure_higher_order.go:31)	MOVQ	main.f+8(SP), DX
    28        00040 (closure_higher_order.go:31)	MOVQ	(DX), CX
    2b        00043 (closure_higher_order.go:31)	PCDATA	$1, $0
    2b        00043 (closure_higher_order.go:31)	CALL	CX
    2d        00045 (closure_higher_order.go:31)	ADDQ	$16, SP
    31        00049 (closure_higher_order.go:31)	POPQ	BP
    32        00050 (closure_higher_order.go:31)	RET
    33        00051 (closure_higher_order.go:31)	NOP
    33        00051 (closure_higher_order.go:31)	PCDATA	$1, $-1
    33        00051 (closure_higher_order.go:31)	PCDATA	$0, $-2
    33        00051 (closure_higher_order.go:31)	MOVQ	AX, 8(SP)
    38        00056 (closure_higher_order.go:31)	CALL	runtime.morestack(SB)
    3d        00061 (closure_higher_order.go:31)	PCDATA	$0, $-1
    3d        00061 (closure_higher_order.go:31)	MOVQ	8(SP), AX
    42        00066 (closure_higher_order.go:31)	JMP	0
    44 done
wrote 3 bytes to 0x0
 00 44 00
funcpctab main.compose.func1#kFf4nreaSqI=# [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:31)	TEXT	main.compose.func1#kFf4nreaSqI=#(SB), NEEDCTXT|ABIInternal, $24-8
     0        00000 (closure_higher_order.go:31)	TEXT	main.compose.func1#kFf4nreaSqI=#(SB), NEEDCTXT|ABIInternal, $24-8
     0     -1 00000 (closure_higher_order.go:31)	CMPQ	SP, 16(R14)
     4        00004 (closure_higher_order.go:31)	PCDATA	$0, $-2
     4        00004 (closure_higher_order.go:31)	JLS	51
     6        00006 (closure_higher_order.go:31)	PCDATA	$0, $-1
     6        00006 (closure_higher_order.go:31)	PUSHQ	BP
     7        00007 (closure_higher_order.go:31)	MOVQ	SP, BP
     a        00010 (closure_higher_order.go:31)	SUBQ	$16, SP
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$5, main.compose.func1#kFf4nreaSqI=#.arginfo1(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$6, main.compose.func1#kFf4nreaSqI=#.argliveinfo(SB)
     e        00014 (closure_higher_order.go:31)	PCDATA	$3, $1
     e        00014 (closure_higher_order.go:31)	MOVQ	16(DX), CX
    12        00018 (closure_higher_order.go:31)	MOVQ	8(DX), BX
    16        00022 (closure_higher_order.go:31)	MOVQ	BX, main.f+8(SP)
    1b        00027 (closure_higher_order.go:31)	MOVQ	(CX), BX
    1e        00030 (closure_higher_order.go:31)	MOVQ	CX, DX
    21        00033 (closure_higher_order.go:31)	PCDATA	$1, $1
    21        00033 (closure_higher_order.go:31)	CALL	BX
    23        00035 (closure_higher_order.go:31)	MOVQ	main.f+8(SP), DX
    28        00040 (closure_higher_order.go:31)	MOVQ	(DX), CX
    2b        00043 (closure_higher_order.go:31)	PCDATA	$1, $0
    2b        00043 (closure_higher_order.go:31)	CALL	CX
    2d        00045 (closure_higher_order.go:31)	ADDQ	$16, SP
    31        00049 (closure_higher_order.go:31)	POPQ	BP
    32        00050 (closure_higher_order.go:31)	RET
    33        00051 (closure_higher_order.go:31)	NOP
    33        00051 (closure_higher_order.go:31)	PCDATA	$1, $-1
    33        00051 (closure_higher_order.go:31)	PCDATA	$0, $-2
    33        00051 (closure_higher_order.go:31)	MOVQ	AX, 8(SP)
    38        00056 (closure_higher_order.go:31)	CALL	runtime.morestack(SB)
    3d        00061 (closure_higher_order.go:31)	PCDATA	$0, $-1
    3d        00061 (closure_higher_order.go:31)	MOVQ	8(SP), AX
    42        00066 (closure_higher_order.go:31)	JMP	0
    44 done
wrote 3 bytes to 0x0
 00 44 00
funcpctab main.compose.func1#TvuX58xFILk=# [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:31)	TEXT	main.compose.func1#TvuX58xFILk=#(SB), NEEDCTXT|ABIInternal, $24-8
     0        00000 (closure_higher_order.go:31)	TEXT	main.compose.func1#TvuX58xFILk=#(SB), NEEDCTXT|ABIInternal, $24-8
     0     -1 00000 (closure_higher_order.go:31)	CMPQ	SP, 16(R14)
     4        00004 (closure_higher_order.go:31)	PCDATA	$0, $-2
     4        00004 (closure_higher_order.go:31)	JLS	51
     6        00006 (closure_higher_order.go:31)	PCDATA	$0, $-1
     6        00006 (closure_higher_order.go:31)	PUSHQ	BP
     7        00007 (closure_higher_order.go:31)	MOVQ	SP, BP
     a        00010 (closure_higher_order.go:31)	SUBQ	$16, SP
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$5, main.compose.func1#TvuX58xFILk=#.arginfo1(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$6, main.compose.func1#TvuX58xFILk=#.argliveinfo(SB)
     e        00014 (closure_higher_order.go:31)	PCDATA	$3, $1
     e        00014 (closure_higher_order.go:31)	MOVQ	16(DX), CX
    12        00018 (closure_higher_order.go:31)	MOVQ	8(DX), BX
    16        00022 (closure_higher_order.go:31)	MOVQ	BX, main.f+8(SP)
    1b        00027 (closure_higher_order.go:31)	MOVQ	(CX), BX
    1e        00030 (closure_higher_order.go:31)	MOVQ	CX, DX
    21        00033 (closure_higher_order.go:31)	PCDATA	$1, $1
    21        00033 (closure_higher_order.go:31)	CALL	BX
    23        00035 (closure_higher_order.go:31)	MOVQ	main.f+8(SP), DX
    28        00040 (closure_higher_order.go:31)	MOVQ	(DX), CX
    2b        00043 (closure_higher_order.go:31)	PCDATA	$1, $0
    2b        00043 (closure_higher_order.go:31)	CALL	CX
    2d        00045 (closure_higher_order.go:31)	ADDQ	$16, SP
    31        00049 (closure_higher_order.go:31)	POPQ	BP
    32        00050 (closure_higher_order.go:31)	RET
    33        00051 (closure_higher_order.go:31)	NOP
    33        00051 (closure_higher_order.go:31)	PCDATA	$1, $-1
    33        00051 (closure_higher_order.go:31)	PCDATA	$0, $-2
    33        00051 (closure_higher_order.go:31)	MOVQ	AX, 8(SP)
    38        00056 (closure_higher_order.go:31)	CALL	runtime.morestack(SB)
    3d        00061 (closure_higher_order.go:31)	PCDATA	$0, $-1
    3d        00061 (closure_higher_order.go:31)	MOVQ	8(SP), AX
    42        00066 (closure_higher_order.go:31)	JMP	0
    44 done
wrote 3 bytes to 0x0
 00 44 00
funcpctab main.main.func4 [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:46)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $16-8
     0        00000 (closure_higher_order.go:46)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $16-8
     0     -1 00000 (closure_higher_order.go:46)	CMPQ	SP, 16(R14)
     4        00004 (closure_higher_order.go:46)	PCDATA	$0, $-2
     4        00004 (closure_higher_order.go:46)	JLS	66
     6        00006 (closure_higher_order.go:46)	PCDATA	$0, $-1
     6        00006 (closure_higher_order.go:46)	PUSHQ	BP
     7        00007 (closure_higher_order.go:46)	MOVQ	SP, BP
     a        00010 (closure_higher_order.go:46)	SUBQ	$8, SP
     e        00014 (closure_higher_order.go:46)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (closure_higher_order.go:46)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (closure_higher_order.go:46)	FUNCDATA	$5, main.main.func4.arginfo1(SB)
     e        00014 (closure_higher_order.go:46)	FUNCDATA	$6, main.main.func4.argliveinfo(SB)
     e        00014 (closure_higher_order.go:46)	PCDATA	$3, $1
     e        00014 (closure_higher_order.go:47)	CMPQ	AX, $1
    12        00018 (closure_higher_order.go:47)	JGT	31
    14        00020 (closure_higher_order.go:48)	MOVL	$1, AX
    19        00025 (closure_higher_order.go:48)	ADDQ	$8, SP
    1d        00029 (closure_higher_order.go:48)	POPQ	BP
    1e        00030 (closure_higher_order.go:48)	RET
    1f        00031 (closure_higher_order.go:47)	MOVQ	AX, main.n+24(SP)
    24        00036 (closure_higher_order.go:47)	PCDATA	$3, $-1
    24        00036 (closure_higher_order.go:46)	MOVQ	8(DX), CX
    28        00040 (closure_higher_order.go:50)	MOVQ	(CX), DX
    2b        00043 (closure_higher_order.go:50)	MOVQ	(DX), CX
    2e        00046 (closure_higher_order.go:50)	DECQ	AX
    31        00049 (closure_higher_order.go:50)	PCDATA	$1, $0
    31        00049 (closure_higher_order.go:50)	CALL	CX
    33        00051 (closure_higher_order.go:50)	MOVQ	main.n+24(SP), CX
    38        00056 (closure_higher_order.go:50)	IMULQ	CX, AX
    3c        00060 (closure_higher_order.go:50)	ADDQ	$8, SP
    40        00064 (closure_higher_order.go:50)	POPQ	BP
    41        00065 (closure_higher_order.go:50)	RET
    42        00066 (closure_higher_order.go:50)	NOP
    42        00066 (closure_higher_order.go:46)	PCDATA	$1, $-1
    42        00066 (closure_higher_order.go:46)	PCDATA	$0, $-2
    42        00066 (closure_higher_order.go:46)	MOVQ	AX, 8(SP)
    47        00071 (closure_higher_order.go:46)	CALL	runtime.morestack(SB)
    4c        00076 (closure_higher_order.go:46)	PCDATA	$0, $-1
    4c        00076 (closure_higher_order.go:46)	MOVQ	8(SP), AX
    51        00081 (closure_higher_order.go:46)	JMP	0
    53 done
wrote 3 bytes to 0x0
 00 53 00
funcpctab main.filter [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:12)	TEXT	main.filter(SB), ABIInternal, $152-32
     0        00000 (closure_higher_order.go:12)	TEXT	main.filter(SB), ABIInternal, $152-32
     0     -1 00000 (closure_higher_order.go:12)	LEAQ	-24(SP), R12
     5        00005 (closure_higher_order.go:12)	CMPQ	R12, 16(R14)
     9        00009 (closure_higher_order.go:12)	PCDATA	$0, $-2
     9        00009 (closure_higher_order.go:12)	JLS	403
     f        00015 (closure_higher_order.go:12)	PCDATA	$0, $-1
     f        00015 (closure_higher_order.go:12)	PUSHQ	BP
    10        00016 (closure_higher_order.go:12)	MOVQ	SP, BP
    13        00019 (closure_higher_order.go:12)	SUBQ	$144, SP
    1a        00026 (closure_higher_order.go:12)	FUNCDATA	$0, gclocals·R1skkzq7HdXS0/+tXZdW+A==(SB)
    1a        00026 (closure_higher_order.go:12)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    1a        00026 (closure_higher_order.go:12)	FUNCDATA	$5, main.filter.arginfo1(SB)
    1a        00026 (closure_higher_order.go:12)	FUNCDATA	$6, main.filter.argliveinfo(SB)
    1a        00026 (closure_higher_order.go:12)	PCDATA	$3, $1
    1a        00026 (closure_higher_order.go:14)	MOVQ	DI, main.pred+184(SP)
    22        00034 (closure_higher_order.go:14)	MOVQ	AX, main.xs+160(SP)
    2a        00042 (closure_higher_order.go:14)	MOVQ	BX, main.xs+168(SP)
    32        00050 (closure_higher_order.go:14)	PCDATA	$3, $2
    32        00050 (closure_higher_order.go:14)	XORL	CX, CX
    34        00052 (closure_higher_order.go:14)	XORL	DX, DX
    36        00054 (closure_higher_order.go:14)	XORL	SI, SI
    38        00056 (closure_higher_order.go:14)	XORL	R8, R8
    3b        00059 (closure_higher_order.go:14)	XORL	R9, R9
    3e        00062 (closure_higher_order.go:14)	NOP
    40        00064 (closure_higher_order.go:14)	JMP	113
    42        00066 (closure_higher_order.go:14)	MOVQ	main..autotmp_16+128(SP), R10
    4a        00074 (closure_higher_order.go:14)	INCQ	R10
    4d        00077 (closure_higher_order.go:14)	MOVQ	main.xs+168(SP), BX
    55        00085 (closure_higher_order.go:15)	MOVQ	main.pred+184(SP), DI
    5d        00093 (closure_higher_order.go:14)	MOVQ	R8, SI
    60        00096 (closure_higher_order.go:14)	MOVQ	AX, R8
    63        00099 (closure_higher_order.go:14)	MOVQ	CX, R9
    66        00102 (closure_higher_order.go:14)	MOVQ	main.xs+160(SP), AX
    6e        00110 (closure_higher_order.go:14)	MOVQ	R10, CX
    71        00113 (closure_higher_order.go:14)	CMPQ	BX, CX
    74        00116 (closure_higher_order.go:14)	JLE	344
    7a        00122 (closure_higher_order.go:14)	MOVQ	CX, main..autotmp_16+128(SP)
    82        00130 (closure_higher_order.go:14)	MOVQ	R9, main.out.cap+88(SP)
    87        00135 (closure_higher_order.go:14)	MOVQ	SI, main.out.len+80(SP)
    8c        00140 (closure_higher_order.go:14)	MOVB	DL, main..autotmp_17+71(SP)
    90        00144 (closure_higher_order.go:14)	MOVQ	R8, main.out.ptr+136(SP)
    98        00152 (closure_higher_order.go:14)	MOVQ	(AX)(CX*8), AX
    9c        00156 (closure_higher_order.go:14)	MOVQ	AX, main.x+72(SP)
    a1        00161 (closure_higher_order.go:15)	MOVQ	(DI), CX
    a4        00164 (closure_higher_order.go:15)	MOVQ	DI, DX
    a7        00167 (closure_higher_order.go:15)	PCDATA	$1, $1
    a7        00167 (closure_higher_order.go:15)	CALL	CX
    a9        00169 (closure_higher_order.go:15)	TESTB	AL, AL
    ab        00171 (closure_higher_order.go:15)	JEQ	316
    b1        00177 (closure_higher_order.go:16)	MOVQ	main.out.len+80(SP), BX
    b6        00182 (closure_higher_order.go:16)	LEAQ	1(BX), R8
    ba        00186 (closure_higher_order.go:16)	MOVQ	main.out.cap+88(SP), CX
    bf        00191 (closure_higher_order.go:16)	NOP
    c0        00192 (closure_higher_order.go:16)	CMPQ	CX, R8
    c3        00195 (closure_higher_order.go:16)	JCS	212
    c5        00197 (closure_higher_order.go:16)	MOVQ	main.out.ptr+136(SP), AX
    cd        00205 (closure_higher_order.go:16)	MOVBLZX	main..autotmp_17+71(SP), DX
    d2        00210 (closure_higher_order.go:16)	JMP	301
    d4        00212 (closure_higher_order.go:16)	CMPQ	R8, $4
    d8        00216 (closure_higher_order.go:16)	JGT	260
    da        00218 (closure_higher_order.go:14)	MOVBLZX	main..autotmp_17+71(SP), R9
    e0        00224 (closure_higher_order.go:14)	TESTB	R9B, R9B
    e3        00227 (closure_higher_order.go:16)	JNE	260
    e5        00229 (closure_higher_order.go:16)	TESTQ	BX, BX
    e8        00232 (closure_higher_order.go:16)	JNE	260
    ea        00234 (closure_higher_order.go:16)	LEAQ	main..autotmp_9+96(SP), AX
    ef        00239 (closure_higher_order.go:16)	MOVUPS	X15, (AX)
    f3        00243 (closure_higher_order.go:16)	MOVUPS	X15, 16(AX)
    f8        00248 (closure_higher_order.go:16)	MOVL	$4, CX
    fd        00253 (closure_higher_order.go:16)	MOVL	$1, DX
   102        00258 (closure_higher_order.go:16)	JMP	301
   104        00260 (closure_higher_order.go:16)	MOVQ	main.out.ptr+136(SP), AX
   10c        00268 (closure_higher_order.go:16)	MOVQ	R8, BX
   10f        00271 (closure_higher_order.go:16)	MOVL	$1, DI
   114        00276 (closure_higher_order.go:16)	LEAQ	type:int(SB), SI
   11b        00283 (closure_higher_order.go:16)	PCDATA	$1, $0
   11b        00283 (closure_higher_order.go:16)	NOP
   120        00288 (closure_higher_order.go:16)	CALL	runtime.growslice(SB)
   125        00293 (closure_higher_order.go:16)	MOVQ	BX, R8
   128        00296 (closure_higher_order.go:16)	MOVBLZX	main..autotmp_17+71(SP), DX
   12d        00301 (closure_higher_order.go:16)	MOVQ	main.x+72(SP), BX
   132        00306 (closure_higher_order.go:16)	MOVQ	BX, -8(AX)(R8*8)
   137        00311 (closure_higher_order.go:16)	JMP	66
   13c        00316 (<unknown line number>)	MOVQ	main.out.cap+88(SP), CX
   141        00321 (<unknown line number>)	MOVQ	main.out.len+80(SP), R8
   146        00326 (<unknown line number>)	MOVBLZX	main..autotmp_17+71(SP), DX
   14b        00331 (<unknown line number>)	MOVQ	main.out.ptr+136(SP), AX
   153        00339 (closure_higher_order.go:15)	JMP	66
   158        00344 (closure_higher_order.go:19)	LEAQ	+160(FP), DX
   160        00352 (closure_higher_order.go:19)	SUBQ	SP, DX
   163        00355 (closure_higher_order.go:19)	MOVQ	R8, AX
   166        00358 (closure_higher_order.go:19)	SUBQ	SP, R8
   169        00361 (closure_higher_order.go:19)	CMPQ	R8, DX
   16c        00364 (closure_higher_order.go:19)	JCC	388
   16e        00366 (closure_higher_order.go:19)	MOVQ	AX, BX
   171        00369 (closure_higher_order.go:19)	MOVQ	SI, CX
   174        00372 (closure_higher_order.go:19)	MOVL	$8, AX
   179        00377 (closure_higher_order.go:19)	PCDATA	$1, $2
   179        00377 (closure_higher_order.go:19)	CALL	runtime.moveSliceNoCapNoScan(SB)
   17e        00382 (closure_higher_order.go:19)	MOVQ	BX, SI
   181        00385 (closure_higher_order.go:19)	MOVQ	CX, R9
   184        00388 (closure_higher_order.go:19)	MOVQ	SI, BX
   187        00391 (closure_higher_order.go:19)	MOVQ	R9, CX
   18a        00394 (closure_higher_order.go:19)	ADDQ	$144, SP
   191        00401 (closure_higher_order.go:19)	POPQ	BP
   192        00402 (closure_higher_order.go:19)	RET
   193        00403 (closure_higher_order.go:19)	NOP
   193        00403 (closure_higher_order.go:12)	PCDATA	$1, $-1
   193        00403 (closure_higher_order.go:12)	PCDATA	$0, $-2
   193        00403 (closure_higher_order.go:12)	MOVQ	AX, 8(SP)
   198        00408 (closure_higher_order.go:12)	MOVQ	BX, 16(SP)
   19d        00413 (closure_higher_order.go:12)	MOVQ	CX, 24(SP)
   1a2        00418 (closure_higher_order.go:12)	MOVQ	DI, 32(SP)
   1a7        00423 (closure_higher_order.go:12)	CALL	runtime.morestack_noctxt(SB)
   1ac        00428 (closure_higher_order.go:12)	PCDATA	$0, $-1
   1ac        00428 (closure_higher_order.go:12)	MOVQ	8(SP), AX
   1b1        00433 (closure_higher_order.go:12)	MOVQ	16(SP), BX
   1b6        00438 (closure_higher_order.go:12)	MOVQ	24(SP), CX
   1bb        00443 (closure_higher_order.go:12)	MOVQ	32(SP), DI
   1c0        00448 (closure_higher_order.go:12)	JMP	0
   1c5 done
wrote 4 bytes to 0x0
 00 c5 03 00
funcpctab main.mapInts [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:4)	TEXT	main.mapInts(SB), ABIInternal, $104-32
     0        00000 (closure_higher_order.go:4)	TEXT	main.mapInts(SB), ABIInternal, $104-32
     0     -1 00000 (closure_higher_order.go:4)	CMPQ	SP, 16(R14)
     4        00004 (closure_higher_order.go:4)	PCDATA	$0, $-2
     4        00004 (closure_higher_order.go:4)	JLS	221
     a        00010 (closure_higher_order.go:4)	PCDATA	$0, $-1
     a        00010 (closure_higher_order.go:4)	PUSHQ	BP
     b        00011 (closure_higher_order.go:4)	MOVQ	SP, BP
     e        00014 (closure_higher_order.go:4)	SUBQ	$96, SP
    12        00018 (closure_higher_order.go:4)	FUNCDATA	$0, gclocals·R1skkzq7HdXS0/+tXZdW+A==(SB)
    12        00018 (closure_higher_order.go:4)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    12        00018 (closure_higher_order.go:4)	FUNCDATA	$5, main.mapInts.arginfo1(SB)
    12        00018 (closure_higher_order.go:4)	FUNCDATA	$6, main.mapInts.argliveinfo(SB)
    12        00018 (closure_higher_order.go:4)	PCDATA	$3, $1
    12        00018 (closure_higher_order.go:6)	MOVQ	DI, main.f+136(SP)
    1a        00026 (closure_higher_order.go:6)	MOVQ	BX, main.xs+120(SP)
    1f        00031 (closure_higher_order.go:6)	MOVQ	AX, main.xs+112(SP)
    24        00036 (closure_higher_order.go:6)	PCDATA	$3, $2
    24        00036 (closure_higher_order.go:5)	LEAQ	type:int(SB), AX
    2b        00043 (closure_higher_order.go:5)	MOVQ	BX, CX
    2e        00046 (closure_higher_order.go:5)	XORL	BX, BX
    30        00048 (closure_higher_order.go:5)	PCDATA	$1, $0
    30        00048 (closure_higher_order.go:5)	CALL	runtime.makeslice(SB)
    35        00053 (closure_higher_order.go:5)	XORL	CX, CX
    37        00055 (closure_higher_order.go:6)	MOVQ	main.xs+120(SP), DX
    3c        00060 (closure_higher_order.go:6)	XORL	BX, BX
    3e        00062 (closure_higher_order.go:6)	NOP
    40        00064 (closure_higher_order.go:6)	JMP	88
    42        00066 (closure_higher_order.go:7)	MOVQ	AX, -8(DX)(BX*8)
    47        00071 (closure_higher_order.go:6)	MOVQ	main..autotmp_13+80(SP), SI
    4c        00076 (closure_higher_order.go:6)	INCQ	SI
    4f        00079 (closure_higher_order.go:6)	MOVQ	DX, AX
    52        00082 (closure_higher_order.go:6)	MOVQ	CX, DX
    55        00085 (closure_higher_order.go:6)	MOVQ	SI, CX
    58        00088 (closure_higher_order.go:6)	MOVQ	main.xs+120(SP), SI
    5d        00093 (closure_higher_order.go:6)	NOP
    60        00096 (closure_higher_order.go:6)	CMPQ	SI, CX
    63        00099 (closure_higher_order.go:6)	JLE	212
    65        00101 (closure_higher_order.go:6)	MOVQ	CX, main..autotmp_13+80(SP)
    6a        00106 (closure_higher_order.go:6)	MOVQ	DX, main.out.cap+64(SP)
    6f        00111 (closure_higher_order.go:6)	MOVQ	AX, main.out.ptr+88(SP)
    74        00116 (closure_higher_order.go:6)	MOVQ	main.xs+112(SP), SI
    79        00121 (closure_higher_order.go:6)	MOVQ	(SI)(CX*8), AX
    7d        00125 (closure_higher_order.go:7)	LEAQ	1(BX), CX
    81        00129 (closure_higher_order.go:7)	MOVQ	CX, main..autotmp_14+72(SP)
    86        00134 (closure_higher_order.go:7)	MOVQ	main.f+136(SP), DX
    8e        00142 (closure_higher_order.go:7)	MOVQ	(DX), CX
    91        00145 (closure_higher_order.go:7)	PCDATA	$1, $1
    91        00145 (closure_higher_order.go:7)	CALL	CX
    93        00147 (closure_higher_order.go:7)	MOVQ	main.out.cap+64(SP), CX
    98        00152 (closure_higher_order.go:7)	MOVQ	main..autotmp_14+72(SP), BX
    9d        00157 (closure_higher_order.go:7)	NOP
    a0        00160 (closure_higher_order.go:7)	CMPQ	CX, BX
    a3        00163 (closure_higher_order.go:7)	JCS	172
    a5        00165 (closure_higher_order.go:7)	MOVQ	main.out.ptr+88(SP), DX
    aa        00170 (closure_higher_order.go:7)	JMP	66
    ac        00172 (closure_higher_order.go:7)	MOVQ	AX, main..autotmp_14+72(SP)
    b1        00177 (closure_higher_order.go:7)	MOVQ	main.out.ptr+88(SP), AX
    b6        00182 (closure_higher_order.go:7)	MOVL	$1, DI
    bb        00187 (closure_higher_order.go:7)	LEAQ	type:int(SB), SI
    c2        00194 (closure_higher_order.go:7)	PCDATA	$1, $0
    c2        00194 (closure_higher_order.go:7)	CALL	runtime.growslice(SB)
    c7        00199 (closure_higher_order.go:7)	MOVQ	AX, DX
    ca        00202 (closure_higher_order.go:7)	MOVQ	main..autotmp_14+72(SP), AX
    cf        00207 (closure_higher_order.go:7)	JMP	66
    d4        00212 (closure_higher_order.go:9)	MOVQ	DX, CX
    d7        00215 (closure_higher_order.go:9)	ADDQ	$96, SP
    db        00219 (closure_higher_order.go:9)	POPQ	BP
    dc        00220 (closure_higher_order.go:9)	RET
    dd        00221 (closure_higher_order.go:9)	NOP
    dd        00221 (closure_higher_order.go:4)	PCDATA	$1, $-1
    dd        00221 (closure_higher_order.go:4)	PCDATA	$0, $-2
    dd        00221 (closure_higher_order.go:4)	MOVQ	AX, 8(SP)
    e2        00226 (closure_higher_order.go:4)	MOVQ	BX, 16(SP)
    e7        00231 (closure_higher_order.go:4)	MOVQ	CX, 24(SP)
    ec        00236 (closure_higher_order.go:4)	MOVQ	DI, 32(SP)
    f1        00241 (closure_higher_order.go:4)	CALL	runtime.morestack_noctxt(SB)
    f6        00246 (closure_higher_order.go:4)	PCDATA	$0, $-1
    f6        00246 (closure_higher_order.go:4)	MOVQ	8(SP), AX
    fb        00251 (closure_higher_order.go:4)	MOVQ	16(SP), BX
   100        00256 (closure_higher_order.go:4)	MOVQ	24(SP), CX
   105        00261 (closure_higher_order.go:4)	MOVQ	32(SP), DI
   10a        00266 (closure_higher_order.go:4)	JMP	0
   10f done
wrote 4 bytes to 0x0
 00 8f 02 00
funcpctab main.reduce [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:22)	TEXT	main.reduce(SB), ABIInternal, $32-40
     0        00000 (closure_higher_order.go:22)	TEXT	main.reduce(SB), ABIInternal, $32-40
     0     -1 00000 (closure_higher_order.go:22)	CMPQ	SP, 16(R14)
     4        00004 (closure_higher_order.go:22)	PCDATA	$0, $-2
     4        00004 (closure_higher_order.go:22)	JLS	94
     6        00006 (closure_higher_order.go:22)	PCDATA	$0, $-1
     6        00006 (closure_higher_order.go:22)	PUSHQ	BP
     7        00007 (closure_higher_order.go:22)	MOVQ	SP, BP
     a        00010 (closure_higher_order.go:22)	SUBQ	$24, SP
     e        00014 (closure_higher_order.go:22)	FUNCDATA	$0, gclocals·WUxwEKTiDLcppffQ18DAHw==(SB)
     e        00014 (closure_higher_order.go:22)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (closure_higher_order.go:22)	FUNCDATA	$5, main.reduce.arginfo1(SB)
     e        00014 (closure_higher_order.go:22)	FUNCDATA	$6, main.reduce.argliveinfo(SB)
     e        00014 (closure_higher_order.go:22)	PCDATA	$3, $1
     e        00014 (closure_higher_order.go:24)	MOVQ	SI, main.f+72(SP)
    13        00019 (closure_higher_order.go:24)	MOVQ	BX, main.xs+48(SP)
    18        00024 (closure_higher_order.go:24)	MOVQ	AX, main.xs+40(SP)
    1d        00029 (closure_higher_order.go:24)	PCDATA	$3, $2
    1d        00029 (closure_higher_order.go:24)	XORL	CX, CX
    1f        00031 (closure_higher_order.go:24)	NOP
    20        00032 (closure_higher_order.go:24)	JMP	80
    22        00034 (closure_higher_order.go:24)	MOVQ	CX, main..autotmp_9+16(SP)
    27        00039 (closure_higher_order.go:24)	MOVQ	(AX)(CX*8), BX
    2b        00043 (closure_higher_order.go:25)	MOVQ	(SI), CX
    2e        00046 (closure_higher_order.go:25)	MOVQ	DI, AX
    31        00049 (closure_higher_order.go:25)	MOVQ	SI, DX
    34        00052 (closure_higher_order.go:25)	PCDATA	$1, $0
    34        00052 (closure_higher_order.go:25)	CALL	CX
    36        00054 (closure_higher_order.go:24)	MOVQ	main..autotmp_9+16(SP), CX
    3b        00059 (closure_higher_order.go:24)	INCQ	CX
    3e        00062 (closure_higher_order.go:24)	MOVQ	main.xs+48(SP), BX
    43        00067 (closure_higher_order.go:25)	MOVQ	main.f+72(SP), SI
    48        00072 (closure_higher_order.go:24)	MOVQ	AX, DI
    4b        00075 (closure_higher_order.go:24)	MOVQ	main.xs+40(SP), AX
    50        00080 (closure_higher_order.go:24)	CMPQ	BX, CX
    53        00083 (closure_higher_order.go:24)	JGT	34
    55        00085 (closure_higher_order.go:27)	MOVQ	DI, AX
    58        00088 (closure_higher_order.go:27)	ADDQ	$24, SP
    5c        00092 (closure_higher_order.go:27)	POPQ	BP
    5d        00093 (closure_higher_order.go:27)	RET
    5e        00094 (closure_higher_order.go:27)	NOP
    5e        00094 (closure_higher_order.go:22)	PCDATA	$1, $-1
    5e        00094 (closure_higher_order.go:22)	PCDATA	$0, $-2
    5e        00094 (closure_higher_order.go:22)	MOVQ	AX, 8(SP)
    63        00099 (closure_higher_order.go:22)	MOVQ	BX, 16(SP)
    68        00104 (closure_higher_order.go:22)	MOVQ	CX, 24(SP)
    6d        00109 (closure_higher_order.go:22)	MOVQ	DI, 32(SP)
    72        00114 (closure_higher_order.go:22)	MOVQ	SI, 40(SP)
    77        00119 (closure_higher_order.go:22)	CALL	runtime.morestack_noctxt(SB)
    7c        00124 (closure_higher_order.go:22)	PCDATA	$0, $-1
    7c        00124 (closure_higher_order.go:22)	MOVQ	8(SP), AX
    81        00129 (closure_higher_order.go:22)	MOVQ	16(SP), BX
    86        00134 (closure_higher_order.go:22)	MOVQ	24(SP), CX
    8b        00139 (closure_higher_order.go:22)	MOVQ	32(SP), DI
    90        00144 (closure_higher_order.go:22)	MOVQ	40(SP), SI
    95        00149 (closure_higher_order.go:22)	JMP	0
    9a done
wrote 4 bytes to 0x0
 00 9a 01 00
funcpctab main.main.func6 [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:55)	TEXT	main.main.func6(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_higher_order.go:55)	TEXT	main.main.func6(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_higher_order.go:55)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_higher_order.go:55)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_higher_order.go:55)	FUNCDATA	$5, main.main.func6.arginfo1(SB)
     0        00000 (closure_higher_order.go:55)	FUNCDATA	$6, main.main.func6.argliveinfo(SB)
     0        00000 (closure_higher_order.go:55)	PCDATA	$3, $1
     0     -1 00000 (closure_higher_order.go:55)	LEAQ	(AX)(AX*2), AX
     4        00004 (closure_higher_order.go:55)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
funcpctab main.main.func5 [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:54)	TEXT	main.main.func5(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_higher_order.go:54)	TEXT	main.main.func5(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_higher_order.go:54)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_higher_order.go:54)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_higher_order.go:54)	FUNCDATA	$5, main.main.func5.arginfo1(SB)
     0        00000 (closure_higher_order.go:54)	FUNCDATA	$6, main.main.func5.argliveinfo(SB)
     0        00000 (closure_higher_order.go:54)	PCDATA	$3, $1
     0     -1 00000 (closure_higher_order.go:54)	INCQ	AX
     3        00003 (closure_higher_order.go:54)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.main.func3 [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:38)	TEXT	main.main.func3(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (closure_higher_order.go:38)	TEXT	main.main.func3(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (closure_higher_order.go:38)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_higher_order.go:38)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_higher_order.go:38)	FUNCDATA	$5, main.main.func3.arginfo1(SB)
     0        00000 (closure_higher_order.go:38)	FUNCDATA	$6, main.main.func3.argliveinfo(SB)
     0        00000 (closure_higher_order.go:38)	PCDATA	$3, $1
     0     -1 00000 (closure_higher_order.go:38)	ADDQ	BX, AX
     3        00003 (closure_higher_order.go:38)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:37)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_higher_order.go:37)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_higher_order.go:37)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_higher_order.go:37)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_higher_order.go:37)	FUNCDATA	$5, main.main.func2.arginfo1(SB)
     0        00000 (closure_higher_order.go:37)	FUNCDATA	$6, main.main.func2.argliveinfo(SB)
     0        00000 (closure_higher_order.go:37)	PCDATA	$3, $1
     0     -1 00000 (closure_higher_order.go:37)	ANDL	$1, AX
     3        00003 (closure_higher_order.go:37)	XORL	$1, AX
     6        00006 (closure_higher_order.go:37)	RET
     7 done
wrote 3 bytes to 0x0
 00 07 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:36)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_higher_order.go:36)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_higher_order.go:36)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_higher_order.go:36)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_higher_order.go:36)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
     0        00000 (closure_higher_order.go:36)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
     0        00000 (closure_higher_order.go:36)	PCDATA	$3, $1
     0     -1 00000 (closure_higher_order.go:36)	IMULQ	AX, AX
     4        00004 (closure_higher_order.go:36)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
funcpctab main.compose [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:30)	TEXT	main.compose(SB), ABIInternal, $40-16
     0        00000 (closure_higher_order.go:30)	TEXT	main.compose(SB), ABIInternal, $40-16
     0     -1 00000 (closure_higher_order.go:30)	CMPQ	SP, 16(R14)
     4        00004 (closure_higher_order.go:30)	PCDATA	$0, $-2
     4        00004 (closure_higher_order.go:30)	JLS	114
     6        00006 (closure_higher_order.go:30)	PCDATA	$0, $-1
     6        00006 (closure_higher_order.go:30)	PUSHQ	BP
     7        00007 (closure_higher_order.go:30)	MOVQ	SP, BP
     a        00010 (closure_higher_order.go:30)	SUBQ	$32, SP
     e        00014 (closure_higher_order.go:30)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (closure_higher_order.go:30)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (closure_higher_order.go:30)	FUNCDATA	$5, main.compose.arginfo1(SB)
     e        00014 (closure_higher_order.go:30)	FUNCDATA	$6, main.compose.argliveinfo(SB)
     e        00014 (closure_higher_order.go:30)	PCDATA	$3, $1
     e        00014 (closure_higher_order.go:31)	MOVQ	AX, main.f+48(SP)
    13        00019 (closure_higher_order.go:31)	MOVQ	BX, main.g+56(SP)
    18        00024 (closure_higher_order.go:31)	PCDATA	$3, $-1
    18        00024 (closure_higher_order.go:31)	MOVL	$24, AX
    1d        00029 (closure_higher_order.go:31)	LEAQ	type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int }(SB), BX
    24        00036 (closure_higher_order.go:31)	MOVL	$1, CX
    29        00041 (closure_higher_order.go:31)	PCDATA	$1, $0
    29        00041 (closure_higher_order.go:31)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    2e        00046 (closure_higher_order.go:31)	LEAQ	main.compose.func1(SB), DX
    35        00053 (closure_higher_order.go:31)	MOVQ	DX, (AX)
    38        00056 (closure_higher_order.go:31)	CMPL	runtime.writeBarrier(SB), $0
    3f        00063 (closure_higher_order.go:31)	PCDATA	$0, $-2
    3f        00063 (closure_higher_order.go:31)	NOP
    40        00064 (closure_higher_order.go:31)	JNE	78
    42        00066 (closure_higher_order.go:31)	MOVQ	main.f+48(SP), CX
    47        00071 (closure_higher_order.go:31)	MOVQ	main.g+56(SP), DX
    4c        00076 (closure_higher_order.go:31)	JMP	100
    4e        00078 (closure_higher_order.go:31)	CALL	runtime.gcWriteBarrier2(SB)
    53        00083 (closure_higher_order.go:31)	MOVQ	main.f+48(SP), CX
    58        00088 (closure_higher_order.go:31)	MOVQ	CX, (R11)
    5b        00091 (closure_higher_order.go:31)	MOVQ	main.g+56(SP), DX
    60        00096 (closure_higher_order.go:31)	MOVQ	DX, 8(R11)
    64        00100 (closure_higher_order.go:31)	MOVQ	CX, 8(AX)
    68        00104 (closure_higher_order.go:31)	MOVQ	DX, 16(AX)
    6c        00108 (closure_higher_order.go:31)	PCDATA	$0, $-1
    6c        00108 (closure_higher_order.go:31)	ADDQ	$32, SP
    70        00112 (closure_higher_order.go:31)	POPQ	BP
    71        00113 (closure_higher_order.go:31)	RET
    72        00114 (closure_higher_order.go:31)	NOP
    72        00114 (closure_higher_order.go:30)	PCDATA	$1, $-1
    72        00114 (closure_higher_order.go:30)	PCDATA	$0, $-2
    72        00114 (closure_higher_order.go:30)	MOVQ	AX, 8(SP)
    77        00119 (closure_higher_order.go:30)	MOVQ	BX, 16(SP)
    7c        00124 (closure_higher_order.go:30)	NOP
    80        00128 (closure_higher_order.go:30)	CALL	runtime.morestack_noctxt(SB)
    85        00133 (closure_higher_order.go:30)	PCDATA	$0, $-1
    85        00133 (closure_higher_order.go:30)	MOVQ	8(SP), AX
    8a        00138 (closure_higher_order.go:30)	MOVQ	16(SP), BX
    8f        00143 (closure_higher_order.go:30)	JMP	0
    94 done
wrote 4 bytes to 0x0
 00 94 01 00
funcpctab main.compose.func1 [valfunc=pctoinline]
     0     -1 00000 (closure_higher_order.go:31)	TEXT	main.compose.func1(SB), NEEDCTXT|ABIInternal, $24-8
     0        00000 (closure_higher_order.go:31)	TEXT	main.compose.func1(SB), NEEDCTXT|ABIInternal, $24-8
     0     -1 00000 (closure_higher_order.go:31)	CMPQ	SP, 16(R14)
     4        00004 (closure_higher_order.go:31)	PCDATA	$0, $-2
     4        00004 (closure_higher_order.go:31)	JLS	51
     6        00006 (closure_higher_order.go:31)	PCDATA	$0, $-1
     6        00006 (closure_higher_order.go:31)	PUSHQ	BP
     7        00007 (closure_higher_order.go:31)	MOVQ	SP, BP
     a        00010 (closure_higher_order.go:31)	SUBQ	$16, SP
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$5, main.compose.func1.arginfo1(SB)
     e        00014 (closure_higher_order.go:31)	FUNCDATA	$6, main.compose.func1.argliveinfo(SB)
     e        00014 (closure_higher_order.go:31)	PCDATA	$3, $1
     e        00014 (closure_higher_order.go:31)	MOVQ	16(DX), CX
    12        00018 (closure_higher_order.go:31)	MOVQ	8(DX), BX
    16        00022 (closure_higher_order.go:31)	MOVQ	BX, main.f+8(SP)
    1b        00027 (closure_higher_order.go:31)	MOVQ	(CX), BX
    1e        00030 (closure_higher_order.go:31)	MOVQ	CX, DX
    21        00033 (closure_higher_order.go:31)	PCDATA	$1, $1
    21        00033 (closure_higher_order.go:31)	CALL	BX
    23        00035 (closure_higher_order.go:31)	MOVQ	main.f+8(SP), DX
    28        00040 (closure_higher_order.go:31)	MOVQ	(DX), CX
    2b        00043 (closure_higher_order.go:31)	PCDATA	$1, $0
    2b        00043 (closure_higher_order.go:31)	CALL	CX
    2d        00045 (closure_higher_order.go:31)	ADDQ	$16, SP
    31        00049 (closure_higher_order.go:31)	POPQ	BP
    32        00050 (closure_higher_order.go:31)	RET
    33        00051 (closure_higher_order.go:31)	NOP
    33        00051 (closure_higher_order.go:31)	PCDATA	$1, $-1
    33        00051 (closure_higher_order.go:31)	PCDATA	$0, $-2
    33        00051 (closure_higher_order.go:31)	MOVQ	AX, 8(SP)
    38        00056 (closure_higher_order.go:31)	CALL	runtime.morestack(SB)
    3d        00061 (closure_higher_order.go:31)	PCDATA	$0, $-1
    3d        00061 (closure_higher_order.go:31)	MOVQ	8(SP), AX
    42        00066 (closure_higher_order.go:31)	JMP	0
    44 done
wrote 3 bytes to 0x0
 00 44 00
main.mapInts STEXT size=271 align=0x0 args=0x20 locals=0x68 funcid=0x0
	0x0000 00000 (closure_higher_order.go:4)	TEXT	main.mapInts(SB), ABIInternal, $104-32
	0x0000 00000 (closure_higher_order.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_higher_order.go:4)	PCDATA	$0, $-2
	0x0004 00004 (closure_higher_order.go:4)	JLS	221
	0x000a 00010 (closure_higher_order.go:4)	PCDATA	$0, $-1
	0x000a 00010 (closure_higher_order.go:4)	PUSHQ	BP
	0x000b 00011 (closure_higher_order.go:4)	MOVQ	SP, BP
	0x000e 00014 (closure_higher_order.go:4)	SUBQ	$96, SP
	0x0012 00018 (closure_higher_order.go:4)	FUNCDATA	$0, gclocals·R1skkzq7HdXS0/+tXZdW+A==(SB)
	0x0012 00018 (closure_higher_order.go:4)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0012 00018 (closure_higher_order.go:4)	FUNCDATA	$5, main.mapInts.arginfo1(SB)
	0x0012 00018 (closure_higher_order.go:4)	FUNCDATA	$6, main.mapInts.argliveinfo(SB)
	0x0012 00018 (closure_higher_order.go:4)	PCDATA	$3, $1
	0x0012 00018 (closure_higher_order.go:6)	MOVQ	DI, main.f+136(SP)
	0x001a 00026 (closure_higher_order.go:6)	MOVQ	BX, main.xs+120(SP)
	0x001f 00031 (closure_higher_order.go:6)	MOVQ	AX, main.xs+112(SP)
	0x0024 00036 (closure_higher_order.go:6)	PCDATA	$3, $2
	0x0024 00036 (closure_higher_order.go:5)	LEAQ	type:int(SB), AX
	0x002b 00043 (closure_higher_order.go:5)	MOVQ	BX, CX
	0x002e 00046 (closure_higher_order.go:5)	XORL	BX, BX
	0x0030 00048 (closure_higher_order.go:5)	PCDATA	$1, $0
	0x0030 00048 (closure_higher_order.go:5)	CALL	runtime.makeslice(SB)
	0x0035 00053 (closure_higher_order.go:5)	XORL	CX, CX
	0x0037 00055 (closure_higher_order.go:6)	MOVQ	main.xs+120(SP), DX
	0x003c 00060 (closure_higher_order.go:6)	XORL	BX, BX
	0x003e 00062 (closure_higher_order.go:6)	NOP
	0x0040 00064 (closure_higher_order.go:6)	JMP	88
	0x0042 00066 (closure_higher_order.go:7)	MOVQ	AX, -8(DX)(BX*8)
	0x0047 00071 (closure_higher_order.go:6)	MOVQ	main..autotmp_13+80(SP), SI
	0x004c 00076 (closure_higher_order.go:6)	INCQ	SI
	0x004f 00079 (closure_higher_order.go:6)	MOVQ	DX, AX
	0x0052 00082 (closure_higher_order.go:6)	MOVQ	CX, DX
	0x0055 00085 (closure_higher_order.go:6)	MOVQ	SI, CX
	0x0058 00088 (closure_higher_order.go:6)	MOVQ	main.xs+120(SP), SI
	0x005d 00093 (closure_higher_order.go:6)	NOP
	0x0060 00096 (closure_higher_order.go:6)	CMPQ	SI, CX
	0x0063 00099 (closure_higher_order.go:6)	JLE	212
	0x0065 00101 (closure_higher_order.go:6)	MOVQ	CX, main..autotmp_13+80(SP)
	0x006a 00106 (closure_higher_order.go:6)	MOVQ	DX, main.out.cap+64(SP)
	0x006f 00111 (closure_higher_order.go:6)	MOVQ	AX, main.out.ptr+88(SP)
	0x0074 00116 (closure_higher_order.go:6)	MOVQ	main.xs+112(SP), SI
	0x0079 00121 (closure_higher_order.go:6)	MOVQ	(SI)(CX*8), AX
	0x007d 00125 (closure_higher_order.go:7)	LEAQ	1(BX), CX
	0x0081 00129 (closure_higher_order.go:7)	MOVQ	CX, main..autotmp_14+72(SP)
	0x0086 00134 (closure_higher_order.go:7)	MOVQ	main.f+136(SP), DX
	0x008e 00142 (closure_higher_order.go:7)	MOVQ	(DX), CX
	0x0091 00145 (closure_higher_order.go:7)	PCDATA	$1, $1
	0x0091 00145 (closure_higher_order.go:7)	CALL	CX
	0x0093 00147 (closure_higher_order.go:7)	MOVQ	main.out.cap+64(SP), CX
	0x0098 00152 (closure_higher_order.go:7)	MOVQ	main..autotmp_14+72(SP), BX
	0x009d 00157 (closure_higher_order.go:7)	NOP
	0x00a0 00160 (closure_higher_order.go:7)	CMPQ	CX, BX
	0x00a3 00163 (closure_higher_order.go:7)	JCS	172
	0x00a5 00165 (closure_higher_order.go:7)	MOVQ	main.out.ptr+88(SP), DX
	0x00aa 00170 (closure_higher_order.go:7)	JMP	66
	0x00ac 00172 (closure_higher_order.go:7)	MOVQ	AX, main..autotmp_14+72(SP)
	0x00b1 00177 (closure_higher_order.go:7)	MOVQ	main.out.ptr+88(SP), AX
	0x00b6 00182 (closure_higher_order.go:7)	MOVL	$1, DI
	0x00bb 00187 (closure_higher_order.go:7)	LEAQ	type:int(SB), SI
	0x00c2 00194 (closure_higher_order.go:7)	PCDATA	$1, $0
	0x00c2 00194 (closure_higher_order.go:7)	CALL	runtime.growslice(SB)
	0x00c7 00199 (closure_higher_order.go:7)	MOVQ	AX, DX
	0x00ca 00202 (closure_higher_order.go:7)	MOVQ	main..autotmp_14+72(SP), AX
	0x00cf 00207 (closure_higher_order.go:7)	JMP	66
	0x00d4 00212 (closure_higher_order.go:9)	MOVQ	DX, CX
	0x00d7 00215 (closure_higher_order.go:9)	ADDQ	$96, SP
	0x00db 00219 (closure_higher_order.go:9)	POPQ	BP
	0x00dc 00220 (closure_higher_order.go:9)	RET
	0x00dd 00221 (closure_higher_order.go:9)	NOP
	0x00dd 00221 (closure_higher_order.go:4)	PCDATA	$1, $-1
	0x00dd 00221 (closure_higher_order.go:4)	PCDATA	$0, $-2
	0x00dd 00221 (closure_higher_order.go:4)	MOVQ	AX, 8(SP)
	0x00e2 00226 (closure_higher_order.go:4)	MOVQ	BX, 16(SP)
	0x00e7 00231 (closure_higher_order.go:4)	MOVQ	CX, 24(SP)
	0x00ec 00236 (closure_higher_order.go:4)	MOVQ	DI, 32(SP)
	0x00f1 00241 (closure_higher_order.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x00f6 00246 (closure_higher_order.go:4)	PCDATA	$0, $-1
	0x00f6 00246 (closure_higher_order.go:4)	MOVQ	8(SP), AX
	0x00fb 00251 (closure_higher_order.go:4)	MOVQ	16(SP), BX
	0x0100 00256 (closure_higher_order.go:4)	MOVQ	24(SP), CX
	0x0105 00261 (closure_higher_order.go:4)	MOVQ	32(SP), DI
	0x010a 00266 (closure_higher_order.go:4)	JMP	0
	0x0000 49 3b 66 10 0f 86 d3 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 60 48 89 bc 24 88 00 00 00 48 89 5c 24 78 48  .`H..$....H.\$xH
	0x0020 89 44 24 70 48 8d 05 00 00 00 00 48 89 d9 31 db  .D$pH......H..1.
	0x0030 e8 00 00 00 00 31 c9 48 8b 54 24 78 31 db 66 90  .....1.H.T$x1.f.
	0x0040 eb 16 48 89 44 da f8 48 8b 74 24 50 48 ff c6 48  ..H.D..H.t$PH..H
	0x0050 89 d0 48 89 ca 48 89 f1 48 8b 74 24 78 0f 1f 00  ..H..H..H.t$x...
	0x0060 48 39 ce 7e 6f 48 89 4c 24 50 48 89 54 24 40 48  H9.~oH.L$PH.T$@H
	0x0070 89 44 24 58 48 8b 74 24 70 48 8b 04 ce 48 8d 4b  .D$XH.t$pH...H.K
	0x0080 01 48 89 4c 24 48 48 8b 94 24 88 00 00 00 48 8b  .H.L$HH..$....H.
	0x0090 0a ff d1 48 8b 4c 24 40 48 8b 5c 24 48 0f 1f 00  ...H.L$@H.\$H...
	0x00a0 48 39 d9 72 07 48 8b 54 24 58 eb 96 48 89 44 24  H9.r.H.T$X..H.D$
	0x00b0 48 48 8b 44 24 58 bf 01 00 00 00 48 8d 35 00 00  HH.D$X.....H.5..
	0x00c0 00 00 e8 00 00 00 00 48 89 c2 48 8b 44 24 48 e9  .......H..H.D$H.
	0x00d0 6e ff ff ff 48 89 d1 48 83 c4 60 5d c3 48 89 44  n...H..H..`].H.D
	0x00e0 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24  $.H.\$.H.L$.H.|$
	0x00f0 20 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10   .....H.D$.H.\$.
	0x0100 48 8b 4c 24 18 48 8b 7c 24 20 e9 f1 fe ff ff     H.L$.H.|$ .....
	rel 39+4 t=R_PCREL type:int+0
	rel 49+4 t=R_CALL runtime.makeslice+0
	rel 145+0 t=R_CALLIND +0
	rel 190+4 t=R_PCREL type:int+0
	rel 195+4 t=R_CALL runtime.growslice+0
	rel 242+4 t=R_CALL runtime.morestack_noctxt+0
main.filter STEXT size=453 align=0x0 args=0x20 locals=0x98 funcid=0x0
	0x0000 00000 (closure_higher_order.go:12)	TEXT	main.filter(SB), ABIInternal, $152-32
	0x0000 00000 (closure_higher_order.go:12)	LEAQ	-24(SP), R12
	0x0005 00005 (closure_higher_order.go:12)	CMPQ	R12, 16(R14)
	0x0009 00009 (closure_higher_order.go:12)	PCDATA	$0, $-2
	0x0009 00009 (closure_higher_order.go:12)	JLS	403
	0x000f 00015 (closure_higher_order.go:12)	PCDATA	$0, $-1
	0x000f 00015 (closure_higher_order.go:12)	PUSHQ	BP
	0x0010 00016 (closure_higher_order.go:12)	MOVQ	SP, BP
	0x0013 00019 (closure_higher_order.go:12)	SUBQ	$144, SP
	0x001a 00026 (closure_higher_order.go:12)	FUNCDATA	$0, gclocals·R1skkzq7HdXS0/+tXZdW+A==(SB)
	0x001a 00026 (closure_higher_order.go:12)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x001a 00026 (closure_higher_order.go:12)	FUNCDATA	$5, main.filter.arginfo1(SB)
	0x001a 00026 (closure_higher_order.go:12)	FUNCDATA	$6, main.filter.argliveinfo(SB)
	0x001a 00026 (closure_higher_order.go:12)	PCDATA	$3, $1
	0x001a 00026 (closure_higher_order.go:14)	MOVQ	DI, main.pred+184(SP)
	0x0022 00034 (closure_higher_order.go:14)	MOVQ	AX, main.xs+160(SP)
	0x002a 00042 (closure_higher_order.go:14)	MOVQ	BX, main.xs+168(SP)
	0x0032 00050 (closure_higher_order.go:14)	PCDATA	$3, $2
	0x0032 00050 (closure_higher_order.go:14)	XORL	CX, CX
	0x0034 00052 (closure_higher_order.go:14)	XORL	DX, DX
	0x0036 00054 (closure_higher_order.go:14)	XORL	SI, SI
	0x0038 00056 (closure_higher_order.go:14)	XORL	R8, R8
	0x003b 00059 (closure_higher_order.go:14)	XORL	R9, R9
	0x003e 00062 (closure_higher_order.go:14)	NOP
	0x0040 00064 (closure_higher_order.go:14)	JMP	113
	0x0042 00066 (closure_higher_order.go:14)	MOVQ	main..autotmp_16+128(SP), R10
	0x004a 00074 (closure_higher_order.go:14)	INCQ	R10
	0x004d 00077 (closure_higher_order.go:14)	MOVQ	main.xs+168(SP), BX
	0x0055 00085 (closure_higher_order.go:15)	MOVQ	main.pred+184(SP), DI
	0x005d 00093 (closure_higher_order.go:14)	MOVQ	R8, SI
	0x0060 00096 (closure_higher_order.go:14)	MOVQ	AX, R8
	0x0063 00099 (closure_higher_order.go:14)	MOVQ	CX, R9
	0x0066 00102 (closure_higher_order.go:14)	MOVQ	main.xs+160(SP), AX
	0x006e 00110 (closure_higher_order.go:14)	MOVQ	R10, CX
	0x0071 00113 (closure_higher_order.go:14)	CMPQ	BX, CX
	0x0074 00116 (closure_higher_order.go:14)	JLE	344
	0x007a 00122 (closure_higher_order.go:14)	MOVQ	CX, main..autotmp_16+128(SP)
	0x0082 00130 (closure_higher_order.go:14)	MOVQ	R9, main.out.cap+88(SP)
	0x0087 00135 (closure_higher_order.go:14)	MOVQ	SI, main.out.len+80(SP)
	0x008c 00140 (closure_higher_order.go:14)	MOVB	DL, main..autotmp_17+71(SP)
	0x0090 00144 (closure_higher_order.go:14)	MOVQ	R8, main.out.ptr+136(SP)
	0x0098 00152 (closure_higher_order.go:14)	MOVQ	(AX)(CX*8), AX
	0x009c 00156 (closure_higher_order.go:14)	MOVQ	AX, main.x+72(SP)
	0x00a1 00161 (closure_higher_order.go:15)	MOVQ	(DI), CX
	0x00a4 00164 (closure_higher_order.go:15)	MOVQ	DI, DX
	0x00a7 00167 (closure_higher_order.go:15)	PCDATA	$1, $1
	0x00a7 00167 (closure_higher_order.go:15)	CALL	CX
	0x00a9 00169 (closure_higher_order.go:15)	TESTB	AL, AL
	0x00ab 00171 (closure_higher_order.go:15)	JEQ	316
	0x00b1 00177 (closure_higher_order.go:16)	MOVQ	main.out.len+80(SP), BX
	0x00b6 00182 (closure_higher_order.go:16)	LEAQ	1(BX), R8
	0x00ba 00186 (closure_higher_order.go:16)	MOVQ	main.out.cap+88(SP), CX
	0x00bf 00191 (closure_higher_order.go:16)	NOP
	0x00c0 00192 (closure_higher_order.go:16)	CMPQ	CX, R8
	0x00c3 00195 (closure_higher_order.go:16)	JCS	212
	0x00c5 00197 (closure_higher_order.go:16)	MOVQ	main.out.ptr+136(SP), AX
	0x00cd 00205 (closure_higher_order.go:16)	MOVBLZX	main..autotmp_17+71(SP), DX
	0x00d2 00210 (closure_higher_order.go:16)	JMP	301
	0x00d4 00212 (closure_higher_order.go:16)	CMPQ	R8, $4
	0x00d8 00216 (closure_higher_order.go:16)	JGT	260
	0x00da 00218 (closure_higher_order.go:14)	MOVBLZX	main..autotmp_17+71(SP), R9
	0x00e0 00224 (closure_higher_order.go:14)	TESTB	R9B, R9B
	0x00e3 00227 (closure_higher_order.go:16)	JNE	260
	0x00e5 00229 (closure_higher_order.go:16)	TESTQ	BX, BX
	0x00e8 00232 (closure_higher_order.go:16)	JNE	260
	0x00ea 00234 (closure_higher_order.go:16)	LEAQ	main..autotmp_9+96(SP), AX
	0x00ef 00239 (closure_higher_order.go:16)	MOVUPS	X15, (AX)
	0x00f3 00243 (closure_higher_order.go:16)	MOVUPS	X15, 16(AX)
	0x00f8 00248 (closure_higher_order.go:16)	MOVL	$4, CX
	0x00fd 00253 (closure_higher_order.go:16)	MOVL	$1, DX
	0x0102 00258 (closure_higher_order.go:16)	JMP	301
	0x0104 00260 (closure_higher_order.go:16)	MOVQ	main.out.ptr+136(SP), AX
	0x010c 00268 (closure_higher_order.go:16)	MOVQ	R8, BX
	0x010f 00271 (closure_higher_order.go:16)	MOVL	$1, DI
	0x0114 00276 (closure_higher_order.go:16)	LEAQ	type:int(SB), SI
	0x011b 00283 (closure_higher_order.go:16)	PCDATA	$1, $0
	0x011b 00283 (closure_higher_order.go:16)	NOP
	0x0120 00288 (closure_higher_order.go:16)	CALL	runtime.growslice(SB)
	0x0125 00293 (closure_higher_order.go:16)	MOVQ	BX, R8
	0x0128 00296 (closure_higher_order.go:16)	MOVBLZX	main..autotmp_17+71(SP), DX
	0x012d 00301 (closure_higher_order.go:16)	MOVQ	main.x+72(SP), BX
	0x0132 00306 (closure_higher_order.go:16)	MOVQ	BX, -8(AX)(R8*8)
	0x0137 00311 (closure_higher_order.go:16)	JMP	66
	0x013c 00316 (<unknown line number>)	MOVQ	main.out.cap+88(SP), CX
	0x0141 00321 (<unknown line number>)	MOVQ	main.out.len+80(SP), R8
	0x0146 00326 (<unknown line number>)	MOVBLZX	main..autotmp_17+71(SP), DX
	0x014b 00331 (<unknown line number>)	MOVQ	main.out.ptr+136(SP), AX
	0x0153 00339 (closure_higher_order.go:15)	JMP	66
	0x0158 00344 (closure_higher_order.go:19)	LEAQ	+160(FP), DX
	0x0160 00352 (closure_higher_order.go:19)	SUBQ	SP, DX
	0x0163 00355 (closure_higher_order.go:19)	MOVQ	R8, AX
	0x0166 00358 (closure_higher_order.go:19)	SUBQ	SP, R8
	0x0169 00361 (closure_higher_order.go:19)	CMPQ	R8, DX
	0x016c 00364 (closure_higher_order.go:19)	JCC	388
	0x016e 00366 (closure_higher_order.go:19)	MOVQ	AX, BX
	0x0171 00369 (closure_higher_order.go:19)	MOVQ	SI, CX
	0x0174 00372 (closure_higher_order.go:19)	MOVL	$8, AX
	0x0179 00377 (closure_higher_order.go:19)	PCDATA	$1, $2
	0x0179 00377 (closure_higher_order.go:19)	CALL	runtime.moveSliceNoCapNoScan(SB)
	0x017e 00382 (closure_higher_order.go:19)	MOVQ	BX, SI
	0x0181 00385 (closure_higher_order.go:19)	MOVQ	CX, R9
	0x0184 00388 (closure_higher_order.go:19)	MOVQ	SI, BX
	0x0187 00391 (closure_higher_order.go:19)	MOVQ	R9, CX
	0x018a 00394 (closure_higher_order.go:19)	ADDQ	$144, SP
	0x0191 00401 (closure_higher_order.go:19)	POPQ	BP
	0x0192 00402 (closure_higher_order.go:19)	RET
	0x0193 00403 (closure_higher_order.go:19)	NOP
	0x0193 00403 (closure_higher_order.go:12)	PCDATA	$1, $-1
	0x0193 00403 (closure_higher_order.go:12)	PCDATA	$0, $-2
	0x0193 00403 (closure_higher_order.go:12)	MOVQ	AX, 8(SP)
	0x0198 00408 (closure_higher_order.go:12)	MOVQ	BX, 16(SP)
	0x019d 00413 (closure_higher_order.go:12)	MOVQ	CX, 24(SP)
	0x01a2 00418 (closure_higher_order.go:12)	MOVQ	DI, 32(SP)
	0x01a7 00423 (closure_higher_order.go:12)	CALL	runtime.morestack_noctxt(SB)
	0x01ac 00428 (closure_higher_order.go:12)	PCDATA	$0, $-1
	0x01ac 00428 (closure_higher_order.go:12)	MOVQ	8(SP), AX
	0x01b1 00433 (closure_higher_order.go:12)	MOVQ	16(SP), BX
	0x01b6 00438 (closure_higher_order.go:12)	MOVQ	24(SP), CX
	0x01bb 00443 (closure_higher_order.go:12)	MOVQ	32(SP), DI
	0x01c0 00448 (closure_higher_order.go:12)	JMP	0
	0x0000 4c 8d 64 24 e8 4d 3b 66 10 0f 86 84 01 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 90 00 00 00 48 89 bc 24 b8 00  H..H......H..$..
	0x0020 00 00 48 89 84 24 a0 00 00 00 48 89 9c 24 a8 00  ..H..$....H..$..
	0x0030 00 00 31 c9 31 d2 31 f6 45 31 c0 45 31 c9 66 90  ..1.1.1.E1.E1.f.
	0x0040 eb 2f 4c 8b 94 24 80 00 00 00 49 ff c2 48 8b 9c  ./L..$....I..H..
	0x0050 24 a8 00 00 00 48 8b bc 24 b8 00 00 00 4c 89 c6  $....H..$....L..
	0x0060 49 89 c0 49 89 c9 48 8b 84 24 a0 00 00 00 4c 89  I..I..H..$....L.
	0x0070 d1 48 39 cb 0f 8e de 00 00 00 48 89 8c 24 80 00  .H9.......H..$..
	0x0080 00 00 4c 89 4c 24 58 48 89 74 24 50 88 54 24 47  ..L.L$XH.t$P.T$G
	0x0090 4c 89 84 24 88 00 00 00 48 8b 04 c8 48 89 44 24  L..$....H...H.D$
	0x00a0 48 48 8b 0f 48 89 fa ff d1 84 c0 0f 84 8b 00 00  HH..H...........
	0x00b0 00 48 8b 5c 24 50 4c 8d 43 01 48 8b 4c 24 58 90  .H.\$PL.C.H.L$X.
	0x00c0 4c 39 c1 72 0f 48 8b 84 24 88 00 00 00 0f b6 54  L9.r.H..$......T
	0x00d0 24 47 eb 59 49 83 f8 04 7f 2a 44 0f b6 4c 24 47  $G.YI....*D..L$G
	0x00e0 45 84 c9 75 1f 48 85 db 75 1a 48 8d 44 24 60 44  E..u.H..u.H.D$`D
	0x00f0 0f 11 38 44 0f 11 78 10 b9 04 00 00 00 ba 01 00  ..8D..x.........
	0x0100 00 00 eb 29 48 8b 84 24 88 00 00 00 4c 89 c3 bf  ...)H..$....L...
	0x0110 01 00 00 00 48 8d 35 00 00 00 00 0f 1f 44 00 00  ....H.5......D..
	0x0120 e8 00 00 00 00 49 89 d8 0f b6 54 24 47 48 8b 5c  .....I....T$GH.\
	0x0130 24 48 4a 89 5c c0 f8 e9 06 ff ff ff 48 8b 4c 24  $HJ.\.......H.L$
	0x0140 58 4c 8b 44 24 50 0f b6 54 24 47 48 8b 84 24 88  XL.D$P..T$GH..$.
	0x0150 00 00 00 e9 ea fe ff ff 48 8d 94 24 a0 00 00 00  ........H..$....
	0x0160 48 29 e2 4c 89 c0 49 29 e0 49 39 d0 73 16 48 89  H).L..I).I9.s.H.
	0x0170 c3 48 89 f1 b8 08 00 00 00 e8 00 00 00 00 48 89  .H............H.
	0x0180 de 49 89 c9 48 89 f3 4c 89 c9 48 81 c4 90 00 00  .I..H..L..H.....
	0x0190 00 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c  .].H.D$.H.\$.H.L
	0x01a0 24 18 48 89 7c 24 20 e8 00 00 00 00 48 8b 44 24  $.H.|$ .....H.D$
	0x01b0 08 48 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20  .H.\$.H.L$.H.|$ 
	0x01c0 e9 3b fe ff ff                                   .;...
	rel 167+0 t=R_CALLIND +0
	rel 279+4 t=R_PCREL type:int+0
	rel 289+4 t=R_CALL runtime.growslice+0
	rel 378+4 t=R_CALL runtime.moveSliceNoCapNoScan+0
	rel 424+4 t=R_CALL runtime.morestack_noctxt+0
main.reduce STEXT size=154 align=0x0 args=0x28 locals=0x20 funcid=0x0
	0x0000 00000 (closure_higher_order.go:22)	TEXT	main.reduce(SB), ABIInternal, $32-40
	0x0000 00000 (closure_higher_order.go:22)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_higher_order.go:22)	PCDATA	$0, $-2
	0x0004 00004 (closure_higher_order.go:22)	JLS	94
	0x0006 00006 (closure_higher_order.go:22)	PCDATA	$0, $-1
	0x0006 00006 (closure_higher_order.go:22)	PUSHQ	BP
	0x0007 00007 (closure_higher_order.go:22)	MOVQ	SP, BP
	0x000a 00010 (closure_higher_order.go:22)	SUBQ	$24, SP
	0x000e 00014 (closure_higher_order.go:22)	FUNCDATA	$0, gclocals·WUxwEKTiDLcppffQ18DAHw==(SB)
	0x000e 00014 (closure_higher_order.go:22)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closure_higher_order.go:22)	FUNCDATA	$5, main.reduce.arginfo1(SB)
	0x000e 00014 (closure_higher_order.go:22)	FUNCDATA	$6, main.reduce.argliveinfo(SB)
	0x000e 00014 (closure_higher_order.go:22)	PCDATA	$3, $1
	0x000e 00014 (closure_higher_order.go:24)	MOVQ	SI, main.f+72(SP)
	0x0013 00019 (closure_higher_order.go:24)	MOVQ	BX, main.xs+48(SP)
	0x0018 00024 (closure_higher_order.go:24)	MOVQ	AX, main.xs+40(SP)
	0x001d 00029 (closure_higher_order.go:24)	PCDATA	$3, $2
	0x001d 00029 (closure_higher_order.go:24)	XORL	CX, CX
	0x001f 00031 (closure_higher_order.go:24)	NOP
	0x0020 00032 (closure_higher_order.go:24)	JMP	80
	0x0022 00034 (closure_higher_order.go:24)	MOVQ	CX, main..autotmp_9+16(SP)
	0x0027 00039 (closure_higher_order.go:24)	MOVQ	(AX)(CX*8), BX
	0x002b 00043 (closure_higher_order.go:25)	MOVQ	(SI), CX
	0x002e 00046 (closure_higher_order.go:25)	MOVQ	DI, AX
	0x0031 00049 (closure_higher_order.go:25)	MOVQ	SI, DX
	0x0034 00052 (closure_higher_order.go:25)	PCDATA	$1, $0
	0x0034 00052 (closure_higher_order.go:25)	CALL	CX
	0x0036 00054 (closure_higher_order.go:24)	MOVQ	main..autotmp_9+16(SP), CX
	0x003b 00059 (closure_higher_order.go:24)	INCQ	CX
	0x003e 00062 (closure_higher_order.go:24)	MOVQ	main.xs+48(SP), BX
	0x0043 00067 (closure_higher_order.go:25)	MOVQ	main.f+72(SP), SI
	0x0048 00072 (closure_higher_order.go:24)	MOVQ	AX, DI
	0x004b 00075 (closure_higher_order.go:24)	MOVQ	main.xs+40(SP), AX
	0x0050 00080 (closure_higher_order.go:24)	CMPQ	BX, CX
	0x0053 00083 (closure_higher_order.go:24)	JGT	34
	0x0055 00085 (closure_higher_order.go:27)	MOVQ	DI, AX
	0x0058 00088 (closure_higher_order.go:27)	ADDQ	$24, SP
	0x005c 00092 (closure_higher_order.go:27)	POPQ	BP
	0x005d 00093 (closure_higher_order.go:27)	RET
	0x005e 00094 (closure_higher_order.go:27)	NOP
	0x005e 00094 (closure_higher_order.go:22)	PCDATA	$1, $-1
	0x005e 00094 (closure_higher_order.go:22)	PCDATA	$0, $-2
	0x005e 00094 (closure_higher_order.go:22)	MOVQ	AX, 8(SP)
	0x0063 00099 (closure_higher_order.go:22)	MOVQ	BX, 16(SP)
	0x0068 00104 (closure_higher_order.go:22)	MOVQ	CX, 24(SP)
	0x006d 00109 (closure_higher_order.go:22)	MOVQ	DI, 32(SP)
	0x0072 00114 (closure_higher_order.go:22)	MOVQ	SI, 40(SP)
	0x0077 00119 (closure_higher_order.go:22)	CALL	runtime.morestack_noctxt(SB)
	0x007c 00124 (closure_higher_order.go:22)	PCDATA	$0, $-1
	0x007c 00124 (closure_higher_order.go:22)	MOVQ	8(SP), AX
	0x0081 00129 (closure_higher_order.go:22)	MOVQ	16(SP), BX
	0x0086 00134 (closure_higher_order.go:22)	MOVQ	24(SP), CX
	0x008b 00139 (closure_higher_order.go:22)	MOVQ	32(SP), DI
	0x0090 00144 (closure_higher_order.go:22)	MOVQ	40(SP), SI
	0x0095 00149 (closure_higher_order.go:22)	JMP	0
	0x0000 49 3b 66 10 76 58 55 48 89 e5 48 83 ec 18 48 89  I;f.vXUH..H...H.
	0x0010 74 24 48 48 89 5c 24 30 48 89 44 24 28 31 c9 90  t$HH.\$0H.D$(1..
	0x0020 eb 2e 48 89 4c 24 10 48 8b 1c c8 48 8b 0e 48 89  ..H.L$.H...H..H.
	0x0030 f8 48 89 f2 ff d1 48 8b 4c 24 10 48 ff c1 48 8b  .H....H.L$.H..H.
	0x0040 5c 24 30 48 8b 74 24 48 48 89 c7 48 8b 44 24 28  \$0H.t$HH..H.D$(
	0x0050 48 39 cb 7f cd 48 89 f8 48 83 c4 18 5d c3 48 89  H9...H..H...].H.
	0x0060 44 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c  D$.H.\$.H.L$.H.|
	0x0070 24 20 48 89 74 24 28 e8 00 00 00 00 48 8b 44 24  $ H.t$(.....H.D$
	0x0080 08 48 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20  .H.\$.H.L$.H.|$ 
	0x0090 48 8b 74 24 28 e9 66 ff ff ff                    H.t$(.f...
	rel 52+0 t=R_CALLIND +0
	rel 120+4 t=R_CALL runtime.morestack_noctxt+0
main.compose STEXT size=148 align=0x0 args=0x10 locals=0x28 funcid=0x0
	0x0000 00000 (closure_higher_order.go:30)	TEXT	main.compose(SB), ABIInternal, $40-16
	0x0000 00000 (closure_higher_order.go:30)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_higher_order.go:30)	PCDATA	$0, $-2
	0x0004 00004 (closure_higher_order.go:30)	JLS	114
	0x0006 00006 (closure_higher_order.go:30)	PCDATA	$0, $-1
	0x0006 00006 (closure_higher_order.go:30)	PUSHQ	BP
	0x0007 00007 (closure_higher_order.go:30)	MOVQ	SP, BP
	0x000a 00010 (closure_higher_order.go:30)	SUBQ	$32, SP
	0x000e 00014 (closure_higher_order.go:30)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (closure_higher_order.go:30)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closure_higher_order.go:30)	FUNCDATA	$5, main.compose.arginfo1(SB)
	0x000e 00014 (closure_higher_order.go:30)	FUNCDATA	$6, main.compose.argliveinfo(SB)
	0x000e 00014 (closure_higher_order.go:30)	PCDATA	$3, $1
	0x000e 00014 (closure_higher_order.go:31)	MOVQ	AX, main.f+48(SP)
	0x0013 00019 (closure_higher_order.go:31)	MOVQ	BX, main.g+56(SP)
	0x0018 00024 (closure_higher_order.go:31)	PCDATA	$3, $-1
	0x0018 00024 (closure_higher_order.go:31)	MOVL	$24, AX
	0x001d 00029 (closure_higher_order.go:31)	LEAQ	type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int }(SB), BX
	0x0024 00036 (closure_higher_order.go:31)	MOVL	$1, CX
	0x0029 00041 (closure_higher_order.go:31)	PCDATA	$1, $0
	0x0029 00041 (closure_higher_order.go:31)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x002e 00046 (closure_higher_order.go:31)	LEAQ	main.compose.func1(SB), DX
	0x0035 00053 (closure_higher_order.go:31)	MOVQ	DX, (AX)
	0x0038 00056 (closure_higher_order.go:31)	CMPL	runtime.writeBarrier(SB), $0
	0x003f 00063 (closure_higher_order.go:31)	PCDATA	$0, $-2
	0x003f 00063 (closure_higher_order.go:31)	NOP
	0x0040 00064 (closure_higher_order.go:31)	JNE	78
	0x0042 00066 (closure_higher_order.go:31)	MOVQ	main.f+48(SP), CX
	0x0047 00071 (closure_higher_order.go:31)	MOVQ	main.g+56(SP), DX
	0x004c 00076 (closure_higher_order.go:31)	JMP	100
	0x004e 00078 (closure_higher_order.go:31)	CALL	runtime.gcWriteBarrier2(SB)
	0x0053 00083 (closure_higher_order.go:31)	MOVQ	main.f+48(SP), CX
	0x0058 00088 (closure_higher_order.go:31)	MOVQ	CX, (R11)
	0x005b 00091 (closure_higher_order.go:31)	MOVQ	main.g+56(SP), DX
	0x0060 00096 (closure_higher_order.go:31)	MOVQ	DX, 8(R11)
	0x0064 00100 (closure_higher_order.go:31)	MOVQ	CX, 8(AX)
	0x0068 00104 (closure_higher_order.go:31)	MOVQ	DX, 16(AX)
	0x006c 00108 (closure_higher_order.go:31)	PCDATA	$0, $-1
	0x006c 00108 (closure_higher_order.go:31)	ADDQ	$32, SP
	0x0070 00112 (closure_higher_order.go:31)	POPQ	BP
	0x0071 00113 (closure_higher_order.go:31)	RET
	0x0072 00114 (closure_higher_order.go:31)	NOP
	0x0072 00114 (closure_higher_order.go:30)	PCDATA	$1, $-1
	0x0072 00114 (closure_higher_order.go:30)	PCDATA	$0, $-2
	0x0072 00114 (closure_higher_order.go:30)	MOVQ	AX, 8(SP)
	0x0077 00119 (closure_higher_order.go:30)	MOVQ	BX, 16(SP)
	0x007c 00124 (closure_higher_order.go:30)	NOP
	0x0080 00128 (closure_higher_order.go:30)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (closure_higher_order.go:30)	PCDATA	$0, $-1
	0x0085 00133 (closure_higher_order.go:30)	MOVQ	8(SP), AX
	0x008a 00138 (closure_higher_order.go:30)	MOVQ	16(SP), BX
	0x008f 00143 (closure_higher_order.go:30)	JMP	0
	0x0000 49 3b 66 10 76 6c 55 48 89 e5 48 83 ec 20 48 89  I;f.vlUH..H.. H.
	0x0010 44 24 30 48 89 5c 24 38 b8 18 00 00 00 48 8d 1d  D$0H.\$8.....H..
	0x0020 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48 8d  ..............H.
	0x0030 15 00 00 00 00 48 89 10 83 3d 00 00 00 00 00 90  .....H...=......
	0x0040 75 0c 48 8b 4c 24 30 48 8b 54 24 38 eb 16 e8 00  u.H.L$0H.T$8....
	0x0050 00 00 00 48 8b 4c 24 30 49 89 0b 48 8b 54 24 38  ...H.L$0I..H.T$8
	0x0060 49 89 53 08 48 89 48 08 48 89 50 10 48 83 c4 20  I.S.H.H.H.P.H.. 
	0x0070 5d c3 48 89 44 24 08 48 89 5c 24 10 0f 1f 40 00  ].H.D$.H.\$...@.
	0x0080 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 e9  .....H.D$.H.\$..
	0x0090 6c ff ff ff                                      l...
	rel 32+4 t=R_PCREL type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int }+0
	rel 42+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 49+4 t=R_PCREL main.compose.func1+0
	rel 58+4 t=R_PCREL runtime.writeBarrier+-1
	rel 79+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 129+4 t=R_CALL runtime.morestack_noctxt+0
main.compose.func1 STEXT size=68 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (closure_higher_order.go:31)	TEXT	main.compose.func1(SB), NEEDCTXT|ABIInternal, $24-8
	0x0000 00000 (closure_higher_order.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_higher_order.go:31)	PCDATA	$0, $-2
	0x0004 00004 (closure_higher_order.go:31)	JLS	51
	0x0006 00006 (closure_higher_order.go:31)	PCDATA	$0, $-1
	0x0006 00006 (closure_higher_order.go:31)	PUSHQ	BP
	0x0007 00007 (closure_higher_order.go:31)	MOVQ	SP, BP
	0x000a 00010 (closure_higher_order.go:31)	SUBQ	$16, SP
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$5, main.compose.func1.arginfo1(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$6, main.compose.func1.argliveinfo(SB)
	0x000e 00014 (closure_higher_order.go:31)	PCDATA	$3, $1
	0x000e 00014 (closure_higher_order.go:31)	MOVQ	16(DX), CX
	0x0012 00018 (closure_higher_order.go:31)	MOVQ	8(DX), BX
	0x0016 00022 (closure_higher_order.go:31)	MOVQ	BX, main.f+8(SP)
	0x001b 00027 (closure_higher_order.go:31)	MOVQ	(CX), BX
	0x001e 00030 (closure_higher_order.go:31)	MOVQ	CX, DX
	0x0021 00033 (closure_higher_order.go:31)	PCDATA	$1, $1
	0x0021 00033 (closure_higher_order.go:31)	CALL	BX
	0x0023 00035 (closure_higher_order.go:31)	MOVQ	main.f+8(SP), DX
	0x0028 00040 (closure_higher_order.go:31)	MOVQ	(DX), CX
	0x002b 00043 (closure_higher_order.go:31)	PCDATA	$1, $0
	0x002b 00043 (closure_higher_order.go:31)	CALL	CX
	0x002d 00045 (closure_higher_order.go:31)	ADDQ	$16, SP
	0x0031 00049 (closure_higher_order.go:31)	POPQ	BP
	0x0032 00050 (closure_higher_order.go:31)	RET
	0x0033 00051 (closure_higher_order.go:31)	NOP
	0x0033 00051 (closure_higher_order.go:31)	PCDATA	$1, $-1
	0x0033 00051 (closure_higher_order.go:31)	PCDATA	$0, $-2
	0x0033 00051 (closure_higher_order.go:31)	MOVQ	AX, 8(SP)
	0x0038 00056 (closure_higher_order.go:31)	CALL	runtime.morestack(SB)
	0x003d 00061 (closure_higher_order.go:31)	PCDATA	$0, $-1
	0x003d 00061 (closure_higher_order.go:31)	MOVQ	8(SP), AX
	0x0042 00066 (closure_higher_order.go:31)	JMP	0
	0x0000 49 3b 66 10 76 2d 55 48 89 e5 48 83 ec 10 48 8b  I;f.v-UH..H...H.
	0x0010 4a 10 48 8b 5a 08 48 89 5c 24 08 48 8b 19 48 89  J.H.Z.H.\$.H..H.
	0x0020 ca ff d3 48 8b 54 24 08 48 8b 0a ff d1 48 83 c4  ...H.T$.H....H..
	0x0030 10 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  .].H.D$......H.D
	0x0040 24 08 eb bc                                      $...
	rel 33+0 t=R_CALLIND +0
	rel 43+0 t=R_CALLIND +0
	rel 57+4 t=R_CALL runtime.morestack+0
main.main STEXT size=1105 align=0x0 args=0x0 locals=0x1a0 funcid=0x0
	0x0000 00000 (closure_higher_order.go:34)	TEXT	main.main(SB), ABIInternal, $416-0
	0x0000 00000 (closure_higher_order.go:34)	LEAQ	-288(SP), R12
	0x0008 00008 (closure_higher_order.go:34)	CMPQ	R12, 16(R14)
	0x000c 00012 (closure_higher_order.go:34)	PCDATA	$0, $-2
	0x000c 00012 (closure_higher_order.go:34)	JLS	1095
	0x0012 00018 (closure_higher_order.go:34)	PCDATA	$0, $-1
	0x0012 00018 (closure_higher_order.go:34)	PUSHQ	BP
	0x0013 00019 (closure_higher_order.go:34)	MOVQ	SP, BP
	0x0016 00022 (closure_higher_order.go:34)	SUBQ	$408, SP
	0x001d 00029 (closure_higher_order.go:34)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
	0x001d 00029 (closure_higher_order.go:34)	FUNCDATA	$1, gclocals·HJPlQ/0CCMxuEl3RqE80Jw==(SB)
	0x001d 00029 (closure_higher_order.go:34)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (closure_higher_order.go:35)	MOVQ	$1, main..autotmp_70+272(SP)
	0x0029 00041 (closure_higher_order.go:35)	MOVQ	$2, main..autotmp_70+280(SP)
	0x0035 00053 (closure_higher_order.go:35)	MOVQ	$3, main..autotmp_70+288(SP)
	0x0041 00065 (closure_higher_order.go:35)	MOVQ	$4, main..autotmp_70+296(SP)
	0x004d 00077 (closure_higher_order.go:35)	MOVQ	$5, main..autotmp_70+304(SP)
	0x0059 00089 (closure_higher_order.go:35)	MOVQ	$6, main..autotmp_70+312(SP)
	0x0065 00101 (closure_higher_order.go:35)	MOVQ	$7, main..autotmp_70+320(SP)
	0x0071 00113 (closure_higher_order.go:35)	MOVQ	$8, main..autotmp_70+328(SP)
	0x007d 00125 (closure_higher_order.go:35)	MOVQ	$9, main..autotmp_70+336(SP)
	0x0089 00137 (closure_higher_order.go:35)	MOVQ	$10, main..autotmp_70+344(SP)
	0x0095 00149 (closure_higher_order.go:36)	XCHGL	AX, AX
	0x0096 00150 (closure_higher_order.go:5)	LEAQ	main..autotmp_71+192(SP), AX
	0x009e 00158 (closure_higher_order.go:5)	MOVUPS	X15, (AX)
	0x00a2 00162 (closure_higher_order.go:5)	MOVUPS	X15, 16(AX)
	0x00a7 00167 (closure_higher_order.go:5)	MOVUPS	X15, 32(AX)
	0x00ac 00172 (closure_higher_order.go:5)	MOVUPS	X15, 48(AX)
	0x00b1 00177 (closure_higher_order.go:5)	MOVUPS	X15, 64(AX)
	0x00b6 00182 (closure_higher_order.go:6)	XORL	DX, DX
	0x00b8 00184 (closure_higher_order.go:6)	MOVL	$10, R8
	0x00be 00190 (closure_higher_order.go:6)	XORL	R9, R9
	0x00c1 00193 (closure_higher_order.go:6)	XORL	CX, CX
	0x00c3 00195 (closure_higher_order.go:6)	JMP	212
	0x00c5 00197 (closure_higher_order.go:36)	IMULQ	R10, R10
	0x00c9 00201 (closure_higher_order.go:7)	MOVQ	R10, -8(AX)(BX*8)
	0x00ce 00206 (closure_higher_order.go:6)	INCQ	DX
	0x00d1 00209 (closure_higher_order.go:6)	MOVQ	BX, CX
	0x00d4 00212 (closure_higher_order.go:6)	CMPQ	DX, $10
	0x00d8 00216 (closure_higher_order.go:6)	JGE	357
	0x00de 00222 (closure_higher_order.go:7)	LEAQ	1(CX), BX
	0x00e2 00226 (closure_higher_order.go:6)	MOVQ	main..autotmp_70+272(SP)(DX*8), R10
	0x00ea 00234 (<unknown line number>)	NOP
	0x00ea 00234 (closure_higher_order.go:7)	CMPQ	R8, BX
	0x00ed 00237 (closure_higher_order.go:7)	JCC	197
	0x00ef 00239 (closure_higher_order.go:6)	MOVQ	DX, main..autotmp_124+360(SP)
	0x00f7 00247 (closure_higher_order.go:6)	MOVQ	R10, main.x+88(SP)
	0x00fc 00252 (closure_higher_order.go:6)	MOVB	R9B, main..autotmp_125+71(SP)
	0x0101 00257 (closure_higher_order.go:7)	CMPQ	BX, $4
	0x0105 00261 (closure_higher_order.go:7)	JGT	304
	0x0107 00263 (closure_higher_order.go:6)	TESTB	R9B, R9B
	0x010a 00266 (closure_higher_order.go:7)	JNE	304
	0x010c 00268 (closure_higher_order.go:7)	TESTQ	CX, CX
	0x010f 00271 (closure_higher_order.go:7)	JNE	304
	0x0111 00273 (closure_higher_order.go:7)	LEAQ	main..autotmp_88+160(SP), AX
	0x0119 00281 (closure_higher_order.go:7)	MOVUPS	X15, (AX)
	0x011d 00285 (closure_higher_order.go:7)	MOVUPS	X15, 16(AX)
	0x0122 00290 (closure_higher_order.go:7)	MOVL	$4, R8
	0x0128 00296 (closure_higher_order.go:7)	MOVL	$1, R9
	0x012e 00302 (closure_higher_order.go:7)	JMP	197
	0x0130 00304 (closure_higher_order.go:7)	MOVQ	R8, CX
	0x0133 00307 (closure_higher_order.go:7)	MOVL	$1, DI
	0x0138 00312 (closure_higher_order.go:7)	LEAQ	type:int(SB), SI
	0x013f 00319 (closure_higher_order.go:7)	PCDATA	$1, $0
	0x013f 00319 (closure_higher_order.go:7)	NOP
	0x0140 00320 (closure_higher_order.go:7)	CALL	runtime.growslice(SB)
	0x0145 00325 (closure_higher_order.go:6)	MOVQ	main..autotmp_124+360(SP), DX
	0x014d 00333 (closure_higher_order.go:36)	MOVQ	main.x+88(SP), R10
	0x0152 00338 (closure_higher_order.go:7)	MOVQ	CX, R8
	0x0155 00341 (closure_higher_order.go:7)	MOVBLZX	main..autotmp_125+71(SP), R9
	0x015b 00347 (closure_higher_order.go:7)	NOP
	0x0160 00352 (closure_higher_order.go:7)	JMP	197
	0x0165 00357 (closure_higher_order.go:6)	MOVQ	CX, main.out.len+112(SP)
	0x016a 00362 (closure_higher_order.go:6)	MOVQ	AX, main.out.ptr+376(SP)
	0x0172 00370 (<unknown line number>)	NOP
	0x0172 00370 (closure_higher_order.go:14)	XORL	DX, DX
	0x0174 00372 (closure_higher_order.go:14)	XORL	R8, R8
	0x0177 00375 (closure_higher_order.go:14)	XORL	R9, R9
	0x017a 00378 (closure_higher_order.go:14)	XORL	R10, R10
	0x017d 00381 (closure_higher_order.go:14)	XORL	R11, R11
	0x0180 00384 (closure_higher_order.go:14)	JMP	392
	0x0182 00386 (closure_higher_order.go:14)	INCQ	R8
	0x0185 00389 (closure_higher_order.go:14)	MOVQ	BX, R10
	0x0188 00392 (closure_higher_order.go:14)	CMPQ	R8, CX
	0x018b 00395 (closure_higher_order.go:14)	JGE	575
	0x0191 00401 (closure_higher_order.go:14)	MOVQ	(AX)(R8*8), R12
	0x0195 00405 (<unknown line number>)	NOP
	0x0195 00405 (closure_higher_order.go:37)	BTL	$0, R12
	0x019a 00410 (closure_higher_order.go:37)	NOP
	0x01a0 00416 (closure_higher_order.go:15)	JCS	567
	0x01a6 00422 (closure_higher_order.go:16)	LEAQ	1(R10), BX
	0x01aa 00426 (closure_higher_order.go:16)	CMPQ	R9, BX
	0x01ad 00429 (closure_higher_order.go:16)	JCC	557
	0x01b3 00435 (closure_higher_order.go:14)	MOVQ	R8, main..autotmp_124+360(SP)
	0x01bb 00443 (closure_higher_order.go:14)	MOVQ	R12, main.x+80(SP)
	0x01c0 00448 (closure_higher_order.go:14)	MOVB	DL, main..autotmp_126+70(SP)
	0x01c4 00452 (closure_higher_order.go:16)	CMPQ	BX, $4
	0x01c8 00456 (closure_higher_order.go:16)	JGT	497
	0x01ca 00458 (closure_higher_order.go:14)	TESTB	DL, DL
	0x01cc 00460 (closure_higher_order.go:16)	JNE	497
	0x01ce 00462 (closure_higher_order.go:16)	TESTQ	R10, R10
	0x01d1 00465 (closure_higher_order.go:16)	JNE	497
	0x01d3 00467 (closure_higher_order.go:16)	LEAQ	main..autotmp_90+128(SP), R11
	0x01db 00475 (closure_higher_order.go:16)	MOVUPS	X15, (R11)
	0x01df 00479 (closure_higher_order.go:16)	MOVUPS	X15, 16(R11)
	0x01e4 00484 (closure_higher_order.go:16)	MOVL	$4, R9
	0x01ea 00490 (closure_higher_order.go:16)	MOVL	$1, DX
	0x01ef 00495 (closure_higher_order.go:16)	JMP	557
	0x01f1 00497 (closure_higher_order.go:16)	MOVQ	R11, AX
	0x01f4 00500 (closure_higher_order.go:16)	MOVQ	R9, CX
	0x01f7 00503 (closure_higher_order.go:16)	MOVL	$1, DI
	0x01fc 00508 (closure_higher_order.go:16)	LEAQ	type:int(SB), SI
	0x0203 00515 (closure_higher_order.go:16)	PCDATA	$1, $1
	0x0203 00515 (closure_higher_order.go:16)	CALL	runtime.growslice(SB)
	0x0208 00520 (closure_higher_order.go:14)	MOVQ	main..autotmp_124+360(SP), R8
	0x0210 00528 (closure_higher_order.go:16)	MOVQ	main.x+80(SP), R12
	0x0215 00533 (closure_higher_order.go:16)	MOVQ	AX, R11
	0x0218 00536 (closure_higher_order.go:16)	MOVQ	CX, R9
	0x021b 00539 (closure_higher_order.go:16)	MOVBLZX	main..autotmp_126+70(SP), DX
	0x0220 00544 (closure_higher_order.go:14)	MOVQ	main.out.ptr+376(SP), AX
	0x0228 00552 (closure_higher_order.go:14)	MOVQ	main.out.len+112(SP), CX
	0x022d 00557 (closure_higher_order.go:16)	MOVQ	R12, -8(R11)(BX*8)
	0x0232 00562 (closure_higher_order.go:16)	JMP	386
	0x0237 00567 (<unknown line number>)	MOVQ	R10, BX
	0x023a 00570 (closure_higher_order.go:15)	JMP	386
	0x023f 00575 (closure_higher_order.go:37)	LEAQ	+424(FP), DX
	0x0247 00583 (closure_higher_order.go:37)	SUBQ	SP, DX
	0x024a 00586 (closure_higher_order.go:37)	MOVQ	R11, BX
	0x024d 00589 (closure_higher_order.go:37)	SUBQ	SP, R11
	0x0250 00592 (closure_higher_order.go:37)	CMPQ	R11, DX
	0x0253 00595 (closure_higher_order.go:37)	JCC	619
	0x0255 00597 (closure_higher_order.go:37)	MOVL	$8, AX
	0x025a 00602 (closure_higher_order.go:37)	MOVQ	R10, CX
	0x025d 00605 (closure_higher_order.go:37)	PCDATA	$1, $0
	0x025d 00605 (closure_higher_order.go:37)	NOP
	0x0260 00608 (closure_higher_order.go:37)	CALL	runtime.moveSliceNoCapNoScan(SB)
	0x0265 00613 (closure_higher_order.go:37)	MOVQ	BX, R10
	0x0268 00616 (closure_higher_order.go:37)	MOVQ	AX, BX
	0x026b 00619 (closure_higher_order.go:38)	XCHGL	AX, AX
	0x026c 00620 (closure_higher_order.go:24)	XORL	AX, AX
	0x026e 00622 (closure_higher_order.go:24)	XORL	CX, CX
	0x0270 00624 (closure_higher_order.go:24)	JMP	634
	0x0272 00626 (closure_higher_order.go:25)	XCHGL	AX, AX
	0x0273 00627 (closure_higher_order.go:38)	ADDQ	(BX)(CX*8), AX
	0x0277 00631 (closure_higher_order.go:24)	INCQ	CX
	0x027a 00634 (closure_higher_order.go:24)	CMPQ	CX, R10
	0x027d 00637 (closure_higher_order.go:24)	JLT	626
	0x027f 00639 (closure_higher_order.go:37)	MOVQ	BX, main.out.ptr+368(SP)
	0x0287 00647 (closure_higher_order.go:37)	MOVQ	R10, main.out.len+104(SP)
	0x028c 00652 (closure_higher_order.go:24)	MOVQ	AX, main.acc+120(SP)
	0x0291 00657 (closure_higher_order.go:39)	PCDATA	$1, $2
	0x0291 00657 (closure_higher_order.go:39)	CALL	runtime.printlock(SB)
	0x0296 00662 (closure_higher_order.go:39)	LEAQ	go:string."even squares sum "(SB), AX
	0x029d 00669 (closure_higher_order.go:39)	MOVL	$17, BX
	0x02a2 00674 (closure_higher_order.go:39)	CALL	runtime.printstring(SB)
	0x02a7 00679 (closure_higher_order.go:39)	MOVQ	main.acc+120(SP), AX
	0x02ac 00684 (closure_higher_order.go:39)	CALL	runtime.printint(SB)
	0x02b1 00689 (closure_higher_order.go:39)	CALL	runtime.printnl(SB)
	0x02b6 00694 (closure_higher_order.go:39)	CALL	runtime.printunlock(SB)
	0x02bb 00699 (closure_higher_order.go:39)	XORL	AX, AX
	0x02bd 00701 (closure_higher_order.go:40)	JMP	764
	0x02bf 00703 (closure_higher_order.go:40)	MOVQ	AX, main..autotmp_124+360(SP)
	0x02c7 00711 (closure_higher_order.go:40)	MOVQ	main.out.ptr+368(SP), CX
	0x02cf 00719 (closure_higher_order.go:40)	MOVQ	(CX)(AX*8), AX
	0x02d3 00723 (closure_higher_order.go:40)	MOVQ	AX, main.v+96(SP)
	0x02d8 00728 (closure_higher_order.go:41)	CALL	runtime.printlock(SB)
	0x02dd 00733 (closure_higher_order.go:41)	MOVQ	main.v+96(SP), AX
	0x02e2 00738 (closure_higher_order.go:41)	CALL	runtime.printint(SB)
	0x02e7 00743 (closure_higher_order.go:41)	CALL	runtime.printsp(SB)
	0x02ec 00748 (closure_higher_order.go:41)	CALL	runtime.printunlock(SB)
	0x02f1 00753 (closure_higher_order.go:40)	MOVQ	main..autotmp_124+360(SP), AX
	0x02f9 00761 (closure_higher_order.go:40)	INCQ	AX
	0x02fc 00764 (closure_higher_order.go:40)	MOVQ	main.out.len+104(SP), CX
	0x0301 00769 (closure_higher_order.go:40)	CMPQ	AX, CX
	0x0304 00772 (closure_higher_order.go:40)	JLT	703
	0x0306 00774 (closure_higher_order.go:43)	PCDATA	$1, $0
	0x0306 00774 (closure_higher_order.go:43)	CALL	runtime.printlock(SB)
	0x030b 00779 (closure_higher_order.go:43)	CALL	runtime.printnl(SB)
	0x0310 00784 (closure_higher_order.go:43)	CALL	runtime.printunlock(SB)
	0x0315 00789 (closure_higher_order.go:46)	LEAQ	main.main.func4(SB), AX
	0x031c 00796 (closure_higher_order.go:46)	MOVQ	AX, main..autotmp_81+392(SP)
	0x0324 00804 (closure_higher_order.go:46)	LEAQ	main.fact+384(SP), AX
	0x032c 00812 (closure_higher_order.go:46)	MOVQ	AX, main..autotmp_81+400(SP)
	0x0334 00820 (closure_higher_order.go:46)	LEAQ	main..autotmp_81+392(SP), DX
	0x033c 00828 (closure_higher_order.go:46)	MOVQ	DX, main.fact+384(SP)
	0x0344 00836 (closure_higher_order.go:52)	MOVQ	main..autotmp_81+392(SP), AX
	0x034c 00844 (closure_higher_order.go:52)	MOVQ	AX, CX
	0x034f 00847 (closure_higher_order.go:52)	MOVL	$10, AX
	0x0354 00852 (closure_higher_order.go:52)	PCDATA	$1, $3
	0x0354 00852 (closure_higher_order.go:52)	CALL	CX
	0x0356 00854 (closure_higher_order.go:52)	MOVQ	AX, main..autotmp_124+360(SP)
	0x035e 00862 (closure_higher_order.go:52)	MOVQ	main.fact+384(SP), DX
	0x0366 00870 (closure_higher_order.go:52)	MOVQ	(DX), AX
	0x0369 00873 (closure_higher_order.go:52)	MOVQ	AX, CX
	0x036c 00876 (closure_higher_order.go:52)	MOVL	$20, AX
	0x0371 00881 (closure_higher_order.go:52)	PCDATA	$1, $0
	0x0371 00881 (closure_higher_order.go:52)	CALL	CX
	0x0373 00883 (closure_higher_order.go:52)	MOVQ	AX, main..autotmp_127+352(SP)
	0x037b 00891 (closure_higher_order.go:52)	NOP
	0x0380 00896 (closure_higher_order.go:52)	CALL	runtime.printlock(SB)
	0x0385 00901 (closure_higher_order.go:52)	LEAQ	go:string."10! = "(SB), AX
	0x038c 00908 (closure_higher_order.go:52)	MOVL	$6, BX
	0x0391 00913 (closure_higher_order.go:52)	CALL	runtime.printstring(SB)
	0x0396 00918 (closure_higher_order.go:52)	MOVQ	main..autotmp_124+360(SP), AX
	0x039e 00926 (closure_higher_order.go:52)	NOP
	0x03a0 00928 (closure_higher_order.go:52)	CALL	runtime.printint(SB)
	0x03a5 00933 (closure_higher_order.go:52)	LEAQ	go:string." 20! = "(SB), AX
	0x03ac 00940 (closure_higher_order.go:52)	MOVL	$7, BX
	0x03b1 00945 (closure_higher_order.go:52)	CALL	runtime.printstring(SB)
	0x03b6 00950 (closure_higher_order.go:52)	MOVQ	main..autotmp_127+352(SP), AX
	0x03be 00958 (closure_higher_order.go:52)	NOP
	0x03c0 00960 (closure_higher_order.go:52)	CALL	runtime.printint(SB)
	0x03c5 00965 (closure_higher_order.go:52)	CALL	runtime.printnl(SB)
	0x03ca 00970 (closure_higher_order.go:52)	CALL	runtime.printunlock(SB)
	0x03cf 00975 (closure_higher_order.go:31)	MOVQ	main.main.func5·f(SB), AX
	0x03d6 00982 (<unknown line number>)	NOP
	0x03d6 00982 (<unknown line number>)	NOP
	0x03d6 00982 (<unknown line number>)	NOP
	0x03d6 00982 (closure_higher_order.go:31)	XCHGL	AX, AX
	0x03d7 00983 (closure_higher_order.go:31)	XCHGL	AX, AX
	0x03d8 00984 (closure_higher_order.go:31)	XCHGL	AX, AX
	0x03d9 00985 (closure_higher_order.go:31)	LEAQ	main.main.func5·f(SB), DX
	0x03e0 00992 (closure_higher_order.go:31)	MOVQ	AX, CX
	0x03e3 00995 (closure_higher_order.go:31)	MOVL	$1, AX
	0x03e8 01000 (closure_higher_order.go:31)	CALL	CX
	0x03ea 01002 (closure_higher_order.go:31)	MOVQ	main.main.func5·f(SB), CX
	0x03f1 01009 (closure_higher_order.go:55)	LEAQ	(AX)(AX*8), AX
	0x03f5 01013 (closure_higher_order.go:31)	XCHGL	AX, AX
	0x03f6 01014 (<unknown line number>)	NOP
	0x03f6 01014 (closure_higher_order.go:31)	LEAQ	main.main.func5·f(SB), DX
	0x03fd 01021 (closure_higher_order.go:31)	CALL	CX
	0x03ff 01023 (closure_higher_order.go:31)	MOVQ	AX, main.~r0+72(SP)
	0x0404 01028 (closure_higher_order.go:58)	CALL	runtime.printlock(SB)
	0x0409 01033 (closure_higher_order.go:58)	MOVL	$16, AX
	0x040e 01038 (closure_higher_order.go:58)	CALL	runtime.printint(SB)
	0x0413 01043 (closure_higher_order.go:58)	CALL	runtime.printsp(SB)
	0x0418 01048 (closure_higher_order.go:58)	MOVL	$18, AX
	0x041d 01053 (closure_higher_order.go:58)	NOP
	0x0420 01056 (closure_higher_order.go:58)	CALL	runtime.printint(SB)
	0x0425 01061 (closure_higher_order.go:58)	CALL	runtime.printsp(SB)
	0x042a 01066 (closure_higher_order.go:58)	MOVQ	main.~r0+72(SP), AX
	0x042f 01071 (closure_higher_order.go:58)	CALL	runtime.printint(SB)
	0x0434 01076 (closure_higher_order.go:58)	CALL	runtime.printnl(SB)
	0x0439 01081 (closure_higher_order.go:58)	CALL	runtime.printunlock(SB)
	0x043e 01086 (closure_higher_order.go:59)	ADDQ	$408, SP
	0x0445 01093 (closure_higher_order.go:59)	POPQ	BP
	0x0446 01094 (closure_higher_order.go:59)	RET
	0x0447 01095 (closure_higher_order.go:59)	NOP
	0x0447 01095 (closure_higher_order.go:34)	PCDATA	$1, $-1
	0x0447 01095 (closure_higher_order.go:34)	PCDATA	$0, $-2
	0x0447 01095 (closure_higher_order.go:34)	CALL	runtime.morestack_noctxt(SB)
	0x044c 01100 (closure_higher_order.go:34)	PCDATA	$0, $-1
	0x044c 01100 (closure_higher_order.go:34)	JMP	0
	0x0000 4c 8d a4 24 e0 fe ff ff 4d 3b 66 10 0f 86 35 04  L..$....M;f...5.
	0x0010 00 00 55 48 89 e5 48 81 ec 98 01 00 00 48 c7 84  ..UH..H......H..
	0x0020 24 10 01 00 00 01 00 00 00 48 c7 84 24 18 01 00  $........H..$...
	0x0030 00 02 00 00 00 48 c7 84 24 20 01 00 00 03 00 00  .....H..$ ......
	0x0040 00 48 c7 84 24 28 01 00 00 04 00 00 00 48 c7 84  .H..$(.......H..
	0x0050 24 30 01 00 00 05 00 00 00 48 c7 84 24 38 01 00  $0.......H..$8..
	0x0060 00 06 00 00 00 48 c7 84 24 40 01 00 00 07 00 00  .....H..$@......
	0x0070 00 48 c7 84 24 48 01 00 00 08 00 00 00 48 c7 84  .H..$H.......H..
	0x0080 24 50 01 00 00 09 00 00 00 48 c7 84 24 58 01 00  $P.......H..$X..
	0x0090 00 0a 00 00 00 90 48 8d 84 24 c0 00 00 00 44 0f  ......H..$....D.
	0x00a0 11 38 44 0f 11 78 10 44 0f 11 78 20 44 0f 11 78  .8D..x.D..x D..x
	0x00b0 30 44 0f 11 78 40 31 d2 41 b8 0a 00 00 00 45 31  0D..x@1.A.....E1
	0x00c0 c9 31 c9 eb 0f 4d 0f af d2 4c 89 54 d8 f8 48 ff  .1...M...L.T..H.
	0x00d0 c2 48 89 d9 48 83 fa 0a 0f 8d 87 00 00 00 48 8d  .H..H.........H.
	0x00e0 59 01 4c 8b 94 d4 10 01 00 00 49 39 d8 73 d6 48  Y.L.......I9.s.H
	0x00f0 89 94 24 68 01 00 00 4c 89 54 24 58 44 88 4c 24  ..$h...L.T$XD.L$
	0x0100 47 48 83 fb 04 7f 29 45 84 c9 75 24 48 85 c9 75  GH....)E..u$H..u
	0x0110 1f 48 8d 84 24 a0 00 00 00 44 0f 11 38 44 0f 11  .H..$....D..8D..
	0x0120 78 10 41 b8 04 00 00 00 41 b9 01 00 00 00 eb 95  x.A.....A.......
	0x0130 4c 89 c1 bf 01 00 00 00 48 8d 35 00 00 00 00 90  L.......H.5.....
	0x0140 e8 00 00 00 00 48 8b 94 24 68 01 00 00 4c 8b 54  .....H..$h...L.T
	0x0150 24 58 49 89 c8 44 0f b6 4c 24 47 0f 1f 44 00 00  $XI..D..L$G..D..
	0x0160 e9 60 ff ff ff 48 89 4c 24 70 48 89 84 24 78 01  .`...H.L$pH..$x.
	0x0170 00 00 31 d2 45 31 c0 45 31 c9 45 31 d2 45 31 db  ..1.E1.E1.E1.E1.
	0x0180 eb 06 49 ff c0 49 89 da 49 39 c8 0f 8d ae 00 00  ..I..I..I9......
	0x0190 00 4e 8b 24 c0 41 0f ba e4 00 66 0f 1f 44 00 00  .N.$.A....f..D..
	0x01a0 0f 82 91 00 00 00 49 8d 5a 01 49 39 d9 0f 83 7a  ......I.Z.I9...z
	0x01b0 00 00 00 4c 89 84 24 68 01 00 00 4c 89 64 24 50  ...L..$h...L.d$P
	0x01c0 88 54 24 46 48 83 fb 04 7f 27 84 d2 75 23 4d 85  .T$FH....'..u#M.
	0x01d0 d2 75 1e 4c 8d 9c 24 80 00 00 00 45 0f 11 3b 45  .u.L..$....E..;E
	0x01e0 0f 11 7b 10 41 b9 04 00 00 00 ba 01 00 00 00 eb  ..{.A...........
	0x01f0 3c 4c 89 d8 4c 89 c9 bf 01 00 00 00 48 8d 35 00  <L..L.......H.5.
	0x0200 00 00 00 e8 00 00 00 00 4c 8b 84 24 68 01 00 00  ........L..$h...
	0x0210 4c 8b 64 24 50 49 89 c3 49 89 c9 0f b6 54 24 46  L.d$PI..I....T$F
	0x0220 48 8b 84 24 78 01 00 00 48 8b 4c 24 70 4d 89 64  H..$x...H.L$pM.d
	0x0230 db f8 e9 4b ff ff ff 4c 89 d3 e9 43 ff ff ff 48  ...K...L...C...H
	0x0240 8d 94 24 a8 01 00 00 48 29 e2 4c 89 db 49 29 e3  ..$....H).L..I).
	0x0250 49 39 d3 73 16 b8 08 00 00 00 4c 89 d1 0f 1f 00  I9.s......L.....
	0x0260 e8 00 00 00 00 49 89 da 48 89 c3 90 31 c0 31 c9  .....I..H...1.1.
	0x0270 eb 08 90 48 03 04 cb 48 ff c1 4c 39 d1 7c f3 48  ...H...H..L9.|.H
	0x0280 89 9c 24 70 01 00 00 4c 89 54 24 68 48 89 44 24  ..$p...L.T$hH.D$
	0x0290 78 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 11 00  x.....H.........
	0x02a0 00 00 e8 00 00 00 00 48 8b 44 24 78 e8 00 00 00  .......H.D$x....
	0x02b0 00 e8 00 00 00 00 e8 00 00 00 00 31 c0 eb 3d 48  ...........1..=H
	0x02c0 89 84 24 68 01 00 00 48 8b 8c 24 70 01 00 00 48  ..$h...H..$p...H
	0x02d0 8b 04 c1 48 89 44 24 60 e8 00 00 00 00 48 8b 44  ...H.D$`.....H.D
	0x02e0 24 60 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  $`..............
	0x02f0 00 48 8b 84 24 68 01 00 00 48 ff c0 48 8b 4c 24  .H..$h...H..H.L$
	0x0300 68 48 39 c8 7c b9 e8 00 00 00 00 e8 00 00 00 00  hH9.|...........
	0x0310 e8 00 00 00 00 48 8d 05 00 00 00 00 48 89 84 24  .....H......H..$
	0x0320 88 01 00 00 48 8d 84 24 80 01 00 00 48 89 84 24  ....H..$....H..$
	0x0330 90 01 00 00 48 8d 94 24 88 01 00 00 48 89 94 24  ....H..$....H..$
	0x0340 80 01 00 00 48 8b 84 24 88 01 00 00 48 89 c1 b8  ....H..$....H...
	0x0350 0a 00 00 00 ff d1 48 89 84 24 68 01 00 00 48 8b  ......H..$h...H.
	0x0360 94 24 80 01 00 00 48 8b 02 48 89 c1 b8 14 00 00  .$....H..H......
	0x0370 00 ff d1 48 89 84 24 60 01 00 00 0f 1f 44 00 00  ...H..$`.....D..
	0x0380 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 06 00 00  .....H..........
	0x0390 00 e8 00 00 00 00 48 8b 84 24 68 01 00 00 66 90  ......H..$h...f.
	0x03a0 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 07 00 00  .....H..........
	0x03b0 00 e8 00 00 00 00 48 8b 84 24 60 01 00 00 66 90  ......H..$`...f.
	0x03c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x03d0 8b 05 00 00 00 00 90 90 90 48 8d 15 00 00 00 00  .........H......
	0x03e0 48 89 c1 b8 01 00 00 00 ff d1 48 8b 0d 00 00 00  H.........H.....
	0x03f0 00 48 8d 04 c0 90 48 8d 15 00 00 00 00 ff d1 48  .H....H........H
	0x0400 89 44 24 48 e8 00 00 00 00 b8 10 00 00 00 e8 00  .D$H............
	0x0410 00 00 00 e8 00 00 00 00 b8 12 00 00 00 0f 1f 00  ................
	0x0420 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 48 e8  ..........H.D$H.
	0x0430 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 81  ..............H.
	0x0440 c4 98 01 00 00 5d c3 e8 00 00 00 00 e9 af fb ff  .....]..........
	0x0450 ff                                               .
	rel 315+4 t=R_PCREL type:int+0
	rel 321+4 t=R_CALL runtime.growslice+0
	rel 511+4 t=R_PCREL type:int+0
	rel 516+4 t=R_CALL runtime.growslice+0
	rel 609+4 t=R_CALL runtime.moveSliceNoCapNoScan+0
	rel 658+4 t=R_CALL runtime.printlock+0
	rel 665+4 t=R_PCREL go:string."even squares sum "+0
	rel 675+4 t=R_CALL runtime.printstring+0
	rel 685+4 t=R_CALL runtime.printint+0
	rel 690+4 t=R_CALL runtime.printnl+0
	rel 695+4 t=R_CALL runtime.printunlock+0
	rel 729+4 t=R_CALL runtime.printlock+0
	rel 739+4 t=R_CALL runtime.printint+0
	rel 744+4 t=R_CALL runtime.printsp+0
	rel 749+4 t=R_CALL runtime.printunlock+0
	rel 775+4 t=R_CALL runtime.printlock+0
	rel 780+4 t=R_CALL runtime.printnl+0
	rel 785+4 t=R_CALL runtime.printunlock+0
	rel 792+4 t=R_PCREL main.main.func4+0
	rel 852+0 t=R_CALLIND +0
	rel 881+0 t=R_CALLIND +0
	rel 897+4 t=R_CALL runtime.printlock+0
	rel 904+4 t=R_PCREL go:string."10! = "+0
	rel 914+4 t=R_CALL runtime.printstring+0
	rel 929+4 t=R_CALL runtime.printint+0
	rel 936+4 t=R_PCREL go:string." 20! = "+0
	rel 946+4 t=R_CALL runtime.printstring+0
	rel 961+4 t=R_CALL runtime.printint+0
	rel 966+4 t=R_CALL runtime.printnl+0
	rel 971+4 t=R_CALL runtime.printunlock+0
	rel 978+4 t=R_PCREL main.main.func5·f+0
	rel 988+4 t=R_PCREL main.main.func5·f+0
	rel 1000+0 t=R_CALLIND +0
	rel 1005+4 t=R_PCREL main.main.func5·f+0
	rel 1017+4 t=R_PCREL main.main.func5·f+0
	rel 1021+0 t=R_CALLIND +0
	rel 1029+4 t=R_CALL runtime.printlock+0
	rel 1039+4 t=R_CALL runtime.printint+0
	rel 1044+4 t=R_CALL runtime.printsp+0
	rel 1057+4 t=R_CALL runtime.printint+0
	rel 1062+4 t=R_CALL runtime.printsp+0
	rel 1072+4 t=R_CALL runtime.printint+0
	rel 1077+4 t=R_CALL runtime.printnl+0
	rel 1082+4 t=R_CALL runtime.printunlock+0
	rel 1096+4 t=R_CALL runtime.morestack_noctxt+0
main.compose.func1#BvZHsVe4VXo=# STEXT size=68 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (closure_higher_order.go:31)	TEXT	main.compose.func1#BvZHsVe4VXo=#(SB), NEEDCTXT|ABIInternal, $24-8
	0x0000 00000 (closure_higher_order.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_higher_order.go:31)	PCDATA	$0, $-2
	0x0004 00004 (closure_higher_order.go:31)	JLS	51
	0x0006 00006 (closure_higher_order.go:31)	PCDATA	$0, $-1
	0x0006 00006 (closure_higher_order.go:31)	PUSHQ	BP
	0x0007 00007 (closure_higher_order.go:31)	MOVQ	SP, BP
	0x000a 00010 (closure_higher_order.go:31)	SUBQ	$16, SP
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$5, main.compose.func1#BvZHsVe4VXo=#.arginfo1(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$6, main.compose.func1#BvZHsVe4VXo=#.argliveinfo(SB)
	0x000e 00014 (closure_higher_order.go:31)	PCDATA	$3, $1
	0x000e 00014 (closure_higher_order.go:31)	MOVQ	16(DX), CX
	0x0012 00018 (closure_higher_order.go:31)	MOVQ	8(DX), BX
	0x0016 00022 (closure_higher_order.go:31)	MOVQ	BX, main.f+8(SP)
	0x001b 00027 (closure_higher_order.go:31)	MOVQ	(CX), BX
	0x001e 00030 (closure_higher_order.go:31)	MOVQ	CX, DX
	0x0021 00033 (closure_higher_order.go:31)	PCDATA	$1, $1
	0x0021 00033 (closure_higher_order.go:31)	CALL	BX
	0x0023 00035 (closure_higher_order.go:31)	MOVQ	main.f+8(SP), DX
	0x0028 00040 (closure_higher_order.go:31)	MOVQ	(DX), CX
	0x002b 00043 (closure_higher_order.go:31)	PCDATA	$1, $0
	0x002b 00043 (closure_higher_order.go:31)	CALL	CX
	0x002d 00045 (closure_higher_order.go:31)	ADDQ	$16, SP
	0x0031 00049 (closure_higher_order.go:31)	POPQ	BP
	0x0032 00050 (closure_higher_order.go:31)	RET
	0x0033 00051 (closure_higher_order.go:31)	NOP
	0x0033 00051 (closure_higher_order.go:31)	PCDATA	$1, $-1
	0x0033 00051 (closure_higher_order.go:31)	PCDATA	$0, $-2
	0x0033 00051 (closure_higher_order.go:31)	MOVQ	AX, 8(SP)
	0x0038 00056 (closure_higher_order.go:31)	CALL	runtime.morestack(SB)
	0x003d 00061 (closure_higher_order.go:31)	PCDATA	$0, $-1
	0x003d 00061 (closure_higher_order.go:31)	MOVQ	8(SP), AX
	0x0042 00066 (closure_higher_order.go:31)	JMP	0
	0x0000 49 3b 66 10 76 2d 55 48 89 e5 48 83 ec 10 48 8b  I;f.v-UH..H...H.
	0x0010 4a 10 48 8b 5a 08 48 89 5c 24 08 48 8b 19 48 89  J.H.Z.H.\$.H..H.
	0x0020 ca ff d3 48 8b 54 24 08 48 8b 0a ff d1 48 83 c4  ...H.T$.H....H..
	0x0030 10 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  .].H.D$......H.D
	0x0040 24 08 eb bc                                      $...
	rel 33+0 t=R_CALLIND +0
	rel 43+0 t=R_CALLIND +0
	rel 57+4 t=R_CALL runtime.morestack+0
main.compose.func1#kFf4nreaSqI=# STEXT size=68 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (closure_higher_order.go:31)	TEXT	main.compose.func1#kFf4nreaSqI=#(SB), NEEDCTXT|ABIInternal, $24-8
	0x0000 00000 (closure_higher_order.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_higher_order.go:31)	PCDATA	$0, $-2
	0x0004 00004 (closure_higher_order.go:31)	JLS	51
	0x0006 00006 (closure_higher_order.go:31)	PCDATA	$0, $-1
	0x0006 00006 (closure_higher_order.go:31)	PUSHQ	BP
	0x0007 00007 (closure_higher_order.go:31)	MOVQ	SP, BP
	0x000a 00010 (closure_higher_order.go:31)	SUBQ	$16, SP
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$5, main.compose.func1#kFf4nreaSqI=#.arginfo1(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$6, main.compose.func1#kFf4nreaSqI=#.argliveinfo(SB)
	0x000e 00014 (closure_higher_order.go:31)	PCDATA	$3, $1
	0x000e 00014 (closure_higher_order.go:31)	MOVQ	16(DX), CX
	0x0012 00018 (closure_higher_order.go:31)	MOVQ	8(DX), BX
	0x0016 00022 (closure_higher_order.go:31)	MOVQ	BX, main.f+8(SP)
	0x001b 00027 (closure_higher_order.go:31)	MOVQ	(CX), BX
	0x001e 00030 (closure_higher_order.go:31)	MOVQ	CX, DX
	0x0021 00033 (closure_higher_order.go:31)	PCDATA	$1, $1
	0x0021 00033 (closure_higher_order.go:31)	CALL	BX
	0x0023 00035 (closure_higher_order.go:31)	MOVQ	main.f+8(SP), DX
	0x0028 00040 (closure_higher_order.go:31)	MOVQ	(DX), CX
	0x002b 00043 (closure_higher_order.go:31)	PCDATA	$1, $0
	0x002b 00043 (closure_higher_order.go:31)	CALL	CX
	0x002d 00045 (closure_higher_order.go:31)	ADDQ	$16, SP
	0x0031 00049 (closure_higher_order.go:31)	POPQ	BP
	0x0032 00050 (closure_higher_order.go:31)	RET
	0x0033 00051 (closure_higher_order.go:31)	NOP
	0x0033 00051 (closure_higher_order.go:31)	PCDATA	$1, $-1
	0x0033 00051 (closure_higher_order.go:31)	PCDATA	$0, $-2
	0x0033 00051 (closure_higher_order.go:31)	MOVQ	AX, 8(SP)
	0x0038 00056 (closure_higher_order.go:31)	CALL	runtime.morestack(SB)
	0x003d 00061 (closure_higher_order.go:31)	PCDATA	$0, $-1
	0x003d 00061 (closure_higher_order.go:31)	MOVQ	8(SP), AX
	0x0042 00066 (closure_higher_order.go:31)	JMP	0
	0x0000 49 3b 66 10 76 2d 55 48 89 e5 48 83 ec 10 48 8b  I;f.v-UH..H...H.
	0x0010 4a 10 48 8b 5a 08 48 89 5c 24 08 48 8b 19 48 89  J.H.Z.H.\$.H..H.
	0x0020 ca ff d3 48 8b 54 24 08 48 8b 0a ff d1 48 83 c4  ...H.T$.H....H..
	0x0030 10 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  .].H.D$......H.D
	0x0040 24 08 eb bc                                      $...
	rel 33+0 t=R_CALLIND +0
	rel 43+0 t=R_CALLIND +0
	rel 57+4 t=R_CALL runtime.morestack+0
main.compose.func1#TvuX58xFILk=# STEXT size=68 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (closure_higher_order.go:31)	TEXT	main.compose.func1#TvuX58xFILk=#(SB), NEEDCTXT|ABIInternal, $24-8
	0x0000 00000 (closure_higher_order.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_higher_order.go:31)	PCDATA	$0, $-2
	0x0004 00004 (closure_higher_order.go:31)	JLS	51
	0x0006 00006 (closure_higher_order.go:31)	PCDATA	$0, $-1
	0x0006 00006 (closure_higher_order.go:31)	PUSHQ	BP
	0x0007 00007 (closure_higher_order.go:31)	MOVQ	SP, BP
	0x000a 00010 (closure_higher_order.go:31)	SUBQ	$16, SP
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$5, main.compose.func1#TvuX58xFILk=#.arginfo1(SB)
	0x000e 00014 (closure_higher_order.go:31)	FUNCDATA	$6, main.compose.func1#TvuX58xFILk=#.argliveinfo(SB)
	0x000e 00014 (closure_higher_order.go:31)	PCDATA	$3, $1
	0x000e 00014 (closure_higher_order.go:31)	MOVQ	16(DX), CX
	0x0012 00018 (closure_higher_order.go:31)	MOVQ	8(DX), BX
	0x0016 00022 (closure_higher_order.go:31)	MOVQ	BX, main.f+8(SP)
	0x001b 00027 (closure_higher_order.go:31)	MOVQ	(CX), BX
	0x001e 00030 (closure_higher_order.go:31)	MOVQ	CX, DX
	0x0021 00033 (closure_higher_order.go:31)	PCDATA	$1, $1
	0x0021 00033 (closure_higher_order.go:31)	CALL	BX
	0x0023 00035 (closure_higher_order.go:31)	MOVQ	main.f+8(SP), DX
	0x0028 00040 (closure_higher_order.go:31)	MOVQ	(DX), CX
	0x002b 00043 (closure_higher_order.go:31)	PCDATA	$1, $0
	0x002b 00043 (closure_higher_order.go:31)	CALL	CX
	0x002d 00045 (closure_higher_order.go:31)	ADDQ	$16, SP
	0x0031 00049 (closure_higher_order.go:31)	POPQ	BP
	0x0032 00050 (closure_higher_order.go:31)	RET
	0x0033 00051 (closure_higher_order.go:31)	NOP
	0x0033 00051 (closure_higher_order.go:31)	PCDATA	$1, $-1
	0x0033 00051 (closure_higher_order.go:31)	PCDATA	$0, $-2
	0x0033 00051 (closure_higher_order.go:31)	MOVQ	AX, 8(SP)
	0x0038 00056 (closure_higher_order.go:31)	CALL	runtime.morestack(SB)
	0x003d 00061 (closure_higher_order.go:31)	PCDATA	$0, $-1
	0x003d 00061 (closure_higher_order.go:31)	MOVQ	8(SP), AX
	0x0042 00066 (closure_higher_order.go:31)	JMP	0
	0x0000 49 3b 66 10 76 2d 55 48 89 e5 48 83 ec 10 48 8b  I;f.v-UH..H...H.
	0x0010 4a 10 48 8b 5a 08 48 89 5c 24 08 48 8b 19 48 89  J.H.Z.H.\$.H..H.
	0x0020 ca ff d3 48 8b 54 24 08 48 8b 0a ff d1 48 83 c4  ...H.T$.H....H..
	0x0030 10 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  .].H.D$......H.D
	0x0040 24 08 eb bc                                      $...
	rel 33+0 t=R_CALLIND +0
	rel 43+0 t=R_CALLIND +0
	rel 57+4 t=R_CALL runtime.morestack+0
main.main.func4 STEXT size=83 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (closure_higher_order.go:46)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $16-8
	0x0000 00000 (closure_higher_order.go:46)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_higher_order.go:46)	PCDATA	$0, $-2
	0x0004 00004 (closure_higher_order.go:46)	JLS	66
	0x0006 00006 (closure_higher_order.go:46)	PCDATA	$0, $-1
	0x0006 00006 (closure_higher_order.go:46)	PUSHQ	BP
	0x0007 00007 (closure_higher_order.go:46)	MOVQ	SP, BP
	0x000a 00010 (closure_higher_order.go:46)	SUBQ	$8, SP
	0x000e 00014 (closure_higher_order.go:46)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (closure_higher_order.go:46)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (closure_higher_order.go:46)	FUNCDATA	$5, main.main.func4.arginfo1(SB)
	0x000e 00014 (closure_higher_order.go:46)	FUNCDATA	$6, main.main.func4.argliveinfo(SB)
	0x000e 00014 (closure_higher_order.go:46)	PCDATA	$3, $1
	0x000e 00014 (closure_higher_order.go:47)	CMPQ	AX, $1
	0x0012 00018 (closure_higher_order.go:47)	JGT	31
	0x0014 00020 (closure_higher_order.go:48)	MOVL	$1, AX
	0x0019 00025 (closure_higher_order.go:48)	ADDQ	$8, SP
	0x001d 00029 (closure_higher_order.go:48)	POPQ	BP
	0x001e 00030 (closure_higher_order.go:48)	RET
	0x001f 00031 (closure_higher_order.go:47)	MOVQ	AX, main.n+24(SP)
	0x0024 00036 (closure_higher_order.go:47)	PCDATA	$3, $-1
	0x0024 00036 (closure_higher_order.go:46)	MOVQ	8(DX), CX
	0x0028 00040 (closure_higher_order.go:50)	MOVQ	(CX), DX
	0x002b 00043 (closure_higher_order.go:50)	MOVQ	(DX), CX
	0x002e 00046 (closure_higher_order.go:50)	DECQ	AX
	0x0031 00049 (closure_higher_order.go:50)	PCDATA	$1, $0
	0x0031 00049 (closure_higher_order.go:50)	CALL	CX
	0x0033 00051 (closure_higher_order.go:50)	MOVQ	main.n+24(SP), CX
	0x0038 00056 (closure_higher_order.go:50)	IMULQ	CX, AX
	0x003c 00060 (closure_higher_order.go:50)	ADDQ	$8, SP
	0x0040 00064 (closure_higher_order.go:50)	POPQ	BP
	0x0041 00065 (closure_higher_order.go:50)	RET
	0x0042 00066 (closure_higher_order.go:50)	NOP
	0x0042 00066 (closure_higher_order.go:46)	PCDATA	$1, $-1
	0x0042 00066 (closure_higher_order.go:46)	PCDATA	$0, $-2
	0x0042 00066 (closure_higher_order.go:46)	MOVQ	AX, 8(SP)
	0x0047 00071 (closure_higher_order.go:46)	CALL	runtime.morestack(SB)
	0x004c 00076 (closure_higher_order.go:46)	PCDATA	$0, $-1
	0x004c 00076 (closure_higher_order.go:46)	MOVQ	8(SP), AX
	0x0051 00081 (closure_higher_order.go:46)	JMP	0
	0x0000 49 3b 66 10 76 3c 55 48 89 e5 48 83 ec 08 48 83  I;f.v<UH..H...H.
	0x0010 f8 01 7f 0b b8 01 00 00 00 48 83 c4 08 5d c3 48  .........H...].H
	0x0020 89 44 24 18 48 8b 4a 08 48 8b 11 48 8b 0a 48 ff  .D$.H.J.H..H..H.
	0x0030 c8 ff d1 48 8b 4c 24 18 48 0f af c1 48 83 c4 08  ...H.L$.H...H...
	0x0040 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  ].H.D$......H.D$
	0x0050 08 eb ad                                         ...
	rel 49+0 t=R_CALLIND +0
	rel 72+4 t=R_CALL runtime.morestack+0
main.main.func1 STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (closure_higher_order.go:36)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (closure_higher_order.go:36)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_higher_order.go:36)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_higher_order.go:36)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
	0x0000 00000 (closure_higher_order.go:36)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
	0x0000 00000 (closure_higher_order.go:36)	PCDATA	$3, $1
	0x0000 00000 (closure_higher_order.go:36)	IMULQ	AX, AX
	0x0004 00004 (closure_higher_order.go:36)	RET
	0x0000 48 0f af c0 c3                                   H....
main.main.func2 STEXT nosplit size=7 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (closure_higher_order.go:37)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (closure_higher_order.go:37)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_higher_order.go:37)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_higher_order.go:37)	FUNCDATA	$5, main.main.func2.arginfo1(SB)
	0x0000 00000 (closure_higher_order.go:37)	FUNCDATA	$6, main.main.func2.argliveinfo(SB)
	0x0000 00000 (closure_higher_order.go:37)	PCDATA	$3, $1
	0x0000 00000 (closure_higher_order.go:37)	ANDL	$1, AX
	0x0003 00003 (closure_higher_order.go:37)	XORL	$1, AX
	0x0006 00006 (closure_higher_order.go:37)	RET
	0x0000 83 e0 01 83 f0 01 c3                             .......
main.main.func3 STEXT nosplit size=4 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (closure_higher_order.go:38)	TEXT	main.main.func3(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (closure_higher_order.go:38)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_higher_order.go:38)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_higher_order.go:38)	FUNCDATA	$5, main.main.func3.arginfo1(SB)
	0x0000 00000 (closure_higher_order.go:38)	FUNCDATA	$6, main.main.func3.argliveinfo(SB)
	0x0000 00000 (closure_higher_order.go:38)	PCDATA	$3, $1
	0x0000 00000 (closure_higher_order.go:38)	ADDQ	BX, AX
	0x0003 00003 (closure_higher_order.go:38)	RET
	0x0000 48 01 d8 c3                                      H...
main.main.func5 STEXT nosplit size=4 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (closure_higher_order.go:54)	TEXT	main.main.func5(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (closure_higher_order.go:54)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_higher_order.go:54)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_higher_order.go:54)	FUNCDATA	$5, main.main.func5.arginfo1(SB)
	0x0000 00000 (closure_higher_order.go:54)	FUNCDATA	$6, main.main.func5.argliveinfo(SB)
	0x0000 00000 (closure_higher_order.go:54)	PCDATA	$3, $1
	0x0000 00000 (closure_higher_order.go:54)	INCQ	AX
	0x0003 00003 (closure_higher_order.go:54)	RET
	0x0000 48 ff c0 c3                                      H...
main.main.func6 STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (closure_higher_order.go:55)	TEXT	main.main.func6(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (closure_higher_order.go:55)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_higher_order.go:55)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_higher_order.go:55)	FUNCDATA	$5, main.main.func6.arginfo1(SB)
	0x0000 00000 (closure_higher_order.go:55)	FUNCDATA	$6, main.main.func6.argliveinfo(SB)
	0x0000 00000 (closure_higher_order.go:55)	PCDATA	$3, $1
	0x0000 00000 (closure_higher_order.go:55)	LEAQ	(AX)(AX*2), AX
	0x0004 00004 (closure_higher_order.go:55)	RET
	0x0000 48 8d 04 40 c3                                   H..@.
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.mapInts$abstract SDWARFABSFCN dupok size=53 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 70 49 6e 74 73 00 01 04  .main.mapInts...
	0x0010 01 22 78 73 00 00 00 00 00 00 22 66 00 00 00 00  ."xs......"f....
	0x0020 00 00 21 6f 75 74 00 05 00 00 00 00 21 78 00 06  ..!out......!x..
	0x0030 00 00 00 00 00                                   .....
	rel 22+4 t=R_DWARFSECREF go:info.[]int+0
	rel 30+4 t=R_DWARFSECREF go:info.func(int) int+0
	rel 40+4 t=R_DWARFSECREF go:info.[]int+0
	rel 48+4 t=R_DWARFSECREF go:info.int+0
go:info.main.filter$abstract SDWARFABSFCN dupok size=55 align=0x0
	0x0000 05 6d 61 69 6e 2e 66 69 6c 74 65 72 00 01 0c 01  .main.filter....
	0x0010 22 78 73 00 00 00 00 00 00 22 70 72 65 64 00 00  "xs......"pred..
	0x0020 00 00 00 00 21 6f 75 74 00 0d 00 00 00 00 21 78  ....!out......!x
	0x0030 00 0e 00 00 00 00 00                             .......
	rel 21+4 t=R_DWARFSECREF go:info.[]int+0
	rel 32+4 t=R_DWARFSECREF go:info.func(int) bool+0
	rel 42+4 t=R_DWARFSECREF go:info.[]int+0
	rel 50+4 t=R_DWARFSECREF go:info.int+0
go:info.main.reduce$abstract SDWARFABSFCN dupok size=63 align=0x0
	0x0000 05 6d 61 69 6e 2e 72 65 64 75 63 65 00 01 16 01  .main.reduce....
	0x0010 22 78 73 00 00 00 00 00 00 22 69 6e 69 74 00 00  "xs......"init..
	0x0020 00 00 00 00 22 66 00 00 00 00 00 00 21 61 63 63  ...."f......!acc
	0x0030 00 17 00 00 00 00 21 78 00 18 00 00 00 00 00     ......!x.......
	rel 21+4 t=R_DWARFSECREF go:info.[]int+0
	rel 32+4 t=R_DWARFSECREF go:info.int+0
	rel 40+4 t=R_DWARFSECREF go:info.func(int, int) int+0
	rel 50+4 t=R_DWARFSECREF go:info.int+0
	rel 58+4 t=R_DWARFSECREF go:info.int+0
go:info.main.compose$abstract SDWARFABSFCN dupok size=34 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6f 6d 70 6f 73 65 00 01 1e  .main.compose...
	0x0010 01 22 66 00 00 00 00 00 00 22 67 00 00 00 00 00  ."f......"g.....
	0x0020 00 00                                            ..
	rel 21+4 t=R_DWARFSECREF go:info.func(int) int+0
	rel 29+4 t=R_DWARFSECREF go:info.func(int) int+0
go:info.main.compose.func1#TvuX58xFILk=#$abstract SDWARFABSFCN dupok size=32 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6f 6d 70 6f 73 65 2e 66 75  .main.compose.fu
	0x0010 6e 63 31 00 01 1f 01 22 78 00 00 00 00 00 00 00  nc1...."x.......
	rel 27+4 t=R_DWARFSECREF go:info.int+0
go:info.main.compose.func1#kFf4nreaSqI=#$abstract SDWARFABSFCN dupok size=32 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6f 6d 70 6f 73 65 2e 66 75  .main.compose.fu
	0x0010 6e 63 31 00 01 1f 01 22 78 00 00 00 00 00 00 00  nc1...."x.......
	rel 27+4 t=R_DWARFSECREF go:info.int+0
go:info.main.compose.func1#BvZHsVe4VXo=#$abstract SDWARFABSFCN dupok size=32 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6f 6d 70 6f 73 65 2e 66 75  .main.compose.fu
	0x0010 6e 63 31 00 01 1f 01 22 78 00 00 00 00 00 00 00  nc1...."x.......
	rel 27+4 t=R_DWARFSECREF go:info.int+0
go:info.main.main.func1$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 31  .main.main.func1
	0x0010 00 01 24 01 22 78 00 00 00 00 00 00 00           ..$."x.......
	rel 24+4 t=R_DWARFSECREF go:info.int+0
go:info.main.main.func2$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 32  .main.main.func2
	0x0010 00 01 25 01 22 78 00 00 00 00 00 00 00           ..%."x.......
	rel 24+4 t=R_DWARFSECREF go:info.int+0
go:info.main.main.func3$abstract SDWARFABSFCN dupok size=37 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 33  .main.main.func3
	0x0010 00 01 26 01 22 61 00 00 00 00 00 00 22 62 00 00  ..&."a......"b..
	0x0020 00 00 00 00 00                                   .....
	rel 24+4 t=R_DWARFSECREF go:info.int+0
	rel 32+4 t=R_DWARFSECREF go:info.int+0
go:info.main.main.func6$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 36  .main.main.func6
	0x0010 00 01 37 01 22 78 00 00 00 00 00 00 00           ..7."x.......
	rel 24+4 t=R_DWARFSECREF go:info.int+0
go:info.main.main.func5$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 35  .main.main.func5
	0x0010 00 01 36 01 22 78 00 00 00 00 00 00 00           ..6."x.......
	rel 24+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."even squares sum" SRODATA dupok size=16 align=0x1
	0x0000 65 76 65 6e 20 73 71 75 61 72 65 73 20 73 75 6d  even squares sum
go:string."even squares sum " SRODATA dupok size=17 align=0x1
	0x0000 65 76 65 6e 20 73 71 75 61 72 65 73 20 73 75 6d  even squares sum
	0x0010 20                                                
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."10! =" SRODATA dupok size=5 align=0x1
	0x0000 31 30 21 20 3d                                   10! =
go:string."20! =" SRODATA dupok size=5 align=0x1
	0x0000 32 30 21 20 3d                                   20! =
go:string."10! = " SRODATA dupok size=6 align=0x1
	0x0000 31 30 21 20 3d 20                                10! = 
go:string." 20! = " SRODATA dupok size=7 align=0x1
	0x0000 20 32 30 21 20 3d 20                              20! = 
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*func(int) int- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 66 75 6e 63 28 69 6e 74 29 20 69 6e 74  ..*func(int) int
type:func(int) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1d 4d ca 7e 22 08 08 13 00 00 00 00 00 00 00 00  .M.~"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(int) int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
type:*func(int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4f 01 6b 7d 28 08 08 16 00 00 00 00 00 00 00 00  O.k}(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) int-+0
	rel 48+8 t=R_ADDR type:func(int) int+0
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
type:.namedata.*func(int, int) int- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 66 75 6e 63 28 69 6e 74 2c 20 69 6e 74  ..*func(int, int
	0x0010 29 20 69 6e 74                                   ) int
type:*func(int, int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ec de d5 8f 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) int-+0
	rel 48+8 t=R_ADDR type:func(int, int) int+0
type:func(int, int) int SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 af e5 7d 4e 22 08 08 13 00 00 00 00 00 00 00 00  ..}N"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(int, int) int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:.namedata.*struct { F uintptr; X0 func(int) int; X1 func(int) int }- SRODATA dupok size=59 align=0x1
	0x0000 00 39 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .9*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 66 75 6e 63 28 69  ntptr; X0 func(i
	0x0020 6e 74 29 20 69 6e 74 3b 20 58 31 20 66 75 6e 63  nt) int; X1 func
	0x0030 28 69 6e 74 29 20 69 6e 74 20 7d                 (int) int }
type:noalg.*struct { F uintptr; X0 func(int) int; X1 func(int) int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f7 f7 ee 96 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 func(int) int; X1 func(int) int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int }+0
runtime.gcbits.0600000000000000 SRODATA dupok size=8 align=0x8
	0x0000 06 00 00 00 00 00 00 00                          ........
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:.namedata.X1. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 31                                      ..X1
type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0010 59 ce 78 7a 02 08 08 19 00 00 00 00 00 00 00 00  Y.xz............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0600000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 func(int) int; X1 func(int) int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 func(int) int; X1 func(int) int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 func(int) int; X1 func(int) int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:func(int) int+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:func(int) int+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
main.main.func5·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func5+0
main.main.func6·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func6+0
gclocals·R1skkzq7HdXS0/+tXZdW+A== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 04 00 00 00 09 09 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.mapInts.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 ff                 ...........
main.mapInts.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 0b                                         ...
main.filter.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 ff                 ...........
main.filter.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 0b                                         ...
gclocals·WUxwEKTiDLcppffQ18DAHw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 05 00 00 00 11 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.reduce.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.reduce.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 13                                         ...
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
main.compose.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.compose.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.compose.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.compose.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·HJPlQ/0CCMxuEl3RqE80Jw== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 05 00 00 00 00 02 01 04              ............
main.main.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 e8 ff ff ff 08 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 f0 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.compose.func1#BvZHsVe4VXo=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.compose.func1#BvZHsVe4VXo=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.compose.func1#kFf4nreaSqI=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.compose.func1#kFf4nreaSqI=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.compose.func1#TvuX58xFILk=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.compose.func1#TvuX58xFILk=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.main.func4.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func4.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func2.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func2.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func3.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.main.func3.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func5.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func5.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func6.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func6.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
