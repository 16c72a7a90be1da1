funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (float_special_values.go:7)	TEXT	main.main(SB), ABIInternal, $152-0
     0        00000 (float_special_values.go:7)	TEXT	main.main(SB), ABIInternal, $152-0
     0     -1 00000 (float_special_values.go:7)	LEAQ	-24(SP), R12
     5        00005 (float_special_values.go:7)	CMPQ	R12, 16(R14)
     9        00009 (float_special_values.go:7)	PCDATA	$0, $-2
     9        00009 (float_special_values.go:7)	JLS	1287
     f        00015 (float_special_values.go:7)	PCDATA	$0, $-1
     f        00015 (float_special_values.go:7)	PUSHQ	BP
    10        00016 (float_special_values.go:7)	MOVQ	SP, BP
    13        00019 (float_special_values.go:7)	SUBQ	$144, SP
    1a        00026 (float_special_values.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (float_special_values.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (float_special_values.go:8)	PCDATA	$1, $0
    1a        00026 (float_special_values.go:8)	CALL	main.zero(SB)
    1f        00031 (float_special_values.go:8)	MOVSD	X0, main.z+16(SP)
    25        00037 (float_special_values.go:13)	CALL	runtime.printlock(SB)
    2a        00042 (float_special_values.go:9)	MOVSD	$f64.3ff0000000000000(SB), X0
    32        00050 (float_special_values.go:9)	MOVSD	main.z+16(SP), X1
    38        00056 (float_special_values.go:9)	DIVSD	X1, X0
    3c        00060 (float_special_values.go:9)	MOVSD	X0, main.inf+56(SP)
    42        00066 (float_special_values.go:13)	CALL	runtime.printfloat64(SB)
    47        00071 (float_special_values.go:13)	CALL	runtime.printsp(SB)
    4c        00076 (float_special_values.go:10)	MOVSD	$f64.bff0000000000000(SB), X0
    54        00084 (float_special_values.go:10)	MOVSD	main.z+16(SP), X1
    5a        00090 (float_special_values.go:10)	DIVSD	X1, X0
    5e        00094 (float_special_values.go:10)	MOVSD	X0, main.ninf+24(SP)
    64        00100 (float_special_values.go:13)	CALL	runtime.printfloat64(SB)
    69        00105 (float_special_values.go:13)	CALL	runtime.printsp(SB)
    6e        00110 (float_special_values.go:11)	MOVSD	main.z+16(SP), X0
    74        00116 (float_special_values.go:11)	MOVUPS	X0, X1
    77        00119 (float_special_values.go:11)	DIVSD	X0, X1
    7b        00123 (float_special_values.go:11)	MOVSD	X1, main.nan+40(SP)
    81        00129 (float_special_values.go:13)	MOVUPS	X1, X0
    84        00132 (float_special_values.go:13)	CALL	runtime.printfloat64(SB)
    89        00137 (float_special_values.go:13)	CALL	runtime.printsp(SB)
    8e        00142 (float_special_values.go:12)	MOVSD	main.z+16(SP), X0
    94        00148 (float_special_values.go:12)	MOVSD	$f64.8000000000000000(SB), X1
    9c        00156 (float_special_values.go:12)	PXOR	X1, X0
    a0        00160 (float_special_values.go:12)	MOVSD	X0, main.negz+32(SP)
    a6        00166 (float_special_values.go:13)	CALL	runtime.printfloat64(SB)
    ab        00171 (float_special_values.go:13)	CALL	runtime.printsp(SB)
    b0        00176 (float_special_values.go:13)	MOVSD	main.z+16(SP), X0
    b6        00182 (float_special_values.go:13)	CALL	runtime.printfloat64(SB)
    bb        00187 (float_special_values.go:13)	NOP
    c0        00192 (float_special_values.go:13)	CALL	runtime.printnl(SB)
    c5        00197 (float_special_values.go:13)	CALL	runtime.printunlock(SB)
    ca        00202 (float_special_values.go:14)	CALL	runtime.printlock(SB)
    cf        00207 (float_special_values.go:15)	MOVSD	$f64.3ff0000000000000(SB), X0
    d7        00215 (float_special_values.go:15)	MOVSD	main.negz+32(SP), X1
    dd        00221 (float_special_values.go:15)	DIVSD	X1, X0
    e1        00225 (float_special_values.go:15)	MOVSD	X0, main..autotmp_38+96(SP)
    e7        00231 (float_special_values.go:15)	MOVSD	main.inf+56(SP), X0
    ed        00237 (float_special_values.go:15)	MOVUPS	X0, X1
    f0        00240 (float_special_values.go:15)	SUBSD	X0, X0
    f4        00244 (float_special_values.go:15)	MOVSD	X0, main..autotmp_39+88(SP)
    fa        00250 (float_special_values.go:15)	XORPS	X0, X0
    fd        00253 (float_special_values.go:15)	MULSD	X1, X0
   101        00257 (float_special_values.go:15)	MOVSD	X0, main..autotmp_40+80(SP)
   107        00263 (float_special_values.go:15)	ADDSD	X1, X1
   10b        00267 (float_special_values.go:15)	MOVSD	X1, main..autotmp_41+72(SP)
   111        00273 (float_special_values.go:14)	MOVSD	main.nan+40(SP), X0
   117        00279 (float_special_values.go:14)	UCOMISD	X0, X0
   11b        00283 (float_special_values.go:14)	SETEQ	CL
   11e        00286 (float_special_values.go:14)	SETPC	AL
   121        00289 (float_special_values.go:14)	ANDL	AX, CX
   123        00291 (float_special_values.go:14)	MOVB	CL, main..autotmp_42+15(SP)
   127        00295 (float_special_values.go:14)	MOVL	CX, AX
   129        00297 (float_special_values.go:14)	CALL	runtime.printbool(SB)
   12e        00302 (float_special_values.go:14)	CALL	runtime.printsp(SB)
   133        00307 (float_special_values.go:14)	MOVSD	main.nan+40(SP), X0
   139        00313 (float_special_values.go:14)	UCOMISD	X0, X0
   13d        00317 (float_special_values.go:14)	SETNE	CL
   140        00320 (float_special_values.go:14)	SETPS	AL
   143        00323 (float_special_values.go:14)	ORL	AX, CX
   145        00325 (float_special_values.go:14)	MOVL	CX, AX
   147        00327 (float_special_values.go:14)	CALL	runtime.printbool(SB)
   14c        00332 (float_special_values.go:14)	CALL	runtime.printsp(SB)
   151        00337 (float_special_values.go:14)	MOVSD	$f64.3ff0000000000000(SB), X0
   159        00345 (float_special_values.go:14)	MOVSD	main.nan+40(SP), X1
   15f        00351 (float_special_values.go:14)	UCOMISD	X1, X0
   163        00355 (float_special_values.go:14)	SETHI	AL
   166        00358 (float_special_values.go:14)	CALL	runtime.printbool(SB)
   16b        00363 (float_special_values.go:14)	CALL	runtime.printsp(SB)
   170        00368 (float_special_values.go:14)	MOVSD	main.nan+40(SP), X0
   176        00374 (float_special_values.go:14)	MOVSD	$f64.3ff0000000000000(SB), X1
   17e        00382 (float_special_values.go:14)	UCOMISD	X1, X0
   182        00386 (float_special_values.go:14)	SETHI	AL
   185        00389 (float_special_values.go:14)	CALL	runtime.printbool(SB)
   18a        00394 (float_special_values.go:14)	CALL	runtime.printsp(SB)
   18f        00399 (float_special_values.go:14)	MOVSD	main.inf+56(SP), X0
   195        00405 (float_special_values.go:14)	MOVSD	$f64.7fe1ccf385ebc8a0(SB), X1
   19d        00413 (float_special_values.go:14)	UCOMISD	X1, X0
   1a1        00417 (float_special_values.go:14)	SETHI	AL
   1a4        00420 (float_special_values.go:14)	CALL	runtime.printbool(SB)
   1a9        00425 (float_special_values.go:14)	CALL	runtime.printsp(SB)
   1ae        00430 (float_special_values.go:14)	MOVSD	$f64.ffe1ccf385ebc8a0(SB), X0
   1b6        00438 (float_special_values.go:14)	MOVSD	main.ninf+24(SP), X1
   1bc        00444 (float_special_values.go:14)	UCOMISD	X1, X0
   1c0        00448 (float_special_values.go:14)	SETHI	AL
   1c3        00451 (float_special_values.go:14)	CALL	runtime.printbool(SB)
   1c8        00456 (float_special_values.go:14)	CALL	runtime.printnl(SB)
   1cd        00461 (float_special_values.go:14)	CALL	runtime.printunlock(SB)
   1d2        00466 (float_special_values.go:15)	CALL	runtime.printlock(SB)
   1d7        00471 (float_special_values.go:15)	MOVSD	main.negz+32(SP), X0
   1dd        00477 (float_special_values.go:15)	MOVSD	main.z+16(SP), X1
   1e3        00483 (float_special_values.go:15)	UCOMISD	X1, X0
   1e7        00487 (float_special_values.go:15)	SETEQ	CL
   1ea        00490 (float_special_values.go:15)	SETPC	AL
   1ed        00493 (float_special_values.go:15)	ANDL	AX, CX
   1ef        00495 (float_special_values.go:15)	MOVL	CX, AX
   1f1        00497 (float_special_values.go:15)	CALL	runtime.printbool(SB)
   1f6        00502 (float_special_values.go:15)	CALL	runtime.printsp(SB)
   1fb        00507 (float_special_values.go:15)	MOVSD	main..autotmp_38+96(SP), X0
   201        00513 (float_special_values.go:15)	CALL	runtime.printfloat64(SB)
   206        00518 (float_special_values.go:15)	CALL	runtime.printsp(SB)
   20b        00523 (float_special_values.go:15)	MOVSD	main..autotmp_39+88(SP), X0
   211        00529 (float_special_values.go:15)	CALL	runtime.printfloat64(SB)
   216        00534 (float_special_values.go:15)	CALL	runtime.printsp(SB)
   21b        00539 (float_special_values.go:15)	MOVSD	main..autotmp_40+80(SP), X0
   221        00545 (float_special_values.go:15)	CALL	runtime.printfloat64(SB)
   226        00550 (float_special_values.go:15)	CALL	runtime.printsp(SB)
   22b        00555 (float_special_values.go:15)	MOVSD	main..autotmp_41+72(SP), X0
   231        00561 (float_special_values.go:15)	CALL	runtime.printfloat64(SB)
   236        00566 (float_special_values.go:15)	CALL	runtime.printnl(SB)
   23b        00571 (float_special_values.go:15)	NOP
   240        00576 (float_special_values.go:15)	CALL	runtime.printunlock(SB)
   245        00581 (float_special_values.go:17)	CALL	runtime.printlock(SB)
   24a        00586 (float_special_values.go:17)	MOVBLZX	main..autotmp_42+15(SP), AX
   24f        00591 (float_special_values.go:17)	CALL	runtime.printbool(SB)
   254        00596 (float_special_values.go:17)	CALL	runtime.printnl(SB)
   259        00601 (float_special_values.go:17)	CALL	runtime.printunlock(SB)
   25e        00606 (float_special_values.go:17)	NOP
   260        00608 (float_special_values.go:19)	CALL	runtime.printlock(SB)
   265        00613 (float_special_values.go:19)	MOVSD	$f64.3ff0000000000000(SB), X0
   26d        00621 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
   272        00626 (float_special_values.go:19)	CALL	runtime.printsp(SB)
   277        00631 (float_special_values.go:19)	MOVSD	$f64.3fb999999999999a(SB), X0
   27f        00639 (float_special_values.go:19)	NOP
   280        00640 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
   285        00645 (float_special_values.go:19)	CALL	runtime.printsp(SB)
   28a        00650 (float_special_values.go:19)	MOVSD	$f64.c004000000000000(SB), X0
   292        00658 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
   297        00663 (float_special_values.go:19)	CALL	runtime.printsp(SB)
   29c        00668 (float_special_values.go:19)	MOVSD	$f64.54b249ad2594c37d(SB), X0
   2a4        00676 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
   2a9        00681 (float_special_values.go:19)	CALL	runtime.printsp(SB)
   2ae        00686 (float_special_values.go:19)	MOVSD	$f64.2b2bff2ee48e0530(SB), X0
   2b6        00694 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
   2bb        00699 (float_special_values.go:19)	NOP
   2c0        00704 (float_special_values.go:19)	CALL	runtime.printsp(SB)
   2c5        00709 (float_special_values.go:19)	MOVSD	$f64.419d6f3454000000(SB), X0
   2cd        00717 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
   2d2        00722 (float_special_values.go:19)	CALL	runtime.printsp(SB)
   2d7        00727 (float_special_values.go:19)	MOVSD	$f64.3fdb6db6db6db6db(SB), X0
   2df        00735 (float_special_values.go:19)	NOP
   2e0        00736 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
   2e5        00741 (float_special_values.go:19)	CALL	runtime.printnl(SB)
   2ea        00746 (float_special_values.go:19)	CALL	runtime.printunlock(SB)
   2ef        00751 (float_special_values.go:21)	CALL	runtime.printlock(SB)
   2f4        00756 (float_special_values.go:21)	MOVSS	$f32.3dcccccd(SB), X0
   2fc        00764 (float_special_values.go:21)	NOP
   300        00768 (float_special_values.go:21)	CALL	runtime.printfloat32(SB)
   305        00773 (float_special_values.go:21)	CALL	runtime.printsp(SB)
   30a        00778 (float_special_values.go:21)	MOVSD	$f64.3fb99999a0000000(SB), X0
   312        00786 (float_special_values.go:21)	CALL	runtime.printfloat64(SB)
   317        00791 (float_special_values.go:21)	CALL	runtime.printsp(SB)
   31c        00796 (float_special_values.go:21)	MOVSS	$f32.3eaaaaab(SB), X0
   324        00804 (float_special_values.go:21)	CALL	runtime.printfloat32(SB)
   329        00809 (float_special_values.go:21)	CALL	runtime.printnl(SB)
   32e        00814 (float_special_values.go:21)	CALL	runtime.printunlock(SB)
   333        00819 (float_special_values.go:22)	CALL	runtime.printlock(SB)
   338        00824 (float_special_values.go:22)	MOVSD	$f64.7fefffffffffffff(SB), X0
   340        00832 (float_special_values.go:22)	CALL	runtime.printfloat64(SB)
   345        00837 (float_special_values.go:22)	CALL	runtime.printsp(SB)
   34a        00842 (float_special_values.go:22)	MOVSD	$f64.0000000000000001(SB), X0
   352        00850 (float_special_values.go:22)	CALL	runtime.printfloat64(SB)
   357        00855 (float_special_values.go:22)	CALL	runtime.printsp(SB)
   35c        00860 (float_special_values.go:22)	MOVSD	$f64.0010000000000000(SB), X0
   364        00868 (float_special_values.go:22)	CALL	runtime.printfloat64(SB)
   369        00873 (float_special_values.go:22)	CALL	runtime.printnl(SB)
   36e        00878 (float_special_values.go:22)	CALL	runtime.printunlock(SB)
   373        00883 (float_special_values.go:24)	CALL	runtime.printlock(SB)
   378        00888 (float_special_values.go:24)	MOVSS	$f32.7f800000(SB), X0
   380        00896 (float_special_values.go:24)	CALL	runtime.printfloat32(SB)
   385        00901 (float_special_values.go:24)	CALL	runtime.printsp(SB)
   38a        00906 (float_special_values.go:24)	MOVSS	$f32.ff800000(SB), X0
   392        00914 (float_special_values.go:24)	CALL	runtime.printfloat32(SB)
   397        00919 (float_special_values.go:24)	CALL	runtime.printnl(SB)
   39c        00924 (float_special_values.go:24)	NOP
   3a0        00928 (float_special_values.go:24)	CALL	runtime.printunlock(SB)
   3a5        00933 (float_special_values.go:26)	MOVQ	$4613937818241073152, AX
   3af        00943 (float_special_values.go:26)	MOVQ	AX, main..autotmp_32+104(SP)
   3b4        00948 (float_special_values.go:26)	MOVSD	main.nan+40(SP), X0
   3ba        00954 (float_special_values.go:26)	MOVSD	X0, main..autotmp_32+112(SP)
   3c0        00960 (float_special_values.go:26)	MOVQ	$-4616189618054758400, AX
   3ca        00970 (float_special_values.go:26)	MOVQ	AX, main..autotmp_32+120(SP)
   3cf        00975 (float_special_values.go:26)	MOVSD	main.inf+56(SP), X1
   3d5        00981 (float_special_values.go:26)	MOVSD	X1, main..autotmp_32+128(SP)
   3de        00990 (float_special_values.go:26)	MOVQ	$0, main..autotmp_32+136(SP)
   3ea        01002 (float_special_values.go:29)	MOVSD	main.ninf+24(SP), X1
   3f0        01008 (float_special_values.go:29)	XORL	AX, AX
   3f2        01010 (float_special_values.go:29)	XORL	CX, CX
   3f4        01012 (float_special_values.go:29)	JMP	1024
   3f6        01014 (float_special_values.go:29)	INCQ	AX
   3f9        01017 (float_special_values.go:29)	MOVUPS	X2, X1
   3fc        01020 (float_special_values.go:29)	NOP
   400        01024 (float_special_values.go:29)	CMPQ	AX, $5
   404        01028 (float_special_values.go:29)	JGE	1063
   406        01030 (float_special_values.go:29)	MOVSD	main..autotmp_32+104(SP)(AX*8), X2
   40c        01036 (float_special_values.go:30)	UCOMISD	X2, X2
   410        01040 (float_special_values.go:30)	JNE	1044
   412        01042 (float_special_values.go:30)	JPC	1052
   414        01044 (float_special_values.go:31)	INCQ	CX
   417        01047 (float_special_values.go:29)	MOVUPS	X1, X2
   41a        01050 (float_special_values.go:32)	JMP	1014
   41c        01052 (float_special_values.go:34)	UCOMISD	X1, X2
   420        01056 (float_special_values.go:34)	JHI	1014
   422        01058 (<unknown line number>)	MOVUPS	X1, X2
   425        01061 (float_special_values.go:34)	JMP	1014
   427        01063 (float_special_values.go:29)	MOVQ	CX, main.cntNaN+64(SP)
   42c        01068 (float_special_values.go:29)	MOVSD	X1, main.maxv+48(SP)
   432        01074 (float_special_values.go:38)	CALL	runtime.printlock(SB)
   437        01079 (float_special_values.go:38)	MOVSD	main.maxv+48(SP), X0
   43d        01085 (float_special_values.go:38)	NOP
   440        01088 (float_special_values.go:38)	CALL	runtime.printfloat64(SB)
   445        01093 (float_special_values.go:38)	CALL	runtime.printsp(SB)
   44a        01098 (float_special_values.go:38)	MOVQ	main.cntNaN+64(SP), AX
   44f        01103 (float_special_values.go:38)	CALL	runtime.printint(SB)
   454        01108 (float_special_values.go:38)	CALL	runtime.printnl(SB)
   459        01113 (float_special_values.go:38)	CALL	runtime.printunlock(SB)
   45e        01118 (float_special_values.go:38)	NOP
   460        01120 (float_special_values.go:39)	CALL	runtime.printlock(SB)
   465        01125 (float_special_values.go:39)	MOVSD	$f64.4000000000000000(SB), X0
   46d        01133 (float_special_values.go:39)	MOVSD	main.nan+40(SP), X1
   473        01139 (float_special_values.go:39)	MINSD	X1, X0
   477        01143 (float_special_values.go:39)	MOVSD	$f64.4000000000000000(SB), X1
   47f        01151 (float_special_values.go:39)	MOVUPS	X0, X2
   482        01154 (float_special_values.go:39)	MINSD	X1, X2
   486        01158 (float_special_values.go:39)	POR	X2, X0
   48a        01162 (float_special_values.go:39)	CALL	runtime.printfloat64(SB)
   48f        01167 (float_special_values.go:39)	CALL	runtime.printsp(SB)
   494        01172 (float_special_values.go:39)	MOVSD	$f64.8000000000000000(SB), X0
   49c        01180 (float_special_values.go:39)	MOVSD	main.negz+32(SP), X1
   4a2        01186 (float_special_values.go:39)	PXOR	X1, X0
   4a6        01190 (float_special_values.go:39)	MOVUPS	X0, X2
   4a9        01193 (float_special_values.go:39)	MINSD	X1, X2
   4ad        01197 (float_special_values.go:39)	MOVUPS	X2, X1
   4b0        01200 (float_special_values.go:39)	MINSD	X0, X2
   4b4        01204 (float_special_values.go:39)	POR	X1, X2
   4b8        01208 (float_special_values.go:39)	MOVSD	$f64.8000000000000000(SB), X0
   4c0        01216 (float_special_values.go:39)	PXOR	X2, X0
   4c4        01220 (float_special_values.go:39)	CALL	runtime.printfloat64(SB)
   4c9        01225 (float_special_values.go:39)	CALL	runtime.printsp(SB)
   4ce        01230 (float_special_values.go:39)	MOVSD	main.negz+32(SP), X0
   4d4        01236 (float_special_values.go:39)	MOVSD	main.z+16(SP), X1
   4da        01242 (float_special_values.go:39)	MOVUPS	X0, X2
   4dd        01245 (float_special_values.go:39)	MINSD	X1, X2
   4e1        01249 (float_special_values.go:39)	MOVUPS	X2, X1
   4e4        01252 (float_special_values.go:39)	MINSD	X0, X2
   4e8        01256 (float_special_values.go:39)	POR	X1, X2
   4ec        01260 (float_special_values.go:39)	MOVUPS	X2, X0
   4ef        01263 (float_special_values.go:39)	CALL	runtime.printfloat64(SB)
   4f4        01268 (float_special_values.go:39)	CALL	runtime.printnl(SB)
   4f9        01273 (float_special_values.go:39)	CALL	runtime.printunlock(SB)
   4fe        01278 (float_special_values.go:40)	ADDQ	$144, SP
   505        01285 (float_special_values.go:40)	POPQ	BP
   506        01286 (float_special_values.go:40)	RET
   507        01287 (float_special_values.go:40)	NOP
   507        01287 (float_special_values.go:7)	PCDATA	$1, $-1
   507        01287 (float_special_values.go:7)	PCDATA	$0, $-2
   507        01287 (float_special_values.go:7)	CALL	runtime.morestack_noctxt(SB)
   50c        01292 (float_special_values.go:7)	PCDATA	$0, $-1
   50c        01292 (float_special_values.go:7)	JMP	0
   511 done
wrote 4 bytes to 0x0
 00 91 0a 00
funcpctab main.zero [valfunc=pctoinline]
     0     -1 00000 (float_special_values.go:5)	TEXT	main.zero(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (float_special_values.go:5)	TEXT	main.zero(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (float_special_values.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (float_special_values.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (float_special_values.go:5)	XORPS	X0, X0
     3        00003 (float_special_values.go:5)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
main.zero STEXT nosplit size=4 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (float_special_values.go:5)	TEXT	main.zero(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (float_special_values.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (float_special_values.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (float_special_values.go:5)	XORPS	X0, X0
	0x0003 00003 (float_special_values.go:5)	RET
	0x0000 0f 57 c0 c3                                      .W..
main.main STEXT size=1297 align=0x0 args=0x0 locals=0x98 funcid=0x0
	0x0000 00000 (float_special_values.go:7)	TEXT	main.main(SB), ABIInternal, $152-0
	0x0000 00000 (float_special_values.go:7)	LEAQ	-24(SP), R12
	0x0005 00005 (float_special_values.go:7)	CMPQ	R12, 16(R14)
	0x0009 00009 (float_special_values.go:7)	PCDATA	$0, $-2
	0x0009 00009 (float_special_values.go:7)	JLS	1287
	0x000f 00015 (float_special_values.go:7)	PCDATA	$0, $-1
	0x000f 00015 (float_special_values.go:7)	PUSHQ	BP
	0x0010 00016 (float_special_values.go:7)	MOVQ	SP, BP
	0x0013 00019 (float_special_values.go:7)	SUBQ	$144, SP
	0x001a 00026 (float_special_values.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (float_special_values.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (float_special_values.go:8)	PCDATA	$1, $0
	0x001a 00026 (float_special_values.go:8)	CALL	main.zero(SB)
	0x001f 00031 (float_special_values.go:8)	MOVSD	X0, main.z+16(SP)
	0x0025 00037 (float_special_values.go:13)	CALL	runtime.printlock(SB)
	0x002a 00042 (float_special_values.go:9)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x0032 00050 (float_special_values.go:9)	MOVSD	main.z+16(SP), X1
	0x0038 00056 (float_special_values.go:9)	DIVSD	X1, X0
	0x003c 00060 (float_special_values.go:9)	MOVSD	X0, main.inf+56(SP)
	0x0042 00066 (float_special_values.go:13)	CALL	runtime.printfloat64(SB)
	0x0047 00071 (float_special_values.go:13)	CALL	runtime.printsp(SB)
	0x004c 00076 (float_special_values.go:10)	MOVSD	$f64.bff0000000000000(SB), X0
	0x0054 00084 (float_special_values.go:10)	MOVSD	main.z+16(SP), X1
	0x005a 00090 (float_special_values.go:10)	DIVSD	X1, X0
	0x005e 00094 (float_special_values.go:10)	MOVSD	X0, main.ninf+24(SP)
	0x0064 00100 (float_special_values.go:13)	CALL	runtime.printfloat64(SB)
	0x0069 00105 (float_special_values.go:13)	CALL	runtime.printsp(SB)
	0x006e 00110 (float_special_values.go:11)	MOVSD	main.z+16(SP), X0
	0x0074 00116 (float_special_values.go:11)	MOVUPS	X0, X1
	0x0077 00119 (float_special_values.go:11)	DIVSD	X0, X1
	0x007b 00123 (float_special_values.go:11)	MOVSD	X1, main.nan+40(SP)
	0x0081 00129 (float_special_values.go:13)	MOVUPS	X1, X0
	0x0084 00132 (float_special_values.go:13)	CALL	runtime.printfloat64(SB)
	0x0089 00137 (float_special_values.go:13)	CALL	runtime.printsp(SB)
	0x008e 00142 (float_special_values.go:12)	MOVSD	main.z+16(SP), X0
	0x0094 00148 (float_special_values.go:12)	MOVSD	$f64.8000000000000000(SB), X1
	0x009c 00156 (float_special_values.go:12)	PXOR	X1, X0
	0x00a0 00160 (float_special_values.go:12)	MOVSD	X0, main.negz+32(SP)
	0x00a6 00166 (float_special_values.go:13)	CALL	runtime.printfloat64(SB)
	0x00ab 00171 (float_special_values.go:13)	CALL	runtime.printsp(SB)
	0x00b0 00176 (float_special_values.go:13)	MOVSD	main.z+16(SP), X0
	0x00b6 00182 (float_special_values.go:13)	CALL	runtime.printfloat64(SB)
	0x00bb 00187 (float_special_values.go:13)	NOP
	0x00c0 00192 (float_special_values.go:13)	CALL	runtime.printnl(SB)
	0x00c5 00197 (float_special_values.go:13)	CALL	runtime.printunlock(SB)
	0x00ca 00202 (float_special_values.go:14)	CALL	runtime.printlock(SB)
	0x00cf 00207 (float_special_values.go:15)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x00d7 00215 (float_special_values.go:15)	MOVSD	main.negz+32(SP), X1
	0x00dd 00221 (float_special_values.go:15)	DIVSD	X1, X0
	0x00e1 00225 (float_special_values.go:15)	MOVSD	X0, main..autotmp_38+96(SP)
	0x00e7 00231 (float_special_values.go:15)	MOVSD	main.inf+56(SP), X0
	0x00ed 00237 (float_special_values.go:15)	MOVUPS	X0, X1
	0x00f0 00240 (float_special_values.go:15)	SUBSD	X0, X0
	0x00f4 00244 (float_special_values.go:15)	MOVSD	X0, main..autotmp_39+88(SP)
	0x00fa 00250 (float_special_values.go:15)	XORPS	X0, X0
	0x00fd 00253 (float_special_values.go:15)	MULSD	X1, X0
	0x0101 00257 (float_special_values.go:15)	MOVSD	X0, main..autotmp_40+80(SP)
	0x0107 00263 (float_special_values.go:15)	ADDSD	X1, X1
	0x010b 00267 (float_special_values.go:15)	MOVSD	X1, main..autotmp_41+72(SP)
	0x0111 00273 (float_special_values.go:14)	MOVSD	main.nan+40(SP), X0
	0x0117 00279 (float_special_values.go:14)	UCOMISD	X0, X0
	0x011b 00283 (float_special_values.go:14)	SETEQ	CL
	0x011e 00286 (float_special_values.go:14)	SETPC	AL
	0x0121 00289 (float_special_values.go:14)	ANDL	AX, CX
	0x0123 00291 (float_special_values.go:14)	MOVB	CL, main..autotmp_42+15(SP)
	0x0127 00295 (float_special_values.go:14)	MOVL	CX, AX
	0x0129 00297 (float_special_values.go:14)	CALL	runtime.printbool(SB)
	0x012e 00302 (float_special_values.go:14)	CALL	runtime.printsp(SB)
	0x0133 00307 (float_special_values.go:14)	MOVSD	main.nan+40(SP), X0
	0x0139 00313 (float_special_values.go:14)	UCOMISD	X0, X0
	0x013d 00317 (float_special_values.go:14)	SETNE	CL
	0x0140 00320 (float_special_values.go:14)	SETPS	AL
	0x0143 00323 (float_special_values.go:14)	ORL	AX, CX
	0x0145 00325 (float_special_values.go:14)	MOVL	CX, AX
	0x0147 00327 (float_special_values.go:14)	CALL	runtime.printbool(SB)
	0x014c 00332 (float_special_values.go:14)	CALL	runtime.printsp(SB)
	0x0151 00337 (float_special_values.go:14)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x0159 00345 (float_special_values.go:14)	MOVSD	main.nan+40(SP), X1
	0x015f 00351 (float_special_values.go:14)	UCOMISD	X1, X0
	0x0163 00355 (float_special_values.go:14)	SETHI	AL
	0x0166 00358 (float_special_values.go:14)	CALL	runtime.printbool(SB)
	0x016b 00363 (float_special_values.go:14)	CALL	runtime.printsp(SB)
	0x0170 00368 (float_special_values.go:14)	MOVSD	main.nan+40(SP), X0
	0x0176 00374 (float_special_values.go:14)	MOVSD	$f64.3ff0000000000000(SB), X1
	0x017e 00382 (float_special_values.go:14)	UCOMISD	X1, X0
	0x0182 00386 (float_special_values.go:14)	SETHI	AL
	0x0185 00389 (float_special_values.go:14)	CALL	runtime.printbool(SB)
	0x018a 00394 (float_special_values.go:14)	CALL	runtime.printsp(SB)
	0x018f 00399 (float_special_values.go:14)	MOVSD	main.inf+56(SP), X0
	0x0195 00405 (float_special_values.go:14)	MOVSD	$f64.7fe1ccf385ebc8a0(SB), X1
	0x019d 00413 (float_special_values.go:14)	UCOMISD	X1, X0
	0x01a1 00417 (float_special_values.go:14)	SETHI	AL
	0x01a4 00420 (float_special_values.go:14)	CALL	runtime.printbool(SB)
	0x01a9 00425 (float_special_values.go:14)	CALL	runtime.printsp(SB)
	0x01ae 00430 (float_special_values.go:14)	MOVSD	$f64.ffe1ccf385ebc8a0(SB), X0
	0x01b6 00438 (float_special_values.go:14)	MOVSD	main.ninf+24(SP), X1
	0x01bc 00444 (float_special_values.go:14)	UCOMISD	X1, X0
	0x01c0 00448 (float_special_values.go:14)	SETHI	AL
	0x01c3 00451 (float_special_values.go:14)	CALL	runtime.printbool(SB)
	0x01c8 00456 (float_special_values.go:14)	CALL	runtime.printnl(SB)
	0x01cd 00461 (float_special_values.go:14)	CALL	runtime.printunlock(SB)
	0x01d2 00466 (float_special_values.go:15)	CALL	runtime.printlock(SB)
	0x01d7 00471 (float_special_values.go:15)	MOVSD	main.negz+32(SP), X0
	0x01dd 00477 (float_special_values.go:15)	MOVSD	main.z+16(SP), X1
	0x01e3 00483 (float_special_values.go:15)	UCOMISD	X1, X0
	0x01e7 00487 (float_special_values.go:15)	SETEQ	CL
	0x01ea 00490 (float_special_values.go:15)	SETPC	AL
	0x01ed 00493 (float_special_values.go:15)	ANDL	AX, CX
	0x01ef 00495 (float_special_values.go:15)	MOVL	CX, AX
	0x01f1 00497 (float_special_values.go:15)	CALL	runtime.printbool(SB)
	0x01f6 00502 (float_special_values.go:15)	CALL	runtime.printsp(SB)
	0x01fb 00507 (float_special_values.go:15)	MOVSD	main..autotmp_38+96(SP), X0
	0x0201 00513 (float_special_values.go:15)	CALL	runtime.printfloat64(SB)
	0x0206 00518 (float_special_values.go:15)	CALL	runtime.printsp(SB)
	0x020b 00523 (float_special_values.go:15)	MOVSD	main..autotmp_39+88(SP), X0
	0x0211 00529 (float_special_values.go:15)	CALL	runtime.printfloat64(SB)
	0x0216 00534 (float_special_values.go:15)	CALL	runtime.printsp(SB)
	0x021b 00539 (float_special_values.go:15)	MOVSD	main..autotmp_40+80(SP), X0
	0x0221 00545 (float_special_values.go:15)	CALL	runtime.printfloat64(SB)
	0x0226 00550 (float_special_values.go:15)	CALL	runtime.printsp(SB)
	0x022b 00555 (float_special_values.go:15)	MOVSD	main..autotmp_41+72(SP), X0
	0x0231 00561 (float_special_values.go:15)	CALL	runtime.printfloat64(SB)
	0x0236 00566 (float_special_values.go:15)	CALL	runtime.printnl(SB)
	0x023b 00571 (float_special_values.go:15)	NOP
	0x0240 00576 (float_special_values.go:15)	CALL	runtime.printunlock(SB)
	0x0245 00581 (float_special_values.go:17)	CALL	runtime.printlock(SB)
	0x024a 00586 (float_special_values.go:17)	MOVBLZX	main..autotmp_42+15(SP), AX
	0x024f 00591 (float_special_values.go:17)	CALL	runtime.printbool(SB)
	0x0254 00596 (float_special_values.go:17)	CALL	runtime.printnl(SB)
	0x0259 00601 (float_special_values.go:17)	CALL	runtime.printunlock(SB)
	0x025e 00606 (float_special_values.go:17)	NOP
	0x0260 00608 (float_special_values.go:19)	CALL	runtime.printlock(SB)
	0x0265 00613 (float_special_values.go:19)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x026d 00621 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
	0x0272 00626 (float_special_values.go:19)	CALL	runtime.printsp(SB)
	0x0277 00631 (float_special_values.go:19)	MOVSD	$f64.3fb999999999999a(SB), X0
	0x027f 00639 (float_special_values.go:19)	NOP
	0x0280 00640 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
	0x0285 00645 (float_special_values.go:19)	CALL	runtime.printsp(SB)
	0x028a 00650 (float_special_values.go:19)	MOVSD	$f64.c004000000000000(SB), X0
	0x0292 00658 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
	0x0297 00663 (float_special_values.go:19)	CALL	runtime.printsp(SB)
	0x029c 00668 (float_special_values.go:19)	MOVSD	$f64.54b249ad2594c37d(SB), X0
	0x02a4 00676 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
	0x02a9 00681 (float_special_values.go:19)	CALL	runtime.printsp(SB)
	0x02ae 00686 (float_special_values.go:19)	MOVSD	$f64.2b2bff2ee48e0530(SB), X0
	0x02b6 00694 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
	0x02bb 00699 (float_special_values.go:19)	NOP
	0x02c0 00704 (float_special_values.go:19)	CALL	runtime.printsp(SB)
	0x02c5 00709 (float_special_values.go:19)	MOVSD	$f64.419d6f3454000000(SB), X0
	0x02cd 00717 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
	0x02d2 00722 (float_special_values.go:19)	CALL	runtime.printsp(SB)
	0x02d7 00727 (float_special_values.go:19)	MOVSD	$f64.3fdb6db6db6db6db(SB), X0
	0x02df 00735 (float_special_values.go:19)	NOP
	0x02e0 00736 (float_special_values.go:19)	CALL	runtime.printfloat64(SB)
	0x02e5 00741 (float_special_values.go:19)	CALL	runtime.printnl(SB)
	0x02ea 00746 (float_special_values.go:19)	CALL	runtime.printunlock(SB)
	0x02ef 00751 (float_special_values.go:21)	CALL	runtime.printlock(SB)
	0x02f4 00756 (float_special_values.go:21)	MOVSS	$f32.3dcccccd(SB), X0
	0x02fc 00764 (float_special_values.go:21)	NOP
	0x0300 00768 (float_special_values.go:21)	CALL	runtime.printfloat32(SB)
	0x0305 00773 (float_special_values.go:21)	CALL	runtime.printsp(SB)
	0x030a 00778 (float_special_values.go:21)	MOVSD	$f64.3fb99999a0000000(SB), X0
	0x0312 00786 (float_special_values.go:21)	CALL	runtime.printfloat64(SB)
	0x0317 00791 (float_special_values.go:21)	CALL	runtime.printsp(SB)
	0x031c 00796 (float_special_values.go:21)	MOVSS	$f32.3eaaaaab(SB), X0
	0x0324 00804 (float_special_values.go:21)	CALL	runtime.printfloat32(SB)
	0x0329 00809 (float_special_values.go:21)	CALL	runtime.printnl(SB)
	0x032e 00814 (float_special_values.go:21)	CALL	runtime.printunlock(SB)
	0x0333 00819 (float_special_values.go:22)	CALL	runtime.printlock(SB)
	0x0338 00824 (float_special_values.go:22)	MOVSD	$f64.7fefffffffffffff(SB), X0
	0x0340 00832 (float_special_values.go:22)	CALL	runtime.printfloat64(SB)
	0x0345 00837 (float_special_values.go:22)	CALL	runtime.printsp(SB)
	0x034a 00842 (float_special_values.go:22)	MOVSD	$f64.0000000000000001(SB), X0
	0x0352 00850 (float_special_values.go:22)	CALL	runtime.printfloat64(SB)
	0x0357 00855 (float_special_values.go:22)	CALL	runtime.printsp(SB)
	0x035c 00860 (float_special_values.go:22)	MOVSD	$f64.0010000000000000(SB), X0
	0x0364 00868 (float_special_values.go:22)	CALL	runtime.printfloat64(SB)
	0x0369 00873 (float_special_values.go:22)	CALL	runtime.printnl(SB)
	0x036e 00878 (float_special_values.go:22)	CALL	runtime.printunlock(SB)
	0x0373 00883 (float_special_values.go:24)	CALL	runtime.printlock(SB)
	0x0378 00888 (float_special_values.go:24)	MOVSS	$f32.7f800000(SB), X0
	0x0380 00896 (float_special_values.go:24)	CALL	runtime.printfloat32(SB)
	0x0385 00901 (float_special_values.go:24)	CALL	runtime.printsp(SB)
	0x038a 00906 (float_special_values.go:24)	MOVSS	$f32.ff800000(SB), X0
	0x0392 00914 (float_special_values.go:24)	CALL	runtime.printfloat32(SB)
	0x0397 00919 (float_special_values.go:24)	CALL	runtime.printnl(SB)
	0x039c 00924 (float_special_values.go:24)	NOP
	0x03a0 00928 (float_special_values.go:24)	CALL	runtime.printunlock(SB)
	0x03a5 00933 (float_special_values.go:26)	MOVQ	$4613937818241073152, AX
	0x03af 00943 (float_special_values.go:26)	MOVQ	AX, main..autotmp_32+104(SP)
	0x03b4 00948 (float_special_values.go:26)	MOVSD	main.nan+40(SP), X0
	0x03ba 00954 (float_special_values.go:26)	MOVSD	X0, main..autotmp_32+112(SP)
	0x03c0 00960 (float_special_values.go:26)	MOVQ	$-4616189618054758400, AX
	0x03ca 00970 (float_special_values.go:26)	MOVQ	AX, main..autotmp_32+120(SP)
	0x03cf 00975 (float_special_values.go:26)	MOVSD	main.inf+56(SP), X1
	0x03d5 00981 (float_special_values.go:26)	MOVSD	X1, main..autotmp_32+128(SP)
	0x03de 00990 (float_special_values.go:26)	MOVQ	$0, main..autotmp_32+136(SP)
	0x03ea 01002 (float_special_values.go:29)	MOVSD	main.ninf+24(SP), X1
	0x03f0 01008 (float_special_values.go:29)	XORL	AX, AX
	0x03f2 01010 (float_special_values.go:29)	XORL	CX, CX
	0x03f4 01012 (float_special_values.go:29)	JMP	1024
	0x03f6 01014 (float_special_values.go:29)	INCQ	AX
	0x03f9 01017 (float_special_values.go:29)	MOVUPS	X2, X1
	0x03fc 01020 (float_special_values.go:29)	NOP
	0x0400 01024 (float_special_values.go:29)	CMPQ	AX, $5
	0x0404 01028 (float_special_values.go:29)	JGE	1063
	0x0406 01030 (float_special_values.go:29)	MOVSD	main..autotmp_32+104(SP)(AX*8), X2
	0x040c 01036 (float_special_values.go:30)	UCOMISD	X2, X2
	0x0410 01040 (float_special_values.go:30)	JNE	1044
	0x0412 01042 (float_special_values.go:30)	JPC	1052
	0x0414 01044 (float_special_values.go:31)	INCQ	CX
	0x0417 01047 (float_special_values.go:29)	MOVUPS	X1, X2
	0x041a 01050 (float_special_values.go:32)	JMP	1014
	0x041c 01052 (float_special_values.go:34)	UCOMISD	X1, X2
	0x0420 01056 (float_special_values.go:34)	JHI	1014
	0x0422 01058 (<unknown line number>)	MOVUPS	X1, X2
	0x0425 01061 (float_special_values.go:34)	JMP	1014
	0x0427 01063 (float_special_values.go:29)	MOVQ	CX, main.cntNaN+64(SP)
	0x042c 01068 (float_special_values.go:29)	MOVSD	X1, main.maxv+48(SP)
	0x0432 01074 (float_special_values.go:38)	CALL	runtime.printlock(SB)
	0x0437 01079 (float_special_values.go:38)	MOVSD	main.maxv+48(SP), X0
	0x043d 01085 (float_special_values.go:38)	NOP
	0x0440 01088 (float_special_values.go:38)	CALL	runtime.printfloat64(SB)
	0x0445 01093 (float_special_values.go:38)	CALL	runtime.printsp(SB)
	0x044a 01098 (float_special_values.go:38)	MOVQ	main.cntNaN+64(SP), AX
	0x044f 01103 (float_special_values.go:38)	CALL	runtime.printint(SB)
	0x0454 01108 (float_special_values.go:38)	CALL	runtime.printnl(SB)
	0x0459 01113 (float_special_values.go:38)	CALL	runtime.printunlock(SB)
	0x045e 01118 (float_special_values.go:38)	NOP
	0x0460 01120 (float_special_values.go:39)	CALL	runtime.printlock(SB)
	0x0465 01125 (float_special_values.go:39)	MOVSD	$f64.4000000000000000(SB), X0
	0x046d 01133 (float_special_values.go:39)	MOVSD	main.nan+40(SP), X1
	0x0473 01139 (float_special_values.go:39)	MINSD	X1, X0
	0x0477 01143 (float_special_values.go:39)	MOVSD	$f64.4000000000000000(SB), X1
	0x047f 01151 (float_special_values.go:39)	MOVUPS	X0, X2
	0x0482 01154 (float_special_values.go:39)	MINSD	X1, X2
	0x0486 01158 (float_special_values.go:39)	POR	X2, X0
	0x048a 01162 (float_special_values.go:39)	CALL	runtime.printfloat64(SB)
	0x048f 01167 (float_special_values.go:39)	CALL	runtime.printsp(SB)
	0x0494 01172 (float_special_values.go:39)	MOVSD	$f64.8000000000000000(SB), X0
	0x049c 01180 (float_special_values.go:39)	MOVSD	main.negz+32(SP), X1
	0x04a2 01186 (float_special_values.go:39)	PXOR	X1, X0
	0x04a6 01190 (float_special_values.go:39)	MOVUPS	X0, X2
	0x04a9 01193 (float_special_values.go:39)	MINSD	X1, X2
	0x04ad 01197 (float_special_values.go:39)	MOVUPS	X2, X1
	0x04b0 01200 (float_special_values.go:39)	MINSD	X0, X2
	0x04b4 01204 (float_special_values.go:39)	POR	X1, X2
	0x04b8 01208 (float_special_values.go:39)	MOVSD	$f64.8000000000000000(SB), X0
	0x04c0 01216 (float_special_values.go:39)	PXOR	X2, X0
	0x04c4 01220 (float_special_values.go:39)	CALL	runtime.printfloat64(SB)
	0x04c9 01225 (float_special_values.go:39)	CALL	runtime.printsp(SB)
	0x04ce 01230 (float_special_values.go:39)	MOVSD	main.negz+32(SP), X0
	0x04d4 01236 (float_special_values.go:39)	MOVSD	main.z+16(SP), X1
	0x04da 01242 (float_special_values.go:39)	MOVUPS	X0, X2
	0x04dd 01245 (float_special_values.go:39)	MINSD	X1, X2
	0x04e1 01249 (float_special_values.go:39)	MOVUPS	X2, X1
	0x04e4 01252 (float_special_values.go:39)	MINSD	X0, X2
	0x04e8 01256 (float_special_values.go:39)	POR	X1, X2
	0x04ec 01260 (float_special_values.go:39)	MOVUPS	X2, X0
	0x04ef 01263 (float_special_values.go:39)	CALL	runtime.printfloat64(SB)
	0x04f4 01268 (float_special_values.go:39)	CALL	runtime.printnl(SB)
	0x04f9 01273 (float_special_values.go:39)	CALL	runtime.printunlock(SB)
	0x04fe 01278 (float_special_values.go:40)	ADDQ	$144, SP
	0x0505 01285 (float_special_values.go:40)	POPQ	BP
	0x0506 01286 (float_special_values.go:40)	RET
	0x0507 01287 (float_special_values.go:40)	NOP
	0x0507 01287 (float_special_values.go:7)	PCDATA	$1, $-1
	0x0507 01287 (float_special_values.go:7)	PCDATA	$0, $-2
	0x0507 01287 (float_special_values.go:7)	CALL	runtime.morestack_noctxt(SB)
	0x050c 01292 (float_special_values.go:7)	PCDATA	$0, $-1
	0x050c 01292 (float_special_values.go:7)	JMP	0
	0x0000 4c 8d 64 24 e8 4d 3b 66 10 0f 86 f8 04 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 90 00 00 00 e8 00 00 00 00 f2  H..H............
	0x0020 0f 11 44 24 10 e8 00 00 00 00 f2 0f 10 05 00 00  ..D$............
	0x0030 00 00 f2 0f 10 4c 24 10 f2 0f 5e c1 f2 0f 11 44  .....L$...^....D
	0x0040 24 38 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05  $8..............
	0x0050 00 00 00 00 f2 0f 10 4c 24 10 f2 0f 5e c1 f2 0f  .......L$...^...
	0x0060 11 44 24 18 e8 00 00 00 00 e8 00 00 00 00 f2 0f  .D$.............
	0x0070 10 44 24 10 0f 10 c8 f2 0f 5e c8 f2 0f 11 4c 24  .D$......^....L$
	0x0080 28 0f 10 c1 e8 00 00 00 00 e8 00 00 00 00 f2 0f  (...............
	0x0090 10 44 24 10 f2 0f 10 0d 00 00 00 00 66 0f ef c1  .D$.........f...
	0x00a0 f2 0f 11 44 24 20 e8 00 00 00 00 e8 00 00 00 00  ...D$ ..........
	0x00b0 f2 0f 10 44 24 10 e8 00 00 00 00 0f 1f 44 00 00  ...D$........D..
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 f2  ................
	0x00d0 0f 10 05 00 00 00 00 f2 0f 10 4c 24 20 f2 0f 5e  ..........L$ ..^
	0x00e0 c1 f2 0f 11 44 24 60 f2 0f 10 44 24 38 0f 10 c8  ....D$`...D$8...
	0x00f0 f2 0f 5c c0 f2 0f 11 44 24 58 0f 57 c0 f2 0f 59  ..\....D$X.W...Y
	0x0100 c1 f2 0f 11 44 24 50 f2 0f 58 c9 f2 0f 11 4c 24  ....D$P..X....L$
	0x0110 48 f2 0f 10 44 24 28 66 0f 2e c0 0f 94 c1 0f 9b  H...D$(f........
	0x0120 c0 21 c1 88 4c 24 0f 89 c8 e8 00 00 00 00 e8 00  .!..L$..........
	0x0130 00 00 00 f2 0f 10 44 24 28 66 0f 2e c0 0f 95 c1  ......D$(f......
	0x0140 0f 9a c0 09 c1 89 c8 e8 00 00 00 00 e8 00 00 00  ................
	0x0150 00 f2 0f 10 05 00 00 00 00 f2 0f 10 4c 24 28 66  ............L$(f
	0x0160 0f 2e c1 0f 97 c0 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0170 f2 0f 10 44 24 28 f2 0f 10 0d 00 00 00 00 66 0f  ...D$(........f.
	0x0180 2e c1 0f 97 c0 e8 00 00 00 00 e8 00 00 00 00 f2  ................
	0x0190 0f 10 44 24 38 f2 0f 10 0d 00 00 00 00 66 0f 2e  ..D$8........f..
	0x01a0 c1 0f 97 c0 e8 00 00 00 00 e8 00 00 00 00 f2 0f  ................
	0x01b0 10 05 00 00 00 00 f2 0f 10 4c 24 18 66 0f 2e c1  .........L$.f...
	0x01c0 0f 97 c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  ................
	0x01d0 00 00 e8 00 00 00 00 f2 0f 10 44 24 20 f2 0f 10  ..........D$ ...
	0x01e0 4c 24 10 66 0f 2e c1 0f 94 c1 0f 9b c0 21 c1 89  L$.f.........!..
	0x01f0 c8 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24  ..............D$
	0x0200 60 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24  `.............D$
	0x0210 58 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24  X.............D$
	0x0220 50 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24  P.............D$
	0x0230 48 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  H............D..
	0x0240 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24 0f e8  ............D$..
	0x0250 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0260 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 e8 00 00  ................
	0x0270 00 00 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 90  ................
	0x0280 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x0290 00 00 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05  ................
	0x02a0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 f2 0f  ................
	0x02b0 10 05 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x02c0 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 e8 00 00  ................
	0x02d0 00 00 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 90  ................
	0x02e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x02f0 00 00 00 00 f3 0f 10 05 00 00 00 00 0f 1f 40 00  ..............@.
	0x0300 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x0310 00 00 e8 00 00 00 00 e8 00 00 00 00 f3 0f 10 05  ................
	0x0320 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x0330 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00 00 00  ................
	0x0340 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x0350 00 00 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05  ................
	0x0360 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x0370 00 00 00 e8 00 00 00 00 f3 0f 10 05 00 00 00 00  ................
	0x0380 e8 00 00 00 00 e8 00 00 00 00 f3 0f 10 05 00 00  ................
	0x0390 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x03a0 e8 00 00 00 00 48 b8 00 00 00 00 00 00 08 40 48  .....H........@H
	0x03b0 89 44 24 68 f2 0f 10 44 24 28 f2 0f 11 44 24 70  .D$h...D$(...D$p
	0x03c0 48 b8 00 00 00 00 00 00 f0 bf 48 89 44 24 78 f2  H.........H.D$x.
	0x03d0 0f 10 4c 24 38 f2 0f 11 8c 24 80 00 00 00 48 c7  ..L$8....$....H.
	0x03e0 84 24 88 00 00 00 00 00 00 00 f2 0f 10 4c 24 18  .$...........L$.
	0x03f0 31 c0 31 c9 eb 0a 48 ff c0 0f 10 ca 0f 1f 40 00  1.1...H.......@.
	0x0400 48 83 f8 05 7d 21 f2 0f 10 54 c4 68 66 0f 2e d2  H...}!...T.hf...
	0x0410 75 02 7b 08 48 ff c1 0f 10 d1 eb da 66 0f 2e d1  u.{.H.......f...
	0x0420 77 d4 0f 10 d1 eb cf 48 89 4c 24 40 f2 0f 11 4c  w......H.L$@...L
	0x0430 24 30 e8 00 00 00 00 f2 0f 10 44 24 30 0f 1f 00  $0........D$0...
	0x0440 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 40 e8  ..........H.D$@.
	0x0450 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0460 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 f2 0f 10  ................
	0x0470 4c 24 28 f2 0f 5d c1 f2 0f 10 0d 00 00 00 00 0f  L$(..]..........
	0x0480 10 d0 f2 0f 5d d1 66 0f eb c2 e8 00 00 00 00 e8  ....].f.........
	0x0490 00 00 00 00 f2 0f 10 05 00 00 00 00 f2 0f 10 4c  ...............L
	0x04a0 24 20 66 0f ef c1 0f 10 d0 f2 0f 5d d1 0f 10 ca  $ f........]....
	0x04b0 f2 0f 5d d0 66 0f eb d1 f2 0f 10 05 00 00 00 00  ..].f...........
	0x04c0 66 0f ef c2 e8 00 00 00 00 e8 00 00 00 00 f2 0f  f...............
	0x04d0 10 44 24 20 f2 0f 10 4c 24 10 0f 10 d0 f2 0f 5d  .D$ ...L$......]
	0x04e0 d1 0f 10 ca f2 0f 5d d0 66 0f eb d1 0f 10 c2 e8  ......].f.......
	0x04f0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 81  ..............H.
	0x0500 c4 90 00 00 00 5d c3 e8 00 00 00 00 e9 ef fa ff  .....]..........
	0x0510 ff                                               .
	rel 27+4 t=R_CALL main.zero+0
	rel 38+4 t=R_CALL runtime.printlock+0
	rel 46+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 67+4 t=R_CALL runtime.printfloat64+0
	rel 72+4 t=R_CALL runtime.printsp+0
	rel 80+4 t=R_PCREL $f64.bff0000000000000+0
	rel 101+4 t=R_CALL runtime.printfloat64+0
	rel 106+4 t=R_CALL runtime.printsp+0
	rel 133+4 t=R_CALL runtime.printfloat64+0
	rel 138+4 t=R_CALL runtime.printsp+0
	rel 152+4 t=R_PCREL $f64.8000000000000000+0
	rel 167+4 t=R_CALL runtime.printfloat64+0
	rel 172+4 t=R_CALL runtime.printsp+0
	rel 183+4 t=R_CALL runtime.printfloat64+0
	rel 193+4 t=R_CALL runtime.printnl+0
	rel 198+4 t=R_CALL runtime.printunlock+0
	rel 203+4 t=R_CALL runtime.printlock+0
	rel 211+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 298+4 t=R_CALL runtime.printbool+0
	rel 303+4 t=R_CALL runtime.printsp+0
	rel 328+4 t=R_CALL runtime.printbool+0
	rel 333+4 t=R_CALL runtime.printsp+0
	rel 341+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 359+4 t=R_CALL runtime.printbool+0
	rel 364+4 t=R_CALL runtime.printsp+0
	rel 378+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 390+4 t=R_CALL runtime.printbool+0
	rel 395+4 t=R_CALL runtime.printsp+0
	rel 409+4 t=R_PCREL $f64.7fe1ccf385ebc8a0+0
	rel 421+4 t=R_CALL runtime.printbool+0
	rel 426+4 t=R_CALL runtime.printsp+0
	rel 434+4 t=R_PCREL $f64.ffe1ccf385ebc8a0+0
	rel 452+4 t=R_CALL runtime.printbool+0
	rel 457+4 t=R_CALL runtime.printnl+0
	rel 462+4 t=R_CALL runtime.printunlock+0
	rel 467+4 t=R_CALL runtime.printlock+0
	rel 498+4 t=R_CALL runtime.printbool+0
	rel 503+4 t=R_CALL runtime.printsp+0
	rel 514+4 t=R_CALL runtime.printfloat64+0
	rel 519+4 t=R_CALL runtime.printsp+0
	rel 530+4 t=R_CALL runtime.printfloat64+0
	rel 535+4 t=R_CALL runtime.printsp+0
	rel 546+4 t=R_CALL runtime.printfloat64+0
	rel 551+4 t=R_CALL runtime.printsp+0
	rel 562+4 t=R_CALL runtime.printfloat64+0
	rel 567+4 t=R_CALL runtime.printnl+0
	rel 577+4 t=R_CALL runtime.printunlock+0
	rel 582+4 t=R_CALL runtime.printlock+0
	rel 592+4 t=R_CALL runtime.printbool+0
	rel 597+4 t=R_CALL runtime.printnl+0
	rel 602+4 t=R_CALL runtime.printunlock+0
	rel 609+4 t=R_CALL runtime.printlock+0
	rel 617+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 622+4 t=R_CALL runtime.printfloat64+0
	rel 627+4 t=R_CALL runtime.printsp+0
	rel 635+4 t=R_PCREL $f64.3fb999999999999a+0
	rel 641+4 t=R_CALL runtime.printfloat64+0
	rel 646+4 t=R_CALL runtime.printsp+0
	rel 654+4 t=R_PCREL $f64.c004000000000000+0
	rel 659+4 t=R_CALL runtime.printfloat64+0
	rel 664+4 t=R_CALL runtime.printsp+0
	rel 672+4 t=R_PCREL $f64.54b249ad2594c37d+0
	rel 677+4 t=R_CALL runtime.printfloat64+0
	rel 682+4 t=R_CALL runtime.printsp+0
	rel 690+4 t=R_PCREL $f64.2b2bff2ee48e0530+0
	rel 695+4 t=R_CALL runtime.printfloat64+0
	rel 705+4 t=R_CALL runtime.printsp+0
	rel 713+4 t=R_PCREL $f64.419d6f3454000000+0
	rel 718+4 t=R_CALL runtime.printfloat64+0
	rel 723+4 t=R_CALL runtime.printsp+0
	rel 731+4 t=R_PCREL $f64.3fdb6db6db6db6db+0
	rel 737+4 t=R_CALL runtime.printfloat64+0
	rel 742+4 t=R_CALL runtime.printnl+0
	rel 747+4 t=R_CALL runtime.printunlock+0
	rel 752+4 t=R_CALL runtime.printlock+0
	rel 760+4 t=R_PCREL $f32.3dcccccd+0
	rel 769+4 t=R_CALL runtime.printfloat32+0
	rel 774+4 t=R_CALL runtime.printsp+0
	rel 782+4 t=R_PCREL $f64.3fb99999a0000000+0
	rel 787+4 t=R_CALL runtime.printfloat64+0
	rel 792+4 t=R_CALL runtime.printsp+0
	rel 800+4 t=R_PCREL $f32.3eaaaaab+0
	rel 805+4 t=R_CALL runtime.printfloat32+0
	rel 810+4 t=R_CALL runtime.printnl+0
	rel 815+4 t=R_CALL runtime.printunlock+0
	rel 820+4 t=R_CALL runtime.printlock+0
	rel 828+4 t=R_PCREL $f64.7fefffffffffffff+0
	rel 833+4 t=R_CALL runtime.printfloat64+0
	rel 838+4 t=R_CALL runtime.printsp+0
	rel 846+4 t=R_PCREL $f64.0000000000000001+0
	rel 851+4 t=R_CALL runtime.printfloat64+0
	rel 856+4 t=R_CALL runtime.printsp+0
	rel 864+4 t=R_PCREL $f64.0010000000000000+0
	rel 869+4 t=R_CALL runtime.printfloat64+0
	rel 874+4 t=R_CALL runtime.printnl+0
	rel 879+4 t=R_CALL runtime.printunlock+0
	rel 884+4 t=R_CALL runtime.printlock+0
	rel 892+4 t=R_PCREL $f32.7f800000+0
	rel 897+4 t=R_CALL runtime.printfloat32+0
	rel 902+4 t=R_CALL runtime.printsp+0
	rel 910+4 t=R_PCREL $f32.ff800000+0
	rel 915+4 t=R_CALL runtime.printfloat32+0
	rel 920+4 t=R_CALL runtime.printnl+0
	rel 929+4 t=R_CALL runtime.printunlock+0
	rel 1075+4 t=R_CALL runtime.printlock+0
	rel 1089+4 t=R_CALL runtime.printfloat64+0
	rel 1094+4 t=R_CALL runtime.printsp+0
	rel 1104+4 t=R_CALL runtime.printint+0
	rel 1109+4 t=R_CALL runtime.printnl+0
	rel 1114+4 t=R_CALL runtime.printunlock+0
	rel 1121+4 t=R_CALL runtime.printlock+0
	rel 1129+4 t=R_PCREL $f64.4000000000000000+0
	rel 1147+4 t=R_PCREL $f64.4000000000000000+0
	rel 1163+4 t=R_CALL runtime.printfloat64+0
	rel 1168+4 t=R_CALL runtime.printsp+0
	rel 1176+4 t=R_PCREL $f64.8000000000000000+0
	rel 1212+4 t=R_PCREL $f64.8000000000000000+0
	rel 1221+4 t=R_CALL runtime.printfloat64+0
	rel 1226+4 t=R_CALL runtime.printsp+0
	rel 1264+4 t=R_CALL runtime.printfloat64+0
	rel 1269+4 t=R_CALL runtime.printnl+0
	rel 1274+4 t=R_CALL runtime.printunlock+0
	rel 1288+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
$f32.3dcccccd SRODATA size=4 align=0x4
	0x0000 cd cc cc 3d                                      ...=
$f32.3eaaaaab SRODATA size=4 align=0x4
	0x0000 ab aa aa 3e                                      ...>
$f32.7f800000 SRODATA size=4 align=0x4
	0x0000 00 00 80 7f                                      ....
$f32.ff800000 SRODATA size=4 align=0x4
	0x0000 00 00 80 ff                                      ....
$f64.0000000000000001 SRODATA size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
$f64.0010000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 10 00                          ........
$f64.2b2bff2ee48e0530 SRODATA size=8 align=0x8
	0x0000 30 05 8e e4 2e ff 2b 2b                          0.....++
$f64.3fb999999999999a SRODATA size=8 align=0x8
	0x0000 9a 99 99 99 99 99 b9 3f                          .......?
$f64.3fb99999a0000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 a0 99 99 b9 3f                          .......?
$f64.3fdb6db6db6db6db SRODATA size=8 align=0x8
	0x0000 db b6 6d db b6 6d db 3f                          ..m..m.?
$f64.3ff0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
$f64.4000000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 40                          .......@
$f64.419d6f3454000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 54 34 6f 9d 41                          ...T4o.A
$f64.54b249ad2594c37d SRODATA size=8 align=0x8
	0x0000 7d c3 94 25 ad 49 b2 54                          }..%.I.T
$f64.7fe1ccf385ebc8a0 SRODATA size=8 align=0x8
	0x0000 a0 c8 eb 85 f3 cc e1 7f                          ........
$f64.7fefffffffffffff SRODATA size=8 align=0x8
	0x0000 ff ff ff ff ff ff ef 7f                          ........
$f64.8000000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 80                          ........
$f64.bff0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 bf                          ........
$f64.c004000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 04 c0                          ........
$f64.ffe1ccf385ebc8a0 SRODATA size=8 align=0x8
	0x0000 a0 c8 eb 85 f3 cc e1 ff                          ........
