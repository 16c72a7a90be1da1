funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (map_int_keys.go:4)	TEXT	main.main(SB), ABIInternal, $984-0
     0        00000 (map_int_keys.go:4)	TEXT	main.main(SB), ABIInternal, $984-0
     0     -1 00000 (map_int_keys.go:4)	LEAQ	-856(SP), R12
     8        00008 (map_int_keys.go:4)	CMPQ	R12, 16(R14)
     c        00012 (map_int_keys.go:4)	PCDATA	$0, $-2
     c        00012 (map_int_keys.go:4)	JLS	2264
    12        00018 (map_int_keys.go:4)	PCDATA	$0, $-1
    12        00018 (map_int_keys.go:4)	PUSHQ	BP
    13        00019 (map_int_keys.go:4)	MOVQ	SP, BP
    16        00022 (map_int_keys.go:4)	SUBQ	$976, SP
    1d        00029 (map_int_keys.go:4)	FUNCDATA	$0, gclocals·NL1fmQxTaE165lC0D8tWVg==(SB)
    1d        00029 (map_int_keys.go:4)	FUNCDATA	$1, gclocals·23H7BaDUm9C5R3ZlkEl1aw==(SB)
    1d        00029 (map_int_keys.go:4)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (map_int_keys.go:5)	LEAQ	main..autotmp_28+832(SP), AX
    25        00037 (map_int_keys.go:5)	MOVUPS	X15, (AX)
    29        00041 (map_int_keys.go:5)	MOVUPS	X15, 16(AX)
    2e        00046 (map_int_keys.go:5)	MOVUPS	X15, 32(AX)
    33        00051 (map_int_keys.go:5)	LEAQ	main..autotmp_29+376(SP), AX
    3b        00059 (map_int_keys.go:5)	MOVUPS	X15, (AX)
    3f        00063 (map_int_keys.go:5)	MOVUPS	X15, 16(AX)
    44        00068 (map_int_keys.go:5)	MOVUPS	X15, 32(AX)
    49        00073 (map_int_keys.go:5)	MOVUPS	X15, 48(AX)
    4e        00078 (map_int_keys.go:5)	MOVUPS	X15, 64(AX)
    53        00083 (map_int_keys.go:5)	MOVUPS	X15, 80(AX)
    58        00088 (map_int_keys.go:5)	MOVUPS	X15, 96(AX)
    5d        00093 (map_int_keys.go:5)	MOVUPS	X15, 112(AX)
    62        00098 (map_int_keys.go:5)	MOVUPS	X15, 120(AX)
    67        00103 (map_int_keys.go:5)	MOVQ	$-9187201950435737472, CX
    71        00113 (map_int_keys.go:5)	MOVQ	CX, main..autotmp_29+376(SP)
    79        00121 (map_int_keys.go:5)	MOVQ	AX, main..autotmp_28+848(SP)
    81        00129 (map_int_keys.go:5)	PCDATA	$1, $1
    81        00129 (map_int_keys.go:5)	CALL	runtime.rand(SB)
    86        00134 (map_int_keys.go:5)	MOVQ	AX, main..autotmp_28+840(SP)
    8e        00142 (map_int_keys.go:5)	MOVQ	$-50, AX
    95        00149 (map_int_keys.go:6)	JMP	201
    97        00151 (map_int_keys.go:6)	MOVQ	AX, main.i+144(SP)
    9f        00159 (map_int_keys.go:7)	MOVQ	AX, CX
    a2        00162 (map_int_keys.go:7)	IMULQ	AX, CX
    a6        00166 (map_int_keys.go:7)	LEAQ	type:map[int]int(SB), AX
    ad        00173 (map_int_keys.go:7)	LEAQ	main..autotmp_28+832(SP), BX
    b5        00181 (map_int_keys.go:7)	CALL	runtime.mapassign_fast64(SB)
    ba        00186 (map_int_keys.go:7)	MOVQ	main.i+144(SP), DX
    c2        00194 (map_int_keys.go:7)	ADDQ	DX, (AX)
    c5        00197 (map_int_keys.go:6)	LEAQ	1(DX), AX
    c9        00201 (map_int_keys.go:6)	CMPQ	AX, $50
    cd        00205 (map_int_keys.go:6)	JLT	151
    cf        00207 (map_int_keys.go:9)	MOVQ	main..autotmp_28+832(SP), AX
    d7        00215 (map_int_keys.go:9)	MOVQ	AX, main..autotmp_70+168(SP)
    df        00223 (map_int_keys.go:9)	NOP
    e0        00224 (map_int_keys.go:9)	CALL	runtime.printlock(SB)
    e5        00229 (map_int_keys.go:9)	LEAQ	go:string."len "(SB), AX
    ec        00236 (map_int_keys.go:9)	MOVL	$4, BX
    f1        00241 (map_int_keys.go:9)	CALL	runtime.printstring(SB)
    f6        00246 (map_int_keys.go:9)	MOVQ	main..autotmp_70+168(SP), AX
    fe        00254 (map_int_keys.go:9)	NOP
   100        00256 (map_int_keys.go:9)	CALL	runtime.printint(SB)
   105        00261 (map_int_keys.go:9)	CALL	runtime.printnl(SB)
   10a        00266 (map_int_keys.go:9)	CALL	runtime.printunlock(SB)
   10f        00271 (map_int_keys.go:10)	LEAQ	type:map[int]int(SB), AX
   116        00278 (map_int_keys.go:10)	LEAQ	main..autotmp_28+832(SP), BX
   11e        00286 (map_int_keys.go:10)	MOVL	$49, CX
   123        00291 (map_int_keys.go:10)	CALL	runtime.mapaccess2_fast64(SB)
   128        00296 (map_int_keys.go:10)	MOVB	BL, main.ok+69(SP)
   12c        00300 (map_int_keys.go:10)	MOVQ	(AX), AX
   12f        00303 (map_int_keys.go:10)	MOVQ	AX, main.v+72(SP)
   134        00308 (map_int_keys.go:11)	CALL	runtime.printlock(SB)
   139        00313 (map_int_keys.go:11)	MOVQ	main.v+72(SP), AX
   13e        00318 (map_int_keys.go:11)	NOP
   140        00320 (map_int_keys.go:11)	CALL	runtime.printint(SB)
   145        00325 (map_int_keys.go:11)	CALL	runtime.printsp(SB)
   14a        00330 (map_int_keys.go:11)	MOVBLZX	main.ok+69(SP), AX
   14f        00335 (map_int_keys.go:11)	CALL	runtime.printbool(SB)
   154        00340 (map_int_keys.go:11)	CALL	runtime.printnl(SB)
   159        00345 (map_int_keys.go:11)	CALL	runtime.printunlock(SB)
   15e        00350 (map_int_keys.go:12)	LEAQ	type:map[int]int(SB), AX
   165        00357 (map_int_keys.go:12)	LEAQ	main..autotmp_28+832(SP), BX
   16d        00365 (map_int_keys.go:12)	MOVL	$50, CX
   172        00370 (map_int_keys.go:12)	CALL	runtime.mapaccess2_fast64(SB)
   177        00375 (map_int_keys.go:12)	MOVB	BL, main.ok+69(SP)
   17b        00379 (map_int_keys.go:12)	MOVQ	(AX), AX
   17e        00382 (map_int_keys.go:12)	MOVQ	AX, main.v+72(SP)
   183        00387 (map_int_keys.go:13)	CALL	runtime.printlock(SB)
   188        00392 (map_int_keys.go:13)	MOVQ	main.v+72(SP), AX
   18d        00397 (map_int_keys.go:13)	CALL	runtime.printint(SB)
   192        00402 (map_int_keys.go:13)	CALL	runtime.printsp(SB)
   197        00407 (map_int_keys.go:13)	MOVBLZX	main.ok+69(SP), AX
   19c        00412 (map_int_keys.go:13)	NOP
   1a0        00416 (map_int_keys.go:13)	CALL	runtime.printbool(SB)
   1a5        00421 (map_int_keys.go:13)	CALL	runtime.printnl(SB)
   1aa        00426 (map_int_keys.go:13)	CALL	runtime.printunlock(SB)
   1af        00431 (map_int_keys.go:16)	LEAQ	main..autotmp_25+880(SP), CX
   1b7        00439 (map_int_keys.go:16)	MOVUPS	X15, (CX)
   1bb        00443 (map_int_keys.go:16)	MOVUPS	X15, 16(CX)
   1c0        00448 (map_int_keys.go:16)	MOVUPS	X15, 32(CX)
   1c5        00453 (map_int_keys.go:16)	MOVUPS	X15, 48(CX)
   1ca        00458 (map_int_keys.go:16)	MOVUPS	X15, 64(CX)
   1cf        00463 (map_int_keys.go:16)	MOVUPS	X15, 80(CX)
   1d4        00468 (map_int_keys.go:16)	LEAQ	type:map[int]int(SB), AX
   1db        00475 (map_int_keys.go:16)	LEAQ	main..autotmp_28+832(SP), BX
   1e3        00483 (map_int_keys.go:16)	PCDATA	$1, $2
   1e3        00483 (map_int_keys.go:16)	CALL	runtime.mapIterStart(SB)
   1e8        00488 (map_int_keys.go:16)	XORL	AX, AX
   1ea        00490 (map_int_keys.go:16)	XORL	CX, CX
   1ec        00492 (map_int_keys.go:16)	JMP	541
   1ee        00494 (map_int_keys.go:16)	MOVQ	main..autotmp_25+888(SP), BX
   1f6        00502 (map_int_keys.go:17)	ADDQ	(DX), CX
   1f9        00505 (map_int_keys.go:17)	MOVQ	CX, main.sumK+88(SP)
   1fe        00510 (map_int_keys.go:16)	ADDQ	(BX), AX
   201        00513 (map_int_keys.go:16)	MOVQ	AX, main.sumV+80(SP)
   206        00518 (map_int_keys.go:16)	LEAQ	main..autotmp_25+880(SP), AX
   20e        00526 (map_int_keys.go:16)	CALL	runtime.mapIterNext(SB)
   213        00531 (map_int_keys.go:16)	MOVQ	main.sumV+80(SP), AX
   218        00536 (map_int_keys.go:16)	MOVQ	main.sumK+88(SP), CX
   21d        00541 (map_int_keys.go:16)	MOVQ	main..autotmp_25+880(SP), DX
   225        00549 (map_int_keys.go:16)	TESTQ	DX, DX
   228        00552 (map_int_keys.go:16)	JNE	494
   22a        00554 (map_int_keys.go:16)	MOVQ	AX, main.sumV+80(SP)
   22f        00559 (map_int_keys.go:16)	MOVQ	CX, main.sumK+88(SP)
   234        00564 (map_int_keys.go:20)	PCDATA	$1, $1
   234        00564 (map_int_keys.go:20)	CALL	runtime.printlock(SB)
   239        00569 (map_int_keys.go:20)	LEAQ	go:string."sums "(SB), AX
   240        00576 (map_int_keys.go:20)	MOVL	$5, BX
   245        00581 (map_int_keys.go:20)	CALL	runtime.printstring(SB)
   24a        00586 (map_int_keys.go:20)	MOVQ	main.sumK+88(SP), AX
   24f        00591 (map_int_keys.go:20)	CALL	runtime.printint(SB)
   254        00596 (map_int_keys.go:20)	CALL	runtime.printsp(SB)
   259        00601 (map_int_keys.go:20)	MOVQ	main.sumV+80(SP), AX
   25e        00606 (map_int_keys.go:20)	NOP
   260        00608 (map_int_keys.go:20)	CALL	runtime.printint(SB)
   265        00613 (map_int_keys.go:20)	CALL	runtime.printnl(SB)
   26a        00618 (map_int_keys.go:20)	CALL	runtime.printunlock(SB)
   26f        00623 (map_int_keys.go:22)	LEAQ	main..autotmp_25+880(SP), CX
   277        00631 (map_int_keys.go:22)	MOVUPS	X15, (CX)
   27b        00635 (map_int_keys.go:22)	MOVUPS	X15, 16(CX)
   280        00640 (map_int_keys.go:22)	MOVUPS	X15, 32(CX)
   285        00645 (map_int_keys.go:22)	MOVUPS	X15, 48(CX)
   28a        00650 (map_int_keys.go:22)	MOVUPS	X15, 64(CX)
   28f        00655 (map_int_keys.go:22)	MOVUPS	X15, 80(CX)
   294        00660 (map_int_keys.go:22)	LEAQ	type:map[int]int(SB), AX
   29b        00667 (map_int_keys.go:22)	LEAQ	main..autotmp_28+832(SP), BX
   2a3        00675 (map_int_keys.go:22)	PCDATA	$1, $2
   2a3        00675 (map_int_keys.go:22)	CALL	runtime.mapIterStart(SB)
   2a8        00680 (map_int_keys.go:22)	JMP	695
   2aa        00682 (map_int_keys.go:22)	LEAQ	main..autotmp_25+880(SP), AX
   2b2        00690 (map_int_keys.go:22)	CALL	runtime.mapIterNext(SB)
   2b7        00695 (map_int_keys.go:22)	MOVQ	main..autotmp_25+880(SP), DX
   2bf        00703 (map_int_keys.go:22)	NOP
   2c0        00704 (map_int_keys.go:22)	TESTQ	DX, DX
   2c3        00707 (map_int_keys.go:22)	JEQ	764
   2c5        00709 (map_int_keys.go:22)	MOVQ	(DX), CX
   2c8        00712 (map_int_keys.go:23)	MOVQ	CX, DX
   2cb        00715 (map_int_keys.go:23)	SHRQ	$63, DX
   2cf        00719 (map_int_keys.go:23)	ADDQ	CX, DX
   2d2        00722 (map_int_keys.go:23)	ANDQ	$-2, DX
   2d6        00726 (map_int_keys.go:23)	MOVQ	CX, SI
   2d9        00729 (map_int_keys.go:23)	SUBQ	DX, SI
   2dc        00732 (map_int_keys.go:23)	NOP
   2e0        00736 (map_int_keys.go:23)	CMPQ	SI, $1
   2e4        00740 (map_int_keys.go:23)	JNE	682
   2e6        00742 (map_int_keys.go:24)	LEAQ	type:map[int]int(SB), AX
   2ed        00749 (map_int_keys.go:24)	LEAQ	main..autotmp_28+832(SP), BX
   2f5        00757 (map_int_keys.go:24)	CALL	runtime.mapdelete_fast64(SB)
   2fa        00762 (map_int_keys.go:24)	JMP	682
   2fc        00764 (map_int_keys.go:27)	MOVQ	main..autotmp_28+832(SP), AX
   304        00772 (map_int_keys.go:27)	MOVQ	AX, main..autotmp_70+168(SP)
   30c        00780 (map_int_keys.go:27)	PCDATA	$1, $1
   30c        00780 (map_int_keys.go:27)	CALL	runtime.printlock(SB)
   311        00785 (map_int_keys.go:27)	LEAQ	go:string."after delete "(SB), AX
   318        00792 (map_int_keys.go:27)	MOVL	$13, BX
   31d        00797 (map_int_keys.go:27)	NOP
   320        00800 (map_int_keys.go:27)	CALL	runtime.printstring(SB)
   325        00805 (map_int_keys.go:27)	MOVQ	main..autotmp_70+168(SP), AX
   32d        00813 (map_int_keys.go:27)	CALL	runtime.printint(SB)
   332        00818 (map_int_keys.go:27)	CALL	runtime.printnl(SB)
   337        00823 (map_int_keys.go:27)	CALL	runtime.printunlock(SB)
   33c        00828 (map_int_keys.go:28)	LEAQ	type:map[int]int(SB), AX
   343        00835 (map_int_keys.go:28)	LEAQ	main..autotmp_28+832(SP), BX
   34b        00843 (map_int_keys.go:28)	MOVL	$12345, CX
   350        00848 (map_int_keys.go:28)	PCDATA	$1, $0
   350        00848 (map_int_keys.go:28)	CALL	runtime.mapdelete_fast64(SB)
   355        00853 (map_int_keys.go:30)	LEAQ	main..autotmp_36+784(SP), AX
   35d        00861 (map_int_keys.go:30)	MOVUPS	X15, (AX)
   361        00865 (map_int_keys.go:30)	MOVUPS	X15, 16(AX)
   366        00870 (map_int_keys.go:30)	MOVUPS	X15, 32(AX)
   36b        00875 (map_int_keys.go:30)	LEAQ	main..autotmp_37+584(SP), AX
   373        00883 (map_int_keys.go:30)	MOVL	$3, CX
   378        00888 (map_int_keys.go:30)	MOVUPS	X15, (AX)
   37c        00892 (map_int_keys.go:30)	MOVUPS	X15, 16(AX)
   381        00897 (map_int_keys.go:30)	MOVUPS	X15, 32(AX)
   386        00902 (map_int_keys.go:30)	MOVUPS	X15, 48(AX)
   38b        00907 (map_int_keys.go:30)	ADDQ	$64, AX
   38f        00911 (map_int_keys.go:30)	DECL	CX
   391        00913 (map_int_keys.go:30)	JNE	888
   393        00915 (map_int_keys.go:30)	MOVUPS	X15, -8(AX)
   398        00920 (map_int_keys.go:30)	MOVQ	$-9187201950435737472, AX
   3a2        00930 (map_int_keys.go:30)	MOVQ	AX, main..autotmp_37+584(SP)
   3aa        00938 (map_int_keys.go:30)	LEAQ	main..autotmp_37+584(SP), AX
   3b2        00946 (map_int_keys.go:30)	MOVQ	AX, main..autotmp_36+800(SP)
   3ba        00954 (map_int_keys.go:30)	PCDATA	$1, $3
   3ba        00954 (map_int_keys.go:30)	CALL	runtime.rand(SB)
   3bf        00959 (map_int_keys.go:30)	MOVQ	AX, main..autotmp_36+792(SP)
   3c7        00967 (map_int_keys.go:30)	XORL	AX, AX
   3c9        00969 (map_int_keys.go:31)	JMP	992
   3cb        00971 (map_int_keys.go:32)	PCDATA	$0, $-2
   3cb        00971 (map_int_keys.go:32)	LEAQ	go:string."x"(SB), DX
   3d2        00978 (map_int_keys.go:32)	MOVQ	DX, (AX)
   3d5        00981 (map_int_keys.go:31)	PCDATA	$0, $-1
   3d5        00981 (map_int_keys.go:31)	MOVQ	main.i+136(SP), AX
   3dd        00989 (map_int_keys.go:31)	INCQ	AX
   3e0        00992 (map_int_keys.go:31)	CMPQ	AX, $5000
   3e6        00998 (map_int_keys.go:31)	JGE	1066
   3e8        01000 (map_int_keys.go:31)	MOVQ	AX, main.i+136(SP)
   3f0        01008 (map_int_keys.go:32)	IMUL3Q	$7919, AX, CX
   3f7        01015 (map_int_keys.go:32)	LEAQ	type:map[int64]string(SB), AX
   3fe        01022 (map_int_keys.go:32)	LEAQ	main..autotmp_36+784(SP), BX
   406        01030 (map_int_keys.go:32)	CALL	runtime.mapassign_fast64(SB)
   40b        01035 (map_int_keys.go:32)	MOVQ	$1, 8(AX)
   413        01043 (map_int_keys.go:32)	CMPL	runtime.writeBarrier(SB), $0
   41a        01050 (map_int_keys.go:32)	PCDATA	$0, $-2
   41a        01050 (map_int_keys.go:32)	JEQ	971
   41c        01052 (map_int_keys.go:32)	MOVQ	(AX), DX
   41f        01055 (map_int_keys.go:32)	NOP
   420        01056 (map_int_keys.go:32)	CALL	runtime.gcWriteBarrier1(SB)
   425        01061 (map_int_keys.go:32)	MOVQ	DX, (R11)
   428        01064 (map_int_keys.go:32)	JMP	971
   42a        01066 (map_int_keys.go:34)	PCDATA	$0, $-1
   42a        01066 (map_int_keys.go:34)	MOVQ	main..autotmp_36+784(SP), DX
   432        01074 (map_int_keys.go:34)	MOVQ	DX, main..autotmp_70+168(SP)
   43a        01082 (map_int_keys.go:34)	LEAQ	type:map[int64]string(SB), AX
   441        01089 (map_int_keys.go:34)	LEAQ	main..autotmp_36+784(SP), BX
   449        01097 (map_int_keys.go:34)	MOVL	$39587081, CX
   44e        01102 (map_int_keys.go:34)	CALL	runtime.mapaccess1_fast64(SB)
   453        01107 (map_int_keys.go:34)	MOVQ	(AX), DX
   456        01110 (map_int_keys.go:34)	MOVQ	DX, main..autotmp_71+528(SP)
   45e        01118 (map_int_keys.go:34)	MOVQ	8(AX), DX
   462        01122 (map_int_keys.go:34)	MOVQ	DX, main..autotmp_72+160(SP)
   46a        01130 (map_int_keys.go:34)	LEAQ	type:map[int64]string(SB), AX
   471        01137 (map_int_keys.go:34)	LEAQ	main..autotmp_36+784(SP), BX
   479        01145 (map_int_keys.go:34)	MOVL	$1, CX
   47e        01150 (map_int_keys.go:34)	PCDATA	$1, $4
   47e        01150 (map_int_keys.go:34)	NOP
   480        01152 (map_int_keys.go:34)	CALL	runtime.mapaccess1_fast64(SB)
   485        01157 (map_int_keys.go:34)	MOVQ	8(AX), DX
   489        01161 (map_int_keys.go:34)	MOVQ	DX, main..autotmp_73+152(SP)
   491        01169 (map_int_keys.go:34)	CALL	runtime.printlock(SB)
   496        01174 (map_int_keys.go:34)	MOVQ	main..autotmp_70+168(SP), AX
   49e        01182 (map_int_keys.go:34)	NOP
   4a0        01184 (map_int_keys.go:34)	CALL	runtime.printint(SB)
   4a5        01189 (map_int_keys.go:34)	CALL	runtime.printsp(SB)
   4aa        01194 (map_int_keys.go:34)	MOVQ	main..autotmp_71+528(SP), AX
   4b2        01202 (map_int_keys.go:34)	MOVQ	main..autotmp_72+160(SP), BX
   4ba        01210 (map_int_keys.go:34)	PCDATA	$1, $3
   4ba        01210 (map_int_keys.go:34)	CALL	runtime.printstring(SB)
   4bf        01215 (map_int_keys.go:34)	NOP
   4c0        01216 (map_int_keys.go:34)	CALL	runtime.printsp(SB)
   4c5        01221 (map_int_keys.go:34)	MOVQ	main..autotmp_73+152(SP), DX
   4cd        01229 (map_int_keys.go:34)	TESTQ	DX, DX
   4d0        01232 (map_int_keys.go:34)	SETEQ	AL
   4d3        01235 (map_int_keys.go:34)	CALL	runtime.printbool(SB)
   4d8        01240 (map_int_keys.go:34)	CALL	runtime.printnl(SB)
   4dd        01245 (map_int_keys.go:34)	NOP
   4e0        01248 (map_int_keys.go:34)	CALL	runtime.printunlock(SB)
   4e5        01253 (map_int_keys.go:34)	XORL	AX, AX
   4e7        01255 (map_int_keys.go:35)	JMP	1312
   4e9        01257 (map_int_keys.go:35)	MOVQ	AX, main.i+128(SP)
   4f1        01265 (map_int_keys.go:36)	IMUL3Q	$7919, AX, CX
   4f8        01272 (map_int_keys.go:36)	LEAQ	type:map[int64]string(SB), AX
   4ff        01279 (map_int_keys.go:36)	LEAQ	main..autotmp_36+784(SP), BX
   507        01287 (map_int_keys.go:36)	CALL	runtime.mapdelete_fast64(SB)
   50c        01292 (map_int_keys.go:35)	MOVQ	main.i+128(SP), AX
   514        01300 (map_int_keys.go:35)	ADDQ	$2, AX
   518        01304 (map_int_keys.go:35)	NOP
   520        01312 (map_int_keys.go:35)	CMPQ	AX, $5000
   526        01318 (map_int_keys.go:35)	JLT	1257
   528        01320 (map_int_keys.go:38)	MOVQ	main..autotmp_36+784(SP), AX
   530        01328 (map_int_keys.go:38)	MOVQ	AX, main..autotmp_70+168(SP)
   538        01336 (map_int_keys.go:38)	PCDATA	$1, $0
   538        01336 (map_int_keys.go:38)	CALL	runtime.printlock(SB)
   53d        01341 (map_int_keys.go:38)	MOVQ	main..autotmp_70+168(SP), AX
   545        01349 (map_int_keys.go:38)	CALL	runtime.printint(SB)
   54a        01354 (map_int_keys.go:38)	CALL	runtime.printnl(SB)
   54f        01359 (map_int_keys.go:38)	CALL	runtime.printunlock(SB)
   554        01364 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), AX
   55c        01372 (map_int_keys.go:41)	MOVUPS	X15, (AX)
   560        01376 (map_int_keys.go:41)	MOVUPS	X15, 16(AX)
   565        01381 (map_int_keys.go:41)	MOVUPS	X15, 32(AX)
   56a        01386 (map_int_keys.go:41)	LEAQ	main..autotmp_47+240(SP), AX
   572        01394 (map_int_keys.go:41)	MOVUPS	X15, (AX)
   576        01398 (map_int_keys.go:41)	MOVUPS	X15, 16(AX)
   57b        01403 (map_int_keys.go:41)	MOVUPS	X15, 32(AX)
   580        01408 (map_int_keys.go:41)	MOVUPS	X15, 48(AX)
   585        01413 (map_int_keys.go:41)	MOVUPS	X15, 64(AX)
   58a        01418 (map_int_keys.go:41)	MOVUPS	X15, 80(AX)
   58f        01423 (map_int_keys.go:41)	MOVUPS	X15, 96(AX)
   594        01428 (map_int_keys.go:41)	MOVUPS	X15, 112(AX)
   599        01433 (map_int_keys.go:41)	MOVUPS	X15, 120(AX)
   59e        01438 (map_int_keys.go:41)	MOVQ	$-9187201950435737472, CX
   5a8        01448 (map_int_keys.go:41)	MOVQ	CX, main..autotmp_47+240(SP)
   5b0        01456 (map_int_keys.go:41)	MOVQ	AX, main..autotmp_46+552(SP)
   5b8        01464 (map_int_keys.go:41)	PCDATA	$1, $5
   5b8        01464 (map_int_keys.go:41)	CALL	runtime.rand(SB)
   5bd        01469 (map_int_keys.go:41)	MOVQ	AX, main..autotmp_46+544(SP)
   5c5        01477 (map_int_keys.go:41)	LEAQ	type:map[int]bool(SB), AX
   5cc        01484 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), BX
   5d4        01492 (map_int_keys.go:41)	MOVL	$5, CX
   5d9        01497 (map_int_keys.go:41)	CALL	runtime.mapassign_fast64(SB)
   5de        01502 (map_int_keys.go:41)	MOVB	$1, (AX)
   5e1        01505 (map_int_keys.go:41)	LEAQ	type:map[int]bool(SB), AX
   5e8        01512 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), BX
   5f0        01520 (map_int_keys.go:41)	MOVQ	$-3, CX
   5f7        01527 (map_int_keys.go:41)	CALL	runtime.mapassign_fast64(SB)
   5fc        01532 (map_int_keys.go:41)	MOVB	$0, (AX)
   5ff        01535 (map_int_keys.go:41)	LEAQ	type:map[int]bool(SB), AX
   606        01542 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), BX
   60e        01550 (map_int_keys.go:41)	MOVL	$12, CX
   613        01555 (map_int_keys.go:41)	CALL	runtime.mapassign_fast64(SB)
   618        01560 (map_int_keys.go:41)	MOVB	$1, (AX)
   61b        01563 (map_int_keys.go:41)	LEAQ	type:map[int]bool(SB), AX
   622        01570 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), BX
   62a        01578 (map_int_keys.go:41)	XORL	CX, CX
   62c        01580 (map_int_keys.go:41)	CALL	runtime.mapassign_fast64(SB)
   631        01585 (map_int_keys.go:41)	MOVB	$1, (AX)
   634        01588 (map_int_keys.go:41)	LEAQ	type:map[int]bool(SB), AX
   63b        01595 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), BX
   643        01603 (map_int_keys.go:41)	MOVL	$7, CX
   648        01608 (map_int_keys.go:41)	CALL	runtime.mapassign_fast64(SB)
   64d        01613 (map_int_keys.go:41)	MOVB	$0, (AX)
   650        01616 (map_int_keys.go:42)	MOVQ	main..autotmp_46+536(SP), CX
   658        01624 (map_int_keys.go:42)	MOVQ	CX, main..autotmp_70+168(SP)
   660        01632 (map_int_keys.go:42)	CMPQ	CX, $4
   664        01636 (map_int_keys.go:42)	JHI	1666
   666        01638 (map_int_keys.go:42)	LEAQ	main..autotmp_59+208(SP), DX
   66e        01646 (map_int_keys.go:42)	MOVUPS	X15, (DX)
   672        01650 (map_int_keys.go:42)	MOVUPS	X15, 16(DX)
   677        01655 (map_int_keys.go:42)	LEAQ	main..autotmp_59+208(SP), AX
   67f        01663 (map_int_keys.go:42)	NOP
   680        01664 (map_int_keys.go:42)	JMP	1680
   682        01666 (map_int_keys.go:42)	LEAQ	type:int(SB), AX
   689        01673 (map_int_keys.go:42)	XORL	BX, BX
   68b        01675 (map_int_keys.go:42)	CALL	runtime.makeslice(SB)
   690        01680 (map_int_keys.go:43)	MOVQ	AX, main.keys.ptr+512(SP)
   698        01688 (map_int_keys.go:43)	LEAQ	main..autotmp_25+880(SP), CX
   6a0        01696 (map_int_keys.go:43)	MOVUPS	X15, (CX)
   6a4        01700 (map_int_keys.go:43)	MOVUPS	X15, 16(CX)
   6a9        01705 (map_int_keys.go:43)	MOVUPS	X15, 32(CX)
   6ae        01710 (map_int_keys.go:43)	MOVUPS	X15, 48(CX)
   6b3        01715 (map_int_keys.go:43)	MOVUPS	X15, 64(CX)
   6b8        01720 (map_int_keys.go:43)	MOVUPS	X15, 80(CX)
   6bd        01725 (map_int_keys.go:43)	LEAQ	type:map[int]bool(SB), AX
   6c4        01732 (map_int_keys.go:43)	LEAQ	main..autotmp_46+536(SP), BX
   6cc        01740 (map_int_keys.go:43)	PCDATA	$1, $6
   6cc        01740 (map_int_keys.go:43)	CALL	runtime.mapIterStart(SB)
   6d1        01745 (map_int_keys.go:43)	XORL	AX, AX
   6d3        01747 (map_int_keys.go:43)	MOVQ	main.keys.ptr+512(SP), CX
   6db        01755 (map_int_keys.go:43)	XORL	DX, DX
   6dd        01757 (map_int_keys.go:43)	MOVQ	main..autotmp_70+168(SP), BX
   6e5        01765 (map_int_keys.go:43)	JMP	1830
   6e7        01767 (map_int_keys.go:44)	MOVQ	CX, main.keys.ptr+512(SP)
   6ef        01775 (map_int_keys.go:44)	MOVQ	R9, main.keys.len+96(SP)
   6f4        01780 (map_int_keys.go:44)	MOVQ	BX, main.keys.cap+104(SP)
   6f9        01785 (map_int_keys.go:44)	MOVB	AL, main..autotmp_75+70(SP)
   6fd        01789 (map_int_keys.go:44)	MOVQ	R8, -8(CX)(R9*8)
   702        01794 (map_int_keys.go:43)	LEAQ	main..autotmp_25+880(SP), AX
   70a        01802 (map_int_keys.go:43)	CALL	runtime.mapIterNext(SB)
   70f        01807 (map_int_keys.go:43)	MOVBLZX	main..autotmp_75+70(SP), AX
   714        01812 (map_int_keys.go:43)	MOVQ	main.keys.ptr+512(SP), CX
   71c        01820 (map_int_keys.go:43)	MOVQ	main.keys.len+96(SP), DX
   721        01825 (map_int_keys.go:43)	MOVQ	main.keys.cap+104(SP), BX
   726        01830 (map_int_keys.go:43)	MOVQ	main..autotmp_25+880(SP), R8
   72e        01838 (map_int_keys.go:43)	TESTQ	R8, R8
   731        01841 (map_int_keys.go:43)	JEQ	1961
   733        01843 (map_int_keys.go:44)	LEAQ	1(DX), R9
   737        01847 (map_int_keys.go:43)	MOVQ	(R8), R8
   73a        01850 (map_int_keys.go:44)	CMPQ	BX, R9
   73d        01853 (map_int_keys.go:44)	JCC	1767
   73f        01855 (map_int_keys.go:43)	MOVQ	R8, main.k+120(SP)
   744        01860 (map_int_keys.go:43)	MOVB	AL, main..autotmp_74+71(SP)
   748        01864 (map_int_keys.go:44)	CMPQ	R9, $4
   74c        01868 (map_int_keys.go:44)	JGT	1911
   74e        01870 (map_int_keys.go:43)	TESTB	AL, AL
   750        01872 (map_int_keys.go:44)	JNE	1911
   752        01874 (map_int_keys.go:44)	TESTQ	DX, DX
   755        01877 (map_int_keys.go:44)	JNE	1911
   757        01879 (map_int_keys.go:44)	LEAQ	main..autotmp_65+176(SP), CX
   75f        01887 (map_int_keys.go:44)	MOVUPS	X15, (CX)
   763        01891 (map_int_keys.go:44)	MOVUPS	X15, 16(CX)
   768        01896 (map_int_keys.go:44)	MOVL	$4, BX
   76d        01901 (map_int_keys.go:44)	MOVL	$1, AX
   772        01906 (map_int_keys.go:44)	JMP	1767
   777        01911 (map_int_keys.go:44)	MOVQ	CX, AX
   77a        01914 (map_int_keys.go:44)	MOVQ	BX, CX
   77d        01917 (map_int_keys.go:44)	MOVL	$1, DI
   782        01922 (map_int_keys.go:44)	LEAQ	type:int(SB), SI
   789        01929 (map_int_keys.go:44)	MOVQ	R9, BX
   78c        01932 (map_int_keys.go:44)	PCDATA	$1, $7
   78c        01932 (map_int_keys.go:44)	CALL	runtime.growslice(SB)
   791        01937 (map_int_keys.go:44)	MOVQ	main.k+120(SP), R8
   796        01942 (map_int_keys.go:44)	MOVQ	BX, R9
   799        01945 (map_int_keys.go:44)	MOVQ	CX, BX
   79c        01948 (map_int_keys.go:44)	MOVQ	AX, CX
   79f        01951 (map_int_keys.go:44)	MOVBLZX	main..autotmp_74+71(SP), AX
   7a4        01956 (map_int_keys.go:44)	JMP	1767
   7a9        01961 (map_int_keys.go:43)	MOVL	$1, SI
   7ae        01966 (map_int_keys.go:43)	JMP	1972
   7b0        01968 (map_int_keys.go:46)	LEAQ	1(AX), SI
   7b4        01972 (map_int_keys.go:46)	CMPQ	SI, DX
   7b7        01975 (map_int_keys.go:46)	JGE	2015
   7b9        01977 (map_int_keys.go:46)	MOVQ	SI, AX
   7bc        01980 (map_int_keys.go:47)	JMP	1994
   7be        01982 (map_int_keys.go:48)	MOVQ	R8, (CX)(SI*8)
   7c2        01986 (map_int_keys.go:48)	MOVQ	DI, -8(CX)(SI*8)
   7c7        01991 (map_int_keys.go:47)	DECQ	SI
   7ca        01994 (map_int_keys.go:47)	TESTQ	SI, SI
   7cd        01997 (map_int_keys.go:47)	JLE	1968
   7cf        01999 (map_int_keys.go:47)	MOVQ	(CX)(SI*8), DI
   7d3        02003 (map_int_keys.go:47)	MOVQ	-8(CX)(SI*8), R8
   7d8        02008 (map_int_keys.go:47)	CMPQ	R8, DI
   7db        02011 (map_int_keys.go:47)	JGT	1982
   7dd        02013 (map_int_keys.go:47)	JMP	1968
   7df        02015 (map_int_keys.go:43)	MOVQ	DX, main.keys.len+96(SP)
   7e4        02020 (map_int_keys.go:43)	MOVQ	CX, main..autotmp_76+520(SP)
   7ec        02028 (map_int_keys.go:43)	XORL	AX, AX
   7ee        02030 (map_int_keys.go:51)	JMP	2161
   7f3        02035 (map_int_keys.go:51)	MOVQ	AX, main..autotmp_72+160(SP)
   7fb        02043 (map_int_keys.go:51)	MOVQ	(CX)(AX*8), CX
   7ff        02047 (map_int_keys.go:51)	MOVQ	CX, main.k+112(SP)
   804        02052 (map_int_keys.go:52)	LEAQ	type:map[int]bool(SB), AX
   80b        02059 (map_int_keys.go:52)	LEAQ	main..autotmp_46+536(SP), BX
   813        02067 (map_int_keys.go:52)	PCDATA	$1, $8
   813        02067 (map_int_keys.go:52)	CALL	runtime.mapaccess1_fast64(SB)
   818        02072 (map_int_keys.go:52)	MOVBLZX	(AX), DX
   81b        02075 (map_int_keys.go:52)	MOVB	DL, main..autotmp_74+71(SP)
   81f        02079 (map_int_keys.go:52)	NOP
   820        02080 (map_int_keys.go:52)	CALL	runtime.printlock(SB)
   825        02085 (map_int_keys.go:52)	MOVQ	main.k+112(SP), AX
   82a        02090 (map_int_keys.go:52)	CALL	runtime.printint(SB)
   82f        02095 (map_int_keys.go:52)	LEAQ	go:string."="(SB), AX
   836        02102 (map_int_keys.go:52)	MOVL	$1, BX
   83b        02107 (map_int_keys.go:52)	NOP
   840        02112 (map_int_keys.go:52)	CALL	runtime.printstring(SB)
   845        02117 (map_int_keys.go:52)	MOVBLZX	main..autotmp_74+71(SP), AX
   84a        02122 (map_int_keys.go:52)	CALL	runtime.printbool(SB)
   84f        02127 (map_int_keys.go:52)	CALL	runtime.printsp(SB)
   854        02132 (map_int_keys.go:52)	CALL	runtime.printunlock(SB)
   859        02137 (map_int_keys.go:51)	MOVQ	main..autotmp_72+160(SP), AX
   861        02145 (map_int_keys.go:51)	INCQ	AX
   864        02148 (map_int_keys.go:51)	MOVQ	main..autotmp_76+520(SP), CX
   86c        02156 (map_int_keys.go:51)	MOVQ	main.keys.len+96(SP), DX
   871        02161 (map_int_keys.go:51)	CMPQ	AX, DX
   874        02164 (map_int_keys.go:51)	JLT	2035
   87a        02170 (map_int_keys.go:54)	PCDATA	$1, $5
   87a        02170 (map_int_keys.go:54)	CALL	runtime.printlock(SB)
   87f        02175 (map_int_keys.go:54)	NOP
   880        02176 (map_int_keys.go:54)	CALL	runtime.printnl(SB)
   885        02181 (map_int_keys.go:54)	CALL	runtime.printunlock(SB)
   88a        02186 (map_int_keys.go:55)	LEAQ	type:map[int]bool(SB), AX
   891        02193 (map_int_keys.go:55)	LEAQ	main..autotmp_46+536(SP), BX
   899        02201 (map_int_keys.go:55)	CALL	runtime.mapclear(SB)
   89e        02206 (map_int_keys.go:56)	MOVQ	main..autotmp_46+536(SP), AX
   8a6        02214 (map_int_keys.go:56)	MOVQ	AX, main..autotmp_70+168(SP)
   8ae        02222 (map_int_keys.go:56)	PCDATA	$1, $0
   8ae        02222 (map_int_keys.go:56)	CALL	runtime.printlock(SB)
   8b3        02227 (map_int_keys.go:56)	MOVQ	main..autotmp_70+168(SP), AX
   8bb        02235 (map_int_keys.go:56)	NOP
   8c0        02240 (map_int_keys.go:56)	CALL	runtime.printint(SB)
   8c5        02245 (map_int_keys.go:56)	CALL	runtime.printnl(SB)
   8ca        02250 (map_int_keys.go:56)	CALL	runtime.printunlock(SB)
   8cf        02255 (map_int_keys.go:57)	ADDQ	$976, SP
   8d6        02262 (map_int_keys.go:57)	POPQ	BP
   8d7        02263 (map_int_keys.go:57)	RET
   8d8        02264 (map_int_keys.go:57)	NOP
   8d8        02264 (map_int_keys.go:4)	PCDATA	$1, $-1
   8d8        02264 (map_int_keys.go:4)	PCDATA	$0, $-2
   8d8        02264 (map_int_keys.go:4)	CALL	runtime.morestack_noctxt(SB)
   8dd        02269 (map_int_keys.go:4)	PCDATA	$0, $-1
   8dd        02269 (map_int_keys.go:4)	NOP
   8e0        02272 (map_int_keys.go:4)	JMP	0
   8e5 done
