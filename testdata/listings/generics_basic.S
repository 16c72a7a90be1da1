funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:55)	TEXT	main.main(SB), ABIInternal, $448-0
     0        00000 (generics_basic.go:55)	TEXT	main.main(SB), ABIInternal, $448-0
     0     -1 00000 (generics_basic.go:55)	LEAQ	-320(SP), R12
     8        00008 (generics_basic.go:55)	CMPQ	R12, 16(R14)
     c        00012 (generics_basic.go:55)	PCDATA	$0, $-2
     c        00012 (generics_basic.go:55)	JLS	1613
    12        00018 (generics_basic.go:55)	PCDATA	$0, $-1
    12        00018 (generics_basic.go:55)	PUSHQ	BP
    13        00019 (generics_basic.go:55)	MOVQ	SP, BP
    16        00022 (generics_basic.go:55)	SUBQ	$440, SP
    1d        00029 (generics_basic.go:55)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
    1d        00029 (generics_basic.go:55)	FUNCDATA	$1, gclocals·ehAmnQ00z2MnHNKMqdrlNQ==(SB)
    1d        00029 (generics_basic.go:55)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (generics_basic.go:56)	MOVQ	$1, main..autotmp_83+176(SP)
    29        00041 (generics_basic.go:56)	MOVQ	$2, main..autotmp_83+184(SP)
    35        00053 (generics_basic.go:56)	MOVQ	$3, main..autotmp_83+192(SP)
    41        00065 (<unknown line number>)	NOP
    41      0 00065 (generics_basic.go:56)	XORL	AX, AX
    43        00067 (generics_basic.go:56)	XORL	CX, CX
    45        00069 (generics_basic.go:56)	JMP	82
    47        00071 (generics_basic.go:56)	ADDQ	main..autotmp_83+176(SP)(AX*8), CX
    4f        00079 (generics_basic.go:56)	INCQ	AX
    52        00082 (generics_basic.go:56)	CMPQ	AX, $3
    56        00086 (generics_basic.go:56)	JLT	71
    58     -1 00088 (generics_basic.go:56)	MOVQ	$4602678819172646912, AX
    62        00098 (generics_basic.go:56)	MOVQ	AX, main..autotmp_87+160(SP)
    6a        00106 (generics_basic.go:56)	MOVQ	$4598175219545276416, AX
    74        00116 (generics_basic.go:56)	MOVQ	AX, main..autotmp_87+168(SP)
    7c        00124 (<unknown line number>)	NOP
    7c      1 00124 (generics_basic.go:56)	XORPS	X0, X0
    7f        00127 (generics_basic.go:56)	XORL	AX, AX
    81        00129 (generics_basic.go:56)	JMP	143
    83        00131 (generics_basic.go:56)	ADDSD	main..autotmp_87+160(SP)(AX*8), X0
    8c        00140 (generics_basic.go:56)	INCQ	AX
    8f        00143 (generics_basic.go:56)	CMPQ	AX, $2
    93        00147 (generics_basic.go:56)	JLT	131
    95     -1 00149 (generics_basic.go:56)	MOVW	$25800, main..autotmp_91+69(SP)
    9c        00156 (<unknown line number>)	NOP
    9c      2 00156 (generics_basic.go:56)	XORL	AX, AX
    9e        00158 (generics_basic.go:56)	XORL	DX, DX
    a0        00160 (generics_basic.go:56)	JMP	172
    a2        00162 (generics_basic.go:56)	MOVBLZX	main..autotmp_91+69(SP)(DX*1), BX
    a7        00167 (generics_basic.go:56)	ADDL	BX, AX
    a9        00169 (generics_basic.go:56)	INCQ	DX
    ac        00172 (generics_basic.go:56)	CMPQ	DX, $2
    b0        00176 (generics_basic.go:56)	JLT	162
    b2     -1 00178 (generics_basic.go:56)	MOVQ	$4, main..autotmp_95+144(SP)
    be        00190 (generics_basic.go:56)	MOVQ	$5, main..autotmp_95+152(SP)
    ca        00202 (<unknown line number>)	NOP
    ca      3 00202 (generics_basic.go:56)	XORL	DX, DX
    cc        00204 (generics_basic.go:56)	XORL	BX, BX
    ce        00206 (generics_basic.go:56)	JMP	224
    d0        00208 (generics_basic.go:56)	ADDQ	main..autotmp_95+144(SP)(BX*8), DX
    d8        00216 (generics_basic.go:56)	INCQ	BX
    db        00219 (generics_basic.go:56)	NOP
    e0        00224 (generics_basic.go:56)	CMPQ	BX, $2
    e4        00228 (generics_basic.go:56)	JLT	208
    e6        00230 (generics_basic.go:56)	MOVQ	DX, main.s+104(SP)
    eb      2 00235 (generics_basic.go:56)	MOVB	AL, main.s+68(SP)
    ef      1 00239 (generics_basic.go:56)	MOVSD	X0, main.s+112(SP)
    f5      0 00245 (generics_basic.go:56)	MOVQ	CX, main.s+120(SP)
    fa        00250 (generics_basic.go:56)	PCDATA	$1, $0
    fa     -1 00250 (generics_basic.go:56)	CALL	runtime.printlock(SB)
    ff        00255 (generics_basic.go:56)	MOVQ	main.s+120(SP), AX
   104        00260 (generics_basic.go:56)	CALL	runtime.printint(SB)
   109        00265 (generics_basic.go:56)	CALL	runtime.printsp(SB)
   10e        00270 (generics_basic.go:56)	MOVSD	main.s+112(SP), X0
   114        00276 (generics_basic.go:56)	CALL	runtime.printfloat64(SB)
   119        00281 (generics_basic.go:56)	CALL	runtime.printsp(SB)
   11e        00286 (generics_basic.go:56)	MOVBLZX	main.s+68(SP), AX
   123        00291 (generics_basic.go:56)	MOVBLZX	AL, AX
   126        00294 (generics_basic.go:56)	CALL	runtime.printuint(SB)
   12b        00299 (generics_basic.go:56)	CALL	runtime.printsp(SB)
   130        00304 (generics_basic.go:56)	MOVQ	main.s+104(SP), AX
   135        00309 (generics_basic.go:56)	CALL	runtime.printint(SB)
   13a        00314 (generics_basic.go:56)	CALL	runtime.printnl(SB)
   13f        00319 (generics_basic.go:56)	NOP
   140        00320 (generics_basic.go:56)	CALL	runtime.printunlock(SB)
   145        00325 (generics_basic.go:57)	MOVQ	$1, main..autotmp_103+400(SP)
   151        00337 (generics_basic.go:57)	LEAQ	go:string."a"(SB), AX
   158        00344 (generics_basic.go:57)	MOVQ	AX, main..autotmp_103+392(SP)
   160        00352 (generics_basic.go:57)	MOVQ	$2, main..autotmp_103+416(SP)
   16c        00364 (generics_basic.go:57)	LEAQ	go:string."bb"(SB), AX
   173        00371 (generics_basic.go:57)	MOVQ	AX, main..autotmp_103+408(SP)
   17b        00379 (generics_basic.go:57)	MOVQ	$3, main..autotmp_103+432(SP)
   187        00391 (generics_basic.go:57)	LEAQ	go:string."ccc"(SB), AX
   18e        00398 (generics_basic.go:57)	MOVQ	AX, main..autotmp_103+424(SP)
   196        00406 (<unknown line number>)	NOP
   196      4 00406 (generics_basic.go:57)	LEAQ	main..autotmp_104+240(SP), AX
   19e        00414 (generics_basic.go:57)	MOVUPS	X15, (AX)
   1a2        00418 (generics_basic.go:57)	MOVUPS	X15, 8(AX)
   1a7        00423 (generics_basic.go:57)	LEAQ	main..autotmp_103+392(SP), CX
   1af        00431 (generics_basic.go:57)	MOVL	$3, DX
   1b4        00436 (generics_basic.go:57)	XORL	BX, BX
   1b6        00438 (generics_basic.go:57)	XORL	SI, SI
   1b8        00440 (generics_basic.go:57)	XORL	DI, DI
   1ba        00442 (generics_basic.go:57)	JMP	459
   1bc        00444 (generics_basic.go:57)	MOVQ	R9, -8(AX)(R8*8)
   1c1        00449 (generics_basic.go:57)	ADDQ	$16, CX
   1c5        00453 (generics_basic.go:57)	INCQ	SI
   1c8        00456 (generics_basic.go:57)	MOVQ	R8, DI
   1cb        00459 (generics_basic.go:57)	CMPQ	SI, $3
   1cf        00463 (generics_basic.go:57)	JGE	618
   1d5        00469 (generics_basic.go:57)	LEAQ	1(DI), R8
   1d9        00473 (generics_basic.go:57)	MOVQ	8(CX), R9
   1dd        00477 (generics_basic.go:57)	NOP
   1e0        00480 (generics_basic.go:57)	CMPQ	DX, R8
   1e3        00483 (generics_basic.go:57)	JCC	444
   1e5        00485 (generics_basic.go:57)	MOVQ	SI, main..autotmp_195+200(SP)
   1ed        00493 (generics_basic.go:57)	MOVQ	CX, main..autotmp_196+312(SP)
   1f5        00501 (generics_basic.go:57)	MOVQ	R9, main.x.len+88(SP)
   1fa        00506 (generics_basic.go:57)	MOVB	BL, main..autotmp_197+71(SP)
   1fe        00510 (generics_basic.go:57)	NOP
   200        00512 (generics_basic.go:57)	CMPQ	R8, $4
   204        00516 (generics_basic.go:57)	JGT	556
   206        00518 (generics_basic.go:57)	TESTB	BL, BL
   208        00520 (generics_basic.go:57)	JNE	556
   20a        00522 (generics_basic.go:57)	TESTQ	DI, DI
   20d        00525 (generics_basic.go:57)	JNE	556
   20f        00527 (generics_basic.go:57)	LEAQ	main..autotmp_119+208(SP), AX
   217        00535 (generics_basic.go:57)	MOVUPS	X15, (AX)
   21b        00539 (generics_basic.go:57)	MOVUPS	X15, 16(AX)
   220        00544 (generics_basic.go:57)	MOVL	$4, DX
   225        00549 (generics_basic.go:57)	MOVL	$1, BX
   22a        00554 (generics_basic.go:57)	JMP	444
   22c        00556 (generics_basic.go:57)	LEAQ	type:int(SB), SI
   233        00563 (generics_basic.go:57)	MOVQ	R8, BX
   236        00566 (generics_basic.go:57)	MOVQ	DX, CX
   239        00569 (generics_basic.go:57)	MOVL	$1, DI
   23e        00574 (generics_basic.go:57)	PCDATA	$1, $1
   23e        00574 (generics_basic.go:57)	NOP
   240        00576 (generics_basic.go:57)	CALL	runtime.growslice(SB)
   245        00581 (generics_basic.go:57)	MOVQ	main..autotmp_195+200(SP), SI
   24d        00589 (generics_basic.go:57)	MOVQ	main.x.len+88(SP), R9
   252        00594 (generics_basic.go:57)	MOVQ	BX, R8
   255        00597 (generics_basic.go:57)	MOVQ	CX, DX
   258        00600 (generics_basic.go:57)	MOVBLZX	main..autotmp_197+71(SP), BX
   25d        00605 (generics_basic.go:57)	MOVQ	main..autotmp_196+312(SP), CX
   265        00613 (generics_basic.go:57)	JMP	444
   26a     -1 00618 (generics_basic.go:58)	CMPQ	DI, $2
   26e        00622 (generics_basic.go:58)	JLS	1607
   274      4 00628 (generics_basic.go:57)	MOVQ	DI, main.out.len+128(SP)
   27c     -1 00636 (generics_basic.go:58)	MOVQ	16(AX), AX
   280        00640 (generics_basic.go:58)	MOVQ	AX, main..autotmp_195+200(SP)
   288        00648 (generics_basic.go:58)	PCDATA	$1, $0
   288        00648 (generics_basic.go:58)	CALL	runtime.printlock(SB)
   28d        00653 (generics_basic.go:58)	MOVQ	main.out.len+128(SP), AX
   295        00661 (generics_basic.go:58)	CALL	runtime.printint(SB)
   29a        00666 (generics_basic.go:58)	CALL	runtime.printsp(SB)
   29f        00671 (generics_basic.go:58)	MOVQ	main..autotmp_195+200(SP), AX
   2a7        00679 (generics_basic.go:58)	CALL	runtime.printint(SB)
   2ac        00684 (generics_basic.go:58)	CALL	runtime.printnl(SB)
   2b1        00689 (generics_basic.go:58)	CALL	runtime.printunlock(SB)
   2b6        00694 (generics_basic.go:59)	MOVUPS	X15, main.st+280(SP)
   2bf        00703 (generics_basic.go:59)	MOVQ	$0, main.st+296(SP)
   2cb      5 00715 (generics_basic.go:60)	LEAQ	type:string(SB), SI
   2d2     -1 00722 (generics_basic.go:60)	XCHGL	AX, AX
   2d3      5 00723 (generics_basic.go:60)	XORL	AX, AX
   2d5        00725 (generics_basic.go:60)	MOVL	$1, BX
   2da        00730 (generics_basic.go:60)	XORL	CX, CX
   2dc        00732 (generics_basic.go:60)	MOVL	BX, DI
   2de        00734 (generics_basic.go:60)	PCDATA	$1, $2
   2de        00734 (generics_basic.go:60)	NOP
   2e0        00736 (generics_basic.go:60)	CALL	runtime.growslice(SB)
   2e5        00741 (generics_basic.go:60)	MOVQ	CX, main.st+296(SP)
   2ed        00749 (generics_basic.go:60)	MOVQ	AX, main.st+280(SP)
   2f5        00757 (generics_basic.go:60)	MOVQ	$1, main.st+288(SP)
   301        00769 (generics_basic.go:60)	MOVQ	$1, 8(AX)
   309        00777 (generics_basic.go:60)	CMPL	runtime.writeBarrier(SB), $0
   310        00784 (generics_basic.go:60)	PCDATA	$0, $-2
   310        00784 (generics_basic.go:60)	JEQ	797
   312        00786 (generics_basic.go:60)	MOVQ	(AX), DX
   315        00789 (generics_basic.go:60)	CALL	runtime.gcWriteBarrier1(SB)
   31a        00794 (generics_basic.go:60)	MOVQ	DX, (R11)
   31d        00797 (generics_basic.go:60)	LEAQ	go:string."x"(SB), DX
   324        00804 (generics_basic.go:60)	MOVQ	DX, (AX)
   327        00807 (generics_basic.go:61)	PCDATA	$0, $-1
   327      6 00807 (generics_basic.go:61)	MOVQ	main.st+296(SP), CX
   32f        00815 (generics_basic.go:61)	MOVQ	main.st+288(SP), BX
   337        00823 (generics_basic.go:61)	INCQ	BX
   33a     -1 00826 (generics_basic.go:61)	XCHGL	AX, AX
   33b      6 00827 (generics_basic.go:61)	MOVQ	main.st+280(SP), AX
   343        00835 (generics_basic.go:61)	CMPQ	CX, BX
   346        00838 (generics_basic.go:61)	JCC	873
   348        00840 (generics_basic.go:61)	LEAQ	type:string(SB), SI
   34f        00847 (generics_basic.go:61)	MOVL	$1, DI
   354        00852 (generics_basic.go:61)	CALL	runtime.growslice(SB)
   359        00857 (generics_basic.go:61)	MOVQ	CX, main.st+296(SP)
   361        00865 (generics_basic.go:61)	MOVQ	AX, main.st+280(SP)
   369        00873 (generics_basic.go:61)	MOVQ	BX, main.st+288(SP)
   371        00881 (generics_basic.go:61)	LEAQ	-1(BX), CX
   375        00885 (generics_basic.go:61)	SHLQ	$4, CX
   379        00889 (generics_basic.go:61)	MOVQ	$1, 8(AX)(CX*1)
   382        00898 (generics_basic.go:61)	CMPL	runtime.writeBarrier(SB), $0
   389        00905 (generics_basic.go:61)	PCDATA	$0, $-2
   389        00905 (generics_basic.go:61)	JEQ	919
   38b        00907 (generics_basic.go:61)	MOVQ	(AX)(CX*1), DX
   38f        00911 (generics_basic.go:61)	CALL	runtime.gcWriteBarrier1(SB)
   394        00916 (generics_basic.go:61)	MOVQ	DX, (R11)
   397        00919 (generics_basic.go:61)	LEAQ	go:string."y"(SB), DX
   39e        00926 (generics_basic.go:61)	MOVQ	DX, (AX)(CX*1)
   3a2        00930 (generics_basic.go:62)	PCDATA	$0, $-1
   3a2      7 00930 (generics_basic.go:62)	MOVQ	main.st+288(SP), AX
   3aa        00938 (generics_basic.go:62)	MOVQ	AX, main..autotmp_195+200(SP)
   3b2        00946 (<unknown line number>)	NOP
   3b2        00946 (generics_basic.go:62)	TESTQ	AX, AX
   3b5        00949 (generics_basic.go:62)	JNE	957
   3b7        00951 (generics_basic.go:62)	XORL	CX, CX
   3b9        00953 (generics_basic.go:62)	XORL	SI, SI
   3bb     -1 00955 (generics_basic.go:62)	JMP	993
   3bd      7 00957 (generics_basic.go:62)	MOVQ	main.st+280(SP), CX
   3c5        00965 (generics_basic.go:62)	LEAQ	-1(AX), DX
   3c9        00969 (generics_basic.go:62)	MOVQ	DX, BX
   3cc        00972 (generics_basic.go:62)	SHLQ	$4, DX
   3d0        00976 (generics_basic.go:62)	MOVQ	(DX)(CX*1), SI
   3d4        00980 (generics_basic.go:62)	MOVQ	8(DX)(CX*1), CX
   3d9        00985 (generics_basic.go:62)	MOVQ	BX, main.st+288(SP)
   3e1     -1 00993 (generics_basic.go:62)	MOVQ	CX, main.~r0.len+80(SP)
   3e6        00998 (generics_basic.go:62)	MOVQ	SI, main.~r0.ptr+264(SP)
   3ee        01006 (generics_basic.go:63)	PCDATA	$1, $3
   3ee        01006 (generics_basic.go:63)	CALL	runtime.printlock(SB)
   3f3        01011 (generics_basic.go:63)	MOVQ	main.~r0.ptr+264(SP), AX
   3fb        01019 (generics_basic.go:63)	MOVQ	main.~r0.len+80(SP), BX
   400        01024 (generics_basic.go:63)	PCDATA	$1, $2
   400        01024 (generics_basic.go:63)	CALL	runtime.printstring(SB)
   405        01029 (generics_basic.go:63)	CALL	runtime.printsp(SB)
   40a      7 01034 (generics_basic.go:62)	MOVQ	main..autotmp_195+200(SP), AX
   412        01042 (generics_basic.go:62)	TESTQ	AX, AX
   415     -1 01045 (generics_basic.go:62)	SETNE	AL
   418        01048 (generics_basic.go:63)	CALL	runtime.printbool(SB)
   41d        01053 (generics_basic.go:63)	NOP
   420        01056 (generics_basic.go:63)	CALL	runtime.printnl(SB)
   425        01061 (generics_basic.go:63)	CALL	runtime.printunlock(SB)
   42a      8 01066 (generics_basic.go:64)	MOVQ	main.st+288(SP), AX
   432        01074 (generics_basic.go:64)	MOVQ	AX, main..autotmp_195+200(SP)
   43a        01082 (<unknown line number>)	NOP
   43a        01082 (generics_basic.go:64)	TESTQ	AX, AX
   43d        01085 (generics_basic.go:64)	JNE	1093
   43f        01087 (generics_basic.go:64)	XORL	CX, CX
   441        01089 (generics_basic.go:64)	XORL	SI, SI
   443     -1 01091 (generics_basic.go:64)	JMP	1129
   445      8 01093 (generics_basic.go:64)	MOVQ	main.st+280(SP), CX
   44d        01101 (generics_basic.go:64)	LEAQ	-1(AX), DX
   451        01105 (generics_basic.go:64)	MOVQ	DX, BX
   454        01108 (generics_basic.go:64)	SHLQ	$4, DX
   458        01112 (generics_basic.go:64)	MOVQ	(DX)(CX*1), SI
   45c        01116 (generics_basic.go:64)	MOVQ	8(DX)(CX*1), CX
   461        01121 (generics_basic.go:64)	MOVQ	BX, main.st+288(SP)
   469     -1 01129 (generics_basic.go:64)	MOVQ	CX, main.v.len+96(SP)
   46e        01134 (generics_basic.go:64)	MOVQ	SI, main.v.ptr+272(SP)
   476        01142 (generics_basic.go:65)	PCDATA	$1, $4
   476        01142 (generics_basic.go:65)	CALL	runtime.printlock(SB)
   47b        01147 (generics_basic.go:65)	MOVQ	main.v.ptr+272(SP), AX
   483        01155 (generics_basic.go:65)	MOVQ	main.v.len+96(SP), BX
   488        01160 (generics_basic.go:65)	PCDATA	$1, $2
   488        01160 (generics_basic.go:65)	CALL	runtime.printstring(SB)
   48d        01165 (generics_basic.go:65)	CALL	runtime.printsp(SB)
   492      8 01170 (generics_basic.go:64)	MOVQ	main..autotmp_195+200(SP), AX
   49a        01178 (generics_basic.go:64)	TESTQ	AX, AX
   49d     -1 01181 (generics_basic.go:64)	SETNE	AL
   4a0        01184 (generics_basic.go:65)	CALL	runtime.printbool(SB)
   4a5        01189 (generics_basic.go:65)	CALL	runtime.printnl(SB)
   4aa        01194 (generics_basic.go:65)	CALL	runtime.printunlock(SB)
   4af      9 01199 (generics_basic.go:66)	MOVQ	main.st+288(SP), AX
   4b7        01207 (generics_basic.go:66)	MOVQ	AX, main..autotmp_195+200(SP)
   4bf        01215 (<unknown line number>)	NOP
   4bf     -1 01215 (<unknown line number>)	NOP
   4c0      9 01216 (generics_basic.go:66)	TESTQ	AX, AX
   4c3        01219 (generics_basic.go:66)	JNE	1225
   4c5        01221 (generics_basic.go:66)	XORL	CX, CX
   4c7     -1 01223 (generics_basic.go:66)	JMP	1257
   4c9      9 01225 (generics_basic.go:66)	MOVQ	main.st+280(SP), CX
   4d1        01233 (generics_basic.go:66)	LEAQ	-1(AX), DX
   4d5        01237 (generics_basic.go:66)	MOVQ	DX, BX
   4d8        01240 (generics_basic.go:66)	SHLQ	$4, DX
   4dc        01244 (generics_basic.go:66)	MOVQ	8(DX)(CX*1), CX
   4e1        01249 (generics_basic.go:66)	MOVQ	BX, main.st+288(SP)
   4e9     -1 01257 (generics_basic.go:66)	MOVQ	CX, main.v.len+96(SP)
   4ee        01262 (generics_basic.go:67)	PCDATA	$1, $0
   4ee        01262 (generics_basic.go:67)	CALL	runtime.printlock(SB)
   4f3      9 01267 (generics_basic.go:66)	MOVQ	main..autotmp_195+200(SP), AX
   4fb        01275 (generics_basic.go:66)	TESTQ	AX, AX
   4fe     -1 01278 (generics_basic.go:66)	SETNE	AL
   501        01281 (generics_basic.go:66)	MOVB	AL, main.~r1+67(SP)
   505        01285 (generics_basic.go:67)	MOVQ	main.v.len+96(SP), AX
   50a        01290 (generics_basic.go:67)	TESTQ	AX, AX
   50d        01293 (generics_basic.go:67)	SETEQ	AL
   510        01296 (generics_basic.go:67)	CALL	runtime.printbool(SB)
   515        01301 (generics_basic.go:67)	CALL	runtime.printsp(SB)
   51a        01306 (generics_basic.go:67)	MOVBLZX	main.~r1+67(SP), AX
   51f        01311 (generics_basic.go:67)	NOP
   520        01312 (generics_basic.go:67)	CALL	runtime.printbool(SB)
   525        01317 (generics_basic.go:67)	CALL	runtime.printnl(SB)
   52a        01322 (generics_basic.go:67)	CALL	runtime.printunlock(SB)
   52f        01327 (generics_basic.go:68)	MOVQ	$1, main..autotmp_112+328(SP)
   53b        01339 (generics_basic.go:68)	LEAQ	go:string."a"(SB), AX
   542        01346 (generics_basic.go:68)	MOVQ	AX, main..autotmp_112+320(SP)
   54a        01354 (generics_basic.go:68)	MOVQ	$3, main..autotmp_112+336(SP)
   556        01366 (generics_basic.go:68)	MOVQ	$1, main..autotmp_112+352(SP)
   562        01378 (generics_basic.go:68)	LEAQ	go:string."b"(SB), AX
   569        01385 (generics_basic.go:68)	MOVQ	AX, main..autotmp_112+344(SP)
   571        01393 (generics_basic.go:68)	MOVQ	$9, main..autotmp_112+360(SP)
   57d        01405 (generics_basic.go:68)	MOVQ	$1, main..autotmp_112+376(SP)
   589        01417 (generics_basic.go:68)	LEAQ	go:string."c"(SB), AX
   590        01424 (generics_basic.go:68)	MOVQ	AX, main..autotmp_112+368(SP)
   598        01432 (generics_basic.go:68)	MOVQ	$1, main..autotmp_112+384(SP)
   5a4        01444 (generics_basic.go:69)	XCHGL	AX, AX
   5a5     10 01445 (generics_basic.go:69)	MOVQ	main..autotmp_112+320(SP), AX
   5ad        01453 (generics_basic.go:69)	MOVQ	main..autotmp_112+328(SP), CX
   5b5        01461 (generics_basic.go:69)	MOVQ	main..autotmp_112+336(SP), DX
   5bd        01469 (generics_basic.go:69)	LEAQ	main..autotmp_112+344(SP), BX
   5c5        01477 (generics_basic.go:69)	XORL	SI, SI
   5c7        01479 (generics_basic.go:69)	JMP	1518
   5c9        01481 (generics_basic.go:69)	MOVQ	BX, DI
   5cc        01484 (generics_basic.go:69)	MOVQ	16(DI), R8
   5d0        01488 (generics_basic.go:69)	MOVQ	(DI), R9
   5d3        01491 (generics_basic.go:69)	MOVQ	8(DI), DI
   5d7        01495 (generics_basic.go:69)	XCHGL	AX, AX
   5d8     11 01496 (generics_basic.go:69)	CMPQ	DX, R8
   5db        01499 (generics_basic.go:69)	CMOVQLT	DI, CX
   5df        01503 (generics_basic.go:69)	CMOVQLT	R8, DX
   5e3        01507 (generics_basic.go:69)	CMOVQLT	R9, AX
   5e7     10 01511 (generics_basic.go:69)	ADDQ	$24, BX
   5eb        01515 (generics_basic.go:69)	INCQ	SI
   5ee        01518 (generics_basic.go:69)	CMPQ	SI, $2
   5f2        01522 (generics_basic.go:69)	JLT	1481
   5f4        01524 (generics_basic.go:69)	MOVQ	CX, main.mKey.len+136(SP)
   5fc        01532 (generics_basic.go:69)	MOVQ	AX, main.mKey.ptr+304(SP)
   604        01540 (generics_basic.go:69)	MOVQ	DX, main.~r0Val+72(SP)
   609        01545 (generics_basic.go:70)	PCDATA	$1, $5
   609     -1 01545 (generics_basic.go:70)	CALL	runtime.printlock(SB)
   60e        01550 (generics_basic.go:70)	MOVQ	main.mKey.ptr+304(SP), AX
   616        01558 (generics_basic.go:70)	MOVQ	main.mKey.len+136(SP), BX
   61e        01566 (generics_basic.go:70)	PCDATA	$1, $0
   61e        01566 (generics_basic.go:70)	NOP
   620        01568 (generics_basic.go:70)	CALL	runtime.printstring(SB)
   625        01573 (generics_basic.go:70)	CALL	runtime.printsp(SB)
   62a        01578 (generics_basic.go:70)	MOVQ	main.~r0Val+72(SP), AX
   62f        01583 (generics_basic.go:70)	CALL	runtime.printint(SB)
   634        01588 (generics_basic.go:70)	CALL	runtime.printnl(SB)
   639        01593 (generics_basic.go:70)	CALL	runtime.printunlock(SB)
   63e        01598 (generics_basic.go:71)	ADDQ	$440, SP
   645        01605 (generics_basic.go:71)	POPQ	BP
   646        01606 (generics_basic.go:71)	RET
   647        01607 (generics_basic.go:58)	PCDATA	$4, $8154
   647        01607 (generics_basic.go:58)	CALL	runtime.panicBounds(SB)
   64c        01612 (generics_basic.go:58)	XCHGL	AX, AX
   64d        01613 (generics_basic.go:58)	NOP
   64d        01613 (generics_basic.go:55)	PCDATA	$1, $-1
   64d        01613 (generics_basic.go:55)	PCDATA	$0, $-2
   64d        01613 (generics_basic.go:55)	CALL	runtime.morestack_noctxt(SB)
   652        01618 (generics_basic.go:55)	PCDATA	$0, $-1
   652        01618 (generics_basic.go:55)	JMP	0
   657 done
wrote 96 bytes to 0x0
 00 41 02 17 01 24 04 19 03 07 06 16 05 18 08 21 01 04 01 06 01 05 01 9c 01 0a d4 01 09 0a 0a 08 09 4f 0c 07 0b 01 0c 54 02 13 0d 01 0e 67 02 19 0f 02 10 24 0f 29 10 0b 0f 15 12 19 11 02 12 24 11 29 12 0b 11 12 14 10 13 01 14 07 13 02 14 20 13 0a 14 0b 13 a7 01 16 33 02 0f 01 22 15 4e 00
