funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (builtins_min_max_clear.go:7)	TEXT	main.main(SB), ABIInternal, $568-0
     0        00000 (builtins_min_max_clear.go:7)	TEXT	main.main(SB), ABIInternal, $568-0
     0     -1 00000 (builtins_min_max_clear.go:7)	LEAQ	-440(SP), R12
     8        00008 (builtins_min_max_clear.go:7)	CMPQ	R12, 16(R14)
     c        00012 (builtins_min_max_clear.go:7)	PCDATA	$0, $-2
     c        00012 (builtins_min_max_clear.go:7)	JLS	1250
    12        00018 (builtins_min_max_clear.go:7)	PCDATA	$0, $-1
    12        00018 (builtins_min_max_clear.go:7)	PUSHQ	BP
    13        00019 (builtins_min_max_clear.go:7)	MOVQ	SP, BP
    16        00022 (builtins_min_max_clear.go:7)	SUBQ	$560, SP
    1d        00029 (builtins_min_max_clear.go:7)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    1d        00029 (builtins_min_max_clear.go:7)	FUNCDATA	$1, gclocals·oeS24R/vEzLOVIBV6Zr+jQ==(SB)
    1d        00029 (builtins_min_max_clear.go:7)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (builtins_min_max_clear.go:8)	PCDATA	$1, $0
    1d        00029 (builtins_min_max_clear.go:8)	NOP
    20        00032 (builtins_min_max_clear.go:8)	CALL	main.vals(SB)
    25        00037 (builtins_min_max_clear.go:8)	MOVQ	CX, main.c+32(SP)
    2a        00042 (builtins_min_max_clear.go:8)	MOVQ	BX, main.b+40(SP)
    2f        00047 (builtins_min_max_clear.go:8)	MOVQ	AX, main.a+48(SP)
    34        00052 (builtins_min_max_clear.go:9)	CALL	runtime.printlock(SB)
    39        00057 (builtins_min_max_clear.go:9)	MOVQ	main.b+40(SP), AX
    3e        00062 (builtins_min_max_clear.go:9)	MOVQ	main.a+48(SP), CX
    43        00067 (builtins_min_max_clear.go:9)	CMPQ	AX, CX
    46        00070 (builtins_min_max_clear.go:9)	MOVQ	CX, DX
    49        00073 (builtins_min_max_clear.go:9)	CMOVQLT	AX, CX
    4d        00077 (builtins_min_max_clear.go:9)	CMOVQGT	AX, DX
    51        00081 (builtins_min_max_clear.go:9)	MOVQ	DX, main..autotmp_56+88(SP)
    56        00086 (builtins_min_max_clear.go:9)	MOVQ	main.c+32(SP), AX
    5b        00091 (builtins_min_max_clear.go:9)	CMPQ	AX, CX
    5e        00094 (builtins_min_max_clear.go:9)	CMOVQLT	AX, CX
    62        00098 (builtins_min_max_clear.go:9)	MOVQ	CX, AX
    65        00101 (builtins_min_max_clear.go:9)	CALL	runtime.printint(SB)
    6a        00106 (builtins_min_max_clear.go:9)	CALL	runtime.printsp(SB)
    6f        00111 (builtins_min_max_clear.go:9)	MOVQ	main.c+32(SP), AX
    74        00116 (builtins_min_max_clear.go:9)	MOVQ	main..autotmp_56+88(SP), CX
    79        00121 (builtins_min_max_clear.go:9)	CMPQ	AX, CX
    7c        00124 (builtins_min_max_clear.go:9)	CMOVQGT	AX, CX
    80        00128 (builtins_min_max_clear.go:9)	MOVQ	CX, AX
    83        00131 (builtins_min_max_clear.go:9)	CALL	runtime.printint(SB)
    88        00136 (builtins_min_max_clear.go:9)	CALL	runtime.printsp(SB)
    8d        00141 (builtins_min_max_clear.go:9)	MOVQ	main.a+48(SP), AX
    92        00146 (builtins_min_max_clear.go:9)	CALL	runtime.printint(SB)
    97        00151 (builtins_min_max_clear.go:9)	CALL	runtime.printsp(SB)
    9c        00156 (builtins_min_max_clear.go:9)	MOVQ	main.c+32(SP), AX
    a1        00161 (builtins_min_max_clear.go:9)	MOVQ	main.b+40(SP), CX
    a6        00166 (builtins_min_max_clear.go:9)	CMPQ	AX, CX
    a9        00169 (builtins_min_max_clear.go:9)	CMOVQGT	AX, CX
    ad        00173 (builtins_min_max_clear.go:9)	MOVQ	CX, AX
    b0        00176 (builtins_min_max_clear.go:9)	CALL	runtime.printint(SB)
    b5        00181 (builtins_min_max_clear.go:9)	CALL	runtime.printnl(SB)
    ba        00186 (builtins_min_max_clear.go:9)	CALL	runtime.printunlock(SB)
    bf        00191 (builtins_min_max_clear.go:9)	NOP
    c0        00192 (builtins_min_max_clear.go:10)	CALL	runtime.printlock(SB)
    c5        00197 (builtins_min_max_clear.go:10)	MOVSD	$f64.3ff8000000000000(SB), X0
    cd        00205 (builtins_min_max_clear.go:10)	CALL	runtime.printfloat64(SB)
    d2        00210 (builtins_min_max_clear.go:10)	CALL	runtime.printsp(SB)
    d7        00215 (builtins_min_max_clear.go:10)	MOVSD	$f64.bfe0000000000000(SB), X0
    df        00223 (builtins_min_max_clear.go:10)	NOP
    e0        00224 (builtins_min_max_clear.go:10)	CALL	runtime.printfloat64(SB)
    e5        00229 (builtins_min_max_clear.go:10)	CALL	runtime.printnl(SB)
    ea        00234 (builtins_min_max_clear.go:10)	CALL	runtime.printunlock(SB)
    ef        00239 (builtins_min_max_clear.go:11)	CALL	runtime.printlock(SB)
    f4        00244 (builtins_min_max_clear.go:11)	LEAQ	go:string."apple zoo\n"(SB), AX
    fb        00251 (builtins_min_max_clear.go:11)	MOVL	$10, BX
   100        00256 (builtins_min_max_clear.go:11)	CALL	runtime.printstring(SB)
   105        00261 (builtins_min_max_clear.go:11)	CALL	runtime.printunlock(SB)
   10a        00266 (builtins_min_max_clear.go:13)	CALL	runtime.printlock(SB)
   10f        00271 (builtins_min_max_clear.go:13)	MOVL	$100, AX
   114        00276 (builtins_min_max_clear.go:13)	CALL	runtime.printuint(SB)
   119        00281 (builtins_min_max_clear.go:13)	CALL	runtime.printsp(SB)
   11e        00286 (builtins_min_max_clear.go:13)	MOVL	$200, AX
   123        00291 (builtins_min_max_clear.go:13)	CALL	runtime.printuint(SB)
   128        00296 (builtins_min_max_clear.go:13)	CALL	runtime.printnl(SB)
   12d        00301 (builtins_min_max_clear.go:13)	CALL	runtime.printunlock(SB)
   132        00306 (builtins_min_max_clear.go:15)	MOVQ	$1, main..autotmp_24+232(SP)
   13e        00318 (builtins_min_max_clear.go:15)	MOVQ	$4, main..autotmp_24+256(SP)
   14a        00330 (builtins_min_max_clear.go:16)	LEAQ	main..autotmp_24+240(SP), AX
   152        00338 (builtins_min_max_clear.go:16)	MOVUPS	X15, (AX)
   156        00342 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_24+232(SP), AX
   15e        00350 (builtins_min_max_clear.go:17)	MOVQ	AX, main..autotmp_56+88(SP)
   163        00355 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_24+240(SP), AX
   16b        00363 (builtins_min_max_clear.go:17)	MOVQ	AX, main..autotmp_57+80(SP)
   170        00368 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_24+248(SP), AX
   178        00376 (builtins_min_max_clear.go:17)	MOVQ	AX, main..autotmp_58+72(SP)
   17d        00381 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_24+256(SP), AX
   185        00389 (builtins_min_max_clear.go:17)	MOVQ	AX, main..autotmp_59+64(SP)
   18a        00394 (builtins_min_max_clear.go:17)	CALL	runtime.printlock(SB)
   18f        00399 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_56+88(SP), AX
   194        00404 (builtins_min_max_clear.go:17)	CALL	runtime.printint(SB)
   199        00409 (builtins_min_max_clear.go:17)	CALL	runtime.printsp(SB)
   19e        00414 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_57+80(SP), AX
   1a3        00419 (builtins_min_max_clear.go:17)	CALL	runtime.printint(SB)
   1a8        00424 (builtins_min_max_clear.go:17)	CALL	runtime.printsp(SB)
   1ad        00429 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_58+72(SP), AX
   1b2        00434 (builtins_min_max_clear.go:17)	CALL	runtime.printint(SB)
   1b7        00439 (builtins_min_max_clear.go:17)	CALL	runtime.printsp(SB)
   1bc        00444 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_59+64(SP), AX
   1c1        00449 (builtins_min_max_clear.go:17)	CALL	runtime.printint(SB)
   1c6        00454 (builtins_min_max_clear.go:17)	CALL	runtime.printsp(SB)
   1cb        00459 (builtins_min_max_clear.go:17)	MOVL	$4, AX
   1d0        00464 (builtins_min_max_clear.go:17)	CALL	runtime.printint(SB)
   1d5        00469 (builtins_min_max_clear.go:17)	CALL	runtime.printnl(SB)
   1da        00474 (builtins_min_max_clear.go:17)	CALL	runtime.printunlock(SB)
   1df        00479 (builtins_min_max_clear.go:18)	LEAQ	main..autotmp_32+512(SP), AX
   1e7        00487 (builtins_min_max_clear.go:18)	MOVUPS	X15, (AX)
   1eb        00491 (builtins_min_max_clear.go:18)	MOVUPS	X15, 16(AX)
   1f0        00496 (builtins_min_max_clear.go:18)	MOVUPS	X15, 32(AX)
   1f5        00501 (builtins_min_max_clear.go:18)	LEAQ	main..autotmp_33+312(SP), AX
   1fd        00509 (builtins_min_max_clear.go:18)	MOVL	$3, CX
   202        00514 (builtins_min_max_clear.go:18)	MOVUPS	X15, (AX)
   206        00518 (builtins_min_max_clear.go:18)	MOVUPS	X15, 16(AX)
   20b        00523 (builtins_min_max_clear.go:18)	MOVUPS	X15, 32(AX)
   210        00528 (builtins_min_max_clear.go:18)	MOVUPS	X15, 48(AX)
   215        00533 (builtins_min_max_clear.go:18)	ADDQ	$64, AX
   219        00537 (builtins_min_max_clear.go:18)	DECL	CX
   21b        00539 (builtins_min_max_clear.go:18)	JNE	514
   21d        00541 (builtins_min_max_clear.go:18)	MOVUPS	X15, -8(AX)
   222        00546 (builtins_min_max_clear.go:18)	MOVQ	$-9187201950435737472, AX
   22c        00556 (builtins_min_max_clear.go:18)	MOVQ	AX, main..autotmp_33+312(SP)
   234        00564 (builtins_min_max_clear.go:18)	LEAQ	main..autotmp_33+312(SP), AX
   23c        00572 (builtins_min_max_clear.go:18)	MOVQ	AX, main..autotmp_32+528(SP)
   244        00580 (builtins_min_max_clear.go:18)	PCDATA	$1, $1
   244        00580 (builtins_min_max_clear.go:18)	CALL	runtime.rand(SB)
   249        00585 (builtins_min_max_clear.go:18)	MOVQ	AX, main..autotmp_32+520(SP)
   251        00593 (builtins_min_max_clear.go:18)	LEAQ	type:map[string]int(SB), AX
   258        00600 (builtins_min_max_clear.go:18)	LEAQ	main..autotmp_32+512(SP), BX
   260        00608 (builtins_min_max_clear.go:18)	LEAQ	go:string."a"(SB), CX
   267        00615 (builtins_min_max_clear.go:18)	MOVL	$1, DI
   26c        00620 (builtins_min_max_clear.go:18)	CALL	runtime.mapassign_faststr(SB)
   271        00625 (builtins_min_max_clear.go:18)	MOVQ	$1, (AX)
   278        00632 (builtins_min_max_clear.go:18)	LEAQ	type:map[string]int(SB), AX
   27f        00639 (builtins_min_max_clear.go:18)	LEAQ	main..autotmp_32+512(SP), BX
   287        00647 (builtins_min_max_clear.go:18)	LEAQ	go:string."b"(SB), CX
   28e        00654 (builtins_min_max_clear.go:18)	MOVL	$1, DI
   293        00659 (builtins_min_max_clear.go:18)	CALL	runtime.mapassign_faststr(SB)
   298        00664 (builtins_min_max_clear.go:18)	MOVQ	$2, (AX)
   29f        00671 (builtins_min_max_clear.go:19)	LEAQ	type:map[string]int(SB), AX
   2a6        00678 (builtins_min_max_clear.go:19)	LEAQ	main..autotmp_32+512(SP), BX
   2ae        00686 (builtins_min_max_clear.go:19)	CALL	runtime.mapclear(SB)
   2b3        00691 (builtins_min_max_clear.go:20)	MOVQ	main..autotmp_32+512(SP), AX
   2bb        00699 (builtins_min_max_clear.go:20)	MOVQ	AX, main..autotmp_60+56(SP)
   2c0        00704 (builtins_min_max_clear.go:20)	CALL	runtime.printlock(SB)
   2c5        00709 (builtins_min_max_clear.go:20)	MOVQ	main..autotmp_60+56(SP), AX
   2ca        00714 (builtins_min_max_clear.go:20)	CALL	runtime.printint(SB)
   2cf        00719 (builtins_min_max_clear.go:20)	CALL	runtime.printnl(SB)
   2d4        00724 (builtins_min_max_clear.go:20)	CALL	runtime.printunlock(SB)
   2d9        00729 (builtins_min_max_clear.go:21)	LEAQ	type:map[string]int(SB), AX
   2e0        00736 (builtins_min_max_clear.go:21)	LEAQ	main..autotmp_32+512(SP), BX
   2e8        00744 (builtins_min_max_clear.go:21)	LEAQ	go:string."c"(SB), CX
   2ef        00751 (builtins_min_max_clear.go:21)	MOVL	$1, DI
   2f4        00756 (builtins_min_max_clear.go:21)	CALL	runtime.mapassign_faststr(SB)
   2f9        00761 (builtins_min_max_clear.go:21)	MOVQ	$3, (AX)
   300        00768 (builtins_min_max_clear.go:22)	MOVQ	main..autotmp_32+512(SP), AX
   308        00776 (builtins_min_max_clear.go:22)	MOVQ	AX, main..autotmp_60+56(SP)
   30d        00781 (builtins_min_max_clear.go:22)	LEAQ	type:map[string]int(SB), AX
   314        00788 (builtins_min_max_clear.go:22)	LEAQ	main..autotmp_32+512(SP), BX
   31c        00796 (builtins_min_max_clear.go:22)	LEAQ	go:string."c"(SB), CX
   323        00803 (builtins_min_max_clear.go:22)	MOVL	$1, DI
   328        00808 (builtins_min_max_clear.go:22)	PCDATA	$1, $0
   328        00808 (builtins_min_max_clear.go:22)	CALL	runtime.mapaccess1_faststr(SB)
   32d        00813 (builtins_min_max_clear.go:22)	MOVQ	(AX), AX
   330        00816 (builtins_min_max_clear.go:22)	MOVQ	AX, main..autotmp_56+88(SP)
   335        00821 (builtins_min_max_clear.go:22)	CALL	runtime.printlock(SB)
   33a        00826 (builtins_min_max_clear.go:22)	MOVQ	main..autotmp_60+56(SP), AX
   33f        00831 (builtins_min_max_clear.go:22)	NOP
   340        00832 (builtins_min_max_clear.go:22)	CALL	runtime.printint(SB)
   345        00837 (builtins_min_max_clear.go:22)	CALL	runtime.printsp(SB)
   34a        00842 (builtins_min_max_clear.go:22)	MOVQ	main..autotmp_56+88(SP), AX
   34f        00847 (builtins_min_max_clear.go:22)	CALL	runtime.printint(SB)
   354        00852 (builtins_min_max_clear.go:22)	CALL	runtime.printnl(SB)
   359        00857 (builtins_min_max_clear.go:22)	CALL	runtime.printunlock(SB)
   35e        00862 (builtins_min_max_clear.go:27)	LEAQ	main..autotmp_44+264(SP), AX
   366        00870 (builtins_min_max_clear.go:27)	MOVUPS	X15, (AX)
   36a        00874 (builtins_min_max_clear.go:27)	MOVUPS	X15, 16(AX)
   36f        00879 (builtins_min_max_clear.go:27)	MOVUPS	X15, 32(AX)
   374        00884 (builtins_min_max_clear.go:27)	LEAQ	main..autotmp_45+96(SP), AX
   379        00889 (builtins_min_max_clear.go:27)	MOVUPS	X15, (AX)
   37d        00893 (builtins_min_max_clear.go:27)	MOVUPS	X15, 16(AX)
   382        00898 (builtins_min_max_clear.go:27)	MOVUPS	X15, 32(AX)
   387        00903 (builtins_min_max_clear.go:27)	MOVUPS	X15, 48(AX)
   38c        00908 (builtins_min_max_clear.go:27)	MOVUPS	X15, 64(AX)
   391        00913 (builtins_min_max_clear.go:27)	MOVUPS	X15, 80(AX)
   396        00918 (builtins_min_max_clear.go:27)	MOVUPS	X15, 96(AX)
   39b        00923 (builtins_min_max_clear.go:27)	MOVUPS	X15, 112(AX)
   3a0        00928 (builtins_min_max_clear.go:27)	MOVUPS	X15, 120(AX)
   3a5        00933 (builtins_min_max_clear.go:27)	MOVQ	$-9187201950435737472, CX
   3af        00943 (builtins_min_max_clear.go:27)	MOVQ	CX, main..autotmp_45+96(SP)
   3b4        00948 (builtins_min_max_clear.go:27)	MOVQ	AX, main..autotmp_44+280(SP)
   3bc        00956 (builtins_min_max_clear.go:27)	PCDATA	$1, $2
   3bc        00956 (builtins_min_max_clear.go:27)	NOP
   3c0        00960 (builtins_min_max_clear.go:27)	CALL	runtime.rand(SB)
   3c5        00965 (builtins_min_max_clear.go:27)	MOVQ	AX, main..autotmp_44+272(SP)
   3cd        00973 (builtins_min_max_clear.go:27)	LEAQ	type:map[int]int(SB), AX
   3d4        00980 (builtins_min_max_clear.go:27)	LEAQ	main..autotmp_44+264(SP), BX
   3dc        00988 (builtins_min_max_clear.go:27)	MOVL	$1, CX
   3e1        00993 (builtins_min_max_clear.go:27)	CALL	runtime.mapassign_fast64(SB)
   3e6        00998 (builtins_min_max_clear.go:27)	MOVQ	$1, (AX)
   3ed        01005 (builtins_min_max_clear.go:27)	LEAQ	type:map[int]int(SB), AX
   3f4        01012 (builtins_min_max_clear.go:27)	LEAQ	main..autotmp_44+264(SP), BX
   3fc        01020 (builtins_min_max_clear.go:27)	MOVL	$2, CX
   401        01025 (builtins_min_max_clear.go:27)	CALL	runtime.mapassign_fast64(SB)
   406        01030 (builtins_min_max_clear.go:27)	MOVQ	$2, (AX)
   40d        01037 (builtins_min_max_clear.go:28)	MOVQ	main..autotmp_44+264(SP), AX
   415        01045 (builtins_min_max_clear.go:28)	MOVQ	AX, main..autotmp_60+56(SP)
   41a        01050 (builtins_min_max_clear.go:28)	PCDATA	$1, $0
   41a        01050 (builtins_min_max_clear.go:28)	CALL	runtime.printlock(SB)
   41f        01055 (builtins_min_max_clear.go:28)	MOVL	$5, AX
   424        01060 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
   429        01065 (builtins_min_max_clear.go:28)	CALL	runtime.printsp(SB)
   42e        01070 (builtins_min_max_clear.go:28)	MOVL	$5, AX
   433        01075 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
   438        01080 (builtins_min_max_clear.go:28)	CALL	runtime.printsp(SB)
   43d        01085 (builtins_min_max_clear.go:28)	MOVL	$6, AX
   442        01090 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
   447        01095 (builtins_min_max_clear.go:28)	CALL	runtime.printsp(SB)
   44c        01100 (builtins_min_max_clear.go:28)	MOVL	$3, AX
   451        01105 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
   456        01110 (builtins_min_max_clear.go:28)	CALL	runtime.printsp(SB)
   45b        01115 (builtins_min_max_clear.go:28)	MOVL	$8, AX
   460        01120 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
   465        01125 (builtins_min_max_clear.go:28)	CALL	runtime.printsp(SB)
   46a        01130 (builtins_min_max_clear.go:28)	MOVQ	main..autotmp_60+56(SP), AX
   46f        01135 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
   474        01140 (builtins_min_max_clear.go:28)	CALL	runtime.printnl(SB)
   479        01145 (builtins_min_max_clear.go:28)	CALL	runtime.printunlock(SB)
   47e        01150 (builtins_min_max_clear.go:28)	NOP
   480        01152 (builtins_min_max_clear.go:31)	CALL	runtime.printlock(SB)
   485        01157 (builtins_min_max_clear.go:31)	XORL	AX, AX
   487        01159 (builtins_min_max_clear.go:31)	CALL	runtime.printint(SB)
   48c        01164 (builtins_min_max_clear.go:31)	CALL	runtime.printsp(SB)
   491        01169 (builtins_min_max_clear.go:31)	XORL	AX, AX
   493        01171 (builtins_min_max_clear.go:31)	CALL	runtime.printint(SB)
   498        01176 (builtins_min_max_clear.go:31)	CALL	runtime.printsp(SB)
   49d        01181 (builtins_min_max_clear.go:31)	XORL	AX, AX
   49f        01183 (builtins_min_max_clear.go:31)	NOP
   4a0        01184 (builtins_min_max_clear.go:31)	CALL	runtime.printint(SB)
   4a5        01189 (builtins_min_max_clear.go:31)	CALL	runtime.printnl(SB)
   4aa        01194 (builtins_min_max_clear.go:31)	CALL	runtime.printunlock(SB)
   4af        01199 (builtins_min_max_clear.go:33)	CALL	runtime.printlock(SB)
   4b4        01204 (builtins_min_max_clear.go:33)	MOVL	$5, AX
   4b9        01209 (builtins_min_max_clear.go:33)	CALL	runtime.printint(SB)
   4be        01214 (builtins_min_max_clear.go:33)	NOP
   4c0        01216 (builtins_min_max_clear.go:33)	CALL	runtime.printsp(SB)
   4c5        01221 (builtins_min_max_clear.go:33)	MOVL	$3, AX
   4ca        01226 (builtins_min_max_clear.go:33)	CALL	runtime.printint(SB)
   4cf        01231 (builtins_min_max_clear.go:33)	CALL	runtime.printnl(SB)
   4d4        01236 (builtins_min_max_clear.go:33)	CALL	runtime.printunlock(SB)
   4d9        01241 (builtins_min_max_clear.go:9)	ADDQ	$560, SP
   4e0        01248 (builtins_min_max_clear.go:9)	POPQ	BP
   4e1        01249 (builtins_min_max_clear.go:9)	RET
   4e2        01250 (builtins_min_max_clear.go:9)	NOP
   4e2        01250 (builtins_min_max_clear.go:7)	PCDATA	$1, $-1
   4e2        01250 (builtins_min_max_clear.go:7)	PCDATA	$0, $-2
   4e2        01250 (builtins_min_max_clear.go:7)	CALL	runtime.morestack_noctxt(SB)
   4e7        01255 (builtins_min_max_clear.go:7)	PCDATA	$0, $-1
   4e7        01255 (builtins_min_max_clear.go:7)	JMP	0
   4ec done
