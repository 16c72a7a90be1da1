funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (string_algorithms.go:69)	TEXT	main.main(SB), ABIInternal, $984-0
     0        00000 (string_algorithms.go:69)	TEXT	main.main(SB), ABIInternal, $984-0
     0     -1 00000 (string_algorithms.go:69)	LEAQ	-856(SP), R12
     8        00008 (string_algorithms.go:69)	CMPQ	R12, 16(R14)
     c        00012 (string_algorithms.go:69)	PCDATA	$0, $-2
     c        00012 (string_algorithms.go:69)	JLS	2421
    12        00018 (string_algorithms.go:69)	PCDATA	$0, $-1
    12        00018 (string_algorithms.go:69)	PUSHQ	BP
    13        00019 (string_algorithms.go:69)	MOVQ	SP, BP
    16        00022 (string_algorithms.go:69)	SUBQ	$976, SP
    1d        00029 (string_algorithms.go:69)	FUNCDATA	$0, gclocals·3Q3eJ6/uTVN8rJbYXWVG+A==(SB)
    1d        00029 (string_algorithms.go:69)	FUNCDATA	$1, gclocals·HrUu51a30G5OABgeprYFTQ==(SB)
    1d        00029 (string_algorithms.go:69)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (<unknown line number>)	NOP
    1d      0 00029 (string_algorithms.go:70)	LEAQ	main.buf+130(SP), DX
    25        00037 (string_algorithms.go:70)	MOVUPS	X15, (DX)
    29        00041 (string_algorithms.go:70)	MOVUPS	X15, 4(DX)
    2e        00046 (string_algorithms.go:70)	MOVL	$20, DX
    33        00051 (string_algorithms.go:70)	MOVQ	$-9223372036854775808, SI
    3d        00061 (string_algorithms.go:70)	JMP	81
    3f        00063 (string_algorithms.go:70)	LEAQ	48(SI), DI
    43        00067 (string_algorithms.go:70)	MOVB	DIB, main.buf+129(SP)(BX*1)
    4b        00075 (string_algorithms.go:70)	MOVQ	DX, SI
    4e        00078 (string_algorithms.go:70)	MOVQ	CX, DX
    51        00081 (string_algorithms.go:70)	TESTQ	SI, SI
    54        00084 (string_algorithms.go:70)	JLS	133
    56        00086 (string_algorithms.go:70)	LEAQ	-1(DX), CX
    5a        00090 (string_algorithms.go:70)	MOVQ	$-3689348814741910323, AX
    64        00100 (string_algorithms.go:70)	MOVQ	DX, BX
    67        00103 (string_algorithms.go:70)	MULQ	SI
    6a        00106 (string_algorithms.go:70)	SHRQ	$3, DX
    6e        00110 (string_algorithms.go:70)	LEAQ	(DX)(DX*1), DI
    72        00114 (string_algorithms.go:70)	LEAQ	(DI)(DI*4), DI
    76        00118 (string_algorithms.go:70)	SUBQ	DI, SI
    79        00121 (string_algorithms.go:70)	CMPQ	CX, $20
    7d        00125 (string_algorithms.go:70)	JCS	63
    7f        00127 (string_algorithms.go:70)	NOP
    80        00128 (string_algorithms.go:70)	JMP	2415
    85        00133 (string_algorithms.go:70)	LEAQ	-1(DX), SI
    89        00137 (string_algorithms.go:70)	CMPQ	SI, $20
    8d        00141 (string_algorithms.go:70)	JCC	2410
    93        00147 (string_algorithms.go:70)	MOVB	$45, main.buf+129(SP)(DX*1)
    9b        00155 (string_algorithms.go:70)	LEAQ	main.buf+129(SP)(DX*1), BX
    a3        00163 (string_algorithms.go:70)	LEAQ	-21(DX), CX
    a7        00167 (string_algorithms.go:70)	NEGQ	CX
    aa        00170 (string_algorithms.go:70)	LEAQ	main..autotmp_84+342(SP), AX
    b2        00178 (string_algorithms.go:70)	PCDATA	$1, $0
    b2        00178 (string_algorithms.go:70)	CALL	runtime.slicebytetostring(SB)
    b7        00183 (<unknown line number>)	NOP
    b7      1 00183 (string_algorithms.go:70)	LEAQ	main.buf+110(SP), DX
    bc        00188 (string_algorithms.go:70)	MOVUPS	X15, (DX)
    c0        00192 (string_algorithms.go:70)	MOVUPS	X15, 4(DX)
    c5        00197 (string_algorithms.go:70)	MOVQ	$9223372036854775807, DX
    cf        00207 (string_algorithms.go:70)	MOVL	$20, SI
    d4        00212 (string_algorithms.go:70)	JMP	229
    d6        00214 (string_algorithms.go:70)	ADDQ	$48, R8
    da        00218 (string_algorithms.go:70)	MOVB	R8B, main.buf+109(SP)(SI*1)
    df     -1 00223 (string_algorithms.go:70)	MOVQ	DI, AX
    e2      1 00226 (string_algorithms.go:70)	MOVQ	CX, SI
    e5        00229 (string_algorithms.go:70)	TESTQ	DX, DX
    e8        00232 (string_algorithms.go:70)	JLS	288
    ea        00234 (string_algorithms.go:70)	LEAQ	-1(SI), CX
    ee      0 00238 (string_algorithms.go:70)	MOVQ	AX, DI
    f1      1 00241 (string_algorithms.go:70)	MOVQ	$-3689348814741910323, AX
    fb        00251 (string_algorithms.go:70)	MOVQ	DX, R8
    fe        00254 (string_algorithms.go:70)	MULQ	DX
   101        00257 (string_algorithms.go:70)	SHRQ	$3, DX
   105        00261 (string_algorithms.go:70)	LEAQ	(DX)(DX*1), R9
   109        00265 (string_algorithms.go:70)	LEAQ	(R9)(R9*4), R9
   10d        00269 (string_algorithms.go:70)	SUBQ	R9, R8
   110        00272 (string_algorithms.go:70)	CMPQ	CX, $20
   114        00276 (string_algorithms.go:70)	JCS	214
   116        00278 (string_algorithms.go:70)	JMP	2405
   11b        00283 (string_algorithms.go:70)	NOP
   120        00288 (string_algorithms.go:70)	CMPQ	SI, $20
   124        00292 (string_algorithms.go:70)	JHI	2398
   12a      0 00298 (string_algorithms.go:70)	MOVQ	BX, main.~r0.len+808(SP)
   132        00306 (string_algorithms.go:70)	MOVQ	AX, main.~r0.ptr+912(SP)
   13a      1 00314 (string_algorithms.go:70)	LEAQ	-20(SI), CX
   13e        00318 (string_algorithms.go:70)	MOVQ	CX, DX
   141        00321 (string_algorithms.go:70)	NEGQ	DX
   144        00324 (string_algorithms.go:70)	SARQ	$63, CX
   148        00328 (string_algorithms.go:70)	ANDQ	CX, SI
   14b        00331 (string_algorithms.go:70)	LEAQ	main.buf+110(SP)(SI*1), BX
   150        00336 (string_algorithms.go:70)	LEAQ	main..autotmp_85+310(SP), AX
   158        00344 (string_algorithms.go:70)	MOVQ	DX, CX
   15b        00347 (string_algorithms.go:70)	PCDATA	$1, $1
   15b        00347 (string_algorithms.go:70)	NOP
   160        00352 (string_algorithms.go:70)	CALL	runtime.slicebytetostring(SB)
   165        00357 (<unknown line number>)	NOP
   165      2 00357 (string_algorithms.go:70)	LEAQ	main.buf+90(SP), DX
   16a        00362 (string_algorithms.go:70)	MOVUPS	X15, (DX)
   16e        00366 (string_algorithms.go:70)	MOVUPS	X15, 4(DX)
   173        00371 (string_algorithms.go:70)	MOVL	$42, DX
   178        00376 (string_algorithms.go:70)	MOVL	$20, SI
   17d        00381 (string_algorithms.go:70)	JMP	398
   17f        00383 (string_algorithms.go:70)	ADDQ	$48, R8
   183        00387 (string_algorithms.go:70)	MOVB	R8B, main.buf+89(SP)(SI*1)
   188     -1 00392 (string_algorithms.go:70)	MOVQ	DI, AX
   18b      2 00395 (string_algorithms.go:70)	MOVQ	CX, SI
   18e        00398 (string_algorithms.go:70)	TESTQ	DX, DX
   191        00401 (string_algorithms.go:70)	JLS	453
   193        00403 (string_algorithms.go:70)	LEAQ	-1(SI), CX
   197      1 00407 (string_algorithms.go:70)	MOVQ	AX, DI
   19a      2 00410 (string_algorithms.go:70)	MOVQ	$-3689348814741910323, AX
   1a4        00420 (string_algorithms.go:70)	MOVQ	DX, R8
   1a7        00423 (string_algorithms.go:70)	MULQ	DX
   1aa        00426 (string_algorithms.go:70)	SHRQ	$3, DX
   1ae        00430 (string_algorithms.go:70)	LEAQ	(DX)(DX*1), R9
   1b2        00434 (string_algorithms.go:70)	LEAQ	(R9)(R9*4), R9
   1b6        00438 (string_algorithms.go:70)	SUBQ	R9, R8
   1b9        00441 (string_algorithms.go:70)	CMPQ	CX, $20
   1bd        00445 (string_algorithms.go:70)	JCS	383
   1bf        00447 (string_algorithms.go:70)	NOP
   1c0        00448 (string_algorithms.go:70)	JMP	2393
   1c5        00453 (string_algorithms.go:70)	LEAQ	-1(SI), DX
   1c9        00457 (string_algorithms.go:70)	CMPQ	DX, $20
   1cd        00461 (string_algorithms.go:70)	JCC	2388
   1d3      1 00467 (string_algorithms.go:70)	MOVQ	BX, main.~r0.len+800(SP)
   1db        00475 (string_algorithms.go:70)	MOVQ	AX, main.~r0.ptr+904(SP)
   1e3      2 00483 (string_algorithms.go:70)	MOVB	$45, main.buf+89(SP)(SI*1)
   1e8        00488 (string_algorithms.go:70)	LEAQ	main.buf+89(SP)(SI*1), BX
   1ed        00493 (string_algorithms.go:70)	LEAQ	-21(SI), CX
   1f1        00497 (string_algorithms.go:70)	NEGQ	CX
   1f4        00500 (string_algorithms.go:70)	LEAQ	main..autotmp_86+278(SP), AX
   1fc        00508 (string_algorithms.go:70)	PCDATA	$1, $2
   1fc        00508 (string_algorithms.go:70)	NOP
   200        00512 (string_algorithms.go:70)	CALL	runtime.slicebytetostring(SB)
   205        00517 (string_algorithms.go:70)	MOVQ	AX, main.~r0.ptr+896(SP)
   20d        00525 (string_algorithms.go:70)	MOVQ	BX, main.~r0.len+792(SP)
   215        00533 (string_algorithms.go:70)	PCDATA	$1, $3
   215     -1 00533 (string_algorithms.go:70)	CALL	runtime.printlock(SB)
   21a        00538 (string_algorithms.go:70)	LEAQ	go:string."0"(SB), AX
   221        00545 (string_algorithms.go:70)	MOVL	$1, BX
   226        00550 (string_algorithms.go:70)	CALL	runtime.printstring(SB)
   22b        00555 (string_algorithms.go:70)	CALL	runtime.printsp(SB)
   230        00560 (string_algorithms.go:70)	MOVQ	main.~r0.ptr+912(SP), AX
   238        00568 (string_algorithms.go:70)	MOVQ	main.~r0.len+808(SP), BX
   240        00576 (string_algorithms.go:70)	PCDATA	$1, $4
   240        00576 (string_algorithms.go:70)	CALL	runtime.printstring(SB)
   245        00581 (string_algorithms.go:70)	CALL	runtime.printsp(SB)
   24a        00586 (string_algorithms.go:70)	MOVQ	main.~r0.ptr+904(SP), AX
   252        00594 (string_algorithms.go:70)	MOVQ	main.~r0.len+800(SP), BX
   25a        00602 (string_algorithms.go:70)	PCDATA	$1, $5
   25a        00602 (string_algorithms.go:70)	CALL	runtime.printstring(SB)
   25f        00607 (string_algorithms.go:70)	NOP
   260        00608 (string_algorithms.go:70)	CALL	runtime.printsp(SB)
   265        00613 (string_algorithms.go:70)	MOVQ	main.~r0.ptr+896(SP), AX
   26d        00621 (string_algorithms.go:70)	MOVQ	main.~r0.len+792(SP), BX
   275        00629 (string_algorithms.go:70)	PCDATA	$1, $0
   275        00629 (string_algorithms.go:70)	CALL	runtime.printstring(SB)
   27a        00634 (string_algorithms.go:70)	CALL	runtime.printnl(SB)
   27f        00639 (string_algorithms.go:70)	NOP
   280        00640 (string_algorithms.go:70)	CALL	runtime.printunlock(SB)
   285        00645 (<unknown line number>)	NOP
   285      3 00645 (string_algorithms.go:71)	XORL	DX, DX
   287        00647 (string_algorithms.go:71)	XORL	AX, AX
   289        00649 (string_algorithms.go:71)	JMP	674
   28b        00651 (string_algorithms.go:71)	LEAQ	(AX)(AX*1), R9
   28f        00655 (string_algorithms.go:71)	LEAQ	(R9)(R9*4), R9
   293        00659 (string_algorithms.go:71)	ADDL	$-48, R8
   297        00663 (string_algorithms.go:71)	MOVBLZX	R8B, R8
   29b        00667 (string_algorithms.go:71)	LEAQ	(R8)(R9*1), AX
   29f        00671 (string_algorithms.go:71)	INCQ	DX
   2a2        00674 (string_algorithms.go:71)	MOVL	$2, SI
   2a7        00679 (string_algorithms.go:71)	CMPQ	SI, DX
   2aa        00682 (string_algorithms.go:71)	JLE	714
   2ac        00684 (string_algorithms.go:71)	LEAQ	go:string."-77"+1(SB), DI
   2b3        00691 (string_algorithms.go:71)	MOVBLZX	(DX)(DI*1), R8
   2b8        00696 (string_algorithms.go:71)	CMPB	R8B, $48
   2bc        00700 (string_algorithms.go:71)	JCS	710
   2be        00702 (string_algorithms.go:71)	NOP
   2c0        00704 (string_algorithms.go:71)	CMPB	R8B, $57
   2c4        00708 (string_algorithms.go:71)	JLS	651
   2c6        00710 (string_algorithms.go:71)	XORL	SI, SI
   2c8     -1 00712 (string_algorithms.go:71)	JMP	725
   2ca      3 00714 (string_algorithms.go:71)	MOVQ	$-1, SI
   2d1        00721 (string_algorithms.go:71)	IMULQ	AX, SI
   2d5        00725 (string_algorithms.go:71)	MOVQ	DX, main.i+848(SP)
   2dd     -1 00733 (string_algorithms.go:71)	MOVQ	SI, main.n+840(SP)
   2e5        00741 (<unknown line number>)	NOP
   2e5      4 00741 (string_algorithms.go:72)	TESTQ	SI, SI
   2e8        00744 (string_algorithms.go:72)	JEQ	786
   2ea        00746 (string_algorithms.go:72)	LEAQ	main.buf+70(SP), DI
   2ef        00751 (string_algorithms.go:72)	MOVUPS	X15, (DI)
   2f3        00755 (string_algorithms.go:72)	MOVUPS	X15, 4(DI)
   2f8        00760 (string_algorithms.go:72)	MOVQ	SI, DI
   2fb        00763 (string_algorithms.go:72)	NEGQ	SI
   2fe        00766 (string_algorithms.go:72)	TESTQ	DI, DI
   301        00769 (string_algorithms.go:72)	MOVQ	DI, R8
   304        00772 (string_algorithms.go:72)	CMOVQLT	SI, DI
   308        00776 (string_algorithms.go:72)	MOVL	$20, SI
   30d        00781 (string_algorithms.go:72)	JMP	2246
   312        00786 (string_algorithms.go:72)	MOVL	$1, AX
   317     -1 00791 (string_algorithms.go:72)	MOVQ	AX, main.~r0.len+784(SP)
   31f        00799 (string_algorithms.go:72)	NOP
   320        00800 (string_algorithms.go:72)	CALL	runtime.printlock(SB)
   325      3 00805 (string_algorithms.go:71)	MOVL	$2, AX
   32a        00810 (string_algorithms.go:71)	MOVQ	main.i+848(SP), CX
   332        00818 (string_algorithms.go:71)	CMPQ	AX, CX
   335     -1 00821 (string_algorithms.go:71)	SETLE	AL
   338        00824 (string_algorithms.go:71)	MOVB	AL, main.ok+69(SP)
   33c        00828 (string_algorithms.go:72)	LEAQ	go:string."atoi "(SB), AX
   343        00835 (string_algorithms.go:72)	MOVL	$5, BX
   348        00840 (string_algorithms.go:72)	CALL	runtime.printstring(SB)
   34d        00845 (string_algorithms.go:72)	MOVQ	main.n+840(SP), AX
   355        00853 (string_algorithms.go:72)	CALL	runtime.printint(SB)
   35a        00858 (string_algorithms.go:72)	CALL	runtime.printsp(SB)
   35f        00863 (string_algorithms.go:72)	MOVBLZX	main.ok+69(SP), AX
   364        00868 (string_algorithms.go:72)	CALL	runtime.printbool(SB)
   369        00873 (string_algorithms.go:72)	CALL	runtime.printsp(SB)
   36e        00878 (string_algorithms.go:72)	MOVQ	main.~r0.len+784(SP), AX
   376        00886 (string_algorithms.go:72)	CALL	runtime.printint(SB)
   37b        00891 (string_algorithms.go:72)	NOP
   380        00896 (string_algorithms.go:72)	CALL	runtime.printnl(SB)
   385        00901 (string_algorithms.go:72)	CALL	runtime.printunlock(SB)
   38a        00906 (<unknown line number>)	NOP
   38a      5 00906 (string_algorithms.go:73)	LEAQ	main..autotmp_88+632(SP), AX
   392        00914 (string_algorithms.go:73)	LEAQ	go:string."stressed"(SB), BX
   399        00921 (string_algorithms.go:73)	MOVL	$8, CX
   39e        00926 (string_algorithms.go:73)	NOP
   3a0        00928 (string_algorithms.go:73)	CALL	runtime.stringtoslicerune(SB)
   3a5        00933 (string_algorithms.go:73)	LEAQ	-1(BX), DX
   3a9        00937 (string_algorithms.go:73)	XORL	SI, SI
   3ab        00939 (string_algorithms.go:73)	JMP	963
   3ad        00941 (string_algorithms.go:73)	MOVL	(AX)(DX*4), R8
   3b1        00945 (string_algorithms.go:73)	MOVL	(AX)(SI*4), R9
   3b5        00949 (string_algorithms.go:73)	MOVL	R8, (AX)(SI*4)
   3b9        00953 (string_algorithms.go:73)	MOVL	R9, (AX)(DX*4)
   3bd        00957 (string_algorithms.go:73)	INCQ	SI
   3c0        00960 (string_algorithms.go:73)	DECQ	DX
   3c3        00963 (string_algorithms.go:73)	CMPQ	DX, SI
   3c6        00966 (string_algorithms.go:73)	JGT	941
   3c8        00968 (string_algorithms.go:73)	MOVQ	CX, DI
   3cb        00971 (string_algorithms.go:73)	MOVQ	BX, CX
   3ce        00974 (string_algorithms.go:73)	MOVQ	AX, BX
   3d1        00977 (string_algorithms.go:73)	LEAQ	main..autotmp_90+214(SP), AX
   3d9        00985 (string_algorithms.go:73)	CALL	runtime.slicerunetostring(SB)
   3de        00990 (string_algorithms.go:73)	MOVQ	AX, main.~r0.ptr+888(SP)
   3e6        00998 (string_algorithms.go:73)	MOVQ	BX, main.~r0.len+776(SP)
   3ee        01006 (<unknown line number>)	NOP
   3ee      6 01006 (string_algorithms.go:73)	LEAQ	main..autotmp_91+504(SP), AX
   3f6        01014 (string_algorithms.go:73)	LEAQ	go:string."añ世"(SB), BX
   3fd        01021 (string_algorithms.go:73)	MOVL	$6, CX
   402        01026 (string_algorithms.go:73)	PCDATA	$1, $6
   402        01026 (string_algorithms.go:73)	CALL	runtime.stringtoslicerune(SB)
   407        01031 (string_algorithms.go:73)	LEAQ	-1(BX), DX
   40b        01035 (string_algorithms.go:73)	XORL	SI, SI
   40d        01037 (string_algorithms.go:73)	JMP	1061
   40f        01039 (string_algorithms.go:73)	MOVL	(AX)(DX*4), R8
   413        01043 (string_algorithms.go:73)	MOVL	(AX)(SI*4), R9
   417        01047 (string_algorithms.go:73)	MOVL	R8, (AX)(SI*4)
   41b        01051 (string_algorithms.go:73)	MOVL	R9, (AX)(DX*4)
   41f        01055 (string_algorithms.go:73)	INCQ	SI
   422        01058 (string_algorithms.go:73)	DECQ	DX
   425        01061 (string_algorithms.go:73)	CMPQ	DX, SI
   428        01064 (string_algorithms.go:73)	JGT	1039
   42a        01066 (string_algorithms.go:73)	MOVQ	CX, DI
   42d        01069 (string_algorithms.go:73)	MOVQ	BX, CX
   430        01072 (string_algorithms.go:73)	MOVQ	AX, BX
   433        01075 (string_algorithms.go:73)	LEAQ	main..autotmp_93+182(SP), AX
   43b        01083 (string_algorithms.go:73)	NOP
   440        01088 (string_algorithms.go:73)	CALL	runtime.slicerunetostring(SB)
   445        01093 (string_algorithms.go:73)	MOVQ	AX, main.~r0.ptr+880(SP)
   44d        01101 (string_algorithms.go:73)	MOVQ	BX, main.~r0.len+768(SP)
   455        01109 (<unknown line number>)	NOP
   455      7 01109 (string_algorithms.go:73)	LEAQ	main..autotmp_94+376(SP), AX
   45d        01117 (string_algorithms.go:73)	LEAQ	go:string."racecar"(SB), BX
   464        01124 (string_algorithms.go:73)	MOVL	$7, CX
   469        01129 (string_algorithms.go:73)	PCDATA	$1, $7
   469        01129 (string_algorithms.go:73)	CALL	runtime.stringtoslicerune(SB)
   46e        01134 (string_algorithms.go:73)	LEAQ	-1(BX), DX
   472        01138 (string_algorithms.go:73)	XORL	SI, SI
   474        01140 (string_algorithms.go:73)	JMP	1164
   476        01142 (string_algorithms.go:73)	MOVL	(AX)(DX*4), R8
   47a        01146 (string_algorithms.go:73)	MOVL	(AX)(SI*4), R9
   47e        01150 (string_algorithms.go:73)	MOVL	R8, (AX)(SI*4)
   482        01154 (string_algorithms.go:73)	MOVL	R9, (AX)(DX*4)
   486        01158 (string_algorithms.go:73)	INCQ	SI
   489        01161 (string_algorithms.go:73)	DECQ	DX
   48c        01164 (string_algorithms.go:73)	CMPQ	DX, SI
   48f        01167 (string_algorithms.go:73)	JGT	1142
   491        01169 (string_algorithms.go:73)	MOVQ	CX, DI
   494        01172 (string_algorithms.go:73)	MOVQ	BX, CX
   497        01175 (string_algorithms.go:73)	MOVQ	AX, BX
   49a        01178 (string_algorithms.go:73)	LEAQ	main..autotmp_96+150(SP), AX
   4a2        01186 (string_algorithms.go:73)	CALL	runtime.slicerunetostring(SB)
   4a7     -1 01191 (string_algorithms.go:73)	CMPQ	BX, $7
   4ab        01195 (string_algorithms.go:73)	JNE	1222
   4ad        01197 (string_algorithms.go:73)	CMPL	(AX), $1701011826
   4b3        01203 (string_algorithms.go:73)	JNE	1222
   4b5        01205 (string_algorithms.go:73)	CMPW	4(AX), $24931
   4bb        01211 (string_algorithms.go:73)	JNE	1222
   4bd        01213 (string_algorithms.go:73)	CMPB	6(AX), $114
   4c1        01217 (string_algorithms.go:73)	SETEQ	AL
   4c4        01220 (string_algorithms.go:73)	JMP	1224
   4c6        01222 (string_algorithms.go:73)	XORL	AX, AX
   4c8        01224 (string_algorithms.go:73)	MOVB	AL, main..autotmp_146+375(SP)
   4cf        01231 (string_algorithms.go:73)	CALL	runtime.printlock(SB)
   4d4        01236 (string_algorithms.go:73)	MOVQ	main.~r0.ptr+888(SP), AX
   4dc        01244 (string_algorithms.go:73)	MOVQ	main.~r0.len+776(SP), BX
   4e4        01252 (string_algorithms.go:73)	PCDATA	$1, $8
   4e4        01252 (string_algorithms.go:73)	CALL	runtime.printstring(SB)
   4e9        01257 (string_algorithms.go:73)	CALL	runtime.printsp(SB)
   4ee        01262 (string_algorithms.go:73)	MOVQ	main.~r0.ptr+880(SP), AX
   4f6        01270 (string_algorithms.go:73)	MOVQ	main.~r0.len+768(SP), BX
   4fe        01278 (string_algorithms.go:73)	PCDATA	$1, $0
   4fe        01278 (string_algorithms.go:73)	NOP
   500        01280 (string_algorithms.go:73)	CALL	runtime.printstring(SB)
   505        01285 (string_algorithms.go:73)	CALL	runtime.printsp(SB)
   50a        01290 (string_algorithms.go:73)	MOVBLZX	main..autotmp_146+375(SP), AX
   512        01298 (string_algorithms.go:73)	CALL	runtime.printbool(SB)
   517        01303 (string_algorithms.go:73)	CALL	runtime.printnl(SB)
   51c        01308 (string_algorithms.go:73)	NOP
   520        01312 (string_algorithms.go:73)	CALL	runtime.printunlock(SB)
   525        01317 (<unknown line number>)	NOP
   525      8 01317 (string_algorithms.go:74)	XORL	AX, AX
   527        01319 (string_algorithms.go:74)	JMP	1324
   529        01321 (string_algorithms.go:74)	INCQ	AX
   52c        01324 (string_algorithms.go:74)	LEAQ	5(AX), CX
   530        01328 (string_algorithms.go:74)	CMPQ	CX, $19
   534        01332 (string_algorithms.go:74)	JGT	1392
   536        01334 (string_algorithms.go:74)	JHI	2223
   53c        01340 (string_algorithms.go:74)	NOP
   540        01344 (string_algorithms.go:74)	CMPQ	AX, CX
   543        01347 (string_algorithms.go:74)	JHI	2218
   549        01353 (string_algorithms.go:74)	LEAQ	go:string."the quick brown fox"(SB), CX
   550        01360 (string_algorithms.go:74)	MOVL	(CX)(AX*1), DX
   553        01363 (string_algorithms.go:74)	MOVBLZX	4(CX)(AX*1), CX
   558        01368 (string_algorithms.go:74)	SHLQ	$32, CX
   55c        01372 (string_algorithms.go:74)	ORQ	CX, DX
   55f        01375 (string_algorithms.go:74)	MOVQ	$474450195042, CX
   569        01385 (string_algorithms.go:74)	CMPQ	CX, DX
   56c        01388 (string_algorithms.go:74)	JNE	1321
   56e        01390 (string_algorithms.go:74)	JMP	1399
   570        01392 (string_algorithms.go:74)	MOVQ	$-1, AX
   577     -1 01399 (string_algorithms.go:74)	MOVQ	AX, main.~r0+824(SP)
   57f        01407 (<unknown line number>)	NOP
   57f      9 01407 (string_algorithms.go:74)	XORL	CX, CX
   581        01409 (string_algorithms.go:74)	JMP	1414
   583        01411 (string_algorithms.go:74)	MOVQ	DX, CX
   586        01414 (string_algorithms.go:74)	LEAQ	1(CX), DX
   58a        01418 (string_algorithms.go:74)	CMPQ	DX, $3
   58e        01422 (string_algorithms.go:74)	JGT	1457
   590        01424 (string_algorithms.go:74)	JHI	2213
   596        01430 (string_algorithms.go:74)	CMPQ	CX, DX
   599        01433 (string_algorithms.go:74)	JHI	2205
   59f        01439 (string_algorithms.go:74)	LEAQ	go:string."abc"(SB), BX
   5a6        01446 (string_algorithms.go:74)	MOVBLZX	(BX)(CX*1), BX
   5aa        01450 (string_algorithms.go:74)	CMPB	BL, $100
   5ad        01453 (string_algorithms.go:74)	JNE	1411
   5af        01455 (string_algorithms.go:74)	JMP	1464
   5b1        01457 (string_algorithms.go:74)	MOVQ	$-1, CX
   5b8     -1 01464 (string_algorithms.go:74)	MOVQ	CX, main.~r0+816(SP)
   5c0        01472 (string_algorithms.go:74)	CALL	runtime.printlock(SB)
   5c5        01477 (string_algorithms.go:74)	MOVQ	main.~r0+824(SP), AX
   5cd        01485 (string_algorithms.go:74)	CALL	runtime.printint(SB)
   5d2        01490 (string_algorithms.go:74)	CALL	runtime.printsp(SB)
   5d7        01495 (string_algorithms.go:74)	MOVQ	main.~r0+816(SP), AX
   5df        01503 (string_algorithms.go:74)	NOP
   5e0        01504 (string_algorithms.go:74)	CALL	runtime.printint(SB)
   5e5        01509 (string_algorithms.go:74)	CALL	runtime.printsp(SB)
   5ea        01514 (string_algorithms.go:74)	XORL	AX, AX
   5ec        01516 (string_algorithms.go:74)	CALL	runtime.printint(SB)
   5f1        01521 (string_algorithms.go:74)	CALL	runtime.printnl(SB)
   5f6        01526 (string_algorithms.go:74)	CALL	runtime.printunlock(SB)
   5fb        01531 (<unknown line number>)	NOP
   5fb     10 01531 (string_algorithms.go:75)	XORL	AX, AX
   5fd        01533 (string_algorithms.go:75)	XORL	CX, CX
   5ff        01535 (string_algorithms.go:75)	XORL	DX, DX
   601        01537 (string_algorithms.go:75)	XORL	BX, BX
   603        01539 (string_algorithms.go:75)	XORL	SI, SI
   605        01541 (string_algorithms.go:75)	XORL	DI, DI
   607        01543 (string_algorithms.go:75)	JMP	1552
   609        01545 (string_algorithms.go:75)	LEAQ	1(R10), DI
   60d        01549 (string_algorithms.go:75)	MOVQ	R9, CX
   610        01552 (string_algorithms.go:75)	CMPQ	DI, $10
   614        01556 (string_algorithms.go:75)	JGE	1833
   61a        01562 (string_algorithms.go:75)	LEAQ	go:string."a,bb,,ccc,"(SB), R8
   621        01569 (string_algorithms.go:75)	MOVBLZX	(DI)(R8*1), R9
   626        01574 (string_algorithms.go:75)	CMPB	R9B, $44
   62a        01578 (string_algorithms.go:75)	JNE	1822
   630        01584 (string_algorithms.go:75)	CMPQ	DX, DI
   633        01587 (string_algorithms.go:75)	JHI	2200
   639        01593 (string_algorithms.go:75)	LEAQ	1(CX), R9
   63d        01597 (string_algorithms.go:75)	MOVQ	DI, R10
   640        01600 (string_algorithms.go:75)	SUBQ	DX, DI
   643        01603 (string_algorithms.go:75)	MOVQ	DI, R11
   646        01606 (string_algorithms.go:75)	NEGQ	DI
   649        01609 (string_algorithms.go:75)	SARQ	$63, DI
   64d        01613 (string_algorithms.go:75)	ANDQ	DI, DX
   650        01616 (string_algorithms.go:75)	ADDQ	R8, DX
   653        01619 (string_algorithms.go:75)	CMPQ	AX, R9
   656        01622 (string_algorithms.go:75)	JCC	1775
   65c        01628 (string_algorithms.go:75)	MOVQ	R10, main..autotmp_147+872(SP)
   664        01636 (string_algorithms.go:75)	MOVQ	R11, main..autotmp_148+864(SP)
   66c        01644 (string_algorithms.go:75)	MOVQ	DX, main..autotmp_149+936(SP)
   674        01652 (string_algorithms.go:75)	MOVB	BL, main..autotmp_150+374(SP)
   67b        01659 (string_algorithms.go:75)	NOP
   680        01664 (string_algorithms.go:75)	CMPQ	R9, $2
   684        01668 (string_algorithms.go:75)	JGT	1708
   686        01670 (string_algorithms.go:75)	TESTB	BL, BL
   688        01672 (string_algorithms.go:75)	JNE	1708
   68a        01674 (string_algorithms.go:75)	TESTQ	CX, CX
   68d        01677 (string_algorithms.go:75)	JNE	1708
   68f        01679 (string_algorithms.go:75)	LEAQ	main..autotmp_102+944(SP), SI
   697        01687 (string_algorithms.go:75)	MOVUPS	X15, (SI)
   69b        01691 (string_algorithms.go:75)	MOVUPS	X15, 16(SI)
   6a0        01696 (string_algorithms.go:75)	MOVL	$2, AX
   6a5        01701 (string_algorithms.go:75)	MOVL	$1, BX
   6aa        01706 (string_algorithms.go:75)	JMP	1775
   6ac        01708 (string_algorithms.go:75)	MOVQ	R9, BX
   6af        01711 (string_algorithms.go:75)	MOVQ	AX, CX
   6b2        01714 (string_algorithms.go:75)	MOVL	$1, DI
   6b7        01719 (string_algorithms.go:75)	MOVQ	SI, AX
   6ba        01722 (string_algorithms.go:75)	LEAQ	type:string(SB), SI
   6c1        01729 (string_algorithms.go:75)	PCDATA	$1, $9
   6c1        01729 (string_algorithms.go:75)	CALL	runtime.growslice(SB)
   6c6        01734 (string_algorithms.go:75)	MOVQ	main..autotmp_149+936(SP), DX
   6ce        01742 (string_algorithms.go:75)	MOVQ	main..autotmp_147+872(SP), R10
   6d6        01750 (string_algorithms.go:75)	MOVQ	main..autotmp_148+864(SP), R11
   6de        01758 (string_algorithms.go:75)	MOVQ	BX, R9
   6e1        01761 (string_algorithms.go:75)	MOVQ	AX, SI
   6e4        01764 (string_algorithms.go:75)	MOVQ	CX, AX
   6e7        01767 (string_algorithms.go:75)	MOVBLZX	main..autotmp_150+374(SP), BX
   6ef        01775 (string_algorithms.go:75)	LEAQ	-1(R9), CX
   6f3        01779 (string_algorithms.go:75)	SHLQ	$4, CX
   6f7        01783 (string_algorithms.go:75)	MOVQ	R11, 8(SI)(CX*1)
   6fc        01788 (string_algorithms.go:75)	CMPL	runtime.writeBarrier(SB), $0
   703        01795 (string_algorithms.go:75)	PCDATA	$0, $-2
   703        01795 (string_algorithms.go:75)	JEQ	1809
   705        01797 (string_algorithms.go:75)	MOVQ	(SI)(CX*1), R8
   709        01801 (string_algorithms.go:75)	CALL	runtime.gcWriteBarrier1(SB)
   70e        01806 (string_algorithms.go:75)	MOVQ	R8, (R11)
   711        01809 (string_algorithms.go:75)	MOVQ	DX, (SI)(CX*1)
   715        01813 (string_algorithms.go:75)	PCDATA	$0, $-1
   715        01813 (string_algorithms.go:75)	LEAQ	1(R10), DX
   719        01817 (string_algorithms.go:75)	JMP	1545
   71e        01822 (string_algorithms.go:75)	MOVQ	DI, R10
   721     -1 01825 (<unknown line number>)	MOVQ	CX, R9
   724     10 01828 (string_algorithms.go:75)	JMP	1545
   729        01833 (string_algorithms.go:75)	CMPQ	DX, $10
   72d        01837 (string_algorithms.go:75)	JHI	2195
   733        01843 (string_algorithms.go:75)	LEAQ	1(CX), BX
   737        01847 (string_algorithms.go:75)	LEAQ	-10(DX), R8
   73b        01851 (string_algorithms.go:75)	MOVQ	R8, R9
   73e        01854 (string_algorithms.go:75)	SARQ	$63, R8
   742        01858 (string_algorithms.go:75)	ANDQ	R8, DX
   745        01861 (string_algorithms.go:75)	LEAQ	go:string."a,bb,,ccc,"(SB), R8
   74c        01868 (string_algorithms.go:75)	ADDQ	R8, DX
   74f        01871 (string_algorithms.go:75)	CMPQ	AX, BX
   752        01874 (string_algorithms.go:75)	JCC	1934
   754        01876 (string_algorithms.go:75)	MOVQ	R9, main..autotmp_147+872(SP)
   75c        01884 (string_algorithms.go:75)	MOVQ	DX, main..autotmp_149+936(SP)
   764        01892 (string_algorithms.go:75)	MOVQ	AX, CX
   767        01895 (string_algorithms.go:75)	MOVL	$1, DI
   76c        01900 (string_algorithms.go:75)	MOVQ	SI, AX
   76f        01903 (string_algorithms.go:75)	LEAQ	type:string(SB), SI
   776        01910 (string_algorithms.go:75)	CALL	runtime.growslice(SB)
   77b        01915 (string_algorithms.go:75)	MOVQ	main..autotmp_149+936(SP), DX
   783        01923 (string_algorithms.go:75)	MOVQ	main..autotmp_147+872(SP), R9
   78b     -1 01931 (string_algorithms.go:75)	MOVQ	AX, SI
   78e     10 01934 (string_algorithms.go:75)	LEAQ	-1(BX), AX
   792        01938 (string_algorithms.go:75)	SHLQ	$4, AX
   796        01942 (string_algorithms.go:75)	NEGQ	R9
   799        01945 (string_algorithms.go:75)	MOVQ	R9, 8(SI)(AX*1)
   79e        01950 (string_algorithms.go:75)	CMPL	runtime.writeBarrier(SB), $0
   7a5        01957 (string_algorithms.go:75)	PCDATA	$0, $-2
   7a5        01957 (string_algorithms.go:75)	JEQ	1971
   7a7        01959 (string_algorithms.go:75)	MOVQ	(SI)(AX*1), CX
   7ab        01963 (string_algorithms.go:75)	CALL	runtime.gcWriteBarrier1(SB)
   7b0        01968 (string_algorithms.go:75)	MOVQ	CX, (R11)
   7b3     -1 01971 (string_algorithms.go:75)	MOVQ	BX, main.~r0.len+760(SP)
   7bb     10 01979 (string_algorithms.go:75)	MOVQ	DX, (SI)(AX*1)
   7bf        01983 (string_algorithms.go:76)	PCDATA	$0, $-1
   7bf     -1 01983 (string_algorithms.go:76)	XORL	AX, AX
   7c1        01985 (string_algorithms.go:76)	JMP	2144
   7c6        01990 (string_algorithms.go:76)	MOVQ	AX, main.i+856(SP)
   7ce        01998 (string_algorithms.go:76)	MOVQ	SI, main..autotmp_151+928(SP)
   7d6        02006 (string_algorithms.go:76)	MOVQ	(SI), AX
   7d9        02009 (string_algorithms.go:76)	MOVQ	AX, main.p.ptr+920(SP)
   7e1        02017 (string_algorithms.go:76)	MOVQ	8(SI), AX
   7e5        02021 (string_algorithms.go:76)	MOVQ	AX, main.p.len+832(SP)
   7ed        02029 (string_algorithms.go:77)	PCDATA	$1, $10
   7ed        02029 (string_algorithms.go:77)	CALL	runtime.printlock(SB)
   7f2        02034 (string_algorithms.go:77)	MOVQ	main.i+856(SP), AX
   7fa        02042 (string_algorithms.go:77)	CALL	runtime.printint(SB)
   7ff        02047 (string_algorithms.go:77)	LEAQ	go:string."["(SB), AX
   806        02054 (string_algorithms.go:77)	MOVL	$1, BX
   80b        02059 (string_algorithms.go:77)	CALL	runtime.printstring(SB)
   810        02064 (string_algorithms.go:77)	MOVQ	main.p.ptr+920(SP), AX
   818        02072 (string_algorithms.go:77)	MOVQ	main.p.len+832(SP), BX
   820        02080 (string_algorithms.go:77)	PCDATA	$1, $11
   820        02080 (string_algorithms.go:77)	CALL	runtime.printstring(SB)
   825        02085 (string_algorithms.go:77)	LEAQ	go:string."] "(SB), AX
   82c        02092 (string_algorithms.go:77)	MOVL	$2, BX
   831        02097 (string_algorithms.go:77)	CALL	runtime.printstring(SB)
   836        02102 (string_algorithms.go:77)	CALL	runtime.printunlock(SB)
   83b        02107 (string_algorithms.go:76)	MOVQ	main..autotmp_151+928(SP), SI
   843        02115 (string_algorithms.go:76)	ADDQ	$16, SI
   847        02119 (string_algorithms.go:76)	MOVQ	main.i+856(SP), AX
   84f        02127 (string_algorithms.go:76)	INCQ	AX
   852        02130 (string_algorithms.go:76)	MOVQ	main.~r0.len+760(SP), BX
   85a        02138 (string_algorithms.go:76)	NOP
   860        02144 (string_algorithms.go:76)	CMPQ	AX, BX
   863        02147 (string_algorithms.go:76)	JLT	1990
   869        02153 (string_algorithms.go:79)	PCDATA	$1, $0
   869        02153 (string_algorithms.go:79)	CALL	runtime.printlock(SB)
   86e        02158 (string_algorithms.go:79)	MOVQ	main.~r0.len+760(SP), AX
   876        02166 (string_algorithms.go:79)	CALL	runtime.printint(SB)
   87b        02171 (string_algorithms.go:79)	NOP
   880        02176 (string_algorithms.go:79)	CALL	runtime.printnl(SB)
   885        02181 (string_algorithms.go:79)	CALL	runtime.printunlock(SB)
   88a        02186 (string_algorithms.go:80)	ADDQ	$976, SP
   891        02193 (string_algorithms.go:80)	POPQ	BP
   892        02194 (string_algorithms.go:80)	RET
   893        02195 (string_algorithms.go:75)	PCDATA	$4, $11712
   893     10 02195 (string_algorithms.go:75)	CALL	runtime.panicBounds(SB)
   898        02200 (string_algorithms.go:75)	PCDATA	$4, $8274
   898        02200 (string_algorithms.go:75)	CALL	runtime.panicBounds(SB)
   89d        02205 (string_algorithms.go:74)	PCDATA	$4, $2442
   89d      9 02205 (string_algorithms.go:74)	NOP
   8a0        02208 (string_algorithms.go:74)	CALL	runtime.panicBounds(SB)
   8a5        02213 (string_algorithms.go:74)	PCDATA	$4, $3646
   8a5        02213 (string_algorithms.go:74)	CALL	runtime.panicBounds(SB)
   8aa        02218 (string_algorithms.go:74)	PCDATA	$4, $1218
   8aa      8 02218 (string_algorithms.go:74)	CALL	runtime.panicBounds(SB)
   8af        02223 (string_algorithms.go:74)	PCDATA	$4, $22006
   8af        02223 (string_algorithms.go:74)	CALL	runtime.panicBounds(SB)
   8b4      4 02228 (string_algorithms.go:72)	LEAQ	48(DI), R9
   8b8        02232 (string_algorithms.go:72)	MOVB	R9B, main.buf+69(SP)(SI*1)
   8bd        02237 (string_algorithms.go:72)	MOVQ	DX, DI
   8c0        02240 (string_algorithms.go:72)	MOVQ	CX, SI
   8c3      3 02243 (string_algorithms.go:71)	MOVQ	BX, DX
   8c6      4 02246 (string_algorithms.go:72)	TESTQ	DI, DI
   8c9        02249 (string_algorithms.go:72)	JLS	2294
   8cb        02251 (string_algorithms.go:72)	LEAQ	-1(SI), CX
   8cf        02255 (string_algorithms.go:72)	MOVQ	$-3689348814741910323, AX
   8d9      3 02265 (string_algorithms.go:71)	MOVQ	DX, BX
   8dc      4 02268 (string_algorithms.go:72)	MULQ	DI
   8df        02271 (string_algorithms.go:72)	SHRQ	$3, DX
   8e3        02275 (string_algorithms.go:72)	LEAQ	(DX)(DX*1), R9
   8e7        02279 (string_algorithms.go:72)	LEAQ	(R9)(R9*4), R9
   8eb        02283 (string_algorithms.go:72)	SUBQ	R9, DI
   8ee        02286 (string_algorithms.go:72)	CMPQ	CX, $20
   8f2        02290 (string_algorithms.go:72)	JCS	2228
   8f4        02292 (string_algorithms.go:72)	JMP	2383
   8f6        02294 (string_algorithms.go:72)	TESTQ	R8, R8
   8f9        02297 (string_algorithms.go:72)	JGE	2317
   8fb        02299 (string_algorithms.go:72)	LEAQ	-1(SI), CX
   8ff        02303 (string_algorithms.go:72)	NOP
   900        02304 (string_algorithms.go:72)	CMPQ	CX, $20
   904        02308 (string_algorithms.go:72)	JCC	2378
   906        02310 (string_algorithms.go:72)	MOVB	$45, main.buf+69(SP)(SI*1)
   90b        02315 (string_algorithms.go:72)	JMP	2320
   90d        02317 (string_algorithms.go:72)	MOVQ	SI, CX
   910        02320 (string_algorithms.go:72)	CMPQ	CX, $20
   914        02324 (string_algorithms.go:72)	JHI	2373
   916        02326 (string_algorithms.go:72)	LEAQ	-20(CX), DX
   91a        02330 (string_algorithms.go:72)	MOVQ	DX, SI
   91d        02333 (string_algorithms.go:72)	NEGQ	DX
   920        02336 (string_algorithms.go:72)	SARQ	$63, SI
   924        02340 (string_algorithms.go:72)	ANDQ	SI, CX
   927        02343 (string_algorithms.go:72)	LEAQ	main.buf+70(SP)(CX*1), BX
   92c        02348 (string_algorithms.go:72)	LEAQ	main..autotmp_87+246(SP), AX
   934        02356 (string_algorithms.go:72)	MOVQ	DX, CX
   937        02359 (string_algorithms.go:72)	CALL	runtime.slicebytetostring(SB)
   93c     -1 02364 (string_algorithms.go:72)	MOVQ	BX, AX
   93f        02367 (string_algorithms.go:72)	NOP
   940        02368 (string_algorithms.go:72)	JMP	791
   945        02373 (string_algorithms.go:72)	PCDATA	$4, $23160
   945      4 02373 (string_algorithms.go:72)	CALL	runtime.panicBounds(SB)
   94a        02378 (string_algorithms.go:72)	PCDATA	$4, $23157
   94a        02378 (string_algorithms.go:72)	CALL	runtime.panicBounds(SB)
   94f        02383 (string_algorithms.go:72)	PCDATA	$4, $23157
   94f        02383 (string_algorithms.go:72)	CALL	runtime.panicBounds(SB)
   954        02388 (string_algorithms.go:70)	PCDATA	$4, $23229
   954      2 02388 (string_algorithms.go:70)	CALL	runtime.panicBounds(SB)
   959        02393 (string_algorithms.go:70)	PCDATA	$4, $23157
   959        02393 (string_algorithms.go:70)	CALL	runtime.panicBounds(SB)
   95e        02398 (string_algorithms.go:70)	PCDATA	$4, $23520
   95e      1 02398 (string_algorithms.go:70)	NOP
   960        02400 (string_algorithms.go:70)	CALL	runtime.panicBounds(SB)
   965        02405 (string_algorithms.go:70)	PCDATA	$4, $23157
   965        02405 (string_algorithms.go:70)	CALL	runtime.panicBounds(SB)
   96a        02410 (string_algorithms.go:70)	PCDATA	$4, $23517
   96a      0 02410 (string_algorithms.go:70)	CALL	runtime.panicBounds(SB)
   96f        02415 (string_algorithms.go:70)	PCDATA	$4, $23157
   96f        02415 (string_algorithms.go:70)	CALL	runtime.panicBounds(SB)
   974        02420 (string_algorithms.go:70)	XCHGL	AX, AX
   975        02421 (string_algorithms.go:70)	NOP
   975        02421 (string_algorithms.go:69)	PCDATA	$1, $-1
   975        02421 (string_algorithms.go:69)	PCDATA	$0, $-2
   975     -1 02421 (string_algorithms.go:69)	CALL	runtime.morestack_noctxt(SB)
   97a        02426 (string_algorithms.go:69)	PCDATA	$0, $-1
   97a        02426 (string_algorithms.go:69)	JMP	0
   97f done