wrote 4 bytes to 0x0
 00 e5 11 00
main.main STEXT size=2277 align=0x0 args=0x0 locals=0x3d8 funcid=0x0
	0x0000 00000 (map_int_keys.go:4)	TEXT	main.main(SB), ABIInternal, $984-0
	0x0000 00000 (map_int_keys.go:4)	LEAQ	-856(SP), R12
	0x0008 00008 (map_int_keys.go:4)	CMPQ	R12, 16(R14)
	0x000c 00012 (map_int_keys.go:4)	PCDATA	$0, $-2
	0x000c 00012 (map_int_keys.go:4)	JLS	2264
	0x0012 00018 (map_int_keys.go:4)	PCDATA	$0, $-1
	0x0012 00018 (map_int_keys.go:4)	PUSHQ	BP
	0x0013 00019 (map_int_keys.go:4)	MOVQ	SP, BP
	0x0016 00022 (map_int_keys.go:4)	SUBQ	$976, SP
	0x001d 00029 (map_int_keys.go:4)	FUNCDATA	$0, gclocals·NL1fmQxTaE165lC0D8tWVg==(SB)
	0x001d 00029 (map_int_keys.go:4)	FUNCDATA	$1, gclocals·23H7BaDUm9C5R3ZlkEl1aw==(SB)
	0x001d 00029 (map_int_keys.go:4)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (map_int_keys.go:5)	LEAQ	main..autotmp_28+832(SP), AX
	0x0025 00037 (map_int_keys.go:5)	MOVUPS	X15, (AX)
	0x0029 00041 (map_int_keys.go:5)	MOVUPS	X15, 16(AX)
	0x002e 00046 (map_int_keys.go:5)	MOVUPS	X15, 32(AX)
	0x0033 00051 (map_int_keys.go:5)	LEAQ	main..autotmp_29+376(SP), AX
	0x003b 00059 (map_int_keys.go:5)	MOVUPS	X15, (AX)
	0x003f 00063 (map_int_keys.go:5)	MOVUPS	X15, 16(AX)
	0x0044 00068 (map_int_keys.go:5)	MOVUPS	X15, 32(AX)
	0x0049 00073 (map_int_keys.go:5)	MOVUPS	X15, 48(AX)
	0x004e 00078 (map_int_keys.go:5)	MOVUPS	X15, 64(AX)
	0x0053 00083 (map_int_keys.go:5)	MOVUPS	X15, 80(AX)
	0x0058 00088 (map_int_keys.go:5)	MOVUPS	X15, 96(AX)
	0x005d 00093 (map_int_keys.go:5)	MOVUPS	X15, 112(AX)
	0x0062 00098 (map_int_keys.go:5)	MOVUPS	X15, 120(AX)
	0x0067 00103 (map_int_keys.go:5)	MOVQ	$-9187201950435737472, CX
	0x0071 00113 (map_int_keys.go:5)	MOVQ	CX, main..autotmp_29+376(SP)
	0x0079 00121 (map_int_keys.go:5)	MOVQ	AX, main..autotmp_28+848(SP)
	0x0081 00129 (map_int_keys.go:5)	PCDATA	$1, $1
	0x0081 00129 (map_int_keys.go:5)	CALL	runtime.rand(SB)
	0x0086 00134 (map_int_keys.go:5)	MOVQ	AX, main..autotmp_28+840(SP)
	0x008e 00142 (map_int_keys.go:5)	MOVQ	$-50, AX
	0x0095 00149 (map_int_keys.go:6)	JMP	201
	0x0097 00151 (map_int_keys.go:6)	MOVQ	AX, main.i+144(SP)
	0x009f 00159 (map_int_keys.go:7)	MOVQ	AX, CX
	0x00a2 00162 (map_int_keys.go:7)	IMULQ	AX, CX
	0x00a6 00166 (map_int_keys.go:7)	LEAQ	type:map[int]int(SB), AX
	0x00ad 00173 (map_int_keys.go:7)	LEAQ	main..autotmp_28+832(SP), BX
	0x00b5 00181 (map_int_keys.go:7)	CALL	runtime.mapassign_fast64(SB)
	0x00ba 00186 (map_int_keys.go:7)	MOVQ	main.i+144(SP), DX
	0x00c2 00194 (map_int_keys.go:7)	ADDQ	DX, (AX)
	0x00c5 00197 (map_int_keys.go:6)	LEAQ	1(DX), AX
	0x00c9 00201 (map_int_keys.go:6)	CMPQ	AX, $50
	0x00cd 00205 (map_int_keys.go:6)	JLT	151
	0x00cf 00207 (map_int_keys.go:9)	MOVQ	main..autotmp_28+832(SP), AX
	0x00d7 00215 (map_int_keys.go:9)	MOVQ	AX, main..autotmp_70+168(SP)
	0x00df 00223 (map_int_keys.go:9)	NOP
	0x00e0 00224 (map_int_keys.go:9)	CALL	runtime.printlock(SB)
	0x00e5 00229 (map_int_keys.go:9)	LEAQ	go:string."len "(SB), AX
	0x00ec 00236 (map_int_keys.go:9)	MOVL	$4, BX
	0x00f1 00241 (map_int_keys.go:9)	CALL	runtime.printstring(SB)
	0x00f6 00246 (map_int_keys.go:9)	MOVQ	main..autotmp_70+168(SP), AX
	0x00fe 00254 (map_int_keys.go:9)	NOP
	0x0100 00256 (map_int_keys.go:9)	CALL	runtime.printint(SB)
	0x0105 00261 (map_int_keys.go:9)	CALL	runtime.printnl(SB)
	0x010a 00266 (map_int_keys.go:9)	CALL	runtime.printunlock(SB)
	0x010f 00271 (map_int_keys.go:10)	LEAQ	type:map[int]int(SB), AX
	0x0116 00278 (map_int_keys.go:10)	LEAQ	main..autotmp_28+832(SP), BX
	0x011e 00286 (map_int_keys.go:10)	MOVL	$49, CX
	0x0123 00291 (map_int_keys.go:10)	CALL	runtime.mapaccess2_fast64(SB)
	0x0128 00296 (map_int_keys.go:10)	MOVB	BL, main.ok+69(SP)
	0x012c 00300 (map_int_keys.go:10)	MOVQ	(AX), AX
	0x012f 00303 (map_int_keys.go:10)	MOVQ	AX, main.v+72(SP)
	0x0134 00308 (map_int_keys.go:11)	CALL	runtime.printlock(SB)
	0x0139 00313 (map_int_keys.go:11)	MOVQ	main.v+72(SP), AX
	0x013e 00318 (map_int_keys.go:11)	NOP
	0x0140 00320 (map_int_keys.go:11)	CALL	runtime.printint(SB)
	0x0145 00325 (map_int_keys.go:11)	CALL	runtime.printsp(SB)
	0x014a 00330 (map_int_keys.go:11)	MOVBLZX	main.ok+69(SP), AX
	0x014f 00335 (map_int_keys.go:11)	CALL	runtime.printbool(SB)
	0x0154 00340 (map_int_keys.go:11)	CALL	runtime.printnl(SB)
	0x0159 00345 (map_int_keys.go:11)	CALL	runtime.printunlock(SB)
	0x015e 00350 (map_int_keys.go:12)	LEAQ	type:map[int]int(SB), AX
	0x0165 00357 (map_int_keys.go:12)	LEAQ	main..autotmp_28+832(SP), BX
	0x016d 00365 (map_int_keys.go:12)	MOVL	$50, CX
	0x0172 00370 (map_int_keys.go:12)	CALL	runtime.mapaccess2_fast64(SB)
	0x0177 00375 (map_int_keys.go:12)	MOVB	BL, main.ok+69(SP)
	0x017b 00379 (map_int_keys.go:12)	MOVQ	(AX), AX
	0x017e 00382 (map_int_keys.go:12)	MOVQ	AX, main.v+72(SP)
	0x0183 00387 (map_int_keys.go:13)	CALL	runtime.printlock(SB)
	0x0188 00392 (map_int_keys.go:13)	MOVQ	main.v+72(SP), AX
	0x018d 00397 (map_int_keys.go:13)	CALL	runtime.printint(SB)
	0x0192 00402 (map_int_keys.go:13)	CALL	runtime.printsp(SB)
	0x0197 00407 (map_int_keys.go:13)	MOVBLZX	main.ok+69(SP), AX
	0x019c 00412 (map_int_keys.go:13)	NOP
	0x01a0 00416 (map_int_keys.go:13)	CALL	runtime.printbool(SB)
	0x01a5 00421 (map_int_keys.go:13)	CALL	runtime.printnl(SB)
	0x01aa 00426 (map_int_keys.go:13)	CALL	runtime.printunlock(SB)
	0x01af 00431 (map_int_keys.go:16)	LEAQ	main..autotmp_25+880(SP), CX
	0x01b7 00439 (map_int_keys.go:16)	MOVUPS	X15, (CX)
	0x01bb 00443 (map_int_keys.go:16)	MOVUPS	X15, 16(CX)
	0x01c0 00448 (map_int_keys.go:16)	MOVUPS	X15, 32(CX)
	0x01c5 00453 (map_int_keys.go:16)	MOVUPS	X15, 48(CX)
	0x01ca 00458 (map_int_keys.go:16)	MOVUPS	X15, 64(CX)
	0x01cf 00463 (map_int_keys.go:16)	MOVUPS	X15, 80(CX)
	0x01d4 00468 (map_int_keys.go:16)	LEAQ	type:map[int]int(SB), AX
	0x01db 00475 (map_int_keys.go:16)	LEAQ	main..autotmp_28+832(SP), BX
	0x01e3 00483 (map_int_keys.go:16)	PCDATA	$1, $2
	0x01e3 00483 (map_int_keys.go:16)	CALL	runtime.mapIterStart(SB)
	0x01e8 00488 (map_int_keys.go:16)	XORL	AX, AX
	0x01ea 00490 (map_int_keys.go:16)	XORL	CX, CX
	0x01ec 00492 (map_int_keys.go:16)	JMP	541
	0x01ee 00494 (map_int_keys.go:16)	MOVQ	main..autotmp_25+888(SP), BX
	0x01f6 00502 (map_int_keys.go:17)	ADDQ	(DX), CX
	0x01f9 00505 (map_int_keys.go:17)	MOVQ	CX, main.sumK+88(SP)
	0x01fe 00510 (map_int_keys.go:16)	ADDQ	(BX), AX
	0x0201 00513 (map_int_keys.go:16)	MOVQ	AX, main.sumV+80(SP)
	0x0206 00518 (map_int_keys.go:16)	LEAQ	main..autotmp_25+880(SP), AX
	0x020e 00526 (map_int_keys.go:16)	CALL	runtime.mapIterNext(SB)
	0x0213 00531 (map_int_keys.go:16)	MOVQ	main.sumV+80(SP), AX
	0x0218 00536 (map_int_keys.go:16)	MOVQ	main.sumK+88(SP), CX
	0x021d 00541 (map_int_keys.go:16)	MOVQ	main..autotmp_25+880(SP), DX
	0x0225 00549 (map_int_keys.go:16)	TESTQ	DX, DX
	0x0228 00552 (map_int_keys.go:16)	JNE	494
	0x022a 00554 (map_int_keys.go:16)	MOVQ	AX, main.sumV+80(SP)
	0x022f 00559 (map_int_keys.go:16)	MOVQ	CX, main.sumK+88(SP)
	0x0234 00564 (map_int_keys.go:20)	PCDATA	$1, $1
	0x0234 00564 (map_int_keys.go:20)	CALL	runtime.printlock(SB)
	0x0239 00569 (map_int_keys.go:20)	LEAQ	go:string."sums "(SB), AX
	0x0240 00576 (map_int_keys.go:20)	MOVL	$5, BX
	0x0245 00581 (map_int_keys.go:20)	CALL	runtime.printstring(SB)
	0x024a 00586 (map_int_keys.go:20)	MOVQ	main.sumK+88(SP), AX
	0x024f 00591 (map_int_keys.go:20)	CALL	runtime.printint(SB)
	0x0254 00596 (map_int_keys.go:20)	CALL	runtime.printsp(SB)
	0x0259 00601 (map_int_keys.go:20)	MOVQ	main.sumV+80(SP), AX
	0x025e 00606 (map_int_keys.go:20)	NOP
	0x0260 00608 (map_int_keys.go:20)	CALL	runtime.printint(SB)
	0x0265 00613 (map_int_keys.go:20)	CALL	runtime.printnl(SB)
	0x026a 00618 (map_int_keys.go:20)	CALL	runtime.printunlock(SB)
	0x026f 00623 (map_int_keys.go:22)	LEAQ	main..autotmp_25+880(SP), CX
	0x0277 00631 (map_int_keys.go:22)	MOVUPS	X15, (CX)
	0x027b 00635 (map_int_keys.go:22)	MOVUPS	X15, 16(CX)
	0x0280 00640 (map_int_keys.go:22)	MOVUPS	X15, 32(CX)
	0x0285 00645 (map_int_keys.go:22)	MOVUPS	X15, 48(CX)
	0x028a 00650 (map_int_keys.go:22)	MOVUPS	X15, 64(CX)
	0x028f 00655 (map_int_keys.go:22)	MOVUPS	X15, 80(CX)
	0x0294 00660 (map_int_keys.go:22)	LEAQ	type:map[int]int(SB), AX
	0x029b 00667 (map_int_keys.go:22)	LEAQ	main..autotmp_28+832(SP), BX
	0x02a3 00675 (map_int_keys.go:22)	PCDATA	$1, $2
	0x02a3 00675 (map_int_keys.go:22)	CALL	runtime.mapIterStart(SB)
	0x02a8 00680 (map_int_keys.go:22)	JMP	695
	0x02aa 00682 (map_int_keys.go:22)	LEAQ	main..autotmp_25+880(SP), AX
	0x02b2 00690 (map_int_keys.go:22)	CALL	runtime.mapIterNext(SB)
	0x02b7 00695 (map_int_keys.go:22)	MOVQ	main..autotmp_25+880(SP), DX
	0x02bf 00703 (map_int_keys.go:22)	NOP
	0x02c0 00704 (map_int_keys.go:22)	TESTQ	DX, DX
	0x02c3 00707 (map_int_keys.go:22)	JEQ	764
	0x02c5 00709 (map_int_keys.go:22)	MOVQ	(DX), CX
	0x02c8 00712 (map_int_keys.go:23)	MOVQ	CX, DX
	0x02cb 00715 (map_int_keys.go:23)	SHRQ	$63, DX
	0x02cf 00719 (map_int_keys.go:23)	ADDQ	CX, DX
	0x02d2 00722 (map_int_keys.go:23)	ANDQ	$-2, DX
	0x02d6 00726 (map_int_keys.go:23)	MOVQ	CX, SI
	0x02d9 00729 (map_int_keys.go:23)	SUBQ	DX, SI
	0x02dc 00732 (map_int_keys.go:23)	NOP
	0x02e0 00736 (map_int_keys.go:23)	CMPQ	SI, $1
	0x02e4 00740 (map_int_keys.go:23)	JNE	682
	0x02e6 00742 (map_int_keys.go:24)	LEAQ	type:map[int]int(SB), AX
	0x02ed 00749 (map_int_keys.go:24)	LEAQ	main..autotmp_28+832(SP), BX
	0x02f5 00757 (map_int_keys.go:24)	CALL	runtime.mapdelete_fast64(SB)
	0x02fa 00762 (map_int_keys.go:24)	JMP	682
	0x02fc 00764 (map_int_keys.go:27)	MOVQ	main..autotmp_28+832(SP), AX
	0x0304 00772 (map_int_keys.go:27)	MOVQ	AX, main..autotmp_70+168(SP)
	0x030c 00780 (map_int_keys.go:27)	PCDATA	$1, $1
	0x030c 00780 (map_int_keys.go:27)	CALL	runtime.printlock(SB)
	0x0311 00785 (map_int_keys.go:27)	LEAQ	go:string."after delete "(SB), AX
	0x0318 00792 (map_int_keys.go:27)	MOVL	$13, BX
	0x031d 00797 (map_int_keys.go:27)	NOP
	0x0320 00800 (map_int_keys.go:27)	CALL	runtime.printstring(SB)
	0x0325 00805 (map_int_keys.go:27)	MOVQ	main..autotmp_70+168(SP), AX
	0x032d 00813 (map_int_keys.go:27)	CALL	runtime.printint(SB)
	0x0332 00818 (map_int_keys.go:27)	CALL	runtime.printnl(SB)
	0x0337 00823 (map_int_keys.go:27)	CALL	runtime.printunlock(SB)
	0x033c 00828 (map_int_keys.go:28)	LEAQ	type:map[int]int(SB), AX
	0x0343 00835 (map_int_keys.go:28)	LEAQ	main..autotmp_28+832(SP), BX
	0x034b 00843 (map_int_keys.go:28)	MOVL	$12345, CX
	0x0350 00848 (map_int_keys.go:28)	PCDATA	$1, $0
	0x0350 00848 (map_int_keys.go:28)	CALL	runtime.mapdelete_fast64(SB)
	0x0355 00853 (map_int_keys.go:30)	LEAQ	main..autotmp_36+784(SP), AX
	0x035d 00861 (map_int_keys.go:30)	MOVUPS	X15, (AX)
	0x0361 00865 (map_int_keys.go:30)	MOVUPS	X15, 16(AX)
	0x0366 00870 (map_int_keys.go:30)	MOVUPS	X15, 32(AX)
	0x036b 00875 (map_int_keys.go:30)	LEAQ	main..autotmp_37+584(SP), AX
	0x0373 00883 (map_int_keys.go:30)	MOVL	$3, CX
	0x0378 00888 (map_int_keys.go:30)	MOVUPS	X15, (AX)
	0x037c 00892 (map_int_keys.go:30)	MOVUPS	X15, 16(AX)
	0x0381 00897 (map_int_keys.go:30)	MOVUPS	X15, 32(AX)
	0x0386 00902 (map_int_keys.go:30)	MOVUPS	X15, 48(AX)
	0x038b 00907 (map_int_keys.go:30)	ADDQ	$64, AX
	0x038f 00911 (map_int_keys.go:30)	DECL	CX
	0x0391 00913 (map_int_keys.go:30)	JNE	888
	0x0393 00915 (map_int_keys.go:30)	MOVUPS	X15, -8(AX)
	0x0398 00920 (map_int_keys.go:30)	MOVQ	$-9187201950435737472, AX
	0x03a2 00930 (map_int_keys.go:30)	MOVQ	AX, main..autotmp_37+584(SP)
	0x03aa 00938 (map_int_keys.go:30)	LEAQ	main..autotmp_37+584(SP), AX
	0x03b2 00946 (map_int_keys.go:30)	MOVQ	AX, main..autotmp_36+800(SP)
	0x03ba 00954 (map_int_keys.go:30)	PCDATA	$1, $3
	0x03ba 00954 (map_int_keys.go:30)	CALL	runtime.rand(SB)
	0x03bf 00959 (map_int_keys.go:30)	MOVQ	AX, main..autotmp_36+792(SP)
	0x03c7 00967 (map_int_keys.go:30)	XORL	AX, AX
	0x03c9 00969 (map_int_keys.go:31)	JMP	992
	0x03cb 00971 (map_int_keys.go:32)	PCDATA	$0, $-2
	0x03cb 00971 (map_int_keys.go:32)	LEAQ	go:string."x"(SB), DX
	0x03d2 00978 (map_int_keys.go:32)	MOVQ	DX, (AX)
	0x03d5 00981 (map_int_keys.go:31)	PCDATA	$0, $-1
	0x03d5 00981 (map_int_keys.go:31)	MOVQ	main.i+136(SP), AX
	0x03dd 00989 (map_int_keys.go:31)	INCQ	AX
	0x03e0 00992 (map_int_keys.go:31)	CMPQ	AX, $5000
	0x03e6 00998 (map_int_keys.go:31)	JGE	1066
	0x03e8 01000 (map_int_keys.go:31)	MOVQ	AX, main.i+136(SP)
	0x03f0 01008 (map_int_keys.go:32)	IMUL3Q	$7919, AX, CX
	0x03f7 01015 (map_int_keys.go:32)	LEAQ	type:map[int64]string(SB), AX
	0x03fe 01022 (map_int_keys.go:32)	LEAQ	main..autotmp_36+784(SP), BX
	0x0406 01030 (map_int_keys.go:32)	CALL	runtime.mapassign_fast64(SB)
	0x040b 01035 (map_int_keys.go:32)	MOVQ	$1, 8(AX)
	0x0413 01043 (map_int_keys.go:32)	CMPL	runtime.writeBarrier(SB), $0
	0x041a 01050 (map_int_keys.go:32)	PCDATA	$0, $-2
	0x041a 01050 (map_int_keys.go:32)	JEQ	971
	0x041c 01052 (map_int_keys.go:32)	MOVQ	(AX), DX
	0x041f 01055 (map_int_keys.go:32)	NOP
	0x0420 01056 (map_int_keys.go:32)	CALL	runtime.gcWriteBarrier1(SB)
	0x0425 01061 (map_int_keys.go:32)	MOVQ	DX, (R11)
	0x0428 01064 (map_int_keys.go:32)	JMP	971
	0x042a 01066 (map_int_keys.go:34)	PCDATA	$0, $-1
	0x042a 01066 (map_int_keys.go:34)	MOVQ	main..autotmp_36+784(SP), DX
	0x0432 01074 (map_int_keys.go:34)	MOVQ	DX, main..autotmp_70+168(SP)
	0x043a 01082 (map_int_keys.go:34)	LEAQ	type:map[int64]string(SB), AX
	0x0441 01089 (map_int_keys.go:34)	LEAQ	main..autotmp_36+784(SP), BX
	0x0449 01097 (map_int_keys.go:34)	MOVL	$39587081, CX
	0x044e 01102 (map_int_keys.go:34)	CALL	runtime.mapaccess1_fast64(SB)
	0x0453 01107 (map_int_keys.go:34)	MOVQ	(AX), DX
	0x0456 01110 (map_int_keys.go:34)	MOVQ	DX, main..autotmp_71+528(SP)
	0x045e 01118 (map_int_keys.go:34)	MOVQ	8(AX), DX
	0x0462 01122 (map_int_keys.go:34)	MOVQ	DX, main..autotmp_72+160(SP)
	0x046a 01130 (map_int_keys.go:34)	LEAQ	type:map[int64]string(SB), AX
	0x0471 01137 (map_int_keys.go:34)	LEAQ	main..autotmp_36+784(SP), BX
	0x0479 01145 (map_int_keys.go:34)	MOVL	$1, CX
	0x047e 01150 (map_int_keys.go:34)	PCDATA	$1, $4
	0x047e 01150 (map_int_keys.go:34)	NOP
	0x0480 01152 (map_int_keys.go:34)	CALL	runtime.mapaccess1_fast64(SB)
	0x0485 01157 (map_int_keys.go:34)	MOVQ	8(AX), DX
	0x0489 01161 (map_int_keys.go:34)	MOVQ	DX, main..autotmp_73+152(SP)
	0x0491 01169 (map_int_keys.go:34)	CALL	runtime.printlock(SB)
	0x0496 01174 (map_int_keys.go:34)	MOVQ	main..autotmp_70+168(SP), AX
	0x049e 01182 (map_int_keys.go:34)	NOP
	0x04a0 01184 (map_int_keys.go:34)	CALL	runtime.printint(SB)
	0x04a5 01189 (map_int_keys.go:34)	CALL	runtime.printsp(SB)
	0x04aa 01194 (map_int_keys.go:34)	MOVQ	main..autotmp_71+528(SP), AX
	0x04b2 01202 (map_int_keys.go:34)	MOVQ	main..autotmp_72+160(SP), BX
	0x04ba 01210 (map_int_keys.go:34)	PCDATA	$1, $3
	0x04ba 01210 (map_int_keys.go:34)	CALL	runtime.printstring(SB)
	0x04bf 01215 (map_int_keys.go:34)	NOP
	0x04c0 01216 (map_int_keys.go:34)	CALL	runtime.printsp(SB)
	0x04c5 01221 (map_int_keys.go:34)	MOVQ	main..autotmp_73+152(SP), DX
	0x04cd 01229 (map_int_keys.go:34)	TESTQ	DX, DX
	0x04d0 01232 (map_int_keys.go:34)	SETEQ	AL
	0x04d3 01235 (map_int_keys.go:34)	CALL	runtime.printbool(SB)
	0x04d8 01240 (map_int_keys.go:34)	CALL	runtime.printnl(SB)
	0x04dd 01245 (map_int_keys.go:34)	NOP
	0x04e0 01248 (map_int_keys.go:34)	CALL	runtime.printunlock(SB)
	0x04e5 01253 (map_int_keys.go:34)	XORL	AX, AX
	0x04e7 01255 (map_int_keys.go:35)	JMP	1312
	0x04e9 01257 (map_int_keys.go:35)	MOVQ	AX, main.i+128(SP)
	0x04f1 01265 (map_int_keys.go:36)	IMUL3Q	$7919, AX, CX
	0x04f8 01272 (map_int_keys.go:36)	LEAQ	type:map[int64]string(SB), AX
	0x04ff 01279 (map_int_keys.go:36)	LEAQ	main..autotmp_36+784(SP), BX
	0x0507 01287 (map_int_keys.go:36)	CALL	runtime.mapdelete_fast64(SB)
	0x050c 01292 (map_int_keys.go:35)	MOVQ	main.i+128(SP), AX
	0x0514 01300 (map_int_keys.go:35)	ADDQ	$2, AX
	0x0518 01304 (map_int_keys.go:35)	NOP
	0x0520 01312 (map_int_keys.go:35)	CMPQ	AX, $5000
	0x0526 01318 (map_int_keys.go:35)	JLT	1257
	0x0528 01320 (map_int_keys.go:38)	MOVQ	main..autotmp_36+784(SP), AX
	0x0530 01328 (map_int_keys.go:38)	MOVQ	AX, main..autotmp_70+168(SP)
	0x0538 01336 (map_int_keys.go:38)	PCDATA	$1, $0
	0x0538 01336 (map_int_keys.go:38)	CALL	runtime.printlock(SB)
	0x053d 01341 (map_int_keys.go:38)	MOVQ	main..autotmp_70+168(SP), AX
	0x0545 01349 (map_int_keys.go:38)	CALL	runtime.printint(SB)
	0x054a 01354 (map_int_keys.go:38)	CALL	runtime.printnl(SB)
	0x054f 01359 (map_int_keys.go:38)	CALL	runtime.printunlock(SB)
	0x0554 01364 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), AX
	0x055c 01372 (map_int_keys.go:41)	MOVUPS	X15, (AX)
	0x0560 01376 (map_int_keys.go:41)	MOVUPS	X15, 16(AX)
	0x0565 01381 (map_int_keys.go:41)	MOVUPS	X15, 32(AX)
	0x056a 01386 (map_int_keys.go:41)	LEAQ	main..autotmp_47+240(SP), AX
	0x0572 01394 (map_int_keys.go:41)	MOVUPS	X15, (AX)
	0x0576 01398 (map_int_keys.go:41)	MOVUPS	X15, 16(AX)
	0x057b 01403 (map_int_keys.go:41)	MOVUPS	X15, 32(AX)
	0x0580 01408 (map_int_keys.go:41)	MOVUPS	X15, 48(AX)
	0x0585 01413 (map_int_keys.go:41)	MOVUPS	X15, 64(AX)
	0x058a 01418 (map_int_keys.go:41)	MOVUPS	X15, 80(AX)
	0x058f 01423 (map_int_keys.go:41)	MOVUPS	X15, 96(AX)
	0x0594 01428 (map_int_keys.go:41)	MOVUPS	X15, 112(AX)
	0x0599 01433 (map_int_keys.go:41)	MOVUPS	X15, 120(AX)
	0x059e 01438 (map_int_keys.go:41)	MOVQ	$-9187201950435737472, CX
	0x05a8 01448 (map_int_keys.go:41)	MOVQ	CX, main..autotmp_47+240(SP)
	0x05b0 01456 (map_int_keys.go:41)	MOVQ	AX, main..autotmp_46+552(SP)
	0x05b8 01464 (map_int_keys.go:41)	PCDATA	$1, $5
	0x05b8 01464 (map_int_keys.go:41)	CALL	runtime.rand(SB)
	0x05bd 01469 (map_int_keys.go:41)	MOVQ	AX, main..autotmp_46+544(SP)
	0x05c5 01477 (map_int_keys.go:41)	LEAQ	type:map[int]bool(SB), AX
	0x05cc 01484 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), BX
	0x05d4 01492 (map_int_keys.go:41)	MOVL	$5, CX
	0x05d9 01497 (map_int_keys.go:41)	CALL	runtime.mapassign_fast64(SB)
	0x05de 01502 (map_int_keys.go:41)	MOVB	$1, (AX)
	0x05e1 01505 (map_int_keys.go:41)	LEAQ	type:map[int]bool(SB), AX
	0x05e8 01512 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), BX
	0x05f0 01520 (map_int_keys.go:41)	MOVQ	$-3, CX
	0x05f7 01527 (map_int_keys.go:41)	CALL	runtime.mapassign_fast64(SB)
	0x05fc 01532 (map_int_keys.go:41)	MOVB	$0, (AX)
	0x05ff 01535 (map_int_keys.go:41)	LEAQ	type:map[int]bool(SB), AX
	0x0606 01542 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), BX
	0x060e 01550 (map_int_keys.go:41)	MOVL	$12, CX
	0x0613 01555 (map_int_keys.go:41)	CALL	runtime.mapassign_fast64(SB)
	0x0618 01560 (map_int_keys.go:41)	MOVB	$1, (AX)
	0x061b 01563 (map_int_keys.go:41)	LEAQ	type:map[int]bool(SB), AX
	0x0622 01570 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), BX
	0x062a 01578 (map_int_keys.go:41)	XORL	CX, CX
	0x062c 01580 (map_int_keys.go:41)	CALL	runtime.mapassign_fast64(SB)
	0x0631 01585 (map_int_keys.go:41)	MOVB	$1, (AX)
	0x0634 01588 (map_int_keys.go:41)	LEAQ	type:map[int]bool(SB), AX
	0x063b 01595 (map_int_keys.go:41)	LEAQ	main..autotmp_46+536(SP), BX
	0x0643 01603 (map_int_keys.go:41)	MOVL	$7, CX
	0x0648 01608 (map_int_keys.go:41)	CALL	runtime.mapassign_fast64(SB)
	0x064d 01613 (map_int_keys.go:41)	MOVB	$0, (AX)
	0x0650 01616 (map_int_keys.go:42)	MOVQ	main..autotmp_46+536(SP), CX
	0x0658 01624 (map_int_keys.go:42)	MOVQ	CX, main..autotmp_70+168(SP)
	0x0660 01632 (map_int_keys.go:42)	CMPQ	CX, $4
	0x0664 01636 (map_int_keys.go:42)	JHI	1666
	0x0666 01638 (map_int_keys.go:42)	LEAQ	main..autotmp_59+208(SP), DX
	0x066e 01646 (map_int_keys.go:42)	MOVUPS	X15, (DX)
	0x0672 01650 (map_int_keys.go:42)	MOVUPS	X15, 16(DX)
	0x0677 01655 (map_int_keys.go:42)	LEAQ	main..autotmp_59+208(SP), AX
	0x067f 01663 (map_int_keys.go:42)	NOP
	0x0680 01664 (map_int_keys.go:42)	JMP	1680
	0x0682 01666 (map_int_keys.go:42)	LEAQ	type:int(SB), AX
	0x0689 01673 (map_int_keys.go:42)	XORL	BX, BX
	0x068b 01675 (map_int_keys.go:42)	CALL	runtime.makeslice(SB)
	0x0690 01680 (map_int_keys.go:43)	MOVQ	AX, main.keys.ptr+512(SP)
	0x0698 01688 (map_int_keys.go:43)	LEAQ	main..autotmp_25+880(SP), CX
	0x06a0 01696 (map_int_keys.go:43)	MOVUPS	X15, (CX)
	0x06a4 01700 (map_int_keys.go:43)	MOVUPS	X15, 16(CX)
	0x06a9 01705 (map_int_keys.go:43)	MOVUPS	X15, 32(CX)
	0x06ae 01710 (map_int_keys.go:43)	MOVUPS	X15, 48(CX)
	0x06b3 01715 (map_int_keys.go:43)	MOVUPS	X15, 64(CX)
	0x06b8 01720 (map_int_keys.go:43)	MOVUPS	X15, 80(CX)
	0x06bd 01725 (map_int_keys.go:43)	LEAQ	type:map[int]bool(SB), AX
	0x06c4 01732 (map_int_keys.go:43)	LEAQ	main..autotmp_46+536(SP), BX
	0x06cc 01740 (map_int_keys.go:43)	PCDATA	$1, $6
	0x06cc 01740 (map_int_keys.go:43)	CALL	runtime.mapIterStart(SB)
	0x06d1 01745 (map_int_keys.go:43)	XORL	AX, AX
	0x06d3 01747 (map_int_keys.go:43)	MOVQ	main.keys.ptr+512(SP), CX
	0x06db 01755 (map_int_keys.go:43)	XORL	DX, DX
	0x06dd 01757 (map_int_keys.go:43)	MOVQ	main..autotmp_70+168(SP), BX
	0x06e5 01765 (map_int_keys.go:43)	JMP	1830
	0x06e7 01767 (map_int_keys.go:44)	MOVQ	CX, main.keys.ptr+512(SP)
	0x06ef 01775 (map_int_keys.go:44)	MOVQ	R9, main.keys.len+96(SP)
	0x06f4 01780 (map_int_keys.go:44)	MOVQ	BX, main.keys.cap+104(SP)
	0x06f9 01785 (map_int_keys.go:44)	MOVB	AL, main..autotmp_75+70(SP)
	0x06fd 01789 (map_int_keys.go:44)	MOVQ	R8, -8(CX)(R9*8)
	0x0702 01794 (map_int_keys.go:43)	LEAQ	main..autotmp_25+880(SP), AX
	0x070a 01802 (map_int_keys.go:43)	CALL	runtime.mapIterNext(SB)
	0x070f 01807 (map_int_keys.go:43)	MOVBLZX	main..autotmp_75+70(SP), AX
	0x0714 01812 (map_int_keys.go:43)	MOVQ	main.keys.ptr+512(SP), CX
	0x071c 01820 (map_int_keys.go:43)	MOVQ	main.keys.len+96(SP), DX
	0x0721 01825 (map_int_keys.go:43)	MOVQ	main.keys.cap+104(SP), BX
	0x0726 01830 (map_int_keys.go:43)	MOVQ	main..autotmp_25+880(SP), R8
	0x072e 01838 (map_int_keys.go:43)	TESTQ	R8, R8
	0x0731 01841 (map_int_keys.go:43)	JEQ	1961
	0x0733 01843 (map_int_keys.go:44)	LEAQ	1(DX), R9
	0x0737 01847 (map_int_keys.go:43)	MOVQ	(R8), R8
	0x073a 01850 (map_int_keys.go:44)	CMPQ	BX, R9
	0x073d 01853 (map_int_keys.go:44)	JCC	1767
	0x073f 01855 (map_int_keys.go:43)	MOVQ	R8, main.k+120(SP)
	0x0744 01860 (map_int_keys.go:43)	MOVB	AL, main..autotmp_74+71(SP)
	0x0748 01864 (map_int_keys.go:44)	CMPQ	R9, $4
	0x074c 01868 (map_int_keys.go:44)	JGT	1911
	0x074e 01870 (map_int_keys.go:43)	TESTB	AL, AL
	0x0750 01872 (map_int_keys.go:44)	JNE	1911
	0x0752 01874 (map_int_keys.go:44)	TESTQ	DX, DX
	0x0755 01877 (map_int_keys.go:44)	JNE	1911
	0x0757 01879 (map_int_keys.go:44)	LEAQ	main..autotmp_65+176(SP), CX
	0x075f 01887 (map_int_keys.go:44)	MOVUPS	X15, (CX)
	0x0763 01891 (map_int_keys.go:44)	MOVUPS	X15, 16(CX)
	0x0768 01896 (map_int_keys.go:44)	MOVL	$4, BX
	0x076d 01901 (map_int_keys.go:44)	MOVL	$1, AX
	0x0772 01906 (map_int_keys.go:44)	JMP	1767
	0x0777 01911 (map_int_keys.go:44)	MOVQ	CX, AX
	0x077a 01914 (map_int_keys.go:44)	MOVQ	BX, CX
	0x077d 01917 (map_int_keys.go:44)	MOVL	$1, DI
	0x0782 01922 (map_int_keys.go:44)	LEAQ	type:int(SB), SI
	0x0789 01929 (map_int_keys.go:44)	MOVQ	R9, BX
	0x078c 01932 (map_int_keys.go:44)	PCDATA	$1, $7
	0x078c 01932 (map_int_keys.go:44)	CALL	runtime.growslice(SB)
	0x0791 01937 (map_int_keys.go:44)	MOVQ	main.k+120(SP), R8
	0x0796 01942 (map_int_keys.go:44)	MOVQ	BX, R9
	0x0799 01945 (map_int_keys.go:44)	MOVQ	CX, BX
	0x079c 01948 (map_int_keys.go:44)	MOVQ	AX, CX
	0x079f 01951 (map_int_keys.go:44)	MOVBLZX	main..autotmp_74+71(SP), AX
	0x07a4 01956 (map_int_keys.go:44)	JMP	1767
	0x07a9 01961 (map_int_keys.go:43)	MOVL	$1, SI
	0x07ae 01966 (map_int_keys.go:43)	JMP	1972
	0x07b0 01968 (map_int_keys.go:46)	LEAQ	1(AX), SI
	0x07b4 01972 (map_int_keys.go:46)	CMPQ	SI, DX
	0x07b7 01975 (map_int_keys.go:46)	JGE	2015
	0x07b9 01977 (map_int_keys.go:46)	MOVQ	SI, AX
	0x07bc 01980 (map_int_keys.go:47)	JMP	1994
	0x07be 01982 (map_int_keys.go:48)	MOVQ	R8, (CX)(SI*8)
	0x07c2 01986 (map_int_keys.go:48)	MOVQ	DI, -8(CX)(SI*8)
	0x07c7 01991 (map_int_keys.go:47)	DECQ	SI
	0x07ca 01994 (map_int_keys.go:47)	TESTQ	SI, SI
	0x07cd 01997 (map_int_keys.go:47)	JLE	1968
	0x07cf 01999 (map_int_keys.go:47)	MOVQ	(CX)(SI*8), DI
	0x07d3 02003 (map_int_keys.go:47)	MOVQ	-8(CX)(SI*8), R8
	0x07d8 02008 (map_int_keys.go:47)	CMPQ	R8, DI
	0x07db 02011 (map_int_keys.go:47)	JGT	1982
	0x07dd 02013 (map_int_keys.go:47)	JMP	1968
	0x07df 02015 (map_int_keys.go:43)	MOVQ	DX, main.keys.len+96(SP)
	0x07e4 02020 (map_int_keys.go:43)	MOVQ	CX, main..autotmp_76+520(SP)
	0x07ec 02028 (map_int_keys.go:43)	XORL	AX, AX
	0x07ee 02030 (map_int_keys.go:51)	JMP	2161
	0x07f3 02035 (map_int_keys.go:51)	MOVQ	AX, main..autotmp_72+160(SP)
	0x07fb 02043 (map_int_keys.go:51)	MOVQ	(CX)(AX*8), CX
	0x07ff 02047 (map_int_keys.go:51)	MOVQ	CX, main.k+112(SP)
	0x0804 02052 (map_int_keys.go:52)	LEAQ	type:map[int]bool(SB), AX
	0x080b 02059 (map_int_keys.go:52)	LEAQ	main..autotmp_46+536(SP), BX
	0x0813 02067 (map_int_keys.go:52)	PCDATA	$1, $8
	0x0813 02067 (map_int_keys.go:52)	CALL	runtime.mapaccess1_fast64(SB)
	0x0818 02072 (map_int_keys.go:52)	MOVBLZX	(AX), DX
	0x081b 02075 (map_int_keys.go:52)	MOVB	DL, main..autotmp_74+71(SP)
	0x081f 02079 (map_int_keys.go:52)	NOP
	0x0820 02080 (map_int_keys.go:52)	CALL	runtime.printlock(SB)
	0x0825 02085 (map_int_keys.go:52)	MOVQ	main.k+112(SP), AX
	0x082a 02090 (map_int_keys.go:52)	CALL	runtime.printint(SB)
	0x082f 02095 (map_int_keys.go:52)	LEAQ	go:string."="(SB), AX
	0x0836 02102 (map_int_keys.go:52)	MOVL	$1, BX
	0x083b 02107 (map_int_keys.go:52)	NOP
	0x0840 02112 (map_int_keys.go:52)	CALL	runtime.printstring(SB)
	0x0845 02117 (map_int_keys.go:52)	MOVBLZX	main..autotmp_74+71(SP), AX
	0x084a 02122 (map_int_keys.go:52)	CALL	runtime.printbool(SB)
	0x084f 02127 (map_int_keys.go:52)	CALL	runtime.printsp(SB)
	0x0854 02132 (map_int_keys.go:52)	CALL	runtime.printunlock(SB)
	0x0859 02137 (map_int_keys.go:51)	MOVQ	main..autotmp_72+160(SP), AX
	0x0861 02145 (map_int_keys.go:51)	INCQ	AX
	0x0864 02148 (map_int_keys.go:51)	MOVQ	main..autotmp_76+520(SP), CX
	0x086c 02156 (map_int_keys.go:51)	MOVQ	main.keys.len+96(SP), DX
	0x0871 02161 (map_int_keys.go:51)	CMPQ	AX, DX
	0x0874 02164 (map_int_keys.go:51)	JLT	2035
	0x087a 02170 (map_int_keys.go:54)	PCDATA	$1, $5
	0x087a 02170 (map_int_keys.go:54)	CALL	runtime.printlock(SB)
	0x087f 02175 (map_int_keys.go:54)	NOP
	0x0880 02176 (map_int_keys.go:54)	CALL	runtime.printnl(SB)
	0x0885 02181 (map_int_keys.go:54)	CALL	runtime.printunlock(SB)
	0x088a 02186 (map_int_keys.go:55)	LEAQ	type:map[int]bool(SB), AX
	0x0891 02193 (map_int_keys.go:55)	LEAQ	main..autotmp_46+536(SP), BX
	0x0899 02201 (map_int_keys.go:55)	CALL	runtime.mapclear(SB)
	0x089e 02206 (map_int_keys.go:56)	MOVQ	main..autotmp_46+536(SP), AX
	0x08a6 02214 (map_int_keys.go:56)	MOVQ	AX, main..autotmp_70+168(SP)
	0x08ae 02222 (map_int_keys.go:56)	PCDATA	$1, $0
	0x08ae 02222 (map_int_keys.go:56)	CALL	runtime.printlock(SB)
	0x08b3 02227 (map_int_keys.go:56)	MOVQ	main..autotmp_70+168(SP), AX
	0x08bb 02235 (map_int_keys.go:56)	NOP
	0x08c0 02240 (map_int_keys.go:56)	CALL	runtime.printint(SB)
	0x08c5 02245 (map_int_keys.go:56)	CALL	runtime.printnl(SB)
	0x08ca 02250 (map_int_keys.go:56)	CALL	runtime.printunlock(SB)
	0x08cf 02255 (map_int_keys.go:57)	ADDQ	$976, SP
	0x08d6 02262 (map_int_keys.go:57)	POPQ	BP
	0x08d7 02263 (map_int_keys.go:57)	RET
	0x08d8 02264 (map_int_keys.go:57)	NOP
	0x08d8 02264 (map_int_keys.go:4)	PCDATA	$1, $-1
	0x08d8 02264 (map_int_keys.go:4)	PCDATA	$0, $-2
	0x08d8 02264 (map_int_keys.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x08dd 02269 (map_int_keys.go:4)	PCDATA	$0, $-1
	0x08dd 02269 (map_int_keys.go:4)	NOP
	0x08e0 02272 (map_int_keys.go:4)	JMP	0
	0x0000 4c 8d a4 24 a8 fc ff ff 4d 3b 66 10 0f 86 c6 08  L..$....M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec d0 03 00 00 48 8d 84  ..UH..H......H..
	0x0020 24 40 03 00 00 44 0f 11 38 44 0f 11 78 10 44 0f  $@...D..8D..x.D.
	0x0030 11 78 20 48 8d 84 24 78 01 00 00 44 0f 11 38 44  .x H..$x...D..8D
	0x0040 0f 11 78 10 44 0f 11 78 20 44 0f 11 78 30 44 0f  ..x.D..x D..x0D.
	0x0050 11 78 40 44 0f 11 78 50 44 0f 11 78 60 44 0f 11  .x@D..xPD..x`D..
	0x0060 78 70 44 0f 11 78 78 48 b9 80 80 80 80 80 80 80  xpD..xxH........
	0x0070 80 48 89 8c 24 78 01 00 00 48 89 84 24 50 03 00  .H..$x...H..$P..
	0x0080 00 e8 00 00 00 00 48 89 84 24 48 03 00 00 48 c7  ......H..$H...H.
	0x0090 c0 ce ff ff ff eb 32 48 89 84 24 90 00 00 00 48  ......2H..$....H
	0x00a0 89 c1 48 0f af c8 48 8d 05 00 00 00 00 48 8d 9c  ..H...H......H..
	0x00b0 24 40 03 00 00 e8 00 00 00 00 48 8b 94 24 90 00  $@........H..$..
	0x00c0 00 00 48 01 10 48 8d 42 01 48 83 f8 32 7c c8 48  ..H..H.B.H..2|.H
	0x00d0 8b 84 24 40 03 00 00 48 89 84 24 a8 00 00 00 90  ..$@...H..$.....
	0x00e0 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 04 00 00  .....H..........
	0x00f0 00 e8 00 00 00 00 48 8b 84 24 a8 00 00 00 66 90  ......H..$....f.
	0x0100 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0110 8d 05 00 00 00 00 48 8d 9c 24 40 03 00 00 b9 31  ......H..$@....1
	0x0120 00 00 00 e8 00 00 00 00 88 5c 24 45 48 8b 00 48  .........\$EH..H
	0x0130 89 44 24 48 e8 00 00 00 00 48 8b 44 24 48 66 90  .D$H.....H.D$Hf.
	0x0140 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24 45 e8  ............D$E.
	0x0150 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d  ..............H.
	0x0160 05 00 00 00 00 48 8d 9c 24 40 03 00 00 b9 32 00  .....H..$@....2.
	0x0170 00 00 e8 00 00 00 00 88 5c 24 45 48 8b 00 48 89  ........\$EH..H.
	0x0180 44 24 48 e8 00 00 00 00 48 8b 44 24 48 e8 00 00  D$H.....H.D$H...
	0x0190 00 00 e8 00 00 00 00 0f b6 44 24 45 0f 1f 40 00  .........D$E..@.
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x01b0 8d 8c 24 70 03 00 00 44 0f 11 39 44 0f 11 79 10  ..$p...D..9D..y.
	0x01c0 44 0f 11 79 20 44 0f 11 79 30 44 0f 11 79 40 44  D..y D..y0D..y@D
	0x01d0 0f 11 79 50 48 8d 05 00 00 00 00 48 8d 9c 24 40  ..yPH......H..$@
	0x01e0 03 00 00 e8 00 00 00 00 31 c0 31 c9 eb 2f 48 8b  ........1.1../H.
	0x01f0 9c 24 78 03 00 00 48 03 0a 48 89 4c 24 58 48 03  .$x...H..H.L$XH.
	0x0200 03 48 89 44 24 50 48 8d 84 24 70 03 00 00 e8 00  .H.D$PH..$p.....
	0x0210 00 00 00 48 8b 44 24 50 48 8b 4c 24 58 48 8b 94  ...H.D$PH.L$XH..
	0x0220 24 70 03 00 00 48 85 d2 75 c4 48 89 44 24 50 48  $p...H..u.H.D$PH
	0x0230 89 4c 24 58 e8 00 00 00 00 48 8d 05 00 00 00 00  .L$X.....H......
	0x0240 bb 05 00 00 00 e8 00 00 00 00 48 8b 44 24 58 e8  ..........H.D$X.
	0x0250 00 00 00 00 e8 00 00 00 00 48 8b 44 24 50 66 90  .........H.D$Pf.
	0x0260 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0270 8d 8c 24 70 03 00 00 44 0f 11 39 44 0f 11 79 10  ..$p...D..9D..y.
	0x0280 44 0f 11 79 20 44 0f 11 79 30 44 0f 11 79 40 44  D..y D..y0D..y@D
	0x0290 0f 11 79 50 48 8d 05 00 00 00 00 48 8d 9c 24 40  ..yPH......H..$@
	0x02a0 03 00 00 e8 00 00 00 00 eb 0d 48 8d 84 24 70 03  ..........H..$p.
	0x02b0 00 00 e8 00 00 00 00 48 8b 94 24 70 03 00 00 90  .......H..$p....
	0x02c0 48 85 d2 74 37 48 8b 0a 48 89 ca 48 c1 ea 3f 48  H..t7H..H..H..?H
	0x02d0 01 ca 48 83 e2 fe 48 89 ce 48 29 d6 0f 1f 40 00  ..H...H..H)...@.
	0x02e0 48 83 fe 01 75 c4 48 8d 05 00 00 00 00 48 8d 9c  H...u.H......H..
	0x02f0 24 40 03 00 00 e8 00 00 00 00 eb ae 48 8b 84 24  $@..........H..$
	0x0300 40 03 00 00 48 89 84 24 a8 00 00 00 e8 00 00 00  @...H..$........
	0x0310 00 48 8d 05 00 00 00 00 bb 0d 00 00 00 0f 1f 00  .H..............
	0x0320 e8 00 00 00 00 48 8b 84 24 a8 00 00 00 e8 00 00  .....H..$.......
	0x0330 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00  ............H...
	0x0340 00 00 00 48 8d 9c 24 40 03 00 00 b9 39 30 00 00  ...H..$@....90..
	0x0350 e8 00 00 00 00 48 8d 84 24 10 03 00 00 44 0f 11  .....H..$....D..
	0x0360 38 44 0f 11 78 10 44 0f 11 78 20 48 8d 84 24 48  8D..x.D..x H..$H
	0x0370 02 00 00 b9 03 00 00 00 44 0f 11 38 44 0f 11 78  ........D..8D..x
	0x0380 10 44 0f 11 78 20 44 0f 11 78 30 48 83 c0 40 ff  .D..x D..x0H..@.
	0x0390 c9 75 e5 44 0f 11 78 f8 48 b8 80 80 80 80 80 80  .u.D..x.H.......
	0x03a0 80 80 48 89 84 24 48 02 00 00 48 8d 84 24 48 02  ..H..$H...H..$H.
	0x03b0 00 00 48 89 84 24 20 03 00 00 e8 00 00 00 00 48  ..H..$ ........H
	0x03c0 89 84 24 18 03 00 00 31 c0 eb 15 48 8d 15 00 00  ..$....1...H....
	0x03d0 00 00 48 89 10 48 8b 84 24 88 00 00 00 48 ff c0  ..H..H..$....H..
	0x03e0 48 3d 88 13 00 00 7d 42 48 89 84 24 88 00 00 00  H=....}BH..$....
	0x03f0 48 69 c8 ef 1e 00 00 48 8d 05 00 00 00 00 48 8d  Hi.....H......H.
	0x0400 9c 24 10 03 00 00 e8 00 00 00 00 48 c7 40 08 01  .$.........H.@..
	0x0410 00 00 00 83 3d 00 00 00 00 00 74 af 48 8b 10 90  ....=.....t.H...
	0x0420 e8 00 00 00 00 49 89 13 eb a1 48 8b 94 24 10 03  .....I....H..$..
	0x0430 00 00 48 89 94 24 a8 00 00 00 48 8d 05 00 00 00  ..H..$....H.....
	0x0440 00 48 8d 9c 24 10 03 00 00 b9 09 0d 5c 02 e8 00  .H..$.......\...
	0x0450 00 00 00 48 8b 10 48 89 94 24 10 02 00 00 48 8b  ...H..H..$....H.
	0x0460 50 08 48 89 94 24 a0 00 00 00 48 8d 05 00 00 00  P.H..$....H.....
	0x0470 00 48 8d 9c 24 10 03 00 00 b9 01 00 00 00 66 90  .H..$.........f.
	0x0480 e8 00 00 00 00 48 8b 50 08 48 89 94 24 98 00 00  .....H.P.H..$...
	0x0490 00 e8 00 00 00 00 48 8b 84 24 a8 00 00 00 66 90  ......H..$....f.
	0x04a0 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 10 02  ..........H..$..
	0x04b0 00 00 48 8b 9c 24 a0 00 00 00 e8 00 00 00 00 90  ..H..$..........
	0x04c0 e8 00 00 00 00 48 8b 94 24 98 00 00 00 48 85 d2  .....H..$....H..
	0x04d0 0f 94 c0 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  ................
	0x04e0 e8 00 00 00 00 31 c0 eb 37 48 89 84 24 80 00 00  .....1..7H..$...
	0x04f0 00 48 69 c8 ef 1e 00 00 48 8d 05 00 00 00 00 48  .Hi.....H......H
	0x0500 8d 9c 24 10 03 00 00 e8 00 00 00 00 48 8b 84 24  ..$.........H..$
	0x0510 80 00 00 00 48 83 c0 02 0f 1f 84 00 00 00 00 00  ....H...........
	0x0520 48 3d 88 13 00 00 7c c1 48 8b 84 24 10 03 00 00  H=....|.H..$....
	0x0530 48 89 84 24 a8 00 00 00 e8 00 00 00 00 48 8b 84  H..$.........H..
	0x0540 24 a8 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  $...............
	0x0550 00 00 00 00 48 8d 84 24 18 02 00 00 44 0f 11 38  ....H..$....D..8
	0x0560 44 0f 11 78 10 44 0f 11 78 20 48 8d 84 24 f0 00  D..x.D..x H..$..
	0x0570 00 00 44 0f 11 38 44 0f 11 78 10 44 0f 11 78 20  ..D..8D..x.D..x 
	0x0580 44 0f 11 78 30 44 0f 11 78 40 44 0f 11 78 50 44  D..x0D..x@D..xPD
	0x0590 0f 11 78 60 44 0f 11 78 70 44 0f 11 78 78 48 b9  ..x`D..xpD..xxH.
	0x05a0 80 80 80 80 80 80 80 80 48 89 8c 24 f0 00 00 00  ........H..$....
	0x05b0 48 89 84 24 28 02 00 00 e8 00 00 00 00 48 89 84  H..$(........H..
	0x05c0 24 20 02 00 00 48 8d 05 00 00 00 00 48 8d 9c 24  $ ...H......H..$
	0x05d0 18 02 00 00 b9 05 00 00 00 e8 00 00 00 00 c6 00  ................
	0x05e0 01 48 8d 05 00 00 00 00 48 8d 9c 24 18 02 00 00  .H......H..$....
	0x05f0 48 c7 c1 fd ff ff ff e8 00 00 00 00 c6 00 00 48  H..............H
	0x0600 8d 05 00 00 00 00 48 8d 9c 24 18 02 00 00 b9 0c  ......H..$......
	0x0610 00 00 00 e8 00 00 00 00 c6 00 01 48 8d 05 00 00  ...........H....
	0x0620 00 00 48 8d 9c 24 18 02 00 00 31 c9 e8 00 00 00  ..H..$....1.....
	0x0630 00 c6 00 01 48 8d 05 00 00 00 00 48 8d 9c 24 18  ....H......H..$.
	0x0640 02 00 00 b9 07 00 00 00 e8 00 00 00 00 c6 00 00  ................
	0x0650 48 8b 8c 24 18 02 00 00 48 89 8c 24 a8 00 00 00  H..$....H..$....
	0x0660 48 83 f9 04 77 1c 48 8d 94 24 d0 00 00 00 44 0f  H...w.H..$....D.
	0x0670 11 3a 44 0f 11 7a 10 48 8d 84 24 d0 00 00 00 90  .:D..z.H..$.....
	0x0680 eb 0e 48 8d 05 00 00 00 00 31 db e8 00 00 00 00  ..H......1......
	0x0690 48 89 84 24 00 02 00 00 48 8d 8c 24 70 03 00 00  H..$....H..$p...
	0x06a0 44 0f 11 39 44 0f 11 79 10 44 0f 11 79 20 44 0f  D..9D..y.D..y D.
	0x06b0 11 79 30 44 0f 11 79 40 44 0f 11 79 50 48 8d 05  .y0D..y@D..yPH..
	0x06c0 00 00 00 00 48 8d 9c 24 18 02 00 00 e8 00 00 00  ....H..$........
	0x06d0 00 31 c0 48 8b 8c 24 00 02 00 00 31 d2 48 8b 9c  .1.H..$....1.H..
	0x06e0 24 a8 00 00 00 eb 3f 48 89 8c 24 00 02 00 00 4c  $.....?H..$....L
	0x06f0 89 4c 24 60 48 89 5c 24 68 88 44 24 46 4e 89 44  .L$`H.\$h.D$FN.D
	0x0700 c9 f8 48 8d 84 24 70 03 00 00 e8 00 00 00 00 0f  ..H..$p.........
	0x0710 b6 44 24 46 48 8b 8c 24 00 02 00 00 48 8b 54 24  .D$FH..$....H.T$
	0x0720 60 48 8b 5c 24 68 4c 8b 84 24 70 03 00 00 4d 85  `H.\$hL..$p...M.
	0x0730 c0 74 76 4c 8d 4a 01 4d 8b 00 4c 39 cb 73 a8 4c  .tvL.J.M..L9.s.L
	0x0740 89 44 24 78 88 44 24 47 49 83 f9 04 7f 29 84 c0  .D$x.D$GI....)..
	0x0750 75 25 48 85 d2 75 20 48 8d 8c 24 b0 00 00 00 44  u%H..u H..$....D
	0x0760 0f 11 39 44 0f 11 79 10 bb 04 00 00 00 b8 01 00  ..9D..y.........
	0x0770 00 00 e9 70 ff ff ff 48 89 c8 48 89 d9 bf 01 00  ...p...H..H.....
	0x0780 00 00 48 8d 35 00 00 00 00 4c 89 cb e8 00 00 00  ..H.5....L......
	0x0790 00 4c 8b 44 24 78 49 89 d9 48 89 cb 48 89 c1 0f  .L.D$xI..H..H...
	0x07a0 b6 44 24 47 e9 3e ff ff ff be 01 00 00 00 eb 04  .D$G.>..........
	0x07b0 48 8d 70 01 48 39 d6 7d 26 48 89 f0 eb 0c 4c 89  H.p.H9.}&H....L.
	0x07c0 04 f1 48 89 7c f1 f8 48 ff ce 48 85 f6 7e e1 48  ..H.|..H..H..~.H
	0x07d0 8b 3c f1 4c 8b 44 f1 f8 49 39 f8 7f e1 eb d1 48  .<.L.D..I9.....H
	0x07e0 89 54 24 60 48 89 8c 24 08 02 00 00 31 c0 e9 7e  .T$`H..$....1..~
	0x07f0 00 00 00 48 89 84 24 a0 00 00 00 48 8b 0c c1 48  ...H..$....H...H
	0x0800 89 4c 24 70 48 8d 05 00 00 00 00 48 8d 9c 24 18  .L$pH......H..$.
	0x0810 02 00 00 e8 00 00 00 00 0f b6 10 88 54 24 47 90  ............T$G.
	0x0820 e8 00 00 00 00 48 8b 44 24 70 e8 00 00 00 00 48  .....H.D$p.....H
	0x0830 8d 05 00 00 00 00 bb 01 00 00 00 0f 1f 44 00 00  .............D..
	0x0840 e8 00 00 00 00 0f b6 44 24 47 e8 00 00 00 00 e8  .......D$G......
	0x0850 00 00 00 00 e8 00 00 00 00 48 8b 84 24 a0 00 00  .........H..$...
	0x0860 00 48 ff c0 48 8b 8c 24 08 02 00 00 48 8b 54 24  .H..H..$....H.T$
	0x0870 60 48 39 d0 0f 8c 79 ff ff ff e8 00 00 00 00 90  `H9...y.........
	0x0880 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x0890 00 48 8d 9c 24 18 02 00 00 e8 00 00 00 00 48 8b  .H..$.........H.
	0x08a0 84 24 18 02 00 00 48 89 84 24 a8 00 00 00 e8 00  .$....H..$......
	0x08b0 00 00 00 48 8b 84 24 a8 00 00 00 0f 1f 44 00 00  ...H..$......D..
	0x08c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x08d0 81 c4 d0 03 00 00 5d c3 e8 00 00 00 00 0f 1f 00  ......].........
	0x08e0 e9 1b f7 ff ff                                   .....
	rel 130+4 t=R_CALL runtime.rand+0
	rel 169+4 t=R_PCREL type:map[int]int+0
	rel 182+4 t=R_CALL runtime.mapassign_fast64+0
	rel 225+4 t=R_CALL runtime.printlock+0
	rel 232+4 t=R_PCREL go:string."len "+0
	rel 242+4 t=R_CALL runtime.printstring+0
	rel 257+4 t=R_CALL runtime.printint+0
	rel 262+4 t=R_CALL runtime.printnl+0
	rel 267+4 t=R_CALL runtime.printunlock+0
	rel 274+4 t=R_PCREL type:map[int]int+0
	rel 292+4 t=R_CALL runtime.mapaccess2_fast64+0
	rel 309+4 t=R_CALL runtime.printlock+0
	rel 321+4 t=R_CALL runtime.printint+0
	rel 326+4 t=R_CALL runtime.printsp+0
	rel 336+4 t=R_CALL runtime.printbool+0
	rel 341+4 t=R_CALL runtime.printnl+0
	rel 346+4 t=R_CALL runtime.printunlock+0
	rel 353+4 t=R_PCREL type:map[int]int+0
	rel 371+4 t=R_CALL runtime.mapaccess2_fast64+0
	rel 388+4 t=R_CALL runtime.printlock+0
	rel 398+4 t=R_CALL runtime.printint+0
	rel 403+4 t=R_CALL runtime.printsp+0
	rel 417+4 t=R_CALL runtime.printbool+0
	rel 422+4 t=R_CALL runtime.printnl+0
	rel 427+4 t=R_CALL runtime.printunlock+0
	rel 471+4 t=R_PCREL type:map[int]int+0
	rel 484+4 t=R_CALL runtime.mapIterStart+0
	rel 527+4 t=R_CALL runtime.mapIterNext+0
	rel 565+4 t=R_CALL runtime.printlock+0
	rel 572+4 t=R_PCREL go:string."sums "+0
	rel 582+4 t=R_CALL runtime.printstring+0
	rel 592+4 t=R_CALL runtime.printint+0
	rel 597+4 t=R_CALL runtime.printsp+0
	rel 609+4 t=R_CALL runtime.printint+0
	rel 614+4 t=R_CALL runtime.printnl+0
	rel 619+4 t=R_CALL runtime.printunlock+0
	rel 663+4 t=R_PCREL type:map[int]int+0
	rel 676+4 t=R_CALL runtime.mapIterStart+0
	rel 691+4 t=R_CALL runtime.mapIterNext+0
	rel 745+4 t=R_PCREL type:map[int]int+0
	rel 758+4 t=R_CALL runtime.mapdelete_fast64+0
	rel 781+4 t=R_CALL runtime.printlock+0
	rel 788+4 t=R_PCREL go:string."after delete "+0
	rel 801+4 t=R_CALL runtime.printstring+0
	rel 814+4 t=R_CALL runtime.printint+0
	rel 819+4 t=R_CALL runtime.printnl+0
	rel 824+4 t=R_CALL runtime.printunlock+0
	rel 831+4 t=R_PCREL type:map[int]int+0
	rel 849+4 t=R_CALL runtime.mapdelete_fast64+0
	rel 955+4 t=R_CALL runtime.rand+0
	rel 974+4 t=R_PCREL go:string."x"+0
	rel 1018+4 t=R_PCREL type:map[int64]string+0
	rel 1031+4 t=R_CALL runtime.mapassign_fast64+0
	rel 1045+4 t=R_PCREL runtime.writeBarrier+-1
	rel 1057+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 1085+4 t=R_PCREL type:map[int64]string+0
	rel 1103+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 1133+4 t=R_PCREL type:map[int64]string+0
	rel 1153+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 1170+4 t=R_CALL runtime.printlock+0
	rel 1185+4 t=R_CALL runtime.printint+0
	rel 1190+4 t=R_CALL runtime.printsp+0
	rel 1211+4 t=R_CALL runtime.printstring+0
	rel 1217+4 t=R_CALL runtime.printsp+0
	rel 1236+4 t=R_CALL runtime.printbool+0
	rel 1241+4 t=R_CALL runtime.printnl+0
	rel 1249+4 t=R_CALL runtime.printunlock+0
	rel 1275+4 t=R_PCREL type:map[int64]string+0
	rel 1288+4 t=R_CALL runtime.mapdelete_fast64+0
	rel 1337+4 t=R_CALL runtime.printlock+0
	rel 1350+4 t=R_CALL runtime.printint+0
	rel 1355+4 t=R_CALL runtime.printnl+0
	rel 1360+4 t=R_CALL runtime.printunlock+0
	rel 1465+4 t=R_CALL runtime.rand+0
	rel 1480+4 t=R_PCREL type:map[int]bool+0
	rel 1498+4 t=R_CALL runtime.mapassign_fast64+0
	rel 1508+4 t=R_PCREL type:map[int]bool+0
	rel 1528+4 t=R_CALL runtime.mapassign_fast64+0
	rel 1538+4 t=R_PCREL type:map[int]bool+0
	rel 1556+4 t=R_CALL runtime.mapassign_fast64+0
	rel 1566+4 t=R_PCREL type:map[int]bool+0
	rel 1581+4 t=R_CALL runtime.mapassign_fast64+0
	rel 1591+4 t=R_PCREL type:map[int]bool+0
	rel 1609+4 t=R_CALL runtime.mapassign_fast64+0
	rel 1669+4 t=R_PCREL type:int+0
	rel 1676+4 t=R_CALL runtime.makeslice+0
	rel 1728+4 t=R_PCREL type:map[int]bool+0
	rel 1741+4 t=R_CALL runtime.mapIterStart+0
	rel 1803+4 t=R_CALL runtime.mapIterNext+0
	rel 1925+4 t=R_PCREL type:int+0
	rel 1933+4 t=R_CALL runtime.growslice+0
	rel 2055+4 t=R_PCREL type:map[int]bool+0
	rel 2068+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 2081+4 t=R_CALL runtime.printlock+0
	rel 2091+4 t=R_CALL runtime.printint+0
	rel 2098+4 t=R_PCREL go:string."="+0
	rel 2113+4 t=R_CALL runtime.printstring+0
	rel 2123+4 t=R_CALL runtime.printbool+0
	rel 2128+4 t=R_CALL runtime.printsp+0
	rel 2133+4 t=R_CALL runtime.printunlock+0
	rel 2171+4 t=R_CALL runtime.printlock+0
	rel 2177+4 t=R_CALL runtime.printnl+0
	rel 2182+4 t=R_CALL runtime.printunlock+0
	rel 2189+4 t=R_PCREL type:map[int]bool+0
	rel 2202+4 t=R_CALL runtime.mapclear+0
	rel 2223+4 t=R_CALL runtime.printlock+0
	rel 2241+4 t=R_CALL runtime.printint+0
	rel 2246+4 t=R_CALL runtime.printnl+0
	rel 2251+4 t=R_CALL runtime.printunlock+0
	rel 2265+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*map[int64]string- SRODATA dupok size=19 align=0x1
	0x0000 00 11 2a 6d 61 70 5b 69 6e 74 36 34 5d 73 74 72  ..*map[int64]str
	0x0010 69 6e 67                                         ing
