funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (stack_pointers_deep.go:104)	TEXT	main.main(SB), ABIInternal, $416-0
     0        00000 (stack_pointers_deep.go:104)	TEXT	main.main(SB), ABIInternal, $416-0
     0     -1 00000 (stack_pointers_deep.go:104)	LEAQ	-288(SP), R12
     8        00008 (stack_pointers_deep.go:104)	CMPQ	R12, 16(R14)
     c        00012 (stack_pointers_deep.go:104)	PCDATA	$0, $-2
     c        00012 (stack_pointers_deep.go:104)	JLS	883
    12        00018 (stack_pointers_deep.go:104)	PCDATA	$0, $-1
    12        00018 (stack_pointers_deep.go:104)	PUSHQ	BP
    13        00019 (stack_pointers_deep.go:104)	MOVQ	SP, BP
    16        00022 (stack_pointers_deep.go:104)	SUBQ	$408, SP
    1d        00029 (stack_pointers_deep.go:104)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (stack_pointers_deep.go:104)	FUNCDATA	$1, gclocals·hyAImouC9Dl6LsGve7UiMg==(SB)
    1d        00029 (stack_pointers_deep.go:104)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (stack_pointers_deep.go:105)	LEAQ	main.chain+144(SP), BX
    25        00037 (stack_pointers_deep.go:105)	MOVUPS	X15, (BX)
    29        00041 (stack_pointers_deep.go:105)	MOVUPS	X15, 16(BX)
    2e        00046 (stack_pointers_deep.go:105)	MOVUPS	X15, 32(BX)
    33        00051 (stack_pointers_deep.go:105)	MOVUPS	X15, 48(BX)
    38        00056 (stack_pointers_deep.go:105)	MOVUPS	X15, 64(BX)
    3d        00061 (stack_pointers_deep.go:105)	MOVUPS	X15, 80(BX)
    42        00066 (stack_pointers_deep.go:105)	MOVUPS	X15, 96(BX)
    47        00071 (stack_pointers_deep.go:105)	MOVUPS	X15, 112(BX)
    4c        00076 (stack_pointers_deep.go:106)	MOVL	$20000, AX
    51        00081 (stack_pointers_deep.go:106)	XORL	CX, CX
    53        00083 (stack_pointers_deep.go:106)	PCDATA	$1, $0
    53        00083 (stack_pointers_deep.go:106)	CALL	main.fill(SB)
    58        00088 (stack_pointers_deep.go:106)	MOVQ	AX, main..autotmp_30+376(SP)
    60        00096 (stack_pointers_deep.go:106)	CALL	runtime.printlock(SB)
    65        00101 (stack_pointers_deep.go:106)	MOVQ	main..autotmp_30+376(SP), AX
    6d        00109 (stack_pointers_deep.go:106)	CALL	runtime.printint(SB)
    72        00114 (stack_pointers_deep.go:106)	CALL	runtime.printnl(SB)
    77        00119 (stack_pointers_deep.go:106)	CALL	runtime.printunlock(SB)
    7c        00124 (stack_pointers_deep.go:107)	MOVQ	main.chain+144(SP), DX
    84        00132 (stack_pointers_deep.go:107)	MOVQ	DX, main..autotmp_30+376(SP)
    8c        00140 (stack_pointers_deep.go:107)	MOVQ	main.chain+152(SP), DX
    94        00148 (stack_pointers_deep.go:107)	MOVQ	DX, main..autotmp_31+368(SP)
    9c        00156 (stack_pointers_deep.go:107)	MOVQ	main.chain+264(SP), DX
    a4        00164 (stack_pointers_deep.go:107)	MOVQ	DX, main..autotmp_32+360(SP)
    ac        00172 (stack_pointers_deep.go:107)	CALL	runtime.printlock(SB)
    b1        00177 (stack_pointers_deep.go:107)	MOVQ	main..autotmp_30+376(SP), AX
    b9        00185 (stack_pointers_deep.go:107)	CALL	runtime.printint(SB)
    be        00190 (stack_pointers_deep.go:107)	NOP
    c0        00192 (stack_pointers_deep.go:107)	CALL	runtime.printsp(SB)
    c5        00197 (stack_pointers_deep.go:107)	MOVQ	main..autotmp_31+368(SP), AX
    cd        00205 (stack_pointers_deep.go:107)	CALL	runtime.printint(SB)
    d2        00210 (stack_pointers_deep.go:107)	CALL	runtime.printsp(SB)
    d7        00215 (stack_pointers_deep.go:107)	MOVQ	main..autotmp_32+360(SP), AX
    df        00223 (stack_pointers_deep.go:107)	NOP
    e0        00224 (stack_pointers_deep.go:107)	CALL	runtime.printint(SB)
    e5        00229 (stack_pointers_deep.go:107)	CALL	runtime.printnl(SB)
    ea        00234 (stack_pointers_deep.go:107)	CALL	runtime.printunlock(SB)
    ef        00239 (stack_pointers_deep.go:108)	LEAQ	main.buf+272(SP), BX
    f7        00247 (stack_pointers_deep.go:108)	MOVUPS	X15, (BX)
    fb        00251 (stack_pointers_deep.go:108)	MOVUPS	X15, 16(BX)
   100        00256 (stack_pointers_deep.go:108)	MOVUPS	X15, 32(BX)
   105        00261 (stack_pointers_deep.go:108)	MOVUPS	X15, 48(BX)
   10a        00266 (stack_pointers_deep.go:109)	MOVQ	$0, main.total+120(SP)
   113        00275 (stack_pointers_deep.go:110)	MOVL	$50000, AX
   118        00280 (stack_pointers_deep.go:110)	LEAQ	main.total+120(SP), CX
   11d        00285 (stack_pointers_deep.go:110)	NOP
   120        00288 (stack_pointers_deep.go:110)	CALL	main.writeAt(SB)
   125        00293 (stack_pointers_deep.go:111)	MOVQ	main.buf+272(SP), DX
   12d        00301 (stack_pointers_deep.go:111)	MOVQ	DX, main..autotmp_30+376(SP)
   135        00309 (stack_pointers_deep.go:111)	MOVQ	main.buf+296(SP), DX
   13d        00317 (stack_pointers_deep.go:111)	MOVQ	DX, main..autotmp_31+368(SP)
   145        00325 (stack_pointers_deep.go:111)	MOVQ	main.buf+328(SP), DX
   14d        00333 (stack_pointers_deep.go:111)	MOVQ	DX, main..autotmp_32+360(SP)
   155        00341 (stack_pointers_deep.go:111)	CALL	runtime.printlock(SB)
   15a        00346 (stack_pointers_deep.go:111)	MOVQ	main..autotmp_30+376(SP), AX
   162        00354 (stack_pointers_deep.go:111)	CALL	runtime.printint(SB)
   167        00359 (stack_pointers_deep.go:111)	CALL	runtime.printsp(SB)
   16c        00364 (stack_pointers_deep.go:111)	MOVQ	main..autotmp_31+368(SP), AX
   174        00372 (stack_pointers_deep.go:111)	CALL	runtime.printint(SB)
   179        00377 (stack_pointers_deep.go:111)	CALL	runtime.printsp(SB)
   17e        00382 (stack_pointers_deep.go:111)	MOVQ	main..autotmp_32+360(SP), AX
   186        00390 (stack_pointers_deep.go:111)	CALL	runtime.printint(SB)
   18b        00395 (stack_pointers_deep.go:111)	CALL	runtime.printsp(SB)
   190        00400 (stack_pointers_deep.go:111)	MOVQ	main.total+120(SP), AX
   195        00405 (stack_pointers_deep.go:111)	CALL	runtime.printint(SB)
   19a        00410 (stack_pointers_deep.go:111)	CALL	runtime.printnl(SB)
   19f        00415 (stack_pointers_deep.go:111)	NOP
   1a0        00416 (stack_pointers_deep.go:111)	CALL	runtime.printunlock(SB)
   1a5        00421 (stack_pointers_deep.go:113)	MOVQ	$0, main.sum+128(SP)
   1b1        00433 (stack_pointers_deep.go:114)	MOVQ	$0, main.count+136(SP)
   1bd        00445 (stack_pointers_deep.go:115)	LEAQ	main.main.func1(SB), DX
   1c4        00452 (stack_pointers_deep.go:115)	MOVQ	DX, main..autotmp_10+384(SP)
   1cc        00460 (stack_pointers_deep.go:115)	LEAQ	main.sum+128(SP), DX
   1d4        00468 (stack_pointers_deep.go:115)	MOVQ	DX, main..autotmp_10+392(SP)
   1dc        00476 (stack_pointers_deep.go:115)	LEAQ	main.count+136(SP), DX
   1e4        00484 (stack_pointers_deep.go:115)	MOVQ	DX, main..autotmp_10+400(SP)
   1ec        00492 (stack_pointers_deep.go:115)	MOVL	$30000, AX
   1f1        00497 (stack_pointers_deep.go:115)	LEAQ	main..autotmp_10+384(SP), BX
   1f9        00505 (stack_pointers_deep.go:115)	CALL	main.visit(SB)
   1fe        00510 (stack_pointers_deep.go:115)	NOP
   200        00512 (stack_pointers_deep.go:122)	CALL	runtime.printlock(SB)
   205        00517 (stack_pointers_deep.go:122)	MOVQ	main.sum+128(SP), AX
   20d        00525 (stack_pointers_deep.go:122)	CALL	runtime.printint(SB)
   212        00530 (stack_pointers_deep.go:122)	CALL	runtime.printsp(SB)
   217        00535 (stack_pointers_deep.go:122)	MOVQ	main.count+136(SP), AX
   21f        00543 (stack_pointers_deep.go:122)	NOP
   220        00544 (stack_pointers_deep.go:122)	CALL	runtime.printint(SB)
   225        00549 (stack_pointers_deep.go:122)	CALL	runtime.printnl(SB)
   22a        00554 (stack_pointers_deep.go:122)	CALL	runtime.printunlock(SB)
   22f        00559 (stack_pointers_deep.go:124)	LEAQ	main.arr+56(SP), DX
   234        00564 (stack_pointers_deep.go:124)	MOVUPS	X15, (DX)
   238        00568 (stack_pointers_deep.go:126)	MOVL	$1819043176, main.sb+50(SP)
   240        00576 (stack_pointers_deep.go:126)	MOVW	$8559, main.sb+54(SP)
   247        00583 (stack_pointers_deep.go:127)	LEAQ	main..autotmp_24+72(SP), AX
   24c        00588 (stack_pointers_deep.go:127)	LEAQ	main.sb+50(SP), BX
   251        00593 (stack_pointers_deep.go:127)	MOVL	$6, CX
   256        00598 (stack_pointers_deep.go:127)	CALL	runtime.slicebytetostring(SB)
   25b        00603 (stack_pointers_deep.go:127)	MOVL	$16, CX
   260        00608 (stack_pointers_deep.go:127)	MOVL	CX, DI
   262        00610 (stack_pointers_deep.go:127)	MOVQ	AX, SI
   265        00613 (stack_pointers_deep.go:127)	MOVQ	BX, R8
   268        00616 (stack_pointers_deep.go:127)	MOVL	$40000, AX
   26d        00621 (stack_pointers_deep.go:127)	LEAQ	main.arr+56(SP), BX
   272        00626 (stack_pointers_deep.go:127)	CALL	main.sliceDown(SB)
   277        00631 (stack_pointers_deep.go:127)	MOVQ	AX, main..autotmp_30+376(SP)
   27f        00639 (stack_pointers_deep.go:127)	MOVBLZX	main.arr+56(SP), DX
   284        00644 (stack_pointers_deep.go:127)	MOVQ	DX, main..autotmp_33+352(SP)
   28c        00652 (stack_pointers_deep.go:127)	MOVBLZX	main.arr+61(SP), DX
   291        00657 (stack_pointers_deep.go:127)	MOVQ	DX, main..autotmp_34+344(SP)
   299        00665 (stack_pointers_deep.go:127)	MOVBLZX	main.arr+71(SP), DX
   29e        00670 (stack_pointers_deep.go:127)	MOVQ	DX, main..autotmp_35+336(SP)
   2a6        00678 (stack_pointers_deep.go:127)	CALL	runtime.printlock(SB)
   2ab        00683 (stack_pointers_deep.go:127)	MOVQ	main..autotmp_30+376(SP), AX
   2b3        00691 (stack_pointers_deep.go:127)	CALL	runtime.printint(SB)
   2b8        00696 (stack_pointers_deep.go:127)	CALL	runtime.printsp(SB)
   2bd        00701 (stack_pointers_deep.go:127)	MOVQ	main..autotmp_33+352(SP), AX
   2c5        00709 (stack_pointers_deep.go:127)	CALL	runtime.printuint(SB)
   2ca        00714 (stack_pointers_deep.go:127)	CALL	runtime.printsp(SB)
   2cf        00719 (stack_pointers_deep.go:127)	MOVQ	main..autotmp_34+344(SP), AX
   2d7        00727 (stack_pointers_deep.go:127)	CALL	runtime.printuint(SB)
   2dc        00732 (stack_pointers_deep.go:127)	NOP
   2e0        00736 (stack_pointers_deep.go:127)	CALL	runtime.printsp(SB)
   2e5        00741 (stack_pointers_deep.go:127)	MOVQ	main..autotmp_35+336(SP), AX
   2ed        00749 (stack_pointers_deep.go:127)	CALL	runtime.printuint(SB)
   2f2        00754 (stack_pointers_deep.go:127)	CALL	runtime.printnl(SB)
   2f7        00759 (stack_pointers_deep.go:127)	CALL	runtime.printunlock(SB)
   2fc        00764 (stack_pointers_deep.go:129)	MOVQ	$10, main.x+112(SP)
   305        00773 (stack_pointers_deep.go:129)	MOVQ	$20, main.y+104(SP)
   30e        00782 (stack_pointers_deep.go:130)	MOVL	$30000, AX
   313        00787 (stack_pointers_deep.go:130)	LEAQ	main.x+112(SP), BX
   318        00792 (stack_pointers_deep.go:130)	LEAQ	main.y+104(SP), CX
   31d        00797 (stack_pointers_deep.go:130)	NOP
   320        00800 (stack_pointers_deep.go:130)	CALL	main.structDown(SB)
   325        00805 (stack_pointers_deep.go:130)	MOVQ	AX, main..autotmp_30+376(SP)
   32d        00813 (stack_pointers_deep.go:130)	CALL	runtime.printlock(SB)
   332        00818 (stack_pointers_deep.go:130)	MOVQ	main..autotmp_30+376(SP), AX
   33a        00826 (stack_pointers_deep.go:130)	CALL	runtime.printint(SB)
   33f        00831 (stack_pointers_deep.go:130)	NOP
   340        00832 (stack_pointers_deep.go:130)	CALL	runtime.printsp(SB)
   345        00837 (stack_pointers_deep.go:130)	MOVQ	main.x+112(SP), AX
   34a        00842 (stack_pointers_deep.go:130)	CALL	runtime.printint(SB)
   34f        00847 (stack_pointers_deep.go:130)	CALL	runtime.printsp(SB)
   354        00852 (stack_pointers_deep.go:130)	MOVQ	main.y+104(SP), AX
   359        00857 (stack_pointers_deep.go:130)	CALL	runtime.printint(SB)
   35e        00862 (stack_pointers_deep.go:130)	NOP
   360        00864 (stack_pointers_deep.go:130)	CALL	runtime.printnl(SB)
   365        00869 (stack_pointers_deep.go:130)	CALL	runtime.printunlock(SB)
   36a        00874 (stack_pointers_deep.go:131)	ADDQ	$408, SP
   371        00881 (stack_pointers_deep.go:131)	POPQ	BP
   372        00882 (stack_pointers_deep.go:131)	RET
   373        00883 (stack_pointers_deep.go:131)	NOP
   373        00883 (stack_pointers_deep.go:104)	PCDATA	$1, $-1
   373        00883 (stack_pointers_deep.go:104)	PCDATA	$0, $-2
   373        00883 (stack_pointers_deep.go:104)	CALL	runtime.morestack_noctxt(SB)
   378        00888 (stack_pointers_deep.go:104)	PCDATA	$0, $-1
   378        00888 (stack_pointers_deep.go:104)	JMP	0
   37d done
wrote 4 bytes to 0x0
 00 fd 06 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (stack_pointers_deep.go:115)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $24-8
     0        00000 (stack_pointers_deep.go:115)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $24-8
     0     -1 00000 (stack_pointers_deep.go:115)	CMPQ	SP, 16(R14)
     4        00004 (stack_pointers_deep.go:115)	PCDATA	$0, $-2
     4        00004 (stack_pointers_deep.go:115)	JLS	139
     a        00010 (stack_pointers_deep.go:115)	PCDATA	$0, $-1
     a        00010 (stack_pointers_deep.go:115)	PUSHQ	BP
     b        00011 (stack_pointers_deep.go:115)	MOVQ	SP, BP
     e        00014 (stack_pointers_deep.go:115)	SUBQ	$16, SP
    12        00018 (stack_pointers_deep.go:115)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (stack_pointers_deep.go:115)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    12        00018 (stack_pointers_deep.go:115)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
    12        00018 (stack_pointers_deep.go:115)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
    12        00018 (stack_pointers_deep.go:115)	PCDATA	$3, $1
    12        00018 (stack_pointers_deep.go:115)	MOVQ	16(DX), CX
    16        00022 (stack_pointers_deep.go:115)	MOVQ	8(DX), DX
    1a        00026 (stack_pointers_deep.go:116)	ADDQ	AX, (DX)
    1d        00029 (stack_pointers_deep.go:117)	INCQ	(CX)
    20        00032 (stack_pointers_deep.go:118)	MOVQ	$2066035336255469781, CX
    2a        00042 (stack_pointers_deep.go:118)	IMULQ	AX, CX
    2e        00046 (stack_pointers_deep.go:118)	MOVQ	$73786976294838200, BX
    38        00056 (stack_pointers_deep.go:118)	ADDQ	BX, CX
    3b        00059 (stack_pointers_deep.go:118)	ROLQ	$61, CX
    3f        00063 (stack_pointers_deep.go:118)	MOVQ	$18446744073709550, BX
    49        00073 (stack_pointers_deep.go:118)	CMPQ	BX, CX
    4c        00076 (stack_pointers_deep.go:118)	JCS	133
    4e        00078 (stack_pointers_deep.go:115)	MOVQ	DX, main.&sum+8(SP)
    53        00083 (stack_pointers_deep.go:119)	MOVQ	AX, CX
    56        00086 (stack_pointers_deep.go:119)	SARQ	$63, AX
    5a        00090 (stack_pointers_deep.go:119)	MOVQ	AX, DX
    5d        00093 (stack_pointers_deep.go:119)	MOVQ	$-3689348814741910323, AX
    67        00103 (stack_pointers_deep.go:119)	MOVQ	DX, BX
    6a        00106 (stack_pointers_deep.go:119)	IMULQ	CX
    6d        00109 (stack_pointers_deep.go:119)	LEAQ	(DX)(CX*1), AX
    71        00113 (stack_pointers_deep.go:119)	SARQ	$3, AX
    75        00117 (stack_pointers_deep.go:119)	SUBQ	BX, AX
    78        00120 (stack_pointers_deep.go:119)	PCDATA	$1, $1
    78        00120 (stack_pointers_deep.go:119)	CALL	main.grow(SB)
    7d        00125 (stack_pointers_deep.go:119)	MOVQ	main.&sum+8(SP), CX
    82        00130 (stack_pointers_deep.go:119)	ADDQ	AX, (CX)
    85        00133 (stack_pointers_deep.go:121)	ADDQ	$16, SP
    89        00137 (stack_pointers_deep.go:121)	POPQ	BP
    8a        00138 (stack_pointers_deep.go:121)	RET
    8b        00139 (stack_pointers_deep.go:121)	NOP
    8b        00139 (stack_pointers_deep.go:115)	PCDATA	$1, $-1
    8b        00139 (stack_pointers_deep.go:115)	PCDATA	$0, $-2
    8b        00139 (stack_pointers_deep.go:115)	MOVQ	AX, 8(SP)
    90        00144 (stack_pointers_deep.go:115)	CALL	runtime.morestack(SB)
    95        00149 (stack_pointers_deep.go:115)	PCDATA	$0, $-1
    95        00149 (stack_pointers_deep.go:115)	MOVQ	8(SP), AX
    9a        00154 (stack_pointers_deep.go:115)	JMP	0
    9f done
