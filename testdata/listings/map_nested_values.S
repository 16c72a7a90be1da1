funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (map_nested_values.go:9)	TEXT	main.main(SB), ABIInternal, $1608-0
     0        00000 (map_nested_values.go:9)	TEXT	main.main(SB), ABIInternal, $1608-0
     0     -1 00000 (map_nested_values.go:9)	LEAQ	-1480(SP), R12
     8        00008 (map_nested_values.go:9)	CMPQ	R12, 16(R14)
     c        00012 (map_nested_values.go:9)	PCDATA	$0, $-2
     c        00012 (map_nested_values.go:9)	JLS	2822
    12        00018 (map_nested_values.go:9)	PCDATA	$0, $-1
    12        00018 (map_nested_values.go:9)	PUSHQ	BP
    13        00019 (map_nested_values.go:9)	MOVQ	SP, BP
    16        00022 (map_nested_values.go:9)	SUBQ	$1600, SP
    1d        00029 (map_nested_values.go:9)	FUNCDATA	$0, gclocals·oNG3nr3vlhmleRajv8JktQ==(SB)
    1d        00029 (map_nested_values.go:9)	FUNCDATA	$1, gclocals·lUOxO4Yd1z0vFvEiAk7n0w==(SB)
    1d        00029 (map_nested_values.go:9)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (map_nested_values.go:10)	LEAQ	main..autotmp_20+1536(SP), AX
    25        00037 (map_nested_values.go:10)	MOVUPS	X15, (AX)
    29        00041 (map_nested_values.go:10)	MOVUPS	X15, 16(AX)
    2e        00046 (map_nested_values.go:10)	MOVUPS	X15, 32(AX)
    33        00051 (map_nested_values.go:10)	LEAQ	main..autotmp_21+1208(SP), AX
    3b        00059 (map_nested_values.go:10)	MOVL	$5, CX
    40        00064 (map_nested_values.go:10)	MOVUPS	X15, (AX)
    44        00068 (map_nested_values.go:10)	MOVUPS	X15, 16(AX)
    49        00073 (map_nested_values.go:10)	MOVUPS	X15, 32(AX)
    4e        00078 (map_nested_values.go:10)	MOVUPS	X15, 48(AX)
    53        00083 (map_nested_values.go:10)	ADDQ	$64, AX
    57        00087 (map_nested_values.go:10)	DECL	CX
    59        00089 (map_nested_values.go:10)	JNE	64
    5b        00091 (map_nested_values.go:10)	MOVUPS	X15, -8(AX)
    60        00096 (map_nested_values.go:10)	MOVQ	$-9187201950435737472, AX
    6a        00106 (map_nested_values.go:10)	MOVQ	AX, main..autotmp_21+1208(SP)
    72        00114 (map_nested_values.go:10)	LEAQ	main..autotmp_21+1208(SP), AX
    7a        00122 (map_nested_values.go:10)	MOVQ	AX, main..autotmp_20+1552(SP)
    82        00130 (map_nested_values.go:10)	PCDATA	$1, $1
    82        00130 (map_nested_values.go:10)	CALL	runtime.rand(SB)
    87        00135 (map_nested_values.go:10)	MOVQ	AX, main..autotmp_20+1544(SP)
    8f        00143 (map_nested_values.go:10)	XORL	AX, AX
    91        00145 (map_nested_values.go:11)	JMP	164
    93        00147 (map_nested_values.go:16)	MOVQ	BX, 8(AX)
    97        00151 (map_nested_values.go:16)	MOVQ	main.i+80(SP), AX
    9c        00156 (map_nested_values.go:16)	MOVQ	AX, -8(DX)(BX*8)
    a1        00161 (map_nested_values.go:11)	INCQ	AX
    a4        00164 (map_nested_values.go:11)	CMPQ	AX, $20
    a8        00168 (map_nested_values.go:11)	JGE	349
    ae        00174 (map_nested_values.go:11)	MOVQ	AX, main.i+80(SP)
    b3        00179 (map_nested_values.go:13)	TESTQ	$1, AX
    b9        00185 (map_nested_values.go:16)	MOVL	$3, DI
    be        00190 (map_nested_values.go:16)	MOVL	$4, DX
    c3        00195 (map_nested_values.go:16)	CMOVQEQ	DX, DI
    c7        00199 (map_nested_values.go:16)	LEAQ	go:string."odd"(SB), CX
    ce        00206 (map_nested_values.go:16)	LEAQ	go:string."even"(SB), DX
    d5        00213 (map_nested_values.go:16)	CMOVQEQ	DX, CX
    d9        00217 (map_nested_values.go:16)	LEAQ	type:map[string][]int(SB), AX
    e0        00224 (map_nested_values.go:16)	LEAQ	main..autotmp_20+1536(SP), BX
    e8        00232 (map_nested_values.go:16)	CALL	runtime.mapassign_faststr(SB)
    ed        00237 (map_nested_values.go:16)	MOVQ	16(AX), CX
    f1        00241 (map_nested_values.go:16)	MOVQ	8(AX), BX
    f5        00245 (map_nested_values.go:16)	INCQ	BX
    f8        00248 (map_nested_values.go:16)	MOVQ	(AX), DX
    fb        00251 (map_nested_values.go:16)	NOP
   100        00256 (map_nested_values.go:16)	CMPQ	CX, BX
   103        00259 (map_nested_values.go:13)	JCC	147
   105        00261 (map_nested_values.go:16)	MOVQ	AX, main..autotmp_93+208(SP)
   10d        00269 (map_nested_values.go:16)	MOVQ	DX, AX
   110        00272 (map_nested_values.go:16)	MOVL	$1, DI
   115        00277 (map_nested_values.go:16)	LEAQ	type:int(SB), SI
   11c        00284 (map_nested_values.go:16)	PCDATA	$1, $2
   11c        00284 (map_nested_values.go:16)	NOP
   120        00288 (map_nested_values.go:16)	CALL	runtime.growslice(SB)
   125        00293 (map_nested_values.go:16)	MOVQ	main..autotmp_93+208(SP), DX
   12d        00301 (map_nested_values.go:16)	MOVQ	CX, 16(DX)
   131        00305 (map_nested_values.go:16)	CMPL	runtime.writeBarrier(SB), $0
   138        00312 (map_nested_values.go:16)	PCDATA	$0, $-2
   138        00312 (map_nested_values.go:16)	JEQ	332
   13a        00314 (map_nested_values.go:16)	MOVQ	(DX), SI
   13d        00317 (map_nested_values.go:16)	NOP
   140        00320 (map_nested_values.go:16)	CALL	runtime.gcWriteBarrier2(SB)
   145        00325 (map_nested_values.go:16)	MOVQ	AX, (R11)
   148        00328 (map_nested_values.go:16)	MOVQ	SI, 8(R11)
   14c        00332 (map_nested_values.go:16)	MOVQ	AX, (DX)
   14f        00335 (map_nested_values.go:16)	PCDATA	$0, $-1
   14f        00335 (map_nested_values.go:16)	MOVQ	AX, CX
   152        00338 (map_nested_values.go:16)	MOVQ	DX, AX
   155        00341 (map_nested_values.go:16)	MOVQ	CX, DX
   158        00344 (map_nested_values.go:16)	JMP	147
   15d        00349 (map_nested_values.go:18)	LEAQ	type:map[string][]int(SB), AX
   164        00356 (map_nested_values.go:18)	LEAQ	main..autotmp_20+1536(SP), BX
   16c        00364 (map_nested_values.go:18)	LEAQ	go:string."even"(SB), CX
   173        00371 (map_nested_values.go:18)	MOVL	$4, DI
   178        00376 (map_nested_values.go:18)	PCDATA	$1, $1
   178        00376 (map_nested_values.go:18)	CALL	runtime.mapaccess1_faststr(SB)
   17d        00381 (map_nested_values.go:18)	MOVQ	8(AX), DX
   181        00385 (map_nested_values.go:18)	MOVQ	DX, main..autotmp_94+120(SP)
   186        00390 (map_nested_values.go:18)	LEAQ	type:map[string][]int(SB), AX
   18d        00397 (map_nested_values.go:18)	LEAQ	main..autotmp_20+1536(SP), BX
   195        00405 (map_nested_values.go:18)	LEAQ	go:string."odd"(SB), CX
   19c        00412 (map_nested_values.go:18)	MOVL	$3, DI
   1a1        00417 (map_nested_values.go:18)	CALL	runtime.mapaccess1_faststr(SB)
   1a6        00422 (map_nested_values.go:18)	MOVQ	8(AX), DX
   1aa        00426 (map_nested_values.go:18)	MOVQ	DX, main..autotmp_95+112(SP)
   1af        00431 (map_nested_values.go:18)	LEAQ	type:map[string][]int(SB), AX
   1b6        00438 (map_nested_values.go:18)	LEAQ	main..autotmp_20+1536(SP), BX
   1be        00446 (map_nested_values.go:18)	LEAQ	go:string."none"(SB), CX
   1c5        00453 (map_nested_values.go:18)	MOVL	$4, DI
   1ca        00458 (map_nested_values.go:18)	CALL	runtime.mapaccess1_faststr(SB)
   1cf        00463 (map_nested_values.go:18)	MOVQ	8(AX), DX
   1d3        00467 (map_nested_values.go:18)	MOVQ	DX, main..autotmp_96+104(SP)
   1d8        00472 (map_nested_values.go:18)	LEAQ	type:map[string][]int(SB), AX
   1df        00479 (map_nested_values.go:18)	LEAQ	main..autotmp_20+1536(SP), BX
   1e7        00487 (map_nested_values.go:18)	LEAQ	go:string."odd"(SB), CX
   1ee        00494 (map_nested_values.go:18)	MOVL	$3, DI
   1f3        00499 (map_nested_values.go:18)	PCDATA	$1, $0
   1f3        00499 (map_nested_values.go:18)	CALL	runtime.mapaccess1_faststr(SB)
   1f8        00504 (map_nested_values.go:18)	MOVQ	8(AX), DX
   1fc        00508 (map_nested_values.go:18)	NOP
   200        00512 (map_nested_values.go:18)	CMPQ	DX, $9
   204        00516 (map_nested_values.go:18)	JLS	2812
   20a        00522 (map_nested_values.go:18)	MOVQ	(AX), AX
   20d        00525 (map_nested_values.go:18)	MOVQ	72(AX), AX
   211        00529 (map_nested_values.go:18)	MOVQ	AX, main..autotmp_97+96(SP)
   216        00534 (map_nested_values.go:18)	CALL	runtime.printlock(SB)
   21b        00539 (map_nested_values.go:18)	MOVQ	main..autotmp_94+120(SP), AX
   220        00544 (map_nested_values.go:18)	CALL	runtime.printint(SB)
   225        00549 (map_nested_values.go:18)	CALL	runtime.printsp(SB)
   22a        00554 (map_nested_values.go:18)	MOVQ	main..autotmp_95+112(SP), AX
   22f        00559 (map_nested_values.go:18)	CALL	runtime.printint(SB)
   234        00564 (map_nested_values.go:18)	CALL	runtime.printsp(SB)
   239        00569 (map_nested_values.go:18)	MOVQ	main..autotmp_97+96(SP), AX
   23e        00574 (map_nested_values.go:18)	NOP
   240        00576 (map_nested_values.go:18)	CALL	runtime.printint(SB)
   245        00581 (map_nested_values.go:18)	CALL	runtime.printsp(SB)
   24a        00586 (map_nested_values.go:18)	MOVQ	main..autotmp_96+104(SP), AX
   24f        00591 (map_nested_values.go:18)	CALL	runtime.printint(SB)
   254        00596 (map_nested_values.go:18)	CALL	runtime.printnl(SB)
   259        00601 (map_nested_values.go:18)	CALL	runtime.printunlock(SB)
   25e        00606 (map_nested_values.go:20)	LEAQ	main..autotmp_29+1160(SP), AX
   266        00614 (map_nested_values.go:20)	MOVUPS	X15, (AX)
   26a        00618 (map_nested_values.go:20)	MOVUPS	X15, 16(AX)
   26f        00623 (map_nested_values.go:20)	MOVUPS	X15, 32(AX)
   274        00628 (map_nested_values.go:20)	LEAQ	main..autotmp_30+1024(SP), AX
   27c        00636 (map_nested_values.go:20)	MOVUPS	X15, (AX)
   280        00640 (map_nested_values.go:20)	MOVUPS	X15, 16(AX)
   285        00645 (map_nested_values.go:20)	MOVUPS	X15, 32(AX)
   28a        00650 (map_nested_values.go:20)	MOVUPS	X15, 48(AX)
   28f        00655 (map_nested_values.go:20)	MOVUPS	X15, 64(AX)
   294        00660 (map_nested_values.go:20)	MOVUPS	X15, 80(AX)
   299        00665 (map_nested_values.go:20)	MOVUPS	X15, 96(AX)
   29e        00670 (map_nested_values.go:20)	MOVUPS	X15, 112(AX)
   2a3        00675 (map_nested_values.go:20)	MOVUPS	X15, 120(AX)
   2a8        00680 (map_nested_values.go:20)	MOVQ	$-9187201950435737472, CX
   2b2        00690 (map_nested_values.go:20)	MOVQ	CX, main..autotmp_30+1024(SP)
   2ba        00698 (map_nested_values.go:20)	MOVQ	AX, main..autotmp_29+1176(SP)
   2c2        00706 (map_nested_values.go:20)	PCDATA	$1, $3
   2c2        00706 (map_nested_values.go:20)	CALL	runtime.rand(SB)
   2c7        00711 (map_nested_values.go:20)	MOVQ	AX, main..autotmp_29+1168(SP)
   2cf        00719 (map_nested_values.go:20)	XORL	AX, AX
   2d1        00721 (map_nested_values.go:21)	JMP	800
   2d3        00723 (map_nested_values.go:25)	LEAQ	type:map[int]map[int]int(SB), AX
   2da        00730 (map_nested_values.go:25)	LEAQ	main..autotmp_29+1160(SP), BX
   2e2        00738 (map_nested_values.go:25)	MOVQ	main..autotmp_94+120(SP), CX
   2e7        00743 (map_nested_values.go:25)	CALL	runtime.mapaccess1_fast64(SB)
   2ec        00748 (map_nested_values.go:25)	MOVQ	(AX), BX
   2ef        00751 (map_nested_values.go:25)	LEAQ	type:map[int]int(SB), AX
   2f6        00758 (map_nested_values.go:25)	MOVQ	main.i+72(SP), CX
   2fb        00763 (map_nested_values.go:25)	NOP
   300        00768 (map_nested_values.go:25)	CALL	runtime.mapassign_fast64(SB)
   305        00773 (map_nested_values.go:25)	MOVQ	main.i+72(SP), DX
   30a        00778 (map_nested_values.go:25)	MOVQ	DX, SI
   30d        00781 (map_nested_values.go:25)	IMULQ	DX, DX
   311        00785 (map_nested_values.go:25)	MOVQ	DX, (AX)
   314        00788 (map_nested_values.go:21)	LEAQ	1(SI), AX
   318        00792 (map_nested_values.go:21)	NOP
   320        00800 (map_nested_values.go:21)	CMPQ	AX, $4
   324        00804 (map_nested_values.go:21)	JGE	958
   32a        00810 (map_nested_values.go:21)	MOVQ	AX, main.i+72(SP)
   32f        00815 (map_nested_values.go:22)	MOVQ	AX, CX
   332        00818 (map_nested_values.go:22)	ANDQ	$-2, AX
   336        00822 (map_nested_values.go:22)	MOVQ	CX, DX
   339        00825 (map_nested_values.go:22)	SUBQ	AX, DX
   33c        00828 (map_nested_values.go:22)	MOVQ	DX, main..autotmp_94+120(SP)
   341        00833 (map_nested_values.go:22)	LEAQ	type:map[int]map[int]int(SB), AX
   348        00840 (map_nested_values.go:22)	LEAQ	main..autotmp_29+1160(SP), BX
   350        00848 (map_nested_values.go:22)	MOVQ	DX, CX
   353        00851 (map_nested_values.go:22)	CALL	runtime.mapaccess1_fast64(SB)
   358        00856 (map_nested_values.go:22)	CMPQ	(AX), $0
   35c        00860 (map_nested_values.go:22)	NOP
   360        00864 (map_nested_values.go:22)	JNE	723
   366        00870 (map_nested_values.go:23)	CALL	runtime.makemap_small(SB)
   36b        00875 (map_nested_values.go:23)	MOVQ	AX, main..autotmp_98+200(SP)
   373        00883 (map_nested_values.go:23)	LEAQ	type:map[int]map[int]int(SB), AX
   37a        00890 (map_nested_values.go:23)	LEAQ	main..autotmp_29+1160(SP), BX
   382        00898 (map_nested_values.go:23)	MOVQ	main..autotmp_94+120(SP), CX
   387        00903 (map_nested_values.go:23)	PCDATA	$1, $4
   387        00903 (map_nested_values.go:23)	CALL	runtime.mapassign_fast64(SB)
   38c        00908 (map_nested_values.go:23)	CMPL	runtime.writeBarrier(SB), $0
   393        00915 (map_nested_values.go:23)	PCDATA	$0, $-2
   393        00915 (map_nested_values.go:23)	JNE	927
   395        00917 (map_nested_values.go:23)	MOVQ	main..autotmp_98+200(SP), SI
   39d        00925 (map_nested_values.go:23)	JMP	950
   39f        00927 (map_nested_values.go:23)	MOVQ	(AX), DX
   3a2        00930 (map_nested_values.go:23)	CALL	runtime.gcWriteBarrier2(SB)
   3a7        00935 (map_nested_values.go:23)	MOVQ	main..autotmp_98+200(SP), SI
   3af        00943 (map_nested_values.go:23)	MOVQ	SI, (R11)
   3b2        00946 (map_nested_values.go:23)	MOVQ	DX, 8(R11)
   3b6        00950 (map_nested_values.go:23)	MOVQ	SI, (AX)
   3b9        00953 (map_nested_values.go:23)	PCDATA	$0, $-1
   3b9        00953 (map_nested_values.go:23)	JMP	723
   3be        00958 (map_nested_values.go:27)	MOVQ	main..autotmp_29+1160(SP), DX
   3c6        00966 (map_nested_values.go:27)	MOVQ	DX, main..autotmp_99+88(SP)
   3cb        00971 (map_nested_values.go:27)	LEAQ	type:map[int]map[int]int(SB), AX
   3d2        00978 (map_nested_values.go:27)	LEAQ	main..autotmp_29+1160(SP), BX
   3da        00986 (map_nested_values.go:27)	XORL	CX, CX
   3dc        00988 (map_nested_values.go:27)	PCDATA	$1, $3
   3dc        00988 (map_nested_values.go:27)	NOP
   3e0        00992 (map_nested_values.go:27)	CALL	runtime.mapaccess1_fast64(SB)
   3e5        00997 (map_nested_values.go:27)	MOVQ	(AX), DX
   3e8        01000 (map_nested_values.go:27)	TESTQ	DX, DX
   3eb        01003 (map_nested_values.go:27)	JEQ	1010
   3ed        01005 (map_nested_values.go:27)	MOVQ	(DX), DX
   3f0        01008 (map_nested_values.go:27)	JMP	1012
   3f2        01010 (map_nested_values.go:27)	XORL	DX, DX
   3f4        01012 (map_nested_values.go:27)	MOVQ	DX, main..autotmp_94+120(SP)
   3f9        01017 (map_nested_values.go:27)	LEAQ	type:map[int]map[int]int(SB), AX
   400        01024 (map_nested_values.go:27)	LEAQ	main..autotmp_29+1160(SP), BX
   408        01032 (map_nested_values.go:27)	MOVL	$1, CX
   40d        01037 (map_nested_values.go:27)	PCDATA	$1, $0
   40d        01037 (map_nested_values.go:27)	CALL	runtime.mapaccess1_fast64(SB)
   412        01042 (map_nested_values.go:27)	MOVQ	(AX), BX
   415        01045 (map_nested_values.go:27)	LEAQ	type:map[int]int(SB), AX
   41c        01052 (map_nested_values.go:27)	MOVL	$3, CX
   421        01057 (map_nested_values.go:27)	CALL	runtime.mapaccess1_fast64(SB)
   426        01062 (map_nested_values.go:27)	MOVQ	(AX), DX
   429        01065 (map_nested_values.go:27)	MOVQ	DX, main..autotmp_95+112(SP)
   42e        01070 (map_nested_values.go:27)	CALL	runtime.printlock(SB)
   433        01075 (map_nested_values.go:27)	MOVQ	main..autotmp_99+88(SP), AX
   438        01080 (map_nested_values.go:27)	CALL	runtime.printint(SB)
   43d        01085 (map_nested_values.go:27)	NOP
   440        01088 (map_nested_values.go:27)	CALL	runtime.printsp(SB)
   445        01093 (map_nested_values.go:27)	MOVQ	main..autotmp_94+120(SP), AX
   44a        01098 (map_nested_values.go:27)	CALL	runtime.printint(SB)
   44f        01103 (map_nested_values.go:27)	CALL	runtime.printsp(SB)
   454        01108 (map_nested_values.go:27)	MOVQ	main..autotmp_95+112(SP), AX
   459        01113 (map_nested_values.go:27)	CALL	runtime.printint(SB)
   45e        01118 (map_nested_values.go:27)	NOP
   460        01120 (map_nested_values.go:27)	CALL	runtime.printnl(SB)
   465        01125 (map_nested_values.go:27)	CALL	runtime.printunlock(SB)
   46a        01130 (map_nested_values.go:29)	LEAQ	main..autotmp_46+976(SP), DX
   472        01138 (map_nested_values.go:29)	MOVUPS	X15, (DX)
   476        01142 (map_nested_values.go:29)	MOVUPS	X15, 16(DX)
   47b        01147 (map_nested_values.go:29)	MOVUPS	X15, 32(DX)
   480        01152 (map_nested_values.go:29)	LEAQ	main..autotmp_47+712(SP), DX
   488        01160 (map_nested_values.go:29)	MOVL	$4, SI
   48d        01165 (map_nested_values.go:29)	MOVUPS	X15, (DX)
   491        01169 (map_nested_values.go:29)	MOVUPS	X15, 16(DX)
   496        01174 (map_nested_values.go:29)	MOVUPS	X15, 32(DX)
   49b        01179 (map_nested_values.go:29)	MOVUPS	X15, 48(DX)
   4a0        01184 (map_nested_values.go:29)	ADDQ	$64, DX
   4a4        01188 (map_nested_values.go:29)	DECL	SI
   4a6        01190 (map_nested_values.go:29)	JNE	1165
   4a8        01192 (map_nested_values.go:29)	MOVUPS	X15, -8(DX)
   4ad        01197 (map_nested_values.go:29)	MOVQ	$-9187201950435737472, DX
   4b7        01207 (map_nested_values.go:29)	MOVQ	DX, main..autotmp_47+712(SP)
   4bf        01215 (map_nested_values.go:29)	LEAQ	main..autotmp_47+712(SP), DX
   4c7        01223 (map_nested_values.go:29)	MOVQ	DX, main..autotmp_46+992(SP)
   4cf        01231 (map_nested_values.go:29)	PCDATA	$1, $5
   4cf        01231 (map_nested_values.go:29)	CALL	runtime.rand(SB)
   4d4        01236 (map_nested_values.go:29)	MOVQ	AX, main..autotmp_46+984(SP)
   4dc        01244 (map_nested_values.go:30)	MOVQ	$3, main..autotmp_54+128(SP)
   4e8        01256 (map_nested_values.go:30)	MOVQ	$1, main..autotmp_54+136(SP)
   4f4        01268 (map_nested_values.go:30)	MOVQ	$4, main..autotmp_54+144(SP)
   500        01280 (map_nested_values.go:30)	MOVQ	$1, main..autotmp_54+152(SP)
   50c        01292 (map_nested_values.go:30)	MOVQ	$5, main..autotmp_54+160(SP)
   518        01304 (map_nested_values.go:30)	MOVQ	$9, main..autotmp_54+168(SP)
   524        01316 (map_nested_values.go:30)	MOVQ	$2, main..autotmp_54+176(SP)
   530        01328 (map_nested_values.go:30)	MOVQ	$6, main..autotmp_54+184(SP)
   53c        01340 (map_nested_values.go:30)	XORL	AX, AX
   53e        01342 (map_nested_values.go:30)	NOP
   540        01344 (map_nested_values.go:30)	JMP	1513
   545        01349 (map_nested_values.go:30)	MOVQ	AX, main..autotmp_94+120(SP)
   54a        01354 (map_nested_values.go:30)	MOVQ	main..autotmp_54+128(SP)(AX*8), DX
   552        01362 (map_nested_values.go:30)	MOVQ	DX, main.v+64(SP)
   557        01367 (map_nested_values.go:32)	CMPQ	DX, $3
   55b        01371 (map_nested_values.go:35)	LEAQ	go:string."small"(SB), CX
   562        01378 (map_nested_values.go:35)	LEAQ	go:string."large"(SB), DX
   569        01385 (map_nested_values.go:35)	CMOVQGT	DX, CX
   56d        01389 (map_nested_values.go:35)	MOVQ	CX, main.k.ptr+192(SP)
   575        01397 (map_nested_values.go:35)	LEAQ	type:map[string]main.Stats(SB), AX
   57c        01404 (map_nested_values.go:35)	LEAQ	main..autotmp_46+976(SP), BX
   584        01412 (map_nested_values.go:35)	MOVL	$5, DI
   589        01417 (map_nested_values.go:35)	PCDATA	$1, $6
   589        01417 (map_nested_values.go:35)	CALL	runtime.mapaccess1_faststr(SB)
   58e        01422 (map_nested_values.go:35)	MOVQ	(AX), DX
   591        01425 (map_nested_values.go:35)	MOVQ	DX, main..autotmp_95+112(SP)
   596        01430 (map_nested_values.go:35)	MOVQ	8(AX), DX
   59a        01434 (map_nested_values.go:35)	MOVQ	DX, main..autotmp_96+104(SP)
   59f        01439 (map_nested_values.go:38)	LEAQ	type:map[string]main.Stats(SB), AX
   5a6        01446 (map_nested_values.go:38)	LEAQ	main..autotmp_46+976(SP), BX
   5ae        01454 (map_nested_values.go:38)	MOVQ	main.k.ptr+192(SP), CX
   5b6        01462 (map_nested_values.go:38)	MOVL	$5, DI
   5bb        01467 (map_nested_values.go:38)	PCDATA	$1, $5
   5bb        01467 (map_nested_values.go:38)	NOP
   5c0        01472 (map_nested_values.go:38)	CALL	runtime.mapassign_faststr(SB)
   5c5        01477 (map_nested_values.go:36)	MOVQ	main..autotmp_95+112(SP), DX
   5ca        01482 (map_nested_values.go:36)	INCQ	DX
   5cd        01485 (map_nested_values.go:38)	MOVQ	DX, (AX)
   5d0        01488 (map_nested_values.go:37)	MOVQ	main..autotmp_96+104(SP), DX
   5d5        01493 (map_nested_values.go:37)	MOVQ	main.v+64(SP), SI
   5da        01498 (map_nested_values.go:37)	ADDQ	SI, DX
   5dd        01501 (map_nested_values.go:38)	MOVQ	DX, 8(AX)
   5e1        01505 (map_nested_values.go:30)	MOVQ	main..autotmp_94+120(SP), AX
   5e6        01510 (map_nested_values.go:30)	INCQ	AX
   5e9        01513 (map_nested_values.go:30)	CMPQ	AX, $8
   5ed        01517 (map_nested_values.go:30)	JLT	1349
   5f3        01523 (map_nested_values.go:40)	LEAQ	type:map[string]main.Stats(SB), AX
   5fa        01530 (map_nested_values.go:40)	LEAQ	main..autotmp_46+976(SP), BX
   602        01538 (map_nested_values.go:40)	LEAQ	go:string."small"(SB), CX
   609        01545 (map_nested_values.go:40)	MOVL	$5, DI
   60e        01550 (map_nested_values.go:40)	CALL	runtime.mapaccess1_faststr(SB)
   613        01555 (map_nested_values.go:40)	MOVQ	(AX), DX
   616        01558 (map_nested_values.go:40)	MOVQ	DX, main..autotmp_94+120(SP)
   61b        01563 (map_nested_values.go:40)	LEAQ	type:map[string]main.Stats(SB), AX
   622        01570 (map_nested_values.go:40)	LEAQ	main..autotmp_46+976(SP), BX
   62a        01578 (map_nested_values.go:40)	LEAQ	go:string."small"(SB), CX
   631        01585 (map_nested_values.go:40)	MOVL	$5, DI
   636        01590 (map_nested_values.go:40)	CALL	runtime.mapaccess1_faststr(SB)
   63b        01595 (map_nested_values.go:40)	MOVQ	8(AX), DX
   63f        01599 (map_nested_values.go:40)	MOVQ	DX, main..autotmp_95+112(SP)
   644        01604 (map_nested_values.go:40)	LEAQ	type:map[string]main.Stats(SB), AX
   64b        01611 (map_nested_values.go:40)	LEAQ	main..autotmp_46+976(SP), BX
   653        01619 (map_nested_values.go:40)	LEAQ	go:string."large"(SB), CX
   65a        01626 (map_nested_values.go:40)	MOVL	$5, DI
   65f        01631 (map_nested_values.go:40)	NOP
   660        01632 (map_nested_values.go:40)	CALL	runtime.mapaccess1_faststr(SB)
   665        01637 (map_nested_values.go:40)	MOVQ	(AX), DX
   668        01640 (map_nested_values.go:40)	MOVQ	DX, main..autotmp_96+104(SP)
   66d        01645 (map_nested_values.go:40)	LEAQ	type:map[string]main.Stats(SB), AX
   674        01652 (map_nested_values.go:40)	LEAQ	main..autotmp_46+976(SP), BX
   67c        01660 (map_nested_values.go:40)	LEAQ	go:string."large"(SB), CX
   683        01667 (map_nested_values.go:40)	MOVL	$5, DI
   688        01672 (map_nested_values.go:40)	PCDATA	$1, $0
   688        01672 (map_nested_values.go:40)	CALL	runtime.mapaccess1_faststr(SB)
   68d        01677 (map_nested_values.go:40)	MOVQ	8(AX), DX
   691        01681 (map_nested_values.go:40)	MOVQ	DX, main..autotmp_97+96(SP)
   696        01686 (map_nested_values.go:40)	CALL	runtime.printlock(SB)
   69b        01691 (map_nested_values.go:40)	MOVQ	main..autotmp_94+120(SP), AX
   6a0        01696 (map_nested_values.go:40)	CALL	runtime.printint(SB)
   6a5        01701 (map_nested_values.go:40)	CALL	runtime.printsp(SB)
   6aa        01706 (map_nested_values.go:40)	MOVQ	main..autotmp_95+112(SP), AX
   6af        01711 (map_nested_values.go:40)	CALL	runtime.printint(SB)
   6b4        01716 (map_nested_values.go:40)	CALL	runtime.printsp(SB)
   6b9        01721 (map_nested_values.go:40)	MOVQ	main..autotmp_96+104(SP), AX
   6be        01726 (map_nested_values.go:40)	NOP
   6c0        01728 (map_nested_values.go:40)	CALL	runtime.printint(SB)
   6c5        01733 (map_nested_values.go:40)	CALL	runtime.printsp(SB)
   6ca        01738 (map_nested_values.go:40)	MOVQ	main..autotmp_97+96(SP), AX
   6cf        01743 (map_nested_values.go:40)	CALL	runtime.printint(SB)
   6d4        01748 (map_nested_values.go:40)	CALL	runtime.printnl(SB)
   6d9        01753 (map_nested_values.go:40)	CALL	runtime.printunlock(SB)
   6de        01758 (map_nested_values.go:42)	LEAQ	main..autotmp_62+664(SP), DX
   6e6        01766 (map_nested_values.go:42)	MOVUPS	X15, (DX)
   6ea        01770 (map_nested_values.go:42)	MOVUPS	X15, 16(DX)
   6ef        01775 (map_nested_values.go:42)	MOVUPS	X15, 32(DX)
   6f4        01780 (map_nested_values.go:42)	LEAQ	main..autotmp_63+464(SP), DX
   6fc        01788 (map_nested_values.go:42)	MOVL	$3, SI
   701        01793 (map_nested_values.go:42)	MOVUPS	X15, (DX)
   705        01797 (map_nested_values.go:42)	MOVUPS	X15, 16(DX)
   70a        01802 (map_nested_values.go:42)	MOVUPS	X15, 32(DX)
   70f        01807 (map_nested_values.go:42)	MOVUPS	X15, 48(DX)
   714        01812 (map_nested_values.go:42)	ADDQ	$64, DX
   718        01816 (map_nested_values.go:42)	DECL	SI
   71a        01818 (map_nested_values.go:42)	JNE	1793
   71c        01820 (map_nested_values.go:42)	MOVUPS	X15, -8(DX)
   721        01825 (map_nested_values.go:42)	MOVQ	$-9187201950435737472, DX
   72b        01835 (map_nested_values.go:42)	MOVQ	DX, main..autotmp_63+464(SP)
   733        01843 (map_nested_values.go:42)	LEAQ	main..autotmp_63+464(SP), DX
   73b        01851 (map_nested_values.go:42)	MOVQ	DX, main..autotmp_62+680(SP)
   743        01859 (map_nested_values.go:42)	PCDATA	$1, $7
   743        01859 (map_nested_values.go:42)	CALL	runtime.rand(SB)
   748        01864 (map_nested_values.go:42)	MOVQ	AX, main..autotmp_62+672(SP)
   750        01872 (map_nested_values.go:42)	MOVL	$16, AX
   755        01877 (map_nested_values.go:42)	LEAQ	type:main.Stats(SB), BX
   75c        01884 (map_nested_values.go:42)	MOVL	$1, CX
   761        01889 (map_nested_values.go:42)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
   766        01894 (map_nested_values.go:42)	MOVQ	AX, main..autotmp_100+1592(SP)
   76e        01902 (map_nested_values.go:42)	LEAQ	type:map[string]*main.Stats(SB), AX
   775        01909 (map_nested_values.go:42)	LEAQ	main..autotmp_62+664(SP), BX
   77d        01917 (map_nested_values.go:42)	LEAQ	go:string."a"(SB), CX
   784        01924 (map_nested_values.go:42)	MOVL	$1, DI
   789        01929 (map_nested_values.go:42)	PCDATA	$1, $8
   789        01929 (map_nested_values.go:42)	CALL	runtime.mapassign_faststr(SB)
   78e        01934 (map_nested_values.go:42)	CMPL	runtime.writeBarrier(SB), $0
   795        01941 (map_nested_values.go:42)	PCDATA	$0, $-2
   795        01941 (map_nested_values.go:42)	JNE	1954
   797        01943 (map_nested_values.go:42)	MOVQ	main..autotmp_100+1592(SP), SI
   79f        01951 (map_nested_values.go:42)	NOP
   7a0        01952 (map_nested_values.go:42)	JMP	1977
   7a2        01954 (map_nested_values.go:42)	MOVQ	(AX), DX
   7a5        01957 (map_nested_values.go:42)	CALL	runtime.gcWriteBarrier2(SB)
   7aa        01962 (map_nested_values.go:42)	MOVQ	main..autotmp_100+1592(SP), SI
   7b2        01970 (map_nested_values.go:42)	MOVQ	SI, (R11)
   7b5        01973 (map_nested_values.go:42)	MOVQ	DX, 8(R11)
   7b9        01977 (map_nested_values.go:42)	MOVQ	SI, (AX)
   7bc        01980 (map_nested_values.go:42)	PCDATA	$0, $-1
   7bc        01980 (map_nested_values.go:42)	MOVL	$16, AX
   7c1        01985 (map_nested_values.go:42)	LEAQ	type:main.Stats(SB), BX
   7c8        01992 (map_nested_values.go:42)	MOVL	$1, CX
   7cd        01997 (map_nested_values.go:42)	PCDATA	$1, $7
   7cd        01997 (map_nested_values.go:42)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
   7d2        02002 (map_nested_values.go:42)	MOVQ	AX, main..autotmp_100+1592(SP)
   7da        02010 (map_nested_values.go:42)	LEAQ	type:map[string]*main.Stats(SB), AX
   7e1        02017 (map_nested_values.go:42)	LEAQ	main..autotmp_62+664(SP), BX
   7e9        02025 (map_nested_values.go:42)	LEAQ	go:string."b"(SB), CX
   7f0        02032 (map_nested_values.go:42)	MOVL	$1, DI
   7f5        02037 (map_nested_values.go:42)	PCDATA	$1, $8
   7f5        02037 (map_nested_values.go:42)	CALL	runtime.mapassign_faststr(SB)
   7fa        02042 (map_nested_values.go:42)	CMPL	runtime.writeBarrier(SB), $0
   801        02049 (map_nested_values.go:42)	PCDATA	$0, $-2
   801        02049 (map_nested_values.go:42)	JNE	2061
   803        02051 (map_nested_values.go:42)	MOVQ	main..autotmp_100+1592(SP), SI
   80b        02059 (map_nested_values.go:42)	JMP	2084
   80d        02061 (map_nested_values.go:42)	MOVQ	(AX), DX
   810        02064 (map_nested_values.go:42)	CALL	runtime.gcWriteBarrier2(SB)
   815        02069 (map_nested_values.go:42)	MOVQ	main..autotmp_100+1592(SP), SI
   81d        02077 (map_nested_values.go:42)	MOVQ	SI, (R11)
   820        02080 (map_nested_values.go:42)	MOVQ	DX, 8(R11)
   824        02084 (map_nested_values.go:42)	MOVQ	SI, (AX)
   827        02087 (map_nested_values.go:43)	PCDATA	$0, $-1
   827        02087 (map_nested_values.go:43)	LEAQ	type:map[string]*main.Stats(SB), AX
   82e        02094 (map_nested_values.go:43)	LEAQ	main..autotmp_62+664(SP), BX
   836        02102 (map_nested_values.go:43)	LEAQ	go:string."a"(SB), CX
   83d        02109 (map_nested_values.go:43)	MOVL	$1, DI
   842        02114 (map_nested_values.go:43)	PCDATA	$1, $7
   842        02114 (map_nested_values.go:43)	CALL	runtime.mapaccess1_faststr(SB)
   847        02119 (map_nested_values.go:43)	MOVQ	(AX), DX
   84a        02122 (map_nested_values.go:43)	ADDQ	$7, (DX)
   84e        02126 (map_nested_values.go:44)	LEAQ	type:map[string]*main.Stats(SB), AX
   855        02133 (map_nested_values.go:44)	LEAQ	main..autotmp_62+664(SP), BX
   85d        02141 (map_nested_values.go:44)	LEAQ	go:string."b"(SB), CX
   864        02148 (map_nested_values.go:44)	MOVL	$1, DI
   869        02153 (map_nested_values.go:44)	CALL	runtime.mapaccess1_faststr(SB)
   86e        02158 (map_nested_values.go:44)	MOVQ	AX, main..autotmp_101+1584(SP)
   876        02166 (map_nested_values.go:44)	LEAQ	type:map[string]*main.Stats(SB), AX
   87d        02173 (map_nested_values.go:44)	LEAQ	main..autotmp_62+664(SP), BX
   885        02181 (map_nested_values.go:44)	LEAQ	go:string."a"(SB), CX
   88c        02188 (map_nested_values.go:44)	MOVL	$1, DI
   891        02193 (map_nested_values.go:44)	PCDATA	$1, $9
   891        02193 (map_nested_values.go:44)	CALL	runtime.mapaccess1_faststr(SB)
   896        02198 (map_nested_values.go:44)	MOVQ	main..autotmp_101+1584(SP), DX
   89e        02206 (map_nested_values.go:44)	MOVQ	(DX), DX
   8a1        02209 (map_nested_values.go:44)	MOVQ	(AX), SI
   8a4        02212 (map_nested_values.go:44)	MOVQ	(SI), SI
   8a7        02215 (map_nested_values.go:44)	ADDQ	SI, SI
   8aa        02218 (map_nested_values.go:44)	MOVQ	SI, 8(DX)
   8ae        02222 (map_nested_values.go:45)	LEAQ	type:map[string]*main.Stats(SB), AX
   8b5        02229 (map_nested_values.go:45)	LEAQ	main..autotmp_62+664(SP), BX
   8bd        02237 (map_nested_values.go:45)	LEAQ	go:string."a"(SB), CX
   8c4        02244 (map_nested_values.go:45)	MOVL	$1, DI
   8c9        02249 (map_nested_values.go:45)	PCDATA	$1, $7
   8c9        02249 (map_nested_values.go:45)	CALL	runtime.mapaccess1_faststr(SB)
   8ce        02254 (map_nested_values.go:45)	MOVQ	(AX), DX
   8d1        02257 (map_nested_values.go:45)	MOVQ	(DX), DX
   8d4        02260 (map_nested_values.go:45)	MOVQ	DX, main..autotmp_94+120(SP)
   8d9        02265 (map_nested_values.go:45)	LEAQ	type:map[string]*main.Stats(SB), AX
   8e0        02272 (map_nested_values.go:45)	LEAQ	main..autotmp_62+664(SP), BX
   8e8        02280 (map_nested_values.go:45)	LEAQ	go:string."b"(SB), CX
   8ef        02287 (map_nested_values.go:45)	MOVL	$1, DI
   8f4        02292 (map_nested_values.go:45)	PCDATA	$1, $0
   8f4        02292 (map_nested_values.go:45)	CALL	runtime.mapaccess1_faststr(SB)
   8f9        02297 (map_nested_values.go:45)	MOVQ	(AX), DX
   8fc        02300 (map_nested_values.go:45)	MOVQ	8(DX), DX
   900        02304 (map_nested_values.go:45)	MOVQ	DX, main..autotmp_95+112(SP)
   905        02309 (map_nested_values.go:45)	CALL	runtime.printlock(SB)
   90a        02314 (map_nested_values.go:45)	MOVQ	main..autotmp_94+120(SP), AX
   90f        02319 (map_nested_values.go:45)	CALL	runtime.printint(SB)
   914        02324 (map_nested_values.go:45)	CALL	runtime.printsp(SB)
   919        02329 (map_nested_values.go:45)	MOVQ	main..autotmp_95+112(SP), AX
   91e        02334 (map_nested_values.go:45)	NOP
   920        02336 (map_nested_values.go:45)	CALL	runtime.printint(SB)
   925        02341 (map_nested_values.go:45)	CALL	runtime.printnl(SB)
   92a        02346 (map_nested_values.go:45)	CALL	runtime.printunlock(SB)
   92f        02351 (map_nested_values.go:47)	LEAQ	main..autotmp_77+416(SP), DX
   937        02359 (map_nested_values.go:47)	MOVUPS	X15, (DX)
   93b        02363 (map_nested_values.go:47)	MOVUPS	X15, 16(DX)
   940        02368 (map_nested_values.go:47)	MOVUPS	X15, 32(DX)
   945        02373 (map_nested_values.go:47)	LEAQ	main..autotmp_78+216(SP), DX
   94d        02381 (map_nested_values.go:47)	MOVL	$3, SI
   952        02386 (map_nested_values.go:47)	MOVUPS	X15, (DX)
   956        02390 (map_nested_values.go:47)	MOVUPS	X15, 16(DX)
   95b        02395 (map_nested_values.go:47)	MOVUPS	X15, 32(DX)
   960        02400 (map_nested_values.go:47)	MOVUPS	X15, 48(DX)
   965        02405 (map_nested_values.go:47)	ADDQ	$64, DX
   969        02409 (map_nested_values.go:47)	DECL	SI
   96b        02411 (map_nested_values.go:47)	JNE	2386
   96d        02413 (map_nested_values.go:47)	MOVUPS	X15, -8(DX)
   972        02418 (map_nested_values.go:47)	MOVQ	$-9187201950435737472, DX
   97c        02428 (map_nested_values.go:47)	MOVQ	DX, main..autotmp_78+216(SP)
   984        02436 (map_nested_values.go:47)	LEAQ	main..autotmp_78+216(SP), DX
   98c        02444 (map_nested_values.go:47)	MOVQ	DX, main..autotmp_77+432(SP)
   994        02452 (map_nested_values.go:47)	PCDATA	$1, $10
   994        02452 (map_nested_values.go:47)	CALL	runtime.rand(SB)
   999        02457 (map_nested_values.go:47)	MOVQ	AX, main..autotmp_77+424(SP)
   9a1        02465 (map_nested_values.go:47)	LEAQ	type:map[string]func(int) int(SB), AX
   9a8        02472 (map_nested_values.go:47)	LEAQ	main..autotmp_77+416(SP), BX
   9b0        02480 (map_nested_values.go:47)	LEAQ	go:string."double"(SB), CX
   9b7        02487 (map_nested_values.go:47)	MOVL	$6, DI
   9bc        02492 (map_nested_values.go:47)	NOP
   9c0        02496 (map_nested_values.go:47)	CALL	runtime.mapassign_faststr(SB)
   9c5        02501 (map_nested_values.go:47)	CMPL	runtime.writeBarrier(SB), $0
   9cc        02508 (map_nested_values.go:47)	PCDATA	$0, $-2
   9cc        02508 (map_nested_values.go:47)	JEQ	2521
   9ce        02510 (map_nested_values.go:47)	MOVQ	(AX), DX
   9d1        02513 (map_nested_values.go:47)	CALL	runtime.gcWriteBarrier1(SB)
   9d6        02518 (map_nested_values.go:47)	MOVQ	DX, (R11)
   9d9        02521 (map_nested_values.go:47)	LEAQ	main.main.func1·f(SB), DX
   9e0        02528 (map_nested_values.go:47)	MOVQ	DX, (AX)
   9e3        02531 (map_nested_values.go:47)	PCDATA	$0, $-1
   9e3        02531 (map_nested_values.go:47)	LEAQ	type:map[string]func(int) int(SB), AX
   9ea        02538 (map_nested_values.go:47)	LEAQ	main..autotmp_77+416(SP), BX
   9f2        02546 (map_nested_values.go:47)	LEAQ	go:string."square"(SB), CX
   9f9        02553 (map_nested_values.go:47)	MOVL	$6, DI
   9fe        02558 (map_nested_values.go:47)	NOP
   a00        02560 (map_nested_values.go:47)	CALL	runtime.mapassign_faststr(SB)
   a05        02565 (map_nested_values.go:47)	CMPL	runtime.writeBarrier(SB), $0
   a0c        02572 (map_nested_values.go:47)	PCDATA	$0, $-2
   a0c        02572 (map_nested_values.go:47)	JEQ	2585
   a0e        02574 (map_nested_values.go:47)	MOVQ	(AX), DX
   a11        02577 (map_nested_values.go:47)	CALL	runtime.gcWriteBarrier1(SB)
   a16        02582 (map_nested_values.go:47)	MOVQ	DX, (R11)
   a19        02585 (map_nested_values.go:47)	LEAQ	main.main.func2·f(SB), DX
   a20        02592 (map_nested_values.go:47)	MOVQ	DX, (AX)
   a23        02595 (map_nested_values.go:51)	PCDATA	$0, $-1
   a23        02595 (map_nested_values.go:51)	LEAQ	type:map[string]func(int) int(SB), AX
   a2a        02602 (map_nested_values.go:51)	LEAQ	main..autotmp_77+416(SP), BX
   a32        02610 (map_nested_values.go:51)	LEAQ	go:string."double"(SB), CX
   a39        02617 (map_nested_values.go:51)	MOVL	$6, DI
   a3e        02622 (map_nested_values.go:51)	NOP
   a40        02624 (map_nested_values.go:51)	CALL	runtime.mapaccess1_faststr(SB)
   a45        02629 (map_nested_values.go:51)	MOVQ	(AX), DX
   a48        02632 (map_nested_values.go:51)	MOVQ	(DX), SI
   a4b        02635 (map_nested_values.go:51)	MOVL	$21, AX
   a50        02640 (map_nested_values.go:51)	CALL	SI
   a52        02642 (map_nested_values.go:51)	MOVQ	AX, main..autotmp_94+120(SP)
   a57        02647 (map_nested_values.go:51)	LEAQ	type:map[string]func(int) int(SB), AX
   a5e        02654 (map_nested_values.go:51)	LEAQ	main..autotmp_77+416(SP), BX
   a66        02662 (map_nested_values.go:51)	LEAQ	go:string."square"(SB), CX
   a6d        02669 (map_nested_values.go:51)	MOVL	$6, DI
   a72        02674 (map_nested_values.go:51)	CALL	runtime.mapaccess1_faststr(SB)
   a77        02679 (map_nested_values.go:51)	MOVQ	(AX), DX
   a7a        02682 (map_nested_values.go:51)	MOVQ	(DX), SI
   a7d        02685 (map_nested_values.go:51)	MOVL	$12, AX
   a82        02690 (map_nested_values.go:51)	CALL	SI
   a84        02692 (map_nested_values.go:51)	MOVQ	AX, main..autotmp_95+112(SP)
   a89        02697 (map_nested_values.go:51)	LEAQ	type:map[string]func(int) int(SB), AX
   a90        02704 (map_nested_values.go:51)	LEAQ	main..autotmp_77+416(SP), BX
   a98        02712 (map_nested_values.go:51)	LEAQ	go:string."missing"(SB), CX
   a9f        02719 (map_nested_values.go:51)	MOVL	$7, DI
   aa4        02724 (map_nested_values.go:51)	PCDATA	$1, $0
   aa4        02724 (map_nested_values.go:51)	CALL	runtime.mapaccess1_faststr(SB)
   aa9        02729 (map_nested_values.go:51)	MOVQ	(AX), DX
   aac        02732 (map_nested_values.go:51)	MOVQ	DX, main..autotmp_99+88(SP)
   ab1        02737 (map_nested_values.go:51)	CALL	runtime.printlock(SB)
   ab6        02742 (map_nested_values.go:51)	MOVQ	main..autotmp_94+120(SP), AX
   abb        02747 (map_nested_values.go:51)	NOP
   ac0        02752 (map_nested_values.go:51)	CALL	runtime.printint(SB)
   ac5        02757 (map_nested_values.go:51)	CALL	runtime.printsp(SB)
   aca        02762 (map_nested_values.go:51)	MOVQ	main..autotmp_95+112(SP), AX
   acf        02767 (map_nested_values.go:51)	CALL	runtime.printint(SB)
   ad4        02772 (map_nested_values.go:51)	CALL	runtime.printsp(SB)
   ad9        02777 (map_nested_values.go:51)	MOVQ	main..autotmp_99+88(SP), DX
   ade        02782 (map_nested_values.go:51)	TESTQ	DX, DX
   ae1        02785 (map_nested_values.go:51)	SETEQ	AL
   ae4        02788 (map_nested_values.go:51)	CALL	runtime.printbool(SB)
   ae9        02793 (map_nested_values.go:51)	CALL	runtime.printnl(SB)
   aee        02798 (map_nested_values.go:51)	CALL	runtime.printunlock(SB)
   af3        02803 (map_nested_values.go:52)	ADDQ	$1600, SP
   afa        02810 (map_nested_values.go:52)	POPQ	BP
   afb        02811 (map_nested_values.go:52)	RET
   afc        02812 (map_nested_values.go:18)	PCDATA	$4, $2646
   afc        02812 (map_nested_values.go:18)	NOP
   b00        02816 (map_nested_values.go:18)	CALL	runtime.panicBounds(SB)
   b05        02821 (map_nested_values.go:18)	XCHGL	AX, AX
   b06        02822 (map_nested_values.go:18)	NOP
   b06        02822 (map_nested_values.go:9)	PCDATA	$1, $-1
   b06        02822 (map_nested_values.go:9)	PCDATA	$0, $-2
   b06        02822 (map_nested_values.go:9)	CALL	runtime.morestack_noctxt(SB)
   b0b        02827 (map_nested_values.go:9)	PCDATA	$0, $-1
   b0b        02827 (map_nested_values.go:9)	JMP	0
   b10 done