type:*map[int64]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ca 46 c5 73 28 08 08 16 00 00 00 00 00 00 00 00  .F.s(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int64]string-+0
	rel 48+8 t=R_ADDR type:map[int64]string+0
type:.namedata.*map.group[int64]string- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 36 34 5d 73 74 72 69 6e 67                       64]string
type:noalg.*map.group[int64]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 18 b4 11 20 08 08 16 00 00 00 00 00 00 00 00  6... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int64]string-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[int64]string+0
runtime.gcbits.2449920000000000 SRODATA dupok size=8 align=0x8
	0x0000 24 49 92 00 00 00 00 00                          $I......
type:.namedata.*[8]struct { key int64; elem string }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .%*[8]struct { k
	0x0010 65 79 20 69 6e 74 36 34 3b 20 65 6c 65 6d 20 73  ey int64; elem s
	0x0020 74 72 69 6e 67 20 7d                             tring }
type:noalg.*[8]struct { key int64; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 35 9f fa f4 20 08 08 16 00 00 00 00 00 00 00 00  5... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int64; elem string }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key int64; elem string }+0
runtime.gcbits.9224490000000000 SRODATA dupok size=8 align=0x8
	0x0000 92 24 49 00 00 00 00 00                          .$I.....
type:.namedata.*struct { key int64; elem string }- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  ."*struct { key 
	0x0010 69 6e 74 36 34 3b 20 65 6c 65 6d 20 73 74 72 69  int64; elem stri
	0x0020 6e 67 20 7d                                      ng }
