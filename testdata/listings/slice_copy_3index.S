funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (slice_copy_3index.go:11)	TEXT	main.main(SB), ABIInternal, $472-0
     0        00000 (slice_copy_3index.go:11)	TEXT	main.main(SB), ABIInternal, $472-0
     0     -1 00000 (slice_copy_3index.go:11)	LEAQ	-344(SP), R12
     8        00008 (slice_copy_3index.go:11)	CMPQ	R12, 16(R14)
     c        00012 (slice_copy_3index.go:11)	PCDATA	$0, $-2
     c        00012 (slice_copy_3index.go:11)	JLS	2244
    12        00018 (slice_copy_3index.go:11)	PCDATA	$0, $-1
    12        00018 (slice_copy_3index.go:11)	PUSHQ	BP
    13        00019 (slice_copy_3index.go:11)	MOVQ	SP, BP
    16        00022 (slice_copy_3index.go:11)	SUBQ	$464, SP
    1d        00029 (slice_copy_3index.go:11)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    1d        00029 (slice_copy_3index.go:11)	FUNCDATA	$1, gclocals·HM78BBKmj/74hKeYGEnXLw==(SB)
    1d        00029 (slice_copy_3index.go:12)	LEAQ	main..autotmp_35+312(SP), BX
    25        00037 (slice_copy_3index.go:12)	MOVUPS	X15, (BX)
    29        00041 (slice_copy_3index.go:12)	MOVUPS	X15, 16(BX)
    2e        00046 (slice_copy_3index.go:12)	MOVUPS	X15, 32(BX)
    33        00051 (slice_copy_3index.go:12)	MOVUPS	X15, 48(BX)
    38        00056 (slice_copy_3index.go:12)	MOVUPS	X15, 64(BX)
    3d        00061 (slice_copy_3index.go:12)	MOVQ	$1, main..autotmp_35+320(SP)
    49        00073 (slice_copy_3index.go:12)	MOVQ	$2, main..autotmp_35+328(SP)
    55        00085 (slice_copy_3index.go:12)	MOVQ	$3, main..autotmp_35+336(SP)
    61        00097 (slice_copy_3index.go:12)	MOVQ	$4, main..autotmp_35+344(SP)
    6d        00109 (slice_copy_3index.go:12)	MOVQ	$5, main..autotmp_35+352(SP)
    79        00121 (slice_copy_3index.go:12)	MOVQ	$6, main..autotmp_35+360(SP)
    85        00133 (slice_copy_3index.go:12)	MOVQ	$7, main..autotmp_35+368(SP)
    91        00145 (slice_copy_3index.go:12)	MOVQ	$8, main..autotmp_35+376(SP)
    9d        00157 (slice_copy_3index.go:12)	MOVQ	$9, main..autotmp_35+384(SP)
    a9        00169 (slice_copy_3index.go:13)	LEAQ	main..autotmp_35+328(SP), AX
    b1        00177 (slice_copy_3index.go:13)	MOVL	$64, CX
    b6        00182 (slice_copy_3index.go:13)	PCDATA	$1, $0
    b6        00182 (slice_copy_3index.go:13)	CALL	runtime.memmove(SB)
    bb        00187 (slice_copy_3index.go:13)	NOP
    c0        00192 (slice_copy_3index.go:14)	CALL	runtime.printlock(SB)
    c5        00197 (slice_copy_3index.go:14)	LEAQ	go:string."copied "(SB), AX
    cc        00204 (slice_copy_3index.go:14)	MOVL	$7, BX
    d1        00209 (slice_copy_3index.go:14)	CALL	runtime.printstring(SB)
    d6        00214 (slice_copy_3index.go:14)	MOVL	$8, AX
    db        00219 (slice_copy_3index.go:14)	NOP
    e0        00224 (slice_copy_3index.go:14)	CALL	runtime.printint(SB)
    e5        00229 (slice_copy_3index.go:14)	CALL	runtime.printnl(SB)
    ea        00234 (slice_copy_3index.go:14)	CALL	runtime.printunlock(SB)
    ef        00239 (<unknown line number>)	NOP
    ef        00239 (slice_copy_3index.go:15)	XORL	AX, AX
    f1      0 00241 (slice_copy_3index.go:15)	JMP	309
    f3        00243 (slice_copy_3index.go:15)	MOVQ	AX, main..autotmp_136+440(SP)
    fb        00251 (slice_copy_3index.go:15)	MOVQ	main..autotmp_35+312(SP)(AX*8), AX
   103        00259 (slice_copy_3index.go:15)	MOVQ	AX, main.v+160(SP)
   10b        00267 (slice_copy_3index.go:15)	CALL	runtime.printlock(SB)
   110        00272 (slice_copy_3index.go:15)	MOVQ	main.v+160(SP), AX
   118        00280 (slice_copy_3index.go:15)	CALL	runtime.printint(SB)
   11d        00285 (slice_copy_3index.go:15)	NOP
   120        00288 (slice_copy_3index.go:15)	CALL	runtime.printsp(SB)
   125        00293 (slice_copy_3index.go:15)	CALL	runtime.printunlock(SB)
   12a        00298 (slice_copy_3index.go:15)	MOVQ	main..autotmp_136+440(SP), AX
   132        00306 (slice_copy_3index.go:15)	INCQ	AX
   135        00309 (slice_copy_3index.go:15)	CMPQ	AX, $10
   139        00313 (slice_copy_3index.go:15)	JLT	243
   13b        00315 (slice_copy_3index.go:15)	NOP
   140        00320 (slice_copy_3index.go:15)	CALL	runtime.printlock(SB)
   145        00325 (slice_copy_3index.go:15)	LEAQ	go:string."| len "(SB), AX
   14c        00332 (slice_copy_3index.go:15)	MOVL	$6, BX
   151        00337 (slice_copy_3index.go:15)	CALL	runtime.printstring(SB)
   156        00342 (slice_copy_3index.go:15)	MOVL	$10, AX
   15b        00347 (slice_copy_3index.go:15)	NOP
   160        00352 (slice_copy_3index.go:15)	CALL	runtime.printint(SB)
   165        00357 (slice_copy_3index.go:15)	LEAQ	go:string." cap "(SB), AX
   16c        00364 (slice_copy_3index.go:15)	MOVL	$5, BX
   171        00369 (slice_copy_3index.go:15)	CALL	runtime.printstring(SB)
   176        00374 (slice_copy_3index.go:15)	MOVL	$10, AX
   17b        00379 (slice_copy_3index.go:15)	NOP
   180        00384 (slice_copy_3index.go:15)	CALL	runtime.printint(SB)
   185        00389 (slice_copy_3index.go:15)	CALL	runtime.printnl(SB)
   18a        00394 (slice_copy_3index.go:15)	CALL	runtime.printunlock(SB)
   18f     -1 00399 (slice_copy_3index.go:17)	LEAQ	main..autotmp_43+232(SP), AX
   197        00407 (slice_copy_3index.go:17)	MOVUPS	X15, (AX)
   19b        00411 (slice_copy_3index.go:17)	MOVUPS	X15, 16(AX)
   1a0        00416 (slice_copy_3index.go:17)	MOVUPS	X15, 32(AX)
   1a5        00421 (slice_copy_3index.go:17)	MOVUPS	X15, 48(AX)
   1aa        00426 (slice_copy_3index.go:17)	MOVUPS	X15, 64(AX)
   1af        00431 (slice_copy_3index.go:17)	MOVQ	$1, main..autotmp_43+240(SP)
   1bb        00443 (slice_copy_3index.go:17)	MOVQ	$2, main..autotmp_43+248(SP)
   1c7        00455 (slice_copy_3index.go:17)	MOVQ	$3, main..autotmp_43+256(SP)
   1d3        00467 (slice_copy_3index.go:17)	MOVQ	$4, main..autotmp_43+264(SP)
   1df        00479 (slice_copy_3index.go:17)	MOVQ	$5, main..autotmp_43+272(SP)
   1eb        00491 (slice_copy_3index.go:17)	MOVQ	$6, main..autotmp_43+280(SP)
   1f7        00503 (slice_copy_3index.go:17)	MOVQ	$7, main..autotmp_43+288(SP)
   203        00515 (slice_copy_3index.go:17)	MOVQ	$8, main..autotmp_43+296(SP)
   20f        00527 (slice_copy_3index.go:17)	MOVQ	$9, main..autotmp_43+304(SP)
   21b        00539 (slice_copy_3index.go:18)	LEAQ	main..autotmp_43+256(SP), BX
   223        00547 (slice_copy_3index.go:18)	MOVL	$56, CX
   228        00552 (slice_copy_3index.go:18)	CALL	runtime.memmove(SB)
   22d        00557 (slice_copy_3index.go:19)	CALL	runtime.printlock(SB)
   232        00562 (slice_copy_3index.go:19)	LEAQ	go:string."copied "(SB), AX
   239        00569 (slice_copy_3index.go:19)	MOVL	$7, BX
   23e        00574 (slice_copy_3index.go:19)	NOP
   240        00576 (slice_copy_3index.go:19)	CALL	runtime.printstring(SB)
   245        00581 (slice_copy_3index.go:19)	MOVL	$7, AX
   24a        00586 (slice_copy_3index.go:19)	CALL	runtime.printint(SB)
   24f        00591 (slice_copy_3index.go:19)	CALL	runtime.printnl(SB)
   254        00596 (slice_copy_3index.go:19)	CALL	runtime.printunlock(SB)
   259        00601 (<unknown line number>)	NOP
   259        00601 (slice_copy_3index.go:20)	XORL	AX, AX
   25b      1 00603 (slice_copy_3index.go:20)	JMP	672
   25d        00605 (slice_copy_3index.go:20)	MOVQ	AX, main..autotmp_136+440(SP)
   265        00613 (slice_copy_3index.go:20)	MOVQ	main..autotmp_43+232(SP)(AX*8), AX
   26d        00621 (slice_copy_3index.go:20)	MOVQ	AX, main.v+152(SP)
   275        00629 (slice_copy_3index.go:20)	CALL	runtime.printlock(SB)
   27a        00634 (slice_copy_3index.go:20)	MOVQ	main.v+152(SP), AX
   282        00642 (slice_copy_3index.go:20)	CALL	runtime.printint(SB)
   287        00647 (slice_copy_3index.go:20)	CALL	runtime.printsp(SB)
   28c        00652 (slice_copy_3index.go:20)	CALL	runtime.printunlock(SB)
   291        00657 (slice_copy_3index.go:20)	MOVQ	main..autotmp_136+440(SP), AX
   299        00665 (slice_copy_3index.go:20)	INCQ	AX
   29c        00668 (slice_copy_3index.go:20)	NOP
   2a0        00672 (slice_copy_3index.go:20)	CMPQ	AX, $10
   2a4        00676 (slice_copy_3index.go:20)	JLT	605
   2a6        00678 (slice_copy_3index.go:20)	CALL	runtime.printlock(SB)
   2ab        00683 (slice_copy_3index.go:20)	LEAQ	go:string."| len "(SB), AX
   2b2        00690 (slice_copy_3index.go:20)	MOVL	$6, BX
   2b7        00695 (slice_copy_3index.go:20)	CALL	runtime.printstring(SB)
   2bc        00700 (slice_copy_3index.go:20)	MOVL	$10, AX
   2c1        00705 (slice_copy_3index.go:20)	CALL	runtime.printint(SB)
   2c6        00710 (slice_copy_3index.go:20)	LEAQ	go:string." cap "(SB), AX
   2cd        00717 (slice_copy_3index.go:20)	MOVL	$5, BX
   2d2        00722 (slice_copy_3index.go:20)	CALL	runtime.printstring(SB)
   2d7        00727 (slice_copy_3index.go:20)	MOVL	$10, AX
   2dc        00732 (slice_copy_3index.go:20)	NOP
   2e0        00736 (slice_copy_3index.go:20)	CALL	runtime.printint(SB)
   2e5        00741 (slice_copy_3index.go:20)	CALL	runtime.printnl(SB)
   2ea        00746 (slice_copy_3index.go:20)	CALL	runtime.printunlock(SB)
   2ef     -1 00751 (slice_copy_3index.go:22)	LEAQ	main..autotmp_50+208(SP), AX
   2f7        00759 (slice_copy_3index.go:22)	MOVUPS	X15, (AX)
   2fb        00763 (slice_copy_3index.go:22)	MOVUPS	X15, 8(AX)
   300        00768 (slice_copy_3index.go:23)	MOVQ	$9, main..autotmp_33+392(SP)
   30c        00780 (slice_copy_3index.go:23)	MOVQ	$8, main..autotmp_33+400(SP)
   318        00792 (slice_copy_3index.go:23)	MOVQ	$7, main..autotmp_33+408(SP)
   324        00804 (slice_copy_3index.go:23)	MOVQ	$6, main..autotmp_33+416(SP)
   330        00816 (slice_copy_3index.go:23)	MOVQ	$5, main..autotmp_33+424(SP)
   33c        00828 (slice_copy_3index.go:23)	LEAQ	main..autotmp_33+392(SP), CX
   344        00836 (slice_copy_3index.go:23)	MOVUPS	(CX), X14
   348        00840 (slice_copy_3index.go:23)	MOVUPS	X14, (AX)
   34c        00844 (slice_copy_3index.go:23)	MOVUPS	8(CX), X14
   351        00849 (slice_copy_3index.go:23)	MOVUPS	X14, 8(AX)
   356        00854 (slice_copy_3index.go:24)	CALL	runtime.printlock(SB)
   35b        00859 (slice_copy_3index.go:24)	LEAQ	go:string."copied "(SB), AX
   362        00866 (slice_copy_3index.go:24)	MOVL	$7, BX
   367        00871 (slice_copy_3index.go:24)	CALL	runtime.printstring(SB)
   36c        00876 (slice_copy_3index.go:24)	MOVL	$3, AX
   371        00881 (slice_copy_3index.go:24)	CALL	runtime.printint(SB)
   376        00886 (slice_copy_3index.go:24)	CALL	runtime.printnl(SB)
   37b        00891 (slice_copy_3index.go:24)	NOP
   380        00896 (slice_copy_3index.go:24)	CALL	runtime.printunlock(SB)
   385        00901 (<unknown line number>)	NOP
   385        00901 (slice_copy_3index.go:25)	XORL	AX, AX
   387      2 00903 (slice_copy_3index.go:25)	JMP	968
   389        00905 (slice_copy_3index.go:25)	MOVQ	AX, main..autotmp_136+440(SP)
   391        00913 (slice_copy_3index.go:25)	MOVQ	main..autotmp_50+208(SP)(AX*8), AX
   399        00921 (slice_copy_3index.go:25)	MOVQ	AX, main.v+144(SP)
   3a1        00929 (slice_copy_3index.go:25)	CALL	runtime.printlock(SB)
   3a6        00934 (slice_copy_3index.go:25)	MOVQ	main.v+144(SP), AX
   3ae        00942 (slice_copy_3index.go:25)	CALL	runtime.printint(SB)
   3b3        00947 (slice_copy_3index.go:25)	CALL	runtime.printsp(SB)
   3b8        00952 (slice_copy_3index.go:25)	CALL	runtime.printunlock(SB)
   3bd        00957 (slice_copy_3index.go:25)	MOVQ	main..autotmp_136+440(SP), AX
   3c5        00965 (slice_copy_3index.go:25)	INCQ	AX
   3c8        00968 (slice_copy_3index.go:25)	CMPQ	AX, $3
   3cc        00972 (slice_copy_3index.go:25)	JLT	905
   3ce        00974 (slice_copy_3index.go:25)	CALL	runtime.printlock(SB)
   3d3        00979 (slice_copy_3index.go:25)	LEAQ	go:string."| len "(SB), AX
   3da        00986 (slice_copy_3index.go:25)	MOVL	$6, BX
   3df        00991 (slice_copy_3index.go:25)	NOP
   3e0        00992 (slice_copy_3index.go:25)	CALL	runtime.printstring(SB)
   3e5        00997 (slice_copy_3index.go:25)	MOVL	$3, AX
   3ea        01002 (slice_copy_3index.go:25)	CALL	runtime.printint(SB)
   3ef        01007 (slice_copy_3index.go:25)	LEAQ	go:string." cap "(SB), AX
   3f6        01014 (slice_copy_3index.go:25)	MOVL	$5, BX
   3fb        01019 (slice_copy_3index.go:25)	NOP
   400        01024 (slice_copy_3index.go:25)	CALL	runtime.printstring(SB)
   405        01029 (slice_copy_3index.go:25)	MOVL	$3, AX
   40a        01034 (slice_copy_3index.go:25)	CALL	runtime.printint(SB)
   40f        01039 (slice_copy_3index.go:25)	CALL	runtime.printnl(SB)
   414        01044 (slice_copy_3index.go:25)	CALL	runtime.printunlock(SB)
   419     -1 01049 (slice_copy_3index.go:28)	MOVL	$1634496359, main..autotmp_59+100(SP)
   421        01057 (slice_copy_3index.go:29)	LEAQ	main..autotmp_65+68(SP), AX
   426        01062 (slice_copy_3index.go:29)	LEAQ	main..autotmp_59+100(SP), BX
   42b        01067 (slice_copy_3index.go:29)	MOVL	$4, CX
   430        01072 (slice_copy_3index.go:29)	CALL	runtime.slicebytetostring(SB)
   435        01077 (slice_copy_3index.go:29)	MOVQ	AX, main..autotmp_137+456(SP)
   43d        01085 (slice_copy_3index.go:29)	MOVQ	BX, main..autotmp_136+440(SP)
   445        01093 (slice_copy_3index.go:29)	PCDATA	$1, $1
   445        01093 (slice_copy_3index.go:29)	CALL	runtime.printlock(SB)
   44a        01098 (slice_copy_3index.go:29)	MOVL	$4, AX
   44f        01103 (slice_copy_3index.go:29)	CALL	runtime.printint(SB)
   454        01108 (slice_copy_3index.go:29)	CALL	runtime.printsp(SB)
   459        01113 (slice_copy_3index.go:29)	MOVQ	main..autotmp_137+456(SP), AX
   461        01121 (slice_copy_3index.go:29)	MOVQ	main..autotmp_136+440(SP), BX
   469        01129 (slice_copy_3index.go:29)	PCDATA	$1, $0
   469        01129 (slice_copy_3index.go:29)	CALL	runtime.printstring(SB)
   46e        01134 (slice_copy_3index.go:29)	CALL	runtime.printnl(SB)
   473        01139 (slice_copy_3index.go:29)	CALL	runtime.printunlock(SB)
   478        01144 (slice_copy_3index.go:31)	MOVQ	$10, main..autotmp_67+168(SP)
   484        01156 (slice_copy_3index.go:31)	MOVQ	$20, main..autotmp_67+176(SP)
   490        01168 (slice_copy_3index.go:31)	MOVQ	$30, main..autotmp_67+184(SP)
   49c        01180 (slice_copy_3index.go:31)	MOVQ	$40, main..autotmp_67+192(SP)
   4a8        01192 (slice_copy_3index.go:31)	MOVQ	$50, main..autotmp_67+200(SP)
   4b4        01204 (<unknown line number>)	NOP
   4b4        01204 (slice_copy_3index.go:33)	XORL	AX, AX
   4b6      3 01206 (slice_copy_3index.go:33)	JMP	1280
   4b8        01208 (slice_copy_3index.go:33)	MOVQ	AX, main..autotmp_136+440(SP)
   4c0        01216 (slice_copy_3index.go:33)	MOVQ	main..autotmp_67+176(SP)(AX*8), AX
   4c8        01224 (slice_copy_3index.go:33)	MOVQ	AX, main.v+136(SP)
   4d0        01232 (slice_copy_3index.go:33)	CALL	runtime.printlock(SB)
   4d5        01237 (slice_copy_3index.go:33)	MOVQ	main.v+136(SP), AX
   4dd        01245 (slice_copy_3index.go:33)	NOP
   4e0        01248 (slice_copy_3index.go:33)	CALL	runtime.printint(SB)
   4e5        01253 (slice_copy_3index.go:33)	CALL	runtime.printsp(SB)
   4ea        01258 (slice_copy_3index.go:33)	CALL	runtime.printunlock(SB)
   4ef        01263 (slice_copy_3index.go:33)	MOVQ	main..autotmp_136+440(SP), AX
   4f7        01271 (slice_copy_3index.go:33)	INCQ	AX
   4fa        01274 (slice_copy_3index.go:33)	NOP
   500        01280 (slice_copy_3index.go:33)	CMPQ	AX, $2
   504        01284 (slice_copy_3index.go:33)	JLT	1208
   506        01286 (slice_copy_3index.go:33)	CALL	runtime.printlock(SB)
   50b        01291 (slice_copy_3index.go:33)	LEAQ	go:string."| len "(SB), AX
   512        01298 (slice_copy_3index.go:33)	MOVL	$6, BX
   517        01303 (slice_copy_3index.go:33)	CALL	runtime.printstring(SB)
   51c        01308 (slice_copy_3index.go:33)	MOVL	$2, AX
   521        01313 (slice_copy_3index.go:33)	CALL	runtime.printint(SB)
   526        01318 (slice_copy_3index.go:33)	LEAQ	go:string." cap "(SB), AX
   52d        01325 (slice_copy_3index.go:33)	MOVL	$5, BX
   532        01330 (slice_copy_3index.go:33)	CALL	runtime.printstring(SB)
   537        01335 (slice_copy_3index.go:33)	MOVL	$2, AX
   53c        01340 (slice_copy_3index.go:33)	NOP
   540        01344 (slice_copy_3index.go:33)	CALL	runtime.printint(SB)
   545        01349 (slice_copy_3index.go:33)	CALL	runtime.printnl(SB)
   54a        01354 (slice_copy_3index.go:33)	CALL	runtime.printunlock(SB)
   54f     -1 01359 (slice_copy_3index.go:34)	LEAQ	main..autotmp_67+176(SP), AX
   557        01367 (slice_copy_3index.go:34)	MOVL	$3, BX
   55c        01372 (slice_copy_3index.go:34)	MOVL	$2, CX
   561        01377 (slice_copy_3index.go:34)	MOVL	$1, DI
   566        01382 (slice_copy_3index.go:34)	LEAQ	type:int(SB), SI
   56d        01389 (slice_copy_3index.go:34)	CALL	runtime.growslice(SB)
   572        01394 (slice_copy_3index.go:34)	MOVQ	AX, main..autotmp_138+448(SP)
   57a        01402 (slice_copy_3index.go:34)	MOVQ	CX, main..autotmp_136+440(SP)
   582        01410 (slice_copy_3index.go:34)	MOVQ	$99, 16(AX)
   58a        01418 (<unknown line number>)	NOP
   58a        01418 (slice_copy_3index.go:35)	XORL	DX, DX
   58c      4 01420 (slice_copy_3index.go:35)	JMP	1504
   58e        01422 (slice_copy_3index.go:35)	MOVQ	DX, main..autotmp_139+432(SP)
   596        01430 (slice_copy_3index.go:35)	MOVQ	main..autotmp_67+168(SP)(DX*8), AX
   59e        01438 (slice_copy_3index.go:35)	MOVQ	AX, main.v+128(SP)
   5a6        01446 (slice_copy_3index.go:35)	PCDATA	$1, $2
   5a6        01446 (slice_copy_3index.go:35)	CALL	runtime.printlock(SB)
   5ab        01451 (slice_copy_3index.go:35)	MOVQ	main.v+128(SP), AX
   5b3        01459 (slice_copy_3index.go:35)	CALL	runtime.printint(SB)
   5b8        01464 (slice_copy_3index.go:35)	CALL	runtime.printsp(SB)
   5bd        01469 (slice_copy_3index.go:35)	NOP
   5c0        01472 (slice_copy_3index.go:35)	CALL	runtime.printunlock(SB)
   5c5        01477 (slice_copy_3index.go:35)	MOVQ	main..autotmp_139+432(SP), DX
   5cd        01485 (slice_copy_3index.go:35)	INCQ	DX
   5d0      5 01488 (slice_copy_3index.go:36)	MOVQ	main..autotmp_138+448(SP), AX
   5d8        01496 (slice_copy_3index.go:36)	MOVQ	main..autotmp_136+440(SP), CX
   5e0      4 01504 (slice_copy_3index.go:35)	CMPQ	DX, $5
   5e4        01508 (slice_copy_3index.go:35)	JLT	1422
   5e6        01510 (slice_copy_3index.go:35)	CALL	runtime.printlock(SB)
   5eb        01515 (slice_copy_3index.go:35)	LEAQ	go:string."| len "(SB), AX
   5f2        01522 (slice_copy_3index.go:35)	MOVL	$6, BX
   5f7        01527 (slice_copy_3index.go:35)	CALL	runtime.printstring(SB)
   5fc        01532 (slice_copy_3index.go:35)	MOVL	$5, AX
   601        01537 (slice_copy_3index.go:35)	CALL	runtime.printint(SB)
   606        01542 (slice_copy_3index.go:35)	LEAQ	go:string." cap "(SB), AX
   60d        01549 (slice_copy_3index.go:35)	MOVL	$5, BX
   612        01554 (slice_copy_3index.go:35)	CALL	runtime.printstring(SB)
   617        01559 (slice_copy_3index.go:35)	MOVL	$5, AX
   61c        01564 (slice_copy_3index.go:35)	NOP
   620        01568 (slice_copy_3index.go:35)	CALL	runtime.printint(SB)
   625        01573 (slice_copy_3index.go:35)	CALL	runtime.printnl(SB)
   62a        01578 (slice_copy_3index.go:35)	CALL	runtime.printunlock(SB)
   62f        01583 (<unknown line number>)	NOP
   62f     -1 01583 (slice_copy_3index.go:36)	XORL	AX, AX
   631      5 01585 (slice_copy_3index.go:36)	JMP	1653
   633        01587 (slice_copy_3index.go:36)	MOVQ	AX, main..autotmp_139+432(SP)
   63b        01595 (slice_copy_3index.go:36)	MOVQ	main..autotmp_138+448(SP), CX
   643        01603 (slice_copy_3index.go:36)	MOVQ	(CX)(AX*8), AX
   647        01607 (slice_copy_3index.go:36)	MOVQ	AX, main.v+120(SP)
   64c        01612 (slice_copy_3index.go:36)	CALL	runtime.printlock(SB)
   651        01617 (slice_copy_3index.go:36)	MOVQ	main.v+120(SP), AX
   656        01622 (slice_copy_3index.go:36)	CALL	runtime.printint(SB)
   65b        01627 (slice_copy_3index.go:36)	NOP
   660        01632 (slice_copy_3index.go:36)	CALL	runtime.printsp(SB)
   665        01637 (slice_copy_3index.go:36)	CALL	runtime.printunlock(SB)
   66a        01642 (slice_copy_3index.go:36)	MOVQ	main..autotmp_139+432(SP), AX
   672        01650 (slice_copy_3index.go:36)	INCQ	AX
   675        01653 (slice_copy_3index.go:36)	CMPQ	AX, $3
   679        01657 (slice_copy_3index.go:36)	JLT	1587
   67b        01659 (slice_copy_3index.go:36)	PCDATA	$1, $0
   67b        01659 (slice_copy_3index.go:36)	NOP
   680        01664 (slice_copy_3index.go:36)	CALL	runtime.printlock(SB)
   685        01669 (slice_copy_3index.go:36)	LEAQ	go:string."| len "(SB), AX
   68c        01676 (slice_copy_3index.go:36)	MOVL	$6, BX
   691        01681 (slice_copy_3index.go:36)	CALL	runtime.printstring(SB)
   696        01686 (slice_copy_3index.go:36)	MOVL	$3, AX
   69b        01691 (slice_copy_3index.go:36)	NOP
   6a0        01696 (slice_copy_3index.go:36)	CALL	runtime.printint(SB)
   6a5        01701 (slice_copy_3index.go:36)	LEAQ	go:string." cap "(SB), AX
   6ac        01708 (slice_copy_3index.go:36)	MOVL	$5, BX
   6b1        01713 (slice_copy_3index.go:36)	CALL	runtime.printstring(SB)
   6b6        01718 (slice_copy_3index.go:36)	MOVQ	main..autotmp_136+440(SP), AX
   6be        01726 (slice_copy_3index.go:36)	NOP
   6c0        01728 (slice_copy_3index.go:36)	CALL	runtime.printint(SB)
   6c5        01733 (slice_copy_3index.go:36)	CALL	runtime.printnl(SB)
   6ca        01738 (slice_copy_3index.go:36)	CALL	runtime.printunlock(SB)
   6cf     -1 01743 (slice_copy_3index.go:39)	MOVQ	$77, main..autotmp_67+192(SP)
   6db        01755 (<unknown line number>)	NOP
   6db        01755 (slice_copy_3index.go:40)	XORL	AX, AX
   6dd      6 01757 (slice_copy_3index.go:40)	JMP	1824
   6df        01759 (slice_copy_3index.go:40)	MOVQ	AX, main..autotmp_136+440(SP)
   6e7        01767 (slice_copy_3index.go:40)	MOVQ	main..autotmp_67+168(SP)(AX*8), AX
   6ef        01775 (slice_copy_3index.go:40)	MOVQ	AX, main.v+112(SP)
   6f4        01780 (slice_copy_3index.go:40)	CALL	runtime.printlock(SB)
   6f9        01785 (slice_copy_3index.go:40)	MOVQ	main.v+112(SP), AX
   6fe        01790 (slice_copy_3index.go:40)	NOP
   700        01792 (slice_copy_3index.go:40)	CALL	runtime.printint(SB)
   705        01797 (slice_copy_3index.go:40)	CALL	runtime.printsp(SB)
   70a        01802 (slice_copy_3index.go:40)	CALL	runtime.printunlock(SB)
   70f        01807 (slice_copy_3index.go:40)	MOVQ	main..autotmp_136+440(SP), AX
   717        01815 (slice_copy_3index.go:40)	INCQ	AX
   71a        01818 (slice_copy_3index.go:40)	NOP
   720        01824 (slice_copy_3index.go:40)	CMPQ	AX, $5
   724        01828 (slice_copy_3index.go:40)	JLT	1759
   726        01830 (slice_copy_3index.go:40)	CALL	runtime.printlock(SB)
   72b        01835 (slice_copy_3index.go:40)	LEAQ	go:string."| len "(SB), AX
   732        01842 (slice_copy_3index.go:40)	MOVL	$6, BX
   737        01847 (slice_copy_3index.go:40)	CALL	runtime.printstring(SB)
   73c        01852 (slice_copy_3index.go:40)	MOVL	$5, AX
   741        01857 (slice_copy_3index.go:40)	CALL	runtime.printint(SB)
   746        01862 (slice_copy_3index.go:40)	LEAQ	go:string." cap "(SB), AX
   74d        01869 (slice_copy_3index.go:40)	MOVL	$5, BX
   752        01874 (slice_copy_3index.go:40)	CALL	runtime.printstring(SB)
   757        01879 (slice_copy_3index.go:40)	MOVL	$5, AX
   75c        01884 (slice_copy_3index.go:40)	NOP
   760        01888 (slice_copy_3index.go:40)	CALL	runtime.printint(SB)
   765        01893 (slice_copy_3index.go:40)	CALL	runtime.printnl(SB)
   76a        01898 (slice_copy_3index.go:40)	CALL	runtime.printunlock(SB)
   76f        01903 (<unknown line number>)	NOP
   76f     -1 01903 (slice_copy_3index.go:43)	XORL	AX, AX
   771      7 01905 (slice_copy_3index.go:43)	JMP	1968
   773        01907 (slice_copy_3index.go:43)	MOVQ	AX, main..autotmp_136+440(SP)
   77b        01915 (slice_copy_3index.go:43)	MOVQ	main..autotmp_67+184(SP)(AX*8), AX
   783        01923 (slice_copy_3index.go:43)	MOVQ	AX, main.v+104(SP)
   788        01928 (slice_copy_3index.go:43)	CALL	runtime.printlock(SB)
   78d        01933 (slice_copy_3index.go:43)	MOVQ	main.v+104(SP), AX
   792        01938 (slice_copy_3index.go:43)	CALL	runtime.printint(SB)
   797        01943 (slice_copy_3index.go:43)	CALL	runtime.printsp(SB)
   79c        01948 (slice_copy_3index.go:43)	NOP
   7a0        01952 (slice_copy_3index.go:43)	CALL	runtime.printunlock(SB)
   7a5        01957 (slice_copy_3index.go:43)	MOVQ	main..autotmp_136+440(SP), AX
   7ad        01965 (slice_copy_3index.go:43)	INCQ	AX
   7b0        01968 (slice_copy_3index.go:43)	CMPQ	AX, $3
   7b4        01972 (slice_copy_3index.go:43)	JLT	1907
   7b6        01974 (slice_copy_3index.go:43)	CALL	runtime.printlock(SB)
   7bb        01979 (slice_copy_3index.go:43)	LEAQ	go:string."| len "(SB), AX
   7c2        01986 (slice_copy_3index.go:43)	MOVL	$6, BX
   7c7        01991 (slice_copy_3index.go:43)	CALL	runtime.printstring(SB)
   7cc        01996 (slice_copy_3index.go:43)	MOVL	$3, AX
   7d1        02001 (slice_copy_3index.go:43)	CALL	runtime.printint(SB)
   7d6        02006 (slice_copy_3index.go:43)	LEAQ	go:string." cap "(SB), AX
   7dd        02013 (slice_copy_3index.go:43)	MOVL	$5, BX
   7e2        02018 (slice_copy_3index.go:43)	CALL	runtime.printstring(SB)
   7e7        02023 (slice_copy_3index.go:43)	MOVL	$3, AX
   7ec        02028 (slice_copy_3index.go:43)	CALL	runtime.printint(SB)
   7f1        02033 (slice_copy_3index.go:43)	CALL	runtime.printnl(SB)
   7f6        02038 (slice_copy_3index.go:43)	CALL	runtime.printunlock(SB)
   7fb     -1 02043 (slice_copy_3index.go:45)	XCHGL	AX, AX
   7fc        02044 (slice_copy_3index.go:45)	NOP
   800      8 02048 (slice_copy_3index.go:45)	CALL	runtime.printlock(SB)
   805        02053 (slice_copy_3index.go:45)	LEAQ	go:string."| len "(SB), AX
   80c        02060 (slice_copy_3index.go:45)	MOVL	$6, BX
   811        02065 (slice_copy_3index.go:45)	CALL	runtime.printstring(SB)
   816        02070 (slice_copy_3index.go:45)	XORL	AX, AX
   818        02072 (slice_copy_3index.go:45)	CALL	runtime.printint(SB)
   81d        02077 (slice_copy_3index.go:45)	LEAQ	go:string." cap "(SB), AX
   824        02084 (slice_copy_3index.go:45)	MOVL	$5, BX
   829        02089 (slice_copy_3index.go:45)	CALL	runtime.printstring(SB)
   82e        02094 (slice_copy_3index.go:45)	MOVL	$5, AX
   833        02099 (slice_copy_3index.go:45)	CALL	runtime.printint(SB)
   838        02104 (slice_copy_3index.go:45)	CALL	runtime.printnl(SB)
   83d        02109 (slice_copy_3index.go:45)	NOP
   840        02112 (slice_copy_3index.go:45)	CALL	runtime.printunlock(SB)
   845     -1 02117 (slice_copy_3index.go:46)	XCHGL	AX, AX
   846      9 02118 (slice_copy_3index.go:46)	CALL	runtime.printlock(SB)
   84b        02123 (slice_copy_3index.go:46)	LEAQ	go:string."| len "(SB), AX
   852        02130 (slice_copy_3index.go:46)	MOVL	$6, BX
   857        02135 (slice_copy_3index.go:46)	CALL	runtime.printstring(SB)
   85c        02140 (slice_copy_3index.go:46)	XORL	AX, AX
   85e        02142 (slice_copy_3index.go:46)	NOP
   860        02144 (slice_copy_3index.go:46)	CALL	runtime.printint(SB)
   865        02149 (slice_copy_3index.go:46)	LEAQ	go:string." cap "(SB), AX
   86c        02156 (slice_copy_3index.go:46)	MOVL	$5, BX
   871        02161 (slice_copy_3index.go:46)	CALL	runtime.printstring(SB)
   876        02166 (slice_copy_3index.go:46)	XORL	AX, AX
   878        02168 (slice_copy_3index.go:46)	CALL	runtime.printint(SB)
   87d        02173 (slice_copy_3index.go:46)	NOP
   880        02176 (slice_copy_3index.go:46)	CALL	runtime.printnl(SB)
   885        02181 (slice_copy_3index.go:46)	CALL	runtime.printunlock(SB)
   88a     -1 02186 (slice_copy_3index.go:48)	CALL	runtime.printlock(SB)
   88f        02191 (slice_copy_3index.go:48)	MOVL	$1, AX
   894        02196 (slice_copy_3index.go:48)	CALL	runtime.printbool(SB)
   899        02201 (slice_copy_3index.go:48)	CALL	runtime.printsp(SB)
   89e        02206 (slice_copy_3index.go:48)	XORL	AX, AX
   8a0        02208 (slice_copy_3index.go:48)	CALL	runtime.printint(SB)
   8a5        02213 (slice_copy_3index.go:48)	CALL	runtime.printsp(SB)
   8aa        02218 (slice_copy_3index.go:48)	XORL	AX, AX
   8ac        02220 (slice_copy_3index.go:48)	CALL	runtime.printint(SB)
   8b1        02225 (slice_copy_3index.go:48)	CALL	runtime.printnl(SB)
   8b6        02230 (slice_copy_3index.go:48)	CALL	runtime.printunlock(SB)
   8bb        02235 (slice_copy_3index.go:49)	ADDQ	$464, SP
   8c2        02242 (slice_copy_3index.go:49)	POPQ	BP
   8c3        02243 (slice_copy_3index.go:49)	RET
   8c4        02244 (slice_copy_3index.go:49)	NOP
   8c4        02244 (slice_copy_3index.go:11)	PCDATA	$1, $-1
   8c4        02244 (slice_copy_3index.go:11)	PCDATA	$0, $-2
   8c4        02244 (slice_copy_3index.go:11)	CALL	runtime.morestack_noctxt(SB)
   8c9        02249 (slice_copy_3index.go:11)	PCDATA	$0, $-1
   8c9        02249 (slice_copy_3index.go:11)	JMP	0
   8ce done
