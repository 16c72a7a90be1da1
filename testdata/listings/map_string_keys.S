funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (map_string_keys.go:35)	TEXT	main.main(SB), ABIInternal, $928-0
     0        00000 (map_string_keys.go:35)	TEXT	main.main(SB), ABIInternal, $928-0
     0     -1 00000 (map_string_keys.go:35)	LEAQ	-800(SP), R12
     8        00008 (map_string_keys.go:35)	CMPQ	R12, 16(R14)
     c        00012 (map_string_keys.go:35)	PCDATA	$0, $-2
     c        00012 (map_string_keys.go:35)	JLS	2352
    12        00018 (map_string_keys.go:35)	PCDATA	$0, $-1
    12        00018 (map_string_keys.go:35)	PUSHQ	BP
    13        00019 (map_string_keys.go:35)	MOVQ	SP, BP
    16        00022 (map_string_keys.go:35)	SUBQ	$920, SP
    1d        00029 (map_string_keys.go:35)	FUNCDATA	$0, gclocals·oNG3nr3vlhmleRajv8JktQ==(SB)
    1d        00029 (map_string_keys.go:35)	FUNCDATA	$1, gclocals·vc3K+z9Y+cVCDYmL6NXgvw==(SB)
    1d        00029 (map_string_keys.go:35)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (map_string_keys.go:37)	LEAQ	main..autotmp_31+776(SP), AX
    25        00037 (map_string_keys.go:37)	MOVUPS	X15, (AX)
    29        00041 (map_string_keys.go:37)	MOVUPS	X15, 16(AX)
    2e        00046 (map_string_keys.go:37)	MOVUPS	X15, 32(AX)
    33        00051 (map_string_keys.go:37)	LEAQ	main..autotmp_32+576(SP), AX
    3b        00059 (map_string_keys.go:37)	MOVL	$3, CX
    40        00064 (map_string_keys.go:37)	MOVUPS	X15, (AX)
    44        00068 (map_string_keys.go:37)	MOVUPS	X15, 16(AX)
    49        00073 (map_string_keys.go:37)	MOVUPS	X15, 32(AX)
    4e        00078 (map_string_keys.go:37)	MOVUPS	X15, 48(AX)
    53        00083 (map_string_keys.go:37)	ADDQ	$64, AX
    57        00087 (map_string_keys.go:37)	DECL	CX
    59        00089 (map_string_keys.go:37)	JNE	64
    5b        00091 (map_string_keys.go:37)	MOVUPS	X15, -8(AX)
    60        00096 (map_string_keys.go:37)	MOVQ	$-9187201950435737472, AX
    6a        00106 (map_string_keys.go:37)	MOVQ	AX, main..autotmp_32+576(SP)
    72        00114 (map_string_keys.go:37)	LEAQ	main..autotmp_32+576(SP), AX
    7a        00122 (map_string_keys.go:37)	MOVQ	AX, main..autotmp_31+792(SP)
    82        00130 (map_string_keys.go:37)	PCDATA	$1, $1
    82        00130 (map_string_keys.go:37)	CALL	runtime.rand(SB)
    87        00135 (map_string_keys.go:37)	MOVQ	AX, main..autotmp_31+784(SP)
    8f        00143 (<unknown line number>)	NOP
    8f      0 00143 (map_string_keys.go:38)	XORL	AX, AX
    91        00145 (map_string_keys.go:38)	MOVQ	$-1, CX
    98        00152 (map_string_keys.go:38)	XORL	DX, DX
    9a        00154 (map_string_keys.go:38)	XORL	BX, BX
    9c        00156 (map_string_keys.go:38)	XORL	SI, SI
    9e        00158 (map_string_keys.go:38)	XORL	DI, DI
    a0        00160 (map_string_keys.go:38)	JMP	169
    a2        00162 (map_string_keys.go:38)	LEAQ	1(R9), AX
    a6        00166 (map_string_keys.go:38)	MOVQ	R8, SI
    a9        00169 (map_string_keys.go:38)	CMPQ	AX, $44
    ad        00173 (map_string_keys.go:38)	JGT	486
    b3        00179 (map_string_keys.go:38)	JEQ	203
    b5        00181 (map_string_keys.go:38)	LEAQ	go:string."the cat and the dog and the bird saw the cat"(SB), R8
    bc        00188 (map_string_keys.go:38)	MOVBLZX	(R8)(AX*1), R8
    c1        00193 (map_string_keys.go:38)	CMPB	R8B, $32
    c5        00197 (map_string_keys.go:38)	JNE	468
    cb        00203 (map_string_keys.go:38)	TESTQ	CX, CX
    ce        00206 (map_string_keys.go:38)	JLT	457
    d4        00212 (map_string_keys.go:38)	CMPQ	CX, AX
    d7        00215 (map_string_keys.go:38)	JHI	2346
    dd        00221 (map_string_keys.go:38)	LEAQ	1(SI), R8
    e1        00225 (map_string_keys.go:38)	MOVQ	AX, R9
    e4        00228 (map_string_keys.go:38)	SUBQ	CX, AX
    e7        00231 (map_string_keys.go:38)	MOVQ	AX, R10
    ea        00234 (map_string_keys.go:38)	NEGQ	AX
    ed        00237 (map_string_keys.go:38)	SARQ	$63, AX
    f1        00241 (map_string_keys.go:38)	ANDQ	AX, CX
    f4        00244 (map_string_keys.go:38)	LEAQ	go:string."the cat and the dog and the bird saw the cat"(SB), R11
    fb        00251 (map_string_keys.go:38)	ADDQ	CX, R11
    fe        00254 (map_string_keys.go:38)	NOP
   100        00256 (map_string_keys.go:38)	CMPQ	DI, R8
   103        00259 (map_string_keys.go:38)	JCC	401
   109        00265 (map_string_keys.go:38)	MOVQ	R9, main..autotmp_88+168(SP)
   111        00273 (map_string_keys.go:38)	MOVQ	R10, main..autotmp_89+160(SP)
   119        00281 (map_string_keys.go:38)	MOVQ	R11, main..autotmp_90+224(SP)
   121        00289 (map_string_keys.go:38)	MOVB	DL, main..autotmp_91+71(SP)
   125        00293 (map_string_keys.go:38)	CMPQ	R8, $2
   129        00297 (map_string_keys.go:38)	JGT	337
   12b        00299 (map_string_keys.go:38)	TESTB	DL, DL
   12d        00301 (map_string_keys.go:38)	JNE	337
   12f        00303 (map_string_keys.go:38)	TESTQ	SI, SI
   132        00306 (map_string_keys.go:38)	JNE	337
   134        00308 (map_string_keys.go:38)	LEAQ	main..autotmp_64+264(SP), BX
   13c        00316 (map_string_keys.go:38)	MOVUPS	X15, (BX)
   140        00320 (map_string_keys.go:38)	MOVUPS	X15, 16(BX)
   145        00325 (map_string_keys.go:38)	MOVL	$2, DI
   14a        00330 (map_string_keys.go:38)	MOVL	$1, DX
   14f        00335 (map_string_keys.go:38)	JMP	401
   151        00337 (map_string_keys.go:38)	MOVQ	BX, AX
   154        00340 (map_string_keys.go:38)	MOVQ	R8, BX
   157        00343 (map_string_keys.go:38)	MOVQ	DI, CX
   15a        00346 (map_string_keys.go:38)	MOVL	$1, DI
   15f        00351 (map_string_keys.go:38)	LEAQ	type:string(SB), SI
   166        00358 (map_string_keys.go:38)	PCDATA	$1, $2
   166        00358 (map_string_keys.go:38)	CALL	runtime.growslice(SB)
   16b        00363 (map_string_keys.go:38)	MOVQ	main..autotmp_88+168(SP), R9
   173        00371 (map_string_keys.go:38)	MOVQ	main..autotmp_89+160(SP), R10
   17b        00379 (map_string_keys.go:38)	MOVQ	main..autotmp_90+224(SP), R11
   183        00387 (map_string_keys.go:38)	MOVQ	BX, R8
   186        00390 (map_string_keys.go:38)	MOVQ	AX, BX
   189        00393 (map_string_keys.go:38)	MOVQ	CX, DI
   18c        00396 (map_string_keys.go:38)	MOVBLZX	main..autotmp_91+71(SP), DX
   191        00401 (map_string_keys.go:38)	LEAQ	-1(R8), CX
   195        00405 (map_string_keys.go:38)	SHLQ	$4, CX
   199        00409 (map_string_keys.go:38)	MOVQ	R10, 8(BX)(CX*1)
   19e        00414 (map_string_keys.go:38)	CMPL	runtime.writeBarrier(SB), $0
   1a5        00421 (map_string_keys.go:38)	PCDATA	$0, $-2
   1a5        00421 (map_string_keys.go:38)	JEQ	441
   1a7        00423 (map_string_keys.go:38)	MOVQ	(CX)(BX*1), R10
   1ab        00427 (map_string_keys.go:38)	MOVQ	R11, AX
   1ae        00430 (map_string_keys.go:38)	CALL	runtime.gcWriteBarrier1(SB)
   1b3        00435 (map_string_keys.go:38)	MOVQ	R10, (R11)
   1b6        00438 (map_string_keys.go:38)	MOVQ	AX, R11
   1b9        00441 (map_string_keys.go:38)	MOVQ	R11, (BX)(CX*1)
   1bd        00445 (map_string_keys.go:38)	PCDATA	$0, $-1
   1bd        00445 (map_string_keys.go:38)	MOVQ	$-1, CX
   1c4        00452 (map_string_keys.go:38)	JMP	162
   1c9        00457 (map_string_keys.go:38)	MOVQ	AX, R9
   1cc     -1 00460 (<unknown line number>)	MOVQ	SI, R8
   1cf      0 00463 (map_string_keys.go:38)	JMP	162
   1d4        00468 (map_string_keys.go:38)	TESTQ	CX, CX
   1d7        00471 (map_string_keys.go:38)	CMOVQLT	AX, CX
   1db        00475 (map_string_keys.go:38)	MOVQ	AX, R9
   1de     -1 00478 (<unknown line number>)	MOVQ	SI, R8
   1e1      0 00481 (map_string_keys.go:38)	JMP	162
   1e6     -1 00486 (map_string_keys.go:38)	LEAQ	+936(FP), DX
   1ee        00494 (map_string_keys.go:38)	SUBQ	SP, DX
   1f1        00497 (map_string_keys.go:38)	MOVQ	BX, R8
   1f4        00500 (map_string_keys.go:38)	SUBQ	SP, R8
   1f7        00503 (map_string_keys.go:38)	CMPQ	R8, DX
   1fa        00506 (map_string_keys.go:38)	JCC	532
   1fc        00508 (map_string_keys.go:38)	LEAQ	type:string(SB), AX
   203        00515 (map_string_keys.go:38)	MOVQ	SI, CX
   206        00518 (map_string_keys.go:38)	PCDATA	$1, $1
   206        00518 (map_string_keys.go:38)	CALL	runtime.moveSliceNoCap(SB)
   20b        00523 (map_string_keys.go:38)	MOVQ	BX, SI
   20e        00526 (map_string_keys.go:38)	MOVQ	CX, DI
   211        00529 (map_string_keys.go:38)	MOVQ	AX, BX
   214        00532 (map_string_keys.go:38)	LEAQ	main..autotmp_31+776(SP), AX
   21c        00540 (map_string_keys.go:38)	MOVQ	SI, CX
   21f        00543 (map_string_keys.go:38)	NOP
   220        00544 (map_string_keys.go:38)	CALL	main.addAll(SB)
   225        00549 (map_string_keys.go:39)	MOVQ	main..autotmp_31+776(SP), CX
   22d        00557 (map_string_keys.go:39)	MOVQ	CX, main..autotmp_92+152(SP)
   235        00565 (map_string_keys.go:39)	CMPQ	CX, $2
   239        00569 (map_string_keys.go:39)	JHI	598
   23b        00571 (map_string_keys.go:39)	LEAQ	main..autotmp_39+544(SP), DX
   243        00579 (map_string_keys.go:39)	MOVUPS	X15, (DX)
   247        00583 (map_string_keys.go:39)	MOVUPS	X15, 16(DX)
   24c        00588 (map_string_keys.go:39)	LEAQ	main..autotmp_39+544(SP), AX
   254        00596 (map_string_keys.go:39)	JMP	613
   256        00598 (map_string_keys.go:39)	LEAQ	type:string(SB), AX
   25d        00605 (map_string_keys.go:39)	XORL	BX, BX
   25f        00607 (map_string_keys.go:39)	NOP
   260        00608 (map_string_keys.go:39)	CALL	runtime.makeslice(SB)
   265        00613 (map_string_keys.go:40)	MOVQ	AX, main.keys.ptr+184(SP)
   26d        00621 (map_string_keys.go:40)	LEAQ	main..autotmp_29+824(SP), CX
   275        00629 (map_string_keys.go:40)	MOVUPS	X15, (CX)
   279        00633 (map_string_keys.go:40)	MOVUPS	X15, 16(CX)
   27e        00638 (map_string_keys.go:40)	MOVUPS	X15, 32(CX)
   283        00643 (map_string_keys.go:40)	MOVUPS	X15, 48(CX)
   288        00648 (map_string_keys.go:40)	MOVUPS	X15, 64(CX)
   28d        00653 (map_string_keys.go:40)	MOVUPS	X15, 80(CX)
   292        00658 (map_string_keys.go:40)	LEAQ	type:map[string]int(SB), AX
   299        00665 (map_string_keys.go:40)	LEAQ	main..autotmp_31+776(SP), BX
   2a1        00673 (map_string_keys.go:40)	PCDATA	$1, $3
   2a1        00673 (map_string_keys.go:40)	CALL	runtime.mapIterStart(SB)
   2a6        00678 (map_string_keys.go:40)	XORL	AX, AX
   2a8        00680 (map_string_keys.go:40)	MOVQ	main.keys.ptr+184(SP), CX
   2b0        00688 (map_string_keys.go:40)	XORL	DX, DX
   2b2        00690 (map_string_keys.go:40)	MOVQ	main..autotmp_92+152(SP), BX
   2ba        00698 (map_string_keys.go:40)	JMP	748
   2bc        00700 (map_string_keys.go:41)	PCDATA	$0, $-2
   2bc        00700 (map_string_keys.go:41)	MOVQ	CX, main.keys.ptr+184(SP)
   2c4        00708 (map_string_keys.go:41)	MOVQ	R10, (CX)(DX*1)
   2c8        00712 (map_string_keys.go:40)	PCDATA	$0, $-1
   2c8        00712 (map_string_keys.go:40)	LEAQ	main..autotmp_29+824(SP), AX
   2d0        00720 (map_string_keys.go:40)	CALL	runtime.mapIterNext(SB)
   2d5        00725 (map_string_keys.go:40)	MOVBLZX	main..autotmp_91+71(SP), AX
   2da        00730 (map_string_keys.go:40)	MOVQ	main.keys.ptr+184(SP), CX
   2e2        00738 (map_string_keys.go:40)	MOVQ	main.keys.len+88(SP), DX
   2e7        00743 (map_string_keys.go:40)	MOVQ	main.keys.cap+96(SP), BX
   2ec        00748 (map_string_keys.go:40)	MOVQ	main..autotmp_29+824(SP), R8
   2f4        00756 (map_string_keys.go:40)	TESTQ	R8, R8
   2f7        00759 (map_string_keys.go:40)	JEQ	958
   2fd        00765 (map_string_keys.go:41)	LEAQ	1(DX), R9
   301        00769 (map_string_keys.go:40)	MOVQ	(R8), R10
   304        00772 (map_string_keys.go:40)	MOVQ	8(R8), R8
   308        00776 (map_string_keys.go:41)	CMPQ	BX, R9
   30b        00779 (map_string_keys.go:41)	JCC	897
   30d        00781 (map_string_keys.go:40)	MOVQ	R10, main.k.ptr+200(SP)
   315        00789 (map_string_keys.go:40)	MOVQ	R8, main.k.len+112(SP)
   31a        00794 (map_string_keys.go:40)	MOVB	AL, main..autotmp_93+70(SP)
   31e        00798 (map_string_keys.go:40)	NOP
   320        00800 (map_string_keys.go:41)	CMPQ	R9, $2
   324        00804 (map_string_keys.go:41)	JGT	844
   326        00806 (map_string_keys.go:40)	TESTB	AL, AL
   328        00808 (map_string_keys.go:41)	JNE	844
   32a        00810 (map_string_keys.go:41)	TESTQ	DX, DX
   32d        00813 (map_string_keys.go:41)	JNE	844
   32f        00815 (map_string_keys.go:41)	LEAQ	main..autotmp_68+232(SP), CX
   337        00823 (map_string_keys.go:41)	MOVUPS	X15, (CX)
   33b        00827 (map_string_keys.go:41)	MOVUPS	X15, 16(CX)
   340        00832 (map_string_keys.go:41)	MOVL	$2, BX
   345        00837 (map_string_keys.go:41)	MOVL	$1, AX
   34a        00842 (map_string_keys.go:41)	JMP	897
   34c        00844 (map_string_keys.go:41)	MOVQ	CX, AX
   34f        00847 (map_string_keys.go:41)	MOVQ	BX, CX
   352        00850 (map_string_keys.go:41)	MOVL	$1, DI
   357        00855 (map_string_keys.go:41)	LEAQ	type:string(SB), SI
   35e        00862 (map_string_keys.go:41)	MOVQ	R9, BX
   361        00865 (map_string_keys.go:41)	PCDATA	$1, $4
   361        00865 (map_string_keys.go:41)	CALL	runtime.growslice(SB)
   366        00870 (map_string_keys.go:41)	MOVQ	main.k.len+112(SP), R8
   36b        00875 (map_string_keys.go:41)	MOVQ	main.k.ptr+200(SP), R10
   373        00883 (map_string_keys.go:41)	MOVQ	BX, R9
   376        00886 (map_string_keys.go:41)	MOVQ	CX, BX
   379        00889 (map_string_keys.go:41)	MOVQ	AX, CX
   37c        00892 (map_string_keys.go:41)	MOVBLZX	main..autotmp_93+70(SP), AX
   381        00897 (map_string_keys.go:41)	MOVQ	R9, main.keys.len+88(SP)
   386        00902 (map_string_keys.go:41)	MOVQ	BX, main.keys.cap+96(SP)
   38b        00907 (map_string_keys.go:41)	MOVB	AL, main..autotmp_91+71(SP)
   38f        00911 (map_string_keys.go:41)	LEAQ	-1(R9), DX
   393        00915 (map_string_keys.go:41)	SHLQ	$4, DX
   397        00919 (map_string_keys.go:41)	MOVQ	R8, 8(CX)(DX*1)
   39c        00924 (map_string_keys.go:41)	CMPL	runtime.writeBarrier(SB), $0
   3a3        00931 (map_string_keys.go:41)	PCDATA	$0, $-2
   3a3        00931 (map_string_keys.go:41)	JEQ	700
   3a9        00937 (map_string_keys.go:41)	MOVQ	(DX)(CX*1), SI
   3ad        00941 (map_string_keys.go:41)	CALL	runtime.gcWriteBarrier2(SB)
   3b2        00946 (map_string_keys.go:41)	MOVQ	R10, (R11)
   3b5        00949 (map_string_keys.go:41)	MOVQ	SI, 8(R11)
   3b9        00953 (map_string_keys.go:41)	JMP	700
   3be        00958 (map_string_keys.go:40)	PCDATA	$0, $-1
   3be        00958 (map_string_keys.go:40)	MOVQ	DX, main.keys.len+88(SP)
   3c3        00963 (map_string_keys.go:40)	MOVQ	CX, main..autotmp_94+216(SP)
   3cb        00971 (map_string_keys.go:43)	XCHGL	AX, AX
   3cc      1 00972 (map_string_keys.go:43)	MOVL	$1, SI
   3d1        00977 (map_string_keys.go:43)	JMP	992
   3d3        00979 (map_string_keys.go:43)	LEAQ	1(AX), SI
   3d7        00983 (map_string_keys.go:43)	NOP
   3e0        00992 (map_string_keys.go:43)	CMPQ	SI, DX
   3e3        00995 (map_string_keys.go:43)	JGE	1244
   3e9        01001 (map_string_keys.go:43)	MOVQ	SI, main.i+128(SP)
   3f1        01009 (map_string_keys.go:43)	MOVQ	SI, AX
   3f4        01012 (map_string_keys.go:43)	JMP	1030
   3f6        01014 (map_string_keys.go:43)	PCDATA	$0, $-2
   3f6        01014 (map_string_keys.go:43)	MOVQ	R13, (CX)(SI*1)
   3fa        01018 (map_string_keys.go:43)	MOVQ	R10, 8(CX)(R8*1)
   3ff        01023 (map_string_keys.go:43)	MOVQ	R9, (CX)(R8*1)
   403        01027 (map_string_keys.go:43)	PCDATA	$0, $-1
   403        01027 (map_string_keys.go:43)	MOVQ	R11, SI
   406        01030 (map_string_keys.go:43)	TESTQ	SI, SI
   409        01033 (map_string_keys.go:43)	JGT	1039
   40b        01035 (map_string_keys.go:43)	XORL	BX, BX
   40d        01037 (map_string_keys.go:43)	JMP	1127
   40f        01039 (map_string_keys.go:43)	CMPQ	SI, DX
   412        01042 (map_string_keys.go:43)	JCC	2341
   418        01048 (map_string_keys.go:43)	MOVQ	SI, main.j+120(SP)
   41d        01053 (map_string_keys.go:43)	MOVQ	SI, DX
   420        01056 (map_string_keys.go:43)	SHLQ	$4, SI
   424        01060 (map_string_keys.go:43)	MOVQ	(CX)(SI*1), AX
   428        01064 (map_string_keys.go:43)	MOVQ	8(CX)(SI*1), BX
   42d        01069 (map_string_keys.go:43)	DECQ	DX
   430        01072 (map_string_keys.go:43)	SHLQ	$4, DX
   434        01076 (map_string_keys.go:43)	MOVQ	(CX)(DX*1), SI
   438        01080 (map_string_keys.go:43)	MOVQ	8(CX)(DX*1), DI
   43d        01085 (map_string_keys.go:43)	MOVQ	SI, CX
   440        01088 (map_string_keys.go:43)	PCDATA	$1, $5
   440        01088 (map_string_keys.go:43)	CALL	runtime.cmpstring(SB)
   445        01093 (map_string_keys.go:43)	TESTQ	AX, AX
   448        01096 (map_string_keys.go:43)	SETLT	DL
   44b        01099 (map_string_keys.go:43)	MOVQ	main.i+128(SP), AX
   453        01107 (map_string_keys.go:43)	MOVQ	main..autotmp_94+216(SP), CX
   45b        01115 (map_string_keys.go:43)	MOVQ	main.j+120(SP), SI
   460        01120 (map_string_keys.go:43)	MOVL	DX, BX
   462        01122 (map_string_keys.go:43)	MOVQ	main.keys.len+88(SP), DX
   467        01127 (map_string_keys.go:43)	TESTB	BL, BL
   469        01129 (map_string_keys.go:43)	JEQ	979
   46f        01135 (map_string_keys.go:43)	CMPQ	SI, DX
   472        01138 (map_string_keys.go:43)	JCC	2333
   478        01144 (map_string_keys.go:43)	LEAQ	-1(SI), R8
   47c        01148 (map_string_keys.go:43)	SHLQ	$4, SI
   480        01152 (map_string_keys.go:43)	MOVQ	(CX)(SI*1), R9
   484        01156 (map_string_keys.go:43)	MOVQ	8(CX)(SI*1), R10
   489        01161 (map_string_keys.go:43)	CMPQ	DX, R8
   48c        01164 (map_string_keys.go:43)	JLS	2328
   492        01170 (map_string_keys.go:43)	MOVQ	R8, R11
   495        01173 (map_string_keys.go:43)	SHLQ	$4, R8
   499        01177 (map_string_keys.go:43)	MOVQ	8(CX)(R8*1), R12
   49e        01182 (map_string_keys.go:43)	MOVQ	(CX)(R8*1), R13
   4a2        01186 (map_string_keys.go:43)	MOVQ	R12, 8(CX)(SI*1)
   4a7        01191 (map_string_keys.go:43)	CMPL	runtime.writeBarrier(SB), $0
   4ae        01198 (map_string_keys.go:43)	PCDATA	$0, $-2
   4ae        01198 (map_string_keys.go:43)	JEQ	1014
   4b4        01204 (map_string_keys.go:43)	MOVQ	(CX)(SI*1), R12
   4b8        01208 (map_string_keys.go:43)	MOVQ	(CX)(R8*1), R15
   4bc        01212 (map_string_keys.go:43)	MOVQ	R11, BX
   4bf        01215 (map_string_keys.go:43)	NOP
   4c0        01216 (map_string_keys.go:43)	CALL	runtime.gcWriteBarrier4(SB)
   4c5        01221 (map_string_keys.go:43)	MOVQ	R13, (R11)
   4c8        01224 (map_string_keys.go:43)	MOVQ	R12, 8(R11)
   4cc        01228 (map_string_keys.go:43)	MOVQ	R9, 16(R11)
   4d0        01232 (map_string_keys.go:43)	MOVQ	R15, 24(R11)
   4d4        01236 (map_string_keys.go:43)	MOVQ	BX, R11
   4d7        01239 (map_string_keys.go:43)	JMP	1014
   4dc        01244 (map_string_keys.go:44)	PCDATA	$0, $-1
   4dc     -1 01244 (map_string_keys.go:44)	NOP
   4e0        01248 (map_string_keys.go:44)	JMP	1395
   4e5        01253 (map_string_keys.go:44)	MOVQ	DX, main..autotmp_88+168(SP)
   4ed        01261 (map_string_keys.go:44)	MOVQ	CX, main..autotmp_95+208(SP)
   4f5        01269 (map_string_keys.go:44)	MOVQ	8(CX), DI
   4f9        01273 (map_string_keys.go:44)	MOVQ	DI, main.k.len+104(SP)
   4fe        01278 (map_string_keys.go:44)	MOVQ	(CX), CX
   501        01281 (map_string_keys.go:44)	MOVQ	CX, main.k.ptr+192(SP)
   509        01289 (map_string_keys.go:45)	LEAQ	type:map[string]int(SB), AX
   510        01296 (map_string_keys.go:45)	LEAQ	main..autotmp_31+776(SP), BX
   518        01304 (map_string_keys.go:45)	PCDATA	$1, $6
   518        01304 (map_string_keys.go:45)	CALL	runtime.mapaccess1_faststr(SB)
   51d        01309 (map_string_keys.go:45)	MOVQ	(AX), DX
   520        01312 (map_string_keys.go:45)	MOVQ	DX, main..autotmp_89+160(SP)
   528        01320 (map_string_keys.go:45)	CALL	runtime.printlock(SB)
   52d        01325 (map_string_keys.go:45)	MOVQ	main.k.ptr+192(SP), AX
   535        01333 (map_string_keys.go:45)	MOVQ	main.k.len+104(SP), BX
   53a        01338 (map_string_keys.go:45)	PCDATA	$1, $7
   53a        01338 (map_string_keys.go:45)	CALL	runtime.printstring(SB)
   53f        01343 (map_string_keys.go:45)	NOP
   540        01344 (map_string_keys.go:45)	CALL	runtime.printsp(SB)
   545        01349 (map_string_keys.go:45)	MOVQ	main..autotmp_89+160(SP), AX
   54d        01357 (map_string_keys.go:45)	CALL	runtime.printint(SB)
   552        01362 (map_string_keys.go:45)	CALL	runtime.printnl(SB)
   557        01367 (map_string_keys.go:45)	CALL	runtime.printunlock(SB)
   55c        01372 (map_string_keys.go:44)	MOVQ	main..autotmp_95+208(SP), CX
   564        01380 (map_string_keys.go:44)	ADDQ	$16, CX
   568        01384 (map_string_keys.go:44)	MOVQ	main..autotmp_88+168(SP), DX
   570        01392 (map_string_keys.go:44)	DECQ	DX
   573        01395 (map_string_keys.go:44)	TESTQ	DX, DX
   576        01398 (map_string_keys.go:44)	JGT	1253
   57c        01404 (map_string_keys.go:48)	LEAQ	main..autotmp_49+496(SP), AX
   584        01412 (map_string_keys.go:48)	MOVUPS	X15, (AX)
   588        01416 (map_string_keys.go:48)	MOVUPS	X15, 16(AX)
   58d        01421 (map_string_keys.go:48)	MOVUPS	X15, 32(AX)
   592        01426 (map_string_keys.go:48)	LEAQ	main..autotmp_50+296(SP), AX
   59a        01434 (map_string_keys.go:48)	MOVL	$3, CX
   59f        01439 (map_string_keys.go:48)	MOVUPS	X15, (AX)
   5a3        01443 (map_string_keys.go:48)	MOVUPS	X15, 16(AX)
   5a8        01448 (map_string_keys.go:48)	MOVUPS	X15, 32(AX)
   5ad        01453 (map_string_keys.go:48)	MOVUPS	X15, 48(AX)
   5b2        01458 (map_string_keys.go:48)	ADDQ	$64, AX
   5b6        01462 (map_string_keys.go:48)	DECL	CX
   5b8        01464 (map_string_keys.go:48)	JNE	1439
   5ba        01466 (map_string_keys.go:48)	MOVUPS	X15, -8(AX)
   5bf        01471 (map_string_keys.go:48)	MOVQ	$-9187201950435737472, AX
   5c9        01481 (map_string_keys.go:48)	MOVQ	AX, main..autotmp_50+296(SP)
   5d1        01489 (map_string_keys.go:48)	LEAQ	main..autotmp_50+296(SP), AX
   5d9        01497 (map_string_keys.go:48)	MOVQ	AX, main..autotmp_49+512(SP)
   5e1        01505 (map_string_keys.go:48)	PCDATA	$1, $8
   5e1        01505 (map_string_keys.go:48)	CALL	runtime.rand(SB)
   5e6        01510 (map_string_keys.go:48)	MOVQ	AX, main..autotmp_49+504(SP)
   5ee        01518 (map_string_keys.go:48)	LEAQ	type:map[string]int(SB), AX
   5f5        01525 (map_string_keys.go:48)	LEAQ	main..autotmp_49+496(SP), BX
   5fd        01533 (map_string_keys.go:48)	LEAQ	go:string."alice"(SB), CX
   604        01540 (map_string_keys.go:48)	MOVL	$5, DI
   609        01545 (map_string_keys.go:48)	CALL	runtime.mapassign_faststr(SB)
   60e        01550 (map_string_keys.go:48)	MOVQ	$30, (AX)
   615        01557 (map_string_keys.go:48)	LEAQ	type:map[string]int(SB), AX
   61c        01564 (map_string_keys.go:48)	LEAQ	main..autotmp_49+496(SP), BX
   624        01572 (map_string_keys.go:48)	LEAQ	go:string."bob"(SB), CX
   62b        01579 (map_string_keys.go:48)	MOVL	$3, DI
   630        01584 (map_string_keys.go:48)	CALL	runtime.mapassign_faststr(SB)
   635        01589 (map_string_keys.go:48)	MOVQ	$25, (AX)
   63c        01596 (map_string_keys.go:48)	LEAQ	type:map[string]int(SB), AX
   643        01603 (map_string_keys.go:48)	LEAQ	main..autotmp_49+496(SP), BX
   64b        01611 (map_string_keys.go:48)	XORL	CX, CX
   64d        01613 (map_string_keys.go:48)	XORL	DI, DI
   64f        01615 (map_string_keys.go:48)	CALL	runtime.mapassign_faststr(SB)
   654        01620 (map_string_keys.go:48)	MOVQ	$0, (AX)
   65b        01627 (map_string_keys.go:49)	LEAQ	type:map[string]int(SB), AX
   662        01634 (map_string_keys.go:49)	LEAQ	main..autotmp_49+496(SP), BX
   66a        01642 (map_string_keys.go:49)	XORL	CX, CX
   66c        01644 (map_string_keys.go:49)	XORL	DI, DI
   66e        01646 (map_string_keys.go:49)	CALL	runtime.mapaccess2_faststr(SB)
   673        01651 (map_string_keys.go:49)	MOVB	BL, main.ok+69(SP)
   677        01655 (map_string_keys.go:49)	MOVQ	(AX), AX
   67a        01658 (map_string_keys.go:49)	MOVQ	AX, main.a+144(SP)
   682        01666 (map_string_keys.go:50)	MOVQ	main..autotmp_49+496(SP), AX
   68a        01674 (map_string_keys.go:50)	MOVQ	AX, main..autotmp_92+152(SP)
   692        01682 (map_string_keys.go:50)	CALL	runtime.printlock(SB)
   697        01687 (map_string_keys.go:50)	MOVQ	main.a+144(SP), AX
   69f        01695 (map_string_keys.go:50)	NOP
   6a0        01696 (map_string_keys.go:50)	CALL	runtime.printint(SB)
   6a5        01701 (map_string_keys.go:50)	CALL	runtime.printsp(SB)
   6aa        01706 (map_string_keys.go:50)	MOVBLZX	main.ok+69(SP), AX
   6af        01711 (map_string_keys.go:50)	CALL	runtime.printbool(SB)
   6b4        01716 (map_string_keys.go:50)	CALL	runtime.printsp(SB)
   6b9        01721 (map_string_keys.go:50)	MOVQ	main..autotmp_92+152(SP), AX
   6c1        01729 (map_string_keys.go:50)	CALL	runtime.printint(SB)
   6c6        01734 (map_string_keys.go:50)	CALL	runtime.printnl(SB)
   6cb        01739 (map_string_keys.go:50)	CALL	runtime.printunlock(SB)
   6d0        01744 (map_string_keys.go:51)	LEAQ	type:map[string]int(SB), AX
   6d7        01751 (map_string_keys.go:51)	LEAQ	main..autotmp_49+496(SP), BX
   6df        01759 (map_string_keys.go:51)	LEAQ	go:string."bob"(SB), CX
   6e6        01766 (map_string_keys.go:51)	MOVL	$3, DI
   6eb        01771 (map_string_keys.go:51)	CALL	runtime.mapdelete_faststr(SB)
   6f0        01776 (map_string_keys.go:52)	LEAQ	type:map[string]int(SB), AX
   6f7        01783 (map_string_keys.go:52)	LEAQ	main..autotmp_49+496(SP), BX
   6ff        01791 (map_string_keys.go:52)	LEAQ	go:string."bob"(SB), CX
   706        01798 (map_string_keys.go:52)	MOVL	$3, DI
   70b        01803 (map_string_keys.go:52)	CALL	runtime.mapaccess2_faststr(SB)
   710        01808 (map_string_keys.go:52)	MOVB	BL, main.ok+69(SP)
   714        01812 (map_string_keys.go:53)	MOVQ	main..autotmp_49+496(SP), AX
   71c        01820 (map_string_keys.go:53)	MOVQ	AX, main..autotmp_92+152(SP)
   724        01828 (map_string_keys.go:53)	CALL	runtime.printlock(SB)
   729        01833 (map_string_keys.go:53)	MOVBLZX	main.ok+69(SP), AX
   72e        01838 (map_string_keys.go:53)	CALL	runtime.printbool(SB)
   733        01843 (map_string_keys.go:53)	CALL	runtime.printsp(SB)
   738        01848 (map_string_keys.go:53)	MOVQ	main..autotmp_92+152(SP), AX
   740        01856 (map_string_keys.go:53)	CALL	runtime.printint(SB)
   745        01861 (map_string_keys.go:53)	CALL	runtime.printnl(SB)
   74a        01866 (map_string_keys.go:53)	CALL	runtime.printunlock(SB)
   74f        01871 (map_string_keys.go:53)	XORL	AX, AX
   751        01873 (map_string_keys.go:53)	XORL	CX, CX
   753        01875 (map_string_keys.go:53)	XORL	DX, DX
   755        01877 (map_string_keys.go:56)	JMP	1976
   757        01879 (map_string_keys.go:56)	MOVQ	AX, main.i+136(SP)
   75f        01887 (map_string_keys.go:57)	XORL	AX, AX
   761        01889 (map_string_keys.go:57)	MOVQ	DX, BX
   764        01892 (map_string_keys.go:57)	LEAQ	go:string."k"(SB), DI
   76b        01899 (map_string_keys.go:57)	MOVL	$1, SI
   770        01904 (map_string_keys.go:57)	CALL	runtime.concatstring2(SB)
   775        01909 (map_string_keys.go:57)	MOVQ	AX, main.long.ptr+176(SP)
   77d        01917 (map_string_keys.go:57)	MOVQ	BX, main.long.len+80(SP)
   782        01922 (map_string_keys.go:58)	MOVQ	AX, CX
   785        01925 (map_string_keys.go:58)	MOVQ	BX, DI
   788        01928 (map_string_keys.go:58)	LEAQ	type:map[string]int(SB), AX
   78f        01935 (map_string_keys.go:58)	LEAQ	main..autotmp_49+496(SP), BX
   797        01943 (map_string_keys.go:58)	PCDATA	$1, $9
   797        01943 (map_string_keys.go:58)	CALL	runtime.mapassign_faststr(SB)
   79c        01948 (map_string_keys.go:58)	MOVQ	main.i+136(SP), DX
   7a4        01956 (map_string_keys.go:58)	MOVQ	DX, (AX)
   7a7        01959 (map_string_keys.go:56)	LEAQ	1(DX), AX
   7ab        01963 (map_string_keys.go:56)	MOVQ	main.long.len+80(SP), CX
   7b0        01968 (map_string_keys.go:56)	MOVQ	main.long.ptr+176(SP), DX
   7b8        01976 (map_string_keys.go:56)	CMPQ	AX, $40
   7bc        01980 (map_string_keys.go:56)	JLT	1879
   7be        01982 (map_string_keys.go:56)	MOVQ	CX, main.long.len+80(SP)
   7c3        01987 (map_string_keys.go:56)	MOVQ	DX, main.long.ptr+176(SP)
   7cb        01995 (map_string_keys.go:60)	MOVQ	main..autotmp_49+496(SP), DX
   7d3        02003 (map_string_keys.go:60)	MOVQ	DX, main..autotmp_92+152(SP)
   7db        02011 (map_string_keys.go:60)	LEAQ	type:map[string]int(SB), AX
   7e2        02018 (map_string_keys.go:60)	LEAQ	main..autotmp_49+496(SP), BX
   7ea        02026 (map_string_keys.go:60)	LEAQ	go:string."kkkkkkkkkk"(SB), CX
   7f1        02033 (map_string_keys.go:60)	MOVL	$10, DI
   7f6        02038 (map_string_keys.go:60)	CALL	runtime.mapaccess1_faststr(SB)
   7fb        02043 (map_string_keys.go:60)	MOVQ	(AX), DX
   7fe        02046 (map_string_keys.go:60)	MOVQ	DX, main..autotmp_88+168(SP)
   806        02054 (map_string_keys.go:60)	LEAQ	type:map[string]int(SB), AX
   80d        02061 (map_string_keys.go:60)	LEAQ	main..autotmp_49+496(SP), BX
   815        02069 (map_string_keys.go:60)	MOVQ	main.long.ptr+176(SP), CX
   81d        02077 (map_string_keys.go:60)	MOVQ	main.long.len+80(SP), DI
   822        02082 (map_string_keys.go:60)	PCDATA	$1, $8
   822        02082 (map_string_keys.go:60)	CALL	runtime.mapaccess1_faststr(SB)
   827        02087 (map_string_keys.go:60)	MOVQ	(AX), DX
   82a        02090 (map_string_keys.go:60)	MOVQ	DX, main..autotmp_89+160(SP)
   832        02098 (map_string_keys.go:60)	CALL	runtime.printlock(SB)
   837        02103 (map_string_keys.go:60)	MOVQ	main..autotmp_92+152(SP), AX
   83f        02111 (map_string_keys.go:60)	NOP
   840        02112 (map_string_keys.go:60)	CALL	runtime.printint(SB)
   845        02117 (map_string_keys.go:60)	CALL	runtime.printsp(SB)
   84a        02122 (map_string_keys.go:60)	MOVQ	main..autotmp_88+168(SP), AX
   852        02130 (map_string_keys.go:60)	CALL	runtime.printint(SB)
   857        02135 (map_string_keys.go:60)	CALL	runtime.printsp(SB)
   85c        02140 (map_string_keys.go:60)	MOVQ	main..autotmp_89+160(SP), AX
   864        02148 (map_string_keys.go:60)	CALL	runtime.printint(SB)
   869        02153 (map_string_keys.go:60)	CALL	runtime.printnl(SB)
   86e        02158 (map_string_keys.go:60)	CALL	runtime.printunlock(SB)
   873        02163 (map_string_keys.go:62)	LEAQ	main..autotmp_29+824(SP), CX
   87b        02171 (map_string_keys.go:62)	MOVUPS	X15, (CX)
   87f        02175 (map_string_keys.go:62)	MOVUPS	X15, 16(CX)
   884        02180 (map_string_keys.go:62)	MOVUPS	X15, 32(CX)
   889        02185 (map_string_keys.go:62)	MOVUPS	X15, 48(CX)
   88e        02190 (map_string_keys.go:62)	MOVUPS	X15, 64(CX)
   893        02195 (map_string_keys.go:62)	MOVUPS	X15, 80(CX)
   898        02200 (map_string_keys.go:62)	LEAQ	type:map[string]int(SB), AX
   89f        02207 (map_string_keys.go:62)	LEAQ	main..autotmp_49+496(SP), BX
   8a7        02215 (map_string_keys.go:62)	PCDATA	$1, $10
   8a7        02215 (map_string_keys.go:62)	CALL	runtime.mapIterStart(SB)
   8ac        02220 (map_string_keys.go:62)	XORL	AX, AX
   8ae        02222 (map_string_keys.go:62)	JMP	2258
   8b0        02224 (map_string_keys.go:62)	MOVQ	main..autotmp_29+832(SP), CX
   8b8        02232 (map_string_keys.go:62)	ADDQ	(CX), AX
   8bb        02235 (map_string_keys.go:62)	MOVQ	AX, main.total+72(SP)
   8c0        02240 (map_string_keys.go:62)	LEAQ	main..autotmp_29+824(SP), AX
   8c8        02248 (map_string_keys.go:62)	CALL	runtime.mapIterNext(SB)
   8cd        02253 (map_string_keys.go:62)	MOVQ	main.total+72(SP), AX
   8d2        02258 (map_string_keys.go:62)	CMPQ	main..autotmp_29+824(SP), $0
   8db        02267 (map_string_keys.go:62)	JNE	2224
   8dd        02269 (map_string_keys.go:62)	MOVQ	AX, main.total+72(SP)
   8e2        02274 (map_string_keys.go:65)	PCDATA	$1, $0
   8e2        02274 (map_string_keys.go:65)	CALL	runtime.printlock(SB)
   8e7        02279 (map_string_keys.go:65)	LEAQ	go:string."total "(SB), AX
   8ee        02286 (map_string_keys.go:65)	MOVL	$6, BX
   8f3        02291 (map_string_keys.go:65)	CALL	runtime.printstring(SB)
   8f8        02296 (map_string_keys.go:65)	MOVQ	main.total+72(SP), AX
   8fd        02301 (map_string_keys.go:65)	NOP
   900        02304 (map_string_keys.go:65)	CALL	runtime.printint(SB)
   905        02309 (map_string_keys.go:65)	CALL	runtime.printnl(SB)
   90a        02314 (map_string_keys.go:65)	CALL	runtime.printunlock(SB)
   90f        02319 (map_string_keys.go:66)	ADDQ	$920, SP
   916        02326 (map_string_keys.go:66)	POPQ	BP
   917        02327 (map_string_keys.go:66)	RET
   918        02328 (map_string_keys.go:43)	PCDATA	$4, $2943
   918      1 02328 (map_string_keys.go:43)	CALL	runtime.panicBounds(SB)
   91d        02333 (map_string_keys.go:43)	PCDATA	$4, $2799
   91d        02333 (map_string_keys.go:43)	NOP
   920        02336 (map_string_keys.go:43)	CALL	runtime.panicBounds(SB)
   925        02341 (map_string_keys.go:43)	PCDATA	$4, $2799
   925        02341 (map_string_keys.go:43)	CALL	runtime.panicBounds(SB)
   92a        02346 (map_string_keys.go:38)	PCDATA	$4, $138
   92a      0 02346 (map_string_keys.go:38)	CALL	runtime.panicBounds(SB)
   92f        02351 (map_string_keys.go:38)	XCHGL	AX, AX
   930        02352 (map_string_keys.go:38)	NOP
   930        02352 (map_string_keys.go:35)	PCDATA	$1, $-1
   930        02352 (map_string_keys.go:35)	PCDATA	$0, $-2
   930     -1 02352 (map_string_keys.go:35)	CALL	runtime.morestack_noctxt(SB)
   935        02357 (map_string_keys.go:35)	PCDATA	$0, $-1
   935        02357 (map_string_keys.go:35)	JMP	0
   93a done