type:noalg.*struct { key int64; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 21 5e 63 f9 20 08 08 16 00 00 00 00 00 00 00 00  !^c. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int64; elem string }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int64; elem string }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.importpath.. SRODATA dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5 align=0x1
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6 align=0x1
	0x0000 00 04 65 6c 65 6d                                ..elem
type:noalg.struct { key int64; elem string } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 e6 c2 0d ff 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int64; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key int64; elem string }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key int64; elem string }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:int64+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:string+0
type:.namedata.*[]struct { key int64; elem string }- SRODATA dupok size=38 align=0x1
	0x0000 00 24 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .$*[]struct { ke
	0x0010 79 20 69 6e 74 36 34 3b 20 65 6c 65 6d 20 73 74  y int64; elem st
	0x0020 72 69 6e 67 20 7d                                ring }
type:*[]struct { key int64; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 73 31 1c ce 28 08 08 16 00 00 00 00 00 00 00 00  s1..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int64; elem string }-+0
	rel 48+8 t=R_ADDR type:[]struct { key int64; elem string }+0
type:[]struct { key int64; elem string } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 18 ee ed 49 02 08 08 17 00 00 00 00 00 00 00 00  ...I............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int64; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key int64; elem string }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int64; elem string }+0
type:noalg.[8]struct { key int64; elem string } SRODATA dupok size=72 align=0x8
	0x0000 c0 00 00 00 00 00 00 00 b8 00 00 00 00 00 00 00  ................
	0x0010 42 05 b9 a2 02 08 08 11 00 00 00 00 00 00 00 00  B...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.9224490000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int64; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key int64; elem string }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int64; elem string }+0
	rel 56+8 t=R_ADDR type:[]struct { key int64; elem string }+0
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6c 6f 74 73                             ..slots
type:noalg.map.group[int64]string SRODATA dupok size=128 align=0x8
	0x0000 c8 00 00 00 00 00 00 00 c0 00 00 00 00 00 00 00  ................
	0x0010 28 ed a7 2c 02 08 08 19 00 00 00 00 00 00 00 00  (..,............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.2449920000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int64]string-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[int64]string+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[int64]string+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key int64; elem string }+0