wrote 4 bytes to 0x0
 00 ec 09 00
funcpctab main.vals [valfunc=pctoinline]
     0     -1 00000 (builtins_min_max_clear.go:5)	TEXT	main.vals(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (builtins_min_max_clear.go:5)	TEXT	main.vals(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (builtins_min_max_clear.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (builtins_min_max_clear.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (builtins_min_max_clear.go:5)	MOVL	$7, AX
     5        00005 (builtins_min_max_clear.go:5)	MOVQ	$-2, BX
     c        00012 (builtins_min_max_clear.go:5)	MOVL	$5, CX
    11        00017 (builtins_min_max_clear.go:5)	RET
    12 done
wrote 3 bytes to 0x0
 00 12 00
main.vals STEXT nosplit size=18 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (builtins_min_max_clear.go:5)	TEXT	main.vals(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (builtins_min_max_clear.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (builtins_min_max_clear.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (builtins_min_max_clear.go:5)	MOVL	$7, AX
	0x0005 00005 (builtins_min_max_clear.go:5)	MOVQ	$-2, BX
	0x000c 00012 (builtins_min_max_clear.go:5)	MOVL	$5, CX
	0x0011 00017 (builtins_min_max_clear.go:5)	RET
	0x0000 b8 07 00 00 00 48 c7 c3 fe ff ff ff b9 05 00 00  .....H..........
	0x0010 00 c3                                            ..
main.main STEXT size=1260 align=0x0 args=0x0 locals=0x238 funcid=0x0
	0x0000 00000 (builtins_min_max_clear.go:7)	TEXT	main.main(SB), ABIInternal, $568-0
	0x0000 00000 (builtins_min_max_clear.go:7)	LEAQ	-440(SP), R12
	0x0008 00008 (builtins_min_max_clear.go:7)	CMPQ	R12, 16(R14)
	0x000c 00012 (builtins_min_max_clear.go:7)	PCDATA	$0, $-2
	0x000c 00012 (builtins_min_max_clear.go:7)	JLS	1250
	0x0012 00018 (builtins_min_max_clear.go:7)	PCDATA	$0, $-1
	0x0012 00018 (builtins_min_max_clear.go:7)	PUSHQ	BP
	0x0013 00019 (builtins_min_max_clear.go:7)	MOVQ	SP, BP
	0x0016 00022 (builtins_min_max_clear.go:7)	SUBQ	$560, SP
	0x001d 00029 (builtins_min_max_clear.go:7)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x001d 00029 (builtins_min_max_clear.go:7)	FUNCDATA	$1, gclocals·oeS24R/vEzLOVIBV6Zr+jQ==(SB)
	0x001d 00029 (builtins_min_max_clear.go:7)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (builtins_min_max_clear.go:8)	PCDATA	$1, $0
	0x001d 00029 (builtins_min_max_clear.go:8)	NOP
	0x0020 00032 (builtins_min_max_clear.go:8)	CALL	main.vals(SB)
	0x0025 00037 (builtins_min_max_clear.go:8)	MOVQ	CX, main.c+32(SP)
	0x002a 00042 (builtins_min_max_clear.go:8)	MOVQ	BX, main.b+40(SP)
	0x002f 00047 (builtins_min_max_clear.go:8)	MOVQ	AX, main.a+48(SP)
	0x0034 00052 (builtins_min_max_clear.go:9)	CALL	runtime.printlock(SB)
	0x0039 00057 (builtins_min_max_clear.go:9)	MOVQ	main.b+40(SP), AX
	0x003e 00062 (builtins_min_max_clear.go:9)	MOVQ	main.a+48(SP), CX
	0x0043 00067 (builtins_min_max_clear.go:9)	CMPQ	AX, CX
	0x0046 00070 (builtins_min_max_clear.go:9)	MOVQ	CX, DX
	0x0049 00073 (builtins_min_max_clear.go:9)	CMOVQLT	AX, CX
	0x004d 00077 (builtins_min_max_clear.go:9)	CMOVQGT	AX, DX
	0x0051 00081 (builtins_min_max_clear.go:9)	MOVQ	DX, main..autotmp_56+88(SP)
	0x0056 00086 (builtins_min_max_clear.go:9)	MOVQ	main.c+32(SP), AX
	0x005b 00091 (builtins_min_max_clear.go:9)	CMPQ	AX, CX
	0x005e 00094 (builtins_min_max_clear.go:9)	CMOVQLT	AX, CX
	0x0062 00098 (builtins_min_max_clear.go:9)	MOVQ	CX, AX
	0x0065 00101 (builtins_min_max_clear.go:9)	CALL	runtime.printint(SB)
	0x006a 00106 (builtins_min_max_clear.go:9)	CALL	runtime.printsp(SB)
	0x006f 00111 (builtins_min_max_clear.go:9)	MOVQ	main.c+32(SP), AX
	0x0074 00116 (builtins_min_max_clear.go:9)	MOVQ	main..autotmp_56+88(SP), CX
	0x0079 00121 (builtins_min_max_clear.go:9)	CMPQ	AX, CX
	0x007c 00124 (builtins_min_max_clear.go:9)	CMOVQGT	AX, CX
	0x0080 00128 (builtins_min_max_clear.go:9)	MOVQ	CX, AX
	0x0083 00131 (builtins_min_max_clear.go:9)	CALL	runtime.printint(SB)
	0x0088 00136 (builtins_min_max_clear.go:9)	CALL	runtime.printsp(SB)
	0x008d 00141 (builtins_min_max_clear.go:9)	MOVQ	main.a+48(SP), AX
	0x0092 00146 (builtins_min_max_clear.go:9)	CALL	runtime.printint(SB)
	0x0097 00151 (builtins_min_max_clear.go:9)	CALL	runtime.printsp(SB)
	0x009c 00156 (builtins_min_max_clear.go:9)	MOVQ	main.c+32(SP), AX
	0x00a1 00161 (builtins_min_max_clear.go:9)	MOVQ	main.b+40(SP), CX
	0x00a6 00166 (builtins_min_max_clear.go:9)	CMPQ	AX, CX
	0x00a9 00169 (builtins_min_max_clear.go:9)	CMOVQGT	AX, CX
	0x00ad 00173 (builtins_min_max_clear.go:9)	MOVQ	CX, AX
	0x00b0 00176 (builtins_min_max_clear.go:9)	CALL	runtime.printint(SB)
	0x00b5 00181 (builtins_min_max_clear.go:9)	CALL	runtime.printnl(SB)
	0x00ba 00186 (builtins_min_max_clear.go:9)	CALL	runtime.printunlock(SB)
	0x00bf 00191 (builtins_min_max_clear.go:9)	NOP
	0x00c0 00192 (builtins_min_max_clear.go:10)	CALL	runtime.printlock(SB)
	0x00c5 00197 (builtins_min_max_clear.go:10)	MOVSD	$f64.3ff8000000000000(SB), X0
	0x00cd 00205 (builtins_min_max_clear.go:10)	CALL	runtime.printfloat64(SB)
	0x00d2 00210 (builtins_min_max_clear.go:10)	CALL	runtime.printsp(SB)
	0x00d7 00215 (builtins_min_max_clear.go:10)	MOVSD	$f64.bfe0000000000000(SB), X0
	0x00df 00223 (builtins_min_max_clear.go:10)	NOP
	0x00e0 00224 (builtins_min_max_clear.go:10)	CALL	runtime.printfloat64(SB)
	0x00e5 00229 (builtins_min_max_clear.go:10)	CALL	runtime.printnl(SB)
	0x00ea 00234 (builtins_min_max_clear.go:10)	CALL	runtime.printunlock(SB)
	0x00ef 00239 (builtins_min_max_clear.go:11)	CALL	runtime.printlock(SB)
	0x00f4 00244 (builtins_min_max_clear.go:11)	LEAQ	go:string."apple zoo\n"(SB), AX
	0x00fb 00251 (builtins_min_max_clear.go:11)	MOVL	$10, BX
	0x0100 00256 (builtins_min_max_clear.go:11)	CALL	runtime.printstring(SB)
	0x0105 00261 (builtins_min_max_clear.go:11)	CALL	runtime.printunlock(SB)
	0x010a 00266 (builtins_min_max_clear.go:13)	CALL	runtime.printlock(SB)
	0x010f 00271 (builtins_min_max_clear.go:13)	MOVL	$100, AX
	0x0114 00276 (builtins_min_max_clear.go:13)	CALL	runtime.printuint(SB)
	0x0119 00281 (builtins_min_max_clear.go:13)	CALL	runtime.printsp(SB)
	0x011e 00286 (builtins_min_max_clear.go:13)	MOVL	$200, AX
	0x0123 00291 (builtins_min_max_clear.go:13)	CALL	runtime.printuint(SB)
	0x0128 00296 (builtins_min_max_clear.go:13)	CALL	runtime.printnl(SB)
	0x012d 00301 (builtins_min_max_clear.go:13)	CALL	runtime.printunlock(SB)
	0x0132 00306 (builtins_min_max_clear.go:15)	MOVQ	$1, main..autotmp_24+232(SP)
	0x013e 00318 (builtins_min_max_clear.go:15)	MOVQ	$4, main..autotmp_24+256(SP)
	0x014a 00330 (builtins_min_max_clear.go:16)	LEAQ	main..autotmp_24+240(SP), AX
	0x0152 00338 (builtins_min_max_clear.go:16)	MOVUPS	X15, (AX)
	0x0156 00342 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_24+232(SP), AX
	0x015e 00350 (builtins_min_max_clear.go:17)	MOVQ	AX, main..autotmp_56+88(SP)
	0x0163 00355 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_24+240(SP), AX
	0x016b 00363 (builtins_min_max_clear.go:17)	MOVQ	AX, main..autotmp_57+80(SP)
	0x0170 00368 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_24+248(SP), AX
	0x0178 00376 (builtins_min_max_clear.go:17)	MOVQ	AX, main..autotmp_58+72(SP)
	0x017d 00381 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_24+256(SP), AX
	0x0185 00389 (builtins_min_max_clear.go:17)	MOVQ	AX, main..autotmp_59+64(SP)
	0x018a 00394 (builtins_min_max_clear.go:17)	CALL	runtime.printlock(SB)
	0x018f 00399 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_56+88(SP), AX
	0x0194 00404 (builtins_min_max_clear.go:17)	CALL	runtime.printint(SB)
	0x0199 00409 (builtins_min_max_clear.go:17)	CALL	runtime.printsp(SB)
	0x019e 00414 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_57+80(SP), AX
	0x01a3 00419 (builtins_min_max_clear.go:17)	CALL	runtime.printint(SB)
	0x01a8 00424 (builtins_min_max_clear.go:17)	CALL	runtime.printsp(SB)
	0x01ad 00429 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_58+72(SP), AX
	0x01b2 00434 (builtins_min_max_clear.go:17)	CALL	runtime.printint(SB)
	0x01b7 00439 (builtins_min_max_clear.go:17)	CALL	runtime.printsp(SB)
	0x01bc 00444 (builtins_min_max_clear.go:17)	MOVQ	main..autotmp_59+64(SP), AX
	0x01c1 00449 (builtins_min_max_clear.go:17)	CALL	runtime.printint(SB)
	0x01c6 00454 (builtins_min_max_clear.go:17)	CALL	runtime.printsp(SB)
	0x01cb 00459 (builtins_min_max_clear.go:17)	MOVL	$4, AX
	0x01d0 00464 (builtins_min_max_clear.go:17)	CALL	runtime.printint(SB)
	0x01d5 00469 (builtins_min_max_clear.go:17)	CALL	runtime.printnl(SB)
	0x01da 00474 (builtins_min_max_clear.go:17)	CALL	runtime.printunlock(SB)
	0x01df 00479 (builtins_min_max_clear.go:18)	LEAQ	main..autotmp_32+512(SP), AX
	0x01e7 00487 (builtins_min_max_clear.go:18)	MOVUPS	X15, (AX)
	0x01eb 00491 (builtins_min_max_clear.go:18)	MOVUPS	X15, 16(AX)
	0x01f0 00496 (builtins_min_max_clear.go:18)	MOVUPS	X15, 32(AX)
	0x01f5 00501 (builtins_min_max_clear.go:18)	LEAQ	main..autotmp_33+312(SP), AX
	0x01fd 00509 (builtins_min_max_clear.go:18)	MOVL	$3, CX
	0x0202 00514 (builtins_min_max_clear.go:18)	MOVUPS	X15, (AX)
	0x0206 00518 (builtins_min_max_clear.go:18)	MOVUPS	X15, 16(AX)
	0x020b 00523 (builtins_min_max_clear.go:18)	MOVUPS	X15, 32(AX)
	0x0210 00528 (builtins_min_max_clear.go:18)	MOVUPS	X15, 48(AX)
	0x0215 00533 (builtins_min_max_clear.go:18)	ADDQ	$64, AX
	0x0219 00537 (builtins_min_max_clear.go:18)	DECL	CX
	0x021b 00539 (builtins_min_max_clear.go:18)	JNE	514
	0x021d 00541 (builtins_min_max_clear.go:18)	MOVUPS	X15, -8(AX)
	0x0222 00546 (builtins_min_max_clear.go:18)	MOVQ	$-9187201950435737472, AX
	0x022c 00556 (builtins_min_max_clear.go:18)	MOVQ	AX, main..autotmp_33+312(SP)
	0x0234 00564 (builtins_min_max_clear.go:18)	LEAQ	main..autotmp_33+312(SP), AX
	0x023c 00572 (builtins_min_max_clear.go:18)	MOVQ	AX, main..autotmp_32+528(SP)
	0x0244 00580 (builtins_min_max_clear.go:18)	PCDATA	$1, $1
	0x0244 00580 (builtins_min_max_clear.go:18)	CALL	runtime.rand(SB)
	0x0249 00585 (builtins_min_max_clear.go:18)	MOVQ	AX, main..autotmp_32+520(SP)
	0x0251 00593 (builtins_min_max_clear.go:18)	LEAQ	type:map[string]int(SB), AX
	0x0258 00600 (builtins_min_max_clear.go:18)	LEAQ	main..autotmp_32+512(SP), BX
	0x0260 00608 (builtins_min_max_clear.go:18)	LEAQ	go:string."a"(SB), CX
	0x0267 00615 (builtins_min_max_clear.go:18)	MOVL	$1, DI
	0x026c 00620 (builtins_min_max_clear.go:18)	CALL	runtime.mapassign_faststr(SB)
	0x0271 00625 (builtins_min_max_clear.go:18)	MOVQ	$1, (AX)
	0x0278 00632 (builtins_min_max_clear.go:18)	LEAQ	type:map[string]int(SB), AX
	0x027f 00639 (builtins_min_max_clear.go:18)	LEAQ	main..autotmp_32+512(SP), BX
	0x0287 00647 (builtins_min_max_clear.go:18)	LEAQ	go:string."b"(SB), CX
	0x028e 00654 (builtins_min_max_clear.go:18)	MOVL	$1, DI
	0x0293 00659 (builtins_min_max_clear.go:18)	CALL	runtime.mapassign_faststr(SB)
	0x0298 00664 (builtins_min_max_clear.go:18)	MOVQ	$2, (AX)
	0x029f 00671 (builtins_min_max_clear.go:19)	LEAQ	type:map[string]int(SB), AX
	0x02a6 00678 (builtins_min_max_clear.go:19)	LEAQ	main..autotmp_32+512(SP), BX
	0x02ae 00686 (builtins_min_max_clear.go:19)	CALL	runtime.mapclear(SB)
	0x02b3 00691 (builtins_min_max_clear.go:20)	MOVQ	main..autotmp_32+512(SP), AX
	0x02bb 00699 (builtins_min_max_clear.go:20)	MOVQ	AX, main..autotmp_60+56(SP)
	0x02c0 00704 (builtins_min_max_clear.go:20)	CALL	runtime.printlock(SB)
	0x02c5 00709 (builtins_min_max_clear.go:20)	MOVQ	main..autotmp_60+56(SP), AX
	0x02ca 00714 (builtins_min_max_clear.go:20)	CALL	runtime.printint(SB)
	0x02cf 00719 (builtins_min_max_clear.go:20)	CALL	runtime.printnl(SB)
	0x02d4 00724 (builtins_min_max_clear.go:20)	CALL	runtime.printunlock(SB)
	0x02d9 00729 (builtins_min_max_clear.go:21)	LEAQ	type:map[string]int(SB), AX
	0x02e0 00736 (builtins_min_max_clear.go:21)	LEAQ	main..autotmp_32+512(SP), BX
	0x02e8 00744 (builtins_min_max_clear.go:21)	LEAQ	go:string."c"(SB), CX
	0x02ef 00751 (builtins_min_max_clear.go:21)	MOVL	$1, DI
	0x02f4 00756 (builtins_min_max_clear.go:21)	CALL	runtime.mapassign_faststr(SB)
	0x02f9 00761 (builtins_min_max_clear.go:21)	MOVQ	$3, (AX)
	0x0300 00768 (builtins_min_max_clear.go:22)	MOVQ	main..autotmp_32+512(SP), AX
	0x0308 00776 (builtins_min_max_clear.go:22)	MOVQ	AX, main..autotmp_60+56(SP)
	0x030d 00781 (builtins_min_max_clear.go:22)	LEAQ	type:map[string]int(SB), AX
	0x0314 00788 (builtins_min_max_clear.go:22)	LEAQ	main..autotmp_32+512(SP), BX
	0x031c 00796 (builtins_min_max_clear.go:22)	LEAQ	go:string."c"(SB), CX
	0x0323 00803 (builtins_min_max_clear.go:22)	MOVL	$1, DI
	0x0328 00808 (builtins_min_max_clear.go:22)	PCDATA	$1, $0
	0x0328 00808 (builtins_min_max_clear.go:22)	CALL	runtime.mapaccess1_faststr(SB)
	0x032d 00813 (builtins_min_max_clear.go:22)	MOVQ	(AX), AX
	0x0330 00816 (builtins_min_max_clear.go:22)	MOVQ	AX, main..autotmp_56+88(SP)
	0x0335 00821 (builtins_min_max_clear.go:22)	CALL	runtime.printlock(SB)
	0x033a 00826 (builtins_min_max_clear.go:22)	MOVQ	main..autotmp_60+56(SP), AX
	0x033f 00831 (builtins_min_max_clear.go:22)	NOP
	0x0340 00832 (builtins_min_max_clear.go:22)	CALL	runtime.printint(SB)
	0x0345 00837 (builtins_min_max_clear.go:22)	CALL	runtime.printsp(SB)
	0x034a 00842 (builtins_min_max_clear.go:22)	MOVQ	main..autotmp_56+88(SP), AX
	0x034f 00847 (builtins_min_max_clear.go:22)	CALL	runtime.printint(SB)
	0x0354 00852 (builtins_min_max_clear.go:22)	CALL	runtime.printnl(SB)
	0x0359 00857 (builtins_min_max_clear.go:22)	CALL	runtime.printunlock(SB)
	0x035e 00862 (builtins_min_max_clear.go:27)	LEAQ	main..autotmp_44+264(SP), AX
	0x0366 00870 (builtins_min_max_clear.go:27)	MOVUPS	X15, (AX)
	0x036a 00874 (builtins_min_max_clear.go:27)	MOVUPS	X15, 16(AX)
	0x036f 00879 (builtins_min_max_clear.go:27)	MOVUPS	X15, 32(AX)
	0x0374 00884 (builtins_min_max_clear.go:27)	LEAQ	main..autotmp_45+96(SP), AX
	0x0379 00889 (builtins_min_max_clear.go:27)	MOVUPS	X15, (AX)
	0x037d 00893 (builtins_min_max_clear.go:27)	MOVUPS	X15, 16(AX)
	0x0382 00898 (builtins_min_max_clear.go:27)	MOVUPS	X15, 32(AX)
	0x0387 00903 (builtins_min_max_clear.go:27)	MOVUPS	X15, 48(AX)
	0x038c 00908 (builtins_min_max_clear.go:27)	MOVUPS	X15, 64(AX)
	0x0391 00913 (builtins_min_max_clear.go:27)	MOVUPS	X15, 80(AX)
	0x0396 00918 (builtins_min_max_clear.go:27)	MOVUPS	X15, 96(AX)
	0x039b 00923 (builtins_min_max_clear.go:27)	MOVUPS	X15, 112(AX)
	0x03a0 00928 (builtins_min_max_clear.go:27)	MOVUPS	X15, 120(AX)
	0x03a5 00933 (builtins_min_max_clear.go:27)	MOVQ	$-9187201950435737472, CX
	0x03af 00943 (builtins_min_max_clear.go:27)	MOVQ	CX, main..autotmp_45+96(SP)
	0x03b4 00948 (builtins_min_max_clear.go:27)	MOVQ	AX, main..autotmp_44+280(SP)
	0x03bc 00956 (builtins_min_max_clear.go:27)	PCDATA	$1, $2
	0x03bc 00956 (builtins_min_max_clear.go:27)	NOP
	0x03c0 00960 (builtins_min_max_clear.go:27)	CALL	runtime.rand(SB)
	0x03c5 00965 (builtins_min_max_clear.go:27)	MOVQ	AX, main..autotmp_44+272(SP)
	0x03cd 00973 (builtins_min_max_clear.go:27)	LEAQ	type:map[int]int(SB), AX
	0x03d4 00980 (builtins_min_max_clear.go:27)	LEAQ	main..autotmp_44+264(SP), BX
	0x03dc 00988 (builtins_min_max_clear.go:27)	MOVL	$1, CX
	0x03e1 00993 (builtins_min_max_clear.go:27)	CALL	runtime.mapassign_fast64(SB)
	0x03e6 00998 (builtins_min_max_clear.go:27)	MOVQ	$1, (AX)
	0x03ed 01005 (builtins_min_max_clear.go:27)	LEAQ	type:map[int]int(SB), AX
	0x03f4 01012 (builtins_min_max_clear.go:27)	LEAQ	main..autotmp_44+264(SP), BX
	0x03fc 01020 (builtins_min_max_clear.go:27)	MOVL	$2, CX
	0x0401 01025 (builtins_min_max_clear.go:27)	CALL	runtime.mapassign_fast64(SB)
	0x0406 01030 (builtins_min_max_clear.go:27)	MOVQ	$2, (AX)
	0x040d 01037 (builtins_min_max_clear.go:28)	MOVQ	main..autotmp_44+264(SP), AX
	0x0415 01045 (builtins_min_max_clear.go:28)	MOVQ	AX, main..autotmp_60+56(SP)
	0x041a 01050 (builtins_min_max_clear.go:28)	PCDATA	$1, $0
	0x041a 01050 (builtins_min_max_clear.go:28)	CALL	runtime.printlock(SB)
	0x041f 01055 (builtins_min_max_clear.go:28)	MOVL	$5, AX
	0x0424 01060 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
	0x0429 01065 (builtins_min_max_clear.go:28)	CALL	runtime.printsp(SB)
	0x042e 01070 (builtins_min_max_clear.go:28)	MOVL	$5, AX
	0x0433 01075 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
	0x0438 01080 (builtins_min_max_clear.go:28)	CALL	runtime.printsp(SB)
	0x043d 01085 (builtins_min_max_clear.go:28)	MOVL	$6, AX
	0x0442 01090 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
	0x0447 01095 (builtins_min_max_clear.go:28)	CALL	runtime.printsp(SB)
	0x044c 01100 (builtins_min_max_clear.go:28)	MOVL	$3, AX
	0x0451 01105 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
	0x0456 01110 (builtins_min_max_clear.go:28)	CALL	runtime.printsp(SB)
	0x045b 01115 (builtins_min_max_clear.go:28)	MOVL	$8, AX
	0x0460 01120 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
	0x0465 01125 (builtins_min_max_clear.go:28)	CALL	runtime.printsp(SB)
	0x046a 01130 (builtins_min_max_clear.go:28)	MOVQ	main..autotmp_60+56(SP), AX
	0x046f 01135 (builtins_min_max_clear.go:28)	CALL	runtime.printint(SB)
	0x0474 01140 (builtins_min_max_clear.go:28)	CALL	runtime.printnl(SB)
	0x0479 01145 (builtins_min_max_clear.go:28)	CALL	runtime.printunlock(SB)
	0x047e 01150 (builtins_min_max_clear.go:28)	NOP
	0x0480 01152 (builtins_min_max_clear.go:31)	CALL	runtime.printlock(SB)
	0x0485 01157 (builtins_min_max_clear.go:31)	XORL	AX, AX
	0x0487 01159 (builtins_min_max_clear.go:31)	CALL	runtime.printint(SB)
	0x048c 01164 (builtins_min_max_clear.go:31)	CALL	runtime.printsp(SB)
	0x0491 01169 (builtins_min_max_clear.go:31)	XORL	AX, AX
	0x0493 01171 (builtins_min_max_clear.go:31)	CALL	runtime.printint(SB)
	0x0498 01176 (builtins_min_max_clear.go:31)	CALL	runtime.printsp(SB)
	0x049d 01181 (builtins_min_max_clear.go:31)	XORL	AX, AX
	0x049f 01183 (builtins_min_max_clear.go:31)	NOP
	0x04a0 01184 (builtins_min_max_clear.go:31)	CALL	runtime.printint(SB)
	0x04a5 01189 (builtins_min_max_clear.go:31)	CALL	runtime.printnl(SB)
	0x04aa 01194 (builtins_min_max_clear.go:31)	CALL	runtime.printunlock(SB)
	0x04af 01199 (builtins_min_max_clear.go:33)	CALL	runtime.printlock(SB)
	0x04b4 01204 (builtins_min_max_clear.go:33)	MOVL	$5, AX
	0x04b9 01209 (builtins_min_max_clear.go:33)	CALL	runtime.printint(SB)
	0x04be 01214 (builtins_min_max_clear.go:33)	NOP
	0x04c0 01216 (builtins_min_max_clear.go:33)	CALL	runtime.printsp(SB)
	0x04c5 01221 (builtins_min_max_clear.go:33)	MOVL	$3, AX
	0x04ca 01226 (builtins_min_max_clear.go:33)	CALL	runtime.printint(SB)
	0x04cf 01231 (builtins_min_max_clear.go:33)	CALL	runtime.printnl(SB)
	0x04d4 01236 (builtins_min_max_clear.go:33)	CALL	runtime.printunlock(SB)
	0x04d9 01241 (builtins_min_max_clear.go:9)	ADDQ	$560, SP
	0x04e0 01248 (builtins_min_max_clear.go:9)	POPQ	BP
	0x04e1 01249 (builtins_min_max_clear.go:9)	RET
	0x04e2 01250 (builtins_min_max_clear.go:9)	NOP
	0x04e2 01250 (builtins_min_max_clear.go:7)	PCDATA	$1, $-1
	0x04e2 01250 (builtins_min_max_clear.go:7)	PCDATA	$0, $-2
	0x04e2 01250 (builtins_min_max_clear.go:7)	CALL	runtime.morestack_noctxt(SB)
	0x04e7 01255 (builtins_min_max_clear.go:7)	PCDATA	$0, $-1
	0x04e7 01255 (builtins_min_max_clear.go:7)	JMP	0
	0x0000 4c 8d a4 24 48 fe ff ff 4d 3b 66 10 0f 86 d0 04  L..$H...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 30 02 00 00 0f 1f 00  ..UH..H..0......
	0x0020 e8 00 00 00 00 48 89 4c 24 20 48 89 5c 24 28 48  .....H.L$ H.\$(H
	0x0030 89 44 24 30 e8 00 00 00 00 48 8b 44 24 28 48 8b  .D$0.....H.D$(H.
	0x0040 4c 24 30 48 39 c8 48 89 ca 48 0f 4c c8 48 0f 4f  L$0H9.H..H.L.H.O
	0x0050 d0 48 89 54 24 58 48 8b 44 24 20 48 39 c8 48 0f  .H.T$XH.D$ H9.H.
	0x0060 4c c8 48 89 c8 e8 00 00 00 00 e8 00 00 00 00 48  L.H............H
	0x0070 8b 44 24 20 48 8b 4c 24 58 48 39 c8 48 0f 4f c8  .D$ H.L$XH9.H.O.
	0x0080 48 89 c8 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  H............H.D
	0x0090 24 30 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24  $0..........H.D$
	0x00a0 20 48 8b 4c 24 28 48 39 c8 48 0f 4f c8 48 89 c8   H.L$(H9.H.O.H..
	0x00b0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x00c0 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 e8 00 00  ................
	0x00d0 00 00 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 90  ................
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x00f0 00 00 00 00 48 8d 05 00 00 00 00 bb 0a 00 00 00  ....H...........
	0x0100 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0110 64 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 c8  d...............
	0x0120 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  ................
	0x0130 00 00 48 c7 84 24 e8 00 00 00 01 00 00 00 48 c7  ..H..$........H.
	0x0140 84 24 00 01 00 00 04 00 00 00 48 8d 84 24 f0 00  .$........H..$..
	0x0150 00 00 44 0f 11 38 48 8b 84 24 e8 00 00 00 48 89  ..D..8H..$....H.
	0x0160 44 24 58 48 8b 84 24 f0 00 00 00 48 89 44 24 50  D$XH..$....H.D$P
	0x0170 48 8b 84 24 f8 00 00 00 48 89 44 24 48 48 8b 84  H..$....H.D$HH..
	0x0180 24 00 01 00 00 48 89 44 24 40 e8 00 00 00 00 48  $....H.D$@.....H
	0x0190 8b 44 24 58 e8 00 00 00 00 e8 00 00 00 00 48 8b  .D$X..........H.
	0x01a0 44 24 50 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  D$P..........H.D
	0x01b0 24 48 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24  $H..........H.D$
	0x01c0 40 e8 00 00 00 00 e8 00 00 00 00 b8 04 00 00 00  @...............
	0x01d0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x01e0 8d 84 24 00 02 00 00 44 0f 11 38 44 0f 11 78 10  ..$....D..8D..x.
	0x01f0 44 0f 11 78 20 48 8d 84 24 38 01 00 00 b9 03 00  D..x H..$8......
	0x0200 00 00 44 0f 11 38 44 0f 11 78 10 44 0f 11 78 20  ..D..8D..x.D..x 
	0x0210 44 0f 11 78 30 48 83 c0 40 ff c9 75 e5 44 0f 11  D..x0H..@..u.D..
	0x0220 78 f8 48 b8 80 80 80 80 80 80 80 80 48 89 84 24  x.H.........H..$
	0x0230 38 01 00 00 48 8d 84 24 38 01 00 00 48 89 84 24  8...H..$8...H..$
	0x0240 10 02 00 00 e8 00 00 00 00 48 89 84 24 08 02 00  .........H..$...
	0x0250 00 48 8d 05 00 00 00 00 48 8d 9c 24 00 02 00 00  .H......H..$....
	0x0260 48 8d 0d 00 00 00 00 bf 01 00 00 00 e8 00 00 00  H...............
	0x0270 00 48 c7 00 01 00 00 00 48 8d 05 00 00 00 00 48  .H......H......H
	0x0280 8d 9c 24 00 02 00 00 48 8d 0d 00 00 00 00 bf 01  ..$....H........
	0x0290 00 00 00 e8 00 00 00 00 48 c7 00 02 00 00 00 48  ........H......H
	0x02a0 8d 05 00 00 00 00 48 8d 9c 24 00 02 00 00 e8 00  ......H..$......
	0x02b0 00 00 00 48 8b 84 24 00 02 00 00 48 89 44 24 38  ...H..$....H.D$8
	0x02c0 e8 00 00 00 00 48 8b 44 24 38 e8 00 00 00 00 e8  .....H.D$8......
	0x02d0 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x02e0 48 8d 9c 24 00 02 00 00 48 8d 0d 00 00 00 00 bf  H..$....H.......
	0x02f0 01 00 00 00 e8 00 00 00 00 48 c7 00 03 00 00 00  .........H......
	0x0300 48 8b 84 24 00 02 00 00 48 89 44 24 38 48 8d 05  H..$....H.D$8H..
	0x0310 00 00 00 00 48 8d 9c 24 00 02 00 00 48 8d 0d 00  ....H..$....H...
	0x0320 00 00 00 bf 01 00 00 00 e8 00 00 00 00 48 8b 00  .............H..
	0x0330 48 89 44 24 58 e8 00 00 00 00 48 8b 44 24 38 90  H.D$X.....H.D$8.
	0x0340 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 58 e8  ..........H.D$X.
	0x0350 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d  ..............H.
	0x0360 84 24 08 01 00 00 44 0f 11 38 44 0f 11 78 10 44  .$....D..8D..x.D
	0x0370 0f 11 78 20 48 8d 44 24 60 44 0f 11 38 44 0f 11  ..x H.D$`D..8D..
	0x0380 78 10 44 0f 11 78 20 44 0f 11 78 30 44 0f 11 78  x.D..x D..x0D..x
	0x0390 40 44 0f 11 78 50 44 0f 11 78 60 44 0f 11 78 70  @D..xPD..x`D..xp
	0x03a0 44 0f 11 78 78 48 b9 80 80 80 80 80 80 80 80 48  D..xxH.........H
	0x03b0 89 4c 24 60 48 89 84 24 18 01 00 00 0f 1f 40 00  .L$`H..$......@.
	0x03c0 e8 00 00 00 00 48 89 84 24 10 01 00 00 48 8d 05  .....H..$....H..
	0x03d0 00 00 00 00 48 8d 9c 24 08 01 00 00 b9 01 00 00  ....H..$........
	0x03e0 00 e8 00 00 00 00 48 c7 00 01 00 00 00 48 8d 05  ......H......H..
	0x03f0 00 00 00 00 48 8d 9c 24 08 01 00 00 b9 02 00 00  ....H..$........
	0x0400 00 e8 00 00 00 00 48 c7 00 02 00 00 00 48 8b 84  ......H......H..
	0x0410 24 08 01 00 00 48 89 44 24 38 e8 00 00 00 00 b8  $....H.D$8......
	0x0420 05 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 05  ................
	0x0430 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 06 00  ................
	0x0440 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 03 00 00  ................
	0x0450 00 e8 00 00 00 00 e8 00 00 00 00 b8 08 00 00 00  ................
	0x0460 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 38 e8  ..........H.D$8.
	0x0470 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0480 e8 00 00 00 00 31 c0 e8 00 00 00 00 e8 00 00 00  .....1..........
	0x0490 00 31 c0 e8 00 00 00 00 e8 00 00 00 00 31 c0 90  .1...........1..
	0x04a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x04b0 00 00 00 00 b8 05 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x04c0 e8 00 00 00 00 b8 03 00 00 00 e8 00 00 00 00 e8  ................
	0x04d0 00 00 00 00 e8 00 00 00 00 48 81 c4 30 02 00 00  .........H..0...
	0x04e0 5d c3 e8 00 00 00 00 e9 14 fb ff ff              ]...........
	rel 33+4 t=R_CALL main.vals+0
	rel 53+4 t=R_CALL runtime.printlock+0
	rel 102+4 t=R_CALL runtime.printint+0
	rel 107+4 t=R_CALL runtime.printsp+0
	rel 132+4 t=R_CALL runtime.printint+0
	rel 137+4 t=R_CALL runtime.printsp+0
	rel 147+4 t=R_CALL runtime.printint+0
	rel 152+4 t=R_CALL runtime.printsp+0
	rel 177+4 t=R_CALL runtime.printint+0
	rel 182+4 t=R_CALL runtime.printnl+0
	rel 187+4 t=R_CALL runtime.printunlock+0
	rel 193+4 t=R_CALL runtime.printlock+0
	rel 201+4 t=R_PCREL $f64.3ff8000000000000+0
	rel 206+4 t=R_CALL runtime.printfloat64+0
	rel 211+4 t=R_CALL runtime.printsp+0
	rel 219+4 t=R_PCREL $f64.bfe0000000000000+0
	rel 225+4 t=R_CALL runtime.printfloat64+0
	rel 230+4 t=R_CALL runtime.printnl+0
	rel 235+4 t=R_CALL runtime.printunlock+0
	rel 240+4 t=R_CALL runtime.printlock+0
	rel 247+4 t=R_PCREL go:string."apple zoo\n"+0
	rel 257+4 t=R_CALL runtime.printstring+0
	rel 262+4 t=R_CALL runtime.printunlock+0
	rel 267+4 t=R_CALL runtime.printlock+0
	rel 277+4 t=R_CALL runtime.printuint+0
	rel 282+4 t=R_CALL runtime.printsp+0
	rel 292+4 t=R_CALL runtime.printuint+0
	rel 297+4 t=R_CALL runtime.printnl+0
	rel 302+4 t=R_CALL runtime.printunlock+0
	rel 395+4 t=R_CALL runtime.printlock+0
	rel 405+4 t=R_CALL runtime.printint+0
	rel 410+4 t=R_CALL runtime.printsp+0
	rel 420+4 t=R_CALL runtime.printint+0
	rel 425+4 t=R_CALL runtime.printsp+0
	rel 435+4 t=R_CALL runtime.printint+0
	rel 440+4 t=R_CALL runtime.printsp+0
	rel 450+4 t=R_CALL runtime.printint+0
	rel 455+4 t=R_CALL runtime.printsp+0
	rel 465+4 t=R_CALL runtime.printint+0
	rel 470+4 t=R_CALL runtime.printnl+0
	rel 475+4 t=R_CALL runtime.printunlock+0
	rel 581+4 t=R_CALL runtime.rand+0
	rel 596+4 t=R_PCREL type:map[string]int+0
	rel 611+4 t=R_PCREL go:string."a"+0
	rel 621+4 t=R_CALL runtime.mapassign_faststr+0
	rel 635+4 t=R_PCREL type:map[string]int+0
	rel 650+4 t=R_PCREL go:string."b"+0
	rel 660+4 t=R_CALL runtime.mapassign_faststr+0
	rel 674+4 t=R_PCREL type:map[string]int+0
	rel 687+4 t=R_CALL runtime.mapclear+0
	rel 705+4 t=R_CALL runtime.printlock+0
	rel 715+4 t=R_CALL runtime.printint+0
	rel 720+4 t=R_CALL runtime.printnl+0
	rel 725+4 t=R_CALL runtime.printunlock+0
	rel 732+4 t=R_PCREL type:map[string]int+0
	rel 747+4 t=R_PCREL go:string."c"+0
	rel 757+4 t=R_CALL runtime.mapassign_faststr+0
	rel 784+4 t=R_PCREL type:map[string]int+0
	rel 799+4 t=R_PCREL go:string."c"+0
	rel 809+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 822+4 t=R_CALL runtime.printlock+0
	rel 833+4 t=R_CALL runtime.printint+0
	rel 838+4 t=R_CALL runtime.printsp+0
	rel 848+4 t=R_CALL runtime.printint+0
	rel 853+4 t=R_CALL runtime.printnl+0
	rel 858+4 t=R_CALL runtime.printunlock+0
	rel 961+4 t=R_CALL runtime.rand+0
	rel 976+4 t=R_PCREL type:map[int]int+0
	rel 994+4 t=R_CALL runtime.mapassign_fast64+0
	rel 1008+4 t=R_PCREL type:map[int]int+0
	rel 1026+4 t=R_CALL runtime.mapassign_fast64+0
	rel 1051+4 t=R_CALL runtime.printlock+0
	rel 1061+4 t=R_CALL runtime.printint+0
	rel 1066+4 t=R_CALL runtime.printsp+0
	rel 1076+4 t=R_CALL runtime.printint+0
	rel 1081+4 t=R_CALL runtime.printsp+0
	rel 1091+4 t=R_CALL runtime.printint+0
	rel 1096+4 t=R_CALL runtime.printsp+0
	rel 1106+4 t=R_CALL runtime.printint+0
	rel 1111+4 t=R_CALL runtime.printsp+0
	rel 1121+4 t=R_CALL runtime.printint+0
	rel 1126+4 t=R_CALL runtime.printsp+0
	rel 1136+4 t=R_CALL runtime.printint+0
	rel 1141+4 t=R_CALL runtime.printnl+0
	rel 1146+4 t=R_CALL runtime.printunlock+0
	rel 1153+4 t=R_CALL runtime.printlock+0
	rel 1160+4 t=R_CALL runtime.printint+0
	rel 1165+4 t=R_CALL runtime.printsp+0
	rel 1172+4 t=R_CALL runtime.printint+0
	rel 1177+4 t=R_CALL runtime.printsp+0
	rel 1185+4 t=R_CALL runtime.printint+0
	rel 1190+4 t=R_CALL runtime.printnl+0
	rel 1195+4 t=R_CALL runtime.printunlock+0
	rel 1200+4 t=R_CALL runtime.printlock+0
	rel 1210+4 t=R_CALL runtime.printint+0
	rel 1217+4 t=R_CALL runtime.printsp+0
	rel 1227+4 t=R_CALL runtime.printint+0
	rel 1232+4 t=R_CALL runtime.printnl+0
	rel 1237+4 t=R_CALL runtime.printunlock+0
	rel 1251+4 t=R_CALL runtime.morestack_noctxt+0
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
go:string."apple" SRODATA dupok size=5 align=0x1
	0x0000 61 70 70 6c 65                                   apple
go:string."zoo" SRODATA dupok size=3 align=0x1
	0x0000 7a 6f 6f                                         zoo
go:string."apple zoo\n" SRODATA dupok size=10 align=0x1
	0x0000 61 70 70 6c 65 20 7a 6f 6f 0a                    apple zoo.
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."c" SRODATA dupok size=1 align=0x1
	0x0000 63                                               c
go:string."héllo" SRODATA dupok size=6 align=0x1
	0x0000 68 c3 a9 6c 6c 6f                                h..llo
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·oeS24R/vEzLOVIBV6Zr+jQ== SRODATA dupok size=23 align=0x4
	0x0000 03 00 00 00 25 00 00 00 00 00 00 00 00 00 00 00  ....%...........
	0x0010 00 02 04 00 00 00 00                             .......
main.main.stkobj SRODATA static size=56 align=0x8
	0x0000 03 00 00 00 00 00 00 00 d8 fe ff ff 30 00 00 00  ............0...
	0x0010 18 00 00 00 00 00 00 00 08 ff ff ff c8 00 00 00  ................
	0x0020 b8 00 00 00 00 00 00 00 d0 ff ff ff 30 00 00 00  ............0...
	0x0030 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.9224490000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
$f64.3ff8000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f8 3f                          .......?
$f64.bfe0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 e0 bf                          ........