-- inlining tree for main.main:
0 | -1 | main.Sum[go.shape.int] (generics_basic.go:56:13) pc=29
1 | -1 | main.Sum[go.shape.float64] (generics_basic.go:56:34) pc=29
2 | -1 | main.Sum[go.shape.uint8] (generics_basic.go:56:61) pc=29
3 | -1 | main.Sum[go.shape.int] (generics_basic.go:56:85) pc=29
4 | -1 | main.Map[go.shape.string,go.shape.int] (generics_basic.go:57:13) pc=325
5 | -1 | main.(*Stack[go.shape.string]).Push (generics_basic.go:60:9) pc=722
6 | -1 | main.(*Stack[go.shape.string]).Push (generics_basic.go:61:9) pc=826
7 | -1 | main.(*Stack[go.shape.string]).Pop (generics_basic.go:62:17) pc=955
8 | -1 | main.(*Stack[go.shape.string]).Pop (generics_basic.go:64:16) pc=1091
9 | -1 | main.(*Stack[go.shape.string]).Pop (generics_basic.go:66:16) pc=1223
10 | -1 | main.MaxBy[go.shape.struct { Key string; Val int }] (generics_basic.go:69:15) pc=1444
11 | 10 | main.main.func2 (generics_basic.go:46:10) pc=1495
--
funcpctab main.(*Stack[string]).Pop [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:28)	TEXT	main.(*Stack[string]).Pop(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (generics_basic.go:28)	TEXT	main.(*Stack[string]).Pop(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (generics_basic.go:28)	PUSHQ	BP
     1        00001 (generics_basic.go:28)	MOVQ	SP, BP
     4        00004 (generics_basic.go:28)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (generics_basic.go:28)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (generics_basic.go:28)	FUNCDATA	$5, main.(*Stack[string]).Pop.arginfo1(SB)
     4        00004 (generics_basic.go:28)	FUNCDATA	$6, main.(*Stack[string]).Pop.argliveinfo(SB)
     4        00004 (generics_basic.go:28)	PCDATA	$3, $1
     4      0 00004 (generics_basic.go:28)	MOVQ	8(AX), DX
     8        00008 (<unknown line number>)	NOP
     8        00008 (generics_basic.go:28)	TESTQ	DX, DX
     b        00011 (generics_basic.go:28)	JNE	26
     d        00013 (generics_basic.go:28)	MOVL	$0, BX
    12        00018 (generics_basic.go:28)	MOVL	$0, R9
    18     -1 00024 (generics_basic.go:28)	JMP	63
    1a      0 00026 (generics_basic.go:28)	LEAQ	-1(DX), SI
    1e        00030 (generics_basic.go:28)	NOP
    20        00032 (generics_basic.go:28)	CMPQ	DX, SI
    23        00035 (generics_basic.go:28)	JLS	71
    25        00037 (generics_basic.go:28)	MOVQ	SI, DI
    28        00040 (generics_basic.go:28)	SHLQ	$4, SI
    2c        00044 (generics_basic.go:28)	MOVQ	(AX), R8
    2f        00047 (generics_basic.go:28)	MOVQ	(R8)(SI*1), R9
    33        00051 (generics_basic.go:28)	MOVQ	8(R8)(SI*1), BX
    38        00056 (generics_basic.go:28)	MOVQ	DI, 8(AX)
    3c        00060 (generics_basic.go:28)	TESTQ	DX, DX
    3f     -1 00063 (generics_basic.go:28)	SETNE	CL
    42        00066 (generics_basic.go:28)	MOVQ	R9, AX
    45        00069 (generics_basic.go:28)	POPQ	BP
    46        00070 (generics_basic.go:28)	RET
    47        00071 (generics_basic.go:28)	PCDATA	$1, $1
    47        00071 (generics_basic.go:28)	PCDATA	$4, $2799
    47      0 00071 (generics_basic.go:28)	CALL	runtime.panicBounds(SB)
    4c        00076 (generics_basic.go:28)	XCHGL	AX, AX
    4d done
wrote 13 bytes to 0x0
 00 04 02 14 01 02 02 25 01 08 02 06 00
-- inlining tree for main.(*Stack[string]).Pop:
0 | -1 | main.(*Stack[go.shape.string]).Pop (generics_basic.go:28:6) pc=24
--
funcpctab main.MaxBy[main.Pair[string,int]] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:43)	TEXT	main.MaxBy[main.Pair[string,int]](SB), DUPOK|WRAPPER|ABIInternal, $120-32
     0        00000 (generics_basic.go:43)	TEXT	main.MaxBy[main.Pair[string,int]](SB), DUPOK|WRAPPER|ABIInternal, $120-32
     0     -1 00000 (generics_basic.go:43)	CMPQ	SP, 16(R14)
     4        00004 (generics_basic.go:43)	PCDATA	$0, $-2
     4        00004 (generics_basic.go:43)	JLS	252
     a        00010 (generics_basic.go:43)	PCDATA	$0, $-1
     a        00010 (generics_basic.go:43)	PUSHQ	BP
     b        00011 (generics_basic.go:43)	MOVQ	SP, BP
     e        00014 (generics_basic.go:43)	SUBQ	$112, SP
    12        00018 (generics_basic.go:43)	MOVQ	AX, main.xs+128(FP)
    1a        00026 (generics_basic.go:43)	FUNCDATA	$0, gclocals·kOvTagVddwJmTAamSay8Pw==(SB)
    1a        00026 (generics_basic.go:43)	FUNCDATA	$1, gclocals·ZvOU3wPWgU+dFsNKcz/VTA==(SB)
    1a        00026 (generics_basic.go:43)	FUNCDATA	$5, main.MaxBy[main.Pair[string,int]].arginfo1(SB)
    1a        00026 (generics_basic.go:43)	FUNCDATA	$6, main.MaxBy[main.Pair[string,int]].argliveinfo(SB)
    1a        00026 (generics_basic.go:43)	PCDATA	$3, $1
    1a        00026 (<unknown line number>)	NOP
    1a        00026 (<unknown line number>)	NOP
    20      0 00032 (generics_basic.go:43)	TESTQ	BX, BX
    23        00035 (generics_basic.go:43)	JLS	246
    29        00041 (generics_basic.go:43)	MOVQ	DI, main.less+152(SP)
    31        00049 (generics_basic.go:43)	PCDATA	$3, $2
    31        00049 (generics_basic.go:43)	LEAQ	-1(CX), R9
    35        00053 (generics_basic.go:43)	NEGQ	R9
    38        00056 (generics_basic.go:43)	SARQ	$63, R9
    3c        00060 (generics_basic.go:43)	ANDL	$24, R9
    40        00064 (generics_basic.go:43)	ADDQ	AX, R9
    43        00067 (generics_basic.go:43)	MOVQ	(AX), R10
    46        00070 (generics_basic.go:43)	MOVQ	8(AX), R11
    4a        00074 (generics_basic.go:43)	MOVQ	16(AX), CX
    4e        00078 (generics_basic.go:43)	LEAQ	-1(BX), R12
    52        00082 (generics_basic.go:43)	JMP	225
    57        00087 (generics_basic.go:43)	MOVQ	R10, main.mKey.ptr+88(SP)
    5c        00092 (generics_basic.go:43)	MOVQ	R11, main.mKey.len+56(SP)
    61        00097 (generics_basic.go:43)	MOVQ	R12, main..autotmp_29+80(SP)
    66        00102 (generics_basic.go:43)	MOVQ	CX, main.~r0Val+48(SP)
    6b        00107 (generics_basic.go:43)	MOVQ	R9, main..autotmp_30+104(SP)
    70        00112 (generics_basic.go:43)	MOVQ	(R9), R12
    73        00115 (generics_basic.go:43)	MOVQ	R12, main..autotmp_31+96(SP)
    78        00120 (generics_basic.go:43)	MOVQ	8(R9), SI
    7c        00124 (generics_basic.go:43)	MOVQ	SI, main..autotmp_32+72(SP)
    81        00129 (generics_basic.go:43)	MOVQ	16(R9), R8
    85        00133 (generics_basic.go:43)	MOVQ	R8, main..autotmp_33+64(SP)
    8a        00138 (generics_basic.go:43)	MOVQ	(DI), R9
    8d        00141 (generics_basic.go:43)	MOVQ	R10, AX
    90        00144 (generics_basic.go:43)	MOVQ	R11, BX
    93        00147 (generics_basic.go:43)	MOVQ	DI, DX
    96        00150 (generics_basic.go:43)	MOVQ	R12, DI
    99        00153 (generics_basic.go:43)	PCDATA	$1, $1
    99        00153 (generics_basic.go:43)	CALL	R9
    9c        00156 (generics_basic.go:43)	MOVQ	main..autotmp_30+104(SP), R9
    a1        00161 (generics_basic.go:43)	ADDQ	$24, R9
    a5        00165 (generics_basic.go:43)	TESTB	AL, AL
    a7     -1 00167 (<unknown line number>)	MOVQ	main.mKey.len+56(SP), R11
    ac        00172 (<unknown line number>)	MOVQ	main..autotmp_32+72(SP), R10
    b1        00177 (<unknown line number>)	CMOVQNE	R10, R11
    b5        00181 (<unknown line number>)	MOVQ	main.~r0Val+48(SP), CX
    ba        00186 (<unknown line number>)	MOVQ	main..autotmp_33+64(SP), R10
    bf        00191 (<unknown line number>)	CMOVQNE	R10, CX
    c3        00195 (<unknown line number>)	MOVQ	main.mKey.ptr+88(SP), R10
    c8        00200 (<unknown line number>)	MOVQ	main..autotmp_31+96(SP), R12
    cd        00205 (<unknown line number>)	CMOVQNE	R12, R10
    d1      0 00209 (generics_basic.go:43)	MOVQ	main..autotmp_29+80(SP), R12
    d6        00214 (generics_basic.go:43)	DECQ	R12
    d9        00217 (generics_basic.go:43)	MOVQ	main.less+152(SP), DI
    e1        00225 (generics_basic.go:43)	TESTQ	R12, R12
    e4        00228 (generics_basic.go:43)	JGT	87
    ea     -1 00234 (generics_basic.go:43)	MOVQ	R10, AX
    ed        00237 (generics_basic.go:43)	MOVQ	R11, BX
    f0        00240 (generics_basic.go:43)	ADDQ	$112, SP
    f4        00244 (generics_basic.go:43)	POPQ	BP
    f5        00245 (generics_basic.go:43)	RET
    f6        00246 (generics_basic.go:43)	PCDATA	$3, $1
    f6        00246 (generics_basic.go:43)	PCDATA	$1, $2
    f6        00246 (generics_basic.go:43)	PCDATA	$4, $0
    f6      0 00246 (generics_basic.go:43)	CALL	runtime.panicBounds(SB)
    fb        00251 (generics_basic.go:43)	XCHGL	AX, AX
    fc        00252 (generics_basic.go:43)	NOP
    fc        00252 (generics_basic.go:43)	PCDATA	$1, $-1
    fc        00252 (generics_basic.go:43)	PCDATA	$0, $-2
    fc     -1 00252 (generics_basic.go:43)	MOVQ	AX, 8(SP)
   101        00257 (generics_basic.go:43)	MOVQ	BX, 16(SP)
   106        00262 (generics_basic.go:43)	MOVQ	CX, 24(SP)
   10b        00267 (generics_basic.go:43)	MOVQ	DI, 32(SP)
   110        00272 (generics_basic.go:43)	CALL	runtime.morestack_noctxt(SB)
   115        00277 (generics_basic.go:43)	PCDATA	$0, $-1
   115        00277 (generics_basic.go:43)	MOVQ	8(SP), AX
   11a        00282 (generics_basic.go:43)	MOVQ	16(SP), BX
   11f        00287 (generics_basic.go:43)	MOVQ	24(SP), CX
   124        00292 (generics_basic.go:43)	MOVQ	32(SP), DI
   129        00297 (generics_basic.go:43)	JMP	0
   12e done
wrote 16 bytes to 0x0
 00 20 02 87 01 01 2a 02 19 01 0c 02 06 01 32 00
-- inlining tree for main.MaxBy[main.Pair[string,int]]:
0 | -1 | main.MaxBy[go.shape.struct { Key string; Val int }] (generics_basic.go:43:6) pc=234
--
funcpctab main.Map[string,int] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:16)	TEXT	main.Map[string,int](SB), DUPOK|WRAPPER|ABIInternal, $120-32
     0        00000 (generics_basic.go:16)	TEXT	main.Map[string,int](SB), DUPOK|WRAPPER|ABIInternal, $120-32
     0     -1 00000 (generics_basic.go:16)	CMPQ	SP, 16(R14)
     4        00004 (generics_basic.go:16)	PCDATA	$0, $-2
     4        00004 (generics_basic.go:16)	JLS	247
     a        00010 (generics_basic.go:16)	PCDATA	$0, $-1
     a        00010 (generics_basic.go:16)	PUSHQ	BP
     b        00011 (generics_basic.go:16)	MOVQ	SP, BP
     e        00014 (generics_basic.go:16)	SUBQ	$112, SP
    12        00018 (generics_basic.go:16)	FUNCDATA	$0, gclocals·sKaiJdVr2KeuvhZ+toi6Aw==(SB)
    12        00018 (generics_basic.go:16)	FUNCDATA	$1, gclocals·0YOCjVyYEdCDszNGOi4WsQ==(SB)
    12        00018 (generics_basic.go:16)	FUNCDATA	$5, main.Map[string,int].arginfo1(SB)
    12        00018 (generics_basic.go:16)	FUNCDATA	$6, main.Map[string,int].argliveinfo(SB)
    12        00018 (generics_basic.go:16)	PCDATA	$3, $1
    12      0 00018 (generics_basic.go:16)	MOVQ	DI, main.f+152(SP)
    1a        00026 (generics_basic.go:16)	MOVQ	BX, main.xs+136(SP)
    22        00034 (generics_basic.go:16)	MOVQ	AX, main.xs+128(SP)
    2a        00042 (generics_basic.go:16)	PCDATA	$3, $2
    2a     -1 00042 (generics_basic.go:16)	LEAQ	type:int(SB), AX
    31        00049 (<unknown line number>)	NOP
    31      0 00049 (generics_basic.go:16)	MOVQ	BX, CX
    34        00052 (generics_basic.go:16)	XORL	BX, BX
    36        00054 (generics_basic.go:16)	PCDATA	$1, $0
    36        00054 (generics_basic.go:16)	CALL	runtime.makeslice(SB)
    3b        00059 (generics_basic.go:16)	MOVQ	main.xs+128(SP), DX
    43        00067 (generics_basic.go:16)	MOVQ	main.xs+136(SP), CX
    4b        00075 (generics_basic.go:16)	MOVQ	CX, BX
    4e        00078 (generics_basic.go:16)	XORL	SI, SI
    50        00080 (generics_basic.go:16)	JMP	119
    52        00082 (generics_basic.go:16)	MOVQ	AX, -8(DX)(BX*8)
    57        00087 (generics_basic.go:16)	MOVQ	main..autotmp_30+104(SP), DI
    5c        00092 (generics_basic.go:16)	ADDQ	$16, DI
    60        00096 (generics_basic.go:16)	MOVQ	main..autotmp_29+88(SP), R8
    65        00101 (generics_basic.go:16)	DECQ	R8
    68        00104 (generics_basic.go:16)	MOVQ	DX, AX
    6b        00107 (generics_basic.go:16)	MOVQ	BX, SI
    6e        00110 (generics_basic.go:16)	MOVQ	DI, DX
    71        00113 (generics_basic.go:16)	MOVQ	CX, BX
    74        00116 (generics_basic.go:16)	MOVQ	R8, CX
    77        00119 (generics_basic.go:16)	TESTQ	CX, CX
    7a        00122 (generics_basic.go:16)	JLE	235
    7c        00124 (generics_basic.go:16)	MOVQ	AX, main.out.ptr+96(SP)
    81        00129 (generics_basic.go:16)	MOVQ	CX, main..autotmp_29+88(SP)
    86        00134 (generics_basic.go:16)	MOVQ	BX, main.out.cap+64(SP)
    8b        00139 (generics_basic.go:16)	MOVQ	DX, main..autotmp_30+104(SP)
    90        00144 (generics_basic.go:16)	MOVQ	(DX), AX
    93        00147 (generics_basic.go:16)	MOVQ	8(DX), BX
    97        00151 (generics_basic.go:16)	LEAQ	1(SI), CX
    9b        00155 (generics_basic.go:16)	MOVQ	CX, main..autotmp_31+80(SP)
    a0        00160 (generics_basic.go:16)	MOVQ	main.f+152(SP), DX
    a8        00168 (generics_basic.go:16)	MOVQ	(DX), CX
    ab        00171 (generics_basic.go:16)	PCDATA	$1, $1
    ab        00171 (generics_basic.go:16)	CALL	CX
    ad        00173 (generics_basic.go:16)	MOVQ	main.out.cap+64(SP), CX
    b2        00178 (generics_basic.go:16)	MOVQ	main..autotmp_31+80(SP), BX
    b7        00183 (generics_basic.go:16)	CMPQ	CX, BX
    ba        00186 (generics_basic.go:16)	JCS	195
    bc        00188 (generics_basic.go:16)	MOVQ	main.out.ptr+96(SP), DX
    c1        00193 (generics_basic.go:16)	JMP	82
    c3        00195 (generics_basic.go:16)	MOVQ	AX, main..autotmp_32+72(SP)
    c8        00200 (generics_basic.go:16)	LEAQ	type:int(SB), SI
    cf        00207 (generics_basic.go:16)	MOVQ	main.out.ptr+96(SP), AX
    d4        00212 (generics_basic.go:16)	MOVL	$1, DI
    d9        00217 (generics_basic.go:16)	PCDATA	$1, $2
    d9        00217 (generics_basic.go:16)	CALL	runtime.growslice(SB)
    de        00222 (generics_basic.go:16)	MOVQ	AX, DX
    e1        00225 (generics_basic.go:16)	MOVQ	main..autotmp_32+72(SP), AX
    e6        00230 (generics_basic.go:16)	JMP	82
    eb     -1 00235 (generics_basic.go:16)	MOVQ	BX, CX
    ee        00238 (generics_basic.go:16)	MOVQ	SI, BX
    f1        00241 (generics_basic.go:16)	ADDQ	$112, SP
    f5        00245 (generics_basic.go:16)	POPQ	BP
    f6        00246 (generics_basic.go:16)	RET
    f7        00247 (generics_basic.go:16)	NOP
    f7        00247 (generics_basic.go:16)	PCDATA	$1, $-1
    f7        00247 (generics_basic.go:16)	PCDATA	$0, $-2
    f7        00247 (generics_basic.go:16)	MOVQ	AX, 8(SP)
    fc        00252 (generics_basic.go:16)	MOVQ	BX, 16(SP)
   101        00257 (generics_basic.go:16)	MOVQ	CX, 24(SP)
   106        00262 (generics_basic.go:16)	MOVQ	DI, 32(SP)
   10b        00267 (generics_basic.go:16)	CALL	runtime.morestack_noctxt(SB)
   110        00272 (generics_basic.go:16)	PCDATA	$0, $-1
   110        00272 (generics_basic.go:16)	MOVQ	8(SP), AX
   115        00277 (generics_basic.go:16)	MOVQ	16(SP), BX
   11a        00282 (generics_basic.go:16)	MOVQ	24(SP), CX
   11f        00287 (generics_basic.go:16)	MOVQ	32(SP), DI
   124        00292 (generics_basic.go:16)	JMP	0
   129 done
wrote 12 bytes to 0x0
 00 12 02 18 01 07 02 ba 01 01 3e 00