runtime.memhash64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash64+0
type:map[int64]string SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 35 78 54 f5 22 08 08 15 00 00 00 00 00 00 00 00  5xT."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 c8 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int64]string-+0
	rel 44+4 t=RelocType(-32763) type:*map[int64]string+0
	rel 48+8 t=R_ADDR type:int64+0
	rel 56+8 t=R_ADDR type:string+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int64]string+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
type:.namedata.*map[int]bool- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 6d 61 70 5b 69 6e 74 5d 62 6f 6f 6c     ..*map[int]bool
type:*map[int]bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3d 86 73 a3 28 08 08 16 00 00 00 00 00 00 00 00  =.s.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]bool-+0
	rel 48+8 t=R_ADDR type:map[int]bool+0
type:.namedata.*map.group[int]bool- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 5d 62 6f 6f 6c                                   ]bool
type:noalg.*map.group[int]bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 11 ed 00 67 20 08 08 16 00 00 00 00 00 00 00 00  ...g ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]bool-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[int]bool+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*[8]struct { key int; elem bool }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .!*[8]struct { k
	0x0010 65 79 20 69 6e 74 3b 20 65 6c 65 6d 20 62 6f 6f  ey int; elem boo
	0x0020 6c 20 7d                                         l }
type:noalg.*[8]struct { key int; elem bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4c ea eb 13 20 08 08 16 00 00 00 00 00 00 00 00  L... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem bool }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key int; elem bool }+0
type:.namedata.*struct { key int; elem bool }- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  ..*struct { key 
	0x0010 69 6e 74 3b 20 65 6c 65 6d 20 62 6f 6f 6c 20 7d  int; elem bool }