wrote 58 bytes to 0x0
 00 f1 01 02 9e 01 01 cc 01 04 94 01 03 98 01 06 92 01 05 9d 01 08 99 01 07 3d 0a 44 02 10 01 4f 09 02 0c 9e 01 0b 0e 0e 92 01 0d 02 10 8a 01 0f 05 12 45 11 01 14 44 13 44 00
-- inlining tree for main.main:
0 | -1 | main.printInts (slice_copy_3index.go:15:11) pc=239
1 | -1 | main.printInts (slice_copy_3index.go:20:11) pc=601
2 | -1 | main.printInts (slice_copy_3index.go:25:11) pc=901
3 | -1 | main.printInts (slice_copy_3index.go:33:11) pc=1204
4 | -1 | main.printInts (slice_copy_3index.go:35:11) pc=1418
5 | -1 | main.printInts (slice_copy_3index.go:36:11) pc=1583
6 | -1 | main.printInts (slice_copy_3index.go:40:11) pc=1755
7 | -1 | main.printInts (slice_copy_3index.go:43:11) pc=1903
8 | -1 | main.printInts (slice_copy_3index.go:45:11) pc=2043
9 | -1 | main.printInts (slice_copy_3index.go:46:11) pc=2117
--
funcpctab main.printInts [valfunc=pctoinline]
     0     -1 00000 (slice_copy_3index.go:4)	TEXT	main.printInts(SB), ABIInternal, $40-24
     0        00000 (slice_copy_3index.go:4)	TEXT	main.printInts(SB), ABIInternal, $40-24
     0     -1 00000 (slice_copy_3index.go:4)	CMPQ	SP, 16(R14)
     4        00004 (slice_copy_3index.go:4)	PCDATA	$0, $-2
     4        00004 (slice_copy_3index.go:4)	JLS	191
     a        00010 (slice_copy_3index.go:4)	PCDATA	$0, $-1
     a        00010 (slice_copy_3index.go:4)	PUSHQ	BP
     b        00011 (slice_copy_3index.go:4)	MOVQ	SP, BP
     e        00014 (slice_copy_3index.go:4)	SUBQ	$32, SP
    12        00018 (slice_copy_3index.go:4)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    12        00018 (slice_copy_3index.go:4)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (slice_copy_3index.go:4)	FUNCDATA	$5, main.printInts.arginfo1(SB)
    12        00018 (slice_copy_3index.go:4)	FUNCDATA	$6, main.printInts.argliveinfo(SB)
    12        00018 (slice_copy_3index.go:4)	PCDATA	$3, $1
    12        00018 (slice_copy_3index.go:5)	MOVQ	BX, main.s+56(SP)
    17        00023 (slice_copy_3index.go:5)	MOVQ	AX, main.s+48(SP)
    1c        00028 (slice_copy_3index.go:5)	MOVQ	CX, main.s+64(SP)
    21        00033 (slice_copy_3index.go:5)	PCDATA	$3, $-1
    21        00033 (slice_copy_3index.go:5)	XORL	DX, DX
    23        00035 (slice_copy_3index.go:5)	JMP	102
    25        00037 (slice_copy_3index.go:5)	MOVQ	DX, main..autotmp_7+24(SP)
    2a        00042 (slice_copy_3index.go:5)	MOVQ	(AX)(DX*8), AX
    2e        00046 (slice_copy_3index.go:5)	MOVQ	AX, main.v+16(SP)
    33        00051 (slice_copy_3index.go:6)	PCDATA	$1, $0
    33        00051 (slice_copy_3index.go:6)	CALL	runtime.printlock(SB)
    38        00056 (slice_copy_3index.go:6)	MOVQ	main.v+16(SP), AX
    3d        00061 (slice_copy_3index.go:6)	NOP
    40        00064 (slice_copy_3index.go:6)	CALL	runtime.printint(SB)
    45        00069 (slice_copy_3index.go:6)	CALL	runtime.printsp(SB)
    4a        00074 (slice_copy_3index.go:6)	CALL	runtime.printunlock(SB)
    4f        00079 (slice_copy_3index.go:5)	MOVQ	main..autotmp_7+24(SP), DX
    54        00084 (slice_copy_3index.go:5)	INCQ	DX
    57        00087 (slice_copy_3index.go:5)	MOVQ	main.s+48(SP), AX
    5c        00092 (slice_copy_3index.go:8)	MOVQ	main.s+64(SP), CX
    61        00097 (slice_copy_3index.go:5)	MOVQ	main.s+56(SP), BX
    66        00102 (slice_copy_3index.go:5)	CMPQ	BX, DX
    69        00105 (slice_copy_3index.go:5)	JGT	37
    6b        00107 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
    70        00112 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
    77        00119 (slice_copy_3index.go:8)	MOVL	$6, BX
    7c        00124 (slice_copy_3index.go:8)	NOP
    80        00128 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
    85        00133 (slice_copy_3index.go:8)	MOVQ	main.s+56(SP), AX
    8a        00138 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
    8f        00143 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
    96        00150 (slice_copy_3index.go:8)	MOVL	$5, BX
    9b        00155 (slice_copy_3index.go:8)	NOP
    a0        00160 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
    a5        00165 (slice_copy_3index.go:8)	MOVQ	main.s+64(SP), AX
    aa        00170 (slice_copy_3index.go:8)	PCDATA	$1, $1
    aa        00170 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
    af        00175 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
    b4        00180 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
    b9        00185 (slice_copy_3index.go:9)	ADDQ	$32, SP
    bd        00189 (slice_copy_3index.go:9)	POPQ	BP
    be        00190 (slice_copy_3index.go:9)	RET
    bf        00191 (slice_copy_3index.go:9)	NOP
    bf        00191 (slice_copy_3index.go:4)	PCDATA	$1, $-1
    bf        00191 (slice_copy_3index.go:4)	PCDATA	$0, $-2
    bf        00191 (slice_copy_3index.go:4)	MOVQ	AX, 8(SP)
    c4        00196 (slice_copy_3index.go:4)	MOVQ	BX, 16(SP)
    c9        00201 (slice_copy_3index.go:4)	MOVQ	CX, 24(SP)
    ce        00206 (slice_copy_3index.go:4)	CALL	runtime.morestack_noctxt(SB)
    d3        00211 (slice_copy_3index.go:4)	PCDATA	$0, $-1
    d3        00211 (slice_copy_3index.go:4)	MOVQ	8(SP), AX
    d8        00216 (slice_copy_3index.go:4)	MOVQ	16(SP), BX
    dd        00221 (slice_copy_3index.go:4)	MOVQ	24(SP), CX
    e2        00226 (slice_copy_3index.go:4)	JMP	0
    e7 done