-- inlining tree for main.Map[string,int]:
0 | -1 | main.Map[go.shape.string,go.shape.int] (generics_basic.go:16:6) pc=42
--
funcpctab main.Sum[int] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:8)	TEXT	main.Sum[int](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0        00000 (generics_basic.go:8)	TEXT	main.Sum[int](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (generics_basic.go:8)	MOVQ	AX, main.xs+8(FP)
     5        00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[int].arginfo1(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[int].argliveinfo(SB)
     5        00005 (generics_basic.go:8)	PCDATA	$3, $1
     5        00005 (<unknown line number>)	NOP
     5        00005 (generics_basic.go:8)	XCHGL	AX, AX
     6      0 00006 (generics_basic.go:8)	XORL	CX, CX
     8        00008 (generics_basic.go:8)	XORL	DX, DX
     a        00010 (generics_basic.go:8)	JMP	19
     c        00012 (generics_basic.go:8)	ADDQ	(AX)(CX*8), DX
    10        00016 (generics_basic.go:8)	INCQ	CX
    13        00019 (generics_basic.go:8)	CMPQ	BX, CX
    16        00022 (generics_basic.go:8)	JGT	12
    18     -1 00024 (generics_basic.go:8)	MOVQ	DX, AX
    1b        00027 (generics_basic.go:8)	RET
    1c done
wrote 7 bytes to 0x0
 00 06 02 12 01 04 00
-- inlining tree for main.Sum[int]:
0 | -1 | main.Sum[go.shape.int] (generics_basic.go:8:6) pc=24
--
funcpctab main.Sum[float64] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:8)	TEXT	main.Sum[float64](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0        00000 (generics_basic.go:8)	TEXT	main.Sum[float64](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (generics_basic.go:8)	MOVQ	AX, main.xs+8(FP)
     5        00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[float64].arginfo1(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[float64].argliveinfo(SB)
     5        00005 (generics_basic.go:8)	PCDATA	$3, $1
     5        00005 (<unknown line number>)	NOP
     5        00005 (generics_basic.go:8)	XCHGL	AX, AX
     6      0 00006 (generics_basic.go:8)	XORPS	X1, X1
     9        00009 (generics_basic.go:8)	XORL	CX, CX
     b        00011 (generics_basic.go:8)	JMP	21
     d        00013 (generics_basic.go:8)	ADDSD	(AX)(CX*8), X1
    12        00018 (generics_basic.go:8)	INCQ	CX
    15        00021 (generics_basic.go:8)	CMPQ	BX, CX
    18        00024 (generics_basic.go:8)	JGT	13
    1a     -1 00026 (generics_basic.go:8)	MOVUPS	X1, X0
    1d        00029 (generics_basic.go:8)	RET
    1e done
wrote 7 bytes to 0x0
 00 06 02 14 01 04 00
-- inlining tree for main.Sum[float64]:
0 | -1 | main.Sum[go.shape.float64] (generics_basic.go:8:6) pc=26
--
funcpctab main.Sum[uint8] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:8)	TEXT	main.Sum[uint8](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0        00000 (generics_basic.go:8)	TEXT	main.Sum[uint8](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (generics_basic.go:8)	MOVQ	AX, main.xs+8(FP)
     5        00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[uint8].arginfo1(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[uint8].argliveinfo(SB)
     5        00005 (generics_basic.go:8)	PCDATA	$3, $1
     5        00005 (<unknown line number>)	NOP
     5        00005 (generics_basic.go:8)	XCHGL	AX, AX
     6      0 00006 (generics_basic.go:8)	XORL	CX, CX
     8        00008 (generics_basic.go:8)	XORL	DX, DX
     a        00010 (generics_basic.go:8)	JMP	21
     c        00012 (generics_basic.go:8)	MOVBLZX	(AX)(DX*1), SI
    10        00016 (generics_basic.go:8)	ADDL	SI, CX
    12        00018 (generics_basic.go:8)	INCQ	DX
    15        00021 (generics_basic.go:8)	CMPQ	BX, DX
    18        00024 (generics_basic.go:8)	JGT	12
    1a     -1 00026 (generics_basic.go:8)	MOVL	CX, AX
    1c        00028 (generics_basic.go:8)	RET
    1d done
wrote 7 bytes to 0x0
 00 06 02 14 01 03 00
-- inlining tree for main.Sum[uint8]:
0 | -1 | main.Sum[go.shape.uint8] (generics_basic.go:8:6) pc=26
--
funcpctab main.Sum[main.MyInt] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:8)	TEXT	main.Sum[main.MyInt](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0        00000 (generics_basic.go:8)	TEXT	main.Sum[main.MyInt](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (generics_basic.go:8)	MOVQ	AX, main.xs+8(FP)
     5        00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[main.MyInt].arginfo1(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[main.MyInt].argliveinfo(SB)
     5        00005 (generics_basic.go:8)	PCDATA	$3, $1
     5        00005 (<unknown line number>)	NOP
     5        00005 (generics_basic.go:8)	XCHGL	AX, AX
     6      0 00006 (generics_basic.go:8)	XORL	CX, CX
     8        00008 (generics_basic.go:8)	XORL	DX, DX
     a        00010 (generics_basic.go:8)	JMP	19
     c        00012 (generics_basic.go:8)	ADDQ	(AX)(DX*8), CX
    10        00016 (generics_basic.go:8)	INCQ	DX
    13        00019 (generics_basic.go:8)	CMPQ	BX, DX
    16        00022 (generics_basic.go:8)	JGT	12
    18     -1 00024 (generics_basic.go:8)	MOVQ	CX, AX
    1b        00027 (generics_basic.go:8)	RET
    1c done
wrote 7 bytes to 0x0
 00 06 02 12 01 04 00
-- inlining tree for main.Sum[main.MyInt]:
0 | -1 | main.Sum[go.shape.int] (generics_basic.go:8:6) pc=24
--
funcpctab main.(*Stack[go.shape.string]).Pop [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:28)	TEXT	main.(*Stack[go.shape.string]).Pop(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (generics_basic.go:28)	TEXT	main.(*Stack[go.shape.string]).Pop(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (generics_basic.go:28)	FUNCDATA	$0, gclocals·JnfAVn+HlBgdPzEchG//AQ==(SB)
     0        00000 (generics_basic.go:28)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (generics_basic.go:28)	FUNCDATA	$5, main.(*Stack[go.shape.string]).Pop.arginfo1(SB)
     0        00000 (generics_basic.go:28)	FUNCDATA	$6, main.(*Stack[go.shape.string]).Pop.argliveinfo(SB)
     0        00000 (generics_basic.go:28)	PCDATA	$3, $1
     0     -1 00000 (generics_basic.go:30)	MOVQ	8(AX), DX
     4        00004 (generics_basic.go:30)	TESTQ	DX, DX
     7        00007 (generics_basic.go:30)	JNE	16
     9        00009 (generics_basic.go:31)	XORL	AX, AX
     b        00011 (generics_basic.go:31)	XORL	BX, BX
     d        00013 (generics_basic.go:31)	XORL	CX, CX
     f        00015 (generics_basic.go:31)	RET
    10        00016 (generics_basic.go:30)	MOVQ	(AX), SI
    13        00019 (generics_basic.go:33)	DECQ	DX
    16        00022 (generics_basic.go:33)	MOVQ	DX, DI
    19        00025 (generics_basic.go:33)	SHLQ	$4, DX
    1d        00029 (generics_basic.go:33)	MOVQ	(SI)(DX*1), R8
    21        00033 (generics_basic.go:33)	MOVQ	8(SI)(DX*1), BX
    26        00038 (generics_basic.go:34)	MOVQ	DI, 8(AX)
    2a        00042 (generics_basic.go:35)	MOVQ	R8, AX
    2d        00045 (generics_basic.go:35)	MOVL	$1, CX
    32        00050 (generics_basic.go:35)	RET
    33 done
wrote 3 bytes to 0x0
 00 33 00
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
funcpctab main.MaxBy[go.shape.struct { Key string; Val int }] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:43)	TEXT	main.MaxBy[go.shape.struct { Key string; Val int }](SB), DUPOK|ABIInternal, $120-40
     0        00000 (generics_basic.go:43)	TEXT	main.MaxBy[go.shape.struct { Key string; Val int }](SB), DUPOK|ABIInternal, $120-40
     0     -1 00000 (generics_basic.go:43)	CMPQ	SP, 16(R14)
     4        00004 (generics_basic.go:43)	PCDATA	$0, $-2
     4        00004 (generics_basic.go:43)	JLS	252
     a        00010 (generics_basic.go:43)	PCDATA	$0, $-1
     a        00010 (generics_basic.go:43)	PUSHQ	BP
     b        00011 (generics_basic.go:43)	MOVQ	SP, BP
     e        00014 (generics_basic.go:43)	SUBQ	$112, SP
    12        00018 (generics_basic.go:43)	MOVQ	BX, main.xs+136(FP)
    1a        00026 (generics_basic.go:43)	FUNCDATA	$0, gclocals·llPtqBDcHNaUq6kEZy0sMw==(SB)
    1a        00026 (generics_basic.go:43)	FUNCDATA	$1, gclocals·ZvOU3wPWgU+dFsNKcz/VTA==(SB)
    1a        00026 (generics_basic.go:43)	FUNCDATA	$5, main.MaxBy[go.shape.struct { Key string; Val int }].arginfo1(SB)
    1a        00026 (generics_basic.go:43)	FUNCDATA	$6, main.MaxBy[go.shape.struct { Key string; Val int }].argliveinfo(SB)
    1a        00026 (generics_basic.go:43)	PCDATA	$3, $1
    1a        00026 (generics_basic.go:43)	NOP
    20        00032 (generics_basic.go:44)	TESTQ	CX, CX
    23        00035 (generics_basic.go:44)	JLS	246
    29        00041 (generics_basic.go:44)	MOVQ	SI, main.less+160(SP)
    31        00049 (generics_basic.go:44)	PCDATA	$3, $2
    31        00049 (generics_basic.go:45)	LEAQ	-1(DI), R9
    35        00053 (generics_basic.go:45)	NEGQ	R9
    38        00056 (generics_basic.go:45)	SARQ	$63, R9
    3c        00060 (generics_basic.go:45)	ANDL	$24, R9
    40        00064 (generics_basic.go:45)	ADDQ	BX, R9
    43        00067 (generics_basic.go:44)	MOVQ	(BX), AX
    46        00070 (generics_basic.go:44)	MOVQ	8(BX), R10
    4a        00074 (generics_basic.go:44)	MOVQ	16(BX), R11
    4e        00078 (generics_basic.go:45)	LEAQ	-1(CX), R12
    52        00082 (generics_basic.go:45)	JMP	225
    57        00087 (generics_basic.go:45)	MOVQ	R10, main.mKey.len+56(SP)
    5c        00092 (generics_basic.go:45)	MOVQ	AX, main.mKey.ptr+88(SP)
    61        00097 (generics_basic.go:45)	MOVQ	R12, main..autotmp_19+80(SP)
    66        00102 (generics_basic.go:45)	MOVQ	R11, main.mVal+48(SP)
    6b        00107 (generics_basic.go:45)	MOVQ	R9, main..autotmp_20+104(SP)
    70        00112 (generics_basic.go:45)	MOVQ	(R9), DI
    73        00115 (generics_basic.go:45)	MOVQ	DI, main..autotmp_21+96(SP)
    78        00120 (generics_basic.go:45)	MOVQ	8(R9), R12
    7c        00124 (generics_basic.go:45)	MOVQ	R12, main..autotmp_22+72(SP)
    81        00129 (generics_basic.go:45)	MOVQ	16(R9), R8
    85        00133 (generics_basic.go:45)	MOVQ	R8, main..autotmp_23+64(SP)
    8a        00138 (generics_basic.go:46)	MOVQ	(SI), R9
    8d        00141 (generics_basic.go:46)	MOVQ	R10, BX
    90        00144 (generics_basic.go:46)	MOVQ	R11, CX
    93        00147 (generics_basic.go:46)	MOVQ	SI, DX
    96        00150 (generics_basic.go:46)	MOVQ	R12, SI
    99        00153 (generics_basic.go:46)	PCDATA	$1, $1
    99        00153 (generics_basic.go:46)	CALL	R9
    9c        00156 (generics_basic.go:45)	MOVQ	main..autotmp_20+104(SP), R9
    a1        00161 (generics_basic.go:45)	ADDQ	$24, R9
    a5        00165 (generics_basic.go:45)	TESTB	AL, AL
    a7        00167 (<unknown line number>)	MOVQ	main.mKey.len+56(SP), R10
    ac        00172 (<unknown line number>)	MOVQ	main..autotmp_22+72(SP), R11
    b1        00177 (<unknown line number>)	CMOVQNE	R11, R10
    b5        00181 (<unknown line number>)	MOVQ	main.mVal+48(SP), R11
    ba        00186 (<unknown line number>)	MOVQ	main..autotmp_23+64(SP), R12
    bf        00191 (<unknown line number>)	CMOVQNE	R12, R11
    c3        00195 (<unknown line number>)	MOVQ	main.mKey.ptr+88(SP), AX
    c8        00200 (<unknown line number>)	MOVQ	main..autotmp_21+96(SP), R12
    cd        00205 (<unknown line number>)	CMOVQNE	R12, AX
    d1        00209 (generics_basic.go:45)	MOVQ	main..autotmp_19+80(SP), R12
    d6        00214 (generics_basic.go:45)	DECQ	R12
    d9        00217 (generics_basic.go:46)	MOVQ	main.less+160(SP), SI
    e1        00225 (generics_basic.go:45)	TESTQ	R12, R12
    e4        00228 (generics_basic.go:45)	JGT	87
    ea        00234 (generics_basic.go:50)	MOVQ	R10, BX
    ed        00237 (generics_basic.go:50)	MOVQ	R11, CX
    f0        00240 (generics_basic.go:50)	ADDQ	$112, SP
    f4        00244 (generics_basic.go:50)	POPQ	BP
    f5        00245 (generics_basic.go:50)	RET
    f6        00246 (generics_basic.go:50)	PCDATA	$3, $1
    f6        00246 (generics_basic.go:44)	PCDATA	$1, $2
    f6        00246 (generics_basic.go:44)	PCDATA	$4, $0
    f6        00246 (generics_basic.go:44)	CALL	runtime.panicBounds(SB)
    fb        00251 (generics_basic.go:44)	XCHGL	AX, AX
    fc        00252 (generics_basic.go:44)	NOP
    fc        00252 (generics_basic.go:43)	PCDATA	$1, $-1
    fc        00252 (generics_basic.go:43)	PCDATA	$0, $-2
    fc        00252 (generics_basic.go:43)	MOVQ	AX, 8(SP)
   101        00257 (generics_basic.go:43)	MOVQ	BX, 16(SP)
   106        00262 (generics_basic.go:43)	MOVQ	CX, 24(SP)
   10b        00267 (generics_basic.go:43)	MOVQ	DI, 32(SP)
   110        00272 (generics_basic.go:43)	MOVQ	SI, 40(SP)
   115        00277 (generics_basic.go:43)	CALL	runtime.morestack_noctxt(SB)
   11a        00282 (generics_basic.go:43)	PCDATA	$0, $-1
   11a        00282 (generics_basic.go:43)	MOVQ	8(SP), AX
   11f        00287 (generics_basic.go:43)	MOVQ	16(SP), BX
   124        00292 (generics_basic.go:43)	MOVQ	24(SP), CX
   129        00297 (generics_basic.go:43)	MOVQ	32(SP), DI
   12e        00302 (generics_basic.go:43)	MOVQ	40(SP), SI
   133        00307 (generics_basic.go:43)	JMP	0
   138 done
wrote 4 bytes to 0x0
 00 b8 02 00
funcpctab main.Map[go.shape.string,go.shape.int] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:16)	TEXT	main.Map[go.shape.string,go.shape.int](SB), DUPOK|ABIInternal, $120-40
     0        00000 (generics_basic.go:16)	TEXT	main.Map[go.shape.string,go.shape.int](SB), DUPOK|ABIInternal, $120-40
     0     -1 00000 (generics_basic.go:16)	CMPQ	SP, 16(R14)
     4        00004 (generics_basic.go:16)	PCDATA	$0, $-2
     4        00004 (generics_basic.go:16)	JLS	254
     a        00010 (generics_basic.go:16)	PCDATA	$0, $-1
     a        00010 (generics_basic.go:16)	PUSHQ	BP
     b        00011 (generics_basic.go:16)	MOVQ	SP, BP
     e        00014 (generics_basic.go:16)	SUBQ	$112, SP
    12        00018 (generics_basic.go:16)	FUNCDATA	$0, gclocals·bQz/JIlVfT7NSpUL3uMXfg==(SB)
    12        00018 (generics_basic.go:16)	FUNCDATA	$1, gclocals·0YOCjVyYEdCDszNGOi4WsQ==(SB)
    12        00018 (generics_basic.go:16)	FUNCDATA	$5, main.Map[go.shape.string,go.shape.int].arginfo1(SB)
    12        00018 (generics_basic.go:16)	FUNCDATA	$6, main.Map[go.shape.string,go.shape.int].argliveinfo(SB)
    12        00018 (generics_basic.go:16)	PCDATA	$3, $1
    12        00018 (generics_basic.go:18)	MOVQ	AX, main..dict+128(SP)
    1a        00026 (generics_basic.go:18)	MOVQ	SI, main.f+160(SP)
    22        00034 (generics_basic.go:18)	MOVQ	BX, main.xs+136(SP)
    2a        00042 (generics_basic.go:18)	MOVQ	CX, main.xs+144(SP)
    32        00050 (generics_basic.go:18)	PCDATA	$3, $2
    32        00050 (generics_basic.go:17)	MOVQ	32(AX), AX
    36        00054 (generics_basic.go:17)	XORL	BX, BX
    38        00056 (generics_basic.go:17)	PCDATA	$1, $0
    38        00056 (generics_basic.go:17)	CALL	runtime.makeslice(SB)
    3d        00061 (generics_basic.go:18)	MOVQ	main.xs+136(SP), DX
    45        00069 (generics_basic.go:18)	MOVQ	main.xs+144(SP), CX
    4d        00077 (generics_basic.go:18)	MOVQ	CX, BX
    50        00080 (generics_basic.go:18)	XORL	SI, SI
    52        00082 (generics_basic.go:18)	JMP	121
    54        00084 (generics_basic.go:19)	MOVQ	AX, -8(DX)(BX*8)
    59        00089 (generics_basic.go:18)	MOVQ	main..autotmp_21+104(SP), DI
    5e        00094 (generics_basic.go:18)	ADDQ	$16, DI
    62        00098 (generics_basic.go:18)	MOVQ	main..autotmp_20+88(SP), R8
    67        00103 (generics_basic.go:18)	DECQ	R8
    6a        00106 (generics_basic.go:18)	MOVQ	DX, AX
    6d        00109 (generics_basic.go:18)	MOVQ	BX, SI
    70        00112 (generics_basic.go:18)	MOVQ	DI, DX
    73        00115 (generics_basic.go:18)	MOVQ	CX, BX
    76        00118 (generics_basic.go:18)	MOVQ	R8, CX
    79        00121 (generics_basic.go:18)	TESTQ	CX, CX
    7c        00124 (generics_basic.go:18)	JLE	242
    7e        00126 (generics_basic.go:18)	MOVQ	CX, main..autotmp_20+88(SP)
    83        00131 (generics_basic.go:18)	MOVQ	BX, main.out.cap+64(SP)
    88        00136 (generics_basic.go:18)	MOVQ	AX, main.out.ptr+96(SP)
    8d        00141 (generics_basic.go:18)	MOVQ	DX, main..autotmp_21+104(SP)
    92        00146 (generics_basic.go:18)	MOVQ	(DX), AX
    95        00149 (generics_basic.go:18)	MOVQ	8(DX), BX
    99        00153 (generics_basic.go:19)	LEAQ	1(SI), CX
    9d        00157 (generics_basic.go:19)	MOVQ	CX, main..autotmp_22+80(SP)
    a2        00162 (generics_basic.go:19)	MOVQ	main.f+160(SP), DX
    aa        00170 (generics_basic.go:19)	MOVQ	(DX), CX
    ad        00173 (generics_basic.go:19)	PCDATA	$1, $1
    ad        00173 (generics_basic.go:19)	CALL	CX
    af        00175 (generics_basic.go:19)	MOVQ	main.out.cap+64(SP), CX
    b4        00180 (generics_basic.go:19)	MOVQ	main..autotmp_22+80(SP), BX
    b9        00185 (generics_basic.go:19)	CMPQ	CX, BX
    bc        00188 (generics_basic.go:19)	JCS	197
    be        00190 (generics_basic.go:19)	MOVQ	main.out.ptr+96(SP), DX
    c3        00195 (generics_basic.go:19)	JMP	84
    c5        00197 (generics_basic.go:19)	MOVQ	AX, main..autotmp_23+72(SP)
    ca        00202 (generics_basic.go:19)	MOVQ	main..dict+128(SP), DX
    d2        00210 (generics_basic.go:19)	MOVQ	32(DX), SI
    d6        00214 (generics_basic.go:19)	MOVQ	main.out.ptr+96(SP), AX
    db        00219 (generics_basic.go:19)	MOVL	$1, DI
    e0        00224 (generics_basic.go:19)	PCDATA	$1, $2
    e0        00224 (generics_basic.go:19)	CALL	runtime.growslice(SB)
    e5        00229 (generics_basic.go:19)	MOVQ	AX, DX
    e8        00232 (generics_basic.go:19)	MOVQ	main..autotmp_23+72(SP), AX
    ed        00237 (generics_basic.go:19)	JMP	84
    f2        00242 (generics_basic.go:21)	MOVQ	BX, CX
    f5        00245 (generics_basic.go:21)	MOVQ	SI, BX
    f8        00248 (generics_basic.go:21)	ADDQ	$112, SP
    fc        00252 (generics_basic.go:21)	POPQ	BP
    fd        00253 (generics_basic.go:21)	RET
    fe        00254 (generics_basic.go:21)	NOP
    fe        00254 (generics_basic.go:16)	PCDATA	$1, $-1
    fe        00254 (generics_basic.go:16)	PCDATA	$0, $-2
    fe        00254 (generics_basic.go:16)	MOVQ	AX, 8(SP)
   103        00259 (generics_basic.go:16)	MOVQ	BX, 16(SP)
   108        00264 (generics_basic.go:16)	MOVQ	CX, 24(SP)
   10d        00269 (generics_basic.go:16)	MOVQ	DI, 32(SP)
   112        00274 (generics_basic.go:16)	MOVQ	SI, 40(SP)
   117        00279 (generics_basic.go:16)	CALL	runtime.morestack_noctxt(SB)
   11c        00284 (generics_basic.go:16)	PCDATA	$0, $-1
   11c        00284 (generics_basic.go:16)	MOVQ	8(SP), AX
   121        00289 (generics_basic.go:16)	MOVQ	16(SP), BX
   126        00294 (generics_basic.go:16)	MOVQ	24(SP), CX
   12b        00299 (generics_basic.go:16)	MOVQ	32(SP), DI
   130        00304 (generics_basic.go:16)	MOVQ	40(SP), SI
   135        00309 (generics_basic.go:16)	JMP	0
   13a done
wrote 4 bytes to 0x0
 00 ba 02 00
funcpctab main.(*Stack[string]).Push [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:26)	TEXT	main.(*Stack[string]).Push(SB), DUPOK|WRAPPER|ABIInternal, $72-24
     0        00000 (generics_basic.go:26)	TEXT	main.(*Stack[string]).Push(SB), DUPOK|WRAPPER|ABIInternal, $72-24
     0     -1 00000 (generics_basic.go:26)	CMPQ	SP, 16(R14)
     4        00004 (generics_basic.go:26)	PCDATA	$0, $-2
     4        00004 (generics_basic.go:26)	JLS	190
     a        00010 (generics_basic.go:26)	PCDATA	$0, $-1
     a        00010 (generics_basic.go:26)	PUSHQ	BP
     b        00011 (generics_basic.go:26)	MOVQ	SP, BP
     e        00014 (generics_basic.go:26)	SUBQ	$64, SP
    12        00018 (generics_basic.go:26)	MOVQ	BX, main.v+88(FP)
    17        00023 (generics_basic.go:26)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
    17        00023 (generics_basic.go:26)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    17        00023 (generics_basic.go:26)	FUNCDATA	$5, main.(*Stack[string]).Push.arginfo1(SB)
    17        00023 (generics_basic.go:26)	FUNCDATA	$6, main.(*Stack[string]).Push.argliveinfo(SB)
    17        00023 (generics_basic.go:26)	PCDATA	$3, $1
    17      0 00023 (generics_basic.go:26)	MOVQ	16(AX), DX
    1b        00027 (generics_basic.go:26)	MOVQ	8(AX), R8
    1f        00031 (generics_basic.go:26)	INCQ	R8
    22        00034 (<unknown line number>)	NOP
    22        00034 (generics_basic.go:26)	MOVQ	(AX), R9
    25        00037 (generics_basic.go:26)	CMPQ	DX, R8
    28        00040 (generics_basic.go:26)	JCC	138
    2a        00042 (generics_basic.go:26)	MOVQ	AX, main.s+80(SP)
    2f        00047 (generics_basic.go:26)	MOVQ	BX, main.v+88(SP)
    34        00052 (generics_basic.go:26)	MOVQ	CX, main.v+96(SP)
    39        00057 (generics_basic.go:26)	PCDATA	$3, $-1
    39        00057 (generics_basic.go:26)	LEAQ	type:string(SB), SI
    40        00064 (generics_basic.go:26)	MOVQ	R9, AX
    43        00067 (generics_basic.go:26)	MOVQ	R8, BX
    46        00070 (generics_basic.go:26)	MOVQ	DX, CX
    49        00073 (generics_basic.go:26)	MOVL	$1, DI
    4e        00078 (generics_basic.go:26)	PCDATA	$1, $0
    4e        00078 (generics_basic.go:26)	CALL	runtime.growslice(SB)
    53        00083 (generics_basic.go:26)	MOVQ	main.s+80(SP), DX
    58        00088 (generics_basic.go:26)	MOVQ	CX, 16(DX)
    5c        00092 (generics_basic.go:26)	CMPL	runtime.writeBarrier(SB), $0
    63        00099 (generics_basic.go:26)	PCDATA	$0, $-2
    63        00099 (generics_basic.go:26)	JEQ	116
    65        00101 (generics_basic.go:26)	MOVQ	(DX), CX
    68        00104 (generics_basic.go:26)	CALL	runtime.gcWriteBarrier2(SB)
    6d        00109 (generics_basic.go:26)	MOVQ	AX, (R11)
    70        00112 (generics_basic.go:26)	MOVQ	CX, 8(R11)
    74        00116 (generics_basic.go:26)	MOVQ	AX, (DX)
    77        00119 (generics_basic.go:26)	PCDATA	$0, $-1
    77        00119 (generics_basic.go:26)	MOVQ	main.v+96(SP), CX
    7c     -1 00124 (generics_basic.go:26)	MOVQ	BX, R8
    7f        00127 (generics_basic.go:26)	MOVQ	AX, R9
    82      0 00130 (generics_basic.go:26)	MOVQ	DX, AX
    85        00133 (generics_basic.go:26)	MOVQ	main.v+88(SP), BX
    8a        00138 (generics_basic.go:26)	PCDATA	$3, $1
    8a        00138 (generics_basic.go:26)	MOVQ	R8, 8(AX)
    8e        00142 (generics_basic.go:26)	LEAQ	-1(R8), AX
    92        00146 (generics_basic.go:26)	SHLQ	$4, AX
    96        00150 (generics_basic.go:26)	MOVQ	CX, 8(R9)(AX*1)
    9b        00155 (generics_basic.go:26)	CMPL	runtime.writeBarrier(SB), $0
    a2        00162 (generics_basic.go:26)	PCDATA	$0, $-2
    a2        00162 (generics_basic.go:26)	JEQ	180
    a4        00164 (generics_basic.go:26)	MOVQ	(R9)(AX*1), CX
    a8        00168 (generics_basic.go:26)	CALL	runtime.gcWriteBarrier2(SB)
    ad        00173 (generics_basic.go:26)	MOVQ	BX, (R11)
    b0        00176 (generics_basic.go:26)	MOVQ	CX, 8(R11)
    b4        00180 (generics_basic.go:26)	MOVQ	BX, (R9)(AX*1)
    b8        00184 (generics_basic.go:26)	PCDATA	$0, $-1
    b8     -1 00184 (generics_basic.go:26)	ADDQ	$64, SP
    bc        00188 (generics_basic.go:26)	POPQ	BP
    bd        00189 (generics_basic.go:26)	RET
    be        00190 (generics_basic.go:26)	NOP
    be        00190 (generics_basic.go:26)	PCDATA	$1, $-1
    be        00190 (generics_basic.go:26)	PCDATA	$0, $-2
    be        00190 (generics_basic.go:26)	MOVQ	AX, 8(SP)
    c3        00195 (generics_basic.go:26)	MOVQ	BX, 16(SP)
    c8        00200 (generics_basic.go:26)	MOVQ	CX, 24(SP)
    cd        00205 (generics_basic.go:26)	CALL	runtime.morestack_noctxt(SB)
    d2        00210 (generics_basic.go:26)	PCDATA	$0, $-1
    d2        00210 (generics_basic.go:26)	MOVQ	8(SP), AX
    d7        00215 (generics_basic.go:26)	MOVQ	16(SP), BX
    dc        00220 (generics_basic.go:26)	MOVQ	24(SP), CX
    e1        00225 (generics_basic.go:26)	JMP	0
    e6 done
wrote 11 bytes to 0x0
 00 17 02 65 01 06 02 36 01 2e 00
-- inlining tree for main.(*Stack[string]).Push:
0 | -1 | main.(*Stack[go.shape.string]).Push (generics_basic.go:26:6) pc=124
--
funcpctab main.Sum[go.shape.uint8] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:8)	TEXT	main.Sum[go.shape.uint8](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-32
     0        00000 (generics_basic.go:8)	TEXT	main.Sum[go.shape.uint8](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-32
     0     -1 00000 (generics_basic.go:8)	MOVQ	BX, main.xs+16(FP)
     5        00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[go.shape.uint8].arginfo1(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[go.shape.uint8].argliveinfo(SB)
     5        00005 (generics_basic.go:8)	PCDATA	$3, $1
     5        00005 (generics_basic.go:10)	XORL	DX, DX
     7        00007 (generics_basic.go:10)	XORL	SI, SI
     9        00009 (generics_basic.go:10)	JMP	20
     b        00011 (generics_basic.go:10)	MOVBLZX	(BX)(SI*1), AX
     f        00015 (generics_basic.go:11)	ADDL	AX, DX
    11        00017 (generics_basic.go:10)	INCQ	SI
    14        00020 (generics_basic.go:10)	CMPQ	CX, SI
    17        00023 (generics_basic.go:10)	JGT	11
    19        00025 (generics_basic.go:13)	MOVL	DX, AX
    1b        00027 (generics_basic.go:13)	RET
    1c done
wrote 3 bytes to 0x0
 00 1c 00
funcpctab main.Sum[go.shape.float64] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:8)	TEXT	main.Sum[go.shape.float64](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-32
     0        00000 (generics_basic.go:8)	TEXT	main.Sum[go.shape.float64](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-32
     0     -1 00000 (generics_basic.go:8)	MOVQ	BX, main.xs+16(FP)
     5        00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[go.shape.float64].arginfo1(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[go.shape.float64].argliveinfo(SB)
     5        00005 (generics_basic.go:8)	PCDATA	$3, $1
     5        00005 (generics_basic.go:10)	XORPS	X1, X1
     8        00008 (generics_basic.go:10)	XORL	AX, AX
     a        00010 (generics_basic.go:10)	JMP	20
     c        00012 (generics_basic.go:11)	ADDSD	(BX)(AX*8), X1
    11        00017 (generics_basic.go:10)	INCQ	AX
    14        00020 (generics_basic.go:10)	CMPQ	CX, AX
    17        00023 (generics_basic.go:10)	JGT	12
    19        00025 (generics_basic.go:13)	MOVUPS	X1, X0
    1c        00028 (generics_basic.go:13)	RET
    1d done
wrote 3 bytes to 0x0
 00 1d 00
funcpctab main.Sum[go.shape.int] [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:8)	TEXT	main.Sum[go.shape.int](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-32
     0        00000 (generics_basic.go:8)	TEXT	main.Sum[go.shape.int](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-32
     0     -1 00000 (generics_basic.go:8)	MOVQ	BX, main.xs+16(FP)
     5        00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[go.shape.int].arginfo1(SB)
     5        00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[go.shape.int].argliveinfo(SB)
     5        00005 (generics_basic.go:8)	PCDATA	$3, $1
     5        00005 (generics_basic.go:10)	XORL	DX, DX
     7        00007 (generics_basic.go:10)	XORL	SI, SI
     9        00009 (generics_basic.go:10)	JMP	18
     b        00011 (generics_basic.go:11)	ADDQ	(BX)(SI*8), DX
     f        00015 (generics_basic.go:10)	INCQ	SI
    12        00018 (generics_basic.go:10)	CMPQ	CX, SI
    15        00021 (generics_basic.go:10)	JGT	11
    17        00023 (generics_basic.go:13)	MOVQ	DX, AX
    1a        00026 (generics_basic.go:13)	RET
    1b done
wrote 3 bytes to 0x0
 00 1b 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:57)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (generics_basic.go:57)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (generics_basic.go:57)	MOVQ	AX, main.s+8(FP)
     5        00005 (generics_basic.go:57)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (generics_basic.go:57)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_basic.go:57)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
     5        00005 (generics_basic.go:57)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
     5        00005 (generics_basic.go:57)	PCDATA	$3, $1
     5        00005 (generics_basic.go:57)	MOVQ	BX, AX
     8        00008 (generics_basic.go:57)	RET
     9 done
wrote 3 bytes to 0x0
 00 09 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:69)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-48
     0        00000 (generics_basic.go:69)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-48
     0     -1 00000 (generics_basic.go:69)	MOVQ	AX, main.a+8(FP)
     5        00005 (generics_basic.go:69)	MOVQ	DI, main.b+32(FP)
     a        00010 (generics_basic.go:69)	FUNCDATA	$0, gclocals·cC5rNmVCHyCv6uELS7ccGw==(SB)
     a        00010 (generics_basic.go:69)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     a        00010 (generics_basic.go:69)	FUNCDATA	$5, main.main.func2.arginfo1(SB)
     a        00010 (generics_basic.go:69)	FUNCDATA	$6, main.main.func2.argliveinfo(SB)
     a        00010 (generics_basic.go:69)	PCDATA	$3, $1
     a        00010 (generics_basic.go:69)	CMPQ	R8, CX
     d        00013 (generics_basic.go:69)	SETGT	AL
    10        00016 (generics_basic.go:69)	RET
    11 done
wrote 3 bytes to 0x0
 00 11 00
funcpctab main.(*Stack[go.shape.string]).Push [valfunc=pctoinline]
     0     -1 00000 (generics_basic.go:26)	TEXT	main.(*Stack[go.shape.string]).Push(SB), DUPOK|ABIInternal, $72-32
     0        00000 (generics_basic.go:26)	TEXT	main.(*Stack[go.shape.string]).Push(SB), DUPOK|ABIInternal, $72-32
     0     -1 00000 (generics_basic.go:26)	CMPQ	SP, 16(R14)
     4        00004 (generics_basic.go:26)	PCDATA	$0, $-2
     4        00004 (generics_basic.go:26)	JLS	188
     a        00010 (generics_basic.go:26)	PCDATA	$0, $-1
     a        00010 (generics_basic.go:26)	PUSHQ	BP
     b        00011 (generics_basic.go:26)	MOVQ	SP, BP
     e        00014 (generics_basic.go:26)	SUBQ	$64, SP
    12        00018 (generics_basic.go:26)	MOVQ	CX, main.v+96(FP)
    17        00023 (generics_basic.go:26)	FUNCDATA	$0, gclocals·CT7czUD8ydTiqzfoNnvnWQ==(SB)
    17        00023 (generics_basic.go:26)	FUNCDATA	$1, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    17        00023 (generics_basic.go:26)	FUNCDATA	$5, main.(*Stack[go.shape.string]).Push.arginfo1(SB)
    17        00023 (generics_basic.go:26)	FUNCDATA	$6, main.(*Stack[go.shape.string]).Push.argliveinfo(SB)
    17        00023 (generics_basic.go:26)	PCDATA	$3, $1
    17        00023 (generics_basic.go:26)	MOVQ	16(AX), DX
    1b        00027 (generics_basic.go:26)	MOVQ	8(AX), R8
    1f        00031 (generics_basic.go:26)	INCQ	R8
    22        00034 (generics_basic.go:26)	MOVQ	(AX), R9
    25        00037 (generics_basic.go:26)	CMPQ	DX, R8
    28        00040 (generics_basic.go:26)	JCC	135
    2a        00042 (generics_basic.go:26)	MOVQ	AX, main.s+80(SP)
    2f        00047 (generics_basic.go:26)	MOVQ	CX, main.v+96(SP)
    34        00052 (generics_basic.go:26)	MOVQ	DI, main.v+104(SP)
    39        00057 (generics_basic.go:26)	PCDATA	$3, $2
    39        00057 (generics_basic.go:26)	MOVQ	8(BX), SI
    3d        00061 (generics_basic.go:26)	MOVQ	R9, AX
    40        00064 (generics_basic.go:26)	MOVQ	R8, BX
    43        00067 (generics_basic.go:26)	MOVQ	DX, CX
    46        00070 (generics_basic.go:26)	MOVL	$1, DI
    4b        00075 (generics_basic.go:26)	PCDATA	$1, $1
    4b        00075 (generics_basic.go:26)	CALL	runtime.growslice(SB)
    50        00080 (generics_basic.go:26)	MOVQ	main.s+80(SP), DX
    55        00085 (generics_basic.go:26)	MOVQ	CX, 16(DX)
    59        00089 (generics_basic.go:26)	CMPL	runtime.writeBarrier(SB), $0
    60        00096 (generics_basic.go:26)	PCDATA	$0, $-2
    60        00096 (generics_basic.go:26)	JEQ	113
    62        00098 (generics_basic.go:26)	MOVQ	(DX), CX
    65        00101 (generics_basic.go:26)	CALL	runtime.gcWriteBarrier2(SB)
    6a        00106 (generics_basic.go:26)	MOVQ	AX, (R11)
    6d        00109 (generics_basic.go:26)	MOVQ	CX, 8(R11)
    71        00113 (generics_basic.go:26)	MOVQ	AX, (DX)
    74        00116 (generics_basic.go:26)	PCDATA	$0, $-1
    74        00116 (generics_basic.go:26)	MOVQ	main.v+96(SP), CX
    79        00121 (generics_basic.go:26)	MOVQ	main.v+104(SP), DI
    7e        00126 (generics_basic.go:26)	MOVQ	AX, R9
    81        00129 (generics_basic.go:26)	MOVQ	BX, R8
    84        00132 (generics_basic.go:26)	MOVQ	DX, AX
    87        00135 (generics_basic.go:26)	PCDATA	$3, $1
    87        00135 (generics_basic.go:26)	MOVQ	R8, 8(AX)
    8b        00139 (generics_basic.go:26)	LEAQ	-1(R8), AX
    8f        00143 (generics_basic.go:26)	SHLQ	$4, AX
    93        00147 (generics_basic.go:26)	MOVQ	DI, 8(R9)(AX*1)
    98        00152 (generics_basic.go:26)	CMPL	runtime.writeBarrier(SB), $0
    9f        00159 (generics_basic.go:26)	PCDATA	$0, $-2
    9f        00159 (generics_basic.go:26)	NOP
    a0        00160 (generics_basic.go:26)	JEQ	178
    a2        00162 (generics_basic.go:26)	MOVQ	(R9)(AX*1), DX
    a6        00166 (generics_basic.go:26)	CALL	runtime.gcWriteBarrier2(SB)
    ab        00171 (generics_basic.go:26)	MOVQ	CX, (R11)
    ae        00174 (generics_basic.go:26)	MOVQ	DX, 8(R11)
    b2        00178 (generics_basic.go:26)	MOVQ	CX, (R9)(AX*1)
    b6        00182 (generics_basic.go:26)	PCDATA	$0, $-1
    b6        00182 (generics_basic.go:26)	ADDQ	$64, SP
    ba        00186 (generics_basic.go:26)	POPQ	BP
    bb        00187 (generics_basic.go:26)	RET
    bc        00188 (generics_basic.go:26)	NOP
    bc        00188 (generics_basic.go:26)	PCDATA	$1, $-1
    bc        00188 (generics_basic.go:26)	PCDATA	$0, $-2
    bc        00188 (generics_basic.go:26)	MOVQ	AX, 8(SP)
    c1        00193 (generics_basic.go:26)	MOVQ	BX, 16(SP)
    c6        00198 (generics_basic.go:26)	MOVQ	CX, 24(SP)
    cb        00203 (generics_basic.go:26)	MOVQ	DI, 32(SP)
    d0        00208 (generics_basic.go:26)	CALL	runtime.morestack_noctxt(SB)
    d5        00213 (generics_basic.go:26)	PCDATA	$0, $-1
    d5        00213 (generics_basic.go:26)	MOVQ	8(SP), AX
    da        00218 (generics_basic.go:26)	MOVQ	16(SP), BX
    df        00223 (generics_basic.go:26)	MOVQ	24(SP), CX
    e4        00228 (generics_basic.go:26)	MOVQ	32(SP), DI
    e9        00233 (generics_basic.go:26)	JMP	0
    ee done
wrote 4 bytes to 0x0
 00 ee 01 00
main.main STEXT size=1623 align=0x0 args=0x0 locals=0x1c0 funcid=0x0
	0x0000 00000 (generics_basic.go:55)	TEXT	main.main(SB), ABIInternal, $448-0
	0x0000 00000 (generics_basic.go:55)	LEAQ	-320(SP), R12
	0x0008 00008 (generics_basic.go:55)	CMPQ	R12, 16(R14)
	0x000c 00012 (generics_basic.go:55)	PCDATA	$0, $-2
	0x000c 00012 (generics_basic.go:55)	JLS	1613
	0x0012 00018 (generics_basic.go:55)	PCDATA	$0, $-1
	0x0012 00018 (generics_basic.go:55)	PUSHQ	BP
	0x0013 00019 (generics_basic.go:55)	MOVQ	SP, BP
	0x0016 00022 (generics_basic.go:55)	SUBQ	$440, SP
	0x001d 00029 (generics_basic.go:55)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
	0x001d 00029 (generics_basic.go:55)	FUNCDATA	$1, gclocals·ehAmnQ00z2MnHNKMqdrlNQ==(SB)
	0x001d 00029 (generics_basic.go:55)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (generics_basic.go:56)	MOVQ	$1, main..autotmp_83+176(SP)
	0x0029 00041 (generics_basic.go:56)	MOVQ	$2, main..autotmp_83+184(SP)
	0x0035 00053 (generics_basic.go:56)	MOVQ	$3, main..autotmp_83+192(SP)
	0x0041 00065 (<unknown line number>)	NOP
	0x0041 00065 (generics_basic.go:10)	XORL	AX, AX
	0x0043 00067 (generics_basic.go:10)	XORL	CX, CX
	0x0045 00069 (generics_basic.go:10)	JMP	82
	0x0047 00071 (generics_basic.go:11)	ADDQ	main..autotmp_83+176(SP)(AX*8), CX
	0x004f 00079 (generics_basic.go:10)	INCQ	AX
	0x0052 00082 (generics_basic.go:10)	CMPQ	AX, $3
	0x0056 00086 (generics_basic.go:10)	JLT	71
	0x0058 00088 (generics_basic.go:56)	MOVQ	$4602678819172646912, AX
	0x0062 00098 (generics_basic.go:56)	MOVQ	AX, main..autotmp_87+160(SP)
	0x006a 00106 (generics_basic.go:56)	MOVQ	$4598175219545276416, AX
	0x0074 00116 (generics_basic.go:56)	MOVQ	AX, main..autotmp_87+168(SP)
	0x007c 00124 (<unknown line number>)	NOP
	0x007c 00124 (generics_basic.go:10)	XORPS	X0, X0
	0x007f 00127 (generics_basic.go:10)	XORL	AX, AX
	0x0081 00129 (generics_basic.go:10)	JMP	143
	0x0083 00131 (generics_basic.go:11)	ADDSD	main..autotmp_87+160(SP)(AX*8), X0
	0x008c 00140 (generics_basic.go:10)	INCQ	AX
	0x008f 00143 (generics_basic.go:10)	CMPQ	AX, $2
	0x0093 00147 (generics_basic.go:10)	JLT	131
	0x0095 00149 (generics_basic.go:56)	MOVW	$25800, main..autotmp_91+69(SP)
	0x009c 00156 (<unknown line number>)	NOP
	0x009c 00156 (generics_basic.go:10)	XORL	AX, AX
	0x009e 00158 (generics_basic.go:10)	XORL	DX, DX
	0x00a0 00160 (generics_basic.go:10)	JMP	172
	0x00a2 00162 (generics_basic.go:10)	MOVBLZX	main..autotmp_91+69(SP)(DX*1), BX
	0x00a7 00167 (generics_basic.go:11)	ADDL	BX, AX
	0x00a9 00169 (generics_basic.go:10)	INCQ	DX
	0x00ac 00172 (generics_basic.go:10)	CMPQ	DX, $2
	0x00b0 00176 (generics_basic.go:10)	JLT	162
	0x00b2 00178 (generics_basic.go:56)	MOVQ	$4, main..autotmp_95+144(SP)
	0x00be 00190 (generics_basic.go:56)	MOVQ	$5, main..autotmp_95+152(SP)
	0x00ca 00202 (<unknown line number>)	NOP
	0x00ca 00202 (generics_basic.go:10)	XORL	DX, DX
	0x00cc 00204 (generics_basic.go:10)	XORL	BX, BX
	0x00ce 00206 (generics_basic.go:10)	JMP	224
	0x00d0 00208 (generics_basic.go:11)	ADDQ	main..autotmp_95+144(SP)(BX*8), DX
	0x00d8 00216 (generics_basic.go:10)	INCQ	BX
	0x00db 00219 (generics_basic.go:10)	NOP
	0x00e0 00224 (generics_basic.go:10)	CMPQ	BX, $2
	0x00e4 00228 (generics_basic.go:10)	JLT	208
	0x00e6 00230 (generics_basic.go:10)	MOVQ	DX, main.s+104(SP)
	0x00eb 00235 (generics_basic.go:10)	MOVB	AL, main.s+68(SP)
	0x00ef 00239 (generics_basic.go:10)	MOVSD	X0, main.s+112(SP)
	0x00f5 00245 (generics_basic.go:10)	MOVQ	CX, main.s+120(SP)
	0x00fa 00250 (generics_basic.go:56)	PCDATA	$1, $0
	0x00fa 00250 (generics_basic.go:56)	CALL	runtime.printlock(SB)
	0x00ff 00255 (generics_basic.go:56)	MOVQ	main.s+120(SP), AX
	0x0104 00260 (generics_basic.go:56)	CALL	runtime.printint(SB)
	0x0109 00265 (generics_basic.go:56)	CALL	runtime.printsp(SB)
	0x010e 00270 (generics_basic.go:56)	MOVSD	main.s+112(SP), X0
	0x0114 00276 (generics_basic.go:56)	CALL	runtime.printfloat64(SB)
	0x0119 00281 (generics_basic.go:56)	CALL	runtime.printsp(SB)
	0x011e 00286 (generics_basic.go:56)	MOVBLZX	main.s+68(SP), AX
	0x0123 00291 (generics_basic.go:56)	MOVBLZX	AL, AX
	0x0126 00294 (generics_basic.go:56)	CALL	runtime.printuint(SB)
	0x012b 00299 (generics_basic.go:56)	CALL	runtime.printsp(SB)
	0x0130 00304 (generics_basic.go:56)	MOVQ	main.s+104(SP), AX
	0x0135 00309 (generics_basic.go:56)	CALL	runtime.printint(SB)
	0x013a 00314 (generics_basic.go:56)	CALL	runtime.printnl(SB)
	0x013f 00319 (generics_basic.go:56)	NOP
	0x0140 00320 (generics_basic.go:56)	CALL	runtime.printunlock(SB)
	0x0145 00325 (generics_basic.go:57)	MOVQ	$1, main..autotmp_103+400(SP)
	0x0151 00337 (generics_basic.go:57)	LEAQ	go:string."a"(SB), AX
	0x0158 00344 (generics_basic.go:57)	MOVQ	AX, main..autotmp_103+392(SP)
	0x0160 00352 (generics_basic.go:57)	MOVQ	$2, main..autotmp_103+416(SP)
	0x016c 00364 (generics_basic.go:57)	LEAQ	go:string."bb"(SB), AX
	0x0173 00371 (generics_basic.go:57)	MOVQ	AX, main..autotmp_103+408(SP)
	0x017b 00379 (generics_basic.go:57)	MOVQ	$3, main..autotmp_103+432(SP)
	0x0187 00391 (generics_basic.go:57)	LEAQ	go:string."ccc"(SB), AX
	0x018e 00398 (generics_basic.go:57)	MOVQ	AX, main..autotmp_103+424(SP)
	0x0196 00406 (<unknown line number>)	NOP
	0x0196 00406 (generics_basic.go:17)	LEAQ	main..autotmp_104+240(SP), AX
	0x019e 00414 (generics_basic.go:17)	MOVUPS	X15, (AX)
	0x01a2 00418 (generics_basic.go:17)	MOVUPS	X15, 8(AX)
	0x01a7 00423 (generics_basic.go:18)	LEAQ	main..autotmp_103+392(SP), CX
	0x01af 00431 (generics_basic.go:18)	MOVL	$3, DX
	0x01b4 00436 (generics_basic.go:18)	XORL	BX, BX
	0x01b6 00438 (generics_basic.go:18)	XORL	SI, SI
	0x01b8 00440 (generics_basic.go:18)	XORL	DI, DI
	0x01ba 00442 (generics_basic.go:18)	JMP	459
	0x01bc 00444 (generics_basic.go:19)	MOVQ	R9, -8(AX)(R8*8)
	0x01c1 00449 (generics_basic.go:18)	ADDQ	$16, CX
	0x01c5 00453 (generics_basic.go:18)	INCQ	SI
	0x01c8 00456 (generics_basic.go:18)	MOVQ	R8, DI
	0x01cb 00459 (generics_basic.go:18)	CMPQ	SI, $3
	0x01cf 00463 (generics_basic.go:18)	JGE	618
	0x01d5 00469 (generics_basic.go:19)	LEAQ	1(DI), R8
	0x01d9 00473 (generics_basic.go:18)	MOVQ	8(CX), R9
	0x01dd 00477 (generics_basic.go:18)	NOP
	0x01e0 00480 (generics_basic.go:19)	CMPQ	DX, R8
	0x01e3 00483 (generics_basic.go:19)	JCC	444
	0x01e5 00485 (generics_basic.go:18)	MOVQ	SI, main..autotmp_195+200(SP)
	0x01ed 00493 (generics_basic.go:18)	MOVQ	CX, main..autotmp_196+312(SP)
	0x01f5 00501 (generics_basic.go:18)	MOVQ	R9, main.x.len+88(SP)
	0x01fa 00506 (generics_basic.go:18)	MOVB	BL, main..autotmp_197+71(SP)
	0x01fe 00510 (generics_basic.go:18)	NOP
	0x0200 00512 (generics_basic.go:19)	CMPQ	R8, $4
	0x0204 00516 (generics_basic.go:19)	JGT	556
	0x0206 00518 (generics_basic.go:18)	TESTB	BL, BL
	0x0208 00520 (generics_basic.go:19)	JNE	556
	0x020a 00522 (generics_basic.go:19)	TESTQ	DI, DI
	0x020d 00525 (generics_basic.go:19)	JNE	556
	0x020f 00527 (generics_basic.go:19)	LEAQ	main..autotmp_119+208(SP), AX
	0x0217 00535 (generics_basic.go:19)	MOVUPS	X15, (AX)
	0x021b 00539 (generics_basic.go:19)	MOVUPS	X15, 16(AX)
	0x0220 00544 (generics_basic.go:19)	MOVL	$4, DX
	0x0225 00549 (generics_basic.go:19)	MOVL	$1, BX
	0x022a 00554 (generics_basic.go:19)	JMP	444
	0x022c 00556 (generics_basic.go:19)	LEAQ	type:int(SB), SI
	0x0233 00563 (generics_basic.go:19)	MOVQ	R8, BX
	0x0236 00566 (generics_basic.go:19)	MOVQ	DX, CX
	0x0239 00569 (generics_basic.go:19)	MOVL	$1, DI
	0x023e 00574 (generics_basic.go:19)	PCDATA	$1, $1
	0x023e 00574 (generics_basic.go:19)	NOP
	0x0240 00576 (generics_basic.go:19)	CALL	runtime.growslice(SB)
	0x0245 00581 (generics_basic.go:18)	MOVQ	main..autotmp_195+200(SP), SI
	0x024d 00589 (generics_basic.go:19)	MOVQ	main.x.len+88(SP), R9
	0x0252 00594 (generics_basic.go:19)	MOVQ	BX, R8
	0x0255 00597 (generics_basic.go:19)	MOVQ	CX, DX
	0x0258 00600 (generics_basic.go:19)	MOVBLZX	main..autotmp_197+71(SP), BX
	0x025d 00605 (generics_basic.go:18)	MOVQ	main..autotmp_196+312(SP), CX
	0x0265 00613 (generics_basic.go:19)	JMP	444
	0x026a 00618 (generics_basic.go:58)	CMPQ	DI, $2
	0x026e 00622 (generics_basic.go:58)	JLS	1607
	0x0274 00628 (generics_basic.go:18)	MOVQ	DI, main.out.len+128(SP)
	0x027c 00636 (generics_basic.go:58)	MOVQ	16(AX), AX
	0x0280 00640 (generics_basic.go:58)	MOVQ	AX, main..autotmp_195+200(SP)
	0x0288 00648 (generics_basic.go:58)	PCDATA	$1, $0
	0x0288 00648 (generics_basic.go:58)	CALL	runtime.printlock(SB)
	0x028d 00653 (generics_basic.go:58)	MOVQ	main.out.len+128(SP), AX
	0x0295 00661 (generics_basic.go:58)	CALL	runtime.printint(SB)
	0x029a 00666 (generics_basic.go:58)	CALL	runtime.printsp(SB)
	0x029f 00671 (generics_basic.go:58)	MOVQ	main..autotmp_195+200(SP), AX
	0x02a7 00679 (generics_basic.go:58)	CALL	runtime.printint(SB)
	0x02ac 00684 (generics_basic.go:58)	CALL	runtime.printnl(SB)
	0x02b1 00689 (generics_basic.go:58)	CALL	runtime.printunlock(SB)
	0x02b6 00694 (generics_basic.go:59)	MOVUPS	X15, main.st+280(SP)
	0x02bf 00703 (generics_basic.go:59)	MOVQ	$0, main.st+296(SP)
	0x02cb 00715 (generics_basic.go:26)	LEAQ	type:string(SB), SI
	0x02d2 00722 (generics_basic.go:60)	XCHGL	AX, AX
	0x02d3 00723 (generics_basic.go:26)	XORL	AX, AX
	0x02d5 00725 (generics_basic.go:26)	MOVL	$1, BX
	0x02da 00730 (generics_basic.go:26)	XORL	CX, CX
	0x02dc 00732 (generics_basic.go:26)	MOVL	BX, DI
	0x02de 00734 (generics_basic.go:26)	PCDATA	$1, $2
	0x02de 00734 (generics_basic.go:26)	NOP
	0x02e0 00736 (generics_basic.go:26)	CALL	runtime.growslice(SB)
	0x02e5 00741 (generics_basic.go:26)	MOVQ	CX, main.st+296(SP)
	0x02ed 00749 (generics_basic.go:26)	MOVQ	AX, main.st+280(SP)
	0x02f5 00757 (generics_basic.go:26)	MOVQ	$1, main.st+288(SP)
	0x0301 00769 (generics_basic.go:26)	MOVQ	$1, 8(AX)
	0x0309 00777 (generics_basic.go:26)	CMPL	runtime.writeBarrier(SB), $0
	0x0310 00784 (generics_basic.go:26)	PCDATA	$0, $-2
	0x0310 00784 (generics_basic.go:26)	JEQ	797
	0x0312 00786 (generics_basic.go:26)	MOVQ	(AX), DX
	0x0315 00789 (generics_basic.go:26)	CALL	runtime.gcWriteBarrier1(SB)
	0x031a 00794 (generics_basic.go:26)	MOVQ	DX, (R11)
	0x031d 00797 (generics_basic.go:26)	LEAQ	go:string."x"(SB), DX
	0x0324 00804 (generics_basic.go:26)	MOVQ	DX, (AX)
	0x0327 00807 (generics_basic.go:26)	PCDATA	$0, $-1
	0x0327 00807 (generics_basic.go:26)	MOVQ	main.st+296(SP), CX
	0x032f 00815 (generics_basic.go:26)	MOVQ	main.st+288(SP), BX
	0x0337 00823 (generics_basic.go:26)	INCQ	BX
	0x033a 00826 (generics_basic.go:61)	XCHGL	AX, AX
	0x033b 00827 (generics_basic.go:26)	MOVQ	main.st+280(SP), AX
	0x0343 00835 (generics_basic.go:26)	CMPQ	CX, BX
	0x0346 00838 (generics_basic.go:26)	JCC	873
	0x0348 00840 (generics_basic.go:26)	LEAQ	type:string(SB), SI
	0x034f 00847 (generics_basic.go:26)	MOVL	$1, DI
	0x0354 00852 (generics_basic.go:26)	CALL	runtime.growslice(SB)
	0x0359 00857 (generics_basic.go:26)	MOVQ	CX, main.st+296(SP)
	0x0361 00865 (generics_basic.go:26)	MOVQ	AX, main.st+280(SP)
	0x0369 00873 (generics_basic.go:26)	MOVQ	BX, main.st+288(SP)
	0x0371 00881 (generics_basic.go:26)	LEAQ	-1(BX), CX
	0x0375 00885 (generics_basic.go:26)	SHLQ	$4, CX
	0x0379 00889 (generics_basic.go:26)	MOVQ	$1, 8(AX)(CX*1)
	0x0382 00898 (generics_basic.go:26)	CMPL	runtime.writeBarrier(SB), $0
	0x0389 00905 (generics_basic.go:26)	PCDATA	$0, $-2
	0x0389 00905 (generics_basic.go:26)	JEQ	919
	0x038b 00907 (generics_basic.go:26)	MOVQ	(AX)(CX*1), DX
	0x038f 00911 (generics_basic.go:26)	CALL	runtime.gcWriteBarrier1(SB)
	0x0394 00916 (generics_basic.go:26)	MOVQ	DX, (R11)
	0x0397 00919 (generics_basic.go:26)	LEAQ	go:string."y"(SB), DX
	0x039e 00926 (generics_basic.go:26)	MOVQ	DX, (AX)(CX*1)
	0x03a2 00930 (generics_basic.go:30)	PCDATA	$0, $-1
	0x03a2 00930 (generics_basic.go:30)	MOVQ	main.st+288(SP), AX
	0x03aa 00938 (generics_basic.go:30)	MOVQ	AX, main..autotmp_195+200(SP)
	0x03b2 00946 (<unknown line number>)	NOP
	0x03b2 00946 (generics_basic.go:30)	TESTQ	AX, AX
	0x03b5 00949 (generics_basic.go:30)	JNE	957
	0x03b7 00951 (generics_basic.go:30)	XORL	CX, CX
	0x03b9 00953 (generics_basic.go:30)	XORL	SI, SI
	0x03bb 00955 (generics_basic.go:62)	JMP	993
	0x03bd 00957 (generics_basic.go:30)	MOVQ	main.st+280(SP), CX
	0x03c5 00965 (generics_basic.go:33)	LEAQ	-1(AX), DX
	0x03c9 00969 (generics_basic.go:33)	MOVQ	DX, BX
	0x03cc 00972 (generics_basic.go:33)	SHLQ	$4, DX
	0x03d0 00976 (generics_basic.go:33)	MOVQ	(DX)(CX*1), SI
	0x03d4 00980 (generics_basic.go:33)	MOVQ	8(DX)(CX*1), CX
	0x03d9 00985 (generics_basic.go:34)	MOVQ	BX, main.st+288(SP)
	0x03e1 00993 (generics_basic.go:62)	MOVQ	CX, main.~r0.len+80(SP)
	0x03e6 00998 (generics_basic.go:62)	MOVQ	SI, main.~r0.ptr+264(SP)
	0x03ee 01006 (generics_basic.go:63)	PCDATA	$1, $3
	0x03ee 01006 (generics_basic.go:63)	CALL	runtime.printlock(SB)
	0x03f3 01011 (generics_basic.go:63)	MOVQ	main.~r0.ptr+264(SP), AX
	0x03fb 01019 (generics_basic.go:63)	MOVQ	main.~r0.len+80(SP), BX
	0x0400 01024 (generics_basic.go:63)	PCDATA	$1, $2
	0x0400 01024 (generics_basic.go:63)	CALL	runtime.printstring(SB)
	0x0405 01029 (generics_basic.go:63)	CALL	runtime.printsp(SB)
	0x040a 01034 (generics_basic.go:30)	MOVQ	main..autotmp_195+200(SP), AX
	0x0412 01042 (generics_basic.go:30)	TESTQ	AX, AX
	0x0415 01045 (generics_basic.go:62)	SETNE	AL
	0x0418 01048 (generics_basic.go:63)	CALL	runtime.printbool(SB)
	0x041d 01053 (generics_basic.go:63)	NOP
	0x0420 01056 (generics_basic.go:63)	CALL	runtime.printnl(SB)
	0x0425 01061 (generics_basic.go:63)	CALL	runtime.printunlock(SB)
	0x042a 01066 (generics_basic.go:30)	MOVQ	main.st+288(SP), AX
	0x0432 01074 (generics_basic.go:30)	MOVQ	AX, main..autotmp_195+200(SP)
	0x043a 01082 (<unknown line number>)	NOP
	0x043a 01082 (generics_basic.go:30)	TESTQ	AX, AX
	0x043d 01085 (generics_basic.go:30)	JNE	1093
	0x043f 01087 (generics_basic.go:30)	XORL	CX, CX
	0x0441 01089 (generics_basic.go:30)	XORL	SI, SI
	0x0443 01091 (generics_basic.go:64)	JMP	1129
	0x0445 01093 (generics_basic.go:30)	MOVQ	main.st+280(SP), CX
	0x044d 01101 (generics_basic.go:33)	LEAQ	-1(AX), DX
	0x0451 01105 (generics_basic.go:33)	MOVQ	DX, BX
	0x0454 01108 (generics_basic.go:33)	SHLQ	$4, DX
	0x0458 01112 (generics_basic.go:33)	MOVQ	(DX)(CX*1), SI
	0x045c 01116 (generics_basic.go:33)	MOVQ	8(DX)(CX*1), CX
	0x0461 01121 (generics_basic.go:34)	MOVQ	BX, main.st+288(SP)
	0x0469 01129 (generics_basic.go:64)	MOVQ	CX, main.v.len+96(SP)
	0x046e 01134 (generics_basic.go:64)	MOVQ	SI, main.v.ptr+272(SP)
	0x0476 01142 (generics_basic.go:65)	PCDATA	$1, $4
	0x0476 01142 (generics_basic.go:65)	CALL	runtime.printlock(SB)
	0x047b 01147 (generics_basic.go:65)	MOVQ	main.v.ptr+272(SP), AX
	0x0483 01155 (generics_basic.go:65)	MOVQ	main.v.len+96(SP), BX
	0x0488 01160 (generics_basic.go:65)	PCDATA	$1, $2
	0x0488 01160 (generics_basic.go:65)	CALL	runtime.printstring(SB)
	0x048d 01165 (generics_basic.go:65)	CALL	runtime.printsp(SB)
	0x0492 01170 (generics_basic.go:30)	MOVQ	main..autotmp_195+200(SP), AX
	0x049a 01178 (generics_basic.go:30)	TESTQ	AX, AX
	0x049d 01181 (generics_basic.go:64)	SETNE	AL
	0x04a0 01184 (generics_basic.go:65)	CALL	runtime.printbool(SB)
	0x04a5 01189 (generics_basic.go:65)	CALL	runtime.printnl(SB)
	0x04aa 01194 (generics_basic.go:65)	CALL	runtime.printunlock(SB)
	0x04af 01199 (generics_basic.go:30)	MOVQ	main.st+288(SP), AX
	0x04b7 01207 (generics_basic.go:30)	MOVQ	AX, main..autotmp_195+200(SP)
	0x04bf 01215 (<unknown line number>)	NOP
	0x04bf 01215 (<unknown line number>)	NOP
	0x04c0 01216 (generics_basic.go:30)	TESTQ	AX, AX
	0x04c3 01219 (generics_basic.go:30)	JNE	1225
	0x04c5 01221 (generics_basic.go:30)	XORL	CX, CX
	0x04c7 01223 (generics_basic.go:66)	JMP	1257
	0x04c9 01225 (generics_basic.go:30)	MOVQ	main.st+280(SP), CX
	0x04d1 01233 (generics_basic.go:33)	LEAQ	-1(AX), DX
	0x04d5 01237 (generics_basic.go:33)	MOVQ	DX, BX
	0x04d8 01240 (generics_basic.go:33)	SHLQ	$4, DX
	0x04dc 01244 (generics_basic.go:33)	MOVQ	8(DX)(CX*1), CX
	0x04e1 01249 (generics_basic.go:34)	MOVQ	BX, main.st+288(SP)
	0x04e9 01257 (generics_basic.go:66)	MOVQ	CX, main.v.len+96(SP)
	0x04ee 01262 (generics_basic.go:67)	PCDATA	$1, $0
	0x04ee 01262 (generics_basic.go:67)	CALL	runtime.printlock(SB)
	0x04f3 01267 (generics_basic.go:30)	MOVQ	main..autotmp_195+200(SP), AX
	0x04fb 01275 (generics_basic.go:30)	TESTQ	AX, AX
	0x04fe 01278 (generics_basic.go:66)	SETNE	AL
	0x0501 01281 (generics_basic.go:66)	MOVB	AL, main.~r1+67(SP)
	0x0505 01285 (generics_basic.go:67)	MOVQ	main.v.len+96(SP), AX
	0x050a 01290 (generics_basic.go:67)	TESTQ	AX, AX
	0x050d 01293 (generics_basic.go:67)	SETEQ	AL
	0x0510 01296 (generics_basic.go:67)	CALL	runtime.printbool(SB)
	0x0515 01301 (generics_basic.go:67)	CALL	runtime.printsp(SB)
	0x051a 01306 (generics_basic.go:67)	MOVBLZX	main.~r1+67(SP), AX
	0x051f 01311 (generics_basic.go:67)	NOP
	0x0520 01312 (generics_basic.go:67)	CALL	runtime.printbool(SB)
	0x0525 01317 (generics_basic.go:67)	CALL	runtime.printnl(SB)
	0x052a 01322 (generics_basic.go:67)	CALL	runtime.printunlock(SB)
	0x052f 01327 (generics_basic.go:68)	MOVQ	$1, main..autotmp_112+328(SP)
	0x053b 01339 (generics_basic.go:68)	LEAQ	go:string."a"(SB), AX
	0x0542 01346 (generics_basic.go:68)	MOVQ	AX, main..autotmp_112+320(SP)
	0x054a 01354 (generics_basic.go:68)	MOVQ	$3, main..autotmp_112+336(SP)
	0x0556 01366 (generics_basic.go:68)	MOVQ	$1, main..autotmp_112+352(SP)
	0x0562 01378 (generics_basic.go:68)	LEAQ	go:string."b"(SB), AX
	0x0569 01385 (generics_basic.go:68)	MOVQ	AX, main..autotmp_112+344(SP)
	0x0571 01393 (generics_basic.go:68)	MOVQ	$9, main..autotmp_112+360(SP)
	0x057d 01405 (generics_basic.go:68)	MOVQ	$1, main..autotmp_112+376(SP)
	0x0589 01417 (generics_basic.go:68)	LEAQ	go:string."c"(SB), AX
	0x0590 01424 (generics_basic.go:68)	MOVQ	AX, main..autotmp_112+368(SP)
	0x0598 01432 (generics_basic.go:68)	MOVQ	$1, main..autotmp_112+384(SP)
	0x05a4 01444 (generics_basic.go:69)	XCHGL	AX, AX
	0x05a5 01445 (generics_basic.go:44)	MOVQ	main..autotmp_112+320(SP), AX
	0x05ad 01453 (generics_basic.go:44)	MOVQ	main..autotmp_112+328(SP), CX
	0x05b5 01461 (generics_basic.go:44)	MOVQ	main..autotmp_112+336(SP), DX
	0x05bd 01469 (generics_basic.go:45)	LEAQ	main..autotmp_112+344(SP), BX
	0x05c5 01477 (generics_basic.go:45)	XORL	SI, SI
	0x05c7 01479 (generics_basic.go:45)	JMP	1518
	0x05c9 01481 (generics_basic.go:45)	MOVQ	BX, DI
	0x05cc 01484 (generics_basic.go:45)	MOVQ	16(DI), R8
	0x05d0 01488 (generics_basic.go:45)	MOVQ	(DI), R9
	0x05d3 01491 (generics_basic.go:45)	MOVQ	8(DI), DI
	0x05d7 01495 (generics_basic.go:46)	XCHGL	AX, AX
	0x05d8 01496 (generics_basic.go:69)	CMPQ	DX, R8
	0x05db 01499 (generics_basic.go:69)	CMOVQLT	DI, CX
	0x05df 01503 (generics_basic.go:69)	CMOVQLT	R8, DX
	0x05e3 01507 (generics_basic.go:69)	CMOVQLT	R9, AX
	0x05e7 01511 (generics_basic.go:45)	ADDQ	$24, BX
	0x05eb 01515 (generics_basic.go:45)	INCQ	SI
	0x05ee 01518 (generics_basic.go:45)	CMPQ	SI, $2
	0x05f2 01522 (generics_basic.go:45)	JLT	1481
	0x05f4 01524 (generics_basic.go:45)	MOVQ	CX, main.mKey.len+136(SP)
	0x05fc 01532 (generics_basic.go:45)	MOVQ	AX, main.mKey.ptr+304(SP)
	0x0604 01540 (generics_basic.go:45)	MOVQ	DX, main.~r0Val+72(SP)
	0x0609 01545 (generics_basic.go:70)	PCDATA	$1, $5
	0x0609 01545 (generics_basic.go:70)	CALL	runtime.printlock(SB)
	0x060e 01550 (generics_basic.go:70)	MOVQ	main.mKey.ptr+304(SP), AX
	0x0616 01558 (generics_basic.go:70)	MOVQ	main.mKey.len+136(SP), BX
	0x061e 01566 (generics_basic.go:70)	PCDATA	$1, $0
	0x061e 01566 (generics_basic.go:70)	NOP
	0x0620 01568 (generics_basic.go:70)	CALL	runtime.printstring(SB)
	0x0625 01573 (generics_basic.go:70)	CALL	runtime.printsp(SB)
	0x062a 01578 (generics_basic.go:70)	MOVQ	main.~r0Val+72(SP), AX
	0x062f 01583 (generics_basic.go:70)	CALL	runtime.printint(SB)
	0x0634 01588 (generics_basic.go:70)	CALL	runtime.printnl(SB)
	0x0639 01593 (generics_basic.go:70)	CALL	runtime.printunlock(SB)
	0x063e 01598 (generics_basic.go:71)	ADDQ	$440, SP
	0x0645 01605 (generics_basic.go:71)	POPQ	BP
	0x0646 01606 (generics_basic.go:71)	RET
	0x0647 01607 (generics_basic.go:58)	PCDATA	$4, $8154
	0x0647 01607 (generics_basic.go:58)	CALL	runtime.panicBounds(SB)
	0x064c 01612 (generics_basic.go:58)	XCHGL	AX, AX
	0x064d 01613 (generics_basic.go:58)	NOP
	0x064d 01613 (generics_basic.go:55)	PCDATA	$1, $-1
	0x064d 01613 (generics_basic.go:55)	PCDATA	$0, $-2
	0x064d 01613 (generics_basic.go:55)	CALL	runtime.morestack_noctxt(SB)
	0x0652 01618 (generics_basic.go:55)	PCDATA	$0, $-1
	0x0652 01618 (generics_basic.go:55)	JMP	0
	0x0000 4c 8d a4 24 c0 fe ff ff 4d 3b 66 10 0f 86 3b 06  L..$....M;f...;.
	0x0010 00 00 55 48 89 e5 48 81 ec b8 01 00 00 48 c7 84  ..UH..H......H..
	0x0020 24 b0 00 00 00 01 00 00 00 48 c7 84 24 b8 00 00  $........H..$...
	0x0030 00 02 00 00 00 48 c7 84 24 c0 00 00 00 03 00 00  .....H..$.......
	0x0040 00 31 c0 31 c9 eb 0b 48 03 8c c4 b0 00 00 00 48  .1.1...H.......H
	0x0050 ff c0 48 83 f8 03 7c ef 48 b8 00 00 00 00 00 00  ..H...|.H.......
	0x0060 e0 3f 48 89 84 24 a0 00 00 00 48 b8 00 00 00 00  .?H..$....H.....
	0x0070 00 00 d0 3f 48 89 84 24 a8 00 00 00 0f 57 c0 31  ...?H..$.....W.1
	0x0080 c0 eb 0c f2 0f 58 84 c4 a0 00 00 00 48 ff c0 48  .....X......H..H
	0x0090 83 f8 02 7c ee 66 c7 44 24 45 c8 64 31 c0 31 d2  ...|.f.D$E.d1.1.
	0x00a0 eb 0a 0f b6 5c 14 45 01 d8 48 ff c2 48 83 fa 02  ....\.E..H..H...
	0x00b0 7c f0 48 c7 84 24 90 00 00 00 04 00 00 00 48 c7  |.H..$........H.
	0x00c0 84 24 98 00 00 00 05 00 00 00 31 d2 31 db eb 10  .$........1.1...
	0x00d0 48 03 94 dc 90 00 00 00 48 ff c3 0f 1f 44 00 00  H.......H....D..
	0x00e0 48 83 fb 02 7c ea 48 89 54 24 68 88 44 24 44 f2  H...|.H.T$h.D$D.
	0x00f0 0f 11 44 24 70 48 89 4c 24 78 e8 00 00 00 00 48  ..D$pH.L$x.....H
	0x0100 8b 44 24 78 e8 00 00 00 00 e8 00 00 00 00 f2 0f  .D$x............
	0x0110 10 44 24 70 e8 00 00 00 00 e8 00 00 00 00 0f b6  .D$p............
	0x0120 44 24 44 0f b6 c0 e8 00 00 00 00 e8 00 00 00 00  D$D.............
	0x0130 48 8b 44 24 68 e8 00 00 00 00 e8 00 00 00 00 90  H.D$h...........
	0x0140 e8 00 00 00 00 48 c7 84 24 90 01 00 00 01 00 00  .....H..$.......
	0x0150 00 48 8d 05 00 00 00 00 48 89 84 24 88 01 00 00  .H......H..$....
	0x0160 48 c7 84 24 a0 01 00 00 02 00 00 00 48 8d 05 00  H..$........H...
	0x0170 00 00 00 48 89 84 24 98 01 00 00 48 c7 84 24 b0  ...H..$....H..$.
	0x0180 01 00 00 03 00 00 00 48 8d 05 00 00 00 00 48 89  .......H......H.
	0x0190 84 24 a8 01 00 00 48 8d 84 24 f0 00 00 00 44 0f  .$....H..$....D.
	0x01a0 11 38 44 0f 11 78 08 48 8d 8c 24 88 01 00 00 ba  .8D..x.H..$.....
	0x01b0 03 00 00 00 31 db 31 f6 31 ff eb 0f 4e 89 4c c0  ....1.1.1...N.L.
	0x01c0 f8 48 83 c1 10 48 ff c6 4c 89 c7 48 83 fe 03 0f  .H...H..L..H....
	0x01d0 8d 95 00 00 00 4c 8d 47 01 4c 8b 49 08 0f 1f 00  .....L.G.L.I....
	0x01e0 4c 39 c2 73 d7 48 89 b4 24 c8 00 00 00 48 89 8c  L9.s.H..$....H..
	0x01f0 24 38 01 00 00 4c 89 4c 24 58 88 5c 24 47 66 90  $8...L.L$X.\$Gf.
	0x0200 49 83 f8 04 7f 26 84 db 75 22 48 85 ff 75 1d 48  I....&..u"H..u.H
	0x0210 8d 84 24 d0 00 00 00 44 0f 11 38 44 0f 11 78 10  ..$....D..8D..x.
	0x0220 ba 04 00 00 00 bb 01 00 00 00 eb 90 48 8d 35 00  ............H.5.
	0x0230 00 00 00 4c 89 c3 48 89 d1 bf 01 00 00 00 66 90  ...L..H.......f.
	0x0240 e8 00 00 00 00 48 8b b4 24 c8 00 00 00 4c 8b 4c  .....H..$....L.L
	0x0250 24 58 49 89 d8 48 89 ca 0f b6 5c 24 47 48 8b 8c  $XI..H....\$GH..
	0x0260 24 38 01 00 00 e9 52 ff ff ff 48 83 ff 02 0f 86  $8....R...H.....
	0x0270 d3 03 00 00 48 89 bc 24 80 00 00 00 48 8b 40 10  ....H..$....H.@.
	0x0280 48 89 84 24 c8 00 00 00 e8 00 00 00 00 48 8b 84  H..$.........H..
	0x0290 24 80 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  $..............H
	0x02a0 8b 84 24 c8 00 00 00 e8 00 00 00 00 e8 00 00 00  ..$.............
	0x02b0 00 e8 00 00 00 00 44 0f 11 bc 24 18 01 00 00 48  ......D...$....H
	0x02c0 c7 84 24 28 01 00 00 00 00 00 00 48 8d 35 00 00  ..$(.......H.5..
	0x02d0 00 00 90 31 c0 bb 01 00 00 00 31 c9 89 df 66 90  ...1......1...f.
	0x02e0 e8 00 00 00 00 48 89 8c 24 28 01 00 00 48 89 84  .....H..$(...H..
	0x02f0 24 18 01 00 00 48 c7 84 24 20 01 00 00 01 00 00  $....H..$ ......
	0x0300 00 48 c7 40 08 01 00 00 00 83 3d 00 00 00 00 00  .H.@......=.....
	0x0310 74 0b 48 8b 10 e8 00 00 00 00 49 89 13 48 8d 15  t.H.......I..H..
	0x0320 00 00 00 00 48 89 10 48 8b 8c 24 28 01 00 00 48  ....H..H..$(...H
	0x0330 8b 9c 24 20 01 00 00 48 ff c3 90 48 8b 84 24 18  ..$ ...H...H..$.
	0x0340 01 00 00 48 39 d9 73 21 48 8d 35 00 00 00 00 bf  ...H9.s!H.5.....
	0x0350 01 00 00 00 e8 00 00 00 00 48 89 8c 24 28 01 00  .........H..$(..
	0x0360 00 48 89 84 24 18 01 00 00 48 89 9c 24 20 01 00  .H..$....H..$ ..
	0x0370 00 48 8d 4b ff 48 c1 e1 04 48 c7 44 08 08 01 00  .H.K.H...H.D....
	0x0380 00 00 83 3d 00 00 00 00 00 74 0c 48 8b 14 08 e8  ...=.....t.H....
	0x0390 00 00 00 00 49 89 13 48 8d 15 00 00 00 00 48 89  ....I..H......H.
	0x03a0 14 08 48 8b 84 24 20 01 00 00 48 89 84 24 c8 00  ..H..$ ...H..$..
	0x03b0 00 00 48 85 c0 75 06 31 c9 31 f6 eb 24 48 8b 8c  ..H..u.1.1..$H..
	0x03c0 24 18 01 00 00 48 8d 50 ff 48 89 d3 48 c1 e2 04  $....H.P.H..H...
	0x03d0 48 8b 34 0a 48 8b 4c 0a 08 48 89 9c 24 20 01 00  H.4.H.L..H..$ ..
	0x03e0 00 48 89 4c 24 50 48 89 b4 24 08 01 00 00 e8 00  .H.L$PH..$......
	0x03f0 00 00 00 48 8b 84 24 08 01 00 00 48 8b 5c 24 50  ...H..$....H.\$P
	0x0400 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 c8 00  ..........H..$..
	0x0410 00 00 48 85 c0 0f 95 c0 e8 00 00 00 00 0f 1f 00  ..H.............
	0x0420 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 20 01  ..........H..$ .
	0x0430 00 00 48 89 84 24 c8 00 00 00 48 85 c0 75 06 31  ..H..$....H..u.1
	0x0440 c9 31 f6 eb 24 48 8b 8c 24 18 01 00 00 48 8d 50  .1..$H..$....H.P
	0x0450 ff 48 89 d3 48 c1 e2 04 48 8b 34 0a 48 8b 4c 0a  .H..H...H.4.H.L.
	0x0460 08 48 89 9c 24 20 01 00 00 48 89 4c 24 60 48 89  .H..$ ...H.L$`H.
	0x0470 b4 24 10 01 00 00 e8 00 00 00 00 48 8b 84 24 10  .$.........H..$.
	0x0480 01 00 00 48 8b 5c 24 60 e8 00 00 00 00 e8 00 00  ...H.\$`........
	0x0490 00 00 48 8b 84 24 c8 00 00 00 48 85 c0 0f 95 c0  ..H..$....H.....
	0x04a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x04b0 8b 84 24 20 01 00 00 48 89 84 24 c8 00 00 00 90  ..$ ...H..$.....
	0x04c0 48 85 c0 75 04 31 c9 eb 20 48 8b 8c 24 18 01 00  H..u.1.. H..$...
	0x04d0 00 48 8d 50 ff 48 89 d3 48 c1 e2 04 48 8b 4c 0a  .H.P.H..H...H.L.
	0x04e0 08 48 89 9c 24 20 01 00 00 48 89 4c 24 60 e8 00  .H..$ ...H.L$`..
	0x04f0 00 00 00 48 8b 84 24 c8 00 00 00 48 85 c0 0f 95  ...H..$....H....
	0x0500 c0 88 44 24 43 48 8b 44 24 60 48 85 c0 0f 94 c0  ..D$CH.D$`H.....
	0x0510 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24 43 90  ............D$C.
	0x0520 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0530 c7 84 24 48 01 00 00 01 00 00 00 48 8d 05 00 00  ..$H.......H....
	0x0540 00 00 48 89 84 24 40 01 00 00 48 c7 84 24 50 01  ..H..$@...H..$P.
	0x0550 00 00 03 00 00 00 48 c7 84 24 60 01 00 00 01 00  ......H..$`.....
	0x0560 00 00 48 8d 05 00 00 00 00 48 89 84 24 58 01 00  ..H......H..$X..
	0x0570 00 48 c7 84 24 68 01 00 00 09 00 00 00 48 c7 84  .H..$h.......H..
	0x0580 24 78 01 00 00 01 00 00 00 48 8d 05 00 00 00 00  $x.......H......
	0x0590 48 89 84 24 70 01 00 00 48 c7 84 24 80 01 00 00  H..$p...H..$....
	0x05a0 01 00 00 00 90 48 8b 84 24 40 01 00 00 48 8b 8c  .....H..$@...H..
	0x05b0 24 48 01 00 00 48 8b 94 24 50 01 00 00 48 8d 9c  $H...H..$P...H..
	0x05c0 24 58 01 00 00 31 f6 eb 25 48 89 df 4c 8b 47 10  $X...1..%H..L.G.
	0x05d0 4c 8b 0f 48 8b 7f 08 90 4c 39 c2 48 0f 4c cf 49  L..H....L9.H.L.I
	0x05e0 0f 4c d0 49 0f 4c c1 48 83 c3 18 48 ff c6 48 83  .L.I.L.H...H..H.
	0x05f0 fe 02 7c d5 48 89 8c 24 88 00 00 00 48 89 84 24  ..|.H..$....H..$
	0x0600 30 01 00 00 48 89 54 24 48 e8 00 00 00 00 48 8b  0...H.T$H.....H.
	0x0610 84 24 30 01 00 00 48 8b 9c 24 88 00 00 00 66 90  .$0...H..$....f.
	0x0620 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 48 e8  ..........H.D$H.
	0x0630 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 81  ..............H.
	0x0640 c4 b8 01 00 00 5d c3 e8 00 00 00 00 90 e8 00 00  .....]..........
	0x0650 00 00 e9 a9 f9 ff ff                             .......
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:string+0
	rel 3+0 t=R_USEIFACE type:string+0
	rel 251+4 t=R_CALL runtime.printlock+0
	rel 261+4 t=R_CALL runtime.printint+0
	rel 266+4 t=R_CALL runtime.printsp+0
	rel 277+4 t=R_CALL runtime.printfloat64+0
	rel 282+4 t=R_CALL runtime.printsp+0
	rel 295+4 t=R_CALL runtime.printuint+0
	rel 300+4 t=R_CALL runtime.printsp+0
	rel 310+4 t=R_CALL runtime.printint+0
	rel 315+4 t=R_CALL runtime.printnl+0
	rel 321+4 t=R_CALL runtime.printunlock+0
	rel 340+4 t=R_PCREL go:string."a"+0
	rel 367+4 t=R_PCREL go:string."bb"+0
	rel 394+4 t=R_PCREL go:string."ccc"+0
	rel 559+4 t=R_PCREL type:int+0
	rel 577+4 t=R_CALL runtime.growslice+0
	rel 649+4 t=R_CALL runtime.printlock+0
	rel 662+4 t=R_CALL runtime.printint+0
	rel 667+4 t=R_CALL runtime.printsp+0
	rel 680+4 t=R_CALL runtime.printint+0
	rel 685+4 t=R_CALL runtime.printnl+0
	rel 690+4 t=R_CALL runtime.printunlock+0
	rel 718+4 t=R_PCREL type:string+0
	rel 737+4 t=R_CALL runtime.growslice+0
	rel 779+4 t=R_PCREL runtime.writeBarrier+-1
	rel 790+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 800+4 t=R_PCREL go:string."x"+0
	rel 843+4 t=R_PCREL type:string+0
	rel 853+4 t=R_CALL runtime.growslice+0
	rel 900+4 t=R_PCREL runtime.writeBarrier+-1
	rel 912+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 922+4 t=R_PCREL go:string."y"+0
	rel 1007+4 t=R_CALL runtime.printlock+0
	rel 1025+4 t=R_CALL runtime.printstring+0
	rel 1030+4 t=R_CALL runtime.printsp+0
	rel 1049+4 t=R_CALL runtime.printbool+0
	rel 1057+4 t=R_CALL runtime.printnl+0
	rel 1062+4 t=R_CALL runtime.printunlock+0
	rel 1143+4 t=R_CALL runtime.printlock+0
	rel 1161+4 t=R_CALL runtime.printstring+0
	rel 1166+4 t=R_CALL runtime.printsp+0
	rel 1185+4 t=R_CALL runtime.printbool+0
	rel 1190+4 t=R_CALL runtime.printnl+0
	rel 1195+4 t=R_CALL runtime.printunlock+0
	rel 1263+4 t=R_CALL runtime.printlock+0
	rel 1297+4 t=R_CALL runtime.printbool+0
	rel 1302+4 t=R_CALL runtime.printsp+0
	rel 1313+4 t=R_CALL runtime.printbool+0
	rel 1318+4 t=R_CALL runtime.printnl+0
	rel 1323+4 t=R_CALL runtime.printunlock+0
	rel 1342+4 t=R_PCREL go:string."a"+0
	rel 1381+4 t=R_PCREL go:string."b"+0
	rel 1420+4 t=R_PCREL go:string."c"+0
	rel 1546+4 t=R_CALL runtime.printlock+0
	rel 1569+4 t=R_CALL runtime.printstring+0
	rel 1574+4 t=R_CALL runtime.printsp+0
	rel 1584+4 t=R_CALL runtime.printint+0
	rel 1589+4 t=R_CALL runtime.printnl+0
	rel 1594+4 t=R_CALL runtime.printunlock+0
	rel 1608+4 t=R_CALL runtime.panicBounds+0
	rel 1614+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1 STEXT nosplit size=9 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (generics_basic.go:57)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (generics_basic.go:57)	MOVQ	AX, main.s+8(FP)
	0x0005 00005 (generics_basic.go:57)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (generics_basic.go:57)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_basic.go:57)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
	0x0005 00005 (generics_basic.go:57)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
	0x0005 00005 (generics_basic.go:57)	PCDATA	$3, $1
	0x0005 00005 (generics_basic.go:57)	MOVQ	BX, AX
	0x0008 00008 (generics_basic.go:57)	RET
	0x0000 48 89 44 24 08 48 89 d8 c3                       H.D$.H...
main.main.func2 STEXT nosplit size=17 align=0x0 args=0x30 locals=0x0 funcid=0x0
	0x0000 00000 (generics_basic.go:69)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-48
	0x0000 00000 (generics_basic.go:69)	MOVQ	AX, main.a+8(FP)
	0x0005 00005 (generics_basic.go:69)	MOVQ	DI, main.b+32(FP)
	0x000a 00010 (generics_basic.go:69)	FUNCDATA	$0, gclocals·cC5rNmVCHyCv6uELS7ccGw==(SB)
	0x000a 00010 (generics_basic.go:69)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000a 00010 (generics_basic.go:69)	FUNCDATA	$5, main.main.func2.arginfo1(SB)
	0x000a 00010 (generics_basic.go:69)	FUNCDATA	$6, main.main.func2.argliveinfo(SB)
	0x000a 00010 (generics_basic.go:69)	PCDATA	$3, $1
	0x000a 00010 (generics_basic.go:69)	CMPQ	R8, CX
	0x000d 00013 (generics_basic.go:69)	SETGT	AL
	0x0010 00016 (generics_basic.go:69)	RET
	0x0000 48 89 44 24 08 48 89 7c 24 20 49 39 c8 0f 9f c0  H.D$.H.|$ I9....
	0x0010 c3                                               .
main.MaxBy[go.shape.struct { Key string; Val int }] STEXT dupok size=312 align=0x0 args=0x28 locals=0x78 funcid=0x0
	0x0000 00000 (generics_basic.go:43)	TEXT	main.MaxBy[go.shape.struct { Key string; Val int }](SB), DUPOK|ABIInternal, $120-40
	0x0000 00000 (generics_basic.go:43)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_basic.go:43)	PCDATA	$0, $-2
	0x0004 00004 (generics_basic.go:43)	JLS	252
	0x000a 00010 (generics_basic.go:43)	PCDATA	$0, $-1
	0x000a 00010 (generics_basic.go:43)	PUSHQ	BP
	0x000b 00011 (generics_basic.go:43)	MOVQ	SP, BP
	0x000e 00014 (generics_basic.go:43)	SUBQ	$112, SP
	0x0012 00018 (generics_basic.go:43)	MOVQ	BX, main.xs+136(FP)
	0x001a 00026 (generics_basic.go:43)	FUNCDATA	$0, gclocals·llPtqBDcHNaUq6kEZy0sMw==(SB)
	0x001a 00026 (generics_basic.go:43)	FUNCDATA	$1, gclocals·ZvOU3wPWgU+dFsNKcz/VTA==(SB)
	0x001a 00026 (generics_basic.go:43)	FUNCDATA	$5, main.MaxBy[go.shape.struct { Key string; Val int }].arginfo1(SB)
	0x001a 00026 (generics_basic.go:43)	FUNCDATA	$6, main.MaxBy[go.shape.struct { Key string; Val int }].argliveinfo(SB)
	0x001a 00026 (generics_basic.go:43)	PCDATA	$3, $1
	0x001a 00026 (generics_basic.go:43)	NOP
	0x0020 00032 (generics_basic.go:44)	TESTQ	CX, CX
	0x0023 00035 (generics_basic.go:44)	JLS	246
	0x0029 00041 (generics_basic.go:44)	MOVQ	SI, main.less+160(SP)
	0x0031 00049 (generics_basic.go:44)	PCDATA	$3, $2
	0x0031 00049 (generics_basic.go:45)	LEAQ	-1(DI), R9
	0x0035 00053 (generics_basic.go:45)	NEGQ	R9
	0x0038 00056 (generics_basic.go:45)	SARQ	$63, R9
	0x003c 00060 (generics_basic.go:45)	ANDL	$24, R9
	0x0040 00064 (generics_basic.go:45)	ADDQ	BX, R9
	0x0043 00067 (generics_basic.go:44)	MOVQ	(BX), AX
	0x0046 00070 (generics_basic.go:44)	MOVQ	8(BX), R10
	0x004a 00074 (generics_basic.go:44)	MOVQ	16(BX), R11
	0x004e 00078 (generics_basic.go:45)	LEAQ	-1(CX), R12
	0x0052 00082 (generics_basic.go:45)	JMP	225
	0x0057 00087 (generics_basic.go:45)	MOVQ	R10, main.mKey.len+56(SP)
	0x005c 00092 (generics_basic.go:45)	MOVQ	AX, main.mKey.ptr+88(SP)
	0x0061 00097 (generics_basic.go:45)	MOVQ	R12, main..autotmp_19+80(SP)
	0x0066 00102 (generics_basic.go:45)	MOVQ	R11, main.mVal+48(SP)
	0x006b 00107 (generics_basic.go:45)	MOVQ	R9, main..autotmp_20+104(SP)
	0x0070 00112 (generics_basic.go:45)	MOVQ	(R9), DI
	0x0073 00115 (generics_basic.go:45)	MOVQ	DI, main..autotmp_21+96(SP)
	0x0078 00120 (generics_basic.go:45)	MOVQ	8(R9), R12
	0x007c 00124 (generics_basic.go:45)	MOVQ	R12, main..autotmp_22+72(SP)
	0x0081 00129 (generics_basic.go:45)	MOVQ	16(R9), R8
	0x0085 00133 (generics_basic.go:45)	MOVQ	R8, main..autotmp_23+64(SP)
	0x008a 00138 (generics_basic.go:46)	MOVQ	(SI), R9
	0x008d 00141 (generics_basic.go:46)	MOVQ	R10, BX
	0x0090 00144 (generics_basic.go:46)	MOVQ	R11, CX
	0x0093 00147 (generics_basic.go:46)	MOVQ	SI, DX
	0x0096 00150 (generics_basic.go:46)	MOVQ	R12, SI
	0x0099 00153 (generics_basic.go:46)	PCDATA	$1, $1
	0x0099 00153 (generics_basic.go:46)	CALL	R9
	0x009c 00156 (generics_basic.go:45)	MOVQ	main..autotmp_20+104(SP), R9
	0x00a1 00161 (generics_basic.go:45)	ADDQ	$24, R9
	0x00a5 00165 (generics_basic.go:45)	TESTB	AL, AL
	0x00a7 00167 (<unknown line number>)	MOVQ	main.mKey.len+56(SP), R10
	0x00ac 00172 (<unknown line number>)	MOVQ	main..autotmp_22+72(SP), R11
	0x00b1 00177 (<unknown line number>)	CMOVQNE	R11, R10
	0x00b5 00181 (<unknown line number>)	MOVQ	main.mVal+48(SP), R11
	0x00ba 00186 (<unknown line number>)	MOVQ	main..autotmp_23+64(SP), R12
	0x00bf 00191 (<unknown line number>)	CMOVQNE	R12, R11
	0x00c3 00195 (<unknown line number>)	MOVQ	main.mKey.ptr+88(SP), AX
	0x00c8 00200 (<unknown line number>)	MOVQ	main..autotmp_21+96(SP), R12
	0x00cd 00205 (<unknown line number>)	CMOVQNE	R12, AX
	0x00d1 00209 (generics_basic.go:45)	MOVQ	main..autotmp_19+80(SP), R12
	0x00d6 00214 (generics_basic.go:45)	DECQ	R12
	0x00d9 00217 (generics_basic.go:46)	MOVQ	main.less+160(SP), SI
	0x00e1 00225 (generics_basic.go:45)	TESTQ	R12, R12
	0x00e4 00228 (generics_basic.go:45)	JGT	87
	0x00ea 00234 (generics_basic.go:50)	MOVQ	R10, BX
	0x00ed 00237 (generics_basic.go:50)	MOVQ	R11, CX
	0x00f0 00240 (generics_basic.go:50)	ADDQ	$112, SP
	0x00f4 00244 (generics_basic.go:50)	POPQ	BP
	0x00f5 00245 (generics_basic.go:50)	RET
	0x00f6 00246 (generics_basic.go:50)	PCDATA	$3, $1
	0x00f6 00246 (generics_basic.go:44)	PCDATA	$1, $2
	0x00f6 00246 (generics_basic.go:44)	PCDATA	$4, $0
	0x00f6 00246 (generics_basic.go:44)	CALL	runtime.panicBounds(SB)
	0x00fb 00251 (generics_basic.go:44)	XCHGL	AX, AX
	0x00fc 00252 (generics_basic.go:44)	NOP
	0x00fc 00252 (generics_basic.go:43)	PCDATA	$1, $-1
	0x00fc 00252 (generics_basic.go:43)	PCDATA	$0, $-2
	0x00fc 00252 (generics_basic.go:43)	MOVQ	AX, 8(SP)
	0x0101 00257 (generics_basic.go:43)	MOVQ	BX, 16(SP)
	0x0106 00262 (generics_basic.go:43)	MOVQ	CX, 24(SP)
	0x010b 00267 (generics_basic.go:43)	MOVQ	DI, 32(SP)
	0x0110 00272 (generics_basic.go:43)	MOVQ	SI, 40(SP)
	0x0115 00277 (generics_basic.go:43)	CALL	runtime.morestack_noctxt(SB)
	0x011a 00282 (generics_basic.go:43)	PCDATA	$0, $-1
	0x011a 00282 (generics_basic.go:43)	MOVQ	8(SP), AX
	0x011f 00287 (generics_basic.go:43)	MOVQ	16(SP), BX
	0x0124 00292 (generics_basic.go:43)	MOVQ	24(SP), CX
	0x0129 00297 (generics_basic.go:43)	MOVQ	32(SP), DI
	0x012e 00302 (generics_basic.go:43)	MOVQ	40(SP), SI
	0x0133 00307 (generics_basic.go:43)	JMP	0
	0x0000 49 3b 66 10 0f 86 f2 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 70 48 89 9c 24 88 00 00 00 66 0f 1f 44 00 00  .pH..$....f..D..
	0x0020 48 85 c9 0f 86 cd 00 00 00 48 89 b4 24 a0 00 00  H........H..$...
	0x0030 00 4c 8d 4f ff 49 f7 d9 49 c1 f9 3f 41 83 e1 18  .L.O.I..I..?A...
	0x0040 49 01 d9 48 8b 03 4c 8b 53 08 4c 8b 5b 10 4c 8d  I..H..L.S.L.[.L.
	0x0050 61 ff e9 8a 00 00 00 4c 89 54 24 38 48 89 44 24  a......L.T$8H.D$
	0x0060 58 4c 89 64 24 50 4c 89 5c 24 30 4c 89 4c 24 68  XL.d$PL.\$0L.L$h
	0x0070 49 8b 39 48 89 7c 24 60 4d 8b 61 08 4c 89 64 24  I.9H.|$`M.a.L.d$
	0x0080 48 4d 8b 41 10 4c 89 44 24 40 4c 8b 0e 4c 89 d3  HM.A.L.D$@L..L..
	0x0090 4c 89 d9 48 89 f2 4c 89 e6 41 ff d1 4c 8b 4c 24  L..H..L..A..L.L$
	0x00a0 68 49 83 c1 18 84 c0 4c 8b 54 24 38 4c 8b 5c 24  hI.....L.T$8L.\$
	0x00b0 48 4d 0f 45 d3 4c 8b 5c 24 30 4c 8b 64 24 40 4d  HM.E.L.\$0L.d$@M
	0x00c0 0f 45 dc 48 8b 44 24 58 4c 8b 64 24 60 49 0f 45  .E.H.D$XL.d$`I.E
	0x00d0 c4 4c 8b 64 24 50 49 ff cc 48 8b b4 24 a0 00 00  .L.d$PI..H..$...
	0x00e0 00 4d 85 e4 0f 8f 6d ff ff ff 4c 89 d3 4c 89 d9  .M....m...L..L..
	0x00f0 48 83 c4 70 5d c3 e8 00 00 00 00 90 48 89 44 24  H..p].......H.D$
	0x0100 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24 20  .H.\$.H.L$.H.|$ 
	0x0110 48 89 74 24 28 e8 00 00 00 00 48 8b 44 24 08 48  H.t$(.....H.D$.H
	0x0120 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20 48 8b  .\$.H.L$.H.|$ H.
	0x0130 74 24 28 e9 c8 fe ff ff                          t$(.....
	rel 154+0 t=R_CALLIND +0
	rel 247+4 t=R_CALL runtime.panicBounds+0
	rel 278+4 t=R_CALL runtime.morestack_noctxt+0
main.MaxBy[main.Pair[string,int]] STEXT dupok size=302 align=0x0 args=0x20 locals=0x78 funcid=0x17
	0x0000 00000 (generics_basic.go:43)	TEXT	main.MaxBy[main.Pair[string,int]](SB), DUPOK|WRAPPER|ABIInternal, $120-32
	0x0000 00000 (generics_basic.go:43)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_basic.go:43)	PCDATA	$0, $-2
	0x0004 00004 (generics_basic.go:43)	JLS	252
	0x000a 00010 (generics_basic.go:43)	PCDATA	$0, $-1
	0x000a 00010 (generics_basic.go:43)	PUSHQ	BP
	0x000b 00011 (generics_basic.go:43)	MOVQ	SP, BP
	0x000e 00014 (generics_basic.go:43)	SUBQ	$112, SP
	0x0012 00018 (generics_basic.go:43)	MOVQ	AX, main.xs+128(FP)
	0x001a 00026 (generics_basic.go:43)	FUNCDATA	$0, gclocals·kOvTagVddwJmTAamSay8Pw==(SB)
	0x001a 00026 (generics_basic.go:43)	FUNCDATA	$1, gclocals·ZvOU3wPWgU+dFsNKcz/VTA==(SB)
	0x001a 00026 (generics_basic.go:43)	FUNCDATA	$5, main.MaxBy[main.Pair[string,int]].arginfo1(SB)
	0x001a 00026 (generics_basic.go:43)	FUNCDATA	$6, main.MaxBy[main.Pair[string,int]].argliveinfo(SB)
	0x001a 00026 (generics_basic.go:43)	PCDATA	$3, $1
	0x001a 00026 (<unknown line number>)	NOP
	0x001a 00026 (<unknown line number>)	NOP
	0x0020 00032 (generics_basic.go:44)	TESTQ	BX, BX
	0x0023 00035 (generics_basic.go:44)	JLS	246
	0x0029 00041 (generics_basic.go:44)	MOVQ	DI, main.less+152(SP)
	0x0031 00049 (generics_basic.go:44)	PCDATA	$3, $2
	0x0031 00049 (generics_basic.go:45)	LEAQ	-1(CX), R9
	0x0035 00053 (generics_basic.go:45)	NEGQ	R9
	0x0038 00056 (generics_basic.go:45)	SARQ	$63, R9
	0x003c 00060 (generics_basic.go:45)	ANDL	$24, R9
	0x0040 00064 (generics_basic.go:45)	ADDQ	AX, R9
	0x0043 00067 (generics_basic.go:44)	MOVQ	(AX), R10
	0x0046 00070 (generics_basic.go:44)	MOVQ	8(AX), R11
	0x004a 00074 (generics_basic.go:44)	MOVQ	16(AX), CX
	0x004e 00078 (generics_basic.go:45)	LEAQ	-1(BX), R12
	0x0052 00082 (generics_basic.go:45)	JMP	225
	0x0057 00087 (generics_basic.go:45)	MOVQ	R10, main.mKey.ptr+88(SP)
	0x005c 00092 (generics_basic.go:45)	MOVQ	R11, main.mKey.len+56(SP)
	0x0061 00097 (generics_basic.go:45)	MOVQ	R12, main..autotmp_29+80(SP)
	0x0066 00102 (generics_basic.go:45)	MOVQ	CX, main.~r0Val+48(SP)
	0x006b 00107 (generics_basic.go:45)	MOVQ	R9, main..autotmp_30+104(SP)
	0x0070 00112 (generics_basic.go:45)	MOVQ	(R9), R12
	0x0073 00115 (generics_basic.go:45)	MOVQ	R12, main..autotmp_31+96(SP)
	0x0078 00120 (generics_basic.go:45)	MOVQ	8(R9), SI
	0x007c 00124 (generics_basic.go:45)	MOVQ	SI, main..autotmp_32+72(SP)
	0x0081 00129 (generics_basic.go:45)	MOVQ	16(R9), R8
	0x0085 00133 (generics_basic.go:45)	MOVQ	R8, main..autotmp_33+64(SP)
	0x008a 00138 (generics_basic.go:46)	MOVQ	(DI), R9
	0x008d 00141 (generics_basic.go:46)	MOVQ	R10, AX
	0x0090 00144 (generics_basic.go:46)	MOVQ	R11, BX
	0x0093 00147 (generics_basic.go:46)	MOVQ	DI, DX
	0x0096 00150 (generics_basic.go:46)	MOVQ	R12, DI
	0x0099 00153 (generics_basic.go:46)	PCDATA	$1, $1
	0x0099 00153 (generics_basic.go:46)	CALL	R9
	0x009c 00156 (generics_basic.go:45)	MOVQ	main..autotmp_30+104(SP), R9
	0x00a1 00161 (generics_basic.go:45)	ADDQ	$24, R9
	0x00a5 00165 (generics_basic.go:45)	TESTB	AL, AL
	0x00a7 00167 (<unknown line number>)	MOVQ	main.mKey.len+56(SP), R11
	0x00ac 00172 (<unknown line number>)	MOVQ	main..autotmp_32+72(SP), R10
	0x00b1 00177 (<unknown line number>)	CMOVQNE	R10, R11
	0x00b5 00181 (<unknown line number>)	MOVQ	main.~r0Val+48(SP), CX
	0x00ba 00186 (<unknown line number>)	MOVQ	main..autotmp_33+64(SP), R10
	0x00bf 00191 (<unknown line number>)	CMOVQNE	R10, CX
	0x00c3 00195 (<unknown line number>)	MOVQ	main.mKey.ptr+88(SP), R10
	0x00c8 00200 (<unknown line number>)	MOVQ	main..autotmp_31+96(SP), R12
	0x00cd 00205 (<unknown line number>)	CMOVQNE	R12, R10
	0x00d1 00209 (generics_basic.go:45)	MOVQ	main..autotmp_29+80(SP), R12
	0x00d6 00214 (generics_basic.go:45)	DECQ	R12
	0x00d9 00217 (generics_basic.go:46)	MOVQ	main.less+152(SP), DI
	0x00e1 00225 (generics_basic.go:45)	TESTQ	R12, R12
	0x00e4 00228 (generics_basic.go:45)	JGT	87
	0x00ea 00234 (generics_basic.go:43)	MOVQ	R10, AX
	0x00ed 00237 (generics_basic.go:43)	MOVQ	R11, BX
	0x00f0 00240 (generics_basic.go:43)	ADDQ	$112, SP
	0x00f4 00244 (generics_basic.go:43)	POPQ	BP
	0x00f5 00245 (generics_basic.go:43)	RET
	0x00f6 00246 (generics_basic.go:43)	PCDATA	$3, $1
	0x00f6 00246 (generics_basic.go:44)	PCDATA	$1, $2
	0x00f6 00246 (generics_basic.go:44)	PCDATA	$4, $0
	0x00f6 00246 (generics_basic.go:44)	CALL	runtime.panicBounds(SB)
	0x00fb 00251 (generics_basic.go:44)	XCHGL	AX, AX
	0x00fc 00252 (generics_basic.go:44)	NOP
	0x00fc 00252 (generics_basic.go:43)	PCDATA	$1, $-1
	0x00fc 00252 (generics_basic.go:43)	PCDATA	$0, $-2
	0x00fc 00252 (generics_basic.go:43)	MOVQ	AX, 8(SP)
	0x0101 00257 (generics_basic.go:43)	MOVQ	BX, 16(SP)
	0x0106 00262 (generics_basic.go:43)	MOVQ	CX, 24(SP)
	0x010b 00267 (generics_basic.go:43)	MOVQ	DI, 32(SP)
	0x0110 00272 (generics_basic.go:43)	CALL	runtime.morestack_noctxt(SB)
	0x0115 00277 (generics_basic.go:43)	PCDATA	$0, $-1
	0x0115 00277 (generics_basic.go:43)	MOVQ	8(SP), AX
	0x011a 00282 (generics_basic.go:43)	MOVQ	16(SP), BX
	0x011f 00287 (generics_basic.go:43)	MOVQ	24(SP), CX
	0x0124 00292 (generics_basic.go:43)	MOVQ	32(SP), DI
	0x0129 00297 (generics_basic.go:43)	JMP	0
	0x0000 49 3b 66 10 0f 86 f2 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 70 48 89 84 24 80 00 00 00 66 0f 1f 44 00 00  .pH..$....f..D..
	0x0020 48 85 db 0f 86 cd 00 00 00 48 89 bc 24 98 00 00  H........H..$...
	0x0030 00 4c 8d 49 ff 49 f7 d9 49 c1 f9 3f 41 83 e1 18  .L.I.I..I..?A...
	0x0040 49 01 c1 4c 8b 10 4c 8b 58 08 48 8b 48 10 4c 8d  I..L..L.X.H.H.L.
	0x0050 63 ff e9 8a 00 00 00 4c 89 54 24 58 4c 89 5c 24  c......L.T$XL.\$
	0x0060 38 4c 89 64 24 50 48 89 4c 24 30 4c 89 4c 24 68  8L.d$PH.L$0L.L$h
	0x0070 4d 8b 21 4c 89 64 24 60 49 8b 71 08 48 89 74 24  M.!L.d$`I.q.H.t$
	0x0080 48 4d 8b 41 10 4c 89 44 24 40 4c 8b 0f 4c 89 d0  HM.A.L.D$@L..L..
	0x0090 4c 89 db 48 89 fa 4c 89 e7 41 ff d1 4c 8b 4c 24  L..H..L..A..L.L$
	0x00a0 68 49 83 c1 18 84 c0 4c 8b 5c 24 38 4c 8b 54 24  hI.....L.\$8L.T$
	0x00b0 48 4d 0f 45 da 48 8b 4c 24 30 4c 8b 54 24 40 49  HM.E.H.L$0L.T$@I
	0x00c0 0f 45 ca 4c 8b 54 24 58 4c 8b 64 24 60 4d 0f 45  .E.L.T$XL.d$`M.E
	0x00d0 d4 4c 8b 64 24 50 49 ff cc 48 8b bc 24 98 00 00  .L.d$PI..H..$...
	0x00e0 00 4d 85 e4 0f 8f 6d ff ff ff 4c 89 d0 4c 89 db  .M....m...L..L..
	0x00f0 48 83 c4 70 5d c3 e8 00 00 00 00 90 48 89 44 24  H..p].......H.D$
	0x0100 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24 20  .H.\$.H.L$.H.|$ 
	0x0110 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x0120 8b 4c 24 18 48 8b 7c 24 20 e9 d2 fe ff ff        .L$.H.|$ .....
	rel 154+0 t=R_CALLIND +0
	rel 247+4 t=R_CALL runtime.panicBounds+0
	rel 273+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Stack[go.shape.string]).Pop STEXT dupok nosplit size=51 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (generics_basic.go:28)	TEXT	main.(*Stack[go.shape.string]).Pop(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (generics_basic.go:28)	FUNCDATA	$0, gclocals·JnfAVn+HlBgdPzEchG//AQ==(SB)
	0x0000 00000 (generics_basic.go:28)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (generics_basic.go:28)	FUNCDATA	$5, main.(*Stack[go.shape.string]).Pop.arginfo1(SB)
	0x0000 00000 (generics_basic.go:28)	FUNCDATA	$6, main.(*Stack[go.shape.string]).Pop.argliveinfo(SB)
	0x0000 00000 (generics_basic.go:28)	PCDATA	$3, $1
	0x0000 00000 (generics_basic.go:30)	MOVQ	8(AX), DX
	0x0004 00004 (generics_basic.go:30)	TESTQ	DX, DX
	0x0007 00007 (generics_basic.go:30)	JNE	16
	0x0009 00009 (generics_basic.go:31)	XORL	AX, AX
	0x000b 00011 (generics_basic.go:31)	XORL	BX, BX
	0x000d 00013 (generics_basic.go:31)	XORL	CX, CX
	0x000f 00015 (generics_basic.go:31)	RET
	0x0010 00016 (generics_basic.go:30)	MOVQ	(AX), SI
	0x0013 00019 (generics_basic.go:33)	DECQ	DX
	0x0016 00022 (generics_basic.go:33)	MOVQ	DX, DI
	0x0019 00025 (generics_basic.go:33)	SHLQ	$4, DX
	0x001d 00029 (generics_basic.go:33)	MOVQ	(SI)(DX*1), R8
	0x0021 00033 (generics_basic.go:33)	MOVQ	8(SI)(DX*1), BX
	0x0026 00038 (generics_basic.go:34)	MOVQ	DI, 8(AX)
	0x002a 00042 (generics_basic.go:35)	MOVQ	R8, AX
	0x002d 00045 (generics_basic.go:35)	MOVL	$1, CX
	0x0032 00050 (generics_basic.go:35)	RET
	0x0000 48 8b 50 08 48 85 d2 75 07 31 c0 31 db 31 c9 c3  H.P.H..u.1.1.1..
	0x0010 48 8b 30 48 ff ca 48 89 d7 48 c1 e2 04 4c 8b 04  H.0H..H..H...L..
	0x0020 16 48 8b 5c 16 08 48 89 78 08 4c 89 c0 b9 01 00  .H.\..H.x.L.....
	0x0030 00 00 c3                                         ...
main.(*Stack[go.shape.string]).Push STEXT dupok size=238 align=0x0 args=0x20 locals=0x48 funcid=0x0
	0x0000 00000 (generics_basic.go:26)	TEXT	main.(*Stack[go.shape.string]).Push(SB), DUPOK|ABIInternal, $72-32
	0x0000 00000 (generics_basic.go:26)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_basic.go:26)	PCDATA	$0, $-2
	0x0004 00004 (generics_basic.go:26)	JLS	188
	0x000a 00010 (generics_basic.go:26)	PCDATA	$0, $-1
	0x000a 00010 (generics_basic.go:26)	PUSHQ	BP
	0x000b 00011 (generics_basic.go:26)	MOVQ	SP, BP
	0x000e 00014 (generics_basic.go:26)	SUBQ	$64, SP
	0x0012 00018 (generics_basic.go:26)	MOVQ	CX, main.v+96(FP)
	0x0017 00023 (generics_basic.go:26)	FUNCDATA	$0, gclocals·CT7czUD8ydTiqzfoNnvnWQ==(SB)
	0x0017 00023 (generics_basic.go:26)	FUNCDATA	$1, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0017 00023 (generics_basic.go:26)	FUNCDATA	$5, main.(*Stack[go.shape.string]).Push.arginfo1(SB)
	0x0017 00023 (generics_basic.go:26)	FUNCDATA	$6, main.(*Stack[go.shape.string]).Push.argliveinfo(SB)
	0x0017 00023 (generics_basic.go:26)	PCDATA	$3, $1
	0x0017 00023 (generics_basic.go:26)	MOVQ	16(AX), DX
	0x001b 00027 (generics_basic.go:26)	MOVQ	8(AX), R8
	0x001f 00031 (generics_basic.go:26)	INCQ	R8
	0x0022 00034 (generics_basic.go:26)	MOVQ	(AX), R9
	0x0025 00037 (generics_basic.go:26)	CMPQ	DX, R8
	0x0028 00040 (generics_basic.go:26)	JCC	135
	0x002a 00042 (generics_basic.go:26)	MOVQ	AX, main.s+80(SP)
	0x002f 00047 (generics_basic.go:26)	MOVQ	CX, main.v+96(SP)
	0x0034 00052 (generics_basic.go:26)	MOVQ	DI, main.v+104(SP)
	0x0039 00057 (generics_basic.go:26)	PCDATA	$3, $2
	0x0039 00057 (generics_basic.go:26)	MOVQ	8(BX), SI
	0x003d 00061 (generics_basic.go:26)	MOVQ	R9, AX
	0x0040 00064 (generics_basic.go:26)	MOVQ	R8, BX
	0x0043 00067 (generics_basic.go:26)	MOVQ	DX, CX
	0x0046 00070 (generics_basic.go:26)	MOVL	$1, DI
	0x004b 00075 (generics_basic.go:26)	PCDATA	$1, $1
	0x004b 00075 (generics_basic.go:26)	CALL	runtime.growslice(SB)
	0x0050 00080 (generics_basic.go:26)	MOVQ	main.s+80(SP), DX
	0x0055 00085 (generics_basic.go:26)	MOVQ	CX, 16(DX)
	0x0059 00089 (generics_basic.go:26)	CMPL	runtime.writeBarrier(SB), $0
	0x0060 00096 (generics_basic.go:26)	PCDATA	$0, $-2
	0x0060 00096 (generics_basic.go:26)	JEQ	113
	0x0062 00098 (generics_basic.go:26)	MOVQ	(DX), CX
	0x0065 00101 (generics_basic.go:26)	CALL	runtime.gcWriteBarrier2(SB)
	0x006a 00106 (generics_basic.go:26)	MOVQ	AX, (R11)
	0x006d 00109 (generics_basic.go:26)	MOVQ	CX, 8(R11)
	0x0071 00113 (generics_basic.go:26)	MOVQ	AX, (DX)
	0x0074 00116 (generics_basic.go:26)	PCDATA	$0, $-1
	0x0074 00116 (generics_basic.go:26)	MOVQ	main.v+96(SP), CX
	0x0079 00121 (generics_basic.go:26)	MOVQ	main.v+104(SP), DI
	0x007e 00126 (generics_basic.go:26)	MOVQ	AX, R9
	0x0081 00129 (generics_basic.go:26)	MOVQ	BX, R8
	0x0084 00132 (generics_basic.go:26)	MOVQ	DX, AX
	0x0087 00135 (generics_basic.go:26)	PCDATA	$3, $1
	0x0087 00135 (generics_basic.go:26)	MOVQ	R8, 8(AX)
	0x008b 00139 (generics_basic.go:26)	LEAQ	-1(R8), AX
	0x008f 00143 (generics_basic.go:26)	SHLQ	$4, AX
	0x0093 00147 (generics_basic.go:26)	MOVQ	DI, 8(R9)(AX*1)
	0x0098 00152 (generics_basic.go:26)	CMPL	runtime.writeBarrier(SB), $0
	0x009f 00159 (generics_basic.go:26)	PCDATA	$0, $-2
	0x009f 00159 (generics_basic.go:26)	NOP
	0x00a0 00160 (generics_basic.go:26)	JEQ	178
	0x00a2 00162 (generics_basic.go:26)	MOVQ	(R9)(AX*1), DX
	0x00a6 00166 (generics_basic.go:26)	CALL	runtime.gcWriteBarrier2(SB)
	0x00ab 00171 (generics_basic.go:26)	MOVQ	CX, (R11)
	0x00ae 00174 (generics_basic.go:26)	MOVQ	DX, 8(R11)
	0x00b2 00178 (generics_basic.go:26)	MOVQ	CX, (R9)(AX*1)
	0x00b6 00182 (generics_basic.go:26)	PCDATA	$0, $-1
	0x00b6 00182 (generics_basic.go:26)	ADDQ	$64, SP
	0x00ba 00186 (generics_basic.go:26)	POPQ	BP
	0x00bb 00187 (generics_basic.go:26)	RET
	0x00bc 00188 (generics_basic.go:26)	NOP
	0x00bc 00188 (generics_basic.go:26)	PCDATA	$1, $-1
	0x00bc 00188 (generics_basic.go:26)	PCDATA	$0, $-2
	0x00bc 00188 (generics_basic.go:26)	MOVQ	AX, 8(SP)
	0x00c1 00193 (generics_basic.go:26)	MOVQ	BX, 16(SP)
	0x00c6 00198 (generics_basic.go:26)	MOVQ	CX, 24(SP)
	0x00cb 00203 (generics_basic.go:26)	MOVQ	DI, 32(SP)
	0x00d0 00208 (generics_basic.go:26)	CALL	runtime.morestack_noctxt(SB)
	0x00d5 00213 (generics_basic.go:26)	PCDATA	$0, $-1
	0x00d5 00213 (generics_basic.go:26)	MOVQ	8(SP), AX
	0x00da 00218 (generics_basic.go:26)	MOVQ	16(SP), BX
	0x00df 00223 (generics_basic.go:26)	MOVQ	24(SP), CX
	0x00e4 00228 (generics_basic.go:26)	MOVQ	32(SP), DI
	0x00e9 00233 (generics_basic.go:26)	JMP	0
	0x0000 49 3b 66 10 0f 86 b2 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 89 4c 24 60 48 8b 50 10 4c 8b 40 08 49  .@H.L$`H.P.L.@.I
	0x0020 ff c0 4c 8b 08 4c 39 c2 73 5d 48 89 44 24 50 48  ..L..L9.s]H.D$PH
	0x0030 89 4c 24 60 48 89 7c 24 68 48 8b 73 08 4c 89 c8  .L$`H.|$hH.s.L..
	0x0040 4c 89 c3 48 89 d1 bf 01 00 00 00 e8 00 00 00 00  L..H............
	0x0050 48 8b 54 24 50 48 89 4a 10 83 3d 00 00 00 00 00  H.T$PH.J..=.....
	0x0060 74 0f 48 8b 0a e8 00 00 00 00 49 89 03 49 89 4b  t.H.......I..I.K
	0x0070 08 48 89 02 48 8b 4c 24 60 48 8b 7c 24 68 49 89  .H..H.L$`H.|$hI.
	0x0080 c1 49 89 d8 48 89 d0 4c 89 40 08 49 8d 40 ff 48  .I..H..L.@.I.@.H
	0x0090 c1 e0 04 49 89 7c 01 08 83 3d 00 00 00 00 00 90  ...I.|...=......
	0x00a0 74 10 49 8b 14 01 e8 00 00 00 00 49 89 0b 49 89  t.I........I..I.
	0x00b0 53 08 49 89 0c 01 48 83 c4 40 5d c3 48 89 44 24  S.I...H..@].H.D$
	0x00c0 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24 20  .H.\$.H.L$.H.|$ 
	0x00d0 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x00e0 8b 4c 24 18 48 8b 7c 24 20 e9 12 ff ff ff        .L$.H.|$ .....
	rel 76+4 t=R_CALL runtime.growslice+0
	rel 91+4 t=R_PCREL runtime.writeBarrier+-1
	rel 102+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 154+4 t=R_PCREL runtime.writeBarrier+-1
	rel 167+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 209+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Stack[string]).Pop STEXT dupok nosplit size=77 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (generics_basic.go:28)	TEXT	main.(*Stack[string]).Pop(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (generics_basic.go:28)	PUSHQ	BP
	0x0001 00001 (generics_basic.go:28)	MOVQ	SP, BP
	0x0004 00004 (generics_basic.go:28)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (generics_basic.go:28)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (generics_basic.go:28)	FUNCDATA	$5, main.(*Stack[string]).Pop.arginfo1(SB)
	0x0004 00004 (generics_basic.go:28)	FUNCDATA	$6, main.(*Stack[string]).Pop.argliveinfo(SB)
	0x0004 00004 (generics_basic.go:28)	PCDATA	$3, $1
	0x0004 00004 (generics_basic.go:30)	MOVQ	8(AX), DX
	0x0008 00008 (<unknown line number>)	NOP
	0x0008 00008 (generics_basic.go:30)	TESTQ	DX, DX
	0x000b 00011 (generics_basic.go:30)	JNE	26
	0x000d 00013 (generics_basic.go:30)	MOVL	$0, BX
	0x0012 00018 (generics_basic.go:30)	MOVL	$0, R9
	0x0018 00024 (generics_basic.go:28)	JMP	63
	0x001a 00026 (generics_basic.go:33)	LEAQ	-1(DX), SI
	0x001e 00030 (generics_basic.go:33)	NOP
	0x0020 00032 (generics_basic.go:33)	CMPQ	DX, SI
	0x0023 00035 (generics_basic.go:33)	JLS	71
	0x0025 00037 (generics_basic.go:33)	MOVQ	SI, DI
	0x0028 00040 (generics_basic.go:33)	SHLQ	$4, SI
	0x002c 00044 (generics_basic.go:33)	MOVQ	(AX), R8
	0x002f 00047 (generics_basic.go:33)	MOVQ	(R8)(SI*1), R9
	0x0033 00051 (generics_basic.go:33)	MOVQ	8(R8)(SI*1), BX
	0x0038 00056 (generics_basic.go:34)	MOVQ	DI, 8(AX)
	0x003c 00060 (generics_basic.go:30)	TESTQ	DX, DX
	0x003f 00063 (generics_basic.go:28)	SETNE	CL
	0x0042 00066 (generics_basic.go:28)	MOVQ	R9, AX
	0x0045 00069 (generics_basic.go:28)	POPQ	BP
	0x0046 00070 (generics_basic.go:28)	RET
	0x0047 00071 (generics_basic.go:33)	PCDATA	$1, $1
	0x0047 00071 (generics_basic.go:33)	PCDATA	$4, $2799
	0x0047 00071 (generics_basic.go:33)	CALL	runtime.panicBounds(SB)
	0x004c 00076 (generics_basic.go:33)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 8b 50 08 48 85 d2 75 0d bb 00 00  UH..H.P.H..u....
	0x0010 00 00 41 b9 00 00 00 00 eb 25 48 8d 72 ff 66 90  ..A......%H.r.f.
	0x0020 48 39 f2 76 22 48 89 f7 48 c1 e6 04 4c 8b 00 4d  H9.v"H..H...L..M
	0x0030 8b 0c 30 49 8b 5c 30 08 48 89 78 08 48 85 d2 0f  ..0I.\0.H.x.H...
	0x0040 95 c1 4c 89 c8 5d c3 e8 00 00 00 00 90           ..L..].......
	rel 72+4 t=R_CALL runtime.panicBounds+0
main.(*Stack[string]).Push STEXT dupok size=230 align=0x0 args=0x18 locals=0x48 funcid=0x17
	0x0000 00000 (generics_basic.go:26)	TEXT	main.(*Stack[string]).Push(SB), DUPOK|WRAPPER|ABIInternal, $72-24
	0x0000 00000 (generics_basic.go:26)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_basic.go:26)	PCDATA	$0, $-2
	0x0004 00004 (generics_basic.go:26)	JLS	190
	0x000a 00010 (generics_basic.go:26)	PCDATA	$0, $-1
	0x000a 00010 (generics_basic.go:26)	PUSHQ	BP
	0x000b 00011 (generics_basic.go:26)	MOVQ	SP, BP
	0x000e 00014 (generics_basic.go:26)	SUBQ	$64, SP
	0x0012 00018 (generics_basic.go:26)	MOVQ	BX, main.v+88(FP)
	0x0017 00023 (generics_basic.go:26)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0017 00023 (generics_basic.go:26)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0017 00023 (generics_basic.go:26)	FUNCDATA	$5, main.(*Stack[string]).Push.arginfo1(SB)
	0x0017 00023 (generics_basic.go:26)	FUNCDATA	$6, main.(*Stack[string]).Push.argliveinfo(SB)
	0x0017 00023 (generics_basic.go:26)	PCDATA	$3, $1
	0x0017 00023 (generics_basic.go:26)	MOVQ	16(AX), DX
	0x001b 00027 (generics_basic.go:26)	MOVQ	8(AX), R8
	0x001f 00031 (generics_basic.go:26)	INCQ	R8
	0x0022 00034 (<unknown line number>)	NOP
	0x0022 00034 (generics_basic.go:26)	MOVQ	(AX), R9
	0x0025 00037 (generics_basic.go:26)	CMPQ	DX, R8
	0x0028 00040 (generics_basic.go:26)	JCC	138
	0x002a 00042 (generics_basic.go:26)	MOVQ	AX, main.s+80(SP)
	0x002f 00047 (generics_basic.go:26)	MOVQ	BX, main.v+88(SP)
	0x0034 00052 (generics_basic.go:26)	MOVQ	CX, main.v+96(SP)
	0x0039 00057 (generics_basic.go:26)	PCDATA	$3, $-1
	0x0039 00057 (generics_basic.go:26)	LEAQ	type:string(SB), SI
	0x0040 00064 (generics_basic.go:26)	MOVQ	R9, AX
	0x0043 00067 (generics_basic.go:26)	MOVQ	R8, BX
	0x0046 00070 (generics_basic.go:26)	MOVQ	DX, CX
	0x0049 00073 (generics_basic.go:26)	MOVL	$1, DI
	0x004e 00078 (generics_basic.go:26)	PCDATA	$1, $0
	0x004e 00078 (generics_basic.go:26)	CALL	runtime.growslice(SB)
	0x0053 00083 (generics_basic.go:26)	MOVQ	main.s+80(SP), DX
	0x0058 00088 (generics_basic.go:26)	MOVQ	CX, 16(DX)
	0x005c 00092 (generics_basic.go:26)	CMPL	runtime.writeBarrier(SB), $0
	0x0063 00099 (generics_basic.go:26)	PCDATA	$0, $-2
	0x0063 00099 (generics_basic.go:26)	JEQ	116
	0x0065 00101 (generics_basic.go:26)	MOVQ	(DX), CX
	0x0068 00104 (generics_basic.go:26)	CALL	runtime.gcWriteBarrier2(SB)
	0x006d 00109 (generics_basic.go:26)	MOVQ	AX, (R11)
	0x0070 00112 (generics_basic.go:26)	MOVQ	CX, 8(R11)
	0x0074 00116 (generics_basic.go:26)	MOVQ	AX, (DX)
	0x0077 00119 (generics_basic.go:26)	PCDATA	$0, $-1
	0x0077 00119 (generics_basic.go:26)	MOVQ	main.v+96(SP), CX
	0x007c 00124 (generics_basic.go:26)	MOVQ	BX, R8
	0x007f 00127 (generics_basic.go:26)	MOVQ	AX, R9
	0x0082 00130 (generics_basic.go:26)	MOVQ	DX, AX
	0x0085 00133 (generics_basic.go:26)	MOVQ	main.v+88(SP), BX
	0x008a 00138 (generics_basic.go:26)	PCDATA	$3, $1
	0x008a 00138 (generics_basic.go:26)	MOVQ	R8, 8(AX)
	0x008e 00142 (generics_basic.go:26)	LEAQ	-1(R8), AX
	0x0092 00146 (generics_basic.go:26)	SHLQ	$4, AX
	0x0096 00150 (generics_basic.go:26)	MOVQ	CX, 8(R9)(AX*1)
	0x009b 00155 (generics_basic.go:26)	CMPL	runtime.writeBarrier(SB), $0
	0x00a2 00162 (generics_basic.go:26)	PCDATA	$0, $-2
	0x00a2 00162 (generics_basic.go:26)	JEQ	180
	0x00a4 00164 (generics_basic.go:26)	MOVQ	(R9)(AX*1), CX
	0x00a8 00168 (generics_basic.go:26)	CALL	runtime.gcWriteBarrier2(SB)
	0x00ad 00173 (generics_basic.go:26)	MOVQ	BX, (R11)
	0x00b0 00176 (generics_basic.go:26)	MOVQ	CX, 8(R11)
	0x00b4 00180 (generics_basic.go:26)	MOVQ	BX, (R9)(AX*1)
	0x00b8 00184 (generics_basic.go:26)	PCDATA	$0, $-1
	0x00b8 00184 (generics_basic.go:26)	ADDQ	$64, SP
	0x00bc 00188 (generics_basic.go:26)	POPQ	BP
	0x00bd 00189 (generics_basic.go:26)	RET
	0x00be 00190 (generics_basic.go:26)	NOP
	0x00be 00190 (generics_basic.go:26)	PCDATA	$1, $-1
	0x00be 00190 (generics_basic.go:26)	PCDATA	$0, $-2
	0x00be 00190 (generics_basic.go:26)	MOVQ	AX, 8(SP)
	0x00c3 00195 (generics_basic.go:26)	MOVQ	BX, 16(SP)
	0x00c8 00200 (generics_basic.go:26)	MOVQ	CX, 24(SP)
	0x00cd 00205 (generics_basic.go:26)	CALL	runtime.morestack_noctxt(SB)
	0x00d2 00210 (generics_basic.go:26)	PCDATA	$0, $-1
	0x00d2 00210 (generics_basic.go:26)	MOVQ	8(SP), AX
	0x00d7 00215 (generics_basic.go:26)	MOVQ	16(SP), BX
	0x00dc 00220 (generics_basic.go:26)	MOVQ	24(SP), CX
	0x00e1 00225 (generics_basic.go:26)	JMP	0
	0x0000 49 3b 66 10 0f 86 b4 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 89 5c 24 58 48 8b 50 10 4c 8b 40 08 49  .@H.\$XH.P.L.@.I
	0x0020 ff c0 4c 8b 08 4c 39 c2 73 60 48 89 44 24 50 48  ..L..L9.s`H.D$PH
	0x0030 89 5c 24 58 48 89 4c 24 60 48 8d 35 00 00 00 00  .\$XH.L$`H.5....
	0x0040 4c 89 c8 4c 89 c3 48 89 d1 bf 01 00 00 00 e8 00  L..L..H.........
	0x0050 00 00 00 48 8b 54 24 50 48 89 4a 10 83 3d 00 00  ...H.T$PH.J..=..
	0x0060 00 00 00 74 0f 48 8b 0a e8 00 00 00 00 49 89 03  ...t.H.......I..
	0x0070 49 89 4b 08 48 89 02 48 8b 4c 24 60 49 89 d8 49  I.K.H..H.L$`I..I
	0x0080 89 c1 48 89 d0 48 8b 5c 24 58 4c 89 40 08 49 8d  ..H..H.\$XL.@.I.
	0x0090 40 ff 48 c1 e0 04 49 89 4c 01 08 83 3d 00 00 00  @.H...I.L...=...
	0x00a0 00 00 74 10 49 8b 0c 01 e8 00 00 00 00 49 89 1b  ..t.I........I..
	0x00b0 49 89 4b 08 49 89 1c 01 48 83 c4 40 5d c3 48 89  I.K.I...H..@].H.
	0x00c0 44 24 08 48 89 5c 24 10 48 89 4c 24 18 e8 00 00  D$.H.\$.H.L$....
	0x00d0 00 00 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24  ..H.D$.H.\$.H.L$
	0x00e0 18 e9 1a ff ff ff                                ......
	rel 3+0 t=R_USEIFACE type:string+0
	rel 60+4 t=R_PCREL type:string+0
	rel 79+4 t=R_CALL runtime.growslice+0
	rel 94+4 t=R_PCREL runtime.writeBarrier+-1
	rel 105+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 157+4 t=R_PCREL runtime.writeBarrier+-1
	rel 169+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 206+4 t=R_CALL runtime.morestack_noctxt+0
main.Map[go.shape.string,go.shape.int] STEXT dupok size=314 align=0x0 args=0x28 locals=0x78 funcid=0x0
	0x0000 00000 (generics_basic.go:16)	TEXT	main.Map[go.shape.string,go.shape.int](SB), DUPOK|ABIInternal, $120-40
	0x0000 00000 (generics_basic.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_basic.go:16)	PCDATA	$0, $-2
	0x0004 00004 (generics_basic.go:16)	JLS	254
	0x000a 00010 (generics_basic.go:16)	PCDATA	$0, $-1
	0x000a 00010 (generics_basic.go:16)	PUSHQ	BP
	0x000b 00011 (generics_basic.go:16)	MOVQ	SP, BP
	0x000e 00014 (generics_basic.go:16)	SUBQ	$112, SP
	0x0012 00018 (generics_basic.go:16)	FUNCDATA	$0, gclocals·bQz/JIlVfT7NSpUL3uMXfg==(SB)
	0x0012 00018 (generics_basic.go:16)	FUNCDATA	$1, gclocals·0YOCjVyYEdCDszNGOi4WsQ==(SB)
	0x0012 00018 (generics_basic.go:16)	FUNCDATA	$5, main.Map[go.shape.string,go.shape.int].arginfo1(SB)
	0x0012 00018 (generics_basic.go:16)	FUNCDATA	$6, main.Map[go.shape.string,go.shape.int].argliveinfo(SB)
	0x0012 00018 (generics_basic.go:16)	PCDATA	$3, $1
	0x0012 00018 (generics_basic.go:18)	MOVQ	AX, main..dict+128(SP)
	0x001a 00026 (generics_basic.go:18)	MOVQ	SI, main.f+160(SP)
	0x0022 00034 (generics_basic.go:18)	MOVQ	BX, main.xs+136(SP)
	0x002a 00042 (generics_basic.go:18)	MOVQ	CX, main.xs+144(SP)
	0x0032 00050 (generics_basic.go:18)	PCDATA	$3, $2
	0x0032 00050 (generics_basic.go:17)	MOVQ	32(AX), AX
	0x0036 00054 (generics_basic.go:17)	XORL	BX, BX
	0x0038 00056 (generics_basic.go:17)	PCDATA	$1, $0
	0x0038 00056 (generics_basic.go:17)	CALL	runtime.makeslice(SB)
	0x003d 00061 (generics_basic.go:18)	MOVQ	main.xs+136(SP), DX
	0x0045 00069 (generics_basic.go:18)	MOVQ	main.xs+144(SP), CX
	0x004d 00077 (generics_basic.go:18)	MOVQ	CX, BX
	0x0050 00080 (generics_basic.go:18)	XORL	SI, SI
	0x0052 00082 (generics_basic.go:18)	JMP	121
	0x0054 00084 (generics_basic.go:19)	MOVQ	AX, -8(DX)(BX*8)
	0x0059 00089 (generics_basic.go:18)	MOVQ	main..autotmp_21+104(SP), DI
	0x005e 00094 (generics_basic.go:18)	ADDQ	$16, DI
	0x0062 00098 (generics_basic.go:18)	MOVQ	main..autotmp_20+88(SP), R8
	0x0067 00103 (generics_basic.go:18)	DECQ	R8
	0x006a 00106 (generics_basic.go:18)	MOVQ	DX, AX
	0x006d 00109 (generics_basic.go:18)	MOVQ	BX, SI
	0x0070 00112 (generics_basic.go:18)	MOVQ	DI, DX
	0x0073 00115 (generics_basic.go:18)	MOVQ	CX, BX
	0x0076 00118 (generics_basic.go:18)	MOVQ	R8, CX
	0x0079 00121 (generics_basic.go:18)	TESTQ	CX, CX
	0x007c 00124 (generics_basic.go:18)	JLE	242
	0x007e 00126 (generics_basic.go:18)	MOVQ	CX, main..autotmp_20+88(SP)
	0x0083 00131 (generics_basic.go:18)	MOVQ	BX, main.out.cap+64(SP)
	0x0088 00136 (generics_basic.go:18)	MOVQ	AX, main.out.ptr+96(SP)
	0x008d 00141 (generics_basic.go:18)	MOVQ	DX, main..autotmp_21+104(SP)
	0x0092 00146 (generics_basic.go:18)	MOVQ	(DX), AX
	0x0095 00149 (generics_basic.go:18)	MOVQ	8(DX), BX
	0x0099 00153 (generics_basic.go:19)	LEAQ	1(SI), CX
	0x009d 00157 (generics_basic.go:19)	MOVQ	CX, main..autotmp_22+80(SP)
	0x00a2 00162 (generics_basic.go:19)	MOVQ	main.f+160(SP), DX
	0x00aa 00170 (generics_basic.go:19)	MOVQ	(DX), CX
	0x00ad 00173 (generics_basic.go:19)	PCDATA	$1, $1
	0x00ad 00173 (generics_basic.go:19)	CALL	CX
	0x00af 00175 (generics_basic.go:19)	MOVQ	main.out.cap+64(SP), CX
	0x00b4 00180 (generics_basic.go:19)	MOVQ	main..autotmp_22+80(SP), BX
	0x00b9 00185 (generics_basic.go:19)	CMPQ	CX, BX
	0x00bc 00188 (generics_basic.go:19)	JCS	197
	0x00be 00190 (generics_basic.go:19)	MOVQ	main.out.ptr+96(SP), DX
	0x00c3 00195 (generics_basic.go:19)	JMP	84
	0x00c5 00197 (generics_basic.go:19)	MOVQ	AX, main..autotmp_23+72(SP)
	0x00ca 00202 (generics_basic.go:19)	MOVQ	main..dict+128(SP), DX
	0x00d2 00210 (generics_basic.go:19)	MOVQ	32(DX), SI
	0x00d6 00214 (generics_basic.go:19)	MOVQ	main.out.ptr+96(SP), AX
	0x00db 00219 (generics_basic.go:19)	MOVL	$1, DI
	0x00e0 00224 (generics_basic.go:19)	PCDATA	$1, $2
	0x00e0 00224 (generics_basic.go:19)	CALL	runtime.growslice(SB)
	0x00e5 00229 (generics_basic.go:19)	MOVQ	AX, DX
	0x00e8 00232 (generics_basic.go:19)	MOVQ	main..autotmp_23+72(SP), AX
	0x00ed 00237 (generics_basic.go:19)	JMP	84
	0x00f2 00242 (generics_basic.go:21)	MOVQ	BX, CX
	0x00f5 00245 (generics_basic.go:21)	MOVQ	SI, BX
	0x00f8 00248 (generics_basic.go:21)	ADDQ	$112, SP
	0x00fc 00252 (generics_basic.go:21)	POPQ	BP
	0x00fd 00253 (generics_basic.go:21)	RET
	0x00fe 00254 (generics_basic.go:21)	NOP
	0x00fe 00254 (generics_basic.go:16)	PCDATA	$1, $-1
	0x00fe 00254 (generics_basic.go:16)	PCDATA	$0, $-2
	0x00fe 00254 (generics_basic.go:16)	MOVQ	AX, 8(SP)
	0x0103 00259 (generics_basic.go:16)	MOVQ	BX, 16(SP)
	0x0108 00264 (generics_basic.go:16)	MOVQ	CX, 24(SP)
	0x010d 00269 (generics_basic.go:16)	MOVQ	DI, 32(SP)
	0x0112 00274 (generics_basic.go:16)	MOVQ	SI, 40(SP)
	0x0117 00279 (generics_basic.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x011c 00284 (generics_basic.go:16)	PCDATA	$0, $-1
	0x011c 00284 (generics_basic.go:16)	MOVQ	8(SP), AX
	0x0121 00289 (generics_basic.go:16)	MOVQ	16(SP), BX
	0x0126 00294 (generics_basic.go:16)	MOVQ	24(SP), CX
	0x012b 00299 (generics_basic.go:16)	MOVQ	32(SP), DI
	0x0130 00304 (generics_basic.go:16)	MOVQ	40(SP), SI
	0x0135 00309 (generics_basic.go:16)	JMP	0
	0x0000 49 3b 66 10 0f 86 f4 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 70 48 89 84 24 80 00 00 00 48 89 b4 24 a0 00  .pH..$....H..$..
	0x0020 00 00 48 89 9c 24 88 00 00 00 48 89 8c 24 90 00  ..H..$....H..$..
	0x0030 00 00 48 8b 40 20 31 db e8 00 00 00 00 48 8b 94  ..H.@ 1......H..
	0x0040 24 88 00 00 00 48 8b 8c 24 90 00 00 00 48 89 cb  $....H..$....H..
	0x0050 31 f6 eb 25 48 89 44 da f8 48 8b 7c 24 68 48 83  1..%H.D..H.|$hH.
	0x0060 c7 10 4c 8b 44 24 58 49 ff c8 48 89 d0 48 89 de  ..L.D$XI..H..H..
	0x0070 48 89 fa 48 89 cb 4c 89 c1 48 85 c9 7e 74 48 89  H..H..L..H..~tH.
	0x0080 4c 24 58 48 89 5c 24 40 48 89 44 24 60 48 89 54  L$XH.\$@H.D$`H.T
	0x0090 24 68 48 8b 02 48 8b 5a 08 48 8d 4e 01 48 89 4c  $hH..H.Z.H.N.H.L
	0x00a0 24 50 48 8b 94 24 a0 00 00 00 48 8b 0a ff d1 48  $PH..$....H....H
	0x00b0 8b 4c 24 40 48 8b 5c 24 50 48 39 d9 72 07 48 8b  .L$@H.\$PH9.r.H.
	0x00c0 54 24 60 eb 8f 48 89 44 24 48 48 8b 94 24 80 00  T$`..H.D$HH..$..
	0x00d0 00 00 48 8b 72 20 48 8b 44 24 60 bf 01 00 00 00  ..H.r H.D$`.....
	0x00e0 e8 00 00 00 00 48 89 c2 48 8b 44 24 48 e9 62 ff  .....H..H.D$H.b.
	0x00f0 ff ff 48 89 d9 48 89 f3 48 83 c4 70 5d c3 48 89  ..H..H..H..p].H.
	0x0100 44 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c  D$.H.\$.H.L$.H.|
	0x0110 24 20 48 89 74 24 28 e8 00 00 00 00 48 8b 44 24  $ H.t$(.....H.D$
	0x0120 08 48 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20  .H.\$.H.L$.H.|$ 
	0x0130 48 8b 74 24 28 e9 c6 fe ff ff                    H.t$(.....
	rel 57+4 t=R_CALL runtime.makeslice+0
	rel 173+0 t=R_CALLIND +0
	rel 225+4 t=R_CALL runtime.growslice+0
	rel 280+4 t=R_CALL runtime.morestack_noctxt+0
main.Map[string,int] STEXT dupok size=297 align=0x0 args=0x20 locals=0x78 funcid=0x17
	0x0000 00000 (generics_basic.go:16)	TEXT	main.Map[string,int](SB), DUPOK|WRAPPER|ABIInternal, $120-32
	0x0000 00000 (generics_basic.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_basic.go:16)	PCDATA	$0, $-2
	0x0004 00004 (generics_basic.go:16)	JLS	247
	0x000a 00010 (generics_basic.go:16)	PCDATA	$0, $-1
	0x000a 00010 (generics_basic.go:16)	PUSHQ	BP
	0x000b 00011 (generics_basic.go:16)	MOVQ	SP, BP
	0x000e 00014 (generics_basic.go:16)	SUBQ	$112, SP
	0x0012 00018 (generics_basic.go:16)	FUNCDATA	$0, gclocals·sKaiJdVr2KeuvhZ+toi6Aw==(SB)
	0x0012 00018 (generics_basic.go:16)	FUNCDATA	$1, gclocals·0YOCjVyYEdCDszNGOi4WsQ==(SB)
	0x0012 00018 (generics_basic.go:16)	FUNCDATA	$5, main.Map[string,int].arginfo1(SB)
	0x0012 00018 (generics_basic.go:16)	FUNCDATA	$6, main.Map[string,int].argliveinfo(SB)
	0x0012 00018 (generics_basic.go:16)	PCDATA	$3, $1
	0x0012 00018 (generics_basic.go:18)	MOVQ	DI, main.f+152(SP)
	0x001a 00026 (generics_basic.go:18)	MOVQ	BX, main.xs+136(SP)
	0x0022 00034 (generics_basic.go:18)	MOVQ	AX, main.xs+128(SP)
	0x002a 00042 (generics_basic.go:18)	PCDATA	$3, $2
	0x002a 00042 (generics_basic.go:16)	LEAQ	type:int(SB), AX
	0x0031 00049 (<unknown line number>)	NOP
	0x0031 00049 (generics_basic.go:17)	MOVQ	BX, CX
	0x0034 00052 (generics_basic.go:17)	XORL	BX, BX
	0x0036 00054 (generics_basic.go:17)	PCDATA	$1, $0
	0x0036 00054 (generics_basic.go:17)	CALL	runtime.makeslice(SB)
	0x003b 00059 (generics_basic.go:18)	MOVQ	main.xs+128(SP), DX
	0x0043 00067 (generics_basic.go:18)	MOVQ	main.xs+136(SP), CX
	0x004b 00075 (generics_basic.go:18)	MOVQ	CX, BX
	0x004e 00078 (generics_basic.go:18)	XORL	SI, SI
	0x0050 00080 (generics_basic.go:18)	JMP	119
	0x0052 00082 (generics_basic.go:19)	MOVQ	AX, -8(DX)(BX*8)
	0x0057 00087 (generics_basic.go:18)	MOVQ	main..autotmp_30+104(SP), DI
	0x005c 00092 (generics_basic.go:18)	ADDQ	$16, DI
	0x0060 00096 (generics_basic.go:18)	MOVQ	main..autotmp_29+88(SP), R8
	0x0065 00101 (generics_basic.go:18)	DECQ	R8
	0x0068 00104 (generics_basic.go:18)	MOVQ	DX, AX
	0x006b 00107 (generics_basic.go:18)	MOVQ	BX, SI
	0x006e 00110 (generics_basic.go:18)	MOVQ	DI, DX
	0x0071 00113 (generics_basic.go:18)	MOVQ	CX, BX
	0x0074 00116 (generics_basic.go:18)	MOVQ	R8, CX
	0x0077 00119 (generics_basic.go:18)	TESTQ	CX, CX
	0x007a 00122 (generics_basic.go:18)	JLE	235
	0x007c 00124 (generics_basic.go:18)	MOVQ	AX, main.out.ptr+96(SP)
	0x0081 00129 (generics_basic.go:18)	MOVQ	CX, main..autotmp_29+88(SP)
	0x0086 00134 (generics_basic.go:18)	MOVQ	BX, main.out.cap+64(SP)
	0x008b 00139 (generics_basic.go:18)	MOVQ	DX, main..autotmp_30+104(SP)
	0x0090 00144 (generics_basic.go:18)	MOVQ	(DX), AX
	0x0093 00147 (generics_basic.go:18)	MOVQ	8(DX), BX
	0x0097 00151 (generics_basic.go:19)	LEAQ	1(SI), CX
	0x009b 00155 (generics_basic.go:19)	MOVQ	CX, main..autotmp_31+80(SP)
	0x00a0 00160 (generics_basic.go:19)	MOVQ	main.f+152(SP), DX
	0x00a8 00168 (generics_basic.go:19)	MOVQ	(DX), CX
	0x00ab 00171 (generics_basic.go:19)	PCDATA	$1, $1
	0x00ab 00171 (generics_basic.go:19)	CALL	CX
	0x00ad 00173 (generics_basic.go:19)	MOVQ	main.out.cap+64(SP), CX
	0x00b2 00178 (generics_basic.go:19)	MOVQ	main..autotmp_31+80(SP), BX
	0x00b7 00183 (generics_basic.go:19)	CMPQ	CX, BX
	0x00ba 00186 (generics_basic.go:19)	JCS	195
	0x00bc 00188 (generics_basic.go:19)	MOVQ	main.out.ptr+96(SP), DX
	0x00c1 00193 (generics_basic.go:19)	JMP	82
	0x00c3 00195 (generics_basic.go:19)	MOVQ	AX, main..autotmp_32+72(SP)
	0x00c8 00200 (generics_basic.go:19)	LEAQ	type:int(SB), SI
	0x00cf 00207 (generics_basic.go:19)	MOVQ	main.out.ptr+96(SP), AX
	0x00d4 00212 (generics_basic.go:19)	MOVL	$1, DI
	0x00d9 00217 (generics_basic.go:19)	PCDATA	$1, $2
	0x00d9 00217 (generics_basic.go:19)	CALL	runtime.growslice(SB)
	0x00de 00222 (generics_basic.go:19)	MOVQ	AX, DX
	0x00e1 00225 (generics_basic.go:19)	MOVQ	main..autotmp_32+72(SP), AX
	0x00e6 00230 (generics_basic.go:19)	JMP	82
	0x00eb 00235 (generics_basic.go:16)	MOVQ	BX, CX
	0x00ee 00238 (generics_basic.go:16)	MOVQ	SI, BX
	0x00f1 00241 (generics_basic.go:16)	ADDQ	$112, SP
	0x00f5 00245 (generics_basic.go:16)	POPQ	BP
	0x00f6 00246 (generics_basic.go:16)	RET
	0x00f7 00247 (generics_basic.go:16)	NOP
	0x00f7 00247 (generics_basic.go:16)	PCDATA	$1, $-1
	0x00f7 00247 (generics_basic.go:16)	PCDATA	$0, $-2
	0x00f7 00247 (generics_basic.go:16)	MOVQ	AX, 8(SP)
	0x00fc 00252 (generics_basic.go:16)	MOVQ	BX, 16(SP)
	0x0101 00257 (generics_basic.go:16)	MOVQ	CX, 24(SP)
	0x0106 00262 (generics_basic.go:16)	MOVQ	DI, 32(SP)
	0x010b 00267 (generics_basic.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x0110 00272 (generics_basic.go:16)	PCDATA	$0, $-1
	0x0110 00272 (generics_basic.go:16)	MOVQ	8(SP), AX
	0x0115 00277 (generics_basic.go:16)	MOVQ	16(SP), BX
	0x011a 00282 (generics_basic.go:16)	MOVQ	24(SP), CX
	0x011f 00287 (generics_basic.go:16)	MOVQ	32(SP), DI
	0x0124 00292 (generics_basic.go:16)	JMP	0
	0x0000 49 3b 66 10 0f 86 ed 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 70 48 89 bc 24 98 00 00 00 48 89 9c 24 88 00  .pH..$....H..$..
	0x0020 00 00 48 89 84 24 80 00 00 00 48 8d 05 00 00 00  ..H..$....H.....
	0x0030 00 48 89 d9 31 db e8 00 00 00 00 48 8b 94 24 80  .H..1......H..$.
	0x0040 00 00 00 48 8b 8c 24 88 00 00 00 48 89 cb 31 f6  ...H..$....H..1.
	0x0050 eb 25 48 89 44 da f8 48 8b 7c 24 68 48 83 c7 10  .%H.D..H.|$hH...
	0x0060 4c 8b 44 24 58 49 ff c8 48 89 d0 48 89 de 48 89  L.D$XI..H..H..H.
	0x0070 fa 48 89 cb 4c 89 c1 48 85 c9 7e 6f 48 89 44 24  .H..L..H..~oH.D$
	0x0080 60 48 89 4c 24 58 48 89 5c 24 40 48 89 54 24 68  `H.L$XH.\$@H.T$h
	0x0090 48 8b 02 48 8b 5a 08 48 8d 4e 01 48 89 4c 24 50  H..H.Z.H.N.H.L$P
	0x00a0 48 8b 94 24 98 00 00 00 48 8b 0a ff d1 48 8b 4c  H..$....H....H.L
	0x00b0 24 40 48 8b 5c 24 50 48 39 d9 72 07 48 8b 54 24  $@H.\$PH9.r.H.T$
	0x00c0 60 eb 8f 48 89 44 24 48 48 8d 35 00 00 00 00 48  `..H.D$HH.5....H
	0x00d0 8b 44 24 60 bf 01 00 00 00 e8 00 00 00 00 48 89  .D$`..........H.
	0x00e0 c2 48 8b 44 24 48 e9 67 ff ff ff 48 89 d9 48 89  .H.D$H.g...H..H.
	0x00f0 f3 48 83 c4 70 5d c3 48 89 44 24 08 48 89 5c 24  .H..p].H.D$.H.\$
	0x0100 10 48 89 4c 24 18 48 89 7c 24 20 e8 00 00 00 00  .H.L$.H.|$ .....
	0x0110 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18 48  H.D$.H.\$.H.L$.H
	0x0120 8b 7c 24 20 e9 d7 fe ff ff                       .|$ .....
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:int+0
	rel 45+4 t=R_PCREL type:int+0
	rel 55+4 t=R_CALL runtime.makeslice+0
	rel 171+0 t=R_CALLIND +0
	rel 203+4 t=R_PCREL type:int+0
	rel 218+4 t=R_CALL runtime.growslice+0
	rel 268+4 t=R_CALL runtime.morestack_noctxt+0
main.Sum[main.MyInt] STEXT dupok nosplit size=28 align=0x0 args=0x18 locals=0x0 funcid=0x17
	0x0000 00000 (generics_basic.go:8)	TEXT	main.Sum[main.MyInt](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (generics_basic.go:8)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[main.MyInt].arginfo1(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[main.MyInt].argliveinfo(SB)
	0x0005 00005 (generics_basic.go:8)	PCDATA	$3, $1
	0x0005 00005 (<unknown line number>)	NOP
	0x0005 00005 (generics_basic.go:8)	XCHGL	AX, AX
	0x0006 00006 (generics_basic.go:10)	XORL	CX, CX
	0x0008 00008 (generics_basic.go:10)	XORL	DX, DX
	0x000a 00010 (generics_basic.go:10)	JMP	19
	0x000c 00012 (generics_basic.go:11)	ADDQ	(AX)(DX*8), CX
	0x0010 00016 (generics_basic.go:10)	INCQ	DX
	0x0013 00019 (generics_basic.go:10)	CMPQ	BX, DX
	0x0016 00022 (generics_basic.go:10)	JGT	12
	0x0018 00024 (generics_basic.go:8)	MOVQ	CX, AX
	0x001b 00027 (generics_basic.go:8)	RET
	0x0000 48 89 44 24 08 90 31 c9 31 d2 eb 07 48 03 0c d0  H.D$..1.1...H...
	0x0010 48 ff c2 48 39 d3 7f f4 48 89 c8 c3              H..H9...H...
main.Sum[go.shape.uint8] STEXT dupok nosplit size=28 align=0x0 args=0x20 locals=0x0 funcid=0x0
	0x0000 00000 (generics_basic.go:8)	TEXT	main.Sum[go.shape.uint8](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (generics_basic.go:8)	MOVQ	BX, main.xs+16(FP)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[go.shape.uint8].arginfo1(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[go.shape.uint8].argliveinfo(SB)
	0x0005 00005 (generics_basic.go:8)	PCDATA	$3, $1
	0x0005 00005 (generics_basic.go:10)	XORL	DX, DX
	0x0007 00007 (generics_basic.go:10)	XORL	SI, SI
	0x0009 00009 (generics_basic.go:10)	JMP	20
	0x000b 00011 (generics_basic.go:10)	MOVBLZX	(BX)(SI*1), AX
	0x000f 00015 (generics_basic.go:11)	ADDL	AX, DX
	0x0011 00017 (generics_basic.go:10)	INCQ	SI
	0x0014 00020 (generics_basic.go:10)	CMPQ	CX, SI
	0x0017 00023 (generics_basic.go:10)	JGT	11
	0x0019 00025 (generics_basic.go:13)	MOVL	DX, AX
	0x001b 00027 (generics_basic.go:13)	RET
	0x0000 48 89 5c 24 10 31 d2 31 f6 eb 09 0f b6 04 33 01  H.\$.1.1......3.
	0x0010 c2 48 ff c6 48 39 f1 7f f2 89 d0 c3              .H..H9......
main.Sum[uint8] STEXT dupok nosplit size=29 align=0x0 args=0x18 locals=0x0 funcid=0x17
	0x0000 00000 (generics_basic.go:8)	TEXT	main.Sum[uint8](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (generics_basic.go:8)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[uint8].arginfo1(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[uint8].argliveinfo(SB)
	0x0005 00005 (generics_basic.go:8)	PCDATA	$3, $1
	0x0005 00005 (<unknown line number>)	NOP
	0x0005 00005 (generics_basic.go:8)	XCHGL	AX, AX
	0x0006 00006 (generics_basic.go:10)	XORL	CX, CX
	0x0008 00008 (generics_basic.go:10)	XORL	DX, DX
	0x000a 00010 (generics_basic.go:10)	JMP	21
	0x000c 00012 (generics_basic.go:10)	MOVBLZX	(AX)(DX*1), SI
	0x0010 00016 (generics_basic.go:11)	ADDL	SI, CX
	0x0012 00018 (generics_basic.go:10)	INCQ	DX
	0x0015 00021 (generics_basic.go:10)	CMPQ	BX, DX
	0x0018 00024 (generics_basic.go:10)	JGT	12
	0x001a 00026 (generics_basic.go:8)	MOVL	CX, AX
	0x001c 00028 (generics_basic.go:8)	RET
	0x0000 48 89 44 24 08 90 31 c9 31 d2 eb 09 0f b6 34 10  H.D$..1.1.....4.
	0x0010 01 f1 48 ff c2 48 39 d3 7f f2 89 c8 c3           ..H..H9......
main.Sum[go.shape.float64] STEXT dupok nosplit size=29 align=0x0 args=0x20 locals=0x0 funcid=0x0
	0x0000 00000 (generics_basic.go:8)	TEXT	main.Sum[go.shape.float64](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (generics_basic.go:8)	MOVQ	BX, main.xs+16(FP)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[go.shape.float64].arginfo1(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[go.shape.float64].argliveinfo(SB)
	0x0005 00005 (generics_basic.go:8)	PCDATA	$3, $1
	0x0005 00005 (generics_basic.go:10)	XORPS	X1, X1
	0x0008 00008 (generics_basic.go:10)	XORL	AX, AX
	0x000a 00010 (generics_basic.go:10)	JMP	20
	0x000c 00012 (generics_basic.go:11)	ADDSD	(BX)(AX*8), X1
	0x0011 00017 (generics_basic.go:10)	INCQ	AX
	0x0014 00020 (generics_basic.go:10)	CMPQ	CX, AX
	0x0017 00023 (generics_basic.go:10)	JGT	12
	0x0019 00025 (generics_basic.go:13)	MOVUPS	X1, X0
	0x001c 00028 (generics_basic.go:13)	RET
	0x0000 48 89 5c 24 10 0f 57 c9 31 c0 eb 08 f2 0f 58 0c  H.\$..W.1.....X.
	0x0010 c3 48 ff c0 48 39 c1 7f f3 0f 10 c1 c3           .H..H9.......
main.Sum[float64] STEXT dupok nosplit size=30 align=0x0 args=0x18 locals=0x0 funcid=0x17
	0x0000 00000 (generics_basic.go:8)	TEXT	main.Sum[float64](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (generics_basic.go:8)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[float64].arginfo1(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[float64].argliveinfo(SB)
	0x0005 00005 (generics_basic.go:8)	PCDATA	$3, $1
	0x0005 00005 (<unknown line number>)	NOP
	0x0005 00005 (generics_basic.go:8)	XCHGL	AX, AX
	0x0006 00006 (generics_basic.go:10)	XORPS	X1, X1
	0x0009 00009 (generics_basic.go:10)	XORL	CX, CX
	0x000b 00011 (generics_basic.go:10)	JMP	21
	0x000d 00013 (generics_basic.go:11)	ADDSD	(AX)(CX*8), X1
	0x0012 00018 (generics_basic.go:10)	INCQ	CX
	0x0015 00021 (generics_basic.go:10)	CMPQ	BX, CX
	0x0018 00024 (generics_basic.go:10)	JGT	13
	0x001a 00026 (generics_basic.go:8)	MOVUPS	X1, X0
	0x001d 00029 (generics_basic.go:8)	RET
	0x0000 48 89 44 24 08 90 0f 57 c9 31 c9 eb 08 f2 0f 58  H.D$...W.1.....X
	0x0010 0c c8 48 ff c1 48 39 cb 7f f3 0f 10 c1 c3        ..H..H9.......
main.Sum[go.shape.int] STEXT dupok nosplit size=27 align=0x0 args=0x20 locals=0x0 funcid=0x0
	0x0000 00000 (generics_basic.go:8)	TEXT	main.Sum[go.shape.int](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (generics_basic.go:8)	MOVQ	BX, main.xs+16(FP)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[go.shape.int].arginfo1(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[go.shape.int].argliveinfo(SB)
	0x0005 00005 (generics_basic.go:8)	PCDATA	$3, $1
	0x0005 00005 (generics_basic.go:10)	XORL	DX, DX
	0x0007 00007 (generics_basic.go:10)	XORL	SI, SI
	0x0009 00009 (generics_basic.go:10)	JMP	18
	0x000b 00011 (generics_basic.go:11)	ADDQ	(BX)(SI*8), DX
	0x000f 00015 (generics_basic.go:10)	INCQ	SI
	0x0012 00018 (generics_basic.go:10)	CMPQ	CX, SI
	0x0015 00021 (generics_basic.go:10)	JGT	11
	0x0017 00023 (generics_basic.go:13)	MOVQ	DX, AX
	0x001a 00026 (generics_basic.go:13)	RET
	0x0000 48 89 5c 24 10 31 d2 31 f6 eb 07 48 03 14 f3 48  H.\$.1.1...H...H
	0x0010 ff c6 48 39 f1 7f f4 48 89 d0 c3                 ..H9...H...
main.Sum[int] STEXT dupok nosplit size=28 align=0x0 args=0x18 locals=0x0 funcid=0x17
	0x0000 00000 (generics_basic.go:8)	TEXT	main.Sum[int](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (generics_basic.go:8)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$5, main.Sum[int].arginfo1(SB)
	0x0005 00005 (generics_basic.go:8)	FUNCDATA	$6, main.Sum[int].argliveinfo(SB)
	0x0005 00005 (generics_basic.go:8)	PCDATA	$3, $1
	0x0005 00005 (<unknown line number>)	NOP
	0x0005 00005 (generics_basic.go:8)	XCHGL	AX, AX
	0x0006 00006 (generics_basic.go:10)	XORL	CX, CX
	0x0008 00008 (generics_basic.go:10)	XORL	DX, DX
	0x000a 00010 (generics_basic.go:10)	JMP	19
	0x000c 00012 (generics_basic.go:11)	ADDQ	(AX)(CX*8), DX
	0x0010 00016 (generics_basic.go:10)	INCQ	CX
	0x0013 00019 (generics_basic.go:10)	CMPQ	BX, CX
	0x0016 00022 (generics_basic.go:10)	JGT	12
	0x0018 00024 (generics_basic.go:8)	MOVQ	DX, AX
	0x001b 00027 (generics_basic.go:8)	RET
	0x0000 48 89 44 24 08 90 31 c9 31 d2 eb 07 48 03 14 c8  H.D$..1.1...H...
	0x0010 48 ff c1 48 39 cb 7f f4 48 89 d0 c3              H..H9...H...
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
main..dict.Sum[int] SRODATA dupok size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:[]int+0
	rel 0+0 t=R_USEIFACE type:[]int+0
	rel 0+0 t=R_USEIFACE type:int+0
	rel 0+0 t=R_USEIFACE type:int+0
	rel 0+0 t=R_USEIFACE type:int+0
	rel 8+8 t=R_ADDR type:int+0
main..dict.Sum[float64] SRODATA dupok size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:[]float64+0
	rel 0+0 t=R_USEIFACE type:[]float64+0
	rel 0+0 t=R_USEIFACE type:float64+0
	rel 0+0 t=R_USEIFACE type:float64+0
	rel 0+0 t=R_USEIFACE type:float64+0
	rel 8+8 t=R_ADDR type:float64+0
main..dict.Sum[uint8] SRODATA dupok size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:[]uint8+0
	rel 0+0 t=R_USEIFACE type:[]uint8+0
	rel 0+0 t=R_USEIFACE type:uint8+0
	rel 0+0 t=R_USEIFACE type:uint8+0
	rel 0+0 t=R_USEIFACE type:uint8+0
	rel 8+8 t=R_ADDR type:uint8+0
main..dict.Sum[main.MyInt] SRODATA dupok size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:[]main.MyInt+0
	rel 0+0 t=R_USEIFACE type:[]main.MyInt+0
	rel 0+0 t=R_USEIFACE type:main.MyInt+0
	rel 0+0 t=R_USEIFACE type:main.MyInt+0
	rel 0+0 t=R_USEIFACE type:main.MyInt+0
	rel 8+8 t=R_ADDR type:main.MyInt+0
main..dict.Map[string,int] SRODATA dupok size=56 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+0 t=R_USEIFACE type:int+0
	rel 0+0 t=R_USEIFACE type:string+0
	rel 0+0 t=R_USEIFACE type:func(string) int+0
	rel 0+0 t=R_USEIFACE type:string+0
	rel 0+0 t=R_USEIFACE type:[]int+0
	rel 0+0 t=R_USEIFACE type:[]int+0
	rel 0+0 t=R_USEIFACE type:string+0
	rel 0+0 t=R_USEIFACE type:[]string+0
	rel 0+8 t=R_ADDR type:[]string+0
	rel 8+8 t=R_ADDR type:func(string) int+0
	rel 16+8 t=R_ADDR type:[]int+0
	rel 24+8 t=R_ADDR type:[]int+0
	rel 32+8 t=R_ADDR type:int+0
	rel 40+8 t=R_ADDR type:string+0
main..dict.Stack[string] SRODATA dupok size=32 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:*main.Stack[string]+0
	rel 0+0 t=R_USEIFACE type:*main.Stack[string]+0
	rel 0+0 t=R_USEIFACE type:string+0
	rel 0+0 t=R_USEIFACE type:*main.Stack[string]+0
	rel 0+0 t=R_USEIFACE type:string+0
	rel 8+8 t=R_ADDR type:string+0
	rel 16+8 t=R_ADDR type:*main.Stack[string]+0
	rel 24+8 t=R_ADDR type:string+0
main..dict.MaxBy[main.Pair[string,int]] SRODATA dupok size=32 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:[]main.Pair[string,int]+0
	rel 0+0 t=R_USEIFACE type:[]main.Pair[string,int]+0
	rel 0+0 t=R_USEIFACE type:func(main.Pair[string,int], main.Pair[string,int]) bool+0
	rel 0+0 t=R_USEIFACE type:main.Pair[string,int]+0
	rel 0+0 t=R_USEIFACE type:main.Pair[string,int]+0
	rel 0+0 t=R_USEIFACE type:main.Pair[string,int]+0
	rel 8+8 t=R_ADDR type:func(main.Pair[string,int], main.Pair[string,int]) bool+0
	rel 16+8 t=R_ADDR type:main.Pair[string,int]+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Sum[go.shape.int]$abstract SDWARFABSFCN dupok size=53 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 75 6d 5b 67 6f 2e 73 68 61  .main.Sum[go.sha
	0x0010 70 65 2e 69 6e 74 5d 00 01 08 01 22 78 73 00 00  pe.int]...."xs..
	0x0020 00 00 00 00 21 73 00 09 00 00 00 00 21 78 00 0a  ....!s......!x..
	0x0030 00 00 00 00 00                                   .....
	rel 32+4 t=R_DWARFSECREF go:info.[]go.shape.int+0
	rel 40+4 t=R_DWARFSECREF go:info.go.shape.int+0
	rel 48+4 t=R_DWARFSECREF go:info.go.shape.int+0
go:info.main.Sum[go.shape.float64]$abstract SDWARFABSFCN dupok size=57 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 75 6d 5b 67 6f 2e 73 68 61  .main.Sum[go.sha
	0x0010 70 65 2e 66 6c 6f 61 74 36 34 5d 00 01 08 01 22  pe.float64]...."
	0x0020 78 73 00 00 00 00 00 00 21 73 00 09 00 00 00 00  xs......!s......
	0x0030 21 78 00 0a 00 00 00 00 00                       !x.......
	rel 36+4 t=R_DWARFSECREF go:info.[]go.shape.float64+0
	rel 44+4 t=R_DWARFSECREF go:info.go.shape.float64+0
	rel 52+4 t=R_DWARFSECREF go:info.go.shape.float64+0
go:info.main.Sum[go.shape.uint8]$abstract SDWARFABSFCN dupok size=55 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 75 6d 5b 67 6f 2e 73 68 61  .main.Sum[go.sha
	0x0010 70 65 2e 75 69 6e 74 38 5d 00 01 08 01 22 78 73  pe.uint8]...."xs
	0x0020 00 00 00 00 00 00 21 73 00 09 00 00 00 00 21 78  ......!s......!x
	0x0030 00 0a 00 00 00 00 00                             .......
	rel 34+4 t=R_DWARFSECREF go:info.[]go.shape.uint8+0
	rel 42+4 t=R_DWARFSECREF go:info.go.shape.uint8+0
	rel 50+4 t=R_DWARFSECREF go:info.go.shape.uint8+0
go:info.main.Map[go.shape.string,go.shape.int]$abstract SDWARFABSFCN dupok size=79 align=0x0
	0x0000 05 6d 61 69 6e 2e 4d 61 70 5b 67 6f 2e 73 68 61  .main.Map[go.sha
	0x0010 70 65 2e 73 74 72 69 6e 67 2c 67 6f 2e 73 68 61  pe.string,go.sha
	0x0020 70 65 2e 69 6e 74 5d 00 01 10 01 22 78 73 00 00  pe.int]...."xs..
	0x0030 00 00 00 00 22 66 00 00 00 00 00 00 21 6f 75 74  ...."f......!out
	0x0040 00 11 00 00 00 00 21 78 00 12 00 00 00 00 00     ......!x.......
	rel 48+4 t=R_DWARFSECREF go:info.[]go.shape.string+0
	rel 56+4 t=R_DWARFSECREF go:info.func(go.shape.string) go.shape.int+0
	rel 66+4 t=R_DWARFSECREF go:info.[]go.shape.int+0
	rel 74+4 t=R_DWARFSECREF go:info.go.shape.string+0
go:info.main.(*Stack[go.shape.string]).Push$abstract SDWARFABSFCN dupok size=57 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 53 74 61 63 6b 5b 67 6f  .main.(*Stack[go
	0x0010 2e 73 68 61 70 65 2e 73 74 72 69 6e 67 5d 29 2e  .shape.string]).
	0x0020 50 75 73 68 00 01 1a 01 22 73 00 00 00 00 00 00  Push...."s......
	0x0030 22 76 00 00 00 00 00 00 00                       "v.......
	rel 44+4 t=R_DWARFSECREF go:info.*main.Stack[go.shape.string]+0
	rel 52+4 t=R_DWARFSECREF go:info.go.shape.string+0
go:info.main.(*Stack[go.shape.string]).Pop$abstract SDWARFABSFCN dupok size=67 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 53 74 61 63 6b 5b 67 6f  .main.(*Stack[go
	0x0010 2e 73 68 61 70 65 2e 73 74 72 69 6e 67 5d 29 2e  .shape.string]).
	0x0020 50 6f 70 00 01 1c 01 22 73 00 00 00 00 00 00 21  Pop...."s......!
	0x0030 7a 65 72 6f 00 1d 00 00 00 00 21 76 00 21 00 00  zero......!v.!..
	0x0040 00 00 00                                         ...
	rel 43+4 t=R_DWARFSECREF go:info.*main.Stack[go.shape.string]+0
	rel 54+4 t=R_DWARFSECREF go:info.go.shape.string+0
	rel 62+4 t=R_DWARFSECREF go:info.go.shape.string+0
go:info.main.MaxBy[go.shape.struct { Key string; Val int }]$abstract SDWARFABSFCN dupok size=93 align=0x0
	0x0000 05 6d 61 69 6e 2e 4d 61 78 42 79 5b 67 6f 2e 73  .main.MaxBy[go.s
	0x0010 68 61 70 65 2e 73 74 72 75 63 74 20 7b 20 4b 65  hape.struct { Ke
	0x0020 79 20 73 74 72 69 6e 67 3b 20 56 61 6c 20 69 6e  y string; Val in
	0x0030 74 20 7d 5d 00 01 2b 01 22 78 73 00 00 00 00 00  t }]..+."xs.....
	0x0040 00 22 6c 65 73 73 00 00 00 00 00 00 21 6d 00 2c  ."less......!m.,
	0x0050 00 00 00 00 21 78 00 2d 00 00 00 00 00           ....!x.-.....
	rel 61+4 t=R_DWARFSECREF go:info.[]go.shape.struct { Key string; Val int }+0
	rel 72+4 t=R_DWARFSECREF go:info.func(go.shape.struct { Key string; Val int }, go.shape.struct { Key string; Val int }) bool+0
	rel 80+4 t=R_DWARFSECREF go:info.go.shape.struct { Key string; Val int }+0
	rel 88+4 t=R_DWARFSECREF go:info.go.shape.struct { Key string; Val int }+0
go:info.main.main.func1$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 31  .main.main.func1
	0x0010 00 01 39 01 22 73 00 00 00 00 00 00 00           ..9."s.......
	rel 24+4 t=R_DWARFSECREF go:info.string+0
go:info.main.main.func2$abstract SDWARFABSFCN dupok size=37 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 32  .main.main.func2
	0x0010 00 01 45 01 22 61 00 00 00 00 00 00 22 62 00 00  ..E."a......"b..
	0x0020 00 00 00 00 00                                   .....
	rel 24+4 t=R_DWARFSECREF go:info.main.Pair[string,int]+0
	rel 32+4 t=R_DWARFSECREF go:info.main.Pair[string,int]+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.MyInt. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 4d 79 49 6e 74           ..*main.MyInt
type:*main.MyInt SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3c 43 11 8a 28 08 08 16 00 00 00 00 00 00 00 00  <C..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.MyInt.+0
	rel 48+8 t=R_ADDR type:main.MyInt+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:main.MyInt SRODATA size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 60 1b 7a ff 0f 08 08 02 00 00 00 00 00 00 00 00  `.z.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.MyInt.+0
	rel 44+4 t=R_ADDROFF type:*main.MyInt+0
	rel 48+4 t=R_ADDROFF type:.importpath.main.+0
type:.eqfunc.SM8 SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.SM8+0
type:.namedata.*main.Pair[string,int]. SRODATA dupok size=24 align=0x1
	0x0000 01 16 2a 6d 61 69 6e 2e 50 61 69 72 5b 73 74 72  ..*main.Pair[str
	0x0010 69 6e 67 2c 69 6e 74 5d                          ing,int]
type:*main.Pair[string,int] SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 38 82 da 13 28 08 08 16 00 00 00 00 00 00 00 00  8...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Pair[string,int].+0
	rel 48+8 t=R_ADDR type:main.Pair[string,int]+0
type:.namedata.Key. SRODATA dupok size=5 align=0x1
	0x0000 01 03 4b 65 79                                   ..Key
type:.namedata.Val. SRODATA dupok size=5 align=0x1
	0x0000 01 03 56 61 6c                                   ..Val
type:main.Pair[string,int] SRODATA dupok size=144 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1d 15 10 2d 07 08 08 19 00 00 00 00 00 00 00 00  ...-............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.SM8+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Pair[string,int].+0
	rel 44+4 t=R_ADDROFF type:*main.Pair[string,int]+0
	rel 56+8 t=R_ADDR type:main.Pair[string,int]+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Key.+0
	rel 104+8 t=R_ADDR type:string+0
	rel 120+8 t=R_ADDR type:.namedata.Val.+0
	rel 128+8 t=R_ADDR type:int+0
type:.namedata.*main.Stack[string]. SRODATA dupok size=21 align=0x1
	0x0000 01 13 2a 6d 61 69 6e 2e 53 74 61 63 6b 5b 73 74  ..*main.Stack[st
	0x0010 72 69 6e 67 5d                                   ring]
type:.namedata.items- SRODATA dupok size=7 align=0x1
	0x0000 00 05 69 74 65 6d 73                             ..items
type:main.Stack[string] SRODATA dupok size=120 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 17 ed bf 1c 07 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Stack[string].+0
	rel 44+4 t=R_ADDROFF type:*main.Stack[string]+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Stack[string]+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.items-+0
	rel 104+8 t=R_ADDR type:[]string+0
type:.namedata.*func(*main.Stack[string]) (string, bool)- SRODATA dupok size=43 align=0x1
	0x0000 00 29 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 74  .)*func(*main.St
	0x0010 61 63 6b 5b 73 74 72 69 6e 67 5d 29 20 28 73 74  ack[string]) (st
	0x0020 72 69 6e 67 2c 20 62 6f 6f 6c 29                 ring, bool)
type:*func(*main.Stack[string]) (string, bool) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 11 c4 ab ff 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Stack[string]) (string, bool)-+0
	rel 48+8 t=R_ADDR type:func(*main.Stack[string]) (string, bool)+0
type:func(*main.Stack[string]) (string, bool) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f3 ed e6 1b 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 02 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Stack[string]) (string, bool)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Stack[string]) (string, bool)+0
	rel 56+8 t=R_ADDR type:*main.Stack[string]+0
	rel 64+8 t=R_ADDR type:string+0
	rel 72+8 t=R_ADDR type:bool+0
type:.namedata.*func(*main.Stack[string], string)- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 74  ."*func(*main.St
	0x0010 61 63 6b 5b 73 74 72 69 6e 67 5d 2c 20 73 74 72  ack[string], str
	0x0020 69 6e 67 29                                      ing)
type:*func(*main.Stack[string], string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 03 c9 e2 21 28 08 08 16 00 00 00 00 00 00 00 00  ...!(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Stack[string], string)-+0
	rel 48+8 t=R_ADDR type:func(*main.Stack[string], string)+0
type:func(*main.Stack[string], string) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 10 70 2b 8b 22 08 08 13 00 00 00 00 00 00 00 00  .p+."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Stack[string], string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Stack[string], string)+0
	rel 56+8 t=R_ADDR type:*main.Stack[string]+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.Pop. SRODATA dupok size=5 align=0x1
	0x0000 01 03 50 6f 70                                   ..Pop
type:.namedata.*func() (string, bool)- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 29 20 28 73 74 72 69 6e  ..*func() (strin
	0x0010 67 2c 20 62 6f 6f 6c 29                          g, bool)
type:*func() (string, bool) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 1a 3d 68 28 08 08 16 00 00 00 00 00 00 00 00  6.=h(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() (string, bool)-+0
	rel 48+8 t=R_ADDR type:func() (string, bool)+0
type:func() (string, bool) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bf 43 98 96 22 08 08 13 00 00 00 00 00 00 00 00  .C.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 02 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() (string, bool)-+0
	rel 44+4 t=RelocType(-32763) type:*func() (string, bool)+0
	rel 56+8 t=R_ADDR type:string+0
	rel 64+8 t=R_ADDR type:bool+0
type:.namedata.Push. SRODATA dupok size=6 align=0x1
	0x0000 01 04 50 75 73 68                                ..Push
type:.namedata.*func(string)- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 66 75 6e 63 28 73 74 72 69 6e 67 29     ..*func(string)
type:*func(string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0e b1 eb b9 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(string)-+0
	rel 48+8 t=R_ADDR type:func(string)+0
type:func(string) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8c ae 53 08 22 08 08 13 00 00 00 00 00 00 00 00  ..S."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(string)+0
	rel 56+8 t=R_ADDR type:string+0
type:*main.Stack[string] SRODATA dupok size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6c d9 6c 5d 29 08 08 16 00 00 00 00 00 00 00 00  l.l])...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Stack[string].+0
	rel 48+8 t=R_ADDR type:main.Stack[string]+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Pop.+0
	rel 76+4 t=R_METHODOFF type:func() (string, bool)+0
	rel 80+4 t=R_METHODOFF main.(*Stack[string]).Pop+0
	rel 84+4 t=R_METHODOFF main.(*Stack[string]).Pop+0
	rel 88+4 t=R_ADDROFF type:.namedata.Push.+0
	rel 92+4 t=R_METHODOFF type:func(string)+0
	rel 96+4 t=R_METHODOFF main.(*Stack[string]).Push+0
	rel 100+4 t=R_METHODOFF main.(*Stack[string]).Push+0
type:.namedata.*[]main.MyInt- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 5b 5d 6d 61 69 6e 2e 4d 79 49 6e 74     ..*[]main.MyInt
type:*[]main.MyInt SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 85 c4 56 e7 28 08 08 16 00 00 00 00 00 00 00 00  ..V.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.MyInt-+0
	rel 48+8 t=R_ADDR type:[]main.MyInt+0
type:[]main.MyInt SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c7 e9 59 77 02 08 08 17 00 00 00 00 00 00 00 00  ..Yw............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.MyInt-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.MyInt+0
	rel 48+8 t=R_ADDR type:main.MyInt+0
type:.namedata.*[]main.Pair[string,int]- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 5b 5d 6d 61 69 6e 2e 50 61 69 72 5b 73  ..*[]main.Pair[s
	0x0010 74 72 69 6e 67 2c 69 6e 74 5d                    tring,int]
type:*[]main.Pair[string,int] SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a0 a1 72 03 28 08 08 16 00 00 00 00 00 00 00 00  ..r.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Pair[string,int]-+0
	rel 48+8 t=R_ADDR type:[]main.Pair[string,int]+0
type:[]main.Pair[string,int] SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3d 72 de 6d 02 08 08 17 00 00 00 00 00 00 00 00  =r.m............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Pair[string,int]-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.Pair[string,int]+0
	rel 48+8 t=R_ADDR type:main.Pair[string,int]+0
type:.namedata.*func(main.Pair[string,int], main.Pair[string,int]) bool- SRODATA dupok size=58 align=0x1
	0x0000 00 38 2a 66 75 6e 63 28 6d 61 69 6e 2e 50 61 69  .8*func(main.Pai
	0x0010 72 5b 73 74 72 69 6e 67 2c 69 6e 74 5d 2c 20 6d  r[string,int], m
	0x0020 61 69 6e 2e 50 61 69 72 5b 73 74 72 69 6e 67 2c  ain.Pair[string,
	0x0030 69 6e 74 5d 29 20 62 6f 6f 6c                    int]) bool
type:*func(main.Pair[string,int], main.Pair[string,int]) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 45 57 11 d4 28 08 08 16 00 00 00 00 00 00 00 00  EW..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Pair[string,int], main.Pair[string,int]) bool-+0
	rel 48+8 t=R_ADDR type:func(main.Pair[string,int], main.Pair[string,int]) bool+0
type:func(main.Pair[string,int], main.Pair[string,int]) bool SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 38 ac 1b 36 22 08 08 13 00 00 00 00 00 00 00 00  8..6"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Pair[string,int], main.Pair[string,int]) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Pair[string,int], main.Pair[string,int]) bool+0
	rel 56+8 t=R_ADDR type:main.Pair[string,int]+0
	rel 64+8 t=R_ADDR type:main.Pair[string,int]+0
	rel 72+8 t=R_ADDR type:bool+0
type:.namedata.*func(string) int- SRODATA dupok size=19 align=0x1
	0x0000 00 11 2a 66 75 6e 63 28 73 74 72 69 6e 67 29 20  ..*func(string) 
	0x0010 69 6e 74                                         int
type:*func(string) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 07 81 c4 8f 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(string) int-+0
	rel 48+8 t=R_ADDR type:func(string) int+0
type:func(string) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 cc 3f 2d 30 22 08 08 13 00 00 00 00 00 00 00 00  .?-0"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(string) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(string) int+0
	rel 56+8 t=R_ADDR type:string+0
	rel 64+8 t=R_ADDR type:int+0
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."bb" SRODATA dupok size=2 align=0x1
	0x0000 62 62                                            bb
go:string."ccc" SRODATA dupok size=3 align=0x1
	0x0000 63 63 63                                         ccc
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
go:string."y" SRODATA dupok size=1 align=0x1
	0x0000 79                                               y
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."c" SRODATA dupok size=1 align=0x1
	0x0000 63                                               c
runtime.f64equal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.f64equal+0
type:.namedata.*go.shape.float64- SRODATA dupok size=19 align=0x1
	0x0000 00 11 2a 67 6f 2e 73 68 61 70 65 2e 66 6c 6f 61  ..*go.shape.floa
	0x0010 74 36 34                                         t64
type:*go.shape.float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 08 b9 4c 33 28 08 08 16 00 00 00 00 00 00 00 00  ..L3(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.float64-+0
	rel 48+8 t=R_ADDR type:go.shape.float64+0
type:.importpath.go.shape. SRODATA dupok size=10 align=0x1
	0x0000 00 08 67 6f 2e 73 68 61 70 65                    ..go.shape
type:go.shape.float64 SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 7a 70 83 34 07 08 08 0e 00 00 00 00 00 00 00 00  zp.4............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.f64equal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.float64-+0
	rel 44+4 t=R_ADDROFF type:*go.shape.float64+0
	rel 48+4 t=R_ADDROFF type:.importpath.go.shape.+0
type:.namedata.*go.shape.int- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 67 6f 2e 73 68 61 70 65 2e 69 6e 74     ..*go.shape.int
type:*go.shape.int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 72 6a e4 bb 28 08 08 16 00 00 00 00 00 00 00 00  rj..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.int-+0
	rel 48+8 t=R_ADDR type:go.shape.int+0
type:go.shape.int SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 e3 5f 1b a2 0f 08 08 02 00 00 00 00 00 00 00 00  ._..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.int-+0
	rel 44+4 t=R_ADDROFF type:*go.shape.int+0
	rel 48+4 t=R_ADDROFF type:.importpath.go.shape.+0
runtime.strequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strequal+0
type:.namedata.*go.shape.string- SRODATA dupok size=18 align=0x1
	0x0000 00 10 2a 67 6f 2e 73 68 61 70 65 2e 73 74 72 69  ..*go.shape.stri
	0x0010 6e 67                                            ng
type:*go.shape.string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 c8 77 7c 28 08 08 16 00 00 00 00 00 00 00 00  6.w|(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.string-+0
	rel 48+8 t=R_ADDR type:go.shape.string+0
type:go.shape.string SRODATA dupok size=64 align=0x8
	0x0000 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f0 89 90 17 07 08 08 18 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.strequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.string-+0
	rel 44+4 t=R_ADDROFF type:*go.shape.string+0
	rel 48+4 t=R_ADDROFF type:.importpath.go.shape.+0
type:.namedata.*go.shape.struct { Key string; Val int }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 67 6f 2e 73 68 61 70 65 2e 73 74 72 75  .(*go.shape.stru
	0x0010 63 74 20 7b 20 4b 65 79 20 73 74 72 69 6e 67 3b  ct { Key string;
	0x0020 20 56 61 6c 20 69 6e 74 20 7d                     Val int }
type:*go.shape.struct { Key string; Val int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7e 81 d4 ae 28 08 08 16 00 00 00 00 00 00 00 00  ~...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.struct { Key string; Val int }-+0
	rel 48+8 t=R_ADDR type:go.shape.struct { Key string; Val int }+0
type:go.shape.struct { Key string; Val int } SRODATA dupok size=144 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 90 24 d6 1c 07 08 08 19 00 00 00 00 00 00 00 00  .$..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.SM8+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.struct { Key string; Val int }-+0
	rel 44+4 t=R_ADDROFF type:*go.shape.struct { Key string; Val int }+0
	rel 56+8 t=R_ADDR type:go.shape.struct { Key string; Val int }+96
	rel 80+4 t=R_ADDROFF type:.importpath.go.shape.+0
	rel 96+8 t=R_ADDR type:.namedata.Key.+0
	rel 104+8 t=R_ADDR type:string+0
	rel 120+8 t=R_ADDR type:.namedata.Val.+0
	rel 128+8 t=R_ADDR type:int+0
runtime.memequal8·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal8+0
type:.namedata.*go.shape.uint8- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 67 6f 2e 73 68 61 70 65 2e 75 69 6e 74  ..*go.shape.uint
	0x0010 38                                               8
type:*go.shape.uint8 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 cf 20 30 e0 28 08 08 16 00 00 00 00 00 00 00 00  . 0.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.uint8-+0
	rel 48+8 t=R_ADDR type:go.shape.uint8+0
type:go.shape.uint8 SRODATA dupok size=64 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 11 f1 60 e6 0f 01 01 08 00 00 00 00 00 00 00 00  ..`.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.memequal8·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.uint8-+0
	rel 44+4 t=R_ADDROFF type:*go.shape.uint8+0
	rel 48+4 t=R_ADDROFF type:.importpath.go.shape.+0
type:.namedata.*[3]uintptr- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 33 5d 75 69 6e 74 70 74 72           ..*[3]uintptr
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:[3]uintptr SRODATA dupok size=72 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 33 18 e6 24 0a 08 08 11 00 00 00 00 00 00 00 00  3..$............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]uintptr-+0
	rel 44+4 t=RelocType(-32763) type:*[3]uintptr+0
	rel 48+8 t=R_ADDR type:uintptr+0
	rel 56+8 t=R_ADDR type:[]uintptr+0
type:*[3]uintptr SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 84 95 5a b6 28 08 08 16 00 00 00 00 00 00 00 00  ..Z.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]uintptr-+0
	rel 48+8 t=R_ADDR type:[3]uintptr+0
type:.namedata.*[4]uintptr- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 34 5d 75 69 6e 74 70 74 72           ..*[4]uintptr
type:.eqfunc.M32 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:[4]uintptr SRODATA dupok size=72 align=0x8
	0x0000 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0010 d4 1a b7 fc 0a 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M32+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]uintptr-+0
	rel 44+4 t=RelocType(-32763) type:*[4]uintptr+0
	rel 48+8 t=R_ADDR type:uintptr+0
	rel 56+8 t=R_ADDR type:[]uintptr+0
type:*[4]uintptr SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bc ae bb fd 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]uintptr-+0
	rel 48+8 t=R_ADDR type:[4]uintptr+0
type:.namedata.*[7]uintptr- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 37 5d 75 69 6e 74 70 74 72           ..*[7]uintptr
type:.eqfunc.M56 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 38 00 00 00 00 00 00 00  ........8.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:[7]uintptr SRODATA dupok size=72 align=0x8
	0x0000 38 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  8...............
	0x0010 e0 5c 19 76 0a 08 08 11 00 00 00 00 00 00 00 00  .\.v............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 07 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M56+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[7]uintptr-+0
	rel 44+4 t=RelocType(-32763) type:*[7]uintptr+0
	rel 48+8 t=R_ADDR type:uintptr+0
	rel 56+8 t=R_ADDR type:[]uintptr+0
type:*[7]uintptr SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 68 d5 de 85 28 08 08 16 00 00 00 00 00 00 00 00  h...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[7]uintptr-+0
	rel 48+8 t=R_ADDR type:[7]uintptr+0
type:.namedata.*main.Stack[go.shape.string]. SRODATA dupok size=30 align=0x1
	0x0000 01 1c 2a 6d 61 69 6e 2e 53 74 61 63 6b 5b 67 6f  ..*main.Stack[go
	0x0010 2e 73 68 61 70 65 2e 73 74 72 69 6e 67 5d        .shape.string]
type:.namedata.*[]go.shape.string- SRODATA dupok size=20 align=0x1
	0x0000 00 12 2a 5b 5d 67 6f 2e 73 68 61 70 65 2e 73 74  ..*[]go.shape.st
	0x0010 72 69 6e 67                                      ring
type:*[]go.shape.string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ef f1 f3 af 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.string-+0
	rel 48+8 t=R_ADDR type:[]go.shape.string+0
type:[]go.shape.string SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b9 01 53 0f 02 08 08 17 00 00 00 00 00 00 00 00  ..S.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.string-+0
	rel 44+4 t=RelocType(-32763) type:*[]go.shape.string+0
	rel 48+8 t=R_ADDR type:go.shape.string+0
type:main.Stack[go.shape.string] SRODATA dupok size=120 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e0 1d ac f2 07 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Stack[go.shape.string].+0
	rel 44+4 t=R_ADDROFF type:*main.Stack[go.shape.string]+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Stack[go.shape.string]+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.items-+0
	rel 104+8 t=R_ADDR type:[]go.shape.string+0
type:*main.Stack[go.shape.string] SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 76 09 cc bb 28 08 08 16 00 00 00 00 00 00 00 00  v...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Stack[go.shape.string].+0
	rel 48+8 t=R_ADDR type:main.Stack[go.shape.string]+0
type:.namedata.*[]go.shape.float64- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 5b 5d 67 6f 2e 73 68 61 70 65 2e 66 6c  ..*[]go.shape.fl
	0x0010 6f 61 74 36 34                                   oat64
type:*[]go.shape.float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 30 10 eb 16 28 08 08 16 00 00 00 00 00 00 00 00  0...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.float64-+0
	rel 48+8 t=R_ADDR type:[]go.shape.float64+0
type:[]go.shape.float64 SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 be c3 dd aa 02 08 08 17 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.float64-+0
	rel 44+4 t=RelocType(-32763) type:*[]go.shape.float64+0
	rel 48+8 t=R_ADDR type:go.shape.float64+0
type:.namedata.*[]go.shape.int- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 5b 5d 67 6f 2e 73 68 61 70 65 2e 69 6e  ..*[]go.shape.in
	0x0010 74                                               t
type:*[]go.shape.int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1e 91 13 ff 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.int-+0
	rel 48+8 t=R_ADDR type:[]go.shape.int+0
type:[]go.shape.int SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8c 09 0d 5c 02 08 08 17 00 00 00 00 00 00 00 00  ...\............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.int-+0
	rel 44+4 t=RelocType(-32763) type:*[]go.shape.int+0
	rel 48+8 t=R_ADDR type:go.shape.int+0
type:.namedata.*[]go.shape.struct { Key string; Val int }- SRODATA dupok size=44 align=0x1
	0x0000 00 2a 2a 5b 5d 67 6f 2e 73 68 61 70 65 2e 73 74  .**[]go.shape.st
	0x0010 72 75 63 74 20 7b 20 4b 65 79 20 73 74 72 69 6e  ruct { Key strin
	0x0020 67 3b 20 56 61 6c 20 69 6e 74 20 7d              g; Val int }
type:*[]go.shape.struct { Key string; Val int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 56 c0 bc 65 28 08 08 16 00 00 00 00 00 00 00 00  V..e(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.struct { Key string; Val int }-+0
	rel 48+8 t=R_ADDR type:[]go.shape.struct { Key string; Val int }+0
type:[]go.shape.struct { Key string; Val int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b1 0f 3e 72 02 08 08 17 00 00 00 00 00 00 00 00  ..>r............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.struct { Key string; Val int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]go.shape.struct { Key string; Val int }+0
	rel 48+8 t=R_ADDR type:go.shape.struct { Key string; Val int }+0
type:.namedata.*[]go.shape.uint8- SRODATA dupok size=19 align=0x1
	0x0000 00 11 2a 5b 5d 67 6f 2e 73 68 61 70 65 2e 75 69  ..*[]go.shape.ui
	0x0010 6e 74 38                                         nt8
type:*[]go.shape.uint8 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 92 b8 45 62 28 08 08 16 00 00 00 00 00 00 00 00  ..Eb(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.uint8-+0
	rel 48+8 t=R_ADDR type:[]go.shape.uint8+0
type:[]go.shape.uint8 SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c7 4e 73 8b 02 08 08 17 00 00 00 00 00 00 00 00  .Ns.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.uint8-+0
	rel 44+4 t=RelocType(-32763) type:*[]go.shape.uint8+0
	rel 48+8 t=R_ADDR type:go.shape.uint8+0
type:.namedata.*func(go.shape.string) go.shape.int- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 66 75 6e 63 28 67 6f 2e 73 68 61 70 65  .#*func(go.shape
	0x0010 2e 73 74 72 69 6e 67 29 20 67 6f 2e 73 68 61 70  .string) go.shap
	0x0020 65 2e 69 6e 74                                   e.int
type:*func(go.shape.string) go.shape.int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ed b8 c0 bf 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(go.shape.string) go.shape.int-+0
	rel 48+8 t=R_ADDR type:func(go.shape.string) go.shape.int+0
type:func(go.shape.string) go.shape.int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 dc 67 91 7c 22 08 08 13 00 00 00 00 00 00 00 00  .g.|"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(go.shape.string) go.shape.int-+0
	rel 44+4 t=RelocType(-32763) type:*func(go.shape.string) go.shape.int+0
	rel 56+8 t=R_ADDR type:go.shape.string+0
	rel 64+8 t=R_ADDR type:go.shape.int+0
type:.namedata.*func(go.shape.struct { Key string; Val int }, go.shape.struct { Key string; Val int }) bool- SRODATA dupok size=94 align=0x1
	0x0000 00 5c 2a 66 75 6e 63 28 67 6f 2e 73 68 61 70 65  .\*func(go.shape
	0x0010 2e 73 74 72 75 63 74 20 7b 20 4b 65 79 20 73 74  .struct { Key st
	0x0020 72 69 6e 67 3b 20 56 61 6c 20 69 6e 74 20 7d 2c  ring; Val int },
	0x0030 20 67 6f 2e 73 68 61 70 65 2e 73 74 72 75 63 74   go.shape.struct
	0x0040 20 7b 20 4b 65 79 20 73 74 72 69 6e 67 3b 20 56   { Key string; V
	0x0050 61 6c 20 69 6e 74 20 7d 29 20 62 6f 6f 6c        al int }) bool
type:*func(go.shape.struct { Key string; Val int }, go.shape.struct { Key string; Val int }) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 44 a1 bf f8 28 08 08 16 00 00 00 00 00 00 00 00  D...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(go.shape.struct { Key string; Val int }, go.shape.struct { Key string; Val int }) bool-+0
	rel 48+8 t=R_ADDR type:func(go.shape.struct { Key string; Val int }, go.shape.struct { Key string; Val int }) bool+0
type:func(go.shape.struct { Key string; Val int }, go.shape.struct { Key string; Val int }) bool SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0b 05 78 38 22 08 08 13 00 00 00 00 00 00 00 00  ..x8"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(go.shape.struct { Key string; Val int }, go.shape.struct { Key string; Val int }) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(go.shape.struct { Key string; Val int }, go.shape.struct { Key string; Val int }) bool+0
	rel 56+8 t=R_ADDR type:go.shape.struct { Key string; Val int }+0
	rel 64+8 t=R_ADDR type:go.shape.struct { Key string; Val int }+0
	rel 72+8 t=R_ADDR type:bool+0
runtime.gcbits.4900000000000000 SRODATA dupok size=8 align=0x8
	0x0000 49 00 00 00 00 00 00 00                          I.......
runtime.gcbits.1500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 15 00 00 00 00 00 00 00                          ........
gclocals·3Nf0KxzcHw1JLr11btD+gA== SRODATA dupok size=8 align=0x4
	0x0000 06 00 00 00 00 00 00 00                          ........
gclocals·ehAmnQ00z2MnHNKMqdrlNQ== SRODATA dupok size=26 align=0x4
	0x0000 06 00 00 00 16 00 00 00 00 00 00 40 00 00 04 00  ...........@....
	0x0010 00 05 00 00 06 00 00 20 00 00                    ....... ..
main.main.stkobj SRODATA static size=56 align=0x8
	0x0000 03 00 00 00 00 00 00 00 60 ff ff ff 18 00 00 00  ........`.......
	0x0010 08 00 00 00 00 00 00 00 88 ff ff ff 48 00 00 00  ............H...
	0x0020 38 00 00 00 00 00 00 00 d0 ff ff ff 30 00 00 00  8...........0...
	0x0030 28 00 00 00 00 00 00 00                          (.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.4900000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.1500000000000000+0
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.main.func1.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.main.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·cC5rNmVCHyCv6uELS7ccGw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 04 00 00 00 09 00                    ..........
main.main.func2.arginfo1 SRODATA static dupok size=21 align=0x1
	0x0000 fe fe 00 08 08 08 fd 10 08 fd fe fe 18 08 20 08  .............. .
	0x0010 fd 28 08 fd ff                                   .(...
main.main.func2.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·llPtqBDcHNaUq6kEZy0sMw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 05 00 00 00 12 10 00                 ...........
gclocals·ZvOU3wPWgU+dFsNKcz/VTA== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 00 07 00                 ...........
main.MaxBy[go.shape.struct { Key string; Val int }].arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 08 08 10 08 18 08 fd 20 08 ff                 ........ ..
main.MaxBy[go.shape.struct { Key string; Val int }].argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 10                                         ...
gclocals·kOvTagVddwJmTAamSay8Pw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 04 00 00 00 09 08 00                 ...........
main.MaxBy[main.Pair[string,int]].arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 18 08 ff                                         ...
main.MaxBy[main.Pair[string,int]].argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 08                                         ...
gclocals·JnfAVn+HlBgdPzEchG//AQ== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 01 00                    ..........
main.(*Stack[go.shape.string]).Pop.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
main.(*Stack[go.shape.string]).Pop.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·CT7czUD8ydTiqzfoNnvnWQ== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 07 05 00                 ...........
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
main.(*Stack[go.shape.string]).Push.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 08 08 fe 10 08 18 08 fd ff                       .........
main.(*Stack[go.shape.string]).Push.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 0d                                         ...
main.(*Stack[string]).Pop.arginfo1 SRODATA static dupok size=1 align=0x1
	0x0000 ff                                               .
main.(*Stack[string]).Pop.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
main.(*Stack[string]).Push.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 08 08 10 08 fd ff                             .......
main.(*Stack[string]).Push.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·bQz/JIlVfT7NSpUL3uMXfg== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 05 00 00 00 13 11 11 00              ............
gclocals·0YOCjVyYEdCDszNGOi4WsQ== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 02 00 00 00 00 03 02 00              ............
main.Map[go.shape.string,go.shape.int].arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 08 08 10 08 18 08 fd 20 08 ff                 ........ ..
main.Map[go.shape.string,go.shape.int].argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 17                                         ...
gclocals·sKaiJdVr2KeuvhZ+toi6Aw== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 04 00 00 00 09 08 08 00              ............
main.Map[string,int].arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 18 08 ff                                         ...
main.Map[string,int].argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 0b                                         ...
main.Sum[main.MyInt].arginfo1 SRODATA static dupok size=1 align=0x1
	0x0000 ff                                               .
main.Sum[main.MyInt].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.Sum[go.shape.uint8].arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 08 08 10 08 18 08 fd ff                       .........
main.Sum[go.shape.uint8].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Sum[uint8].arginfo1 SRODATA static dupok size=1 align=0x1
	0x0000 ff                                               .
main.Sum[uint8].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Sum[go.shape.float64].arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 08 08 10 08 18 08 fd ff                       .........
main.Sum[go.shape.float64].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Sum[float64].arginfo1 SRODATA static dupok size=1 align=0x1
	0x0000 ff                                               .
main.Sum[float64].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Sum[go.shape.int].arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 08 08 10 08 18 08 fd ff                       .........
main.Sum[go.shape.int].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Sum[int].arginfo1 SRODATA static dupok size=1 align=0x1
	0x0000 ff                                               .
main.Sum[int].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.SM8.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SM8.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
