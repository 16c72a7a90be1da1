funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (int_overflow_wrap.go:13)	TEXT	main.main(SB), ABIInternal, $104-0
     0        00000 (int_overflow_wrap.go:13)	TEXT	main.main(SB), ABIInternal, $104-0
     0     -1 00000 (int_overflow_wrap.go:13)	CMPQ	SP, 16(R14)
     4        00004 (int_overflow_wrap.go:13)	PCDATA	$0, $-2
     4        00004 (int_overflow_wrap.go:13)	JLS	1176
     a        00010 (int_overflow_wrap.go:13)	PCDATA	$0, $-1
     a        00010 (int_overflow_wrap.go:13)	PUSHQ	BP
     b        00011 (int_overflow_wrap.go:13)	MOVQ	SP, BP
     e        00014 (int_overflow_wrap.go:13)	SUBQ	$96, SP
    12        00018 (int_overflow_wrap.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (int_overflow_wrap.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (int_overflow_wrap.go:14)	MOVL	$127, AX
    17        00023 (int_overflow_wrap.go:14)	PCDATA	$1, $0
    17        00023 (int_overflow_wrap.go:14)	CALL	main.id8(SB)
    1c        00028 (int_overflow_wrap.go:14)	MOVB	AL, main.i8+15(SP)
    20        00032 (int_overflow_wrap.go:16)	MOVL	$-128, AX
    25        00037 (int_overflow_wrap.go:16)	CALL	main.id8(SB)
    2a        00042 (int_overflow_wrap.go:16)	MOVB	AL, main..autotmp_48+19(SP)
    2e        00046 (int_overflow_wrap.go:16)	MOVL	$-128, AX
    33        00051 (int_overflow_wrap.go:16)	CALL	main.id8(SB)
    38        00056 (int_overflow_wrap.go:16)	MOVB	AL, main..autotmp_49+18(SP)
    3c        00060 (int_overflow_wrap.go:16)	MOVL	$100, AX
    41        00065 (int_overflow_wrap.go:16)	CALL	main.id8(SB)
    46        00070 (int_overflow_wrap.go:16)	MOVB	AL, main..autotmp_50+17(SP)
    4a        00074 (int_overflow_wrap.go:16)	MOVL	$100, AX
    4f        00079 (int_overflow_wrap.go:16)	CALL	main.id8(SB)
    54        00084 (int_overflow_wrap.go:16)	MOVB	AL, main..autotmp_51+16(SP)
    58        00088 (int_overflow_wrap.go:16)	CALL	runtime.printlock(SB)
    5d        00093 (int_overflow_wrap.go:15)	MOVBLZX	main.i8+15(SP), CX
    62        00098 (int_overflow_wrap.go:15)	INCL	CX
    64        00100 (int_overflow_wrap.go:16)	MOVBQSX	CL, AX
    68        00104 (int_overflow_wrap.go:16)	CALL	runtime.printint(SB)
    6d        00109 (int_overflow_wrap.go:16)	CALL	runtime.printsp(SB)
    72        00114 (int_overflow_wrap.go:16)	MOVBLZX	main..autotmp_48+19(SP), CX
    77        00119 (int_overflow_wrap.go:16)	NEGL	CX
    79        00121 (int_overflow_wrap.go:16)	MOVBQSX	CL, AX
    7d        00125 (int_overflow_wrap.go:16)	NOP
    80        00128 (int_overflow_wrap.go:16)	CALL	runtime.printint(SB)
    85        00133 (int_overflow_wrap.go:16)	CALL	runtime.printsp(SB)
    8a        00138 (int_overflow_wrap.go:16)	MOVBLZX	main..autotmp_49+18(SP), CX
    8f        00143 (int_overflow_wrap.go:16)	NEGL	CX
    91        00145 (int_overflow_wrap.go:16)	MOVBQSX	CL, AX
    95        00149 (int_overflow_wrap.go:16)	CALL	runtime.printint(SB)
    9a        00154 (int_overflow_wrap.go:16)	CALL	runtime.printsp(SB)
    9f        00159 (int_overflow_wrap.go:16)	MOVBLZX	main..autotmp_51+16(SP), CX
    a4        00164 (int_overflow_wrap.go:16)	MOVBLZX	main..autotmp_50+17(SP), DX
    a9        00169 (int_overflow_wrap.go:16)	ADDL	DX, CX
    ab        00171 (int_overflow_wrap.go:16)	MOVBQSX	CL, AX
    af        00175 (int_overflow_wrap.go:16)	CALL	runtime.printint(SB)
    b4        00180 (int_overflow_wrap.go:16)	CALL	runtime.printnl(SB)
    b9        00185 (int_overflow_wrap.go:16)	CALL	runtime.printunlock(SB)
    be        00190 (int_overflow_wrap.go:19)	XORL	AX, AX
    c0        00192 (int_overflow_wrap.go:19)	CALL	main.idu(SB)
    c5        00197 (int_overflow_wrap.go:19)	MOVQ	AX, main..autotmp_52+88(SP)
    ca        00202 (int_overflow_wrap.go:19)	CALL	runtime.printlock(SB)
    cf        00207 (int_overflow_wrap.go:19)	XORL	AX, AX
    d1        00209 (int_overflow_wrap.go:19)	CALL	runtime.printuint(SB)
    d6        00214 (int_overflow_wrap.go:19)	CALL	runtime.printsp(SB)
    db        00219 (int_overflow_wrap.go:19)	MOVQ	main..autotmp_52+88(SP), CX
    e0        00224 (int_overflow_wrap.go:19)	DECL	CX
    e2        00226 (int_overflow_wrap.go:19)	MOVBLZX	CL, AX
    e5        00229 (int_overflow_wrap.go:19)	CALL	runtime.printuint(SB)
    ea        00234 (int_overflow_wrap.go:19)	CALL	runtime.printnl(SB)
    ef        00239 (int_overflow_wrap.go:19)	CALL	runtime.printunlock(SB)
    f4        00244 (int_overflow_wrap.go:21)	MOVL	$1, AX
    f9        00249 (int_overflow_wrap.go:21)	CALL	main.id64(SB)
    fe        00254 (int_overflow_wrap.go:21)	MOVQ	AX, main..autotmp_53+80(SP)
   103        00259 (int_overflow_wrap.go:22)	CALL	runtime.printlock(SB)
   108        00264 (int_overflow_wrap.go:21)	MOVQ	main..autotmp_53+80(SP), CX
   10d        00269 (int_overflow_wrap.go:21)	ADDL	$32767, CX
   113        00275 (int_overflow_wrap.go:22)	MOVWQSX	CX, AX
   117        00279 (int_overflow_wrap.go:22)	CALL	runtime.printint(SB)
   11c        00284 (int_overflow_wrap.go:22)	NOP
   120        00288 (int_overflow_wrap.go:22)	CALL	runtime.printnl(SB)
   125        00293 (int_overflow_wrap.go:22)	CALL	runtime.printunlock(SB)
   12a        00298 (int_overflow_wrap.go:24)	MOVL	$1, AX
   12f        00303 (int_overflow_wrap.go:24)	CALL	main.id64(SB)
   134        00308 (int_overflow_wrap.go:24)	MOVQ	AX, main..autotmp_53+80(SP)
   139        00313 (int_overflow_wrap.go:25)	CALL	runtime.printlock(SB)
   13e        00318 (int_overflow_wrap.go:24)	MOVQ	main..autotmp_53+80(SP), CX
   143        00323 (int_overflow_wrap.go:24)	NEGL	CX
   145        00325 (int_overflow_wrap.go:25)	MOVWLZX	CX, AX
   148        00328 (int_overflow_wrap.go:25)	CALL	runtime.printuint(SB)
   14d        00333 (int_overflow_wrap.go:25)	CALL	runtime.printnl(SB)
   152        00338 (int_overflow_wrap.go:25)	CALL	runtime.printunlock(SB)
   157        00343 (int_overflow_wrap.go:27)	MOVL	$1, AX
   15c        00348 (int_overflow_wrap.go:27)	NOP
   160        00352 (int_overflow_wrap.go:27)	CALL	main.id64(SB)
   165        00357 (int_overflow_wrap.go:27)	MOVQ	AX, main..autotmp_53+80(SP)
   16a        00362 (int_overflow_wrap.go:28)	MOVL	$2147483648, AX
   16f        00367 (int_overflow_wrap.go:28)	CALL	main.id64(SB)
   174        00372 (int_overflow_wrap.go:28)	MOVQ	AX, main..autotmp_54+72(SP)
   179        00377 (int_overflow_wrap.go:28)	MOVQ	$-2147483649, AX
   183        00387 (int_overflow_wrap.go:28)	CALL	main.id64(SB)
   188        00392 (int_overflow_wrap.go:28)	MOVQ	AX, main..autotmp_55+64(SP)
   18d        00397 (int_overflow_wrap.go:28)	CALL	runtime.printlock(SB)
   192        00402 (int_overflow_wrap.go:27)	MOVQ	main..autotmp_53+80(SP), CX
   197        00407 (int_overflow_wrap.go:27)	ADDL	$2147483647, CX
   19d        00413 (int_overflow_wrap.go:28)	MOVLQSX	CX, AX
   1a0        00416 (int_overflow_wrap.go:28)	CALL	runtime.printint(SB)
   1a5        00421 (int_overflow_wrap.go:28)	CALL	runtime.printsp(SB)
   1aa        00426 (int_overflow_wrap.go:28)	MOVQ	main..autotmp_54+72(SP), CX
   1af        00431 (int_overflow_wrap.go:28)	MOVLQSX	CX, AX
   1b2        00434 (int_overflow_wrap.go:28)	CALL	runtime.printint(SB)
   1b7        00439 (int_overflow_wrap.go:28)	CALL	runtime.printsp(SB)
   1bc        00444 (int_overflow_wrap.go:28)	MOVQ	main..autotmp_55+64(SP), CX
   1c1        00449 (int_overflow_wrap.go:28)	MOVLQSX	CX, AX
   1c4        00452 (int_overflow_wrap.go:28)	CALL	runtime.printint(SB)
   1c9        00457 (int_overflow_wrap.go:28)	CALL	runtime.printnl(SB)
   1ce        00462 (int_overflow_wrap.go:28)	CALL	runtime.printunlock(SB)
   1d3        00467 (int_overflow_wrap.go:30)	MOVL	$2, AX
   1d8        00472 (int_overflow_wrap.go:30)	CALL	main.id64(SB)
   1dd        00477 (int_overflow_wrap.go:30)	MOVQ	AX, main..autotmp_53+80(SP)
   1e2        00482 (int_overflow_wrap.go:31)	CALL	runtime.printlock(SB)
   1e7        00487 (int_overflow_wrap.go:30)	MOVQ	main..autotmp_53+80(SP), AX
   1ec        00492 (int_overflow_wrap.go:30)	DECL	AX
   1ee        00494 (int_overflow_wrap.go:31)	CALL	runtime.printuint(SB)
   1f3        00499 (int_overflow_wrap.go:31)	CALL	runtime.printnl(SB)
   1f8        00504 (int_overflow_wrap.go:31)	CALL	runtime.printunlock(SB)
   1fd        00509 (int_overflow_wrap.go:32)	MOVQ	$9223372036854775807, AX
   207        00519 (int_overflow_wrap.go:32)	CALL	main.id64(SB)
   20c        00524 (int_overflow_wrap.go:32)	MOVQ	AX, main.mx+24(SP)
   211        00529 (int_overflow_wrap.go:33)	CALL	runtime.printlock(SB)
   216        00534 (int_overflow_wrap.go:33)	MOVQ	main.mx+24(SP), AX
   21b        00539 (int_overflow_wrap.go:33)	INCQ	AX
   21e        00542 (int_overflow_wrap.go:33)	MOVQ	AX, main..autotmp_53+80(SP)
   223        00547 (int_overflow_wrap.go:33)	CALL	runtime.printint(SB)
   228        00552 (int_overflow_wrap.go:33)	CALL	runtime.printsp(SB)
   22d        00557 (int_overflow_wrap.go:33)	MOVQ	main.mx+24(SP), CX
   232        00562 (int_overflow_wrap.go:33)	LEAQ	(CX)(CX*1), AX
   236        00566 (int_overflow_wrap.go:33)	CALL	runtime.printint(SB)
   23b        00571 (int_overflow_wrap.go:33)	NOP
   240        00576 (int_overflow_wrap.go:33)	CALL	runtime.printsp(SB)
   245        00581 (int_overflow_wrap.go:33)	MOVQ	main..autotmp_53+80(SP), AX
   24a        00586 (int_overflow_wrap.go:33)	NEGQ	AX
   24d        00589 (int_overflow_wrap.go:33)	CALL	runtime.printint(SB)
   252        00594 (int_overflow_wrap.go:33)	CALL	runtime.printsp(SB)
   257        00599 (int_overflow_wrap.go:33)	MOVQ	main.mx+24(SP), AX
   25c        00604 (int_overflow_wrap.go:33)	NOP
   260        00608 (int_overflow_wrap.go:33)	CALL	runtime.printint(SB)
   265        00613 (int_overflow_wrap.go:33)	CALL	runtime.printnl(SB)
   26a        00618 (int_overflow_wrap.go:33)	CALL	runtime.printunlock(SB)
   26f        00623 (int_overflow_wrap.go:34)	MOVQ	$-1, AX
   276        00630 (int_overflow_wrap.go:34)	CALL	main.idu(SB)
   27b        00635 (int_overflow_wrap.go:34)	MOVQ	AX, main..autotmp_52+88(SP)
   280        00640 (int_overflow_wrap.go:34)	MOVQ	$-9223372036854775808, AX
   28a        00650 (int_overflow_wrap.go:34)	CALL	main.idu(SB)
   28f        00655 (int_overflow_wrap.go:34)	MOVQ	AX, main..autotmp_56+56(SP)
   294        00660 (int_overflow_wrap.go:34)	XORL	AX, AX
   296        00662 (int_overflow_wrap.go:34)	CALL	main.idu(SB)
   29b        00667 (int_overflow_wrap.go:34)	MOVQ	AX, main..autotmp_57+48(SP)
   2a0        00672 (int_overflow_wrap.go:34)	CALL	runtime.printlock(SB)
   2a5        00677 (int_overflow_wrap.go:34)	MOVQ	main..autotmp_52+88(SP), AX
   2aa        00682 (int_overflow_wrap.go:34)	INCQ	AX
   2ad        00685 (int_overflow_wrap.go:34)	CALL	runtime.printuint(SB)
   2b2        00690 (int_overflow_wrap.go:34)	CALL	runtime.printsp(SB)
   2b7        00695 (int_overflow_wrap.go:34)	MOVQ	main..autotmp_56+56(SP), CX
   2bc        00700 (int_overflow_wrap.go:34)	LEAQ	(CX)(CX*1), AX
   2c0        00704 (int_overflow_wrap.go:34)	CALL	runtime.printuint(SB)
   2c5        00709 (int_overflow_wrap.go:34)	CALL	runtime.printsp(SB)
   2ca        00714 (int_overflow_wrap.go:34)	MOVQ	main..autotmp_57+48(SP), AX
   2cf        00719 (int_overflow_wrap.go:34)	DECQ	AX
   2d2        00722 (int_overflow_wrap.go:34)	CALL	runtime.printuint(SB)
   2d7        00727 (int_overflow_wrap.go:34)	CALL	runtime.printnl(SB)
   2dc        00732 (int_overflow_wrap.go:34)	NOP
   2e0        00736 (int_overflow_wrap.go:34)	CALL	runtime.printunlock(SB)
   2e5        00741 (int_overflow_wrap.go:36)	MOVL	$200, AX
   2ea        00746 (int_overflow_wrap.go:36)	CALL	main.id64(SB)
   2ef        00751 (int_overflow_wrap.go:36)	MOVQ	AX, main..autotmp_53+80(SP)
   2f4        00756 (int_overflow_wrap.go:36)	MOVQ	$-1, AX
   2fb        00763 (int_overflow_wrap.go:36)	NOP
   300        00768 (int_overflow_wrap.go:36)	CALL	main.id64(SB)
   305        00773 (int_overflow_wrap.go:36)	MOVQ	AX, main..autotmp_54+72(SP)
   30a        00778 (int_overflow_wrap.go:36)	MOVL	$70000, AX
   30f        00783 (int_overflow_wrap.go:36)	CALL	main.id64(SB)
   314        00788 (int_overflow_wrap.go:36)	MOVQ	AX, main..autotmp_55+64(SP)
   319        00793 (int_overflow_wrap.go:36)	MOVQ	$-2, AX
   320        00800 (int_overflow_wrap.go:36)	CALL	main.id64(SB)
   325        00805 (int_overflow_wrap.go:36)	MOVQ	AX, main..autotmp_58+40(SP)
   32a        00810 (int_overflow_wrap.go:36)	CALL	runtime.printlock(SB)
   32f        00815 (int_overflow_wrap.go:36)	MOVQ	main..autotmp_53+80(SP), CX
   334        00820 (int_overflow_wrap.go:36)	MOVBQSX	CL, AX
   338        00824 (int_overflow_wrap.go:36)	CALL	runtime.printint(SB)
   33d        00829 (int_overflow_wrap.go:36)	NOP
   340        00832 (int_overflow_wrap.go:36)	CALL	runtime.printsp(SB)
   345        00837 (int_overflow_wrap.go:36)	MOVQ	main..autotmp_55+64(SP), CX
   34a        00842 (int_overflow_wrap.go:36)	MOVWQSX	CX, CX
   34e        00846 (int_overflow_wrap.go:36)	MOVQ	CX, main..autotmp_53+80(SP)
   353        00851 (int_overflow_wrap.go:36)	MOVQ	main..autotmp_54+72(SP), CX
   358        00856 (int_overflow_wrap.go:36)	MOVBLZX	CL, AX
   35b        00859 (int_overflow_wrap.go:36)	NOP
   360        00864 (int_overflow_wrap.go:36)	CALL	runtime.printuint(SB)
   365        00869 (int_overflow_wrap.go:36)	CALL	runtime.printsp(SB)
   36a        00874 (int_overflow_wrap.go:36)	MOVQ	main..autotmp_53+80(SP), AX
   36f        00879 (int_overflow_wrap.go:36)	CALL	runtime.printint(SB)
   374        00884 (int_overflow_wrap.go:36)	CALL	runtime.printsp(SB)
   379        00889 (int_overflow_wrap.go:36)	MOVQ	main..autotmp_58+40(SP), CX
   37e        00894 (int_overflow_wrap.go:36)	MOVL	CX, AX
   380        00896 (int_overflow_wrap.go:36)	CALL	runtime.printuint(SB)
   385        00901 (int_overflow_wrap.go:36)	CALL	runtime.printnl(SB)
   38a        00906 (int_overflow_wrap.go:36)	CALL	runtime.printunlock(SB)
   38f        00911 (int_overflow_wrap.go:37)	MOVL	$-5, AX
   394        00916 (int_overflow_wrap.go:37)	CALL	main.id8(SB)
   399        00921 (int_overflow_wrap.go:37)	MOVB	AL, main..autotmp_48+19(SP)
   39d        00925 (int_overflow_wrap.go:37)	MOVL	$-5, AX
   3a2        00930 (int_overflow_wrap.go:37)	CALL	main.id8(SB)
   3a7        00935 (int_overflow_wrap.go:37)	MOVB	AL, main..autotmp_49+18(SP)
   3ab        00939 (int_overflow_wrap.go:37)	MOVL	$-5, AX
   3b0        00944 (int_overflow_wrap.go:37)	CALL	main.id8(SB)
   3b5        00949 (int_overflow_wrap.go:37)	MOVB	AL, main..autotmp_50+17(SP)
   3b9        00953 (int_overflow_wrap.go:37)	CALL	runtime.printlock(SB)
   3be        00958 (int_overflow_wrap.go:37)	MOVBLZX	main..autotmp_48+19(SP), CX
   3c3        00963 (int_overflow_wrap.go:37)	MOVBQSX	CL, AX
   3c7        00967 (int_overflow_wrap.go:37)	CALL	runtime.printint(SB)
   3cc        00972 (int_overflow_wrap.go:37)	CALL	runtime.printsp(SB)
   3d1        00977 (int_overflow_wrap.go:37)	MOVBLZX	main..autotmp_49+18(SP), CX
   3d6        00982 (int_overflow_wrap.go:37)	MOVBQSX	CL, AX
   3da        00986 (int_overflow_wrap.go:37)	CALL	runtime.printuint(SB)
   3df        00991 (int_overflow_wrap.go:37)	NOP
   3e0        00992 (int_overflow_wrap.go:37)	CALL	runtime.printsp(SB)
   3e5        00997 (int_overflow_wrap.go:37)	MOVBLZX	main..autotmp_50+17(SP), CX
   3ea        01002 (int_overflow_wrap.go:37)	MOVBLZX	CL, AX
   3ed        01005 (int_overflow_wrap.go:37)	CALL	runtime.printuint(SB)
   3f2        01010 (int_overflow_wrap.go:37)	CALL	runtime.printnl(SB)
   3f7        01015 (int_overflow_wrap.go:37)	CALL	runtime.printunlock(SB)
   3fc        01020 (int_overflow_wrap.go:41)	MOVQ	$-3750763034362895579, CX
   406        01030 (int_overflow_wrap.go:41)	XORL	DX, DX
   408        01032 (int_overflow_wrap.go:41)	JMP	1065
   40a        01034 (int_overflow_wrap.go:41)	LEAQ	go:string."goasm"(SB), AX
   411        01041 (int_overflow_wrap.go:41)	MOVBLZX	(AX)(DX*1), BX
   415        01045 (int_overflow_wrap.go:42)	XORQ	BX, CX
   418        01048 (int_overflow_wrap.go:43)	MOVQ	$1099511628211, BX
   422        01058 (int_overflow_wrap.go:43)	IMULQ	BX, CX
   426        01062 (int_overflow_wrap.go:41)	INCQ	DX
   429        01065 (int_overflow_wrap.go:41)	CMPQ	DX, $5
   42d        01069 (int_overflow_wrap.go:41)	JLT	1034
   42f        01071 (int_overflow_wrap.go:41)	MOVQ	CX, main.h+32(SP)
   434        01076 (int_overflow_wrap.go:45)	CALL	runtime.printlock(SB)
   439        01081 (int_overflow_wrap.go:45)	MOVQ	main.h+32(SP), AX
   43e        01086 (int_overflow_wrap.go:45)	NOP
   440        01088 (int_overflow_wrap.go:45)	CALL	runtime.printuint(SB)
   445        01093 (int_overflow_wrap.go:45)	CALL	runtime.printnl(SB)
   44a        01098 (int_overflow_wrap.go:45)	CALL	runtime.printunlock(SB)
   44f        01103 (int_overflow_wrap.go:47)	MOVL	$-2128831035, AX
   454        01108 (int_overflow_wrap.go:47)	XORL	CX, CX
   456        01110 (int_overflow_wrap.go:47)	JMP	1134
   458        01112 (int_overflow_wrap.go:47)	LEAQ	go:string."goasm"(SB), DX
   45f        01119 (int_overflow_wrap.go:47)	MOVBLZX	(DX)(CX*1), BX
   463        01123 (int_overflow_wrap.go:48)	XORL	BX, AX
   465        01125 (int_overflow_wrap.go:48)	IMUL3L	$16777619, AX, AX
   46b        01131 (int_overflow_wrap.go:47)	INCQ	CX
   46e        01134 (int_overflow_wrap.go:47)	CMPQ	CX, $5
   472        01138 (int_overflow_wrap.go:47)	JLT	1112
   474        01140 (int_overflow_wrap.go:47)	MOVL	AX, main.h32+20(SP)
   478        01144 (int_overflow_wrap.go:50)	CALL	runtime.printlock(SB)
   47d        01149 (int_overflow_wrap.go:50)	MOVL	main.h32+20(SP), AX
   481        01153 (int_overflow_wrap.go:50)	MOVL	AX, AX
   483        01155 (int_overflow_wrap.go:50)	CALL	runtime.printuint(SB)
   488        01160 (int_overflow_wrap.go:50)	CALL	runtime.printnl(SB)
   48d        01165 (int_overflow_wrap.go:50)	CALL	runtime.printunlock(SB)
   492        01170 (int_overflow_wrap.go:51)	ADDQ	$96, SP
   496        01174 (int_overflow_wrap.go:51)	POPQ	BP
   497        01175 (int_overflow_wrap.go:51)	RET
   498        01176 (int_overflow_wrap.go:51)	NOP
   498        01176 (int_overflow_wrap.go:13)	PCDATA	$1, $-1
   498        01176 (int_overflow_wrap.go:13)	PCDATA	$0, $-2
   498        01176 (int_overflow_wrap.go:13)	CALL	runtime.morestack_noctxt(SB)
   49d        01181 (int_overflow_wrap.go:13)	PCDATA	$0, $-1
   49d        01181 (int_overflow_wrap.go:13)	NOP
   4a0        01184 (int_overflow_wrap.go:13)	JMP	0
   4a5 done
wrote 4 bytes to 0x0
 00 a5 09 00
funcpctab main.idu [valfunc=pctoinline]
     0     -1 00000 (int_overflow_wrap.go:11)	TEXT	main.idu(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (int_overflow_wrap.go:11)	TEXT	main.idu(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (int_overflow_wrap.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (int_overflow_wrap.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (int_overflow_wrap.go:11)	FUNCDATA	$5, main.idu.arginfo1(SB)
     0        00000 (int_overflow_wrap.go:11)	FUNCDATA	$6, main.idu.argliveinfo(SB)
     0        00000 (int_overflow_wrap.go:11)	PCDATA	$3, $1
     0     -1 00000 (int_overflow_wrap.go:11)	RET
     1 done
wrote 3 bytes to 0x0
 00 01 00
funcpctab main.id64 [valfunc=pctoinline]
     0     -1 00000 (int_overflow_wrap.go:8)	TEXT	main.id64(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (int_overflow_wrap.go:8)	TEXT	main.id64(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (int_overflow_wrap.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (int_overflow_wrap.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (int_overflow_wrap.go:8)	FUNCDATA	$5, main.id64.arginfo1(SB)
     0        00000 (int_overflow_wrap.go:8)	FUNCDATA	$6, main.id64.argliveinfo(SB)
     0        00000 (int_overflow_wrap.go:8)	PCDATA	$3, $1
     0     -1 00000 (int_overflow_wrap.go:8)	RET
     1 done
wrote 3 bytes to 0x0
 00 01 00
funcpctab main.id8 [valfunc=pctoinline]
     0     -1 00000 (int_overflow_wrap.go:5)	TEXT	main.id8(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (int_overflow_wrap.go:5)	TEXT	main.id8(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (int_overflow_wrap.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (int_overflow_wrap.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (int_overflow_wrap.go:5)	FUNCDATA	$5, main.id8.arginfo1(SB)
     0        00000 (int_overflow_wrap.go:5)	FUNCDATA	$6, main.id8.argliveinfo(SB)
     0        00000 (int_overflow_wrap.go:5)	PCDATA	$3, $1
     0     -1 00000 (int_overflow_wrap.go:5)	RET
     1 done
wrote 3 bytes to 0x0
 00 01 00
main.id8 STEXT nosplit size=1 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (int_overflow_wrap.go:5)	TEXT	main.id8(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (int_overflow_wrap.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (int_overflow_wrap.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (int_overflow_wrap.go:5)	FUNCDATA	$5, main.id8.arginfo1(SB)
	0x0000 00000 (int_overflow_wrap.go:5)	FUNCDATA	$6, main.id8.argliveinfo(SB)
	0x0000 00000 (int_overflow_wrap.go:5)	PCDATA	$3, $1
	0x0000 00000 (int_overflow_wrap.go:5)	RET
	0x0000 c3                                               .
main.id64 STEXT nosplit size=1 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (int_overflow_wrap.go:8)	TEXT	main.id64(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (int_overflow_wrap.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (int_overflow_wrap.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (int_overflow_wrap.go:8)	FUNCDATA	$5, main.id64.arginfo1(SB)
	0x0000 00000 (int_overflow_wrap.go:8)	FUNCDATA	$6, main.id64.argliveinfo(SB)
	0x0000 00000 (int_overflow_wrap.go:8)	PCDATA	$3, $1
	0x0000 00000 (int_overflow_wrap.go:8)	RET
	0x0000 c3                                               .
main.idu STEXT nosplit size=1 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (int_overflow_wrap.go:11)	TEXT	main.idu(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (int_overflow_wrap.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (int_overflow_wrap.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (int_overflow_wrap.go:11)	FUNCDATA	$5, main.idu.arginfo1(SB)
	0x0000 00000 (int_overflow_wrap.go:11)	FUNCDATA	$6, main.idu.argliveinfo(SB)
	0x0000 00000 (int_overflow_wrap.go:11)	PCDATA	$3, $1
	0x0000 00000 (int_overflow_wrap.go:11)	RET
	0x0000 c3                                               .
main.main STEXT size=1189 align=0x0 args=0x0 locals=0x68 funcid=0x0
	0x0000 00000 (int_overflow_wrap.go:13)	TEXT	main.main(SB), ABIInternal, $104-0
	0x0000 00000 (int_overflow_wrap.go:13)	CMPQ	SP, 16(R14)
	0x0004 00004 (int_overflow_wrap.go:13)	PCDATA	$0, $-2
	0x0004 00004 (int_overflow_wrap.go:13)	JLS	1176
	0x000a 00010 (int_overflow_wrap.go:13)	PCDATA	$0, $-1
	0x000a 00010 (int_overflow_wrap.go:13)	PUSHQ	BP
	0x000b 00011 (int_overflow_wrap.go:13)	MOVQ	SP, BP
	0x000e 00014 (int_overflow_wrap.go:13)	SUBQ	$96, SP
	0x0012 00018 (int_overflow_wrap.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (int_overflow_wrap.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (int_overflow_wrap.go:14)	MOVL	$127, AX
	0x0017 00023 (int_overflow_wrap.go:14)	PCDATA	$1, $0
	0x0017 00023 (int_overflow_wrap.go:14)	CALL	main.id8(SB)
	0x001c 00028 (int_overflow_wrap.go:14)	MOVB	AL, main.i8+15(SP)
	0x0020 00032 (int_overflow_wrap.go:16)	MOVL	$-128, AX
	0x0025 00037 (int_overflow_wrap.go:16)	CALL	main.id8(SB)
	0x002a 00042 (int_overflow_wrap.go:16)	MOVB	AL, main..autotmp_48+19(SP)
	0x002e 00046 (int_overflow_wrap.go:16)	MOVL	$-128, AX
	0x0033 00051 (int_overflow_wrap.go:16)	CALL	main.id8(SB)
	0x0038 00056 (int_overflow_wrap.go:16)	MOVB	AL, main..autotmp_49+18(SP)
	0x003c 00060 (int_overflow_wrap.go:16)	MOVL	$100, AX
	0x0041 00065 (int_overflow_wrap.go:16)	CALL	main.id8(SB)
	0x0046 00070 (int_overflow_wrap.go:16)	MOVB	AL, main..autotmp_50+17(SP)
	0x004a 00074 (int_overflow_wrap.go:16)	MOVL	$100, AX
	0x004f 00079 (int_overflow_wrap.go:16)	CALL	main.id8(SB)
	0x0054 00084 (int_overflow_wrap.go:16)	MOVB	AL, main..autotmp_51+16(SP)
	0x0058 00088 (int_overflow_wrap.go:16)	CALL	runtime.printlock(SB)
	0x005d 00093 (int_overflow_wrap.go:15)	MOVBLZX	main.i8+15(SP), CX
	0x0062 00098 (int_overflow_wrap.go:15)	INCL	CX
	0x0064 00100 (int_overflow_wrap.go:16)	MOVBQSX	CL, AX
	0x0068 00104 (int_overflow_wrap.go:16)	CALL	runtime.printint(SB)
	0x006d 00109 (int_overflow_wrap.go:16)	CALL	runtime.printsp(SB)
	0x0072 00114 (int_overflow_wrap.go:16)	MOVBLZX	main..autotmp_48+19(SP), CX
	0x0077 00119 (int_overflow_wrap.go:16)	NEGL	CX
	0x0079 00121 (int_overflow_wrap.go:16)	MOVBQSX	CL, AX
	0x007d 00125 (int_overflow_wrap.go:16)	NOP
	0x0080 00128 (int_overflow_wrap.go:16)	CALL	runtime.printint(SB)
	0x0085 00133 (int_overflow_wrap.go:16)	CALL	runtime.printsp(SB)
	0x008a 00138 (int_overflow_wrap.go:16)	MOVBLZX	main..autotmp_49+18(SP), CX
	0x008f 00143 (int_overflow_wrap.go:16)	NEGL	CX
	0x0091 00145 (int_overflow_wrap.go:16)	MOVBQSX	CL, AX
	0x0095 00149 (int_overflow_wrap.go:16)	CALL	runtime.printint(SB)
	0x009a 00154 (int_overflow_wrap.go:16)	CALL	runtime.printsp(SB)
	0x009f 00159 (int_overflow_wrap.go:16)	MOVBLZX	main..autotmp_51+16(SP), CX
	0x00a4 00164 (int_overflow_wrap.go:16)	MOVBLZX	main..autotmp_50+17(SP), DX
	0x00a9 00169 (int_overflow_wrap.go:16)	ADDL	DX, CX
	0x00ab 00171 (int_overflow_wrap.go:16)	MOVBQSX	CL, AX
	0x00af 00175 (int_overflow_wrap.go:16)	CALL	runtime.printint(SB)
	0x00b4 00180 (int_overflow_wrap.go:16)	CALL	runtime.printnl(SB)
	0x00b9 00185 (int_overflow_wrap.go:16)	CALL	runtime.printunlock(SB)
	0x00be 00190 (int_overflow_wrap.go:19)	XORL	AX, AX
	0x00c0 00192 (int_overflow_wrap.go:19)	CALL	main.idu(SB)
	0x00c5 00197 (int_overflow_wrap.go:19)	MOVQ	AX, main..autotmp_52+88(SP)
	0x00ca 00202 (int_overflow_wrap.go:19)	CALL	runtime.printlock(SB)
	0x00cf 00207 (int_overflow_wrap.go:19)	XORL	AX, AX
	0x00d1 00209 (int_overflow_wrap.go:19)	CALL	runtime.printuint(SB)
	0x00d6 00214 (int_overflow_wrap.go:19)	CALL	runtime.printsp(SB)
	0x00db 00219 (int_overflow_wrap.go:19)	MOVQ	main..autotmp_52+88(SP), CX
	0x00e0 00224 (int_overflow_wrap.go:19)	DECL	CX
	0x00e2 00226 (int_overflow_wrap.go:19)	MOVBLZX	CL, AX
	0x00e5 00229 (int_overflow_wrap.go:19)	CALL	runtime.printuint(SB)
	0x00ea 00234 (int_overflow_wrap.go:19)	CALL	runtime.printnl(SB)
	0x00ef 00239 (int_overflow_wrap.go:19)	CALL	runtime.printunlock(SB)
	0x00f4 00244 (int_overflow_wrap.go:21)	MOVL	$1, AX
	0x00f9 00249 (int_overflow_wrap.go:21)	CALL	main.id64(SB)
	0x00fe 00254 (int_overflow_wrap.go:21)	MOVQ	AX, main..autotmp_53+80(SP)
	0x0103 00259 (int_overflow_wrap.go:22)	CALL	runtime.printlock(SB)
	0x0108 00264 (int_overflow_wrap.go:21)	MOVQ	main..autotmp_53+80(SP), CX
	0x010d 00269 (int_overflow_wrap.go:21)	ADDL	$32767, CX
	0x0113 00275 (int_overflow_wrap.go:22)	MOVWQSX	CX, AX
	0x0117 00279 (int_overflow_wrap.go:22)	CALL	runtime.printint(SB)
	0x011c 00284 (int_overflow_wrap.go:22)	NOP
	0x0120 00288 (int_overflow_wrap.go:22)	CALL	runtime.printnl(SB)
	0x0125 00293 (int_overflow_wrap.go:22)	CALL	runtime.printunlock(SB)
	0x012a 00298 (int_overflow_wrap.go:24)	MOVL	$1, AX
	0x012f 00303 (int_overflow_wrap.go:24)	CALL	main.id64(SB)
	0x0134 00308 (int_overflow_wrap.go:24)	MOVQ	AX, main..autotmp_53+80(SP)
	0x0139 00313 (int_overflow_wrap.go:25)	CALL	runtime.printlock(SB)
	0x013e 00318 (int_overflow_wrap.go:24)	MOVQ	main..autotmp_53+80(SP), CX
	0x0143 00323 (int_overflow_wrap.go:24)	NEGL	CX
	0x0145 00325 (int_overflow_wrap.go:25)	MOVWLZX	CX, AX
	0x0148 00328 (int_overflow_wrap.go:25)	CALL	runtime.printuint(SB)
	0x014d 00333 (int_overflow_wrap.go:25)	CALL	runtime.printnl(SB)
	0x0152 00338 (int_overflow_wrap.go:25)	CALL	runtime.printunlock(SB)
	0x0157 00343 (int_overflow_wrap.go:27)	MOVL	$1, AX
	0x015c 00348 (int_overflow_wrap.go:27)	NOP
	0x0160 00352 (int_overflow_wrap.go:27)	CALL	main.id64(SB)
	0x0165 00357 (int_overflow_wrap.go:27)	MOVQ	AX, main..autotmp_53+80(SP)
	0x016a 00362 (int_overflow_wrap.go:28)	MOVL	$2147483648, AX
	0x016f 00367 (int_overflow_wrap.go:28)	CALL	main.id64(SB)
	0x0174 00372 (int_overflow_wrap.go:28)	MOVQ	AX, main..autotmp_54+72(SP)
	0x0179 00377 (int_overflow_wrap.go:28)	MOVQ	$-2147483649, AX
	0x0183 00387 (int_overflow_wrap.go:28)	CALL	main.id64(SB)
	0x0188 00392 (int_overflow_wrap.go:28)	MOVQ	AX, main..autotmp_55+64(SP)
	0x018d 00397 (int_overflow_wrap.go:28)	CALL	runtime.printlock(SB)
	0x0192 00402 (int_overflow_wrap.go:27)	MOVQ	main..autotmp_53+80(SP), CX
	0x0197 00407 (int_overflow_wrap.go:27)	ADDL	$2147483647, CX
	0x019d 00413 (int_overflow_wrap.go:28)	MOVLQSX	CX, AX
	0x01a0 00416 (int_overflow_wrap.go:28)	CALL	runtime.printint(SB)
	0x01a5 00421 (int_overflow_wrap.go:28)	CALL	runtime.printsp(SB)
	0x01aa 00426 (int_overflow_wrap.go:28)	MOVQ	main..autotmp_54+72(SP), CX
	0x01af 00431 (int_overflow_wrap.go:28)	MOVLQSX	CX, AX
	0x01b2 00434 (int_overflow_wrap.go:28)	CALL	runtime.printint(SB)
	0x01b7 00439 (int_overflow_wrap.go:28)	CALL	runtime.printsp(SB)
	0x01bc 00444 (int_overflow_wrap.go:28)	MOVQ	main..autotmp_55+64(SP), CX
	0x01c1 00449 (int_overflow_wrap.go:28)	MOVLQSX	CX, AX
	0x01c4 00452 (int_overflow_wrap.go:28)	CALL	runtime.printint(SB)
	0x01c9 00457 (int_overflow_wrap.go:28)	CALL	runtime.printnl(SB)
	0x01ce 00462 (int_overflow_wrap.go:28)	CALL	runtime.printunlock(SB)
	0x01d3 00467 (int_overflow_wrap.go:30)	MOVL	$2, AX
	0x01d8 00472 (int_overflow_wrap.go:30)	CALL	main.id64(SB)
	0x01dd 00477 (int_overflow_wrap.go:30)	MOVQ	AX, main..autotmp_53+80(SP)
	0x01e2 00482 (int_overflow_wrap.go:31)	CALL	runtime.printlock(SB)
	0x01e7 00487 (int_overflow_wrap.go:30)	MOVQ	main..autotmp_53+80(SP), AX
	0x01ec 00492 (int_overflow_wrap.go:30)	DECL	AX
	0x01ee 00494 (int_overflow_wrap.go:31)	CALL	runtime.printuint(SB)
	0x01f3 00499 (int_overflow_wrap.go:31)	CALL	runtime.printnl(SB)
	0x01f8 00504 (int_overflow_wrap.go:31)	CALL	runtime.printunlock(SB)
	0x01fd 00509 (int_overflow_wrap.go:32)	MOVQ	$9223372036854775807, AX
	0x0207 00519 (int_overflow_wrap.go:32)	CALL	main.id64(SB)
	0x020c 00524 (int_overflow_wrap.go:32)	MOVQ	AX, main.mx+24(SP)
	0x0211 00529 (int_overflow_wrap.go:33)	CALL	runtime.printlock(SB)
	0x0216 00534 (int_overflow_wrap.go:33)	MOVQ	main.mx+24(SP), AX
	0x021b 00539 (int_overflow_wrap.go:33)	INCQ	AX
	0x021e 00542 (int_overflow_wrap.go:33)	MOVQ	AX, main..autotmp_53+80(SP)
	0x0223 00547 (int_overflow_wrap.go:33)	CALL	runtime.printint(SB)
	0x0228 00552 (int_overflow_wrap.go:33)	CALL	runtime.printsp(SB)
	0x022d 00557 (int_overflow_wrap.go:33)	MOVQ	main.mx+24(SP), CX
	0x0232 00562 (int_overflow_wrap.go:33)	LEAQ	(CX)(CX*1), AX
	0x0236 00566 (int_overflow_wrap.go:33)	CALL	runtime.printint(SB)
	0x023b 00571 (int_overflow_wrap.go:33)	NOP
	0x0240 00576 (int_overflow_wrap.go:33)	CALL	runtime.printsp(SB)
	0x0245 00581 (int_overflow_wrap.go:33)	MOVQ	main..autotmp_53+80(SP), AX
	0x024a 00586 (int_overflow_wrap.go:33)	NEGQ	AX
	0x024d 00589 (int_overflow_wrap.go:33)	CALL	runtime.printint(SB)
	0x0252 00594 (int_overflow_wrap.go:33)	CALL	runtime.printsp(SB)
	0x0257 00599 (int_overflow_wrap.go:33)	MOVQ	main.mx+24(SP), AX
	0x025c 00604 (int_overflow_wrap.go:33)	NOP
	0x0260 00608 (int_overflow_wrap.go:33)	CALL	runtime.printint(SB)
	0x0265 00613 (int_overflow_wrap.go:33)	CALL	runtime.printnl(SB)
	0x026a 00618 (int_overflow_wrap.go:33)	CALL	runtime.printunlock(SB)
	0x026f 00623 (int_overflow_wrap.go:34)	MOVQ	$-1, AX
	0x0276 00630 (int_overflow_wrap.go:34)	CALL	main.idu(SB)
	0x027b 00635 (int_overflow_wrap.go:34)	MOVQ	AX, main..autotmp_52+88(SP)
	0x0280 00640 (int_overflow_wrap.go:34)	MOVQ	$-9223372036854775808, AX
	0x028a 00650 (int_overflow_wrap.go:34)	CALL	main.idu(SB)
	0x028f 00655 (int_overflow_wrap.go:34)	MOVQ	AX, main..autotmp_56+56(SP)
	0x0294 00660 (int_overflow_wrap.go:34)	XORL	AX, AX
	0x0296 00662 (int_overflow_wrap.go:34)	CALL	main.idu(SB)
	0x029b 00667 (int_overflow_wrap.go:34)	MOVQ	AX, main..autotmp_57+48(SP)
	0x02a0 00672 (int_overflow_wrap.go:34)	CALL	runtime.printlock(SB)
	0x02a5 00677 (int_overflow_wrap.go:34)	MOVQ	main..autotmp_52+88(SP), AX
	0x02aa 00682 (int_overflow_wrap.go:34)	INCQ	AX
	0x02ad 00685 (int_overflow_wrap.go:34)	CALL	runtime.printuint(SB)
	0x02b2 00690 (int_overflow_wrap.go:34)	CALL	runtime.printsp(SB)
	0x02b7 00695 (int_overflow_wrap.go:34)	MOVQ	main..autotmp_56+56(SP), CX
	0x02bc 00700 (int_overflow_wrap.go:34)	LEAQ	(CX)(CX*1), AX
	0x02c0 00704 (int_overflow_wrap.go:34)	CALL	runtime.printuint(SB)
	0x02c5 00709 (int_overflow_wrap.go:34)	CALL	runtime.printsp(SB)
	0x02ca 00714 (int_overflow_wrap.go:34)	MOVQ	main..autotmp_57+48(SP), AX
	0x02cf 00719 (int_overflow_wrap.go:34)	DECQ	AX
	0x02d2 00722 (int_overflow_wrap.go:34)	CALL	runtime.printuint(SB)
	0x02d7 00727 (int_overflow_wrap.go:34)	CALL	runtime.printnl(SB)
	0x02dc 00732 (int_overflow_wrap.go:34)	NOP
	0x02e0 00736 (int_overflow_wrap.go:34)	CALL	runtime.printunlock(SB)
	0x02e5 00741 (int_overflow_wrap.go:36)	MOVL	$200, AX
	0x02ea 00746 (int_overflow_wrap.go:36)	CALL	main.id64(SB)
	0x02ef 00751 (int_overflow_wrap.go:36)	MOVQ	AX, main..autotmp_53+80(SP)
	0x02f4 00756 (int_overflow_wrap.go:36)	MOVQ	$-1, AX
	0x02fb 00763 (int_overflow_wrap.go:36)	NOP
	0x0300 00768 (int_overflow_wrap.go:36)	CALL	main.id64(SB)
	0x0305 00773 (int_overflow_wrap.go:36)	MOVQ	AX, main..autotmp_54+72(SP)
	0x030a 00778 (int_overflow_wrap.go:36)	MOVL	$70000, AX
	0x030f 00783 (int_overflow_wrap.go:36)	CALL	main.id64(SB)
	0x0314 00788 (int_overflow_wrap.go:36)	MOVQ	AX, main..autotmp_55+64(SP)
	0x0319 00793 (int_overflow_wrap.go:36)	MOVQ	$-2, AX
	0x0320 00800 (int_overflow_wrap.go:36)	CALL	main.id64(SB)
	0x0325 00805 (int_overflow_wrap.go:36)	MOVQ	AX, main..autotmp_58+40(SP)
	0x032a 00810 (int_overflow_wrap.go:36)	CALL	runtime.printlock(SB)
	0x032f 00815 (int_overflow_wrap.go:36)	MOVQ	main..autotmp_53+80(SP), CX
	0x0334 00820 (int_overflow_wrap.go:36)	MOVBQSX	CL, AX
	0x0338 00824 (int_overflow_wrap.go:36)	CALL	runtime.printint(SB)
	0x033d 00829 (int_overflow_wrap.go:36)	NOP
	0x0340 00832 (int_overflow_wrap.go:36)	CALL	runtime.printsp(SB)
	0x0345 00837 (int_overflow_wrap.go:36)	MOVQ	main..autotmp_55+64(SP), CX
	0x034a 00842 (int_overflow_wrap.go:36)	MOVWQSX	CX, CX
	0x034e 00846 (int_overflow_wrap.go:36)	MOVQ	CX, main..autotmp_53+80(SP)
	0x0353 00851 (int_overflow_wrap.go:36)	MOVQ	main..autotmp_54+72(SP), CX
	0x0358 00856 (int_overflow_wrap.go:36)	MOVBLZX	CL, AX
	0x035b 00859 (int_overflow_wrap.go:36)	NOP
	0x0360 00864 (int_overflow_wrap.go:36)	CALL	runtime.printuint(SB)
	0x0365 00869 (int_overflow_wrap.go:36)	CALL	runtime.printsp(SB)
	0x036a 00874 (int_overflow_wrap.go:36)	MOVQ	main..autotmp_53+80(SP), AX
	0x036f 00879 (int_overflow_wrap.go:36)	CALL	runtime.printint(SB)
	0x0374 00884 (int_overflow_wrap.go:36)	CALL	runtime.printsp(SB)
	0x0379 00889 (int_overflow_wrap.go:36)	MOVQ	main..autotmp_58+40(SP), CX
	0x037e 00894 (int_overflow_wrap.go:36)	MOVL	CX, AX
	0x0380 00896 (int_overflow_wrap.go:36)	CALL	runtime.printuint(SB)
	0x0385 00901 (int_overflow_wrap.go:36)	CALL	runtime.printnl(SB)
	0x038a 00906 (int_overflow_wrap.go:36)	CALL	runtime.printunlock(SB)
	0x038f 00911 (int_overflow_wrap.go:37)	MOVL	$-5, AX
	0x0394 00916 (int_overflow_wrap.go:37)	CALL	main.id8(SB)
	0x0399 00921 (int_overflow_wrap.go:37)	MOVB	AL, main..autotmp_48+19(SP)
	0x039d 00925 (int_overflow_wrap.go:37)	MOVL	$-5, AX
	0x03a2 00930 (int_overflow_wrap.go:37)	CALL	main.id8(SB)
	0x03a7 00935 (int_overflow_wrap.go:37)	MOVB	AL, main..autotmp_49+18(SP)
	0x03ab 00939 (int_overflow_wrap.go:37)	MOVL	$-5, AX
	0x03b0 00944 (int_overflow_wrap.go:37)	CALL	main.id8(SB)
	0x03b5 00949 (int_overflow_wrap.go:37)	MOVB	AL, main..autotmp_50+17(SP)
	0x03b9 00953 (int_overflow_wrap.go:37)	CALL	runtime.printlock(SB)
	0x03be 00958 (int_overflow_wrap.go:37)	MOVBLZX	main..autotmp_48+19(SP), CX
	0x03c3 00963 (int_overflow_wrap.go:37)	MOVBQSX	CL, AX
	0x03c7 00967 (int_overflow_wrap.go:37)	CALL	runtime.printint(SB)
	0x03cc 00972 (int_overflow_wrap.go:37)	CALL	runtime.printsp(SB)
	0x03d1 00977 (int_overflow_wrap.go:37)	MOVBLZX	main..autotmp_49+18(SP), CX
	0x03d6 00982 (int_overflow_wrap.go:37)	MOVBQSX	CL, AX
	0x03da 00986 (int_overflow_wrap.go:37)	CALL	runtime.printuint(SB)
	0x03df 00991 (int_overflow_wrap.go:37)	NOP
	0x03e0 00992 (int_overflow_wrap.go:37)	CALL	runtime.printsp(SB)
	0x03e5 00997 (int_overflow_wrap.go:37)	MOVBLZX	main..autotmp_50+17(SP), CX
	0x03ea 01002 (int_overflow_wrap.go:37)	MOVBLZX	CL, AX
	0x03ed 01005 (int_overflow_wrap.go:37)	CALL	runtime.printuint(SB)
	0x03f2 01010 (int_overflow_wrap.go:37)	CALL	runtime.printnl(SB)
	0x03f7 01015 (int_overflow_wrap.go:37)	CALL	runtime.printunlock(SB)
	0x03fc 01020 (int_overflow_wrap.go:41)	MOVQ	$-3750763034362895579, CX
	0x0406 01030 (int_overflow_wrap.go:41)	XORL	DX, DX
	0x0408 01032 (int_overflow_wrap.go:41)	JMP	1065
	0x040a 01034 (int_overflow_wrap.go:41)	LEAQ	go:string."goasm"(SB), AX
	0x0411 01041 (int_overflow_wrap.go:41)	MOVBLZX	(AX)(DX*1), BX
	0x0415 01045 (int_overflow_wrap.go:42)	XORQ	BX, CX
	0x0418 01048 (int_overflow_wrap.go:43)	MOVQ	$1099511628211, BX
	0x0422 01058 (int_overflow_wrap.go:43)	IMULQ	BX, CX
	0x0426 01062 (int_overflow_wrap.go:41)	INCQ	DX
	0x0429 01065 (int_overflow_wrap.go:41)	CMPQ	DX, $5
	0x042d 01069 (int_overflow_wrap.go:41)	JLT	1034
	0x042f 01071 (int_overflow_wrap.go:41)	MOVQ	CX, main.h+32(SP)
	0x0434 01076 (int_overflow_wrap.go:45)	CALL	runtime.printlock(SB)
	0x0439 01081 (int_overflow_wrap.go:45)	MOVQ	main.h+32(SP), AX
	0x043e 01086 (int_overflow_wrap.go:45)	NOP
	0x0440 01088 (int_overflow_wrap.go:45)	CALL	runtime.printuint(SB)
	0x0445 01093 (int_overflow_wrap.go:45)	CALL	runtime.printnl(SB)
	0x044a 01098 (int_overflow_wrap.go:45)	CALL	runtime.printunlock(SB)
	0x044f 01103 (int_overflow_wrap.go:47)	MOVL	$-2128831035, AX
	0x0454 01108 (int_overflow_wrap.go:47)	XORL	CX, CX
	0x0456 01110 (int_overflow_wrap.go:47)	JMP	1134
	0x0458 01112 (int_overflow_wrap.go:47)	LEAQ	go:string."goasm"(SB), DX
	0x045f 01119 (int_overflow_wrap.go:47)	MOVBLZX	(DX)(CX*1), BX
	0x0463 01123 (int_overflow_wrap.go:48)	XORL	BX, AX
	0x0465 01125 (int_overflow_wrap.go:48)	IMUL3L	$16777619, AX, AX
	0x046b 01131 (int_overflow_wrap.go:47)	INCQ	CX
	0x046e 01134 (int_overflow_wrap.go:47)	CMPQ	CX, $5
	0x0472 01138 (int_overflow_wrap.go:47)	JLT	1112
	0x0474 01140 (int_overflow_wrap.go:47)	MOVL	AX, main.h32+20(SP)
	0x0478 01144 (int_overflow_wrap.go:50)	CALL	runtime.printlock(SB)
	0x047d 01149 (int_overflow_wrap.go:50)	MOVL	main.h32+20(SP), AX
	0x0481 01153 (int_overflow_wrap.go:50)	MOVL	AX, AX
	0x0483 01155 (int_overflow_wrap.go:50)	CALL	runtime.printuint(SB)
	0x0488 01160 (int_overflow_wrap.go:50)	CALL	runtime.printnl(SB)
	0x048d 01165 (int_overflow_wrap.go:50)	CALL	runtime.printunlock(SB)
	0x0492 01170 (int_overflow_wrap.go:51)	ADDQ	$96, SP
	0x0496 01174 (int_overflow_wrap.go:51)	POPQ	BP
	0x0497 01175 (int_overflow_wrap.go:51)	RET
	0x0498 01176 (int_overflow_wrap.go:51)	NOP
	0x0498 01176 (int_overflow_wrap.go:13)	PCDATA	$1, $-1
	0x0498 01176 (int_overflow_wrap.go:13)	PCDATA	$0, $-2
	0x0498 01176 (int_overflow_wrap.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x049d 01181 (int_overflow_wrap.go:13)	PCDATA	$0, $-1
	0x049d 01181 (int_overflow_wrap.go:13)	NOP
	0x04a0 01184 (int_overflow_wrap.go:13)	JMP	0
	0x0000 49 3b 66 10 0f 86 8e 04 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 60 b8 7f 00 00 00 e8 00 00 00 00 88 44 24 0f  .`...........D$.
	0x0020 b8 80 ff ff ff e8 00 00 00 00 88 44 24 13 b8 80  ...........D$...
	0x0030 ff ff ff e8 00 00 00 00 88 44 24 12 b8 64 00 00  .........D$..d..
	0x0040 00 e8 00 00 00 00 88 44 24 11 b8 64 00 00 00 e8  .......D$..d....
	0x0050 00 00 00 00 88 44 24 10 e8 00 00 00 00 0f b6 4c  .....D$........L
	0x0060 24 0f ff c1 48 0f be c1 e8 00 00 00 00 e8 00 00  $...H...........
	0x0070 00 00 0f b6 4c 24 13 f7 d9 48 0f be c1 0f 1f 00  ....L$...H......
	0x0080 e8 00 00 00 00 e8 00 00 00 00 0f b6 4c 24 12 f7  ............L$..
	0x0090 d9 48 0f be c1 e8 00 00 00 00 e8 00 00 00 00 0f  .H..............
	0x00a0 b6 4c 24 10 0f b6 54 24 11 01 d1 48 0f be c1 e8  .L$...T$...H....
	0x00b0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31 c0  ..............1.
	0x00c0 e8 00 00 00 00 48 89 44 24 58 e8 00 00 00 00 31  .....H.D$X.....1
	0x00d0 c0 e8 00 00 00 00 e8 00 00 00 00 48 8b 4c 24 58  ...........H.L$X
	0x00e0 ff c9 0f b6 c1 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x00f0 00 00 00 00 b8 01 00 00 00 e8 00 00 00 00 48 89  ..............H.
	0x0100 44 24 50 e8 00 00 00 00 48 8b 4c 24 50 81 c1 ff  D$P.....H.L$P...
	0x0110 7f 00 00 48 0f bf c1 e8 00 00 00 00 0f 1f 40 00  ...H..........@.
	0x0120 e8 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00 e8  ................
	0x0130 00 00 00 00 48 89 44 24 50 e8 00 00 00 00 48 8b  ....H.D$P.....H.
	0x0140 4c 24 50 f7 d9 0f b7 c1 e8 00 00 00 00 e8 00 00  L$P.............
	0x0150 00 00 e8 00 00 00 00 b8 01 00 00 00 0f 1f 40 00  ..............@.
	0x0160 e8 00 00 00 00 48 89 44 24 50 b8 00 00 00 80 e8  .....H.D$P......
	0x0170 00 00 00 00 48 89 44 24 48 48 b8 ff ff ff 7f ff  ....H.D$HH......
	0x0180 ff ff ff e8 00 00 00 00 48 89 44 24 40 e8 00 00  ........H.D$@...
	0x0190 00 00 48 8b 4c 24 50 81 c1 ff ff ff 7f 48 63 c1  ..H.L$P......Hc.
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 48 8b 4c 24 48 48  ..........H.L$HH
	0x01b0 63 c1 e8 00 00 00 00 e8 00 00 00 00 48 8b 4c 24  c...........H.L$
	0x01c0 40 48 63 c1 e8 00 00 00 00 e8 00 00 00 00 e8 00  @Hc.............
	0x01d0 00 00 00 b8 02 00 00 00 e8 00 00 00 00 48 89 44  .............H.D
	0x01e0 24 50 e8 00 00 00 00 48 8b 44 24 50 ff c8 e8 00  $P.....H.D$P....
	0x01f0 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 b8 ff  .............H..
	0x0200 ff ff ff ff ff ff 7f e8 00 00 00 00 48 89 44 24  ............H.D$
	0x0210 18 e8 00 00 00 00 48 8b 44 24 18 48 ff c0 48 89  ......H.D$.H..H.
	0x0220 44 24 50 e8 00 00 00 00 e8 00 00 00 00 48 8b 4c  D$P..........H.L
	0x0230 24 18 48 8d 04 09 e8 00 00 00 00 0f 1f 44 00 00  $.H..........D..
	0x0240 e8 00 00 00 00 48 8b 44 24 50 48 f7 d8 e8 00 00  .....H.D$PH.....
	0x0250 00 00 e8 00 00 00 00 48 8b 44 24 18 0f 1f 40 00  .......H.D$...@.
	0x0260 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0270 c7 c0 ff ff ff ff e8 00 00 00 00 48 89 44 24 58  ...........H.D$X
	0x0280 48 b8 00 00 00 00 00 00 00 80 e8 00 00 00 00 48  H..............H
	0x0290 89 44 24 38 31 c0 e8 00 00 00 00 48 89 44 24 30  .D$81......H.D$0
	0x02a0 e8 00 00 00 00 48 8b 44 24 58 48 ff c0 e8 00 00  .....H.D$XH.....
	0x02b0 00 00 e8 00 00 00 00 48 8b 4c 24 38 48 8d 04 09  .......H.L$8H...
	0x02c0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 30 48  ..........H.D$0H
	0x02d0 ff c8 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x02e0 e8 00 00 00 00 b8 c8 00 00 00 e8 00 00 00 00 48  ...............H
	0x02f0 89 44 24 50 48 c7 c0 ff ff ff ff 0f 1f 44 00 00  .D$PH........D..
	0x0300 e8 00 00 00 00 48 89 44 24 48 b8 70 11 01 00 e8  .....H.D$H.p....
	0x0310 00 00 00 00 48 89 44 24 40 48 c7 c0 fe ff ff ff  ....H.D$@H......
	0x0320 e8 00 00 00 00 48 89 44 24 28 e8 00 00 00 00 48  .....H.D$(.....H
	0x0330 8b 4c 24 50 48 0f be c1 e8 00 00 00 00 0f 1f 00  .L$PH...........
	0x0340 e8 00 00 00 00 48 8b 4c 24 40 48 0f bf c9 48 89  .....H.L$@H...H.
	0x0350 4c 24 50 48 8b 4c 24 48 0f b6 c1 0f 1f 44 00 00  L$PH.L$H.....D..
	0x0360 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 50 e8  ..........H.D$P.
	0x0370 00 00 00 00 e8 00 00 00 00 48 8b 4c 24 28 89 c8  .........H.L$(..
	0x0380 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0390 fb ff ff ff e8 00 00 00 00 88 44 24 13 b8 fb ff  ..........D$....
	0x03a0 ff ff e8 00 00 00 00 88 44 24 12 b8 fb ff ff ff  ........D$......
	0x03b0 e8 00 00 00 00 88 44 24 11 e8 00 00 00 00 0f b6  ......D$........
	0x03c0 4c 24 13 48 0f be c1 e8 00 00 00 00 e8 00 00 00  L$.H............
	0x03d0 00 0f b6 4c 24 12 48 0f be c1 e8 00 00 00 00 90  ...L$.H.........
	0x03e0 e8 00 00 00 00 0f b6 4c 24 11 0f b6 c1 e8 00 00  .......L$.......
	0x03f0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 b9 25 23  ............H.%#
	0x0400 22 84 e4 9c f2 cb 31 d2 eb 1f 48 8d 05 00 00 00  ".....1...H.....
	0x0410 00 0f b6 1c 10 48 31 d9 48 bb b3 01 00 00 00 01  .....H1.H.......
	0x0420 00 00 48 0f af cb 48 ff c2 48 83 fa 05 7c db 48  ..H...H..H...|.H
	0x0430 89 4c 24 20 e8 00 00 00 00 48 8b 44 24 20 66 90  .L$ .....H.D$ f.
	0x0440 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0450 c5 9d 1c 81 31 c9 eb 16 48 8d 15 00 00 00 00 0f  ....1...H.......
	0x0460 b6 1c 0a 31 d8 69 c0 93 01 00 01 48 ff c1 48 83  ...1.i.....H..H.
	0x0470 f9 05 7c e4 89 44 24 14 e8 00 00 00 00 8b 44 24  ..|..D$.......D$
	0x0480 14 89 c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  ................
	0x0490 00 00 48 83 c4 60 5d c3 e8 00 00 00 00 0f 1f 00  ..H..`].........
	0x04a0 e9 5b fb ff ff                                   .[...
	rel 24+4 t=R_CALL main.id8+0
	rel 38+4 t=R_CALL main.id8+0
	rel 52+4 t=R_CALL main.id8+0
	rel 66+4 t=R_CALL main.id8+0
	rel 80+4 t=R_CALL main.id8+0
	rel 89+4 t=R_CALL runtime.printlock+0
	rel 105+4 t=R_CALL runtime.printint+0
	rel 110+4 t=R_CALL runtime.printsp+0
	rel 129+4 t=R_CALL runtime.printint+0
	rel 134+4 t=R_CALL runtime.printsp+0
	rel 150+4 t=R_CALL runtime.printint+0
	rel 155+4 t=R_CALL runtime.printsp+0
	rel 176+4 t=R_CALL runtime.printint+0
	rel 181+4 t=R_CALL runtime.printnl+0
	rel 186+4 t=R_CALL runtime.printunlock+0
	rel 193+4 t=R_CALL main.idu+0
	rel 203+4 t=R_CALL runtime.printlock+0
	rel 210+4 t=R_CALL runtime.printuint+0
	rel 215+4 t=R_CALL runtime.printsp+0
	rel 230+4 t=R_CALL runtime.printuint+0
	rel 235+4 t=R_CALL runtime.printnl+0
	rel 240+4 t=R_CALL runtime.printunlock+0
	rel 250+4 t=R_CALL main.id64+0
	rel 260+4 t=R_CALL runtime.printlock+0
	rel 280+4 t=R_CALL runtime.printint+0
	rel 289+4 t=R_CALL runtime.printnl+0
	rel 294+4 t=R_CALL runtime.printunlock+0
	rel 304+4 t=R_CALL main.id64+0
	rel 314+4 t=R_CALL runtime.printlock+0
	rel 329+4 t=R_CALL runtime.printuint+0
	rel 334+4 t=R_CALL runtime.printnl+0
	rel 339+4 t=R_CALL runtime.printunlock+0
	rel 353+4 t=R_CALL main.id64+0
	rel 368+4 t=R_CALL main.id64+0
	rel 388+4 t=R_CALL main.id64+0
	rel 398+4 t=R_CALL runtime.printlock+0
	rel 417+4 t=R_CALL runtime.printint+0
	rel 422+4 t=R_CALL runtime.printsp+0
	rel 435+4 t=R_CALL runtime.printint+0
	rel 440+4 t=R_CALL runtime.printsp+0
	rel 453+4 t=R_CALL runtime.printint+0
	rel 458+4 t=R_CALL runtime.printnl+0
	rel 463+4 t=R_CALL runtime.printunlock+0
	rel 473+4 t=R_CALL main.id64+0
	rel 483+4 t=R_CALL runtime.printlock+0
	rel 495+4 t=R_CALL runtime.printuint+0
	rel 500+4 t=R_CALL runtime.printnl+0
	rel 505+4 t=R_CALL runtime.printunlock+0
	rel 520+4 t=R_CALL main.id64+0
	rel 530+4 t=R_CALL runtime.printlock+0
	rel 548+4 t=R_CALL runtime.printint+0
	rel 553+4 t=R_CALL runtime.printsp+0
	rel 567+4 t=R_CALL runtime.printint+0
	rel 577+4 t=R_CALL runtime.printsp+0
	rel 590+4 t=R_CALL runtime.printint+0
	rel 595+4 t=R_CALL runtime.printsp+0
	rel 609+4 t=R_CALL runtime.printint+0
	rel 614+4 t=R_CALL runtime.printnl+0
	rel 619+4 t=R_CALL runtime.printunlock+0
	rel 631+4 t=R_CALL main.idu+0
	rel 651+4 t=R_CALL main.idu+0
	rel 663+4 t=R_CALL main.idu+0
	rel 673+4 t=R_CALL runtime.printlock+0
	rel 686+4 t=R_CALL runtime.printuint+0
	rel 691+4 t=R_CALL runtime.printsp+0
	rel 705+4 t=R_CALL runtime.printuint+0
	rel 710+4 t=R_CALL runtime.printsp+0
	rel 723+4 t=R_CALL runtime.printuint+0
	rel 728+4 t=R_CALL runtime.printnl+0
	rel 737+4 t=R_CALL runtime.printunlock+0
	rel 747+4 t=R_CALL main.id64+0
	rel 769+4 t=R_CALL main.id64+0
	rel 784+4 t=R_CALL main.id64+0
	rel 801+4 t=R_CALL main.id64+0
	rel 811+4 t=R_CALL runtime.printlock+0
	rel 825+4 t=R_CALL runtime.printint+0
	rel 833+4 t=R_CALL runtime.printsp+0
	rel 865+4 t=R_CALL runtime.printuint+0
	rel 870+4 t=R_CALL runtime.printsp+0
	rel 880+4 t=R_CALL runtime.printint+0
	rel 885+4 t=R_CALL runtime.printsp+0
	rel 897+4 t=R_CALL runtime.printuint+0
	rel 902+4 t=R_CALL runtime.printnl+0
	rel 907+4 t=R_CALL runtime.printunlock+0
	rel 917+4 t=R_CALL main.id8+0
	rel 931+4 t=R_CALL main.id8+0
	rel 945+4 t=R_CALL main.id8+0
	rel 954+4 t=R_CALL runtime.printlock+0
	rel 968+4 t=R_CALL runtime.printint+0
	rel 973+4 t=R_CALL runtime.printsp+0
	rel 987+4 t=R_CALL runtime.printuint+0
	rel 993+4 t=R_CALL runtime.printsp+0
	rel 1006+4 t=R_CALL runtime.printuint+0
	rel 1011+4 t=R_CALL runtime.printnl+0
	rel 1016+4 t=R_CALL runtime.printunlock+0
	rel 1037+4 t=R_PCREL go:string."goasm"+0
	rel 1077+4 t=R_CALL runtime.printlock+0
	rel 1089+4 t=R_CALL runtime.printuint+0
	rel 1094+4 t=R_CALL runtime.printnl+0
	rel 1099+4 t=R_CALL runtime.printunlock+0
	rel 1115+4 t=R_PCREL go:string."goasm"+0
	rel 1145+4 t=R_CALL runtime.printlock+0
	rel 1156+4 t=R_CALL runtime.printuint+0
	rel 1161+4 t=R_CALL runtime.printnl+0
	rel 1166+4 t=R_CALL runtime.printunlock+0
	rel 1177+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."goasm" SRODATA dupok size=5 align=0x1
	0x0000 67 6f 61 73 6d                                   goasm
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.id8.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 01 ff                                         ...
main.id8.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.id64.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.id64.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.idu.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.idu.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
