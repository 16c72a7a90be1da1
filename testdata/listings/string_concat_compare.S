funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (string_concat_compare.go:26)	TEXT	main.main(SB), ABIInternal, $664-0
     0        00000 (string_concat_compare.go:26)	TEXT	main.main(SB), ABIInternal, $664-0
     0     -1 00000 (string_concat_compare.go:26)	LEAQ	-536(SP), R12
     8        00008 (string_concat_compare.go:26)	CMPQ	R12, 16(R14)
     c        00012 (string_concat_compare.go:26)	PCDATA	$0, $-2
     c        00012 (string_concat_compare.go:26)	JLS	1886
    12        00018 (string_concat_compare.go:26)	PCDATA	$0, $-1
    12        00018 (string_concat_compare.go:26)	PUSHQ	BP
    13        00019 (string_concat_compare.go:26)	MOVQ	SP, BP
    16        00022 (string_concat_compare.go:26)	SUBQ	$656, SP
    1d        00029 (string_concat_compare.go:26)	FUNCDATA	$0, gclocals·XhHydcwudYgAAAHTAKMedg==(SB)
    1d        00029 (string_concat_compare.go:26)	FUNCDATA	$1, gclocals·M6GVUgZOQpHPdfhcCYAsaw==(SB)
    1d        00029 (string_concat_compare.go:26)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (string_concat_compare.go:28)	MOVQ	$3, main..autotmp_15+536(SP)
    29        00041 (string_concat_compare.go:28)	LEAQ	go:string."foo"(SB), DX
    30        00048 (string_concat_compare.go:28)	MOVQ	DX, main..autotmp_15+528(SP)
    38        00056 (string_concat_compare.go:28)	MOVQ	$1, main..autotmp_15+552(SP)
    44        00068 (string_concat_compare.go:28)	LEAQ	go:string."-"(SB), SI
    4b        00075 (string_concat_compare.go:28)	MOVQ	SI, main..autotmp_15+544(SP)
    53        00083 (string_concat_compare.go:28)	MOVQ	$3, main..autotmp_15+568(SP)
    5f        00095 (string_concat_compare.go:28)	LEAQ	go:string."bar"(SB), R8
    66        00102 (string_concat_compare.go:28)	MOVQ	R8, main..autotmp_15+560(SP)
    6e        00110 (string_concat_compare.go:28)	MOVQ	$1, main..autotmp_15+584(SP)
    7a        00122 (string_concat_compare.go:28)	MOVQ	SI, main..autotmp_15+576(SP)
    82        00130 (string_concat_compare.go:28)	MOVQ	$3, main..autotmp_15+600(SP)
    8e        00142 (string_concat_compare.go:28)	LEAQ	go:string."baz"(SB), R9
    95        00149 (string_concat_compare.go:28)	MOVQ	R9, main..autotmp_15+592(SP)
    9d        00157 (string_concat_compare.go:28)	MOVQ	$1, main..autotmp_15+616(SP)
    a9        00169 (string_concat_compare.go:28)	MOVQ	SI, main..autotmp_15+608(SP)
    b1        00177 (string_concat_compare.go:28)	MOVQ	$3, main..autotmp_15+632(SP)
    bd        00189 (string_concat_compare.go:28)	MOVQ	DX, main..autotmp_15+624(SP)
    c5        00197 (string_concat_compare.go:28)	MOVQ	$3, main..autotmp_15+648(SP)
    d1        00209 (string_concat_compare.go:28)	MOVQ	R8, main..autotmp_15+640(SP)
    d9        00217 (string_concat_compare.go:28)	LEAQ	main..autotmp_22+48(SP), AX
    de        00222 (string_concat_compare.go:28)	LEAQ	main..autotmp_15+528(SP), BX
    e6        00230 (string_concat_compare.go:28)	MOVL	$8, CX
    eb        00235 (string_concat_compare.go:28)	MOVL	CX, DI
    ed        00237 (string_concat_compare.go:28)	PCDATA	$1, $0
    ed        00237 (string_concat_compare.go:28)	CALL	runtime.concatstrings(SB)
    f2        00242 (string_concat_compare.go:28)	MOVQ	AX, main.s.ptr+184(SP)
    fa        00250 (string_concat_compare.go:28)	MOVQ	BX, main.s.len+104(SP)
    ff        00255 (string_concat_compare.go:29)	PCDATA	$1, $1
    ff        00255 (string_concat_compare.go:29)	NOP
   100        00256 (string_concat_compare.go:29)	CALL	runtime.printlock(SB)
   105        00261 (string_concat_compare.go:29)	MOVQ	main.s.ptr+184(SP), AX
   10d        00269 (string_concat_compare.go:29)	MOVQ	main.s.len+104(SP), BX
   112        00274 (string_concat_compare.go:29)	PCDATA	$1, $0
   112        00274 (string_concat_compare.go:29)	CALL	runtime.printstring(SB)
   117        00279 (string_concat_compare.go:29)	CALL	runtime.printsp(SB)
   11c        00284 (string_concat_compare.go:29)	MOVQ	main.s.len+104(SP), AX
   121        00289 (string_concat_compare.go:29)	CALL	runtime.printint(SB)
   126        00294 (string_concat_compare.go:29)	CALL	runtime.printnl(SB)
   12b        00299 (string_concat_compare.go:29)	CALL	runtime.printunlock(SB)
   130        00304 (string_concat_compare.go:30)	MOVQ	$1, main..autotmp_17+488(SP)
   13c        00316 (string_concat_compare.go:30)	LEAQ	go:string."x"(SB), DX
   143        00323 (string_concat_compare.go:30)	MOVQ	DX, main..autotmp_17+480(SP)
   14b        00331 (string_concat_compare.go:30)	MOVQ	$2, main..autotmp_17+504(SP)
   157        00343 (string_concat_compare.go:30)	LEAQ	go:string."yy"(SB), DX
   15e        00350 (string_concat_compare.go:30)	MOVQ	DX, main..autotmp_17+496(SP)
   166        00358 (string_concat_compare.go:30)	MOVQ	$3, main..autotmp_17+520(SP)
   172        00370 (string_concat_compare.go:30)	LEAQ	go:string."zzz"(SB), DX
   179        00377 (string_concat_compare.go:30)	MOVQ	DX, main..autotmp_17+512(SP)
   181        00385 (string_concat_compare.go:30)	LEAQ	main..autotmp_17+480(SP), AX
   189        00393 (string_concat_compare.go:30)	MOVL	$3, BX
   18e        00398 (string_concat_compare.go:30)	MOVL	BX, CX
   190        00400 (string_concat_compare.go:30)	LEAQ	go:string.", "(SB), DI
   197        00407 (string_concat_compare.go:30)	MOVL	$2, SI
   19c        00412 (string_concat_compare.go:30)	NOP
   1a0        00416 (string_concat_compare.go:30)	CALL	main.join(SB)
   1a5        00421 (string_concat_compare.go:30)	MOVQ	AX, main..autotmp_70+248(SP)
   1ad        00429 (string_concat_compare.go:30)	MOVQ	BX, main..autotmp_71+168(SP)
   1b5        00437 (string_concat_compare.go:30)	PCDATA	$1, $2
   1b5        00437 (string_concat_compare.go:30)	CALL	runtime.printlock(SB)
   1ba        00442 (string_concat_compare.go:30)	MOVQ	main..autotmp_70+248(SP), AX
   1c2        00450 (string_concat_compare.go:30)	MOVQ	main..autotmp_71+168(SP), BX
   1ca        00458 (string_concat_compare.go:30)	PCDATA	$1, $0
   1ca        00458 (string_concat_compare.go:30)	CALL	runtime.printstring(SB)
   1cf        00463 (string_concat_compare.go:30)	CALL	runtime.printnl(SB)
   1d4        00468 (string_concat_compare.go:30)	CALL	runtime.printunlock(SB)
   1d9        00473 (string_concat_compare.go:31)	XORL	AX, AX
   1db        00475 (string_concat_compare.go:31)	XORL	BX, BX
   1dd        00477 (string_concat_compare.go:31)	MOVL	BX, CX
   1df        00479 (string_concat_compare.go:31)	LEAQ	go:string.","(SB), DI
   1e6        00486 (string_concat_compare.go:31)	MOVL	$1, SI
   1eb        00491 (string_concat_compare.go:31)	CALL	main.join(SB)
   1f0        00496 (string_concat_compare.go:31)	MOVQ	BX, main..autotmp_71+168(SP)
   1f8        00504 (string_concat_compare.go:31)	CALL	runtime.printlock(SB)
   1fd        00509 (string_concat_compare.go:31)	MOVQ	main..autotmp_71+168(SP), DX
   205        00517 (string_concat_compare.go:31)	TESTQ	DX, DX
   208        00520 (string_concat_compare.go:31)	SETEQ	AL
   20b        00523 (string_concat_compare.go:31)	CALL	runtime.printbool(SB)
   210        00528 (string_concat_compare.go:31)	CALL	runtime.printnl(SB)
   215        00533 (string_concat_compare.go:31)	CALL	runtime.printunlock(SB)
   21a        00538 (string_concat_compare.go:31)	XORL	AX, AX
   21c        00540 (string_concat_compare.go:31)	XORL	CX, CX
   21e        00542 (string_concat_compare.go:31)	XORL	DX, DX
   220        00544 (string_concat_compare.go:34)	JMP	641
   222        00546 (string_concat_compare.go:34)	MOVQ	AX, main.i+128(SP)
   22a        00554 (string_concat_compare.go:34)	MOVQ	AX, CX
   22d        00557 (string_concat_compare.go:35)	MOVQ	$-7094901566811366006, AX
   237        00567 (string_concat_compare.go:35)	MULQ	CX
   23a        00570 (string_concat_compare.go:35)	SHRQ	$4, DX
   23e        00574 (string_concat_compare.go:35)	IMUL3Q	$26, DX, DX
   242        00578 (string_concat_compare.go:35)	SUBQ	DX, CX
   245        00581 (string_concat_compare.go:35)	ADDQ	$97, CX
   249        00585 (string_concat_compare.go:35)	MOVLQSX	CX, BX
   24c        00588 (string_concat_compare.go:35)	XORL	AX, AX
   24e        00590 (string_concat_compare.go:35)	PCDATA	$1, $3
   24e        00590 (string_concat_compare.go:35)	CALL	runtime.intstring(SB)
   253        00595 (string_concat_compare.go:35)	MOVQ	main.long.len+112(SP), CX
   258        00600 (string_concat_compare.go:35)	MOVQ	AX, DI
   25b        00603 (string_concat_compare.go:35)	MOVQ	BX, SI
   25e        00606 (string_concat_compare.go:35)	XORL	AX, AX
   260        00608 (string_concat_compare.go:35)	MOVQ	main.long.ptr+224(SP), BX
   268        00616 (string_concat_compare.go:35)	PCDATA	$1, $0
   268        00616 (string_concat_compare.go:35)	CALL	runtime.concatstring2(SB)
   26d        00621 (string_concat_compare.go:34)	MOVQ	main.i+128(SP), CX
   275        00629 (string_concat_compare.go:34)	INCQ	CX
   278        00632 (string_concat_compare.go:34)	MOVQ	AX, DX
   27b        00635 (string_concat_compare.go:34)	MOVQ	CX, AX
   27e        00638 (string_concat_compare.go:34)	MOVQ	BX, CX
   281        00641 (string_concat_compare.go:34)	MOVQ	CX, main.long.len+112(SP)
   286        00646 (string_concat_compare.go:34)	MOVQ	DX, main.long.ptr+224(SP)
   28e        00654 (string_concat_compare.go:34)	CMPQ	AX, $100
   292        00658 (string_concat_compare.go:34)	JLT	546
   294        00660 (string_concat_compare.go:37)	CMPQ	CX, $30
   298        00664 (string_concat_compare.go:37)	JCS	1880
   29e        00670 (string_concat_compare.go:37)	PCDATA	$1, $3
   29e        00670 (string_concat_compare.go:37)	NOP
   2a0        00672 (string_concat_compare.go:37)	CALL	runtime.printlock(SB)
   2a5        00677 (string_concat_compare.go:37)	MOVQ	main.long.len+112(SP), AX
   2aa        00682 (string_concat_compare.go:37)	CALL	runtime.printint(SB)
   2af        00687 (string_concat_compare.go:37)	CALL	runtime.printsp(SB)
   2b4        00692 (string_concat_compare.go:37)	MOVQ	main.long.ptr+224(SP), AX
   2bc        00700 (string_concat_compare.go:37)	ADDQ	$25, AX
   2c0        00704 (string_concat_compare.go:37)	MOVL	$5, BX
   2c5        00709 (string_concat_compare.go:37)	PCDATA	$1, $0
   2c5        00709 (string_concat_compare.go:37)	CALL	runtime.printstring(SB)
   2ca        00714 (string_concat_compare.go:37)	CALL	runtime.printnl(SB)
   2cf        00719 (string_concat_compare.go:37)	CALL	runtime.printunlock(SB)
   2d4        00724 (string_concat_compare.go:39)	MOVQ	$3, main..autotmp_31+264(SP)
   2e0        00736 (string_concat_compare.go:39)	LEAQ	go:string."abc"(SB), AX
   2e7        00743 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+256(SP)
   2ef        00751 (string_concat_compare.go:39)	MOVQ	$3, main..autotmp_31+280(SP)
   2fb        00763 (string_concat_compare.go:39)	LEAQ	go:string."abd"(SB), CX
   302        00770 (string_concat_compare.go:39)	MOVQ	CX, main..autotmp_31+272(SP)
   30a        00778 (string_concat_compare.go:39)	MOVQ	$3, main..autotmp_31+296(SP)
   316        00790 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+288(SP)
   31e        00798 (string_concat_compare.go:39)	MOVQ	$2, main..autotmp_31+312(SP)
   32a        00810 (string_concat_compare.go:39)	LEAQ	go:string."ab"(SB), AX
   331        00817 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+304(SP)
   339        00825 (string_concat_compare.go:39)	MOVUPS	X15, main..autotmp_31+320(SP)
   342        00834 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+344(SP)
   34e        00846 (string_concat_compare.go:39)	LEAQ	go:string."a"(SB), AX
   355        00853 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+336(SP)
   35d        00861 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+360(SP)
   369        00873 (string_concat_compare.go:39)	LEAQ	go:string."Z"(SB), CX
   370        00880 (string_concat_compare.go:39)	MOVQ	CX, main..autotmp_31+352(SP)
   378        00888 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+376(SP)
   384        00900 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+368(SP)
   38c        00908 (string_concat_compare.go:39)	MOVQ	$4, main..autotmp_31+392(SP)
   398        00920 (string_concat_compare.go:39)	LEAQ	go:string."same"(SB), AX
   39f        00927 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+384(SP)
   3a7        00935 (string_concat_compare.go:39)	MOVQ	$4, main..autotmp_31+408(SP)
   3b3        00947 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+400(SP)
   3bb        00955 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+424(SP)
   3c7        00967 (string_concat_compare.go:39)	LEAQ	go:string."\xff"(SB), AX
   3ce        00974 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+416(SP)
   3d6        00982 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+440(SP)
   3e2        00994 (string_concat_compare.go:39)	LEAQ	go:string."\x7f"(SB), AX
   3e9        01001 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+432(SP)
   3f1        01009 (string_concat_compare.go:39)	MOVQ	$2, main..autotmp_31+456(SP)
   3fd        01021 (string_concat_compare.go:39)	LEAQ	go:string."é"(SB), AX
   404        01028 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+448(SP)
   40c        01036 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+472(SP)
   418        01048 (string_concat_compare.go:39)	LEAQ	go:string."z"(SB), AX
   41f        01055 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+464(SP)
   427        01063 (string_concat_compare.go:40)	LEAQ	main..autotmp_31+256(SP), AX
   42f        01071 (string_concat_compare.go:40)	XORL	CX, CX
   431        01073 (string_concat_compare.go:40)	JMP	1345
   436        01078 (string_concat_compare.go:41)	MOVB	DIB, main..autotmp_76+47(SP)
   43b        01083 (string_concat_compare.go:41)	MOVQ	main.p+192(SP), AX
   443        01091 (string_concat_compare.go:41)	MOVQ	main.p+200(SP), BX
   44b        01099 (string_concat_compare.go:41)	MOVQ	main.p+208(SP), CX
   453        01107 (string_concat_compare.go:41)	MOVQ	main.p+216(SP), DI
   45b        01115 (string_concat_compare.go:41)	PCDATA	$1, $4
   45b        01115 (string_concat_compare.go:41)	NOP
   460        01120 (string_concat_compare.go:41)	CALL	runtime.cmpstring(SB)
   465        01125 (string_concat_compare.go:41)	MOVQ	AX, main..autotmp_77+144(SP)
   46d        01133 (string_concat_compare.go:41)	MOVQ	main.p+192(SP), AX
   475        01141 (string_concat_compare.go:41)	MOVQ	main.p+200(SP), BX
   47d        01149 (string_concat_compare.go:41)	MOVQ	main.p+208(SP), CX
   485        01157 (string_concat_compare.go:41)	MOVQ	main.p+216(SP), DI
   48d        01165 (string_concat_compare.go:41)	PCDATA	$1, $5
   48d        01165 (string_concat_compare.go:41)	CALL	runtime.cmpstring(SB)
   492        01170 (string_concat_compare.go:41)	MOVQ	AX, main..autotmp_78+136(SP)
   49a        01178 (string_concat_compare.go:41)	CALL	runtime.printlock(SB)
   49f        01183 (string_concat_compare.go:41)	MOVQ	main..autotmp_70+248(SP), AX
   4a7        01191 (string_concat_compare.go:41)	MOVQ	main..autotmp_73+160(SP), BX
   4af        01199 (string_concat_compare.go:41)	PCDATA	$1, $6
   4af        01199 (string_concat_compare.go:41)	CALL	runtime.printstring(SB)
   4b4        01204 (string_concat_compare.go:41)	CALL	runtime.printsp(SB)
   4b9        01209 (string_concat_compare.go:41)	MOVQ	main..autotmp_75+232(SP), AX
   4c1        01217 (string_concat_compare.go:41)	MOVQ	main..autotmp_74+152(SP), BX
   4c9        01225 (string_concat_compare.go:41)	PCDATA	$1, $7
   4c9        01225 (string_concat_compare.go:41)	CALL	runtime.printstring(SB)
   4ce        01230 (string_concat_compare.go:41)	CALL	runtime.printsp(SB)
   4d3        01235 (string_concat_compare.go:41)	MOVQ	main.~r0+80(SP), AX
   4d8        01240 (string_concat_compare.go:41)	CALL	runtime.printint(SB)
   4dd        01245 (string_concat_compare.go:41)	NOP
   4e0        01248 (string_concat_compare.go:41)	CALL	runtime.printsp(SB)
   4e5        01253 (string_concat_compare.go:41)	MOVBLZX	main..autotmp_76+47(SP), AX
   4ea        01258 (string_concat_compare.go:41)	CALL	runtime.printbool(SB)
   4ef        01263 (string_concat_compare.go:41)	CALL	runtime.printsp(SB)
   4f4        01268 (string_concat_compare.go:41)	MOVQ	main..autotmp_77+144(SP), DX
   4fc        01276 (string_concat_compare.go:41)	TESTQ	DX, DX
   4ff        01279 (string_concat_compare.go:41)	SETLE	AL
   502        01282 (string_concat_compare.go:41)	CALL	runtime.printbool(SB)
   507        01287 (string_concat_compare.go:41)	CALL	runtime.printsp(SB)
   50c        01292 (string_concat_compare.go:41)	MOVQ	main..autotmp_78+136(SP), DX
   514        01300 (string_concat_compare.go:41)	TESTQ	DX, DX
   517        01303 (string_concat_compare.go:41)	SETGE	AL
   51a        01306 (string_concat_compare.go:41)	CALL	runtime.printbool(SB)
   51f        01311 (string_concat_compare.go:41)	NOP
   520        01312 (string_concat_compare.go:41)	CALL	runtime.printnl(SB)
   525        01317 (string_concat_compare.go:41)	CALL	runtime.printunlock(SB)
   52a        01322 (string_concat_compare.go:40)	MOVQ	main..autotmp_72+240(SP), AX
   532        01330 (string_concat_compare.go:40)	ADDQ	$32, AX
   536        01334 (string_concat_compare.go:40)	MOVQ	main..autotmp_71+168(SP), CX
   53e        01342 (string_concat_compare.go:40)	INCQ	CX
   541        01345 (string_concat_compare.go:40)	CMPQ	CX, $7
   545        01349 (string_concat_compare.go:40)	JGE	1548
   54b        01355 (string_concat_compare.go:40)	MOVQ	CX, main..autotmp_71+168(SP)
   553        01363 (string_concat_compare.go:40)	MOVQ	AX, main..autotmp_72+240(SP)
   55b        01371 (string_concat_compare.go:41)	MOVQ	(AX), DX
   55e        01374 (string_concat_compare.go:41)	MOVQ	8(AX), BX
   562        01378 (string_concat_compare.go:41)	MOVQ	16(AX), CX
   566        01382 (string_concat_compare.go:41)	MOVQ	24(AX), DI
   56a        01386 (string_concat_compare.go:40)	LEAQ	main.p+192(SP), SI
   572        01394 (string_concat_compare.go:40)	MOVUPS	(AX), X14
   576        01398 (string_concat_compare.go:40)	MOVUPS	X14, (SI)
   57a        01402 (string_concat_compare.go:40)	MOVUPS	16(AX), X14
   57f        01407 (string_concat_compare.go:40)	MOVUPS	X14, 16(SI)
   584        01412 (<unknown line number>)	NOP
   584      0 01412 (string_concat_compare.go:41)	MOVQ	DX, AX
   587        01415 (string_concat_compare.go:41)	PCDATA	$1, $8
   587        01415 (string_concat_compare.go:41)	CALL	runtime.cmpstring(SB)
   58c        01420 (string_concat_compare.go:41)	TESTQ	AX, AX
   58f        01423 (string_concat_compare.go:41)	JGE	1434
   591        01425 (string_concat_compare.go:41)	MOVQ	$-1, AX
   598     -1 01432 (string_concat_compare.go:41)	JMP	1445
   59a      0 01434 (string_concat_compare.go:41)	JLE	1443
   59c        01436 (string_concat_compare.go:41)	MOVL	$1, AX
   5a1     -1 01441 (string_concat_compare.go:41)	JMP	1445
   5a3        01443 (string_concat_compare.go:41)	XORL	AX, AX
   5a5        01445 (string_concat_compare.go:41)	MOVQ	AX, main.~r0+80(SP)
   5aa        01450 (string_concat_compare.go:41)	MOVQ	main.p+200(SP), CX
   5b2        01458 (string_concat_compare.go:41)	MOVQ	CX, main..autotmp_73+160(SP)
   5ba        01466 (string_concat_compare.go:41)	MOVQ	main.p+216(SP), DX
   5c2        01474 (string_concat_compare.go:41)	MOVQ	DX, main..autotmp_74+152(SP)
   5ca        01482 (string_concat_compare.go:41)	MOVQ	main.p+192(SP), SI
   5d2        01490 (string_concat_compare.go:41)	MOVQ	SI, main..autotmp_70+248(SP)
   5da        01498 (string_concat_compare.go:41)	MOVQ	main.p+208(SP), BX
   5e2        01506 (string_concat_compare.go:41)	MOVQ	BX, main..autotmp_75+232(SP)
   5ea        01514 (string_concat_compare.go:41)	CMPQ	main.p+216(SP), CX
   5f2        01522 (string_concat_compare.go:41)	JEQ	1531
   5f4        01524 (string_concat_compare.go:41)	XORL	DI, DI
   5f6        01526 (string_concat_compare.go:41)	JMP	1078
   5fb        01531 (string_concat_compare.go:41)	MOVQ	SI, AX
   5fe        01534 (string_concat_compare.go:41)	PCDATA	$1, $4
   5fe        01534 (string_concat_compare.go:41)	NOP
   600        01536 (string_concat_compare.go:41)	CALL	runtime.memequal(SB)
   605        01541 (string_concat_compare.go:41)	MOVL	AX, DI
   607        01543 (string_concat_compare.go:41)	JMP	1078
   60c        01548 (string_concat_compare.go:45)	PCDATA	$1, $0
   60c        01548 (string_concat_compare.go:45)	CALL	runtime.printlock(SB)
   611        01553 (string_concat_compare.go:45)	MOVL	$1, AX
   616        01558 (string_concat_compare.go:45)	CALL	runtime.printbool(SB)
   61b        01563 (string_concat_compare.go:45)	NOP
   620        01568 (string_concat_compare.go:45)	CALL	runtime.printsp(SB)
   625        01573 (string_concat_compare.go:45)	XORL	AX, AX
   627        01575 (string_concat_compare.go:45)	CALL	runtime.printbool(SB)
   62c        01580 (string_concat_compare.go:45)	CALL	runtime.printsp(SB)
   631        01585 (string_concat_compare.go:45)	MOVL	$1, AX
   636        01590 (string_concat_compare.go:45)	CALL	runtime.printbool(SB)
   63b        01595 (string_concat_compare.go:45)	NOP
   640        01600 (string_concat_compare.go:45)	CALL	runtime.printnl(SB)
   645        01605 (string_concat_compare.go:45)	CALL	runtime.printunlock(SB)
   64a        01610 (string_concat_compare.go:47)	XORL	AX, AX
   64c        01612 (string_concat_compare.go:47)	LEAQ	go:string."hello world"(SB), BX
   653        01619 (string_concat_compare.go:47)	MOVL	$5, CX
   658        01624 (string_concat_compare.go:47)	LEAQ	go:string."!"(SB), DI
   65f        01631 (string_concat_compare.go:47)	MOVL	$1, SI
   664        01636 (string_concat_compare.go:47)	CALL	runtime.concatstring2(SB)
   669        01641 (string_concat_compare.go:47)	MOVQ	AX, main.y.ptr+176(SP)
   671        01649 (string_concat_compare.go:47)	MOVQ	BX, main.y.len+88(SP)
   676        01654 (string_concat_compare.go:48)	PCDATA	$1, $9
   676        01654 (string_concat_compare.go:48)	CALL	runtime.printlock(SB)
   67b        01659 (string_concat_compare.go:48)	LEAQ	go:string."hello world"(SB), AX
   682        01666 (string_concat_compare.go:48)	MOVL	$11, BX
   687        01671 (string_concat_compare.go:48)	CALL	runtime.printstring(SB)
   68c        01676 (string_concat_compare.go:48)	CALL	runtime.printsp(SB)
   691        01681 (string_concat_compare.go:48)	MOVQ	main.y.ptr+176(SP), AX
   699        01689 (string_concat_compare.go:48)	MOVQ	main.y.len+88(SP), BX
   69e        01694 (string_concat_compare.go:48)	PCDATA	$1, $0
   69e        01694 (string_concat_compare.go:48)	NOP
   6a0        01696 (string_concat_compare.go:48)	CALL	runtime.printstring(SB)
   6a5        01701 (string_concat_compare.go:48)	CALL	runtime.printnl(SB)
   6aa        01706 (string_concat_compare.go:48)	CALL	runtime.printunlock(SB)
   6af        01711 (string_concat_compare.go:51)	XORL	AX, AX
   6b1        01713 (string_concat_compare.go:51)	XORL	CX, CX
   6b3        01715 (string_concat_compare.go:51)	XORL	DX, DX
   6b5        01717 (string_concat_compare.go:51)	XORL	BX, BX
   6b7        01719 (string_concat_compare.go:51)	JMP	1733
   6b9        01721 (string_concat_compare.go:52)	MOVW	$25185, (DX)(CX*1)
   6bf        01727 (string_concat_compare.go:51)	INCQ	AX
   6c2        01730 (string_concat_compare.go:51)	MOVQ	R8, CX
   6c5        01733 (string_concat_compare.go:51)	CMPQ	AX, $5
   6c9        01737 (string_concat_compare.go:51)	JGE	1805
   6cb        01739 (string_concat_compare.go:52)	LEAQ	2(CX), R8
   6cf        01743 (string_concat_compare.go:52)	CMPQ	BX, R8
   6d2        01746 (string_concat_compare.go:52)	JCC	1721
   6d4        01748 (string_concat_compare.go:51)	MOVQ	CX, main.sb.len+96(SP)
   6d9        01753 (string_concat_compare.go:51)	MOVQ	AX, main.i+120(SP)
   6de        01758 (string_concat_compare.go:52)	MOVQ	DX, AX
   6e1        01761 (string_concat_compare.go:52)	MOVQ	BX, CX
   6e4        01764 (string_concat_compare.go:52)	MOVL	$2, DI
   6e9        01769 (string_concat_compare.go:52)	LEAQ	type:uint8(SB), SI
   6f0        01776 (string_concat_compare.go:52)	MOVQ	R8, BX
   6f3        01779 (string_concat_compare.go:52)	CALL	runtime.growslice(SB)
   6f8        01784 (string_concat_compare.go:52)	MOVQ	AX, DX
   6fb        01787 (string_concat_compare.go:52)	MOVQ	BX, R8
   6fe        01790 (string_concat_compare.go:51)	MOVQ	main.i+120(SP), AX
   703        01795 (string_concat_compare.go:52)	MOVQ	CX, BX
   706        01798 (string_concat_compare.go:52)	MOVQ	main.sb.len+96(SP), CX
   70b        01803 (string_concat_compare.go:52)	JMP	1721
   70d        01805 (string_concat_compare.go:54)	CMPQ	CX, $10
   711        01809 (string_concat_compare.go:54)	JNE	1840
   713        01811 (string_concat_compare.go:54)	MOVQ	$7089055458859770465, AX
   71d        01821 (string_concat_compare.go:54)	NOP
   720        01824 (string_concat_compare.go:54)	CMPQ	(DX), AX
   723        01827 (string_concat_compare.go:54)	JNE	1840
   725        01829 (string_concat_compare.go:54)	CMPW	8(DX), $25185
   72b        01835 (string_concat_compare.go:54)	SETEQ	AL
   72e        01838 (string_concat_compare.go:54)	JMP	1842
   730        01840 (string_concat_compare.go:54)	XORL	AX, AX
   732        01842 (string_concat_compare.go:54)	MOVB	AL, main..autotmp_76+47(SP)
   736        01846 (string_concat_compare.go:54)	CALL	runtime.printlock(SB)
   73b        01851 (string_concat_compare.go:54)	MOVBLZX	main..autotmp_76+47(SP), AX
   740        01856 (string_concat_compare.go:54)	CALL	runtime.printbool(SB)
   745        01861 (string_concat_compare.go:54)	CALL	runtime.printnl(SB)
   74a        01866 (string_concat_compare.go:54)	CALL	runtime.printunlock(SB)
   74f        01871 (string_concat_compare.go:55)	ADDQ	$656, SP
   756        01878 (string_concat_compare.go:55)	POPQ	BP
   757        01879 (string_concat_compare.go:55)	RET
   758        01880 (string_concat_compare.go:37)	PCDATA	$4, $2251
   758        01880 (string_concat_compare.go:37)	CALL	runtime.panicBounds(SB)
   75d        01885 (string_concat_compare.go:37)	XCHGL	AX, AX
   75e        01886 (string_concat_compare.go:37)	NOP
   75e        01886 (string_concat_compare.go:26)	PCDATA	$1, $-1
   75e        01886 (string_concat_compare.go:26)	PCDATA	$0, $-2
   75e        01886 (string_concat_compare.go:26)	NOP
   760        01888 (string_concat_compare.go:26)	CALL	runtime.morestack_noctxt(SB)
   765        01893 (string_concat_compare.go:26)	PCDATA	$0, $-1
   765        01893 (string_concat_compare.go:26)	JMP	0
   76a done