wrote 30 bytes to 0x0
 00 8f 01 02 bd 02 01 03 02 0f 01 03 02 05 01 e6 03 04 90 02 03 bc 08 04 12 01 06 01 0a 00
-- inlining tree for main.main:
0 | -1 | main.words (map_string_keys.go:38:22) pc=486
1 | -1 | main.sortStrings (map_string_keys.go:43:13) pc=971
--
funcpctab main.words [valfunc=pctoinline]
     0     -1 00000 (map_string_keys.go:4)	TEXT	main.words(SB), ABIInternal, $136-16
     0        00000 (map_string_keys.go:4)	TEXT	main.words(SB), ABIInternal, $136-16
     0     -1 00000 (map_string_keys.go:4)	LEAQ	-8(SP), R12
     5        00005 (map_string_keys.go:4)	CMPQ	R12, 16(R14)
     9        00009 (map_string_keys.go:4)	PCDATA	$0, $-2
     9        00009 (map_string_keys.go:4)	JLS	470
     f        00015 (map_string_keys.go:4)	PCDATA	$0, $-1
     f        00015 (map_string_keys.go:4)	PUSHQ	BP
    10        00016 (map_string_keys.go:4)	MOVQ	SP, BP
    13        00019 (map_string_keys.go:4)	ADDQ	$-128, SP
    17        00023 (map_string_keys.go:4)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    17        00023 (map_string_keys.go:4)	FUNCDATA	$1, gclocals·NWwmDUMLCphmk8kxTtwd1A==(SB)
    17        00023 (map_string_keys.go:4)	FUNCDATA	$2, main.words.stkobj(SB)
    17        00023 (map_string_keys.go:4)	FUNCDATA	$5, main.words.arginfo1(SB)
    17        00023 (map_string_keys.go:4)	FUNCDATA	$6, main.words.argliveinfo(SB)
    17        00023 (map_string_keys.go:4)	PCDATA	$3, $1
    17        00023 (map_string_keys.go:7)	MOVQ	BX, main.s+152(SP)
    1f        00031 (map_string_keys.go:7)	MOVQ	AX, main.s+144(SP)
    27        00039 (map_string_keys.go:7)	PCDATA	$3, $-1
    27        00039 (map_string_keys.go:7)	MOVQ	$-1, DX
    2e        00046 (map_string_keys.go:7)	XORL	R8, R8
    31        00049 (map_string_keys.go:7)	XORL	R9, R9
    34        00052 (map_string_keys.go:7)	XORL	R10, R10
    37        00055 (map_string_keys.go:7)	XORL	CX, CX
    39        00057 (map_string_keys.go:7)	XORL	SI, SI
    3b        00059 (map_string_keys.go:7)	JMP	69
    3d        00061 (map_string_keys.go:7)	LEAQ	1(R12), R8
    42        00066 (map_string_keys.go:7)	MOVQ	R11, CX
    45        00069 (map_string_keys.go:7)	CMPQ	BX, R8
    48        00072 (map_string_keys.go:7)	JLT	396
    4e        00078 (map_string_keys.go:8)	JEQ	106
    50        00080 (map_string_keys.go:8)	JLS	464
    56        00086 (map_string_keys.go:8)	MOVBLZX	(AX)(R8*1), R11
    5b        00091 (map_string_keys.go:8)	NOP
    60        00096 (map_string_keys.go:8)	CMPB	R11B, $32
    64        00100 (map_string_keys.go:8)	JNE	378
    6a        00106 (map_string_keys.go:9)	TESTQ	DX, DX
    6d        00109 (map_string_keys.go:9)	JLT	367
    73        00115 (map_string_keys.go:7)	CMPQ	BX, R8
    76        00118 (map_string_keys.go:10)	JCS	459
    7c        00124 (map_string_keys.go:10)	NOP
    80        00128 (map_string_keys.go:10)	CMPQ	DX, R8
    83        00131 (map_string_keys.go:10)	JHI	454
    89        00137 (map_string_keys.go:10)	LEAQ	1(CX), R11
    8d        00141 (map_string_keys.go:10)	MOVQ	R8, R12
    90        00144 (map_string_keys.go:10)	SUBQ	DX, R8
    93        00147 (map_string_keys.go:10)	MOVQ	R8, R13
    96        00150 (map_string_keys.go:10)	NEGQ	R8
    99        00153 (map_string_keys.go:10)	SARQ	$63, R8
    9d        00157 (map_string_keys.go:10)	ANDQ	R8, DX
    a0        00160 (map_string_keys.go:10)	ADDQ	AX, DX
    a3        00163 (map_string_keys.go:10)	CMPQ	SI, R11
    a6        00166 (map_string_keys.go:10)	JCC	307
    ac        00172 (map_string_keys.go:7)	MOVQ	R12, main..autotmp_16+80(SP)
    b1        00177 (map_string_keys.go:10)	MOVQ	R13, main..autotmp_17+72(SP)
    b6        00182 (map_string_keys.go:10)	MOVQ	DX, main..autotmp_18+120(SP)
    bb        00187 (map_string_keys.go:7)	MOVB	R10B, main..autotmp_19+71(SP)
    c0        00192 (map_string_keys.go:10)	CMPQ	R11, $2
    c4        00196 (map_string_keys.go:10)	JGT	235
    c6        00198 (map_string_keys.go:7)	TESTB	R10B, R10B
    c9        00201 (map_string_keys.go:10)	JNE	235
    cb        00203 (map_string_keys.go:10)	TESTQ	CX, CX
    ce        00206 (map_string_keys.go:10)	JNE	235
    d0        00208 (map_string_keys.go:10)	LEAQ	main..autotmp_9+88(SP), R9
    d5        00213 (map_string_keys.go:10)	MOVUPS	X15, (R9)
    d9        00217 (map_string_keys.go:10)	MOVUPS	X15, 16(R9)
    de        00222 (map_string_keys.go:10)	MOVL	$2, SI
    e3        00227 (map_string_keys.go:10)	MOVL	$1, R10
    e9        00233 (map_string_keys.go:10)	JMP	307
    eb        00235 (map_string_keys.go:10)	MOVQ	R9, AX
    ee        00238 (map_string_keys.go:10)	MOVQ	R11, BX
    f1        00241 (map_string_keys.go:10)	MOVQ	SI, CX
    f4        00244 (map_string_keys.go:10)	MOVL	$1, DI
    f9        00249 (map_string_keys.go:10)	LEAQ	type:string(SB), SI
   100        00256 (map_string_keys.go:10)	PCDATA	$1, $1
   100        00256 (map_string_keys.go:10)	CALL	runtime.growslice(SB)
   105        00261 (map_string_keys.go:10)	MOVQ	main..autotmp_18+120(SP), DX
   10a        00266 (map_string_keys.go:7)	MOVQ	main..autotmp_16+80(SP), R12
   10f        00271 (map_string_keys.go:10)	MOVQ	main..autotmp_17+72(SP), R13
   114        00276 (map_string_keys.go:11)	MOVQ	BX, R11
   117        00279 (map_string_keys.go:11)	MOVQ	AX, R9
   11a        00282 (map_string_keys.go:11)	MOVQ	CX, SI
   11d        00285 (map_string_keys.go:11)	MOVBLZX	main..autotmp_19+71(SP), R10
   123        00291 (map_string_keys.go:8)	MOVQ	main.s+144(SP), AX
   12b        00299 (map_string_keys.go:7)	MOVQ	main.s+152(SP), BX
   133        00307 (map_string_keys.go:10)	LEAQ	-1(R11), CX
   137        00311 (map_string_keys.go:10)	SHLQ	$4, CX
   13b        00315 (map_string_keys.go:10)	MOVQ	R13, 8(R9)(CX*1)
   140        00320 (map_string_keys.go:10)	CMPL	runtime.writeBarrier(SB), $0
   147        00327 (map_string_keys.go:10)	PCDATA	$0, $-2
   147        00327 (map_string_keys.go:10)	JEQ	351
   149        00329 (map_string_keys.go:10)	MOVQ	(R9)(CX*1), R8
   14d        00333 (map_string_keys.go:11)	MOVQ	R11, DI
   150        00336 (map_string_keys.go:10)	CALL	runtime.gcWriteBarrier2(SB)
   155        00341 (map_string_keys.go:10)	MOVQ	DX, (R11)
   158        00344 (map_string_keys.go:10)	MOVQ	R8, 8(R11)
   15c        00348 (<unknown line number>)	MOVQ	DI, R11
   15f        00351 (map_string_keys.go:10)	MOVQ	DX, (R9)(CX*1)
   163        00355 (map_string_keys.go:10)	PCDATA	$0, $-1
   163        00355 (map_string_keys.go:10)	MOVQ	$-1, DX
   16a        00362 (map_string_keys.go:11)	JMP	61
   16f        00367 (map_string_keys.go:7)	MOVQ	R8, R12
   172        00370 (<unknown line number>)	MOVQ	CX, R11
   175        00373 (map_string_keys.go:9)	JMP	61
   17a        00378 (map_string_keys.go:13)	TESTQ	DX, DX
   17d        00381 (map_string_keys.go:13)	CMOVQLT	R8, DX
   181        00385 (map_string_keys.go:7)	MOVQ	R8, R12
   184        00388 (<unknown line number>)	MOVQ	CX, R11
   187        00391 (map_string_keys.go:13)	JMP	61
   18c        00396 (map_string_keys.go:17)	LEAQ	+144(FP), DX
   194        00404 (map_string_keys.go:17)	SUBQ	SP, DX
   197        00407 (map_string_keys.go:17)	MOVQ	R9, AX
   19a        00410 (map_string_keys.go:17)	SUBQ	SP, R9
   19d        00413 (map_string_keys.go:17)	NOP
   1a0        00416 (map_string_keys.go:17)	CMPQ	R9, DX
   1a3        00419 (map_string_keys.go:17)	JCC	442
   1a5        00421 (map_string_keys.go:17)	MOVQ	AX, BX
   1a8        00424 (map_string_keys.go:17)	LEAQ	type:string(SB), AX
   1af        00431 (map_string_keys.go:17)	PCDATA	$1, $2
   1af        00431 (map_string_keys.go:17)	CALL	runtime.moveSliceNoCap(SB)
   1b4        00436 (map_string_keys.go:17)	MOVQ	CX, SI
   1b7        00439 (map_string_keys.go:17)	MOVQ	BX, CX
   1ba        00442 (map_string_keys.go:17)	MOVQ	CX, BX
   1bd        00445 (map_string_keys.go:17)	MOVQ	SI, CX
   1c0        00448 (map_string_keys.go:17)	SUBQ	$-128, SP
   1c4        00452 (map_string_keys.go:17)	POPQ	BP
   1c5        00453 (map_string_keys.go:17)	RET
   1c6        00454 (map_string_keys.go:10)	PCDATA	$4, $9426
   1c6        00454 (map_string_keys.go:10)	CALL	runtime.panicBounds(SB)
   1cb        00459 (map_string_keys.go:10)	PCDATA	$4, $4096
   1cb        00459 (map_string_keys.go:10)	CALL	runtime.panicBounds(SB)
   1d0        00464 (map_string_keys.go:8)	PCDATA	$4, $4095
   1d0        00464 (map_string_keys.go:8)	CALL	runtime.panicBounds(SB)
   1d5        00469 (map_string_keys.go:8)	XCHGL	AX, AX
   1d6        00470 (map_string_keys.go:8)	NOP
   1d6        00470 (map_string_keys.go:4)	PCDATA	$1, $-1
   1d6        00470 (map_string_keys.go:4)	PCDATA	$0, $-2
   1d6        00470 (map_string_keys.go:4)	MOVQ	AX, 8(SP)
   1db        00475 (map_string_keys.go:4)	MOVQ	BX, 16(SP)
   1e0        00480 (map_string_keys.go:4)	CALL	runtime.morestack_noctxt(SB)
   1e5        00485 (map_string_keys.go:4)	PCDATA	$0, $-1
   1e5        00485 (map_string_keys.go:4)	MOVQ	8(SP), AX
   1ea        00490 (map_string_keys.go:4)	MOVQ	16(SP), BX
   1ef        00495 (map_string_keys.go:4)	JMP	0
   1f4 done