type:noalg.*struct { key int; elem bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e0 16 2b 62 20 08 08 16 00 00 00 00 00 00 00 00  ..+b ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem bool }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem bool }+0
type:noalg.struct { key int; elem bool } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 4b 98 fc 21 02 08 08 19 00 00 00 00 00 00 00 00  K..!............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem bool }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key int; elem bool }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key int; elem bool }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:bool+0
type:.namedata.*[]struct { key int; elem bool }- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  . *[]struct { ke
	0x0010 79 20 69 6e 74 3b 20 65 6c 65 6d 20 62 6f 6f 6c  y int; elem bool
	0x0020 20 7d                                             }
type:*[]struct { key int; elem bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b3 c1 97 3a 28 08 08 16 00 00 00 00 00 00 00 00  ...:(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem bool }-+0
	rel 48+8 t=R_ADDR type:[]struct { key int; elem bool }+0
type:[]struct { key int; elem bool } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9e 1d e7 21 02 08 08 17 00 00 00 00 00 00 00 00  ...!............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem bool }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key int; elem bool }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem bool }+0
type:noalg.[8]struct { key int; elem bool } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 f8 6a c6 12 02 08 08 11 00 00 00 00 00 00 00 00  .j..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem bool }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key int; elem bool }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem bool }+0
	rel 56+8 t=R_ADDR type:[]struct { key int; elem bool }+0