wrote 4 bytes to 0x0
 00 9f 01 00
funcpctab main.structDown [valfunc=pctoinline]
     0     -1 00000 (stack_pointers_deep.go:90)	TEXT	main.structDown(SB), ABIInternal, $176-24
     0        00000 (stack_pointers_deep.go:90)	TEXT	main.structDown(SB), ABIInternal, $176-24
     0     -1 00000 (stack_pointers_deep.go:90)	LEAQ	-48(SP), R12
     5        00005 (stack_pointers_deep.go:90)	CMPQ	R12, 16(R14)
     9        00009 (stack_pointers_deep.go:90)	PCDATA	$0, $-2
     9        00009 (stack_pointers_deep.go:90)	JLS	230
     f        00015 (stack_pointers_deep.go:90)	PCDATA	$0, $-1
     f        00015 (stack_pointers_deep.go:90)	PUSHQ	BP
    10        00016 (stack_pointers_deep.go:90)	MOVQ	SP, BP
    13        00019 (stack_pointers_deep.go:90)	SUBQ	$168, SP
    1a        00026 (stack_pointers_deep.go:90)	MOVQ	BX, main.p+192(FP)
    22        00034 (stack_pointers_deep.go:90)	MOVQ	CX, main.p+200(FP)
    2a        00042 (stack_pointers_deep.go:90)	FUNCDATA	$0, gclocals·zGzYNTlylzp1ymg3SEaGfQ==(SB)
    2a        00042 (stack_pointers_deep.go:90)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    2a        00042 (stack_pointers_deep.go:90)	FUNCDATA	$5, main.structDown.arginfo1(SB)
    2a        00042 (stack_pointers_deep.go:90)	FUNCDATA	$6, main.structDown.argliveinfo(SB)
    2a        00042 (stack_pointers_deep.go:90)	PCDATA	$3, $1
    2a        00042 (stack_pointers_deep.go:91)	LEAQ	main.big+24(SP), DX
    2f        00047 (stack_pointers_deep.go:91)	MOVUPS	X15, (DX)
    33        00051 (stack_pointers_deep.go:91)	MOVUPS	X15, 16(DX)
    38        00056 (stack_pointers_deep.go:91)	MOVUPS	X15, 32(DX)
    3d        00061 (stack_pointers_deep.go:91)	MOVUPS	X15, 48(DX)
    42        00066 (stack_pointers_deep.go:91)	MOVUPS	X15, 64(DX)
    47        00071 (stack_pointers_deep.go:91)	MOVUPS	X15, 80(DX)
    4c        00076 (stack_pointers_deep.go:91)	MOVUPS	X15, 96(DX)
    51        00081 (stack_pointers_deep.go:91)	MOVUPS	X15, 112(DX)
    56        00086 (stack_pointers_deep.go:92)	MOVQ	AX, DX
    59        00089 (stack_pointers_deep.go:92)	SARQ	$63, DX
    5d        00093 (stack_pointers_deep.go:92)	SHRQ	$60, DX
    61        00097 (stack_pointers_deep.go:92)	ADDQ	AX, DX
    64        00100 (stack_pointers_deep.go:92)	ANDQ	$-16, DX
    68        00104 (stack_pointers_deep.go:92)	MOVQ	AX, SI
    6b        00107 (stack_pointers_deep.go:92)	SUBQ	DX, SI
    6e        00110 (stack_pointers_deep.go:92)	CMPQ	SI, $16
    72        00114 (stack_pointers_deep.go:92)	JCC	219
    74        00116 (stack_pointers_deep.go:92)	MOVQ	AX, main.big+24(SP)(SI*8)
    79        00121 (stack_pointers_deep.go:93)	TESTQ	AX, AX
    7c        00124 (stack_pointers_deep.go:93)	JNE	159
    7e        00126 (stack_pointers_deep.go:94)	INCQ	(BX)
    81        00129 (stack_pointers_deep.go:95)	MOVQ	(CX), DX
    84        00132 (stack_pointers_deep.go:95)	LEAQ	2(DX), SI
    88        00136 (stack_pointers_deep.go:95)	MOVQ	SI, (CX)
    8b        00139 (stack_pointers_deep.go:96)	MOVQ	(BX), CX
    8e        00142 (stack_pointers_deep.go:96)	LEAQ	(DX)(CX*1), AX
    92        00146 (stack_pointers_deep.go:96)	LEAQ	2(AX), AX
    96        00150 (stack_pointers_deep.go:96)	ADDQ	$168, SP
    9d        00157 (stack_pointers_deep.go:96)	POPQ	BP
    9e        00158 (stack_pointers_deep.go:96)	RET
    9f        00159 (stack_pointers_deep.go:92)	MOVQ	SI, main..autotmp_9+152(SP)
    a7        00167 (stack_pointers_deep.go:92)	MOVQ	BX, main..autotmp_10+160(SP)
    af        00175 (stack_pointers_deep.go:99)	DECQ	AX
    b2        00178 (stack_pointers_deep.go:99)	PCDATA	$1, $1
    b2        00178 (stack_pointers_deep.go:99)	CALL	main.structDown(SB)
    b7        00183 (stack_pointers_deep.go:100)	MOVQ	main..autotmp_9+152(SP), DX
    bf        00191 (stack_pointers_deep.go:100)	MOVQ	main.big+24(SP)(DX*8), DX
    c4        00196 (stack_pointers_deep.go:100)	ANDL	$1, DX
    c7        00199 (stack_pointers_deep.go:100)	MOVQ	main..autotmp_10+160(SP), SI
    cf        00207 (stack_pointers_deep.go:100)	ADDQ	DX, (SI)
    d2        00210 (stack_pointers_deep.go:101)	ADDQ	$168, SP
    d9        00217 (stack_pointers_deep.go:101)	POPQ	BP
    da        00218 (stack_pointers_deep.go:101)	RET
    db        00219 (stack_pointers_deep.go:92)	PCDATA	$1, $2
    db        00219 (stack_pointers_deep.go:92)	PCDATA	$4, $18909
    db        00219 (stack_pointers_deep.go:92)	NOP
    e0        00224 (stack_pointers_deep.go:92)	CALL	runtime.panicBounds(SB)
    e5        00229 (stack_pointers_deep.go:92)	XCHGL	AX, AX
    e6        00230 (stack_pointers_deep.go:92)	NOP
    e6        00230 (stack_pointers_deep.go:90)	PCDATA	$1, $-1
    e6        00230 (stack_pointers_deep.go:90)	PCDATA	$0, $-2
    e6        00230 (stack_pointers_deep.go:90)	MOVQ	AX, 8(SP)
    eb        00235 (stack_pointers_deep.go:90)	MOVQ	BX, 16(SP)
    f0        00240 (stack_pointers_deep.go:90)	MOVQ	CX, 24(SP)
    f5        00245 (stack_pointers_deep.go:90)	CALL	runtime.morestack_noctxt(SB)
    fa        00250 (stack_pointers_deep.go:90)	PCDATA	$0, $-1
    fa        00250 (stack_pointers_deep.go:90)	MOVQ	8(SP), AX
    ff        00255 (stack_pointers_deep.go:90)	MOVQ	16(SP), BX
   104        00260 (stack_pointers_deep.go:90)	MOVQ	24(SP), CX
   109        00265 (stack_pointers_deep.go:90)	JMP	0
   10e done
wrote 4 bytes to 0x0
 00 8e 02 00
funcpctab main.fill [valfunc=pctoinline]
     0     -1 00000 (stack_pointers_deep.go:15)	TEXT	main.fill(SB), ABIInternal, $88-24
     0        00000 (stack_pointers_deep.go:15)	TEXT	main.fill(SB), ABIInternal, $88-24
     0     -1 00000 (stack_pointers_deep.go:15)	CMPQ	SP, 16(R14)
     4        00004 (stack_pointers_deep.go:15)	PCDATA	$0, $-2
     4        00004 (stack_pointers_deep.go:15)	JLS	247
     a        00010 (stack_pointers_deep.go:15)	PCDATA	$0, $-1
     a        00010 (stack_pointers_deep.go:15)	PUSHQ	BP
     b        00011 (stack_pointers_deep.go:15)	MOVQ	SP, BP
     e        00014 (stack_pointers_deep.go:15)	SUBQ	$80, SP
    12        00018 (stack_pointers_deep.go:15)	FUNCDATA	$0, gclocals·SlSwSWf6pDnB3BW4Msb2Gg==(SB)
    12        00018 (stack_pointers_deep.go:15)	FUNCDATA	$1, gclocals·NWwmDUMLCphmk8kxTtwd1A==(SB)
    12        00018 (stack_pointers_deep.go:15)	FUNCDATA	$2, main.fill.stkobj(SB)
    12        00018 (stack_pointers_deep.go:15)	FUNCDATA	$5, main.fill.arginfo1(SB)
    12        00018 (stack_pointers_deep.go:15)	FUNCDATA	$6, main.fill.argliveinfo(SB)
    12        00018 (stack_pointers_deep.go:15)	PCDATA	$3, $1
    12        00018 (stack_pointers_deep.go:16)	LEAQ	main.me+40(SP), DX
    17        00023 (stack_pointers_deep.go:16)	MOVUPS	X15, (DX)
    1b        00027 (stack_pointers_deep.go:16)	MOVUPS	X15, 16(DX)
    20        00032 (stack_pointers_deep.go:16)	MOVUPS	X15, 24(DX)
    25        00037 (stack_pointers_deep.go:17)	MOVQ	CX, main.me+72(SP)
    2a        00042 (stack_pointers_deep.go:18)	MOVQ	AX, SI
    2d        00045 (stack_pointers_deep.go:18)	SARQ	$63, SI
    31        00049 (stack_pointers_deep.go:18)	MOVQ	SI, DI
    34        00052 (stack_pointers_deep.go:18)	SHRQ	$62, SI
    38        00056 (stack_pointers_deep.go:18)	ADDQ	AX, SI
    3b        00059 (stack_pointers_deep.go:18)	ANDQ	$-4, SI
    3f        00063 (stack_pointers_deep.go:18)	MOVQ	AX, R8
    42        00066 (stack_pointers_deep.go:18)	SUBQ	SI, R8
    45        00069 (stack_pointers_deep.go:18)	CMPQ	R8, $4
    49        00073 (stack_pointers_deep.go:18)	JCC	241
    4f        00079 (stack_pointers_deep.go:18)	MOVQ	AX, main.me+40(SP)(R8*8)
    54        00084 (stack_pointers_deep.go:19)	TESTQ	AX, AX
    57        00087 (stack_pointers_deep.go:19)	JNE	101
    59        00089 (stack_pointers_deep.go:21)	XORL	CX, CX
    5b        00091 (stack_pointers_deep.go:21)	NOP
    60        00096 (stack_pointers_deep.go:21)	JMP	224
    65        00101 (stack_pointers_deep.go:18)	MOVQ	AX, main.depth+96(SP)
    6a        00106 (stack_pointers_deep.go:18)	MOVQ	BX, main.arr+104(SP)
    6f        00111 (stack_pointers_deep.go:18)	PCDATA	$3, $2
    6f        00111 (stack_pointers_deep.go:18)	MOVQ	R8, main..autotmp_10+32(SP)
    74        00116 (stack_pointers_deep.go:18)	MOVQ	DI, main..autotmp_11+24(SP)
    79        00121 (stack_pointers_deep.go:27)	DECQ	AX
    7c        00124 (stack_pointers_deep.go:27)	MOVQ	DX, CX
    7f        00127 (stack_pointers_deep.go:27)	PCDATA	$1, $1
    7f        00127 (stack_pointers_deep.go:27)	NOP
    80        00128 (stack_pointers_deep.go:27)	CALL	main.fill(SB)
    85        00133 (stack_pointers_deep.go:28)	MOVQ	main.arr+104(SP), DX
    8a        00138 (stack_pointers_deep.go:28)	TESTB	AL, (DX)
    8c        00140 (stack_pointers_deep.go:28)	MOVQ	main..autotmp_11+24(SP), SI
    91        00145 (stack_pointers_deep.go:28)	SHRQ	$60, SI
    95        00149 (stack_pointers_deep.go:28)	MOVQ	main.depth+96(SP), DI
    9a        00154 (stack_pointers_deep.go:28)	ADDQ	DI, SI
    9d        00157 (stack_pointers_deep.go:28)	ANDQ	$-16, SI
    a1        00161 (stack_pointers_deep.go:28)	SUBQ	SI, DI
    a4        00164 (stack_pointers_deep.go:28)	CMPQ	DI, $16
    a8        00168 (stack_pointers_deep.go:28)	JCC	196
    aa        00170 (stack_pointers_deep.go:28)	MOVBLZX	AL, CX
    ad        00173 (stack_pointers_deep.go:28)	ADDQ	CX, (DX)(DI*8)
    b1        00177 (stack_pointers_deep.go:29)	MOVQ	main..autotmp_10+32(SP), CX
    b6        00182 (stack_pointers_deep.go:29)	MOVQ	main.me+40(SP)(CX*8), CX
    bb        00187 (stack_pointers_deep.go:29)	ADDQ	CX, AX
    be        00190 (stack_pointers_deep.go:29)	ADDQ	$80, SP
    c2        00194 (stack_pointers_deep.go:29)	POPQ	BP
    c3        00195 (stack_pointers_deep.go:29)	RET
    c4        00196 (stack_pointers_deep.go:28)	PCDATA	$1, $2
    c4        00196 (stack_pointers_deep.go:28)	PCDATA	$4, $18981
    c4        00196 (stack_pointers_deep.go:28)	CALL	runtime.panicBounds(SB)
    c9        00201 (stack_pointers_deep.go:28)	PCDATA	$3, $1
    c9        00201 (stack_pointers_deep.go:22)	MOVQ	(DX), AX
    cc        00204 (stack_pointers_deep.go:22)	ADDQ	8(DX), AX
    d0        00208 (stack_pointers_deep.go:22)	ADDQ	16(DX), AX
    d4        00212 (stack_pointers_deep.go:22)	ADDQ	24(DX), AX
    d8        00216 (stack_pointers_deep.go:21)	MOVQ	32(DX), DX
    dc        00220 (stack_pointers_deep.go:22)	ADDQ	AX, CX
    df        00223 (stack_pointers_deep.go:22)	NOP
    e0        00224 (stack_pointers_deep.go:21)	TESTQ	DX, DX
    e3        00227 (stack_pointers_deep.go:21)	JNE	201
    e5        00229 (stack_pointers_deep.go:24)	MOVQ	CX, (BX)
    e8        00232 (stack_pointers_deep.go:25)	MOVQ	CX, AX
    eb        00235 (stack_pointers_deep.go:25)	ADDQ	$80, SP
    ef        00239 (stack_pointers_deep.go:25)	POPQ	BP
    f0        00240 (stack_pointers_deep.go:25)	RET
    f1        00241 (stack_pointers_deep.go:18)	PCDATA	$4, $5229
    f1        00241 (stack_pointers_deep.go:18)	CALL	runtime.panicBounds(SB)
    f6        00246 (stack_pointers_deep.go:18)	XCHGL	AX, AX
    f7        00247 (stack_pointers_deep.go:18)	NOP
    f7        00247 (stack_pointers_deep.go:15)	PCDATA	$1, $-1
    f7        00247 (stack_pointers_deep.go:15)	PCDATA	$0, $-2
    f7        00247 (stack_pointers_deep.go:15)	MOVQ	AX, 8(SP)
    fc        00252 (stack_pointers_deep.go:15)	MOVQ	BX, 16(SP)
   101        00257 (stack_pointers_deep.go:15)	MOVQ	CX, 24(SP)
   106        00262 (stack_pointers_deep.go:15)	CALL	runtime.morestack_noctxt(SB)
   10b        00267 (stack_pointers_deep.go:15)	PCDATA	$0, $-1
   10b        00267 (stack_pointers_deep.go:15)	MOVQ	8(SP), AX
   110        00272 (stack_pointers_deep.go:15)	MOVQ	16(SP), BX
   115        00277 (stack_pointers_deep.go:15)	MOVQ	24(SP), CX
   11a        00282 (stack_pointers_deep.go:15)	JMP	0
   11f done
wrote 4 bytes to 0x0
 00 9f 02 00