wrote 4 bytes to 0x0
 00 90 16 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (map_nested_values.go:49)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (map_nested_values.go:49)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (map_nested_values.go:49)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (map_nested_values.go:49)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (map_nested_values.go:49)	FUNCDATA	$5, main.main.func2.arginfo1(SB)
     0        00000 (map_nested_values.go:49)	FUNCDATA	$6, main.main.func2.argliveinfo(SB)
     0        00000 (map_nested_values.go:49)	PCDATA	$3, $1
     0     -1 00000 (map_nested_values.go:49)	IMULQ	AX, AX
     4        00004 (map_nested_values.go:49)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (map_nested_values.go:48)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (map_nested_values.go:48)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (map_nested_values.go:48)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (map_nested_values.go:48)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (map_nested_values.go:48)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
     0        00000 (map_nested_values.go:48)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
     0        00000 (map_nested_values.go:48)	PCDATA	$3, $1
     0     -1 00000 (map_nested_values.go:48)	ADDQ	AX, AX
     3        00003 (map_nested_values.go:48)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
main.main STEXT size=2832 align=0x0 args=0x0 locals=0x648 funcid=0x0
	0x0000 00000 (map_nested_values.go:9)	TEXT	main.main(SB), ABIInternal, $1608-0
	0x0000 00000 (map_nested_values.go:9)	LEAQ	-1480(SP), R12
	0x0008 00008 (map_nested_values.go:9)	CMPQ	R12, 16(R14)
	0x000c 00012 (map_nested_values.go:9)	PCDATA	$0, $-2
	0x000c 00012 (map_nested_values.go:9)	JLS	2822
	0x0012 00018 (map_nested_values.go:9)	PCDATA	$0, $-1
	0x0012 00018 (map_nested_values.go:9)	PUSHQ	BP
	0x0013 00019 (map_nested_values.go:9)	MOVQ	SP, BP
	0x0016 00022 (map_nested_values.go:9)	SUBQ	$1600, SP
	0x001d 00029 (map_nested_values.go:9)	FUNCDATA	$0, gclocals·oNG3nr3vlhmleRajv8JktQ==(SB)
	0x001d 00029 (map_nested_values.go:9)	FUNCDATA	$1, gclocals·lUOxO4Yd1z0vFvEiAk7n0w==(SB)
	0x001d 00029 (map_nested_values.go:9)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (map_nested_values.go:10)	LEAQ	main..autotmp_20+1536(SP), AX
	0x0025 00037 (map_nested_values.go:10)	MOVUPS	X15, (AX)
	0x0029 00041 (map_nested_values.go:10)	MOVUPS	X15, 16(AX)
	0x002e 00046 (map_nested_values.go:10)	MOVUPS	X15, 32(AX)
	0x0033 00051 (map_nested_values.go:10)	LEAQ	main..autotmp_21+1208(SP), AX
	0x003b 00059 (map_nested_values.go:10)	MOVL	$5, CX
	0x0040 00064 (map_nested_values.go:10)	MOVUPS	X15, (AX)
	0x0044 00068 (map_nested_values.go:10)	MOVUPS	X15, 16(AX)
	0x0049 00073 (map_nested_values.go:10)	MOVUPS	X15, 32(AX)
	0x004e 00078 (map_nested_values.go:10)	MOVUPS	X15, 48(AX)
	0x0053 00083 (map_nested_values.go:10)	ADDQ	$64, AX
	0x0057 00087 (map_nested_values.go:10)	DECL	CX
	0x0059 00089 (map_nested_values.go:10)	JNE	64
	0x005b 00091 (map_nested_values.go:10)	MOVUPS	X15, -8(AX)
	0x0060 00096 (map_nested_values.go:10)	MOVQ	$-9187201950435737472, AX
	0x006a 00106 (map_nested_values.go:10)	MOVQ	AX, main..autotmp_21+1208(SP)
	0x0072 00114 (map_nested_values.go:10)	LEAQ	main..autotmp_21+1208(SP), AX
	0x007a 00122 (map_nested_values.go:10)	MOVQ	AX, main..autotmp_20+1552(SP)
	0x0082 00130 (map_nested_values.go:10)	PCDATA	$1, $1
	0x0082 00130 (map_nested_values.go:10)	CALL	runtime.rand(SB)
	0x0087 00135 (map_nested_values.go:10)	MOVQ	AX, main..autotmp_20+1544(SP)
	0x008f 00143 (map_nested_values.go:10)	XORL	AX, AX
	0x0091 00145 (map_nested_values.go:11)	JMP	164
	0x0093 00147 (map_nested_values.go:16)	MOVQ	BX, 8(AX)
	0x0097 00151 (map_nested_values.go:16)	MOVQ	main.i+80(SP), AX
	0x009c 00156 (map_nested_values.go:16)	MOVQ	AX, -8(DX)(BX*8)
	0x00a1 00161 (map_nested_values.go:11)	INCQ	AX
	0x00a4 00164 (map_nested_values.go:11)	CMPQ	AX, $20
	0x00a8 00168 (map_nested_values.go:11)	JGE	349
	0x00ae 00174 (map_nested_values.go:11)	MOVQ	AX, main.i+80(SP)
	0x00b3 00179 (map_nested_values.go:13)	TESTQ	$1, AX
	0x00b9 00185 (map_nested_values.go:16)	MOVL	$3, DI
	0x00be 00190 (map_nested_values.go:16)	MOVL	$4, DX
	0x00c3 00195 (map_nested_values.go:16)	CMOVQEQ	DX, DI
	0x00c7 00199 (map_nested_values.go:16)	LEAQ	go:string."odd"(SB), CX
	0x00ce 00206 (map_nested_values.go:16)	LEAQ	go:string."even"(SB), DX
	0x00d5 00213 (map_nested_values.go:16)	CMOVQEQ	DX, CX
	0x00d9 00217 (map_nested_values.go:16)	LEAQ	type:map[string][]int(SB), AX
	0x00e0 00224 (map_nested_values.go:16)	LEAQ	main..autotmp_20+1536(SP), BX
	0x00e8 00232 (map_nested_values.go:16)	CALL	runtime.mapassign_faststr(SB)
	0x00ed 00237 (map_nested_values.go:16)	MOVQ	16(AX), CX
	0x00f1 00241 (map_nested_values.go:16)	MOVQ	8(AX), BX
	0x00f5 00245 (map_nested_values.go:16)	INCQ	BX
	0x00f8 00248 (map_nested_values.go:16)	MOVQ	(AX), DX
	0x00fb 00251 (map_nested_values.go:16)	NOP
	0x0100 00256 (map_nested_values.go:16)	CMPQ	CX, BX
	0x0103 00259 (map_nested_values.go:13)	JCC	147
	0x0105 00261 (map_nested_values.go:16)	MOVQ	AX, main..autotmp_93+208(SP)
	0x010d 00269 (map_nested_values.go:16)	MOVQ	DX, AX
	0x0110 00272 (map_nested_values.go:16)	MOVL	$1, DI
	0x0115 00277 (map_nested_values.go:16)	LEAQ	type:int(SB), SI
	0x011c 00284 (map_nested_values.go:16)	PCDATA	$1, $2
	0x011c 00284 (map_nested_values.go:16)	NOP
	0x0120 00288 (map_nested_values.go:16)	CALL	runtime.growslice(SB)
	0x0125 00293 (map_nested_values.go:16)	MOVQ	main..autotmp_93+208(SP), DX
	0x012d 00301 (map_nested_values.go:16)	MOVQ	CX, 16(DX)
	0x0131 00305 (map_nested_values.go:16)	CMPL	runtime.writeBarrier(SB), $0
	0x0138 00312 (map_nested_values.go:16)	PCDATA	$0, $-2
	0x0138 00312 (map_nested_values.go:16)	JEQ	332
	0x013a 00314 (map_nested_values.go:16)	MOVQ	(DX), SI
	0x013d 00317 (map_nested_values.go:16)	NOP
	0x0140 00320 (map_nested_values.go:16)	CALL	runtime.gcWriteBarrier2(SB)
	0x0145 00325 (map_nested_values.go:16)	MOVQ	AX, (R11)
	0x0148 00328 (map_nested_values.go:16)	MOVQ	SI, 8(R11)
	0x014c 00332 (map_nested_values.go:16)	MOVQ	AX, (DX)
	0x014f 00335 (map_nested_values.go:16)	PCDATA	$0, $-1
	0x014f 00335 (map_nested_values.go:16)	MOVQ	AX, CX
	0x0152 00338 (map_nested_values.go:16)	MOVQ	DX, AX
	0x0155 00341 (map_nested_values.go:16)	MOVQ	CX, DX
	0x0158 00344 (map_nested_values.go:16)	JMP	147
	0x015d 00349 (map_nested_values.go:18)	LEAQ	type:map[string][]int(SB), AX
	0x0164 00356 (map_nested_values.go:18)	LEAQ	main..autotmp_20+1536(SP), BX
	0x016c 00364 (map_nested_values.go:18)	LEAQ	go:string."even"(SB), CX
	0x0173 00371 (map_nested_values.go:18)	MOVL	$4, DI
	0x0178 00376 (map_nested_values.go:18)	PCDATA	$1, $1
	0x0178 00376 (map_nested_values.go:18)	CALL	runtime.mapaccess1_faststr(SB)
	0x017d 00381 (map_nested_values.go:18)	MOVQ	8(AX), DX
	0x0181 00385 (map_nested_values.go:18)	MOVQ	DX, main..autotmp_94+120(SP)
	0x0186 00390 (map_nested_values.go:18)	LEAQ	type:map[string][]int(SB), AX
	0x018d 00397 (map_nested_values.go:18)	LEAQ	main..autotmp_20+1536(SP), BX
	0x0195 00405 (map_nested_values.go:18)	LEAQ	go:string."odd"(SB), CX
	0x019c 00412 (map_nested_values.go:18)	MOVL	$3, DI
	0x01a1 00417 (map_nested_values.go:18)	CALL	runtime.mapaccess1_faststr(SB)
	0x01a6 00422 (map_nested_values.go:18)	MOVQ	8(AX), DX
	0x01aa 00426 (map_nested_values.go:18)	MOVQ	DX, main..autotmp_95+112(SP)
	0x01af 00431 (map_nested_values.go:18)	LEAQ	type:map[string][]int(SB), AX
	0x01b6 00438 (map_nested_values.go:18)	LEAQ	main..autotmp_20+1536(SP), BX
	0x01be 00446 (map_nested_values.go:18)	LEAQ	go:string."none"(SB), CX
	0x01c5 00453 (map_nested_values.go:18)	MOVL	$4, DI
	0x01ca 00458 (map_nested_values.go:18)	CALL	runtime.mapaccess1_faststr(SB)
	0x01cf 00463 (map_nested_values.go:18)	MOVQ	8(AX), DX
	0x01d3 00467 (map_nested_values.go:18)	MOVQ	DX, main..autotmp_96+104(SP)
	0x01d8 00472 (map_nested_values.go:18)	LEAQ	type:map[string][]int(SB), AX
	0x01df 00479 (map_nested_values.go:18)	LEAQ	main..autotmp_20+1536(SP), BX
	0x01e7 00487 (map_nested_values.go:18)	LEAQ	go:string."odd"(SB), CX
	0x01ee 00494 (map_nested_values.go:18)	MOVL	$3, DI
	0x01f3 00499 (map_nested_values.go:18)	PCDATA	$1, $0
	0x01f3 00499 (map_nested_values.go:18)	CALL	runtime.mapaccess1_faststr(SB)
	0x01f8 00504 (map_nested_values.go:18)	MOVQ	8(AX), DX
	0x01fc 00508 (map_nested_values.go:18)	NOP
	0x0200 00512 (map_nested_values.go:18)	CMPQ	DX, $9
	0x0204 00516 (map_nested_values.go:18)	JLS	2812
	0x020a 00522 (map_nested_values.go:18)	MOVQ	(AX), AX
	0x020d 00525 (map_nested_values.go:18)	MOVQ	72(AX), AX
	0x0211 00529 (map_nested_values.go:18)	MOVQ	AX, main..autotmp_97+96(SP)
	0x0216 00534 (map_nested_values.go:18)	CALL	runtime.printlock(SB)
	0x021b 00539 (map_nested_values.go:18)	MOVQ	main..autotmp_94+120(SP), AX
	0x0220 00544 (map_nested_values.go:18)	CALL	runtime.printint(SB)
	0x0225 00549 (map_nested_values.go:18)	CALL	runtime.printsp(SB)
	0x022a 00554 (map_nested_values.go:18)	MOVQ	main..autotmp_95+112(SP), AX
	0x022f 00559 (map_nested_values.go:18)	CALL	runtime.printint(SB)
	0x0234 00564 (map_nested_values.go:18)	CALL	runtime.printsp(SB)
	0x0239 00569 (map_nested_values.go:18)	MOVQ	main..autotmp_97+96(SP), AX
	0x023e 00574 (map_nested_values.go:18)	NOP
	0x0240 00576 (map_nested_values.go:18)	CALL	runtime.printint(SB)
	0x0245 00581 (map_nested_values.go:18)	CALL	runtime.printsp(SB)
	0x024a 00586 (map_nested_values.go:18)	MOVQ	main..autotmp_96+104(SP), AX
	0x024f 00591 (map_nested_values.go:18)	CALL	runtime.printint(SB)
	0x0254 00596 (map_nested_values.go:18)	CALL	runtime.printnl(SB)
	0x0259 00601 (map_nested_values.go:18)	CALL	runtime.printunlock(SB)
	0x025e 00606 (map_nested_values.go:20)	LEAQ	main..autotmp_29+1160(SP), AX
	0x0266 00614 (map_nested_values.go:20)	MOVUPS	X15, (AX)
	0x026a 00618 (map_nested_values.go:20)	MOVUPS	X15, 16(AX)
	0x026f 00623 (map_nested_values.go:20)	MOVUPS	X15, 32(AX)
	0x0274 00628 (map_nested_values.go:20)	LEAQ	main..autotmp_30+1024(SP), AX
	0x027c 00636 (map_nested_values.go:20)	MOVUPS	X15, (AX)
	0x0280 00640 (map_nested_values.go:20)	MOVUPS	X15, 16(AX)
	0x0285 00645 (map_nested_values.go:20)	MOVUPS	X15, 32(AX)
	0x028a 00650 (map_nested_values.go:20)	MOVUPS	X15, 48(AX)
	0x028f 00655 (map_nested_values.go:20)	MOVUPS	X15, 64(AX)
	0x0294 00660 (map_nested_values.go:20)	MOVUPS	X15, 80(AX)
	0x0299 00665 (map_nested_values.go:20)	MOVUPS	X15, 96(AX)
	0x029e 00670 (map_nested_values.go:20)	MOVUPS	X15, 112(AX)
	0x02a3 00675 (map_nested_values.go:20)	MOVUPS	X15, 120(AX)
	0x02a8 00680 (map_nested_values.go:20)	MOVQ	$-9187201950435737472, CX
	0x02b2 00690 (map_nested_values.go:20)	MOVQ	CX, main..autotmp_30+1024(SP)
	0x02ba 00698 (map_nested_values.go:20)	MOVQ	AX, main..autotmp_29+1176(SP)
	0x02c2 00706 (map_nested_values.go:20)	PCDATA	$1, $3
	0x02c2 00706 (map_nested_values.go:20)	CALL	runtime.rand(SB)
	0x02c7 00711 (map_nested_values.go:20)	MOVQ	AX, main..autotmp_29+1168(SP)
	0x02cf 00719 (map_nested_values.go:20)	XORL	AX, AX
	0x02d1 00721 (map_nested_values.go:21)	JMP	800
	0x02d3 00723 (map_nested_values.go:25)	LEAQ	type:map[int]map[int]int(SB), AX
	0x02da 00730 (map_nested_values.go:25)	LEAQ	main..autotmp_29+1160(SP), BX
	0x02e2 00738 (map_nested_values.go:25)	MOVQ	main..autotmp_94+120(SP), CX
	0x02e7 00743 (map_nested_values.go:25)	CALL	runtime.mapaccess1_fast64(SB)
	0x02ec 00748 (map_nested_values.go:25)	MOVQ	(AX), BX
	0x02ef 00751 (map_nested_values.go:25)	LEAQ	type:map[int]int(SB), AX
	0x02f6 00758 (map_nested_values.go:25)	MOVQ	main.i+72(SP), CX
	0x02fb 00763 (map_nested_values.go:25)	NOP
	0x0300 00768 (map_nested_values.go:25)	CALL	runtime.mapassign_fast64(SB)
	0x0305 00773 (map_nested_values.go:25)	MOVQ	main.i+72(SP), DX
	0x030a 00778 (map_nested_values.go:25)	MOVQ	DX, SI
	0x030d 00781 (map_nested_values.go:25)	IMULQ	DX, DX
	0x0311 00785 (map_nested_values.go:25)	MOVQ	DX, (AX)
	0x0314 00788 (map_nested_values.go:21)	LEAQ	1(SI), AX
	0x0318 00792 (map_nested_values.go:21)	NOP
	0x0320 00800 (map_nested_values.go:21)	CMPQ	AX, $4
	0x0324 00804 (map_nested_values.go:21)	JGE	958
	0x032a 00810 (map_nested_values.go:21)	MOVQ	AX, main.i+72(SP)
	0x032f 00815 (map_nested_values.go:22)	MOVQ	AX, CX
	0x0332 00818 (map_nested_values.go:22)	ANDQ	$-2, AX
	0x0336 00822 (map_nested_values.go:22)	MOVQ	CX, DX
	0x0339 00825 (map_nested_values.go:22)	SUBQ	AX, DX
	0x033c 00828 (map_nested_values.go:22)	MOVQ	DX, main..autotmp_94+120(SP)
	0x0341 00833 (map_nested_values.go:22)	LEAQ	type:map[int]map[int]int(SB), AX
	0x0348 00840 (map_nested_values.go:22)	LEAQ	main..autotmp_29+1160(SP), BX
	0x0350 00848 (map_nested_values.go:22)	MOVQ	DX, CX
	0x0353 00851 (map_nested_values.go:22)	CALL	runtime.mapaccess1_fast64(SB)
	0x0358 00856 (map_nested_values.go:22)	CMPQ	(AX), $0
	0x035c 00860 (map_nested_values.go:22)	NOP
	0x0360 00864 (map_nested_values.go:22)	JNE	723
	0x0366 00870 (map_nested_values.go:23)	CALL	runtime.makemap_small(SB)
	0x036b 00875 (map_nested_values.go:23)	MOVQ	AX, main..autotmp_98+200(SP)
	0x0373 00883 (map_nested_values.go:23)	LEAQ	type:map[int]map[int]int(SB), AX
	0x037a 00890 (map_nested_values.go:23)	LEAQ	main..autotmp_29+1160(SP), BX
	0x0382 00898 (map_nested_values.go:23)	MOVQ	main..autotmp_94+120(SP), CX
	0x0387 00903 (map_nested_values.go:23)	PCDATA	$1, $4
	0x0387 00903 (map_nested_values.go:23)	CALL	runtime.mapassign_fast64(SB)
	0x038c 00908 (map_nested_values.go:23)	CMPL	runtime.writeBarrier(SB), $0
	0x0393 00915 (map_nested_values.go:23)	PCDATA	$0, $-2
	0x0393 00915 (map_nested_values.go:23)	JNE	927
	0x0395 00917 (map_nested_values.go:23)	MOVQ	main..autotmp_98+200(SP), SI
	0x039d 00925 (map_nested_values.go:23)	JMP	950
	0x039f 00927 (map_nested_values.go:23)	MOVQ	(AX), DX
	0x03a2 00930 (map_nested_values.go:23)	CALL	runtime.gcWriteBarrier2(SB)
	0x03a7 00935 (map_nested_values.go:23)	MOVQ	main..autotmp_98+200(SP), SI
	0x03af 00943 (map_nested_values.go:23)	MOVQ	SI, (R11)
	0x03b2 00946 (map_nested_values.go:23)	MOVQ	DX, 8(R11)
	0x03b6 00950 (map_nested_values.go:23)	MOVQ	SI, (AX)
	0x03b9 00953 (map_nested_values.go:23)	PCDATA	$0, $-1
	0x03b9 00953 (map_nested_values.go:23)	JMP	723
	0x03be 00958 (map_nested_values.go:27)	MOVQ	main..autotmp_29+1160(SP), DX
	0x03c6 00966 (map_nested_values.go:27)	MOVQ	DX, main..autotmp_99+88(SP)
	0x03cb 00971 (map_nested_values.go:27)	LEAQ	type:map[int]map[int]int(SB), AX
	0x03d2 00978 (map_nested_values.go:27)	LEAQ	main..autotmp_29+1160(SP), BX
	0x03da 00986 (map_nested_values.go:27)	XORL	CX, CX
	0x03dc 00988 (map_nested_values.go:27)	PCDATA	$1, $3
	0x03dc 00988 (map_nested_values.go:27)	NOP
	0x03e0 00992 (map_nested_values.go:27)	CALL	runtime.mapaccess1_fast64(SB)
	0x03e5 00997 (map_nested_values.go:27)	MOVQ	(AX), DX
	0x03e8 01000 (map_nested_values.go:27)	TESTQ	DX, DX
	0x03eb 01003 (map_nested_values.go:27)	JEQ	1010
	0x03ed 01005 (map_nested_values.go:27)	MOVQ	(DX), DX
	0x03f0 01008 (map_nested_values.go:27)	JMP	1012
	0x03f2 01010 (map_nested_values.go:27)	XORL	DX, DX
	0x03f4 01012 (map_nested_values.go:27)	MOVQ	DX, main..autotmp_94+120(SP)
	0x03f9 01017 (map_nested_values.go:27)	LEAQ	type:map[int]map[int]int(SB), AX
	0x0400 01024 (map_nested_values.go:27)	LEAQ	main..autotmp_29+1160(SP), BX
	0x0408 01032 (map_nested_values.go:27)	MOVL	$1, CX
	0x040d 01037 (map_nested_values.go:27)	PCDATA	$1, $0
	0x040d 01037 (map_nested_values.go:27)	CALL	runtime.mapaccess1_fast64(SB)
	0x0412 01042 (map_nested_values.go:27)	MOVQ	(AX), BX
	0x0415 01045 (map_nested_values.go:27)	LEAQ	type:map[int]int(SB), AX
	0x041c 01052 (map_nested_values.go:27)	MOVL	$3, CX
	0x0421 01057 (map_nested_values.go:27)	CALL	runtime.mapaccess1_fast64(SB)
	0x0426 01062 (map_nested_values.go:27)	MOVQ	(AX), DX
	0x0429 01065 (map_nested_values.go:27)	MOVQ	DX, main..autotmp_95+112(SP)
	0x042e 01070 (map_nested_values.go:27)	CALL	runtime.printlock(SB)
	0x0433 01075 (map_nested_values.go:27)	MOVQ	main..autotmp_99+88(SP), AX
	0x0438 01080 (map_nested_values.go:27)	CALL	runtime.printint(SB)
	0x043d 01085 (map_nested_values.go:27)	NOP
	0x0440 01088 (map_nested_values.go:27)	CALL	runtime.printsp(SB)
	0x0445 01093 (map_nested_values.go:27)	MOVQ	main..autotmp_94+120(SP), AX
	0x044a 01098 (map_nested_values.go:27)	CALL	runtime.printint(SB)
	0x044f 01103 (map_nested_values.go:27)	CALL	runtime.printsp(SB)
	0x0454 01108 (map_nested_values.go:27)	MOVQ	main..autotmp_95+112(SP), AX
	0x0459 01113 (map_nested_values.go:27)	CALL	runtime.printint(SB)
	0x045e 01118 (map_nested_values.go:27)	NOP
	0x0460 01120 (map_nested_values.go:27)	CALL	runtime.printnl(SB)
	0x0465 01125 (map_nested_values.go:27)	CALL	runtime.printunlock(SB)
	0x046a 01130 (map_nested_values.go:29)	LEAQ	main..autotmp_46+976(SP), DX
	0x0472 01138 (map_nested_values.go:29)	MOVUPS	X15, (DX)
	0x0476 01142 (map_nested_values.go:29)	MOVUPS	X15, 16(DX)
	0x047b 01147 (map_nested_values.go:29)	MOVUPS	X15, 32(DX)
	0x0480 01152 (map_nested_values.go:29)	LEAQ	main..autotmp_47+712(SP), DX
	0x0488 01160 (map_nested_values.go:29)	MOVL	$4, SI
	0x048d 01165 (map_nested_values.go:29)	MOVUPS	X15, (DX)
	0x0491 01169 (map_nested_values.go:29)	MOVUPS	X15, 16(DX)
	0x0496 01174 (map_nested_values.go:29)	MOVUPS	X15, 32(DX)
	0x049b 01179 (map_nested_values.go:29)	MOVUPS	X15, 48(DX)
	0x04a0 01184 (map_nested_values.go:29)	ADDQ	$64, DX
	0x04a4 01188 (map_nested_values.go:29)	DECL	SI
	0x04a6 01190 (map_nested_values.go:29)	JNE	1165
	0x04a8 01192 (map_nested_values.go:29)	MOVUPS	X15, -8(DX)
	0x04ad 01197 (map_nested_values.go:29)	MOVQ	$-9187201950435737472, DX
	0x04b7 01207 (map_nested_values.go:29)	MOVQ	DX, main..autotmp_47+712(SP)
	0x04bf 01215 (map_nested_values.go:29)	LEAQ	main..autotmp_47+712(SP), DX
	0x04c7 01223 (map_nested_values.go:29)	MOVQ	DX, main..autotmp_46+992(SP)
	0x04cf 01231 (map_nested_values.go:29)	PCDATA	$1, $5
	0x04cf 01231 (map_nested_values.go:29)	CALL	runtime.rand(SB)
	0x04d4 01236 (map_nested_values.go:29)	MOVQ	AX, main..autotmp_46+984(SP)
	0x04dc 01244 (map_nested_values.go:30)	MOVQ	$3, main..autotmp_54+128(SP)
	0x04e8 01256 (map_nested_values.go:30)	MOVQ	$1, main..autotmp_54+136(SP)
	0x04f4 01268 (map_nested_values.go:30)	MOVQ	$4, main..autotmp_54+144(SP)
	0x0500 01280 (map_nested_values.go:30)	MOVQ	$1, main..autotmp_54+152(SP)
	0x050c 01292 (map_nested_values.go:30)	MOVQ	$5, main..autotmp_54+160(SP)
	0x0518 01304 (map_nested_values.go:30)	MOVQ	$9, main..autotmp_54+168(SP)
	0x0524 01316 (map_nested_values.go:30)	MOVQ	$2, main..autotmp_54+176(SP)
	0x0530 01328 (map_nested_values.go:30)	MOVQ	$6, main..autotmp_54+184(SP)
	0x053c 01340 (map_nested_values.go:30)	XORL	AX, AX
	0x053e 01342 (map_nested_values.go:30)	NOP
	0x0540 01344 (map_nested_values.go:30)	JMP	1513
	0x0545 01349 (map_nested_values.go:30)	MOVQ	AX, main..autotmp_94+120(SP)
	0x054a 01354 (map_nested_values.go:30)	MOVQ	main..autotmp_54+128(SP)(AX*8), DX
	0x0552 01362 (map_nested_values.go:30)	MOVQ	DX, main.v+64(SP)
	0x0557 01367 (map_nested_values.go:32)	CMPQ	DX, $3
	0x055b 01371 (map_nested_values.go:35)	LEAQ	go:string."small"(SB), CX
	0x0562 01378 (map_nested_values.go:35)	LEAQ	go:string."large"(SB), DX
	0x0569 01385 (map_nested_values.go:35)	CMOVQGT	DX, CX
	0x056d 01389 (map_nested_values.go:35)	MOVQ	CX, main.k.ptr+192(SP)
	0x0575 01397 (map_nested_values.go:35)	LEAQ	type:map[string]main.Stats(SB), AX
	0x057c 01404 (map_nested_values.go:35)	LEAQ	main..autotmp_46+976(SP), BX
	0x0584 01412 (map_nested_values.go:35)	MOVL	$5, DI
	0x0589 01417 (map_nested_values.go:35)	PCDATA	$1, $6
	0x0589 01417 (map_nested_values.go:35)	CALL	runtime.mapaccess1_faststr(SB)
	0x058e 01422 (map_nested_values.go:35)	MOVQ	(AX), DX
	0x0591 01425 (map_nested_values.go:35)	MOVQ	DX, main..autotmp_95+112(SP)
	0x0596 01430 (map_nested_values.go:35)	MOVQ	8(AX), DX
	0x059a 01434 (map_nested_values.go:35)	MOVQ	DX, main..autotmp_96+104(SP)
	0x059f 01439 (map_nested_values.go:38)	LEAQ	type:map[string]main.Stats(SB), AX
	0x05a6 01446 (map_nested_values.go:38)	LEAQ	main..autotmp_46+976(SP), BX
	0x05ae 01454 (map_nested_values.go:38)	MOVQ	main.k.ptr+192(SP), CX
	0x05b6 01462 (map_nested_values.go:38)	MOVL	$5, DI
	0x05bb 01467 (map_nested_values.go:38)	PCDATA	$1, $5
	0x05bb 01467 (map_nested_values.go:38)	NOP
	0x05c0 01472 (map_nested_values.go:38)	CALL	runtime.mapassign_faststr(SB)
	0x05c5 01477 (map_nested_values.go:36)	MOVQ	main..autotmp_95+112(SP), DX
	0x05ca 01482 (map_nested_values.go:36)	INCQ	DX
	0x05cd 01485 (map_nested_values.go:38)	MOVQ	DX, (AX)
	0x05d0 01488 (map_nested_values.go:37)	MOVQ	main..autotmp_96+104(SP), DX
	0x05d5 01493 (map_nested_values.go:37)	MOVQ	main.v+64(SP), SI
	0x05da 01498 (map_nested_values.go:37)	ADDQ	SI, DX
	0x05dd 01501 (map_nested_values.go:38)	MOVQ	DX, 8(AX)
	0x05e1 01505 (map_nested_values.go:30)	MOVQ	main..autotmp_94+120(SP), AX
	0x05e6 01510 (map_nested_values.go:30)	INCQ	AX
	0x05e9 01513 (map_nested_values.go:30)	CMPQ	AX, $8
	0x05ed 01517 (map_nested_values.go:30)	JLT	1349
	0x05f3 01523 (map_nested_values.go:40)	LEAQ	type:map[string]main.Stats(SB), AX
	0x05fa 01530 (map_nested_values.go:40)	LEAQ	main..autotmp_46+976(SP), BX
	0x0602 01538 (map_nested_values.go:40)	LEAQ	go:string."small"(SB), CX
	0x0609 01545 (map_nested_values.go:40)	MOVL	$5, DI
	0x060e 01550 (map_nested_values.go:40)	CALL	runtime.mapaccess1_faststr(SB)
	0x0613 01555 (map_nested_values.go:40)	MOVQ	(AX), DX
	0x0616 01558 (map_nested_values.go:40)	MOVQ	DX, main..autotmp_94+120(SP)
	0x061b 01563 (map_nested_values.go:40)	LEAQ	type:map[string]main.Stats(SB), AX
	0x0622 01570 (map_nested_values.go:40)	LEAQ	main..autotmp_46+976(SP), BX
	0x062a 01578 (map_nested_values.go:40)	LEAQ	go:string."small"(SB), CX
	0x0631 01585 (map_nested_values.go:40)	MOVL	$5, DI
	0x0636 01590 (map_nested_values.go:40)	CALL	runtime.mapaccess1_faststr(SB)
	0x063b 01595 (map_nested_values.go:40)	MOVQ	8(AX), DX
	0x063f 01599 (map_nested_values.go:40)	MOVQ	DX, main..autotmp_95+112(SP)
	0x0644 01604 (map_nested_values.go:40)	LEAQ	type:map[string]main.Stats(SB), AX
	0x064b 01611 (map_nested_values.go:40)	LEAQ	main..autotmp_46+976(SP), BX
	0x0653 01619 (map_nested_values.go:40)	LEAQ	go:string."large"(SB), CX
	0x065a 01626 (map_nested_values.go:40)	MOVL	$5, DI
	0x065f 01631 (map_nested_values.go:40)	NOP
	0x0660 01632 (map_nested_values.go:40)	CALL	runtime.mapaccess1_faststr(SB)
	0x0665 01637 (map_nested_values.go:40)	MOVQ	(AX), DX
	0x0668 01640 (map_nested_values.go:40)	MOVQ	DX, main..autotmp_96+104(SP)
	0x066d 01645 (map_nested_values.go:40)	LEAQ	type:map[string]main.Stats(SB), AX
	0x0674 01652 (map_nested_values.go:40)	LEAQ	main..autotmp_46+976(SP), BX
	0x067c 01660 (map_nested_values.go:40)	LEAQ	go:string."large"(SB), CX
	0x0683 01667 (map_nested_values.go:40)	MOVL	$5, DI
	0x0688 01672 (map_nested_values.go:40)	PCDATA	$1, $0
	0x0688 01672 (map_nested_values.go:40)	CALL	runtime.mapaccess1_faststr(SB)
	0x068d 01677 (map_nested_values.go:40)	MOVQ	8(AX), DX
	0x0691 01681 (map_nested_values.go:40)	MOVQ	DX, main..autotmp_97+96(SP)
	0x0696 01686 (map_nested_values.go:40)	CALL	runtime.printlock(SB)
	0x069b 01691 (map_nested_values.go:40)	MOVQ	main..autotmp_94+120(SP), AX
	0x06a0 01696 (map_nested_values.go:40)	CALL	runtime.printint(SB)
	0x06a5 01701 (map_nested_values.go:40)	CALL	runtime.printsp(SB)
	0x06aa 01706 (map_nested_values.go:40)	MOVQ	main..autotmp_95+112(SP), AX
	0x06af 01711 (map_nested_values.go:40)	CALL	runtime.printint(SB)
	0x06b4 01716 (map_nested_values.go:40)	CALL	runtime.printsp(SB)
	0x06b9 01721 (map_nested_values.go:40)	MOVQ	main..autotmp_96+104(SP), AX
	0x06be 01726 (map_nested_values.go:40)	NOP
	0x06c0 01728 (map_nested_values.go:40)	CALL	runtime.printint(SB)
	0x06c5 01733 (map_nested_values.go:40)	CALL	runtime.printsp(SB)
	0x06ca 01738 (map_nested_values.go:40)	MOVQ	main..autotmp_97+96(SP), AX
	0x06cf 01743 (map_nested_values.go:40)	CALL	runtime.printint(SB)
	0x06d4 01748 (map_nested_values.go:40)	CALL	runtime.printnl(SB)
	0x06d9 01753 (map_nested_values.go:40)	CALL	runtime.printunlock(SB)
	0x06de 01758 (map_nested_values.go:42)	LEAQ	main..autotmp_62+664(SP), DX
	0x06e6 01766 (map_nested_values.go:42)	MOVUPS	X15, (DX)
	0x06ea 01770 (map_nested_values.go:42)	MOVUPS	X15, 16(DX)
	0x06ef 01775 (map_nested_values.go:42)	MOVUPS	X15, 32(DX)
	0x06f4 01780 (map_nested_values.go:42)	LEAQ	main..autotmp_63+464(SP), DX
	0x06fc 01788 (map_nested_values.go:42)	MOVL	$3, SI
	0x0701 01793 (map_nested_values.go:42)	MOVUPS	X15, (DX)
	0x0705 01797 (map_nested_values.go:42)	MOVUPS	X15, 16(DX)
	0x070a 01802 (map_nested_values.go:42)	MOVUPS	X15, 32(DX)
	0x070f 01807 (map_nested_values.go:42)	MOVUPS	X15, 48(DX)
	0x0714 01812 (map_nested_values.go:42)	ADDQ	$64, DX
	0x0718 01816 (map_nested_values.go:42)	DECL	SI
	0x071a 01818 (map_nested_values.go:42)	JNE	1793
	0x071c 01820 (map_nested_values.go:42)	MOVUPS	X15, -8(DX)
	0x0721 01825 (map_nested_values.go:42)	MOVQ	$-9187201950435737472, DX
	0x072b 01835 (map_nested_values.go:42)	MOVQ	DX, main..autotmp_63+464(SP)
	0x0733 01843 (map_nested_values.go:42)	LEAQ	main..autotmp_63+464(SP), DX
	0x073b 01851 (map_nested_values.go:42)	MOVQ	DX, main..autotmp_62+680(SP)
	0x0743 01859 (map_nested_values.go:42)	PCDATA	$1, $7
	0x0743 01859 (map_nested_values.go:42)	CALL	runtime.rand(SB)
	0x0748 01864 (map_nested_values.go:42)	MOVQ	AX, main..autotmp_62+672(SP)
	0x0750 01872 (map_nested_values.go:42)	MOVL	$16, AX
	0x0755 01877 (map_nested_values.go:42)	LEAQ	type:main.Stats(SB), BX
	0x075c 01884 (map_nested_values.go:42)	MOVL	$1, CX
	0x0761 01889 (map_nested_values.go:42)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0766 01894 (map_nested_values.go:42)	MOVQ	AX, main..autotmp_100+1592(SP)
	0x076e 01902 (map_nested_values.go:42)	LEAQ	type:map[string]*main.Stats(SB), AX
	0x0775 01909 (map_nested_values.go:42)	LEAQ	main..autotmp_62+664(SP), BX
	0x077d 01917 (map_nested_values.go:42)	LEAQ	go:string."a"(SB), CX
	0x0784 01924 (map_nested_values.go:42)	MOVL	$1, DI
	0x0789 01929 (map_nested_values.go:42)	PCDATA	$1, $8
	0x0789 01929 (map_nested_values.go:42)	CALL	runtime.mapassign_faststr(SB)
	0x078e 01934 (map_nested_values.go:42)	CMPL	runtime.writeBarrier(SB), $0
	0x0795 01941 (map_nested_values.go:42)	PCDATA	$0, $-2
	0x0795 01941 (map_nested_values.go:42)	JNE	1954
	0x0797 01943 (map_nested_values.go:42)	MOVQ	main..autotmp_100+1592(SP), SI
	0x079f 01951 (map_nested_values.go:42)	NOP
	0x07a0 01952 (map_nested_values.go:42)	JMP	1977
	0x07a2 01954 (map_nested_values.go:42)	MOVQ	(AX), DX
	0x07a5 01957 (map_nested_values.go:42)	CALL	runtime.gcWriteBarrier2(SB)
	0x07aa 01962 (map_nested_values.go:42)	MOVQ	main..autotmp_100+1592(SP), SI
	0x07b2 01970 (map_nested_values.go:42)	MOVQ	SI, (R11)
	0x07b5 01973 (map_nested_values.go:42)	MOVQ	DX, 8(R11)
	0x07b9 01977 (map_nested_values.go:42)	MOVQ	SI, (AX)
	0x07bc 01980 (map_nested_values.go:42)	PCDATA	$0, $-1
	0x07bc 01980 (map_nested_values.go:42)	MOVL	$16, AX
	0x07c1 01985 (map_nested_values.go:42)	LEAQ	type:main.Stats(SB), BX
	0x07c8 01992 (map_nested_values.go:42)	MOVL	$1, CX
	0x07cd 01997 (map_nested_values.go:42)	PCDATA	$1, $7
	0x07cd 01997 (map_nested_values.go:42)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x07d2 02002 (map_nested_values.go:42)	MOVQ	AX, main..autotmp_100+1592(SP)
	0x07da 02010 (map_nested_values.go:42)	LEAQ	type:map[string]*main.Stats(SB), AX
	0x07e1 02017 (map_nested_values.go:42)	LEAQ	main..autotmp_62+664(SP), BX
	0x07e9 02025 (map_nested_values.go:42)	LEAQ	go:string."b"(SB), CX
	0x07f0 02032 (map_nested_values.go:42)	MOVL	$1, DI
	0x07f5 02037 (map_nested_values.go:42)	PCDATA	$1, $8
	0x07f5 02037 (map_nested_values.go:42)	CALL	runtime.mapassign_faststr(SB)
	0x07fa 02042 (map_nested_values.go:42)	CMPL	runtime.writeBarrier(SB), $0
	0x0801 02049 (map_nested_values.go:42)	PCDATA	$0, $-2
	0x0801 02049 (map_nested_values.go:42)	JNE	2061
	0x0803 02051 (map_nested_values.go:42)	MOVQ	main..autotmp_100+1592(SP), SI
	0x080b 02059 (map_nested_values.go:42)	JMP	2084
	0x080d 02061 (map_nested_values.go:42)	MOVQ	(AX), DX
	0x0810 02064 (map_nested_values.go:42)	CALL	runtime.gcWriteBarrier2(SB)
	0x0815 02069 (map_nested_values.go:42)	MOVQ	main..autotmp_100+1592(SP), SI
	0x081d 02077 (map_nested_values.go:42)	MOVQ	SI, (R11)
	0x0820 02080 (map_nested_values.go:42)	MOVQ	DX, 8(R11)
	0x0824 02084 (map_nested_values.go:42)	MOVQ	SI, (AX)
	0x0827 02087 (map_nested_values.go:43)	PCDATA	$0, $-1
	0x0827 02087 (map_nested_values.go:43)	LEAQ	type:map[string]*main.Stats(SB), AX
	0x082e 02094 (map_nested_values.go:43)	LEAQ	main..autotmp_62+664(SP), BX
	0x0836 02102 (map_nested_values.go:43)	LEAQ	go:string."a"(SB), CX
	0x083d 02109 (map_nested_values.go:43)	MOVL	$1, DI
	0x0842 02114 (map_nested_values.go:43)	PCDATA	$1, $7
	0x0842 02114 (map_nested_values.go:43)	CALL	runtime.mapaccess1_faststr(SB)
	0x0847 02119 (map_nested_values.go:43)	MOVQ	(AX), DX
	0x084a 02122 (map_nested_values.go:43)	ADDQ	$7, (DX)
	0x084e 02126 (map_nested_values.go:44)	LEAQ	type:map[string]*main.Stats(SB), AX
	0x0855 02133 (map_nested_values.go:44)	LEAQ	main..autotmp_62+664(SP), BX
	0x085d 02141 (map_nested_values.go:44)	LEAQ	go:string."b"(SB), CX
	0x0864 02148 (map_nested_values.go:44)	MOVL	$1, DI
	0x0869 02153 (map_nested_values.go:44)	CALL	runtime.mapaccess1_faststr(SB)
	0x086e 02158 (map_nested_values.go:44)	MOVQ	AX, main..autotmp_101+1584(SP)
	0x0876 02166 (map_nested_values.go:44)	LEAQ	type:map[string]*main.Stats(SB), AX
	0x087d 02173 (map_nested_values.go:44)	LEAQ	main..autotmp_62+664(SP), BX
	0x0885 02181 (map_nested_values.go:44)	LEAQ	go:string."a"(SB), CX
	0x088c 02188 (map_nested_values.go:44)	MOVL	$1, DI
	0x0891 02193 (map_nested_values.go:44)	PCDATA	$1, $9
	0x0891 02193 (map_nested_values.go:44)	CALL	runtime.mapaccess1_faststr(SB)
	0x0896 02198 (map_nested_values.go:44)	MOVQ	main..autotmp_101+1584(SP), DX
	0x089e 02206 (map_nested_values.go:44)	MOVQ	(DX), DX
	0x08a1 02209 (map_nested_values.go:44)	MOVQ	(AX), SI
	0x08a4 02212 (map_nested_values.go:44)	MOVQ	(SI), SI
	0x08a7 02215 (map_nested_values.go:44)	ADDQ	SI, SI
	0x08aa 02218 (map_nested_values.go:44)	MOVQ	SI, 8(DX)
	0x08ae 02222 (map_nested_values.go:45)	LEAQ	type:map[string]*main.Stats(SB), AX
	0x08b5 02229 (map_nested_values.go:45)	LEAQ	main..autotmp_62+664(SP), BX
	0x08bd 02237 (map_nested_values.go:45)	LEAQ	go:string."a"(SB), CX
	0x08c4 02244 (map_nested_values.go:45)	MOVL	$1, DI
	0x08c9 02249 (map_nested_values.go:45)	PCDATA	$1, $7
	0x08c9 02249 (map_nested_values.go:45)	CALL	runtime.mapaccess1_faststr(SB)
	0x08ce 02254 (map_nested_values.go:45)	MOVQ	(AX), DX
	0x08d1 02257 (map_nested_values.go:45)	MOVQ	(DX), DX
	0x08d4 02260 (map_nested_values.go:45)	MOVQ	DX, main..autotmp_94+120(SP)
	0x08d9 02265 (map_nested_values.go:45)	LEAQ	type:map[string]*main.Stats(SB), AX
	0x08e0 02272 (map_nested_values.go:45)	LEAQ	main..autotmp_62+664(SP), BX
	0x08e8 02280 (map_nested_values.go:45)	LEAQ	go:string."b"(SB), CX
	0x08ef 02287 (map_nested_values.go:45)	MOVL	$1, DI
	0x08f4 02292 (map_nested_values.go:45)	PCDATA	$1, $0
	0x08f4 02292 (map_nested_values.go:45)	CALL	runtime.mapaccess1_faststr(SB)
	0x08f9 02297 (map_nested_values.go:45)	MOVQ	(AX), DX
	0x08fc 02300 (map_nested_values.go:45)	MOVQ	8(DX), DX
	0x0900 02304 (map_nested_values.go:45)	MOVQ	DX, main..autotmp_95+112(SP)
	0x0905 02309 (map_nested_values.go:45)	CALL	runtime.printlock(SB)
	0x090a 02314 (map_nested_values.go:45)	MOVQ	main..autotmp_94+120(SP), AX
	0x090f 02319 (map_nested_values.go:45)	CALL	runtime.printint(SB)
	0x0914 02324 (map_nested_values.go:45)	CALL	runtime.printsp(SB)
	0x0919 02329 (map_nested_values.go:45)	MOVQ	main..autotmp_95+112(SP), AX
	0x091e 02334 (map_nested_values.go:45)	NOP
	0x0920 02336 (map_nested_values.go:45)	CALL	runtime.printint(SB)
	0x0925 02341 (map_nested_values.go:45)	CALL	runtime.printnl(SB)
	0x092a 02346 (map_nested_values.go:45)	CALL	runtime.printunlock(SB)
	0x092f 02351 (map_nested_values.go:47)	LEAQ	main..autotmp_77+416(SP), DX
	0x0937 02359 (map_nested_values.go:47)	MOVUPS	X15, (DX)
	0x093b 02363 (map_nested_values.go:47)	MOVUPS	X15, 16(DX)
	0x0940 02368 (map_nested_values.go:47)	MOVUPS	X15, 32(DX)
	0x0945 02373 (map_nested_values.go:47)	LEAQ	main..autotmp_78+216(SP), DX
	0x094d 02381 (map_nested_values.go:47)	MOVL	$3, SI
	0x0952 02386 (map_nested_values.go:47)	MOVUPS	X15, (DX)
	0x0956 02390 (map_nested_values.go:47)	MOVUPS	X15, 16(DX)
	0x095b 02395 (map_nested_values.go:47)	MOVUPS	X15, 32(DX)
	0x0960 02400 (map_nested_values.go:47)	MOVUPS	X15, 48(DX)
	0x0965 02405 (map_nested_values.go:47)	ADDQ	$64, DX
	0x0969 02409 (map_nested_values.go:47)	DECL	SI
	0x096b 02411 (map_nested_values.go:47)	JNE	2386
	0x096d 02413 (map_nested_values.go:47)	MOVUPS	X15, -8(DX)
	0x0972 02418 (map_nested_values.go:47)	MOVQ	$-9187201950435737472, DX
	0x097c 02428 (map_nested_values.go:47)	MOVQ	DX, main..autotmp_78+216(SP)
	0x0984 02436 (map_nested_values.go:47)	LEAQ	main..autotmp_78+216(SP), DX
	0x098c 02444 (map_nested_values.go:47)	MOVQ	DX, main..autotmp_77+432(SP)
	0x0994 02452 (map_nested_values.go:47)	PCDATA	$1, $10
	0x0994 02452 (map_nested_values.go:47)	CALL	runtime.rand(SB)
	0x0999 02457 (map_nested_values.go:47)	MOVQ	AX, main..autotmp_77+424(SP)
	0x09a1 02465 (map_nested_values.go:47)	LEAQ	type:map[string]func(int) int(SB), AX
	0x09a8 02472 (map_nested_values.go:47)	LEAQ	main..autotmp_77+416(SP), BX
	0x09b0 02480 (map_nested_values.go:47)	LEAQ	go:string."double"(SB), CX
	0x09b7 02487 (map_nested_values.go:47)	MOVL	$6, DI
	0x09bc 02492 (map_nested_values.go:47)	NOP
	0x09c0 02496 (map_nested_values.go:47)	CALL	runtime.mapassign_faststr(SB)
	0x09c5 02501 (map_nested_values.go:47)	CMPL	runtime.writeBarrier(SB), $0
	0x09cc 02508 (map_nested_values.go:47)	PCDATA	$0, $-2
	0x09cc 02508 (map_nested_values.go:47)	JEQ	2521
	0x09ce 02510 (map_nested_values.go:47)	MOVQ	(AX), DX
	0x09d1 02513 (map_nested_values.go:47)	CALL	runtime.gcWriteBarrier1(SB)
	0x09d6 02518 (map_nested_values.go:47)	MOVQ	DX, (R11)
	0x09d9 02521 (map_nested_values.go:47)	LEAQ	main.main.func1·f(SB), DX
	0x09e0 02528 (map_nested_values.go:47)	MOVQ	DX, (AX)
	0x09e3 02531 (map_nested_values.go:47)	PCDATA	$0, $-1
	0x09e3 02531 (map_nested_values.go:47)	LEAQ	type:map[string]func(int) int(SB), AX
	0x09ea 02538 (map_nested_values.go:47)	LEAQ	main..autotmp_77+416(SP), BX
	0x09f2 02546 (map_nested_values.go:47)	LEAQ	go:string."square"(SB), CX
	0x09f9 02553 (map_nested_values.go:47)	MOVL	$6, DI
	0x09fe 02558 (map_nested_values.go:47)	NOP
	0x0a00 02560 (map_nested_values.go:47)	CALL	runtime.mapassign_faststr(SB)
	0x0a05 02565 (map_nested_values.go:47)	CMPL	runtime.writeBarrier(SB), $0
	0x0a0c 02572 (map_nested_values.go:47)	PCDATA	$0, $-2
	0x0a0c 02572 (map_nested_values.go:47)	JEQ	2585
	0x0a0e 02574 (map_nested_values.go:47)	MOVQ	(AX), DX
	0x0a11 02577 (map_nested_values.go:47)	CALL	runtime.gcWriteBarrier1(SB)
	0x0a16 02582 (map_nested_values.go:47)	MOVQ	DX, (R11)
	0x0a19 02585 (map_nested_values.go:47)	LEAQ	main.main.func2·f(SB), DX
	0x0a20 02592 (map_nested_values.go:47)	MOVQ	DX, (AX)
	0x0a23 02595 (map_nested_values.go:51)	PCDATA	$0, $-1
	0x0a23 02595 (map_nested_values.go:51)	LEAQ	type:map[string]func(int) int(SB), AX
	0x0a2a 02602 (map_nested_values.go:51)	LEAQ	main..autotmp_77+416(SP), BX
	0x0a32 02610 (map_nested_values.go:51)	LEAQ	go:string."double"(SB), CX
	0x0a39 02617 (map_nested_values.go:51)	MOVL	$6, DI
	0x0a3e 02622 (map_nested_values.go:51)	NOP
	0x0a40 02624 (map_nested_values.go:51)	CALL	runtime.mapaccess1_faststr(SB)
	0x0a45 02629 (map_nested_values.go:51)	MOVQ	(AX), DX
	0x0a48 02632 (map_nested_values.go:51)	MOVQ	(DX), SI
	0x0a4b 02635 (map_nested_values.go:51)	MOVL	$21, AX
	0x0a50 02640 (map_nested_values.go:51)	CALL	SI
	0x0a52 02642 (map_nested_values.go:51)	MOVQ	AX, main..autotmp_94+120(SP)
	0x0a57 02647 (map_nested_values.go:51)	LEAQ	type:map[string]func(int) int(SB), AX
	0x0a5e 02654 (map_nested_values.go:51)	LEAQ	main..autotmp_77+416(SP), BX
	0x0a66 02662 (map_nested_values.go:51)	LEAQ	go:string."square"(SB), CX
	0x0a6d 02669 (map_nested_values.go:51)	MOVL	$6, DI
	0x0a72 02674 (map_nested_values.go:51)	CALL	runtime.mapaccess1_faststr(SB)
	0x0a77 02679 (map_nested_values.go:51)	MOVQ	(AX), DX
	0x0a7a 02682 (map_nested_values.go:51)	MOVQ	(DX), SI
	0x0a7d 02685 (map_nested_values.go:51)	MOVL	$12, AX
	0x0a82 02690 (map_nested_values.go:51)	CALL	SI
	0x0a84 02692 (map_nested_values.go:51)	MOVQ	AX, main..autotmp_95+112(SP)
	0x0a89 02697 (map_nested_values.go:51)	LEAQ	type:map[string]func(int) int(SB), AX
	0x0a90 02704 (map_nested_values.go:51)	LEAQ	main..autotmp_77+416(SP), BX
	0x0a98 02712 (map_nested_values.go:51)	LEAQ	go:string."missing"(SB), CX
	0x0a9f 02719 (map_nested_values.go:51)	MOVL	$7, DI
	0x0aa4 02724 (map_nested_values.go:51)	PCDATA	$1, $0
	0x0aa4 02724 (map_nested_values.go:51)	CALL	runtime.mapaccess1_faststr(SB)
	0x0aa9 02729 (map_nested_values.go:51)	MOVQ	(AX), DX
	0x0aac 02732 (map_nested_values.go:51)	MOVQ	DX, main..autotmp_99+88(SP)
	0x0ab1 02737 (map_nested_values.go:51)	CALL	runtime.printlock(SB)
	0x0ab6 02742 (map_nested_values.go:51)	MOVQ	main..autotmp_94+120(SP), AX
	0x0abb 02747 (map_nested_values.go:51)	NOP
	0x0ac0 02752 (map_nested_values.go:51)	CALL	runtime.printint(SB)
	0x0ac5 02757 (map_nested_values.go:51)	CALL	runtime.printsp(SB)
	0x0aca 02762 (map_nested_values.go:51)	MOVQ	main..autotmp_95+112(SP), AX
	0x0acf 02767 (map_nested_values.go:51)	CALL	runtime.printint(SB)
	0x0ad4 02772 (map_nested_values.go:51)	CALL	runtime.printsp(SB)
	0x0ad9 02777 (map_nested_values.go:51)	MOVQ	main..autotmp_99+88(SP), DX
	0x0ade 02782 (map_nested_values.go:51)	TESTQ	DX, DX
	0x0ae1 02785 (map_nested_values.go:51)	SETEQ	AL
	0x0ae4 02788 (map_nested_values.go:51)	CALL	runtime.printbool(SB)
	0x0ae9 02793 (map_nested_values.go:51)	CALL	runtime.printnl(SB)
	0x0aee 02798 (map_nested_values.go:51)	CALL	runtime.printunlock(SB)
	0x0af3 02803 (map_nested_values.go:52)	ADDQ	$1600, SP
	0x0afa 02810 (map_nested_values.go:52)	POPQ	BP
	0x0afb 02811 (map_nested_values.go:52)	RET
	0x0afc 02812 (map_nested_values.go:18)	PCDATA	$4, $2646
	0x0afc 02812 (map_nested_values.go:18)	NOP
	0x0b00 02816 (map_nested_values.go:18)	CALL	runtime.panicBounds(SB)
	0x0b05 02821 (map_nested_values.go:18)	XCHGL	AX, AX
	0x0b06 02822 (map_nested_values.go:18)	NOP
	0x0b06 02822 (map_nested_values.go:9)	PCDATA	$1, $-1
	0x0b06 02822 (map_nested_values.go:9)	PCDATA	$0, $-2
	0x0b06 02822 (map_nested_values.go:9)	CALL	runtime.morestack_noctxt(SB)
	0x0b0b 02827 (map_nested_values.go:9)	PCDATA	$0, $-1
	0x0b0b 02827 (map_nested_values.go:9)	JMP	0
	0x0000 4c 8d a4 24 38 fa ff ff 4d 3b 66 10 0f 86 f4 0a  L..$8...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 40 06 00 00 48 8d 84  ..UH..H..@...H..
	0x0020 24 00 06 00 00 44 0f 11 38 44 0f 11 78 10 44 0f  $....D..8D..x.D.
	0x0030 11 78 20 48 8d 84 24 b8 04 00 00 b9 05 00 00 00  .x H..$.........
	0x0040 44 0f 11 38 44 0f 11 78 10 44 0f 11 78 20 44 0f  D..8D..x.D..x D.
	0x0050 11 78 30 48 83 c0 40 ff c9 75 e5 44 0f 11 78 f8  .x0H..@..u.D..x.
	0x0060 48 b8 80 80 80 80 80 80 80 80 48 89 84 24 b8 04  H.........H..$..
	0x0070 00 00 48 8d 84 24 b8 04 00 00 48 89 84 24 10 06  ..H..$....H..$..
	0x0080 00 00 e8 00 00 00 00 48 89 84 24 08 06 00 00 31  .......H..$....1
	0x0090 c0 eb 11 48 89 58 08 48 8b 44 24 50 48 89 44 da  ...H.X.H.D$PH.D.
	0x00a0 f8 48 ff c0 48 83 f8 14 0f 8d af 00 00 00 48 89  .H..H.........H.
	0x00b0 44 24 50 48 a9 01 00 00 00 bf 03 00 00 00 ba 04  D$PH............
	0x00c0 00 00 00 48 0f 44 fa 48 8d 0d 00 00 00 00 48 8d  ...H.D.H......H.
	0x00d0 15 00 00 00 00 48 0f 44 ca 48 8d 05 00 00 00 00  .....H.D.H......
	0x00e0 48 8d 9c 24 00 06 00 00 e8 00 00 00 00 48 8b 48  H..$.........H.H
	0x00f0 10 48 8b 58 08 48 ff c3 48 8b 10 0f 1f 44 00 00  .H.X.H..H....D..
	0x0100 48 39 d9 73 8e 48 89 84 24 d0 00 00 00 48 89 d0  H9.s.H..$....H..
	0x0110 bf 01 00 00 00 48 8d 35 00 00 00 00 0f 1f 40 00  .....H.5......@.
	0x0120 e8 00 00 00 00 48 8b 94 24 d0 00 00 00 48 89 4a  .....H..$....H.J
	0x0130 10 83 3d 00 00 00 00 00 74 12 48 8b 32 0f 1f 00  ..=.....t.H.2...
	0x0140 e8 00 00 00 00 49 89 03 49 89 73 08 48 89 02 48  .....I..I.s.H..H
	0x0150 89 c1 48 89 d0 48 89 ca e9 36 ff ff ff 48 8d 05  ..H..H...6...H..
	0x0160 00 00 00 00 48 8d 9c 24 00 06 00 00 48 8d 0d 00  ....H..$....H...
	0x0170 00 00 00 bf 04 00 00 00 e8 00 00 00 00 48 8b 50  .............H.P
	0x0180 08 48 89 54 24 78 48 8d 05 00 00 00 00 48 8d 9c  .H.T$xH......H..
	0x0190 24 00 06 00 00 48 8d 0d 00 00 00 00 bf 03 00 00  $....H..........
	0x01a0 00 e8 00 00 00 00 48 8b 50 08 48 89 54 24 70 48  ......H.P.H.T$pH
	0x01b0 8d 05 00 00 00 00 48 8d 9c 24 00 06 00 00 48 8d  ......H..$....H.
	0x01c0 0d 00 00 00 00 bf 04 00 00 00 e8 00 00 00 00 48  ...............H
	0x01d0 8b 50 08 48 89 54 24 68 48 8d 05 00 00 00 00 48  .P.H.T$hH......H
	0x01e0 8d 9c 24 00 06 00 00 48 8d 0d 00 00 00 00 bf 03  ..$....H........
	0x01f0 00 00 00 e8 00 00 00 00 48 8b 50 08 0f 1f 40 00  ........H.P...@.
	0x0200 48 83 fa 09 0f 86 f2 08 00 00 48 8b 00 48 8b 40  H.........H..H.@
	0x0210 48 48 89 44 24 60 e8 00 00 00 00 48 8b 44 24 78  HH.D$`.....H.D$x
	0x0220 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 70 e8  ..........H.D$p.
	0x0230 00 00 00 00 e8 00 00 00 00 48 8b 44 24 60 66 90  .........H.D$`f.
	0x0240 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 68 e8  ..........H.D$h.
	0x0250 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d  ..............H.
	0x0260 84 24 88 04 00 00 44 0f 11 38 44 0f 11 78 10 44  .$....D..8D..x.D
	0x0270 0f 11 78 20 48 8d 84 24 00 04 00 00 44 0f 11 38  ..x H..$....D..8
	0x0280 44 0f 11 78 10 44 0f 11 78 20 44 0f 11 78 30 44  D..x.D..x D..x0D
	0x0290 0f 11 78 40 44 0f 11 78 50 44 0f 11 78 60 44 0f  ..x@D..xPD..x`D.
	0x02a0 11 78 70 44 0f 11 78 78 48 b9 80 80 80 80 80 80  .xpD..xxH.......
	0x02b0 80 80 48 89 8c 24 00 04 00 00 48 89 84 24 98 04  ..H..$....H..$..
	0x02c0 00 00 e8 00 00 00 00 48 89 84 24 90 04 00 00 31  .......H..$....1
	0x02d0 c0 eb 4d 48 8d 05 00 00 00 00 48 8d 9c 24 88 04  ..MH......H..$..
	0x02e0 00 00 48 8b 4c 24 78 e8 00 00 00 00 48 8b 18 48  ..H.L$x.....H..H
	0x02f0 8d 05 00 00 00 00 48 8b 4c 24 48 0f 1f 44 00 00  ......H.L$H..D..
	0x0300 e8 00 00 00 00 48 8b 54 24 48 48 89 d6 48 0f af  .....H.T$HH..H..
	0x0310 d2 48 89 10 48 8d 46 01 0f 1f 84 00 00 00 00 00  .H..H.F.........
	0x0320 48 83 f8 04 0f 8d 94 00 00 00 48 89 44 24 48 48  H.........H.D$HH
	0x0330 89 c1 48 83 e0 fe 48 89 ca 48 29 c2 48 89 54 24  ..H...H..H).H.T$
	0x0340 78 48 8d 05 00 00 00 00 48 8d 9c 24 88 04 00 00  xH......H..$....
	0x0350 48 89 d1 e8 00 00 00 00 48 83 38 00 0f 1f 40 00  H.......H.8...@.
	0x0360 0f 85 6d ff ff ff e8 00 00 00 00 48 89 84 24 c8  ..m........H..$.
	0x0370 00 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 88 04  ...H......H..$..
	0x0380 00 00 48 8b 4c 24 78 e8 00 00 00 00 83 3d 00 00  ..H.L$x......=..
	0x0390 00 00 00 75 0a 48 8b b4 24 c8 00 00 00 eb 17 48  ...u.H..$......H
	0x03a0 8b 10 e8 00 00 00 00 48 8b b4 24 c8 00 00 00 49  .......H..$....I
	0x03b0 89 33 49 89 53 08 48 89 30 e9 15 ff ff ff 48 8b  .3I.S.H.0.....H.
	0x03c0 94 24 88 04 00 00 48 89 54 24 58 48 8d 05 00 00  .$....H.T$XH....
	0x03d0 00 00 48 8d 9c 24 88 04 00 00 31 c9 0f 1f 40 00  ..H..$....1...@.
	0x03e0 e8 00 00 00 00 48 8b 10 48 85 d2 74 05 48 8b 12  .....H..H..t.H..
	0x03f0 eb 02 31 d2 48 89 54 24 78 48 8d 05 00 00 00 00  ..1.H.T$xH......
	0x0400 48 8d 9c 24 88 04 00 00 b9 01 00 00 00 e8 00 00  H..$............
	0x0410 00 00 48 8b 18 48 8d 05 00 00 00 00 b9 03 00 00  ..H..H..........
	0x0420 00 e8 00 00 00 00 48 8b 10 48 89 54 24 70 e8 00  ......H..H.T$p..
	0x0430 00 00 00 48 8b 44 24 58 e8 00 00 00 00 0f 1f 00  ...H.D$X........
	0x0440 e8 00 00 00 00 48 8b 44 24 78 e8 00 00 00 00 e8  .....H.D$x......
	0x0450 00 00 00 00 48 8b 44 24 70 e8 00 00 00 00 66 90  ....H.D$p.....f.
	0x0460 e8 00 00 00 00 e8 00 00 00 00 48 8d 94 24 d0 03  ..........H..$..
	0x0470 00 00 44 0f 11 3a 44 0f 11 7a 10 44 0f 11 7a 20  ..D..:D..z.D..z 
	0x0480 48 8d 94 24 c8 02 00 00 be 04 00 00 00 44 0f 11  H..$.........D..
	0x0490 3a 44 0f 11 7a 10 44 0f 11 7a 20 44 0f 11 7a 30  :D..z.D..z D..z0
	0x04a0 48 83 c2 40 ff ce 75 e5 44 0f 11 7a f8 48 ba 80  H..@..u.D..z.H..
	0x04b0 80 80 80 80 80 80 80 48 89 94 24 c8 02 00 00 48  .......H..$....H
	0x04c0 8d 94 24 c8 02 00 00 48 89 94 24 e0 03 00 00 e8  ..$....H..$.....
	0x04d0 00 00 00 00 48 89 84 24 d8 03 00 00 48 c7 84 24  ....H..$....H..$
	0x04e0 80 00 00 00 03 00 00 00 48 c7 84 24 88 00 00 00  ........H..$....
	0x04f0 01 00 00 00 48 c7 84 24 90 00 00 00 04 00 00 00  ....H..$........
	0x0500 48 c7 84 24 98 00 00 00 01 00 00 00 48 c7 84 24  H..$........H..$
	0x0510 a0 00 00 00 05 00 00 00 48 c7 84 24 a8 00 00 00  ........H..$....
	0x0520 09 00 00 00 48 c7 84 24 b0 00 00 00 02 00 00 00  ....H..$........
	0x0530 48 c7 84 24 b8 00 00 00 06 00 00 00 31 c0 66 90  H..$........1.f.
	0x0540 e9 a4 00 00 00 48 89 44 24 78 48 8b 94 c4 80 00  .....H.D$xH.....
	0x0550 00 00 48 89 54 24 40 48 83 fa 03 48 8d 0d 00 00  ..H.T$@H...H....
	0x0560 00 00 48 8d 15 00 00 00 00 48 0f 4f ca 48 89 8c  ..H......H.O.H..
	0x0570 24 c0 00 00 00 48 8d 05 00 00 00 00 48 8d 9c 24  $....H......H..$
	0x0580 d0 03 00 00 bf 05 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x0590 10 48 89 54 24 70 48 8b 50 08 48 89 54 24 68 48  .H.T$pH.P.H.T$hH
	0x05a0 8d 05 00 00 00 00 48 8d 9c 24 d0 03 00 00 48 8b  ......H..$....H.
	0x05b0 8c 24 c0 00 00 00 bf 05 00 00 00 0f 1f 44 00 00  .$...........D..
	0x05c0 e8 00 00 00 00 48 8b 54 24 70 48 ff c2 48 89 10  .....H.T$pH..H..
	0x05d0 48 8b 54 24 68 48 8b 74 24 40 48 01 f2 48 89 50  H.T$hH.t$@H..H.P
	0x05e0 08 48 8b 44 24 78 48 ff c0 48 83 f8 08 0f 8c 52  .H.D$xH..H.....R
	0x05f0 ff ff ff 48 8d 05 00 00 00 00 48 8d 9c 24 d0 03  ...H......H..$..
	0x0600 00 00 48 8d 0d 00 00 00 00 bf 05 00 00 00 e8 00  ..H.............
	0x0610 00 00 00 48 8b 10 48 89 54 24 78 48 8d 05 00 00  ...H..H.T$xH....
	0x0620 00 00 48 8d 9c 24 d0 03 00 00 48 8d 0d 00 00 00  ..H..$....H.....
	0x0630 00 bf 05 00 00 00 e8 00 00 00 00 48 8b 50 08 48  ...........H.P.H
	0x0640 89 54 24 70 48 8d 05 00 00 00 00 48 8d 9c 24 d0  .T$pH......H..$.
	0x0650 03 00 00 48 8d 0d 00 00 00 00 bf 05 00 00 00 90  ...H............
	0x0660 e8 00 00 00 00 48 8b 10 48 89 54 24 68 48 8d 05  .....H..H.T$hH..
	0x0670 00 00 00 00 48 8d 9c 24 d0 03 00 00 48 8d 0d 00  ....H..$....H...
	0x0680 00 00 00 bf 05 00 00 00 e8 00 00 00 00 48 8b 50  .............H.P
	0x0690 08 48 89 54 24 60 e8 00 00 00 00 48 8b 44 24 78  .H.T$`.....H.D$x
	0x06a0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 70 e8  ..........H.D$p.
	0x06b0 00 00 00 00 e8 00 00 00 00 48 8b 44 24 68 66 90  .........H.D$hf.
	0x06c0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 60 e8  ..........H.D$`.
	0x06d0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d  ..............H.
	0x06e0 94 24 98 02 00 00 44 0f 11 3a 44 0f 11 7a 10 44  .$....D..:D..z.D
	0x06f0 0f 11 7a 20 48 8d 94 24 d0 01 00 00 be 03 00 00  ..z H..$........
	0x0700 00 44 0f 11 3a 44 0f 11 7a 10 44 0f 11 7a 20 44  .D..:D..z.D..z D
	0x0710 0f 11 7a 30 48 83 c2 40 ff ce 75 e5 44 0f 11 7a  ..z0H..@..u.D..z
	0x0720 f8 48 ba 80 80 80 80 80 80 80 80 48 89 94 24 d0  .H.........H..$.
	0x0730 01 00 00 48 8d 94 24 d0 01 00 00 48 89 94 24 a8  ...H..$....H..$.
	0x0740 02 00 00 e8 00 00 00 00 48 89 84 24 a0 02 00 00  ........H..$....
	0x0750 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9 01 00 00  .....H..........
	0x0760 00 e8 00 00 00 00 48 89 84 24 38 06 00 00 48 8d  ......H..$8...H.
	0x0770 05 00 00 00 00 48 8d 9c 24 98 02 00 00 48 8d 0d  .....H..$....H..
	0x0780 00 00 00 00 bf 01 00 00 00 e8 00 00 00 00 83 3d  ...............=
	0x0790 00 00 00 00 00 75 0b 48 8b b4 24 38 06 00 00 90  .....u.H..$8....
	0x07a0 eb 17 48 8b 10 e8 00 00 00 00 48 8b b4 24 38 06  ..H.......H..$8.
	0x07b0 00 00 49 89 33 49 89 53 08 48 89 30 b8 10 00 00  ..I.3I.S.H.0....
	0x07c0 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00 00  .H..............
	0x07d0 00 00 48 89 84 24 38 06 00 00 48 8d 05 00 00 00  ..H..$8...H.....
	0x07e0 00 48 8d 9c 24 98 02 00 00 48 8d 0d 00 00 00 00  .H..$....H......
	0x07f0 bf 01 00 00 00 e8 00 00 00 00 83 3d 00 00 00 00  ...........=....
	0x0800 00 75 0a 48 8b b4 24 38 06 00 00 eb 17 48 8b 10  .u.H..$8.....H..
	0x0810 e8 00 00 00 00 48 8b b4 24 38 06 00 00 49 89 33  .....H..$8...I.3
	0x0820 49 89 53 08 48 89 30 48 8d 05 00 00 00 00 48 8d  I.S.H.0H......H.
	0x0830 9c 24 98 02 00 00 48 8d 0d 00 00 00 00 bf 01 00  .$....H.........
	0x0840 00 00 e8 00 00 00 00 48 8b 10 48 83 02 07 48 8d  .......H..H...H.
	0x0850 05 00 00 00 00 48 8d 9c 24 98 02 00 00 48 8d 0d  .....H..$....H..
	0x0860 00 00 00 00 bf 01 00 00 00 e8 00 00 00 00 48 89  ..............H.
	0x0870 84 24 30 06 00 00 48 8d 05 00 00 00 00 48 8d 9c  .$0...H......H..
	0x0880 24 98 02 00 00 48 8d 0d 00 00 00 00 bf 01 00 00  $....H..........
	0x0890 00 e8 00 00 00 00 48 8b 94 24 30 06 00 00 48 8b  ......H..$0...H.
	0x08a0 12 48 8b 30 48 8b 36 48 01 f6 48 89 72 08 48 8d  .H.0H.6H..H.r.H.
	0x08b0 05 00 00 00 00 48 8d 9c 24 98 02 00 00 48 8d 0d  .....H..$....H..
	0x08c0 00 00 00 00 bf 01 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x08d0 10 48 8b 12 48 89 54 24 78 48 8d 05 00 00 00 00  .H..H.T$xH......
	0x08e0 48 8d 9c 24 98 02 00 00 48 8d 0d 00 00 00 00 bf  H..$....H.......
	0x08f0 01 00 00 00 e8 00 00 00 00 48 8b 10 48 8b 52 08  .........H..H.R.
	0x0900 48 89 54 24 70 e8 00 00 00 00 48 8b 44 24 78 e8  H.T$p.....H.D$x.
	0x0910 00 00 00 00 e8 00 00 00 00 48 8b 44 24 70 66 90  .........H.D$pf.
	0x0920 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0930 8d 94 24 a0 01 00 00 44 0f 11 3a 44 0f 11 7a 10  ..$....D..:D..z.
	0x0940 44 0f 11 7a 20 48 8d 94 24 d8 00 00 00 be 03 00  D..z H..$.......
	0x0950 00 00 44 0f 11 3a 44 0f 11 7a 10 44 0f 11 7a 20  ..D..:D..z.D..z 
	0x0960 44 0f 11 7a 30 48 83 c2 40 ff ce 75 e5 44 0f 11  D..z0H..@..u.D..
	0x0970 7a f8 48 ba 80 80 80 80 80 80 80 80 48 89 94 24  z.H.........H..$
	0x0980 d8 00 00 00 48 8d 94 24 d8 00 00 00 48 89 94 24  ....H..$....H..$
	0x0990 b0 01 00 00 e8 00 00 00 00 48 89 84 24 a8 01 00  .........H..$...
	0x09a0 00 48 8d 05 00 00 00 00 48 8d 9c 24 a0 01 00 00  .H......H..$....
	0x09b0 48 8d 0d 00 00 00 00 bf 06 00 00 00 0f 1f 40 00  H.............@.
	0x09c0 e8 00 00 00 00 83 3d 00 00 00 00 00 74 0b 48 8b  ......=.....t.H.
	0x09d0 10 e8 00 00 00 00 49 89 13 48 8d 15 00 00 00 00  ......I..H......
	0x09e0 48 89 10 48 8d 05 00 00 00 00 48 8d 9c 24 a0 01  H..H......H..$..
	0x09f0 00 00 48 8d 0d 00 00 00 00 bf 06 00 00 00 66 90  ..H...........f.
	0x0a00 e8 00 00 00 00 83 3d 00 00 00 00 00 74 0b 48 8b  ......=.....t.H.
	0x0a10 10 e8 00 00 00 00 49 89 13 48 8d 15 00 00 00 00  ......I..H......
	0x0a20 48 89 10 48 8d 05 00 00 00 00 48 8d 9c 24 a0 01  H..H......H..$..
	0x0a30 00 00 48 8d 0d 00 00 00 00 bf 06 00 00 00 66 90  ..H...........f.
	0x0a40 e8 00 00 00 00 48 8b 10 48 8b 32 b8 15 00 00 00  .....H..H.2.....
	0x0a50 ff d6 48 89 44 24 78 48 8d 05 00 00 00 00 48 8d  ..H.D$xH......H.
	0x0a60 9c 24 a0 01 00 00 48 8d 0d 00 00 00 00 bf 06 00  .$....H.........
	0x0a70 00 00 e8 00 00 00 00 48 8b 10 48 8b 32 b8 0c 00  .......H..H.2...
	0x0a80 00 00 ff d6 48 89 44 24 70 48 8d 05 00 00 00 00  ....H.D$pH......
	0x0a90 48 8d 9c 24 a0 01 00 00 48 8d 0d 00 00 00 00 bf  H..$....H.......
	0x0aa0 07 00 00 00 e8 00 00 00 00 48 8b 10 48 89 54 24  .........H..H.T$
	0x0ab0 58 e8 00 00 00 00 48 8b 44 24 78 0f 1f 44 00 00  X.....H.D$x..D..
	0x0ac0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 70 e8  ..........H.D$p.
	0x0ad0 00 00 00 00 e8 00 00 00 00 48 8b 54 24 58 48 85  .........H.T$XH.
	0x0ae0 d2 0f 94 c0 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x0af0 00 00 00 48 81 c4 40 06 00 00 5d c3 0f 1f 40 00  ...H..@...]...@.
	0x0b00 e8 00 00 00 00 90 e8 00 00 00 00 e9 f0 f4 ff ff  ................
	rel 131+4 t=R_CALL runtime.rand+0
	rel 202+4 t=R_PCREL go:string."odd"+0
	rel 209+4 t=R_PCREL go:string."even"+0
	rel 220+4 t=R_PCREL type:map[string][]int+0
	rel 233+4 t=R_CALL runtime.mapassign_faststr+0
	rel 280+4 t=R_PCREL type:int+0
	rel 289+4 t=R_CALL runtime.growslice+0
	rel 307+4 t=R_PCREL runtime.writeBarrier+-1
	rel 321+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 352+4 t=R_PCREL type:map[string][]int+0
	rel 367+4 t=R_PCREL go:string."even"+0
	rel 377+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 393+4 t=R_PCREL type:map[string][]int+0
	rel 408+4 t=R_PCREL go:string."odd"+0
	rel 418+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 434+4 t=R_PCREL type:map[string][]int+0
	rel 449+4 t=R_PCREL go:string."none"+0
	rel 459+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 475+4 t=R_PCREL type:map[string][]int+0
	rel 490+4 t=R_PCREL go:string."odd"+0
	rel 500+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 535+4 t=R_CALL runtime.printlock+0
	rel 545+4 t=R_CALL runtime.printint+0
	rel 550+4 t=R_CALL runtime.printsp+0
	rel 560+4 t=R_CALL runtime.printint+0
	rel 565+4 t=R_CALL runtime.printsp+0
	rel 577+4 t=R_CALL runtime.printint+0
	rel 582+4 t=R_CALL runtime.printsp+0
	rel 592+4 t=R_CALL runtime.printint+0
	rel 597+4 t=R_CALL runtime.printnl+0
	rel 602+4 t=R_CALL runtime.printunlock+0
	rel 707+4 t=R_CALL runtime.rand+0
	rel 726+4 t=R_PCREL type:map[int]map[int]int+0
	rel 744+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 754+4 t=R_PCREL type:map[int]int+0
	rel 769+4 t=R_CALL runtime.mapassign_fast64+0
	rel 836+4 t=R_PCREL type:map[int]map[int]int+0
	rel 852+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 871+4 t=R_CALL runtime.makemap_small+0
	rel 886+4 t=R_PCREL type:map[int]map[int]int+0
	rel 904+4 t=R_CALL runtime.mapassign_fast64+0
	rel 910+4 t=R_PCREL runtime.writeBarrier+-1
	rel 931+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 974+4 t=R_PCREL type:map[int]map[int]int+0
	rel 993+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 1020+4 t=R_PCREL type:map[int]map[int]int+0
	rel 1038+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 1048+4 t=R_PCREL type:map[int]int+0
	rel 1058+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 1071+4 t=R_CALL runtime.printlock+0
	rel 1081+4 t=R_CALL runtime.printint+0
	rel 1089+4 t=R_CALL runtime.printsp+0
	rel 1099+4 t=R_CALL runtime.printint+0
	rel 1104+4 t=R_CALL runtime.printsp+0
	rel 1114+4 t=R_CALL runtime.printint+0
	rel 1121+4 t=R_CALL runtime.printnl+0
	rel 1126+4 t=R_CALL runtime.printunlock+0
	rel 1232+4 t=R_CALL runtime.rand+0
	rel 1374+4 t=R_PCREL go:string."small"+0
	rel 1381+4 t=R_PCREL go:string."large"+0
	rel 1400+4 t=R_PCREL type:map[string]main.Stats+0
	rel 1418+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 1442+4 t=R_PCREL type:map[string]main.Stats+0
	rel 1473+4 t=R_CALL runtime.mapassign_faststr+0
	rel 1526+4 t=R_PCREL type:map[string]main.Stats+0
	rel 1541+4 t=R_PCREL go:string."small"+0
	rel 1551+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 1566+4 t=R_PCREL type:map[string]main.Stats+0
	rel 1581+4 t=R_PCREL go:string."small"+0
	rel 1591+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 1607+4 t=R_PCREL type:map[string]main.Stats+0
	rel 1622+4 t=R_PCREL go:string."large"+0
	rel 1633+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 1648+4 t=R_PCREL type:map[string]main.Stats+0
	rel 1663+4 t=R_PCREL go:string."large"+0
	rel 1673+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 1687+4 t=R_CALL runtime.printlock+0
	rel 1697+4 t=R_CALL runtime.printint+0
	rel 1702+4 t=R_CALL runtime.printsp+0
	rel 1712+4 t=R_CALL runtime.printint+0
	rel 1717+4 t=R_CALL runtime.printsp+0
	rel 1729+4 t=R_CALL runtime.printint+0
	rel 1734+4 t=R_CALL runtime.printsp+0
	rel 1744+4 t=R_CALL runtime.printint+0
	rel 1749+4 t=R_CALL runtime.printnl+0
	rel 1754+4 t=R_CALL runtime.printunlock+0
	rel 1860+4 t=R_CALL runtime.rand+0
	rel 1880+4 t=R_PCREL type:main.Stats+0
	rel 1890+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 1905+4 t=R_PCREL type:map[string]*main.Stats+0
	rel 1920+4 t=R_PCREL go:string."a"+0
	rel 1930+4 t=R_CALL runtime.mapassign_faststr+0
	rel 1936+4 t=R_PCREL runtime.writeBarrier+-1
	rel 1958+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 1988+4 t=R_PCREL type:main.Stats+0
	rel 1998+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 2013+4 t=R_PCREL type:map[string]*main.Stats+0
	rel 2028+4 t=R_PCREL go:string."b"+0
	rel 2038+4 t=R_CALL runtime.mapassign_faststr+0
	rel 2044+4 t=R_PCREL runtime.writeBarrier+-1
	rel 2065+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 2090+4 t=R_PCREL type:map[string]*main.Stats+0
	rel 2105+4 t=R_PCREL go:string."a"+0
	rel 2115+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 2129+4 t=R_PCREL type:map[string]*main.Stats+0
	rel 2144+4 t=R_PCREL go:string."b"+0
	rel 2154+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 2169+4 t=R_PCREL type:map[string]*main.Stats+0
	rel 2184+4 t=R_PCREL go:string."a"+0
	rel 2194+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 2225+4 t=R_PCREL type:map[string]*main.Stats+0
	rel 2240+4 t=R_PCREL go:string."a"+0
	rel 2250+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 2268+4 t=R_PCREL type:map[string]*main.Stats+0
	rel 2283+4 t=R_PCREL go:string."b"+0
	rel 2293+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 2310+4 t=R_CALL runtime.printlock+0
	rel 2320+4 t=R_CALL runtime.printint+0
	rel 2325+4 t=R_CALL runtime.printsp+0
	rel 2337+4 t=R_CALL runtime.printint+0
	rel 2342+4 t=R_CALL runtime.printnl+0
	rel 2347+4 t=R_CALL runtime.printunlock+0
	rel 2453+4 t=R_CALL runtime.rand+0
	rel 2468+4 t=R_PCREL type:map[string]func(int) int+0
	rel 2483+4 t=R_PCREL go:string."double"+0
	rel 2497+4 t=R_CALL runtime.mapassign_faststr+0
	rel 2503+4 t=R_PCREL runtime.writeBarrier+-1
	rel 2514+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 2524+4 t=R_PCREL main.main.func1·f+0
	rel 2534+4 t=R_PCREL type:map[string]func(int) int+0
	rel 2549+4 t=R_PCREL go:string."square"+0
	rel 2561+4 t=R_CALL runtime.mapassign_faststr+0
	rel 2567+4 t=R_PCREL runtime.writeBarrier+-1
	rel 2578+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 2588+4 t=R_PCREL main.main.func2·f+0
	rel 2598+4 t=R_PCREL type:map[string]func(int) int+0
	rel 2613+4 t=R_PCREL go:string."double"+0
	rel 2625+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 2640+0 t=R_CALLIND +0
	rel 2650+4 t=R_PCREL type:map[string]func(int) int+0
	rel 2665+4 t=R_PCREL go:string."square"+0
	rel 2675+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 2690+0 t=R_CALLIND +0
	rel 2700+4 t=R_PCREL type:map[string]func(int) int+0
	rel 2715+4 t=R_PCREL go:string."missing"+0
	rel 2725+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 2738+4 t=R_CALL runtime.printlock+0
	rel 2753+4 t=R_CALL runtime.printint+0
	rel 2758+4 t=R_CALL runtime.printsp+0
	rel 2768+4 t=R_CALL runtime.printint+0
	rel 2773+4 t=R_CALL runtime.printsp+0
	rel 2789+4 t=R_CALL runtime.printbool+0
	rel 2794+4 t=R_CALL runtime.printnl+0
	rel 2799+4 t=R_CALL runtime.printunlock+0
	rel 2817+4 t=R_CALL runtime.panicBounds+0
	rel 2823+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1 STEXT nosplit size=4 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (map_nested_values.go:48)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (map_nested_values.go:48)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (map_nested_values.go:48)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (map_nested_values.go:48)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
	0x0000 00000 (map_nested_values.go:48)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
	0x0000 00000 (map_nested_values.go:48)	PCDATA	$3, $1
	0x0000 00000 (map_nested_values.go:48)	ADDQ	AX, AX
	0x0003 00003 (map_nested_values.go:48)	RET
	0x0000 48 01 c0 c3                                      H...
main.main.func2 STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (map_nested_values.go:49)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (map_nested_values.go:49)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (map_nested_values.go:49)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (map_nested_values.go:49)	FUNCDATA	$5, main.main.func2.arginfo1(SB)
	0x0000 00000 (map_nested_values.go:49)	FUNCDATA	$6, main.main.func2.argliveinfo(SB)
	0x0000 00000 (map_nested_values.go:49)	PCDATA	$3, $1
	0x0000 00000 (map_nested_values.go:49)	IMULQ	AX, AX
	0x0004 00004 (map_nested_values.go:49)	RET
	0x0000 48 0f af c0 c3                                   H....
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
runtime.gcbits. SRODATA dupok size=0 align=0x8
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
type:.importpath.. SRODATA dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5 align=0x1
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6 align=0x1
	0x0000 00 04 65 6c 65 6d                                ..elem
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
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6c 6f 74 73                             ..slots
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
runtime.memhash64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash64+0
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
type:.namedata.*map[int]map[int]int- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 6d 61 70 5b 69 6e 74 5d 6d 61 70 5b 69  ..*map[int]map[i
	0x0010 6e 74 5d 69 6e 74                                nt]int
type:*map[int]map[int]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e4 3e aa ea 28 08 08 16 00 00 00 00 00 00 00 00  .>..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]map[int]int-+0
	rel 48+8 t=R_ADDR type:map[int]map[int]int+0
type:.namedata.*map.group[int]map[int]int- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 5d 6d 61 70 5b 69 6e 74 5d 69 6e 74              ]map[int]int
type:noalg.*map.group[int]map[int]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 91 5f 9c a7 20 08 08 16 00 00 00 00 00 00 00 00  ._.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]map[int]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[int]map[int]int+0
runtime.gcbits.5455010000000000 SRODATA dupok size=8 align=0x8
	0x0000 54 55 01 00 00 00 00 00                          TU......
type:.namedata.*[8]struct { key int; elem map[int]int }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .(*[8]struct { k
	0x0010 65 79 20 69 6e 74 3b 20 65 6c 65 6d 20 6d 61 70  ey int; elem map
	0x0020 5b 69 6e 74 5d 69 6e 74 20 7d                    [int]int }
type:noalg.*[8]struct { key int; elem map[int]int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 07 f7 65 30 20 08 08 16 00 00 00 00 00 00 00 00  ..e0 ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem map[int]int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key int; elem map[int]int }+0
runtime.gcbits.aaaa000000000000 SRODATA dupok size=8 align=0x8
	0x0000 aa aa 00 00 00 00 00 00                          ........
type:.namedata.*struct { key int; elem map[int]int }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .%*struct { key 
	0x0010 69 6e 74 3b 20 65 6c 65 6d 20 6d 61 70 5b 69 6e  int; elem map[in
	0x0020 74 5d 69 6e 74 20 7d                             t]int }
type:noalg.*struct { key int; elem map[int]int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 72 1c eb 66 20 08 08 16 00 00 00 00 00 00 00 00  r..f ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem map[int]int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem map[int]int }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:noalg.struct { key int; elem map[int]int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 62 64 90 c6 02 08 08 19 00 00 00 00 00 00 00 00  bd..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem map[int]int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key int; elem map[int]int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key int; elem map[int]int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:map[int]int+0
type:.namedata.*[]struct { key int; elem map[int]int }- SRODATA dupok size=41 align=0x1
	0x0000 00 27 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .'*[]struct { ke
	0x0010 79 20 69 6e 74 3b 20 65 6c 65 6d 20 6d 61 70 5b  y int; elem map[
	0x0020 69 6e 74 5d 69 6e 74 20 7d                       int]int }
type:*[]struct { key int; elem map[int]int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a0 ac be a2 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem map[int]int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key int; elem map[int]int }+0
type:[]struct { key int; elem map[int]int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7c 3c 01 5f 02 08 08 17 00 00 00 00 00 00 00 00  |<._............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem map[int]int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key int; elem map[int]int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem map[int]int }+0
type:noalg.[8]struct { key int; elem map[int]int } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 80 00 00 00 00 00 00 00  ................
	0x0010 97 7f 46 17 02 08 08 11 00 00 00 00 00 00 00 00  ..F.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.aaaa000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem map[int]int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key int; elem map[int]int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem map[int]int }+0
	rel 56+8 t=R_ADDR type:[]struct { key int; elem map[int]int }+0
type:noalg.map.group[int]map[int]int SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 88 00 00 00 00 00 00 00  ................
	0x0010 4f 33 f4 c4 02 08 08 19 00 00 00 00 00 00 00 00  O3..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.5455010000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]map[int]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[int]map[int]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[int]map[int]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key int; elem map[int]int }+0
type:map[int]map[int]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 21 5c 57 86 22 08 08 15 00 00 00 00 00 00 00 00  !\W."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]map[int]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[int]map[int]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:map[int]int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int]map[int]int+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
type:.namedata.*map[string]*main.Stats- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 6d 61 70 5b 73 74 72 69 6e 67 5d 2a 6d  ..*map[string]*m
	0x0010 61 69 6e 2e 53 74 61 74 73                       ain.Stats
type:*map[string]*main.Stats SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8b 60 2d bd 28 08 08 16 00 00 00 00 00 00 00 00  .`-.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]*main.Stats-+0
	rel 48+8 t=R_ADDR type:map[string]*main.Stats+0