wrote 4 bytes to 0x0
 00 f4 03 00
funcpctab main.addAll [valfunc=pctoinline]
     0     -1 00000 (map_string_keys.go:29)	TEXT	main.addAll(SB), ABIInternal, $56-32
     0        00000 (map_string_keys.go:29)	TEXT	main.addAll(SB), ABIInternal, $56-32
     0     -1 00000 (map_string_keys.go:29)	CMPQ	SP, 16(R14)
     4        00004 (map_string_keys.go:29)	PCDATA	$0, $-2
     4        00004 (map_string_keys.go:29)	JLS	94
     6        00006 (map_string_keys.go:29)	PCDATA	$0, $-1
     6        00006 (map_string_keys.go:29)	PUSHQ	BP
     7        00007 (map_string_keys.go:29)	MOVQ	SP, BP
     a        00010 (map_string_keys.go:29)	SUBQ	$48, SP
     e        00014 (map_string_keys.go:29)	MOVQ	BX, main.ws+72(FP)
    13        00019 (map_string_keys.go:29)	FUNCDATA	$0, gclocals·3iDpa7B97wWfYpkQQygYtw==(SB)
    13        00019 (map_string_keys.go:29)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    13        00019 (map_string_keys.go:29)	FUNCDATA	$5, main.addAll.arginfo1(SB)
    13        00019 (map_string_keys.go:29)	FUNCDATA	$6, main.addAll.argliveinfo(SB)
    13        00019 (map_string_keys.go:29)	PCDATA	$3, $1
    13        00019 (map_string_keys.go:30)	MOVQ	AX, main.m+64(SP)
    18        00024 (map_string_keys.go:30)	PCDATA	$3, $2
    18        00024 (map_string_keys.go:30)	JMP	83
    1a        00026 (map_string_keys.go:30)	MOVQ	CX, main..autotmp_11+32(SP)
    1f        00031 (map_string_keys.go:30)	MOVQ	BX, main..autotmp_12+40(SP)
    24        00036 (map_string_keys.go:30)	MOVQ	8(BX), DI
    28        00040 (map_string_keys.go:30)	MOVQ	(BX), CX
    2b        00043 (map_string_keys.go:31)	MOVQ	AX, BX
    2e        00046 (map_string_keys.go:31)	LEAQ	type:map[string]int(SB), AX
    35        00053 (map_string_keys.go:31)	PCDATA	$1, $1
    35        00053 (map_string_keys.go:31)	CALL	runtime.mapassign_faststr(SB)
    3a        00058 (map_string_keys.go:31)	INCQ	(AX)
    3d        00061 (map_string_keys.go:30)	MOVQ	main..autotmp_12+40(SP), BX
    42        00066 (map_string_keys.go:30)	ADDQ	$16, BX
    46        00070 (map_string_keys.go:30)	MOVQ	main..autotmp_11+32(SP), CX
    4b        00075 (map_string_keys.go:30)	DECQ	CX
    4e        00078 (map_string_keys.go:31)	MOVQ	main.m+64(SP), AX
    53        00083 (map_string_keys.go:30)	TESTQ	CX, CX
    56        00086 (map_string_keys.go:30)	JGT	26
    58        00088 (map_string_keys.go:33)	ADDQ	$48, SP
    5c        00092 (map_string_keys.go:33)	POPQ	BP
    5d        00093 (map_string_keys.go:33)	RET
    5e        00094 (map_string_keys.go:33)	NOP
    5e        00094 (map_string_keys.go:29)	PCDATA	$1, $-1
    5e        00094 (map_string_keys.go:29)	PCDATA	$0, $-2
    5e        00094 (map_string_keys.go:29)	MOVQ	AX, 8(SP)
    63        00099 (map_string_keys.go:29)	MOVQ	BX, 16(SP)
    68        00104 (map_string_keys.go:29)	MOVQ	CX, 24(SP)
    6d        00109 (map_string_keys.go:29)	MOVQ	DI, 32(SP)
    72        00114 (map_string_keys.go:29)	CALL	runtime.morestack_noctxt(SB)
    77        00119 (map_string_keys.go:29)	PCDATA	$0, $-1
    77        00119 (map_string_keys.go:29)	MOVQ	8(SP), AX
    7c        00124 (map_string_keys.go:29)	MOVQ	16(SP), BX
    81        00129 (map_string_keys.go:29)	MOVQ	24(SP), CX
    86        00134 (map_string_keys.go:29)	MOVQ	32(SP), DI
    8b        00139 (map_string_keys.go:29)	JMP	0
    90 done
wrote 4 bytes to 0x0
 00 90 01 00
funcpctab main.sortStrings [valfunc=pctoinline]
     0     -1 00000 (map_string_keys.go:20)	TEXT	main.sortStrings(SB), ABIInternal, $56-24
     0        00000 (map_string_keys.go:20)	TEXT	main.sortStrings(SB), ABIInternal, $56-24
     0     -1 00000 (map_string_keys.go:20)	CMPQ	SP, 16(R14)
     4        00004 (map_string_keys.go:20)	PCDATA	$0, $-2
     4        00004 (map_string_keys.go:20)	JLS	299
     a        00010 (map_string_keys.go:20)	PCDATA	$0, $-1
     a        00010 (map_string_keys.go:20)	PUSHQ	BP
     b        00011 (map_string_keys.go:20)	MOVQ	SP, BP
     e        00014 (map_string_keys.go:20)	SUBQ	$48, SP
    12        00018 (map_string_keys.go:20)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    12        00018 (map_string_keys.go:20)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (map_string_keys.go:20)	FUNCDATA	$5, main.sortStrings.arginfo1(SB)
    12        00018 (map_string_keys.go:20)	FUNCDATA	$6, main.sortStrings.argliveinfo(SB)
    12        00018 (map_string_keys.go:20)	PCDATA	$3, $1
    12        00018 (map_string_keys.go:21)	MOVQ	BX, main.a+72(SP)
    17        00023 (map_string_keys.go:21)	MOVQ	AX, main.a+64(SP)
    1c        00028 (map_string_keys.go:21)	PCDATA	$3, $2
    1c        00028 (map_string_keys.go:21)	MOVL	$1, DX
    21        00033 (map_string_keys.go:21)	JMP	39
    23        00035 (map_string_keys.go:21)	LEAQ	1(CX), DX
    27        00039 (map_string_keys.go:21)	CMPQ	BX, DX
    2a        00042 (map_string_keys.go:21)	JLE	272
    30        00048 (map_string_keys.go:21)	MOVQ	DX, main.j+32(SP)
    35        00053 (map_string_keys.go:21)	MOVQ	DX, CX
    38        00056 (map_string_keys.go:22)	JMP	74
    3a        00058 (map_string_keys.go:23)	PCDATA	$0, $-2
    3a        00058 (map_string_keys.go:23)	MOVQ	R12, (AX)(DX*1)
    3e        00062 (map_string_keys.go:23)	MOVQ	R9, 8(AX)(SI*1)
    43        00067 (map_string_keys.go:23)	MOVQ	R8, (AX)(SI*1)
    47        00071 (map_string_keys.go:22)	PCDATA	$0, $-1
    47        00071 (map_string_keys.go:22)	MOVQ	R10, DX
    4a        00074 (map_string_keys.go:22)	TESTQ	DX, DX
    4d        00077 (map_string_keys.go:22)	JGT	83
    4f        00079 (map_string_keys.go:22)	XORL	SI, SI
    51        00081 (map_string_keys.go:22)	JMP	166
    53        00083 (map_string_keys.go:22)	CMPQ	BX, DX
    56        00086 (map_string_keys.go:22)	JLS	293
    5c        00092 (map_string_keys.go:22)	MOVQ	DX, main..autotmp_9+40(SP)
    61        00097 (map_string_keys.go:22)	MOVQ	DX, SI
    64        00100 (map_string_keys.go:22)	SHLQ	$4, DX
    68        00104 (map_string_keys.go:22)	MOVQ	(AX)(DX*1), R8
    6c        00108 (map_string_keys.go:22)	MOVQ	8(AX)(DX*1), BX
    71        00113 (map_string_keys.go:22)	LEAQ	-1(SI), DX
    75        00117 (map_string_keys.go:22)	SHLQ	$4, DX
    79        00121 (map_string_keys.go:22)	MOVQ	(AX)(DX*1), CX
    7d        00125 (map_string_keys.go:22)	MOVQ	8(AX)(DX*1), DI
    82        00130 (map_string_keys.go:22)	MOVQ	R8, AX
    85        00133 (map_string_keys.go:22)	PCDATA	$1, $0
    85        00133 (map_string_keys.go:22)	CALL	runtime.cmpstring(SB)
    8a        00138 (map_string_keys.go:22)	TESTQ	AX, AX
    8d        00141 (map_string_keys.go:22)	SETLT	DL
    90        00144 (map_string_keys.go:23)	MOVQ	main.a+64(SP), AX
    95        00149 (map_string_keys.go:21)	MOVQ	main.j+32(SP), CX
    9a        00154 (map_string_keys.go:23)	MOVQ	main.a+72(SP), BX
    9f        00159 (map_string_keys.go:22)	MOVL	DX, SI
    a1        00161 (map_string_keys.go:23)	MOVQ	main..autotmp_9+40(SP), DX
    a6        00166 (map_string_keys.go:22)	TESTB	SIB, SIB
    a9        00169 (map_string_keys.go:22)	JEQ	35
    af        00175 (map_string_keys.go:23)	CMPQ	BX, DX
    b2        00178 (map_string_keys.go:23)	JLS	283
    b4        00180 (map_string_keys.go:23)	LEAQ	-1(DX), SI
    b8        00184 (map_string_keys.go:23)	SHLQ	$4, DX
    bc        00188 (map_string_keys.go:23)	MOVQ	(AX)(DX*1), R8
    c0        00192 (map_string_keys.go:23)	MOVQ	8(AX)(DX*1), R9
    c5        00197 (map_string_keys.go:23)	CMPQ	BX, SI
    c8        00200 (map_string_keys.go:23)	JLS	278
    ca        00202 (map_string_keys.go:23)	MOVQ	SI, R10
    cd        00205 (map_string_keys.go:23)	SHLQ	$4, SI
    d1        00209 (map_string_keys.go:23)	MOVQ	8(AX)(SI*1), R11
    d6        00214 (map_string_keys.go:23)	MOVQ	(AX)(SI*1), R12
    da        00218 (map_string_keys.go:23)	MOVQ	R11, 8(AX)(DX*1)
    df        00223 (map_string_keys.go:23)	CMPL	runtime.writeBarrier(SB), $0
    e6        00230 (map_string_keys.go:23)	PCDATA	$0, $-2
    e6        00230 (map_string_keys.go:23)	JEQ	58
    ec        00236 (map_string_keys.go:23)	MOVQ	(AX)(DX*1), R11
    f0        00240 (map_string_keys.go:23)	MOVQ	(AX)(SI*1), R13
    f4        00244 (map_string_keys.go:23)	MOVQ	R11, DI
    f7        00247 (map_string_keys.go:23)	CALL	runtime.gcWriteBarrier4(SB)
    fc        00252 (map_string_keys.go:23)	MOVQ	R12, (R11)
    ff        00255 (map_string_keys.go:23)	MOVQ	DI, 8(R11)
   103        00259 (map_string_keys.go:23)	MOVQ	R8, 16(R11)
   107        00263 (map_string_keys.go:23)	MOVQ	R13, 24(R11)
   10b        00267 (map_string_keys.go:23)	JMP	58
   110        00272 (map_string_keys.go:26)	PCDATA	$0, $-1
   110        00272 (map_string_keys.go:26)	ADDQ	$48, SP
   114        00276 (map_string_keys.go:26)	POPQ	BP
   115        00277 (map_string_keys.go:26)	RET
   116        00278 (map_string_keys.go:23)	PCDATA	$1, $1
   116        00278 (map_string_keys.go:23)	PCDATA	$4, $3951
   116        00278 (map_string_keys.go:23)	CALL	runtime.panicBounds(SB)
   11b        00283 (map_string_keys.go:23)	PCDATA	$4, $3663
   11b        00283 (map_string_keys.go:23)	NOP
   120        00288 (map_string_keys.go:23)	CALL	runtime.panicBounds(SB)
   125        00293 (map_string_keys.go:22)	PCDATA	$4, $3663
   125        00293 (map_string_keys.go:22)	CALL	runtime.panicBounds(SB)
   12a        00298 (map_string_keys.go:22)	XCHGL	AX, AX
   12b        00299 (map_string_keys.go:22)	NOP
   12b        00299 (map_string_keys.go:20)	PCDATA	$1, $-1
   12b        00299 (map_string_keys.go:20)	PCDATA	$0, $-2
   12b        00299 (map_string_keys.go:20)	MOVQ	AX, 8(SP)
   130        00304 (map_string_keys.go:20)	MOVQ	BX, 16(SP)
   135        00309 (map_string_keys.go:20)	MOVQ	CX, 24(SP)
   13a        00314 (map_string_keys.go:20)	CALL	runtime.morestack_noctxt(SB)
   13f        00319 (map_string_keys.go:20)	PCDATA	$0, $-1
   13f        00319 (map_string_keys.go:20)	MOVQ	8(SP), AX
   144        00324 (map_string_keys.go:20)	MOVQ	16(SP), BX
   149        00329 (map_string_keys.go:20)	MOVQ	24(SP), CX
   14e        00334 (map_string_keys.go:20)	JMP	0
   153 done
