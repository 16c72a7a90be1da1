funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (method_value_expr.go:18)	TEXT	main.main(SB), ABIInternal, $296-0
     0        00000 (method_value_expr.go:18)	TEXT	main.main(SB), ABIInternal, $296-0
     0     -1 00000 (method_value_expr.go:18)	LEAQ	-168(SP), R12
     8        00008 (method_value_expr.go:18)	CMPQ	R12, 16(R14)
     c        00012 (method_value_expr.go:18)	PCDATA	$0, $-2
     c        00012 (method_value_expr.go:18)	JLS	1282
    12        00018 (method_value_expr.go:18)	PCDATA	$0, $-1
    12        00018 (method_value_expr.go:18)	PUSHQ	BP
    13        00019 (method_value_expr.go:18)	MOVQ	SP, BP
    16        00022 (method_value_expr.go:18)	SUBQ	$288, SP
    1d        00029 (method_value_expr.go:18)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
    1d        00029 (method_value_expr.go:18)	FUNCDATA	$1, gclocals·z4GwWvFdyYR/flAVjwy7bw==(SB)
    1d        00029 (method_value_expr.go:18)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (method_value_expr.go:19)	MOVQ	$1, main.p+88(SP)
    26        00038 (method_value_expr.go:19)	MOVQ	$2, main.p+96(SP)
    2f        00047 (method_value_expr.go:20)	MOVUPS	X15, main..autotmp_26+200(SP)
    38        00056 (method_value_expr.go:20)	LEAQ	main.Point.Sum-fm(SB), AX
    3f        00063 (method_value_expr.go:20)	MOVQ	AX, main..autotmp_26+192(SP)
    47        00071 (method_value_expr.go:20)	MOVQ	main.p+88(SP), CX
    4c        00076 (method_value_expr.go:20)	MOVQ	main.p+96(SP), BX
    51        00081 (method_value_expr.go:20)	MOVQ	CX, main..autotmp_26+200(SP)
    59        00089 (method_value_expr.go:20)	MOVQ	BX, main..autotmp_26+208(SP)
    61        00097 (method_value_expr.go:21)	MOVQ	$100, main.p+88(SP)
    6a        00106 (method_value_expr.go:22)	LEAQ	main..autotmp_26+192(SP), DX
    72        00114 (method_value_expr.go:22)	PCDATA	$1, $0
    72        00114 (method_value_expr.go:22)	CALL	AX
    74        00116 (method_value_expr.go:22)	MOVQ	AX, main..autotmp_63+136(SP)
    7c        00124 (method_value_expr.go:22)	MOVQ	main.p+88(SP), AX
    81      0 00129 (method_value_expr.go:22)	ADDQ	main.p+96(SP), AX
    86        00134 (method_value_expr.go:22)	MOVQ	AX, main.~r0+72(SP)
    8b        00139 (<unknown line number>)	NOP
    8b     -1 00139 (method_value_expr.go:22)	CALL	runtime.printlock(SB)
    90        00144 (method_value_expr.go:22)	LEAQ	go:string."bound value "(SB), AX
    97        00151 (method_value_expr.go:22)	MOVL	$12, BX
    9c        00156 (method_value_expr.go:22)	NOP
    a0        00160 (method_value_expr.go:22)	CALL	runtime.printstring(SB)
    a5        00165 (method_value_expr.go:22)	MOVQ	main..autotmp_63+136(SP), AX
    ad        00173 (method_value_expr.go:22)	CALL	runtime.printint(SB)
    b2        00178 (method_value_expr.go:22)	LEAQ	go:string." current "(SB), AX
    b9        00185 (method_value_expr.go:22)	MOVL	$9, BX
    be        00190 (method_value_expr.go:22)	NOP
    c0        00192 (method_value_expr.go:22)	CALL	runtime.printstring(SB)
    c5        00197 (method_value_expr.go:22)	MOVQ	main.~r0+72(SP), AX
    ca        00202 (method_value_expr.go:22)	CALL	runtime.printint(SB)
    cf        00207 (method_value_expr.go:22)	CALL	runtime.printnl(SB)
    d4        00212 (method_value_expr.go:22)	CALL	runtime.printunlock(SB)
    d9        00217 (method_value_expr.go:24)	LEAQ	main.(*Point).Move-fm(SB), AX
    e0        00224 (method_value_expr.go:24)	MOVQ	AX, main..autotmp_28+264(SP)
    e8        00232 (method_value_expr.go:24)	LEAQ	main.p+88(SP), CX
    ed        00237 (method_value_expr.go:24)	MOVQ	CX, main..autotmp_28+272(SP)
    f5        00245 (method_value_expr.go:25)	MOVL	$1, BX
    fa        00250 (method_value_expr.go:25)	LEAQ	main..autotmp_28+264(SP), DX
   102        00258 (method_value_expr.go:25)	MOVL	BX, AX
   104        00260 (method_value_expr.go:25)	LEAQ	main.(*Point).Move-fm(SB), CX
   10b        00267 (method_value_expr.go:25)	PCDATA	$1, $1
   10b        00267 (method_value_expr.go:25)	CALL	CX
   10d        00269 (method_value_expr.go:26)	MOVQ	main..autotmp_28+264(SP), AX
   115        00277 (method_value_expr.go:26)	MOVL	$1, BX
   11a        00282 (method_value_expr.go:26)	LEAQ	main..autotmp_28+264(SP), DX
   122        00290 (method_value_expr.go:26)	MOVQ	AX, CX
   125        00293 (method_value_expr.go:26)	MOVL	BX, AX
   127        00295 (method_value_expr.go:26)	PCDATA	$1, $0
   127        00295 (method_value_expr.go:26)	CALL	CX
   129        00297 (method_value_expr.go:27)	MOVQ	main.p+88(SP), AX
   12e        00302 (method_value_expr.go:27)	MOVQ	AX, main..autotmp_63+136(SP)
   136        00310 (method_value_expr.go:27)	MOVQ	main.p+96(SP), AX
   13b        00315 (method_value_expr.go:27)	MOVQ	AX, main..autotmp_64+128(SP)
   143        00323 (method_value_expr.go:27)	CALL	runtime.printlock(SB)
   148        00328 (method_value_expr.go:27)	LEAQ	go:string."after moves "(SB), AX
   14f        00335 (method_value_expr.go:27)	MOVL	$12, BX
   154        00340 (method_value_expr.go:27)	CALL	runtime.printstring(SB)
   159        00345 (method_value_expr.go:27)	MOVQ	main..autotmp_63+136(SP), AX
   161        00353 (method_value_expr.go:27)	CALL	runtime.printint(SB)
   166        00358 (method_value_expr.go:27)	CALL	runtime.printsp(SB)
   16b        00363 (method_value_expr.go:27)	MOVQ	main..autotmp_64+128(SP), AX
   173        00371 (method_value_expr.go:27)	CALL	runtime.printint(SB)
   178        00376 (method_value_expr.go:27)	CALL	runtime.printnl(SB)
   17d        00381 (method_value_expr.go:27)	NOP
   180        00384 (method_value_expr.go:27)	CALL	runtime.printunlock(SB)
   185        00389 (method_value_expr.go:30)	MOVL	$16, AX
   18a        00394 (method_value_expr.go:30)	LEAQ	type:main.Point(SB), BX
   191        00401 (method_value_expr.go:30)	MOVL	$1, CX
   196        00406 (method_value_expr.go:30)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
   19b        00411 (method_value_expr.go:30)	MOVQ	AX, main.&q+280(SP)
   1a3        00419 (<unknown line number>)	NOP
   1a3        00419 (method_value_expr.go:30)	MOVQ	$15, (AX)
   1aa        00426 (method_value_expr.go:30)	MOVQ	$20, 8(AX)
   1b2        00434 (method_value_expr.go:31)	PCDATA	$1, $2
   1b2        00434 (method_value_expr.go:31)	CALL	runtime.printlock(SB)
   1b7        00439 (method_value_expr.go:31)	LEAQ	go:string."expr Scale "(SB), AX
   1be        00446 (method_value_expr.go:31)	MOVL	$11, BX
   1c3        00451 (method_value_expr.go:31)	CALL	runtime.printstring(SB)
   1c8        00456 (method_value_expr.go:31)	MOVL	$15, AX
   1cd        00461 (method_value_expr.go:31)	CALL	runtime.printint(SB)
   1d2        00466 (method_value_expr.go:31)	CALL	runtime.printsp(SB)
   1d7        00471 (method_value_expr.go:31)	MOVL	$20, AX
   1dc        00476 (method_value_expr.go:31)	NOP
   1e0        00480 (method_value_expr.go:31)	CALL	runtime.printint(SB)
   1e5        00485 (method_value_expr.go:31)	CALL	runtime.printnl(SB)
   1ea        00490 (method_value_expr.go:31)	CALL	runtime.printunlock(SB)
   1ef      1 00495 (method_value_expr.go:34)	MOVQ	main.&q+280(SP), AX
   1f7        00503 (method_value_expr.go:34)	MOVQ	(AX), CX
   1fa        00506 (method_value_expr.go:34)	ADDQ	$-15, CX
   1fe        00510 (method_value_expr.go:34)	MOVQ	CX, main..autotmp_63+136(SP)
   206     -1 00518 (method_value_expr.go:34)	XCHGL	AX, AX
   207      1 00519 (method_value_expr.go:34)	MOVQ	CX, (AX)
   20a        00522 (method_value_expr.go:34)	MOVQ	8(AX), CX
   20e        00526 (method_value_expr.go:34)	ADDQ	$-20, CX
   212        00530 (method_value_expr.go:34)	MOVQ	CX, main..autotmp_64+128(SP)
   21a        00538 (method_value_expr.go:34)	MOVQ	CX, 8(AX)
   21e        00542 (method_value_expr.go:34)	NOP
   220     -1 00544 (method_value_expr.go:35)	CALL	runtime.printlock(SB)
   225        00549 (method_value_expr.go:35)	LEAQ	go:string."expr Move "(SB), AX
   22c        00556 (method_value_expr.go:35)	MOVL	$10, BX
   231        00561 (method_value_expr.go:35)	CALL	runtime.printstring(SB)
   236        00566 (method_value_expr.go:35)	MOVQ	main..autotmp_63+136(SP), AX
   23e        00574 (method_value_expr.go:35)	NOP
   240        00576 (method_value_expr.go:35)	CALL	runtime.printint(SB)
   245        00581 (method_value_expr.go:35)	CALL	runtime.printsp(SB)
   24a        00586 (method_value_expr.go:35)	MOVQ	main..autotmp_64+128(SP), AX
   252        00594 (method_value_expr.go:35)	CALL	runtime.printint(SB)
   257        00599 (method_value_expr.go:35)	CALL	runtime.printnl(SB)
   25c        00604 (method_value_expr.go:35)	NOP
   260        00608 (method_value_expr.go:35)	CALL	runtime.printunlock(SB)
   265        00613 (method_value_expr.go:38)	MOVQ	main.(*Point).Sum·f(SB), AX
   26c        00620 (method_value_expr.go:38)	LEAQ	main.(*Point).Sum·f(SB), DX
   273        00627 (method_value_expr.go:38)	MOVQ	AX, CX
   276        00630 (method_value_expr.go:38)	MOVQ	main.&q+280(SP), AX
   27e        00638 (method_value_expr.go:38)	PCDATA	$1, $0
   27e        00638 (method_value_expr.go:38)	NOP
   280        00640 (method_value_expr.go:38)	CALL	CX
   282        00642 (method_value_expr.go:38)	MOVQ	AX, main..autotmp_63+136(SP)
   28a        00650 (method_value_expr.go:38)	CALL	runtime.printlock(SB)
   28f        00655 (method_value_expr.go:38)	LEAQ	go:string."ptr expr Sum "(SB), AX
   296        00662 (method_value_expr.go:38)	MOVL	$13, BX
   29b        00667 (method_value_expr.go:38)	NOP
   2a0        00672 (method_value_expr.go:38)	CALL	runtime.printstring(SB)
   2a5        00677 (method_value_expr.go:38)	MOVQ	main..autotmp_63+136(SP), AX
   2ad        00685 (method_value_expr.go:38)	CALL	runtime.printint(SB)
   2b2        00690 (method_value_expr.go:38)	CALL	runtime.printnl(SB)
   2b7        00695 (method_value_expr.go:38)	CALL	runtime.printunlock(SB)
   2bc        00700 (method_value_expr.go:40)	MOVQ	$1, main..autotmp_36+144(SP)
   2c8        00712 (method_value_expr.go:40)	MOVQ	$1, main..autotmp_36+152(SP)
   2d4        00724 (method_value_expr.go:40)	MOVQ	$2, main..autotmp_36+160(SP)
   2e0        00736 (method_value_expr.go:40)	MOVQ	$3, main..autotmp_36+168(SP)
   2ec        00748 (method_value_expr.go:40)	MOVQ	$5, main..autotmp_36+176(SP)
   2f8        00760 (method_value_expr.go:40)	MOVQ	$8, main..autotmp_36+184(SP)
   304        00772 (method_value_expr.go:40)	XORL	AX, AX
   306        00774 (method_value_expr.go:40)	XORL	CX, CX
   308        00776 (method_value_expr.go:40)	XORL	DX, DX
   30a        00778 (method_value_expr.go:40)	XORL	BX, BX
   30c        00780 (method_value_expr.go:40)	XORL	SI, SI
   30e        00782 (method_value_expr.go:42)	JMP	801
   310        00784 (method_value_expr.go:43)	PCDATA	$0, $-2
   310        00784 (method_value_expr.go:43)	MOVQ	AX, -8(BX)(DX*8)
   315        00789 (method_value_expr.go:42)	PCDATA	$0, $-1
   315        00789 (method_value_expr.go:42)	LEAQ	1(DI), AX
   319        00793 (method_value_expr.go:42)	MOVQ	CX, DI
   31c        00796 (method_value_expr.go:42)	MOVL	SI, CX
   31e        00798 (method_value_expr.go:42)	MOVQ	DI, SI
   321        00801 (method_value_expr.go:42)	CMPQ	AX, $3
   325        00805 (method_value_expr.go:42)	JGE	1093
   32b        00811 (method_value_expr.go:42)	MOVQ	SI, main.fs.cap+120(SP)
   330        00816 (method_value_expr.go:42)	MOVQ	DX, main.fs.len+112(SP)
   335        00821 (method_value_expr.go:42)	MOVQ	AX, main.i+104(SP)
   33a        00826 (method_value_expr.go:42)	MOVQ	BX, main.fs.ptr+216(SP)
   342        00834 (method_value_expr.go:42)	MOVB	CL, main..autotmp_65+71(SP)
   346        00838 (method_value_expr.go:43)	MOVL	$24, AX
   34b        00843 (method_value_expr.go:43)	LEAQ	type:noalg.struct { F uintptr; R main.Point }(SB), BX
   352        00850 (method_value_expr.go:43)	MOVL	$1, CX
   357        00855 (method_value_expr.go:43)	PCDATA	$1, $3
   357        00855 (method_value_expr.go:43)	CALL	runtime.mallocgcSmallNoScanSC3(SB)
   35c        00860 (method_value_expr.go:43)	LEAQ	main.Point.Sum-fm(SB), DX
   363        00867 (method_value_expr.go:43)	MOVQ	DX, (AX)
   366        00870 (method_value_expr.go:43)	MOVQ	main.fs.len+112(SP), BX
   36b        00875 (method_value_expr.go:43)	LEAQ	1(BX), DX
   36f        00879 (method_value_expr.go:43)	MOVQ	main.i+104(SP), SI
   374        00884 (method_value_expr.go:43)	MOVQ	SI, DI
   377        00887 (method_value_expr.go:43)	SHLQ	$4, SI
   37b        00891 (method_value_expr.go:43)	MOVQ	main..autotmp_36+144(SP)(SI*1), R8
   383        00899 (method_value_expr.go:43)	MOVQ	main..autotmp_36+152(SP)(SI*1), SI
   38b        00907 (method_value_expr.go:43)	MOVQ	R8, 8(AX)
   38f        00911 (method_value_expr.go:43)	MOVQ	SI, 16(AX)
   393        00915 (method_value_expr.go:43)	MOVQ	main.fs.cap+120(SP), CX
   398        00920 (method_value_expr.go:43)	CMPQ	CX, DX
   39b        00923 (method_value_expr.go:43)	JCS	940
   39d        00925 (method_value_expr.go:43)	MOVQ	main.fs.ptr+216(SP), BX
   3a5        00933 (method_value_expr.go:43)	MOVBLZX	main..autotmp_65+71(SP), SI
   3aa        00938 (method_value_expr.go:43)	JMP	1053
   3ac        00940 (method_value_expr.go:43)	MOVQ	AX, main..autotmp_66+224(SP)
   3b4        00948 (method_value_expr.go:43)	CMPQ	DX, $4
   3b8        00952 (method_value_expr.go:43)	JGT	999
   3ba        00954 (method_value_expr.go:42)	MOVBLZX	main..autotmp_65+71(SP), R8
   3c0        00960 (method_value_expr.go:42)	TESTB	R8B, R8B
   3c3        00963 (method_value_expr.go:43)	JNE	999
   3c5        00965 (method_value_expr.go:43)	TESTQ	BX, BX
   3c8        00968 (method_value_expr.go:43)	JNE	999
   3ca        00970 (method_value_expr.go:43)	LEAQ	main..autotmp_44+232(SP), BX
   3d2        00978 (method_value_expr.go:43)	MOVUPS	X15, (BX)
   3d6        00982 (method_value_expr.go:43)	MOVUPS	X15, 16(BX)
   3db        00987 (method_value_expr.go:43)	MOVL	$4, CX
   3e0        00992 (method_value_expr.go:43)	MOVL	$1, SI
   3e5        00997 (method_value_expr.go:43)	JMP	1053
   3e7        00999 (method_value_expr.go:43)	MOVQ	main.fs.ptr+216(SP), AX
   3ef        01007 (method_value_expr.go:43)	MOVQ	DX, BX
   3f2        01010 (method_value_expr.go:43)	MOVL	$1, DI
   3f7        01015 (method_value_expr.go:43)	LEAQ	type:func() int(SB), SI
   3fe        01022 (method_value_expr.go:43)	PCDATA	$1, $4
   3fe        01022 (method_value_expr.go:43)	NOP
   400        01024 (method_value_expr.go:43)	CALL	runtime.growslice(SB)
   405        01029 (method_value_expr.go:42)	MOVQ	main.i+104(SP), DI
   40a        01034 (method_value_expr.go:43)	MOVQ	BX, DX
   40d        01037 (method_value_expr.go:43)	MOVQ	AX, BX
   410        01040 (method_value_expr.go:43)	MOVBLZX	main..autotmp_65+71(SP), SI
   415        01045 (method_value_expr.go:43)	MOVQ	main..autotmp_66+224(SP), AX
   41d        01053 (method_value_expr.go:43)	CMPL	runtime.writeBarrier(SB), $0
   424        01060 (method_value_expr.go:43)	PCDATA	$0, $-2
   424        01060 (method_value_expr.go:43)	JEQ	784
   42a        01066 (method_value_expr.go:43)	MOVQ	-8(BX)(DX*8), R8
   42f        01071 (method_value_expr.go:43)	CALL	runtime.gcWriteBarrier2(SB)
   434        01076 (method_value_expr.go:43)	MOVQ	AX, (R11)
   437        01079 (method_value_expr.go:43)	MOVQ	R8, 8(R11)
   43b        01083 (method_value_expr.go:43)	NOP
   440        01088 (method_value_expr.go:43)	JMP	784
   445        01093 (method_value_expr.go:45)	PCDATA	$0, $-1
   445        01093 (method_value_expr.go:45)	MOVQ	$1000, main..autotmp_36+144(SP)
   451        01105 (method_value_expr.go:46)	LEAQ	+304(FP), SI
   459        01113 (method_value_expr.go:46)	SUBQ	SP, SI
   45c        01116 (method_value_expr.go:46)	MOVQ	BX, DI
   45f        01119 (method_value_expr.go:46)	SUBQ	SP, DI
   462        01122 (method_value_expr.go:46)	CMPQ	DI, SI
   465        01125 (method_value_expr.go:46)	JCC	1148
   467        01127 (method_value_expr.go:46)	LEAQ	type:func() int(SB), AX
   46e        01134 (method_value_expr.go:46)	MOVQ	DX, CX
   471        01137 (method_value_expr.go:46)	PCDATA	$1, $0
   471        01137 (method_value_expr.go:46)	CALL	runtime.moveSliceNoCap(SB)
   476        01142 (method_value_expr.go:46)	MOVQ	BX, DX
   479        01145 (method_value_expr.go:46)	MOVQ	AX, BX
   47c        01148 (method_value_expr.go:46)	MOVQ	BX, main.fs.ptr+216(SP)
   484        01156 (method_value_expr.go:46)	MOVQ	DX, main.fs.len+112(SP)
   489        01161 (<unknown line number>)	NOP
   489        01161 (method_value_expr.go:46)	XORL	AX, AX
   48b        01163 (method_value_expr.go:46)	XORL	CX, CX
   48d      2 01165 (method_value_expr.go:46)	JMP	1218
   48f        01167 (method_value_expr.go:46)	MOVQ	AX, main..autotmp_63+136(SP)
   497        01175 (method_value_expr.go:46)	MOVQ	(BX)(AX*8), DX
   49b        01179 (method_value_expr.go:46)	MOVQ	(DX), AX
   49e        01182 (method_value_expr.go:46)	PCDATA	$1, $3
   49e        01182 (method_value_expr.go:46)	NOP
   4a0        01184 (method_value_expr.go:46)	CALL	AX
   4a2        01186 (method_value_expr.go:46)	MOVQ	main.t+80(SP), CX
   4a7        01191 (method_value_expr.go:46)	ADDQ	AX, CX
   4aa        01194 (method_value_expr.go:46)	MOVQ	main..autotmp_63+136(SP), AX
   4b2        01202 (method_value_expr.go:46)	INCQ	AX
   4b5        01205 (method_value_expr.go:46)	MOVQ	main.fs.len+112(SP), DX
   4ba        01210 (method_value_expr.go:46)	MOVQ	main.fs.ptr+216(SP), BX
   4c2        01218 (method_value_expr.go:46)	MOVQ	CX, main.t+80(SP)
   4c7        01223 (method_value_expr.go:46)	CMPQ	AX, DX
   4ca        01226 (method_value_expr.go:46)	JLT	1167
   4cc        01228 (method_value_expr.go:46)	PCDATA	$1, $0
   4cc     -1 01228 (method_value_expr.go:46)	CALL	runtime.printlock(SB)
   4d1        01233 (method_value_expr.go:46)	LEAQ	go:string."callAll "(SB), AX
   4d8        01240 (method_value_expr.go:46)	MOVL	$8, BX
   4dd        01245 (method_value_expr.go:46)	NOP
   4e0        01248 (method_value_expr.go:46)	CALL	runtime.printstring(SB)
   4e5        01253 (method_value_expr.go:46)	MOVQ	main.t+80(SP), AX
   4ea        01258 (method_value_expr.go:46)	CALL	runtime.printint(SB)
   4ef        01263 (method_value_expr.go:46)	CALL	runtime.printnl(SB)
   4f4        01268 (method_value_expr.go:46)	CALL	runtime.printunlock(SB)
   4f9        01273 (method_value_expr.go:47)	ADDQ	$288, SP
   500        01280 (method_value_expr.go:47)	POPQ	BP
   501        01281 (method_value_expr.go:47)	RET
   502        01282 (method_value_expr.go:47)	NOP
   502        01282 (method_value_expr.go:18)	PCDATA	$1, $-1
   502        01282 (method_value_expr.go:18)	PCDATA	$0, $-2
   502        01282 (method_value_expr.go:18)	CALL	runtime.morestack_noctxt(SB)
   507        01287 (method_value_expr.go:18)	PCDATA	$0, $-1
   507        01287 (method_value_expr.go:18)	JMP	0
   50c done
