funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (misc_language.go:45)	TEXT	main.main(SB), ABIInternal, $576-0
     0        00000 (misc_language.go:45)	TEXT	main.main(SB), ABIInternal, $576-0
     0     -1 00000 (misc_language.go:45)	LEAQ	-448(SP), R12
     8        00008 (misc_language.go:45)	CMPQ	R12, 16(R14)
     c        00012 (misc_language.go:45)	PCDATA	$0, $-2
     c        00012 (misc_language.go:45)	JLS	2009
    12        00018 (misc_language.go:45)	PCDATA	$0, $-1
    12        00018 (misc_language.go:45)	PUSHQ	BP
    13        00019 (misc_language.go:45)	MOVQ	SP, BP
    16        00022 (misc_language.go:45)	SUBQ	$568, SP
    1d        00029 (misc_language.go:45)	FUNCDATA	$0, gclocals·XhHydcwudYgAAAHTAKMedg==(SB)
    1d        00029 (misc_language.go:45)	FUNCDATA	$1, gclocals·FMLyv5bqFK2YhIRnc80/kg==(SB)
    1d        00029 (misc_language.go:45)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (misc_language.go:47)	XORL	AX, AX
    1f        00031 (misc_language.go:47)	XORL	CX, CX
    21        00033 (misc_language.go:47)	JMP	41
    23        00035 (misc_language.go:48)	ADDQ	AX, CX
    26        00038 (misc_language.go:47)	INCQ	AX
    29        00041 (misc_language.go:47)	CMPQ	AX, $10
    2d        00045 (misc_language.go:47)	JLT	35
    2f        00047 (misc_language.go:47)	MOVQ	CX, main.total+128(SP)
    37        00055 (misc_language.go:50)	PCDATA	$1, $0
    37        00055 (misc_language.go:50)	CALL	runtime.printlock(SB)
    3c        00060 (misc_language.go:50)	LEAQ	go:string."range int "(SB), AX
    43        00067 (misc_language.go:50)	MOVL	$10, BX
    48        00072 (misc_language.go:50)	CALL	runtime.printstring(SB)
    4d        00077 (misc_language.go:50)	MOVQ	main.total+128(SP), AX
    55        00085 (misc_language.go:50)	CALL	runtime.printint(SB)
    5a        00090 (misc_language.go:50)	CALL	runtime.printnl(SB)
    5f        00095 (misc_language.go:50)	NOP
    60        00096 (misc_language.go:50)	CALL	runtime.printunlock(SB)
    65        00101 (misc_language.go:51)	MOVQ	$5, main..autotmp_25+480(SP)
    71        00113 (misc_language.go:51)	LEAQ	go:string."alpha"(SB), AX
    78        00120 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+472(SP)
    80        00128 (misc_language.go:51)	MOVQ	$4, main..autotmp_25+496(SP)
    8c        00140 (misc_language.go:51)	LEAQ	go:string."beta"(SB), AX
    93        00147 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+488(SP)
    9b        00155 (misc_language.go:51)	MOVQ	$5, main..autotmp_25+512(SP)
    a7        00167 (misc_language.go:51)	LEAQ	go:string."gamma"(SB), AX
    ae        00174 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+504(SP)
    b6        00182 (misc_language.go:51)	MOVQ	$5, main..autotmp_25+528(SP)
    c2        00194 (misc_language.go:51)	LEAQ	go:string."delta"(SB), AX
    c9        00201 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+520(SP)
    d1        00209 (misc_language.go:51)	MOVQ	$3, main..autotmp_25+544(SP)
    dd        00221 (misc_language.go:51)	LEAQ	go:string."eta"(SB), AX
    e4        00228 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+536(SP)
    ec        00236 (misc_language.go:51)	MOVQ	$5, main..autotmp_25+560(SP)
    f8        00248 (misc_language.go:51)	LEAQ	go:string."omega"(SB), AX
    ff        00255 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+552(SP)
   107        00263 (misc_language.go:51)	LEAQ	main..autotmp_25+472(SP), AX
   10f        00271 (misc_language.go:51)	XORL	CX, CX
   111        00273 (misc_language.go:51)	JMP	328
   113        00275 (misc_language.go:52)	MOVQ	DX, main.~r0+120(SP)
   118        00280 (misc_language.go:52)	PCDATA	$1, $1
   118        00280 (misc_language.go:52)	CALL	runtime.printlock(SB)
   11d        00285 (misc_language.go:52)	MOVQ	main.~r0+120(SP), AX
   122        00290 (misc_language.go:52)	CALL	runtime.printint(SB)
   127        00295 (misc_language.go:52)	CALL	runtime.printsp(SB)
   12c        00300 (misc_language.go:52)	CALL	runtime.printunlock(SB)
   131        00305 (misc_language.go:51)	MOVQ	main..autotmp_70+368(SP), AX
   139        00313 (misc_language.go:51)	ADDQ	$16, AX
   13d        00317 (misc_language.go:51)	MOVQ	main..autotmp_69+176(SP), CX
   145        00325 (misc_language.go:51)	INCQ	CX
   148        00328 (misc_language.go:51)	CMPQ	CX, $6
   14c        00332 (misc_language.go:51)	JGE	589
   152        00338 (misc_language.go:51)	MOVQ	CX, main..autotmp_69+176(SP)
   15a        00346 (misc_language.go:51)	MOVQ	AX, main..autotmp_70+368(SP)
   162        00354 (misc_language.go:51)	MOVQ	8(AX), DX
   166        00358 (misc_language.go:51)	MOVQ	(AX), BX
   169        00361 (<unknown line number>)	NOP
   169      0 00361 (misc_language.go:52)	CMPQ	DX, $4
   16d        00365 (misc_language.go:52)	JGT	440
   16f        00367 (misc_language.go:52)	CMPQ	DX, $3
   173        00371 (misc_language.go:52)	JNE	405
   175        00373 (misc_language.go:52)	CMPW	(BX), $29797
   17a        00378 (misc_language.go:52)	NOP
   180        00384 (misc_language.go:52)	JNE	582
   186        00390 (misc_language.go:52)	CMPB	2(BX), $97
   18a        00394 (misc_language.go:52)	JEQ	572
   190        00400 (misc_language.go:52)	JMP	582
   195        00405 (misc_language.go:52)	CMPQ	DX, $4
   199        00409 (misc_language.go:52)	JNE	582
   19f        00415 (misc_language.go:52)	CMPL	(BX), $1635018082
   1a5        00421 (misc_language.go:52)	JEQ	514
   1a7        00423 (misc_language.go:52)	CMPL	(BX), $1635018106
   1ad        00429 (misc_language.go:52)	JEQ	572
   1b3        00435 (misc_language.go:52)	JMP	582
   1b8        00440 (misc_language.go:52)	CMPQ	DX, $5
   1bc        00444 (misc_language.go:52)	JNE	544
   1be        00446 (misc_language.go:52)	CMPB	(BX), $100
   1c1        00449 (misc_language.go:52)	JGT	499
   1c3        00451 (misc_language.go:52)	CMPL	(BX), $1752198241
   1c9        00457 (misc_language.go:52)	JNE	475
   1cb        00459 (misc_language.go:52)	CMPB	4(BX), $97
   1cf        00463 (misc_language.go:52)	JNE	475
   1d1        00465 (misc_language.go:52)	MOVL	$1, DX
   1d6     -1 00470 (misc_language.go:52)	JMP	275
   1db      0 00475 (misc_language.go:52)	CMPL	(BX), $1953260900
   1e1        00481 (misc_language.go:52)	JNE	582
   1e3        00483 (misc_language.go:52)	CMPB	4(BX), $97
   1e7        00487 (misc_language.go:52)	JNE	582
   1e9        00489 (misc_language.go:52)	MOVL	$3, DX
   1ee     -1 00494 (misc_language.go:52)	JMP	275
   1f3      0 00499 (misc_language.go:52)	CMPL	(BX), $1835884903
   1f9        00505 (misc_language.go:52)	JNE	524
   1fb        00507 (misc_language.go:52)	CMPB	4(BX), $97
   1ff        00511 (misc_language.go:52)	NOP
   200        00512 (misc_language.go:52)	JNE	524
   202        00514 (misc_language.go:52)	MOVL	$2, DX
   207     -1 00519 (misc_language.go:52)	JMP	275
   20c      0 00524 (misc_language.go:52)	CMPL	(BX), $1952802932
   212        00530 (misc_language.go:52)	JNE	582
   214        00532 (misc_language.go:52)	CMPB	4(BX), $97
   218        00536 (misc_language.go:52)	JEQ	572
   21a        00538 (misc_language.go:52)	JMP	582
   21c        00540 (misc_language.go:52)	NOP
   220        00544 (misc_language.go:52)	CMPQ	DX, $7
   224        00548 (misc_language.go:52)	JNE	582
   226        00550 (misc_language.go:52)	CMPL	(BX), $1769173093
   22c        00556 (misc_language.go:52)	JNE	582
   22e        00558 (misc_language.go:52)	CMPW	4(BX), $28524
   234        00564 (misc_language.go:52)	JNE	582
   236        00566 (misc_language.go:52)	CMPB	6(BX), $110
   23a        00570 (misc_language.go:52)	JNE	582
   23c        00572 (misc_language.go:52)	MOVL	$4, DX
   241     -1 00577 (misc_language.go:52)	JMP	275
   246        00582 (misc_language.go:52)	XORL	DX, DX
   248        00584 (misc_language.go:52)	JMP	275
   24d        00589 (misc_language.go:54)	PCDATA	$1, $0
   24d        00589 (misc_language.go:54)	CALL	runtime.printlock(SB)
   252        00594 (misc_language.go:54)	CALL	runtime.printnl(SB)
   257        00599 (misc_language.go:54)	CALL	runtime.printunlock(SB)
   25c        00604 (misc_language.go:58)	MOVQ	main..stmp_0(SB), AX
   263        00611 (misc_language.go:58)	CMPQ	main..stmp_1(SB), AX
   26a        00618 (misc_language.go:58)	JNE	643
   26c        00620 (misc_language.go:58)	MOVQ	main..stmp_0+16(SB), DX
   273        00627 (misc_language.go:58)	CMPQ	main..stmp_1+16(SB), DX
   27a        00634 (misc_language.go:58)	JNE	643
   27c        00636 (misc_language.go:58)	MOVL	$1, AX
   281        00641 (misc_language.go:58)	JMP	645
   283        00643 (misc_language.go:58)	XORL	AX, AX
   285        00645 (misc_language.go:58)	MOVB	AL, main..autotmp_71+50(SP)
   289        00649 (misc_language.go:58)	MOVQ	main..stmp_2(SB), DX
   290        00656 (misc_language.go:58)	CMPQ	main..stmp_3(SB), DX
   297        00663 (misc_language.go:58)	JNE	718
   299        00665 (misc_language.go:58)	MOVQ	main..stmp_2+16(SB), CX
   2a0        00672 (misc_language.go:58)	CMPQ	main..stmp_3+16(SB), CX
   2a7        00679 (misc_language.go:58)	JEQ	685
   2a9        00681 (misc_language.go:58)	XORL	CX, CX
   2ab        00683 (misc_language.go:58)	JMP	720
   2ad        00685 (misc_language.go:58)	LEAQ	go:string."x"(SB), AX
   2b4        00692 (misc_language.go:58)	LEAQ	go:string."y"(SB), BX
   2bb        00699 (misc_language.go:58)	NOP
   2c0        00704 (misc_language.go:58)	CALL	runtime.memequal(SB)
   2c5        00709 (misc_language.go:58)	MOVL	AX, CX
   2c7        00711 (misc_language.go:58)	MOVBLZX	main..autotmp_71+50(SP), AX
   2cc        00716 (misc_language.go:58)	JMP	720
   2ce        00718 (misc_language.go:58)	XORL	CX, CX
   2d0        00720 (misc_language.go:58)	MOVB	CL, main..autotmp_72+49(SP)
   2d4        00724 (misc_language.go:58)	CMPQ	main..stmp_5(SB), $1
   2dc        00732 (misc_language.go:58)	JNE	751
   2de        00734 (misc_language.go:58)	CMPQ	main..stmp_5+8(SB), $2
   2e6        00742 (misc_language.go:58)	JNE	751
   2e8        00744 (misc_language.go:58)	MOVL	$1, DX
   2ed        00749 (misc_language.go:58)	JMP	753
   2ef        00751 (misc_language.go:58)	XORL	DX, DX
   2f1        00753 (misc_language.go:58)	MOVB	DL, main..autotmp_73+48(SP)
   2f5        00757 (<autogenerated>:1)	LEAQ	main..stmp_6(SB), AX
   2fc        00764 (<autogenerated>:1)	LEAQ	main..stmp_7(SB), BX
   303        00771 (<autogenerated>:1)	CALL	type:.eq.SS(SB)
   308        00776 (<autogenerated>:1)	MOVB	AL, main..autotmp_74+47(SP)
   30c        00780 (misc_language.go:58)	CALL	runtime.printlock(SB)
   311        00785 (misc_language.go:58)	MOVBLZX	main..autotmp_71+50(SP), AX
   316        00790 (misc_language.go:58)	CALL	runtime.printbool(SB)
   31b        00795 (misc_language.go:58)	NOP
   320        00800 (misc_language.go:58)	CALL	runtime.printsp(SB)
   325        00805 (misc_language.go:58)	MOVBLZX	main..autotmp_72+49(SP), AX
   32a        00810 (misc_language.go:58)	CALL	runtime.printbool(SB)
   32f        00815 (misc_language.go:58)	CALL	runtime.printsp(SB)
   334        00820 (misc_language.go:58)	MOVBLZX	main..autotmp_73+48(SP), AX
   339        00825 (misc_language.go:58)	CALL	runtime.printbool(SB)
   33e        00830 (misc_language.go:58)	NOP
   340        00832 (misc_language.go:58)	CALL	runtime.printsp(SB)
   345        00837 (<autogenerated>:1)	MOVBLZX	main..autotmp_74+47(SP), AX
   34a        00842 (<autogenerated>:1)	XORL	$1, AX
   34d        00845 (misc_language.go:58)	CALL	runtime.printbool(SB)
   352        00850 (misc_language.go:58)	CALL	runtime.printnl(SB)
   357        00855 (misc_language.go:58)	CALL	runtime.printunlock(SB)
   35c        00860 (misc_language.go:59)	LEAQ	type:main.pair(SB), AX
   363        00867 (misc_language.go:59)	LEAQ	main..stmp_8(SB), BX
   36a        00874 (misc_language.go:59)	MOVQ	AX, CX
   36d        00877 (misc_language.go:59)	LEAQ	main..stmp_9(SB), DI
   374        00884 (misc_language.go:59)	CALL	main.compareAny(SB)
   379        00889 (misc_language.go:59)	MOVQ	AX, main..autotmp_75+360(SP)
   381        00897 (misc_language.go:59)	MOVQ	BX, main..autotmp_69+176(SP)
   389        00905 (misc_language.go:59)	LEAQ	type:main.pair(SB), AX
   390        00912 (misc_language.go:59)	LEAQ	main..stmp_10(SB), BX
   397        00919 (misc_language.go:59)	MOVQ	AX, CX
   39a        00922 (misc_language.go:59)	LEAQ	main..stmp_11(SB), DI
   3a1        00929 (misc_language.go:59)	PCDATA	$1, $2
   3a1        00929 (misc_language.go:59)	CALL	main.compareAny(SB)
   3a6        00934 (misc_language.go:59)	MOVQ	AX, main..autotmp_76+352(SP)
   3ae        00942 (misc_language.go:59)	MOVQ	BX, main..autotmp_77+168(SP)
   3b6        00950 (misc_language.go:59)	LEAQ	type:int(SB), AX
   3bd        00957 (misc_language.go:59)	LEAQ	main..stmp_12(SB), BX
   3c4        00964 (misc_language.go:59)	LEAQ	type:string(SB), CX
   3cb        00971 (misc_language.go:59)	LEAQ	main..stmp_13(SB), DI
   3d2        00978 (misc_language.go:59)	PCDATA	$1, $3
   3d2        00978 (misc_language.go:59)	CALL	main.compareAny(SB)
   3d7        00983 (misc_language.go:59)	MOVQ	AX, main..autotmp_78+344(SP)
   3df        00991 (misc_language.go:59)	MOVQ	BX, main..autotmp_79+160(SP)
   3e7        00999 (misc_language.go:59)	PCDATA	$1, $4
   3e7        00999 (misc_language.go:59)	CALL	runtime.printlock(SB)
   3ec        01004 (misc_language.go:59)	MOVQ	main..autotmp_75+360(SP), AX
   3f4        01012 (misc_language.go:59)	MOVQ	main..autotmp_69+176(SP), BX
   3fc        01020 (misc_language.go:59)	PCDATA	$1, $5
   3fc        01020 (misc_language.go:59)	NOP
   400        01024 (misc_language.go:59)	CALL	runtime.printstring(SB)
   405        01029 (misc_language.go:59)	CALL	runtime.printsp(SB)
   40a        01034 (misc_language.go:59)	MOVQ	main..autotmp_76+352(SP), AX
   412        01042 (misc_language.go:59)	MOVQ	main..autotmp_77+168(SP), BX
   41a        01050 (misc_language.go:59)	PCDATA	$1, $6
   41a        01050 (misc_language.go:59)	CALL	runtime.printstring(SB)
   41f        01055 (misc_language.go:59)	NOP
   420        01056 (misc_language.go:59)	CALL	runtime.printsp(SB)
   425        01061 (misc_language.go:59)	MOVQ	main..autotmp_78+344(SP), AX
   42d        01069 (misc_language.go:59)	MOVQ	main..autotmp_79+160(SP), BX
   435        01077 (misc_language.go:59)	PCDATA	$1, $0
   435        01077 (misc_language.go:59)	CALL	runtime.printstring(SB)
   43a        01082 (misc_language.go:59)	CALL	runtime.printnl(SB)
   43f        01087 (misc_language.go:59)	NOP
   440        01088 (misc_language.go:59)	CALL	runtime.printunlock(SB)
   445        01093 (misc_language.go:60)	MOVQ	$1, main..autotmp_16+328(SP)
   451        01105 (misc_language.go:60)	LEAQ	main..autotmp_16+328(SP), CX
   459        01113 (misc_language.go:60)	MOVQ	CX, main..autotmp_37+448(SP)
   461        01121 (misc_language.go:60)	MOVQ	$1, main..autotmp_37+456(SP)
   46d        01133 (misc_language.go:60)	MOVQ	$1, main..autotmp_37+464(SP)
   479        01145 (misc_language.go:60)	MOVQ	$1, main..autotmp_17+320(SP)
   485        01157 (misc_language.go:60)	LEAQ	main..autotmp_17+320(SP), CX
   48d        01165 (misc_language.go:60)	MOVQ	CX, main..autotmp_40+424(SP)
   495        01173 (misc_language.go:60)	MOVQ	$1, main..autotmp_40+432(SP)
   4a1        01185 (misc_language.go:60)	MOVQ	$1, main..autotmp_40+440(SP)
   4ad        01197 (misc_language.go:60)	LEAQ	type:[]int(SB), AX
   4b4        01204 (misc_language.go:60)	LEAQ	main..autotmp_37+448(SP), BX
   4bc        01212 (misc_language.go:60)	MOVQ	AX, CX
   4bf        01215 (misc_language.go:60)	LEAQ	main..autotmp_40+424(SP), DI
   4c7        01223 (misc_language.go:60)	CALL	main.compareAny(SB)
   4cc        01228 (misc_language.go:60)	MOVQ	AX, main..autotmp_75+360(SP)
   4d4        01236 (misc_language.go:60)	MOVQ	BX, main..autotmp_69+176(SP)
   4dc        01244 (misc_language.go:60)	PCDATA	$1, $2
   4dc        01244 (misc_language.go:60)	NOP
   4e0        01248 (misc_language.go:60)	CALL	runtime.printlock(SB)
   4e5        01253 (misc_language.go:60)	MOVQ	main..autotmp_75+360(SP), AX
   4ed        01261 (misc_language.go:60)	MOVQ	main..autotmp_69+176(SP), BX
   4f5        01269 (misc_language.go:60)	PCDATA	$1, $0
   4f5        01269 (misc_language.go:60)	CALL	runtime.printstring(SB)
   4fa        01274 (misc_language.go:60)	CALL	runtime.printnl(SB)
   4ff        01279 (misc_language.go:60)	NOP
   500        01280 (misc_language.go:60)	CALL	runtime.printunlock(SB)
   505        01285 (misc_language.go:61)	LEAQ	main..autotmp_41+376(SP), CX
   50d        01293 (misc_language.go:61)	MOVUPS	X15, (CX)
   511        01297 (misc_language.go:61)	MOVUPS	X15, 16(CX)
   516        01302 (misc_language.go:61)	MOVUPS	X15, 32(CX)
   51b        01307 (misc_language.go:61)	LEAQ	main..autotmp_42+184(SP), CX
   523        01315 (misc_language.go:61)	MOVUPS	X15, (CX)
   527        01319 (misc_language.go:61)	MOVUPS	X15, 16(CX)
   52c        01324 (misc_language.go:61)	MOVUPS	X15, 32(CX)
   531        01329 (misc_language.go:61)	MOVUPS	X15, 48(CX)
   536        01334 (misc_language.go:61)	MOVUPS	X15, 64(CX)
   53b        01339 (misc_language.go:61)	MOVUPS	X15, 80(CX)
   540        01344 (misc_language.go:61)	MOVUPS	X15, 96(CX)
   545        01349 (misc_language.go:61)	MOVUPS	X15, 112(CX)
   54a        01354 (misc_language.go:61)	MOVUPS	X15, 120(CX)
   54f        01359 (misc_language.go:61)	MOVQ	$-9187201950435737472, DX
   559        01369 (misc_language.go:61)	MOVQ	DX, main..autotmp_42+184(SP)
   561        01377 (misc_language.go:61)	MOVQ	CX, main..autotmp_41+392(SP)
   569        01385 (misc_language.go:61)	PCDATA	$1, $7
   569        01385 (misc_language.go:61)	CALL	runtime.rand(SB)
   56e        01390 (misc_language.go:61)	MOVQ	AX, main..autotmp_41+384(SP)
   576        01398 (misc_language.go:61)	LEAQ	type:map[int]int(SB), AX
   57d        01405 (misc_language.go:61)	LEAQ	main..autotmp_41+376(SP), BX
   585        01413 (misc_language.go:61)	LEAQ	type:int(SB), CX
   58c        01420 (misc_language.go:61)	LEAQ	main..stmp_14(SB), DI
   593        01427 (misc_language.go:61)	PCDATA	$1, $0
   593        01427 (misc_language.go:61)	CALL	main.compareAny(SB)
   598        01432 (misc_language.go:61)	MOVQ	AX, main..autotmp_75+360(SP)
   5a0        01440 (misc_language.go:61)	MOVQ	BX, main..autotmp_69+176(SP)
   5a8        01448 (misc_language.go:61)	PCDATA	$1, $2
   5a8        01448 (misc_language.go:61)	CALL	runtime.printlock(SB)
   5ad        01453 (misc_language.go:61)	MOVQ	main..autotmp_75+360(SP), AX
   5b5        01461 (misc_language.go:61)	MOVQ	main..autotmp_69+176(SP), BX
   5bd        01469 (misc_language.go:61)	PCDATA	$1, $0
   5bd        01469 (misc_language.go:61)	NOP
   5c0        01472 (misc_language.go:61)	CALL	runtime.printstring(SB)
   5c5        01477 (misc_language.go:61)	CALL	runtime.printnl(SB)
   5ca        01482 (misc_language.go:61)	CALL	runtime.printunlock(SB)
   5cf        01487 (misc_language.go:63)	LEAQ	main.main.func1·f(SB), AX
   5d6        01494 (misc_language.go:63)	CALL	main.callNil(SB)
   5db        01499 (misc_language.go:63)	MOVQ	AX, main..autotmp_69+176(SP)
   5e3        01507 (misc_language.go:63)	XORL	AX, AX
   5e5        01509 (misc_language.go:63)	CALL	main.callNil(SB)
   5ea        01514 (misc_language.go:63)	MOVQ	AX, main..autotmp_77+168(SP)
   5f2        01522 (misc_language.go:63)	CALL	runtime.printlock(SB)
   5f7        01527 (misc_language.go:63)	MOVQ	main..autotmp_69+176(SP), AX
   5ff        01535 (misc_language.go:63)	NOP
   600        01536 (misc_language.go:63)	CALL	runtime.printint(SB)
   605        01541 (misc_language.go:63)	CALL	runtime.printsp(SB)
   60a        01546 (misc_language.go:63)	MOVQ	main..autotmp_77+168(SP), AX
   612        01554 (misc_language.go:63)	CALL	runtime.printint(SB)
   617        01559 (misc_language.go:63)	CALL	runtime.printnl(SB)
   61c        01564 (misc_language.go:63)	NOP
   620        01568 (misc_language.go:63)	CALL	runtime.printunlock(SB)
   625        01573 (misc_language.go:65)	MOVL	$1819043176, main..autotmp_48+115(SP)
   62d        01581 (misc_language.go:65)	MOVB	$111, main..autotmp_48+119(SP)
   632        01586 (misc_language.go:66)	LEAQ	main..autotmp_48+115(SP), AX
   637        01591 (misc_language.go:66)	MOVL	$12, BX
   63c        01596 (misc_language.go:66)	MOVL	$5, CX
   641        01601 (misc_language.go:66)	MOVL	$7, DI
   646        01606 (misc_language.go:66)	LEAQ	type:uint8(SB), SI
   64d        01613 (misc_language.go:66)	CALL	runtime.growslice(SB)
   652        01618 (misc_language.go:66)	MOVQ	AX, main.b.ptr+336(SP)
   65a        01626 (misc_language.go:66)	MOVQ	CX, main.b.cap+152(SP)
   662        01634 (misc_language.go:66)	MOVL	$1870077996, 5(AX)
   669        01641 (misc_language.go:66)	MOVL	$1684828783, 8(AX)
   670        01648 (misc_language.go:67)	MOVQ	AX, BX
   673        01651 (misc_language.go:67)	MOVL	$12, CX
   678        01656 (misc_language.go:67)	LEAQ	main..autotmp_55+83(SP), AX
   67d        01661 (misc_language.go:67)	PCDATA	$1, $8
   67d        01661 (misc_language.go:67)	NOP
   680        01664 (misc_language.go:67)	CALL	runtime.slicebytetostring(SB)
   685        01669 (misc_language.go:67)	MOVQ	AX, main..autotmp_75+360(SP)
   68d        01677 (misc_language.go:67)	MOVQ	BX, main..autotmp_69+176(SP)
   695        01685 (misc_language.go:67)	PCDATA	$1, $9
   695        01685 (misc_language.go:67)	CALL	runtime.printlock(SB)
   69a        01690 (misc_language.go:67)	MOVQ	main..autotmp_75+360(SP), AX
   6a2        01698 (misc_language.go:67)	MOVQ	main..autotmp_69+176(SP), BX
   6aa        01706 (misc_language.go:67)	PCDATA	$1, $8
   6aa        01706 (misc_language.go:67)	CALL	runtime.printstring(SB)
   6af        01711 (misc_language.go:67)	CALL	runtime.printsp(SB)
   6b4        01716 (misc_language.go:67)	MOVL	$12, AX
   6b9        01721 (misc_language.go:67)	CALL	runtime.printint(SB)
   6be        01726 (misc_language.go:67)	NOP
   6c0        01728 (misc_language.go:67)	CALL	runtime.printnl(SB)
   6c5        01733 (misc_language.go:67)	CALL	runtime.printunlock(SB)
   6ca        01738 (misc_language.go:68)	MOVQ	main.b.ptr+336(SP), BX
   6d2        01746 (misc_language.go:68)	LEAQ	go:string."J"(SB), CX
   6d9        01753 (misc_language.go:68)	CMPQ	BX, CX
   6dc        01756 (misc_language.go:68)	JEQ	1761
   6de        01758 (misc_language.go:68)	MOVB	$74, (BX)
   6e1        01761 (misc_language.go:69)	MOVQ	main.b.cap+152(SP), DX
   6e9        01769 (misc_language.go:69)	CMPQ	DX, $5
   6ed        01773 (misc_language.go:69)	JCS	2003
   6f3        01779 (misc_language.go:69)	LEAQ	main..autotmp_61+51(SP), AX
   6f8        01784 (misc_language.go:69)	MOVL	$5, CX
   6fd        01789 (misc_language.go:69)	PCDATA	$1, $0
   6fd        01789 (misc_language.go:69)	NOP
   700        01792 (misc_language.go:69)	CALL	runtime.slicebytetostring(SB)
   705        01797 (misc_language.go:69)	MOVQ	AX, main..autotmp_75+360(SP)
   70d        01805 (misc_language.go:69)	MOVQ	BX, main..autotmp_69+176(SP)
   715        01813 (misc_language.go:69)	PCDATA	$1, $2
   715        01813 (misc_language.go:69)	CALL	runtime.printlock(SB)
   71a        01818 (misc_language.go:69)	MOVL	$1, AX
   71f        01823 (misc_language.go:69)	NOP
   720        01824 (misc_language.go:69)	CALL	runtime.printint(SB)
   725        01829 (misc_language.go:69)	CALL	runtime.printsp(SB)
   72a        01834 (misc_language.go:69)	MOVQ	main..autotmp_75+360(SP), AX
   732        01842 (misc_language.go:69)	MOVQ	main..autotmp_69+176(SP), BX
   73a        01850 (misc_language.go:69)	PCDATA	$1, $0
   73a        01850 (misc_language.go:69)	CALL	runtime.printstring(SB)
   73f        01855 (misc_language.go:69)	NOP
   740        01856 (misc_language.go:69)	CALL	runtime.printnl(SB)
   745        01861 (misc_language.go:69)	CALL	runtime.printunlock(SB)
   74a        01866 (misc_language.go:71)	XORL	DX, DX
   74c        01868 (misc_language.go:71)	JMP	1873
   74e        01870 (misc_language.go:72)	INCQ	DX
   751        01873 (misc_language.go:72)	CMPQ	DX, $4
   755        01877 (misc_language.go:72)	JGE	1977
   757        01879 (misc_language.go:72)	MOVQ	DX, main.i+144(SP)
   75f        01887 (misc_language.go:72)	XORL	AX, AX
   761        01889 (misc_language.go:73)	JMP	1959
   763        01891 (misc_language.go:73)	MOVQ	AX, main.j+136(SP)
   76b        01899 (misc_language.go:80)	CALL	runtime.printlock(SB)
   770        01904 (misc_language.go:80)	MOVQ	main.i+144(SP), AX
   778        01912 (misc_language.go:80)	CALL	runtime.printint(SB)
   77d        01917 (misc_language.go:80)	MOVQ	main.j+136(SP), AX
   785        01925 (misc_language.go:80)	CALL	runtime.printint(SB)
   78a        01930 (misc_language.go:80)	CALL	runtime.printsp(SB)
   78f        01935 (misc_language.go:80)	CALL	runtime.printunlock(SB)
   794        01940 (misc_language.go:73)	MOVQ	main.j+136(SP), AX
   79c        01948 (misc_language.go:73)	INCQ	AX
   79f        01951 (misc_language.go:77)	MOVQ	main.i+144(SP), DX
   7a7        01959 (misc_language.go:73)	CMPQ	AX, $4
   7ab        01963 (misc_language.go:73)	JGE	1870
   7ad        01965 (misc_language.go:74)	CMPQ	AX, $2
   7b1        01969 (misc_language.go:74)	JEQ	1870
   7b3        01971 (misc_language.go:77)	CMPQ	DX, $3
   7b7        01975 (misc_language.go:77)	JNE	1891
   7b9        01977 (misc_language.go:83)	CALL	runtime.printlock(SB)
   7be        01982 (misc_language.go:83)	NOP
   7c0        01984 (misc_language.go:83)	CALL	runtime.printnl(SB)
   7c5        01989 (misc_language.go:83)	CALL	runtime.printunlock(SB)
   7ca        01994 (misc_language.go:84)	ADDQ	$568, SP
   7d1        02001 (misc_language.go:84)	POPQ	BP
   7d2        02002 (misc_language.go:84)	RET
   7d3        02003 (misc_language.go:69)	PCDATA	$4, $2504
   7d3        02003 (misc_language.go:69)	CALL	runtime.panicBounds(SB)
   7d8        02008 (misc_language.go:69)	XCHGL	AX, AX
   7d9        02009 (misc_language.go:69)	NOP
   7d9        02009 (misc_language.go:45)	PCDATA	$1, $-1
   7d9        02009 (misc_language.go:45)	PCDATA	$0, $-2
   7d9        02009 (misc_language.go:45)	CALL	runtime.morestack_noctxt(SB)
   7de        02014 (misc_language.go:45)	PCDATA	$0, $-1
   7de        02014 (misc_language.go:45)	NOP
   7e0        02016 (misc_language.go:45)	JMP	0
   7e5 done