type:.namedata.*main.Stats. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 53 74 61 74 73           ..*main.Stats
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.Count. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 6f 75 6e 74                             ..Count
type:.namedata.Sum. SRODATA dupok size=5 align=0x1
	0x0000 01 03 53 75 6d                                   ..Sum
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:main.Stats SRODATA size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 64 78 30 46 0f 08 08 19 00 00 00 00 00 00 00 00  dx0F............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Stats.+0
	rel 44+4 t=R_ADDROFF type:*main.Stats+0
	rel 56+8 t=R_ADDR type:main.Stats+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Count.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.Sum.+0
	rel 128+8 t=R_ADDR type:int+0
type:*main.Stats SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a2 8f 54 2c 28 08 08 16 00 00 00 00 00 00 00 00  ..T,(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Stats.+0
	rel 48+8 t=R_ADDR type:main.Stats+0
type:.namedata.*map.group[string]*main.Stats- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 6d 61 70 2e 67 72 6f 75 70 5b 73 74 72  ..*map.group[str
	0x0010 69 6e 67 5d 2a 6d 61 69 6e 2e 53 74 61 74 73     ing]*main.Stats
type:noalg.*map.group[string]*main.Stats SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ee aa a4 b7 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]*main.Stats-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[string]*main.Stats+0
runtime.gcbits.dab66d0100000000 SRODATA dupok size=8 align=0x8
	0x0000 da b6 6d 01 00 00 00 00                          ..m.....