funcpctab main.sliceDown [valfunc=pctoinline]
     0     -1 00000 (stack_pointers_deep.go:73)	TEXT	main.sliceDown(SB), ABIInternal, $64-48
     0        00000 (stack_pointers_deep.go:73)	TEXT	main.sliceDown(SB), ABIInternal, $64-48
     0     -1 00000 (stack_pointers_deep.go:73)	CMPQ	SP, 16(R14)
     4        00004 (stack_pointers_deep.go:73)	PCDATA	$0, $-2
     4        00004 (stack_pointers_deep.go:73)	JLS	166
     a        00010 (stack_pointers_deep.go:73)	PCDATA	$0, $-1
     a        00010 (stack_pointers_deep.go:73)	PUSHQ	BP
     b        00011 (stack_pointers_deep.go:73)	MOVQ	SP, BP
     e        00014 (stack_pointers_deep.go:73)	SUBQ	$56, SP
    12        00018 (stack_pointers_deep.go:73)	MOVQ	BX, main.s+80(FP)
    17        00023 (stack_pointers_deep.go:73)	MOVQ	SI, main.str+104(FP)
    1c        00028 (stack_pointers_deep.go:73)	FUNCDATA	$0, gclocals·v/zvnkN0eJfY1twtK4KiZw==(SB)
    1c        00028 (stack_pointers_deep.go:73)	FUNCDATA	$1, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    1c        00028 (stack_pointers_deep.go:73)	FUNCDATA	$5, main.sliceDown.arginfo1(SB)
    1c        00028 (stack_pointers_deep.go:73)	FUNCDATA	$6, main.sliceDown.argliveinfo(SB)
    1c        00028 (stack_pointers_deep.go:73)	PCDATA	$3, $1
    1c        00028 (stack_pointers_deep.go:73)	NOP
    20        00032 (stack_pointers_deep.go:74)	TESTQ	AX, AX
    23        00035 (stack_pointers_deep.go:74)	JNE	65
    25        00037 (stack_pointers_deep.go:75)	TESTQ	CX, CX
    28        00040 (stack_pointers_deep.go:75)	JLS	159
    2a        00042 (stack_pointers_deep.go:75)	MOVB	$90, (BX)
    2d        00045 (stack_pointers_deep.go:76)	CMPQ	R8, $1
    31        00049 (stack_pointers_deep.go:76)	JLS	154
    33        00051 (stack_pointers_deep.go:76)	MOVBLZX	1(SI), CX
    37        00055 (stack_pointers_deep.go:76)	LEAQ	(R8)(CX*1), AX
    3b        00059 (stack_pointers_deep.go:76)	ADDQ	$56, SP
    3f        00063 (stack_pointers_deep.go:76)	POPQ	BP
    40        00064 (stack_pointers_deep.go:76)	RET
    41        00065 (stack_pointers_deep.go:78)	TESTQ	CX, CX
    44        00068 (stack_pointers_deep.go:78)	JEQ	149
    46        00070 (stack_pointers_deep.go:74)	MOVQ	AX, DX
    49        00073 (stack_pointers_deep.go:74)	MOVQ	DX, R9
    4c        00076 (stack_pointers_deep.go:78)	CQO
    4e        00078 (stack_pointers_deep.go:78)	IDIVQ	CX
    51        00081 (stack_pointers_deep.go:78)	CMPQ	DX, CX
    54        00084 (stack_pointers_deep.go:78)	JCC	144
    56        00086 (stack_pointers_deep.go:78)	MOVQ	DX, main..autotmp_7+48(SP)
    5b        00091 (stack_pointers_deep.go:74)	MOVQ	BX, main.s+80(SP)
    60        00096 (stack_pointers_deep.go:74)	PCDATA	$3, $2
    60        00096 (stack_pointers_deep.go:78)	MOVBLZX	(BX)(DX*1), R10
    65        00101 (stack_pointers_deep.go:78)	INCL	R10
    68        00104 (stack_pointers_deep.go:78)	MOVB	R10B, (BX)(DX*1)
    6c        00108 (stack_pointers_deep.go:79)	LEAQ	-1(R9), AX
    70        00112 (stack_pointers_deep.go:79)	PCDATA	$1, $1
    70        00112 (stack_pointers_deep.go:79)	CALL	main.sliceDown(SB)
    75        00117 (stack_pointers_deep.go:80)	MOVQ	main..autotmp_7+48(SP), DX
    7a        00122 (stack_pointers_deep.go:80)	MOVQ	main.s+80(SP), R9
    7f        00127 (stack_pointers_deep.go:80)	MOVBLZX	(R9)(DX*1), DX
    84        00132 (stack_pointers_deep.go:80)	ANDL	$1, DX
    87        00135 (stack_pointers_deep.go:80)	ADDQ	DX, AX
    8a        00138 (stack_pointers_deep.go:80)	ADDQ	$56, SP
    8e        00142 (stack_pointers_deep.go:80)	POPQ	BP
    8f        00143 (stack_pointers_deep.go:80)	RET
    90        00144 (stack_pointers_deep.go:80)	PCDATA	$3, $1
    90        00144 (stack_pointers_deep.go:78)	PCDATA	$1, $2
    90        00144 (stack_pointers_deep.go:78)	PCDATA	$4, $1359
    90        00144 (stack_pointers_deep.go:78)	CALL	runtime.panicBounds(SB)
    95        00149 (stack_pointers_deep.go:78)	CALL	runtime.panicdivide(SB)
    9a        00154 (stack_pointers_deep.go:76)	PCDATA	$4, $9270
    9a        00154 (stack_pointers_deep.go:76)	CALL	runtime.panicBounds(SB)
    9f        00159 (stack_pointers_deep.go:75)	PCDATA	$4, $0
    9f        00159 (stack_pointers_deep.go:75)	NOP
    a0        00160 (stack_pointers_deep.go:75)	CALL	runtime.panicBounds(SB)
    a5        00165 (stack_pointers_deep.go:75)	XCHGL	AX, AX
    a6        00166 (stack_pointers_deep.go:75)	NOP
    a6        00166 (stack_pointers_deep.go:73)	PCDATA	$1, $-1
    a6        00166 (stack_pointers_deep.go:73)	PCDATA	$0, $-2
    a6        00166 (stack_pointers_deep.go:73)	MOVQ	AX, 8(SP)
    ab        00171 (stack_pointers_deep.go:73)	MOVQ	BX, 16(SP)
    b0        00176 (stack_pointers_deep.go:73)	MOVQ	CX, 24(SP)
    b5        00181 (stack_pointers_deep.go:73)	MOVQ	DI, 32(SP)
    ba        00186 (stack_pointers_deep.go:73)	MOVQ	SI, 40(SP)
    bf        00191 (stack_pointers_deep.go:73)	MOVQ	R8, 48(SP)
    c4        00196 (stack_pointers_deep.go:73)	CALL	runtime.morestack_noctxt(SB)
    c9        00201 (stack_pointers_deep.go:73)	PCDATA	$0, $-1
    c9        00201 (stack_pointers_deep.go:73)	MOVQ	8(SP), AX
    ce        00206 (stack_pointers_deep.go:73)	MOVQ	16(SP), BX
    d3        00211 (stack_pointers_deep.go:73)	MOVQ	24(SP), CX
    d8        00216 (stack_pointers_deep.go:73)	MOVQ	32(SP), DI
    dd        00221 (stack_pointers_deep.go:73)	MOVQ	40(SP), SI
    e2        00226 (stack_pointers_deep.go:73)	MOVQ	48(SP), R8
    e7        00231 (stack_pointers_deep.go:73)	JMP	0
    ec done
wrote 4 bytes to 0x0
 00 ec 01 00
funcpctab main.writeAt [valfunc=pctoinline]
     0     -1 00000 (stack_pointers_deep.go:35)	TEXT	main.writeAt(SB), ABIInternal, $240-24
     0        00000 (stack_pointers_deep.go:35)	TEXT	main.writeAt(SB), ABIInternal, $240-24
     0     -1 00000 (stack_pointers_deep.go:35)	LEAQ	-112(SP), R12
     5        00005 (stack_pointers_deep.go:35)	CMPQ	R12, 16(R14)
     9        00009 (stack_pointers_deep.go:35)	PCDATA	$0, $-2
     9        00009 (stack_pointers_deep.go:35)	JLS	294
     f        00015 (stack_pointers_deep.go:35)	PCDATA	$0, $-1
     f        00015 (stack_pointers_deep.go:35)	PUSHQ	BP
    10        00016 (stack_pointers_deep.go:35)	MOVQ	SP, BP
    13        00019 (stack_pointers_deep.go:35)	SUBQ	$232, SP
    1a        00026 (stack_pointers_deep.go:35)	FUNCDATA	$0, gclocals·jJUmT8EancinwDq7lB+tvg==(SB)
    1a        00026 (stack_pointers_deep.go:35)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    1a        00026 (stack_pointers_deep.go:35)	FUNCDATA	$5, main.writeAt.arginfo1(SB)
    1a        00026 (stack_pointers_deep.go:35)	FUNCDATA	$6, main.writeAt.argliveinfo(SB)
    1a        00026 (stack_pointers_deep.go:35)	PCDATA	$3, $1
    1a        00026 (stack_pointers_deep.go:36)	LEAQ	main.pad+24(SP), DX
    1f        00031 (stack_pointers_deep.go:36)	MOVL	$3, SI
    24        00036 (stack_pointers_deep.go:36)	MOVUPS	X15, (DX)
    28        00040 (stack_pointers_deep.go:36)	MOVUPS	X15, 16(DX)
    2d        00045 (stack_pointers_deep.go:36)	MOVUPS	X15, 32(DX)
    32        00050 (stack_pointers_deep.go:36)	MOVUPS	X15, 48(DX)
    37        00055 (stack_pointers_deep.go:36)	ADDQ	$64, DX
    3b        00059 (stack_pointers_deep.go:36)	DECL	SI
    3d        00061 (stack_pointers_deep.go:36)	JNE	36
    3f        00063 (stack_pointers_deep.go:37)	MOVQ	AX, DX
    42        00066 (stack_pointers_deep.go:37)	SARQ	$63, AX
    46        00070 (stack_pointers_deep.go:37)	MOVQ	AX, SI
    49        00073 (stack_pointers_deep.go:37)	MOVQ	$-6148914691236517205, AX
    53        00083 (stack_pointers_deep.go:37)	MOVQ	DX, DI
    56        00086 (stack_pointers_deep.go:37)	IMULQ	DX
    59        00089 (stack_pointers_deep.go:37)	ADDQ	DI, DX
    5c        00092 (stack_pointers_deep.go:37)	SARQ	$4, DX
    60        00096 (stack_pointers_deep.go:37)	SUBQ	SI, DX
    63        00099 (stack_pointers_deep.go:37)	LEAQ	(DX)(DX*2), DX
    67        00103 (stack_pointers_deep.go:37)	SHLQ	$3, DX
    6b        00107 (stack_pointers_deep.go:37)	MOVQ	DI, AX
    6e        00110 (stack_pointers_deep.go:37)	SUBQ	DX, DI
    71        00113 (stack_pointers_deep.go:37)	CMPQ	DI, $24
    75        00117 (stack_pointers_deep.go:37)	JCC	287
    7b        00123 (stack_pointers_deep.go:37)	MOVQ	AX, main.pad+24(SP)(DI*8)
    80        00128 (stack_pointers_deep.go:38)	TESTQ	AX, AX
    83        00131 (stack_pointers_deep.go:38)	JEQ	257
    85        00133 (stack_pointers_deep.go:43)	TESTB	AL, (BX)
    87        00135 (stack_pointers_deep.go:43)	SHRQ	$61, SI
    8b        00139 (stack_pointers_deep.go:43)	LEAQ	(SI)(AX*1), DX
    8f        00143 (stack_pointers_deep.go:43)	ANDQ	$-8, DX
    93        00147 (stack_pointers_deep.go:43)	MOVQ	AX, SI
    96        00150 (stack_pointers_deep.go:43)	SUBQ	DX, SI
    99        00153 (stack_pointers_deep.go:43)	CMPQ	SI, $8
    9d        00157 (stack_pointers_deep.go:43)	JCC	282
    9f        00159 (stack_pointers_deep.go:37)	MOVQ	BX, main.buf+256(SP)
    a7        00167 (stack_pointers_deep.go:37)	MOVQ	CX, main.total+264(SP)
    af        00175 (stack_pointers_deep.go:37)	PCDATA	$3, $2
    af        00175 (stack_pointers_deep.go:37)	MOVQ	DI, main..autotmp_6+224(SP)
    b7        00183 (stack_pointers_deep.go:43)	MOVQ	SI, main..autotmp_7+216(SP)
    bf        00191 (stack_pointers_deep.go:43)	ADDQ	AX, (BX)(SI*8)
    c3        00195 (stack_pointers_deep.go:44)	DECQ	AX
    c6        00198 (stack_pointers_deep.go:44)	PCDATA	$1, $0
    c6        00198 (stack_pointers_deep.go:44)	CALL	main.writeAt(SB)
    cb        00203 (stack_pointers_deep.go:45)	MOVQ	main..autotmp_7+216(SP), DX
    d3        00211 (stack_pointers_deep.go:45)	MOVQ	main.buf+256(SP), SI
    db        00219 (stack_pointers_deep.go:45)	MOVQ	(SI)(DX*8), DX
    df        00223 (stack_pointers_deep.go:45)	MOVQ	main..autotmp_6+224(SP), SI
    e7        00231 (stack_pointers_deep.go:45)	ADDQ	main.pad+24(SP)(SI*8), DX
    ec        00236 (stack_pointers_deep.go:45)	MOVQ	main.total+264(SP), SI
    f4        00244 (stack_pointers_deep.go:45)	ADDQ	DX, (SI)
    f7        00247 (stack_pointers_deep.go:46)	ADDQ	$232, SP
    fe        00254 (stack_pointers_deep.go:46)	POPQ	BP
    ff        00255 (stack_pointers_deep.go:46)	NOP
   100        00256 (stack_pointers_deep.go:46)	RET
   101        00257 (stack_pointers_deep.go:46)	PCDATA	$3, $1
   101        00257 (stack_pointers_deep.go:39)	MOVQ	$42, 24(BX)
   109        00265 (stack_pointers_deep.go:40)	MOVQ	main.pad+24(SP), AX
   10e        00270 (stack_pointers_deep.go:40)	ADDQ	AX, (CX)
   111        00273 (stack_pointers_deep.go:41)	ADDQ	$232, SP
   118        00280 (stack_pointers_deep.go:41)	POPQ	BP
   119        00281 (stack_pointers_deep.go:41)	RET
   11a        00282 (stack_pointers_deep.go:43)	PCDATA	$1, $1
   11a        00282 (stack_pointers_deep.go:43)	PCDATA	$4, $9693
   11a        00282 (stack_pointers_deep.go:43)	CALL	runtime.panicBounds(SB)
   11f        00287 (stack_pointers_deep.go:37)	PCDATA	$4, $28197
   11f        00287 (stack_pointers_deep.go:37)	NOP
   120        00288 (stack_pointers_deep.go:37)	CALL	runtime.panicBounds(SB)
   125        00293 (stack_pointers_deep.go:37)	XCHGL	AX, AX
   126        00294 (stack_pointers_deep.go:37)	NOP
   126        00294 (stack_pointers_deep.go:35)	PCDATA	$1, $-1
   126        00294 (stack_pointers_deep.go:35)	PCDATA	$0, $-2
   126        00294 (stack_pointers_deep.go:35)	MOVQ	AX, 8(SP)
   12b        00299 (stack_pointers_deep.go:35)	MOVQ	BX, 16(SP)
   130        00304 (stack_pointers_deep.go:35)	MOVQ	CX, 24(SP)
   135        00309 (stack_pointers_deep.go:35)	CALL	runtime.morestack_noctxt(SB)
   13a        00314 (stack_pointers_deep.go:35)	PCDATA	$0, $-1
   13a        00314 (stack_pointers_deep.go:35)	MOVQ	8(SP), AX
   13f        00319 (stack_pointers_deep.go:35)	MOVQ	16(SP), BX
   144        00324 (stack_pointers_deep.go:35)	MOVQ	24(SP), CX
   149        00329 (stack_pointers_deep.go:35)	JMP	0
   14e done
wrote 4 bytes to 0x0
 00 ce 02 00
funcpctab main.grow [valfunc=pctoinline]
     0     -1 00000 (stack_pointers_deep.go:61)	TEXT	main.grow(SB), ABIInternal, $280-8
     0        00000 (stack_pointers_deep.go:61)	TEXT	main.grow(SB), ABIInternal, $280-8
     0     -1 00000 (stack_pointers_deep.go:61)	LEAQ	-152(SP), R12
     8        00008 (stack_pointers_deep.go:61)	CMPQ	R12, 16(R14)
     c        00012 (stack_pointers_deep.go:61)	PCDATA	$0, $-2
     c        00012 (stack_pointers_deep.go:61)	JLS	178
    12        00018 (stack_pointers_deep.go:61)	PCDATA	$0, $-1
    12        00018 (stack_pointers_deep.go:61)	PUSHQ	BP
    13        00019 (stack_pointers_deep.go:61)	MOVQ	SP, BP
    16        00022 (stack_pointers_deep.go:61)	SUBQ	$272, SP
    1d        00029 (stack_pointers_deep.go:61)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (stack_pointers_deep.go:61)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (stack_pointers_deep.go:61)	FUNCDATA	$5, main.grow.arginfo1(SB)
    1d        00029 (stack_pointers_deep.go:61)	FUNCDATA	$6, main.grow.argliveinfo(SB)
    1d        00029 (stack_pointers_deep.go:61)	PCDATA	$3, $1
    1d        00029 (stack_pointers_deep.go:62)	LEAQ	main.pad+8(SP), CX
    22        00034 (stack_pointers_deep.go:62)	MOVL	$4, DX
    27        00039 (stack_pointers_deep.go:62)	MOVUPS	X15, (CX)
    2b        00043 (stack_pointers_deep.go:62)	MOVUPS	X15, 16(CX)
    30        00048 (stack_pointers_deep.go:62)	MOVUPS	X15, 32(CX)
    35        00053 (stack_pointers_deep.go:62)	MOVUPS	X15, 48(CX)
    3a        00058 (stack_pointers_deep.go:62)	ADDQ	$64, CX
    3e        00062 (stack_pointers_deep.go:62)	NOP
    40        00064 (stack_pointers_deep.go:62)	DECL	DX
    42        00066 (stack_pointers_deep.go:62)	JNE	39
    44        00068 (stack_pointers_deep.go:63)	MOVQ	AX, CX
    47        00071 (stack_pointers_deep.go:63)	SARQ	$63, CX
    4b        00075 (stack_pointers_deep.go:63)	SHRQ	$59, CX
    4f        00079 (stack_pointers_deep.go:63)	ADDQ	AX, CX
    52        00082 (stack_pointers_deep.go:63)	ANDQ	$-32, CX
    56        00086 (stack_pointers_deep.go:63)	MOVQ	AX, DX
    59        00089 (stack_pointers_deep.go:63)	SUBQ	CX, DX
    5c        00092 (stack_pointers_deep.go:63)	NOP
    60        00096 (stack_pointers_deep.go:63)	CMPQ	DX, $32
    64        00100 (stack_pointers_deep.go:63)	JCC	167
    66        00102 (stack_pointers_deep.go:63)	MOVQ	AX, main.pad+8(SP)(DX*8)
    6b        00107 (stack_pointers_deep.go:64)	TESTQ	AX, AX
    6e        00110 (stack_pointers_deep.go:64)	JNE	123
    70        00112 (stack_pointers_deep.go:65)	XORL	AX, AX
    72        00114 (stack_pointers_deep.go:65)	ADDQ	$272, SP
    79        00121 (stack_pointers_deep.go:65)	POPQ	BP
    7a        00122 (stack_pointers_deep.go:65)	RET
    7b        00123 (stack_pointers_deep.go:63)	MOVQ	DX, main..autotmp_5+264(SP)
    83        00131 (stack_pointers_deep.go:67)	DECQ	AX
    86        00134 (stack_pointers_deep.go:67)	PCDATA	$1, $0
    86        00134 (stack_pointers_deep.go:67)	CALL	main.grow(SB)
    8b        00139 (stack_pointers_deep.go:67)	MOVQ	main..autotmp_5+264(SP), CX
    93        00147 (stack_pointers_deep.go:67)	MOVQ	main.pad+8(SP)(CX*8), CX
    98        00152 (stack_pointers_deep.go:67)	ANDL	$1, CX
    9b        00155 (stack_pointers_deep.go:67)	ADDQ	CX, AX
    9e        00158 (stack_pointers_deep.go:67)	ADDQ	$272, SP
    a5        00165 (stack_pointers_deep.go:67)	POPQ	BP
    a6        00166 (stack_pointers_deep.go:67)	RET
    a7        00167 (stack_pointers_deep.go:63)	MOVQ	$32, AX
    ac        00172 (stack_pointers_deep.go:63)	PCDATA	$4, $207
    ac        00172 (stack_pointers_deep.go:63)	CALL	runtime.panicBounds(SB)
    b1        00177 (stack_pointers_deep.go:63)	XCHGL	AX, AX
    b2        00178 (stack_pointers_deep.go:63)	NOP
    b2        00178 (stack_pointers_deep.go:61)	PCDATA	$1, $-1
    b2        00178 (stack_pointers_deep.go:61)	PCDATA	$0, $-2
    b2        00178 (stack_pointers_deep.go:61)	MOVQ	AX, 8(SP)
    b7        00183 (stack_pointers_deep.go:61)	CALL	runtime.morestack_noctxt(SB)
    bc        00188 (stack_pointers_deep.go:61)	PCDATA	$0, $-1
    bc        00188 (stack_pointers_deep.go:61)	MOVQ	8(SP), AX
    c1        00193 (stack_pointers_deep.go:61)	JMP	0
    c6 done
wrote 4 bytes to 0x0
 00 c6 01 00