wrote 21 bytes to 0x0
 00 e9 02 02 6d 01 05 02 13 01 05 02 14 01 05 02 35 01 a4 0b 00
-- inlining tree for main.main:
0 | -1 | main.kind (misc_language.go:52:13) pc=275
--
funcpctab type:.eq.SS [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.SS(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.SS(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	100
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SS.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SS.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	8(AX), CX
    12        00018 (<autogenerated>:1)	CMPQ	8(BX), CX
    16        00022 (<autogenerated>:1)	JNE	92
    18        00024 (<autogenerated>:1)	MOVQ	24(AX), DX
    1c        00028 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	24(BX), DX
    24        00036 (<autogenerated>:1)	JNE	92
    26        00038 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
    2b        00043 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
    30        00048 (<autogenerated>:1)	PCDATA	$3, $-1
    30        00048 (<autogenerated>:1)	MOVQ	(AX), AX
    33        00051 (<autogenerated>:1)	MOVQ	(BX), BX
    36        00054 (<autogenerated>:1)	PCDATA	$1, $0
    36        00054 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    3b        00059 (<autogenerated>:1)	TESTB	AL, AL
    3d        00061 (<autogenerated>:1)	JEQ	92
    3f        00063 (<autogenerated>:1)	MOVQ	main.p+40(SP), DX
    44        00068 (<autogenerated>:1)	MOVQ	16(DX), AX
    48        00072 (<autogenerated>:1)	MOVQ	main.q+48(SP), SI
    4d        00077 (<autogenerated>:1)	MOVQ	16(SI), BX
    51        00081 (<autogenerated>:1)	MOVQ	24(DX), CX
    55        00085 (<autogenerated>:1)	PCDATA	$1, $1
    55        00085 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    5a        00090 (<autogenerated>:1)	JMP	94
    5c        00092 (<autogenerated>:1)	PCDATA	$3, $1
    5c        00092 (<autogenerated>:1)	XORL	AX, AX
    5e        00094 (<autogenerated>:1)	ADDQ	$24, SP
    62        00098 (<autogenerated>:1)	POPQ	BP
    63        00099 (<autogenerated>:1)	RET
    64        00100 (<autogenerated>:1)	NOP
    64        00100 (<autogenerated>:1)	PCDATA	$1, $-1
    64        00100 (<autogenerated>:1)	PCDATA	$0, $-2
    64        00100 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    69        00105 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    6e        00110 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    73        00115 (<autogenerated>:1)	PCDATA	$0, $-1
    73        00115 (<autogenerated>:1)	MOVQ	8(SP), AX
    78        00120 (<autogenerated>:1)	MOVQ	16(SP), BX
    7d        00125 (<autogenerated>:1)	JMP	0
    7f done
wrote 3 bytes to 0x0
 00 7f 00
funcpctab type:.eq.M8S [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.M8S(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.M8S(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	61
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M8S.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M8S.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	(AX), DX
    11        00017 (<autogenerated>:1)	CMPQ	(BX), DX
    14        00020 (<autogenerated>:1)	JNE	53
    16        00022 (<autogenerated>:1)	MOVQ	16(AX), CX
    1a        00026 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	16(BX), CX
    24        00036 (<autogenerated>:1)	JNE	53
    26        00038 (<autogenerated>:1)	MOVQ	8(AX), AX
    2a        00042 (<autogenerated>:1)	MOVQ	8(BX), BX
    2e        00046 (<autogenerated>:1)	PCDATA	$1, $1
    2e        00046 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    33        00051 (<autogenerated>:1)	JMP	55
    35        00053 (<autogenerated>:1)	XORL	AX, AX
    37        00055 (<autogenerated>:1)	ADDQ	$24, SP
    3b        00059 (<autogenerated>:1)	POPQ	BP
    3c        00060 (<autogenerated>:1)	RET
    3d        00061 (<autogenerated>:1)	NOP
    3d        00061 (<autogenerated>:1)	PCDATA	$1, $-1
    3d        00061 (<autogenerated>:1)	PCDATA	$0, $-2
    3d        00061 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    42        00066 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    47        00071 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    4c        00076 (<autogenerated>:1)	PCDATA	$0, $-1
    4c        00076 (<autogenerated>:1)	MOVQ	8(SP), AX
    51        00081 (<autogenerated>:1)	MOVQ	16(SP), BX
    56        00086 (<autogenerated>:1)	JMP	0
    58 done
wrote 3 bytes to 0x0
 00 58 00
funcpctab main.callNil [valfunc=pctoinline]
     0     -1 00000 (misc_language.go:35)	TEXT	main.callNil(SB), ABIInternal, $48-8
     0        00000 (misc_language.go:35)	TEXT	main.callNil(SB), ABIInternal, $48-8
     0     -1 00000 (misc_language.go:35)	CMPQ	SP, 16(R14)
     4        00004 (misc_language.go:35)	PCDATA	$0, $-2
     4        00004 (misc_language.go:35)	JLS	127
     6        00006 (misc_language.go:35)	PCDATA	$0, $-1
     6        00006 (misc_language.go:35)	PUSHQ	BP
     7        00007 (misc_language.go:35)	MOVQ	SP, BP
     a        00010 (misc_language.go:35)	SUBQ	$40, SP
     e        00014 (misc_language.go:35)	MOVQ	X15, 32(SP)
    15        00021 (misc_language.go:35)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    15        00021 (misc_language.go:35)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
    15        00021 (misc_language.go:35)	FUNCDATA	$2, main.callNil.stkobj(SB)
    15        00021 (misc_language.go:35)	FUNCDATA	$5, main.callNil.arginfo1(SB)
    15        00021 (misc_language.go:35)	FUNCDATA	$6, main.callNil.argliveinfo(SB)
    15        00021 (misc_language.go:35)	FUNCDATA	$4, main.callNil.opendefer(SB)
    15        00021 (misc_language.go:35)	PCDATA	$3, $1
    15        00021 (misc_language.go:35)	MOVB	$0, main..autotmp_5+7(SP)
    1a        00026 (misc_language.go:35)	MOVQ	$0, main.res+8(SP)
    23        00035 (misc_language.go:36)	LEAQ	main.callNil.func1(SB), CX
    2a        00042 (misc_language.go:36)	MOVQ	CX, main..autotmp_4+16(SP)
    2f        00047 (misc_language.go:36)	LEAQ	main.res+8(SP), CX
    34        00052 (misc_language.go:36)	MOVQ	CX, main..autotmp_4+24(SP)
    39        00057 (misc_language.go:36)	LEAQ	main..autotmp_4+16(SP), CX
    3e        00062 (misc_language.go:36)	MOVQ	CX, main..autotmp_6+32(SP)
    43        00067 (misc_language.go:36)	MOVB	$1, main..autotmp_5+7(SP)
    48        00072 (misc_language.go:42)	MOVQ	(AX), CX
    4b        00075 (misc_language.go:42)	MOVQ	AX, DX
    4e        00078 (misc_language.go:42)	PCDATA	$1, $1
    4e        00078 (misc_language.go:42)	CALL	CX
    50        00080 (misc_language.go:42)	MOVQ	AX, main.res+8(SP)
    55        00085 (misc_language.go:42)	MOVB	$0, main..autotmp_5+7(SP)
    5a        00090 (misc_language.go:42)	MOVQ	main..autotmp_6+32(SP), DX
    5f        00095 (misc_language.go:42)	MOVQ	(DX), AX
    62        00098 (misc_language.go:42)	CALL	AX
    64        00100 (misc_language.go:42)	MOVQ	main.res+8(SP), AX
    69        00105 (misc_language.go:42)	ADDQ	$40, SP
    6d        00109 (misc_language.go:42)	POPQ	BP
    6e        00110 (misc_language.go:42)	RET
    6f        00111 (misc_language.go:42)	CALL	runtime.deferreturn(SB)
    74        00116 (misc_language.go:42)	MOVQ	main.res+8(SP), AX
    79        00121 (misc_language.go:42)	ADDQ	$40, SP
    7d        00125 (misc_language.go:42)	POPQ	BP
    7e        00126 (misc_language.go:42)	RET
    7f        00127 (misc_language.go:42)	NOP
    7f        00127 (misc_language.go:35)	PCDATA	$1, $-1
    7f        00127 (misc_language.go:35)	PCDATA	$0, $-2
    7f        00127 (misc_language.go:35)	MOVQ	AX, 8(SP)
    84        00132 (misc_language.go:35)	CALL	runtime.morestack_noctxt(SB)
    89        00137 (misc_language.go:35)	PCDATA	$0, $-1
    89        00137 (misc_language.go:35)	MOVQ	8(SP), AX
    8e        00142 (misc_language.go:35)	JMP	0
    93 done
wrote 4 bytes to 0x0
 00 93 01 00
funcpctab main.callNil.func1 [valfunc=pctoinline]
     0     -1 00000 (misc_language.go:36)	TEXT	main.callNil.func1(SB), NEEDCTXT|ABIInternal, $64-0
     0        00000 (misc_language.go:36)	TEXT	main.callNil.func1(SB), NEEDCTXT|ABIInternal, $64-0
     0     -1 00000 (misc_language.go:36)	CMPQ	SP, 16(R14)
     4        00004 (misc_language.go:36)	PCDATA	$0, $-2
     4        00004 (misc_language.go:36)	JLS	230
     a        00010 (misc_language.go:36)	PCDATA	$0, $-1
     a        00010 (misc_language.go:36)	PUSHQ	BP
     b        00011 (misc_language.go:36)	MOVQ	SP, BP
     e        00014 (misc_language.go:36)	SUBQ	$56, SP
    12        00018 (misc_language.go:36)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
    12        00018 (misc_language.go:36)	FUNCDATA	$1, gclocals·rqJoKzZLYiGj2fjHL7RopA==(SB)
    12        00018 (misc_language.go:36)	MOVQ	8(DX), AX
    16        00022 (misc_language.go:36)	MOVQ	AX, main.&res+48(SP)
    1b        00027 (misc_language.go:37)	PCDATA	$1, $1
    1b        00027 (misc_language.go:37)	NOP
    20        00032 (misc_language.go:37)	CALL	runtime.gorecover(SB)
    25        00037 (misc_language.go:37)	TESTQ	AX, AX
    28        00040 (misc_language.go:37)	JEQ	75
    2a        00042 (misc_language.go:38)	MOVQ	main.&res+48(SP), CX
    2f        00047 (misc_language.go:38)	MOVQ	$-1, (CX)
    36        00054 (misc_language.go:39)	JEQ	216
    3c        00060 (misc_language.go:39)	MOVQ	main..typeAssert.1(SB), CX
    43        00067 (misc_language.go:39)	MOVQ	(CX), DX
    46        00070 (misc_language.go:39)	MOVL	16(AX), SI
    49        00073 (misc_language.go:39)	JMP	81
    4b        00075 (misc_language.go:41)	ADDQ	$56, SP
    4f        00079 (misc_language.go:41)	POPQ	BP
    50        00080 (misc_language.go:41)	RET
    51        00081 (misc_language.go:39)	MOVQ	SI, DI
    54        00084 (misc_language.go:39)	ANDQ	DX, SI
    57        00087 (misc_language.go:39)	SHLQ	$4, SI
    5b        00091 (misc_language.go:39)	MOVQ	8(SI)(CX*1), R8
    60        00096 (misc_language.go:39)	CMPQ	AX, R8
    63        00099 (misc_language.go:39)	JEQ	140
    65        00101 (misc_language.go:39)	LEAQ	1(DI), SI
    69        00105 (misc_language.go:39)	TESTQ	R8, R8
    6c        00108 (misc_language.go:39)	JNE	81
    6e        00110 (misc_language.go:37)	MOVQ	BX, main.r.data+32(SP)
    73        00115 (misc_language.go:39)	MOVQ	AX, BX
    76        00118 (misc_language.go:39)	LEAQ	main..typeAssert.1(SB), AX
    7d        00125 (misc_language.go:39)	PCDATA	$1, $2
    7d        00125 (misc_language.go:39)	NOP
    80        00128 (misc_language.go:39)	CALL	runtime.typeAssert(SB)
    85        00133 (misc_language.go:39)	MOVQ	main.r.data+32(SP), BX
    8a        00138 (misc_language.go:39)	JMP	145
    8c        00140 (misc_language.go:39)	MOVQ	16(SI)(CX*1), AX
    91        00145 (misc_language.go:39)	MOVQ	24(AX), CX
    95        00149 (misc_language.go:39)	MOVQ	BX, AX
    98        00152 (misc_language.go:39)	PCDATA	$1, $0
    98        00152 (misc_language.go:39)	CALL	CX
    9a        00154 (misc_language.go:39)	MOVQ	AX, main..autotmp_6+40(SP)
    9f        00159 (misc_language.go:39)	MOVQ	BX, main..autotmp_7+24(SP)
    a4        00164 (misc_language.go:39)	PCDATA	$1, $3
    a4        00164 (misc_language.go:39)	CALL	runtime.printlock(SB)
    a9        00169 (misc_language.go:39)	LEAQ	go:string."recovered: "(SB), AX
    b0        00176 (misc_language.go:39)	MOVL	$11, BX
    b5        00181 (misc_language.go:39)	CALL	runtime.printstring(SB)
    ba        00186 (misc_language.go:39)	MOVQ	main..autotmp_6+40(SP), AX
    bf        00191 (misc_language.go:39)	MOVQ	main..autotmp_7+24(SP), BX
    c4        00196 (misc_language.go:39)	PCDATA	$1, $0
    c4        00196 (misc_language.go:39)	CALL	runtime.printstring(SB)
    c9        00201 (misc_language.go:39)	CALL	runtime.printnl(SB)
    ce        00206 (misc_language.go:39)	CALL	runtime.printunlock(SB)
    d3        00211 (misc_language.go:39)	JMP	75
    d8        00216 (misc_language.go:39)	LEAQ	type:error(SB), AX
    df        00223 (misc_language.go:39)	NOP
    e0        00224 (misc_language.go:39)	CALL	runtime.panicnildottype(SB)
    e5        00229 (misc_language.go:39)	XCHGL	AX, AX
    e6        00230 (misc_language.go:39)	NOP
    e6        00230 (misc_language.go:36)	PCDATA	$1, $-1
    e6        00230 (misc_language.go:36)	PCDATA	$0, $-2
    e6        00230 (misc_language.go:36)	CALL	runtime.morestack(SB)
    eb        00235 (misc_language.go:36)	PCDATA	$0, $-1
    eb        00235 (misc_language.go:36)	JMP	0
    f0 done
wrote 4 bytes to 0x0
 00 f0 01 00
funcpctab main.compareAny [valfunc=pctoinline]
     0     -1 00000 (misc_language.go:23)	TEXT	main.compareAny(SB), ABIInternal, $80-32
     0        00000 (misc_language.go:23)	TEXT	main.compareAny(SB), ABIInternal, $80-32
     0     -1 00000 (misc_language.go:23)	CMPQ	SP, 16(R14)
     4        00004 (misc_language.go:23)	PCDATA	$0, $-2
     4        00004 (misc_language.go:23)	JLS	238
     a        00010 (misc_language.go:23)	PCDATA	$0, $-1
     a        00010 (misc_language.go:23)	PUSHQ	BP
     b        00011 (misc_language.go:23)	MOVQ	SP, BP
     e        00014 (misc_language.go:23)	SUBQ	$72, SP
    12        00018 (misc_language.go:23)	MOVQ	AX, main.x+88(FP)
    17        00023 (misc_language.go:23)	MOVQ	BX, main.x+96(FP)
    1c        00028 (misc_language.go:23)	MOVQ	CX, main.y+104(FP)
    21        00033 (misc_language.go:23)	MOVQ	DI, main.y+112(FP)
    26        00038 (misc_language.go:23)	MOVQ	X15, 64(SP)
    2d        00045 (misc_language.go:23)	FUNCDATA	$0, gclocals·G+rJRP5ROD759y5ZP5Xi3g==(SB)
    2d        00045 (misc_language.go:23)	FUNCDATA	$1, gclocals·TggWaExUwDZc5d5PnqhOxw==(SB)
    2d        00045 (misc_language.go:23)	FUNCDATA	$2, main.compareAny.stkobj(SB)
    2d        00045 (misc_language.go:23)	FUNCDATA	$5, main.compareAny.arginfo1(SB)
    2d        00045 (misc_language.go:23)	FUNCDATA	$6, main.compareAny.argliveinfo(SB)
    2d        00045 (misc_language.go:23)	FUNCDATA	$4, main.compareAny.opendefer(SB)
    2d        00045 (misc_language.go:23)	PCDATA	$3, $1
    2d        00045 (misc_language.go:23)	MOVB	$0, main..autotmp_5+31(SP)
    32        00050 (misc_language.go:23)	MOVUPS	X15, main.res+32(SP)
    38        00056 (misc_language.go:24)	LEAQ	main.compareAny.func1(SB), SI
    3f        00063 (misc_language.go:24)	MOVQ	SI, main..autotmp_4+48(SP)
    44        00068 (misc_language.go:24)	LEAQ	main.res+32(SP), SI
    49        00073 (misc_language.go:24)	MOVQ	SI, main..autotmp_4+56(SP)
    4e        00078 (misc_language.go:24)	LEAQ	main..autotmp_4+48(SP), SI
    53        00083 (misc_language.go:24)	MOVQ	SI, main..autotmp_6+64(SP)
    58        00088 (misc_language.go:24)	MOVB	$1, main..autotmp_5+31(SP)
    5d        00093 (misc_language.go:24)	NOP
    60        00096 (misc_language.go:29)	CMPQ	AX, CX
    63        00099 (misc_language.go:29)	JNE	113
    65        00101 (misc_language.go:29)	MOVQ	DI, CX
    68        00104 (misc_language.go:29)	PCDATA	$1, $1
    68        00104 (misc_language.go:29)	CALL	runtime.efaceeq(SB)
    6d        00109 (misc_language.go:29)	TESTB	AL, AL
    6f        00111 (misc_language.go:29)	JNE	165
    71        00113 (misc_language.go:32)	LEAQ	go:string."different"(SB), AX
    78        00120 (misc_language.go:32)	MOVQ	AX, main.res+32(SP)
    7d        00125 (misc_language.go:32)	MOVQ	$9, main.res+40(SP)
    86        00134 (misc_language.go:32)	MOVB	$0, main..autotmp_5+31(SP)
    8b        00139 (misc_language.go:32)	MOVQ	main..autotmp_6+64(SP), DX
    90        00144 (misc_language.go:32)	MOVQ	(DX), AX
    93        00147 (misc_language.go:32)	CALL	AX
    95        00149 (misc_language.go:32)	MOVQ	main.res+32(SP), AX
    9a        00154 (misc_language.go:32)	MOVQ	main.res+40(SP), BX
    9f        00159 (misc_language.go:32)	ADDQ	$72, SP
    a3        00163 (misc_language.go:32)	POPQ	BP
    a4        00164 (misc_language.go:32)	RET
    a5        00165 (misc_language.go:30)	LEAQ	go:string."equal"(SB), AX
    ac        00172 (misc_language.go:30)	MOVQ	AX, main.res+32(SP)
    b1        00177 (misc_language.go:30)	MOVQ	$5, main.res+40(SP)
    ba        00186 (misc_language.go:30)	MOVB	$0, main..autotmp_5+31(SP)
    bf        00191 (misc_language.go:30)	MOVQ	main..autotmp_6+64(SP), DX
    c4        00196 (misc_language.go:30)	MOVQ	(DX), AX
    c7        00199 (misc_language.go:30)	CALL	AX
    c9        00201 (misc_language.go:30)	MOVQ	main.res+32(SP), AX
    ce        00206 (misc_language.go:30)	MOVQ	main.res+40(SP), BX
    d3        00211 (misc_language.go:30)	ADDQ	$72, SP
    d7        00215 (misc_language.go:30)	POPQ	BP
    d8        00216 (misc_language.go:30)	RET
    d9        00217 (misc_language.go:30)	CALL	runtime.deferreturn(SB)
    de        00222 (misc_language.go:30)	MOVQ	main.res+32(SP), AX
    e3        00227 (misc_language.go:30)	MOVQ	main.res+40(SP), BX
    e8        00232 (misc_language.go:30)	ADDQ	$72, SP
    ec        00236 (misc_language.go:30)	POPQ	BP
    ed        00237 (misc_language.go:30)	RET
    ee        00238 (misc_language.go:30)	NOP
    ee        00238 (misc_language.go:23)	PCDATA	$1, $-1
    ee        00238 (misc_language.go:23)	PCDATA	$0, $-2
    ee        00238 (misc_language.go:23)	MOVQ	AX, 8(SP)
    f3        00243 (misc_language.go:23)	MOVQ	BX, 16(SP)
    f8        00248 (misc_language.go:23)	MOVQ	CX, 24(SP)
    fd        00253 (misc_language.go:23)	MOVQ	DI, 32(SP)
   102        00258 (misc_language.go:23)	CALL	runtime.morestack_noctxt(SB)
   107        00263 (misc_language.go:23)	PCDATA	$0, $-1
   107        00263 (misc_language.go:23)	MOVQ	8(SP), AX
   10c        00268 (misc_language.go:23)	MOVQ	16(SP), BX
   111        00273 (misc_language.go:23)	MOVQ	24(SP), CX
   116        00278 (misc_language.go:23)	MOVQ	32(SP), DI
   11b        00283 (misc_language.go:23)	NOP
   120        00288 (misc_language.go:23)	JMP	0
   125 done
wrote 4 bytes to 0x0
 00 a5 02 00
funcpctab main.compareAny.func1 [valfunc=pctoinline]
     0     -1 00000 (misc_language.go:24)	TEXT	main.compareAny.func1(SB), NEEDCTXT|ABIInternal, $48-0
     0        00000 (misc_language.go:24)	TEXT	main.compareAny.func1(SB), NEEDCTXT|ABIInternal, $48-0
     0     -1 00000 (misc_language.go:24)	CMPQ	SP, 16(R14)
     4        00004 (misc_language.go:24)	PCDATA	$0, $-2
     4        00004 (misc_language.go:24)	JLS	171
     a        00010 (misc_language.go:24)	PCDATA	$0, $-1
     a        00010 (misc_language.go:24)	PUSHQ	BP
     b        00011 (misc_language.go:24)	MOVQ	SP, BP
     e        00014 (misc_language.go:24)	SUBQ	$40, SP
    12        00018 (misc_language.go:24)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (misc_language.go:24)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
    12        00018 (misc_language.go:24)	MOVQ	8(DX), AX
    16        00022 (misc_language.go:24)	MOVQ	AX, main.&res+32(SP)
    1b        00027 (misc_language.go:25)	PCDATA	$1, $1
    1b        00027 (misc_language.go:25)	NOP
    20        00032 (misc_language.go:25)	CALL	runtime.gorecover(SB)
    25        00037 (misc_language.go:25)	TESTQ	AX, AX
    28        00040 (misc_language.go:25)	JEQ	57
    2a        00042 (misc_language.go:26)	MOVQ	main..typeAssert.0(SB), CX
    31        00049 (misc_language.go:26)	MOVQ	(CX), DX
    34        00052 (misc_language.go:26)	MOVL	16(AX), SI
    37        00055 (misc_language.go:26)	JMP	63
    39        00057 (misc_language.go:28)	ADDQ	$40, SP
    3d        00061 (misc_language.go:28)	POPQ	BP
    3e        00062 (misc_language.go:28)	RET
    3f        00063 (misc_language.go:26)	MOVQ	SI, DI
    42        00066 (misc_language.go:26)	ANDQ	DX, SI
    45        00069 (misc_language.go:26)	SHLQ	$4, SI
    49        00073 (misc_language.go:26)	MOVQ	8(SI)(CX*1), R8
    4e        00078 (misc_language.go:26)	CMPQ	AX, R8
    51        00081 (misc_language.go:26)	JEQ	119
    53        00083 (misc_language.go:26)	LEAQ	1(DI), SI
    57        00087 (misc_language.go:26)	TESTQ	R8, R8
    5a        00090 (misc_language.go:26)	JNE	63
    5c        00092 (misc_language.go:25)	MOVQ	BX, main.r.data+24(SP)
    61        00097 (misc_language.go:26)	MOVQ	AX, BX
    64        00100 (misc_language.go:26)	LEAQ	main..typeAssert.0(SB), AX
    6b        00107 (misc_language.go:26)	PCDATA	$1, $2
    6b        00107 (misc_language.go:26)	CALL	runtime.typeAssert(SB)
    70        00112 (misc_language.go:26)	MOVQ	main.r.data+24(SP), BX
    75        00117 (misc_language.go:26)	JMP	124
    77        00119 (misc_language.go:26)	MOVQ	16(SI)(CX*1), AX
    7c        00124 (misc_language.go:26)	MOVQ	24(AX), CX
    80        00128 (misc_language.go:26)	MOVQ	BX, AX
    83        00131 (misc_language.go:26)	PCDATA	$1, $1
    83        00131 (misc_language.go:26)	CALL	CX
    85        00133 (misc_language.go:26)	MOVQ	main.&res+32(SP), CX
    8a        00138 (misc_language.go:26)	MOVQ	BX, 8(CX)
    8e        00142 (misc_language.go:26)	CMPL	runtime.writeBarrier(SB), $0
    95        00149 (misc_language.go:26)	PCDATA	$0, $-2
    95        00149 (misc_language.go:26)	JEQ	166
    97        00151 (misc_language.go:26)	MOVQ	(CX), DX
    9a        00154 (misc_language.go:26)	CALL	runtime.gcWriteBarrier2(SB)
    9f        00159 (misc_language.go:26)	MOVQ	AX, (R11)
    a2        00162 (misc_language.go:26)	MOVQ	DX, 8(R11)
    a6        00166 (misc_language.go:26)	MOVQ	AX, (CX)
    a9        00169 (misc_language.go:26)	PCDATA	$0, $-1
    a9        00169 (misc_language.go:26)	JMP	57
    ab        00171 (misc_language.go:26)	NOP
    ab        00171 (misc_language.go:24)	PCDATA	$1, $-1
    ab        00171 (misc_language.go:24)	PCDATA	$0, $-2
    ab        00171 (misc_language.go:24)	CALL	runtime.morestack(SB)
    b0        00176 (misc_language.go:24)	PCDATA	$0, $-1
    b0        00176 (misc_language.go:24)	JMP	0
    b5 done
wrote 4 bytes to 0x0
 00 b5 01 00
funcpctab main.kind [valfunc=pctoinline]
     0     -1 00000 (misc_language.go:9)	TEXT	main.kind(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (misc_language.go:9)	TEXT	main.kind(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (misc_language.go:9)	MOVQ	AX, main.s+8(FP)
     5        00005 (misc_language.go:9)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (misc_language.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (misc_language.go:9)	FUNCDATA	$5, main.kind.arginfo1(SB)
     5        00005 (misc_language.go:9)	FUNCDATA	$6, main.kind.argliveinfo(SB)
     5        00005 (misc_language.go:9)	PCDATA	$3, $1
     5        00005 (misc_language.go:10)	CMPQ	BX, $4
     9        00009 (misc_language.go:13)	JGT	71
     b        00011 (misc_language.go:17)	CMPQ	BX, $3
     f        00015 (misc_language.go:17)	JNE	43
    11        00017 (misc_language.go:17)	CMPW	(AX), $29797
    16        00022 (misc_language.go:17)	JNE	196
    1c        00028 (misc_language.go:17)	CMPB	2(AX), $97
    20        00032 (misc_language.go:17)	JEQ	190
    26        00038 (misc_language.go:17)	JMP	196
    2b        00043 (misc_language.go:10)	CMPQ	BX, $4
    2f        00047 (misc_language.go:13)	JNE	196
    35        00053 (misc_language.go:13)	CMPL	(AX), $1635018082
    3b        00059 (misc_language.go:13)	JEQ	138
    3d        00061 (misc_language.go:17)	CMPL	(AX), $1635018106
    43        00067 (misc_language.go:17)	JEQ	190
    45        00069 (misc_language.go:17)	JMP	196
    47        00071 (misc_language.go:11)	CMPQ	BX, $5
    4b        00075 (misc_language.go:11)	JNE	162
    4d        00077 (misc_language.go:10)	CMPB	(AX), $100
    50        00080 (misc_language.go:11)	JGT	124
    52        00082 (misc_language.go:11)	CMPL	(AX), $1752198241
    58        00088 (misc_language.go:11)	JNE	104
    5a        00090 (misc_language.go:11)	CMPB	4(AX), $97
    5e        00094 (misc_language.go:11)	NOP
    60        00096 (misc_language.go:11)	JNE	104
    62        00098 (misc_language.go:12)	MOVL	$1, AX
    67        00103 (misc_language.go:12)	RET
    68        00104 (misc_language.go:15)	CMPL	(AX), $1953260900
    6e        00110 (misc_language.go:15)	JNE	196
    70        00112 (misc_language.go:15)	CMPB	4(AX), $97
    74        00116 (misc_language.go:15)	JNE	196
    76        00118 (misc_language.go:16)	MOVL	$3, AX
    7b        00123 (misc_language.go:16)	RET
    7c        00124 (misc_language.go:13)	CMPL	(AX), $1835884903
    82        00130 (misc_language.go:13)	JNE	144
    84        00132 (misc_language.go:13)	CMPB	4(AX), $97
    88        00136 (misc_language.go:13)	JNE	144
    8a        00138 (misc_language.go:14)	MOVL	$2, AX
    8f        00143 (misc_language.go:14)	RET
    90        00144 (misc_language.go:17)	CMPL	(AX), $1952802932
    96        00150 (misc_language.go:17)	JNE	196
    98        00152 (misc_language.go:17)	CMPB	4(AX), $97
    9c        00156 (misc_language.go:17)	JEQ	190
    9e        00158 (misc_language.go:17)	NOP
    a0        00160 (misc_language.go:17)	JMP	196
    a2        00162 (misc_language.go:17)	CMPQ	BX, $7
    a6        00166 (misc_language.go:17)	JNE	196
    a8        00168 (misc_language.go:17)	CMPL	(AX), $1769173093
    ae        00174 (misc_language.go:17)	JNE	196
    b0        00176 (misc_language.go:17)	CMPW	4(AX), $28524
    b6        00182 (misc_language.go:17)	JNE	196
    b8        00184 (misc_language.go:17)	CMPB	6(AX), $110
    bc        00188 (misc_language.go:17)	JNE	196
    be        00190 (misc_language.go:18)	MOVL	$4, AX
    c3        00195 (misc_language.go:18)	RET
    c4        00196 (misc_language.go:20)	XORL	AX, AX
    c6        00198 (misc_language.go:20)	RET
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (misc_language.go:63)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (misc_language.go:63)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (misc_language.go:63)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (misc_language.go:63)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (misc_language.go:63)	MOVL	$7, AX
     5        00005 (misc_language.go:63)	RET
     6 done
wrote 3 bytes to 0x0
 00 06 00
main.kind STEXT nosplit size=199 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (misc_language.go:9)	TEXT	main.kind(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (misc_language.go:9)	MOVQ	AX, main.s+8(FP)
	0x0005 00005 (misc_language.go:9)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (misc_language.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (misc_language.go:9)	FUNCDATA	$5, main.kind.arginfo1(SB)
	0x0005 00005 (misc_language.go:9)	FUNCDATA	$6, main.kind.argliveinfo(SB)
	0x0005 00005 (misc_language.go:9)	PCDATA	$3, $1
	0x0005 00005 (misc_language.go:10)	CMPQ	BX, $4
	0x0009 00009 (misc_language.go:13)	JGT	71
	0x000b 00011 (misc_language.go:17)	CMPQ	BX, $3
	0x000f 00015 (misc_language.go:17)	JNE	43
	0x0011 00017 (misc_language.go:17)	CMPW	(AX), $29797
	0x0016 00022 (misc_language.go:17)	JNE	196
	0x001c 00028 (misc_language.go:17)	CMPB	2(AX), $97
	0x0020 00032 (misc_language.go:17)	JEQ	190
	0x0026 00038 (misc_language.go:17)	JMP	196
	0x002b 00043 (misc_language.go:10)	CMPQ	BX, $4
	0x002f 00047 (misc_language.go:13)	JNE	196
	0x0035 00053 (misc_language.go:13)	CMPL	(AX), $1635018082
	0x003b 00059 (misc_language.go:13)	JEQ	138
	0x003d 00061 (misc_language.go:17)	CMPL	(AX), $1635018106
	0x0043 00067 (misc_language.go:17)	JEQ	190
	0x0045 00069 (misc_language.go:17)	JMP	196
	0x0047 00071 (misc_language.go:11)	CMPQ	BX, $5
	0x004b 00075 (misc_language.go:11)	JNE	162
	0x004d 00077 (misc_language.go:10)	CMPB	(AX), $100
	0x0050 00080 (misc_language.go:11)	JGT	124
	0x0052 00082 (misc_language.go:11)	CMPL	(AX), $1752198241
	0x0058 00088 (misc_language.go:11)	JNE	104
	0x005a 00090 (misc_language.go:11)	CMPB	4(AX), $97
	0x005e 00094 (misc_language.go:11)	NOP
	0x0060 00096 (misc_language.go:11)	JNE	104
	0x0062 00098 (misc_language.go:12)	MOVL	$1, AX
	0x0067 00103 (misc_language.go:12)	RET
	0x0068 00104 (misc_language.go:15)	CMPL	(AX), $1953260900
	0x006e 00110 (misc_language.go:15)	JNE	196
	0x0070 00112 (misc_language.go:15)	CMPB	4(AX), $97
	0x0074 00116 (misc_language.go:15)	JNE	196
	0x0076 00118 (misc_language.go:16)	MOVL	$3, AX
	0x007b 00123 (misc_language.go:16)	RET
	0x007c 00124 (misc_language.go:13)	CMPL	(AX), $1835884903
	0x0082 00130 (misc_language.go:13)	JNE	144
	0x0084 00132 (misc_language.go:13)	CMPB	4(AX), $97
	0x0088 00136 (misc_language.go:13)	JNE	144
	0x008a 00138 (misc_language.go:14)	MOVL	$2, AX
	0x008f 00143 (misc_language.go:14)	RET
	0x0090 00144 (misc_language.go:17)	CMPL	(AX), $1952802932
	0x0096 00150 (misc_language.go:17)	JNE	196
	0x0098 00152 (misc_language.go:17)	CMPB	4(AX), $97
	0x009c 00156 (misc_language.go:17)	JEQ	190
	0x009e 00158 (misc_language.go:17)	NOP
	0x00a0 00160 (misc_language.go:17)	JMP	196
	0x00a2 00162 (misc_language.go:17)	CMPQ	BX, $7
	0x00a6 00166 (misc_language.go:17)	JNE	196
	0x00a8 00168 (misc_language.go:17)	CMPL	(AX), $1769173093
	0x00ae 00174 (misc_language.go:17)	JNE	196
	0x00b0 00176 (misc_language.go:17)	CMPW	4(AX), $28524
	0x00b6 00182 (misc_language.go:17)	JNE	196
	0x00b8 00184 (misc_language.go:17)	CMPB	6(AX), $110
	0x00bc 00188 (misc_language.go:17)	JNE	196
	0x00be 00190 (misc_language.go:18)	MOVL	$4, AX
	0x00c3 00195 (misc_language.go:18)	RET
	0x00c4 00196 (misc_language.go:20)	XORL	AX, AX
	0x00c6 00198 (misc_language.go:20)	RET
	0x0000 48 89 44 24 08 48 83 fb 04 7f 3c 48 83 fb 03 75  H.D$.H....<H...u
	0x0010 1a 66 81 38 65 74 0f 85 a8 00 00 00 80 78 02 61  .f.8et.......x.a
	0x0020 0f 84 98 00 00 00 e9 99 00 00 00 48 83 fb 04 0f  ...........H....
	0x0030 85 8f 00 00 00 81 38 62 65 74 61 74 4d 81 38 7a  ......8betatM.8z
	0x0040 65 74 61 74 79 eb 7d 48 83 fb 05 75 55 80 38 64  etaty.}H...uU.8d
	0x0050 7f 2a 81 38 61 6c 70 68 75 0e 80 78 04 61 66 90  .*.8alphu..x.af.
	0x0060 75 06 b8 01 00 00 00 c3 81 38 64 65 6c 74 75 54  u........8deltuT
	0x0070 80 78 04 61 75 4e b8 03 00 00 00 c3 81 38 67 61  .x.auN.......8ga
	0x0080 6d 6d 75 0c 80 78 04 61 75 06 b8 02 00 00 00 c3  mmu..x.au.......
	0x0090 81 38 74 68 65 74 75 2c 80 78 04 61 74 20 66 90  .8thetu,.x.at f.
	0x00a0 eb 22 48 83 fb 07 75 1c 81 38 65 70 73 69 75 14  ."H...u..8epsiu.
	0x00b0 66 81 78 04 6c 6f 75 0c 80 78 06 6e 75 06 b8 04  f.x.lou..x.nu...
	0x00c0 00 00 00 c3 31 c0 c3                             ....1..
main.compareAny STEXT size=293 align=0x0 args=0x20 locals=0x50 funcid=0x0
	0x0000 00000 (misc_language.go:23)	TEXT	main.compareAny(SB), ABIInternal, $80-32
	0x0000 00000 (misc_language.go:23)	CMPQ	SP, 16(R14)
	0x0004 00004 (misc_language.go:23)	PCDATA	$0, $-2
	0x0004 00004 (misc_language.go:23)	JLS	238
	0x000a 00010 (misc_language.go:23)	PCDATA	$0, $-1
	0x000a 00010 (misc_language.go:23)	PUSHQ	BP
	0x000b 00011 (misc_language.go:23)	MOVQ	SP, BP
	0x000e 00014 (misc_language.go:23)	SUBQ	$72, SP
	0x0012 00018 (misc_language.go:23)	MOVQ	AX, main.x+88(FP)
	0x0017 00023 (misc_language.go:23)	MOVQ	BX, main.x+96(FP)
	0x001c 00028 (misc_language.go:23)	MOVQ	CX, main.y+104(FP)
	0x0021 00033 (misc_language.go:23)	MOVQ	DI, main.y+112(FP)
	0x0026 00038 (misc_language.go:23)	MOVQ	X15, 64(SP)
	0x002d 00045 (misc_language.go:23)	FUNCDATA	$0, gclocals·G+rJRP5ROD759y5ZP5Xi3g==(SB)
	0x002d 00045 (misc_language.go:23)	FUNCDATA	$1, gclocals·TggWaExUwDZc5d5PnqhOxw==(SB)
	0x002d 00045 (misc_language.go:23)	FUNCDATA	$2, main.compareAny.stkobj(SB)
	0x002d 00045 (misc_language.go:23)	FUNCDATA	$5, main.compareAny.arginfo1(SB)
	0x002d 00045 (misc_language.go:23)	FUNCDATA	$6, main.compareAny.argliveinfo(SB)
	0x002d 00045 (misc_language.go:23)	FUNCDATA	$4, main.compareAny.opendefer(SB)
	0x002d 00045 (misc_language.go:23)	PCDATA	$3, $1
	0x002d 00045 (misc_language.go:23)	MOVB	$0, main..autotmp_5+31(SP)
	0x0032 00050 (misc_language.go:23)	MOVUPS	X15, main.res+32(SP)
	0x0038 00056 (misc_language.go:24)	LEAQ	main.compareAny.func1(SB), SI
	0x003f 00063 (misc_language.go:24)	MOVQ	SI, main..autotmp_4+48(SP)
	0x0044 00068 (misc_language.go:24)	LEAQ	main.res+32(SP), SI
	0x0049 00073 (misc_language.go:24)	MOVQ	SI, main..autotmp_4+56(SP)
	0x004e 00078 (misc_language.go:24)	LEAQ	main..autotmp_4+48(SP), SI
	0x0053 00083 (misc_language.go:24)	MOVQ	SI, main..autotmp_6+64(SP)
	0x0058 00088 (misc_language.go:24)	MOVB	$1, main..autotmp_5+31(SP)
	0x005d 00093 (misc_language.go:24)	NOP
	0x0060 00096 (misc_language.go:29)	CMPQ	AX, CX
	0x0063 00099 (misc_language.go:29)	JNE	113
	0x0065 00101 (misc_language.go:29)	MOVQ	DI, CX
	0x0068 00104 (misc_language.go:29)	PCDATA	$1, $1
	0x0068 00104 (misc_language.go:29)	CALL	runtime.efaceeq(SB)
	0x006d 00109 (misc_language.go:29)	TESTB	AL, AL
	0x006f 00111 (misc_language.go:29)	JNE	165
	0x0071 00113 (misc_language.go:32)	LEAQ	go:string."different"(SB), AX
	0x0078 00120 (misc_language.go:32)	MOVQ	AX, main.res+32(SP)
	0x007d 00125 (misc_language.go:32)	MOVQ	$9, main.res+40(SP)
	0x0086 00134 (misc_language.go:32)	MOVB	$0, main..autotmp_5+31(SP)
	0x008b 00139 (misc_language.go:32)	MOVQ	main..autotmp_6+64(SP), DX
	0x0090 00144 (misc_language.go:32)	MOVQ	(DX), AX
	0x0093 00147 (misc_language.go:32)	CALL	AX
	0x0095 00149 (misc_language.go:32)	MOVQ	main.res+32(SP), AX
	0x009a 00154 (misc_language.go:32)	MOVQ	main.res+40(SP), BX
	0x009f 00159 (misc_language.go:32)	ADDQ	$72, SP
	0x00a3 00163 (misc_language.go:32)	POPQ	BP
	0x00a4 00164 (misc_language.go:32)	RET
	0x00a5 00165 (misc_language.go:30)	LEAQ	go:string."equal"(SB), AX
	0x00ac 00172 (misc_language.go:30)	MOVQ	AX, main.res+32(SP)
	0x00b1 00177 (misc_language.go:30)	MOVQ	$5, main.res+40(SP)
	0x00ba 00186 (misc_language.go:30)	MOVB	$0, main..autotmp_5+31(SP)
	0x00bf 00191 (misc_language.go:30)	MOVQ	main..autotmp_6+64(SP), DX
	0x00c4 00196 (misc_language.go:30)	MOVQ	(DX), AX
	0x00c7 00199 (misc_language.go:30)	CALL	AX
	0x00c9 00201 (misc_language.go:30)	MOVQ	main.res+32(SP), AX
	0x00ce 00206 (misc_language.go:30)	MOVQ	main.res+40(SP), BX
	0x00d3 00211 (misc_language.go:30)	ADDQ	$72, SP
	0x00d7 00215 (misc_language.go:30)	POPQ	BP
	0x00d8 00216 (misc_language.go:30)	RET
	0x00d9 00217 (misc_language.go:30)	CALL	runtime.deferreturn(SB)
	0x00de 00222 (misc_language.go:30)	MOVQ	main.res+32(SP), AX
	0x00e3 00227 (misc_language.go:30)	MOVQ	main.res+40(SP), BX
	0x00e8 00232 (misc_language.go:30)	ADDQ	$72, SP
	0x00ec 00236 (misc_language.go:30)	POPQ	BP
	0x00ed 00237 (misc_language.go:30)	RET
	0x00ee 00238 (misc_language.go:30)	NOP
	0x00ee 00238 (misc_language.go:23)	PCDATA	$1, $-1
	0x00ee 00238 (misc_language.go:23)	PCDATA	$0, $-2
	0x00ee 00238 (misc_language.go:23)	MOVQ	AX, 8(SP)
	0x00f3 00243 (misc_language.go:23)	MOVQ	BX, 16(SP)
	0x00f8 00248 (misc_language.go:23)	MOVQ	CX, 24(SP)
	0x00fd 00253 (misc_language.go:23)	MOVQ	DI, 32(SP)
	0x0102 00258 (misc_language.go:23)	CALL	runtime.morestack_noctxt(SB)
	0x0107 00263 (misc_language.go:23)	PCDATA	$0, $-1
	0x0107 00263 (misc_language.go:23)	MOVQ	8(SP), AX
	0x010c 00268 (misc_language.go:23)	MOVQ	16(SP), BX
	0x0111 00273 (misc_language.go:23)	MOVQ	24(SP), CX
	0x0116 00278 (misc_language.go:23)	MOVQ	32(SP), DI
	0x011b 00283 (misc_language.go:23)	NOP
	0x0120 00288 (misc_language.go:23)	JMP	0
	0x0000 49 3b 66 10 0f 86 e4 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 89 44 24 58 48 89 5c 24 60 48 89 4c 24  .HH.D$XH.\$`H.L$
	0x0020 68 48 89 7c 24 70 66 44 0f d6 7c 24 40 c6 44 24  hH.|$pfD..|$@.D$
	0x0030 1f 00 44 0f 11 7c 24 20 48 8d 35 00 00 00 00 48  ..D..|$ H.5....H
	0x0040 89 74 24 30 48 8d 74 24 20 48 89 74 24 38 48 8d  .t$0H.t$ H.t$8H.
	0x0050 74 24 30 48 89 74 24 40 c6 44 24 1f 01 0f 1f 00  t$0H.t$@.D$.....
	0x0060 48 39 c8 75 0c 48 89 f9 e8 00 00 00 00 84 c0 75  H9.u.H.........u
	0x0070 34 48 8d 05 00 00 00 00 48 89 44 24 20 48 c7 44  4H......H.D$ H.D
	0x0080 24 28 09 00 00 00 c6 44 24 1f 00 48 8b 54 24 40  $(.....D$..H.T$@
	0x0090 48 8b 02 ff d0 48 8b 44 24 20 48 8b 5c 24 28 48  H....H.D$ H.\$(H
	0x00a0 83 c4 48 5d c3 48 8d 05 00 00 00 00 48 89 44 24  ..H].H......H.D$
	0x00b0 20 48 c7 44 24 28 05 00 00 00 c6 44 24 1f 00 48   H.D$(.....D$..H
	0x00c0 8b 54 24 40 48 8b 02 ff d0 48 8b 44 24 20 48 8b  .T$@H....H.D$ H.
	0x00d0 5c 24 28 48 83 c4 48 5d c3 e8 00 00 00 00 48 8b  \$(H..H]......H.
	0x00e0 44 24 20 48 8b 5c 24 28 48 83 c4 48 5d c3 48 89  D$ H.\$(H..H].H.
	0x00f0 44 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c  D$.H.\$.H.L$.H.|
	0x0100 24 20 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $ .....H.D$.H.\$
	0x0110 10 48 8b 4c 24 18 48 8b 7c 24 20 0f 1f 44 00 00  .H.L$.H.|$ ..D..
	0x0120 e9 db fe ff ff                                   .....
	rel 59+4 t=R_PCREL main.compareAny.func1+0
	rel 105+4 t=R_CALL runtime.efaceeq+0
	rel 116+4 t=R_PCREL go:string."different"+0
	rel 147+0 t=R_CALLIND +0
	rel 168+4 t=R_PCREL go:string."equal"+0
	rel 199+0 t=R_CALLIND +0
	rel 218+4 t=R_CALL runtime.deferreturn+0
	rel 259+4 t=R_CALL runtime.morestack_noctxt+0
main.compareAny.func1 STEXT size=181 align=0x0 args=0x0 locals=0x30 funcid=0x0
	0x0000 00000 (misc_language.go:24)	TEXT	main.compareAny.func1(SB), NEEDCTXT|ABIInternal, $48-0
	0x0000 00000 (misc_language.go:24)	CMPQ	SP, 16(R14)
	0x0004 00004 (misc_language.go:24)	PCDATA	$0, $-2
	0x0004 00004 (misc_language.go:24)	JLS	171
	0x000a 00010 (misc_language.go:24)	PCDATA	$0, $-1
	0x000a 00010 (misc_language.go:24)	PUSHQ	BP
	0x000b 00011 (misc_language.go:24)	MOVQ	SP, BP
	0x000e 00014 (misc_language.go:24)	SUBQ	$40, SP
	0x0012 00018 (misc_language.go:24)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (misc_language.go:24)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
	0x0012 00018 (misc_language.go:24)	MOVQ	8(DX), AX
	0x0016 00022 (misc_language.go:24)	MOVQ	AX, main.&res+32(SP)
	0x001b 00027 (misc_language.go:25)	PCDATA	$1, $1
	0x001b 00027 (misc_language.go:25)	NOP
	0x0020 00032 (misc_language.go:25)	CALL	runtime.gorecover(SB)
	0x0025 00037 (misc_language.go:25)	TESTQ	AX, AX
	0x0028 00040 (misc_language.go:25)	JEQ	57
	0x002a 00042 (misc_language.go:26)	MOVQ	main..typeAssert.0(SB), CX
	0x0031 00049 (misc_language.go:26)	MOVQ	(CX), DX
	0x0034 00052 (misc_language.go:26)	MOVL	16(AX), SI
	0x0037 00055 (misc_language.go:26)	JMP	63
	0x0039 00057 (misc_language.go:28)	ADDQ	$40, SP
	0x003d 00061 (misc_language.go:28)	POPQ	BP
	0x003e 00062 (misc_language.go:28)	RET
	0x003f 00063 (misc_language.go:26)	MOVQ	SI, DI
	0x0042 00066 (misc_language.go:26)	ANDQ	DX, SI
	0x0045 00069 (misc_language.go:26)	SHLQ	$4, SI
	0x0049 00073 (misc_language.go:26)	MOVQ	8(SI)(CX*1), R8
	0x004e 00078 (misc_language.go:26)	CMPQ	AX, R8
	0x0051 00081 (misc_language.go:26)	JEQ	119
	0x0053 00083 (misc_language.go:26)	LEAQ	1(DI), SI
	0x0057 00087 (misc_language.go:26)	TESTQ	R8, R8
	0x005a 00090 (misc_language.go:26)	JNE	63
	0x005c 00092 (misc_language.go:25)	MOVQ	BX, main.r.data+24(SP)
	0x0061 00097 (misc_language.go:26)	MOVQ	AX, BX
	0x0064 00100 (misc_language.go:26)	LEAQ	main..typeAssert.0(SB), AX
	0x006b 00107 (misc_language.go:26)	PCDATA	$1, $2
	0x006b 00107 (misc_language.go:26)	CALL	runtime.typeAssert(SB)
	0x0070 00112 (misc_language.go:26)	MOVQ	main.r.data+24(SP), BX
	0x0075 00117 (misc_language.go:26)	JMP	124
	0x0077 00119 (misc_language.go:26)	MOVQ	16(SI)(CX*1), AX
	0x007c 00124 (misc_language.go:26)	MOVQ	24(AX), CX
	0x0080 00128 (misc_language.go:26)	MOVQ	BX, AX
	0x0083 00131 (misc_language.go:26)	PCDATA	$1, $1
	0x0083 00131 (misc_language.go:26)	CALL	CX
	0x0085 00133 (misc_language.go:26)	MOVQ	main.&res+32(SP), CX
	0x008a 00138 (misc_language.go:26)	MOVQ	BX, 8(CX)
	0x008e 00142 (misc_language.go:26)	CMPL	runtime.writeBarrier(SB), $0
	0x0095 00149 (misc_language.go:26)	PCDATA	$0, $-2
	0x0095 00149 (misc_language.go:26)	JEQ	166
	0x0097 00151 (misc_language.go:26)	MOVQ	(CX), DX
	0x009a 00154 (misc_language.go:26)	CALL	runtime.gcWriteBarrier2(SB)
	0x009f 00159 (misc_language.go:26)	MOVQ	AX, (R11)
	0x00a2 00162 (misc_language.go:26)	MOVQ	DX, 8(R11)
	0x00a6 00166 (misc_language.go:26)	MOVQ	AX, (CX)
	0x00a9 00169 (misc_language.go:26)	PCDATA	$0, $-1
	0x00a9 00169 (misc_language.go:26)	JMP	57
	0x00ab 00171 (misc_language.go:26)	NOP
	0x00ab 00171 (misc_language.go:24)	PCDATA	$1, $-1
	0x00ab 00171 (misc_language.go:24)	PCDATA	$0, $-2
	0x00ab 00171 (misc_language.go:24)	CALL	runtime.morestack(SB)
	0x00b0 00176 (misc_language.go:24)	PCDATA	$0, $-1
	0x00b0 00176 (misc_language.go:24)	JMP	0
	0x0000 49 3b 66 10 0f 86 a1 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 28 48 8b 42 08 48 89 44 24 20 0f 1f 44 00 00  .(H.B.H.D$ ..D..
	0x0020 e8 00 00 00 00 48 85 c0 74 0f 48 8b 0d 00 00 00  .....H..t.H.....
	0x0030 00 48 8b 11 8b 70 10 eb 06 48 83 c4 28 5d c3 48  .H...p...H..(].H
	0x0040 89 f7 48 21 d6 48 c1 e6 04 4c 8b 44 0e 08 4c 39  ..H!.H...L.D..L9
	0x0050 c0 74 24 48 8d 77 01 4d 85 c0 75 e3 48 89 5c 24  .t$H.w.M..u.H.\$
	0x0060 18 48 89 c3 48 8d 05 00 00 00 00 e8 00 00 00 00  .H..H...........
	0x0070 48 8b 5c 24 18 eb 05 48 8b 44 0e 10 48 8b 48 18  H.\$...H.D..H.H.
	0x0080 48 89 d8 ff d1 48 8b 4c 24 20 48 89 59 08 83 3d  H....H.L$ H.Y..=
	0x0090 00 00 00 00 00 74 0f 48 8b 11 e8 00 00 00 00 49  .....t.H.......I
	0x00a0 89 03 49 89 53 08 48 89 01 eb 8e e8 00 00 00 00  ..I.S.H.........
	0x00b0 e9 4b ff ff ff                                   .K...
	rel 3+0 t=R_USEIFACEMETHOD type:error+96
	rel 33+4 t=R_CALL runtime.gorecover+0
	rel 45+4 t=R_PCREL main..typeAssert.0+0
	rel 103+4 t=R_PCREL main..typeAssert.0+0
	rel 108+4 t=R_CALL runtime.typeAssert+0
	rel 131+0 t=R_CALLIND +0
	rel 144+4 t=R_PCREL runtime.writeBarrier+-1
	rel 155+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 172+4 t=R_CALL runtime.morestack+0
main.callNil STEXT size=147 align=0x0 args=0x8 locals=0x30 funcid=0x0
	0x0000 00000 (misc_language.go:35)	TEXT	main.callNil(SB), ABIInternal, $48-8
	0x0000 00000 (misc_language.go:35)	CMPQ	SP, 16(R14)
	0x0004 00004 (misc_language.go:35)	PCDATA	$0, $-2
	0x0004 00004 (misc_language.go:35)	JLS	127
	0x0006 00006 (misc_language.go:35)	PCDATA	$0, $-1
	0x0006 00006 (misc_language.go:35)	PUSHQ	BP
	0x0007 00007 (misc_language.go:35)	MOVQ	SP, BP
	0x000a 00010 (misc_language.go:35)	SUBQ	$40, SP
	0x000e 00014 (misc_language.go:35)	MOVQ	X15, 32(SP)
	0x0015 00021 (misc_language.go:35)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0015 00021 (misc_language.go:35)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
	0x0015 00021 (misc_language.go:35)	FUNCDATA	$2, main.callNil.stkobj(SB)
	0x0015 00021 (misc_language.go:35)	FUNCDATA	$5, main.callNil.arginfo1(SB)
	0x0015 00021 (misc_language.go:35)	FUNCDATA	$6, main.callNil.argliveinfo(SB)
	0x0015 00021 (misc_language.go:35)	FUNCDATA	$4, main.callNil.opendefer(SB)
	0x0015 00021 (misc_language.go:35)	PCDATA	$3, $1
	0x0015 00021 (misc_language.go:35)	MOVB	$0, main..autotmp_5+7(SP)
	0x001a 00026 (misc_language.go:35)	MOVQ	$0, main.res+8(SP)
	0x0023 00035 (misc_language.go:36)	LEAQ	main.callNil.func1(SB), CX
	0x002a 00042 (misc_language.go:36)	MOVQ	CX, main..autotmp_4+16(SP)
	0x002f 00047 (misc_language.go:36)	LEAQ	main.res+8(SP), CX
	0x0034 00052 (misc_language.go:36)	MOVQ	CX, main..autotmp_4+24(SP)
	0x0039 00057 (misc_language.go:36)	LEAQ	main..autotmp_4+16(SP), CX
	0x003e 00062 (misc_language.go:36)	MOVQ	CX, main..autotmp_6+32(SP)
	0x0043 00067 (misc_language.go:36)	MOVB	$1, main..autotmp_5+7(SP)
	0x0048 00072 (misc_language.go:42)	MOVQ	(AX), CX
	0x004b 00075 (misc_language.go:42)	MOVQ	AX, DX
	0x004e 00078 (misc_language.go:42)	PCDATA	$1, $1
	0x004e 00078 (misc_language.go:42)	CALL	CX
	0x0050 00080 (misc_language.go:42)	MOVQ	AX, main.res+8(SP)
	0x0055 00085 (misc_language.go:42)	MOVB	$0, main..autotmp_5+7(SP)
	0x005a 00090 (misc_language.go:42)	MOVQ	main..autotmp_6+32(SP), DX
	0x005f 00095 (misc_language.go:42)	MOVQ	(DX), AX
	0x0062 00098 (misc_language.go:42)	CALL	AX
	0x0064 00100 (misc_language.go:42)	MOVQ	main.res+8(SP), AX
	0x0069 00105 (misc_language.go:42)	ADDQ	$40, SP
	0x006d 00109 (misc_language.go:42)	POPQ	BP
	0x006e 00110 (misc_language.go:42)	RET
	0x006f 00111 (misc_language.go:42)	CALL	runtime.deferreturn(SB)
	0x0074 00116 (misc_language.go:42)	MOVQ	main.res+8(SP), AX
	0x0079 00121 (misc_language.go:42)	ADDQ	$40, SP
	0x007d 00125 (misc_language.go:42)	POPQ	BP
	0x007e 00126 (misc_language.go:42)	RET
	0x007f 00127 (misc_language.go:42)	NOP
	0x007f 00127 (misc_language.go:35)	PCDATA	$1, $-1
	0x007f 00127 (misc_language.go:35)	PCDATA	$0, $-2
	0x007f 00127 (misc_language.go:35)	MOVQ	AX, 8(SP)
	0x0084 00132 (misc_language.go:35)	CALL	runtime.morestack_noctxt(SB)
	0x0089 00137 (misc_language.go:35)	PCDATA	$0, $-1
	0x0089 00137 (misc_language.go:35)	MOVQ	8(SP), AX
	0x008e 00142 (misc_language.go:35)	JMP	0
	0x0000 49 3b 66 10 76 79 55 48 89 e5 48 83 ec 28 66 44  I;f.vyUH..H..(fD
	0x0010 0f d6 7c 24 20 c6 44 24 07 00 48 c7 44 24 08 00  ..|$ .D$..H.D$..
	0x0020 00 00 00 48 8d 0d 00 00 00 00 48 89 4c 24 10 48  ...H......H.L$.H
	0x0030 8d 4c 24 08 48 89 4c 24 18 48 8d 4c 24 10 48 89  .L$.H.L$.H.L$.H.
	0x0040 4c 24 20 c6 44 24 07 01 48 8b 08 48 89 c2 ff d1  L$ .D$..H..H....
	0x0050 48 89 44 24 08 c6 44 24 07 00 48 8b 54 24 20 48  H.D$..D$..H.T$ H
	0x0060 8b 02 ff d0 48 8b 44 24 08 48 83 c4 28 5d c3 e8  ....H.D$.H..(]..
	0x0070 00 00 00 00 48 8b 44 24 08 48 83 c4 28 5d c3 48  ....H.D$.H..(].H
	0x0080 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 e9 6d  .D$......H.D$..m
	0x0090 ff ff ff                                         ...
	rel 38+4 t=R_PCREL main.callNil.func1+0
	rel 78+0 t=R_CALLIND +0
	rel 98+0 t=R_CALLIND +0
	rel 112+4 t=R_CALL runtime.deferreturn+0
	rel 133+4 t=R_CALL runtime.morestack_noctxt+0
main.callNil.func1 STEXT size=240 align=0x0 args=0x0 locals=0x40 funcid=0x0
	0x0000 00000 (misc_language.go:36)	TEXT	main.callNil.func1(SB), NEEDCTXT|ABIInternal, $64-0
	0x0000 00000 (misc_language.go:36)	CMPQ	SP, 16(R14)
	0x0004 00004 (misc_language.go:36)	PCDATA	$0, $-2
	0x0004 00004 (misc_language.go:36)	JLS	230
	0x000a 00010 (misc_language.go:36)	PCDATA	$0, $-1
	0x000a 00010 (misc_language.go:36)	PUSHQ	BP
	0x000b 00011 (misc_language.go:36)	MOVQ	SP, BP
	0x000e 00014 (misc_language.go:36)	SUBQ	$56, SP
	0x0012 00018 (misc_language.go:36)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
	0x0012 00018 (misc_language.go:36)	FUNCDATA	$1, gclocals·rqJoKzZLYiGj2fjHL7RopA==(SB)
	0x0012 00018 (misc_language.go:36)	MOVQ	8(DX), AX
	0x0016 00022 (misc_language.go:36)	MOVQ	AX, main.&res+48(SP)
	0x001b 00027 (misc_language.go:37)	PCDATA	$1, $1
	0x001b 00027 (misc_language.go:37)	NOP
	0x0020 00032 (misc_language.go:37)	CALL	runtime.gorecover(SB)
	0x0025 00037 (misc_language.go:37)	TESTQ	AX, AX
	0x0028 00040 (misc_language.go:37)	JEQ	75
	0x002a 00042 (misc_language.go:38)	MOVQ	main.&res+48(SP), CX
	0x002f 00047 (misc_language.go:38)	MOVQ	$-1, (CX)
	0x0036 00054 (misc_language.go:39)	JEQ	216
	0x003c 00060 (misc_language.go:39)	MOVQ	main..typeAssert.1(SB), CX
	0x0043 00067 (misc_language.go:39)	MOVQ	(CX), DX
	0x0046 00070 (misc_language.go:39)	MOVL	16(AX), SI
	0x0049 00073 (misc_language.go:39)	JMP	81
	0x004b 00075 (misc_language.go:41)	ADDQ	$56, SP
	0x004f 00079 (misc_language.go:41)	POPQ	BP
	0x0050 00080 (misc_language.go:41)	RET
	0x0051 00081 (misc_language.go:39)	MOVQ	SI, DI
	0x0054 00084 (misc_language.go:39)	ANDQ	DX, SI
	0x0057 00087 (misc_language.go:39)	SHLQ	$4, SI
	0x005b 00091 (misc_language.go:39)	MOVQ	8(SI)(CX*1), R8
	0x0060 00096 (misc_language.go:39)	CMPQ	AX, R8
	0x0063 00099 (misc_language.go:39)	JEQ	140
	0x0065 00101 (misc_language.go:39)	LEAQ	1(DI), SI
	0x0069 00105 (misc_language.go:39)	TESTQ	R8, R8
	0x006c 00108 (misc_language.go:39)	JNE	81
	0x006e 00110 (misc_language.go:37)	MOVQ	BX, main.r.data+32(SP)
	0x0073 00115 (misc_language.go:39)	MOVQ	AX, BX
	0x0076 00118 (misc_language.go:39)	LEAQ	main..typeAssert.1(SB), AX
	0x007d 00125 (misc_language.go:39)	PCDATA	$1, $2
	0x007d 00125 (misc_language.go:39)	NOP
	0x0080 00128 (misc_language.go:39)	CALL	runtime.typeAssert(SB)
	0x0085 00133 (misc_language.go:39)	MOVQ	main.r.data+32(SP), BX
	0x008a 00138 (misc_language.go:39)	JMP	145
	0x008c 00140 (misc_language.go:39)	MOVQ	16(SI)(CX*1), AX
	0x0091 00145 (misc_language.go:39)	MOVQ	24(AX), CX
	0x0095 00149 (misc_language.go:39)	MOVQ	BX, AX
	0x0098 00152 (misc_language.go:39)	PCDATA	$1, $0
	0x0098 00152 (misc_language.go:39)	CALL	CX
	0x009a 00154 (misc_language.go:39)	MOVQ	AX, main..autotmp_6+40(SP)
	0x009f 00159 (misc_language.go:39)	MOVQ	BX, main..autotmp_7+24(SP)
	0x00a4 00164 (misc_language.go:39)	PCDATA	$1, $3
	0x00a4 00164 (misc_language.go:39)	CALL	runtime.printlock(SB)
	0x00a9 00169 (misc_language.go:39)	LEAQ	go:string."recovered: "(SB), AX
	0x00b0 00176 (misc_language.go:39)	MOVL	$11, BX
	0x00b5 00181 (misc_language.go:39)	CALL	runtime.printstring(SB)
	0x00ba 00186 (misc_language.go:39)	MOVQ	main..autotmp_6+40(SP), AX
	0x00bf 00191 (misc_language.go:39)	MOVQ	main..autotmp_7+24(SP), BX
	0x00c4 00196 (misc_language.go:39)	PCDATA	$1, $0
	0x00c4 00196 (misc_language.go:39)	CALL	runtime.printstring(SB)
	0x00c9 00201 (misc_language.go:39)	CALL	runtime.printnl(SB)
	0x00ce 00206 (misc_language.go:39)	CALL	runtime.printunlock(SB)
	0x00d3 00211 (misc_language.go:39)	JMP	75
	0x00d8 00216 (misc_language.go:39)	LEAQ	type:error(SB), AX
	0x00df 00223 (misc_language.go:39)	NOP
	0x00e0 00224 (misc_language.go:39)	CALL	runtime.panicnildottype(SB)
	0x00e5 00229 (misc_language.go:39)	XCHGL	AX, AX
	0x00e6 00230 (misc_language.go:39)	NOP
	0x00e6 00230 (misc_language.go:36)	PCDATA	$1, $-1
	0x00e6 00230 (misc_language.go:36)	PCDATA	$0, $-2
	0x00e6 00230 (misc_language.go:36)	CALL	runtime.morestack(SB)
	0x00eb 00235 (misc_language.go:36)	PCDATA	$0, $-1
	0x00eb 00235 (misc_language.go:36)	JMP	0
	0x0000 49 3b 66 10 0f 86 dc 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 48 8b 42 08 48 89 44 24 30 0f 1f 44 00 00  .8H.B.H.D$0..D..
	0x0020 e8 00 00 00 00 48 85 c0 74 21 48 8b 4c 24 30 48  .....H..t!H.L$0H
	0x0030 c7 01 ff ff ff ff 0f 84 9c 00 00 00 48 8b 0d 00  ............H...
	0x0040 00 00 00 48 8b 11 8b 70 10 eb 06 48 83 c4 38 5d  ...H...p...H..8]
	0x0050 c3 48 89 f7 48 21 d6 48 c1 e6 04 4c 8b 44 0e 08  .H..H!.H...L.D..
	0x0060 4c 39 c0 74 27 48 8d 77 01 4d 85 c0 75 e3 48 89  L9.t'H.w.M..u.H.
	0x0070 5c 24 20 48 89 c3 48 8d 05 00 00 00 00 0f 1f 00  \$ H..H.........
	0x0080 e8 00 00 00 00 48 8b 5c 24 20 eb 05 48 8b 44 0e  .....H.\$ ..H.D.
	0x0090 10 48 8b 48 18 48 89 d8 ff d1 48 89 44 24 28 48  .H.H.H....H.D$(H
	0x00a0 89 5c 24 18 e8 00 00 00 00 48 8d 05 00 00 00 00  .\$......H......
	0x00b0 bb 0b 00 00 00 e8 00 00 00 00 48 8b 44 24 28 48  ..........H.D$(H
	0x00c0 8b 5c 24 18 e8 00 00 00 00 e8 00 00 00 00 e8 00  .\$.............
	0x00d0 00 00 00 e9 73 ff ff ff 48 8d 05 00 00 00 00 90  ....s...H.......
	0x00e0 e8 00 00 00 00 90 e8 00 00 00 00 e9 10 ff ff ff  ................
	rel 3+0 t=R_USEIFACEMETHOD type:error+96
	rel 33+4 t=R_CALL runtime.gorecover+0
	rel 63+4 t=R_PCREL main..typeAssert.1+0
	rel 121+4 t=R_PCREL main..typeAssert.1+0
	rel 129+4 t=R_CALL runtime.typeAssert+0
	rel 152+0 t=R_CALLIND +0
	rel 165+4 t=R_CALL runtime.printlock+0
	rel 172+4 t=R_PCREL go:string."recovered: "+0
	rel 182+4 t=R_CALL runtime.printstring+0
	rel 197+4 t=R_CALL runtime.printstring+0
	rel 202+4 t=R_CALL runtime.printnl+0
	rel 207+4 t=R_CALL runtime.printunlock+0
	rel 219+4 t=R_PCREL type:error+0
	rel 225+4 t=R_CALL runtime.panicnildottype+0
	rel 231+4 t=R_CALL runtime.morestack+0
main.main STEXT size=2021 align=0x0 args=0x0 locals=0x240 funcid=0x0
	0x0000 00000 (misc_language.go:45)	TEXT	main.main(SB), ABIInternal, $576-0
	0x0000 00000 (misc_language.go:45)	LEAQ	-448(SP), R12
	0x0008 00008 (misc_language.go:45)	CMPQ	R12, 16(R14)
	0x000c 00012 (misc_language.go:45)	PCDATA	$0, $-2
	0x000c 00012 (misc_language.go:45)	JLS	2009
	0x0012 00018 (misc_language.go:45)	PCDATA	$0, $-1
	0x0012 00018 (misc_language.go:45)	PUSHQ	BP
	0x0013 00019 (misc_language.go:45)	MOVQ	SP, BP
	0x0016 00022 (misc_language.go:45)	SUBQ	$568, SP
	0x001d 00029 (misc_language.go:45)	FUNCDATA	$0, gclocals·XhHydcwudYgAAAHTAKMedg==(SB)
	0x001d 00029 (misc_language.go:45)	FUNCDATA	$1, gclocals·FMLyv5bqFK2YhIRnc80/kg==(SB)
	0x001d 00029 (misc_language.go:45)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (misc_language.go:47)	XORL	AX, AX
	0x001f 00031 (misc_language.go:47)	XORL	CX, CX
	0x0021 00033 (misc_language.go:47)	JMP	41
	0x0023 00035 (misc_language.go:48)	ADDQ	AX, CX
	0x0026 00038 (misc_language.go:47)	INCQ	AX
	0x0029 00041 (misc_language.go:47)	CMPQ	AX, $10
	0x002d 00045 (misc_language.go:47)	JLT	35
	0x002f 00047 (misc_language.go:47)	MOVQ	CX, main.total+128(SP)
	0x0037 00055 (misc_language.go:50)	PCDATA	$1, $0
	0x0037 00055 (misc_language.go:50)	CALL	runtime.printlock(SB)
	0x003c 00060 (misc_language.go:50)	LEAQ	go:string."range int "(SB), AX
	0x0043 00067 (misc_language.go:50)	MOVL	$10, BX
	0x0048 00072 (misc_language.go:50)	CALL	runtime.printstring(SB)
	0x004d 00077 (misc_language.go:50)	MOVQ	main.total+128(SP), AX
	0x0055 00085 (misc_language.go:50)	CALL	runtime.printint(SB)
	0x005a 00090 (misc_language.go:50)	CALL	runtime.printnl(SB)
	0x005f 00095 (misc_language.go:50)	NOP
	0x0060 00096 (misc_language.go:50)	CALL	runtime.printunlock(SB)
	0x0065 00101 (misc_language.go:51)	MOVQ	$5, main..autotmp_25+480(SP)
	0x0071 00113 (misc_language.go:51)	LEAQ	go:string."alpha"(SB), AX
	0x0078 00120 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+472(SP)
	0x0080 00128 (misc_language.go:51)	MOVQ	$4, main..autotmp_25+496(SP)
	0x008c 00140 (misc_language.go:51)	LEAQ	go:string."beta"(SB), AX
	0x0093 00147 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+488(SP)
	0x009b 00155 (misc_language.go:51)	MOVQ	$5, main..autotmp_25+512(SP)
	0x00a7 00167 (misc_language.go:51)	LEAQ	go:string."gamma"(SB), AX
	0x00ae 00174 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+504(SP)
	0x00b6 00182 (misc_language.go:51)	MOVQ	$5, main..autotmp_25+528(SP)
	0x00c2 00194 (misc_language.go:51)	LEAQ	go:string."delta"(SB), AX
	0x00c9 00201 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+520(SP)
	0x00d1 00209 (misc_language.go:51)	MOVQ	$3, main..autotmp_25+544(SP)
	0x00dd 00221 (misc_language.go:51)	LEAQ	go:string."eta"(SB), AX
	0x00e4 00228 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+536(SP)
	0x00ec 00236 (misc_language.go:51)	MOVQ	$5, main..autotmp_25+560(SP)
	0x00f8 00248 (misc_language.go:51)	LEAQ	go:string."omega"(SB), AX
	0x00ff 00255 (misc_language.go:51)	MOVQ	AX, main..autotmp_25+552(SP)
	0x0107 00263 (misc_language.go:51)	LEAQ	main..autotmp_25+472(SP), AX
	0x010f 00271 (misc_language.go:51)	XORL	CX, CX
	0x0111 00273 (misc_language.go:51)	JMP	328
	0x0113 00275 (misc_language.go:52)	MOVQ	DX, main.~r0+120(SP)
	0x0118 00280 (misc_language.go:52)	PCDATA	$1, $1
	0x0118 00280 (misc_language.go:52)	CALL	runtime.printlock(SB)
	0x011d 00285 (misc_language.go:52)	MOVQ	main.~r0+120(SP), AX
	0x0122 00290 (misc_language.go:52)	CALL	runtime.printint(SB)
	0x0127 00295 (misc_language.go:52)	CALL	runtime.printsp(SB)
	0x012c 00300 (misc_language.go:52)	CALL	runtime.printunlock(SB)
	0x0131 00305 (misc_language.go:51)	MOVQ	main..autotmp_70+368(SP), AX
	0x0139 00313 (misc_language.go:51)	ADDQ	$16, AX
	0x013d 00317 (misc_language.go:51)	MOVQ	main..autotmp_69+176(SP), CX
	0x0145 00325 (misc_language.go:51)	INCQ	CX
	0x0148 00328 (misc_language.go:51)	CMPQ	CX, $6
	0x014c 00332 (misc_language.go:51)	JGE	589
	0x0152 00338 (misc_language.go:51)	MOVQ	CX, main..autotmp_69+176(SP)
	0x015a 00346 (misc_language.go:51)	MOVQ	AX, main..autotmp_70+368(SP)
	0x0162 00354 (misc_language.go:51)	MOVQ	8(AX), DX
	0x0166 00358 (misc_language.go:51)	MOVQ	(AX), BX
	0x0169 00361 (<unknown line number>)	NOP
	0x0169 00361 (misc_language.go:10)	CMPQ	DX, $4
	0x016d 00365 (misc_language.go:13)	JGT	440
	0x016f 00367 (misc_language.go:17)	CMPQ	DX, $3
	0x0173 00371 (misc_language.go:17)	JNE	405
	0x0175 00373 (misc_language.go:17)	CMPW	(BX), $29797
	0x017a 00378 (misc_language.go:17)	NOP
	0x0180 00384 (misc_language.go:17)	JNE	582
	0x0186 00390 (misc_language.go:17)	CMPB	2(BX), $97
	0x018a 00394 (misc_language.go:17)	JEQ	572
	0x0190 00400 (misc_language.go:17)	JMP	582
	0x0195 00405 (misc_language.go:10)	CMPQ	DX, $4
	0x0199 00409 (misc_language.go:13)	JNE	582
	0x019f 00415 (misc_language.go:13)	CMPL	(BX), $1635018082
	0x01a5 00421 (misc_language.go:13)	JEQ	514
	0x01a7 00423 (misc_language.go:17)	CMPL	(BX), $1635018106
	0x01ad 00429 (misc_language.go:17)	JEQ	572
	0x01b3 00435 (misc_language.go:17)	JMP	582
	0x01b8 00440 (misc_language.go:11)	CMPQ	DX, $5
	0x01bc 00444 (misc_language.go:11)	JNE	544
	0x01be 00446 (misc_language.go:10)	CMPB	(BX), $100
	0x01c1 00449 (misc_language.go:11)	JGT	499
	0x01c3 00451 (misc_language.go:11)	CMPL	(BX), $1752198241
	0x01c9 00457 (misc_language.go:11)	JNE	475
	0x01cb 00459 (misc_language.go:11)	CMPB	4(BX), $97
	0x01cf 00463 (misc_language.go:11)	JNE	475
	0x01d1 00465 (misc_language.go:11)	MOVL	$1, DX
	0x01d6 00470 (misc_language.go:52)	JMP	275
	0x01db 00475 (misc_language.go:15)	CMPL	(BX), $1953260900
	0x01e1 00481 (misc_language.go:15)	JNE	582
	0x01e3 00483 (misc_language.go:15)	CMPB	4(BX), $97
	0x01e7 00487 (misc_language.go:15)	JNE	582
	0x01e9 00489 (misc_language.go:15)	MOVL	$3, DX
	0x01ee 00494 (misc_language.go:52)	JMP	275
	0x01f3 00499 (misc_language.go:13)	CMPL	(BX), $1835884903
	0x01f9 00505 (misc_language.go:13)	JNE	524
	0x01fb 00507 (misc_language.go:13)	CMPB	4(BX), $97
	0x01ff 00511 (misc_language.go:13)	NOP
	0x0200 00512 (misc_language.go:13)	JNE	524
	0x0202 00514 (misc_language.go:13)	MOVL	$2, DX
	0x0207 00519 (misc_language.go:52)	JMP	275
	0x020c 00524 (misc_language.go:17)	CMPL	(BX), $1952802932
	0x0212 00530 (misc_language.go:17)	JNE	582
	0x0214 00532 (misc_language.go:17)	CMPB	4(BX), $97
	0x0218 00536 (misc_language.go:17)	JEQ	572
	0x021a 00538 (misc_language.go:17)	JMP	582
	0x021c 00540 (misc_language.go:17)	NOP
	0x0220 00544 (misc_language.go:17)	CMPQ	DX, $7
	0x0224 00548 (misc_language.go:17)	JNE	582
	0x0226 00550 (misc_language.go:17)	CMPL	(BX), $1769173093
	0x022c 00556 (misc_language.go:17)	JNE	582
	0x022e 00558 (misc_language.go:17)	CMPW	4(BX), $28524
	0x0234 00564 (misc_language.go:17)	JNE	582
	0x0236 00566 (misc_language.go:17)	CMPB	6(BX), $110
	0x023a 00570 (misc_language.go:17)	JNE	582
	0x023c 00572 (misc_language.go:17)	MOVL	$4, DX
	0x0241 00577 (misc_language.go:52)	JMP	275
	0x0246 00582 (misc_language.go:52)	XORL	DX, DX
	0x0248 00584 (misc_language.go:52)	JMP	275
	0x024d 00589 (misc_language.go:54)	PCDATA	$1, $0
	0x024d 00589 (misc_language.go:54)	CALL	runtime.printlock(SB)
	0x0252 00594 (misc_language.go:54)	CALL	runtime.printnl(SB)
	0x0257 00599 (misc_language.go:54)	CALL	runtime.printunlock(SB)
	0x025c 00604 (misc_language.go:58)	MOVQ	main..stmp_0(SB), AX
	0x0263 00611 (misc_language.go:58)	CMPQ	main..stmp_1(SB), AX
	0x026a 00618 (misc_language.go:58)	JNE	643
	0x026c 00620 (misc_language.go:58)	MOVQ	main..stmp_0+16(SB), DX
	0x0273 00627 (misc_language.go:58)	CMPQ	main..stmp_1+16(SB), DX
	0x027a 00634 (misc_language.go:58)	JNE	643
	0x027c 00636 (misc_language.go:58)	MOVL	$1, AX
	0x0281 00641 (misc_language.go:58)	JMP	645
	0x0283 00643 (misc_language.go:58)	XORL	AX, AX
	0x0285 00645 (misc_language.go:58)	MOVB	AL, main..autotmp_71+50(SP)
	0x0289 00649 (misc_language.go:58)	MOVQ	main..stmp_2(SB), DX
	0x0290 00656 (misc_language.go:58)	CMPQ	main..stmp_3(SB), DX
	0x0297 00663 (misc_language.go:58)	JNE	718
	0x0299 00665 (misc_language.go:58)	MOVQ	main..stmp_2+16(SB), CX
	0x02a0 00672 (misc_language.go:58)	CMPQ	main..stmp_3+16(SB), CX
	0x02a7 00679 (misc_language.go:58)	JEQ	685
	0x02a9 00681 (misc_language.go:58)	XORL	CX, CX
	0x02ab 00683 (misc_language.go:58)	JMP	720
	0x02ad 00685 (misc_language.go:58)	LEAQ	go:string."x"(SB), AX
	0x02b4 00692 (misc_language.go:58)	LEAQ	go:string."y"(SB), BX
	0x02bb 00699 (misc_language.go:58)	NOP
	0x02c0 00704 (misc_language.go:58)	CALL	runtime.memequal(SB)
	0x02c5 00709 (misc_language.go:58)	MOVL	AX, CX
	0x02c7 00711 (misc_language.go:58)	MOVBLZX	main..autotmp_71+50(SP), AX
	0x02cc 00716 (misc_language.go:58)	JMP	720
	0x02ce 00718 (misc_language.go:58)	XORL	CX, CX
	0x02d0 00720 (misc_language.go:58)	MOVB	CL, main..autotmp_72+49(SP)
	0x02d4 00724 (misc_language.go:58)	CMPQ	main..stmp_5(SB), $1
	0x02dc 00732 (misc_language.go:58)	JNE	751
	0x02de 00734 (misc_language.go:58)	CMPQ	main..stmp_5+8(SB), $2
	0x02e6 00742 (misc_language.go:58)	JNE	751
	0x02e8 00744 (misc_language.go:58)	MOVL	$1, DX
	0x02ed 00749 (misc_language.go:58)	JMP	753
	0x02ef 00751 (misc_language.go:58)	XORL	DX, DX
	0x02f1 00753 (misc_language.go:58)	MOVB	DL, main..autotmp_73+48(SP)
	0x02f5 00757 (<autogenerated>:1)	LEAQ	main..stmp_6(SB), AX
	0x02fc 00764 (<autogenerated>:1)	LEAQ	main..stmp_7(SB), BX
	0x0303 00771 (<autogenerated>:1)	CALL	type:.eq.SS(SB)
	0x0308 00776 (<autogenerated>:1)	MOVB	AL, main..autotmp_74+47(SP)
	0x030c 00780 (misc_language.go:58)	CALL	runtime.printlock(SB)
	0x0311 00785 (misc_language.go:58)	MOVBLZX	main..autotmp_71+50(SP), AX
	0x0316 00790 (misc_language.go:58)	CALL	runtime.printbool(SB)
	0x031b 00795 (misc_language.go:58)	NOP
	0x0320 00800 (misc_language.go:58)	CALL	runtime.printsp(SB)
	0x0325 00805 (misc_language.go:58)	MOVBLZX	main..autotmp_72+49(SP), AX
	0x032a 00810 (misc_language.go:58)	CALL	runtime.printbool(SB)
	0x032f 00815 (misc_language.go:58)	CALL	runtime.printsp(SB)
	0x0334 00820 (misc_language.go:58)	MOVBLZX	main..autotmp_73+48(SP), AX
	0x0339 00825 (misc_language.go:58)	CALL	runtime.printbool(SB)
	0x033e 00830 (misc_language.go:58)	NOP
	0x0340 00832 (misc_language.go:58)	CALL	runtime.printsp(SB)
	0x0345 00837 (<autogenerated>:1)	MOVBLZX	main..autotmp_74+47(SP), AX
	0x034a 00842 (<autogenerated>:1)	XORL	$1, AX
	0x034d 00845 (misc_language.go:58)	CALL	runtime.printbool(SB)
	0x0352 00850 (misc_language.go:58)	CALL	runtime.printnl(SB)
	0x0357 00855 (misc_language.go:58)	CALL	runtime.printunlock(SB)
	0x035c 00860 (misc_language.go:59)	LEAQ	type:main.pair(SB), AX
	0x0363 00867 (misc_language.go:59)	LEAQ	main..stmp_8(SB), BX
	0x036a 00874 (misc_language.go:59)	MOVQ	AX, CX
	0x036d 00877 (misc_language.go:59)	LEAQ	main..stmp_9(SB), DI
	0x0374 00884 (misc_language.go:59)	CALL	main.compareAny(SB)
	0x0379 00889 (misc_language.go:59)	MOVQ	AX, main..autotmp_75+360(SP)
	0x0381 00897 (misc_language.go:59)	MOVQ	BX, main..autotmp_69+176(SP)
	0x0389 00905 (misc_language.go:59)	LEAQ	type:main.pair(SB), AX
	0x0390 00912 (misc_language.go:59)	LEAQ	main..stmp_10(SB), BX
	0x0397 00919 (misc_language.go:59)	MOVQ	AX, CX
	0x039a 00922 (misc_language.go:59)	LEAQ	main..stmp_11(SB), DI
	0x03a1 00929 (misc_language.go:59)	PCDATA	$1, $2
	0x03a1 00929 (misc_language.go:59)	CALL	main.compareAny(SB)
	0x03a6 00934 (misc_language.go:59)	MOVQ	AX, main..autotmp_76+352(SP)
	0x03ae 00942 (misc_language.go:59)	MOVQ	BX, main..autotmp_77+168(SP)
	0x03b6 00950 (misc_language.go:59)	LEAQ	type:int(SB), AX
	0x03bd 00957 (misc_language.go:59)	LEAQ	main..stmp_12(SB), BX
	0x03c4 00964 (misc_language.go:59)	LEAQ	type:string(SB), CX
	0x03cb 00971 (misc_language.go:59)	LEAQ	main..stmp_13(SB), DI
	0x03d2 00978 (misc_language.go:59)	PCDATA	$1, $3
	0x03d2 00978 (misc_language.go:59)	CALL	main.compareAny(SB)
	0x03d7 00983 (misc_language.go:59)	MOVQ	AX, main..autotmp_78+344(SP)
	0x03df 00991 (misc_language.go:59)	MOVQ	BX, main..autotmp_79+160(SP)
	0x03e7 00999 (misc_language.go:59)	PCDATA	$1, $4
	0x03e7 00999 (misc_language.go:59)	CALL	runtime.printlock(SB)
	0x03ec 01004 (misc_language.go:59)	MOVQ	main..autotmp_75+360(SP), AX
	0x03f4 01012 (misc_language.go:59)	MOVQ	main..autotmp_69+176(SP), BX
	0x03fc 01020 (misc_language.go:59)	PCDATA	$1, $5
	0x03fc 01020 (misc_language.go:59)	NOP
	0x0400 01024 (misc_language.go:59)	CALL	runtime.printstring(SB)
	0x0405 01029 (misc_language.go:59)	CALL	runtime.printsp(SB)
	0x040a 01034 (misc_language.go:59)	MOVQ	main..autotmp_76+352(SP), AX
	0x0412 01042 (misc_language.go:59)	MOVQ	main..autotmp_77+168(SP), BX
	0x041a 01050 (misc_language.go:59)	PCDATA	$1, $6
	0x041a 01050 (misc_language.go:59)	CALL	runtime.printstring(SB)
	0x041f 01055 (misc_language.go:59)	NOP
	0x0420 01056 (misc_language.go:59)	CALL	runtime.printsp(SB)
	0x0425 01061 (misc_language.go:59)	MOVQ	main..autotmp_78+344(SP), AX
	0x042d 01069 (misc_language.go:59)	MOVQ	main..autotmp_79+160(SP), BX
	0x0435 01077 (misc_language.go:59)	PCDATA	$1, $0
	0x0435 01077 (misc_language.go:59)	CALL	runtime.printstring(SB)
	0x043a 01082 (misc_language.go:59)	CALL	runtime.printnl(SB)
	0x043f 01087 (misc_language.go:59)	NOP
	0x0440 01088 (misc_language.go:59)	CALL	runtime.printunlock(SB)
	0x0445 01093 (misc_language.go:60)	MOVQ	$1, main..autotmp_16+328(SP)
	0x0451 01105 (misc_language.go:60)	LEAQ	main..autotmp_16+328(SP), CX
	0x0459 01113 (misc_language.go:60)	MOVQ	CX, main..autotmp_37+448(SP)
	0x0461 01121 (misc_language.go:60)	MOVQ	$1, main..autotmp_37+456(SP)
	0x046d 01133 (misc_language.go:60)	MOVQ	$1, main..autotmp_37+464(SP)
	0x0479 01145 (misc_language.go:60)	MOVQ	$1, main..autotmp_17+320(SP)
	0x0485 01157 (misc_language.go:60)	LEAQ	main..autotmp_17+320(SP), CX
	0x048d 01165 (misc_language.go:60)	MOVQ	CX, main..autotmp_40+424(SP)
	0x0495 01173 (misc_language.go:60)	MOVQ	$1, main..autotmp_40+432(SP)
	0x04a1 01185 (misc_language.go:60)	MOVQ	$1, main..autotmp_40+440(SP)
	0x04ad 01197 (misc_language.go:60)	LEAQ	type:[]int(SB), AX
	0x04b4 01204 (misc_language.go:60)	LEAQ	main..autotmp_37+448(SP), BX
	0x04bc 01212 (misc_language.go:60)	MOVQ	AX, CX
	0x04bf 01215 (misc_language.go:60)	LEAQ	main..autotmp_40+424(SP), DI
	0x04c7 01223 (misc_language.go:60)	CALL	main.compareAny(SB)
	0x04cc 01228 (misc_language.go:60)	MOVQ	AX, main..autotmp_75+360(SP)
	0x04d4 01236 (misc_language.go:60)	MOVQ	BX, main..autotmp_69+176(SP)
	0x04dc 01244 (misc_language.go:60)	PCDATA	$1, $2
	0x04dc 01244 (misc_language.go:60)	NOP
	0x04e0 01248 (misc_language.go:60)	CALL	runtime.printlock(SB)
	0x04e5 01253 (misc_language.go:60)	MOVQ	main..autotmp_75+360(SP), AX
	0x04ed 01261 (misc_language.go:60)	MOVQ	main..autotmp_69+176(SP), BX
	0x04f5 01269 (misc_language.go:60)	PCDATA	$1, $0
	0x04f5 01269 (misc_language.go:60)	CALL	runtime.printstring(SB)
	0x04fa 01274 (misc_language.go:60)	CALL	runtime.printnl(SB)
	0x04ff 01279 (misc_language.go:60)	NOP
	0x0500 01280 (misc_language.go:60)	CALL	runtime.printunlock(SB)
	0x0505 01285 (misc_language.go:61)	LEAQ	main..autotmp_41+376(SP), CX
	0x050d 01293 (misc_language.go:61)	MOVUPS	X15, (CX)
	0x0511 01297 (misc_language.go:61)	MOVUPS	X15, 16(CX)
	0x0516 01302 (misc_language.go:61)	MOVUPS	X15, 32(CX)
	0x051b 01307 (misc_language.go:61)	LEAQ	main..autotmp_42+184(SP), CX
	0x0523 01315 (misc_language.go:61)	MOVUPS	X15, (CX)
	0x0527 01319 (misc_language.go:61)	MOVUPS	X15, 16(CX)
	0x052c 01324 (misc_language.go:61)	MOVUPS	X15, 32(CX)
	0x0531 01329 (misc_language.go:61)	MOVUPS	X15, 48(CX)
	0x0536 01334 (misc_language.go:61)	MOVUPS	X15, 64(CX)
	0x053b 01339 (misc_language.go:61)	MOVUPS	X15, 80(CX)
	0x0540 01344 (misc_language.go:61)	MOVUPS	X15, 96(CX)
	0x0545 01349 (misc_language.go:61)	MOVUPS	X15, 112(CX)
	0x054a 01354 (misc_language.go:61)	MOVUPS	X15, 120(CX)
	0x054f 01359 (misc_language.go:61)	MOVQ	$-9187201950435737472, DX
	0x0559 01369 (misc_language.go:61)	MOVQ	DX, main..autotmp_42+184(SP)
	0x0561 01377 (misc_language.go:61)	MOVQ	CX, main..autotmp_41+392(SP)
	0x0569 01385 (misc_language.go:61)	PCDATA	$1, $7
	0x0569 01385 (misc_language.go:61)	CALL	runtime.rand(SB)
	0x056e 01390 (misc_language.go:61)	MOVQ	AX, main..autotmp_41+384(SP)
	0x0576 01398 (misc_language.go:61)	LEAQ	type:map[int]int(SB), AX
	0x057d 01405 (misc_language.go:61)	LEAQ	main..autotmp_41+376(SP), BX
	0x0585 01413 (misc_language.go:61)	LEAQ	type:int(SB), CX
	0x058c 01420 (misc_language.go:61)	LEAQ	main..stmp_14(SB), DI
	0x0593 01427 (misc_language.go:61)	PCDATA	$1, $0
	0x0593 01427 (misc_language.go:61)	CALL	main.compareAny(SB)
	0x0598 01432 (misc_language.go:61)	MOVQ	AX, main..autotmp_75+360(SP)
	0x05a0 01440 (misc_language.go:61)	MOVQ	BX, main..autotmp_69+176(SP)
	0x05a8 01448 (misc_language.go:61)	PCDATA	$1, $2
	0x05a8 01448 (misc_language.go:61)	CALL	runtime.printlock(SB)
	0x05ad 01453 (misc_language.go:61)	MOVQ	main..autotmp_75+360(SP), AX
	0x05b5 01461 (misc_language.go:61)	MOVQ	main..autotmp_69+176(SP), BX
	0x05bd 01469 (misc_language.go:61)	PCDATA	$1, $0
	0x05bd 01469 (misc_language.go:61)	NOP
	0x05c0 01472 (misc_language.go:61)	CALL	runtime.printstring(SB)
	0x05c5 01477 (misc_language.go:61)	CALL	runtime.printnl(SB)
	0x05ca 01482 (misc_language.go:61)	CALL	runtime.printunlock(SB)
	0x05cf 01487 (misc_language.go:63)	LEAQ	main.main.func1·f(SB), AX
	0x05d6 01494 (misc_language.go:63)	CALL	main.callNil(SB)
	0x05db 01499 (misc_language.go:63)	MOVQ	AX, main..autotmp_69+176(SP)
	0x05e3 01507 (misc_language.go:63)	XORL	AX, AX
	0x05e5 01509 (misc_language.go:63)	CALL	main.callNil(SB)
	0x05ea 01514 (misc_language.go:63)	MOVQ	AX, main..autotmp_77+168(SP)
	0x05f2 01522 (misc_language.go:63)	CALL	runtime.printlock(SB)
	0x05f7 01527 (misc_language.go:63)	MOVQ	main..autotmp_69+176(SP), AX
	0x05ff 01535 (misc_language.go:63)	NOP
	0x0600 01536 (misc_language.go:63)	CALL	runtime.printint(SB)
	0x0605 01541 (misc_language.go:63)	CALL	runtime.printsp(SB)
	0x060a 01546 (misc_language.go:63)	MOVQ	main..autotmp_77+168(SP), AX
	0x0612 01554 (misc_language.go:63)	CALL	runtime.printint(SB)
	0x0617 01559 (misc_language.go:63)	CALL	runtime.printnl(SB)
	0x061c 01564 (misc_language.go:63)	NOP
	0x0620 01568 (misc_language.go:63)	CALL	runtime.printunlock(SB)
	0x0625 01573 (misc_language.go:65)	MOVL	$1819043176, main..autotmp_48+115(SP)
	0x062d 01581 (misc_language.go:65)	MOVB	$111, main..autotmp_48+119(SP)
	0x0632 01586 (misc_language.go:66)	LEAQ	main..autotmp_48+115(SP), AX
	0x0637 01591 (misc_language.go:66)	MOVL	$12, BX
	0x063c 01596 (misc_language.go:66)	MOVL	$5, CX
	0x0641 01601 (misc_language.go:66)	MOVL	$7, DI
	0x0646 01606 (misc_language.go:66)	LEAQ	type:uint8(SB), SI
	0x064d 01613 (misc_language.go:66)	CALL	runtime.growslice(SB)
	0x0652 01618 (misc_language.go:66)	MOVQ	AX, main.b.ptr+336(SP)
	0x065a 01626 (misc_language.go:66)	MOVQ	CX, main.b.cap+152(SP)
	0x0662 01634 (misc_language.go:66)	MOVL	$1870077996, 5(AX)
	0x0669 01641 (misc_language.go:66)	MOVL	$1684828783, 8(AX)
	0x0670 01648 (misc_language.go:67)	MOVQ	AX, BX
	0x0673 01651 (misc_language.go:67)	MOVL	$12, CX
	0x0678 01656 (misc_language.go:67)	LEAQ	main..autotmp_55+83(SP), AX
	0x067d 01661 (misc_language.go:67)	PCDATA	$1, $8
	0x067d 01661 (misc_language.go:67)	NOP
	0x0680 01664 (misc_language.go:67)	CALL	runtime.slicebytetostring(SB)
	0x0685 01669 (misc_language.go:67)	MOVQ	AX, main..autotmp_75+360(SP)
	0x068d 01677 (misc_language.go:67)	MOVQ	BX, main..autotmp_69+176(SP)
	0x0695 01685 (misc_language.go:67)	PCDATA	$1, $9
	0x0695 01685 (misc_language.go:67)	CALL	runtime.printlock(SB)
	0x069a 01690 (misc_language.go:67)	MOVQ	main..autotmp_75+360(SP), AX
	0x06a2 01698 (misc_language.go:67)	MOVQ	main..autotmp_69+176(SP), BX
	0x06aa 01706 (misc_language.go:67)	PCDATA	$1, $8
	0x06aa 01706 (misc_language.go:67)	CALL	runtime.printstring(SB)
	0x06af 01711 (misc_language.go:67)	CALL	runtime.printsp(SB)
	0x06b4 01716 (misc_language.go:67)	MOVL	$12, AX
	0x06b9 01721 (misc_language.go:67)	CALL	runtime.printint(SB)
	0x06be 01726 (misc_language.go:67)	NOP
	0x06c0 01728 (misc_language.go:67)	CALL	runtime.printnl(SB)
	0x06c5 01733 (misc_language.go:67)	CALL	runtime.printunlock(SB)
	0x06ca 01738 (misc_language.go:68)	MOVQ	main.b.ptr+336(SP), BX
	0x06d2 01746 (misc_language.go:68)	LEAQ	go:string."J"(SB), CX
	0x06d9 01753 (misc_language.go:68)	CMPQ	BX, CX
	0x06dc 01756 (misc_language.go:68)	JEQ	1761
	0x06de 01758 (misc_language.go:68)	MOVB	$74, (BX)
	0x06e1 01761 (misc_language.go:69)	MOVQ	main.b.cap+152(SP), DX
	0x06e9 01769 (misc_language.go:69)	CMPQ	DX, $5
	0x06ed 01773 (misc_language.go:69)	JCS	2003
	0x06f3 01779 (misc_language.go:69)	LEAQ	main..autotmp_61+51(SP), AX
	0x06f8 01784 (misc_language.go:69)	MOVL	$5, CX
	0x06fd 01789 (misc_language.go:69)	PCDATA	$1, $0
	0x06fd 01789 (misc_language.go:69)	NOP
	0x0700 01792 (misc_language.go:69)	CALL	runtime.slicebytetostring(SB)
	0x0705 01797 (misc_language.go:69)	MOVQ	AX, main..autotmp_75+360(SP)
	0x070d 01805 (misc_language.go:69)	MOVQ	BX, main..autotmp_69+176(SP)
	0x0715 01813 (misc_language.go:69)	PCDATA	$1, $2
	0x0715 01813 (misc_language.go:69)	CALL	runtime.printlock(SB)
	0x071a 01818 (misc_language.go:69)	MOVL	$1, AX
	0x071f 01823 (misc_language.go:69)	NOP
	0x0720 01824 (misc_language.go:69)	CALL	runtime.printint(SB)
	0x0725 01829 (misc_language.go:69)	CALL	runtime.printsp(SB)
	0x072a 01834 (misc_language.go:69)	MOVQ	main..autotmp_75+360(SP), AX
	0x0732 01842 (misc_language.go:69)	MOVQ	main..autotmp_69+176(SP), BX
	0x073a 01850 (misc_language.go:69)	PCDATA	$1, $0
	0x073a 01850 (misc_language.go:69)	CALL	runtime.printstring(SB)
	0x073f 01855 (misc_language.go:69)	NOP
	0x0740 01856 (misc_language.go:69)	CALL	runtime.printnl(SB)
	0x0745 01861 (misc_language.go:69)	CALL	runtime.printunlock(SB)
	0x074a 01866 (misc_language.go:71)	XORL	DX, DX
	0x074c 01868 (misc_language.go:71)	JMP	1873
	0x074e 01870 (misc_language.go:72)	INCQ	DX
	0x0751 01873 (misc_language.go:72)	CMPQ	DX, $4
	0x0755 01877 (misc_language.go:72)	JGE	1977
	0x0757 01879 (misc_language.go:72)	MOVQ	DX, main.i+144(SP)
	0x075f 01887 (misc_language.go:72)	XORL	AX, AX
	0x0761 01889 (misc_language.go:73)	JMP	1959
	0x0763 01891 (misc_language.go:73)	MOVQ	AX, main.j+136(SP)
	0x076b 01899 (misc_language.go:80)	CALL	runtime.printlock(SB)
	0x0770 01904 (misc_language.go:80)	MOVQ	main.i+144(SP), AX
	0x0778 01912 (misc_language.go:80)	CALL	runtime.printint(SB)
	0x077d 01917 (misc_language.go:80)	MOVQ	main.j+136(SP), AX
	0x0785 01925 (misc_language.go:80)	CALL	runtime.printint(SB)
	0x078a 01930 (misc_language.go:80)	CALL	runtime.printsp(SB)
	0x078f 01935 (misc_language.go:80)	CALL	runtime.printunlock(SB)
	0x0794 01940 (misc_language.go:73)	MOVQ	main.j+136(SP), AX
	0x079c 01948 (misc_language.go:73)	INCQ	AX
	0x079f 01951 (misc_language.go:77)	MOVQ	main.i+144(SP), DX
	0x07a7 01959 (misc_language.go:73)	CMPQ	AX, $4
	0x07ab 01963 (misc_language.go:73)	JGE	1870
	0x07ad 01965 (misc_language.go:74)	CMPQ	AX, $2
	0x07b1 01969 (misc_language.go:74)	JEQ	1870
	0x07b3 01971 (misc_language.go:77)	CMPQ	DX, $3
	0x07b7 01975 (misc_language.go:77)	JNE	1891
	0x07b9 01977 (misc_language.go:83)	CALL	runtime.printlock(SB)
	0x07be 01982 (misc_language.go:83)	NOP
	0x07c0 01984 (misc_language.go:83)	CALL	runtime.printnl(SB)
	0x07c5 01989 (misc_language.go:83)	CALL	runtime.printunlock(SB)
	0x07ca 01994 (misc_language.go:84)	ADDQ	$568, SP
	0x07d1 02001 (misc_language.go:84)	POPQ	BP
	0x07d2 02002 (misc_language.go:84)	RET
	0x07d3 02003 (misc_language.go:69)	PCDATA	$4, $2504
	0x07d3 02003 (misc_language.go:69)	CALL	runtime.panicBounds(SB)
	0x07d8 02008 (misc_language.go:69)	XCHGL	AX, AX
	0x07d9 02009 (misc_language.go:69)	NOP
	0x07d9 02009 (misc_language.go:45)	PCDATA	$1, $-1
	0x07d9 02009 (misc_language.go:45)	PCDATA	$0, $-2
	0x07d9 02009 (misc_language.go:45)	CALL	runtime.morestack_noctxt(SB)
	0x07de 02014 (misc_language.go:45)	PCDATA	$0, $-1
	0x07de 02014 (misc_language.go:45)	NOP
	0x07e0 02016 (misc_language.go:45)	JMP	0
	0x0000 4c 8d a4 24 40 fe ff ff 4d 3b 66 10 0f 86 c7 07  L..$@...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 38 02 00 00 31 c0 31  ..UH..H..8...1.1
	0x0020 c9 eb 06 48 01 c1 48 ff c0 48 83 f8 0a 7c f4 48  ...H..H..H...|.H
	0x0030 89 8c 24 80 00 00 00 e8 00 00 00 00 48 8d 05 00  ..$.........H...
	0x0040 00 00 00 bb 0a 00 00 00 e8 00 00 00 00 48 8b 84  .............H..
	0x0050 24 80 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  $...............
	0x0060 e8 00 00 00 00 48 c7 84 24 e0 01 00 00 05 00 00  .....H..$.......
	0x0070 00 48 8d 05 00 00 00 00 48 89 84 24 d8 01 00 00  .H......H..$....
	0x0080 48 c7 84 24 f0 01 00 00 04 00 00 00 48 8d 05 00  H..$........H...
	0x0090 00 00 00 48 89 84 24 e8 01 00 00 48 c7 84 24 00  ...H..$....H..$.
	0x00a0 02 00 00 05 00 00 00 48 8d 05 00 00 00 00 48 89  .......H......H.
	0x00b0 84 24 f8 01 00 00 48 c7 84 24 10 02 00 00 05 00  .$....H..$......
	0x00c0 00 00 48 8d 05 00 00 00 00 48 89 84 24 08 02 00  ..H......H..$...
	0x00d0 00 48 c7 84 24 20 02 00 00 03 00 00 00 48 8d 05  .H..$ .......H..
	0x00e0 00 00 00 00 48 89 84 24 18 02 00 00 48 c7 84 24  ....H..$....H..$
	0x00f0 30 02 00 00 05 00 00 00 48 8d 05 00 00 00 00 48  0.......H......H
	0x0100 89 84 24 28 02 00 00 48 8d 84 24 d8 01 00 00 31  ..$(...H..$....1
	0x0110 c9 eb 35 48 89 54 24 78 e8 00 00 00 00 48 8b 44  ..5H.T$x.....H.D
	0x0120 24 78 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  $x..............
	0x0130 00 48 8b 84 24 70 01 00 00 48 83 c0 10 48 8b 8c  .H..$p...H...H..
	0x0140 24 b0 00 00 00 48 ff c1 48 83 f9 06 0f 8d fb 00  $....H..H.......
	0x0150 00 00 48 89 8c 24 b0 00 00 00 48 89 84 24 70 01  ..H..$....H..$p.
	0x0160 00 00 48 8b 50 08 48 8b 18 48 83 fa 04 7f 49 48  ..H.P.H..H....IH
	0x0170 83 fa 03 75 20 66 81 3b 65 74 66 0f 1f 44 00 00  ...u f.;etf..D..
	0x0180 0f 85 c0 00 00 00 80 7b 02 61 0f 84 ac 00 00 00  .......{.a......
	0x0190 e9 b1 00 00 00 48 83 fa 04 0f 85 a7 00 00 00 81  .....H..........
	0x01a0 3b 62 65 74 61 74 5b 81 3b 7a 65 74 61 0f 84 89  ;betat[.;zeta...
	0x01b0 00 00 00 e9 8e 00 00 00 48 83 fa 05 75 62 80 3b  ........H...ub.;
	0x01c0 64 7f 30 81 3b 61 6c 70 68 75 10 80 7b 04 61 75  d.0.;alphu..{.au
	0x01d0 0a ba 01 00 00 00 e9 38 ff ff ff 81 3b 64 65 6c  .......8....;del
	0x01e0 74 75 63 80 7b 04 61 75 5d ba 03 00 00 00 e9 20  tuc.{.au]...... 
	0x01f0 ff ff ff 81 3b 67 61 6d 6d 75 11 80 7b 04 61 90  ....;gammu..{.a.
	0x0200 75 0a ba 02 00 00 00 e9 07 ff ff ff 81 3b 74 68  u............;th
	0x0210 65 74 75 32 80 7b 04 61 74 22 eb 2a 0f 1f 40 00  etu2.{.at".*..@.
	0x0220 48 83 fa 07 75 20 81 3b 65 70 73 69 75 18 66 81  H...u .;epsiu.f.
	0x0230 7b 04 6c 6f 75 10 80 7b 06 6e 75 0a ba 04 00 00  {.lou..{.nu.....
	0x0240 00 e9 cd fe ff ff 31 d2 e9 c6 fe ff ff e8 00 00  ......1.........
	0x0250 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 05 00  ............H...
	0x0260 00 00 00 48 39 05 00 00 00 00 75 17 48 8b 15 00  ...H9.....u.H...
	0x0270 00 00 00 48 39 15 00 00 00 00 75 07 b8 01 00 00  ...H9.....u.....
	0x0280 00 eb 02 31 c0 88 44 24 32 48 8b 15 00 00 00 00  ...1..D$2H......
	0x0290 48 39 15 00 00 00 00 75 35 48 8b 0d 00 00 00 00  H9.....u5H......
	0x02a0 48 39 0d 00 00 00 00 74 04 31 c9 eb 23 48 8d 05  H9.....t.1..#H..
	0x02b0 00 00 00 00 48 8d 1d 00 00 00 00 0f 1f 44 00 00  ....H........D..
	0x02c0 e8 00 00 00 00 89 c1 0f b6 44 24 32 eb 02 31 c9  .........D$2..1.
	0x02d0 88 4c 24 31 48 83 3d 00 00 00 00 01 75 11 48 83  .L$1H.=.....u.H.
	0x02e0 3d 00 00 00 00 02 75 07 ba 01 00 00 00 eb 02 31  =.....u........1
	0x02f0 d2 88 54 24 30 48 8d 05 00 00 00 00 48 8d 1d 00  ..T$0H......H...
	0x0300 00 00 00 e8 00 00 00 00 88 44 24 2f e8 00 00 00  .........D$/....
	0x0310 00 0f b6 44 24 32 e8 00 00 00 00 0f 1f 44 00 00  ...D$2.......D..
	0x0320 e8 00 00 00 00 0f b6 44 24 31 e8 00 00 00 00 e8  .......D$1......
	0x0330 00 00 00 00 0f b6 44 24 30 e8 00 00 00 00 66 90  ......D$0.....f.
	0x0340 e8 00 00 00 00 0f b6 44 24 2f 83 f0 01 e8 00 00  .......D$/......
	0x0350 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00  ............H...
	0x0360 00 00 00 48 8d 1d 00 00 00 00 48 89 c1 48 8d 3d  ...H......H..H.=
	0x0370 00 00 00 00 e8 00 00 00 00 48 89 84 24 68 01 00  .........H..$h..
	0x0380 00 48 89 9c 24 b0 00 00 00 48 8d 05 00 00 00 00  .H..$....H......
	0x0390 48 8d 1d 00 00 00 00 48 89 c1 48 8d 3d 00 00 00  H......H..H.=...
	0x03a0 00 e8 00 00 00 00 48 89 84 24 60 01 00 00 48 89  ......H..$`...H.
	0x03b0 9c 24 a8 00 00 00 48 8d 05 00 00 00 00 48 8d 1d  .$....H......H..
	0x03c0 00 00 00 00 48 8d 0d 00 00 00 00 48 8d 3d 00 00  ....H......H.=..
	0x03d0 00 00 e8 00 00 00 00 48 89 84 24 58 01 00 00 48  .......H..$X...H
	0x03e0 89 9c 24 a0 00 00 00 e8 00 00 00 00 48 8b 84 24  ..$.........H..$
	0x03f0 68 01 00 00 48 8b 9c 24 b0 00 00 00 0f 1f 40 00  h...H..$......@.
	0x0400 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 60 01  ..........H..$`.
	0x0410 00 00 48 8b 9c 24 a8 00 00 00 e8 00 00 00 00 90  ..H..$..........
	0x0420 e8 00 00 00 00 48 8b 84 24 58 01 00 00 48 8b 9c  .....H..$X...H..
	0x0430 24 a0 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  $...............
	0x0440 e8 00 00 00 00 48 c7 84 24 48 01 00 00 01 00 00  .....H..$H......
	0x0450 00 48 8d 8c 24 48 01 00 00 48 89 8c 24 c0 01 00  .H..$H...H..$...
	0x0460 00 48 c7 84 24 c8 01 00 00 01 00 00 00 48 c7 84  .H..$........H..
	0x0470 24 d0 01 00 00 01 00 00 00 48 c7 84 24 40 01 00  $........H..$@..
	0x0480 00 01 00 00 00 48 8d 8c 24 40 01 00 00 48 89 8c  .....H..$@...H..
	0x0490 24 a8 01 00 00 48 c7 84 24 b0 01 00 00 01 00 00  $....H..$.......
	0x04a0 00 48 c7 84 24 b8 01 00 00 01 00 00 00 48 8d 05  .H..$........H..
	0x04b0 00 00 00 00 48 8d 9c 24 c0 01 00 00 48 89 c1 48  ....H..$....H..H
	0x04c0 8d bc 24 a8 01 00 00 e8 00 00 00 00 48 89 84 24  ..$.........H..$
	0x04d0 68 01 00 00 48 89 9c 24 b0 00 00 00 0f 1f 40 00  h...H..$......@.
	0x04e0 e8 00 00 00 00 48 8b 84 24 68 01 00 00 48 8b 9c  .....H..$h...H..
	0x04f0 24 b0 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  $...............
	0x0500 e8 00 00 00 00 48 8d 8c 24 78 01 00 00 44 0f 11  .....H..$x...D..
	0x0510 39 44 0f 11 79 10 44 0f 11 79 20 48 8d 8c 24 b8  9D..y.D..y H..$.
	0x0520 00 00 00 44 0f 11 39 44 0f 11 79 10 44 0f 11 79  ...D..9D..y.D..y
	0x0530 20 44 0f 11 79 30 44 0f 11 79 40 44 0f 11 79 50   D..y0D..y@D..yP
	0x0540 44 0f 11 79 60 44 0f 11 79 70 44 0f 11 79 78 48  D..y`D..ypD..yxH
	0x0550 ba 80 80 80 80 80 80 80 80 48 89 94 24 b8 00 00  .........H..$...
	0x0560 00 48 89 8c 24 88 01 00 00 e8 00 00 00 00 48 89  .H..$.........H.
	0x0570 84 24 80 01 00 00 48 8d 05 00 00 00 00 48 8d 9c  .$....H......H..
	0x0580 24 78 01 00 00 48 8d 0d 00 00 00 00 48 8d 3d 00  $x...H......H.=.
	0x0590 00 00 00 e8 00 00 00 00 48 89 84 24 68 01 00 00  ........H..$h...
	0x05a0 48 89 9c 24 b0 00 00 00 e8 00 00 00 00 48 8b 84  H..$.........H..
	0x05b0 24 68 01 00 00 48 8b 9c 24 b0 00 00 00 0f 1f 00  $h...H..$.......
	0x05c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x05d0 8d 05 00 00 00 00 e8 00 00 00 00 48 89 84 24 b0  ...........H..$.
	0x05e0 00 00 00 31 c0 e8 00 00 00 00 48 89 84 24 a8 00  ...1......H..$..
	0x05f0 00 00 e8 00 00 00 00 48 8b 84 24 b0 00 00 00 90  .......H..$.....
	0x0600 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 a8 00  ..........H..$..
	0x0610 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0620 e8 00 00 00 00 c7 44 24 73 68 65 6c 6c c6 44 24  ......D$shell.D$
	0x0630 77 6f 48 8d 44 24 73 bb 0c 00 00 00 b9 05 00 00  woH.D$s.........
	0x0640 00 bf 07 00 00 00 48 8d 35 00 00 00 00 e8 00 00  ......H.5.......
	0x0650 00 00 48 89 84 24 50 01 00 00 48 89 8c 24 98 00  ..H..$P...H..$..
	0x0660 00 00 c7 40 05 2c 20 77 6f c7 40 08 6f 72 6c 64  ...@., wo.@.orld
	0x0670 48 89 c3 b9 0c 00 00 00 48 8d 44 24 53 0f 1f 00  H.......H.D$S...
	0x0680 e8 00 00 00 00 48 89 84 24 68 01 00 00 48 89 9c  .....H..$h...H..
	0x0690 24 b0 00 00 00 e8 00 00 00 00 48 8b 84 24 68 01  $.........H..$h.
	0x06a0 00 00 48 8b 9c 24 b0 00 00 00 e8 00 00 00 00 e8  ..H..$..........
	0x06b0 00 00 00 00 b8 0c 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x06c0 e8 00 00 00 00 e8 00 00 00 00 48 8b 9c 24 50 01  ..........H..$P.
	0x06d0 00 00 48 8d 0d 00 00 00 00 48 39 cb 74 03 c6 03  ..H......H9.t...
	0x06e0 4a 48 8b 94 24 98 00 00 00 48 83 fa 05 0f 82 e0  JH..$....H......
	0x06f0 00 00 00 48 8d 44 24 33 b9 05 00 00 00 0f 1f 00  ...H.D$3........
	0x0700 e8 00 00 00 00 48 89 84 24 68 01 00 00 48 89 9c  .....H..$h...H..
	0x0710 24 b0 00 00 00 e8 00 00 00 00 b8 01 00 00 00 90  $...............
	0x0720 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 68 01  ..........H..$h.
	0x0730 00 00 48 8b 9c 24 b0 00 00 00 e8 00 00 00 00 90  ..H..$..........
	0x0740 e8 00 00 00 00 e8 00 00 00 00 31 d2 eb 03 48 ff  ..........1...H.
	0x0750 c2 48 83 fa 04 7d 62 48 89 94 24 90 00 00 00 31  .H...}bH..$....1
	0x0760 c0 eb 44 48 89 84 24 88 00 00 00 e8 00 00 00 00  ..DH..$.........
	0x0770 48 8b 84 24 90 00 00 00 e8 00 00 00 00 48 8b 84  H..$.........H..
	0x0780 24 88 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  $...............
	0x0790 00 00 00 00 48 8b 84 24 88 00 00 00 48 ff c0 48  ....H..$....H..H
	0x07a0 8b 94 24 90 00 00 00 48 83 f8 04 7d a1 48 83 f8  ..$....H...}.H..
	0x07b0 02 74 9b 48 83 fa 03 75 aa e8 00 00 00 00 66 90  .t.H...u......f.
	0x07c0 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 38 02 00  ..........H..8..
	0x07d0 00 5d c3 e8 00 00 00 00 90 e8 00 00 00 00 66 90  .]............f.
	0x07e0 e9 1b f8 ff ff                                   .....
	rel 3+0 t=R_USEIFACE type:main.pair+0
	rel 3+0 t=R_USEIFACE type:main.pair+0
	rel 3+0 t=R_USEIFACE type:main.pair+0
	rel 3+0 t=R_USEIFACE type:main.pair+0
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:string+0
	rel 3+0 t=R_USEIFACE type:[]int+0
	rel 3+0 t=R_USEIFACE type:[]int+0
	rel 3+0 t=R_USEIFACE type:map[int]int+0
	rel 3+0 t=R_USEIFACE type:int+0
	rel 56+4 t=R_CALL runtime.printlock+0
	rel 63+4 t=R_PCREL go:string."range int "+0
	rel 73+4 t=R_CALL runtime.printstring+0
	rel 86+4 t=R_CALL runtime.printint+0
	rel 91+4 t=R_CALL runtime.printnl+0
	rel 97+4 t=R_CALL runtime.printunlock+0
	rel 116+4 t=R_PCREL go:string."alpha"+0
	rel 143+4 t=R_PCREL go:string."beta"+0
	rel 170+4 t=R_PCREL go:string."gamma"+0
	rel 197+4 t=R_PCREL go:string."delta"+0
	rel 224+4 t=R_PCREL go:string."eta"+0
	rel 251+4 t=R_PCREL go:string."omega"+0
	rel 281+4 t=R_CALL runtime.printlock+0
	rel 291+4 t=R_CALL runtime.printint+0
	rel 296+4 t=R_CALL runtime.printsp+0
	rel 301+4 t=R_CALL runtime.printunlock+0
	rel 590+4 t=R_CALL runtime.printlock+0
	rel 595+4 t=R_CALL runtime.printnl+0
	rel 600+4 t=R_CALL runtime.printunlock+0
	rel 607+4 t=R_PCREL main..stmp_0+0
	rel 614+4 t=R_PCREL main..stmp_1+0
	rel 623+4 t=R_PCREL main..stmp_0+16
	rel 630+4 t=R_PCREL main..stmp_1+16
	rel 652+4 t=R_PCREL main..stmp_2+0
	rel 659+4 t=R_PCREL main..stmp_3+0
	rel 668+4 t=R_PCREL main..stmp_2+16
	rel 675+4 t=R_PCREL main..stmp_3+16
	rel 688+4 t=R_PCREL go:string."x"+0
	rel 695+4 t=R_PCREL go:string."y"+0
	rel 705+4 t=R_CALL runtime.memequal+0
	rel 727+4 t=R_PCREL main..stmp_5+-1
	rel 737+4 t=R_PCREL main..stmp_5+7
	rel 760+4 t=R_PCREL main..stmp_6+0
	rel 767+4 t=R_PCREL main..stmp_7+0
	rel 772+4 t=R_CALL type:.eq.SS+0
	rel 781+4 t=R_CALL runtime.printlock+0
	rel 791+4 t=R_CALL runtime.printbool+0
	rel 801+4 t=R_CALL runtime.printsp+0
	rel 811+4 t=R_CALL runtime.printbool+0
	rel 816+4 t=R_CALL runtime.printsp+0
	rel 826+4 t=R_CALL runtime.printbool+0
	rel 833+4 t=R_CALL runtime.printsp+0
	rel 846+4 t=R_CALL runtime.printbool+0
	rel 851+4 t=R_CALL runtime.printnl+0
	rel 856+4 t=R_CALL runtime.printunlock+0
	rel 863+4 t=R_PCREL type:main.pair+0
	rel 870+4 t=R_PCREL main..stmp_8+0
	rel 880+4 t=R_PCREL main..stmp_9+0
	rel 885+4 t=R_CALL main.compareAny+0
	rel 908+4 t=R_PCREL type:main.pair+0
	rel 915+4 t=R_PCREL main..stmp_10+0
	rel 925+4 t=R_PCREL main..stmp_11+0
	rel 930+4 t=R_CALL main.compareAny+0
	rel 953+4 t=R_PCREL type:int+0
	rel 960+4 t=R_PCREL main..stmp_12+0
	rel 967+4 t=R_PCREL type:string+0
	rel 974+4 t=R_PCREL main..stmp_13+0
	rel 979+4 t=R_CALL main.compareAny+0
	rel 1000+4 t=R_CALL runtime.printlock+0
	rel 1025+4 t=R_CALL runtime.printstring+0
	rel 1030+4 t=R_CALL runtime.printsp+0
	rel 1051+4 t=R_CALL runtime.printstring+0
	rel 1057+4 t=R_CALL runtime.printsp+0
	rel 1078+4 t=R_CALL runtime.printstring+0
	rel 1083+4 t=R_CALL runtime.printnl+0
	rel 1089+4 t=R_CALL runtime.printunlock+0
	rel 1200+4 t=R_PCREL type:[]int+0
	rel 1224+4 t=R_CALL main.compareAny+0
	rel 1249+4 t=R_CALL runtime.printlock+0
	rel 1270+4 t=R_CALL runtime.printstring+0
	rel 1275+4 t=R_CALL runtime.printnl+0
	rel 1281+4 t=R_CALL runtime.printunlock+0
	rel 1386+4 t=R_CALL runtime.rand+0
	rel 1401+4 t=R_PCREL type:map[int]int+0
	rel 1416+4 t=R_PCREL type:int+0
	rel 1423+4 t=R_PCREL main..stmp_14+0
	rel 1428+4 t=R_CALL main.compareAny+0
	rel 1449+4 t=R_CALL runtime.printlock+0
	rel 1473+4 t=R_CALL runtime.printstring+0
	rel 1478+4 t=R_CALL runtime.printnl+0
	rel 1483+4 t=R_CALL runtime.printunlock+0
	rel 1490+4 t=R_PCREL main.main.func1·f+0
	rel 1495+4 t=R_CALL main.callNil+0
	rel 1510+4 t=R_CALL main.callNil+0
	rel 1523+4 t=R_CALL runtime.printlock+0
	rel 1537+4 t=R_CALL runtime.printint+0
	rel 1542+4 t=R_CALL runtime.printsp+0
	rel 1555+4 t=R_CALL runtime.printint+0
	rel 1560+4 t=R_CALL runtime.printnl+0
	rel 1569+4 t=R_CALL runtime.printunlock+0
	rel 1609+4 t=R_PCREL type:uint8+0
	rel 1614+4 t=R_CALL runtime.growslice+0
	rel 1665+4 t=R_CALL runtime.slicebytetostring+0
	rel 1686+4 t=R_CALL runtime.printlock+0
	rel 1707+4 t=R_CALL runtime.printstring+0
	rel 1712+4 t=R_CALL runtime.printsp+0
	rel 1722+4 t=R_CALL runtime.printint+0
	rel 1729+4 t=R_CALL runtime.printnl+0
	rel 1734+4 t=R_CALL runtime.printunlock+0
	rel 1749+4 t=R_PCREL go:string."J"+0
	rel 1793+4 t=R_CALL runtime.slicebytetostring+0
	rel 1814+4 t=R_CALL runtime.printlock+0
	rel 1825+4 t=R_CALL runtime.printint+0
	rel 1830+4 t=R_CALL runtime.printsp+0
	rel 1851+4 t=R_CALL runtime.printstring+0
	rel 1857+4 t=R_CALL runtime.printnl+0
	rel 1862+4 t=R_CALL runtime.printunlock+0
	rel 1900+4 t=R_CALL runtime.printlock+0
	rel 1913+4 t=R_CALL runtime.printint+0
	rel 1926+4 t=R_CALL runtime.printint+0
	rel 1931+4 t=R_CALL runtime.printsp+0
	rel 1936+4 t=R_CALL runtime.printunlock+0
	rel 1978+4 t=R_CALL runtime.printlock+0
	rel 1985+4 t=R_CALL runtime.printnl+0
	rel 1990+4 t=R_CALL runtime.printunlock+0
	rel 2004+4 t=R_CALL runtime.panicBounds+0
	rel 2010+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1 STEXT nosplit size=6 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (misc_language.go:63)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (misc_language.go:63)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (misc_language.go:63)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (misc_language.go:63)	MOVL	$7, AX
	0x0005 00005 (misc_language.go:63)	RET
	0x0000 b8 07 00 00 00 c3                                ......
type:.eq.M8S STEXT dupok size=88 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M8S(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	61
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M8S.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M8S.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0011 00017 (<autogenerated>:1)	CMPQ	(BX), DX
	0x0014 00020 (<autogenerated>:1)	JNE	53
	0x0016 00022 (<autogenerated>:1)	MOVQ	16(AX), CX
	0x001a 00026 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	16(BX), CX
	0x0024 00036 (<autogenerated>:1)	JNE	53
	0x0026 00038 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x002a 00042 (<autogenerated>:1)	MOVQ	8(BX), BX
	0x002e 00046 (<autogenerated>:1)	PCDATA	$1, $1
	0x002e 00046 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0033 00051 (<autogenerated>:1)	JMP	55
	0x0035 00053 (<autogenerated>:1)	XORL	AX, AX
	0x0037 00055 (<autogenerated>:1)	ADDQ	$24, SP
	0x003b 00059 (<autogenerated>:1)	POPQ	BP
	0x003c 00060 (<autogenerated>:1)	RET
	0x003d 00061 (<autogenerated>:1)	NOP
	0x003d 00061 (<autogenerated>:1)	PCDATA	$1, $-1
	0x003d 00061 (<autogenerated>:1)	PCDATA	$0, $-2
	0x003d 00061 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0042 00066 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0047 00071 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004c 00076 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004c 00076 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0051 00081 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0056 00086 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 37 55 48 89 e5 48 83 ec 18 48 8b  I;f.v7UH..H...H.
	0x0010 10 48 39 13 75 1f 48 8b 48 10 66 0f 1f 44 00 00  .H9.u.H.H.f..D..
	0x0020 48 39 4b 10 75 0f 48 8b 40 08 48 8b 5b 08 e8 00  H9K.u.H.@.H.[...
	0x0030 00 00 00 eb 02 31 c0 48 83 c4 18 5d c3 48 89 44  .....1.H...].H.D
	0x0040 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24  $.H.\$......H.D$
	0x0050 08 48 8b 5c 24 10 eb a8                          .H.\$...
	rel 47+4 t=R_CALL runtime.memequal+0
	rel 72+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.SS STEXT dupok size=127 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.SS(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	100
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SS.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SS.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	8(AX), CX
	0x0012 00018 (<autogenerated>:1)	CMPQ	8(BX), CX
	0x0016 00022 (<autogenerated>:1)	JNE	92
	0x0018 00024 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x001c 00028 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	24(BX), DX
	0x0024 00036 (<autogenerated>:1)	JNE	92
	0x0026 00038 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x002b 00043 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
	0x0030 00048 (<autogenerated>:1)	PCDATA	$3, $-1
	0x0030 00048 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0033 00051 (<autogenerated>:1)	MOVQ	(BX), BX
	0x0036 00054 (<autogenerated>:1)	PCDATA	$1, $0
	0x0036 00054 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x003b 00059 (<autogenerated>:1)	TESTB	AL, AL
	0x003d 00061 (<autogenerated>:1)	JEQ	92
	0x003f 00063 (<autogenerated>:1)	MOVQ	main.p+40(SP), DX
	0x0044 00068 (<autogenerated>:1)	MOVQ	16(DX), AX
	0x0048 00072 (<autogenerated>:1)	MOVQ	main.q+48(SP), SI
	0x004d 00077 (<autogenerated>:1)	MOVQ	16(SI), BX
	0x0051 00081 (<autogenerated>:1)	MOVQ	24(DX), CX
	0x0055 00085 (<autogenerated>:1)	PCDATA	$1, $1
	0x0055 00085 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x005a 00090 (<autogenerated>:1)	JMP	94
	0x005c 00092 (<autogenerated>:1)	PCDATA	$3, $1
	0x005c 00092 (<autogenerated>:1)	XORL	AX, AX
	0x005e 00094 (<autogenerated>:1)	ADDQ	$24, SP
	0x0062 00098 (<autogenerated>:1)	POPQ	BP
	0x0063 00099 (<autogenerated>:1)	RET
	0x0064 00100 (<autogenerated>:1)	NOP
	0x0064 00100 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0064 00100 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0064 00100 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0069 00105 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x006e 00110 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0073 00115 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0073 00115 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0078 00120 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x007d 00125 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 5e 55 48 89 e5 48 83 ec 18 48 8b  I;f.v^UH..H...H.
	0x0010 48 08 48 39 4b 08 75 44 48 8b 50 18 0f 1f 40 00  H.H9K.uDH.P...@.
	0x0020 48 39 53 18 75 36 48 89 44 24 28 48 89 5c 24 30  H9S.u6H.D$(H.\$0
	0x0030 48 8b 00 48 8b 1b e8 00 00 00 00 84 c0 74 1d 48  H..H.........t.H
	0x0040 8b 54 24 28 48 8b 42 10 48 8b 74 24 30 48 8b 5e  .T$(H.B.H.t$0H.^
	0x0050 10 48 8b 4a 18 e8 00 00 00 00 eb 02 31 c0 48 83  .H.J........1.H.
	0x0060 c4 18 5d c3 48 89 44 24 08 48 89 5c 24 10 e8 00  ..].H.D$.H.\$...
	0x0070 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 eb 81     ...H.D$.H.\$...
	rel 55+4 t=R_CALL runtime.memequal+0
	rel 86+4 t=R_CALL runtime.memequal+0
	rel 111+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.kind$abstract SDWARFABSFCN dupok size=23 align=0x0
	0x0000 05 6d 61 69 6e 2e 6b 69 6e 64 00 01 09 01 22 73  .main.kind...."s
	0x0010 00 00 00 00 00 00 00                             .......
	rel 18+4 t=R_DWARFSECREF go:info.string+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.M8S SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.M8S+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.pair- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 6d 61 69 6e 2e 70 61 69 72              ..*main.pair
type:*main.pair SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 04 24 80 88 28 08 08 16 00 00 00 00 00 00 00 00  .$..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.pair-+0
	rel 48+8 t=R_ADDR type:main.pair+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.a- SRODATA dupok size=3 align=0x1
	0x0000 00 01 61                                         ..a
type:.namedata.b- SRODATA dupok size=3 align=0x1
	0x0000 00 01 62                                         ..b
type:main.pair SRODATA size=144 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 34 01 e1 65 07 08 08 19 00 00 00 00 00 00 00 00  4..e............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M8S+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.pair-+0
	rel 44+4 t=R_ADDROFF type:*main.pair+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.pair+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.a-+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.b-+0
	rel 128+8 t=R_ADDR type:string+0
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
go:string."equal" SRODATA dupok size=5 align=0x1
	0x0000 65 71 75 61 6c                                   equal
go:string."different" SRODATA dupok size=9 align=0x1
	0x0000 64 69 66 66 65 72 65 6e 74                       different
main..typeAssert.0 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:error+0
type:.eqfunc.M17 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 11 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }- SRODATA dupok size=389 align=0x1
	0x0000 00 82 03 2a 73 74 72 75 63 74 20 7b 20 43 61 63  ...*struct { Cac
	0x0010 68 65 20 2a 73 74 72 75 63 74 20 7b 20 4d 61 73  he *struct { Mas
	0x0020 6b 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69  k uintptr; Entri
	0x0030 65 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  es [1]struct { T
	0x0040 79 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62  yp uintptr; Itab
	0x0050 20 75 69 6e 74 70 74 72 20 7d 20 7d 3b 20 49 6e   uintptr } }; In
	0x0060 74 65 72 20 2a 73 74 72 75 63 74 20 7b 20 54 79  ter *struct { Ty
	0x0070 70 65 20 73 74 72 75 63 74 20 7b 20 53 69 7a 65  pe struct { Size
	0x0080 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42 79  _ uintptr; PtrBy
	0x0090 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61 73  tes uintptr; Has
	0x00a0 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67 20  h uint32; TFlag 
	0x00b0 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75 69  uint8; Align_ ui
	0x00c0 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e 5f  nt8; FieldAlign_
	0x00d0 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75 69   uint8; Kind_ ui
	0x00e0 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61 66  nt8; Equal unsaf
	0x00f0 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61 74  e.Pointer; GCDat
	0x0100 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69 6e  a *uint8; Str in
	0x0110 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20 69  t32; PtrToThis i
	0x0120 6e 74 33 32 20 7d 3b 20 50 6b 67 50 61 74 68 20  nt32 }; PkgPath 
	0x0130 73 74 72 75 63 74 20 7b 20 42 79 74 65 73 20 2a  struct { Bytes *
	0x0140 75 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f 64 73  uint8 }; Methods
	0x0150 20 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61 6d 65   []struct { Name
	0x0160 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33   int32; Typ int3
	0x0170 32 20 7d 20 7d 3b 20 43 61 6e 46 61 69 6c 20 62  2 } }; CanFail b
	0x0180 6f 6f 6c 20 7d                                   ool }
type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 06 49 a7 78 28 08 08 16 00 00 00 00 00 00 00 00  .I.x(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }-+0
	rel 48+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+0
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }- SRODATA dupok size=75 align=0x1
	0x0000 00 49 2a 73 74 72 75 63 74 20 7b 20 4d 61 73 6b  .I*struct { Mask
	0x0010 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69 65   uintptr; Entrie
	0x0020 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54 79  s [1]struct { Ty
	0x0030 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20  p uintptr; Itab 
	0x0040 75 69 6e 74 70 74 72 20 7d 20 7d                 uintptr } }
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  .(*[1]struct { T
	0x0010 79 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62  yp uintptr; Itab
	0x0020 20 75 69 6e 74 70 74 72 20 7d                     uintptr }
type:*[1]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 68 d6 05 da 28 08 08 16 00 00 00 00 00 00 00 00  h...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[1]struct { Typ uintptr; Itab uintptr }+0
type:.namedata.*struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 73 74 72 75 63 74 20 7b 20 54 79 70 20  .%*struct { Typ 
	0x0010 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20 75 69  uintptr; Itab ui
	0x0020 6e 74 70 74 72 20 7d                             ntptr }
type:*struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6a a8 34 30 28 08 08 16 00 00 00 00 00 00 00 00  j.40(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
type:.namedata.Typ. SRODATA dupok size=5 align=0x1
	0x0000 01 03 54 79 70                                   ..Typ
type:.namedata.Itab. SRODATA dupok size=6 align=0x1
	0x0000 01 04 49 74 61 62                                ..Itab
type:struct { Typ uintptr; Itab uintptr } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 db 85 a0 2a 0a 08 08 19 00 00 00 00 00 00 00 00  ...*............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Typ uintptr; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+80
	rel 80+8 t=R_ADDR type:.namedata.Typ.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Itab.+0
	rel 112+8 t=R_ADDR type:uintptr+0
type:.namedata.*[]struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=41 align=0x1
	0x0000 00 27 2a 5b 5d 73 74 72 75 63 74 20 7b 20 54 79  .'*[]struct { Ty
	0x0010 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20  p uintptr; Itab 
	0x0020 75 69 6e 74 70 74 72 20 7d                       uintptr }
type:*[]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c8 78 f2 9f 28 08 08 16 00 00 00 00 00 00 00 00  .x..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[]struct { Typ uintptr; Itab uintptr }+0
type:[]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a8 35 dd 88 02 08 08 17 00 00 00 00 00 00 00 00  .5..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Typ uintptr; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
type:[1]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=72 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 86 a7 6f bb 0a 08 08 11 00 00 00 00 00 00 00 00  ..o.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[1]struct { Typ uintptr; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:[]struct { Typ uintptr; Itab uintptr }+0
type:.namedata.Mask. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4d 61 73 6b                                ..Mask
type:.namedata.Entries. SRODATA dupok size=9 align=0x1
	0x0000 01 07 45 6e 74 72 69 65 73                       ..Entries
type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 e1 10 5d 01 0a 08 08 19 00 00 00 00 00 00 00 00  ..].............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
	rel 56+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+80
	rel 80+8 t=R_ADDR type:.namedata.Mask.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Entries.+0
	rel 112+8 t=R_ADDR type:[1]struct { Typ uintptr; Itab uintptr }+0
type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 10 2f 04 74 28 08 08 16 00 00 00 00 00 00 00 00  ./.t(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }-+0
	rel 48+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }- SRODATA dupok size=276 align=0x1
	0x0000 00 91 02 2a 73 74 72 75 63 74 20 7b 20 54 79 70  ...*struct { Typ
	0x0010 65 20 73 74 72 75 63 74 20 7b 20 53 69 7a 65 5f  e struct { Size_
	0x0020 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42 79 74   uintptr; PtrByt
	0x0030 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61 73 68  es uintptr; Hash
	0x0040 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67 20 75   uint32; TFlag u
	0x0050 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75 69 6e  int8; Align_ uin
	0x0060 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e 5f 20  t8; FieldAlign_ 
	0x0070 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75 69 6e  uint8; Kind_ uin
	0x0080 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61 66 65  t8; Equal unsafe
	0x0090 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61 74 61  .Pointer; GCData
	0x00a0 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69 6e 74   *uint8; Str int
	0x00b0 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20 69 6e  32; PtrToThis in
	0x00c0 74 33 32 20 7d 3b 20 50 6b 67 50 61 74 68 20 73  t32 }; PkgPath s
	0x00d0 74 72 75 63 74 20 7b 20 42 79 74 65 73 20 2a 75  truct { Bytes *u
	0x00e0 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f 64 73 20  int8 }; Methods 
	0x00f0 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61 6d 65 20  []struct { Name 
	0x0100 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33 32  int32; Typ int32
	0x0110 20 7d 20 7d                                       } }
runtime.gcbits.d800000000000000 SRODATA dupok size=8 align=0x8
	0x0000 d8 00 00 00 00 00 00 00                          ........
type:.eqfunc.M48 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }- SRODATA dupok size=183 align=0x1
	0x0000 00 b4 01 2a 73 74 72 75 63 74 20 7b 20 53 69 7a  ...*struct { Siz
	0x0010 65 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42  e_ uintptr; PtrB
	0x0020 79 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61  ytes uintptr; Ha
	0x0030 73 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67  sh uint32; TFlag
	0x0040 20 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75   uint8; Align_ u
	0x0050 69 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e  int8; FieldAlign
	0x0060 5f 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75  _ uint8; Kind_ u
	0x0070 69 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61  int8; Equal unsa
	0x0080 66 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61  fe.Pointer; GCDa
	0x0090 74 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69  ta *uint8; Str i
	0x00a0 6e 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20  nt32; PtrToThis 
	0x00b0 69 6e 74 33 32 20 7d                             int32 }
type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 02 b5 e2 b8 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }-+0
	rel 48+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
runtime.gcbits.1800000000000000 SRODATA dupok size=8 align=0x8
	0x0000 18 00 00 00 00 00 00 00                          ........
type:.namedata.Size_. SRODATA dupok size=7 align=0x1
	0x0000 01 05 53 69 7a 65 5f                             ..Size_
type:.namedata.PtrBytes. SRODATA dupok size=10 align=0x1
	0x0000 01 08 50 74 72 42 79 74 65 73                    ..PtrBytes
type:.namedata.Hash. SRODATA dupok size=6 align=0x1
	0x0000 01 04 48 61 73 68                                ..Hash
type:.namedata.TFlag. SRODATA dupok size=7 align=0x1
	0x0000 01 05 54 46 6c 61 67                             ..TFlag
type:.namedata.Align_. SRODATA dupok size=8 align=0x1
	0x0000 01 06 41 6c 69 67 6e 5f                          ..Align_
type:.namedata.FieldAlign_. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 46 69 65 6c 64 41 6c 69 67 6e 5f           ..FieldAlign_
type:.namedata.Kind_. SRODATA dupok size=7 align=0x1
	0x0000 01 05 4b 69 6e 64 5f                             ..Kind_
type:.namedata.Equal. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 71 75 61 6c                             ..Equal
type:.namedata.GCData. SRODATA dupok size=8 align=0x1
	0x0000 01 06 47 43 44 61 74 61                          ..GCData
type:.namedata.Str. SRODATA dupok size=5 align=0x1
	0x0000 01 03 53 74 72                                   ..Str
type:.namedata.PtrToThis. SRODATA dupok size=11 align=0x1
	0x0000 01 09 50 74 72 54 6f 54 68 69 73                 ..PtrToThis
type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=344 align=0x8
	0x0000 30 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  0.......(.......
	0x0010 df 8b 27 19 0a 08 08 19 00 00 00 00 00 00 00 00  ..'.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 0b 00 00 00 00 00 00 00 0b 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 14 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00c0 15 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00d0 00 00 00 00 00 00 00 00 16 00 00 00 00 00 00 00  ................
	0x00e0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00f0 17 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0100 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0110 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0120 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0130 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0140 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0150 2c 00 00 00 00 00 00 00                          ,.......
	rel 24+8 t=R_ADDR type:.eqfunc.M48+0
	rel 32+8 t=R_ADDR runtime.gcbits.1800000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
	rel 56+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+80
	rel 80+8 t=R_ADDR type:.namedata.Size_.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.PtrBytes.+0
	rel 112+8 t=R_ADDR type:uintptr+0
	rel 128+8 t=R_ADDR type:.namedata.Hash.+0
	rel 136+8 t=R_ADDR type:uint32+0
	rel 152+8 t=R_ADDR type:.namedata.TFlag.+0
	rel 160+8 t=R_ADDR type:uint8+0
	rel 176+8 t=R_ADDR type:.namedata.Align_.+0
	rel 184+8 t=R_ADDR type:uint8+0
	rel 200+8 t=R_ADDR type:.namedata.FieldAlign_.+0
	rel 208+8 t=R_ADDR type:uint8+0
	rel 224+8 t=R_ADDR type:.namedata.Kind_.+0
	rel 232+8 t=R_ADDR type:uint8+0
	rel 248+8 t=R_ADDR type:.namedata.Equal.+0
	rel 256+8 t=R_ADDR type:unsafe.Pointer+0
	rel 272+8 t=R_ADDR type:.namedata.GCData.+0
	rel 280+8 t=R_ADDR type:*uint8+0
	rel 296+8 t=R_ADDR type:.namedata.Str.+0
	rel 304+8 t=R_ADDR type:int32+0
	rel 320+8 t=R_ADDR type:.namedata.PtrToThis.+0
	rel 328+8 t=R_ADDR type:int32+0
type:.namedata.*struct { Bytes *uint8 }- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 73 74 72 75 63 74 20 7b 20 42 79 74 65  ..*struct { Byte
	0x0010 73 20 2a 75 69 6e 74 38 20 7d                    s *uint8 }
type:*struct { Bytes *uint8 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ae f3 83 e0 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Bytes *uint8 }-+0
	rel 48+8 t=R_ADDR type:struct { Bytes *uint8 }+0
type:.namedata.Bytes. SRODATA dupok size=7 align=0x1
	0x0000 01 05 42 79 74 65 73                             ..Bytes
type:struct { Bytes *uint8 } SRODATA dupok size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5b b6 9b 9b 2a 08 08 19 00 00 00 00 00 00 00 00  [...*...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Bytes *uint8 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Bytes *uint8 }+0
	rel 56+8 t=R_ADDR type:struct { Bytes *uint8 }+80
	rel 80+8 t=R_ADDR type:.namedata.Bytes.+0
	rel 88+8 t=R_ADDR type:*uint8+0
type:.namedata.*[]struct { Name int32; Typ int32 }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61  .#*[]struct { Na
	0x0010 6d 65 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e  me int32; Typ in
	0x0020 74 33 32 20 7d                                   t32 }
type:*[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f3 48 29 f7 28 08 08 16 00 00 00 00 00 00 00 00  .H).(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Name int32; Typ int32 }-+0
	rel 48+8 t=R_ADDR type:[]struct { Name int32; Typ int32 }+0
type:.namedata.*struct { Name int32; Typ int32 }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 73 74 72 75 63 74 20 7b 20 4e 61 6d 65  .!*struct { Name
	0x0010 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33   int32; Typ int3
	0x0020 32 20 7d                                         2 }
type:*struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2b b2 f8 3c 28 08 08 16 00 00 00 00 00 00 00 00  +..<(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Name int32; Typ int32 }-+0
	rel 48+8 t=R_ADDR type:struct { Name int32; Typ int32 }+0
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:struct { Name int32; Typ int32 } SRODATA dupok size=128 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 70 40 f5 d0 0a 04 04 19 00 00 00 00 00 00 00 00  p@..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Name int32; Typ int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Name int32; Typ int32 }+0
	rel 56+8 t=R_ADDR type:struct { Name int32; Typ int32 }+80
	rel 80+8 t=R_ADDR type:.namedata.Name.+0
	rel 88+8 t=R_ADDR type:int32+0
	rel 104+8 t=R_ADDR type:.namedata.Typ.+0
	rel 112+8 t=R_ADDR type:int32+0
type:[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 14 9c 61 d5 02 08 08 17 00 00 00 00 00 00 00 00  ..a.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Name int32; Typ int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Name int32; Typ int32 }+0
	rel 48+8 t=R_ADDR type:struct { Name int32; Typ int32 }+0
type:.namedata.Type. SRODATA dupok size=6 align=0x1
	0x0000 01 04 54 79 70 65                                ..Type
type:.namedata.PkgPath. SRODATA dupok size=9 align=0x1
	0x0000 01 07 50 6b 67 50 61 74 68                       ..PkgPath
type:.namedata.Methods. SRODATA dupok size=9 align=0x1
	0x0000 01 07 4d 65 74 68 6f 64 73                       ..Methods
type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=152 align=0x8
	0x0000 50 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  P.......@.......
	0x0010 e5 c7 ba fd 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 38 00 00 00 00 00 00 00                          8.......
	rel 32+8 t=R_ADDR runtime.gcbits.d800000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 56+8 t=R_ADDR type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+80
	rel 80+8 t=R_ADDR type:.namedata.Type.+0
	rel 88+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
	rel 104+8 t=R_ADDR type:.namedata.PkgPath.+0
	rel 112+8 t=R_ADDR type:struct { Bytes *uint8 }+0
	rel 128+8 t=R_ADDR type:.namedata.Methods.+0
	rel 136+8 t=R_ADDR type:[]struct { Name int32; Typ int32 }+0
type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f0 fb ae 4a 28 08 08 16 00 00 00 00 00 00 00 00  ...J(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 48+8 t=R_ADDR type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:.namedata.Cache. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 61 63 68 65                             ..Cache
type:.namedata.Inter. SRODATA dupok size=7 align=0x1
	0x0000 01 05 49 6e 74 65 72                             ..Inter
type:.namedata.CanFail. SRODATA dupok size=9 align=0x1
	0x0000 01 07 43 61 6e 46 61 69 6c                       ..CanFail
type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 01 09 29 f8 02 08 08 19 00 00 00 00 00 00 00 00  ..).............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M17+0
	rel 32+8 t=R_ADDR runtime.gcbits.0300000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+0
	rel 56+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+80
	rel 80+8 t=R_ADDR type:.namedata.Cache.+0
	rel 88+8 t=R_ADDR type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
	rel 104+8 t=R_ADDR type:.namedata.Inter.+0
	rel 112+8 t=R_ADDR type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 128+8 t=R_ADDR type:.namedata.CanFail.+0
	rel 136+8 t=R_ADDR type:bool+0
main..typeAssert.1 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:error+0
go:string."recovered:" SRODATA dupok size=10 align=0x1
	0x0000 72 65 63 6f 76 65 72 65 64 3a                    recovered:
go:string."recovered: " SRODATA dupok size=11 align=0x1
	0x0000 72 65 63 6f 76 65 72 65 64 3a 20                 recovered: 
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
go:string."y" SRODATA dupok size=1 align=0x1
	0x0000 79                                               y
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."c" SRODATA dupok size=1 align=0x1
	0x0000 63                                               c
go:string."1" SRODATA dupok size=1 align=0x1
	0x0000 31                                               1
go:string."range int" SRODATA dupok size=9 align=0x1
	0x0000 72 61 6e 67 65 20 69 6e 74                       range int
go:string."range int " SRODATA dupok size=10 align=0x1
	0x0000 72 61 6e 67 65 20 69 6e 74 20                    range int 
go:string."alpha" SRODATA dupok size=5 align=0x1
	0x0000 61 6c 70 68 61                                   alpha
go:string."beta" SRODATA dupok size=4 align=0x1
	0x0000 62 65 74 61                                      beta
go:string."gamma" SRODATA dupok size=5 align=0x1
	0x0000 67 61 6d 6d 61                                   gamma
go:string."delta" SRODATA dupok size=5 align=0x1
	0x0000 64 65 6c 74 61                                   delta
go:string."eta" SRODATA dupok size=3 align=0x1
	0x0000 65 74 61                                         eta
go:string."omega" SRODATA dupok size=5 align=0x1
	0x0000 6f 6d 65 67 61                                   omega
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."hello" SRODATA dupok size=5 align=0x1
	0x0000 68 65 6c 6c 6f                                   hello
go:string.", world" SRODATA dupok size=7 align=0x1
	0x0000 2c 20 77 6f 72 6c 64                             , world
go:string."J" SRODATA dupok size=1 align=0x1
	0x0000 4a                                               J
main..stmp_0 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."x"+0
main..stmp_1 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."x"+0
main..stmp_2 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."x"+0
main..stmp_3 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."y"+0
main..stmp_4 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0010 03 00 00 00 00 00 00 00                          ........
type:.namedata.*[3]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 33 5d 69 6e 74                       ..*[3]int
type:*[3]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b7 3d 5f b8 28 08 08 16 00 00 00 00 00 00 00 00  .=_.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]int-+0
	rel 48+8 t=R_ADDR type:[3]int+0
type:[3]int SRODATA dupok size=72 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 15 fb 40 2d 0a 08 08 11 00 00 00 00 00 00 00 00  ..@-............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]int-+0
	rel 44+4 t=RelocType(-32763) type:*[3]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
main..stmp_5 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0010 03 00 00 00 00 00 00 00                          ........
main..stmp_6 SRODATA static size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."a"+0
	rel 16+8 t=R_ADDR go:string."b"+0
type:.eqfunc.SS SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.SS+0
type:.namedata.*[2]string- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 32 5d 73 74 72 69 6e 67              ..*[2]string
type:*[2]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d5 1a 98 59 28 08 08 16 00 00 00 00 00 00 00 00  ...Y(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[2]string-+0
	rel 48+8 t=R_ADDR type:[2]string+0
runtime.gcbits.0500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 05 00 00 00 00 00 00 00                          ........
type:[2]string SRODATA dupok size=72 align=0x8
	0x0000 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0010 56 69 2c 22 02 08 08 11 00 00 00 00 00 00 00 00  Vi,"............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.SS+0
	rel 32+8 t=R_ADDR runtime.gcbits.0500000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[2]string-+0
	rel 44+4 t=RelocType(-32763) type:*[2]string+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:[]string+0
main..stmp_7 SRODATA static size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."a"+0
	rel 16+8 t=R_ADDR go:string."c"+0
main..stmp_8 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."x"+0
main..stmp_9 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."x"+0
main..stmp_10 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."x"+0
main..stmp_11 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."y"+0
main..stmp_12 SRODATA static size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
main..stmp_13 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."1"+0
main..stmp_14 SRODATA static size=8 align=0x8
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
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
runtime.gcbits.5505000000000000 SRODATA dupok size=8 align=0x8
	0x0000 55 05 00 00 00 00 00 00                          U.......
main.main.func1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func1+0
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.kind.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.kind.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·G+rJRP5ROD759y5ZP5Xi3g== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 04 00 00 00 0a 00                    ..........
gclocals·TggWaExUwDZc5d5PnqhOxw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 05 00 00 00 00 11                    ..........
main.compareAny.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d8 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.compareAny.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
main.compareAny.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 fd fe 10 08 18 08 fd ff           .............
main.compareAny.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·sfOxBcdnNBiCaiOXpthwPg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 02 03                 ...........
gclocals·wSZsRWWmrOmngSuEx9VDDg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 00 04                    ..........
main.callNil.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.callNil.opendefer SRODATA dupok size=2 align=0x1
	0x0000 21 08                                            !.
main.callNil.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.callNil.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·rqJoKzZLYiGj2fjHL7RopA== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 03 00 00 00 00 04 01 02              ............
gclocals·XhHydcwudYgAAAHTAKMedg== SRODATA dupok size=8 align=0x4
	0x0000 0a 00 00 00 00 00 00 00                          ........
gclocals·FMLyv5bqFK2YhIRnc80/kg== SRODATA dupok size=48 align=0x4
	0x0000 0a 00 00 00 1d 00 00 00 00 00 00 00 10 00 00 00  ................
	0x0010 08 00 00 00 0c 00 00 00 0e 00 00 00 06 00 00 00  ................
	0x0020 02 00 00 00 80 00 00 00 01 00 00 00 09 00 00 00  ................
main.main.stkobj SRODATA static size=72 align=0x8
	0x0000 04 00 00 00 00 00 00 00 40 ff ff ff 30 00 00 00  ........@...0...
	0x0010 18 00 00 00 00 00 00 00 70 ff ff ff 18 00 00 00  ........p.......
	0x0020 08 00 00 00 00 00 00 00 88 ff ff ff 18 00 00 00  ................
	0x0030 08 00 00 00 00 00 00 00 a0 ff ff ff 60 00 00 00  ............`...
	0x0040 58 00 00 00 00 00 00 00                          X.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.5505000000000000+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.M8S.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.M8S.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.SS.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SS.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