type:.namedata.*[8]struct { key string; elem *main.Stats }- SRODATA dupok size=45 align=0x1
	0x0000 00 2b 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .+*[8]struct { k
	0x0010 65 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20  ey string; elem 
	0x0020 2a 6d 61 69 6e 2e 53 74 61 74 73 20 7d           *main.Stats }
type:noalg.*[8]struct { key string; elem *main.Stats } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 62 8e 42 61 20 08 08 16 00 00 00 00 00 00 00 00  b.Ba ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem *main.Stats }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key string; elem *main.Stats }+0
runtime.gcbits.6ddbb60000000000 SRODATA dupok size=8 align=0x8
	0x0000 6d db b6 00 00 00 00 00                          m.......
type:.namedata.*struct { key string; elem *main.Stats }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .(*struct { key 
	0x0010 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 2a 6d 61  string; elem *ma
	0x0020 69 6e 2e 53 74 61 74 73 20 7d                    in.Stats }
type:noalg.*struct { key string; elem *main.Stats } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e4 b9 25 33 20 08 08 16 00 00 00 00 00 00 00 00  ..%3 ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem *main.Stats }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem *main.Stats }+0
runtime.gcbits.0500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 05 00 00 00 00 00 00 00                          ........
type:noalg.struct { key string; elem *main.Stats } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0010 5f 6e 60 86 02 08 08 19 00 00 00 00 00 00 00 00  _n`.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0500000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem *main.Stats }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key string; elem *main.Stats }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key string; elem *main.Stats }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:string+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:*main.Stats+0
type:.namedata.*[]struct { key string; elem *main.Stats }- SRODATA dupok size=44 align=0x1
	0x0000 00 2a 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .**[]struct { ke
	0x0010 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 2a  y string; elem *
	0x0020 6d 61 69 6e 2e 53 74 61 74 73 20 7d              main.Stats }
type:*[]struct { key string; elem *main.Stats } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 84 1d 98 ae 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem *main.Stats }-+0
	rel 48+8 t=R_ADDR type:[]struct { key string; elem *main.Stats }+0
type:[]struct { key string; elem *main.Stats } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b0 ca 3d 96 02 08 08 17 00 00 00 00 00 00 00 00  ..=.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem *main.Stats }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key string; elem *main.Stats }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem *main.Stats }+0
type:noalg.[8]struct { key string; elem *main.Stats } SRODATA dupok size=72 align=0x8
	0x0000 c0 00 00 00 00 00 00 00 c0 00 00 00 00 00 00 00  ................
	0x0010 7b bf 3c 4f 02 08 08 11 00 00 00 00 00 00 00 00  {.<O............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.6ddbb60000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem *main.Stats }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key string; elem *main.Stats }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem *main.Stats }+0
	rel 56+8 t=R_ADDR type:[]struct { key string; elem *main.Stats }+0
type:noalg.map.group[string]*main.Stats SRODATA dupok size=128 align=0x8
	0x0000 c8 00 00 00 00 00 00 00 c8 00 00 00 00 00 00 00  ................
	0x0010 6c 17 75 93 02 08 08 19 00 00 00 00 00 00 00 00  l.u.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.dab66d0100000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]*main.Stats-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[string]*main.Stats+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[string]*main.Stats+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key string; elem *main.Stats }+0
runtime.strhash·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strhash+0
type:map[string]*main.Stats SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 92 96 50 95 22 08 08 15 00 00 00 00 00 00 00 00  ..P."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 c8 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0070 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0080 01 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]*main.Stats-+0
	rel 44+4 t=RelocType(-32763) type:*map[string]*main.Stats+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:*main.Stats+0
	rel 64+8 t=R_ADDR type:noalg.map.group[string]*main.Stats+0
	rel 72+8 t=R_ADDR runtime.strhash·f+0
type:.namedata.*map[string][]int- SRODATA dupok size=19 align=0x1
	0x0000 00 11 2a 6d 61 70 5b 73 74 72 69 6e 67 5d 5b 5d  ..*map[string][]
	0x0010 69 6e 74                                         int
type:*map[string][]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fc 97 21 97 28 08 08 16 00 00 00 00 00 00 00 00  ..!.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string][]int-+0
	rel 48+8 t=R_ADDR type:map[string][]int+0
type:.namedata.*map.group[string][]int- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 6d 61 70 2e 67 72 6f 75 70 5b 73 74 72  ..*map.group[str
	0x0010 69 6e 67 5d 5b 5d 69 6e 74                       ing][]int
type:noalg.*map.group[string][]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 08 20 94 c9 20 08 08 16 00 00 00 00 00 00 00 00  . .. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string][]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[string][]int+0
runtime.gcbits.4a29a59452000000 SRODATA dupok size=8 align=0x8
	0x0000 4a 29 a5 94 52 00 00 00                          J)..R...
type:.namedata.*[8]struct { key string; elem []int }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .%*[8]struct { k
	0x0010 65 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20  ey string; elem 
	0x0020 5b 5d 69 6e 74 20 7d                             []int }
type:noalg.*[8]struct { key string; elem []int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3e 7a 6a de 20 08 08 16 00 00 00 00 00 00 00 00  >zj. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem []int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key string; elem []int }+0
runtime.gcbits.a594524a29000000 SRODATA dupok size=8 align=0x8
	0x0000 a5 94 52 4a 29 00 00 00                          ..RJ)...
type:.namedata.*struct { key string; elem []int }- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  ."*struct { key 
	0x0010 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 5b 5d 69  string; elem []i
	0x0020 6e 74 20 7d                                      nt }
type:noalg.*struct { key string; elem []int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b2 7a 65 ff 20 08 08 16 00 00 00 00 00 00 00 00  .ze. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem []int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem []int }+0
type:noalg.struct { key string; elem []int } SRODATA dupok size=128 align=0x8
	0x0000 28 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  (...............
	0x0010 2c ce 91 06 02 08 08 19 00 00 00 00 00 00 00 00  ,...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0500000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem []int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key string; elem []int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key string; elem []int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:string+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:[]int+0
type:.namedata.*[]struct { key string; elem []int }- SRODATA dupok size=38 align=0x1
	0x0000 00 24 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .$*[]struct { ke
	0x0010 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 5b  y string; elem [
	0x0020 5d 69 6e 74 20 7d                                ]int }
type:*[]struct { key string; elem []int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 60 0a e9 aa 28 08 08 16 00 00 00 00 00 00 00 00  `...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem []int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key string; elem []int }+0
type:[]struct { key string; elem []int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e9 a9 3c 66 02 08 08 17 00 00 00 00 00 00 00 00  ..<f............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem []int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key string; elem []int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem []int }+0
type:noalg.[8]struct { key string; elem []int } SRODATA dupok size=72 align=0x8
	0x0000 40 01 00 00 00 00 00 00 30 01 00 00 00 00 00 00  @.......0.......
	0x0010 9d 39 40 57 02 08 08 11 00 00 00 00 00 00 00 00  .9@W............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.a594524a29000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem []int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key string; elem []int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem []int }+0
	rel 56+8 t=R_ADDR type:[]struct { key string; elem []int }+0