wrote 4 bytes to 0x0
 00 e7 01 00
main.printInts STEXT size=231 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (slice_copy_3index.go:4)	TEXT	main.printInts(SB), ABIInternal, $40-24
	0x0000 00000 (slice_copy_3index.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (slice_copy_3index.go:4)	PCDATA	$0, $-2
	0x0004 00004 (slice_copy_3index.go:4)	JLS	191
	0x000a 00010 (slice_copy_3index.go:4)	PCDATA	$0, $-1
	0x000a 00010 (slice_copy_3index.go:4)	PUSHQ	BP
	0x000b 00011 (slice_copy_3index.go:4)	MOVQ	SP, BP
	0x000e 00014 (slice_copy_3index.go:4)	SUBQ	$32, SP
	0x0012 00018 (slice_copy_3index.go:4)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0012 00018 (slice_copy_3index.go:4)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (slice_copy_3index.go:4)	FUNCDATA	$5, main.printInts.arginfo1(SB)
	0x0012 00018 (slice_copy_3index.go:4)	FUNCDATA	$6, main.printInts.argliveinfo(SB)
	0x0012 00018 (slice_copy_3index.go:4)	PCDATA	$3, $1
	0x0012 00018 (slice_copy_3index.go:5)	MOVQ	BX, main.s+56(SP)
	0x0017 00023 (slice_copy_3index.go:5)	MOVQ	AX, main.s+48(SP)
	0x001c 00028 (slice_copy_3index.go:5)	MOVQ	CX, main.s+64(SP)
	0x0021 00033 (slice_copy_3index.go:5)	PCDATA	$3, $-1
	0x0021 00033 (slice_copy_3index.go:5)	XORL	DX, DX
	0x0023 00035 (slice_copy_3index.go:5)	JMP	102
	0x0025 00037 (slice_copy_3index.go:5)	MOVQ	DX, main..autotmp_7+24(SP)
	0x002a 00042 (slice_copy_3index.go:5)	MOVQ	(AX)(DX*8), AX
	0x002e 00046 (slice_copy_3index.go:5)	MOVQ	AX, main.v+16(SP)
	0x0033 00051 (slice_copy_3index.go:6)	PCDATA	$1, $0
	0x0033 00051 (slice_copy_3index.go:6)	CALL	runtime.printlock(SB)
	0x0038 00056 (slice_copy_3index.go:6)	MOVQ	main.v+16(SP), AX
	0x003d 00061 (slice_copy_3index.go:6)	NOP
	0x0040 00064 (slice_copy_3index.go:6)	CALL	runtime.printint(SB)
	0x0045 00069 (slice_copy_3index.go:6)	CALL	runtime.printsp(SB)
	0x004a 00074 (slice_copy_3index.go:6)	CALL	runtime.printunlock(SB)
	0x004f 00079 (slice_copy_3index.go:5)	MOVQ	main..autotmp_7+24(SP), DX
	0x0054 00084 (slice_copy_3index.go:5)	INCQ	DX
	0x0057 00087 (slice_copy_3index.go:5)	MOVQ	main.s+48(SP), AX
	0x005c 00092 (slice_copy_3index.go:8)	MOVQ	main.s+64(SP), CX
	0x0061 00097 (slice_copy_3index.go:5)	MOVQ	main.s+56(SP), BX
	0x0066 00102 (slice_copy_3index.go:5)	CMPQ	BX, DX
	0x0069 00105 (slice_copy_3index.go:5)	JGT	37
	0x006b 00107 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x0070 00112 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x0077 00119 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x007c 00124 (slice_copy_3index.go:8)	NOP
	0x0080 00128 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x0085 00133 (slice_copy_3index.go:8)	MOVQ	main.s+56(SP), AX
	0x008a 00138 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x008f 00143 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x0096 00150 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x009b 00155 (slice_copy_3index.go:8)	NOP
	0x00a0 00160 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x00a5 00165 (slice_copy_3index.go:8)	MOVQ	main.s+64(SP), AX
	0x00aa 00170 (slice_copy_3index.go:8)	PCDATA	$1, $1
	0x00aa 00170 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x00af 00175 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x00b4 00180 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x00b9 00185 (slice_copy_3index.go:9)	ADDQ	$32, SP
	0x00bd 00189 (slice_copy_3index.go:9)	POPQ	BP
	0x00be 00190 (slice_copy_3index.go:9)	RET
	0x00bf 00191 (slice_copy_3index.go:9)	NOP
	0x00bf 00191 (slice_copy_3index.go:4)	PCDATA	$1, $-1
	0x00bf 00191 (slice_copy_3index.go:4)	PCDATA	$0, $-2
	0x00bf 00191 (slice_copy_3index.go:4)	MOVQ	AX, 8(SP)
	0x00c4 00196 (slice_copy_3index.go:4)	MOVQ	BX, 16(SP)
	0x00c9 00201 (slice_copy_3index.go:4)	MOVQ	CX, 24(SP)
	0x00ce 00206 (slice_copy_3index.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x00d3 00211 (slice_copy_3index.go:4)	PCDATA	$0, $-1
	0x00d3 00211 (slice_copy_3index.go:4)	MOVQ	8(SP), AX
	0x00d8 00216 (slice_copy_3index.go:4)	MOVQ	16(SP), BX
	0x00dd 00221 (slice_copy_3index.go:4)	MOVQ	24(SP), CX
	0x00e2 00226 (slice_copy_3index.go:4)	JMP	0
	0x0000 49 3b 66 10 0f 86 b5 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 48 89 5c 24 38 48 89 44 24 30 48 89 4c 24  . H.\$8H.D$0H.L$
	0x0020 40 31 d2 eb 41 48 89 54 24 18 48 8b 04 d0 48 89  @1..AH.T$.H...H.
	0x0030 44 24 10 e8 00 00 00 00 48 8b 44 24 10 0f 1f 00  D$......H.D$....
	0x0040 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0050 8b 54 24 18 48 ff c2 48 8b 44 24 30 48 8b 4c 24  .T$.H..H.D$0H.L$
	0x0060 40 48 8b 5c 24 38 48 39 d3 7f ba e8 00 00 00 00  @H.\$8H9........
	0x0070 48 8d 05 00 00 00 00 bb 06 00 00 00 0f 1f 40 00  H.............@.
	0x0080 e8 00 00 00 00 48 8b 44 24 38 e8 00 00 00 00 48  .....H.D$8.....H
	0x0090 8d 05 00 00 00 00 bb 05 00 00 00 0f 1f 44 00 00  .............D..
	0x00a0 e8 00 00 00 00 48 8b 44 24 40 e8 00 00 00 00 e8  .....H.D$@......
	0x00b0 00 00 00 00 e8 00 00 00 00 48 83 c4 20 5d c3 48  .........H.. ].H
	0x00c0 89 44 24 08 48 89 5c 24 10 48 89 4c 24 18 e8 00  .D$.H.\$.H.L$...
	0x00d0 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c  ...H.D$.H.\$.H.L
	0x00e0 24 18 e9 19 ff ff ff                             $......
	rel 52+4 t=R_CALL runtime.printlock+0
	rel 65+4 t=R_CALL runtime.printint+0
	rel 70+4 t=R_CALL runtime.printsp+0
	rel 75+4 t=R_CALL runtime.printunlock+0
	rel 108+4 t=R_CALL runtime.printlock+0
	rel 115+4 t=R_PCREL go:string."| len "+0
	rel 129+4 t=R_CALL runtime.printstring+0
	rel 139+4 t=R_CALL runtime.printint+0
	rel 146+4 t=R_PCREL go:string." cap "+0
	rel 161+4 t=R_CALL runtime.printstring+0
	rel 171+4 t=R_CALL runtime.printint+0
	rel 176+4 t=R_CALL runtime.printnl+0
	rel 181+4 t=R_CALL runtime.printunlock+0
	rel 207+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=2254 align=0x0 args=0x0 locals=0x1d8 funcid=0x0
	0x0000 00000 (slice_copy_3index.go:11)	TEXT	main.main(SB), ABIInternal, $472-0
	0x0000 00000 (slice_copy_3index.go:11)	LEAQ	-344(SP), R12
	0x0008 00008 (slice_copy_3index.go:11)	CMPQ	R12, 16(R14)
	0x000c 00012 (slice_copy_3index.go:11)	PCDATA	$0, $-2
	0x000c 00012 (slice_copy_3index.go:11)	JLS	2244
	0x0012 00018 (slice_copy_3index.go:11)	PCDATA	$0, $-1
	0x0012 00018 (slice_copy_3index.go:11)	PUSHQ	BP
	0x0013 00019 (slice_copy_3index.go:11)	MOVQ	SP, BP
	0x0016 00022 (slice_copy_3index.go:11)	SUBQ	$464, SP
	0x001d 00029 (slice_copy_3index.go:11)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x001d 00029 (slice_copy_3index.go:11)	FUNCDATA	$1, gclocals·HM78BBKmj/74hKeYGEnXLw==(SB)
	0x001d 00029 (slice_copy_3index.go:12)	LEAQ	main..autotmp_35+312(SP), BX
	0x0025 00037 (slice_copy_3index.go:12)	MOVUPS	X15, (BX)
	0x0029 00041 (slice_copy_3index.go:12)	MOVUPS	X15, 16(BX)
	0x002e 00046 (slice_copy_3index.go:12)	MOVUPS	X15, 32(BX)
	0x0033 00051 (slice_copy_3index.go:12)	MOVUPS	X15, 48(BX)
	0x0038 00056 (slice_copy_3index.go:12)	MOVUPS	X15, 64(BX)
	0x003d 00061 (slice_copy_3index.go:12)	MOVQ	$1, main..autotmp_35+320(SP)
	0x0049 00073 (slice_copy_3index.go:12)	MOVQ	$2, main..autotmp_35+328(SP)
	0x0055 00085 (slice_copy_3index.go:12)	MOVQ	$3, main..autotmp_35+336(SP)
	0x0061 00097 (slice_copy_3index.go:12)	MOVQ	$4, main..autotmp_35+344(SP)
	0x006d 00109 (slice_copy_3index.go:12)	MOVQ	$5, main..autotmp_35+352(SP)
	0x0079 00121 (slice_copy_3index.go:12)	MOVQ	$6, main..autotmp_35+360(SP)
	0x0085 00133 (slice_copy_3index.go:12)	MOVQ	$7, main..autotmp_35+368(SP)
	0x0091 00145 (slice_copy_3index.go:12)	MOVQ	$8, main..autotmp_35+376(SP)
	0x009d 00157 (slice_copy_3index.go:12)	MOVQ	$9, main..autotmp_35+384(SP)
	0x00a9 00169 (slice_copy_3index.go:13)	LEAQ	main..autotmp_35+328(SP), AX
	0x00b1 00177 (slice_copy_3index.go:13)	MOVL	$64, CX
	0x00b6 00182 (slice_copy_3index.go:13)	PCDATA	$1, $0
	0x00b6 00182 (slice_copy_3index.go:13)	CALL	runtime.memmove(SB)
	0x00bb 00187 (slice_copy_3index.go:13)	NOP
	0x00c0 00192 (slice_copy_3index.go:14)	CALL	runtime.printlock(SB)
	0x00c5 00197 (slice_copy_3index.go:14)	LEAQ	go:string."copied "(SB), AX
	0x00cc 00204 (slice_copy_3index.go:14)	MOVL	$7, BX
	0x00d1 00209 (slice_copy_3index.go:14)	CALL	runtime.printstring(SB)
	0x00d6 00214 (slice_copy_3index.go:14)	MOVL	$8, AX
	0x00db 00219 (slice_copy_3index.go:14)	NOP
	0x00e0 00224 (slice_copy_3index.go:14)	CALL	runtime.printint(SB)
	0x00e5 00229 (slice_copy_3index.go:14)	CALL	runtime.printnl(SB)
	0x00ea 00234 (slice_copy_3index.go:14)	CALL	runtime.printunlock(SB)
	0x00ef 00239 (<unknown line number>)	NOP
	0x00ef 00239 (slice_copy_3index.go:15)	XORL	AX, AX
	0x00f1 00241 (slice_copy_3index.go:5)	JMP	309
	0x00f3 00243 (slice_copy_3index.go:5)	MOVQ	AX, main..autotmp_136+440(SP)
	0x00fb 00251 (slice_copy_3index.go:5)	MOVQ	main..autotmp_35+312(SP)(AX*8), AX
	0x0103 00259 (slice_copy_3index.go:5)	MOVQ	AX, main.v+160(SP)
	0x010b 00267 (slice_copy_3index.go:6)	CALL	runtime.printlock(SB)
	0x0110 00272 (slice_copy_3index.go:6)	MOVQ	main.v+160(SP), AX
	0x0118 00280 (slice_copy_3index.go:6)	CALL	runtime.printint(SB)
	0x011d 00285 (slice_copy_3index.go:6)	NOP
	0x0120 00288 (slice_copy_3index.go:6)	CALL	runtime.printsp(SB)
	0x0125 00293 (slice_copy_3index.go:6)	CALL	runtime.printunlock(SB)
	0x012a 00298 (slice_copy_3index.go:5)	MOVQ	main..autotmp_136+440(SP), AX
	0x0132 00306 (slice_copy_3index.go:5)	INCQ	AX
	0x0135 00309 (slice_copy_3index.go:5)	CMPQ	AX, $10
	0x0139 00313 (slice_copy_3index.go:5)	JLT	243
	0x013b 00315 (slice_copy_3index.go:5)	NOP
	0x0140 00320 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x0145 00325 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x014c 00332 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x0151 00337 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x0156 00342 (slice_copy_3index.go:8)	MOVL	$10, AX
	0x015b 00347 (slice_copy_3index.go:8)	NOP
	0x0160 00352 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x0165 00357 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x016c 00364 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x0171 00369 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x0176 00374 (slice_copy_3index.go:8)	MOVL	$10, AX
	0x017b 00379 (slice_copy_3index.go:8)	NOP
	0x0180 00384 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x0185 00389 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x018a 00394 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x018f 00399 (slice_copy_3index.go:17)	LEAQ	main..autotmp_43+232(SP), AX
	0x0197 00407 (slice_copy_3index.go:17)	MOVUPS	X15, (AX)
	0x019b 00411 (slice_copy_3index.go:17)	MOVUPS	X15, 16(AX)
	0x01a0 00416 (slice_copy_3index.go:17)	MOVUPS	X15, 32(AX)
	0x01a5 00421 (slice_copy_3index.go:17)	MOVUPS	X15, 48(AX)
	0x01aa 00426 (slice_copy_3index.go:17)	MOVUPS	X15, 64(AX)
	0x01af 00431 (slice_copy_3index.go:17)	MOVQ	$1, main..autotmp_43+240(SP)
	0x01bb 00443 (slice_copy_3index.go:17)	MOVQ	$2, main..autotmp_43+248(SP)
	0x01c7 00455 (slice_copy_3index.go:17)	MOVQ	$3, main..autotmp_43+256(SP)
	0x01d3 00467 (slice_copy_3index.go:17)	MOVQ	$4, main..autotmp_43+264(SP)
	0x01df 00479 (slice_copy_3index.go:17)	MOVQ	$5, main..autotmp_43+272(SP)
	0x01eb 00491 (slice_copy_3index.go:17)	MOVQ	$6, main..autotmp_43+280(SP)
	0x01f7 00503 (slice_copy_3index.go:17)	MOVQ	$7, main..autotmp_43+288(SP)
	0x0203 00515 (slice_copy_3index.go:17)	MOVQ	$8, main..autotmp_43+296(SP)
	0x020f 00527 (slice_copy_3index.go:17)	MOVQ	$9, main..autotmp_43+304(SP)
	0x021b 00539 (slice_copy_3index.go:18)	LEAQ	main..autotmp_43+256(SP), BX
	0x0223 00547 (slice_copy_3index.go:18)	MOVL	$56, CX
	0x0228 00552 (slice_copy_3index.go:18)	CALL	runtime.memmove(SB)
	0x022d 00557 (slice_copy_3index.go:19)	CALL	runtime.printlock(SB)
	0x0232 00562 (slice_copy_3index.go:19)	LEAQ	go:string."copied "(SB), AX
	0x0239 00569 (slice_copy_3index.go:19)	MOVL	$7, BX
	0x023e 00574 (slice_copy_3index.go:19)	NOP
	0x0240 00576 (slice_copy_3index.go:19)	CALL	runtime.printstring(SB)
	0x0245 00581 (slice_copy_3index.go:19)	MOVL	$7, AX
	0x024a 00586 (slice_copy_3index.go:19)	CALL	runtime.printint(SB)
	0x024f 00591 (slice_copy_3index.go:19)	CALL	runtime.printnl(SB)
	0x0254 00596 (slice_copy_3index.go:19)	CALL	runtime.printunlock(SB)
	0x0259 00601 (<unknown line number>)	NOP
	0x0259 00601 (slice_copy_3index.go:20)	XORL	AX, AX
	0x025b 00603 (slice_copy_3index.go:5)	JMP	672
	0x025d 00605 (slice_copy_3index.go:5)	MOVQ	AX, main..autotmp_136+440(SP)
	0x0265 00613 (slice_copy_3index.go:5)	MOVQ	main..autotmp_43+232(SP)(AX*8), AX
	0x026d 00621 (slice_copy_3index.go:5)	MOVQ	AX, main.v+152(SP)
	0x0275 00629 (slice_copy_3index.go:6)	CALL	runtime.printlock(SB)
	0x027a 00634 (slice_copy_3index.go:6)	MOVQ	main.v+152(SP), AX
	0x0282 00642 (slice_copy_3index.go:6)	CALL	runtime.printint(SB)
	0x0287 00647 (slice_copy_3index.go:6)	CALL	runtime.printsp(SB)
	0x028c 00652 (slice_copy_3index.go:6)	CALL	runtime.printunlock(SB)
	0x0291 00657 (slice_copy_3index.go:5)	MOVQ	main..autotmp_136+440(SP), AX
	0x0299 00665 (slice_copy_3index.go:5)	INCQ	AX
	0x029c 00668 (slice_copy_3index.go:5)	NOP
	0x02a0 00672 (slice_copy_3index.go:5)	CMPQ	AX, $10
	0x02a4 00676 (slice_copy_3index.go:5)	JLT	605
	0x02a6 00678 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x02ab 00683 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x02b2 00690 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x02b7 00695 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x02bc 00700 (slice_copy_3index.go:8)	MOVL	$10, AX
	0x02c1 00705 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x02c6 00710 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x02cd 00717 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x02d2 00722 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x02d7 00727 (slice_copy_3index.go:8)	MOVL	$10, AX
	0x02dc 00732 (slice_copy_3index.go:8)	NOP
	0x02e0 00736 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x02e5 00741 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x02ea 00746 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x02ef 00751 (slice_copy_3index.go:22)	LEAQ	main..autotmp_50+208(SP), AX
	0x02f7 00759 (slice_copy_3index.go:22)	MOVUPS	X15, (AX)
	0x02fb 00763 (slice_copy_3index.go:22)	MOVUPS	X15, 8(AX)
	0x0300 00768 (slice_copy_3index.go:23)	MOVQ	$9, main..autotmp_33+392(SP)
	0x030c 00780 (slice_copy_3index.go:23)	MOVQ	$8, main..autotmp_33+400(SP)
	0x0318 00792 (slice_copy_3index.go:23)	MOVQ	$7, main..autotmp_33+408(SP)
	0x0324 00804 (slice_copy_3index.go:23)	MOVQ	$6, main..autotmp_33+416(SP)
	0x0330 00816 (slice_copy_3index.go:23)	MOVQ	$5, main..autotmp_33+424(SP)
	0x033c 00828 (slice_copy_3index.go:23)	LEAQ	main..autotmp_33+392(SP), CX
	0x0344 00836 (slice_copy_3index.go:23)	MOVUPS	(CX), X14
	0x0348 00840 (slice_copy_3index.go:23)	MOVUPS	X14, (AX)
	0x034c 00844 (slice_copy_3index.go:23)	MOVUPS	8(CX), X14
	0x0351 00849 (slice_copy_3index.go:23)	MOVUPS	X14, 8(AX)
	0x0356 00854 (slice_copy_3index.go:24)	CALL	runtime.printlock(SB)
	0x035b 00859 (slice_copy_3index.go:24)	LEAQ	go:string."copied "(SB), AX
	0x0362 00866 (slice_copy_3index.go:24)	MOVL	$7, BX
	0x0367 00871 (slice_copy_3index.go:24)	CALL	runtime.printstring(SB)
	0x036c 00876 (slice_copy_3index.go:24)	MOVL	$3, AX
	0x0371 00881 (slice_copy_3index.go:24)	CALL	runtime.printint(SB)
	0x0376 00886 (slice_copy_3index.go:24)	CALL	runtime.printnl(SB)
	0x037b 00891 (slice_copy_3index.go:24)	NOP
	0x0380 00896 (slice_copy_3index.go:24)	CALL	runtime.printunlock(SB)
	0x0385 00901 (<unknown line number>)	NOP
	0x0385 00901 (slice_copy_3index.go:25)	XORL	AX, AX
	0x0387 00903 (slice_copy_3index.go:5)	JMP	968
	0x0389 00905 (slice_copy_3index.go:5)	MOVQ	AX, main..autotmp_136+440(SP)
	0x0391 00913 (slice_copy_3index.go:5)	MOVQ	main..autotmp_50+208(SP)(AX*8), AX
	0x0399 00921 (slice_copy_3index.go:5)	MOVQ	AX, main.v+144(SP)
	0x03a1 00929 (slice_copy_3index.go:6)	CALL	runtime.printlock(SB)
	0x03a6 00934 (slice_copy_3index.go:6)	MOVQ	main.v+144(SP), AX
	0x03ae 00942 (slice_copy_3index.go:6)	CALL	runtime.printint(SB)
	0x03b3 00947 (slice_copy_3index.go:6)	CALL	runtime.printsp(SB)
	0x03b8 00952 (slice_copy_3index.go:6)	CALL	runtime.printunlock(SB)
	0x03bd 00957 (slice_copy_3index.go:5)	MOVQ	main..autotmp_136+440(SP), AX
	0x03c5 00965 (slice_copy_3index.go:5)	INCQ	AX
	0x03c8 00968 (slice_copy_3index.go:5)	CMPQ	AX, $3
	0x03cc 00972 (slice_copy_3index.go:5)	JLT	905
	0x03ce 00974 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x03d3 00979 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x03da 00986 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x03df 00991 (slice_copy_3index.go:8)	NOP
	0x03e0 00992 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x03e5 00997 (slice_copy_3index.go:8)	MOVL	$3, AX
	0x03ea 01002 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x03ef 01007 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x03f6 01014 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x03fb 01019 (slice_copy_3index.go:8)	NOP
	0x0400 01024 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x0405 01029 (slice_copy_3index.go:8)	MOVL	$3, AX
	0x040a 01034 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x040f 01039 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x0414 01044 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x0419 01049 (slice_copy_3index.go:28)	MOVL	$1634496359, main..autotmp_59+100(SP)
	0x0421 01057 (slice_copy_3index.go:29)	LEAQ	main..autotmp_65+68(SP), AX
	0x0426 01062 (slice_copy_3index.go:29)	LEAQ	main..autotmp_59+100(SP), BX
	0x042b 01067 (slice_copy_3index.go:29)	MOVL	$4, CX
	0x0430 01072 (slice_copy_3index.go:29)	CALL	runtime.slicebytetostring(SB)
	0x0435 01077 (slice_copy_3index.go:29)	MOVQ	AX, main..autotmp_137+456(SP)
	0x043d 01085 (slice_copy_3index.go:29)	MOVQ	BX, main..autotmp_136+440(SP)
	0x0445 01093 (slice_copy_3index.go:29)	PCDATA	$1, $1
	0x0445 01093 (slice_copy_3index.go:29)	CALL	runtime.printlock(SB)
	0x044a 01098 (slice_copy_3index.go:29)	MOVL	$4, AX
	0x044f 01103 (slice_copy_3index.go:29)	CALL	runtime.printint(SB)
	0x0454 01108 (slice_copy_3index.go:29)	CALL	runtime.printsp(SB)
	0x0459 01113 (slice_copy_3index.go:29)	MOVQ	main..autotmp_137+456(SP), AX
	0x0461 01121 (slice_copy_3index.go:29)	MOVQ	main..autotmp_136+440(SP), BX
	0x0469 01129 (slice_copy_3index.go:29)	PCDATA	$1, $0
	0x0469 01129 (slice_copy_3index.go:29)	CALL	runtime.printstring(SB)
	0x046e 01134 (slice_copy_3index.go:29)	CALL	runtime.printnl(SB)
	0x0473 01139 (slice_copy_3index.go:29)	CALL	runtime.printunlock(SB)
	0x0478 01144 (slice_copy_3index.go:31)	MOVQ	$10, main..autotmp_67+168(SP)
	0x0484 01156 (slice_copy_3index.go:31)	MOVQ	$20, main..autotmp_67+176(SP)
	0x0490 01168 (slice_copy_3index.go:31)	MOVQ	$30, main..autotmp_67+184(SP)
	0x049c 01180 (slice_copy_3index.go:31)	MOVQ	$40, main..autotmp_67+192(SP)
	0x04a8 01192 (slice_copy_3index.go:31)	MOVQ	$50, main..autotmp_67+200(SP)
	0x04b4 01204 (<unknown line number>)	NOP
	0x04b4 01204 (slice_copy_3index.go:33)	XORL	AX, AX
	0x04b6 01206 (slice_copy_3index.go:5)	JMP	1280
	0x04b8 01208 (slice_copy_3index.go:5)	MOVQ	AX, main..autotmp_136+440(SP)
	0x04c0 01216 (slice_copy_3index.go:5)	MOVQ	main..autotmp_67+176(SP)(AX*8), AX
	0x04c8 01224 (slice_copy_3index.go:5)	MOVQ	AX, main.v+136(SP)
	0x04d0 01232 (slice_copy_3index.go:6)	CALL	runtime.printlock(SB)
	0x04d5 01237 (slice_copy_3index.go:6)	MOVQ	main.v+136(SP), AX
	0x04dd 01245 (slice_copy_3index.go:6)	NOP
	0x04e0 01248 (slice_copy_3index.go:6)	CALL	runtime.printint(SB)
	0x04e5 01253 (slice_copy_3index.go:6)	CALL	runtime.printsp(SB)
	0x04ea 01258 (slice_copy_3index.go:6)	CALL	runtime.printunlock(SB)
	0x04ef 01263 (slice_copy_3index.go:5)	MOVQ	main..autotmp_136+440(SP), AX
	0x04f7 01271 (slice_copy_3index.go:5)	INCQ	AX
	0x04fa 01274 (slice_copy_3index.go:5)	NOP
	0x0500 01280 (slice_copy_3index.go:5)	CMPQ	AX, $2
	0x0504 01284 (slice_copy_3index.go:5)	JLT	1208
	0x0506 01286 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x050b 01291 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x0512 01298 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x0517 01303 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x051c 01308 (slice_copy_3index.go:8)	MOVL	$2, AX
	0x0521 01313 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x0526 01318 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x052d 01325 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x0532 01330 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x0537 01335 (slice_copy_3index.go:8)	MOVL	$2, AX
	0x053c 01340 (slice_copy_3index.go:8)	NOP
	0x0540 01344 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x0545 01349 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x054a 01354 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x054f 01359 (slice_copy_3index.go:34)	LEAQ	main..autotmp_67+176(SP), AX
	0x0557 01367 (slice_copy_3index.go:34)	MOVL	$3, BX
	0x055c 01372 (slice_copy_3index.go:34)	MOVL	$2, CX
	0x0561 01377 (slice_copy_3index.go:34)	MOVL	$1, DI
	0x0566 01382 (slice_copy_3index.go:34)	LEAQ	type:int(SB), SI
	0x056d 01389 (slice_copy_3index.go:34)	CALL	runtime.growslice(SB)
	0x0572 01394 (slice_copy_3index.go:34)	MOVQ	AX, main..autotmp_138+448(SP)
	0x057a 01402 (slice_copy_3index.go:34)	MOVQ	CX, main..autotmp_136+440(SP)
	0x0582 01410 (slice_copy_3index.go:34)	MOVQ	$99, 16(AX)
	0x058a 01418 (<unknown line number>)	NOP
	0x058a 01418 (slice_copy_3index.go:35)	XORL	DX, DX
	0x058c 01420 (slice_copy_3index.go:5)	JMP	1504
	0x058e 01422 (slice_copy_3index.go:5)	MOVQ	DX, main..autotmp_139+432(SP)
	0x0596 01430 (slice_copy_3index.go:5)	MOVQ	main..autotmp_67+168(SP)(DX*8), AX
	0x059e 01438 (slice_copy_3index.go:5)	MOVQ	AX, main.v+128(SP)
	0x05a6 01446 (slice_copy_3index.go:6)	PCDATA	$1, $2
	0x05a6 01446 (slice_copy_3index.go:6)	CALL	runtime.printlock(SB)
	0x05ab 01451 (slice_copy_3index.go:6)	MOVQ	main.v+128(SP), AX
	0x05b3 01459 (slice_copy_3index.go:6)	CALL	runtime.printint(SB)
	0x05b8 01464 (slice_copy_3index.go:6)	CALL	runtime.printsp(SB)
	0x05bd 01469 (slice_copy_3index.go:6)	NOP
	0x05c0 01472 (slice_copy_3index.go:6)	CALL	runtime.printunlock(SB)
	0x05c5 01477 (slice_copy_3index.go:5)	MOVQ	main..autotmp_139+432(SP), DX
	0x05cd 01485 (slice_copy_3index.go:5)	INCQ	DX
	0x05d0 01488 (slice_copy_3index.go:5)	MOVQ	main..autotmp_138+448(SP), AX
	0x05d8 01496 (slice_copy_3index.go:8)	MOVQ	main..autotmp_136+440(SP), CX
	0x05e0 01504 (slice_copy_3index.go:5)	CMPQ	DX, $5
	0x05e4 01508 (slice_copy_3index.go:5)	JLT	1422
	0x05e6 01510 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x05eb 01515 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x05f2 01522 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x05f7 01527 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x05fc 01532 (slice_copy_3index.go:8)	MOVL	$5, AX
	0x0601 01537 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x0606 01542 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x060d 01549 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x0612 01554 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x0617 01559 (slice_copy_3index.go:8)	MOVL	$5, AX
	0x061c 01564 (slice_copy_3index.go:8)	NOP
	0x0620 01568 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x0625 01573 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x062a 01578 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x062f 01583 (<unknown line number>)	NOP
	0x062f 01583 (slice_copy_3index.go:36)	XORL	AX, AX
	0x0631 01585 (slice_copy_3index.go:5)	JMP	1653
	0x0633 01587 (slice_copy_3index.go:5)	MOVQ	AX, main..autotmp_139+432(SP)
	0x063b 01595 (slice_copy_3index.go:5)	MOVQ	main..autotmp_138+448(SP), CX
	0x0643 01603 (slice_copy_3index.go:5)	MOVQ	(CX)(AX*8), AX
	0x0647 01607 (slice_copy_3index.go:5)	MOVQ	AX, main.v+120(SP)
	0x064c 01612 (slice_copy_3index.go:6)	CALL	runtime.printlock(SB)
	0x0651 01617 (slice_copy_3index.go:6)	MOVQ	main.v+120(SP), AX
	0x0656 01622 (slice_copy_3index.go:6)	CALL	runtime.printint(SB)
	0x065b 01627 (slice_copy_3index.go:6)	NOP
	0x0660 01632 (slice_copy_3index.go:6)	CALL	runtime.printsp(SB)
	0x0665 01637 (slice_copy_3index.go:6)	CALL	runtime.printunlock(SB)
	0x066a 01642 (slice_copy_3index.go:5)	MOVQ	main..autotmp_139+432(SP), AX
	0x0672 01650 (slice_copy_3index.go:5)	INCQ	AX
	0x0675 01653 (slice_copy_3index.go:5)	CMPQ	AX, $3
	0x0679 01657 (slice_copy_3index.go:5)	JLT	1587
	0x067b 01659 (slice_copy_3index.go:8)	PCDATA	$1, $0
	0x067b 01659 (slice_copy_3index.go:8)	NOP
	0x0680 01664 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x0685 01669 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x068c 01676 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x0691 01681 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x0696 01686 (slice_copy_3index.go:8)	MOVL	$3, AX
	0x069b 01691 (slice_copy_3index.go:8)	NOP
	0x06a0 01696 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x06a5 01701 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x06ac 01708 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x06b1 01713 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x06b6 01718 (slice_copy_3index.go:8)	MOVQ	main..autotmp_136+440(SP), AX
	0x06be 01726 (slice_copy_3index.go:8)	NOP
	0x06c0 01728 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x06c5 01733 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x06ca 01738 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x06cf 01743 (slice_copy_3index.go:39)	MOVQ	$77, main..autotmp_67+192(SP)
	0x06db 01755 (<unknown line number>)	NOP
	0x06db 01755 (slice_copy_3index.go:40)	XORL	AX, AX
	0x06dd 01757 (slice_copy_3index.go:5)	JMP	1824
	0x06df 01759 (slice_copy_3index.go:5)	MOVQ	AX, main..autotmp_136+440(SP)
	0x06e7 01767 (slice_copy_3index.go:5)	MOVQ	main..autotmp_67+168(SP)(AX*8), AX
	0x06ef 01775 (slice_copy_3index.go:5)	MOVQ	AX, main.v+112(SP)
	0x06f4 01780 (slice_copy_3index.go:6)	CALL	runtime.printlock(SB)
	0x06f9 01785 (slice_copy_3index.go:6)	MOVQ	main.v+112(SP), AX
	0x06fe 01790 (slice_copy_3index.go:6)	NOP
	0x0700 01792 (slice_copy_3index.go:6)	CALL	runtime.printint(SB)
	0x0705 01797 (slice_copy_3index.go:6)	CALL	runtime.printsp(SB)
	0x070a 01802 (slice_copy_3index.go:6)	CALL	runtime.printunlock(SB)
	0x070f 01807 (slice_copy_3index.go:5)	MOVQ	main..autotmp_136+440(SP), AX
	0x0717 01815 (slice_copy_3index.go:5)	INCQ	AX
	0x071a 01818 (slice_copy_3index.go:5)	NOP
	0x0720 01824 (slice_copy_3index.go:5)	CMPQ	AX, $5
	0x0724 01828 (slice_copy_3index.go:5)	JLT	1759
	0x0726 01830 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x072b 01835 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x0732 01842 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x0737 01847 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x073c 01852 (slice_copy_3index.go:8)	MOVL	$5, AX
	0x0741 01857 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x0746 01862 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x074d 01869 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x0752 01874 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x0757 01879 (slice_copy_3index.go:8)	MOVL	$5, AX
	0x075c 01884 (slice_copy_3index.go:8)	NOP
	0x0760 01888 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x0765 01893 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x076a 01898 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x076f 01903 (<unknown line number>)	NOP
	0x076f 01903 (slice_copy_3index.go:43)	XORL	AX, AX
	0x0771 01905 (slice_copy_3index.go:5)	JMP	1968
	0x0773 01907 (slice_copy_3index.go:5)	MOVQ	AX, main..autotmp_136+440(SP)
	0x077b 01915 (slice_copy_3index.go:5)	MOVQ	main..autotmp_67+184(SP)(AX*8), AX
	0x0783 01923 (slice_copy_3index.go:5)	MOVQ	AX, main.v+104(SP)
	0x0788 01928 (slice_copy_3index.go:6)	CALL	runtime.printlock(SB)
	0x078d 01933 (slice_copy_3index.go:6)	MOVQ	main.v+104(SP), AX
	0x0792 01938 (slice_copy_3index.go:6)	CALL	runtime.printint(SB)
	0x0797 01943 (slice_copy_3index.go:6)	CALL	runtime.printsp(SB)
	0x079c 01948 (slice_copy_3index.go:6)	NOP
	0x07a0 01952 (slice_copy_3index.go:6)	CALL	runtime.printunlock(SB)
	0x07a5 01957 (slice_copy_3index.go:5)	MOVQ	main..autotmp_136+440(SP), AX
	0x07ad 01965 (slice_copy_3index.go:5)	INCQ	AX
	0x07b0 01968 (slice_copy_3index.go:5)	CMPQ	AX, $3
	0x07b4 01972 (slice_copy_3index.go:5)	JLT	1907
	0x07b6 01974 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x07bb 01979 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x07c2 01986 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x07c7 01991 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x07cc 01996 (slice_copy_3index.go:8)	MOVL	$3, AX
	0x07d1 02001 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x07d6 02006 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x07dd 02013 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x07e2 02018 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x07e7 02023 (slice_copy_3index.go:8)	MOVL	$3, AX
	0x07ec 02028 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x07f1 02033 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x07f6 02038 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x07fb 02043 (slice_copy_3index.go:45)	XCHGL	AX, AX
	0x07fc 02044 (slice_copy_3index.go:45)	NOP
	0x0800 02048 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x0805 02053 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x080c 02060 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x0811 02065 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x0816 02070 (slice_copy_3index.go:8)	XORL	AX, AX
	0x0818 02072 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x081d 02077 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x0824 02084 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x0829 02089 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x082e 02094 (slice_copy_3index.go:8)	MOVL	$5, AX
	0x0833 02099 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x0838 02104 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x083d 02109 (slice_copy_3index.go:8)	NOP
	0x0840 02112 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x0845 02117 (slice_copy_3index.go:46)	XCHGL	AX, AX
	0x0846 02118 (slice_copy_3index.go:8)	CALL	runtime.printlock(SB)
	0x084b 02123 (slice_copy_3index.go:8)	LEAQ	go:string."| len "(SB), AX
	0x0852 02130 (slice_copy_3index.go:8)	MOVL	$6, BX
	0x0857 02135 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x085c 02140 (slice_copy_3index.go:8)	XORL	AX, AX
	0x085e 02142 (slice_copy_3index.go:8)	NOP
	0x0860 02144 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x0865 02149 (slice_copy_3index.go:8)	LEAQ	go:string." cap "(SB), AX
	0x086c 02156 (slice_copy_3index.go:8)	MOVL	$5, BX
	0x0871 02161 (slice_copy_3index.go:8)	CALL	runtime.printstring(SB)
	0x0876 02166 (slice_copy_3index.go:8)	XORL	AX, AX
	0x0878 02168 (slice_copy_3index.go:8)	CALL	runtime.printint(SB)
	0x087d 02173 (slice_copy_3index.go:8)	NOP
	0x0880 02176 (slice_copy_3index.go:8)	CALL	runtime.printnl(SB)
	0x0885 02181 (slice_copy_3index.go:8)	CALL	runtime.printunlock(SB)
	0x088a 02186 (slice_copy_3index.go:48)	CALL	runtime.printlock(SB)
	0x088f 02191 (slice_copy_3index.go:48)	MOVL	$1, AX
	0x0894 02196 (slice_copy_3index.go:48)	CALL	runtime.printbool(SB)
	0x0899 02201 (slice_copy_3index.go:48)	CALL	runtime.printsp(SB)
	0x089e 02206 (slice_copy_3index.go:48)	XORL	AX, AX
	0x08a0 02208 (slice_copy_3index.go:48)	CALL	runtime.printint(SB)
	0x08a5 02213 (slice_copy_3index.go:48)	CALL	runtime.printsp(SB)
	0x08aa 02218 (slice_copy_3index.go:48)	XORL	AX, AX
	0x08ac 02220 (slice_copy_3index.go:48)	CALL	runtime.printint(SB)
	0x08b1 02225 (slice_copy_3index.go:48)	CALL	runtime.printnl(SB)
	0x08b6 02230 (slice_copy_3index.go:48)	CALL	runtime.printunlock(SB)
	0x08bb 02235 (slice_copy_3index.go:49)	ADDQ	$464, SP
	0x08c2 02242 (slice_copy_3index.go:49)	POPQ	BP
	0x08c3 02243 (slice_copy_3index.go:49)	RET
	0x08c4 02244 (slice_copy_3index.go:49)	NOP
	0x08c4 02244 (slice_copy_3index.go:11)	PCDATA	$1, $-1
	0x08c4 02244 (slice_copy_3index.go:11)	PCDATA	$0, $-2
	0x08c4 02244 (slice_copy_3index.go:11)	CALL	runtime.morestack_noctxt(SB)
	0x08c9 02249 (slice_copy_3index.go:11)	PCDATA	$0, $-1
	0x08c9 02249 (slice_copy_3index.go:11)	JMP	0
	0x0000 4c 8d a4 24 a8 fe ff ff 4d 3b 66 10 0f 86 b2 08  L..$....M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec d0 01 00 00 48 8d 9c  ..UH..H......H..
	0x0020 24 38 01 00 00 44 0f 11 3b 44 0f 11 7b 10 44 0f  $8...D..;D..{.D.
	0x0030 11 7b 20 44 0f 11 7b 30 44 0f 11 7b 40 48 c7 84  .{ D..{0D..{@H..
	0x0040 24 40 01 00 00 01 00 00 00 48 c7 84 24 48 01 00  $@.......H..$H..
	0x0050 00 02 00 00 00 48 c7 84 24 50 01 00 00 03 00 00  .....H..$P......
	0x0060 00 48 c7 84 24 58 01 00 00 04 00 00 00 48 c7 84  .H..$X.......H..
	0x0070 24 60 01 00 00 05 00 00 00 48 c7 84 24 68 01 00  $`.......H..$h..
	0x0080 00 06 00 00 00 48 c7 84 24 70 01 00 00 07 00 00  .....H..$p......
	0x0090 00 48 c7 84 24 78 01 00 00 08 00 00 00 48 c7 84  .H..$x.......H..
	0x00a0 24 80 01 00 00 09 00 00 00 48 8d 84 24 48 01 00  $........H..$H..
	0x00b0 00 b9 40 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  ..@..........D..
	0x00c0 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 07 00 00  .....H..........
	0x00d0 00 e8 00 00 00 00 b8 08 00 00 00 0f 1f 44 00 00  .............D..
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x00f0 c0 eb 42 48 89 84 24 b8 01 00 00 48 8b 84 c4 38  ..BH..$....H...8
	0x0100 01 00 00 48 89 84 24 a0 00 00 00 e8 00 00 00 00  ...H..$.........
	0x0110 48 8b 84 24 a0 00 00 00 e8 00 00 00 00 0f 1f 00  H..$............
	0x0120 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 b8 01  ..........H..$..
	0x0130 00 00 48 ff c0 48 83 f8 0a 7c b8 0f 1f 44 00 00  ..H..H...|...D..
	0x0140 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 06 00 00  .....H..........
	0x0150 00 e8 00 00 00 00 b8 0a 00 00 00 0f 1f 44 00 00  .............D..
	0x0160 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00 00  .....H..........
	0x0170 00 e8 00 00 00 00 b8 0a 00 00 00 0f 1f 44 00 00  .............D..
	0x0180 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0190 8d 84 24 e8 00 00 00 44 0f 11 38 44 0f 11 78 10  ..$....D..8D..x.
	0x01a0 44 0f 11 78 20 44 0f 11 78 30 44 0f 11 78 40 48  D..x D..x0D..x@H
	0x01b0 c7 84 24 f0 00 00 00 01 00 00 00 48 c7 84 24 f8  ..$........H..$.
	0x01c0 00 00 00 02 00 00 00 48 c7 84 24 00 01 00 00 03  .......H..$.....
	0x01d0 00 00 00 48 c7 84 24 08 01 00 00 04 00 00 00 48  ...H..$........H
	0x01e0 c7 84 24 10 01 00 00 05 00 00 00 48 c7 84 24 18  ..$........H..$.
	0x01f0 01 00 00 06 00 00 00 48 c7 84 24 20 01 00 00 07  .......H..$ ....
	0x0200 00 00 00 48 c7 84 24 28 01 00 00 08 00 00 00 48  ...H..$(.......H
	0x0210 c7 84 24 30 01 00 00 09 00 00 00 48 8d 9c 24 00  ..$0.......H..$.
	0x0220 01 00 00 b9 38 00 00 00 e8 00 00 00 00 e8 00 00  ....8...........
	0x0230 00 00 48 8d 05 00 00 00 00 bb 07 00 00 00 66 90  ..H...........f.
	0x0240 e8 00 00 00 00 b8 07 00 00 00 e8 00 00 00 00 e8  ................
	0x0250 00 00 00 00 e8 00 00 00 00 31 c0 eb 43 48 89 84  .........1..CH..
	0x0260 24 b8 01 00 00 48 8b 84 c4 e8 00 00 00 48 89 84  $....H.......H..
	0x0270 24 98 00 00 00 e8 00 00 00 00 48 8b 84 24 98 00  $.........H..$..
	0x0280 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  ................
	0x0290 00 48 8b 84 24 b8 01 00 00 48 ff c0 0f 1f 40 00  .H..$....H....@.
	0x02a0 48 83 f8 0a 7c b7 e8 00 00 00 00 48 8d 05 00 00  H...|......H....
	0x02b0 00 00 bb 06 00 00 00 e8 00 00 00 00 b8 0a 00 00  ................
	0x02c0 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00  ......H.........
	0x02d0 00 00 e8 00 00 00 00 b8 0a 00 00 00 0f 1f 40 00  ..............@.
	0x02e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x02f0 8d 84 24 d0 00 00 00 44 0f 11 38 44 0f 11 78 08  ..$....D..8D..x.
	0x0300 48 c7 84 24 88 01 00 00 09 00 00 00 48 c7 84 24  H..$........H..$
	0x0310 90 01 00 00 08 00 00 00 48 c7 84 24 98 01 00 00  ........H..$....
	0x0320 07 00 00 00 48 c7 84 24 a0 01 00 00 06 00 00 00  ....H..$........
	0x0330 48 c7 84 24 a8 01 00 00 05 00 00 00 48 8d 8c 24  H..$........H..$
	0x0340 88 01 00 00 44 0f 10 31 44 0f 11 30 44 0f 10 71  ....D..1D..0D..q
	0x0350 08 44 0f 11 70 08 e8 00 00 00 00 48 8d 05 00 00  .D..p......H....
	0x0360 00 00 bb 07 00 00 00 e8 00 00 00 00 b8 03 00 00  ................
	0x0370 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0380 e8 00 00 00 00 31 c0 eb 3f 48 89 84 24 b8 01 00  .....1..?H..$...
	0x0390 00 48 8b 84 c4 d0 00 00 00 48 89 84 24 90 00 00  .H.......H..$...
	0x03a0 00 e8 00 00 00 00 48 8b 84 24 90 00 00 00 e8 00  ......H..$......
	0x03b0 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84  .............H..
	0x03c0 24 b8 01 00 00 48 ff c0 48 83 f8 03 7c bb e8 00  $....H..H...|...
	0x03d0 00 00 00 48 8d 05 00 00 00 00 bb 06 00 00 00 90  ...H............
	0x03e0 e8 00 00 00 00 b8 03 00 00 00 e8 00 00 00 00 48  ...............H
	0x03f0 8d 05 00 00 00 00 bb 05 00 00 00 0f 1f 44 00 00  .............D..
	0x0400 e8 00 00 00 00 b8 03 00 00 00 e8 00 00 00 00 e8  ................
	0x0410 00 00 00 00 e8 00 00 00 00 c7 44 24 64 67 6f 6c  ..........D$dgol
	0x0420 61 48 8d 44 24 44 48 8d 5c 24 64 b9 04 00 00 00  aH.D$DH.\$d.....
	0x0430 e8 00 00 00 00 48 89 84 24 c8 01 00 00 48 89 9c  .....H..$....H..
	0x0440 24 b8 01 00 00 e8 00 00 00 00 b8 04 00 00 00 e8  $...............
	0x0450 00 00 00 00 e8 00 00 00 00 48 8b 84 24 c8 01 00  .........H..$...
	0x0460 00 48 8b 9c 24 b8 01 00 00 e8 00 00 00 00 e8 00  .H..$...........
	0x0470 00 00 00 e8 00 00 00 00 48 c7 84 24 a8 00 00 00  ........H..$....
	0x0480 0a 00 00 00 48 c7 84 24 b0 00 00 00 14 00 00 00  ....H..$........
	0x0490 48 c7 84 24 b8 00 00 00 1e 00 00 00 48 c7 84 24  H..$........H..$
	0x04a0 c0 00 00 00 28 00 00 00 48 c7 84 24 c8 00 00 00  ....(...H..$....
	0x04b0 32 00 00 00 31 c0 eb 48 48 89 84 24 b8 01 00 00  2...1..HH..$....
	0x04c0 48 8b 84 c4 b0 00 00 00 48 89 84 24 88 00 00 00  H.......H..$....
	0x04d0 e8 00 00 00 00 48 8b 84 24 88 00 00 00 0f 1f 00  .....H..$.......
	0x04e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x04f0 8b 84 24 b8 01 00 00 48 ff c0 66 0f 1f 44 00 00  ..$....H..f..D..
	0x0500 48 83 f8 02 7c b2 e8 00 00 00 00 48 8d 05 00 00  H...|......H....
	0x0510 00 00 bb 06 00 00 00 e8 00 00 00 00 b8 02 00 00  ................
	0x0520 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00  ......H.........
	0x0530 00 00 e8 00 00 00 00 b8 02 00 00 00 0f 1f 40 00  ..............@.
	0x0540 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0550 8d 84 24 b0 00 00 00 bb 03 00 00 00 b9 02 00 00  ..$.............
	0x0560 00 bf 01 00 00 00 48 8d 35 00 00 00 00 e8 00 00  ......H.5.......
	0x0570 00 00 48 89 84 24 c0 01 00 00 48 89 8c 24 b8 01  ..H..$....H..$..
	0x0580 00 00 48 c7 40 10 63 00 00 00 31 d2 eb 52 48 89  ..H.@.c...1..RH.
	0x0590 94 24 b0 01 00 00 48 8b 84 d4 a8 00 00 00 48 89  .$....H.......H.
	0x05a0 84 24 80 00 00 00 e8 00 00 00 00 48 8b 84 24 80  .$.........H..$.
	0x05b0 00 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  ................
	0x05c0 e8 00 00 00 00 48 8b 94 24 b0 01 00 00 48 ff c2  .....H..$....H..
	0x05d0 48 8b 84 24 c0 01 00 00 48 8b 8c 24 b8 01 00 00  H..$....H..$....
	0x05e0 48 83 fa 05 7c a8 e8 00 00 00 00 48 8d 05 00 00  H...|......H....
	0x05f0 00 00 bb 06 00 00 00 e8 00 00 00 00 b8 05 00 00  ................
	0x0600 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00  ......H.........
	0x0610 00 00 e8 00 00 00 00 b8 05 00 00 00 0f 1f 40 00  ..............@.
	0x0620 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x0630 c0 eb 42 48 89 84 24 b0 01 00 00 48 8b 8c 24 c0  ..BH..$....H..$.
	0x0640 01 00 00 48 8b 04 c1 48 89 44 24 78 e8 00 00 00  ...H...H.D$x....
	0x0650 00 48 8b 44 24 78 e8 00 00 00 00 0f 1f 44 00 00  .H.D$x.......D..
	0x0660 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 b0 01  ..........H..$..
	0x0670 00 00 48 ff c0 48 83 f8 03 7c b8 0f 1f 44 00 00  ..H..H...|...D..
	0x0680 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 06 00 00  .....H..........
	0x0690 00 e8 00 00 00 00 b8 03 00 00 00 0f 1f 44 00 00  .............D..
	0x06a0 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00 00  .....H..........
	0x06b0 00 e8 00 00 00 00 48 8b 84 24 b8 01 00 00 66 90  ......H..$....f.
	0x06c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x06d0 c7 84 24 c0 00 00 00 4d 00 00 00 31 c0 eb 41 48  ..$....M...1..AH
	0x06e0 89 84 24 b8 01 00 00 48 8b 84 c4 a8 00 00 00 48  ..$....H.......H
	0x06f0 89 44 24 70 e8 00 00 00 00 48 8b 44 24 70 66 90  .D$p.....H.D$pf.
	0x0700 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0710 8b 84 24 b8 01 00 00 48 ff c0 66 0f 1f 44 00 00  ..$....H..f..D..
	0x0720 48 83 f8 05 7c b9 e8 00 00 00 00 48 8d 05 00 00  H...|......H....
	0x0730 00 00 bb 06 00 00 00 e8 00 00 00 00 b8 05 00 00  ................
	0x0740 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00  ......H.........
	0x0750 00 00 e8 00 00 00 00 b8 05 00 00 00 0f 1f 40 00  ..............@.
	0x0760 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x0770 c0 eb 3d 48 89 84 24 b8 01 00 00 48 8b 84 c4 b8  ..=H..$....H....
	0x0780 00 00 00 48 89 44 24 68 e8 00 00 00 00 48 8b 44  ...H.D$h.....H.D
	0x0790 24 68 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $h............@.
	0x07a0 e8 00 00 00 00 48 8b 84 24 b8 01 00 00 48 ff c0  .....H..$....H..
	0x07b0 48 83 f8 03 7c bd e8 00 00 00 00 48 8d 05 00 00  H...|......H....
	0x07c0 00 00 bb 06 00 00 00 e8 00 00 00 00 b8 03 00 00  ................
	0x07d0 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00  ......H.........
	0x07e0 00 00 e8 00 00 00 00 b8 03 00 00 00 e8 00 00 00  ................
	0x07f0 00 e8 00 00 00 00 e8 00 00 00 00 90 0f 1f 40 00  ..............@.
	0x0800 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 06 00 00  .....H..........
	0x0810 00 e8 00 00 00 00 31 c0 e8 00 00 00 00 48 8d 05  ......1......H..
	0x0820 00 00 00 00 bb 05 00 00 00 e8 00 00 00 00 b8 05  ................
	0x0830 00 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  ................
	0x0840 e8 00 00 00 00 90 e8 00 00 00 00 48 8d 05 00 00  ...........H....
	0x0850 00 00 bb 06 00 00 00 e8 00 00 00 00 31 c0 66 90  ............1.f.
	0x0860 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00 00  .....H..........
	0x0870 00 e8 00 00 00 00 31 c0 e8 00 00 00 00 0f 1f 00  ......1.........
	0x0880 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0890 01 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31 c0  ..............1.
	0x08a0 e8 00 00 00 00 e8 00 00 00 00 31 c0 e8 00 00 00  ..........1.....
	0x08b0 00 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 d0 01  ...........H....
	0x08c0 00 00 5d c3 e8 00 00 00 00 e9 32 f7 ff ff        ..].......2...
	rel 183+4 t=R_CALL runtime.memmove+0
	rel 193+4 t=R_CALL runtime.printlock+0
	rel 200+4 t=R_PCREL go:string."copied "+0
	rel 210+4 t=R_CALL runtime.printstring+0
	rel 225+4 t=R_CALL runtime.printint+0
	rel 230+4 t=R_CALL runtime.printnl+0
	rel 235+4 t=R_CALL runtime.printunlock+0
	rel 268+4 t=R_CALL runtime.printlock+0
	rel 281+4 t=R_CALL runtime.printint+0
	rel 289+4 t=R_CALL runtime.printsp+0
	rel 294+4 t=R_CALL runtime.printunlock+0
	rel 321+4 t=R_CALL runtime.printlock+0
	rel 328+4 t=R_PCREL go:string."| len "+0
	rel 338+4 t=R_CALL runtime.printstring+0
	rel 353+4 t=R_CALL runtime.printint+0
	rel 360+4 t=R_PCREL go:string." cap "+0
	rel 370+4 t=R_CALL runtime.printstring+0
	rel 385+4 t=R_CALL runtime.printint+0
	rel 390+4 t=R_CALL runtime.printnl+0
	rel 395+4 t=R_CALL runtime.printunlock+0
	rel 553+4 t=R_CALL runtime.memmove+0
	rel 558+4 t=R_CALL runtime.printlock+0
	rel 565+4 t=R_PCREL go:string."copied "+0
	rel 577+4 t=R_CALL runtime.printstring+0
	rel 587+4 t=R_CALL runtime.printint+0
	rel 592+4 t=R_CALL runtime.printnl+0
	rel 597+4 t=R_CALL runtime.printunlock+0
	rel 630+4 t=R_CALL runtime.printlock+0
	rel 643+4 t=R_CALL runtime.printint+0
	rel 648+4 t=R_CALL runtime.printsp+0
	rel 653+4 t=R_CALL runtime.printunlock+0
	rel 679+4 t=R_CALL runtime.printlock+0
	rel 686+4 t=R_PCREL go:string."| len "+0
	rel 696+4 t=R_CALL runtime.printstring+0
	rel 706+4 t=R_CALL runtime.printint+0
	rel 713+4 t=R_PCREL go:string." cap "+0
	rel 723+4 t=R_CALL runtime.printstring+0
	rel 737+4 t=R_CALL runtime.printint+0
	rel 742+4 t=R_CALL runtime.printnl+0
	rel 747+4 t=R_CALL runtime.printunlock+0
	rel 855+4 t=R_CALL runtime.printlock+0
	rel 862+4 t=R_PCREL go:string."copied "+0
	rel 872+4 t=R_CALL runtime.printstring+0
	rel 882+4 t=R_CALL runtime.printint+0
	rel 887+4 t=R_CALL runtime.printnl+0
	rel 897+4 t=R_CALL runtime.printunlock+0
	rel 930+4 t=R_CALL runtime.printlock+0
	rel 943+4 t=R_CALL runtime.printint+0
	rel 948+4 t=R_CALL runtime.printsp+0
	rel 953+4 t=R_CALL runtime.printunlock+0
	rel 975+4 t=R_CALL runtime.printlock+0
	rel 982+4 t=R_PCREL go:string."| len "+0
	rel 993+4 t=R_CALL runtime.printstring+0
	rel 1003+4 t=R_CALL runtime.printint+0
	rel 1010+4 t=R_PCREL go:string." cap "+0
	rel 1025+4 t=R_CALL runtime.printstring+0
	rel 1035+4 t=R_CALL runtime.printint+0
	rel 1040+4 t=R_CALL runtime.printnl+0
	rel 1045+4 t=R_CALL runtime.printunlock+0
	rel 1073+4 t=R_CALL runtime.slicebytetostring+0
	rel 1094+4 t=R_CALL runtime.printlock+0
	rel 1104+4 t=R_CALL runtime.printint+0
	rel 1109+4 t=R_CALL runtime.printsp+0
	rel 1130+4 t=R_CALL runtime.printstring+0
	rel 1135+4 t=R_CALL runtime.printnl+0
	rel 1140+4 t=R_CALL runtime.printunlock+0
	rel 1233+4 t=R_CALL runtime.printlock+0
	rel 1249+4 t=R_CALL runtime.printint+0
	rel 1254+4 t=R_CALL runtime.printsp+0
	rel 1259+4 t=R_CALL runtime.printunlock+0
	rel 1287+4 t=R_CALL runtime.printlock+0
	rel 1294+4 t=R_PCREL go:string."| len "+0
	rel 1304+4 t=R_CALL runtime.printstring+0
	rel 1314+4 t=R_CALL runtime.printint+0
	rel 1321+4 t=R_PCREL go:string." cap "+0
	rel 1331+4 t=R_CALL runtime.printstring+0
	rel 1345+4 t=R_CALL runtime.printint+0
	rel 1350+4 t=R_CALL runtime.printnl+0
	rel 1355+4 t=R_CALL runtime.printunlock+0
	rel 1385+4 t=R_PCREL type:int+0
	rel 1390+4 t=R_CALL runtime.growslice+0
	rel 1447+4 t=R_CALL runtime.printlock+0
	rel 1460+4 t=R_CALL runtime.printint+0
	rel 1465+4 t=R_CALL runtime.printsp+0
	rel 1473+4 t=R_CALL runtime.printunlock+0
	rel 1511+4 t=R_CALL runtime.printlock+0
	rel 1518+4 t=R_PCREL go:string."| len "+0
	rel 1528+4 t=R_CALL runtime.printstring+0
	rel 1538+4 t=R_CALL runtime.printint+0
	rel 1545+4 t=R_PCREL go:string." cap "+0
	rel 1555+4 t=R_CALL runtime.printstring+0
	rel 1569+4 t=R_CALL runtime.printint+0
	rel 1574+4 t=R_CALL runtime.printnl+0
	rel 1579+4 t=R_CALL runtime.printunlock+0
	rel 1613+4 t=R_CALL runtime.printlock+0
	rel 1623+4 t=R_CALL runtime.printint+0
	rel 1633+4 t=R_CALL runtime.printsp+0
	rel 1638+4 t=R_CALL runtime.printunlock+0
	rel 1665+4 t=R_CALL runtime.printlock+0
	rel 1672+4 t=R_PCREL go:string."| len "+0
	rel 1682+4 t=R_CALL runtime.printstring+0
	rel 1697+4 t=R_CALL runtime.printint+0
	rel 1704+4 t=R_PCREL go:string." cap "+0
	rel 1714+4 t=R_CALL runtime.printstring+0
	rel 1729+4 t=R_CALL runtime.printint+0
	rel 1734+4 t=R_CALL runtime.printnl+0
	rel 1739+4 t=R_CALL runtime.printunlock+0
	rel 1781+4 t=R_CALL runtime.printlock+0
	rel 1793+4 t=R_CALL runtime.printint+0
	rel 1798+4 t=R_CALL runtime.printsp+0
	rel 1803+4 t=R_CALL runtime.printunlock+0
	rel 1831+4 t=R_CALL runtime.printlock+0
	rel 1838+4 t=R_PCREL go:string."| len "+0
	rel 1848+4 t=R_CALL runtime.printstring+0
	rel 1858+4 t=R_CALL runtime.printint+0
	rel 1865+4 t=R_PCREL go:string." cap "+0
	rel 1875+4 t=R_CALL runtime.printstring+0
	rel 1889+4 t=R_CALL runtime.printint+0
	rel 1894+4 t=R_CALL runtime.printnl+0
	rel 1899+4 t=R_CALL runtime.printunlock+0
	rel 1929+4 t=R_CALL runtime.printlock+0
	rel 1939+4 t=R_CALL runtime.printint+0
	rel 1944+4 t=R_CALL runtime.printsp+0
	rel 1953+4 t=R_CALL runtime.printunlock+0
	rel 1975+4 t=R_CALL runtime.printlock+0
	rel 1982+4 t=R_PCREL go:string."| len "+0
	rel 1992+4 t=R_CALL runtime.printstring+0
	rel 2002+4 t=R_CALL runtime.printint+0
	rel 2009+4 t=R_PCREL go:string." cap "+0
	rel 2019+4 t=R_CALL runtime.printstring+0
	rel 2029+4 t=R_CALL runtime.printint+0
	rel 2034+4 t=R_CALL runtime.printnl+0
	rel 2039+4 t=R_CALL runtime.printunlock+0
	rel 2049+4 t=R_CALL runtime.printlock+0
	rel 2056+4 t=R_PCREL go:string."| len "+0
	rel 2066+4 t=R_CALL runtime.printstring+0
	rel 2073+4 t=R_CALL runtime.printint+0
	rel 2080+4 t=R_PCREL go:string." cap "+0
	rel 2090+4 t=R_CALL runtime.printstring+0
	rel 2100+4 t=R_CALL runtime.printint+0
	rel 2105+4 t=R_CALL runtime.printnl+0
	rel 2113+4 t=R_CALL runtime.printunlock+0
	rel 2119+4 t=R_CALL runtime.printlock+0
	rel 2126+4 t=R_PCREL go:string."| len "+0
	rel 2136+4 t=R_CALL runtime.printstring+0
	rel 2145+4 t=R_CALL runtime.printint+0
	rel 2152+4 t=R_PCREL go:string." cap "+0
	rel 2162+4 t=R_CALL runtime.printstring+0
	rel 2169+4 t=R_CALL runtime.printint+0
	rel 2177+4 t=R_CALL runtime.printnl+0
	rel 2182+4 t=R_CALL runtime.printunlock+0
	rel 2187+4 t=R_CALL runtime.printlock+0
	rel 2197+4 t=R_CALL runtime.printbool+0
	rel 2202+4 t=R_CALL runtime.printsp+0
	rel 2209+4 t=R_CALL runtime.printint+0
	rel 2214+4 t=R_CALL runtime.printsp+0
	rel 2221+4 t=R_CALL runtime.printint+0
	rel 2226+4 t=R_CALL runtime.printnl+0
	rel 2231+4 t=R_CALL runtime.printunlock+0
	rel 2245+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.printInts$abstract SDWARFABSFCN dupok size=36 align=0x0
	0x0000 05 6d 61 69 6e 2e 70 72 69 6e 74 49 6e 74 73 00  .main.printInts.
	0x0010 01 04 01 22 73 00 00 00 00 00 00 21 76 00 05 00  ..."s......!v...
	0x0020 00 00 00 00                                      ....
	rel 23+4 t=R_DWARFSECREF go:info.[]int+0
	rel 31+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."| len" SRODATA dupok size=5 align=0x1
	0x0000 7c 20 6c 65 6e                                   | len
go:string."cap" SRODATA dupok size=3 align=0x1
	0x0000 63 61 70                                         cap
go:string."| len " SRODATA dupok size=6 align=0x1
	0x0000 7c 20 6c 65 6e 20                                | len 
go:string." cap " SRODATA dupok size=5 align=0x1
	0x0000 20 63 61 70 20                                    cap 
go:string."copied" SRODATA dupok size=6 align=0x1
	0x0000 63 6f 70 69 65 64                                copied
go:string."copied " SRODATA dupok size=7 align=0x1
	0x0000 63 6f 70 69 65 64 20                             copied 
go:string."golang" SRODATA dupok size=6 align=0x1
	0x0000 67 6f 6c 61 6e 67                                golang
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.printInts.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.printInts.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·HM78BBKmj/74hKeYGEnXLw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 02 01                 ...........