wrote 4 bytes to 0x0
 00 d3 02 00
main.words STEXT size=500 align=0x0 args=0x10 locals=0x88 funcid=0x0
	0x0000 00000 (map_string_keys.go:4)	TEXT	main.words(SB), ABIInternal, $136-16
	0x0000 00000 (map_string_keys.go:4)	LEAQ	-8(SP), R12
	0x0005 00005 (map_string_keys.go:4)	CMPQ	R12, 16(R14)
	0x0009 00009 (map_string_keys.go:4)	PCDATA	$0, $-2
	0x0009 00009 (map_string_keys.go:4)	JLS	470
	0x000f 00015 (map_string_keys.go:4)	PCDATA	$0, $-1
	0x000f 00015 (map_string_keys.go:4)	PUSHQ	BP
	0x0010 00016 (map_string_keys.go:4)	MOVQ	SP, BP
	0x0013 00019 (map_string_keys.go:4)	ADDQ	$-128, SP
	0x0017 00023 (map_string_keys.go:4)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0017 00023 (map_string_keys.go:4)	FUNCDATA	$1, gclocals·NWwmDUMLCphmk8kxTtwd1A==(SB)
	0x0017 00023 (map_string_keys.go:4)	FUNCDATA	$2, main.words.stkobj(SB)
	0x0017 00023 (map_string_keys.go:4)	FUNCDATA	$5, main.words.arginfo1(SB)
	0x0017 00023 (map_string_keys.go:4)	FUNCDATA	$6, main.words.argliveinfo(SB)
	0x0017 00023 (map_string_keys.go:4)	PCDATA	$3, $1
	0x0017 00023 (map_string_keys.go:7)	MOVQ	BX, main.s+152(SP)
	0x001f 00031 (map_string_keys.go:7)	MOVQ	AX, main.s+144(SP)
	0x0027 00039 (map_string_keys.go:7)	PCDATA	$3, $-1
	0x0027 00039 (map_string_keys.go:7)	MOVQ	$-1, DX
	0x002e 00046 (map_string_keys.go:7)	XORL	R8, R8
	0x0031 00049 (map_string_keys.go:7)	XORL	R9, R9
	0x0034 00052 (map_string_keys.go:7)	XORL	R10, R10
	0x0037 00055 (map_string_keys.go:7)	XORL	CX, CX
	0x0039 00057 (map_string_keys.go:7)	XORL	SI, SI
	0x003b 00059 (map_string_keys.go:7)	JMP	69
	0x003d 00061 (map_string_keys.go:7)	LEAQ	1(R12), R8
	0x0042 00066 (map_string_keys.go:7)	MOVQ	R11, CX
	0x0045 00069 (map_string_keys.go:7)	CMPQ	BX, R8
	0x0048 00072 (map_string_keys.go:7)	JLT	396
	0x004e 00078 (map_string_keys.go:8)	JEQ	106
	0x0050 00080 (map_string_keys.go:8)	JLS	464
	0x0056 00086 (map_string_keys.go:8)	MOVBLZX	(AX)(R8*1), R11
	0x005b 00091 (map_string_keys.go:8)	NOP
	0x0060 00096 (map_string_keys.go:8)	CMPB	R11B, $32
	0x0064 00100 (map_string_keys.go:8)	JNE	378
	0x006a 00106 (map_string_keys.go:9)	TESTQ	DX, DX
	0x006d 00109 (map_string_keys.go:9)	JLT	367
	0x0073 00115 (map_string_keys.go:7)	CMPQ	BX, R8
	0x0076 00118 (map_string_keys.go:10)	JCS	459
	0x007c 00124 (map_string_keys.go:10)	NOP
	0x0080 00128 (map_string_keys.go:10)	CMPQ	DX, R8
	0x0083 00131 (map_string_keys.go:10)	JHI	454
	0x0089 00137 (map_string_keys.go:10)	LEAQ	1(CX), R11
	0x008d 00141 (map_string_keys.go:10)	MOVQ	R8, R12
	0x0090 00144 (map_string_keys.go:10)	SUBQ	DX, R8
	0x0093 00147 (map_string_keys.go:10)	MOVQ	R8, R13
	0x0096 00150 (map_string_keys.go:10)	NEGQ	R8
	0x0099 00153 (map_string_keys.go:10)	SARQ	$63, R8
	0x009d 00157 (map_string_keys.go:10)	ANDQ	R8, DX
	0x00a0 00160 (map_string_keys.go:10)	ADDQ	AX, DX
	0x00a3 00163 (map_string_keys.go:10)	CMPQ	SI, R11
	0x00a6 00166 (map_string_keys.go:10)	JCC	307
	0x00ac 00172 (map_string_keys.go:7)	MOVQ	R12, main..autotmp_16+80(SP)
	0x00b1 00177 (map_string_keys.go:10)	MOVQ	R13, main..autotmp_17+72(SP)
	0x00b6 00182 (map_string_keys.go:10)	MOVQ	DX, main..autotmp_18+120(SP)
	0x00bb 00187 (map_string_keys.go:7)	MOVB	R10B, main..autotmp_19+71(SP)
	0x00c0 00192 (map_string_keys.go:10)	CMPQ	R11, $2
	0x00c4 00196 (map_string_keys.go:10)	JGT	235
	0x00c6 00198 (map_string_keys.go:7)	TESTB	R10B, R10B
	0x00c9 00201 (map_string_keys.go:10)	JNE	235
	0x00cb 00203 (map_string_keys.go:10)	TESTQ	CX, CX
	0x00ce 00206 (map_string_keys.go:10)	JNE	235
	0x00d0 00208 (map_string_keys.go:10)	LEAQ	main..autotmp_9+88(SP), R9
	0x00d5 00213 (map_string_keys.go:10)	MOVUPS	X15, (R9)
	0x00d9 00217 (map_string_keys.go:10)	MOVUPS	X15, 16(R9)
	0x00de 00222 (map_string_keys.go:10)	MOVL	$2, SI
	0x00e3 00227 (map_string_keys.go:10)	MOVL	$1, R10
	0x00e9 00233 (map_string_keys.go:10)	JMP	307
	0x00eb 00235 (map_string_keys.go:10)	MOVQ	R9, AX
	0x00ee 00238 (map_string_keys.go:10)	MOVQ	R11, BX
	0x00f1 00241 (map_string_keys.go:10)	MOVQ	SI, CX
	0x00f4 00244 (map_string_keys.go:10)	MOVL	$1, DI
	0x00f9 00249 (map_string_keys.go:10)	LEAQ	type:string(SB), SI
	0x0100 00256 (map_string_keys.go:10)	PCDATA	$1, $1
	0x0100 00256 (map_string_keys.go:10)	CALL	runtime.growslice(SB)
	0x0105 00261 (map_string_keys.go:10)	MOVQ	main..autotmp_18+120(SP), DX
	0x010a 00266 (map_string_keys.go:7)	MOVQ	main..autotmp_16+80(SP), R12
	0x010f 00271 (map_string_keys.go:10)	MOVQ	main..autotmp_17+72(SP), R13
	0x0114 00276 (map_string_keys.go:11)	MOVQ	BX, R11
	0x0117 00279 (map_string_keys.go:11)	MOVQ	AX, R9
	0x011a 00282 (map_string_keys.go:11)	MOVQ	CX, SI
	0x011d 00285 (map_string_keys.go:11)	MOVBLZX	main..autotmp_19+71(SP), R10
	0x0123 00291 (map_string_keys.go:8)	MOVQ	main.s+144(SP), AX
	0x012b 00299 (map_string_keys.go:7)	MOVQ	main.s+152(SP), BX
	0x0133 00307 (map_string_keys.go:10)	LEAQ	-1(R11), CX
	0x0137 00311 (map_string_keys.go:10)	SHLQ	$4, CX
	0x013b 00315 (map_string_keys.go:10)	MOVQ	R13, 8(R9)(CX*1)
	0x0140 00320 (map_string_keys.go:10)	CMPL	runtime.writeBarrier(SB), $0
	0x0147 00327 (map_string_keys.go:10)	PCDATA	$0, $-2
	0x0147 00327 (map_string_keys.go:10)	JEQ	351
	0x0149 00329 (map_string_keys.go:10)	MOVQ	(R9)(CX*1), R8
	0x014d 00333 (map_string_keys.go:11)	MOVQ	R11, DI
	0x0150 00336 (map_string_keys.go:10)	CALL	runtime.gcWriteBarrier2(SB)
	0x0155 00341 (map_string_keys.go:10)	MOVQ	DX, (R11)
	0x0158 00344 (map_string_keys.go:10)	MOVQ	R8, 8(R11)
	0x015c 00348 (<unknown line number>)	MOVQ	DI, R11
	0x015f 00351 (map_string_keys.go:10)	MOVQ	DX, (R9)(CX*1)
	0x0163 00355 (map_string_keys.go:10)	PCDATA	$0, $-1
	0x0163 00355 (map_string_keys.go:10)	MOVQ	$-1, DX
	0x016a 00362 (map_string_keys.go:11)	JMP	61
	0x016f 00367 (map_string_keys.go:7)	MOVQ	R8, R12
	0x0172 00370 (<unknown line number>)	MOVQ	CX, R11
	0x0175 00373 (map_string_keys.go:9)	JMP	61
	0x017a 00378 (map_string_keys.go:13)	TESTQ	DX, DX
	0x017d 00381 (map_string_keys.go:13)	CMOVQLT	R8, DX
	0x0181 00385 (map_string_keys.go:7)	MOVQ	R8, R12
	0x0184 00388 (<unknown line number>)	MOVQ	CX, R11
	0x0187 00391 (map_string_keys.go:13)	JMP	61
	0x018c 00396 (map_string_keys.go:17)	LEAQ	+144(FP), DX
	0x0194 00404 (map_string_keys.go:17)	SUBQ	SP, DX
	0x0197 00407 (map_string_keys.go:17)	MOVQ	R9, AX
	0x019a 00410 (map_string_keys.go:17)	SUBQ	SP, R9
	0x019d 00413 (map_string_keys.go:17)	NOP
	0x01a0 00416 (map_string_keys.go:17)	CMPQ	R9, DX
	0x01a3 00419 (map_string_keys.go:17)	JCC	442
	0x01a5 00421 (map_string_keys.go:17)	MOVQ	AX, BX
	0x01a8 00424 (map_string_keys.go:17)	LEAQ	type:string(SB), AX
	0x01af 00431 (map_string_keys.go:17)	PCDATA	$1, $2
	0x01af 00431 (map_string_keys.go:17)	CALL	runtime.moveSliceNoCap(SB)
	0x01b4 00436 (map_string_keys.go:17)	MOVQ	CX, SI
	0x01b7 00439 (map_string_keys.go:17)	MOVQ	BX, CX
	0x01ba 00442 (map_string_keys.go:17)	MOVQ	CX, BX
	0x01bd 00445 (map_string_keys.go:17)	MOVQ	SI, CX
	0x01c0 00448 (map_string_keys.go:17)	SUBQ	$-128, SP
	0x01c4 00452 (map_string_keys.go:17)	POPQ	BP
	0x01c5 00453 (map_string_keys.go:17)	RET
	0x01c6 00454 (map_string_keys.go:10)	PCDATA	$4, $9426
	0x01c6 00454 (map_string_keys.go:10)	CALL	runtime.panicBounds(SB)
	0x01cb 00459 (map_string_keys.go:10)	PCDATA	$4, $4096
	0x01cb 00459 (map_string_keys.go:10)	CALL	runtime.panicBounds(SB)
	0x01d0 00464 (map_string_keys.go:8)	PCDATA	$4, $4095
	0x01d0 00464 (map_string_keys.go:8)	CALL	runtime.panicBounds(SB)
	0x01d5 00469 (map_string_keys.go:8)	XCHGL	AX, AX
	0x01d6 00470 (map_string_keys.go:8)	NOP
	0x01d6 00470 (map_string_keys.go:4)	PCDATA	$1, $-1
	0x01d6 00470 (map_string_keys.go:4)	PCDATA	$0, $-2
	0x01d6 00470 (map_string_keys.go:4)	MOVQ	AX, 8(SP)
	0x01db 00475 (map_string_keys.go:4)	MOVQ	BX, 16(SP)
	0x01e0 00480 (map_string_keys.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x01e5 00485 (map_string_keys.go:4)	PCDATA	$0, $-1
	0x01e5 00485 (map_string_keys.go:4)	MOVQ	8(SP), AX
	0x01ea 00490 (map_string_keys.go:4)	MOVQ	16(SP), BX
	0x01ef 00495 (map_string_keys.go:4)	JMP	0
	0x0000 4c 8d 64 24 f8 4d 3b 66 10 0f 86 c7 01 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 83 c4 80 48 89 9c 24 98 00 00 00 48  H..H...H..$....H
	0x0020 89 84 24 90 00 00 00 48 c7 c2 ff ff ff ff 45 31  ..$....H......E1
	0x0030 c0 45 31 c9 45 31 d2 31 c9 31 f6 eb 08 4d 8d 44  .E1.E1.1.1...M.D
	0x0040 24 01 4c 89 d9 4c 39 c3 0f 8c 3e 01 00 00 74 1a  $.L..L9...>...t.
	0x0050 0f 86 7a 01 00 00 46 0f b6 1c 00 0f 1f 44 00 00  ..z...F......D..
	0x0060 41 80 fb 20 0f 85 10 01 00 00 48 85 d2 0f 8c fc  A.. ......H.....
	0x0070 00 00 00 4c 39 c3 0f 82 4f 01 00 00 0f 1f 40 00  ...L9...O.....@.
	0x0080 4c 39 c2 0f 87 3d 01 00 00 4c 8d 59 01 4d 89 c4  L9...=...L.Y.M..
	0x0090 49 29 d0 4d 89 c5 49 f7 d8 49 c1 f8 3f 4c 21 c2  I).M..I..I..?L!.
	0x00a0 48 01 c2 4c 39 de 0f 83 87 00 00 00 4c 89 64 24  H..L9.......L.d$
	0x00b0 50 4c 89 6c 24 48 48 89 54 24 78 44 88 54 24 47  PL.l$HH.T$xD.T$G
	0x00c0 49 83 fb 02 7f 25 45 84 d2 75 20 48 85 c9 75 1b  I....%E..u H..u.
	0x00d0 4c 8d 4c 24 58 45 0f 11 39 45 0f 11 79 10 be 02  L.L$XE..9E..y...
	0x00e0 00 00 00 41 ba 01 00 00 00 eb 48 4c 89 c8 4c 89  ...A......HL..L.
	0x00f0 db 48 89 f1 bf 01 00 00 00 48 8d 35 00 00 00 00  .H.......H.5....
	0x0100 e8 00 00 00 00 48 8b 54 24 78 4c 8b 64 24 50 4c  .....H.T$xL.d$PL
	0x0110 8b 6c 24 48 49 89 db 49 89 c1 48 89 ce 44 0f b6  .l$HI..I..H..D..
	0x0120 54 24 47 48 8b 84 24 90 00 00 00 48 8b 9c 24 98  T$GH..$....H..$.
	0x0130 00 00 00 49 8d 4b ff 48 c1 e1 04 4d 89 6c 09 08  ...I.K.H...M.l..
	0x0140 83 3d 00 00 00 00 00 74 16 4d 8b 04 09 4c 89 df  .=.....t.M...L..
	0x0150 e8 00 00 00 00 49 89 13 4d 89 43 08 49 89 fb 49  .....I..M.C.I..I
	0x0160 89 14 09 48 c7 c2 ff ff ff ff e9 ce fe ff ff 4d  ...H...........M
	0x0170 89 c4 49 89 cb e9 c3 fe ff ff 48 85 d2 49 0f 4c  ..I.......H..I.L
	0x0180 d0 4d 89 c4 49 89 cb e9 b1 fe ff ff 48 8d 94 24  .M..I.......H..$
	0x0190 90 00 00 00 48 29 e2 4c 89 c8 49 29 e1 0f 1f 00  ....H).L..I)....
	0x01a0 49 39 d1 73 15 48 89 c3 48 8d 05 00 00 00 00 e8  I9.s.H..H.......
	0x01b0 00 00 00 00 48 89 ce 48 89 d9 48 89 cb 48 89 f1  ....H..H..H..H..
	0x01c0 48 83 ec 80 5d c3 e8 00 00 00 00 e8 00 00 00 00  H...]...........
	0x01d0 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x01e0 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 e9  .....H.D$.H.\$..
	0x01f0 0c fe ff ff                                      ....
	rel 252+4 t=R_PCREL type:string+0
	rel 257+4 t=R_CALL runtime.growslice+0
	rel 322+4 t=R_PCREL runtime.writeBarrier+-1
	rel 337+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 427+4 t=R_PCREL type:string+0
	rel 432+4 t=R_CALL runtime.moveSliceNoCap+0
	rel 455+4 t=R_CALL runtime.panicBounds+0
	rel 460+4 t=R_CALL runtime.panicBounds+0
	rel 465+4 t=R_CALL runtime.panicBounds+0
	rel 481+4 t=R_CALL runtime.morestack_noctxt+0