type:noalg.map.group[int]bool SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 0d 04 b8 af 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]bool-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[int]bool+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[int]bool+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key int; elem bool }+0
type:map[int]bool SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a1 4f cd a4 22 08 08 15 00 00 00 00 00 00 00 00  .O.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]bool-+0
	rel 44+4 t=RelocType(-32763) type:*map[int]bool+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:bool+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int]bool+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
type:.namedata.*map[int]int- SRODATA dupok size=14 align=0x1
	0x0000 00 0c 2a 6d 61 70 5b 69 6e 74 5d 69 6e 74        ..*map[int]int
type:*map[int]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 74 51 b7 ae 28 08 08 16 00 00 00 00 00 00 00 00  tQ..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]int-+0
	rel 48+8 t=R_ADDR type:map[int]int+0
type:.namedata.*map.group[int]int- SRODATA dupok size=20 align=0x1
	0x0000 00 12 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 5d 69 6e 74                                      ]int
type:noalg.*map.group[int]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 59 e2 af 14 20 08 08 16 00 00 00 00 00 00 00 00  Y... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[int]int+0
type:.namedata.*[8]struct { key int; elem int }- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  . *[8]struct { k
	0x0010 65 79 20 69 6e 74 3b 20 65 6c 65 6d 20 69 6e 74  ey int; elem int
	0x0020 20 7d                                             }
