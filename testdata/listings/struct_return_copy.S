funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (struct_return_copy.go:43)	TEXT	main.main(SB), ABIInternal, $1512-0
     0        00000 (struct_return_copy.go:43)	TEXT	main.main(SB), ABIInternal, $1512-0
     0     -1 00000 (struct_return_copy.go:43)	LEAQ	-1384(SP), R12
     8        00008 (struct_return_copy.go:43)	CMPQ	R12, 16(R14)
     c        00012 (struct_return_copy.go:43)	PCDATA	$0, $-2
     c        00012 (struct_return_copy.go:43)	JLS	2195
    12        00018 (struct_return_copy.go:43)	PCDATA	$0, $-1
    12        00018 (struct_return_copy.go:43)	PUSHQ	BP
    13        00019 (struct_return_copy.go:43)	MOVQ	SP, BP
    16        00022 (struct_return_copy.go:43)	SUBQ	$1504, SP
    1d        00029 (struct_return_copy.go:43)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
    1d        00029 (struct_return_copy.go:43)	FUNCDATA	$1, gclocals·iSNMhkjG8uf5IFG2xptk2g==(SB)
    1d        00029 (struct_return_copy.go:43)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (struct_return_copy.go:44)	MOVSD	$f64.3ff0000000000000(SB), X0
    25        00037 (struct_return_copy.go:44)	MOVSD	$f64.4000000000000000(SB), X1
    2d        00045 (struct_return_copy.go:44)	MOVSD	$f64.4008000000000000(SB), X2
    35        00053 (struct_return_copy.go:44)	MOVSD	$f64.3fe0000000000000(SB), X3
    3d        00061 (struct_return_copy.go:44)	MOVUPS	X3, X4
    40        00064 (struct_return_copy.go:44)	MOVUPS	X3, X5
    43        00067 (struct_return_copy.go:44)	PCDATA	$1, $0
    43        00067 (struct_return_copy.go:44)	CALL	main.addVec(SB)
    48        00072 (struct_return_copy.go:44)	MOVSD	X0, main..autotmp_41+296(SP)
    51        00081 (struct_return_copy.go:44)	MOVSD	X1, main..autotmp_42+288(SP)
    5a        00090 (struct_return_copy.go:44)	MOVSD	X2, main..autotmp_43+280(SP)
    63        00099 (struct_return_copy.go:45)	CALL	runtime.printlock(SB)
    68        00104 (struct_return_copy.go:45)	MOVSD	$f64.4024000000000000(SB), X6
    70        00112 (struct_return_copy.go:45)	MOVSD	main..autotmp_41+296(SP), X7
    79        00121 (struct_return_copy.go:45)	MULSD	X7, X6
    7d        00125 (struct_return_copy.go:45)	CVTTSD2SQ	X6, AX
    82        00130 (struct_return_copy.go:45)	CALL	runtime.printint(SB)
    87        00135 (struct_return_copy.go:45)	CALL	runtime.printsp(SB)
    8c        00140 (struct_return_copy.go:45)	MOVSD	main..autotmp_42+288(SP), X6
    95        00149 (struct_return_copy.go:45)	MOVSD	$f64.4024000000000000(SB), X7
    9d        00157 (struct_return_copy.go:45)	MULSD	X6, X7
    a1        00161 (struct_return_copy.go:45)	CVTTSD2SQ	X7, AX
    a6        00166 (struct_return_copy.go:45)	CALL	runtime.printint(SB)
    ab        00171 (struct_return_copy.go:45)	CALL	runtime.printsp(SB)
    b0        00176 (struct_return_copy.go:45)	MOVSD	main..autotmp_43+280(SP), X6
    b9        00185 (struct_return_copy.go:45)	MOVSD	$f64.4024000000000000(SB), X7
    c1        00193 (struct_return_copy.go:45)	MULSD	X6, X7
    c5        00197 (struct_return_copy.go:45)	CVTTSD2SQ	X7, AX
    ca        00202 (struct_return_copy.go:45)	CALL	runtime.printint(SB)
    cf        00207 (struct_return_copy.go:45)	CALL	runtime.printnl(SB)
    d4        00212 (struct_return_copy.go:45)	CALL	runtime.printunlock(SB)
    d9        00217 (struct_return_copy.go:46)	MOVL	$3, AX
    de        00222 (struct_return_copy.go:46)	NOP
    e0        00224 (struct_return_copy.go:46)	CALL	main.makeBig(SB)
    e5        00229 (struct_return_copy.go:46)	LEAQ	main.b+816(SP), AX
    ed        00237 (struct_return_copy.go:46)	MOVQ	SP, CX
    f0        00240 (struct_return_copy.go:46)	MOVUPS	(CX), X14
    f4        00244 (struct_return_copy.go:46)	MOVUPS	X14, (AX)
    f8        00248 (struct_return_copy.go:46)	MOVUPS	16(CX), X14
    fd        00253 (struct_return_copy.go:46)	MOVUPS	X14, 16(AX)
   102        00258 (struct_return_copy.go:46)	MOVUPS	32(CX), X14
   107        00263 (struct_return_copy.go:46)	MOVUPS	X14, 32(AX)
   10c        00268 (struct_return_copy.go:46)	MOVUPS	48(CX), X14
   111        00273 (struct_return_copy.go:46)	MOVUPS	X14, 48(AX)
   116        00278 (struct_return_copy.go:46)	MOVUPS	64(CX), X14
   11b        00283 (struct_return_copy.go:46)	MOVUPS	X14, 64(AX)
   120        00288 (struct_return_copy.go:46)	MOVUPS	80(CX), X14
   125        00293 (struct_return_copy.go:46)	MOVUPS	X14, 80(AX)
   12a        00298 (struct_return_copy.go:46)	MOVUPS	96(CX), X14
   12f        00303 (struct_return_copy.go:46)	MOVUPS	X14, 96(AX)
   134        00308 (struct_return_copy.go:47)	MOVUPS	(AX), X14
   138        00312 (struct_return_copy.go:47)	MOVUPS	X14, (CX)
   13c        00316 (struct_return_copy.go:47)	MOVUPS	16(AX), X14
   141        00321 (struct_return_copy.go:47)	MOVUPS	X14, 16(CX)
   146        00326 (struct_return_copy.go:47)	MOVUPS	32(AX), X14
   14b        00331 (struct_return_copy.go:47)	MOVUPS	X14, 32(CX)
   150        00336 (struct_return_copy.go:47)	MOVUPS	48(AX), X14
   155        00341 (struct_return_copy.go:47)	MOVUPS	X14, 48(CX)
   15a        00346 (struct_return_copy.go:47)	MOVUPS	64(AX), X14
   15f        00351 (struct_return_copy.go:47)	MOVUPS	X14, 64(CX)
   164        00356 (struct_return_copy.go:47)	MOVUPS	80(AX), X14
   169        00361 (struct_return_copy.go:47)	MOVUPS	X14, 80(CX)
   16e        00366 (struct_return_copy.go:47)	MOVUPS	96(AX), X14
   173        00371 (struct_return_copy.go:47)	MOVUPS	X14, 96(CX)
   178        00376 (struct_return_copy.go:47)	PCDATA	$1, $1
   178        00376 (struct_return_copy.go:47)	CALL	main.mutate(SB)
   17d        00381 (struct_return_copy.go:47)	LEAQ	main.c+704(SP), AX
   185        00389 (struct_return_copy.go:47)	LEAQ	112(SP), CX
   18a        00394 (struct_return_copy.go:47)	MOVUPS	(CX), X14
   18e        00398 (struct_return_copy.go:47)	MOVUPS	X14, (AX)
   192        00402 (struct_return_copy.go:47)	MOVUPS	16(CX), X14
   197        00407 (struct_return_copy.go:47)	MOVUPS	X14, 16(AX)
   19c        00412 (struct_return_copy.go:47)	MOVUPS	32(CX), X14
   1a1        00417 (struct_return_copy.go:47)	MOVUPS	X14, 32(AX)
   1a6        00422 (struct_return_copy.go:47)	MOVUPS	48(CX), X14
   1ab        00427 (struct_return_copy.go:47)	MOVUPS	X14, 48(AX)
   1b0        00432 (struct_return_copy.go:47)	MOVUPS	64(CX), X14
   1b5        00437 (struct_return_copy.go:47)	MOVUPS	X14, 64(AX)
   1ba        00442 (struct_return_copy.go:47)	MOVUPS	80(CX), X14
   1bf        00447 (struct_return_copy.go:47)	MOVUPS	X14, 80(AX)
   1c4        00452 (struct_return_copy.go:47)	MOVUPS	96(CX), X14
   1c9        00457 (struct_return_copy.go:47)	MOVUPS	X14, 96(AX)
   1ce        00462 (struct_return_copy.go:48)	LEAQ	main.b+1280(SP), CX
   1d6        00470 (struct_return_copy.go:48)	LEAQ	main.b+816(SP), DX
   1de        00478 (struct_return_copy.go:48)	MOVUPS	(DX), X14
   1e2        00482 (struct_return_copy.go:48)	MOVUPS	X14, (CX)
   1e6        00486 (struct_return_copy.go:48)	MOVUPS	16(DX), X14
   1eb        00491 (struct_return_copy.go:48)	MOVUPS	X14, 16(CX)
   1f0        00496 (struct_return_copy.go:48)	MOVUPS	32(DX), X14
   1f5        00501 (struct_return_copy.go:48)	MOVUPS	X14, 32(CX)
   1fa        00506 (struct_return_copy.go:48)	MOVUPS	48(DX), X14
   1ff        00511 (struct_return_copy.go:48)	MOVUPS	X14, 48(CX)
   204        00516 (struct_return_copy.go:48)	MOVUPS	64(DX), X14
   209        00521 (struct_return_copy.go:48)	MOVUPS	X14, 64(CX)
   20e        00526 (struct_return_copy.go:48)	MOVUPS	80(DX), X14
   213        00531 (struct_return_copy.go:48)	MOVUPS	X14, 80(CX)
   218        00536 (struct_return_copy.go:48)	MOVUPS	96(DX), X14
   21d        00541 (struct_return_copy.go:48)	MOVUPS	X14, 96(CX)
   222        00546 (<unknown line number>)	NOP
   222      0 00546 (struct_return_copy.go:48)	LEAQ	main..autotmp_13+304(SP), CX
   22a        00554 (struct_return_copy.go:48)	LEAQ	main.b+1288(SP), DX
   232        00562 (struct_return_copy.go:48)	MOVUPS	(DX), X14
   236        00566 (struct_return_copy.go:48)	MOVUPS	X14, (CX)
   23a        00570 (struct_return_copy.go:48)	MOVUPS	16(DX), X14
   23f        00575 (struct_return_copy.go:48)	MOVUPS	X14, 16(CX)
   244        00580 (struct_return_copy.go:48)	MOVUPS	32(DX), X14
   249        00585 (struct_return_copy.go:48)	MOVUPS	X14, 32(CX)
   24e        00590 (struct_return_copy.go:48)	MOVUPS	48(DX), X14
   253        00595 (struct_return_copy.go:48)	MOVUPS	X14, 48(CX)
   258        00600 (struct_return_copy.go:48)	XORL	DX, DX
   25a        00602 (struct_return_copy.go:48)	XORL	BX, BX
   25c        00604 (struct_return_copy.go:48)	JMP	617
   25e        00606 (struct_return_copy.go:48)	ADDQ	main..autotmp_13+304(SP)(DX*8), BX
   266        00614 (struct_return_copy.go:48)	INCQ	DX
   269        00617 (struct_return_copy.go:48)	CMPQ	DX, $8
   26d        00621 (struct_return_copy.go:48)	JLT	606
   26f     -1 00623 (struct_return_copy.go:48)	LEAQ	main.b+1280(SP), DX
   277        00631 (struct_return_copy.go:48)	MOVUPS	(AX), X14
   27b        00635 (struct_return_copy.go:48)	MOVUPS	X14, (DX)
   27f        00639 (struct_return_copy.go:48)	MOVUPS	16(AX), X14
   284        00644 (struct_return_copy.go:48)	MOVUPS	X14, 16(DX)
   289        00649 (struct_return_copy.go:48)	MOVUPS	32(AX), X14
   28e        00654 (struct_return_copy.go:48)	MOVUPS	X14, 32(DX)
   293        00659 (struct_return_copy.go:48)	MOVUPS	48(AX), X14
   298        00664 (struct_return_copy.go:48)	MOVUPS	X14, 48(DX)
   29d        00669 (struct_return_copy.go:48)	MOVUPS	64(AX), X14
   2a2        00674 (struct_return_copy.go:48)	MOVUPS	X14, 64(DX)
   2a7        00679 (struct_return_copy.go:48)	MOVUPS	80(AX), X14
   2ac        00684 (struct_return_copy.go:48)	MOVUPS	X14, 80(DX)
   2b1        00689 (struct_return_copy.go:48)	MOVUPS	96(AX), X14
   2b6        00694 (struct_return_copy.go:48)	MOVUPS	X14, 96(DX)
   2bb        00699 (<unknown line number>)	NOP
   2bb      1 00699 (struct_return_copy.go:48)	LEAQ	main.b+1288(SP), AX
   2c3        00707 (struct_return_copy.go:48)	MOVUPS	(AX), X14
   2c7        00711 (struct_return_copy.go:48)	MOVUPS	X14, (CX)
   2cb        00715 (struct_return_copy.go:48)	MOVUPS	16(AX), X14
   2d0        00720 (struct_return_copy.go:48)	MOVUPS	X14, 16(CX)
   2d5        00725 (struct_return_copy.go:48)	MOVUPS	32(AX), X14
   2da        00730 (struct_return_copy.go:48)	MOVUPS	X14, 32(CX)
   2df        00735 (struct_return_copy.go:48)	MOVUPS	48(AX), X14
   2e4        00740 (struct_return_copy.go:48)	MOVUPS	X14, 48(CX)
   2e9        00745 (struct_return_copy.go:48)	XORL	AX, AX
   2eb        00747 (struct_return_copy.go:48)	XORL	CX, CX
   2ed        00749 (struct_return_copy.go:48)	JMP	768
   2ef        00751 (struct_return_copy.go:48)	ADDQ	main..autotmp_13+304(SP)(CX*8), AX
   2f7        00759 (struct_return_copy.go:48)	INCQ	CX
   2fa        00762 (struct_return_copy.go:48)	NOP
   300        00768 (struct_return_copy.go:48)	CMPQ	CX, $8
   304        00772 (struct_return_copy.go:48)	JLT	751
   306        00774 (struct_return_copy.go:48)	MOVQ	AX, main.s+232(SP)
   30e      0 00782 (struct_return_copy.go:48)	MOVQ	BX, main.s+240(SP)
   316     -1 00790 (struct_return_copy.go:48)	MOVQ	main.b+824(SP), AX
   31e        00798 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_44+272(SP)
   326        00806 (struct_return_copy.go:48)	MOVQ	main.c+712(SP), AX
   32e        00814 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_45+264(SP)
   336        00822 (struct_return_copy.go:48)	MOVQ	main.b+912(SP), AX
   33e        00830 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_46+1272(SP)
   346        00838 (struct_return_copy.go:48)	MOVQ	main.b+920(SP), AX
   34e        00846 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_47+256(SP)
   356        00854 (struct_return_copy.go:48)	MOVQ	main.c+800(SP), AX
   35e        00862 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_48+1264(SP)
   366        00870 (struct_return_copy.go:48)	MOVQ	main.c+808(SP), AX
   36e        00878 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_49+248(SP)
   376        00886 (struct_return_copy.go:48)	PCDATA	$1, $2
   376        00886 (struct_return_copy.go:48)	CALL	runtime.printlock(SB)
   37b        00891 (struct_return_copy.go:48)	MOVQ	main..autotmp_44+272(SP), AX
   383        00899 (struct_return_copy.go:48)	CALL	runtime.printint(SB)
   388        00904 (struct_return_copy.go:48)	CALL	runtime.printsp(SB)
   38d        00909 (struct_return_copy.go:48)	MOVQ	main..autotmp_45+264(SP), AX
   395        00917 (struct_return_copy.go:48)	CALL	runtime.printint(SB)
   39a        00922 (struct_return_copy.go:48)	CALL	runtime.printsp(SB)
   39f        00927 (struct_return_copy.go:48)	MOVQ	main..autotmp_46+1272(SP), AX
   3a7        00935 (struct_return_copy.go:48)	MOVQ	main..autotmp_47+256(SP), BX
   3af        00943 (struct_return_copy.go:48)	PCDATA	$1, $3
   3af        00943 (struct_return_copy.go:48)	CALL	runtime.printstring(SB)
   3b4        00948 (struct_return_copy.go:48)	CALL	runtime.printsp(SB)
   3b9        00953 (struct_return_copy.go:48)	MOVQ	main..autotmp_48+1264(SP), AX
   3c1        00961 (struct_return_copy.go:48)	MOVQ	main..autotmp_49+248(SP), BX
   3c9        00969 (struct_return_copy.go:48)	PCDATA	$1, $4
   3c9        00969 (struct_return_copy.go:48)	CALL	runtime.printstring(SB)
   3ce        00974 (struct_return_copy.go:48)	CALL	runtime.printsp(SB)
   3d3        00979 (struct_return_copy.go:48)	MOVQ	main.s+240(SP), AX
   3db        00987 (struct_return_copy.go:48)	NOP
   3e0        00992 (struct_return_copy.go:48)	CALL	runtime.printint(SB)
   3e5        00997 (struct_return_copy.go:48)	CALL	runtime.printsp(SB)
   3ea        01002 (struct_return_copy.go:48)	MOVQ	main.s+232(SP), AX
   3f2        01010 (struct_return_copy.go:48)	CALL	runtime.printint(SB)
   3f7        01015 (struct_return_copy.go:48)	CALL	runtime.printnl(SB)
   3fc        01020 (struct_return_copy.go:48)	NOP
   400        01024 (struct_return_copy.go:48)	CALL	runtime.printunlock(SB)
   405        01029 (struct_return_copy.go:49)	MOVL	$3, AX
   40a        01034 (struct_return_copy.go:49)	CALL	main.makeBig(SB)
   40f        01039 (struct_return_copy.go:49)	LEAQ	main..autotmp_14+1392(SP), AX
   417        01047 (struct_return_copy.go:49)	MOVQ	SP, CX
   41a        01050 (struct_return_copy.go:49)	MOVUPS	(CX), X14
   41e        01054 (struct_return_copy.go:49)	MOVUPS	X14, (AX)
   422        01058 (struct_return_copy.go:49)	MOVUPS	16(CX), X14
   427        01063 (struct_return_copy.go:49)	MOVUPS	X14, 16(AX)
   42c        01068 (struct_return_copy.go:49)	MOVUPS	32(CX), X14
   431        01073 (struct_return_copy.go:49)	MOVUPS	X14, 32(AX)
   436        01078 (struct_return_copy.go:49)	MOVUPS	48(CX), X14
   43b        01083 (struct_return_copy.go:49)	MOVUPS	X14, 48(AX)
   440        01088 (struct_return_copy.go:49)	MOVUPS	64(CX), X14
   445        01093 (struct_return_copy.go:49)	MOVUPS	X14, 64(AX)
   44a        01098 (struct_return_copy.go:49)	MOVUPS	80(CX), X14
   44f        01103 (struct_return_copy.go:49)	MOVUPS	X14, 80(AX)
   454        01108 (struct_return_copy.go:49)	MOVUPS	96(CX), X14
   459        01113 (struct_return_copy.go:49)	MOVUPS	X14, 96(AX)
   45e        01118 (struct_return_copy.go:49)	LEAQ	main.b+816(SP), AX
   466        01126 (struct_return_copy.go:49)	LEAQ	main.c+704(SP), BX
   46e        01134 (struct_return_copy.go:49)	PCDATA	$1, $5
   46e        01134 (struct_return_copy.go:49)	CALL	type:.eq.M72GGGS(SB)
   473        01139 (struct_return_copy.go:49)	MOVB	AL, main..autotmp_50+231(SP)
   47a        01146 (struct_return_copy.go:49)	LEAQ	main.b+816(SP), AX
   482        01154 (struct_return_copy.go:49)	LEAQ	main..autotmp_14+1392(SP), BX
   48a        01162 (struct_return_copy.go:49)	PCDATA	$1, $1
   48a        01162 (struct_return_copy.go:49)	CALL	type:.eq.M72GGGS(SB)
   48f        01167 (struct_return_copy.go:49)	MOVB	AL, main..autotmp_51+230(SP)
   496        01174 (struct_return_copy.go:49)	MOVSD	main..stmp_0(SB), X0
   49e        01182 (struct_return_copy.go:49)	MOVSD	main..autotmp_41+296(SP), X1
   4a7        01191 (struct_return_copy.go:49)	UCOMISD	X1, X0
   4ab        01195 (struct_return_copy.go:49)	JNE	1255
   4ad        01197 (struct_return_copy.go:49)	JPS	1255
   4af        01199 (struct_return_copy.go:49)	MOVSD	main..stmp_0+8(SB), X0
   4b7        01207 (struct_return_copy.go:49)	MOVSD	main..autotmp_42+288(SP), X1
   4c0        01216 (struct_return_copy.go:49)	UCOMISD	X1, X0
   4c4        01220 (struct_return_copy.go:49)	JNE	1255
   4c6        01222 (struct_return_copy.go:49)	JPS	1255
   4c8        01224 (struct_return_copy.go:49)	MOVSD	main..stmp_0+16(SB), X0
   4d0        01232 (struct_return_copy.go:49)	MOVSD	main..autotmp_43+280(SP), X1
   4d9        01241 (struct_return_copy.go:49)	UCOMISD	X1, X0
   4dd        01245 (struct_return_copy.go:49)	SETEQ	DL
   4e0        01248 (struct_return_copy.go:49)	SETPC	CL
   4e3        01251 (struct_return_copy.go:49)	ANDL	CX, DX
   4e5        01253 (struct_return_copy.go:49)	JMP	1257
   4e7        01255 (struct_return_copy.go:49)	XORL	DX, DX
   4e9        01257 (struct_return_copy.go:49)	MOVB	DL, main..autotmp_52+229(SP)
   4f0        01264 (struct_return_copy.go:49)	CALL	runtime.printlock(SB)
   4f5        01269 (struct_return_copy.go:49)	MOVBLZX	main..autotmp_50+231(SP), AX
   4fd        01277 (struct_return_copy.go:49)	NOP
   500        01280 (struct_return_copy.go:49)	CALL	runtime.printbool(SB)
   505        01285 (struct_return_copy.go:49)	CALL	runtime.printsp(SB)
   50a        01290 (struct_return_copy.go:49)	MOVBLZX	main..autotmp_51+230(SP), AX
   512        01298 (struct_return_copy.go:49)	CALL	runtime.printbool(SB)
   517        01303 (struct_return_copy.go:49)	CALL	runtime.printsp(SB)
   51c        01308 (struct_return_copy.go:49)	MOVBLZX	main..autotmp_52+229(SP), AX
   524        01316 (struct_return_copy.go:49)	CALL	runtime.printbool(SB)
   529        01321 (struct_return_copy.go:49)	CALL	runtime.printnl(SB)
   52e        01326 (struct_return_copy.go:49)	CALL	runtime.printunlock(SB)
   533        01331 (struct_return_copy.go:50)	MOVL	$1, AX
   538        01336 (struct_return_copy.go:50)	CALL	main.makeBig(SB)
   53d        01341 (struct_return_copy.go:50)	LEAQ	main..autotmp_14+1392(SP), AX
   545        01349 (struct_return_copy.go:50)	MOVQ	SP, CX
   548        01352 (struct_return_copy.go:50)	MOVUPS	(CX), X14
   54c        01356 (struct_return_copy.go:50)	MOVUPS	X14, (AX)
   550        01360 (struct_return_copy.go:50)	MOVUPS	16(CX), X14
   555        01365 (struct_return_copy.go:50)	MOVUPS	X14, 16(AX)
   55a        01370 (struct_return_copy.go:50)	MOVUPS	32(CX), X14
   55f        01375 (struct_return_copy.go:50)	MOVUPS	X14, 32(AX)
   564        01380 (struct_return_copy.go:50)	MOVUPS	48(CX), X14
   569        01385 (struct_return_copy.go:50)	MOVUPS	X14, 48(AX)
   56e        01390 (struct_return_copy.go:50)	MOVUPS	64(CX), X14
   573        01395 (struct_return_copy.go:50)	MOVUPS	X14, 64(AX)
   578        01400 (struct_return_copy.go:50)	MOVUPS	80(CX), X14
   57d        01405 (struct_return_copy.go:50)	MOVUPS	X14, 80(AX)
   582        01410 (struct_return_copy.go:50)	MOVUPS	96(CX), X14
   587        01415 (struct_return_copy.go:50)	MOVUPS	X14, 96(AX)
   58c        01420 (struct_return_copy.go:50)	MOVL	$2, AX
   591        01425 (struct_return_copy.go:50)	PCDATA	$1, $5
   591        01425 (struct_return_copy.go:50)	CALL	main.makeBig(SB)
   596        01430 (struct_return_copy.go:50)	LEAQ	main..autotmp_16+1280(SP), AX
   59e        01438 (struct_return_copy.go:50)	MOVQ	SP, CX
   5a1        01441 (struct_return_copy.go:50)	MOVUPS	(CX), X14
   5a5        01445 (struct_return_copy.go:50)	MOVUPS	X14, (AX)
   5a9        01449 (struct_return_copy.go:50)	MOVUPS	16(CX), X14
   5ae        01454 (struct_return_copy.go:50)	MOVUPS	X14, 16(AX)
   5b3        01459 (struct_return_copy.go:50)	MOVUPS	32(CX), X14
   5b8        01464 (struct_return_copy.go:50)	MOVUPS	X14, 32(AX)
   5bd        01469 (struct_return_copy.go:50)	MOVUPS	48(CX), X14
   5c2        01474 (struct_return_copy.go:50)	MOVUPS	X14, 48(AX)
   5c7        01479 (struct_return_copy.go:50)	MOVUPS	64(CX), X14
   5cc        01484 (struct_return_copy.go:50)	MOVUPS	X14, 64(AX)
   5d1        01489 (struct_return_copy.go:50)	MOVUPS	80(CX), X14
   5d6        01494 (struct_return_copy.go:50)	MOVUPS	X14, 80(AX)
   5db        01499 (struct_return_copy.go:50)	MOVUPS	96(CX), X14
   5e0        01504 (struct_return_copy.go:50)	MOVUPS	X14, 96(AX)
   5e5        01509 (struct_return_copy.go:50)	LEAQ	main.arr+928(SP), DX
   5ed        01517 (struct_return_copy.go:50)	MOVL	$5, BX
   5f2        01522 (struct_return_copy.go:50)	MOVUPS	X15, (DX)
   5f6        01526 (struct_return_copy.go:50)	MOVUPS	X15, 16(DX)
   5fb        01531 (struct_return_copy.go:50)	MOVUPS	X15, 32(DX)
   600        01536 (struct_return_copy.go:50)	MOVUPS	X15, 48(DX)
   605        01541 (struct_return_copy.go:50)	ADDQ	$64, DX
   609        01545 (struct_return_copy.go:50)	DECL	BX
   60b        01547 (struct_return_copy.go:50)	JNE	1522
   60d        01549 (struct_return_copy.go:50)	MOVUPS	X15, (DX)
   611        01553 (struct_return_copy.go:50)	LEAQ	main.arr+928(SP), DX
   619        01561 (struct_return_copy.go:50)	LEAQ	main..autotmp_14+1392(SP), BX
   621        01569 (struct_return_copy.go:50)	MOVUPS	(BX), X14
   625        01573 (struct_return_copy.go:50)	MOVUPS	X14, (DX)
   629        01577 (struct_return_copy.go:50)	MOVUPS	16(BX), X14
   62e        01582 (struct_return_copy.go:50)	MOVUPS	X14, 16(DX)
   633        01587 (struct_return_copy.go:50)	MOVUPS	32(BX), X14
   638        01592 (struct_return_copy.go:50)	MOVUPS	X14, 32(DX)
   63d        01597 (struct_return_copy.go:50)	MOVUPS	48(BX), X14
   642        01602 (struct_return_copy.go:50)	MOVUPS	X14, 48(DX)
   647        01607 (struct_return_copy.go:50)	MOVUPS	64(BX), X14
   64c        01612 (struct_return_copy.go:50)	MOVUPS	X14, 64(DX)
   651        01617 (struct_return_copy.go:50)	MOVUPS	80(BX), X14
   656        01622 (struct_return_copy.go:50)	MOVUPS	X14, 80(DX)
   65b        01627 (struct_return_copy.go:50)	MOVUPS	96(BX), X14
   660        01632 (struct_return_copy.go:50)	MOVUPS	X14, 96(DX)
   665        01637 (struct_return_copy.go:50)	LEAQ	main.arr+1040(SP), DX
   66d        01645 (struct_return_copy.go:50)	MOVUPS	(AX), X14
   671        01649 (struct_return_copy.go:50)	MOVUPS	X14, (DX)
   675        01653 (struct_return_copy.go:50)	MOVUPS	16(AX), X14
   67a        01658 (struct_return_copy.go:50)	MOVUPS	X14, 16(DX)
   67f        01663 (struct_return_copy.go:50)	MOVUPS	32(AX), X14
   684        01668 (struct_return_copy.go:50)	MOVUPS	X14, 32(DX)
   689        01673 (struct_return_copy.go:50)	MOVUPS	48(AX), X14
   68e        01678 (struct_return_copy.go:50)	MOVUPS	X14, 48(DX)
   693        01683 (struct_return_copy.go:50)	MOVUPS	64(AX), X14
   698        01688 (struct_return_copy.go:50)	MOVUPS	X14, 64(DX)
   69d        01693 (struct_return_copy.go:50)	MOVUPS	80(AX), X14
   6a2        01698 (struct_return_copy.go:50)	MOVUPS	X14, 80(DX)
   6a7        01703 (struct_return_copy.go:50)	MOVUPS	96(AX), X14
   6ac        01708 (struct_return_copy.go:50)	MOVUPS	X14, 96(DX)
   6b1        01713 (struct_return_copy.go:50)	LEAQ	main.arr+1152(SP), AX
   6b9        01721 (struct_return_copy.go:50)	LEAQ	main.b+816(SP), DX
   6c1        01729 (struct_return_copy.go:50)	MOVUPS	(DX), X14
   6c5        01733 (struct_return_copy.go:50)	MOVUPS	X14, (AX)
   6c9        01737 (struct_return_copy.go:50)	MOVUPS	16(DX), X14
   6ce        01742 (struct_return_copy.go:50)	MOVUPS	X14, 16(AX)
   6d3        01747 (struct_return_copy.go:50)	MOVUPS	32(DX), X14
   6d8        01752 (struct_return_copy.go:50)	MOVUPS	X14, 32(AX)
   6dd        01757 (struct_return_copy.go:50)	MOVUPS	48(DX), X14
   6e2        01762 (struct_return_copy.go:50)	MOVUPS	X14, 48(AX)
   6e7        01767 (struct_return_copy.go:50)	MOVUPS	64(DX), X14
   6ec        01772 (struct_return_copy.go:50)	MOVUPS	X14, 64(AX)
   6f1        01777 (struct_return_copy.go:50)	MOVUPS	80(DX), X14
   6f6        01782 (struct_return_copy.go:50)	MOVUPS	X14, 80(AX)
   6fb        01787 (struct_return_copy.go:50)	MOVUPS	96(DX), X14
   700        01792 (struct_return_copy.go:50)	MOVUPS	X14, 96(AX)
   705        01797 (struct_return_copy.go:51)	LEAQ	main.copyArr+368(SP), BX
   70d        01805 (struct_return_copy.go:51)	LEAQ	main.arr+928(SP), AX
   715        01813 (struct_return_copy.go:51)	MOVL	$5, DX
   71a        01818 (struct_return_copy.go:51)	MOVUPS	(AX), X14
   71e        01822 (struct_return_copy.go:51)	MOVUPS	X14, (BX)
   722        01826 (struct_return_copy.go:51)	MOVUPS	16(AX), X14
   727        01831 (struct_return_copy.go:51)	MOVUPS	X14, 16(BX)
   72c        01836 (struct_return_copy.go:51)	MOVUPS	32(AX), X14
   731        01841 (struct_return_copy.go:51)	MOVUPS	X14, 32(BX)
   736        01846 (struct_return_copy.go:51)	MOVUPS	48(AX), X14
   73b        01851 (struct_return_copy.go:51)	MOVUPS	X14, 48(BX)
   740        01856 (struct_return_copy.go:51)	ADDQ	$64, AX
   744        01860 (struct_return_copy.go:51)	ADDQ	$64, BX
   748        01864 (struct_return_copy.go:51)	DECL	DX
   74a        01866 (struct_return_copy.go:51)	JNE	1818
   74c        01868 (struct_return_copy.go:51)	MOVUPS	(AX), X14
   750        01872 (struct_return_copy.go:51)	MOVUPS	X14, (BX)
   754        01876 (struct_return_copy.go:52)	MOVQ	$4635118810238550016, AX
   75e        01886 (struct_return_copy.go:52)	MOVQ	AX, main.copyArr+568(SP)
   766        01894 (struct_return_copy.go:53)	MOVSD	main.arr+1128(SP), X0
   76f        01903 (struct_return_copy.go:53)	MOVSD	X0, main..autotmp_41+296(SP)
   778        01912 (<autogenerated>:1)	LEAQ	main.arr+928(SP), AX
   780        01920 (<autogenerated>:1)	LEAQ	main.copyArr+368(SP), BX
   788        01928 (<autogenerated>:1)	PCDATA	$1, $0
   788        01928 (<autogenerated>:1)	CALL	type:.eq.[3M72GGGS](SB)
   78d        01933 (<autogenerated>:1)	MOVB	AL, main..autotmp_50+231(SP)
   794        01940 (struct_return_copy.go:53)	CALL	runtime.printlock(SB)
   799        01945 (struct_return_copy.go:53)	MOVSD	main..autotmp_41+296(SP), X0
   7a2        01954 (struct_return_copy.go:53)	CVTTSD2SQ	X0, AX
   7a7        01959 (struct_return_copy.go:53)	CALL	runtime.printint(SB)
   7ac        01964 (struct_return_copy.go:53)	CALL	runtime.printsp(SB)
   7b1        01969 (struct_return_copy.go:53)	MOVL	$77, AX
   7b6        01974 (struct_return_copy.go:53)	CALL	runtime.printint(SB)
   7bb        01979 (struct_return_copy.go:53)	NOP
   7c0        01984 (struct_return_copy.go:53)	CALL	runtime.printsp(SB)
   7c5        01989 (struct_return_copy.go:53)	MOVBLZX	main..autotmp_50+231(SP), AX
   7cd        01997 (struct_return_copy.go:53)	CALL	runtime.printbool(SB)
   7d2        02002 (struct_return_copy.go:53)	CALL	runtime.printnl(SB)
   7d7        02007 (struct_return_copy.go:53)	CALL	runtime.printunlock(SB)
   7dc        02012 (struct_return_copy.go:58)	MOVQ	main..stmp_1(SB), AX
   7e3        02019 (struct_return_copy.go:58)	CMPQ	main..stmp_2(SB), AX
   7ea        02026 (struct_return_copy.go:58)	JNE	2051
   7ec        02028 (struct_return_copy.go:58)	MOVQ	main..stmp_2+16(SB), DX
   7f3        02035 (struct_return_copy.go:58)	CMPQ	main..stmp_1+16(SB), DX
   7fa        02042 (struct_return_copy.go:58)	JNE	2051
   7fc        02044 (struct_return_copy.go:58)	MOVL	$1, AX
   801        02049 (struct_return_copy.go:58)	JMP	2053
   803        02051 (struct_return_copy.go:58)	XORL	AX, AX
   805        02053 (struct_return_copy.go:58)	MOVB	AL, main..autotmp_50+231(SP)
   80c        02060 (struct_return_copy.go:58)	MOVQ	main..stmp_3(SB), DX
   813        02067 (struct_return_copy.go:58)	CMPQ	main..stmp_4(SB), DX
   81a        02074 (struct_return_copy.go:58)	JNE	2125
   81c        02076 (struct_return_copy.go:58)	MOVQ	main..stmp_3+16(SB), CX
   823        02083 (struct_return_copy.go:58)	CMPQ	main..stmp_4+16(SB), CX
   82a        02090 (struct_return_copy.go:58)	JEQ	2099
   82c        02092 (struct_return_copy.go:58)	MOVL	$1, CX
   831        02097 (struct_return_copy.go:58)	JMP	2130
   833        02099 (struct_return_copy.go:58)	LEAQ	go:string."x"(SB), AX
   83a        02106 (struct_return_copy.go:58)	LEAQ	go:string."y"(SB), BX
   841        02113 (struct_return_copy.go:58)	CALL	runtime.memequal(SB)
   846        02118 (struct_return_copy.go:58)	XORL	$1, AX
   849        02121 (struct_return_copy.go:58)	MOVL	AX, CX
   84b        02123 (struct_return_copy.go:58)	JMP	2130
   84d        02125 (struct_return_copy.go:58)	MOVL	$1, CX
   852        02130 (struct_return_copy.go:58)	MOVB	CL, main..autotmp_51+230(SP)
   859        02137 (struct_return_copy.go:58)	CALL	runtime.printlock(SB)
   85e        02142 (struct_return_copy.go:58)	MOVBLZX	main..autotmp_50+231(SP), AX
   866        02150 (struct_return_copy.go:58)	CALL	runtime.printbool(SB)
   86b        02155 (struct_return_copy.go:58)	CALL	runtime.printsp(SB)
   870        02160 (struct_return_copy.go:58)	MOVBLZX	main..autotmp_51+230(SP), AX
   878        02168 (struct_return_copy.go:58)	CALL	runtime.printbool(SB)
   87d        02173 (struct_return_copy.go:58)	NOP
   880        02176 (struct_return_copy.go:58)	CALL	runtime.printnl(SB)
   885        02181 (struct_return_copy.go:58)	CALL	runtime.printunlock(SB)
   88a        02186 (struct_return_copy.go:59)	ADDQ	$1504, SP
   891        02193 (struct_return_copy.go:59)	POPQ	BP
   892        02194 (struct_return_copy.go:59)	RET
   893        02195 (struct_return_copy.go:59)	NOP
   893        02195 (struct_return_copy.go:43)	PCDATA	$1, $-1
   893        02195 (struct_return_copy.go:43)	PCDATA	$0, $-2
   893        02195 (struct_return_copy.go:43)	CALL	runtime.morestack_noctxt(SB)
   898        02200 (struct_return_copy.go:43)	PCDATA	$0, $-1
   898        02200 (struct_return_copy.go:43)	JMP	0
   89d done