type:noalg.map.group[string][]int SRODATA dupok size=128 align=0x8
	0x0000 48 01 00 00 00 00 00 00 38 01 00 00 00 00 00 00  H.......8.......
	0x0010 1c c5 73 45 02 08 08 19 00 00 00 00 00 00 00 00  ..sE............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.4a29a59452000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string][]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[string][]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[string][]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key string; elem []int }+0
type:map[string][]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a5 05 35 51 22 08 08 15 00 00 00 00 00 00 00 00  ..5Q"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 48 01 00 00 00 00 00 00 08 00 00 00 00 00 00 00  H...............
	0x0060 28 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  (...............
	0x0070 28 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  (...............
	0x0080 01 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string][]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[string][]int+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:[]int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[string][]int+0
	rel 72+8 t=R_ADDR runtime.strhash·f+0
type:.namedata.*map[string]func(int) int- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 6d 61 70 5b 73 74 72 69 6e 67 5d 66 75  ..*map[string]fu
	0x0010 6e 63 28 69 6e 74 29 20 69 6e 74                 nc(int) int
type:*map[string]func(int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f5 82 5e ca 28 08 08 16 00 00 00 00 00 00 00 00  ..^.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]func(int) int-+0
	rel 48+8 t=R_ADDR type:map[string]func(int) int+0
type:.namedata.*func(int) int- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 66 75 6e 63 28 69 6e 74 29 20 69 6e 74  ..*func(int) int
type:*func(int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4f 01 6b 7d 28 08 08 16 00 00 00 00 00 00 00 00  O.k}(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) int-+0
	rel 48+8 t=R_ADDR type:func(int) int+0
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
type:.namedata.*map.group[string]func(int) int- SRODATA dupok size=33 align=0x1
	0x0000 00 1f 2a 6d 61 70 2e 67 72 6f 75 70 5b 73 74 72  ..*map.group[str
	0x0010 69 6e 67 5d 66 75 6e 63 28 69 6e 74 29 20 69 6e  ing]func(int) in
	0x0020 74                                               t
type:noalg.*map.group[string]func(int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f1 a9 97 06 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]func(int) int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[string]func(int) int+0
type:.namedata.*[8]struct { key string; elem func(int) int }- SRODATA dupok size=47 align=0x1
	0x0000 00 2d 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .-*[8]struct { k
	0x0010 65 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20  ey string; elem 
	0x0020 66 75 6e 63 28 69 6e 74 29 20 69 6e 74 20 7d     func(int) int }
type:noalg.*[8]struct { key string; elem func(int) int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f1 7d 90 7c 20 08 08 16 00 00 00 00 00 00 00 00  .}.| ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem func(int) int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key string; elem func(int) int }+0
type:.namedata.*struct { key string; elem func(int) int }- SRODATA dupok size=44 align=0x1
	0x0000 00 2a 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .**struct { key 
	0x0010 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 66 75 6e  string; elem fun
	0x0020 63 28 69 6e 74 29 20 69 6e 74 20 7d              c(int) int }
