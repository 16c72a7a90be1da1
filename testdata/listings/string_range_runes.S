funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (string_range_runes.go:4)	TEXT	main.main(SB), ABIInternal, $112-0
     0        00000 (string_range_runes.go:4)	TEXT	main.main(SB), ABIInternal, $112-0
     0     -1 00000 (string_range_runes.go:4)	CMPQ	SP, 16(R14)
     4        00004 (string_range_runes.go:4)	PCDATA	$0, $-2
     4        00004 (string_range_runes.go:4)	JLS	824
     a        00010 (string_range_runes.go:4)	PCDATA	$0, $-1
     a        00010 (string_range_runes.go:4)	PUSHQ	BP
     b        00011 (string_range_runes.go:4)	MOVQ	SP, BP
     e        00014 (string_range_runes.go:4)	SUBQ	$104, SP
    12        00018 (string_range_runes.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (string_range_runes.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (string_range_runes.go:6)	PCDATA	$1, $0
    12        00018 (string_range_runes.go:6)	CALL	runtime.printlock(SB)
    17        00023 (string_range_runes.go:6)	LEAQ	go:string."len bytes "(SB), AX
    1e        00030 (string_range_runes.go:6)	MOVL	$10, BX
    23        00035 (string_range_runes.go:6)	CALL	runtime.printstring(SB)
    28        00040 (string_range_runes.go:6)	MOVL	$20, AX
    2d        00045 (string_range_runes.go:6)	CALL	runtime.printint(SB)
    32        00050 (string_range_runes.go:6)	CALL	runtime.printnl(SB)
    37        00055 (string_range_runes.go:6)	CALL	runtime.printunlock(SB)
    3c        00060 (string_range_runes.go:6)	XORL	AX, AX
    3e        00062 (string_range_runes.go:6)	XORL	CX, CX
    40        00064 (string_range_runes.go:8)	JMP	146
    42        00066 (string_range_runes.go:8)	MOVL	SI, main.r+28(SP)
    46        00070 (string_range_runes.go:8)	MOVQ	BX, main..autotmp_45+96(SP)
    4b        00075 (string_range_runes.go:9)	CALL	runtime.printlock(SB)
    50        00080 (string_range_runes.go:9)	MOVQ	main.i+72(SP), AX
    55        00085 (string_range_runes.go:9)	CALL	runtime.printint(SB)
    5a        00090 (string_range_runes.go:9)	LEAQ	go:string.":"(SB), AX
    61        00097 (string_range_runes.go:9)	MOVL	$1, BX
    66        00102 (string_range_runes.go:9)	CALL	runtime.printstring(SB)
    6b        00107 (string_range_runes.go:9)	MOVL	main.r+28(SP), AX
    6f        00111 (string_range_runes.go:9)	MOVLQSX	AX, AX
    72        00114 (string_range_runes.go:9)	CALL	runtime.printint(SB)
    77        00119 (string_range_runes.go:9)	CALL	runtime.printsp(SB)
    7c        00124 (string_range_runes.go:9)	NOP
    80        00128 (string_range_runes.go:9)	CALL	runtime.printunlock(SB)
    85        00133 (string_range_runes.go:10)	MOVQ	main.count+80(SP), CX
    8a        00138 (string_range_runes.go:10)	INCQ	CX
    8d        00141 (string_range_runes.go:8)	MOVQ	main..autotmp_45+96(SP), AX
    92        00146 (string_range_runes.go:8)	MOVQ	CX, main.count+80(SP)
    97        00151 (string_range_runes.go:8)	CMPQ	AX, $20
    9b        00155 (string_range_runes.go:8)	JGE	207
    9d        00157 (string_range_runes.go:8)	MOVQ	AX, main.i+72(SP)
    a2        00162 (string_range_runes.go:8)	LEAQ	go:string."héllo, 世界! 🎉"(SB), DX
    a9        00169 (string_range_runes.go:8)	MOVBLZX	(DX)(AX*1), SI
    ad        00173 (string_range_runes.go:8)	CMPL	SI, $127
    b0        00176 (string_range_runes.go:8)	JGT	184
    b2        00178 (string_range_runes.go:8)	LEAQ	1(AX), BX
    b6        00182 (string_range_runes.go:8)	JMP	66
    b8        00184 (string_range_runes.go:8)	MOVL	$20, BX
    bd        00189 (string_range_runes.go:8)	MOVQ	AX, CX
    c0        00192 (string_range_runes.go:8)	MOVQ	DX, AX
    c3        00195 (string_range_runes.go:8)	CALL	runtime.decoderune(SB)
    c8        00200 (string_range_runes.go:8)	MOVL	AX, SI
    ca        00202 (string_range_runes.go:8)	JMP	66
    cf        00207 (string_range_runes.go:12)	CALL	runtime.printlock(SB)
    d4        00212 (string_range_runes.go:12)	CALL	runtime.printnl(SB)
    d9        00217 (string_range_runes.go:12)	CALL	runtime.printunlock(SB)
    de        00222 (string_range_runes.go:12)	NOP
    e0        00224 (string_range_runes.go:13)	CALL	runtime.printlock(SB)
    e5        00229 (string_range_runes.go:13)	LEAQ	go:string."runes "(SB), AX
    ec        00236 (string_range_runes.go:13)	MOVL	$6, BX
    f1        00241 (string_range_runes.go:13)	CALL	runtime.printstring(SB)
    f6        00246 (string_range_runes.go:13)	MOVQ	main.count+80(SP), AX
    fb        00251 (string_range_runes.go:13)	NOP
   100        00256 (string_range_runes.go:13)	CALL	runtime.printint(SB)
   105        00261 (string_range_runes.go:13)	CALL	runtime.printnl(SB)
   10a        00266 (string_range_runes.go:13)	CALL	runtime.printunlock(SB)
   10f        00271 (string_range_runes.go:13)	XORL	AX, AX
   111        00273 (string_range_runes.go:15)	JMP	333
   113        00275 (string_range_runes.go:15)	MOVQ	AX, main.i+64(SP)
   118        00280 (string_range_runes.go:16)	LEAQ	go:string."héllo, 世界! 🎉"(SB), CX
   11f        00287 (string_range_runes.go:16)	MOVBLZX	(CX)(AX*1), AX
   123        00291 (string_range_runes.go:16)	MOVQ	AX, main..autotmp_46+88(SP)
   128        00296 (string_range_runes.go:16)	CALL	runtime.printlock(SB)
   12d        00301 (string_range_runes.go:16)	MOVQ	main..autotmp_46+88(SP), AX
   132        00306 (string_range_runes.go:16)	CALL	runtime.printuint(SB)
   137        00311 (string_range_runes.go:16)	CALL	runtime.printsp(SB)
   13c        00316 (string_range_runes.go:16)	NOP
   140        00320 (string_range_runes.go:16)	CALL	runtime.printunlock(SB)
   145        00325 (string_range_runes.go:15)	MOVQ	main.i+64(SP), AX
   14a        00330 (string_range_runes.go:15)	INCQ	AX
   14d        00333 (string_range_runes.go:15)	CMPQ	AX, $3
   151        00337 (string_range_runes.go:15)	JLT	275
   153        00339 (string_range_runes.go:18)	CALL	runtime.printlock(SB)
   158        00344 (string_range_runes.go:18)	CALL	runtime.printnl(SB)
   15d        00349 (string_range_runes.go:18)	NOP
   160        00352 (string_range_runes.go:18)	CALL	runtime.printunlock(SB)
   165        00357 (string_range_runes.go:18)	XORL	AX, AX
   167        00359 (string_range_runes.go:21)	JMP	436
   169        00361 (string_range_runes.go:21)	MOVL	SI, main.r+24(SP)
   16d        00365 (string_range_runes.go:21)	MOVQ	CX, main..autotmp_45+96(SP)
   172        00370 (string_range_runes.go:22)	CALL	runtime.printlock(SB)
   177        00375 (string_range_runes.go:22)	MOVQ	main.i+56(SP), AX
   17c        00380 (string_range_runes.go:22)	NOP
   180        00384 (string_range_runes.go:22)	CALL	runtime.printint(SB)
   185        00389 (string_range_runes.go:22)	LEAQ	go:string.":"(SB), AX
   18c        00396 (string_range_runes.go:22)	MOVL	$1, BX
   191        00401 (string_range_runes.go:22)	CALL	runtime.printstring(SB)
   196        00406 (string_range_runes.go:22)	MOVL	main.r+24(SP), AX
   19a        00410 (string_range_runes.go:22)	MOVLQSX	AX, AX
   19d        00413 (string_range_runes.go:22)	NOP
   1a0        00416 (string_range_runes.go:22)	CALL	runtime.printint(SB)
   1a5        00421 (string_range_runes.go:22)	CALL	runtime.printsp(SB)
   1aa        00426 (string_range_runes.go:22)	CALL	runtime.printunlock(SB)
   1af        00431 (string_range_runes.go:21)	MOVQ	main..autotmp_45+96(SP), AX
   1b4        00436 (string_range_runes.go:21)	CMPQ	AX, $4
   1b8        00440 (string_range_runes.go:21)	JGE	495
   1ba        00442 (string_range_runes.go:21)	MOVQ	AX, main.i+56(SP)
   1bf        00447 (string_range_runes.go:21)	LEAQ	go:string."a\xffb\xc3"(SB), DX
   1c6        00454 (string_range_runes.go:21)	MOVBLZX	(DX)(AX*1), SI
   1ca        00458 (string_range_runes.go:21)	CMPL	SI, $127
   1cd        00461 (string_range_runes.go:21)	JGT	469
   1cf        00463 (string_range_runes.go:21)	LEAQ	1(AX), CX
   1d3        00467 (string_range_runes.go:21)	JMP	361
   1d5        00469 (string_range_runes.go:21)	MOVL	$4, BX
   1da        00474 (string_range_runes.go:21)	MOVQ	AX, CX
   1dd        00477 (string_range_runes.go:21)	MOVQ	DX, AX
   1e0        00480 (string_range_runes.go:21)	CALL	runtime.decoderune(SB)
   1e5        00485 (string_range_runes.go:21)	MOVL	AX, SI
   1e7        00487 (string_range_runes.go:21)	MOVQ	BX, CX
   1ea        00490 (string_range_runes.go:21)	JMP	361
   1ef        00495 (string_range_runes.go:24)	CALL	runtime.printlock(SB)
   1f4        00500 (string_range_runes.go:24)	CALL	runtime.printnl(SB)
   1f9        00505 (string_range_runes.go:24)	CALL	runtime.printunlock(SB)
   1fe        00510 (string_range_runes.go:28)	XORL	AX, AX
   200        00512 (string_range_runes.go:28)	XORL	CX, CX
   202        00514 (string_range_runes.go:28)	XORL	DX, DX
   204        00516 (string_range_runes.go:28)	MOVQ	CX, main.others+32(SP)
   209        00521 (string_range_runes.go:28)	MOVQ	AX, main.letters+40(SP)
   20e        00526 (string_range_runes.go:28)	CMPQ	DX, $23
   212        00530 (string_range_runes.go:28)	JGE	629
   214        00532 (string_range_runes.go:28)	LEAQ	go:string."Go 1.27 — ünïcödé"(SB), SI
   21b        00539 (string_range_runes.go:28)	MOVBLZX	(SI)(DX*1), DI
   21f        00543 (string_range_runes.go:28)	NOP
   220        00544 (string_range_runes.go:28)	CMPL	DI, $127
   223        00547 (string_range_runes.go:28)	JGT	554
   225        00549 (string_range_runes.go:28)	INCQ	DX
   228        00552 (string_range_runes.go:28)	JMP	592
   22a        00554 (string_range_runes.go:28)	MOVQ	SI, AX
   22d        00557 (string_range_runes.go:28)	MOVL	$23, BX
   232        00562 (string_range_runes.go:28)	MOVQ	DX, CX
   235        00565 (string_range_runes.go:28)	CALL	runtime.decoderune(SB)
   23a        00570 (<unknown line number>)	MOVQ	main.others+32(SP), CX
   23f        00575 (<unknown line number>)	LEAQ	go:string."Go 1.27 — ünïcödé"(SB), SI
   246        00582 (string_range_runes.go:28)	MOVL	AX, DI
   248        00584 (string_range_runes.go:28)	MOVQ	BX, DX
   24b        00587 (string_range_runes.go:30)	MOVQ	main.letters+40(SP), AX
   250        00592 (string_range_runes.go:29)	LEAL	-97(DI), R8
   254        00596 (string_range_runes.go:29)	CMPL	R8, $25
   258        00600 (string_range_runes.go:29)	JLS	619
   25a        00602 (string_range_runes.go:29)	LEAL	-65(DI), R8
   25e        00606 (string_range_runes.go:29)	NOP
   260        00608 (string_range_runes.go:29)	CMPL	R8, $25
   264        00612 (string_range_runes.go:29)	JLS	619
   266        00614 (string_range_runes.go:29)	CMPL	DI, $127
   269        00617 (string_range_runes.go:29)	JLE	624
   26b        00619 (string_range_runes.go:30)	INCQ	AX
   26e        00622 (string_range_runes.go:30)	JMP	516
   270        00624 (string_range_runes.go:32)	INCQ	CX
   273        00627 (string_range_runes.go:32)	JMP	516
   275        00629 (string_range_runes.go:35)	CALL	runtime.printlock(SB)
   27a        00634 (string_range_runes.go:35)	MOVQ	main.letters+40(SP), AX
   27f        00639 (string_range_runes.go:35)	NOP
   280        00640 (string_range_runes.go:35)	CALL	runtime.printint(SB)
   285        00645 (string_range_runes.go:35)	CALL	runtime.printsp(SB)
   28a        00650 (string_range_runes.go:35)	MOVQ	main.others+32(SP), AX
   28f        00655 (string_range_runes.go:35)	CALL	runtime.printint(SB)
   294        00660 (string_range_runes.go:35)	CALL	runtime.printnl(SB)
   299        00665 (string_range_runes.go:35)	CALL	runtime.printunlock(SB)
   29e        00670 (string_range_runes.go:35)	XORL	AX, AX
   2a0        00672 (string_range_runes.go:37)	JMP	704
   2a2        00674 (string_range_runes.go:37)	MOVQ	CX, main..autotmp_45+96(SP)
   2a7        00679 (string_range_runes.go:38)	CALL	runtime.printlock(SB)
   2ac        00684 (string_range_runes.go:38)	MOVQ	main.i+48(SP), AX
   2b1        00689 (string_range_runes.go:38)	CALL	runtime.printint(SB)
   2b6        00694 (string_range_runes.go:38)	CALL	runtime.printunlock(SB)
   2bb        00699 (string_range_runes.go:37)	MOVQ	main..autotmp_45+96(SP), AX
   2c0        00704 (string_range_runes.go:37)	CMPQ	AX, $3
   2c4        00708 (string_range_runes.go:37)	JGE	759
   2c6        00710 (string_range_runes.go:37)	MOVQ	AX, main.i+48(SP)
   2cb        00715 (string_range_runes.go:37)	LEAQ	go:string."abc"(SB), DX
   2d2        00722 (string_range_runes.go:37)	MOVBLZX	(DX)(AX*1), SI
   2d6        00726 (string_range_runes.go:37)	CMPL	SI, $127
   2d9        00729 (string_range_runes.go:37)	JGT	738
   2db        00731 (string_range_runes.go:37)	LEAQ	1(AX), CX
   2df        00735 (string_range_runes.go:37)	NOP
   2e0        00736 (string_range_runes.go:37)	JMP	674
   2e2        00738 (string_range_runes.go:37)	MOVL	$3, BX
   2e7        00743 (string_range_runes.go:37)	MOVQ	AX, CX
   2ea        00746 (string_range_runes.go:37)	MOVQ	DX, AX
   2ed        00749 (string_range_runes.go:37)	CALL	runtime.decoderune(SB)
   2f2        00754 (string_range_runes.go:37)	MOVQ	BX, CX
   2f5        00757 (string_range_runes.go:37)	JMP	674
   2f7        00759 (string_range_runes.go:40)	CALL	runtime.printlock(SB)
   2fc        00764 (string_range_runes.go:40)	NOP
   300        00768 (string_range_runes.go:40)	CALL	runtime.printnl(SB)
   305        00773 (string_range_runes.go:40)	CALL	runtime.printunlock(SB)
   30a        00778 (string_range_runes.go:45)	CALL	runtime.printlock(SB)
   30f        00783 (string_range_runes.go:45)	MOVL	$1, AX
   314        00788 (string_range_runes.go:45)	CALL	runtime.printbool(SB)
   319        00793 (string_range_runes.go:45)	CALL	runtime.printsp(SB)
   31e        00798 (string_range_runes.go:45)	MOVL	$1, AX
   323        00803 (string_range_runes.go:45)	CALL	runtime.printbool(SB)
   328        00808 (string_range_runes.go:45)	CALL	runtime.printnl(SB)
   32d        00813 (string_range_runes.go:45)	CALL	runtime.printunlock(SB)
   332        00818 (string_range_runes.go:46)	ADDQ	$104, SP
   336        00822 (string_range_runes.go:46)	POPQ	BP
   337        00823 (string_range_runes.go:46)	RET
   338        00824 (string_range_runes.go:46)	NOP
   338        00824 (string_range_runes.go:4)	PCDATA	$1, $-1
   338        00824 (string_range_runes.go:4)	PCDATA	$0, $-2
   338        00824 (string_range_runes.go:4)	CALL	runtime.morestack_noctxt(SB)
   33d        00829 (string_range_runes.go:4)	PCDATA	$0, $-1
   33d        00829 (string_range_runes.go:4)	NOP
   340        00832 (string_range_runes.go:4)	JMP	0
   345 done
wrote 4 bytes to 0x0
 00 c5 06 00
main.main STEXT size=837 align=0x0 args=0x0 locals=0x70 funcid=0x0
	0x0000 00000 (string_range_runes.go:4)	TEXT	main.main(SB), ABIInternal, $112-0
	0x0000 00000 (string_range_runes.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (string_range_runes.go:4)	PCDATA	$0, $-2
	0x0004 00004 (string_range_runes.go:4)	JLS	824
	0x000a 00010 (string_range_runes.go:4)	PCDATA	$0, $-1
	0x000a 00010 (string_range_runes.go:4)	PUSHQ	BP
	0x000b 00011 (string_range_runes.go:4)	MOVQ	SP, BP
	0x000e 00014 (string_range_runes.go:4)	SUBQ	$104, SP
	0x0012 00018 (string_range_runes.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (string_range_runes.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (string_range_runes.go:6)	PCDATA	$1, $0
	0x0012 00018 (string_range_runes.go:6)	CALL	runtime.printlock(SB)
	0x0017 00023 (string_range_runes.go:6)	LEAQ	go:string."len bytes "(SB), AX
	0x001e 00030 (string_range_runes.go:6)	MOVL	$10, BX
	0x0023 00035 (string_range_runes.go:6)	CALL	runtime.printstring(SB)
	0x0028 00040 (string_range_runes.go:6)	MOVL	$20, AX
	0x002d 00045 (string_range_runes.go:6)	CALL	runtime.printint(SB)
	0x0032 00050 (string_range_runes.go:6)	CALL	runtime.printnl(SB)
	0x0037 00055 (string_range_runes.go:6)	CALL	runtime.printunlock(SB)
	0x003c 00060 (string_range_runes.go:6)	XORL	AX, AX
	0x003e 00062 (string_range_runes.go:6)	XORL	CX, CX
	0x0040 00064 (string_range_runes.go:8)	JMP	146
	0x0042 00066 (string_range_runes.go:8)	MOVL	SI, main.r+28(SP)
	0x0046 00070 (string_range_runes.go:8)	MOVQ	BX, main..autotmp_45+96(SP)
	0x004b 00075 (string_range_runes.go:9)	CALL	runtime.printlock(SB)
	0x0050 00080 (string_range_runes.go:9)	MOVQ	main.i+72(SP), AX
	0x0055 00085 (string_range_runes.go:9)	CALL	runtime.printint(SB)
	0x005a 00090 (string_range_runes.go:9)	LEAQ	go:string.":"(SB), AX
	0x0061 00097 (string_range_runes.go:9)	MOVL	$1, BX
	0x0066 00102 (string_range_runes.go:9)	CALL	runtime.printstring(SB)
	0x006b 00107 (string_range_runes.go:9)	MOVL	main.r+28(SP), AX
	0x006f 00111 (string_range_runes.go:9)	MOVLQSX	AX, AX
	0x0072 00114 (string_range_runes.go:9)	CALL	runtime.printint(SB)
	0x0077 00119 (string_range_runes.go:9)	CALL	runtime.printsp(SB)
	0x007c 00124 (string_range_runes.go:9)	NOP
	0x0080 00128 (string_range_runes.go:9)	CALL	runtime.printunlock(SB)
	0x0085 00133 (string_range_runes.go:10)	MOVQ	main.count+80(SP), CX
	0x008a 00138 (string_range_runes.go:10)	INCQ	CX
	0x008d 00141 (string_range_runes.go:8)	MOVQ	main..autotmp_45+96(SP), AX
	0x0092 00146 (string_range_runes.go:8)	MOVQ	CX, main.count+80(SP)
	0x0097 00151 (string_range_runes.go:8)	CMPQ	AX, $20
	0x009b 00155 (string_range_runes.go:8)	JGE	207
	0x009d 00157 (string_range_runes.go:8)	MOVQ	AX, main.i+72(SP)
	0x00a2 00162 (string_range_runes.go:8)	LEAQ	go:string."héllo, 世界! 🎉"(SB), DX
	0x00a9 00169 (string_range_runes.go:8)	MOVBLZX	(DX)(AX*1), SI
	0x00ad 00173 (string_range_runes.go:8)	CMPL	SI, $127
	0x00b0 00176 (string_range_runes.go:8)	JGT	184
	0x00b2 00178 (string_range_runes.go:8)	LEAQ	1(AX), BX
	0x00b6 00182 (string_range_runes.go:8)	JMP	66
	0x00b8 00184 (string_range_runes.go:8)	MOVL	$20, BX
	0x00bd 00189 (string_range_runes.go:8)	MOVQ	AX, CX
	0x00c0 00192 (string_range_runes.go:8)	MOVQ	DX, AX
	0x00c3 00195 (string_range_runes.go:8)	CALL	runtime.decoderune(SB)
	0x00c8 00200 (string_range_runes.go:8)	MOVL	AX, SI
	0x00ca 00202 (string_range_runes.go:8)	JMP	66
	0x00cf 00207 (string_range_runes.go:12)	CALL	runtime.printlock(SB)
	0x00d4 00212 (string_range_runes.go:12)	CALL	runtime.printnl(SB)
	0x00d9 00217 (string_range_runes.go:12)	CALL	runtime.printunlock(SB)
	0x00de 00222 (string_range_runes.go:12)	NOP
	0x00e0 00224 (string_range_runes.go:13)	CALL	runtime.printlock(SB)
	0x00e5 00229 (string_range_runes.go:13)	LEAQ	go:string."runes "(SB), AX
	0x00ec 00236 (string_range_runes.go:13)	MOVL	$6, BX
	0x00f1 00241 (string_range_runes.go:13)	CALL	runtime.printstring(SB)
	0x00f6 00246 (string_range_runes.go:13)	MOVQ	main.count+80(SP), AX
	0x00fb 00251 (string_range_runes.go:13)	NOP
	0x0100 00256 (string_range_runes.go:13)	CALL	runtime.printint(SB)
	0x0105 00261 (string_range_runes.go:13)	CALL	runtime.printnl(SB)
	0x010a 00266 (string_range_runes.go:13)	CALL	runtime.printunlock(SB)
	0x010f 00271 (string_range_runes.go:13)	XORL	AX, AX
	0x0111 00273 (string_range_runes.go:15)	JMP	333
	0x0113 00275 (string_range_runes.go:15)	MOVQ	AX, main.i+64(SP)
	0x0118 00280 (string_range_runes.go:16)	LEAQ	go:string."héllo, 世界! 🎉"(SB), CX
	0x011f 00287 (string_range_runes.go:16)	MOVBLZX	(CX)(AX*1), AX
	0x0123 00291 (string_range_runes.go:16)	MOVQ	AX, main..autotmp_46+88(SP)
	0x0128 00296 (string_range_runes.go:16)	CALL	runtime.printlock(SB)
	0x012d 00301 (string_range_runes.go:16)	MOVQ	main..autotmp_46+88(SP), AX
	0x0132 00306 (string_range_runes.go:16)	CALL	runtime.printuint(SB)
	0x0137 00311 (string_range_runes.go:16)	CALL	runtime.printsp(SB)
	0x013c 00316 (string_range_runes.go:16)	NOP
	0x0140 00320 (string_range_runes.go:16)	CALL	runtime.printunlock(SB)
	0x0145 00325 (string_range_runes.go:15)	MOVQ	main.i+64(SP), AX
	0x014a 00330 (string_range_runes.go:15)	INCQ	AX
	0x014d 00333 (string_range_runes.go:15)	CMPQ	AX, $3
	0x0151 00337 (string_range_runes.go:15)	JLT	275
	0x0153 00339 (string_range_runes.go:18)	CALL	runtime.printlock(SB)
	0x0158 00344 (string_range_runes.go:18)	CALL	runtime.printnl(SB)
	0x015d 00349 (string_range_runes.go:18)	NOP
	0x0160 00352 (string_range_runes.go:18)	CALL	runtime.printunlock(SB)
	0x0165 00357 (string_range_runes.go:18)	XORL	AX, AX
	0x0167 00359 (string_range_runes.go:21)	JMP	436
	0x0169 00361 (string_range_runes.go:21)	MOVL	SI, main.r+24(SP)
	0x016d 00365 (string_range_runes.go:21)	MOVQ	CX, main..autotmp_45+96(SP)
	0x0172 00370 (string_range_runes.go:22)	CALL	runtime.printlock(SB)
	0x0177 00375 (string_range_runes.go:22)	MOVQ	main.i+56(SP), AX
	0x017c 00380 (string_range_runes.go:22)	NOP
	0x0180 00384 (string_range_runes.go:22)	CALL	runtime.printint(SB)
	0x0185 00389 (string_range_runes.go:22)	LEAQ	go:string.":"(SB), AX
	0x018c 00396 (string_range_runes.go:22)	MOVL	$1, BX
	0x0191 00401 (string_range_runes.go:22)	CALL	runtime.printstring(SB)
	0x0196 00406 (string_range_runes.go:22)	MOVL	main.r+24(SP), AX
	0x019a 00410 (string_range_runes.go:22)	MOVLQSX	AX, AX
	0x019d 00413 (string_range_runes.go:22)	NOP
	0x01a0 00416 (string_range_runes.go:22)	CALL	runtime.printint(SB)
	0x01a5 00421 (string_range_runes.go:22)	CALL	runtime.printsp(SB)
	0x01aa 00426 (string_range_runes.go:22)	CALL	runtime.printunlock(SB)
	0x01af 00431 (string_range_runes.go:21)	MOVQ	main..autotmp_45+96(SP), AX
	0x01b4 00436 (string_range_runes.go:21)	CMPQ	AX, $4
	0x01b8 00440 (string_range_runes.go:21)	JGE	495
	0x01ba 00442 (string_range_runes.go:21)	MOVQ	AX, main.i+56(SP)
	0x01bf 00447 (string_range_runes.go:21)	LEAQ	go:string."a\xffb\xc3"(SB), DX
	0x01c6 00454 (string_range_runes.go:21)	MOVBLZX	(DX)(AX*1), SI
	0x01ca 00458 (string_range_runes.go:21)	CMPL	SI, $127
	0x01cd 00461 (string_range_runes.go:21)	JGT	469
	0x01cf 00463 (string_range_runes.go:21)	LEAQ	1(AX), CX
	0x01d3 00467 (string_range_runes.go:21)	JMP	361
	0x01d5 00469 (string_range_runes.go:21)	MOVL	$4, BX
	0x01da 00474 (string_range_runes.go:21)	MOVQ	AX, CX
	0x01dd 00477 (string_range_runes.go:21)	MOVQ	DX, AX
	0x01e0 00480 (string_range_runes.go:21)	CALL	runtime.decoderune(SB)
	0x01e5 00485 (string_range_runes.go:21)	MOVL	AX, SI
	0x01e7 00487 (string_range_runes.go:21)	MOVQ	BX, CX
	0x01ea 00490 (string_range_runes.go:21)	JMP	361
	0x01ef 00495 (string_range_runes.go:24)	CALL	runtime.printlock(SB)
	0x01f4 00500 (string_range_runes.go:24)	CALL	runtime.printnl(SB)
	0x01f9 00505 (string_range_runes.go:24)	CALL	runtime.printunlock(SB)
	0x01fe 00510 (string_range_runes.go:28)	XORL	AX, AX
	0x0200 00512 (string_range_runes.go:28)	XORL	CX, CX
	0x0202 00514 (string_range_runes.go:28)	XORL	DX, DX
	0x0204 00516 (string_range_runes.go:28)	MOVQ	CX, main.others+32(SP)
	0x0209 00521 (string_range_runes.go:28)	MOVQ	AX, main.letters+40(SP)
	0x020e 00526 (string_range_runes.go:28)	CMPQ	DX, $23
	0x0212 00530 (string_range_runes.go:28)	JGE	629
	0x0214 00532 (string_range_runes.go:28)	LEAQ	go:string."Go 1.27 — ünïcödé"(SB), SI
	0x021b 00539 (string_range_runes.go:28)	MOVBLZX	(SI)(DX*1), DI
	0x021f 00543 (string_range_runes.go:28)	NOP
	0x0220 00544 (string_range_runes.go:28)	CMPL	DI, $127
	0x0223 00547 (string_range_runes.go:28)	JGT	554
	0x0225 00549 (string_range_runes.go:28)	INCQ	DX
	0x0228 00552 (string_range_runes.go:28)	JMP	592
	0x022a 00554 (string_range_runes.go:28)	MOVQ	SI, AX
	0x022d 00557 (string_range_runes.go:28)	MOVL	$23, BX
	0x0232 00562 (string_range_runes.go:28)	MOVQ	DX, CX
	0x0235 00565 (string_range_runes.go:28)	CALL	runtime.decoderune(SB)
	0x023a 00570 (<unknown line number>)	MOVQ	main.others+32(SP), CX
	0x023f 00575 (<unknown line number>)	LEAQ	go:string."Go 1.27 — ünïcödé"(SB), SI
	0x0246 00582 (string_range_runes.go:28)	MOVL	AX, DI
	0x0248 00584 (string_range_runes.go:28)	MOVQ	BX, DX
	0x024b 00587 (string_range_runes.go:30)	MOVQ	main.letters+40(SP), AX
	0x0250 00592 (string_range_runes.go:29)	LEAL	-97(DI), R8
	0x0254 00596 (string_range_runes.go:29)	CMPL	R8, $25
	0x0258 00600 (string_range_runes.go:29)	JLS	619
	0x025a 00602 (string_range_runes.go:29)	LEAL	-65(DI), R8
	0x025e 00606 (string_range_runes.go:29)	NOP
	0x0260 00608 (string_range_runes.go:29)	CMPL	R8, $25
	0x0264 00612 (string_range_runes.go:29)	JLS	619
	0x0266 00614 (string_range_runes.go:29)	CMPL	DI, $127
	0x0269 00617 (string_range_runes.go:29)	JLE	624
	0x026b 00619 (string_range_runes.go:30)	INCQ	AX
	0x026e 00622 (string_range_runes.go:30)	JMP	516
	0x0270 00624 (string_range_runes.go:32)	INCQ	CX
	0x0273 00627 (string_range_runes.go:32)	JMP	516
	0x0275 00629 (string_range_runes.go:35)	CALL	runtime.printlock(SB)
	0x027a 00634 (string_range_runes.go:35)	MOVQ	main.letters+40(SP), AX
	0x027f 00639 (string_range_runes.go:35)	NOP
	0x0280 00640 (string_range_runes.go:35)	CALL	runtime.printint(SB)
	0x0285 00645 (string_range_runes.go:35)	CALL	runtime.printsp(SB)
	0x028a 00650 (string_range_runes.go:35)	MOVQ	main.others+32(SP), AX
	0x028f 00655 (string_range_runes.go:35)	CALL	runtime.printint(SB)
	0x0294 00660 (string_range_runes.go:35)	CALL	runtime.printnl(SB)
	0x0299 00665 (string_range_runes.go:35)	CALL	runtime.printunlock(SB)
	0x029e 00670 (string_range_runes.go:35)	XORL	AX, AX
	0x02a0 00672 (string_range_runes.go:37)	JMP	704
	0x02a2 00674 (string_range_runes.go:37)	MOVQ	CX, main..autotmp_45+96(SP)
	0x02a7 00679 (string_range_runes.go:38)	CALL	runtime.printlock(SB)
	0x02ac 00684 (string_range_runes.go:38)	MOVQ	main.i+48(SP), AX
	0x02b1 00689 (string_range_runes.go:38)	CALL	runtime.printint(SB)
	0x02b6 00694 (string_range_runes.go:38)	CALL	runtime.printunlock(SB)
	0x02bb 00699 (string_range_runes.go:37)	MOVQ	main..autotmp_45+96(SP), AX
	0x02c0 00704 (string_range_runes.go:37)	CMPQ	AX, $3
	0x02c4 00708 (string_range_runes.go:37)	JGE	759
	0x02c6 00710 (string_range_runes.go:37)	MOVQ	AX, main.i+48(SP)
	0x02cb 00715 (string_range_runes.go:37)	LEAQ	go:string."abc"(SB), DX
	0x02d2 00722 (string_range_runes.go:37)	MOVBLZX	(DX)(AX*1), SI
	0x02d6 00726 (string_range_runes.go:37)	CMPL	SI, $127
	0x02d9 00729 (string_range_runes.go:37)	JGT	738
	0x02db 00731 (string_range_runes.go:37)	LEAQ	1(AX), CX
	0x02df 00735 (string_range_runes.go:37)	NOP
	0x02e0 00736 (string_range_runes.go:37)	JMP	674
	0x02e2 00738 (string_range_runes.go:37)	MOVL	$3, BX
	0x02e7 00743 (string_range_runes.go:37)	MOVQ	AX, CX
	0x02ea 00746 (string_range_runes.go:37)	MOVQ	DX, AX
	0x02ed 00749 (string_range_runes.go:37)	CALL	runtime.decoderune(SB)
	0x02f2 00754 (string_range_runes.go:37)	MOVQ	BX, CX
	0x02f5 00757 (string_range_runes.go:37)	JMP	674
	0x02f7 00759 (string_range_runes.go:40)	CALL	runtime.printlock(SB)
	0x02fc 00764 (string_range_runes.go:40)	NOP
	0x0300 00768 (string_range_runes.go:40)	CALL	runtime.printnl(SB)
	0x0305 00773 (string_range_runes.go:40)	CALL	runtime.printunlock(SB)
	0x030a 00778 (string_range_runes.go:45)	CALL	runtime.printlock(SB)
	0x030f 00783 (string_range_runes.go:45)	MOVL	$1, AX
	0x0314 00788 (string_range_runes.go:45)	CALL	runtime.printbool(SB)
	0x0319 00793 (string_range_runes.go:45)	CALL	runtime.printsp(SB)
	0x031e 00798 (string_range_runes.go:45)	MOVL	$1, AX
	0x0323 00803 (string_range_runes.go:45)	CALL	runtime.printbool(SB)
	0x0328 00808 (string_range_runes.go:45)	CALL	runtime.printnl(SB)
	0x032d 00813 (string_range_runes.go:45)	CALL	runtime.printunlock(SB)
	0x0332 00818 (string_range_runes.go:46)	ADDQ	$104, SP
	0x0336 00822 (string_range_runes.go:46)	POPQ	BP
	0x0337 00823 (string_range_runes.go:46)	RET
	0x0338 00824 (string_range_runes.go:46)	NOP
	0x0338 00824 (string_range_runes.go:4)	PCDATA	$1, $-1
	0x0338 00824 (string_range_runes.go:4)	PCDATA	$0, $-2
	0x0338 00824 (string_range_runes.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x033d 00829 (string_range_runes.go:4)	PCDATA	$0, $-1
	0x033d 00829 (string_range_runes.go:4)	NOP
	0x0340 00832 (string_range_runes.go:4)	JMP	0
	0x0000 49 3b 66 10 0f 86 2e 03 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 68 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 0a  .h.....H........
	0x0020 00 00 00 e8 00 00 00 00 b8 14 00 00 00 e8 00 00  ................
	0x0030 00 00 e8 00 00 00 00 e8 00 00 00 00 31 c0 31 c9  ............1.1.
	0x0040 eb 50 89 74 24 1c 48 89 5c 24 60 e8 00 00 00 00  .P.t$.H.\$`.....
	0x0050 48 8b 44 24 48 e8 00 00 00 00 48 8d 05 00 00 00  H.D$H.....H.....
	0x0060 00 bb 01 00 00 00 e8 00 00 00 00 8b 44 24 1c 48  ............D$.H
	0x0070 63 c0 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  c.............@.
	0x0080 e8 00 00 00 00 48 8b 4c 24 50 48 ff c1 48 8b 44  .....H.L$PH..H.D
	0x0090 24 60 48 89 4c 24 50 48 83 f8 14 7d 32 48 89 44  $`H.L$PH...}2H.D
	0x00a0 24 48 48 8d 15 00 00 00 00 0f b6 34 02 83 fe 7f  $HH........4....
	0x00b0 7f 06 48 8d 58 01 eb 8a bb 14 00 00 00 48 89 c1  ..H.X........H..
	0x00c0 48 89 d0 e8 00 00 00 00 89 c6 e9 73 ff ff ff e8  H..........s....
	0x00d0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x00e0 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 06 00 00  .....H..........
	0x00f0 00 e8 00 00 00 00 48 8b 44 24 50 0f 1f 44 00 00  ......H.D$P..D..
	0x0100 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x0110 c0 eb 3a 48 89 44 24 40 48 8d 0d 00 00 00 00 0f  ..:H.D$@H.......
	0x0120 b6 04 01 48 89 44 24 58 e8 00 00 00 00 48 8b 44  ...H.D$X.....H.D
	0x0130 24 58 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $X............@.
	0x0140 e8 00 00 00 00 48 8b 44 24 40 48 ff c0 48 83 f8  .....H.D$@H..H..
	0x0150 03 7c c0 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  .|..............
	0x0160 e8 00 00 00 00 31 c0 eb 4b 89 74 24 18 48 89 4c  .....1..K.t$.H.L
	0x0170 24 60 e8 00 00 00 00 48 8b 44 24 38 0f 1f 40 00  $`.....H.D$8..@.
	0x0180 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 01 00 00  .....H..........
	0x0190 00 e8 00 00 00 00 8b 44 24 18 48 63 c0 0f 1f 00  .......D$.Hc....
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x01b0 8b 44 24 60 48 83 f8 04 7d 35 48 89 44 24 38 48  .D$`H...}5H.D$8H
	0x01c0 8d 15 00 00 00 00 0f b6 34 02 83 fe 7f 7f 06 48  ........4......H
	0x01d0 8d 48 01 eb 94 bb 04 00 00 00 48 89 c1 48 89 d0  .H........H..H..
	0x01e0 e8 00 00 00 00 89 c6 48 89 d9 e9 7a ff ff ff e8  .......H...z....
	0x01f0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31 c0  ..............1.
	0x0200 31 c9 31 d2 48 89 4c 24 20 48 89 44 24 28 48 83  1.1.H.L$ H.D$(H.
	0x0210 fa 17 7d 61 48 8d 35 00 00 00 00 0f b6 3c 16 90  ..}aH.5......<..
	0x0220 83 ff 7f 7f 05 48 ff c2 eb 26 48 89 f0 bb 17 00  .....H...&H.....
	0x0230 00 00 48 89 d1 e8 00 00 00 00 48 8b 4c 24 20 48  ..H.......H.L$ H
	0x0240 8d 35 00 00 00 00 89 c7 48 89 da 48 8b 44 24 28  .5......H..H.D$(
	0x0250 44 8d 47 9f 41 83 f8 19 76 11 44 8d 47 bf 66 90  D.G.A...v.D.G.f.
	0x0260 41 83 f8 19 76 05 83 ff 7f 7e 05 48 ff c0 eb 94  A...v....~.H....
	0x0270 48 ff c1 eb 8f e8 00 00 00 00 48 8b 44 24 28 90  H.........H.D$(.
	0x0280 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 20 e8  ..........H.D$ .
	0x0290 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31 c0  ..............1.
	0x02a0 eb 1e 48 89 4c 24 60 e8 00 00 00 00 48 8b 44 24  ..H.L$`.....H.D$
	0x02b0 30 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 60  0..........H.D$`
	0x02c0 48 83 f8 03 7d 31 48 89 44 24 30 48 8d 15 00 00  H...}1H.D$0H....
	0x02d0 00 00 0f b6 34 02 83 fe 7f 7f 07 48 8d 48 01 90  ....4......H.H..
	0x02e0 eb c0 bb 03 00 00 00 48 89 c1 48 89 d0 e8 00 00  .......H..H.....
	0x02f0 00 00 48 89 d9 eb ab e8 00 00 00 00 0f 1f 40 00  ..H...........@.
	0x0300 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0310 01 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 01  ................
	0x0320 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  ................
	0x0330 00 00 48 83 c4 68 5d c3 e8 00 00 00 00 0f 1f 00  ..H..h].........
	0x0340 e9 bb fc ff ff                                   .....
	rel 19+4 t=R_CALL runtime.printlock+0
	rel 26+4 t=R_PCREL go:string."len bytes "+0
	rel 36+4 t=R_CALL runtime.printstring+0
	rel 46+4 t=R_CALL runtime.printint+0
	rel 51+4 t=R_CALL runtime.printnl+0
	rel 56+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.printlock+0
	rel 86+4 t=R_CALL runtime.printint+0
	rel 93+4 t=R_PCREL go:string.":"+0
	rel 103+4 t=R_CALL runtime.printstring+0
	rel 115+4 t=R_CALL runtime.printint+0
	rel 120+4 t=R_CALL runtime.printsp+0
	rel 129+4 t=R_CALL runtime.printunlock+0
	rel 165+4 t=R_PCREL go:string."héllo, 世界! 🎉"+0
	rel 196+4 t=R_CALL runtime.decoderune+0
	rel 208+4 t=R_CALL runtime.printlock+0
	rel 213+4 t=R_CALL runtime.printnl+0
	rel 218+4 t=R_CALL runtime.printunlock+0
	rel 225+4 t=R_CALL runtime.printlock+0
	rel 232+4 t=R_PCREL go:string."runes "+0
	rel 242+4 t=R_CALL runtime.printstring+0
	rel 257+4 t=R_CALL runtime.printint+0
	rel 262+4 t=R_CALL runtime.printnl+0
	rel 267+4 t=R_CALL runtime.printunlock+0
	rel 283+4 t=R_PCREL go:string."héllo, 世界! 🎉"+0
	rel 297+4 t=R_CALL runtime.printlock+0
	rel 307+4 t=R_CALL runtime.printuint+0
	rel 312+4 t=R_CALL runtime.printsp+0
	rel 321+4 t=R_CALL runtime.printunlock+0
	rel 340+4 t=R_CALL runtime.printlock+0
	rel 345+4 t=R_CALL runtime.printnl+0
	rel 353+4 t=R_CALL runtime.printunlock+0
	rel 371+4 t=R_CALL runtime.printlock+0
	rel 385+4 t=R_CALL runtime.printint+0
	rel 392+4 t=R_PCREL go:string.":"+0
	rel 402+4 t=R_CALL runtime.printstring+0
	rel 417+4 t=R_CALL runtime.printint+0
	rel 422+4 t=R_CALL runtime.printsp+0
	rel 427+4 t=R_CALL runtime.printunlock+0
	rel 450+4 t=R_PCREL go:string."a\xffb\xc3"+0
	rel 481+4 t=R_CALL runtime.decoderune+0
	rel 496+4 t=R_CALL runtime.printlock+0
	rel 501+4 t=R_CALL runtime.printnl+0
	rel 506+4 t=R_CALL runtime.printunlock+0
	rel 535+4 t=R_PCREL go:string."Go 1.27 — ünïcödé"+0
	rel 566+4 t=R_CALL runtime.decoderune+0
	rel 578+4 t=R_PCREL go:string."Go 1.27 — ünïcödé"+0
	rel 630+4 t=R_CALL runtime.printlock+0
	rel 641+4 t=R_CALL runtime.printint+0
	rel 646+4 t=R_CALL runtime.printsp+0
	rel 656+4 t=R_CALL runtime.printint+0
	rel 661+4 t=R_CALL runtime.printnl+0
	rel 666+4 t=R_CALL runtime.printunlock+0
	rel 680+4 t=R_CALL runtime.printlock+0
	rel 690+4 t=R_CALL runtime.printint+0
	rel 695+4 t=R_CALL runtime.printunlock+0
	rel 718+4 t=R_PCREL go:string."abc"+0
	rel 750+4 t=R_CALL runtime.decoderune+0
	rel 760+4 t=R_CALL runtime.printlock+0
	rel 769+4 t=R_CALL runtime.printnl+0
	rel 774+4 t=R_CALL runtime.printunlock+0
	rel 779+4 t=R_CALL runtime.printlock+0
	rel 789+4 t=R_CALL runtime.printbool+0
	rel 794+4 t=R_CALL runtime.printsp+0
	rel 804+4 t=R_CALL runtime.printbool+0
	rel 809+4 t=R_CALL runtime.printnl+0
	rel 814+4 t=R_CALL runtime.printunlock+0
	rel 825+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."héllo, 世界! 🎉" SRODATA dupok size=20 align=0x1
	0x0000 68 c3 a9 6c 6c 6f 2c 20 e4 b8 96 e7 95 8c 21 20  h..llo, ......! 
	0x0010 f0 9f 8e 89                                      ....
go:string."len bytes" SRODATA dupok size=9 align=0x1
	0x0000 6c 65 6e 20 62 79 74 65 73                       len bytes
go:string."len bytes " SRODATA dupok size=10 align=0x1
	0x0000 6c 65 6e 20 62 79 74 65 73 20                    len bytes 
go:string.":" SRODATA dupok size=1 align=0x1
	0x0000 3a                                               :
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."runes" SRODATA dupok size=5 align=0x1
	0x0000 72 75 6e 65 73                                   runes
go:string."runes " SRODATA dupok size=6 align=0x1
	0x0000 72 75 6e 65 73 20                                runes 
go:string."a\xffb\xc3" SRODATA dupok size=4 align=0x1
	0x0000 61 ff 62 c3                                      a.b.
go:string."Go 1.27 — ünïcödé" SRODATA dupok size=23 align=0x1
	0x0000 47 6f 20 31 2e 32 37 20 e2 80 94 20 c3 bc 6e c3  Go 1.27 ... ..n.
	0x0010 af 63 c3 b6 64 c3 a9                             .c..d..
go:string."abc" SRODATA dupok size=3 align=0x1
	0x0000 61 62 63                                         abc
go:string."never" SRODATA dupok size=5 align=0x1
	0x0000 6e 65 76 65 72                                   never
go:string."never\n" SRODATA dupok size=6 align=0x1
	0x0000 6e 65 76 65 72 0a                                never.
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
