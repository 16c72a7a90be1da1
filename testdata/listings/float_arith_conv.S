funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (float_arith_conv.go:13)	TEXT	main.main(SB), ABIInternal, $160-0
     0        00000 (float_arith_conv.go:13)	TEXT	main.main(SB), ABIInternal, $160-0
     0     -1 00000 (float_arith_conv.go:13)	LEAQ	-32(SP), R12
     5        00005 (float_arith_conv.go:13)	CMPQ	R12, 16(R14)
     9        00009 (float_arith_conv.go:13)	PCDATA	$0, $-2
     9        00009 (float_arith_conv.go:13)	JLS	1486
     f        00015 (float_arith_conv.go:13)	PCDATA	$0, $-1
     f        00015 (float_arith_conv.go:13)	PUSHQ	BP
    10        00016 (float_arith_conv.go:13)	MOVQ	SP, BP
    13        00019 (float_arith_conv.go:13)	SUBQ	$152, SP
    1a        00026 (float_arith_conv.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (float_arith_conv.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (float_arith_conv.go:14)	MOVSD	$f64.400feb851eb851ec(SB), X0
    22        00034 (float_arith_conv.go:14)	PCDATA	$1, $0
    22        00034 (float_arith_conv.go:14)	CALL	main.toInt(SB)
    27        00039 (float_arith_conv.go:14)	MOVQ	AX, main..autotmp_42+144(SP)
    2f        00047 (float_arith_conv.go:14)	MOVSD	$f64.c00feb851eb851ec(SB), X0
    37        00055 (float_arith_conv.go:14)	CALL	main.toInt(SB)
    3c        00060 (float_arith_conv.go:14)	MOVQ	AX, main..autotmp_43+136(SP)
    44        00068 (float_arith_conv.go:14)	MOVSD	$f64.3fe0000000000000(SB), X0
    4c        00076 (float_arith_conv.go:14)	CALL	main.toInt(SB)
    51        00081 (float_arith_conv.go:14)	MOVQ	AX, main..autotmp_44+128(SP)
    59        00089 (float_arith_conv.go:14)	MOVSD	$f64.bfe0000000000000(SB), X0
    61        00097 (float_arith_conv.go:14)	CALL	main.toInt(SB)
    66        00102 (float_arith_conv.go:14)	MOVQ	AX, main..autotmp_45+120(SP)
    6b        00107 (float_arith_conv.go:14)	MOVSD	$f64.43abc16d674ec800(SB), X0
    73        00115 (float_arith_conv.go:14)	CALL	main.toInt(SB)
    78        00120 (float_arith_conv.go:14)	MOVQ	AX, main..autotmp_46+112(SP)
    7d        00125 (float_arith_conv.go:14)	NOP
    80        00128 (float_arith_conv.go:14)	CALL	runtime.printlock(SB)
    85        00133 (float_arith_conv.go:14)	MOVQ	main..autotmp_42+144(SP), AX
    8d        00141 (float_arith_conv.go:14)	CALL	runtime.printint(SB)
    92        00146 (float_arith_conv.go:14)	CALL	runtime.printsp(SB)
    97        00151 (float_arith_conv.go:14)	MOVQ	main..autotmp_43+136(SP), AX
    9f        00159 (float_arith_conv.go:14)	NOP
    a0        00160 (float_arith_conv.go:14)	CALL	runtime.printint(SB)
    a5        00165 (float_arith_conv.go:14)	CALL	runtime.printsp(SB)
    aa        00170 (float_arith_conv.go:14)	MOVQ	main..autotmp_44+128(SP), AX
    b2        00178 (float_arith_conv.go:14)	CALL	runtime.printint(SB)
    b7        00183 (float_arith_conv.go:14)	CALL	runtime.printsp(SB)
    bc        00188 (float_arith_conv.go:14)	MOVQ	main..autotmp_45+120(SP), AX
    c1        00193 (float_arith_conv.go:14)	CALL	runtime.printint(SB)
    c6        00198 (float_arith_conv.go:14)	CALL	runtime.printsp(SB)
    cb        00203 (float_arith_conv.go:14)	MOVQ	main..autotmp_46+112(SP), AX
    d0        00208 (float_arith_conv.go:14)	CALL	runtime.printint(SB)
    d5        00213 (float_arith_conv.go:14)	CALL	runtime.printnl(SB)
    da        00218 (float_arith_conv.go:14)	CALL	runtime.printunlock(SB)
    df        00223 (float_arith_conv.go:15)	MOVSD	$f64.400feb851eb851ec(SB), X0
    e7        00231 (float_arith_conv.go:15)	CALL	main.toUint(SB)
    ec        00236 (float_arith_conv.go:15)	MOVQ	AX, main..autotmp_47+104(SP)
    f1        00241 (float_arith_conv.go:15)	MOVSD	$f64.43e158e460913d00(SB), X0
    f9        00249 (float_arith_conv.go:15)	CALL	main.toUint(SB)
    fe        00254 (float_arith_conv.go:15)	MOVQ	AX, main..autotmp_48+96(SP)
   103        00259 (float_arith_conv.go:15)	MOVSD	$f64.43efffffffffffff(SB), X0
   10b        00267 (float_arith_conv.go:15)	CALL	main.toUint(SB)
   110        00272 (float_arith_conv.go:15)	MOVQ	AX, main..autotmp_49+88(SP)
   115        00277 (float_arith_conv.go:15)	CALL	runtime.printlock(SB)
   11a        00282 (float_arith_conv.go:15)	MOVQ	main..autotmp_47+104(SP), AX
   11f        00287 (float_arith_conv.go:15)	NOP
   120        00288 (float_arith_conv.go:15)	CALL	runtime.printuint(SB)
   125        00293 (float_arith_conv.go:15)	CALL	runtime.printsp(SB)
   12a        00298 (float_arith_conv.go:15)	MOVQ	main..autotmp_48+96(SP), AX
   12f        00303 (float_arith_conv.go:15)	CALL	runtime.printuint(SB)
   134        00308 (float_arith_conv.go:15)	CALL	runtime.printsp(SB)
   139        00313 (float_arith_conv.go:15)	MOVQ	main..autotmp_49+88(SP), AX
   13e        00318 (float_arith_conv.go:15)	NOP
   140        00320 (float_arith_conv.go:15)	CALL	runtime.printuint(SB)
   145        00325 (float_arith_conv.go:15)	CALL	runtime.printnl(SB)
   14a        00330 (float_arith_conv.go:15)	CALL	runtime.printunlock(SB)
   14f        00335 (float_arith_conv.go:16)	MOVSD	$f64.41dfffffffc00000(SB), X0
   157        00343 (float_arith_conv.go:16)	CALL	main.f64(SB)
   15c        00348 (float_arith_conv.go:16)	MOVSD	X0, main..autotmp_50+80(SP)
   162        00354 (float_arith_conv.go:16)	MOVSD	$f64.4059000000000000(SB), X0
   16a        00362 (float_arith_conv.go:16)	CALL	main.f64(SB)
   16f        00367 (float_arith_conv.go:16)	MOVSD	X0, main..autotmp_51+72(SP)
   175        00373 (float_arith_conv.go:16)	MOVSD	$f64.406ffccccccccccd(SB), X0
   17d        00381 (float_arith_conv.go:16)	NOP
   180        00384 (float_arith_conv.go:16)	CALL	main.f64(SB)
   185        00389 (float_arith_conv.go:16)	MOVSD	X0, main..autotmp_52+64(SP)
   18b        00395 (float_arith_conv.go:16)	CALL	runtime.printlock(SB)
   190        00400 (float_arith_conv.go:16)	MOVSD	main..autotmp_50+80(SP), X1
   196        00406 (float_arith_conv.go:16)	CVTTSD2SL	X1, AX
   19a        00410 (float_arith_conv.go:16)	MOVLQSX	AX, AX
   19d        00413 (float_arith_conv.go:16)	NOP
   1a0        00416 (float_arith_conv.go:16)	CALL	runtime.printint(SB)
   1a5        00421 (float_arith_conv.go:16)	CALL	runtime.printsp(SB)
   1aa        00426 (float_arith_conv.go:16)	MOVSD	main..autotmp_51+72(SP), X1
   1b0        00432 (float_arith_conv.go:16)	CVTTSD2SL	X1, AX
   1b4        00436 (float_arith_conv.go:16)	MOVBQSX	AL, AX
   1b8        00440 (float_arith_conv.go:16)	CALL	runtime.printint(SB)
   1bd        00445 (float_arith_conv.go:16)	NOP
   1c0        00448 (float_arith_conv.go:16)	CALL	runtime.printsp(SB)
   1c5        00453 (float_arith_conv.go:16)	MOVSD	main..autotmp_52+64(SP), X1
   1cb        00459 (float_arith_conv.go:16)	CVTTSD2SL	X1, AX
   1cf        00463 (float_arith_conv.go:16)	MOVBLZX	AL, AX
   1d2        00466 (float_arith_conv.go:16)	CALL	runtime.printuint(SB)
   1d7        00471 (float_arith_conv.go:16)	CALL	runtime.printnl(SB)
   1dc        00476 (float_arith_conv.go:16)	NOP
   1e0        00480 (float_arith_conv.go:16)	CALL	runtime.printunlock(SB)
   1e5        00485 (float_arith_conv.go:19)	CALL	runtime.printlock(SB)
   1ea        00490 (float_arith_conv.go:19)	MOVSD	$f64.4340000000000000(SB), X0
   1f2        00498 (float_arith_conv.go:19)	CALL	runtime.printfloat64(SB)
   1f7        00503 (float_arith_conv.go:19)	CALL	runtime.printsp(SB)
   1fc        00508 (float_arith_conv.go:19)	MOVQ	$9007199254740992, AX
   206        00518 (float_arith_conv.go:19)	CALL	runtime.printint(SB)
   20b        00523 (float_arith_conv.go:19)	CALL	runtime.printnl(SB)
   210        00528 (float_arith_conv.go:19)	CALL	runtime.printunlock(SB)
   215        00533 (float_arith_conv.go:21)	CALL	runtime.printlock(SB)
   21a        00538 (float_arith_conv.go:21)	MOVSD	$f64.43e0000000000001(SB), X0
   222        00546 (float_arith_conv.go:21)	CALL	runtime.printfloat64(SB)
   227        00551 (float_arith_conv.go:21)	CALL	runtime.printsp(SB)
   22c        00556 (float_arith_conv.go:21)	MOVQ	$-9223372036854773760, AX
   236        00566 (float_arith_conv.go:21)	CALL	runtime.printuint(SB)
   23b        00571 (float_arith_conv.go:21)	NOP
   240        00576 (float_arith_conv.go:21)	CALL	runtime.printnl(SB)
   245        00581 (float_arith_conv.go:21)	CALL	runtime.printunlock(SB)
   24a        00586 (float_arith_conv.go:22)	CALL	runtime.printlock(SB)
   24f        00591 (float_arith_conv.go:22)	MOVSS	$f32.4b800000(SB), X0
   257        00599 (float_arith_conv.go:22)	CALL	runtime.printfloat32(SB)
   25c        00604 (float_arith_conv.go:22)	NOP
   260        00608 (float_arith_conv.go:22)	CALL	runtime.printsp(SB)
   265        00613 (float_arith_conv.go:22)	XORL	AX, AX
   267        00615 (float_arith_conv.go:22)	CALL	runtime.printbool(SB)
   26c        00620 (float_arith_conv.go:22)	CALL	runtime.printnl(SB)
   271        00625 (float_arith_conv.go:22)	CALL	runtime.printunlock(SB)
   276        00630 (float_arith_conv.go:24)	MOVSD	$f64.4024000000000000(SB), X0
   27e        00638 (float_arith_conv.go:24)	NOP
   280        00640 (float_arith_conv.go:24)	CALL	main.f64(SB)
   285        00645 (float_arith_conv.go:24)	MOVSD	X0, main.a+48(SP)
   28b        00651 (float_arith_conv.go:24)	MOVSD	$f64.4010000000000000(SB), X0
   293        00659 (float_arith_conv.go:24)	CALL	main.f64(SB)
   298        00664 (float_arith_conv.go:24)	MOVSD	X0, main.b+40(SP)
   29e        00670 (float_arith_conv.go:24)	NOP
   2a0        00672 (float_arith_conv.go:25)	CALL	runtime.printlock(SB)
   2a5        00677 (float_arith_conv.go:25)	MOVSD	main.a+48(SP), X0
   2ab        00683 (float_arith_conv.go:25)	MOVSD	main.b+40(SP), X1
   2b1        00689 (float_arith_conv.go:25)	MOVUPS	X0, X2
   2b4        00692 (float_arith_conv.go:25)	DIVSD	X1, X2
   2b8        00696 (float_arith_conv.go:25)	MOVUPS	X2, X0
   2bb        00699 (float_arith_conv.go:25)	NOP
   2c0        00704 (float_arith_conv.go:25)	CALL	runtime.printfloat64(SB)
   2c5        00709 (float_arith_conv.go:25)	CALL	runtime.printsp(SB)
   2ca        00714 (float_arith_conv.go:25)	MOVSD	main.b+40(SP), X0
   2d0        00720 (float_arith_conv.go:25)	MOVSD	main.a+48(SP), X1
   2d6        00726 (float_arith_conv.go:25)	MOVUPS	X0, X2
   2d9        00729 (float_arith_conv.go:25)	MULSD	X1, X2
   2dd        00733 (float_arith_conv.go:25)	MOVUPS	X2, X0
   2e0        00736 (float_arith_conv.go:25)	CALL	runtime.printfloat64(SB)
   2e5        00741 (float_arith_conv.go:25)	CALL	runtime.printsp(SB)
   2ea        00746 (float_arith_conv.go:25)	MOVSD	main.a+48(SP), X0
   2f0        00752 (float_arith_conv.go:25)	MOVSD	main.b+40(SP), X1
   2f6        00758 (float_arith_conv.go:25)	MOVUPS	X0, X2
   2f9        00761 (float_arith_conv.go:25)	SUBSD	X1, X2
   2fd        00765 (float_arith_conv.go:25)	MOVUPS	X2, X0
   300        00768 (float_arith_conv.go:25)	CALL	runtime.printfloat64(SB)
   305        00773 (float_arith_conv.go:25)	CALL	runtime.printsp(SB)
   30a        00778 (float_arith_conv.go:25)	MOVSD	main.b+40(SP), X0
   310        00784 (float_arith_conv.go:25)	MOVSD	main.a+48(SP), X1
   316        00790 (float_arith_conv.go:25)	MOVUPS	X0, X2
   319        00793 (float_arith_conv.go:25)	ADDSD	X1, X2
   31d        00797 (float_arith_conv.go:25)	MOVUPS	X2, X0
   320        00800 (float_arith_conv.go:25)	CALL	runtime.printfloat64(SB)
   325        00805 (float_arith_conv.go:25)	CALL	runtime.printsp(SB)
   32a        00810 (float_arith_conv.go:25)	MOVSD	main.a+48(SP), X0
   330        00816 (float_arith_conv.go:25)	MOVSD	$f64.8000000000000000(SB), X1
   338        00824 (float_arith_conv.go:25)	PXOR	X1, X0
   33c        00828 (float_arith_conv.go:25)	MOVSD	main.b+40(SP), X1
   342        00834 (float_arith_conv.go:25)	DIVSD	X1, X0
   346        00838 (float_arith_conv.go:25)	CALL	runtime.printfloat64(SB)
   34b        00843 (float_arith_conv.go:25)	CALL	runtime.printnl(SB)
   350        00848 (float_arith_conv.go:25)	CALL	runtime.printunlock(SB)
   355        00853 (float_arith_conv.go:27)	XORPS	X1, X1
   358        00856 (float_arith_conv.go:27)	XORL	AX, AX
   35a        00858 (float_arith_conv.go:27)	JMP	875
   35c        00860 (float_arith_conv.go:28)	MOVSD	$f64.3fb999999999999a(SB), X0
   364        00868 (float_arith_conv.go:28)	ADDSD	X0, X1
   368        00872 (float_arith_conv.go:27)	INCQ	AX
   36b        00875 (float_arith_conv.go:27)	CMPQ	AX, $10
   36f        00879 (float_arith_conv.go:27)	JLT	860
   371        00881 (float_arith_conv.go:27)	MOVSD	X1, main.sum+16(SP)
   377        00887 (float_arith_conv.go:30)	MOVSD	$f64.3fb999999999999a(SB), X0
   37f        00895 (float_arith_conv.go:30)	NOP
   380        00896 (float_arith_conv.go:30)	CALL	main.f64(SB)
   385        00901 (float_arith_conv.go:30)	MOVSD	X0, main..autotmp_50+80(SP)
   38b        00907 (float_arith_conv.go:30)	MOVSD	$f64.3fc999999999999a(SB), X0
   393        00915 (float_arith_conv.go:30)	CALL	main.f64(SB)
   398        00920 (float_arith_conv.go:30)	MOVSD	X0, main..autotmp_51+72(SP)
   39e        00926 (float_arith_conv.go:30)	NOP
   3a0        00928 (float_arith_conv.go:30)	CALL	runtime.printlock(SB)
   3a5        00933 (float_arith_conv.go:30)	MOVSD	main.sum+16(SP), X0
   3ab        00939 (float_arith_conv.go:30)	CALL	runtime.printfloat64(SB)
   3b0        00944 (float_arith_conv.go:30)	CALL	runtime.printsp(SB)
   3b5        00949 (float_arith_conv.go:30)	MOVSD	main..autotmp_51+72(SP), X1
   3bb        00955 (float_arith_conv.go:30)	MOVSD	main..autotmp_50+80(SP), X2
   3c1        00961 (float_arith_conv.go:30)	ADDSD	X2, X1
   3c5        00965 (float_arith_conv.go:30)	MOVSD	X1, main..autotmp_50+80(SP)
   3cb        00971 (float_arith_conv.go:30)	MOVSD	main.sum+16(SP), X1
   3d1        00977 (float_arith_conv.go:30)	MOVSD	$f64.3ff0000000000000(SB), X2
   3d9        00985 (float_arith_conv.go:30)	UCOMISD	X2, X1
   3dd        00989 (float_arith_conv.go:30)	SETEQ	CL
   3e0        00992 (float_arith_conv.go:30)	SETPC	AL
   3e3        00995 (float_arith_conv.go:30)	ANDL	AX, CX
   3e5        00997 (float_arith_conv.go:30)	MOVL	CX, AX
   3e7        00999 (float_arith_conv.go:30)	CALL	runtime.printbool(SB)
   3ec        01004 (float_arith_conv.go:30)	CALL	runtime.printsp(SB)
   3f1        01009 (float_arith_conv.go:30)	MOVSD	main..autotmp_50+80(SP), X0
   3f7        01015 (float_arith_conv.go:30)	CALL	runtime.printfloat64(SB)
   3fc        01020 (float_arith_conv.go:30)	NOP
   400        01024 (float_arith_conv.go:30)	CALL	runtime.printnl(SB)
   405        01029 (float_arith_conv.go:30)	CALL	runtime.printunlock(SB)
   40a        01034 (float_arith_conv.go:35)	XORL	AX, AX
   40c        01036 (float_arith_conv.go:35)	MOVSD	$f64.3ff0000000000000(SB), X1
   414        01044 (float_arith_conv.go:35)	JMP	1077
   416        01046 (float_arith_conv.go:36)	MOVSD	$f64.4000000000000000(SB), X0
   41e        01054 (float_arith_conv.go:36)	DIVSD	X1, X0
   422        01058 (float_arith_conv.go:36)	ADDSD	X0, X1
   426        01062 (float_arith_conv.go:36)	MOVSD	$f64.3fe0000000000000(SB), X0
   42e        01070 (float_arith_conv.go:36)	MULSD	X0, X1
   432        01074 (float_arith_conv.go:35)	INCQ	AX
   435        01077 (float_arith_conv.go:35)	CMPQ	AX, $20
   439        01081 (float_arith_conv.go:35)	JLT	1046
   43b        01083 (float_arith_conv.go:35)	MOVSD	X1, main.g+32(SP)
   441        01089 (float_arith_conv.go:38)	CALL	runtime.printlock(SB)
   446        01094 (float_arith_conv.go:38)	MOVSD	main.g+32(SP), X0
   44c        01100 (float_arith_conv.go:38)	CALL	runtime.printfloat64(SB)
   451        01105 (float_arith_conv.go:38)	CALL	runtime.printsp(SB)
   456        01110 (float_arith_conv.go:38)	MOVSD	main.g+32(SP), X0
   45c        01116 (float_arith_conv.go:38)	MULSD	X0, X0
   460        01120 (float_arith_conv.go:38)	CALL	runtime.printfloat64(SB)
   465        01125 (float_arith_conv.go:38)	CALL	runtime.printnl(SB)
   46a        01130 (float_arith_conv.go:38)	CALL	runtime.printunlock(SB)
   46f        01135 (float_arith_conv.go:41)	XORL	AX, AX
   471        01137 (float_arith_conv.go:41)	MOVSS	$f32.3f800000(SB), X0
   479        01145 (float_arith_conv.go:41)	JMP	1162
   47b        01147 (float_arith_conv.go:42)	MOVSS	$f32.3fc00000(SB), X1
   483        01155 (float_arith_conv.go:42)	MULSS	X1, X0
   487        01159 (float_arith_conv.go:41)	INCQ	AX
   48a        01162 (float_arith_conv.go:41)	CMPQ	AX, $30
   48e        01166 (float_arith_conv.go:41)	JLT	1147
   490        01168 (float_arith_conv.go:41)	MOVSS	X0, main.f+12(SP)
   496        01174 (float_arith_conv.go:44)	CALL	runtime.printlock(SB)
   49b        01179 (float_arith_conv.go:44)	MOVSS	main.f+12(SP), X0
   4a1        01185 (float_arith_conv.go:44)	CALL	runtime.printfloat32(SB)
   4a6        01190 (float_arith_conv.go:44)	CALL	runtime.printsp(SB)
   4ab        01195 (float_arith_conv.go:44)	MOVSS	main.f+12(SP), X0
   4b1        01201 (float_arith_conv.go:44)	CVTTSS2SQ	X0, AX
   4b6        01206 (float_arith_conv.go:44)	CALL	runtime.printint(SB)
   4bb        01211 (float_arith_conv.go:44)	NOP
   4c0        01216 (float_arith_conv.go:44)	CALL	runtime.printnl(SB)
   4c5        01221 (float_arith_conv.go:44)	CALL	runtime.printunlock(SB)
   4ca        01226 (float_arith_conv.go:46)	MOVSD	$f64.401e000000000000(SB), X0
   4d2        01234 (float_arith_conv.go:46)	CALL	main.f64(SB)
   4d7        01239 (float_arith_conv.go:46)	MOVSD	X0, main.m+24(SP)
   4dd        01245 (float_arith_conv.go:47)	MOVSD	$f64.41edcd6500000000(SB), X0
   4e5        01253 (float_arith_conv.go:47)	CALL	main.f64(SB)
   4ea        01258 (float_arith_conv.go:47)	MOVSD	X0, main..autotmp_50+80(SP)
   4f0        01264 (float_arith_conv.go:47)	CALL	runtime.printlock(SB)
   4f5        01269 (float_arith_conv.go:47)	MOVSD	main.m+24(SP), X0
   4fb        01275 (float_arith_conv.go:47)	CVTTSD2SQ	X0, AX
   500        01280 (float_arith_conv.go:47)	MOVQ	AX, main..autotmp_53+56(SP)
   505        01285 (float_arith_conv.go:47)	MOVQ	AX, CX
   508        01288 (float_arith_conv.go:47)	SHRQ	$63, CX
   50c        01292 (float_arith_conv.go:47)	ADDQ	AX, CX
   50f        01295 (float_arith_conv.go:47)	ANDQ	$-2, CX
   513        01299 (float_arith_conv.go:47)	MOVQ	AX, DX
   516        01302 (float_arith_conv.go:47)	SUBQ	CX, DX
   519        01305 (float_arith_conv.go:47)	MOVQ	DX, AX
   51c        01308 (float_arith_conv.go:47)	NOP
   520        01312 (float_arith_conv.go:47)	CALL	runtime.printint(SB)
   525        01317 (float_arith_conv.go:47)	CALL	runtime.printsp(SB)
   52a        01322 (float_arith_conv.go:47)	MOVQ	main..autotmp_53+56(SP), AX
   52f        01327 (float_arith_conv.go:47)	XORPS	X0, X0
   532        01330 (float_arith_conv.go:47)	CVTSQ2SD	AX, X0
   537        01335 (float_arith_conv.go:47)	MOVSD	main..autotmp_50+80(SP), X1
   53d        01341 (float_arith_conv.go:47)	CVTTSD2SQ	X1, AX
   542        01346 (float_arith_conv.go:47)	MOVL	AX, AX
   544        01348 (float_arith_conv.go:47)	MOVQ	AX, main..autotmp_47+104(SP)
   549        01353 (float_arith_conv.go:47)	MOVSD	$f64.401c000000000000(SB), X1
   551        01361 (float_arith_conv.go:47)	UCOMISD	X0, X1
   555        01365 (float_arith_conv.go:47)	SETEQ	CL
   558        01368 (float_arith_conv.go:47)	SETPC	AL
   55b        01371 (float_arith_conv.go:47)	ANDL	AX, CX
   55d        01373 (float_arith_conv.go:47)	MOVL	CX, AX
   55f        01375 (float_arith_conv.go:47)	NOP
   560        01376 (float_arith_conv.go:47)	CALL	runtime.printbool(SB)
   565        01381 (float_arith_conv.go:47)	CALL	runtime.printsp(SB)
   56a        01386 (float_arith_conv.go:47)	MOVQ	main..autotmp_47+104(SP), AX
   56f        01391 (float_arith_conv.go:47)	CALL	runtime.printuint(SB)
   574        01396 (float_arith_conv.go:47)	CALL	runtime.printnl(SB)
   579        01401 (float_arith_conv.go:47)	CALL	runtime.printunlock(SB)
   57e        01406 (float_arith_conv.go:47)	NOP
   580        01408 (float_arith_conv.go:48)	CALL	runtime.printlock(SB)
   585        01413 (float_arith_conv.go:48)	MOVSD	$f64.c060000000000000(SB), X0
   58d        01421 (float_arith_conv.go:48)	CALL	runtime.printfloat64(SB)
   592        01426 (float_arith_conv.go:48)	CALL	runtime.printsp(SB)
   597        01431 (float_arith_conv.go:48)	MOVSS	$f32.5f800000(SB), X0
   59f        01439 (float_arith_conv.go:48)	NOP
   5a0        01440 (float_arith_conv.go:48)	CALL	runtime.printfloat32(SB)
   5a5        01445 (float_arith_conv.go:48)	CALL	runtime.printsp(SB)
   5aa        01450 (float_arith_conv.go:48)	MOVSD	$f64.c3e0000000000000(SB), X0
   5b2        01458 (float_arith_conv.go:48)	CALL	runtime.printfloat64(SB)
   5b7        01463 (float_arith_conv.go:48)	CALL	runtime.printnl(SB)
   5bc        01468 (float_arith_conv.go:48)	NOP
   5c0        01472 (float_arith_conv.go:48)	CALL	runtime.printunlock(SB)
   5c5        01477 (float_arith_conv.go:49)	ADDQ	$152, SP
   5cc        01484 (float_arith_conv.go:49)	POPQ	BP
   5cd        01485 (float_arith_conv.go:49)	RET
   5ce        01486 (float_arith_conv.go:49)	NOP
   5ce        01486 (float_arith_conv.go:13)	PCDATA	$1, $-1
   5ce        01486 (float_arith_conv.go:13)	PCDATA	$0, $-2
   5ce        01486 (float_arith_conv.go:13)	CALL	runtime.morestack_noctxt(SB)
   5d3        01491 (float_arith_conv.go:13)	PCDATA	$0, $-1
   5d3        01491 (float_arith_conv.go:13)	JMP	0
   5d8 done
wrote 4 bytes to 0x0
 00 d8 0b 00
funcpctab main.toUint [valfunc=pctoinline]
     0     -1 00000 (float_arith_conv.go:11)	TEXT	main.toUint(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (float_arith_conv.go:11)	TEXT	main.toUint(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (float_arith_conv.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (float_arith_conv.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (float_arith_conv.go:11)	FUNCDATA	$5, main.toUint.arginfo1(SB)
     0        00000 (float_arith_conv.go:11)	FUNCDATA	$6, main.toUint.argliveinfo(SB)
     0        00000 (float_arith_conv.go:11)	PCDATA	$3, $1
     0     -1 00000 (float_arith_conv.go:11)	MOVSD	$f64.43e0000000000000(SB), X1
     8        00008 (float_arith_conv.go:11)	UCOMISD	X0, X1
     c        00012 (float_arith_conv.go:11)	JLS	21
     e        00014 (float_arith_conv.go:11)	CVTTSD2SQ	X0, AX
    13        00019 (float_arith_conv.go:11)	JMP	35
    15        00021 (float_arith_conv.go:11)	SUBSD	X1, X0
    19        00025 (float_arith_conv.go:11)	CVTTSD2SQ	X0, AX
    1e        00030 (float_arith_conv.go:11)	BTSQ	$63, AX
    23        00035 (float_arith_conv.go:11)	RET
    24 done
wrote 3 bytes to 0x0
 00 24 00
funcpctab main.toInt [valfunc=pctoinline]
     0     -1 00000 (float_arith_conv.go:8)	TEXT	main.toInt(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (float_arith_conv.go:8)	TEXT	main.toInt(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (float_arith_conv.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (float_arith_conv.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (float_arith_conv.go:8)	FUNCDATA	$5, main.toInt.arginfo1(SB)
     0        00000 (float_arith_conv.go:8)	FUNCDATA	$6, main.toInt.argliveinfo(SB)
     0        00000 (float_arith_conv.go:8)	PCDATA	$3, $1
     0     -1 00000 (float_arith_conv.go:8)	CVTTSD2SQ	X0, AX
     5        00005 (float_arith_conv.go:8)	RET
     6 done
wrote 3 bytes to 0x0
 00 06 00
funcpctab main.f64 [valfunc=pctoinline]
     0     -1 00000 (float_arith_conv.go:5)	TEXT	main.f64(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (float_arith_conv.go:5)	TEXT	main.f64(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (float_arith_conv.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (float_arith_conv.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (float_arith_conv.go:5)	FUNCDATA	$5, main.f64.arginfo1(SB)
     0        00000 (float_arith_conv.go:5)	FUNCDATA	$6, main.f64.argliveinfo(SB)
     0        00000 (float_arith_conv.go:5)	PCDATA	$3, $1
     0     -1 00000 (float_arith_conv.go:5)	RET
     1 done
wrote 3 bytes to 0x0
 00 01 00
main.f64 STEXT nosplit size=1 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (float_arith_conv.go:5)	TEXT	main.f64(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (float_arith_conv.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (float_arith_conv.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (float_arith_conv.go:5)	FUNCDATA	$5, main.f64.arginfo1(SB)
	0x0000 00000 (float_arith_conv.go:5)	FUNCDATA	$6, main.f64.argliveinfo(SB)
	0x0000 00000 (float_arith_conv.go:5)	PCDATA	$3, $1
	0x0000 00000 (float_arith_conv.go:5)	RET
	0x0000 c3                                               .
main.toInt STEXT nosplit size=6 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (float_arith_conv.go:8)	TEXT	main.toInt(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (float_arith_conv.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (float_arith_conv.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (float_arith_conv.go:8)	FUNCDATA	$5, main.toInt.arginfo1(SB)
	0x0000 00000 (float_arith_conv.go:8)	FUNCDATA	$6, main.toInt.argliveinfo(SB)
	0x0000 00000 (float_arith_conv.go:8)	PCDATA	$3, $1
	0x0000 00000 (float_arith_conv.go:8)	CVTTSD2SQ	X0, AX
	0x0005 00005 (float_arith_conv.go:8)	RET
	0x0000 f2 48 0f 2c c0 c3                                .H.,..
main.toUint STEXT nosplit size=36 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (float_arith_conv.go:11)	TEXT	main.toUint(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (float_arith_conv.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (float_arith_conv.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (float_arith_conv.go:11)	FUNCDATA	$5, main.toUint.arginfo1(SB)
	0x0000 00000 (float_arith_conv.go:11)	FUNCDATA	$6, main.toUint.argliveinfo(SB)
	0x0000 00000 (float_arith_conv.go:11)	PCDATA	$3, $1
	0x0000 00000 (float_arith_conv.go:11)	MOVSD	$f64.43e0000000000000(SB), X1
	0x0008 00008 (float_arith_conv.go:11)	UCOMISD	X0, X1
	0x000c 00012 (float_arith_conv.go:11)	JLS	21
	0x000e 00014 (float_arith_conv.go:11)	CVTTSD2SQ	X0, AX
	0x0013 00019 (float_arith_conv.go:11)	JMP	35
	0x0015 00021 (float_arith_conv.go:11)	SUBSD	X1, X0
	0x0019 00025 (float_arith_conv.go:11)	CVTTSD2SQ	X0, AX
	0x001e 00030 (float_arith_conv.go:11)	BTSQ	$63, AX
	0x0023 00035 (float_arith_conv.go:11)	RET
	0x0000 f2 0f 10 0d 00 00 00 00 66 0f 2e c8 76 07 f2 48  ........f...v..H
	0x0010 0f 2c c0 eb 0e f2 0f 5c c1 f2 48 0f 2c c0 48 0f  .,.....\..H.,.H.
	0x0020 ba e8 3f c3                                      ..?.
	rel 4+4 t=R_PCREL $f64.43e0000000000000+0
main.main STEXT size=1496 align=0x0 args=0x0 locals=0xa0 funcid=0x0
	0x0000 00000 (float_arith_conv.go:13)	TEXT	main.main(SB), ABIInternal, $160-0
	0x0000 00000 (float_arith_conv.go:13)	LEAQ	-32(SP), R12
	0x0005 00005 (float_arith_conv.go:13)	CMPQ	R12, 16(R14)
	0x0009 00009 (float_arith_conv.go:13)	PCDATA	$0, $-2
	0x0009 00009 (float_arith_conv.go:13)	JLS	1486
	0x000f 00015 (float_arith_conv.go:13)	PCDATA	$0, $-1
	0x000f 00015 (float_arith_conv.go:13)	PUSHQ	BP
	0x0010 00016 (float_arith_conv.go:13)	MOVQ	SP, BP
	0x0013 00019 (float_arith_conv.go:13)	SUBQ	$152, SP
	0x001a 00026 (float_arith_conv.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (float_arith_conv.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (float_arith_conv.go:14)	MOVSD	$f64.400feb851eb851ec(SB), X0
	0x0022 00034 (float_arith_conv.go:14)	PCDATA	$1, $0
	0x0022 00034 (float_arith_conv.go:14)	CALL	main.toInt(SB)
	0x0027 00039 (float_arith_conv.go:14)	MOVQ	AX, main..autotmp_42+144(SP)
	0x002f 00047 (float_arith_conv.go:14)	MOVSD	$f64.c00feb851eb851ec(SB), X0
	0x0037 00055 (float_arith_conv.go:14)	CALL	main.toInt(SB)
	0x003c 00060 (float_arith_conv.go:14)	MOVQ	AX, main..autotmp_43+136(SP)
	0x0044 00068 (float_arith_conv.go:14)	MOVSD	$f64.3fe0000000000000(SB), X0
	0x004c 00076 (float_arith_conv.go:14)	CALL	main.toInt(SB)
	0x0051 00081 (float_arith_conv.go:14)	MOVQ	AX, main..autotmp_44+128(SP)
	0x0059 00089 (float_arith_conv.go:14)	MOVSD	$f64.bfe0000000000000(SB), X0
	0x0061 00097 (float_arith_conv.go:14)	CALL	main.toInt(SB)
	0x0066 00102 (float_arith_conv.go:14)	MOVQ	AX, main..autotmp_45+120(SP)
	0x006b 00107 (float_arith_conv.go:14)	MOVSD	$f64.43abc16d674ec800(SB), X0
	0x0073 00115 (float_arith_conv.go:14)	CALL	main.toInt(SB)
	0x0078 00120 (float_arith_conv.go:14)	MOVQ	AX, main..autotmp_46+112(SP)
	0x007d 00125 (float_arith_conv.go:14)	NOP
	0x0080 00128 (float_arith_conv.go:14)	CALL	runtime.printlock(SB)
	0x0085 00133 (float_arith_conv.go:14)	MOVQ	main..autotmp_42+144(SP), AX
	0x008d 00141 (float_arith_conv.go:14)	CALL	runtime.printint(SB)
	0x0092 00146 (float_arith_conv.go:14)	CALL	runtime.printsp(SB)
	0x0097 00151 (float_arith_conv.go:14)	MOVQ	main..autotmp_43+136(SP), AX
	0x009f 00159 (float_arith_conv.go:14)	NOP
	0x00a0 00160 (float_arith_conv.go:14)	CALL	runtime.printint(SB)
	0x00a5 00165 (float_arith_conv.go:14)	CALL	runtime.printsp(SB)
	0x00aa 00170 (float_arith_conv.go:14)	MOVQ	main..autotmp_44+128(SP), AX
	0x00b2 00178 (float_arith_conv.go:14)	CALL	runtime.printint(SB)
	0x00b7 00183 (float_arith_conv.go:14)	CALL	runtime.printsp(SB)
	0x00bc 00188 (float_arith_conv.go:14)	MOVQ	main..autotmp_45+120(SP), AX
	0x00c1 00193 (float_arith_conv.go:14)	CALL	runtime.printint(SB)
	0x00c6 00198 (float_arith_conv.go:14)	CALL	runtime.printsp(SB)
	0x00cb 00203 (float_arith_conv.go:14)	MOVQ	main..autotmp_46+112(SP), AX
	0x00d0 00208 (float_arith_conv.go:14)	CALL	runtime.printint(SB)
	0x00d5 00213 (float_arith_conv.go:14)	CALL	runtime.printnl(SB)
	0x00da 00218 (float_arith_conv.go:14)	CALL	runtime.printunlock(SB)
	0x00df 00223 (float_arith_conv.go:15)	MOVSD	$f64.400feb851eb851ec(SB), X0
	0x00e7 00231 (float_arith_conv.go:15)	CALL	main.toUint(SB)
	0x00ec 00236 (float_arith_conv.go:15)	MOVQ	AX, main..autotmp_47+104(SP)
	0x00f1 00241 (float_arith_conv.go:15)	MOVSD	$f64.43e158e460913d00(SB), X0
	0x00f9 00249 (float_arith_conv.go:15)	CALL	main.toUint(SB)
	0x00fe 00254 (float_arith_conv.go:15)	MOVQ	AX, main..autotmp_48+96(SP)
	0x0103 00259 (float_arith_conv.go:15)	MOVSD	$f64.43efffffffffffff(SB), X0
	0x010b 00267 (float_arith_conv.go:15)	CALL	main.toUint(SB)
	0x0110 00272 (float_arith_conv.go:15)	MOVQ	AX, main..autotmp_49+88(SP)
	0x0115 00277 (float_arith_conv.go:15)	CALL	runtime.printlock(SB)
	0x011a 00282 (float_arith_conv.go:15)	MOVQ	main..autotmp_47+104(SP), AX
	0x011f 00287 (float_arith_conv.go:15)	NOP
	0x0120 00288 (float_arith_conv.go:15)	CALL	runtime.printuint(SB)
	0x0125 00293 (float_arith_conv.go:15)	CALL	runtime.printsp(SB)
	0x012a 00298 (float_arith_conv.go:15)	MOVQ	main..autotmp_48+96(SP), AX
	0x012f 00303 (float_arith_conv.go:15)	CALL	runtime.printuint(SB)
	0x0134 00308 (float_arith_conv.go:15)	CALL	runtime.printsp(SB)
	0x0139 00313 (float_arith_conv.go:15)	MOVQ	main..autotmp_49+88(SP), AX
	0x013e 00318 (float_arith_conv.go:15)	NOP
	0x0140 00320 (float_arith_conv.go:15)	CALL	runtime.printuint(SB)
	0x0145 00325 (float_arith_conv.go:15)	CALL	runtime.printnl(SB)
	0x014a 00330 (float_arith_conv.go:15)	CALL	runtime.printunlock(SB)
	0x014f 00335 (float_arith_conv.go:16)	MOVSD	$f64.41dfffffffc00000(SB), X0
	0x0157 00343 (float_arith_conv.go:16)	CALL	main.f64(SB)
	0x015c 00348 (float_arith_conv.go:16)	MOVSD	X0, main..autotmp_50+80(SP)
	0x0162 00354 (float_arith_conv.go:16)	MOVSD	$f64.4059000000000000(SB), X0
	0x016a 00362 (float_arith_conv.go:16)	CALL	main.f64(SB)
	0x016f 00367 (float_arith_conv.go:16)	MOVSD	X0, main..autotmp_51+72(SP)
	0x0175 00373 (float_arith_conv.go:16)	MOVSD	$f64.406ffccccccccccd(SB), X0
	0x017d 00381 (float_arith_conv.go:16)	NOP
	0x0180 00384 (float_arith_conv.go:16)	CALL	main.f64(SB)
	0x0185 00389 (float_arith_conv.go:16)	MOVSD	X0, main..autotmp_52+64(SP)
	0x018b 00395 (float_arith_conv.go:16)	CALL	runtime.printlock(SB)
	0x0190 00400 (float_arith_conv.go:16)	MOVSD	main..autotmp_50+80(SP), X1
	0x0196 00406 (float_arith_conv.go:16)	CVTTSD2SL	X1, AX
	0x019a 00410 (float_arith_conv.go:16)	MOVLQSX	AX, AX
	0x019d 00413 (float_arith_conv.go:16)	NOP
	0x01a0 00416 (float_arith_conv.go:16)	CALL	runtime.printint(SB)
	0x01a5 00421 (float_arith_conv.go:16)	CALL	runtime.printsp(SB)
	0x01aa 00426 (float_arith_conv.go:16)	MOVSD	main..autotmp_51+72(SP), X1
	0x01b0 00432 (float_arith_conv.go:16)	CVTTSD2SL	X1, AX
	0x01b4 00436 (float_arith_conv.go:16)	MOVBQSX	AL, AX
	0x01b8 00440 (float_arith_conv.go:16)	CALL	runtime.printint(SB)
	0x01bd 00445 (float_arith_conv.go:16)	NOP
	0x01c0 00448 (float_arith_conv.go:16)	CALL	runtime.printsp(SB)
	0x01c5 00453 (float_arith_conv.go:16)	MOVSD	main..autotmp_52+64(SP), X1
	0x01cb 00459 (float_arith_conv.go:16)	CVTTSD2SL	X1, AX
	0x01cf 00463 (float_arith_conv.go:16)	MOVBLZX	AL, AX
	0x01d2 00466 (float_arith_conv.go:16)	CALL	runtime.printuint(SB)
	0x01d7 00471 (float_arith_conv.go:16)	CALL	runtime.printnl(SB)
	0x01dc 00476 (float_arith_conv.go:16)	NOP
	0x01e0 00480 (float_arith_conv.go:16)	CALL	runtime.printunlock(SB)
	0x01e5 00485 (float_arith_conv.go:19)	CALL	runtime.printlock(SB)
	0x01ea 00490 (float_arith_conv.go:19)	MOVSD	$f64.4340000000000000(SB), X0
	0x01f2 00498 (float_arith_conv.go:19)	CALL	runtime.printfloat64(SB)
	0x01f7 00503 (float_arith_conv.go:19)	CALL	runtime.printsp(SB)
	0x01fc 00508 (float_arith_conv.go:19)	MOVQ	$9007199254740992, AX
	0x0206 00518 (float_arith_conv.go:19)	CALL	runtime.printint(SB)
	0x020b 00523 (float_arith_conv.go:19)	CALL	runtime.printnl(SB)
	0x0210 00528 (float_arith_conv.go:19)	CALL	runtime.printunlock(SB)
	0x0215 00533 (float_arith_conv.go:21)	CALL	runtime.printlock(SB)
	0x021a 00538 (float_arith_conv.go:21)	MOVSD	$f64.43e0000000000001(SB), X0
	0x0222 00546 (float_arith_conv.go:21)	CALL	runtime.printfloat64(SB)
	0x0227 00551 (float_arith_conv.go:21)	CALL	runtime.printsp(SB)
	0x022c 00556 (float_arith_conv.go:21)	MOVQ	$-9223372036854773760, AX
	0x0236 00566 (float_arith_conv.go:21)	CALL	runtime.printuint(SB)
	0x023b 00571 (float_arith_conv.go:21)	NOP
	0x0240 00576 (float_arith_conv.go:21)	CALL	runtime.printnl(SB)
	0x0245 00581 (float_arith_conv.go:21)	CALL	runtime.printunlock(SB)
	0x024a 00586 (float_arith_conv.go:22)	CALL	runtime.printlock(SB)
	0x024f 00591 (float_arith_conv.go:22)	MOVSS	$f32.4b800000(SB), X0
	0x0257 00599 (float_arith_conv.go:22)	CALL	runtime.printfloat32(SB)
	0x025c 00604 (float_arith_conv.go:22)	NOP
	0x0260 00608 (float_arith_conv.go:22)	CALL	runtime.printsp(SB)
	0x0265 00613 (float_arith_conv.go:22)	XORL	AX, AX
	0x0267 00615 (float_arith_conv.go:22)	CALL	runtime.printbool(SB)
	0x026c 00620 (float_arith_conv.go:22)	CALL	runtime.printnl(SB)
	0x0271 00625 (float_arith_conv.go:22)	CALL	runtime.printunlock(SB)
	0x0276 00630 (float_arith_conv.go:24)	MOVSD	$f64.4024000000000000(SB), X0
	0x027e 00638 (float_arith_conv.go:24)	NOP
	0x0280 00640 (float_arith_conv.go:24)	CALL	main.f64(SB)
	0x0285 00645 (float_arith_conv.go:24)	MOVSD	X0, main.a+48(SP)
	0x028b 00651 (float_arith_conv.go:24)	MOVSD	$f64.4010000000000000(SB), X0
	0x0293 00659 (float_arith_conv.go:24)	CALL	main.f64(SB)
	0x0298 00664 (float_arith_conv.go:24)	MOVSD	X0, main.b+40(SP)
	0x029e 00670 (float_arith_conv.go:24)	NOP
	0x02a0 00672 (float_arith_conv.go:25)	CALL	runtime.printlock(SB)
	0x02a5 00677 (float_arith_conv.go:25)	MOVSD	main.a+48(SP), X0
	0x02ab 00683 (float_arith_conv.go:25)	MOVSD	main.b+40(SP), X1
	0x02b1 00689 (float_arith_conv.go:25)	MOVUPS	X0, X2
	0x02b4 00692 (float_arith_conv.go:25)	DIVSD	X1, X2
	0x02b8 00696 (float_arith_conv.go:25)	MOVUPS	X2, X0
	0x02bb 00699 (float_arith_conv.go:25)	NOP
	0x02c0 00704 (float_arith_conv.go:25)	CALL	runtime.printfloat64(SB)
	0x02c5 00709 (float_arith_conv.go:25)	CALL	runtime.printsp(SB)
	0x02ca 00714 (float_arith_conv.go:25)	MOVSD	main.b+40(SP), X0
	0x02d0 00720 (float_arith_conv.go:25)	MOVSD	main.a+48(SP), X1
	0x02d6 00726 (float_arith_conv.go:25)	MOVUPS	X0, X2
	0x02d9 00729 (float_arith_conv.go:25)	MULSD	X1, X2
	0x02dd 00733 (float_arith_conv.go:25)	MOVUPS	X2, X0
	0x02e0 00736 (float_arith_conv.go:25)	CALL	runtime.printfloat64(SB)
	0x02e5 00741 (float_arith_conv.go:25)	CALL	runtime.printsp(SB)
	0x02ea 00746 (float_arith_conv.go:25)	MOVSD	main.a+48(SP), X0
	0x02f0 00752 (float_arith_conv.go:25)	MOVSD	main.b+40(SP), X1
	0x02f6 00758 (float_arith_conv.go:25)	MOVUPS	X0, X2
	0x02f9 00761 (float_arith_conv.go:25)	SUBSD	X1, X2
	0x02fd 00765 (float_arith_conv.go:25)	MOVUPS	X2, X0
	0x0300 00768 (float_arith_conv.go:25)	CALL	runtime.printfloat64(SB)
	0x0305 00773 (float_arith_conv.go:25)	CALL	runtime.printsp(SB)
	0x030a 00778 (float_arith_conv.go:25)	MOVSD	main.b+40(SP), X0
	0x0310 00784 (float_arith_conv.go:25)	MOVSD	main.a+48(SP), X1
	0x0316 00790 (float_arith_conv.go:25)	MOVUPS	X0, X2
	0x0319 00793 (float_arith_conv.go:25)	ADDSD	X1, X2
	0x031d 00797 (float_arith_conv.go:25)	MOVUPS	X2, X0
	0x0320 00800 (float_arith_conv.go:25)	CALL	runtime.printfloat64(SB)
	0x0325 00805 (float_arith_conv.go:25)	CALL	runtime.printsp(SB)
	0x032a 00810 (float_arith_conv.go:25)	MOVSD	main.a+48(SP), X0
	0x0330 00816 (float_arith_conv.go:25)	MOVSD	$f64.8000000000000000(SB), X1
	0x0338 00824 (float_arith_conv.go:25)	PXOR	X1, X0
	0x033c 00828 (float_arith_conv.go:25)	MOVSD	main.b+40(SP), X1
	0x0342 00834 (float_arith_conv.go:25)	DIVSD	X1, X0
	0x0346 00838 (float_arith_conv.go:25)	CALL	runtime.printfloat64(SB)
	0x034b 00843 (float_arith_conv.go:25)	CALL	runtime.printnl(SB)
	0x0350 00848 (float_arith_conv.go:25)	CALL	runtime.printunlock(SB)
	0x0355 00853 (float_arith_conv.go:27)	XORPS	X1, X1
	0x0358 00856 (float_arith_conv.go:27)	XORL	AX, AX
	0x035a 00858 (float_arith_conv.go:27)	JMP	875
	0x035c 00860 (float_arith_conv.go:28)	MOVSD	$f64.3fb999999999999a(SB), X0
	0x0364 00868 (float_arith_conv.go:28)	ADDSD	X0, X1
	0x0368 00872 (float_arith_conv.go:27)	INCQ	AX
	0x036b 00875 (float_arith_conv.go:27)	CMPQ	AX, $10
	0x036f 00879 (float_arith_conv.go:27)	JLT	860
	0x0371 00881 (float_arith_conv.go:27)	MOVSD	X1, main.sum+16(SP)
	0x0377 00887 (float_arith_conv.go:30)	MOVSD	$f64.3fb999999999999a(SB), X0
	0x037f 00895 (float_arith_conv.go:30)	NOP
	0x0380 00896 (float_arith_conv.go:30)	CALL	main.f64(SB)
	0x0385 00901 (float_arith_conv.go:30)	MOVSD	X0, main..autotmp_50+80(SP)
	0x038b 00907 (float_arith_conv.go:30)	MOVSD	$f64.3fc999999999999a(SB), X0
	0x0393 00915 (float_arith_conv.go:30)	CALL	main.f64(SB)
	0x0398 00920 (float_arith_conv.go:30)	MOVSD	X0, main..autotmp_51+72(SP)
	0x039e 00926 (float_arith_conv.go:30)	NOP
	0x03a0 00928 (float_arith_conv.go:30)	CALL	runtime.printlock(SB)
	0x03a5 00933 (float_arith_conv.go:30)	MOVSD	main.sum+16(SP), X0
	0x03ab 00939 (float_arith_conv.go:30)	CALL	runtime.printfloat64(SB)
	0x03b0 00944 (float_arith_conv.go:30)	CALL	runtime.printsp(SB)
	0x03b5 00949 (float_arith_conv.go:30)	MOVSD	main..autotmp_51+72(SP), X1
	0x03bb 00955 (float_arith_conv.go:30)	MOVSD	main..autotmp_50+80(SP), X2
	0x03c1 00961 (float_arith_conv.go:30)	ADDSD	X2, X1
	0x03c5 00965 (float_arith_conv.go:30)	MOVSD	X1, main..autotmp_50+80(SP)
	0x03cb 00971 (float_arith_conv.go:30)	MOVSD	main.sum+16(SP), X1
	0x03d1 00977 (float_arith_conv.go:30)	MOVSD	$f64.3ff0000000000000(SB), X2
	0x03d9 00985 (float_arith_conv.go:30)	UCOMISD	X2, X1
	0x03dd 00989 (float_arith_conv.go:30)	SETEQ	CL
	0x03e0 00992 (float_arith_conv.go:30)	SETPC	AL
	0x03e3 00995 (float_arith_conv.go:30)	ANDL	AX, CX
	0x03e5 00997 (float_arith_conv.go:30)	MOVL	CX, AX
	0x03e7 00999 (float_arith_conv.go:30)	CALL	runtime.printbool(SB)
	0x03ec 01004 (float_arith_conv.go:30)	CALL	runtime.printsp(SB)
	0x03f1 01009 (float_arith_conv.go:30)	MOVSD	main..autotmp_50+80(SP), X0
	0x03f7 01015 (float_arith_conv.go:30)	CALL	runtime.printfloat64(SB)
	0x03fc 01020 (float_arith_conv.go:30)	NOP
	0x0400 01024 (float_arith_conv.go:30)	CALL	runtime.printnl(SB)
	0x0405 01029 (float_arith_conv.go:30)	CALL	runtime.printunlock(SB)
	0x040a 01034 (float_arith_conv.go:35)	XORL	AX, AX
	0x040c 01036 (float_arith_conv.go:35)	MOVSD	$f64.3ff0000000000000(SB), X1
	0x0414 01044 (float_arith_conv.go:35)	JMP	1077
	0x0416 01046 (float_arith_conv.go:36)	MOVSD	$f64.4000000000000000(SB), X0
	0x041e 01054 (float_arith_conv.go:36)	DIVSD	X1, X0
	0x0422 01058 (float_arith_conv.go:36)	ADDSD	X0, X1
	0x0426 01062 (float_arith_conv.go:36)	MOVSD	$f64.3fe0000000000000(SB), X0
	0x042e 01070 (float_arith_conv.go:36)	MULSD	X0, X1
	0x0432 01074 (float_arith_conv.go:35)	INCQ	AX
	0x0435 01077 (float_arith_conv.go:35)	CMPQ	AX, $20
	0x0439 01081 (float_arith_conv.go:35)	JLT	1046
	0x043b 01083 (float_arith_conv.go:35)	MOVSD	X1, main.g+32(SP)
	0x0441 01089 (float_arith_conv.go:38)	CALL	runtime.printlock(SB)
	0x0446 01094 (float_arith_conv.go:38)	MOVSD	main.g+32(SP), X0
	0x044c 01100 (float_arith_conv.go:38)	CALL	runtime.printfloat64(SB)
	0x0451 01105 (float_arith_conv.go:38)	CALL	runtime.printsp(SB)
	0x0456 01110 (float_arith_conv.go:38)	MOVSD	main.g+32(SP), X0
	0x045c 01116 (float_arith_conv.go:38)	MULSD	X0, X0
	0x0460 01120 (float_arith_conv.go:38)	CALL	runtime.printfloat64(SB)
	0x0465 01125 (float_arith_conv.go:38)	CALL	runtime.printnl(SB)
	0x046a 01130 (float_arith_conv.go:38)	CALL	runtime.printunlock(SB)
	0x046f 01135 (float_arith_conv.go:41)	XORL	AX, AX
	0x0471 01137 (float_arith_conv.go:41)	MOVSS	$f32.3f800000(SB), X0
	0x0479 01145 (float_arith_conv.go:41)	JMP	1162
	0x047b 01147 (float_arith_conv.go:42)	MOVSS	$f32.3fc00000(SB), X1
	0x0483 01155 (float_arith_conv.go:42)	MULSS	X1, X0
	0x0487 01159 (float_arith_conv.go:41)	INCQ	AX
	0x048a 01162 (float_arith_conv.go:41)	CMPQ	AX, $30
	0x048e 01166 (float_arith_conv.go:41)	JLT	1147
	0x0490 01168 (float_arith_conv.go:41)	MOVSS	X0, main.f+12(SP)
	0x0496 01174 (float_arith_conv.go:44)	CALL	runtime.printlock(SB)
	0x049b 01179 (float_arith_conv.go:44)	MOVSS	main.f+12(SP), X0
	0x04a1 01185 (float_arith_conv.go:44)	CALL	runtime.printfloat32(SB)
	0x04a6 01190 (float_arith_conv.go:44)	CALL	runtime.printsp(SB)
	0x04ab 01195 (float_arith_conv.go:44)	MOVSS	main.f+12(SP), X0
	0x04b1 01201 (float_arith_conv.go:44)	CVTTSS2SQ	X0, AX
	0x04b6 01206 (float_arith_conv.go:44)	CALL	runtime.printint(SB)
	0x04bb 01211 (float_arith_conv.go:44)	NOP
	0x04c0 01216 (float_arith_conv.go:44)	CALL	runtime.printnl(SB)
	0x04c5 01221 (float_arith_conv.go:44)	CALL	runtime.printunlock(SB)
	0x04ca 01226 (float_arith_conv.go:46)	MOVSD	$f64.401e000000000000(SB), X0
	0x04d2 01234 (float_arith_conv.go:46)	CALL	main.f64(SB)
	0x04d7 01239 (float_arith_conv.go:46)	MOVSD	X0, main.m+24(SP)
	0x04dd 01245 (float_arith_conv.go:47)	MOVSD	$f64.41edcd6500000000(SB), X0
	0x04e5 01253 (float_arith_conv.go:47)	CALL	main.f64(SB)
	0x04ea 01258 (float_arith_conv.go:47)	MOVSD	X0, main..autotmp_50+80(SP)
	0x04f0 01264 (float_arith_conv.go:47)	CALL	runtime.printlock(SB)
	0x04f5 01269 (float_arith_conv.go:47)	MOVSD	main.m+24(SP), X0
	0x04fb 01275 (float_arith_conv.go:47)	CVTTSD2SQ	X0, AX
	0x0500 01280 (float_arith_conv.go:47)	MOVQ	AX, main..autotmp_53+56(SP)
	0x0505 01285 (float_arith_conv.go:47)	MOVQ	AX, CX
	0x0508 01288 (float_arith_conv.go:47)	SHRQ	$63, CX
	0x050c 01292 (float_arith_conv.go:47)	ADDQ	AX, CX
	0x050f 01295 (float_arith_conv.go:47)	ANDQ	$-2, CX
	0x0513 01299 (float_arith_conv.go:47)	MOVQ	AX, DX
	0x0516 01302 (float_arith_conv.go:47)	SUBQ	CX, DX
	0x0519 01305 (float_arith_conv.go:47)	MOVQ	DX, AX
	0x051c 01308 (float_arith_conv.go:47)	NOP
	0x0520 01312 (float_arith_conv.go:47)	CALL	runtime.printint(SB)
	0x0525 01317 (float_arith_conv.go:47)	CALL	runtime.printsp(SB)
	0x052a 01322 (float_arith_conv.go:47)	MOVQ	main..autotmp_53+56(SP), AX
	0x052f 01327 (float_arith_conv.go:47)	XORPS	X0, X0
	0x0532 01330 (float_arith_conv.go:47)	CVTSQ2SD	AX, X0
	0x0537 01335 (float_arith_conv.go:47)	MOVSD	main..autotmp_50+80(SP), X1
	0x053d 01341 (float_arith_conv.go:47)	CVTTSD2SQ	X1, AX
	0x0542 01346 (float_arith_conv.go:47)	MOVL	AX, AX
	0x0544 01348 (float_arith_conv.go:47)	MOVQ	AX, main..autotmp_47+104(SP)
	0x0549 01353 (float_arith_conv.go:47)	MOVSD	$f64.401c000000000000(SB), X1
	0x0551 01361 (float_arith_conv.go:47)	UCOMISD	X0, X1
	0x0555 01365 (float_arith_conv.go:47)	SETEQ	CL
	0x0558 01368 (float_arith_conv.go:47)	SETPC	AL
	0x055b 01371 (float_arith_conv.go:47)	ANDL	AX, CX
	0x055d 01373 (float_arith_conv.go:47)	MOVL	CX, AX
	0x055f 01375 (float_arith_conv.go:47)	NOP
	0x0560 01376 (float_arith_conv.go:47)	CALL	runtime.printbool(SB)
	0x0565 01381 (float_arith_conv.go:47)	CALL	runtime.printsp(SB)
	0x056a 01386 (float_arith_conv.go:47)	MOVQ	main..autotmp_47+104(SP), AX
	0x056f 01391 (float_arith_conv.go:47)	CALL	runtime.printuint(SB)
	0x0574 01396 (float_arith_conv.go:47)	CALL	runtime.printnl(SB)
	0x0579 01401 (float_arith_conv.go:47)	CALL	runtime.printunlock(SB)
	0x057e 01406 (float_arith_conv.go:47)	NOP
	0x0580 01408 (float_arith_conv.go:48)	CALL	runtime.printlock(SB)
	0x0585 01413 (float_arith_conv.go:48)	MOVSD	$f64.c060000000000000(SB), X0
	0x058d 01421 (float_arith_conv.go:48)	CALL	runtime.printfloat64(SB)
	0x0592 01426 (float_arith_conv.go:48)	CALL	runtime.printsp(SB)
	0x0597 01431 (float_arith_conv.go:48)	MOVSS	$f32.5f800000(SB), X0
	0x059f 01439 (float_arith_conv.go:48)	NOP
	0x05a0 01440 (float_arith_conv.go:48)	CALL	runtime.printfloat32(SB)
	0x05a5 01445 (float_arith_conv.go:48)	CALL	runtime.printsp(SB)
	0x05aa 01450 (float_arith_conv.go:48)	MOVSD	$f64.c3e0000000000000(SB), X0
	0x05b2 01458 (float_arith_conv.go:48)	CALL	runtime.printfloat64(SB)
	0x05b7 01463 (float_arith_conv.go:48)	CALL	runtime.printnl(SB)
	0x05bc 01468 (float_arith_conv.go:48)	NOP
	0x05c0 01472 (float_arith_conv.go:48)	CALL	runtime.printunlock(SB)
	0x05c5 01477 (float_arith_conv.go:49)	ADDQ	$152, SP
	0x05cc 01484 (float_arith_conv.go:49)	POPQ	BP
	0x05cd 01485 (float_arith_conv.go:49)	RET
	0x05ce 01486 (float_arith_conv.go:49)	NOP
	0x05ce 01486 (float_arith_conv.go:13)	PCDATA	$1, $-1
	0x05ce 01486 (float_arith_conv.go:13)	PCDATA	$0, $-2
	0x05ce 01486 (float_arith_conv.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x05d3 01491 (float_arith_conv.go:13)	PCDATA	$0, $-1
	0x05d3 01491 (float_arith_conv.go:13)	JMP	0
	0x0000 4c 8d 64 24 e0 4d 3b 66 10 0f 86 bf 05 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 98 00 00 00 f2 0f 10 05 00 00  H..H............
	0x0020 00 00 e8 00 00 00 00 48 89 84 24 90 00 00 00 f2  .......H..$.....
	0x0030 0f 10 05 00 00 00 00 e8 00 00 00 00 48 89 84 24  ............H..$
	0x0040 88 00 00 00 f2 0f 10 05 00 00 00 00 e8 00 00 00  ................
	0x0050 00 48 89 84 24 80 00 00 00 f2 0f 10 05 00 00 00  .H..$...........
	0x0060 00 e8 00 00 00 00 48 89 44 24 78 f2 0f 10 05 00  ......H.D$x.....
	0x0070 00 00 00 e8 00 00 00 00 48 89 44 24 70 0f 1f 00  ........H.D$p...
	0x0080 e8 00 00 00 00 48 8b 84 24 90 00 00 00 e8 00 00  .....H..$.......
	0x0090 00 00 e8 00 00 00 00 48 8b 84 24 88 00 00 00 90  .......H..$.....
	0x00a0 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 80 00  ..........H..$..
	0x00b0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24  ............H.D$
	0x00c0 78 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 70  x..........H.D$p
	0x00d0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 f2  ................
	0x00e0 0f 10 05 00 00 00 00 e8 00 00 00 00 48 89 44 24  ............H.D$
	0x00f0 68 f2 0f 10 05 00 00 00 00 e8 00 00 00 00 48 89  h.............H.
	0x0100 44 24 60 f2 0f 10 05 00 00 00 00 e8 00 00 00 00  D$`.............
	0x0110 48 89 44 24 58 e8 00 00 00 00 48 8b 44 24 68 90  H.D$X.....H.D$h.
	0x0120 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 60 e8  ..........H.D$`.
	0x0130 00 00 00 00 e8 00 00 00 00 48 8b 44 24 58 66 90  .........H.D$Xf.
	0x0140 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 f2  ................
	0x0150 0f 10 05 00 00 00 00 e8 00 00 00 00 f2 0f 11 44  ...............D
	0x0160 24 50 f2 0f 10 05 00 00 00 00 e8 00 00 00 00 f2  $P..............
	0x0170 0f 11 44 24 48 f2 0f 10 05 00 00 00 00 0f 1f 00  ..D$H...........
	0x0180 e8 00 00 00 00 f2 0f 11 44 24 40 e8 00 00 00 00  ........D$@.....
	0x0190 f2 0f 10 4c 24 50 f2 0f 2c c1 48 63 c0 0f 1f 00  ...L$P..,.Hc....
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 4c 24 48  .............L$H
	0x01b0 f2 0f 2c c1 48 0f be c0 e8 00 00 00 00 0f 1f 00  ..,.H...........
	0x01c0 e8 00 00 00 00 f2 0f 10 4c 24 40 f2 0f 2c c1 0f  ........L$@..,..
	0x01d0 b6 c0 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x01e0 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x01f0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 b8 00 00  ............H...
	0x0200 00 00 00 00 20 00 e8 00 00 00 00 e8 00 00 00 00  .... ...........
	0x0210 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x0220 00 00 e8 00 00 00 00 e8 00 00 00 00 48 b8 00 08  ............H...
	0x0230 00 00 00 00 00 80 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0240 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 f3  ................
	0x0250 0f 10 05 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0260 e8 00 00 00 00 31 c0 e8 00 00 00 00 e8 00 00 00  .....1..........
	0x0270 00 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 66 90  ..............f.
	0x0280 e8 00 00 00 00 f2 0f 11 44 24 30 f2 0f 10 05 00  ........D$0.....
	0x0290 00 00 00 e8 00 00 00 00 f2 0f 11 44 24 28 66 90  ...........D$(f.
	0x02a0 e8 00 00 00 00 f2 0f 10 44 24 30 f2 0f 10 4c 24  ........D$0...L$
	0x02b0 28 0f 10 d0 f2 0f 5e d1 0f 10 c2 0f 1f 44 00 00  (.....^......D..
	0x02c0 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24 28  .............D$(
	0x02d0 f2 0f 10 4c 24 30 0f 10 d0 f2 0f 59 d1 0f 10 c2  ...L$0.....Y....
	0x02e0 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24 30  .............D$0
	0x02f0 f2 0f 10 4c 24 28 0f 10 d0 f2 0f 5c d1 0f 10 c2  ...L$(.....\....
	0x0300 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24 28  .............D$(
	0x0310 f2 0f 10 4c 24 30 0f 10 d0 f2 0f 58 d1 0f 10 c2  ...L$0.....X....
	0x0320 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24 30  .............D$0
	0x0330 f2 0f 10 0d 00 00 00 00 66 0f ef c1 f2 0f 10 4c  ........f......L
	0x0340 24 28 f2 0f 5e c1 e8 00 00 00 00 e8 00 00 00 00  $(..^...........
	0x0350 e8 00 00 00 00 0f 57 c9 31 c0 eb 0f f2 0f 10 05  ......W.1.......
	0x0360 00 00 00 00 f2 0f 58 c8 48 ff c0 48 83 f8 0a 7c  ......X.H..H...|
	0x0370 eb f2 0f 11 4c 24 10 f2 0f 10 05 00 00 00 00 90  ....L$..........
	0x0380 e8 00 00 00 00 f2 0f 11 44 24 50 f2 0f 10 05 00  ........D$P.....
	0x0390 00 00 00 e8 00 00 00 00 f2 0f 11 44 24 48 66 90  ...........D$Hf.
	0x03a0 e8 00 00 00 00 f2 0f 10 44 24 10 e8 00 00 00 00  ........D$......
	0x03b0 e8 00 00 00 00 f2 0f 10 4c 24 48 f2 0f 10 54 24  ........L$H...T$
	0x03c0 50 f2 0f 58 ca f2 0f 11 4c 24 50 f2 0f 10 4c 24  P..X....L$P...L$
	0x03d0 10 f2 0f 10 15 00 00 00 00 66 0f 2e ca 0f 94 c1  .........f......
	0x03e0 0f 9b c0 21 c1 89 c8 e8 00 00 00 00 e8 00 00 00  ...!............
	0x03f0 00 f2 0f 10 44 24 50 e8 00 00 00 00 0f 1f 40 00  ....D$P.......@.
	0x0400 e8 00 00 00 00 e8 00 00 00 00 31 c0 f2 0f 10 0d  ..........1.....
	0x0410 00 00 00 00 eb 1f f2 0f 10 05 00 00 00 00 f2 0f  ................
	0x0420 5e c1 f2 0f 58 c8 f2 0f 10 05 00 00 00 00 f2 0f  ^...X...........
	0x0430 59 c8 48 ff c0 48 83 f8 14 7c db f2 0f 11 4c 24  Y.H..H...|....L$
	0x0440 20 e8 00 00 00 00 f2 0f 10 44 24 20 e8 00 00 00   ........D$ ....
	0x0450 00 e8 00 00 00 00 f2 0f 10 44 24 20 f2 0f 59 c0  .........D$ ..Y.
	0x0460 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x0470 c0 f3 0f 10 05 00 00 00 00 eb 0f f3 0f 10 0d 00  ................
	0x0480 00 00 00 f3 0f 59 c1 48 ff c0 48 83 f8 1e 7c eb  .....Y.H..H...|.
	0x0490 f3 0f 11 44 24 0c e8 00 00 00 00 f3 0f 10 44 24  ...D$.........D$
	0x04a0 0c e8 00 00 00 00 e8 00 00 00 00 f3 0f 10 44 24  ..............D$
	0x04b0 0c f3 48 0f 2c c0 e8 00 00 00 00 0f 1f 44 00 00  ..H.,........D..
	0x04c0 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x04d0 00 00 e8 00 00 00 00 f2 0f 11 44 24 18 f2 0f 10  ..........D$....
	0x04e0 05 00 00 00 00 e8 00 00 00 00 f2 0f 11 44 24 50  .............D$P
	0x04f0 e8 00 00 00 00 f2 0f 10 44 24 18 f2 48 0f 2c c0  ........D$..H.,.
	0x0500 48 89 44 24 38 48 89 c1 48 c1 e9 3f 48 01 c1 48  H.D$8H..H..?H..H
	0x0510 83 e1 fe 48 89 c2 48 29 ca 48 89 d0 0f 1f 40 00  ...H..H).H....@.
	0x0520 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 38 0f  ..........H.D$8.
	0x0530 57 c0 f2 48 0f 2a c0 f2 0f 10 4c 24 50 f2 48 0f  W..H.*....L$P.H.
	0x0540 2c c1 89 c0 48 89 44 24 68 f2 0f 10 0d 00 00 00  ,...H.D$h.......
	0x0550 00 66 0f 2e c8 0f 94 c1 0f 9b c0 21 c1 89 c8 90  .f.........!....
	0x0560 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 68 e8  ..........H.D$h.
	0x0570 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0580 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 e8 00 00  ................
	0x0590 00 00 e8 00 00 00 00 f3 0f 10 05 00 00 00 00 90  ................
	0x05a0 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x05b0 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x05c0 e8 00 00 00 00 48 81 c4 98 00 00 00 5d c3 e8 00  .....H......]...
	0x05d0 00 00 00 e9 28 fa ff ff                          ....(...
	rel 30+4 t=R_PCREL $f64.400feb851eb851ec+0
	rel 35+4 t=R_CALL main.toInt+0
	rel 51+4 t=R_PCREL $f64.c00feb851eb851ec+0
	rel 56+4 t=R_CALL main.toInt+0
	rel 72+4 t=R_PCREL $f64.3fe0000000000000+0
	rel 77+4 t=R_CALL main.toInt+0
	rel 93+4 t=R_PCREL $f64.bfe0000000000000+0
	rel 98+4 t=R_CALL main.toInt+0
	rel 111+4 t=R_PCREL $f64.43abc16d674ec800+0
	rel 116+4 t=R_CALL main.toInt+0
	rel 129+4 t=R_CALL runtime.printlock+0
	rel 142+4 t=R_CALL runtime.printint+0
	rel 147+4 t=R_CALL runtime.printsp+0
	rel 161+4 t=R_CALL runtime.printint+0
	rel 166+4 t=R_CALL runtime.printsp+0
	rel 179+4 t=R_CALL runtime.printint+0
	rel 184+4 t=R_CALL runtime.printsp+0
	rel 194+4 t=R_CALL runtime.printint+0
	rel 199+4 t=R_CALL runtime.printsp+0
	rel 209+4 t=R_CALL runtime.printint+0
	rel 214+4 t=R_CALL runtime.printnl+0
	rel 219+4 t=R_CALL runtime.printunlock+0
	rel 227+4 t=R_PCREL $f64.400feb851eb851ec+0
	rel 232+4 t=R_CALL main.toUint+0
	rel 245+4 t=R_PCREL $f64.43e158e460913d00+0
	rel 250+4 t=R_CALL main.toUint+0
	rel 263+4 t=R_PCREL $f64.43efffffffffffff+0
	rel 268+4 t=R_CALL main.toUint+0
	rel 278+4 t=R_CALL runtime.printlock+0
	rel 289+4 t=R_CALL runtime.printuint+0
	rel 294+4 t=R_CALL runtime.printsp+0
	rel 304+4 t=R_CALL runtime.printuint+0
	rel 309+4 t=R_CALL runtime.printsp+0
	rel 321+4 t=R_CALL runtime.printuint+0
	rel 326+4 t=R_CALL runtime.printnl+0
	rel 331+4 t=R_CALL runtime.printunlock+0
	rel 339+4 t=R_PCREL $f64.41dfffffffc00000+0
	rel 344+4 t=R_CALL main.f64+0
	rel 358+4 t=R_PCREL $f64.4059000000000000+0
	rel 363+4 t=R_CALL main.f64+0
	rel 377+4 t=R_PCREL $f64.406ffccccccccccd+0
	rel 385+4 t=R_CALL main.f64+0
	rel 396+4 t=R_CALL runtime.printlock+0
	rel 417+4 t=R_CALL runtime.printint+0
	rel 422+4 t=R_CALL runtime.printsp+0
	rel 441+4 t=R_CALL runtime.printint+0
	rel 449+4 t=R_CALL runtime.printsp+0
	rel 467+4 t=R_CALL runtime.printuint+0
	rel 472+4 t=R_CALL runtime.printnl+0
	rel 481+4 t=R_CALL runtime.printunlock+0
	rel 486+4 t=R_CALL runtime.printlock+0
	rel 494+4 t=R_PCREL $f64.4340000000000000+0
	rel 499+4 t=R_CALL runtime.printfloat64+0
	rel 504+4 t=R_CALL runtime.printsp+0
	rel 519+4 t=R_CALL runtime.printint+0
	rel 524+4 t=R_CALL runtime.printnl+0
	rel 529+4 t=R_CALL runtime.printunlock+0
	rel 534+4 t=R_CALL runtime.printlock+0
	rel 542+4 t=R_PCREL $f64.43e0000000000001+0
	rel 547+4 t=R_CALL runtime.printfloat64+0
	rel 552+4 t=R_CALL runtime.printsp+0
	rel 567+4 t=R_CALL runtime.printuint+0
	rel 577+4 t=R_CALL runtime.printnl+0
	rel 582+4 t=R_CALL runtime.printunlock+0
	rel 587+4 t=R_CALL runtime.printlock+0
	rel 595+4 t=R_PCREL $f32.4b800000+0
	rel 600+4 t=R_CALL runtime.printfloat32+0
	rel 609+4 t=R_CALL runtime.printsp+0
	rel 616+4 t=R_CALL runtime.printbool+0
	rel 621+4 t=R_CALL runtime.printnl+0
	rel 626+4 t=R_CALL runtime.printunlock+0
	rel 634+4 t=R_PCREL $f64.4024000000000000+0
	rel 641+4 t=R_CALL main.f64+0
	rel 655+4 t=R_PCREL $f64.4010000000000000+0
	rel 660+4 t=R_CALL main.f64+0
	rel 673+4 t=R_CALL runtime.printlock+0
	rel 705+4 t=R_CALL runtime.printfloat64+0
	rel 710+4 t=R_CALL runtime.printsp+0
	rel 737+4 t=R_CALL runtime.printfloat64+0
	rel 742+4 t=R_CALL runtime.printsp+0
	rel 769+4 t=R_CALL runtime.printfloat64+0
	rel 774+4 t=R_CALL runtime.printsp+0
	rel 801+4 t=R_CALL runtime.printfloat64+0
	rel 806+4 t=R_CALL runtime.printsp+0
	rel 820+4 t=R_PCREL $f64.8000000000000000+0
	rel 839+4 t=R_CALL runtime.printfloat64+0
	rel 844+4 t=R_CALL runtime.printnl+0
	rel 849+4 t=R_CALL runtime.printunlock+0
	rel 864+4 t=R_PCREL $f64.3fb999999999999a+0
	rel 891+4 t=R_PCREL $f64.3fb999999999999a+0
	rel 897+4 t=R_CALL main.f64+0
	rel 911+4 t=R_PCREL $f64.3fc999999999999a+0
	rel 916+4 t=R_CALL main.f64+0
	rel 929+4 t=R_CALL runtime.printlock+0
	rel 940+4 t=R_CALL runtime.printfloat64+0
	rel 945+4 t=R_CALL runtime.printsp+0
	rel 981+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 1000+4 t=R_CALL runtime.printbool+0
	rel 1005+4 t=R_CALL runtime.printsp+0
	rel 1016+4 t=R_CALL runtime.printfloat64+0
	rel 1025+4 t=R_CALL runtime.printnl+0
	rel 1030+4 t=R_CALL runtime.printunlock+0
	rel 1040+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 1050+4 t=R_PCREL $f64.4000000000000000+0
	rel 1066+4 t=R_PCREL $f64.3fe0000000000000+0
	rel 1090+4 t=R_CALL runtime.printlock+0
	rel 1101+4 t=R_CALL runtime.printfloat64+0
	rel 1106+4 t=R_CALL runtime.printsp+0
	rel 1121+4 t=R_CALL runtime.printfloat64+0
	rel 1126+4 t=R_CALL runtime.printnl+0
	rel 1131+4 t=R_CALL runtime.printunlock+0
	rel 1141+4 t=R_PCREL $f32.3f800000+0
	rel 1151+4 t=R_PCREL $f32.3fc00000+0
	rel 1175+4 t=R_CALL runtime.printlock+0
	rel 1186+4 t=R_CALL runtime.printfloat32+0
	rel 1191+4 t=R_CALL runtime.printsp+0
	rel 1207+4 t=R_CALL runtime.printint+0
	rel 1217+4 t=R_CALL runtime.printnl+0
	rel 1222+4 t=R_CALL runtime.printunlock+0
	rel 1230+4 t=R_PCREL $f64.401e000000000000+0
	rel 1235+4 t=R_CALL main.f64+0
	rel 1249+4 t=R_PCREL $f64.41edcd6500000000+0
	rel 1254+4 t=R_CALL main.f64+0
	rel 1265+4 t=R_CALL runtime.printlock+0
	rel 1313+4 t=R_CALL runtime.printint+0
	rel 1318+4 t=R_CALL runtime.printsp+0
	rel 1357+4 t=R_PCREL $f64.401c000000000000+0
	rel 1377+4 t=R_CALL runtime.printbool+0
	rel 1382+4 t=R_CALL runtime.printsp+0
	rel 1392+4 t=R_CALL runtime.printuint+0
	rel 1397+4 t=R_CALL runtime.printnl+0
	rel 1402+4 t=R_CALL runtime.printunlock+0
	rel 1409+4 t=R_CALL runtime.printlock+0
	rel 1417+4 t=R_PCREL $f64.c060000000000000+0
	rel 1422+4 t=R_CALL runtime.printfloat64+0
	rel 1427+4 t=R_CALL runtime.printsp+0
	rel 1435+4 t=R_PCREL $f32.5f800000+0
	rel 1441+4 t=R_CALL runtime.printfloat32+0
	rel 1446+4 t=R_CALL runtime.printsp+0
	rel 1454+4 t=R_PCREL $f64.c3e0000000000000+0
	rel 1459+4 t=R_CALL runtime.printfloat64+0
	rel 1464+4 t=R_CALL runtime.printnl+0
	rel 1473+4 t=R_CALL runtime.printunlock+0
	rel 1487+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.f64.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.f64.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.toInt.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.toInt.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.toUint.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.toUint.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f32.3f800000 SRODATA size=4 align=0x4
	0x0000 00 00 80 3f                                      ...?
$f32.3fc00000 SRODATA size=4 align=0x4
	0x0000 00 00 c0 3f                                      ...?
$f32.4b800000 SRODATA size=4 align=0x4
	0x0000 00 00 80 4b                                      ...K
$f32.5f800000 SRODATA size=4 align=0x4
	0x0000 00 00 80 5f                                      ..._
$f64.3fb999999999999a SRODATA size=8 align=0x8
	0x0000 9a 99 99 99 99 99 b9 3f                          .......?
$f64.3fc999999999999a SRODATA size=8 align=0x8
	0x0000 9a 99 99 99 99 99 c9 3f                          .......?
$f64.3fe0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 e0 3f                          .......?
$f64.3ff0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
$f64.4000000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 40                          .......@
$f64.400feb851eb851ec SRODATA size=8 align=0x8
	0x0000 ec 51 b8 1e 85 eb 0f 40                          .Q.....@
$f64.4010000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 10 40                          .......@
$f64.401c000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 1c 40                          .......@
$f64.401e000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 1e 40                          .......@
$f64.4024000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 24 40                          ......$@
$f64.4059000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 59 40                          ......Y@
$f64.406ffccccccccccd SRODATA size=8 align=0x8
	0x0000 cd cc cc cc cc fc 6f 40                          ......o@
$f64.41dfffffffc00000 SRODATA size=8 align=0x8
	0x0000 00 00 c0 ff ff ff df 41                          .......A
$f64.41edcd6500000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 65 cd ed 41                          ....e..A
$f64.4340000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 40 43                          ......@C
$f64.43abc16d674ec800 SRODATA size=8 align=0x8
	0x0000 00 c8 4e 67 6d c1 ab 43                          ..Ngm..C
$f64.43e0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 e0 43                          .......C
$f64.43e0000000000001 SRODATA size=8 align=0x8
	0x0000 01 00 00 00 00 00 e0 43                          .......C
$f64.43e158e460913d00 SRODATA size=8 align=0x8
	0x0000 00 3d 91 60 e4 58 e1 43                          .=.`.X.C
$f64.43efffffffffffff SRODATA size=8 align=0x8
	0x0000 ff ff ff ff ff ff ef 43                          .......C
$f64.8000000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 80                          ........
$f64.bfe0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 e0 bf                          ........
$f64.c00feb851eb851ec SRODATA size=8 align=0x8
	0x0000 ec 51 b8 1e 85 eb 0f c0                          .Q......
$f64.c060000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 60 c0                          ......`.
$f64.c3e0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 e0 c3                          ........