wrote 22 bytes to 0x0
 00 81 01 02 0a 01 e4 02 04 17 03 01 04 19 03 ed 04 06 3f 05 40 00
-- inlining tree for main.main:
0 | -1 | main.Point.Sum (method_value_expr.go:22:48) pc=106
1 | -1 | main.(*Point).Move (method_value_expr.go:34:3) pc=518
2 | -1 | main.callAll (method_value_expr.go:46:28) pc=1105
--
funcpctab main.(*Point).Scale [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Point).Scale(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-16
     0        00000 (<autogenerated>:1)	TEXT	main.(*Point).Scale(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-16
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Point).Scale.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Point).Scale.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	29
     9        00009 (<autogenerated>:1)	MOVQ	(AX), CX
     c        00012 (<autogenerated>:1)	MOVQ	8(AX), DX
    10      0 00016 (<autogenerated>:1)	IMULQ	BX, CX
    14        00020 (<autogenerated>:1)	IMULQ	DX, BX
    18        00024 (<unknown line number>)	NOP
    18     -1 00024 (<autogenerated>:1)	MOVQ	CX, AX
    1b        00027 (<autogenerated>:1)	POPQ	BP
    1c        00028 (<autogenerated>:1)	RET
    1d        00029 (<autogenerated>:1)	PCDATA	$1, $1
    1d        00029 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    25        00037 (<autogenerated>:1)	XCHGL	AX, AX
    26 done