type:noalg.*struct { key string; elem func(int) int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 02 d9 42 1c 20 08 08 16 00 00 00 00 00 00 00 00  ..B. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem func(int) int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem func(int) int }+0
type:noalg.struct { key string; elem func(int) int } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0010 3a 03 b7 0b 02 08 08 19 00 00 00 00 00 00 00 00  :...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0500000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem func(int) int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key string; elem func(int) int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key string; elem func(int) int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:string+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:func(int) int+0
type:.namedata.*[]struct { key string; elem func(int) int }- SRODATA dupok size=46 align=0x1
	0x0000 00 2c 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .,*[]struct { ke
	0x0010 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 66  y string; elem f
	0x0020 75 6e 63 28 69 6e 74 29 20 69 6e 74 20 7d        unc(int) int }
type:*[]struct { key string; elem func(int) int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5d 07 d3 05 28 08 08 16 00 00 00 00 00 00 00 00  ]...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem func(int) int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key string; elem func(int) int }+0
type:[]struct { key string; elem func(int) int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 69 ea 51 06 02 08 08 17 00 00 00 00 00 00 00 00  i.Q.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem func(int) int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key string; elem func(int) int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem func(int) int }+0
type:noalg.[8]struct { key string; elem func(int) int } SRODATA dupok size=72 align=0x8
	0x0000 c0 00 00 00 00 00 00 00 c0 00 00 00 00 00 00 00  ................
	0x0010 04 f1 a8 9d 02 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.6ddbb60000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem func(int) int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key string; elem func(int) int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem func(int) int }+0
	rel 56+8 t=R_ADDR type:[]struct { key string; elem func(int) int }+0