wrote 13 bytes to 0x0
 00 84 0b 02 14 01 02 02 07 01 c9 03 00
-- inlining tree for main.main:
0 | -1 | main.cmp (string_concat_compare.go:41:26) pc=1078
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
funcpctab main.join [valfunc=pctoinline]
     0     -1 00000 (string_concat_compare.go:5)	TEXT	main.join(SB), ABIInternal, $80-40
     0        00000 (string_concat_compare.go:5)	TEXT	main.join(SB), ABIInternal, $80-40
     0     -1 00000 (string_concat_compare.go:5)	CMPQ	SP, 16(R14)
     4        00004 (string_concat_compare.go:5)	PCDATA	$0, $-2
     4        00004 (string_concat_compare.go:5)	JLS	198
     a        00010 (string_concat_compare.go:5)	PCDATA	$0, $-1
     a        00010 (string_concat_compare.go:5)	PUSHQ	BP
     b        00011 (string_concat_compare.go:5)	MOVQ	SP, BP
     e        00014 (string_concat_compare.go:5)	SUBQ	$72, SP
    12        00018 (string_concat_compare.go:5)	MOVQ	AX, main.parts+88(FP)
    17        00023 (string_concat_compare.go:5)	FUNCDATA	$0, gclocals·kan7foKpI7sNRFSfFQmDaA==(SB)
    17        00023 (string_concat_compare.go:5)	FUNCDATA	$1, gclocals·o0ggdLSoTLt9UZX9+dEqww==(SB)
    17        00023 (string_concat_compare.go:5)	FUNCDATA	$5, main.join.arginfo1(SB)
    17        00023 (string_concat_compare.go:5)	FUNCDATA	$6, main.join.argliveinfo(SB)
    17        00023 (string_concat_compare.go:5)	PCDATA	$3, $1
    17        00023 (string_concat_compare.go:7)	MOVQ	SI, main.sep+120(SP)
    1c        00028 (string_concat_compare.go:7)	MOVQ	DI, main.sep+112(SP)
    21        00033 (string_concat_compare.go:7)	MOVQ	BX, main.parts+96(SP)
    26        00038 (string_concat_compare.go:7)	PCDATA	$3, $2
    26        00038 (string_concat_compare.go:7)	XORL	CX, CX
    28        00040 (string_concat_compare.go:7)	XORL	DX, DX
    2a        00042 (string_concat_compare.go:7)	XORL	R8, R8
    2d        00045 (string_concat_compare.go:7)	JMP	110
    2f        00047 (string_concat_compare.go:11)	XORL	AX, AX
    31        00049 (string_concat_compare.go:11)	MOVQ	R8, BX
    34        00052 (string_concat_compare.go:11)	MOVQ	DX, CX
    37        00055 (string_concat_compare.go:11)	MOVQ	R9, DI
    3a        00058 (string_concat_compare.go:11)	MOVQ	R10, SI
    3d        00061 (string_concat_compare.go:11)	PCDATA	$1, $1
    3d        00061 (string_concat_compare.go:11)	NOP
    40        00064 (string_concat_compare.go:11)	CALL	runtime.concatstring2(SB)
    45        00069 (string_concat_compare.go:7)	MOVQ	main..autotmp_15+64(SP), DX
    4a        00074 (string_concat_compare.go:7)	ADDQ	$16, DX
    4e        00078 (string_concat_compare.go:7)	MOVQ	main.i+48(SP), CX
    53        00083 (string_concat_compare.go:7)	INCQ	CX
    56        00086 (string_concat_compare.go:9)	MOVQ	main.sep+120(SP), SI
    5b        00091 (string_concat_compare.go:9)	MOVQ	main.sep+112(SP), DI
    60        00096 (string_concat_compare.go:7)	MOVQ	AX, R8
    63        00099 (string_concat_compare.go:7)	MOVQ	DX, AX
    66        00102 (string_concat_compare.go:7)	MOVQ	BX, DX
    69        00105 (string_concat_compare.go:7)	MOVQ	main.parts+96(SP), BX
    6e        00110 (string_concat_compare.go:7)	CMPQ	BX, CX
    71        00113 (string_concat_compare.go:7)	JLE	186
    73        00115 (string_concat_compare.go:7)	MOVQ	CX, main.i+48(SP)
    78        00120 (string_concat_compare.go:7)	MOVQ	AX, main..autotmp_15+64(SP)
    7d        00125 (string_concat_compare.go:7)	MOVQ	(AX), R9
    80        00128 (string_concat_compare.go:7)	MOVQ	8(AX), R10
    84        00132 (string_concat_compare.go:8)	TESTQ	CX, CX
    87        00135 (string_concat_compare.go:8)	JLE	47
    89        00137 (string_concat_compare.go:7)	MOVQ	R9, main.p.ptr+56(SP)
    8e        00142 (string_concat_compare.go:7)	MOVQ	R10, main.p.len+40(SP)
    93        00147 (string_concat_compare.go:9)	XORL	AX, AX
    95        00149 (string_concat_compare.go:9)	MOVQ	R8, BX
    98        00152 (string_concat_compare.go:9)	MOVQ	DX, CX
    9b        00155 (string_concat_compare.go:9)	PCDATA	$1, $2
    9b        00155 (string_concat_compare.go:9)	NOP
    a0        00160 (string_concat_compare.go:9)	CALL	runtime.concatstring2(SB)
    a5        00165 (string_concat_compare.go:11)	MOVQ	main.p.ptr+56(SP), R9
    aa        00170 (string_concat_compare.go:11)	MOVQ	main.p.len+40(SP), R10
    af        00175 (string_concat_compare.go:11)	MOVQ	BX, DX
    b2        00178 (string_concat_compare.go:11)	MOVQ	AX, R8
    b5        00181 (string_concat_compare.go:9)	JMP	47
    ba        00186 (string_concat_compare.go:13)	MOVQ	R8, AX
    bd        00189 (string_concat_compare.go:13)	MOVQ	DX, BX
    c0        00192 (string_concat_compare.go:13)	ADDQ	$72, SP
    c4        00196 (string_concat_compare.go:13)	POPQ	BP
    c5        00197 (string_concat_compare.go:13)	RET
    c6        00198 (string_concat_compare.go:13)	NOP
    c6        00198 (string_concat_compare.go:5)	PCDATA	$1, $-1
    c6        00198 (string_concat_compare.go:5)	PCDATA	$0, $-2
    c6        00198 (string_concat_compare.go:5)	MOVQ	AX, 8(SP)
    cb        00203 (string_concat_compare.go:5)	MOVQ	BX, 16(SP)
    d0        00208 (string_concat_compare.go:5)	MOVQ	CX, 24(SP)
    d5        00213 (string_concat_compare.go:5)	MOVQ	DI, 32(SP)
    da        00218 (string_concat_compare.go:5)	MOVQ	SI, 40(SP)
    df        00223 (string_concat_compare.go:5)	NOP
    e0        00224 (string_concat_compare.go:5)	CALL	runtime.morestack_noctxt(SB)
    e5        00229 (string_concat_compare.go:5)	PCDATA	$0, $-1
    e5        00229 (string_concat_compare.go:5)	MOVQ	8(SP), AX
    ea        00234 (string_concat_compare.go:5)	MOVQ	16(SP), BX
    ef        00239 (string_concat_compare.go:5)	MOVQ	24(SP), CX
    f4        00244 (string_concat_compare.go:5)	MOVQ	32(SP), DI
    f9        00249 (string_concat_compare.go:5)	MOVQ	40(SP), SI
    fe        00254 (string_concat_compare.go:5)	NOP
   100        00256 (string_concat_compare.go:5)	JMP	0
   105 done