wrote 7 bytes to 0x0
 00 10 02 08 01 0e 00
-- inlining tree for main.(*Point).Scale:
0 | -1 | main.Point.Scale (<autogenerated>:1) pc=4
--
funcpctab main.(*Point).Sum [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Point).Sum(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Point).Sum(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Point).Sum.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Point).Sum.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	21
     9        00009 (<autogenerated>:1)	MOVQ	(AX), CX
     c      0 00012 (<autogenerated>:1)	ADDQ	8(AX), CX
    10        00016 (<unknown line number>)	NOP
    10     -1 00016 (<autogenerated>:1)	MOVQ	CX, AX
    13        00019 (<autogenerated>:1)	POPQ	BP
    14        00020 (<autogenerated>:1)	RET
    15        00021 (<autogenerated>:1)	PCDATA	$1, $1
    15        00021 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    1a        00026 (<autogenerated>:1)	XCHGL	AX, AX
    1b done
wrote 7 bytes to 0x0
 00 0c 02 04 01 0b 00
-- inlining tree for main.(*Point).Sum:
0 | -1 | main.Point.Sum (<autogenerated>:1) pc=4
--
funcpctab main.(*Point).Move-fm [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Point).Move-fm(SB), DUPOK|NOSPLIT|WRAPPER|NEEDCTXT|NOFRAME|ABIInternal, $0-16
     0        00000 (<autogenerated>:1)	TEXT	main.(*Point).Move-fm(SB), DUPOK|NOSPLIT|WRAPPER|NEEDCTXT|NOFRAME|ABIInternal, $0-16
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Point).Move-fm.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Point).Move-fm.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVQ	8(DX), CX
     4        00004 (<unknown line number>)	NOP
     4      0 00004 (<autogenerated>:1)	ADDQ	AX, (CX)
     7        00007 (<autogenerated>:1)	ADDQ	BX, 8(CX)
     b     -1 00011 (<autogenerated>:1)	RET
     c done
wrote 7 bytes to 0x0
 00 04 02 07 01 01 00