wrote 15 bytes to 0x0
 00 a2 04 02 4d 01 4c 04 53 01 08 01 87 0b 00
-- inlining tree for main.main:
0 | -1 | main.sumTags (struct_return_copy.go:48:55) pc=462
1 | -1 | main.sumTags (struct_return_copy.go:48:67) pc=462
--
funcpctab type:.eq.M72GGGS [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.M72GGGS(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.M72GGGS(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	143
     a        00010 (<autogenerated>:1)	PCDATA	$0, $-1
     a        00010 (<autogenerated>:1)	PUSHQ	BP
     b        00011 (<autogenerated>:1)	MOVQ	SP, BP
     e        00014 (<autogenerated>:1)	SUBQ	$24, SP
    12        00018 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
    12        00018 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M72GGGS.arginfo1(SB)
    12        00018 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M72GGGS.argliveinfo(SB)
    12        00018 (<autogenerated>:1)	PCDATA	$3, $1
    12        00018 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
    17        00023 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
    1c        00028 (<autogenerated>:1)	PCDATA	$3, $-1
    1c        00028 (<autogenerated>:1)	MOVL	$72, CX
    21        00033 (<autogenerated>:1)	PCDATA	$1, $0
    21        00033 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    26        00038 (<autogenerated>:1)	TESTB	AL, AL
    28        00040 (<autogenerated>:1)	JEQ	135
    2a        00042 (<autogenerated>:1)	MOVQ	main.p+40(SP), DX
    2f        00047 (<autogenerated>:1)	MOVSD	72(DX), X0
    34        00052 (<autogenerated>:1)	MOVQ	main.q+48(SP), SI
    39        00057 (<autogenerated>:1)	MOVSD	72(SI), X1
    3e        00062 (<autogenerated>:1)	UCOMISD	X0, X1
    42        00066 (<autogenerated>:1)	JNE	135
    44        00068 (<autogenerated>:1)	JPS	135
    46        00070 (<autogenerated>:1)	MOVSD	80(DX), X0
    4b        00075 (<autogenerated>:1)	MOVSD	80(SI), X1
    50        00080 (<autogenerated>:1)	UCOMISD	X1, X0
    54        00084 (<autogenerated>:1)	JNE	135
    56        00086 (<autogenerated>:1)	JPS	135
    58        00088 (<autogenerated>:1)	MOVSD	88(DX), X0
    5d        00093 (<autogenerated>:1)	MOVSD	88(SI), X1
    62        00098 (<autogenerated>:1)	UCOMISD	X1, X0
    66        00102 (<autogenerated>:1)	JNE	135
    68        00104 (<autogenerated>:1)	JPS	135
    6a        00106 (<autogenerated>:1)	MOVQ	104(DX), CX
    6e        00110 (<autogenerated>:1)	CMPQ	104(SI), CX
    72        00114 (<autogenerated>:1)	JNE	135
    74        00116 (<autogenerated>:1)	MOVQ	96(DX), AX
    78        00120 (<autogenerated>:1)	MOVQ	96(SI), BX
    7c        00124 (<autogenerated>:1)	PCDATA	$1, $1
    7c        00124 (<autogenerated>:1)	NOP
    80        00128 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    85        00133 (<autogenerated>:1)	JMP	137
    87        00135 (<autogenerated>:1)	XORL	AX, AX
    89        00137 (<autogenerated>:1)	ADDQ	$24, SP
    8d        00141 (<autogenerated>:1)	POPQ	BP
    8e        00142 (<autogenerated>:1)	RET
    8f        00143 (<autogenerated>:1)	NOP
    8f        00143 (<autogenerated>:1)	PCDATA	$1, $-1
    8f        00143 (<autogenerated>:1)	PCDATA	$0, $-2
    8f        00143 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    94        00148 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    99        00153 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    9e        00158 (<autogenerated>:1)	PCDATA	$0, $-1
    9e        00158 (<autogenerated>:1)	MOVQ	8(SP), AX
    a3        00163 (<autogenerated>:1)	MOVQ	16(SP), BX
    a8        00168 (<autogenerated>:1)	JMP	0
    ad done
wrote 4 bytes to 0x0
 00 ad 01 00
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
funcpctab type:.eq.[3M72GGGS] [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.[3M72GGGS](SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.[3M72GGGS](SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	95
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.[3M72GGGS].arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.[3M72GGGS].argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $-1
    18        00024 (<autogenerated>:1)	XORL	CX, CX
    1a        00026 (<autogenerated>:1)	JMP	47
    1c        00028 (<autogenerated>:1)	MOVQ	main..autotmp_7+16(SP), CX
    21        00033 (<autogenerated>:1)	ADDQ	$112, CX
    25        00037 (<autogenerated>:1)	MOVQ	main.p+40(SP), AX
    2a        00042 (<autogenerated>:1)	MOVQ	main.q+48(SP), BX
    2f        00047 (<autogenerated>:1)	CMPQ	CX, $336
    36        00054 (<autogenerated>:1)	JCC	84
    38        00056 (<autogenerated>:1)	MOVQ	CX, main..autotmp_7+16(SP)
    3d        00061 (<autogenerated>:1)	ADDQ	CX, AX
    40        00064 (<autogenerated>:1)	ADDQ	CX, BX
    43        00067 (<autogenerated>:1)	PCDATA	$1, $0
    43        00067 (<autogenerated>:1)	CALL	type:.eq.M72GGGS(SB)
    48        00072 (<autogenerated>:1)	TESTB	AL, AL
    4a        00074 (<autogenerated>:1)	JNE	28
    4c        00076 (<autogenerated>:1)	XORL	AX, AX
    4e        00078 (<autogenerated>:1)	ADDQ	$24, SP
    52        00082 (<autogenerated>:1)	POPQ	BP
    53        00083 (<autogenerated>:1)	RET
    54        00084 (<autogenerated>:1)	MOVL	$1, AX
    59        00089 (<autogenerated>:1)	ADDQ	$24, SP
    5d        00093 (<autogenerated>:1)	POPQ	BP
    5e        00094 (<autogenerated>:1)	RET
    5f        00095 (<autogenerated>:1)	NOP
    5f        00095 (<autogenerated>:1)	PCDATA	$1, $-1
    5f        00095 (<autogenerated>:1)	PCDATA	$0, $-2
    5f        00095 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    64        00100 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    69        00105 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    6e        00110 (<autogenerated>:1)	PCDATA	$0, $-1
    6e        00110 (<autogenerated>:1)	MOVQ	8(SP), AX
    73        00115 (<autogenerated>:1)	MOVQ	16(SP), BX
    78        00120 (<autogenerated>:1)	JMP	0
    7a done
wrote 3 bytes to 0x0
 00 7a 00
funcpctab type:.eq.GGG [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.GGG(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.GGG(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.GGG.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.GGG.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVSD	(BX), X0
     4        00004 (<autogenerated>:1)	MOVSD	(AX), X1
     8        00008 (<autogenerated>:1)	UCOMISD	X1, X0
     c        00012 (<autogenerated>:1)	JNE	59
     e        00014 (<autogenerated>:1)	JPS	59
    10        00016 (<autogenerated>:1)	MOVSD	8(AX), X0
    15        00021 (<autogenerated>:1)	MOVSD	8(BX), X1
    1a        00026 (<autogenerated>:1)	UCOMISD	X1, X0
    1e        00030 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	JNE	59
    22        00034 (<autogenerated>:1)	JPS	59
    24        00036 (<autogenerated>:1)	MOVSD	16(AX), X0
    29        00041 (<autogenerated>:1)	MOVSD	16(BX), X1
    2e        00046 (<autogenerated>:1)	UCOMISD	X0, X1
    32        00050 (<autogenerated>:1)	SETEQ	AL
    35        00053 (<autogenerated>:1)	SETPC	CL
    38        00056 (<autogenerated>:1)	ANDL	CX, AX
    3a        00058 (<autogenerated>:1)	RET
    3b        00059 (<autogenerated>:1)	XORL	AX, AX
    3d        00061 (<autogenerated>:1)	RET
    3e done
wrote 3 bytes to 0x0
 00 3e 00
funcpctab main.makeBig [valfunc=pctoinline]
     0     -1 00000 (struct_return_copy.go:17)	TEXT	main.makeBig(SB), NOSPLIT|ABIInternal, $120-120
     0        00000 (struct_return_copy.go:17)	TEXT	main.makeBig(SB), NOSPLIT|ABIInternal, $120-120
     0     -1 00000 (struct_return_copy.go:17)	PUSHQ	BP
     1        00001 (struct_return_copy.go:17)	MOVQ	SP, BP
     4        00004 (struct_return_copy.go:17)	SUBQ	$112, SP
     8        00008 (struct_return_copy.go:17)	FUNCDATA	$0, gclocals·Gj18ycJYHmara2CgGSGEkA==(SB)
     8        00008 (struct_return_copy.go:17)	FUNCDATA	$1, gclocals·XC93VybxMrWnsIHcYy37FQ==(SB)
     8        00008 (struct_return_copy.go:17)	FUNCDATA	$5, main.makeBig.arginfo1(SB)
     8        00008 (struct_return_copy.go:17)	FUNCDATA	$6, main.makeBig.argliveinfo(SB)
     8        00008 (struct_return_copy.go:17)	PCDATA	$3, $1
     8        00008 (struct_return_copy.go:17)	LEAQ	main.~r0+128(SP), CX
    10        00016 (struct_return_copy.go:17)	MOVUPS	X15, (CX)
    14        00020 (struct_return_copy.go:17)	MOVUPS	X15, 16(CX)
    19        00025 (struct_return_copy.go:17)	MOVUPS	X15, 32(CX)
    1e        00030 (struct_return_copy.go:17)	MOVUPS	X15, 48(CX)
    23        00035 (struct_return_copy.go:17)	MOVUPS	X15, 64(CX)
    28        00040 (struct_return_copy.go:17)	MOVUPS	X15, 80(CX)
    2d        00045 (struct_return_copy.go:17)	MOVUPS	X15, 96(CX)
    32        00050 (struct_return_copy.go:18)	LEAQ	main.b(SP), DX
    36        00054 (struct_return_copy.go:18)	MOVUPS	X15, (DX)
    3a        00058 (struct_return_copy.go:18)	MOVUPS	X15, 16(DX)
    3f        00063 (struct_return_copy.go:18)	MOVUPS	X15, 32(DX)
    44        00068 (struct_return_copy.go:18)	MOVUPS	X15, 48(DX)
    49        00073 (struct_return_copy.go:18)	MOVUPS	X15, 64(DX)
    4e        00078 (struct_return_copy.go:18)	MOVUPS	X15, 80(DX)
    53        00083 (struct_return_copy.go:18)	MOVUPS	X15, 96(DX)
    58        00088 (struct_return_copy.go:19)	MOVQ	AX, main.b(SP)
    5c        00092 (struct_return_copy.go:20)	XORL	BX, BX
    5e        00094 (struct_return_copy.go:20)	NOP
    60        00096 (struct_return_copy.go:20)	JMP	113
    62        00098 (struct_return_copy.go:21)	MOVQ	BX, SI
    65        00101 (struct_return_copy.go:21)	IMULQ	AX, SI
    69        00105 (struct_return_copy.go:21)	MOVQ	SI, main.b+8(SP)(BX*8)
    6e        00110 (struct_return_copy.go:20)	INCQ	BX
    71        00113 (struct_return_copy.go:20)	CMPQ	BX, $8
    75        00117 (struct_return_copy.go:20)	JLT	98
    77        00119 (struct_return_copy.go:23)	MOVQ	$4607182418800017408, BX
    81        00129 (struct_return_copy.go:23)	MOVQ	BX, main.b+72(SP)
    86        00134 (struct_return_copy.go:23)	MOVQ	$4611686018427387904, BX
    90        00144 (struct_return_copy.go:23)	MOVQ	BX, main.b+80(SP)
    95        00149 (struct_return_copy.go:23)	XORPS	X0, X0
    98        00152 (struct_return_copy.go:23)	CVTSQ2SD	AX, X0
    9d        00157 (struct_return_copy.go:23)	MOVSD	X0, main.b+88(SP)
    a3        00163 (struct_return_copy.go:24)	LEAQ	go:string."big"(SB), AX
    aa        00170 (struct_return_copy.go:24)	MOVQ	AX, main.b+96(SP)
    af        00175 (struct_return_copy.go:24)	MOVQ	$3, main.b+104(SP)
    b8        00184 (struct_return_copy.go:25)	MOVUPS	(DX), X14
    bc        00188 (struct_return_copy.go:25)	MOVUPS	X14, (CX)
    c0        00192 (struct_return_copy.go:25)	MOVUPS	16(DX), X14
    c5        00197 (struct_return_copy.go:25)	MOVUPS	X14, 16(CX)
    ca        00202 (struct_return_copy.go:25)	MOVUPS	32(DX), X14
    cf        00207 (struct_return_copy.go:25)	MOVUPS	X14, 32(CX)
    d4        00212 (struct_return_copy.go:25)	MOVUPS	48(DX), X14
    d9        00217 (struct_return_copy.go:25)	MOVUPS	X14, 48(CX)
    de        00222 (struct_return_copy.go:25)	MOVUPS	64(DX), X14
    e3        00227 (struct_return_copy.go:25)	MOVUPS	X14, 64(CX)
    e8        00232 (struct_return_copy.go:25)	MOVUPS	80(DX), X14
    ed        00237 (struct_return_copy.go:25)	MOVUPS	X14, 80(CX)
    f2        00242 (struct_return_copy.go:25)	MOVUPS	96(DX), X14
    f7        00247 (struct_return_copy.go:25)	MOVUPS	X14, 96(CX)
    fc        00252 (struct_return_copy.go:25)	ADDQ	$112, SP
   100        00256 (struct_return_copy.go:25)	POPQ	BP
   101        00257 (struct_return_copy.go:25)	RET
   102 done
wrote 4 bytes to 0x0
 00 82 02 00
funcpctab main.sumTags [valfunc=pctoinline]
     0     -1 00000 (struct_return_copy.go:35)	TEXT	main.sumTags(SB), NOSPLIT|ABIInternal, $72-112
     0        00000 (struct_return_copy.go:35)	TEXT	main.sumTags(SB), NOSPLIT|ABIInternal, $72-112
     0     -1 00000 (struct_return_copy.go:35)	PUSHQ	BP
     1        00001 (struct_return_copy.go:35)	MOVQ	SP, BP
     4        00004 (struct_return_copy.go:35)	SUBQ	$64, SP
     8        00008 (struct_return_copy.go:35)	FUNCDATA	$0, gclocals·451EEpZlXHNA5crqDanKcg==(SB)
     8        00008 (struct_return_copy.go:35)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     8        00008 (struct_return_copy.go:35)	FUNCDATA	$5, main.sumTags.arginfo1(SB)
     8        00008 (struct_return_copy.go:37)	LEAQ	main..autotmp_4(SP), CX
     c        00012 (struct_return_copy.go:37)	LEAQ	main.b+88(SP), DX
    11        00017 (struct_return_copy.go:37)	MOVUPS	(DX), X14
    15        00021 (struct_return_copy.go:37)	MOVUPS	X14, (CX)
    19        00025 (struct_return_copy.go:37)	MOVUPS	16(DX), X14
    1e        00030 (struct_return_copy.go:37)	MOVUPS	X14, 16(CX)
    23        00035 (struct_return_copy.go:37)	MOVUPS	32(DX), X14
    28        00040 (struct_return_copy.go:37)	MOVUPS	X14, 32(CX)
    2d        00045 (struct_return_copy.go:37)	MOVUPS	48(DX), X14
    32        00050 (struct_return_copy.go:37)	MOVUPS	X14, 48(CX)
    37        00055 (struct_return_copy.go:37)	XORL	CX, CX
    39        00057 (struct_return_copy.go:37)	XORL	AX, AX
    3b        00059 (struct_return_copy.go:37)	JMP	68
    3d        00061 (struct_return_copy.go:38)	ADDQ	main..autotmp_4(SP)(CX*8), AX
    41        00065 (struct_return_copy.go:37)	INCQ	CX
    44        00068 (struct_return_copy.go:37)	CMPQ	CX, $8
    48        00072 (struct_return_copy.go:37)	JLT	61
    4a        00074 (struct_return_copy.go:40)	ADDQ	$64, SP
    4e        00078 (struct_return_copy.go:40)	POPQ	BP
    4f        00079 (struct_return_copy.go:40)	RET
    50 done
wrote 3 bytes to 0x0
 00 50 00
funcpctab main.mutate [valfunc=pctoinline]
     0     -1 00000 (struct_return_copy.go:29)	TEXT	main.mutate(SB), ABIInternal, $48-224
     0        00000 (struct_return_copy.go:29)	TEXT	main.mutate(SB), ABIInternal, $48-224
     0     -1 00000 (struct_return_copy.go:29)	CMPQ	SP, 16(R14)
     4        00004 (struct_return_copy.go:29)	PCDATA	$0, $-2
     4        00004 (struct_return_copy.go:29)	JLS	207
     a        00010 (struct_return_copy.go:29)	PCDATA	$0, $-1
     a        00010 (struct_return_copy.go:29)	PUSHQ	BP
     b        00011 (struct_return_copy.go:29)	MOVQ	SP, BP
     e        00014 (struct_return_copy.go:29)	SUBQ	$40, SP
    12        00018 (struct_return_copy.go:29)	FUNCDATA	$0, gclocals·z9lwkReKsQC60kja2XGuzQ==(SB)
    12        00018 (struct_return_copy.go:29)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (struct_return_copy.go:29)	FUNCDATA	$5, main.mutate.arginfo1(SB)
    12        00018 (struct_return_copy.go:29)	LEAQ	main.~r0+168(SP), DX
    1a        00026 (struct_return_copy.go:29)	MOVUPS	X15, (DX)
    1e        00030 (struct_return_copy.go:29)	MOVUPS	X15, 16(DX)
    23        00035 (struct_return_copy.go:29)	MOVUPS	X15, 32(DX)
    28        00040 (struct_return_copy.go:29)	MOVUPS	X15, 48(DX)
    2d        00045 (struct_return_copy.go:29)	MOVUPS	X15, 64(DX)
    32        00050 (struct_return_copy.go:29)	MOVUPS	X15, 80(DX)
    37        00055 (struct_return_copy.go:29)	MOVUPS	X15, 96(DX)
    3c        00060 (struct_return_copy.go:30)	MOVQ	$999, main.b+64(SP)
    45        00069 (struct_return_copy.go:31)	MOVQ	main.b+152(SP), BX
    4d        00077 (struct_return_copy.go:31)	MOVQ	main.b+160(SP), CX
    55        00085 (struct_return_copy.go:31)	XORL	AX, AX
    57        00087 (struct_return_copy.go:31)	LEAQ	go:string."!"(SB), DI
    5e        00094 (struct_return_copy.go:31)	MOVL	$1, SI
    63        00099 (struct_return_copy.go:31)	PCDATA	$1, $0
    63        00099 (struct_return_copy.go:31)	CALL	runtime.concatstring2(SB)
    68        00104 (struct_return_copy.go:31)	MOVQ	AX, main.b+152(SP)
    70        00112 (struct_return_copy.go:31)	MOVQ	BX, main.b+160(SP)
    78        00120 (struct_return_copy.go:32)	LEAQ	main.~r0+168(SP), DX
    80        00128 (struct_return_copy.go:32)	LEAQ	main.b+56(SP), R8
    85        00133 (struct_return_copy.go:32)	MOVUPS	(R8), X14
    89        00137 (struct_return_copy.go:32)	MOVUPS	X14, (DX)
    8d        00141 (struct_return_copy.go:32)	MOVUPS	16(R8), X14
    92        00146 (struct_return_copy.go:32)	MOVUPS	X14, 16(DX)
    97        00151 (struct_return_copy.go:32)	MOVUPS	32(R8), X14
    9c        00156 (struct_return_copy.go:32)	MOVUPS	X14, 32(DX)
    a1        00161 (struct_return_copy.go:32)	MOVUPS	48(R8), X14
    a6        00166 (struct_return_copy.go:32)	MOVUPS	X14, 48(DX)
    ab        00171 (struct_return_copy.go:32)	MOVUPS	64(R8), X14
    b0        00176 (struct_return_copy.go:32)	MOVUPS	X14, 64(DX)
    b5        00181 (struct_return_copy.go:32)	MOVUPS	80(R8), X14
    ba        00186 (struct_return_copy.go:32)	MOVUPS	X14, 80(DX)
    bf        00191 (struct_return_copy.go:32)	MOVUPS	96(R8), X14
    c4        00196 (struct_return_copy.go:32)	MOVUPS	X14, 96(DX)
    c9        00201 (struct_return_copy.go:32)	ADDQ	$40, SP
    cd        00205 (struct_return_copy.go:32)	POPQ	BP
    ce        00206 (struct_return_copy.go:32)	RET
    cf        00207 (struct_return_copy.go:32)	NOP
    cf        00207 (struct_return_copy.go:29)	PCDATA	$1, $-1
    cf        00207 (struct_return_copy.go:29)	PCDATA	$0, $-2
    cf        00207 (struct_return_copy.go:29)	CALL	runtime.morestack_noctxt(SB)
    d4        00212 (struct_return_copy.go:29)	PCDATA	$0, $-1
    d4        00212 (struct_return_copy.go:29)	JMP	0
    d9 done
wrote 4 bytes to 0x0
 00 d9 01 00
funcpctab main.addVec [valfunc=pctoinline]
     0     -1 00000 (struct_return_copy.go:14)	TEXT	main.addVec(SB), NOSPLIT|NOFRAME|ABIInternal, $0-48
     0        00000 (struct_return_copy.go:14)	TEXT	main.addVec(SB), NOSPLIT|NOFRAME|ABIInternal, $0-48
     0        00000 (struct_return_copy.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (struct_return_copy.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (struct_return_copy.go:14)	FUNCDATA	$5, main.addVec.arginfo1(SB)
     0        00000 (struct_return_copy.go:14)	FUNCDATA	$6, main.addVec.argliveinfo(SB)
     0        00000 (struct_return_copy.go:14)	PCDATA	$3, $1
     0     -1 00000 (struct_return_copy.go:14)	ADDSD	X3, X0
     4        00004 (struct_return_copy.go:14)	ADDSD	X4, X1
     8        00008 (struct_return_copy.go:14)	ADDSD	X5, X2
     c        00012 (struct_return_copy.go:14)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
main.addVec STEXT nosplit size=13 align=0x0 args=0x30 locals=0x0 funcid=0x0
	0x0000 00000 (struct_return_copy.go:14)	TEXT	main.addVec(SB), NOSPLIT|NOFRAME|ABIInternal, $0-48
	0x0000 00000 (struct_return_copy.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (struct_return_copy.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (struct_return_copy.go:14)	FUNCDATA	$5, main.addVec.arginfo1(SB)
	0x0000 00000 (struct_return_copy.go:14)	FUNCDATA	$6, main.addVec.argliveinfo(SB)
	0x0000 00000 (struct_return_copy.go:14)	PCDATA	$3, $1
	0x0000 00000 (struct_return_copy.go:14)	ADDSD	X3, X0
	0x0004 00004 (struct_return_copy.go:14)	ADDSD	X4, X1
	0x0008 00008 (struct_return_copy.go:14)	ADDSD	X5, X2
	0x000c 00012 (struct_return_copy.go:14)	RET
	0x0000 f2 0f 58 c3 f2 0f 58 cc f2 0f 58 d5 c3           ..X...X...X..
main.makeBig STEXT nosplit size=258 align=0x0 args=0x78 locals=0x78 funcid=0x0
	0x0000 00000 (struct_return_copy.go:17)	TEXT	main.makeBig(SB), NOSPLIT|ABIInternal, $120-120
	0x0000 00000 (struct_return_copy.go:17)	PUSHQ	BP
	0x0001 00001 (struct_return_copy.go:17)	MOVQ	SP, BP
	0x0004 00004 (struct_return_copy.go:17)	SUBQ	$112, SP
	0x0008 00008 (struct_return_copy.go:17)	FUNCDATA	$0, gclocals·Gj18ycJYHmara2CgGSGEkA==(SB)
	0x0008 00008 (struct_return_copy.go:17)	FUNCDATA	$1, gclocals·XC93VybxMrWnsIHcYy37FQ==(SB)
	0x0008 00008 (struct_return_copy.go:17)	FUNCDATA	$5, main.makeBig.arginfo1(SB)
	0x0008 00008 (struct_return_copy.go:17)	FUNCDATA	$6, main.makeBig.argliveinfo(SB)
	0x0008 00008 (struct_return_copy.go:17)	PCDATA	$3, $1
	0x0008 00008 (struct_return_copy.go:17)	LEAQ	main.~r0+128(SP), CX
	0x0010 00016 (struct_return_copy.go:17)	MOVUPS	X15, (CX)
	0x0014 00020 (struct_return_copy.go:17)	MOVUPS	X15, 16(CX)
	0x0019 00025 (struct_return_copy.go:17)	MOVUPS	X15, 32(CX)
	0x001e 00030 (struct_return_copy.go:17)	MOVUPS	X15, 48(CX)
	0x0023 00035 (struct_return_copy.go:17)	MOVUPS	X15, 64(CX)
	0x0028 00040 (struct_return_copy.go:17)	MOVUPS	X15, 80(CX)
	0x002d 00045 (struct_return_copy.go:17)	MOVUPS	X15, 96(CX)
	0x0032 00050 (struct_return_copy.go:18)	LEAQ	main.b(SP), DX
	0x0036 00054 (struct_return_copy.go:18)	MOVUPS	X15, (DX)
	0x003a 00058 (struct_return_copy.go:18)	MOVUPS	X15, 16(DX)
	0x003f 00063 (struct_return_copy.go:18)	MOVUPS	X15, 32(DX)
	0x0044 00068 (struct_return_copy.go:18)	MOVUPS	X15, 48(DX)
	0x0049 00073 (struct_return_copy.go:18)	MOVUPS	X15, 64(DX)
	0x004e 00078 (struct_return_copy.go:18)	MOVUPS	X15, 80(DX)
	0x0053 00083 (struct_return_copy.go:18)	MOVUPS	X15, 96(DX)
	0x0058 00088 (struct_return_copy.go:19)	MOVQ	AX, main.b(SP)
	0x005c 00092 (struct_return_copy.go:20)	XORL	BX, BX
	0x005e 00094 (struct_return_copy.go:20)	NOP
	0x0060 00096 (struct_return_copy.go:20)	JMP	113
	0x0062 00098 (struct_return_copy.go:21)	MOVQ	BX, SI
	0x0065 00101 (struct_return_copy.go:21)	IMULQ	AX, SI
	0x0069 00105 (struct_return_copy.go:21)	MOVQ	SI, main.b+8(SP)(BX*8)
	0x006e 00110 (struct_return_copy.go:20)	INCQ	BX
	0x0071 00113 (struct_return_copy.go:20)	CMPQ	BX, $8
	0x0075 00117 (struct_return_copy.go:20)	JLT	98
	0x0077 00119 (struct_return_copy.go:23)	MOVQ	$4607182418800017408, BX
	0x0081 00129 (struct_return_copy.go:23)	MOVQ	BX, main.b+72(SP)
	0x0086 00134 (struct_return_copy.go:23)	MOVQ	$4611686018427387904, BX
	0x0090 00144 (struct_return_copy.go:23)	MOVQ	BX, main.b+80(SP)
	0x0095 00149 (struct_return_copy.go:23)	XORPS	X0, X0
	0x0098 00152 (struct_return_copy.go:23)	CVTSQ2SD	AX, X0
	0x009d 00157 (struct_return_copy.go:23)	MOVSD	X0, main.b+88(SP)
	0x00a3 00163 (struct_return_copy.go:24)	LEAQ	go:string."big"(SB), AX
	0x00aa 00170 (struct_return_copy.go:24)	MOVQ	AX, main.b+96(SP)
	0x00af 00175 (struct_return_copy.go:24)	MOVQ	$3, main.b+104(SP)
	0x00b8 00184 (struct_return_copy.go:25)	MOVUPS	(DX), X14
	0x00bc 00188 (struct_return_copy.go:25)	MOVUPS	X14, (CX)
	0x00c0 00192 (struct_return_copy.go:25)	MOVUPS	16(DX), X14
	0x00c5 00197 (struct_return_copy.go:25)	MOVUPS	X14, 16(CX)
	0x00ca 00202 (struct_return_copy.go:25)	MOVUPS	32(DX), X14
	0x00cf 00207 (struct_return_copy.go:25)	MOVUPS	X14, 32(CX)
	0x00d4 00212 (struct_return_copy.go:25)	MOVUPS	48(DX), X14
	0x00d9 00217 (struct_return_copy.go:25)	MOVUPS	X14, 48(CX)
	0x00de 00222 (struct_return_copy.go:25)	MOVUPS	64(DX), X14
	0x00e3 00227 (struct_return_copy.go:25)	MOVUPS	X14, 64(CX)
	0x00e8 00232 (struct_return_copy.go:25)	MOVUPS	80(DX), X14
	0x00ed 00237 (struct_return_copy.go:25)	MOVUPS	X14, 80(CX)
	0x00f2 00242 (struct_return_copy.go:25)	MOVUPS	96(DX), X14
	0x00f7 00247 (struct_return_copy.go:25)	MOVUPS	X14, 96(CX)
	0x00fc 00252 (struct_return_copy.go:25)	ADDQ	$112, SP
	0x0100 00256 (struct_return_copy.go:25)	POPQ	BP
	0x0101 00257 (struct_return_copy.go:25)	RET
	0x0000 55 48 89 e5 48 83 ec 70 48 8d 8c 24 80 00 00 00  UH..H..pH..$....
	0x0010 44 0f 11 39 44 0f 11 79 10 44 0f 11 79 20 44 0f  D..9D..y.D..y D.
	0x0020 11 79 30 44 0f 11 79 40 44 0f 11 79 50 44 0f 11  .y0D..y@D..yPD..
	0x0030 79 60 48 8d 14 24 44 0f 11 3a 44 0f 11 7a 10 44  y`H..$D..:D..z.D
	0x0040 0f 11 7a 20 44 0f 11 7a 30 44 0f 11 7a 40 44 0f  ..z D..z0D..z@D.
	0x0050 11 7a 50 44 0f 11 7a 60 48 89 04 24 31 db 66 90  .zPD..z`H..$1.f.
	0x0060 eb 0f 48 89 de 48 0f af f0 48 89 74 dc 08 48 ff  ..H..H...H.t..H.
	0x0070 c3 48 83 fb 08 7c eb 48 bb 00 00 00 00 00 00 f0  .H...|.H........
	0x0080 3f 48 89 5c 24 48 48 bb 00 00 00 00 00 00 00 40  ?H.\$HH........@
	0x0090 48 89 5c 24 50 0f 57 c0 f2 48 0f 2a c0 f2 0f 11  H.\$P.W..H.*....
	0x00a0 44 24 58 48 8d 05 00 00 00 00 48 89 44 24 60 48  D$XH......H.D$`H
	0x00b0 c7 44 24 68 03 00 00 00 44 0f 10 32 44 0f 11 31  .D$h....D..2D..1
	0x00c0 44 0f 10 72 10 44 0f 11 71 10 44 0f 10 72 20 44  D..r.D..q.D..r D
	0x00d0 0f 11 71 20 44 0f 10 72 30 44 0f 11 71 30 44 0f  ..q D..r0D..q0D.
	0x00e0 10 72 40 44 0f 11 71 40 44 0f 10 72 50 44 0f 11  .r@D..q@D..rPD..
	0x00f0 71 50 44 0f 10 72 60 44 0f 11 71 60 48 83 c4 70  qPD..r`D..q`H..p
	0x0100 5d c3                                            ].
	rel 166+4 t=R_PCREL go:string."big"+0
main.mutate STEXT size=217 align=0x0 args=0xe0 locals=0x30 funcid=0x0
	0x0000 00000 (struct_return_copy.go:29)	TEXT	main.mutate(SB), ABIInternal, $48-224
	0x0000 00000 (struct_return_copy.go:29)	CMPQ	SP, 16(R14)
	0x0004 00004 (struct_return_copy.go:29)	PCDATA	$0, $-2
	0x0004 00004 (struct_return_copy.go:29)	JLS	207
	0x000a 00010 (struct_return_copy.go:29)	PCDATA	$0, $-1
	0x000a 00010 (struct_return_copy.go:29)	PUSHQ	BP
	0x000b 00011 (struct_return_copy.go:29)	MOVQ	SP, BP
	0x000e 00014 (struct_return_copy.go:29)	SUBQ	$40, SP
	0x0012 00018 (struct_return_copy.go:29)	FUNCDATA	$0, gclocals·z9lwkReKsQC60kja2XGuzQ==(SB)
	0x0012 00018 (struct_return_copy.go:29)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (struct_return_copy.go:29)	FUNCDATA	$5, main.mutate.arginfo1(SB)
	0x0012 00018 (struct_return_copy.go:29)	LEAQ	main.~r0+168(SP), DX
	0x001a 00026 (struct_return_copy.go:29)	MOVUPS	X15, (DX)
	0x001e 00030 (struct_return_copy.go:29)	MOVUPS	X15, 16(DX)
	0x0023 00035 (struct_return_copy.go:29)	MOVUPS	X15, 32(DX)
	0x0028 00040 (struct_return_copy.go:29)	MOVUPS	X15, 48(DX)
	0x002d 00045 (struct_return_copy.go:29)	MOVUPS	X15, 64(DX)
	0x0032 00050 (struct_return_copy.go:29)	MOVUPS	X15, 80(DX)
	0x0037 00055 (struct_return_copy.go:29)	MOVUPS	X15, 96(DX)
	0x003c 00060 (struct_return_copy.go:30)	MOVQ	$999, main.b+64(SP)
	0x0045 00069 (struct_return_copy.go:31)	MOVQ	main.b+152(SP), BX
	0x004d 00077 (struct_return_copy.go:31)	MOVQ	main.b+160(SP), CX
	0x0055 00085 (struct_return_copy.go:31)	XORL	AX, AX
	0x0057 00087 (struct_return_copy.go:31)	LEAQ	go:string."!"(SB), DI
	0x005e 00094 (struct_return_copy.go:31)	MOVL	$1, SI
	0x0063 00099 (struct_return_copy.go:31)	PCDATA	$1, $0
	0x0063 00099 (struct_return_copy.go:31)	CALL	runtime.concatstring2(SB)
	0x0068 00104 (struct_return_copy.go:31)	MOVQ	AX, main.b+152(SP)
	0x0070 00112 (struct_return_copy.go:31)	MOVQ	BX, main.b+160(SP)
	0x0078 00120 (struct_return_copy.go:32)	LEAQ	main.~r0+168(SP), DX
	0x0080 00128 (struct_return_copy.go:32)	LEAQ	main.b+56(SP), R8
	0x0085 00133 (struct_return_copy.go:32)	MOVUPS	(R8), X14
	0x0089 00137 (struct_return_copy.go:32)	MOVUPS	X14, (DX)
	0x008d 00141 (struct_return_copy.go:32)	MOVUPS	16(R8), X14
	0x0092 00146 (struct_return_copy.go:32)	MOVUPS	X14, 16(DX)
	0x0097 00151 (struct_return_copy.go:32)	MOVUPS	32(R8), X14
	0x009c 00156 (struct_return_copy.go:32)	MOVUPS	X14, 32(DX)
	0x00a1 00161 (struct_return_copy.go:32)	MOVUPS	48(R8), X14
	0x00a6 00166 (struct_return_copy.go:32)	MOVUPS	X14, 48(DX)
	0x00ab 00171 (struct_return_copy.go:32)	MOVUPS	64(R8), X14
	0x00b0 00176 (struct_return_copy.go:32)	MOVUPS	X14, 64(DX)
	0x00b5 00181 (struct_return_copy.go:32)	MOVUPS	80(R8), X14
	0x00ba 00186 (struct_return_copy.go:32)	MOVUPS	X14, 80(DX)
	0x00bf 00191 (struct_return_copy.go:32)	MOVUPS	96(R8), X14
	0x00c4 00196 (struct_return_copy.go:32)	MOVUPS	X14, 96(DX)
	0x00c9 00201 (struct_return_copy.go:32)	ADDQ	$40, SP
	0x00cd 00205 (struct_return_copy.go:32)	POPQ	BP
	0x00ce 00206 (struct_return_copy.go:32)	RET
	0x00cf 00207 (struct_return_copy.go:32)	NOP
	0x00cf 00207 (struct_return_copy.go:29)	PCDATA	$1, $-1
	0x00cf 00207 (struct_return_copy.go:29)	PCDATA	$0, $-2
	0x00cf 00207 (struct_return_copy.go:29)	CALL	runtime.morestack_noctxt(SB)
	0x00d4 00212 (struct_return_copy.go:29)	PCDATA	$0, $-1
	0x00d4 00212 (struct_return_copy.go:29)	JMP	0
	0x0000 49 3b 66 10 0f 86 c5 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 28 48 8d 94 24 a8 00 00 00 44 0f 11 3a 44 0f  .(H..$....D..:D.
	0x0020 11 7a 10 44 0f 11 7a 20 44 0f 11 7a 30 44 0f 11  .z.D..z D..z0D..
	0x0030 7a 40 44 0f 11 7a 50 44 0f 11 7a 60 48 c7 44 24  z@D..zPD..z`H.D$
	0x0040 40 e7 03 00 00 48 8b 9c 24 98 00 00 00 48 8b 8c  @....H..$....H..
	0x0050 24 a0 00 00 00 31 c0 48 8d 3d 00 00 00 00 be 01  $....1.H.=......
	0x0060 00 00 00 e8 00 00 00 00 48 89 84 24 98 00 00 00  ........H..$....
	0x0070 48 89 9c 24 a0 00 00 00 48 8d 94 24 a8 00 00 00  H..$....H..$....
	0x0080 4c 8d 44 24 38 45 0f 10 30 44 0f 11 32 45 0f 10  L.D$8E..0D..2E..
	0x0090 70 10 44 0f 11 72 10 45 0f 10 70 20 44 0f 11 72  p.D..r.E..p D..r
	0x00a0 20 45 0f 10 70 30 44 0f 11 72 30 45 0f 10 70 40   E..p0D..r0E..p@
	0x00b0 44 0f 11 72 40 45 0f 10 70 50 44 0f 11 72 50 45  D..r@E..pPD..rPE
	0x00c0 0f 10 70 60 44 0f 11 72 60 48 83 c4 28 5d c3 e8  ..p`D..r`H..(]..
	0x00d0 00 00 00 00 e9 27 ff ff ff                       .....'...
	rel 90+4 t=R_PCREL go:string."!"+0
	rel 100+4 t=R_CALL runtime.concatstring2+0
	rel 208+4 t=R_CALL runtime.morestack_noctxt+0
main.sumTags STEXT nosplit size=80 align=0x0 args=0x70 locals=0x48 funcid=0x0
	0x0000 00000 (struct_return_copy.go:35)	TEXT	main.sumTags(SB), NOSPLIT|ABIInternal, $72-112
	0x0000 00000 (struct_return_copy.go:35)	PUSHQ	BP
	0x0001 00001 (struct_return_copy.go:35)	MOVQ	SP, BP
	0x0004 00004 (struct_return_copy.go:35)	SUBQ	$64, SP
	0x0008 00008 (struct_return_copy.go:35)	FUNCDATA	$0, gclocals·451EEpZlXHNA5crqDanKcg==(SB)
	0x0008 00008 (struct_return_copy.go:35)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0008 00008 (struct_return_copy.go:35)	FUNCDATA	$5, main.sumTags.arginfo1(SB)
	0x0008 00008 (struct_return_copy.go:37)	LEAQ	main..autotmp_4(SP), CX
	0x000c 00012 (struct_return_copy.go:37)	LEAQ	main.b+88(SP), DX
	0x0011 00017 (struct_return_copy.go:37)	MOVUPS	(DX), X14
	0x0015 00021 (struct_return_copy.go:37)	MOVUPS	X14, (CX)
	0x0019 00025 (struct_return_copy.go:37)	MOVUPS	16(DX), X14
	0x001e 00030 (struct_return_copy.go:37)	MOVUPS	X14, 16(CX)
	0x0023 00035 (struct_return_copy.go:37)	MOVUPS	32(DX), X14
	0x0028 00040 (struct_return_copy.go:37)	MOVUPS	X14, 32(CX)
	0x002d 00045 (struct_return_copy.go:37)	MOVUPS	48(DX), X14
	0x0032 00050 (struct_return_copy.go:37)	MOVUPS	X14, 48(CX)
	0x0037 00055 (struct_return_copy.go:37)	XORL	CX, CX
	0x0039 00057 (struct_return_copy.go:37)	XORL	AX, AX
	0x003b 00059 (struct_return_copy.go:37)	JMP	68
	0x003d 00061 (struct_return_copy.go:38)	ADDQ	main..autotmp_4(SP)(CX*8), AX
	0x0041 00065 (struct_return_copy.go:37)	INCQ	CX
	0x0044 00068 (struct_return_copy.go:37)	CMPQ	CX, $8
	0x0048 00072 (struct_return_copy.go:37)	JLT	61
	0x004a 00074 (struct_return_copy.go:40)	ADDQ	$64, SP
	0x004e 00078 (struct_return_copy.go:40)	POPQ	BP
	0x004f 00079 (struct_return_copy.go:40)	RET
	0x0000 55 48 89 e5 48 83 ec 40 48 8d 0c 24 48 8d 54 24  UH..H..@H..$H.T$
	0x0010 58 44 0f 10 32 44 0f 11 31 44 0f 10 72 10 44 0f  XD..2D..1D..r.D.
	0x0020 11 71 10 44 0f 10 72 20 44 0f 11 71 20 44 0f 10  .q.D..r D..q D..
	0x0030 72 30 44 0f 11 71 30 31 c9 31 c0 eb 07 48 03 04  r0D..q01.1...H..
	0x0040 cc 48 ff c1 48 83 f9 08 7c f3 48 83 c4 40 5d c3  .H..H...|.H..@].
main.main STEXT size=2205 align=0x0 args=0x0 locals=0x5e8 funcid=0x0
	0x0000 00000 (struct_return_copy.go:43)	TEXT	main.main(SB), ABIInternal, $1512-0
	0x0000 00000 (struct_return_copy.go:43)	LEAQ	-1384(SP), R12
	0x0008 00008 (struct_return_copy.go:43)	CMPQ	R12, 16(R14)
	0x000c 00012 (struct_return_copy.go:43)	PCDATA	$0, $-2
	0x000c 00012 (struct_return_copy.go:43)	JLS	2195
	0x0012 00018 (struct_return_copy.go:43)	PCDATA	$0, $-1
	0x0012 00018 (struct_return_copy.go:43)	PUSHQ	BP
	0x0013 00019 (struct_return_copy.go:43)	MOVQ	SP, BP
	0x0016 00022 (struct_return_copy.go:43)	SUBQ	$1504, SP
	0x001d 00029 (struct_return_copy.go:43)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
	0x001d 00029 (struct_return_copy.go:43)	FUNCDATA	$1, gclocals·iSNMhkjG8uf5IFG2xptk2g==(SB)
	0x001d 00029 (struct_return_copy.go:43)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (struct_return_copy.go:44)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x0025 00037 (struct_return_copy.go:44)	MOVSD	$f64.4000000000000000(SB), X1
	0x002d 00045 (struct_return_copy.go:44)	MOVSD	$f64.4008000000000000(SB), X2
	0x0035 00053 (struct_return_copy.go:44)	MOVSD	$f64.3fe0000000000000(SB), X3
	0x003d 00061 (struct_return_copy.go:44)	MOVUPS	X3, X4
	0x0040 00064 (struct_return_copy.go:44)	MOVUPS	X3, X5
	0x0043 00067 (struct_return_copy.go:44)	PCDATA	$1, $0
	0x0043 00067 (struct_return_copy.go:44)	CALL	main.addVec(SB)
	0x0048 00072 (struct_return_copy.go:44)	MOVSD	X0, main..autotmp_41+296(SP)
	0x0051 00081 (struct_return_copy.go:44)	MOVSD	X1, main..autotmp_42+288(SP)
	0x005a 00090 (struct_return_copy.go:44)	MOVSD	X2, main..autotmp_43+280(SP)
	0x0063 00099 (struct_return_copy.go:45)	CALL	runtime.printlock(SB)
	0x0068 00104 (struct_return_copy.go:45)	MOVSD	$f64.4024000000000000(SB), X6
	0x0070 00112 (struct_return_copy.go:45)	MOVSD	main..autotmp_41+296(SP), X7
	0x0079 00121 (struct_return_copy.go:45)	MULSD	X7, X6
	0x007d 00125 (struct_return_copy.go:45)	CVTTSD2SQ	X6, AX
	0x0082 00130 (struct_return_copy.go:45)	CALL	runtime.printint(SB)
	0x0087 00135 (struct_return_copy.go:45)	CALL	runtime.printsp(SB)
	0x008c 00140 (struct_return_copy.go:45)	MOVSD	main..autotmp_42+288(SP), X6
	0x0095 00149 (struct_return_copy.go:45)	MOVSD	$f64.4024000000000000(SB), X7
	0x009d 00157 (struct_return_copy.go:45)	MULSD	X6, X7
	0x00a1 00161 (struct_return_copy.go:45)	CVTTSD2SQ	X7, AX
	0x00a6 00166 (struct_return_copy.go:45)	CALL	runtime.printint(SB)
	0x00ab 00171 (struct_return_copy.go:45)	CALL	runtime.printsp(SB)
	0x00b0 00176 (struct_return_copy.go:45)	MOVSD	main..autotmp_43+280(SP), X6
	0x00b9 00185 (struct_return_copy.go:45)	MOVSD	$f64.4024000000000000(SB), X7
	0x00c1 00193 (struct_return_copy.go:45)	MULSD	X6, X7
	0x00c5 00197 (struct_return_copy.go:45)	CVTTSD2SQ	X7, AX
	0x00ca 00202 (struct_return_copy.go:45)	CALL	runtime.printint(SB)
	0x00cf 00207 (struct_return_copy.go:45)	CALL	runtime.printnl(SB)
	0x00d4 00212 (struct_return_copy.go:45)	CALL	runtime.printunlock(SB)
	0x00d9 00217 (struct_return_copy.go:46)	MOVL	$3, AX
	0x00de 00222 (struct_return_copy.go:46)	NOP
	0x00e0 00224 (struct_return_copy.go:46)	CALL	main.makeBig(SB)
	0x00e5 00229 (struct_return_copy.go:46)	LEAQ	main.b+816(SP), AX
	0x00ed 00237 (struct_return_copy.go:46)	MOVQ	SP, CX
	0x00f0 00240 (struct_return_copy.go:46)	MOVUPS	(CX), X14
	0x00f4 00244 (struct_return_copy.go:46)	MOVUPS	X14, (AX)
	0x00f8 00248 (struct_return_copy.go:46)	MOVUPS	16(CX), X14
	0x00fd 00253 (struct_return_copy.go:46)	MOVUPS	X14, 16(AX)
	0x0102 00258 (struct_return_copy.go:46)	MOVUPS	32(CX), X14
	0x0107 00263 (struct_return_copy.go:46)	MOVUPS	X14, 32(AX)
	0x010c 00268 (struct_return_copy.go:46)	MOVUPS	48(CX), X14
	0x0111 00273 (struct_return_copy.go:46)	MOVUPS	X14, 48(AX)
	0x0116 00278 (struct_return_copy.go:46)	MOVUPS	64(CX), X14
	0x011b 00283 (struct_return_copy.go:46)	MOVUPS	X14, 64(AX)
	0x0120 00288 (struct_return_copy.go:46)	MOVUPS	80(CX), X14
	0x0125 00293 (struct_return_copy.go:46)	MOVUPS	X14, 80(AX)
	0x012a 00298 (struct_return_copy.go:46)	MOVUPS	96(CX), X14
	0x012f 00303 (struct_return_copy.go:46)	MOVUPS	X14, 96(AX)
	0x0134 00308 (struct_return_copy.go:47)	MOVUPS	(AX), X14
	0x0138 00312 (struct_return_copy.go:47)	MOVUPS	X14, (CX)
	0x013c 00316 (struct_return_copy.go:47)	MOVUPS	16(AX), X14
	0x0141 00321 (struct_return_copy.go:47)	MOVUPS	X14, 16(CX)
	0x0146 00326 (struct_return_copy.go:47)	MOVUPS	32(AX), X14
	0x014b 00331 (struct_return_copy.go:47)	MOVUPS	X14, 32(CX)
	0x0150 00336 (struct_return_copy.go:47)	MOVUPS	48(AX), X14
	0x0155 00341 (struct_return_copy.go:47)	MOVUPS	X14, 48(CX)
	0x015a 00346 (struct_return_copy.go:47)	MOVUPS	64(AX), X14
	0x015f 00351 (struct_return_copy.go:47)	MOVUPS	X14, 64(CX)
	0x0164 00356 (struct_return_copy.go:47)	MOVUPS	80(AX), X14
	0x0169 00361 (struct_return_copy.go:47)	MOVUPS	X14, 80(CX)
	0x016e 00366 (struct_return_copy.go:47)	MOVUPS	96(AX), X14
	0x0173 00371 (struct_return_copy.go:47)	MOVUPS	X14, 96(CX)
	0x0178 00376 (struct_return_copy.go:47)	PCDATA	$1, $1
	0x0178 00376 (struct_return_copy.go:47)	CALL	main.mutate(SB)
	0x017d 00381 (struct_return_copy.go:47)	LEAQ	main.c+704(SP), AX
	0x0185 00389 (struct_return_copy.go:47)	LEAQ	112(SP), CX
	0x018a 00394 (struct_return_copy.go:47)	MOVUPS	(CX), X14
	0x018e 00398 (struct_return_copy.go:47)	MOVUPS	X14, (AX)
	0x0192 00402 (struct_return_copy.go:47)	MOVUPS	16(CX), X14
	0x0197 00407 (struct_return_copy.go:47)	MOVUPS	X14, 16(AX)
	0x019c 00412 (struct_return_copy.go:47)	MOVUPS	32(CX), X14
	0x01a1 00417 (struct_return_copy.go:47)	MOVUPS	X14, 32(AX)
	0x01a6 00422 (struct_return_copy.go:47)	MOVUPS	48(CX), X14
	0x01ab 00427 (struct_return_copy.go:47)	MOVUPS	X14, 48(AX)
	0x01b0 00432 (struct_return_copy.go:47)	MOVUPS	64(CX), X14
	0x01b5 00437 (struct_return_copy.go:47)	MOVUPS	X14, 64(AX)
	0x01ba 00442 (struct_return_copy.go:47)	MOVUPS	80(CX), X14
	0x01bf 00447 (struct_return_copy.go:47)	MOVUPS	X14, 80(AX)
	0x01c4 00452 (struct_return_copy.go:47)	MOVUPS	96(CX), X14
	0x01c9 00457 (struct_return_copy.go:47)	MOVUPS	X14, 96(AX)
	0x01ce 00462 (struct_return_copy.go:48)	LEAQ	main.b+1280(SP), CX
	0x01d6 00470 (struct_return_copy.go:48)	LEAQ	main.b+816(SP), DX
	0x01de 00478 (struct_return_copy.go:48)	MOVUPS	(DX), X14
	0x01e2 00482 (struct_return_copy.go:48)	MOVUPS	X14, (CX)
	0x01e6 00486 (struct_return_copy.go:48)	MOVUPS	16(DX), X14
	0x01eb 00491 (struct_return_copy.go:48)	MOVUPS	X14, 16(CX)
	0x01f0 00496 (struct_return_copy.go:48)	MOVUPS	32(DX), X14
	0x01f5 00501 (struct_return_copy.go:48)	MOVUPS	X14, 32(CX)
	0x01fa 00506 (struct_return_copy.go:48)	MOVUPS	48(DX), X14
	0x01ff 00511 (struct_return_copy.go:48)	MOVUPS	X14, 48(CX)
	0x0204 00516 (struct_return_copy.go:48)	MOVUPS	64(DX), X14
	0x0209 00521 (struct_return_copy.go:48)	MOVUPS	X14, 64(CX)
	0x020e 00526 (struct_return_copy.go:48)	MOVUPS	80(DX), X14
	0x0213 00531 (struct_return_copy.go:48)	MOVUPS	X14, 80(CX)
	0x0218 00536 (struct_return_copy.go:48)	MOVUPS	96(DX), X14
	0x021d 00541 (struct_return_copy.go:48)	MOVUPS	X14, 96(CX)
	0x0222 00546 (<unknown line number>)	NOP
	0x0222 00546 (struct_return_copy.go:37)	LEAQ	main..autotmp_13+304(SP), CX
	0x022a 00554 (struct_return_copy.go:37)	LEAQ	main.b+1288(SP), DX
	0x0232 00562 (struct_return_copy.go:37)	MOVUPS	(DX), X14
	0x0236 00566 (struct_return_copy.go:37)	MOVUPS	X14, (CX)
	0x023a 00570 (struct_return_copy.go:37)	MOVUPS	16(DX), X14
	0x023f 00575 (struct_return_copy.go:37)	MOVUPS	X14, 16(CX)
	0x0244 00580 (struct_return_copy.go:37)	MOVUPS	32(DX), X14
	0x0249 00585 (struct_return_copy.go:37)	MOVUPS	X14, 32(CX)
	0x024e 00590 (struct_return_copy.go:37)	MOVUPS	48(DX), X14
	0x0253 00595 (struct_return_copy.go:37)	MOVUPS	X14, 48(CX)
	0x0258 00600 (struct_return_copy.go:37)	XORL	DX, DX
	0x025a 00602 (struct_return_copy.go:37)	XORL	BX, BX
	0x025c 00604 (struct_return_copy.go:37)	JMP	617
	0x025e 00606 (struct_return_copy.go:38)	ADDQ	main..autotmp_13+304(SP)(DX*8), BX
	0x0266 00614 (struct_return_copy.go:37)	INCQ	DX
	0x0269 00617 (struct_return_copy.go:37)	CMPQ	DX, $8
	0x026d 00621 (struct_return_copy.go:37)	JLT	606
	0x026f 00623 (struct_return_copy.go:48)	LEAQ	main.b+1280(SP), DX
	0x0277 00631 (struct_return_copy.go:48)	MOVUPS	(AX), X14
	0x027b 00635 (struct_return_copy.go:48)	MOVUPS	X14, (DX)
	0x027f 00639 (struct_return_copy.go:48)	MOVUPS	16(AX), X14
	0x0284 00644 (struct_return_copy.go:48)	MOVUPS	X14, 16(DX)
	0x0289 00649 (struct_return_copy.go:48)	MOVUPS	32(AX), X14
	0x028e 00654 (struct_return_copy.go:48)	MOVUPS	X14, 32(DX)
	0x0293 00659 (struct_return_copy.go:48)	MOVUPS	48(AX), X14
	0x0298 00664 (struct_return_copy.go:48)	MOVUPS	X14, 48(DX)
	0x029d 00669 (struct_return_copy.go:48)	MOVUPS	64(AX), X14
	0x02a2 00674 (struct_return_copy.go:48)	MOVUPS	X14, 64(DX)
	0x02a7 00679 (struct_return_copy.go:48)	MOVUPS	80(AX), X14
	0x02ac 00684 (struct_return_copy.go:48)	MOVUPS	X14, 80(DX)
	0x02b1 00689 (struct_return_copy.go:48)	MOVUPS	96(AX), X14
	0x02b6 00694 (struct_return_copy.go:48)	MOVUPS	X14, 96(DX)
	0x02bb 00699 (<unknown line number>)	NOP
	0x02bb 00699 (struct_return_copy.go:37)	LEAQ	main.b+1288(SP), AX
	0x02c3 00707 (struct_return_copy.go:37)	MOVUPS	(AX), X14
	0x02c7 00711 (struct_return_copy.go:37)	MOVUPS	X14, (CX)
	0x02cb 00715 (struct_return_copy.go:37)	MOVUPS	16(AX), X14
	0x02d0 00720 (struct_return_copy.go:37)	MOVUPS	X14, 16(CX)
	0x02d5 00725 (struct_return_copy.go:37)	MOVUPS	32(AX), X14
	0x02da 00730 (struct_return_copy.go:37)	MOVUPS	X14, 32(CX)
	0x02df 00735 (struct_return_copy.go:37)	MOVUPS	48(AX), X14
	0x02e4 00740 (struct_return_copy.go:37)	MOVUPS	X14, 48(CX)
	0x02e9 00745 (struct_return_copy.go:37)	XORL	AX, AX
	0x02eb 00747 (struct_return_copy.go:37)	XORL	CX, CX
	0x02ed 00749 (struct_return_copy.go:37)	JMP	768
	0x02ef 00751 (struct_return_copy.go:38)	ADDQ	main..autotmp_13+304(SP)(CX*8), AX
	0x02f7 00759 (struct_return_copy.go:37)	INCQ	CX
	0x02fa 00762 (struct_return_copy.go:37)	NOP
	0x0300 00768 (struct_return_copy.go:37)	CMPQ	CX, $8
	0x0304 00772 (struct_return_copy.go:37)	JLT	751
	0x0306 00774 (struct_return_copy.go:37)	MOVQ	AX, main.s+232(SP)
	0x030e 00782 (struct_return_copy.go:37)	MOVQ	BX, main.s+240(SP)
	0x0316 00790 (struct_return_copy.go:48)	MOVQ	main.b+824(SP), AX
	0x031e 00798 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_44+272(SP)
	0x0326 00806 (struct_return_copy.go:48)	MOVQ	main.c+712(SP), AX
	0x032e 00814 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_45+264(SP)
	0x0336 00822 (struct_return_copy.go:48)	MOVQ	main.b+912(SP), AX
	0x033e 00830 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_46+1272(SP)
	0x0346 00838 (struct_return_copy.go:48)	MOVQ	main.b+920(SP), AX
	0x034e 00846 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_47+256(SP)
	0x0356 00854 (struct_return_copy.go:48)	MOVQ	main.c+800(SP), AX
	0x035e 00862 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_48+1264(SP)
	0x0366 00870 (struct_return_copy.go:48)	MOVQ	main.c+808(SP), AX
	0x036e 00878 (struct_return_copy.go:48)	MOVQ	AX, main..autotmp_49+248(SP)
	0x0376 00886 (struct_return_copy.go:48)	PCDATA	$1, $2
	0x0376 00886 (struct_return_copy.go:48)	CALL	runtime.printlock(SB)
	0x037b 00891 (struct_return_copy.go:48)	MOVQ	main..autotmp_44+272(SP), AX
	0x0383 00899 (struct_return_copy.go:48)	CALL	runtime.printint(SB)
	0x0388 00904 (struct_return_copy.go:48)	CALL	runtime.printsp(SB)
	0x038d 00909 (struct_return_copy.go:48)	MOVQ	main..autotmp_45+264(SP), AX
	0x0395 00917 (struct_return_copy.go:48)	CALL	runtime.printint(SB)
	0x039a 00922 (struct_return_copy.go:48)	CALL	runtime.printsp(SB)
	0x039f 00927 (struct_return_copy.go:48)	MOVQ	main..autotmp_46+1272(SP), AX
	0x03a7 00935 (struct_return_copy.go:48)	MOVQ	main..autotmp_47+256(SP), BX
	0x03af 00943 (struct_return_copy.go:48)	PCDATA	$1, $3
	0x03af 00943 (struct_return_copy.go:48)	CALL	runtime.printstring(SB)
	0x03b4 00948 (struct_return_copy.go:48)	CALL	runtime.printsp(SB)
	0x03b9 00953 (struct_return_copy.go:48)	MOVQ	main..autotmp_48+1264(SP), AX
	0x03c1 00961 (struct_return_copy.go:48)	MOVQ	main..autotmp_49+248(SP), BX
	0x03c9 00969 (struct_return_copy.go:48)	PCDATA	$1, $4
	0x03c9 00969 (struct_return_copy.go:48)	CALL	runtime.printstring(SB)
	0x03ce 00974 (struct_return_copy.go:48)	CALL	runtime.printsp(SB)
	0x03d3 00979 (struct_return_copy.go:48)	MOVQ	main.s+240(SP), AX
	0x03db 00987 (struct_return_copy.go:48)	NOP
	0x03e0 00992 (struct_return_copy.go:48)	CALL	runtime.printint(SB)
	0x03e5 00997 (struct_return_copy.go:48)	CALL	runtime.printsp(SB)
	0x03ea 01002 (struct_return_copy.go:48)	MOVQ	main.s+232(SP), AX
	0x03f2 01010 (struct_return_copy.go:48)	CALL	runtime.printint(SB)
	0x03f7 01015 (struct_return_copy.go:48)	CALL	runtime.printnl(SB)
	0x03fc 01020 (struct_return_copy.go:48)	NOP
	0x0400 01024 (struct_return_copy.go:48)	CALL	runtime.printunlock(SB)
	0x0405 01029 (struct_return_copy.go:49)	MOVL	$3, AX
	0x040a 01034 (struct_return_copy.go:49)	CALL	main.makeBig(SB)
	0x040f 01039 (struct_return_copy.go:49)	LEAQ	main..autotmp_14+1392(SP), AX
	0x0417 01047 (struct_return_copy.go:49)	MOVQ	SP, CX
	0x041a 01050 (struct_return_copy.go:49)	MOVUPS	(CX), X14
	0x041e 01054 (struct_return_copy.go:49)	MOVUPS	X14, (AX)
	0x0422 01058 (struct_return_copy.go:49)	MOVUPS	16(CX), X14
	0x0427 01063 (struct_return_copy.go:49)	MOVUPS	X14, 16(AX)
	0x042c 01068 (struct_return_copy.go:49)	MOVUPS	32(CX), X14
	0x0431 01073 (struct_return_copy.go:49)	MOVUPS	X14, 32(AX)
	0x0436 01078 (struct_return_copy.go:49)	MOVUPS	48(CX), X14
	0x043b 01083 (struct_return_copy.go:49)	MOVUPS	X14, 48(AX)
	0x0440 01088 (struct_return_copy.go:49)	MOVUPS	64(CX), X14
	0x0445 01093 (struct_return_copy.go:49)	MOVUPS	X14, 64(AX)
	0x044a 01098 (struct_return_copy.go:49)	MOVUPS	80(CX), X14
	0x044f 01103 (struct_return_copy.go:49)	MOVUPS	X14, 80(AX)
	0x0454 01108 (struct_return_copy.go:49)	MOVUPS	96(CX), X14
	0x0459 01113 (struct_return_copy.go:49)	MOVUPS	X14, 96(AX)
	0x045e 01118 (struct_return_copy.go:49)	LEAQ	main.b+816(SP), AX
	0x0466 01126 (struct_return_copy.go:49)	LEAQ	main.c+704(SP), BX
	0x046e 01134 (struct_return_copy.go:49)	PCDATA	$1, $5
	0x046e 01134 (struct_return_copy.go:49)	CALL	type:.eq.M72GGGS(SB)
	0x0473 01139 (struct_return_copy.go:49)	MOVB	AL, main..autotmp_50+231(SP)
	0x047a 01146 (struct_return_copy.go:49)	LEAQ	main.b+816(SP), AX
	0x0482 01154 (struct_return_copy.go:49)	LEAQ	main..autotmp_14+1392(SP), BX
	0x048a 01162 (struct_return_copy.go:49)	PCDATA	$1, $1
	0x048a 01162 (struct_return_copy.go:49)	CALL	type:.eq.M72GGGS(SB)
	0x048f 01167 (struct_return_copy.go:49)	MOVB	AL, main..autotmp_51+230(SP)
	0x0496 01174 (struct_return_copy.go:49)	MOVSD	main..stmp_0(SB), X0
	0x049e 01182 (struct_return_copy.go:49)	MOVSD	main..autotmp_41+296(SP), X1
	0x04a7 01191 (struct_return_copy.go:49)	UCOMISD	X1, X0
	0x04ab 01195 (struct_return_copy.go:49)	JNE	1255
	0x04ad 01197 (struct_return_copy.go:49)	JPS	1255
	0x04af 01199 (struct_return_copy.go:49)	MOVSD	main..stmp_0+8(SB), X0
	0x04b7 01207 (struct_return_copy.go:49)	MOVSD	main..autotmp_42+288(SP), X1
	0x04c0 01216 (struct_return_copy.go:49)	UCOMISD	X1, X0
	0x04c4 01220 (struct_return_copy.go:49)	JNE	1255
	0x04c6 01222 (struct_return_copy.go:49)	JPS	1255
	0x04c8 01224 (struct_return_copy.go:49)	MOVSD	main..stmp_0+16(SB), X0
	0x04d0 01232 (struct_return_copy.go:49)	MOVSD	main..autotmp_43+280(SP), X1
	0x04d9 01241 (struct_return_copy.go:49)	UCOMISD	X1, X0
	0x04dd 01245 (struct_return_copy.go:49)	SETEQ	DL
	0x04e0 01248 (struct_return_copy.go:49)	SETPC	CL
	0x04e3 01251 (struct_return_copy.go:49)	ANDL	CX, DX
	0x04e5 01253 (struct_return_copy.go:49)	JMP	1257
	0x04e7 01255 (struct_return_copy.go:49)	XORL	DX, DX
	0x04e9 01257 (struct_return_copy.go:49)	MOVB	DL, main..autotmp_52+229(SP)
	0x04f0 01264 (struct_return_copy.go:49)	CALL	runtime.printlock(SB)
	0x04f5 01269 (struct_return_copy.go:49)	MOVBLZX	main..autotmp_50+231(SP), AX
	0x04fd 01277 (struct_return_copy.go:49)	NOP
	0x0500 01280 (struct_return_copy.go:49)	CALL	runtime.printbool(SB)
	0x0505 01285 (struct_return_copy.go:49)	CALL	runtime.printsp(SB)
	0x050a 01290 (struct_return_copy.go:49)	MOVBLZX	main..autotmp_51+230(SP), AX
	0x0512 01298 (struct_return_copy.go:49)	CALL	runtime.printbool(SB)
	0x0517 01303 (struct_return_copy.go:49)	CALL	runtime.printsp(SB)
	0x051c 01308 (struct_return_copy.go:49)	MOVBLZX	main..autotmp_52+229(SP), AX
	0x0524 01316 (struct_return_copy.go:49)	CALL	runtime.printbool(SB)
	0x0529 01321 (struct_return_copy.go:49)	CALL	runtime.printnl(SB)
	0x052e 01326 (struct_return_copy.go:49)	CALL	runtime.printunlock(SB)
	0x0533 01331 (struct_return_copy.go:50)	MOVL	$1, AX
	0x0538 01336 (struct_return_copy.go:50)	CALL	main.makeBig(SB)
	0x053d 01341 (struct_return_copy.go:50)	LEAQ	main..autotmp_14+1392(SP), AX
	0x0545 01349 (struct_return_copy.go:50)	MOVQ	SP, CX
	0x0548 01352 (struct_return_copy.go:50)	MOVUPS	(CX), X14
	0x054c 01356 (struct_return_copy.go:50)	MOVUPS	X14, (AX)
	0x0550 01360 (struct_return_copy.go:50)	MOVUPS	16(CX), X14
	0x0555 01365 (struct_return_copy.go:50)	MOVUPS	X14, 16(AX)
	0x055a 01370 (struct_return_copy.go:50)	MOVUPS	32(CX), X14
	0x055f 01375 (struct_return_copy.go:50)	MOVUPS	X14, 32(AX)
	0x0564 01380 (struct_return_copy.go:50)	MOVUPS	48(CX), X14
	0x0569 01385 (struct_return_copy.go:50)	MOVUPS	X14, 48(AX)
	0x056e 01390 (struct_return_copy.go:50)	MOVUPS	64(CX), X14
	0x0573 01395 (struct_return_copy.go:50)	MOVUPS	X14, 64(AX)
	0x0578 01400 (struct_return_copy.go:50)	MOVUPS	80(CX), X14
	0x057d 01405 (struct_return_copy.go:50)	MOVUPS	X14, 80(AX)
	0x0582 01410 (struct_return_copy.go:50)	MOVUPS	96(CX), X14
	0x0587 01415 (struct_return_copy.go:50)	MOVUPS	X14, 96(AX)
	0x058c 01420 (struct_return_copy.go:50)	MOVL	$2, AX
	0x0591 01425 (struct_return_copy.go:50)	PCDATA	$1, $5
	0x0591 01425 (struct_return_copy.go:50)	CALL	main.makeBig(SB)
	0x0596 01430 (struct_return_copy.go:50)	LEAQ	main..autotmp_16+1280(SP), AX
	0x059e 01438 (struct_return_copy.go:50)	MOVQ	SP, CX
	0x05a1 01441 (struct_return_copy.go:50)	MOVUPS	(CX), X14
	0x05a5 01445 (struct_return_copy.go:50)	MOVUPS	X14, (AX)
	0x05a9 01449 (struct_return_copy.go:50)	MOVUPS	16(CX), X14
	0x05ae 01454 (struct_return_copy.go:50)	MOVUPS	X14, 16(AX)
	0x05b3 01459 (struct_return_copy.go:50)	MOVUPS	32(CX), X14
	0x05b8 01464 (struct_return_copy.go:50)	MOVUPS	X14, 32(AX)
	0x05bd 01469 (struct_return_copy.go:50)	MOVUPS	48(CX), X14
	0x05c2 01474 (struct_return_copy.go:50)	MOVUPS	X14, 48(AX)
	0x05c7 01479 (struct_return_copy.go:50)	MOVUPS	64(CX), X14
	0x05cc 01484 (struct_return_copy.go:50)	MOVUPS	X14, 64(AX)
	0x05d1 01489 (struct_return_copy.go:50)	MOVUPS	80(CX), X14
	0x05d6 01494 (struct_return_copy.go:50)	MOVUPS	X14, 80(AX)
	0x05db 01499 (struct_return_copy.go:50)	MOVUPS	96(CX), X14
	0x05e0 01504 (struct_return_copy.go:50)	MOVUPS	X14, 96(AX)
	0x05e5 01509 (struct_return_copy.go:50)	LEAQ	main.arr+928(SP), DX
	0x05ed 01517 (struct_return_copy.go:50)	MOVL	$5, BX
	0x05f2 01522 (struct_return_copy.go:50)	MOVUPS	X15, (DX)
	0x05f6 01526 (struct_return_copy.go:50)	MOVUPS	X15, 16(DX)
	0x05fb 01531 (struct_return_copy.go:50)	MOVUPS	X15, 32(DX)
	0x0600 01536 (struct_return_copy.go:50)	MOVUPS	X15, 48(DX)
	0x0605 01541 (struct_return_copy.go:50)	ADDQ	$64, DX
	0x0609 01545 (struct_return_copy.go:50)	DECL	BX
	0x060b 01547 (struct_return_copy.go:50)	JNE	1522
	0x060d 01549 (struct_return_copy.go:50)	MOVUPS	X15, (DX)
	0x0611 01553 (struct_return_copy.go:50)	LEAQ	main.arr+928(SP), DX
	0x0619 01561 (struct_return_copy.go:50)	LEAQ	main..autotmp_14+1392(SP), BX
	0x0621 01569 (struct_return_copy.go:50)	MOVUPS	(BX), X14
	0x0625 01573 (struct_return_copy.go:50)	MOVUPS	X14, (DX)
	0x0629 01577 (struct_return_copy.go:50)	MOVUPS	16(BX), X14
	0x062e 01582 (struct_return_copy.go:50)	MOVUPS	X14, 16(DX)
	0x0633 01587 (struct_return_copy.go:50)	MOVUPS	32(BX), X14
	0x0638 01592 (struct_return_copy.go:50)	MOVUPS	X14, 32(DX)
	0x063d 01597 (struct_return_copy.go:50)	MOVUPS	48(BX), X14
	0x0642 01602 (struct_return_copy.go:50)	MOVUPS	X14, 48(DX)
	0x0647 01607 (struct_return_copy.go:50)	MOVUPS	64(BX), X14
	0x064c 01612 (struct_return_copy.go:50)	MOVUPS	X14, 64(DX)
	0x0651 01617 (struct_return_copy.go:50)	MOVUPS	80(BX), X14
	0x0656 01622 (struct_return_copy.go:50)	MOVUPS	X14, 80(DX)
	0x065b 01627 (struct_return_copy.go:50)	MOVUPS	96(BX), X14
	0x0660 01632 (struct_return_copy.go:50)	MOVUPS	X14, 96(DX)
	0x0665 01637 (struct_return_copy.go:50)	LEAQ	main.arr+1040(SP), DX
	0x066d 01645 (struct_return_copy.go:50)	MOVUPS	(AX), X14
	0x0671 01649 (struct_return_copy.go:50)	MOVUPS	X14, (DX)
	0x0675 01653 (struct_return_copy.go:50)	MOVUPS	16(AX), X14
	0x067a 01658 (struct_return_copy.go:50)	MOVUPS	X14, 16(DX)
	0x067f 01663 (struct_return_copy.go:50)	MOVUPS	32(AX), X14
	0x0684 01668 (struct_return_copy.go:50)	MOVUPS	X14, 32(DX)
	0x0689 01673 (struct_return_copy.go:50)	MOVUPS	48(AX), X14
	0x068e 01678 (struct_return_copy.go:50)	MOVUPS	X14, 48(DX)
	0x0693 01683 (struct_return_copy.go:50)	MOVUPS	64(AX), X14
	0x0698 01688 (struct_return_copy.go:50)	MOVUPS	X14, 64(DX)
	0x069d 01693 (struct_return_copy.go:50)	MOVUPS	80(AX), X14
	0x06a2 01698 (struct_return_copy.go:50)	MOVUPS	X14, 80(DX)
	0x06a7 01703 (struct_return_copy.go:50)	MOVUPS	96(AX), X14
	0x06ac 01708 (struct_return_copy.go:50)	MOVUPS	X14, 96(DX)
	0x06b1 01713 (struct_return_copy.go:50)	LEAQ	main.arr+1152(SP), AX
	0x06b9 01721 (struct_return_copy.go:50)	LEAQ	main.b+816(SP), DX
	0x06c1 01729 (struct_return_copy.go:50)	MOVUPS	(DX), X14
	0x06c5 01733 (struct_return_copy.go:50)	MOVUPS	X14, (AX)
	0x06c9 01737 (struct_return_copy.go:50)	MOVUPS	16(DX), X14
	0x06ce 01742 (struct_return_copy.go:50)	MOVUPS	X14, 16(AX)
	0x06d3 01747 (struct_return_copy.go:50)	MOVUPS	32(DX), X14
	0x06d8 01752 (struct_return_copy.go:50)	MOVUPS	X14, 32(AX)
	0x06dd 01757 (struct_return_copy.go:50)	MOVUPS	48(DX), X14
	0x06e2 01762 (struct_return_copy.go:50)	MOVUPS	X14, 48(AX)
	0x06e7 01767 (struct_return_copy.go:50)	MOVUPS	64(DX), X14
	0x06ec 01772 (struct_return_copy.go:50)	MOVUPS	X14, 64(AX)
	0x06f1 01777 (struct_return_copy.go:50)	MOVUPS	80(DX), X14
	0x06f6 01782 (struct_return_copy.go:50)	MOVUPS	X14, 80(AX)
	0x06fb 01787 (struct_return_copy.go:50)	MOVUPS	96(DX), X14
	0x0700 01792 (struct_return_copy.go:50)	MOVUPS	X14, 96(AX)
	0x0705 01797 (struct_return_copy.go:51)	LEAQ	main.copyArr+368(SP), BX
	0x070d 01805 (struct_return_copy.go:51)	LEAQ	main.arr+928(SP), AX
	0x0715 01813 (struct_return_copy.go:51)	MOVL	$5, DX
	0x071a 01818 (struct_return_copy.go:51)	MOVUPS	(AX), X14
	0x071e 01822 (struct_return_copy.go:51)	MOVUPS	X14, (BX)
	0x0722 01826 (struct_return_copy.go:51)	MOVUPS	16(AX), X14
	0x0727 01831 (struct_return_copy.go:51)	MOVUPS	X14, 16(BX)
	0x072c 01836 (struct_return_copy.go:51)	MOVUPS	32(AX), X14
	0x0731 01841 (struct_return_copy.go:51)	MOVUPS	X14, 32(BX)
	0x0736 01846 (struct_return_copy.go:51)	MOVUPS	48(AX), X14
	0x073b 01851 (struct_return_copy.go:51)	MOVUPS	X14, 48(BX)
	0x0740 01856 (struct_return_copy.go:51)	ADDQ	$64, AX
	0x0744 01860 (struct_return_copy.go:51)	ADDQ	$64, BX
	0x0748 01864 (struct_return_copy.go:51)	DECL	DX
	0x074a 01866 (struct_return_copy.go:51)	JNE	1818
	0x074c 01868 (struct_return_copy.go:51)	MOVUPS	(AX), X14
	0x0750 01872 (struct_return_copy.go:51)	MOVUPS	X14, (BX)
	0x0754 01876 (struct_return_copy.go:52)	MOVQ	$4635118810238550016, AX
	0x075e 01886 (struct_return_copy.go:52)	MOVQ	AX, main.copyArr+568(SP)
	0x0766 01894 (struct_return_copy.go:53)	MOVSD	main.arr+1128(SP), X0
	0x076f 01903 (struct_return_copy.go:53)	MOVSD	X0, main..autotmp_41+296(SP)
	0x0778 01912 (<autogenerated>:1)	LEAQ	main.arr+928(SP), AX
	0x0780 01920 (<autogenerated>:1)	LEAQ	main.copyArr+368(SP), BX
	0x0788 01928 (<autogenerated>:1)	PCDATA	$1, $0
	0x0788 01928 (<autogenerated>:1)	CALL	type:.eq.[3M72GGGS](SB)
	0x078d 01933 (<autogenerated>:1)	MOVB	AL, main..autotmp_50+231(SP)
	0x0794 01940 (struct_return_copy.go:53)	CALL	runtime.printlock(SB)
	0x0799 01945 (struct_return_copy.go:53)	MOVSD	main..autotmp_41+296(SP), X0
	0x07a2 01954 (struct_return_copy.go:53)	CVTTSD2SQ	X0, AX
	0x07a7 01959 (struct_return_copy.go:53)	CALL	runtime.printint(SB)
	0x07ac 01964 (struct_return_copy.go:53)	CALL	runtime.printsp(SB)
	0x07b1 01969 (struct_return_copy.go:53)	MOVL	$77, AX
	0x07b6 01974 (struct_return_copy.go:53)	CALL	runtime.printint(SB)
	0x07bb 01979 (struct_return_copy.go:53)	NOP
	0x07c0 01984 (struct_return_copy.go:53)	CALL	runtime.printsp(SB)
	0x07c5 01989 (struct_return_copy.go:53)	MOVBLZX	main..autotmp_50+231(SP), AX
	0x07cd 01997 (struct_return_copy.go:53)	CALL	runtime.printbool(SB)
	0x07d2 02002 (struct_return_copy.go:53)	CALL	runtime.printnl(SB)
	0x07d7 02007 (struct_return_copy.go:53)	CALL	runtime.printunlock(SB)
	0x07dc 02012 (struct_return_copy.go:58)	MOVQ	main..stmp_1(SB), AX
	0x07e3 02019 (struct_return_copy.go:58)	CMPQ	main..stmp_2(SB), AX
	0x07ea 02026 (struct_return_copy.go:58)	JNE	2051
	0x07ec 02028 (struct_return_copy.go:58)	MOVQ	main..stmp_2+16(SB), DX
	0x07f3 02035 (struct_return_copy.go:58)	CMPQ	main..stmp_1+16(SB), DX
	0x07fa 02042 (struct_return_copy.go:58)	JNE	2051
	0x07fc 02044 (struct_return_copy.go:58)	MOVL	$1, AX
	0x0801 02049 (struct_return_copy.go:58)	JMP	2053
	0x0803 02051 (struct_return_copy.go:58)	XORL	AX, AX
	0x0805 02053 (struct_return_copy.go:58)	MOVB	AL, main..autotmp_50+231(SP)
	0x080c 02060 (struct_return_copy.go:58)	MOVQ	main..stmp_3(SB), DX
	0x0813 02067 (struct_return_copy.go:58)	CMPQ	main..stmp_4(SB), DX
	0x081a 02074 (struct_return_copy.go:58)	JNE	2125
	0x081c 02076 (struct_return_copy.go:58)	MOVQ	main..stmp_3+16(SB), CX
	0x0823 02083 (struct_return_copy.go:58)	CMPQ	main..stmp_4+16(SB), CX
	0x082a 02090 (struct_return_copy.go:58)	JEQ	2099
	0x082c 02092 (struct_return_copy.go:58)	MOVL	$1, CX
	0x0831 02097 (struct_return_copy.go:58)	JMP	2130
	0x0833 02099 (struct_return_copy.go:58)	LEAQ	go:string."x"(SB), AX
	0x083a 02106 (struct_return_copy.go:58)	LEAQ	go:string."y"(SB), BX
	0x0841 02113 (struct_return_copy.go:58)	CALL	runtime.memequal(SB)
	0x0846 02118 (struct_return_copy.go:58)	XORL	$1, AX
	0x0849 02121 (struct_return_copy.go:58)	MOVL	AX, CX
	0x084b 02123 (struct_return_copy.go:58)	JMP	2130
	0x084d 02125 (struct_return_copy.go:58)	MOVL	$1, CX
	0x0852 02130 (struct_return_copy.go:58)	MOVB	CL, main..autotmp_51+230(SP)
	0x0859 02137 (struct_return_copy.go:58)	CALL	runtime.printlock(SB)
	0x085e 02142 (struct_return_copy.go:58)	MOVBLZX	main..autotmp_50+231(SP), AX
	0x0866 02150 (struct_return_copy.go:58)	CALL	runtime.printbool(SB)
	0x086b 02155 (struct_return_copy.go:58)	CALL	runtime.printsp(SB)
	0x0870 02160 (struct_return_copy.go:58)	MOVBLZX	main..autotmp_51+230(SP), AX
	0x0878 02168 (struct_return_copy.go:58)	CALL	runtime.printbool(SB)
	0x087d 02173 (struct_return_copy.go:58)	NOP
	0x0880 02176 (struct_return_copy.go:58)	CALL	runtime.printnl(SB)
	0x0885 02181 (struct_return_copy.go:58)	CALL	runtime.printunlock(SB)
	0x088a 02186 (struct_return_copy.go:59)	ADDQ	$1504, SP
	0x0891 02193 (struct_return_copy.go:59)	POPQ	BP
	0x0892 02194 (struct_return_copy.go:59)	RET
	0x0893 02195 (struct_return_copy.go:59)	NOP
	0x0893 02195 (struct_return_copy.go:43)	PCDATA	$1, $-1
	0x0893 02195 (struct_return_copy.go:43)	PCDATA	$0, $-2
	0x0893 02195 (struct_return_copy.go:43)	CALL	runtime.morestack_noctxt(SB)
	0x0898 02200 (struct_return_copy.go:43)	PCDATA	$0, $-1
	0x0898 02200 (struct_return_copy.go:43)	JMP	0
	0x0000 4c 8d a4 24 98 fa ff ff 4d 3b 66 10 0f 86 81 08  L..$....M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec e0 05 00 00 f2 0f 10  ..UH..H.........
	0x0020 05 00 00 00 00 f2 0f 10 0d 00 00 00 00 f2 0f 10  ................
	0x0030 15 00 00 00 00 f2 0f 10 1d 00 00 00 00 0f 10 e3  ................
	0x0040 0f 10 eb e8 00 00 00 00 f2 0f 11 84 24 28 01 00  ............$(..
	0x0050 00 f2 0f 11 8c 24 20 01 00 00 f2 0f 11 94 24 18  .....$ .......$.
	0x0060 01 00 00 e8 00 00 00 00 f2 0f 10 35 00 00 00 00  ...........5....
	0x0070 f2 0f 10 bc 24 28 01 00 00 f2 0f 59 f7 f2 48 0f  ....$(.....Y..H.
	0x0080 2c c6 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 b4  ,...............
	0x0090 24 20 01 00 00 f2 0f 10 3d 00 00 00 00 f2 0f 59  $ ......=......Y
	0x00a0 fe f2 48 0f 2c c7 e8 00 00 00 00 e8 00 00 00 00  ..H.,...........
	0x00b0 f2 0f 10 b4 24 18 01 00 00 f2 0f 10 3d 00 00 00  ....$.......=...
	0x00c0 00 f2 0f 59 fe f2 48 0f 2c c7 e8 00 00 00 00 e8  ...Y..H.,.......
	0x00d0 00 00 00 00 e8 00 00 00 00 b8 03 00 00 00 66 90  ..............f.
	0x00e0 e8 00 00 00 00 48 8d 84 24 30 03 00 00 48 89 e1  .....H..$0...H..
	0x00f0 44 0f 10 31 44 0f 11 30 44 0f 10 71 10 44 0f 11  D..1D..0D..q.D..
	0x0100 70 10 44 0f 10 71 20 44 0f 11 70 20 44 0f 10 71  p.D..q D..p D..q
	0x0110 30 44 0f 11 70 30 44 0f 10 71 40 44 0f 11 70 40  0D..p0D..q@D..p@
	0x0120 44 0f 10 71 50 44 0f 11 70 50 44 0f 10 71 60 44  D..qPD..pPD..q`D
	0x0130 0f 11 70 60 44 0f 10 30 44 0f 11 31 44 0f 10 70  ..p`D..0D..1D..p
	0x0140 10 44 0f 11 71 10 44 0f 10 70 20 44 0f 11 71 20  .D..q.D..p D..q 
	0x0150 44 0f 10 70 30 44 0f 11 71 30 44 0f 10 70 40 44  D..p0D..q0D..p@D
	0x0160 0f 11 71 40 44 0f 10 70 50 44 0f 11 71 50 44 0f  ..q@D..pPD..qPD.
	0x0170 10 70 60 44 0f 11 71 60 e8 00 00 00 00 48 8d 84  .p`D..q`.....H..
	0x0180 24 c0 02 00 00 48 8d 4c 24 70 44 0f 10 31 44 0f  $....H.L$pD..1D.
	0x0190 11 30 44 0f 10 71 10 44 0f 11 70 10 44 0f 10 71  .0D..q.D..p.D..q
	0x01a0 20 44 0f 11 70 20 44 0f 10 71 30 44 0f 11 70 30   D..p D..q0D..p0
	0x01b0 44 0f 10 71 40 44 0f 11 70 40 44 0f 10 71 50 44  D..q@D..p@D..qPD
	0x01c0 0f 11 70 50 44 0f 10 71 60 44 0f 11 70 60 48 8d  ..pPD..q`D..p`H.
	0x01d0 8c 24 00 05 00 00 48 8d 94 24 30 03 00 00 44 0f  .$....H..$0...D.
	0x01e0 10 32 44 0f 11 31 44 0f 10 72 10 44 0f 11 71 10  .2D..1D..r.D..q.
	0x01f0 44 0f 10 72 20 44 0f 11 71 20 44 0f 10 72 30 44  D..r D..q D..r0D
	0x0200 0f 11 71 30 44 0f 10 72 40 44 0f 11 71 40 44 0f  ..q0D..r@D..q@D.
	0x0210 10 72 50 44 0f 11 71 50 44 0f 10 72 60 44 0f 11  .rPD..qPD..r`D..
	0x0220 71 60 48 8d 8c 24 30 01 00 00 48 8d 94 24 08 05  q`H..$0...H..$..
	0x0230 00 00 44 0f 10 32 44 0f 11 31 44 0f 10 72 10 44  ..D..2D..1D..r.D
	0x0240 0f 11 71 10 44 0f 10 72 20 44 0f 11 71 20 44 0f  ..q.D..r D..q D.
	0x0250 10 72 30 44 0f 11 71 30 31 d2 31 db eb 0b 48 03  .r0D..q01.1...H.
	0x0260 9c d4 30 01 00 00 48 ff c2 48 83 fa 08 7c ef 48  ..0...H..H...|.H
	0x0270 8d 94 24 00 05 00 00 44 0f 10 30 44 0f 11 32 44  ..$....D..0D..2D
	0x0280 0f 10 70 10 44 0f 11 72 10 44 0f 10 70 20 44 0f  ..p.D..r.D..p D.
	0x0290 11 72 20 44 0f 10 70 30 44 0f 11 72 30 44 0f 10  .r D..p0D..r0D..
	0x02a0 70 40 44 0f 11 72 40 44 0f 10 70 50 44 0f 11 72  p@D..r@D..pPD..r
	0x02b0 50 44 0f 10 70 60 44 0f 11 72 60 48 8d 84 24 08  PD..p`D..r`H..$.
	0x02c0 05 00 00 44 0f 10 30 44 0f 11 31 44 0f 10 70 10  ...D..0D..1D..p.
	0x02d0 44 0f 11 71 10 44 0f 10 70 20 44 0f 11 71 20 44  D..q.D..p D..q D
	0x02e0 0f 10 70 30 44 0f 11 71 30 31 c0 31 c9 eb 11 48  ..p0D..q01.1...H
	0x02f0 03 84 cc 30 01 00 00 48 ff c1 66 0f 1f 44 00 00  ...0...H..f..D..
	0x0300 48 83 f9 08 7c e9 48 89 84 24 e8 00 00 00 48 89  H...|.H..$....H.
	0x0310 9c 24 f0 00 00 00 48 8b 84 24 38 03 00 00 48 89  .$....H..$8...H.
	0x0320 84 24 10 01 00 00 48 8b 84 24 c8 02 00 00 48 89  .$....H..$....H.
	0x0330 84 24 08 01 00 00 48 8b 84 24 90 03 00 00 48 89  .$....H..$....H.
	0x0340 84 24 f8 04 00 00 48 8b 84 24 98 03 00 00 48 89  .$....H..$....H.
	0x0350 84 24 00 01 00 00 48 8b 84 24 20 03 00 00 48 89  .$....H..$ ...H.
	0x0360 84 24 f0 04 00 00 48 8b 84 24 28 03 00 00 48 89  .$....H..$(...H.
	0x0370 84 24 f8 00 00 00 e8 00 00 00 00 48 8b 84 24 10  .$.........H..$.
	0x0380 01 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84  .............H..
	0x0390 24 08 01 00 00 e8 00 00 00 00 e8 00 00 00 00 48  $..............H
	0x03a0 8b 84 24 f8 04 00 00 48 8b 9c 24 00 01 00 00 e8  ..$....H..$.....
	0x03b0 00 00 00 00 e8 00 00 00 00 48 8b 84 24 f0 04 00  .........H..$...
	0x03c0 00 48 8b 9c 24 f8 00 00 00 e8 00 00 00 00 e8 00  .H..$...........
	0x03d0 00 00 00 48 8b 84 24 f0 00 00 00 0f 1f 44 00 00  ...H..$......D..
	0x03e0 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 e8 00  ..........H..$..
	0x03f0 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0400 e8 00 00 00 00 b8 03 00 00 00 e8 00 00 00 00 48  ...............H
	0x0410 8d 84 24 70 05 00 00 48 89 e1 44 0f 10 31 44 0f  ..$p...H..D..1D.
	0x0420 11 30 44 0f 10 71 10 44 0f 11 70 10 44 0f 10 71  .0D..q.D..p.D..q
	0x0430 20 44 0f 11 70 20 44 0f 10 71 30 44 0f 11 70 30   D..p D..q0D..p0
	0x0440 44 0f 10 71 40 44 0f 11 70 40 44 0f 10 71 50 44  D..q@D..p@D..qPD
	0x0450 0f 11 70 50 44 0f 10 71 60 44 0f 11 70 60 48 8d  ..pPD..q`D..p`H.
	0x0460 84 24 30 03 00 00 48 8d 9c 24 c0 02 00 00 e8 00  .$0...H..$......
	0x0470 00 00 00 88 84 24 e7 00 00 00 48 8d 84 24 30 03  .....$....H..$0.
	0x0480 00 00 48 8d 9c 24 70 05 00 00 e8 00 00 00 00 88  ..H..$p.........
	0x0490 84 24 e6 00 00 00 f2 0f 10 05 00 00 00 00 f2 0f  .$..............
	0x04a0 10 8c 24 28 01 00 00 66 0f 2e c1 75 3a 7a 38 f2  ..$(...f...u:z8.
	0x04b0 0f 10 05 00 00 00 00 f2 0f 10 8c 24 20 01 00 00  ...........$ ...
	0x04c0 66 0f 2e c1 75 21 7a 1f f2 0f 10 05 00 00 00 00  f...u!z.........
	0x04d0 f2 0f 10 8c 24 18 01 00 00 66 0f 2e c1 0f 94 c2  ....$....f......
	0x04e0 0f 9b c1 21 ca eb 02 31 d2 88 94 24 e5 00 00 00  ...!...1...$....
	0x04f0 e8 00 00 00 00 0f b6 84 24 e7 00 00 00 0f 1f 00  ........$.......
	0x0500 e8 00 00 00 00 e8 00 00 00 00 0f b6 84 24 e6 00  .............$..
	0x0510 00 00 e8 00 00 00 00 e8 00 00 00 00 0f b6 84 24  ...............$
	0x0520 e5 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x0530 00 00 00 b8 01 00 00 00 e8 00 00 00 00 48 8d 84  .............H..
	0x0540 24 70 05 00 00 48 89 e1 44 0f 10 31 44 0f 11 30  $p...H..D..1D..0
	0x0550 44 0f 10 71 10 44 0f 11 70 10 44 0f 10 71 20 44  D..q.D..p.D..q D
	0x0560 0f 11 70 20 44 0f 10 71 30 44 0f 11 70 30 44 0f  ..p D..q0D..p0D.
	0x0570 10 71 40 44 0f 11 70 40 44 0f 10 71 50 44 0f 11  .q@D..p@D..qPD..
	0x0580 70 50 44 0f 10 71 60 44 0f 11 70 60 b8 02 00 00  pPD..q`D..p`....
	0x0590 00 e8 00 00 00 00 48 8d 84 24 00 05 00 00 48 89  ......H..$....H.
	0x05a0 e1 44 0f 10 31 44 0f 11 30 44 0f 10 71 10 44 0f  .D..1D..0D..q.D.
	0x05b0 11 70 10 44 0f 10 71 20 44 0f 11 70 20 44 0f 10  .p.D..q D..p D..
	0x05c0 71 30 44 0f 11 70 30 44 0f 10 71 40 44 0f 11 70  q0D..p0D..q@D..p
	0x05d0 40 44 0f 10 71 50 44 0f 11 70 50 44 0f 10 71 60  @D..qPD..pPD..q`
	0x05e0 44 0f 11 70 60 48 8d 94 24 a0 03 00 00 bb 05 00  D..p`H..$.......
	0x05f0 00 00 44 0f 11 3a 44 0f 11 7a 10 44 0f 11 7a 20  ..D..:D..z.D..z 
	0x0600 44 0f 11 7a 30 48 83 c2 40 ff cb 75 e5 44 0f 11  D..z0H..@..u.D..
	0x0610 3a 48 8d 94 24 a0 03 00 00 48 8d 9c 24 70 05 00  :H..$....H..$p..
	0x0620 00 44 0f 10 33 44 0f 11 32 44 0f 10 73 10 44 0f  .D..3D..2D..s.D.
	0x0630 11 72 10 44 0f 10 73 20 44 0f 11 72 20 44 0f 10  .r.D..s D..r D..
	0x0640 73 30 44 0f 11 72 30 44 0f 10 73 40 44 0f 11 72  s0D..r0D..s@D..r
	0x0650 40 44 0f 10 73 50 44 0f 11 72 50 44 0f 10 73 60  @D..sPD..rPD..s`
	0x0660 44 0f 11 72 60 48 8d 94 24 10 04 00 00 44 0f 10  D..r`H..$....D..
	0x0670 30 44 0f 11 32 44 0f 10 70 10 44 0f 11 72 10 44  0D..2D..p.D..r.D
	0x0680 0f 10 70 20 44 0f 11 72 20 44 0f 10 70 30 44 0f  ..p D..r D..p0D.
	0x0690 11 72 30 44 0f 10 70 40 44 0f 11 72 40 44 0f 10  .r0D..p@D..r@D..
	0x06a0 70 50 44 0f 11 72 50 44 0f 10 70 60 44 0f 11 72  pPD..rPD..p`D..r
	0x06b0 60 48 8d 84 24 80 04 00 00 48 8d 94 24 30 03 00  `H..$....H..$0..
	0x06c0 00 44 0f 10 32 44 0f 11 30 44 0f 10 72 10 44 0f  .D..2D..0D..r.D.
	0x06d0 11 70 10 44 0f 10 72 20 44 0f 11 70 20 44 0f 10  .p.D..r D..p D..
	0x06e0 72 30 44 0f 11 70 30 44 0f 10 72 40 44 0f 11 70  r0D..p0D..r@D..p
	0x06f0 40 44 0f 10 72 50 44 0f 11 70 50 44 0f 10 72 60  @D..rPD..pPD..r`
	0x0700 44 0f 11 70 60 48 8d 9c 24 70 01 00 00 48 8d 84  D..p`H..$p...H..
	0x0710 24 a0 03 00 00 ba 05 00 00 00 44 0f 10 30 44 0f  $.........D..0D.
	0x0720 11 33 44 0f 10 70 10 44 0f 11 73 10 44 0f 10 70  .3D..p.D..s.D..p
	0x0730 20 44 0f 11 73 20 44 0f 10 70 30 44 0f 11 73 30   D..s D..p0D..s0
	0x0740 48 83 c0 40 48 83 c3 40 ff ca 75 ce 44 0f 10 30  H..@H..@..u.D..0
	0x0750 44 0f 11 33 48 b8 00 00 00 00 00 40 53 40 48 89  D..3H......@S@H.
	0x0760 84 24 38 02 00 00 f2 0f 10 84 24 68 04 00 00 f2  .$8.......$h....
	0x0770 0f 11 84 24 28 01 00 00 48 8d 84 24 a0 03 00 00  ...$(...H..$....
	0x0780 48 8d 9c 24 70 01 00 00 e8 00 00 00 00 88 84 24  H..$p..........$
	0x0790 e7 00 00 00 e8 00 00 00 00 f2 0f 10 84 24 28 01  .............$(.
	0x07a0 00 00 f2 48 0f 2c c0 e8 00 00 00 00 e8 00 00 00  ...H.,..........
	0x07b0 00 b8 4d 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  ..M..........D..
	0x07c0 e8 00 00 00 00 0f b6 84 24 e7 00 00 00 e8 00 00  ........$.......
	0x07d0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 05 00  ............H...
	0x07e0 00 00 00 48 39 05 00 00 00 00 75 17 48 8b 15 00  ...H9.....u.H...
	0x07f0 00 00 00 48 39 15 00 00 00 00 75 07 b8 01 00 00  ...H9.....u.....
	0x0800 00 eb 02 31 c0 88 84 24 e7 00 00 00 48 8b 15 00  ...1...$....H...
	0x0810 00 00 00 48 39 15 00 00 00 00 75 31 48 8b 0d 00  ...H9.....u1H...
	0x0820 00 00 00 48 39 0d 00 00 00 00 74 07 b9 01 00 00  ...H9.....t.....
	0x0830 00 eb 1f 48 8d 05 00 00 00 00 48 8d 1d 00 00 00  ...H......H.....
	0x0840 00 e8 00 00 00 00 83 f0 01 89 c1 eb 05 b9 01 00  ................
	0x0850 00 00 88 8c 24 e6 00 00 00 e8 00 00 00 00 0f b6  ....$...........
	0x0860 84 24 e7 00 00 00 e8 00 00 00 00 e8 00 00 00 00  .$..............
	0x0870 0f b6 84 24 e6 00 00 00 e8 00 00 00 00 0f 1f 00  ...$............
	0x0880 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 e0 05 00  ..........H.....
	0x0890 00 5d c3 e8 00 00 00 00 e9 63 f7 ff ff           .].......c...
	rel 33+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 41+4 t=R_PCREL $f64.4000000000000000+0
	rel 49+4 t=R_PCREL $f64.4008000000000000+0
	rel 57+4 t=R_PCREL $f64.3fe0000000000000+0
	rel 68+4 t=R_CALL main.addVec+0
	rel 100+4 t=R_CALL runtime.printlock+0
	rel 108+4 t=R_PCREL $f64.4024000000000000+0
	rel 131+4 t=R_CALL runtime.printint+0
	rel 136+4 t=R_CALL runtime.printsp+0
	rel 153+4 t=R_PCREL $f64.4024000000000000+0
	rel 167+4 t=R_CALL runtime.printint+0
	rel 172+4 t=R_CALL runtime.printsp+0
	rel 189+4 t=R_PCREL $f64.4024000000000000+0
	rel 203+4 t=R_CALL runtime.printint+0
	rel 208+4 t=R_CALL runtime.printnl+0
	rel 213+4 t=R_CALL runtime.printunlock+0
	rel 225+4 t=R_CALL main.makeBig+0
	rel 377+4 t=R_CALL main.mutate+0
	rel 887+4 t=R_CALL runtime.printlock+0
	rel 900+4 t=R_CALL runtime.printint+0
	rel 905+4 t=R_CALL runtime.printsp+0
	rel 918+4 t=R_CALL runtime.printint+0
	rel 923+4 t=R_CALL runtime.printsp+0
	rel 944+4 t=R_CALL runtime.printstring+0
	rel 949+4 t=R_CALL runtime.printsp+0
	rel 970+4 t=R_CALL runtime.printstring+0
	rel 975+4 t=R_CALL runtime.printsp+0
	rel 993+4 t=R_CALL runtime.printint+0
	rel 998+4 t=R_CALL runtime.printsp+0
	rel 1011+4 t=R_CALL runtime.printint+0
	rel 1016+4 t=R_CALL runtime.printnl+0
	rel 1025+4 t=R_CALL runtime.printunlock+0
	rel 1035+4 t=R_CALL main.makeBig+0
	rel 1135+4 t=R_CALL type:.eq.M72GGGS+0
	rel 1163+4 t=R_CALL type:.eq.M72GGGS+0
	rel 1178+4 t=R_PCREL main..stmp_0+0
	rel 1203+4 t=R_PCREL main..stmp_0+8
	rel 1228+4 t=R_PCREL main..stmp_0+16
	rel 1265+4 t=R_CALL runtime.printlock+0
	rel 1281+4 t=R_CALL runtime.printbool+0
	rel 1286+4 t=R_CALL runtime.printsp+0
	rel 1299+4 t=R_CALL runtime.printbool+0
	rel 1304+4 t=R_CALL runtime.printsp+0
	rel 1317+4 t=R_CALL runtime.printbool+0
	rel 1322+4 t=R_CALL runtime.printnl+0
	rel 1327+4 t=R_CALL runtime.printunlock+0
	rel 1337+4 t=R_CALL main.makeBig+0
	rel 1426+4 t=R_CALL main.makeBig+0
	rel 1929+4 t=R_CALL type:.eq.[3M72GGGS]+0
	rel 1941+4 t=R_CALL runtime.printlock+0
	rel 1960+4 t=R_CALL runtime.printint+0
	rel 1965+4 t=R_CALL runtime.printsp+0
	rel 1975+4 t=R_CALL runtime.printint+0
	rel 1985+4 t=R_CALL runtime.printsp+0
	rel 1998+4 t=R_CALL runtime.printbool+0
	rel 2003+4 t=R_CALL runtime.printnl+0
	rel 2008+4 t=R_CALL runtime.printunlock+0
	rel 2015+4 t=R_PCREL main..stmp_1+0
	rel 2022+4 t=R_PCREL main..stmp_2+0
	rel 2031+4 t=R_PCREL main..stmp_2+16
	rel 2038+4 t=R_PCREL main..stmp_1+16
	rel 2063+4 t=R_PCREL main..stmp_3+0
	rel 2070+4 t=R_PCREL main..stmp_4+0
	rel 2079+4 t=R_PCREL main..stmp_3+16
	rel 2086+4 t=R_PCREL main..stmp_4+16
	rel 2102+4 t=R_PCREL go:string."x"+0
	rel 2109+4 t=R_PCREL go:string."y"+0
	rel 2114+4 t=R_CALL runtime.memequal+0
	rel 2138+4 t=R_CALL runtime.printlock+0
	rel 2151+4 t=R_CALL runtime.printbool+0
	rel 2156+4 t=R_CALL runtime.printsp+0
	rel 2169+4 t=R_CALL runtime.printbool+0
	rel 2177+4 t=R_CALL runtime.printnl+0
	rel 2182+4 t=R_CALL runtime.printunlock+0
	rel 2196+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.GGG STEXT dupok nosplit size=62 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.GGG(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.GGG.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.GGG.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVSD	(BX), X0
	0x0004 00004 (<autogenerated>:1)	MOVSD	(AX), X1
	0x0008 00008 (<autogenerated>:1)	UCOMISD	X1, X0
	0x000c 00012 (<autogenerated>:1)	JNE	59
	0x000e 00014 (<autogenerated>:1)	JPS	59
	0x0010 00016 (<autogenerated>:1)	MOVSD	8(AX), X0
	0x0015 00021 (<autogenerated>:1)	MOVSD	8(BX), X1
	0x001a 00026 (<autogenerated>:1)	UCOMISD	X1, X0
	0x001e 00030 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	JNE	59
	0x0022 00034 (<autogenerated>:1)	JPS	59
	0x0024 00036 (<autogenerated>:1)	MOVSD	16(AX), X0
	0x0029 00041 (<autogenerated>:1)	MOVSD	16(BX), X1
	0x002e 00046 (<autogenerated>:1)	UCOMISD	X0, X1
	0x0032 00050 (<autogenerated>:1)	SETEQ	AL
	0x0035 00053 (<autogenerated>:1)	SETPC	CL
	0x0038 00056 (<autogenerated>:1)	ANDL	CX, AX
	0x003a 00058 (<autogenerated>:1)	RET
	0x003b 00059 (<autogenerated>:1)	XORL	AX, AX
	0x003d 00061 (<autogenerated>:1)	RET
	0x0000 f2 0f 10 03 f2 0f 10 08 66 0f 2e c1 75 2d 7a 2b  ........f...u-z+
	0x0010 f2 0f 10 40 08 f2 0f 10 4b 08 66 0f 2e c1 66 90  ...@....K.f...f.
	0x0020 75 19 7a 17 f2 0f 10 40 10 f2 0f 10 4b 10 66 0f  u.z....@....K.f.
	0x0030 2e c8 0f 94 c0 0f 9b c1 21 c8 c3 31 c0 c3        ........!..1..
type:.eq.M72GGGS STEXT dupok size=173 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M72GGGS(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	143
	0x000a 00010 (<autogenerated>:1)	PCDATA	$0, $-1
	0x000a 00010 (<autogenerated>:1)	PUSHQ	BP
	0x000b 00011 (<autogenerated>:1)	MOVQ	SP, BP
	0x000e 00014 (<autogenerated>:1)	SUBQ	$24, SP
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M72GGGS.arginfo1(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M72GGGS.argliveinfo(SB)
	0x0012 00018 (<autogenerated>:1)	PCDATA	$3, $1
	0x0012 00018 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x0017 00023 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
	0x001c 00028 (<autogenerated>:1)	PCDATA	$3, $-1
	0x001c 00028 (<autogenerated>:1)	MOVL	$72, CX
	0x0021 00033 (<autogenerated>:1)	PCDATA	$1, $0
	0x0021 00033 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0026 00038 (<autogenerated>:1)	TESTB	AL, AL
	0x0028 00040 (<autogenerated>:1)	JEQ	135
	0x002a 00042 (<autogenerated>:1)	MOVQ	main.p+40(SP), DX
	0x002f 00047 (<autogenerated>:1)	MOVSD	72(DX), X0
	0x0034 00052 (<autogenerated>:1)	MOVQ	main.q+48(SP), SI
	0x0039 00057 (<autogenerated>:1)	MOVSD	72(SI), X1
	0x003e 00062 (<autogenerated>:1)	UCOMISD	X0, X1
	0x0042 00066 (<autogenerated>:1)	JNE	135
	0x0044 00068 (<autogenerated>:1)	JPS	135
	0x0046 00070 (<autogenerated>:1)	MOVSD	80(DX), X0
	0x004b 00075 (<autogenerated>:1)	MOVSD	80(SI), X1
	0x0050 00080 (<autogenerated>:1)	UCOMISD	X1, X0
	0x0054 00084 (<autogenerated>:1)	JNE	135
	0x0056 00086 (<autogenerated>:1)	JPS	135
	0x0058 00088 (<autogenerated>:1)	MOVSD	88(DX), X0
	0x005d 00093 (<autogenerated>:1)	MOVSD	88(SI), X1
	0x0062 00098 (<autogenerated>:1)	UCOMISD	X1, X0
	0x0066 00102 (<autogenerated>:1)	JNE	135
	0x0068 00104 (<autogenerated>:1)	JPS	135
	0x006a 00106 (<autogenerated>:1)	MOVQ	104(DX), CX
	0x006e 00110 (<autogenerated>:1)	CMPQ	104(SI), CX
	0x0072 00114 (<autogenerated>:1)	JNE	135
	0x0074 00116 (<autogenerated>:1)	MOVQ	96(DX), AX
	0x0078 00120 (<autogenerated>:1)	MOVQ	96(SI), BX
	0x007c 00124 (<autogenerated>:1)	PCDATA	$1, $1
	0x007c 00124 (<autogenerated>:1)	NOP
	0x0080 00128 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0085 00133 (<autogenerated>:1)	JMP	137
	0x0087 00135 (<autogenerated>:1)	XORL	AX, AX
	0x0089 00137 (<autogenerated>:1)	ADDQ	$24, SP
	0x008d 00141 (<autogenerated>:1)	POPQ	BP
	0x008e 00142 (<autogenerated>:1)	RET
	0x008f 00143 (<autogenerated>:1)	NOP
	0x008f 00143 (<autogenerated>:1)	PCDATA	$1, $-1
	0x008f 00143 (<autogenerated>:1)	PCDATA	$0, $-2
	0x008f 00143 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0094 00148 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0099 00153 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x009e 00158 (<autogenerated>:1)	PCDATA	$0, $-1
	0x009e 00158 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x00a3 00163 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x00a8 00168 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 0f 86 85 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 18 48 89 44 24 28 48 89 5c 24 30 b9 48 00 00  ..H.D$(H.\$0.H..
	0x0020 00 e8 00 00 00 00 84 c0 74 5d 48 8b 54 24 28 f2  ........t]H.T$(.
	0x0030 0f 10 42 48 48 8b 74 24 30 f2 0f 10 4e 48 66 0f  ..BHH.t$0...NHf.
	0x0040 2e c8 75 43 7a 41 f2 0f 10 42 50 f2 0f 10 4e 50  ..uCzA...BP...NP
	0x0050 66 0f 2e c1 75 31 7a 2f f2 0f 10 42 58 f2 0f 10  f...u1z/...BX...
	0x0060 4e 58 66 0f 2e c1 75 1f 7a 1d 48 8b 4a 68 48 39  NXf...u.z.H.JhH9
	0x0070 4e 68 75 13 48 8b 42 60 48 8b 5e 60 0f 1f 40 00  Nhu.H.B`H.^`..@.
	0x0080 e8 00 00 00 00 eb 02 31 c0 48 83 c4 18 5d c3 48  .......1.H...].H
	0x0090 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b  .D$.H.\$......H.
	0x00a0 44 24 08 48 8b 5c 24 10 e9 53 ff ff ff           D$.H.\$..S...
	rel 34+4 t=R_CALL runtime.memequal+0
	rel 129+4 t=R_CALL runtime.memequal+0
	rel 154+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.[3M72GGGS] STEXT dupok size=122 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.[3M72GGGS](SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	95
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.[3M72GGGS].arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.[3M72GGGS].argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $-1
	0x0018 00024 (<autogenerated>:1)	XORL	CX, CX
	0x001a 00026 (<autogenerated>:1)	JMP	47
	0x001c 00028 (<autogenerated>:1)	MOVQ	main..autotmp_7+16(SP), CX
	0x0021 00033 (<autogenerated>:1)	ADDQ	$112, CX
	0x0025 00037 (<autogenerated>:1)	MOVQ	main.p+40(SP), AX
	0x002a 00042 (<autogenerated>:1)	MOVQ	main.q+48(SP), BX
	0x002f 00047 (<autogenerated>:1)	CMPQ	CX, $336
	0x0036 00054 (<autogenerated>:1)	JCC	84
	0x0038 00056 (<autogenerated>:1)	MOVQ	CX, main..autotmp_7+16(SP)
	0x003d 00061 (<autogenerated>:1)	ADDQ	CX, AX
	0x0040 00064 (<autogenerated>:1)	ADDQ	CX, BX
	0x0043 00067 (<autogenerated>:1)	PCDATA	$1, $0
	0x0043 00067 (<autogenerated>:1)	CALL	type:.eq.M72GGGS(SB)
	0x0048 00072 (<autogenerated>:1)	TESTB	AL, AL
	0x004a 00074 (<autogenerated>:1)	JNE	28
	0x004c 00076 (<autogenerated>:1)	XORL	AX, AX
	0x004e 00078 (<autogenerated>:1)	ADDQ	$24, SP
	0x0052 00082 (<autogenerated>:1)	POPQ	BP
	0x0053 00083 (<autogenerated>:1)	RET
	0x0054 00084 (<autogenerated>:1)	MOVL	$1, AX
	0x0059 00089 (<autogenerated>:1)	ADDQ	$24, SP
	0x005d 00093 (<autogenerated>:1)	POPQ	BP
	0x005e 00094 (<autogenerated>:1)	RET
	0x005f 00095 (<autogenerated>:1)	NOP
	0x005f 00095 (<autogenerated>:1)	PCDATA	$1, $-1
	0x005f 00095 (<autogenerated>:1)	PCDATA	$0, $-2
	0x005f 00095 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0064 00100 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0069 00105 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x006e 00110 (<autogenerated>:1)	PCDATA	$0, $-1
	0x006e 00110 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0073 00115 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0078 00120 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 59 55 48 89 e5 48 83 ec 18 48 89  I;f.vYUH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 31 c9 eb 13 48 8b 4c 24  D$(H.\$01...H.L$
	0x0020 10 48 83 c1 70 48 8b 44 24 28 48 8b 5c 24 30 48  .H..pH.D$(H.\$0H
	0x0030 81 f9 50 01 00 00 73 1c 48 89 4c 24 10 48 01 c8  ..P...s.H.L$.H..
	0x0040 48 01 cb e8 00 00 00 00 84 c0 75 d0 31 c0 48 83  H.........u.1.H.
	0x0050 c4 18 5d c3 b8 01 00 00 00 48 83 c4 18 5d c3 48  ..]......H...].H
	0x0060 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b  .D$.H.\$......H.
	0x0070 44 24 08 48 8b 5c 24 10 eb 86                    D$.H.\$...
	rel 68+4 t=R_CALL type:.eq.M72GGGS+0
	rel 106+4 t=R_CALL runtime.morestack_noctxt+0
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
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.sumTags$abstract SDWARFABSFCN dupok size=42 align=0x0
	0x0000 05 6d 61 69 6e 2e 73 75 6d 54 61 67 73 00 01 23  .main.sumTags..#
	0x0010 01 22 62 00 00 00 00 00 00 21 73 00 24 00 00 00  ."b......!s.$...
	0x0020 00 21 74 00 25 00 00 00 00 00                    .!t.%.....
	rel 21+4 t=R_DWARFSECREF go:info.main.Big+0
	rel 29+4 t=R_DWARFSECREF go:info.int+0
	rel 37+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.GGG SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.GGG+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Vec. SRODATA dupok size=11 align=0x1
	0x0000 01 09 2a 6d 61 69 6e 2e 56 65 63                 ..*main.Vec
type:*main.Vec SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 45 dd c5 37 28 08 08 16 00 00 00 00 00 00 00 00  E..7(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Vec.+0
	rel 48+8 t=R_ADDR type:main.Vec+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.X. SRODATA dupok size=3 align=0x1
	0x0000 01 01 58                                         ..X
type:.namedata.Y. SRODATA dupok size=3 align=0x1
	0x0000 01 01 59                                         ..Y
type:.namedata.Z. SRODATA dupok size=3 align=0x1
	0x0000 01 01 5a                                         ..Z
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:main.Vec SRODATA size=168 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 8f f7 5c ba 07 08 08 19 00 00 00 00 00 00 00 00  ..\.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 58 00 00 00 00 00 00 00  ........X.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.GGG+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Vec.+0
	rel 44+4 t=R_ADDROFF type:*main.Vec+0
	rel 56+8 t=R_ADDR type:main.Vec+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.X.+0
	rel 104+8 t=R_ADDR type:float64+0
	rel 120+8 t=R_ADDR type:.namedata.Y.+0
	rel 128+8 t=R_ADDR type:float64+0
	rel 144+8 t=R_ADDR type:.namedata.Z.+0
	rel 152+8 t=R_ADDR type:float64+0
type:.eqfunc.M72GGGS SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.M72GGGS+0
type:.namedata.*main.Big. SRODATA dupok size=11 align=0x1
	0x0000 01 09 2a 6d 61 69 6e 2e 42 69 67                 ..*main.Big
type:*main.Big SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ff 61 b5 58 28 08 08 16 00 00 00 00 00 00 00 00  .a.X(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Big.+0
	rel 48+8 t=R_ADDR type:main.Big+0
runtime.gcbits.0010000000000000 SRODATA dupok size=8 align=0x8
	0x0000 00 10 00 00 00 00 00 00                          ........
type:.eqfunc.M64 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[8]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 38 5d 69 6e 74                       ..*[8]int
type:*[8]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b2 db c7 f5 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]int-+0
	rel 48+8 t=R_ADDR type:[8]int+0
type:[8]int SRODATA dupok size=72 align=0x8
	0x0000 40 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  @...............
	0x0010 94 b7 28 16 0a 08 08 11 00 00 00 00 00 00 00 00  ..(.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M64+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]int-+0
	rel 44+4 t=RelocType(-32763) type:*[8]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:.namedata.ID. SRODATA dupok size=4 align=0x1
	0x0000 01 02 49 44                                      ..ID
type:.namedata.Tags. SRODATA dupok size=6 align=0x1
	0x0000 01 04 54 61 67 73                                ..Tags
type:.namedata.Inner. SRODATA dupok size=7 align=0x1
	0x0000 01 05 49 6e 6e 65 72                             ..Inner
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:main.Big SRODATA size=192 align=0x8
	0x0000 70 00 00 00 00 00 00 00 68 00 00 00 00 00 00 00  p.......h.......
	0x0010 3a fc 68 1d 07 08 08 19 00 00 00 00 00 00 00 00  :.h.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 70 00 00 00 00 00 00 00  ........p.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 48 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  H...............
	0x00b0 00 00 00 00 00 00 00 00 60 00 00 00 00 00 00 00  ........`.......
	rel 24+8 t=R_ADDR type:.eqfunc.M72GGGS+0
	rel 32+8 t=R_ADDR runtime.gcbits.0010000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Big.+0
	rel 44+4 t=R_ADDROFF type:*main.Big+0
	rel 56+8 t=R_ADDR type:main.Big+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.ID.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.Tags.+0
	rel 128+8 t=R_ADDR type:[8]int+0
	rel 144+8 t=R_ADDR type:.namedata.Inner.+0
	rel 152+8 t=R_ADDR type:main.Vec+0
	rel 168+8 t=R_ADDR type:.namedata.Name.+0
	rel 176+8 t=R_ADDR type:string+0
go:string."big" SRODATA dupok size=3 align=0x1
	0x0000 62 69 67                                         big
go:string."!" SRODATA dupok size=1 align=0x1
	0x0000 21                                               !
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
go:string."y" SRODATA dupok size=1 align=0x1
	0x0000 79                                               y
main..stmp_0 SRODATA static size=24 align=0x8
	0x0000 00 00 00 00 00 00 f8 3f 00 00 00 00 00 00 04 40  .......?.......@
	0x0010 00 00 00 00 00 00 0c 40                          .......@
main..stmp_1 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."x"+0
type:.eqfunc.M8S SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.M8S+0
type:.namedata.*main.pair- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 6d 61 69 6e 2e 70 61 69 72              ..*main.pair
type:*main.pair·1 SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ec 53 c5 9f 28 08 08 16 00 00 00 00 00 00 00 00  .S..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.pair-+0
	rel 48+8 t=R_ADDR type:main.pair·1+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.a- SRODATA dupok size=3 align=0x1
	0x0000 00 01 61                                         ..a
type:.namedata.b- SRODATA dupok size=3 align=0x1
	0x0000 00 01 62                                         ..b
type:main.pair·1 SRODATA size=144 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 7b 14 14 e3 07 08 08 19 00 00 00 00 00 00 00 00  {...............
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
	rel 44+4 t=R_ADDROFF type:*main.pair·1+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.pair·1+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.a-+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.b-+0
	rel 128+8 t=R_ADDR type:string+0
main..stmp_2 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."x"+0
main..stmp_3 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."x"+0
main..stmp_4 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."y"+0
type:.eqfunc.[3M72GGGS] SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.[3M72GGGS]+0
type:.namedata.*[3]main.Big- SRODATA dupok size=14 align=0x1
	0x0000 00 0c 2a 5b 33 5d 6d 61 69 6e 2e 42 69 67        ..*[3]main.Big
type:*[3]main.Big SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 19 a7 50 16 28 08 08 16 00 00 00 00 00 00 00 00  ..P.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]main.Big-+0
	rel 48+8 t=R_ADDR type:[3]main.Big+0
runtime.gcbits.0010000400010000 SRODATA dupok size=8 align=0x8
	0x0000 00 10 00 04 00 01 00 00                          ........
type:.namedata.*[]main.Big- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 5d 6d 61 69 6e 2e 42 69 67           ..*[]main.Big
type:*[]main.Big SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a1 50 ca 59 28 08 08 16 00 00 00 00 00 00 00 00  .P.Y(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Big-+0
	rel 48+8 t=R_ADDR type:[]main.Big+0
type:[]main.Big SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 26 41 79 d9 02 08 08 17 00 00 00 00 00 00 00 00  &Ay.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Big-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.Big+0
	rel 48+8 t=R_ADDR type:main.Big+0
type:[3]main.Big SRODATA dupok size=72 align=0x8
	0x0000 50 01 00 00 00 00 00 00 48 01 00 00 00 00 00 00  P.......H.......
	0x0010 41 20 d4 7a 02 08 08 11 00 00 00 00 00 00 00 00  A .z............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.[3M72GGGS]+0
	rel 32+8 t=R_ADDR runtime.gcbits.0010000400010000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]main.Big-+0
	rel 44+4 t=RelocType(-32763) type:*[3]main.Big+0
	rel 48+8 t=R_ADDR type:main.Big+0
	rel 56+8 t=R_ADDR type:[]main.Big+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.addVec.arginfo1 SRODATA static dupok size=17 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd fe 18 08 20 08 28 08 fd  ........... .(..
	0x0010 ff                                               .
main.addVec.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Gj18ycJYHmara2CgGSGEkA== SRODATA dupok size=10 align=0x4
	0x0000 01 00 00 00 0d 00 00 00 00 00                    ..........
gclocals·XC93VybxMrWnsIHcYy37FQ== SRODATA dupok size=10 align=0x4
	0x0000 01 00 00 00 0e 00 00 00 00 00                    ..........
main.makeBig.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 70 08 ff                                         p..
main.makeBig.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 70 00                                            p.
gclocals·z9lwkReKsQC60kja2XGuzQ== SRODATA dupok size=16 align=0x4
	0x0000 02 00 00 00 1b 00 00 00 00 10 00 00 00 00 00 00  ................
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.mutate.arginfo1 SRODATA static dupok size=29 align=0x1
	0x0000 fe 00 08 fe 08 08 10 08 18 08 20 08 28 08 30 08  .......... .(.0.
	0x0010 38 08 40 08 fd fe 48 08 fc fd fc fd ff           8.@...H......
gclocals·451EEpZlXHNA5crqDanKcg== SRODATA dupok size=12 align=0x4
	0x0000 02 00 00 00 0d 00 00 00 00 10 00 00              ............
main.sumTags.arginfo1 SRODATA static dupok size=29 align=0x1
	0x0000 fe 00 08 fe 08 08 10 08 18 08 20 08 28 08 30 08  .......... .(.0.
	0x0010 38 08 40 08 fd fe 48 08 fc fd fc fd ff           8.@...H......
gclocals·3Nf0KxzcHw1JLr11btD+gA== SRODATA dupok size=8 align=0x4
	0x0000 06 00 00 00 00 00 00 00                          ........
gclocals·iSNMhkjG8uf5IFG2xptk2g== SRODATA dupok size=116 align=0x4
	0x0000 06 00 00 00 8e 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 10 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 40 00 10 00 00 00 00 00 03 00 00 00 00 00  ..@.............
	0x0040 00 00 00 00 40 00 10 00 00 00 00 00 01 00 00 00  ....@...........
	0x0050 00 00 00 00 00 00 40 00 10 00 00 00 00 00 00 00  ......@.........
	0x0060 00 00 00 00 00 00 00 00 00 00 10 00 00 00 00 00  ................
	0x0070 00 00 00 10                                      ....
main.main.stkobj SRODATA static size=88 align=0x8
	0x0000 05 00 00 00 00 00 00 00 90 fb ff ff 50 01 00 00  ............P...
	0x0010 48 01 00 00 00 00 00 00 e0 fc ff ff 70 00 00 00  H...........p...
	0x0020 68 00 00 00 00 00 00 00 50 fd ff ff 70 00 00 00  h.......P...p...
	0x0030 68 00 00 00 00 00 00 00 c0 fd ff ff 50 01 00 00  h...........P...
	0x0040 48 01 00 00 00 00 00 00 90 ff ff ff 70 00 00 00  H...........p...
	0x0050 68 00 00 00 00 00 00 00                          h.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0010000400010000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0010000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0010000000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0010000400010000+0
	rel 84+4 t=R_ADDROFF runtime.gcbits.0010000000000000+0
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.GGG.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.GGG.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.M72GGGS.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.M72GGGS.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.[3M72GGGS].arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
type:.eq.[3M72GGGS].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.M8S.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.M8S.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f64.3fe0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 e0 3f                          .......?
$f64.3ff0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
$f64.4000000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 40                          .......@
$f64.4008000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 08 40                          .......@
$f64.4024000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 24 40                          ......$@