wrote 4 bytes to 0x0
 00 85 02 00
funcpctab main.cmp [valfunc=pctoinline]
     0     -1 00000 (string_concat_compare.go:16)	TEXT	main.cmp(SB), ABIInternal, $40-32
     0        00000 (string_concat_compare.go:16)	TEXT	main.cmp(SB), ABIInternal, $40-32
     0     -1 00000 (string_concat_compare.go:16)	CMPQ	SP, 16(R14)
     4        00004 (string_concat_compare.go:16)	PCDATA	$0, $-2
     4        00004 (string_concat_compare.go:16)	JLS	71
     6        00006 (string_concat_compare.go:16)	PCDATA	$0, $-1
     6        00006 (string_concat_compare.go:16)	PUSHQ	BP
     7        00007 (string_concat_compare.go:16)	MOVQ	SP, BP
     a        00010 (string_concat_compare.go:16)	SUBQ	$32, SP
     e        00014 (string_concat_compare.go:16)	MOVQ	AX, main.a+48(FP)
    13        00019 (string_concat_compare.go:16)	MOVQ	CX, main.b+64(FP)
    18        00024 (string_concat_compare.go:16)	FUNCDATA	$0, gclocals·itaneJMpbAudh9zNu5JnHA==(SB)
    18        00024 (string_concat_compare.go:16)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (string_concat_compare.go:16)	FUNCDATA	$5, main.cmp.arginfo1(SB)
    18        00024 (string_concat_compare.go:16)	FUNCDATA	$6, main.cmp.argliveinfo(SB)
    18        00024 (string_concat_compare.go:16)	PCDATA	$3, $1
    18        00024 (string_concat_compare.go:18)	PCDATA	$1, $1
    18        00024 (string_concat_compare.go:18)	CALL	runtime.cmpstring(SB)
    1d        00029 (string_concat_compare.go:18)	NOP
    20        00032 (string_concat_compare.go:18)	TESTQ	AX, AX
    23        00035 (string_concat_compare.go:18)	JLT	58
    25        00037 (string_concat_compare.go:20)	JLE	50
    27        00039 (string_concat_compare.go:21)	MOVL	$1, AX
    2c        00044 (string_concat_compare.go:21)	ADDQ	$32, SP
    30        00048 (string_concat_compare.go:21)	POPQ	BP
    31        00049 (string_concat_compare.go:21)	RET
    32        00050 (string_concat_compare.go:23)	XORL	AX, AX
    34        00052 (string_concat_compare.go:23)	ADDQ	$32, SP
    38        00056 (string_concat_compare.go:23)	POPQ	BP
    39        00057 (string_concat_compare.go:23)	RET
    3a        00058 (string_concat_compare.go:19)	MOVQ	$-1, AX
    41        00065 (string_concat_compare.go:19)	ADDQ	$32, SP
    45        00069 (string_concat_compare.go:19)	POPQ	BP
    46        00070 (string_concat_compare.go:19)	RET
    47        00071 (string_concat_compare.go:19)	NOP
    47        00071 (string_concat_compare.go:16)	PCDATA	$1, $-1
    47        00071 (string_concat_compare.go:16)	PCDATA	$0, $-2
    47        00071 (string_concat_compare.go:16)	MOVQ	AX, 8(SP)
    4c        00076 (string_concat_compare.go:16)	MOVQ	BX, 16(SP)
    51        00081 (string_concat_compare.go:16)	MOVQ	CX, 24(SP)
    56        00086 (string_concat_compare.go:16)	MOVQ	DI, 32(SP)
    5b        00091 (string_concat_compare.go:16)	NOP
    60        00096 (string_concat_compare.go:16)	CALL	runtime.morestack_noctxt(SB)
    65        00101 (string_concat_compare.go:16)	PCDATA	$0, $-1
    65        00101 (string_concat_compare.go:16)	MOVQ	8(SP), AX
    6a        00106 (string_concat_compare.go:16)	MOVQ	16(SP), BX
    6f        00111 (string_concat_compare.go:16)	MOVQ	24(SP), CX
    74        00116 (string_concat_compare.go:16)	MOVQ	32(SP), DI
    79        00121 (string_concat_compare.go:16)	JMP	0
    7b done
wrote 3 bytes to 0x0
 00 7b 00