funcpctab main.visit [valfunc=pctoinline]
     0     -1 00000 (stack_pointers_deep.go:52)	TEXT	main.visit(SB), ABIInternal, $24-16
     0        00000 (stack_pointers_deep.go:52)	TEXT	main.visit(SB), ABIInternal, $24-16
     0     -1 00000 (stack_pointers_deep.go:52)	CMPQ	SP, 16(R14)
     4        00004 (stack_pointers_deep.go:52)	PCDATA	$0, $-2
     4        00004 (stack_pointers_deep.go:52)	JLS	67
     6        00006 (stack_pointers_deep.go:52)	PCDATA	$0, $-1
     6        00006 (stack_pointers_deep.go:52)	PUSHQ	BP
     7        00007 (stack_pointers_deep.go:52)	MOVQ	SP, BP
     a        00010 (stack_pointers_deep.go:52)	SUBQ	$16, SP
     e        00014 (stack_pointers_deep.go:52)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
     e        00014 (stack_pointers_deep.go:52)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (stack_pointers_deep.go:52)	FUNCDATA	$5, main.visit.arginfo1(SB)
     e        00014 (stack_pointers_deep.go:52)	FUNCDATA	$6, main.visit.argliveinfo(SB)
     e        00014 (stack_pointers_deep.go:52)	PCDATA	$3, $1
     e        00014 (stack_pointers_deep.go:53)	TESTQ	AX, AX
    11        00017 (stack_pointers_deep.go:53)	JNE	25
    13        00019 (stack_pointers_deep.go:54)	ADDQ	$16, SP
    17        00023 (stack_pointers_deep.go:54)	POPQ	BP
    18        00024 (stack_pointers_deep.go:54)	RET
    19        00025 (stack_pointers_deep.go:53)	MOVQ	AX, main.n+32(SP)
    1e        00030 (stack_pointers_deep.go:53)	MOVQ	BX, main.f+40(SP)
    23        00035 (stack_pointers_deep.go:53)	PCDATA	$3, $-1
    23        00035 (stack_pointers_deep.go:56)	MOVQ	(BX), CX
    26        00038 (stack_pointers_deep.go:56)	MOVQ	BX, DX
    29        00041 (stack_pointers_deep.go:56)	PCDATA	$1, $0
    29        00041 (stack_pointers_deep.go:56)	CALL	CX
    2b        00043 (stack_pointers_deep.go:57)	MOVQ	main.n+32(SP), AX
    30        00048 (stack_pointers_deep.go:57)	DECQ	AX
    33        00051 (stack_pointers_deep.go:57)	MOVQ	main.f+40(SP), BX
    38        00056 (stack_pointers_deep.go:57)	PCDATA	$1, $1
    38        00056 (stack_pointers_deep.go:57)	CALL	main.visit(SB)
    3d        00061 (stack_pointers_deep.go:58)	ADDQ	$16, SP
    41        00065 (stack_pointers_deep.go:58)	POPQ	BP
    42        00066 (stack_pointers_deep.go:58)	RET
    43        00067 (stack_pointers_deep.go:58)	NOP
    43        00067 (stack_pointers_deep.go:52)	PCDATA	$1, $-1
    43        00067 (stack_pointers_deep.go:52)	PCDATA	$0, $-2
    43        00067 (stack_pointers_deep.go:52)	MOVQ	AX, 8(SP)
    48        00072 (stack_pointers_deep.go:52)	MOVQ	BX, 16(SP)
    4d        00077 (stack_pointers_deep.go:52)	CALL	runtime.morestack_noctxt(SB)
    52        00082 (stack_pointers_deep.go:52)	PCDATA	$0, $-1
    52        00082 (stack_pointers_deep.go:52)	MOVQ	8(SP), AX
    57        00087 (stack_pointers_deep.go:52)	MOVQ	16(SP), BX
    5c        00092 (stack_pointers_deep.go:52)	JMP	0
    5e done
wrote 3 bytes to 0x0
 00 5e 00
main.fill STEXT size=287 align=0x0 args=0x18 locals=0x58 funcid=0x0
	0x0000 00000 (stack_pointers_deep.go:15)	TEXT	main.fill(SB), ABIInternal, $88-24
	0x0000 00000 (stack_pointers_deep.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_pointers_deep.go:15)	PCDATA	$0, $-2
	0x0004 00004 (stack_pointers_deep.go:15)	JLS	247
	0x000a 00010 (stack_pointers_deep.go:15)	PCDATA	$0, $-1
	0x000a 00010 (stack_pointers_deep.go:15)	PUSHQ	BP
	0x000b 00011 (stack_pointers_deep.go:15)	MOVQ	SP, BP
	0x000e 00014 (stack_pointers_deep.go:15)	SUBQ	$80, SP
	0x0012 00018 (stack_pointers_deep.go:15)	FUNCDATA	$0, gclocals·SlSwSWf6pDnB3BW4Msb2Gg==(SB)
	0x0012 00018 (stack_pointers_deep.go:15)	FUNCDATA	$1, gclocals·NWwmDUMLCphmk8kxTtwd1A==(SB)
	0x0012 00018 (stack_pointers_deep.go:15)	FUNCDATA	$2, main.fill.stkobj(SB)
	0x0012 00018 (stack_pointers_deep.go:15)	FUNCDATA	$5, main.fill.arginfo1(SB)
	0x0012 00018 (stack_pointers_deep.go:15)	FUNCDATA	$6, main.fill.argliveinfo(SB)
	0x0012 00018 (stack_pointers_deep.go:15)	PCDATA	$3, $1
	0x0012 00018 (stack_pointers_deep.go:16)	LEAQ	main.me+40(SP), DX
	0x0017 00023 (stack_pointers_deep.go:16)	MOVUPS	X15, (DX)
	0x001b 00027 (stack_pointers_deep.go:16)	MOVUPS	X15, 16(DX)
	0x0020 00032 (stack_pointers_deep.go:16)	MOVUPS	X15, 24(DX)
	0x0025 00037 (stack_pointers_deep.go:17)	MOVQ	CX, main.me+72(SP)
	0x002a 00042 (stack_pointers_deep.go:18)	MOVQ	AX, SI
	0x002d 00045 (stack_pointers_deep.go:18)	SARQ	$63, SI
	0x0031 00049 (stack_pointers_deep.go:18)	MOVQ	SI, DI
	0x0034 00052 (stack_pointers_deep.go:18)	SHRQ	$62, SI
	0x0038 00056 (stack_pointers_deep.go:18)	ADDQ	AX, SI
	0x003b 00059 (stack_pointers_deep.go:18)	ANDQ	$-4, SI
	0x003f 00063 (stack_pointers_deep.go:18)	MOVQ	AX, R8
	0x0042 00066 (stack_pointers_deep.go:18)	SUBQ	SI, R8
	0x0045 00069 (stack_pointers_deep.go:18)	CMPQ	R8, $4
	0x0049 00073 (stack_pointers_deep.go:18)	JCC	241
	0x004f 00079 (stack_pointers_deep.go:18)	MOVQ	AX, main.me+40(SP)(R8*8)
	0x0054 00084 (stack_pointers_deep.go:19)	TESTQ	AX, AX
	0x0057 00087 (stack_pointers_deep.go:19)	JNE	101
	0x0059 00089 (stack_pointers_deep.go:21)	XORL	CX, CX
	0x005b 00091 (stack_pointers_deep.go:21)	NOP
	0x0060 00096 (stack_pointers_deep.go:21)	JMP	224
	0x0065 00101 (stack_pointers_deep.go:18)	MOVQ	AX, main.depth+96(SP)
	0x006a 00106 (stack_pointers_deep.go:18)	MOVQ	BX, main.arr+104(SP)
	0x006f 00111 (stack_pointers_deep.go:18)	PCDATA	$3, $2
	0x006f 00111 (stack_pointers_deep.go:18)	MOVQ	R8, main..autotmp_10+32(SP)
	0x0074 00116 (stack_pointers_deep.go:18)	MOVQ	DI, main..autotmp_11+24(SP)
	0x0079 00121 (stack_pointers_deep.go:27)	DECQ	AX
	0x007c 00124 (stack_pointers_deep.go:27)	MOVQ	DX, CX
	0x007f 00127 (stack_pointers_deep.go:27)	PCDATA	$1, $1
	0x007f 00127 (stack_pointers_deep.go:27)	NOP
	0x0080 00128 (stack_pointers_deep.go:27)	CALL	main.fill(SB)
	0x0085 00133 (stack_pointers_deep.go:28)	MOVQ	main.arr+104(SP), DX
	0x008a 00138 (stack_pointers_deep.go:28)	TESTB	AL, (DX)
	0x008c 00140 (stack_pointers_deep.go:28)	MOVQ	main..autotmp_11+24(SP), SI
	0x0091 00145 (stack_pointers_deep.go:28)	SHRQ	$60, SI
	0x0095 00149 (stack_pointers_deep.go:28)	MOVQ	main.depth+96(SP), DI
	0x009a 00154 (stack_pointers_deep.go:28)	ADDQ	DI, SI
	0x009d 00157 (stack_pointers_deep.go:28)	ANDQ	$-16, SI
	0x00a1 00161 (stack_pointers_deep.go:28)	SUBQ	SI, DI
	0x00a4 00164 (stack_pointers_deep.go:28)	CMPQ	DI, $16
	0x00a8 00168 (stack_pointers_deep.go:28)	JCC	196
	0x00aa 00170 (stack_pointers_deep.go:28)	MOVBLZX	AL, CX
	0x00ad 00173 (stack_pointers_deep.go:28)	ADDQ	CX, (DX)(DI*8)
	0x00b1 00177 (stack_pointers_deep.go:29)	MOVQ	main..autotmp_10+32(SP), CX
	0x00b6 00182 (stack_pointers_deep.go:29)	MOVQ	main.me+40(SP)(CX*8), CX
	0x00bb 00187 (stack_pointers_deep.go:29)	ADDQ	CX, AX
	0x00be 00190 (stack_pointers_deep.go:29)	ADDQ	$80, SP
	0x00c2 00194 (stack_pointers_deep.go:29)	POPQ	BP
	0x00c3 00195 (stack_pointers_deep.go:29)	RET
	0x00c4 00196 (stack_pointers_deep.go:28)	PCDATA	$1, $2
	0x00c4 00196 (stack_pointers_deep.go:28)	PCDATA	$4, $18981
	0x00c4 00196 (stack_pointers_deep.go:28)	CALL	runtime.panicBounds(SB)
	0x00c9 00201 (stack_pointers_deep.go:28)	PCDATA	$3, $1
	0x00c9 00201 (stack_pointers_deep.go:22)	MOVQ	(DX), AX
	0x00cc 00204 (stack_pointers_deep.go:22)	ADDQ	8(DX), AX
	0x00d0 00208 (stack_pointers_deep.go:22)	ADDQ	16(DX), AX
	0x00d4 00212 (stack_pointers_deep.go:22)	ADDQ	24(DX), AX
	0x00d8 00216 (stack_pointers_deep.go:21)	MOVQ	32(DX), DX
	0x00dc 00220 (stack_pointers_deep.go:22)	ADDQ	AX, CX
	0x00df 00223 (stack_pointers_deep.go:22)	NOP
	0x00e0 00224 (stack_pointers_deep.go:21)	TESTQ	DX, DX
	0x00e3 00227 (stack_pointers_deep.go:21)	JNE	201
	0x00e5 00229 (stack_pointers_deep.go:24)	MOVQ	CX, (BX)
	0x00e8 00232 (stack_pointers_deep.go:25)	MOVQ	CX, AX
	0x00eb 00235 (stack_pointers_deep.go:25)	ADDQ	$80, SP
	0x00ef 00239 (stack_pointers_deep.go:25)	POPQ	BP
	0x00f0 00240 (stack_pointers_deep.go:25)	RET
	0x00f1 00241 (stack_pointers_deep.go:18)	PCDATA	$4, $5229
	0x00f1 00241 (stack_pointers_deep.go:18)	CALL	runtime.panicBounds(SB)
	0x00f6 00246 (stack_pointers_deep.go:18)	XCHGL	AX, AX
	0x00f7 00247 (stack_pointers_deep.go:18)	NOP
	0x00f7 00247 (stack_pointers_deep.go:15)	PCDATA	$1, $-1
	0x00f7 00247 (stack_pointers_deep.go:15)	PCDATA	$0, $-2
	0x00f7 00247 (stack_pointers_deep.go:15)	MOVQ	AX, 8(SP)
	0x00fc 00252 (stack_pointers_deep.go:15)	MOVQ	BX, 16(SP)
	0x0101 00257 (stack_pointers_deep.go:15)	MOVQ	CX, 24(SP)
	0x0106 00262 (stack_pointers_deep.go:15)	CALL	runtime.morestack_noctxt(SB)
	0x010b 00267 (stack_pointers_deep.go:15)	PCDATA	$0, $-1
	0x010b 00267 (stack_pointers_deep.go:15)	MOVQ	8(SP), AX
	0x0110 00272 (stack_pointers_deep.go:15)	MOVQ	16(SP), BX
	0x0115 00277 (stack_pointers_deep.go:15)	MOVQ	24(SP), CX
	0x011a 00282 (stack_pointers_deep.go:15)	JMP	0
	0x0000 49 3b 66 10 0f 86 ed 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 50 48 8d 54 24 28 44 0f 11 3a 44 0f 11 7a 10  .PH.T$(D..:D..z.
	0x0020 44 0f 11 7a 18 48 89 4c 24 48 48 89 c6 48 c1 fe  D..z.H.L$HH..H..
	0x0030 3f 48 89 f7 48 c1 ee 3e 48 01 c6 48 83 e6 fc 49  ?H..H..>H..H...I
	0x0040 89 c0 49 29 f0 49 83 f8 04 0f 83 a2 00 00 00 4a  ..I).I.........J
	0x0050 89 44 c4 28 48 85 c0 75 0c 31 c9 0f 1f 44 00 00  .D.(H..u.1...D..
	0x0060 e9 7b 00 00 00 48 89 44 24 60 48 89 5c 24 68 4c  .{...H.D$`H.\$hL
	0x0070 89 44 24 20 48 89 7c 24 18 48 ff c8 48 89 d1 90  .D$ H.|$.H..H...
	0x0080 e8 00 00 00 00 48 8b 54 24 68 84 02 48 8b 74 24  .....H.T$h..H.t$
	0x0090 18 48 c1 ee 3c 48 8b 7c 24 60 48 01 fe 48 83 e6  .H..<H.|$`H..H..
	0x00a0 f0 48 29 f7 48 83 ff 10 73 1a 0f b6 c8 48 01 0c  .H).H...s....H..
	0x00b0 fa 48 8b 4c 24 20 48 8b 4c cc 28 48 01 c8 48 83  .H.L$ H.L.(H..H.
	0x00c0 c4 50 5d c3 e8 00 00 00 00 48 8b 02 48 03 42 08  .P]......H..H.B.
	0x00d0 48 03 42 10 48 03 42 18 48 8b 52 20 48 01 c1 90  H.B.H.B.H.R H...
	0x00e0 48 85 d2 75 e4 48 89 0b 48 89 c8 48 83 c4 50 5d  H..u.H..H..H..P]
	0x00f0 c3 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24  .......H.D$.H.\$
	0x0100 10 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08  .H.L$......H.D$.
	0x0110 48 8b 5c 24 10 48 8b 4c 24 18 e9 e1 fe ff ff     H.\$.H.L$......
	rel 129+4 t=R_CALL main.fill+0
	rel 197+4 t=R_CALL runtime.panicBounds+0
	rel 242+4 t=R_CALL runtime.panicBounds+0
	rel 263+4 t=R_CALL runtime.morestack_noctxt+0
