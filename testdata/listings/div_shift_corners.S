funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (div_shift_corners.go:25)	TEXT	main.main(SB), ABIInternal, $168-0
     0        00000 (div_shift_corners.go:25)	TEXT	main.main(SB), ABIInternal, $168-0
     0     -1 00000 (div_shift_corners.go:25)	LEAQ	-40(SP), R12
     5        00005 (div_shift_corners.go:25)	CMPQ	R12, 16(R14)
     9        00009 (div_shift_corners.go:25)	PCDATA	$0, $-2
     9        00009 (div_shift_corners.go:25)	JLS	1464
     f        00015 (div_shift_corners.go:25)	PCDATA	$0, $-1
     f        00015 (div_shift_corners.go:25)	PUSHQ	BP
    10        00016 (div_shift_corners.go:25)	MOVQ	SP, BP
    13        00019 (div_shift_corners.go:25)	SUBQ	$160, SP
    1a        00026 (div_shift_corners.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (div_shift_corners.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (div_shift_corners.go:27)	MOVQ	$-9223372036854775808, AX
    24        00036 (div_shift_corners.go:27)	MOVQ	$-1, BX
    2b        00043 (div_shift_corners.go:27)	PCDATA	$1, $0
    2b        00043 (div_shift_corners.go:27)	CALL	main.div64(SB)
    30        00048 (div_shift_corners.go:27)	MOVQ	AX, main..autotmp_63+88(SP)
    35        00053 (div_shift_corners.go:27)	MOVQ	BX, main..autotmp_64+80(SP)
    3a        00058 (div_shift_corners.go:27)	CALL	runtime.printlock(SB)
    3f        00063 (div_shift_corners.go:27)	MOVQ	main..autotmp_63+88(SP), AX
    44        00068 (div_shift_corners.go:27)	CALL	runtime.printint(SB)
    49        00073 (div_shift_corners.go:27)	CALL	runtime.printsp(SB)
    4e        00078 (div_shift_corners.go:27)	MOVQ	main..autotmp_64+80(SP), AX
    53        00083 (div_shift_corners.go:27)	CALL	runtime.printint(SB)
    58        00088 (div_shift_corners.go:27)	CALL	runtime.printnl(SB)
    5d        00093 (div_shift_corners.go:27)	NOP
    60        00096 (div_shift_corners.go:27)	CALL	runtime.printunlock(SB)
    65        00101 (div_shift_corners.go:28)	MOVL	$-2147483648, AX
    6a        00106 (div_shift_corners.go:28)	MOVL	$-1, BX
    6f        00111 (div_shift_corners.go:28)	CALL	main.div32(SB)
    74        00116 (div_shift_corners.go:28)	MOVL	AX, main..autotmp_65+28(SP)
    78        00120 (div_shift_corners.go:28)	MOVL	BX, main..autotmp_66+24(SP)
    7c        00124 (div_shift_corners.go:28)	NOP
    80        00128 (div_shift_corners.go:28)	CALL	runtime.printlock(SB)
    85        00133 (div_shift_corners.go:28)	MOVL	main..autotmp_65+28(SP), CX
    89        00137 (div_shift_corners.go:28)	MOVLQSX	CX, AX
    8c        00140 (div_shift_corners.go:28)	CALL	runtime.printint(SB)
    91        00145 (div_shift_corners.go:28)	CALL	runtime.printsp(SB)
    96        00150 (div_shift_corners.go:28)	MOVL	main..autotmp_66+24(SP), CX
    9a        00154 (div_shift_corners.go:28)	MOVLQSX	CX, AX
    9d        00157 (div_shift_corners.go:28)	NOP
    a0        00160 (div_shift_corners.go:28)	CALL	runtime.printint(SB)
    a5        00165 (div_shift_corners.go:28)	CALL	runtime.printnl(SB)
    aa        00170 (div_shift_corners.go:28)	CALL	runtime.printunlock(SB)
    af        00175 (div_shift_corners.go:29)	MOVL	$-128, AX
    b4        00180 (div_shift_corners.go:29)	MOVL	$-1, BX
    b9        00185 (div_shift_corners.go:29)	CALL	main.div8(SB)
    be        00190 (div_shift_corners.go:29)	MOVB	AL, main..autotmp_67+19(SP)
    c2        00194 (div_shift_corners.go:29)	MOVB	BL, main..autotmp_68+18(SP)
    c6        00198 (div_shift_corners.go:29)	CALL	runtime.printlock(SB)
    cb        00203 (div_shift_corners.go:29)	MOVBLZX	main..autotmp_67+19(SP), CX
    d0        00208 (div_shift_corners.go:29)	MOVBQSX	CL, AX
    d4        00212 (div_shift_corners.go:29)	CALL	runtime.printint(SB)
    d9        00217 (div_shift_corners.go:29)	CALL	runtime.printsp(SB)
    de        00222 (div_shift_corners.go:29)	MOVBLZX	main..autotmp_68+18(SP), CX
    e3        00227 (div_shift_corners.go:29)	MOVBQSX	CL, AX
    e7        00231 (div_shift_corners.go:29)	CALL	runtime.printint(SB)
    ec        00236 (div_shift_corners.go:29)	CALL	runtime.printnl(SB)
    f1        00241 (div_shift_corners.go:29)	CALL	runtime.printunlock(SB)
    f6        00246 (div_shift_corners.go:30)	MOVQ	$-7, AX
    fd        00253 (div_shift_corners.go:30)	MOVL	$2, BX
   102        00258 (div_shift_corners.go:30)	CALL	main.div64(SB)
   107        00263 (div_shift_corners.go:30)	MOVQ	AX, main..autotmp_63+88(SP)
   10c        00268 (div_shift_corners.go:30)	MOVQ	BX, main..autotmp_64+80(SP)
   111        00273 (div_shift_corners.go:30)	CALL	runtime.printlock(SB)
   116        00278 (div_shift_corners.go:30)	MOVQ	main..autotmp_63+88(SP), AX
   11b        00283 (div_shift_corners.go:30)	NOP
   120        00288 (div_shift_corners.go:30)	CALL	runtime.printint(SB)
   125        00293 (div_shift_corners.go:30)	CALL	runtime.printsp(SB)
   12a        00298 (div_shift_corners.go:30)	MOVQ	main..autotmp_64+80(SP), AX
   12f        00303 (div_shift_corners.go:30)	CALL	runtime.printint(SB)
   134        00308 (div_shift_corners.go:30)	CALL	runtime.printnl(SB)
   139        00313 (div_shift_corners.go:30)	CALL	runtime.printunlock(SB)
   13e        00318 (div_shift_corners.go:31)	MOVL	$7, AX
   143        00323 (div_shift_corners.go:31)	MOVQ	$-2, BX
   14a        00330 (div_shift_corners.go:31)	CALL	main.div64(SB)
   14f        00335 (div_shift_corners.go:31)	MOVQ	AX, main..autotmp_63+88(SP)
   154        00340 (div_shift_corners.go:31)	MOVQ	BX, main..autotmp_64+80(SP)
   159        00345 (div_shift_corners.go:31)	CALL	runtime.printlock(SB)
   15e        00350 (div_shift_corners.go:31)	MOVQ	main..autotmp_63+88(SP), AX
   163        00355 (div_shift_corners.go:31)	CALL	runtime.printint(SB)
   168        00360 (div_shift_corners.go:31)	CALL	runtime.printsp(SB)
   16d        00365 (div_shift_corners.go:31)	MOVQ	main..autotmp_64+80(SP), AX
   172        00370 (div_shift_corners.go:31)	CALL	runtime.printint(SB)
   177        00375 (div_shift_corners.go:31)	CALL	runtime.printnl(SB)
   17c        00380 (div_shift_corners.go:31)	NOP
   180        00384 (div_shift_corners.go:31)	CALL	runtime.printunlock(SB)
   185        00389 (div_shift_corners.go:32)	MOVQ	$-7, AX
   18c        00396 (div_shift_corners.go:32)	MOVQ	$-2, BX
   193        00403 (div_shift_corners.go:32)	CALL	main.div64(SB)
   198        00408 (div_shift_corners.go:32)	MOVQ	AX, main..autotmp_63+88(SP)
   19d        00413 (div_shift_corners.go:32)	MOVQ	BX, main..autotmp_64+80(SP)
   1a2        00418 (div_shift_corners.go:32)	CALL	runtime.printlock(SB)
   1a7        00423 (div_shift_corners.go:32)	MOVQ	main..autotmp_63+88(SP), AX
   1ac        00428 (div_shift_corners.go:32)	CALL	runtime.printint(SB)
   1b1        00433 (div_shift_corners.go:32)	CALL	runtime.printsp(SB)
   1b6        00438 (div_shift_corners.go:32)	MOVQ	main..autotmp_64+80(SP), AX
   1bb        00443 (div_shift_corners.go:32)	NOP
   1c0        00448 (div_shift_corners.go:32)	CALL	runtime.printint(SB)
   1c5        00453 (div_shift_corners.go:32)	CALL	runtime.printnl(SB)
   1ca        00458 (div_shift_corners.go:32)	CALL	runtime.printunlock(SB)
   1cf        00463 (div_shift_corners.go:33)	MOVQ	$-1, AX
   1d6        00470 (div_shift_corners.go:33)	MOVL	$10, BX
   1db        00475 (div_shift_corners.go:33)	NOP
   1e0        00480 (div_shift_corners.go:33)	CALL	main.udiv(SB)
   1e5        00485 (div_shift_corners.go:33)	MOVQ	AX, main..autotmp_69+72(SP)
   1ea        00490 (div_shift_corners.go:33)	MOVQ	BX, main..autotmp_70+64(SP)
   1ef        00495 (div_shift_corners.go:33)	CALL	runtime.printlock(SB)
   1f4        00500 (div_shift_corners.go:33)	MOVQ	main..autotmp_69+72(SP), AX
   1f9        00505 (div_shift_corners.go:33)	CALL	runtime.printuint(SB)
   1fe        00510 (div_shift_corners.go:33)	NOP
   200        00512 (div_shift_corners.go:33)	CALL	runtime.printsp(SB)
   205        00517 (div_shift_corners.go:33)	MOVQ	main..autotmp_70+64(SP), AX
   20a        00522 (div_shift_corners.go:33)	CALL	runtime.printuint(SB)
   20f        00527 (div_shift_corners.go:33)	CALL	runtime.printnl(SB)
   214        00532 (div_shift_corners.go:33)	CALL	runtime.printunlock(SB)
   219        00537 (div_shift_corners.go:34)	MOVQ	$-9223372036854775808, AX
   223        00547 (div_shift_corners.go:34)	MOVL	$3, BX
   228        00552 (div_shift_corners.go:34)	CALL	main.udiv(SB)
   22d        00557 (div_shift_corners.go:34)	MOVQ	AX, main..autotmp_69+72(SP)
   232        00562 (div_shift_corners.go:34)	MOVQ	BX, main..autotmp_70+64(SP)
   237        00567 (div_shift_corners.go:34)	CALL	runtime.printlock(SB)
   23c        00572 (div_shift_corners.go:34)	MOVQ	main..autotmp_69+72(SP), AX
   241        00577 (div_shift_corners.go:34)	CALL	runtime.printuint(SB)
   246        00582 (div_shift_corners.go:34)	CALL	runtime.printsp(SB)
   24b        00587 (div_shift_corners.go:34)	MOVQ	main..autotmp_70+64(SP), AX
   250        00592 (div_shift_corners.go:34)	CALL	runtime.printuint(SB)
   255        00597 (div_shift_corners.go:34)	CALL	runtime.printnl(SB)
   25a        00602 (div_shift_corners.go:34)	CALL	runtime.printunlock(SB)
   25f        00607 (div_shift_corners.go:34)	NOP
   260        00608 (div_shift_corners.go:35)	CALL	runtime.printlock(SB)
   265        00613 (div_shift_corners.go:35)	MOVQ	$3074457345618258602, AX
   26f        00623 (div_shift_corners.go:35)	CALL	runtime.printuint(SB)
   274        00628 (div_shift_corners.go:35)	CALL	runtime.printsp(SB)
   279        00633 (div_shift_corners.go:35)	MOVL	$306783378, AX
   27e        00638 (div_shift_corners.go:35)	NOP
   280        00640 (div_shift_corners.go:35)	CALL	runtime.printuint(SB)
   285        00645 (div_shift_corners.go:35)	CALL	runtime.printnl(SB)
   28a        00650 (div_shift_corners.go:35)	CALL	runtime.printunlock(SB)
   28f        00655 (div_shift_corners.go:37)	LEAQ	main..autotmp_45+96(SP), CX
   294        00660 (div_shift_corners.go:37)	MOVUPS	X15, (CX)
   298        00664 (div_shift_corners.go:37)	MOVUPS	X15, 16(CX)
   29d        00669 (div_shift_corners.go:37)	MOVUPS	X15, 32(CX)
   2a2        00674 (div_shift_corners.go:37)	MOVUPS	X15, 48(CX)
   2a7        00679 (div_shift_corners.go:37)	MOVQ	$1, main..autotmp_45+104(SP)
   2b0        00688 (div_shift_corners.go:37)	MOVQ	$31, main..autotmp_45+112(SP)
   2b9        00697 (div_shift_corners.go:37)	MOVQ	$32, main..autotmp_45+120(SP)
   2c2        00706 (div_shift_corners.go:37)	MOVQ	$63, main..autotmp_45+128(SP)
   2ce        00718 (div_shift_corners.go:37)	MOVQ	$64, main..autotmp_45+136(SP)
   2da        00730 (div_shift_corners.go:37)	MOVQ	$65, main..autotmp_45+144(SP)
   2e6        00742 (div_shift_corners.go:37)	MOVQ	$200, main..autotmp_45+152(SP)
   2f2        00754 (div_shift_corners.go:37)	XORL	AX, AX
   2f4        00756 (div_shift_corners.go:37)	JMP	994
   2f9        00761 (div_shift_corners.go:37)	MOVQ	AX, main..autotmp_71+56(SP)
   2fe        00766 (div_shift_corners.go:37)	MOVQ	main..autotmp_45+96(SP)(AX*8), BX
   303        00771 (div_shift_corners.go:37)	MOVQ	BX, main.s+32(SP)
   308        00776 (div_shift_corners.go:38)	MOVL	$1, AX
   30d        00781 (div_shift_corners.go:38)	CALL	main.shl(SB)
   312        00786 (div_shift_corners.go:38)	MOVQ	AX, main..autotmp_63+88(SP)
   317        00791 (div_shift_corners.go:38)	MOVQ	$-1, AX
   31e        00798 (div_shift_corners.go:38)	MOVQ	main.s+32(SP), BX
   323        00803 (div_shift_corners.go:38)	CALL	main.shl(SB)
   328        00808 (div_shift_corners.go:38)	MOVQ	AX, main..autotmp_64+80(SP)
   32d        00813 (div_shift_corners.go:38)	MOVQ	$-8, AX
   334        00820 (div_shift_corners.go:38)	MOVQ	main.s+32(SP), BX
   339        00825 (div_shift_corners.go:38)	CALL	main.shr(SB)
   33e        00830 (div_shift_corners.go:38)	MOVQ	AX, main..autotmp_72+48(SP)
   343        00835 (div_shift_corners.go:38)	MOVQ	$-9223372036854775808, AX
   34d        00845 (div_shift_corners.go:38)	MOVQ	main.s+32(SP), BX
   352        00850 (div_shift_corners.go:38)	CALL	main.shr(SB)
   357        00855 (div_shift_corners.go:38)	MOVQ	AX, main..autotmp_73+40(SP)
   35c        00860 (div_shift_corners.go:38)	MOVL	$-2147483648, AX
   361        00865 (div_shift_corners.go:38)	MOVQ	main.s+32(SP), BX
   366        00870 (div_shift_corners.go:38)	CALL	main.ushr(SB)
   36b        00875 (div_shift_corners.go:38)	MOVL	AX, main..autotmp_74+20(SP)
   36f        00879 (div_shift_corners.go:38)	CALL	runtime.printlock(SB)
   374        00884 (div_shift_corners.go:38)	MOVQ	main.s+32(SP), AX
   379        00889 (div_shift_corners.go:38)	CALL	runtime.printuint(SB)
   37e        00894 (div_shift_corners.go:38)	NOP
   380        00896 (div_shift_corners.go:38)	CALL	runtime.printsp(SB)
   385        00901 (div_shift_corners.go:38)	MOVQ	main..autotmp_63+88(SP), AX
   38a        00906 (div_shift_corners.go:38)	CALL	runtime.printint(SB)
   38f        00911 (div_shift_corners.go:38)	CALL	runtime.printsp(SB)
   394        00916 (div_shift_corners.go:38)	MOVQ	main..autotmp_64+80(SP), AX
   399        00921 (div_shift_corners.go:38)	CALL	runtime.printint(SB)
   39e        00926 (div_shift_corners.go:38)	NOP
   3a0        00928 (div_shift_corners.go:38)	CALL	runtime.printsp(SB)
   3a5        00933 (div_shift_corners.go:38)	MOVQ	main..autotmp_72+48(SP), AX
   3aa        00938 (div_shift_corners.go:38)	CALL	runtime.printint(SB)
   3af        00943 (div_shift_corners.go:38)	CALL	runtime.printsp(SB)
   3b4        00948 (div_shift_corners.go:38)	MOVQ	main..autotmp_73+40(SP), AX
   3b9        00953 (div_shift_corners.go:38)	CALL	runtime.printint(SB)
   3be        00958 (div_shift_corners.go:38)	NOP
   3c0        00960 (div_shift_corners.go:38)	CALL	runtime.printsp(SB)
   3c5        00965 (div_shift_corners.go:38)	MOVL	main..autotmp_74+20(SP), CX
   3c9        00969 (div_shift_corners.go:38)	MOVL	CX, AX
   3cb        00971 (div_shift_corners.go:38)	CALL	runtime.printuint(SB)
   3d0        00976 (div_shift_corners.go:38)	CALL	runtime.printnl(SB)
   3d5        00981 (div_shift_corners.go:38)	CALL	runtime.printunlock(SB)
   3da        00986 (div_shift_corners.go:37)	MOVQ	main..autotmp_71+56(SP), AX
   3df        00991 (div_shift_corners.go:37)	INCQ	AX
   3e2        00994 (div_shift_corners.go:37)	CMPQ	AX, $8
   3e6        00998 (div_shift_corners.go:37)	JLT	761
   3ec        01004 (div_shift_corners.go:41)	MOVL	$3, AX
   3f1        01009 (div_shift_corners.go:41)	MOVQ	$1099511627776, BX
   3fb        01019 (div_shift_corners.go:41)	NOP
   400        01024 (div_shift_corners.go:41)	CALL	main.shl(SB)
   405        01029 (div_shift_corners.go:41)	MOVQ	AX, main..autotmp_63+88(SP)
   40a        01034 (div_shift_corners.go:41)	MOVQ	$-3, AX
   411        01041 (div_shift_corners.go:41)	MOVQ	$1099511627776, BX
   41b        01051 (div_shift_corners.go:41)	NOP
   420        01056 (div_shift_corners.go:41)	CALL	main.shr(SB)
   425        01061 (div_shift_corners.go:41)	MOVQ	AX, main..autotmp_64+80(SP)
   42a        01066 (div_shift_corners.go:41)	MOVL	$7, AX
   42f        01071 (div_shift_corners.go:41)	MOVQ	$-9223372036854775808, BX
   439        01081 (div_shift_corners.go:41)	CALL	main.ushr(SB)
   43e        01086 (div_shift_corners.go:41)	MOVL	AX, main..autotmp_74+20(SP)
   442        01090 (div_shift_corners.go:41)	CALL	runtime.printlock(SB)
   447        01095 (div_shift_corners.go:41)	MOVQ	main..autotmp_63+88(SP), AX
   44c        01100 (div_shift_corners.go:41)	CALL	runtime.printint(SB)
   451        01105 (div_shift_corners.go:41)	CALL	runtime.printsp(SB)
   456        01110 (div_shift_corners.go:41)	MOVQ	main..autotmp_64+80(SP), AX
   45b        01115 (div_shift_corners.go:41)	NOP
   460        01120 (div_shift_corners.go:41)	CALL	runtime.printint(SB)
   465        01125 (div_shift_corners.go:41)	CALL	runtime.printsp(SB)
   46a        01130 (div_shift_corners.go:41)	MOVL	main..autotmp_74+20(SP), CX
   46e        01134 (div_shift_corners.go:41)	MOVL	CX, AX
   470        01136 (div_shift_corners.go:41)	CALL	runtime.printuint(SB)
   475        01141 (div_shift_corners.go:41)	CALL	runtime.printnl(SB)
   47a        01146 (div_shift_corners.go:41)	CALL	runtime.printunlock(SB)
   47f        01151 (div_shift_corners.go:44)	MOVL	$64, AX
   484        01156 (div_shift_corners.go:44)	CALL	main.id8v(SB)
   489        01161 (div_shift_corners.go:44)	MOVB	AL, main.i64+17(SP)
   48d        01165 (div_shift_corners.go:45)	CALL	runtime.printlock(SB)
   492        01170 (div_shift_corners.go:45)	MOVQ	$-1, AX
   499        01177 (div_shift_corners.go:45)	CALL	runtime.printint(SB)
   49e        01182 (div_shift_corners.go:45)	NOP
   4a0        01184 (div_shift_corners.go:45)	CALL	runtime.printsp(SB)
   4a5        01189 (div_shift_corners.go:45)	MOVQ	$-128, AX
   4ac        01196 (div_shift_corners.go:45)	CALL	runtime.printint(SB)
   4b1        01201 (div_shift_corners.go:45)	CALL	runtime.printsp(SB)
   4b6        01206 (div_shift_corners.go:45)	MOVL	$1, AX
   4bb        01211 (div_shift_corners.go:45)	NOP
   4c0        01216 (div_shift_corners.go:45)	CALL	runtime.printuint(SB)
   4c5        01221 (div_shift_corners.go:45)	CALL	runtime.printsp(SB)
   4ca        01226 (div_shift_corners.go:45)	MOVBLZX	main.i64+17(SP), CX
   4cf        01231 (div_shift_corners.go:45)	ADDL	CX, CX
   4d1        01233 (div_shift_corners.go:45)	MOVBQSX	CL, AX
   4d5        01237 (div_shift_corners.go:45)	CALL	runtime.printint(SB)
   4da        01242 (div_shift_corners.go:45)	CALL	runtime.printnl(SB)
   4df        01247 (div_shift_corners.go:45)	NOP
   4e0        01248 (div_shift_corners.go:45)	CALL	runtime.printunlock(SB)
   4e5        01253 (div_shift_corners.go:47)	CALL	runtime.printlock(SB)
   4ea        01258 (div_shift_corners.go:47)	MOVL	$1543, AX
   4ef        01263 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
   4f4        01268 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
   4f9        01273 (div_shift_corners.go:47)	MOVQ	$-8070450532247928832, AX
   503        01283 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
   508        01288 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
   50d        01293 (div_shift_corners.go:47)	MOVQ	$-1544, AX
   514        01300 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
   519        01305 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
   51e        01310 (div_shift_corners.go:47)	MOVQ	$-1543, AX
   525        01317 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
   52a        01322 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
   52f        01327 (div_shift_corners.go:47)	MOVL	$7, AX
   534        01332 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
   539        01337 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
   53e        01342 (div_shift_corners.go:47)	MOVQ	$-12346, AX
   545        01349 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
   54a        01354 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
   54f        01359 (div_shift_corners.go:47)	MOVL	$12297, AX
   554        01364 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
   559        01369 (div_shift_corners.go:47)	CALL	runtime.printnl(SB)
   55e        01374 (div_shift_corners.go:47)	NOP
   560        01376 (div_shift_corners.go:47)	CALL	runtime.printunlock(SB)
   565        01381 (div_shift_corners.go:49)	CALL	runtime.printlock(SB)
   56a        01386 (div_shift_corners.go:49)	MOVL	$48336, AX
   56f        01391 (div_shift_corners.go:49)	CALL	runtime.printuint(SB)
   574        01396 (div_shift_corners.go:49)	CALL	runtime.printsp(SB)
   579        01401 (div_shift_corners.go:49)	MOVL	$2748, AX
   57e        01406 (div_shift_corners.go:49)	NOP
   580        01408 (div_shift_corners.go:49)	CALL	runtime.printuint(SB)
   585        01413 (div_shift_corners.go:49)	CALL	runtime.printsp(SB)
   58a        01418 (div_shift_corners.go:49)	XORL	AX, AX
   58c        01420 (div_shift_corners.go:49)	CALL	runtime.printuint(SB)
   591        01425 (div_shift_corners.go:49)	CALL	runtime.printsp(SB)
   596        01430 (div_shift_corners.go:49)	MOVL	$21554, AX
   59b        01435 (div_shift_corners.go:49)	NOP
   5a0        01440 (div_shift_corners.go:49)	CALL	runtime.printuint(SB)
   5a5        01445 (div_shift_corners.go:49)	CALL	runtime.printnl(SB)
   5aa        01450 (div_shift_corners.go:49)	CALL	runtime.printunlock(SB)
   5af        01455 (div_shift_corners.go:50)	ADDQ	$160, SP
   5b6        01462 (div_shift_corners.go:50)	POPQ	BP
   5b7        01463 (div_shift_corners.go:50)	RET
   5b8        01464 (div_shift_corners.go:50)	NOP
   5b8        01464 (div_shift_corners.go:25)	PCDATA	$1, $-1
   5b8        01464 (div_shift_corners.go:25)	PCDATA	$0, $-2
   5b8        01464 (div_shift_corners.go:25)	CALL	runtime.morestack_noctxt(SB)
   5bd        01469 (div_shift_corners.go:25)	PCDATA	$0, $-1
   5bd        01469 (div_shift_corners.go:25)	NOP
   5c0        01472 (div_shift_corners.go:25)	JMP	0
   5c5 done
wrote 4 bytes to 0x0
 00 c5 0b 00
funcpctab main.id8v [valfunc=pctoinline]
     0     -1 00000 (div_shift_corners.go:53)	TEXT	main.id8v(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (div_shift_corners.go:53)	TEXT	main.id8v(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (div_shift_corners.go:53)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (div_shift_corners.go:53)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (div_shift_corners.go:53)	FUNCDATA	$5, main.id8v.arginfo1(SB)
     0        00000 (div_shift_corners.go:53)	FUNCDATA	$6, main.id8v.argliveinfo(SB)
     0        00000 (div_shift_corners.go:53)	PCDATA	$3, $1
     0     -1 00000 (div_shift_corners.go:53)	RET
     1 done
wrote 3 bytes to 0x0
 00 01 00
funcpctab main.ushr [valfunc=pctoinline]
     0     -1 00000 (div_shift_corners.go:23)	TEXT	main.ushr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (div_shift_corners.go:23)	TEXT	main.ushr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (div_shift_corners.go:23)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (div_shift_corners.go:23)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (div_shift_corners.go:23)	FUNCDATA	$5, main.ushr.arginfo1(SB)
     0        00000 (div_shift_corners.go:23)	FUNCDATA	$6, main.ushr.argliveinfo(SB)
     0        00000 (div_shift_corners.go:23)	PCDATA	$3, $1
     0     -1 00000 (div_shift_corners.go:23)	MOVQ	BX, CX
     3        00003 (div_shift_corners.go:23)	SHRL	CX, AX
     5        00005 (div_shift_corners.go:23)	CMPQ	CX, $32
     9        00009 (div_shift_corners.go:23)	SBBL	DX, DX
     b        00011 (div_shift_corners.go:23)	ANDL	DX, AX
     d        00013 (div_shift_corners.go:23)	RET
     e done
wrote 3 bytes to 0x0
 00 0e 00
funcpctab main.shr [valfunc=pctoinline]
     0     -1 00000 (div_shift_corners.go:20)	TEXT	main.shr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (div_shift_corners.go:20)	TEXT	main.shr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (div_shift_corners.go:20)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (div_shift_corners.go:20)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (div_shift_corners.go:20)	FUNCDATA	$5, main.shr.arginfo1(SB)
     0        00000 (div_shift_corners.go:20)	FUNCDATA	$6, main.shr.argliveinfo(SB)
     0        00000 (div_shift_corners.go:20)	PCDATA	$3, $1
     0     -1 00000 (div_shift_corners.go:20)	CMPQ	BX, $64
     4        00004 (div_shift_corners.go:20)	SBBQ	CX, CX
     7        00007 (div_shift_corners.go:20)	NOTQ	CX
     a        00010 (div_shift_corners.go:20)	ORQ	BX, CX
     d        00013 (div_shift_corners.go:20)	SARQ	CX, AX
    10        00016 (div_shift_corners.go:20)	RET
    11 done
wrote 3 bytes to 0x0
 00 11 00
funcpctab main.shl [valfunc=pctoinline]
     0     -1 00000 (div_shift_corners.go:17)	TEXT	main.shl(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (div_shift_corners.go:17)	TEXT	main.shl(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (div_shift_corners.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (div_shift_corners.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (div_shift_corners.go:17)	FUNCDATA	$5, main.shl.arginfo1(SB)
     0        00000 (div_shift_corners.go:17)	FUNCDATA	$6, main.shl.argliveinfo(SB)
     0        00000 (div_shift_corners.go:17)	PCDATA	$3, $1
     0     -1 00000 (div_shift_corners.go:17)	MOVQ	BX, CX
     3        00003 (div_shift_corners.go:17)	SHLQ	CX, AX
     6        00006 (div_shift_corners.go:17)	CMPQ	CX, $64
     a        00010 (div_shift_corners.go:17)	SBBQ	DX, DX
     d        00013 (div_shift_corners.go:17)	ANDQ	DX, AX
    10        00016 (div_shift_corners.go:17)	RET
    11 done
wrote 3 bytes to 0x0
 00 11 00
funcpctab main.udiv [valfunc=pctoinline]
     0     -1 00000 (div_shift_corners.go:14)	TEXT	main.udiv(SB), NOSPLIT|ABIInternal, $8-16
     0        00000 (div_shift_corners.go:14)	TEXT	main.udiv(SB), NOSPLIT|ABIInternal, $8-16
     0     -1 00000 (div_shift_corners.go:14)	PUSHQ	BP
     1        00001 (div_shift_corners.go:14)	MOVQ	SP, BP
     4        00004 (div_shift_corners.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (div_shift_corners.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (div_shift_corners.go:14)	FUNCDATA	$5, main.udiv.arginfo1(SB)
     4        00004 (div_shift_corners.go:14)	FUNCDATA	$6, main.udiv.argliveinfo(SB)
     4        00004 (div_shift_corners.go:14)	PCDATA	$3, $1
     4        00004 (div_shift_corners.go:14)	TESTQ	BX, BX
     7        00007 (div_shift_corners.go:14)	JEQ	19
     9        00009 (div_shift_corners.go:14)	XORL	DX, DX
     b        00011 (div_shift_corners.go:14)	DIVQ	BX
     e        00014 (div_shift_corners.go:14)	MOVQ	DX, BX
    11        00017 (div_shift_corners.go:14)	POPQ	BP
    12        00018 (div_shift_corners.go:14)	RET
    13        00019 (div_shift_corners.go:14)	PCDATA	$1, $0
    13        00019 (div_shift_corners.go:14)	CALL	runtime.panicdivide(SB)
    18        00024 (div_shift_corners.go:14)	XCHGL	AX, AX
    19 done
wrote 3 bytes to 0x0
 00 19 00
funcpctab main.div8 [valfunc=pctoinline]
     0     -1 00000 (div_shift_corners.go:11)	TEXT	main.div8(SB), NOSPLIT|ABIInternal, $8-8
     0        00000 (div_shift_corners.go:11)	TEXT	main.div8(SB), NOSPLIT|ABIInternal, $8-8
     0     -1 00000 (div_shift_corners.go:11)	PUSHQ	BP
     1        00001 (div_shift_corners.go:11)	MOVQ	SP, BP
     4        00004 (div_shift_corners.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (div_shift_corners.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (div_shift_corners.go:11)	FUNCDATA	$5, main.div8.arginfo1(SB)
     4        00004 (div_shift_corners.go:11)	FUNCDATA	$6, main.div8.argliveinfo(SB)
     4        00004 (div_shift_corners.go:11)	PCDATA	$3, $1
     4        00004 (div_shift_corners.go:11)	TESTB	BL, BL
     6        00006 (div_shift_corners.go:11)	JEQ	38
     8        00008 (div_shift_corners.go:11)	MOVBQSX	BL, CX
     c        00012 (div_shift_corners.go:11)	MOVBQSX	AL, AX
    10        00016 (div_shift_corners.go:11)	CMPW	CX, $-1
    14        00020 (div_shift_corners.go:11)	JNE	29
    16        00022 (div_shift_corners.go:11)	NEGW	AX
    19        00025 (div_shift_corners.go:11)	XORL	DX, DX
    1b        00027 (div_shift_corners.go:11)	JMP	34
    1d        00029 (div_shift_corners.go:11)	CWD
    1f        00031 (div_shift_corners.go:11)	IDIVW	CX
    22        00034 (div_shift_corners.go:11)	MOVL	DX, BX
    24        00036 (div_shift_corners.go:11)	POPQ	BP
    25        00037 (div_shift_corners.go:11)	RET
    26        00038 (div_shift_corners.go:11)	PCDATA	$1, $0
    26        00038 (div_shift_corners.go:11)	CALL	runtime.panicdivide(SB)
    2b        00043 (div_shift_corners.go:11)	XCHGL	AX, AX
    2c done
wrote 3 bytes to 0x0
 00 2c 00
funcpctab main.div32 [valfunc=pctoinline]
     0     -1 00000 (div_shift_corners.go:8)	TEXT	main.div32(SB), NOSPLIT|ABIInternal, $8-8
     0        00000 (div_shift_corners.go:8)	TEXT	main.div32(SB), NOSPLIT|ABIInternal, $8-8
     0     -1 00000 (div_shift_corners.go:8)	PUSHQ	BP
     1        00001 (div_shift_corners.go:8)	MOVQ	SP, BP
     4        00004 (div_shift_corners.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (div_shift_corners.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (div_shift_corners.go:8)	FUNCDATA	$5, main.div32.arginfo1(SB)
     4        00004 (div_shift_corners.go:8)	FUNCDATA	$6, main.div32.argliveinfo(SB)
     4        00004 (div_shift_corners.go:8)	PCDATA	$3, $1
     4        00004 (div_shift_corners.go:8)	TESTL	BX, BX
     6        00006 (div_shift_corners.go:8)	JEQ	26
     8        00008 (div_shift_corners.go:8)	CMPL	BX, $-1
     b        00011 (div_shift_corners.go:8)	JNE	19
     d        00013 (div_shift_corners.go:8)	NEGL	AX
     f        00015 (div_shift_corners.go:8)	XORL	DX, DX
    11        00017 (div_shift_corners.go:8)	JMP	22
    13        00019 (div_shift_corners.go:8)	CDQ
    14        00020 (div_shift_corners.go:8)	IDIVL	BX
    16        00022 (div_shift_corners.go:8)	MOVL	DX, BX
    18        00024 (div_shift_corners.go:8)	POPQ	BP
    19        00025 (div_shift_corners.go:8)	RET
    1a        00026 (div_shift_corners.go:8)	PCDATA	$1, $0
    1a        00026 (div_shift_corners.go:8)	CALL	runtime.panicdivide(SB)
    1f        00031 (div_shift_corners.go:8)	XCHGL	AX, AX
    20 done
wrote 3 bytes to 0x0
 00 20 00
funcpctab main.div64 [valfunc=pctoinline]
     0     -1 00000 (div_shift_corners.go:5)	TEXT	main.div64(SB), NOSPLIT|ABIInternal, $8-16
     0        00000 (div_shift_corners.go:5)	TEXT	main.div64(SB), NOSPLIT|ABIInternal, $8-16
     0     -1 00000 (div_shift_corners.go:5)	PUSHQ	BP
     1        00001 (div_shift_corners.go:5)	MOVQ	SP, BP
     4        00004 (div_shift_corners.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (div_shift_corners.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (div_shift_corners.go:5)	FUNCDATA	$5, main.div64.arginfo1(SB)
     4        00004 (div_shift_corners.go:5)	FUNCDATA	$6, main.div64.argliveinfo(SB)
     4        00004 (div_shift_corners.go:5)	PCDATA	$3, $1
     4        00004 (div_shift_corners.go:5)	TESTQ	BX, BX
     7        00007 (div_shift_corners.go:5)	JEQ	33
     9        00009 (div_shift_corners.go:5)	CMPQ	BX, $-1
     d        00013 (div_shift_corners.go:5)	JNE	22
     f        00015 (div_shift_corners.go:5)	NEGQ	AX
    12        00018 (div_shift_corners.go:5)	XORL	DX, DX
    14        00020 (div_shift_corners.go:5)	JMP	27
    16        00022 (div_shift_corners.go:5)	CQO
    18        00024 (div_shift_corners.go:5)	IDIVQ	BX
    1b        00027 (div_shift_corners.go:5)	MOVQ	DX, BX
    1e        00030 (div_shift_corners.go:5)	POPQ	BP
    1f        00031 (div_shift_corners.go:5)	NOP
    20        00032 (div_shift_corners.go:5)	RET
    21        00033 (div_shift_corners.go:5)	PCDATA	$1, $0
    21        00033 (div_shift_corners.go:5)	CALL	runtime.panicdivide(SB)
    26        00038 (div_shift_corners.go:5)	XCHGL	AX, AX
    27 done
wrote 3 bytes to 0x0
 00 27 00
main.div64 STEXT nosplit size=39 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (div_shift_corners.go:5)	TEXT	main.div64(SB), NOSPLIT|ABIInternal, $8-16
	0x0000 00000 (div_shift_corners.go:5)	PUSHQ	BP
	0x0001 00001 (div_shift_corners.go:5)	MOVQ	SP, BP
	0x0004 00004 (div_shift_corners.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (div_shift_corners.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (div_shift_corners.go:5)	FUNCDATA	$5, main.div64.arginfo1(SB)
	0x0004 00004 (div_shift_corners.go:5)	FUNCDATA	$6, main.div64.argliveinfo(SB)
	0x0004 00004 (div_shift_corners.go:5)	PCDATA	$3, $1
	0x0004 00004 (div_shift_corners.go:5)	TESTQ	BX, BX
	0x0007 00007 (div_shift_corners.go:5)	JEQ	33
	0x0009 00009 (div_shift_corners.go:5)	CMPQ	BX, $-1
	0x000d 00013 (div_shift_corners.go:5)	JNE	22
	0x000f 00015 (div_shift_corners.go:5)	NEGQ	AX
	0x0012 00018 (div_shift_corners.go:5)	XORL	DX, DX
	0x0014 00020 (div_shift_corners.go:5)	JMP	27
	0x0016 00022 (div_shift_corners.go:5)	CQO
	0x0018 00024 (div_shift_corners.go:5)	IDIVQ	BX
	0x001b 00027 (div_shift_corners.go:5)	MOVQ	DX, BX
	0x001e 00030 (div_shift_corners.go:5)	POPQ	BP
	0x001f 00031 (div_shift_corners.go:5)	NOP
	0x0020 00032 (div_shift_corners.go:5)	RET
	0x0021 00033 (div_shift_corners.go:5)	PCDATA	$1, $0
	0x0021 00033 (div_shift_corners.go:5)	CALL	runtime.panicdivide(SB)
	0x0026 00038 (div_shift_corners.go:5)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 db 74 18 48 83 fb ff 75 07 48  UH..H..t.H...u.H
	0x0010 f7 d8 31 d2 eb 05 48 99 48 f7 fb 48 89 d3 5d 90  ..1...H.H..H..].
	0x0020 c3 e8 00 00 00 00 90                             .......
	rel 34+4 t=R_CALL runtime.panicdivide+0
main.div32 STEXT nosplit size=32 align=0x0 args=0x8 locals=0x8 funcid=0x0
	0x0000 00000 (div_shift_corners.go:8)	TEXT	main.div32(SB), NOSPLIT|ABIInternal, $8-8
	0x0000 00000 (div_shift_corners.go:8)	PUSHQ	BP
	0x0001 00001 (div_shift_corners.go:8)	MOVQ	SP, BP
	0x0004 00004 (div_shift_corners.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (div_shift_corners.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (div_shift_corners.go:8)	FUNCDATA	$5, main.div32.arginfo1(SB)
	0x0004 00004 (div_shift_corners.go:8)	FUNCDATA	$6, main.div32.argliveinfo(SB)
	0x0004 00004 (div_shift_corners.go:8)	PCDATA	$3, $1
	0x0004 00004 (div_shift_corners.go:8)	TESTL	BX, BX
	0x0006 00006 (div_shift_corners.go:8)	JEQ	26
	0x0008 00008 (div_shift_corners.go:8)	CMPL	BX, $-1
	0x000b 00011 (div_shift_corners.go:8)	JNE	19
	0x000d 00013 (div_shift_corners.go:8)	NEGL	AX
	0x000f 00015 (div_shift_corners.go:8)	XORL	DX, DX
	0x0011 00017 (div_shift_corners.go:8)	JMP	22
	0x0013 00019 (div_shift_corners.go:8)	CDQ
	0x0014 00020 (div_shift_corners.go:8)	IDIVL	BX
	0x0016 00022 (div_shift_corners.go:8)	MOVL	DX, BX
	0x0018 00024 (div_shift_corners.go:8)	POPQ	BP
	0x0019 00025 (div_shift_corners.go:8)	RET
	0x001a 00026 (div_shift_corners.go:8)	PCDATA	$1, $0
	0x001a 00026 (div_shift_corners.go:8)	CALL	runtime.panicdivide(SB)
	0x001f 00031 (div_shift_corners.go:8)	XCHGL	AX, AX
	0x0000 55 48 89 e5 85 db 74 12 83 fb ff 75 06 f7 d8 31  UH....t....u...1
	0x0010 d2 eb 03 99 f7 fb 89 d3 5d c3 e8 00 00 00 00 90  ........].......
	rel 27+4 t=R_CALL runtime.panicdivide+0
main.div8 STEXT nosplit size=44 align=0x0 args=0x8 locals=0x8 funcid=0x0
	0x0000 00000 (div_shift_corners.go:11)	TEXT	main.div8(SB), NOSPLIT|ABIInternal, $8-8
	0x0000 00000 (div_shift_corners.go:11)	PUSHQ	BP
	0x0001 00001 (div_shift_corners.go:11)	MOVQ	SP, BP
	0x0004 00004 (div_shift_corners.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (div_shift_corners.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (div_shift_corners.go:11)	FUNCDATA	$5, main.div8.arginfo1(SB)
	0x0004 00004 (div_shift_corners.go:11)	FUNCDATA	$6, main.div8.argliveinfo(SB)
	0x0004 00004 (div_shift_corners.go:11)	PCDATA	$3, $1
	0x0004 00004 (div_shift_corners.go:11)	TESTB	BL, BL
	0x0006 00006 (div_shift_corners.go:11)	JEQ	38
	0x0008 00008 (div_shift_corners.go:11)	MOVBQSX	BL, CX
	0x000c 00012 (div_shift_corners.go:11)	MOVBQSX	AL, AX
	0x0010 00016 (div_shift_corners.go:11)	CMPW	CX, $-1
	0x0014 00020 (div_shift_corners.go:11)	JNE	29
	0x0016 00022 (div_shift_corners.go:11)	NEGW	AX
	0x0019 00025 (div_shift_corners.go:11)	XORL	DX, DX
	0x001b 00027 (div_shift_corners.go:11)	JMP	34
	0x001d 00029 (div_shift_corners.go:11)	CWD
	0x001f 00031 (div_shift_corners.go:11)	IDIVW	CX
	0x0022 00034 (div_shift_corners.go:11)	MOVL	DX, BX
	0x0024 00036 (div_shift_corners.go:11)	POPQ	BP
	0x0025 00037 (div_shift_corners.go:11)	RET
	0x0026 00038 (div_shift_corners.go:11)	PCDATA	$1, $0
	0x0026 00038 (div_shift_corners.go:11)	CALL	runtime.panicdivide(SB)
	0x002b 00043 (div_shift_corners.go:11)	XCHGL	AX, AX
	0x0000 55 48 89 e5 84 db 74 1e 48 0f be cb 48 0f be c0  UH....t.H...H...
	0x0010 66 83 f9 ff 75 07 66 f7 d8 31 d2 eb 05 66 99 66  f...u.f..1...f.f
	0x0020 f7 f9 89 d3 5d c3 e8 00 00 00 00 90              ....].......
	rel 39+4 t=R_CALL runtime.panicdivide+0
main.udiv STEXT nosplit size=25 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (div_shift_corners.go:14)	TEXT	main.udiv(SB), NOSPLIT|ABIInternal, $8-16
	0x0000 00000 (div_shift_corners.go:14)	PUSHQ	BP
	0x0001 00001 (div_shift_corners.go:14)	MOVQ	SP, BP
	0x0004 00004 (div_shift_corners.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (div_shift_corners.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (div_shift_corners.go:14)	FUNCDATA	$5, main.udiv.arginfo1(SB)
	0x0004 00004 (div_shift_corners.go:14)	FUNCDATA	$6, main.udiv.argliveinfo(SB)
	0x0004 00004 (div_shift_corners.go:14)	PCDATA	$3, $1
	0x0004 00004 (div_shift_corners.go:14)	TESTQ	BX, BX
	0x0007 00007 (div_shift_corners.go:14)	JEQ	19
	0x0009 00009 (div_shift_corners.go:14)	XORL	DX, DX
	0x000b 00011 (div_shift_corners.go:14)	DIVQ	BX
	0x000e 00014 (div_shift_corners.go:14)	MOVQ	DX, BX
	0x0011 00017 (div_shift_corners.go:14)	POPQ	BP
	0x0012 00018 (div_shift_corners.go:14)	RET
	0x0013 00019 (div_shift_corners.go:14)	PCDATA	$1, $0
	0x0013 00019 (div_shift_corners.go:14)	CALL	runtime.panicdivide(SB)
	0x0018 00024 (div_shift_corners.go:14)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 db 74 0a 31 d2 48 f7 f3 48 89  UH..H..t.1.H..H.
	0x0010 d3 5d c3 e8 00 00 00 00 90                       .].......
	rel 20+4 t=R_CALL runtime.panicdivide+0
main.shl STEXT nosplit size=17 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (div_shift_corners.go:17)	TEXT	main.shl(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (div_shift_corners.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (div_shift_corners.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (div_shift_corners.go:17)	FUNCDATA	$5, main.shl.arginfo1(SB)
	0x0000 00000 (div_shift_corners.go:17)	FUNCDATA	$6, main.shl.argliveinfo(SB)
	0x0000 00000 (div_shift_corners.go:17)	PCDATA	$3, $1
	0x0000 00000 (div_shift_corners.go:17)	MOVQ	BX, CX
	0x0003 00003 (div_shift_corners.go:17)	SHLQ	CX, AX
	0x0006 00006 (div_shift_corners.go:17)	CMPQ	CX, $64
	0x000a 00010 (div_shift_corners.go:17)	SBBQ	DX, DX
	0x000d 00013 (div_shift_corners.go:17)	ANDQ	DX, AX
	0x0010 00016 (div_shift_corners.go:17)	RET
	0x0000 48 89 d9 48 d3 e0 48 83 f9 40 48 19 d2 48 21 d0  H..H..H..@H..H!.
	0x0010 c3                                               .
main.shr STEXT nosplit size=17 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (div_shift_corners.go:20)	TEXT	main.shr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (div_shift_corners.go:20)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (div_shift_corners.go:20)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (div_shift_corners.go:20)	FUNCDATA	$5, main.shr.arginfo1(SB)
	0x0000 00000 (div_shift_corners.go:20)	FUNCDATA	$6, main.shr.argliveinfo(SB)
	0x0000 00000 (div_shift_corners.go:20)	PCDATA	$3, $1
	0x0000 00000 (div_shift_corners.go:20)	CMPQ	BX, $64
	0x0004 00004 (div_shift_corners.go:20)	SBBQ	CX, CX
	0x0007 00007 (div_shift_corners.go:20)	NOTQ	CX
	0x000a 00010 (div_shift_corners.go:20)	ORQ	BX, CX
	0x000d 00013 (div_shift_corners.go:20)	SARQ	CX, AX
	0x0010 00016 (div_shift_corners.go:20)	RET
	0x0000 48 83 fb 40 48 19 c9 48 f7 d1 48 09 d9 48 d3 f8  H..@H..H..H..H..
	0x0010 c3                                               .
main.ushr STEXT nosplit size=14 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (div_shift_corners.go:23)	TEXT	main.ushr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (div_shift_corners.go:23)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (div_shift_corners.go:23)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (div_shift_corners.go:23)	FUNCDATA	$5, main.ushr.arginfo1(SB)
	0x0000 00000 (div_shift_corners.go:23)	FUNCDATA	$6, main.ushr.argliveinfo(SB)
	0x0000 00000 (div_shift_corners.go:23)	PCDATA	$3, $1
	0x0000 00000 (div_shift_corners.go:23)	MOVQ	BX, CX
	0x0003 00003 (div_shift_corners.go:23)	SHRL	CX, AX
	0x0005 00005 (div_shift_corners.go:23)	CMPQ	CX, $32
	0x0009 00009 (div_shift_corners.go:23)	SBBL	DX, DX
	0x000b 00011 (div_shift_corners.go:23)	ANDL	DX, AX
	0x000d 00013 (div_shift_corners.go:23)	RET
	0x0000 48 89 d9 d3 e8 48 83 f9 20 19 d2 21 d0 c3        H....H.. ..!..
main.main STEXT size=1477 align=0x0 args=0x0 locals=0xa8 funcid=0x0
	0x0000 00000 (div_shift_corners.go:25)	TEXT	main.main(SB), ABIInternal, $168-0
	0x0000 00000 (div_shift_corners.go:25)	LEAQ	-40(SP), R12
	0x0005 00005 (div_shift_corners.go:25)	CMPQ	R12, 16(R14)
	0x0009 00009 (div_shift_corners.go:25)	PCDATA	$0, $-2
	0x0009 00009 (div_shift_corners.go:25)	JLS	1464
	0x000f 00015 (div_shift_corners.go:25)	PCDATA	$0, $-1
	0x000f 00015 (div_shift_corners.go:25)	PUSHQ	BP
	0x0010 00016 (div_shift_corners.go:25)	MOVQ	SP, BP
	0x0013 00019 (div_shift_corners.go:25)	SUBQ	$160, SP
	0x001a 00026 (div_shift_corners.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (div_shift_corners.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (div_shift_corners.go:27)	MOVQ	$-9223372036854775808, AX
	0x0024 00036 (div_shift_corners.go:27)	MOVQ	$-1, BX
	0x002b 00043 (div_shift_corners.go:27)	PCDATA	$1, $0
	0x002b 00043 (div_shift_corners.go:27)	CALL	main.div64(SB)
	0x0030 00048 (div_shift_corners.go:27)	MOVQ	AX, main..autotmp_63+88(SP)
	0x0035 00053 (div_shift_corners.go:27)	MOVQ	BX, main..autotmp_64+80(SP)
	0x003a 00058 (div_shift_corners.go:27)	CALL	runtime.printlock(SB)
	0x003f 00063 (div_shift_corners.go:27)	MOVQ	main..autotmp_63+88(SP), AX
	0x0044 00068 (div_shift_corners.go:27)	CALL	runtime.printint(SB)
	0x0049 00073 (div_shift_corners.go:27)	CALL	runtime.printsp(SB)
	0x004e 00078 (div_shift_corners.go:27)	MOVQ	main..autotmp_64+80(SP), AX
	0x0053 00083 (div_shift_corners.go:27)	CALL	runtime.printint(SB)
	0x0058 00088 (div_shift_corners.go:27)	CALL	runtime.printnl(SB)
	0x005d 00093 (div_shift_corners.go:27)	NOP
	0x0060 00096 (div_shift_corners.go:27)	CALL	runtime.printunlock(SB)
	0x0065 00101 (div_shift_corners.go:28)	MOVL	$-2147483648, AX
	0x006a 00106 (div_shift_corners.go:28)	MOVL	$-1, BX
	0x006f 00111 (div_shift_corners.go:28)	CALL	main.div32(SB)
	0x0074 00116 (div_shift_corners.go:28)	MOVL	AX, main..autotmp_65+28(SP)
	0x0078 00120 (div_shift_corners.go:28)	MOVL	BX, main..autotmp_66+24(SP)
	0x007c 00124 (div_shift_corners.go:28)	NOP
	0x0080 00128 (div_shift_corners.go:28)	CALL	runtime.printlock(SB)
	0x0085 00133 (div_shift_corners.go:28)	MOVL	main..autotmp_65+28(SP), CX
	0x0089 00137 (div_shift_corners.go:28)	MOVLQSX	CX, AX
	0x008c 00140 (div_shift_corners.go:28)	CALL	runtime.printint(SB)
	0x0091 00145 (div_shift_corners.go:28)	CALL	runtime.printsp(SB)
	0x0096 00150 (div_shift_corners.go:28)	MOVL	main..autotmp_66+24(SP), CX
	0x009a 00154 (div_shift_corners.go:28)	MOVLQSX	CX, AX
	0x009d 00157 (div_shift_corners.go:28)	NOP
	0x00a0 00160 (div_shift_corners.go:28)	CALL	runtime.printint(SB)
	0x00a5 00165 (div_shift_corners.go:28)	CALL	runtime.printnl(SB)
	0x00aa 00170 (div_shift_corners.go:28)	CALL	runtime.printunlock(SB)
	0x00af 00175 (div_shift_corners.go:29)	MOVL	$-128, AX
	0x00b4 00180 (div_shift_corners.go:29)	MOVL	$-1, BX
	0x00b9 00185 (div_shift_corners.go:29)	CALL	main.div8(SB)
	0x00be 00190 (div_shift_corners.go:29)	MOVB	AL, main..autotmp_67+19(SP)
	0x00c2 00194 (div_shift_corners.go:29)	MOVB	BL, main..autotmp_68+18(SP)
	0x00c6 00198 (div_shift_corners.go:29)	CALL	runtime.printlock(SB)
	0x00cb 00203 (div_shift_corners.go:29)	MOVBLZX	main..autotmp_67+19(SP), CX
	0x00d0 00208 (div_shift_corners.go:29)	MOVBQSX	CL, AX
	0x00d4 00212 (div_shift_corners.go:29)	CALL	runtime.printint(SB)
	0x00d9 00217 (div_shift_corners.go:29)	CALL	runtime.printsp(SB)
	0x00de 00222 (div_shift_corners.go:29)	MOVBLZX	main..autotmp_68+18(SP), CX
	0x00e3 00227 (div_shift_corners.go:29)	MOVBQSX	CL, AX
	0x00e7 00231 (div_shift_corners.go:29)	CALL	runtime.printint(SB)
	0x00ec 00236 (div_shift_corners.go:29)	CALL	runtime.printnl(SB)
	0x00f1 00241 (div_shift_corners.go:29)	CALL	runtime.printunlock(SB)
	0x00f6 00246 (div_shift_corners.go:30)	MOVQ	$-7, AX
	0x00fd 00253 (div_shift_corners.go:30)	MOVL	$2, BX
	0x0102 00258 (div_shift_corners.go:30)	CALL	main.div64(SB)
	0x0107 00263 (div_shift_corners.go:30)	MOVQ	AX, main..autotmp_63+88(SP)
	0x010c 00268 (div_shift_corners.go:30)	MOVQ	BX, main..autotmp_64+80(SP)
	0x0111 00273 (div_shift_corners.go:30)	CALL	runtime.printlock(SB)
	0x0116 00278 (div_shift_corners.go:30)	MOVQ	main..autotmp_63+88(SP), AX
	0x011b 00283 (div_shift_corners.go:30)	NOP
	0x0120 00288 (div_shift_corners.go:30)	CALL	runtime.printint(SB)
	0x0125 00293 (div_shift_corners.go:30)	CALL	runtime.printsp(SB)
	0x012a 00298 (div_shift_corners.go:30)	MOVQ	main..autotmp_64+80(SP), AX
	0x012f 00303 (div_shift_corners.go:30)	CALL	runtime.printint(SB)
	0x0134 00308 (div_shift_corners.go:30)	CALL	runtime.printnl(SB)
	0x0139 00313 (div_shift_corners.go:30)	CALL	runtime.printunlock(SB)
	0x013e 00318 (div_shift_corners.go:31)	MOVL	$7, AX
	0x0143 00323 (div_shift_corners.go:31)	MOVQ	$-2, BX
	0x014a 00330 (div_shift_corners.go:31)	CALL	main.div64(SB)
	0x014f 00335 (div_shift_corners.go:31)	MOVQ	AX, main..autotmp_63+88(SP)
	0x0154 00340 (div_shift_corners.go:31)	MOVQ	BX, main..autotmp_64+80(SP)
	0x0159 00345 (div_shift_corners.go:31)	CALL	runtime.printlock(SB)
	0x015e 00350 (div_shift_corners.go:31)	MOVQ	main..autotmp_63+88(SP), AX
	0x0163 00355 (div_shift_corners.go:31)	CALL	runtime.printint(SB)
	0x0168 00360 (div_shift_corners.go:31)	CALL	runtime.printsp(SB)
	0x016d 00365 (div_shift_corners.go:31)	MOVQ	main..autotmp_64+80(SP), AX
	0x0172 00370 (div_shift_corners.go:31)	CALL	runtime.printint(SB)
	0x0177 00375 (div_shift_corners.go:31)	CALL	runtime.printnl(SB)
	0x017c 00380 (div_shift_corners.go:31)	NOP
	0x0180 00384 (div_shift_corners.go:31)	CALL	runtime.printunlock(SB)
	0x0185 00389 (div_shift_corners.go:32)	MOVQ	$-7, AX
	0x018c 00396 (div_shift_corners.go:32)	MOVQ	$-2, BX
	0x0193 00403 (div_shift_corners.go:32)	CALL	main.div64(SB)
	0x0198 00408 (div_shift_corners.go:32)	MOVQ	AX, main..autotmp_63+88(SP)
	0x019d 00413 (div_shift_corners.go:32)	MOVQ	BX, main..autotmp_64+80(SP)
	0x01a2 00418 (div_shift_corners.go:32)	CALL	runtime.printlock(SB)
	0x01a7 00423 (div_shift_corners.go:32)	MOVQ	main..autotmp_63+88(SP), AX
	0x01ac 00428 (div_shift_corners.go:32)	CALL	runtime.printint(SB)
	0x01b1 00433 (div_shift_corners.go:32)	CALL	runtime.printsp(SB)
	0x01b6 00438 (div_shift_corners.go:32)	MOVQ	main..autotmp_64+80(SP), AX
	0x01bb 00443 (div_shift_corners.go:32)	NOP
	0x01c0 00448 (div_shift_corners.go:32)	CALL	runtime.printint(SB)
	0x01c5 00453 (div_shift_corners.go:32)	CALL	runtime.printnl(SB)
	0x01ca 00458 (div_shift_corners.go:32)	CALL	runtime.printunlock(SB)
	0x01cf 00463 (div_shift_corners.go:33)	MOVQ	$-1, AX
	0x01d6 00470 (div_shift_corners.go:33)	MOVL	$10, BX
	0x01db 00475 (div_shift_corners.go:33)	NOP
	0x01e0 00480 (div_shift_corners.go:33)	CALL	main.udiv(SB)
	0x01e5 00485 (div_shift_corners.go:33)	MOVQ	AX, main..autotmp_69+72(SP)
	0x01ea 00490 (div_shift_corners.go:33)	MOVQ	BX, main..autotmp_70+64(SP)
	0x01ef 00495 (div_shift_corners.go:33)	CALL	runtime.printlock(SB)
	0x01f4 00500 (div_shift_corners.go:33)	MOVQ	main..autotmp_69+72(SP), AX
	0x01f9 00505 (div_shift_corners.go:33)	CALL	runtime.printuint(SB)
	0x01fe 00510 (div_shift_corners.go:33)	NOP
	0x0200 00512 (div_shift_corners.go:33)	CALL	runtime.printsp(SB)
	0x0205 00517 (div_shift_corners.go:33)	MOVQ	main..autotmp_70+64(SP), AX
	0x020a 00522 (div_shift_corners.go:33)	CALL	runtime.printuint(SB)
	0x020f 00527 (div_shift_corners.go:33)	CALL	runtime.printnl(SB)
	0x0214 00532 (div_shift_corners.go:33)	CALL	runtime.printunlock(SB)
	0x0219 00537 (div_shift_corners.go:34)	MOVQ	$-9223372036854775808, AX
	0x0223 00547 (div_shift_corners.go:34)	MOVL	$3, BX
	0x0228 00552 (div_shift_corners.go:34)	CALL	main.udiv(SB)
	0x022d 00557 (div_shift_corners.go:34)	MOVQ	AX, main..autotmp_69+72(SP)
	0x0232 00562 (div_shift_corners.go:34)	MOVQ	BX, main..autotmp_70+64(SP)
	0x0237 00567 (div_shift_corners.go:34)	CALL	runtime.printlock(SB)
	0x023c 00572 (div_shift_corners.go:34)	MOVQ	main..autotmp_69+72(SP), AX
	0x0241 00577 (div_shift_corners.go:34)	CALL	runtime.printuint(SB)
	0x0246 00582 (div_shift_corners.go:34)	CALL	runtime.printsp(SB)
	0x024b 00587 (div_shift_corners.go:34)	MOVQ	main..autotmp_70+64(SP), AX
	0x0250 00592 (div_shift_corners.go:34)	CALL	runtime.printuint(SB)
	0x0255 00597 (div_shift_corners.go:34)	CALL	runtime.printnl(SB)
	0x025a 00602 (div_shift_corners.go:34)	CALL	runtime.printunlock(SB)
	0x025f 00607 (div_shift_corners.go:34)	NOP
	0x0260 00608 (div_shift_corners.go:35)	CALL	runtime.printlock(SB)
	0x0265 00613 (div_shift_corners.go:35)	MOVQ	$3074457345618258602, AX
	0x026f 00623 (div_shift_corners.go:35)	CALL	runtime.printuint(SB)
	0x0274 00628 (div_shift_corners.go:35)	CALL	runtime.printsp(SB)
	0x0279 00633 (div_shift_corners.go:35)	MOVL	$306783378, AX
	0x027e 00638 (div_shift_corners.go:35)	NOP
	0x0280 00640 (div_shift_corners.go:35)	CALL	runtime.printuint(SB)
	0x0285 00645 (div_shift_corners.go:35)	CALL	runtime.printnl(SB)
	0x028a 00650 (div_shift_corners.go:35)	CALL	runtime.printunlock(SB)
	0x028f 00655 (div_shift_corners.go:37)	LEAQ	main..autotmp_45+96(SP), CX
	0x0294 00660 (div_shift_corners.go:37)	MOVUPS	X15, (CX)
	0x0298 00664 (div_shift_corners.go:37)	MOVUPS	X15, 16(CX)
	0x029d 00669 (div_shift_corners.go:37)	MOVUPS	X15, 32(CX)
	0x02a2 00674 (div_shift_corners.go:37)	MOVUPS	X15, 48(CX)
	0x02a7 00679 (div_shift_corners.go:37)	MOVQ	$1, main..autotmp_45+104(SP)
	0x02b0 00688 (div_shift_corners.go:37)	MOVQ	$31, main..autotmp_45+112(SP)
	0x02b9 00697 (div_shift_corners.go:37)	MOVQ	$32, main..autotmp_45+120(SP)
	0x02c2 00706 (div_shift_corners.go:37)	MOVQ	$63, main..autotmp_45+128(SP)
	0x02ce 00718 (div_shift_corners.go:37)	MOVQ	$64, main..autotmp_45+136(SP)
	0x02da 00730 (div_shift_corners.go:37)	MOVQ	$65, main..autotmp_45+144(SP)
	0x02e6 00742 (div_shift_corners.go:37)	MOVQ	$200, main..autotmp_45+152(SP)
	0x02f2 00754 (div_shift_corners.go:37)	XORL	AX, AX
	0x02f4 00756 (div_shift_corners.go:37)	JMP	994
	0x02f9 00761 (div_shift_corners.go:37)	MOVQ	AX, main..autotmp_71+56(SP)
	0x02fe 00766 (div_shift_corners.go:37)	MOVQ	main..autotmp_45+96(SP)(AX*8), BX
	0x0303 00771 (div_shift_corners.go:37)	MOVQ	BX, main.s+32(SP)
	0x0308 00776 (div_shift_corners.go:38)	MOVL	$1, AX
	0x030d 00781 (div_shift_corners.go:38)	CALL	main.shl(SB)
	0x0312 00786 (div_shift_corners.go:38)	MOVQ	AX, main..autotmp_63+88(SP)
	0x0317 00791 (div_shift_corners.go:38)	MOVQ	$-1, AX
	0x031e 00798 (div_shift_corners.go:38)	MOVQ	main.s+32(SP), BX
	0x0323 00803 (div_shift_corners.go:38)	CALL	main.shl(SB)
	0x0328 00808 (div_shift_corners.go:38)	MOVQ	AX, main..autotmp_64+80(SP)
	0x032d 00813 (div_shift_corners.go:38)	MOVQ	$-8, AX
	0x0334 00820 (div_shift_corners.go:38)	MOVQ	main.s+32(SP), BX
	0x0339 00825 (div_shift_corners.go:38)	CALL	main.shr(SB)
	0x033e 00830 (div_shift_corners.go:38)	MOVQ	AX, main..autotmp_72+48(SP)
	0x0343 00835 (div_shift_corners.go:38)	MOVQ	$-9223372036854775808, AX
	0x034d 00845 (div_shift_corners.go:38)	MOVQ	main.s+32(SP), BX
	0x0352 00850 (div_shift_corners.go:38)	CALL	main.shr(SB)
	0x0357 00855 (div_shift_corners.go:38)	MOVQ	AX, main..autotmp_73+40(SP)
	0x035c 00860 (div_shift_corners.go:38)	MOVL	$-2147483648, AX
	0x0361 00865 (div_shift_corners.go:38)	MOVQ	main.s+32(SP), BX
	0x0366 00870 (div_shift_corners.go:38)	CALL	main.ushr(SB)
	0x036b 00875 (div_shift_corners.go:38)	MOVL	AX, main..autotmp_74+20(SP)
	0x036f 00879 (div_shift_corners.go:38)	CALL	runtime.printlock(SB)
	0x0374 00884 (div_shift_corners.go:38)	MOVQ	main.s+32(SP), AX
	0x0379 00889 (div_shift_corners.go:38)	CALL	runtime.printuint(SB)
	0x037e 00894 (div_shift_corners.go:38)	NOP
	0x0380 00896 (div_shift_corners.go:38)	CALL	runtime.printsp(SB)
	0x0385 00901 (div_shift_corners.go:38)	MOVQ	main..autotmp_63+88(SP), AX
	0x038a 00906 (div_shift_corners.go:38)	CALL	runtime.printint(SB)
	0x038f 00911 (div_shift_corners.go:38)	CALL	runtime.printsp(SB)
	0x0394 00916 (div_shift_corners.go:38)	MOVQ	main..autotmp_64+80(SP), AX
	0x0399 00921 (div_shift_corners.go:38)	CALL	runtime.printint(SB)
	0x039e 00926 (div_shift_corners.go:38)	NOP
	0x03a0 00928 (div_shift_corners.go:38)	CALL	runtime.printsp(SB)
	0x03a5 00933 (div_shift_corners.go:38)	MOVQ	main..autotmp_72+48(SP), AX
	0x03aa 00938 (div_shift_corners.go:38)	CALL	runtime.printint(SB)
	0x03af 00943 (div_shift_corners.go:38)	CALL	runtime.printsp(SB)
	0x03b4 00948 (div_shift_corners.go:38)	MOVQ	main..autotmp_73+40(SP), AX
	0x03b9 00953 (div_shift_corners.go:38)	CALL	runtime.printint(SB)
	0x03be 00958 (div_shift_corners.go:38)	NOP
	0x03c0 00960 (div_shift_corners.go:38)	CALL	runtime.printsp(SB)
	0x03c5 00965 (div_shift_corners.go:38)	MOVL	main..autotmp_74+20(SP), CX
	0x03c9 00969 (div_shift_corners.go:38)	MOVL	CX, AX
	0x03cb 00971 (div_shift_corners.go:38)	CALL	runtime.printuint(SB)
	0x03d0 00976 (div_shift_corners.go:38)	CALL	runtime.printnl(SB)
	0x03d5 00981 (div_shift_corners.go:38)	CALL	runtime.printunlock(SB)
	0x03da 00986 (div_shift_corners.go:37)	MOVQ	main..autotmp_71+56(SP), AX
	0x03df 00991 (div_shift_corners.go:37)	INCQ	AX
	0x03e2 00994 (div_shift_corners.go:37)	CMPQ	AX, $8
	0x03e6 00998 (div_shift_corners.go:37)	JLT	761
	0x03ec 01004 (div_shift_corners.go:41)	MOVL	$3, AX
	0x03f1 01009 (div_shift_corners.go:41)	MOVQ	$1099511627776, BX
	0x03fb 01019 (div_shift_corners.go:41)	NOP
	0x0400 01024 (div_shift_corners.go:41)	CALL	main.shl(SB)
	0x0405 01029 (div_shift_corners.go:41)	MOVQ	AX, main..autotmp_63+88(SP)
	0x040a 01034 (div_shift_corners.go:41)	MOVQ	$-3, AX
	0x0411 01041 (div_shift_corners.go:41)	MOVQ	$1099511627776, BX
	0x041b 01051 (div_shift_corners.go:41)	NOP
	0x0420 01056 (div_shift_corners.go:41)	CALL	main.shr(SB)
	0x0425 01061 (div_shift_corners.go:41)	MOVQ	AX, main..autotmp_64+80(SP)
	0x042a 01066 (div_shift_corners.go:41)	MOVL	$7, AX
	0x042f 01071 (div_shift_corners.go:41)	MOVQ	$-9223372036854775808, BX
	0x0439 01081 (div_shift_corners.go:41)	CALL	main.ushr(SB)
	0x043e 01086 (div_shift_corners.go:41)	MOVL	AX, main..autotmp_74+20(SP)
	0x0442 01090 (div_shift_corners.go:41)	CALL	runtime.printlock(SB)
	0x0447 01095 (div_shift_corners.go:41)	MOVQ	main..autotmp_63+88(SP), AX
	0x044c 01100 (div_shift_corners.go:41)	CALL	runtime.printint(SB)
	0x0451 01105 (div_shift_corners.go:41)	CALL	runtime.printsp(SB)
	0x0456 01110 (div_shift_corners.go:41)	MOVQ	main..autotmp_64+80(SP), AX
	0x045b 01115 (div_shift_corners.go:41)	NOP
	0x0460 01120 (div_shift_corners.go:41)	CALL	runtime.printint(SB)
	0x0465 01125 (div_shift_corners.go:41)	CALL	runtime.printsp(SB)
	0x046a 01130 (div_shift_corners.go:41)	MOVL	main..autotmp_74+20(SP), CX
	0x046e 01134 (div_shift_corners.go:41)	MOVL	CX, AX
	0x0470 01136 (div_shift_corners.go:41)	CALL	runtime.printuint(SB)
	0x0475 01141 (div_shift_corners.go:41)	CALL	runtime.printnl(SB)
	0x047a 01146 (div_shift_corners.go:41)	CALL	runtime.printunlock(SB)
	0x047f 01151 (div_shift_corners.go:44)	MOVL	$64, AX
	0x0484 01156 (div_shift_corners.go:44)	CALL	main.id8v(SB)
	0x0489 01161 (div_shift_corners.go:44)	MOVB	AL, main.i64+17(SP)
	0x048d 01165 (div_shift_corners.go:45)	CALL	runtime.printlock(SB)
	0x0492 01170 (div_shift_corners.go:45)	MOVQ	$-1, AX
	0x0499 01177 (div_shift_corners.go:45)	CALL	runtime.printint(SB)
	0x049e 01182 (div_shift_corners.go:45)	NOP
	0x04a0 01184 (div_shift_corners.go:45)	CALL	runtime.printsp(SB)
	0x04a5 01189 (div_shift_corners.go:45)	MOVQ	$-128, AX
	0x04ac 01196 (div_shift_corners.go:45)	CALL	runtime.printint(SB)
	0x04b1 01201 (div_shift_corners.go:45)	CALL	runtime.printsp(SB)
	0x04b6 01206 (div_shift_corners.go:45)	MOVL	$1, AX
	0x04bb 01211 (div_shift_corners.go:45)	NOP
	0x04c0 01216 (div_shift_corners.go:45)	CALL	runtime.printuint(SB)
	0x04c5 01221 (div_shift_corners.go:45)	CALL	runtime.printsp(SB)
	0x04ca 01226 (div_shift_corners.go:45)	MOVBLZX	main.i64+17(SP), CX
	0x04cf 01231 (div_shift_corners.go:45)	ADDL	CX, CX
	0x04d1 01233 (div_shift_corners.go:45)	MOVBQSX	CL, AX
	0x04d5 01237 (div_shift_corners.go:45)	CALL	runtime.printint(SB)
	0x04da 01242 (div_shift_corners.go:45)	CALL	runtime.printnl(SB)
	0x04df 01247 (div_shift_corners.go:45)	NOP
	0x04e0 01248 (div_shift_corners.go:45)	CALL	runtime.printunlock(SB)
	0x04e5 01253 (div_shift_corners.go:47)	CALL	runtime.printlock(SB)
	0x04ea 01258 (div_shift_corners.go:47)	MOVL	$1543, AX
	0x04ef 01263 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
	0x04f4 01268 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
	0x04f9 01273 (div_shift_corners.go:47)	MOVQ	$-8070450532247928832, AX
	0x0503 01283 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
	0x0508 01288 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
	0x050d 01293 (div_shift_corners.go:47)	MOVQ	$-1544, AX
	0x0514 01300 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
	0x0519 01305 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
	0x051e 01310 (div_shift_corners.go:47)	MOVQ	$-1543, AX
	0x0525 01317 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
	0x052a 01322 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
	0x052f 01327 (div_shift_corners.go:47)	MOVL	$7, AX
	0x0534 01332 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
	0x0539 01337 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
	0x053e 01342 (div_shift_corners.go:47)	MOVQ	$-12346, AX
	0x0545 01349 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
	0x054a 01354 (div_shift_corners.go:47)	CALL	runtime.printsp(SB)
	0x054f 01359 (div_shift_corners.go:47)	MOVL	$12297, AX
	0x0554 01364 (div_shift_corners.go:47)	CALL	runtime.printint(SB)
	0x0559 01369 (div_shift_corners.go:47)	CALL	runtime.printnl(SB)
	0x055e 01374 (div_shift_corners.go:47)	NOP
	0x0560 01376 (div_shift_corners.go:47)	CALL	runtime.printunlock(SB)
	0x0565 01381 (div_shift_corners.go:49)	CALL	runtime.printlock(SB)
	0x056a 01386 (div_shift_corners.go:49)	MOVL	$48336, AX
	0x056f 01391 (div_shift_corners.go:49)	CALL	runtime.printuint(SB)
	0x0574 01396 (div_shift_corners.go:49)	CALL	runtime.printsp(SB)
	0x0579 01401 (div_shift_corners.go:49)	MOVL	$2748, AX
	0x057e 01406 (div_shift_corners.go:49)	NOP
	0x0580 01408 (div_shift_corners.go:49)	CALL	runtime.printuint(SB)
	0x0585 01413 (div_shift_corners.go:49)	CALL	runtime.printsp(SB)
	0x058a 01418 (div_shift_corners.go:49)	XORL	AX, AX
	0x058c 01420 (div_shift_corners.go:49)	CALL	runtime.printuint(SB)
	0x0591 01425 (div_shift_corners.go:49)	CALL	runtime.printsp(SB)
	0x0596 01430 (div_shift_corners.go:49)	MOVL	$21554, AX
	0x059b 01435 (div_shift_corners.go:49)	NOP
	0x05a0 01440 (div_shift_corners.go:49)	CALL	runtime.printuint(SB)
	0x05a5 01445 (div_shift_corners.go:49)	CALL	runtime.printnl(SB)
	0x05aa 01450 (div_shift_corners.go:49)	CALL	runtime.printunlock(SB)
	0x05af 01455 (div_shift_corners.go:50)	ADDQ	$160, SP
	0x05b6 01462 (div_shift_corners.go:50)	POPQ	BP
	0x05b7 01463 (div_shift_corners.go:50)	RET
	0x05b8 01464 (div_shift_corners.go:50)	NOP
	0x05b8 01464 (div_shift_corners.go:25)	PCDATA	$1, $-1
	0x05b8 01464 (div_shift_corners.go:25)	PCDATA	$0, $-2
	0x05b8 01464 (div_shift_corners.go:25)	CALL	runtime.morestack_noctxt(SB)
	0x05bd 01469 (div_shift_corners.go:25)	PCDATA	$0, $-1
	0x05bd 01469 (div_shift_corners.go:25)	NOP
	0x05c0 01472 (div_shift_corners.go:25)	JMP	0
	0x0000 4c 8d 64 24 d8 4d 3b 66 10 0f 86 a9 05 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec a0 00 00 00 48 b8 00 00 00 00  H..H......H.....
	0x0020 00 00 00 80 48 c7 c3 ff ff ff ff e8 00 00 00 00  ....H...........
	0x0030 48 89 44 24 58 48 89 5c 24 50 e8 00 00 00 00 48  H.D$XH.\$P.....H
	0x0040 8b 44 24 58 e8 00 00 00 00 e8 00 00 00 00 48 8b  .D$X..........H.
	0x0050 44 24 50 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  D$P.............
	0x0060 e8 00 00 00 00 b8 00 00 00 80 bb ff ff ff ff e8  ................
	0x0070 00 00 00 00 89 44 24 1c 89 5c 24 18 0f 1f 40 00  .....D$..\$...@.
	0x0080 e8 00 00 00 00 8b 4c 24 1c 48 63 c1 e8 00 00 00  ......L$.Hc.....
	0x0090 00 e8 00 00 00 00 8b 4c 24 18 48 63 c1 0f 1f 00  .......L$.Hc....
	0x00a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x00b0 80 ff ff ff bb ff ff ff ff e8 00 00 00 00 88 44  ...............D
	0x00c0 24 13 88 5c 24 12 e8 00 00 00 00 0f b6 4c 24 13  $..\$........L$.
	0x00d0 48 0f be c1 e8 00 00 00 00 e8 00 00 00 00 0f b6  H...............
	0x00e0 4c 24 12 48 0f be c1 e8 00 00 00 00 e8 00 00 00  L$.H............
	0x00f0 00 e8 00 00 00 00 48 c7 c0 f9 ff ff ff bb 02 00  ......H.........
	0x0100 00 00 e8 00 00 00 00 48 89 44 24 58 48 89 5c 24  .......H.D$XH.\$
	0x0110 50 e8 00 00 00 00 48 8b 44 24 58 0f 1f 44 00 00  P.....H.D$X..D..
	0x0120 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 50 e8  ..........H.D$P.
	0x0130 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 07  ................
	0x0140 00 00 00 48 c7 c3 fe ff ff ff e8 00 00 00 00 48  ...H...........H
	0x0150 89 44 24 58 48 89 5c 24 50 e8 00 00 00 00 48 8b  .D$XH.\$P.....H.
	0x0160 44 24 58 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  D$X..........H.D
	0x0170 24 50 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $P............@.
	0x0180 e8 00 00 00 00 48 c7 c0 f9 ff ff ff 48 c7 c3 fe  .....H......H...
	0x0190 ff ff ff e8 00 00 00 00 48 89 44 24 58 48 89 5c  ........H.D$XH.\
	0x01a0 24 50 e8 00 00 00 00 48 8b 44 24 58 e8 00 00 00  $P.....H.D$X....
	0x01b0 00 e8 00 00 00 00 48 8b 44 24 50 0f 1f 44 00 00  ......H.D$P..D..
	0x01c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x01d0 c7 c0 ff ff ff ff bb 0a 00 00 00 0f 1f 44 00 00  .............D..
	0x01e0 e8 00 00 00 00 48 89 44 24 48 48 89 5c 24 40 e8  .....H.D$HH.\$@.
	0x01f0 00 00 00 00 48 8b 44 24 48 e8 00 00 00 00 66 90  ....H.D$H.....f.
	0x0200 e8 00 00 00 00 48 8b 44 24 40 e8 00 00 00 00 e8  .....H.D$@......
	0x0210 00 00 00 00 e8 00 00 00 00 48 b8 00 00 00 00 00  .........H......
	0x0220 00 00 80 bb 03 00 00 00 e8 00 00 00 00 48 89 44  .............H.D
	0x0230 24 48 48 89 5c 24 40 e8 00 00 00 00 48 8b 44 24  $HH.\$@.....H.D$
	0x0240 48 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 40  H..........H.D$@
	0x0250 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x0260 e8 00 00 00 00 48 b8 aa aa aa aa aa aa aa 2a e8  .....H........*.
	0x0270 00 00 00 00 e8 00 00 00 00 b8 92 24 49 12 66 90  ...........$I.f.
	0x0280 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0290 8d 4c 24 60 44 0f 11 39 44 0f 11 79 10 44 0f 11  .L$`D..9D..y.D..
	0x02a0 79 20 44 0f 11 79 30 48 c7 44 24 68 01 00 00 00  y D..y0H.D$h....
	0x02b0 48 c7 44 24 70 1f 00 00 00 48 c7 44 24 78 20 00  H.D$p....H.D$x .
	0x02c0 00 00 48 c7 84 24 80 00 00 00 3f 00 00 00 48 c7  ..H..$....?...H.
	0x02d0 84 24 88 00 00 00 40 00 00 00 48 c7 84 24 90 00  .$....@...H..$..
	0x02e0 00 00 41 00 00 00 48 c7 84 24 98 00 00 00 c8 00  ..A...H..$......
	0x02f0 00 00 31 c0 e9 e9 00 00 00 48 89 44 24 38 48 8b  ..1......H.D$8H.
	0x0300 5c c4 60 48 89 5c 24 20 b8 01 00 00 00 e8 00 00  \.`H.\$ ........
	0x0310 00 00 48 89 44 24 58 48 c7 c0 ff ff ff ff 48 8b  ..H.D$XH......H.
	0x0320 5c 24 20 e8 00 00 00 00 48 89 44 24 50 48 c7 c0  \$ .....H.D$PH..
	0x0330 f8 ff ff ff 48 8b 5c 24 20 e8 00 00 00 00 48 89  ....H.\$ .....H.
	0x0340 44 24 30 48 b8 00 00 00 00 00 00 00 80 48 8b 5c  D$0H.........H.\
	0x0350 24 20 e8 00 00 00 00 48 89 44 24 28 b8 00 00 00  $ .....H.D$(....
	0x0360 80 48 8b 5c 24 20 e8 00 00 00 00 89 44 24 14 e8  .H.\$ ......D$..
	0x0370 00 00 00 00 48 8b 44 24 20 e8 00 00 00 00 66 90  ....H.D$ .....f.
	0x0380 e8 00 00 00 00 48 8b 44 24 58 e8 00 00 00 00 e8  .....H.D$X......
	0x0390 00 00 00 00 48 8b 44 24 50 e8 00 00 00 00 66 90  ....H.D$P.....f.
	0x03a0 e8 00 00 00 00 48 8b 44 24 30 e8 00 00 00 00 e8  .....H.D$0......
	0x03b0 00 00 00 00 48 8b 44 24 28 e8 00 00 00 00 66 90  ....H.D$(.....f.
	0x03c0 e8 00 00 00 00 8b 4c 24 14 89 c8 e8 00 00 00 00  ......L$........
	0x03d0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 38 48  ..........H.D$8H
	0x03e0 ff c0 48 83 f8 08 0f 8c 0d ff ff ff b8 03 00 00  ..H.............
	0x03f0 00 48 bb 00 00 00 00 00 01 00 00 0f 1f 44 00 00  .H...........D..
	0x0400 e8 00 00 00 00 48 89 44 24 58 48 c7 c0 fd ff ff  .....H.D$XH.....
	0x0410 ff 48 bb 00 00 00 00 00 01 00 00 0f 1f 44 00 00  .H...........D..
	0x0420 e8 00 00 00 00 48 89 44 24 50 b8 07 00 00 00 48  .....H.D$P.....H
	0x0430 bb 00 00 00 00 00 00 00 80 e8 00 00 00 00 89 44  ...............D
	0x0440 24 14 e8 00 00 00 00 48 8b 44 24 58 e8 00 00 00  $......H.D$X....
	0x0450 00 e8 00 00 00 00 48 8b 44 24 50 0f 1f 44 00 00  ......H.D$P..D..
	0x0460 e8 00 00 00 00 e8 00 00 00 00 8b 4c 24 14 89 c8  ...........L$...
	0x0470 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0480 40 00 00 00 e8 00 00 00 00 88 44 24 11 e8 00 00  @.........D$....
	0x0490 00 00 48 c7 c0 ff ff ff ff e8 00 00 00 00 66 90  ..H...........f.
	0x04a0 e8 00 00 00 00 48 c7 c0 80 ff ff ff e8 00 00 00  .....H..........
	0x04b0 00 e8 00 00 00 00 b8 01 00 00 00 0f 1f 44 00 00  .............D..
	0x04c0 e8 00 00 00 00 e8 00 00 00 00 0f b6 4c 24 11 01  ............L$..
	0x04d0 c9 48 0f be c1 e8 00 00 00 00 e8 00 00 00 00 90  .H..............
	0x04e0 e8 00 00 00 00 e8 00 00 00 00 b8 07 06 00 00 e8  ................
	0x04f0 00 00 00 00 e8 00 00 00 00 48 b8 00 00 00 00 00  .........H......
	0x0500 00 00 90 e8 00 00 00 00 e8 00 00 00 00 48 c7 c0  .............H..
	0x0510 f8 f9 ff ff e8 00 00 00 00 e8 00 00 00 00 48 c7  ..............H.
	0x0520 c0 f9 f9 ff ff e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0530 07 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 c7  ..............H.
	0x0540 c0 c6 cf ff ff e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0550 09 30 00 00 e8 00 00 00 00 e8 00 00 00 00 66 90  .0............f.
	0x0560 e8 00 00 00 00 e8 00 00 00 00 b8 d0 bc 00 00 e8  ................
	0x0570 00 00 00 00 e8 00 00 00 00 b8 bc 0a 00 00 66 90  ..............f.
	0x0580 e8 00 00 00 00 e8 00 00 00 00 31 c0 e8 00 00 00  ..........1.....
	0x0590 00 e8 00 00 00 00 b8 32 54 00 00 0f 1f 44 00 00  .......2T....D..
	0x05a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x05b0 81 c4 a0 00 00 00 5d c3 e8 00 00 00 00 0f 1f 00  ......].........
	0x05c0 e9 3b fa ff ff                                   .;...
	rel 44+4 t=R_CALL main.div64+0
	rel 59+4 t=R_CALL runtime.printlock+0
	rel 69+4 t=R_CALL runtime.printint+0
	rel 74+4 t=R_CALL runtime.printsp+0
	rel 84+4 t=R_CALL runtime.printint+0
	rel 89+4 t=R_CALL runtime.printnl+0
	rel 97+4 t=R_CALL runtime.printunlock+0
	rel 112+4 t=R_CALL main.div32+0
	rel 129+4 t=R_CALL runtime.printlock+0
	rel 141+4 t=R_CALL runtime.printint+0
	rel 146+4 t=R_CALL runtime.printsp+0
	rel 161+4 t=R_CALL runtime.printint+0
	rel 166+4 t=R_CALL runtime.printnl+0
	rel 171+4 t=R_CALL runtime.printunlock+0
	rel 186+4 t=R_CALL main.div8+0
	rel 199+4 t=R_CALL runtime.printlock+0
	rel 213+4 t=R_CALL runtime.printint+0
	rel 218+4 t=R_CALL runtime.printsp+0
	rel 232+4 t=R_CALL runtime.printint+0
	rel 237+4 t=R_CALL runtime.printnl+0
	rel 242+4 t=R_CALL runtime.printunlock+0
	rel 259+4 t=R_CALL main.div64+0
	rel 274+4 t=R_CALL runtime.printlock+0
	rel 289+4 t=R_CALL runtime.printint+0
	rel 294+4 t=R_CALL runtime.printsp+0
	rel 304+4 t=R_CALL runtime.printint+0
	rel 309+4 t=R_CALL runtime.printnl+0
	rel 314+4 t=R_CALL runtime.printunlock+0
	rel 331+4 t=R_CALL main.div64+0
	rel 346+4 t=R_CALL runtime.printlock+0
	rel 356+4 t=R_CALL runtime.printint+0
	rel 361+4 t=R_CALL runtime.printsp+0
	rel 371+4 t=R_CALL runtime.printint+0
	rel 376+4 t=R_CALL runtime.printnl+0
	rel 385+4 t=R_CALL runtime.printunlock+0
	rel 404+4 t=R_CALL main.div64+0
	rel 419+4 t=R_CALL runtime.printlock+0
	rel 429+4 t=R_CALL runtime.printint+0
	rel 434+4 t=R_CALL runtime.printsp+0
	rel 449+4 t=R_CALL runtime.printint+0
	rel 454+4 t=R_CALL runtime.printnl+0
	rel 459+4 t=R_CALL runtime.printunlock+0
	rel 481+4 t=R_CALL main.udiv+0
	rel 496+4 t=R_CALL runtime.printlock+0
	rel 506+4 t=R_CALL runtime.printuint+0
	rel 513+4 t=R_CALL runtime.printsp+0
	rel 523+4 t=R_CALL runtime.printuint+0
	rel 528+4 t=R_CALL runtime.printnl+0
	rel 533+4 t=R_CALL runtime.printunlock+0
	rel 553+4 t=R_CALL main.udiv+0
	rel 568+4 t=R_CALL runtime.printlock+0
	rel 578+4 t=R_CALL runtime.printuint+0
	rel 583+4 t=R_CALL runtime.printsp+0
	rel 593+4 t=R_CALL runtime.printuint+0
	rel 598+4 t=R_CALL runtime.printnl+0
	rel 603+4 t=R_CALL runtime.printunlock+0
	rel 609+4 t=R_CALL runtime.printlock+0
	rel 624+4 t=R_CALL runtime.printuint+0
	rel 629+4 t=R_CALL runtime.printsp+0
	rel 641+4 t=R_CALL runtime.printuint+0
	rel 646+4 t=R_CALL runtime.printnl+0
	rel 651+4 t=R_CALL runtime.printunlock+0
	rel 782+4 t=R_CALL main.shl+0
	rel 804+4 t=R_CALL main.shl+0
	rel 826+4 t=R_CALL main.shr+0
	rel 851+4 t=R_CALL main.shr+0
	rel 871+4 t=R_CALL main.ushr+0
	rel 880+4 t=R_CALL runtime.printlock+0
	rel 890+4 t=R_CALL runtime.printuint+0
	rel 897+4 t=R_CALL runtime.printsp+0
	rel 907+4 t=R_CALL runtime.printint+0
	rel 912+4 t=R_CALL runtime.printsp+0
	rel 922+4 t=R_CALL runtime.printint+0
	rel 929+4 t=R_CALL runtime.printsp+0
	rel 939+4 t=R_CALL runtime.printint+0
	rel 944+4 t=R_CALL runtime.printsp+0
	rel 954+4 t=R_CALL runtime.printint+0
	rel 961+4 t=R_CALL runtime.printsp+0
	rel 972+4 t=R_CALL runtime.printuint+0
	rel 977+4 t=R_CALL runtime.printnl+0
	rel 982+4 t=R_CALL runtime.printunlock+0
	rel 1025+4 t=R_CALL main.shl+0
	rel 1057+4 t=R_CALL main.shr+0
	rel 1082+4 t=R_CALL main.ushr+0
	rel 1091+4 t=R_CALL runtime.printlock+0
	rel 1101+4 t=R_CALL runtime.printint+0
	rel 1106+4 t=R_CALL runtime.printsp+0
	rel 1121+4 t=R_CALL runtime.printint+0
	rel 1126+4 t=R_CALL runtime.printsp+0
	rel 1137+4 t=R_CALL runtime.printuint+0
	rel 1142+4 t=R_CALL runtime.printnl+0
	rel 1147+4 t=R_CALL runtime.printunlock+0
	rel 1157+4 t=R_CALL main.id8v+0
	rel 1166+4 t=R_CALL runtime.printlock+0
	rel 1178+4 t=R_CALL runtime.printint+0
	rel 1185+4 t=R_CALL runtime.printsp+0
	rel 1197+4 t=R_CALL runtime.printint+0
	rel 1202+4 t=R_CALL runtime.printsp+0
	rel 1217+4 t=R_CALL runtime.printuint+0
	rel 1222+4 t=R_CALL runtime.printsp+0
	rel 1238+4 t=R_CALL runtime.printint+0
	rel 1243+4 t=R_CALL runtime.printnl+0
	rel 1249+4 t=R_CALL runtime.printunlock+0
	rel 1254+4 t=R_CALL runtime.printlock+0
	rel 1264+4 t=R_CALL runtime.printint+0
	rel 1269+4 t=R_CALL runtime.printsp+0
	rel 1284+4 t=R_CALL runtime.printint+0
	rel 1289+4 t=R_CALL runtime.printsp+0
	rel 1301+4 t=R_CALL runtime.printint+0
	rel 1306+4 t=R_CALL runtime.printsp+0
	rel 1318+4 t=R_CALL runtime.printint+0
	rel 1323+4 t=R_CALL runtime.printsp+0
	rel 1333+4 t=R_CALL runtime.printint+0
	rel 1338+4 t=R_CALL runtime.printsp+0
	rel 1350+4 t=R_CALL runtime.printint+0
	rel 1355+4 t=R_CALL runtime.printsp+0
	rel 1365+4 t=R_CALL runtime.printint+0
	rel 1370+4 t=R_CALL runtime.printnl+0
	rel 1377+4 t=R_CALL runtime.printunlock+0
	rel 1382+4 t=R_CALL runtime.printlock+0
	rel 1392+4 t=R_CALL runtime.printuint+0
	rel 1397+4 t=R_CALL runtime.printsp+0
	rel 1409+4 t=R_CALL runtime.printuint+0
	rel 1414+4 t=R_CALL runtime.printsp+0
	rel 1421+4 t=R_CALL runtime.printuint+0
	rel 1426+4 t=R_CALL runtime.printsp+0
	rel 1441+4 t=R_CALL runtime.printuint+0
	rel 1446+4 t=R_CALL runtime.printnl+0
	rel 1451+4 t=R_CALL runtime.printunlock+0
	rel 1465+4 t=R_CALL runtime.morestack_noctxt+0
main.id8v STEXT nosplit size=1 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (div_shift_corners.go:53)	TEXT	main.id8v(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (div_shift_corners.go:53)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (div_shift_corners.go:53)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (div_shift_corners.go:53)	FUNCDATA	$5, main.id8v.arginfo1(SB)
	0x0000 00000 (div_shift_corners.go:53)	FUNCDATA	$6, main.id8v.argliveinfo(SB)
	0x0000 00000 (div_shift_corners.go:53)	PCDATA	$3, $1
	0x0000 00000 (div_shift_corners.go:53)	RET
	0x0000 c3                                               .
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.div64.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.div64.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.div32.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 04 04 04 ff                                   .....
main.div32.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.div8.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 01 01 01 ff                                   .....
main.div8.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.udiv.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.udiv.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.shl.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.shl.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.shr.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.shr.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.ushr.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 04 08 08 ff                                   .....
main.ushr.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.id8v.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 01 ff                                         ...
main.id8v.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