main.join STEXT size=261 align=0x0 args=0x28 locals=0x50 funcid=0x0
	0x0000 00000 (string_concat_compare.go:5)	TEXT	main.join(SB), ABIInternal, $80-40
	0x0000 00000 (string_concat_compare.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (string_concat_compare.go:5)	PCDATA	$0, $-2
	0x0004 00004 (string_concat_compare.go:5)	JLS	198
	0x000a 00010 (string_concat_compare.go:5)	PCDATA	$0, $-1
	0x000a 00010 (string_concat_compare.go:5)	PUSHQ	BP
	0x000b 00011 (string_concat_compare.go:5)	MOVQ	SP, BP
	0x000e 00014 (string_concat_compare.go:5)	SUBQ	$72, SP
	0x0012 00018 (string_concat_compare.go:5)	MOVQ	AX, main.parts+88(FP)
	0x0017 00023 (string_concat_compare.go:5)	FUNCDATA	$0, gclocals·kan7foKpI7sNRFSfFQmDaA==(SB)
	0x0017 00023 (string_concat_compare.go:5)	FUNCDATA	$1, gclocals·o0ggdLSoTLt9UZX9+dEqww==(SB)
	0x0017 00023 (string_concat_compare.go:5)	FUNCDATA	$5, main.join.arginfo1(SB)
	0x0017 00023 (string_concat_compare.go:5)	FUNCDATA	$6, main.join.argliveinfo(SB)
	0x0017 00023 (string_concat_compare.go:5)	PCDATA	$3, $1
	0x0017 00023 (string_concat_compare.go:7)	MOVQ	SI, main.sep+120(SP)
	0x001c 00028 (string_concat_compare.go:7)	MOVQ	DI, main.sep+112(SP)
	0x0021 00033 (string_concat_compare.go:7)	MOVQ	BX, main.parts+96(SP)
	0x0026 00038 (string_concat_compare.go:7)	PCDATA	$3, $2
	0x0026 00038 (string_concat_compare.go:7)	XORL	CX, CX
	0x0028 00040 (string_concat_compare.go:7)	XORL	DX, DX
	0x002a 00042 (string_concat_compare.go:7)	XORL	R8, R8
	0x002d 00045 (string_concat_compare.go:7)	JMP	110
	0x002f 00047 (string_concat_compare.go:11)	XORL	AX, AX
	0x0031 00049 (string_concat_compare.go:11)	MOVQ	R8, BX
	0x0034 00052 (string_concat_compare.go:11)	MOVQ	DX, CX
	0x0037 00055 (string_concat_compare.go:11)	MOVQ	R9, DI
	0x003a 00058 (string_concat_compare.go:11)	MOVQ	R10, SI
	0x003d 00061 (string_concat_compare.go:11)	PCDATA	$1, $1
	0x003d 00061 (string_concat_compare.go:11)	NOP
	0x0040 00064 (string_concat_compare.go:11)	CALL	runtime.concatstring2(SB)
	0x0045 00069 (string_concat_compare.go:7)	MOVQ	main..autotmp_15+64(SP), DX
	0x004a 00074 (string_concat_compare.go:7)	ADDQ	$16, DX
	0x004e 00078 (string_concat_compare.go:7)	MOVQ	main.i+48(SP), CX
	0x0053 00083 (string_concat_compare.go:7)	INCQ	CX
	0x0056 00086 (string_concat_compare.go:9)	MOVQ	main.sep+120(SP), SI
	0x005b 00091 (string_concat_compare.go:9)	MOVQ	main.sep+112(SP), DI
	0x0060 00096 (string_concat_compare.go:7)	MOVQ	AX, R8
	0x0063 00099 (string_concat_compare.go:7)	MOVQ	DX, AX
	0x0066 00102 (string_concat_compare.go:7)	MOVQ	BX, DX
	0x0069 00105 (string_concat_compare.go:7)	MOVQ	main.parts+96(SP), BX
	0x006e 00110 (string_concat_compare.go:7)	CMPQ	BX, CX
	0x0071 00113 (string_concat_compare.go:7)	JLE	186
	0x0073 00115 (string_concat_compare.go:7)	MOVQ	CX, main.i+48(SP)
	0x0078 00120 (string_concat_compare.go:7)	MOVQ	AX, main..autotmp_15+64(SP)
	0x007d 00125 (string_concat_compare.go:7)	MOVQ	(AX), R9
	0x0080 00128 (string_concat_compare.go:7)	MOVQ	8(AX), R10
	0x0084 00132 (string_concat_compare.go:8)	TESTQ	CX, CX
	0x0087 00135 (string_concat_compare.go:8)	JLE	47
	0x0089 00137 (string_concat_compare.go:7)	MOVQ	R9, main.p.ptr+56(SP)
	0x008e 00142 (string_concat_compare.go:7)	MOVQ	R10, main.p.len+40(SP)
	0x0093 00147 (string_concat_compare.go:9)	XORL	AX, AX
	0x0095 00149 (string_concat_compare.go:9)	MOVQ	R8, BX
	0x0098 00152 (string_concat_compare.go:9)	MOVQ	DX, CX
	0x009b 00155 (string_concat_compare.go:9)	PCDATA	$1, $2
	0x009b 00155 (string_concat_compare.go:9)	NOP
	0x00a0 00160 (string_concat_compare.go:9)	CALL	runtime.concatstring2(SB)
	0x00a5 00165 (string_concat_compare.go:11)	MOVQ	main.p.ptr+56(SP), R9
	0x00aa 00170 (string_concat_compare.go:11)	MOVQ	main.p.len+40(SP), R10
	0x00af 00175 (string_concat_compare.go:11)	MOVQ	BX, DX
	0x00b2 00178 (string_concat_compare.go:11)	MOVQ	AX, R8
	0x00b5 00181 (string_concat_compare.go:9)	JMP	47
	0x00ba 00186 (string_concat_compare.go:13)	MOVQ	R8, AX
	0x00bd 00189 (string_concat_compare.go:13)	MOVQ	DX, BX
	0x00c0 00192 (string_concat_compare.go:13)	ADDQ	$72, SP
	0x00c4 00196 (string_concat_compare.go:13)	POPQ	BP
	0x00c5 00197 (string_concat_compare.go:13)	RET
	0x00c6 00198 (string_concat_compare.go:13)	NOP
	0x00c6 00198 (string_concat_compare.go:5)	PCDATA	$1, $-1
	0x00c6 00198 (string_concat_compare.go:5)	PCDATA	$0, $-2
	0x00c6 00198 (string_concat_compare.go:5)	MOVQ	AX, 8(SP)
	0x00cb 00203 (string_concat_compare.go:5)	MOVQ	BX, 16(SP)
	0x00d0 00208 (string_concat_compare.go:5)	MOVQ	CX, 24(SP)
	0x00d5 00213 (string_concat_compare.go:5)	MOVQ	DI, 32(SP)
	0x00da 00218 (string_concat_compare.go:5)	MOVQ	SI, 40(SP)
	0x00df 00223 (string_concat_compare.go:5)	NOP
	0x00e0 00224 (string_concat_compare.go:5)	CALL	runtime.morestack_noctxt(SB)
	0x00e5 00229 (string_concat_compare.go:5)	PCDATA	$0, $-1
	0x00e5 00229 (string_concat_compare.go:5)	MOVQ	8(SP), AX
	0x00ea 00234 (string_concat_compare.go:5)	MOVQ	16(SP), BX
	0x00ef 00239 (string_concat_compare.go:5)	MOVQ	24(SP), CX
	0x00f4 00244 (string_concat_compare.go:5)	MOVQ	32(SP), DI
	0x00f9 00249 (string_concat_compare.go:5)	MOVQ	40(SP), SI
	0x00fe 00254 (string_concat_compare.go:5)	NOP
	0x0100 00256 (string_concat_compare.go:5)	JMP	0
	0x0000 49 3b 66 10 0f 86 bc 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 89 44 24 58 48 89 74 24 78 48 89 7c 24  .HH.D$XH.t$xH.|$
	0x0020 70 48 89 5c 24 60 31 c9 31 d2 45 31 c0 eb 3f 31  pH.\$`1.1.E1..?1
	0x0030 c0 4c 89 c3 48 89 d1 4c 89 cf 4c 89 d6 0f 1f 00  .L..H..L..L.....
	0x0040 e8 00 00 00 00 48 8b 54 24 40 48 83 c2 10 48 8b  .....H.T$@H...H.
	0x0050 4c 24 30 48 ff c1 48 8b 74 24 78 48 8b 7c 24 70  L$0H..H.t$xH.|$p
	0x0060 49 89 c0 48 89 d0 48 89 da 48 8b 5c 24 60 48 39  I..H..H..H.\$`H9
	0x0070 cb 7e 47 48 89 4c 24 30 48 89 44 24 40 4c 8b 08  .~GH.L$0H.D$@L..
	0x0080 4c 8b 50 08 48 85 c9 7e a6 4c 89 4c 24 38 4c 89  L.P.H..~.L.L$8L.
	0x0090 54 24 28 31 c0 4c 89 c3 48 89 d1 0f 1f 44 00 00  T$(1.L..H....D..
	0x00a0 e8 00 00 00 00 4c 8b 4c 24 38 4c 8b 54 24 28 48  .....L.L$8L.T$(H
	0x00b0 89 da 49 89 c0 e9 75 ff ff ff 4c 89 c0 48 89 d3  ..I...u...L..H..
	0x00c0 48 83 c4 48 5d c3 48 89 44 24 08 48 89 5c 24 10  H..H].H.D$.H.\$.
	0x00d0 48 89 4c 24 18 48 89 7c 24 20 48 89 74 24 28 90  H.L$.H.|$ H.t$(.
	0x00e0 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x00f0 8b 4c 24 18 48 8b 7c 24 20 48 8b 74 24 28 66 90  .L$.H.|$ H.t$(f.
	0x0100 e9 fb fe ff ff                                   .....
	rel 65+4 t=R_CALL runtime.concatstring2+0
	rel 161+4 t=R_CALL runtime.concatstring2+0
	rel 225+4 t=R_CALL runtime.morestack_noctxt+0
main.cmp STEXT size=123 align=0x0 args=0x20 locals=0x28 funcid=0x0
	0x0000 00000 (string_concat_compare.go:16)	TEXT	main.cmp(SB), ABIInternal, $40-32
	0x0000 00000 (string_concat_compare.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (string_concat_compare.go:16)	PCDATA	$0, $-2
	0x0004 00004 (string_concat_compare.go:16)	JLS	71
	0x0006 00006 (string_concat_compare.go:16)	PCDATA	$0, $-1
	0x0006 00006 (string_concat_compare.go:16)	PUSHQ	BP
	0x0007 00007 (string_concat_compare.go:16)	MOVQ	SP, BP
	0x000a 00010 (string_concat_compare.go:16)	SUBQ	$32, SP
	0x000e 00014 (string_concat_compare.go:16)	MOVQ	AX, main.a+48(FP)
	0x0013 00019 (string_concat_compare.go:16)	MOVQ	CX, main.b+64(FP)
	0x0018 00024 (string_concat_compare.go:16)	FUNCDATA	$0, gclocals·itaneJMpbAudh9zNu5JnHA==(SB)
	0x0018 00024 (string_concat_compare.go:16)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (string_concat_compare.go:16)	FUNCDATA	$5, main.cmp.arginfo1(SB)
	0x0018 00024 (string_concat_compare.go:16)	FUNCDATA	$6, main.cmp.argliveinfo(SB)
	0x0018 00024 (string_concat_compare.go:16)	PCDATA	$3, $1
	0x0018 00024 (string_concat_compare.go:18)	PCDATA	$1, $1
	0x0018 00024 (string_concat_compare.go:18)	CALL	runtime.cmpstring(SB)
	0x001d 00029 (string_concat_compare.go:18)	NOP
	0x0020 00032 (string_concat_compare.go:18)	TESTQ	AX, AX
	0x0023 00035 (string_concat_compare.go:18)	JLT	58
	0x0025 00037 (string_concat_compare.go:20)	JLE	50
	0x0027 00039 (string_concat_compare.go:21)	MOVL	$1, AX
	0x002c 00044 (string_concat_compare.go:21)	ADDQ	$32, SP
	0x0030 00048 (string_concat_compare.go:21)	POPQ	BP
	0x0031 00049 (string_concat_compare.go:21)	RET
	0x0032 00050 (string_concat_compare.go:23)	XORL	AX, AX
	0x0034 00052 (string_concat_compare.go:23)	ADDQ	$32, SP
	0x0038 00056 (string_concat_compare.go:23)	POPQ	BP
	0x0039 00057 (string_concat_compare.go:23)	RET
	0x003a 00058 (string_concat_compare.go:19)	MOVQ	$-1, AX
	0x0041 00065 (string_concat_compare.go:19)	ADDQ	$32, SP
	0x0045 00069 (string_concat_compare.go:19)	POPQ	BP
	0x0046 00070 (string_concat_compare.go:19)	RET
	0x0047 00071 (string_concat_compare.go:19)	NOP
	0x0047 00071 (string_concat_compare.go:16)	PCDATA	$1, $-1
	0x0047 00071 (string_concat_compare.go:16)	PCDATA	$0, $-2
	0x0047 00071 (string_concat_compare.go:16)	MOVQ	AX, 8(SP)
	0x004c 00076 (string_concat_compare.go:16)	MOVQ	BX, 16(SP)
	0x0051 00081 (string_concat_compare.go:16)	MOVQ	CX, 24(SP)
	0x0056 00086 (string_concat_compare.go:16)	MOVQ	DI, 32(SP)
	0x005b 00091 (string_concat_compare.go:16)	NOP
	0x0060 00096 (string_concat_compare.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x0065 00101 (string_concat_compare.go:16)	PCDATA	$0, $-1
	0x0065 00101 (string_concat_compare.go:16)	MOVQ	8(SP), AX
	0x006a 00106 (string_concat_compare.go:16)	MOVQ	16(SP), BX
	0x006f 00111 (string_concat_compare.go:16)	MOVQ	24(SP), CX
	0x0074 00116 (string_concat_compare.go:16)	MOVQ	32(SP), DI
	0x0079 00121 (string_concat_compare.go:16)	JMP	0
	0x0000 49 3b 66 10 76 41 55 48 89 e5 48 83 ec 20 48 89  I;f.vAUH..H.. H.
	0x0010 44 24 30 48 89 4c 24 40 e8 00 00 00 00 0f 1f 00  D$0H.L$@........
	0x0020 48 85 c0 7c 15 7e 0b b8 01 00 00 00 48 83 c4 20  H..|.~......H.. 
	0x0030 5d c3 31 c0 48 83 c4 20 5d c3 48 c7 c0 ff ff ff  ].1.H.. ].H.....
	0x0040 ff 48 83 c4 20 5d c3 48 89 44 24 08 48 89 5c 24  .H.. ].H.D$.H.\$
	0x0050 10 48 89 4c 24 18 48 89 7c 24 20 0f 1f 44 00 00  .H.L$.H.|$ ..D..
	0x0060 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x0070 8b 4c 24 18 48 8b 7c 24 20 eb 85                 .L$.H.|$ ..
	rel 25+4 t=R_CALL runtime.cmpstring+0
	rel 97+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=1898 align=0x0 args=0x0 locals=0x298 funcid=0x0
	0x0000 00000 (string_concat_compare.go:26)	TEXT	main.main(SB), ABIInternal, $664-0
	0x0000 00000 (string_concat_compare.go:26)	LEAQ	-536(SP), R12
	0x0008 00008 (string_concat_compare.go:26)	CMPQ	R12, 16(R14)
	0x000c 00012 (string_concat_compare.go:26)	PCDATA	$0, $-2
	0x000c 00012 (string_concat_compare.go:26)	JLS	1886
	0x0012 00018 (string_concat_compare.go:26)	PCDATA	$0, $-1
	0x0012 00018 (string_concat_compare.go:26)	PUSHQ	BP
	0x0013 00019 (string_concat_compare.go:26)	MOVQ	SP, BP
	0x0016 00022 (string_concat_compare.go:26)	SUBQ	$656, SP
	0x001d 00029 (string_concat_compare.go:26)	FUNCDATA	$0, gclocals·XhHydcwudYgAAAHTAKMedg==(SB)
	0x001d 00029 (string_concat_compare.go:26)	FUNCDATA	$1, gclocals·M6GVUgZOQpHPdfhcCYAsaw==(SB)
	0x001d 00029 (string_concat_compare.go:26)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (string_concat_compare.go:28)	MOVQ	$3, main..autotmp_15+536(SP)
	0x0029 00041 (string_concat_compare.go:28)	LEAQ	go:string."foo"(SB), DX
	0x0030 00048 (string_concat_compare.go:28)	MOVQ	DX, main..autotmp_15+528(SP)
	0x0038 00056 (string_concat_compare.go:28)	MOVQ	$1, main..autotmp_15+552(SP)
	0x0044 00068 (string_concat_compare.go:28)	LEAQ	go:string."-"(SB), SI
	0x004b 00075 (string_concat_compare.go:28)	MOVQ	SI, main..autotmp_15+544(SP)
	0x0053 00083 (string_concat_compare.go:28)	MOVQ	$3, main..autotmp_15+568(SP)
	0x005f 00095 (string_concat_compare.go:28)	LEAQ	go:string."bar"(SB), R8
	0x0066 00102 (string_concat_compare.go:28)	MOVQ	R8, main..autotmp_15+560(SP)
	0x006e 00110 (string_concat_compare.go:28)	MOVQ	$1, main..autotmp_15+584(SP)
	0x007a 00122 (string_concat_compare.go:28)	MOVQ	SI, main..autotmp_15+576(SP)
	0x0082 00130 (string_concat_compare.go:28)	MOVQ	$3, main..autotmp_15+600(SP)
	0x008e 00142 (string_concat_compare.go:28)	LEAQ	go:string."baz"(SB), R9
	0x0095 00149 (string_concat_compare.go:28)	MOVQ	R9, main..autotmp_15+592(SP)
	0x009d 00157 (string_concat_compare.go:28)	MOVQ	$1, main..autotmp_15+616(SP)
	0x00a9 00169 (string_concat_compare.go:28)	MOVQ	SI, main..autotmp_15+608(SP)
	0x00b1 00177 (string_concat_compare.go:28)	MOVQ	$3, main..autotmp_15+632(SP)
	0x00bd 00189 (string_concat_compare.go:28)	MOVQ	DX, main..autotmp_15+624(SP)
	0x00c5 00197 (string_concat_compare.go:28)	MOVQ	$3, main..autotmp_15+648(SP)
	0x00d1 00209 (string_concat_compare.go:28)	MOVQ	R8, main..autotmp_15+640(SP)
	0x00d9 00217 (string_concat_compare.go:28)	LEAQ	main..autotmp_22+48(SP), AX
	0x00de 00222 (string_concat_compare.go:28)	LEAQ	main..autotmp_15+528(SP), BX
	0x00e6 00230 (string_concat_compare.go:28)	MOVL	$8, CX
	0x00eb 00235 (string_concat_compare.go:28)	MOVL	CX, DI
	0x00ed 00237 (string_concat_compare.go:28)	PCDATA	$1, $0
	0x00ed 00237 (string_concat_compare.go:28)	CALL	runtime.concatstrings(SB)
	0x00f2 00242 (string_concat_compare.go:28)	MOVQ	AX, main.s.ptr+184(SP)
	0x00fa 00250 (string_concat_compare.go:28)	MOVQ	BX, main.s.len+104(SP)
	0x00ff 00255 (string_concat_compare.go:29)	PCDATA	$1, $1
	0x00ff 00255 (string_concat_compare.go:29)	NOP
	0x0100 00256 (string_concat_compare.go:29)	CALL	runtime.printlock(SB)
	0x0105 00261 (string_concat_compare.go:29)	MOVQ	main.s.ptr+184(SP), AX
	0x010d 00269 (string_concat_compare.go:29)	MOVQ	main.s.len+104(SP), BX
	0x0112 00274 (string_concat_compare.go:29)	PCDATA	$1, $0
	0x0112 00274 (string_concat_compare.go:29)	CALL	runtime.printstring(SB)
	0x0117 00279 (string_concat_compare.go:29)	CALL	runtime.printsp(SB)
	0x011c 00284 (string_concat_compare.go:29)	MOVQ	main.s.len+104(SP), AX
	0x0121 00289 (string_concat_compare.go:29)	CALL	runtime.printint(SB)
	0x0126 00294 (string_concat_compare.go:29)	CALL	runtime.printnl(SB)
	0x012b 00299 (string_concat_compare.go:29)	CALL	runtime.printunlock(SB)
	0x0130 00304 (string_concat_compare.go:30)	MOVQ	$1, main..autotmp_17+488(SP)
	0x013c 00316 (string_concat_compare.go:30)	LEAQ	go:string."x"(SB), DX
	0x0143 00323 (string_concat_compare.go:30)	MOVQ	DX, main..autotmp_17+480(SP)
	0x014b 00331 (string_concat_compare.go:30)	MOVQ	$2, main..autotmp_17+504(SP)
	0x0157 00343 (string_concat_compare.go:30)	LEAQ	go:string."yy"(SB), DX
	0x015e 00350 (string_concat_compare.go:30)	MOVQ	DX, main..autotmp_17+496(SP)
	0x0166 00358 (string_concat_compare.go:30)	MOVQ	$3, main..autotmp_17+520(SP)
	0x0172 00370 (string_concat_compare.go:30)	LEAQ	go:string."zzz"(SB), DX
	0x0179 00377 (string_concat_compare.go:30)	MOVQ	DX, main..autotmp_17+512(SP)
	0x0181 00385 (string_concat_compare.go:30)	LEAQ	main..autotmp_17+480(SP), AX
	0x0189 00393 (string_concat_compare.go:30)	MOVL	$3, BX
	0x018e 00398 (string_concat_compare.go:30)	MOVL	BX, CX
	0x0190 00400 (string_concat_compare.go:30)	LEAQ	go:string.", "(SB), DI
	0x0197 00407 (string_concat_compare.go:30)	MOVL	$2, SI
	0x019c 00412 (string_concat_compare.go:30)	NOP
	0x01a0 00416 (string_concat_compare.go:30)	CALL	main.join(SB)
	0x01a5 00421 (string_concat_compare.go:30)	MOVQ	AX, main..autotmp_70+248(SP)
	0x01ad 00429 (string_concat_compare.go:30)	MOVQ	BX, main..autotmp_71+168(SP)
	0x01b5 00437 (string_concat_compare.go:30)	PCDATA	$1, $2
	0x01b5 00437 (string_concat_compare.go:30)	CALL	runtime.printlock(SB)
	0x01ba 00442 (string_concat_compare.go:30)	MOVQ	main..autotmp_70+248(SP), AX
	0x01c2 00450 (string_concat_compare.go:30)	MOVQ	main..autotmp_71+168(SP), BX
	0x01ca 00458 (string_concat_compare.go:30)	PCDATA	$1, $0
	0x01ca 00458 (string_concat_compare.go:30)	CALL	runtime.printstring(SB)
	0x01cf 00463 (string_concat_compare.go:30)	CALL	runtime.printnl(SB)
	0x01d4 00468 (string_concat_compare.go:30)	CALL	runtime.printunlock(SB)
	0x01d9 00473 (string_concat_compare.go:31)	XORL	AX, AX
	0x01db 00475 (string_concat_compare.go:31)	XORL	BX, BX
	0x01dd 00477 (string_concat_compare.go:31)	MOVL	BX, CX
	0x01df 00479 (string_concat_compare.go:31)	LEAQ	go:string.","(SB), DI
	0x01e6 00486 (string_concat_compare.go:31)	MOVL	$1, SI
	0x01eb 00491 (string_concat_compare.go:31)	CALL	main.join(SB)
	0x01f0 00496 (string_concat_compare.go:31)	MOVQ	BX, main..autotmp_71+168(SP)
	0x01f8 00504 (string_concat_compare.go:31)	CALL	runtime.printlock(SB)
	0x01fd 00509 (string_concat_compare.go:31)	MOVQ	main..autotmp_71+168(SP), DX
	0x0205 00517 (string_concat_compare.go:31)	TESTQ	DX, DX
	0x0208 00520 (string_concat_compare.go:31)	SETEQ	AL
	0x020b 00523 (string_concat_compare.go:31)	CALL	runtime.printbool(SB)
	0x0210 00528 (string_concat_compare.go:31)	CALL	runtime.printnl(SB)
	0x0215 00533 (string_concat_compare.go:31)	CALL	runtime.printunlock(SB)
	0x021a 00538 (string_concat_compare.go:31)	XORL	AX, AX
	0x021c 00540 (string_concat_compare.go:31)	XORL	CX, CX
	0x021e 00542 (string_concat_compare.go:31)	XORL	DX, DX
	0x0220 00544 (string_concat_compare.go:34)	JMP	641
	0x0222 00546 (string_concat_compare.go:34)	MOVQ	AX, main.i+128(SP)
	0x022a 00554 (string_concat_compare.go:34)	MOVQ	AX, CX
	0x022d 00557 (string_concat_compare.go:35)	MOVQ	$-7094901566811366006, AX
	0x0237 00567 (string_concat_compare.go:35)	MULQ	CX
	0x023a 00570 (string_concat_compare.go:35)	SHRQ	$4, DX
	0x023e 00574 (string_concat_compare.go:35)	IMUL3Q	$26, DX, DX
	0x0242 00578 (string_concat_compare.go:35)	SUBQ	DX, CX
	0x0245 00581 (string_concat_compare.go:35)	ADDQ	$97, CX
	0x0249 00585 (string_concat_compare.go:35)	MOVLQSX	CX, BX
	0x024c 00588 (string_concat_compare.go:35)	XORL	AX, AX
	0x024e 00590 (string_concat_compare.go:35)	PCDATA	$1, $3
	0x024e 00590 (string_concat_compare.go:35)	CALL	runtime.intstring(SB)
	0x0253 00595 (string_concat_compare.go:35)	MOVQ	main.long.len+112(SP), CX
	0x0258 00600 (string_concat_compare.go:35)	MOVQ	AX, DI
	0x025b 00603 (string_concat_compare.go:35)	MOVQ	BX, SI
	0x025e 00606 (string_concat_compare.go:35)	XORL	AX, AX
	0x0260 00608 (string_concat_compare.go:35)	MOVQ	main.long.ptr+224(SP), BX
	0x0268 00616 (string_concat_compare.go:35)	PCDATA	$1, $0
	0x0268 00616 (string_concat_compare.go:35)	CALL	runtime.concatstring2(SB)
	0x026d 00621 (string_concat_compare.go:34)	MOVQ	main.i+128(SP), CX
	0x0275 00629 (string_concat_compare.go:34)	INCQ	CX
	0x0278 00632 (string_concat_compare.go:34)	MOVQ	AX, DX
	0x027b 00635 (string_concat_compare.go:34)	MOVQ	CX, AX
	0x027e 00638 (string_concat_compare.go:34)	MOVQ	BX, CX
	0x0281 00641 (string_concat_compare.go:34)	MOVQ	CX, main.long.len+112(SP)
	0x0286 00646 (string_concat_compare.go:34)	MOVQ	DX, main.long.ptr+224(SP)
	0x028e 00654 (string_concat_compare.go:34)	CMPQ	AX, $100
	0x0292 00658 (string_concat_compare.go:34)	JLT	546
	0x0294 00660 (string_concat_compare.go:37)	CMPQ	CX, $30
	0x0298 00664 (string_concat_compare.go:37)	JCS	1880
	0x029e 00670 (string_concat_compare.go:37)	PCDATA	$1, $3
	0x029e 00670 (string_concat_compare.go:37)	NOP
	0x02a0 00672 (string_concat_compare.go:37)	CALL	runtime.printlock(SB)
	0x02a5 00677 (string_concat_compare.go:37)	MOVQ	main.long.len+112(SP), AX
	0x02aa 00682 (string_concat_compare.go:37)	CALL	runtime.printint(SB)
	0x02af 00687 (string_concat_compare.go:37)	CALL	runtime.printsp(SB)
	0x02b4 00692 (string_concat_compare.go:37)	MOVQ	main.long.ptr+224(SP), AX
	0x02bc 00700 (string_concat_compare.go:37)	ADDQ	$25, AX
	0x02c0 00704 (string_concat_compare.go:37)	MOVL	$5, BX
	0x02c5 00709 (string_concat_compare.go:37)	PCDATA	$1, $0
	0x02c5 00709 (string_concat_compare.go:37)	CALL	runtime.printstring(SB)
	0x02ca 00714 (string_concat_compare.go:37)	CALL	runtime.printnl(SB)
	0x02cf 00719 (string_concat_compare.go:37)	CALL	runtime.printunlock(SB)
	0x02d4 00724 (string_concat_compare.go:39)	MOVQ	$3, main..autotmp_31+264(SP)
	0x02e0 00736 (string_concat_compare.go:39)	LEAQ	go:string."abc"(SB), AX
	0x02e7 00743 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+256(SP)
	0x02ef 00751 (string_concat_compare.go:39)	MOVQ	$3, main..autotmp_31+280(SP)
	0x02fb 00763 (string_concat_compare.go:39)	LEAQ	go:string."abd"(SB), CX
	0x0302 00770 (string_concat_compare.go:39)	MOVQ	CX, main..autotmp_31+272(SP)
	0x030a 00778 (string_concat_compare.go:39)	MOVQ	$3, main..autotmp_31+296(SP)
	0x0316 00790 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+288(SP)
	0x031e 00798 (string_concat_compare.go:39)	MOVQ	$2, main..autotmp_31+312(SP)
	0x032a 00810 (string_concat_compare.go:39)	LEAQ	go:string."ab"(SB), AX
	0x0331 00817 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+304(SP)
	0x0339 00825 (string_concat_compare.go:39)	MOVUPS	X15, main..autotmp_31+320(SP)
	0x0342 00834 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+344(SP)
	0x034e 00846 (string_concat_compare.go:39)	LEAQ	go:string."a"(SB), AX
	0x0355 00853 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+336(SP)
	0x035d 00861 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+360(SP)
	0x0369 00873 (string_concat_compare.go:39)	LEAQ	go:string."Z"(SB), CX
	0x0370 00880 (string_concat_compare.go:39)	MOVQ	CX, main..autotmp_31+352(SP)
	0x0378 00888 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+376(SP)
	0x0384 00900 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+368(SP)
	0x038c 00908 (string_concat_compare.go:39)	MOVQ	$4, main..autotmp_31+392(SP)
	0x0398 00920 (string_concat_compare.go:39)	LEAQ	go:string."same"(SB), AX
	0x039f 00927 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+384(SP)
	0x03a7 00935 (string_concat_compare.go:39)	MOVQ	$4, main..autotmp_31+408(SP)
	0x03b3 00947 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+400(SP)
	0x03bb 00955 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+424(SP)
	0x03c7 00967 (string_concat_compare.go:39)	LEAQ	go:string."\xff"(SB), AX
	0x03ce 00974 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+416(SP)
	0x03d6 00982 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+440(SP)
	0x03e2 00994 (string_concat_compare.go:39)	LEAQ	go:string."\x7f"(SB), AX
	0x03e9 01001 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+432(SP)
	0x03f1 01009 (string_concat_compare.go:39)	MOVQ	$2, main..autotmp_31+456(SP)
	0x03fd 01021 (string_concat_compare.go:39)	LEAQ	go:string."é"(SB), AX
	0x0404 01028 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+448(SP)
	0x040c 01036 (string_concat_compare.go:39)	MOVQ	$1, main..autotmp_31+472(SP)
	0x0418 01048 (string_concat_compare.go:39)	LEAQ	go:string."z"(SB), AX
	0x041f 01055 (string_concat_compare.go:39)	MOVQ	AX, main..autotmp_31+464(SP)
	0x0427 01063 (string_concat_compare.go:40)	LEAQ	main..autotmp_31+256(SP), AX
	0x042f 01071 (string_concat_compare.go:40)	XORL	CX, CX
	0x0431 01073 (string_concat_compare.go:40)	JMP	1345
	0x0436 01078 (string_concat_compare.go:41)	MOVB	DIB, main..autotmp_76+47(SP)
	0x043b 01083 (string_concat_compare.go:41)	MOVQ	main.p+192(SP), AX
	0x0443 01091 (string_concat_compare.go:41)	MOVQ	main.p+200(SP), BX
	0x044b 01099 (string_concat_compare.go:41)	MOVQ	main.p+208(SP), CX
	0x0453 01107 (string_concat_compare.go:41)	MOVQ	main.p+216(SP), DI
	0x045b 01115 (string_concat_compare.go:41)	PCDATA	$1, $4
	0x045b 01115 (string_concat_compare.go:41)	NOP
	0x0460 01120 (string_concat_compare.go:41)	CALL	runtime.cmpstring(SB)
	0x0465 01125 (string_concat_compare.go:41)	MOVQ	AX, main..autotmp_77+144(SP)
	0x046d 01133 (string_concat_compare.go:41)	MOVQ	main.p+192(SP), AX
	0x0475 01141 (string_concat_compare.go:41)	MOVQ	main.p+200(SP), BX
	0x047d 01149 (string_concat_compare.go:41)	MOVQ	main.p+208(SP), CX
	0x0485 01157 (string_concat_compare.go:41)	MOVQ	main.p+216(SP), DI
	0x048d 01165 (string_concat_compare.go:41)	PCDATA	$1, $5
	0x048d 01165 (string_concat_compare.go:41)	CALL	runtime.cmpstring(SB)
	0x0492 01170 (string_concat_compare.go:41)	MOVQ	AX, main..autotmp_78+136(SP)
	0x049a 01178 (string_concat_compare.go:41)	CALL	runtime.printlock(SB)
	0x049f 01183 (string_concat_compare.go:41)	MOVQ	main..autotmp_70+248(SP), AX
	0x04a7 01191 (string_concat_compare.go:41)	MOVQ	main..autotmp_73+160(SP), BX
	0x04af 01199 (string_concat_compare.go:41)	PCDATA	$1, $6
	0x04af 01199 (string_concat_compare.go:41)	CALL	runtime.printstring(SB)
	0x04b4 01204 (string_concat_compare.go:41)	CALL	runtime.printsp(SB)
	0x04b9 01209 (string_concat_compare.go:41)	MOVQ	main..autotmp_75+232(SP), AX
	0x04c1 01217 (string_concat_compare.go:41)	MOVQ	main..autotmp_74+152(SP), BX
	0x04c9 01225 (string_concat_compare.go:41)	PCDATA	$1, $7
	0x04c9 01225 (string_concat_compare.go:41)	CALL	runtime.printstring(SB)
	0x04ce 01230 (string_concat_compare.go:41)	CALL	runtime.printsp(SB)
	0x04d3 01235 (string_concat_compare.go:41)	MOVQ	main.~r0+80(SP), AX
	0x04d8 01240 (string_concat_compare.go:41)	CALL	runtime.printint(SB)
	0x04dd 01245 (string_concat_compare.go:41)	NOP
	0x04e0 01248 (string_concat_compare.go:41)	CALL	runtime.printsp(SB)
	0x04e5 01253 (string_concat_compare.go:41)	MOVBLZX	main..autotmp_76+47(SP), AX
	0x04ea 01258 (string_concat_compare.go:41)	CALL	runtime.printbool(SB)
	0x04ef 01263 (string_concat_compare.go:41)	CALL	runtime.printsp(SB)
	0x04f4 01268 (string_concat_compare.go:41)	MOVQ	main..autotmp_77+144(SP), DX
	0x04fc 01276 (string_concat_compare.go:41)	TESTQ	DX, DX
	0x04ff 01279 (string_concat_compare.go:41)	SETLE	AL
	0x0502 01282 (string_concat_compare.go:41)	CALL	runtime.printbool(SB)
	0x0507 01287 (string_concat_compare.go:41)	CALL	runtime.printsp(SB)
	0x050c 01292 (string_concat_compare.go:41)	MOVQ	main..autotmp_78+136(SP), DX
	0x0514 01300 (string_concat_compare.go:41)	TESTQ	DX, DX
	0x0517 01303 (string_concat_compare.go:41)	SETGE	AL
	0x051a 01306 (string_concat_compare.go:41)	CALL	runtime.printbool(SB)
	0x051f 01311 (string_concat_compare.go:41)	NOP
	0x0520 01312 (string_concat_compare.go:41)	CALL	runtime.printnl(SB)
	0x0525 01317 (string_concat_compare.go:41)	CALL	runtime.printunlock(SB)
	0x052a 01322 (string_concat_compare.go:40)	MOVQ	main..autotmp_72+240(SP), AX
	0x0532 01330 (string_concat_compare.go:40)	ADDQ	$32, AX
	0x0536 01334 (string_concat_compare.go:40)	MOVQ	main..autotmp_71+168(SP), CX
	0x053e 01342 (string_concat_compare.go:40)	INCQ	CX
	0x0541 01345 (string_concat_compare.go:40)	CMPQ	CX, $7
	0x0545 01349 (string_concat_compare.go:40)	JGE	1548
	0x054b 01355 (string_concat_compare.go:40)	MOVQ	CX, main..autotmp_71+168(SP)
	0x0553 01363 (string_concat_compare.go:40)	MOVQ	AX, main..autotmp_72+240(SP)
	0x055b 01371 (string_concat_compare.go:41)	MOVQ	(AX), DX
	0x055e 01374 (string_concat_compare.go:41)	MOVQ	8(AX), BX
	0x0562 01378 (string_concat_compare.go:41)	MOVQ	16(AX), CX
	0x0566 01382 (string_concat_compare.go:41)	MOVQ	24(AX), DI
	0x056a 01386 (string_concat_compare.go:40)	LEAQ	main.p+192(SP), SI
	0x0572 01394 (string_concat_compare.go:40)	MOVUPS	(AX), X14
	0x0576 01398 (string_concat_compare.go:40)	MOVUPS	X14, (SI)
	0x057a 01402 (string_concat_compare.go:40)	MOVUPS	16(AX), X14
	0x057f 01407 (string_concat_compare.go:40)	MOVUPS	X14, 16(SI)
	0x0584 01412 (<unknown line number>)	NOP
	0x0584 01412 (string_concat_compare.go:18)	MOVQ	DX, AX
	0x0587 01415 (string_concat_compare.go:18)	PCDATA	$1, $8
	0x0587 01415 (string_concat_compare.go:18)	CALL	runtime.cmpstring(SB)
	0x058c 01420 (string_concat_compare.go:18)	TESTQ	AX, AX
	0x058f 01423 (string_concat_compare.go:18)	JGE	1434
	0x0591 01425 (string_concat_compare.go:18)	MOVQ	$-1, AX
	0x0598 01432 (string_concat_compare.go:41)	JMP	1445
	0x059a 01434 (string_concat_compare.go:20)	JLE	1443
	0x059c 01436 (string_concat_compare.go:20)	MOVL	$1, AX
	0x05a1 01441 (string_concat_compare.go:41)	JMP	1445
	0x05a3 01443 (string_concat_compare.go:41)	XORL	AX, AX
	0x05a5 01445 (string_concat_compare.go:41)	MOVQ	AX, main.~r0+80(SP)
	0x05aa 01450 (string_concat_compare.go:41)	MOVQ	main.p+200(SP), CX
	0x05b2 01458 (string_concat_compare.go:41)	MOVQ	CX, main..autotmp_73+160(SP)
	0x05ba 01466 (string_concat_compare.go:41)	MOVQ	main.p+216(SP), DX
	0x05c2 01474 (string_concat_compare.go:41)	MOVQ	DX, main..autotmp_74+152(SP)
	0x05ca 01482 (string_concat_compare.go:41)	MOVQ	main.p+192(SP), SI
	0x05d2 01490 (string_concat_compare.go:41)	MOVQ	SI, main..autotmp_70+248(SP)
	0x05da 01498 (string_concat_compare.go:41)	MOVQ	main.p+208(SP), BX
	0x05e2 01506 (string_concat_compare.go:41)	MOVQ	BX, main..autotmp_75+232(SP)
	0x05ea 01514 (string_concat_compare.go:41)	CMPQ	main.p+216(SP), CX
	0x05f2 01522 (string_concat_compare.go:41)	JEQ	1531
	0x05f4 01524 (string_concat_compare.go:41)	XORL	DI, DI
	0x05f6 01526 (string_concat_compare.go:41)	JMP	1078
	0x05fb 01531 (string_concat_compare.go:41)	MOVQ	SI, AX
	0x05fe 01534 (string_concat_compare.go:41)	PCDATA	$1, $4
	0x05fe 01534 (string_concat_compare.go:41)	NOP
	0x0600 01536 (string_concat_compare.go:41)	CALL	runtime.memequal(SB)
	0x0605 01541 (string_concat_compare.go:41)	MOVL	AX, DI
	0x0607 01543 (string_concat_compare.go:41)	JMP	1078
	0x060c 01548 (string_concat_compare.go:45)	PCDATA	$1, $0
	0x060c 01548 (string_concat_compare.go:45)	CALL	runtime.printlock(SB)
	0x0611 01553 (string_concat_compare.go:45)	MOVL	$1, AX
	0x0616 01558 (string_concat_compare.go:45)	CALL	runtime.printbool(SB)
	0x061b 01563 (string_concat_compare.go:45)	NOP
	0x0620 01568 (string_concat_compare.go:45)	CALL	runtime.printsp(SB)
	0x0625 01573 (string_concat_compare.go:45)	XORL	AX, AX
	0x0627 01575 (string_concat_compare.go:45)	CALL	runtime.printbool(SB)
	0x062c 01580 (string_concat_compare.go:45)	CALL	runtime.printsp(SB)
	0x0631 01585 (string_concat_compare.go:45)	MOVL	$1, AX
	0x0636 01590 (string_concat_compare.go:45)	CALL	runtime.printbool(SB)
	0x063b 01595 (string_concat_compare.go:45)	NOP
	0x0640 01600 (string_concat_compare.go:45)	CALL	runtime.printnl(SB)
	0x0645 01605 (string_concat_compare.go:45)	CALL	runtime.printunlock(SB)
	0x064a 01610 (string_concat_compare.go:47)	XORL	AX, AX
	0x064c 01612 (string_concat_compare.go:47)	LEAQ	go:string."hello world"(SB), BX
	0x0653 01619 (string_concat_compare.go:47)	MOVL	$5, CX
	0x0658 01624 (string_concat_compare.go:47)	LEAQ	go:string."!"(SB), DI
	0x065f 01631 (string_concat_compare.go:47)	MOVL	$1, SI
	0x0664 01636 (string_concat_compare.go:47)	CALL	runtime.concatstring2(SB)
	0x0669 01641 (string_concat_compare.go:47)	MOVQ	AX, main.y.ptr+176(SP)
	0x0671 01649 (string_concat_compare.go:47)	MOVQ	BX, main.y.len+88(SP)
	0x0676 01654 (string_concat_compare.go:48)	PCDATA	$1, $9
	0x0676 01654 (string_concat_compare.go:48)	CALL	runtime.printlock(SB)
	0x067b 01659 (string_concat_compare.go:48)	LEAQ	go:string."hello world"(SB), AX
	0x0682 01666 (string_concat_compare.go:48)	MOVL	$11, BX
	0x0687 01671 (string_concat_compare.go:48)	CALL	runtime.printstring(SB)
	0x068c 01676 (string_concat_compare.go:48)	CALL	runtime.printsp(SB)
	0x0691 01681 (string_concat_compare.go:48)	MOVQ	main.y.ptr+176(SP), AX
	0x0699 01689 (string_concat_compare.go:48)	MOVQ	main.y.len+88(SP), BX
	0x069e 01694 (string_concat_compare.go:48)	PCDATA	$1, $0
	0x069e 01694 (string_concat_compare.go:48)	NOP
	0x06a0 01696 (string_concat_compare.go:48)	CALL	runtime.printstring(SB)
	0x06a5 01701 (string_concat_compare.go:48)	CALL	runtime.printnl(SB)
	0x06aa 01706 (string_concat_compare.go:48)	CALL	runtime.printunlock(SB)
	0x06af 01711 (string_concat_compare.go:51)	XORL	AX, AX
	0x06b1 01713 (string_concat_compare.go:51)	XORL	CX, CX
	0x06b3 01715 (string_concat_compare.go:51)	XORL	DX, DX
	0x06b5 01717 (string_concat_compare.go:51)	XORL	BX, BX
	0x06b7 01719 (string_concat_compare.go:51)	JMP	1733
	0x06b9 01721 (string_concat_compare.go:52)	MOVW	$25185, (DX)(CX*1)
	0x06bf 01727 (string_concat_compare.go:51)	INCQ	AX
	0x06c2 01730 (string_concat_compare.go:51)	MOVQ	R8, CX
	0x06c5 01733 (string_concat_compare.go:51)	CMPQ	AX, $5
	0x06c9 01737 (string_concat_compare.go:51)	JGE	1805
	0x06cb 01739 (string_concat_compare.go:52)	LEAQ	2(CX), R8
	0x06cf 01743 (string_concat_compare.go:52)	CMPQ	BX, R8
	0x06d2 01746 (string_concat_compare.go:52)	JCC	1721
	0x06d4 01748 (string_concat_compare.go:51)	MOVQ	CX, main.sb.len+96(SP)
	0x06d9 01753 (string_concat_compare.go:51)	MOVQ	AX, main.i+120(SP)
	0x06de 01758 (string_concat_compare.go:52)	MOVQ	DX, AX
	0x06e1 01761 (string_concat_compare.go:52)	MOVQ	BX, CX
	0x06e4 01764 (string_concat_compare.go:52)	MOVL	$2, DI
	0x06e9 01769 (string_concat_compare.go:52)	LEAQ	type:uint8(SB), SI
	0x06f0 01776 (string_concat_compare.go:52)	MOVQ	R8, BX
	0x06f3 01779 (string_concat_compare.go:52)	CALL	runtime.growslice(SB)
	0x06f8 01784 (string_concat_compare.go:52)	MOVQ	AX, DX
	0x06fb 01787 (string_concat_compare.go:52)	MOVQ	BX, R8
	0x06fe 01790 (string_concat_compare.go:51)	MOVQ	main.i+120(SP), AX
	0x0703 01795 (string_concat_compare.go:52)	MOVQ	CX, BX
	0x0706 01798 (string_concat_compare.go:52)	MOVQ	main.sb.len+96(SP), CX
	0x070b 01803 (string_concat_compare.go:52)	JMP	1721
	0x070d 01805 (string_concat_compare.go:54)	CMPQ	CX, $10
	0x0711 01809 (string_concat_compare.go:54)	JNE	1840
	0x0713 01811 (string_concat_compare.go:54)	MOVQ	$7089055458859770465, AX
	0x071d 01821 (string_concat_compare.go:54)	NOP
	0x0720 01824 (string_concat_compare.go:54)	CMPQ	(DX), AX
	0x0723 01827 (string_concat_compare.go:54)	JNE	1840
	0x0725 01829 (string_concat_compare.go:54)	CMPW	8(DX), $25185
	0x072b 01835 (string_concat_compare.go:54)	SETEQ	AL
	0x072e 01838 (string_concat_compare.go:54)	JMP	1842
	0x0730 01840 (string_concat_compare.go:54)	XORL	AX, AX
	0x0732 01842 (string_concat_compare.go:54)	MOVB	AL, main..autotmp_76+47(SP)
	0x0736 01846 (string_concat_compare.go:54)	CALL	runtime.printlock(SB)
	0x073b 01851 (string_concat_compare.go:54)	MOVBLZX	main..autotmp_76+47(SP), AX
	0x0740 01856 (string_concat_compare.go:54)	CALL	runtime.printbool(SB)
	0x0745 01861 (string_concat_compare.go:54)	CALL	runtime.printnl(SB)
	0x074a 01866 (string_concat_compare.go:54)	CALL	runtime.printunlock(SB)
	0x074f 01871 (string_concat_compare.go:55)	ADDQ	$656, SP
	0x0756 01878 (string_concat_compare.go:55)	POPQ	BP
	0x0757 01879 (string_concat_compare.go:55)	RET
	0x0758 01880 (string_concat_compare.go:37)	PCDATA	$4, $2251
	0x0758 01880 (string_concat_compare.go:37)	CALL	runtime.panicBounds(SB)
	0x075d 01885 (string_concat_compare.go:37)	XCHGL	AX, AX
	0x075e 01886 (string_concat_compare.go:37)	NOP
	0x075e 01886 (string_concat_compare.go:26)	PCDATA	$1, $-1
	0x075e 01886 (string_concat_compare.go:26)	PCDATA	$0, $-2
	0x075e 01886 (string_concat_compare.go:26)	NOP
	0x0760 01888 (string_concat_compare.go:26)	CALL	runtime.morestack_noctxt(SB)
	0x0765 01893 (string_concat_compare.go:26)	PCDATA	$0, $-1
	0x0765 01893 (string_concat_compare.go:26)	JMP	0
	0x0000 4c 8d a4 24 e8 fd ff ff 4d 3b 66 10 0f 86 4c 07  L..$....M;f...L.
	0x0010 00 00 55 48 89 e5 48 81 ec 90 02 00 00 48 c7 84  ..UH..H......H..
	0x0020 24 18 02 00 00 03 00 00 00 48 8d 15 00 00 00 00  $........H......
	0x0030 48 89 94 24 10 02 00 00 48 c7 84 24 28 02 00 00  H..$....H..$(...
	0x0040 01 00 00 00 48 8d 35 00 00 00 00 48 89 b4 24 20  ....H.5....H..$ 
	0x0050 02 00 00 48 c7 84 24 38 02 00 00 03 00 00 00 4c  ...H..$8.......L
	0x0060 8d 05 00 00 00 00 4c 89 84 24 30 02 00 00 48 c7  ......L..$0...H.
	0x0070 84 24 48 02 00 00 01 00 00 00 48 89 b4 24 40 02  .$H.......H..$@.
	0x0080 00 00 48 c7 84 24 58 02 00 00 03 00 00 00 4c 8d  ..H..$X.......L.
	0x0090 0d 00 00 00 00 4c 89 8c 24 50 02 00 00 48 c7 84  .....L..$P...H..
	0x00a0 24 68 02 00 00 01 00 00 00 48 89 b4 24 60 02 00  $h.......H..$`..
	0x00b0 00 48 c7 84 24 78 02 00 00 03 00 00 00 48 89 94  .H..$x.......H..
	0x00c0 24 70 02 00 00 48 c7 84 24 88 02 00 00 03 00 00  $p...H..$.......
	0x00d0 00 4c 89 84 24 80 02 00 00 48 8d 44 24 30 48 8d  .L..$....H.D$0H.
	0x00e0 9c 24 10 02 00 00 b9 08 00 00 00 89 cf e8 00 00  .$..............
	0x00f0 00 00 48 89 84 24 b8 00 00 00 48 89 5c 24 68 90  ..H..$....H.\$h.
	0x0100 e8 00 00 00 00 48 8b 84 24 b8 00 00 00 48 8b 5c  .....H..$....H.\
	0x0110 24 68 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24  $h..........H.D$
	0x0120 68 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  h...............
	0x0130 48 c7 84 24 e8 01 00 00 01 00 00 00 48 8d 15 00  H..$........H...
	0x0140 00 00 00 48 89 94 24 e0 01 00 00 48 c7 84 24 f8  ...H..$....H..$.
	0x0150 01 00 00 02 00 00 00 48 8d 15 00 00 00 00 48 89  .......H......H.
	0x0160 94 24 f0 01 00 00 48 c7 84 24 08 02 00 00 03 00  .$....H..$......
	0x0170 00 00 48 8d 15 00 00 00 00 48 89 94 24 00 02 00  ..H......H..$...
	0x0180 00 48 8d 84 24 e0 01 00 00 bb 03 00 00 00 89 d9  .H..$...........
	0x0190 48 8d 3d 00 00 00 00 be 02 00 00 00 0f 1f 40 00  H.=...........@.
	0x01a0 e8 00 00 00 00 48 89 84 24 f8 00 00 00 48 89 9c  .....H..$....H..
	0x01b0 24 a8 00 00 00 e8 00 00 00 00 48 8b 84 24 f8 00  $.........H..$..
	0x01c0 00 00 48 8b 9c 24 a8 00 00 00 e8 00 00 00 00 e8  ..H..$..........
	0x01d0 00 00 00 00 e8 00 00 00 00 31 c0 31 db 89 d9 48  .........1.1...H
	0x01e0 8d 3d 00 00 00 00 be 01 00 00 00 e8 00 00 00 00  .=..............
	0x01f0 48 89 9c 24 a8 00 00 00 e8 00 00 00 00 48 8b 94  H..$.........H..
	0x0200 24 a8 00 00 00 48 85 d2 0f 94 c0 e8 00 00 00 00  $....H..........
	0x0210 e8 00 00 00 00 e8 00 00 00 00 31 c0 31 c9 31 d2  ..........1.1.1.
	0x0220 eb 5f 48 89 84 24 80 00 00 00 48 89 c1 48 b8 8a  ._H..$....H..H..
	0x0230 9d d8 89 9d d8 89 9d 48 f7 e1 48 c1 ea 04 48 6b  .......H..H...Hk
	0x0240 d2 1a 48 29 d1 48 83 c1 61 48 63 d9 31 c0 e8 00  ..H).H..aHc.1...
	0x0250 00 00 00 48 8b 4c 24 70 48 89 c7 48 89 de 31 c0  ...H.L$pH..H..1.
	0x0260 48 8b 9c 24 e0 00 00 00 e8 00 00 00 00 48 8b 8c  H..$.........H..
	0x0270 24 80 00 00 00 48 ff c1 48 89 c2 48 89 c8 48 89  $....H..H..H..H.
	0x0280 d9 48 89 4c 24 70 48 89 94 24 e0 00 00 00 48 83  .H.L$pH..$....H.
	0x0290 f8 64 7c 8e 48 83 f9 1e 0f 82 ba 04 00 00 66 90  .d|.H.........f.
	0x02a0 e8 00 00 00 00 48 8b 44 24 70 e8 00 00 00 00 e8  .....H.D$p......
	0x02b0 00 00 00 00 48 8b 84 24 e0 00 00 00 48 83 c0 19  ....H..$....H...
	0x02c0 bb 05 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x02d0 00 00 00 00 48 c7 84 24 08 01 00 00 03 00 00 00  ....H..$........
	0x02e0 48 8d 05 00 00 00 00 48 89 84 24 00 01 00 00 48  H......H..$....H
	0x02f0 c7 84 24 18 01 00 00 03 00 00 00 48 8d 0d 00 00  ..$........H....
	0x0300 00 00 48 89 8c 24 10 01 00 00 48 c7 84 24 28 01  ..H..$....H..$(.
	0x0310 00 00 03 00 00 00 48 89 84 24 20 01 00 00 48 c7  ......H..$ ...H.
	0x0320 84 24 38 01 00 00 02 00 00 00 48 8d 05 00 00 00  .$8.......H.....
	0x0330 00 48 89 84 24 30 01 00 00 44 0f 11 bc 24 40 01  .H..$0...D...$@.
	0x0340 00 00 48 c7 84 24 58 01 00 00 01 00 00 00 48 8d  ..H..$X.......H.
	0x0350 05 00 00 00 00 48 89 84 24 50 01 00 00 48 c7 84  .....H..$P...H..
	0x0360 24 68 01 00 00 01 00 00 00 48 8d 0d 00 00 00 00  $h.......H......
	0x0370 48 89 8c 24 60 01 00 00 48 c7 84 24 78 01 00 00  H..$`...H..$x...
	0x0380 01 00 00 00 48 89 84 24 70 01 00 00 48 c7 84 24  ....H..$p...H..$
	0x0390 88 01 00 00 04 00 00 00 48 8d 05 00 00 00 00 48  ........H......H
	0x03a0 89 84 24 80 01 00 00 48 c7 84 24 98 01 00 00 04  ..$....H..$.....
	0x03b0 00 00 00 48 89 84 24 90 01 00 00 48 c7 84 24 a8  ...H..$....H..$.
	0x03c0 01 00 00 01 00 00 00 48 8d 05 00 00 00 00 48 89  .......H......H.
	0x03d0 84 24 a0 01 00 00 48 c7 84 24 b8 01 00 00 01 00  .$....H..$......
	0x03e0 00 00 48 8d 05 00 00 00 00 48 89 84 24 b0 01 00  ..H......H..$...
	0x03f0 00 48 c7 84 24 c8 01 00 00 02 00 00 00 48 8d 05  .H..$........H..
	0x0400 00 00 00 00 48 89 84 24 c0 01 00 00 48 c7 84 24  ....H..$....H..$
	0x0410 d8 01 00 00 01 00 00 00 48 8d 05 00 00 00 00 48  ........H......H
	0x0420 89 84 24 d0 01 00 00 48 8d 84 24 00 01 00 00 31  ..$....H..$....1
	0x0430 c9 e9 0b 01 00 00 40 88 7c 24 2f 48 8b 84 24 c0  ......@.|$/H..$.
	0x0440 00 00 00 48 8b 9c 24 c8 00 00 00 48 8b 8c 24 d0  ...H..$....H..$.
	0x0450 00 00 00 48 8b bc 24 d8 00 00 00 0f 1f 44 00 00  ...H..$......D..
	0x0460 e8 00 00 00 00 48 89 84 24 90 00 00 00 48 8b 84  .....H..$....H..
	0x0470 24 c0 00 00 00 48 8b 9c 24 c8 00 00 00 48 8b 8c  $....H..$....H..
	0x0480 24 d0 00 00 00 48 8b bc 24 d8 00 00 00 e8 00 00  $....H..$.......
	0x0490 00 00 48 89 84 24 88 00 00 00 e8 00 00 00 00 48  ..H..$.........H
	0x04a0 8b 84 24 f8 00 00 00 48 8b 9c 24 a0 00 00 00 e8  ..$....H..$.....
	0x04b0 00 00 00 00 e8 00 00 00 00 48 8b 84 24 e8 00 00  .........H..$...
	0x04c0 00 48 8b 9c 24 98 00 00 00 e8 00 00 00 00 e8 00  .H..$...........
	0x04d0 00 00 00 48 8b 44 24 50 e8 00 00 00 00 0f 1f 00  ...H.D$P........
	0x04e0 e8 00 00 00 00 0f b6 44 24 2f e8 00 00 00 00 e8  .......D$/......
	0x04f0 00 00 00 00 48 8b 94 24 90 00 00 00 48 85 d2 0f  ....H..$....H...
	0x0500 9e c0 e8 00 00 00 00 e8 00 00 00 00 48 8b 94 24  ............H..$
	0x0510 88 00 00 00 48 85 d2 0f 9d c0 e8 00 00 00 00 90  ....H...........
	0x0520 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 f0 00  ..........H..$..
	0x0530 00 00 48 83 c0 20 48 8b 8c 24 a8 00 00 00 48 ff  ..H.. H..$....H.
	0x0540 c1 48 83 f9 07 0f 8d c1 00 00 00 48 89 8c 24 a8  .H.........H..$.
	0x0550 00 00 00 48 89 84 24 f0 00 00 00 48 8b 10 48 8b  ...H..$....H..H.
	0x0560 58 08 48 8b 48 10 48 8b 78 18 48 8d b4 24 c0 00  X.H.H.H.x.H..$..
	0x0570 00 00 44 0f 10 30 44 0f 11 36 44 0f 10 70 10 44  ..D..0D..6D..p.D
	0x0580 0f 11 76 10 48 89 d0 e8 00 00 00 00 48 85 c0 7d  ..v.H.......H..}
	0x0590 09 48 c7 c0 ff ff ff ff eb 0b 7e 07 b8 01 00 00  .H........~.....
	0x05a0 00 eb 02 31 c0 48 89 44 24 50 48 8b 8c 24 c8 00  ...1.H.D$PH..$..
	0x05b0 00 00 48 89 8c 24 a0 00 00 00 48 8b 94 24 d8 00  ..H..$....H..$..
	0x05c0 00 00 48 89 94 24 98 00 00 00 48 8b b4 24 c0 00  ..H..$....H..$..
	0x05d0 00 00 48 89 b4 24 f8 00 00 00 48 8b 9c 24 d0 00  ..H..$....H..$..
	0x05e0 00 00 48 89 9c 24 e8 00 00 00 48 39 8c 24 d8 00  ..H..$....H9.$..
	0x05f0 00 00 74 07 31 ff e9 3b fe ff ff 48 89 f0 66 90  ..t.1..;...H..f.
	0x0600 e8 00 00 00 00 89 c7 e9 2a fe ff ff e8 00 00 00  ........*.......
	0x0610 00 b8 01 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0620 e8 00 00 00 00 31 c0 e8 00 00 00 00 e8 00 00 00  .....1..........
	0x0630 00 b8 01 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0640 e8 00 00 00 00 e8 00 00 00 00 31 c0 48 8d 1d 00  ..........1.H...
	0x0650 00 00 00 b9 05 00 00 00 48 8d 3d 00 00 00 00 be  ........H.=.....
	0x0660 01 00 00 00 e8 00 00 00 00 48 89 84 24 b0 00 00  .........H..$...
	0x0670 00 48 89 5c 24 58 e8 00 00 00 00 48 8d 05 00 00  .H.\$X.....H....
	0x0680 00 00 bb 0b 00 00 00 e8 00 00 00 00 e8 00 00 00  ................
	0x0690 00 48 8b 84 24 b0 00 00 00 48 8b 5c 24 58 66 90  .H..$....H.\$Xf.
	0x06a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x06b0 c0 31 c9 31 d2 31 db eb 0c 66 c7 04 0a 61 62 48  .1.1.1...f...abH
	0x06c0 ff c0 4c 89 c1 48 83 f8 05 7d 42 4c 8d 41 02 4c  ..L..H...}BL.A.L
	0x06d0 39 c3 73 e5 48 89 4c 24 60 48 89 44 24 78 48 89  9.s.H.L$`H.D$xH.
	0x06e0 d0 48 89 d9 bf 02 00 00 00 48 8d 35 00 00 00 00  .H.......H.5....
	0x06f0 4c 89 c3 e8 00 00 00 00 48 89 c2 49 89 d8 48 8b  L.......H..I..H.
	0x0700 44 24 78 48 89 cb 48 8b 4c 24 60 eb ac 48 83 f9  D$xH..H.L$`..H..
	0x0710 0a 75 1d 48 b8 61 62 61 62 61 62 61 62 0f 1f 00  .u.H.abababab...
	0x0720 48 39 02 75 0b 66 81 7a 08 61 62 0f 94 c0 eb 02  H9.u.f.z.ab.....
	0x0730 31 c0 88 44 24 2f e8 00 00 00 00 0f b6 44 24 2f  1..D$/.......D$/
	0x0740 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0750 81 c4 90 02 00 00 5d c3 e8 00 00 00 00 90 66 90  ......].......f.
	0x0760 e8 00 00 00 00 e9 96 f8 ff ff                    ..........
	rel 44+4 t=R_PCREL go:string."foo"+0
	rel 71+4 t=R_PCREL go:string."-"+0
	rel 98+4 t=R_PCREL go:string."bar"+0
	rel 145+4 t=R_PCREL go:string."baz"+0
	rel 238+4 t=R_CALL runtime.concatstrings+0
	rel 257+4 t=R_CALL runtime.printlock+0
	rel 275+4 t=R_CALL runtime.printstring+0
	rel 280+4 t=R_CALL runtime.printsp+0
	rel 290+4 t=R_CALL runtime.printint+0
	rel 295+4 t=R_CALL runtime.printnl+0
	rel 300+4 t=R_CALL runtime.printunlock+0
	rel 319+4 t=R_PCREL go:string."x"+0
	rel 346+4 t=R_PCREL go:string."yy"+0
	rel 373+4 t=R_PCREL go:string."zzz"+0
	rel 403+4 t=R_PCREL go:string.", "+0
	rel 417+4 t=R_CALL main.join+0
	rel 438+4 t=R_CALL runtime.printlock+0
	rel 459+4 t=R_CALL runtime.printstring+0
	rel 464+4 t=R_CALL runtime.printnl+0
	rel 469+4 t=R_CALL runtime.printunlock+0
	rel 482+4 t=R_PCREL go:string.","+0
	rel 492+4 t=R_CALL main.join+0
	rel 505+4 t=R_CALL runtime.printlock+0
	rel 524+4 t=R_CALL runtime.printbool+0
	rel 529+4 t=R_CALL runtime.printnl+0
	rel 534+4 t=R_CALL runtime.printunlock+0
	rel 591+4 t=R_CALL runtime.intstring+0
	rel 617+4 t=R_CALL runtime.concatstring2+0
	rel 673+4 t=R_CALL runtime.printlock+0
	rel 683+4 t=R_CALL runtime.printint+0
	rel 688+4 t=R_CALL runtime.printsp+0
	rel 710+4 t=R_CALL runtime.printstring+0
	rel 715+4 t=R_CALL runtime.printnl+0
	rel 720+4 t=R_CALL runtime.printunlock+0
	rel 739+4 t=R_PCREL go:string."abc"+0
	rel 766+4 t=R_PCREL go:string."abd"+0
	rel 813+4 t=R_PCREL go:string."ab"+0
	rel 849+4 t=R_PCREL go:string."a"+0
	rel 876+4 t=R_PCREL go:string."Z"+0
	rel 923+4 t=R_PCREL go:string."same"+0
	rel 970+4 t=R_PCREL go:string."\xff"+0
	rel 997+4 t=R_PCREL go:string."\x7f"+0
	rel 1024+4 t=R_PCREL go:string."é"+0
	rel 1051+4 t=R_PCREL go:string."z"+0
	rel 1121+4 t=R_CALL runtime.cmpstring+0
	rel 1166+4 t=R_CALL runtime.cmpstring+0
	rel 1179+4 t=R_CALL runtime.printlock+0
	rel 1200+4 t=R_CALL runtime.printstring+0
	rel 1205+4 t=R_CALL runtime.printsp+0
	rel 1226+4 t=R_CALL runtime.printstring+0
	rel 1231+4 t=R_CALL runtime.printsp+0
	rel 1241+4 t=R_CALL runtime.printint+0
	rel 1249+4 t=R_CALL runtime.printsp+0
	rel 1259+4 t=R_CALL runtime.printbool+0
	rel 1264+4 t=R_CALL runtime.printsp+0
	rel 1283+4 t=R_CALL runtime.printbool+0
	rel 1288+4 t=R_CALL runtime.printsp+0
	rel 1307+4 t=R_CALL runtime.printbool+0
	rel 1313+4 t=R_CALL runtime.printnl+0
	rel 1318+4 t=R_CALL runtime.printunlock+0
	rel 1416+4 t=R_CALL runtime.cmpstring+0
	rel 1537+4 t=R_CALL runtime.memequal+0
	rel 1549+4 t=R_CALL runtime.printlock+0
	rel 1559+4 t=R_CALL runtime.printbool+0
	rel 1569+4 t=R_CALL runtime.printsp+0
	rel 1576+4 t=R_CALL runtime.printbool+0
	rel 1581+4 t=R_CALL runtime.printsp+0
	rel 1591+4 t=R_CALL runtime.printbool+0
	rel 1601+4 t=R_CALL runtime.printnl+0
	rel 1606+4 t=R_CALL runtime.printunlock+0
	rel 1615+4 t=R_PCREL go:string."hello world"+0
	rel 1627+4 t=R_PCREL go:string."!"+0
	rel 1637+4 t=R_CALL runtime.concatstring2+0
	rel 1655+4 t=R_CALL runtime.printlock+0
	rel 1662+4 t=R_PCREL go:string."hello world"+0
	rel 1672+4 t=R_CALL runtime.printstring+0
	rel 1677+4 t=R_CALL runtime.printsp+0
	rel 1697+4 t=R_CALL runtime.printstring+0
	rel 1702+4 t=R_CALL runtime.printnl+0
	rel 1707+4 t=R_CALL runtime.printunlock+0
	rel 1772+4 t=R_PCREL type:uint8+0
	rel 1780+4 t=R_CALL runtime.growslice+0
	rel 1847+4 t=R_CALL runtime.printlock+0
	rel 1857+4 t=R_CALL runtime.printbool+0
	rel 1862+4 t=R_CALL runtime.printnl+0
	rel 1867+4 t=R_CALL runtime.printunlock+0
	rel 1881+4 t=R_CALL runtime.panicBounds+0
	rel 1889+4 t=R_CALL runtime.morestack_noctxt+0
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
go:info.main.cmp$abstract SDWARFABSFCN dupok size=30 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6d 70 00 01 10 01 22 61 00  .main.cmp...."a.
	0x0010 00 00 00 00 00 22 62 00 00 00 00 00 00 00        ....."b.......
	rel 17+4 t=R_DWARFSECREF go:info.string+0
	rel 25+4 t=R_DWARFSECREF go:info.string+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.SS SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.SS+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
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
go:string."foo" SRODATA dupok size=3 align=0x1
	0x0000 66 6f 6f                                         foo
go:string."bar" SRODATA dupok size=3 align=0x1
	0x0000 62 61 72                                         bar
go:string."baz" SRODATA dupok size=3 align=0x1
	0x0000 62 61 7a                                         baz
go:string."-" SRODATA dupok size=1 align=0x1
	0x0000 2d                                               -
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
go:string."yy" SRODATA dupok size=2 align=0x1
	0x0000 79 79                                            yy
go:string."zzz" SRODATA dupok size=3 align=0x1
	0x0000 7a 7a 7a                                         zzz
go:string.", " SRODATA dupok size=2 align=0x1
	0x0000 2c 20                                            , 
go:string."," SRODATA dupok size=1 align=0x1
	0x0000 2c                                               ,
go:string."abc" SRODATA dupok size=3 align=0x1
	0x0000 61 62 63                                         abc
go:string."abd" SRODATA dupok size=3 align=0x1
	0x0000 61 62 64                                         abd
go:string."ab" SRODATA dupok size=2 align=0x1
	0x0000 61 62                                            ab
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."Z" SRODATA dupok size=1 align=0x1
	0x0000 5a                                               Z
go:string."same" SRODATA dupok size=4 align=0x1
	0x0000 73 61 6d 65                                      same
go:string."\xff" SRODATA dupok size=1 align=0x1
	0x0000 ff                                               .
go:string."\x7f" SRODATA dupok size=1 align=0x1
	0x0000 7f                                               .
go:string."é" SRODATA dupok size=2 align=0x1
	0x0000 c3 a9                                            ..
go:string."z" SRODATA dupok size=1 align=0x1
	0x0000 7a                                               z
go:string."hello world" SRODATA dupok size=11 align=0x1
	0x0000 68 65 6c 6c 6f 20 77 6f 72 6c 64                 hello world
go:string."!" SRODATA dupok size=1 align=0x1
	0x0000 21                                               !
type:.namedata.*[][2]string- SRODATA dupok size=14 align=0x1
	0x0000 00 0c 2a 5b 5d 5b 32 5d 73 74 72 69 6e 67        ..*[][2]string
type:*[][2]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 81 6f 96 2b 28 08 08 16 00 00 00 00 00 00 00 00  .o.+(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[][2]string-+0
	rel 48+8 t=R_ADDR type:[][2]string+0
type:[][2]string SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 35 60 d8 39 02 08 08 17 00 00 00 00 00 00 00 00  5`.9............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[][2]string-+0
	rel 44+4 t=RelocType(-32763) type:*[][2]string+0
	rel 48+8 t=R_ADDR type:[2]string+0
runtime.gcbits.1500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 15 00 00 00 00 00 00 00                          ........
runtime.gcbits.5555550500000000 SRODATA dupok size=8 align=0x8
	0x0000 55 55 55 05 00 00 00 00                          UUU.....
runtime.gcbits.5555000000000000 SRODATA dupok size=8 align=0x8
	0x0000 55 55 00 00 00 00 00 00                          UU......
gclocals·kan7foKpI7sNRFSfFQmDaA== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 04 00 00 00 09 09 09 00              ............
gclocals·o0ggdLSoTLt9UZX9+dEqww== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 02 00 00 00 00 02 03 00              ............
main.join.arginfo1 SRODATA static dupok size=15 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd fe 18 08 20 08 fd ff     ........... ...
main.join.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 1a                                         ...
gclocals·itaneJMpbAudh9zNu5JnHA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 05 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.cmp.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 fd fe 10 08 18 08 fd ff           .............
main.cmp.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·XhHydcwudYgAAAHTAKMedg== SRODATA dupok size=8 align=0x4
	0x0000 0a 00 00 00 00 00 00 00                          ........
gclocals·M6GVUgZOQpHPdfhcCYAsaw== SRODATA dupok size=88 align=0x4
	0x0000 0a 00 00 00 3c 00 00 00 00 00 00 00 00 00 00 00  ....<...........
	0x0010 02 00 00 00 00 00 00 00 00 02 00 00 00 00 00 00  ................
	0x0020 40 00 00 00 00 00 00 00 94 03 00 00 00 00 00 00  @...............
	0x0030 80 03 00 00 00 00 00 00 80 01 00 00 00 00 00 00  ................
	0x0040 00 01 00 00 00 00 00 00 14 01 00 00 00 00 00 00  ................
	0x0050 01 00 00 00 00 00 00 00                          ........
main.main.stkobj SRODATA static size=56 align=0x8
	0x0000 03 00 00 00 00 00 00 00 70 fe ff ff e0 00 00 00  ........p.......
	0x0010 d8 00 00 00 00 00 00 00 50 ff ff ff 30 00 00 00  ........P...0...
	0x0020 28 00 00 00 00 00 00 00 80 ff ff ff 80 00 00 00  (...............
	0x0030 78 00 00 00 00 00 00 00                          x.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.5555550500000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.1500000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.5555000000000000+0
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.SS.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SS.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