main.writeAt STEXT size=334 align=0x0 args=0x18 locals=0xf0 funcid=0x0
	0x0000 00000 (stack_pointers_deep.go:35)	TEXT	main.writeAt(SB), ABIInternal, $240-24
	0x0000 00000 (stack_pointers_deep.go:35)	LEAQ	-112(SP), R12
	0x0005 00005 (stack_pointers_deep.go:35)	CMPQ	R12, 16(R14)
	0x0009 00009 (stack_pointers_deep.go:35)	PCDATA	$0, $-2
	0x0009 00009 (stack_pointers_deep.go:35)	JLS	294
	0x000f 00015 (stack_pointers_deep.go:35)	PCDATA	$0, $-1
	0x000f 00015 (stack_pointers_deep.go:35)	PUSHQ	BP
	0x0010 00016 (stack_pointers_deep.go:35)	MOVQ	SP, BP
	0x0013 00019 (stack_pointers_deep.go:35)	SUBQ	$232, SP
	0x001a 00026 (stack_pointers_deep.go:35)	FUNCDATA	$0, gclocals·jJUmT8EancinwDq7lB+tvg==(SB)
	0x001a 00026 (stack_pointers_deep.go:35)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001a 00026 (stack_pointers_deep.go:35)	FUNCDATA	$5, main.writeAt.arginfo1(SB)
	0x001a 00026 (stack_pointers_deep.go:35)	FUNCDATA	$6, main.writeAt.argliveinfo(SB)
	0x001a 00026 (stack_pointers_deep.go:35)	PCDATA	$3, $1
	0x001a 00026 (stack_pointers_deep.go:36)	LEAQ	main.pad+24(SP), DX
	0x001f 00031 (stack_pointers_deep.go:36)	MOVL	$3, SI
	0x0024 00036 (stack_pointers_deep.go:36)	MOVUPS	X15, (DX)
	0x0028 00040 (stack_pointers_deep.go:36)	MOVUPS	X15, 16(DX)
	0x002d 00045 (stack_pointers_deep.go:36)	MOVUPS	X15, 32(DX)
	0x0032 00050 (stack_pointers_deep.go:36)	MOVUPS	X15, 48(DX)
	0x0037 00055 (stack_pointers_deep.go:36)	ADDQ	$64, DX
	0x003b 00059 (stack_pointers_deep.go:36)	DECL	SI
	0x003d 00061 (stack_pointers_deep.go:36)	JNE	36
	0x003f 00063 (stack_pointers_deep.go:37)	MOVQ	AX, DX
	0x0042 00066 (stack_pointers_deep.go:37)	SARQ	$63, AX
	0x0046 00070 (stack_pointers_deep.go:37)	MOVQ	AX, SI
	0x0049 00073 (stack_pointers_deep.go:37)	MOVQ	$-6148914691236517205, AX
	0x0053 00083 (stack_pointers_deep.go:37)	MOVQ	DX, DI
	0x0056 00086 (stack_pointers_deep.go:37)	IMULQ	DX
	0x0059 00089 (stack_pointers_deep.go:37)	ADDQ	DI, DX
	0x005c 00092 (stack_pointers_deep.go:37)	SARQ	$4, DX
	0x0060 00096 (stack_pointers_deep.go:37)	SUBQ	SI, DX
	0x0063 00099 (stack_pointers_deep.go:37)	LEAQ	(DX)(DX*2), DX
	0x0067 00103 (stack_pointers_deep.go:37)	SHLQ	$3, DX
	0x006b 00107 (stack_pointers_deep.go:37)	MOVQ	DI, AX
	0x006e 00110 (stack_pointers_deep.go:37)	SUBQ	DX, DI
	0x0071 00113 (stack_pointers_deep.go:37)	CMPQ	DI, $24
	0x0075 00117 (stack_pointers_deep.go:37)	JCC	287
	0x007b 00123 (stack_pointers_deep.go:37)	MOVQ	AX, main.pad+24(SP)(DI*8)
	0x0080 00128 (stack_pointers_deep.go:38)	TESTQ	AX, AX
	0x0083 00131 (stack_pointers_deep.go:38)	JEQ	257
	0x0085 00133 (stack_pointers_deep.go:43)	TESTB	AL, (BX)
	0x0087 00135 (stack_pointers_deep.go:43)	SHRQ	$61, SI
	0x008b 00139 (stack_pointers_deep.go:43)	LEAQ	(SI)(AX*1), DX
	0x008f 00143 (stack_pointers_deep.go:43)	ANDQ	$-8, DX
	0x0093 00147 (stack_pointers_deep.go:43)	MOVQ	AX, SI
	0x0096 00150 (stack_pointers_deep.go:43)	SUBQ	DX, SI
	0x0099 00153 (stack_pointers_deep.go:43)	CMPQ	SI, $8
	0x009d 00157 (stack_pointers_deep.go:43)	JCC	282
	0x009f 00159 (stack_pointers_deep.go:37)	MOVQ	BX, main.buf+256(SP)
	0x00a7 00167 (stack_pointers_deep.go:37)	MOVQ	CX, main.total+264(SP)
	0x00af 00175 (stack_pointers_deep.go:37)	PCDATA	$3, $2
	0x00af 00175 (stack_pointers_deep.go:37)	MOVQ	DI, main..autotmp_6+224(SP)
	0x00b7 00183 (stack_pointers_deep.go:43)	MOVQ	SI, main..autotmp_7+216(SP)
	0x00bf 00191 (stack_pointers_deep.go:43)	ADDQ	AX, (BX)(SI*8)
	0x00c3 00195 (stack_pointers_deep.go:44)	DECQ	AX
	0x00c6 00198 (stack_pointers_deep.go:44)	PCDATA	$1, $0
	0x00c6 00198 (stack_pointers_deep.go:44)	CALL	main.writeAt(SB)
	0x00cb 00203 (stack_pointers_deep.go:45)	MOVQ	main..autotmp_7+216(SP), DX
	0x00d3 00211 (stack_pointers_deep.go:45)	MOVQ	main.buf+256(SP), SI
	0x00db 00219 (stack_pointers_deep.go:45)	MOVQ	(SI)(DX*8), DX
	0x00df 00223 (stack_pointers_deep.go:45)	MOVQ	main..autotmp_6+224(SP), SI
	0x00e7 00231 (stack_pointers_deep.go:45)	ADDQ	main.pad+24(SP)(SI*8), DX
	0x00ec 00236 (stack_pointers_deep.go:45)	MOVQ	main.total+264(SP), SI
	0x00f4 00244 (stack_pointers_deep.go:45)	ADDQ	DX, (SI)
	0x00f7 00247 (stack_pointers_deep.go:46)	ADDQ	$232, SP
	0x00fe 00254 (stack_pointers_deep.go:46)	POPQ	BP
	0x00ff 00255 (stack_pointers_deep.go:46)	NOP
	0x0100 00256 (stack_pointers_deep.go:46)	RET
	0x0101 00257 (stack_pointers_deep.go:46)	PCDATA	$3, $1
	0x0101 00257 (stack_pointers_deep.go:39)	MOVQ	$42, 24(BX)
	0x0109 00265 (stack_pointers_deep.go:40)	MOVQ	main.pad+24(SP), AX
	0x010e 00270 (stack_pointers_deep.go:40)	ADDQ	AX, (CX)
	0x0111 00273 (stack_pointers_deep.go:41)	ADDQ	$232, SP
	0x0118 00280 (stack_pointers_deep.go:41)	POPQ	BP
	0x0119 00281 (stack_pointers_deep.go:41)	RET
	0x011a 00282 (stack_pointers_deep.go:43)	PCDATA	$1, $1
	0x011a 00282 (stack_pointers_deep.go:43)	PCDATA	$4, $9693
	0x011a 00282 (stack_pointers_deep.go:43)	CALL	runtime.panicBounds(SB)
	0x011f 00287 (stack_pointers_deep.go:37)	PCDATA	$4, $28197
	0x011f 00287 (stack_pointers_deep.go:37)	NOP
	0x0120 00288 (stack_pointers_deep.go:37)	CALL	runtime.panicBounds(SB)
	0x0125 00293 (stack_pointers_deep.go:37)	XCHGL	AX, AX
	0x0126 00294 (stack_pointers_deep.go:37)	NOP
	0x0126 00294 (stack_pointers_deep.go:35)	PCDATA	$1, $-1
	0x0126 00294 (stack_pointers_deep.go:35)	PCDATA	$0, $-2
	0x0126 00294 (stack_pointers_deep.go:35)	MOVQ	AX, 8(SP)
	0x012b 00299 (stack_pointers_deep.go:35)	MOVQ	BX, 16(SP)
	0x0130 00304 (stack_pointers_deep.go:35)	MOVQ	CX, 24(SP)
	0x0135 00309 (stack_pointers_deep.go:35)	CALL	runtime.morestack_noctxt(SB)
	0x013a 00314 (stack_pointers_deep.go:35)	PCDATA	$0, $-1
	0x013a 00314 (stack_pointers_deep.go:35)	MOVQ	8(SP), AX
	0x013f 00319 (stack_pointers_deep.go:35)	MOVQ	16(SP), BX
	0x0144 00324 (stack_pointers_deep.go:35)	MOVQ	24(SP), CX
	0x0149 00329 (stack_pointers_deep.go:35)	JMP	0
	0x0000 4c 8d 64 24 90 4d 3b 66 10 0f 86 17 01 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec e8 00 00 00 48 8d 54 24 18 be  H..H......H.T$..
	0x0020 03 00 00 00 44 0f 11 3a 44 0f 11 7a 10 44 0f 11  ....D..:D..z.D..
	0x0030 7a 20 44 0f 11 7a 30 48 83 c2 40 ff ce 75 e5 48  z D..z0H..@..u.H
	0x0040 89 c2 48 c1 f8 3f 48 89 c6 48 b8 ab aa aa aa aa  ..H..?H..H......
	0x0050 aa aa aa 48 89 d7 48 f7 ea 48 01 fa 48 c1 fa 04  ...H..H..H..H...
	0x0060 48 29 f2 48 8d 14 52 48 c1 e2 03 48 89 f8 48 29  H).H..RH...H..H)
	0x0070 d7 48 83 ff 18 0f 83 a4 00 00 00 48 89 44 fc 18  .H.........H.D..
	0x0080 48 85 c0 74 7c 84 03 48 c1 ee 3d 48 8d 14 06 48  H..t|..H..=H...H
	0x0090 83 e2 f8 48 89 c6 48 29 d6 48 83 fe 08 73 7b 48  ...H..H).H...s{H
	0x00a0 89 9c 24 00 01 00 00 48 89 8c 24 08 01 00 00 48  ..$....H..$....H
	0x00b0 89 bc 24 e0 00 00 00 48 89 b4 24 d8 00 00 00 48  ..$....H..$....H
	0x00c0 01 04 f3 48 ff c8 e8 00 00 00 00 48 8b 94 24 d8  ...H.......H..$.
	0x00d0 00 00 00 48 8b b4 24 00 01 00 00 48 8b 14 d6 48  ...H..$....H...H
	0x00e0 8b b4 24 e0 00 00 00 48 03 54 f4 18 48 8b b4 24  ..$....H.T..H..$
	0x00f0 08 01 00 00 48 01 16 48 81 c4 e8 00 00 00 5d 90  ....H..H......].
	0x0100 c3 48 c7 43 18 2a 00 00 00 48 8b 44 24 18 48 01  .H.C.*...H.D$.H.
	0x0110 01 48 81 c4 e8 00 00 00 5d c3 e8 00 00 00 00 90  .H......].......
	0x0120 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x0130 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08 48  H.L$......H.D$.H
	0x0140 8b 5c 24 10 48 8b 4c 24 18 e9 b2 fe ff ff        .\$.H.L$......
	rel 199+4 t=R_CALL main.writeAt+0
	rel 283+4 t=R_CALL runtime.panicBounds+0
	rel 289+4 t=R_CALL runtime.panicBounds+0
	rel 310+4 t=R_CALL runtime.morestack_noctxt+0
main.visit STEXT size=94 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (stack_pointers_deep.go:52)	TEXT	main.visit(SB), ABIInternal, $24-16
	0x0000 00000 (stack_pointers_deep.go:52)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_pointers_deep.go:52)	PCDATA	$0, $-2
	0x0004 00004 (stack_pointers_deep.go:52)	JLS	67
	0x0006 00006 (stack_pointers_deep.go:52)	PCDATA	$0, $-1
	0x0006 00006 (stack_pointers_deep.go:52)	PUSHQ	BP
	0x0007 00007 (stack_pointers_deep.go:52)	MOVQ	SP, BP
	0x000a 00010 (stack_pointers_deep.go:52)	SUBQ	$16, SP
	0x000e 00014 (stack_pointers_deep.go:52)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x000e 00014 (stack_pointers_deep.go:52)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (stack_pointers_deep.go:52)	FUNCDATA	$5, main.visit.arginfo1(SB)
	0x000e 00014 (stack_pointers_deep.go:52)	FUNCDATA	$6, main.visit.argliveinfo(SB)
	0x000e 00014 (stack_pointers_deep.go:52)	PCDATA	$3, $1
	0x000e 00014 (stack_pointers_deep.go:53)	TESTQ	AX, AX
	0x0011 00017 (stack_pointers_deep.go:53)	JNE	25
	0x0013 00019 (stack_pointers_deep.go:54)	ADDQ	$16, SP
	0x0017 00023 (stack_pointers_deep.go:54)	POPQ	BP
	0x0018 00024 (stack_pointers_deep.go:54)	RET
	0x0019 00025 (stack_pointers_deep.go:53)	MOVQ	AX, main.n+32(SP)
	0x001e 00030 (stack_pointers_deep.go:53)	MOVQ	BX, main.f+40(SP)
	0x0023 00035 (stack_pointers_deep.go:53)	PCDATA	$3, $-1
	0x0023 00035 (stack_pointers_deep.go:56)	MOVQ	(BX), CX
	0x0026 00038 (stack_pointers_deep.go:56)	MOVQ	BX, DX
	0x0029 00041 (stack_pointers_deep.go:56)	PCDATA	$1, $0
	0x0029 00041 (stack_pointers_deep.go:56)	CALL	CX
	0x002b 00043 (stack_pointers_deep.go:57)	MOVQ	main.n+32(SP), AX
	0x0030 00048 (stack_pointers_deep.go:57)	DECQ	AX
	0x0033 00051 (stack_pointers_deep.go:57)	MOVQ	main.f+40(SP), BX
	0x0038 00056 (stack_pointers_deep.go:57)	PCDATA	$1, $1
	0x0038 00056 (stack_pointers_deep.go:57)	CALL	main.visit(SB)
	0x003d 00061 (stack_pointers_deep.go:58)	ADDQ	$16, SP
	0x0041 00065 (stack_pointers_deep.go:58)	POPQ	BP
	0x0042 00066 (stack_pointers_deep.go:58)	RET
	0x0043 00067 (stack_pointers_deep.go:58)	NOP
	0x0043 00067 (stack_pointers_deep.go:52)	PCDATA	$1, $-1
	0x0043 00067 (stack_pointers_deep.go:52)	PCDATA	$0, $-2
	0x0043 00067 (stack_pointers_deep.go:52)	MOVQ	AX, 8(SP)
	0x0048 00072 (stack_pointers_deep.go:52)	MOVQ	BX, 16(SP)
	0x004d 00077 (stack_pointers_deep.go:52)	CALL	runtime.morestack_noctxt(SB)
	0x0052 00082 (stack_pointers_deep.go:52)	PCDATA	$0, $-1
	0x0052 00082 (stack_pointers_deep.go:52)	MOVQ	8(SP), AX
	0x0057 00087 (stack_pointers_deep.go:52)	MOVQ	16(SP), BX
	0x005c 00092 (stack_pointers_deep.go:52)	JMP	0
	0x0000 49 3b 66 10 76 3d 55 48 89 e5 48 83 ec 10 48 85  I;f.v=UH..H...H.
	0x0010 c0 75 06 48 83 c4 10 5d c3 48 89 44 24 20 48 89  .u.H...].H.D$ H.
	0x0020 5c 24 28 48 8b 0b 48 89 da ff d1 48 8b 44 24 20  \$(H..H....H.D$ 
	0x0030 48 ff c8 48 8b 5c 24 28 e8 00 00 00 00 48 83 c4  H..H.\$(.....H..
	0x0040 10 5d c3 48 89 44 24 08 48 89 5c 24 10 e8 00 00  .].H.D$.H.\$....
	0x0050 00 00 48 8b 44 24 08 48 8b 5c 24 10 eb a2        ..H.D$.H.\$...
	rel 41+0 t=R_CALLIND +0
	rel 57+4 t=R_CALL main.visit+0
	rel 78+4 t=R_CALL runtime.morestack_noctxt+0
main.grow STEXT size=198 align=0x0 args=0x8 locals=0x118 funcid=0x0
	0x0000 00000 (stack_pointers_deep.go:61)	TEXT	main.grow(SB), ABIInternal, $280-8
	0x0000 00000 (stack_pointers_deep.go:61)	LEAQ	-152(SP), R12
	0x0008 00008 (stack_pointers_deep.go:61)	CMPQ	R12, 16(R14)
	0x000c 00012 (stack_pointers_deep.go:61)	PCDATA	$0, $-2
	0x000c 00012 (stack_pointers_deep.go:61)	JLS	178
	0x0012 00018 (stack_pointers_deep.go:61)	PCDATA	$0, $-1
	0x0012 00018 (stack_pointers_deep.go:61)	PUSHQ	BP
	0x0013 00019 (stack_pointers_deep.go:61)	MOVQ	SP, BP
	0x0016 00022 (stack_pointers_deep.go:61)	SUBQ	$272, SP
	0x001d 00029 (stack_pointers_deep.go:61)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (stack_pointers_deep.go:61)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (stack_pointers_deep.go:61)	FUNCDATA	$5, main.grow.arginfo1(SB)
	0x001d 00029 (stack_pointers_deep.go:61)	FUNCDATA	$6, main.grow.argliveinfo(SB)
	0x001d 00029 (stack_pointers_deep.go:61)	PCDATA	$3, $1
	0x001d 00029 (stack_pointers_deep.go:62)	LEAQ	main.pad+8(SP), CX
	0x0022 00034 (stack_pointers_deep.go:62)	MOVL	$4, DX
	0x0027 00039 (stack_pointers_deep.go:62)	MOVUPS	X15, (CX)
	0x002b 00043 (stack_pointers_deep.go:62)	MOVUPS	X15, 16(CX)
	0x0030 00048 (stack_pointers_deep.go:62)	MOVUPS	X15, 32(CX)
	0x0035 00053 (stack_pointers_deep.go:62)	MOVUPS	X15, 48(CX)
	0x003a 00058 (stack_pointers_deep.go:62)	ADDQ	$64, CX
	0x003e 00062 (stack_pointers_deep.go:62)	NOP
	0x0040 00064 (stack_pointers_deep.go:62)	DECL	DX
	0x0042 00066 (stack_pointers_deep.go:62)	JNE	39
	0x0044 00068 (stack_pointers_deep.go:63)	MOVQ	AX, CX
	0x0047 00071 (stack_pointers_deep.go:63)	SARQ	$63, CX
	0x004b 00075 (stack_pointers_deep.go:63)	SHRQ	$59, CX
	0x004f 00079 (stack_pointers_deep.go:63)	ADDQ	AX, CX
	0x0052 00082 (stack_pointers_deep.go:63)	ANDQ	$-32, CX
	0x0056 00086 (stack_pointers_deep.go:63)	MOVQ	AX, DX
	0x0059 00089 (stack_pointers_deep.go:63)	SUBQ	CX, DX
	0x005c 00092 (stack_pointers_deep.go:63)	NOP
	0x0060 00096 (stack_pointers_deep.go:63)	CMPQ	DX, $32
	0x0064 00100 (stack_pointers_deep.go:63)	JCC	167
	0x0066 00102 (stack_pointers_deep.go:63)	MOVQ	AX, main.pad+8(SP)(DX*8)
	0x006b 00107 (stack_pointers_deep.go:64)	TESTQ	AX, AX
	0x006e 00110 (stack_pointers_deep.go:64)	JNE	123
	0x0070 00112 (stack_pointers_deep.go:65)	XORL	AX, AX
	0x0072 00114 (stack_pointers_deep.go:65)	ADDQ	$272, SP
	0x0079 00121 (stack_pointers_deep.go:65)	POPQ	BP
	0x007a 00122 (stack_pointers_deep.go:65)	RET
	0x007b 00123 (stack_pointers_deep.go:63)	MOVQ	DX, main..autotmp_5+264(SP)
	0x0083 00131 (stack_pointers_deep.go:67)	DECQ	AX
	0x0086 00134 (stack_pointers_deep.go:67)	PCDATA	$1, $0
	0x0086 00134 (stack_pointers_deep.go:67)	CALL	main.grow(SB)
	0x008b 00139 (stack_pointers_deep.go:67)	MOVQ	main..autotmp_5+264(SP), CX
	0x0093 00147 (stack_pointers_deep.go:67)	MOVQ	main.pad+8(SP)(CX*8), CX
	0x0098 00152 (stack_pointers_deep.go:67)	ANDL	$1, CX
	0x009b 00155 (stack_pointers_deep.go:67)	ADDQ	CX, AX
	0x009e 00158 (stack_pointers_deep.go:67)	ADDQ	$272, SP
	0x00a5 00165 (stack_pointers_deep.go:67)	POPQ	BP
	0x00a6 00166 (stack_pointers_deep.go:67)	RET
	0x00a7 00167 (stack_pointers_deep.go:63)	MOVQ	$32, AX
	0x00ac 00172 (stack_pointers_deep.go:63)	PCDATA	$4, $207
	0x00ac 00172 (stack_pointers_deep.go:63)	CALL	runtime.panicBounds(SB)
	0x00b1 00177 (stack_pointers_deep.go:63)	XCHGL	AX, AX
	0x00b2 00178 (stack_pointers_deep.go:63)	NOP
	0x00b2 00178 (stack_pointers_deep.go:61)	PCDATA	$1, $-1
	0x00b2 00178 (stack_pointers_deep.go:61)	PCDATA	$0, $-2
	0x00b2 00178 (stack_pointers_deep.go:61)	MOVQ	AX, 8(SP)
	0x00b7 00183 (stack_pointers_deep.go:61)	CALL	runtime.morestack_noctxt(SB)
	0x00bc 00188 (stack_pointers_deep.go:61)	PCDATA	$0, $-1
	0x00bc 00188 (stack_pointers_deep.go:61)	MOVQ	8(SP), AX
	0x00c1 00193 (stack_pointers_deep.go:61)	JMP	0
	0x0000 4c 8d a4 24 68 ff ff ff 4d 3b 66 10 0f 86 a0 00  L..$h...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 10 01 00 00 48 8d 4c  ..UH..H......H.L
	0x0020 24 08 ba 04 00 00 00 44 0f 11 39 44 0f 11 79 10  $......D..9D..y.
	0x0030 44 0f 11 79 20 44 0f 11 79 30 48 83 c1 40 66 90  D..y D..y0H..@f.
	0x0040 ff ca 75 e3 48 89 c1 48 c1 f9 3f 48 c1 e9 3b 48  ..u.H..H..?H..;H
	0x0050 01 c1 48 83 e1 e0 48 89 c2 48 29 ca 0f 1f 40 00  ..H...H..H)...@.
	0x0060 48 83 fa 20 73 41 48 89 44 d4 08 48 85 c0 75 0b  H.. sAH.D..H..u.
	0x0070 31 c0 48 81 c4 10 01 00 00 5d c3 48 89 94 24 08  1.H......].H..$.
	0x0080 01 00 00 48 ff c8 e8 00 00 00 00 48 8b 8c 24 08  ...H.......H..$.
	0x0090 01 00 00 48 8b 4c cc 08 83 e1 01 48 01 c8 48 81  ...H.L.....H..H.
	0x00a0 c4 10 01 00 00 5d c3 b8 20 00 00 00 e8 00 00 00  .....].. .......
	0x00b0 00 90 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  ..H.D$......H.D$
	0x00c0 08 e9 3a ff ff ff                                ..:...
	rel 135+4 t=R_CALL main.grow+0
	rel 173+4 t=R_CALL runtime.panicBounds+0
	rel 184+4 t=R_CALL runtime.morestack_noctxt+0