-- inlining tree for main.(*Point).Move-fm:
0 | -1 | main.(*Point).Move (<autogenerated>:1) pc=0
--
funcpctab main.Point.Sum-fm [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Point.Sum-fm(SB), DUPOK|NOSPLIT|WRAPPER|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (<autogenerated>:1)	TEXT	main.Point.Sum-fm(SB), DUPOK|NOSPLIT|WRAPPER|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (<autogenerated>:1)	MOVQ	8(DX), AX
     4      0 00004 (<autogenerated>:1)	ADDQ	16(DX), AX
     8        00008 (<unknown line number>)	NOP
     8     -1 00008 (<autogenerated>:1)	RET
     9 done
wrote 7 bytes to 0x0
 00 04 02 04 01 01 00
-- inlining tree for main.Point.Sum-fm:
0 | -1 | main.Point.Sum (<autogenerated>:1) pc=0
--
funcpctab main.callAll [valfunc=pctoinline]
     0     -1 00000 (method_value_expr.go:10)	TEXT	main.callAll(SB), ABIInternal, $24-24
     0        00000 (method_value_expr.go:10)	TEXT	main.callAll(SB), ABIInternal, $24-24
     0     -1 00000 (method_value_expr.go:10)	CMPQ	SP, 16(R14)
     4        00004 (method_value_expr.go:10)	PCDATA	$0, $-2
     4        00004 (method_value_expr.go:10)	JLS	88
     6        00006 (method_value_expr.go:10)	PCDATA	$0, $-1
     6        00006 (method_value_expr.go:10)	PUSHQ	BP
     7        00007 (method_value_expr.go:10)	MOVQ	SP, BP
     a        00010 (method_value_expr.go:10)	SUBQ	$16, SP
     e        00014 (method_value_expr.go:10)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (method_value_expr.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (method_value_expr.go:10)	FUNCDATA	$5, main.callAll.arginfo1(SB)
     e        00014 (method_value_expr.go:10)	FUNCDATA	$6, main.callAll.argliveinfo(SB)
     e        00014 (method_value_expr.go:10)	PCDATA	$3, $1
     e        00014 (method_value_expr.go:12)	MOVQ	BX, main.fs+40(SP)
    13        00019 (method_value_expr.go:12)	MOVQ	AX, main.fs+32(SP)
    18        00024 (method_value_expr.go:12)	PCDATA	$3, $2
    18        00024 (method_value_expr.go:12)	XORL	CX, CX
    1a        00026 (method_value_expr.go:12)	XORL	DX, DX
    1c        00028 (method_value_expr.go:12)	JMP	74
    1e        00030 (method_value_expr.go:12)	MOVQ	CX, main..autotmp_8+8(SP)
    23        00035 (method_value_expr.go:12)	MOVQ	DX, main.t(SP)
    27        00039 (method_value_expr.go:12)	MOVQ	(AX)(CX*8), DX
    2b        00043 (method_value_expr.go:13)	MOVQ	(DX), AX
    2e        00046 (method_value_expr.go:13)	PCDATA	$1, $0
    2e        00046 (method_value_expr.go:13)	CALL	AX
    30        00048 (method_value_expr.go:13)	MOVQ	main.t(SP), CX
    34        00052 (method_value_expr.go:13)	LEAQ	(AX)(CX*1), DX
    38        00056 (method_value_expr.go:12)	MOVQ	main..autotmp_8+8(SP), CX
    3d        00061 (method_value_expr.go:12)	INCQ	CX
    40        00064 (method_value_expr.go:12)	MOVQ	main.fs+32(SP), AX
    45        00069 (method_value_expr.go:12)	MOVQ	main.fs+40(SP), BX
    4a        00074 (method_value_expr.go:12)	CMPQ	BX, CX
    4d        00077 (method_value_expr.go:12)	JGT	30
    4f        00079 (method_value_expr.go:15)	MOVQ	DX, AX
    52        00082 (method_value_expr.go:15)	ADDQ	$16, SP
    56        00086 (method_value_expr.go:15)	POPQ	BP
    57        00087 (method_value_expr.go:15)	RET
    58        00088 (method_value_expr.go:15)	NOP
    58        00088 (method_value_expr.go:10)	PCDATA	$1, $-1
    58        00088 (method_value_expr.go:10)	PCDATA	$0, $-2
    58        00088 (method_value_expr.go:10)	MOVQ	AX, 8(SP)
    5d        00093 (method_value_expr.go:10)	MOVQ	BX, 16(SP)
    62        00098 (method_value_expr.go:10)	MOVQ	CX, 24(SP)
    67        00103 (method_value_expr.go:10)	CALL	runtime.morestack_noctxt(SB)
    6c        00108 (method_value_expr.go:10)	PCDATA	$0, $-1
    6c        00108 (method_value_expr.go:10)	MOVQ	8(SP), AX
    71        00113 (method_value_expr.go:10)	MOVQ	16(SP), BX
    76        00118 (method_value_expr.go:10)	MOVQ	24(SP), CX
    7b        00123 (method_value_expr.go:10)	JMP	0
    7d done
wrote 3 bytes to 0x0
 00 7d 00
funcpctab main.(*Point).Move [valfunc=pctoinline]
     0     -1 00000 (method_value_expr.go:8)	TEXT	main.(*Point).Move(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (method_value_expr.go:8)	TEXT	main.(*Point).Move(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (method_value_expr.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (method_value_expr.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (method_value_expr.go:8)	FUNCDATA	$5, main.(*Point).Move.arginfo1(SB)
     0        00000 (method_value_expr.go:8)	FUNCDATA	$6, main.(*Point).Move.argliveinfo(SB)
     0        00000 (method_value_expr.go:8)	PCDATA	$3, $1
     0     -1 00000 (method_value_expr.go:8)	ADDQ	BX, (AX)
     3        00003 (method_value_expr.go:8)	ADDQ	CX, 8(AX)
     7        00007 (method_value_expr.go:8)	RET
     8 done
wrote 3 bytes to 0x0
 00 08 00
funcpctab main.Point.Scale [valfunc=pctoinline]
     0     -1 00000 (method_value_expr.go:7)	TEXT	main.Point.Scale(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (method_value_expr.go:7)	TEXT	main.Point.Scale(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (method_value_expr.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (method_value_expr.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (method_value_expr.go:7)	FUNCDATA	$5, main.Point.Scale.arginfo1(SB)
     0        00000 (method_value_expr.go:7)	FUNCDATA	$6, main.Point.Scale.argliveinfo(SB)
     0        00000 (method_value_expr.go:7)	PCDATA	$3, $1
     0     -1 00000 (method_value_expr.go:7)	IMULQ	CX, AX
     4        00004 (method_value_expr.go:7)	IMULQ	CX, BX
     8        00008 (method_value_expr.go:7)	RET
     9 done
wrote 3 bytes to 0x0
 00 09 00
funcpctab main.Point.Sum [valfunc=pctoinline]
     0     -1 00000 (method_value_expr.go:6)	TEXT	main.Point.Sum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (method_value_expr.go:6)	TEXT	main.Point.Sum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (method_value_expr.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (method_value_expr.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (method_value_expr.go:6)	FUNCDATA	$5, main.Point.Sum.arginfo1(SB)
     0        00000 (method_value_expr.go:6)	FUNCDATA	$6, main.Point.Sum.argliveinfo(SB)
     0        00000 (method_value_expr.go:6)	PCDATA	$3, $1
     0     -1 00000 (method_value_expr.go:6)	ADDQ	BX, AX
     3        00003 (method_value_expr.go:6)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
main.Point.Sum STEXT nosplit size=4 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (method_value_expr.go:6)	TEXT	main.Point.Sum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (method_value_expr.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (method_value_expr.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (method_value_expr.go:6)	FUNCDATA	$5, main.Point.Sum.arginfo1(SB)
	0x0000 00000 (method_value_expr.go:6)	FUNCDATA	$6, main.Point.Sum.argliveinfo(SB)
	0x0000 00000 (method_value_expr.go:6)	PCDATA	$3, $1
	0x0000 00000 (method_value_expr.go:6)	ADDQ	BX, AX
	0x0003 00003 (method_value_expr.go:6)	RET
	0x0000 48 01 d8 c3                                      H...
main.Point.Scale STEXT nosplit size=9 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (method_value_expr.go:7)	TEXT	main.Point.Scale(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (method_value_expr.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (method_value_expr.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (method_value_expr.go:7)	FUNCDATA	$5, main.Point.Scale.arginfo1(SB)
	0x0000 00000 (method_value_expr.go:7)	FUNCDATA	$6, main.Point.Scale.argliveinfo(SB)
	0x0000 00000 (method_value_expr.go:7)	PCDATA	$3, $1
	0x0000 00000 (method_value_expr.go:7)	IMULQ	CX, AX
	0x0004 00004 (method_value_expr.go:7)	IMULQ	CX, BX
	0x0008 00008 (method_value_expr.go:7)	RET
	0x0000 48 0f af c1 48 0f af d9 c3                       H...H....
main.(*Point).Move STEXT nosplit size=8 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (method_value_expr.go:8)	TEXT	main.(*Point).Move(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (method_value_expr.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (method_value_expr.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (method_value_expr.go:8)	FUNCDATA	$5, main.(*Point).Move.arginfo1(SB)
	0x0000 00000 (method_value_expr.go:8)	FUNCDATA	$6, main.(*Point).Move.argliveinfo(SB)
	0x0000 00000 (method_value_expr.go:8)	PCDATA	$3, $1
	0x0000 00000 (method_value_expr.go:8)	ADDQ	BX, (AX)
	0x0003 00003 (method_value_expr.go:8)	ADDQ	CX, 8(AX)
	0x0007 00007 (method_value_expr.go:8)	RET
	0x0000 48 01 18 48 01 48 08 c3                          H..H.H..
main.callAll STEXT size=125 align=0x0 args=0x18 locals=0x18 funcid=0x0
	0x0000 00000 (method_value_expr.go:10)	TEXT	main.callAll(SB), ABIInternal, $24-24
	0x0000 00000 (method_value_expr.go:10)	CMPQ	SP, 16(R14)
	0x0004 00004 (method_value_expr.go:10)	PCDATA	$0, $-2
	0x0004 00004 (method_value_expr.go:10)	JLS	88
	0x0006 00006 (method_value_expr.go:10)	PCDATA	$0, $-1
	0x0006 00006 (method_value_expr.go:10)	PUSHQ	BP
	0x0007 00007 (method_value_expr.go:10)	MOVQ	SP, BP
	0x000a 00010 (method_value_expr.go:10)	SUBQ	$16, SP
	0x000e 00014 (method_value_expr.go:10)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (method_value_expr.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (method_value_expr.go:10)	FUNCDATA	$5, main.callAll.arginfo1(SB)
	0x000e 00014 (method_value_expr.go:10)	FUNCDATA	$6, main.callAll.argliveinfo(SB)
	0x000e 00014 (method_value_expr.go:10)	PCDATA	$3, $1
	0x000e 00014 (method_value_expr.go:12)	MOVQ	BX, main.fs+40(SP)
	0x0013 00019 (method_value_expr.go:12)	MOVQ	AX, main.fs+32(SP)
	0x0018 00024 (method_value_expr.go:12)	PCDATA	$3, $2
	0x0018 00024 (method_value_expr.go:12)	XORL	CX, CX
	0x001a 00026 (method_value_expr.go:12)	XORL	DX, DX
	0x001c 00028 (method_value_expr.go:12)	JMP	74
	0x001e 00030 (method_value_expr.go:12)	MOVQ	CX, main..autotmp_8+8(SP)
	0x0023 00035 (method_value_expr.go:12)	MOVQ	DX, main.t(SP)
	0x0027 00039 (method_value_expr.go:12)	MOVQ	(AX)(CX*8), DX
	0x002b 00043 (method_value_expr.go:13)	MOVQ	(DX), AX
	0x002e 00046 (method_value_expr.go:13)	PCDATA	$1, $0
	0x002e 00046 (method_value_expr.go:13)	CALL	AX
	0x0030 00048 (method_value_expr.go:13)	MOVQ	main.t(SP), CX
	0x0034 00052 (method_value_expr.go:13)	LEAQ	(AX)(CX*1), DX
	0x0038 00056 (method_value_expr.go:12)	MOVQ	main..autotmp_8+8(SP), CX
	0x003d 00061 (method_value_expr.go:12)	INCQ	CX
	0x0040 00064 (method_value_expr.go:12)	MOVQ	main.fs+32(SP), AX
	0x0045 00069 (method_value_expr.go:12)	MOVQ	main.fs+40(SP), BX
	0x004a 00074 (method_value_expr.go:12)	CMPQ	BX, CX
	0x004d 00077 (method_value_expr.go:12)	JGT	30
	0x004f 00079 (method_value_expr.go:15)	MOVQ	DX, AX
	0x0052 00082 (method_value_expr.go:15)	ADDQ	$16, SP
	0x0056 00086 (method_value_expr.go:15)	POPQ	BP
	0x0057 00087 (method_value_expr.go:15)	RET
	0x0058 00088 (method_value_expr.go:15)	NOP
	0x0058 00088 (method_value_expr.go:10)	PCDATA	$1, $-1
	0x0058 00088 (method_value_expr.go:10)	PCDATA	$0, $-2
	0x0058 00088 (method_value_expr.go:10)	MOVQ	AX, 8(SP)
	0x005d 00093 (method_value_expr.go:10)	MOVQ	BX, 16(SP)
	0x0062 00098 (method_value_expr.go:10)	MOVQ	CX, 24(SP)
	0x0067 00103 (method_value_expr.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x006c 00108 (method_value_expr.go:10)	PCDATA	$0, $-1
	0x006c 00108 (method_value_expr.go:10)	MOVQ	8(SP), AX
	0x0071 00113 (method_value_expr.go:10)	MOVQ	16(SP), BX
	0x0076 00118 (method_value_expr.go:10)	MOVQ	24(SP), CX
	0x007b 00123 (method_value_expr.go:10)	JMP	0
	0x0000 49 3b 66 10 76 52 55 48 89 e5 48 83 ec 10 48 89  I;f.vRUH..H...H.
	0x0010 5c 24 28 48 89 44 24 20 31 c9 31 d2 eb 2c 48 89  \$(H.D$ 1.1..,H.
	0x0020 4c 24 08 48 89 14 24 48 8b 14 c8 48 8b 02 ff d0  L$.H..$H...H....
	0x0030 48 8b 0c 24 48 8d 14 08 48 8b 4c 24 08 48 ff c1  H..$H...H.L$.H..
	0x0040 48 8b 44 24 20 48 8b 5c 24 28 48 39 cb 7f cf 48  H.D$ H.\$(H9...H
	0x0050 89 d0 48 83 c4 10 5d c3 48 89 44 24 08 48 89 5c  ..H...].H.D$.H.\
	0x0060 24 10 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24  $.H.L$......H.D$
	0x0070 08 48 8b 5c 24 10 48 8b 4c 24 18 eb 83           .H.\$.H.L$...
	rel 46+0 t=R_CALLIND +0
	rel 104+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=1292 align=0x0 args=0x0 locals=0x128 funcid=0x0
	0x0000 00000 (method_value_expr.go:18)	TEXT	main.main(SB), ABIInternal, $296-0
	0x0000 00000 (method_value_expr.go:18)	LEAQ	-168(SP), R12
	0x0008 00008 (method_value_expr.go:18)	CMPQ	R12, 16(R14)
	0x000c 00012 (method_value_expr.go:18)	PCDATA	$0, $-2
	0x000c 00012 (method_value_expr.go:18)	JLS	1282
	0x0012 00018 (method_value_expr.go:18)	PCDATA	$0, $-1
	0x0012 00018 (method_value_expr.go:18)	PUSHQ	BP
	0x0013 00019 (method_value_expr.go:18)	MOVQ	SP, BP
	0x0016 00022 (method_value_expr.go:18)	SUBQ	$288, SP
	0x001d 00029 (method_value_expr.go:18)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x001d 00029 (method_value_expr.go:18)	FUNCDATA	$1, gclocals·z4GwWvFdyYR/flAVjwy7bw==(SB)
	0x001d 00029 (method_value_expr.go:18)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (method_value_expr.go:19)	MOVQ	$1, main.p+88(SP)
	0x0026 00038 (method_value_expr.go:19)	MOVQ	$2, main.p+96(SP)
	0x002f 00047 (method_value_expr.go:20)	MOVUPS	X15, main..autotmp_26+200(SP)
	0x0038 00056 (method_value_expr.go:20)	LEAQ	main.Point.Sum-fm(SB), AX
	0x003f 00063 (method_value_expr.go:20)	MOVQ	AX, main..autotmp_26+192(SP)
	0x0047 00071 (method_value_expr.go:20)	MOVQ	main.p+88(SP), CX
	0x004c 00076 (method_value_expr.go:20)	MOVQ	main.p+96(SP), BX
	0x0051 00081 (method_value_expr.go:20)	MOVQ	CX, main..autotmp_26+200(SP)
	0x0059 00089 (method_value_expr.go:20)	MOVQ	BX, main..autotmp_26+208(SP)
	0x0061 00097 (method_value_expr.go:21)	MOVQ	$100, main.p+88(SP)
	0x006a 00106 (method_value_expr.go:22)	LEAQ	main..autotmp_26+192(SP), DX
	0x0072 00114 (method_value_expr.go:22)	PCDATA	$1, $0
	0x0072 00114 (method_value_expr.go:22)	CALL	AX
	0x0074 00116 (method_value_expr.go:22)	MOVQ	AX, main..autotmp_63+136(SP)
	0x007c 00124 (method_value_expr.go:22)	MOVQ	main.p+88(SP), AX
	0x0081 00129 (method_value_expr.go:6)	ADDQ	main.p+96(SP), AX
	0x0086 00134 (method_value_expr.go:6)	MOVQ	AX, main.~r0+72(SP)
	0x008b 00139 (<unknown line number>)	NOP
	0x008b 00139 (method_value_expr.go:22)	CALL	runtime.printlock(SB)
	0x0090 00144 (method_value_expr.go:22)	LEAQ	go:string."bound value "(SB), AX
	0x0097 00151 (method_value_expr.go:22)	MOVL	$12, BX
	0x009c 00156 (method_value_expr.go:22)	NOP
	0x00a0 00160 (method_value_expr.go:22)	CALL	runtime.printstring(SB)
	0x00a5 00165 (method_value_expr.go:22)	MOVQ	main..autotmp_63+136(SP), AX
	0x00ad 00173 (method_value_expr.go:22)	CALL	runtime.printint(SB)
	0x00b2 00178 (method_value_expr.go:22)	LEAQ	go:string." current "(SB), AX
	0x00b9 00185 (method_value_expr.go:22)	MOVL	$9, BX
	0x00be 00190 (method_value_expr.go:22)	NOP
	0x00c0 00192 (method_value_expr.go:22)	CALL	runtime.printstring(SB)
	0x00c5 00197 (method_value_expr.go:22)	MOVQ	main.~r0+72(SP), AX
	0x00ca 00202 (method_value_expr.go:22)	CALL	runtime.printint(SB)
	0x00cf 00207 (method_value_expr.go:22)	CALL	runtime.printnl(SB)
	0x00d4 00212 (method_value_expr.go:22)	CALL	runtime.printunlock(SB)
	0x00d9 00217 (method_value_expr.go:24)	LEAQ	main.(*Point).Move-fm(SB), AX
	0x00e0 00224 (method_value_expr.go:24)	MOVQ	AX, main..autotmp_28+264(SP)
	0x00e8 00232 (method_value_expr.go:24)	LEAQ	main.p+88(SP), CX
	0x00ed 00237 (method_value_expr.go:24)	MOVQ	CX, main..autotmp_28+272(SP)
	0x00f5 00245 (method_value_expr.go:25)	MOVL	$1, BX
	0x00fa 00250 (method_value_expr.go:25)	LEAQ	main..autotmp_28+264(SP), DX
	0x0102 00258 (method_value_expr.go:25)	MOVL	BX, AX
	0x0104 00260 (method_value_expr.go:25)	LEAQ	main.(*Point).Move-fm(SB), CX
	0x010b 00267 (method_value_expr.go:25)	PCDATA	$1, $1
	0x010b 00267 (method_value_expr.go:25)	CALL	CX
	0x010d 00269 (method_value_expr.go:26)	MOVQ	main..autotmp_28+264(SP), AX
	0x0115 00277 (method_value_expr.go:26)	MOVL	$1, BX
	0x011a 00282 (method_value_expr.go:26)	LEAQ	main..autotmp_28+264(SP), DX
	0x0122 00290 (method_value_expr.go:26)	MOVQ	AX, CX
	0x0125 00293 (method_value_expr.go:26)	MOVL	BX, AX
	0x0127 00295 (method_value_expr.go:26)	PCDATA	$1, $0
	0x0127 00295 (method_value_expr.go:26)	CALL	CX
	0x0129 00297 (method_value_expr.go:27)	MOVQ	main.p+88(SP), AX
	0x012e 00302 (method_value_expr.go:27)	MOVQ	AX, main..autotmp_63+136(SP)
	0x0136 00310 (method_value_expr.go:27)	MOVQ	main.p+96(SP), AX
	0x013b 00315 (method_value_expr.go:27)	MOVQ	AX, main..autotmp_64+128(SP)
	0x0143 00323 (method_value_expr.go:27)	CALL	runtime.printlock(SB)
	0x0148 00328 (method_value_expr.go:27)	LEAQ	go:string."after moves "(SB), AX
	0x014f 00335 (method_value_expr.go:27)	MOVL	$12, BX
	0x0154 00340 (method_value_expr.go:27)	CALL	runtime.printstring(SB)
	0x0159 00345 (method_value_expr.go:27)	MOVQ	main..autotmp_63+136(SP), AX
	0x0161 00353 (method_value_expr.go:27)	CALL	runtime.printint(SB)
	0x0166 00358 (method_value_expr.go:27)	CALL	runtime.printsp(SB)
	0x016b 00363 (method_value_expr.go:27)	MOVQ	main..autotmp_64+128(SP), AX
	0x0173 00371 (method_value_expr.go:27)	CALL	runtime.printint(SB)
	0x0178 00376 (method_value_expr.go:27)	CALL	runtime.printnl(SB)
	0x017d 00381 (method_value_expr.go:27)	NOP
	0x0180 00384 (method_value_expr.go:27)	CALL	runtime.printunlock(SB)
	0x0185 00389 (method_value_expr.go:30)	MOVL	$16, AX
	0x018a 00394 (method_value_expr.go:30)	LEAQ	type:main.Point(SB), BX
	0x0191 00401 (method_value_expr.go:30)	MOVL	$1, CX
	0x0196 00406 (method_value_expr.go:30)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x019b 00411 (method_value_expr.go:30)	MOVQ	AX, main.&q+280(SP)
	0x01a3 00419 (<unknown line number>)	NOP
	0x01a3 00419 (method_value_expr.go:30)	MOVQ	$15, (AX)
	0x01aa 00426 (method_value_expr.go:30)	MOVQ	$20, 8(AX)
	0x01b2 00434 (method_value_expr.go:31)	PCDATA	$1, $2
	0x01b2 00434 (method_value_expr.go:31)	CALL	runtime.printlock(SB)
	0x01b7 00439 (method_value_expr.go:31)	LEAQ	go:string."expr Scale "(SB), AX
	0x01be 00446 (method_value_expr.go:31)	MOVL	$11, BX
	0x01c3 00451 (method_value_expr.go:31)	CALL	runtime.printstring(SB)
	0x01c8 00456 (method_value_expr.go:31)	MOVL	$15, AX
	0x01cd 00461 (method_value_expr.go:31)	CALL	runtime.printint(SB)
	0x01d2 00466 (method_value_expr.go:31)	CALL	runtime.printsp(SB)
	0x01d7 00471 (method_value_expr.go:31)	MOVL	$20, AX
	0x01dc 00476 (method_value_expr.go:31)	NOP
	0x01e0 00480 (method_value_expr.go:31)	CALL	runtime.printint(SB)
	0x01e5 00485 (method_value_expr.go:31)	CALL	runtime.printnl(SB)
	0x01ea 00490 (method_value_expr.go:31)	CALL	runtime.printunlock(SB)
	0x01ef 00495 (method_value_expr.go:8)	MOVQ	main.&q+280(SP), AX
	0x01f7 00503 (method_value_expr.go:8)	MOVQ	(AX), CX
	0x01fa 00506 (method_value_expr.go:8)	ADDQ	$-15, CX
	0x01fe 00510 (method_value_expr.go:8)	MOVQ	CX, main..autotmp_63+136(SP)
	0x0206 00518 (method_value_expr.go:34)	XCHGL	AX, AX
	0x0207 00519 (method_value_expr.go:8)	MOVQ	CX, (AX)
	0x020a 00522 (method_value_expr.go:8)	MOVQ	8(AX), CX
	0x020e 00526 (method_value_expr.go:8)	ADDQ	$-20, CX
	0x0212 00530 (method_value_expr.go:8)	MOVQ	CX, main..autotmp_64+128(SP)
	0x021a 00538 (method_value_expr.go:8)	MOVQ	CX, 8(AX)
	0x021e 00542 (method_value_expr.go:8)	NOP
	0x0220 00544 (method_value_expr.go:35)	CALL	runtime.printlock(SB)
	0x0225 00549 (method_value_expr.go:35)	LEAQ	go:string."expr Move "(SB), AX
	0x022c 00556 (method_value_expr.go:35)	MOVL	$10, BX
	0x0231 00561 (method_value_expr.go:35)	CALL	runtime.printstring(SB)
	0x0236 00566 (method_value_expr.go:35)	MOVQ	main..autotmp_63+136(SP), AX
	0x023e 00574 (method_value_expr.go:35)	NOP
	0x0240 00576 (method_value_expr.go:35)	CALL	runtime.printint(SB)
	0x0245 00581 (method_value_expr.go:35)	CALL	runtime.printsp(SB)
	0x024a 00586 (method_value_expr.go:35)	MOVQ	main..autotmp_64+128(SP), AX
	0x0252 00594 (method_value_expr.go:35)	CALL	runtime.printint(SB)
	0x0257 00599 (method_value_expr.go:35)	CALL	runtime.printnl(SB)
	0x025c 00604 (method_value_expr.go:35)	NOP
	0x0260 00608 (method_value_expr.go:35)	CALL	runtime.printunlock(SB)
	0x0265 00613 (method_value_expr.go:38)	MOVQ	main.(*Point).Sum·f(SB), AX
	0x026c 00620 (method_value_expr.go:38)	LEAQ	main.(*Point).Sum·f(SB), DX
	0x0273 00627 (method_value_expr.go:38)	MOVQ	AX, CX
	0x0276 00630 (method_value_expr.go:38)	MOVQ	main.&q+280(SP), AX
	0x027e 00638 (method_value_expr.go:38)	PCDATA	$1, $0
	0x027e 00638 (method_value_expr.go:38)	NOP
	0x0280 00640 (method_value_expr.go:38)	CALL	CX
	0x0282 00642 (method_value_expr.go:38)	MOVQ	AX, main..autotmp_63+136(SP)
	0x028a 00650 (method_value_expr.go:38)	CALL	runtime.printlock(SB)
	0x028f 00655 (method_value_expr.go:38)	LEAQ	go:string."ptr expr Sum "(SB), AX
	0x0296 00662 (method_value_expr.go:38)	MOVL	$13, BX
	0x029b 00667 (method_value_expr.go:38)	NOP
	0x02a0 00672 (method_value_expr.go:38)	CALL	runtime.printstring(SB)
	0x02a5 00677 (method_value_expr.go:38)	MOVQ	main..autotmp_63+136(SP), AX
	0x02ad 00685 (method_value_expr.go:38)	CALL	runtime.printint(SB)
	0x02b2 00690 (method_value_expr.go:38)	CALL	runtime.printnl(SB)
	0x02b7 00695 (method_value_expr.go:38)	CALL	runtime.printunlock(SB)
	0x02bc 00700 (method_value_expr.go:40)	MOVQ	$1, main..autotmp_36+144(SP)
	0x02c8 00712 (method_value_expr.go:40)	MOVQ	$1, main..autotmp_36+152(SP)
	0x02d4 00724 (method_value_expr.go:40)	MOVQ	$2, main..autotmp_36+160(SP)
	0x02e0 00736 (method_value_expr.go:40)	MOVQ	$3, main..autotmp_36+168(SP)
	0x02ec 00748 (method_value_expr.go:40)	MOVQ	$5, main..autotmp_36+176(SP)
	0x02f8 00760 (method_value_expr.go:40)	MOVQ	$8, main..autotmp_36+184(SP)
	0x0304 00772 (method_value_expr.go:40)	XORL	AX, AX
	0x0306 00774 (method_value_expr.go:40)	XORL	CX, CX
	0x0308 00776 (method_value_expr.go:40)	XORL	DX, DX
	0x030a 00778 (method_value_expr.go:40)	XORL	BX, BX
	0x030c 00780 (method_value_expr.go:40)	XORL	SI, SI
	0x030e 00782 (method_value_expr.go:42)	JMP	801
	0x0310 00784 (method_value_expr.go:43)	PCDATA	$0, $-2
	0x0310 00784 (method_value_expr.go:43)	MOVQ	AX, -8(BX)(DX*8)
	0x0315 00789 (method_value_expr.go:42)	PCDATA	$0, $-1
	0x0315 00789 (method_value_expr.go:42)	LEAQ	1(DI), AX
	0x0319 00793 (method_value_expr.go:42)	MOVQ	CX, DI
	0x031c 00796 (method_value_expr.go:42)	MOVL	SI, CX
	0x031e 00798 (method_value_expr.go:42)	MOVQ	DI, SI
	0x0321 00801 (method_value_expr.go:42)	CMPQ	AX, $3
	0x0325 00805 (method_value_expr.go:42)	JGE	1093
	0x032b 00811 (method_value_expr.go:42)	MOVQ	SI, main.fs.cap+120(SP)
	0x0330 00816 (method_value_expr.go:42)	MOVQ	DX, main.fs.len+112(SP)
	0x0335 00821 (method_value_expr.go:42)	MOVQ	AX, main.i+104(SP)
	0x033a 00826 (method_value_expr.go:42)	MOVQ	BX, main.fs.ptr+216(SP)
	0x0342 00834 (method_value_expr.go:42)	MOVB	CL, main..autotmp_65+71(SP)
	0x0346 00838 (method_value_expr.go:43)	MOVL	$24, AX
	0x034b 00843 (method_value_expr.go:43)	LEAQ	type:noalg.struct { F uintptr; R main.Point }(SB), BX
	0x0352 00850 (method_value_expr.go:43)	MOVL	$1, CX
	0x0357 00855 (method_value_expr.go:43)	PCDATA	$1, $3
	0x0357 00855 (method_value_expr.go:43)	CALL	runtime.mallocgcSmallNoScanSC3(SB)
	0x035c 00860 (method_value_expr.go:43)	LEAQ	main.Point.Sum-fm(SB), DX
	0x0363 00867 (method_value_expr.go:43)	MOVQ	DX, (AX)
	0x0366 00870 (method_value_expr.go:43)	MOVQ	main.fs.len+112(SP), BX
	0x036b 00875 (method_value_expr.go:43)	LEAQ	1(BX), DX
	0x036f 00879 (method_value_expr.go:43)	MOVQ	main.i+104(SP), SI
	0x0374 00884 (method_value_expr.go:43)	MOVQ	SI, DI
	0x0377 00887 (method_value_expr.go:43)	SHLQ	$4, SI
	0x037b 00891 (method_value_expr.go:43)	MOVQ	main..autotmp_36+144(SP)(SI*1), R8
	0x0383 00899 (method_value_expr.go:43)	MOVQ	main..autotmp_36+152(SP)(SI*1), SI
	0x038b 00907 (method_value_expr.go:43)	MOVQ	R8, 8(AX)
	0x038f 00911 (method_value_expr.go:43)	MOVQ	SI, 16(AX)
	0x0393 00915 (method_value_expr.go:43)	MOVQ	main.fs.cap+120(SP), CX
	0x0398 00920 (method_value_expr.go:43)	CMPQ	CX, DX
	0x039b 00923 (method_value_expr.go:43)	JCS	940
	0x039d 00925 (method_value_expr.go:43)	MOVQ	main.fs.ptr+216(SP), BX
	0x03a5 00933 (method_value_expr.go:43)	MOVBLZX	main..autotmp_65+71(SP), SI
	0x03aa 00938 (method_value_expr.go:43)	JMP	1053
	0x03ac 00940 (method_value_expr.go:43)	MOVQ	AX, main..autotmp_66+224(SP)
	0x03b4 00948 (method_value_expr.go:43)	CMPQ	DX, $4
	0x03b8 00952 (method_value_expr.go:43)	JGT	999
	0x03ba 00954 (method_value_expr.go:42)	MOVBLZX	main..autotmp_65+71(SP), R8
	0x03c0 00960 (method_value_expr.go:42)	TESTB	R8B, R8B
	0x03c3 00963 (method_value_expr.go:43)	JNE	999
	0x03c5 00965 (method_value_expr.go:43)	TESTQ	BX, BX
	0x03c8 00968 (method_value_expr.go:43)	JNE	999
	0x03ca 00970 (method_value_expr.go:43)	LEAQ	main..autotmp_44+232(SP), BX
	0x03d2 00978 (method_value_expr.go:43)	MOVUPS	X15, (BX)
	0x03d6 00982 (method_value_expr.go:43)	MOVUPS	X15, 16(BX)
	0x03db 00987 (method_value_expr.go:43)	MOVL	$4, CX
	0x03e0 00992 (method_value_expr.go:43)	MOVL	$1, SI
	0x03e5 00997 (method_value_expr.go:43)	JMP	1053
	0x03e7 00999 (method_value_expr.go:43)	MOVQ	main.fs.ptr+216(SP), AX
	0x03ef 01007 (method_value_expr.go:43)	MOVQ	DX, BX
	0x03f2 01010 (method_value_expr.go:43)	MOVL	$1, DI
	0x03f7 01015 (method_value_expr.go:43)	LEAQ	type:func() int(SB), SI
	0x03fe 01022 (method_value_expr.go:43)	PCDATA	$1, $4
	0x03fe 01022 (method_value_expr.go:43)	NOP
	0x0400 01024 (method_value_expr.go:43)	CALL	runtime.growslice(SB)
	0x0405 01029 (method_value_expr.go:42)	MOVQ	main.i+104(SP), DI
	0x040a 01034 (method_value_expr.go:43)	MOVQ	BX, DX
	0x040d 01037 (method_value_expr.go:43)	MOVQ	AX, BX
	0x0410 01040 (method_value_expr.go:43)	MOVBLZX	main..autotmp_65+71(SP), SI
	0x0415 01045 (method_value_expr.go:43)	MOVQ	main..autotmp_66+224(SP), AX
	0x041d 01053 (method_value_expr.go:43)	CMPL	runtime.writeBarrier(SB), $0
	0x0424 01060 (method_value_expr.go:43)	PCDATA	$0, $-2
	0x0424 01060 (method_value_expr.go:43)	JEQ	784
	0x042a 01066 (method_value_expr.go:43)	MOVQ	-8(BX)(DX*8), R8
	0x042f 01071 (method_value_expr.go:43)	CALL	runtime.gcWriteBarrier2(SB)
	0x0434 01076 (method_value_expr.go:43)	MOVQ	AX, (R11)
	0x0437 01079 (method_value_expr.go:43)	MOVQ	R8, 8(R11)
	0x043b 01083 (method_value_expr.go:43)	NOP
	0x0440 01088 (method_value_expr.go:43)	JMP	784
	0x0445 01093 (method_value_expr.go:45)	PCDATA	$0, $-1
	0x0445 01093 (method_value_expr.go:45)	MOVQ	$1000, main..autotmp_36+144(SP)
	0x0451 01105 (method_value_expr.go:46)	LEAQ	+304(FP), SI
	0x0459 01113 (method_value_expr.go:46)	SUBQ	SP, SI
	0x045c 01116 (method_value_expr.go:46)	MOVQ	BX, DI
	0x045f 01119 (method_value_expr.go:46)	SUBQ	SP, DI
	0x0462 01122 (method_value_expr.go:46)	CMPQ	DI, SI
	0x0465 01125 (method_value_expr.go:46)	JCC	1148
	0x0467 01127 (method_value_expr.go:46)	LEAQ	type:func() int(SB), AX
	0x046e 01134 (method_value_expr.go:46)	MOVQ	DX, CX
	0x0471 01137 (method_value_expr.go:46)	PCDATA	$1, $0
	0x0471 01137 (method_value_expr.go:46)	CALL	runtime.moveSliceNoCap(SB)
	0x0476 01142 (method_value_expr.go:46)	MOVQ	BX, DX
	0x0479 01145 (method_value_expr.go:46)	MOVQ	AX, BX
	0x047c 01148 (method_value_expr.go:46)	MOVQ	BX, main.fs.ptr+216(SP)
	0x0484 01156 (method_value_expr.go:46)	MOVQ	DX, main.fs.len+112(SP)
	0x0489 01161 (<unknown line number>)	NOP
	0x0489 01161 (method_value_expr.go:46)	XORL	AX, AX
	0x048b 01163 (method_value_expr.go:46)	XORL	CX, CX
	0x048d 01165 (method_value_expr.go:12)	JMP	1218
	0x048f 01167 (method_value_expr.go:12)	MOVQ	AX, main..autotmp_63+136(SP)
	0x0497 01175 (method_value_expr.go:12)	MOVQ	(BX)(AX*8), DX
	0x049b 01179 (method_value_expr.go:13)	MOVQ	(DX), AX
	0x049e 01182 (method_value_expr.go:13)	PCDATA	$1, $3
	0x049e 01182 (method_value_expr.go:13)	NOP
	0x04a0 01184 (method_value_expr.go:13)	CALL	AX
	0x04a2 01186 (method_value_expr.go:13)	MOVQ	main.t+80(SP), CX
	0x04a7 01191 (method_value_expr.go:13)	ADDQ	AX, CX
	0x04aa 01194 (method_value_expr.go:12)	MOVQ	main..autotmp_63+136(SP), AX
	0x04b2 01202 (method_value_expr.go:12)	INCQ	AX
	0x04b5 01205 (method_value_expr.go:12)	MOVQ	main.fs.len+112(SP), DX
	0x04ba 01210 (method_value_expr.go:12)	MOVQ	main.fs.ptr+216(SP), BX
	0x04c2 01218 (method_value_expr.go:12)	MOVQ	CX, main.t+80(SP)
	0x04c7 01223 (method_value_expr.go:12)	CMPQ	AX, DX
	0x04ca 01226 (method_value_expr.go:12)	JLT	1167
	0x04cc 01228 (method_value_expr.go:46)	PCDATA	$1, $0
	0x04cc 01228 (method_value_expr.go:46)	CALL	runtime.printlock(SB)
	0x04d1 01233 (method_value_expr.go:46)	LEAQ	go:string."callAll "(SB), AX
	0x04d8 01240 (method_value_expr.go:46)	MOVL	$8, BX
	0x04dd 01245 (method_value_expr.go:46)	NOP
	0x04e0 01248 (method_value_expr.go:46)	CALL	runtime.printstring(SB)
	0x04e5 01253 (method_value_expr.go:46)	MOVQ	main.t+80(SP), AX
	0x04ea 01258 (method_value_expr.go:46)	CALL	runtime.printint(SB)
	0x04ef 01263 (method_value_expr.go:46)	CALL	runtime.printnl(SB)
	0x04f4 01268 (method_value_expr.go:46)	CALL	runtime.printunlock(SB)
	0x04f9 01273 (method_value_expr.go:47)	ADDQ	$288, SP
	0x0500 01280 (method_value_expr.go:47)	POPQ	BP
	0x0501 01281 (method_value_expr.go:47)	RET
	0x0502 01282 (method_value_expr.go:47)	NOP
	0x0502 01282 (method_value_expr.go:18)	PCDATA	$1, $-1
	0x0502 01282 (method_value_expr.go:18)	PCDATA	$0, $-2
	0x0502 01282 (method_value_expr.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x0507 01287 (method_value_expr.go:18)	PCDATA	$0, $-1
	0x0507 01287 (method_value_expr.go:18)	JMP	0
	0x0000 4c 8d a4 24 58 ff ff ff 4d 3b 66 10 0f 86 f0 04  L..$X...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 20 01 00 00 48 c7 44  ..UH..H.. ...H.D
	0x0020 24 58 01 00 00 00 48 c7 44 24 60 02 00 00 00 44  $X....H.D$`....D
	0x0030 0f 11 bc 24 c8 00 00 00 48 8d 05 00 00 00 00 48  ...$....H......H
	0x0040 89 84 24 c0 00 00 00 48 8b 4c 24 58 48 8b 5c 24  ..$....H.L$XH.\$
	0x0050 60 48 89 8c 24 c8 00 00 00 48 89 9c 24 d0 00 00  `H..$....H..$...
	0x0060 00 48 c7 44 24 58 64 00 00 00 48 8d 94 24 c0 00  .H.D$Xd...H..$..
	0x0070 00 00 ff d0 48 89 84 24 88 00 00 00 48 8b 44 24  ....H..$....H.D$
	0x0080 58 48 03 44 24 60 48 89 44 24 48 e8 00 00 00 00  XH.D$`H.D$H.....
	0x0090 48 8d 05 00 00 00 00 bb 0c 00 00 00 0f 1f 40 00  H.............@.
	0x00a0 e8 00 00 00 00 48 8b 84 24 88 00 00 00 e8 00 00  .....H..$.......
	0x00b0 00 00 48 8d 05 00 00 00 00 bb 09 00 00 00 66 90  ..H...........f.
	0x00c0 e8 00 00 00 00 48 8b 44 24 48 e8 00 00 00 00 e8  .....H.D$H......
	0x00d0 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x00e0 48 89 84 24 08 01 00 00 48 8d 4c 24 58 48 89 8c  H..$....H.L$XH..
	0x00f0 24 10 01 00 00 bb 01 00 00 00 48 8d 94 24 08 01  $.........H..$..
	0x0100 00 00 89 d8 48 8d 0d 00 00 00 00 ff d1 48 8b 84  ....H........H..
	0x0110 24 08 01 00 00 bb 01 00 00 00 48 8d 94 24 08 01  $.........H..$..
	0x0120 00 00 48 89 c1 89 d8 ff d1 48 8b 44 24 58 48 89  ..H......H.D$XH.
	0x0130 84 24 88 00 00 00 48 8b 44 24 60 48 89 84 24 80  .$....H.D$`H..$.
	0x0140 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb  ........H.......
	0x0150 0c 00 00 00 e8 00 00 00 00 48 8b 84 24 88 00 00  .........H..$...
	0x0160 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 80  ...........H..$.
	0x0170 00 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  ................
	0x0180 e8 00 00 00 00 b8 10 00 00 00 48 8d 1d 00 00 00  ..........H.....
	0x0190 00 b9 01 00 00 00 e8 00 00 00 00 48 89 84 24 18  ...........H..$.
	0x01a0 01 00 00 48 c7 00 0f 00 00 00 48 c7 40 08 14 00  ...H......H.@...
	0x01b0 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 0b  .......H........
	0x01c0 00 00 00 e8 00 00 00 00 b8 0f 00 00 00 e8 00 00  ................
	0x01d0 00 00 e8 00 00 00 00 b8 14 00 00 00 0f 1f 40 00  ..............@.
	0x01e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x01f0 8b 84 24 18 01 00 00 48 8b 08 48 83 c1 f1 48 89  ..$....H..H...H.
	0x0200 8c 24 88 00 00 00 90 48 89 08 48 8b 48 08 48 83  .$.....H..H.H.H.
	0x0210 c1 ec 48 89 8c 24 80 00 00 00 48 89 48 08 66 90  ..H..$....H.H.f.
	0x0220 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 0a 00 00  .....H..........
	0x0230 00 e8 00 00 00 00 48 8b 84 24 88 00 00 00 66 90  ......H..$....f.
	0x0240 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 80 00  ..........H..$..
	0x0250 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0260 e8 00 00 00 00 48 8b 05 00 00 00 00 48 8d 15 00  .....H......H...
	0x0270 00 00 00 48 89 c1 48 8b 84 24 18 01 00 00 66 90  ...H..H..$....f.
	0x0280 ff d1 48 89 84 24 88 00 00 00 e8 00 00 00 00 48  ..H..$.........H
	0x0290 8d 05 00 00 00 00 bb 0d 00 00 00 0f 1f 44 00 00  .............D..
	0x02a0 e8 00 00 00 00 48 8b 84 24 88 00 00 00 e8 00 00  .....H..$.......
	0x02b0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 c7 84 24  ............H..$
	0x02c0 90 00 00 00 01 00 00 00 48 c7 84 24 98 00 00 00  ........H..$....
	0x02d0 01 00 00 00 48 c7 84 24 a0 00 00 00 02 00 00 00  ....H..$........
	0x02e0 48 c7 84 24 a8 00 00 00 03 00 00 00 48 c7 84 24  H..$........H..$
	0x02f0 b0 00 00 00 05 00 00 00 48 c7 84 24 b8 00 00 00  ........H..$....
	0x0300 08 00 00 00 31 c0 31 c9 31 d2 31 db 31 f6 eb 11  ....1.1.1.1.1...
	0x0310 48 89 44 d3 f8 48 8d 47 01 48 89 cf 89 f1 48 89  H.D..H.G.H....H.
	0x0320 fe 48 83 f8 03 0f 8d 1a 01 00 00 48 89 74 24 78  .H.........H.t$x
	0x0330 48 89 54 24 70 48 89 44 24 68 48 89 9c 24 d8 00  H.T$pH.D$hH..$..
	0x0340 00 00 88 4c 24 47 b8 18 00 00 00 48 8d 1d 00 00  ...L$G.....H....
	0x0350 00 00 b9 01 00 00 00 e8 00 00 00 00 48 8d 15 00  ............H...
	0x0360 00 00 00 48 89 10 48 8b 5c 24 70 48 8d 53 01 48  ...H..H.\$pH.S.H
	0x0370 8b 74 24 68 48 89 f7 48 c1 e6 04 4c 8b 84 34 90  .t$hH..H...L..4.
	0x0380 00 00 00 48 8b b4 34 98 00 00 00 4c 89 40 08 48  ...H..4....L.@.H
	0x0390 89 70 10 48 8b 4c 24 78 48 39 d1 72 0f 48 8b 9c  .p.H.L$xH9.r.H..
	0x03a0 24 d8 00 00 00 0f b6 74 24 47 eb 71 48 89 84 24  $......t$G.qH..$
	0x03b0 e0 00 00 00 48 83 fa 04 7f 2d 44 0f b6 44 24 47  ....H....-D..D$G
	0x03c0 45 84 c0 75 22 48 85 db 75 1d 48 8d 9c 24 e8 00  E..u"H..u.H..$..
	0x03d0 00 00 44 0f 11 3b 44 0f 11 7b 10 b9 04 00 00 00  ..D..;D..{......
	0x03e0 be 01 00 00 00 eb 36 48 8b 84 24 d8 00 00 00 48  ......6H..$....H
	0x03f0 89 d3 bf 01 00 00 00 48 8d 35 00 00 00 00 66 90  .......H.5....f.
	0x0400 e8 00 00 00 00 48 8b 7c 24 68 48 89 da 48 89 c3  .....H.|$hH..H..
	0x0410 0f b6 74 24 47 48 8b 84 24 e0 00 00 00 83 3d 00  ..t$GH..$.....=.
	0x0420 00 00 00 00 0f 84 e6 fe ff ff 4c 8b 44 d3 f8 e8  ..........L.D...
	0x0430 00 00 00 00 49 89 03 4d 89 43 08 0f 1f 44 00 00  ....I..M.C...D..
	0x0440 e9 cb fe ff ff 48 c7 84 24 90 00 00 00 e8 03 00  .....H..$.......
	0x0450 00 48 8d b4 24 30 01 00 00 48 29 e6 48 89 df 48  .H..$0...H).H..H
	0x0460 29 e7 48 39 f7 73 15 48 8d 05 00 00 00 00 48 89  ).H9.s.H......H.
	0x0470 d1 e8 00 00 00 00 48 89 da 48 89 c3 48 89 9c 24  ......H..H..H..$
	0x0480 d8 00 00 00 48 89 54 24 70 31 c0 31 c9 eb 33 48  ....H.T$p1.1..3H
	0x0490 89 84 24 88 00 00 00 48 8b 14 c3 48 8b 02 66 90  ..$....H...H..f.
	0x04a0 ff d0 48 8b 4c 24 50 48 01 c1 48 8b 84 24 88 00  ..H.L$PH..H..$..
	0x04b0 00 00 48 ff c0 48 8b 54 24 70 48 8b 9c 24 d8 00  ..H..H.T$pH..$..
	0x04c0 00 00 48 89 4c 24 50 48 39 d0 7c c3 e8 00 00 00  ..H.L$PH9.|.....
	0x04d0 00 48 8d 05 00 00 00 00 bb 08 00 00 00 0f 1f 00  .H..............
	0x04e0 e8 00 00 00 00 48 8b 44 24 50 e8 00 00 00 00 e8  .....H.D$P......
	0x04f0 00 00 00 00 e8 00 00 00 00 48 81 c4 20 01 00 00  .........H.. ...
	0x0500 5d c3 e8 00 00 00 00 e9 f4 fa ff ff              ]...........
	rel 59+4 t=R_PCREL main.Point.Sum-fm+0
	rel 114+0 t=R_CALLIND +0
	rel 140+4 t=R_CALL runtime.printlock+0
	rel 147+4 t=R_PCREL go:string."bound value "+0
	rel 161+4 t=R_CALL runtime.printstring+0
	rel 174+4 t=R_CALL runtime.printint+0
	rel 181+4 t=R_PCREL go:string." current "+0
	rel 193+4 t=R_CALL runtime.printstring+0
	rel 203+4 t=R_CALL runtime.printint+0
	rel 208+4 t=R_CALL runtime.printnl+0
	rel 213+4 t=R_CALL runtime.printunlock+0
	rel 220+4 t=R_PCREL main.(*Point).Move-fm+0
	rel 263+4 t=R_PCREL main.(*Point).Move-fm+0
	rel 267+0 t=R_CALLIND +0
	rel 295+0 t=R_CALLIND +0
	rel 324+4 t=R_CALL runtime.printlock+0
	rel 331+4 t=R_PCREL go:string."after moves "+0
	rel 341+4 t=R_CALL runtime.printstring+0
	rel 354+4 t=R_CALL runtime.printint+0
	rel 359+4 t=R_CALL runtime.printsp+0
	rel 372+4 t=R_CALL runtime.printint+0
	rel 377+4 t=R_CALL runtime.printnl+0
	rel 385+4 t=R_CALL runtime.printunlock+0
	rel 397+4 t=R_PCREL type:main.Point+0
	rel 407+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 435+4 t=R_CALL runtime.printlock+0
	rel 442+4 t=R_PCREL go:string."expr Scale "+0
	rel 452+4 t=R_CALL runtime.printstring+0
	rel 462+4 t=R_CALL runtime.printint+0
	rel 467+4 t=R_CALL runtime.printsp+0
	rel 481+4 t=R_CALL runtime.printint+0
	rel 486+4 t=R_CALL runtime.printnl+0
	rel 491+4 t=R_CALL runtime.printunlock+0
	rel 545+4 t=R_CALL runtime.printlock+0
	rel 552+4 t=R_PCREL go:string."expr Move "+0
	rel 562+4 t=R_CALL runtime.printstring+0
	rel 577+4 t=R_CALL runtime.printint+0
	rel 582+4 t=R_CALL runtime.printsp+0
	rel 595+4 t=R_CALL runtime.printint+0
	rel 600+4 t=R_CALL runtime.printnl+0
	rel 609+4 t=R_CALL runtime.printunlock+0
	rel 616+4 t=R_PCREL main.(*Point).Sum·f+0
	rel 623+4 t=R_PCREL main.(*Point).Sum·f+0
	rel 640+0 t=R_CALLIND +0
	rel 651+4 t=R_CALL runtime.printlock+0
	rel 658+4 t=R_PCREL go:string."ptr expr Sum "+0
	rel 673+4 t=R_CALL runtime.printstring+0
	rel 686+4 t=R_CALL runtime.printint+0
	rel 691+4 t=R_CALL runtime.printnl+0
	rel 696+4 t=R_CALL runtime.printunlock+0
	rel 846+4 t=R_PCREL type:noalg.struct { F uintptr; R main.Point }+0
	rel 856+4 t=R_CALL runtime.mallocgcSmallNoScanSC3+0
	rel 863+4 t=R_PCREL main.Point.Sum-fm+0
	rel 1018+4 t=R_PCREL type:func() int+0
	rel 1025+4 t=R_CALL runtime.growslice+0
	rel 1055+4 t=R_PCREL runtime.writeBarrier+-1
	rel 1072+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 1130+4 t=R_PCREL type:func() int+0
	rel 1138+4 t=R_CALL runtime.moveSliceNoCap+0
	rel 1184+0 t=R_CALLIND +0
	rel 1229+4 t=R_CALL runtime.printlock+0
	rel 1236+4 t=R_PCREL go:string."callAll "+0
	rel 1249+4 t=R_CALL runtime.printstring+0
	rel 1259+4 t=R_CALL runtime.printint+0
	rel 1264+4 t=R_CALL runtime.printnl+0
	rel 1269+4 t=R_CALL runtime.printunlock+0
	rel 1283+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Point).Scale STEXT dupok nosplit size=38 align=0x0 args=0x10 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Point).Scale(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Point).Scale.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Point).Scale.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	29
	0x0009 00009 (<autogenerated>:1)	MOVQ	(AX), CX
	0x000c 00012 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x0010 00016 (method_value_expr.go:7)	IMULQ	BX, CX
	0x0014 00020 (method_value_expr.go:7)	IMULQ	DX, BX
	0x0018 00024 (<unknown line number>)	NOP
	0x0018 00024 (<autogenerated>:1)	MOVQ	CX, AX
	0x001b 00027 (<autogenerated>:1)	POPQ	BP
	0x001c 00028 (<autogenerated>:1)	RET
	0x001d 00029 (<autogenerated>:1)	PCDATA	$1, $1
	0x001d 00029 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0025 00037 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 14 48 8b 08 48 8b 50 08  UH..H..t.H..H.P.
	0x0010 48 0f af cb 48 0f af da 48 89 c8 5d c3 0f 1f 00  H...H...H..]....
	0x0020 e8 00 00 00 00 90                                ......
	rel 33+4 t=R_CALL runtime.panicwrap+0
main.(*Point).Sum STEXT dupok nosplit size=27 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Point).Sum(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Point).Sum.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Point).Sum.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	21
	0x0009 00009 (<autogenerated>:1)	MOVQ	(AX), CX
	0x000c 00012 (method_value_expr.go:6)	ADDQ	8(AX), CX
	0x0010 00016 (<unknown line number>)	NOP
	0x0010 00016 (<autogenerated>:1)	MOVQ	CX, AX
	0x0013 00019 (<autogenerated>:1)	POPQ	BP
	0x0014 00020 (<autogenerated>:1)	RET
	0x0015 00021 (<autogenerated>:1)	PCDATA	$1, $1
	0x0015 00021 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001a 00026 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0c 48 8b 08 48 03 48 08  UH..H..t.H..H.H.
	0x0010 48 89 c8 5d c3 e8 00 00 00 00 90                 H..].......
	rel 22+4 t=R_CALL runtime.panicwrap+0
main.Point.Sum-fm STEXT dupok nosplit size=9 align=0x0 args=0x0 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Point.Sum-fm(SB), DUPOK|NOSPLIT|WRAPPER|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (<autogenerated>:1)	MOVQ	8(DX), AX
	0x0004 00004 (method_value_expr.go:6)	ADDQ	16(DX), AX
	0x0008 00008 (<unknown line number>)	NOP
	0x0008 00008 (<autogenerated>:1)	RET
	0x0000 48 8b 42 08 48 03 42 10 c3                       H.B.H.B..
main.(*Point).Move-fm STEXT dupok nosplit size=12 align=0x0 args=0x10 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Point).Move-fm(SB), DUPOK|NOSPLIT|WRAPPER|NEEDCTXT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Point).Move-fm.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Point).Move-fm.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVQ	8(DX), CX
	0x0004 00004 (<unknown line number>)	NOP
	0x0004 00004 (method_value_expr.go:8)	ADDQ	AX, (CX)
	0x0007 00007 (method_value_expr.go:8)	ADDQ	BX, 8(CX)
	0x000b 00011 (<autogenerated>:1)	RET
	0x0000 48 8b 4a 08 48 01 01 48 01 59 08 c3              H.J.H..H.Y..
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Point.Sum$abstract SDWARFABSFCN dupok size=28 align=0x0
	0x0000 05 6d 61 69 6e 2e 50 6f 69 6e 74 2e 53 75 6d 00  .main.Point.Sum.
	0x0010 01 06 01 22 70 00 00 00 00 00 00 00              ..."p.......
	rel 23+4 t=R_DWARFSECREF go:info.main.Point+0
go:info.main.Point.Scale$abstract SDWARFABSFCN dupok size=38 align=0x0
	0x0000 05 6d 61 69 6e 2e 50 6f 69 6e 74 2e 53 63 61 6c  .main.Point.Scal
	0x0010 65 00 01 07 01 22 70 00 00 00 00 00 00 22 6b 00  e...."p......"k.
	0x0020 00 00 00 00 00 00                                ......
	rel 25+4 t=R_DWARFSECREF go:info.main.Point+0
	rel 33+4 t=R_DWARFSECREF go:info.int+0
go:info.main.(*Point).Move$abstract SDWARFABSFCN dupok size=50 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 50 6f 69 6e 74 29 2e 4d  .main.(*Point).M
	0x0010 6f 76 65 00 01 08 01 22 70 00 00 00 00 00 00 22  ove...."p......"
	0x0020 64 78 00 00 00 00 00 00 22 64 79 00 00 00 00 00  dx......"dy.....
	0x0030 00 00                                            ..
	rel 27+4 t=R_DWARFSECREF go:info.*main.Point+0
	rel 36+4 t=R_DWARFSECREF go:info.int+0
	rel 45+4 t=R_DWARFSECREF go:info.int+0
go:info.main.callAll$abstract SDWARFABSFCN dupok size=43 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 61 6c 6c 41 6c 6c 00 01 0a  .main.callAll...
	0x0010 01 22 66 73 00 00 00 00 00 00 21 74 00 0b 00 00  ."fs......!t....
	0x0020 00 00 21 66 00 0c 00 00 00 00 00                 ..!f.......
	rel 22+4 t=R_DWARFSECREF go:info.[]func() int+0
	rel 30+4 t=R_DWARFSECREF go:info.int+0
	rel 38+4 t=R_DWARFSECREF go:info.func() int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
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
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.*main.Point. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 50 6f 69 6e 74           ..*main.Point
type:.namedata.*func(*main.Point, int, int)- SRODATA dupok size=30 align=0x1
	0x0000 00 1c 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 50 6f  ..*func(*main.Po
	0x0010 69 6e 74 2c 20 69 6e 74 2c 20 69 6e 74 29        int, int, int)
type:*func(*main.Point, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 de cd 68 b4 28 08 08 16 00 00 00 00 00 00 00 00  ..h.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Point, int, int)-+0
	rel 48+8 t=R_ADDR type:func(*main.Point, int, int)+0
type:func(*main.Point, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9a 8d a0 6a 22 08 08 13 00 00 00 00 00 00 00 00  ...j"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Point, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Point, int, int)+0
	rel 56+8 t=R_ADDR type:*main.Point+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Point, int) main.Point- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 50 6f  ."*func(*main.Po
	0x0010 69 6e 74 2c 20 69 6e 74 29 20 6d 61 69 6e 2e 50  int, int) main.P
	0x0020 6f 69 6e 74                                      oint
type:*func(*main.Point, int) main.Point SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b6 c7 e1 ac 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Point, int) main.Point-+0
	rel 48+8 t=R_ADDR type:func(*main.Point, int) main.Point+0
type:func(*main.Point, int) main.Point SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 40 e1 83 29 22 08 08 13 00 00 00 00 00 00 00 00  @..)"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Point, int) main.Point-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Point, int) main.Point+0
	rel 56+8 t=R_ADDR type:*main.Point+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:main.Point+0
type:.namedata.*func(*main.Point) int- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 50 6f  ..*func(*main.Po
	0x0010 69 6e 74 29 20 69 6e 74                          int) int
type:*func(*main.Point) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 78 42 88 8d 28 08 08 16 00 00 00 00 00 00 00 00  xB..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Point) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Point) int+0
type:func(*main.Point) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9c b4 46 dc 22 08 08 13 00 00 00 00 00 00 00 00  ..F."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Point) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Point) int+0
	rel 56+8 t=R_ADDR type:*main.Point+0
	rel 64+8 t=R_ADDR type:int+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Move. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4d 6f 76 65                                ..Move
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
type:.namedata.Scale. SRODATA dupok size=7 align=0x1
	0x0000 01 05 53 63 61 6c 65                             ..Scale
type:.namedata.*func(int) main.Point- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 69 6e 74 29 20 6d 61 69  ..*func(int) mai
	0x0010 6e 2e 50 6f 69 6e 74                             n.Point
type:*func(int) main.Point SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e5 7a 48 2c 28 08 08 16 00 00 00 00 00 00 00 00  .zH,(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) main.Point-+0
	rel 48+8 t=R_ADDR type:func(int) main.Point+0
type:func(int) main.Point SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4a 0d eb 72 22 08 08 13 00 00 00 00 00 00 00 00  J..r"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) main.Point-+0
	rel 44+4 t=RelocType(-32763) type:*func(int) main.Point+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:main.Point+0
type:.namedata.Sum. SRODATA dupok size=5 align=0x1
	0x0000 01 03 53 75 6d                                   ..Sum
type:*main.Point SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 cc ba 8c 4f 29 08 08 16 00 00 00 00 00 00 00 00  ...O)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Point.+0
	rel 48+8 t=R_ADDR type:main.Point+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Move.+0
	rel 76+4 t=R_METHODOFF type:func(int, int)+0
	rel 80+4 t=R_METHODOFF main.(*Point).Move+0
	rel 84+4 t=R_METHODOFF main.(*Point).Move+0
	rel 88+4 t=R_ADDROFF type:.namedata.Scale.+0
	rel 92+4 t=R_METHODOFF type:func(int) main.Point+0
	rel 96+4 t=R_METHODOFF main.(*Point).Scale+0
	rel 100+4 t=R_METHODOFF main.(*Point).Scale+0
	rel 104+4 t=R_ADDROFF type:.namedata.Sum.+0
	rel 108+4 t=R_METHODOFF type:func() int+0
	rel 112+4 t=R_METHODOFF main.(*Point).Sum+0
	rel 116+4 t=R_METHODOFF main.(*Point).Sum+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.X. SRODATA dupok size=3 align=0x1
	0x0000 01 01 58                                         ..X
type:.namedata.Y. SRODATA dupok size=3 align=0x1
	0x0000 01 01 59                                         ..Y
type:.namedata.*func(main.Point, int) main.Point- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 66 75 6e 63 28 6d 61 69 6e 2e 50 6f 69  .!*func(main.Poi
	0x0010 6e 74 2c 20 69 6e 74 29 20 6d 61 69 6e 2e 50 6f  nt, int) main.Po
	0x0020 69 6e 74                                         int
type:*func(main.Point, int) main.Point SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c7 c8 ab ef 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Point, int) main.Point-+0
	rel 48+8 t=R_ADDR type:func(main.Point, int) main.Point+0
type:func(main.Point, int) main.Point SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 cc 5d 61 e7 22 08 08 13 00 00 00 00 00 00 00 00  .]a."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Point, int) main.Point-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Point, int) main.Point+0
	rel 56+8 t=R_ADDR type:main.Point+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:main.Point+0
type:.namedata.*func(main.Point) int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 6d 61 69 6e 2e 50 6f 69  ..*func(main.Poi
	0x0010 6e 74 29 20 69 6e 74                             nt) int
type:*func(main.Point) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 cd 2e 3e 32 28 08 08 16 00 00 00 00 00 00 00 00  ..>2(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Point) int-+0
	rel 48+8 t=R_ADDR type:func(main.Point) int+0
type:func(main.Point) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5b 32 19 43 22 08 08 13 00 00 00 00 00 00 00 00  [2.C"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Point) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Point) int+0
	rel 56+8 t=R_ADDR type:main.Point+0
	rel 64+8 t=R_ADDR type:int+0
type:main.Point SRODATA size=176 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 2d 71 d9 6e 0f 08 08 19 00 00 00 00 00 00 00 00  -q.n............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 02 00 02 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Point.+0
	rel 44+4 t=R_ADDROFF type:*main.Point+0
	rel 56+8 t=R_ADDR type:main.Point+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.X.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.Y.+0
	rel 128+8 t=R_ADDR type:int+0
	rel 144+4 t=R_ADDROFF type:.namedata.Scale.+0
	rel 148+4 t=R_METHODOFF type:func(int) main.Point+0
	rel 152+4 t=R_METHODOFF main.(*Point).Scale+0
	rel 156+4 t=R_METHODOFF main.Point.Scale+0
	rel 160+4 t=R_ADDROFF type:.namedata.Sum.+0
	rel 164+4 t=R_METHODOFF type:func() int+0
	rel 168+4 t=R_METHODOFF main.(*Point).Sum+0
	rel 172+4 t=R_METHODOFF main.Point.Sum+0
go:string."bound value" SRODATA dupok size=11 align=0x1
	0x0000 62 6f 75 6e 64 20 76 61 6c 75 65                 bound value
go:string."current" SRODATA dupok size=7 align=0x1
	0x0000 63 75 72 72 65 6e 74                             current
go:string."bound value " SRODATA dupok size=12 align=0x1
	0x0000 62 6f 75 6e 64 20 76 61 6c 75 65 20              bound value 
go:string." current " SRODATA dupok size=9 align=0x1
	0x0000 20 63 75 72 72 65 6e 74 20                        current 
go:string."after moves" SRODATA dupok size=11 align=0x1
	0x0000 61 66 74 65 72 20 6d 6f 76 65 73                 after moves
go:string."after moves " SRODATA dupok size=12 align=0x1
	0x0000 61 66 74 65 72 20 6d 6f 76 65 73 20              after moves 
go:string."expr Scale" SRODATA dupok size=10 align=0x1
	0x0000 65 78 70 72 20 53 63 61 6c 65                    expr Scale
go:string."expr Scale " SRODATA dupok size=11 align=0x1
	0x0000 65 78 70 72 20 53 63 61 6c 65 20                 expr Scale 
go:string."expr Move" SRODATA dupok size=9 align=0x1
	0x0000 65 78 70 72 20 4d 6f 76 65                       expr Move
go:string."expr Move " SRODATA dupok size=10 align=0x1
	0x0000 65 78 70 72 20 4d 6f 76 65 20                    expr Move 
go:string."ptr expr Sum" SRODATA dupok size=12 align=0x1
	0x0000 70 74 72 20 65 78 70 72 20 53 75 6d              ptr expr Sum
go:string."ptr expr Sum " SRODATA dupok size=13 align=0x1
	0x0000 70 74 72 20 65 78 70 72 20 53 75 6d 20           ptr expr Sum 
go:string."callAll" SRODATA dupok size=7 align=0x1
	0x0000 63 61 6c 6c 41 6c 6c                             callAll
go:string."callAll " SRODATA dupok size=8 align=0x1
	0x0000 63 61 6c 6c 41 6c 6c 20                          callAll 
type:.namedata.*[]func() int- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 5b 5d 66 75 6e 63 28 29 20 69 6e 74     ..*[]func() int
type:*[]func() int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a3 a4 44 7a 28 08 08 16 00 00 00 00 00 00 00 00  ..Dz(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]func() int-+0
	rel 48+8 t=R_ADDR type:[]func() int+0
type:[]func() int SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1b ad 0e 75 02 08 08 17 00 00 00 00 00 00 00 00  ...u............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]func() int-+0
	rel 44+4 t=RelocType(-32763) type:*[]func() int+0
	rel 48+8 t=R_ADDR type:func() int+0
type:.namedata.*struct { F uintptr; R main.Point }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .#*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 52 20 6d 61 69 6e 2e 50 6f  ntptr; R main.Po
	0x0020 69 6e 74 20 7d                                   int }
type:noalg.*struct { F uintptr; R main.Point } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 51 7a 5f 05 20 08 08 16 00 00 00 00 00 00 00 00  Qz_. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; R main.Point }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; R main.Point }+0
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.R. SRODATA dupok size=3 align=0x1
	0x0000 01 01 52                                         ..R
type:noalg.struct { F uintptr; R main.Point } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 c9 50 ab 79 02 08 08 19 00 00 00 00 00 00 00 00  .P.y............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; R main.Point }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; R main.Point }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; R main.Point }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.R.+0
	rel 112+8 t=R_ADDR type:main.Point+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
runtime.gcbits.0f00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 0f 00 00 00 00 00 00 00                          ........
main.(*Point).Move·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.(*Point).Move+0
main.(*Point).Sum·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.(*Point).Sum+0
main.Point.Scale·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.Point.Scale+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Point.Sum.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Point.Sum.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Point.Scale.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 ff                       .........
main.Point.Scale.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*Point).Move.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*Point).Move.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.callAll.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.callAll.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 03                                         ...
gclocals·Dj7m7VTqKq6fxJqfrrXabg== SRODATA dupok size=8 align=0x4
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·z4GwWvFdyYR/flAVjwy7bw== SRODATA dupok size=18 align=0x4
	0x0000 05 00 00 00 09 00 00 00 00 00 80 00 00 01 01 00  ................
	0x0010 02 00                                            ..
main.main.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 c8 ff ff ff 20 00 00 00  ............ ...
	0x0010 20 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00   ...............
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0f00000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.(*Point).Scale.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.(*Point).Scale.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Point).Sum.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Point).Sum.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Point).Move-fm.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.(*Point).Move-fm.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