main.sortStrings STEXT size=339 align=0x0 args=0x18 locals=0x38 funcid=0x0
	0x0000 00000 (map_string_keys.go:20)	TEXT	main.sortStrings(SB), ABIInternal, $56-24
	0x0000 00000 (map_string_keys.go:20)	CMPQ	SP, 16(R14)
	0x0004 00004 (map_string_keys.go:20)	PCDATA	$0, $-2
	0x0004 00004 (map_string_keys.go:20)	JLS	299
	0x000a 00010 (map_string_keys.go:20)	PCDATA	$0, $-1
	0x000a 00010 (map_string_keys.go:20)	PUSHQ	BP
	0x000b 00011 (map_string_keys.go:20)	MOVQ	SP, BP
	0x000e 00014 (map_string_keys.go:20)	SUBQ	$48, SP
	0x0012 00018 (map_string_keys.go:20)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0012 00018 (map_string_keys.go:20)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (map_string_keys.go:20)	FUNCDATA	$5, main.sortStrings.arginfo1(SB)
	0x0012 00018 (map_string_keys.go:20)	FUNCDATA	$6, main.sortStrings.argliveinfo(SB)
	0x0012 00018 (map_string_keys.go:20)	PCDATA	$3, $1
	0x0012 00018 (map_string_keys.go:21)	MOVQ	BX, main.a+72(SP)
	0x0017 00023 (map_string_keys.go:21)	MOVQ	AX, main.a+64(SP)
	0x001c 00028 (map_string_keys.go:21)	PCDATA	$3, $2
	0x001c 00028 (map_string_keys.go:21)	MOVL	$1, DX
	0x0021 00033 (map_string_keys.go:21)	JMP	39
	0x0023 00035 (map_string_keys.go:21)	LEAQ	1(CX), DX
	0x0027 00039 (map_string_keys.go:21)	CMPQ	BX, DX
	0x002a 00042 (map_string_keys.go:21)	JLE	272
	0x0030 00048 (map_string_keys.go:21)	MOVQ	DX, main.j+32(SP)
	0x0035 00053 (map_string_keys.go:21)	MOVQ	DX, CX
	0x0038 00056 (map_string_keys.go:22)	JMP	74
	0x003a 00058 (map_string_keys.go:23)	PCDATA	$0, $-2
	0x003a 00058 (map_string_keys.go:23)	MOVQ	R12, (AX)(DX*1)
	0x003e 00062 (map_string_keys.go:23)	MOVQ	R9, 8(AX)(SI*1)
	0x0043 00067 (map_string_keys.go:23)	MOVQ	R8, (AX)(SI*1)
	0x0047 00071 (map_string_keys.go:22)	PCDATA	$0, $-1
	0x0047 00071 (map_string_keys.go:22)	MOVQ	R10, DX
	0x004a 00074 (map_string_keys.go:22)	TESTQ	DX, DX
	0x004d 00077 (map_string_keys.go:22)	JGT	83
	0x004f 00079 (map_string_keys.go:22)	XORL	SI, SI
	0x0051 00081 (map_string_keys.go:22)	JMP	166
	0x0053 00083 (map_string_keys.go:22)	CMPQ	BX, DX
	0x0056 00086 (map_string_keys.go:22)	JLS	293
	0x005c 00092 (map_string_keys.go:22)	MOVQ	DX, main..autotmp_9+40(SP)
	0x0061 00097 (map_string_keys.go:22)	MOVQ	DX, SI
	0x0064 00100 (map_string_keys.go:22)	SHLQ	$4, DX
	0x0068 00104 (map_string_keys.go:22)	MOVQ	(AX)(DX*1), R8
	0x006c 00108 (map_string_keys.go:22)	MOVQ	8(AX)(DX*1), BX
	0x0071 00113 (map_string_keys.go:22)	LEAQ	-1(SI), DX
	0x0075 00117 (map_string_keys.go:22)	SHLQ	$4, DX
	0x0079 00121 (map_string_keys.go:22)	MOVQ	(AX)(DX*1), CX
	0x007d 00125 (map_string_keys.go:22)	MOVQ	8(AX)(DX*1), DI
	0x0082 00130 (map_string_keys.go:22)	MOVQ	R8, AX
	0x0085 00133 (map_string_keys.go:22)	PCDATA	$1, $0
	0x0085 00133 (map_string_keys.go:22)	CALL	runtime.cmpstring(SB)
	0x008a 00138 (map_string_keys.go:22)	TESTQ	AX, AX
	0x008d 00141 (map_string_keys.go:22)	SETLT	DL
	0x0090 00144 (map_string_keys.go:23)	MOVQ	main.a+64(SP), AX
	0x0095 00149 (map_string_keys.go:21)	MOVQ	main.j+32(SP), CX
	0x009a 00154 (map_string_keys.go:23)	MOVQ	main.a+72(SP), BX
	0x009f 00159 (map_string_keys.go:22)	MOVL	DX, SI
	0x00a1 00161 (map_string_keys.go:23)	MOVQ	main..autotmp_9+40(SP), DX
	0x00a6 00166 (map_string_keys.go:22)	TESTB	SIB, SIB
	0x00a9 00169 (map_string_keys.go:22)	JEQ	35
	0x00af 00175 (map_string_keys.go:23)	CMPQ	BX, DX
	0x00b2 00178 (map_string_keys.go:23)	JLS	283
	0x00b4 00180 (map_string_keys.go:23)	LEAQ	-1(DX), SI
	0x00b8 00184 (map_string_keys.go:23)	SHLQ	$4, DX
	0x00bc 00188 (map_string_keys.go:23)	MOVQ	(AX)(DX*1), R8
	0x00c0 00192 (map_string_keys.go:23)	MOVQ	8(AX)(DX*1), R9
	0x00c5 00197 (map_string_keys.go:23)	CMPQ	BX, SI
	0x00c8 00200 (map_string_keys.go:23)	JLS	278
	0x00ca 00202 (map_string_keys.go:23)	MOVQ	SI, R10
	0x00cd 00205 (map_string_keys.go:23)	SHLQ	$4, SI
	0x00d1 00209 (map_string_keys.go:23)	MOVQ	8(AX)(SI*1), R11
	0x00d6 00214 (map_string_keys.go:23)	MOVQ	(AX)(SI*1), R12
	0x00da 00218 (map_string_keys.go:23)	MOVQ	R11, 8(AX)(DX*1)
	0x00df 00223 (map_string_keys.go:23)	CMPL	runtime.writeBarrier(SB), $0
	0x00e6 00230 (map_string_keys.go:23)	PCDATA	$0, $-2
	0x00e6 00230 (map_string_keys.go:23)	JEQ	58
	0x00ec 00236 (map_string_keys.go:23)	MOVQ	(AX)(DX*1), R11
	0x00f0 00240 (map_string_keys.go:23)	MOVQ	(AX)(SI*1), R13
	0x00f4 00244 (map_string_keys.go:23)	MOVQ	R11, DI
	0x00f7 00247 (map_string_keys.go:23)	CALL	runtime.gcWriteBarrier4(SB)
	0x00fc 00252 (map_string_keys.go:23)	MOVQ	R12, (R11)
	0x00ff 00255 (map_string_keys.go:23)	MOVQ	DI, 8(R11)
	0x0103 00259 (map_string_keys.go:23)	MOVQ	R8, 16(R11)
	0x0107 00263 (map_string_keys.go:23)	MOVQ	R13, 24(R11)
	0x010b 00267 (map_string_keys.go:23)	JMP	58
	0x0110 00272 (map_string_keys.go:26)	PCDATA	$0, $-1
	0x0110 00272 (map_string_keys.go:26)	ADDQ	$48, SP
	0x0114 00276 (map_string_keys.go:26)	POPQ	BP
	0x0115 00277 (map_string_keys.go:26)	RET
	0x0116 00278 (map_string_keys.go:23)	PCDATA	$1, $1
	0x0116 00278 (map_string_keys.go:23)	PCDATA	$4, $3951
	0x0116 00278 (map_string_keys.go:23)	CALL	runtime.panicBounds(SB)
	0x011b 00283 (map_string_keys.go:23)	PCDATA	$4, $3663
	0x011b 00283 (map_string_keys.go:23)	NOP
	0x0120 00288 (map_string_keys.go:23)	CALL	runtime.panicBounds(SB)
	0x0125 00293 (map_string_keys.go:22)	PCDATA	$4, $3663
	0x0125 00293 (map_string_keys.go:22)	CALL	runtime.panicBounds(SB)
	0x012a 00298 (map_string_keys.go:22)	XCHGL	AX, AX
	0x012b 00299 (map_string_keys.go:22)	NOP
	0x012b 00299 (map_string_keys.go:20)	PCDATA	$1, $-1
	0x012b 00299 (map_string_keys.go:20)	PCDATA	$0, $-2
	0x012b 00299 (map_string_keys.go:20)	MOVQ	AX, 8(SP)
	0x0130 00304 (map_string_keys.go:20)	MOVQ	BX, 16(SP)
	0x0135 00309 (map_string_keys.go:20)	MOVQ	CX, 24(SP)
	0x013a 00314 (map_string_keys.go:20)	CALL	runtime.morestack_noctxt(SB)
	0x013f 00319 (map_string_keys.go:20)	PCDATA	$0, $-1
	0x013f 00319 (map_string_keys.go:20)	MOVQ	8(SP), AX
	0x0144 00324 (map_string_keys.go:20)	MOVQ	16(SP), BX
	0x0149 00329 (map_string_keys.go:20)	MOVQ	24(SP), CX
	0x014e 00334 (map_string_keys.go:20)	JMP	0
	0x0000 49 3b 66 10 0f 86 21 01 00 00 55 48 89 e5 48 83  I;f...!...UH..H.
	0x0010 ec 30 48 89 5c 24 48 48 89 44 24 40 ba 01 00 00  .0H.\$HH.D$@....
	0x0020 00 eb 04 48 8d 51 01 48 39 d3 0f 8e e0 00 00 00  ...H.Q.H9.......
	0x0030 48 89 54 24 20 48 89 d1 eb 10 4c 89 24 10 4c 89  H.T$ H....L.$.L.
	0x0040 4c 30 08 4c 89 04 30 4c 89 d2 48 85 d2 7f 04 31  L0.L..0L..H....1
	0x0050 f6 eb 53 48 39 d3 0f 86 c9 00 00 00 48 89 54 24  ..SH9.......H.T$
	0x0060 28 48 89 d6 48 c1 e2 04 4c 8b 04 10 48 8b 5c 10  (H..H...L...H.\.
	0x0070 08 48 8d 56 ff 48 c1 e2 04 48 8b 0c 10 48 8b 7c  .H.V.H...H...H.|
	0x0080 10 08 4c 89 c0 e8 00 00 00 00 48 85 c0 0f 9c c2  ..L.......H.....
	0x0090 48 8b 44 24 40 48 8b 4c 24 20 48 8b 5c 24 48 89  H.D$@H.L$ H.\$H.
	0x00a0 d6 48 8b 54 24 28 40 84 f6 0f 84 74 ff ff ff 48  .H.T$(@....t...H
	0x00b0 39 d3 76 67 48 8d 72 ff 48 c1 e2 04 4c 8b 04 10  9.vgH.r.H...L...
	0x00c0 4c 8b 4c 10 08 48 39 f3 76 4c 49 89 f2 48 c1 e6  L.L..H9.vLI..H..
	0x00d0 04 4c 8b 5c 30 08 4c 8b 24 30 4c 89 5c 10 08 83  .L.\0.L.$0L.\...
	0x00e0 3d 00 00 00 00 00 0f 84 4e ff ff ff 4c 8b 1c 10  =.......N...L...
	0x00f0 4c 8b 2c 30 4c 89 df e8 00 00 00 00 4d 89 23 49  L.,0L.......M.#I
	0x0100 89 7b 08 4d 89 43 10 4d 89 6b 18 e9 2a ff ff ff  .{.M.C.M.k..*...
	0x0110 48 83 c4 30 5d c3 e8 00 00 00 00 0f 1f 44 00 00  H..0]........D..
	0x0120 e8 00 00 00 00 e8 00 00 00 00 90 48 89 44 24 08  ...........H.D$.
	0x0130 48 89 5c 24 10 48 89 4c 24 18 e8 00 00 00 00 48  H.\$.H.L$......H
	0x0140 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18 e9 ad  .D$.H.\$.H.L$...
	0x0150 fe ff ff                                         ...
	rel 134+4 t=R_CALL runtime.cmpstring+0
	rel 225+4 t=R_PCREL runtime.writeBarrier+-1
	rel 248+4 t=R_CALL runtime.gcWriteBarrier4+0
	rel 279+4 t=R_CALL runtime.panicBounds+0
	rel 289+4 t=R_CALL runtime.panicBounds+0
	rel 294+4 t=R_CALL runtime.panicBounds+0
	rel 315+4 t=R_CALL runtime.morestack_noctxt+0
main.addAll STEXT size=144 align=0x0 args=0x20 locals=0x38 funcid=0x0
	0x0000 00000 (map_string_keys.go:29)	TEXT	main.addAll(SB), ABIInternal, $56-32
	0x0000 00000 (map_string_keys.go:29)	CMPQ	SP, 16(R14)
	0x0004 00004 (map_string_keys.go:29)	PCDATA	$0, $-2
	0x0004 00004 (map_string_keys.go:29)	JLS	94
	0x0006 00006 (map_string_keys.go:29)	PCDATA	$0, $-1
	0x0006 00006 (map_string_keys.go:29)	PUSHQ	BP
	0x0007 00007 (map_string_keys.go:29)	MOVQ	SP, BP
	0x000a 00010 (map_string_keys.go:29)	SUBQ	$48, SP
	0x000e 00014 (map_string_keys.go:29)	MOVQ	BX, main.ws+72(FP)
	0x0013 00019 (map_string_keys.go:29)	FUNCDATA	$0, gclocals·3iDpa7B97wWfYpkQQygYtw==(SB)
	0x0013 00019 (map_string_keys.go:29)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0013 00019 (map_string_keys.go:29)	FUNCDATA	$5, main.addAll.arginfo1(SB)
	0x0013 00019 (map_string_keys.go:29)	FUNCDATA	$6, main.addAll.argliveinfo(SB)
	0x0013 00019 (map_string_keys.go:29)	PCDATA	$3, $1
	0x0013 00019 (map_string_keys.go:30)	MOVQ	AX, main.m+64(SP)
	0x0018 00024 (map_string_keys.go:30)	PCDATA	$3, $2
	0x0018 00024 (map_string_keys.go:30)	JMP	83
	0x001a 00026 (map_string_keys.go:30)	MOVQ	CX, main..autotmp_11+32(SP)
	0x001f 00031 (map_string_keys.go:30)	MOVQ	BX, main..autotmp_12+40(SP)
	0x0024 00036 (map_string_keys.go:30)	MOVQ	8(BX), DI
	0x0028 00040 (map_string_keys.go:30)	MOVQ	(BX), CX
	0x002b 00043 (map_string_keys.go:31)	MOVQ	AX, BX
	0x002e 00046 (map_string_keys.go:31)	LEAQ	type:map[string]int(SB), AX
	0x0035 00053 (map_string_keys.go:31)	PCDATA	$1, $1
	0x0035 00053 (map_string_keys.go:31)	CALL	runtime.mapassign_faststr(SB)
	0x003a 00058 (map_string_keys.go:31)	INCQ	(AX)
	0x003d 00061 (map_string_keys.go:30)	MOVQ	main..autotmp_12+40(SP), BX
	0x0042 00066 (map_string_keys.go:30)	ADDQ	$16, BX
	0x0046 00070 (map_string_keys.go:30)	MOVQ	main..autotmp_11+32(SP), CX
	0x004b 00075 (map_string_keys.go:30)	DECQ	CX
	0x004e 00078 (map_string_keys.go:31)	MOVQ	main.m+64(SP), AX
	0x0053 00083 (map_string_keys.go:30)	TESTQ	CX, CX
	0x0056 00086 (map_string_keys.go:30)	JGT	26
	0x0058 00088 (map_string_keys.go:33)	ADDQ	$48, SP
	0x005c 00092 (map_string_keys.go:33)	POPQ	BP
	0x005d 00093 (map_string_keys.go:33)	RET
	0x005e 00094 (map_string_keys.go:33)	NOP
	0x005e 00094 (map_string_keys.go:29)	PCDATA	$1, $-1
	0x005e 00094 (map_string_keys.go:29)	PCDATA	$0, $-2
	0x005e 00094 (map_string_keys.go:29)	MOVQ	AX, 8(SP)
	0x0063 00099 (map_string_keys.go:29)	MOVQ	BX, 16(SP)
	0x0068 00104 (map_string_keys.go:29)	MOVQ	CX, 24(SP)
	0x006d 00109 (map_string_keys.go:29)	MOVQ	DI, 32(SP)
	0x0072 00114 (map_string_keys.go:29)	CALL	runtime.morestack_noctxt(SB)
	0x0077 00119 (map_string_keys.go:29)	PCDATA	$0, $-1
	0x0077 00119 (map_string_keys.go:29)	MOVQ	8(SP), AX
	0x007c 00124 (map_string_keys.go:29)	MOVQ	16(SP), BX
	0x0081 00129 (map_string_keys.go:29)	MOVQ	24(SP), CX
	0x0086 00134 (map_string_keys.go:29)	MOVQ	32(SP), DI
	0x008b 00139 (map_string_keys.go:29)	JMP	0
	0x0000 49 3b 66 10 76 58 55 48 89 e5 48 83 ec 30 48 89  I;f.vXUH..H..0H.
	0x0010 5c 24 48 48 89 44 24 40 eb 39 48 89 4c 24 20 48  \$HH.D$@.9H.L$ H
	0x0020 89 5c 24 28 48 8b 7b 08 48 8b 0b 48 89 c3 48 8d  .\$(H.{.H..H..H.
	0x0030 05 00 00 00 00 e8 00 00 00 00 48 ff 00 48 8b 5c  ..........H..H.\
	0x0040 24 28 48 83 c3 10 48 8b 4c 24 20 48 ff c9 48 8b  $(H...H.L$ H..H.
	0x0050 44 24 40 48 85 c9 7f c2 48 83 c4 30 5d c3 48 89  D$@H....H..0].H.
	0x0060 44 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c  D$.H.\$.H.L$.H.|
	0x0070 24 20 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $ .....H.D$.H.\$
	0x0080 10 48 8b 4c 24 18 48 8b 7c 24 20 e9 70 ff ff ff  .H.L$.H.|$ .p...
	rel 49+4 t=R_PCREL type:map[string]int+0
	rel 54+4 t=R_CALL runtime.mapassign_faststr+0
	rel 115+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=2362 align=0x0 args=0x0 locals=0x3a0 funcid=0x0
	0x0000 00000 (map_string_keys.go:35)	TEXT	main.main(SB), ABIInternal, $928-0
	0x0000 00000 (map_string_keys.go:35)	LEAQ	-800(SP), R12
	0x0008 00008 (map_string_keys.go:35)	CMPQ	R12, 16(R14)
	0x000c 00012 (map_string_keys.go:35)	PCDATA	$0, $-2
	0x000c 00012 (map_string_keys.go:35)	JLS	2352
	0x0012 00018 (map_string_keys.go:35)	PCDATA	$0, $-1
	0x0012 00018 (map_string_keys.go:35)	PUSHQ	BP
	0x0013 00019 (map_string_keys.go:35)	MOVQ	SP, BP
	0x0016 00022 (map_string_keys.go:35)	SUBQ	$920, SP
	0x001d 00029 (map_string_keys.go:35)	FUNCDATA	$0, gclocals·oNG3nr3vlhmleRajv8JktQ==(SB)
	0x001d 00029 (map_string_keys.go:35)	FUNCDATA	$1, gclocals·vc3K+z9Y+cVCDYmL6NXgvw==(SB)
	0x001d 00029 (map_string_keys.go:35)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (map_string_keys.go:37)	LEAQ	main..autotmp_31+776(SP), AX
	0x0025 00037 (map_string_keys.go:37)	MOVUPS	X15, (AX)
	0x0029 00041 (map_string_keys.go:37)	MOVUPS	X15, 16(AX)
	0x002e 00046 (map_string_keys.go:37)	MOVUPS	X15, 32(AX)
	0x0033 00051 (map_string_keys.go:37)	LEAQ	main..autotmp_32+576(SP), AX
	0x003b 00059 (map_string_keys.go:37)	MOVL	$3, CX
	0x0040 00064 (map_string_keys.go:37)	MOVUPS	X15, (AX)
	0x0044 00068 (map_string_keys.go:37)	MOVUPS	X15, 16(AX)
	0x0049 00073 (map_string_keys.go:37)	MOVUPS	X15, 32(AX)
	0x004e 00078 (map_string_keys.go:37)	MOVUPS	X15, 48(AX)
	0x0053 00083 (map_string_keys.go:37)	ADDQ	$64, AX
	0x0057 00087 (map_string_keys.go:37)	DECL	CX
	0x0059 00089 (map_string_keys.go:37)	JNE	64
	0x005b 00091 (map_string_keys.go:37)	MOVUPS	X15, -8(AX)
	0x0060 00096 (map_string_keys.go:37)	MOVQ	$-9187201950435737472, AX
	0x006a 00106 (map_string_keys.go:37)	MOVQ	AX, main..autotmp_32+576(SP)
	0x0072 00114 (map_string_keys.go:37)	LEAQ	main..autotmp_32+576(SP), AX
	0x007a 00122 (map_string_keys.go:37)	MOVQ	AX, main..autotmp_31+792(SP)
	0x0082 00130 (map_string_keys.go:37)	PCDATA	$1, $1
	0x0082 00130 (map_string_keys.go:37)	CALL	runtime.rand(SB)
	0x0087 00135 (map_string_keys.go:37)	MOVQ	AX, main..autotmp_31+784(SP)
	0x008f 00143 (<unknown line number>)	NOP
	0x008f 00143 (map_string_keys.go:7)	XORL	AX, AX
	0x0091 00145 (map_string_keys.go:7)	MOVQ	$-1, CX
	0x0098 00152 (map_string_keys.go:7)	XORL	DX, DX
	0x009a 00154 (map_string_keys.go:7)	XORL	BX, BX
	0x009c 00156 (map_string_keys.go:7)	XORL	SI, SI
	0x009e 00158 (map_string_keys.go:7)	XORL	DI, DI
	0x00a0 00160 (map_string_keys.go:7)	JMP	169
	0x00a2 00162 (map_string_keys.go:7)	LEAQ	1(R9), AX
	0x00a6 00166 (map_string_keys.go:7)	MOVQ	R8, SI
	0x00a9 00169 (map_string_keys.go:7)	CMPQ	AX, $44
	0x00ad 00173 (map_string_keys.go:7)	JGT	486
	0x00b3 00179 (map_string_keys.go:8)	JEQ	203
	0x00b5 00181 (map_string_keys.go:8)	LEAQ	go:string."the cat and the dog and the bird saw the cat"(SB), R8
	0x00bc 00188 (map_string_keys.go:8)	MOVBLZX	(R8)(AX*1), R8
	0x00c1 00193 (map_string_keys.go:8)	CMPB	R8B, $32
	0x00c5 00197 (map_string_keys.go:8)	JNE	468
	0x00cb 00203 (map_string_keys.go:9)	TESTQ	CX, CX
	0x00ce 00206 (map_string_keys.go:9)	JLT	457
	0x00d4 00212 (map_string_keys.go:10)	CMPQ	CX, AX
	0x00d7 00215 (map_string_keys.go:10)	JHI	2346
	0x00dd 00221 (map_string_keys.go:10)	LEAQ	1(SI), R8
	0x00e1 00225 (map_string_keys.go:10)	MOVQ	AX, R9
	0x00e4 00228 (map_string_keys.go:10)	SUBQ	CX, AX
	0x00e7 00231 (map_string_keys.go:10)	MOVQ	AX, R10
	0x00ea 00234 (map_string_keys.go:10)	NEGQ	AX
	0x00ed 00237 (map_string_keys.go:10)	SARQ	$63, AX
	0x00f1 00241 (map_string_keys.go:10)	ANDQ	AX, CX
	0x00f4 00244 (map_string_keys.go:10)	LEAQ	go:string."the cat and the dog and the bird saw the cat"(SB), R11
	0x00fb 00251 (map_string_keys.go:10)	ADDQ	CX, R11
	0x00fe 00254 (map_string_keys.go:10)	NOP
	0x0100 00256 (map_string_keys.go:10)	CMPQ	DI, R8
	0x0103 00259 (map_string_keys.go:10)	JCC	401
	0x0109 00265 (map_string_keys.go:7)	MOVQ	R9, main..autotmp_88+168(SP)
	0x0111 00273 (map_string_keys.go:10)	MOVQ	R10, main..autotmp_89+160(SP)
	0x0119 00281 (map_string_keys.go:10)	MOVQ	R11, main..autotmp_90+224(SP)
	0x0121 00289 (map_string_keys.go:7)	MOVB	DL, main..autotmp_91+71(SP)
	0x0125 00293 (map_string_keys.go:10)	CMPQ	R8, $2
	0x0129 00297 (map_string_keys.go:10)	JGT	337
	0x012b 00299 (map_string_keys.go:7)	TESTB	DL, DL
	0x012d 00301 (map_string_keys.go:10)	JNE	337
	0x012f 00303 (map_string_keys.go:10)	TESTQ	SI, SI
	0x0132 00306 (map_string_keys.go:10)	JNE	337
	0x0134 00308 (map_string_keys.go:10)	LEAQ	main..autotmp_64+264(SP), BX
	0x013c 00316 (map_string_keys.go:10)	MOVUPS	X15, (BX)
	0x0140 00320 (map_string_keys.go:10)	MOVUPS	X15, 16(BX)
	0x0145 00325 (map_string_keys.go:10)	MOVL	$2, DI
	0x014a 00330 (map_string_keys.go:10)	MOVL	$1, DX
	0x014f 00335 (map_string_keys.go:10)	JMP	401
	0x0151 00337 (map_string_keys.go:10)	MOVQ	BX, AX
	0x0154 00340 (map_string_keys.go:10)	MOVQ	R8, BX
	0x0157 00343 (map_string_keys.go:10)	MOVQ	DI, CX
	0x015a 00346 (map_string_keys.go:10)	MOVL	$1, DI
	0x015f 00351 (map_string_keys.go:10)	LEAQ	type:string(SB), SI
	0x0166 00358 (map_string_keys.go:10)	PCDATA	$1, $2
	0x0166 00358 (map_string_keys.go:10)	CALL	runtime.growslice(SB)
	0x016b 00363 (map_string_keys.go:7)	MOVQ	main..autotmp_88+168(SP), R9
	0x0173 00371 (map_string_keys.go:10)	MOVQ	main..autotmp_89+160(SP), R10
	0x017b 00379 (map_string_keys.go:10)	MOVQ	main..autotmp_90+224(SP), R11
	0x0183 00387 (map_string_keys.go:11)	MOVQ	BX, R8
	0x0186 00390 (map_string_keys.go:11)	MOVQ	AX, BX
	0x0189 00393 (map_string_keys.go:11)	MOVQ	CX, DI
	0x018c 00396 (map_string_keys.go:11)	MOVBLZX	main..autotmp_91+71(SP), DX
	0x0191 00401 (map_string_keys.go:10)	LEAQ	-1(R8), CX
	0x0195 00405 (map_string_keys.go:10)	SHLQ	$4, CX
	0x0199 00409 (map_string_keys.go:10)	MOVQ	R10, 8(BX)(CX*1)
	0x019e 00414 (map_string_keys.go:10)	CMPL	runtime.writeBarrier(SB), $0
	0x01a5 00421 (map_string_keys.go:10)	PCDATA	$0, $-2
	0x01a5 00421 (map_string_keys.go:10)	JEQ	441
	0x01a7 00423 (map_string_keys.go:10)	MOVQ	(CX)(BX*1), R10
	0x01ab 00427 (map_string_keys.go:10)	MOVQ	R11, AX
	0x01ae 00430 (map_string_keys.go:10)	CALL	runtime.gcWriteBarrier1(SB)
	0x01b3 00435 (map_string_keys.go:10)	MOVQ	R10, (R11)
	0x01b6 00438 (map_string_keys.go:10)	MOVQ	AX, R11
	0x01b9 00441 (map_string_keys.go:10)	MOVQ	R11, (BX)(CX*1)
	0x01bd 00445 (map_string_keys.go:10)	PCDATA	$0, $-1
	0x01bd 00445 (map_string_keys.go:10)	MOVQ	$-1, CX
	0x01c4 00452 (map_string_keys.go:11)	JMP	162
	0x01c9 00457 (map_string_keys.go:7)	MOVQ	AX, R9
	0x01cc 00460 (<unknown line number>)	MOVQ	SI, R8
	0x01cf 00463 (map_string_keys.go:9)	JMP	162
	0x01d4 00468 (map_string_keys.go:13)	TESTQ	CX, CX
	0x01d7 00471 (map_string_keys.go:13)	CMOVQLT	AX, CX
	0x01db 00475 (map_string_keys.go:7)	MOVQ	AX, R9
	0x01de 00478 (<unknown line number>)	MOVQ	SI, R8
	0x01e1 00481 (map_string_keys.go:13)	JMP	162
	0x01e6 00486 (map_string_keys.go:38)	LEAQ	+936(FP), DX
	0x01ee 00494 (map_string_keys.go:38)	SUBQ	SP, DX
	0x01f1 00497 (map_string_keys.go:38)	MOVQ	BX, R8
	0x01f4 00500 (map_string_keys.go:38)	SUBQ	SP, R8
	0x01f7 00503 (map_string_keys.go:38)	CMPQ	R8, DX
	0x01fa 00506 (map_string_keys.go:38)	JCC	532
	0x01fc 00508 (map_string_keys.go:38)	LEAQ	type:string(SB), AX
	0x0203 00515 (map_string_keys.go:38)	MOVQ	SI, CX
	0x0206 00518 (map_string_keys.go:38)	PCDATA	$1, $1
	0x0206 00518 (map_string_keys.go:38)	CALL	runtime.moveSliceNoCap(SB)
	0x020b 00523 (map_string_keys.go:38)	MOVQ	BX, SI
	0x020e 00526 (map_string_keys.go:38)	MOVQ	CX, DI
	0x0211 00529 (map_string_keys.go:38)	MOVQ	AX, BX
	0x0214 00532 (map_string_keys.go:38)	LEAQ	main..autotmp_31+776(SP), AX
	0x021c 00540 (map_string_keys.go:38)	MOVQ	SI, CX
	0x021f 00543 (map_string_keys.go:38)	NOP
	0x0220 00544 (map_string_keys.go:38)	CALL	main.addAll(SB)
	0x0225 00549 (map_string_keys.go:39)	MOVQ	main..autotmp_31+776(SP), CX
	0x022d 00557 (map_string_keys.go:39)	MOVQ	CX, main..autotmp_92+152(SP)
	0x0235 00565 (map_string_keys.go:39)	CMPQ	CX, $2
	0x0239 00569 (map_string_keys.go:39)	JHI	598
	0x023b 00571 (map_string_keys.go:39)	LEAQ	main..autotmp_39+544(SP), DX
	0x0243 00579 (map_string_keys.go:39)	MOVUPS	X15, (DX)
	0x0247 00583 (map_string_keys.go:39)	MOVUPS	X15, 16(DX)
	0x024c 00588 (map_string_keys.go:39)	LEAQ	main..autotmp_39+544(SP), AX
	0x0254 00596 (map_string_keys.go:39)	JMP	613
	0x0256 00598 (map_string_keys.go:39)	LEAQ	type:string(SB), AX
	0x025d 00605 (map_string_keys.go:39)	XORL	BX, BX
	0x025f 00607 (map_string_keys.go:39)	NOP
	0x0260 00608 (map_string_keys.go:39)	CALL	runtime.makeslice(SB)
	0x0265 00613 (map_string_keys.go:40)	MOVQ	AX, main.keys.ptr+184(SP)
	0x026d 00621 (map_string_keys.go:40)	LEAQ	main..autotmp_29+824(SP), CX
	0x0275 00629 (map_string_keys.go:40)	MOVUPS	X15, (CX)
	0x0279 00633 (map_string_keys.go:40)	MOVUPS	X15, 16(CX)
	0x027e 00638 (map_string_keys.go:40)	MOVUPS	X15, 32(CX)
	0x0283 00643 (map_string_keys.go:40)	MOVUPS	X15, 48(CX)
	0x0288 00648 (map_string_keys.go:40)	MOVUPS	X15, 64(CX)
	0x028d 00653 (map_string_keys.go:40)	MOVUPS	X15, 80(CX)
	0x0292 00658 (map_string_keys.go:40)	LEAQ	type:map[string]int(SB), AX
	0x0299 00665 (map_string_keys.go:40)	LEAQ	main..autotmp_31+776(SP), BX
	0x02a1 00673 (map_string_keys.go:40)	PCDATA	$1, $3
	0x02a1 00673 (map_string_keys.go:40)	CALL	runtime.mapIterStart(SB)
	0x02a6 00678 (map_string_keys.go:40)	XORL	AX, AX
	0x02a8 00680 (map_string_keys.go:40)	MOVQ	main.keys.ptr+184(SP), CX
	0x02b0 00688 (map_string_keys.go:40)	XORL	DX, DX
	0x02b2 00690 (map_string_keys.go:40)	MOVQ	main..autotmp_92+152(SP), BX
	0x02ba 00698 (map_string_keys.go:40)	JMP	748
	0x02bc 00700 (map_string_keys.go:41)	PCDATA	$0, $-2
	0x02bc 00700 (map_string_keys.go:41)	MOVQ	CX, main.keys.ptr+184(SP)
	0x02c4 00708 (map_string_keys.go:41)	MOVQ	R10, (CX)(DX*1)
	0x02c8 00712 (map_string_keys.go:40)	PCDATA	$0, $-1
	0x02c8 00712 (map_string_keys.go:40)	LEAQ	main..autotmp_29+824(SP), AX
	0x02d0 00720 (map_string_keys.go:40)	CALL	runtime.mapIterNext(SB)
	0x02d5 00725 (map_string_keys.go:40)	MOVBLZX	main..autotmp_91+71(SP), AX
	0x02da 00730 (map_string_keys.go:40)	MOVQ	main.keys.ptr+184(SP), CX
	0x02e2 00738 (map_string_keys.go:40)	MOVQ	main.keys.len+88(SP), DX
	0x02e7 00743 (map_string_keys.go:40)	MOVQ	main.keys.cap+96(SP), BX
	0x02ec 00748 (map_string_keys.go:40)	MOVQ	main..autotmp_29+824(SP), R8
	0x02f4 00756 (map_string_keys.go:40)	TESTQ	R8, R8
	0x02f7 00759 (map_string_keys.go:40)	JEQ	958
	0x02fd 00765 (map_string_keys.go:41)	LEAQ	1(DX), R9
	0x0301 00769 (map_string_keys.go:40)	MOVQ	(R8), R10
	0x0304 00772 (map_string_keys.go:40)	MOVQ	8(R8), R8
	0x0308 00776 (map_string_keys.go:41)	CMPQ	BX, R9
	0x030b 00779 (map_string_keys.go:41)	JCC	897
	0x030d 00781 (map_string_keys.go:40)	MOVQ	R10, main.k.ptr+200(SP)
	0x0315 00789 (map_string_keys.go:40)	MOVQ	R8, main.k.len+112(SP)
	0x031a 00794 (map_string_keys.go:40)	MOVB	AL, main..autotmp_93+70(SP)
	0x031e 00798 (map_string_keys.go:40)	NOP
	0x0320 00800 (map_string_keys.go:41)	CMPQ	R9, $2
	0x0324 00804 (map_string_keys.go:41)	JGT	844
	0x0326 00806 (map_string_keys.go:40)	TESTB	AL, AL
	0x0328 00808 (map_string_keys.go:41)	JNE	844
	0x032a 00810 (map_string_keys.go:41)	TESTQ	DX, DX
	0x032d 00813 (map_string_keys.go:41)	JNE	844
	0x032f 00815 (map_string_keys.go:41)	LEAQ	main..autotmp_68+232(SP), CX
	0x0337 00823 (map_string_keys.go:41)	MOVUPS	X15, (CX)
	0x033b 00827 (map_string_keys.go:41)	MOVUPS	X15, 16(CX)
	0x0340 00832 (map_string_keys.go:41)	MOVL	$2, BX
	0x0345 00837 (map_string_keys.go:41)	MOVL	$1, AX
	0x034a 00842 (map_string_keys.go:41)	JMP	897
	0x034c 00844 (map_string_keys.go:41)	MOVQ	CX, AX
	0x034f 00847 (map_string_keys.go:41)	MOVQ	BX, CX
	0x0352 00850 (map_string_keys.go:41)	MOVL	$1, DI
	0x0357 00855 (map_string_keys.go:41)	LEAQ	type:string(SB), SI
	0x035e 00862 (map_string_keys.go:41)	MOVQ	R9, BX
	0x0361 00865 (map_string_keys.go:41)	PCDATA	$1, $4
	0x0361 00865 (map_string_keys.go:41)	CALL	runtime.growslice(SB)
	0x0366 00870 (map_string_keys.go:41)	MOVQ	main.k.len+112(SP), R8
	0x036b 00875 (map_string_keys.go:41)	MOVQ	main.k.ptr+200(SP), R10
	0x0373 00883 (map_string_keys.go:41)	MOVQ	BX, R9
	0x0376 00886 (map_string_keys.go:41)	MOVQ	CX, BX
	0x0379 00889 (map_string_keys.go:41)	MOVQ	AX, CX
	0x037c 00892 (map_string_keys.go:41)	MOVBLZX	main..autotmp_93+70(SP), AX
	0x0381 00897 (map_string_keys.go:41)	MOVQ	R9, main.keys.len+88(SP)
	0x0386 00902 (map_string_keys.go:41)	MOVQ	BX, main.keys.cap+96(SP)
	0x038b 00907 (map_string_keys.go:41)	MOVB	AL, main..autotmp_91+71(SP)
	0x038f 00911 (map_string_keys.go:41)	LEAQ	-1(R9), DX
	0x0393 00915 (map_string_keys.go:41)	SHLQ	$4, DX
	0x0397 00919 (map_string_keys.go:41)	MOVQ	R8, 8(CX)(DX*1)
	0x039c 00924 (map_string_keys.go:41)	CMPL	runtime.writeBarrier(SB), $0
	0x03a3 00931 (map_string_keys.go:41)	PCDATA	$0, $-2
	0x03a3 00931 (map_string_keys.go:41)	JEQ	700
	0x03a9 00937 (map_string_keys.go:41)	MOVQ	(DX)(CX*1), SI
	0x03ad 00941 (map_string_keys.go:41)	CALL	runtime.gcWriteBarrier2(SB)
	0x03b2 00946 (map_string_keys.go:41)	MOVQ	R10, (R11)
	0x03b5 00949 (map_string_keys.go:41)	MOVQ	SI, 8(R11)
	0x03b9 00953 (map_string_keys.go:41)	JMP	700
	0x03be 00958 (map_string_keys.go:40)	PCDATA	$0, $-1
	0x03be 00958 (map_string_keys.go:40)	MOVQ	DX, main.keys.len+88(SP)
	0x03c3 00963 (map_string_keys.go:40)	MOVQ	CX, main..autotmp_94+216(SP)
	0x03cb 00971 (map_string_keys.go:43)	XCHGL	AX, AX
	0x03cc 00972 (map_string_keys.go:21)	MOVL	$1, SI
	0x03d1 00977 (map_string_keys.go:21)	JMP	992
	0x03d3 00979 (map_string_keys.go:21)	LEAQ	1(AX), SI
	0x03d7 00983 (map_string_keys.go:21)	NOP
	0x03e0 00992 (map_string_keys.go:21)	CMPQ	SI, DX
	0x03e3 00995 (map_string_keys.go:21)	JGE	1244
	0x03e9 01001 (map_string_keys.go:21)	MOVQ	SI, main.i+128(SP)
	0x03f1 01009 (map_string_keys.go:21)	MOVQ	SI, AX
	0x03f4 01012 (map_string_keys.go:22)	JMP	1030
	0x03f6 01014 (map_string_keys.go:23)	PCDATA	$0, $-2
	0x03f6 01014 (map_string_keys.go:23)	MOVQ	R13, (CX)(SI*1)
	0x03fa 01018 (map_string_keys.go:23)	MOVQ	R10, 8(CX)(R8*1)
	0x03ff 01023 (map_string_keys.go:23)	MOVQ	R9, (CX)(R8*1)
	0x0403 01027 (map_string_keys.go:22)	PCDATA	$0, $-1
	0x0403 01027 (map_string_keys.go:22)	MOVQ	R11, SI
	0x0406 01030 (map_string_keys.go:22)	TESTQ	SI, SI
	0x0409 01033 (map_string_keys.go:22)	JGT	1039
	0x040b 01035 (map_string_keys.go:22)	XORL	BX, BX
	0x040d 01037 (map_string_keys.go:22)	JMP	1127
	0x040f 01039 (map_string_keys.go:22)	CMPQ	SI, DX
	0x0412 01042 (map_string_keys.go:22)	JCC	2341
	0x0418 01048 (map_string_keys.go:22)	MOVQ	SI, main.j+120(SP)
	0x041d 01053 (map_string_keys.go:22)	MOVQ	SI, DX
	0x0420 01056 (map_string_keys.go:22)	SHLQ	$4, SI
	0x0424 01060 (map_string_keys.go:22)	MOVQ	(CX)(SI*1), AX
	0x0428 01064 (map_string_keys.go:22)	MOVQ	8(CX)(SI*1), BX
	0x042d 01069 (map_string_keys.go:22)	DECQ	DX
	0x0430 01072 (map_string_keys.go:22)	SHLQ	$4, DX
	0x0434 01076 (map_string_keys.go:22)	MOVQ	(CX)(DX*1), SI
	0x0438 01080 (map_string_keys.go:22)	MOVQ	8(CX)(DX*1), DI
	0x043d 01085 (map_string_keys.go:22)	MOVQ	SI, CX
	0x0440 01088 (map_string_keys.go:22)	PCDATA	$1, $5
	0x0440 01088 (map_string_keys.go:22)	CALL	runtime.cmpstring(SB)
	0x0445 01093 (map_string_keys.go:22)	TESTQ	AX, AX
	0x0448 01096 (map_string_keys.go:22)	SETLT	DL
	0x044b 01099 (map_string_keys.go:21)	MOVQ	main.i+128(SP), AX
	0x0453 01107 (map_string_keys.go:23)	MOVQ	main..autotmp_94+216(SP), CX
	0x045b 01115 (map_string_keys.go:23)	MOVQ	main.j+120(SP), SI
	0x0460 01120 (map_string_keys.go:22)	MOVL	DX, BX
	0x0462 01122 (map_string_keys.go:23)	MOVQ	main.keys.len+88(SP), DX
	0x0467 01127 (map_string_keys.go:22)	TESTB	BL, BL
	0x0469 01129 (map_string_keys.go:22)	JEQ	979
	0x046f 01135 (map_string_keys.go:23)	CMPQ	SI, DX
	0x0472 01138 (map_string_keys.go:23)	JCC	2333
	0x0478 01144 (map_string_keys.go:23)	LEAQ	-1(SI), R8
	0x047c 01148 (map_string_keys.go:23)	SHLQ	$4, SI
	0x0480 01152 (map_string_keys.go:23)	MOVQ	(CX)(SI*1), R9
	0x0484 01156 (map_string_keys.go:23)	MOVQ	8(CX)(SI*1), R10
	0x0489 01161 (map_string_keys.go:23)	CMPQ	DX, R8
	0x048c 01164 (map_string_keys.go:23)	JLS	2328
	0x0492 01170 (map_string_keys.go:23)	MOVQ	R8, R11
	0x0495 01173 (map_string_keys.go:23)	SHLQ	$4, R8
	0x0499 01177 (map_string_keys.go:23)	MOVQ	8(CX)(R8*1), R12
	0x049e 01182 (map_string_keys.go:23)	MOVQ	(CX)(R8*1), R13
	0x04a2 01186 (map_string_keys.go:23)	MOVQ	R12, 8(CX)(SI*1)
	0x04a7 01191 (map_string_keys.go:23)	CMPL	runtime.writeBarrier(SB), $0
	0x04ae 01198 (map_string_keys.go:23)	PCDATA	$0, $-2
	0x04ae 01198 (map_string_keys.go:23)	JEQ	1014
	0x04b4 01204 (map_string_keys.go:23)	MOVQ	(CX)(SI*1), R12
	0x04b8 01208 (map_string_keys.go:23)	MOVQ	(CX)(R8*1), R15
	0x04bc 01212 (map_string_keys.go:23)	MOVQ	R11, BX
	0x04bf 01215 (map_string_keys.go:23)	NOP
	0x04c0 01216 (map_string_keys.go:23)	CALL	runtime.gcWriteBarrier4(SB)
	0x04c5 01221 (map_string_keys.go:23)	MOVQ	R13, (R11)
	0x04c8 01224 (map_string_keys.go:23)	MOVQ	R12, 8(R11)
	0x04cc 01228 (map_string_keys.go:23)	MOVQ	R9, 16(R11)
	0x04d0 01232 (map_string_keys.go:23)	MOVQ	R15, 24(R11)
	0x04d4 01236 (map_string_keys.go:22)	MOVQ	BX, R11
	0x04d7 01239 (map_string_keys.go:23)	JMP	1014
	0x04dc 01244 (map_string_keys.go:44)	PCDATA	$0, $-1
	0x04dc 01244 (map_string_keys.go:44)	NOP
	0x04e0 01248 (map_string_keys.go:44)	JMP	1395
	0x04e5 01253 (map_string_keys.go:44)	MOVQ	DX, main..autotmp_88+168(SP)
	0x04ed 01261 (map_string_keys.go:44)	MOVQ	CX, main..autotmp_95+208(SP)
	0x04f5 01269 (map_string_keys.go:44)	MOVQ	8(CX), DI
	0x04f9 01273 (map_string_keys.go:44)	MOVQ	DI, main.k.len+104(SP)
	0x04fe 01278 (map_string_keys.go:44)	MOVQ	(CX), CX
	0x0501 01281 (map_string_keys.go:44)	MOVQ	CX, main.k.ptr+192(SP)
	0x0509 01289 (map_string_keys.go:45)	LEAQ	type:map[string]int(SB), AX
	0x0510 01296 (map_string_keys.go:45)	LEAQ	main..autotmp_31+776(SP), BX
	0x0518 01304 (map_string_keys.go:45)	PCDATA	$1, $6
	0x0518 01304 (map_string_keys.go:45)	CALL	runtime.mapaccess1_faststr(SB)
	0x051d 01309 (map_string_keys.go:45)	MOVQ	(AX), DX
	0x0520 01312 (map_string_keys.go:45)	MOVQ	DX, main..autotmp_89+160(SP)
	0x0528 01320 (map_string_keys.go:45)	CALL	runtime.printlock(SB)
	0x052d 01325 (map_string_keys.go:45)	MOVQ	main.k.ptr+192(SP), AX
	0x0535 01333 (map_string_keys.go:45)	MOVQ	main.k.len+104(SP), BX
	0x053a 01338 (map_string_keys.go:45)	PCDATA	$1, $7
	0x053a 01338 (map_string_keys.go:45)	CALL	runtime.printstring(SB)
	0x053f 01343 (map_string_keys.go:45)	NOP
	0x0540 01344 (map_string_keys.go:45)	CALL	runtime.printsp(SB)
	0x0545 01349 (map_string_keys.go:45)	MOVQ	main..autotmp_89+160(SP), AX
	0x054d 01357 (map_string_keys.go:45)	CALL	runtime.printint(SB)
	0x0552 01362 (map_string_keys.go:45)	CALL	runtime.printnl(SB)
	0x0557 01367 (map_string_keys.go:45)	CALL	runtime.printunlock(SB)
	0x055c 01372 (map_string_keys.go:44)	MOVQ	main..autotmp_95+208(SP), CX
	0x0564 01380 (map_string_keys.go:44)	ADDQ	$16, CX
	0x0568 01384 (map_string_keys.go:44)	MOVQ	main..autotmp_88+168(SP), DX
	0x0570 01392 (map_string_keys.go:44)	DECQ	DX
	0x0573 01395 (map_string_keys.go:44)	TESTQ	DX, DX
	0x0576 01398 (map_string_keys.go:44)	JGT	1253
	0x057c 01404 (map_string_keys.go:48)	LEAQ	main..autotmp_49+496(SP), AX
	0x0584 01412 (map_string_keys.go:48)	MOVUPS	X15, (AX)
	0x0588 01416 (map_string_keys.go:48)	MOVUPS	X15, 16(AX)
	0x058d 01421 (map_string_keys.go:48)	MOVUPS	X15, 32(AX)
	0x0592 01426 (map_string_keys.go:48)	LEAQ	main..autotmp_50+296(SP), AX
	0x059a 01434 (map_string_keys.go:48)	MOVL	$3, CX
	0x059f 01439 (map_string_keys.go:48)	MOVUPS	X15, (AX)
	0x05a3 01443 (map_string_keys.go:48)	MOVUPS	X15, 16(AX)
	0x05a8 01448 (map_string_keys.go:48)	MOVUPS	X15, 32(AX)
	0x05ad 01453 (map_string_keys.go:48)	MOVUPS	X15, 48(AX)
	0x05b2 01458 (map_string_keys.go:48)	ADDQ	$64, AX
	0x05b6 01462 (map_string_keys.go:48)	DECL	CX
	0x05b8 01464 (map_string_keys.go:48)	JNE	1439
	0x05ba 01466 (map_string_keys.go:48)	MOVUPS	X15, -8(AX)
	0x05bf 01471 (map_string_keys.go:48)	MOVQ	$-9187201950435737472, AX
	0x05c9 01481 (map_string_keys.go:48)	MOVQ	AX, main..autotmp_50+296(SP)
	0x05d1 01489 (map_string_keys.go:48)	LEAQ	main..autotmp_50+296(SP), AX
	0x05d9 01497 (map_string_keys.go:48)	MOVQ	AX, main..autotmp_49+512(SP)
	0x05e1 01505 (map_string_keys.go:48)	PCDATA	$1, $8
	0x05e1 01505 (map_string_keys.go:48)	CALL	runtime.rand(SB)
	0x05e6 01510 (map_string_keys.go:48)	MOVQ	AX, main..autotmp_49+504(SP)
	0x05ee 01518 (map_string_keys.go:48)	LEAQ	type:map[string]int(SB), AX
	0x05f5 01525 (map_string_keys.go:48)	LEAQ	main..autotmp_49+496(SP), BX
	0x05fd 01533 (map_string_keys.go:48)	LEAQ	go:string."alice"(SB), CX
	0x0604 01540 (map_string_keys.go:48)	MOVL	$5, DI
	0x0609 01545 (map_string_keys.go:48)	CALL	runtime.mapassign_faststr(SB)
	0x060e 01550 (map_string_keys.go:48)	MOVQ	$30, (AX)
	0x0615 01557 (map_string_keys.go:48)	LEAQ	type:map[string]int(SB), AX
	0x061c 01564 (map_string_keys.go:48)	LEAQ	main..autotmp_49+496(SP), BX
	0x0624 01572 (map_string_keys.go:48)	LEAQ	go:string."bob"(SB), CX
	0x062b 01579 (map_string_keys.go:48)	MOVL	$3, DI
	0x0630 01584 (map_string_keys.go:48)	CALL	runtime.mapassign_faststr(SB)
	0x0635 01589 (map_string_keys.go:48)	MOVQ	$25, (AX)
	0x063c 01596 (map_string_keys.go:48)	LEAQ	type:map[string]int(SB), AX
	0x0643 01603 (map_string_keys.go:48)	LEAQ	main..autotmp_49+496(SP), BX
	0x064b 01611 (map_string_keys.go:48)	XORL	CX, CX
	0x064d 01613 (map_string_keys.go:48)	XORL	DI, DI
	0x064f 01615 (map_string_keys.go:48)	CALL	runtime.mapassign_faststr(SB)
	0x0654 01620 (map_string_keys.go:48)	MOVQ	$0, (AX)
	0x065b 01627 (map_string_keys.go:49)	LEAQ	type:map[string]int(SB), AX
	0x0662 01634 (map_string_keys.go:49)	LEAQ	main..autotmp_49+496(SP), BX
	0x066a 01642 (map_string_keys.go:49)	XORL	CX, CX
	0x066c 01644 (map_string_keys.go:49)	XORL	DI, DI
	0x066e 01646 (map_string_keys.go:49)	CALL	runtime.mapaccess2_faststr(SB)
	0x0673 01651 (map_string_keys.go:49)	MOVB	BL, main.ok+69(SP)
	0x0677 01655 (map_string_keys.go:49)	MOVQ	(AX), AX
	0x067a 01658 (map_string_keys.go:49)	MOVQ	AX, main.a+144(SP)
	0x0682 01666 (map_string_keys.go:50)	MOVQ	main..autotmp_49+496(SP), AX
	0x068a 01674 (map_string_keys.go:50)	MOVQ	AX, main..autotmp_92+152(SP)
	0x0692 01682 (map_string_keys.go:50)	CALL	runtime.printlock(SB)
	0x0697 01687 (map_string_keys.go:50)	MOVQ	main.a+144(SP), AX
	0x069f 01695 (map_string_keys.go:50)	NOP
	0x06a0 01696 (map_string_keys.go:50)	CALL	runtime.printint(SB)
	0x06a5 01701 (map_string_keys.go:50)	CALL	runtime.printsp(SB)
	0x06aa 01706 (map_string_keys.go:50)	MOVBLZX	main.ok+69(SP), AX
	0x06af 01711 (map_string_keys.go:50)	CALL	runtime.printbool(SB)
	0x06b4 01716 (map_string_keys.go:50)	CALL	runtime.printsp(SB)
	0x06b9 01721 (map_string_keys.go:50)	MOVQ	main..autotmp_92+152(SP), AX
	0x06c1 01729 (map_string_keys.go:50)	CALL	runtime.printint(SB)
	0x06c6 01734 (map_string_keys.go:50)	CALL	runtime.printnl(SB)
	0x06cb 01739 (map_string_keys.go:50)	CALL	runtime.printunlock(SB)
	0x06d0 01744 (map_string_keys.go:51)	LEAQ	type:map[string]int(SB), AX
	0x06d7 01751 (map_string_keys.go:51)	LEAQ	main..autotmp_49+496(SP), BX
	0x06df 01759 (map_string_keys.go:51)	LEAQ	go:string."bob"(SB), CX
	0x06e6 01766 (map_string_keys.go:51)	MOVL	$3, DI
	0x06eb 01771 (map_string_keys.go:51)	CALL	runtime.mapdelete_faststr(SB)
	0x06f0 01776 (map_string_keys.go:52)	LEAQ	type:map[string]int(SB), AX
	0x06f7 01783 (map_string_keys.go:52)	LEAQ	main..autotmp_49+496(SP), BX
	0x06ff 01791 (map_string_keys.go:52)	LEAQ	go:string."bob"(SB), CX
	0x0706 01798 (map_string_keys.go:52)	MOVL	$3, DI
	0x070b 01803 (map_string_keys.go:52)	CALL	runtime.mapaccess2_faststr(SB)
	0x0710 01808 (map_string_keys.go:52)	MOVB	BL, main.ok+69(SP)
	0x0714 01812 (map_string_keys.go:53)	MOVQ	main..autotmp_49+496(SP), AX
	0x071c 01820 (map_string_keys.go:53)	MOVQ	AX, main..autotmp_92+152(SP)
	0x0724 01828 (map_string_keys.go:53)	CALL	runtime.printlock(SB)
	0x0729 01833 (map_string_keys.go:53)	MOVBLZX	main.ok+69(SP), AX
	0x072e 01838 (map_string_keys.go:53)	CALL	runtime.printbool(SB)
	0x0733 01843 (map_string_keys.go:53)	CALL	runtime.printsp(SB)
	0x0738 01848 (map_string_keys.go:53)	MOVQ	main..autotmp_92+152(SP), AX
	0x0740 01856 (map_string_keys.go:53)	CALL	runtime.printint(SB)
	0x0745 01861 (map_string_keys.go:53)	CALL	runtime.printnl(SB)
	0x074a 01866 (map_string_keys.go:53)	CALL	runtime.printunlock(SB)
	0x074f 01871 (map_string_keys.go:53)	XORL	AX, AX
	0x0751 01873 (map_string_keys.go:53)	XORL	CX, CX
	0x0753 01875 (map_string_keys.go:53)	XORL	DX, DX
	0x0755 01877 (map_string_keys.go:56)	JMP	1976
	0x0757 01879 (map_string_keys.go:56)	MOVQ	AX, main.i+136(SP)
	0x075f 01887 (map_string_keys.go:57)	XORL	AX, AX
	0x0761 01889 (map_string_keys.go:57)	MOVQ	DX, BX
	0x0764 01892 (map_string_keys.go:57)	LEAQ	go:string."k"(SB), DI
	0x076b 01899 (map_string_keys.go:57)	MOVL	$1, SI
	0x0770 01904 (map_string_keys.go:57)	CALL	runtime.concatstring2(SB)
	0x0775 01909 (map_string_keys.go:57)	MOVQ	AX, main.long.ptr+176(SP)
	0x077d 01917 (map_string_keys.go:57)	MOVQ	BX, main.long.len+80(SP)
	0x0782 01922 (map_string_keys.go:58)	MOVQ	AX, CX
	0x0785 01925 (map_string_keys.go:58)	MOVQ	BX, DI
	0x0788 01928 (map_string_keys.go:58)	LEAQ	type:map[string]int(SB), AX
	0x078f 01935 (map_string_keys.go:58)	LEAQ	main..autotmp_49+496(SP), BX
	0x0797 01943 (map_string_keys.go:58)	PCDATA	$1, $9
	0x0797 01943 (map_string_keys.go:58)	CALL	runtime.mapassign_faststr(SB)
	0x079c 01948 (map_string_keys.go:58)	MOVQ	main.i+136(SP), DX
	0x07a4 01956 (map_string_keys.go:58)	MOVQ	DX, (AX)
	0x07a7 01959 (map_string_keys.go:56)	LEAQ	1(DX), AX
	0x07ab 01963 (map_string_keys.go:56)	MOVQ	main.long.len+80(SP), CX
	0x07b0 01968 (map_string_keys.go:56)	MOVQ	main.long.ptr+176(SP), DX
	0x07b8 01976 (map_string_keys.go:56)	CMPQ	AX, $40
	0x07bc 01980 (map_string_keys.go:56)	JLT	1879
	0x07be 01982 (map_string_keys.go:56)	MOVQ	CX, main.long.len+80(SP)
	0x07c3 01987 (map_string_keys.go:56)	MOVQ	DX, main.long.ptr+176(SP)
	0x07cb 01995 (map_string_keys.go:60)	MOVQ	main..autotmp_49+496(SP), DX
	0x07d3 02003 (map_string_keys.go:60)	MOVQ	DX, main..autotmp_92+152(SP)
	0x07db 02011 (map_string_keys.go:60)	LEAQ	type:map[string]int(SB), AX
	0x07e2 02018 (map_string_keys.go:60)	LEAQ	main..autotmp_49+496(SP), BX
	0x07ea 02026 (map_string_keys.go:60)	LEAQ	go:string."kkkkkkkkkk"(SB), CX
	0x07f1 02033 (map_string_keys.go:60)	MOVL	$10, DI
	0x07f6 02038 (map_string_keys.go:60)	CALL	runtime.mapaccess1_faststr(SB)
	0x07fb 02043 (map_string_keys.go:60)	MOVQ	(AX), DX
	0x07fe 02046 (map_string_keys.go:60)	MOVQ	DX, main..autotmp_88+168(SP)
	0x0806 02054 (map_string_keys.go:60)	LEAQ	type:map[string]int(SB), AX
	0x080d 02061 (map_string_keys.go:60)	LEAQ	main..autotmp_49+496(SP), BX
	0x0815 02069 (map_string_keys.go:60)	MOVQ	main.long.ptr+176(SP), CX
	0x081d 02077 (map_string_keys.go:60)	MOVQ	main.long.len+80(SP), DI
	0x0822 02082 (map_string_keys.go:60)	PCDATA	$1, $8
	0x0822 02082 (map_string_keys.go:60)	CALL	runtime.mapaccess1_faststr(SB)
	0x0827 02087 (map_string_keys.go:60)	MOVQ	(AX), DX
	0x082a 02090 (map_string_keys.go:60)	MOVQ	DX, main..autotmp_89+160(SP)
	0x0832 02098 (map_string_keys.go:60)	CALL	runtime.printlock(SB)
	0x0837 02103 (map_string_keys.go:60)	MOVQ	main..autotmp_92+152(SP), AX
	0x083f 02111 (map_string_keys.go:60)	NOP
	0x0840 02112 (map_string_keys.go:60)	CALL	runtime.printint(SB)
	0x0845 02117 (map_string_keys.go:60)	CALL	runtime.printsp(SB)
	0x084a 02122 (map_string_keys.go:60)	MOVQ	main..autotmp_88+168(SP), AX
	0x0852 02130 (map_string_keys.go:60)	CALL	runtime.printint(SB)
	0x0857 02135 (map_string_keys.go:60)	CALL	runtime.printsp(SB)
	0x085c 02140 (map_string_keys.go:60)	MOVQ	main..autotmp_89+160(SP), AX
	0x0864 02148 (map_string_keys.go:60)	CALL	runtime.printint(SB)
	0x0869 02153 (map_string_keys.go:60)	CALL	runtime.printnl(SB)
	0x086e 02158 (map_string_keys.go:60)	CALL	runtime.printunlock(SB)
	0x0873 02163 (map_string_keys.go:62)	LEAQ	main..autotmp_29+824(SP), CX
	0x087b 02171 (map_string_keys.go:62)	MOVUPS	X15, (CX)
	0x087f 02175 (map_string_keys.go:62)	MOVUPS	X15, 16(CX)
	0x0884 02180 (map_string_keys.go:62)	MOVUPS	X15, 32(CX)
	0x0889 02185 (map_string_keys.go:62)	MOVUPS	X15, 48(CX)
	0x088e 02190 (map_string_keys.go:62)	MOVUPS	X15, 64(CX)
	0x0893 02195 (map_string_keys.go:62)	MOVUPS	X15, 80(CX)
	0x0898 02200 (map_string_keys.go:62)	LEAQ	type:map[string]int(SB), AX
	0x089f 02207 (map_string_keys.go:62)	LEAQ	main..autotmp_49+496(SP), BX
	0x08a7 02215 (map_string_keys.go:62)	PCDATA	$1, $10
	0x08a7 02215 (map_string_keys.go:62)	CALL	runtime.mapIterStart(SB)
	0x08ac 02220 (map_string_keys.go:62)	XORL	AX, AX
	0x08ae 02222 (map_string_keys.go:62)	JMP	2258
	0x08b0 02224 (map_string_keys.go:62)	MOVQ	main..autotmp_29+832(SP), CX
	0x08b8 02232 (map_string_keys.go:62)	ADDQ	(CX), AX
	0x08bb 02235 (map_string_keys.go:62)	MOVQ	AX, main.total+72(SP)
	0x08c0 02240 (map_string_keys.go:62)	LEAQ	main..autotmp_29+824(SP), AX
	0x08c8 02248 (map_string_keys.go:62)	CALL	runtime.mapIterNext(SB)
	0x08cd 02253 (map_string_keys.go:62)	MOVQ	main.total+72(SP), AX
	0x08d2 02258 (map_string_keys.go:62)	CMPQ	main..autotmp_29+824(SP), $0
	0x08db 02267 (map_string_keys.go:62)	JNE	2224
	0x08dd 02269 (map_string_keys.go:62)	MOVQ	AX, main.total+72(SP)
	0x08e2 02274 (map_string_keys.go:65)	PCDATA	$1, $0
	0x08e2 02274 (map_string_keys.go:65)	CALL	runtime.printlock(SB)
	0x08e7 02279 (map_string_keys.go:65)	LEAQ	go:string."total "(SB), AX
	0x08ee 02286 (map_string_keys.go:65)	MOVL	$6, BX
	0x08f3 02291 (map_string_keys.go:65)	CALL	runtime.printstring(SB)
	0x08f8 02296 (map_string_keys.go:65)	MOVQ	main.total+72(SP), AX
	0x08fd 02301 (map_string_keys.go:65)	NOP
	0x0900 02304 (map_string_keys.go:65)	CALL	runtime.printint(SB)
	0x0905 02309 (map_string_keys.go:65)	CALL	runtime.printnl(SB)
	0x090a 02314 (map_string_keys.go:65)	CALL	runtime.printunlock(SB)
	0x090f 02319 (map_string_keys.go:66)	ADDQ	$920, SP
	0x0916 02326 (map_string_keys.go:66)	POPQ	BP
	0x0917 02327 (map_string_keys.go:66)	RET
	0x0918 02328 (map_string_keys.go:23)	PCDATA	$4, $2943
	0x0918 02328 (map_string_keys.go:23)	CALL	runtime.panicBounds(SB)
	0x091d 02333 (map_string_keys.go:23)	PCDATA	$4, $2799
	0x091d 02333 (map_string_keys.go:23)	NOP
	0x0920 02336 (map_string_keys.go:23)	CALL	runtime.panicBounds(SB)
	0x0925 02341 (map_string_keys.go:22)	PCDATA	$4, $2799
	0x0925 02341 (map_string_keys.go:22)	CALL	runtime.panicBounds(SB)
	0x092a 02346 (map_string_keys.go:10)	PCDATA	$4, $138
	0x092a 02346 (map_string_keys.go:10)	CALL	runtime.panicBounds(SB)
	0x092f 02351 (map_string_keys.go:10)	XCHGL	AX, AX
	0x0930 02352 (map_string_keys.go:10)	NOP
	0x0930 02352 (map_string_keys.go:35)	PCDATA	$1, $-1
	0x0930 02352 (map_string_keys.go:35)	PCDATA	$0, $-2
	0x0930 02352 (map_string_keys.go:35)	CALL	runtime.morestack_noctxt(SB)
	0x0935 02357 (map_string_keys.go:35)	PCDATA	$0, $-1
	0x0935 02357 (map_string_keys.go:35)	JMP	0
	0x0000 4c 8d a4 24 e0 fc ff ff 4d 3b 66 10 0f 86 1e 09  L..$....M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 98 03 00 00 48 8d 84  ..UH..H......H..
	0x0020 24 08 03 00 00 44 0f 11 38 44 0f 11 78 10 44 0f  $....D..8D..x.D.
	0x0030 11 78 20 48 8d 84 24 40 02 00 00 b9 03 00 00 00  .x H..$@........
	0x0040 44 0f 11 38 44 0f 11 78 10 44 0f 11 78 20 44 0f  D..8D..x.D..x D.
	0x0050 11 78 30 48 83 c0 40 ff c9 75 e5 44 0f 11 78 f8  .x0H..@..u.D..x.
	0x0060 48 b8 80 80 80 80 80 80 80 80 48 89 84 24 40 02  H.........H..$@.
	0x0070 00 00 48 8d 84 24 40 02 00 00 48 89 84 24 18 03  ..H..$@...H..$..
	0x0080 00 00 e8 00 00 00 00 48 89 84 24 10 03 00 00 31  .......H..$....1
	0x0090 c0 48 c7 c1 ff ff ff ff 31 d2 31 db 31 f6 31 ff  .H......1.1.1.1.
	0x00a0 eb 07 49 8d 41 01 4c 89 c6 48 83 f8 2c 0f 8f 33  ..I.A.L..H..,..3
	0x00b0 01 00 00 74 16 4c 8d 05 00 00 00 00 45 0f b6 04  ...t.L......E...
	0x00c0 00 41 80 f8 20 0f 85 09 01 00 00 48 85 c9 0f 8c  .A.. ......H....
	0x00d0 f5 00 00 00 48 39 c1 0f 87 4d 08 00 00 4c 8d 46  ....H9...M...L.F
	0x00e0 01 49 89 c1 48 29 c8 49 89 c2 48 f7 d8 48 c1 f8  .I..H).I..H..H..
	0x00f0 3f 48 21 c1 4c 8d 1d 00 00 00 00 49 01 cb 66 90  ?H!.L......I..f.
	0x0100 4c 39 c7 0f 83 88 00 00 00 4c 89 8c 24 a8 00 00  L9.......L..$...
	0x0110 00 4c 89 94 24 a0 00 00 00 4c 89 9c 24 e0 00 00  .L..$....L..$...
	0x0120 00 88 54 24 47 49 83 f8 02 7f 26 84 d2 75 22 48  ..T$GI....&..u"H
	0x0130 85 f6 75 1d 48 8d 9c 24 08 01 00 00 44 0f 11 3b  ..u.H..$....D..;
	0x0140 44 0f 11 7b 10 bf 02 00 00 00 ba 01 00 00 00 eb  D..{............
	0x0150 40 48 89 d8 4c 89 c3 48 89 f9 bf 01 00 00 00 48  @H..L..H.......H
	0x0160 8d 35 00 00 00 00 e8 00 00 00 00 4c 8b 8c 24 a8  .5.........L..$.
	0x0170 00 00 00 4c 8b 94 24 a0 00 00 00 4c 8b 9c 24 e0  ...L..$....L..$.
	0x0180 00 00 00 49 89 d8 48 89 c3 48 89 cf 0f b6 54 24  ...I..H..H....T$
	0x0190 47 49 8d 48 ff 48 c1 e1 04 4c 89 54 0b 08 83 3d  GI.H.H...L.T...=
	0x01a0 00 00 00 00 00 74 12 4c 8b 14 19 4c 89 d8 e8 00  .....t.L...L....
	0x01b0 00 00 00 4d 89 13 49 89 c3 4c 89 1c 0b 48 c7 c1  ...M..I..L...H..
	0x01c0 ff ff ff ff e9 d9 fe ff ff 49 89 c1 49 89 f0 e9  .........I..I...
	0x01d0 ce fe ff ff 48 85 c9 48 0f 4c c8 49 89 c1 49 89  ....H..H.L.I..I.
	0x01e0 f0 e9 bc fe ff ff 48 8d 94 24 a8 03 00 00 48 29  ......H..$....H)
	0x01f0 e2 49 89 d8 49 29 e0 49 39 d0 73 18 48 8d 05 00  .I..I).I9.s.H...
	0x0200 00 00 00 48 89 f1 e8 00 00 00 00 48 89 de 48 89  ...H.......H..H.
	0x0210 cf 48 89 c3 48 8d 84 24 08 03 00 00 48 89 f1 90  .H..H..$....H...
	0x0220 e8 00 00 00 00 48 8b 8c 24 08 03 00 00 48 89 8c  .....H..$....H..
	0x0230 24 98 00 00 00 48 83 f9 02 77 1b 48 8d 94 24 20  $....H...w.H..$ 
	0x0240 02 00 00 44 0f 11 3a 44 0f 11 7a 10 48 8d 84 24  ...D..:D..z.H..$
	0x0250 20 02 00 00 eb 0f 48 8d 05 00 00 00 00 31 db 90   .....H......1..
	0x0260 e8 00 00 00 00 48 89 84 24 b8 00 00 00 48 8d 8c  .....H..$....H..
	0x0270 24 38 03 00 00 44 0f 11 39 44 0f 11 79 10 44 0f  $8...D..9D..y.D.
	0x0280 11 79 20 44 0f 11 79 30 44 0f 11 79 40 44 0f 11  .y D..y0D..y@D..
	0x0290 79 50 48 8d 05 00 00 00 00 48 8d 9c 24 08 03 00  yPH......H..$...
	0x02a0 00 e8 00 00 00 00 31 c0 48 8b 8c 24 b8 00 00 00  ......1.H..$....
	0x02b0 31 d2 48 8b 9c 24 98 00 00 00 eb 30 48 89 8c 24  1.H..$.....0H..$
	0x02c0 b8 00 00 00 4c 89 14 11 48 8d 84 24 38 03 00 00  ....L...H..$8...
	0x02d0 e8 00 00 00 00 0f b6 44 24 47 48 8b 8c 24 b8 00  .......D$GH..$..
	0x02e0 00 00 48 8b 54 24 58 48 8b 5c 24 60 4c 8b 84 24  ..H.T$XH.\$`L..$
	0x02f0 38 03 00 00 4d 85 c0 0f 84 c1 00 00 00 4c 8d 4a  8...M........L.J
	0x0300 01 4d 8b 10 4d 8b 40 08 4c 39 cb 73 74 4c 89 94  .M..M.@.L9.stL..
	0x0310 24 c8 00 00 00 4c 89 44 24 70 88 44 24 46 66 90  $....L.D$p.D$Ff.
	0x0320 49 83 f9 02 7f 26 84 c0 75 22 48 85 d2 75 1d 48  I....&..u"H..u.H
	0x0330 8d 8c 24 e8 00 00 00 44 0f 11 39 44 0f 11 79 10  ..$....D..9D..y.
	0x0340 bb 02 00 00 00 b8 01 00 00 00 eb 35 48 89 c8 48  ...........5H..H
	0x0350 89 d9 bf 01 00 00 00 48 8d 35 00 00 00 00 4c 89  .......H.5....L.
	0x0360 cb e8 00 00 00 00 4c 8b 44 24 70 4c 8b 94 24 c8  ......L.D$pL..$.
	0x0370 00 00 00 49 89 d9 48 89 cb 48 89 c1 0f b6 44 24  ...I..H..H....D$
	0x0380 46 4c 89 4c 24 58 48 89 5c 24 60 88 44 24 47 49  FL.L$XH.\$`.D$GI
	0x0390 8d 51 ff 48 c1 e2 04 4c 89 44 11 08 83 3d 00 00  .Q.H...L.D...=..
	0x03a0 00 00 00 0f 84 13 ff ff ff 48 8b 34 0a e8 00 00  .........H.4....
	0x03b0 00 00 4d 89 13 49 89 73 08 e9 fe fe ff ff 48 89  ..M..I.s......H.
	0x03c0 54 24 58 48 89 8c 24 d8 00 00 00 90 be 01 00 00  T$XH..$.........
	0x03d0 00 eb 0d 48 8d 70 01 66 0f 1f 84 00 00 00 00 00  ...H.p.f........
	0x03e0 48 39 d6 0f 8d f3 00 00 00 48 89 b4 24 80 00 00  H9.......H..$...
	0x03f0 00 48 89 f0 eb 10 4c 89 2c 31 4e 89 54 01 08 4e  .H....L.,1N.T..N
	0x0400 89 0c 01 4c 89 de 48 85 f6 7f 04 31 db eb 58 48  ...L..H....1..XH
	0x0410 39 d6 0f 83 0d 05 00 00 48 89 74 24 78 48 89 f2  9.......H.t$xH..
	0x0420 48 c1 e6 04 48 8b 04 31 48 8b 5c 31 08 48 ff ca  H...H..1H.\1.H..
	0x0430 48 c1 e2 04 48 8b 34 11 48 8b 7c 11 08 48 89 f1  H...H.4.H.|..H..
	0x0440 e8 00 00 00 00 48 85 c0 0f 9c c2 48 8b 84 24 80  .....H.....H..$.
	0x0450 00 00 00 48 8b 8c 24 d8 00 00 00 48 8b 74 24 78  ...H..$....H.t$x
	0x0460 89 d3 48 8b 54 24 58 84 db 0f 84 64 ff ff ff 48  ..H.T$X....d...H
	0x0470 39 d6 0f 83 a5 04 00 00 4c 8d 46 ff 48 c1 e6 04  9.......L.F.H...
	0x0480 4c 8b 0c 31 4c 8b 54 31 08 4c 39 c2 0f 86 86 04  L..1L.T1.L9.....
	0x0490 00 00 4d 89 c3 49 c1 e0 04 4e 8b 64 01 08 4e 8b  ..M..I...N.d..N.
	0x04a0 2c 01 4c 89 64 31 08 83 3d 00 00 00 00 00 0f 84  ,.L.d1..=.......
	0x04b0 42 ff ff ff 4c 8b 24 31 4e 8b 3c 01 4c 89 db 90  B...L.$1N.<.L...
	0x04c0 e8 00 00 00 00 4d 89 2b 4d 89 63 08 4d 89 4b 10  .....M.+M.c.M.K.
	0x04d0 4d 89 7b 18 49 89 db e9 1a ff ff ff 0f 1f 40 00  M.{.I.........@.
	0x04e0 e9 8e 00 00 00 48 89 94 24 a8 00 00 00 48 89 8c  .....H..$....H..
	0x04f0 24 d0 00 00 00 48 8b 79 08 48 89 7c 24 68 48 8b  $....H.y.H.|$hH.
	0x0500 09 48 89 8c 24 c0 00 00 00 48 8d 05 00 00 00 00  .H..$....H......
	0x0510 48 8d 9c 24 08 03 00 00 e8 00 00 00 00 48 8b 10  H..$.........H..
	0x0520 48 89 94 24 a0 00 00 00 e8 00 00 00 00 48 8b 84  H..$.........H..
	0x0530 24 c0 00 00 00 48 8b 5c 24 68 e8 00 00 00 00 90  $....H.\$h......
	0x0540 e8 00 00 00 00 48 8b 84 24 a0 00 00 00 e8 00 00  .....H..$.......
	0x0550 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 8c 24  ............H..$
	0x0560 d0 00 00 00 48 83 c1 10 48 8b 94 24 a8 00 00 00  ....H...H..$....
	0x0570 48 ff ca 48 85 d2 0f 8f 69 ff ff ff 48 8d 84 24  H..H....i...H..$
	0x0580 f0 01 00 00 44 0f 11 38 44 0f 11 78 10 44 0f 11  ....D..8D..x.D..
	0x0590 78 20 48 8d 84 24 28 01 00 00 b9 03 00 00 00 44  x H..$(........D
	0x05a0 0f 11 38 44 0f 11 78 10 44 0f 11 78 20 44 0f 11  ..8D..x.D..x D..
	0x05b0 78 30 48 83 c0 40 ff c9 75 e5 44 0f 11 78 f8 48  x0H..@..u.D..x.H
	0x05c0 b8 80 80 80 80 80 80 80 80 48 89 84 24 28 01 00  .........H..$(..
	0x05d0 00 48 8d 84 24 28 01 00 00 48 89 84 24 00 02 00  .H..$(...H..$...
	0x05e0 00 e8 00 00 00 00 48 89 84 24 f8 01 00 00 48 8d  ......H..$....H.
	0x05f0 05 00 00 00 00 48 8d 9c 24 f0 01 00 00 48 8d 0d  .....H..$....H..
	0x0600 00 00 00 00 bf 05 00 00 00 e8 00 00 00 00 48 c7  ..............H.
	0x0610 00 1e 00 00 00 48 8d 05 00 00 00 00 48 8d 9c 24  .....H......H..$
	0x0620 f0 01 00 00 48 8d 0d 00 00 00 00 bf 03 00 00 00  ....H...........
	0x0630 e8 00 00 00 00 48 c7 00 19 00 00 00 48 8d 05 00  .....H......H...
	0x0640 00 00 00 48 8d 9c 24 f0 01 00 00 31 c9 31 ff e8  ...H..$....1.1..
	0x0650 00 00 00 00 48 c7 00 00 00 00 00 48 8d 05 00 00  ....H......H....
	0x0660 00 00 48 8d 9c 24 f0 01 00 00 31 c9 31 ff e8 00  ..H..$....1.1...
	0x0670 00 00 00 88 5c 24 45 48 8b 00 48 89 84 24 90 00  ....\$EH..H..$..
	0x0680 00 00 48 8b 84 24 f0 01 00 00 48 89 84 24 98 00  ..H..$....H..$..
	0x0690 00 00 e8 00 00 00 00 48 8b 84 24 90 00 00 00 90  .......H..$.....
	0x06a0 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24 45 e8  ............D$E.
	0x06b0 00 00 00 00 e8 00 00 00 00 48 8b 84 24 98 00 00  .........H..$...
	0x06c0 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x06d0 48 8d 05 00 00 00 00 48 8d 9c 24 f0 01 00 00 48  H......H..$....H
	0x06e0 8d 0d 00 00 00 00 bf 03 00 00 00 e8 00 00 00 00  ................
	0x06f0 48 8d 05 00 00 00 00 48 8d 9c 24 f0 01 00 00 48  H......H..$....H
	0x0700 8d 0d 00 00 00 00 bf 03 00 00 00 e8 00 00 00 00  ................
	0x0710 88 5c 24 45 48 8b 84 24 f0 01 00 00 48 89 84 24  .\$EH..$....H..$
	0x0720 98 00 00 00 e8 00 00 00 00 0f b6 44 24 45 e8 00  ...........D$E..
	0x0730 00 00 00 e8 00 00 00 00 48 8b 84 24 98 00 00 00  ........H..$....
	0x0740 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x0750 c0 31 c9 31 d2 eb 61 48 89 84 24 88 00 00 00 31  .1.1..aH..$....1
	0x0760 c0 48 89 d3 48 8d 3d 00 00 00 00 be 01 00 00 00  .H..H.=.........
	0x0770 e8 00 00 00 00 48 89 84 24 b0 00 00 00 48 89 5c  .....H..$....H.\
	0x0780 24 50 48 89 c1 48 89 df 48 8d 05 00 00 00 00 48  $PH..H..H......H
	0x0790 8d 9c 24 f0 01 00 00 e8 00 00 00 00 48 8b 94 24  ..$.........H..$
	0x07a0 88 00 00 00 48 89 10 48 8d 42 01 48 8b 4c 24 50  ....H..H.B.H.L$P
	0x07b0 48 8b 94 24 b0 00 00 00 48 83 f8 28 7c 99 48 89  H..$....H..(|.H.
	0x07c0 4c 24 50 48 89 94 24 b0 00 00 00 48 8b 94 24 f0  L$PH..$....H..$.
	0x07d0 01 00 00 48 89 94 24 98 00 00 00 48 8d 05 00 00  ...H..$....H....
	0x07e0 00 00 48 8d 9c 24 f0 01 00 00 48 8d 0d 00 00 00  ..H..$....H.....
	0x07f0 00 bf 0a 00 00 00 e8 00 00 00 00 48 8b 10 48 89  ...........H..H.
	0x0800 94 24 a8 00 00 00 48 8d 05 00 00 00 00 48 8d 9c  .$....H......H..
	0x0810 24 f0 01 00 00 48 8b 8c 24 b0 00 00 00 48 8b 7c  $....H..$....H.|
	0x0820 24 50 e8 00 00 00 00 48 8b 10 48 89 94 24 a0 00  $P.....H..H..$..
	0x0830 00 00 e8 00 00 00 00 48 8b 84 24 98 00 00 00 90  .......H..$.....
	0x0840 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 a8 00  ..........H..$..
	0x0850 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24  ............H..$
	0x0860 a0 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x0870 00 00 00 48 8d 8c 24 38 03 00 00 44 0f 11 39 44  ...H..$8...D..9D
	0x0880 0f 11 79 10 44 0f 11 79 20 44 0f 11 79 30 44 0f  ..y.D..y D..y0D.
	0x0890 11 79 40 44 0f 11 79 50 48 8d 05 00 00 00 00 48  .y@D..yPH......H
	0x08a0 8d 9c 24 f0 01 00 00 e8 00 00 00 00 31 c0 eb 22  ..$.........1.."
	0x08b0 48 8b 8c 24 40 03 00 00 48 03 01 48 89 44 24 48  H..$@...H..H.D$H
	0x08c0 48 8d 84 24 38 03 00 00 e8 00 00 00 00 48 8b 44  H..$8........H.D
	0x08d0 24 48 48 83 bc 24 38 03 00 00 00 75 d3 48 89 44  $HH..$8....u.H.D
	0x08e0 24 48 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 06  $H.....H........
	0x08f0 00 00 00 e8 00 00 00 00 48 8b 44 24 48 0f 1f 00  ........H.D$H...
	0x0900 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0910 81 c4 98 03 00 00 5d c3 e8 00 00 00 00 0f 1f 00  ......].........
	0x0920 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x0930 e8 00 00 00 00 e9 c6 f6 ff ff                    ..........
	rel 131+4 t=R_CALL runtime.rand+0
	rel 184+4 t=R_PCREL go:string."the cat and the dog and the bird saw the cat"+0
	rel 247+4 t=R_PCREL go:string."the cat and the dog and the bird saw the cat"+0
	rel 354+4 t=R_PCREL type:string+0
	rel 359+4 t=R_CALL runtime.growslice+0
	rel 416+4 t=R_PCREL runtime.writeBarrier+-1
	rel 431+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 511+4 t=R_PCREL type:string+0
	rel 519+4 t=R_CALL runtime.moveSliceNoCap+0
	rel 545+4 t=R_CALL main.addAll+0
	rel 601+4 t=R_PCREL type:string+0
	rel 609+4 t=R_CALL runtime.makeslice+0
	rel 661+4 t=R_PCREL type:map[string]int+0
	rel 674+4 t=R_CALL runtime.mapIterStart+0
	rel 721+4 t=R_CALL runtime.mapIterNext+0
	rel 858+4 t=R_PCREL type:string+0
	rel 866+4 t=R_CALL runtime.growslice+0
	rel 926+4 t=R_PCREL runtime.writeBarrier+-1
	rel 942+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 1089+4 t=R_CALL runtime.cmpstring+0
	rel 1193+4 t=R_PCREL runtime.writeBarrier+-1
	rel 1217+4 t=R_CALL runtime.gcWriteBarrier4+0
	rel 1292+4 t=R_PCREL type:map[string]int+0
	rel 1305+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 1321+4 t=R_CALL runtime.printlock+0
	rel 1339+4 t=R_CALL runtime.printstring+0
	rel 1345+4 t=R_CALL runtime.printsp+0
	rel 1358+4 t=R_CALL runtime.printint+0
	rel 1363+4 t=R_CALL runtime.printnl+0
	rel 1368+4 t=R_CALL runtime.printunlock+0
	rel 1506+4 t=R_CALL runtime.rand+0
	rel 1521+4 t=R_PCREL type:map[string]int+0
	rel 1536+4 t=R_PCREL go:string."alice"+0
	rel 1546+4 t=R_CALL runtime.mapassign_faststr+0
	rel 1560+4 t=R_PCREL type:map[string]int+0
	rel 1575+4 t=R_PCREL go:string."bob"+0
	rel 1585+4 t=R_CALL runtime.mapassign_faststr+0
	rel 1599+4 t=R_PCREL type:map[string]int+0
	rel 1616+4 t=R_CALL runtime.mapassign_faststr+0
	rel 1630+4 t=R_PCREL type:map[string]int+0
	rel 1647+4 t=R_CALL runtime.mapaccess2_faststr+0
	rel 1683+4 t=R_CALL runtime.printlock+0
	rel 1697+4 t=R_CALL runtime.printint+0
	rel 1702+4 t=R_CALL runtime.printsp+0
	rel 1712+4 t=R_CALL runtime.printbool+0
	rel 1717+4 t=R_CALL runtime.printsp+0
	rel 1730+4 t=R_CALL runtime.printint+0
	rel 1735+4 t=R_CALL runtime.printnl+0
	rel 1740+4 t=R_CALL runtime.printunlock+0
	rel 1747+4 t=R_PCREL type:map[string]int+0
	rel 1762+4 t=R_PCREL go:string."bob"+0
	rel 1772+4 t=R_CALL runtime.mapdelete_faststr+0
	rel 1779+4 t=R_PCREL type:map[string]int+0
	rel 1794+4 t=R_PCREL go:string."bob"+0
	rel 1804+4 t=R_CALL runtime.mapaccess2_faststr+0
	rel 1829+4 t=R_CALL runtime.printlock+0
	rel 1839+4 t=R_CALL runtime.printbool+0
	rel 1844+4 t=R_CALL runtime.printsp+0
	rel 1857+4 t=R_CALL runtime.printint+0
	rel 1862+4 t=R_CALL runtime.printnl+0
	rel 1867+4 t=R_CALL runtime.printunlock+0
	rel 1895+4 t=R_PCREL go:string."k"+0
	rel 1905+4 t=R_CALL runtime.concatstring2+0
	rel 1931+4 t=R_PCREL type:map[string]int+0
	rel 1944+4 t=R_CALL runtime.mapassign_faststr+0
	rel 2014+4 t=R_PCREL type:map[string]int+0
	rel 2029+4 t=R_PCREL go:string."kkkkkkkkkk"+0
	rel 2039+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 2057+4 t=R_PCREL type:map[string]int+0
	rel 2083+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 2099+4 t=R_CALL runtime.printlock+0
	rel 2113+4 t=R_CALL runtime.printint+0
	rel 2118+4 t=R_CALL runtime.printsp+0
	rel 2131+4 t=R_CALL runtime.printint+0
	rel 2136+4 t=R_CALL runtime.printsp+0
	rel 2149+4 t=R_CALL runtime.printint+0
	rel 2154+4 t=R_CALL runtime.printnl+0
	rel 2159+4 t=R_CALL runtime.printunlock+0
	rel 2203+4 t=R_PCREL type:map[string]int+0
	rel 2216+4 t=R_CALL runtime.mapIterStart+0
	rel 2249+4 t=R_CALL runtime.mapIterNext+0
	rel 2275+4 t=R_CALL runtime.printlock+0
	rel 2282+4 t=R_PCREL go:string."total "+0
	rel 2292+4 t=R_CALL runtime.printstring+0
	rel 2305+4 t=R_CALL runtime.printint+0
	rel 2310+4 t=R_CALL runtime.printnl+0
	rel 2315+4 t=R_CALL runtime.printunlock+0
	rel 2329+4 t=R_CALL runtime.panicBounds+0
	rel 2337+4 t=R_CALL runtime.panicBounds+0
	rel 2342+4 t=R_CALL runtime.panicBounds+0
	rel 2347+4 t=R_CALL runtime.panicBounds+0
	rel 2353+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.words$abstract SDWARFABSFCN dupok size=54 align=0x0
	0x0000 05 6d 61 69 6e 2e 77 6f 72 64 73 00 01 04 01 22  .main.words...."
	0x0010 73 00 00 00 00 00 00 21 6f 75 74 00 05 00 00 00  s......!out.....
	0x0020 00 21 73 74 61 72 74 00 06 00 00 00 00 21 69 00  .!start......!i.
	0x0030 07 00 00 00 00 00                                ......
	rel 19+4 t=R_DWARFSECREF go:info.string+0
	rel 29+4 t=R_DWARFSECREF go:info.[]string+0
	rel 41+4 t=R_DWARFSECREF go:info.int+0
	rel 49+4 t=R_DWARFSECREF go:info.int+0
go:info.main.sortStrings$abstract SDWARFABSFCN dupok size=46 align=0x0
	0x0000 05 6d 61 69 6e 2e 73 6f 72 74 53 74 72 69 6e 67  .main.sortString
	0x0010 73 00 01 14 01 22 61 00 00 00 00 00 00 21 69 00  s...."a......!i.
	0x0020 15 00 00 00 00 21 6a 00 16 00 00 00 00 00        .....!j.......
	rel 25+4 t=R_DWARFSECREF go:info.[]string+0
	rel 33+4 t=R_DWARFSECREF go:info.int+0
	rel 41+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*map[string]int- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 6d 61 70 5b 73 74 72 69 6e 67 5d 69 6e  ..*map[string]in
	0x0010 74                                               t
type:*map[string]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 71 01 0c 2c 28 08 08 16 00 00 00 00 00 00 00 00  q..,(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]int-+0
	rel 48+8 t=R_ADDR type:map[string]int+0
type:.namedata.*map.group[string]int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 6d 61 70 2e 67 72 6f 75 70 5b 73 74 72  ..*map.group[str
	0x0010 69 6e 67 5d 69 6e 74                             ing]int
type:noalg.*map.group[string]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d6 22 5d 15 20 08 08 16 00 00 00 00 00 00 00 00  ."]. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[string]int+0
runtime.gcbits.9224490000000000 SRODATA dupok size=8 align=0x8
	0x0000 92 24 49 00 00 00 00 00                          .$I.....
type:.namedata.*[8]struct { key string; elem int }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .#*[8]struct { k
	0x0010 65 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20  ey string; elem 
	0x0020 69 6e 74 20 7d                                   int }
type:noalg.*[8]struct { key string; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d9 db f8 4f 20 08 08 16 00 00 00 00 00 00 00 00  ...O ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key string; elem int }+0
runtime.gcbits.4992240000000000 SRODATA dupok size=8 align=0x8
	0x0000 49 92 24 00 00 00 00 00                          I.$.....
type:.namedata.*struct { key string; elem int }- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  . *struct { key 
	0x0010 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 69 6e 74  string; elem int
	0x0020 20 7d                                             }
type:noalg.*struct { key string; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a5 29 d2 a0 20 08 08 16 00 00 00 00 00 00 00 00  .).. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem int }+0
type:.importpath.. SRODATA dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5 align=0x1
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6 align=0x1
	0x0000 00 04 65 6c 65 6d                                ..elem
type:noalg.struct { key string; elem int } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 27 5f 86 81 02 08 08 19 00 00 00 00 00 00 00 00  '_..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key string; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key string; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:string+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key string; elem int }- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  ."*[]struct { ke
	0x0010 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 69  y string; elem i
	0x0020 6e 74 20 7d                                      nt }
type:*[]struct { key string; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 db c0 b2 af 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key string; elem int }+0
type:[]struct { key string; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 77 4d 9b 02 08 08 17 00 00 00 00 00 00 00 00  6wM.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key string; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem int }+0
type:noalg.[8]struct { key string; elem int } SRODATA dupok size=72 align=0x8
	0x0000 c0 00 00 00 00 00 00 00 b0 00 00 00 00 00 00 00  ................
	0x0010 55 f8 4c 78 02 08 08 11 00 00 00 00 00 00 00 00  U.Lx............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.4992240000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key string; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key string; elem int }+0
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6c 6f 74 73                             ..slots
type:noalg.map.group[string]int SRODATA dupok size=128 align=0x8
	0x0000 c8 00 00 00 00 00 00 00 b8 00 00 00 00 00 00 00  ................
	0x0010 e5 8e 87 de 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.9224490000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[string]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[string]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key string; elem int }+0
runtime.strhash·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strhash+0
type:map[string]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3d 0e e0 31 22 08 08 15 00 00 00 00 00 00 00 00  =..1"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 c8 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0070 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0080 01 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[string]int+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[string]int+0
	rel 72+8 t=R_ADDR runtime.strhash·f+0
go:string."the cat and the dog and the bird saw the cat" SRODATA dupok size=44 align=0x1
	0x0000 74 68 65 20 63 61 74 20 61 6e 64 20 74 68 65 20  the cat and the 
	0x0010 64 6f 67 20 61 6e 64 20 74 68 65 20 62 69 72 64  dog and the bird
	0x0020 20 73 61 77 20 74 68 65 20 63 61 74               saw the cat
go:string."alice" SRODATA dupok size=5 align=0x1
	0x0000 61 6c 69 63 65                                   alice
go:string."bob" SRODATA dupok size=3 align=0x1
	0x0000 62 6f 62                                         bob
go:string."" SRODATA dupok size=0 align=0x1
go:string."k" SRODATA dupok size=1 align=0x1
	0x0000 6b                                               k
go:string."kkkkkkkkkk" SRODATA dupok size=10 align=0x1
	0x0000 6b 6b 6b 6b 6b 6b 6b 6b 6b 6b                    kkkkkkkkkk
go:string."total" SRODATA dupok size=5 align=0x1
	0x0000 74 6f 74 61 6c                                   total
go:string."total " SRODATA dupok size=6 align=0x1
	0x0000 74 6f 74 61 6c 20                                total 
runtime.gcbits.0f06000000000000 SRODATA dupok size=8 align=0x8
	0x0000 0f 06 00 00 00 00 00 00                          ........
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
runtime.gcbits.0500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·mwFurZyQFy+ezr0Dhah66w== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 01 01 00                 ...........
gclocals·NWwmDUMLCphmk8kxTtwd1A== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 05 00 00 00 00 10 00                 ...........
main.words.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 d8 ff ff ff 20 00 00 00  ............ ...
	0x0010 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0500000000000000+0
main.words.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.words.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.sortStrings.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.sortStrings.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 03                                         ...
gclocals·3iDpa7B97wWfYpkQQygYtw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 03 01 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.addAll.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 00 08 fe 08 08 10 08 18 08 fd ff                 ...........
main.addAll.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 01                                         ...
gclocals·oNG3nr3vlhmleRajv8JktQ== SRODATA dupok size=8 align=0x4
	0x0000 0b 00 00 00 00 00 00 00                          ........
gclocals·vc3K+z9Y+cVCDYmL6NXgvw== SRODATA dupok size=140 align=0x4
	0x0000 0b 00 00 00 5d 00 00 00 00 00 00 00 00 00 00 00  ....]...........
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 20 00 00  ............. ..
	0x0020 40 00 00 00 00 00 00 00 00 20 00 00 02 00 00 00  @........ ......
	0x0030 00 00 00 00 00 20 1e 0c 08 00 00 00 00 00 00 00  ..... ..........
	0x0040 00 20 1e 0c 20 00 00 00 00 00 00 00 00 20 00 00  . .. ........ ..
	0x0050 14 00 00 00 00 00 00 00 00 20 00 00 10 00 00 00  ......... ......
	0x0060 00 00 00 00 00 20 00 00 00 00 00 00 00 04 00 00  ..... ..........
	0x0070 00 00 00 00 01 00 00 00 00 04 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 1e 0c              ............
main.main.stkobj SRODATA static size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 50 fd ff ff 20 00 00 00  ........P... ...
	0x0010 18 00 00 00 00 00 00 00 70 fd ff ff 20 00 00 00  ........p... ...
	0x0020 18 00 00 00 00 00 00 00 90 fd ff ff c8 00 00 00  ................
	0x0030 b8 00 00 00 00 00 00 00 58 fe ff ff 30 00 00 00  ........X...0...
	0x0040 18 00 00 00 00 00 00 00 88 fe ff ff 20 00 00 00  ............ ...
	0x0050 18 00 00 00 00 00 00 00 a8 fe ff ff c8 00 00 00  ................
	0x0060 b8 00 00 00 00 00 00 00 70 ff ff ff 30 00 00 00  ........p...0...
	0x0070 18 00 00 00 00 00 00 00 a0 ff ff ff 60 00 00 00  ............`...
	0x0080 58 00 00 00 00 00 00 00                          X.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0500000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0500000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.9224490000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 84+4 t=R_ADDROFF runtime.gcbits.0500000000000000+0
	rel 100+4 t=R_ADDROFF runtime.gcbits.9224490000000000+0
	rel 116+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 132+4 t=R_ADDROFF runtime.gcbits.0f06000000000000+0