main.sliceDown STEXT size=236 align=0x0 args=0x30 locals=0x40 funcid=0x0
	0x0000 00000 (stack_pointers_deep.go:73)	TEXT	main.sliceDown(SB), ABIInternal, $64-48
	0x0000 00000 (stack_pointers_deep.go:73)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_pointers_deep.go:73)	PCDATA	$0, $-2
	0x0004 00004 (stack_pointers_deep.go:73)	JLS	166
	0x000a 00010 (stack_pointers_deep.go:73)	PCDATA	$0, $-1
	0x000a 00010 (stack_pointers_deep.go:73)	PUSHQ	BP
	0x000b 00011 (stack_pointers_deep.go:73)	MOVQ	SP, BP
	0x000e 00014 (stack_pointers_deep.go:73)	SUBQ	$56, SP
	0x0012 00018 (stack_pointers_deep.go:73)	MOVQ	BX, main.s+80(FP)
	0x0017 00023 (stack_pointers_deep.go:73)	MOVQ	SI, main.str+104(FP)
	0x001c 00028 (stack_pointers_deep.go:73)	FUNCDATA	$0, gclocals·v/zvnkN0eJfY1twtK4KiZw==(SB)
	0x001c 00028 (stack_pointers_deep.go:73)	FUNCDATA	$1, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x001c 00028 (stack_pointers_deep.go:73)	FUNCDATA	$5, main.sliceDown.arginfo1(SB)
	0x001c 00028 (stack_pointers_deep.go:73)	FUNCDATA	$6, main.sliceDown.argliveinfo(SB)
	0x001c 00028 (stack_pointers_deep.go:73)	PCDATA	$3, $1
	0x001c 00028 (stack_pointers_deep.go:73)	NOP
	0x0020 00032 (stack_pointers_deep.go:74)	TESTQ	AX, AX
	0x0023 00035 (stack_pointers_deep.go:74)	JNE	65
	0x0025 00037 (stack_pointers_deep.go:75)	TESTQ	CX, CX
	0x0028 00040 (stack_pointers_deep.go:75)	JLS	159
	0x002a 00042 (stack_pointers_deep.go:75)	MOVB	$90, (BX)
	0x002d 00045 (stack_pointers_deep.go:76)	CMPQ	R8, $1
	0x0031 00049 (stack_pointers_deep.go:76)	JLS	154
	0x0033 00051 (stack_pointers_deep.go:76)	MOVBLZX	1(SI), CX
	0x0037 00055 (stack_pointers_deep.go:76)	LEAQ	(R8)(CX*1), AX
	0x003b 00059 (stack_pointers_deep.go:76)	ADDQ	$56, SP
	0x003f 00063 (stack_pointers_deep.go:76)	POPQ	BP
	0x0040 00064 (stack_pointers_deep.go:76)	RET
	0x0041 00065 (stack_pointers_deep.go:78)	TESTQ	CX, CX
	0x0044 00068 (stack_pointers_deep.go:78)	JEQ	149
	0x0046 00070 (stack_pointers_deep.go:74)	MOVQ	AX, DX
	0x0049 00073 (stack_pointers_deep.go:74)	MOVQ	DX, R9
	0x004c 00076 (stack_pointers_deep.go:78)	CQO
	0x004e 00078 (stack_pointers_deep.go:78)	IDIVQ	CX
	0x0051 00081 (stack_pointers_deep.go:78)	CMPQ	DX, CX
	0x0054 00084 (stack_pointers_deep.go:78)	JCC	144
	0x0056 00086 (stack_pointers_deep.go:78)	MOVQ	DX, main..autotmp_7+48(SP)
	0x005b 00091 (stack_pointers_deep.go:74)	MOVQ	BX, main.s+80(SP)
	0x0060 00096 (stack_pointers_deep.go:74)	PCDATA	$3, $2
	0x0060 00096 (stack_pointers_deep.go:78)	MOVBLZX	(BX)(DX*1), R10
	0x0065 00101 (stack_pointers_deep.go:78)	INCL	R10
	0x0068 00104 (stack_pointers_deep.go:78)	MOVB	R10B, (BX)(DX*1)
	0x006c 00108 (stack_pointers_deep.go:79)	LEAQ	-1(R9), AX
	0x0070 00112 (stack_pointers_deep.go:79)	PCDATA	$1, $1
	0x0070 00112 (stack_pointers_deep.go:79)	CALL	main.sliceDown(SB)
	0x0075 00117 (stack_pointers_deep.go:80)	MOVQ	main..autotmp_7+48(SP), DX
	0x007a 00122 (stack_pointers_deep.go:80)	MOVQ	main.s+80(SP), R9
	0x007f 00127 (stack_pointers_deep.go:80)	MOVBLZX	(R9)(DX*1), DX
	0x0084 00132 (stack_pointers_deep.go:80)	ANDL	$1, DX
	0x0087 00135 (stack_pointers_deep.go:80)	ADDQ	DX, AX
	0x008a 00138 (stack_pointers_deep.go:80)	ADDQ	$56, SP
	0x008e 00142 (stack_pointers_deep.go:80)	POPQ	BP
	0x008f 00143 (stack_pointers_deep.go:80)	RET
	0x0090 00144 (stack_pointers_deep.go:80)	PCDATA	$3, $1
	0x0090 00144 (stack_pointers_deep.go:78)	PCDATA	$1, $2
	0x0090 00144 (stack_pointers_deep.go:78)	PCDATA	$4, $1359
	0x0090 00144 (stack_pointers_deep.go:78)	CALL	runtime.panicBounds(SB)
	0x0095 00149 (stack_pointers_deep.go:78)	CALL	runtime.panicdivide(SB)
	0x009a 00154 (stack_pointers_deep.go:76)	PCDATA	$4, $9270
	0x009a 00154 (stack_pointers_deep.go:76)	CALL	runtime.panicBounds(SB)
	0x009f 00159 (stack_pointers_deep.go:75)	PCDATA	$4, $0
	0x009f 00159 (stack_pointers_deep.go:75)	NOP
	0x00a0 00160 (stack_pointers_deep.go:75)	CALL	runtime.panicBounds(SB)
	0x00a5 00165 (stack_pointers_deep.go:75)	XCHGL	AX, AX
	0x00a6 00166 (stack_pointers_deep.go:75)	NOP
	0x00a6 00166 (stack_pointers_deep.go:73)	PCDATA	$1, $-1
	0x00a6 00166 (stack_pointers_deep.go:73)	PCDATA	$0, $-2
	0x00a6 00166 (stack_pointers_deep.go:73)	MOVQ	AX, 8(SP)
	0x00ab 00171 (stack_pointers_deep.go:73)	MOVQ	BX, 16(SP)
	0x00b0 00176 (stack_pointers_deep.go:73)	MOVQ	CX, 24(SP)
	0x00b5 00181 (stack_pointers_deep.go:73)	MOVQ	DI, 32(SP)
	0x00ba 00186 (stack_pointers_deep.go:73)	MOVQ	SI, 40(SP)
	0x00bf 00191 (stack_pointers_deep.go:73)	MOVQ	R8, 48(SP)
	0x00c4 00196 (stack_pointers_deep.go:73)	CALL	runtime.morestack_noctxt(SB)
	0x00c9 00201 (stack_pointers_deep.go:73)	PCDATA	$0, $-1
	0x00c9 00201 (stack_pointers_deep.go:73)	MOVQ	8(SP), AX
	0x00ce 00206 (stack_pointers_deep.go:73)	MOVQ	16(SP), BX
	0x00d3 00211 (stack_pointers_deep.go:73)	MOVQ	24(SP), CX
	0x00d8 00216 (stack_pointers_deep.go:73)	MOVQ	32(SP), DI
	0x00dd 00221 (stack_pointers_deep.go:73)	MOVQ	40(SP), SI
	0x00e2 00226 (stack_pointers_deep.go:73)	MOVQ	48(SP), R8
	0x00e7 00231 (stack_pointers_deep.go:73)	JMP	0
	0x0000 49 3b 66 10 0f 86 9c 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 48 89 5c 24 50 48 89 74 24 68 0f 1f 40 00  .8H.\$PH.t$h..@.
	0x0020 48 85 c0 75 1c 48 85 c9 76 75 c6 03 5a 49 83 f8  H..u.H..vu..ZI..
	0x0030 01 76 67 0f b6 4e 01 49 8d 04 08 48 83 c4 38 5d  .vg..N.I...H..8]
	0x0040 c3 48 85 c9 74 4f 48 89 c2 49 89 d1 48 99 48 f7  .H..tOH..I..H.H.
	0x0050 f9 48 39 ca 73 3a 48 89 54 24 30 48 89 5c 24 50  .H9.s:H.T$0H.\$P
	0x0060 44 0f b6 14 13 41 ff c2 44 88 14 13 49 8d 41 ff  D....A..D...I.A.
	0x0070 e8 00 00 00 00 48 8b 54 24 30 4c 8b 4c 24 50 41  .....H.T$0L.L$PA
	0x0080 0f b6 14 11 83 e2 01 48 01 d0 48 83 c4 38 5d c3  .......H..H..8].
	0x0090 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x00a0 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x00b0 48 89 4c 24 18 48 89 7c 24 20 48 89 74 24 28 4c  H.L$.H.|$ H.t$(L
	0x00c0 89 44 24 30 e8 00 00 00 00 48 8b 44 24 08 48 8b  .D$0.....H.D$.H.
	0x00d0 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20 48 8b 74  \$.H.L$.H.|$ H.t
	0x00e0 24 28 4c 8b 44 24 30 e9 14 ff ff ff              $(L.D$0.....
	rel 113+4 t=R_CALL main.sliceDown+0
	rel 145+4 t=R_CALL runtime.panicBounds+0
	rel 150+4 t=R_CALL runtime.panicdivide+0
	rel 155+4 t=R_CALL runtime.panicBounds+0
	rel 161+4 t=R_CALL runtime.panicBounds+0
	rel 197+4 t=R_CALL runtime.morestack_noctxt+0
main.structDown STEXT size=270 align=0x0 args=0x18 locals=0xb0 funcid=0x0
	0x0000 00000 (stack_pointers_deep.go:90)	TEXT	main.structDown(SB), ABIInternal, $176-24
	0x0000 00000 (stack_pointers_deep.go:90)	LEAQ	-48(SP), R12
	0x0005 00005 (stack_pointers_deep.go:90)	CMPQ	R12, 16(R14)
	0x0009 00009 (stack_pointers_deep.go:90)	PCDATA	$0, $-2
	0x0009 00009 (stack_pointers_deep.go:90)	JLS	230
	0x000f 00015 (stack_pointers_deep.go:90)	PCDATA	$0, $-1
	0x000f 00015 (stack_pointers_deep.go:90)	PUSHQ	BP
	0x0010 00016 (stack_pointers_deep.go:90)	MOVQ	SP, BP
	0x0013 00019 (stack_pointers_deep.go:90)	SUBQ	$168, SP
	0x001a 00026 (stack_pointers_deep.go:90)	MOVQ	BX, main.p+192(FP)
	0x0022 00034 (stack_pointers_deep.go:90)	MOVQ	CX, main.p+200(FP)
	0x002a 00042 (stack_pointers_deep.go:90)	FUNCDATA	$0, gclocals·zGzYNTlylzp1ymg3SEaGfQ==(SB)
	0x002a 00042 (stack_pointers_deep.go:90)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x002a 00042 (stack_pointers_deep.go:90)	FUNCDATA	$5, main.structDown.arginfo1(SB)
	0x002a 00042 (stack_pointers_deep.go:90)	FUNCDATA	$6, main.structDown.argliveinfo(SB)
	0x002a 00042 (stack_pointers_deep.go:90)	PCDATA	$3, $1
	0x002a 00042 (stack_pointers_deep.go:91)	LEAQ	main.big+24(SP), DX
	0x002f 00047 (stack_pointers_deep.go:91)	MOVUPS	X15, (DX)
	0x0033 00051 (stack_pointers_deep.go:91)	MOVUPS	X15, 16(DX)
	0x0038 00056 (stack_pointers_deep.go:91)	MOVUPS	X15, 32(DX)
	0x003d 00061 (stack_pointers_deep.go:91)	MOVUPS	X15, 48(DX)
	0x0042 00066 (stack_pointers_deep.go:91)	MOVUPS	X15, 64(DX)
	0x0047 00071 (stack_pointers_deep.go:91)	MOVUPS	X15, 80(DX)
	0x004c 00076 (stack_pointers_deep.go:91)	MOVUPS	X15, 96(DX)
	0x0051 00081 (stack_pointers_deep.go:91)	MOVUPS	X15, 112(DX)
	0x0056 00086 (stack_pointers_deep.go:92)	MOVQ	AX, DX
	0x0059 00089 (stack_pointers_deep.go:92)	SARQ	$63, DX
	0x005d 00093 (stack_pointers_deep.go:92)	SHRQ	$60, DX
	0x0061 00097 (stack_pointers_deep.go:92)	ADDQ	AX, DX
	0x0064 00100 (stack_pointers_deep.go:92)	ANDQ	$-16, DX
	0x0068 00104 (stack_pointers_deep.go:92)	MOVQ	AX, SI
	0x006b 00107 (stack_pointers_deep.go:92)	SUBQ	DX, SI
	0x006e 00110 (stack_pointers_deep.go:92)	CMPQ	SI, $16
	0x0072 00114 (stack_pointers_deep.go:92)	JCC	219
	0x0074 00116 (stack_pointers_deep.go:92)	MOVQ	AX, main.big+24(SP)(SI*8)
	0x0079 00121 (stack_pointers_deep.go:93)	TESTQ	AX, AX
	0x007c 00124 (stack_pointers_deep.go:93)	JNE	159
	0x007e 00126 (stack_pointers_deep.go:94)	INCQ	(BX)
	0x0081 00129 (stack_pointers_deep.go:95)	MOVQ	(CX), DX
	0x0084 00132 (stack_pointers_deep.go:95)	LEAQ	2(DX), SI
	0x0088 00136 (stack_pointers_deep.go:95)	MOVQ	SI, (CX)
	0x008b 00139 (stack_pointers_deep.go:96)	MOVQ	(BX), CX
	0x008e 00142 (stack_pointers_deep.go:96)	LEAQ	(DX)(CX*1), AX
	0x0092 00146 (stack_pointers_deep.go:96)	LEAQ	2(AX), AX
	0x0096 00150 (stack_pointers_deep.go:96)	ADDQ	$168, SP
	0x009d 00157 (stack_pointers_deep.go:96)	POPQ	BP
	0x009e 00158 (stack_pointers_deep.go:96)	RET
	0x009f 00159 (stack_pointers_deep.go:92)	MOVQ	SI, main..autotmp_9+152(SP)
	0x00a7 00167 (stack_pointers_deep.go:92)	MOVQ	BX, main..autotmp_10+160(SP)
	0x00af 00175 (stack_pointers_deep.go:99)	DECQ	AX
	0x00b2 00178 (stack_pointers_deep.go:99)	PCDATA	$1, $1
	0x00b2 00178 (stack_pointers_deep.go:99)	CALL	main.structDown(SB)
	0x00b7 00183 (stack_pointers_deep.go:100)	MOVQ	main..autotmp_9+152(SP), DX
	0x00bf 00191 (stack_pointers_deep.go:100)	MOVQ	main.big+24(SP)(DX*8), DX
	0x00c4 00196 (stack_pointers_deep.go:100)	ANDL	$1, DX
	0x00c7 00199 (stack_pointers_deep.go:100)	MOVQ	main..autotmp_10+160(SP), SI
	0x00cf 00207 (stack_pointers_deep.go:100)	ADDQ	DX, (SI)
	0x00d2 00210 (stack_pointers_deep.go:101)	ADDQ	$168, SP
	0x00d9 00217 (stack_pointers_deep.go:101)	POPQ	BP
	0x00da 00218 (stack_pointers_deep.go:101)	RET
	0x00db 00219 (stack_pointers_deep.go:92)	PCDATA	$1, $2
	0x00db 00219 (stack_pointers_deep.go:92)	PCDATA	$4, $18909
	0x00db 00219 (stack_pointers_deep.go:92)	NOP
	0x00e0 00224 (stack_pointers_deep.go:92)	CALL	runtime.panicBounds(SB)
	0x00e5 00229 (stack_pointers_deep.go:92)	XCHGL	AX, AX
	0x00e6 00230 (stack_pointers_deep.go:92)	NOP
	0x00e6 00230 (stack_pointers_deep.go:90)	PCDATA	$1, $-1
	0x00e6 00230 (stack_pointers_deep.go:90)	PCDATA	$0, $-2
	0x00e6 00230 (stack_pointers_deep.go:90)	MOVQ	AX, 8(SP)
	0x00eb 00235 (stack_pointers_deep.go:90)	MOVQ	BX, 16(SP)
	0x00f0 00240 (stack_pointers_deep.go:90)	MOVQ	CX, 24(SP)
	0x00f5 00245 (stack_pointers_deep.go:90)	CALL	runtime.morestack_noctxt(SB)
	0x00fa 00250 (stack_pointers_deep.go:90)	PCDATA	$0, $-1
	0x00fa 00250 (stack_pointers_deep.go:90)	MOVQ	8(SP), AX
	0x00ff 00255 (stack_pointers_deep.go:90)	MOVQ	16(SP), BX
	0x0104 00260 (stack_pointers_deep.go:90)	MOVQ	24(SP), CX
	0x0109 00265 (stack_pointers_deep.go:90)	JMP	0
	0x0000 4c 8d 64 24 d0 4d 3b 66 10 0f 86 d7 00 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec a8 00 00 00 48 89 9c 24 c0 00  H..H......H..$..
	0x0020 00 00 48 89 8c 24 c8 00 00 00 48 8d 54 24 18 44  ..H..$....H.T$.D
	0x0030 0f 11 3a 44 0f 11 7a 10 44 0f 11 7a 20 44 0f 11  ..:D..z.D..z D..
	0x0040 7a 30 44 0f 11 7a 40 44 0f 11 7a 50 44 0f 11 7a  z0D..z@D..zPD..z
	0x0050 60 44 0f 11 7a 70 48 89 c2 48 c1 fa 3f 48 c1 ea  `D..zpH..H..?H..
	0x0060 3c 48 01 c2 48 83 e2 f0 48 89 c6 48 29 d6 48 83  <H..H...H..H).H.
	0x0070 fe 10 73 67 48 89 44 f4 18 48 85 c0 75 21 48 ff  ..sgH.D..H..u!H.
	0x0080 03 48 8b 11 48 8d 72 02 48 89 31 48 8b 0b 48 8d  .H..H.r.H.1H..H.
	0x0090 04 0a 48 8d 40 02 48 81 c4 a8 00 00 00 5d c3 48  ..H.@.H......].H
	0x00a0 89 b4 24 98 00 00 00 48 89 9c 24 a0 00 00 00 48  ..$....H..$....H
	0x00b0 ff c8 e8 00 00 00 00 48 8b 94 24 98 00 00 00 48  .......H..$....H
	0x00c0 8b 54 d4 18 83 e2 01 48 8b b4 24 a0 00 00 00 48  .T.....H..$....H
	0x00d0 01 16 48 81 c4 a8 00 00 00 5d c3 0f 1f 44 00 00  ..H......]...D..
	0x00e0 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x00f0 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08 48  H.L$......H.D$.H
	0x0100 8b 5c 24 10 48 8b 4c 24 18 e9 f2 fe ff ff        .\$.H.L$......
	rel 179+4 t=R_CALL main.structDown+0
	rel 225+4 t=R_CALL runtime.panicBounds+0
	rel 246+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=893 align=0x0 args=0x0 locals=0x1a0 funcid=0x0
	0x0000 00000 (stack_pointers_deep.go:104)	TEXT	main.main(SB), ABIInternal, $416-0
	0x0000 00000 (stack_pointers_deep.go:104)	LEAQ	-288(SP), R12
	0x0008 00008 (stack_pointers_deep.go:104)	CMPQ	R12, 16(R14)
	0x000c 00012 (stack_pointers_deep.go:104)	PCDATA	$0, $-2
	0x000c 00012 (stack_pointers_deep.go:104)	JLS	883
	0x0012 00018 (stack_pointers_deep.go:104)	PCDATA	$0, $-1
	0x0012 00018 (stack_pointers_deep.go:104)	PUSHQ	BP
	0x0013 00019 (stack_pointers_deep.go:104)	MOVQ	SP, BP
	0x0016 00022 (stack_pointers_deep.go:104)	SUBQ	$408, SP
	0x001d 00029 (stack_pointers_deep.go:104)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (stack_pointers_deep.go:104)	FUNCDATA	$1, gclocals·hyAImouC9Dl6LsGve7UiMg==(SB)
	0x001d 00029 (stack_pointers_deep.go:104)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (stack_pointers_deep.go:105)	LEAQ	main.chain+144(SP), BX
	0x0025 00037 (stack_pointers_deep.go:105)	MOVUPS	X15, (BX)
	0x0029 00041 (stack_pointers_deep.go:105)	MOVUPS	X15, 16(BX)
	0x002e 00046 (stack_pointers_deep.go:105)	MOVUPS	X15, 32(BX)
	0x0033 00051 (stack_pointers_deep.go:105)	MOVUPS	X15, 48(BX)
	0x0038 00056 (stack_pointers_deep.go:105)	MOVUPS	X15, 64(BX)
	0x003d 00061 (stack_pointers_deep.go:105)	MOVUPS	X15, 80(BX)
	0x0042 00066 (stack_pointers_deep.go:105)	MOVUPS	X15, 96(BX)
	0x0047 00071 (stack_pointers_deep.go:105)	MOVUPS	X15, 112(BX)
	0x004c 00076 (stack_pointers_deep.go:106)	MOVL	$20000, AX
	0x0051 00081 (stack_pointers_deep.go:106)	XORL	CX, CX
	0x0053 00083 (stack_pointers_deep.go:106)	PCDATA	$1, $0
	0x0053 00083 (stack_pointers_deep.go:106)	CALL	main.fill(SB)
	0x0058 00088 (stack_pointers_deep.go:106)	MOVQ	AX, main..autotmp_30+376(SP)
	0x0060 00096 (stack_pointers_deep.go:106)	CALL	runtime.printlock(SB)
	0x0065 00101 (stack_pointers_deep.go:106)	MOVQ	main..autotmp_30+376(SP), AX
	0x006d 00109 (stack_pointers_deep.go:106)	CALL	runtime.printint(SB)
	0x0072 00114 (stack_pointers_deep.go:106)	CALL	runtime.printnl(SB)
	0x0077 00119 (stack_pointers_deep.go:106)	CALL	runtime.printunlock(SB)
	0x007c 00124 (stack_pointers_deep.go:107)	MOVQ	main.chain+144(SP), DX
	0x0084 00132 (stack_pointers_deep.go:107)	MOVQ	DX, main..autotmp_30+376(SP)
	0x008c 00140 (stack_pointers_deep.go:107)	MOVQ	main.chain+152(SP), DX
	0x0094 00148 (stack_pointers_deep.go:107)	MOVQ	DX, main..autotmp_31+368(SP)
	0x009c 00156 (stack_pointers_deep.go:107)	MOVQ	main.chain+264(SP), DX
	0x00a4 00164 (stack_pointers_deep.go:107)	MOVQ	DX, main..autotmp_32+360(SP)
	0x00ac 00172 (stack_pointers_deep.go:107)	CALL	runtime.printlock(SB)
	0x00b1 00177 (stack_pointers_deep.go:107)	MOVQ	main..autotmp_30+376(SP), AX
	0x00b9 00185 (stack_pointers_deep.go:107)	CALL	runtime.printint(SB)
	0x00be 00190 (stack_pointers_deep.go:107)	NOP
	0x00c0 00192 (stack_pointers_deep.go:107)	CALL	runtime.printsp(SB)
	0x00c5 00197 (stack_pointers_deep.go:107)	MOVQ	main..autotmp_31+368(SP), AX
	0x00cd 00205 (stack_pointers_deep.go:107)	CALL	runtime.printint(SB)
	0x00d2 00210 (stack_pointers_deep.go:107)	CALL	runtime.printsp(SB)
	0x00d7 00215 (stack_pointers_deep.go:107)	MOVQ	main..autotmp_32+360(SP), AX
	0x00df 00223 (stack_pointers_deep.go:107)	NOP
	0x00e0 00224 (stack_pointers_deep.go:107)	CALL	runtime.printint(SB)
	0x00e5 00229 (stack_pointers_deep.go:107)	CALL	runtime.printnl(SB)
	0x00ea 00234 (stack_pointers_deep.go:107)	CALL	runtime.printunlock(SB)
	0x00ef 00239 (stack_pointers_deep.go:108)	LEAQ	main.buf+272(SP), BX
	0x00f7 00247 (stack_pointers_deep.go:108)	MOVUPS	X15, (BX)
	0x00fb 00251 (stack_pointers_deep.go:108)	MOVUPS	X15, 16(BX)
	0x0100 00256 (stack_pointers_deep.go:108)	MOVUPS	X15, 32(BX)
	0x0105 00261 (stack_pointers_deep.go:108)	MOVUPS	X15, 48(BX)
	0x010a 00266 (stack_pointers_deep.go:109)	MOVQ	$0, main.total+120(SP)
	0x0113 00275 (stack_pointers_deep.go:110)	MOVL	$50000, AX
	0x0118 00280 (stack_pointers_deep.go:110)	LEAQ	main.total+120(SP), CX
	0x011d 00285 (stack_pointers_deep.go:110)	NOP
	0x0120 00288 (stack_pointers_deep.go:110)	CALL	main.writeAt(SB)
	0x0125 00293 (stack_pointers_deep.go:111)	MOVQ	main.buf+272(SP), DX
	0x012d 00301 (stack_pointers_deep.go:111)	MOVQ	DX, main..autotmp_30+376(SP)
	0x0135 00309 (stack_pointers_deep.go:111)	MOVQ	main.buf+296(SP), DX
	0x013d 00317 (stack_pointers_deep.go:111)	MOVQ	DX, main..autotmp_31+368(SP)
	0x0145 00325 (stack_pointers_deep.go:111)	MOVQ	main.buf+328(SP), DX
	0x014d 00333 (stack_pointers_deep.go:111)	MOVQ	DX, main..autotmp_32+360(SP)
	0x0155 00341 (stack_pointers_deep.go:111)	CALL	runtime.printlock(SB)
	0x015a 00346 (stack_pointers_deep.go:111)	MOVQ	main..autotmp_30+376(SP), AX
	0x0162 00354 (stack_pointers_deep.go:111)	CALL	runtime.printint(SB)
	0x0167 00359 (stack_pointers_deep.go:111)	CALL	runtime.printsp(SB)
	0x016c 00364 (stack_pointers_deep.go:111)	MOVQ	main..autotmp_31+368(SP), AX
	0x0174 00372 (stack_pointers_deep.go:111)	CALL	runtime.printint(SB)
	0x0179 00377 (stack_pointers_deep.go:111)	CALL	runtime.printsp(SB)
	0x017e 00382 (stack_pointers_deep.go:111)	MOVQ	main..autotmp_32+360(SP), AX
	0x0186 00390 (stack_pointers_deep.go:111)	CALL	runtime.printint(SB)
	0x018b 00395 (stack_pointers_deep.go:111)	CALL	runtime.printsp(SB)
	0x0190 00400 (stack_pointers_deep.go:111)	MOVQ	main.total+120(SP), AX
	0x0195 00405 (stack_pointers_deep.go:111)	CALL	runtime.printint(SB)
	0x019a 00410 (stack_pointers_deep.go:111)	CALL	runtime.printnl(SB)
	0x019f 00415 (stack_pointers_deep.go:111)	NOP
	0x01a0 00416 (stack_pointers_deep.go:111)	CALL	runtime.printunlock(SB)
	0x01a5 00421 (stack_pointers_deep.go:113)	MOVQ	$0, main.sum+128(SP)
	0x01b1 00433 (stack_pointers_deep.go:114)	MOVQ	$0, main.count+136(SP)
	0x01bd 00445 (stack_pointers_deep.go:115)	LEAQ	main.main.func1(SB), DX
	0x01c4 00452 (stack_pointers_deep.go:115)	MOVQ	DX, main..autotmp_10+384(SP)
	0x01cc 00460 (stack_pointers_deep.go:115)	LEAQ	main.sum+128(SP), DX
	0x01d4 00468 (stack_pointers_deep.go:115)	MOVQ	DX, main..autotmp_10+392(SP)
	0x01dc 00476 (stack_pointers_deep.go:115)	LEAQ	main.count+136(SP), DX
	0x01e4 00484 (stack_pointers_deep.go:115)	MOVQ	DX, main..autotmp_10+400(SP)
	0x01ec 00492 (stack_pointers_deep.go:115)	MOVL	$30000, AX
	0x01f1 00497 (stack_pointers_deep.go:115)	LEAQ	main..autotmp_10+384(SP), BX
	0x01f9 00505 (stack_pointers_deep.go:115)	CALL	main.visit(SB)
	0x01fe 00510 (stack_pointers_deep.go:115)	NOP
	0x0200 00512 (stack_pointers_deep.go:122)	CALL	runtime.printlock(SB)
	0x0205 00517 (stack_pointers_deep.go:122)	MOVQ	main.sum+128(SP), AX
	0x020d 00525 (stack_pointers_deep.go:122)	CALL	runtime.printint(SB)
	0x0212 00530 (stack_pointers_deep.go:122)	CALL	runtime.printsp(SB)
	0x0217 00535 (stack_pointers_deep.go:122)	MOVQ	main.count+136(SP), AX
	0x021f 00543 (stack_pointers_deep.go:122)	NOP
	0x0220 00544 (stack_pointers_deep.go:122)	CALL	runtime.printint(SB)
	0x0225 00549 (stack_pointers_deep.go:122)	CALL	runtime.printnl(SB)
	0x022a 00554 (stack_pointers_deep.go:122)	CALL	runtime.printunlock(SB)
	0x022f 00559 (stack_pointers_deep.go:124)	LEAQ	main.arr+56(SP), DX
	0x0234 00564 (stack_pointers_deep.go:124)	MOVUPS	X15, (DX)
	0x0238 00568 (stack_pointers_deep.go:126)	MOVL	$1819043176, main.sb+50(SP)
	0x0240 00576 (stack_pointers_deep.go:126)	MOVW	$8559, main.sb+54(SP)
	0x0247 00583 (stack_pointers_deep.go:127)	LEAQ	main..autotmp_24+72(SP), AX
	0x024c 00588 (stack_pointers_deep.go:127)	LEAQ	main.sb+50(SP), BX
	0x0251 00593 (stack_pointers_deep.go:127)	MOVL	$6, CX
	0x0256 00598 (stack_pointers_deep.go:127)	CALL	runtime.slicebytetostring(SB)
	0x025b 00603 (stack_pointers_deep.go:127)	MOVL	$16, CX
	0x0260 00608 (stack_pointers_deep.go:127)	MOVL	CX, DI
	0x0262 00610 (stack_pointers_deep.go:127)	MOVQ	AX, SI
	0x0265 00613 (stack_pointers_deep.go:127)	MOVQ	BX, R8
	0x0268 00616 (stack_pointers_deep.go:127)	MOVL	$40000, AX
	0x026d 00621 (stack_pointers_deep.go:127)	LEAQ	main.arr+56(SP), BX
	0x0272 00626 (stack_pointers_deep.go:127)	CALL	main.sliceDown(SB)
	0x0277 00631 (stack_pointers_deep.go:127)	MOVQ	AX, main..autotmp_30+376(SP)
	0x027f 00639 (stack_pointers_deep.go:127)	MOVBLZX	main.arr+56(SP), DX
	0x0284 00644 (stack_pointers_deep.go:127)	MOVQ	DX, main..autotmp_33+352(SP)
	0x028c 00652 (stack_pointers_deep.go:127)	MOVBLZX	main.arr+61(SP), DX
	0x0291 00657 (stack_pointers_deep.go:127)	MOVQ	DX, main..autotmp_34+344(SP)
	0x0299 00665 (stack_pointers_deep.go:127)	MOVBLZX	main.arr+71(SP), DX
	0x029e 00670 (stack_pointers_deep.go:127)	MOVQ	DX, main..autotmp_35+336(SP)
	0x02a6 00678 (stack_pointers_deep.go:127)	CALL	runtime.printlock(SB)
	0x02ab 00683 (stack_pointers_deep.go:127)	MOVQ	main..autotmp_30+376(SP), AX
	0x02b3 00691 (stack_pointers_deep.go:127)	CALL	runtime.printint(SB)
	0x02b8 00696 (stack_pointers_deep.go:127)	CALL	runtime.printsp(SB)
	0x02bd 00701 (stack_pointers_deep.go:127)	MOVQ	main..autotmp_33+352(SP), AX
	0x02c5 00709 (stack_pointers_deep.go:127)	CALL	runtime.printuint(SB)
	0x02ca 00714 (stack_pointers_deep.go:127)	CALL	runtime.printsp(SB)
	0x02cf 00719 (stack_pointers_deep.go:127)	MOVQ	main..autotmp_34+344(SP), AX
	0x02d7 00727 (stack_pointers_deep.go:127)	CALL	runtime.printuint(SB)
	0x02dc 00732 (stack_pointers_deep.go:127)	NOP
	0x02e0 00736 (stack_pointers_deep.go:127)	CALL	runtime.printsp(SB)
	0x02e5 00741 (stack_pointers_deep.go:127)	MOVQ	main..autotmp_35+336(SP), AX
	0x02ed 00749 (stack_pointers_deep.go:127)	CALL	runtime.printuint(SB)
	0x02f2 00754 (stack_pointers_deep.go:127)	CALL	runtime.printnl(SB)
	0x02f7 00759 (stack_pointers_deep.go:127)	CALL	runtime.printunlock(SB)
	0x02fc 00764 (stack_pointers_deep.go:129)	MOVQ	$10, main.x+112(SP)
	0x0305 00773 (stack_pointers_deep.go:129)	MOVQ	$20, main.y+104(SP)
	0x030e 00782 (stack_pointers_deep.go:130)	MOVL	$30000, AX
	0x0313 00787 (stack_pointers_deep.go:130)	LEAQ	main.x+112(SP), BX
	0x0318 00792 (stack_pointers_deep.go:130)	LEAQ	main.y+104(SP), CX
	0x031d 00797 (stack_pointers_deep.go:130)	NOP
	0x0320 00800 (stack_pointers_deep.go:130)	CALL	main.structDown(SB)
	0x0325 00805 (stack_pointers_deep.go:130)	MOVQ	AX, main..autotmp_30+376(SP)
	0x032d 00813 (stack_pointers_deep.go:130)	CALL	runtime.printlock(SB)
	0x0332 00818 (stack_pointers_deep.go:130)	MOVQ	main..autotmp_30+376(SP), AX
	0x033a 00826 (stack_pointers_deep.go:130)	CALL	runtime.printint(SB)
	0x033f 00831 (stack_pointers_deep.go:130)	NOP
	0x0340 00832 (stack_pointers_deep.go:130)	CALL	runtime.printsp(SB)
	0x0345 00837 (stack_pointers_deep.go:130)	MOVQ	main.x+112(SP), AX
	0x034a 00842 (stack_pointers_deep.go:130)	CALL	runtime.printint(SB)
	0x034f 00847 (stack_pointers_deep.go:130)	CALL	runtime.printsp(SB)
	0x0354 00852 (stack_pointers_deep.go:130)	MOVQ	main.y+104(SP), AX
	0x0359 00857 (stack_pointers_deep.go:130)	CALL	runtime.printint(SB)
	0x035e 00862 (stack_pointers_deep.go:130)	NOP
	0x0360 00864 (stack_pointers_deep.go:130)	CALL	runtime.printnl(SB)
	0x0365 00869 (stack_pointers_deep.go:130)	CALL	runtime.printunlock(SB)
	0x036a 00874 (stack_pointers_deep.go:131)	ADDQ	$408, SP
	0x0371 00881 (stack_pointers_deep.go:131)	POPQ	BP
	0x0372 00882 (stack_pointers_deep.go:131)	RET
	0x0373 00883 (stack_pointers_deep.go:131)	NOP
	0x0373 00883 (stack_pointers_deep.go:104)	PCDATA	$1, $-1
	0x0373 00883 (stack_pointers_deep.go:104)	PCDATA	$0, $-2
	0x0373 00883 (stack_pointers_deep.go:104)	CALL	runtime.morestack_noctxt(SB)
	0x0378 00888 (stack_pointers_deep.go:104)	PCDATA	$0, $-1
	0x0378 00888 (stack_pointers_deep.go:104)	JMP	0
	0x0000 4c 8d a4 24 e0 fe ff ff 4d 3b 66 10 0f 86 61 03  L..$....M;f...a.
	0x0010 00 00 55 48 89 e5 48 81 ec 98 01 00 00 48 8d 9c  ..UH..H......H..
	0x0020 24 90 00 00 00 44 0f 11 3b 44 0f 11 7b 10 44 0f  $....D..;D..{.D.
	0x0030 11 7b 20 44 0f 11 7b 30 44 0f 11 7b 40 44 0f 11  .{ D..{0D..{@D..
	0x0040 7b 50 44 0f 11 7b 60 44 0f 11 7b 70 b8 20 4e 00  {PD..{`D..{p. N.
	0x0050 00 31 c9 e8 00 00 00 00 48 89 84 24 78 01 00 00  .1......H..$x...
	0x0060 e8 00 00 00 00 48 8b 84 24 78 01 00 00 e8 00 00  .....H..$x......
	0x0070 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 94 24  ............H..$
	0x0080 90 00 00 00 48 89 94 24 78 01 00 00 48 8b 94 24  ....H..$x...H..$
	0x0090 98 00 00 00 48 89 94 24 70 01 00 00 48 8b 94 24  ....H..$p...H..$
	0x00a0 08 01 00 00 48 89 94 24 68 01 00 00 e8 00 00 00  ....H..$h.......
	0x00b0 00 48 8b 84 24 78 01 00 00 e8 00 00 00 00 66 90  .H..$x........f.
	0x00c0 e8 00 00 00 00 48 8b 84 24 70 01 00 00 e8 00 00  .....H..$p......
	0x00d0 00 00 e8 00 00 00 00 48 8b 84 24 68 01 00 00 90  .......H..$h....
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x00f0 8d 9c 24 10 01 00 00 44 0f 11 3b 44 0f 11 7b 10  ..$....D..;D..{.
	0x0100 44 0f 11 7b 20 44 0f 11 7b 30 48 c7 44 24 78 00  D..{ D..{0H.D$x.
	0x0110 00 00 00 b8 50 c3 00 00 48 8d 4c 24 78 0f 1f 00  ....P...H.L$x...
	0x0120 e8 00 00 00 00 48 8b 94 24 10 01 00 00 48 89 94  .....H..$....H..
	0x0130 24 78 01 00 00 48 8b 94 24 28 01 00 00 48 89 94  $x...H..$(...H..
	0x0140 24 70 01 00 00 48 8b 94 24 48 01 00 00 48 89 94  $p...H..$H...H..
	0x0150 24 68 01 00 00 e8 00 00 00 00 48 8b 84 24 78 01  $h........H..$x.
	0x0160 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24  ............H..$
	0x0170 70 01 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b  p.............H.
	0x0180 84 24 68 01 00 00 e8 00 00 00 00 e8 00 00 00 00  .$h.............
	0x0190 48 8b 44 24 78 e8 00 00 00 00 e8 00 00 00 00 90  H.D$x...........
	0x01a0 e8 00 00 00 00 48 c7 84 24 80 00 00 00 00 00 00  .....H..$.......
	0x01b0 00 48 c7 84 24 88 00 00 00 00 00 00 00 48 8d 15  .H..$........H..
	0x01c0 00 00 00 00 48 89 94 24 80 01 00 00 48 8d 94 24  ....H..$....H..$
	0x01d0 80 00 00 00 48 89 94 24 88 01 00 00 48 8d 94 24  ....H..$....H..$
	0x01e0 88 00 00 00 48 89 94 24 90 01 00 00 b8 30 75 00  ....H..$.....0u.
	0x01f0 00 48 8d 9c 24 80 01 00 00 e8 00 00 00 00 66 90  .H..$.........f.
	0x0200 e8 00 00 00 00 48 8b 84 24 80 00 00 00 e8 00 00  .....H..$.......
	0x0210 00 00 e8 00 00 00 00 48 8b 84 24 88 00 00 00 90  .......H..$.....
	0x0220 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0230 8d 54 24 38 44 0f 11 3a c7 44 24 32 68 65 6c 6c  .T$8D..:.D$2hell
	0x0240 66 c7 44 24 36 6f 21 48 8d 44 24 48 48 8d 5c 24  f.D$6o!H.D$HH.\$
	0x0250 32 b9 06 00 00 00 e8 00 00 00 00 b9 10 00 00 00  2...............
	0x0260 89 cf 48 89 c6 49 89 d8 b8 40 9c 00 00 48 8d 5c  ..H..I...@...H.\
	0x0270 24 38 e8 00 00 00 00 48 89 84 24 78 01 00 00 0f  $8.....H..$x....
	0x0280 b6 54 24 38 48 89 94 24 60 01 00 00 0f b6 54 24  .T$8H..$`.....T$
	0x0290 3d 48 89 94 24 58 01 00 00 0f b6 54 24 47 48 89  =H..$X.....T$GH.
	0x02a0 94 24 50 01 00 00 e8 00 00 00 00 48 8b 84 24 78  .$P........H..$x
	0x02b0 01 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84  .............H..
	0x02c0 24 60 01 00 00 e8 00 00 00 00 e8 00 00 00 00 48  $`.............H
	0x02d0 8b 84 24 58 01 00 00 e8 00 00 00 00 0f 1f 40 00  ..$X..........@.
	0x02e0 e8 00 00 00 00 48 8b 84 24 50 01 00 00 e8 00 00  .....H..$P......
	0x02f0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 c7 44 24  ............H.D$
	0x0300 70 0a 00 00 00 48 c7 44 24 68 14 00 00 00 b8 30  p....H.D$h.....0
	0x0310 75 00 00 48 8d 5c 24 70 48 8d 4c 24 68 0f 1f 00  u..H.\$pH.L$h...
	0x0320 e8 00 00 00 00 48 89 84 24 78 01 00 00 e8 00 00  .....H..$x......
	0x0330 00 00 48 8b 84 24 78 01 00 00 e8 00 00 00 00 90  ..H..$x.........
	0x0340 e8 00 00 00 00 48 8b 44 24 70 e8 00 00 00 00 e8  .....H.D$p......
	0x0350 00 00 00 00 48 8b 44 24 68 e8 00 00 00 00 66 90  ....H.D$h.....f.
	0x0360 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 98 01 00  ..........H.....
	0x0370 00 5d c3 e8 00 00 00 00 e9 83 fc ff ff           .]...........
	rel 84+4 t=R_CALL main.fill+0
	rel 97+4 t=R_CALL runtime.printlock+0
	rel 110+4 t=R_CALL runtime.printint+0
	rel 115+4 t=R_CALL runtime.printnl+0
	rel 120+4 t=R_CALL runtime.printunlock+0
	rel 173+4 t=R_CALL runtime.printlock+0
	rel 186+4 t=R_CALL runtime.printint+0
	rel 193+4 t=R_CALL runtime.printsp+0
	rel 206+4 t=R_CALL runtime.printint+0
	rel 211+4 t=R_CALL runtime.printsp+0
	rel 225+4 t=R_CALL runtime.printint+0
	rel 230+4 t=R_CALL runtime.printnl+0
	rel 235+4 t=R_CALL runtime.printunlock+0
	rel 289+4 t=R_CALL main.writeAt+0
	rel 342+4 t=R_CALL runtime.printlock+0
	rel 355+4 t=R_CALL runtime.printint+0
	rel 360+4 t=R_CALL runtime.printsp+0
	rel 373+4 t=R_CALL runtime.printint+0
	rel 378+4 t=R_CALL runtime.printsp+0
	rel 391+4 t=R_CALL runtime.printint+0
	rel 396+4 t=R_CALL runtime.printsp+0
	rel 406+4 t=R_CALL runtime.printint+0
	rel 411+4 t=R_CALL runtime.printnl+0
	rel 417+4 t=R_CALL runtime.printunlock+0
	rel 448+4 t=R_PCREL main.main.func1+0
	rel 506+4 t=R_CALL main.visit+0
	rel 513+4 t=R_CALL runtime.printlock+0
	rel 526+4 t=R_CALL runtime.printint+0
	rel 531+4 t=R_CALL runtime.printsp+0
	rel 545+4 t=R_CALL runtime.printint+0
	rel 550+4 t=R_CALL runtime.printnl+0
	rel 555+4 t=R_CALL runtime.printunlock+0
	rel 599+4 t=R_CALL runtime.slicebytetostring+0
	rel 627+4 t=R_CALL main.sliceDown+0
	rel 679+4 t=R_CALL runtime.printlock+0
	rel 692+4 t=R_CALL runtime.printint+0
	rel 697+4 t=R_CALL runtime.printsp+0
	rel 710+4 t=R_CALL runtime.printuint+0
	rel 715+4 t=R_CALL runtime.printsp+0
	rel 728+4 t=R_CALL runtime.printuint+0
	rel 737+4 t=R_CALL runtime.printsp+0
	rel 750+4 t=R_CALL runtime.printuint+0
	rel 755+4 t=R_CALL runtime.printnl+0
	rel 760+4 t=R_CALL runtime.printunlock+0
	rel 801+4 t=R_CALL main.structDown+0
	rel 814+4 t=R_CALL runtime.printlock+0
	rel 827+4 t=R_CALL runtime.printint+0
	rel 833+4 t=R_CALL runtime.printsp+0
	rel 843+4 t=R_CALL runtime.printint+0
	rel 848+4 t=R_CALL runtime.printsp+0
	rel 858+4 t=R_CALL runtime.printint+0
	rel 865+4 t=R_CALL runtime.printnl+0
	rel 870+4 t=R_CALL runtime.printunlock+0
	rel 884+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1 STEXT size=159 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (stack_pointers_deep.go:115)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $24-8
	0x0000 00000 (stack_pointers_deep.go:115)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_pointers_deep.go:115)	PCDATA	$0, $-2
	0x0004 00004 (stack_pointers_deep.go:115)	JLS	139
	0x000a 00010 (stack_pointers_deep.go:115)	PCDATA	$0, $-1
	0x000a 00010 (stack_pointers_deep.go:115)	PUSHQ	BP
	0x000b 00011 (stack_pointers_deep.go:115)	MOVQ	SP, BP
	0x000e 00014 (stack_pointers_deep.go:115)	SUBQ	$16, SP
	0x0012 00018 (stack_pointers_deep.go:115)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (stack_pointers_deep.go:115)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (stack_pointers_deep.go:115)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
	0x0012 00018 (stack_pointers_deep.go:115)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
	0x0012 00018 (stack_pointers_deep.go:115)	PCDATA	$3, $1
	0x0012 00018 (stack_pointers_deep.go:115)	MOVQ	16(DX), CX
	0x0016 00022 (stack_pointers_deep.go:115)	MOVQ	8(DX), DX
	0x001a 00026 (stack_pointers_deep.go:116)	ADDQ	AX, (DX)
	0x001d 00029 (stack_pointers_deep.go:117)	INCQ	(CX)
	0x0020 00032 (stack_pointers_deep.go:118)	MOVQ	$2066035336255469781, CX
	0x002a 00042 (stack_pointers_deep.go:118)	IMULQ	AX, CX
	0x002e 00046 (stack_pointers_deep.go:118)	MOVQ	$73786976294838200, BX
	0x0038 00056 (stack_pointers_deep.go:118)	ADDQ	BX, CX
	0x003b 00059 (stack_pointers_deep.go:118)	ROLQ	$61, CX
	0x003f 00063 (stack_pointers_deep.go:118)	MOVQ	$18446744073709550, BX
	0x0049 00073 (stack_pointers_deep.go:118)	CMPQ	BX, CX
	0x004c 00076 (stack_pointers_deep.go:118)	JCS	133
	0x004e 00078 (stack_pointers_deep.go:115)	MOVQ	DX, main.&sum+8(SP)
	0x0053 00083 (stack_pointers_deep.go:119)	MOVQ	AX, CX
	0x0056 00086 (stack_pointers_deep.go:119)	SARQ	$63, AX
	0x005a 00090 (stack_pointers_deep.go:119)	MOVQ	AX, DX
	0x005d 00093 (stack_pointers_deep.go:119)	MOVQ	$-3689348814741910323, AX
	0x0067 00103 (stack_pointers_deep.go:119)	MOVQ	DX, BX
	0x006a 00106 (stack_pointers_deep.go:119)	IMULQ	CX
	0x006d 00109 (stack_pointers_deep.go:119)	LEAQ	(DX)(CX*1), AX
	0x0071 00113 (stack_pointers_deep.go:119)	SARQ	$3, AX
	0x0075 00117 (stack_pointers_deep.go:119)	SUBQ	BX, AX
	0x0078 00120 (stack_pointers_deep.go:119)	PCDATA	$1, $1
	0x0078 00120 (stack_pointers_deep.go:119)	CALL	main.grow(SB)
	0x007d 00125 (stack_pointers_deep.go:119)	MOVQ	main.&sum+8(SP), CX
	0x0082 00130 (stack_pointers_deep.go:119)	ADDQ	AX, (CX)
	0x0085 00133 (stack_pointers_deep.go:121)	ADDQ	$16, SP
	0x0089 00137 (stack_pointers_deep.go:121)	POPQ	BP
	0x008a 00138 (stack_pointers_deep.go:121)	RET
	0x008b 00139 (stack_pointers_deep.go:121)	NOP
	0x008b 00139 (stack_pointers_deep.go:115)	PCDATA	$1, $-1
	0x008b 00139 (stack_pointers_deep.go:115)	PCDATA	$0, $-2
	0x008b 00139 (stack_pointers_deep.go:115)	MOVQ	AX, 8(SP)
	0x0090 00144 (stack_pointers_deep.go:115)	CALL	runtime.morestack(SB)
	0x0095 00149 (stack_pointers_deep.go:115)	PCDATA	$0, $-1
	0x0095 00149 (stack_pointers_deep.go:115)	MOVQ	8(SP), AX
	0x009a 00154 (stack_pointers_deep.go:115)	JMP	0
	0x0000 49 3b 66 10 0f 86 81 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 10 48 8b 4a 10 48 8b 52 08 48 01 02 48 ff 01  ..H.J.H.R.H..H..
	0x0020 48 b9 d5 78 e9 26 31 08 ac 1c 48 0f af c8 48 bb  H..x.&1...H...H.
	0x0030 b8 9f 1a 2f dd 24 06 01 48 01 d9 48 c1 c1 3d 48  .../.$..H..H..=H
	0x0040 bb ee a7 c6 4b 37 89 41 00 48 39 cb 72 37 48 89  ....K7.A.H9.r7H.
	0x0050 54 24 08 48 89 c1 48 c1 f8 3f 48 89 c2 48 b8 cd  T$.H..H..?H..H..
	0x0060 cc cc cc cc cc cc cc 48 89 d3 48 f7 e9 48 8d 04  .......H..H..H..
	0x0070 0a 48 c1 f8 03 48 29 d8 e8 00 00 00 00 48 8b 4c  .H...H)......H.L
	0x0080 24 08 48 01 01 48 83 c4 10 5d c3 48 89 44 24 08  $.H..H...].H.D$.
	0x0090 e8 00 00 00 00 48 8b 44 24 08 e9 61 ff ff ff     .....H.D$..a...
	rel 121+4 t=R_CALL main.grow+0
	rel 145+4 t=R_CALL runtime.morestack+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.M40 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.node- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 6d 61 69 6e 2e 6e 6f 64 65              ..*main.node
type:*main.node SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 90 b5 19 57 28 08 08 16 00 00 00 00 00 00 00 00  ...W(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.node-+0
	rel 48+8 t=R_ADDR type:main.node+0
runtime.gcbits.1000000000000000 SRODATA dupok size=8 align=0x8
	0x0000 10 00 00 00 00 00 00 00                          ........
type:.eqfunc.M32 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[4]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 34 5d 69 6e 74                       ..*[4]int
type:*[4]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b4 cc 31 9a 28 08 08 16 00 00 00 00 00 00 00 00  ..1.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]int-+0
	rel 48+8 t=R_ADDR type:[4]int+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[4]int SRODATA dupok size=72 align=0x8
	0x0000 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0010 ba 6f 63 68 0a 08 08 11 00 00 00 00 00 00 00 00  .och............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M32+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]int-+0
	rel 44+4 t=RelocType(-32763) type:*[4]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.vals- SRODATA dupok size=6 align=0x1
	0x0000 00 04 76 61 6c 73                                ..vals
type:.namedata.next- SRODATA dupok size=6 align=0x1
	0x0000 00 04 6e 65 78 74                                ..next
type:main.node SRODATA size=144 align=0x8
	0x0000 28 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  (.......(.......
	0x0010 6a 4c 9e ad 0f 08 08 19 00 00 00 00 00 00 00 00  jL..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	rel 24+8 t=R_ADDR type:.eqfunc.M40+0
	rel 32+8 t=R_ADDR runtime.gcbits.1000000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.node-+0
	rel 44+4 t=R_ADDROFF type:*main.node+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.node+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.vals-+0
	rel 104+8 t=R_ADDR type:[4]int+0
	rel 120+8 t=R_ADDR type:.namedata.next-+0
	rel 128+8 t=R_ADDR type:*main.node+0
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
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
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
type:.namedata.a- SRODATA dupok size=3 align=0x1
	0x0000 00 01 61                                         ..a
type:.namedata.b- SRODATA dupok size=3 align=0x1
	0x0000 00 01 62                                         ..b
type:main.pair SRODATA size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 34 01 e1 65 0f 08 08 19 00 00 00 00 00 00 00 00  4..e............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0300000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.pair-+0
	rel 44+4 t=R_ADDROFF type:*main.pair+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.pair+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.a-+0
	rel 104+8 t=R_ADDR type:*int+0
	rel 120+8 t=R_ADDR type:.namedata.b-+0
	rel 128+8 t=R_ADDR type:*int+0
go:string."hello!" SRODATA dupok size=6 align=0x1
	0x0000 68 65 6c 6c 6f 21                                hello!
type:.namedata.*[16]int- SRODATA dupok size=10 align=0x1
	0x0000 00 08 2a 5b 31 36 5d 69 6e 74                    ..*[16]int
type:.eqfunc.M128 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 80 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:[16]int SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 b4 ab fb 09 0a 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M128+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[16]int-+0
	rel 44+4 t=RelocType(-32763) type:*[16]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:*[16]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 35 0a 89 69 28 08 08 16 00 00 00 00 00 00 00 00  5..i(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[16]int-+0
	rel 48+8 t=R_ADDR type:[16]int+0
type:.namedata.*[8]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 38 5d 69 6e 74                       ..*[8]int
type:.eqfunc.M64 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
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
type:*[8]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b2 db c7 f5 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]int-+0
	rel 48+8 t=R_ADDR type:[8]int+0
type:.namedata.*[16]uint8- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 31 36 5d 75 69 6e 74 38              ..*[16]uint8
type:*[16]uint8 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 27 5d bc 2f 28 08 08 16 00 00 00 00 00 00 00 00  ']./(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[16]uint8-+0
	rel 48+8 t=R_ADDR type:[16]uint8+0
type:[16]uint8 SRODATA dupok size=72 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 aa eb d0 49 0a 01 01 11 00 00 00 00 00 00 00 00  ...I............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[16]uint8-+0
	rel 44+4 t=RelocType(-32763) type:*[16]uint8+0
	rel 48+8 t=R_ADDR type:uint8+0
	rel 56+8 t=R_ADDR type:[]uint8+0
type:.eqfunc.M192 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 c0 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[24]int- SRODATA dupok size=10 align=0x1
	0x0000 00 08 2a 5b 32 34 5d 69 6e 74                    ..*[24]int
type:*[24]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9c dc f0 22 28 08 08 16 00 00 00 00 00 00 00 00  ..."(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[24]int-+0
	rel 48+8 t=R_ADDR type:[24]int+0
type:[24]int SRODATA dupok size=72 align=0x8
	0x0000 c0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 6d d2 6f 06 0a 08 08 11 00 00 00 00 00 00 00 00  m.o.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 18 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M192+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[24]int-+0
	rel 44+4 t=RelocType(-32763) type:*[24]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:.eqfunc.M256 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[32]int- SRODATA dupok size=10 align=0x1
	0x0000 00 08 2a 5b 33 32 5d 69 6e 74                    ..*[32]int
type:*[32]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 11 3a 7c a1 28 08 08 16 00 00 00 00 00 00 00 00  .:|.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[32]int-+0
	rel 48+8 t=R_ADDR type:[32]int+0
type:[32]int SRODATA dupok size=72 align=0x8
	0x0000 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 3b 05 c8 47 0a 08 08 11 00 00 00 00 00 00 00 00  ;..G............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 20 00 00 00 00 00 00 00                           .......
	rel 24+8 t=R_ADDR type:.eqfunc.M256+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[32]int-+0
	rel 44+4 t=RelocType(-32763) type:*[32]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:.eqfunc.M6 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 06 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[6]uint8- SRODATA dupok size=11 align=0x1
	0x0000 00 09 2a 5b 36 5d 75 69 6e 74 38                 ..*[6]uint8
type:*[6]uint8 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 53 26 36 2e 28 08 08 16 00 00 00 00 00 00 00 00  S&6.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[6]uint8-+0
	rel 48+8 t=R_ADDR type:[6]uint8+0
type:[6]uint8 SRODATA dupok size=72 align=0x8
	0x0000 06 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 ee 03 b9 66 0a 01 01 11 00 00 00 00 00 00 00 00  ...f............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 06 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M6+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[6]uint8-+0
	rel 44+4 t=RelocType(-32763) type:*[6]uint8+0
	rel 48+8 t=R_ADDR type:uint8+0
	rel 56+8 t=R_ADDR type:[]uint8+0
type:.namedata.*func(int)- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 66 75 6e 63 28 69 6e 74 29              ..*func(int)
type:*func(int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5e eb a8 b3 28 08 08 16 00 00 00 00 00 00 00 00  ^...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int)-+0
	rel 48+8 t=R_ADDR type:func(int)+0
type:func(int) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f2 a3 a2 b7 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(int)+0
	rel 56+8 t=R_ADDR type:int+0
runtime.gcbits.0600000000000000 SRODATA dupok size=8 align=0x8
	0x0000 06 00 00 00 00 00 00 00                          ........
gclocals·SlSwSWf6pDnB3BW4Msb2Gg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 06 02 00                 ...........
gclocals·NWwmDUMLCphmk8kxTtwd1A== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 05 00 00 00 00 10 00                 ...........
main.fill.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 d8 ff ff ff 28 00 00 00  ............(...
	0x0010 28 00 00 00 00 00 00 00                          (.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.1000000000000000+0
main.fill.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.fill.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 03                                         ...
gclocals·jJUmT8EancinwDq7lB+tvg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 06 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.writeAt.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.writeAt.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 06                                         ...
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.visit.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.visit.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.grow.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.grow.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·v/zvnkN0eJfY1twtK4KiZw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 05 00 00 00 12 02 00                 ...........
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
main.sliceDown.arginfo1 SRODATA static dupok size=17 align=0x1
	0x0000 00 08 fe 08 08 10 08 18 08 fd fe 20 08 28 08 fd  ........... .(..
	0x0010 ff                                               .
main.sliceDown.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 02                                         ...
gclocals·zGzYNTlylzp1ymg3SEaGfQ== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 06 00 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.structDown.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 00 08 fe 08 08 10 08 fd ff                       .........
main.structDown.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·hyAImouC9Dl6LsGve7UiMg== SRODATA dupok size=9 align=0x4
	0x0000 01 00 00 00 03 00 00 00 00                       .........
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e8 ff ff ff 18 00 00 00  ................
	0x0010 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0600000000000000+0
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.main.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