type:noalg.map.group[string]func(int) int SRODATA dupok size=128 align=0x8
	0x0000 c8 00 00 00 00 00 00 00 c8 00 00 00 00 00 00 00  ................
	0x0010 5d dc 26 2c 02 08 08 19 00 00 00 00 00 00 00 00  ].&,............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.dab66d0100000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]func(int) int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[string]func(int) int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[string]func(int) int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key string; elem func(int) int }+0
type:map[string]func(int) int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e9 fe cd 4a 22 08 08 15 00 00 00 00 00 00 00 00  ...J"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 c8 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0070 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0080 01 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]func(int) int-+0
	rel 44+4 t=RelocType(-32763) type:*map[string]func(int) int+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:func(int) int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[string]func(int) int+0
	rel 72+8 t=R_ADDR runtime.strhash·f+0
type:.namedata.*map[string]main.Stats- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 6d 61 70 5b 73 74 72 69 6e 67 5d 6d 61  ..*map[string]ma
	0x0010 69 6e 2e 53 74 61 74 73                          in.Stats
type:*map[string]main.Stats SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 38 7e 82 3c 28 08 08 16 00 00 00 00 00 00 00 00  8~.<(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]main.Stats-+0
	rel 48+8 t=R_ADDR type:map[string]main.Stats+0