wrote 114 bytes to 0x0
 00 1d 02 9a 01 02 28 03 03 04 0c 01 03 02 39 01 10 02 2b 02 23 05 03 06 0c 01 03 02 39 01 10 02 32 05 70 08 43 07 02 08 13 07 08 0a 32 09 0e 08 10 07 55 0c 64 02 67 02 52 0f 7e 12 52 11 08 14 39 13 43 16 a6 02 15 03 16 67 15 03 16 25 15 08 16 04 15 d4 01 16 0a 01 0d 01 0a 07 0f 01 03 02 13 01 03 02 60 09 09 0a 0f 03 0a 01 0c 01 0b 01 0a 00
-- inlining tree for main.main:
0 | -1 | main.itoa (string_algorithms.go:70:23) pc=223
1 | -1 | main.itoa (string_algorithms.go:70:51) pc=223
2 | -1 | main.itoa (string_algorithms.go:70:78) pc=223
3 | -1 | main.atoi (string_algorithms.go:71:17) pc=712
4 | -1 | main.itoa (string_algorithms.go:72:35) pc=791
5 | -1 | main.reverse (string_algorithms.go:73:17) pc=1191
6 | -1 | main.reverse (string_algorithms.go:73:38) pc=1191
7 | -1 | main.reverse (string_algorithms.go:73:57) pc=1191
8 | -1 | main.index (string_algorithms.go:74:15) pc=1399
9 | -1 | main.index (string_algorithms.go:74:54) pc=1399
10 | -1 | main.split (string_algorithms.go:75:16) pc=1931
--
funcpctab main.itoa [valfunc=pctoinline]
     0     -1 00000 (string_algorithms.go:4)	TEXT	main.itoa(SB), ABIInternal, $56-8
     0        00000 (string_algorithms.go:4)	TEXT	main.itoa(SB), ABIInternal, $56-8
     0     -1 00000 (string_algorithms.go:4)	CMPQ	SP, 16(R14)
     4        00004 (string_algorithms.go:4)	PCDATA	$0, $-2
     4        00004 (string_algorithms.go:4)	JLS	230
     a        00010 (string_algorithms.go:4)	PCDATA	$0, $-1
     a        00010 (string_algorithms.go:4)	PUSHQ	BP
     b        00011 (string_algorithms.go:4)	MOVQ	SP, BP
     e        00014 (string_algorithms.go:4)	SUBQ	$48, SP
    12        00018 (string_algorithms.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (string_algorithms.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (string_algorithms.go:4)	FUNCDATA	$5, main.itoa.arginfo1(SB)
    12        00018 (string_algorithms.go:4)	FUNCDATA	$6, main.itoa.argliveinfo(SB)
    12        00018 (string_algorithms.go:4)	PCDATA	$3, $1
    12        00018 (string_algorithms.go:5)	TESTQ	AX, AX
    15        00021 (string_algorithms.go:5)	JEQ	60
    17        00023 (string_algorithms.go:8)	LEAQ	main.buf+28(SP), DX
    1c        00028 (string_algorithms.go:8)	MOVUPS	X15, (DX)
    20        00032 (string_algorithms.go:8)	MOVUPS	X15, 4(DX)
    25        00037 (string_algorithms.go:12)	MOVQ	AX, DX
    28        00040 (string_algorithms.go:12)	NEGQ	AX
    2b        00043 (string_algorithms.go:5)	TESTQ	DX, DX
    2e        00046 (string_algorithms.go:14)	MOVQ	DX, SI
    31        00049 (string_algorithms.go:14)	CMOVQLT	AX, DX
    35        00053 (string_algorithms.go:11)	MOVL	$20, DI
    3a        00058 (string_algorithms.go:11)	JMP	90
    3c        00060 (string_algorithms.go:6)	LEAQ	go:string."0"(SB), AX
    43        00067 (string_algorithms.go:6)	MOVL	$1, BX
    48        00072 (string_algorithms.go:6)	ADDQ	$48, SP
    4c        00076 (string_algorithms.go:6)	POPQ	BP
    4d        00077 (string_algorithms.go:6)	RET
    4e        00078 (string_algorithms.go:16)	LEAQ	48(BX), R8
    52        00082 (string_algorithms.go:16)	MOVB	R8B, main.buf+27(SP)(DI*1)
    57        00087 (string_algorithms.go:14)	MOVQ	CX, DI
    5a        00090 (string_algorithms.go:14)	TESTQ	DX, DX
    5d        00093 (string_algorithms.go:14)	JLS	138
    5f        00095 (string_algorithms.go:15)	LEAQ	-1(DI), CX
    63        00099 (string_algorithms.go:16)	MOVQ	$-3689348814741910323, AX
    6d        00109 (string_algorithms.go:14)	MOVQ	DX, BX
    70        00112 (string_algorithms.go:16)	MULQ	DX
    73        00115 (string_algorithms.go:16)	SHRQ	$3, DX
    77        00119 (string_algorithms.go:16)	LEAQ	(DX)(DX*1), R8
    7b        00123 (string_algorithms.go:16)	LEAQ	(R8)(R8*4), R8
    7f        00127 (string_algorithms.go:16)	SUBQ	R8, BX
    82        00130 (string_algorithms.go:16)	CMPQ	CX, $20
    86        00134 (string_algorithms.go:16)	JCS	78
    88        00136 (string_algorithms.go:16)	JMP	219
    8a        00138 (string_algorithms.go:5)	TESTQ	SI, SI
    8d        00141 (string_algorithms.go:19)	JGE	162
    8f        00143 (string_algorithms.go:20)	LEAQ	-1(DI), CX
    93        00147 (string_algorithms.go:21)	CMPQ	CX, $20
    97        00151 (string_algorithms.go:21)	JCC	214
    99        00153 (string_algorithms.go:21)	MOVB	$45, main.buf+27(SP)(DI*1)
    9e        00158 (string_algorithms.go:21)	NOP
    a0        00160 (string_algorithms.go:21)	JMP	165
    a2        00162 (string_algorithms.go:23)	MOVQ	DI, CX
    a5        00165 (string_algorithms.go:23)	CMPQ	CX, $20
    a9        00169 (string_algorithms.go:23)	JHI	209
    ab        00171 (string_algorithms.go:23)	LEAQ	-20(CX), DX
    af        00175 (string_algorithms.go:23)	MOVQ	DX, SI
    b2        00178 (string_algorithms.go:23)	NEGQ	DX
    b5        00181 (string_algorithms.go:23)	SARQ	$63, SI
    b9        00185 (string_algorithms.go:23)	ANDQ	SI, CX
    bc        00188 (string_algorithms.go:23)	LEAQ	main.buf+28(SP)(CX*1), BX
    c1        00193 (string_algorithms.go:23)	XORL	AX, AX
    c3        00195 (string_algorithms.go:23)	MOVQ	DX, CX
    c6        00198 (string_algorithms.go:23)	PCDATA	$1, $0
    c6        00198 (string_algorithms.go:23)	CALL	runtime.slicebytetostring(SB)
    cb        00203 (string_algorithms.go:23)	ADDQ	$48, SP
    cf        00207 (string_algorithms.go:23)	POPQ	BP
    d0        00208 (string_algorithms.go:23)	RET
    d1        00209 (string_algorithms.go:23)	PCDATA	$4, $23160
    d1        00209 (string_algorithms.go:23)	CALL	runtime.panicBounds(SB)
    d6        00214 (string_algorithms.go:21)	PCDATA	$4, $23157
    d6        00214 (string_algorithms.go:21)	CALL	runtime.panicBounds(SB)
    db        00219 (string_algorithms.go:16)	PCDATA	$4, $23157
    db        00219 (string_algorithms.go:16)	NOP
    e0        00224 (string_algorithms.go:16)	CALL	runtime.panicBounds(SB)
    e5        00229 (string_algorithms.go:16)	XCHGL	AX, AX
    e6        00230 (string_algorithms.go:16)	NOP
    e6        00230 (string_algorithms.go:4)	PCDATA	$1, $-1
    e6        00230 (string_algorithms.go:4)	PCDATA	$0, $-2
    e6        00230 (string_algorithms.go:4)	MOVQ	AX, 8(SP)
    eb        00235 (string_algorithms.go:4)	CALL	runtime.morestack_noctxt(SB)
    f0        00240 (string_algorithms.go:4)	PCDATA	$0, $-1
    f0        00240 (string_algorithms.go:4)	MOVQ	8(SP), AX
    f5        00245 (string_algorithms.go:4)	JMP	0
    fa done
wrote 4 bytes to 0x0
 00 fa 01 00
funcpctab main.split [valfunc=pctoinline]
     0     -1 00000 (string_algorithms.go:57)	TEXT	main.split(SB), ABIInternal, $96-24
     0        00000 (string_algorithms.go:57)	TEXT	main.split(SB), ABIInternal, $96-24
     0     -1 00000 (string_algorithms.go:57)	CMPQ	SP, 16(R14)
     4        00004 (string_algorithms.go:57)	PCDATA	$0, $-2
     4        00004 (string_algorithms.go:57)	JLS	427
     a        00010 (string_algorithms.go:57)	PCDATA	$0, $-1
     a        00010 (string_algorithms.go:57)	PUSHQ	BP
     b        00011 (string_algorithms.go:57)	MOVQ	SP, BP
     e        00014 (string_algorithms.go:57)	SUBQ	$88, SP
    12        00018 (string_algorithms.go:57)	FUNCDATA	$0, gclocals·bUB0t99dbIOHL9YDh6V0CA==(SB)
    12        00018 (string_algorithms.go:57)	FUNCDATA	$1, gclocals·w8PmiDgPJpMTmudlX/1Vuw==(SB)
    12        00018 (string_algorithms.go:57)	FUNCDATA	$5, main.split.arginfo1(SB)
    12        00018 (string_algorithms.go:57)	FUNCDATA	$6, main.split.argliveinfo(SB)
    12        00018 (string_algorithms.go:57)	PCDATA	$3, $1
    12        00018 (string_algorithms.go:60)	MOVB	CL, main.sep+120(SP)
    16        00022 (string_algorithms.go:60)	MOVQ	AX, main.s+104(SP)
    1b        00027 (string_algorithms.go:60)	MOVQ	BX, main.s+112(SP)
    20        00032 (string_algorithms.go:60)	PCDATA	$3, $-1
    20        00032 (string_algorithms.go:60)	XORL	DX, DX
    22        00034 (string_algorithms.go:60)	XORL	R8, R8
    25        00037 (string_algorithms.go:60)	XORL	SI, SI
    27        00039 (string_algorithms.go:60)	XORL	DI, DI
    29        00041 (string_algorithms.go:60)	XORL	R9, R9
    2c        00044 (string_algorithms.go:60)	JMP	50
    2e        00046 (string_algorithms.go:60)	LEAQ	1(R10), DX
    32        00050 (string_algorithms.go:60)	CMPQ	BX, DX
    35        00053 (string_algorithms.go:60)	JLE	261
    3b        00059 (string_algorithms.go:61)	MOVBLZX	(AX)(DX*1), R10
    40        00064 (string_algorithms.go:61)	CMPB	R10B, CL
    43        00067 (string_algorithms.go:61)	JNE	249
    49        00073 (string_algorithms.go:62)	CMPQ	SI, DX
    4c        00076 (string_algorithms.go:62)	JHI	421
    52        00082 (string_algorithms.go:62)	INCQ	R9
    55        00085 (string_algorithms.go:62)	MOVQ	DX, R10
    58        00088 (string_algorithms.go:62)	SUBQ	SI, DX
    5b        00091 (string_algorithms.go:62)	MOVQ	DX, R11
    5e        00094 (string_algorithms.go:62)	NEGQ	DX
    61        00097 (string_algorithms.go:62)	SARQ	$63, DX
    65        00101 (string_algorithms.go:62)	ANDQ	DX, SI
    68        00104 (string_algorithms.go:62)	LEAQ	(SI)(AX*1), DX
    6c        00108 (string_algorithms.go:62)	CMPQ	DI, R9
    6f        00111 (string_algorithms.go:62)	JCC	193
    71        00113 (string_algorithms.go:60)	MOVQ	R10, main..autotmp_12+72(SP)
    76        00118 (string_algorithms.go:62)	MOVQ	R11, main..autotmp_13+64(SP)
    7b        00123 (string_algorithms.go:62)	MOVQ	DX, main..autotmp_14+80(SP)
    80        00128 (string_algorithms.go:62)	MOVQ	R8, AX
    83        00131 (string_algorithms.go:62)	MOVQ	R9, BX
    86        00134 (string_algorithms.go:62)	MOVQ	DI, CX
    89        00137 (string_algorithms.go:62)	MOVL	$1, DI
    8e        00142 (string_algorithms.go:62)	LEAQ	type:string(SB), SI
    95        00149 (string_algorithms.go:62)	PCDATA	$1, $1
    95        00149 (string_algorithms.go:62)	CALL	runtime.growslice(SB)
    9a        00154 (string_algorithms.go:62)	MOVQ	main..autotmp_14+80(SP), DX
    9f        00159 (string_algorithms.go:63)	MOVQ	main..autotmp_12+72(SP), R10
    a4        00164 (string_algorithms.go:62)	MOVQ	main..autotmp_13+64(SP), R11
    a9        00169 (string_algorithms.go:63)	MOVQ	BX, R9
    ac        00172 (string_algorithms.go:63)	MOVQ	AX, R8
    af        00175 (string_algorithms.go:63)	MOVQ	CX, DI
    b2        00178 (string_algorithms.go:61)	MOVQ	main.s+104(SP), AX
    b7        00183 (string_algorithms.go:61)	MOVBLZX	main.sep+120(SP), CX
    bc        00188 (string_algorithms.go:60)	MOVQ	main.s+112(SP), BX
    c1        00193 (string_algorithms.go:62)	LEAQ	-1(R9), R12
    c5        00197 (string_algorithms.go:62)	SHLQ	$4, R12
    c9        00201 (string_algorithms.go:62)	MOVQ	R11, 8(R8)(R12*1)
    ce        00206 (string_algorithms.go:62)	CMPL	runtime.writeBarrier(SB), $0
    d5        00213 (string_algorithms.go:62)	PCDATA	$0, $-2
    d5        00213 (string_algorithms.go:62)	JEQ	236
    d7        00215 (string_algorithms.go:62)	MOVQ	(R8)(R12*1), R11
    db        00219 (string_algorithms.go:62)	MOVQ	R11, SI
    de        00222 (string_algorithms.go:62)	NOP
    e0        00224 (string_algorithms.go:62)	CALL	runtime.gcWriteBarrier2(SB)
    e5        00229 (string_algorithms.go:62)	MOVQ	DX, (R11)
    e8        00232 (string_algorithms.go:62)	MOVQ	SI, 8(R11)
    ec        00236 (string_algorithms.go:62)	MOVQ	DX, (R8)(R12*1)
    f0        00240 (string_algorithms.go:63)	PCDATA	$0, $-1
    f0        00240 (string_algorithms.go:63)	LEAQ	1(R10), SI
    f4        00244 (string_algorithms.go:63)	JMP	46
    f9        00249 (string_algorithms.go:60)	MOVQ	DX, R10
    fc        00252 (string_algorithms.go:60)	NOP
   100        00256 (string_algorithms.go:61)	JMP	46
   105        00261 (string_algorithms.go:66)	CMPQ	BX, SI
   108        00264 (string_algorithms.go:66)	JCS	415
   10e        00270 (string_algorithms.go:66)	LEAQ	1(R9), DX
   112        00274 (string_algorithms.go:66)	SUBQ	SI, BX
   115        00277 (string_algorithms.go:66)	MOVQ	BX, R9
   118        00280 (string_algorithms.go:66)	NEGQ	BX
   11b        00283 (string_algorithms.go:66)	SARQ	$63, BX
   11f        00287 (string_algorithms.go:66)	ANDQ	BX, SI
   122        00290 (string_algorithms.go:66)	LEAQ	(SI)(AX*1), R10
   126        00294 (string_algorithms.go:66)	CMPQ	DI, DX
   129        00297 (string_algorithms.go:66)	JCC	354
   12b        00299 (string_algorithms.go:66)	MOVQ	R9, main..autotmp_12+72(SP)
   130        00304 (string_algorithms.go:66)	MOVQ	R10, main..autotmp_14+80(SP)
   135        00309 (string_algorithms.go:66)	MOVQ	R8, AX
   138        00312 (string_algorithms.go:66)	MOVQ	DX, BX
   13b        00315 (string_algorithms.go:66)	MOVQ	DI, CX
   13e        00318 (string_algorithms.go:66)	MOVL	$1, DI
   143        00323 (string_algorithms.go:66)	LEAQ	type:string(SB), SI
   14a        00330 (string_algorithms.go:66)	PCDATA	$1, $2
   14a        00330 (string_algorithms.go:66)	CALL	runtime.growslice(SB)
   14f        00335 (string_algorithms.go:66)	MOVQ	main..autotmp_12+72(SP), R9
   154        00340 (string_algorithms.go:66)	MOVQ	main..autotmp_14+80(SP), R10
   159        00345 (string_algorithms.go:66)	MOVQ	AX, R8
   15c        00348 (string_algorithms.go:66)	MOVQ	BX, DX
   15f        00351 (string_algorithms.go:66)	MOVQ	CX, DI
   162        00354 (string_algorithms.go:66)	LEAQ	-1(DX), SI
   166        00358 (string_algorithms.go:66)	SHLQ	$4, SI
   16a        00362 (string_algorithms.go:66)	MOVQ	R9, 8(R8)(SI*1)
   16f        00367 (string_algorithms.go:66)	CMPL	runtime.writeBarrier(SB), $0
   176        00374 (string_algorithms.go:66)	PCDATA	$0, $-2
   176        00374 (string_algorithms.go:66)	JEQ	396
   178        00376 (string_algorithms.go:66)	MOVQ	(R8)(SI*1), R9
   17c        00380 (string_algorithms.go:66)	NOP
   180        00384 (string_algorithms.go:66)	CALL	runtime.gcWriteBarrier2(SB)
   185        00389 (string_algorithms.go:66)	MOVQ	R10, (R11)
   188        00392 (string_algorithms.go:66)	MOVQ	R9, 8(R11)
   18c        00396 (string_algorithms.go:66)	MOVQ	R10, (R8)(SI*1)
   190        00400 (string_algorithms.go:66)	PCDATA	$0, $-1
   190        00400 (string_algorithms.go:66)	MOVQ	R8, AX
   193        00403 (string_algorithms.go:66)	MOVQ	DX, BX
   196        00406 (string_algorithms.go:66)	MOVQ	DI, CX
   199        00409 (string_algorithms.go:66)	ADDQ	$88, SP
   19d        00413 (string_algorithms.go:66)	POPQ	BP
   19e        00414 (string_algorithms.go:66)	RET
   19f        00415 (string_algorithms.go:66)	PCDATA	$1, $3
   19f        00415 (string_algorithms.go:66)	PCDATA	$4, $3954
   19f        00415 (string_algorithms.go:66)	NOP
   1a0        00416 (string_algorithms.go:66)	CALL	runtime.panicBounds(SB)
   1a5        00421 (string_algorithms.go:62)	PCDATA	$4, $2802
   1a5        00421 (string_algorithms.go:62)	CALL	runtime.panicBounds(SB)
   1aa        00426 (string_algorithms.go:62)	XCHGL	AX, AX
   1ab        00427 (string_algorithms.go:62)	NOP
   1ab        00427 (string_algorithms.go:57)	PCDATA	$1, $-1
   1ab        00427 (string_algorithms.go:57)	PCDATA	$0, $-2
   1ab        00427 (string_algorithms.go:57)	MOVQ	AX, 8(SP)
   1b0        00432 (string_algorithms.go:57)	MOVQ	BX, 16(SP)
   1b5        00437 (string_algorithms.go:57)	MOVB	CL, 24(SP)
   1b9        00441 (string_algorithms.go:57)	CALL	runtime.morestack_noctxt(SB)
   1be        00446 (string_algorithms.go:57)	PCDATA	$0, $-1
   1be        00446 (string_algorithms.go:57)	MOVQ	8(SP), AX
   1c3        00451 (string_algorithms.go:57)	MOVQ	16(SP), BX
   1c8        00456 (string_algorithms.go:57)	MOVBLZX	24(SP), CX
   1cd        00461 (string_algorithms.go:57)	JMP	0
   1d2 done
wrote 4 bytes to 0x0
 00 d2 03 00
funcpctab main.reverse [valfunc=pctoinline]
     0     -1 00000 (string_algorithms.go:40)	TEXT	main.reverse(SB), ABIInternal, $168-16
     0        00000 (string_algorithms.go:40)	TEXT	main.reverse(SB), ABIInternal, $168-16
     0     -1 00000 (string_algorithms.go:40)	LEAQ	-40(SP), R12
     5        00005 (string_algorithms.go:40)	CMPQ	R12, 16(R14)
     9        00009 (string_algorithms.go:40)	PCDATA	$0, $-2
     9        00009 (string_algorithms.go:40)	JLS	110
     b        00011 (string_algorithms.go:40)	PCDATA	$0, $-1
     b        00011 (string_algorithms.go:40)	PUSHQ	BP
     c        00012 (string_algorithms.go:40)	MOVQ	SP, BP
     f        00015 (string_algorithms.go:40)	SUBQ	$160, SP
    16        00022 (string_algorithms.go:40)	MOVQ	AX, main.s+176(FP)
    1e        00030 (string_algorithms.go:40)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    1e        00030 (string_algorithms.go:40)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    1e        00030 (string_algorithms.go:40)	FUNCDATA	$5, main.reverse.arginfo1(SB)
    1e        00030 (string_algorithms.go:40)	FUNCDATA	$6, main.reverse.argliveinfo(SB)
    1e        00030 (string_algorithms.go:40)	PCDATA	$3, $1
    1e        00030 (string_algorithms.go:41)	MOVQ	BX, CX
    21        00033 (string_algorithms.go:41)	MOVQ	AX, BX
    24        00036 (string_algorithms.go:41)	LEAQ	main..autotmp_6+32(SP), AX
    29        00041 (string_algorithms.go:41)	PCDATA	$1, $1
    29        00041 (string_algorithms.go:41)	CALL	runtime.stringtoslicerune(SB)
    2e        00046 (string_algorithms.go:42)	LEAQ	-1(BX), DX
    32        00050 (string_algorithms.go:42)	XORL	SI, SI
    34        00052 (string_algorithms.go:42)	JMP	76
    36        00054 (string_algorithms.go:43)	MOVL	(AX)(DX*4), R8
    3a        00058 (string_algorithms.go:43)	MOVL	(AX)(SI*4), R9
    3e        00062 (string_algorithms.go:43)	MOVL	R8, (AX)(SI*4)
    42        00066 (string_algorithms.go:43)	MOVL	R9, (AX)(DX*4)
    46        00070 (string_algorithms.go:42)	INCQ	SI
    49        00073 (string_algorithms.go:42)	DECQ	DX
    4c        00076 (string_algorithms.go:42)	CMPQ	DX, SI
    4f        00079 (string_algorithms.go:42)	JGT	54
    51        00081 (string_algorithms.go:45)	MOVQ	CX, DI
    54        00084 (string_algorithms.go:45)	MOVQ	BX, CX
    57        00087 (string_algorithms.go:45)	MOVQ	AX, BX
    5a        00090 (string_algorithms.go:45)	XORL	AX, AX
    5c        00092 (string_algorithms.go:45)	NOP
    60        00096 (string_algorithms.go:45)	CALL	runtime.slicerunetostring(SB)
    65        00101 (string_algorithms.go:45)	ADDQ	$160, SP
    6c        00108 (string_algorithms.go:45)	POPQ	BP
    6d        00109 (string_algorithms.go:45)	RET
    6e        00110 (string_algorithms.go:45)	NOP
    6e        00110 (string_algorithms.go:40)	PCDATA	$1, $-1
    6e        00110 (string_algorithms.go:40)	PCDATA	$0, $-2
    6e        00110 (string_algorithms.go:40)	MOVQ	AX, 8(SP)
    73        00115 (string_algorithms.go:40)	MOVQ	BX, 16(SP)
    78        00120 (string_algorithms.go:40)	CALL	runtime.morestack_noctxt(SB)
    7d        00125 (string_algorithms.go:40)	PCDATA	$0, $-1
    7d        00125 (string_algorithms.go:40)	MOVQ	8(SP), AX
    82        00130 (string_algorithms.go:40)	MOVQ	16(SP), BX
    87        00135 (string_algorithms.go:40)	JMP	0
    8c done
wrote 4 bytes to 0x0
 00 8c 01 00
funcpctab main.atoi [valfunc=pctoinline]
     0     -1 00000 (string_algorithms.go:26)	TEXT	main.atoi(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (string_algorithms.go:26)	TEXT	main.atoi(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (string_algorithms.go:26)	MOVQ	AX, main.s+8(FP)
     5        00005 (string_algorithms.go:26)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (string_algorithms.go:26)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (string_algorithms.go:26)	FUNCDATA	$5, main.atoi.arginfo1(SB)
     5        00005 (string_algorithms.go:26)	FUNCDATA	$6, main.atoi.argliveinfo(SB)
     5        00005 (string_algorithms.go:26)	PCDATA	$3, $1
     5        00005 (string_algorithms.go:28)	TESTQ	BX, BX
     8        00008 (string_algorithms.go:28)	JEQ	50
     a        00010 (string_algorithms.go:28)	CMPB	(AX), $45
     d        00013 (string_algorithms.go:28)	JNE	43
     f        00015 (string_algorithms.go:29)	DECQ	BX
    12        00018 (string_algorithms.go:29)	MOVQ	BX, CX
    15        00021 (string_algorithms.go:29)	NEGQ	CX
    18        00024 (string_algorithms.go:29)	SARQ	$63, CX
    1c        00028 (string_algorithms.go:29)	ANDL	$1, CX
    1f        00031 (string_algorithms.go:29)	ADDQ	CX, AX
    22        00034 (string_algorithms.go:29)	MOVQ	$-1, CX
    29        00041 (string_algorithms.go:29)	JMP	55
    2b        00043 (string_algorithms.go:29)	MOVL	$1, CX
    30        00048 (string_algorithms.go:28)	JMP	55
    32        00050 (string_algorithms.go:28)	MOVL	$1, CX
    37        00055 (string_algorithms.go:31)	XORL	DX, DX
    39        00057 (string_algorithms.go:31)	XORL	SI, SI
    3b        00059 (string_algorithms.go:31)	JMP	83
    3d        00061 (string_algorithms.go:35)	LEAQ	(SI)(SI*1), R8
    41        00065 (string_algorithms.go:35)	LEAQ	(R8)(R8*4), R8
    45        00069 (string_algorithms.go:35)	ADDL	$-48, DI
    48        00072 (string_algorithms.go:35)	MOVBLZX	DIB, DI
    4c        00076 (string_algorithms.go:35)	LEAQ	(DI)(R8*1), SI
    50        00080 (string_algorithms.go:31)	INCQ	DX
    53        00083 (string_algorithms.go:31)	CMPQ	BX, DX
    56        00086 (string_algorithms.go:31)	JLE	113
    58        00088 (string_algorithms.go:32)	MOVBLZX	(AX)(DX*1), DI
    5c        00092 (string_algorithms.go:32)	NOP
    60        00096 (string_algorithms.go:32)	CMPB	DIB, $48
    64        00100 (string_algorithms.go:32)	JCS	108
    66        00102 (string_algorithms.go:32)	CMPB	DIB, $57
    6a        00106 (string_algorithms.go:32)	JLS	61
    6c        00108 (string_algorithms.go:33)	XORL	AX, AX
    6e        00110 (string_algorithms.go:33)	XORL	BX, BX
    70        00112 (string_algorithms.go:33)	RET
    71        00113 (string_algorithms.go:37)	IMULQ	SI, CX
    75        00117 (string_algorithms.go:37)	MOVQ	CX, AX
    78        00120 (string_algorithms.go:37)	MOVL	$1, BX
    7d        00125 (string_algorithms.go:37)	RET
    7e done
wrote 3 bytes to 0x0
 00 7e 00
funcpctab main.index [valfunc=pctoinline]
     0     -1 00000 (string_algorithms.go:48)	TEXT	main.index(SB), ABIInternal, $48-32
     0        00000 (string_algorithms.go:48)	TEXT	main.index(SB), ABIInternal, $48-32
     0     -1 00000 (string_algorithms.go:48)	CMPQ	SP, 16(R14)
     4        00004 (string_algorithms.go:48)	PCDATA	$0, $-2
     4        00004 (string_algorithms.go:48)	JLS	172
     a        00010 (string_algorithms.go:48)	PCDATA	$0, $-1
     a        00010 (string_algorithms.go:48)	PUSHQ	BP
     b        00011 (string_algorithms.go:48)	MOVQ	SP, BP
     e        00014 (string_algorithms.go:48)	SUBQ	$40, SP
    12        00018 (string_algorithms.go:48)	FUNCDATA	$0, gclocals·itaneJMpbAudh9zNu5JnHA==(SB)
    12        00018 (string_algorithms.go:48)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (string_algorithms.go:48)	FUNCDATA	$5, main.index.arginfo1(SB)
    12        00018 (string_algorithms.go:48)	FUNCDATA	$6, main.index.argliveinfo(SB)
    12        00018 (string_algorithms.go:48)	PCDATA	$3, $1
    12        00018 (string_algorithms.go:49)	MOVQ	CX, main.sub+72(SP)
    17        00023 (string_algorithms.go:49)	MOVQ	BX, main.s+64(SP)
    1c        00028 (string_algorithms.go:49)	MOVQ	AX, main.s+56(SP)
    21        00033 (string_algorithms.go:49)	MOVQ	DI, main.sub+80(SP)
    26        00038 (string_algorithms.go:49)	PCDATA	$3, $-1
    26        00038 (string_algorithms.go:50)	MOVQ	DI, DX
    29        00041 (string_algorithms.go:50)	NEGQ	DI
    2c        00044 (string_algorithms.go:50)	SARQ	$63, DI
    30        00048 (string_algorithms.go:50)	MOVQ	DI, main..autotmp_9+32(SP)
    35        00053 (string_algorithms.go:50)	XORL	SI, SI
    37        00055 (string_algorithms.go:49)	JMP	90
    39        00057 (string_algorithms.go:49)	MOVQ	main.i+24(SP), SI
    3e        00062 (string_algorithms.go:49)	INCQ	SI
    41        00065 (string_algorithms.go:50)	MOVQ	main.s+56(SP), AX
    46        00070 (string_algorithms.go:50)	MOVQ	main.sub+72(SP), CX
    4b        00075 (string_algorithms.go:49)	MOVQ	main.sub+80(SP), DX
    50        00080 (string_algorithms.go:49)	MOVQ	main.s+64(SP), BX
    55        00085 (string_algorithms.go:50)	MOVQ	main..autotmp_9+32(SP), DI
    5a        00090 (string_algorithms.go:49)	LEAQ	(SI)(DX*1), R8
    5e        00094 (string_algorithms.go:49)	NOP
    60        00096 (string_algorithms.go:49)	CMPQ	BX, R8
    63        00099 (string_algorithms.go:49)	JLT	148
    65        00101 (string_algorithms.go:50)	JCS	166
    67        00103 (string_algorithms.go:50)	CMPQ	SI, R8
    6a        00106 (string_algorithms.go:50)	JHI	161
    6c        00108 (string_algorithms.go:49)	MOVQ	SI, main.i+24(SP)
    71        00113 (string_algorithms.go:50)	ANDQ	DI, SI
    74        00116 (string_algorithms.go:50)	ADDQ	SI, AX
    77        00119 (string_algorithms.go:50)	MOVQ	CX, BX
    7a        00122 (string_algorithms.go:50)	MOVQ	DX, CX
    7d        00125 (string_algorithms.go:50)	PCDATA	$1, $0
    7d        00125 (string_algorithms.go:50)	NOP
    80        00128 (string_algorithms.go:50)	CALL	runtime.memequal(SB)
    85        00133 (string_algorithms.go:50)	TESTB	AL, AL
    87        00135 (string_algorithms.go:50)	JEQ	57
    89        00137 (string_algorithms.go:51)	MOVQ	main.i+24(SP), AX
    8e        00142 (string_algorithms.go:51)	ADDQ	$40, SP
    92        00146 (string_algorithms.go:51)	POPQ	BP
    93        00147 (string_algorithms.go:51)	RET
    94        00148 (string_algorithms.go:54)	MOVQ	$-1, AX
    9b        00155 (string_algorithms.go:54)	ADDQ	$40, SP
    9f        00159 (string_algorithms.go:54)	POPQ	BP
    a0        00160 (string_algorithms.go:54)	RET
    a1        00161 (string_algorithms.go:50)	PCDATA	$1, $1
    a1        00161 (string_algorithms.go:50)	PCDATA	$4, $9714
    a1        00161 (string_algorithms.go:50)	CALL	runtime.panicBounds(SB)
    a6        00166 (string_algorithms.go:50)	PCDATA	$4, $4096
    a6        00166 (string_algorithms.go:50)	CALL	runtime.panicBounds(SB)
    ab        00171 (string_algorithms.go:50)	XCHGL	AX, AX
    ac        00172 (string_algorithms.go:50)	NOP
    ac        00172 (string_algorithms.go:48)	PCDATA	$1, $-1
    ac        00172 (string_algorithms.go:48)	PCDATA	$0, $-2
    ac        00172 (string_algorithms.go:48)	MOVQ	AX, 8(SP)
    b1        00177 (string_algorithms.go:48)	MOVQ	BX, 16(SP)
    b6        00182 (string_algorithms.go:48)	MOVQ	CX, 24(SP)
    bb        00187 (string_algorithms.go:48)	MOVQ	DI, 32(SP)
    c0        00192 (string_algorithms.go:48)	CALL	runtime.morestack_noctxt(SB)
    c5        00197 (string_algorithms.go:48)	PCDATA	$0, $-1
    c5        00197 (string_algorithms.go:48)	MOVQ	8(SP), AX
    ca        00202 (string_algorithms.go:48)	MOVQ	16(SP), BX
    cf        00207 (string_algorithms.go:48)	MOVQ	24(SP), CX
    d4        00212 (string_algorithms.go:48)	MOVQ	32(SP), DI
    d9        00217 (string_algorithms.go:48)	JMP	0
    de done
wrote 4 bytes to 0x0
 00 de 01 00
main.itoa STEXT size=250 align=0x0 args=0x8 locals=0x38 funcid=0x0
	0x0000 00000 (string_algorithms.go:4)	TEXT	main.itoa(SB), ABIInternal, $56-8
	0x0000 00000 (string_algorithms.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (string_algorithms.go:4)	PCDATA	$0, $-2
	0x0004 00004 (string_algorithms.go:4)	JLS	230
	0x000a 00010 (string_algorithms.go:4)	PCDATA	$0, $-1
	0x000a 00010 (string_algorithms.go:4)	PUSHQ	BP
	0x000b 00011 (string_algorithms.go:4)	MOVQ	SP, BP
	0x000e 00014 (string_algorithms.go:4)	SUBQ	$48, SP
	0x0012 00018 (string_algorithms.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (string_algorithms.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (string_algorithms.go:4)	FUNCDATA	$5, main.itoa.arginfo1(SB)
	0x0012 00018 (string_algorithms.go:4)	FUNCDATA	$6, main.itoa.argliveinfo(SB)
	0x0012 00018 (string_algorithms.go:4)	PCDATA	$3, $1
	0x0012 00018 (string_algorithms.go:5)	TESTQ	AX, AX
	0x0015 00021 (string_algorithms.go:5)	JEQ	60
	0x0017 00023 (string_algorithms.go:8)	LEAQ	main.buf+28(SP), DX
	0x001c 00028 (string_algorithms.go:8)	MOVUPS	X15, (DX)
	0x0020 00032 (string_algorithms.go:8)	MOVUPS	X15, 4(DX)
	0x0025 00037 (string_algorithms.go:12)	MOVQ	AX, DX
	0x0028 00040 (string_algorithms.go:12)	NEGQ	AX
	0x002b 00043 (string_algorithms.go:5)	TESTQ	DX, DX
	0x002e 00046 (string_algorithms.go:14)	MOVQ	DX, SI
	0x0031 00049 (string_algorithms.go:14)	CMOVQLT	AX, DX
	0x0035 00053 (string_algorithms.go:11)	MOVL	$20, DI
	0x003a 00058 (string_algorithms.go:11)	JMP	90
	0x003c 00060 (string_algorithms.go:6)	LEAQ	go:string."0"(SB), AX
	0x0043 00067 (string_algorithms.go:6)	MOVL	$1, BX
	0x0048 00072 (string_algorithms.go:6)	ADDQ	$48, SP
	0x004c 00076 (string_algorithms.go:6)	POPQ	BP
	0x004d 00077 (string_algorithms.go:6)	RET
	0x004e 00078 (string_algorithms.go:16)	LEAQ	48(BX), R8
	0x0052 00082 (string_algorithms.go:16)	MOVB	R8B, main.buf+27(SP)(DI*1)
	0x0057 00087 (string_algorithms.go:14)	MOVQ	CX, DI
	0x005a 00090 (string_algorithms.go:14)	TESTQ	DX, DX
	0x005d 00093 (string_algorithms.go:14)	JLS	138
	0x005f 00095 (string_algorithms.go:15)	LEAQ	-1(DI), CX
	0x0063 00099 (string_algorithms.go:16)	MOVQ	$-3689348814741910323, AX
	0x006d 00109 (string_algorithms.go:14)	MOVQ	DX, BX
	0x0070 00112 (string_algorithms.go:16)	MULQ	DX
	0x0073 00115 (string_algorithms.go:16)	SHRQ	$3, DX
	0x0077 00119 (string_algorithms.go:16)	LEAQ	(DX)(DX*1), R8
	0x007b 00123 (string_algorithms.go:16)	LEAQ	(R8)(R8*4), R8
	0x007f 00127 (string_algorithms.go:16)	SUBQ	R8, BX
	0x0082 00130 (string_algorithms.go:16)	CMPQ	CX, $20
	0x0086 00134 (string_algorithms.go:16)	JCS	78
	0x0088 00136 (string_algorithms.go:16)	JMP	219
	0x008a 00138 (string_algorithms.go:5)	TESTQ	SI, SI
	0x008d 00141 (string_algorithms.go:19)	JGE	162
	0x008f 00143 (string_algorithms.go:20)	LEAQ	-1(DI), CX
	0x0093 00147 (string_algorithms.go:21)	CMPQ	CX, $20
	0x0097 00151 (string_algorithms.go:21)	JCC	214
	0x0099 00153 (string_algorithms.go:21)	MOVB	$45, main.buf+27(SP)(DI*1)
	0x009e 00158 (string_algorithms.go:21)	NOP
	0x00a0 00160 (string_algorithms.go:21)	JMP	165
	0x00a2 00162 (string_algorithms.go:23)	MOVQ	DI, CX
	0x00a5 00165 (string_algorithms.go:23)	CMPQ	CX, $20
	0x00a9 00169 (string_algorithms.go:23)	JHI	209
	0x00ab 00171 (string_algorithms.go:23)	LEAQ	-20(CX), DX
	0x00af 00175 (string_algorithms.go:23)	MOVQ	DX, SI
	0x00b2 00178 (string_algorithms.go:23)	NEGQ	DX
	0x00b5 00181 (string_algorithms.go:23)	SARQ	$63, SI
	0x00b9 00185 (string_algorithms.go:23)	ANDQ	SI, CX
	0x00bc 00188 (string_algorithms.go:23)	LEAQ	main.buf+28(SP)(CX*1), BX
	0x00c1 00193 (string_algorithms.go:23)	XORL	AX, AX
	0x00c3 00195 (string_algorithms.go:23)	MOVQ	DX, CX
	0x00c6 00198 (string_algorithms.go:23)	PCDATA	$1, $0
	0x00c6 00198 (string_algorithms.go:23)	CALL	runtime.slicebytetostring(SB)
	0x00cb 00203 (string_algorithms.go:23)	ADDQ	$48, SP
	0x00cf 00207 (string_algorithms.go:23)	POPQ	BP
	0x00d0 00208 (string_algorithms.go:23)	RET
	0x00d1 00209 (string_algorithms.go:23)	PCDATA	$4, $23160
	0x00d1 00209 (string_algorithms.go:23)	CALL	runtime.panicBounds(SB)
	0x00d6 00214 (string_algorithms.go:21)	PCDATA	$4, $23157
	0x00d6 00214 (string_algorithms.go:21)	CALL	runtime.panicBounds(SB)
	0x00db 00219 (string_algorithms.go:16)	PCDATA	$4, $23157
	0x00db 00219 (string_algorithms.go:16)	NOP
	0x00e0 00224 (string_algorithms.go:16)	CALL	runtime.panicBounds(SB)
	0x00e5 00229 (string_algorithms.go:16)	XCHGL	AX, AX
	0x00e6 00230 (string_algorithms.go:16)	NOP
	0x00e6 00230 (string_algorithms.go:4)	PCDATA	$1, $-1
	0x00e6 00230 (string_algorithms.go:4)	PCDATA	$0, $-2
	0x00e6 00230 (string_algorithms.go:4)	MOVQ	AX, 8(SP)
	0x00eb 00235 (string_algorithms.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x00f0 00240 (string_algorithms.go:4)	PCDATA	$0, $-1
	0x00f0 00240 (string_algorithms.go:4)	MOVQ	8(SP), AX
	0x00f5 00245 (string_algorithms.go:4)	JMP	0
	0x0000 49 3b 66 10 0f 86 dc 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 85 c0 74 25 48 8d 54 24 1c 44 0f 11 3a  .0H..t%H.T$.D..:
	0x0020 44 0f 11 7a 04 48 89 c2 48 f7 d8 48 85 d2 48 89  D..z.H..H..H..H.
	0x0030 d6 48 0f 4c d0 bf 14 00 00 00 eb 1e 48 8d 05 00  .H.L........H...
	0x0040 00 00 00 bb 01 00 00 00 48 83 c4 30 5d c3 4c 8d  ........H..0].L.
	0x0050 43 30 44 88 44 3c 1b 48 89 cf 48 85 d2 76 2b 48  C0D.D<.H..H..v+H
	0x0060 8d 4f ff 48 b8 cd cc cc cc cc cc cc cc 48 89 d3  .O.H.........H..
	0x0070 48 f7 e2 48 c1 ea 03 4c 8d 04 12 4f 8d 04 80 4c  H..H...L...O...L
	0x0080 29 c3 48 83 f9 14 72 c6 eb 51 48 85 f6 7d 13 48  ).H...r..QH..}.H
	0x0090 8d 4f ff 48 83 f9 14 73 3d c6 44 3c 1b 2d 66 90  .O.H...s=.D<.-f.
	0x00a0 eb 03 48 89 f9 48 83 f9 14 77 26 48 8d 51 ec 48  ..H..H...w&H.Q.H
	0x00b0 89 d6 48 f7 da 48 c1 fe 3f 48 21 f1 48 8d 5c 0c  ..H..H..?H!.H.\.
	0x00c0 1c 31 c0 48 89 d1 e8 00 00 00 00 48 83 c4 30 5d  .1.H.......H..0]
	0x00d0 c3 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x00e0 e8 00 00 00 00 90 48 89 44 24 08 e8 00 00 00 00  ......H.D$......
	0x00f0 48 8b 44 24 08 e9 06 ff ff ff                    H.D$......
	rel 63+4 t=R_PCREL go:string."0"+0
	rel 199+4 t=R_CALL runtime.slicebytetostring+0
	rel 210+4 t=R_CALL runtime.panicBounds+0
	rel 215+4 t=R_CALL runtime.panicBounds+0
	rel 225+4 t=R_CALL runtime.panicBounds+0
	rel 236+4 t=R_CALL runtime.morestack_noctxt+0
main.atoi STEXT nosplit size=126 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (string_algorithms.go:26)	TEXT	main.atoi(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (string_algorithms.go:26)	MOVQ	AX, main.s+8(FP)
	0x0005 00005 (string_algorithms.go:26)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (string_algorithms.go:26)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (string_algorithms.go:26)	FUNCDATA	$5, main.atoi.arginfo1(SB)
	0x0005 00005 (string_algorithms.go:26)	FUNCDATA	$6, main.atoi.argliveinfo(SB)
	0x0005 00005 (string_algorithms.go:26)	PCDATA	$3, $1
	0x0005 00005 (string_algorithms.go:28)	TESTQ	BX, BX
	0x0008 00008 (string_algorithms.go:28)	JEQ	50
	0x000a 00010 (string_algorithms.go:28)	CMPB	(AX), $45
	0x000d 00013 (string_algorithms.go:28)	JNE	43
	0x000f 00015 (string_algorithms.go:29)	DECQ	BX
	0x0012 00018 (string_algorithms.go:29)	MOVQ	BX, CX
	0x0015 00021 (string_algorithms.go:29)	NEGQ	CX
	0x0018 00024 (string_algorithms.go:29)	SARQ	$63, CX
	0x001c 00028 (string_algorithms.go:29)	ANDL	$1, CX
	0x001f 00031 (string_algorithms.go:29)	ADDQ	CX, AX
	0x0022 00034 (string_algorithms.go:29)	MOVQ	$-1, CX
	0x0029 00041 (string_algorithms.go:29)	JMP	55
	0x002b 00043 (string_algorithms.go:29)	MOVL	$1, CX
	0x0030 00048 (string_algorithms.go:28)	JMP	55
	0x0032 00050 (string_algorithms.go:28)	MOVL	$1, CX
	0x0037 00055 (string_algorithms.go:31)	XORL	DX, DX
	0x0039 00057 (string_algorithms.go:31)	XORL	SI, SI
	0x003b 00059 (string_algorithms.go:31)	JMP	83
	0x003d 00061 (string_algorithms.go:35)	LEAQ	(SI)(SI*1), R8
	0x0041 00065 (string_algorithms.go:35)	LEAQ	(R8)(R8*4), R8
	0x0045 00069 (string_algorithms.go:35)	ADDL	$-48, DI
	0x0048 00072 (string_algorithms.go:35)	MOVBLZX	DIB, DI
	0x004c 00076 (string_algorithms.go:35)	LEAQ	(DI)(R8*1), SI
	0x0050 00080 (string_algorithms.go:31)	INCQ	DX
	0x0053 00083 (string_algorithms.go:31)	CMPQ	BX, DX
	0x0056 00086 (string_algorithms.go:31)	JLE	113
	0x0058 00088 (string_algorithms.go:32)	MOVBLZX	(AX)(DX*1), DI
	0x005c 00092 (string_algorithms.go:32)	NOP
	0x0060 00096 (string_algorithms.go:32)	CMPB	DIB, $48
	0x0064 00100 (string_algorithms.go:32)	JCS	108
	0x0066 00102 (string_algorithms.go:32)	CMPB	DIB, $57
	0x006a 00106 (string_algorithms.go:32)	JLS	61
	0x006c 00108 (string_algorithms.go:33)	XORL	AX, AX
	0x006e 00110 (string_algorithms.go:33)	XORL	BX, BX
	0x0070 00112 (string_algorithms.go:33)	RET
	0x0071 00113 (string_algorithms.go:37)	IMULQ	SI, CX
	0x0075 00117 (string_algorithms.go:37)	MOVQ	CX, AX
	0x0078 00120 (string_algorithms.go:37)	MOVL	$1, BX
	0x007d 00125 (string_algorithms.go:37)	RET
	0x0000 48 89 44 24 08 48 85 db 74 28 80 38 2d 75 1c 48  H.D$.H..t(.8-u.H
	0x0010 ff cb 48 89 d9 48 f7 d9 48 c1 f9 3f 83 e1 01 48  ..H..H..H..?...H
	0x0020 01 c8 48 c7 c1 ff ff ff ff eb 0c b9 01 00 00 00  ..H.............
	0x0030 eb 05 b9 01 00 00 00 31 d2 31 f6 eb 16 4c 8d 04  .......1.1...L..
	0x0040 36 4f 8d 04 80 83 c7 d0 40 0f b6 ff 4a 8d 34 07  6O......@...J.4.
	0x0050 48 ff c2 48 39 d3 7e 19 0f b6 3c 10 0f 1f 40 00  H..H9.~...<...@.
	0x0060 40 80 ff 30 72 06 40 80 ff 39 76 d1 31 c0 31 db  @..0r.@..9v.1.1.
	0x0070 c3 48 0f af ce 48 89 c8 bb 01 00 00 00 c3        .H...H........
main.reverse STEXT size=140 align=0x0 args=0x10 locals=0xa8 funcid=0x0
	0x0000 00000 (string_algorithms.go:40)	TEXT	main.reverse(SB), ABIInternal, $168-16
	0x0000 00000 (string_algorithms.go:40)	LEAQ	-40(SP), R12
	0x0005 00005 (string_algorithms.go:40)	CMPQ	R12, 16(R14)
	0x0009 00009 (string_algorithms.go:40)	PCDATA	$0, $-2
	0x0009 00009 (string_algorithms.go:40)	JLS	110
	0x000b 00011 (string_algorithms.go:40)	PCDATA	$0, $-1
	0x000b 00011 (string_algorithms.go:40)	PUSHQ	BP
	0x000c 00012 (string_algorithms.go:40)	MOVQ	SP, BP
	0x000f 00015 (string_algorithms.go:40)	SUBQ	$160, SP
	0x0016 00022 (string_algorithms.go:40)	MOVQ	AX, main.s+176(FP)
	0x001e 00030 (string_algorithms.go:40)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x001e 00030 (string_algorithms.go:40)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001e 00030 (string_algorithms.go:40)	FUNCDATA	$5, main.reverse.arginfo1(SB)
	0x001e 00030 (string_algorithms.go:40)	FUNCDATA	$6, main.reverse.argliveinfo(SB)
	0x001e 00030 (string_algorithms.go:40)	PCDATA	$3, $1
	0x001e 00030 (string_algorithms.go:41)	MOVQ	BX, CX
	0x0021 00033 (string_algorithms.go:41)	MOVQ	AX, BX
	0x0024 00036 (string_algorithms.go:41)	LEAQ	main..autotmp_6+32(SP), AX
	0x0029 00041 (string_algorithms.go:41)	PCDATA	$1, $1
	0x0029 00041 (string_algorithms.go:41)	CALL	runtime.stringtoslicerune(SB)
	0x002e 00046 (string_algorithms.go:42)	LEAQ	-1(BX), DX
	0x0032 00050 (string_algorithms.go:42)	XORL	SI, SI
	0x0034 00052 (string_algorithms.go:42)	JMP	76
	0x0036 00054 (string_algorithms.go:43)	MOVL	(AX)(DX*4), R8
	0x003a 00058 (string_algorithms.go:43)	MOVL	(AX)(SI*4), R9
	0x003e 00062 (string_algorithms.go:43)	MOVL	R8, (AX)(SI*4)
	0x0042 00066 (string_algorithms.go:43)	MOVL	R9, (AX)(DX*4)
	0x0046 00070 (string_algorithms.go:42)	INCQ	SI
	0x0049 00073 (string_algorithms.go:42)	DECQ	DX
	0x004c 00076 (string_algorithms.go:42)	CMPQ	DX, SI
	0x004f 00079 (string_algorithms.go:42)	JGT	54
	0x0051 00081 (string_algorithms.go:45)	MOVQ	CX, DI
	0x0054 00084 (string_algorithms.go:45)	MOVQ	BX, CX
	0x0057 00087 (string_algorithms.go:45)	MOVQ	AX, BX
	0x005a 00090 (string_algorithms.go:45)	XORL	AX, AX
	0x005c 00092 (string_algorithms.go:45)	NOP
	0x0060 00096 (string_algorithms.go:45)	CALL	runtime.slicerunetostring(SB)
	0x0065 00101 (string_algorithms.go:45)	ADDQ	$160, SP
	0x006c 00108 (string_algorithms.go:45)	POPQ	BP
	0x006d 00109 (string_algorithms.go:45)	RET
	0x006e 00110 (string_algorithms.go:45)	NOP
	0x006e 00110 (string_algorithms.go:40)	PCDATA	$1, $-1
	0x006e 00110 (string_algorithms.go:40)	PCDATA	$0, $-2
	0x006e 00110 (string_algorithms.go:40)	MOVQ	AX, 8(SP)
	0x0073 00115 (string_algorithms.go:40)	MOVQ	BX, 16(SP)
	0x0078 00120 (string_algorithms.go:40)	CALL	runtime.morestack_noctxt(SB)
	0x007d 00125 (string_algorithms.go:40)	PCDATA	$0, $-1
	0x007d 00125 (string_algorithms.go:40)	MOVQ	8(SP), AX
	0x0082 00130 (string_algorithms.go:40)	MOVQ	16(SP), BX
	0x0087 00135 (string_algorithms.go:40)	JMP	0
	0x0000 4c 8d 64 24 d8 4d 3b 66 10 76 63 55 48 89 e5 48  L.d$.M;f.vcUH..H
	0x0010 81 ec a0 00 00 00 48 89 84 24 b0 00 00 00 48 89  ......H..$....H.
	0x0020 d9 48 89 c3 48 8d 44 24 20 e8 00 00 00 00 48 8d  .H..H.D$ .....H.
	0x0030 53 ff 31 f6 eb 16 44 8b 04 90 44 8b 0c b0 44 89  S.1...D...D...D.
	0x0040 04 b0 44 89 0c 90 48 ff c6 48 ff ca 48 39 f2 7f  ..D...H..H..H9..
	0x0050 e5 48 89 cf 48 89 d9 48 89 c3 31 c0 0f 1f 40 00  .H..H..H..1...@.
	0x0060 e8 00 00 00 00 48 81 c4 a0 00 00 00 5d c3 48 89  .....H......].H.
	0x0070 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44  D$.H.\$......H.D
	0x0080 24 08 48 8b 5c 24 10 e9 74 ff ff ff              $.H.\$..t...
	rel 42+4 t=R_CALL runtime.stringtoslicerune+0
	rel 97+4 t=R_CALL runtime.slicerunetostring+0
	rel 121+4 t=R_CALL runtime.morestack_noctxt+0
main.index STEXT size=222 align=0x0 args=0x20 locals=0x30 funcid=0x0
	0x0000 00000 (string_algorithms.go:48)	TEXT	main.index(SB), ABIInternal, $48-32
	0x0000 00000 (string_algorithms.go:48)	CMPQ	SP, 16(R14)
	0x0004 00004 (string_algorithms.go:48)	PCDATA	$0, $-2
	0x0004 00004 (string_algorithms.go:48)	JLS	172
	0x000a 00010 (string_algorithms.go:48)	PCDATA	$0, $-1
	0x000a 00010 (string_algorithms.go:48)	PUSHQ	BP
	0x000b 00011 (string_algorithms.go:48)	MOVQ	SP, BP
	0x000e 00014 (string_algorithms.go:48)	SUBQ	$40, SP
	0x0012 00018 (string_algorithms.go:48)	FUNCDATA	$0, gclocals·itaneJMpbAudh9zNu5JnHA==(SB)
	0x0012 00018 (string_algorithms.go:48)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (string_algorithms.go:48)	FUNCDATA	$5, main.index.arginfo1(SB)
	0x0012 00018 (string_algorithms.go:48)	FUNCDATA	$6, main.index.argliveinfo(SB)
	0x0012 00018 (string_algorithms.go:48)	PCDATA	$3, $1
	0x0012 00018 (string_algorithms.go:49)	MOVQ	CX, main.sub+72(SP)
	0x0017 00023 (string_algorithms.go:49)	MOVQ	BX, main.s+64(SP)
	0x001c 00028 (string_algorithms.go:49)	MOVQ	AX, main.s+56(SP)
	0x0021 00033 (string_algorithms.go:49)	MOVQ	DI, main.sub+80(SP)
	0x0026 00038 (string_algorithms.go:49)	PCDATA	$3, $-1
	0x0026 00038 (string_algorithms.go:50)	MOVQ	DI, DX
	0x0029 00041 (string_algorithms.go:50)	NEGQ	DI
	0x002c 00044 (string_algorithms.go:50)	SARQ	$63, DI
	0x0030 00048 (string_algorithms.go:50)	MOVQ	DI, main..autotmp_9+32(SP)
	0x0035 00053 (string_algorithms.go:50)	XORL	SI, SI
	0x0037 00055 (string_algorithms.go:49)	JMP	90
	0x0039 00057 (string_algorithms.go:49)	MOVQ	main.i+24(SP), SI
	0x003e 00062 (string_algorithms.go:49)	INCQ	SI
	0x0041 00065 (string_algorithms.go:50)	MOVQ	main.s+56(SP), AX
	0x0046 00070 (string_algorithms.go:50)	MOVQ	main.sub+72(SP), CX
	0x004b 00075 (string_algorithms.go:49)	MOVQ	main.sub+80(SP), DX
	0x0050 00080 (string_algorithms.go:49)	MOVQ	main.s+64(SP), BX
	0x0055 00085 (string_algorithms.go:50)	MOVQ	main..autotmp_9+32(SP), DI
	0x005a 00090 (string_algorithms.go:49)	LEAQ	(SI)(DX*1), R8
	0x005e 00094 (string_algorithms.go:49)	NOP
	0x0060 00096 (string_algorithms.go:49)	CMPQ	BX, R8
	0x0063 00099 (string_algorithms.go:49)	JLT	148
	0x0065 00101 (string_algorithms.go:50)	JCS	166
	0x0067 00103 (string_algorithms.go:50)	CMPQ	SI, R8
	0x006a 00106 (string_algorithms.go:50)	JHI	161
	0x006c 00108 (string_algorithms.go:49)	MOVQ	SI, main.i+24(SP)
	0x0071 00113 (string_algorithms.go:50)	ANDQ	DI, SI
	0x0074 00116 (string_algorithms.go:50)	ADDQ	SI, AX
	0x0077 00119 (string_algorithms.go:50)	MOVQ	CX, BX
	0x007a 00122 (string_algorithms.go:50)	MOVQ	DX, CX
	0x007d 00125 (string_algorithms.go:50)	PCDATA	$1, $0
	0x007d 00125 (string_algorithms.go:50)	NOP
	0x0080 00128 (string_algorithms.go:50)	CALL	runtime.memequal(SB)
	0x0085 00133 (string_algorithms.go:50)	TESTB	AL, AL
	0x0087 00135 (string_algorithms.go:50)	JEQ	57
	0x0089 00137 (string_algorithms.go:51)	MOVQ	main.i+24(SP), AX
	0x008e 00142 (string_algorithms.go:51)	ADDQ	$40, SP
	0x0092 00146 (string_algorithms.go:51)	POPQ	BP
	0x0093 00147 (string_algorithms.go:51)	RET
	0x0094 00148 (string_algorithms.go:54)	MOVQ	$-1, AX
	0x009b 00155 (string_algorithms.go:54)	ADDQ	$40, SP
	0x009f 00159 (string_algorithms.go:54)	POPQ	BP
	0x00a0 00160 (string_algorithms.go:54)	RET
	0x00a1 00161 (string_algorithms.go:50)	PCDATA	$1, $1
	0x00a1 00161 (string_algorithms.go:50)	PCDATA	$4, $9714
	0x00a1 00161 (string_algorithms.go:50)	CALL	runtime.panicBounds(SB)
	0x00a6 00166 (string_algorithms.go:50)	PCDATA	$4, $4096
	0x00a6 00166 (string_algorithms.go:50)	CALL	runtime.panicBounds(SB)
	0x00ab 00171 (string_algorithms.go:50)	XCHGL	AX, AX
	0x00ac 00172 (string_algorithms.go:50)	NOP
	0x00ac 00172 (string_algorithms.go:48)	PCDATA	$1, $-1
	0x00ac 00172 (string_algorithms.go:48)	PCDATA	$0, $-2
	0x00ac 00172 (string_algorithms.go:48)	MOVQ	AX, 8(SP)
	0x00b1 00177 (string_algorithms.go:48)	MOVQ	BX, 16(SP)
	0x00b6 00182 (string_algorithms.go:48)	MOVQ	CX, 24(SP)
	0x00bb 00187 (string_algorithms.go:48)	MOVQ	DI, 32(SP)
	0x00c0 00192 (string_algorithms.go:48)	CALL	runtime.morestack_noctxt(SB)
	0x00c5 00197 (string_algorithms.go:48)	PCDATA	$0, $-1
	0x00c5 00197 (string_algorithms.go:48)	MOVQ	8(SP), AX
	0x00ca 00202 (string_algorithms.go:48)	MOVQ	16(SP), BX
	0x00cf 00207 (string_algorithms.go:48)	MOVQ	24(SP), CX
	0x00d4 00212 (string_algorithms.go:48)	MOVQ	32(SP), DI
	0x00d9 00217 (string_algorithms.go:48)	JMP	0
	0x0000 49 3b 66 10 0f 86 a2 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 28 48 89 4c 24 48 48 89 5c 24 40 48 89 44 24  .(H.L$HH.\$@H.D$
	0x0020 38 48 89 7c 24 50 48 89 fa 48 f7 df 48 c1 ff 3f  8H.|$PH..H..H..?
	0x0030 48 89 7c 24 20 31 f6 eb 21 48 8b 74 24 18 48 ff  H.|$ 1..!H.t$.H.
	0x0040 c6 48 8b 44 24 38 48 8b 4c 24 48 48 8b 54 24 50  .H.D$8H.L$HH.T$P
	0x0050 48 8b 5c 24 40 48 8b 7c 24 20 4c 8d 04 16 66 90  H.\$@H.|$ L...f.
	0x0060 4c 39 c3 7c 2f 72 3f 4c 39 c6 77 35 48 89 74 24  L9.|/r?L9.w5H.t$
	0x0070 18 48 21 fe 48 01 f0 48 89 cb 48 89 d1 0f 1f 00  .H!.H..H..H.....
	0x0080 e8 00 00 00 00 84 c0 74 b0 48 8b 44 24 18 48 83  .......t.H.D$.H.
	0x0090 c4 28 5d c3 48 c7 c0 ff ff ff ff 48 83 c4 28 5d  .(].H......H..(]
	0x00a0 c3 e8 00 00 00 00 e8 00 00 00 00 90 48 89 44 24  ............H.D$
	0x00b0 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24 20  .H.\$.H.L$.H.|$ 
	0x00c0 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x00d0 8b 4c 24 18 48 8b 7c 24 20 e9 22 ff ff ff        .L$.H.|$ ."...
	rel 129+4 t=R_CALL runtime.memequal+0
	rel 162+4 t=R_CALL runtime.panicBounds+0
	rel 167+4 t=R_CALL runtime.panicBounds+0
	rel 193+4 t=R_CALL runtime.morestack_noctxt+0
main.split STEXT size=466 align=0x0 args=0x18 locals=0x60 funcid=0x0
	0x0000 00000 (string_algorithms.go:57)	TEXT	main.split(SB), ABIInternal, $96-24
	0x0000 00000 (string_algorithms.go:57)	CMPQ	SP, 16(R14)
	0x0004 00004 (string_algorithms.go:57)	PCDATA	$0, $-2
	0x0004 00004 (string_algorithms.go:57)	JLS	427
	0x000a 00010 (string_algorithms.go:57)	PCDATA	$0, $-1
	0x000a 00010 (string_algorithms.go:57)	PUSHQ	BP
	0x000b 00011 (string_algorithms.go:57)	MOVQ	SP, BP
	0x000e 00014 (string_algorithms.go:57)	SUBQ	$88, SP
	0x0012 00018 (string_algorithms.go:57)	FUNCDATA	$0, gclocals·bUB0t99dbIOHL9YDh6V0CA==(SB)
	0x0012 00018 (string_algorithms.go:57)	FUNCDATA	$1, gclocals·w8PmiDgPJpMTmudlX/1Vuw==(SB)
	0x0012 00018 (string_algorithms.go:57)	FUNCDATA	$5, main.split.arginfo1(SB)
	0x0012 00018 (string_algorithms.go:57)	FUNCDATA	$6, main.split.argliveinfo(SB)
	0x0012 00018 (string_algorithms.go:57)	PCDATA	$3, $1
	0x0012 00018 (string_algorithms.go:60)	MOVB	CL, main.sep+120(SP)
	0x0016 00022 (string_algorithms.go:60)	MOVQ	AX, main.s+104(SP)
	0x001b 00027 (string_algorithms.go:60)	MOVQ	BX, main.s+112(SP)
	0x0020 00032 (string_algorithms.go:60)	PCDATA	$3, $-1
	0x0020 00032 (string_algorithms.go:60)	XORL	DX, DX
	0x0022 00034 (string_algorithms.go:60)	XORL	R8, R8
	0x0025 00037 (string_algorithms.go:60)	XORL	SI, SI
	0x0027 00039 (string_algorithms.go:60)	XORL	DI, DI
	0x0029 00041 (string_algorithms.go:60)	XORL	R9, R9
	0x002c 00044 (string_algorithms.go:60)	JMP	50
	0x002e 00046 (string_algorithms.go:60)	LEAQ	1(R10), DX
	0x0032 00050 (string_algorithms.go:60)	CMPQ	BX, DX
	0x0035 00053 (string_algorithms.go:60)	JLE	261
	0x003b 00059 (string_algorithms.go:61)	MOVBLZX	(AX)(DX*1), R10
	0x0040 00064 (string_algorithms.go:61)	CMPB	R10B, CL
	0x0043 00067 (string_algorithms.go:61)	JNE	249
	0x0049 00073 (string_algorithms.go:62)	CMPQ	SI, DX
	0x004c 00076 (string_algorithms.go:62)	JHI	421
	0x0052 00082 (string_algorithms.go:62)	INCQ	R9
	0x0055 00085 (string_algorithms.go:62)	MOVQ	DX, R10
	0x0058 00088 (string_algorithms.go:62)	SUBQ	SI, DX
	0x005b 00091 (string_algorithms.go:62)	MOVQ	DX, R11
	0x005e 00094 (string_algorithms.go:62)	NEGQ	DX
	0x0061 00097 (string_algorithms.go:62)	SARQ	$63, DX
	0x0065 00101 (string_algorithms.go:62)	ANDQ	DX, SI
	0x0068 00104 (string_algorithms.go:62)	LEAQ	(SI)(AX*1), DX
	0x006c 00108 (string_algorithms.go:62)	CMPQ	DI, R9
	0x006f 00111 (string_algorithms.go:62)	JCC	193
	0x0071 00113 (string_algorithms.go:60)	MOVQ	R10, main..autotmp_12+72(SP)
	0x0076 00118 (string_algorithms.go:62)	MOVQ	R11, main..autotmp_13+64(SP)
	0x007b 00123 (string_algorithms.go:62)	MOVQ	DX, main..autotmp_14+80(SP)
	0x0080 00128 (string_algorithms.go:62)	MOVQ	R8, AX
	0x0083 00131 (string_algorithms.go:62)	MOVQ	R9, BX
	0x0086 00134 (string_algorithms.go:62)	MOVQ	DI, CX
	0x0089 00137 (string_algorithms.go:62)	MOVL	$1, DI
	0x008e 00142 (string_algorithms.go:62)	LEAQ	type:string(SB), SI
	0x0095 00149 (string_algorithms.go:62)	PCDATA	$1, $1
	0x0095 00149 (string_algorithms.go:62)	CALL	runtime.growslice(SB)
	0x009a 00154 (string_algorithms.go:62)	MOVQ	main..autotmp_14+80(SP), DX
	0x009f 00159 (string_algorithms.go:63)	MOVQ	main..autotmp_12+72(SP), R10
	0x00a4 00164 (string_algorithms.go:62)	MOVQ	main..autotmp_13+64(SP), R11
	0x00a9 00169 (string_algorithms.go:63)	MOVQ	BX, R9
	0x00ac 00172 (string_algorithms.go:63)	MOVQ	AX, R8
	0x00af 00175 (string_algorithms.go:63)	MOVQ	CX, DI
	0x00b2 00178 (string_algorithms.go:61)	MOVQ	main.s+104(SP), AX
	0x00b7 00183 (string_algorithms.go:61)	MOVBLZX	main.sep+120(SP), CX
	0x00bc 00188 (string_algorithms.go:60)	MOVQ	main.s+112(SP), BX
	0x00c1 00193 (string_algorithms.go:62)	LEAQ	-1(R9), R12
	0x00c5 00197 (string_algorithms.go:62)	SHLQ	$4, R12
	0x00c9 00201 (string_algorithms.go:62)	MOVQ	R11, 8(R8)(R12*1)
	0x00ce 00206 (string_algorithms.go:62)	CMPL	runtime.writeBarrier(SB), $0
	0x00d5 00213 (string_algorithms.go:62)	PCDATA	$0, $-2
	0x00d5 00213 (string_algorithms.go:62)	JEQ	236
	0x00d7 00215 (string_algorithms.go:62)	MOVQ	(R8)(R12*1), R11
	0x00db 00219 (string_algorithms.go:62)	MOVQ	R11, SI
	0x00de 00222 (string_algorithms.go:62)	NOP
	0x00e0 00224 (string_algorithms.go:62)	CALL	runtime.gcWriteBarrier2(SB)
	0x00e5 00229 (string_algorithms.go:62)	MOVQ	DX, (R11)
	0x00e8 00232 (string_algorithms.go:62)	MOVQ	SI, 8(R11)
	0x00ec 00236 (string_algorithms.go:62)	MOVQ	DX, (R8)(R12*1)
	0x00f0 00240 (string_algorithms.go:63)	PCDATA	$0, $-1
	0x00f0 00240 (string_algorithms.go:63)	LEAQ	1(R10), SI
	0x00f4 00244 (string_algorithms.go:63)	JMP	46
	0x00f9 00249 (string_algorithms.go:60)	MOVQ	DX, R10
	0x00fc 00252 (string_algorithms.go:60)	NOP
	0x0100 00256 (string_algorithms.go:61)	JMP	46
	0x0105 00261 (string_algorithms.go:66)	CMPQ	BX, SI
	0x0108 00264 (string_algorithms.go:66)	JCS	415
	0x010e 00270 (string_algorithms.go:66)	LEAQ	1(R9), DX
	0x0112 00274 (string_algorithms.go:66)	SUBQ	SI, BX
	0x0115 00277 (string_algorithms.go:66)	MOVQ	BX, R9
	0x0118 00280 (string_algorithms.go:66)	NEGQ	BX
	0x011b 00283 (string_algorithms.go:66)	SARQ	$63, BX
	0x011f 00287 (string_algorithms.go:66)	ANDQ	BX, SI
	0x0122 00290 (string_algorithms.go:66)	LEAQ	(SI)(AX*1), R10
	0x0126 00294 (string_algorithms.go:66)	CMPQ	DI, DX
	0x0129 00297 (string_algorithms.go:66)	JCC	354
	0x012b 00299 (string_algorithms.go:66)	MOVQ	R9, main..autotmp_12+72(SP)
	0x0130 00304 (string_algorithms.go:66)	MOVQ	R10, main..autotmp_14+80(SP)
	0x0135 00309 (string_algorithms.go:66)	MOVQ	R8, AX
	0x0138 00312 (string_algorithms.go:66)	MOVQ	DX, BX
	0x013b 00315 (string_algorithms.go:66)	MOVQ	DI, CX
	0x013e 00318 (string_algorithms.go:66)	MOVL	$1, DI
	0x0143 00323 (string_algorithms.go:66)	LEAQ	type:string(SB), SI
	0x014a 00330 (string_algorithms.go:66)	PCDATA	$1, $2
	0x014a 00330 (string_algorithms.go:66)	CALL	runtime.growslice(SB)
	0x014f 00335 (string_algorithms.go:66)	MOVQ	main..autotmp_12+72(SP), R9
	0x0154 00340 (string_algorithms.go:66)	MOVQ	main..autotmp_14+80(SP), R10
	0x0159 00345 (string_algorithms.go:66)	MOVQ	AX, R8
	0x015c 00348 (string_algorithms.go:66)	MOVQ	BX, DX
	0x015f 00351 (string_algorithms.go:66)	MOVQ	CX, DI
	0x0162 00354 (string_algorithms.go:66)	LEAQ	-1(DX), SI
	0x0166 00358 (string_algorithms.go:66)	SHLQ	$4, SI
	0x016a 00362 (string_algorithms.go:66)	MOVQ	R9, 8(R8)(SI*1)
	0x016f 00367 (string_algorithms.go:66)	CMPL	runtime.writeBarrier(SB), $0
	0x0176 00374 (string_algorithms.go:66)	PCDATA	$0, $-2
	0x0176 00374 (string_algorithms.go:66)	JEQ	396
	0x0178 00376 (string_algorithms.go:66)	MOVQ	(R8)(SI*1), R9
	0x017c 00380 (string_algorithms.go:66)	NOP
	0x0180 00384 (string_algorithms.go:66)	CALL	runtime.gcWriteBarrier2(SB)
	0x0185 00389 (string_algorithms.go:66)	MOVQ	R10, (R11)
	0x0188 00392 (string_algorithms.go:66)	MOVQ	R9, 8(R11)
	0x018c 00396 (string_algorithms.go:66)	MOVQ	R10, (R8)(SI*1)
	0x0190 00400 (string_algorithms.go:66)	PCDATA	$0, $-1
	0x0190 00400 (string_algorithms.go:66)	MOVQ	R8, AX
	0x0193 00403 (string_algorithms.go:66)	MOVQ	DX, BX
	0x0196 00406 (string_algorithms.go:66)	MOVQ	DI, CX
	0x0199 00409 (string_algorithms.go:66)	ADDQ	$88, SP
	0x019d 00413 (string_algorithms.go:66)	POPQ	BP
	0x019e 00414 (string_algorithms.go:66)	RET
	0x019f 00415 (string_algorithms.go:66)	PCDATA	$1, $3
	0x019f 00415 (string_algorithms.go:66)	PCDATA	$4, $3954
	0x019f 00415 (string_algorithms.go:66)	NOP
	0x01a0 00416 (string_algorithms.go:66)	CALL	runtime.panicBounds(SB)
	0x01a5 00421 (string_algorithms.go:62)	PCDATA	$4, $2802
	0x01a5 00421 (string_algorithms.go:62)	CALL	runtime.panicBounds(SB)
	0x01aa 00426 (string_algorithms.go:62)	XCHGL	AX, AX
	0x01ab 00427 (string_algorithms.go:62)	NOP
	0x01ab 00427 (string_algorithms.go:57)	PCDATA	$1, $-1
	0x01ab 00427 (string_algorithms.go:57)	PCDATA	$0, $-2
	0x01ab 00427 (string_algorithms.go:57)	MOVQ	AX, 8(SP)
	0x01b0 00432 (string_algorithms.go:57)	MOVQ	BX, 16(SP)
	0x01b5 00437 (string_algorithms.go:57)	MOVB	CL, 24(SP)
	0x01b9 00441 (string_algorithms.go:57)	CALL	runtime.morestack_noctxt(SB)
	0x01be 00446 (string_algorithms.go:57)	PCDATA	$0, $-1
	0x01be 00446 (string_algorithms.go:57)	MOVQ	8(SP), AX
	0x01c3 00451 (string_algorithms.go:57)	MOVQ	16(SP), BX
	0x01c8 00456 (string_algorithms.go:57)	MOVBLZX	24(SP), CX
	0x01cd 00461 (string_algorithms.go:57)	JMP	0
	0x0000 49 3b 66 10 0f 86 a1 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 58 88 4c 24 78 48 89 44 24 68 48 89 5c 24 70  .X.L$xH.D$hH.\$p
	0x0020 31 d2 45 31 c0 31 f6 31 ff 45 31 c9 eb 04 49 8d  1.E1.1.1.E1...I.
	0x0030 52 01 48 39 d3 0f 8e ca 00 00 00 44 0f b6 14 10  R.H9.......D....
	0x0040 41 38 ca 0f 85 b0 00 00 00 48 39 d6 0f 87 53 01  A8.......H9...S.
	0x0050 00 00 49 ff c1 49 89 d2 48 29 f2 49 89 d3 48 f7  ..I..I..H).I..H.
	0x0060 da 48 c1 fa 3f 48 21 d6 48 8d 14 06 4c 39 cf 73  .H..?H!.H...L9.s
	0x0070 50 4c 89 54 24 48 4c 89 5c 24 40 48 89 54 24 50  PL.T$HL.\$@H.T$P
	0x0080 4c 89 c0 4c 89 cb 48 89 f9 bf 01 00 00 00 48 8d  L..L..H.......H.
	0x0090 35 00 00 00 00 e8 00 00 00 00 48 8b 54 24 50 4c  5.........H.T$PL
	0x00a0 8b 54 24 48 4c 8b 5c 24 40 49 89 d9 49 89 c0 48  .T$HL.\$@I..I..H
	0x00b0 89 cf 48 8b 44 24 68 0f b6 4c 24 78 48 8b 5c 24  ..H.D$h..L$xH.\$
	0x00c0 70 4d 8d 61 ff 49 c1 e4 04 4f 89 5c 20 08 83 3d  pM.a.I...O.\ ..=
	0x00d0 00 00 00 00 00 74 15 4f 8b 1c 20 4c 89 de 66 90  .....t.O.. L..f.
	0x00e0 e8 00 00 00 00 49 89 13 49 89 73 08 4b 89 14 20  .....I..I.s.K.. 
	0x00f0 49 8d 72 01 e9 35 ff ff ff 49 89 d2 0f 1f 40 00  I.r..5...I....@.
	0x0100 e9 29 ff ff ff 48 39 f3 0f 82 91 00 00 00 49 8d  .)...H9.......I.
	0x0110 51 01 48 29 f3 49 89 d9 48 f7 db 48 c1 fb 3f 48  Q.H).I..H..H..?H
	0x0120 21 de 4c 8d 14 06 48 39 d7 73 37 4c 89 4c 24 48  !.L...H9.s7L.L$H
	0x0130 4c 89 54 24 50 4c 89 c0 48 89 d3 48 89 f9 bf 01  L.T$PL..H..H....
	0x0140 00 00 00 48 8d 35 00 00 00 00 e8 00 00 00 00 4c  ...H.5.........L
	0x0150 8b 4c 24 48 4c 8b 54 24 50 49 89 c0 48 89 da 48  .L$HL.T$PI..H..H
	0x0160 89 cf 48 8d 72 ff 48 c1 e6 04 4d 89 4c 30 08 83  ..H.r.H...M.L0..
	0x0170 3d 00 00 00 00 00 74 14 4d 8b 0c 30 0f 1f 40 00  =.....t.M..0..@.
	0x0180 e8 00 00 00 00 4d 89 13 4d 89 4b 08 4d 89 14 30  .....M..M.K.M..0
	0x0190 4c 89 c0 48 89 d3 48 89 f9 48 83 c4 58 5d c3 90  L..H..H..H..X]..
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 90 48 89 44 24 08  ...........H.D$.
	0x01b0 48 89 5c 24 10 88 4c 24 18 e8 00 00 00 00 48 8b  H.\$..L$......H.
	0x01c0 44 24 08 48 8b 5c 24 10 0f b6 4c 24 18 e9 2e fe  D$.H.\$...L$....
	0x01d0 ff ff                                            ..
	rel 145+4 t=R_PCREL type:string+0
	rel 150+4 t=R_CALL runtime.growslice+0
	rel 208+4 t=R_PCREL runtime.writeBarrier+-1
	rel 225+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 326+4 t=R_PCREL type:string+0
	rel 331+4 t=R_CALL runtime.growslice+0
	rel 369+4 t=R_PCREL runtime.writeBarrier+-1
	rel 385+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 417+4 t=R_CALL runtime.panicBounds+0
	rel 422+4 t=R_CALL runtime.panicBounds+0
	rel 442+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=2431 align=0x0 args=0x0 locals=0x3d8 funcid=0x0
	0x0000 00000 (string_algorithms.go:69)	TEXT	main.main(SB), ABIInternal, $984-0
	0x0000 00000 (string_algorithms.go:69)	LEAQ	-856(SP), R12
	0x0008 00008 (string_algorithms.go:69)	CMPQ	R12, 16(R14)
	0x000c 00012 (string_algorithms.go:69)	PCDATA	$0, $-2
	0x000c 00012 (string_algorithms.go:69)	JLS	2421
	0x0012 00018 (string_algorithms.go:69)	PCDATA	$0, $-1
	0x0012 00018 (string_algorithms.go:69)	PUSHQ	BP
	0x0013 00019 (string_algorithms.go:69)	MOVQ	SP, BP
	0x0016 00022 (string_algorithms.go:69)	SUBQ	$976, SP
	0x001d 00029 (string_algorithms.go:69)	FUNCDATA	$0, gclocals·3Q3eJ6/uTVN8rJbYXWVG+A==(SB)
	0x001d 00029 (string_algorithms.go:69)	FUNCDATA	$1, gclocals·HrUu51a30G5OABgeprYFTQ==(SB)
	0x001d 00029 (string_algorithms.go:69)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (<unknown line number>)	NOP
	0x001d 00029 (string_algorithms.go:8)	LEAQ	main.buf+130(SP), DX
	0x0025 00037 (string_algorithms.go:8)	MOVUPS	X15, (DX)
	0x0029 00041 (string_algorithms.go:8)	MOVUPS	X15, 4(DX)
	0x002e 00046 (string_algorithms.go:12)	MOVL	$20, DX
	0x0033 00051 (string_algorithms.go:12)	MOVQ	$-9223372036854775808, SI
	0x003d 00061 (string_algorithms.go:12)	JMP	81
	0x003f 00063 (string_algorithms.go:16)	LEAQ	48(SI), DI
	0x0043 00067 (string_algorithms.go:16)	MOVB	DIB, main.buf+129(SP)(BX*1)
	0x004b 00075 (string_algorithms.go:14)	MOVQ	DX, SI
	0x004e 00078 (string_algorithms.go:14)	MOVQ	CX, DX
	0x0051 00081 (string_algorithms.go:14)	TESTQ	SI, SI
	0x0054 00084 (string_algorithms.go:14)	JLS	133
	0x0056 00086 (string_algorithms.go:15)	LEAQ	-1(DX), CX
	0x005a 00090 (string_algorithms.go:16)	MOVQ	$-3689348814741910323, AX
	0x0064 00100 (string_algorithms.go:14)	MOVQ	DX, BX
	0x0067 00103 (string_algorithms.go:16)	MULQ	SI
	0x006a 00106 (string_algorithms.go:16)	SHRQ	$3, DX
	0x006e 00110 (string_algorithms.go:16)	LEAQ	(DX)(DX*1), DI
	0x0072 00114 (string_algorithms.go:16)	LEAQ	(DI)(DI*4), DI
	0x0076 00118 (string_algorithms.go:16)	SUBQ	DI, SI
	0x0079 00121 (string_algorithms.go:16)	CMPQ	CX, $20
	0x007d 00125 (string_algorithms.go:16)	JCS	63
	0x007f 00127 (string_algorithms.go:16)	NOP
	0x0080 00128 (string_algorithms.go:16)	JMP	2415
	0x0085 00133 (string_algorithms.go:20)	LEAQ	-1(DX), SI
	0x0089 00137 (string_algorithms.go:21)	CMPQ	SI, $20
	0x008d 00141 (string_algorithms.go:21)	JCC	2410
	0x0093 00147 (string_algorithms.go:21)	MOVB	$45, main.buf+129(SP)(DX*1)
	0x009b 00155 (string_algorithms.go:23)	LEAQ	main.buf+129(SP)(DX*1), BX
	0x00a3 00163 (string_algorithms.go:23)	LEAQ	-21(DX), CX
	0x00a7 00167 (string_algorithms.go:23)	NEGQ	CX
	0x00aa 00170 (string_algorithms.go:23)	LEAQ	main..autotmp_84+342(SP), AX
	0x00b2 00178 (string_algorithms.go:23)	PCDATA	$1, $0
	0x00b2 00178 (string_algorithms.go:23)	CALL	runtime.slicebytetostring(SB)
	0x00b7 00183 (<unknown line number>)	NOP
	0x00b7 00183 (string_algorithms.go:8)	LEAQ	main.buf+110(SP), DX
	0x00bc 00188 (string_algorithms.go:8)	MOVUPS	X15, (DX)
	0x00c0 00192 (string_algorithms.go:8)	MOVUPS	X15, 4(DX)
	0x00c5 00197 (string_algorithms.go:14)	MOVQ	$9223372036854775807, DX
	0x00cf 00207 (string_algorithms.go:14)	MOVL	$20, SI
	0x00d4 00212 (string_algorithms.go:14)	JMP	229
	0x00d6 00214 (string_algorithms.go:16)	ADDQ	$48, R8
	0x00da 00218 (string_algorithms.go:16)	MOVB	R8B, main.buf+109(SP)(SI*1)
	0x00df 00223 (string_algorithms.go:70)	MOVQ	DI, AX
	0x00e2 00226 (string_algorithms.go:14)	MOVQ	CX, SI
	0x00e5 00229 (string_algorithms.go:14)	TESTQ	DX, DX
	0x00e8 00232 (string_algorithms.go:14)	JLS	288
	0x00ea 00234 (string_algorithms.go:15)	LEAQ	-1(SI), CX
	0x00ee 00238 (string_algorithms.go:23)	MOVQ	AX, DI
	0x00f1 00241 (string_algorithms.go:16)	MOVQ	$-3689348814741910323, AX
	0x00fb 00251 (string_algorithms.go:14)	MOVQ	DX, R8
	0x00fe 00254 (string_algorithms.go:16)	MULQ	DX
	0x0101 00257 (string_algorithms.go:16)	SHRQ	$3, DX
	0x0105 00261 (string_algorithms.go:16)	LEAQ	(DX)(DX*1), R9
	0x0109 00265 (string_algorithms.go:16)	LEAQ	(R9)(R9*4), R9
	0x010d 00269 (string_algorithms.go:16)	SUBQ	R9, R8
	0x0110 00272 (string_algorithms.go:16)	CMPQ	CX, $20
	0x0114 00276 (string_algorithms.go:16)	JCS	214
	0x0116 00278 (string_algorithms.go:16)	JMP	2405
	0x011b 00283 (string_algorithms.go:16)	NOP
	0x0120 00288 (string_algorithms.go:23)	CMPQ	SI, $20
	0x0124 00292 (string_algorithms.go:23)	JHI	2398
	0x012a 00298 (string_algorithms.go:23)	MOVQ	BX, main.~r0.len+808(SP)
	0x0132 00306 (string_algorithms.go:23)	MOVQ	AX, main.~r0.ptr+912(SP)
	0x013a 00314 (string_algorithms.go:23)	LEAQ	-20(SI), CX
	0x013e 00318 (string_algorithms.go:23)	MOVQ	CX, DX
	0x0141 00321 (string_algorithms.go:23)	NEGQ	DX
	0x0144 00324 (string_algorithms.go:23)	SARQ	$63, CX
	0x0148 00328 (string_algorithms.go:23)	ANDQ	CX, SI
	0x014b 00331 (string_algorithms.go:23)	LEAQ	main.buf+110(SP)(SI*1), BX
	0x0150 00336 (string_algorithms.go:23)	LEAQ	main..autotmp_85+310(SP), AX
	0x0158 00344 (string_algorithms.go:23)	MOVQ	DX, CX
	0x015b 00347 (string_algorithms.go:23)	PCDATA	$1, $1
	0x015b 00347 (string_algorithms.go:23)	NOP
	0x0160 00352 (string_algorithms.go:23)	CALL	runtime.slicebytetostring(SB)
	0x0165 00357 (<unknown line number>)	NOP
	0x0165 00357 (string_algorithms.go:8)	LEAQ	main.buf+90(SP), DX
	0x016a 00362 (string_algorithms.go:8)	MOVUPS	X15, (DX)
	0x016e 00366 (string_algorithms.go:8)	MOVUPS	X15, 4(DX)
	0x0173 00371 (string_algorithms.go:14)	MOVL	$42, DX
	0x0178 00376 (string_algorithms.go:14)	MOVL	$20, SI
	0x017d 00381 (string_algorithms.go:14)	JMP	398
	0x017f 00383 (string_algorithms.go:16)	ADDQ	$48, R8
	0x0183 00387 (string_algorithms.go:16)	MOVB	R8B, main.buf+89(SP)(SI*1)
	0x0188 00392 (string_algorithms.go:70)	MOVQ	DI, AX
	0x018b 00395 (string_algorithms.go:14)	MOVQ	CX, SI
	0x018e 00398 (string_algorithms.go:14)	TESTQ	DX, DX
	0x0191 00401 (string_algorithms.go:14)	JLS	453
	0x0193 00403 (string_algorithms.go:15)	LEAQ	-1(SI), CX
	0x0197 00407 (string_algorithms.go:23)	MOVQ	AX, DI
	0x019a 00410 (string_algorithms.go:16)	MOVQ	$-3689348814741910323, AX
	0x01a4 00420 (string_algorithms.go:14)	MOVQ	DX, R8
	0x01a7 00423 (string_algorithms.go:16)	MULQ	DX
	0x01aa 00426 (string_algorithms.go:16)	SHRQ	$3, DX
	0x01ae 00430 (string_algorithms.go:16)	LEAQ	(DX)(DX*1), R9
	0x01b2 00434 (string_algorithms.go:16)	LEAQ	(R9)(R9*4), R9
	0x01b6 00438 (string_algorithms.go:16)	SUBQ	R9, R8
	0x01b9 00441 (string_algorithms.go:16)	CMPQ	CX, $20
	0x01bd 00445 (string_algorithms.go:16)	JCS	383
	0x01bf 00447 (string_algorithms.go:16)	NOP
	0x01c0 00448 (string_algorithms.go:16)	JMP	2393
	0x01c5 00453 (string_algorithms.go:20)	LEAQ	-1(SI), DX
	0x01c9 00457 (string_algorithms.go:21)	CMPQ	DX, $20
	0x01cd 00461 (string_algorithms.go:21)	JCC	2388
	0x01d3 00467 (string_algorithms.go:23)	MOVQ	BX, main.~r0.len+800(SP)
	0x01db 00475 (string_algorithms.go:23)	MOVQ	AX, main.~r0.ptr+904(SP)
	0x01e3 00483 (string_algorithms.go:21)	MOVB	$45, main.buf+89(SP)(SI*1)
	0x01e8 00488 (string_algorithms.go:23)	LEAQ	main.buf+89(SP)(SI*1), BX
	0x01ed 00493 (string_algorithms.go:23)	LEAQ	-21(SI), CX
	0x01f1 00497 (string_algorithms.go:23)	NEGQ	CX
	0x01f4 00500 (string_algorithms.go:23)	LEAQ	main..autotmp_86+278(SP), AX
	0x01fc 00508 (string_algorithms.go:23)	PCDATA	$1, $2
	0x01fc 00508 (string_algorithms.go:23)	NOP
	0x0200 00512 (string_algorithms.go:23)	CALL	runtime.slicebytetostring(SB)
	0x0205 00517 (string_algorithms.go:23)	MOVQ	AX, main.~r0.ptr+896(SP)
	0x020d 00525 (string_algorithms.go:23)	MOVQ	BX, main.~r0.len+792(SP)
	0x0215 00533 (string_algorithms.go:70)	PCDATA	$1, $3
	0x0215 00533 (string_algorithms.go:70)	CALL	runtime.printlock(SB)
	0x021a 00538 (string_algorithms.go:70)	LEAQ	go:string."0"(SB), AX
	0x0221 00545 (string_algorithms.go:70)	MOVL	$1, BX
	0x0226 00550 (string_algorithms.go:70)	CALL	runtime.printstring(SB)
	0x022b 00555 (string_algorithms.go:70)	CALL	runtime.printsp(SB)
	0x0230 00560 (string_algorithms.go:70)	MOVQ	main.~r0.ptr+912(SP), AX
	0x0238 00568 (string_algorithms.go:70)	MOVQ	main.~r0.len+808(SP), BX
	0x0240 00576 (string_algorithms.go:70)	PCDATA	$1, $4
	0x0240 00576 (string_algorithms.go:70)	CALL	runtime.printstring(SB)
	0x0245 00581 (string_algorithms.go:70)	CALL	runtime.printsp(SB)
	0x024a 00586 (string_algorithms.go:70)	MOVQ	main.~r0.ptr+904(SP), AX
	0x0252 00594 (string_algorithms.go:70)	MOVQ	main.~r0.len+800(SP), BX
	0x025a 00602 (string_algorithms.go:70)	PCDATA	$1, $5
	0x025a 00602 (string_algorithms.go:70)	CALL	runtime.printstring(SB)
	0x025f 00607 (string_algorithms.go:70)	NOP
	0x0260 00608 (string_algorithms.go:70)	CALL	runtime.printsp(SB)
	0x0265 00613 (string_algorithms.go:70)	MOVQ	main.~r0.ptr+896(SP), AX
	0x026d 00621 (string_algorithms.go:70)	MOVQ	main.~r0.len+792(SP), BX
	0x0275 00629 (string_algorithms.go:70)	PCDATA	$1, $0
	0x0275 00629 (string_algorithms.go:70)	CALL	runtime.printstring(SB)
	0x027a 00634 (string_algorithms.go:70)	CALL	runtime.printnl(SB)
	0x027f 00639 (string_algorithms.go:70)	NOP
	0x0280 00640 (string_algorithms.go:70)	CALL	runtime.printunlock(SB)
	0x0285 00645 (<unknown line number>)	NOP
	0x0285 00645 (string_algorithms.go:31)	XORL	DX, DX
	0x0287 00647 (string_algorithms.go:31)	XORL	AX, AX
	0x0289 00649 (string_algorithms.go:31)	JMP	674
	0x028b 00651 (string_algorithms.go:35)	LEAQ	(AX)(AX*1), R9
	0x028f 00655 (string_algorithms.go:35)	LEAQ	(R9)(R9*4), R9
	0x0293 00659 (string_algorithms.go:35)	ADDL	$-48, R8
	0x0297 00663 (string_algorithms.go:35)	MOVBLZX	R8B, R8
	0x029b 00667 (string_algorithms.go:35)	LEAQ	(R8)(R9*1), AX
	0x029f 00671 (string_algorithms.go:31)	INCQ	DX
	0x02a2 00674 (string_algorithms.go:31)	MOVL	$2, SI
	0x02a7 00679 (string_algorithms.go:31)	CMPQ	SI, DX
	0x02aa 00682 (string_algorithms.go:31)	JLE	714
	0x02ac 00684 (string_algorithms.go:32)	LEAQ	go:string."-77"+1(SB), DI
	0x02b3 00691 (string_algorithms.go:32)	MOVBLZX	(DX)(DI*1), R8
	0x02b8 00696 (string_algorithms.go:32)	CMPB	R8B, $48
	0x02bc 00700 (string_algorithms.go:32)	JCS	710
	0x02be 00702 (string_algorithms.go:32)	NOP
	0x02c0 00704 (string_algorithms.go:32)	CMPB	R8B, $57
	0x02c4 00708 (string_algorithms.go:32)	JLS	651
	0x02c6 00710 (string_algorithms.go:32)	XORL	SI, SI
	0x02c8 00712 (string_algorithms.go:71)	JMP	725
	0x02ca 00714 (string_algorithms.go:37)	MOVQ	$-1, SI
	0x02d1 00721 (string_algorithms.go:37)	IMULQ	AX, SI
	0x02d5 00725 (string_algorithms.go:31)	MOVQ	DX, main.i+848(SP)
	0x02dd 00733 (string_algorithms.go:71)	MOVQ	SI, main.n+840(SP)
	0x02e5 00741 (<unknown line number>)	NOP
	0x02e5 00741 (string_algorithms.go:5)	TESTQ	SI, SI
	0x02e8 00744 (string_algorithms.go:5)	JEQ	786
	0x02ea 00746 (string_algorithms.go:8)	LEAQ	main.buf+70(SP), DI
	0x02ef 00751 (string_algorithms.go:8)	MOVUPS	X15, (DI)
	0x02f3 00755 (string_algorithms.go:8)	MOVUPS	X15, 4(DI)
	0x02f8 00760 (string_algorithms.go:12)	MOVQ	SI, DI
	0x02fb 00763 (string_algorithms.go:12)	NEGQ	SI
	0x02fe 00766 (string_algorithms.go:5)	TESTQ	DI, DI
	0x0301 00769 (string_algorithms.go:14)	MOVQ	DI, R8
	0x0304 00772 (string_algorithms.go:14)	CMOVQLT	SI, DI
	0x0308 00776 (string_algorithms.go:11)	MOVL	$20, SI
	0x030d 00781 (string_algorithms.go:11)	JMP	2246
	0x0312 00786 (string_algorithms.go:11)	MOVL	$1, AX
	0x0317 00791 (string_algorithms.go:72)	MOVQ	AX, main.~r0.len+784(SP)
	0x031f 00799 (string_algorithms.go:72)	NOP
	0x0320 00800 (string_algorithms.go:72)	CALL	runtime.printlock(SB)
	0x0325 00805 (string_algorithms.go:31)	MOVL	$2, AX
	0x032a 00810 (string_algorithms.go:31)	MOVQ	main.i+848(SP), CX
	0x0332 00818 (string_algorithms.go:31)	CMPQ	AX, CX
	0x0335 00821 (string_algorithms.go:71)	SETLE	AL
	0x0338 00824 (string_algorithms.go:71)	MOVB	AL, main.ok+69(SP)
	0x033c 00828 (string_algorithms.go:72)	LEAQ	go:string."atoi "(SB), AX
	0x0343 00835 (string_algorithms.go:72)	MOVL	$5, BX
	0x0348 00840 (string_algorithms.go:72)	CALL	runtime.printstring(SB)
	0x034d 00845 (string_algorithms.go:72)	MOVQ	main.n+840(SP), AX
	0x0355 00853 (string_algorithms.go:72)	CALL	runtime.printint(SB)
	0x035a 00858 (string_algorithms.go:72)	CALL	runtime.printsp(SB)
	0x035f 00863 (string_algorithms.go:72)	MOVBLZX	main.ok+69(SP), AX
	0x0364 00868 (string_algorithms.go:72)	CALL	runtime.printbool(SB)
	0x0369 00873 (string_algorithms.go:72)	CALL	runtime.printsp(SB)
	0x036e 00878 (string_algorithms.go:72)	MOVQ	main.~r0.len+784(SP), AX
	0x0376 00886 (string_algorithms.go:72)	CALL	runtime.printint(SB)
	0x037b 00891 (string_algorithms.go:72)	NOP
	0x0380 00896 (string_algorithms.go:72)	CALL	runtime.printnl(SB)
	0x0385 00901 (string_algorithms.go:72)	CALL	runtime.printunlock(SB)
	0x038a 00906 (<unknown line number>)	NOP
	0x038a 00906 (string_algorithms.go:41)	LEAQ	main..autotmp_88+632(SP), AX
	0x0392 00914 (string_algorithms.go:41)	LEAQ	go:string."stressed"(SB), BX
	0x0399 00921 (string_algorithms.go:41)	MOVL	$8, CX
	0x039e 00926 (string_algorithms.go:41)	NOP
	0x03a0 00928 (string_algorithms.go:41)	CALL	runtime.stringtoslicerune(SB)
	0x03a5 00933 (string_algorithms.go:42)	LEAQ	-1(BX), DX
	0x03a9 00937 (string_algorithms.go:42)	XORL	SI, SI
	0x03ab 00939 (string_algorithms.go:42)	JMP	963
	0x03ad 00941 (string_algorithms.go:43)	MOVL	(AX)(DX*4), R8
	0x03b1 00945 (string_algorithms.go:43)	MOVL	(AX)(SI*4), R9
	0x03b5 00949 (string_algorithms.go:43)	MOVL	R8, (AX)(SI*4)
	0x03b9 00953 (string_algorithms.go:43)	MOVL	R9, (AX)(DX*4)
	0x03bd 00957 (string_algorithms.go:42)	INCQ	SI
	0x03c0 00960 (string_algorithms.go:42)	DECQ	DX
	0x03c3 00963 (string_algorithms.go:42)	CMPQ	DX, SI
	0x03c6 00966 (string_algorithms.go:42)	JGT	941
	0x03c8 00968 (string_algorithms.go:45)	MOVQ	CX, DI
	0x03cb 00971 (string_algorithms.go:45)	MOVQ	BX, CX
	0x03ce 00974 (string_algorithms.go:45)	MOVQ	AX, BX
	0x03d1 00977 (string_algorithms.go:45)	LEAQ	main..autotmp_90+214(SP), AX
	0x03d9 00985 (string_algorithms.go:45)	CALL	runtime.slicerunetostring(SB)
	0x03de 00990 (string_algorithms.go:45)	MOVQ	AX, main.~r0.ptr+888(SP)
	0x03e6 00998 (string_algorithms.go:45)	MOVQ	BX, main.~r0.len+776(SP)
	0x03ee 01006 (<unknown line number>)	NOP
	0x03ee 01006 (string_algorithms.go:41)	LEAQ	main..autotmp_91+504(SP), AX
	0x03f6 01014 (string_algorithms.go:41)	LEAQ	go:string."añ世"(SB), BX
	0x03fd 01021 (string_algorithms.go:41)	MOVL	$6, CX
	0x0402 01026 (string_algorithms.go:41)	PCDATA	$1, $6
	0x0402 01026 (string_algorithms.go:41)	CALL	runtime.stringtoslicerune(SB)
	0x0407 01031 (string_algorithms.go:42)	LEAQ	-1(BX), DX
	0x040b 01035 (string_algorithms.go:42)	XORL	SI, SI
	0x040d 01037 (string_algorithms.go:42)	JMP	1061
	0x040f 01039 (string_algorithms.go:43)	MOVL	(AX)(DX*4), R8
	0x0413 01043 (string_algorithms.go:43)	MOVL	(AX)(SI*4), R9
	0x0417 01047 (string_algorithms.go:43)	MOVL	R8, (AX)(SI*4)
	0x041b 01051 (string_algorithms.go:43)	MOVL	R9, (AX)(DX*4)
	0x041f 01055 (string_algorithms.go:42)	INCQ	SI
	0x0422 01058 (string_algorithms.go:42)	DECQ	DX
	0x0425 01061 (string_algorithms.go:42)	CMPQ	DX, SI
	0x0428 01064 (string_algorithms.go:42)	JGT	1039
	0x042a 01066 (string_algorithms.go:45)	MOVQ	CX, DI
	0x042d 01069 (string_algorithms.go:45)	MOVQ	BX, CX
	0x0430 01072 (string_algorithms.go:45)	MOVQ	AX, BX
	0x0433 01075 (string_algorithms.go:45)	LEAQ	main..autotmp_93+182(SP), AX
	0x043b 01083 (string_algorithms.go:45)	NOP
	0x0440 01088 (string_algorithms.go:45)	CALL	runtime.slicerunetostring(SB)
	0x0445 01093 (string_algorithms.go:45)	MOVQ	AX, main.~r0.ptr+880(SP)
	0x044d 01101 (string_algorithms.go:45)	MOVQ	BX, main.~r0.len+768(SP)
	0x0455 01109 (<unknown line number>)	NOP
	0x0455 01109 (string_algorithms.go:41)	LEAQ	main..autotmp_94+376(SP), AX
	0x045d 01117 (string_algorithms.go:41)	LEAQ	go:string."racecar"(SB), BX
	0x0464 01124 (string_algorithms.go:41)	MOVL	$7, CX
	0x0469 01129 (string_algorithms.go:41)	PCDATA	$1, $7
	0x0469 01129 (string_algorithms.go:41)	CALL	runtime.stringtoslicerune(SB)
	0x046e 01134 (string_algorithms.go:42)	LEAQ	-1(BX), DX
	0x0472 01138 (string_algorithms.go:42)	XORL	SI, SI
	0x0474 01140 (string_algorithms.go:42)	JMP	1164
	0x0476 01142 (string_algorithms.go:43)	MOVL	(AX)(DX*4), R8
	0x047a 01146 (string_algorithms.go:43)	MOVL	(AX)(SI*4), R9
	0x047e 01150 (string_algorithms.go:43)	MOVL	R8, (AX)(SI*4)
	0x0482 01154 (string_algorithms.go:43)	MOVL	R9, (AX)(DX*4)
	0x0486 01158 (string_algorithms.go:42)	INCQ	SI
	0x0489 01161 (string_algorithms.go:42)	DECQ	DX
	0x048c 01164 (string_algorithms.go:42)	CMPQ	DX, SI
	0x048f 01167 (string_algorithms.go:42)	JGT	1142
	0x0491 01169 (string_algorithms.go:45)	MOVQ	CX, DI
	0x0494 01172 (string_algorithms.go:45)	MOVQ	BX, CX
	0x0497 01175 (string_algorithms.go:45)	MOVQ	AX, BX
	0x049a 01178 (string_algorithms.go:45)	LEAQ	main..autotmp_96+150(SP), AX
	0x04a2 01186 (string_algorithms.go:45)	CALL	runtime.slicerunetostring(SB)
	0x04a7 01191 (string_algorithms.go:73)	CMPQ	BX, $7
	0x04ab 01195 (string_algorithms.go:73)	JNE	1222
	0x04ad 01197 (string_algorithms.go:73)	CMPL	(AX), $1701011826
	0x04b3 01203 (string_algorithms.go:73)	JNE	1222
	0x04b5 01205 (string_algorithms.go:73)	CMPW	4(AX), $24931
	0x04bb 01211 (string_algorithms.go:73)	JNE	1222
	0x04bd 01213 (string_algorithms.go:73)	CMPB	6(AX), $114
	0x04c1 01217 (string_algorithms.go:73)	SETEQ	AL
	0x04c4 01220 (string_algorithms.go:73)	JMP	1224
	0x04c6 01222 (string_algorithms.go:73)	XORL	AX, AX
	0x04c8 01224 (string_algorithms.go:73)	MOVB	AL, main..autotmp_146+375(SP)
	0x04cf 01231 (string_algorithms.go:73)	CALL	runtime.printlock(SB)
	0x04d4 01236 (string_algorithms.go:73)	MOVQ	main.~r0.ptr+888(SP), AX
	0x04dc 01244 (string_algorithms.go:73)	MOVQ	main.~r0.len+776(SP), BX
	0x04e4 01252 (string_algorithms.go:73)	PCDATA	$1, $8
	0x04e4 01252 (string_algorithms.go:73)	CALL	runtime.printstring(SB)
	0x04e9 01257 (string_algorithms.go:73)	CALL	runtime.printsp(SB)
	0x04ee 01262 (string_algorithms.go:73)	MOVQ	main.~r0.ptr+880(SP), AX
	0x04f6 01270 (string_algorithms.go:73)	MOVQ	main.~r0.len+768(SP), BX
	0x04fe 01278 (string_algorithms.go:73)	PCDATA	$1, $0
	0x04fe 01278 (string_algorithms.go:73)	NOP
	0x0500 01280 (string_algorithms.go:73)	CALL	runtime.printstring(SB)
	0x0505 01285 (string_algorithms.go:73)	CALL	runtime.printsp(SB)
	0x050a 01290 (string_algorithms.go:73)	MOVBLZX	main..autotmp_146+375(SP), AX
	0x0512 01298 (string_algorithms.go:73)	CALL	runtime.printbool(SB)
	0x0517 01303 (string_algorithms.go:73)	CALL	runtime.printnl(SB)
	0x051c 01308 (string_algorithms.go:73)	NOP
	0x0520 01312 (string_algorithms.go:73)	CALL	runtime.printunlock(SB)
	0x0525 01317 (<unknown line number>)	NOP
	0x0525 01317 (string_algorithms.go:49)	XORL	AX, AX
	0x0527 01319 (string_algorithms.go:49)	JMP	1324
	0x0529 01321 (string_algorithms.go:49)	INCQ	AX
	0x052c 01324 (string_algorithms.go:49)	LEAQ	5(AX), CX
	0x0530 01328 (string_algorithms.go:49)	CMPQ	CX, $19
	0x0534 01332 (string_algorithms.go:49)	JGT	1392
	0x0536 01334 (string_algorithms.go:50)	JHI	2223
	0x053c 01340 (string_algorithms.go:50)	NOP
	0x0540 01344 (string_algorithms.go:50)	CMPQ	AX, CX
	0x0543 01347 (string_algorithms.go:50)	JHI	2218
	0x0549 01353 (string_algorithms.go:50)	LEAQ	go:string."the quick brown fox"(SB), CX
	0x0550 01360 (string_algorithms.go:50)	MOVL	(CX)(AX*1), DX
	0x0553 01363 (string_algorithms.go:50)	MOVBLZX	4(CX)(AX*1), CX
	0x0558 01368 (string_algorithms.go:50)	SHLQ	$32, CX
	0x055c 01372 (string_algorithms.go:50)	ORQ	CX, DX
	0x055f 01375 (string_algorithms.go:50)	MOVQ	$474450195042, CX
	0x0569 01385 (string_algorithms.go:50)	CMPQ	CX, DX
	0x056c 01388 (string_algorithms.go:50)	JNE	1321
	0x056e 01390 (string_algorithms.go:50)	JMP	1399
	0x0570 01392 (string_algorithms.go:50)	MOVQ	$-1, AX
	0x0577 01399 (string_algorithms.go:74)	MOVQ	AX, main.~r0+824(SP)
	0x057f 01407 (<unknown line number>)	NOP
	0x057f 01407 (string_algorithms.go:49)	XORL	CX, CX
	0x0581 01409 (string_algorithms.go:49)	JMP	1414
	0x0583 01411 (string_algorithms.go:49)	MOVQ	DX, CX
	0x0586 01414 (string_algorithms.go:49)	LEAQ	1(CX), DX
	0x058a 01418 (string_algorithms.go:49)	CMPQ	DX, $3
	0x058e 01422 (string_algorithms.go:49)	JGT	1457
	0x0590 01424 (string_algorithms.go:50)	JHI	2213
	0x0596 01430 (string_algorithms.go:50)	CMPQ	CX, DX
	0x0599 01433 (string_algorithms.go:50)	JHI	2205
	0x059f 01439 (string_algorithms.go:50)	LEAQ	go:string."abc"(SB), BX
	0x05a6 01446 (string_algorithms.go:50)	MOVBLZX	(BX)(CX*1), BX
	0x05aa 01450 (string_algorithms.go:50)	CMPB	BL, $100
	0x05ad 01453 (string_algorithms.go:50)	JNE	1411
	0x05af 01455 (string_algorithms.go:50)	JMP	1464
	0x05b1 01457 (string_algorithms.go:50)	MOVQ	$-1, CX
	0x05b8 01464 (string_algorithms.go:74)	MOVQ	CX, main.~r0+816(SP)
	0x05c0 01472 (string_algorithms.go:74)	CALL	runtime.printlock(SB)
	0x05c5 01477 (string_algorithms.go:74)	MOVQ	main.~r0+824(SP), AX
	0x05cd 01485 (string_algorithms.go:74)	CALL	runtime.printint(SB)
	0x05d2 01490 (string_algorithms.go:74)	CALL	runtime.printsp(SB)
	0x05d7 01495 (string_algorithms.go:74)	MOVQ	main.~r0+816(SP), AX
	0x05df 01503 (string_algorithms.go:74)	NOP
	0x05e0 01504 (string_algorithms.go:74)	CALL	runtime.printint(SB)
	0x05e5 01509 (string_algorithms.go:74)	CALL	runtime.printsp(SB)
	0x05ea 01514 (string_algorithms.go:74)	XORL	AX, AX
	0x05ec 01516 (string_algorithms.go:74)	CALL	runtime.printint(SB)
	0x05f1 01521 (string_algorithms.go:74)	CALL	runtime.printnl(SB)
	0x05f6 01526 (string_algorithms.go:74)	CALL	runtime.printunlock(SB)
	0x05fb 01531 (<unknown line number>)	NOP
	0x05fb 01531 (string_algorithms.go:60)	XORL	AX, AX
	0x05fd 01533 (string_algorithms.go:60)	XORL	CX, CX
	0x05ff 01535 (string_algorithms.go:60)	XORL	DX, DX
	0x0601 01537 (string_algorithms.go:60)	XORL	BX, BX
	0x0603 01539 (string_algorithms.go:60)	XORL	SI, SI
	0x0605 01541 (string_algorithms.go:60)	XORL	DI, DI
	0x0607 01543 (string_algorithms.go:60)	JMP	1552
	0x0609 01545 (string_algorithms.go:60)	LEAQ	1(R10), DI
	0x060d 01549 (string_algorithms.go:60)	MOVQ	R9, CX
	0x0610 01552 (string_algorithms.go:60)	CMPQ	DI, $10
	0x0614 01556 (string_algorithms.go:60)	JGE	1833
	0x061a 01562 (string_algorithms.go:61)	LEAQ	go:string."a,bb,,ccc,"(SB), R8
	0x0621 01569 (string_algorithms.go:61)	MOVBLZX	(DI)(R8*1), R9
	0x0626 01574 (string_algorithms.go:61)	CMPB	R9B, $44
	0x062a 01578 (string_algorithms.go:61)	JNE	1822
	0x0630 01584 (string_algorithms.go:62)	CMPQ	DX, DI
	0x0633 01587 (string_algorithms.go:62)	JHI	2200
	0x0639 01593 (string_algorithms.go:62)	LEAQ	1(CX), R9
	0x063d 01597 (string_algorithms.go:62)	MOVQ	DI, R10
	0x0640 01600 (string_algorithms.go:62)	SUBQ	DX, DI
	0x0643 01603 (string_algorithms.go:62)	MOVQ	DI, R11
	0x0646 01606 (string_algorithms.go:62)	NEGQ	DI
	0x0649 01609 (string_algorithms.go:62)	SARQ	$63, DI
	0x064d 01613 (string_algorithms.go:62)	ANDQ	DI, DX
	0x0650 01616 (string_algorithms.go:62)	ADDQ	R8, DX
	0x0653 01619 (string_algorithms.go:62)	CMPQ	AX, R9
	0x0656 01622 (string_algorithms.go:62)	JCC	1775
	0x065c 01628 (string_algorithms.go:60)	MOVQ	R10, main..autotmp_147+872(SP)
	0x0664 01636 (string_algorithms.go:62)	MOVQ	R11, main..autotmp_148+864(SP)
	0x066c 01644 (string_algorithms.go:62)	MOVQ	DX, main..autotmp_149+936(SP)
	0x0674 01652 (string_algorithms.go:60)	MOVB	BL, main..autotmp_150+374(SP)
	0x067b 01659 (string_algorithms.go:60)	NOP
	0x0680 01664 (string_algorithms.go:62)	CMPQ	R9, $2
	0x0684 01668 (string_algorithms.go:62)	JGT	1708
	0x0686 01670 (string_algorithms.go:60)	TESTB	BL, BL
	0x0688 01672 (string_algorithms.go:62)	JNE	1708
	0x068a 01674 (string_algorithms.go:62)	TESTQ	CX, CX
	0x068d 01677 (string_algorithms.go:62)	JNE	1708
	0x068f 01679 (string_algorithms.go:62)	LEAQ	main..autotmp_102+944(SP), SI
	0x0697 01687 (string_algorithms.go:62)	MOVUPS	X15, (SI)
	0x069b 01691 (string_algorithms.go:62)	MOVUPS	X15, 16(SI)
	0x06a0 01696 (string_algorithms.go:62)	MOVL	$2, AX
	0x06a5 01701 (string_algorithms.go:62)	MOVL	$1, BX
	0x06aa 01706 (string_algorithms.go:62)	JMP	1775
	0x06ac 01708 (string_algorithms.go:62)	MOVQ	R9, BX
	0x06af 01711 (string_algorithms.go:62)	MOVQ	AX, CX
	0x06b2 01714 (string_algorithms.go:62)	MOVL	$1, DI
	0x06b7 01719 (string_algorithms.go:62)	MOVQ	SI, AX
	0x06ba 01722 (string_algorithms.go:62)	LEAQ	type:string(SB), SI
	0x06c1 01729 (string_algorithms.go:62)	PCDATA	$1, $9
	0x06c1 01729 (string_algorithms.go:62)	CALL	runtime.growslice(SB)
	0x06c6 01734 (string_algorithms.go:62)	MOVQ	main..autotmp_149+936(SP), DX
	0x06ce 01742 (string_algorithms.go:63)	MOVQ	main..autotmp_147+872(SP), R10
	0x06d6 01750 (string_algorithms.go:62)	MOVQ	main..autotmp_148+864(SP), R11
	0x06de 01758 (string_algorithms.go:63)	MOVQ	BX, R9
	0x06e1 01761 (string_algorithms.go:63)	MOVQ	AX, SI
	0x06e4 01764 (string_algorithms.go:63)	MOVQ	CX, AX
	0x06e7 01767 (string_algorithms.go:63)	MOVBLZX	main..autotmp_150+374(SP), BX
	0x06ef 01775 (string_algorithms.go:62)	LEAQ	-1(R9), CX
	0x06f3 01779 (string_algorithms.go:62)	SHLQ	$4, CX
	0x06f7 01783 (string_algorithms.go:62)	MOVQ	R11, 8(SI)(CX*1)
	0x06fc 01788 (string_algorithms.go:62)	CMPL	runtime.writeBarrier(SB), $0
	0x0703 01795 (string_algorithms.go:62)	PCDATA	$0, $-2
	0x0703 01795 (string_algorithms.go:62)	JEQ	1809
	0x0705 01797 (string_algorithms.go:62)	MOVQ	(SI)(CX*1), R8
	0x0709 01801 (string_algorithms.go:62)	CALL	runtime.gcWriteBarrier1(SB)
	0x070e 01806 (string_algorithms.go:62)	MOVQ	R8, (R11)
	0x0711 01809 (string_algorithms.go:62)	MOVQ	DX, (SI)(CX*1)
	0x0715 01813 (string_algorithms.go:63)	PCDATA	$0, $-1
	0x0715 01813 (string_algorithms.go:63)	LEAQ	1(R10), DX
	0x0719 01817 (string_algorithms.go:63)	JMP	1545
	0x071e 01822 (string_algorithms.go:60)	MOVQ	DI, R10
	0x0721 01825 (<unknown line number>)	MOVQ	CX, R9
	0x0724 01828 (string_algorithms.go:61)	JMP	1545
	0x0729 01833 (string_algorithms.go:66)	CMPQ	DX, $10
	0x072d 01837 (string_algorithms.go:66)	JHI	2195
	0x0733 01843 (string_algorithms.go:66)	LEAQ	1(CX), BX
	0x0737 01847 (string_algorithms.go:66)	LEAQ	-10(DX), R8
	0x073b 01851 (string_algorithms.go:66)	MOVQ	R8, R9
	0x073e 01854 (string_algorithms.go:66)	SARQ	$63, R8
	0x0742 01858 (string_algorithms.go:66)	ANDQ	R8, DX
	0x0745 01861 (string_algorithms.go:66)	LEAQ	go:string."a,bb,,ccc,"(SB), R8
	0x074c 01868 (string_algorithms.go:66)	ADDQ	R8, DX
	0x074f 01871 (string_algorithms.go:66)	CMPQ	AX, BX
	0x0752 01874 (string_algorithms.go:66)	JCC	1934
	0x0754 01876 (string_algorithms.go:66)	MOVQ	R9, main..autotmp_147+872(SP)
	0x075c 01884 (string_algorithms.go:66)	MOVQ	DX, main..autotmp_149+936(SP)
	0x0764 01892 (string_algorithms.go:66)	MOVQ	AX, CX
	0x0767 01895 (string_algorithms.go:66)	MOVL	$1, DI
	0x076c 01900 (string_algorithms.go:66)	MOVQ	SI, AX
	0x076f 01903 (string_algorithms.go:66)	LEAQ	type:string(SB), SI
	0x0776 01910 (string_algorithms.go:66)	CALL	runtime.growslice(SB)
	0x077b 01915 (string_algorithms.go:66)	MOVQ	main..autotmp_149+936(SP), DX
	0x0783 01923 (string_algorithms.go:66)	MOVQ	main..autotmp_147+872(SP), R9
	0x078b 01931 (string_algorithms.go:75)	MOVQ	AX, SI
	0x078e 01934 (string_algorithms.go:66)	LEAQ	-1(BX), AX
	0x0792 01938 (string_algorithms.go:66)	SHLQ	$4, AX
	0x0796 01942 (string_algorithms.go:66)	NEGQ	R9
	0x0799 01945 (string_algorithms.go:66)	MOVQ	R9, 8(SI)(AX*1)
	0x079e 01950 (string_algorithms.go:66)	CMPL	runtime.writeBarrier(SB), $0
	0x07a5 01957 (string_algorithms.go:66)	PCDATA	$0, $-2
	0x07a5 01957 (string_algorithms.go:66)	JEQ	1971
	0x07a7 01959 (string_algorithms.go:66)	MOVQ	(SI)(AX*1), CX
	0x07ab 01963 (string_algorithms.go:66)	CALL	runtime.gcWriteBarrier1(SB)
	0x07b0 01968 (string_algorithms.go:66)	MOVQ	CX, (R11)
	0x07b3 01971 (string_algorithms.go:75)	MOVQ	BX, main.~r0.len+760(SP)
	0x07bb 01979 (string_algorithms.go:66)	MOVQ	DX, (SI)(AX*1)
	0x07bf 01983 (string_algorithms.go:76)	PCDATA	$0, $-1
	0x07bf 01983 (string_algorithms.go:76)	XORL	AX, AX
	0x07c1 01985 (string_algorithms.go:76)	JMP	2144
	0x07c6 01990 (string_algorithms.go:76)	MOVQ	AX, main.i+856(SP)
	0x07ce 01998 (string_algorithms.go:76)	MOVQ	SI, main..autotmp_151+928(SP)
	0x07d6 02006 (string_algorithms.go:76)	MOVQ	(SI), AX
	0x07d9 02009 (string_algorithms.go:76)	MOVQ	AX, main.p.ptr+920(SP)
	0x07e1 02017 (string_algorithms.go:76)	MOVQ	8(SI), AX
	0x07e5 02021 (string_algorithms.go:76)	MOVQ	AX, main.p.len+832(SP)
	0x07ed 02029 (string_algorithms.go:77)	PCDATA	$1, $10
	0x07ed 02029 (string_algorithms.go:77)	CALL	runtime.printlock(SB)
	0x07f2 02034 (string_algorithms.go:77)	MOVQ	main.i+856(SP), AX
	0x07fa 02042 (string_algorithms.go:77)	CALL	runtime.printint(SB)
	0x07ff 02047 (string_algorithms.go:77)	LEAQ	go:string."["(SB), AX
	0x0806 02054 (string_algorithms.go:77)	MOVL	$1, BX
	0x080b 02059 (string_algorithms.go:77)	CALL	runtime.printstring(SB)
	0x0810 02064 (string_algorithms.go:77)	MOVQ	main.p.ptr+920(SP), AX
	0x0818 02072 (string_algorithms.go:77)	MOVQ	main.p.len+832(SP), BX
	0x0820 02080 (string_algorithms.go:77)	PCDATA	$1, $11
	0x0820 02080 (string_algorithms.go:77)	CALL	runtime.printstring(SB)
	0x0825 02085 (string_algorithms.go:77)	LEAQ	go:string."] "(SB), AX
	0x082c 02092 (string_algorithms.go:77)	MOVL	$2, BX
	0x0831 02097 (string_algorithms.go:77)	CALL	runtime.printstring(SB)
	0x0836 02102 (string_algorithms.go:77)	CALL	runtime.printunlock(SB)
	0x083b 02107 (string_algorithms.go:76)	MOVQ	main..autotmp_151+928(SP), SI
	0x0843 02115 (string_algorithms.go:76)	ADDQ	$16, SI
	0x0847 02119 (string_algorithms.go:76)	MOVQ	main.i+856(SP), AX
	0x084f 02127 (string_algorithms.go:76)	INCQ	AX
	0x0852 02130 (string_algorithms.go:76)	MOVQ	main.~r0.len+760(SP), BX
	0x085a 02138 (string_algorithms.go:76)	NOP
	0x0860 02144 (string_algorithms.go:76)	CMPQ	AX, BX
	0x0863 02147 (string_algorithms.go:76)	JLT	1990
	0x0869 02153 (string_algorithms.go:79)	PCDATA	$1, $0
	0x0869 02153 (string_algorithms.go:79)	CALL	runtime.printlock(SB)
	0x086e 02158 (string_algorithms.go:79)	MOVQ	main.~r0.len+760(SP), AX
	0x0876 02166 (string_algorithms.go:79)	CALL	runtime.printint(SB)
	0x087b 02171 (string_algorithms.go:79)	NOP
	0x0880 02176 (string_algorithms.go:79)	CALL	runtime.printnl(SB)
	0x0885 02181 (string_algorithms.go:79)	CALL	runtime.printunlock(SB)
	0x088a 02186 (string_algorithms.go:80)	ADDQ	$976, SP
	0x0891 02193 (string_algorithms.go:80)	POPQ	BP
	0x0892 02194 (string_algorithms.go:80)	RET
	0x0893 02195 (string_algorithms.go:66)	PCDATA	$4, $11712
	0x0893 02195 (string_algorithms.go:66)	CALL	runtime.panicBounds(SB)
	0x0898 02200 (string_algorithms.go:62)	PCDATA	$4, $8274
	0x0898 02200 (string_algorithms.go:62)	CALL	runtime.panicBounds(SB)
	0x089d 02205 (string_algorithms.go:50)	PCDATA	$4, $2442
	0x089d 02205 (string_algorithms.go:50)	NOP
	0x08a0 02208 (string_algorithms.go:50)	CALL	runtime.panicBounds(SB)
	0x08a5 02213 (string_algorithms.go:50)	PCDATA	$4, $3646
	0x08a5 02213 (string_algorithms.go:50)	CALL	runtime.panicBounds(SB)
	0x08aa 02218 (string_algorithms.go:50)	PCDATA	$4, $1218
	0x08aa 02218 (string_algorithms.go:50)	CALL	runtime.panicBounds(SB)
	0x08af 02223 (string_algorithms.go:50)	PCDATA	$4, $22006
	0x08af 02223 (string_algorithms.go:50)	CALL	runtime.panicBounds(SB)
	0x08b4 02228 (string_algorithms.go:16)	LEAQ	48(DI), R9
	0x08b8 02232 (string_algorithms.go:16)	MOVB	R9B, main.buf+69(SP)(SI*1)
	0x08bd 02237 (string_algorithms.go:14)	MOVQ	DX, DI
	0x08c0 02240 (string_algorithms.go:14)	MOVQ	CX, SI
	0x08c3 02243 (string_algorithms.go:31)	MOVQ	BX, DX
	0x08c6 02246 (string_algorithms.go:14)	TESTQ	DI, DI
	0x08c9 02249 (string_algorithms.go:14)	JLS	2294
	0x08cb 02251 (string_algorithms.go:15)	LEAQ	-1(SI), CX
	0x08cf 02255 (string_algorithms.go:16)	MOVQ	$-3689348814741910323, AX
	0x08d9 02265 (string_algorithms.go:31)	MOVQ	DX, BX
	0x08dc 02268 (string_algorithms.go:16)	MULQ	DI
	0x08df 02271 (string_algorithms.go:16)	SHRQ	$3, DX
	0x08e3 02275 (string_algorithms.go:16)	LEAQ	(DX)(DX*1), R9
	0x08e7 02279 (string_algorithms.go:16)	LEAQ	(R9)(R9*4), R9
	0x08eb 02283 (string_algorithms.go:16)	SUBQ	R9, DI
	0x08ee 02286 (string_algorithms.go:16)	CMPQ	CX, $20
	0x08f2 02290 (string_algorithms.go:16)	JCS	2228
	0x08f4 02292 (string_algorithms.go:16)	JMP	2383
	0x08f6 02294 (string_algorithms.go:5)	TESTQ	R8, R8
	0x08f9 02297 (string_algorithms.go:19)	JGE	2317
	0x08fb 02299 (string_algorithms.go:20)	LEAQ	-1(SI), CX
	0x08ff 02303 (string_algorithms.go:20)	NOP
	0x0900 02304 (string_algorithms.go:21)	CMPQ	CX, $20
	0x0904 02308 (string_algorithms.go:21)	JCC	2378
	0x0906 02310 (string_algorithms.go:21)	MOVB	$45, main.buf+69(SP)(SI*1)
	0x090b 02315 (string_algorithms.go:21)	JMP	2320
	0x090d 02317 (string_algorithms.go:23)	MOVQ	SI, CX
	0x0910 02320 (string_algorithms.go:23)	CMPQ	CX, $20
	0x0914 02324 (string_algorithms.go:23)	JHI	2373
	0x0916 02326 (string_algorithms.go:23)	LEAQ	-20(CX), DX
	0x091a 02330 (string_algorithms.go:23)	MOVQ	DX, SI
	0x091d 02333 (string_algorithms.go:23)	NEGQ	DX
	0x0920 02336 (string_algorithms.go:23)	SARQ	$63, SI
	0x0924 02340 (string_algorithms.go:23)	ANDQ	SI, CX
	0x0927 02343 (string_algorithms.go:23)	LEAQ	main.buf+70(SP)(CX*1), BX
	0x092c 02348 (string_algorithms.go:23)	LEAQ	main..autotmp_87+246(SP), AX
	0x0934 02356 (string_algorithms.go:23)	MOVQ	DX, CX
	0x0937 02359 (string_algorithms.go:23)	CALL	runtime.slicebytetostring(SB)
	0x093c 02364 (string_algorithms.go:72)	MOVQ	BX, AX
	0x093f 02367 (string_algorithms.go:72)	NOP
	0x0940 02368 (string_algorithms.go:72)	JMP	791
	0x0945 02373 (string_algorithms.go:23)	PCDATA	$4, $23160
	0x0945 02373 (string_algorithms.go:23)	CALL	runtime.panicBounds(SB)
	0x094a 02378 (string_algorithms.go:21)	PCDATA	$4, $23157
	0x094a 02378 (string_algorithms.go:21)	CALL	runtime.panicBounds(SB)
	0x094f 02383 (string_algorithms.go:16)	PCDATA	$4, $23157
	0x094f 02383 (string_algorithms.go:16)	CALL	runtime.panicBounds(SB)
	0x0954 02388 (string_algorithms.go:21)	PCDATA	$4, $23229
	0x0954 02388 (string_algorithms.go:21)	CALL	runtime.panicBounds(SB)
	0x0959 02393 (string_algorithms.go:16)	PCDATA	$4, $23157
	0x0959 02393 (string_algorithms.go:16)	CALL	runtime.panicBounds(SB)
	0x095e 02398 (string_algorithms.go:23)	PCDATA	$4, $23520
	0x095e 02398 (string_algorithms.go:23)	NOP
	0x0960 02400 (string_algorithms.go:23)	CALL	runtime.panicBounds(SB)
	0x0965 02405 (string_algorithms.go:16)	PCDATA	$4, $23157
	0x0965 02405 (string_algorithms.go:16)	CALL	runtime.panicBounds(SB)
	0x096a 02410 (string_algorithms.go:21)	PCDATA	$4, $23517
	0x096a 02410 (string_algorithms.go:21)	CALL	runtime.panicBounds(SB)
	0x096f 02415 (string_algorithms.go:16)	PCDATA	$4, $23157
	0x096f 02415 (string_algorithms.go:16)	CALL	runtime.panicBounds(SB)
	0x0974 02420 (string_algorithms.go:16)	XCHGL	AX, AX
	0x0975 02421 (string_algorithms.go:16)	NOP
	0x0975 02421 (string_algorithms.go:69)	PCDATA	$1, $-1
	0x0975 02421 (string_algorithms.go:69)	PCDATA	$0, $-2
	0x0975 02421 (string_algorithms.go:69)	CALL	runtime.morestack_noctxt(SB)
	0x097a 02426 (string_algorithms.go:69)	PCDATA	$0, $-1
	0x097a 02426 (string_algorithms.go:69)	JMP	0
	0x0000 4c 8d a4 24 a8 fc ff ff 4d 3b 66 10 0f 86 63 09  L..$....M;f...c.
	0x0010 00 00 55 48 89 e5 48 81 ec d0 03 00 00 48 8d 94  ..UH..H......H..
	0x0020 24 82 00 00 00 44 0f 11 3a 44 0f 11 7a 04 ba 14  $....D..:D..z...
	0x0030 00 00 00 48 be 00 00 00 00 00 00 00 80 eb 12 48  ...H...........H
	0x0040 8d 7e 30 40 88 bc 1c 81 00 00 00 48 89 d6 48 89  .~0@.......H..H.
	0x0050 ca 48 85 f6 76 2f 48 8d 4a ff 48 b8 cd cc cc cc  .H..v/H.J.H.....
	0x0060 cc cc cc cc 48 89 d3 48 f7 e6 48 c1 ea 03 48 8d  ....H..H..H...H.
	0x0070 3c 12 48 8d 3c bf 48 29 fe 48 83 f9 14 72 c0 90  <.H.<.H).H...r..
	0x0080 e9 ea 08 00 00 48 8d 72 ff 48 83 fe 14 0f 83 d7  .....H.r.H......
	0x0090 08 00 00 c6 84 14 81 00 00 00 2d 48 8d 9c 14 81  ..........-H....
	0x00a0 00 00 00 48 8d 4a eb 48 f7 d9 48 8d 84 24 56 01  ...H.J.H..H..$V.
	0x00b0 00 00 e8 00 00 00 00 48 8d 54 24 6e 44 0f 11 3a  .......H.T$nD..:
	0x00c0 44 0f 11 7a 04 48 ba ff ff ff ff ff ff ff 7f be  D..z.H..........
	0x00d0 14 00 00 00 eb 0f 49 83 c0 30 44 88 44 34 6d 48  ......I..0D.D4mH
	0x00e0 89 f8 48 89 ce 48 85 d2 76 36 48 8d 4e ff 48 89  ..H..H..v6H.N.H.
	0x00f0 c7 48 b8 cd cc cc cc cc cc cc cc 49 89 d0 48 f7  .H.........I..H.
	0x0100 e2 48 c1 ea 03 4c 8d 0c 12 4f 8d 0c 89 4d 29 c8  .H...L...O...M).
	0x0110 48 83 f9 14 72 c0 e9 4a 08 00 00 0f 1f 44 00 00  H...r..J.....D..
	0x0120 48 83 fe 14 0f 87 34 08 00 00 48 89 9c 24 28 03  H.....4...H..$(.
	0x0130 00 00 48 89 84 24 90 03 00 00 48 8d 4e ec 48 89  ..H..$....H.N.H.
	0x0140 ca 48 f7 da 48 c1 f9 3f 48 21 ce 48 8d 5c 34 6e  .H..H..?H!.H.\4n
	0x0150 48 8d 84 24 36 01 00 00 48 89 d1 0f 1f 44 00 00  H..$6...H....D..
	0x0160 e8 00 00 00 00 48 8d 54 24 5a 44 0f 11 3a 44 0f  .....H.T$ZD..:D.
	0x0170 11 7a 04 ba 2a 00 00 00 be 14 00 00 00 eb 0f 49  .z..*..........I
	0x0180 83 c0 30 44 88 44 34 59 48 89 f8 48 89 ce 48 85  ..0D.D4YH..H..H.
	0x0190 d2 76 32 48 8d 4e ff 48 89 c7 48 b8 cd cc cc cc  .v2H.N.H..H.....
	0x01a0 cc cc cc cc 49 89 d0 48 f7 e2 48 c1 ea 03 4c 8d  ....I..H..H...L.
	0x01b0 0c 12 4f 8d 0c 89 4d 29 c8 48 83 f9 14 72 c0 90  ..O...M).H...r..
	0x01c0 e9 94 07 00 00 48 8d 56 ff 48 83 fa 14 0f 83 81  .....H.V.H......
	0x01d0 07 00 00 48 89 9c 24 20 03 00 00 48 89 84 24 88  ...H..$ ...H..$.
	0x01e0 03 00 00 c6 44 34 59 2d 48 8d 5c 34 59 48 8d 4e  ....D4Y-H.\4YH.N
	0x01f0 eb 48 f7 d9 48 8d 84 24 16 01 00 00 0f 1f 40 00  .H..H..$......@.
	0x0200 e8 00 00 00 00 48 89 84 24 80 03 00 00 48 89 9c  .....H..$....H..
	0x0210 24 18 03 00 00 e8 00 00 00 00 48 8d 05 00 00 00  $.........H.....
	0x0220 00 bb 01 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0230 48 8b 84 24 90 03 00 00 48 8b 9c 24 28 03 00 00  H..$....H..$(...
	0x0240 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 88 03  ..........H..$..
	0x0250 00 00 48 8b 9c 24 20 03 00 00 e8 00 00 00 00 90  ..H..$ .........
	0x0260 e8 00 00 00 00 48 8b 84 24 80 03 00 00 48 8b 9c  .....H..$....H..
	0x0270 24 18 03 00 00 e8 00 00 00 00 e8 00 00 00 00 90  $...............
	0x0280 e8 00 00 00 00 31 d2 31 c0 eb 17 4c 8d 0c 00 4f  .....1.1...L...O
	0x0290 8d 0c 89 41 83 c0 d0 45 0f b6 c0 4b 8d 04 08 48  ...A...E...K...H
	0x02a0 ff c2 be 02 00 00 00 48 39 d6 7e 1e 48 8d 3d 00  .......H9.~.H.=.
	0x02b0 00 00 00 44 0f b6 04 3a 41 80 f8 30 72 08 66 90  ...D...:A..0r.f.
	0x02c0 41 80 f8 39 76 c5 31 f6 eb 0b 48 c7 c6 ff ff ff  A..9v.1...H.....
	0x02d0 ff 48 0f af f0 48 89 94 24 50 03 00 00 48 89 b4  .H...H..$P...H..
	0x02e0 24 48 03 00 00 48 85 f6 74 28 48 8d 7c 24 46 44  $H...H..t(H.|$FD
	0x02f0 0f 11 3f 44 0f 11 7f 04 48 89 f7 48 f7 de 48 85  ..?D....H..H..H.
	0x0300 ff 49 89 f8 48 0f 4c fe be 14 00 00 00 e9 b4 05  .I..H.L.........
	0x0310 00 00 b8 01 00 00 00 48 89 84 24 10 03 00 00 90  .......H..$.....
	0x0320 e8 00 00 00 00 b8 02 00 00 00 48 8b 8c 24 50 03  ..........H..$P.
	0x0330 00 00 48 39 c8 0f 9e c0 88 44 24 45 48 8d 05 00  ..H9.....D$EH...
	0x0340 00 00 00 bb 05 00 00 00 e8 00 00 00 00 48 8b 84  .............H..
	0x0350 24 48 03 00 00 e8 00 00 00 00 e8 00 00 00 00 0f  $H..............
	0x0360 b6 44 24 45 e8 00 00 00 00 e8 00 00 00 00 48 8b  .D$E..........H.
	0x0370 84 24 10 03 00 00 e8 00 00 00 00 0f 1f 44 00 00  .$...........D..
	0x0380 e8 00 00 00 00 e8 00 00 00 00 48 8d 84 24 78 02  ..........H..$x.
	0x0390 00 00 48 8d 1d 00 00 00 00 b9 08 00 00 00 66 90  ..H...........f.
	0x03a0 e8 00 00 00 00 48 8d 53 ff 31 f6 eb 16 44 8b 04  .....H.S.1...D..
	0x03b0 90 44 8b 0c b0 44 89 04 b0 44 89 0c 90 48 ff c6  .D...D...D...H..
	0x03c0 48 ff ca 48 39 f2 7f e5 48 89 cf 48 89 d9 48 89  H..H9...H..H..H.
	0x03d0 c3 48 8d 84 24 d6 00 00 00 e8 00 00 00 00 48 89  .H..$.........H.
	0x03e0 84 24 78 03 00 00 48 89 9c 24 08 03 00 00 48 8d  .$x...H..$....H.
	0x03f0 84 24 f8 01 00 00 48 8d 1d 00 00 00 00 b9 06 00  .$....H.........
	0x0400 00 00 e8 00 00 00 00 48 8d 53 ff 31 f6 eb 16 44  .......H.S.1...D
	0x0410 8b 04 90 44 8b 0c b0 44 89 04 b0 44 89 0c 90 48  ...D...D...D...H
	0x0420 ff c6 48 ff ca 48 39 f2 7f e5 48 89 cf 48 89 d9  ..H..H9...H..H..
	0x0430 48 89 c3 48 8d 84 24 b6 00 00 00 0f 1f 44 00 00  H..H..$......D..
	0x0440 e8 00 00 00 00 48 89 84 24 70 03 00 00 48 89 9c  .....H..$p...H..
	0x0450 24 00 03 00 00 48 8d 84 24 78 01 00 00 48 8d 1d  $....H..$x...H..
	0x0460 00 00 00 00 b9 07 00 00 00 e8 00 00 00 00 48 8d  ..............H.
	0x0470 53 ff 31 f6 eb 16 44 8b 04 90 44 8b 0c b0 44 89  S.1...D...D...D.
	0x0480 04 b0 44 89 0c 90 48 ff c6 48 ff ca 48 39 f2 7f  ..D...H..H..H9..
	0x0490 e5 48 89 cf 48 89 d9 48 89 c3 48 8d 84 24 96 00  .H..H..H..H..$..
	0x04a0 00 00 e8 00 00 00 00 48 83 fb 07 75 19 81 38 72  .......H...u..8r
	0x04b0 61 63 65 75 11 66 81 78 04 63 61 75 09 80 78 06  aceu.f.x.cau..x.
	0x04c0 72 0f 94 c0 eb 02 31 c0 88 84 24 77 01 00 00 e8  r.....1...$w....
	0x04d0 00 00 00 00 48 8b 84 24 78 03 00 00 48 8b 9c 24  ....H..$x...H..$
	0x04e0 08 03 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x04f0 84 24 70 03 00 00 48 8b 9c 24 00 03 00 00 66 90  .$p...H..$....f.
	0x0500 e8 00 00 00 00 e8 00 00 00 00 0f b6 84 24 77 01  .............$w.
	0x0510 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0520 e8 00 00 00 00 31 c0 eb 03 48 ff c0 48 8d 48 05  .....1...H..H.H.
	0x0530 48 83 f9 13 7f 3a 0f 87 73 03 00 00 0f 1f 40 00  H....:..s.....@.
	0x0540 48 39 c8 0f 87 61 03 00 00 48 8d 0d 00 00 00 00  H9...a...H......
	0x0550 8b 14 01 0f b6 4c 01 04 48 c1 e1 20 48 09 ca 48  .....L..H.. H..H
	0x0560 b9 62 72 6f 77 6e 00 00 00 48 39 d1 75 bb eb 07  .brown...H9.u...
	0x0570 48 c7 c0 ff ff ff ff 48 89 84 24 38 03 00 00 31  H......H..$8...1
	0x0580 c9 eb 03 48 89 d1 48 8d 51 01 48 83 fa 03 7f 21  ...H..H.Q.H....!
	0x0590 0f 87 0f 03 00 00 48 39 d1 0f 87 fe 02 00 00 48  ......H9.......H
	0x05a0 8d 1d 00 00 00 00 0f b6 1c 0b 80 fb 64 75 d4 eb  ............du..
	0x05b0 07 48 c7 c1 ff ff ff ff 48 89 8c 24 30 03 00 00  .H......H..$0...
	0x05c0 e8 00 00 00 00 48 8b 84 24 38 03 00 00 e8 00 00  .....H..$8......
	0x05d0 00 00 e8 00 00 00 00 48 8b 84 24 30 03 00 00 90  .......H..$0....
	0x05e0 e8 00 00 00 00 e8 00 00 00 00 31 c0 e8 00 00 00  ..........1.....
	0x05f0 00 e8 00 00 00 00 e8 00 00 00 00 31 c0 31 c9 31  ...........1.1.1
	0x0600 d2 31 db 31 f6 31 ff eb 07 49 8d 7a 01 4c 89 c9  .1.1.1...I.z.L..
	0x0610 48 83 ff 0a 0f 8d 0f 01 00 00 4c 8d 05 00 00 00  H.........L.....
	0x0620 00 46 0f b6 0c 07 41 80 f9 2c 0f 85 ee 00 00 00  .F....A..,......
	0x0630 48 39 fa 0f 87 5f 02 00 00 4c 8d 49 01 49 89 fa  H9..._...L.I.I..
	0x0640 48 29 d7 49 89 fb 48 f7 df 48 c1 ff 3f 48 21 fa  H).I..H..H..?H!.
	0x0650 4c 01 c2 4c 39 c8 0f 83 93 00 00 00 4c 89 94 24  L..L9.......L..$
	0x0660 68 03 00 00 4c 89 9c 24 60 03 00 00 48 89 94 24  h...L..$`...H..$
	0x0670 a8 03 00 00 88 9c 24 76 01 00 00 0f 1f 44 00 00  ......$v.....D..
	0x0680 49 83 f9 02 7f 26 84 db 75 22 48 85 c9 75 1d 48  I....&..u"H..u.H
	0x0690 8d b4 24 b0 03 00 00 44 0f 11 3e 44 0f 11 7e 10  ..$....D..>D..~.
	0x06a0 b8 02 00 00 00 bb 01 00 00 00 eb 43 4c 89 cb 48  ...........CL..H
	0x06b0 89 c1 bf 01 00 00 00 48 89 f0 48 8d 35 00 00 00  .......H..H.5...
	0x06c0 00 e8 00 00 00 00 48 8b 94 24 a8 03 00 00 4c 8b  ......H..$....L.
	0x06d0 94 24 68 03 00 00 4c 8b 9c 24 60 03 00 00 49 89  .$h...L..$`...I.
	0x06e0 d9 48 89 c6 48 89 c8 0f b6 9c 24 76 01 00 00 49  .H..H.....$v...I
	0x06f0 8d 49 ff 48 c1 e1 04 4c 89 5c 0e 08 83 3d 00 00  .I.H...L.\...=..
	0x0700 00 00 00 74 0c 4c 8b 04 0e e8 00 00 00 00 4d 89  ...t.L........M.
	0x0710 03 48 89 14 0e 49 8d 52 01 e9 eb fe ff ff 49 89  .H...I.R......I.
	0x0720 fa 49 89 c9 e9 e0 fe ff ff 48 83 fa 0a 0f 87 60  .I.......H.....`
	0x0730 01 00 00 48 8d 59 01 4c 8d 42 f6 4d 89 c1 49 c1  ...H.Y.L.B.M..I.
	0x0740 f8 3f 4c 21 c2 4c 8d 05 00 00 00 00 4c 01 c2 48  .?L!.L......L..H
	0x0750 39 d8 73 3a 4c 89 8c 24 68 03 00 00 48 89 94 24  9.s:L..$h...H..$
	0x0760 a8 03 00 00 48 89 c1 bf 01 00 00 00 48 89 f0 48  ....H.......H..H
	0x0770 8d 35 00 00 00 00 e8 00 00 00 00 48 8b 94 24 a8  .5.........H..$.
	0x0780 03 00 00 4c 8b 8c 24 68 03 00 00 48 89 c6 48 8d  ...L..$h...H..H.
	0x0790 43 ff 48 c1 e0 04 49 f7 d9 4c 89 4c 06 08 83 3d  C.H...I..L.L...=
	0x07a0 00 00 00 00 00 74 0c 48 8b 0c 06 e8 00 00 00 00  .....t.H........
	0x07b0 49 89 0b 48 89 9c 24 f8 02 00 00 48 89 14 06 31  I..H..$....H...1
	0x07c0 c0 e9 9a 00 00 00 48 89 84 24 58 03 00 00 48 89  ......H..$X...H.
	0x07d0 b4 24 a0 03 00 00 48 8b 06 48 89 84 24 98 03 00  .$....H..H..$...
	0x07e0 00 48 8b 46 08 48 89 84 24 40 03 00 00 e8 00 00  .H.F.H..$@......
	0x07f0 00 00 48 8b 84 24 58 03 00 00 e8 00 00 00 00 48  ..H..$X........H
	0x0800 8d 05 00 00 00 00 bb 01 00 00 00 e8 00 00 00 00  ................
	0x0810 48 8b 84 24 98 03 00 00 48 8b 9c 24 40 03 00 00  H..$....H..$@...
	0x0820 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 02 00 00  .....H..........
	0x0830 00 e8 00 00 00 00 e8 00 00 00 00 48 8b b4 24 a0  ...........H..$.
	0x0840 03 00 00 48 83 c6 10 48 8b 84 24 58 03 00 00 48  ...H...H..$X...H
	0x0850 ff c0 48 8b 9c 24 f8 02 00 00 66 0f 1f 44 00 00  ..H..$....f..D..
	0x0860 48 39 d8 0f 8c 5d ff ff ff e8 00 00 00 00 48 8b  H9...]........H.
	0x0870 84 24 f8 02 00 00 e8 00 00 00 00 0f 1f 44 00 00  .$...........D..
	0x0880 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 d0 03 00  ..........H.....
	0x0890 00 5d c3 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  .]..............
	0x08a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x08b0 00 00 00 00 4c 8d 4f 30 44 88 4c 34 45 48 89 d7  ....L.O0D.L4EH..
	0x08c0 48 89 ce 48 89 da 48 85 ff 76 2b 48 8d 4e ff 48  H..H..H..v+H.N.H
	0x08d0 b8 cd cc cc cc cc cc cc cc 48 89 d3 48 f7 e7 48  .........H..H..H
	0x08e0 c1 ea 03 4c 8d 0c 12 4f 8d 0c 89 4c 29 cf 48 83  ...L...O...L).H.
	0x08f0 f9 14 72 c0 eb 59 4d 85 c0 7d 12 48 8d 4e ff 90  ..r..YM..}.H.N..
	0x0900 48 83 f9 14 73 44 c6 44 34 45 2d eb 03 48 89 f1  H...sD.D4E-..H..
	0x0910 48 83 f9 14 77 2f 48 8d 51 ec 48 89 d6 48 f7 da  H...w/H.Q.H..H..
	0x0920 48 c1 fe 3f 48 21 f1 48 8d 5c 0c 46 48 8d 84 24  H..?H!.H.\.FH..$
	0x0930 f6 00 00 00 48 89 d1 e8 00 00 00 00 48 89 d8 90  ....H.......H...
	0x0940 e9 d2 f9 ff ff e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x0950 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0960 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x0970 00 00 00 00 90 e8 00 00 00 00 e9 81 f6 ff ff     ...............
	rel 179+4 t=R_CALL runtime.slicebytetostring+0
	rel 353+4 t=R_CALL runtime.slicebytetostring+0
	rel 513+4 t=R_CALL runtime.slicebytetostring+0
	rel 534+4 t=R_CALL runtime.printlock+0
	rel 541+4 t=R_PCREL go:string."0"+0
	rel 551+4 t=R_CALL runtime.printstring+0
	rel 556+4 t=R_CALL runtime.printsp+0
	rel 577+4 t=R_CALL runtime.printstring+0
	rel 582+4 t=R_CALL runtime.printsp+0
	rel 603+4 t=R_CALL runtime.printstring+0
	rel 609+4 t=R_CALL runtime.printsp+0
	rel 630+4 t=R_CALL runtime.printstring+0
	rel 635+4 t=R_CALL runtime.printnl+0
	rel 641+4 t=R_CALL runtime.printunlock+0
	rel 687+4 t=R_PCREL go:string."-77"+1
	rel 801+4 t=R_CALL runtime.printlock+0
	rel 831+4 t=R_PCREL go:string."atoi "+0
	rel 841+4 t=R_CALL runtime.printstring+0
	rel 854+4 t=R_CALL runtime.printint+0
	rel 859+4 t=R_CALL runtime.printsp+0
	rel 869+4 t=R_CALL runtime.printbool+0
	rel 874+4 t=R_CALL runtime.printsp+0
	rel 887+4 t=R_CALL runtime.printint+0
	rel 897+4 t=R_CALL runtime.printnl+0
	rel 902+4 t=R_CALL runtime.printunlock+0
	rel 917+4 t=R_PCREL go:string."stressed"+0
	rel 929+4 t=R_CALL runtime.stringtoslicerune+0
	rel 986+4 t=R_CALL runtime.slicerunetostring+0
	rel 1017+4 t=R_PCREL go:string."añ世"+0
	rel 1027+4 t=R_CALL runtime.stringtoslicerune+0
	rel 1089+4 t=R_CALL runtime.slicerunetostring+0
	rel 1120+4 t=R_PCREL go:string."racecar"+0
	rel 1130+4 t=R_CALL runtime.stringtoslicerune+0
	rel 1187+4 t=R_CALL runtime.slicerunetostring+0
	rel 1232+4 t=R_CALL runtime.printlock+0
	rel 1253+4 t=R_CALL runtime.printstring+0
	rel 1258+4 t=R_CALL runtime.printsp+0
	rel 1281+4 t=R_CALL runtime.printstring+0
	rel 1286+4 t=R_CALL runtime.printsp+0
	rel 1299+4 t=R_CALL runtime.printbool+0
	rel 1304+4 t=R_CALL runtime.printnl+0
	rel 1313+4 t=R_CALL runtime.printunlock+0
	rel 1356+4 t=R_PCREL go:string."the quick brown fox"+0
	rel 1442+4 t=R_PCREL go:string."abc"+0
	rel 1473+4 t=R_CALL runtime.printlock+0
	rel 1486+4 t=R_CALL runtime.printint+0
	rel 1491+4 t=R_CALL runtime.printsp+0
	rel 1505+4 t=R_CALL runtime.printint+0
	rel 1510+4 t=R_CALL runtime.printsp+0
	rel 1517+4 t=R_CALL runtime.printint+0
	rel 1522+4 t=R_CALL runtime.printnl+0
	rel 1527+4 t=R_CALL runtime.printunlock+0
	rel 1565+4 t=R_PCREL go:string."a,bb,,ccc,"+0
	rel 1725+4 t=R_PCREL type:string+0
	rel 1730+4 t=R_CALL runtime.growslice+0
	rel 1790+4 t=R_PCREL runtime.writeBarrier+-1
	rel 1802+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 1864+4 t=R_PCREL go:string."a,bb,,ccc,"+0
	rel 1906+4 t=R_PCREL type:string+0
	rel 1911+4 t=R_CALL runtime.growslice+0
	rel 1952+4 t=R_PCREL runtime.writeBarrier+-1
	rel 1964+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 2030+4 t=R_CALL runtime.printlock+0
	rel 2043+4 t=R_CALL runtime.printint+0
	rel 2050+4 t=R_PCREL go:string."["+0
	rel 2060+4 t=R_CALL runtime.printstring+0
	rel 2081+4 t=R_CALL runtime.printstring+0
	rel 2088+4 t=R_PCREL go:string."] "+0
	rel 2098+4 t=R_CALL runtime.printstring+0
	rel 2103+4 t=R_CALL runtime.printunlock+0
	rel 2154+4 t=R_CALL runtime.printlock+0
	rel 2167+4 t=R_CALL runtime.printint+0
	rel 2177+4 t=R_CALL runtime.printnl+0
	rel 2182+4 t=R_CALL runtime.printunlock+0
	rel 2196+4 t=R_CALL runtime.panicBounds+0
	rel 2201+4 t=R_CALL runtime.panicBounds+0
	rel 2209+4 t=R_CALL runtime.panicBounds+0
	rel 2214+4 t=R_CALL runtime.panicBounds+0
	rel 2219+4 t=R_CALL runtime.panicBounds+0
	rel 2224+4 t=R_CALL runtime.panicBounds+0
	rel 2360+4 t=R_CALL runtime.slicebytetostring+0
	rel 2374+4 t=R_CALL runtime.panicBounds+0
	rel 2379+4 t=R_CALL runtime.panicBounds+0
	rel 2384+4 t=R_CALL runtime.panicBounds+0
	rel 2389+4 t=R_CALL runtime.panicBounds+0
	rel 2394+4 t=R_CALL runtime.panicBounds+0
	rel 2401+4 t=R_CALL runtime.panicBounds+0
	rel 2406+4 t=R_CALL runtime.panicBounds+0
	rel 2411+4 t=R_CALL runtime.panicBounds+0
	rel 2416+4 t=R_CALL runtime.panicBounds+0
	rel 2422+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.itoa$abstract SDWARFABSFCN dupok size=59 align=0x0
	0x0000 05 6d 61 69 6e 2e 69 74 6f 61 00 01 04 01 22 6e  .main.itoa...."n
	0x0010 00 00 00 00 00 00 21 62 75 66 00 08 00 00 00 00  ......!buf......
	0x0020 21 69 00 09 00 00 00 00 21 6e 65 67 00 0a 00 00  !i......!neg....
	0x0030 00 00 21 75 00 0a 00 00 00 00 00                 ..!u.......
	rel 18+4 t=R_DWARFSECREF go:info.int+0
	rel 28+4 t=R_DWARFSECREF go:info.[20]uint8+0
	rel 36+4 t=R_DWARFSECREF go:info.int+0
	rel 46+4 t=R_DWARFSECREF go:info.bool+0
	rel 54+4 t=R_DWARFSECREF go:info.uint64+0
go:info.main.atoi$abstract SDWARFABSFCN dupok size=59 align=0x0
	0x0000 05 6d 61 69 6e 2e 61 74 6f 69 00 01 1a 01 22 73  .main.atoi...."s
	0x0010 00 00 00 00 00 00 22 6e 00 01 00 00 00 00 22 6f  ......"n......"o
	0x0020 6b 00 01 00 00 00 00 21 73 69 67 6e 00 1b 00 00  k......!sign....
	0x0030 00 00 21 69 00 1f 00 00 00 00 00                 ..!i.......
	rel 18+4 t=R_DWARFSECREF go:info.string+0
	rel 26+4 t=R_DWARFSECREF go:info.int+0
	rel 35+4 t=R_DWARFSECREF go:info.bool+0
	rel 46+4 t=R_DWARFSECREF go:info.int+0
	rel 54+4 t=R_DWARFSECREF go:info.int+0
go:info.main.reverse$abstract SDWARFABSFCN dupok size=50 align=0x0
	0x0000 05 6d 61 69 6e 2e 72 65 76 65 72 73 65 00 01 28  .main.reverse..(
	0x0010 01 22 73 00 00 00 00 00 00 21 72 00 29 00 00 00  ."s......!r.)...
	0x0020 00 21 69 00 2a 00 00 00 00 21 6a 00 2a 00 00 00  .!i.*....!j.*...
	0x0030 00 00                                            ..
	rel 21+4 t=R_DWARFSECREF go:info.string+0
	rel 29+4 t=R_DWARFSECREF go:info.[]int32+0
	rel 37+4 t=R_DWARFSECREF go:info.int+0
	rel 45+4 t=R_DWARFSECREF go:info.int+0
go:info.main.index$abstract SDWARFABSFCN dupok size=42 align=0x0
	0x0000 05 6d 61 69 6e 2e 69 6e 64 65 78 00 01 30 01 22  .main.index..0."
	0x0010 73 00 00 00 00 00 00 22 73 75 62 00 00 00 00 00  s......"sub.....
	0x0020 00 21 69 00 31 00 00 00 00 00                    .!i.1.....
	rel 19+4 t=R_DWARFSECREF go:info.string+0
	rel 29+4 t=R_DWARFSECREF go:info.string+0
	rel 37+4 t=R_DWARFSECREF go:info.int+0
go:info.main.split$abstract SDWARFABSFCN dupok size=64 align=0x0
	0x0000 05 6d 61 69 6e 2e 73 70 6c 69 74 00 01 39 01 22  .main.split..9."
	0x0010 73 00 00 00 00 00 00 22 73 65 70 00 00 00 00 00  s......"sep.....
	0x0020 00 21 6f 75 74 00 3a 00 00 00 00 21 73 74 61 72  .!out.:....!star
	0x0030 74 00 3b 00 00 00 00 21 69 00 3c 00 00 00 00 00  t.;....!i.<.....
	rel 19+4 t=R_DWARFSECREF go:info.string+0
	rel 29+4 t=R_DWARFSECREF go:info.uint8+0
	rel 39+4 t=R_DWARFSECREF go:info.[]string+0
	rel 51+4 t=R_DWARFSECREF go:info.int+0
	rel 59+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."0" SRODATA dupok size=1 align=0x1
	0x0000 30                                               0
go:string."-77" SRODATA dupok size=3 align=0x1
	0x0000 2d 37 37                                         -77
go:string."atoi" SRODATA dupok size=4 align=0x1
	0x0000 61 74 6f 69                                      atoi
go:string."atoi " SRODATA dupok size=5 align=0x1
	0x0000 61 74 6f 69 20                                   atoi 
go:string."stressed" SRODATA dupok size=8 align=0x1
	0x0000 73 74 72 65 73 73 65 64                          stressed
go:string."añ世" SRODATA dupok size=6 align=0x1
	0x0000 61 c3 b1 e4 b8 96                                a.....
go:string."racecar" SRODATA dupok size=7 align=0x1
	0x0000 72 61 63 65 63 61 72                             racecar
go:string."the quick brown fox" SRODATA dupok size=19 align=0x1
	0x0000 74 68 65 20 71 75 69 63 6b 20 62 72 6f 77 6e 20  the quick brown 
	0x0010 66 6f 78                                         fox
go:string."brown" SRODATA dupok size=5 align=0x1
	0x0000 62 72 6f 77 6e                                   brown
go:string."abc" SRODATA dupok size=3 align=0x1
	0x0000 61 62 63                                         abc
go:string."d" SRODATA dupok size=1 align=0x1
	0x0000 64                                               d
go:string."aaa" SRODATA dupok size=3 align=0x1
	0x0000 61 61 61                                         aaa
go:string."a,bb,,ccc," SRODATA dupok size=10 align=0x1
	0x0000 61 2c 62 62 2c 2c 63 63 63 2c                    a,bb,,ccc,
go:string."[" SRODATA dupok size=1 align=0x1
	0x0000 5b                                               [
go:string."] " SRODATA dupok size=2 align=0x1
	0x0000 5d 20                                            ] 
type:.eqfunc.M20 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 14 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*[20]uint8- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 32 30 5d 75 69 6e 74 38              ..*[20]uint8
type:*[20]uint8 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 55 e7 d3 e2 28 08 08 16 00 00 00 00 00 00 00 00  U...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[20]uint8-+0
	rel 48+8 t=R_ADDR type:[20]uint8+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[20]uint8 SRODATA dupok size=72 align=0x8
	0x0000 14 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 41 0d 4c 5d 0a 01 01 11 00 00 00 00 00 00 00 00  A.L]............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 14 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M20+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[20]uint8-+0
	rel 44+4 t=RelocType(-32763) type:*[20]uint8+0
	rel 48+8 t=R_ADDR type:uint8+0
	rel 56+8 t=R_ADDR type:[]uint8+0
runtime.gcbits.0500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.itoa.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.itoa.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.atoi.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.atoi.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.reverse.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.reverse.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·itaneJMpbAudh9zNu5JnHA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 05 00                    ..........
main.index.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 fd fe 10 08 18 08 fd ff           .............
main.index.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·bUB0t99dbIOHL9YDh6V0CA== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 01 00 00 00 01 01 00 00              ............
gclocals·w8PmiDgPJpMTmudlX/1Vuw== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 01 00 00 00 00 01 01 00              ............
main.split.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 fd 10 01 ff                       .........
main.split.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·3Q3eJ6/uTVN8rJbYXWVG+A== SRODATA dupok size=8 align=0x4
	0x0000 0c 00 00 00 00 00 00 00                          ........
gclocals·HrUu51a30G5OABgeprYFTQ== SRODATA dupok size=32 align=0x4
	0x0000 0c 00 00 00 0c 00 00 00 00 00 10 00 18 00 1c 00  ................
	0x0010 0c 00 04 00 02 00 03 00 01 00 80 00 60 00 40 00  ............`.@.
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e0 ff ff ff 20 00 00 00  ............ ...
	0x0010 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0500000000000000+0