type:noalg.*[8]struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 dd b3 23 cb 20 08 08 16 00 00 00 00 00 00 00 00  ..#. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key int; elem int }+0
type:.namedata.*struct { key int; elem int }- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  ..*struct { key 
	0x0010 69 6e 74 3b 20 65 6c 65 6d 20 69 6e 74 20 7d     int; elem int }
type:noalg.*struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ff c4 f6 0c 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem int }+0
type:noalg.struct { key int; elem int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 20 f2 56 9c 02 08 08 19 00 00 00 00 00 00 00 00   .V.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key int; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key int; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key int; elem int }- SRODATA dupok size=33 align=0x1
	0x0000 00 1f 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  ..*[]struct { ke
	0x0010 79 20 69 6e 74 3b 20 65 6c 65 6d 20 69 6e 74 20  y int; elem int 
	0x0020 7d                                               }
type:*[]struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c2 95 42 f2 28 08 08 16 00 00 00 00 00 00 00 00  ..B.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key int; elem int }+0
type:[]struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e9 1c 2f 24 02 08 08 17 00 00 00 00 00 00 00 00  ../$............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key int; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem int }+0
type:noalg.[8]struct { key int; elem int } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 da 27 44 7e 02 08 08 11 00 00 00 00 00 00 00 00  .'D~............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key int; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key int; elem int }+0
type:noalg.map.group[int]int SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 f8 ad e5 a7 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[int]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[int]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key int; elem int }+0
type:map[int]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9e 99 5a 5d 22 08 08 15 00 00 00 00 00 00 00 00  ..Z]"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[int]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int]int+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
go:string."len" SRODATA dupok size=3 align=0x1
	0x0000 6c 65 6e                                         len
go:string."len " SRODATA dupok size=4 align=0x1
	0x0000 6c 65 6e 20                                      len 
go:string."sums" SRODATA dupok size=4 align=0x1
	0x0000 73 75 6d 73                                      sums
go:string."sums " SRODATA dupok size=5 align=0x1
	0x0000 73 75 6d 73 20                                   sums 
go:string."after delete" SRODATA dupok size=12 align=0x1
	0x0000 61 66 74 65 72 20 64 65 6c 65 74 65              after delete
go:string."after delete " SRODATA dupok size=13 align=0x1
	0x0000 61 66 74 65 72 20 64 65 6c 65 74 65 20           after delete 
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
go:string."=" SRODATA dupok size=1 align=0x1
	0x0000 3d                                               =
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
runtime.gcbits.0f06000000000000 SRODATA dupok size=8 align=0x8
	0x0000 0f 06 00 00 00 00 00 00                          ........
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·NL1fmQxTaE165lC0D8tWVg== SRODATA dupok size=8 align=0x4
	0x0000 09 00 00 00 00 00 00 00                          ........
gclocals·23H7BaDUm9C5R3ZlkEl1aw== SRODATA dupok size=80 align=0x4
	0x0000 09 00 00 00 3a 00 00 00 00 00 00 00 00 00 00 00  ....:...........
	0x0010 00 00 00 00 00 04 00 00 00 00 00 00 00 c4 83 01  ................
	0x0020 00 00 00 00 10 00 00 00 04 00 00 00 10 00 00 00  ................
	0x0030 20 00 00 00 00 00 00 00 21 00 00 00 00 c0 83 01   .......!.......
	0x0040 20 00 00 00 00 c0 83 01 22 00 00 00 00 00 00 00   .......".......
main.main.stkobj SRODATA static size=88 align=0x8
	0x0000 05 00 00 00 00 00 00 00 48 fe ff ff 30 00 00 00  ........H...0...
	0x0010 18 00 00 00 00 00 00 00 78 fe ff ff c8 00 00 00  ........x.......
	0x0020 c0 00 00 00 00 00 00 00 40 ff ff ff 30 00 00 00  ........@...0...
	0x0030 18 00 00 00 00 00 00 00 70 ff ff ff 30 00 00 00  ........p...0...
	0x0040 18 00 00 00 00 00 00 00 a0 ff ff ff 60 00 00 00  ............`...
	0x0050 58 00 00 00 00 00 00 00                          X.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.2449920000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 84+4 t=R_ADDROFF runtime.gcbits.0f06000000000000+0