type:.namedata.*map.group[string]main.Stats- SRODATA dupok size=30 align=0x1
	0x0000 00 1c 2a 6d 61 70 2e 67 72 6f 75 70 5b 73 74 72  ..*map.group[str
	0x0010 69 6e 67 5d 6d 61 69 6e 2e 53 74 61 74 73        ing]main.Stats
type:noalg.*map.group[string]main.Stats SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ab bf ad c3 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]main.Stats-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[string]main.Stats+0
runtime.gcbits.2222222200000000 SRODATA dupok size=8 align=0x8
	0x0000 22 22 22 22 00 00 00 00                          """"....
type:.namedata.*[8]struct { key string; elem main.Stats }- SRODATA dupok size=44 align=0x1
	0x0000 00 2a 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .**[8]struct { k
	0x0010 65 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20  ey string; elem 
	0x0020 6d 61 69 6e 2e 53 74 61 74 73 20 7d              main.Stats }
type:noalg.*[8]struct { key string; elem main.Stats } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f2 4e 84 e6 20 08 08 16 00 00 00 00 00 00 00 00  .N.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem main.Stats }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key string; elem main.Stats }+0
runtime.gcbits.1111111100000000 SRODATA dupok size=8 align=0x8
	0x0000 11 11 11 11 00 00 00 00                          ........
type:.namedata.*struct { key string; elem main.Stats }- SRODATA dupok size=41 align=0x1
	0x0000 00 27 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .'*struct { key 
	0x0010 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 6d 61 69  string; elem mai
	0x0020 6e 2e 53 74 61 74 73 20 7d                       n.Stats }
type:noalg.*struct { key string; elem main.Stats } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 46 d9 b4 86 20 08 08 16 00 00 00 00 00 00 00 00  F... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem main.Stats }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem main.Stats }+0
type:noalg.struct { key string; elem main.Stats } SRODATA dupok size=128 align=0x8
	0x0000 20 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00   ...............
	0x0010 4d 47 1b 2d 02 08 08 19 00 00 00 00 00 00 00 00  MG.-............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem main.Stats }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key string; elem main.Stats }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key string; elem main.Stats }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:string+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:main.Stats+0
type:.namedata.*[]struct { key string; elem main.Stats }- SRODATA dupok size=43 align=0x1
	0x0000 00 29 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .)*[]struct { ke
	0x0010 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 6d  y string; elem m
	0x0020 61 69 6e 2e 53 74 61 74 73 20 7d                 ain.Stats }
type:*[]struct { key string; elem main.Stats } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 86 f9 a0 42 28 08 08 16 00 00 00 00 00 00 00 00  ...B(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem main.Stats }-+0
	rel 48+8 t=R_ADDR type:[]struct { key string; elem main.Stats }+0
type:[]struct { key string; elem main.Stats } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 33 20 9a 68 02 08 08 17 00 00 00 00 00 00 00 00  3 .h............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem main.Stats }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key string; elem main.Stats }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem main.Stats }+0
type:noalg.[8]struct { key string; elem main.Stats } SRODATA dupok size=72 align=0x8
	0x0000 00 01 00 00 00 00 00 00 e8 00 00 00 00 00 00 00  ................
	0x0010 3b d2 1b 7b 02 08 08 11 00 00 00 00 00 00 00 00  ;..{............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.1111111100000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem main.Stats }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key string; elem main.Stats }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem main.Stats }+0
	rel 56+8 t=R_ADDR type:[]struct { key string; elem main.Stats }+0
type:noalg.map.group[string]main.Stats SRODATA dupok size=128 align=0x8
	0x0000 08 01 00 00 00 00 00 00 f0 00 00 00 00 00 00 00  ................
	0x0010 d5 27 fe 2b 02 08 08 19 00 00 00 00 00 00 00 00  .'.+............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.2222222200000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]main.Stats-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[string]main.Stats+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[string]main.Stats+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key string; elem main.Stats }+0
type:map[string]main.Stats SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9d e9 d0 ea 22 08 08 15 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 08 01 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0070 20 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00   ...............
	0x0080 01 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]main.Stats-+0
	rel 44+4 t=RelocType(-32763) type:*map[string]main.Stats+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:main.Stats+0
	rel 64+8 t=R_ADDR type:noalg.map.group[string]main.Stats+0
	rel 72+8 t=R_ADDR runtime.strhash·f+0
go:string."odd" SRODATA dupok size=3 align=0x1
	0x0000 6f 64 64                                         odd
go:string."even" SRODATA dupok size=4 align=0x1
	0x0000 65 76 65 6e                                      even
go:string."none" SRODATA dupok size=4 align=0x1
	0x0000 6e 6f 6e 65                                      none
go:string."small" SRODATA dupok size=5 align=0x1
	0x0000 73 6d 61 6c 6c                                   small
go:string."large" SRODATA dupok size=5 align=0x1
	0x0000 6c 61 72 67 65                                   large
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."double" SRODATA dupok size=6 align=0x1
	0x0000 64 6f 75 62 6c 65                                double
go:string."square" SRODATA dupok size=6 align=0x1
	0x0000 73 71 75 61 72 65                                square
go:string."missing" SRODATA dupok size=7 align=0x1
	0x0000 6d 69 73 73 69 6e 67                             missing
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
main.main.func1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func1+0
main.main.func2·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func2+0
gclocals·oNG3nr3vlhmleRajv8JktQ== SRODATA dupok size=8 align=0x4
	0x0000 0b 00 00 00 00 00 00 00                          ........
gclocals·lUOxO4Yd1z0vFvEiAk7n0w== SRODATA dupok size=250 align=0x4
	0x0000 0b 00 00 00 b0 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 04 04 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00  ................
	0x0060 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 08  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 10 00 00 00 00 00 00 00 00 00 01 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00  ......... ......
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 20  ............... 
	0x00c0 00 00 00 00 00 00 00 00 00 00 00 00 00 80 00 00  ................
	0x00d0 00 00 00 00 00 20 00 00 00 00 00 00 00 00 00 00  ..... ..........
	0x00e0 00 00 00 40 00 00 00 40 00 00 00 00 00 00 00 00  ...@...@........
	0x00f0 00 00 00 00 00 00 00 00 00 00                    ..........
main.main.stkobj SRODATA static size=168 align=0x8
	0x0000 0a 00 00 00 00 00 00 00 98 fa ff ff c8 00 00 00  ................
	0x0010 c8 00 00 00 00 00 00 00 60 fb ff ff 30 00 00 00  ........`...0...
	0x0020 18 00 00 00 00 00 00 00 90 fb ff ff c8 00 00 00  ................
	0x0030 c8 00 00 00 00 00 00 00 58 fc ff ff 30 00 00 00  ........X...0...
	0x0040 18 00 00 00 00 00 00 00 88 fc ff ff 08 01 00 00  ................
	0x0050 f0 00 00 00 00 00 00 00 90 fd ff ff 30 00 00 00  ............0...
	0x0060 18 00 00 00 00 00 00 00 c0 fd ff ff 88 00 00 00  ................
	0x0070 88 00 00 00 00 00 00 00 48 fe ff ff 30 00 00 00  ........H...0...
	0x0080 18 00 00 00 00 00 00 00 78 fe ff ff 48 01 00 00  ........x...H...
	0x0090 38 01 00 00 00 00 00 00 c0 ff ff ff 30 00 00 00  8...........0...
	0x00a0 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.dab66d0100000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.dab66d0100000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 84+4 t=R_ADDROFF runtime.gcbits.2222222200000000+0
	rel 100+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 116+4 t=R_ADDROFF runtime.gcbits.5455010000000000+0
	rel 132+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 148+4 t=R_ADDROFF runtime.gcbits.4a29a59452000000+0
	rel 164+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.main.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func2.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func2.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
